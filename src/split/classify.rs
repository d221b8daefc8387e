//! The pass shared by every layout: drafts → paragraphs with kinds, and the document metadata
//! (title, authors, contributors, dateline) they reveal.

use super::lines::{Marks, join, remove_link_spaces};
use crate::lexicon;

use super::{DocMeta, Draft, Kind, Layout, Paragraph, Segmented, Split, TitleRule, ends_sentence};

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Sep.",
    "Oct.",
    "Nov.",
    "Dec.",
];

/// Lower-case words allowed inside a person's name (`Ludwig van Beethoven`, `Abdullah bin Zayed`).
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn",
    "al", "el", "y", "dos", "das", "ter", "ten", "st.",
];

/// Words that mark an outlet rather than a person in a byline (`Jo Ames, The Associated Press`).
const OUTLET_WORDS: &[&str] = &[
    "Press",
    "News",
    "Reuters",
    "Post",
    "Times",
    "Star",
    "Globe",
    "Mail",
    "Herald",
    "Journal",
    "CBC",
    "CTV",
    "Bloomberg",
    "AFP",
    "Staff",
    "Correspondent",
    "Reporter",
    "Writer",
    "Sun",
    "Tribune",
    "Gazette",
    "Guardian",
    "Telegraph",
    "Agency",
    "Editor",
];

/// Turns a layout's drafts into paragraphs with kinds and fills the metadata. `marks` are those
/// of the whole text.
pub(crate) fn finish(seg: Segmented<'_>, layout: Layout, marks: Marks) -> Split {
    let Segmented {
        drafts,
        title_first,
        mut meta,
    } = seg;
    let n = drafts.len();
    let mut paragraphs: Vec<Paragraph> = Vec::with_capacity(n);
    for (k, d) in drafts.into_iter().enumerate() {
        let mut p = paragraph(&d, layout, marks);
        p.kind = match d.kind {
            Some(kind) => kind,
            None if k == 0 && title_first == TitleRule::Yes => Kind::Title,
            None => kind_of(&p.text, k, n, layout, title_first),
        };
        paragraphs.push(p);
    }
    // A heading stands alone between paragraphs; a run of short lines is a list, not headings.
    // (`before` is whether the paragraph before was a heading ere this pass demoted it.)
    let mut before = false;
    for k in 0..paragraphs.len() {
        let heading = paragraphs[k].kind == Kind::Heading;
        let after = paragraphs
            .get(k + 1)
            .is_some_and(|p| p.kind == Kind::Heading);
        if heading && (before || after) {
            paragraphs[k].kind = Kind::Body;
        }
        before = heading;
    }
    paragraphs.retain(|p| !is_boilerplate(&p.text));
    fill_meta(&mut meta, &mut paragraphs);
    Split {
        layout,
        meta,
        paragraphs,
    }
}

fn paragraph(d: &Draft<'_>, layout: Layout, marks: Marks) -> Paragraph {
    let first = d.lines.first().expect("a draft has lines");
    let last = d.lines.last().expect("a draft has lines");
    let (start, _) = first.content_span();
    let (_, end) = last.content_span();
    let joined = join(d.lines, marks);
    let (mut text, mut name_ends) = if layout == Layout::Scraped {
        remove_link_spaces(&joined)
    } else {
        (joined, Vec::new())
    };
    if d.kind == Some(Kind::Summary) {
        let inner = text.trim_start_matches('[').trim_end_matches(']');
        let cut = text.len() - text.trim_start_matches('[').len();
        let inner = inner.trim().to_owned();
        name_ends = name_ends
            .into_iter()
            .filter_map(|e| e.checked_sub(cut))
            .filter(|&e| e <= inner.len())
            .collect();
        text = inner;
    }
    Paragraph {
        kind: Kind::Body,
        start,
        end,
        text,
        name_ends,
    }
}

