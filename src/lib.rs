//! # newsgraph
//!
//! Turn news articles into knowledge graphs: who is who (people, countries,
//! organisations, places and their roles) and who did what to whom (meets,
//! threatens, attacks, …), with the sentence that proves every edge.
//!
//! ```
//! use newsgraph::{Document, Pipeline, export::Format};
//!
//! let pipeline = Pipeline::new();
//! let doc = Document::new("doc-1", "Iran's Foreign Minister Ali Rezaei met with Oman's foreign minister in Muscat.");
//! let graph = pipeline.extract(&[doc]);
//! assert!(graph.node("country:IRN").is_some());
//! let json = newsgraph::export::to_string(&graph, Format::Json);
//! assert!(json.starts_with("{\n  \"schema\": \"newsgraph/1\""));
//! ```
//!
//! The stages, each a module with a small trait: [`text`] (tokens and
//! sentences) → [`mention`] ([`mention::MentionFinder`]) → [`resolve`]
//! ([`resolve::Resolver`]) → [`relation`] ([`relation::RelationExtractor`])
//! → [`graph::KnowledgeGraph`] → [`export`]. Dictionaries and cue tables
//! are data files ([`lexicon`], [`gazetteer`]).

pub mod dyads;
pub mod error;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod input;
pub mod lexicon;
pub mod mention;
pub mod relation;
pub mod resolve;
pub mod text;
pub mod time;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde_json::Value;

pub use error::{Error, Result};
pub use graph::KnowledgeGraph;
pub use input::Document;

use graph::{Edge, Evidence, MentionForm, Node, NodeType, Relation};
use lexicon::Lexicon;
use mention::{Mention, MentionFinder, RuleFinder};
use relation::{Found, RelationExtractor, RuleExtractor};
use resolve::{Resolver, RuleResolver};

/// What the pipeline loads besides its built-in data.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// User gazetteer files (TSV), applied in order after the built-in ones.
    pub gazetteers: Vec<PathBuf>,
    /// User cue files (TSV, the columns of the built-in `cues.tsv`).
    pub cues: Vec<PathBuf>,
}

/// Everything the pipeline found in one document, before graph building.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub tokens: Vec<text::Token>,
    pub sentences: Vec<text::Sentence>,
    pub mentions: Vec<Mention>,
    pub relations: Vec<Found>,
}

/// The extraction pipeline: built once, then run over any number of documents.
#[derive(Debug, Clone)]
pub struct Pipeline {
    lexicon: Lexicon,
}

impl Default for Pipeline {
    fn default() -> Self {
        Self::new()
    }
}

impl Pipeline {
    /// A pipeline with the built-in dictionaries and cue tables.
    pub fn new() -> Pipeline {
        Pipeline { lexicon: Lexicon::builtin() }
    }

    /// A pipeline with the built-in data plus the user files of `config`.
    pub fn with_config(config: &Config) -> Result<Pipeline> {
        let mut lexicon = Lexicon::builtin();
        for path in &config.gazetteers {
            lexicon.add_gazetteer(path)?;
        }
        for path in &config.cues {
            lexicon.add_cues(path)?;
        }
        Ok(Pipeline { lexicon })
    }

