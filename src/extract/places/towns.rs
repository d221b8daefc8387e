//! Places named by their context rather than found whole by the gazetteer scan: smaller towns
//! after a locative preposition (`in Coleraine`), names before a state or country (`Eureka
//! Springs, Arkansas`), the place a council is named after (`the Town of Ashby`), waters and
//! isles (`the Isle of Skye`) and compounds (`Birmingham-based`).

use super::super::names::{MKind, Mention, is_acronym};
use super::super::tokens::{T, Tok};
use super::{ArticleView, Gazetteer, PlaceKind, is_locative};

/// Locatives a person's name often follows too (`a letter to Jack Miller, Ohio`, `the family
/// of …`): after them a run that reads as a full name is no town.
const PERSON_PREPOSITIONS: &[&str] = &["to", "of", "visit", "visited", "visiting"];

/// True when token `i` is one of `heads` followed by `of` (`Town of`, `Isle of`).
fn head_of(toks: &[Tok<'_>], i: usize, heads: &[&str]) -> bool {
    heads.contains(&toks[i].s) && toks.get(i + 1).is_some_and(|n| n.s == "of")
}

/// `the Municipality of Bogliasco`, `the Town of Ashby`: the place a local government at token
/// `i` is named after, when the gazetteer does not know it (a known one is found by the scan).
pub(super) fn council_place(
    toks: &[Tok<'_>],
    i: usize,
    gaz: &Gazetteer,
) -> Option<(usize, String)> {
    if !head_of(
        toks,
        i,
        &[
            "Municipality",
            "Town",
            "Village",
            "Commune",
            "Borough",
            "Township",
        ],
    ) {
        return None;
    }
    let at = i + 2;
    let n = toks[at..]
        .iter()
        .take(3)
        .take_while(|t| t.t == T::Word && t.is_cap() && !t.quoted && !is_acronym(t.s))
        .count();
    if n == 0 || gaz.match_at(&toks[at..]).is_some() {
        return None;
    }
    Some((at, super::joined(&toks[at..at + n])))
}

/// `Greenville, Miss.`: a state's abbreviation that is also a word (`Miss.`), named only right
/// after a town and a comma. Returns its gazetteer entry.
pub(super) fn state_after_town(toks: &[Tok<'_>], i: usize, gaz: &Gazetteer) -> Option<usize> {
    let state = match toks.get(i)?.s {
        "Miss." => "Mississippi",
        _ => return None,
    };
    // (not `“No, Miss.”`: a function word is no town)
    let after_town = i >= 2
        && toks[i - 1].s == ","
        && toks[i - 2].is_cap()
        && !crate::lexicon::is_function_word_any_case(toks[i - 2].s);
    if !after_town {
        return None;
    }
    gaz.entry_named(state)
}

/// `the Isle of Skye`, `the Bay of Fundy`, `the Gulf of Suez`: a water or island named `HEAD of
/// Name` at token `i`, as one place, when the gazetteer does not know the whole name. Returns
/// how many tokens it takes and the name; the name after `of` is then no place of its own.
pub(super) fn water_or_isle(
    toks: &[Tok<'_>],
    i: usize,
    gaz: &Gazetteer,
) -> Option<(usize, String)> {
    if !head_of(
        toks,
        i,
        &[
            "Isle", "Isles", "Bay", "Gulf", "Strait", "Straits", "Sea", "Lake", "Firth",
        ],
    ) {
        return None;
    }
    // Inside a longer name (`Royal Bay of …`), the name is someone else's.
    if i > 0 && toks[i - 1].is_cap() && !crate::lexicon::is_function_word_any_case(toks[i - 1].s) {
        return None;
    }
    if gaz.match_at(&toks[i..]).is_some_and(|(n, _)| n > 2) {
        return None;
    }
    let at = i + 2;
    let n = toks[at..]
        .iter()
        .take(2)
        .take_while(|t| t.t == T::Word && t.is_cap() && !is_acronym(t.s))
        .count();
    // One or two words, then no more capitals (`Bay of Plenty Regional Council` is a body).
    if n == 0
        || toks
            .get(at + n)
            .is_some_and(|t| t.t == T::Word && t.is_cap())
    {
        return None;
    }
    let mut words: Vec<&str> = toks[i..at + n - 1].iter().map(|t| t.s).collect();
    // (`the Isle of Man.`: an abbreviation's period taken at the sentence's end)
    words.push(toks[at + n - 1].base().trim_end_matches('.'));
    // `Straits of Hormuz` is the gazetteer's `Strait of Hormuz`.
    if words[0] == "Straits" {
        words[0] = "Strait";
    }
    let name = words.join(" ");
    Some(match gaz.entry_named(&name) {
        Some(e) => (n + 2, gaz.entries[e].canonical.to_owned()),
        None => (n + 2, name),
    })
}

/// `Birmingham-based`, `New York-based`, `Lagos-born`: the place a compound names (of one word,
/// or of two with the capitalised word before; `New York-based` is no `York`).
pub(super) fn based_in(toks: &[Tok<'_>], i: usize, gaz: &Gazetteer) -> Option<String> {
    let t = &toks[i];
    let stem =
        t.s.strip_suffix("-based")
            .or_else(|| t.s.strip_suffix("-born"))?;
    let entry = match i.checked_sub(1).map(|k| &toks[k]) {
        // (`The Birmingham-based firm`: a capitalised function word is no part of the name)
        Some(prev)
            if prev.is_cap()
                && prev.t == T::Word
                && !crate::lexicon::is_function_word_any_case(prev.s) =>
        {
            gaz.entry_named(&format!("{} {stem}", prev.s))
                .or_else(|| gaz.entry_named(stem))
        }
        _ => gaz.entry_named(stem),
    };
    entry.map(|e| gaz.entries[e].canonical.to_owned())
}

/// `in Eureka Springs, Arkansas`, `Buxton, England`: a name the gazetteer does not know, right
/// before a comma and a state, province or country, after a locative preposition or opening
/// the paragraph (a dateline), names a town there.
pub(super) fn town_before_division(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<String> {
    let run = &toks[m.start..m.end];
    // (an organisation or place names no town: settled before the preposition is lowered)
    if !matches!(m.kind, MKind::Unknown | MKind::Person) {
        return None;
    }
    // A run that reads as a full name needs a preposition a person's name seldom follows (`in`,
    // `from`; not `to`, `of`).
    // (`is_locative` ignores case itself: most words are ruled out before they are lowered)
    let locative = m.start.checked_sub(1).is_some_and(|k| {
        is_locative(toks[k].s)
            && crate::lexicon::with_lower(toks[k].s, |w| {
                is_locative(w) && (m.kind != MKind::Person || !PERSON_PREPOSITIONS.contains(&w))
            })
    });
    // (the place of the run asked first: whether it may name a town asks the people table)
    if !(locative || (m.start == 0 && !view.sports)) || !may_name_town(run, m, view) {
        return None;
    }
    let at = m.end + 1;
    let (n, entry) = view
        .gazetteer
        .match_at(&toks[at..])
        .or_else(|| state_after_town(toks, at, view.gazetteer).map(|e| (1, e)))?;
    let division = matches!(
        view.gazetteer.entries[entry].kind,
        PlaceKind::Admin1 | PlaceKind::Country
    );
    // The division closes the phrase: `Arkansas,`, `England and …`, not `Texas Republican`.
    let closes = match toks.get(at + n) {
        None => true,
        Some(t) if t.t != T::Word => true,
        Some(t) => !t.is_cap() && crate::lexicon::is_function_word_any_case(t.s),
    };
    if !division || toks[at + n - 1].is_possessive() || !closes {
        return None;
    }
    // A paragraph opening `Name, N.Y., led …` is a company; a dateline ends the line or goes
    // on with a dash or a wider place (`Preston, Victoria, Australia`).
    let dateline = || match toks.get(at + n) {
        None => true,
        Some(t) if matches!(t.s, "—" | "–" | "-") => true,
        Some(t) => {
            t.s == ","
                && view
                    .gazetteer
                    .match_at(&toks[at + n + 1..])
                    .is_some_and(|(_, e)| view.gazetteer.entries[e].kind == PlaceKind::Country)
        }
    };
    if !locative && !dateline() {
        return None;
    }
    Some(match view.gazetteer.town(run) {
        Some(canonical) => super::as_written(run, canonical).into_owned(),
        None => run.iter().map(|t| t.s).collect::<Vec<_>>().join(" "),
    })
}

/// `the Bavarian town of Deggendorf`, `the northern city of Mafraq`, `the village of
/// Fischerdorf`: a name after a settlement's noun in lower case and `of` is that settlement's,
/// whether the gazetteer knows it or not (not `the City of Surrey`, a council, nor `the state of
/// emergency`).
/// So do names listed after a plural one (`the districts of Idukki, Wayanad and Alappuzha`,
/// `the villages of Kelebija and Horgoš`), and after a district's or a province's noun (`the
/// province of Bohol`).
pub(super) fn settlement_of(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<String> {
    // (`of` right before, or before the list the name is an item of; or `such as` and
    // `including` after a plural: `small towns such as Grein, Melk and Dürnstein`)
    let of = list_opening(toks, m)?;
    let noun_at = match toks[of].s {
        "of" | "including" => of.checked_sub(1)?,
        "as" if of >= 2 && toks[of - 1].s == "such" => of - 2,
        _ => return None,
    };
    let listed = of + 1 < m.start || toks[of].s != "of";
    let noun = toks[noun_at].s;
    // (a division's nouns as before a name: `the province of Bohol`, `Puebla state`)
    let one = matches!(
        noun,
        "town"
            | "city"
            | "village"
            | "hamlet"
            | "port"
            | "suburb"
            | "municipality"
            | "island"
            | "community"
    ) || crate::extract::names::is_division_noun(noun);
    let many = matches!(
        noun,
        "towns"
            | "cities"
            | "communities"
            | "villages"
            | "hamlets"
            | "ports"
            | "suburbs"
            | "municipalities"
            | "islands"
            | "districts"
            | "provinces"
    );
    if !(many || (one && !listed)) {
        return None;
    }
    let run = &toks[m.start..m.end];
    // (a place the scan finds whole is left to it: `the port of Dar es Salaam`; a lone letter is
    // no name: `the city of S&#227;o Paulo`)
    if !may_name_town(run, m, view)
        || run.iter().any(|t| t.s.len() < 2)
        || view.gazetteer.match_at(&toks[m.start..]).is_some()
    {
        return None;
    }
    Some(match view.gazetteer.town(run) {
        Some(canonical) => super::as_written(run, canonical).into_owned(),
        None => run.iter().map(|t| t.s).collect::<Vec<_>>().join(" "),
    })
}

/// `Munhava, a neighbourhood of Beira`, `Kallaste, a small town on Lake Peipus`: a name
/// followed by an appositive whose head is a settlement's noun, then a preposition, is that
/// settlement, whether the gazetteer knows it or not (not `X, a town councillor`, nor a person
/// or a body named so).
pub(super) fn settlement_appositive(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<String> {
    let det = toks.get(m.end + 1)?;
    if toks[m.end].s != "," || !matches!(det.s, "a" | "an") {
        return None;
    }
    // (up to two words before the noun: `a small fishing village`)
    let noun = (m.end + 2..(m.end + 5).min(toks.len()))
        .take_while(|&k| toks[k].t == T::Word && !toks[k].is_cap())
        .find(|&k| {
            matches!(
                toks[k].s,
                "town"
                    | "village"
                    | "city"
                    | "suburb"
                    | "neighbourhood"
                    | "neighborhood"
                    | "hamlet"
                    | "port"
                    | "municipality"
                    | "township"
            )
        })?;
    let after = toks.get(noun + 1)?;
    if !matches!(
        after.s,
        "of" | "in" | "on" | "near" | "outside" | "north" | "south" | "east" | "west" | "about"
    ) {
        return None;
    }
    let run = &toks[m.start..m.end];
    if !may_name_town(run, m, view) || run.iter().any(|t| t.s.len() < 2) {
        return None;
    }
    Some(match view.gazetteer.town(run) {
        Some(canonical) => super::as_written(run, canonical).into_owned(),
        None => run.iter().map(|t| t.s).collect::<Vec<_>>().join(" "),
    })
}

/// `the Småland region`, `municipalities of Puebla state`, `in the Idukki district`: a name
/// before a division's noun in lower case, after `the`, `of` or a locative preposition, names
/// that division, whether the gazetteer knows it or not (not `the Trump administration`; nor a
/// body's or a person's name: `the Liberal riding`).
pub(super) fn named_division(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<String> {
    if !toks
        .get(m.end)
        .is_some_and(|t| crate::extract::names::is_division_noun(t.s))
    {
        return None;
    }
    let before = toks[m.start.checked_sub(1)?].s;
    let run = &toks[m.start..m.end];
    // (a one-word name after `the` the names pass took for the division's: see `mentions_at`)
    let division = m.kind == MKind::Place && run.len() == 1 && matches!(before, "the" | "The");
    if !(matches!(before, "the" | "The" | "of")
        || TOWN_PREPOSITIONS
            .iter()
            .any(|p| before.eq_ignore_ascii_case(p)))
        || !(division && !is_acronym(run[0].s) || may_name_town(run, m, view))
        || run.iter().any(|t| t.s.len() < 3 || view.gazetteer.is_demonym_word(t.s))
        // (`the FmHA county office`: a capital inside the word makes a body's short name)
        || run.iter().any(|t| t.s.bytes().skip(1).any(|b| b.is_ascii_uppercase()))
        || view.gazetteer.match_at(&toks[m.start..]).is_some()
    {
        return None;
    }
    Some(run.iter().map(|t| t.s).collect::<Vec<_>>().join(" "))
}

/// `the Upper East Region of Ghana`, `the Centre-Est Region of Burkina Faso`: a run read as a
/// body's, its capitalised division noun before `of` and a place the gazetteer knows, names
/// that division (the words up to its noun, when there are more than the noun: not `the State
/// of Israel`) and that place.
pub(super) fn division_of_place(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<(Option<String>, &'static str)> {
    if !matches!(m.kind, MKind::Org | MKind::Unknown) || m.end - m.start < 3 {
        return None;
    }
    let of = (m.start + 1..m.end - 1).find(|&k| toks[k].s == "of")?;
    let noun = &toks[of - 1];
    if !noun.is_cap()
        || !crate::lexicon::with_lower(noun.s, crate::extract::names::is_division_noun)
    {
        return None;
    }
    // (not a court's: `U.S. District Court, Southern District of New York`)
    let court = || {
        toks[m.start.saturating_sub(8)..of]
            .iter()
            .any(|t| matches!(t.s, "Court" | "court"))
    };
    let (n, entry) = view.gazetteer.match_at(&toks[of + 1..m.end])?;
    if of + 1 + n != m.end || (noun.s == "District" && court()) {
        return None;
    }
    // The division's own words are plain capitalised ones, no body's or place's (not `U.S.
    // District Court for the …`, `the U.S. State of Arkansas`).
    if toks[m.start..of - 1].iter().any(|t| {
        !t.is_cap()
            || super::super::words::is_org_word(t.s)
            || view.gazetteer.match_at(std::slice::from_ref(t)).is_some()
    }) {
        return None;
    }
    let division = (of - 1 > m.start).then(|| {
        toks[m.start..of]
            .iter()
            .map(|t| t.s)
            .collect::<Vec<_>>()
            .join(" ")
    });
    Some((division, view.gazetteer.entries[entry].canonical))
}

/// True when the run of mention `m` may name a town: plain capitalised words that name no
/// organisation, nobody in the article, and no one with a known given name or title.
fn may_name_town(run: &[Tok<'_>], m: &Mention, view: &ArticleView<'_>) -> bool {
    // (no demonym: `the state of Yugoslav economy`, `Ecuadorean state oil company`)
    let plain_word = |t: &Tok<'_>| {
        t.is_cap() && !t.is_possessive() && !is_acronym(t.s) && !view.gazetteer.is_demonym_word(t.s)
    };
    let nameable = match m.kind {
        MKind::Unknown if run.len() == 1 => !view.people.has_name_word(run[0].s),
        // `Eureka Springs` reads as a full name; one without a known given name or title may
        // be a town (as may one the names pass left unknown for its opening `In`: `In Port
        // Hope,`).
        MKind::Person | MKind::Unknown => {
            m.gender.is_none() && m.roles.is_empty() && m.name_start == m.start
        }
        MKind::Org | MKind::Place => false,
    };
    nameable && run.iter().all(plain_word)
}

/// `Sofie Brekke of Tromsø`: `of` after someone's full name says where they are from; `at
/// Batumi and Poti`, `to Lagos or Ife`: `at` and `to` before a list whose first item is a city
/// or country the gazetteer knows say it of every item. (`at` and `to` alone are no sign: see
/// [`TOWN_PREPOSITIONS`].)
fn weaker_locative(toks: &[Tok<'_>], at: usize, m: &Mention, view: &ArticleView<'_>) -> bool {
    match toks[at].s {
        // (a full name: `said Liro of Warburg` names a firm as often)
        // `parts of Funafuti`, `the outskirts of Kinross`: a part of a place before `of`.
        "of" => {
            at.checked_sub(2).is_some_and(|k| {
                let t = &toks[k + 1];
                at + 1 == m.start
                    && toks[k].is_cap()
                    && t.is_cap()
                    && view.people.has_name_word(t.base())
            }) || (at + 1 == m.start
                && at > 0
                && matches!(
                    toks[at - 1].s,
                    "parts" | "outskirts" | "streets" | "centre" | "center" | "heart" | "suburbs"
                ))
        }
        "at" | "to" => {
            at + 1 < m.start
                && toks[at + 1].is_cap()
                && view.gazetteer.match_at(&toks[at + 1..]).is_some()
                // `returned to Longyearbyen`, `docked at Kirkenes`: after a verb of moving.
                || at.checked_sub(1).is_some_and(|v| moves_to(toks[v].s, toks[at].s == "at"))
                // `crosses into Tunisia at Tabarka`, `through Kairouan to Tozeur`: right after
                // a country's, region's or city's name, from one place to the next.
                || at + 1 == m.start && view.gazetteer.city_or_wider_ends_at(toks, at)
        }
        // `expected to reach Funafuti`: a verb of arriving whose object is where one arrives.
        "reach" | "reached" | "reaches" | "reaching" => at + 1 == m.start,
        _ => false,
    }
}

/// A word of travel that `to` follows (a verb in any of its forms, `returned to`, or a noun of
/// a way, `flights to`), or with `at` a verb of arrival (`docked at`): what comes after the
/// preposition is where one goes, no person written to.
fn moves_to(verb: &str, at: bool) -> bool {
    if at {
        return matches!(
            verb,
            "arrive"
                | "arrived"
                | "arrives"
                | "arriving"
                | "dock"
                | "docked"
                | "docks"
                | "docking"
                | "land"
                | "landed"
                | "lands"
                | "landing"
                | "anchored"
                | "stop"
                | "stopped"
                | "stops"
                | "stopping"
                | "call"
                | "calls"
                | "calling"
                | "called"
        );
    }
    matches!(
        verb,
        "return"
            | "returned"
            | "returning"
            | "returns"
            | "travel"
            | "travels"
            | "travelled"
            | "traveled"
            | "travelling"
            | "traveling"
            | "go"
            | "goes"
            | "going"
            | "went"
            | "move"
            | "moves"
            | "moving"
            | "moved"
            | "fly"
            | "flies"
            | "flying"
            | "flew"
            | "flee"
            | "flees"
            | "fleeing"
            | "fled"
            | "head"
            | "heads"
            | "heading"
            | "headed"
            | "sail"
            | "sails"
            | "sailing"
            | "sailed"
            | "drive"
            | "drives"
            | "driving"
            | "drove"
            | "walk"
            | "walks"
            | "walking"
            | "walked"
            | "evacuated"
            | "relocated"
            | "commute"
            | "commutes"
            | "commuting"
            | "commuted"
            | "bound"
            | "journeyed"
            | "trip"
            | "trips"
            | "route"
            | "routes"
            | "road"
            | "roads"
            | "ferry"
            | "ferries"
            | "flight"
            | "flights"
            | "train"
            | "trains"
            | "bus"
            | "buses"
    )
}

/// `north of Gardiner`, `20 kilometres south-east of Stolac`: `of` at token `at` after a
/// compass direction in lower case, which says where from a place something lies.
fn compass_of(toks: &[Tok<'_>], at: usize) -> bool {
    toks[at].s == "of"
        && at > 0
        && matches!(
            toks[at - 1].s,
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "north-east"
                | "north-west"
                | "south-east"
                | "south-west"
        )
}

/// Prepositions after which a name the gazetteer holds as a town is that town (`in
/// Coleraine`, `near Kinross`); not `to`, `of` or `at`, which names of people and companies
/// follow as often (`a letter to Ada Kinross`, `at Avon`).
const TOWN_PREPOSITIONS: &[&str] = &[
    "in",
    "near",
    "outside",
    "around",
    "from",
    "across",
    "throughout",
    "within",
    "through",
    "via",
];

/// `in Coleraine`, `near Melton Mowbray`: a town of the gazetteer's smaller places, named
/// after a locative preposition by a run that can name a town.
/// Asked of every mention: most are no town's kind or follow no preposition, and are settled
/// here, in the caller, without a call.
#[inline]
pub(super) fn town_after_preposition(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<&'static str> {
    if m.start == 0 || !matches!(m.kind, MKind::Unknown | MKind::Person) {
        return None;
    }
    // Every such preposition (or `reach`) opens with one of these letters (in any case): most
    // words before a name are ruled out here. (So is a word of a town's part that may come between,
    // `in downtown Mobile`, asked only of the rest.)
    // (`and` and a comma go on a list: `in Gulfport, Biloxi and Pascagoula`; an item after a
    // comma has another after it)
    let prev = toks[m.start - 1].s;
    let opens_one = match prev.as_bytes() {
        b"," => toks
            .get(m.end)
            .is_some_and(|t| matches!(t.s, "," | "and" | "or")),
        s => {
            s.first().is_some_and(|b| {
                matches!(
                    b | 0x20,
                    b'i' | b'n' | b'o' | b'a' | b'f' | b't' | b'w' | b'r'
                )
            }) || super::super::words::is_placing_word(prev)
        }
    };
    if !opens_one {
        return None;
    }
    town_after_preposition_at(toks, m, view)
}

/// The items right before and after the name on tokens `start..end` in a list of names (`,`,
/// `and`, `or` between them), as ranges of their capitalised words, up to four: an item after
/// a comma only when another comes after it (not `in Paris, Lund said`).
fn list_neighbours(toks: &[Tok<'_>], start: usize, end: usize) -> [Option<(usize, usize)>; 2] {
    let joins = |t: &Tok<'_>| matches!(t.s, "," | "and" | "or");
    let goes_on = toks
        .get(end..end + 2)
        .is_some_and(|n| joins(&n[0]) && n[1].is_cap());
    let before = (start >= 2 && joins(&toks[start - 1]) && (toks[start - 1].s != "," || goes_on))
        .then(|| {
            let from = (start.saturating_sub(5)..start - 1)
                .rev()
                .take_while(|&k| toks[k].is_cap())
                .last()?;
            Some((from, start - 1))
        })
        .flatten();
    let after = goes_on.then(|| {
        let to = (end + 1..toks.len().min(end + 5))
            .take_while(|&k| toks[k].is_cap())
            .last()
            .map_or(end + 1, |k| k + 1);
        (end + 1, to)
    });
    [before, after]
}

/// `Stockholm, Mariehamn and Turku`, `between Adelaide and Darwin`: the name on tokens
/// `start..end` is an item of a list whose items right before and after it are places (one a
/// city, region or country the gazetteer matches anywhere, the other that or a town): like is
/// listed with like. Not in a list with another name (`Bozzi, Coutts, Anglesea, Lund`), nor in
/// a fixture (`Southampton or Brentford v Manchester United`).
pub(super) fn listed_with_place(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    gaz: &Gazetteer,
) -> bool {
    listed_among_places(toks, start, end, list_neighbours(toks, start, end), gaz)
}

/// [`listed_with_place`] with the list's neighbouring items found.
fn listed_among_places(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    neighbours: [Option<(usize, usize)>; 2],
    gaz: &Gazetteer,
) -> bool {
    // (a place the gazetteer matches anywhere, whole and no longer: not `Newfoundland`, which
    // `and Labrador` goes on; or a town)
    let anywhere = |&(i, j): &(usize, usize)| gaz.whole_at(toks, i, j).is_some();
    let place = |r: &(usize, usize)| anywhere(r) || gaz.town(&toks[r.0..r.1]).is_some();
    let fixture = toks[start.saturating_sub(6)..toks.len().min(end + 6)]
        .iter()
        .any(|t| matches!(t.s, "v" | "vs" | "v." | "vs."));
    !fixture
        && neighbours.iter().any(|n| n.as_ref().is_some_and(anywhere))
        && neighbours.iter().all(|n| n.as_ref().is_none_or(place))
}

/// Where the word before mention `m` is, or, for an item of a list of names (`in Bay St. Louis,
/// Gulfport, Biloxi and Pascagoula`), the word before the list: what a locative preposition
/// before the list says of its first item it says of all. An item after a comma must have
/// another after it (not `in Paris, Lund said`).
fn list_opening(toks: &[Tok<'_>], m: &Mention) -> Option<usize> {
    list_opening_at(toks, m.start, m.end)
}

/// [`list_opening`] of the name on tokens `start..end`.
pub(super) fn list_opening_at(toks: &[Tok<'_>], start: usize, end: usize) -> Option<usize> {
    let prev = start.checked_sub(1)?;
    let joins = |t: &Tok<'_>| matches!(t.s, "," | "and" | "or");
    if !joins(&toks[prev]) {
        return Some(prev);
    }
    if toks[prev].s == ","
        && !toks
            .get(end..end + 2)
            .is_some_and(|n| joins(&n[0]) && n[1].is_cap())
    {
        return None;
    }
    // Back over the list's names, commas and `and`s (a short list: up to a dozen tokens).
    let mut k = prev;
    let mut names = 0;
    while k > 0 && prev - k < 12 {
        k -= 1;
        let t = &toks[k];
        // (an abbreviation's period inside a name: `Sault Ste. Marie`)
        let inside = t.s == "." && k > 0 && toks[k - 1].is_cap() && toks[k + 1].is_cap();
        if t.is_cap() {
            names += 1;
        } else if !joins(t) && !inside {
            return (names > 0 && t.t == T::Word).then_some(k);
        }
    }
    None
}

/// [`town_after_preposition`] for a mention of a town's kind after a token.
fn town_after_preposition_at(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<&'static str> {
    let mut at = list_opening(toks, m)?;
    // `in downtown Mobile`, `in northern Gardiner`: a part of the town after the preposition.
    if at > 0 && super::super::words::is_placing_word(toks[at].s) {
        at -= 1;
    }
    let prev = &toks[at];
    // (compared in place, without a lower-cased copy: only the Kelvin sign lower-cases to
    // ASCII, and no preposition has a `k`; none is longer than ten letters)
    if !matches!(m.kind, MKind::Unknown | MKind::Person)
        || prev.s.len() > 10
        || !(TOWN_PREPOSITIONS
            .iter()
            .any(|p| prev.s.eq_ignore_ascii_case(p))
            || compass_of(toks, at)
            || weaker_locative(toks, at, m, view))
    {
        return None;
    }
    // `its stake in Fuso`, `shares in Avon`: what one holds a part of is a company.
    let holding = m.start >= 2
        && prev.s == "in"
        && crate::lexicon::with_lower(toks[m.start - 2].s, |w| {
            matches!(
                w,
                "stake"
                    | "stakes"
                    | "interest"
                    | "interests"
                    | "holding"
                    | "holdings"
                    | "shares"
                    | "investment"
                    | "investments"
            )
        });
    if holding {
        return None;
    }
    let run = &toks[m.start..m.end];
    let town = view.gazetteer.town(run)?;
    ((may_name_town(run, m, view) || town_by_given_name(toks, m, view.gazetteer))
        && !ends_longer_place(toks, m, view.gazetteer))
    .then_some(town)
}

/// True when mention `m` ends a longer place the gazetteer matches anywhere, from a name
/// before it joined by `and` or `of` (`Labrador` in `Newfoundland and Labrador`): no town of
/// its own.
fn ends_longer_place(toks: &[Tok<'_>], m: &Mention, gaz: &Gazetteer) -> bool {
    m.start >= 2
        && matches!(toks[m.start - 1].s, "and" | "of" | "&")
        && (m.start.saturating_sub(5)..m.start - 1).any(|k| {
            toks[k].is_cap()
                && gaz
                    .match_at(&toks[k..])
                    .is_some_and(|(n, _)| k + n >= m.end)
        })
}

/// `linking Stockholm, Mariehamn and Turku`: a town of the gazetteer's smaller places, named
/// by a run that can name a town, listed with a place the gazetteer matches anywhere (see
/// [`listed_with_place`]), outside sports reports.
#[inline(never)]
pub(super) fn town_listed_with_place(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<&'static str> {
    // (not in a sports report, whose lists are of teams: `Southampton or Brentford v …`)
    if !matches!(m.kind, MKind::Unknown | MKind::Person) || m.start < 2 || view.sports {
        return None;
    }
    // (the list's shape first, from a token or two: most names beside a comma are no item
    // of one, `NAME, the minister,`)
    let neighbours = list_neighbours(toks, m.start, m.end);
    if neighbours.iter().all(Option::is_none) {
        return None;
    }
    let run = &toks[m.start..m.end];
    let town = view.gazetteer.town(run)?;
    (may_name_town(run, m, view)
        && listed_among_places(toks, m.start, m.end, neighbours, view.gazetteer)
        && !ends_longer_place(toks, m, view.gazetteer))
    .then_some(town)
}

/// `across Alice Springs`, `in Newton Aycliffe`: a run the names pass read as a person's by
/// its given name alone, right after a preposition that places (not `from` or `via`, which a
/// person's name follows too: `a letter from Ann Hall`), is a town's when the gazetteer holds
/// it whole (the caller asks).
pub(super) fn town_by_given_name(toks: &[Tok<'_>], m: &Mention, gaz: &Gazetteer) -> bool {
    // (`from Alice Springs to Port Augusta`: `from` too, when `to` and a place follow)
    let from_to = || {
        toks.get(m.end).is_some_and(|t| t.s == "to")
            && toks.get(m.end + 1).is_some_and(|t| t.is_cap())
            && (gaz.match_at(&toks[m.end + 1..]).is_some() || {
                let to = (m.end + 1..toks.len().min(m.end + 4))
                    .take_while(|&k| toks[k].is_cap())
                    .last()
                    .map_or(m.end + 1, |k| k + 1);
                gaz.town(&toks[m.end + 1..to]).is_some()
            })
    };
    m.kind == MKind::Person
        && m.roles.is_empty()
        && m.name_start == m.start
        && m.end - m.start >= 2
        && m.start > 0
        && TOWN_PREPOSITIONS.iter().any(|p| {
            toks[m.start - 1].s.eq_ignore_ascii_case(p)
                && (!matches!(*p, "from" | "via") || *p == "from" && from_to())
        })
        && toks[m.start..m.end]
            .iter()
            .all(|t| t.is_cap() && !t.is_possessive())
}

/// `Port Augusta`, `Fort Frances`: a run the gazetteer holds whole as a town, opening with a
/// word for a harbour or a fort, names that town wherever it stands (no person's name opens
/// so).
#[inline(never)]
pub(super) fn port_or_fort_town(
    toks: &[Tok<'_>],
    m: &Mention,
    view: &ArticleView<'_>,
) -> Option<&'static str> {
    if !matches!(m.kind, MKind::Unknown | MKind::Person)
        || m.end - m.start < 2
        || !matches!(toks[m.start].s, "Port" | "Fort")
    {
        return None;
    }
    view.gazetteer.town(&toks[m.start..m.end])
}
