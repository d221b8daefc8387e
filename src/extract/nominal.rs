//! Noun phrases that stand for a speaker without naming one: `the mayor`, `the lanky,
//! bespectacled professor`, `the company`, `her statement`, `Canadian officials`.

use super::names::Mention;
use super::speakers::Para;
use super::tokens::{T, Tok};
use super::words;

/// How a noun phrase is determined.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Det {
    /// `the`, `this`, `that`: refers back to someone the article named.
    Definite,
    /// `a`, `an`, `some`: someone unnamed.
    Indefinite,
    /// `his`, `her`, `their`, `its`, with the pronoun's token index.
    Pronoun(&'static str, usize),
    /// `Trudeau’s office`: the possessive mention's index.
    Owner(usize),
    /// No determiner (`officials said`, `Surrey staff said`).
    Bare,
}

/// What the head noun names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A person by role (`mayor`, `defenceman`).
    Person,
    /// An organisation (`company`, `agency`).
    Org,
    /// A document that speaks for its author (`statement`, `release`).
    Document,
}

/// A noun phrase standing for a speaker.
#[derive(Debug, Clone)]
pub(crate) struct Nominal {
    pub det: Det,
    /// The head noun, lower case and singular.
    pub head: String,
    pub class: Class,
    /// The phrase without its determiner, as written (`Canadian government`).
    pub text: String,
    /// The phrase holds a capitalised word (`Nova Scotia judge`): it names its speaker well
    /// enough to stand as one.
    pub has_cap: bool,
    /// The head itself is capitalised mid-sentence (`the Kentucky Republican`): an affiliation
    /// that describes whoever is in view rather than a role someone else may hold. Singular.
    pub proper_head: bool,
    /// The first token after the determiner (for [`Det::Owner`], the owner's first token).
    pub start: usize,
    /// The token after the head.
    pub end: usize,
    /// The head is plural (`the analysts`, `the people`, `the firms`): a group, not one person
    /// or organisation named before.
    pub plural: bool,
}

const DOCUMENTS: &[&str] = &[
    "statement",
    "memo",
    "letter",
    "email",
    "tweet",
    "post",
    "report",
    "filing",
    "notice",
    "decision",
    "ruling",
];

/// True for a noun naming a document (`report`, `statement`), lower case and singular.
pub(super) fn is_document(word: &str) -> bool {
    DOCUMENTS.contains(&word)
}

/// A noun for one person (`worker`, `retiree`; not `workers`).
pub(crate) fn is_one_person(word: &str) -> bool {
    class_of(word).is_some_and(|(head, class)| {
        class == Class::Person
            && word.eq_ignore_ascii_case(&head)
            && !matches!(word, "people" | "staff")
    })
}

/// The class of a head noun, trying its singular too (`officials` → `official`).
fn class_of(word: &str) -> Option<(String, Class)> {
    // `the ex-Wallaby`: a former member is a person.
    if is_former_member(word) {
        return Some((word.to_lowercase(), Class::Person));
    }
    // `The German said`, `the Scot`: someone described by nationality.
    if is_person_demonym(word) {
        return Some((word.to_lowercase(), Class::Person));
    }
    // Asked of many words, most of them no head: lowered on the stack, and only the head
    // found is copied to the heap.
    crate::lexicon::with_lower(word, class_of_lower)
}

/// Nouns for one person of a nation that are no place's adjective (`the Scot`, `the Swede`).
const NATIONALS: &[&str] = &[
    "Scot",
    "Briton",
    "Brit",
    "Swede",
    "Dane",
    "Finn",
    "Pole",
    "Turk",
    "Spaniard",
    "Scotsman",
    "Welshman",
    "Englishman",
    "Irishman",
    "Frenchman",
    "Dutchman",
    "Kiwi",
    "Aussie",
];

