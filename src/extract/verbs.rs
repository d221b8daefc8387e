//! Which uses of a reporting verb report speech: not an infinitive or a noun (`to say`, `the
//! report`), a passive (`was told`), an intent (`hopes to`), a denial (`did not say`), nor a verb
//! whose clause or object says it means something else (`added three goals`, `denied the
//! Flames`).

use std::sync::OnceLock;

use crate::lexicon::{self, ShapeFilter, Verb};

use super::tokens::{T, Tok};
use super::words;

/// Verbs that report speech only when a clause, a quote or the end of the sentence follows
/// (`he added that …`, `she added.`; not `added three goals`, `responded for the Oilers`,
/// `writes exclusively for our subscribers`).
const NEED_CLAUSE: &[&str] = &[
    "add", "respond", "reply", "answer", "counter", "post", "write", "hint",
];

/// Verbs that report speech unless a noun phrase follows as their object (`denied that …`,
/// `reported on Monday that …`; not `denied the Flames`, `reported a drop`, `snapped a streak`,
/// `conceded a penalty`, `claimed the title`, `declared a dividend`, `disclosed a stake`,
/// `agreed a deal`, `would maintain a trade surplus`).
const NO_OBJECT: &[&str] = &[
    "deny", "snap", "contend", "boast", "report", "concede", "claim", "declare", "disclose",
    "agree", "maintain",
];

/// Lower-case words after a `NO_OBJECT` verb that open a clause or an adjunct rather than a bare
/// noun object (`denied he was there`, `reported on Monday`; not `denied wrongdoing`).
const CLAUSE_OR_ADJUNCT: &[&str] = &[
    "that",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "in",
    "on",
    "at",
    "by",
    "from",
    "for",
    "to",
    "as",
    "after",
    "before",
    "about",
    "with",
    "during",
    "over",
    "late",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "previously",
    "again",
    "also",
    "even",
    "once",
    "and",
    "or",
    "but",
    "being",
    "having",
    "knowing",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "would",
    "will",
    "could",
    "ever",
    "then",
    "now",
    "what",
    "how",
    "why",
    "whether",
];

/// Words that open a noun phrase.
const OBJECT_STARTS: &[&str] = &[
    "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
    "any", "all", "no", "some", "several", "many", "much", "more", "most", "another", "each",
    "every", "both", "record", "net", "sales", "profit", "profits", "earnings", "losses", "loss",
];

/// Verbs that, followed by `to` + verb, express intent rather than speech.
const INTENT_WITH_TO: &[&str] = &[
    "hope", "agree", "promise", "vow", "pledge", "threaten", "continue", "claim", "forecast",
    "estimate", "propose", "demand", "believe", "expect",
];

/// What [`verb_ok`] asks of a verb's base about its lists, settled once per base of the lexicon
/// and looked up by its id: each verb met would otherwise search several lists of strings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Senses {
    /// In [`INTENT_WITH_TO`].
    intent_with_to: bool,
    /// In the list of ambiguous verbs (`state`, `report`).
    ambiguous: bool,
    /// In [`NEED_CLAUSE`].
    need_clause: bool,
    /// In [`NO_OBJECT`].
    no_object: bool,
    /// Which of the bases asked about by name it is.
    base: Base,
}

/// The bases [`verb_ok`] treats apart, told by a byte rather than by comparing their text at
/// every verb met.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Base {
    Agree,
    Point,
    /// `shoot`, `fire`: reporting only with `back`.
    Back,
    /// `shrug`, `laugh`, `sigh`: a manner of speaking, reporting only right after a quotation.
    Manner,
    Ask,
    Call,
    Add,
    Tell,
    Post,
    Accuse,
    /// `dismissed the warnings as “exaggerated”`: reporting only with `as` and a quotation.
    Dismiss,
    Read,
    #[default]
    Other,
}

impl Base {
    fn of(base: &str) -> Base {
        match base {
            "agree" => Base::Agree,
            "point" => Base::Point,
            "shoot" | "fire" => Base::Back,
            "shrug" | "laugh" | "sigh" | "chuckle" | "smile" | "grin" => Base::Manner,
            "ask" => Base::Ask,
            "call" => Base::Call,
            "add" => Base::Add,
            "tell" => Base::Tell,
            "post" => Base::Post,
            "accuse" => Base::Accuse,
            "dismiss" => Base::Dismiss,
            "read" => Base::Read,
            _ => Base::Other,
        }
    }
}

impl Senses {
    fn of(base: &str) -> Senses {
        Senses {
            intent_with_to: INTENT_WITH_TO.contains(&base),
            ambiguous: words::is_ambiguous_verb(base),
            need_clause: NEED_CLAUSE.contains(&base),
            no_object: NO_OBJECT.contains(&base),
            base: Base::of(base),
        }
    }

