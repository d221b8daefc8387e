//! Joining runs of capitalised words that together name one organisation (`Bank` + `of` +
//! `Canada`, `Goodyear Tire` + `and` + `Rubber Co`).

use crate::lexicon;

use super::super::people::FirstNames;
use super::super::places::Gazetteer;
use super::super::tokens::{T, Tok};
use super::super::words::{self, is_company_suffix};
use super::{Run, is_acronym, is_org_joiner, is_role};

/// Joins `Bank` + `of` + `Canada` into one run when the first part names an organisation.
pub(super) fn merge_org_runs(
    toks: &[Tok<'_>],
    runs: &mut Vec<Run>,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) {
    french_bodies(toks, runs);
    let mut k = 0;
    while k + 1 < runs.len() {
        let (s1, e1, initial) = runs[k];
        let (s2, e2, _) = runs[k + 1];
        let gap = &toks[e1..s2];
        let joinable = !gap.is_empty()
            && gap.len() <= 2
            && gap.iter().all(|t| is_org_joiner(t.s))
            && !toks[e1 - 1].is_possessive();
        // `Ministry of Immigration, Francization and Integration`, `Ministry of Labour,
        // Immigration, Training and Skills Development`: portfolios listed after a comma, one
        // word each, when `and` and the last portfolio follow, go on with the body's name.
        if gap.len() == 1 && gap[0].s == "," {
            let portfolio = |(s, e, _): Run| {
                e == s + 1
                    && !is_acronym(toks[s].s)
                    && first_names.get(toks[s].s).is_none()
                    && gaz.place_prefix(&[toks[s].base()]).is_none()
            };
            // (the listed portfolios: runs k + 1 .. j, each but the last followed by a comma)
            let mut j = k + 1;
            while j + 1 < runs.len()
                && portfolio(runs[j])
                && toks.get(runs[j].1).is_some_and(|t| t.s == ",")
                && runs[j + 1].0 == runs[j].1 + 1
            {
                j += 1;
            }
            let (sj, ej, _) = runs[j];
            if j < k + 5
                && portfolio(runs[j])
                && toks.get(ej).is_some_and(|t| t.s == "and")
                && let Some(&(s3, e3, _)) = runs.get(j + 1)
                && s3 == ej + 1
                && sj >= s2
                && portfolio_goes_on(toks, s1, e1, s3, e3, gaz, first_names)
            {
                runs[k] = (s1, e3, initial);
                runs.drain(k + 1..j + 2);
                continue;
            }
        }
        if numbered_body(toks, (s1, e1), (s2, e2), first_names) {
            runs[k] = (s1, e2, initial);
            runs.remove(k + 1);
            continue;
        }
        // Most neighbouring runs are apart: nothing else to ask of them.
        if !joinable {
            k += 1;
            continue;
        }
        // `the Irving School District and the Irving Police Department`: `the` after `and`
        // opens a second body's name.
        if gap.len() == 2 && gap[0].s == "and" && gap[1].s == "the" {
            k += 1;
            continue;
        }
        let org_first = toks[s1..e1].iter().any(|t| words::is_org_word(t.base()));
        let conjunction = gap.iter().any(|t| t.s == "and");
        // `Bank of Canada`, `Procter & Gamble`, `Globe and Mail`; not `X Institute and Y`.
        // `… University of the US`: a country after `of the` stands on its own.
        let of_the_country = gap.len() == 2
            && gap[1].s == "the"
            && (s2..e2).all(|k| toks[k].is_cap())
            && e2 - s2 <= 3
            && {
                let ws: Vec<&str> = toks[s2..e2].iter().map(|t| t.base()).collect();
                gaz.is_country(&ws)
            };
        // (but a body's word alone opens a name that runs on: `Embassy of the Republic of
        // Moldova`, `Ministry of the Interior`)
        let lone_body_word = e1 == s1 + 1 && words::is_org_word(toks[s1].base());
        if of_the_country && !lone_body_word {
            k += 1;
            continue;
        }
        // `Secretary of State John Kerry`, `Minister for Aviation NAME`: a title with `of` or
        // `for` stays with its name.
        // (With `for`, only before a portfolio and a given name, `Minister for Aviation Michael
        // Spicer`: not `MP for Ealing North`, `Attorney for Manhattan NAME`.)
        let portfolio_then_name = || {
            e2 - s2 >= 3
                && (s2 + 1..e2 - 1).any(|k| first_names.get(toks[k].s).is_some())
                && gaz.place_prefix(&[toks[s2].base()]).is_none()
        };
        let title_of = gap.len() == 1
            && is_role(toks[e1 - 1].base())
            && (gap[0].s == "of" || (gap[0].s == "for" && portfolio_then_name()));
        // `Standard Oil Co and BP America Inc`: a legal form closes a company's name, so
        // `and` after it joins two companies, not the words of one.
        let complete = conjunction && is_company_suffix(toks[e1 - 1].s);
        let joins = title_of
            || if complete {
                false
            } else if conjunction {
                // `Globe and Mail`, `Securities and Exchange Commission`, `S and P`
                // (not a country that is also a body's word: `South Korea and Canada`)
                (e2 == s2 + 1
                    && words::is_org_word(toks[s2].base())
                    && !gaz.is_country(&[toks[s2].base()]))
                    // `the Food and Drug Administration`: after `the`, words that name no body
                    // themselves (nor a country: `the U.S. and Acme Corp`) open the name the
                    // second part closes.
                    || (gap.len() == 1
                        && s1 > 0
                        && matches!(toks[s1 - 1].s, "the" | "The")
                        && !org_first
                        && words::is_org_word(toks[e2 - 1].base())
                        && !gaz.is_country(&toks[s1..e1].iter().map(|t| t.base()).collect::<Vec<_>>()))
                    || (e1 == s1 + 1
                        && e2 == s2 + 1
                        && toks[s1].s.len() == 1
                        && toks[s2].s.len() == 1)
                    // `Harris Bank and Trust Co`, `Gulf Resources and Chemical Corp`: a body's
                    // word on each side; not two bodies' whole names, the second with the same
                    // head or opening with a given name (`Citizens Bank and Canal Bank`,
                    // `Foreign Office and Lawrence Livermore National Laboratories`).
                    || (words::is_org_word(toks[e1 - 1].base())
                        && toks[s2..e2].iter().any(|t| words::is_org_word(t.base()))
                        && toks[e1 - 1].base() != toks[e2 - 1].base()
                        && first_names.get(toks[s2].s).is_none())
                    // `Department for Education and Skills`, `Department of Trade and
                    // Industry`: a portfolio after a body's word and `of`/`for` goes on past
                    // `and` (not to a body, a person or a place: `the Ministry of Defence and
                    // NATO`, `… and Japan`).
                    || (gap.len() == 1 && portfolio_goes_on(toks, s1, e1, s2, e2, gaz, first_names))
                    // `Goodyear Tire and Rubber Co`, `Pacific Gas and Electric Co`: a legal form
                    // closing the second part closes one company's name, unless the first part
                    // is a person's, a country's, a lone acronym or a whole body's name itself
                    // (`Ms. Hale and Acme Corp`, `Japan and Acme Corp`, `IBM and Apple Computer
                    // Inc`, `Acme Partners and Brindle Ltd`).
                    // (`Canada Mortgage and Housing Corporation`: a body's word may open the
                    // first part, not close it)
                    || (gap.len() == 1
                        && is_company_suffix(toks[e2 - 1].s)
                        && lexicon::honorific(toks[s1].s).is_none()
                        // (a lone given name before one surname-like word and the legal form
                        // is a founder's surname, `Clayton and Dubilier Inc`; not a state's
                        // name, `in Florida and Trust Co banks`)
                        && (first_names.get(toks[s1].s).is_none()
                            || (e1 == s1 + 1
                                && e2 == s2 + 2
                                && first_names.get(toks[s2].s).is_none()
                                && (gaz.place_prefix(&[toks[s1].s]).is_none()
                                    || gaz.is_city(toks[s1].s))))
                        && !(e1 == s1 + 1 && is_acronym(toks[s1].s))
                        && !words::is_org_word(toks[e1 - 1].base())
                        && !gaz.is_country(&toks[s1..e1].iter().map(|t| t.base()).collect::<Vec<_>>()))
                    || (gap.len() == 1 && national_department(toks, (s1, e1), (s2, e2), gaz, first_names))
            } else {
                // (`Boliden AB of Sweden`: another country's legal form closes the name, and
                // the place after `of` says where the company is; not `Ford Motor Co of
                // Canada`, `Public Service Co of New Mexico`, names of their own.)
                let placed_company = gap.len() == 1
                    && gap[0].s == "of"
                    && words::is_foreign_legal_form(toks[e1 - 1].s)
                    && {
                        let ws: Vec<&str> = toks[s2..e2].iter().map(|t| t.base()).collect();
                        gaz.place_prefix(&ws) == Some(ws.len())
                    };
                // `Barnett Banks of Florida Inc`, `Range Rover of North America Inc`: a place
                // and a legal form after `of` close one company's name (a place takes no legal
                // form of its own), unless a person's name comes before.
                let company_of_place = gap.len() == 1
                    && gap[0].s == "of"
                    && e2 - s2 >= 2
                    && is_company_suffix(toks[e2 - 1].s)
                    && first_names.get(toks[s1].s).is_none()
                    && lexicon::honorific(toks[s1].s).is_none()
                    && {
                        let ws: Vec<&str> = toks[s2..e2 - 1].iter().map(|t| t.base()).collect();
                        gaz.place_prefix(&ws) == Some(ws.len())
                    };
                // `The Transit Riders of Edmonton Collective`, `the Friends of Algonquin Park
                // Coalition`: after `the`, a place and a body's word after `of` close one
                // body's name (not a title's: `the Mayor of Montreal`, no body's word).
                let body_of_place = gap.len() == 1
                    && gap[0].s == "of"
                    && e2 - s2 >= 2
                    && s1 > 0
                    && matches!(toks[s1 - 1].s, "the" | "The")
                    && words::is_org_word(toks[e2 - 1].base())
                    && first_names.get(toks[s1].s).is_none()
                    && !is_role(toks[e1 - 1].base())
                    && {
                        let ws: Vec<&str> = toks[s2..e2 - 1].iter().map(|t| t.base()).collect();
                        gaz.place_prefix(&ws) == Some(ws.len())
                    };
                (org_first && !placed_company)
                    || company_of_place
                    || body_of_place
                    || described_body(toks, (s1, e1), (s2, e2), gap, gaz, first_names)
                    || gap.iter().any(|t| t.s == "&")
                    || (e1 == s1 + 1 && super::word_kinds::opens_group_name(toks, s1))
            };
        if joins {
            runs[k] = (s1, e2, initial);
            runs.remove(k + 1);
            // `Immigration, Refugees and Citizenship Canada`: a portfolio listed before.
            if k > 0
                && conjunction
                && national_department(toks, (s1, e1), (s2, e2), gaz, first_names)
                && let (s0, e0, initial0) = runs[k - 1]
                && e0 + 1 == s1
                && toks[e0].s == ","
                && e0 == s0 + 1
                && portfolio_word(toks[s0].base(), gaz, first_names)
                // (not the third of a list of names: `Acme, Health, Oceans and Parks Canada`; a
                // body's name before the comma closes a phrase: `In a statement to the National
                // Post, Immigration, Refugees and Citizenship Canada said`)
                && !(s0 >= 2
                    && toks[s0 - 1].s == ","
                    && toks[s0 - 2].is_cap()
                    && portfolio_word(toks[s0 - 2].base(), gaz, first_names))
            {
                runs[k - 1] = (s0, e2, initial0);
                runs.remove(k);
                k -= 1;
            }
        } else {
            k += 1;
        }
    }
}

/// `Environment and Climate Change Canada`, `Fisheries and Oceans Canada`: a national
/// department named by its portfolios and its country, a body's word (`Health Canada`,
/// `Sport England`); the part before `and` is one or two portfolio words.
fn national_department(
    toks: &[Tok<'_>],
    (s1, e1): (usize, usize),
    (s2, e2): (usize, usize),
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    let last = toks[e2 - 1].base();
    e2 - s2 >= 2
        && e1 - s1 <= 2
        && words::is_org_word(last)
        && gaz.is_country(&[last])
        && toks[s2..e2 - 1]
            .iter()
            .chain(&toks[s1..e1])
            .all(|t| portfolio_word(t.base(), gaz, first_names))
}

/// A capitalised word that may name a portfolio: no body's word, acronym, place or given name.
fn portfolio_word(w: &str, gaz: &Gazetteer, first_names: &FirstNames) -> bool {
    !words::is_org_word(w)
        && !is_acronym(w)
        && first_names.get(w).is_none()
        && gaz.place_prefix(&[w]).is_none()
        && lexicon::honorific(w).is_none()
}

/// The run `s1..e1` is a body's word, `of` or `for` and a portfolio (`Department for
/// Education`), and the run `s2..e2` after `and` goes on with it: one or two words naming no
/// body, no person, no place or feature, and not in `'s` (not `… and Development Jean-Claude
/// Paye`, `University of the Highlands and Islands`).
fn portfolio_goes_on(
    toks: &[Tok<'_>],
    s1: usize,
    e1: usize,
    s2: usize,
    e2: usize,
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    // (a portfolio is no place: `the Bank of England and Fed` are two bodies)
    let portfolio = (s1 + 1..e1.saturating_sub(1)).any(|k| {
        matches!(toks[k].s, "of" | "for")
            && words::is_org_word(toks[k - 1].base())
            && gaz.place_prefix(&[toks[k + 1].base()]).is_none()
    });
    let words: Vec<&str> = toks[s2..e2].iter().map(|t| t.base()).collect();
    // (after a name and a comma, `and` closes a list: `Morrow, House of Dalby and Big Quill all
    // said`)
    let listed = s1 >= 2 && toks[s1 - 1].s == "," && toks[s1 - 2].is_cap();
    // (a department's or a ministry's last portfolio may be a body's word too: `Department of
    // Energy, Mines and Resources`)
    let ministry = matches!(toks[s1].s, "Department" | "Ministry");
    portfolio
        && !listed
        && e2 - s2 <= 2
        && !toks[e2 - 1].is_possessive()
        && words.iter().all(|w| {
            !is_acronym(w)
                && (ministry || !words::is_org_word(w))
                && !words::is_feature_word(w)
                && !is_company_suffix(w)
                && first_names.get(w).is_none()
        })
        && gaz.place_prefix(&words).is_none()
}

/// `Echo Bay said`, `…, Bow Valley said`: the name on tokens `start..end` is the subject of a
/// reporting verb right after it, so it names whoever speaks (a building or a feature's name
/// so used is a body's). Not after a preposition (`in the Mideast Gulf said`, `freed from
/// Guantanamo Bay telling`), and not before a verb that is also a noun (`Gulf states`).
pub(crate) fn speaks_as_subject(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    // (past where it is: `The National Hurricane Center in Miami said`)
    let mut end = end;
    if toks.get(end).is_some_and(|t| matches!(t.s, "in" | "at"))
        && let Some(n) = toks.get(end + 1..)
        && let places = n
            .iter()
            .take(3)
            .take_while(|t| t.t == T::Word && t.is_cap())
            .count()
        && places > 0
    {
        end += 1 + places;
    }
    let Some(v) = toks.get(end) else {
        return false;
    };
    let plain = |t: &Tok<'_>| t.t == T::Word && !t.is_cap();
    let mut k = start;
    if k > 0 && toks[k - 1].s == "the" {
        k -= 1;
    }
    // (a word in lower case before it is no subject's, but for a label of a body: `the aid
    // group Harvest Bridge said`)
    plain(v)
        && !(k > 0 && plain(&toks[k - 1]) && !words::is_org_noun(toks[k - 1].s))
        && lexicon::is_reporting_verb_any_case(v.s)
        && !words::is_ambiguous_verb(v.s)
        && !v.s.strip_suffix('s').is_some_and(words::is_ambiguous_verb)
}

/// French words for a body that open its name (`Syndicat des travailleurs du jeu vidéo`,
/// `Commission d’accès à l’information`, `Régie du logement`).
fn is_french_body_word(w: &str) -> bool {
    matches!(
        w,
        "Syndicat"
            | "Fédération"
            | "Confédération"
            | "Commission"
            | "Conseil"
            | "Ministère"
            | "Société"
            | "Office"
            | "Régie"
            | "Association"
            | "Centrale"
            | "Institut"
            | "Comité"
            | "Tribunal"
            | "Cour"
            | "Agence"
            | "Caisse"
            | "Mouvement"
            | "Regroupement"
            | "Collectif"
            | "Ordre"
            | "Fondation"
            | "Autorité"
            | "Protecteur"
            | "Vérificateur"
            | "Directeur"
            | "Bureau"
            | "Alliance"
            | "Union"
            | "Aéroports"
            | "Hôpital"
            | "Université"
            | "Musée"
            | "Parti"
            | "Centre"
            | "École"
            | "Collège"
    )
}

/// A French article or preposition inside a body's name: `des`, `du`, `de`, `de la`, `à`,
/// `aux`, `pour`, or a word elided onto one (`d’accès`, `l’information`).
pub(crate) fn is_french_joiner(w: &str) -> bool {
    matches!(
        w,
        "des"
            | "du"
            | "de"
            | "la"
            | "le"
            | "les"
            | "à"
            | "au"
            | "aux"
            | "pour"
            | "et"
            | "en"
            | "sur"
    ) || ["d’", "d'", "l’", "l'"]
        .iter()
        .any(|p| w.len() > p.len() && w.starts_with(p))
}

/// `The Syndicat des travailleurs du jeu vidéo, which …, said`: a French body's name runs on in
/// lower case past its articles and prepositions, up to a mark or a word of the English around
/// it (a reporting verb, `which`, `said`). The run of its first word (one to three words, a
/// French body's word first) takes in the words and any runs inside.
fn french_bodies(toks: &[Tok<'_>], runs: &mut Vec<Run>) {
    let mut k = 0;
    while k < runs.len() {
        let (s, e, initial) = runs[k];
        k += 1;
        // (the word after the run asked first, by the first byte the token keeps of a word in
        // lower case, without reading its text: most are no French joiner)
        if e - s > 3
            || !toks.get(e).is_some_and(|t| {
                matches!(t.lower_first(), b'd' | b'l' | b'a' | b'p' | b'e' | b's')
                    && t.t == T::Word
                    && is_french_joiner(t.s)
            })
            || !is_french_body_word(toks[s].base())
        {
            continue;
        }
        // Up to ten words on: French joiners, and after each up to two words (`du jeu vidéo`),
        // none of the English around the name.
        let mut end = e;
        let mut words_after = 2;
        while end < toks.len() && end < e + 10 {
            let t = &toks[end];
            if t.t != T::Word || t.quoted != toks[s].quoted || is_english_word(t.s) {
                break;
            }
            // (`d’accès`: a joiner and its word)
            if t.s.contains(['’', '\'']) && is_french_joiner(t.s) {
                words_after = 1;
            } else if is_french_joiner(t.s) {
                words_after = 0;
            } else if t.is_cap() {
                // (a capitalised word closes its part: `Syndicat des Métallos` then English)
                words_after = 2;
            } else if words_after < 2 {
                words_after += 1;
            } else {
                break;
            }
            end += 1;
        }
        // (a name ends on a word, not on a joiner: `Conseil de`)
        while end > e && is_french_joiner(toks[end - 1].s) && !toks[end - 1].s.contains(['’', '\''])
        {
            end -= 1;
        }
        if end == e {
            continue;
        }
        runs[k - 1] = (s, end, initial);
        // (runs inside the name are part of it)
        while k < runs.len() && runs[k].0 < end {
            runs.remove(k);
        }
    }
}

/// An English word that ends a French body's name run on in lower case (`…, which`, `said`,
/// `has`): a function word, a reporting verb or a common auxiliary.
fn is_english_word(w: &str) -> bool {
    lexicon::is_function_word_any_case(w)
        || lexicon::is_reporting_verb_any_case(w)
        || matches!(
            w,
            "has" | "have" | "had" | "is" | "was" | "were" | "will" | "would" | "did"
        )
}

/// `Qimmiq 250 Society`, `Route 66 Association`, `Beijing 2008 Organizing Committee`: a number
/// between capitalised words and a body's word closing them is part of one body's name (not
/// after a person's name or a possessive: `Lena Ford 12 Society`, `Acme's 2024 Committee`).
fn numbered_body(
    toks: &[Tok<'_>],
    (s1, e1): (usize, usize),
    (s2, e2): (usize, usize),
    first_names: &FirstNames,
) -> bool {
    s2 == e1 + 1
        && toks[e1].s.len() <= 4
        && toks[e1].s.bytes().all(|b| b.is_ascii_digit())
        && words::is_org_word(toks[e2 - 1].base())
        && !toks[e1 - 1].is_possessive()
        && first_names.get(toks[s1].s).is_none()
        && first_names.get(toks[s2].s).is_none()
        && lexicon::honorific(toks[s1].s).is_none()
}

/// `The Caucasus Rule of Law Monitor, a watchdog based in …`: two words or more on each side
/// of `of`, the whole then described as a body, name that body (not a person's
/// name and where they work, `Anna Ruiz of Acme, a firm …`, nor a body and where it is,
/// `Burlington Menswear of New York City, a division of …`).
fn described_body(
    toks: &[Tok<'_>],
    (s1, e1): (usize, usize),
    (s2, e2): (usize, usize),
    gap: &[Tok<'_>],
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> bool {
    gap.len() == 1
        && gap[0].s == "of"
        && e1 - s1 >= 2
        && e2 - s2 >= 2
        && first_names.get(toks[s1].s).is_none()
        && lexicon::honorific(toks[s1].s).is_none()
        && toks.get(e2).is_some_and(|t| t.s == ",")
        && toks.get(e2 + 1).is_some_and(|t| matches!(t.s, "a" | "an"))
        && toks[e2 + 2..]
            .iter()
            .take(3)
            .take_while(|t| t.t == T::Word && !t.is_cap())
            .any(|t| words::is_org_noun(t.s))
        && {
            let ws: Vec<&str> = toks[s2..e2].iter().map(|t| t.base()).collect();
            gaz.place_prefix(&ws) != Some(ws.len())
        }
}
