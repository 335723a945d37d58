//! Mentions: the spans of text that name an entity.
//!
//! Three finders work over each sentence's tokens, left to right:
//! gazetteer phrases (longest match, case-checked), titles that announce a
//! person ("Foreign Minister …"), and capitalised runs classified by their
//! shape (organisation head words, given names, name particles) and their
//! context (titles, reporting verbs, locative prepositions). Runs that stay
//! unclassified get a second look once the whole document is read: a run
//! that repeats a name found elsewhere ("Rezaei" after "Ali Rezaei")
//! takes that name's type.

use std::ops::Range;

use crate::gazetteer::{Surface, slug};
use crate::graph::{MentionForm, NodeType};
use crate::lexicon::Lexicon;
use crate::text::{Sentence, Token, TokenKind};

/// A role title found before a person's name.
#[derive(Debug, Clone)]
pub struct RoleTitle {
    /// The role as written, normalised ("Foreign Minister").
    pub text: String,
    pub kind: String,
    pub tokens: Range<usize>,
}

/// A mention found in a document.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Byte span into the document text.
    pub start: usize,
    pub end: usize,
    pub tokens: Range<usize>,
    pub sentence: usize,
    pub node_type: NodeType,
    pub form: MentionForm,
    /// Entity id (provisional for people until resolution).
    pub entity: String,
    /// The entity's label.
    pub label: String,
    /// The gazetteer entry, when the mention came from one.
    pub entry: Option<usize>,
    /// Node id of the country the entity acts for, where known.
    pub country: Option<String>,
    pub rule: &'static str,
    pub role: Option<RoleTitle>,
    /// Followed by a possessive 's.
    pub possessive: bool,
    /// A mention nested inside another (the country of "U.S. delegation").
    pub nested: bool,
}

impl Mention {
    /// A phrase of its own that stands for this mention's entity ("Arnor's troops", "the
    /// ministry", "the two sides"): the tokens `range` of sentence `sentence`, as a title.
    pub fn standing_for(
        &self,
        tokens: &[Token],
        range: Range<usize>,
        sentence: usize,
        rule: &'static str,
        possessive: bool,
        nested: bool,
    ) -> Mention {
        Mention {
            start: tokens[range.start].start,
            end: tokens[range.end - 1].end,
            tokens: range,
            sentence,
            node_type: self.node_type,
            form: MentionForm::Title,
            entity: self.entity.clone(),
            label: self.label.clone(),
            entry: self.entry,
            country: self.country.clone(),
            rule,
            role: None,
            possessive,
            nested,
        }
    }
}

/// Prefixes that glue a name into a modifier: "pro-Beijing", "anti-Bhutto", "non-EU".
const MODIFIER_PREFIXES: &[&str] = &["pro", "anti", "non", "post", "pre"];

/// Whether a place mention names its state's capital ("arrived in Beijing"), as a
/// capital read as a place or as the city listed as its country's capital.
pub fn names_capital(g: &crate::gazetteer::Gazetteer, m: &Mention) -> bool {
    m.node_type == NodeType::Location
        && (m.rule == "gazetteer-capital-as-place"
            || m.entry.is_some()
                && m.country.as_deref().and_then(|c| g.find_id(c)).is_some_and(|c| g.entry(c).capital_city == m.entry))
}

/// The state named right before mention `i` ("Oman's Foreign Ministry", "the Israeli
/// Army"): one of the three mentions before it that ends there, with or without 's.
pub fn state_before(mentions: &[Mention], i: usize) -> Option<&Mention> {
    let start = mentions[i].tokens.start;
    mentions[i.saturating_sub(3)..i].iter().rev().find(|p| {
        p.node_type == NodeType::Country && (p.tokens.end == start || p.possessive && p.tokens.end + 1 == start)
    })
}

/// Finds mentions in a document.
pub trait MentionFinder {
    /// All mentions of `text`, sorted by start.
    fn find(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Mention>;
}

/// The rule-and-dictionary mention finder.
pub struct RuleFinder<'a> {
    pub lex: &'a Lexicon,
}

/// Capitalised words that are not names at the start of a run.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    // ("Neither Brand nor Moll")
    "neither",
    "either",
    "in",
    "on",
    "at",
    "but",
    "and",
    "or",
    "if",
    "when",
    "while",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "according",
    "after",
    "before",
    "despite",
    "as",
    "for",
    "from",
    "with",
    "without",
    "during",
    "since",
    "until",
    "by",
    "of",
    "to",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "only",
    "also",
    "yet",
    "so",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "however",
    "later",
    "earlier",
    "separately",
    "instead",
    "afterwards",
    "subsequently",
    "meanwhile",
    "senior",
    "former",
    "new",
    "under",
    "over",
    "about",
    "against",
    "between",
    "among",
    "amid",
    "into",
    "through",
    "though",
    "although",
    "because",
    "unless",
    "whether",
    "once",
    "even",
    "still",
    "just",
    "more",
    "less",
    "other",
    "another",
    "such",
    "several",
    "few",
    "any",
    "much",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "last",
    "next",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "mr",
    "mrs",
    "ms",
    "is",
    "are",
    "was",
    "were",
    "be",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "must",
    "might",
    "shall",
    "said",
    "says",
    "say",
    "told",
    "asked",
    "while",
    "following",
    "including",
    "like",
    "unlike",
    "near",
    "outside",
    "inside",
    "within",
    "around",
    "across",
    "toward",
    "towards",
    "up",
    "down",
    "out",
    "off",
    "very",
    "too",
    "well",
    "please",
    "yes",
    "thank",
    "thanks",
    "dear",
    "image",
    "photo",
    "video",
    "read",
    "related",
    "update",
    "breaking",
    "live",
    "exclusive",
    "analysis",
    "opinion",
    "editorial",
    "commentary",
    "watch",
    "listen",
    "see",
    "note",
    "source",
    "sources",
    "officials",
    "official",
    "police",
    "government",
    "state",
    "city",
    "president",
    "minister",
    "prime",
    "secretary",
    "general",
    "chief",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "national",
    "international",
    "world",
    "global",
    "local",
    "regional",
    "federal",
    "public",
    "united",
    "royal",
    "islamic",
    "republic",
    "democratic",
    "people",
    "party",
    "league",
    "cup",
    "championship",
    "division",
];

/// Months, which can end a person's name ("Theresa May", "Ann June").
const MONTH_NAMES: &[&str] = &["may", "june", "april", "august", "march"];

/// Capitalised words that start a sentence as often as they start a name:
/// kept when the name ends in a head word.
const NAME_ADJECTIVES: &[&str] = &[
    "national",
    "international",
    "federal",
    "central",
    "united",
    "royal",
    "islamic",
    "democratic",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "world",
    "global",
    "regional",
    "public",
    "state",
    "new",
    "people",
    "local",
    "general",
    "supreme",
    "first",
];

/// Words after which a capitalised place name is a location.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "from",
    "to",
    "into",
    "around",
    "across",
    "toward",
    "towards",
    "via",
    "of",
    "through",
    "throughout",
    "outskirts",
    "visit",
    "visited",
    "arrived",
    "reached",
];

/// What is sent or said "to" a capital that stands for its government ("weapons to
/// Kyiv", "a message to Tehran"), not for a place one travels to.
const TO_GOVERNMENT: &[&str] = &[
    "weapons",
    "arms",
    "drones",
    "munitions",
    "rockets",
    "shells",
    "howitzers",
    "artillery",
    "aid",
    "assistance",
    "missiles",
    "tanks",
    "ammunition",
    "jets",
    "loans",
    "funding",
    "support",
    "letter",
    "message",
    "proposal",
    "offer",
    "ultimatum",
    "warning",
    "demands",
    // ("sent a delegation led by his adviser to Washington")
    "delegation",
    // ("suspended export approvals to Riyadh")
    "exports",
    "approvals",
    "delegations",
    "envoy",
    "envoys",
    "emissary",
    // ("protested to Pyongyang", "a complaint to Beijing"; not street protests that
    // "spread to Tehran")
    "protested",
    "complained",
    "complaint",
    "representations",
    "appealed",
    "appeal",
];

/// Nouns of one who heads or owns a body: what stands after their "of" is a body
/// ("chairman of Nexperia", "the founder of Acme").
const BODY_HEAD_NOUNS: &[&str] = &[
    "chairman",
    "chairwoman",
    "chairperson",
    "executive",
    "ceo",
    "director",
    "founder",
    "co-founder",
    "owner",
    "boss",
    "head",
    "manager",
    // ("X, president of Inuit Tapiriit Kanatami")
    "president",
    "leader",
];

/// Adverbs that open a sentence before a comma ("Finally, …"), never a name.
const SENTENCE_ADVERBS: &[&str] = &[
    "finally",
    "separately",
    "additionally",
    "similarly",
    "initially",
    "originally",
    "previously",
    "recently",
    "subsequently",
    "consequently",
    "accordingly",
    "importantly",
    "notably",
    "currently",
    "ultimately",
    "eventually",
    "unfortunately",
    "fortunately",
    "interestingly",
    "significantly",
    "specifically",
    "traditionally",
    "historically",
    "officially",
    "publicly",
    "privately",
    "reportedly",
    "apparently",
    "clearly",
    "simultaneously",
    "alternatively",
    "lastly",
    "firstly",
    "secondly",
    "thirdly",
    "generally",
    "typically",
    "increasingly",
    "ironically",
    "crucially",
    "critically",
    "domestically",
    "internationally",
    "regionally",
    "militarily",
    "diplomatically",
    "politically",
    "economically",
];

/// Verbs that, next to a bare capitalised name, make it a person.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "wrote",
    "tweeted",
    "asked",
    "argued",
    "noted",
    "insisted",
    "explained",
    "declared",
    "announced",
    "warned",
    "recalled",
    "claimed",
    "replied",
    "responded",
    "admitted",
    "acknowledged",
    "stressed",
    "emphasized",
    "emphasised",
    "urged",
    "confirmed",
    "denied",
    "predicted",
];

const PRONOUNS: &[&str] = &["he", "she"];

/// Nouns that describe a person in an apposition after the name.
const PERSON_NOUNS: &[&str] = &[
    "woman",
    "man",
    "girl",
    "boy",
    "mother",
    "father",
    "wife",
    "husband",
    "widow",
    "student",
    "teenager",
    "activist",
    "resident",
    "citizen",
    "national",
    "veteran",
    "survivor",
    "victim",
    "businessman",
    "businesswoman",
];

/// Nouns that make "<country> NOUN" a delegation node.
const DELEGATION_NOUNS: &[&str] = &["delegation", "delegations", "team", "negotiating team", "negotiators"];

/// Whether the word at `i` is "him", or a "her" that ends its phrase ("urged her to",
/// "met her on Monday", "thanked her."), not one before its noun ("her counterpart").
fn object_pronoun(toks: &[Token], i: usize, end: usize) -> bool {
    match toks[i].lower.as_str() {
        "him" => true,
        "her" => toks.get(i + 1).filter(|_| i + 1 < end).is_none_or(|x| {
            // (not before a quotation mark or a number: "her \"Gondor First\" policy")
            matches!(x.norm.as_str(), "." | "," | ";" | ":" | "?" | "!" | ")")
                || matches!(
                    x.lower.as_str(),
                    "to" | "that"
                        | "on"
                        | "in"
                        | "at"
                        | "for"
                        | "and"
                        | "as"
                        | "after"
                        | "during"
                        | "with"
                        | "about"
                        | "by"
                        | "from"
                        | "over"
                        | "of"
                        | "this"
                        | "yesterday"
                        | "today"
                )
        }),
        _ => false,
    }
}

/// A capitalised "He" inside a sentence, after a title or a lower-case word and
/// before another capitalised word, is a family name ("Vice Premier He Lifeng",
/// "met He Lifeng"), not the pronoun (a title-case headline "Obama Says He Backs
/// Reform" has no lower-case word before it).
fn pronoun_surname(toks: &[Token], i: usize, start: usize, titled: bool) -> bool {
    let t = &toks[i];
    t.norm == "He"
        && i > start
        && (titled || toks[i - 1].is_word() && !toks[i - 1].is_capitalized())
        && toks.get(i + 1).is_some_and(|x| {
            x.is_word() && x.is_capitalized() && !x.is_all_caps() && !is_function_word(x) && x.space_before
        })
}

/// Whether the sentence's first twenty words are all capitalised but for short function
/// words, as in a headline written in Title Case ("Arnor Blames Council For Attack On
/// Gondor", "Rohan Snubs Minister Tom Brand").
fn title_case_line(toks: &[Token], sentence: Range<usize>) -> bool {
    let words: Vec<&Token> = toks[sentence].iter().filter(|t| t.is_word()).take(20).collect();
    words.len() >= 4
        && words.iter().all(|t| {
            t.is_capitalized()
                || matches!(
                    t.lower.as_str(),
                    "a" | "an" | "the" | "of" | "for" | "on" | "in" | "to" | "and" | "at" | "by" | "with"
                )
        })
}

fn is_function_word(t: &Token) -> bool {
    // a hashed set: this is asked for nearly every capitalised token
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, crate::gazetteer::FastHash>> =
        std::sync::OnceLock::new();
    // an initial ("A. Dale", "I. Austin") is no article or pronoun
    !is_initial(t)
        && SET.get_or_init(|| FUNCTION_WORDS.iter().copied().collect()).contains(t.lower.trim_end_matches('.'))
}

/// Connectors allowed inside a multi-word proper name.
fn is_inner_connector(t: &Token, lex: &Lexicon) -> bool {
    lex.is_particle(&t.lower)
        || matches!(
            t.lower.as_str(),
            "of" | "de" | "du" | "la" | "del" | "dello" | "degli" | "delle" | "&" | "for" | "on" | "the"
        )
}

struct SentenceCtx<'t> {
    toks: &'t [Token],
    all_caps: bool,
}

impl RuleFinder<'_> {
    /// Longest gazetteer phrase at `i`, checked for case.
    fn gazetteer_at(&self, ctx: &SentenceCtx, i: usize, end: usize) -> Option<(usize, &[Surface])> {
        let g = &self.lex.gazetteer;
        if i >= end || i >= ctx.toks.len() {
            return None;
        }
        let first = &ctx.toks[i].lower;
        // most tokens start no phrase: answer those without building a key
        if !g.has_prefix(first) {
            return None;
        }
        let max = g.max_tokens().min(end - i);
        let mut key = String::with_capacity(48);
        let mut best = None;
        for n in 1..=max {
            let t = &ctx.toks[i + n - 1];
            if n > 1 {
                key.push(' ');
            }
            key.push_str(&t.lower);
            if n > 1 && !g.has_prefix(&key) {
                break;
            }
            if let Some(surfaces) = g.lookup(&key) {
                if self.case_ok(ctx, i, i + n, surfaces) {
                    best = Some((n, surfaces));
                }
            }
        }
        best
    }

    fn case_ok(&self, ctx: &SentenceCtx, a: usize, b: usize, surfaces: &[Surface]) -> bool {
        let toks = &ctx.toks[a..b];
        let first = &toks[0];
        if !first.is_word() && first.kind != TokenKind::Number {
            return false;
        }
        if surfaces.iter().all(|s| s.exact_case) {
            // a count before an acronym that ends its phrase makes it a unit: "three RBI
            // as", "5 GW of" (but "two US soldiers", "two UN peacekeepers")
            let counted = a > 0 && {
                let p = &ctx.toks[a - 1];
                let ends = ctx.toks.get(b).is_none_or(|n| {
                    matches!(
                        n.lower.as_str(),
                        "as" | "in" | "on" | "for" | "of" | "with" | "while" | "," | "." | ";" | ")"
                    )
                });
                ends && (p.kind == TokenKind::Number || crate::time::number_word(&p.lower).is_some())
            };
            if counted {
                return false;
            }
            // acronyms: "US", "UN" but never "us"; a one-letter code never matches, unless
            // digits make it a name ("M23", "G7")
            return toks.iter().filter(|t| t.is_word()).all(|t| {
                let letters = t.norm.chars().filter(|c| c.is_alphabetic()).count();
                t.norm.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase)
                    && (letters >= 2 || letters == 1 && t.norm.chars().any(|c| c.is_ascii_digit()))
            }) && !ctx.all_caps_word_is_common(first);
        }
        // ("claimed by al Qaeda", "Somalia's al-Shabaab": a lower-case particle opens
        // the listed name when a capitalised word follows it)
        let particle_first = self.lex.is_particle(&first.lower)
            && toks.iter().skip(1).find(|t| t.is_word()).is_some_and(|t| t.is_capitalized());
        if !first.is_capitalized() && !particle_first {
            return false;
        }
        // inside a listed name: "Organization for Security and Co-operation in Europe"
        // ("People's Liberation Army": a possessive inside the name)
        toks.iter().enumerate().skip(1).all(|(k, t)| {
            !t.is_word()
                || t.is_capitalized()
                || t.lower == "'s" && k + 1 < toks.len()
                || is_inner_connector(t, self.lex)
                || matches!(t.lower.as_str(), "and" | "in" | "at" | "to" | "against" | "with") && k + 1 < toks.len()
                // ("Dar es Salaam", "Sharm el-Sheikh", "Rio Grande do Sul", "Newcastle upon Tyne")
                || matches!(t.lower.as_str(), "es" | "el" | "do" | "dos" | "das" | "da" | "upon" | "sur" | "en")
                    && k + 1 < toks.len()
                || toks[k - 1].norm == "-" && !t.space_before
        })
    }

    /// A title at `i`: (token count, title).
    /// ", an Australian woman and …", ", 35, said", ", who …": what follows a
    /// person's name at `k`.
    fn person_apposition(&self, toks: &[Token], k: usize, end: usize) -> bool {
        if toks.get(k).is_none_or(|t| t.norm != ",") || k + 1 >= end {
            return false;
        }
        let next = &toks[k + 1];
        if matches!(next.lower.as_str(), "who" | "whose") {
            return true;
        }
        // an age: ", 35,"
        if next.kind == TokenKind::Number
            && next.norm.len() <= 2
            && toks.get(k + 2).is_some_and(|t| t.norm == "," && k + 2 < end)
        {
            return true;
        }
        if !matches!(next.lower.as_str(), "a" | "an" | "the" | "his" | "her") {
            return false;
        }
        // (past a possessor and a hyphen: ", the EU's defence commissioner,", ", the
        // commissioner-general of")
        (k + 2..(k + 7).min(end)).take_while(|&q| toks[q].is_word() || matches!(toks[q].norm.as_str(), "'s" | "-")).any(|q| {
            PERSON_NOUNS.contains(&toks[q].lower.as_str())
                    || self.lex.is_job_noun(&toks[q..q + 1])
                    // ", the powerful sister of …"
                    || self.lex.is_kin_noun(&toks[q].lower)
                    // (a post: ", the defence commissioner,")
                    || !toks[q].is_capitalized() && self.lex.title(&toks[q].lower).is_some_and(|t| t.kind != "honorific")
        })
    }

    fn title_at(&self, ctx: &SentenceCtx, i: usize, end: usize) -> Option<(usize, crate::lexicon::Title)> {
        let max = self.lex.max_title_tokens().min(end - i);
        let mut key = String::new();
        let mut best = None;
        for n in 1..=max {
            let t = &ctx.toks[i + n - 1];
            if n > 1 {
                key.push(' ');
            }
            key.push_str(&t.lower);
            if !self.lex.has_title_prefix(&key) {
                break;
            }
            if let Some(title) = self.lex.title(&key) {
                best = Some((n, title));
            }
        }
        let (mut n, title) = best?;
        let title = title.clone();
        // ("the Justice Ministry", "Arnor's Justice Department": a title's word before a
        // body's head word names the body)
        if ctx.toks.get(i + n).is_some_and(|t| {
            i + n < end
                && t.is_capitalized()
                && self.lex.head_type(&t.lower).is_some_and(|h| h == Some(NodeType::Organization))
        }) && ctx.toks[i].is_capitalized()
        {
            return None;
        }
        // ("Foreign Ministry spokesman X": a body written as a name is the body, and its
        // spokesman holds a post there; in lower case the words are only the post's)
        if title.label.starts_with("Foreign Ministry ") && ctx.toks.get(i + 1).is_some_and(|t| t.is_capitalized()) {
            return None;
        }
        // "Minister of Foreign Affairs", "Minister of Silly Walks": a portfolio after the
        // title belongs to it (a listed place or body after "of" is the affiliation)
        let toks = ctx.toks;
        // ("High Commissioner for Human Rights Ann Lee", "Assistant Secretary of State for
        // European Affairs Ann Lee": or "for" a portfolio)
        if matches!(title.kind.as_str(), "minister" | "official" | "head" | "diplomat")
            && toks[i].is_capitalized()
            && i + n + 1 < end
            && (toks[i + n].lower == "of" && title.kind != "diplomat" || toks[i + n].lower == "for")
            && toks[i + n + 1].is_capitalized()
            && self.gazetteer_at(ctx, i + n + 1, end).is_none()
        {
            let mut j = i + n + 1;
            while j < end
                && (toks[j].is_capitalized() && self.gazetteer_at(ctx, j, end).is_none()
                    || matches!(toks[j].lower.as_str(), "and" | "&" | "for" | "of")
                        && toks.get(j + 1).is_some_and(|x| x.is_capitalized() && j + 1 < end))
            {
                j += 1;
            }
            // (a joining word before a listed name is no part of the portfolio: "Minister
            // for Foreign Affairs of Arnor")
            while j > i + n + 1 && matches!(toks[j - 1].lower.as_str(), "and" | "&" | "for" | "of") {
                j -= 1;
            }
            // the portfolio ends before a person's name: "Minister of Health Ann Lee"
            let named = (i + n + 2..j).find(|&k| self.lex.is_given_name(&toks[k].lower) || is_initial(&toks[k]));
            let stop = named.unwrap_or(j);
            // "President of Miss Universe Inc": a body, not a portfolio
            let body = (i + n + 1..stop).any(|k| self.lex.head_type(&toks[k].lower).is_some());
            if stop > i + n + 1 && !body {
                n = stop - i;
                if named.is_none() {
                    // a title with no name: nothing to type here
                    return Some((n, title));
                }
            }
        }
        // ("the White Council's Special Envoy for Rohan, Dan Moll": a post for a listed place
        // or body, with no name of its own)
        if matches!(title.kind.as_str(), "minister" | "official" | "head" | "diplomat")
            && i + n + 1 < end
            && matches!(toks[i + n].lower.as_str(), "for" | "to")
            && toks[i + n + 1].is_capitalized()
            && self.gazetteer_at(ctx, i + n + 1, end).is_some()
        {
            return Some((n, title));
        }
        // a title announces a name: the next token must be capitalised
        // (past the close of a bracket the title is in: "( Air France chairman ) Christian Blanc")
        let opened = (i.saturating_sub(5)..i).rev().take_while(|&k| toks[k].norm != ")").any(|k| toks[k].norm == "(");
        // (and past the comma of "his Slovenian counterpart, Milan Kucan")
        let counterpart = n == 1 && matches!(toks[i].lower.as_str(), "counterpart" | "counterparts");
        let skip = usize::from(
            opened && toks.get(i + n).is_some_and(|x| x.norm == ")")
                || counterpart && toks.get(i + n).is_some_and(|x| x.norm == ","),
        );
        let next = ctx.toks.get(i + n + skip).filter(|_| i + n + skip < end)?;
        if ctx.toks[i].kind != TokenKind::Word {
            return None;
        }
        // "the Minister of Foreign Affairs said": a listed title with its portfolio
        if n >= 3
            && title.kind == "minister"
            && toks[i + 1..i + n].iter().any(|x| x.lower == "of")
            && !next.is_capitalized()
        {
            return Some((n, title));
        }
        if !next.is_capitalized() {
            // "chairman and chief executive officer Marco Provera": two titles joined
            if next.lower == "and" && i + n + 1 < end {
                if let Some((n2, _)) = self.title_at(ctx, i + n + 1, end) {
                    return Some((n + 1 + n2, title));
                }
            }
            return None;
        }
        // a lower-case title must be a role noun phrase, not "the leader" alone
        Some((n, title))
    }
}

