//! The plain layouts: blank-line paragraphs, one paragraph per line, indented newswire, and
//! hard-wrapped text without paragraph marks.

use super::lines::Line;
use super::{Draft, Segmented, TitleRule, ends_sentence};

/// A line that separates paragraphs: blank, or a lone `.` (one outlet's scrape puts ` .` between
/// paragraphs).
fn is_separator(l: &Line<'_>) -> bool {
    let t = l.trimmed();
    t.is_empty() || t == "."
}

/// Groups lines into blocks separated by separator lines.
fn blocks<'a>(all: &'a [Line<'a>]) -> impl Iterator<Item = &'a [Line<'a>]> {
    all.split(is_separator).filter(|b| !b.is_empty())
}

/// Whether a block's lines are hard wraps of one paragraph rather than paragraphs of their own:
/// all but the last line run on mid-sentence, or are about as long as the others.
fn is_wrapped_block(block: &[Line<'_>]) -> bool {
    if block.len() < 2 {
        return false;
    }
    let head = &block[..block.len() - 1];
    let max = head.iter().map(|l| l.trimmed().len()).max().unwrap_or(0);
    max <= 110 && head.iter().filter(|l| !ends_sentence(l.trimmed())).count() * 2 >= head.len()
}

/// Paragraphs separated by blank lines (bbc, ggt). A block of several lines is one wrapped
/// paragraph, or else one paragraph per line.
pub(crate) fn blank_lines<'a>(all: &'a [Line<'a>]) -> Segmented<'a> {
    // (At most one draft a line: the list never regrows.)
    let mut drafts = Vec::with_capacity(all.len());
    let (mut count, mut first_len) = (0, 0);
    for b in blocks(all) {
        if count == 0 {
            first_len = b.len();
        }
        count += 1;
        if is_wrapped_block(b) {
            drafts.push(Draft::new(b));
        } else {
            drafts.extend(b.iter().map(|l| Draft::new(std::slice::from_ref(l))));
        }
    }
    let title_first = if first_len == 1 && count > 1 {
        TitleRule::IfLooksLikeOne
    } else {
        TitleRule::No
    };
    Segmented {
        drafts,
        title_first,
        ..Default::default()
    }
}

/// One paragraph per line (Wikinews): a title line, a blank line, then paragraphs.
pub(crate) fn line_per_paragraph<'a>(all: &'a [Line<'a>]) -> Segmented<'a> {
    let title_first = title_then_blank(all);
    let drafts = all
        .iter()
        .filter(|l| !is_separator(l))
        .map(|l| Draft::new(std::slice::from_ref(l)))
        .collect();
    Segmented {
        drafts,
        title_first,
        ..Default::default()
    }
}

/// `Yes` when the first non-blank line is followed by a blank one.
fn title_then_blank(all: &[Line<'_>]) -> TitleRule {
    let first = all.iter().position(|l| !l.is_blank());
    match first {
        Some(i) if all.get(i + 1).is_some_and(|l| l.is_blank()) => TitleRule::Yes,
        _ => TitleRule::No,
    }
}

/// A paragraph opens with a small indent; a deep one aligns a table column instead.
pub(crate) fn is_paragraph_indent(indent: usize) -> bool {
    (2..=8).contains(&indent)
}

/// Newswire: title, blank line, then hard-wrapped paragraphs each opening with an indent.
pub(crate) fn newswire<'a>(all: &'a [Line<'a>]) -> Segmented<'a> {
    let title_first = title_then_blank(all);
    // (At most one draft a line: the list never regrows.)
    let mut drafts = Vec::with_capacity(all.len());
    // The paragraph being read is `all[from..i]`.
    let mut from = 0;
    for (i, l) in all.iter().enumerate() {
        if l.is_blank() {
            flush(&all[from..i], &mut drafts);
            from = i + 1;
        } else if is_paragraph_indent(l.indent()) {
            flush(&all[from..i], &mut drafts);
            from = i;
        }
    }
    flush(&all[from..], &mut drafts);
    Segmented {
        drafts,
        title_first,
        ..Default::default()
    }
}

/// Hard-wrapped text with no blank lines or indents: a paragraph ends at a line that ends a
/// sentence well short of the wrap width.
pub(crate) fn wrapped<'a>(all: &'a [Line<'a>]) -> Segmented<'a> {
    let title_first = title_then_blank(all);
    let width = all.iter().map(|l| l.trimmed().len()).max().unwrap_or(0);
    let mut drafts = Vec::new();
    // The paragraph being read is `all[from..=i]`.
    let mut from = 0;
    for (i, l) in all.iter().enumerate() {
        let t = l.trimmed();
        if t.is_empty() {
            flush(&all[from..i], &mut drafts);
            from = i + 1;
        } else if ends_sentence(t) && t.len() * 4 < width * 3 {
            flush(&all[from..=i], &mut drafts);
            from = i + 1;
        }
    }
    flush(&all[from..], &mut drafts);
    Segmented {
        drafts,
        title_first,
        ..Default::default()
    }
}

/// Adds the lines read as a paragraph, if any.
fn flush<'a>(lines: &'a [Line<'a>], drafts: &mut Vec<Draft<'a>>) {
    if !lines.is_empty() {
        drafts.push(Draft::new(lines));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Layout, split};

    fn texts(s: &super::super::Split) -> Vec<(Kind, String)> {
        s.paragraphs
            .iter()
            .map(|p| (p.kind, p.text.clone()))
            .collect()
    }

    #[test]
    fn blank_line_article_without_title() {
        let t = "Ferry service to Nanaimo resumed on Monday after a week of storms, the operator said.\n\n“We are back on schedule,” said spokeswoman Ida Marsh.\n\nPassengers were relieved.\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::BlankLines);
        assert!(s.meta.title.is_none());
        assert_eq!(s.paragraphs.len(), 3);
        assert!(s.paragraphs.iter().all(|p| p.kind == Kind::Body));
    }

    #[test]
    fn cbc_dot_separated_paragraphs() {
        let t = "Ferry service resumed on Monday, the operator said.\n .\n “We are back,” said Ida Marsh.\n .\n Passengers cheered at the dock in Nanaimo, B.C. (Jo Ames/CBC).\n .\n The next sailing is at noon.\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::BlankLines);
        let got = texts(&s);
        assert_eq!(got.len(), 4);
        assert_eq!(
            got[1],
            (Kind::Body, "“We are back,” said Ida Marsh.".into())
        );
        assert_eq!(got[2].0, Kind::Caption);
        assert_eq!(
            &t[s.paragraphs[1].start..s.paragraphs[1].end],
            "“We are back,” said Ida Marsh."
        );
    }

    #[test]
    fn line_per_paragraph_with_dateline_caption_and_heading() {
        let t = "Robot team wins award in Lyon\n\nTuesday, March 3, 2026\nA team of students from Lyon won a silver medal on Tuesday, organisers said in a statement to the press.\nThe winning robot on stage. Image: Jan Vos.\nReactions at the event\n\"We are so proud,\" said coach Lena Dorr, adding that the team had worked for months on the robot.\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::LinePerParagraph);
        let kinds: Vec<Kind> = s.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::Title,
                Kind::Dateline,
                Kind::Body,
                Kind::Caption,
                Kind::Heading,
                Kind::Body
            ]
        );
        assert_eq!(
            s.meta.title.as_deref(),
            Some("Robot team wins award in Lyon")
        );
        assert_eq!(s.meta.dateline.as_deref(), Some("Tuesday, March 3, 2026"));
    }

    #[test]
    fn newswire_indented_paragraphs_are_joined() {
        let t = "ACME TO BUY RIVAL\n\nAcme Corp said on Monday it would\nbuy Rival Inc for 10 dlrs a share.\n    The deal is worth about 1.2 billion\ndlrs, it said.\n    Shr 1.20 dlrs vs 1.05 dlrs\n    Net 12.1 mln vs 10.3 mln\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::Newswire);
        let got = texts(&s);
        assert_eq!(got[0], (Kind::Title, "ACME TO BUY RIVAL".into()));
        assert_eq!(
            got[1].1,
            "Acme Corp said on Monday it would buy Rival Inc for 10 dlrs a share."
        );
        assert_eq!(
            got[2].1,
            "The deal is worth about 1.2 billion dlrs, it said."
        );
        assert_eq!(got[3].1, "Shr 1.20 dlrs vs 1.05 dlrs");
        assert_eq!(got.len(), 5);
        let p = &s.paragraphs[2];
        assert_eq!(&t[p.start..p.start + 8], "The deal");
    }

    #[test]
    fn hard_wrapped_text_without_marks_splits_at_short_sentence_ends() {
        let t = "The council met on Tuesday evening in Leeds to debate\nthe new budget for the coming year and the plan.\nIt passed.\nA second vote on the bus routes followed later in the\nevening after a long debate among the members.\n";
        let s = split(t);
        assert_eq!(s.layout, Layout::Wrapped);
        let got: Vec<String> = texts(&s).into_iter().map(|(_, t)| t).collect();
        assert_eq!(got.len(), 2);
        assert!(got[0].ends_with("It passed."));
    }
}
