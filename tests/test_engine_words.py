"""The extraction engine holds no word of any language: every word it looks
for comes from a language package (`veille/lang/<code>/`).

How it is checked: every string literal of the engine's modules (docstrings
aside) is split into words; a word is French when it is a French stop word
of spaCy or a word of the French lexicon tables, unless it is also English:
an English stop word, a word of the engine's own identifiers (the code is
written in English), a value of the `veille/1` record that the tables map
French words to ("killed", "launched", "km2"), or a part of a dependency
label or tag ("aux:pass"). Regex escapes (\\s, \\d, \\w, \\b), character
classes and group names are not words. The one exemption: `_ENDINGS` in
entities.py, letter rules that make the French and English spellings of one
name agree ("ou" -> "u"), applied alike to every language.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "veille"
ENGINE = sorted((ROOT / "extract").glob("*.py")) + [ROOT / n for n in ("record.py", "pipeline.py", "gazetteer.py",
                                                                      "folding.py", "long_text.py", "api.py")]
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_REGEX_NOISE = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|\{[a-z_]+\}|\[\^?[^\]]*\]")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _strings(v)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text)}


def _identifier_words(trees) -> set[str]:
    """Words of the engine's own names (functions, variables, attributes,
    arguments, keywords, pattern and table names): the code's English."""
    words: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            name = None
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                name = node.name
            elif isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.Attribute):
                name = node.attr
            elif isinstance(node, ast.arg):
                name = node.arg
            elif isinstance(node, ast.keyword) and node.arg:
                name = node.arg
            if name:
                words |= {w.lower() for w in re.split(r"[_\W\d]+", name) if w}
    return words


def _record_values(lang) -> set[str]:
    """The `veille/1` values the language tables map words to."""
    values: set[str] = set()
    for table in ("CASUALTY_WORDS", "CASUALTY_BEFORE", "CASUALTY_GROUPS", "WEAPON_ROLES", "AID_KINDS"):
        values |= set(getattr(lang, table))
    for table in ("WEAPONS", "UNITS", "QUALIFIERS"):
        values |= {v for v in getattr(lang, table).values() if v}
    return {w.lower() for v in values for w in re.split(r"[_\W\d]+", v) if w}


def _labels() -> set[str]:
    from spacy.glossary import GLOSSARY

    return {w.lower() for label in GLOSSARY for w in re.split(r"[:_\W\d]+", label) if w}


def _exempt(tree) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_ENDINGS" for t in node.targets):
            out |= {id(c) for c in ast.walk(node.value)}
    return out


def _docstrings(tree) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)) and node.body \
                and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
            out.add(id(node.body[0].value))
    return out


def test_no_french_word_in_the_engine():
    spacy_fr = pytest.importorskip("spacy.lang.fr.stop_words")
    spacy_en = pytest.importorskip("spacy.lang.en.stop_words")
    from veille.lang import PATTERNS, TABLES, get_language

    fr = get_language("fr")
    french = {w.lower() for w in spacy_fr.STOP_WORDS}
    for table in TABLES:
        if table != "PATTERNS":
            for text in _strings(getattr(fr, table)):
                french |= {w.lower() for w in _words(text)}
    trees = {path: ast.parse(path.read_text()) for path in ENGINE}
    english = {w.lower() for w in spacy_en.STOP_WORDS} | _identifier_words(trees.values())
    english |= {w.lower() for name in [*PATTERNS, *TABLES] for w in name.split("_")}
    english |= _record_values(fr) | _labels()
    found = []
    for path, tree in trees.items():
        docs = _docstrings(tree) | _exempt(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
                words = sorted(w for w in _words(_REGEX_NOISE.sub(" ", node.value))
                               if (len(w) > 1 or w == "à") and w == w.lower() and w in french and w not in english)
                if words:
                    found.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}: {node.value[:50]!r} {words}")
    assert not found, f"{len(found)} literals with French words in the engine:\n" + "\n".join(found)