impl SentenceCtx<'_> {
    fn all_caps_word_is_common(&self, t: &Token) -> bool {
        // in an all-caps headline, "US" may be the pronoun "us"
        self.all_caps && matches!(t.lower.as_str(), "us" | "it" | "in" | "on" | "at" | "as" | "is" | "or" | "an")
    }
}

/// A capitalised run waiting for classification.
#[derive(Debug, Clone)]
struct Run {
    tokens: Range<usize>,
    sentence: usize,
    title: Option<RoleTitle>,
    sentence_initial: bool,
    /// From an all-caps headline: typed only by the same name elsewhere.
    all_caps: bool,
}

impl MentionFinder for RuleFinder<'_> {
    fn find(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut pending_runs = Vec::new();
        for (si, s) in sentences.iter().enumerate() {
            let words: Vec<&Token> = tokens[s.tokens.clone()].iter().filter(|t| t.is_word()).collect();
            let letters = words.iter().filter(|t| t.norm.chars().any(char::is_alphabetic)).count();
            let all_caps = letters >= 3 && words.iter().filter(|t| t.is_all_caps()).count() * 10 >= letters * 8;
            let ctx = SentenceCtx { toks: tokens, all_caps };
            self.find_in_sentence(text, &ctx, s, si, &mut out, &mut pending_runs);
        }
        self.classify_leftovers(text, tokens, sentences, pending_runs, &mut out);
        self.retype_teams(tokens, sentences, &mut out);
        club_names(text, tokens, sentences, &mut out);
        merge_places_into_names(self.lex, text, tokens, &mut out);
        company_arms(self.lex, text, tokens, &mut out);
        party_names(self.lex, text, tokens, &mut out);
        named_forces(text, tokens, &mut out);
        // ("Australia's Hobart-class destroyers": a class of ships named after a place is no
        // mention of the place)
        out.retain(|m| {
            !(m.node_type == NodeType::Location
                && tokens.get(m.tokens.end).is_some_and(|t| t.norm == "-" && !t.space_before)
                && tokens
                    .get(m.tokens.end + 1)
                    .is_some_and(|t| !t.space_before && matches!(t.lower.as_str(), "class" | "type")))
        });
        add_delegations(tokens, &mut out);
        self.party_adjectives(tokens, sentences, &mut out);
        out.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        // ("Turkish Cypriot leader", "Bosnian Serb forces", "Kosovo Serb leaders": a people
        // within another state's land is neither state)
        // (not a place and the people in it: "In eastern Ukraine Russian forces")
        let placed = |a: &Mention| {
            let mut p = a.tokens.start;
            while p > 0 && a.tokens.start - p < 3 && tokens[p - 1].is_word() {
                p -= 1;
                if matches!(
                    tokens[p].lower.as_str(),
                    "in" | "at" | "from" | "across" | "near" | "inside" | "throughout" | "into"
                ) {
                    return true;
                }
                if tokens[p].is_capitalized() {
                    break;
                }
            }
            false
        };
        let pair = |a: &Mention, b: &Mention| {
            a.node_type == NodeType::Country
                && b.node_type == NodeType::Country
                && b.form == MentionForm::Demonym
                && a.form != MentionForm::Capital
                && !a.possessive
                && a.tokens.end == b.tokens.start
                && a.entity != b.entity
                && !placed(a)
        };
        let community: Vec<bool> = (0..out.len())
            .map(|i| (i > 0 && pair(&out[i - 1], &out[i])) || (i + 1 < out.len() && pair(&out[i], &out[i + 1])))
            .collect();
        if community.contains(&true) {
            let mut k = 0;
            out.retain(|_| {
                k += 1;
                !community[k - 1]
            });
        }
        out
    }
}

/// Nouns of politics that a party adjective names the party of: "Republican
/// presidential candidate", "Democratic lawmakers".
const PARTY_NOUNS: &[&str] = &[
    "candidate",
    "candidates",
    "nominee",
    "nominees",
    "senator",
    "senators",
    "lawmaker",
    "lawmakers",
    "congressman",
    "congresswoman",
    "leader",
    "leaders",
    "leadership",
    "governor",
    "strategist",
    "challenger",
    "rival",
    "incumbent",
    "mp",
    "mps",
    "member",
    "members",
    "chairman",
    "chairwoman",
];

impl RuleFinder<'_> {
    /// "Democratic Senator Chuck Schumer", "Republican presidential candidate Bob Dole",
    /// "Tory leader X": a party adjective before a post names the party (a mention of
    /// form `demonym`, as a nationality before a post names the state).
    fn party_adjectives(&self, tokens: &[Token], sentences: &[Sentence], out: &mut Vec<Mention>) {
        let g = &self.lex.gazetteer;
        let mut extra = Vec::new();
        // the tokens inside a mention, marked once for the whole text when an adjective is met
        let mut covered: Option<Vec<bool>> = None;
        for (si, s) in sentences.iter().enumerate() {
            for i in s.tokens.clone() {
                let Some(entry) = self.lex.party_adjective(&tokens[i].norm) else { continue };
                let covered = covered.get_or_insert_with(|| {
                    let mut c = vec![false; tokens.len()];
                    for m in out.iter() {
                        c[m.tokens.clone()].fill(true);
                    }
                    c
                });
                if covered[i] {
                    continue;
                }
                let mut k = i + 1;
                if tokens.get(k).is_some_and(|t| {
                    k < s.tokens.end
                        && matches!(
                            t.lower.as_str(),
                            "presidential" | "vice-presidential" | "party" | "senior" | "former" | "top" | "fellow"
                        )
                }) {
                    k += 1;
                }
                let post = tokens.get(k).is_some_and(|t| {
                    k < s.tokens.end && (PARTY_NOUNS.contains(&t.lower.as_str()) || self.lex.title(&t.lower).is_some())
                });
                if !post {
                    continue;
                }
                let e = g.entry(entry);
                extra.push(Mention {
                    start: tokens[i].start,
                    end: tokens[i].end,
                    tokens: i..i + 1,
                    sentence: si,
                    node_type: NodeType::Organization,
                    form: MentionForm::Demonym,
                    entity: e.id.clone(),
                    label: e.label.clone(),
                    entry: Some(entry),
                    country: e.country.clone(),
                    rule: "party-adjective",
                    role: None,
                    possessive: false,
                    nested: false,
                });
            }
        }
        out.extend(extra);
    }
}

fn possessive_after(tokens: &[Token], end_tok: usize) -> bool {
    tokens.get(end_tok).is_some_and(|t| t.lower == "'s" || (t.norm == "'" && !t.space_before))
}

