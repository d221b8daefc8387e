//! Name mentions: runs of capitalised words, told apart as people, organisations and places,
//! with titles stripped (`Defense Secretary Ashton B. Carter` → `Ashton B. Carter`), and the
//! article's table of people that resolves `Mr. Cook` to `Peter Cook`.

mod bytes;
mod context;
mod lone;
mod name_words;
mod org_runs;
mod placed;
mod titles;
mod word_kinds;

use crate::lexicon::{self, Gender};

use super::people::FirstNames;
use super::places::Gazetteer;
use super::tokens::{T, Tok, taken_up_as_person};
pub(crate) use super::vocab::{Initials, Vocab};
use super::words::{self, is_brand_word, is_company_suffix};
use context::context_roles;
#[cfg(test)]
use lone::classify_one;
use lone::{LoneWords, classify_placed};
pub(crate) use name_words::is_particle;
#[cfg(test)]
use name_words::is_particle_word;
use name_words::{has_digit, is_name_tok, is_org_joiner};
use org_runs::merge_org_runs;
pub(crate) use org_runs::{is_french_joiner, speaks_as_subject};
use placed::named_as_person;
pub(crate) use placed::plainly_persons;
use titles::{has_post_nominal, strip_titles, titled_surname};
use word_kinds::{
    calendar_given_name, is_broadcaster_word, is_common_noun, is_group_owner, is_plural_document,
    is_plural_person_noun, is_sentence_adverb_any_case, is_stray_capital, month_given_name,
};
pub(crate) use word_kinds::{is_acronym, is_describing_compound};

/// True for a demonym (`Russian`, `Canadians`, `Chinese`): listed, or a country, region or
/// province with a demonym suffix — never a given name (`Darian`). (Inlined: the two lists'
/// filters, read where it is asked, rule out most words without a call.)
#[inline]
pub(crate) fn is_demonym(w: &str, gaz: &Gazetteer, first_names: &FirstNames) -> bool {
    let w = w.strip_suffix('s').filter(|b| b.len() > 3).unwrap_or(w);
    if words::is_listed_demonym(w) {
        return true;
    }
    // The gazetteer's forms rule out most words before the capital is decoded and the longer
    // given-name list is asked.
    gaz.is_demonym_form(w) && is_capital_but_given_name(w, first_names)
}

/// `German-US`, `Anglo-Dutch`, `Sino-Japanese`: a compound of demonyms (or their combining
/// forms) and countries, one demonym at least, describes as a demonym does; it names no one.
pub(crate) fn is_demonym_compound(w: &str, gaz: &Gazetteer) -> bool {
    let mut demonym = false;
    for part in w.split('-') {
        if matches!(
            part,
            "Anglo" | "Franco" | "Sino" | "Russo" | "Indo" | "Afro" | "Euro" | "Greco" | "Italo"
                | "Austro" | "Judeo" | "Hispano" | "Luso" | "Germano" | "Irano" | "Turco"
        ) || words::is_listed_demonym(part)
            // (a demonym that is also a given name, `German`, is one here)
            || gaz.is_demonym_form(part)
        {
            demonym = true;
        } else if !gaz.is_country(&[part]) {
            return false;
        }
    }
    demonym
}

/// The rest of [`is_demonym`] for a demonym form: a capital, no given name. (Out of line: the
/// test most words fail keeps a small frame.)
#[inline(never)]
fn is_capital_but_given_name(w: &str, first_names: &FirstNames) -> bool {
    w.starts_with(char::is_uppercase) && first_names.get(w).is_none()
}

/// What a run of capitalised words names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MKind {
    /// A person (at least a full name, or a title plus a surname).
    Person,
    /// An organisation.
    Org,
    /// A place (every word is part of a gazetteer place or a direction).
    Place,
    /// A single capitalised word that may be a surname, an organisation or nothing.
    Unknown,
}

/// One run of capitalised words in a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Token range of the whole run (title included).
    pub start: usize,
    pub end: usize,
    /// First token of the name proper (after titles, places and demonyms).
    pub name_start: usize,
    /// End of the places opening the run before any title (`U.S.` in `U.S. President X`).
    pub lead_place_end: usize,
    pub kind: MKind,
    /// The name proper: words joined by spaces, possessive removed.
    pub name: String,
    /// Gender implied by an honorific or a given name.
    pub gender: Option<Gender>,
    /// The gender comes from an honorific (`Mr.`, `Ms.`), not just a given name.
    pub titled_gender: bool,
    /// Lower-case title and role words before the name.
    pub roles: Vec<String>,
    pub possessive: bool,
    pub quoted: bool,
    /// The person of the article's table this mention names, once the table is built.
    pub person: Option<usize>,
    /// A lone title word (`Green`, `King`): a name only if someone in the article bears it.
    pub role_only: bool,
    /// A one-word name after a title, next to a reporting verb (`Chief Na'moks said`): someone
    /// the article quotes, even without a given name.
    pub titled_speaker: bool,
}

/// `Commissioners Ada Holm and Piet Vlaar`: a plural title shared by the names that follow
/// (only where a title opens a person's name: `Leaders of Italy` keeps its place).
fn is_plural_title(w: &str) -> bool {
    w.strip_suffix('s').is_some_and(|one| {
        one.len() > 4 && words::is_role_word(one) && words::is_person_noun_any_case(one)
    })
}

/// A title or role word (`Minister`, `Dr.`, `Principal`).
fn is_role(w: &str) -> bool {
    // One lookup rules out most words before the three lists are asked: it holds every role
    // word in lower case (and the periods are trimmed only from a word that has some).
    (words::may_be_role_any_case(w)
        || (w.ends_with('.') && words::may_be_role_any_case(w.trim_end_matches('.'))))
        && (words::is_role_word(w) || lexicon::honorific(w).is_some() || is_titled_person_noun(w))
}

/// `Co-chairman`, `Under-secretary`: a capitalised prefix joined to a role or person noun in
/// lower case (`Vice-President` is listed).
pub(super) fn is_hyphenated_role(w: &str) -> bool {
    // (most words hold no hyphen: found by a byte search before the split)
    w.len() > 5
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.as_bytes().contains(&b'-')
        && w.rsplit_once('-').is_some_and(|(_, tail)| {
            tail.len() > 3
                && tail.starts_with(|c: char| c.is_ascii_lowercase())
                && words::may_be_role_any_case(tail)
        })
}

