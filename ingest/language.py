"""Is this text English? A small, deterministic detector with no dependencies.

The rule: the extractor reads English only, so an article is kept when its words
look English, and skipped (with a warning naming it) when they clearly do not.

How it decides, in order:

1. Letters are counted by script. When fewer than half of them are Latin, the text
   is not English, whatever its words (Russian, Chinese, Arabic, Greek ...).
2. Latin words are compared with short lists of function words (articles,
   pronouns, prepositions, auxiliaries) of English and of the six languages most
   often met in European news besides it. Function words make up a third or more
   of any running text and differ sharply between languages, so their shares are a
   robust signal even for a paragraph.
3. English wins when its share is at least `MIN_ENGLISH_SHARE` and not below any
   other language's share.
4. Texts too short to judge (fewer than `MIN_WORDS` Latin words, e.g. a headline)
   are given the benefit of the doubt unless step 1 rejects them: skipping a real
   English item is worse than reading a short foreign one, which yields no claims.

Only the first `MAX_WORDS` words are looked at, so the cost is bounded.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 8
MAX_WORDS = 3000
MIN_ENGLISH_SHARE = 0.10

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        the of and to a in is that for it with as was be by this are from or have
        an they which you were has their been would will there not but said its he
        she his her we who had after also more than about when into our these could
        should can did does may what while over against under between because since
        them him those other any such only being said says""".split()),
    "fr": frozenset("""
        le la les de des du un une et est en que qui dans pour pas sur au aux par
        avec ce cette ces il elle ils elles sont ont été mais ou plus son sa ses
        leur leurs nous vous selon lors après contre""".split()),
    "de": frozenset("""
        der die das den dem des und ist nicht ein eine einen einem einer zu mit
        von auf für sich im ins auch es sie er wir ihr sind wurde wurden hat haben
        dass nach bei aus wie oder aber noch nur gegen über seine ihre""".split()),
    "es": frozenset("""
        el la los las de del y que en un una es por con para no se su sus al lo
        como más pero fue ha han sobre entre también según desde este esta ese
        esa ya""".split()),
    "it": frozenset("""
        il lo la gli le di del della dei delle e che un una è per con non si sono
        da al alla nel nella ha hanno anche come più ma questo questa secondo""".split()),
    "pt": frozenset("""
        o a os as de do da dos das e que um uma é em no na nos nas por para com
        não se ao foi são mais mas seu sua como também segundo pelo pela""".split()),
    "nl": frozenset("""
        de het een en van is dat die in op te met voor niet zijn er aan ook als
        maar bij om dan nog door werd wordt naar heeft hebben deze""".split()),
}

LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish",
    "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """What the detector concluded, and why, for messages and tests."""

    is_english: bool
    language: str          # "en", "fr", ..., a script name ("Cyrillic"), or "unknown"
    english_share: float   # share of Latin words that are English function words
    words: int             # Latin words looked at

    @property
    def description(self) -> str:
        """Human words for the guess: 'French', 'Cyrillic script', 'an unknown language'."""
        if self.language in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[self.language]
        if self.language == "unknown":
            return "an unknown language"
        return f"{self.language} script"


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """The script of one letter, from its Unicode name ("LATIN SMALL LETTER E" ->
    "Latin"). Cached: a text repeats the same few dozen letters."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "unknown"
    first = name.split(" ", 1)[0]
    if first == "CJK" or first in ("HIRAGANA", "KATAKANA"):
        return "CJK"
    return first.capitalize()


def _word_scripts(word: str) -> tuple[int, dict[str, int] | None]:
    """How many letters `word` has, and their scripts (None: all Latin).

    An ASCII word is all Latin letters (and apostrophes): counted without
    looking letters up one by one, which is where the time went."""
    if word.isascii():
        return len(word) - word.count("'"), None
    counts: dict[str, int] = {}
    for ch in word:
        if ch.isalpha():
            s = _script(ch)
            counts[s] = counts.get(s, 0) + 1
    n = sum(counts.values())
    return n, (None if counts.get("Latin", 0) == n else counts)


def guess_language(text: str) -> LanguageGuess:
    """Guess whether `text` is English (see the module docstring for the rule)."""
    scripts: dict[str, int] = {}
    latin_words: list[str] = []
    letters = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        n, other = _word_scripts(word)
        letters += n
        if other is None:
            scripts["Latin"] = scripts.get("Latin", 0) + n
            latin_words.append(word.lower().replace("’", "'"))
        else:
            for s, k in other.items():
                scripts[s] = scripts.get(s, 0) + k
        if len(latin_words) >= MAX_WORDS or letters > MAX_WORDS * 8:
            break

    if letters == 0:
        # No letters at all: nothing to extract either way; let it through.
        return LanguageGuess(True, "unknown", 0.0, 0)
    latin = scripts.get("Latin", 0)
    if latin * 2 < letters:
        main = max(sorted(scripts), key=lambda s: scripts[s])
        return LanguageGuess(False, main, 0.0, len(latin_words))

    n = len(latin_words)
    if n == 0:
        return LanguageGuess(True, "unknown", 0.0, 0)
    counts = Counter(latin_words)
    shares = {
        lang: sum(counts[w] for w in words if w in counts) / n
        for lang, words in _FUNCTION_WORDS.items()
    }
    english = shares["en"]
    best = max(sorted(shares), key=lambda lang: shares[lang])
    if n < MIN_WORDS:
        language = "en" if english > 0 and english >= shares[best] else "unknown"
        return LanguageGuess(True, language, english, n)
    if english >= MIN_ENGLISH_SHARE and english >= shares[best]:
        return LanguageGuess(True, "en", english, n)
    language = best if shares[best] > 0 else "unknown"
    return LanguageGuess(False, language, english, n)


def is_english(text: str) -> bool:
    """True when `text` reads as English, or is too short to tell."""
    return guess_language(text).is_english
