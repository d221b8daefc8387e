//! Name mentions: runs of capitalised words, told apart as people, organisations and places,
//! with titles stripped (`Defense Secretary Ashton B. Carter` → `Ashton B. Carter`), and the
//! article's table of people that resolves `Mr. Cook` to `Peter Cook`.

use std::collections::HashMap;

use crate::lexicon::{self, Gender};

use super::places::Gazetteer;
use super::tokens::{T, Tok};

/// Capitalised words of titles and roles that stand before a name and are not part of it.
const ROLE_WORDS: &[&str] = &[
    "Secretary",
    "Minister",
    "President",
    "Vice",
    "Prime",
    "Premier",
    "Foreign",
    "Defense",
    "Defence",
    "State",
    "Deputy",
    "Chief",
    "Executive",
    "Director",
    "Chairman",
    "Chairwoman",
    "Chair",
    "CEO",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Leader",
    "Senator",
    "Congressman",
    "Congresswoman",
    "Councillor",
    "Councilor",
    "Mayor",
    "Governor",
    "Attorney",
    "General",
    "Justice",
    "Judge",
    "Commissioner",
    "Ambassador",
    "Coach",
    "Manager",
    "Captain",
    "Officer",
    "Constable",
    "Sergeant",
    "Inspector",
    "Detective",
    "Professor",
    "Health",
    "Finance",
    "Interior",
    "Transport",
    "Transportation",
    "Environment",
    "Education",
    "Labour",
    "Labor",
    "Trade",
    "Energy",
    "Opposition",
    "Treasury",
    "Homeland",
    "Security",
    "Speaker",
    "Superintendent",
    "Lieutenant",
    "Colonel",
    "Major",
    "Admiral",
    "Commander",
    "Corporal",
    "Private",
    "Chancellor",
    "Founder",
    "Co-founder",
    "Head",
    "Former",
    "Acting",
    "Interim",
    "Assistant",
    "Associate",
    "Senior",
    "Junior",
    "Staff",
    "Special",
    "Envoy",
    "Economy",
    "Agriculture",
    "Fisheries",
    "Immigration",
    "Public",
    "Safety",
    "Affairs",
    "Development",
    "Infrastructure",
    "Housing",
    "Culture",
    "Heritage",
    "Sport",
    "Tourism",
    "Northern",
    "Indigenous",
    "Relations",
    "Crown-Indigenous",
    "Veterans",
    "Natural",
    "Resources",
    "Mines",
    "Industry",
    "Innovation",
    "Science",
    "Technology",
    "Communications",
    "Digital",
    "Budget",
    "Revenue",
    "Employment",
    "Workforce",
    "Chief",
    "Police",
    "RCMP",
    "Liberal",
    "Conservative",
    "Democratic",
    "Republican",
    "Democrat",
    "NDP",
    "Green",
    "Tory",
    "Labour",
    "MP",
    "MPP",
    "MLA",
    "Rep",
    "Rep.",
    "Sen.",
    "Gov.",
    "Gen.",
    "Lt.",
    "Col.",
    "Capt.",
    "Sgt.",
    "Cpl.",
    "Const.",
    "Det.",
    "Insp.",
    "Supt.",
    "Adm.",
    "Maj.",
    "Cmdr.",
    "Pte.",
    "Prof.",
    "Dr.",
    "Dr",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Miss",
    "Mx.",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Rev.",
    "Reverend",
    "Father",
    "Pope",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Sheikh",
    "Rabbi",
    "Imam",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Pastor",
    "Hon.",
    "Honourable",
    "Honorable",
    "Dean",
    "Provost",
    "Registrar",
    "Warden",
    "Sheriff",
    "Marshal",
    "Trustee",
    "Alderman",
    "Reeve",
    "Elder",
    "Grand",
    "Regional",
    "Provincial",
    "Federal",
    "National",
    "City",
    "Council",
    "Municipal",
    "Party",
    "Team",
    "Head",
    "Coach",
    "Assistant",
    "Supreme",
    "Court",
    "Crown",
    "Counsel",
    "Prosecutor",
    "Defence",
    "Lawyer",
    "U.S.",
    "UN",
    "U.N.",
    "EU",
    "NATO",
    "Afghan",
    "Foreign",
    "Finance",
    "Justice",
];

