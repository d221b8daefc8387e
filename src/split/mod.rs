//! Split stage: an article's text → paragraphs with a kind and offsets, plus document metadata.
//!
//! The layout is recognised from the text itself ([`Layout`]): scraped web pages with hard wraps
//! and each paragraph's first word alone on a line, blank-line paragraphs, one paragraph per line,
//! newswire with indented paragraphs, and plain hard-wrapped text. Each layout has its own
//! segmentation (`scraped`, `plain`); then one shared pass (`classify`) tells titles,
//! bylines, datelines, captions, headings and credit lines from body paragraphs.

mod classify;
mod lines;
mod plain;
mod scraped;

use serde::Serialize;

use lines::Line;

/// What a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The headline.
    Title,
    /// A standfirst or pull-quote summary at the top.
    Summary,
    /// The `By …` line naming the authors.
    Byline,
    /// The date (and place) line of the story.
    Dateline,
    /// A photo caption.
    Caption,
    /// A section heading inside the story.
    Heading,
    /// A closing credit line (`X contributed reporting`, `With files from …`).
    Credit,
    /// A paragraph of the story proper.
    Body,
}

impl Kind {
    /// Every kind, in the order above.
    pub const ALL: [Kind; 8] = [
        Kind::Title,
        Kind::Summary,
        Kind::Byline,
        Kind::Dateline,
        Kind::Caption,
        Kind::Heading,
        Kind::Credit,
        Kind::Body,
    ];

    /// The kind's name as used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Title => "title",
            Kind::Summary => "summary",
            Kind::Byline => "byline",
            Kind::Dateline => "dateline",
            Kind::Caption => "caption",
            Kind::Heading => "heading",
            Kind::Credit => "credit",
            Kind::Body => "body",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<_> = Kind::ALL.iter().map(|k| k.as_str()).collect();
                format!("unknown kind {s:?}; expected one of {}", names.join(", "))
            })
    }
}

/// How an article's text is laid out, as recognised by [`split`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// A scraped web page: hard wraps, each paragraph's first word alone on a line, `|`, credits.
    Scraped,
    /// Paragraphs separated by blank lines (or by lines holding only ` .`).
    BlankLines,
    /// One paragraph per line, no blank lines between them.
    LinePerParagraph,
    /// Hard-wrapped newswire with indented paragraphs.
    Newswire,
    /// Hard-wrapped text with no paragraph marks; paragraphs end at short final lines.
    Wrapped,
}

/// One paragraph of an article. Offsets are byte offsets into the text given to [`split`].
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    /// What the paragraph is.
    pub kind: Kind,
    /// Offset of the paragraph's first byte.
    pub start: usize,
    /// Offset just past its last byte.
    pub end: usize,
    /// Clean text: wraps joined with single spaces, layout artefacts removed.
    pub text: String,
    /// Offsets in `text` where a formerly linked name ended (the scrape's `Syria ,` hint).
    pub name_ends: Vec<usize>,
}

/// What an article says about itself, available to every record.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct DocMeta {
    /// The headline.
    pub title: Option<String>,
    /// The summary or pull quote at the top.
    pub summary: Option<String>,
    /// Authors named in the byline.
    pub authors: Vec<String>,
    /// People and agencies credited at the end (`X contributed reporting`).
    pub contributors: Vec<String>,
    /// The dateline: a date line, or the place opening the first paragraph (`MOSCOW —`).
    pub dateline: Option<String>,
    /// Photo credits (`Credit …` lines), which are metadata, not text.
    pub photo_credits: Vec<String>,
}

/// The result of [`split`].
#[derive(Debug, Clone)]
pub struct Split {
    /// The layout recognised.
    pub layout: Layout,
    /// Document metadata.
    pub meta: DocMeta,
    /// The paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph in the making: its lines (a run of the article's lines, borrowed rather than
/// copied), and its kind when the segmentation already knows it.
#[derive(Debug, Clone)]
pub(crate) struct Draft<'a> {
    pub lines: &'a [Line<'a>],
    pub kind: Option<Kind>,
}

