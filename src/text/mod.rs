//! Text stage: tokens and sentences over the original text.
//!
//! Every token is a byte span into the text as read; nothing is rewritten.
//! Typographic quotes and apostrophes are folded only in each token's
//! `norm` form, which later stages use for matching. Sentences come from
//! punctuation and line breaks, with an abbreviation list so that "U.S.",
//! "Mr." or an initial does not end a sentence.

use std::borrow::Cow;

use smol_str::SmolStr;

/// What kind of token a token is, decided from its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, inner apostrophes or abbreviation dots).
    Word,
    /// Digits, possibly with separators ("1996", "3.5", "08-22").
    Number,
    /// Anything else: one punctuation character, or an ellipsis.
    Punct,
}

/// A token: a byte span into the original text plus a folded form for matching.
#[derive(Debug, Clone)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// The token text with typographic quotes folded to ASCII.
    pub norm: SmolStr,
    /// `norm` in lower case.
    pub lower: SmolStr,
    /// True when whitespace separates this token from the previous one.
    pub space_before: bool,
    /// True when a line break separates this token from the previous one.
    pub newline_before: bool,
}

impl Token {
    /// The token's text as it stands in `src`.
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }

    /// First character is upper case (or the token is a capitalised abbreviation).
    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.norm.chars().next().is_some_and(char::is_uppercase)
    }

    /// All letters are upper case and there are at least two of them.
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.norm.chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        letters >= 2
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is(&self, lower: &str) -> bool {
        self.lower == lower
    }
}

/// A sentence: a range of token indices and the byte span they cover.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub tokens: std::ops::Range<usize>,
    pub start: usize,
    pub end: usize,
    /// Feed boilerplate ("The post … appeared first on …", "0 Comments"):
    /// mentions are still found, relations are not mined.
    pub boilerplate: bool,
}

/// Whether a token's text is a double quote mark, straight or typographic (checked
/// without folding for the common ASCII tokens).
pub fn is_double_quote(norm: &str) -> bool {
    match norm.as_bytes() {
        [b'"'] => true,
        [b, ..] if *b >= 0x80 => fold_quotes(norm) == "\"",
        _ => false,
    }
}

/// Fold typographic apostrophes and quotes to their ASCII forms.
pub fn fold_quotes(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let folded: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            '\u{00A0}' => ' ',
            c => c,
        })
        .collect();
    Cow::Owned(folded)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

/// Abbreviations whose final period belongs to the word (lower case, without the dot).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt", "maj", "adm",
    "cmdr", "brig", "rev", "st", "ft", "mt", "jr", "sr", "sen", "pres", "amb", "insp", "supt", "hon", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun", "corp", "inc", "ltd", "co", "bros", "no", "nos", "vs", "etc", "approx", "dept",
    "est", "fig", "vol", "ave", "blvd", "rd", "gens", "reps", "sens", "messrs", "mme", "mlle", "univ", "assn", "intl",
    "ret",
];

/// Abbreviations that stand before a name and never end a sentence.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cpt", "sgt", "maj", "adm",
    "cmdr", "brig", "rev", "st", "ft", "mt", "hon", "amb", "gens", "reps", "sens", "messrs", "mme",
    // ("General (ret.) Marcelo Zuazo")
    "ret",
];

/// Words that may follow an abbreviation at the start of a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "in",
    "on",
    "at",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "there",
    "then",
    "however",
    "meanwhile",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "some",
    "many",
    "most",
    "both",
    "no",
    "not",
    "yet",
];