/// Words that make a run of capitalised words an organisation.
const ORG_WORDS: &[&str] = &[
    "Department",
    "Ministry",
    "Agency",
    "Inc",
    "Inc.",
    "Corp",
    "Corp.",
    "Corporation",
    "Co",
    "Co.",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "plc",
    "Company",
    "Group",
    "Association",
    "Union",
    "Council",
    "Committee",
    "Party",
    "Service",
    "Services",
    "University",
    "Institute",
    "Bank",
    "Board",
    "Commission",
    "Court",
    "Office",
    "Government",
    "Administration",
    "Foundation",
    "News",
    "Press",
    "Times",
    "Post",
    "Herald",
    "Journal",
    "Gazette",
    "Tribune",
    "Star",
    "Globe",
    "Mail",
    "Telegraph",
    "Guardian",
    "Reuters",
    "Network",
    "Television",
    "Radio",
    "Church",
    "School",
    "College",
    "Academy",
    "Hospital",
    "Clinic",
    "Centre",
    "Center",
    "Museum",
    "Society",
    "Federation",
    "Assembly",
    "League",
    "Club",
    "Fund",
    "Trust",
    "Authority",
    "Bureau",
    "Police",
    "Army",
    "Navy",
    "Forces",
    "Force",
    "Guard",
    "Parliament",
    "Congress",
    "Senate",
    "House",
    "Cabinet",
    "Organization",
    "Organisation",
    "Coalition",
    "Alliance",
    "Partnership",
    "Holdings",
    "Industries",
    "Systems",
    "Technologies",
    "Airlines",
    "Airways",
    "Motors",
    "Energy",
    "Resources",
    "Capital",
    "Partners",
    "Exchange",
    "Securities",
    "Insurance",
    "Media",
    "Pictures",
    "Studios",
    "Records",
    "Entertainment",
    "Labs",
    "Laboratory",
    "Project",
    "Program",
    "Programme",
    "Network",
    "Initiative",
    "Council",
    "Tribunal",
    "Inquiry",
    "Caucus",
    "Chamber",
    "Cooperative",
    "Co-operative",
    "Collective",
    "Secretariat",
    "Directorate",
    "Command",
    "Unit",
    "Team",
    "FC",
    "Nations",
    "Kremlin",
    "Pentagon",
    "Commons",
    "Lords",
    "Region",
    "District",
    "Municipality",
    "Township",
    "County",
    "Library",
    "Station",
    "Airport",
    "Stadium",
    "Arena",
    "Hall",
    "Tower",
    "Towers",
    "Mall",
    "Hotel",
    "Restaurant",
    "Cafe",
    "Café",
    "Brewery",
    "Farms",
    "Foods",
    "Canada",
    "Magazine",
    "Weekly",
    "Daily",
    "Courier",
    "Ledger",
    "Beacon",
    "Wiki",
    "Twitter",
    "Facebook",
    "YouTube",
    "Instagram",
    "Google",
    "Department's",
    "Department’s",
];

/// Lower-case words that may sit inside a person's name.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn",
    "al", "el", "dos", "das", "ter", "ten", "y",
];

/// Words that may join two runs into one organisation name (`Bank of Canada`).
const ORG_JOINERS: &[&str] = &["of", "for", "and", "on", "&", "de", "du", "des", "the"];

/// Directions that may stand before a place without making it another name.
const DIRECTIONS: &[&str] = &[
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "Greater",
    "Metro",
    "Downtown",
    "Northeast",
    "Northwest",
    "Southeast",
    "Southwest",
    "Northeastern",
    "Northwestern",
    "Southeastern",
    "Southwestern",
    "Rural",
    "Coastal",
    "Inner",
    "Outer",
    "Mid",
];