    /// A pipeline over a lexicon built by the caller.
    pub fn from_lexicon(lexicon: Lexicon) -> Pipeline {
        Pipeline { lexicon }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Run the stages over one text.
    pub fn analyze(&self, text: &str) -> Analysis {
        let tokens = text::tokenize(text);
        let sentences = text::sentences(text, &tokens);
        let finder = RuleFinder { lex: &self.lexicon };
        let mut mentions = finder.find(text, &tokens, &sentences);
        RuleResolver { lex: &self.lexicon }.resolve(text, &tokens, &sentences, &mut mentions);
        scope_bodies(&self.lexicon, &tokens, &mut mentions);
        home_congress(&self.lexicon, &tokens, &mut mentions);
        scope_generic_parties(&self.lexicon, text, &tokens, &mut mentions);
        namesake_states(&self.lexicon, text, &mut mentions);
        indigenous_peoples(text, &mut mentions);
        story_state_bodies(&self.lexicon, &tokens, &sentences, &mut mentions);
        bodies_named_again(&tokens, &sentences, &mut mentions);
        groups_named_again(&tokens, &sentences, &mut mentions);
        unnamed_administrations(&tokens, &sentences, &mut mentions);
        let mut relations = RuleExtractor { lex: &self.lexicon }.extract(text, &tokens, &sentences, &mentions);
        administrations(&self.lexicon, &tokens, &mentions, &mut relations);
        Analysis { tokens, sentences, mentions, relations }
    }

    /// The graph of one document.
    pub fn extract_document(&self, doc: &Document) -> KnowledgeGraph {
        let analysis = self.analyze(&doc.text);
        let mut g = KnowledgeGraph::new();
        g.add_document(doc.info());
        build_graph(&self.lexicon, doc, &analysis, &mut g);
        g
    }

    /// One merged graph of all `docs`, in input order.
    ///
    /// Documents are analysed in parallel, in chunks, and merged in input
    /// order, so the result does not depend on the number of threads
    /// (`RAYON_NUM_THREADS` sets it; 1 runs everything on one core).
    pub fn extract(&self, docs: &[Document]) -> KnowledgeGraph {
        use rayon::prelude::*;
        let mut g = KnowledgeGraph::new();
        for chunk in docs.chunks(256) {
            let graphs: Vec<KnowledgeGraph> = chunk.par_iter().map(|d| self.extract_document(d)).collect();
            for dg in graphs {
                g.merge(dg);
            }
        }
        merge_surnames(&self.lexicon, &mut g);
        g.finish();
        g
    }
}

/// "Oman's Foreign Ministry" is Oman's, not every country's: a body named
/// by a generic head word ("Foreign Ministry", "Ministry of Defence") right after
/// a country becomes that country's, and bare repeats of its name in the
/// document join the one named last before them.
fn scope_bodies(lex: &Lexicon, tokens: &[text::Token], mentions: &mut [Mention]) {
    // "the Pakistani Foreign Office", "Germany's Foreign Office": a listed body of one
    // state named by a generic two-word name right after another state is that state's
    // (… and a bare repeat after it is the same body: "a spokesman for the Foreign Office")
    // (entry, id, label, state, the words it was named by)
    let mut renamed: Vec<(usize, String, String, String, String)> = Vec::new();
    let words = |m: &Mention| tokens[m.tokens.clone()].iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ");
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if let Some((_, id, label, state, _)) = renamed.iter().rev().find(|r| Some(r.0) == m.entry && r.4 == words(m)) {
            // (not a one-word name in a sentence that names the listed body's own state: "In
            // Washington, Congress delayed a vote")
            let listed = m.entry.and_then(|e| lex.gazetteer.entry(e).country.clone());
            let own_state_near = m.tokens.len() == 1
                && mentions[i.saturating_sub(6)..i].iter().any(|x| {
                    x.sentence == m.sentence
                        && listed.as_ref().is_some_and(|c| x.entity == *c || x.country.as_ref() == Some(c))
                });
            if matches!(m.tokens.len(), 1 | 2) && !own_state_near && mention::state_before(mentions, i).is_none() {
                let (id, label, state) = (id.clone(), label.clone(), state.clone());
                let m = &mut mentions[i];
                m.entity = id;
                m.label = label;
                m.entry = None;
                m.country = Some(state);
                continue;
            }
        }
        // (… or after it: "the Royal Navy of Arnor")
        let of_after = || {
            mentions[i + 1..mentions.len().min(i + 4)].iter().find(|p| {
                p.node_type == NodeType::Country
                    && p.tokens.start == m.tokens.end + 1
                    && tokens[m.tokens.end].lower == "of"
            })
        };
        let Some(p) = m.entry.and(mention::state_before(mentions, i).or_else(of_after)) else { continue };
        // ("the centrist Nepali Congress party": a party named by a nationality and a
        // body's word is the party, no body of the state)
        let party = m.tokens.len() == 1
            && tokens.get(m.tokens.end).is_some_and(|t| t.lower == "party")
            && p.form == MentionForm::Demonym
            && p.tokens.end == m.tokens.start;
        if party {
            let label = format!("{} {}", words(p), words(m));
            let m = &mut mentions[i];
            m.entity = format!("organization:{}", gazetteer::slug(&label));
            m.label = label;
            m.entry = None;
            m.country = None;
            continue;
        }
        // (or by a one-word one: "Guatemala's Congress" is not the U.S. Congress)
        // (not a party so named: "the centrist Nepali Congress party")
        let one_word = m.tokens.len() == 1
            && tokens.get(m.tokens.end).is_none_or(|t| t.lower != "party")
            && (p.possessive || p.tokens.start > 0 && tokens[p.tokens.start - 1].lower == "the");
        let listed_elsewhere = m.node_type == NodeType::Organization
            && (m.tokens.len() == 2 || one_word)
            && lex.is_state_head(&tokens[m.tokens.end - 1].lower)
            && m.entry.is_some_and(|e| {
                let country = lex.gazetteer.entry(e).country.as_deref();
                country.is_some() && Some(p.entity.as_str()) != country
            });
        // (the same body named with its own state again is the listed one, and so are its
        // bare repeats after that: "the British Foreign Office … the Foreign Office")
        if !listed_elsewhere {
            let e = m.entry;
            renamed.retain(|r| Some(r.0) != e);
            continue;
        }
        let base = words(m);
        let label = format!("{} {base}", p.label);
        let state = p.entity.clone();
        let id = format!("organization:{}", gazetteer::slug(&label));
        // (one entry per body and words: a long text names the same body again and again)
        renamed.retain(|r| Some(r.0) != m.entry || r.4 != base);
        renamed.extend(m.entry.map(|e| (e, id.clone(), label.clone(), state.clone(), base.clone())));
        let m = &mut mentions[i];
        m.entity = id;
        m.label = label;
        m.entry = None;
        m.country = Some(state);
    }
    // (mention index, bare name, id, label, country), in text order
    let mut scoped: Vec<(usize, String, String, String, String)> = Vec::new();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        // "Foreign Ministry" (head word last) or "Ministry of Defence" (head word first)
        // (or a centre of a field of work: "the Gondorian National Cyber Security Centre")
        let state_head = m.rule == "name-head-word" && lex.is_state_head(&tokens[m.tokens.end - 1].lower)
            || m.rule == "field-centre";
        let head_last = state_head && m.tokens.len() <= 3;
        let head_first = matches!(m.rule, "head-of-pattern" | "head-for-pattern")
            && m.tokens.len() <= 6
            && (lex.is_state_head(&tokens[m.tokens.start].lower)
                    // (past an adjective: "State Committee for National Security")
                    || m.rule == "head-for-pattern" && lex.is_state_head(&tokens[m.tokens.start + 1].lower));
        if m.node_type != NodeType::Organization || m.entry.is_some() || !(state_head || head_first) {
            continue;
        }
        // the state named before the body, or the capital it is in: "the Foreign Ministry
        // in Beijing said"
        // (only a generic name after its capital: "the Catholic Information Office in
        // Nairobi" is no state body)
        let generic = head_first || head_last && m.tokens.len() <= 2;
        let before = mention::state_before(mentions, i);
        // (or the state named after it: "the Ministry of Foreign Affairs of Gondor")
        // (a ministry's, a department's or an armed service's, "the Royal Navy of Arnor",
        // not "the Rubber Board of India": that is its name)
        let ministry = tokens[m.tokens.clone()].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "ministry" | "department" | "army" | "navy" | "police" | "guard" | "force" | "forces"
            )
        });
        let after = mentions.get(i + 1).filter(|p| {
            generic
                && ministry
                && p.node_type == NodeType::Country
                && p.tokens.start == m.tokens.end + 1
                && tokens[m.tokens.end].lower == "of"
        });
        // (or the state "its" stands for: "North Korea fired a missile. Its Foreign Ministry
        // accused Seoul": the last state named before, in its sentence or the one before,
        // that no preposition governs)
        let its = || {
            if !(generic && m.tokens.start > 0 && tokens[m.tokens.start - 1].lower == "its") {
                return None;
            }
            // (a body named last is what "its" stands for: "the Council of Europe … its
            // Parliamentary Assembly")
            mentions[..i]
                .iter()
                .rev()
                .take(40)
                .take_while(|p| p.sentence + 1 >= m.sentence)
                .find(|p| {
                    matches!(p.node_type, NodeType::Country | NodeType::Organization)
                        && !p.nested
                        && p.form != MentionForm::Pronoun
                        && (p.tokens.start == 0
                            || !matches!(
                                tokens[p.tokens.start - 1].lower.as_str(),
                                "in" | "to" | "from" | "at" | "into" | "on" | "against" | "with" | "of" | "by"
                            ))
                })
                .filter(|p| p.node_type == NodeType::Country)
        };
        // (a capital that is part of the name keeps its own words: "the Abu Dhabi
        // Investment Authority" is not a federal body)
        let state = before
            .or(after)
            .or_else(its)
            .map(|p| {
                let glued =
                    !ministry && p.form == MentionForm::Capital && !p.possessive && p.tokens.end == m.tokens.start;
                let label = if glued { words(p) } else { p.label.clone() };
                (label, p.entity.clone())
            })
            .or_else(|| generic.then(|| capital_after(lex, tokens, mentions, i)).flatten());
        let Some((state_label, state)) = state else { continue };
        // "Beijing's Taiwan Affairs Office", "the Mainland Affairs Council": a state named
        // right before "Affairs" is the body's topic; the body is its possessor's, if named
        let topic = before
            .filter(|p| tokens[m.tokens.start].lower == "affairs" && !p.possessive && p.tokens.end == m.tokens.start);
        if let Some(topic) = topic {
            let owner = mentions[i.saturating_sub(4)..i].iter().rev().find(|p| {
                p.node_type == NodeType::Country
                    && p.possessive
                    && p.entity != topic.entity
                    && p.tokens.end + 1 == topic.tokens.start
            });
            let label = format!("{} {}", topic.label, m.label);
            let id = format!("organization:{}", gazetteer::slug(&label));
            let country = owner.map(|p| p.entity.clone());
            let m = &mut mentions[i];
            m.label = label;
            m.entity = id;
            m.country = country;
            continue;
        }
        // a longer name is the body's own ("Britain's Competition and Markets Authority"):
        // it is that state's, under its own name
        if !(head_last || head_first) {
            mentions[i].country = Some(state);
            continue;
        }
        let base = m.label.clone();
        let label = format!("{state_label} {base}");
        let id = format!("organization:{}", gazetteer::slug(&label));
        scoped.push((i, base, id, label, state));
    }
    if scoped.is_empty() {
        return;
    }
    // a bare repeat is the body of the state named with it last before it (or, before
    // any, first after it): "Gondor's Foreign Ministry … Arnor's Foreign Ministry … the
    // Foreign Ministry" is Arnor's
    // (the scoped bodies of each bare name, in text order: a long text names many)
    let mut by_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, x) in scoped.iter().enumerate() {
        by_name.entry(x.1.as_str()).or_default().push(k);
    }
    for (i, m) in mentions.iter_mut().enumerate() {
        if m.node_type != NodeType::Organization || m.entry.is_some() {
            continue;
        }
        let Some(list) = by_name.get(m.label.as_str()) else { continue };
        let before = list.partition_point(|&k| scoped[k].0 <= i);
        let pick = before.checked_sub(1).map_or(list.first(), |b| list.get(b)).map(|&k| &scoped[k]);
        if let Some((_, _, id, label, country)) = pick {
            m.entity = id.clone();
            m.label = label.clone();
            m.country = Some(country.clone());
        }
    }
}

