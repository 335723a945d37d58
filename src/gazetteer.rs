//! Gazetteers: the dictionaries of entities (countries, organisations,
//! cities, regions) and their surface forms, loaded from TSV files.
//!
//! Built-in files live in `src/data/` and are embedded at compile time; a
//! user adds or overrides entries at run time with files in the same format
//! (`--gazetteer FILE`). A file is UTF-8, tab-separated, with `#` comment
//! lines (its source and licence), then a header naming the columns, then
//! one entity a row. Columns are found by name, so a file may have any
//! subset, in any order:
//!
//! | column | meaning |
//! |---|---|
//! | `type` | `person`, `country`, `organization` or `location` (default: the file's) |
//! | `name` | the label (required) |
//! | `id` | the node id; default `country:ALPHA3` or `type:slug-of-name` |
//! | `aliases` | other names, `|`-separated |
//! | `demonyms` | adjectives and nationality nouns (countries) |
//! | `capitals` | capital cities that stand for the government (countries) |
//! | `alpha2`, `alpha3` | ISO 3166-1 codes (countries) |
//! | `country` | ISO alpha-3 (or alpha-2) code of the state the entity belongs to |
//! | `qid` | Wikidata item id |
//! | `geonameid` | GeoNames id |
//! | `kind` | a free sub-type (`government`, `armed_group`, `city`, …) |
//! | `population` | for cities: used to prefer the larger of two namesakes |

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::Path;

use crate::error::{Error, Result};
use crate::graph::{MentionForm, NodeType};
use crate::text::{Token, tokenize};

/// One entity of a gazetteer.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: String,
    pub label: String,
    pub node_type: NodeType,
    /// External identifiers (`wikidata`, `iso3166_alpha2`, `iso3166_alpha3`, `geonames`).
    pub ids: BTreeMap<String, String>,
    /// Node id of the country the entity belongs to.
    pub country: Option<String>,
    pub kind: String,
    pub population: u64,
    /// For countries: the city entry of its capital, when both are known.
    pub capital_city: Option<usize>,
}

/// How a surface form names an entry.
#[derive(Debug, Clone, Copy)]
pub struct Surface {
    pub entry: usize,
    pub form: MentionForm,
    /// The form is an acronym or short all-caps code: match case exactly.
    pub exact_case: bool,
}

/// Entities and their surface forms, indexed by normalised token sequence.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub entries: Vec<Entry>,
    by_id: HashMap<String, usize, FastHash>,
    phrases: HashMap<String, Vec<Surface>, FastHash>,
    /// Every token prefix of every phrase key, so a lookup can stop early.
    prefixes: HashSet<String, FastHash>,
    alpha2: HashMap<String, String>,
    max_tokens: usize,
}

/// The key of a phrase: its tokens, quote-folded, lower case, space-joined.
pub fn phrase_key(phrase: &str) -> (String, usize) {
    // plain words need no tokenizer: most cue forms and many names are like that
    if phrase.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        return (words.join(" ").to_ascii_lowercase(), words.len());
    }
    let toks = tokenize(phrase);
    (words_key(&toks), toks.len())
}

/// The lookup key of tokens already read: their lower-case forms, space-joined
/// (the key `phrase_key` gives the same words as text).
pub fn words_key(toks: &[Token]) -> String {
    toks.iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ")
}

