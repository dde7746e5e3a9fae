"""Language modules: the lexicons and model name for each supported language.

A language module is data: every word and phrase the extractors look for, as
tables with the names in `TABLES`. A module is checked once, when it is first
loaded: a missing, mistyped or empty table is a `LanguageError` naming every
problem at once, never a silent default in the middle of an extraction.
"""
from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

LANGUAGES = {"fr": "veille.lang.fr"}

_WORDS = (set, frozenset, list, tuple)  # a collection of words or phrases

# Every table the engine reads, and what it must be.
TABLES: dict[str, type | tuple[type, ...]] = {
    # the language and its spaCy model
    "CODE": str, "MODEL": str,
    # statements: quotation marks, speech verbs and their forms, sources, speakers
    "QUOTE_PAIRS": dict, "SPEECH_VERBS": dict, "CUE_FORMS": dict, "DE_INFINITIVE_VERBS": _WORDS,
    "COMPLEMENTIZERS": _WORDS, "INFINITIVE_MARKERS": _WORDS, "ADDRESSEE_MARKERS": _WORDS,
    "OBJECT_THEN_INFINITIVE_VERBS": _WORDS, "COORDINATORS": _WORDS, "SENTENCE_CONNECTORS": _WORDS, "AS_WORD": str,
    "INFINITIVE_AUXILIARIES": _WORDS, "DETERMINERS": _WORDS,
    "CLITICS": _WORDS, "INSERTS": _WORDS, "REFLEXIVE_CUES": _WORDS,
    "ACCORDING_TO": dict, "ACCORDING_TO_PHRASES": _WORDS, "FOR_X": str,
    "SPEAKER_NOUNS": _WORDS, "PERSON_ROLES": _WORDS, "ROLE_SYNONYMS": _WORDS, "PRONOUNS": dict,
    "NON_SPEAKERS": _WORDS, "NAME_TITLES": _WORDS, "HONORIFICS": _WORDS, "DOCUMENT_SOURCES": _WORDS,
    # dates and numbers
    "WEEKDAYS": dict, "RELATIVE_DAYS": dict, "MONTHS": dict, "TIME_NOUNS": _WORDS,
    "NUMBER_WORDS": _WORDS, "SCALES": dict, "APPROXIMATE": dict, "QUALIFIERS": dict, "UNITS": dict,
    "DECIMAL_MARK": str,
    # events
    "CASUALTY_WORDS": dict, "CASUALTY_BEFORE": dict, "CASUALTY_GROUPS": dict, "COUNTED_NOUNS": _WORDS,
    "ONE_PERSON_NOUNS": _WORDS, "KILLED_PARTICIPLES": _WORDS, "SUPERSEDED_TOLL": _WORDS,
    "WEAPONS": dict, "WEAPON_ROLES": dict, "STRIKE_WORDS": _WORDS, "LAUNCH_VERBS": _WORDS,
    "CONTROL_VERBS": _WORDS, "AID_WORDS": _WORDS, "GIVING_VERBS": _WORDS, "AID_KINDS": dict,
    "DAMAGE_VERBS": _WORDS, "DAMAGE_CERTAIN": _WORDS,
    # entities and places
    "ORGANIZATION_NOUNS": _WORDS, "ORGANIZATIONS": dict, "NATIONALITIES": dict, "DEMONYMS": dict,
    "COUNTRY_NAMES": dict, "PLACE_ALIASES": dict, "REGIONS": dict, "FEATURES": dict,
}


class LanguageError(Exception):
    """A language module that does not give the engine every table it reads."""


def check(module: ModuleType) -> None:
    """Raise `LanguageError` listing every table of `TABLES` that `module`
    lacks, has with the wrong type, or leaves empty."""
    problems = []
    for name, kind in TABLES.items():
        if not hasattr(module, name):
            problems.append(f"{name} is missing")
            continue
        value = getattr(module, name)
        if not isinstance(value, kind):
            expected = kind.__name__ if isinstance(kind, type) else "a collection of words"
            problems.append(f"{name} is a {type(value).__name__}, not {expected}")
        elif not value:
            problems.append(f"{name} is empty")
    if problems:
        raise LanguageError(f"language module {module.__name__}: " + "; ".join(problems))


@lru_cache(maxsize=None)
def get_language(code: str) -> ModuleType:
    """The language module for `code`, checked; `ValueError` for a language
    veille cannot read yet."""
    try:
        module = importlib.import_module(LANGUAGES[code])
    except KeyError:
        raise ValueError(f"language {code!r} is not supported yet (supported: {', '.join(LANGUAGES)})") from None
    check(module)
    return module