impl RuleFinder<'_> {
    fn find_in_sentence(
        &self,
        text: &str,
        ctx: &SentenceCtx,
        s: &Sentence,
        si: usize,
        out: &mut Vec<Mention>,
        runs: &mut Vec<Run>,
    ) {
        let toks = ctx.toks;
        let end = s.tokens.end;
        let mut i = s.tokens.start;
        let mut title: Option<RoleTitle> = None;
        while i < end {
            let t = &toks[i];
            if !t.is_word() {
                // "( Air France chairman ) Christian Blanc": a bracket inserted in a
                // quotation closes on the title of the name after it
                let closes_on_title =
                    matches!(t.norm.as_str(), ")" | ",") && title.as_ref().is_some_and(|p| p.tokens.end == i);
                if !closes_on_title {
                    title = None;
                }
                i += 1;
                continue;
            }
            // pronouns (not the family name "He" inside a sentence: "Vice Premier He
            // Lifeng", "spokesperson He Yadong", "met with He Lifeng")
            if PRONOUNS.contains(&t.lower.as_str()) && !pronoun_surname(toks, i, s.tokens.start, title.is_some())
                || object_pronoun(toks, i, end)
            {
                out.push(Mention {
                    start: t.start,
                    end: t.end,
                    tokens: i..i + 1,
                    sentence: si,
                    node_type: NodeType::Person,
                    form: MentionForm::Pronoun,
                    entity: String::new(),
                    label: String::new(),
                    entry: None,
                    country: None,
                    rule: "pronoun",
                    role: None,
                    possessive: false,
                    nested: false,
                });
                i += 1;
                continue;
            }
            // "the USS Carney", "the BRP Sierra Madre", "HMS Prince of Wales": a ship named
            // with its navy's prefix is its flag state, which acts and is struck through it
            if let Some(state) = self
                .lex
                .ship_prefix(&t.norm)
                .filter(|_| toks.get(i + 1).is_some_and(|x| i + 1 < end && x.is_capitalized() && x.is_word()))
                .and_then(|code| self.lex.gazetteer.country_id(code))
                .and_then(|id| self.lex.gazetteer.find_id(&id))
            {
                let mut j = i + 1;
                while j < end
                    && (toks[j].is_capitalized() && toks[j].is_word()
                        || matches!(toks[j].lower.as_str(), "of" | "de" | "del")
                            && toks.get(j + 1).is_some_and(|x| j + 1 < end && x.is_capitalized()))
                {
                    j += 1;
                }
                let e = self.lex.gazetteer.entry(state);
                out.push(Mention {
                    start: t.start,
                    end: toks[j - 1].end,
                    tokens: i..j,
                    sentence: si,
                    node_type: NodeType::Country,
                    form: MentionForm::Alias,
                    entity: e.id.clone(),
                    label: e.label.clone(),
                    entry: Some(state),
                    country: None,
                    rule: "ship-prefix",
                    role: None,
                    possessive: possessive_after(toks, j),
                    nested: false,
                });
                i = j;
                continue;
            }
            // "the destroyer Nanning", "the submarine Kazan", "the frigate Admiral Lazarev": a
            // ship's name after its kind is neither the place nor the person it is named after
            if t.is_capitalized()
                && i > s.tokens.start
                && matches!(
                    toks[i - 1].lower.as_str(),
                    "destroyer" | "frigate" | "submarine" | "corvette" | "cruiser" | "warship" | "icebreaker"
                )
            {
                while i < end && toks[i].is_capitalized() && toks[i].is_word() {
                    i += 1;
                }
                continue;
            }
            let prev_given =
                i > s.tokens.start && self.lex.is_given_name(&toks[i - 1].lower) && toks[i - 1].is_capitalized();
            // "spokesman US Army Col. X": a listed body or country right after a title,
            // with more name to come, is the title's affiliation, not the person
            // ("Chief Palestinian negotiator Saeb Erakat": a state before a lower-case
            // word of the title is the affiliation too)
            let affiliation_after_title = title.is_some()
                && self.gazetteer_at(ctx, i, end).is_some_and(|(n, sf)| {
                    let next = toks.get(i + n).filter(|_| i + n < end);
                    let state = |x: &Surface| self.lex.gazetteer.entry(x.entry).node_type == NodeType::Country;
                    next.is_some_and(|x| x.is_capitalized())
                        && sf.iter().any(|x| {
                            matches!(
                                self.lex.gazetteer.entry(x.entry).node_type,
                                NodeType::Country | NodeType::Organization
                            )
                        })
                        || next.is_some_and(|x| x.is_word() && !x.is_capitalized()) && sf.iter().any(state)
                });
            if (title.is_none() || affiliation_after_title) && !prev_given {
                // "pro-Beijing", "anti-Kremlin": an adjective, not the actor
                let prefixed = i >= 2
                    && toks[i - 1].norm == "-"
                    && !toks[i - 1].space_before
                    && !t.space_before
                    && MODIFIER_PREFIXES.contains(&toks[i - 2].lower.as_str());
                if let Some((n, surfaces)) = self.gazetteer_at(ctx, i, end).filter(|_| !prefixed) {
                    // "Sudan People's Liberation Army": another state's name right before a
                    // listed body of one state makes a body of its own, the first state's
                    let foreign_body = surfaces.iter().all(|sf| {
                        let e = self.lex.gazetteer.entry(sf.entry);
                        e.node_type == NodeType::Organization && e.country.is_some()
                    });
                    let state_before = out.last().filter(|p: &&Mention| {
                        p.node_type == NodeType::Country
                            && p.form == MentionForm::Name
                            && !p.possessive
                            && p.tokens.end == i
                            && surfaces
                                .iter()
                                .all(|sf| self.lex.gazetteer.entry(sf.entry).country.as_ref() != Some(&p.entity))
                    });
                    if let Some(p) = state_before.filter(|_| foreign_body && n > 1) {
                        let (start, from, state) = (p.start, p.tokens.start, p.entity.clone());
                        let label = text[start..toks[i + n - 1].end].to_string();
                        out.pop();
                        out.push(Mention {
                            start,
                            end: toks[i + n - 1].end,
                            tokens: from..i + n,
                            sentence: si,
                            node_type: NodeType::Organization,
                            form: MentionForm::Name,
                            entity: format!("organization:{}", crate::gazetteer::slug(&label)),
                            label,
                            entry: None,
                            country: Some(state),
                            rule: "state-before-listed-body",
                            role: None,
                            possessive: false,
                            nested: false,
                        });
                        i += n;
                        continue;
                    }
                    // a gazetteer word followed by more capitalised words that make a
                    // bigger name ("Washington Post" is listed; "Jordan Peterson" is not)
                    let next = toks.get(i + n).filter(|_| i + n < end);
                    // (not a title's place: "Governor of Washington Chris Gregoire")
                    let titles_place =
                        i >= 2 && toks[i - 1].lower == "of" && self.lex.title(&toks[i - 2].lower).is_some();
                    let glued_name = n == 1
                        && !titles_place
                        && (self.lex.is_given_name(&t.lower) || self.lex.is_place_given_name(&t.lower))
                        && next.is_some_and(|x| {
                            x.is_capitalized()
                                && !x.is_all_caps()
                                && !is_function_word(x)
                                && self.lex.head_type(&x.lower).is_none()
                                && self.lex.title(&x.lower).is_none()
                                && self.gazetteer_at(ctx, i + n, end).is_none()
                        });
                    // "Alia Salem said": a listed town after a capitalised word and before a
                    // reporting verb is a surname
                    let surname_town = n == 1
                        && surfaces.iter().all(|sf| self.lex.gazetteer.entry(sf.entry).node_type == NodeType::Location)
                        && i > s.tokens.start
                        && toks[i - 1].is_capitalized()
                        && !is_function_word(&toks[i - 1])
                        && next.is_some_and(|x| REPORTING.contains(&x.lower.as_str()));
                    // "Larisa Sayenko" in a byline: a listed town that opens a byline is a given name
                    let byline = n == 1 && byline_at(toks, i, i + 2);
                    // "Torrance Zellner (U.S.) 48.23": a listed town, a name and a country in
                    // brackets are a results line's athlete
                    let athlete = n == 1
                        && next.is_some_and(|x| x.is_capitalized() && !x.is_all_caps() && !is_function_word(x))
                        && self.gazetteer_at(ctx, i + 1, end).is_none()
                        && toks.get(i + 2).is_some_and(|x| x.norm == "(")
                        && self.gazetteer_at(ctx, i + 3, end).is_some_and(|(k, sf)| {
                            toks.get(i + 3 + k).is_some_and(|x| x.norm == ")")
                                && sf.iter().any(|x| self.lex.gazetteer.entry(x.entry).node_type == NodeType::Country)
                        });
                    if !glued_name && !surname_town && !byline && !athlete {
                        if let Some(m) = self.choose_surface(text, ctx, s, si, i, i + n, surfaces) {
                            out.push(m);
                        }
                        i += n;
                        continue;
                    }
                }
            }
            // "former prime minister Sheikh Vale": "Sheikh" before a single name word is
            // part of the name (not "Sheikh Tom bin Brand")
            let sheikh_name = matches!(t.lower.as_str(), "sheikh" | "sheikha")
                && t.is_capitalized()
                && toks.get(i + 1).is_some_and(|x| x.is_capitalized() && !x.is_all_caps() && i + 1 < end)
                && toks.get(i + 2).is_none_or(|x| {
                    i + 2 >= end || !(x.is_capitalized() || self.lex.is_particle(&x.lower) || x.norm == "-")
                });
            // "Defence Production Minister Tom Brand", "Home Affairs Commissioner Ann Lee":
            // capitalised words of a portfolio the titles do not list, right before a bare
            // "Minister", "Secretary" or "Commissioner" and its holder's name, are part of the
            // post, not a name
            if title.is_none() && t.is_capitalized() && !sheikh_name && !self.lex.is_given_name(&t.lower) {
                let plain = |k: usize| {
                    toks[k].is_capitalized()
                        && !toks[k].is_all_caps()
                        && !is_function_word(&toks[k])
                        && self.lex.head_type(&toks[k].lower).is_none()
                        && !self.lex.is_org_suffix(&toks[k].lower)
                        && self.gazetteer_at(ctx, k, end).is_none()
                };
                // (not a headline's verb or an opening gerund: "Rohan Snubs Minister X",
                // "Visiting Minister X")
                let verbal = |k: usize| {
                    toks[k].lower.ends_with("ing")
                        || toks[k].lower.ends_with('s') && !self.lex.cues_starting(&toks[k].lower).is_empty()
                };
                let words = (i..(i + 3).min(end))
                    .take_while(|&k| plain(k) && !verbal(k) && self.title_at(ctx, k, end).is_none())
                    .count();
                let post = (words > 0).then(|| self.title_at(ctx, i + words, end)).flatten().filter(|(n, tl)| {
                    matches!(tl.label.as_str(), "Minister" | "Secretary" | "Commissioner")
                        && toks.get(i + words + n).is_some_and(|_| i + words + n < end && plain(i + words + n))
                        && !title_case_line(toks, s.tokens.clone())
                });
                if let Some((n, tl)) = post {
                    let k = i + words + n;
                    title = Some(RoleTitle {
                        text: text[toks[i].start..toks[k - 1].end].to_string(),
                        kind: tl.kind.clone(),
                        tokens: i..k,
                    });
                    i = k;
                    continue;
                }
            }
            if let Some((n, tl)) = self.title_at(ctx, i, end).filter(|_| !sheikh_name) {
                // a courtesy or military title right after a post is no part of the name and
                // keeps the post: "Prime Minister Sheikh Mohammed bin Abdulrahman", "Army chief
                // General Abdel Fattah al-Burhan"
                let courtesy = matches!(tl.kind.as_str(), "royal" | "military" | "honorific" | "religious");
                if let Some(p) = title.as_mut().filter(|p| p.tokens.end == i && courtesy && t.is_capitalized()) {
                    p.tokens.end = i + n;
                    i += n;
                    continue;
                }
                // a second title after an affiliation replaces the first ("spokesman US Army Col. X")
                let after_gap = title.as_ref().is_some_and(|p| p.tokens.end != i);
                if tl.kind == "honorific" || !t.is_capitalized() || title.is_none() || after_gap {
                    let text_of = &text[toks[i].start..toks[i + n - 1].end];
                    // a title with no name after it ("the Minister of Health said") only
                    // keeps its words out of names
                    // (nor before a body's head word: "Republican Party", "Democratic Convention")
                    let nx = i + n + usize::from(toks.get(i + n).is_some_and(|x| matches!(x.norm.as_str(), ")" | ",")));
                    let named = toks.get(nx).is_some_and(|x| {
                        x.is_capitalized()
                            && nx < end
                            && self.lex.head_type(&x.lower) != Some(Some(NodeType::Organization))
                    });
                    title = named.then(|| RoleTitle {
                        text: title_case(text_of, &tl.label),
                        kind: tl.kind.clone(),
                        tokens: i..i + n,
                    });
                    i += n;
                    continue;
                }
            }
            if ctx.all_caps {
                // an all-caps headline has no case signal: a run here is typed
                // only by the same name found elsewhere in the document
                let mut j = i;
                while j < end
                    && toks[j].is_word()
                    && !is_function_word(&toks[j])
                    && self.gazetteer_at(ctx, j, end).is_none()
                {
                    j += 1;
                }
                if j > i {
                    runs.push(Run { tokens: i..j, sentence: si, title: None, sentence_initial: false, all_caps: true });
                }
                title = None;
                i = j.max(i + 1);
                continue;
            }
            // "Economist Joel Naroff said": a job noun opening the sentence is no part of the name
            let opening_job = title.is_none()
                && (i == s.tokens.start || (i == s.tokens.start + 1 && !toks[s.tokens.start].is_word()))
                && self.lex.relational(&t.lower) == Some(crate::graph::Relation::WorksFor)
                && toks.get(i + 1).is_some_and(|x| x.is_capitalized() && !x.is_all_caps() && i + 1 < end);
            if opening_job {
                i += 1;
                continue;
            }
            // "TEL AVIV, Jan 19 (Reuters)": a month's short name before a day is a date
            let month_day = matches!(
                t.lower.trim_end_matches('.'),
                "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
            ) && toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number);
            if month_day {
                title = None;
                i += 1;
                continue;
            }
            // (a lower-case word opens a name only right after its title: "President bin
            // Laden", not "Chief Palestinian negotiator")
            if t.is_capitalized()
                || (title.as_ref().is_some_and(|r| r.tokens.end == i)
                    && t.norm.chars().next().is_some_and(char::is_alphabetic))
            {
                let start_run = i;
                // the run is a title's body: "CEO of the Refugee Council …"
                let title_of = {
                    let p = start_run - usize::from(start_run > s.tokens.start && toks[start_run - 1].lower == "the");
                    (p >= s.tokens.start + 2 && toks[p - 1].lower == "of")
                        .then(|| self.lex.title(&toks[p - 2].lower).filter(|t| t.kind != "honorific"))
                        .flatten()
                        .map(|t| (p - 2, t.clone()))
                };
                let titled_of = title_of.is_some();
                // the title passes to the holder's name after the body
                let mut carry: Option<RoleTitle> = None;
                let mut j = i + 1;
                while j < end {
                    let x = &toks[j];
                    // "University of (Southern) Indiana"
                    let of_at = |k: usize| k > start_run && toks[k].lower == "of";
                    let of_place = j >= start_run + 2
                        && (of_at(j - 1) || (of_at(j - 2) && NAME_ADJECTIVES.contains(&toks[j - 1].lower.as_str())))
                        && self.lex.prefix_type(&toks[start_run].lower).is_some()
                        && x.is_capitalized();
                    if of_place {
                        if let Some((n, _)) = self.gazetteer_at(ctx, j, end) {
                            // "Bank of England", "University of Chicago": the place is part of the name
                            j += n;
                            continue;
                        }
                    }
                    if x.is_capitalized()
                        && self.gazetteer_at(ctx, j, end).is_none_or(|(n, _)| {
                            // stop at a listed phrase unless it is a surname in a name
                            let after_given = j == start_run + 1
                                && (self.lex.is_given_name(&toks[start_run].lower) || is_initial(&toks[start_run]));
                            let surname_town = n == 1
                                && toks.get(j + 1).is_some_and(|y| REPORTING.contains(&y.lower.as_str()))
                                && self.gazetteer_at(ctx, j, end).is_some_and(|(_, sf)| {
                                    sf.iter().all(|x| self.lex.gazetteer.entry(x.entry).node_type == NodeType::Location)
                                });
                            // "dissident Wang Donghai": a town after a common family name is
                            // the rest of a person's name
                            let after_family = n == 1
                                && j == start_run + 1
                                && self.lex.is_common_surname(&toks[start_run].lower)
                                && !toks[start_run].is_all_caps()
                                && self.gazetteer_at(ctx, j, end).is_some_and(|(_, sf)| {
                                    sf.iter().all(|x| self.lex.gazetteer.entry(x.entry).node_type == NodeType::Location)
                                });
                            // "Real Madrid", "Lake Geneva": a lead word names a thing after the place
                            let after_lead = j == start_run + 1 && self.lex.lead_type(&toks[start_run].lower).is_some();
                            // "Valeska Paris, an Australian woman, …": a town after a word
                            // and before a person's apposition is a surname
                            let described = n == 1
                                && j == start_run + 1
                                && !is_function_word(&toks[start_run])
                                && self.gazetteer_at(ctx, start_run, end).is_none()
                                && self.person_apposition(toks, j + 1, end);
                            after_lead
                                || toks[start_run].is_capitalized()
                                    && n == 1
                                    && (title.is_some() || after_given || surname_town || after_family || described)
                        })
                    {
                        // ("Ali Sheikh Hassan": "Sheikh" inside a name, between two of its
                        // words, is part of it)
                        let inside = matches!(x.lower.as_str(), "sheikh" | "sheik" | "shaikh")
                            && toks.get(j + 1).is_some_and(|y| y.is_capitalized() && !is_function_word(y))
                            && j + 1 < end;
                        if self.title_at(ctx, j, end).is_some() && !self.lex.is_org_suffix(&x.lower) && !inside {
                            break;
                        }
                        // "the leader of the Varnex Group Ann Vale": a given name and a surname
                        // after a body's head word start a person's name
                        let body_done = j > start_run + 1
                            && (self.lex.head_type(&toks[j - 1].lower) == Some(Some(NodeType::Organization))
                                || titled_of
                                    && j >= start_run + 3
                                    && toks[j - 2].lower == "of"
                                    && self.lex.prefix_type(&toks[j - 3].lower).is_some());
                        if body_done
                            && self.lex.is_given_name(&x.lower)
                            && toks
                                .get(j + 1)
                                .is_some_and(|y| y.is_capitalized() && !is_function_word(y) && j + 1 < end)
                        {
                            break;
                        }
                        // "CEO of the Refugee Council Enver Solomon told", "Speaker of the House
                        // of Representatives Wahono said": after a title's body, the rest of
                        // the run is the holder's name
                        if body_done && titled_of {
                            let m = (j..(j + 4).min(end))
                                .take_while(|&q| {
                                    toks[q].is_capitalized()
                                        && !is_function_word(&toks[q])
                                        && self.lex.head_type(&toks[q].lower).is_none()
                                        && self.gazetteer_at(ctx, q, end).is_none()
                                })
                                .count();
                            let closes =
                                toks.get(j + m).is_none_or(|y| j + m >= end || !y.is_capitalized() || y.norm == ",");
                            if (1..=3).contains(&m) && closes {
                                carry = title_of.as_ref().map(|(q, tl)| RoleTitle {
                                    text: title_case(&text[toks[*q].start..toks[*q].end], &tl.label),
                                    kind: tl.kind.clone(),
                                    tokens: *q..*q + 1,
                                });
                                break;
                            }
                        }
                        j += 1;
                    } else if x.norm == "-"
                        && !x.space_before
                        && toks.get(j + 1).is_some_and(|y| y.is_capitalized() && !y.space_before)
                        // "R-Texas", "D-Calif.": a party and a state, not one name
                        && toks[j - 1].norm.chars().filter(|c| c.is_alphabetic()).count() > 1
                    {
                        j += 2;
                    } else if x.norm == "-"
                        && !x.space_before
                        && j > start_run
                        && toks[j - 1].is_capitalized()
                        && toks.get(j + 1).is_some_and(|y| {
                            y.is_word()
                                && !y.space_before
                                && y.norm.chars().all(|c| c.is_lowercase())
                                && y.norm.len() <= 5
                        })
                        // (punctuation may follow: "Lee Jae-myung, who")
                        && toks.get(j + 2).is_none_or(|z| z.space_before || !z.is_word() || z.lower == "'s")
                        && (title.is_some() || self.lex.is_given_name(&toks[start_run].lower) || j > start_run + 1)
                    {
                        // "Lee Jae-myung", "Kim Jong-un": a hyphenated given name
                        j += 2;
                    } else if x.norm == "-"
                        && !x.space_before
                        && j + 3 < end
                        && matches!(toks[j + 1].lower.as_str(), "e" | "i" | "ul" | "ud" | "ut" | "ur" | "al" | "el")
                        && !toks[j + 1].space_before
                        && toks[j + 2].norm == "-"
                        && !toks[j + 2].space_before
                        && toks[j + 3].is_capitalized()
                        && !toks[j + 3].space_before
                    {
                        // "Lashkar-e-Taiba", "Jamaat-ud-Dawa", "Harkat-ul-Mujahideen": one name
                        j += 4;
                    } else if self.lex.is_particle(&x.lower)
                        && toks.get(j + 1).is_some_and(|y| y.norm == "-" && !y.space_before)
                        && toks.get(j + 2).is_some_and(|y| y.is_capitalized() && !y.space_before)
                        && j + 2 < end
                    {
                        // "el-Sisi", "al-Assad", "bin-Salman" inside a name
                        j += 3;
                    } else if ((x.is_word() || x.norm == "&")
                        && is_inner_connector(x, self.lex)
                        // "Arab Al Qaeda fighter": a listed name starts at the particle
                        && self.gazetteer_at(ctx, j, end).is_none_or(|(n, _)| n < 2)
                        // "Wong Kwok-kin of FTU", "Leung Yiu-chung of NWSC": a name, "of" and
                        // a party's acronym are a person and a body
                        && !(x.lower == "of"
                            && j >= start_run + 2
                            && toks.get(j + 1).is_some_and(|y| {
                                y.is_all_caps() && (2..=6).contains(&y.norm.chars().filter(|c| c.is_alphabetic()).count())
                            })
                            && toks.get(j + 2).is_none_or(|y| j + 2 >= end || !y.is_capitalized())
                            && (start_run..j).all(|q| self.lex.head_type(&toks[q].lower).is_none()))
                        // a person's name has no "of", "on", "for" or "the": "Dana Cole of
                        // Arnor" is a name and a place, "Saeb Erakat on CNN" a name and a channel
                        && !((title.is_some()
                            || self.lex.is_given_name(&toks[start_run].lower)
                            || is_initial(&toks[start_run]))
                            && matches!(x.lower.as_str(), "of" | "on" | "for" | "the"))
                        // "von der Brandt", "van der Holt", "de la Serna": particles in a row
                        // ("Joint Council for the Welfare of Immigrants": a body's head word,
                        // then "for the" or "of the" and a name)
                        && (toks.get(j + 1).is_some_and(|y| y.is_capitalized()) && j + 1 < end
                            || matches!(x.lower.as_str(), "for" | "of")
                                && toks.get(j + 1).is_some_and(|y| y.lower == "the")
                                && toks.get(j + 2).is_some_and(|y| y.is_capitalized())
                                && j + 2 < end
                                && j - 1 > start_run
                                && self.lex.head_type(&toks[j - 1].lower) == Some(Some(NodeType::Organization))
                            || self.lex.is_particle(&x.lower)
                                && toks.get(j + 1).is_some_and(|y| self.lex.is_particle(&y.lower))
                                && toks.get(j + 2).is_some_and(|y| y.is_capitalized())
                                && j + 2 < end))
                        || (x.kind == TokenKind::Punct
                            && x.norm == "-"
                            && !x.space_before
                            && toks.get(j + 1).is_some_and(|y| {
                                !y.space_before && y.is_word() && self.lex.is_particle(&toks[j - 1].lower)
                            }))
                    {
                        // "Ministry of Defence", "bin Salman", "al-Assad"
                        j += 1;
                    } else if x.lower == "and"
                        && j > start_run
                        && title.is_none()
                        && toks[j - 1].is_capitalized()
                        && (j + 2..(j + 4).min(end)).any(|h| {
                            self.lex.head_type(&toks[h].lower) == Some(Some(NodeType::Organization))
                                && !LEGAL_FORMS.contains(&toks[h].lower.trim_end_matches('.'))
                                && (j + 1..=h).all(|q| toks[q].is_capitalized() && self.gazetteer_at(ctx, q, q + 1).is_none())
                        })
                        // (not two names: "First Bank System Inc. and Norwest Corp.", "the
                        // Irish Navy and Air Corps", "Chief Constable Chris Sims and …")
                        && (start_run..j).all(|q| {
                            self.gazetteer_at(ctx, q, q + 1).is_none()
                                && self.lex.head_type(&toks[q].lower).is_none()
                                && !self.lex.is_given_name(&toks[q].lower)
                                && toks[q].is_word()
                        })
                    {
                        // "Competition and Markets Authority", "Food and Drug Administration":
                        // two words joined before a body's head word name one body
                        j += 1;
                    } else if x.lower == "and"
                        && title.is_none()
                        && (start_run + 1..j.saturating_sub(1)).any(|q| {
                            toks[q].lower == "for"
                                && self.lex.prefix_type(&toks[q - 1].lower) == Some(Some(NodeType::Organization))
                        })
                        && toks.get(j + 1).is_some_and(|y| {
                            j + 1 < end
                                && y.is_capitalized()
                                && !matches!(y.lower.as_str(), "the" | "a" | "an" | "and" | "or" | "of")
                                && !self.lex.is_given_name(&y.lower)
                                && self.gazetteer_at(ctx, j + 1, end).is_none()
                        })
                    {
                        // "Centre for Strategic and International Studies", "Council for Peace
                        // and Security": the charge after a body's "for" runs on past "and"
                        j += 1;
                    } else {
                        break;
                    }
                }
                // trim function words at both ends; a name with a head word keeps its
                // adjectives ("National Security Council", "Federal Reserve Bank")
                // ("National Association of Purchasing Management": a head word that
                // takes "of" right after the adjective heads the name too)
                // (past an opening "The": "The National Bank of Poland said")
                let s0 = start_run + usize::from(toks[start_run].lower == "the");
                let headed = j > start_run
                    && (self.lex.head_type(&toks[j - 1].lower).is_some()
                        || s0 + 2 < j
                            && self.lex.prefix_type(&toks[s0 + 1].lower).is_some()
                            && (toks[s0 + 2].lower == "of"
                                || toks[s0 + 2].lower == "for"
                                    && self.lex.prefix_type(&toks[s0 + 1].lower)
                                        == Some(Some(NodeType::Organization))));
                let mut a = start_run;
                // "Scientologist Tom Cruise", "Marxist X": a follower's noun before a full name
                // ("Veteran Ann Vale lost": any unknown word that opens the sentence there)
                let opens = a == s.tokens.start || a == s.tokens.start + 1 && !toks[s.tokens.start].is_word();
                if j == a + 3
                    && toks[a].lower.len() > 3
                    && (toks[a].lower.ends_with("ist")
                        || toks[a].lower.ends_with("ists")
                        || opens
                            && !toks[a].is_all_caps()
                            && !self.lex.is_given_name(&toks[a].lower)
                            && self.lex.head_type(&toks[a].lower).is_none()
                            && self.gazetteer_at(ctx, a, end).is_none())
                    && self.lex.is_given_name(&toks[a + 1].lower)
                    && !self.lex.is_given_name(&toks[a + 2].lower)
                {
                    a += 1;
                }
                // ("Briefing the Council, X said": a gerund opening the sentence is no name)
                if opens
                    && a + 2 < j
                    && toks[a].lower.len() > 5
                    && toks[a].lower.ends_with("ing")
                    && toks[a + 1].lower == "the"
                    && !self.lex.is_given_name(&toks[a].lower)
                    && self.gazetteer_at(ctx, a, end).is_none()
                {
                    a += 2;
                }
                // ("League of Women Voters", "Party of Regions": a prefix head before "of")
                let prefix_of =
                    |a: usize| a + 2 < j && toks[a + 1].lower == "of" && self.lex.prefix_type(&toks[a].lower).is_some();
                // ("Essex Police", "Leeds Police": a body's head word right after a listed
                // place names the body, which the place then opens)
                let after_place = headed
                    && a + 1 == j
                    && out.last().is_some_and(|m| {
                        m.tokens.end == a
                            && matches!(m.node_type, NodeType::Location | NodeType::Country)
                            && m.form != MentionForm::Demonym
                    });
                while a < j
                    && is_function_word(&toks[a])
                    && title.is_none()
                    && !pronoun_surname(toks, a, s.tokens.start, false)
                    && !(headed && NAME_ADJECTIVES.contains(&toks[a].lower.as_str()))
                    && !prefix_of(a)
                    && !after_place
                {
                    a += 1;
                }
                // a person's name may end in a word that is also a month or a modal
                // ("Theresa May", "Brian May")
                let personal = title.is_some() || (a < j && self.lex.is_given_name(&toks[a].lower));
                let mut b = j;
                while b > a
                    && (is_inner_connector(&toks[b - 1], self.lex)
                        || toks[b - 1].norm == "-"
                        || (is_function_word(&toks[b - 1])
                            && !self.lex.is_org_suffix(&toks[b - 1].lower)
                            && !(personal && b - 1 > a && MONTH_NAMES.contains(&toks[b - 1].lower.as_str()))
                            // "Secretary-General Umar Said": a capitalised "Said" after a given
                            // name is a surname
                            && !(b - 1 > a && toks[b - 1].norm == "Said" && self.lex.is_given_name(&toks[b - 2].lower))))
                {
                    b -= 1;
                }
                if a < b {
                    runs.push(Run {
                        tokens: a..b,
                        sentence: si,
                        title: title.take(),
                        sentence_initial: a == s.tokens.start
                            || (a == s.tokens.start + 1 && !toks[s.tokens.start].is_word()),
                        all_caps: false,
                    });
                }
                title = carry;
                i = j.max(i + 1);
                continue;
            }
            title = None;
            i += 1;
        }
    }

    /// Pick the entry a gazetteer phrase stands for here, and its form.
    #[allow(clippy::too_many_arguments)]
    fn choose_surface(
        &self,
        text: &str,
        ctx: &SentenceCtx,
        s: &Sentence,
        si: usize,
        a: usize,
        b: usize,
        surfaces: &[Surface],
    ) -> Option<Mention> {
        let g = &self.lex.gazetteer;
        let toks = ctx.toks;
        // "US$5 million", "HK$ 100,000": a currency's prefix
        if toks.get(b).is_some_and(|t| t.norm == "$" && !t.space_before) {
            return None;
        }
        let prev = (a > s.tokens.start).then(|| &toks[a - 1]);
        // "a Paris church", "the Moscow suburb of …": a capital that names where a
        // place is, not who acts
        let place_noun_after = prev.is_some_and(|p| matches!(p.lower.as_str(), "a" | "an"))
            && toks.get(b).is_some_and(|n| {
                b < s.tokens.end && n.is_word() && !n.is_capitalized() && self.lex.agent(&n.lower).is_none()
            });
        // ("visited Moscow": a capital visited stands for its government, as event
        // coders code it; "visited Lyon" is still a place)
        // (… and so does one travelled to: "flew to Moscow"; "arrived in Moscow" is
        // where one is)
        let travelled = a >= s.tokens.start + 2
            && toks[a - 1].lower == "to"
            && matches!(
                toks[a - 2].lower.as_str(),
                "travel"
                    | "travels"
                    | "travelled"
                    | "traveled"
                    | "travelling"
                    | "traveling"
                    | "fly"
                    | "flies"
                    | "flew"
                    | "flying"
            );
        let visited =
            travelled || prev.is_some_and(|p| matches!(p.lower.as_str(), "visit" | "visited" | "visits" | "visiting"));
        // ("sent weapons to Kyiv", "a warning to Tehran": the government receives them)
        let to_government = prev.is_some_and(|p| p.lower == "to")
            && (a.saturating_sub(9).max(s.tokens.start)..a - 1)
                .any(|k| TO_GOVERNMENT.contains(&toks[k].lower.as_str()));
        // ("recalled its ambassador from Algiers": the envoy leaves its government; "its
        // ambassador to Washington" is sent to one)
        let to_government = to_government
            || prev.is_some_and(|p| matches!(p.lower.as_str(), "from" | "to"))
                && (a.saturating_sub(4).max(s.tokens.start)..a - 1).any(|k| {
                    matches!(toks[k].lower.as_str(), "ambassador" | "ambassadors" | "envoy" | "envoys" | "diplomats")
                });
        // (a preposition right before the name and a noun right before it)
        let after = |prep: &str, nouns: &[&str]| {
            prev.is_some_and(|p| p.lower == prep)
                && a >= s.tokens.start + 2
                && nouns.contains(&toks[a - 2].lower.as_str())
        };
        // ("the authorities in Kabul", "the government in Minas Tirith": the seat of power
        // stands for the state)
        let seat = after(
            "in",
            &["authorities", "government", "governments", "regime", "leadership", "administration", "rulers", "junta"],
        );
        // ("a close ally of Moscow", "a key backer of Tehran": a tie is the government's)
        let tie = after(
            "of",
            &[
                "ally",
                "allies",
                "backer",
                "backers",
                "partner",
                "partners",
                "enemy",
                "enemies",
                "rival",
                "rivals",
                "foe",
                "foes",
                "critic",
                "critics",
                "supporter",
                "supporters",
                "proxy",
                "proxies",
            ],
        );
        let locative =
            prev.is_some_and(|p| LOCATIVE.contains(&p.lower.as_str())) && !visited && !to_government && !seat && !tie
                || place_noun_after
                || (a == s.tokens.start
                    && toks.get(b).is_some_and(|n| n.kind == TokenKind::Number || n.norm == "(" || n.norm == ","))
                    && b < s.tokens.end
                    && ctx.all_caps_dateline(a, b);
        let surface_text = &text[toks[a].start..toks[b - 1].end];
        // "Atlanta, Georgia": after a place and a comma, the namesake in that place's country
        let context_country = (a >= s.tokens.start + 2 && toks[a - 1].norm == ",")
            .then(|| self.gazetteer_at(ctx, a - 2, a - 1))
            .flatten()
            .and_then(|(_, prev)| {
                prev.iter()
                    .map(|p| g.entry(p.entry))
                    .find(|e| e.node_type == NodeType::Location)
                    .and_then(|e| e.country.clone())
            });
        // "Salamanca, Spain", "San Jose, Costa Rica": before a comma and a state, the
        // namesake in that state
        let context_country = context_country.or_else(|| {
            (toks.get(b).is_some_and(|t| t.norm == ",") && b + 1 < s.tokens.end)
                .then(|| self.gazetteer_at(ctx, b + 1, s.tokens.end))
                .flatten()
                .and_then(|(_, next)| {
                    next.iter()
                        .map(|p| g.entry(p.entry))
                        .find(|e| e.node_type == NodeType::Country)
                        .map(|e| e.id.clone())
                })
                .filter(|c| surfaces.iter().any(|sf| g.entry(sf.entry).country.as_ref() == Some(c)))
        });
        // "Washington state", "the state of Georgia"
        let state_word = toks.get(b).is_some_and(|t| t.lower == "state" && b < s.tokens.end)
            || (a >= s.tokens.start + 2 && toks[a - 1].lower == "of" && toks[a - 2].lower == "state");
        // ("urged Brussels to lift", "Brussels imposed": a capital listed as a body's name,
        // its seat as the news uses it, is that body where it acts; the city where it is a
        // place)
        // (not a city's own people or places: "Brussels police", "Brussels airport")
        let city_noun = toks.get(b).is_some_and(|n| {
            b < s.tokens.end
                && matches!(
                    n.lower.as_str(),
                    "police"
                        | "prosecutors"
                        | "prosecutor"
                        | "court"
                        | "mayor"
                        | "residents"
                        | "region"
                        | "attacks"
                        | "airport"
                        | "prison"
                        | "hospital"
                        | "city"
                        | "suburb"
                )
        });
        let seat = !city_noun && surfaces.iter().any(|x| x.form == MentionForm::Capital);
        // preference: a capital in a locative context is the city; otherwise
        // countries, then organisations, then regions, then cities
        let rank = |sf: &Surface| -> i32 {
            let e = g.entry(sf.entry);
            if context_country
                .as_ref()
                .is_some_and(|c| e.country.as_ref() == Some(c) && e.node_type == NodeType::Location)
            {
                return -1;
            }
            if state_word && e.kind == "state" {
                return -1;
            }
            match (e.node_type, sf.form) {
                (NodeType::Country, MentionForm::Capital) if locative => 10,
                (NodeType::Organization, MentionForm::Alias) if seat && !locative => 1,
                (NodeType::Location, _) if locative && e.kind != "state" => 1,
                (NodeType::Country, _) => 2,
                (NodeType::Organization, _) => 3,
                (NodeType::Location, _) if e.kind.is_empty() || e.kind == "city" => 5,
                (NodeType::Location, _) => 4,
                (NodeType::Person, _) => 6,
            }
        };
        let best =
            surfaces.iter().min_by_key(|sf| (rank(sf), std::cmp::Reverse(g.entry(sf.entry).population), sf.entry))?;
        // ("the Vienna Convention", "the Paris Agreement", "the Oslo Accords": a capital or a
        // city that names an accord or an event is neither the state nor the place)
        let named_thing = toks.get(b).is_some_and(|n| {
            b < s.tokens.end
                && n.is_capitalized()
                && !n.is_all_caps()
                && matches!(
                    n.lower.as_str(),
                    "convention"
                        | "conventions"
                        | "agreement"
                        | "agreements"
                        | "accord"
                        | "accords"
                        | "protocol"
                        | "treaty"
                        | "process"
                        | "format"
                        | "declaration"
                        | "charter"
                )
        });
        if named_thing
            && (best.form == MentionForm::Capital
                || g.entry(best.entry).node_type == NodeType::Location && g.entry(best.entry).kind == "city")
        {
            return None;
        }
        // "the former Yugoslavia": an old name after "former", as a noun, names the old
        // whole (a region now), not its successor state ("former U.S. President" stays)
        let modifier = toks.get(b).is_some_and(|n| {
            b < s.tokens.end
                && n.is_word()
                && (n.is_capitalized()
                    || self.lex.title(&n.lower).is_some()
                    || self.lex.agent(&n.lower).is_some()
                    || self.lex.starts_relational(&n.lower))
        });
        // (never an abbreviation: "a former U.S. collegiate champion", "former CIA official")
        let abbreviation = toks[a..b].iter().any(|t| t.norm.contains('.') || t.is_all_caps());
        if best.form == MentionForm::Alias && prev.is_some_and(|p| p.lower == "former") && !modifier && !abbreviation {
            let label = surface_text.to_string();
            return Some(Mention {
                start: toks[a].start,
                end: toks[b - 1].end,
                tokens: a..b,
                sentence: si,
                node_type: NodeType::Location,
                form: MentionForm::Name,
                entity: format!("location:{}", slug(&label)),
                label,
                entry: None,
                country: None,
                rule: "former-state",
                role: None,
                possessive: possessive_after(toks, b),
                nested: false,
            });
        }
        let e = g.entry(best.entry);
        let mut m = Mention {
            start: toks[a].start,
            end: toks[b - 1].end,
            tokens: a..b,
            sentence: si,
            node_type: e.node_type,
            form: best.form,
            entity: e.id.clone(),
            label: e.label.clone(),
            entry: Some(best.entry),
            country: e.country.clone(),
            rule: "gazetteer",
            role: None,
            possessive: possessive_after(toks, b),
            nested: false,
        };
        if e.node_type == NodeType::Country {
            m.country = Some(e.id.clone());
            if best.form == MentionForm::Capital && locative {
                // the city as a place: its own location node
                match e.capital_city {
                    Some(city) => {
                        let c = g.entry(city);
                        m.entity = c.id.clone();
                        m.label = c.label.clone();
                        m.entry = Some(city);
                    }
                    None => {
                        m.entity = format!("location:{}", slug(surface_text));
                        m.label = surface_text.to_string();
                        m.entry = None;
                    }
                }
                m.node_type = NodeType::Location;
                m.form = MentionForm::Name;
                m.rule = "gazetteer-capital-as-place";
            }
        }
        Some(m)
    }
}