/// Demonyms and group words not derivable from a place name by the usual suffixes.
const DEMONYMS: &[&str] = &[
    "British",
    "French",
    "Dutch",
    "Swiss",
    "Welsh",
    "Scottish",
    "Irish",
    "English",
    "Spanish",
    "Greek",
    "Thai",
    "Filipino",
    "Afghan",
    "Saudi",
    "Turkish",
    "Danish",
    "Swedish",
    "Finnish",
    "Polish",
    "Norwegian",
    "Czech",
    "Slovak",
    "Kurdish",
    "Arab",
    "Palestinian",
    "Emirati",
    "Lebanese",
    "Portuguese",
    "Sudanese",
    "Congolese",
    "Senegalese",
    "Maltese",
    "Nepalese",
    "Burmese",
    "Taiwanese",
    "Icelandic",
    "Flemish",
    "Basque",
    "Catalan",
    "Scandinavian",
    "Soviet",
    "Muslim",
    "Christian",
    "Jewish",
    "Sikh",
    "Hindu",
    "Buddhist",
    "Catholic",
    "Protestant",
    "Indigenous",
    "Aboriginal",
    "Inuit",
    "Métis",
    "Latino",
    "Hispanic",
    "Quebecer",
    "Korean",
    "Kiwi",
    "Aussie",
    "Yankee",
    "Québécois",
    "Cypriot",
    "Slovenian",
    "Croatian",
    "Serbian",
    "Bosnian",
    "Hungarian",
    "Romanian",
    "Bulgarian",
    "Lithuanian",
    "Latvian",
    "Estonian",
    "Belarusian",
    "Georgian",
    "Armenian",
    "Azerbaijani",
    "Kazakh",
    "Uzbek",
    "Tajik",
    "Uighur",
    "Uyghur",
    "Tibetan",
    "Mongolian",
    "Malaysian",
    "Singaporean",
    "Indonesian",
    "Australian",
    "Zealander",
    "Kenyan",
    "Nigerian",
    "Ghanaian",
    "Ethiopian",
    "Somali",
    "Moroccan",
    "Algerian",
    "Tunisian",
    "Libyan",
    "Egyptian",
    "Venezuelan",
    "Colombian",
    "Chilean",
    "Argentine",
    "Argentinian",
    "Peruvian",
    "Bolivian",
    "Ecuadorian",
    "Cuban",
    "Jamaican",
    "Haitian",
    "Dominican",
    "Guatemalan",
    "Honduran",
    "Salvadoran",
    "Nicaraguan",
    "Panamanian",
    "Republican",
    "Democrat",
    "Democratic",
    "Liberal",
    "Conservative",
    "Tory",
    "Labour",
    "Communist",
    "Socialist",
    "Sunni",
    "Shia",
    "Shiite",
    "Islamist",
    "Kurd",
    "Pashtun",
    "Western",
    "Eastern",
    "Northern",
    "Southern",
    "Allied",
    "Olympic",
    "Paralympic",
];

/// Suffix rewrites that turn a demonym back into its place (`Syrian` → `Syria`).
const DEMONYM_SUFFIXES: &[(&str, &str)] = &[
    ("n", ""),
    ("ian", "a"),
    ("ian", ""),
    ("ian", "y"),
    ("ian", "e"),
    ("ian", "ia"),
    ("an", "a"),
    ("an", "o"),
    ("an", "any"),
    ("an", ""),
    ("ese", "a"),
    ("ese", ""),
    ("i", ""),
    ("ean", "e"),
    ("vian", ""),
    ("er", ""),
    ("ite", ""),
];