    /// The senses of `verb`'s base.
    fn of_verb(verb: Verb) -> Senses {
        static TABLE: OnceLock<Vec<Senses>> = OnceLock::new();
        TABLE.get_or_init(|| lexicon::reporting_verb_bases().map(Senses::of).collect())[verb.id]
    }
}

/// The infinitive marker and determiners: a verb after them is none (`to say`, `the report`).
const BEFORE_NOUN: &[&str] = &[
    "to", "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that",
    "these", "those", "no", "any", "some", "such",
];

/// Words that deny the verb after them (as do words ending in `n't`).
const NEGATIONS: &[&str] = &["not", "never", "cannot"];

/// The auxiliary of the future, as written: what someone `will argue` is not yet said.
const FUTURE: &[&str] = &["will"];

/// Words that may stand between a negation and the verb (as do adverbs in `-ly`).
const BETWEEN: &[&str] = &["yet", "ever", "be", "been", "have"];

/// Auxiliaries of the passive (`was told`).
pub(super) const PASSIVES: &[&str] = &["was", "were", "is", "are", "be", "been", "am"];

/// False when word `w` before a verb, in lower case, is none that [`verb_ok`] asks about (in
/// its lists or ending in `n't` or `ly`): a filter on its shape and ends, before it is lowered
/// (the lists are asked after).
fn may_be_asked_before(w: &str) -> bool {
    static SHAPES: OnceLock<ShapeFilter> = OnceLock::new();
    let shapes = SHAPES.get_or_init(|| {
        let mut shapes = ShapeFilter::new();
        for w in [BEFORE_NOUN, NEGATIONS, BETWEEN, PASSIVES]
            .into_iter()
            .flatten()
        {
            shapes.insert(w);
        }
        shapes
    });
    // (ASCII case ignored: no other letter lowers to these)
    let ends = |suffix: &str| {
        w.len() >= suffix.len()
            && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    };
    shapes.may_hold(w) || ends("n't") || ends("n’t") || ends("ly")
}

/// `f` of `w` in lower case, if there is a word. The words around a verb are lowered on the
/// stack: a name beside it (`Kerry said`) would otherwise be copied to the heap.
fn lower_is(w: Option<&str>, f: impl FnOnce(&str) -> bool) -> bool {
    w.is_some_and(|w| lexicon::with_lower(w, f))
}

