//! Phrases other than a reporting verb that give a sentence's words to someone: `according to
//! X`, `in her words`, `in his own words`, `in the words of Ada Roe`, a passive naming's agent
//! (`described as "idle speculation" by Downing Street`); and the statements a participle may follow
//! (`issued a statement saying …`); a newswire's angle brackets before a verb (`<Acme Inc>
//! said`); and a name heading a quotation (`- Bolton boss Sam Allardyce "…"`).

use super::coref::Subject;
use super::names::MKind;
use super::nominal;
use super::speakers::Para;
use super::tokens::{T, Tok};
use super::words;

/// Whose words token `v` (`words`) of a paragraph stands in: `in his (own) words` gives them to
/// `he`, `in the words of NAME` to the name; anything else (`in other words`) to nobody.
pub(crate) fn words_of(para: &Para<'_>, v: usize) -> Option<Subject> {
    let toks = &para.toks;
    let mut k = v.checked_sub(1)?;
    if toks[k].s == "own" {
        k = k.checked_sub(1)?;
    }
    if !toks[k.checked_sub(1)?].s.eq_ignore_ascii_case("in") {
        return None;
    }
    match toks[k].s {
        "his" => Some(Subject::Pronoun("he", k)),
        "her" => Some(Subject::Pronoun("she", k)),
        "the" if toks.get(v + 1).is_some_and(|t| t.s == "of") => para
            .mentions
            .iter()
            .position(|m| {
                m.start == v + 2 && !m.quoted && matches!(m.kind, MKind::Person | MKind::Org)
            })
            .map(Subject::Mention),
        _ => None,
    }
}

/// What someone issues, gives or posts that a participle after it reports (`gave an interview
/// noting …`, `posted a video saying …`).
const STATEMENTS: &[&str] = &[
    "statement",
    "interview",
    "release",
    "letter",
    "email",
    "e-mail",
    "video",
    "post",
    "tweet",
    "message",
    "speech",
    "memo",
    "note",
];

/// Verbs that put a statement out (`issued`, `posted`, `put out`), and `in` (`responded in a
/// letter saying`): its author speaks, unlike whoever receives or reads one (`received a letter
/// saying …`).
const ISSUING: &[&str] = &[
    "issue",
    "issues",
    "issued",
    "issuing",
    "release",
    "releases",
    "released",
    "releasing",
    "send",
    "sends",
    "sent",
    "sending",
    "post",
    "posts",
    "posted",
    "posting",
    "give",
    "gives",
    "gave",
    "given",
    "giving",
    "publish",
    "publishes",
    "published",
    "publishing",
    "write",
    "writes",
    "wrote",
    "written",
    "writing",
    "make",
    "makes",
    "made",
    "making",
    "deliver",
    "delivers",
    "delivered",
    "delivering",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "share",
    "shares",
    "shared",
    "sharing",
    "upload",
    "uploads",
    "uploaded",
    "uploading",
    "file",
    "files",
    "filed",
    "filing",
    "read",
    "reads",
    "reading",
    "out",
    "in",
];