fn kind_of(t: &str, k: usize, n: usize, layout: Layout, title: TitleRule) -> Kind {
    let early = k < 4;
    if early && byline_authors(t).is_some() {
        return Kind::Byline;
    }
    if is_caption(t) {
        return Kind::Caption;
    }
    if k == 0 && title == TitleRule::IfLooksLikeOne && looks_like_title(t) {
        return Kind::Title;
    }
    if early && is_date_line(t) {
        return Kind::Dateline;
    }
    if k + 3 >= n && k > 0 && credit_names(t).is_some() {
        return Kind::Credit;
    }
    if k > 0
        && k + 1 < n
        && matches!(layout, Layout::LinePerParagraph | Layout::BlankLines)
        && (looks_like_heading(t) || is_link_teaser(t))
    {
        return Kind::Heading;
    }
    Kind::Body
}

fn fill_meta(meta: &mut DocMeta, paragraphs: &mut [Paragraph]) {
    for p in paragraphs.iter_mut() {
        match p.kind {
            Kind::Title if meta.title.is_none() => meta.title = Some(p.text.clone()),
            Kind::Summary if meta.summary.is_none() => meta.summary = Some(p.text.clone()),
            Kind::Byline => meta
                .authors
                .extend(byline_authors(&p.text).unwrap_or_default()),
            Kind::Dateline if meta.dateline.is_none() => meta.dateline = Some(p.text.clone()),
            Kind::Credit => meta
                .contributors
                .extend(credit_names(&p.text).unwrap_or_default()),
            Kind::Caption => {
                if let Some(rest) = p.text.strip_prefix("Open this photo in gallery") {
                    p.text = rest.trim_start_matches([' ', ':']).to_owned();
                }
            }
            _ => {}
        }
    }
    if meta.dateline.is_none()
        && let Some(first) = paragraphs.iter().find(|p| p.kind == Kind::Body)
    {
        meta.dateline = inline_dateline(&first.text).map(str::to_owned);
    }
}

/// Web-page furniture that is not part of the story.
fn is_boilerplate(t: &str) -> bool {
    matches!(
        t,
        "Story continues below advertisement"
            | "Story continues below"
            | "Article Continued Below"
            | "Article continues below"
            | "Continue reading below"
            | "Advertisement"
            | "ADVERTISEMENT"
            | "Skip Ad"
    )
}

/// A web page's link to another story: `READ MORE: …`, `WATCH: …`, `RELATED: …`.
fn is_link_teaser(t: &str) -> bool {
    if t.len() > 200 {
        return false;
    }
    // (both marks are one byte: found by a byte search, not char by char)
    let Some(k) = memchr::memchr2(b':', b'|', t.as_bytes()) else {
        return false;
    };
    let (label, rest) = (&t[..k], &t[k + 1..]);
    const LABELS: &[&str] = &[
        "READ MORE",
        "WATCH",
        "WATCH BELOW",
        "RELATED",
        "RELATED STORY",
        "RELATED STORIES",
        "MORE",
        "LISTEN",
        "READ",
        "ALSO READ",
        "SEE ALSO",
        "VIDEO",
        "PHOTOS",
        "FULL COVERAGE",
        "TRENDING",
    ];
    !rest.trim().is_empty() && LABELS.contains(&label.trim()) && t.len() <= 200
}

/// A headline: one short line that does not read as a sentence.
fn looks_like_title(t: &str) -> bool {
    let core = t.trim_end_matches(['”', '"', '’', '\'']);
    t.len() <= 150
        && (!core.ends_with(['.', ',', ';', ':']) || core.ends_with("..."))
        && (!core.ends_with(['?', '!']) || t.len() <= 90)
        && words_at_most(t, 25)
}

fn looks_like_heading(t: &str) -> bool {
    // The tests on the ends and the first char come first: they settle most lines cheaply.
    t.len() <= 80
        && !ends_sentence(t)
        && !t.ends_with([',', ';', '-', '—'])
        && t.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && words_at_most(t, 10)
        // `He hasn't decided yet, he says` reports speech: a sentence, not a heading.
        && !t
            .split_whitespace()
            .any(|w| crate::lexicon::is_reporting_verb_form(w.trim_end_matches(['.', ','])))
}

/// `t.split_whitespace().count() <= max`, without counting when `t` is too short to hold more
/// words, and without counting past `max + 1`.
fn words_at_most(t: &str, max: usize) -> bool {
    // Each word but the last takes a byte and a separator.
    t.len().div_ceil(2) <= max || t.split_whitespace().nth(max).is_none()
}