/// Whether the words `..end` opening a paragraph are a dateline's place in capitals: each of
/// them so written, then a dash within four tokens with no lower-case word before it
/// (`WINDSOR, Ont. --`, `TORONTO —`; not `NATO, the alliance, said`).
pub(crate) fn is_dateline_head(toks: &[Tok<'_>], end: usize) -> bool {
    toks[..end]
        .iter()
        .all(|t| t.s.len() > 2 && !t.s.bytes().any(|b| b.is_ascii_lowercase()))
        && toks[end..]
            .iter()
            .take(4)
            .take_while(|t| !(t.t == T::Word && t.s.as_bytes()[0].is_ascii_lowercase()))
            .any(|t| is_dash(t.s))
}

/// A dash that closes a dateline.
pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "--" | "—" | "–" | "-")
}

/// [`is_role`] of a word known to be no honorific.
#[inline]
fn is_role_but_honorific(w: &str) -> bool {
    words::is_role_word(w) || is_titled_person_noun(w)
}

/// `Chief Engineer Tomas Berg`, `Principal Ines Moreau`: a capitalised person noun.
#[inline]
fn is_titled_person_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase()) && words::is_person_noun_any_case(w)
}

/// True when a company's legal form closes the capitalised words from token `k` on, within
/// three (`Inc`, `Investors Service Inc`).
fn company_name_ends(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k..]
        .iter()
        .take(3)
        .take_while(|t| t.is_cap() && t.t == T::Word)
        .enumerate()
        .any(|(i, t)| is_company_suffix(t.s) && !toks[k..k + i].iter().any(Tok::is_possessive))
}

/// A name without the article opening it (`The Kestrel Trust` → `Kestrel Trust`), as the
/// speakers and acronyms give it.
pub(crate) fn without_the(name: &str) -> &str {
    let mut name = name;
    while let Some(rest) = name.strip_prefix("The ") {
        name = rest;
    }
    name
}

/// True where a capital says nothing: a sentence start, inside quotations too.
pub(super) fn is_initial(toks: &[Tok<'_>], i: usize, sentence_starts: &[usize]) -> bool {
    after_opening_mark(toks, i) || opens_sentence(i, sentence_starts)
}

/// The marks' half of [`is_initial`]: token `i` opens the paragraph or follows a mark that
/// opens a sentence or a quotation.
#[inline(always)]
fn after_opening_mark(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else {
        return true;
    };
    // (The marks are told by their kind first: most words follow a word.)
    match prev.t {
        T::Open => true,
        T::Punct => matches!(prev.s, "." | "!" | "?" | "‘" | "(" | ":" | ";" | "—" | "–"),
        // `… all-time highs.” He added`
        T::Close => i >= 2 && matches!(toks[i - 2].s, "." | "!" | "?"),
        _ => false,
    }
}

/// A paragraph's sorted sentence starts, read in step with a scan that only moves forward:
/// each start is passed once, however many tokens are asked about.
struct Starts<'s>(&'s [usize]);

impl Starts<'_> {
    /// True when token `i` opens a sentence; `i` is never below the one asked before.
    fn opens(&mut self, i: usize) -> bool {
        while let [s, rest @ ..] = self.0
            && *s < i
        {
            self.0 = rest;
        }
        self.0.first() == Some(&i)
    }
}

/// True when `i` is one of the sorted `sentence_starts`: a paragraph has few sentences, so a
/// short scan beats a binary search (kept for long lists, where a scan would be quadratic).
fn opens_sentence(i: usize, sentence_starts: &[usize]) -> bool {
    if sentence_starts.len() > 16 {
        return sentence_starts.binary_search(&i).is_ok();
    }
    for &s in sentence_starts {
        if s >= i {
            return s == i;
        }
    }
    false
}

#[cfg(test)]
pub(crate) use tests::mentions;

/// Scratch space of [`mentions_at`], one for each article, kept from paragraph to paragraph (it
/// cost more than its lists allocated for each): runs, one run's words, the one-word runs.
#[derive(Default)]
pub(crate) struct Buffers<'a> {
    runs: Vec<Run>,
    ws: Vec<&'a str>,
    lone: LoneWords<'a>,
}

/// A run of name words: its token range, and whether its first word's capital says nothing
/// ([`is_initial`], asked of every run's head anyway and kept for [`classify`]).
type Run = (usize, usize, bool);