/// Split `text` into tokens. Linear in the input.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    let mut space_before = true;
    let mut newline_before = true;
    while i < n {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                newline_before = true;
            }
            i += 1;
            continue;
        }
        let mut j;
        let kind;
        if c.is_alphabetic() {
            j = i + 1;
            loop {
                if j < n && (chars[j].1.is_alphanumeric() || is_mark(chars[j].1)) {
                    j += 1;
                    continue;
                }
                // inner apostrophe: O'Brien, don't, but not a possessive 's or a trailing quote
                if j + 1 < n && is_apostrophe(chars[j].1) && chars[j + 1].1.is_alphabetic() {
                    let after_s = j + 2 >= n || !chars[j + 2].1.is_alphanumeric();
                    if (chars[j + 1].1 == 's' || chars[j + 1].1 == 'S') && after_s {
                        break;
                    }
                    j += 2;
                    continue;
                }
                // abbreviation dots: U.S., U.N., D.C., e.g.
                if j + 1 < n && chars[j].1 == '.' && chars[j + 1].1.is_alphabetic() && j - i <= 2 {
                    let mut k = j + 1;
                    while k < n && chars[k].1.is_alphabetic() {
                        k += 1;
                    }
                    if k - (j + 1) <= 2 && k < n && chars[k].1 == '.' {
                        j = k;
                        continue;
                    }
                    if k - (j + 1) <= 2 && (k >= n || !chars[k].1.is_alphanumeric()) && j - i == 1 {
                        // "U.S" without final dot
                        j = k;
                        continue;
                    }
                }
                break;
            }
            // a final dot that belongs to the word: initials, abbreviations, U.S.
            if j < n && chars[j].1 == '.' {
                let word = &text[start..end_of(j)];
                let lower = word.to_lowercase();
                let single_upper = word.chars().count() == 1 && c.is_uppercase();
                let listed = ABBREVIATIONS.contains(&lower.as_str())
                    && (c.is_uppercase() || matches!(lower.as_str(), "vs" | "etc" | "approx" | "ret"));
                if single_upper || word.contains('.') || listed {
                    j += 1;
                }
            }
            kind = TokenKind::Word;
        } else if c.is_ascii_digit() {
            j = i + 1;
            while j < n {
                let d = chars[j].1;
                if d.is_ascii_digit() {
                    j += 1;
                } else if matches!(d, '.' | ',' | ':' | '/') && j + 1 < n && chars[j + 1].1.is_ascii_digit() {
                    j += 2;
                } else if d.is_alphabetic()
                    && (j + 1 >= n || !chars[j + 1].1.is_alphabetic() || j + 2 >= n || !chars[j + 2].1.is_alphabetic())
                {
                    // 1st, 2nd, 3rd, 10th, 5m, 3bn
                    j += 1;
                } else {
                    break;
                }
            }
            kind = TokenKind::Number;
        } else if is_apostrophe(c)
            && i + 1 < n
            && (chars[i + 1].1 == 's' || chars[i + 1].1 == 'S')
            && (i + 2 >= n || !chars[i + 2].1.is_alphanumeric())
            && i > 0
        {
            j = i + 2;
            kind = TokenKind::Word;
        } else if c == '.' && i + 2 < n && chars[i + 1].1 == '.' && chars[i + 2].1 == '.' {
            j = i + 3;
            kind = TokenKind::Punct;
        } else {
            j = i + 1;
            kind = TokenKind::Punct;
        }
        let end = end_of(j);
        let raw = &text[start..end];
        let norm = SmolStr::new(fold_quotes(raw));
        let lower = if norm.chars().any(char::is_uppercase) { SmolStr::new(norm.to_lowercase()) } else { norm.clone() };
        tokens.push(Token { start, end, kind, norm, lower, space_before, newline_before });
        space_before = false;
        newline_before = false;
        i = j;
    }
    tokens
}

fn is_mark(c: char) -> bool {
    // combining marks keep decomposed letters inside a word
    ('\u{0300}'..='\u{036F}').contains(&c)
}

fn is_closing(t: &Token) -> bool {
    matches!(t.norm.as_str(), "\"" | "'" | ")" | "]")
}