/// A capitalised demonym that names one person (`German`, `Scot`, `Briton`), not a people
/// with no singular (`Chinese`, `British`, `French`, `Swiss`).
pub(crate) fn is_person_demonym(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && (NATIONALS.contains(&word)
            || !["ese", "ish", "ch", "ss", "sh"]
                .iter()
                .any(|e| word.ends_with(e) && word != "Czech")
                && super::places::Gazetteer::bundled().is_demonym_form(word))
}

/// `ex-Wallaby`, `ex-Chelsea`: a former member of something named.
fn is_former_member(word: &str) -> bool {
    word.strip_prefix("ex-")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// [`class_of`] of a word already in lower case.
fn class_of_lower(lower: &str) -> Option<(String, Class)> {
    // (none for a word with no plural ending: it is its own singular, asked once)
    let singular: Option<std::borrow::Cow<'_, str>> = match lower.strip_suffix("ies") {
        Some(b) => Some(format!("{b}y").into()),
        // (`congressmen`, `policewomen`)
        None => match lower.strip_suffix("men") {
            Some(b) if !b.is_empty() => Some(format!("{b}man").into()),
            _ => lower.strip_suffix('s').map(Into::into),
        },
    };
    for w in std::iter::once(lower).chain(singular.as_deref()) {
        if DOCUMENTS.contains(&w) {
            return Some((w.to_owned(), Class::Document));
        }
        if words::is_person_noun(w) || w == "staff" || w == "people" {
            return Some((w.to_owned(), Class::Person));
        }
        if words::is_org_noun(w) {
            return Some((w.to_owned(), Class::Org));
        }
    }
    None
}

/// Heads of a person who speaks for others and is seldom named (`the spokesman said`, `the
/// official said`): such a description is someone named with that role, never just whoever
/// the article quoted last.
pub(crate) fn is_spokes_head(head: &str) -> bool {
    matches!(
        head,
        "spokesman" | "spokeswoman" | "spokesperson" | "official" | "source" | "aide" | "insider"
    )
}

/// Whether `word` names a person, a body or a writing (`spokesman`, `unit`, `report`,
/// `officials`).
pub(crate) fn names_someone(word: &str) -> bool {
    class_of(word).is_some()
}

/// Whether `word` names a person by role (`Republican`, `defenceman`, `mayors`).
pub(crate) fn is_person_head(word: &str) -> bool {
    matches!(class_of(word), Some((_, Class::Person)))
}

fn determiner(t: &Tok<'_>) -> Option<Det> {
    match t.s {
        "the" | "The" | "this" | "This" | "that" | "That" => Some(Det::Definite),
        "a" | "an" | "A" | "An" | "one" | "One" | "another" | "Another" | "some" | "Some"
        | "many" | "Many" | "several" | "Several" | "other" | "Other" | "both" | "Both" | "all"
        | "All" | "most" | "Most" | "few" | "Few" | "any" | "Any" | "no" | "No" | "two" | "Two"
        | "three" | "Three" | "those" | "Those" | "these" | "These" | "such" | "Such" => {
            Some(Det::Indefinite)
        }
        _ => None,
    }
}

pub(crate) fn possessive_pronoun(s: &str) -> Option<&'static str> {
    match s {
        "his" | "His" => Some("he"),
        "her" | "Her" => Some("she"),
        "their" | "Their" => Some("they"),
        "its" | "Its" => Some("it"),
        _ => None,
    }
}

/// A modifier inside a noun phrase: an adjective, a noun, a proper adjective, `26-year-old`.
fn is_modifier(t: &Tok<'_>) -> bool {
    t.t == T::Word
        && !t.quoted
        && !t.s.contains(['’', '\''])
        && !matches!(
            t.s,
            "and"
                | "or"
                | "but"
                | "of"
                | "for"
                | "in"
                | "on"
                | "at"
                | "to"
                | "with"
                | "by"
                | "from"
                | "who"
                | "which"
                | "that"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
        )
        // `Last month Dutch traders`
        && !crate::lexicon::with_lower(t.s, |w| TIME_NOUNS.contains(&w))
}