/// `Tuesday, March 3, 2026`, `March 3, 2026`, `3 March 2026`.
fn is_date_line(t: &str) -> bool {
    if t.len() > 40 {
        return false;
    }
    let t = t.trim_end_matches('.');
    // A weekday and three more tokens at most: a fifth token settles it.
    let mut buf = [""; 4];
    let mut n = 0;
    for s in t
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
    {
        let Some(slot) = buf.get_mut(n) else {
            return false;
        };
        *slot = s;
        n += 1;
    }
    let mut toks = &buf[..n];
    if toks.first().is_some_and(|w| WEEKDAYS.contains(w)) {
        toks = &toks[1..];
    }
    let is_num = |s: &str, max: usize| {
        s.len() <= max && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
    };
    match toks {
        [m, d, y] if MONTHS.contains(m) => is_num(d, 2) && is_num(y, 4) && y.len() == 4,
        [d, m, y] if MONTHS.contains(m) => is_num(d, 2) && is_num(y, 4) && y.len() == 4,
        [m, d] if MONTHS.contains(m) => is_num(d, 2) && !t.contains(','),
        _ => false,
    }
}

/// The place opening a story, `MOSCOW — …` or `MILTON, Ont. — …`.
fn inline_dateline(t: &str) -> Option<&str> {
    let head = &t.as_bytes()[..t.floor_char_boundary(t.len().min(48))];
    // The first of ` — `, ` -- `, ` – `, ` - `: each has its dash (`-`, or a char opening with
    // 0xE2) right after the space, so the dashes found in order give the separators in order.
    let cut = memchr::memchr2_iter(b'-', 0xE2, head)
        .filter(|&i| i > 0)
        .map(|i| i - 1)
        .find(|&i| {
            [" — ", " -- ", " – ", " - "]
                .iter()
                .any(|d| head[i..].starts_with(d.as_bytes()))
        })?;
    if cut > 40 {
        return None;
    }
    let head = t[..cut].trim();
    let head_core = head.split(['(', ',']).next().unwrap_or("").trim();
    let upper = head_core.chars().filter(|c| c.is_alphabetic()).count();
    (upper >= 3
        && head_core
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase()))
    .then_some(head)
}

/// A photo caption: `… Image: Name.`, `Open this photo in gallery …`, a trailing credit in
/// parentheses (`(Jo Ames/CBC).`), or a pull quote signed `- Name`.
pub(crate) fn is_caption(t: &str) -> bool {
    if t.starts_with("Open this photo in gallery") {
        return true;
    }
    // Credits stand at the very end: look at the last hundred bytes only.
    let tail = &t[t.floor_char_boundary(t.len().saturating_sub(100))..];
    // The last `Image: `, `image: ` or `Photo: `, found from its colon.
    let b = tail.as_bytes();
    if let Some(i) = memchr::memrchr_iter(b':', b)
        .filter(|&c| c >= 5 && b.get(c + 1) == Some(&b' '))
        .map(|c| c - 5)
        .find(|&i| matches!(&b[i..i + 5], b"Image" | b"image" | b"Photo"))
    {
        let credit = &tail[i + 7..];
        if credit.len() <= 80 && credit.trim_end_matches('.').matches(". ").count() == 0 {
            return true;
        }
    }
    if let Some(inner) = trailing_parenthesis(tail) {
        let slash = inner.split('/').count() == 2
            && inner
                .split('/')
                .all(|s| s.trim().chars().next().is_some_and(char::is_alphabetic));
        let word = [
            "Photo",
            "photo",
            "Getty",
            "Images",
            "Contributed",
            "Handout",
            "File",
        ]
        .iter()
        .any(|w| inner.contains(w));
        if inner.len() <= 70 && (slash || word) {
            return true;
        }
    }
    is_pull_quote(t)
}

