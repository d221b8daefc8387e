//! An organisation's name given without the words that open it elsewhere in the article: `the
//! Statistics Office` after `the Federal Statistics Office`, `the Department of Justice` after
//! `the US Department of Justice`.

use super::super::names::MKind;
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