/// Whether the participle at token `v` follows a statement its subject put out (`issued a
/// statement saying`, `released a statement on Friday saying`): a statement noun a few plain
/// words back, after an article or a possessive and an issuing verb, with no punctuation
/// between (not `a statement, saying`; not `received a letter saying`).
/// (`read a victim impact statement in court in January describing …`: up to two words of
/// the statement's own between the article and the noun, up to six after it.)
pub(crate) fn after_statement(toks: &[Tok<'_>], start: usize, v: usize) -> bool {
    (v.saturating_sub(7).max(start + 2)..v).any(|j| {
        STATEMENTS.contains(&toks[j].s)
            && toks[j + 1..v].iter().all(|t| t.t == T::Word && !t.quoted)
            && (j.saturating_sub(3).max(start + 1)..j).rev().any(|d| {
                matches!(
                    toks[d].s,
                    "a" | "an" | "the" | "its" | "his" | "her" | "their"
                ) && ISSUING.contains(&toks[d - 1].s)
                    && toks[d + 1..j]
                        .iter()
                        .all(|t| t.t == T::Word && !t.is_cap() && !t.quoted)
            })
    })
}

/// Writings whose author `according to a … by X` names (`a report by`, `a study published by`).
const AUTHORED: &[&str] = &[
    "report",
    "reports",
    "study",
    "studies",
    "survey",
    "poll",
    "paper",
    "analysis",
    "review",
    "statement",
    "letter",
    "note",
    "estimate",
    "estimates",
    "forecast",
    "figures",
    "data",
    "documents",
    "records",
    "filing",
    "filings",
    "tally",
    "count",
    "database",
    "statistics",
    "calculations",
    "projections",
    "assessment",
    "audit",
];

/// The agent of a passive naming verb at `v` that quotes the name given (`was described as
/// "idle speculation" by Downing Street`, `has been branded "a disgrace" by NAME`): the mention
/// right after `by`, past the quotation, within the sentence ending at `end`.
pub(crate) fn passive_naming_agent(
    para: &Para<'_>,
    v: usize,
    start: usize,
    end: usize,
) -> Option<Subject> {
    let toks = &para.toks;
    // (every such participle ends in `d` and has six to nine letters: most cues are ruled out
    // by that)
    let w = toks[v].s;
    if !(6..=9).contains(&w.len()) || !w.ends_with('d') {
        return None;
    }
    let naming = matches!(
        toks[v].s,
        "described"
            | "called"
            | "branded"
            | "labelled"
            | "labeled"
            | "dubbed"
            | "termed"
            | "dismissed"
    );
    let passive = v > start && super::verbs::PASSIVES.contains(&toks[v - 1].s);
    if !(naming && passive) {
        return None;
    }
    // (the quotation first, a few words on: `as "…"`, `"…"`)
    let open = (v + 1..end.min(v + 4)).find(|&k| toks[k].t == T::Open)?;
    let by = (open + 1..end.min(open + 40))
        .find(|&k| toks[k].s == "by" && !toks[k].quoted && toks[k - 1].t == T::Close)?;
    let m = super::speakers::mention_starting_at(para, by + 1).or_else(|| {
        (toks.get(by + 1)?.s == "the")
            .then(|| super::speakers::mention_starting_at(para, by + 2))?
    })?;
    matches!(
        para.mentions[m].kind,
        MKind::Person | MKind::Org | MKind::Unknown | MKind::Place
    )
    .then_some(Subject::Mention(m))
}

/// `according to NAME`; `according to a report by NAME` (or `published by`, `from`,
/// `figures compiled by`).
pub(crate) fn according(para: &Para<'_>, from: usize, end: usize) -> Option<Subject> {
    let toks = &para.toks;
    if toks
        .get(from)
        .is_some_and(|t| matches!(t.s, "a" | "an" | "some" | "one"))
    {
        return author(para, from + 1, end);
    }
    // `according to his daughter, Vivian Wang`, `according to Acme's lawyer, NAME`: a person's
    // name set off after a description of one (or a body's after a body's).
    if let Some(c) = (from + 1..end.min(from + 6)).find(|&k| toks[k].s == ",")
        && toks[from..c]
            .iter()
            .all(|t| t.t == T::Word && (!t.is_cap() || t.is_possessive()))
        && let Some(m) = super::speakers::mention_starting_at(para, c + 1)
        && match para.mentions[m].kind {
            MKind::Person => {
                words::is_person_noun_any_case(toks[c - 1].s) || words::is_role_word(toks[c - 1].s)
            }
            // (`according to its operator, Ningbo Polar Shipping`: a body's after a body's)
            MKind::Org => words::is_org_noun(toks[c - 1].s),
            _ => false,
        }
    {
        return Some(Subject::Mention(m));
    }
    // (`according to figures compiled by NAME`, `to the latest data from NAME`)
    if toks
        .get(from)
        .is_some_and(|t| t.t == T::Word && !t.is_cap())
        && let Some(s) = author(para, from, end)
    {
        return Some(s);
    }
    let stop = end.min(from + 14);
    let mut first_other = None;
    for k in from..stop {
        let t = &toks[k];
        if t.s == "," && k > from + 1 || t.s == "." || t.t == T::Open {
            break;
        }
        if let Some(m) =
            super::speakers::mention_starting_at(para, k).filter(|&m| !para.mentions[m].quoted)
        {
            match para.mentions[m].kind {
                MKind::Person => return Some(Subject::Mention(m)),
                MKind::Org | MKind::Unknown
                    if toks[from..k].iter().all(|t| {
                        t.t == T::Word
                            && !t.is_cap()
                            && !matches!(
                                t.s,
                                "of" | "for" | "at" | "in" | "from" | "with" | "by" | "on"
                            )
                    }) && k <= from + 4 =>
                {
                    first_other = first_other.or(Some(m))
                }
                // `according to Dixon Hall.`: a whole name right after it is a source, not a
                // place (but not `according to Texas law`, `according to U.S. officials`).
                MKind::Place
                    if k == from
                        && !para.mentions[m].possessive
                        && toks
                            .get(para.mentions[m].end)
                            .is_none_or(|t| t.t != T::Word) =>
                {
                    first_other = first_other.or(Some(m))
                }
                _ => {}
            }
        }
    }
    first_other.map(Subject::Mention).or_else(|| {
        // `according to the city`, `according to her statement`
        nominal::starting_at(para, from, end).map(|n| Subject::Nominal(n, from))
    })
}

/// The author named by `by` (or `from`) after a writing within a few words from token `from`:
/// `report by Analysys`, `statement from TransLink`, `study published by research group
/// Kestrel`, `estimate published in March by the Budget Office` (a place is none: `a survey by
/// region`, `a report from Ottawa`).
pub(super) fn author(para: &Para<'_>, from: usize, end: usize) -> Option<Subject> {
    let toks = &para.toks;
    let stop = end.min(from + 4);
    let w = (from..stop)
        .find(|&k| toks[k].t == T::Word && !toks[k].quoted && AUTHORED.contains(&toks[k].s))?;
    let joins = |k: usize| toks.get(k).is_some_and(|t| matches!(t.s, "by" | "from"));
    // (a participle between, and what dates it: `published by`, `compiled last week by`)
    let by = if joins(w + 1) {
        w + 1
    } else if toks.get(w + 1).is_some_and(|t| {
        t.s.ends_with("ed")
            || matches!(t.s, "kept" | "written" | "drawn" | "done" | "made")
            // (what dates it, without a participle: `a report last year by …`)
            || matches!(t.s, "last" | "this" | "earlier")
    }) {
        (w + 2..end.min(w + 7))
            .take_while(|&k| toks[k].t == T::Word && !toks[k].quoted)
            .find(|&k| toks[k].s == "by")?
    } else {
        return None;
    };
    for k in by + 1..end.min(by + 6) {
        let t = &toks[k];
        if t.t != T::Word || t.quoted {
            return None;
        }
        // (a place is no author, but a building's name that is a body's is: `the Northern
        // Permafrost Research Centre`)
        if let Some(m) = super::speakers::mention_starting_at(para, k)
            && (para.mentions[m].kind != MKind::Place
                || para.mentions[m]
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| para.mentions[m].name.contains(' ') && words::is_org_word(w)))
        {
            return Some(Subject::Mention(m));
        }
    }
    None
}