impl SentenceCtx<'_> {
    /// "MOSCOW 1996-12-06", "WASHINGTON (Reuters)": a dateline at line start.
    fn all_caps_dateline(&self, a: usize, b: usize) -> bool {
        self.toks[a..b].iter().filter(|t| t.is_word()).all(|t| t.is_all_caps() || t.norm.len() <= 2)
    }
}

/// Keep the data file's casing of a title unless the text wrote it otherwise.
fn title_case(found: &str, label: &str) -> String {
    if crate::text::fold_quotes(found).eq_ignore_ascii_case(label) { label.to_string() } else { found.to_string() }
}

const SPORTS_BEFORE: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "defeats",
    "v",
    "vs",
    "vs.",
    "versus",
    "downed",
    "edged",
    "thrashed",
    "routed",
    "trounced",
    "overcame",
    "outclassed",
    "hammered",
    "blanked",
    "whitewashed",
];
const SPORTS_AFTER: &[&str] = &[
    "beat", "beats", "defeated", "drew", "lost", "trounced", "edged", "thrashed", "routed", "hammered", "crushed",
    "overcame", "rallied", "clinched", "v", "vs", "vs.", "versus", "downed", "blanked",
];

/// Kinds of bodies that stand before a body's name: "club Atalanta", "the group Hamas",
/// "carmaker Toyota".
pub(crate) const BODY_NOUNS: &[&str] = &[
    "club",
    "team",
    "group",
    "party",
    "firm",
    "company",
    "charity",
    "movement",
    "militia",
    "faction",
    "carmaker",
    "automaker",
    "airline",
    "carrier",
    "retailer",
    "publisher",
    "broadcaster",
    "bank",
    "insurer",
    "miner",
    "conglomerate",
    "operator",
    "startup",
    "outfit",
    "union",
    "association",
];

/// Nouns for news media: "the daily X", "X newspaper".
pub(crate) const MEDIA_NOUNS: &[&str] = &["newspaper", "daily", "weekly", "magazine", "tabloid", "broadsheet", "paper"];

/// Words of clubs' names across sports and languages ("Red Star", "Dinamo Zagreb",
/// "Hapoel Tel Aviv"): such a name with its country in brackets is a club.
pub(crate) const CLUB_NAME_WORDS: &[&str] = &[
    "red",
    "real",
    "dynamo",
    "dinamo",
    "spartak",
    "lokomotiv",
    "sporting",
    "racing",
    "partizan",
    "steaua",
    "rapid",
    "slavia",
    "sparta",
    "torpedo",
    "zenit",
    "inter",
    "atletico",
    "athletic",
    "deportivo",
    "olympique",
    "olimpija",
    "hapoel",
    "maccabi",
    "cska",
    "fc",
    "ac",
    "sc",
    "united",
    "city",
    "rovers",
    "wanderers",
];

/// Positions of players in a team ("Surrey captain Chris Lewis"): members of the club.
pub(crate) const PLAYER_ROLES: &[&str] = &[
    "captain",
    "skipper",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "playmaker",
    "batsman",
    "bowler",
    "all-rounder",
    "opener",
    "quarterback",
    "pitcher",
    "forward",
    "full-back",
    "fullback",
    "player",
];

/// Positions in a team, players' or staff's, which make the place before them a club.
fn is_team_role(lower: &str) -> bool {
    PLAYER_ROLES.contains(&lower) || matches!(lower, "coach" | "manager")
}

/// A place or unknown name used as a sports team: "Leicestershire beat
/// Somerset", "Newcastle 2 Southampton 1", "Surrey v Kent".
fn sports_context(toks: &[Token], a: usize, b: usize, sentence: Range<usize>, roles: bool) -> bool {
    let prev = (a > sentence.start).then(|| toks[a - 1].lower.as_str());
    let prev2 = (a > sentence.start + 1).then(|| format!("{} {}", toks[a - 2].lower, toks[a - 1].lower));
    let next = toks.get(b).filter(|_| b < sentence.end);
    if prev.is_some_and(|p| SPORTS_BEFORE.contains(&p))
        || prev2.as_deref().is_some_and(|p| {
            matches!(p, "drew with" | "lost to" | "draw with" | "loss to" | "win over" | "victory over")
        })
        || next.is_some_and(|n| SPORTS_AFTER.contains(&n.lower.as_str()))
        // "Surrey captain Chris Lewis", "Newcastle striker Les Ferdinand"
        || roles
            && next.is_some_and(|n| is_team_role(&n.lower))
            && toks.get(b + 1).is_some_and(|t| t.is_capitalized() && b + 1 < sentence.end)
    {
        return true;
    }
    // score lines and tables: a number after the name, several numbers, few lower-case words
    let after = toks.get(b + 1).filter(|_| b + 1 < sentence.end);
    // "Surrey 429-7" (runs for wickets) is a score; "May 15-16" or "Paris 12/3" is not
    let wickets = after.is_some_and(|t| t.norm == "-" && !t.space_before)
        && toks.get(b + 2).is_some_and(|t| t.kind == TokenKind::Number && t.norm.len() == 1 && !t.space_before)
        && toks.get(b + 3).is_none_or(|t| t.norm != "-")
        && next.is_some_and(|n| n.norm.len() == 3 && n.norm.bytes().all(|c| c.is_ascii_digit()));
    let score = next.is_some_and(|n| n.kind == TokenKind::Number && n.norm.len() <= 3)
        && (wickets || !after.is_some_and(|t| matches!(t.norm.as_str(), "-" | "/" | "." | ":")));
    if score {
        let sent = &toks[sentence];
        let numbers = sent.iter().filter(|t| t.kind == TokenKind::Number).count();
        let lower = sent.iter().filter(|t| t.is_word() && !t.is_capitalized()).count();
        return numbers >= 2 && lower * 3 < sent.len();
    }
    false
}