/// The state whose capital a body is said to be in, right after its name: "the Foreign
/// Ministry in Beijing" is China's (label and id of the state).
fn capital_after(lex: &Lexicon, tokens: &[text::Token], mentions: &[Mention], i: usize) -> Option<(String, String)> {
    let g = &lex.gazetteer;
    let mut k = mentions[i].tokens.end;
    // (or its spokesman's place of speaking: "Foreign Ministry spokesman Zhang Wei said in
    // Beijing"; past a post's words and a name to the verb of saying)
    if tokens.get(k).is_some_and(|t| t.lower != "in") {
        let said = (k..(k + 8).min(tokens.len())).take_while(|&q| tokens[q].is_word()).find(|&q| {
            matches!(tokens[q].lower.as_str(), "said" | "says" | "told")
                && tokens.get(q + 1).is_some_and(|t| t.lower == "in")
        });
        // (the words before the verb: a post of speaking and a person's name)
        let spoke = said.is_some_and(|q| {
            matches!(tokens[k].lower.as_str(), "spokesman" | "spokeswoman" | "spokesperson")
                && mentions[i + 1..].iter().take_while(|p| p.tokens.start < q).all(|p| p.node_type == NodeType::Person)
        });
        match said {
            Some(q) if spoke => k = q + 1,
            _ => return None,
        }
        // (only where the words said name that state: "said in Beijing that China opposes";
        // a spokesman abroad speaks in another state's capital)
        let place = mentions[i + 1..]
            .iter()
            .take_while(|p| p.tokens.start <= k + 1)
            .find(|p| p.tokens.start == k + 1 && p.node_type == NodeType::Location)?;
        let state = place.country.as_deref()?;
        let sentence = mentions[i].sentence;
        // (the words said, within twenty names)
        if !mentions[i + 1..]
            .iter()
            .take_while(|p| p.sentence == sentence)
            .take(20)
            .any(|p| p.tokens.start > place.tokens.start && p.node_type == NodeType::Country && p.entity == state)
        {
            return None;
        }
    }
    if tokens.get(k).is_none_or(|t| t.lower != "in") {
        return None;
    }
    // (mentions are in text order: the search ends past the word after "in")
    let place = mentions[i + 1..]
        .iter()
        .take_while(|p| p.tokens.start <= k + 1)
        .find(|p| p.tokens.start == k + 1 && p.node_type == NodeType::Location)?;
    // (a capital the gazetteer lists only as its country's capital has no city entry)
    if !mention::names_capital(g, place) {
        return None;
    }
    let country = g.entry(g.find_id(place.country.as_deref()?)?);
    Some((country.label.clone(), country.id.clone()))
}