/// True for a demonym (`Russian`, `Canadians`, `Chinese`).
pub(crate) fn is_demonym(w: &str, gaz: &Gazetteer) -> bool {
    let w = w.strip_suffix('s').filter(|b| b.len() > 3).unwrap_or(w);
    if DEMONYMS.contains(&w) {
        return true;
    }
    DEMONYM_SUFFIXES.iter().any(|(suf, add)| {
        w.strip_suffix(suf)
            .filter(|stem| stem.len() >= 3)
            .is_some_and(|stem| gaz.place_prefix(&[&format!("{stem}{add}")]).is_some())
    })
}

/// A name word reduced for comparison: lower case, no possessive, no Arabic article
/// (`al-Moallem` ~ `Moallem`).
pub(crate) fn name_key(w: &str) -> String {
    let w = super::tokens::strip_possessive(w).to_lowercase();
    for pre in ["al-", "el-", "ad-", "as-", "an-", "ar-", "at-", "az-"] {
        if let Some(rest) = w.strip_prefix(pre)
            && !rest.is_empty()
        {
            return rest.to_owned();
        }
    }
    w
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
    pub kind: MKind,
    /// The name proper: words joined by spaces, possessive removed.
    pub name: String,
    /// Gender implied by an honorific or a given name.
    pub gender: Option<Gender>,
    /// Lower-case title and role words before the name.
    pub roles: Vec<String>,
    pub possessive: bool,
    pub quoted: bool,
    /// Preceded by `the`.
    pub after_the: bool,
    /// Starts its sentence.
    pub sentence_initial: bool,
}

/// Given names with their usual gender, from `data/first_names.tsv`.
pub(crate) struct FirstNames {
    map: HashMap<&'static str, Option<Gender>>,
}

impl FirstNames {
    pub fn load() -> Self {
        let mut map = HashMap::new();
        for line in include_str!("../../data/first_names.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((name, g)) = line.split_once('\t') {
                let g = match g {
                    "M" => Some(Gender::Male),
                    "F" => Some(Gender::Female),
                    _ => None,
                };
                map.insert(name, g);
            }
        }
        FirstNames { map }
    }

    /// `Some(gender)` for a known given name (`Some(None)` when it is unisex).
    pub fn get(&self, w: &str) -> Option<Option<Gender>> {
        self.map.get(w).copied()
    }
}

fn is_role(w: &str) -> bool {
    ROLE_WORDS.contains(&w) || lexicon::honorific(w).is_some()
}

fn is_org_word(w: &str) -> bool {
    ORG_WORDS.contains(&w)
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}

/// Can this token be part of a name run?
fn is_name_tok(t: &Tok<'_>) -> bool {
    if t.t != T::Word {
        return false;
    }
    let s = t.s;
    let first = s.chars().next().unwrap_or(' ');
    if first.is_uppercase() {
        return !lexicon::is_calendar(s)
            && !matches!(
                s,
                "I" | "I’m" | "I'm" | "I’ve" | "I've" | "I’d" | "I'd" | "I’ll" | "I'll" | "OK"
            );
    }
    // `al-Assad`, `bin` handled by the caller; `de-Gaulle` style with a capital after a hyphen.
    s.split(['-', '’', '\''])
        .skip(1)
        .any(|p| p.chars().next().is_some_and(char::is_uppercase))
}