/// Where the look back for a subject goes on from the `>` at token `j`: a newswire's angle
/// brackets round a company's name (`<Tennex Industries Inc> said`: on into the name) or
/// round the ticker after it (`Fisons Plc <FISN.L> said`, whose period may have been taken for
/// a sentence's end: on from the `<`, to the name before it). `None` when `j` is no such
/// bracket.
pub(crate) fn past_brackets(para: &Para<'_>, j: usize, start: usize) -> Option<usize> {
    let toks = &para.toks;
    if toks[j].s != ">" {
        return None;
    }
    let b = (j.saturating_sub(6).max(start)..j)
        .rev()
        .find(|&b| toks[b].s == "<")?;
    let ends_at = |k: usize| super::speakers::mention_ending_at(para, k);
    if b > start && ends_at(b - 1).is_some() {
        return Some(b);
    }
    ends_at(j - 1)
        .filter(|&m| para.mentions[m].start == b + 1)
        .map(|_| j)
}

/// `- Blackburn boss Mark Hughes: “…”`, `Coach Ana Voss “…”`: a person named right before the
/// sentence's first quotation (a colon between or not), after nothing but a bullet and words
/// describing them. `open` is the sentence's first opening quotation mark (found by the
/// caller's scan of the sentence).
pub(super) fn heading_name(
    para: &Para<'_>,
    range: std::ops::Range<usize>,
    open: usize,
) -> Option<usize> {
    let toks = &para.toks;
    if open >= range.start + 12 {
        return None;
    }
    let before = open
        .checked_sub(1)
        .filter(|&k| toks[k].s == ":")
        .unwrap_or(open);
    let m = super::speakers::mention_ending_at(para, before.checked_sub(1)?)?;
    let mm = &para.mentions[m];
    // (a name in this sentence: not the last words of the one before)
    if mm.start < range.start {
        return None;
    }
    let described = toks[range.start..mm.start]
        .iter()
        .enumerate()
        .all(|(i, t)| {
            (i == 0 && matches!(t.s, "-" | "•" | "*" | "—" | "–"))
                || (t.t == T::Word && (t.is_cap() || nominal::is_person_head(t.s)))
        });
    // (Words said, not a label in a table: `Arabica Cherry "AB" 33.3`.)
    let words = toks[open + 1..range.end]
        .iter()
        .take_while(|t| t.t != T::Close)
        .filter(|t| t.t == T::Word)
        .count();
    (mm.kind == MKind::Person && !mm.possessive && described && words >= 4).then_some(m)
}