/// "Lam Cheuk-ting from the Democratic Party" in a Hong Kong story is no member of the
/// United States' Democratic Party: a party named only by common political words is
/// the listed one where the story names that party's country, and otherwise the party
/// of the state the story names most, under that state's name and with no identifier.
fn scope_generic_parties(lex: &Lexicon, text: &str, tokens: &[text::Token], mentions: &mut [Mention]) {
    const COMMON: &[&str] = &[
        "democratic",
        "democrats",
        "labour",
        "labor",
        "conservative",
        "liberal",
        "republican",
        "national",
        "socialist",
        "communist",
        "green",
        "greens",
        "people's",
        "peoples",
        "workers'",
        "progressive",
        "unity",
        "free",
        "social",
        "christian",
        "united",
        "new",
        "reform",
        "party",
        "the",
        "of",
    ];
    let g = &lex.gazetteer;
    let generic = |m: &Mention| {
        m.node_type == NodeType::Organization
            && m.entry.is_some_and(|e| {
                let e = g.entry(e);
                e.kind == "party" && e.label.split_whitespace().all(|w| COMMON.contains(&w.to_lowercase().as_str()))
            })
    };
    if !mentions.iter().any(generic) {
        return;
    }
    // the states the story names, with how often (places count for their state); and
    // the places of no listed state ("Hong Kong")
    let mut named: BTreeMap<&str, usize> = BTreeMap::new();
    let mut stateless: BTreeMap<&str, usize> = BTreeMap::new();
    // (the states of the territories named: "the Scottish parliament" names Britain for its
    // parties, though Scotland counts as its own place below)
    let mut territories_of: BTreeSet<String> = BTreeSet::new();
    for m in mentions.iter().filter(|m| !m.nested) {
        // (a territory with its own politics, "Hong Kong", counts as its own place)
        let territory = m.entry.is_some_and(|e| g.entry(e).kind == "territory");
        if let (true, Some(c)) = (territory, m.country.as_deref()) {
            territories_of.insert(c.to_string());
        }
        // (a dateline's place, "BUCHAREST 1996-08-27", names the story's state: it counts
        // twice, which settles a tie with the state the story is about)
        let dateline = m.node_type == NodeType::Location
            && tokens.get(m.tokens.start).is_some_and(|t| t.is_all_caps())
            && (m.start == 0 || text[..m.start].ends_with('\n'));
        match (m.node_type, m.country.as_deref()) {
            (NodeType::Country, _) => *named.entry(m.entity.as_str()).or_default() += 1,
            (NodeType::Location, Some(c)) if !territory => {
                *named.entry(c).or_default() += 1 + usize::from(dateline);
            }
            (NodeType::Location, _) if m.entry.is_some() => *stateless.entry(m.label.as_str()).or_default() += 1,
            _ => {}
        }
    }
    let top = |counts: &BTreeMap<&str, usize>| {
        counts.iter().max_by_key(|(c, n)| (**n, std::cmp::Reverse(**c))).map(|(c, n)| (c.to_string(), *n))
    };
    // (a place of no listed state named as often as any state scopes the party: "Hong
    // Kong", more than the "Beijing" of "pro-Beijing")
    let (most, place) = match (top(&named), top(&stateless)) {
        (Some((_, n)), Some((p, k))) if k >= n => (None, Some(p)),
        (c, p) => (c.map(|x| x.0), p.map(|x| x.0)),
    };
    let named: BTreeSet<String> = named.keys().map(|c| c.to_string()).collect();
    // ("Hong Kong's Democratic Party": the place named right before it; "the Maldivian
    // Democratic Party": the state whose people name it)
    // (asked for the generic parties only, among the mentions of their sentence)
    let owners: Vec<Option<(String, Option<String>)>> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            if !generic(m) {
                return None;
            }
            let p = mentions[..i].iter().rev().take_while(|p| p.sentence == m.sentence).find(|p| {
                p.possessive && p.tokens.end + 1 == m.tokens.start
                    || p.form == MentionForm::Demonym
                        && p.node_type == NodeType::Country
                        && p.tokens.end == m.tokens.start
            })?;
            match p.node_type {
                NodeType::Country => Some((p.label.clone(), Some(p.entity.clone()))),
                NodeType::Location => Some((p.label.clone(), p.country.clone())),
                _ => None,
            }
        })
        .collect();
    // ("Yoshihiko Noda of the Constitutional Democratic Party": a capitalised word the
    // lists do not know, after a lower-case one, opens another party's name)
    let named_before: Vec<bool> = (0..mentions.len())
        .map(|i| {
            let m = &mentions[i];
            let a = m.tokens.start;
            generic(m)
                && a >= 2
                && tokens[a - 1].is_capitalized()
                && !tokens[a - 1].is_all_caps()
                && tokens[a - 2].is_word()
                && !tokens[a - 2].is_capitalized()
                && (i == 0 || mentions[i - 1].tokens.end < a)
        })
        .collect();
    let story_state = most.as_ref().and_then(|c| g.find_id(c)).map(|e| g.entry(e).id.clone());
    for ((m, owner), before) in mentions.iter_mut().zip(owners).zip(named_before) {
        if before {
            let w = &tokens[m.tokens.start - 1];
            let label = format!("{} {}", &text[w.start..w.end], m.label);
            m.entity = format!("organization:{}", gazetteer::slug(&label));
            m.label = label;
            m.entry = None;
            m.start = w.start;
            m.tokens.start -= 1;
            m.country = story_state.clone();
            continue;
        }
        // (an alias that names the country, "British Labour Party", is the listed party)
        let qualified = text
            .get(m.start..m.end)
            .is_some_and(|surface| surface.split_whitespace().count() > m.label.split_whitespace().count());
        if !generic(m) || qualified {
            continue;
        }
        let listed = m.entry.and_then(|e| g.entry(e).country.clone());
        if let Some((scope, state)) = owner.filter(|(_, c)| c.as_ref() != listed.as_ref()) {
            let label = format!("{scope} {}", m.label);
            m.entity = format!("organization:{}", gazetteer::slug(&label));
            m.label = label;
            m.entry = None;
            m.country = state;
            continue;
        }
        // (a party of the state that holds a named territory: "his Conservative Party" in
        // a story of the Scottish parliament; not Hong Kong's parties, whose names no
        // Chinese party shares)
        if listed.as_ref().is_some_and(|c| named.contains(c) || territories_of.contains(c)) {
            continue;
        }
        let scope = match most.as_ref().and_then(|c| g.find_id(c)) {
            Some(e) => Some((g.entry(e).label.clone(), Some(g.entry(e).id.clone()))),
            None => place.clone().map(|p| (p, None)),
        };
        let Some((scope, state)) = scope else { continue };
        let label = format!("{scope} {}", m.label);
        m.entity = format!("organization:{}", gazetteer::slug(&label));
        m.label = label;
        m.entry = None;
        m.country = state;
    }
}

/// A state's short name that its namesake shares: "Congo" is listed as the Republic
/// of the Congo, but a story that otherwise names only the Democratic Republic of the
/// Congo (its capital, a town of it, "Congolese", "DRC") means that one by it.
fn namesake_states(lex: &Lexicon, text: &str, mentions: &mut [Mention]) {
    // (short name, the state it is listed as, the namesake it may mean, the namesake's
    // old names: a story that uses them is of the time when the short name meant the
    // listed state, "Zaire and Congo")
    const NAMESAKES: &[(&str, &str, &str, &[&str])] =
        &[("congo", "country:COG", "country:COD", &["zaire", "zairean", "zaireans"])];
    let g = &lex.gazetteer;
    for (short, listed, namesake, old) in NAMESAKES {
        let bare = |m: &Mention| {
            m.entity == *listed && text.get(m.start..m.end).is_some_and(|t| t.eq_ignore_ascii_case(short))
        };
        if !mentions.iter().any(bare) {
            continue;
        }
        // (a phrase resolved to the state, "Congo's army", "it", names it by no other name)
        let derived = |m: &Mention| matches!(m.form, MentionForm::Title | MentionForm::Pronoun);
        let evidence = |state: &str| {
            mentions
                .iter()
                .any(|m| !bare(m) && !derived(m) && (m.entity == state || m.country.as_deref() == Some(state)))
        };
        let old_name =
            mentions.iter().any(|m| text.get(m.start..m.end).is_some_and(|t| old.contains(&t.to_lowercase().as_str())));
        if !evidence(namesake) || evidence(listed) || old_name {
            continue;
        }
        let Some(e) = g.find_id(namesake) else { continue };
        let entry = g.entry(e);
        for m in mentions.iter_mut().filter(|m| bare(m) || derived(m) && m.entity == *listed) {
            m.entity = entry.id.clone();
            m.label = entry.label.clone();
            m.entry = Some(e);
            m.country = Some(entry.id.clone());
        }
    }
}

/// "LIMA (Reuters) - … sworn in hours later by Congress": a bare "Congress" in a story
/// filed from another state, which names the United States nowhere, is that state's.
fn home_congress(lex: &Lexicon, tokens: &[text::Token], mentions: &mut [Mention]) {
    const US: &str = "country:USA";
    let us_congress = |m: &Mention| m.entry.is_some_and(|e| lex.gazetteer.entry(e).country.as_deref() == Some(US));
    // (not a party so named: "whose Congress party has questioned")
    let bare = |m: &Mention| {
        m.tokens.len() == 1
            && tokens[m.tokens.start].lower == "congress"
            && tokens.get(m.tokens.end).is_none_or(|t| t.lower != "party")
            && us_congress(m)
    };
    if !mentions.iter().any(bare) {
        return;
    }
    let Some(home) = relation::story_state(tokens, mentions).filter(|h| h != US) else { return };
    if mentions.iter().any(|m| m.entity == US || m.country.as_deref() == Some(US) && !bare(m)) {
        return;
    }
    let Some(e) = lex.gazetteer.find_id(&home) else { return };
    let label = format!("{} Congress", lex.gazetteer.entry(e).label);
    let id = format!("organization:{}", gazetteer::slug(&label));
    for m in mentions.iter_mut().filter(|m| bare(m)) {
        m.entity = id.clone();
        m.label = label.clone();
        m.entry = None;
        m.country = Some(home.clone());
    }
}

