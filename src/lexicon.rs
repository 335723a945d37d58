//! The lexicon: every dictionary the pipeline consults, built once from the
//! embedded data files (and any user files) and shared read-only by all
//! stages.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::error::{Error, Result};
use crate::gazetteer::{FastHash, Gazetteer, phrase_key, words_key};
use crate::graph::{NodeType, Relation};

/// A person's gender as the text shows it: by a title ("Mrs.", "King") or a given
/// name that is clearly one gender ("Mary", "Sergei").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// `m` or `f`, as the data files write it.
    pub fn parse(s: &str) -> Option<Gender> {
        match s {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender a he/she pronoun asks for.
    pub fn of_pronoun(lower: &str) -> Option<Gender> {
        match lower {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        }
    }
}

/// A title or role that stands before a name.
#[derive(Debug, Clone)]
pub struct Title {
    /// The title as written in the data file ("Foreign Minister").
    pub label: String,
    /// `head`, `minister`, `official`, `diplomat`, `military`, `honorific`, …
    pub kind: String,
    /// Whom the title names, where it tells: "King", "Mrs." (`titles.tsv`'s gender).
    pub gender: Option<Gender>,
}

/// How an event cue is laid out around its participants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuePattern {
    /// SUBJ cue OBJ (and the passive OBJ was cue by SUBJ).
    Verb,
    /// SUBJ cue … PREP OBJ.
    VerbPrep,
    /// SUBJ cue … PREP OBJ, where OBJ acts on SUBJ ("Arnor received aid from Gondor").
    VerbPrepReverse,
    /// X and Y cue (symmetric).
    Intrans,
    /// cue between X and Y.
    NounBetween,
    /// X's cue PREP Y.
    NounPrep,
}

/// One row of a cue table.
#[derive(Debug, Clone)]
pub struct Cue {
    pub relation: Relation,
    pub cameo: String,
    pub goldstein: f64,
    pub pattern: CuePattern,
    pub prep: String,
    pub example: String,
    /// `file:line` of the row, recorded as the evidence's rule.
    pub rule: String,
    /// Which table wins when two rows share a form: user files (0), the
    /// curated table (1), the CAMEO verb list (2).
    pub priority: u8,
}

/// One word form of a cue row, as indexed by its first word.
#[derive(Debug, Clone)]
pub struct CueForm {
    /// the row's index in the cue list
    pub cue: usize,
    /// the form's words joined by single spaces
    pub key: String,
    /// the number of tokens
    pub n: usize,
    /// the form's words, split once at load time
    pub words: Box<[String]>,
}

/// How a noun lets a named state or organisation act (`agents.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agent {
    /// Acts for a country or an organisation: "Arnor troops", "officials in Arnor".
    State,
    /// Acts only for an organisation: "Amnesty activists".
    Member,
    /// Stands inside an agent phrase: "security" in "security officials".
    Modifier,
    /// People of a nationality who do not act for its state: "Albanian dissidents".
    Private,
}

/// All dictionaries.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub gazetteer: Gazetteer,
    titles: HashMap<String, Title, FastHash>,
    title_prefixes: HashSet<String, FastHash>,
    max_title: usize,
    given_names: HashSet<String, FastHash>,
    /// Given names that are clearly one gender (`given_name_gender.tsv`), lower case.
    given_name_genders: HashMap<String, Gender, FastHash>,
    place_given_names: HashSet<String, FastHash>,
    /// Ship prefixes (`ship_prefixes.tsv`, as written) and their flag states' codes.
    ship_prefixes: HashMap<String, String, FastHash>,
    particles: HashSet<String, FastHash>,
    common_surnames: HashSet<String, FastHash>,
    name_heads: HashMap<String, Option<NodeType>, FastHash>,
    state_heads: HashSet<String, FastHash>,
    prefix_heads: HashMap<String, Option<NodeType>, FastHash>,
    lead_heads: HashMap<String, Option<NodeType>, FastHash>,
    follower_heads: HashMap<String, Option<NodeType>, FastHash>,
    common_acronyms: HashSet<String, FastHash>,
    relational: HashMap<String, Relation, FastHash>,
    /// First words of the relational nouns: most tokens start none.
    relational_first: std::collections::HashSet<String, FastHash>,
    max_relational: usize,
    agents: HashMap<String, Agent, FastHash>,
    collective_agents: HashSet<String, FastHash>,
    /// Party adjectives ("Democratic", "Tory") and the gazetteer entry of their party.
    party_adjectives: HashMap<String, usize, FastHash>,
    /// Event cues by the key of their first token.
    pub cues: Vec<Cue>,
    cue_index: HashMap<String, Vec<CueForm>, FastHash>,
}

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|(i, l)| (i + 1, l.split('\t').map(str::trim).collect()))
}

