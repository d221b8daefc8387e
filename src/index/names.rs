//! Name normalisation shared by indexing and searching, so that a filter typed as `kerry`,
//! `Kerry` or `John KERRY` finds the speaker `John Kerry`, and `sao paulo` finds `São Paulo`.
//!
//! A name is normalised by splitting it into words at every character that is not a letter or a
//! digit, lower-casing each word and folding accents to ASCII (`Zürich` → `zurich`), then joining
//! the words with single spaces. [`speaker_keys`] and [`place_keys`] give every normalised form a
//! filter may match; [`filter_key`] normalises what the user typed the same way.

use tantivy::tokenizer::{AsciiFoldingFilter, LowerCaser, SimpleTokenizer, TextAnalyzer};

/// Titles and honorifics dropped from the front of a name (`Mr. Kerry` is `Kerry`).
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "lord",
    "lady",
    "sen",
    "senator",
    "rep",
    "gov",
    "gen",
    "col",
    "capt",
    "lt",
    "rev",
    "president",
    "minister",
    "judge",
];

/// Suffixes that are not the surname (`Martin Luther King Jr.` → `king`).
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The analyzer behind [`words`]: the same chain as the `name` fields of the index.
pub(crate) fn name_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The normalised words of a name: lower case, accents folded, punctuation dropped.
pub fn words(name: &str) -> Vec<String> {
    let mut analyzer = name_analyzer();
    let mut stream = analyzer.token_stream(name);
    let mut out = Vec::new();
    stream.process(&mut |t| out.push(t.text.clone()));
    out
}

/// A name's normalised form: its [`words`] joined by single spaces.
///
/// ```
/// assert_eq!(whosaid::index::names::normalize("  José  O'Brien-Núñez "), "jose o brien nunez");
/// ```
pub fn normalize(name: &str) -> String {
    words(name).join(" ")
}

fn strip_honorifics(mut w: &[String]) -> &[String] {
    while w.len() > 1 && HONORIFICS.contains(&w[0].as_str()) {
        w = &w[1..];
    }
    w
}

/// Every key under which a speaker's name is indexed for filters: the full normalised name, the
/// name without leading honorifics, the surname (the last word, skipping `Jr.`-like suffixes)
/// and the last two words (`al assad`, `o brien`, `ki moon`, `de mistura`).
///
/// ```
/// use whosaid::index::names::speaker_keys;
/// assert_eq!(speaker_keys("John Kerry"), ["john kerry", "kerry"]);
/// assert!(speaker_keys("Bashar al-Assad").contains(&"assad".to_string()));
/// assert!(speaker_keys("Bashar al-Assad").contains(&"al assad".to_string()));
/// ```
pub fn speaker_keys(name: &str) -> Vec<String> {
    let all = words(name);
    let mut keys = Vec::new();
    let mut push = |k: String| {
        if !k.is_empty() && !keys.contains(&k) {
            keys.push(k);
        }
    };
    push(all.join(" "));
    let w = strip_honorifics(&all);
    push(w.join(" "));
    let mut core = w;
    while core.len() > 1 && SUFFIXES.contains(&core[core.len() - 1].as_str()) {
        core = &core[..core.len() - 1];
    }
    if core.len() > 1 {
        push(core[core.len() - 1].clone());
    }
    if core.len() > 2 {
        push(core[core.len() - 2..].join(" "));
    }
    keys
}

/// Every key under which a place is indexed for filters: the full normalised name and, for a
/// name with commas (`Aleppo, Syria`), each comma-separated part.
///
/// ```
/// use whosaid::index::names::place_keys;
/// assert_eq!(place_keys("São Paulo"), ["sao paulo"]);
/// assert_eq!(place_keys("Aleppo, Syria"), ["aleppo syria", "aleppo", "syria"]);
/// ```
pub fn place_keys(name: &str) -> Vec<String> {
    let mut keys = vec![normalize(name)];
    if name.contains(',') {
        for part in name.split(',') {
            let k = normalize(part);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys.retain(|k| !k.is_empty());
    keys
}

/// What a filter value typed by the user is looked up as: normalised, leading honorifics dropped
/// (`Mr. Kerry` → `kerry`).
///
/// ```
/// assert_eq!(whosaid::index::names::filter_key("Mr. KERRY"), "kerry");
/// ```
pub fn filter_key(value: &str) -> String {
    strip_honorifics(&words(value)).join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(normalize("ZÜRICH"), "zurich");
        assert_eq!(normalize("Sergueï Lavrov"), "serguei lavrov");
        assert_eq!(filter_key("lavrov"), "lavrov");
    }

    #[test]
    fn surnames_skip_suffixes_and_honorifics() {
        let k = speaker_keys("Dr. Martin Luther King Jr.");
        assert!(k.contains(&"king".to_string()), "{k:?}");
        assert!(k.contains(&"martin luther king jr".to_string()), "{k:?}");
        assert_eq!(speaker_keys("Reuters"), ["reuters"]);
        assert!(speaker_keys("Ban Ki-moon").contains(&"ki moon".to_string()));
    }

    #[test]
    fn empty_names_give_no_keys() {
        assert!(speaker_keys(" - ").is_empty());
        assert!(place_keys("").is_empty());
    }
}
