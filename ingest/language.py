"""Is this text English? The reader's check before an article reaches the extractor.

The rule: the extractor reads English only, so an article is kept when it may be
English, and skipped (with a warning naming it) when it clearly is not. Skipping
a real English item is worse than reading a foreign one, which yields no claims,
so doubt keeps the article.

How it decides, on the first `MAX_CHARS` characters, in order:

1. Letters are counted by script. When fewer than half of them are Latin, the text
   is not English, whatever its words (Russian, Chinese, Arabic, Greek ...): no
   model is needed for that.
2. Texts with fewer than `MIN_WORDS` Latin words are too short to judge and kept.
3. A text of at least `FAST_WORDS` Latin words of which at least `FAST_SHARE` are
   English function words (the, of, and, to, said ...) is English: running
   English prose is a third to a half function words, other languages' prose
   under 3% of these (measured on the project's English articles: 31% at the
   least; French, Spanish, Italian, German: 0-2.4%). Most articles end here.
4. Otherwise lingua (`lingua-language-detector`, statistical n-gram models
   shipped inside its wheel: nothing is downloaded) decides, restricted to
   English and the Latin-script languages of `LANGUAGES`: the text is English
   unless lingua gives English a confidence below `MIN_ENGLISH_CONFIDENCE`.

Why lingua for the rest, not the function-word rule alone (this module's
detector before): headlines and short feed entries ("Britain, New Zealand ban
TikTok on government phones") hold almost no function words and were skipped as
not English, while short foreign headlines passed. On a check set of 40 English
and 30 non-English news texts written for the tests
(tests/data/lang/checkset.jsonl) the word lists alone kept 30 of the English
texts and rejected 26 of the foreign ones; lingua keeps 39 and rejects all 30
(tests/test_language.py); on the 370 paragraphs of the development articles,
each judged alone, the word lists rejected 5 (all headlines), lingua none.
lingua costs about 2 ms per text, and its models take about 2 s and 370 MB to
load, once per process, on the first text that step 3 does not settle: which is
why step 3 comes first (an English article then costs neither).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

MIN_WORDS = 3
MAX_CHARS = 1500
FAST_WORDS = 30
FAST_SHARE = 0.25
MIN_ENGLISH_CONFIDENCE = 0.05
# English and the Latin-script languages most often met in news beside it; a text
# in a Latin-script language not listed gets the nearest one, rarely English
LANGUAGES = ("ENGLISH", "FRENCH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH",
             "INDONESIAN", "TURKISH", "POLISH", "SWEDISH", "ROMANIAN", "CATALAN", "DANISH")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ENGLISH = frozenset("""
    the of and to a in is that for it with as was be by this are from or have
    an they which you were has their been would will there not but said its he
    she his her we who had after also more than about when into our these could
    should can did does may what while over against under between because since
    them him those other any such only being says""".split())


@dataclass(frozen=True)
class LanguageGuess:
    """What the detector concluded, and why, for messages and tests."""

    is_english: bool
    language: str               # "en", "fr", ... (ISO 639-1), a script name ("Cyrillic"), or "unknown"
    english_confidence: float   # lingua's confidence that the text is English (1 when step 3
                                # settles it, 0 when not asked)
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


def _scripts(text: str) -> tuple[dict[str, int], list[str]]:
    """Letters of `text` by script, and its words written in Latin letters only
    (lower case)."""
    scripts: dict[str, int] = {}
    latin_words: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.isascii():   # all Latin: no letter-by-letter lookup
            scripts["Latin"] = scripts.get("Latin", 0) + len(word) - word.count("'")
            latin_words.append(word.lower())
            continue
        latin = True
        for ch in word:
            if ch.isalpha():
                s = _script(ch)
                scripts[s] = scripts.get(s, 0) + 1
                latin = latin and s == "Latin"
        if latin:
            latin_words.append(word.lower().replace("’", "'"))
    return scripts, latin_words


def guess_language(text: str) -> LanguageGuess:
    """Guess whether `text` is English (see the module docstring for the rule)."""
    head = text[:MAX_CHARS]
    scripts, latin_words = _scripts(head)
    words = len(latin_words)
    letters = sum(scripts.values())
    if letters == 0:
        # No letters at all: nothing to extract either way; let it through.
        return LanguageGuess(True, "unknown", 0.0, 0)
    if scripts.get("Latin", 0) * 2 < letters:
        main = max(sorted(scripts), key=lambda s: scripts[s])
        return LanguageGuess(False, main, 0.0, words)
    if words < MIN_WORDS:
        return LanguageGuess(True, "unknown", 0.0, words)
    if words >= FAST_WORDS and sum(w in _ENGLISH for w in latin_words) >= FAST_SHARE * words:
        return LanguageGuess(True, "en", 1.0, words)
    values = _detector().compute_language_confidence_values(head)
    english = next((v.value for v in values if v.language.name == "ENGLISH"), 0.0)
    top = values[0].language.iso_code_639_1.name.lower() if values else "unknown"
    if english >= MIN_ENGLISH_CONFIDENCE:
        return LanguageGuess(True, "en", english, words)
    return LanguageGuess(False, top, english, words)


def is_english(text: str) -> bool:
    """True when `text` may be English, or is too short to tell."""
    return guess_language(text).is_english
