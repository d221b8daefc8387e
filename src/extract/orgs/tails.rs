//! An organisation's name given without the words that open it elsewhere in the article: `the
//! Statistics Office` after `the Federal Statistics Office`, `the Department of Justice` after
//! `the US Department of Justice`.

use super::super::names::{MKind, Mention};
use super::super::people::{ends_in_words, has_space};
use super::super::places::Gazetteer;
use super::super::speakers::Para;
use super::super::words;

/// Gives every organisation's name of two words or more that ends exactly one longer
/// organisation's name in the article that longer name (two longer names ending so, `London
/// Stock Exchange` and `New York Stock Exchange`, leave `Stock Exchange` as written). Not a
/// name that says whose it is itself: one with a place (`Bank of Canada` is no `Continental
/// Bank of Canada`) or a legal form (`Cellular Inc` owns `Michigan Cellular Inc`); nor one
/// that opens another body's name (`the Central Bank of Ireland`).
pub(super) fn expand_tails(paras: &mut [Para<'_>], gaz: &Gazetteer) {
    // (the longer names: of three words or more, each once; borrowed while the renames are
    // worked out, copied only for those made)
    let mut longer: Vec<&str> = paras
        .iter()
        .flat_map(|p| &p.mentions)
        .filter(|m| {
            m.kind == MKind::Org
                && !m.quoted
                && m.name.bytes().filter(|&b| b == b' ').nth(1).is_some()
        })
        .map(|m| m.name.as_str())
        .collect();
    if longer.is_empty() {
        return;
    }
    longer.sort_unstable();
    longer.dedup();
    // (paragraph, mention, full name)
    let mut renames: Vec<(usize, usize, String)> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        for (i, m) in para.mentions.iter().enumerate() {
            if m.kind != MKind::Org || m.quoted || !has_space(&m.name) {
                continue;
            }
            let name = m.name.as_str();
            // (the last bytes compared first: most longer names end otherwise)
            let last = name.as_bytes()[name.len() - 1];
            let mut ending = longer.iter().filter(|f| {
                f.len() > name.len()
                    && f.as_bytes()[f.len() - 1].eq_ignore_ascii_case(&last)
                    && ends_in_words(f, name)
                    && plain_prefix(&f[..f.len() - name.len()])
            });
            let (Some(full), None) = (ending.next(), ending.next()) else {
                continue;
            };
            // (nor one that opens another body's name: `the Central Bank` after `the European
            // Central Bank` and `the Central Bank of Ireland` is either)
            let opens_another = longer.iter().any(|f| {
                f.len() > name.len() && f.starts_with(name) && f.as_bytes()[name.len()] == b' '
            });
            if opens_another {
                continue;
            }
            let ws: Vec<&str> = name.split(' ').collect();
            let says_whose = ws.last().is_some_and(|w| words::is_company_suffix(w))
                || (0..ws.len()).any(|j| gaz.place_prefix(&ws[j..]).is_some());
            if !says_whose {
                renames.push((p, i, (*full).to_owned()));
            }
        }
    }
    for (p, i, full) in renames {
        paras[p].mentions[i].name = full;
    }
}

/// The words a longer name adds before its tail (with the space after them) qualify one body:
/// no description in a hyphen (`Privately-held`, `Hong Kong-based`) and no second body before
/// `and` (`the Central Bank and Finance Ministry`).
fn plain_prefix(prefix: &str) -> bool {
    let prefix = prefix.trim_end();
    !prefix.contains('-') && !matches!(prefix.rsplit(' ').next(), Some("and" | "&"))
}

/// `the Canucks` after `the Vancouver Canucks`, `the Star` after `the Toronto Star`: a lone
/// word that is what follows the place opening exactly one body's name in the article stands
/// for that body (a team or a paper is called so once named in full).
pub(super) fn expand_place_led_tails(paras: &mut [Para<'_>], gaz: &Gazetteer) {
    // (a body's word alone is left to `expand_head_words`, `the Ministry`; an acronym names
    // its body whole)
    // (the body's word asked only of the few names a longer one ends in, below)
    let lone = |m: &Mention| {
        m.kind == MKind::Org && !has_space(&m.name) && !super::super::names::is_acronym(&m.name)
    };
    // The lone names first: most articles have none that a longer name ends in, and nothing
    // more is asked then.
    let lone_names: Vec<&str> = paras
        .iter()
        .flat_map(|p| &p.mentions)
        .filter(|m| lone(m))
        .map(|m| m.name.as_str())
        .collect();
    if lone_names.is_empty() {
        return;
    }
    // (tail, full name; the full name `None` once two bodies share the tail)
    let mut tails: Vec<(&str, Option<&str>)> = Vec::new();
    for m in paras.iter().flat_map(|p| &p.mentions) {
        if m.kind != MKind::Org || m.quoted {
            continue;
        }
        let name = super::super::names::without_the(&m.name);
        // (found from the bytes: most names are passed over here)
        let Some(space) = memchr::memrchr(b' ', name.as_bytes()) else {
            continue;
        };
        let (lead, tail) = (&name[..space], &name[space + 1..]);
        if !lone_names.contains(&tail) {
            continue;
        }
        let ws: Vec<&str> = lead.split(' ').collect();
        // (the place must be the whole lead, written out: not `Bank of Montreal`'s
        // `Montreal`, nor `U.S.` or `US`, which qualify the name of many a body's branch; nor
        // an acronym's tail: `London UKIP`, `Singapore GDP`)
        if gaz.place_prefix(&ws) != Some(ws.len())
            || lead.contains('.')
            || super::super::names::is_acronym(lead)
            || !tail.starts_with(char::is_uppercase)
        {
            continue;
        }
        match tails.iter_mut().find(|(t, _)| *t == tail) {
            Some((_, full)) if full.is_some_and(|f| f != name) => *full = None,
            Some(_) => {}
            None => tails.push((tail, Some(name))),
        }
    }
    if tails.is_empty() {
        return;
    }
    let renames: Vec<(usize, usize, String)> = paras
        .iter()
        .enumerate()
        .flat_map(|(p, para)| {
            para.mentions
                .iter()
                .enumerate()
                .filter_map(move |(i, m)| lone(m).then_some((p, i, m.name.as_str())))
        })
        .filter_map(|(p, i, name)| {
            let (_, full) = tails.iter().find(|(t, _)| *t == name)?;
            (!words::is_org_word(name)).then(|| Some((p, i, (*full)?.to_owned())))?
        })
        .collect();
    for (p, i, full) in renames {
        let m = &mut paras[p].mentions[i];
        m.name = full;
        m.kind = MKind::Org;
    }
}
