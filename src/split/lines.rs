//! Lines with their offsets, and the text clean-up shared by every layout.

/// One line of the decoded text: `start..end` excludes the line break (`\n` or `\r\n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// `text` trimmed, once: layout detection, segmentation and joining all ask for it.
    trimmed: &'a str,
}

impl<'a> Line<'a> {
    /// The line `text` found at `start` in the decoded text.
    #[inline]
    pub fn new(start: usize, text: &'a str) -> Self {
        Line {
            start,
            end: start + text.len(),
            text,
            trimmed: trim(text),
        }
    }

    /// The line without surrounding white space.
    pub fn trimmed(&self) -> &'a str {
        self.trimmed
    }

    /// True for a line with nothing but white space.
    pub fn is_blank(&self) -> bool {
        self.trimmed.is_empty()
    }

    /// Leading white space, counting a tab as four columns.
    pub fn indent(&self) -> usize {
        let mut n = 0;
        for b in self.text.bytes() {
            match b {
                b' ' => n += 1,
                b'\t' => n += 4,
                _ => break,
            }
        }
        n
    }

    /// Offsets of the line's content without leading and trailing white space.
    /// (A blank line gives `(end, start)`.)
    pub fn content_span(&self) -> (usize, usize) {
        if self.trimmed.is_empty() {
            return (self.end, self.start);
        }
        // `trimmed` is a slice of `text`: its offset there is the leading white space.
        let lead = self.trimmed.as_ptr() as usize - self.text.as_ptr() as usize;
        let start = self.start + lead;
        (start, start + self.trimmed.len())
    }
}

/// `s.trim()`, read from the bytes when the text ends in ASCII at both sides (most lines do):
/// `str::trim` decodes chars from both ends through the general pattern machinery, and lines
/// are trimmed many times over.
#[inline]
pub(crate) fn trim(s: &str) -> &str {
    // `char::is_whitespace` of an ASCII char.
    let white = |c: u8| c == b' ' || (b'\t'..=b'\r').contains(&c);
    let b = s.as_bytes();
    let mut start = 0;
    while start < b.len() && white(b[start]) {
        start += 1;
    }
    let mut end = b.len();
    while end > start && white(b[end - 1]) {
        end -= 1;
    }
    // A wider char at either end may be white space (a no-break space): the general rule.
    if start < end && (b[start] >= 0x80 || b[end - 1] >= 0x80) {
        return s.trim();
    }
    &s[start..end]
}

/// Splits text into lines with byte offsets (the last line may lack a line break).
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let bytes = text.as_bytes();
    // Lines average some 45 bytes: room for lines of 16 spares regrowing (and copying) the
    // list for all but a few texts.
    let mut out = Vec::with_capacity(bytes.len() / 16 + 2);
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', bytes) {
        let end = if nl > start && bytes[nl - 1] == b'\r' {
            nl - 1
        } else {
            nl
        };
        out.push(Line::new(start, &text[start..end]));
        start = nl + 1;
    }
    if start < bytes.len() {
        let end = if bytes[bytes.len() - 1] == b'\r' {
            bytes.len() - 1
        } else {
            bytes.len()
        };
        out.push(Line::new(start, &text[start..end]));
    }
    out
}

/// Which of the marks of white space runs a whole text holds: two spaces in a row, and a tab,
/// carriage return or char opening with 0xC2. Searched for once in the text, they spare each
/// paragraph of a text without them the searches of its own (its lines are parts of the text).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Marks {
    two_spaces: bool,
    odd_bytes: bool,
}

impl Marks {
    /// The marks found in `text`.
    pub fn of(text: &str) -> Self {
        let b = text.as_bytes();
        Marks {
            two_spaces: two_spaces().find(b).is_some(),
            odd_bytes: memchr::memchr3(b'\t', b'\r', 0xC2, b).is_some(),
        }
    }

    /// Every mark, as if the text held them all (for tests).
    #[cfg(test)]
    pub fn all() -> Self {
        Marks {
            two_spaces: true,
            odd_bytes: true,
        }
    }
}

