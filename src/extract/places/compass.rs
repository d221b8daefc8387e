//! Regions named with a compass word: `Upper Austria`, `Greater Toronto Area` (a place the
//! gazetteer knows after the word), `the Upper Palatinate`, `the Western Ghats` (one it does not).

use super::super::names::Mention;
use super::super::tokens::{T, Tok};
use super::super::words;
use super::{ArticleView, is_locative};

/// `the Upper Palatinate`, `in the Western Ghats`: a compass word opening a name the gazetteer
/// does not know, after `the` or a locative preposition, names a region (a name the gazetteer
/// knows after it is [`compass_before`]'s: `Upper Austria`).
pub(super) fn compass_region(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<String> {
    let run = &toks[m.start..m.end];
    let before = toks.get(m.start.checked_sub(1)?)?;
    // (not a demonym, `the South African government`, `the North American box office`, nor a
    // name qualifying a noun after it)
    // (`Lesser` only before a place the gazetteer knows: `Lesser Developed Country`)
    if run.len() < 2
        || !is_compass(run[0].s)
        || run[0].s == "Lesser"
        || !(matches!(before.s, "the" | "The") || is_locative(before.s))
        || run[1..].iter().any(|t| {
            !t.is_cap()
                || t.is_possessive()
                || view
                    .gazetteer
                    .is_demonym_word(t.s.strip_suffix('s').unwrap_or(t.s))
                || words::is_org_word(t.s)
                || words::is_event_word(t.s)
        })
        || toks
            .get(m.end)
            .is_some_and(|t| t.t == T::Word && !t.is_cap())
        || view.gazetteer.match_at(&toks[m.start + 1..]).is_some()
        || view.gazetteer.match_at(&toks[m.start..]).is_some()
    {
        return None;
    }
    Some(run.iter().map(|t| t.s).collect::<Vec<_>>().join(" "))
}

/// The capitalised compass word (or `Upper`, `Lower`, `Greater`, `Lesser`, `Central`) right
/// before the place at `ti`, which makes the two the name of a region of their own (`Northern
/// Ontario`, `Upper Austria`, `Southern California`, `Greater London`, `the Lesser Caucasus`);
/// the usual place name opens with no capital (`northern Syria`).
#[inline]
pub(super) fn compass_before<'a>(toks: &[Tok<'a>], ti: usize) -> Option<&'a str> {
    let d = ti.checked_sub(1).map(|k| &toks[k])?;
    (d.is_cap() && d.end() + 1 == toks[ti].start() && is_compass(d.s)).then_some(d.s)
}

/// Words of [`compass_before`]. (Not the other words that may stand before a place, which
/// make no region's name: `Rural`, `Downtown`, `Metro`.)
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "Central"
            | "Upper"
            | "Lower"
            | "Greater"
            | "Lesser"
    )
}

/// The region named by compass word `d` before place `name`, with `Area` when it follows
/// `Greater` (`Greater Toronto Area`).
pub(super) fn with_compass(d: &str, name: &str, after: Option<&Tok<'_>>) -> String {
    if d == "Greater" && after.is_some_and(|t| t.s == "Area") {
        format!("{d} {name} Area")
    } else {
        format!("{d} {name}")
    }
}