/// The participle at `v` is a passive's after words that [`verb_ok`]'s look at the word before
/// passes over: adverbs (`was also told`, `was publicly criticised`), or `also` after a passive
/// participle it is coordinated with (`has been praised, but also criticised`; not `was
/// arrested and said`, where the verb has the subject, nor `was arrested and then said`).
fn passive_before(toks: &[Tok<'_>], v: usize, start: usize) -> bool {
    let adverb = |w: &str| matches!(w, "also" | "not") || w.ends_with("ly");
    // (words in lower case, as written: a capitalised one is none of these)
    let lowered = |k: usize, f: &dyn Fn(&str) -> bool| {
        toks[k].t == T::Word && !toks[k].is_cap() && f(toks[k].s)
    };
    let mut k = v;
    // (adverbs right before the verb: none, and the word before was asked already)
    while k > start && lowered(k - 1, &adverb) {
        k -= 1;
    }
    if k == v {
        return false;
    }
    // (the verb a participle too, `criticised`: `was injured and also said` speaks)
    let also = lowered(k, &|w| w == "also") && toks[v].s.ends_with("ed") && toks[v].s != "added";
    if also && k > start && lowered(k - 1, &|w| matches!(w, "and" | "but")) {
        k -= 1;
        if k > start && toks[k - 1].s == "," {
            k -= 1;
        }
        // (the participle coordinated with the verb)
        if !(k > start && lowered(k - 1, &|w| w.ends_with("ed") || w.ends_with("en"))) {
            return false;
        }
        k -= 1;
        while k > start && lowered(k - 1, &adverb) {
            k -= 1;
        }
    }
    k > start && lowered(k - 1, &|w| PASSIVES.contains(&w))
}

/// A means a statement is made by (`said by telephone`, `announced by e-mail`).
fn is_medium(w: &str) -> bool {
    matches!(
        w,
        "phone"
            | "telephone"
            | "e-mail"
            | "email"
            | "letter"
            | "fax"
            | "telex"
            | "video"
            | "videolink"
            | "satellite"
            | "radio"
            | "text"
            | "mail"
            | "post"
            | "cable"
            | "telegram"
            | "tweet"
            | "twitter"
            | "message"
    )
}

/// `what` (`What`) right before the verb's subject, a pronoun or a name of up to three words:
/// a free relative (`what he said about Uber`, `what he told the jury`) that names speech
/// without reporting it. Not one that gives the words said (`what he called "biased" reports`,
/// `what Baghdad described as "footholds"`, `what Washington said was retaliation`).
fn what_before_subject(toks: &[Tok<'_>], v: usize, start: usize) -> bool {
    // (most verbs have no `what` before their subject: asked first)
    // (`what it said about its owner`)
    if !word_before_subject(toks, v, start, true, &|w| w == "what") {
        return false;
    }
    let gives_words = lexicon::with_lower(toks[v].s, |w| {
        w.starts_with("call") || w.starts_with("describ") || w.starts_with("term")
    }) || toks.get(v + 1).is_some_and(|n| {
        n.t == T::Open
            || lexicon::with_lower(n.s, |w| matches!(w, "was" | "is" | "are" | "were" | "as"))
    });
    !gives_words
}

/// A quotation mark or a quoted word in the sentence of the verb at `v` (from its start
/// `start` to the first unquoted `.`, `!` or `?` after the verb).
fn quotes_in_sentence(toks: &[Tok<'_>], start: usize, v: usize) -> bool {
    let end = (v..toks.len())
        .find(|&k| !toks[k].quoted && matches!(toks[k].s, "." | "!" | "?"))
        .unwrap_or(toks.len());
    toks[start..end]
        .iter()
        .any(|t| t.quoted || matches!(t.t, T::Open | T::Close))
}

/// The word before the subject of the verb at `v` (a pronoun or a name of up to five words)
/// is one `f` takes, in lower case. `it` counts as a subject when `it` is set.
fn word_before_subject(
    toks: &[Tok<'_>],
    v: usize,
    start: usize,
    it: bool,
    f: &dyn Fn(&str) -> bool,
) -> bool {
    // (a lower-case pronoun is written so: no lowering needed)
    let subject = |t: &Tok<'_>| {
        t.t == T::Word
            && !t.quoted
            && (t.is_cap() || matches!(t.s, "he" | "she" | "they" | "we") || (it && t.s == "it"))
    };
    let mut k = v;
    while k > start && v - k < 5 && subject(&toks[k - 1]) {
        k -= 1;
    }
    k < v
        && k > start
        && toks[k - 1].t == T::Word
        && !toks[k - 1].quoted
        && lexicon::with_lower(toks[k - 1].s, f)
}

/// A subject that denies the verb: the sentence opens on `Neither`, `None`, `Nobody` or `No one`,
/// and only words, none joining another clause, come before verb `v` (`Neither Rover nor Acme
/// commented`, `No one at Acme said`; not `No date has been set but Ms. Lund said`).
fn denied_subject(toks: &[Tok<'_>], start: usize, v: usize) -> bool {
    // (most sentences open on no `n`: settled by a byte)
    let denies = toks.get(start).is_some_and(|t| {
        matches!(t.s.as_bytes().first(), Some(b'N' | b'n'))
            && (matches!(
                t.s,
                "Neither" | "None" | "Nobody" | "neither" | "none" | "nobody"
            ) || matches!(t.s, "No" | "no")
                && toks.get(start + 1).is_some_and(|o| o.s == "one"))
    });
    denies
        && toks[start + 1..v].iter().all(|t| {
            t.t == T::Word && !matches!(t.s, "and" | "but" | "while" | "although" | "though")
        })
}

/// Filters out reporting-verb forms used in another sense.
/// `after_quote`: a closing quotation mark comes before `v` in the sentence.
pub(super) fn verb_ok(
    toks: &[Tok<'_>],
    v: usize,
    verb: Verb,
    lower: &str,
    start: usize,
    after_quote: bool,
) -> bool {
    let senses = Senses::of_verb(verb);
    let base = senses.base;
    let prev = (v > start).then(|| toks[v - 1].s);
    let next = toks.get(v + 1).map(|t| t.s);
    // The word before, lowered on the stack once for the several questions asked of it below.
    // A mark (`”`, `,`) is none of the words asked about, nor are most words there (a name, a
    // pronoun): a filter rules them out before they are lowered.
    let mut buf = [0u8; 32];
    let prev_lower = prev
        .filter(|p| toks[v - 1].t == T::Word && may_be_asked_before(p))
        .map(|p| lexicon::lower_in(p, &mut buf));
    let prev_is = |f: &dyn Fn(&str) -> bool| prev_lower.as_deref().is_some_and(f);
    // Infinitives and determiners: `to say`, `the report`, `his remarks`.
    if prev_is(&|p| BEFORE_NOUN.contains(&p)) {
        return false;
    }
    // Denied speech is none: `have not confirmed`, `didn't say`, `would not immediately say`.
    let negates = |w: &str| NEGATIONS.contains(&w) || w.ends_with("n't") || w.ends_with("n’t");
    let between = |w: &str| BETWEEN.contains(&w) || (w.ends_with("ly") && toks[v - 1].t == T::Word);
    if prev_is(&negates)
        || (v > start + 1 && prev_is(&between) && lexicon::with_lower(toks[v - 2].s, negates))
    {
        return false;
    }
    if denied_subject(toks, start, v) {
        return false;
    }
    // `the station, first proposed by President Reagan, …`: a participle before its agent is
    // a passive's (a reduced relative), which reports no words.
    // (Not `ruled by an eight to one majority`: the agent is a name.)
    // (`Solutions suggested by conservationists include …`: an agent in lower case too; but
    // not `said by telephone`, `predicted by 2010`, `concluded by saying`)
    if lower.ends_with("ed")
        && lower_is(next, |n| n == "by")
        && toks.get(v + 2).is_some_and(|t| {
            // (a day or a month is no agent: `objected by Tuesday that …`)
            (t.is_cap() && !lexicon::is_calendar(t.s))
                || (t.s == "the" && toks.get(v + 3).is_some_and(|n| n.is_cap()))
                || (t.t == T::Word
                    && t.s.as_bytes()[0].is_ascii_lowercase()
                    && !is_medium(t.s)
                    // (`concluded by saying`: a means, not an agent)
                    && !t.s.ends_with("ing")
                    && !lexicon::is_function_word_any_case(t.s))
        })
    {
        return false;
    }
    // `what he said about Uber`, `What Ms. Lund told them was`: speech named, not reported.
    if what_before_subject(toks, v, start) {
        return false;
    }
    // The future: `will argue`, `will also announce` (but a speech given out before it is
    // made quotes its words: `He will say Conservatives "share the same values"`).
    // (`will` as written: `His son Will said` names a person; but a newswire capitalises the
    // word after an abbreviation's period, `The U.S. Will tell`)
    let will = prev.is_some_and(|p| FUTURE.contains(&p))
        || (prev == Some("Will") && v >= start + 2 && toks[v - 2].s.ends_with('.'));
    if (will
        || (v > start + 1
            && toks[v - 1].t == T::Word
            && matches!(toks[v - 1].s.as_bytes().last(), Some(b'o' | b'y'))
            && (toks[v - 1].s == "also" || toks[v - 1].s.ends_with("ly"))
            && FUTURE.contains(&toks[v - 2].s)))
        && !quotes_in_sentence(toks, start, v)
    {
        return false;
    }
    // Passive: `was told`, `were asked`, `was also criticised`, `has been praised, but also
    // criticised`. (Not the progressive: `is warning that …`, `was telling reporters …`.)
    let progressive = lower.ends_with("ing");
    // (`…, the agency is warning.`: the statement before, the verb closing the sentence)
    let after_statement = next == Some(".") && toks[start..v].iter().any(|t| t.s == ",");
    if !progressive && (prev_is(&|p| PASSIVES.contains(&p)) || passive_before(toks, v, start)) {
        return false;
    }
    // The progressive reports speech when what is said follows (a quote, a colon, `that`, a
    // clause: `is warning that …`, `has been saying “…”`, `is calling for …` as `called for`
    // does); not an activity (`is advising it on the sale`, `was observing negotiations`), nor
    // the future (`will be saying`).
    // (the auxiliary, with adverbs between: `is now saying`, `was also telling`)
    let be_aux = progressive && {
        let mut k = v;
        while k > start
            && toks[k - 1].t == T::Word
            && !toks[k - 1].is_cap()
            && (toks[k - 1].s.ends_with("ly")
                || matches!(
                    toks[k - 1].s,
                    "now" | "also" | "still" | "already" | "again"
                ))
        {
            k -= 1;
        }
        k > start && PASSIVES.contains(&toks[k - 1].s)
    };
    if be_aux {
        let future = v >= start + 2
            && matches!(
                toks[v - 2].s,
                "will" | "would" | "could" | "might" | "may" | "must" | "should" | "to"
            );
        // (`was telling reporters that …`: an object, then what was said)
        let object_then_that = || {
            (v + 2..toks.len().min(v + 5)).any(|k| {
                toks[k].s == "that"
                    && toks[v + 1..k].iter().all(|t| t.t == T::Word)
                    && opens_clause(toks, k + 1)
            })
        };
        // (`if the president is now saying “…”`: a condition, not a report)
        let conditional = toks[start..v]
            .iter()
            .rev()
            .take(6)
            .any(|t| matches!(t.s, "if" | "If" | "unless" | "Unless"));
        let said = toks
            .get(v + 1)
            .is_some_and(|t| t.t == T::Open || matches!(t.s, ":" | "that"))
            || (base == Base::Call && lower_is(next, |n| n == "for"))
            || after_statement
            || object_then_that()
            || clause_follows(toks, v);
        if future || conditional || !said {
            return false;
        }
    }
    if senses.intent_with_to && lower_is(next, |n| n == "to") {
        return false;
    }
    // `agreed with this finding`, `agreed on a deal`: agreement, not a statement.
    if base == Base::Agree && lower_is(next, |n| matches!(n, "with" | "on" | "upon")) {
        return false;
    }
    if base == Base::Point && !lower_is(next, |n| n == "out") {
        return false;
    }
    if base == Base::Back && !lower_is(next, |n| n == "back") {
        return false;
    }
    // Inverted attribution: `“…?” asks X`, `“…,” points out X`, and after a clause, `…, asks
    // Policy Options editor Jennifer Ditchburn, “…”` (a name then a break, no `to`).
    let inverted = (v > start && toks[v - 1].t == T::Close)
        || prev == Some(",")
            && ((v >= start + 2 && toks[v - 2].t == T::Close)
                || (v + 2..toks.len().min(v + 9))
                    .find(|&k| matches!(toks[k].s, "," | "." | "to") || toks[k].t == T::Open)
                    .is_some_and(|k| toks[k].s != "to" && toks[k - 1].is_cap()));
    // `“… ?” Ms. Lund asked`, `“…?” she asked`: the subject between the question and the verb.
    // (worked out only for `ask`, the one verb that asks)
    let question_before = || {
        (start..v)
            .rev()
            .take(6)
            .find(|&k| toks[k].t == T::Close)
            .is_some_and(|k| {
                k > 0
                    && matches!(toks[k - 1].s, "?" | ",")
                    && toks[k + 1..v].iter().all(|t| {
                        t.t == T::Word
                            && (t.is_cap() || matches!(t.s, "he" | "she" | "it" | "they" | "we"))
                    })
            })
            // …and no one is asked something (`Ms. Lund asked the minister to resign`).
            && toks.get(v + 1).is_none_or(|t| {
                t.t != T::Word
                    || matches!(t.s, "at" | "in" | "on" | "during" | "after" | "again")
            })
    };
    // `“It’s B.C.,” shrugged X`, `“…,” she laughed`: a manner of speaking reports the quotation
    // just closed; elsewhere it reports nothing (`laughed at the idea`, `smiled for the cameras`).
    // (`shrugged off the claims`: a dismissal, not a reply)
    if base == Base::Manner && (!inverted && !question_before() || lower_is(next, |n| n == "off")) {
        return false;
    }
    // `asked whether …`, `asked: “…”`; not `asked Russia to send troops`.
    if base == Base::Ask
        && !inverted
        && !question_before()
        && !toks[v + 1..toks.len().min(v + 4)].iter().any(|t| {
            t.t == T::Open
                || matches!(
                    t.s,
                    ":" | "," | "whether" | "if" | "why" | "what" | "how" | "when"
                )
        })
    {
        return false;
    }
    // `asked Woods how long …`: an indirect question put to someone states nothing.
    if base == Base::Ask && !inverted && asks_someone(toks, v) {
        return false;
    }
    // `called the claim “false”`, `called for`: naming with a quote, or a call for something.
    // (`called the rebate from the European Union “unjustified”`: the quote may come a dozen
    // words on, within the sentence.)
    // (`who he calls a good ball-striker`, `which she called a disgrace`: a relative's naming
    // speaks without a quote)
    if base == Base::Call
        && !lower_is(next, |n| n == "for")
        // (not `what it called …`: whom `it` stands for is seldom clear enough)
        && !word_before_subject(toks, v, start, false, &|w| {
            matches!(w, "who" | "whom" | "which" | "what")
        })
        && !toks[v + 1..toks.len().min(v + 13)]
            .iter()
            .take_while(|t| !matches!(t.s, "." | "!" | "?" | ";"))
            .any(|t| t.t == T::Open)
    {
        return false;
    }
    // A document reads its words (`the statement from Kestrel Corp read: "…"`, `"…," the post
    // read`): a document noun shortly before, a quotation right before or after; not `he read
    // the statement`.
    if base == Base::Read {
        let document = toks[start.max(v.saturating_sub(6))..v]
            .iter()
            .any(|t| t.t == T::Word && !t.is_cap() && super::nominal::is_document(t.base()));
        let quoted = after_quote
            || (v > start && toks[v - 1].t == T::Close)
            || toks.get(v + 1).is_some_and(|t| t.t == T::Open)
            || (next == Some(":") && toks.get(v + 2).is_some_and(|t| t.t == T::Open));
        if !(document && quoted) {
            return false;
        }
    }
    // An accusation reports words where it quotes them (`accused Lord Woolf of having an
    // "arrogant contempt"`); `accused the minister of lying` names a charge.
    if base == Base::Accuse
        && !after_quote
        && !toks[v + 1..]
            .iter()
            .take_while(|t| !matches!(t.s, "." | "!" | "?" | ";") || t.quoted)
            .any(|t| t.t == T::Open)
    {
        return false;
    }
    // A dismissal reports words where it quotes what it calls the thing dismissed
    // (`dismissed such warnings as “exaggerated”`), said by its subject (a passive is ruled
    // out above).
    if base == Base::Dismiss
        && (v == start
            || !toks[v + 1..]
                .windows(2)
                .take(8)
                .any(|w| w[0].s == "as" && w[1].t == T::Open))
    {
        return false;
    }
    if base == Base::Add && lower_is(next, |n| matches!(n, "to" | "up")) {
        return false;
    }
    if base == Base::Tell && lower_is(next, |n| n == "of") && toks.get(v + 2).is_some() {
        return false;
    }
    // Ambiguous base forms and `-s` forms (`reports`, `state television`) need a subject right
    // before them and a clause or quote right after.
    let is_past = lower.ends_with("ed") || matches!(lower, "said" | "told" | "wrote" | "thought");
    if senses.ambiguous && !is_past {
        // (the progressive's subject stands before its auxiliaries: `Ada Lund is warning`)
        let mut s = v;
        while progressive
            && s > start + 1
            && matches!(
                toks[s - 1].s,
                "is" | "are" | "was" | "were" | "been" | "has" | "have" | "had"
            )
        {
            s -= 1;
        }
        let prev_tok = (s > start).then(|| &toks[s - 1]);
        // `In a Facebook post, she wrote`, `her Instagram post`: a name after an indefinite
        // article or a possessive determiner modifies the noun after it; no subject does.
        let cap_from = toks[start..s]
            .iter()
            .rposition(|t| !t.is_cap())
            .map_or(start, |k| start + k + 1);
        // (so does one right after a past form: `denied Conservative claims that …`)
        if cap_from < s
            && cap_from > start
            && (matches!(
                toks[cap_from - 1].s,
                "a" | "an" | "A" | "An" | "his" | "her" | "its" | "their" | "His" | "Her" | "Its"
            ) || toks[cap_from - 1].t == T::Word
                && toks[cap_from - 1].s.len() > 4
                && toks[cap_from - 1].s.ends_with("ed"))
        {
            return false;
        }
        let subjectish = prev_tok.is_some_and(|t| {
            t.is_cap()
                || matches!(
                    t.s,
                    "he" | "she" | "they" | "He" | "She" | "They" | "it" | "It"
                )
        });
        let after_adverb = if toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.s, "however" | "also" | "further" | ","))
        {
            v + 2
        } else {
            v + 1
        };
        let clause_next = toks.get(after_adverb).is_some_and(|t| {
            t.t == T::Open
                || matches!(
                    t.s,
                    ":" | ","
                        | "—"
                        | "that"
                        | "how"
                        | "what"
                        | "why"
                        | "whether"
                        | "there"
                        | "it"
                        | "he"
                        | "she"
                        | "they"
                        | "we"
                        | "this"
                        | "out"
                )
        });
        // `estimates their canola will yield …`, `forecast the ringgit will remain …`: a
        // subject and a modal open a clause without `that` after a verb of estimating (a
        // figure given; not `hopes audiences will be`, a state of mind).
        let clause_next = clause_next
            || (lower.starts_with("estimat") || lower.starts_with("forecast"))
                && modal_clause(toks, after_adverb);
        // `X accused the NDP …, adding that …`: a participle after a comma speaks for the
        // sentence's subject.
        let participle = prev == Some(",") && lower.ends_with("ing");
        let clause_next = clause_next || (progressive && after_statement);
        if !((subjectish || participle) && clause_next || inverted) {
            return false;
        }
    }
    if senses.need_clause && !after_quote {
        let clause = toks.get(v + 1).is_none_or(|t| {
            t.t == T::Open
                || t.t == T::Close
                || matches!(
                    t.s,
                    "," | "."
                        | ":"
                        | ";"
                        | "—"
                        | "that"
                        | "in"
                        | "on"
                        | "during"
                        | "beneath"
                        | "below"
                        | "under"
                        | "via"
                )
        });
        // (`wrote to the minister demanding …`: a letter, which speaks)
        let letter = lower.starts_with("wr") && lower_is(next, |n| n == "to");
        if !clause && !letter && !content_clause(toks, v) {
            return false;
        }
        // `posted on social media that …`, `posted: “…”`; not `posted on Tuesday its first loss`.
        let said = toks[v + 1..toks.len().min(v + 8)]
            .iter()
            .take_while(|t| !matches!(t.s, "." | "!" | "?" | ";"))
            .any(|t| t.t == T::Open || matches!(t.s, "that" | ":"));
        if base == Base::Post && !said {
            return false;
        }
    }
    if senses.no_object
        && !after_quote
        && !clause_follows(toks, v)
        && toks.get(v + 1).is_some_and(|t| {
            t.t == T::Word
                && !t.quoted
                && (t.is_cap()
                    || t.s.starts_with(|c: char| c.is_ascii_digit())
                    || lexicon::with_lower(t.s, |w| OBJECT_STARTS.contains(&w))
                    || bare_noun(t.s)
                        && !toks[v + 2..toks.len().min(v + 4)]
                            .iter()
                            .any(|t| t.s == "that"))
        })
    {
        return false;
    }
    // A worry about something is a state of mind (`worried about the impact`; not `worried
    // that …`).
    if lower.starts_with("worr") && lower_is(next, |n| matches!(n, "about" | "over" | "by")) {
        return false;
    }
    // A plea is no statement (`pleaded guilty`, `pleaded not guilty`).
    if (lower.starts_with("plead") || lower == "pled")
        && lower_is(next, |n| matches!(n, "guilty" | "innocent" | "not" | "no"))
    {
        return false;
    }
    // `tells us about a growing concern`: a topic, not what was said (not `told reporters
    // about 100 people died`).
    if base == Base::Tell
        && !after_quote
        && (v + 1..toks.len().min(v + 4))
            .take_while(|&k| toks[k].t == T::Word && !toks[k].is_cap() || k == v + 1)
            .any(|k| {
                toks[k].s == "about"
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| !n.s.starts_with(|c: char| c.is_ascii_digit()))
            })
    {
        return false;
    }
    // A participle opening the sentence (`Asked about …, X said`) introduces no speech.
    if v == start && lower.ends_with("ed") {
        return false;
    }
    true
}

/// Auxiliaries and modals: one within a few words of a reporting verb marks a clause after it
/// (`claimed a study had been done`), right after `that` a relative clause's verb, and right
/// after a name that follows `said` the verb of what is said (`said Ada Quint would resign`).
pub(crate) const AUXILIARIES: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "can",
    "may", "might", "must", "did", "does", "do",
];

/// Nouns whose `that` opens what was said (`the caveat that …`), not a relative clause.
const CONTENT_NOUNS: &[&str] = &[
    "caveat",
    "warning",
    "point",
    "claim",
    "argument",
    "assurance",
    "assurances",
    "reminder",
    "suggestion",
    "proviso",
    "observation",
    "prediction",
    "note",
];

/// A noun phrase opened by an article or an owner at `k`, then within four words of it a modal
/// (`their canola will`, `the council would`): the subject of a clause without `that`.
fn modal_clause(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(
            t.s,
            "the"
                | "a"
                | "an"
                | "their"
                | "his"
                | "her"
                | "its"
                | "our"
                | "this"
                | "these"
                | "those"
        )
    }) && toks[k + 1..toks.len().min(k + 5)]
        .iter()
        .take_while(|t| t.t == T::Word && !t.quoted)
        .any(|t| {
            matches!(
                t.s,
                "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must"
            )
        })
}