/// A wire byline: a line of two or three capitalised words (`a..b`), then a line that
/// opens with an all-caps dateline and a date ("Larisa Sayenko\nMINSK 1996-08-30").
fn byline_at(toks: &[Token], a: usize, b: usize) -> bool {
    if b > toks.len() || a >= b {
        return false;
    }
    let line_start = a == 0 || toks[a].newline_before;
    let words =
        (2..=3).contains(&(b - a)) && toks[a..b].iter().all(|t| t.is_word() && t.is_capitalized() && !t.is_all_caps());
    let dateline = toks.get(b).is_some_and(|t| t.newline_before && t.is_word() && t.is_all_caps() && t.norm.len() > 2)
        && toks[b..(b + 6).min(toks.len())].iter().any(|t| {
            t.kind == TokenKind::Number && t.norm.len() == 4
                || crate::time::month_number(t.lower.trim_end_matches('.')).is_some()
        });
    line_start && words && dateline
}

fn is_initial(t: &Token) -> bool {
    let mut c = t.norm.chars();
    matches!((c.next(), c.next(), c.next()), (Some(a), Some('.'), None) if a.is_uppercase())
}

/// How a run was typed, and how strongly the evidence says so.
type Verdict = (Option<NodeType>, &'static str, u8);

impl RuleFinder<'_> {
    /// A lower-case job noun of one to three words at `t` ("spokesman", "chief
    /// economist") that implies an employer, then the start of a capitalised name.
    fn job_noun_then_name(&self, toks: &[Token], t: usize, end: usize) -> bool {
        // ("Varnex chief executive Tom Brand": a company's head, in lower case)
        let ceo = |k: usize| {
            toks.get(t..t + k).is_some_and(|w| {
                let words: Vec<&str> = w.iter().map(|x| x.norm.as_str()).collect();
                matches!(words.as_slice(), ["chief", "executive"] | ["chief", "executive", "officer"])
            }) && toks.get(t + k).is_some_and(|x| x.is_capitalized() && !x.is_all_caps() && t + k < end)
        };
        if ceo(2) || ceo(3) {
            return true;
        }
        if toks.get(t).is_none_or(|w| !self.lex.starts_relational(&w.lower)) {
            return false;
        }
        let max = self.lex.max_relational_tokens().min(3);
        (1..=max).any(|k| {
            t + k < end
                && toks[t..t + k].iter().all(|w| w.is_word() && !w.is_capitalized() || w.norm == "-")
                && self.lex.is_job_noun(&toks[t..t + k])
                && toks[t + k].is_capitalized()
                && !toks[t + k].is_all_caps()
        })
    }

    fn classify(
        &self,
        toks: &[Token],
        run: &Run,
        sentence: Range<usize>,
        common: &std::collections::HashSet<&str, crate::gazetteer::FastHash>,
    ) -> Option<Verdict> {
        // "HK$ 100,000", "US$5 million": a currency's prefix, not a name
        if toks.get(run.tokens.end).is_some_and(|t| t.norm == "$" && !t.space_before) {
            return None;
        }
        // ("Finally, the Secretary …", "Separately, …": an adverb that opens a sentence)
        if run.tokens.len() == 1
            && run.sentence_initial
            && SENTENCE_ADVERBS.contains(&toks[run.tokens.start].lower.as_str())
            && toks.get(run.tokens.end).is_some_and(|t| t.norm == ",")
        {
            return None;
        }
        // ("EDORAS, Oct 27 - Southeast Asian leaders urged": a region's adjective before the
        // people or states of the region names no one)
        let last_word = &toks[run.tokens.end - 1];
        if run.title.is_none()
            && !self.lex.is_given_name(&toks[run.tokens.start].lower)
            && ["ian", "ean", "ese", "ish"].iter().any(|x| last_word.lower.ends_with(x))
            && toks.get(run.tokens.end).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && (self.lex.agent(&t.lower).is_some()
                        || matches!(
                            t.lower.as_str(),
                            "leaders" | "nations" | "countries" | "states" | "governments" | "neighbours" | "neighbors"
                        ))
            })
        {
            return None;
        }
        // "the Million Man March": no name opens with a number's word
        if matches!(toks[run.tokens.start].lower.as_str(), "million" | "billion" | "thousand" | "hundred") {
            return None;
        }
        // "40 Eurofighter Typhoon jets", "IRIS-T systems": a name before a noun of arms
        // is a make of weapon, no one's name
        // (not a force's name before its fighters: "Dunland Liberation Army fighters")
        let force = self.lex.head_type(&last_word.lower) == Some(Some(NodeType::Organization));
        if run.title.is_none()
            && toks.get(run.tokens.end).is_some_and(|t| {
                !(t.newline_before || force && t.lower == "fighters")
                    && matches!(
                        t.lower.as_str(),
                        "jets"
                            | "jet"
                            | "fighters"
                            | "systems"
                            | "system"
                            | "missiles"
                            | "missile"
                            | "drones"
                            | "drone"
                            | "launchers"
                            | "tanks"
                            | "tank"
                            | "helicopters"
                            | "aircraft"
                            | "warplanes"
                            | "rockets"
                            | "howitzers"
                            | "interceptors"
                            | "submarines"
                            | "frigates"
                            | "warships"
                            | "batteries"
                    )
            })
        {
            return None;
        }
        // "the White Council's High Representative, X": a post alone names no one
        if run.title.is_none() && run.tokens.len() <= 4 && toks.get(run.tokens.end).is_some_and(|t| t.norm == ",") {
            let key: Vec<&str> = toks[run.tokens.clone()].iter().map(|t| t.lower.as_str()).collect();
            if self.lex.title(&key.join(" ")).is_some_and(|t| t.kind != "honorific") {
                return None;
            }
        }
        // "the Ras El-Hekma coastal project", "the Bir Ali gas field": a name before a
        // project's or a site's noun names the site, no one
        let e = run.tokens.end;
        let site_noun = |k: usize| {
            toks.get(k).is_some_and(|t| {
                k < sentence.end
                    && matches!(
                        t.lower.as_str(),
                        "project"
                            | "projects"
                            | "resort"
                            | "field"
                            | "oilfield"
                            | "gasfield"
                            | "dam"
                            | "refinery"
                            | "terminal"
                            | "pipeline"
                            | "mine"
                            | "corridor"
                    )
            })
        };
        let modifier = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalized()
                    && matches!(
                        t.lower.as_str(),
                        "coastal" | "offshore" | "gas" | "oil" | "new" | "tourism" | "port" | "mining"
                    )
            })
        };
        if site_noun(e) || modifier(e) && site_noun(e + 1) {
            return Some((Some(NodeType::Location), "site-name", 3));
        }
        // "Oct. 9": a month's abbreviation is a date
        if run.tokens.len() == 1 {
            let w = &toks[run.tokens.start].lower;
            if w.ends_with('.') && crate::time::month_number(w.trim_end_matches('.')).is_some() {
                return None;
            }
        }
        let caps =
            toks[run.tokens.clone()].iter().filter(|t| t.is_word()).all(|t| t.is_all_caps() || t.norm.len() <= 2);
        if run.all_caps || caps {
            // a dateline: "HERZLIYA, Israel 1996-08-31", "AL-RAM, West Bank Aug 30"
            let e = run.tokens.end;
            let dated = (e + 2..(e + 7).min(sentence.end)).any(|k| {
                let w = &toks[k];
                // "1996-08-31" (a year, then a hyphen) or "Aug 30"
                let year = w.norm.len() == 4
                    && w.norm.bytes().all(|b| b.is_ascii_digit())
                    && toks.get(k + 1).is_some_and(|n| n.norm == "-" && !n.space_before);
                year || crate::time::month_number(w.lower.trim_end_matches('.')).is_some()
            });
            let place_after = toks.get(e + 1).is_some_and(|t| t.is_capitalized() && !t.is_all_caps());
            if toks.get(e).is_some_and(|t| t.norm == ",") && place_after && dated && run.tokens.len() <= 5 {
                return Some((Some(NodeType::Location), "dateline", 4));
            }
            if run.all_caps {
                return None;
            }
        }
        if byline_at(toks, run.tokens.start, run.tokens.end) {
            return Some((Some(NodeType::Person), "byline", 4));
        }
        let r = &toks[run.tokens.clone()];
        let first = &r[0];
        let last = &r[r.len() - 1];
        let n_words = r
            .iter()
            .enumerate()
            .filter(|(k, t)| {
                t.is_word()
                    && !is_inner_connector(t, self.lex)
                    && !(*k > 0 && r[k - 1].norm == "-" && !t.is_capitalized())
            })
            .count();
        let has_of = r.iter().any(|t| t.lower == "of");
        if let Some(t) = &run.title {
            // ("Minister of Foreign Affairs Receives White Council Envoy": a headline's verb
            // after a post is no name)
            let verb = r.len() == 1
                && toks.get(run.tokens.end).is_some_and(|t| t.is_capitalized())
                && r[0].lower.len() > 3
                && r[0].lower.ends_with('s')
                && (!self.lex.cues_starting(&r[0].lower).is_empty() || REPORTING.contains(&r[0].lower.as_str()));
            if verb {
                return None;
            }
            // ("the General Intelligence Directorate", "General Intelligence and Security
            // Service": a title's word opening a body's name, which ends in a body's head word)
            let org_head = |k: usize| {
                toks.get(k).is_some_and(|x| x.is_capitalized())
                    && self.lex.head_type(&toks[k].lower) == Some(Some(NodeType::Organization))
            };
            if org_head(run.tokens.end - 1) {
                return Some((Some(NodeType::Organization), "title-body", 5));
            }
            let e = run.tokens.end;
            // (… and not a person and a body's officials: "General Moll and Defence Ministry
            // officials")
            if r.len() == 1
                && !self.lex.is_given_name(&r[0].lower)
                && toks.get(e).is_some_and(|x| matches!(x.lower.as_str(), "and" | "&"))
                && (e + 1..(e + 5).min(sentence.end)).take_while(|&k| toks[k].is_capitalized()).any(|k| {
                    org_head(k)
                        && toks.get(k + 1).is_none_or(|n| {
                            n.is_capitalized()
                                || self.lex.agent(&n.lower).is_none() && self.lex.title(&n.lower).is_none()
                        })
                })
            {
                return None;
            }
            if t.kind != "honorific" || n_words <= 3 {
                return Some((Some(NodeType::Person), "title-name", 5));
            }
        }
        // "his wife Naina", "her son Borin": a name right after a possessive and a kin noun
        let a = run.tokens.start;
        if n_words <= 3
            && !has_of
            && a >= sentence.start + 2
            && matches!(toks[a - 2].lower.as_str(), "his" | "her" | "their")
            && self.lex.is_kin_noun(&toks[a - 1].lower)
        {
            return Some((Some(NodeType::Person), "kin-name", 4));
        }
        // "Sam Reed, Brand's son-in-law": one whose kin is named is a person
        let e = run.tokens.end;
        if n_words <= 3 && !has_of && toks.get(e).is_some_and(|t| t.lower == "'s") {
            let mut key = String::new();
            for k in e + 1..(e + 6).min(sentence.end) {
                if !(toks[k].is_word() || toks[k].norm == "-") || k > e + 1 && toks[k].space_before {
                    break;
                }
                key.push_str(&toks[k].lower);
                if self.lex.is_kin_noun(&key) && toks.get(k + 1).is_none_or(|x| x.space_before || !x.is_word()) {
                    return Some((Some(NodeType::Person), "kin-owner", 4));
                }
            }
        }
        // "Joint Council for the Welfare of Immigrants": a body's head word, then "for the"
        // or "of the" and more name
        if let Some(k) = (1..r.len().saturating_sub(3)).find(|&k| {
            self.lex.head_type(&r[k].lower) == Some(Some(NodeType::Organization))
                && matches!(r[k + 1].lower.as_str(), "for" | "of")
                && r[k + 2].lower == "the"
        }) {
            if r[..k].iter().all(|t| t.is_capitalized()) {
                return Some((Some(NodeType::Organization), "head-for-the", 5));
            }
        }
        // ("National Cyber Security Centre", "Joint Operations Center": a centre of a
        // field of work is a body, not a place)
        if matches!(last.lower.as_str(), "centre" | "center")
            && r.len() >= 2
            && matches!(
                r[r.len() - 2].lower.as_str(),
                "security"
                    | "research"
                    | "policy"
                    | "studies"
                    | "operations"
                    | "coordination"
                    | "control"
                    | "command"
                    | "monitoring"
                    | "information"
                    | "intelligence"
                    | "crisis"
                    | "counterterrorism"
                    | "analysis"
                    | "emergency"
                    | "response"
                    | "situation"
                    | "cybersecurity"
            )
        {
            return Some((Some(NodeType::Organization), "field-centre", 5));
        }
        if let Some(head) = self.lex.head_type(&last.lower) {
            // ("Water Resources Minister X": a portfolio before a post names no body)
            let portfolio = head == Some(NodeType::Organization)
                && matches!(
                    last.lower.as_str(),
                    "resources"
                        | "energy"
                        | "petroleum"
                        | "communications"
                        | "telecommunications"
                        | "industries"
                        | "environment"
                        | "health"
                        | "transport"
                        | "fisheries"
                        | "services"
                )
                && toks.get(run.tokens.end).is_some_and(|t| {
                    t.is_capitalized() && matches!(t.lower.as_str(), "minister" | "secretary" | "commissioner")
                });
            if portfolio {
                return None;
            }
            if r.len() > 1 || !run.sentence_initial {
                return Some((head, "name-head-word", 5));
            }
        }
        // "Charles de Gaulle airport", "Cofinec shares": a lower-case noun after the name
        // a name ending like a nationality adjective ("the U.N.'s European headquarters",
        // "English captain X") is no organisation's or place's name
        let adjectival = ["ish", "ian", "ean", "ese", "ic"].iter().any(|x| last.lower.ends_with(x));
        // also after a possessive: "Varnex's headquarters"
        let fk = run.tokens.end + usize::from(toks.get(run.tokens.end).is_some_and(|n| n.lower == "'s"));
        // "Casa de Narino presidential palace", "Kosevo national stadium": a place's
        // noun past one adjective
        let past_adjective = || {
            toks.get(fk).filter(|n| {
                n.is_word()
                    && !n.is_capitalized()
                    && (n.lower.ends_with("al") || matches!(n.lower.as_str(), "main" | "new" | "old" | "former"))
            })?;
            let noun = toks.get(fk + 1).filter(|n| n.is_word() && !n.is_capitalized() && fk + 1 < sentence.end)?;
            self.lex.follower_type(&noun.lower).filter(|&t| t == Some(NodeType::Location))
        };
        if let Some(t) = toks
            .get(fk)
            .filter(|n| n.is_word() && (!n.is_capitalized() || n.norm == "CEO") && fk < sentence.end)
            .and_then(|n| self.lex.follower_type(&n.lower))
            .or_else(past_adjective)
        {
            // not in a compound modifier: "pro-Beijing district councillor"
            let glued = run.tokens.start > sentence.start && toks[run.tokens.start - 1].norm == "-";
            // a body's people ("Scientology officials", "Berlex employees") name the body only
            // inside a sentence: "Health officials said" opens one with a common word
            let opening_people = run.sentence_initial
                && matches!(
                    toks[fk].lower.as_str(),
                    "officials" | "members" | "leadership" | "executives" | "employees"
                );
            if n_words <= 4 && !has_of && !glued && !adjectival && !opening_people {
                return Some((t, "follower-noun", 4));
            }
        }
        // "Ericsson spokesman Per Zetterquist", "Indosuez chief economist Ann Lee": an
        // unknown name before a lower-case job noun and a person's name is the employer
        // (weak: "Stroud spokesman X" may name a person, which a full name elsewhere
        // in the document outweighs)
        // not the tail of a name whose first word was trimmed ("West Indies batsman")
        // nor a common word opening the sentence ("Regular defender X")
        let trimmed = run.tokens.start > sentence.start && toks[run.tokens.start - 1].is_capitalized();
        // (or a word that only qualifies a job: "Freelance reporter X", "Veteran diplomat X")
        let common_word = n_words == 1
            && (common.contains(first.lower.as_str())
                || run.sentence_initial
                    && matches!(
                        first.lower.as_str(),
                        "freelance" | "veteran" | "independent" | "local" | "senior" | "former" | "acting" | "interim"
                    ));
        if n_words <= 3
            && !has_of
            && !adjectival
            && !trimmed
            && !common_word
            && self.job_noun_then_name(toks, run.tokens.end, sentence.end)
        {
            return Some((Some(NodeType::Organization), "employer-before-job", 3));
        }
        if r.len() >= 2 && !run.sentence_initial || r.len() >= 2 && n_words >= 2 {
            if let Some(t) = self.lex.lead_type(&first.lower) {
                return Some((t, "lead-head-word", 5));
            }
        }
        if r.len() > 2 && r[1].lower == "of" {
            if let Some(t) = self.lex.prefix_type(&first.lower) {
                return Some((t, "head-of-pattern", 5));
            }
        }
        // ("Committee for National Security", "Council for Peace and Security": a body's
        // head word before "for" and a capitalised charge)
        if (0..=1).any(|k| {
            r.len() > k + 2
                && r[k + 1].lower == "for"
                && r[k + 2].is_capitalized()
                && self.lex.prefix_type(&r[k].lower) == Some(Some(NodeType::Organization))
        }) && !title_case_line(toks, sentence.clone())
        {
            return Some((Some(NodeType::Organization), "head-for-pattern", 5));
        }
        // "chief technical analyst at Raymond James": the employer after a job noun
        // or after a job noun and a name: "analyst Paula Buratti at Indosuez"
        let job_before = |k: usize| {
            (1..=self.lex.max_relational_tokens().min(3)).any(|n| {
                let Some(a) = (k + 1).checked_sub(n).filter(|&a| a >= sentence.start) else { return false };
                self.lex.is_job_noun(&toks[a..=k]) && (!toks[a].is_capitalized() || a == sentence.start)
            })
        };
        let named_job = |at: usize| {
            let mut k = at;
            while k > sentence.start && k + 4 > at && toks[k - 1].is_capitalized() && !job_before(k - 1) {
                k -= 1;
            }
            k < at && k > sentence.start && job_before(k - 1)
        };
        // ("Tom Brand, chairman of Nexperia, said": what one chairs or founds is a body)
        let heads_body = run.tokens.start >= sentence.start + 2
            && toks[run.tokens.start - 1].lower == "of"
            && !toks[run.tokens.start - 2].is_capitalized()
            && BODY_HEAD_NOUNS.contains(&toks[run.tokens.start - 2].lower.as_str())
            && n_words <= 4
            // (a one-word place may have a president or a leader: "president of Bougainville")
            && (n_words >= 2 || !matches!(toks[run.tokens.start - 2].lower.as_str(), "president" | "leader"))
            && !self.lex.is_given_name(&first.lower)
            // ("head of Doboj municipality": a place's noun after the name)
            && toks.get(run.tokens.end).is_none_or(|n| self.lex.follower_type(&n.lower) != Some(Some(NodeType::Location)));
        if heads_body
            || run.tokens.start >= sentence.start + 2
                && matches!(toks[run.tokens.start - 1].lower.as_str(), "at" | "with")
                && (job_before(run.tokens.start - 2) || named_job(run.tokens.start - 1))
        {
            return Some((Some(NodeType::Organization), "employer-after-job", 4));
        }
        // "Jaish-e-Mohammad", "Tehreek-e-Insaf": a name joined by "-e-" names a group
        if r.windows(3).any(|w| w[0].norm == "-" && w[1].lower == "e" && w[2].norm == "-") {
            return Some((Some(NodeType::Organization), "linked-name", 4));
        }
        if is_initial(first) && (2..=4).contains(&n_words) {
            return Some((Some(NodeType::Person), "initial-name", 4));
        }
        let given = self.lex.is_given_name(&first.lower) || self.lex.is_place_given_name(&first.lower);
        if given && (2..=4).contains(&n_words) && !has_of {
            return Some((Some(NodeType::Person), "given-name", 4));
        }
        // ("the militia Kataib al-Nasr", "the group Ansar al-Islam": a body's kind before the
        // name outweighs its particle)
        let body_noun = |p: usize| {
            let w = toks[p].lower.as_str();
            (BODY_NOUNS.contains(&w) || matches!(w, "organisation" | "organization" | "network" | "coalition"))
                && !toks[p].is_capitalized()
        };
        // ("a hacking group known as Fancy Bear": the body's kind before "known as")
        let s0 = run.tokens.start;
        let known_as_body = s0 >= sentence.start + 3
            && toks[s0 - 1].lower == "as"
            && toks[s0 - 2].lower == "known"
            && body_noun(s0 - 3);
        let body_before = known_as_body
            || s0.checked_sub(1).filter(|&p| p >= sentence.start).is_some_and(|p| {
                // (or before its comma: "an Iraqi militia, Kataib al-Nasr,")
                let p = if toks[p].norm == "," && p > sentence.start { p - 1 } else { p };
                body_noun(p)
            });
        // "Jamaat Ansar al-Sahel, a militant group that …": a body's kind in apposition
        // after the name, with its article and up to three words before it
        let e = run.tokens.end;
        let body_after = toks.get(e).is_some_and(|t| t.norm == ",")
            && toks.get(e + 1).is_some_and(|t| matches!(t.lower.as_str(), "a" | "an" | "the"))
            && (e + 2..(e + 6).min(sentence.end))
                .take_while(|&k| toks[k].is_word() && !toks[k].is_capitalized() || k > e + 2 && toks[k].norm == "-")
                .any(|k| {
                    body_noun(k)
                        && toks.get(k + 1).is_none_or(|n| {
                            !n.is_word()
                                || matches!(
                                    n.lower.as_str(),
                                    "that"
                                        | "which"
                                        | "based"
                                        | "linked"
                                        | "allied"
                                        | "backed"
                                        | "in"
                                        | "with"
                                        | "active"
                                        | "operating"
                                        | "known"
                                        | "founded"
                                        | "formed"
                                        | "responsible"
                                        | "from"
                                        | "behind"
                                        | "whose"
                                )
                        })
                });
        if body_after && n_words <= 6 && !has_of && !adjectival && !self.lex.is_given_name(&first.lower) {
            return Some((Some(NodeType::Organization), "body-apposition", 4));
        }
        if r.iter().skip(1).any(|t| self.lex.is_particle(&t.lower)) && (2..=6).contains(&n_words) && !has_of {
            if body_before {
                return Some((Some(NodeType::Organization), "media-noun", 4));
            }
            return Some((Some(NodeType::Person), "name-particle", 4));
        }
        // "winger Gianluigi Lentini", "analyst Paula Buratti": a lower-case job noun or
        // team position right before a name of two or three words names a person
        let a = run.tokens.start;
        let job_right_before = a > sentence.start
            && !toks[a - 1].is_capitalized()
            && (is_team_role(&toks[a - 1].lower)
                || (1..=3).any(|n| a >= sentence.start + n && self.lex.is_job_noun(&toks[a - n..a])));
        if job_right_before
            && (2..=3).contains(&n_words)
            && !has_of
            && r.iter().all(|t| !t.is_word() || t.is_capitalized() && !t.is_all_caps())
            && self.lex.head_type(&last.lower).is_none()
        {
            return Some((Some(NodeType::Person), "job-noun-name", 4));
        }
        let next = toks.get(run.tokens.end);
        let next2 = toks.get(run.tokens.end + 1);
        let prev = run.tokens.start.checked_sub(1).filter(|&p| p >= sentence.start).map(|p| &toks[p]);
        // (up to six letters; or eight after a body's noun: "the U.N. mission MINUSMA", not a
        // word of emphasis, "called the vote a TRAVESTY")
        let letters = first.norm.chars().filter(|c| c.is_alphabetic()).count();
        let mission_before = run.tokens.start > sentence.start
            && matches!(
                toks[run.tokens.start - 1].lower.as_str(),
                "mission" | "force" | "agency" | "operation" | "group"
            );
        // (not a model's letters glued to its number: "FA-50 jets", "JF-17", "F-35")
        let model = next.is_some_and(|n| n.norm == "-" && !n.space_before)
            && next2.is_some_and(|n| !n.space_before && n.norm.starts_with(|c: char| c.is_ascii_digit()));
        let acronym = r.len() == 1 && first.is_all_caps() && (letters <= 6 || letters <= 8 && mission_before) && !model;
        if acronym && !run.sentence_initial && !self.lex.is_common_acronym(&first.lower) {
            return Some((Some(NodeType::Organization), "acronym", 3));
        }
        let reporting_after = next.is_some_and(|n| REPORTING.contains(&n.lower.as_str()))
            || (next.is_some_and(|n| n.norm == ",") && next2.is_some_and(|n| REPORTING.contains(&n.lower.as_str())));
        // (not a word that qualifies a plural noun: "said Muslim countries should")
        let qualifies = n_words == 1
            && next.is_some_and(|n| {
                matches!(
                    n.lower.as_str(),
                    "countries"
                        | "states"
                        | "nations"
                        | "leaders"
                        | "officials"
                        | "forces"
                        | "troops"
                        | "groups"
                        | "people"
                        | "citizens"
                        | "authorities"
                        | "governments"
                        | "militants"
                        | "fighters"
                        | "communities"
                        | "diplomats"
                        | "ministers"
                        | "lawmakers"
                        | "soldiers"
                        | "world"
                )
            });
        let reporting_before =
            !qualifies && prev.is_some_and(|p| REPORTING.contains(&p.lower.as_str()) && p.lower != "warned");
        // a lone word before "said" is a surname unless the document also writes it
        // in lower case ("Traders said") or it opens the sentence as a plural
        let lone_common = n_words == 1
            && (common.contains(first.lower.as_str()) || (run.sentence_initial && first.lower.ends_with('s')));
        // "asked Olympic 200 and 400 champion X": a lone word before a number is no name
        let before_number = n_words == 1 && next.is_some_and(|n| n.kind == TokenKind::Number);
        // "the daily La Repubblica", "Kayhan newspaper": a name a news medium's noun
        // describes is that medium
        // "serie A club Atalanta", "localist group Youngspiration", "carmaker Toyota": a
        // body's kind right before its name (not "the group Dan Moll founded")
        let media_before = (known_as_body
            || prev.is_some_and(|p| {
                (MEDIA_NOUNS.contains(&p.lower.as_str()) || BODY_NOUNS.contains(&p.lower.as_str()))
                    && !p.is_capitalized()
            }))
            && !self.lex.is_given_name(&first.lower);
        let media_after = next.is_some_and(|n| {
            !n.is_capitalized()
                && (MEDIA_NOUNS.contains(&n.lower.as_str())
                    || matches!(n.lower.as_str(), "radio" | "television" | "tv"))
        });
        if (media_before || media_after) && n_words <= 5 && !adjectival {
            return Some((Some(NodeType::Organization), "media-noun", 4));
        }
        // "a Pan Am flight": what flies a flight is an airline
        // ("the bombing of Pan Am flight 103": a flight's number)
        let flight_number = toks.get(run.tokens.end + 1).is_some_and(|n| n.kind == TokenKind::Number);
        if (prev.is_some_and(|p| matches!(p.lower.as_str(), "a" | "an" | "the")) || flight_number)
            && next.is_some_and(|n| matches!(n.lower.as_str(), "flight" | "flights" | "airliner" | "jetliner"))
            && n_words <= 4
            && !adjectival
        {
            return Some((Some(NodeType::Organization), "airline-flight", 4));
        }
        // "Belgrade's main airport Aerodrom Beograd", "the prison Evin": a place's
        // noun right before the name (not a person's: "the hospital Dr Ann Lee ran")
        if let Some(p) = prev.filter(|p| p.is_word() && !p.is_capitalized()) {
            if self.lex.follower_type(&p.lower) == Some(Some(NodeType::Location))
                && n_words <= 4
                && !adjectival
                && !reporting_after
                && !self.lex.is_given_name(&first.lower)
                && self.lex.title(&first.lower).is_none()
            {
                return Some((Some(NodeType::Location), "place-noun-before", 4));
            }
        }
        // "The Treasury said": a lone name after "the" that says something is a body
        // ("The Gondor Times said"; not "the Rev. Jesse Jackson said")
        let named_person = || {
            r.iter().any(|t| {
                self.lex.is_given_name(&t.lower) || t.norm.ends_with('.') || self.lex.title(&t.lower).is_some()
            })
        };
        if reporting_after
            && prev.is_some_and(|p| p.lower == "the")
            && (n_words == 1 && !lone_common || (2..=5).contains(&n_words) && !named_person())
        {
            return Some((Some(NodeType::Organization), "definite-name", 3));
        }
        // "GPG said": an acronym that says something is a body, wherever it stands
        let shaped_acronym =
            r.len() == 1 && first.is_all_caps() && first.norm.chars().filter(|c| c.is_alphabetic()).count() <= 8;
        if reporting_after && shaped_acronym && !self.lex.is_common_acronym(&first.lower) {
            return Some((Some(NodeType::Organization), "acronym", 3));
        }
        // "Valeska Paris, an Australian woman", "Ann Lee, 35,": a person's apposition
        // (not a place after a preposition: "upstream from Benares, a spokesman for X said")
        if n_words <= 4
            && !has_of
            && !adjectival
            && !prev.is_some_and(|p| matches!(p.lower.as_str(), "in" | "at" | "from" | "near" | "of" | "to" | "into"))
            && next2.is_some_and(|n| !matches!(n.lower.as_str(), "who" | "whose"))
            && self.person_apposition(toks, run.tokens.end, sentence.end)
        {
            return Some((Some(NodeType::Person), "person-apposition", 4));
        }
        // "Wong Kwok-kin of FTU": a name of two or three words before "of" and a body's
        // acronym is its member
        let of_acronym = next.is_some_and(|n| n.lower == "of")
            && next2.is_some_and(|n| {
                n.is_all_caps() && (2..=6).contains(&n.norm.chars().filter(|c| c.is_alphabetic()).count())
            })
            && toks.get(run.tokens.end + 2).is_none_or(|n| !n.is_capitalized());
        if of_acronym
            && (2..=3).contains(&n_words)
            && !has_of
            && !adjectival
            && r.iter()
                .enumerate()
                .all(|(k, t)| !t.is_word() || t.is_capitalized() && !t.is_all_caps() || k > 0 && r[k - 1].norm == "-")
            && self.lex.head_type(&last.lower).is_none()
        {
            return Some((Some(NodeType::Person), "name-of-acronym", 3));
        }
        // "Bernardin, who became archbishop": "who" after a comma speaks of a person
        // (not "the Eagles, who lost", nor "the governor of Aragua, who": there "who" is
        // the team's or the head noun's)
        // ("Varnex, whose shares fell", "Tarvia, whose capital was shelled": what a
        // company or a state owns)
        let owned = |k: usize| {
            toks.get(k).is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "shares"
                        | "stock"
                        | "profits"
                        | "profit"
                        | "sales"
                        | "revenue"
                        | "headquarters"
                        | "capital"
                        | "government"
                        | "army"
                        | "troops"
                        | "forces"
                        | "economy"
                        | "president"
                        | "leader"
                        | "members"
                        | "citizens"
                        | "territory"
                        | "borders"
                        | "border"
                )
            })
        };
        let who_after = next.is_some_and(|n| n.norm == ",")
            && next2.is_some_and(|n| n.lower == "who" || n.lower == "whose" && !owned(run.tokens.end + 2))
            && !prev.is_some_and(|p| matches!(p.lower.as_str(), "the" | "of" | "in" | "at" | "from"));
        if who_after && n_words <= 3 && !has_of && !lone_common && !adjectival {
            return Some((Some(NodeType::Person), "who-clause", 2));
        }
        // "Gondor's Vale vowed", "Rohan's Moll accused Arnor": a bare name
        // after a state's possessive that does what statesmen do (not "said", "warned" or
        // "approved", which companies do too: "Belgium's Kredietbank has approved")
        let statesman_verb = next.is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "met"
                    | "meets"
                    | "accused"
                    | "accuses"
                    | "vowed"
                    | "vows"
                    | "urged"
                    | "urges"
                    | "visited"
                    | "visits"
                    | "criticized"
                    | "criticised"
                    | "criticizes"
                    | "slammed"
                    | "slams"
                    | "praised"
                    | "praises"
                    | "thanked"
                    | "hosted"
                    | "hosts"
                    | "condemned"
                    | "condemns"
            )
        });
        let ctx = SentenceCtx { toks, all_caps: false };
        // (the gazetteer is asked only for such a verb)
        let state_possessive = statesman_verb
            && n_words <= 2
            && prev.is_some_and(|p| p.lower == "'s")
            && run.tokens.start >= sentence.start + 2
            && (run.tokens.start.saturating_sub(5).max(sentence.start)..run.tokens.start - 1).any(|k| {
                self.gazetteer_at(&ctx, k, run.tokens.start - 1).is_some_and(|(n, sf)| {
                    k + n == run.tokens.start - 1
                        && sf.iter().any(|x| self.lex.gazetteer.entry(x.entry).node_type == NodeType::Country)
                })
            });
        if state_possessive && !lone_common && !adjectival {
            return Some((Some(NodeType::Person), "possessive-statesman", 3));
        }
        // "Ratna Sulis was named Gondor's special envoy": a name given a post is a person's
        let appointed = (2..=3).contains(&n_words) && !has_of && {
            let e = run.tokens.end;
            let aux = toks.get(e).map(|t| t.lower.as_str());
            let k = match aux {
                Some("was" | "is" | "has" | "had") => {
                    e + 1 + usize::from(toks.get(e + 1).is_some_and(|t| t.lower == "been"))
                }
                _ => e,
            };
            // (the post right after the verb, not its namer's: "was named by Gondor's president")
            k > e
                && toks.get(k).is_some_and(|t| {
                    matches!(t.lower.as_str(), "named" | "appointed" | "elected" | "nominated" | "sworn")
                })
                && !toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "by" | "after" | "in" | "on" | "at" | "for"))
                && (k + 1..(k + 6).min(sentence.end)).any(|q| {
                    self.lex.title(&toks[q].lower).is_some_and(|t| t.kind != "honorific")
                        || self.lex.relational(&toks[q].lower).is_some()
                })
        };
        if appointed {
            return Some((Some(NodeType::Person), "appointed-to-post", 3));
        }
        if (reporting_after || reporting_before) && n_words <= 4 && !has_of && !lone_common && !before_number {
            // a single unknown word that says something may as well be a company
            let strength = if n_words == 1 { 2 } else { 3 };
            return Some((Some(NodeType::Person), "reporting-verb", strength));
        }
        // "Bergamo-based Atalanta", "Hong Kong-based group CITIC Pacific": what a place
        // is the base of is an organisation
        let mut k = run.tokens.start;
        while k > sentence.start + 1
            && k + 2 > run.tokens.start
            && !toks[k - 1].is_capitalized()
            && toks[k - 1].lower != "based"
        {
            k -= 1;
        }
        if k >= sentence.start + 2
            && toks[k - 1].lower == "based"
            && toks[k - 2].norm == "-"
            && !toks[k - 2].space_before
            && (k..run.tokens.start).all(|j| toks[j].is_word() && !self.lex.is_given_name(&toks[j].lower))
            && n_words <= 4
            && !adjectival
        {
            return Some((Some(NodeType::Organization), "place-based", 4));
        }
        // "Tedros Ghebreyesus, director-general of the WHO": a name with a person's title
        // in apposition is a person
        if (2..=4).contains(&n_words) && !has_of && next.is_some_and(|n| n.norm == ",") {
            let mut k = run.tokens.end + 1;
            if toks.get(k).is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an")) {
                k += 1;
            }
            // "X, former editor of …", "X, acting chief of …"
            if toks.get(k).is_some_and(|t| matches!(t.lower.as_str(), "former" | "acting" | "interim" | "outgoing")) {
                k += 1;
            }
            let titled = (1..=3).any(|n| {
                k + n <= sentence.end && {
                    let words = &toks[k..k + n];
                    !words[0].is_capitalized()
                        && (self.lex.title(&crate::gazetteer::words_key(words)).is_some_and(|t| t.kind != "honorific")
                            || self.lex.is_job_noun(words))
                        && toks.get(k + n).is_some_and(|t| matches!(t.lower.as_str(), "of" | "at" | "for" | "to"))
                }
            });
            if titled {
                return Some((Some(NodeType::Person), "apposition-title", 3));
            }
        }
        // "Comelf, based in Bistrita": only organisations are based somewhere
        let k = run.tokens.end + usize::from(next.is_some_and(|n| n.norm == ","));
        if toks.get(k).is_some_and(|t| matches!(t.lower.as_str(), "based" | "headquartered"))
            && toks.get(k + 1).is_some_and(|t| t.lower == "in")
        {
            return Some((Some(NodeType::Organization), "based-in", 4));
        }
        // "Jansher Khan ( Pakistan ) beat Mark Cairns": a name with its country in
        // brackets is an athlete, not a team
        let e = run.tokens.end;
        let country_in_brackets = toks.get(e).is_some_and(|t| t.norm == "(")
            && (e + 2..(e + 5).min(sentence.end)).find(|&k| toks[k].norm == ")").is_some_and(|close| {
                self.lex.gazetteer.country_surfaces(&crate::gazetteer::words_key(&toks[e + 1..close])).next().is_some()
            });
        // (club names: "AEK Larnaca", "Pau-Orthez")
        let name_like = r.iter().skip(1).any(|t| t.space_before)
            && r.iter().all(|t| !(t.is_word() && t.is_all_caps() && t.norm.len() > 1));
        let club_word = r.iter().any(|t| CLUB_NAME_WORDS.contains(&t.lower.as_str()));
        if (2..=3).contains(&n_words) && !has_of && country_in_brackets && !adjectival && name_like {
            if club_word {
                return Some((Some(NodeType::Organization), "club-country", 4));
            }
            return Some((Some(NodeType::Person), "athlete-country", 4));
        }
        // "the city of Arbil", "the outskirts of Arbil": a place
        if run.tokens.start >= sentence.start + 2
            && toks[run.tokens.start - 1].lower == "of"
            && matches!(
                toks[run.tokens.start - 2].lower.as_str(),
                "city" | "town" | "village" | "outskirts" | "province" | "district" | "region" | "suburb" | "port"
            )
            && n_words <= 3
        {
            return Some((Some(NodeType::Location), "place-of", 3));
        }
        if n_words <= 3
            && !adjectival
            && sports_context(toks, run.tokens.start, run.tokens.end, sentence.clone(), false)
        {
            return Some((Some(NodeType::Organization), "sports-team", 3));
        }
        // "over Lockerbie, Scotland", "in Moengo, Suriname": a name after a preposition
        // and before a listed state or region is a place in it (before the given-name
        // rule: "in Irving, Texas" is a town named like a person)
        let place_after_comma = || {
            next.is_some_and(|n| n.norm == ",")
                && (1..=3).any(|n| {
                    let a = run.tokens.end + 1;
                    a + n <= sentence.end
                        && toks[a].is_capitalized()
                        && self.lex.gazetteer.lookup(&crate::gazetteer::words_key(&toks[a..a + n])).is_some_and(|ss| {
                            ss.iter().any(|s| {
                                let e = self.lex.gazetteer.entry(s.entry);
                                s.form == MentionForm::Name
                                    && (e.node_type == NodeType::Country
                                        || e.node_type == NodeType::Location
                                            && matches!(e.kind.as_str(), "state" | "province" | "region" | "territory"))
                            })
                        })
                })
        };
        if prev.is_some_and(|p| (LOCATIVE.contains(&p.lower.as_str()) || p.lower == "over") && p.lower != "of")
            && n_words <= 3
            && !run.sentence_initial
            && !adjectival
            && place_after_comma()
        {
            return Some((Some(NodeType::Location), "place-comma-region", 3));
        }
        if n_words == 1 && self.lex.is_given_name(&first.lower) && !run.sentence_initial {
            return Some((Some(NodeType::Person), "given-name-alone", 2));
        }
        if prev.is_some_and(|p| p.lower == "the") && !run.sentence_initial && n_words >= 2 {
            return Some((Some(NodeType::Organization), "definite-name", 2));
        }
        // a name after a preposition of place: "in Moengo"
        if prev.is_some_and(|p| LOCATIVE.contains(&p.lower.as_str()) && p.lower != "of" && p.lower != "to")
            && n_words <= 3
            && !run.sentence_initial
            && !adjectival
            && !r.iter().any(|t| common.contains(t.lower.as_str()))
        {
            return Some((Some(NodeType::Location), "locative-context", 1));
        }
        // the second half of a hyphenated given name ("Siu-lai") is lower case
        let hyphen_tail = |k: usize| k > 0 && r[k - 1].norm == "-" && !r[k].space_before;
        let shaped = r.iter().enumerate().all(|(k, t)| {
            !t.is_word()
                || (t.is_capitalized() && !t.is_all_caps() && !common.contains(t.lower.as_str()))
                || self.lex.is_particle(&t.lower)
                || is_initial(t)
                || hyphen_tail(k)
        });
        // ("made up mainly of Moslem Arabs": a people's plural is no one's name)
        let people = self.lex.agent(&last.lower) == Some(crate::lexicon::Agent::Private);
        if (2..=3).contains(&n_words)
            && shaped
            && !run.sentence_initial
            && !has_of
            && !people
            && !r.iter().any(|t| t.lower == "and")
        {
            return Some((Some(NodeType::Person), "name-shape", 1));
        }
        None
    }

    /// Type every run, then let the strongest evidence for a name decide all
    /// its occurrences in the document ("Rezaei" after "Ali Rezaei",
    /// "SHEARER" in a headline after "Alan Shearer" in the text).
    fn classify_leftovers(
        &self,
        text: &str,
        toks: &[Token],
        sentences: &[Sentence],
        mut runs: Vec<Run>,
        out: &mut Vec<Mention>,
    ) {
        let key_of = |r: &Range<usize>| -> String {
            toks[r.clone()].iter().filter(|t| t.is_word()).map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ")
        };
        // words this document also writes in lower case are common words, not names
        let common: std::collections::HashSet<&str, crate::gazetteer::FastHash> = toks
            .iter()
            .filter(|t| t.is_word() && t.norm.chars().next().is_some_and(char::is_lowercase))
            .map(|t| t.lower.as_str())
            .collect();
        // "Shares of Douglas & Lomason Co were up": a common word opening the sentence,
        // then "of", is no part of the name after it ("University of …" is)
        for run in runs.iter_mut() {
            let a = run.tokens.start;
            if run.sentence_initial
                && run.title.is_none()
                && run.tokens.len() >= 3
                && toks[a + 1].lower == "of"
                && common.contains(toks[a].lower.as_str())
                && self.lex.prefix_type(&toks[a].lower).is_none()
                && toks[a + 2].is_capitalized()
            {
                run.tokens.start = a + 2;
                run.sentence_initial = false;
            }
        }
        // "pro-Beijing New People Party": the name in a "pro-"/"anti-"/"non-" modifier is no
        // part of the name after it
        let pro = |k: usize| MODIFIER_PREFIXES.contains(&toks[k].lower.as_str());
        for run in runs.iter_mut() {
            let a = run.tokens.start;
            let glued = |k: usize| toks[k].norm == "-" && !toks[k].space_before && !toks[k + 1].space_before;
            // ("Anti-Bhutto protesters": the name alone stays)
            let skip = if a >= 2 && glued(a - 1) && pro(a - 2) {
                1
            } else if a + 3 < run.tokens.end && glued(a + 1) && pro(a) {
                3
            } else if a + 3 == run.tokens.end && glued(a + 1) && pro(a) {
                2
            } else {
                0
            };
            if skip > 0 && a + skip < run.tokens.end && toks[a + skip].is_capitalized() {
                run.tokens.start = a + skip;
                run.sentence_initial = false;
            }
        }
        let verdicts: Vec<Option<Verdict>> =
            runs.iter().map(|run| self.classify(toks, run, sentences[run.sentence].tokens.clone(), &common)).collect();
        let mut best: std::collections::HashMap<String, Verdict, crate::gazetteer::FastHash> = Default::default();
        let mut consider = |key: String, v: Verdict| {
            let e = best.entry(key).or_insert(v);
            if v.2 > e.2 {
                *e = v;
            }
        };
        for (run, v) in runs.iter().zip(&verdicts) {
            let Some(v) = *v else { continue };
            consider(key_of(&run.tokens), v);
            if v.0 == Some(NodeType::Person) && v.2 >= 3 {
                // the surname (last one or two words) of a well-attested person
                let words: Vec<&Token> = toks[run.tokens.clone()].iter().filter(|x| x.is_word()).collect();
                for k in 1..words.len().min(3) {
                    let tail: Vec<&str> = words[words.len() - k..].iter().map(|x| x.lower.as_str()).collect();
                    consider(tail.join(" "), (Some(NodeType::Person), "surname", 4));
                }
                // the middle of three words, the first of two family names ("Arteaga" after
                // "Luis Arteaga Choque", "Obame" after "Brice Obame Ndong"), more weakly
                if words.len() == 3
                    && words[1].is_capitalized()
                    && !words[1].is_all_caps()
                    && words[1].lower.chars().count() >= 3
                    && !is_initial(words[1])
                    && !self.lex.is_particle(&words[1].lower)
                    && self.lex.gazetteer.lookup(&words[1].lower).is_none()
                {
                    consider(words[1].lower.to_string(), (Some(NodeType::Person), "middle-name", 3));
                }
                // the first word alone ("Jansher" after "Jansher Khan"), more weakly: it may
                // be the family name first ("Wang" after "Wang Junxia")
                if words.len() >= 2 && !is_initial(words[0]) && !self.lex.is_particle(&words[0].lower) {
                    consider(
                        words[0].lower.to_string(),
                        (Some(NodeType::Person), "first-word", if v.2 >= 4 { 4 } else { 3 }),
                    );
                }
            }
        }
        for (mut run, own) in runs.into_iter().zip(verdicts) {
            // "SHEARER NAMED AS ENGLAND CAPTAIN": in an all-caps headline, the words of a
            // run that the document names as a person elsewhere ("Alan Shearer")
            if run.all_caps && own.is_none() && !best.contains_key(&key_of(&run.tokens)) {
                let (a, b) = (run.tokens.start, run.tokens.end);
                let window = [2, 1].into_iter().filter(|&n| n < b - a).find_map(|n| {
                    (a..=b - n)
                        .find(|&k| {
                            best.get(&key_of(&(k..k + n))).is_some_and(|v| v.0 == Some(NodeType::Person) && v.2 >= 3)
                        })
                        .map(|k| k..k + n)
                });
                if let Some(w) = window {
                    run.tokens = w;
                }
            }
            let key = key_of(&run.tokens);
            // (a middle name alone before a plain noun is a word of its own: "Shia militias"
            // after "Mohammed Shia Sudani")
            let modifier = toks.get(run.tokens.end).is_some_and(|x| {
                x.is_word()
                    && !x.is_capitalized()
                    && (self.lex.agent(&x.lower).is_some()
                        || matches!(
                            x.lower.as_str(),
                            "militias"
                                | "militia"
                                | "fighters"
                                | "groups"
                                | "clerics"
                                | "parties"
                                | "party"
                                | "community"
                                | "communities"
                                | "areas"
                                | "districts"
                                | "neighbourhoods"
                                | "neighborhoods"
                        ))
            }) && run.tokens.len() == 1;
            // weak evidence (a locative, a name shape) types only its own occurrence
            let verdict = match best.get(&key) {
                Some(&v) if v.2 >= 2 && !(v.1 == "middle-name" && modifier) => Some(v),
                _ => own,
            };
            // "Naina Yeltsin looks well" opening a sentence: a name whose last word is the
            // surname of a person the document attests is a person (of that family)
            let verdict = verdict.or_else(|| {
                let words: Vec<&Token> = toks[run.tokens.clone()].iter().filter(|x| x.is_word()).collect();
                // (two words, the first no nationality: "Frenchman Jean Alesi" is not one name)
                let family = words.len() == 2
                    && words.iter().all(|w| w.is_capitalized() && !w.is_all_caps() && !is_function_word(w))
                    && !words[0].lower.ends_with("man")
                    && !words[0].lower.ends_with("woman")
                    && self.lex.gazetteer.lookup(&words[0].lower).is_none()
                    && best.get(words[words.len() - 1].lower.as_str()).is_some_and(|v| v.1 == "surname");
                family.then_some((Some(NodeType::Person), "family-name", 2))
            });
            let Some((Some(t), rule, _)) = verdict else { continue };
            let a = run.tokens.start;
            let b = run.tokens.end;
            let surface = &text[toks[a].start..toks[b - 1].end];
            let label = crate::text::fold_quotes(surface).into_owned();
            let label = if toks[a..b].iter().all(|x| !x.is_word() || x.is_all_caps() || x.norm.len() <= 1)
                && t != NodeType::Organization
            {
                title_words(&label)
            } else {
                label
            };
            // "Environment Canada": a state department named by its field and its
            // country also mentions the country (nested, so that rules read the name)
            if t == NodeType::Organization && b - a >= 2 && self.lex.is_state_head(&toks[a].lower) {
                let g = &self.lex.gazetteer;
                if let Some(sf) = g
                    .country_surfaces(&crate::gazetteer::words_key(&toks[a + 1..b]))
                    .find(|x| matches!(x.form, MentionForm::Name | MentionForm::Alias))
                {
                    let e = g.entry(sf.entry);
                    out.push(Mention {
                        start: toks[a + 1].start,
                        end: toks[b - 1].end,
                        tokens: a + 1..b,
                        sentence: run.sentence,
                        node_type: NodeType::Country,
                        form: sf.form,
                        entity: e.id.clone(),
                        label: e.label.clone(),
                        entry: Some(sf.entry),
                        country: Some(e.id.clone()),
                        rule: "gazetteer",
                        role: None,
                        possessive: false,
                        nested: true,
                    });
                }
            }
            out.push(Mention {
                start: toks[a].start,
                end: toks[b - 1].end,
                tokens: a..b,
                sentence: run.sentence,
                node_type: t,
                form: MentionForm::Name,
                entity: format!("{}:{}", t.as_str(), slug(&label)),
                label,
                entry: None,
                country: None,
                rule,
                // (a title's word that opens a body's name is no post: "the General
                // Intelligence Directorate")
                role: if rule == "title-body" { None } else { run.title },
                possessive: possessive_after(toks, b),
                nested: false,
            });
        }
    }

    /// Places named as sports teams become organisations, in every mention.
    fn retype_teams(&self, toks: &[Token], sentences: &[Sentence], out: &mut [Mention]) {
        // looked up only when a town stands where a sports report names clubs
        let page = std::cell::OnceCell::new();
        let people: std::collections::BTreeSet<usize> =
            out.iter().filter(|m| m.node_type == NodeType::Person).map(|m| m.tokens.start).collect();
        // cities name club teams; countries and regions name national sides, which stay places
        let town = |m: &Mention| {
            m.node_type == NodeType::Location
                && m.form != MentionForm::Demonym
                && m.entry.is_some_and(|e| {
                    matches!(self.lex.gazetteer.entry(e).kind.as_str(), "" | "city" | "state" | "province")
                })
        };
        let mut teams: std::collections::BTreeSet<String> = out
            .iter()
            .filter(|m| town(m))
            .filter(|m| {
                sports_context(toks, m.tokens.start, m.tokens.end, sentences[m.sentence].tokens.clone(), true)
                    || (transfer_or_player(toks, m, &people) || match_against(toks, m))
                        && *page.get_or_init(|| crate::relation::sports_page(toks))
            })
            .map(|m| m.entity.clone())
            .collect();
        // "title rivals Essex, Derbyshire and Surrey": on a sports page, a town listed
        // with a club is a club too
        if !teams.is_empty() && *page.get_or_init(|| crate::relation::sports_page(toks)) {
            let mut order: Vec<usize> = (0..out.len()).filter(|&i| out[i].form != MentionForm::Pronoun).collect();
            order.sort_by_key(|&i| out[i].tokens.start);
            loop {
                let mut added = false;
                for w in order.windows(2) {
                    let (a, b) = (&out[w[0]], &out[w[1]]);
                    if a.sentence != b.sentence || a.tokens.end >= b.tokens.start {
                        continue;
                    }
                    let listed = match &toks[a.tokens.end..b.tokens.start] {
                        [x] => matches!(x.lower.as_str(), "," | "and" | "or"),
                        [x, y] => x.lower == "," && y.lower == "and",
                        _ => false,
                    };
                    if !listed {
                        continue;
                    }
                    for (x, y) in [(a, b), (b, a)] {
                        if teams.contains(&x.entity) && town(y) && !teams.contains(&y.entity) {
                            teams.insert(y.entity.clone());
                            added = true;
                        }
                    }
                }
                if !added {
                    break;
                }
            }
        }
        for m in out.iter_mut().filter(|m| teams.contains(&m.entity)) {
            m.node_type = NodeType::Organization;
            m.entity = format!("organization:{}", slug(&m.label));
            m.country = None;
            m.entry = None;
            m.rule = "sports-team";
        }
    }
}

