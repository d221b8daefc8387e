//! Sports reports' places that name teams, not places: an opponent lost to (`lost 1 – 2 to
//! England`), a place before a team's role (`Fulham boss`) or either side of `v` or a score.

use super::super::tokens::{Tok, is_joined_score};

/// `lost 1 – 2 to England`, `a loss to San Jose`: after `to`, who beat a side is an opponent,
/// not a place; after the verb only with a score between or in a sports report (not `the
/// territory Ukraine lost to Russia`, `jobs lost to China`).
pub(super) fn lost_to(toks: &[Tok<'_>], ti: usize, sports: bool) -> bool {
    let at = |k: usize| ti.checked_sub(k).map(|k| toks[k].s);
    let to_at = match (at(1), at(2)) {
        (Some("to"), _) => ti - 1,
        (Some("the"), Some("to")) => ti - 2,
        _ => return false,
    };
    let score_part =
        |s: &str| matches!(s, "-" | "–") || s.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    // Up to a score between the loss and `to` (`lost 1 – 2 to`, `lost 1-2 to`).
    let before = &toks[to_at.saturating_sub(4)..to_at];
    let Some(k) = before.iter().rposition(|t| !score_part(t.s)) else {
        return false;
    };
    let scored = k + 1 < before.len();
    // The nouns name a match lost; the verb may lose anything (`jobs lost to China`).
    match before[k].s {
        "loss" | "losses" | "defeat" | "defeats" => true,
        "lost" | "lose" | "loses" | "losing" => scored || sports,
        _ => false,
    }
}

/// Nouns for a team's people that a place before them names the team of (`Fulham boss`,
/// `Leeds' striker`, `Scotland coach`, `England captain`); not `manager` (`the Taiwan manager of a
/// bank`) nor `international` (`Japan's international calls`). (Matched by length and bytes:
/// no list is walked.)
fn is_team_role(w: &str) -> bool {
    matches!(
        w,
        "boss"
            | "coach"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "winger"
            | "skipper"
            | "captain"
            | "fly-half"
            | "full-back"
            | "centre-back"
            | "squad"
            | "team-mate"
            | "team-mates"
            | "fans"
            | "supporters"
    )
}

/// `Fulham boss Chris Coleman`, `Leeds' striker`, `Derby v Wigan`, `Hearts 2-1 Livingston`,
/// `11 caps for Nigeria`: a place before a team's role noun, either side of `v` or of a score,
/// or after the caps or debut one earns for it, names a team.
pub(super) fn names_a_team(toks: &[Tok<'_>], ti: usize, tj: usize) -> bool {
    let versus = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.s, "v" | "vs" | "vs."))
    };
    // (not a fraction's whole part: `7-1/8 pct`)
    let score = |k: usize| {
        toks.get(k + 1).is_none_or(|t| t.s != "/")
            && toks.get(k).is_some_and(|t| is_joined_score(t.s))
    };
    // (`11 caps for Nigeria`, `his debut for England`: a national side's games)
    let capped = ti >= 2
        && toks[ti - 1].s == "for"
        && matches!(toks[ti - 2].s, "caps" | "cap" | "debut" | "appearances");
    // (not `the Singapore captain of the tanker`)
    capped
        || toks.get(tj).is_some_and(|t| is_team_role(t.s))
        && toks.get(tj + 1).is_none_or(|t| t.s != "of")
        || versus(tj)
        || (ti > 0 && versus(ti - 1))
        // (a name on the score's other side: not `Texas 18-24 year olds`, `Japan 10-15 pct`)
        || (score(tj) && toks.get(tj + 1).is_some_and(Tok::is_cap))
        || (ti > 1 && score(ti - 1) && toks[ti - 2].is_cap())
}