/// Finds the name mentions of one paragraph, given the words a name may start at
/// ([`super::tokens::is_name_head`], in order, as the tokenizer notes them): marks and plain
/// lower-case words, most tokens, are never visited. `initials`: what the article's [`Vocab`]
/// found of their sentence-initial capitals ([`Vocab::initials`]; worked out here when not): one
/// on a word the article writes in lower case (`Man charged …`, `Is Ellison …`) marks no name.
/// `buffers`: scratch space.
#[allow(clippy::too_many_arguments)]
pub(crate) fn mentions_at<'a>(
    toks: &[Tok<'a>],
    heads: &[usize],
    initials: Initials<'_>,
    sentence_starts: &[usize],
    gaz: &Gazetteer,
    first_names: &FirstNames,
    vocab: &Vocab<'_, '_>,
    buffers: &mut Buffers<'a>,
) -> Vec<Mention> {
    let Buffers { runs, ws, lone } = buffers;
    // Each run opens on a head: room for them all at once, and from the article's first
    // paragraph on for as many as most paragraphs have (grown step by step, they cost more).
    // (The article's first paragraph allocates them at once: reserved from nothing, a list
    // takes a longer way to its first room.)
    runs.clear();
    if runs.capacity() == 0 {
        *runs = Vec::with_capacity(heads.len().max(64));
        *ws = Vec::with_capacity(16);
    } else {
        runs.reserve(heads.len());
    }
    ws.clear();
    let mut i = 0;
    let n = toks.len();
    let mut heads = heads.iter().copied().peekable();
    let mut starts = Starts(sentence_starts);
    while i < n {
        // On to the next word a name may start at.
        while heads.next_if(|&k| k < i).is_some() {}
        let Some(&k) = heads.peek() else {
            break;
        };
        i = k;
        // A common word opening a sentence is no name, unless a capitalised word follows
        // (`Rally Canada, the group …`, `Team Estonia`) that is no given name after anything
        // but a title (`Earlier Tony Blair said`; `President Leon Ruiz said`).
        // (Each word list is asked in any case: most words are ruled out before they are
        // lowered. Asked before the word's own test, which it makes moot: most sentences open
        // on a function word, `The`, `He`.)
        let initial = after_opening_mark(toks, i) || starts.opens(i);
        let skip_initial = initial && {
            let w = toks[i].s;
            // Asked last, and only of a word the article also writes in lower case.
            let name_follows = || {
                toks.get(i + 1).is_some_and(|n| {
                    n.is_cap()
                        && (first_names.get(n.s).is_none() || is_role(w) || is_plural_title(w))
                        // (`Radio 1 said`)
                        || is_broadcaster_word(w)
                            && n.s.bytes().all(|b| b.is_ascii_digit())
                        // (`Bank of England officials said`, `Institute for Fiscal Studies`: a
                        // body's word and `of` or `for` before a capital open the body's name)
                        || matches!(n.s, "of" | "for")
                            && toks.get(i + 2).is_some_and(|c| c.is_cap())
                            && words::is_org_word(w)
                        // (`Parents for Safe Schools said`)
                        || word_kinds::opens_group_name(toks, i)
                        // (`Fisheries and Oceans Canada said`, `Food and Drug Administration
                        // officials`: `and` and capitalised words closed by a body's word)
                        || n.s == "and"
                            && toks.get(i + 2..).is_some_and(|r| {
                                r.iter()
                                    .take(3)
                                    .take_while(|c| c.is_cap())
                                    .any(|c| words::is_org_word(c.base()))
                            })
                })
            };
            // (The vocabulary judged capitalised words only.)
            let judged = initials.at(i).unwrap_or_else(|| vocab.initial(w));
            // (`Earlier Tony Blair said`: an adverb the article may never write in lower case)
            judged.is_function_word()
                || is_sentence_adverb_any_case(w)
                || (judged.written_lower()
                    && first_names.get(w).is_none()
                    && !name_follows()
                    && !vocab.names_alone_within(w))
                // `Conductor Bernadette Hollis said`, `Nine-year-old Austin Leota said`: an
                // occupation or an age opening the sentence before a given name and a surname
                // describes the person named (a title, as `Coach`, is the names pass's own)
                // (the flags of the word after the given name asked first: most opening words
                // have none after them)
                // (or a noun of one who does something, `Skier Kaitlyn Frost`, `Bassoonist
                // Théo Marchetti`, that is no given name itself)
                || (toks.get(i + 2).is_some_and(|n| n.is_cap() && n.t == T::Word)
                    && (w.ends_with("-year-old")
                        || !is_role(w)
                            && lexicon::with_lower(w, |l| {
                                words::is_person_noun(l)
                                    || is_agent_noun(l) && two_word_name_after(toks, i)
                            })
                            && first_names.get(w).is_none())
                    && toks.get(i + 1).is_some_and(|n| first_names.get(n.s).is_some()))
        };
        // `The Sunday Express`, `Monday Morning Post`: a day opening a newspaper's name.
        let dated_title = |t: &Tok<'_>| {
            t.is_cap()
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_cap() && words::is_org_word(n.base()))
                && lexicon::is_calendar(t.s)
        };
        if skip_initial
            || (!is_name_tok(&toks[i])
                && !dated_title(&toks[i])
                && !calendar_given_name(toks, i, gaz, first_names)
                && !month_given_name(toks, i, gaz, vocab))
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < n {
            let t = &toks[end];
            // Most runs end on a mark or a plain lower-case word (`said`), which none of the
            // tests below would take in: settled first, at once.
            let ends = if t.t == T::Word {
                t.is_plain()
                    && t.s.as_bytes()[0].is_ascii_lowercase()
                    && !matches!(t.s, "plc" | "inc" | "corp" | "co" | "ltd")
                    && !is_particle(t.s)
                    && !word_kinds::street_article(toks, start, end)
            } else {
                !matches!(t.s, "'" | "’")
            };
            if ends {
                break;
            }
            // A run ends at a possessive, a quote mark, a sentence start, or before a label
            // (`… D.C. Image: Jo Ames`; not before a quotation: `boss Mark Hughes: “…”`).
            // (`Albertson's Inc`, `Standard and Poor's Corp`: a company's own possessive.)
            // (`Moody's Investors Service Inc`: the legal form may come a few words on after a
            // one-word owner that is no place: not `China's National Petroleum Corp`.)
            // (Nor after a place's: `Sweden's AB Volvo`.)
            let company = toks[end - 1].is_possessive()
                && (is_company_suffix(t.s) || (end == start + 1 && company_name_ends(toks, end)))
                && !(end == start + 1 && gaz.place_prefix(&[toks[start].base()]).is_some());
            // (`the Prime Minister's Office`, `the Attorney General's Office`: a title's
            // possessive before a body's word names the body.)
            let office =
                || t.is_cap() && is_role(toks[end - 1].base()) && words::is_org_word(t.base());
            // (`the People's Daily`, `the Workers' Party`: a group's possessive opening a
            // body's name is its own; a country's is a place's: `People's Republic of China`.)
            let group = || {
                end == start + 1
                    && t.is_cap()
                    && t.s != "Republic"
                    && is_group_owner(toks[start].base())
            };
            if (toks[end - 1].is_possessive() && !company && !office() && !group())
                || toks[end - 1].quoted != t.quoted
                || starts.opens(end)
                || (toks.get(end + 1).is_some_and(|n| n.s == ":")
                    && !toks.get(end + 2).is_some_and(|q| q.t == T::Open))
            {
                break;
            }
            // `Ms. May`, `Theresa May`: a calendar word after an honorific or a given name.
            let after_name = || {
                lexicon::honorific(toks[end - 1].s).is_some()
                    || first_names.get(toks[end - 1].s).is_some()
            };
            // `UFCW Local 832`, `Radio 1`: a number after a unit word or a broadcaster's belongs
            // to the name.
            let numbered = || {
                t.s.bytes().all(|b| b.is_ascii_digit())
                    && (matches!(
                        toks[end - 1].s,
                        "Local" | "Unit" | "Chapter" | "Lodge" | "Ward"
                    ) || is_broadcaster_word(toks[end - 1].s))
            };
            // `Huntingdon Holdings plc`, `Norton co`: some styles write the legal form in lower
            // case.
            let plc = || matches!(t.s, "plc" | "inc" | "corp" | "co" | "ltd");
            // (`said analyst Ada Lund The dispute …`: an article before a lower-case word opens
            // a sentence whose period the text lost, and ends the name)
            let lost_stop = || {
                // (not `A`: `Class A shares`)
                matches!(t.s, "The" | "An")
                    && toks
                        .get(end + 1)
                        .is_some_and(|n| n.t == T::Word && n.s.as_bytes()[0].is_ascii_lowercase())
            };
            if (is_name_tok(t) && !lost_stop())
                || (t.is_cap() && after_name())
                || numbered()
                || plc()
                || calendar_given_name(toks, end, gaz, first_names)
                || month_given_name(toks, end, gaz, vocab)
            {
                end += 1;
                continue;
            }
            // (Asked once for the two tests below.)
            let particle = t.t == T::Word && is_particle(t.s);
            if particle && toks.get(end + 1).is_some_and(is_name_tok) {
                end += 2;
            } else if matches!(t.s, "'" | "’")
                && t.start() == toks[end - 1].end()
                && toks[end - 1].s.ends_with('s')
                && toks.get(end + 1).is_some_and(|n| {
                    n.t == T::Word
                        && n.is_cap()
                        && n.start() > t.end()
                        && words::is_org_word(n.base())
                })
            {
                // A plural's possessive inside a body's name: `Maritime Nurses’ Union`.
                end += 2;
            } else if particle
                && toks.get(end + 1).is_some_and(|p| is_particle(p.s))
                && toks.get(end + 2).is_some_and(is_name_tok)
            {
                // Two particles: `Anneke van der Berg`, `Lucía de la Cruz`.
                end += 3;
            } else if word_kinds::street_article(toks, start, end)
                && toks.get(end + 1).is_some_and(is_name_tok)
            {
                end += 2;
            } else {
                break;
            }
        }
        runs.push((start, end, initial));
        i = end;
    }
    merge_org_runs(toks, runs, gaz, first_names);
    // `Carla Benavides, Democrat of New Mexico, said`: a party's member `of` a place is a
    // description; the place is named on its own.
    for run in runs.iter_mut() {
        let (start, end, _) = *run;
        if end > start + 2
            && toks[start + 1].s == "of"
            && matches!(toks[start].s, "Democrat" | "Republican" | "Independent")
            && {
                let words: Vec<&str> = toks[start + 2..end].iter().map(|t| t.base()).collect();
                gaz.place_prefix(&words) == Some(words.len())
            }
        {
            *run = (start + 2, end, false);
        }
    }
    // (Sized for every run at once: grown step by step, its copies cost more than its pushes.)
    let mut out: Vec<Mention> = Vec::with_capacity(runs.len());
    let mut dateline_end = None;
    for &run in runs.iter() {
        let (start, end, initial) = run;
        // `WINDSOR, Ont. -- About 430 people …`: a dateline's place in capitals, before a dash,
        // is no body (nor anything `the company` may stand for).
        // (…nor the region after it: `FLIN FLON, MAN. —`)
        if start == 0 && is_dateline_head(toks, end) {
            dateline_end = toks.iter().position(|t| is_dash(t.s));
            continue;
        }
        if dateline_end.is_some_and(|d| start < d) {
            continue;
        }
        // `said Nobel Prize-winning economist Franco Modigliani`, `a New York-based fund`: the
        // words before a describing compound are its own, no name of a speaker.
        if toks.get(end).is_some_and(|t| {
            t.is_cap() && t.start() == toks[end - 1].end() + 1 && is_describing_compound(t.s)
        }) {
            continue;
        }
        // `the Terrorism Bill`, `the Prevention of Terrorism Bill`: a law's title names no one,
        // nor does a run that `of` or `to the` joins to it.
        if end > start + 1 && is_law_title(toks, start, end) {
            // (not a person's name: `proposed by Ada Lund to the Clean Air Act`)
            let joined = out.last().is_some_and(|m| {
                m.kind != MKind::Person
                    && (m.end + 1 == start && matches!(toks[m.end].s, "of" | "on" | "for")
                        || (m.end + 2 == start
                            && toks[m.end].s == "to"
                            && toks[m.end + 1].s == "the"))
            });
            if joined {
                out.pop();
            }
            continue;
        }
        if end == start + 1 {
            // A one-word run names what the same word named in the same place before.
            let w = toks[start].base();
            // `Company officials said`, `Bank executives`: a common noun opening the sentence
            // before the people it qualifies names no body.
            if initial
                && words::is_org_noun_any_case(w)
                && toks
                    .get(end)
                    .is_some_and(|t| t.t == T::Word && !t.is_cap() && is_plural_person_noun(t.s))
            {
                continue;
            }
            // `Questioned by reporters, Baker said`, `Led by Ada Lund, …`: a participle opening
            // the sentence before its agent names no one.
            if initial && w.ends_with("ed") && toks.get(end).is_some_and(|t| t.s == "by") {
                continue;
            }
            // `Will they treat …?`, `May we …`: a question's modal before its subject.
            if initial
                && matches!(w, "Will" | "May" | "Can")
                && toks.get(end).is_some_and(|t| {
                    matches!(
                        t.s,
                        "they" | "he" | "she" | "it" | "we" | "you" | "I" | "there"
                    )
                })
            {
                continue;
            }
            let after_the = after_the(toks, start);
            let (entry, place) = lone.slot(w, after_the, initial);
            let known = match entry.places[place] {
                Some(known) => known,
                None => {
                    let known =
                        classify_placed(w, after_the, initial, &mut entry.core, gaz, first_names);
                    entry.places[place] = Some(known);
                    known
                }
            };
            out.extend(known.map(|o| o.mention(&toks[start], start)));
            // `the Rakhine state`, `the Småland region`: a name before a division's noun in
            // lower case names the division, no body.
            if after_the
                && toks.get(end).is_some_and(|t| is_division_noun(t.s))
                && !words::is_org_word(w)
                && let Some(m) = out.last_mut().filter(|m| m.start == start)
                && m.kind == MKind::Org
            {
                m.kind = MKind::Place;
            }
        } else {
            classify(toks, run, gaz, first_names, vocab, ws, &mut out);
        }
        // `the film Vera Drake`, `her album Final Straw`: a work's title names no one (a place
        // or a body in it stays).
        // (The mention asked first: the word's test costs more.)
        if start > 0
            && out.last().is_some_and(|m| {
                m.start == start && matches!(m.kind, MKind::Person | MKind::Unknown)
            })
            && words::is_work_noun(toks[start - 1].s)
        {
            out.pop();
        }
    }
    share_surnames(toks, &mut out, first_names);
    for m in out.iter_mut() {
        if m.kind == MKind::Person {
            context_roles(toks, m);
            m.titled_speaker = is_titled_speaker(toks, m);
        } else if m.kind == MKind::Unknown {
            context::age_role(toks, m);
        }
    }
    out
}

