"""Is this text English? The reader's check before an article reaches the extractor.

The rule: the extractor reads English only, so an article is kept when it may be
English, and skipped (with a warning naming it) when it clearly is not. Skipping
a real English item is worse than reading a foreign one, which yields no claims,
so doubt keeps the article.

How it decides, in order:

1. Letters are counted by script. When fewer than half of them are Latin, the text
   is not English, whatever its words (Russian, Chinese, Arabic, Greek ...): no
   model is needed for that.
2. Texts with fewer than `MIN_WORDS` Latin words are too short to judge and kept.
3. Otherwise the first `MAX_CHARS` characters go to lingua
   (`lingua-language-detector`, statistical n-gram models shipped inside the
   wheel: nothing is downloaded), restricted to English and the Latin-script
   languages of `LANGUAGES`. The text is English unless lingua gives English a
   confidence below `MIN_ENGLISH_CONFIDENCE`.

Why lingua and not a list of function words (the detector this module held
before): headlines and short feed entries ("Britain, New Zealand ban TikTok on
government phones") have almost no function words and were skipped as not
English, while short foreign headlines passed. On a check set of 40 English and
30 non-English news texts (tests/data/lang/checkset.jsonl) the word lists kept 30
of the English texts and rejected 26 of the foreign ones; lingua keeps 39 and
rejects 30 (measured in tests/test_language.py). It costs about 2 ms per
article and about 400 MB once loaded (the detector is built on first use, in
about 2 s, once per process).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 3
MAX_CHARS = 1500
MIN_ENGLISH_CONFIDENCE = 0.05
# English and the Latin-script languages most often met in news beside it; a text
# in a Latin-script language not listed gets the nearest one, rarely English
LANGUAGES = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH",
             "INDONESIAN", "TURKISH", "POLISH", "SWEDISH", "ROMANIAN", "CATALAN", "DANISH")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """What the detector concluded, and why, for messages and tests."""

    is_english: bool
    language: str               # "en", "fr", ... (ISO 639-1), a script name ("Cyrillic"), or "unknown"
    english_confidence: float   # lingua's confidence that the text is English (0 when not asked)
    words: int                  # Latin words looked at

    @property
    def description(self) -> str:
        """Human words for the guess: 'French', 'Cyrillic script', 'an unknown language'."""
        if self.language == "unknown":
            return "an unknown language"
        name = _language_names().get(self.language)
        return name if name else f"{self.language} script"


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    from lingua import Language

    return {getattr(Language, n).iso_code_639_1.name.lower(): n.capitalize() for n in LANGUAGES}


@lru_cache(maxsize=1)
def _detector():
    """lingua's detector over `LANGUAGES`, models loaded once per process."""
    from lingua import Language, LanguageDetectorBuilder

    return (LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in LANGUAGES))
            .with_preloaded_language_models().build())


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


def _scripts(text: str) -> tuple[dict[str, int], int]:
    """Letters of `text` by script, and how many of its words are all Latin."""
    scripts: dict[str, int] = {}
    latin_words = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.isascii():   # all Latin: no letter-by-letter lookup
            scripts["Latin"] = scripts.get("Latin", 0) + len(word) - word.count("'")
            latin_words += 1
            continue
        latin = True
        for ch in word:
            if ch.isalpha():
                s = _script(ch)
                scripts[s] = scripts.get(s, 0) + 1
                latin = latin and s == "Latin"
        latin_words += latin
    return scripts, latin_words


def guess_language(text: str) -> LanguageGuess:
    """Guess whether `text` is English (see the module docstring for the rule)."""
    head = text[:MAX_CHARS]
    scripts, words = _scripts(head)
    letters = sum(scripts.values())
    if letters == 0:
        # No letters at all: nothing to extract either way; let it through.
        return LanguageGuess(True, "unknown", 0.0, 0)
    if scripts.get("Latin", 0) * 2 < letters:
        main = max(sorted(scripts), key=lambda s: scripts[s])
        return LanguageGuess(False, main, 0.0, words)
    if words < MIN_WORDS:
        return LanguageGuess(True, "unknown", 0.0, words)
    values = _detector().compute_language_confidence_values(head)
    english = next((v.value for v in values if v.language.name == "ENGLISH"), 0.0)
    top = values[0].language.iso_code_639_1.name.lower() if values else "unknown"
    if english >= MIN_ENGLISH_CONFIDENCE:
        return LanguageGuess(True, "en", english, words)
    return LanguageGuess(False, top, english, words)


def is_english(text: str) -> bool:
    """True when `text` may be English, or is too short to tell."""
    return guess_language(text).is_english