impl<'a> Draft<'a> {
    pub fn new(lines: &'a [Line<'a>]) -> Self {
        Draft { lines, kind: None }
    }
    pub fn of_kind(lines: &'a [Line<'a>], kind: Kind) -> Self {
        Draft {
            lines,
            kind: Some(kind),
        }
    }
}

/// What a layout's segmentation hands to the shared classification.
#[derive(Debug, Default)]
pub(crate) struct Segmented<'a> {
    pub drafts: Vec<Draft<'a>>,
    /// Whether the first draft may be a headline (the layout puts one there).
    pub title_first: TitleRule,
    pub meta: DocMeta,
}

/// Whether a layout's first paragraph is its title.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TitleRule {
    /// Never (scraped pages give none).
    #[default]
    No,
    /// When it looks like a headline (blank-line layouts: ggt has none, bbc has one).
    IfLooksLikeOne,
    /// Always (a first line followed by a blank line in a line-per-paragraph or newswire layout).
    Yes,
}

/// Splits an article's text into paragraphs, recognising its layout.
///
/// ```
/// use whosaid::split::{split, Kind, Layout};
/// let s = split("Storm hits coast\n\nHeavy rain fell on Halifax, officials said.\n\nMore is due.\n");
/// assert_eq!(s.layout, Layout::BlankLines);
/// assert_eq!(s.meta.title.as_deref(), Some("Storm hits coast"));
/// assert_eq!(s.paragraphs[1].kind, Kind::Body);
/// assert_eq!(s.paragraphs[1].start, 18);
/// ```
pub fn split(text: &str) -> Split {
    let all = lines::lines(text);
    let layout = detect(&all);
    let seg = match layout {
        Layout::Scraped => scraped::segment(&all),
        Layout::BlankLines => plain::blank_lines(&all),
        Layout::LinePerParagraph => plain::line_per_paragraph(&all),
        Layout::Newswire => plain::newswire(&all),
        Layout::Wrapped => plain::wrapped(&all),
    };
    classify::finish(seg, layout, lines::Marks::of(text))
}

/// Line statistics that tell the layouts apart.
#[derive(Debug, Default)]
struct Stats {
    nonblank: usize,
    blank_between: usize,
    dot_separators: usize,
    mid_sentence: usize,
    lone_words: usize,
    indented: usize,
    scrape_marks: usize,
    /// The lengths of the non-blank lines after the first, for [`Stats::median_len`].
    lens: Vec<usize>,
}

impl Stats {
    /// The median length of the non-blank lines after the first (0 without any): asked only
    /// when the counts leave the layout open.
    fn median_len(&mut self) -> usize {
        // Only the middle value is wanted: selecting it is cheaper than sorting them all.
        let mid = self.lens.len() / 2;
        if mid < self.lens.len() {
            *self.lens.select_nth_unstable(mid).1
        } else {
            0
        }
    }
}