/// `Ben and Abby Letourneau`: a given name alone before `and` and a person's name that opens
/// with another given name bears that name's surname too (`Ben Letourneau`).
fn share_surnames(toks: &[Tok<'_>], out: &mut [Mention], first_names: &FirstNames) {
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        if a.end == a.start + 1
            && a.name_start == a.start
            && b.start == a.end + 1
            && toks[a.end].s == "and"
            && b.kind == MKind::Person
            && b.name_start == b.start
            && matches!(a.kind, MKind::Person | MKind::Unknown)
            && let Some((given, surname)) = b.name.split_once(' ')
            && first_names.get(given).is_some()
            && first_names.get(&a.name).is_some()
        {
            let name = format!("{} {surname}", a.name);
            let a = &mut out[k - 1];
            a.gender = first_names.get(&a.name).flatten();
            a.name = name;
            a.kind = MKind::Person;
        }
    }
}

/// The run `start..end` (of two words or more) is a law's title: it ends in `Act` or `Bill`
/// and follows `the` or a word joining it to a name before (`of`, `on`, `for`, `to the`).
fn is_law_title(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    matches!(toks[end - 1].s, "Act" | "Bill" | "Acts" | "Bills")
        && start > 0
        && matches!(toks[start - 1].s, "the" | "The" | "of" | "on" | "for")
}