/// Finds the name mentions of one paragraph.
pub(crate) fn mentions(
    toks: &[Tok<'_>],
    sentence_starts: &[usize],
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> Vec<Mention> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let n = toks.len();
    while i < n {
        let initial = sentence_starts.contains(&i) || (i > 0 && toks[i - 1].t == T::Open);
        let skip_initial = initial && toks[i].t == T::Word && {
            let lower = toks[i].s.to_lowercase();
            lexicon::is_function_word(&lower)
        };
        if !is_name_tok(&toks[i]) || skip_initial {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        while end < n {
            let t = &toks[end];
            if toks[end - 1].is_possessive() || toks[end - 1].quoted != t.quoted {
                break;
            }
            if is_name_tok(t) {
                end += 1;
            } else if t.t == T::Word
                && PARTICLES.contains(&t.s)
                && toks.get(end + 1).is_some_and(is_name_tok)
            {
                end += 2;
            } else {
                break;
            }
        }
        runs.push((start, end));
        i = end;
    }
    merge_org_runs(toks, &mut runs);
    runs.into_iter()
        .filter_map(|(s, e)| classify(toks, s, e, sentence_starts, gaz, first_names))
        .collect()
}

/// Joins `Bank` + `of` + `Canada` into one run when the first part names an organisation.
fn merge_org_runs(toks: &[Tok<'_>], runs: &mut Vec<(usize, usize)>) {
    let mut k = 0;
    while k + 1 < runs.len() {
        let (s1, e1) = runs[k];
        let (s2, e2) = runs[k + 1];
        let gap = &toks[e1..s2];
        let joinable = !gap.is_empty()
            && gap.len() <= 2
            && gap.iter().all(|t| ORG_JOINERS.contains(&t.s))
            && !toks[e1 - 1].is_possessive();
        let org_first = toks[s1..e1].iter().any(|t| is_org_word(t.base()));
        let conjunction = gap.iter().any(|t| t.s == "and");
        // `Bank of Canada`, `Procter & Gamble`, `Globe and Mail`; not `X Institute and Y`.
        let joins = if conjunction {
            e2 == s2 + 1 && is_org_word(toks[s2].base())
        } else {
            org_first || gap.iter().any(|t| t.s == "&")
        };
        if joinable && joins {
            runs[k] = (s1, e2);
            runs.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

fn classify(
    toks: &[Tok<'_>],
    start: usize,
    end: usize,
    sentence_starts: &[usize],
    gaz: &Gazetteer,
    first_names: &FirstNames,
) -> Option<Mention> {
    let run = &toks[start..end];
    let words: Vec<&str> = run.iter().map(|t| t.base()).collect();
    let possessive = run.last().is_some_and(|t| t.is_possessive());
    let after_the = start > 0 && matches!(toks[start - 1].s, "the" | "The");
    let sentence_initial =
        sentence_starts.contains(&start) || (start > 0 && toks[start - 1].t == T::Open);
    let quoted = run[0].quoted;
    let mut gender = None;
    let mut roles = Vec::new();

    // Places and directions alone make a place.
    let mut k = 0;
    while k < words.len() {
        if DIRECTIONS.contains(&words[k]) {
            k += 1;
        } else if let Some(len) = gaz.place_prefix(&words[k..]) {
            k += len;
        } else {
            break;
        }
    }
    if k == words.len() && words.iter().any(|w| !DIRECTIONS.contains(w)) {
        return Some(Mention {
            start,
            end,
            name_start: start,
            kind: MKind::Place,
            name: words.join(" "),
            gender,
            roles,
            possessive,
            quoted,
            after_the,
            sentence_initial,
        });
    }
    if words.iter().any(|w| is_org_word(w)) || (after_the && lexicon::honorific(words[0]).is_none())
    {
        let name = words.join(" ");
        return Some(Mention {
            start,
            end,
            name_start: start,
            kind: MKind::Org,
            name,
            gender,
            roles,
            possessive,
            quoted,
            after_the,
            sentence_initial,
        });
    }
    // Strip titles, roles, places and demonym-like words before the name proper.
    let mut name_from = 0;
    for (j, w) in words.iter().enumerate() {
        if j + 1 == words.len() {
            break;
        }
        if let Some((_, g)) = lexicon::honorific(w) {
            gender = gender.or(g);
            roles.push(w.trim_end_matches('.').to_lowercase());
            name_from = j + 1;
        } else if is_role(w) || is_demonym(w, gaz) {
            roles.push(w.trim_end_matches('.').to_lowercase());
            name_from = j + 1;
        } else if let Some(len) = gaz.place_prefix(&words[j..]) {
            if j + len < words.len() && j == name_from {
                name_from = j + len;
            }
        }
    }
    // A given name later in the run opens the name (`Crown-Indigenous Relations Carolyn Bennett`).
    if words.len() - name_from > 2
        && let Some(off) = words[name_from + 1..words.len() - 1]
            .iter()
            .position(|w| first_names.get(w).is_some())
        && first_names.get(words[name_from]).is_none()
    {
        name_from += off + 1;
    }
    let name_words = &words[name_from..];
    if name_words.is_empty()
        || (name_words.len() == 1 && (is_role(name_words[0]) || is_demonym(name_words[0], gaz)))
    {
        return None;
    }
    if gender.is_none() {
        gender = first_names.get(name_words[0]).flatten();
    }
    let titled = name_from > 0 && !roles.is_empty();
    let kind = if is_acronym(name_words[0]) && name_words.len() <= 3 {
        MKind::Org
    } else if name_words.len() >= 2 || titled {
        MKind::Person
    } else {
        MKind::Unknown
    };
    // A lone capitalised word opening a sentence is most often just that.
    if kind == MKind::Unknown && sentence_initial && start + 1 == end {
        let next_is_verb = toks.get(end).is_some_and(|t| {
            t.t == T::Word && lexicon::is_reporting_verb_form(&t.s.to_lowercase())
        });
        if !next_is_verb {
            return None;
        }
    }
    Some(Mention {
        start,
        end,
        name_start: start + name_from,
        kind,
        name: name_words.join(" "),
        gender,
        roles,
        possessive,
        quoted,
        after_the,
        sentence_initial,
    })
}

/// A person the article names, under the fullest name it gives.
#[derive(Debug, Clone)]
pub(crate) struct Person {
    pub name: String,
    pub words: Vec<String>,
    pub gender: Option<Gender>,
    pub roles: Vec<String>,
}

impl Person {
    fn surname(&self) -> String {
        self.words.last().map(|w| name_key(w)).unwrap_or_default()
    }
    fn given(&self) -> String {
        self.words.first().map(|w| name_key(w)).unwrap_or_default()
    }
}

/// The people of one article, for resolving short mentions to full names.
#[derive(Debug, Default)]
pub(crate) struct People {
    pub people: Vec<Person>,
}

impl People {
    /// Registers every person mention of the article (full names first, in order).
    pub fn build(all: &[Vec<Mention>]) -> Self {
        let mut p = People::default();
        for m in all.iter().flatten() {
            if m.kind == MKind::Person && m.name.split(' ').count() >= 2 {
                p.register(m);
            }
        }
        // Genders and roles carried by short mentions (`Mr. Kerry`, `Ms. Roe`).
        for m in all.iter().flatten() {
            if matches!(m.kind, MKind::Person | MKind::Unknown)
                && let Some(i) = p.find(&m.name)
            {
                if p.people[i].gender.is_none() {
                    p.people[i].gender = m.gender;
                }
                for r in &m.roles {
                    if !p.people[i].roles.contains(r) {
                        p.people[i].roles.push(r.clone());
                    }
                }
            }
        }
        p
    }

    fn register(&mut self, m: &Mention) {
        let words: Vec<String> = m.name.split(' ').map(str::to_owned).collect();
        let surname = words.last().map(|w| name_key(w)).unwrap_or_default();
        let given = name_key(&words[0]);
        if let Some(existing) = self
            .people
            .iter_mut()
            .find(|p| p.surname() == surname && p.given() == given)
        {
            if words.len() > existing.words.len() {
                existing.name = m.name.clone();
                existing.words = words;
            }
            existing.gender = existing.gender.or(m.gender);
            return;
        }
        self.people.push(Person {
            name: m.name.clone(),
            words,
            gender: m.gender,
            roles: m.roles.clone(),
        });
    }

    /// The person a name refers to: same given name and surname, or a bare surname (or, failing
    /// that, a bare given name such as `Kim` for `Kim Jong-un`).
    pub fn find(&self, name: &str) -> Option<usize> {
        let words: Vec<String> = name.split(' ').map(name_key).collect();
        let last = words.last()?.clone();
        if words.len() >= 2 {
            return self
                .people
                .iter()
                .position(|p| p.surname() == last && p.given() == words[0])
                .or_else(|| {
                    self.people
                        .iter()
                        .position(|p| p.surname() == last && p.words.len() < words.len())
                });
        }
        let by_surname: Vec<usize> = (0..self.people.len())
            .filter(|&i| self.people[i].surname() == last)
            .collect();
        if let Some(&i) = by_surname.first() {
            return Some(i);
        }
        let by_given: Vec<usize> = (0..self.people.len())
            .filter(|&i| self.people[i].given() == last)
            .collect();
        (by_given.len() == 1).then(|| by_given[0])
    }

    /// True when `word` is a given name or surname of someone in the article.
    pub fn has_name_word(&self, word: &str) -> bool {
        let k = name_key(word);
        self.people
            .iter()
            .any(|p| p.given() == k || p.surname() == k)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::{sentences, tokenize};
    use super::*;

    fn found(text: &str) -> Vec<(MKind, String)> {
        let gaz = Gazetteer::bundled();
        let fnames = FirstNames::load();
        let toks = tokenize(text, false);
        let starts: Vec<usize> = sentences(&toks).iter().map(|r| r.start).collect();
        mentions(&toks, &starts, gaz, &fnames)
            .into_iter()
            .map(|m| (m.kind, m.name))
            .collect()
    }

    #[test]
    fn titles_and_places_are_stripped_from_names() {
        assert_eq!(
            found("Secretary of State John Kerry met Defense Secretary Ashton B. Carter."),
            [
                (MKind::Person, "John Kerry".to_owned()),
                (MKind::Person, "Ashton B. Carter".to_owned())
            ]
        );
        assert_eq!(
            found(
                "He praised U.S. President Donald Trump and Minister of Crown-Indigenous Relations Carolyn Bennett."
            ),
            [
                (MKind::Person, "Donald Trump".to_owned()),
                (MKind::Person, "Carolyn Bennett".to_owned())
            ]
        );
    }

    #[test]
    fn organisations_places_and_sentence_starts() {
        let got = found(
            "Shortly after, the Pentagon said the Washington Institute for Near East Policy and RIA Novosti met in Moscow.",
        );
        assert_eq!(
            got,
            [
                (MKind::Org, "Pentagon".to_owned()),
                (
                    MKind::Org,
                    "Washington Institute for Near East Policy".to_owned()
                ),
                (MKind::Org, "RIA Novosti".to_owned()),
                (MKind::Place, "Moscow".to_owned()),
            ]
        );
    }

    #[test]
    fn people_resolve_short_mentions() {
        let gaz = Gazetteer::bundled();
        let fnames = FirstNames::load();
        let paras = [
            "Secretary of State John Kerry arrived. Andrew J. Tabler spoke.",
            "Mr. Kerry said it. Mr. Tabler added more. Kim Jong-un waved.",
        ];
        let all: Vec<Vec<Mention>> = paras
            .iter()
            .map(|p| {
                let toks = tokenize(p, false);
                let starts: Vec<usize> = sentences(&toks).iter().map(|r| r.start).collect();
                mentions(&toks, &starts, gaz, &fnames)
            })
            .collect();
        let people = People::build(&all);
        let kerry = people.find("Kerry").unwrap();
        assert_eq!(people.people[kerry].name, "John Kerry");
        assert_eq!(people.people[kerry].gender, Some(Gender::Male));
        assert_eq!(
            people.people[people.find("Tabler").unwrap()].name,
            "Andrew J. Tabler"
        );
        assert_eq!(
            people.people[people.find("Kim").unwrap()].name,
            "Kim Jong-un"
        );
        assert!(people.find("Smith").is_none());
    }
}