/// The entries of a one-word-a-line list, lower case, without `#` comments.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase)
}

impl Lexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon {
            gazetteer: Gazetteer::builtin(),
            titles: HashMap::default(),
            title_prefixes: HashSet::default(),
            max_title: 0,
            given_names: HashSet::default(),
            given_name_genders: HashMap::default(),
            place_given_names: HashSet::default(),
            ship_prefixes: HashMap::default(),
            particles: HashSet::default(),
            common_surnames: HashSet::default(),
            name_heads: HashMap::default(),
            state_heads: HashSet::default(),
            prefix_heads: HashMap::default(),
            lead_heads: HashMap::default(),
            follower_heads: HashMap::default(),
            common_acronyms: HashSet::default(),
            relational: HashMap::default(),
            relational_first: Default::default(),
            max_relational: 0,
            agents: HashMap::default(),
            collective_agents: HashSet::default(),
            party_adjectives: HashMap::default(),
            cues: Vec::new(),
            cue_index: HashMap::default(),
        };
        for (_, r) in rows(include_str!("data/titles.tsv")) {
            // a title of several words is also written with hyphens ("Major-General",
            // "Vice-President")
            let hyphenated = r[0].contains(' ').then(|| r[0].replace(' ', "-"));
            for form in std::iter::once(r[0]).chain(hyphenated.as_deref()) {
                let (key, n) = phrase_key(form);
                lex.max_title = lex.max_title.max(n);
                for (i, _) in key.match_indices(' ') {
                    lex.title_prefixes.insert(key[..i].to_string());
                }
                lex.title_prefixes.insert(key.clone());
                lex.titles.entry(key).or_insert_with(|| Title {
                    label: r[0].to_string(),
                    kind: r.get(1).unwrap_or(&"").to_string(),
                    gender: r.get(2).and_then(|g| Gender::parse(g)),
                });
            }
        }
        lex.given_names.extend(words(include_str!("data/given_names.txt")));
        for (line, r) in rows(include_str!("data/given_name_gender.tsv")) {
            let g = r.get(1).and_then(|g| Gender::parse(g));
            let g = g.unwrap_or_else(|| panic!("given_name_gender.tsv line {line}: gender must be m or f"));
            lex.given_name_genders.insert(r[0].to_lowercase(), g);
        }
        lex.place_given_names.extend(words(include_str!("data/place_given_names.txt")));
        for (_, r) in rows(include_str!("data/ship_prefixes.tsv")) {
            if let Some(code) = r.get(1) {
                lex.ship_prefixes.insert(r[0].to_string(), code.to_string());
            }
        }
        lex.common_acronyms.extend(words(include_str!("data/common_acronyms.txt")));
        lex.particles.extend(words(include_str!("data/surname_particles.txt")));
        lex.common_surnames.extend(words(include_str!("data/common_surnames.txt")));
        for (_, r) in rows(include_str!("data/name_heads.tsv")) {
            let w = r[0].to_lowercase();
            let t = NodeType::parse(r.get(1).unwrap_or(&""));
            if r.get(3) == Some(&"yes") {
                lex.state_heads.insert(w.clone());
            }
            match r.get(2).copied() {
                Some("prefix") => lex.prefix_heads.insert(w, t).is_none(),
                Some("lead") => lex.lead_heads.insert(w, t).is_none(),
                Some("follower") => lex.follower_heads.insert(w, t).is_none(),
                _ => lex.name_heads.insert(w, t).is_none(),
            };
        }
        for (line, r) in rows(include_str!("data/party_adjectives.tsv")) {
            let party = r.get(1).copied().unwrap_or("");
            let entry = lex
                .gazetteer
                .lookup(&crate::gazetteer::phrase_key(party).0)
                .and_then(|sf| sf.iter().find(|s| lex.gazetteer.entry(s.entry).kind == "party"))
                .unwrap_or_else(|| panic!("party_adjectives.tsv line {line}: no party {party:?} in organizations.tsv"));
            lex.party_adjectives.insert(r[0].to_string(), entry.entry);
        }
        for (_, r) in rows(include_str!("data/relational_nouns.tsv")) {
            let (key, n) = phrase_key(r[0]);
            lex.max_relational = lex.max_relational.max(n);
            let rel = Relation::parse(r.get(1).unwrap_or(&"")).unwrap_or(Relation::WorksFor);
            lex.relational_first.insert(key.split(' ').next().unwrap_or("").to_string());
            lex.relational.insert(key, rel);
        }
        for (line, r) in rows(include_str!("data/agents.tsv")) {
            let kind = match r.get(1).copied() {
                Some("state") => Agent::State,
                Some("member") => Agent::Member,
                Some("modifier") => Agent::Modifier,
                Some("private") => Agent::Private,
                other => panic!("agents.tsv line {line}: unknown kind {other:?}"),
            };
            lex.agents.insert(r[0].to_lowercase(), kind);
            if r.get(2) == Some(&"yes") {
                lex.collective_agents.insert(r[0].to_lowercase());
            }
        }
        lex.load_cues(include_str!("data/cues.tsv"), Path::new("cues.tsv"), 1)
            .unwrap_or_else(|e| panic!("built-in cue table is malformed: {e}"));
        // the curated table comes first, so its rows win over the broader CAMEO verb list
        lex.load_cues(include_str!("data/cameo_verbs.tsv"), Path::new("cameo_verbs.tsv"), 2)
            .unwrap_or_else(|e| panic!("built-in CAMEO verb table is malformed: {e}"));
        lex
    }

    /// Add a user gazetteer file.
    pub fn add_gazetteer(&mut self, path: &Path) -> Result<()> {
        self.gazetteer.load_file(path)
    }

    /// Add gazetteer rows given as text (`name` names the source in errors).
    pub fn add_gazetteer_str(&mut self, text: &str, name: &str) -> Result<()> {
        self.gazetteer.add_str(text, Path::new(name))
    }

    /// Add a user cue file (same columns as the built-in `cues.tsv`).
    pub fn add_cues(&mut self, path: &Path) -> Result<()> {
        let text = crate::input::read_to_string(path)?;
        self.load_cues(&text, path, 0)
    }

    fn load_cues(&mut self, text: &str, path: &Path, priority: u8) -> Result<()> {
        let name = path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
        for (line, r) in rows(text) {
            if r.len() < 5 {
                return Err(Error::line(path, line, "a cue row needs relation, cameo, goldstein, pattern and cue"));
            }
            let relation =
                Relation::parse(r[0]).ok_or_else(|| Error::line(path, line, format!("unknown relation {:?}", r[0])))?;
            let goldstein: f64 =
                r[2].parse().map_err(|_| Error::line(path, line, format!("goldstein {:?} is not a number", r[2])))?;
            let pattern = match r[3] {
                "verb" => CuePattern::Verb,
                "verb_prep" => CuePattern::VerbPrep,
                "verb_prep_reverse" => CuePattern::VerbPrepReverse,
                "intrans" => CuePattern::Intrans,
                "noun_between" => CuePattern::NounBetween,
                "noun_prep" => CuePattern::NounPrep,
                p => return Err(Error::line(path, line, format!("unknown pattern {p:?}"))),
            };
            let prep = r.get(5).copied().unwrap_or("").to_string();
            if matches!(pattern, CuePattern::VerbPrep | CuePattern::VerbPrepReverse | CuePattern::NounPrep)
                && prep.is_empty()
            {
                return Err(Error::line(path, line, "this pattern needs a preposition in the prep column"));
            }
            let ix = self.cues.len();
            self.cues.push(Cue {
                relation,
                cameo: r[1].to_string(),
                goldstein,
                pattern,
                prep,
                example: r.get(6).copied().unwrap_or("").to_string(),
                rule: format!("cue:{name}:{line}"),
                priority,
            });
            for form in r[4].split('|').map(str::trim).filter(|f| !f.is_empty()) {
                let (key, n) = phrase_key(form);
                let words: Box<[String]> = key.split(' ').map(str::to_string).collect();
                let first = words.first().cloned().unwrap_or_default();
                self.cue_index.entry(first).or_default().push(CueForm { cue: ix, key, n, words });
            }
        }
        for list in self.cue_index.values_mut() {
            // longest forms first so "held talks" wins over "held"
            list.sort_by_key(|f| (std::cmp::Reverse(f.n), self.cues[f.cue].priority, f.cue));
        }
        Ok(())
    }

    /// Cue forms that start at token key `first`.
    pub fn cues_starting(&self, first: &str) -> &[CueForm] {
        self.cue_index.get(first).map(Vec::as_slice).unwrap_or(&[])
    }

    pub fn title(&self, key: &str) -> Option<&Title> {
        self.titles.get(key)
    }

    /// True when some title starts with the tokens of `key`.
    pub fn has_title_prefix(&self, key: &str) -> bool {
        self.title_prefixes.contains(key)
    }

    pub fn max_title_tokens(&self) -> usize {
        self.max_title
    }

    pub fn is_given_name(&self, lower: &str) -> bool {
        self.given_names.contains(lower)
    }

    /// The gender of a given name (lower case) that is clearly one gender: "mary",
    /// "sergei", "jean-claude"; `None` for names used for both ("jean", "andrea") and
    /// for words that are no listed given name.
    pub fn given_name_gender(&self, lower: &str) -> Option<Gender> {
        self.given_name_genders.get(lower).copied()
    }

    /// A place name that is also a given name ("Jordan", "Chad", "Paris").
    /// The flag state's ISO code of a ship prefix as written ("USS", "BRP").
    pub fn ship_prefix(&self, word: &str) -> Option<&str> {
        self.ship_prefixes.get(word).map(String::as_str)
    }

    pub fn is_place_given_name(&self, lower: &str) -> bool {
        self.place_given_names.contains(lower)
    }

    pub fn is_particle(&self, lower: &str) -> bool {
        self.particles.contains(lower) || self.particles.contains(&format!("{lower}-"))
    }

    /// A family name too widespread to join a bare mention to a full name across documents.
    pub fn is_common_surname(&self, lower: &str) -> bool {
        self.common_surnames.contains(lower)
    }

    pub fn is_org_suffix(&self, lower: &str) -> bool {
        self.name_heads.get(lower).is_some_and(|t| *t == Some(NodeType::Organization))
    }

    /// The party a capitalised adjective names ("Democratic", "Tory"), as written.
    pub fn party_adjective(&self, word: &str) -> Option<usize> {
        self.party_adjectives.get(word).copied()
    }

    /// A head word of state bodies ("Ministry", "Navy"): such a body named
    /// after a country is part of it.
    pub fn is_state_head(&self, lower: &str) -> bool {
        self.state_heads.contains(lower)
    }

    /// The type a head word gives a name: `Some(None)` for event words
    /// ("Championships") that make the name no node at all.
    pub fn head_type(&self, lower: &str) -> Option<Option<NodeType>> {
        self.name_heads.get(lower).copied()
    }

    /// The type a first word gives a name without "of" ("Camp Shorabak",
    /// "Universidad de Los Andes").
    pub fn lead_type(&self, lower: &str) -> Option<Option<NodeType>> {
        self.lead_heads.get(lower).copied()
    }

    /// An all-caps abbreviation that names no organisation ("OK", "PM", "GDP").
    pub fn is_common_acronym(&self, lower: &str) -> bool {
        self.common_acronyms.contains(lower)
    }

    /// The type a leading head word gives "HEAD of …" names ("Ministry of
    /// Defence", "Museum of Flight").
    /// The type a lower-case noun right after a name gives it ("Charles de Gaulle
    /// airport", "Cofinec shares").
    pub fn follower_type(&self, lower: &str) -> Option<Option<NodeType>> {
        self.follower_heads.get(lower).copied()
    }

    pub fn prefix_type(&self, lower: &str) -> Option<Option<NodeType>> {
        self.prefix_heads.get(lower).copied()
    }

    /// The agent class of a lower-case word ("officials", "troops"), if any.
    pub fn agent(&self, word: &str) -> Option<Agent> {
        self.agents.get(word).copied()
    }

    /// Whether `word` is an agent through which a named actor of type `actor` acts:
    /// state agents ("officials", "troops") for a country or an organisation, member
    /// agents ("activists") for an organisation only.
    pub fn agent_acts_for(&self, word: &str, actor: NodeType) -> bool {
        match self.agent(word) {
            Some(Agent::State) => true,
            Some(Agent::Member) => actor == NodeType::Organization,
            _ => false,
        }
    }

    /// Whether an agent word names a body or a group ("government", "officials").
    pub fn is_collective_agent(&self, word: &str) -> bool {
        self.collective_agents.contains(word)
    }

    pub fn relational(&self, key: &str) -> Option<Relation> {
        self.relational.get(key).copied()
    }

    /// A kin noun: "wife", "son", "son-in-law".
    pub fn is_kin_noun(&self, key: &str) -> bool {
        self.relational(key) == Some(Relation::RelativeOf)
    }

    /// True when some relational noun starts with this word.
    pub fn starts_relational(&self, lower: &str) -> bool {
        self.relational_first.contains(lower)
    }

    /// The words are a job noun that implies an employer ("spokesman", "chief
    /// economist", "co-founder"); their case is the caller's to check.
    pub fn is_job_noun(&self, words: &[crate::text::Token]) -> bool {
        words.first().is_some_and(|w| w.is_word() && self.starts_relational(&w.lower))
            && self.relational(&words_key(words)) == Some(Relation::WorksFor)
    }

    pub fn max_relational_tokens(&self) -> usize {
        self.max_relational
    }
}