/// A division's noun that a place's name comes before (`the Småland region`, `Puebla state`).
pub(crate) fn is_division_noun(w: &str) -> bool {
    matches!(
        w,
        "region"
            | "province"
            | "district"
            | "state"
            | "county"
            | "prefecture"
            | "oblast"
            | "canton"
    )
}

/// The run opening at token `start` follows `the`.
fn after_the(toks: &[Tok<'_>], start: usize) -> bool {
    start > 0 && matches!(toks[start - 1].s, "the" | "The")
}

/// `Chief Na'moks said`, `said Elder Tashi`: a one-word name right after a title word (not a
/// demonym: `British Telecom`), next to a reporting verb.
fn is_titled_speaker(toks: &[Tok<'_>], m: &Mention) -> bool {
    let verb = |t: Option<&Tok<'_>>| t.is_some_and(|t| lexicon::is_reporting_verb_any_case(t.s));
    // (The title asked last: it costs more and fails less often.)
    m.name_start + 1 == m.end
        && m.name_start > m.start
        && (verb(toks.get(m.end)) || (m.start > 0 && verb(toks.get(m.start - 1))))
        && is_role(toks[m.name_start - 1].s)
}

/// Pushes onto `out` the mention of the run of tokens `start..end`, if it names anything (as
/// [`classify_one`] finds of one word); `ws` is a buffer for its words. (Built in place in `out`.)
// Inlined where the runs are read, its one call site: as a call it cost more, and whether the
// compiler inlined it moved with edits elsewhere.
#[inline(always)]
fn classify<'a>(
    toks: &[Tok<'a>],
    (start, end, initial): Run,
    gaz: &Gazetteer,
    first_names: &FirstNames,
    vocab: &Vocab<'_, '_>,
    ws: &mut Vec<&'a str>,
    out: &mut Vec<Mention>,
) {
    let run = &toks[start..end];
    let after_the = after_the(toks, start);
    // Only the last word drops a possessive; one inside is the name's own (`Albertson's Inc`).
    ws.clear();
    if let [words @ .., last] = run {
        ws.extend(words.iter().map(|t| t.s));
        ws.push(last.base());
    }
    // `Frank Bellwood MP said`: the letters stay in the mention's span, out of its name.
    if has_post_nominal(ws, first_names) {
        ws.pop();
    }
    let ws = &ws[..];
    // `MPs`, `Labour MPs`, `local GPs`: the plural of an acronym names a group, not anyone.
    if ws.last().is_some_and(|w| {
        w.strip_suffix('s')
            .is_some_and(|one| one.len() >= 2 && is_acronym(one))
    }) {
        return;
    }
    out.push(Mention {
        start,
        end,
        name_start: start,
        lead_place_end: start,
        kind: MKind::Unknown,
        // The whole run for a place or an organisation, the name proper for a person: set on
        // the way out.
        name: String::new(),
        gender: None,
        titled_gender: false,
        roles: Vec::new(),
        possessive: run.last().is_some_and(|t| t.is_possessive()),
        quoted: run[0].quoted,
        person: None,
        role_only: false,
        titled_speaker: false,
    });
    let m = out.last_mut().expect("a mention was just pushed");
    // `Georgia Lindqvist-Maduro, who farms …`, `…, 45,`, `…, an engineer`: described as a
    // person right after; or named as one (`said Sydney Okafor`, `her spokeswoman, Victoria
    // Szabo`).
    // (Asked only of a place's name opening the run: rare.)
    let person_follows = || {
        toks.get(end).is_some_and(|t| t.s == ",")
            && toks.get(end + 1).is_some_and(|t| {
                matches!(t.s, "who" | "whose" | "a" | "an" | "the" | "his" | "her")
            })
            || placed::aged(toks, end)
            || named_as_person(toks, start)
    };
    // Places, regions named with a direction (`South Shore`, `Lower Mainland`), buildings and
    // features (`Clayton Heights`, `Volgograd Arena`).
    // (`King Street East`: a street's word may come before a direction)
    // (`Mount Merapi`, `Rue Saint-Denis`, `River Kennet`: a feature's or street's word may
    // open it; not
    // `County`, which opens bodies' names too: `County NatWest`, `County Council`)
    let feature_head = ws.len() >= 2
        && (words::is_feature_word(ws[ws.len() - 1])
            || words::opens_feature(ws[0], ws[1]) && ws[0] != "County"
            || ws.len() >= 3
                && words::is_direction(ws[ws.len() - 1])
                && words::is_street_word(ws[ws.len() - 2]));
    // (`said Stuart Hall`: a person's name, whose surname is a feature's or a body's word)
    let person_named = feature_head
        && titles::given_name_named_as_person(toks, (start, end), ws, gaz, first_names, vocab);
    // (`Hye-jin Park, an associate professor, said`: a name described as a person's)
    // (…or named as one after a person noun and a comma: `The investment minister, Bambang
    // Kusumo,`)
    let described = ws.len() == 2
        && (placed::described_as_person(toks, end)
            || start >= 2
                && toks[start - 1].s == ","
                && toks.get(end).is_some_and(|t| t.s == ",")
                && placed::named_as_person(toks, start)
            // (`chief financial officer Ngozi Adebayo`: a person noun in lower case before it,
            // not one that is also an adjective: `the official Peking Review`, `conservative
            // Ontario Proud`)
            || start >= 1
                && toks[start - 1].t == T::Word
                && !toks[start - 1].is_cap()
                && words::is_person_noun(toks[start - 1].s)
                && !["al", "ive", "ic"].iter().any(|e| toks[start - 1].s.ends_with(e)));
    // (`Dr. Amara Park`, `Mr. Park`: a person's honorific opens a person's name, whatever
    // closes it)
    let personal_honorific = || {
        ws.len() >= 2
            && lexicon::honorific(ws[0]).is_some_and(|(h, _)| {
                matches!(
                    h,
                    "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr" | "Prof" | "Professor"
                )
            })
    };
    // (`Hye-jin Park`: a given name of hyphened syllables opens a person's name)
    let hyphened_given = || ws.len() == 2 && super::people::is_hyphened_given_name(ws[0]);
    // (`near Lake Titicaca, who …`: a feature's head opening the run, no given name, is no
    // person's name whoever the clause after it describes)
    let feature_first = || words::opens_feature(ws[0], ws[1]) && first_names.get(ws[0]).is_none();
    let feature = feature_head
        && !person_named
        && (!described || feature_first())
        && !personal_honorific()
        && !hyphened_given()
        && !ws.iter().any(|w| words::names_a_body(w))
        // (a particle is a person's, `Anneke van der Berg`, but for a French street's or
        // station's: `Rue de Rivoli`, `Gare du Nord`)
        && (words::opens_name_with_particles(ws[0]) || !ws.iter().any(|w| is_particle(w)));
    // `South Shore`, `Lower Mainland`; not `Rural Broadband Forum`, `Western Union`, nor a
    // title's run (`West German Finance Minister Gerhard Stoltenberg`).
    let region = ws.len() >= 2
        && words::is_direction(ws[0])
        && !ws.iter().any(|w| words::is_org_word(w))
        && !ws[1..].iter().any(|w| is_role(w));
    // The place opening the run, asked by both `is_place_run` and `strip_titles`: once here.
    let lead = gaz.place_prefix(ws);
    if (is_place_run(ws, lead, gaz) && !titles::given_name_and_city(ws, lead, gaz, first_names))
        || region
    {
        return whole_run(m, ws, MKind::Place);
    }
    // `Computer Terminal said`: a building or a feature that speaks is the body of that name.
    if feature {
        let speaks = speaks_as_subject(toks, start, end);
        return whole_run(m, ws, if speaks { MKind::Org } else { MKind::Place });
    }
    // (`Jordan Keeper, a spokesperson for …`: plainly a person's, as the run's words alone
    // may not say)
    let plainly_person = || plainly_persons(toks, start, end);
    let person = (
        &person_follows as &dyn Fn() -> bool,
        &plainly_person as &dyn Fn() -> bool,
    );
    let mut name_from = strip_titles(ws, lead, gaz, first_names, vocab, person, m);
    // `head coach Dean Marchuk`: after someone's role in lower case, a title that is also a
    // given name opens a full name of two words, not a second title.
    if name_from == 1
        && ws.len() == 2
        && m.roles.len() == 1
        && start > 0
        && !toks[start - 1].is_cap()
        && first_names.get(ws[0]).is_some()
        && lexicon::honorific(ws[0]).is_some()
        && lexicon::with_lower(toks[start - 1].s, |w| {
            words::is_person_noun(w) || words::is_role_word(w)
        })
    {
        name_from = 0;
        m.roles.clear();
    }
    // `City of Surrey`: what follows a title and `of` is no person's name; nor is a whole
    // place's name after `of` (`Bank of Nova Scotia`, whose `Nova` is also a given name).
    let place_after_of = || {
        name_from >= 2
            && is_org_joiner(ws[name_from - 1])
            && gaz.place_prefix(&ws[name_from..]) == Some(ws.len() - name_from)
    };
    if ws
        .get(name_from)
        .is_some_and(|w| is_org_joiner(w) && !is_particle(w))
        || place_after_of()
    {
        name_from = 0;
        m.roles.clear();
    }
    // `Rania Haddad, a professor …`: a town's name before one word, the run described as a
    // person's, is a given name the list lacks.
    // (`Jordan Henderson said`, `Austin Leota told`: a known given name that is also a place's
    // before one more word, the two the subject of a reporting verb; not a body's name whose
    // word names bodies, is plural or is one the article writes in lower case too: `Dallas
    // Stars said`, `Georgia Power said … low-power`)
    // (or filling the appositive pair before the verb: `Norway's top board, Jordan Haugland,
    // said`)
    let verb_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.t == T::Word && lexicon::is_reporting_verb_any_case(t.s))
    };
    let speaking_given_name = || {
        matches!(first_names.get(ws[0]), Some(Some(_)))
            && (verb_at(end)
                || start > 0
                    && toks[start - 1].s == ","
                    && toks.get(end).is_some_and(|t| t.s == ",")
                    && verb_at(end + 1))
            && !words::is_org_word(ws[1])
            && !ws[1].ends_with('s')
            && !vocab.writes_lower_anywhere(ws[1])
    };
    // `Then Jericho Dimaculangan decided he was done …` before `Dimaculangan said`: a town's
    // name before a word the article uses alone, as a surname is, that names nothing else (no
    // body's word, no plural, no place, no word it writes in lower case), the two taken up as a
    // person's in their sentence ([`taken_up_as_person`]), is a given name the list lacks (not
    // `Manchester United … it`).
    let town_before_lone_surname = || {
        // (not a body's before its person's role: `Manchester United manager Sir Alex …`)
        !toks
            .get(end)
            .is_some_and(|t| is_role(t.s) || words::is_person_noun_any_case(t.s))
            && taken_up_as_person(toks, end, 12)
            && !words::is_org_word(ws[1])
            && !ws[1].ends_with('s')
            && gaz.is_city(ws[0])
            && first_names.get(ws[1]).is_none()
            && gaz.place_prefix(&ws[1..]).is_none()
            && !vocab.writes_lower_anywhere(ws[1])
            && vocab.is_lone(ws[1])
    };
    if name_from == 1
        && m.roles.is_empty()
        && m.lead_place_end == start + 1
        // (not `Wright, a Texas Democrat, who …`: a description)
        && !is_demonym(ws[1], gaz, first_names)
        && !words::is_person_noun_any_case(ws[1])
        && !is_role(ws[1])
        && (described && !gaz.is_country(&ws[..1])
            || ws.len() == 2 && (speaking_given_name() || town_before_lone_surname()))
    {
        name_from = 0;
        m.lead_place_end = start;
    }
    let name_words = &ws[name_from..];
    // `the Kentucky Republican`, `the Russians`, `U.S. Officials`, `Republican Congressmen`: a
    // description, not a name.
    // (Not in a body's name: `the Council of Scottish Colonels`.)
    // (A run of one such word is none either, as in [`lone::classify_one`].)
    let placed_plural = |w: &str| {
        (m.lead_place_end > start
            || ws.len() == 1
            || (name_from > 0 && !ws[..name_from].iter().any(|w| is_org_joiner(w))))
            && is_plural_person_noun(w)
            || (ws.len() == 1 && is_stray_capital(w))
    };
    // (After an honorific it is a surname: `Mr Irish`.)
    if let [w] = name_words
        && (is_demonym(w, gaz, first_names) || placed_plural(w))
        && !ws[..name_from]
            .iter()
            .any(|t| lexicon::honorific(t).is_some())
    {
        out.pop();
        return;
    }
    // `the Tories and Lib Dems`: a party's word before its plural names the party whole.
    if let [demonym, w] = ws
        && name_from == 1
        && w.strip_suffix('s').is_some_and(words::is_listed_demonym)
        && words::is_listed_demonym(demonym)
    {
        m.roles.clear();
        return whole_run(m, ws, MKind::Org);
    }
    // `Canadian Tire said`, `British Gas said`: a demonym before one word that is no given
    // name, no title and no surname the article uses alone (`Swiss Federer … Federer said`),
    // the subject of a reporting verb, names a body whole.
    if let [demonym, w] = ws
        && name_from == 1
        && !is_acronym(w)
        && speaks_as_subject(toks, start, end)
        && is_demonym(demonym, gaz, first_names)
        && first_names.get(w).is_none()
        && !is_role(w)
        && !vocab.is_lone(w)
    {
        // (its name proper past the demonym, as a title's: see `orgs::placed_short_forms`)
        m.name_start = start + 1;
        m.roles.clear();
        return whole_run(m, ws, MKind::Org);
    }
    // `Covington Catholic`, `Toronto Police`: a name ending in a demonym or role is no person's.
    let last = name_words[name_words.len() - 1];
    // `Bill C-74`, `Chapter 11`, `Boeing 737`: a name holding a number is a thing's, or an
    // organisation's when it says so (`UFCW Local 832`), a broadcaster's among them (`Radio 1`,
    // `Channel 4`), a union's local or a lodge among them (`Teamsters Local 419`).
    if name_words.len() >= 2 && name_words.iter().any(|w| has_digit(w)) {
        if name_words
            .iter()
            .any(|w| is_acronym(w) || words::is_org_word(w) || is_broadcaster_word(w))
            || name_words
                .windows(2)
                .any(|p| matches!(p[0], "Local" | "Lodge") && has_digit(p[1]))
        {
            return whole_run(m, ws, MKind::Org);
        }
        out.pop();
        return;
    }
    // `World Cup`, `Birmingham Grand Prix`: an event's name is no one's (a place in it stays).
    // One named for a body stays the body's (`Norwich Union Grand Prix`, `MTV Europe Awards`).
    if name_words.len() >= 2
        && words::is_event_word(last)
        && !name_words
            .iter()
            .any(|w| is_acronym(w) || words::is_org_word(w))
    {
        out.pop();
        return;
    }
    // (`predicts Oliver Irish`: a given name before a demonym, named as a person's)
    let given_then_demonym = || {
        name_words.len() == 2
            && !words::is_role_word(last)
            && titles::given_name_named_as_person(toks, (start, end), ws, gaz, first_names, vocab)
    };
    if name_words.len() >= 2
        && (is_demonym(last, gaz, first_names) || words::is_role_word(last))
        && !titled_surname(name_words, &ws[..name_from], gaz, first_names)
        && !given_then_demonym()
    {
        return whole_run(m, ws, MKind::Org);
    }
    // `Christopher House`, `Stuart Hall`: a given name and a surname that is also an
    // organisation word, which the article then uses alone (`House said`).
    let surname_like_org = name_words.len() == 2
        && !after_the
        && matches!(
            name_words[1],
            "House" | "Hall" | "Post" | "Press" | "Banks" | "Mills"
        )
        && !(start > 0 && toks[start - 1].s == "of")
        && first_names.get(name_words[0]).is_some()
        && gaz.place_prefix(&name_words[..1]).is_none()
        && !is_acronym(name_words[1])
        && vocab.is_lone(name_words[1]);
    let org_in_name = !surname_like_org
        && !person_named
        && name_words
            .iter()
            .any(|w| words::is_org_word(w) || is_brand_word(w));
    // (A portfolio or a body before a minister's title names the minister's, not a body:
    // `Mines and Energy Minister Subroto`, `World Bank President Wolfowitz`.)
    let org_in_title = ws[..name_from].iter().enumerate().any(|(i, w)| {
        words::is_org_word(w)
            && !ws
                .get(i + 1)
                .is_some_and(|t| lexicon::honorific(t).is_some() && !is_acronym(t))
    });
    // `Niagara County District Attorney Caroline Wojtaszek` is a person; `the Pentagon`,
    // `Toronto Star`, `Bank of Canada` are not.
    // A name joined by `of`/`for` (`City of Surrey`) is an organisation's.
    let joined = name_words
        .iter()
        .any(|w| is_org_joiner(w) && !is_particle(w));
    let placed_body = || {
        placed::names_a_body(
            toks,
            (start, end),
            ws,
            name_from,
            m,
            (gaz, first_names, vocab),
        )
    };
    if org_in_name
        || joined
        || placed_body()
        || (name_from == 0
            && placed::names_a_national_body(toks, end, ws, (gaz, first_names)))
        || (org_in_title && name_words.len() < 2)
        || (after_the
            && name_from == 0
            && lexicon::honorific(ws[0]).is_none()
            && (name_words.len() < 2 || first_names.get(name_words[0]).is_none()))
        // `the National Volcano Watch`: after `the`, words read as demonyms but no title (nor a
        // place: `the United States Hamdullah Mohib`) before a body's name with no given name.
        || (after_the
            && name_from > 0
            && name_words.len() >= 2
            && ws[..name_from]
                .iter()
                .all(|w| !is_role(w) && is_demonym(w, gaz, first_names))
            && first_names.get(name_words[0]).is_none()
            // …that names a body (`Consortium`, `Watch`), not a runner whose given name the
            // list lacks (`the Kenyan Eliud Kipruto`).
            && name_words
                .iter()
                .any(|w| words::is_org_word(w) || is_brand_word(w)))
    {
        return whole_run(m, ws, MKind::Org);
    }
    // `Officials have said …`, `Reports say …`: a common noun capitalised because it opens
    // the sentence. (Asked before the name is built, to build none for it.)
    if ws.len() == 1 && initial && (is_common_noun(ws[0]) || is_plural_document(ws[0])) {
        out.pop();
        return;
    }
    m.name_start = start + name_from;
    m.name = words::join_words(name_words);
    m.titled_gender = m.gender.is_some();
    // (One word after a title is a surname, whatever given name it may also be: `President
    // Reagan`.)
    // (nor is the first of two words before a hyphened given name, `Kim Hye-jin`: a surname)
    if m.gender.is_none()
        && !(name_from > 0 && name_words.len() == 1)
        && !(name_words.len() == 2 && super::people::is_hyphened_given_name(name_words[1]))
    {
        m.gender = first_names.get_or_compound(name_words[0]).flatten();
    }
    m.role_only = name_words.len() == 1 && is_role(name_words[0]);
    let titled = name_from > 0 && !m.roles.is_empty();
    // (`L.M. Ericsson`, `E.F. Hutton`: initials may name a founder's company; after a title
    // or a person noun, `Chairman A.W. Clausen`, `chairman J.S. Simon`, or named or described
    // as a person, `said D.J. Kaminski, a lawyer`, or given an age, `A.J. Whitcombe, 70,`,
    // they are a person's.)
    let initials = || {
        is_dotted_initials(name_words[0])
            && (titled
                || (start > 0 && lexicon::with_lower(toks[start - 1].s, words::is_person_noun))
                || plainly_persons(toks, start, end)
                || placed::aged(toks, end))
    };
    // (`In Port Hope, Cyril Pardy said`: a sentence's opening `In` and a comma set a place
    // the gazetteer may not know)
    let opening_place =
        || start > 0 && toks[start - 1].s == "In" && toks.get(end).is_some_and(|t| t.s == ",");
    m.kind = if is_acronym(name_words[0]) && name_words.len() <= 3 && !initials() {
        MKind::Org
    } else if (name_words.len() >= 2 || titled) && !m.role_only && (titled || !opening_place()) {
        MKind::Person
    } else {
        MKind::Unknown
    };
}