/// Split tokens into sentences.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut begin = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        let mut split_after = None;
        // a line break ends a sentence unless the next line continues in lower case
        if i > begin && t.newline_before {
            let blank_line = text[tokens[i - 1].end..t.start].matches('\n').count() >= 2;
            let continues = t.norm.chars().next().is_some_and(char::is_lowercase);
            if blank_line || !continues {
                out.push(make_sentence(tokens, begin, i));
                begin = i;
            }
        }
        if matches!(t.norm.as_str(), "." | "!" | "?" | "...") {
            let mut k = i + 1;
            while k < n && is_closing(&tokens[k]) && !tokens[k].space_before {
                k += 1;
            }
            // "a Mo.-based bank": a dot glued to a hyphen ends no sentence
            let glued_hyphen = k < n && tokens[k].norm == "-" && !tokens[k].space_before;
            if k >= n || next_starts_sentence(&tokens[k]) && !glued_hyphen {
                split_after = Some(k);
            }
        } else if t.kind == TokenKind::Word && t.norm.ends_with('.') && t.norm.len() > 2 && i + 1 < n {
            // "… bombed by the U.S. The next day …": an abbreviation that ends a sentence
            let next = &tokens[i + 1];
            if !TITLE_ABBREVIATIONS.contains(&t.lower.trim_end_matches('.'))
                && next.is_capitalized()
                && SENTENCE_STARTERS.contains(&next.lower.as_str())
            {
                split_after = Some(i + 1);
            }
        }
        if let Some(k) = split_after {
            out.push(make_sentence(tokens, begin, k));
            begin = k;
            i = k;
            continue;
        }
        i += 1;
    }
    if begin < n {
        out.push(make_sentence(tokens, begin, n));
    }
    for s in &mut out {
        s.boilerplate = is_boilerplate(&text[s.start..s.end]);
    }
    out
}

fn next_starts_sentence(t: &Token) -> bool {
    let c = t.norm.chars().next().unwrap_or(' ');
    !c.is_lowercase() && !matches!(c, ',' | ';' | ':' | ')' | '.')
}

fn make_sentence(tokens: &[Token], a: usize, b: usize) -> Sentence {
    Sentence { tokens: a..b, start: tokens[a].start, end: tokens[b - 1].end, boilerplate: false }
}

/// Feed and page furniture that must not be mined for relations.
fn is_boilerplate(s: &str) -> bool {
    let s = s.trim();
    let lower = s.to_lowercase();
    (lower.starts_with("the post ") && lower.contains(" appeared first on "))
        || lower.ends_with(" comments")
            && lower.split_whitespace().next().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        || lower.starts_with("click here")
        || lower.starts_with("sign up for")
        || lower.starts_with("read more")
        || lower.starts_with("copyright ")
        || lower.starts_with("all rights reserved")
        // a wiki page's category line: "Categories: August 15, 2008 Canada Published …"
        || lower.starts_with("categories:")
        || lower.starts_with("tags:")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        tokenize(text).iter().map(|t| t.text(text).to_string()).collect()
    }

    fn sents(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        sentences(text, &toks).iter().map(|s| text[s.start..s.end].to_string()).collect()
    }

    #[test]
    fn possessives_and_abbreviations() {
        assert_eq!(words("Iran’s U.S. team"), ["Iran", "’s", "U.S.", "team"]);
        assert_eq!(words("O'Brien don't"), ["O'Brien", "don't"]);
        assert_eq!(words("Mr. J. Smith"), ["Mr.", "J.", "Smith"]);
        assert_eq!(words("Israel 's"), ["Israel", "'s"]);
        assert_eq!(words("son-in-law"), ["son", "-", "in", "-", "law"]);
    }

    #[test]
    fn sentence_split_survives_abbreviations() {
        let s = sents("Mr. Smith met Gen. Jones in Washington, D.C. on Friday. The U.S. and Iran talked. He left.");
        assert_eq!(s.len(), 3, "{s:?}");
        let s = sents("It was bombed by the U.S. The next day it ended.");
        assert_eq!(s.len(), 2, "{s:?}");
        let s = sents("They sat in the sun. Then they left.");
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn quotes_and_lines() {
        let s = sents("“We engage in good faith.” Rezaei said.\nLONDON 1996-08-30\nThe talks began.");
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(s[0], "“We engage in good faith.”");
    }

    #[test]
    fn boilerplate_flagged() {
        let text = "Talks began.\nThe post Talks begin appeared first on Example.org.\n\n0 Comments\n\nCategories: Canada Politics and conflicts";
        let toks = tokenize(text);
        let ss = sentences(text, &toks);
        let flags: Vec<bool> = ss.iter().map(|s| s.boilerplate).collect();
        assert_eq!(flags, [false, true, true, true]);
    }
}