fn stats(all: &[Line<'_>]) -> Stats {
    let mut s = Stats::default();
    let first = all.iter().position(|l| !l.is_blank()).unwrap_or(0);
    let last = all.iter().rposition(|l| !l.is_blank()).unwrap_or(0);
    s.lens.reserve(all.len());
    for i in first..all.len().min(last + 1) {
        let l = &all[i];
        let t = l.trimmed();
        let b = t.as_bytes();
        match b {
            [] => {
                s.blank_between += 1;
                continue;
            }
            [b'.'] => {
                s.dot_separators += 1;
                continue;
            }
            _ => {}
        }
        s.nonblank += 1;
        if i > first {
            s.lens.push(t.len());
            if plain::is_paragraph_indent(l.indent()) {
                s.indented += 1;
            }
        }
        if all.get(i + 1).is_some_and(|n| !n.is_blank()) {
            if !ends_sentence(t) {
                s.mid_sentence += 1;
            }
            if scraped::is_lone_first_word(t) {
                s.lone_words += 1;
            }
        }
        if b == b"|" || (i == first && b[0] == b'[') || t.starts_with("Credit ") {
            s.scrape_marks += 1;
        }
    }
    s
}

fn detect(all: &[Line<'_>]) -> Layout {
    let mut s = stats(all);
    if s.dot_separators >= 2 {
        return Layout::BlankLines;
    }
    // Indented paragraph openings mark newswire even in short, table-like items.
    if s.indented >= 1 && s.nonblank >= 2 && s.median_len() <= 110 {
        return Layout::Newswire;
    }
    let wrapped = s.nonblank >= 4 && s.mid_sentence * 5 >= s.nonblank * 2 && s.median_len() <= 110;
    if wrapped {
        if s.lone_words >= 2 || (s.lone_words >= 1 && s.scrape_marks >= 1) {
            Layout::Scraped
        } else if s.blank_between >= 2 {
            Layout::BlankLines
        } else {
            Layout::Wrapped
        }
    } else if s.blank_between * 2 + 2 >= s.nonblank {
        Layout::BlankLines
    } else {
        Layout::LinePerParagraph
    }
}

/// True when a line ends a sentence: `.`, `!`, `?` or `:` possibly followed by closing quotes or
/// brackets.
pub(crate) fn ends_sentence(t: &str) -> bool {
    // Read from the bytes: the closing chars are suffixes of the UTF-8 text (`”` E2 80 9D,
    // `’` E2 80 99, `»` C2 BB, `…` E2 80 A6), which spares decoding chars from the end.
    let mut b = t.as_bytes();
    loop {
        b = match b {
            [rest @ .., b'"' | b'\'' | b')' | b']'] => rest,
            [rest @ .., 0xE2, 0x80, 0x9D | 0x99] | [rest @ .., 0xC2, 0xBB] => rest,
            _ => break,
        };
    }
    matches!(b, [.., b'.' | b'!' | b'?' | b':'] | [.., 0xE2, 0x80, 0xA6])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_layout() {
        let bbc = "Title here\n\nFirst paragraph is a long line that says a lot of things about the news of the day and more.\n\nSecond paragraph is also a fairly long line that goes on about the news.\n";
        assert_eq!(split(bbc).layout, Layout::BlankLines);
        let gum = "Title\n\nMonday, May 4, 2026\nFirst paragraph on one line that is long enough to be a paragraph of news text.\nSecond paragraph, equally on one line, and long enough to be a paragraph of text.\nThird one.\n";
        assert_eq!(split(gum).layout, Layout::LinePerParagraph);
        let wire = "HEADLINE HERE\n\nThe company said on Monday it would\nbuy the rival firm for 10 dlrs a share\nin cash.\n    The deal is worth about 1.2 billion\ndlrs, it said.\n";
        assert_eq!(split(wire).layout, Layout::Newswire);
        let cbc = "First line of story.\n .\n Second paragraph.\n .\n Third paragraph.\n";
        assert_eq!(split(cbc).layout, Layout::BlankLines);
    }

    #[test]
    fn ends_sentence_reads_as_trimming_closing_chars() {
        let slow = |t: &str| {
            let t = t.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»']);
            t.ends_with(['.', '!', '?', ':', '…'])
        };
        for t in [
            "",
            ".",
            "a.",
            "a",
            "Yes!”",
            "Why?’)",
            "so…",
            "so…»",
            "done.\"')]",
            "no”",
            "x:",
            "“",
            "»",
            "a»",
            "é.",
            "e\u{2018}",
            "e\u{201c}.",
            "a.\u{201e}",
        ] {
            assert_eq!(ends_sentence(t), slow(t), "{t:?}");
        }
    }

    #[test]
    fn kind_parses_case_insensitively() {
        assert_eq!("Body".parse::<Kind>().unwrap(), Kind::Body);
        assert!("nope".parse::<Kind>().unwrap_err().contains("caption"));
    }
}
