//! Scraped web pages: a header (bracketed pull-quote summary, `By …` byline, photo caption with a
//! `Credit …` line, a lone `|`), then hard-wrapped body lines where each paragraph's first word
//! stands alone on its own line (`Mr.` / `Cook described …`).

use super::lines::Line;
use super::{Draft, Kind, Segmented, TitleRule, classify, ends_sentence};

/// Abbreviations that end with a period yet may open a paragraph (`Mr.` / `Kerry said …`).
const OPENING_ABBREVIATIONS: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Capt.", "Sgt.",
    "Prof.", "Rev.", "St.", "Maj.", "Brig.", "Pvt.", "Adm.", "Cmdr.", "Supt.", "Insp.", "Pres.",
    "Sec.", "Amb.", "Atty.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "U.S.",
    "U.N.", "U.K.",
];

/// How many lines the header (summary, byline, caption, credit) may take at most.
const MAX_HEADER_LINES: usize = 24;

/// True for a line that stops where no sentence ends: on a word in lower case (`along the
/// lower`), a comma (`Cyclone` / `Nalesia,` / `which` / `struck …`: no paragraph ends on
/// one), a title (`Capt.`) or a middle initial (`Dale R.`).
fn stops_mid_sentence(t: &str) -> bool {
    let last = t.rsplit(' ').next().unwrap_or(t);
    let b = last.as_bytes();
    last.ends_with(|c: char| c.is_ascii_lowercase() || c == ',')
        || (OPENING_ABBREVIATIONS[..TITLES].contains(&last))
        || (b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.')
}

/// How many of [`OPENING_ABBREVIATIONS`] are titles before a name (the rest may end a
/// sentence: `Dec.`, `U.S.`).
const TITLES: usize = 26;

/// True for a line that is a paragraph's first word alone: one token, not closing a sentence
/// (bar an abbreviation such as `Mr.`), short.
// (Inlined: its length test settles most lines where it is asked.)
#[inline]
pub(crate) fn is_lone_first_word(t: &str) -> bool {
    if t.is_empty() || t.len() > 24 || t.contains(char::is_whitespace) || t == "|" {
        return false;
    }
    // (after an opening mark too: `“Mr.` / `Hossain makes the speeches,” she said`)
    if OPENING_ABBREVIATIONS.contains(&t.trim_start_matches(['“', '"', '‘'])) {
        return true;
    }
    let last = t.chars().next_back().unwrap_or(' ');
    let first = t
        .trim_start_matches(['“', '"', '‘', '\'', '('])
        .chars()
        .next();
    !matches!(
        last,
        '.' | ',' | ';' | ':' | '!' | '?' | '”' | '’' | ')' | ']' | '"' | '\''
    ) && first.is_some_and(|c| c.is_alphanumeric())
}

/// `Greece,` alone on a line: a paragraph's first word and its comma (a first word only after a
/// line that ends a sentence; a wrap leaves no other one-word line ending in a comma). The
/// comma may stand apart, after a linked name (`Denmark ,`).
fn is_lone_word_and_comma(t: &str) -> bool {
    t.strip_suffix(',')
        .map(|w| w.strip_suffix(' ').unwrap_or(w))
        .is_some_and(|w| !w.ends_with(',') && is_lone_first_word(w))
}

/// `Indonesia ’s` alone on a line: a paragraph's first word, a linked name, with its possessive
/// set apart by the link's stray space (as `Indonesia’s` is a lone first word).
fn is_lone_word_and_possessive(t: &str) -> bool {
    ["’s", "'s"].iter().any(|s| {
        t.strip_suffix(s)
            .and_then(|w| w.strip_suffix(' '))
            .is_some_and(is_lone_first_word)
    })
}

fn opens_quote(t: &str) -> bool {
    t.starts_with(['“', '"', '‘'])
}

/// Whether, after line `t`, the paragraph's last quotation has closed on its own mark and
/// then been attributed (`“…,” he told reporters.`), given whether it had before the line
/// (`attributed`). A line opening on a quotation after such a paragraph's sentence goes on with
/// its speaker (`“Not today.”`); after a quotation closing a line (`…not improving.”` /
/// `“Washington is unable`), a quotation left open (one running on into the next paragraph) or
/// a few words quoted within a sentence (`had been “our colleagues” and would`), it may open a
/// paragraph with more than one word on its line; after a sentence of a paragraph that quoted
/// no one, it goes on with the paragraph (whose first word stood alone, as every paragraph's
/// does but the reference's one after a quotation closing its line).
fn attributes_quote(t: &str, attributed: bool) -> bool {
    let Some(at) = t.rfind(['“', '”', '"']) else {
        return attributed;
    };
    let (before, after) = t.split_at(at);
    !after.starts_with('“')
        // (`grandfathers,’ ” said`: a quotation within it closing with it)
        && before
            .trim_end_matches([' ', '’', '\''])
            .ends_with([',', '.', '?', '!', '…'])
        && !after[after.chars().next().map_or(0, char::len_utf8)..]
            .trim()
            .is_empty()
}

/// Segments a scraped page.
pub(crate) fn segment<'a>(all: &'a [Line<'a>]) -> Segmented<'a> {
    let mut seg = Segmented {
        title_first: TitleRule::No,
        ..Default::default()
    };
    let body_from = header(all, &mut seg);
    body(&all[body_from..], &mut seg);
    seg
}

/// Reads the header into `seg` and returns the index of the first body line.
fn header<'a>(lines: &'a [Line<'a>], seg: &mut Segmented<'a>) -> usize {
    let limit = lines.len().min(MAX_HEADER_LINES);
    let mut i = lines.iter().position(|l| !l.is_blank()).unwrap_or(0);
    // The body starts after the lone `|`, or else after a `Credit` line; with neither there is
    // no header beyond a leading summary and byline.
    let pipe = lines[..limit].iter().position(|l| l.trimmed() == "|");
    let credit = lines[..limit]
        .iter()
        .rposition(|l| is_credit_line(l.trimmed()));
    if lines.get(i).is_some_and(|l| l.trimmed().starts_with('[')) {
        let close = lines[i..limit]
            .iter()
            .position(|l| l.trimmed().ends_with(']'))
            .map(|k| i + k);
        if let Some(close) = close {
            seg.drafts
                .push(Draft::of_kind(&lines[i..=close], Kind::Summary));
            i = close + 1;
        }
    }
    let end = match (pipe, credit) {
        (Some(p), _) => p + 1,
        (None, Some(c)) => c + 1,
        (None, None) => i,
    };
    // The caption being read is `lines[from..i]` (its lines follow one another).
    let mut caption: Option<usize> = None;
    while i < end.max(i) && i < lines.len() {
        let l = &lines[i];
        let t = l.trimmed();
        if t.is_empty() || t == "|" {
            flush_caption(&mut caption, &lines[..i], seg);
        } else if classify::byline_authors(t).is_some() && caption.is_none() {
            seg.drafts
                .push(Draft::of_kind(std::slice::from_ref(l), Kind::Byline));
        } else if is_credit_line(t) {
            seg.meta
                .photo_credits
                .push(t.trim_start_matches("Credit").trim().to_owned());
            flush_caption(&mut caption, &lines[..i], seg);
        } else {
            caption.get_or_insert(i);
        }
        i += 1;
    }
    flush_caption(&mut caption, &lines[..i], seg);
    // A byline right after the summary with no caption or `|` still belongs to the header.
    while let Some(l) = lines.get(i) {
        if l.is_blank() {
            i += 1;
        } else if classify::byline_authors(l.trimmed()).is_some() {
            seg.drafts
                .push(Draft::of_kind(std::slice::from_ref(l), Kind::Byline));
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// Adds the caption begun at line `from`, if any, ending where `read` (the lines so far) ends.
fn flush_caption<'a>(from: &mut Option<usize>, read: &'a [Line<'a>], seg: &mut Segmented<'a>) {
    if let Some(from) = from.take() {
        seg.drafts
            .push(Draft::of_kind(&read[from..], Kind::Caption));
    }
}

fn is_credit_line(t: &str) -> bool {
    t.strip_prefix("Credit")
        .is_some_and(|r| r.starts_with([' ', ':']) && r.trim().len() > 1)
}

/// Groups body lines into paragraphs. A photo placed within the body keeps the header's shape:
/// a caption on one full line, then its `Credit …` line; the caption is a paragraph of its
/// own, cut from the end of the paragraph it was wrapped into.
fn body<'a>(lines: &'a [Line<'a>], seg: &mut Segmented<'a>) {
    let drafts = &mut seg.drafts;
    // The paragraph being read is `lines[from..k]`.
    let mut from = 0;
    let mut prev: Option<&str> = None;
    let mut prev_lone = false;
    // Whether the paragraph's last quotation closed before more words (`“…,” he said.`).
    let mut attributed = false;
    let mut quoted_any = false;
    for (k, l) in lines.iter().enumerate() {
        let t = l.trimmed();
        if t.is_empty() {
            flush(&lines[from..k], drafts);
            from = k + 1;
            prev = None;
            prev_lone = false;
            attributed = false;
            continue;
        }
        if k > from && is_credit_line(t) && !prev_lone {
            flush(&lines[from..k - 1], drafts);
            drafts.push(Draft::of_kind(&lines[k - 1..k], Kind::Caption));
            seg.meta
                .photo_credits
                .push(t.trim_start_matches("Credit").trim().to_owned());
            from = k + 1;
            prev = None;
            prev_lone = false;
            attributed = false;
            continue;
        }
        let next_nonblank = lines.get(k + 1).is_some_and(|n| !n.is_blank());
        let lone = next_nonblank && (is_lone_first_word(t) || is_lone_word_and_possessive(t));
        let starts = match prev {
            None => true,
            Some(p) => {
                // (not after a line that stops mid-sentence: `along the lower` / `Mekong` /
                // `to share data …`, `Capt.` / `Ignacio` / `Rojas, said`)
                (lone && !prev_lone && !stops_mid_sentence(p))
                    || ((opens_quote(t) && !attributed && (quoted_any || p.ends_with(['”', '"']))
                        || (next_nonblank && is_lone_word_and_comma(t)))
                        && ends_sentence(p)
                        && !prev_lone)
            }
        };
        if starts {
            flush(&lines[from..k], drafts);
            from = k;
            attributed = false;
            quoted_any = false;
        }
        attributed = attributes_quote(t, attributed);
        quoted_any |= t.contains(['“', '”', '"']);
        prev = Some(t);
        prev_lone = lone;
    }
    flush(&lines[from..], drafts);
}

/// Adds the lines read as a paragraph, if any.
fn flush<'a>(lines: &'a [Line<'a>], drafts: &mut Vec<Draft<'a>>) {
    if !lines.is_empty() {
        drafts.push(Draft::new(lines));
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Kind, Layout, Split, split};

    /// Each paragraph's kind and text, in order.
    fn kinds_and_texts(s: &Split) -> Vec<(Kind, &str)> {
        s.paragraphs
            .iter()
            .map(|p| (p.kind, p.text.as_str()))
            .collect()
    }

    const PAGE: &str = "[The talks with Canada ,\nMs. Varga said in Oslo , will help\n“find a way forward.”]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\n“The\nminister believes talks are useful,”\nMs. Varga said.\nLater\nthe ministry said Norway ’s position\nhad not changed.\nThe\nministry called the talks “useful” and said they would go on.\n“Oslo will lead,” she said. “The\nnext round is in May.\n“We are ready.”\nMs.\nVarga spoke in Oslo .\nThe\nUnited\nStates\nalso sought talks, which it called “urgent.”\n“Oslo is ready to talk with\nanyone,” she added.\n“We are here.”\nAnna\nBerg contributed reporting from Bergen .\n";

    /// The body paragraphs' texts of a scraped page.
    fn body_texts(page: &str) -> Vec<String> {
        let s = split(page);
        assert_eq!(s.layout, Layout::Scraped);
        s.paragraphs
            .into_iter()
            .filter(|p| p.kind == Kind::Body)
            .map(|p| p.text)
            .collect()
    }

    #[test]
    fn scraped_page_is_segmented_like_the_reference_article() {
        let s = split(PAGE);
        assert_eq!(s.layout, Layout::Scraped);
        let got = kinds_and_texts(&s);
        assert_eq!(
            got,
            [
                (
                    Kind::Summary,
                    "The talks with Canada, Ms. Varga said in Oslo, will help “find a way forward.”"
                ),
                (Kind::Byline, "By Tomas R. Lindqvist"),
                (Kind::Caption, "Minister Alma Varga arrived in"),
                (
                    Kind::Body,
                    "“The minister believes talks are useful,” Ms. Varga said."
                ),
                (
                    Kind::Body,
                    "Later the ministry said Norway’s position had not changed."
                ),
                // (nor after a few words quoted within a sentence, nor a quotation left open)
                (
                    Kind::Body,
                    "The ministry called the talks “useful” and said they would go on."
                ),
                (
                    Kind::Body,
                    "“Oslo will lead,” she said. “The next round is in May."
                ),
                (Kind::Body, "“We are ready.”"),
                (Kind::Body, "Ms. Varga spoke in Oslo."),
                (
                    Kind::Body,
                    "The United States also sought talks, which it called “urgent.”"
                ),
                // (a line opening on a quotation, after one that closes a quotation, opens a
                // paragraph; after a plain sentence's end, it goes on with the paragraph)
                (
                    Kind::Body,
                    "“Oslo is ready to talk with anyone,” she added. “We are here.”"
                ),
                (Kind::Credit, "Anna Berg contributed reporting from Bergen."),
            ]
        );
        assert_eq!(s.meta.authors, ["Tomas R. Lindqvist"]);
        assert_eq!(s.meta.contributors, ["Anna Berg"]);
        assert_eq!(s.meta.photo_credits, ["Photo by Jon Hale"]);
        assert!(s.meta.summary.as_deref().unwrap().starts_with("The talks"));
    }

    #[test]
    fn a_photo_within_the_body_is_a_caption_of_its_own() {
        let page = "[Talks will go on.]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\nThe\nministry said talks would go on, and\nit said so again.\nAlma Varga, the minister, in Oslo on Monday.\nCredit Eva Lund/Nordic Lens\nThe\nminister said she was ready.\n";
        let s = split(page);
        let got = kinds_and_texts(&s);
        assert_eq!(
            got[2..],
            [
                (Kind::Caption, "Minister Alma Varga arrived in"),
                (
                    Kind::Body,
                    "The ministry said talks would go on, and it said so again."
                ),
                (
                    Kind::Caption,
                    "Alma Varga, the minister, in Oslo on Monday."
                ),
                (Kind::Body, "The minister said she was ready."),
            ]
        );
        assert_eq!(
            s.meta.photo_credits,
            ["Photo by Jon Hale", "Eva Lund/Nordic Lens"]
        );
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let s = split(PAGE);
        for p in &s.paragraphs {
            let raw = &PAGE[p.start..p.end];
            let first = p.text.split(' ').next().unwrap();
            assert!(
                raw.starts_with(first) || raw.starts_with('['),
                "{raw:?} vs {first:?}"
            );
        }
        let later = s
            .paragraphs
            .iter()
            .find(|p| p.text.starts_with("Later"))
            .unwrap();
        assert_eq!(
            &PAGE[later.start..later.end],
            "Later\nthe ministry said Norway ’s position\nhad not changed."
        );
    }

    #[test]
    fn stray_spaces_leave_name_hints() {
        let s = split(PAGE);
        let p = s
            .paragraphs
            .iter()
            .find(|p| p.text.starts_with("Later"))
            .unwrap();
        assert_eq!(p.name_ends.len(), 1);
        assert!(p.text[..p.name_ends[0]].ends_with("Norway"));
    }

    #[test]
    fn a_word_ending_a_paragraph_is_not_a_first_word() {
        let page = "Intro\nline one of the story goes on and\nthere.\nNext\nparagraph starts here\nand ends.\n";
        let s = split(page);
        let texts: Vec<_> = s.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Intro line one of the story goes on and there.",
                "Next paragraph starts here and ends."
            ]
        );
    }

    #[test]
    fn a_word_alone_after_a_line_stopping_mid_sentence_goes_on() {
        let page = "[Talks will go on.]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\nThe\ncommittee, set up by the countries along the lower\nMekong\nto share data, said so.\nBoats\ncrossed Sudan and the\ndesert\nbefore reaching Libya.\n";
        let s = split(page);
        let texts: Vec<_> = s.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(
                &"The committee, set up by the countries along the lower Mekong to share data, said so."
            ),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"Boats crossed Sudan and the desert before reaching Libya."),
            "{texts:?}"
        );
        // (nor after a title or a middle initial; the titles are the list's first)
        let page = "[Talks will go on.]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\nThe\nharbor master, Capt.\nIgnacio\nRojas, said so.\nMs.\nVarga thanked Dale R.\nWhitcomb\nfor his help.\n";
        let s = split(page);
        let texts: Vec<_> = s.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&"The harbor master, Capt. Ignacio Rojas, said so."),
            "{texts:?}"
        );
        assert!(
            texts.contains(&"Ms. Varga thanked Dale R. Whitcomb for his help."),
            "{texts:?}"
        );
        assert_eq!(super::OPENING_ABBREVIATIONS[super::TITLES - 1], "Atty.");
    }

    #[test]
    fn a_first_word_alone_with_its_comma_opens_a_paragraph() {
        let page = "[Talks will go on.]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\nThe\nministry said talks would go\non.\nGreece,\nwhich has its own disputes, has watched\nthe talks. Its envoy met\nthem,\nsaid one aide.\n";
        let texts = body_texts(page);
        // (a one-word line with a comma after a line that ends no sentence goes on the
        // paragraph)
        assert_eq!(
            texts,
            [
                "The ministry said talks would go on.",
                "Greece, which has its own disputes, has watched the talks. Its envoy met them, said one aide."
            ]
        );
    }

    #[test]
    fn a_linked_first_word_with_its_mark_set_apart_starts_a_paragraph() {
        let page = "[Talks will go on.]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\nThe\nministry said talks would go\non.\nNorway ’s\nenvoy met them in Oslo .\nDenmark ,\nwhich has its own disputes, watched.\n";
        let texts = body_texts(page);
        assert_eq!(
            texts,
            [
                "The ministry said talks would go on.",
                "Norway’s envoy met them in Oslo.",
                "Denmark, which has its own disputes, watched."
            ]
        );
    }

    #[test]
    fn lone_first_words_after_a_comma_and_quotations_within_a_paragraph() {
        // (a lone word after one-word lines ending in a comma goes on; a quotation on a line
        // of several words after a sentence of a paragraph that quoted no one goes on too: a
        // paragraph's first word stands alone, `“Mr.` as well)
        let page = "[Talks will go on.]\nBy Tomas R. Lindqvist\nMinister Alma Varga arrived in\nCredit Photo by Jon Hale\n|\nCyclone\nNalesia,\nwhich\nstruck in March, destroyed homes.\nAid\ngroups say the delays are about paperwork.\n“Families are being asked for papers,” said Fiona Tate.\n“Mr.\nTate makes the speeches,” she said.\n";
        let texts = body_texts(page);
        assert_eq!(
            texts,
            [
                "Cyclone Nalesia, which struck in March, destroyed homes.",
                "Aid groups say the delays are about paperwork. “Families are being asked for papers,” said Fiona Tate.",
                "“Mr. Tate makes the speeches,” she said."
            ]
        );
    }
}
