//! `the Ministry` after `the Finance Ministry`: a body's head word alone, capitalised, stands
//! for the one body named before with that word last.

use super::super::names::{MKind, Mention, is_acronym};
use super::super::people::{FirstNames, has_space};
use super::super::speakers::Para;
use super::super::words;

/// Gives each lone organisation word (`Ministry`, `Fund`, `Department`) the full name of the
/// one organisation the article named before it whose name ends in that word (`Finance
/// Ministry`, `International Monetary Fund`). With two such bodies named (`Finance Ministry`,
/// `Trade Ministry`) the word is left as it is, and a name holding a given name (`Chairman
/// John Hall`) is no body's to lend.
pub(super) fn expand_head_words(paras: &mut [Para<'_>], first_names: &FirstNames) {
    // (Not a legal form left alone, `…, Inc, said`, nor one in capitals, `AG`: some other
    // company's.)
    let lone = |m: &Mention| {
        m.kind == MKind::Org
            && !m.quoted
            && !has_space(&m.name)
            && words::is_org_word(&m.name)
            && !words::is_company_suffix(&m.name)
            && !is_acronym(&m.name)
            // (`the House` is a chamber, not the White House)
            && m.name != "House"
    };
    // (Most articles have none: the names before are read only for one that does.)
    let mut named: Vec<(usize, usize, String)> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        for (i, m) in para.mentions.iter().enumerate().filter(|(_, m)| lone(m)) {
            let before = paras[..p]
                .iter()
                .flat_map(|q| &q.mentions)
                .chain(&para.mentions[..i]);
            if let Some(full) = only_ending_in(before, &m.name, first_names) {
                named.push((p, i, full.to_owned()));
            }
        }
    }
    for (p, i, full) in named {
        paras[p].mentions[i].name = full;
    }
}

/// The one organisation's name among `mentions` that ends in the word `head` (after a space).
fn only_ending_in<'m>(
    mentions: impl Iterator<Item = &'m Mention>,
    head: &str,
    first_names: &FirstNames,
) -> Option<&'m str> {
    let mut found: Option<&str> = None;
    for m in mentions {
        let ends = m.kind == MKind::Org
            && m.name.strip_suffix(head).is_some_and(|rest| {
                rest.ends_with(' ') && !rest.split(' ').any(|w| first_names.get(w).is_some())
            });
        if ends {
            let name = super::super::names::without_the(&m.name);
            match found {
                Some(f) if f != name => return None,
                _ => found = Some(name),
            }
        }
    }
    found
}
