"""Entities of one article: one per referent, under a canonical name.

Persons are named as the article spells them (the fullest form, surnames and
variants as aliases); places and well-known organizations get their English
names and places their coordinates from the gazetteer. The statistical NER
is corrected where the text says otherwise: section headings and
sentence-initial verbs are not entities, "OTAN de l'Ukraine" is NATO and
Ukraine, a gazetteer place is a place, a known organization an organization.
"""
from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from spacy.tokens import Doc, Span

from .. import gazetteer
from .speakers import fold, lexicon

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place", "GPE": "place", "MISC": "other"}
_DET = re.compile(r"^(?:la|le|les|l['’]|du|des|de)\s*", re.IGNORECASE)
_REGION_INSIDE = re.compile(r"^((?:région|oblast|province)(?:\s+\w+)?\s+(?:de\s+|d['’]))(.+)$", re.IGNORECASE)
_REGION_BEFORE = re.compile(r"(?:région|oblast|province)(?:\s+\w+)?\s+(?:de\s+|d['’])$", re.IGNORECASE)


class _Builder:
    def __init__(self, doc: Doc, lang: ModuleType, text: str):
        self.doc, self.lang, self.text = doc, lang, text
        self.groups: dict[str, dict] = {}
        self.order: list[str] = []
        self.nationalities = gazetteer.nationalities(lang)
        codes = []
        for ent in doc.ents:
            cc = gazetteer.country_code(ent.text)
            if cc and cc not in codes:
                codes.append(cc)
        self.countries = tuple(codes)

    def add(self, key: str, name: str, etype: str, surface: str, span: tuple[int, int], geo: dict | None = None):
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = {"name": name, "type": etype, "aliases": [], "mentions": [], "key": key}
            if geo:
                g["geo"] = geo
            self.order.append(key)
        if surface != g["name"] and surface not in g["aliases"]:
            g["aliases"].append(surface)
        if list(span) not in g["mentions"]:
            g["mentions"].append(list(span))

    def classify(self, ent_text: str, label: str, start: int, end: int) -> None:
        surface = _DET.sub("", ent_text).strip(" ,.;:")
        if len(surface) < 2:
            return
        s = start + ent_text.find(surface) if surface in ent_text else start
        span = (s, s + len(surface))
        org = gazetteer.organization(surface, self.lang)
        if org:
            self.add(f"organization:{fold(org)}", org, "organization", surface, span)
            return
        before = self.text[max(0, start - 20) : start]
        inner = _REGION_INSIDE.match(surface)
        if inner:  # the NER took "région de Koursk" whole
            before, surface = inner.group(1), inner.group(2)
        if _REGION_BEFORE.search(before):
            region = gazetteer.region_place(surface, self.lang, self.countries)
            if region:
                self.add(f"place:{fold(region.name)}", region.name, "place", surface, span, _geo(region))
                return
        nat = self.nationalities.get(fold(surface))
        cc = gazetteer.country_code(surface)
        if cc and label != "PER":
            name = nat or surface
            self.add(f"country:{cc}", name, "place", surface, span, {"country": cc})
            return
        if label != "PER" or " " not in surface:
            place = gazetteer.find_place(surface, self.lang, self.countries) if label in ("LOC", "GPE", "ORG", "MISC") else None
            if place is not None:
                self.add(f"place:{fold(place.name)}:{place.country}", place.name, "place", surface, span, _geo(place))
                return
        etype = _TYPES.get(label, "other")
        if etype == "person":
            self.add_person(surface, span)
            return
        self.add(f"{etype}:{fold(surface)}", surface, etype, surface, span)

    def add_person(self, surface: str, span: tuple[int, int]) -> None:
        words = [w for w in surface.split() if fold(w) not in lexicon(self.lang, "HONORIFICS")]
        if not words:
            return
        key = f"person:{fold(words[-1])}"
        name = " ".join(words)
        self.add(key, name, "person", surface, span)
        g = self.groups[key]
        if len(name.split()) > len(g["name"].split()):
            g["aliases"].append(g["name"])
            g["name"] = name

    def entities(self) -> list[dict]:
        out = []
        for n, key in enumerate(self.order, 1):
            g = self.groups[key]
            aliases = sorted(set(g["aliases"]) - {g["name"]})
            rec = {"id": f"E{n}", "name": g["name"], "type": g["type"], "aliases": aliases,
                   "mentions": sorted(g["mentions"]), "key": key}
            if "geo" in g:
                rec["geo"] = g["geo"]
            out.append(rec)
        return out


def _geo(place: gazetteer.Place) -> dict:
    return {"lat": round(place.lat, 5), "lon": round(place.lon, 5), "country": place.country, "admin1": place.admin1}


def _not_an_entity(ent: Span, text: str) -> bool:
    """Headings and sentence-initial verbs or common nouns the NER took for names."""
    if "\n" in ent.text:
        return True
    if all(t.pos_ in ("VERB", "NOUN", "ADJ", "DET", "ADP", "AUX", "ADV") for t in ent):
        line_s = text.rfind("\n", 0, ent.start_char) + 1
        line_e = text.find("\n", ent.end_char)
        line = text[line_s : line_e if line_e != -1 else len(text)]
        if ent[0].is_sent_start or len(line.split()) <= 6:
            return True
    return False


def _split_of(ent: Span, lang: ModuleType) -> list[tuple[str, int, int]]:
    """'OTAN de l'Ukraine' -> ('OTAN', …), ('Ukraine', …) when both sides are known."""
    m = re.match(r"^(.+?)\s+(?:de|du|des|d['’])\s*(?:la\s+|le\s+|l['’])?(.+)$", ent.text)
    if not m:
        return [(ent.text, ent.start_char, ent.end_char)]
    left, right = m.group(1), m.group(2)
    known = lambda s: gazetteer.organization(s, lang) or gazetteer.country_code(s) or gazetteer.find_place(s, lang)  # noqa: E731
    if gazetteer.organization(left, lang) and known(right):
        r0 = ent.start_char + m.start(2)
        return [(left, ent.start_char, ent.start_char + len(left)), (right, r0, r0 + len(right))]
    return [(ent.text, ent.start_char, ent.end_char)]


def entities_from_doc(doc: Doc, lang: ModuleType, text: str | None = None) -> list[dict]:
    """The article's entities, canonical and typed, with every mention span."""
    text = text if text is not None else doc.text
    builder = _Builder(doc, lang, text)
    covered: list[tuple[int, int]] = []
    for ent in doc.ents:
        if _not_an_entity(ent, text):
            continue
        for part, s, e in _split_of(ent, lang):
            builder.classify(part, ent.label_, s, e)
        covered.append((ent.start_char, ent.end_char))
    # names from the language's own tables that the NER missed ("… de Crimée")
    for m in _known_names(lang).finditer(fold(text)):
        s, e = m.span()
        if text[s].isupper() and not any(a < e and s < b for a, b in covered):
            label = "ORG" if fold(m.group(0)) in lang.ORGANIZATIONS else "LOC"
            builder.classify(text[s:e], label, s, e)
    return builder.entities()


@lru_cache(maxsize=8)
def _known_names(lang: ModuleType) -> re.Pattern:
    """The language's own place and organization names, as one pattern over folded text."""
    names = sorted({*lang.PLACE_ALIASES, *lang.ORGANIZATIONS}, key=len, reverse=True)
    names = [n for n in names if not n.startswith(("l'", "la ", "le "))]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