/// "their match against Nottinghamshire", "the game with Leeds": a town a match is
/// played against (on a sports page).
fn match_against(toks: &[Token], m: &Mention) -> bool {
    let a = m.tokens.start;
    a >= 2
        && matches!(toks[a - 1].lower.as_str(), "against" | "with")
        && matches!(toks[a - 2].lower.as_str(), "match" | "game" | "clash" | "fixture" | "tie" | "encounter")
}

/// "New York Stock Exchange": a listed place right before an organisation's
/// head-word name is part of that name.
/// On a sports page, a town is a club where a player moves to or from it ("joined
/// Newcastle", "signed for Leeds", "moved to Milan from Torino") or where it owns a
/// player ("Birmingham's Gary Breen").
fn transfer_or_player(toks: &[Token], m: &Mention, people: &std::collections::BTreeSet<usize>) -> bool {
    let a = m.tokens.start;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let prev = if a >= 1 { word(a - 1) } else { "" };
    let prev2 = if a >= 2 { word(a - 2) } else { "" };
    // "the move to Bergamo-based Atalanta": the town only qualifies the club
    if toks.get(m.tokens.end).is_some_and(|t| t.norm == "-" && !t.space_before) {
        return false;
    }
    let moved = matches!(prev, "joined" | "joins" | "rejoined")
        || prev == "for" && matches!(prev2, "signed" | "played" | "plays" | "playing")
        || prev == "to" && matches!(prev2, "moved" | "move" | "loaned" | "transferred" | "transfer" | "sold")
        || prev == "from" && a >= 4 && (a - 4..a - 1).any(|k| matches!(word(k), "joined" | "signed" | "moved"));
    moved || m.possessive && people.contains(&(m.tokens.end + 1))
}