/// "KHARTOUM (AP) - … Egypt and Saudi Arabia have backed the army": "the government",
/// "the army" with no state named in their sentence are the bodies of the state the
/// story is datelined in and names most (as a reader of the story takes them).
fn story_state_bodies(
    lex: &Lexicon,
    tokens: &[text::Token],
    sentences: &[text::Sentence],
    mentions: &mut Vec<Mention>,
) {
    const BODIES: &[&str] = &["government", "army", "military", "regime", "junta", "authorities", "cabinet"];
    // (looked for first: most stories have no such phrase)
    let candidates: Vec<usize> = (1..tokens.len())
        .filter(|&k| BODIES.contains(&tokens[k].lower.as_str()) && tokens[k - 1].lower == "the")
        .collect();
    if candidates.is_empty() {
        return;
    }
    let Some(home) = relation::story_state(tokens, mentions) else { return };
    // (a story that names another state twice may speak of its army: "GAZA … the army
    // said" is Israel's)
    let mut others: BTreeMap<&str, usize> = BTreeMap::new();
    for m in
        mentions.iter().filter(|m| m.node_type == NodeType::Country && m.entity != home && m.rule != "the-government")
    {
        *others.entry(m.entity.as_str()).or_default() += 1;
    }
    if others.values().any(|&n| n >= 2) {
        return;
    }
    let Some(e) = lex.gazetteer.find_id(&home) else { return };
    let entry = lex.gazetteer.entry(e);
    let mut extra = Vec::new();
    for k in candidates {
        // (not "the army chief", "the government of Iraq", "the government in Baghdad")
        let next = tokens.get(k + 1);
        if next.is_some_and(|n| {
            matches!(n.lower.as_str(), "of" | "in" | "chief" | "commander" | "spokesman" | "spokeswoman" | "-")
                || n.is_capitalized() && !n.newline_before && n.is_word()
        }) {
            continue;
        }
        // the sentence's mentions (sentences and mentions are in text order)
        let si = sentences.partition_point(|s| s.tokens.end <= k);
        let here = mentions.partition_point(|m| m.sentence < si)..mentions.partition_point(|m| m.sentence <= si);
        let here = &mentions[here];
        // (not inside a name, nor where the sentence names another state)
        let owned = here.iter().any(|m| m.tokens.contains(&k) || m.tokens.contains(&(k - 1)));
        let foreign = here.iter().any(|m| relation::other_state(m, &home));
        // (another state named in the sentence may own a body that opens a clause, "Egypt
        // said the army …", but not one that a verb acts on: "Egypt has backed the army")
        let object = k >= 2 && {
            let p = &tokens[k - 2];
            p.is_word()
                && !p.is_capitalized()
                && !matches!(p.lower.as_str(), "said" | "says" | "that" | "and" | "but" | "while" | "whereas")
        };
        if owned || foreign && !object {
            continue;
        }
        extra.push(Mention {
            start: tokens[k - 1].start,
            end: tokens[k].end,
            tokens: k - 1..k + 1,
            sentence: si,
            node_type: NodeType::Country,
            form: MentionForm::Title,
            entity: entry.id.clone(),
            label: entry.label.clone(),
            entry: Some(e),
            country: Some(entry.id.clone()),
            rule: "story-state-body",
            role: None,
            possessive: tokens.get(k + 1).is_some_and(|t| t.lower == "'s"),
            nested: false,
        });
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

/// "Gondor's foreign ministry summoned the envoy. … The ministry said": a ministry or
/// an embassy named again by a definite noun ("the ministry", "the foreign ministry",
/// "the embassy") is the nearest one named in its sentence or the three before, if the
/// words before the noun are among that one's words: a body named in full ("the
/// Gondorian Foreign Ministry") or the state a lower-case one belongs to ("Gondor's
/// foreign ministry", "the Arnorian embassy").
fn bodies_named_again(tokens: &[text::Token], sentences: &[text::Sentence], mentions: &mut Vec<Mention>) {
    const HEADS: &[&str] = &["ministry", "embassy"];
    let head = |k: usize| HEADS.contains(&tokens[k].lower.as_str());
    // (looked for first: most stories have no such phrase)
    let heads: Vec<usize> = (0..tokens.len()).filter(|&k| head(k)).collect();
    if !heads.iter().any(|&k| k > 0 && !tokens[k].is_capitalized()) {
        return;
    }
    // the mention that names a body or a state at token k (among the few that start at or
    // before it: a name is short)
    let covering = |k: usize| -> Option<usize> {
        let at = mentions.partition_point(|m| m.tokens.start <= k);
        (at.saturating_sub(6)..at).rev().find(|&i| !mentions[i].nested && mentions[i].tokens.contains(&k))
    };
    // the start of the (at most two) lower-case words right before `end`, past no "the"
    let words_before = |end: usize, from: usize| {
        let mut a = end;
        while a > from
            && end - a < 2
            && tokens[a - 1].is_word()
            && !tokens[a - 1].is_capitalized()
            && tokens[a - 1].lower != "the"
        {
            a -= 1;
        }
        a
    };
    // what each phrase found names: its head token -> the mention it copies
    let mut bound: BTreeMap<usize, usize> = BTreeMap::new();
    let mut extra = Vec::new();
    for (h, &k) in heads.iter().enumerate() {
        if k == 0 || tokens[k].is_capitalized() {
            continue;
        }
        let si = sentences.partition_point(|s| s.tokens.end <= k);
        let Some(sentence) = sentences.get(si) else { continue };
        // "the [one or two lower-case words] ministry", not "the ministry of …", "the
        // embassy in …", nor inside a name
        let a = words_before(k, sentence.tokens.start);
        if a == sentence.tokens.start || tokens[a - 1].lower != "the" || covering(k).is_some() {
            continue;
        }
        let next = tokens.get(k + 1);
        if next.is_some_and(|n| {
            matches!(n.lower.as_str(), "of" | "in" | "to" | "for" | "-") || n.is_capitalized() && !n.newline_before
        }) {
            continue;
        }
        let words: Vec<&str> = tokens[a..k].iter().map(|t| t.lower.as_str()).collect();
        let from = sentences[si.saturating_sub(3)].tokens.start;
        let mut referent = None;
        // the nearest three of the same head named before it ("the embassy" is no ministry)
        let earlier = heads[..h].iter().rev().copied().filter(|&j| j >= from && tokens[j].lower == tokens[k].lower);
        for j in earlier.take(3) {
            if let Some(&r) = bound.get(&j) {
                referent = Some(r);
                break;
            }
            // a body named in full
            if let Some(r) = covering(j) {
                let m = &mentions[r];
                if matches!(m.node_type, NodeType::Organization) {
                    let named = |w: &&str| tokens[m.tokens.clone()].iter().any(|t| t.lower == *w);
                    if words.iter().all(named) {
                        referent = Some(r);
                        break;
                    }
                }
                continue;
            }
            // a state's body in lower case: "Gondor's foreign ministry", "the Arnorian
            // embassy" (its words before the head, at most two)
            let b = words_before(j, from);
            let before = tokens[b..j].iter().map(|t| t.lower.as_str()).collect::<Vec<_>>();
            let at = mentions.partition_point(|m| m.tokens.start < b);
            let owner = (at.saturating_sub(4)..at).rev().find(|&i| {
                let m = &mentions[i];
                !m.nested
                    && m.node_type == NodeType::Country
                    && (m.tokens.end == b || m.possessive && m.tokens.end + 1 == b)
            });
            if let Some(r) = owner.filter(|_| words.iter().all(|w| before.contains(w))) {
                referent = Some(r);
                break;
            }
        }
        let Some(r) = referent else { continue };
        bound.insert(k, r);
        let possessive = next.is_some_and(|t| t.lower == "'s");
        extra.push(mentions[r].standing_for(tokens, a - 1..k + 1, si, "body-named-again", possessive, false));
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

/// "The White Council released its annual report. The group also criticised Gondor": a
/// sentence that opens on "The group" (or "the bloc", "the alliance", "the agency" …)
/// names again the one body named in the sentence before (or, if none is, the one before
/// that), when that sentence names only one.
fn groups_named_again(tokens: &[text::Token], sentences: &[text::Sentence], mentions: &mut Vec<Mention>) {
    const HEADS: &[&str] =
        &["group", "bloc", "alliance", "organisation", "organization", "agency", "watchdog", "coalition", "body"];
    let mut extra = Vec::new();
    for (si, s) in sentences.iter().enumerate().skip(1) {
        // ("Arnor and Rohan demanded that the bloc impose sanctions", "urged the alliance
        // to": "the bloc" or "the alliance" inside the sentence, after a verb or "that", the
        // one body the sentences before name, when the sentence names none before it)
        // (the sentence's first body, read once when a phrase asks: mentions are in text order)
        let first_body = std::cell::OnceCell::new();
        for a in s.tokens.start + 1..s.tokens.end.saturating_sub(2) {
            let inner = tokens[a].lower == "the"
                && matches!(tokens[a + 1].lower.as_str(), "bloc" | "alliance")
                && tokens[a - 1].is_word()
                && !tokens[a - 1].is_capitalized()
                && (tokens[a - 1].lower == "that"
                    || tokens[a - 1].lower.ends_with("ed")
                    || matches!(tokens[a - 1].lower.as_str(), "urge" | "urges" | "asked" | "told" | "on" | "to"))
                && tokens.get(a + 2).is_some_and(|t| t.is_word() && !t.is_capitalized() && t.lower != "of");
            if !inner {
                continue;
            }
            let here = mentions.partition_point(|m| m.sentence < si);
            let first_body = first_body.get_or_init(|| {
                mentions[here..]
                    .iter()
                    .take_while(|m| m.sentence == si)
                    .find(|m| m.node_type == NodeType::Organization)
                    .map(|m| m.tokens.start)
            });
            if first_body.is_some_and(|b| b < a) {
                continue;
            }
            let from = mentions.partition_point(|m| m.sentence + 2 < si);
            let mut bodies = mentions[from..here]
                .iter()
                .filter(|m| !m.nested && m.node_type == NodeType::Organization && m.country.is_none());
            if let Some(first) = bodies.next() {
                if bodies.all(|m| m.entity == first.entity) {
                    extra.push(first.standing_for(tokens, a..a + 2, si, "group-named-again", false, false));
                }
            }
        }
        let a = s.tokens.start;
        if a + 2 > s.tokens.end || tokens[a].lower != "the" || !HEADS.contains(&tokens[a + 1].lower.as_str()) {
            continue;
        }
        // (a verb or an auxiliary follows: "The group also criticised", "The bloc has")
        if tokens.get(a + 2).is_none_or(|t| !t.is_word() || t.is_capitalized() || t.lower == "of") {
            continue;
        }
        let mut referent = None;
        for p in (si.saturating_sub(2)..si).rev() {
            let from = mentions.partition_point(|m| m.sentence < p);
            let to = mentions.partition_point(|m| m.sentence <= p);
            // (a group, a bloc or an alliance is no state's own body: "India's Ministry of
            // External Affairs dismissed the criticism. The group also criticised …" is
            // the rights group of before)
            let agency = tokens[a + 1].lower == "agency";
            let mut bodies = mentions[from..to]
                .iter()
                .filter(|m| !m.nested && m.node_type == NodeType::Organization && (agency || m.country.is_none()));
            let Some(first) = bodies.next() else { continue };
            // (… or, where it opens its sentence, the one the others are named about in an
            // aside: "The Harad Front, which is linked to the Corsair League, has fought")
            let ps = &sentences[p].tokens;
            let opens =
                first.tokens.start == ps.start || first.tokens.start == ps.start + 1 && tokens[ps.start].lower == "the";
            let aside = (opens && tokens.get(first.tokens.end).is_some_and(|t| t.norm == ","))
                .then(|| {
                    let close = (first.tokens.end + 1..ps.end).find(|&k| tokens[k].norm == ",")?;
                    Some(first.tokens.end..close)
                })
                .flatten();
            if bodies.all(|m| m.entity == first.entity || aside.as_ref().is_some_and(|r| r.contains(&m.tokens.start))) {
                referent = Some(first.clone());
            }
            break;
        }
        if let Some(r) = referent {
            extra.push(r.standing_for(tokens, a..a + 2, si, "group-named-again", false, false));
        }
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.nested.cmp(&b.nested)));
    }
}

/// "He has invited 35 Indian leaders to lunch": in a story of Latin America that names
/// India in no other way, "Indian" is a native people, not India's nationality; so is
/// an "American Indian" anywhere.
fn indigenous_peoples(text: &str, mentions: &mut Vec<Mention>) {
    const LATIN_AMERICA: &[&str] = &[
        "country:MEX",
        "country:GTM",
        "country:HND",
        "country:NIC",
        "country:PAN",
        "country:COL",
        "country:VEN",
        "country:ECU",
        "country:PER",
        "country:BOL",
        "country:BRA",
        "country:PRY",
        "country:CHL",
        "country:ARG",
        "country:URY",
    ];
    // (the nationality and the agent phrases it opens: "Indian", "Indian leaders")
    let demonym = |m: &Mention| {
        m.entity == "country:IND"
            && matches!(m.form, MentionForm::Demonym | MentionForm::Title)
            && text.get(m.start..m.end).is_some_and(|t| t.starts_with("Indian"))
    };
    if !mentions.iter().any(demonym) {
        return;
    }
    let india_named = mentions
        .iter()
        .any(|m| !demonym(m) && (m.entity == "country:IND" || m.country.as_deref() == Some("country:IND")));
    let latin = mentions.iter().any(|m| {
        LATIN_AMERICA.contains(&m.entity.as_str()) || m.country.as_deref().is_some_and(|c| LATIN_AMERICA.contains(&c))
    });
    let native = |m: &Mention| {
        text.get(..m.start)
            .and_then(|t| t.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next())
            .is_some_and(|w| matches!(w, "American" | "Native"))
    };
    mentions.retain(|m| !demonym(m) || !(native(m) || !india_named && latin));
}

/// "The Trump administration imposed sanctions", "Iran condemned the Netanyahu
/// government's decision": a leader named before "administration" or "government"
/// stands for the state whose head the document makes them, in the events of that
/// sentence (not where the sentence also names the leader on their own: "Trump said
/// his administration …" is the man).
fn administrations(lex: &Lexicon, tokens: &[text::Token], mentions: &[Mention], relations: &mut Vec<Found>) {
    let word_after = |m: &Mention| {
        let k = m.tokens.end + usize::from(m.possessive);
        tokens.get(k).map(|t| t.lower.as_str())
    };
    let governing =
        |m: &Mention| m.node_type == NodeType::Person && matches!(word_after(m), Some("administration" | "government"));
    // (looked for first: most stories have no such phrase)
    if !mentions.iter().any(governing) {
        return;
    }
    // each person's states as head, found once (the one state the document makes them
    // head of stands for them)
    let mut heads: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for f in relations.iter() {
        let head = f.relation == Relation::HoldsRole
            && f.target.starts_with("country:")
            && f.attributes
                .get("role")
                .and_then(Value::as_str)
                .and_then(|r| lex.title(&gazetteer::phrase_key(r).0))
                .is_some_and(|t| t.kind == "head");
        if head {
            heads.entry(f.source.as_str()).or_default().insert(f.target.as_str());
        }
    }
    // the (sentence, person) pairs where the person is also named on their own
    let alone: BTreeSet<(usize, &str)> =
        mentions.iter().filter(|m| !governing(m)).map(|m| (m.sentence, m.entity.as_str())).collect();
    let mut swaps: BTreeMap<(usize, String), String> = BTreeMap::new(); // (sentence, person) -> state
    // (with no head's post in the document, "the X administration" is the American usage,
    // where the story names the United States more than once)
    let us = "country:USA";
    let us_named = names_us_twice(mentions);
    for m in mentions.iter().filter(|m| governing(m)) {
        let state = match heads.get(m.entity.as_str()) {
            Some(states) => {
                let [state] = states.iter().copied().collect::<Vec<_>>()[..] else { continue };
                state
            }
            None if us_named && word_after(m) == Some("administration") => us,
            None => continue,
        };
        if !alone.contains(&(m.sentence, m.entity.as_str())) {
            swaps.insert((m.sentence, m.entity.clone()), state.to_string());
        }
    }
    if swaps.is_empty() {
        return;
    }
    for f in relations.iter_mut().filter(|f| f.relation.is_event()) {
        for side in [&mut f.source, &mut f.target] {
            if let Some(state) = swaps.get(&(f.sentence, side.clone())) {
                side.clone_from(state);
            }
        }
    }
    relations.retain(|f| f.source != f.target);
}

/// Whether a story names the United States more than once: where "the X
/// administration" is the American usage for its government.
fn names_us_twice(mentions: &[Mention]) -> bool {
    mentions.iter().filter(|m| m.entity == "country:USA" && !m.nested).take(2).count() == 2
}

/// "The Trump administration imposed sanctions" where no person of that name is
/// found: in a document that names the United States, "the <Name> administration" is
/// the American usage for its government, and stands for it.
fn unnamed_administrations(tokens: &[text::Token], sentences: &[text::Sentence], mentions: &mut Vec<Mention>) {
    // (looked for first: most stories have no such phrase)
    if !tokens.iter().any(|t| t.lower == "administration") {
        return;
    }
    // (… where the story names the United States more than once: "The Maduro
    // administration criticized Colombia, an ally of the United States" is not its)
    if !names_us_twice(mentions) {
        return;
    }
    let Some(us) = mentions.iter().find(|m| m.entity == "country:USA" && !m.nested).cloned() else { return };
    let mut covered = vec![false; tokens.len()];
    for m in mentions.iter() {
        covered[m.tokens.clone()].fill(true);
    }
    let mut extra = Vec::new();
    for (k, t) in tokens.iter().enumerate().skip(2) {
        let name = &tokens[k - 1];
        // (a lower-case "administration", not a body's name: "the State Administration
        // for Market Regulation", "the Maritime Administration")
        if t.norm != "administration"
            || tokens.get(k + 1).is_some_and(|x| matches!(x.lower.as_str(), "of" | "for"))
            || covered[k - 1]
            || !name.is_capitalized()
            || !name.is_word()
            || !matches!(tokens[k - 2].lower.as_str(), "the" | "a" | "an")
        {
            continue;
        }
        // (sentences are in text order)
        let si = sentences.partition_point(|s| s.tokens.end <= k);
        if sentences.get(si).is_none_or(|s| !s.tokens.contains(&(k - 1))) {
            continue;
        }
        extra.push(Mention {
            start: name.start,
            end: t.end,
            tokens: k - 1..k + 1,
            sentence: si,
            form: MentionForm::Title,
            rule: "administration",
            role: None,
            possessive: tokens.get(k + 1).is_some_and(|x| x.lower == "'s"),
            nested: false,
            ..us.clone()
        });
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    }
}

/// Byte offset -> character offset, for one text.
struct CharOffsets(Vec<usize>);

impl CharOffsets {
    fn new(text: &str) -> Self {
        let mut v = vec![0; text.len() + 1];
        let mut chars = 0;
        for (b, _) in text.char_indices() {
            v[b] = chars;
            chars += 1;
        }
        v[text.len()] = chars;
        CharOffsets(v)
    }

    fn at(&self, byte: usize) -> usize {
        self.0[byte]
    }
}

fn build_graph(lex: &Lexicon, doc: &Document, a: &Analysis, g: &mut KnowledgeGraph) {
    let text = &doc.text;
    let co = CharOffsets::new(text);
    let mut nodes: BTreeMap<String, Node> = BTreeMap::new();
    let mut counterparts = std::collections::BTreeSet::new();
    for m in &a.mentions {
        if m.entity.is_empty() {
            continue;
        }
        let surface = &text[m.start..m.end];
        let node = nodes
            .entry(m.entity.clone())
            .or_insert_with(|| new_node(&m.entity, &m.label, m.node_type, m.entry.map(|ix| lex.gazetteer.entry(ix))));
        if node.node_type == NodeType::Person && m.label.chars().count() > node.label.chars().count() {
            node.label = m.label.clone();
        }
        if !matches!(m.form, MentionForm::Pronoun | MentionForm::Title) {
            let alias = surface.to_string();
            if !node.aliases.contains(&alias) {
                node.aliases.push(alias);
            }
        }
        if let Some(c) = &m.country {
            if m.node_type == NodeType::Organization && c != &m.entity {
                node.attributes.insert("country".into(), Value::String(c.clone()));
            }
        }
        // (a counterpart's post is the one his holds_role edge names, added below)
        if m.role.as_ref().is_some_and(|r| r.text.eq_ignore_ascii_case("counterpart")) {
            counterparts.insert(m.entity.clone());
        } else if let Some(role) = m.role.as_ref().filter(|r| r.kind != "honorific") {
            let roles = node.attributes.entry("roles".to_string()).or_insert_with(|| Value::Array(Vec::new()));
            if let Value::Array(list) = roles {
                let v = Value::String(role.text.clone());
                if !list.contains(&v) {
                    list.push(v);
                }
            }
        }
        node.mentions.push(graph::Mention {
            doc: doc.id.clone(),
            start: co.at(m.start),
            end: co.at(m.end),
            text: surface.to_string(),
            form: m.form,
        });
    }
    // "arrived in Beijing for a state visit" in a story that names China nowhere else:
    // the capital's mention stands for its state in the events that name the state
    // (the capitals are looked for only when an event names a state with no node)
    // (… and so does one where a post is held: "met his counterpart Tom Brand in Edoras")
    let unnamed = |f: &&relation::Found| {
        (f.relation.is_event() || f.relation == Relation::HoldsRole)
            && [&f.source, &f.target].into_iter().any(|id| !nodes.contains_key(id))
    };
    if a.relations.iter().any(|f| unnamed(&f)) {
        let capitals: BTreeMap<(usize, &str), &Mention> = a
            .mentions
            .iter()
            .filter(|m| mention::names_capital(&lex.gazetteer, m))
            .filter_map(|m| Some(((m.sentence, m.country.as_deref()?), m)))
            .collect();
        let mut found: Vec<(String, Node)> = Vec::new();
        for f in a.relations.iter().filter(unnamed) {
            for id in [&f.source, &f.target] {
                // (a post of the story's state: "MINSK 1996-08-30 / President X said": the
                // dateline's capital names the state the post is of)
                let dateline = || {
                    (f.rule == "dateline-state-post")
                        .then(|| capitals.range(..(3, "")).find(|((_, c), _)| *c == id.as_str()).map(|(_, m)| m))
                        .flatten()
                };
                let (Some(m), Some(e)) = (
                    capitals.get(&(f.sentence, id.as_str())).or_else(dateline),
                    lex.gazetteer.find_id(id).map(|ix| lex.gazetteer.entry(ix)),
                ) else {
                    continue;
                };
                if nodes.contains_key(id) || found.iter().any(|(x, _)| x == id) {
                    continue;
                }
                let surface = &text[m.start..m.end];
                let mut node = new_node(id, &e.label, e.node_type, Some(e));
                node.aliases.push(surface.to_string());
                node.mentions.push(graph::Mention {
                    doc: doc.id.clone(),
                    start: co.at(m.start),
                    end: co.at(m.end),
                    text: surface.to_string(),
                    form: MentionForm::Capital,
                });
                found.push((id.clone(), node));
            }
        }
        nodes.extend(found);
    }
    // the country a person acts for, from their roles
    for f in &a.relations {
        // (not a post held before: "a former Arnorian diplomat")
        let former = f.attributes.get("role").and_then(Value::as_str).is_some_and(|r| r.starts_with("Former"));
        if f.relation == Relation::HoldsRole && f.target.starts_with("country:") && !former {
            if let Some(n) = nodes.get_mut(&f.source) {
                n.attributes.entry("country".into()).or_insert_with(|| Value::String(f.target.clone()));
            }
        }
        // (a counterpart's post)
        if f.relation == Relation::HoldsRole && counterparts.contains(&f.source) {
            let role = f.attributes.get("role").and_then(Value::as_str);
            if let (Some(n), Some(role)) = (nodes.get_mut(&f.source), role) {
                let roles = n.attributes.entry("roles".to_string()).or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = roles {
                    let v = Value::String(role.to_string());
                    if !list.contains(&v) {
                        list.push(v);
                    }
                }
            }
        }
    }
    for (_, n) in nodes {
        if n.label.is_empty() {
            continue;
        }
        g.upsert_node(n);
    }
    // events are dated from the sentence ("on Friday", "last June") against the
    // document's date or dateline, else with the document's date itself
    // only documents with events need their date (reading a dateline has a cost)
    let anchor = if a.relations.iter().any(|f| f.relation.is_event()) {
        time::anchor_date(doc.date.as_deref(), text)
    } else {
        None
    };
    let mut when_of: BTreeMap<usize, Option<time::When>> = BTreeMap::new();
    for f in &a.relations {
        let s = &a.sentences[f.sentence];
        let mut attributes = f.attributes.clone();
        if let (Some(anchor), true) = (anchor, f.relation.is_event()) {
            // one date per sentence, however many events it holds
            let when = when_of.entry(f.sentence).or_insert_with(|| time::resolve(anchor, &text[s.start..s.end]));
            match when {
                Some(when) => {
                    attributes.insert("date".into(), Value::String(when.to_iso()));
                    attributes.insert("date_text".into(), Value::String(when.text.clone()));
                }
                None => {
                    attributes.insert("date".into(), Value::String(anchor.to_string()));
                }
            }
        }
        g.upsert_edge(Edge {
            id: String::new(),
            source: f.source.clone(),
            target: f.target.clone(),
            relation: f.relation,
            weight: 1,
            attributes,
            evidence: vec![Evidence {
                doc: doc.id.clone(),
                sentence: f.sentence,
                start: co.at(s.start),
                end: co.at(s.end),
                text: text[s.start..s.end].to_string(),
                rule: f.rule.clone(),
            }],
        });
    }
}

/// A node with no mention yet, with the listed entry's identifiers and kind.
fn new_node(id: &str, label: &str, node_type: NodeType, entry: Option<&gazetteer::Entry>) -> Node {
    let mut attributes = BTreeMap::new();
    if let Some(kind) = entry.map(|e| &e.kind).filter(|k| !k.is_empty()) {
        attributes.insert("kind".to_string(), Value::String(kind.clone()));
    }
    Node {
        id: id.to_string(),
        label: label.to_string(),
        node_type,
        aliases: Vec::new(),
        attributes,
        ids: entry.map(|e| e.ids.clone()).unwrap_or_default(),
        mentions: Vec::new(),
    }
}

/// Across documents: a one-word person ("Trump") joins the one person whose
/// full name ends with that word, when there is exactly one.
fn merge_surnames(lex: &Lexicon, g: &mut KnowledgeGraph) {
    let people: Vec<(String, Vec<String>)> = g
        .nodes()
        .filter(|n| n.node_type == NodeType::Person)
        .map(|n| (n.id.clone(), n.label.split_whitespace().map(str::to_lowercase).collect()))
        .collect();
    // full names by their last word and, for family names written first ("Xi"), their first
    let mut by_last: BTreeMap<&str, BTreeSet<&String>> = BTreeMap::new();
    let mut by_first: BTreeMap<&str, BTreeSet<&String>> = BTreeMap::new();
    for (id, words) in people.iter().filter(|(_, w)| w.len() >= 2) {
        by_last.entry(words[words.len() - 1].as_str()).or_default().insert(id);
        by_first.entry(words[0].as_str()).or_default().insert(id);
    }
    let mut moves = BTreeMap::new();
    for (id, words) in people.iter().filter(|(_, w)| w.len() == 1) {
        let word = words[0].as_str();
        // ("Wang" in one story is not the one Shi-Ting Wang of another)
        if lex.is_common_surname(word) {
            continue;
        }
        let full = match by_last.get(word) {
            Some(ids) => Some(ids),
            None if !lex.is_given_name(word) => by_first.get(word),
            None => None,
        };
        if let Some(ids) = full.filter(|ids| ids.len() == 1) {
            moves.insert(id.clone(), (*ids.iter().next().expect("one")).clone());
        }
    }
    g.rename_nodes(&moves);
}

/// The README's Rust examples are compiled and run as doc tests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
