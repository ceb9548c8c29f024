"""The shipped gazetteer: coverage of the world's states, one actor per form, and
a few resolutions through the real extractor (no database).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from accusegraph.ingest.extract import Extractor
from accusegraph.ingest.rules_vocab import gazetteer
from accusegraph.model import Article

# The 193 member states under their names in the UN list (so the official forms
# are checked as aliases too: "Czechia", "Viet Nam", "Türkiye", ...).
UN_MEMBERS = [
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Plurinational State of Bolivia",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
    "Chile", "China", "Colombia", "Comoros", "Republic of the Congo", "Costa Rica", "Côte d'Ivoire",
    "Croatia", "Cuba", "Cyprus", "Czechia", "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana",
    "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Islamic Republic of Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia",
    "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
    "Federated States of Micronesia", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger",
    "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Republic of Korea", "Republic of Moldova", "Romania", "Russian Federation", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
    "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
    "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga",
    "Trinidad and Tobago", "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "United Kingdom of Great Britain and Northern Ireland",
    "United Republic of Tanzania", "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Bolivarian Republic of Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
]
# observers and states commonly reported as such
OTHER_STATES = ["State of Palestine", "Holy See", "Kosovo", "Taiwan"]

# the states shipped before the gazetteer covered the world: other code and
# tests refer to these canonical names, and their capitals must stay (Brussels
# names the EU in the news, not Belgium: see test_brussels_is_the_eu)
FIRST_STATES = {
    "United States": "Washington", "United Kingdom": "London", "Russia": "Moscow",
    "China": "Beijing", "Canada": "Ottawa", "Saudi Arabia": "Riyadh", "Netherlands": "The Hague",
    "Australia": "Canberra", "Germany": "Berlin", "France": "Paris", "Ukraine": "Kyiv",
    "Belarus": "Minsk", "Poland": "Warsaw", "Italy": "Rome", "Spain": "Madrid",
    "Sweden": "Stockholm", "Norway": "Oslo", "Denmark": "Copenhagen", "Finland": "Helsinki",
    "Estonia": "Tallinn", "Latvia": "Riga", "Lithuania": "Vilnius", "Czech Republic": "Prague",
    "Hungary": "Budapest", "Austria": "Vienna", "Switzerland": "Bern", "Belgium": None,
    "Ireland": "Dublin", "Greece": "Athens", "Turkey": "Ankara", "Iran": "Tehran",
    "Iraq": "Baghdad", "Syria": "Damascus", "Israel": "Jerusalem", "Lebanon": "Beirut",
    "Egypt": "Cairo", "Qatar": "Doha", "United Arab Emirates": "Abu Dhabi", "Yemen": "Sanaa",
    "Afghanistan": "Kabul", "Pakistan": "Islamabad", "India": "New Delhi",
    "North Korea": "Pyongyang", "South Korea": "Seoul", "Japan": "Tokyo", "Taiwan": "Taipei",
    "Vietnam": "Hanoi", "Malaysia": "Kuala Lumpur", "Indonesia": "Jakarta",
    "Philippines": "Manila", "Brazil": "Brasilia", "Mexico": "Mexico City",
    "Venezuela": "Caracas", "Argentina": "Buenos Aires", "Cuba": "Havana",
    "South Africa": "Pretoria", "Nigeria": "Abuja", "Ethiopia": "Addis Ababa", "Kenya": "Nairobi",
    "New Zealand": "Wellington",
}

# Short or common-word forms allowed as aliases, each for a reason: matching is
# case-sensitive, and none of these is an English word written so.
SHORT_FORMS_ALLOWED = {
    "US", "UK", "UN", "EU", "AU",   # the usual abbreviations of states and unions
    "AP", "FT", "RT", "DW",         # news outlets, in capitals
}
# Forms deliberately left out: English words, given names, or names two actors share.
FORBIDDEN_FORMS = {
    "IS", "Is", "AI", "PA", "Who", "CAR", "RSF", "Wagner", "Lazarus", "Congress",
    "General Assembly", "Red Cross", "Korea", "Victoria", "Kingston", "Georgetown", "Santiago",
    "San José", "Nassau", "Panama City", "Sofia", "Male", "Kurdish", "Kurds", "Economist",
    "Serbs", "Croats", "PTI", "EFF", "SDF", "CSIS", "PNG", "Duma", "Security Service",
}


def _forms() -> dict[str, set[str]]:
    """Every name-form (alias, capital, canonical name) -> the actors it names."""
    out: dict[str, set[str]] = defaultdict(set)
    for actor in gazetteer().actors:
        for form in actor.surface_forms():
            out[form].add(actor.name)
            if form.lower().startswith("the "):
                out[form[4:]].add(actor.name)
    return out


def _demonyms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for actor in gazetteer().actors:
        for dem in actor.demonyms:
            out[dem].add(actor.name)
            out[dem.lower()].add(actor.name)
    return out


# ---------------------------------------------------------------- data

def test_every_un_member_state_is_a_state():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193
    gaz = gazetteer()
    missing = [n for n in UN_MEMBERS + OTHER_STATES
               if gaz.by_form.get(n) is None or gaz.by_form[n].kind != "state"]
    assert missing == []
    actors = {gaz.by_form[n].name for n in UN_MEMBERS + OTHER_STATES}
    assert len(actors) == 193 + len(OTHER_STATES)   # no two names fall on one state


def test_the_first_states_keep_their_names_and_capitals():
    by_name = {a.name: a for a in gazetteer().actors}
    for name, capital in FIRST_STATES.items():
        assert by_name[name].kind == "state" and by_name[name].capital == capital, name


def test_brussels_is_the_eu():
    assert gazetteer().by_form["Brussels"].name == "European Union"


def test_every_state_has_a_demonym_or_says_why_not():
    # Dominica shares "Dominican" with the Dominican Republic; the Republic of the
    # Congo shares "Congolese" with the DRC; the Holy See has none
    exempt = {"Dominica", "Republic of the Congo", "Vatican"}
    lacking = [a.name for a in gazetteer().actors
               if a.kind == "state" and not a.demonyms and a.name not in exempt]
    assert lacking == []


def test_no_form_names_two_actors():
    forms, dems = _forms(), _demonyms()
    assert {f: s for f, s in forms.items() if len(s) > 1} == {}
    assert {d: s for d, s in dems.items() if len(s) > 1} == {}
    # a word that is both a name-form and a demonym names the same actor
    assert {w: (forms[w], dems[w]) for w in set(forms) & set(dems) if forms[w] != dems[w]} == {}


def test_canonical_names_are_unique():
    names = [a.name for a in gazetteer().actors]
    assert len(names) == len(set(names))


def test_short_and_ambiguous_forms_are_vetted():
    forms = set(_forms())
    short = {f for f in forms if len(f.replace(".", "")) <= 2 and f.replace(".", "").isalpha()}
    assert short <= SHORT_FORMS_ALLOWED | {"U.S.", "U.K.", "U.N.", "E.U."}
    assert (forms | set(_demonyms())) & FORBIDDEN_FORMS == set()


def test_demonyms_name_states_only():
    dems = _demonyms()
    kinds = {a.name: a.kind for a in gazetteer().actors}
    assert {d for d, names in dems.items() if any(kinds[n] != "state" for n in names)} == set()


# ---------------------------------------------------------------- through the extractor

@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _claims(extractor, text: str) -> list[tuple[str, str, str | None]]:
    art = Article(text=text, origin="gazetteer-test", url="https://example.org/gazetteer-test")
    return [(c.actor.name, c.action, c.target.name if c.target else None)
            for c in extractor.extract(art)]


@pytest.mark.parametrize("text, expected", [
    ("Haitian officials accused former president Aristide of misusing funds.",
     ("Haiti", "accuse", "Aristide")),
    ("Palestinians blamed Israel for the killing.", ("Palestine", "accuse", "Israel")),
    ("Kinshasa accused Rwanda of backing the M23 rebels.",
     ("Democratic Republic of the Congo", "accuse", "Rwanda")),
    ("Congolese officials accused Rwanda of backing the M23 rebels.",
     ("Democratic Republic of the Congo", "accuse", "Rwanda")),
    ("Tbilisi accused Moscow of occupying its territory.", ("Georgia", "accuse", "Russia")),
    ("Algiers accused Rabat of espionage.", ("Algeria", "accuse", "Morocco")),
    ("Ivorian authorities accused Burkina Faso of sending spies.",
     ("Ivory Coast", "accuse", "Burkina Faso")),
    ("Jordanian officials accused Syria of smuggling drugs.", ("Jordan", "accuse", "Syria")),
    ("South Korean officials accused North Korea of hacking the bank.",
     ("South Korea", "accuse", "North Korea")),
    ("Hamas accused Israel of violating the ceasefire.", ("Hamas", "accuse", "Israel")),
    ("The Houthis accused the United States of attacking civilians.",
     ("Houthis", "accuse", "United States")),
    ("Reporters Without Borders accused Iran of jailing journalists.",
     ("Reporters Without Borders", "accuse", "Iran")),
    ("The CMA accused Google of abusing its dominance.",
     ("Competition and Markets Authority", "accuse", "Google")),
    ("The IAEA accused Iran of failing to cooperate.",
     ("International Atomic Energy Agency", "accuse", "Iran")),
])
def test_names_and_nationality_words_resolve(extractor, text, expected):
    assert expected in _claims(extractor, text)


def test_agency_acronyms_resolve(extractor):
    got = _claims(extractor, "CISA and the FBI accused Volt Typhoon of targeting infrastructure.")
    assert ("Cybersecurity and Infrastructure Security Agency", "accuse", "Volt Typhoon") in got
    assert ("Federal Bureau of Investigation", "accuse", "Volt Typhoon") in got


def test_a_place_containing_a_state_name_is_not_that_state(extractor):
    got = _claims(extractor, "New Mexico sued Meta, accusing the company of failing to protect children.")
    assert got and all(actor == "New Mexico" for actor, _, _ in got)


# Known gaps of the rules, not of the data (kept here so a fix shows up):
@pytest.mark.xfail(reason="spaCy tags 'Aristide' alone PRODUCT and 'misusing' a noun: no target",
                   strict=True)
def test_demonym_subject_with_a_bare_surname_target(extractor):
    assert any(a == "Haiti" for a, _, _ in
               _claims(extractor, "Haitian officials accused Aristide of misusing funds."))


def test_demonym_tagged_as_a_place(extractor):
    assert ("United Arab Emirates", "accuse", "Qatar") in \
        _claims(extractor, "Emirati officials accused Qatar of funding terrorism.")


def test_a_state_whose_name_is_inside_another(extractor):
    assert ("South Sudan", "accuse", "Sudan") in \
        _claims(extractor, "South Sudan accused Sudan of bombing a border town.")


@pytest.mark.xfail(reason="'Jordan' is a gazetteer form, so a surname after the person reads "
                          "as the state", strict=True)
def test_a_surname_that_is_a_state(extractor):
    got = _claims(extractor, "Representative Jim Jordan accused the FBI of bias. "
                             "Jordan said the bureau had lied to lawmakers.")
    assert all(actor != "Jordan" for actor, _, _ in got)