/// Words after a town's name that make it a club's: "Leeds United", "Blackburn Rovers";
/// "City", "Town" and "County" only where the sentence speaks of sport ("Norwich City"
/// is a club, "Kansas City" a place the gazetteer lists whole).
const CLUB_SUFFIXES: &[&str] =
    &["united", "rovers", "athletic", "wanderers", "albion", "hotspur", "rangers", "argyle", "alexandra", "orient"];
const CLUB_SUFFIXES_IN_SPORT: &[&str] = &["city", "town", "county"];

fn club_names(text: &str, toks: &[Token], sentences: &[Sentence], out: &mut Vec<Mention>) {
    let mut drop = vec![false; out.len()];
    // looked up only when a town is followed by "City", "Town" or "County"
    let page = std::cell::OnceCell::new();
    for i in 0..out.len() {
        let m = &out[i];
        if !matches!(m.node_type, NodeType::Location | NodeType::Organization) || m.form != MentionForm::Name {
            continue;
        }
        let b = m.tokens.end;
        let sentence = sentences[m.sentence].tokens.clone();
        let Some(next) = toks.get(b).filter(|t| b < sentence.end && t.is_capitalized() && t.space_before) else {
            continue;
        };
        let sure = CLUB_SUFFIXES.contains(&next.lower.as_str());
        let in_sport = CLUB_SUFFIXES_IN_SPORT.contains(&next.lower.as_str())
            && (*page.get_or_init(|| crate::relation::sports_page(toks))
                || sports_context(toks, m.tokens.start, b + 1, sentence.clone(), true)
                || toks[sentence.clone()].iter().any(|t| is_team_role(&t.lower)));
        if !(sure || in_sport) {
            continue;
        }
        // a mention of the suffix word alone ("United") goes into the club's
        for (j, x) in out.iter().enumerate() {
            if j != i && x.tokens.start == b && x.tokens.end == b + 1 {
                drop[j] = true;
            }
        }
        let m = &mut out[i];
        m.tokens.end = b + 1;
        m.end = toks[b].end;
        m.node_type = NodeType::Organization;
        m.label = crate::text::fold_quotes(&text[m.start..m.end]).into_owned();
        m.entity = format!("organization:{}", slug(&m.label));
        m.country = None;
        m.entry = None;
        m.rule = "club-name";
        m.possessive = possessive_after(toks, b + 1);
    }
    let mut it = drop.into_iter();
    out.retain(|_| !it.next().unwrap_or(false));
}

