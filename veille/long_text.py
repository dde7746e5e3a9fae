"""Texts longer than any article, or that are not language at all.

A news article is a few thousand characters; a "10 MB article" is a dump, a
feed gone wrong or an attack. veille still reads it, in bounded memory and in
time linear in its length:

- the text is cut into *sections* of at most `SECTION_CHARS` (at line ends),
  each extracted on its own as if it were an article, and their records
  merged into one (spans shifted, entities joined by key); what is lost is
  only a pronoun or title whose referent sits in the section before;
- inside a section, spaCy's components see *chunks* of at most
  `CHUNK_CHARS`, joined into one `Doc` for veille's own components;
- a chunk that is not prose (markup debris, codes, noise) is only tokenized:
  the parser costs the same per token whatever the token.
"""
from __future__ import annotations

import re

SECTION_CHARS = 100_000
LONG_TEXT = 50_000  # a text up to this length (every news article) goes through spaCy whole
CHUNK_CHARS = 10_000
MIN_PROSE_CHECK = 2_000

_WORD = re.compile(r"[^\W\d_]{2}")


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """`(start, end)` pieces of `text`, end to end, each at most `size`
    characters: cut after the last line end in reach, else after the last
    space, else (a run with no space at all) at `size`."""
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        limit = start + size
        cut = text.rfind("\n", start + 1, limit) + 1 or text.rfind(" ", start + 1, limit) + 1 or limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def is_prose(text: str, min_chars: int = MIN_PROSE_CHECK) -> bool:
    """Whether a piece of text reads like language: at least half of its
    whitespace-separated pieces hold two letters in a row. News always does;
    pages of markup debris ("**a **a **a …"), tables of codes or binary
    noise do not. Pieces shorter than `min_chars` always count as prose."""
    if len(text) < min_chars:
        return True
    pieces = text.split()
    return sum(1 for p in pieces if _WORD.search(p)) * 2 >= len(pieces)


def _shift(span, offset: int):
    return [span[0] + offset, span[1] + offset] if span else span


def merge_records(document_json: dict, parts: list[tuple[int, dict]]) -> dict:
    """One record from the records of a text's sections, each given with the
    offset of its section in the text. Entities with the same key are one
    (first name, type and place; aliases and mentions joined); ids are
    numbered again in text order."""
    entities: dict[str, dict] = {}
    statements: list[dict] = []
    events: list[dict] = []
    quantities: list[dict] = []
    for offset, record in parts:
        ids: dict[str, str] = {}
        for e in record["entities"]:
            merged = entities.get(e["key"])
            if merged is None:
                merged = entities[e["key"]] = {**e, "id": f"E{len(entities) + 1}", "aliases": [], "mentions": []}
            merged["aliases"] = sorted(set(merged["aliases"]) | set(e["aliases"]) - {merged["name"]})
            merged["mentions"].extend(_shift(m, offset) for m in e["mentions"])
            ids[e["id"]] = merged["id"]
        for st in record["statements"]:
            statements.append({**st, "id": f"S{len(statements) + 1}", "span": _shift(st["span"], offset),
                               "speaker_span": _shift(st["speaker_span"], offset),
                               "cue_span": _shift(st["cue_span"], offset),
                               "speaker_entity": ids.get(st["speaker_entity"])})
        for ev in record["events"]:
            events.append({**ev, "id": f"V{len(events) + 1}",
                           "evidence": [_shift(s, offset) for s in ev.get("evidence") or []]})
        quantities.extend({**q, "span": _shift(q["span"], offset)} for q in record["quantities"])
    return {"schema": parts[0][1]["schema"], "document": document_json, "entities": list(entities.values()),
            "statements": statements, "events": events, "quantities": quantities}
