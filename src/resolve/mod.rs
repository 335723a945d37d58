//! Resolution: one entity per real-world referent within a document.
//!
//! Gazetteer mentions already carry their entity (aliases, demonyms and
//! capitals all point at one country id). People are clustered here: a
//! shorter name that ends a longer one ("Rezaei", "Al Harthy") joins it;
//! a name typed otherwise but equal to a known person's surname becomes that
//! person. Pronouns in reporting clauses and definite titles ("the
//! president") are linked to the person they most plausibly denote.

use std::collections::{BTreeMap, HashMap};

use crate::gazetteer::slug;
use crate::graph::{MentionForm, NodeType};
use crate::lexicon::{Agent, Gender, Lexicon};
use crate::mention::Mention;
use crate::text::{Sentence, Token};

/// Assigns entity ids to mentions.
pub trait Resolver {
    /// Rewrite `mentions` in place so that mentions of one entity share its id.
    fn resolve(&self, text: &str, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>);
}

/// The rule-based resolver.
pub struct RuleResolver<'a> {
    pub lex: &'a Lexicon,
}

fn name_words(tokens: &[Token], m: &Mention) -> Vec<String> {
    tokens[m.tokens.clone()].iter().filter(|t| t.is_word()).map(|t| t.lower.to_string()).collect()
}

impl Resolver for RuleResolver<'_> {
    fn resolve(&self, text: &str, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
        which_congo(self.lex, tokens, mentions);
        known_as(tokens, sentences, mentions);
        cluster_people(tokens, mentions);
        resolve_bare_heads(self.lex, tokens, mentions);
        link_acronyms(text, tokens, sentences, mentions);
        resolve_titles(self.lex, text, tokens, sentences, mentions);
        resolve_pairs(tokens, sentences, mentions);
        resolve_pronouns(self.lex, tokens, sentences, mentions);
        quoted_first_person(tokens, sentences, mentions);
        the_kingdom(self.lex, tokens, sentences, mentions);
        kin_possessives(self.lex, tokens, sentences, mentions);
        agent_phrases(self.lex, tokens, sentences, mentions);
        resolve_it(tokens, mentions);
        opening_it(tokens, sentences, mentions);
        joined_it(tokens, sentences, mentions);
    }
}

/// "Congo" alone is the Democratic Republic of the Congo in a story that names it (or a
/// place of it, "Goma", "Kinshasa") and names nothing of the Republic of the Congo's own
/// ("Brazzaville", "Republic of Congo"), as wire style writes it.
fn which_congo(lex: &Lexicon, tokens: &[Token], mentions: &mut [Mention]) {
    const DRC: &str = "country:COD";
    const ROC: &str = "country:COG";
    if !mentions.iter().any(|m| m.entity == ROC) {
        return;
    }
    let drc_named = mentions.iter().any(|m| m.entity == DRC || m.country.as_deref() == Some(DRC));
    // (nor a story of the time when the other was Zaire)
    let roc_own = tokens.iter().any(|t| matches!(t.lower.as_str(), "brazzaville" | "zaire" | "zairean" | "zaireans"))
        || mentions.iter().any(|m| {
            m.entity == ROC
                && tokens[m.tokens.clone()].iter().any(|t| matches!(t.lower.as_str(), "republic" | "brazzaville"))
        });
    if !drc_named || roc_own {
        return;
    }
    let Some(e) = lex.gazetteer.find_id(DRC) else { return };
    let label = lex.gazetteer.entry(e).label.clone();
    for m in mentions.iter_mut().filter(|m| m.entity == ROC) {
        m.entity = DRC.to_string();
        m.label = label.clone();
        m.entry = Some(e);
    }
    for m in mentions.iter_mut().filter(|m| m.country.as_deref() == Some(ROC)) {
        m.country = Some(DRC.to_string());
        // (its delegation too: "Congo's delegation")
        if m.rule == "country-delegation" {
            (m.entity, m.label) = crate::mention::delegation_names(&label);
        }
    }
}

/// "\"We urge Arnor to stop,\" Tom Brand said.", "Tom Brand said: \"I condemn …\"": an
/// "I" or a "we" inside a quotation of one sentence is its speaker, named with the verb of
/// saying right after the quotation's closing comma or right before the quotation.
fn quoted_first_person(tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let quote = |k: usize| crate::text::is_double_quote(&tokens[k].norm);
    let says = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "said" | "says" | "told" | "added" | "declared" | "warned" | "stressed" | "insisted"
            )
        })
    };
    let mut extra = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        // (only a sentence that says "I" or "we", with one quotation)
        if !s.tokens.clone().any(|k| matches!(tokens[k].lower.as_str(), "we" | "i")) {
            continue;
        }
        let mut marks = s.tokens.clone().filter(|&k| quote(k));
        let (Some(open), Some(close), None) = (marks.next(), marks.next(), marks.next()) else { continue };
        if !(open + 1..close).any(|k| matches!(tokens[k].lower.as_str(), "we" | "i")) {
            continue;
        }
        // the speaker's mentions: in this sentence, the actors that are named (or a
        // resolved pronoun)
        let lo = mentions.partition_point(|m| m.tokens.start < s.tokens.start);
        let hi = mentions.partition_point(|m| m.tokens.start < s.tokens.end);
        let actor = |a: usize, b: usize| {
            (lo..hi)
                .filter(|&i| {
                    let m = &mentions[i];
                    !m.nested
                        && m.tokens.start >= a
                        && m.tokens.end <= b
                        && !m.entity.is_empty()
                        && matches!(m.node_type, NodeType::Person | NodeType::Country | NodeType::Organization)
                })
                // (a person before the state that qualifies him: "Arnorian spokesperson Mary Holt")
                .max_by_key(|&i| (mentions[i].node_type == NodeType::Person, mentions[i].tokens.start))
        };
        // ("…,\" Arnorian spokesperson Mary Holt said" / "…,\" said Mary Holt")
        let after = (close > s.tokens.start && tokens[close - 1].norm == ",")
            .then(|| {
                let verb = (close + 1..(close + 9).min(s.tokens.end)).find(|&k| says(k))?;
                actor(close + 1, verb).or_else(|| actor(verb + 1, (verb + 5).min(s.tokens.end)))
            })
            .flatten();
        // ("Tom Brand said: \"…\"")
        let before = || {
            let p = if open > s.tokens.start && matches!(tokens[open - 1].lower.as_str(), ":" | "," | "that") {
                open - 1
            } else {
                open
            };
            (p > s.tokens.start && says(p - 1)).then(|| actor(s.tokens.start, p - 1)).flatten()
        };
        // (the speaker before the quotation first: "Tom Brand said \"we condemn Gondor,\" and
        // Mary Holt told reporters …")
        let Some(sp) = before().or(after) else { continue };
        for (k, tok) in tokens.iter().enumerate().take(close).skip(open + 1) {
            if matches!(tok.lower.as_str(), "we" | "i") && !mentions[lo..hi].iter().any(|m| m.tokens.start == k) {
                extra.push(pronoun_of(&mentions[sp], tok, k, si, "quoted-first-person"));
            }
        }
    }
    add_mentions(mentions, extra);
}

/// "The Gondorian Foreign Ministry summoned Arnor's envoy. It accused Arnor of …": an
/// "It" that opens a sentence before a verb of saying or doing is the state or body that
/// opened the sentence before (not "It was", "It is unclear").
fn opening_it(tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    // the state the story is datelined in, read once when asked
    let mut home: Option<Option<String>> = None;
    for (si, s) in sentences.iter().enumerate().skip(1) {
        // (past an opening aside: "In a statement, it urged", "Later, it")
        let aside = [
            &["in", "a", "statement", ","][..],
            &["in", "a", "separate", "statement", ","],
            &["in", "a", "written", "statement", ","],
            &["later", ","],
            &["separately", ","],
            &["however", ","],
        ]
        .iter()
        .find(|w| {
            s.tokens.start + w.len() < s.tokens.end
                && w.iter().enumerate().all(|(i, x)| tokens[s.tokens.start + i].lower == *x)
        })
        .map_or(0, |w| w.len());
        let k = s.tokens.start + aside;
        let Some(it) = tokens.get(k) else { continue };
        // "The government expelled …", "The authorities said …": a state's government
        // named by its noun alone, after a sentence the state opens
        let government = it.lower == "the"
            && tokens.get(k + 1).is_some_and(|t| {
                matches!(t.lower.as_str(), "government" | "authorities" | "country" | "regime" | "administration")
                    && !t.is_all_caps()
            });
        let n = 1 + usize::from(government);
        // (past an adverb: "It also warned")
        let v = k
            + n
            + usize::from(tokens.get(k + n).is_some_and(|t| matches!(t.lower.as_str(), "also" | "later" | "then")));
        let Some(next) = tokens.get(v) else { continue };
        if it.lower != "it" && !government || v >= s.tokens.end {
            continue;
        }
        let w = next.lower.as_str();
        let acts = next.is_word()
            && !next.is_capitalized()
            && (SAYING.contains(&w) || w.len() > 4 && w.ends_with("ed"))
            && !matches!(w, "seemed" | "appeared" | "remained" | "needed" | "happened");
        if !acts {
            continue;
        }
        // the previous sentence's subject: a state or body that opens it (past "The")
        let prev = &sentences[si - 1];
        let (first, open, _) = sentence_opening(tokens, prev, mentions);
        // (the longest name there: "The Gondorian Foreign Ministry", not "Gondorian")
        let subject = mentions[first..]
            .iter()
            .take_while(|m| m.tokens.start <= open)
            .filter(|m| {
                matches!(m.node_type, NodeType::Country | NodeType::Organization)
                    && m.form != MentionForm::Demonym
                    && !m.possessive
            })
            .max_by_key(|m| (m.tokens.len(), std::cmp::Reverse(m.tokens.start)));
        let Some(sp) = subject else { continue };
        if government {
            // (a state's government only; a body has none)
            // (in a story datelined in the state it names most, another state's
            // government is named: left to the story's state, see `story_state_bodies`)
            let home = home.get_or_insert_with(|| crate::relation::story_state(tokens, mentions));
            if sp.node_type != NodeType::Country || home.as_ref().is_some_and(|h| *h != sp.entity) {
                continue;
            }
            // (only after a sentence of that one state: "Arnor accused Gondor of shelling. The
            // government denied it" may be either's)
            let end = mentions.partition_point(|m| m.tokens.start < prev.tokens.end);
            let alone = mentions[first..end].iter().all(|x| {
                !matches!(x.node_type, NodeType::Country | NodeType::Location)
                    || x.entity == sp.entity
                    || x.country.as_ref().is_none_or(|c| *c == sp.entity)
            });
            if !alone {
                continue;
            }
            let mut m = pronoun_of(sp, &tokens[k + 1], k, si, "the-government");
            m.start = it.start;
            m.tokens = k..k + 2;
            extra.push(m);
            continue;
        }
        extra.push(pronoun_of(sp, it, k, si, "pronoun-it"));
    }
    add_mentions(mentions, extra);
}

/// Where the subject of sentence `s` opens: past "The" and past a state that names the
/// body after it ("The Gondorian Foreign Ministry", "Gondor's army"); with the index of
/// the sentence's first mention and that state, if any.
fn sentence_opening<'m>(
    tokens: &[Token],
    s: &Sentence,
    mentions: &'m [Mention],
) -> (usize, usize, Option<&'m Mention>) {
    let first = mentions.partition_point(|m| m.tokens.start < s.tokens.start);
    let mut open = s.tokens.start + usize::from(tokens.get(s.tokens.start).is_some_and(|t| t.lower == "the"));
    let state = mentions[first..].iter().take_while(|m| m.tokens.start <= open).find(|m| {
        m.tokens.start == open && m.node_type == NodeType::Country && (m.form == MentionForm::Demonym || m.possessive)
    });
    if let Some(c) = state {
        open = c.tokens.end + usize::from(c.possessive);
    }
    (first, open, state)
}

