"""The lexicon, gazetteer and alias files are read through a schema: a wrong key
is an error naming the file, the line and the key, never an empty word list."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from accusegraph.errors import InputError
from accusegraph.ingest.extract import Extractor
from accusegraph.ingest.rules_vocab import gazetteer, lexicon, parse_gazetteer, parse_lexicon
from accusegraph.model import ACTIONS

LEXICON = resources.files("accusegraph.ingest").joinpath("data/lexicon.yaml").read_text("utf-8")


def line_of(text: str, pattern: str) -> int:
    """The 1-based line of the first line matching `pattern`."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if re.match(pattern, line))


def test_the_shipped_files_load_with_every_key():
    lex = lexicon()
    assert lex.speech_verbs and lex.cited and lex.cut_ties_preps and set(lex.actions) >= {"accuse", "deny"}
    assert gazetteer().by_form


def test_a_renamed_top_level_key_is_an_error_with_file_line_and_suggestion():
    text = re.sub(r"(?m)^speech_verbs:", "speech_verb:", LEXICON)
    line = line_of(text, "speech_verb:")
    with pytest.raises(InputError, match=rf"^lexicon\.yaml:{line}: unknown key `speech_verb` "
                                         r"\(did you mean `speech_verbs`\?\)"):
        parse_lexicon(text, "lexicon.yaml")


def test_a_misspelt_key_inside_a_section_names_its_path():
    start = line_of(LEXICON, "evidence:")
    lines = LEXICON.splitlines(keepends=True)
    k = next(i for i in range(start, len(lines)) if lines[i].startswith("  cited:"))
    lines[k] = lines[k].replace("  cited:", "  citd:", 1)
    with pytest.raises(InputError, match=rf"^lex\.yaml:{k + 1}: unknown key `evidence\.citd` "
                                         r"\(did you mean `evidence\.cited`\?\)"):
        parse_lexicon("".join(lines), "lex.yaml")


def test_a_missing_key_and_a_repeated_key_are_errors():
    without = re.sub(r"(?ms)^hedges: \[.*?\]\n", "", LEXICON)
    with pytest.raises(InputError, match=r"^lex\.yaml: missing key `hedges`$"):
        parse_lexicon(without, "lex.yaml")
    twice = LEXICON + "\nhedges: [maybe]\n"
    with pytest.raises(InputError, match=rf"^lex\.yaml:{len(twice.splitlines())}: `hedges` is given twice "
                                         rf"\(first on line {line_of(LEXICON, 'hedges:')}\)"):
        parse_lexicon(twice, "lex.yaml")


def test_action_and_reference_keys_are_checked():
    text = LEXICON.replace("\n  investigate:\n", "\n  investigat:\n", 1)
    with pytest.raises(InputError, match=r"unknown key `actions\.investigat` \(did you mean `actions\.investigate`\?\)"):
        parse_lexicon(text, "lex.yaml")
    text = LEXICON.replace("\n  company: [company,", "\n  companies: [company,", 1)
    with pytest.raises(InputError, match=r":\d+: unknown key `references\.companies` \(did you mean `references\.company`\?\)"):
        parse_lexicon(text, "lex.yaml")


def test_an_unknown_key_in_an_alias_file_names_file_line_and_key(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("Fancy Bear:\n  kind: group\n  alias: [APT28, Sofacy]\n", "utf-8")
    with pytest.raises(InputError, match=r"mine\.yaml:3: unknown key `Fancy Bear\.alias` \(did you mean `Fancy Bear\.aliases`\?\)"):
        Extractor(aliases_file=mine)
    with pytest.raises(InputError, match=r"^gaz\.yaml:2: unknown key `X\.colour` \(known: kind, aliases, demonyms, capital\)"):
        parse_gazetteer("X:\n  colour: red\n", "gaz.yaml")


def test_allegation_preps_keep_their_order_and_name_every_action():
    preps = lexicon().allegation_preps
    assert list(preps) == list(ACTIONS)
    assert preps["investigate"] == ("into", "of", "over", "about", "regarding", "for")
    text = LEXICON.replace("\n  cut_ties: [over, about, regarding]\n", "\n  cut_tie: [over, about, regarding]\n", 1)
    with pytest.raises(InputError, match=r"^lex\.yaml:\d+: unknown key `allegation_preps\.cut_tie` "
                                         r"\(did you mean `allegation_preps\.cut_ties`\?\)"):
        parse_lexicon(text, "lex.yaml")
    text = LEXICON.replace("\n  threaten: [of, with, over, about, regarding, for]\n", "\n", 1)
    with pytest.raises(InputError, match=r"missing key `allegation_preps\.threaten`"):
        parse_lexicon(text, "lex.yaml")
