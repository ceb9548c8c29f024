"""Long runs keep memory flat: spaCy's vocabulary stops growing once the
extractor has let it learn `VOCAB_GROWTH` new words (later chunks run in a
memory zone), the lemmatizer cache is bounded, and neither changes a claim."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from accusegraph.ingest import extract as extract_mod
from accusegraph.ingest.extract import Extractor
from accusegraph.model import Article

ARTICLES = Path(__file__).parent / "articles"


def articles() -> list[Article]:
    return [Article(text=p.read_text("utf-8"), origin=p.name, url=f"https://example.org/{p.name}")
            for p in sorted(ARTICLES.glob("*.txt"))]


def novel_article(k: int, rng: random.Random) -> Article:
    """An accusation wrapped in words spaCy has never seen (as real news brings names)."""
    words = ["".join(rng.choice(string.ascii_lowercase) for _ in range(9)) for _ in range(60)]
    text = (f"Russia accused Ukraine of shelling the plant near {words[0].title()}. "
            + " ".join(words[1:]) + ".\n")
    return Article(text=text, origin=f"novel-{k}", url=f"https://example.org/novel/{k}")


@pytest.fixture()
def zoned(monkeypatch) -> Extractor:
    """An extractor that runs every chunk in a memory zone (no words kept)."""
    monkeypatch.setattr(extract_mod, "VOCAB_GROWTH", 0)
    return Extractor(aliases_file=ARTICLES / "aliases.yaml")


def test_memory_zones_do_not_change_the_claims(zoned):
    arts = articles()
    plain = Extractor(aliases_file=ARTICLES / "aliases.yaml")
    want = [[c.to_json() for c in cs] for _, cs in plain.extract_many(arts, batch_size=3)]
    got = [[c.to_json() for c in cs] for _, cs in zoned.extract_many(arts, batch_size=3)]
    assert got == want and any(want)


def test_vocabulary_stops_growing_past_the_budget(zoned):
    rng = random.Random(5)
    nlp = zoned.nlp
    list(zoned.extract_many([novel_article(0, rng)]))   # sets the limit at the current size
    before = sum(1 for _ in nlp.vocab), len(nlp.vocab.strings)   # live lexemes, strings
    out = list(zoned.extract_many((novel_article(k, rng) for k in range(1, 41)), batch_size=4))
    assert len(out) == 40 and all(claims for _, claims in out)
    assert (sum(1 for _ in nlp.vocab), len(nlp.vocab.strings)) == before


def test_without_zones_new_words_are_kept():
    # the contrast that shows the zone test above measures something
    rng = random.Random(6)
    ex = Extractor()
    nlp = ex.nlp
    list(ex.extract_many([novel_article(0, rng)]))
    before = len(nlp.vocab.strings)
    list(ex.extract_many(novel_article(k, rng) for k in range(1, 6)))
    assert len(nlp.vocab.strings) > before + 200


def test_lemmatizer_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(extract_mod, "LEMMA_CACHE_MAX", 50)
    ex = Extractor()
    rng = random.Random(7)
    list(ex.extract_many((novel_article(k, rng) for k in range(6)), batch_size=2))
    assert len(ex.nlp.get_pipe("lemmatizer").cache) <= 50 + 2 * 80   # at most one chunk's worth past it