fn trailing_parenthesis(t: &str) -> Option<&str> {
    // (`.`, ` `, `)` and `(` are single bytes: read from the bytes, not char by char.)
    let b = t.as_bytes();
    let end = b.iter().rposition(|&c| c != b'.' && c != b' ')?;
    if b[end] != b')' {
        return None;
    }
    let open = memchr::memrchr(b'(', &b[..end])?;
    Some(t[open + 1..end].trim())
}

/// A pull quote standing alone as a caption: signed with a dash (`"So far." - Jo Ames`), or with a
/// bare signature and no reporting verb (`"…" Anonymous blogger, "Title"`), or unfinished and
/// unsigned (`"I have no doubt"`).
fn is_pull_quote(t: &str) -> bool {
    if t.len() > 400 {
        return false;
    }
    let Some(open) = t.chars().next().filter(|c| matches!(c, '"' | '“')) else {
        return false;
    };
    let rest = &t[open.len_utf8()..];
    let closing = if open == '“' { '”' } else { '"' };
    let Some(close) = rest.find(closing) else {
        return false;
    };
    let mark = closing;
    let quote = rest[..close].trim_end();
    let tail = rest[close + mark.len_utf8()..].trim();
    if tail.is_empty() {
        // An unsigned quote paragraph that does not even end a sentence is a pull quote.
        return close > 0
            && !quote.contains(['"', '“', '”'])
            && !quote.ends_with(['.', '!', '?', ',', '…', '-', '—']);
    }
    if tail.starts_with(['-', '–', '—']) {
        return tail.split_whitespace().count() <= 8 && !tail.ends_with('.');
    }
    // Signed without a dash: the part after the quote reports nothing. (The cheap tests first:
    // most quote paragraphs end with a full stop.)
    if tail.ends_with('.') || quote.contains(['"', '“', '”']) {
        return false;
    }
    // The words outside quotes: every other part between quote marks, from the first.
    let words = || {
        tail.split(['"', '“', '”'])
            .step_by(2)
            .flat_map(str::split_whitespace)
    };
    words().nth(12).is_none()
        && !words().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            lexicon::is_reporting_verb_form(&w) || lexicon::PRONOUNS.contains(&w.as_str())
        })
}

/// The authors of a byline (`By Jo Ames and Al Roe`, `Jo Ames, The Associated Press`), or `None`
/// when the line is not a byline.
pub(crate) fn byline_authors(t: &str) -> Option<Vec<String>> {
    if t.len() > 100 {
        return None;
    }
    let rest = t
        .strip_prefix("By ")
        .or_else(|| t.strip_prefix("BY "))
        .or_else(|| t.strip_prefix("by "));
    let body = match rest {
        Some(r) => r.trim(),
        None => {
            // `Name, Outlet` with no `By`: only when the outlet says so.
            let (name, outlet) = split_at_comma_space(t)?;
            let outlet_ok = outlet
                .split_whitespace()
                .any(|w| OUTLET_WORDS.contains(&w.trim_end_matches('.')));
            if !outlet_ok || !is_name_like(name) || name.split_whitespace().count() > 4 {
                return None;
            }
            return Some(vec![name.to_owned()]);
        }
    };
    if !body.chars().next().is_some_and(char::is_uppercase) || ends_sentence_not_initial(body) {
        return None;
    }
    let mut authors = Vec::new();
    for part in body.split([',', ';']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        if part.split_whitespace().any(|w| OUTLET_WORDS.contains(&w)) || part.starts_with("The ") {
            continue; // the outlet, not a person
        }
        if !is_name_like(part) {
            return None;
        }
        authors.push(part.to_owned());
    }
    (!authors.is_empty()).then_some(authors)
}

/// `t.split_once(", ")`, found by a byte search for the comma: asked of most early
/// paragraphs, where setting up a string searcher cost more than the search.
fn split_at_comma_space(t: &str) -> Option<(&str, &str)> {
    let b = t.as_bytes();
    memchr::memchr_iter(b',', b)
        .find(|&i| b.get(i + 1) == Some(&b' '))
        .map(|i| (&t[..i], &t[i + 2..]))
}

fn ends_sentence_not_initial(t: &str) -> bool {
    // "By Jo R. Ames" is fine; "By the time it ended." is not a byline.
    t.ends_with('.') && t.rsplit(' ').next().is_none_or(|w| w.len() > 3)
}