/// `added the weighty caveat that …`, `added a warning that …`: after the verb at `v`, an
/// article, up to two modifiers and a noun for a statement, then `that`.
fn content_clause(toks: &[Tok<'_>], v: usize) -> bool {
    if !toks
        .get(v + 1)
        .is_some_and(|t| matches!(t.s, "the" | "a" | "an" | "one"))
    {
        return false;
    }
    (v + 2..toks.len().min(v + 5)).any(|k| {
        CONTENT_NOUNS.contains(&toks[k].s)
            && toks.get(k + 1).is_some_and(|t| t.s == "that")
            && toks[v + 2..k].iter().all(|t| t.t == T::Word && !t.is_cap())
            && opens_clause(toks, k + 2)
    })
}

/// True when a subject opens a clause at `k` (`that prices may rise`, `that the plan …`, `that
/// he …`), not a relative clause's verb (`a note that was long`, `a point that mattered`).
fn opens_clause(toks: &[Tok<'_>], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    let aux = |t: Option<&Tok<'_>>| t.is_some_and(|t| AUXILIARIES.contains(&t.s));
    t.t == T::Word
        && !aux(Some(t))
        && (t.is_cap()
            || matches!(
                t.s,
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "these"
                    | "those"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "there"
                    | "no"
                    | "some"
                    | "many"
                    | "most"
                    | "all"
                    | "any"
            )
            || aux(toks.get(k + 1)))
}

/// After the verb at `v`, a clause without `that` (`claimed a study had been done`: an
/// auxiliary within a few words, before any relative pronoun or comma), a quotation (`claimed
/// of the rink, “…”`) before the sentence ends, or, after a comma, a short subject closing the
/// sentence (`…, claimed the union.`).
fn clause_follows(toks: &[Tok<'_>], v: usize) -> bool {
    let after = || {
        toks[v + 1..]
            .iter()
            .take_while(|t| !matches!(t.s, "." | "!" | "?" | ";"))
            .take(12)
    };
    if after().any(|t| t.t == T::Open) {
        return true;
    }
    // `…, claimed the union organisation.`: the subject, after the statement (a name or a
    // noun for people or a body; not `Rovers, however, conceded a penalty.`).
    let speaker_word = |t: &Tok<'_>| {
        t.is_cap()
            || crate::lexicon::with_lower(t.s, |w| {
                words::is_person_noun(w) || words::is_org_noun(w)
            })
    };
    if v > 0
        && toks[v - 1].s == ","
        && after().count() <= 5
        && toks.len() > v + after().count() + 1
        && after().any(speaker_word)
    {
        return true;
    }
    for (k, t) in after().enumerate() {
        // `conceded a penalty which the referee awarded`: a relative clause is the object's.
        if matches!(t.s, "which" | "who" | "whom" | "whose" | ",") || (k > 0 && t.s == "that") {
            break;
        }
        if k < 5 && AUXILIARIES.contains(&t.s) {
            return true;
        }
    }
    false
}

/// A lower-case word that is no clause or adjunct opener, nor an adverb: a bare noun object
/// (`denied wrongdoing`, `reported higher sales`; a `that` clause after it still reports speech:
/// `denied claims that …`).
fn bare_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && !w.ends_with("ly")
        && !CLAUSE_OR_ADJUNCT.contains(&w)
}

/// `asked Lena Dahl whether …`, `asked him how …`: an object, then an indirect question, no quote
/// in the sentence.
fn asks_someone(toks: &[Tok<'_>], v: usize) -> bool {
    let end = toks.len().min(v + 5);
    let Some(k) = (v + 1..end).find(|&k| {
        toks[k].t != T::Word
            || matches!(
                toks[k].s,
                "whether" | "if" | "why" | "what" | "how" | "when" | "where" | "who"
            )
    }) else {
        return false;
    };
    let object = toks[v + 1].is_cap() || matches!(toks[v + 1].s, "him" | "her" | "them");
    // A quote later in the sentence is the question asked: `asked Dahl if he knew “…?”`.
    let quoted = toks[k..toks.len().min(k + 40)]
        .iter()
        .take_while(|t| !matches!(t.s, "." | "?" | "!"))
        .any(|t| t.t == T::Open);
    toks[k].t == T::Word && k > v + 1 && object && !quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_before_a_verb_lets_through_every_word_asked_about() {
        for w in [BEFORE_NOUN, NEGATIONS, BETWEEN, PASSIVES]
            .into_iter()
            .flatten()
        {
            assert!(may_be_asked_before(w), "{w}");
            assert!(may_be_asked_before(&w.to_uppercase()), "{w}");
        }
        for w in ["didn't", "DIDN’T", "Quickly", "also"] {
            assert_eq!(may_be_asked_before(w), w != "also", "{w}");
        }
        assert!(!may_be_asked_before("Smith") && !may_be_asked_before("he"));
    }

    #[test]
    fn senses_are_looked_up_as_they_are_found() {
        for (id, base) in lexicon::reporting_verb_bases().enumerate() {
            assert_eq!(
                Senses::of_verb(Verb { base, id }),
                Senses::of(base),
                "{base}"
            );
        }
        assert!(Senses::of("claim").intent_with_to && Senses::of("claim").no_object);
        assert_eq!(Senses::of("say"), Senses::default());
        assert_eq!(Senses::of("tell").base, Base::Tell);
    }
}