/// [`is_modifier`] at token `k` of a paragraph: a conjunction or pronoun also ends the phrase
/// (`Linux although critics`, `But Western experts`), unless it is inside a name
/// (`Reporters Without Borders`).
fn modifies(para: &Para<'_>, k: usize) -> bool {
    let t = &para.toks[k];
    is_modifier(t)
        && (!crate::lexicon::is_function_word_any_case(t.s)
            || para
                .mention_over(k)
                .is_some_and(|m| para.mentions[m].start < k)
            // (a degree word before a word that modifies: `its most recent quarterly filing`,
            // `the most senior official`)
            || matches!(t.s, "most" | "very")
                && para.toks.get(k + 1).is_some_and(|n| {
                    is_modifier(n) && !crate::lexicon::is_function_word_any_case(n.s)
                }))
}

/// Nouns of time that open a clause rather than modify a noun (`Last week Grammy producers`).
const TIME_NOUNS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "day",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// The phrase of tokens `from..=head`, its head word `head` of class `class` (from
/// [`class_of`], asked once by the caller).
fn build(
    para: &Para<'_>,
    from: usize,
    head: usize,
    (head_word, class): (String, Class),
    det: Det,
) -> Option<Nominal> {
    // (A nationality names someone only after `the`: `the German said`; not `American said`,
    // `Indonesian demands`.)
    let national = is_person_demonym(para.toks[head].s);
    if national && det != Det::Definite {
        return None;
    }
    let toks = &para.toks[from..=head];
    let text = join(toks);
    // A capital opening the sentence says nothing (`Officials said`).
    // Sentences and mentions are disjoint and in text order: binary searches find them.
    let initial = |k: usize| {
        k == 0
            || para.sentences[para.sentences.partition_point(|s| s.start < k)..]
                .first()
                .is_some_and(|s| s.start == k)
            || matches!(para.toks[k - 1].t, T::Open)
    };
    let plural = !para.toks[head].s.eq_ignore_ascii_case(&head_word)
        || (class == Class::Person && matches!(head_word.as_str(), "people" | "staff"));
    // (A group's capitalised head alone names no one: `… the dollar Analysts said`, where the
    // text lost a sentence's end; but a party's does: `the Conservatives said`.)
    let group = class == Class::Person && plural && {
        let w = para.toks[head].s;
        !words::is_listed_demonym(w.strip_suffix('s').unwrap_or(w))
    };
    // (`the Crown corporation`, `the Federal government`: a word for the state before a head
    // in lower case names no one, capitalised or not)
    let has_cap = toks.iter().enumerate().any(|(i, t)| {
        t.is_cap()
            && (!initial(from + i) || para.mention_over(from + i).is_some())
            && !((group || national) && from + i == head)
            // (nor a describing compound, `the Ballymena-born actor`, or a nationality or a
            // party describing a group of people: `Japanese officials said`, `Labour MPs
            // said`: unnamed groups speak for no one named. A single one keeps the phrase,
            // which the pronouns after it follow: `the Chinese journalist added`.)
            && !(class == Class::Person
                && from + i < head
                && (super::names::is_describing_compound(t.s)
                    || plural && super::places::Gazetteer::bundled().is_demonym_word(t.s)))
            && !(from + i < head
                && class != Class::Person
                && !para.toks[head].is_cap()
                && matches!(t.s, "Crown" | "Federal" | "Provincial" | "Municipal"))
    });
    let proper_head = (para.toks[head].is_cap() && !initial(head)
        || is_former_member(para.toks[head].s))
        && para.toks[head].s.eq_ignore_ascii_case(&head_word);
    Some(Nominal {
        det,
        head: head_word,
        class,
        text,
        has_cap,
        proper_head,
        plural,
        start: from,
        end: head + 1,
    })
}