/// Words that all start with a capital (or are name particles), like a person's name.
pub(crate) fn is_name_like(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || NAME_PARTICLES.contains(&w.to_lowercase().as_str())
        })
        && words[0].chars().next().is_some_and(char::is_uppercase)
}

/// The names credited by a closing line (`Eric Ames contributed reporting from Oslo, and Jo Roe
/// from Bergen.`, `With files from The Canadian Press`), or `None` when it is not one.
pub(crate) fn credit_names(t: &str) -> Option<Vec<String>> {
    let t = t.trim_start_matches(['—', '-', '–', ' ']);
    if t.len() > 300 {
        return None;
    }
    let mut names = Vec::new();
    let push_list = |list: &str, names: &mut Vec<String>| {
        for part in list.split([',', ';']).flat_map(|p| p.split(" and ")) {
            let name = leading_name(part.trim());
            if !name.is_empty() {
                names.push(name);
            }
        }
    };
    // Every marker holds `contribut`: one search for it stands for the four.
    let markers: &[&str] = if mentions_contribut(t) {
        &[
            " contributed reporting",
            " contributed to this report",
            " contributed research",
            " contributed additional reporting",
        ]
    } else {
        &[]
    };
    for marker in markers {
        if let Some(i) = t.find(marker) {
            push_list(&t[..i], &mut names);
            // "… from Oslo, and Jo Roe from Bergen": later names carry their own "from".
            for seg in t[i + marker.len()..].split([',', ';']).skip(1) {
                let seg = seg.trim().trim_start_matches("and ").trim();
                if seg.contains(" from ") || seg.contains(" in ") {
                    let name = leading_name(seg);
                    if !name.is_empty() {
                        names.push(name);
                    }
                }
            }
            return (!names.is_empty()).then_some(names);
        }
    }
    // (Every prefix opens with `W`, `w`, `R` or `A`: most paragraphs are settled by that byte.)
    let prefixes: &[&str] = if matches!(t.as_bytes().first(), Some(b'W' | b'w' | b'R' | b'A')) {
        &[
            "With files from ",
            "with files from ",
            "Reporting by ",
            "Additional reporting by ",
            "Reporting was contributed by ",
        ]
    } else {
        &[]
    };
    for prefix in prefixes {
        if let Some(rest) = t.strip_prefix(prefix) {
            let rest = rest.split("; Editing by").next().unwrap_or(rest);
            push_list(rest.trim_end_matches('.'), &mut names);
            return (!names.is_empty() && t.len() <= 200).then_some(names);
        }
    }
    None
}

/// True when `t` holds `contribut`: searched for with a finder built once, not a string searcher
/// set up per paragraph.
fn mentions_contribut(t: &str) -> bool {
    use memchr::memmem::Finder;
    static FINDER: std::sync::OnceLock<Finder<'static>> = std::sync::OnceLock::new();
    let finder = FINDER.get_or_init(|| Finder::new("contribut"));
    finder.find(t.as_bytes()).is_some()
}