/// "Arnor condemned the raid, and it summoned Gondor's envoy": an "it" after "and"
/// before a verb of saying or doing is the state or body that opens its sentence, when
/// no other state or body is named between them (not "Arnor accused Gondor, and it …").
fn joined_it(tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let (first, open, state) = sentence_opening(tokens, s, mentions);
        let named = mentions[first..]
            .iter()
            .take_while(|m| m.tokens.start <= open)
            .filter(|m| {
                m.tokens.start == open
                    && matches!(m.node_type, NodeType::Country | NodeType::Organization)
                    && m.form != MentionForm::Demonym
                    && !m.possessive
            })
            .max_by_key(|m| m.tokens.len());
        // (or the state whose body is named in lower case: "The Gondorian foreign ministry")
        let body = (open..(open + 3).min(s.tokens.end))
            .take_while(|&q| tokens[q].is_word() && !tokens[q].is_capitalized())
            .find(|&q| {
                matches!(
                    tokens[q].lower.as_str(),
                    "ministry" | "government" | "office" | "cabinet" | "army" | "military"
                )
            });
        let Some((sp, from)) = named.map(|m| (m, m.tokens.end)).or_else(|| state.zip(body).map(|(c, b)| (c, b + 1)))
        else {
            continue;
        };
        // one pass over the rest of the sentence, until another side is named
        let mut next = first;
        for k in from..s.tokens.end {
            while next < mentions.len() && mentions[next].tokens.start < k {
                next += 1;
            }
            let other = mentions[next..].iter().take_while(|m| m.tokens.start == k).any(|m| {
                matches!(m.node_type, NodeType::Country | NodeType::Organization | NodeType::Person)
                    && m.entity != sp.entity
                    && !m.possessive
                    && m.form != MentionForm::Demonym
            });
            // (a quotation or a clause of saying may speak of another; and a gathering or a
            // text named on the way may be the "it": "hosted the summit, and it condemned")
            let gathering = matches!(
                tokens[k].lower.as_str(),
                "summit" | "meeting" | "conference" | "talks" | "council" | "session" | "resolution" | "report"
            );
            if other || gathering || crate::text::is_double_quote(&tokens[k].norm) || tokens[k].lower == "that" {
                break;
            }
            if tokens[k].lower != "it" || tokens[k - 1].lower != "and" {
                continue;
            }
            let v = k
                + 1
                + usize::from(tokens.get(k + 1).is_some_and(|t| matches!(t.lower.as_str(), "also" | "later" | "then")));
            let Some(next_tok) = tokens.get(v).filter(|_| v < s.tokens.end) else { break };
            let w = next_tok.lower.as_str();
            // (not a blow's harm, which is the blow's: "condemned the bombing, and it killed 12")
            let acts = next_tok.is_word()
                && !next_tok.is_capitalized()
                && (SAYING.contains(&w) || w.len() > 4 && w.ends_with("ed"))
                && !matches!(
                    w,
                    "seemed"
                        | "appeared"
                        | "remained"
                        | "needed"
                        | "happened"
                        | "killed"
                        | "wounded"
                        | "injured"
                        | "destroyed"
                        | "damaged"
                        | "targeted"
                        | "caused"
                        | "sparked"
                        | "triggered"
                );
            if acts && !mentions[next..].iter().take_while(|m| m.tokens.start == k).any(|_| true) {
                extra.push(pronoun_of(sp, &tokens[k], k, si, "pronoun-it"));
            }
        }
    }
    add_mentions(mentions, extra);
}

/// "Saudi Arabia's foreign minister met … The Kingdom affirmed its support": "the
/// Kingdom" is the kingdom named last in its sentence or the three before (one whose
/// gazetteer names it "Kingdom of …").
fn the_kingdom(lex: &Lexicon, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    let mut is_kingdom: HashMap<String, bool> = HashMap::new();
    for k in 1..tokens.len() {
        let t = &tokens[k];
        if t.lower != "kingdom"
            || !t.is_capitalized()
            || t.newline_before
            || tokens[k - 1].lower != "the"
            || tokens.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "of" | "'s") || n.is_capitalized())
        {
            continue;
        }
        let here = mentions.partition_point(|m| m.tokens.start < k);
        if mentions.get(here).is_some_and(|m| m.tokens.start <= k) || here > 0 && mentions[here - 1].tokens.end > k {
            continue;
        }
        let si = sentences.partition_point(|s| s.tokens.end <= k);
        // (the last named state of the window, looked at once: a kingdom or none; a
        // nationality, "the Moroccan envoy", is no state named)
        let last = mentions[..here]
            .iter()
            .rev()
            .take(40)
            .take_while(|m| m.sentence + 3 >= si)
            .find(|m| m.node_type == NodeType::Country && m.form != MentionForm::Demonym);
        let kingdom = last.filter(|m| {
            *is_kingdom.entry(m.entity.clone()).or_insert_with(|| {
                lex.gazetteer.find_id(&m.entity).is_some_and(|e| {
                    let label = lex.gazetteer.entry(e).label.to_lowercase();
                    ["kingdom of ", "hashemite kingdom of "]
                        .iter()
                        .any(|p| lex.gazetteer.country_surfaces(&format!("{p}{label}")).any(|x| x.entry == e))
                })
            })
        });
        if let Some(sp) = kingdom {
            let mut m = pronoun_of(sp, t, k, si, "the-kingdom");
            m.start = tokens[k - 1].start;
            m.tokens = k - 1..k + 1;
            extra.push(m);
        }
    }
    add_mentions(mentions, extra);
}

/// The kin noun that starts at token `k` ("son", "brother-in-law"): the token after it.
/// (The nouns are keyed as the data file's phrases are, word by word: "son - in - law".)
pub(crate) fn kin_noun_end(lex: &Lexicon, tokens: &[Token], k: usize) -> Option<usize> {
    let mut found = None;
    for (j, t) in tokens.iter().enumerate().skip(k).take(5) {
        if j > k && t.space_before || !(t.is_word() || t.norm == "-") {
            break;
        }
        if lex.is_kin_noun(&crate::gazetteer::words_key(&tokens[k..=j])) {
            found = Some(j + 1);
        }
    }
    found
}

/// "Ann Vale died on Sunday. Her son, Tom Brand, said …": a his/her before a kin noun
/// and a name is the person of that gender named last in the sentence, or first in the
/// sentence before. The pronoun becomes a nested mention of that person (rule
/// `kin-possessive`), which only the kinship rule reads.
fn kin_possessives(lex: &Lexicon, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let candidates: Vec<(usize, usize)> = (0..tokens.len().saturating_sub(2))
        .filter(|&k| matches!(tokens[k].lower.as_str(), "his" | "her"))
        .filter_map(|k| kin_noun_end(lex, tokens, k + 1).map(|e| (k, e)))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let genders = person_genders(lex, tokens, mentions);
    let mut extra = Vec::new();
    for (k, e) in candidates {
        // the name after the kin noun (past a comma)
        let j = e + usize::from(tokens.get(e).is_some_and(|t| t.norm == ","));
        let after = mentions.partition_point(|m| m.tokens.start < j);
        let Some(kin) = mentions.get(after).filter(|m| m.tokens.start == j && m.node_type == NodeType::Person) else {
            continue;
        };
        let want = Gender::of_pronoun(&tokens[k].lower);
        // (not one named as another's kin: "her husband, David, … her father, X" is Smith's
        // father)
        let kin_named = |m: &Mention| {
            let p = m.tokens.start;
            let p = if p > 0 && tokens[p - 1].norm == "," { p - 1 } else { p };
            (p.saturating_sub(4)..p).any(|q| kin_noun_end(lex, tokens, q) == Some(p))
        };
        let fits = |i: usize| {
            let m = &mentions[i];
            m.node_type == NodeType::Person
                && m.form != MentionForm::Pronoun
                && !m.nested
                && m.entity != kin.entity
                && genders[i].is_none_or(|g| Some(g) == want)
                && !kin_named(m)
        };
        let si = sentences.partition_point(|s| s.tokens.end <= k);
        let before = mentions.partition_point(|m| m.tokens.start < k);
        // (the nearest person before it in its sentence, else, for a his/her that opens its
        // sentence, the first named (not as a possessor) in the sentence before, unless that
        // one opens on a his/her of its own: "His first tour was in Tony Greig's side. His
        // father X" is no Greig's)
        let same = (0..before).rev().take(40).take_while(|&i| mentions[i].sentence == si).find(|&i| fits(i));
        let opens = sentences.get(si).is_some_and(|s| s.tokens.start == k);
        let prev_opens_pronoun = si > 0
            && tokens.get(sentences[si - 1].tokens.start).is_some_and(|t| matches!(t.lower.as_str(), "his" | "her"));
        let prev = || {
            let lo = mentions.partition_point(|m| m.sentence + 1 < si);
            (opens && !prev_opens_pronoun)
                .then(|| {
                    // (of a gender the text shows: "Detective Vale said the girl was found.
                    // Her father …" is the girl's)
                    (lo..before)
                        .take(40)
                        .take_while(|&i| mentions[i].sentence + 1 == si)
                        .find(|&i| fits(i) && !mentions[i].possessive && genders[i].is_some())
                })
                .flatten()
        };
        let Some(a) = same.or_else(prev) else { continue };
        let mut m = pronoun_of(&mentions[a], &tokens[k], k, si, "kin-possessive");
        m.nested = true;
        extra.push(m);
    }
    add_mentions(mentions, extra);
}

/// The pronoun at token `k` (`tok`) of sentence `si`, standing for the state or body `sp`.
fn pronoun_of(sp: &Mention, tok: &Token, k: usize, si: usize, rule: &'static str) -> Mention {
    Mention {
        start: tok.start,
        end: tok.end,
        tokens: k..k + 1,
        sentence: si,
        node_type: sp.node_type,
        form: MentionForm::Pronoun,
        entity: sp.entity.clone(),
        label: sp.label.clone(),
        entry: None,
        country: sp.country.clone(),
        rule,
        role: None,
        possessive: false,
        nested: false,
    }
}