/// `skier`, `bassoonist`, `concertmaster`: a word of five letters or more shaped like a noun of
/// one who does something.
fn is_agent_noun(lower: &str) -> bool {
    lower.len() >= 5
        && lower.bytes().all(|b| b.is_ascii_lowercase())
        && ["er", "ist", "or", "ian"]
            .iter()
            .any(|s| lower.ends_with(s))
}

/// Whether the name after the word at `i` is two words that close it (`Skier Kaitlyn Frost
/// said`; not `Dinner Bell Foods Inc`, `Underwriter Merrill Lynch and Co`).
fn two_word_name_after(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i + 3)
        .is_none_or(|t| !(t.is_cap() || matches!(t.s, "and" | "&" | "of")))
}

/// Initials written with their periods (`A.W.`, `J.`): letters each followed by a period.
pub(crate) fn is_dotted_initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2
        && b.len().is_multiple_of(2)
        && b.chunks(2)
            .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// Makes `m` a place's or an organisation's mention, named by its whole run `ws`.
fn whole_run(m: &mut Mention, ws: &[&str], kind: MKind) {
    m.kind = kind;
    m.name = words::join_words(ws);
}

/// Every word is part of a gazetteer place or a direction (`Northern Ontario`, `United States`).
fn is_place_run(ws: &[&str], lead: Option<usize>, gaz: &Gazetteer) -> bool {
    let mut k = 0;
    // Places and directions before them (`Northern Ontario`); a place found at least once.
    let mut place = false;
    while k < ws.len() {
        // (a place whose name opens with a direction first: `West Bank`, `South Africa`)
        if let Some(len) = gaz.place_prefix_at(ws, k, lead) {
            k += len;
            place = true;
        } else if words::is_direction(ws[k]) {
            k += 1;
        } else {
            return false;
        }
    }
    place
}

#[cfg(test)]
mod tests;
