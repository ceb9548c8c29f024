"""Seeded generators of benchmark inputs: news articles and claims JSONL.

The rule of this module: the output is a pure function of `(seed, index)`.
Article i and source group i are each drawn from their own `random.Random`
seeded with a string naming the seed and the index, so

- the same seed gives the same bytes on every run and machine, and
- a smaller corpus is a prefix of a larger one (100 articles are the first 100
  of the 10,000), which keeps the figures of different sizes comparable.

Articles read like wire copy: a headline, a standfirst, a dated lead with an
accusation (evidence cited, said to be absent, or not mentioned; sometimes
hedged), the accused's denial, sanctions, lawsuits, investigations, third-party
disputes and defences, background paragraphs and noise (markets, sport,
weather, newsletter boxes, bylines). About one article in seven reports no
accusation at all.

Claims are drawn with a Zipf-like skew over a fixed pool of actors: a handful of
states and large companies are accused in a large share of claims, most actors
rarely, as in real news. Each source (article) contributes one to eight claims;
denials answer an accusation of the same source (`responds_to`).

Command line (writes JSONL):
    python bench/generate.py articles 1000 -o articles.jsonl [--seed 7]
    python bench/generate.py claims 100000 -o claims.jsonl [--seed 7]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterator

from accusegraph.model import codes_for, make_actor_id, make_claim_id, make_source_id

DEFAULT_SEED = 7

# ------------------------------------------------------------------ vocabularies

# (country, adjective, capital)
COUNTRIES = [
    ("the United States", "American", "Washington"), ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"), ("the United Kingdom", "British", "London"),
    ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("Germany", "German", "Berlin"), ("France", "French", "Paris"), ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"), ("Saudi Arabia", "Saudi", "Riyadh"), ("Turkey", "Turkish", "Ankara"),
    ("North Korea", "North Korean", "Pyongyang"), ("South Korea", "South Korean", "Seoul"),
    ("Japan", "Japanese", "Tokyo"), ("Canada", "Canadian", "Ottawa"), ("Australia", "Australian", "Canberra"),
    ("Brazil", "Brazilian", "Brasilia"), ("Venezuela", "Venezuelan", "Caracas"), ("Syria", "Syrian", "Damascus"),
    ("Egypt", "Egyptian", "Cairo"), ("Poland", "Polish", "Warsaw"), ("Hungary", "Hungarian", "Budapest"),
    ("Belarus", "Belarusian", "Minsk"), ("Serbia", "Serbian", "Belgrade"), ("Kosovo", "Kosovar", "Pristina"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Rwanda", "Rwandan", "Kigali"), ("Mexico", "Mexican", "Mexico City"),
    ("Colombia", "Colombian", "Bogota"), ("Qatar", "Qatari", "Doha"), ("Lithuania", "Lithuanian", "Vilnius"),
    ("Estonia", "Estonian", "Tallinn"), ("Georgia", "Georgian", "Tbilisi"), ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
    ("the Philippines", "Philippine", "Manila"),
]

INTERNATIONAL = [
    ("the United Nations", "international_org"), ("the European Union", "international_org"),
    ("NATO", "international_org"), ("the World Health Organization", "international_org"),
    ("the International Criminal Court", "international_org"), ("Interpol", "international_org"),
    ("the International Monetary Fund", "international_org"), ("the World Trade Organization", "international_org"),
    ("the African Union", "international_org"), ("the OSCE", "international_org"),
    ("Amnesty International", "organization"), ("Human Rights Watch", "organization"),
    ("Transparency International", "organization"), ("Reporters Without Borders", "organization"),
    ("Greenpeace", "organization"), ("Bellingcat", "media"), ("the Committee to Protect Journalists", "organization"),
]

COMPANY_HEADS = [
    "Arcturus", "Bellwether", "Corvid", "Dunmore", "Eastlake", "Falken", "Granite", "Halcyon", "Ironbridge",
    "Juniper", "Kestrel", "Lumen", "Meridian", "Northgate", "Orion", "Pinecrest", "Quarry", "Redwood", "Sable",
    "Tamarind", "Umber", "Vantage", "Westmark", "Yarrow", "Zenith", "Altair", "Borealis", "Cobalt", "Delphi",
    "Ember", "Fulcrum", "Helix", "Ivory", "Keystone", "Larch", "Monarch", "Nimbus", "Obsidian", "Paragon",
    "Quill", "Rampart", "Solstice", "Talon", "Vesper", "Wren",
]
COMPANY_TAILS = [
    "Telecom", "Systems", "Holdings", "Energy", "Pharma", "Logistics", "Capital", "Security", "Mining",
    "Airlines", "Software", "Motors", "Bank", "Media", "Networks", "Labs", "Semiconductor", "Foods",
    "Shipping", "Analytics",
]
GROUP_HEADS = ["Blackfin", "Grey Heron", "Northwind", "Silver Fox", "Scorpius", "Hollow Point", "Red Kite",
               "Night Owl", "Iron Gate", "Deep Current"]
GROUP_TAILS = [("Research", "organization"), ("Capital Partners", "company"), ("Collective", "group"),
               ("Brigade", "group"), ("Watch", "organization"), ("Institute", "organization")]

FIRST = ["Anna", "Mark", "Elena", "David", "Sofia", "Ivan", "Laura", "Omar", "Yuki", "Peter", "Grace", "Ahmed",
         "Maria", "Thomas", "Chen", "Fatima", "Lucas", "Nadia", "Samuel", "Irina", "Daniel", "Leila", "Jonas",
         "Priya", "Viktor", "Hannah", "Mateo", "Amara", "Felix", "Olga", "Rafael", "Ingrid", "Kwame", "Zara"]
LAST = ["Kovac", "Brennan", "Petrova", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Schmidt",
        "Alvarez", "Rahman", "Kowalski", "Ivanov", "Osei", "Fischer", "Nakamura", "Costa", "Mendes", "Volkov",
        "Andersen", "Farouk", "Dubois", "Santos", "Weber", "Khan", "Yilmaz", "Horvath", "Silva", "Park",
        "Larsen", "Mbeki", "Romano", "Castillo", "Ng", "Abara", "Sokolov", "Keller", "Varga", "Quinn"]
PERSON_ROLES = ["Foreign Minister", "Defence Minister", "Prime Minister", "President", "Interior Minister",
                "chief executive", "spokesperson", "senator", "opposition leader", "ambassador"]

PUBLISHERS = [
    "Reuters", "Associated Press", "Agence France-Presse", "BBC News", "The Guardian", "The New York Times",
    "The Washington Post", "Al Jazeera", "Deutsche Welle", "Financial Times", "Politico", "Bloomberg",
    "The Times of India", "The Irish Times", "Le Monde", "Radio Free Europe", "Kyiv Independent",
    "South China Morning Post", "The Straits Times", "CBC News", "ABC News", "NPR", "The Register",
    "Euronews", "The Hindu", "Nikkei Asia", "Haaretz", "Arab News", "Daily Nation", "Globe and Mail",
]

ALLEGATIONS = [
    ("interfering in its internal affairs", "interference"),
    ("carrying out a cyberattack on government networks", "cyberattack"),
    ("spying on its citizens through its software", "espionage"),
    ("laundering money through offshore companies", "money laundering"),
    ("bribing officials to win public contracts", "bribery"),
    ("manipulating its share price", "stock manipulation"),
    ("committing war crimes in the border region", "war crimes"),
    ("torturing detained protesters", "torture"),
    ("using forced labour in its supply chain", "forced labour"),
    ("poisoning an exiled dissident", "poisoning"),
    ("shooting down a civilian airliner", "downing of an airliner"),
    ("spreading disinformation ahead of the election", "disinformation"),
    ("violating the ceasefire agreement", "ceasefire violations"),
    ("evading sanctions on oil exports", "sanctions evasion"),
    ("hiding losses from investors", "accounting fraud"),
    ("stealing trade secrets", "theft of trade secrets"),
    ("persecuting religious minorities", "persecution"),
    ("abusing its dominant market position", "abuse of market dominance"),
    ("arming rebel groups", "arms supplies"),
    ("rigging the tender for the new airport", "bid rigging"),
]
EVIDENCE_CITED = [
    "a {year} report by {org}", "leaked internal emails", "satellite images published by {org}",
    "an audit by {org}", "intercepted communications", "a forensic analysis of the malware",
    "court filings seen by {pub}", "bank records obtained by {pub}", "a {year} inquiry by {org}",
]
DENIAL_WORDS = ["baseless", "absurd", "politically motivated", "unfounded", "a fabrication", "slander",
                "groundless", "false and malicious"]
SANCTION_ACTS = [
    ("banned {t} from government contracts", "ban"), ("expelled {n} {t_adj} diplomats", "expulsion"),
    ("fined {t} {money}", "fine"), ("froze the assets of {t}", "asset freeze"),
    ("removed {t}'s products from its networks", "removal"), ("imposed export restrictions on {t}", "export ban"),
    ("suspended {t} from the organisation", "suspension"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONEY = ["$2.4 million", "4.3 billion euros", "$120 million", "£18 million", "$1.1 billion", "800 million yuan"]

NOISE = [
    "Shares in the region's largest lenders closed {pct} lower on {weekday}, while the benchmark index "
    "ended the session broadly flat as traders waited for inflation figures due later in the week.",
    "Heavy rain is expected across the north of the country over the weekend, forecasters said, with "
    "temperatures falling to around {temp} degrees.",
    "In football, the national side drew {score} in a friendly on {weekday} evening, a result the coach "
    "described as a useful test before the qualifiers.",
    "Sign up for our morning briefing to get the day's top stories in your inbox.",
    "Reporting by {first} {last}; additional reporting by {first2} {last2}; editing by {first3} {last3}.",
    "Read more: how the dispute began, and what comes next.",
    "The central bank left its main interest rate unchanged at {rate} percent, citing slowing growth and "
    "a stronger currency.",
    "Oil prices rose {pct} to ${oil} a barrel after figures showed inventories fell more than expected.",
    "Tickets for the festival, which runs for {days} days in late summer, went on sale on {weekday} and sold "
    "out within hours.",
    "This story has been updated with additional details.",
]
BACKGROUND = [
    "Relations between {c1} and {c2} have been strained since {year}, when a dispute over {topic} led both "
    "sides to recall their ambassadors.",
    "{t}, founded in {year} and based in {city}, employs about {staff} people and sells its products in "
    "more than {markets} countries.",
    "The row is the latest in a series of disputes over {topic} that have dogged talks between the two "
    "governments for most of the past decade.",
    "Analysts say the dispute could weigh on trade between the two sides, which was worth about {money} "
    "last year.",
    "{c1} and {c2} signed a cooperation agreement in {year} covering energy, transport and education, "
    "though several of its projects have since stalled.",
    "The company has faced scrutiny before: in {year}, regulators in {c1} questioned its ownership "
    "structure, but took no action.",
    "Parliament is due to debate a new law on {topic} next month, and several members have said they "
    "would use the debate to raise the case.",
    "\"We have seen this pattern before,\" said {first} {last}, a researcher at {org} who studies {topic}. "
    "\"What matters now is whether anyone is willing to publish what they know.\"",
    "The embassy in {city} did not respond to a request for comment on {weekday}. It was not immediately "
    "clear whether officials from the two sides would meet before the end of the month.",
    "Diplomats in {city} said privately that the timing was no accident. A vote on a new trade package is "
    "scheduled for the spring, and both governments have lobbied hard ahead of it.",
    "Earlier this year, {c1} hosted talks on {topic} that ended without an agreement. Officials on both "
    "sides blamed the other for the failure, and a follow-up meeting was cancelled.",
    "Officials in {c2} have been more cautious. A senior diplomat, speaking on condition of anonymity "
    "because they were not authorised to discuss the matter, said the government would wait for the "
    "findings before deciding on any response.",
    "The European Commission said on {weekday} it was following developments closely. A spokesperson "
    "declined to say whether the bloc would raise the issue at next month's summit in {city}.",
    "The case has drawn comparisons with a {year} dispute over {topic}, which took nearly three years and "
    "several rounds of arbitration to settle.",
    "According to figures published by the statistics office, exports from {c1} to {c2} fell by {pct} in "
    "the first half of the year, the steepest drop since {year}.",
]
TOPICS = ["energy supplies", "fishing rights", "a disputed border", "visa rules", "data protection",
          "export controls", "a stalled pipeline project", "airline landing rights", "grain exports"]


# ------------------------------------------------------------------ actor pool

@dataclass(frozen=True)
class PoolActor:
    name: str
    kind: str
    id: str
    short: str  # how later paragraphs refer to it
    adj: str | None = None  # for states: the adjective ("Russian")
    capital: str | None = None


@lru_cache(maxsize=4)
def actor_pool(size: int = 50_000, seed: int = DEFAULT_SEED) -> tuple[PoolActor, ...]:
    """A fixed, ranked pool of distinct actors; rank 0 is the most frequent.

    States and their governments come first, as in real coverage, then a
    deterministic mix of companies, international bodies, groups and people.
    """
    rnd = random.Random(f"pool:{seed}")
    out: list[PoolActor] = []
    seen: set[str] = set()

    def add(name: str, kind: str, short: str, adj: str | None = None, capital: str | None = None) -> None:
        aid = make_actor_id(name)
        if aid not in seen:
            seen.add(aid)
            out.append(PoolActor(name, kind, aid, short, adj, capital))

    for country, adj, capital in COUNTRIES[:12]:
        add(country[4:] if country.startswith("the ") else country, "state", country, adj, capital)
    for country, adj, capital in COUNTRIES[12:]:
        add(country[4:] if country.startswith("the ") else country, "state", country, adj, capital)
    for name, kind in INTERNATIONAL:
        add(name[4:] if name.startswith("the ") else name, kind, name)
    companies = [f"{h} {t}" for h, t in itertools.product(COMPANY_HEADS, COMPANY_TAILS)]
    rnd.shuffle(companies)
    groups = [(f"{h} {t}", k) for h, (t, k) in itertools.product(GROUP_HEADS, GROUP_TAILS)]
    rnd.shuffle(groups)
    ci = gi = 0
    while len(out) < size:
        r = rnd.random()
        if r < 0.45 and ci < len(companies):
            name = companies[ci]
            ci += 1
            add(name, "company", name.split()[0])
        elif r < 0.55 and gi < len(groups):
            name, kind = groups[gi]
            gi += 1
            add(name, kind, name)
        elif r < 0.62:
            country, adj, _ = rnd.choice(COUNTRIES)
            body = rnd.choice(["Ministry of Defence", "Foreign Ministry", "Interior Ministry", "Central Bank",
                               "Competition Authority", "Data Protection Authority", "Election Commission",
                               "Navy", "Customs Service"])
            add(f"{adj} {body}", "government", f"the {body.lower()}")
        else:
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            middle = rnd.choice(["", "", "", f"{rnd.choice('ABCDEFGHJKLMNPRSTVW')}. "])
            name = f"{first} {middle}{last}"
            if make_actor_id(name) in seen:
                name = f"{first} {last}-{rnd.choice(LAST)}"
            add(name, "person", name.split()[-1])
    return tuple(out[:size])


@lru_cache(maxsize=8)
def _zipf_cum(n: int, s: float) -> tuple[float, ...]:
    return tuple(itertools.accumulate(1.0 / (k ** s) for k in range(1, n + 1)))


def zipf_pick(rnd: random.Random, n: int, s: float = 1.05) -> int:
    """A rank in [0, n) with P(rank k) proportional to 1 / (k + 1) ** s."""
    cum = _zipf_cum(n, s)
    return min(bisect.bisect_left(cum, rnd.random() * cum[-1]), n - 1)


# ------------------------------------------------------------------ articles

def _date(rnd: random.Random) -> date:
    return date(2016, 1, 1) + timedelta(days=rnd.randrange(0, 3650))


def _fill(rnd: random.Random, template: str, **known: str) -> str:
    c1, c2 = rnd.sample(COUNTRIES, 2)
    values = {
        "year": str(rnd.randrange(1998, 2024)), "org": rnd.choice(INTERNATIONAL)[0],
        "pub": rnd.choice(PUBLISHERS), "pct": f"{rnd.randrange(2, 40) / 10:.1f}%",
        "weekday": rnd.choice(WEEKDAYS), "temp": str(rnd.randrange(-5, 18)),
        "score": f"{rnd.randrange(0, 4)}-{rnd.randrange(0, 4)}", "rate": f"{rnd.randrange(5, 80) / 10:.1f}",
        "oil": str(rnd.randrange(55, 110)), "days": str(rnd.randrange(3, 12)),
        "first": rnd.choice(FIRST), "last": rnd.choice(LAST), "first2": rnd.choice(FIRST),
        "last2": rnd.choice(LAST), "first3": rnd.choice(FIRST), "last3": rnd.choice(LAST),
        "c1": c1[0], "c2": c2[0], "city": rnd.choice(COUNTRIES)[2], "topic": rnd.choice(TOPICS),
        "staff": f"{rnd.randrange(2, 90) * 100:,}", "markets": str(rnd.randrange(10, 120)),
        "money": rnd.choice(MONEY), "n": rnd.choice(["two", "three", "four", "five", "a dozen"]),
    }
    values.update(known)
    text = template.format(**values)
    return text[0].upper() + text[1:]


def _speaker(rnd: random.Random, actor: PoolActor) -> str:
    """How an article names who speaks for an actor the first time."""
    if actor.kind == "state":
        who = rnd.choice([
            f"{actor.adj} Foreign Minister {rnd.choice(FIRST)} {rnd.choice(LAST)}",
            f"the {actor.adj} government", f"{actor.short}'s foreign ministry",
            f"{actor.adj} officials", f"a spokesperson for the {actor.adj} president",
        ])
    elif actor.kind == "person":
        who = f"{rnd.choice(PERSON_ROLES)} {actor.name}"
    elif actor.kind == "company":
        who = rnd.choice([actor.name, f"{actor.name}, the {rnd.choice(['listed', 'state-backed', 'privately held'])} "
                                      f"{actor.name.split()[-1].lower()} group,"])
    else:
        who = actor.short
    return who


def _ref(actor: PoolActor) -> str:
    """A later mention; capitalised because it mostly starts a sentence."""
    return actor.short[0].upper() + actor.short[1:]


def article(i: int, seed: int = DEFAULT_SEED) -> dict:
    """Article number `i` of the corpus of `seed`: `{url, title, publisher, published, text}`."""
    rnd = random.Random(f"article:{seed}:{i}")
    pool = actor_pool(seed=seed)
    n = 3000  # articles draw from the head of the pool: the same actors recur across a corpus
    accuser = pool[zipf_pick(rnd, n, 1.0)]
    target = pool[zipf_pick(rnd, n, 1.0)]
    while target.id == accuser.id:
        target = pool[rnd.randrange(n)]
    third = pool[zipf_pick(rnd, n, 1.0)]
    while third.id in (accuser.id, target.id) or third.kind not in ("state", "government", "international_org"):
        third = pool[zipf_pick(rnd, n, 1.0)]
    allegation, topic = rnd.choice(ALLEGATIONS)
    when = _date(rnd)
    publisher = rnd.choice(PUBLISHERS)
    weekday = WEEKDAYS[when.weekday()]
    place = (accuser.capital or target.capital or rnd.choice(COUNTRIES)[2]).upper()
    a_ref, t_ref, x_ref = _ref(accuser), _ref(target), _ref(third)
    paras: list[str] = []
    plain = rnd.random() < 0.14  # ordinary news, no accusation

    if plain:
        title = _fill(rnd, rnd.choice([
            "{c1} and {c2} agree to extend talks on {topic}", "Markets steady as investors await rate decision",
            "{t} reports higher annual profit", "Heatwave expected to ease by the weekend"]), t=t_ref)
        paras.append(_fill(rnd, "{c1} and {c2} agreed on {weekday} to extend talks on {topic} by another "
                                "six months, officials from both sides said after a meeting in {city}."))
        for template in rnd.sample([b for b in BACKGROUND if "{t}" not in b] + NOISE, rnd.randrange(7, 14)):
            paras.append(_fill(rnd, template, t=t_ref))
    else:
        title = rnd.choice([
            f"{a_ref} accuses {t_ref} of {topic}", f"{t_ref} rejects {a_ref}'s {topic} claims",
            f"{x_ref} moves against {t_ref} over {topic} allegations", f"Row deepens over {topic} claims",
        ])
        title = title[0].upper() + title[1:]
        paras.append(f"{t_ref} faces mounting pressure after {a_ref} went public with allegations of {topic}."
                     if rnd.random() < 0.5 else
                     "The dispute threatens to overshadow a summit planned for next month.")
        hedge = rnd.random() < 0.25
        speaker = _speaker(rnd, accuser)
        speaker = speaker[0].upper() + speaker[1:]
        verb = "accused" if not hedge else rnd.choice(["suggested that", "said it suspected"])
        if hedge:
            lead = f"{place} ({publisher}) - {speaker} on {weekday} {verb} {t_ref} may have been {allegation.split(' ', 1)[0]} {allegation.split(' ', 1)[1]}."
        else:
            lead = f"{place} ({publisher}) - {speaker} on {weekday} {verb} {t_ref} of {allegation}."
        ev = rnd.random()
        if ev < 0.35:
            cited = _fill(rnd, rnd.choice(EVIDENCE_CITED))
            lead = lead[:-1] + f", citing {cited}."
        elif ev < 0.55:
            lead += rnd.choice([" No evidence was made public to support the claim.",
                                f" {a_ref} did not make public any evidence for the accusation."])
        paras.append(lead)
        paras.append(_fill(rnd, rnd.choice([
            "The accusation came hours after {c1} announced a review of its ties with {c2}.",
            "Officials said the matter had been raised with their counterparts in private for several months.",
            "The statement was the sharpest yet in a dispute that has simmered since {year}.",
        ])))
        if rnd.random() < 0.8:
            word = rnd.choice(DENIAL_WORDS)
            paras.append(rnd.choice([
                f"{t_ref} denied the allegations, calling them \"{word}\".",
                f"In a statement, a spokesperson for {t_ref} rejected the accusations as {word} and said it "
                f"had always complied with the law.",
                f"{t_ref} has denied any wrongdoing. \"These claims are {word},\" a spokesperson said.",
            ]))
        if rnd.random() < 0.3:
            paras.append(f"{t_ref} accused {a_ref} of waging a smear campaign to distract from its own problems.")
        background = [b for b in BACKGROUND if "{t}" not in b or target.kind == "company"]
        for template in rnd.sample(background, rnd.randrange(4, 9)):
            paras.append(_fill(rnd, template, t=t_ref))
        if rnd.random() < 0.45:
            act, _ = rnd.choice(SANCTION_ACTS)
            paras.append(_fill(rnd, "On {weekday}, " + _speaker(rnd, third) + " " + act + ", citing the "
                               "allegations.", t=t_ref, t_adj=target.adj or "the company's"))
        if rnd.random() < 0.25:
            paras.append(f"{t_ref} said it would sue {a_ref} for defamation and seek damages.")
        if rnd.random() < 0.25:
            paras.append(_fill(rnd, "{org} called for an independent investigation into the claims."))
        if rnd.random() < 0.2:
            paras.append(f"{x_ref} questioned the evidence behind the accusation, saying it was too thin to "
                         f"support such a serious charge.")
        if rnd.random() < 0.15:
            paras.append(f"{x_ref} defended {t_ref}, saying the company had been a reliable partner for years.")
        if rnd.random() < 0.15:
            paras.append(f"{a_ref} threatened to halt cooperation with {t_ref} if the matter was not resolved.")
        if rnd.random() < 0.1:
            paras.append(f"A spokesperson for {x_ref} later said it had not accused {t_ref} of any crime.")
        for template in rnd.sample(NOISE, rnd.randrange(1, 4)):
            paras.append(_fill(rnd, template))
    text = title + "\n\n" + "\n\n".join(paras) + "\n"
    slug = "-".join(title.lower().replace("'", "").split()[:8])
    return {
        "url": f"https://news.example.org/{when.isoformat()}/{i:07d}-{slug}",
        "title": title,
        "publisher": publisher,
        "published": when.isoformat(),
        "text": text,
    }


def articles(n: int, seed: int = DEFAULT_SEED) -> Iterator[dict]:
    """The first `n` articles of the corpus of `seed`."""
    for i in range(n):
        yield article(i, seed)


# ------------------------------------------------------------------ claims

ACTION_WEIGHTS = [("accuse", 45), ("criticize", 10), ("deny", 14), ("dispute", 4), ("defend", 4),
                  ("sanction", 10), ("sue", 4), ("cut_ties", 3), ("investigate", 4), ("threaten", 2)]
_ACTIONS, _ACTION_W = zip(*ACTION_WEIGHTS)
_ACTION_CUM = tuple(itertools.accumulate(_ACTION_W))

QUOTE = {
    "accuse": "{a} accused {t} of {x}.",
    "criticize": "{a} sharply criticised {t} over {x}.",
    "deny": "{a} denied the allegations, calling them {w}.",
    "dispute": "{a} questioned the evidence that {t} was behind {x}.",
    "defend": "{a} defended {t}, saying the claims about {x} were unproven.",
    "sanction": "{a} imposed sanctions on {t} over {x}.",
    "sue": "{a} filed a lawsuit against {t} over {x}.",
    "cut_ties": "{a} suspended all cooperation with {t} over {x}.",
    "investigate": "{a} opened an investigation into {t} over {x}.",
    "threaten": "{a} threatened to expel {t} over {x}.",
}


def _source_claims(g: int, seed: int, pool: tuple[PoolActor, ...]) -> list[dict]:
    """The claims of source (article) number `g`, as claims JSONL objects."""
    rnd = random.Random(f"claims:{seed}:{g}")
    when = _date(rnd)
    publisher = rnd.choice(PUBLISHERS)
    url = f"https://news.example.org/{when.isoformat()}/{g:08d}"
    source = {"id": make_source_id(url), "url": url, "title": f"Story {g}", "publisher": publisher,
              "published": when.isoformat()}
    n_pool = len(pool)
    accuser = pool[zipf_pick(rnd, n_pool, 1.0)]
    target = pool[zipf_pick(rnd, n_pool, 1.1)]
    while target.id == accuser.id:
        target = pool[rnd.randrange(n_pool)]
    allegation = rnd.choice(ALLEGATIONS)[0]
    count = 1 + min(int(rnd.expovariate(0.45)), 7)
    cursor = rnd.randrange(80, 400)
    out: list[dict] = []
    accusations: list[dict] = []
    for k in range(count):
        if k == 0:
            action = "accuse"
        else:
            action = _ACTIONS[bisect.bisect_left(_ACTION_CUM, rnd.random() * _ACTION_CUM[-1])]
        responds_to = None
        if action == "deny" and accusations:
            answered = rnd.choice(accusations)
            actor, tgt = answered["_target"], answered["_actor"]
            responds_to = answered["id"]
        elif action in ("deny",):
            actor, tgt = target, None
        elif action in ("dispute", "defend"):
            actor = pool[zipf_pick(rnd, n_pool, 1.0)]
            tgt = target if actor.id != target.id else accuser
        elif k == 0 or rnd.random() < 0.6:
            actor, tgt = accuser, target
        else:
            actor = pool[zipf_pick(rnd, n_pool, 1.0)]
            tgt = pool[zipf_pick(rnd, n_pool, 1.1)]
            if tgt.id == actor.id:
                tgt = target if target.id != actor.id else accuser
        quote = QUOTE[action].format(a=actor.name, t=tgt.name if tgt else "the accusers", x=allegation,
                                     w=rnd.choice(DENIAL_WORDS))
        quote = quote[0].upper() + quote[1:]
        span = (cursor, cursor + len(quote))
        cursor = span[1] + rnd.randrange(40, 600)
        cid = make_claim_id(source["id"], actor.id, action, tgt.id if tgt else None, span)
        ev = rnd.random()
        if action in ("accuse", "sanction", "sue", "investigate") and ev < 0.3:
            evidence = {"status": "cited", "description": _fill(rnd, rnd.choice(EVIDENCE_CITED))}
        elif action == "accuse" and ev < 0.5:
            evidence = {"status": "none_public", "description": None}
        else:
            evidence = {"status": "not_mentioned", "description": None}
        codes = codes_for(action, allegation)
        rec = {
            "id": cid,
            "actor": {"id": actor.id, "name": actor.name, "kind": actor.kind},
            "action": action,
            "target": {"id": tgt.id, "name": tgt.name, "kind": tgt.kind} if tgt else None,
            "allegation": allegation if action != "deny" else f"denies {allegation}",
            "evidence": evidence,
            "quote": quote,
            "span": list(span),
            "hedged": action == "accuse" and rnd.random() < 0.2,
            "negated": action in ("accuse", "criticize") and rnd.random() < 0.03,
            "responds_to": responds_to,
            "source": source,
            "extractor": "rules/1",
            "confidence": round(0.5 + rnd.random() * 0.45, 2),
            "codes": {"plover": codes.plover, "cameo": codes.cameo},
            "_actor": actor, "_target": tgt,
        }
        if action == "accuse" and tgt is not None:
            accusations.append(rec)
        out.append(rec)
    for rec in out:
        del rec["_actor"], rec["_target"]
    return out


def claims(n: int, seed: int = DEFAULT_SEED, pool_size: int = 50_000) -> Iterator[dict]:
    """The first `n` claims (claims JSONL objects) of the claim corpus of `seed`."""
    pool = actor_pool(pool_size, seed)
    made = 0
    for g in itertools.count():
        for rec in _source_claims(g, seed, pool):
            if made >= n:
                return
            yield rec
            made += 1


def write_jsonl(records: Iterator[dict], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def write_file(kind: str, n: int, path: Path, seed: int = DEFAULT_SEED) -> Path:
    """Write `n` articles or claims to `path` (JSONL) unless an identical file is there."""
    path = Path(path)
    stamp = path.with_name(path.name + ".done")
    tag = f"{kind} {n} {seed} v1"
    if path.exists() and stamp.exists() and stamp.read_text() == tag:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        write_jsonl(articles(n, seed) if kind == "articles" else claims(n, seed), fh)
    tmp.replace(path)
    stamp.write_text(tag)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("kind", choices=["articles", "claims"])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", type=Path, help="JSONL file (default: stdout)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = ap.parse_args(argv)
    records = articles(args.n, args.seed) if args.kind == "articles" else claims(args.n, args.seed)
    if args.output:
        with args.output.open("w", encoding="utf-8") as fh:
            write_jsonl(records, fh)
    else:
        write_jsonl(records, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