/// Make an id slug: ASCII, lower case, words joined by `-`.
pub fn slug(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() && c != '\'' && c != '.' {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

const BUILTIN: &[(&str, &str, NodeType)] = &[
    ("countries.tsv", include_str!("data/countries.tsv"), NodeType::Country),
    ("organizations.tsv", include_str!("data/organizations.tsv"), NodeType::Organization),
    ("regions.tsv", include_str!("data/regions.tsv"), NodeType::Location),
    ("cities.tsv", include_str!("data/cities.tsv"), NodeType::Location),
];

impl Gazetteer {
    /// The built-in gazetteer.
    pub fn builtin() -> Gazetteer {
        let mut g = Gazetteer::default();
        for (name, text, default_type) in BUILTIN {
            g.load_str(text, Path::new(&format!("builtin:{name}")), *default_type)
                .unwrap_or_else(|e| panic!("built-in data is malformed: {e}"));
        }
        g.link_capitals();
        g
    }

    /// Load a user file; its rows add entities or override surface forms.
    pub fn load_file(&mut self, path: &Path) -> Result<()> {
        let text = crate::input::read_to_string(path)?;
        self.load_str(&text, path, NodeType::Organization)?;
        self.link_capitals();
        Ok(())
    }

    /// Add rows given as text, as a user file would.
    pub fn add_str(&mut self, text: &str, path: &Path) -> Result<()> {
        self.load_str(text, path, NodeType::Organization)?;
        self.link_capitals();
        Ok(())
    }

    pub fn entry(&self, ix: usize) -> &Entry {
        &self.entries[ix]
    }

    pub fn find_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn max_tokens(&self) -> usize {
        self.max_tokens
    }

    /// True when some phrase key starts with `key` (whole tokens).
    pub fn has_prefix(&self, key: &str) -> bool {
        self.prefixes.contains(key)
    }

    /// The surface forms whose key is `key`.
    pub fn lookup(&self, key: &str) -> Option<&[Surface]> {
        self.phrases.get(key).map(Vec::as_slice)
    }

    /// The surfaces of `key` that name a country ("Pakistan" in "( Pakistan )").
    pub fn country_surfaces<'a>(&'a self, key: &str) -> impl Iterator<Item = &'a Surface> + 'a {
        self.lookup(key).unwrap_or_default().iter().filter(|s| self.entry(s.entry).node_type == NodeType::Country)
    }

    /// Parse one TSV file in the format of the module documentation.
    pub fn load_str(&mut self, text: &str, path: &Path, default_type: NodeType) -> Result<()> {
        let mut header: Option<Vec<String>> = None;
        for (i, line) in text.lines().enumerate() {
            let line_no = i + 1;
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            let Some(cols) = &header else {
                let cols: Vec<String> = cells.iter().map(|c| c.trim().to_lowercase()).collect();
                if !cols.iter().any(|c| c == "name") {
                    return Err(Error::line(path, line_no, "the header must name a `name` column"));
                }
                header = Some(cols);
                continue;
            };
            if cells.len() > cols.len() {
                return Err(Error::line(
                    path,
                    line_no,
                    format!("{} cells but the header names {} columns", cells.len(), cols.len()),
                ));
            }
            let row: HashMap<&str, &str> =
                cols.iter().map(String::as_str).zip(cells.iter().map(|c| c.trim())).collect();
            let get = |name: &str| -> &str { row.get(name).copied().unwrap_or("") };
            let name = get("name");
            if name.is_empty() {
                return Err(Error::line(path, line_no, "empty `name`"));
            }
            let node_type = match get("type") {
                "" => default_type,
                t => NodeType::parse(t).ok_or_else(|| {
                    Error::line(path, line_no, format!("unknown type {t:?} (person, country, organization, location)"))
                })?,
            };
            self.add_row(node_type, name, &row, path, line_no)?;
        }
        Ok(())
    }

    fn add_row(
        &mut self,
        node_type: NodeType,
        name: &str,
        row: &HashMap<&str, &str>,
        path: &Path,
        line_no: usize,
    ) -> Result<()> {
        let get = |name: &str| -> &str { row.get(name).copied().unwrap_or("") };
        let mut ids = BTreeMap::new();
        let alpha2 = get("alpha2");
        let alpha3 = get("alpha3");
        if !alpha2.is_empty() {
            ids.insert("iso3166_alpha2".to_string(), alpha2.to_string());
        }
        if !alpha3.is_empty() {
            ids.insert("iso3166_alpha3".to_string(), alpha3.to_string());
        }
        if !get("qid").is_empty() {
            ids.insert("wikidata".to_string(), get("qid").to_string());
        }
        if !get("geonameid").is_empty() {
            ids.insert("geonames".to_string(), get("geonameid").to_string());
        }
        let builtin = path.to_string_lossy().starts_with("builtin:");
        let mut id = match get("id") {
            "" if node_type == NodeType::Country && !alpha3.is_empty() => format!("country:{alpha3}"),
            "" => format!("{}:{}", node_type.as_str(), slug(name)),
            id => id.to_string(),
        };
        // two built-in places of one name ("Los Angeles" in the US and in Chile):
        // the later row gets the country code, then its GeoNames id, in its id
        if builtin && node_type == NodeType::Location && self.by_id.contains_key(&id) {
            let with_code = format!("{id}-{}", get("country").to_lowercase());
            id = if self.by_id.contains_key(&with_code) {
                format!("{with_code}-{}", get("geonameid"))
            } else {
                with_code
            };
        }
        let country = match get("country") {
            "" => None,
            // built-in places in territories (Hong Kong, Puerto Rico) have no state row
            c if builtin => self.country_id(c),
            c => Some(
                self.country_id(c).ok_or_else(|| Error::line(path, line_no, format!("unknown country code {c:?}")))?,
            ),
        };
        if node_type == NodeType::Country && !alpha2.is_empty() {
            self.alpha2.insert(alpha2.to_string(), id.clone());
        }
        let population = get("population").parse().unwrap_or(0);
        let entry = Entry {
            id: id.clone(),
            label: name.to_string(),
            node_type,
            ids,
            country,
            kind: get("kind").to_string(),
            population,
            capital_city: None,
        };
        let ix = match self.by_id.get(&id) {
            // a later row with the same id (a user file) overrides the entry
            Some(&ix) => {
                let old = &mut self.entries[ix];
                old.label = entry.label;
                old.node_type = entry.node_type;
                old.ids.extend(entry.ids);
                if entry.country.is_some() {
                    old.country = entry.country;
                }
                if !entry.kind.is_empty() {
                    old.kind = entry.kind;
                }
                ix
            }
            None => {
                self.entries.push(entry);
                self.by_id.insert(id, self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        self.add_surface(name, ix, MentionForm::Name);
        for (col, form) in
            [("aliases", MentionForm::Alias), ("demonyms", MentionForm::Demonym), ("capitals", MentionForm::Capital)]
        {
            for a in get(col).split('|').map(str::trim).filter(|a| !a.is_empty()) {
                self.add_surface(a, ix, form);
            }
        }
        Ok(())
    }

    fn add_surface(&mut self, phrase: &str, entry: usize, form: MentionForm) {
        let (key, n) = phrase_key(phrase);
        if key.is_empty() {
            return;
        }
        self.max_tokens = self.max_tokens.max(n);
        let letters: Vec<char> = phrase.chars().filter(|c| c.is_alphabetic()).collect();
        let exact_case = letters.len() <= 4 && letters.iter().all(|c| c.is_uppercase());
        for (i, _) in key.match_indices(' ') {
            self.prefixes.insert(key[..i].to_string());
        }
        self.prefixes.insert(key.clone());
        let list = self.phrases.entry(key).or_default();
        // a user row for the same entry and form replaces the built-in one
        list.retain(|s| !(s.entry == entry && s.form == form));
        list.push(Surface { entry, form, exact_case });
    }

    /// Resolve an ISO alpha-3 or alpha-2 code to a country node id.
    pub fn country_id(&self, code: &str) -> Option<String> {
        let id = format!("country:{code}");
        if self.by_id.contains_key(&id) {
            return Some(id);
        }
        self.alpha2.get(code).cloned()
    }

    /// Pair every country with the city entry of its capital.
    fn link_capitals(&mut self) {
        let mut links = Vec::new();
        for surfaces in self.phrases.values() {
            for s in surfaces.iter().filter(|s| s.form == MentionForm::Capital) {
                let country = &self.entries[s.entry].id;
                let city = surfaces.iter().find(|c| {
                    let e = &self.entries[c.entry];
                    e.node_type == NodeType::Location && e.country.as_ref() == Some(country)
                });
                if let Some(city) = city {
                    links.push((s.entry, city.entry));
                }
            }
        }
        links.sort_unstable();
        for (country, city) in links {
            if self.entries[country].capital_city.is_none() {
                self.entries[country].capital_city = Some(city);
            }
        }
    }
}

/// FNV-1a: a fast hash for the short keys of the dictionaries (no
/// untrusted keys reach these maps, so flooding resistance is not needed).
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The hasher of the dictionary maps.
pub type FastHash = BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_keys_agree_with_the_tokenizer() {
        for p in ["held talks", "Iran", "New  York", "U.S.", "Côte d'Ivoire", "son-in-law"] {
            let toks = tokenize(p);
            let slow = toks.iter().map(|t| t.lower.as_str()).collect::<Vec<_>>().join(" ");
            assert_eq!(phrase_key(p), (slow, toks.len()), "{p}");
        }
    }

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Recep Tayyip Erdoğan"), "recep-tayyip-erdogan");
        assert_eq!(slug("U.S. delegation"), "us-delegation");
        assert_eq!(slug("Côte d’Ivoire"), "cote-divoire");
    }

    #[test]
    fn user_rows_report_file_and_line() {
        let mut g = Gazetteer::default();
        let err = g
            .load_str(
                "# test\nname\ttype\nArnor\tcountry\nGondor\tplanet\n",
                Path::new("u.tsv"),
                NodeType::Organization,
            )
            .unwrap_err();
        assert_eq!(err.to_string(), "u.tsv:4: unknown type \"planet\" (person, country, organization, location)");
    }

    #[test]
    fn builtin_has_countries_with_codes() {
        let g = Gazetteer::builtin();
        let ix = g.find_id("country:IRN").expect("Iran");
        assert_eq!(g.entry(ix).ids.get("iso3166_alpha2").map(String::as_str), Some("IR"));
        let key = phrase_key("Iranian").0;
        assert!(g.lookup(&key).is_some_and(|s| s.iter().any(|s| s.entry == ix)));
        assert!(g.entries.iter().filter(|e| e.node_type == NodeType::Country).count() >= 195);
    }
}
