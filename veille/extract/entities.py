"""Entities of one article from the statistical NER, merged by name.

Persons are merged by surname and named by their fullest form. (Canonical
names across articles and geocoding build on this.)
"""
from __future__ import annotations

from spacy.tokens import Doc

from .speakers import fold

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place", "GPE": "place", "MISC": "other"}


def entities_from_doc(doc: Doc) -> list[dict]:
    groups: dict[tuple[str, str], dict] = {}
    order: list[tuple[str, str]] = []
    for ent in doc.ents:
        etype = _TYPES.get(ent.label_, "other")
        text = ent.text.strip()
        if not text or "\n" in text:
            continue
        key = (etype, fold(text.split()[-1]) if etype == "person" else fold(text))
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"name": text, "type": etype, "aliases": [], "mentions": []}
            order.append(key)
        elif len(text.split()) > len(g["name"].split()):
            g["aliases"].append(g["name"])
            g["name"] = text
        elif text != g["name"] and text not in g["aliases"]:
            g["aliases"].append(text)
        g["mentions"].append([ent.start_char, ent.end_char])
    out = []
    for n, key in enumerate(order, 1):
        g = groups[key]
        g["aliases"] = sorted(set(g["aliases"]) - {g["name"]})
        out.append({"id": f"E{n}", **g})
    return out