fn join(toks: &[Tok<'_>]) -> String {
    // Sized once: the words and a space between each.
    let mut out = String::with_capacity(toks.iter().map(|t| t.s.len() + 1).sum());
    for t in toks {
        if !out.is_empty() && t.s != "," {
            out.push(' ');
        }
        out.push_str(t.s);
    }
    out
}

/// A definite phrase that follows a comma as its clause's subject: `Acme Corp will …, the
/// company said`, `Acme Corp swung to a profit, but the company warned` (not `officials of
/// the company said`).
pub(crate) fn after_comma(para: &Para<'_>, n: &Nominal) -> bool {
    let toks = &para.toks;
    n.det == Det::Definite
        && n.start >= 2
        && (toks[n.start - 2].s == ","
            || n.start >= 3
                && toks[n.start - 3].s == ","
                && matches!(
                    toks[n.start - 2].s,
                    "but" | "and" | "while" | "although" | "though"
                ))
}

/// The noun phrase whose head is token `j`, read backwards from it (never before `start`).
pub(crate) fn ending_at(
    para: &Para<'_>,
    mentions: &[Mention],
    j: usize,
    start: usize,
) -> Option<Nominal> {
    let toks = &para.toks;
    let head = class_of(toks[j].s)?;
    // `the British economy, analysts said`: a comma before a plural head, or right before the
    // head, closes a clause rather than a list of modifiers.
    let plural_head = !toks[j].s.eq_ignore_ascii_case(&head.0);
    let mut k = j;
    while k > start && j - k < 8 {
        let t = &toks[k - 1];
        if let Some(det) = determiner(t) {
            return build(para, k, j, head, det);
        }
        if let Some(p) = possessive_pronoun(t.s) {
            return build(para, k, j, head, Det::Pronoun(p, k - 1));
        }
        if t.is_possessive() {
            // (mentions are disjoint and in text order: one at most ends at `k`)
            let m = mentions.partition_point(|m| m.end < k);
            // (no date owns a phrase: `last October's OECD report`)
            if !mentions
                .get(m)
                .is_some_and(|m| m.end == k && !m.quoted && !crate::lexicon::is_calendar(t.base()))
            {
                break;
            }
            // `Trudeau’s office`: the phrase keeps its owner.
            return build(para, mentions[m].start, j, head, Det::Owner(m));
        }
        // `lanky, bespectacled professor`: a comma between two modifiers.
        let comma_between = t.s == ","
            && !plural_head
            && k < j
            && k >= 2
            && modifies(para, k - 2)
            && !toks[k - 2].is_cap()
            && !toks[k].is_cap();
        if !(modifies(para, k - 1) || comma_between) {
            // `a Department for Education and Skills source`: a name the phrase opens inside
            // is read whole.
            let inside = mentions.partition_point(|m| m.end <= k);
            match mentions.get(inside) {
                Some(m) if m.start < k && m.start >= start && k < m.end && !m.quoted => {
                    k = m.start;
                    continue;
                }
                _ => break,
            }
        }
        k -= 1;
    }
    build(para, k, j, head, Det::Bare)
}

/// The noun phrase starting at token `k` (`said the lanky, bespectacled professor`).
pub(crate) fn starting_at(para: &Para<'_>, k: usize, end: usize) -> Option<Nominal> {
    let toks = &para.toks;
    let first = toks.get(k)?;
    let (det, from) = if let Some(d) = determiner(first) {
        (d, k + 1)
    } else if let Some(p) = possessive_pronoun(first.s) {
        (Det::Pronoun(p, k), k + 1)
    } else {
        (Det::Bare, k)
    };
    // The last head word met, with its class.
    let mut head = None;
    let mut i = from;
    while i < end.min(from + 8) {
        let t = &toks[i];
        if modifies(para, i) {
            if let Some(class) = class_of(t.s) {
                head = Some((i, class));
            }
            i += 1;
        } else if t.s == "," && head.is_none() && i + 1 < toks.len() && modifies(para, i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    let (head, class) = head?;
    build(para, from, head, class, det)
}

/// A definite description opening the sentence at `start` as its subject, before token `v`:
/// `The diocese issued a statement, saying …` (its head followed by a verb, not `The diocese
/// of …`).
pub(crate) fn opening_subject(para: &Para<'_>, start: usize, v: usize) -> Option<Nominal> {
    let n = starting_at(para, start, v)?;
    let verb_next = para.toks.get(n.end).is_some_and(|t| {
        t.t == T::Word
            && !t.quoted
            && t.s.starts_with(|c: char| c.is_ascii_lowercase())
            && !crate::lexicon::is_function_word_any_case(t.s)
    });
    (n.det == Det::Definite && n.class != Class::Document && !n.plural && verb_next).then_some(n)
}

/// A definite description opening the clause at `from` and closed by a comma, with an
/// appositive or relative clause running to the comma at `j` before the verb: `The company,
/// controlled by X, said`, `The Birmingham-based firm, which makes …, said`. Not an
/// anonymous source (`the official, who asked not to be named`), nor a description naming a
/// place rather than the organisation (`The Swedish firm, …`); a capitalised head is one
/// (`the Kansas Republican, a likely candidate, said`).
pub(crate) fn described_subject(para: &Para<'_>, from: usize, j: usize) -> Option<Nominal> {
    let n = starting_at(para, from, j)?;
    let anonymous = matches!(
        n.head.as_str(),
        "official" | "spokesman" | "spokeswoman" | "spokesperson" | "source" | "aide"
    );
    (n.det == Det::Definite
        && n.class != Class::Document
        && !n.plural
        // (a capitalised phrase is a body's name, but for a capitalised head, `the Kansas
        // Republican`, or a person's: `The Belfast-born actor, who …, said`)
        && (!n.has_cap || n.proper_head || n.class == Class::Person)
        && !anonymous
        && n.end < j
        && para.toks[n.end].s == ","
        && !para.toks[n.end + 1..j].iter().any(|t| t.quoted))
    .then_some(n)
}

/// The name an organisation's description gives it: from its first word that opens with a
/// capital, past an owner (`the official Xinhua news agency`, `North Korea's state-run KCNA
/// news agency` → `Xinhua news agency`, `KCNA news agency`), without a unit's head after a
/// name after its owner (`Coca-Cola Co's Media Sector Inc unit` → `Media Sector Inc`). Empty
/// when no word
/// opens with a capital, or when a phrase with no article hangs on a noun before it (`the
/// minister of India's Andhra Pradesh state said`: the minister speaks).
pub(crate) fn org_name<'n>(para: &Para<'_>, n: &'n Nominal) -> std::borrow::Cow<'n, str> {
    let name = org_name_in_text(para, n);
    // `FPL Group Inc's Florida Power and Light Co unit`: a company's name holding `and` reads
    // back past it to the owner's `'s` (the phrase stops at `and`).
    let toks = &para.toks;
    if !name.is_empty()
        && n.det == Det::Bare
        && n.text.starts_with(name)
        && name
            .rsplit(' ')
            .next()
            .is_some_and(words::is_company_suffix)
        && n.start >= 2
        && toks[n.start - 1].s == "and"
    {
        let from = (0..n.start - 1)
            .rev()
            .take_while(|&k| {
                let t = &toks[k];
                t.t == T::Word && t.is_cap() && !t.quoted && !t.is_possessive()
            })
            .last();
        if let Some(from) = from {
            let ws: Vec<&str> = toks[from..n.start - 1].iter().map(|t| t.s).collect();
            let mut out = words::join_words(&ws);
            out.push_str(" and ");
            out.push_str(name);
            return out.into();
        }
    }
    name.into()
}

/// [`org_name`] within the phrase's own words.
fn org_name_in_text<'n>(para: &Para<'_>, n: &'n Nominal) -> &'n str {
    let toks = &para.toks;
    let hangs = n.start > 0
        && matches!(n.det, Det::Owner(_) | Det::Bare)
        && match toks[n.start - 1].s {
            "of" | "at" | "for" | "with" | "from" | "by" | "in" => true,
            // (`according to Tehran radio` is a source)
            "to" => n.start < 2 || toks[n.start - 2].s != "according",
            _ => false,
        };
    if hangs {
        return "";
    }
    let mut text = n.text.as_str();
    if matches!(n.det, Det::Owner(_)) {
        text = text
            .rsplit_once("'s ")
            .or_else(|| text.rsplit_once("’s "))
            .map_or("", |(_, r)| r);
    }
    // (after an owner the capitals name the unit, as do those closed by a legal form after a
    // ticker or a bracketed owner, `Dow Chemical Co's <DOW> Merrell Dow Pharmaceuticals Inc
    // unit`; else perhaps its parent: `the GM unit`, `the Mobil Corp subsidiary`)
    let unit = matches!(
        n.head.as_str(),
        "unit" | "subsidiary" | "division" | "affiliate" | "arm"
    );
    if unit
        && let Some((name, _)) = text.rsplit_once(' ')
        && name.rsplit(' ').next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && (matches!(n.det, Det::Owner(_))
                    || n.det == Det::Bare && words::is_company_suffix(w))
        })
    {
        text = name;
    }
    let mut at = 0;
    for w in text.split(' ') {
        if w.starts_with(char::is_uppercase) {
            return &text[at..];
        }
        at += w.len() + 1;
    }
    ""
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{sentences, tokenize};
    use super::*;
    use crate::split::Kind;

    fn para<'a>(toks: &'a [super::super::tokens::Tok<'a>]) -> Para<'a> {
        Para {
            kind: Kind::Body,
            toks: super::super::tokens::Toks(toks),
            sentences: sentences(toks).leak(),
            mentions: Vec::new(),
            continues_quote: false,
        }
    }

    #[test]
    fn definite_descriptions_before_the_verb() {
        let t = tokenize("the lanky, bespectacled professor said", false);
        let p = para(&t);
        let n = ending_at(&p, &[], 4, 0).unwrap();
        assert_eq!(n.det, Det::Definite);
        assert_eq!(n.head, "professor");
        assert_eq!(n.class, Class::Person);
        assert_eq!(n.text, "lanky, bespectacled professor");
        let t = tokenize("The Canadian government has said", false);
        let p = para(&t);
        let n = ending_at(&p, &[], 2, 0).unwrap();
        assert_eq!(
            (n.class, n.has_cap, n.text.as_str()),
            (Class::Org, true, "Canadian government")
        );
    }

    #[test]
    fn bare_possessive_and_after_the_verb() {
        let t = tokenize("Canadian officials said", false);
        let p = para(&t);
        let n = ending_at(&p, &[], 1, 0).unwrap();
        assert_eq!((n.det, n.head.as_str()), (Det::Bare, "official"));
        let t = tokenize("her statement said", false);
        let p = para(&t);
        let n = ending_at(&p, &[], 1, 0).unwrap();
        assert_eq!((n.det, n.class), (Det::Pronoun("she", 0), Class::Document));
        let t = tokenize("said the rookie defenceman, younger brother of", false);
        let p = para(&t);
        let n = starting_at(&p, 1, p.toks.len()).unwrap();
        assert_eq!((n.det, n.head.as_str()), (Det::Definite, "defenceman"));
        let t = tokenize("the idea said", false);
        assert!(ending_at(&para(&t), &[], 1, 0).is_none());
    }

    #[test]
    fn an_organisation_is_named_from_its_first_capital() {
        let name = |text: &str| {
            let t = tokenize(text, false);
            let p = para(&t);
            let n = ending_at(&p, &[], p.toks.len() - 2, 0).unwrap();
            org_name(&p, &n).into_owned()
        };
        assert_eq!(
            name("the official Xinhua news agency said"),
            "Xinhua news agency"
        );
        assert_eq!(name("Tehran radio said"), "Tehran radio");
        assert_eq!(name("the online retailer said"), "");
        assert_eq!(
            name("the Quarry Sector Inc unit said"),
            "Quarry Sector Inc unit"
        );
        assert_eq!(name("the Talos security unit said"), "Talos security unit");
        assert_eq!(name("head of Tehran radio said"), "");
        assert_eq!(name("according to Tehran radio said"), "Tehran radio");
    }
}