/// Joins the lines of one paragraph: each line trimmed, joined by one space, runs of white space
/// inside a line collapsed to one space. `marks` are those of the text the lines are from.
pub(crate) fn join(lines: &[Line<'_>], marks: Marks) -> String {
    let cap = lines.iter().map(|l| l.text.len() + 1).sum();
    let mut out = String::with_capacity(cap);
    for l in lines {
        let t = l.trimmed();
        if t.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(t);
    }
    // Trimmed lines end in other chars than white space, so the joining spaces stand alone:
    // collapsing the whole paragraph once equals collapsing each line, with one search for
    // runs per paragraph instead of two per line.
    if !has_runs(out.as_bytes(), marks) {
        return out;
    }
    let mut collapsed = String::with_capacity(out.len());
    push_collapsed(&mut collapsed, &out);
    collapsed
}

/// True unless `b` is free of runs of spaces, tabs, carriage returns and non-breaking spaces
/// (it may then still hold none: the check is quick, not exact). False also when collapsing
/// would leave the text as it is. `marks` tell which searches may find anything.
fn has_runs(b: &[u8], marks: Marks) -> bool {
    marks.two_spaces && two_spaces().find(b).is_some()
        || marks.odd_bytes
            && memchr::memchr3(b'\t', b'\r', 0xC2, b).is_some()
            && !collapses_to_itself(b)
}

/// A finder of two spaces in a row, built once.
fn two_spaces() -> &'static memchr::memmem::Finder<'static> {
    static TWO_SPACES: std::sync::OnceLock<memchr::memmem::Finder<'static>> =
        std::sync::OnceLock::new();
    TWO_SPACES.get_or_init(|| memchr::memmem::Finder::new(b"  "))
}

/// True when `b` holds no white space but lone spaces, for a text without two spaces in a row,
/// so that collapsing its runs changes nothing. It is asked of texts holding a char that opens
/// with 0xC2, mostly `£` or `©` rather than a no-break space (U+0085 and U+00A0 open with it
/// too); a char opening with 0xE1 to 0xE3 may be white space, and is taken as such.
fn collapses_to_itself(b: &[u8]) -> bool {
    memchr::memchr3_iter(b'\t', b'\r', 0xC2, b)
        .all(|i| b[i] == 0xC2 && !matches!(b.get(i + 1), Some(0x85 | 0xA0)))
        && memchr::memchr2(0x0B, 0x0C, b).is_none()
        && memchr::memchr3(0xE1, 0xE2, 0xE3, b).is_none()
}

/// Appends `s` to `out`, each run of white space in it as one space.
fn push_collapsed(out: &mut String, s: &str) {
    // (`join` asks `has_runs` first: most paragraphs never come here.)
    let b = s.as_bytes();
    // Every run of white space becomes one space: only the runs other than a lone space change
    // the text, and the text between them is copied whole. Each such run opens with a byte of
    // white space other than a space, the first byte of a wider char of white space (one of
    // four), or a space before one of those or another space.
    let opens = |x: u8| WHITE_OPENS[x as usize] != 0;
    let mut copied = 0;
    let mut k = 0;
    while k < b.len() {
        // Lone spaces are passed over in the same scan as other bytes.
        let x = b[k];
        if !opens(x) || (x == b' ' && b.get(k + 1).is_none_or(|&y| !opens(y))) {
            k += 1;
            continue;
        }
        let run: usize = s[k..]
            .chars()
            .take_while(|c| c.is_whitespace())
            .map(char::len_utf8)
            .sum();
        if run == 0 {
            // The first byte of a char that is no white space (`’`).
            k += 1;
            continue;
        }
        out.push_str(&s[copied..k]);
        out.push(' ');
        k += run;
        copied = k;
    }
    out.push_str(&s[copied..]);
}

/// The bytes a char of white space may open with: a space, other ASCII white space, and the
/// first bytes of the wider chars of white space (U+0085 and U+00A0, U+1680, U+2000 to U+205F,
/// U+3000).
static WHITE_OPENS: [u8; 256] = {
    let mut t = [0; 256];
    let mut x = 0;
    while x < 256 {
        t[x] = matches!(x as u8, b'\t'..=b'\r' | b' ' | 0xC2 | 0xE1..=0xE3) as u8;
        x += 1;
    }
    t
};

/// Removes the stray space a scraped page leaves after a formerly linked name (`Syria ,`,
/// `Russia ’s`, `Europe .`), returning the cleaned text and the offsets in it where such a name
/// ended: a hint for the extractor that the words before are a name.
pub(crate) fn remove_link_spaces(text: &str) -> (String, Vec<usize>) {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut hints = Vec::new();
    let mut last = 0;
    for i in memchr::memchr_iter(b' ', bytes) {
        if i == 0 || bytes[i - 1] == b' ' {
            continue;
        }
        let rest = &text[i + 1..];
        let stray = match rest.as_bytes().first() {
            Some(b',' | b'.' | b';' | b':' | b'?' | b'!' | b')') => {
                // A lone "." or "," after a word; not "… .5" or an ellipsis " ...".
                let next = rest.as_bytes().get(1).copied();
                !matches!(next, Some(b'0'..=b'9')) && !rest.starts_with("..")
            }
            _ => rest.starts_with("’s") || rest.starts_with("'s"),
        };
        let prev_ok = text[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '.');
        if stray && prev_ok {
            out.push_str(&text[last..i]);
            hints.push(out.len());
            last = i + 1;
        }
    }
    out.push_str(&text[last..]);
    (out, hints)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_trims_as_str_trim_does() {
        for s in [
            "",
            " ",
            " \t\r\n\x0B\x0C",
            "  a b  ",
            "\u{a0}x\u{a0}",
            " \u{2003}x",
            "x\u{3000} ",
            "é ",
            " ü",
            "\x1Fx\x1F",
            "a",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }

    #[test]
    fn lines_handle_crlf_and_missing_final_newline() {
        let t = "a\r\nbb\n\nccc";
        let ls = lines(t);
        let got: Vec<_> = ls.iter().map(|l| (l.start, l.end, l.text)).collect();
        assert_eq!(got, [(0, 1, "a"), (3, 5, "bb"), (6, 6, ""), (7, 10, "ccc")]);
        let spans: Vec<_> = lines(" a \n\u{a0}b\u{3000}\n  \n")
            .iter()
            .map(Line::content_span)
            .collect();
        assert_eq!(spans, [(1, 2), (6, 7), (13, 11)]);
    }

    #[test]
    fn join_collapses_white_space() {
        let t = "  one  two\nthree\t four \n";
        assert_eq!(join(&lines(t), Marks::all()), "one two three four");
        assert_eq!(join(&lines(t), Marks::of(t)), "one two three four");
        let t = "a\u{a0} b\n\u{2003}c  \n\nd\te\n";
        assert_eq!(join(&lines(t), Marks::of(t)), "a b c d e");
    }

    #[test]
    fn white_space_of_every_kind_collapses_as_char_by_char() {
        let slow = |s: &str| {
            let mut out = String::new();
            let mut prev_space = false;
            for c in s.chars() {
                if c.is_whitespace() {
                    if !prev_space {
                        out.push(' ');
                    }
                    prev_space = true;
                } else {
                    out.push(c);
                    prev_space = false;
                }
            }
            out
        };
        for s in [
            "£5  a\u{a0}\u{a0}b\u{2009} c\u{3000}\u{1680}d\u{85}e\u{2028}f\u{205f}\u{202f}g",
            " \t lead and trail \r ",
            "ሀ€ “quoted” ‘x’ ©½ \u{e3}\u{3042}",
            "",
        ] {
            let mut out = String::from("x");
            push_collapsed(&mut out, s);
            assert_eq!(out, format!("x{}", slow(s)), "{s:?}");
        }
    }

    #[test]
    fn texts_that_collapse_to_themselves_are_told_apart() {
        for (s, same) in [
            ("£5 a", true),
            ("© ½", true),
            ("a\u{a0}b", false),
            ("£5\u{85}x", false),
            ("£5 a\u{2003}b", false),
            ("£5\ta", false),
            ("©\x0Bx", false),
            // (not white space, but taken as possibly white: the answer errs on the safe side)
            ("£ ’", false),
        ] {
            assert_eq!(collapses_to_itself(s.as_bytes()), same, "{s:?}");
            let mut out = String::new();
            push_collapsed(&mut out, s);
            assert!(!same || out == s, "{s:?}");
        }
    }

    #[test]
    fn link_spaces_are_removed_with_hints() {
        let (s, h) = remove_link_spaces("in Syria , said Russia ’s envoy in Europe .”");
        assert_eq!(s, "in Syria, said Russia’s envoy in Europe.”");
        assert_eq!(h, vec![8, 21, 41]);
        assert_eq!(&s[..8], "in Syria");
    }

    #[test]
    fn real_punctuation_spacing_is_kept() {
        let (s, h) = remove_link_spaces("rose to .5 percent ... and - more");
        assert_eq!(s, "rose to .5 percent ... and - more");
        assert!(h.is_empty());
        let (s, _) = remove_link_spaces("the U.S. , and");
        assert_eq!(s, "the U.S., and");
    }
}