/// Adds mentions found by a pass, keeping the mentions in text order.
fn add_mentions(mentions: &mut Vec<Mention>, extra: Vec<Mention>) {
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

/// "Mohamed Hamdan Dagalo, known as Hemedti, …": the name a person is known by is
/// his alias, there and wherever else the document uses it.
fn known_as(tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut aliases: Vec<(Vec<&str>, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.node_type != NodeType::Person || m.form == MentionForm::Pronoun || m.nested {
            continue;
        }
        let Some(end) = sentences.get(m.sentence).map(|s| s.tokens.end) else { continue };
        let mut k = m.tokens.end;
        if tokens.get(k).is_none_or(|t| t.norm != ",") {
            continue;
        }
        k += 1;
        if tokens.get(k).is_some_and(|t| matches!(t.lower.as_str(), "also" | "better" | "widely" | "popularly")) {
            k += 1;
        }
        if !(k + 2 < end && tokens[k].lower == "known" && tokens[k + 1].lower == "as") {
            continue;
        }
        let a = k + 2;
        let b = (a..(a + 3).min(end)).take_while(|&j| tokens[j].is_word() && tokens[j].is_capitalized()).last();
        let Some(b) = b.map(|b| b + 1) else { continue };
        // the alias closes the apposition
        if tokens.get(b).is_some_and(|t| !matches!(t.norm.as_str(), "," | ")" | "." | ";")) && b < end {
            continue;
        }
        aliases.push((tokens[a..b].iter().map(|t| t.norm.as_str()).collect(), i));
    }
    if aliases.is_empty() {
        return;
    }
    // one alias a name (a name said twice to be known as the same is one alias; the
    // last one named wins, as it did when each was applied in turn), and the mentions
    // by their tokens, read once: a long text repeats both
    let aliases: BTreeMap<Vec<&str>, usize> = aliases.into_iter().collect();
    let mut covered = vec![false; tokens.len()];
    let mut exact: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (k, m) in mentions.iter().enumerate() {
        covered[m.tokens.clone()].fill(true);
        if m.form != MentionForm::Pronoun {
            exact.entry((m.tokens.start, m.tokens.end)).or_default().push(k);
        }
    }
    let mut extra = Vec::new();
    for (words, i) in &aliases {
        let (entity, label) = (mentions[*i].entity.clone(), mentions[*i].label.clone());
        let n = words.len();
        for (si, s) in sentences.iter().enumerate() {
            for a in s.tokens.start..s.tokens.end.saturating_sub(n - 1) {
                if !(0..n).all(|j| tokens[a + j].norm == words[j]) {
                    continue;
                }
                // the same name typed by itself: it is this person
                let same = exact.get(&(a, a + n)).map_or(&[][..], Vec::as_slice);
                for &k in same {
                    let m = &mut mentions[k];
                    m.node_type = NodeType::Person;
                    m.entity = entity.clone();
                    m.label = label.clone();
                }
                if same.is_empty() && !covered[a..a + n].iter().any(|&c| c) {
                    extra.push(Mention {
                        start: tokens[a].start,
                        end: tokens[a + n - 1].end,
                        tokens: a..a + n,
                        sentence: si,
                        node_type: NodeType::Person,
                        form: MentionForm::Alias,
                        entity: entity.clone(),
                        label: label.clone(),
                        entry: None,
                        country: None,
                        rule: "known-as",
                        role: None,
                        possessive: tokens.get(a + n).is_some_and(|t| t.lower == "'s"),
                        nested: false,
                    });
                }
            }
        }
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

/// "The Ministry had given the companies until December 4": a body named by its head
/// word alone is the body with that head named last before it ("the Mines and Energy
/// Ministry", or else the first after it); with none, it names no one in particular
/// and is dropped.
fn resolve_bare_heads(lex: &Lexicon, tokens: &[Token], mentions: &mut Vec<Mention>) {
    // the bare heads: (mention, head word)
    let bare: Vec<(usize, String)> = (0..mentions.len())
        .filter_map(|i| {
            let m = &mentions[i];
            if m.node_type != NodeType::Organization || m.entry.is_some() || m.nested {
                return None;
            }
            let mut words = tokens[m.tokens.clone()].iter().filter(|t| t.is_word());
            let (Some(word), None) = (words.next(), words.next()) else { return None };
            if lex.head_type(&word.lower) != Some(Some(NodeType::Organization)) {
                return None;
            }
            // ("the Israeli Army", "Oman's Ministry": a state's body, scoped with its state)
            if crate::mention::state_before(mentions, i).is_some() {
                return None;
            }
            Some((i, word.lower.to_string()))
        })
        .collect();
    if bare.is_empty() {
        return;
    }
    let heads: std::collections::BTreeSet<&str> = bare.iter().map(|(_, h)| h.as_str()).collect();
    // the bodies named in full with each head, in text order (found once: a long text
    // names many bare heads), and the heads a state's single word is scoped with
    // (a listed body by its label too: "KPA" is the Korean People's Army)
    let mut named: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut scoped: std::collections::BTreeSet<&str> = std::collections::BTreeSet::new();
    for (k, p) in mentions.iter().enumerate() {
        if p.node_type != NodeType::Organization {
            continue;
        }
        // (its first and last words, and a listed body's last label word; each head once)
        let label_last = (p.entry.is_some() && p.label.split_whitespace().count() > 1)
            .then(|| p.label.split_whitespace().last().map(str::to_lowercase))
            .flatten();
        let mut of_p: Vec<&str> = Vec::with_capacity(3);
        if p.tokens.len() > 1 {
            of_p.push(tokens[p.tokens.end - 1].lower.as_str());
            of_p.push(tokens[p.tokens.start].lower.as_str());
        }
        of_p.extend(label_last.as_deref());
        for (n, h) in of_p.iter().enumerate() {
            if of_p[..n].contains(h) {
                continue;
            }
            if let Some(&h) = heads.get(*h) {
                named.entry(h).or_default().push(k);
            }
        }
        // (kept for its state where the document names it so: "the Army … the Australian Army")
        if p.tokens.len() == 1 {
            if let Some(&h) = heads.get(tokens[p.tokens.start].lower.as_str()) {
                if crate::mention::state_before(mentions, k).is_some() {
                    scoped.insert(h);
                }
            }
        }
    }
    let mut keep = vec![true; mentions.len()];
    let mut found: Vec<(usize, Option<usize>, bool)> = Vec::new();
    for (i, head) in &bare {
        let list = named.get(head.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        // the last named before it, or, before any, the first after it ("The Chief of the
        // Army, … served with the Australian Army")
        let at = list.partition_point(|&k| k < *i);
        let full = at.checked_sub(1).map(|j| list[j]).or_else(|| list.get(at).copied().filter(|&k| k != *i));
        found.push((*i, full, scoped.contains(head.as_str())));
    }
    for (i, full, scoped_elsewhere) in found {
        match full {
            None if scoped_elsewhere => {}
            Some(k) => {
                let (entity, label, country) =
                    (mentions[k].entity.clone(), mentions[k].label.clone(), mentions[k].country.clone());
                let m = &mut mentions[i];
                m.entity = entity;
                m.label = label;
                m.country = country;
                m.form = MentionForm::Alias;
            }
            None => keep[i] = false,
        }
    }
    let mut it = keep.into_iter();
    mentions.retain(|_| it.next().unwrap_or(true));
}

/// Verbs after which "it" is the speaking state or body: "Arnor said it would …".
const SAYING: &[&str] = &[
    "said",
    "says",
    "announced",
    "announces",
    "added",
    "stated",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "confirmed",
    "denied",
    "declared",
    "warned",
    "warns",
    "believes",
    "believed",
    "hopes",
    "hoped",
    "pledged",
    "pledges",
    "promised",
    "promises",
    "vowed",
    "vows",
];

/// "Arnor said it was ready to meet Gondor", "the Gondor government announced that
/// it would": an "it" right after a state or body and its verb of saying is that
/// state or body (other uses of "it" stay open).
fn resolve_it(tokens: &[Token], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    // the mentions by the token they end before, read once when a pronoun asks
    let mut by_end: Option<HashMap<usize, Vec<usize>>> = None;
    for (k, tok) in tokens.iter().enumerate() {
        // "they" for a body named in the plural or by its people ("the Houthis said
        // they", "Gondor officials said they")
        let they = tok.lower == "they";
        if tok.lower != "it" && !they || k < 2 {
            continue;
        }
        let mut verb = k - 1;
        if tokens[verb].lower == "that" {
            verb -= 1;
            // "denied reports that it had …"
            if verb > 0 && matches!(tokens[verb].lower.as_str(), "reports" | "claims" | "allegations" | "accusations") {
                verb -= 1;
            }
        }
        // "said on Monday it had", "said in a statement that it": past a time or a source
        // between the verb and the pronoun
        let adjunct = |w: &str| {
            matches!(w, "on" | "late" | "early" | "earlier" | "in" | "a" | "statement" | "yesterday" | "today")
                || crate::time::Weekday::from_name(w).is_some()
        };
        let mut v = verb;
        while v > 0 && verb - v < 4 && adjunct(&tokens[v].lower) {
            v -= 1;
        }
        if v < verb && SAYING.contains(&tokens[v].lower.as_str()) {
            verb = v;
        }
        if !SAYING.contains(&tokens[verb].lower.as_str()) {
            continue;
        }
        // the state or body that ends right before the verb (its agent phrase first:
        // "the Gondor government said it")
        let by_end = by_end.get_or_insert_with(|| {
            let mut e: HashMap<usize, Vec<usize>> = HashMap::new();
            for (i, m) in mentions.iter().enumerate() {
                e.entry(m.tokens.end).or_default().push(i);
            }
            e
        });
        // ("the DEM Party, which has mediated between X and the government, said it"):
        // past a relative clause between commas
        let mut end = verb;
        if verb >= 2 && tokens[verb - 1].norm == "," {
            if let Some(c) = (verb.saturating_sub(20)..verb - 1)
                .rev()
                .find(|&c| tokens[c].norm == "," && matches!(tokens[c + 1].lower.as_str(), "which" | "who"))
            {
                end = c;
            }
        }
        let speaker = by_end
            .get(&end)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &mentions[i])
            .filter(|m| {
                m.tokens.end == end
                    && matches!(m.node_type, NodeType::Country | NodeType::Organization)
                    && m.form != MentionForm::Demonym
                    && !m.possessive
                    && (!they || tokens[m.tokens.end - 1].lower.ends_with('s'))
            })
            .max_by_key(|m| m.tokens.len());
        // ("Gondor's foreign ministry said it", "the Gondorian foreign ministry said it": the
        // state whose body speaks, named before the body's lower-case words)
        // (a body is "it", not "they")
        let speaker = speaker.or_else(|| {
            let mut p = end;
            let mut words = 0;
            while p > 0
                && words < 3
                && tokens[p - 1].is_word()
                && !tokens[p - 1].is_capitalized()
                && tokens[p - 1].lower != "'s"
            {
                p -= 1;
                words += 1;
            }
            if they
                || words == 0
                || !matches!(
                    tokens[end - 1].lower.as_str(),
                    "ministry" | "government" | "office" | "cabinet" | "army" | "military"
                )
            {
                return None;
            }
            let p = if p > 0 && tokens[p - 1].lower == "'s" { p - 1 } else { p };
            by_end
                .get(&p)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .map(|&i| &mentions[i])
                .find(|m| m.tokens.end == p && m.node_type == NodeType::Country)
        });
        // ("Arnor and Rohan said they had expelled …": "they" for the two states or bodies
        // joined right before the verb)
        if speaker.is_none() && they && end >= 3 {
            let pair = by_end.get(&end).and_then(|second| {
                let b = second.iter().map(|&i| &mentions[i]).find(|m| {
                    m.tokens.end == end && matches!(m.node_type, NodeType::Country | NodeType::Organization)
                })?;
                let and = b.tokens.start.checked_sub(1).filter(|&q| tokens[q].lower == "and")?;
                let a = by_end.get(&and)?.iter().map(|&i| &mentions[i]).find(|m| {
                    m.tokens.end == and
                        && m.node_type == b.node_type
                        && m.entity != b.entity
                        && !m.possessive
                        && m.form != MentionForm::Demonym
                })?;
                (!b.possessive && b.form != MentionForm::Demonym).then_some([a, b])
            });
            if let Some(pair) = pair {
                extra.extend(standing_for_group(tokens, &pair, k, k, pair[1].sentence));
                continue;
            }
        }
        let Some(sp) = speaker else { continue };
        extra.push(pronoun_of(sp, tok, k, sp.sentence, if they { "pronoun-they" } else { "pronoun-it" }));
    }
    add_mentions(mentions, extra);
}

/// "the Kuwait government", "Arnor security officials", "officials in Arnor",
/// "Taliban gunmen": a collective agent named with its state or body is a
/// description of that state or body, recorded as a mention of form `title`
/// (nested, so that relation rules still read the name itself).
fn agent_phrases(lex: &Lexicon, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    // collective agents only: "the minister" or "a diplomat" is a person, not the state
    let collective = |k: usize, actor: NodeType| -> bool {
        let w = tokens[k].lower.as_str();
        lex.is_collective_agent(w) && lex.agent_acts_for(w, actor)
    };
    let modifier = |k: usize| lex.agent(tokens[k].lower.as_str()) == Some(Agent::Modifier);
    let mut extra = Vec::new();
    for m in mentions.iter() {
        if !matches!(m.node_type, NodeType::Organization | NodeType::Country)
            || m.nested
            || !matches!(m.form, MentionForm::Name | MentionForm::Alias | MentionForm::Demonym | MentionForm::Capital)
        {
            continue;
        }
        let Some(range) = sentences.get(m.sentence).map(|s| s.tokens.clone()) else { continue };
        // after the name: "Arnor (border) police", "Afghan security forces"
        let mut k = if m.possessive { m.tokens.end + 1 } else { m.tokens.end };
        let mut mods = 0;
        while k < range.end && mods < 3 && modifier(k) && !collective(k, m.node_type) {
            k += 1;
            mods += 1;
        }
        let mut end = None;
        while k < range.end && (collective(k, m.node_type) || modifier(k)) {
            if collective(k, m.node_type) {
                end = Some(k + 1);
            }
            k += 1;
        }
        let (a, b) = match end {
            Some(b) if !m.possessive || b > m.tokens.end + 1 => (m.tokens.start, b),
            _ => {
                // before it: "officials in Arnor", "the government of Arnor"
                let s = m.tokens.start;
                if s < range.start + 2
                    || !matches!(tokens[s - 1].lower.as_str(), "in" | "of" | "from")
                    || !collective(s - 2, m.node_type)
                {
                    continue;
                }
                let mut a = s - 2;
                while a > range.start && (modifier(a - 1) || collective(a - 1, m.node_type)) {
                    a -= 1;
                }
                (a, m.tokens.end)
            }
        };
        let possessive = tokens.get(b).is_some_and(|t| t.lower == "'s");
        extra.push(m.standing_for(tokens, a..b, m.sentence, "agent-phrase", possessive, true));
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

fn cluster_people(tokens: &[Token], mentions: &mut [Mention]) {
    // full names, longest first; candidates are found through the last word
    let words_of: Vec<Vec<String>> = mentions
        .iter()
        .map(|m| {
            if m.node_type == NodeType::Person && m.form == MentionForm::Name {
                name_words(tokens, m)
            } else {
                Vec::new()
            }
        })
        .collect();
    let mut order: Vec<usize> = (0..mentions.len()).filter(|&i| !words_of[i].is_empty()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(words_of[i].len()));
    let mut people: Vec<(Vec<String>, String, String)> = Vec::new();
    // where each person is first named in full
    let mut first_at: Vec<usize> = Vec::new();
    let mut by_full: HashMap<Vec<String>, usize> = HashMap::new();
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_inner: HashMap<String, Vec<usize>> = HashMap::new();
    for i in order {
        let words = &words_of[i];
        let last = words.last().cloned().unwrap_or_default();
        let matches: Vec<usize> = by_last
            .get(&last)
            .map(|ks| {
                ks.iter()
                    .copied()
                    .filter(|&k| {
                        let full = &people[k].0;
                        full.len() > words.len() && (full.ends_with(words) || (words.len() >= 2 && full[0] == words[0]))
                    })
                    .collect()
            })
            .unwrap_or_default();
        // "Xi" after "Xi Jinping", "Kim" after "Kim Jong Un": a family name written
        // first; "Daniel" after "Daniel Ward", the only Daniel of the document
        let matches = if matches.is_empty() && words.len() == 1 {
            let firsts: Vec<usize> = by_first.get(&words[0]).cloned().unwrap_or_default();
            let ids: std::collections::BTreeSet<&String> = firsts.iter().map(|&k| &people[k].1).collect();
            // ("Lula" after "Luiz Inacio Lula da Silva", "Arteaga" after "Luis Arteaga
            // Choque", "Obame" after "Brice Obame Ndong": a name inside one long name, the
            // first of two family names)
            let inner: Vec<usize> = by_inner.get(&words[0]).cloned().unwrap_or_default();
            let inner_ids: std::collections::BTreeSet<&String> = inner.iter().map(|&k| &people[k].1).collect();
            if ids.len() == 1 {
                firsts
            } else if firsts.is_empty() && inner_ids.len() == 1 {
                inner
            } else {
                matches
            }
        } else {
            matches
        };
        let same: Option<usize> = by_full.get(words).copied();
        let target = match (same, matches.as_slice()) {
            (Some(k), _) => Some(k),
            (None, [k]) => Some(*k),
            (None, ks) if !ks.is_empty() => {
                // several full names end in this word: they are all one person if their ids
                // agree; else a lone surname is the one named first in the story ("Boris
                // Yeltsin" before "Naina Yeltsin": "Yeltsin said" is the president)
                let first = &people[ks[0]].1;
                if ks.iter().all(|&k| &people[k].1 == first) {
                    Some(ks[0])
                } else if words.len() == 1 {
                    ks.iter().copied().min_by_key(|&k| first_at[k])
                } else {
                    None
                }
            }
            _ => None,
        };
        match target {
            Some(k) => {
                if words.len() == people[k].0.len() {
                    first_at[k] = first_at[k].min(mentions[i].start);
                }
                mentions[i].entity = people[k].1.clone();
                mentions[i].label = people[k].2.clone();
                if words.len() < people[k].0.len() {
                    mentions[i].form = MentionForm::Name;
                }
            }
            None => {
                let id = format!("person:{}", slug(&mentions[i].label));
                mentions[i].entity = id.clone();
                let k = people.len();
                people.push((words.clone(), id, mentions[i].label.clone()));
                first_at.push(mentions[i].start);
                by_full.insert(words.clone(), k);
                by_last.entry(last).or_default().push(k);
                if words.len() >= 2 {
                    by_first.entry(words[0].clone()).or_default().push(k);
                }
                if words.len() >= 3 {
                    for w in &words[1..words.len() - 1] {
                        by_inner.entry(w.clone()).or_default().push(k);
                    }
                }
            }
        }
    }
    // names typed otherwise (a surname after "in", a repeat in a headline) that are a person's surname
    let surname: HashMap<String, (String, String)> = people
        .iter()
        // a full name of real words: "R Texas" has no given name to speak of
        .filter(|(w, _, _)| w.len() >= 2 && w[0].chars().filter(|c| c.is_alphabetic()).count() > 1)
        .map(|(w, id, label)| (w.last().cloned().unwrap_or_default(), (id.clone(), label.clone())))
        .collect();
    for m in mentions.iter_mut() {
        // "Jordan" after "Michael Jordan", "Washington" after "MaliVai Washington"
        let listed_name = m.entry.is_some() && matches!(m.form, MentionForm::Name | MentionForm::Capital);
        // but a listed place in a place phrase stays the place: "lived in Paris", "a trip
        // to Jordan", "Paris, France" (not "in Jordan's film")
        let prev = m.tokens.start.checked_sub(1).map(|p| tokens[p].lower.as_str()).unwrap_or("");
        let place_phrase = listed_name
            && !m.possessive
            && (matches!(
                prev,
                "in" | "to" | "from" | "at" | "near" | "into" | "across" | "outside" | "inside" | "toward" | "towards"
            ) || tokens.get(m.tokens.end).is_some_and(|t| t.norm == ",")
                && tokens.get(m.tokens.end + 1).is_some_and(|t| t.is_capitalized()));
        if (m.entry.is_none() || listed_name)
            && !place_phrase
            && m.node_type != NodeType::Person
            && m.rule != "country-delegation"
        {
            let words = name_words(tokens, m);
            if words.len() == 1 {
                if let Some((id, label)) = surname.get(&words[0]) {
                    m.node_type = NodeType::Person;
                    m.entity = id.clone();
                    m.label = label.clone();
                    m.rule = "surname-of-known-person";
                    m.entry = None;
                    m.country = None;
                    m.form = MentionForm::Name;
                }
            }
        }
    }
}

/// "the president", "the foreign minister": the one person of the document
/// introduced with that title.
fn resolve_titles(lex: &Lexicon, text: &str, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut by_title: HashMap<String, Vec<(String, String)>> = HashMap::new();
    for m in mentions.iter() {
        if let (NodeType::Person, Some(role)) = (m.node_type, &m.role) {
            if role.kind != "honorific" {
                let list = by_title.entry(role.text.to_lowercase()).or_default();
                if !list.iter().any(|(id, _)| *id == m.entity) {
                    list.push((m.entity.clone(), m.label.clone()));
                }
            }
        }
    }
    if by_title.is_empty() {
        return;
    }
    // the longest title the document gives a person bounds the phrases to look up
    let max_n =
        by_title.keys().map(|k| crate::gazetteer::phrase_key(k).1).max().unwrap_or(0).min(lex.max_title_tokens());
    let taken: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
    // the last token of each person's name: "Avner Golan, the director of the Mossad"
    // describes the person named, not the director named elsewhere
    let person_ends: std::collections::HashSet<usize> =
        mentions.iter().filter(|m| m.node_type == NodeType::Person).map(|m| m.tokens.end).collect();
    let mut extra = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let r = s.tokens.clone();
        for i in r.clone() {
            if tokens[i].lower != "the" {
                continue;
            }
            let after_name = i >= r.start + 2 && tokens[i - 1].norm == "," && person_ends.contains(&(i - 1));
            for n in (1..=max_n).rev() {
                if i + 1 + n > r.end {
                    continue;
                }
                let words = &tokens[i + 1..i + 1 + n];
                if words.iter().any(|t| t.is_capitalized() && t.lower != "president") && words[0].is_capitalized() {
                    // a capitalised title before a name is handled by the finder
                    if tokens.get(i + 1 + n).is_some_and(|t| t.is_capitalized()) {
                        continue;
                    }
                }
                let key: Vec<&str> = words.iter().map(|t| t.lower.as_str()).collect();
                let key = key.join(" ");
                let Some(list) = by_title.get(&key) else { continue };
                // (after "X," the title is X's apposition, "X, the director of the Mossad", "X,
                // the defence minister from 2001 to 2005,"; unless a verb follows it and opens a
                // clause after an opening phrase: "When asked about X, the president accused")
                let verb = tokens.get(i + 1 + n).is_some_and(|t| {
                    t.is_word()
                        && !t.is_capitalized()
                        && (t.lower.ends_with("ed")
                            || matches!(
                                t.lower.as_str(),
                                "said"
                                    | "says"
                                    | "has"
                                    | "had"
                                    | "is"
                                    | "was"
                                    | "will"
                                    | "would"
                                    | "told"
                                    | "met"
                                    | "spoke"
                            ))
                });
                if after_name && !verb {
                    break;
                }
                if list.len() != 1 || tokens.get(i + 1 + n).is_some_and(|t| t.is_capitalized()) {
                    break;
                }
                let (start, end) = (words[0].start, words[n - 1].end);
                if taken.iter().any(|&(a, b)| a < end && start < b) {
                    break;
                }
                extra.push(Mention {
                    start,
                    end,
                    tokens: i + 1..i + 1 + n,
                    sentence: si,
                    node_type: NodeType::Person,
                    form: MentionForm::Title,
                    entity: list[0].0.clone(),
                    label: list[0].1.clone(),
                    entry: None,
                    country: None,
                    rule: "definite-title",
                    role: None,
                    possessive: crate::text::fold_quotes(text.get(end..).unwrap_or("")).starts_with("'s"),
                    nested: false,
                });
                break;
            }
        }
    }
    mentions.extend(extra);
    mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
}

/// "Al Harthy said he held …", "“…,” she said.": a he/she refers to the
/// nearest person before it in its sentence, else to the first person (the
/// subject) of the nearest earlier sentence that names one.
///
/// Inside a quotation a he/she is not its speaker (who would say "I"): it refers
/// to the nearest person named earlier in the quotation, else to an earlier
/// sentence's subject ("Rathbun wrote, “… Daniel would be jailed unless he
/// cooperated with Moxon”" is Daniel), unless the quotation's speaker says "I"
/// or "we" before it ("“We can be grateful he has been arrested,” the minister
/// said" is not the minister).
///
/// A he never refers to a person the document shows to be a woman, nor a she to a
/// man (see `person_genders`): such a person is passed over for the next one in
/// that order, the first fitting person of the sentence or of an earlier one.
/// People of unknown gender fit either.
fn resolve_pronouns(lex: &Lexicon, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    // whether a token is inside a quotation: an odd number of quote marks before it
    // in its sentence (the marks before each token counted once)
    let mut quotes_before: Vec<u32> = Vec::with_capacity(tokens.len() + 1);
    let mut q = 0u32;
    for t in tokens {
        quotes_before.push(q);
        q += u32::from(crate::text::is_double_quote(&t.norm));
    }
    quotes_before.push(q);
    let quoted = |m: &Mention| -> bool {
        let Some(s) = sentences.get(m.sentence) else { return false };
        let at = m.tokens.start.min(tokens.len());
        let from = s.tokens.start.min(at);
        (quotes_before[at] - quotes_before[from]) % 2 == 1
    };
    // the first named person (the subject) of every sentence
    // (past a fronted clause: "After meeting Milosevic, Kornblum flew to Zagreb")
    let clause_end = |si: usize| -> Option<usize> {
        let s = sentences.get(si)?;
        let first = tokens.get(s.tokens.start)?;
        matches!(
            first.lower.as_str(),
            "after" | "before" | "while" | "following" | "despite" | "when" | "since" | "although" | "though" | "upon"
        )
        .then(|| (s.tokens.start..s.tokens.end).find(|&k| tokens[k].norm == ","))
        .flatten()
    };
    // the gender each person mention shows (a he/she its own), and the pronoun
    // classes a mention of that gender may stand for: any, he, she
    let gender = person_genders(lex, tokens, mentions);
    let fits = |class: usize, g: Option<Gender>| match class {
        1 => g != Some(Gender::Female),
        2 => g != Some(Gender::Male),
        _ => true,
    };
    let class_of = |tok: &Token| match Gender::of_pronoun(&tok.lower) {
        Some(Gender::Male) => 1,
        Some(Gender::Female) => 2,
        None => 0,
    };
    // (sentence, class) -> the first person of the sentence that a pronoun of the
    // class may stand for
    let mut first_person: HashMap<(usize, usize), usize> = HashMap::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.node_type == NodeType::Person && m.form != MentionForm::Pronoun {
            let fronted = clause_end(m.sentence).is_some_and(|c| m.tokens.start < c);
            for class in (0..3).filter(|&c| fits(c, gender[k])) {
                match first_person.get(&(m.sentence, class)) {
                    None => {
                        first_person.insert((m.sentence, class), k);
                    }
                    // the first name after the fronted clause replaces one inside it
                    Some(&f) if !fronted && clause_end(m.sentence).is_some_and(|c| mentions[f].tokens.start < c) => {
                        first_person.insert((m.sentence, class), k);
                    }
                    _ => {}
                }
            }
        }
    }
    let mut keep = vec![true; mentions.len()];
    for i in 0..mentions.len() {
        if mentions[i].form != MentionForm::Pronoun {
            continue;
        }
        let si = mentions[i].sentence;
        let class = class_of(&tokens[mentions[i].tokens.start]);
        if matches!(tokens[mentions[i].tokens.start].lower.as_str(), "him" | "her") {
            match object_antecedent(tokens, mentions, &keep, i, &|k| fits(class, gender[k]), &quoted) {
                Some(k) => {
                    mentions[i].entity = mentions[k].entity.clone();
                    mentions[i].label = mentions[k].label.clone();
                }
                None => keep[i] = false,
            }
            continue;
        }
        // the subject of the sentence is preferred over the nearest name; else the
        // subject of the nearest of the three sentences before
        let in_sentence = if quoted(&mentions[i]) {
            (0..i).rev().take_while(|&k| mentions[k].sentence == si).find(|&k| {
                let m = &mentions[k];
                m.node_type == NodeType::Person && m.form != MentionForm::Pronoun && quoted(m) && fits(class, gender[k])
            })
        } else {
            // ("though Moll has said he will not meet Stone": the one who says it, named right
            // before the verb of saying, speaks of himself)
            let p0 = mentions[i].tokens.start;
            let mut v = p0;
            if v > 0 && tokens[v - 1].lower == "that" {
                v -= 1;
            }
            let said = v > 0 && matches!(tokens[v - 1].lower.as_str(), "said" | "says");
            let aux = usize::from(said && v > 1 && matches!(tokens[v - 2].lower.as_str(), "has" | "had"));
            let speaker_before = said
                .then(|| {
                    let e = v - 1 - aux;
                    (0..i).rev().take_while(|&k| mentions[k].sentence == si).find(|&k| {
                        let m = &mentions[k];
                        m.tokens.end == e
                            && m.node_type == NodeType::Person
                            && m.form != MentionForm::Pronoun
                            && fits(class, gender[k])
                    })
                })
                .flatten();
            // ("\"Naina Yeltsin looks well,\" he said": a speaker outside the quotation is
            // not the person quoted about)
            speaker_before
                .or_else(|| first_person.get(&(si, class)).copied().filter(|&k| k < i && !quoted(&mentions[k])))
        };
        // a quotation whose speaker says "I" or "we" before the he/she: the earlier
        // sentences' subject is most often that speaker, so the he/she stays open
        let speaker_talks = quoted(&mentions[i])
            && sentences.get(si).is_some_and(|s| {
                tokens[s.tokens.start.min(mentions[i].tokens.start)..mentions[i].tokens.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "i" | "we"))
            });
        // … nor is it the speaker last named before it ("Mr Williams says … \"He was
        // captured by the Northern Alliance\"" is not Williams)
        let speaker = quoted(&mentions[i])
            .then(|| {
                (0..i).rev().take_while(|&k| mentions[k].sentence + 3 >= si).find(|&k| {
                    let m = &mentions[k];
                    let says = |t: Option<&Token>| {
                        t.is_some_and(|t| matches!(t.lower.as_str(), "said" | "says" | "told" | "added" | "tells"))
                    };
                    m.node_type == NodeType::Person
                        && (says(tokens.get(m.tokens.end))
                            || says(m.tokens.start.checked_sub(1).and_then(|p| tokens.get(p))))
                })
            })
            .flatten()
            .map(|k| mentions[k].entity.clone());
        let antecedent = in_sentence.or_else(|| {
            (!speaker_talks)
                .then(|| {
                    (1..=3).filter_map(|d| si.checked_sub(d)).find_map(|s| {
                        first_person
                            .get(&(s, class))
                            .copied()
                            .filter(|&k| speaker.as_ref() != Some(&mentions[k].entity))
                    })
                })
                .flatten()
        });
        match antecedent {
            Some(k) => {
                mentions[i].entity = mentions[k].entity.clone();
                mentions[i].label = mentions[k].label.clone();
                // a he/she that opens its sentence is that sentence's subject for the
                // next ones: "Kornblum flew to Zagreb. He was due to meet X. He also
                // planned to travel …" (the second "he" is Kornblum, not X)
                if !quoted(&mentions[i]) {
                    for c in (0..3).filter(|&c| fits(c, gender[i])) {
                        if first_person.get(&(si, c)).is_none_or(|&f| f > i) {
                            first_person.insert((si, c), i);
                        }
                    }
                }
            }
            None => keep[i] = false,
        }
    }
    let mut it = keep.into_iter();
    mentions.retain(|_| it.next().unwrap_or(true));
}

/// The person an object pronoun ("him", "her") at mention `i` stands for: the nearest
/// person named before it in its sentence who is not the subject of its verb ("Arnor
/// expelled ambassador Tom Brand, accusing him", "Tom Brand met Dan Moll and thanked
/// him"), else the one person the sentence before names who is not that subject ("Dan
/// Moll was in Edoras. Tom Brand met him"), or if it names none, the one of the sentence
/// before that; none if the sentence names two who fit (who is meant is then a matter
/// of the story, not of the words). A subject is a person named
/// right before the verb, at most four lower-case words with no clause word between
/// ("Tom Brand met him", "He warmly congratulated her"). Inside a quotation only a
/// person named in it before the pronoun is taken.
fn object_antecedent(
    tokens: &[Token],
    mentions: &[Mention],
    keep: &[bool],
    i: usize,
    fits: &dyn Fn(usize) -> bool,
    quoted: &dyn Fn(&Mention) -> bool,
) -> Option<usize> {
    let si = mentions[i].sentence;
    let p = mentions[i].tokens.start;
    let in_quote = quoted(&mentions[i]);
    let person = |k: usize| {
        let m = &mentions[k];
        m.node_type == NodeType::Person && keep[k] && !m.entity.is_empty() && !m.nested
    };
    let subject_of_verb = |k: usize| {
        let m = &mentions[k];
        let gap = &tokens[m.tokens.end.min(p)..p];
        !m.possessive
            && !gap.is_empty()
            && gap.len() <= 4
            && gap.iter().all(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && !matches!(
                        t.lower.as_str(),
                        "and"
                            | "or"
                            | "but"
                            | "that"
                            | "who"
                            | "whom"
                            | "which"
                            | "after"
                            | "before"
                            | "when"
                            | "while"
                            | "said"
                            | "says"
                            | "with"
                            | "by"
                            | "of"
                            | "for"
                            | "from"
                    )
            })
    };
    // the subject, with the people joined to it ("X and Y also called to congratulate him")
    let mut subject: Vec<&str> = Vec::new();
    let mut joined_to: Option<usize> = None;
    // (a person named inside a relative clause is background: "Tom Brand said Gondor,
    // which Dan Moll leads, had expelled him" is Tom Brand)
    let relative = |k: usize| {
        let from = mentions[k].tokens.start;
        (from.saturating_sub(12)..from)
            .rev()
            .take_while(|&q| {
                tokens[q].norm != ","
                    || matches!(tokens.get(q + 1).map(|t| t.lower.as_str()), Some("which" | "who" | "whom"))
            })
            .any(|q| tokens[q].norm == "," && q + 1 < from)
            && (mentions[k].tokens.end..p).any(|q| tokens[q].norm == ",")
    };
    for k in (0..i).rev().take(40).take_while(|&k| mentions[k].sentence == si) {
        if !person(k) || quoted(&mentions[k]) != in_quote || relative(k) {
            continue;
        }
        let joined = joined_to.is_some_and(|s| {
            let gap = &tokens[mentions[k].tokens.end.min(s)..s];
            // (past a title: "X and Fijian Prime Minister Y")
            gap.len() <= 6
                && gap.first().is_some_and(|t| matches!(t.lower.as_str(), "and" | ","))
                && gap[1..].iter().all(|t| t.is_capitalized() || t.lower == "'s")
        });
        if subject.is_empty() && subject_of_verb(k) || joined {
            subject.push(mentions[k].entity.as_str());
            joined_to = Some(mentions[k].tokens.start);
            continue;
        }
        joined_to = None;
        if !subject.contains(&mentions[k].entity.as_str()) && fits(k) {
            return Some(k);
        }
    }
    if in_quote {
        return None;
    }
    // else the one person the sentence before names, if only one fits; if none does,
    // the one of the sentence before that
    for s in (1..=2).filter_map(|d| si.checked_sub(d)) {
        let lo = mentions.partition_point(|m| m.sentence < s);
        let hi = mentions.partition_point(|m| m.sentence <= s);
        let mut found: Option<usize> = None;
        for k in lo..hi {
            let m = &mentions[k];
            if person(k) && !quoted(m) && fits(k) && !subject.contains(&m.entity.as_str()) {
                match found {
                    Some(f) if mentions[f].entity != m.entity => return None,
                    Some(_) => {}
                    None => found = Some(k),
                }
            }
        }
        if let Some(f) = found {
            // (not when the story's main person of that gender, named in the sentences
            // just before, is another: "Carrington spoke with Premier Zhou … Zhou urged
            // Wellington … Tanabe also called to congratulate him")
            // (counted over the last 80 mentions, so that a long document stays linear)
            let mut count: HashMap<&str, usize> = HashMap::new();
            for k in (0..i).rev().take(80) {
                if person(k) && fits(k) && !subject.contains(&mentions[k].entity.as_str()) {
                    *count.entry(mentions[k].entity.as_str()).or_default() += 1;
                }
            }
            let most = count.values().copied().max().unwrap_or(0);
            let main = count.iter().filter(|&(_, &c)| c == most).map(|(&e, _)| e).collect::<Vec<_>>();
            let recent =
                |e: &str| (0..i).rev().take_while(|&k| mentions[k].sentence + 3 >= si).any(|k| mentions[k].entity == e);
            if most >= 3 && main.len() == 1 && main[0] != mentions[f].entity && recent(main[0]) {
                return None;
            }
            return Some(f);
        }
    }
    None
}

/// Kinship nouns of one gender, in apposition to a person's name ("her son, X").
const KIN_GENDER: &[(&str, Gender)] = &[
    ("son", Gender::Male),
    ("father", Gender::Male),
    ("brother", Gender::Male),
    ("husband", Gender::Male),
    ("widower", Gender::Male),
    ("grandson", Gender::Male),
    ("nephew", Gender::Male),
    ("uncle", Gender::Male),
    ("daughter", Gender::Female),
    ("mother", Gender::Female),
    ("sister", Gender::Female),
    ("wife", Gender::Female),
    ("widow", Gender::Female),
    ("granddaughter", Gender::Female),
    ("niece", Gender::Female),
    ("aunt", Gender::Female),
];

/// Words right before a name that tell a man or a woman but are no titles in
/// `titles.tsv`: they also open the names of pageants, bodies and realms ("Miss Universe
/// Inc", "Holy Roman Emperor Charles VI"), which a title would turn into people.
const GENDERED_BEFORE_NAME: &[(&str, Gender)] = &[
    ("miss", Gender::Female),
    ("emperor", Gender::Male),
    ("empress", Gender::Female),
    ("baroness", Gender::Female),
    ("duchess", Gender::Female),
    ("countess", Gender::Female),
];

/// The gender each mention shows as a he/she's antecedent, by index: a pronoun's own
/// ("he", "she"); a person's as the whole document shows it. Evidence is a gendered
/// title before a name ("Mrs.", "King", "Congresswoman": `titles.tsv`; "Miss",
/// "Empress": `GENDERED_BEFORE_NAME`), the given name that opens a name of two words
/// or more ("Mary Holt", "Jean-Claude Vale": `given_name_gender.tsv`) or a gendered
/// title that opens one ("Sheikha Moza"). A person with no evidence, or with evidence
/// both ways ("Ms Paul Vale"), has none. One pass over the mentions.
fn person_genders(lex: &Lexicon, tokens: &[Token], mentions: &[Mention]) -> Vec<Option<Gender>> {
    const MALE: u8 = 1;
    const FEMALE: u8 = 2;
    let bit = |g: Option<Gender>| match g {
        Some(Gender::Male) => MALE,
        Some(Gender::Female) => FEMALE,
        None => 0,
    };
    let mut by_entity: HashMap<&str, u8> = HashMap::new();
    for m in mentions {
        if m.node_type != NodeType::Person || matches!(m.form, MentionForm::Pronoun | MentionForm::Title) {
            continue;
        }
        let mut bits = 0;
        // the titles before the name, longest first ("Crown Prince", "Prime Minister Sheikh")
        if let Some(r) = &m.role {
            let mut p = r.tokens.start;
            while p < r.tokens.end.min(tokens.len()) {
                let longest = (1..=lex.max_title_tokens().min(r.tokens.end - p))
                    .rev()
                    .find_map(|n| lex.title(&crate::gazetteer::words_key(&tokens[p..p + n])).map(|t| (n, t.gender)));
                let (n, g) = longest.unwrap_or((1, None));
                bits |= bit(g);
                p += n;
            }
        }
        if let Some(before) = m.tokens.start.checked_sub(1).and_then(|p| tokens.get(p)) {
            if before.is_capitalized() {
                let g = GENDERED_BEFORE_NAME.iter().find(|(w, _)| *w == before.lower.as_str()).map(|&(_, g)| g);
                bits |= bit(g);
            }
        }
        // a kinship noun in apposition: "her son, Paulo Vale," "Paulo Vale, her son,"
        let kin_before = (m.tokens.start >= 2 && tokens[m.tokens.start - 1].norm == ",")
            .then(|| &tokens[m.tokens.start - 2])
            .or_else(|| m.tokens.start.checked_sub(1).map(|p| &tokens[p]));
        // (an apposition that closes: not "Paulo Vale, his wife and their son")
        let kin_after = (m.tokens.end + 3 < tokens.len()
            && tokens[m.tokens.end].norm == ","
            && matches!(tokens[m.tokens.end + 1].lower.as_str(), "his" | "her" | "their" | "the" | "a")
            && matches!(tokens[m.tokens.end + 3].norm.as_str(), "," | "."))
        .then(|| &tokens[m.tokens.end + 2]);
        for kin in [kin_before, kin_after].into_iter().flatten() {
            bits |= bit(KIN_GENDER.iter().find(|(w, _)| *w == kin.lower.as_str()).map(|&(_, g)| g));
        }
        // the given name that opens a full name (not a lone word: "Paul" may be a
        // surname, "Mr Paul")
        let words = tokens[m.tokens.clone()].iter().filter(|t| t.is_word() && t.lower != "'s").count();
        let k = m.tokens.start;
        if words >= 2 && tokens[k].is_word() {
            // (a hyphenated one whole: "Jean-Claude", "Kassym-Jomart")
            let hyphened = k + 2 < m.tokens.end
                && tokens[k + 1].norm == "-"
                && !tokens[k + 1].space_before
                && tokens[k + 2].is_word()
                && !tokens[k + 2].space_before;
            let compound = hyphened.then(|| format!("{}-{}", tokens[k].lower, tokens[k + 2].lower));
            let g = compound
                .and_then(|c| lex.given_name_gender(&c))
                .or_else(|| lex.given_name_gender(&tokens[k].lower))
                .or_else(|| lex.title(&tokens[k].lower).and_then(|t| t.gender));
            bits |= bit(g);
        }
        *by_entity.entry(m.entity.as_str()).or_default() |= bits;
    }
    mentions
        .iter()
        .map(|m| {
            if m.form == MentionForm::Pronoun {
                return tokens.get(m.tokens.start).and_then(|t| Gender::of_pronoun(&t.lower));
            }
            match by_entity.get(m.entity.as_str()) {
                Some(&MALE) => Some(Gender::Male),
                Some(&FEMALE) => Some(Gender::Female),
                _ => None,
            }
        })
        .collect()
}

/// "the Supreme Electoral Council (SEC)": the acronym in brackets after a
/// name is that entity's alias, here and wherever else the document uses it.
fn link_acronyms(text: &str, tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut acronyms: HashMap<String, usize> = HashMap::new();
    // "Japan's Economic Planning Agency … EPA Vice Minister X": a body of the document
    // whose capitalised words' initials spell a later acronym exactly is what it means,
    // before a listed body of that acronym (the earliest such body)
    let mut spelled: HashMap<String, usize> = HashMap::new();
    // ("the Multinational Security Support (MSS) mission": a name whose capitalised words'
    // initials spell the bracketed acronym exactly is a body, whatever its shape, and the
    // acronym is its name in this document, before a listed body of those letters)
    let mut exact: Vec<usize> = Vec::new();
    let bracketed = |m: &Mention| {
        let t = m.tokens.end;
        match (tokens.get(t), tokens.get(t + 1), tokens.get(t + 2)) {
            (Some(open), Some(x), Some(close)) if open.norm == "(" && close.norm == ")" && x.is_all_caps() => {
                let words = &tokens[m.tokens.clone()];
                let initials: String = words.iter().filter_map(|w| w.norm.chars().next()).collect();
                words.len() >= 2 && words.iter().all(|w| w.is_capitalized() && w.is_word()) && initials == x.norm
            }
            _ => false,
        }
    };
    for (i, m) in mentions.iter_mut().enumerate() {
        if m.node_type == NodeType::Person && !m.nested && m.form == MentionForm::Name && bracketed(m) {
            m.node_type = NodeType::Organization;
            m.entity = format!("organization:{}", crate::gazetteer::slug(&m.label));
            m.entry = None;
            m.role = None;
        }
        if m.node_type != NodeType::Person && !m.nested && bracketed(m) {
            exact.push(i);
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        if m.node_type == NodeType::Person || m.form == MentionForm::Pronoun || m.nested {
            continue;
        }
        if m.node_type == NodeType::Organization && m.entry.is_none() && m.tokens.len() >= 3 {
            let words = &tokens[m.tokens.clone()];
            if words.iter().all(|w| w.is_capitalized() && w.is_word()) {
                let initials: String = words.iter().filter_map(|w| w.lower.chars().next()).collect();
                spelled.entry(initials).or_insert(i);
            }
        }
        let t = m.tokens.end + usize::from(m.possessive);
        let (Some(open), Some(x), Some(close)) = (tokens.get(t), tokens.get(t + 1), tokens.get(t + 2)) else {
            continue;
        };
        let letters = x.norm.chars().filter(|c| c.is_alphabetic()).count();
        if open.norm == "(" && close.norm == ")" && x.is_all_caps() && (2..=8).contains(&letters) {
            // the name's initials must be in the acronym, in order, as a check
            let initials: String = tokens[m.tokens.clone()]
                .iter()
                .filter(|w| w.is_capitalized())
                .filter_map(|w| w.norm.chars().next())
                .collect();
            let mut rest = initials.chars().peekable();
            for c in x.norm.chars() {
                if rest.peek() == Some(&c) {
                    rest.next();
                }
            }
            // … and the acronym not much longer than the name: "the Kurdistan Democratic Party
            // of Iran (KDPI)" is no alias of Iran
            let n = initials.chars().count();
            if rest.count() * 2 <= n && letters <= n + 2 {
                acronyms.insert(x.lower.to_string(), i);
            }
        }
    }
    let overrides: Vec<usize> = acronyms.values().copied().collect();
    for (k, i) in spelled {
        acronyms.entry(k).or_insert(i);
    }
    if acronyms.is_empty() {
        return;
    }
    let mut extra = Vec::new();
    // (read once, not at every acronym: the tokens inside a mention, and the first
    // mention of each span)
    // the tokens inside a mention, and the first mention of each byte span
    type Index = (Vec<bool>, HashMap<(usize, usize), usize>);
    let mut index: Option<Index> = None;
    for (si_tok, tok) in tokens.iter().enumerate() {
        let Some(&owner) = acronyms.get(tok.lower.as_str()) else { continue };
        if !tok.is_all_caps() {
            continue;
        }
        let (covered, by_span) = index.get_or_insert_with(|| {
            let mut covered = vec![false; tokens.len()];
            let mut by_span = HashMap::new();
            for (i, m) in mentions.iter().enumerate() {
                covered[m.tokens.clone()].fill(true);
                by_span.entry((m.start, m.end)).or_insert(i);
            }
            (covered, by_span)
        });
        let (entity, label, node_type, country) = {
            let o = &mentions[owner];
            (o.entity.clone(), o.label.clone(), o.node_type, o.country.clone())
        };
        // (a bracketed definition does not override a listed body; a spelled-out one
        // named before does)
        // (… within a few sentences of it: "the ICC in The Hague" further on is the listed
        // court again)
        let tok_sentence = sentences.partition_point(|s| s.end < tok.end);
        let spelled_before = (!overrides.contains(&owner) || exact.contains(&owner))
            && mentions[owner].end < tok.start
            && tok_sentence <= mentions[owner].sentence + 2;
        if let Some(m) = by_span.get(&(tok.start, tok.end)).map(|&i| &mut mentions[i]) {
            if m.entry.is_none() || m.entity == entity || spelled_before && m.node_type == NodeType::Organization {
                if m.entity != entity {
                    m.entry = None;
                }
                m.entity = entity;
                m.label = label;
                m.node_type = node_type;
                m.form = MentionForm::Alias;
                m.rule = "acronym-of-name";
            }
            continue;
        }
        if covered[si_tok] {
            continue;
        }
        let sentence = sentences.partition_point(|s| s.end < tok.end);
        if sentences.get(sentence).is_none_or(|s| !(s.start <= tok.start && tok.end <= s.end)) {
            continue;
        }
        covered[si_tok] = true;
        extra.push(Mention {
            start: tok.start,
            end: tok.end,
            tokens: si_tok..si_tok + 1,
            sentence,
            node_type,
            form: MentionForm::Alias,
            entity,
            label,
            entry: None,
            country,
            rule: "acronym-of-name",
            role: None,
            possessive: crate::text::fold_quotes(text.get(tok.end..).unwrap_or("")).starts_with("'s"),
            nested: false,
        });
    }
    mentions.extend(extra);
    mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
}

/// "the two countries", "both sides": the two countries named last before
/// the phrase. The phrase becomes a `title` mention of each; the second is
/// marked nested so that relation rules read the pair through the first.
fn resolve_pairs(tokens: &[Token], sentences: &[Sentence], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    // each sentence's mentions, in their order, found once when a pair first asks (a long
    // text names many pairs)
    let mut by_sentence: Option<Vec<Vec<usize>>> = None;
    // the pairs read so far: their sentence and the two mentions they stand for
    let mut pairs_read: Vec<(usize, [usize; 2])> = Vec::new();
    // the sentence of the last bare "the two" read, and how many it has
    let mut bare_read: (usize, usize) = (usize::MAX, 0);
    // the sentence of the last "the three countries" read, and how many it has
    let mut trios_read: (usize, usize) = (usize::MAX, 0);
    // the people first named with each post of `POSTS`, and where, read once when asked
    const POSTS: [&str; 3] = ["president", "prime minister", "minister"];
    type Holders<'a> = (HashMap<&'a str, usize>, Vec<usize>);
    let post_holders: [std::cell::OnceCell<Holders>; 3] = Default::default();
    for (si, s) in sentences.iter().enumerate() {
        for i in s.tokens.clone() {
            let w = tokens[i].lower.as_str();
            // (a few in a sentence: a sentence that runs on may repeat the phrase)
            if w == "three" {
                if trios_read.0 != si {
                    trios_read = (si, 0);
                }
                if trios_read.1 < 4 {
                    if let Some(trio) = resolve_trio(tokens, sentences, mentions, si, i) {
                        extra.extend(trio);
                        trios_read.1 += 1;
                    }
                }
                continue;
            }
            if w != "two" && w != "both" {
                continue;
            }
            // "the two foreign ministers": one word of office before the noun
            let office = |j: usize| {
                tokens.get(j).is_some_and(|t| matches!(t.lower.as_str(), "foreign" | "prime" | "defence" | "defense"))
            };
            let n = if office(i + 1) { i + 2 } else { i + 1 };
            let the_two = i > s.tokens.start && tokens[i - 1].lower == "the";
            let mut bare: Option<[usize; 2]> = None;
            let (a, noun, kind) = match (w, tokens.get(n).map(|t| t.lower.as_str())) {
                ("two", Some(word)) if the_two => pair_noun(word),
                ("both", Some(word)) => pair_noun(word).filter(|&k| k == NodeType::Country),
                _ => None,
            }
            .map(|k| (Some(i), Some(n), k))
            .or_else(|| {
                // ("The two met for three hours": "the two" before a verb stands for the
                // pair of people, or else of states, named last)
                let verb = tokens.get(i + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "met"
                            | "meet"
                            | "spoke"
                            | "speak"
                            | "talked"
                            | "held"
                            | "agreed"
                            | "discussed"
                            | "signed"
                            | "have"
                            | "had"
                            | "were"
                            | "are"
                            | "will"
                            | "would"
                            | "also"
                            | "later"
                            | "then"
                            | "shook"
                            | "pledged"
                            | "exchanged"
                            | "issued"
                            | "vowed"
                    )
                });
                // (at most two in a sentence)
                (w == "two" && the_two && verb && !(bare_read.0 == si && bare_read.1 >= 2))
                    .then(|| {
                        // (its own sentence's people only after "and": "X met Y and the two
                        // signed", not "China said it hoped the two would")
                        let joined = i >= s.tokens.start + 2 && tokens[i - 2].lower == "and";
                        bare_pair(mentions, si, if joined { tokens[i].start } else { s.start })
                    })
                    // (a subject: opening its sentence, or after "and")
                    .filter(|_| i == s.tokens.start + 1 || i >= s.tokens.start + 2 && tokens[i - 2].lower == "and")
                    .flatten()
                    .map(|(kind, pair)| {
                        bare = Some(pair);
                        bare_read = if bare_read.0 == si { (si, bare_read.1 + 1) } else { (si, 1) };
                        (Some(i), Some(i), kind)
                    })
            })
            .unwrap_or((None, None, NodeType::Country));
            let (Some(a), Some(noun)) = (a, noun) else { continue };
            if noun >= s.tokens.end {
                continue;
            }
            // the pair named together last: the latest sentence before the phrase
            // that names two countries ("Arnor and Gondor have quarrelled …")
            let start = tokens[a].start;
            // ("X and Y brokered talks between the two sides": the sides are others than
            // those named before it in its sentence)
            let between = a >= s.tokens.start + 2 && tokens[a - 2].lower == "between";
            // ("China, Pakistan's closest ally, urged both sides to exercise restraint": the
            // sides one addresses are others than the speaker named before in its sentence)
            let addressed = |k: usize| {
                matches!(
                    tokens[k].lower.as_str(),
                    "urged" | "urges" | "urging" | "asked" | "asks" | "told" | "warned" | "pressed" | "pressing"
                )
            };
            let addressed = a > s.tokens.start
                && (addressed(a - 1)
                    || a >= s.tokens.start + 2
                        && matches!(tokens[a - 1].lower.as_str(), "on" | "to")
                        && matches!(
                            tokens[a - 2].lower.as_str(),
                            "called" | "calls" | "calling" | "appealed" | "appeals"
                        ));
            let last = if between || addressed { si.checked_sub(1) } else { Some(si) };
            // (a phrase in the first sentence may still name its pair after "between")
            if last.is_none() && !addressed {
                continue;
            }
            let by_sentence = by_sentence.get_or_insert_with(|| {
                let mut v: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
                for (k, m) in mentions.iter().enumerate() {
                    if let Some(s) = v.get_mut(m.sentence) {
                        s.push(k);
                    }
                }
                v
            });
            let mut pair: Option<[usize; 2]> = bare;
            let mut reused = false;
            // ("both governments in Annuminas and Minas Tirith": the seats named right after
            // the phrase)
            if kind == NodeType::Country && tokens.get(noun + 1).is_some_and(|t| t.lower == "in") {
                let here = &by_sentence[si];
                // (the sentence's mentions are in text order)
                let at = |k: usize| {
                    let from = here.partition_point(|&x| mentions[x].tokens.start < k);
                    here[from..].iter().copied().take_while(|&x| mentions[x].tokens.start == k).find(|&x| {
                        let m = &mentions[x];
                        m.node_type == NodeType::Country && !m.nested
                    })
                };
                if let Some(x) = at(noun + 2) {
                    let e = mentions[x].tokens.end;
                    let y = tokens.get(e).filter(|t| t.lower == "and").and_then(|_| at(e + 1));
                    if let Some(y) = y.filter(|&y| mentions[y].entity != mentions[x].entity) {
                        pair = Some([x, y]);
                        reused = true;
                    }
                }
            }
            // ("the two presidents": people the story gives that post, not a prime minister
            // met since)
            let post = match tokens[noun].lower.as_str() {
                "presidents" => Some("president"),
                "premiers" => Some("prime minister"),
                "ministers" => Some("minister"),
                _ => None,
            }
            .filter(|_| kind == NodeType::Person);
            // (read only where the story gives two people the post before the phrase: a post
            // given in an apposition is not on the name)
            // (each post's holders are read once per document: where each is first named so)
            let holders = post.map(|p| {
                let i = POSTS.iter().position(|&x| x == p).unwrap_or(0);
                post_holders[i].get_or_init(|| {
                    let mut first: HashMap<&str, usize> = HashMap::new();
                    for m in mentions.iter() {
                        let fits = m.role.as_ref().is_some_and(|r| {
                            let r = r.text.to_lowercase();
                            r.contains(p) && !r.starts_with("vice") || p == "prime minister" && r.contains("premier")
                        });
                        if fits {
                            first.entry(m.entity.as_str()).or_insert(m.end);
                        }
                    }
                    let mut ends: Vec<usize> = first.values().copied().collect();
                    ends.sort_unstable();
                    (first, ends)
                })
            });
            let holders = holders.filter(|(_, ends)| ends.partition_point(|&e| e <= start) >= 2);
            let post_fits = |m: &Mention| {
                m.node_type != NodeType::Person
                    || holders.is_none_or(|(first, _)| first.get(m.entity.as_str()).is_some_and(|&e| e <= start))
            };
            // ("Qatar and Turkey, which mediated a ceasefire between Gondor and Angmar, urged
            // both sides": the sides are the pair named after "between" before the phrase)
            // (so too "mediated between the two sides" after "talks between Riyadh and the
            // Houthis" in its sentence: a state and an armed group may be the sides)
            if addressed || between {
                // (the names before the phrase, the nearest dozen pairs)
                let here = &by_sentence[si];
                let upto = here.partition_point(|&k| mentions[k].end <= start);
                let sides = matches!(tokens[noun].lower.as_str(), "sides" | "parties");
                pair = here[..upto].windows(2).rev().take(12).find_map(|w| {
                    let (x, y) = (&mentions[w[0]], &mentions[w[1]]);
                    let ok = |m: &Mention| {
                        (m.node_type == kind
                            || between
                                && sides
                                && kind == NodeType::Country
                                && m.node_type == NodeType::Organization
                                && !m.possessive)
                            && m.end <= start
                            && !m.nested
                    };
                    let between_words = tokens.get(x.tokens.end..y.tokens.start).unwrap_or_default();
                    // (or two joined by a hyphen before a noun: "the envoy for the
                    // Serbia-Kosovo dialogue called on both sides")
                    let hyphened = !between
                        && between_words.len() == 1
                        && between_words[0].norm == "-"
                        && !between_words[0].space_before
                        && tokens.get(y.tokens.end).is_some_and(|t| {
                            matches!(
                                t.lower.as_str(),
                                "dialogue"
                                    | "talks"
                                    | "negotiations"
                                    | "conflict"
                                    | "war"
                                    | "dispute"
                                    | "peace"
                                    | "relations"
                                    | "ties"
                                    | "truce"
                                    | "ceasefire"
                                    | "deal"
                                    | "agreement"
                            )
                        });
                    (ok(x)
                        && ok(y)
                        && x.entity != y.entity
                        && x.tokens.start > 0
                        && x.tokens.end <= y.tokens.start
                        // (or a pair a preposition governs: "stood in solidarity with Poland
                        // and Lithuania but urged both countries")
                        && (if between {
                            let b = x.tokens.start - usize::from(tokens[x.tokens.start - 1].lower == "the");
                            b > 0
                                && tokens[b - 1].lower == "between"
                                && between_words.first().is_some_and(|t| t.lower == "and")
                                && between_words[1..].iter().all(|t| t.lower == "the")
                        } else {
                            matches!(tokens[x.tokens.start - 1].lower.as_str(), "between" | "with" | "to" | "for")
                                && between_words.iter().all(|t| t.lower == "and")
                        } || hyphened))
                        .then_some([w[0], w[1]])
                });
                reused = pair.is_some();
            }
            let brokers_read: std::cell::OnceCell<std::collections::BTreeSet<&str>> = std::cell::OnceCell::new();
            for back in last.into_iter().flat_map(|l| (si.saturating_sub(5)..=l).rev()).filter(|_| pair.is_none()) {
                // a pair phrase read before names the same pair ("… mediate between the
                // two sides. China urged both sides …")
                // (read from the end: only the last few sentences are looked at)
                // (not people for sides: "the two agreed. Arnor urged the two sides" are
                // the people, then their states)
                if let Some(&(_, p)) = pairs_read.iter().rev().take_while(|(s, _)| *s >= back).find(|(s, p)| {
                    *s == back && (mentions[p[0]].node_type != NodeType::Person || kind == NodeType::Person)
                }) {
                    pair = Some(p);
                    reused = true;
                    break;
                }
                let mut seen: Vec<usize> = Vec::new();
                // (not where something happens, "negotiations in Germany", nor the owner of
                // a body, "Russia's Interfax news agency")
                let place = |m: &Mention| {
                    m.tokens.start > 0 && matches!(tokens[m.tokens.start - 1].lower.as_str(), "in" | "at" | "near")
                };
                let here = || by_sentence[back].iter().map(|&k| &mentions[k]);
                // (the body after "'s" is in the same sentence)
                let owner = |m: &Mention| {
                    m.possessive
                        && here().any(|o| o.node_type == NodeType::Organization && o.tokens.start == m.tokens.end + 1)
                };
                // ("the two presidents": not a former one)
                let former = |m: &Mention| {
                    m.role.as_ref().is_some_and(|r| {
                        r.text.starts_with("Former")
                            || r.tokens.start > 0 && tokens[r.tokens.start - 1].lower == "former"
                            // ("ex-President X")
                            || r.tokens.start > 1
                                && tokens[r.tokens.start - 1].lower == "-"
                                && tokens[r.tokens.start - 2].lower == "ex"
                    })
                };
                // (nor a third party that brokered what the sides did: "a truce brokered by
                // Rohan and Gondor"; one who hosted a visit may be a side)
                // (… or a name listed with one: "by Venezuela, Cuba and Norway"; not the
                // subject of a clause after the broker, "Under a truce brokered by Rohan, Arnor
                // and Gondor agreed")
                let name_word =
                    |t: &Token| matches!(t.lower.as_str(), "and" | "the" | "," | "'s") || t.is_capitalized();
                let broker = |m: &Mention| {
                    // ("African Union-brokered talks": a name glued to the participle)
                    let glued = tokens.get(m.tokens.end).is_some_and(|t| t.norm == "-" && !t.space_before)
                        && tokens.get(m.tokens.end + 1).is_some_and(|t| {
                            !t.space_before
                                && matches!(t.lower.as_str(), "brokered" | "mediated" | "facilitated" | "sponsored")
                        });
                    if glued {
                        return true;
                    }
                    let from = m.tokens.start.saturating_sub(12);
                    let Some(by) = (from..m.tokens.start)
                        .rev()
                        .take_while(|&k| tokens[k].lower == "by" || name_word(&tokens[k]))
                        .find(|&k| tokens[k].lower == "by")
                    else {
                        return false;
                    };
                    let brokered = by > 0
                        && matches!(
                            tokens[by - 1].lower.as_str(),
                            "brokered" | "mediated" | "facilitated" | "sponsored" | "arranged"
                        );
                    // the list ends in a verb: only its first name is the broker's
                    let end = sentences.get(m.sentence).map_or(m.tokens.end, |x| x.tokens.end);
                    let mut e = m.tokens.end;
                    while e < end && e < m.tokens.end + 12 && name_word(&tokens[e]) {
                        e += 1;
                    }
                    let clause = tokens.get(e).is_some_and(|t| {
                        e < end
                            && t.is_word()
                            && !t.is_capitalized()
                            && !matches!(
                                t.lower.as_str(),
                                "in" | "on" | "at" | "for" | "to" | "of" | "with" | "as" | "between"
                            )
                    });
                    let first = m.tokens.start == by + 1 || m.tokens.start == by + 2 && tokens[by + 1].lower == "the";
                    brokered && (first || !clause)
                };
                // (nor one who offers or goes on to mediate: "Rohan and Angmar have offered to
                // mediate")
                let mediator = |m: &Mention| {
                    let end = sentences.get(m.sentence).map_or(m.tokens.end, |x| x.tokens.end);
                    let mediates = |k: usize| {
                        matches!(
                            tokens[k].lower.as_str(),
                            "mediate" | "mediated" | "mediates" | "mediating" | "broker" | "brokered" | "brokers"
                        )
                    };
                    // (its own verb: past the names joined to it and the words of intent)
                    // (names first, then words of intent: not "Arnor and Gondor agreed to have Rohan
                    // mediate")
                    let mut names = true;
                    (m.tokens.end..(m.tokens.end + 10).min(end))
                        .take_while(|&k| {
                            let name =
                                tokens[k].is_capitalized() || matches!(tokens[k].lower.as_str(), "and" | "the" | "'s");
                            names &= name;
                            mediates(k)
                                || name && names
                                || matches!(
                                    tokens[k].lower.as_str(),
                                    "have"
                                        | "has"
                                        | "had"
                                        | "will"
                                        | "would"
                                        | "could"
                                        | "offered"
                                        | "offer"
                                        | "offers"
                                        | "agreed"
                                        | "to"
                                        | "also"
                                        | "jointly"
                                )
                        })
                        .any(mediates)
                };
                // (the sides of a fight or of talks may be a state and an armed group or a
                // body of no state, joined by "and": "The army of Arnor and the Dunland Front
                // clashed")
                // (a state that brokered or mediated in the sentences read is a third party
                // there too: "a ceasefire that Rohan brokered. Rohan and Angmar offered
                // officers. … pressed both governments")
                // (unless they fight or clash in the sentence read: "Rohan and Angmar have since
                // gone to war")
                // (read near the phrase: the last 200 words of each sentence, at most)
                let near = |r: std::ops::Range<usize>| r.end.saturating_sub(200).max(r.start)..r.end;
                let r = sentences[back].tokens.clone();
                let fighting = near(r.start..if back == si { a.max(r.start) } else { r.end }).any(|k| {
                    matches!(
                        tokens[k].lower.as_str(),
                        "war" | "fought" | "fight" | "fighting" | "clashed" | "clashes" | "battled" | "invaded"
                    )
                });
                // (the brokers are read once per phrase, whichever sentence is read)
                let brokers = (!fighting).then(|| {
                    brokers_read.get_or_init(|| {
                        (si.saturating_sub(5)..=si)
                            .flat_map(|b| {
                                let ms = &by_sentence[b];
                                let upto =
                                    if b == si { ms.partition_point(|&k| mentions[k].end <= start) } else { ms.len() };
                                ms[upto.saturating_sub(40)..upto].iter().map(|&k| &mentions[k])
                            })
                            .filter(|m| m.end <= start && (broker(m) || mediator(m)))
                            .map(|m| m.entity.as_str())
                            .collect()
                    })
                });
                let mut sides: Vec<usize> = Vec::new();
                for &k in &by_sentence[back] {
                    let m = &mentions[k];
                    if m.end <= start
                        && !former(m)
                        && post_fits(m)
                        && !brokers.is_some_and(|b| b.contains(m.entity.as_str()))
                        && m.form != MentionForm::Pronoun
                        && !place(m)
                        && !owner(m)
                        && !broker(m)
                        && !mediator(m)
                        // (nor a news agency's credit: "ADDIS ABABA, Feb 9 (AP) -")
                        && !(m.tokens.start > 0
                            && tokens[m.tokens.start - 1].norm == "("
                            && tokens.get(m.tokens.end).is_some_and(|t| t.norm == ")"))
                    {
                        if m.node_type == kind && !seen.iter().any(|&x| mentions[x].entity == m.entity) {
                            seen.push(k);
                        }
                        let side = m.node_type == kind
                            || kind == NodeType::Country
                                && m.node_type == NodeType::Organization
                                && !m.nested
                                && matches!(tokens[noun].lower.as_str(), "sides" | "parties");
                        if side {
                            sides.push(k);
                        }
                    }
                }
                // (… where the two act together as the subject of a fight or of talks)
                // (past an acronym in brackets and the group's kind: "the National Liberation
                // Army (ELN) rebel group agreed")
                let back_end = sentences[back].tokens.end;
                let acting = |k: usize| {
                    (k..(k + 6).min(back_end.max(k)))
                        .take_while(|&j| !matches!(tokens[j].norm.as_str(), "," | "." | ";"))
                        .any(|j| {
                            matches!(
                                tokens.get(j).map_or("", |t| t.lower.as_str()),
                                "clashed"
                                    | "fought"
                                    | "battled"
                                    | "met"
                                    | "negotiated"
                                    | "signed"
                                    | "agreed"
                                    | "exchanged"
                                    | "traded"
                                    | "held"
                                    | "observed"
                            )
                        })
                };
                let mixed = sides.windows(2).find(|w| {
                    let (a, b) = (&mentions[w[0]], &mentions[w[1]]);
                    // (past a state's own body: "Colombia's government and the ELN")
                    let mut e = a.tokens.end + usize::from(a.possessive);
                    if tokens.get(e).is_some_and(|t| {
                        matches!(t.lower.as_str(), "government" | "army" | "military" | "forces" | "authorities")
                    }) {
                        e += 1;
                    }
                    // (or a pair "between" whom something was held: "which has hosted talks
                    // between Riyadh and the Houthis, has mediated between the two sides")
                    let s = a.tokens.start;
                    let between = s > 0
                        && (tokens[s - 1].lower == "between"
                            || s > 1 && tokens[s - 1].lower == "the" && tokens[s - 2].lower == "between");
                    (a.node_type == kind) != (b.node_type == kind)
                        && a.entity != b.entity
                        && e < b.tokens.start
                        && b.tokens.start - e <= 2
                        && tokens[e].lower == "and"
                        && (acting(b.tokens.end) || between)
                });
                if let (Some(w), true) = (mixed, seen.len() < 2) {
                    pair = Some([w[0], w[1]]);
                    break;
                }
                // (… or a state and a body of no state in a sentence of blows or a truce
                // between them: "The Arnorian military said it had hit Dunland Front fighters.
                // The White Council called on both sides to accept the proposal")
                let blows = || {
                    near(r.clone()).any(|k| {
                        matches!(
                            tokens[k].lower.as_str(),
                            "hit"
                                | "struck"
                                | "strikes"
                                | "attacked"
                                | "shelled"
                                | "bombed"
                                | "killed"
                                | "war"
                                | "fighting"
                                | "clashed"
                                | "clashes"
                                | "fought"
                                | "ceasefire"
                                | "truce"
                        )
                    })
                };
                if seen.len() == 1 && matches!(tokens[noun].lower.as_str(), "sides" | "parties") && blows() {
                    let state = &mentions[seen[0]];
                    // (the group nearest the state, not the one that reports the blows: "The
                    // White Council said Gondor's army killed ten Dunland Front fighters")
                    let group = sides
                        .iter()
                        .copied()
                        .filter(|&k| {
                            let m = &mentions[k];
                            // (a group of the state's own that fights it is a side too: "the
                            // paramilitary Rapid Support Forces")
                            let rebel = m.tokens.start > 0
                                && matches!(
                                    tokens[m.tokens.start - 1].lower.as_str(),
                                    "paramilitary" | "rebel" | "insurgent" | "militant" | "separatist"
                                );
                            m.node_type == NodeType::Organization
                                && !m.possessive
                                && (rebel || m.country.as_ref().is_none_or(|c| *c != state.entity))
                                && !tokens
                                    .get(m.tokens.end)
                                    .is_some_and(|t| matches!(t.lower.as_str(), "said" | "says"))
                        })
                        .min_by_key(|&k| mentions[k].start.abs_diff(state.start));
                    if let Some(g) = group {
                        pair = Some(if mentions[g].start < state.start { [g, seen[0]] } else { [seen[0], g] });
                        // (kept against the story's most-named pair of states read below)
                        reused = true;
                        break;
                    }
                }
                if seen.len() >= 2 {
                    // two joined by "and" are the pair ("U.S. Secretary X said he had spoken
                    // with Pakistani Prime Minister Y and Indian Prime Minister Z"); else the
                    // first two named
                    let joined = seen.windows(2).find(|w| {
                        let (a, b) = (&mentions[w[0]], &mentions[w[1]]);
                        a.tokens.end <= b.tokens.start
                            && b.tokens.start - a.tokens.end <= 8
                            && tokens[a.tokens.end..b.tokens.start].iter().any(|t| t.lower == "and")
                            && tokens[a.tokens.end..b.tokens.start]
                                .iter()
                                .all(|t| t.is_word() || matches!(t.norm.as_str(), "." | "-" | "'s"))
                    });
                    pair = Some(joined.map_or([seen[0], seen[1]], |w| [w[0], w[1]]));
                    break;
                }
            }
            // ("… Arnorian Vice President X, who was visiting Gondor, condemned the attack.
            // Angmar called on both sides to exercise restraint": the sides a third party addresses
            // are the two states the story names most over its last twenty sentences, when
            // two stand out; a pair phrase read before still names its pair)
            // (… and so are the sides "between the two neighbours" when no sentence before
            // names two: "strikes in Afghanistan's Khost province")
            let pair = if (addressed || between && pair.is_none()) && kind == NodeType::Country && !reused {
                let from = mentions.partition_point(|m| m.sentence + 20 < si);
                let until = mentions.partition_point(|m| m.end <= start).max(from);
                // (the one who speaks is no side: the sentence's first state, not a possessor;
                // a state named in its relative clause or apposition may be one, "The United
                // States, which has deepened ties with India, called on both countries")
                let speakers: Vec<&str> = mentions[from..until]
                    .iter()
                    .filter(|m| m.sentence == si && m.node_type == NodeType::Country && !m.possessive)
                    .take(1)
                    .map(|m| m.entity.as_str())
                    .collect();
                let mut counts: BTreeMap<&str, (usize, Option<usize>)> = BTreeMap::new();
                for (k, m) in mentions[from..until].iter().enumerate() {
                    // (a capital named as a place counts for its state: "CARACAS, Nov 24 -";
                    // and the lead's states count twice: it names the story's sides)
                    let state = match m.node_type {
                        NodeType::Country => Some(m.entity.as_str()),
                        NodeType::Location if m.rule == "gazetteer-capital-as-place" => m.country.as_deref(),
                        _ => None,
                    };
                    let Some(state) = state else { continue };
                    if m.form != MentionForm::Pronoun && !m.nested && !speakers.contains(&state) {
                        let c = counts.entry(state).or_insert((0, None));
                        c.0 += if m.sentence == 0 { 2 } else { 1 };
                        if m.node_type == NodeType::Country {
                            c.1 = Some(from + k);
                        }
                    }
                }
                // (a pair stands for mentions of the states themselves; a state named only
                // by its capital still counts against a tie)
                let mut ranked: Vec<(usize, Option<usize>)> = counts.values().copied().collect();
                ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                match ranked.as_slice() {
                    [(_, Some(a)), (nb, Some(b)), rest @ ..] if *nb >= 2 && rest.first().is_none_or(|c| c.0 < *nb) => {
                        Some(if a < b { [*a, *b] } else { [*b, *a] })
                    }
                    _ => pair,
                }
            } else {
                pair
            };
            // (no states found: the people read as "the two" before are the sides, "Tom
            // Brand and Mary Holt met. The two agreed … Rohan urged the two sides")
            let pair = pair.or_else(|| {
                (kind == NodeType::Country)
                    .then(|| {
                        pairs_read
                            .iter()
                            .rev()
                            .take_while(|(s, _)| s + 5 >= si)
                            .find(|(_, p)| mentions[p[0]].node_type == NodeType::Person)
                            .map(|&(_, p)| p)
                    })
                    .flatten()
            });
            let Some(pair) = pair else { continue };
            pairs_read.push((si, pair));
            extra.extend(standing_for_group(tokens, &[&mentions[pair[0]], &mentions[pair[1]]], a, noun, si));
        }
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

/// What a bare "the two" stands for: the last two people named before `start`, in
/// its sentence or the two before it (a bare "the two" after states is left alone:
/// "the two countries" names them); by their mentions in text order.
fn bare_pair(mentions: &[Mention], si: usize, start: usize) -> Option<(NodeType, [usize; 2])> {
    let until = mentions.partition_point(|m| m.start < start);
    let mut people: Vec<usize> = Vec::new();
    for k in (0..until).rev() {
        let m = &mentions[k];
        if m.sentence + 2 < si || people.len() >= 2 {
            break;
        }
        // (pronouns are bound after pairs)
        if m.form == MentionForm::Pronoun || m.nested || m.node_type != NodeType::Person || m.rule.starts_with("pair-")
        {
            continue;
        }
        if !people.iter().any(|&x| mentions[x].entity == m.entity) {
            people.push(k);
        }
    }
    (people.len() >= 2).then(|| (NodeType::Person, [people[1], people[0]]))
}

/// "the three countries", "all three governments" at `i`: the three states named last in
/// one list ("Gondor, Arnor and Rohan signed a pact. Angmar accused the three countries
/// …"), in the phrase's sentence before it or the two sentences before. The phrase becomes
/// a `title` mention of each, the second and third nested (rule `pair-second`).
fn resolve_trio(
    tokens: &[Token],
    sentences: &[Sentence],
    mentions: &[Mention],
    si: usize,
    i: usize,
) -> Option<Vec<Mention>> {
    let s = sentences.get(si)?;
    if i == s.tokens.start || !matches!(tokens[i - 1].lower.as_str(), "the" | "all") {
        return None;
    }
    let noun = i + 1;
    if noun >= s.tokens.end || pair_noun(&tokens[noun].lower) != Some(NodeType::Country) {
        return None;
    }
    let start = tokens[i - 1].start;
    let until = mentions.partition_point(|m| m.end <= start);
    let from = mentions[..until].partition_point(|m| m.sentence + 2 < si);
    // the last list of three states: each joined to the next by a comma or "and"
    // (the last dozen only: a long text names many)
    let mut states: Vec<usize> = (from..until)
        .rev()
        .filter(|&k| {
            mentions[k].node_type == NodeType::Country
                && !mentions[k].nested
                && mentions[k].form != MentionForm::Pronoun
        })
        .take(12)
        .collect();
    states.reverse();
    let listed = |a: &Mention, b: &Mention| {
        a.sentence == b.sentence
            && a.tokens.end <= b.tokens.start
            && b.tokens.start - a.tokens.end <= 2
            && tokens[a.tokens.end..b.tokens.start].iter().all(|t| matches!(t.lower.as_str(), "," | "and" | "the"))
    };
    let trio = states
        .windows(3)
        .enumerate()
        .rev()
        .find(|&(at, w)| {
            let (a, b, c) = (&mentions[w[0]], &mentions[w[1]], &mentions[w[2]]);
            listed(a, b)
            && listed(b, c)
            && a.entity != b.entity
            && b.entity != c.entity
            && a.entity != c.entity
            && tokens[b.tokens.end..c.tokens.start].iter().any(|t| t.lower == "and")
            // (no fourth in the list: "Gondor, Arnor, Rohan and Angmar")
            && !at.checked_sub(1).is_some_and(|p| listed(&mentions[states[p]], a))
        })
        .map(|(_, w)| w)?;
    let members: Vec<&Mention> = trio.iter().map(|&x| &mentions[x]).collect();
    Some(standing_for_group(tokens, &members, i - 1, noun, si))
}

/// The mentions a group phrase ("the two countries", "the three countries") at `a..=noun`
/// stands for: a `title` mention of each member, the first with rule `pair-first` and
/// the others nested with `pair-second`, so that relation rules read the group through
/// the first; a state's also names its country.
fn standing_for_group(tokens: &[Token], members: &[&Mention], a: usize, noun: usize, si: usize) -> Vec<Mention> {
    let possessive = tokens.get(noun + 1).is_some_and(|t| t.lower == "'s" || t.norm == "'");
    members
        .iter()
        .enumerate()
        .map(|(k, m)| {
            let rule = if k == 0 { "pair-first" } else { "pair-second" };
            let mut x = m.standing_for(tokens, a..noun + 1, si, rule, possessive, k > 0);
            if m.node_type == NodeType::Country {
                x.country = Some(m.entity.clone());
            }
            x
        })
        .collect()
}

/// What a pair noun stands for: "the two countries" for two states, "the two
/// leaders" for two people.
fn pair_noun(noun: &str) -> Option<NodeType> {
    match noun {
        "countries" | "nations" | "sides" | "governments" | "states" | "neighbours" | "neighbors" => {
            Some(NodeType::Country)
        }
        "leaders" | "presidents" | "ministers" | "premiers" | "men" | "women" => Some(NodeType::Person),
        _ => None,
    }
}