/// No name runs over this many tokens: a look back for the name before another stops here.
const NAME_REACH: usize = 64;

fn merge_places_into_names(lex: &Lexicon, text: &str, toks: &[Token], out: &mut Vec<Mention>) {
    out.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut drop = vec![false; out.len()];
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let m = &mut rest[0];
        if !matches!(m.node_type, NodeType::Organization | NodeType::Location)
            || !matches!(m.rule, "name-head-word" | "head-of-pattern" | "head-for-pattern")
        {
            continue;
        }
        // (in text order, the name before ends in this sentence or the one before)
        // (within reach, so a long sentence is not scanned)
        let Some(k) = (0..i)
            .rev()
            .take_while(|&k| {
                before[k].sentence + 1 >= m.sentence && before[k].tokens.start + NAME_REACH >= m.tokens.start
            })
            .find(|&k| before[k].tokens.end == m.tokens.start)
        else {
            continue;
        };
        let p = &before[k];
        // "New Zealand Herald", "Japan Airlines": a country's name (not its adjective)
        // before a head word that is not a state body's is part of the name
        // (the head of "Department of Agriculture" is its first word)
        let head = match m.rule {
            "head-of-pattern" => m.tokens.start,
            // (past an adjective: "State Committee for …")
            "head-for-pattern" if lex.prefix_type(&toks[m.tokens.start].lower).is_none() => m.tokens.start + 1,
            "head-for-pattern" => m.tokens.start,
            _ => m.tokens.end - 1,
        };
        let country_name = p.node_type == NodeType::Country
            && matches!(p.form, MentionForm::Name | MentionForm::Alias | MentionForm::Capital)
            && !lex.is_state_head(&toks[head].lower);
        // "British Airways", "American Airlines": a nationality before a carrier's head word
        let carrier = p.node_type == NodeType::Country
            && p.form == MentionForm::Demonym
            && toks[m.tokens.clone()].iter().any(|t| matches!(t.lower.as_str(), "airways" | "airlines" | "airline"));
        if !(p.node_type == NodeType::Location || country_name || carrier)
            || p.entry.is_none()
            || p.possessive
            || drop[k]
        {
            continue;
        }
        m.tokens.start = p.tokens.start;
        drop[k] = true;
        // "Shell Canada Ltd", "Tyndall Australia Ltd": a company's name before the
        // country of its local arm is part of the name too
        if country_name && lex.is_org_suffix(&toks[m.tokens.end - 1].lower) {
            if let Some(q) = (0..k)
                .rev()
                .take_while(|&q| before[q].tokens.start + NAME_REACH >= p.tokens.start)
                .find(|&q| before[q].tokens.end == p.tokens.start)
            {
                let qm = &before[q];
                if matches!(qm.node_type, NodeType::Organization | NodeType::Location)
                    && qm.form == MentionForm::Name
                    && !qm.possessive
                    && !drop[q]
                {
                    m.tokens.start = qm.tokens.start;
                    drop[q] = true;
                }
            }
        }
        // "First Albany Corp.", "National Westminster Bank": a capitalised name
        // adjective before the place belongs to the name too
        let a = m.tokens.start;
        if a > 0
            && toks[a - 1].is_capitalized()
            && NAME_ADJECTIVES.contains(&toks[a - 1].lower.as_str())
            // (the names within reach before it)
            && !before.iter().rev().take_while(|x| x.tokens.start + NAME_REACH >= a).any(|x| x.tokens.end == a)
        {
            m.tokens.start = a - 1;
        }
        m.start = toks[m.tokens.start].start;
        m.label = crate::text::fold_quotes(&text[m.start..m.end]).into_owned();
        m.entity = format!("{}:{}", m.node_type.as_str(), slug(&m.label));
    }
    // "Medical Journal of Australia", "Reserve Bank of Australia", "Communist Party of
    // China": for these heads the place after "of" is part of the name
    for i in 0..out.len() {
        if drop[i]
            || out[i].node_type != NodeType::Organization
            || !matches!(out[i].rule, "name-head-word" | "definite-name")
        {
            continue;
        }
        let head = toks[out[i].tokens.end - 1].lower.as_str();
        if !NAMED_WITH_PLACE.contains(&head) || toks.get(out[i].tokens.end).is_none_or(|t| t.lower != "of") {
            continue;
        }
        let k = out[i].tokens.end + 1;
        let the = toks.get(k).is_some_and(|t| t.lower == "the");
        let Some(j) = (i + 1..out.len()).find(|&j| out[j].tokens.start == k || the && out[j].tokens.start == k + 1)
        else {
            continue;
        };
        let p = &out[j];
        if !matches!(p.node_type, NodeType::Country | NodeType::Location)
            || !matches!(p.form, MentionForm::Name | MentionForm::Alias)
            || p.entry.is_none()
            || p.possessive
        {
            continue;
        }
        let (end, end_tok, possessive) = (p.end, p.tokens.end, p.possessive);
        let m = &mut out[i];
        m.end = end;
        m.tokens.end = end_tok;
        m.possessive = possessive;
        m.label = crate::text::fold_quotes(&text[m.start..m.end]).into_owned();
        m.entity = format!("{}:{}", m.node_type.as_str(), slug(&m.label));
        drop[j] = true;
    }
    let mut it = drop.into_iter();
    out.retain(|_| !it.next().unwrap_or(false));
}

/// "the Free Syrian Army", "the South Lebanon Army": a name word before a state's name
/// and a head word of state forces names a force of its own, no state's army.
fn named_forces(text: &str, toks: &[Token], out: &mut Vec<Mention>) {
    let mut drop = vec![false; out.len()];
    for i in 1..out.len() {
        let (head, state) = (&out[i], &out[i - 1]);
        let h = head.tokens.start;
        let w = state.tokens.start.wrapping_sub(1);
        let force = head.node_type == NodeType::Organization
            && head.rule == "name-head-word"
            && head.tokens.len() == 1
            && matches!(toks[h].lower.as_str(), "army" | "forces" | "front" | "movement" | "guard")
            && state.node_type == NodeType::Country
            && matches!(state.form, MentionForm::Name | MentionForm::Demonym)
            && !state.possessive
            && state.tokens.end == h
            && toks.get(w).is_some_and(|t| {
                t.is_capitalized()
                    && matches!(
                        t.lower.as_str(),
                        "free" | "south" | "north" | "east" | "west" | "southern" | "northern" | "new" | "popular"
                    )
            })
            // (the name word is no other mention's: mentions are in text order)
            && (i < 2 || out[i - 2].tokens.end <= w);
        if !force || drop[i - 1] {
            continue;
        }
        drop[i - 1] = true;
        let m = &mut out[i];
        m.tokens.start = w;
        m.start = toks[w].start;
        m.label = crate::text::fold_quotes(&text[m.start..m.end]).into_owned();
        m.entity = format!("organization:{}", slug(&m.label));
        m.rule = "named-force";
        m.country = None;
    }
    let mut it = drop.into_iter();
    out.retain(|_| !it.next().unwrap_or(false));
}

/// Words of a company's legal form or of the whole group ("Boeing Co", "Shell plc").
const LEGAL_FORMS: &[&str] = &["corp", "corporation", "inc", "ltd", "co", "plc", "llc", "group", "sa", "ag"];

/// "Siemens Healthineers", "Siemens Energy": a listed company's name and one more
/// capitalised word that is no other name, title or given name name one company (an arm of
/// the listed one), not the company and a person.
fn company_arms(lex: &Lexicon, text: &str, toks: &[Token], out: &mut Vec<Mention>) {
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let m = &out[i];
        let company = m.node_type == NodeType::Organization
            && m.form == MentionForm::Name
            && !m.possessive
            && m.entry.is_some_and(|e| lex.gazetteer.entry(e).kind == "company");
        let j = m.tokens.end;
        let (Some(w), true) = (toks.get(j), company) else {
            continue;
        };
        // one word, then no more name ("Siemens Healthineers said", "Siemens Energy's")
        let word = w.is_word()
            && w.lower.chars().all(char::is_alphabetic)
            && w.is_capitalized()
            && !w.is_all_caps()
            && w.space_before
            && !is_function_word(w)
            && !lex.is_given_name(&w.lower)
            && lex.title(&w.lower).is_none()
            // ("Boeing Co", "Chevron Corp": the listed company itself)
            && !LEGAL_FORMS.contains(&w.lower.trim_end_matches('.'))
            && toks.get(j + 1).is_none_or(|x| !x.is_capitalized() || x.lower == "'s");
        // the word is no name of its own, or only one guessed from its shape
        // (mentions are in text order: the one at `j`, if any, is found by halving)
        let next = Some(out.partition_point(|x| x.tokens.start < j))
            .filter(|&n| out.get(n).is_some_and(|x| x.tokens.start == j));
        // (a word typed by nothing is often a product or a place: "Google Chrome",
        // "Amazon Basin")
        let free = match next {
            None => false,
            Some(n) => {
                // ("Energy" alone is typed by its head word)
                let x = &out[n];
                x.entry.is_none()
                    && x.tokens.len() == 1
                    && x.role.is_none()
                    && (x.node_type == NodeType::Person
                        || x.node_type == NodeType::Organization && x.rule == "name-head-word")
            }
        };
        if !word || !free {
            continue;
        }
        let Some(n) = next else {
            continue;
        };
        drop[n] = true;
        let (end, possessive) = (out[n].end, out[n].possessive);
        let m = &mut out[i];
        m.end = end;
        m.tokens.end = j + 1;
        m.possessive = possessive;
        m.entry = None;
        m.rule = "company-arm";
        m.label = crate::text::fold_quotes(&text[m.start..m.end]).into_owned();
        m.entity = format!("organization:{}", slug(&m.label));
    }
    let mut it = drop.into_iter();
    out.retain(|_| !it.next().unwrap_or(false));
}

/// "the United Rohan party", "the opposition Free Gondor movement": a state's name
/// inside a capitalised name before a lower-case party noun names the party, not the state.
fn party_names(lex: &Lexicon, text: &str, toks: &[Token], out: &mut Vec<Mention>) {
    let mut changed = false;
    let mut drop = vec![false; out.len()];
    for i in 0..out.len() {
        let m = &out[i];
        if m.node_type != NodeType::Country
            || m.possessive
            || m.nested
            || !matches!(m.form, MentionForm::Name | MentionForm::Alias | MentionForm::Demonym)
        {
            continue;
        }
        // (the capitalised words around it that no other name covers, but a word a head
        // word alone typed: "United")
        let guessed = |x: &Mention| x.tokens.len() == 1 && x.rule == "name-head-word";
        // (the mentions are in text order: those around `k` are a few before where it starts)
        let around = |k: usize| {
            let hi = out.partition_point(|x| x.tokens.start <= k);
            hi.saturating_sub(8)..hi
        };
        let taken = |k: usize| out[around(k)].iter().any(|x| x.tokens.contains(&k) && !guessed(x));
        let word = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.is_word()
                    && t.is_capitalized()
                    && !t.is_all_caps()
                    && !t.newline_before
                    && (!is_function_word(t) || NAME_ADJECTIVES.contains(&t.lower.as_str()))
                    && lex.title(&t.lower).is_none()
            })
        };
        let (s, e) = (m.tokens.start, m.tokens.end);
        let mut a = s;
        while a > 0 && s - a < 3 && word(a - 1) && !taken(a - 1) {
            a -= 1;
        }
        let mut b = e;
        while b < toks.len() && b - e < 3 && word(b) && !taken(b) {
            b += 1;
        }
        let head = toks.get(b).is_some_and(|t| {
            !t.is_capitalized()
                && matches!(t.lower.as_str(), "party" | "movement" | "alliance" | "coalition" | "bloc" | "front")
        });
        let opened = a > 0
            && matches!(toks[a - 1].lower.as_str(), "the" | "opposition" | "ruling" | "governing" | "nationalist")
            && !toks[a - 1].is_capitalized();
        // (or a longer form of the state's name: "the United Rohan party")
        let longer = e - s > m.label.split_whitespace().count();
        if (a == s && b == e && !longer) || !head || !opened {
            continue;
        }
        let label = crate::text::fold_quotes(&text[toks[a].start..toks[b - 1].end]).into_owned();
        let near = around(b);
        for (x, d) in out[near.clone()].iter().zip(drop[near].iter_mut()) {
            if guessed(x) && (a..b).contains(&x.tokens.start) {
                *d = true;
            }
        }
        let m = &mut out[i];
        m.start = toks[a].start;
        m.end = toks[b - 1].end;
        m.tokens = a..b;
        m.node_type = NodeType::Organization;
        m.form = MentionForm::Name;
        m.entry = None;
        m.country = None;
        m.rule = "party-name";
        m.entity = format!("organization:{}", slug(&label));
        m.label = label;
        changed = true;
    }
    if changed {
        let mut it = drop.into_iter();
        out.retain(|_| !it.next().unwrap_or(false));
        out.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    }
}

/// Head words of names that go on with "of" and their place.
const NAMED_WITH_PLACE: &[&str] = &[
    "journal",
    "bank",
    "party",
    "society",
    "museum",
    "court",
    "church",
    "federation",
    "association",
    "academy",
    "institute",
    "league",
];

/// "LONDON" -> "London" for labels of all-caps names.
fn title_words(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = c.is_whitespace() || c == '-';
        }
    }
    out
}

/// Whether the team after a nationality at `a`..`after` was led to talks: "led the
/// Israeli team in Doha", "heads the U.S. team at the talks" (a team that is led to a
/// victory or at the Olympics is a sports side).
fn led_to_talks(toks: &[Token], a: usize, after: usize) -> bool {
    let lead = a >= 2
        && toks[a - 1].lower == "the"
        && matches!(toks[a - 2].lower.as_str(), "led" | "leads" | "leading" | "headed" | "heads" | "heading");
    let talks = toks.iter().skip(after).take(8).take_while(|t| t.norm != ".").enumerate().any(|(i, t)| {
        matches!(t.lower.as_str(), "talks" | "negotiations" | "consultations" | "meeting" | "summit")
            || i == 0 && t.lower == "in" && toks.get(after + 1).is_some_and(|c| c.is_capitalized())
    });
    lead && talks
}

/// The node id and label of a state's delegation ("United States delegation"), by the
/// state's label.
pub(crate) fn delegation_names(state_label: &str) -> (String, String) {
    (format!("organization:{}-delegation", slug(state_label)), format!("{state_label} delegation"))
}

/// "U.S. delegation", "Iran's team", "Iranian negotiators": a delegation
/// node standing for its country at the talks.
fn add_delegations(toks: &[Token], out: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        if m.node_type != NodeType::Country || m.form == MentionForm::Capital {
            continue;
        }
        let mut j = m.tokens.end;
        if m.possessive {
            j += 1;
        }
        // allow one adjective: "senior Iranian and U.S. delegations" is handled per country
        for skip in 0..2 {
            let Some(t) = toks.get(j + skip) else { break };
            let two = toks.get(j + skip + 1).map(|u| format!("{} {}", t.lower, u.lower));
            let (hit, n) = if two.as_deref().is_some_and(|w| DELEGATION_NOUNS.contains(&w)) {
                (true, 2)
            } else {
                (DELEGATION_NOUNS.contains(&t.lower.as_str()), 1)
            };
            // "Iran's team" is its delegation; an "Afghan team" is more often a sports side
            // (but "led the Israeli team in Doha", "headed the U.S. team at the talks")
            // (… and "the Russian team is led by", "will be headed by": a team with a leader
            // named is a delegation)
            let led_by = || {
                let k = j + skip + 1;
                let mut q = k;
                while toks.get(q).is_some_and(|x| {
                    matches!(x.lower.as_str(), "is" | "was" | "will" | "would" | "be" | "being" | "to" | "has" | "been")
                }) {
                    q += 1;
                }
                // (not a side in a game: "was led by Tom Brand, who scored twice")
                // (in its own sentence)
                let play = toks.iter().skip(q).take(16).take_while(|x| x.norm != "." && x.norm != "!").any(|x| {
                    matches!(
                        x.lower.as_str(),
                        "scored"
                            | "goal"
                            | "goals"
                            | "game"
                            | "coach"
                            | "tournament"
                            | "league"
                            | "cup"
                            | "championship"
                            | "innings"
                            | "wickets"
                    )
                });
                q > k
                    && !play
                    && toks.get(q).is_some_and(|x| matches!(x.lower.as_str(), "led" | "headed"))
                    && toks.get(q + 1).is_some_and(|x| x.lower == "by")
            };
            let team_only = n == 1
                && t.lower == "team"
                && !m.possessive
                && !led_to_talks(toks, m.tokens.start, j + skip + 1)
                && !led_by();
            if hit && !team_only {
                let end_tok = j + skip + n;
                let country_label = m.label.clone();
                let country = m.entity.clone();
                m.nested = true;
                extra.push(Mention {
                    start: m.start,
                    end: toks[end_tok - 1].end,
                    tokens: m.tokens.start..end_tok,
                    sentence: m.sentence,
                    node_type: NodeType::Organization,
                    form: MentionForm::Name,
                    entity: delegation_names(&country_label).0,
                    label: delegation_names(&country_label).1,
                    entry: None,
                    country: Some(country),
                    rule: "country-delegation",
                    role: None,
                    possessive: possessive_after(toks, end_tok),
                    nested: false,
                });
                break;
            }
            if !t.is_word() || t.is_capitalized() {
                break;
            }
        }
    }
    // "Ukrainian and Russian delegations": the plural is each one's delegation
    let firsts: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let m = &out[i];
            m.node_type == NodeType::Country
                && m.form == MentionForm::Demonym
                && !m.nested
                && toks.get(m.tokens.end).is_some_and(|t| t.lower == "and")
        })
        .collect();
    // (the delegations by their first token, kept as the list grows: a long text has many)
    let mut at: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    if !firsts.is_empty() {
        for (k, d) in extra.iter().enumerate() {
            at.entry(d.tokens.start).or_default().push(k);
        }
    }
    for i in firsts {
        let next = out[i].tokens.end + 1;
        let Some(second) = at
            .get(&next)
            .into_iter()
            .flatten()
            .map(|&k| &extra[k])
            .find(|d| toks.get(d.tokens.end - 1).is_some_and(|t| t.lower.ends_with('s')))
        else {
            continue;
        };
        let m = &mut out[i];
        m.nested = true;
        let mut d = second.clone();
        d.start = m.start;
        d.end = m.end;
        d.tokens = m.tokens.clone();
        (d.entity, d.label) = delegation_names(&m.label);
        d.country = Some(m.entity.clone());
        d.possessive = false;
        // (the bare nationality is no name of the delegation: a description, not an alias)
        d.form = MentionForm::Title;
        at.entry(d.tokens.start).or_default().push(extra.len());
        extra.push(d);
    }
    out.extend(extra);
}
