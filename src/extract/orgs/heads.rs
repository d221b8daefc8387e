//! `the Ministry` after `the Finance Ministry`: a body's head word alone, capitalised, stands
//! for the one body named before with that word last; so does `the First Nation` after `Kisik
//! Lake Cree Nation`.

use super::super::names::{MKind, Mention, is_acronym};
use super::super::people::{FirstNames, has_space};
use super::super::speakers::Para;
use super::super::words;

/// Gives each lone organisation word (`Ministry`, `Fund`, `Department`) the full name of the
/// one organisation the article named before it whose name ends in that word (`Finance
/// Ministry`, `International Monetary Fund`). With two such bodies named (`Finance Ministry`,
/// `Trade Ministry`) the word is left as it is, and a name with a given name before its last
/// word (`Chairman John Hall`) is no body's to lend.
pub(super) fn expand_head_words(paras: &mut [Para<'_>], first_names: &FirstNames) {
    // (Not a legal form left alone, `…, Inc, said`, nor one in capitals, `AG`: some other
    // company's.)
    let lone = |m: &Mention| {
        m.kind == MKind::Org
            && !m.quoted
            && (!has_space(&m.name) && words::is_org_word(&m.name) || is_generic_name(&m.name))
            && !words::is_company_suffix(&m.name)
            && !is_acronym(&m.name)
            // (`the House` is a chamber, not the White House)
            && m.name != "House"
    };
    // (Most articles have none: nothing is gathered then.)
    if !paras.iter().flat_map(|p| &p.mentions).any(lone) {
        return;
    }
    // One pass in text order: each body named in full so far, by its last word, with its name
    // (`None` once two bodies share that word).
    let mut bodies: Vec<(String, Option<String>)> = Vec::new();
    for m in paras.iter_mut().flat_map(|p| &mut p.mentions) {
        if lone(m) {
            let head = m.name.rsplit(' ').next().unwrap_or_default();
            if let Some((_, Some(full))) = bodies.iter().find(|(h, _)| h == head) {
                m.name.clone_from(full);
            }
            continue;
        }
        if m.kind != MKind::Org {
            continue;
        }
        let name = super::super::names::without_the(&m.name);
        let Some((rest, head)) = name.rsplit_once(' ') else {
            continue;
        };
        // (a given name right before the head word makes it a person's: `Chairman John
        // Hall`; not `Sandy Creek Cree Nation`)
        if rest
            .rsplit(' ')
            .next()
            .is_some_and(|w| first_names.get(w).is_some())
        {
            continue;
        }
        match bodies.iter_mut().find(|(h, _)| h == head) {
            Some((_, full)) => {
                if full.as_deref().is_some_and(|f| f != name) {
                    *full = None;
                }
            }
            None => bodies.push((head.to_owned(), Some(name.to_owned()))),
        }
    }
}

/// A capitalised phrase that is a kind of body rather than one body's name: `the First Nation`
/// (Canadian usage) stands for the nation the story named.
fn is_generic_name(name: &str) -> bool {
    name == "First Nation"
}