/// The capitalised words a fragment starts with (`Jo Roe from Bergen` → `Jo Roe`).
fn leading_name(s: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for w in s.split_whitespace() {
        let w = w.trim_end_matches(['.', ',']);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        if cap || (!out.is_empty() && NAME_PARTICLES.contains(&w)) || (w == "The" && out.is_empty())
        {
            out.push(w);
        } else {
            break;
        }
    }
    // Keep initials' periods: rebuild from the source words.
    let n = out.len();
    s.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches([',', '.'])
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_at_most_counts_as_split_whitespace() {
        for t in [
            "",
            "a",
            "a b",
            "a b c",
            "a  b c ",
            " a\u{a0}b\u{3000}c d e",
            "ab cd ef gh",
        ] {
            for max in 0..6 {
                let want = t.split_whitespace().count() <= max;
                assert_eq!(words_at_most(t, max), want, "{t:?} {max}");
            }
        }
    }

    #[test]
    fn comma_space_splits_as_split_once() {
        for t in [
            "Jo Ames, AP",
            "a,b, c, d",
            "no comma",
            "end,",
            "end, ",
            ",x",
            ", x",
            "é, ü",
        ] {
            assert_eq!(split_at_comma_space(t), t.split_once(", "), "{t:?}");
        }
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline_authors("By Michael R. Gordon").unwrap(),
            ["Michael R. Gordon"]
        );
        assert_eq!(
            byline_authors("By Jo Ames and Al Roe, The Associated Press").unwrap(),
            ["Jo Ames", "Al Roe"]
        );
        assert_eq!(
            byline_authors("Annabelle Smith, The Associated Press").unwrap(),
            ["Annabelle Smith"]
        );
        assert!(byline_authors("By Tuesday, its phones had been shut off").is_none());
        assert!(byline_authors("By the time the vote came, it was late.").is_none());
        assert!(byline_authors("Smith, who spoke in Oslo").is_none());
    }

    #[test]
    fn credits() {
        assert_eq!(
            credit_names("Eric Ames contributed reporting from Oslo, and Nia Roe from Bergen.")
                .unwrap(),
            ["Eric Ames", "Nia Roe"]
        );
        assert_eq!(
            credit_names("— With files from The Canadian Press").unwrap(),
            ["The Canadian Press"]
        );
        assert_eq!(
            credit_names("Jo Ames and Al Roe contributed reporting.").unwrap(),
            ["Jo Ames", "Al Roe"]
        );
        assert_eq!(
            credit_names("Reporting by Jo Ames in Paris; Editing by Al Roe").unwrap(),
            ["Jo Ames"]
        );
        assert!(credit_names("The mayor said he would contribute.").is_none());
    }

    #[test]
    fn captions() {
        assert!(is_caption("The robot on stage. Image: Jan Vos."));
        assert!(is_caption(
            "Ida Marsh at her home in Truro, N.S. (Jo Ames/CBC)."
        ));
        assert!(is_caption(
            "Players warm up. ( Omer K Yukseker / Contributed )"
        ));
        assert!(is_caption(
            "Open this photo in gallery A worker at the plant."
        ));
        assert!(is_caption("\"It's a long game.\" - Jo Ames"));
        assert!(is_caption(
            "\"It's a long game.\" Anonymous blogger, \"Why I post\""
        ));
        assert!(is_caption("\"I have no doubt that it will work\""));
        assert!(is_caption(
            "\"Peace is the only way.\" Ana Roe image: Jo Ames."
        ));
        assert!(!is_caption("\"It will work,\" he added, \"in time.\""));
        assert!(!is_caption("\"It will work in time.\""));
        assert!(!is_caption(
            "The budget rose (2014/15 figures), he said in a statement."
        ));
        assert!(!is_caption("\"It's a long game,\" said Jo Ames."));
        assert!(!is_caption("The rate rose to 4.5 per cent (from 4.2)."));
    }

    #[test]
    fn datelines() {
        assert!(is_date_line("Tuesday, March 3, 2026"));
        assert!(is_date_line("March 3, 2026"));
        assert!(is_date_line("3 March 2026"));
        assert!(!is_date_line("March 3, 2026, was a cold day"));
        assert_eq!(
            inline_dateline("MOSCOW — It was a mixed year."),
            Some("MOSCOW")
        );
        assert_eq!(
            inline_dateline("MILTON, Ont. — Ida Marsh says."),
            Some("MILTON, Ont.")
        );
        assert_eq!(inline_dateline("The vote — a close one — passed."), None);
    }

    #[test]
    fn titles_and_headings() {
        assert!(looks_like_title("Ad sales boost Acme profit"));
        assert!(looks_like_title("Will the strike end?"));
        assert!(looks_like_title("'My memories of the band...'"));
        assert!(!looks_like_title(
            "Ferries resumed on Monday after the storm."
        ));
        assert!(looks_like_heading("Group F — Sweden 1 – 0 Korea Republic"));
        assert!(!looks_like_heading("\"We are proud,\" she said."));
        assert!(is_link_teaser("READ MORE: Mayor says budget is sound"));
        assert!(is_link_teaser("WATCH | Highlights from the game"));
        assert!(!is_link_teaser("NASA: the mission went well, it said."));
    }
}
