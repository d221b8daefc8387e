//! Places: the bundled GeoNames gazetteer (`data/gazetteer.tsv`) matched longest-first on word
//! boundaries, keeping only matches that stand as places in their sentence: not inside a
//! person's or organisation's name (`Washington Institute`, `Toronto Star`, `Jordan Henderson`).

use std::collections::HashMap;
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};

use super::names::{MKind, Mention, People};
use super::tokens::Tok;

/// What a gazetteer entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PlaceKind {
    Country,
    Region,
    Admin1,
    City,
}

#[derive(Debug, Clone)]
struct Entry {
    canonical: &'static str,
    kind: PlaceKind,
}

/// The place names whosaid knows, with their canonical forms.
pub(crate) struct Gazetteer {
    /// Surface form → entry index.
    surfaces: HashMap<&'static str, usize>,
    entries: Vec<Entry>,
    /// One pattern per surface form, in the order of `pattern_entry`.
    matcher: AhoCorasick,
    pattern_entry: Vec<usize>,
    max_words: usize,
}

impl Gazetteer {
    /// The gazetteer compiled into the binary.
    pub fn bundled() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| Gazetteer::parse(include_str!("../../data/gazetteer.tsv")))
    }

    fn parse(tsv: &'static str) -> Gazetteer {
        let mut entries = Vec::new();
        let mut surfaces = HashMap::new();
        let mut patterns: Vec<&'static str> = Vec::new();
        let mut pattern_entry = Vec::new();
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&'static str> = line.split('\t').collect();
            let kind = match cols.get(1).copied() {
                Some("country") => PlaceKind::Country,
                Some("region") => PlaceKind::Region,
                Some("admin1") => PlaceKind::Admin1,
                _ => PlaceKind::City,
            };
            let idx = entries.len();
            entries.push(Entry {
                canonical: cols[0],
                kind,
            });
            let aliases = cols.get(4).copied().unwrap_or("");
            for s in std::iter::once(cols[0]).chain(aliases.split('|').filter(|a| !a.is_empty())) {
                if surfaces.insert(s, idx).is_none() {
                    patterns.push(s);
                    pattern_entry.push(idx);
                }
            }
        }
        let max_words = patterns
            .iter()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("gazetteer patterns build");
        Gazetteer {
            surfaces,
            entries,
            matcher,
            pattern_entry,
            max_words,
        }
    }

    /// True for a country, region or first-level division (not a mere city).
    pub fn is_large_place(&self, surface: &str) -> bool {
        self.surfaces
            .get(surface)
            .is_some_and(|&i| self.entries[i].kind != PlaceKind::City)
    }

    /// How many of `words` (from the first) form the longest place name, if any.
    pub fn place_prefix(&self, words: &[&str]) -> Option<usize> {
        let max = words.len().min(self.max_words);
        (1..=max)
            .rev()
            .find(|&n| self.surfaces.contains_key(words[..n].join(" ").as_str()))
    }
}

/// Locative prepositions: a place word after one of these is a place even when someone in the
/// article bears that name (`in Jordan` vs `Jordan said`).
const LOCATIVES: &[&str] = &[
    "in",
    "to",
    "from",
    "at",
    "near",
    "across",
    "throughout",
    "into",
    "outside",
    "inside",
    "via",
    "toward",
    "towards",
    "around",
    "within",
    "visit",
    "visited",
    "visiting",
    "across",
    "of",
];

/// The canonical places a paragraph names, in order of first mention.
pub(crate) fn places(
    text: &str,
    toks: &[Tok<'_>],
    mentions: &[Mention],
    people: &People,
    name_ends: &[usize],
    gaz: &Gazetteer,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in gaz.matcher.find_iter(text) {
        let (s, e) = (m.start(), m.end());
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.')
            || after.is_some_and(|c| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        // `U.S` matched inside `U.S.` is handled by the longest alias; `D.C.` etc. likewise.
        let ti = toks.partition_point(|t| t.end <= s);
        if toks.get(ti).is_none_or(|t| t.start > s) {
            continue;
        }
        let tj = toks.partition_point(|t| t.start < e).max(ti + 1);
        let linked = name_ends.contains(&e);
        if !linked && !stands_as_place(toks, ti, tj, mentions, people) {
            continue;
        }
        let canonical = gaz.entries[gaz.pattern_entry[m.pattern().as_usize()]].canonical;
        if !out.iter().any(|c| c == canonical) {
            out.push(canonical.to_owned());
        }
    }
    out
}

/// Whether the match on tokens `ti..tj` is a place in its context.
fn stands_as_place(
    toks: &[Tok<'_>],
    ti: usize,
    tj: usize,
    mentions: &[Mention],
    people: &People,
) -> bool {
    let prev_word = ti.checked_sub(1).map(|p| toks[p].s.to_lowercase());
    let after_locative = prev_word.as_deref().is_some_and(|w| LOCATIVES.contains(&w));
    if let Some(m) = mentions.iter().find(|m| m.start <= ti && tj <= m.end) {
        match m.kind {
            MKind::Place => {}
            // The place is in the title before a person's name (`U.S. President Donald Trump`).
            MKind::Person => {
                if tj > m.name_start {
                    return false;
                }
            }
            MKind::Org => return false,
            MKind::Unknown => {
                if m.start != ti || m.end != tj {
                    return false;
                }
            }
        }
    } else if mentions.iter().any(|m| m.start < tj && ti < m.end) {
        // Overlaps a name without lying inside it: part of something longer.
        return false;
    }
    // A single word that is someone's name in this article names that person.
    if tj == ti + 1 && people.has_name_word(toks[ti].base()) && !after_locative {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::names::{FirstNames, lower_vocab, mentions};
    use super::super::tokens::{sentences, tokenize};
    use super::*;

    fn find(text: &str) -> Vec<String> {
        let gaz = Gazetteer::bundled();
        let fnames = FirstNames::load();
        let toks = tokenize(text, false);
        let starts: Vec<usize> = sentences(&toks).iter().map(|r| r.start).collect();
        let ms = mentions(&toks, &starts, gaz, &fnames, &lower_vocab(&toks));
        let people = People::build(std::slice::from_ref(&ms));
        places(text, &toks, &ms, &people, &[], gaz)
    }

    #[test]
    fn canonical_places_longest_first() {
        assert_eq!(
            find("Talks in the United Arab Emirates and the U.S. began in London."),
            ["United Arab Emirates", "United States", "London"]
        );
    }

    #[test]
    fn places_inside_names_are_not_places() {
        assert!(
            find("Andrea Ruiz of the Washington Institute for Near East Policy spoke.").is_empty()
        );
        assert!(find("The Toronto Star reported it.").is_empty());
        assert!(find("Jordan Henderson scored twice.").is_empty());
        assert_eq!(find("Jordan Henderson flew to Jordan."), ["Jordan"]);
    }

    #[test]
    fn places_in_titles_count_and_demonyms_do_not() {
        assert_eq!(
            find("U.S. President Donald Trump spoke."),
            ["United States"]
        );
        assert!(find("The Russian minister spoke.").is_empty());
    }
}
