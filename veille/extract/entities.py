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

from spacy.tokens import Doc, Span

from ..lang import Language
from .. import gazetteer
from .speakers import fold, is_name_article, lexicon

_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place", "GPE": "place", "MISC": "other"}
# Transliterations of one name: Zelenskyy/Zelensky/Zelenskiy/Zelenski, Peskov/Peskoff,
# Dmitri/Dmitry, and the French and English spellings of Slavic names
# (Poutine/Putin, Choïgou/Shoigu, Gorbatchev/Gorbachev, Prigojine/Prigozhin,
# Sergueï/Sergei). Applied alike to every language's spelling, the rules only
# need to agree, not to spell: French "ch", English "sh" and French "tch",
# English "ch" all become "ch".
_ENDINGS = (
    (re.compile(r"t?ch|sh"), "ch"), (re.compile(r"ou"), "u"), (re.compile(r"(?<![aeiouy])y(?=[aeiou])"), "i"),
    (re.compile(r"(?<=[aeiou])j(?=[aeiou])"), "zh"), (re.compile(r"gu(?=[ei])"), "g"), (re.compile(r"ine$"), "in"),
    (re.compile(r"(?:yy|iy|ii|yi|ei|i|y)$"), "y"), (re.compile(r"ff$"), "v"),
)
_METONYM_POPULATION = 500_000
_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{3,}$")
_SENTENCE_END = re.compile(r"(?:^|[.!?:«»\n]\s*)$")


def name_key(word: str) -> str:
    """One word of a person's name, folded so that its transliterations agree."""
    key = fold(word).replace("'", "").replace("-", "")
    for pattern, repl in _ENDINGS:
        key = pattern.sub(repl, key)
    return key


class _Builder:
    def __init__(self, doc: Doc, lang: Language, text: str):
        self.doc, self.lang, self.text = doc, lang, text
        self.in_title = False
        # a name the article ever writes in capitals (IRIB, Irib) is an acronym: an organization
        self.acronyms = {fold(e.text) for e in doc.ents if _ACRONYM.match(e.text) and not gazetteer.country_code(e.text, lang)}
        self.speakers = [(st.mention.start, st.mention.end) for st in doc._.veille_statements or () if st.mention]
        self.groups: dict[str, dict] = {}
        self.order: list[str] = []
        codes = []
        for ent in doc.ents:
            cc = gazetteer.country_code(ent.text, lang)
            if cc and cc not in codes:
                codes.append(cc)
        self.countries = tuple(codes)

    def add(self, key: str, name: str, etype: str, surface: str, span: tuple[int, int], geo: dict | None = None):
        g = self.groups.get(key)
        if g is None:
            g = self.groups[key] = {"name": name, "type": etype, "aliases": [], "mentions": [], "title_mentions": [],
                                    "key": key}
            if geo:
                g["geo"] = geo
            self.order.append(key)
        if surface != g["name"] and surface not in g["aliases"]:
            g["aliases"].append(surface)
        mentions = g["title_mentions" if self.in_title else "mentions"]
        if list(span) not in mentions:
            mentions.append(list(span))

    def classify(self, ent_text: str, label: str, start: int, end: int) -> None:
        surface = self.lang.pattern("trailing_date_word").sub("", ent_text.strip(" ,.;:"))  # "Tahrir mardi" -> "Tahrir"
        bare = self.lang.pattern("leading_article").sub("", surface)
        # a capitalized article inside a sentence belongs to the name (Le Monde, L'Orient-Le Jour)
        if bare == surface or not surface[0].isupper() or _SENTENCE_END.search(self.text[max(0, start - 3) : start]):
            surface = bare
        if len(surface) < 2:
            return
        s = start + ent_text.find(surface) if surface in ent_text else start
        span = (s, s + len(surface))
        org = gazetteer.organization(surface, self.lang)
        if org:
            self.add(f"organization:{fold(org)}", org, "organization", surface, span)
            return
        feature = self.feature(surface, start, label)
        if feature:
            self.add(f"place:{fold(feature)}", feature, "place", surface, span)
            return
        before = self.text[max(0, start - 20) : start]
        inner = self.lang.pattern("region_word_inside").match(surface)
        if inner:  # the NER took "région de Koursk" whole
            before, surface = inner.group(1), inner.group(2)
        region_word = self.lang.pattern("region_word_before").search(before) or self.lang.pattern("region_list_before").search(self.text[max(0, start - 200) : start])
        if region_word:
            word = fold(region_word.group(1))  # region, oblast, province
            region = gazetteer.region_place(surface, self.lang, self.countries, word)
            if region:
                self.add(f"place:{fold(region.name)}", region.name, "place", surface, span, _geo(region))
                return
        cc = gazetteer.country_code(surface, self.lang)
        if cc and label != "PER":
            self.add(f"country:{cc}", gazetteer.country_name(cc), "place", surface, span, {"country": cc})
            return
        if fold(surface) in self.acronyms or self.lang.pattern("organization_noun_before").search(self.text[max(0, start - 40) : start]):
            # "l'agence de presse Belga", "IRIB": organizations, whatever the NER said
            self.add(f"organization:{fold(surface)}", surface, "organization", surface, span)
            return
        if label == "LOC" and any(a < span[1] and span[0] < b for a, b in self.speakers):
            # "…, ajoute Hassan": whoever speaks is a person, unless a known organization or a large city
            place = gazetteer.find_place(surface, self.lang, self.countries)
            if place is None or place.population < _METONYM_POPULATION:
                self.add_person(surface, span)
                return
        if label != "PER" or " " not in surface:
            located = label != "PER" or self.lang.pattern("locative_before").search(self.text[max(0, start - 12) : start])
            place = gazetteer.find_place(surface, self.lang, self.countries) if located else None
            if place is not None:
                self.add(f"place:{fold(place.name)}:{place.country}", place.name, "place", surface, span, _geo(place))
                return
            english = gazetteer.english_place_name(surface, self.lang) if located else None
            if english:  # a place the tables name but the gazetteer cannot locate: no geo, never a wrong one
                self.add(f"place:{fold(english)}", english, "place", surface, span)
                return
        etype = _TYPES.get(label, "other")
        if etype == "person":
            title = self.lang.pattern("name_title_before").search(self.text[max(0, span[0] - 20) : span[0]])
            if title and " " not in surface:  # "le pape François": the title is part of the name
                surface, span = title.group(1) + " " + surface, (span[0] - len(title.group(0)), span[1])
            self.add_person(surface, span)
            return
        self.add(f"{etype}:{fold(surface)}", surface, etype, surface, span)

    def feature(self, surface: str, start: int, label: str = "LOC") -> str | None:
        """The English name of a named feature: "place Tahrir" (written
        whole, or with the word just before the name) -> "Tahrir Square".
        A person is never a feature ("à la place de Barnier")."""
        patterns = self.lang.FEATURES
        if gazetteer.english_place_name(surface, self.lang):
            return None  # the table names it ("mer Noire" is the Black Sea)
        m = self.lang.pattern("feature_opening").match(fold(surface))
        if m:
            word, name = m.group(1), surface[m.end(1):].lstrip()
        else:
            before = fold(self.text[max(0, start - 30) : start])
            m = self.lang.pattern("feature_before").search(before)
            if not m or label == "PER" or self.lang.pattern("instead_of_before").search(before):
                return None
            word, name = m.group(1), surface
        if patterns[word].split("{}")[0].endswith(" of ") and not m.group(2):
            return None  # "Sea of …" only for "mer de/du …": "mer Noire" is an adjective
        name = self.lang.pattern("feature_name_article").sub("", name).strip()
        if len(name) < 2 or not name[0].isupper():
            return None
        cc = gazetteer.country_code(name, self.lang)
        if cc:
            english = gazetteer.country_name(cc)
        else:
            place = gazetteer.find_place(name, self.lang, self.countries)
            english = place.name if place is not None else name
        return patterns[word].format(english)

    def add_person(self, surface: str, span: tuple[int, int]) -> None:
        words = [w for w in surface.split() if fold(w) not in lexicon(self.lang, "HONORIFICS")]
        if not words:
            return
        key = f"person:{name_key(words[-1])}"
        known = self.groups.get(key)
        if known is not None and len(words) >= 2 and len(known["name"].split()) >= 2 \
                and name_key(words[0]) != name_key(known["name"].split()[0]):
            key = "person:" + " ".join(name_key(w) for w in words)  # "Souha Arafat" beside "Yasser Arafat"
        name = " ".join(words)
        self.add(key, name, "person", surface, span)
        g = self.groups[key]
        if len(name.split()) > len(g["name"].split()):
            g["aliases"].append(g["name"])
            g["name"] = name

    def merge_persons(self) -> None:
        """A person's name the NER once labelled otherwise ("Zelenskyy" as an
        organization) is that person, unless the gazetteer knows it as a place."""
        for key in list(self.order):
            g = self.groups[key]
            if g["type"] == "person" or "geo" in g or key.startswith("country:"):
                continue
            words = g["name"].split()
            person = self.groups.get(f"person:{name_key(words[-1])}")
            if person is None or any(fold(w) not in fold(person["name"]) for w in words):
                continue
            person["aliases"] = [*person["aliases"], g["name"], *g["aliases"]]
            person["mentions"] += [m for m in g["mentions"] if m not in person["mentions"]]
            person["title_mentions"] += [m for m in g["title_mentions"] if m not in person["title_mentions"]]
            self._drop(key)
        # "Washington ne considère pas …": a lone name that is a large city is the city
        for key in list(self.order):
            g = self.groups[key]
            if g["type"] != "person" or " " in g["name"] or g["aliases"]:
                continue
            place = gazetteer.find_place(g["name"], self.lang, self.countries)
            if place is None or place.population < _METONYM_POPULATION:
                continue
            self._drop(key)
            for m in g["mentions"]:
                self.add(f"place:{fold(place.name)}:{place.country}", place.name, "place", g["name"], tuple(m), _geo(place))

    def _drop(self, key: str) -> None:
        self.order.remove(key)
        del self.groups[key]

    def attach_speakers(self, statements) -> dict[int, str]:
        """One identity for every statement's speaker, decided here with the
        entities themselves: the entity of that name (or alias), else the one
        holding the speaker's span, else the organization the tables give its
        English name, else (for a role, a body or a group named by a common
        noun) a new entity, so that "la police" and "des responsables
        ukrainiens" can be followed like names. Statement index -> group key."""
        self.in_title = False
        by_span = {tuple(m): key for key in self.order for m in self.groups[key]["mentions"]}
        by_name: dict[str, str] = {}
        for key in self.order:
            g = self.groups[key]
            for name in [g["name"], *g["aliases"]]:
                by_name.setdefault(fold(name), key)
        found: dict[int, str] = {}
        for n, st in enumerate(statements):
            if not st.speaker:
                continue
            m = st.mention
            named = m is not None and m.kind != "pronoun"
            key = by_name.get(fold(st.speaker))
            if key is None and named:
                key = by_span.get((m.start, m.end))
            if key is None and (english := gazetteer.organization(st.speaker, self.lang)):  # "Air Force de l'Ukraine"
                key = by_name.get(fold(english))
            if key is None:  # "L'ONG Human Rights Watch": the name after the organization noun
                key = self._after_organization_noun(st.speaker, by_name)
            person = f"person:{name_key(st.speaker.split()[-1])}"
            if key is None and named and m.kind == "name" and _looks_like_full_name(st.speaker) and person not in self.groups:
                self.add_person(st.speaker, (m.start, m.end))  # a full name the NER missed ("Philippe Germain")
                key = by_name[fold(st.speaker)] = person
            if key is None and named and (etype := speaker_type(st.speaker, self.lang)):
                key = by_name[fold(st.speaker)] = f"{etype}:{fold(st.speaker)}"
                self.add(key, st.speaker, etype, st.speaker, (m.start, m.end))
                self.groups[key]["from_speaker"] = True
            if key is None:
                continue
            if self.groups[key].get("from_speaker") and named:
                self.add(key, st.speaker, self.groups[key]["type"], st.speaker, (m.start, m.end))
            found[n] = key
        return found

    def _after_organization_noun(self, speaker: str, by_name: dict[str, str]) -> str | None:
        words = speaker.replace("'", "' ").replace("’", "’ ").split()
        nouns = lexicon(self.lang, "ORGANIZATION_NOUNS") | lexicon(self.lang, "DETERMINERS")
        for k in range(1, len(words)):
            if fold(words[k - 1]) not in nouns:
                return None
            rest = fold(" ".join(words[k:]))
            if words[k][:1].isupper() and rest in by_name:
                return by_name[rest]
        return None

    def entities(self, statements=()) -> list[dict]:
        self.merge_persons()
        speakers = self.attach_speakers(statements)
        out = []
        ids = {}
        for n, key in enumerate(self.order, 1):
            g = self.groups[key]
            ids[key] = f"E{n}"
            aliases = sorted(set(g["aliases"]) - {g["name"]})
            if g["type"] == "person" and not g.get("from_speaker"):  # across articles: the full name, transliterations aside
                key = "person:" + " ".join(name_key(w) for w in g["name"].split())
            rec = {"id": f"E{n}", "name": g["name"], "type": g["type"], "aliases": aliases,
                   "mentions": sorted(g["mentions"]), "key": key}
            if g["title_mentions"]:
                rec["title_mentions"] = sorted(g["title_mentions"])
            if "geo" in g:
                rec["geo"] = g["geo"]
            out.append(rec)
        for n, st in enumerate(statements):
            st.entity = ids.get(speakers.get(n))
        return out


def _geo(place: gazetteer.Place) -> dict:
    return {"lat": round(place.lat, 5), "lon": round(place.lon, 5), "country": place.country,
            "admin1": gazetteer.admin1_name(place)}


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


_SEPARATOR = re.compile(r"\s+[-–—|/]\s+")


def _known(name: str, lang: Language) -> bool:
    return bool(gazetteer.organization(name, lang) or gazetteer.country_code(name, lang) or gazetteer.find_place(name, lang))


def _complete(ent: Span, lang: Language) -> Span:
    """A span the NER cut after its preposition ("comté d'" of "comté d'Orange")
    runs on over the capitalized words that follow; a capitalized article
    just before it, inside a sentence, is part of the name ("Le Temps")."""
    doc, start, end = ent.doc, ent.start, ent.end
    if lang.pattern("cut_after_preposition").search(ent.text):
        while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-" and end + 1 < len(doc)):
            end += 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and is_name_article(before, lang) and not before.is_sent_start \
            and (start < 2 or doc[start - 2].text not in (".", "\n")):
        start -= 1
    return Span(doc, start, end, label=ent.label) if (start, end) != (ent.start, ent.end) else ent


def _split_of(ent: Span, lang: Language) -> list[tuple[str, int, int]]:
    """'OTAN de l'Ukraine' -> ('OTAN', …), ('Ukraine', …) when both sides are
    known; 'Union européenne - Ukraine - Déclaration' (a headline's run of
    names) -> its known names and full names only."""
    pieces = _SEPARATOR.split(ent.text)
    if len(pieces) > 1:
        out, pos = [], 0
        for piece in pieces:
            pos = ent.text.index(piece, pos)
            if _known(piece, lang) or lang.pattern("proper_name").match(piece):
                out.append((piece, ent.start_char + pos, ent.start_char + pos + len(piece)))
            pos += len(piece)
        return out
    m = lang.pattern("of_split").match(ent.text)
    if not m:
        return [(ent.text, ent.start_char, ent.end_char)]
    left, right = m.group(1), m.group(2)
    if gazetteer.organization(left, lang) and _known(right, lang):
        r0 = ent.start_char + m.start(2)
        return [(left, ent.start_char, ent.start_char + len(left)), (right, r0, r0 + len(right))]
    return [(ent.text, ent.start_char, ent.end_char)]


def entities_from_doc(doc: Doc, lang: Language, text: str | None = None, title: Doc | None = None) -> list[dict]:
    """The article's entities, canonical and typed, with every mention span.
    Names in the `title` (a Doc of its own: it is not part of the text) are
    entities too, their spans in `title_mentions`. Every statement of the
    Doc gets the id of its speaker's entity (`Statement.entity`)."""
    text = text if text is not None else doc.text
    builder = _Builder(doc, lang, text)
    _scan(builder, doc, text, lang)
    if title is not None and len(title):
        builder.text, builder.in_title = title.text, True
        _scan(builder, title, title.text, lang)
    return builder.entities(doc._.veille_statements or ())


def _scan(builder: _Builder, doc: Doc, text: str, lang: Language) -> None:
    # names from the language's own tables, which win over a shorter NER span
    # inside them ("État" of "État islamique") and fill in what the NER missed
    # ("le parquet fédéral": a several-word organization is known in lower case too)
    known = [m.span() for m in _known_names(lang).finditer(fold(text))
             if text[m.start()].isupper() or (" " in m.group(0) and m.group(0) in lang.ORGANIZATIONS)]
    covered: list[tuple[int, int]] = []
    for ent in doc.ents:
        s0, e0 = ent.start_char, ent.end_char
        if _not_an_entity(ent, text) or any(a <= s0 and e0 <= b and (a, b) != (s0, e0) for a, b in known):
            continue
        ent = _complete(ent, lang)
        s0, e0 = ent.start_char, ent.end_char
        for part, s, e in _split_of(ent, lang):
            builder.classify(part, ent.label_, s, e)
        covered.append((s0, e0))
    for s, e in known:
        inside = any(a <= s and e <= b and (a, b) != (s, e) for a, b in covered)
        is_org = fold(text[s:e]) in lang.ORGANIZATIONS
        # missed by the NER, or an organization named inside a longer name
        # ("la Charte des Nations unies" names the United Nations too)
        if not any(a < e and s < b for a, b in covered) or (inside and is_org):
            builder.classify(text[s:e], "ORG" if is_org else "LOC", s, e)


@lru_cache(maxsize=8)
def _known_names(lang: Language) -> re.Pattern:
    """The language's own place and organization names, as one pattern over folded text."""
    names = sorted({*lang.PLACE_ALIASES, *lang.ORGANIZATIONS}, key=len, reverse=True)
    articles = tuple(a if a.endswith(("'", "’")) else a + " " for a in lang.NAME_ARTICLES)
    names = [n for n in names if not n.startswith(articles)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _looks_like_full_name(text: str) -> bool:
    """"Philippe Germain", "Ali al-Sistani": capitalized words (short
    particles aside), at least two; never "Russia's defence ministry"."""
    words = text.split()
    return len(words) > 1 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or len(w) <= 3 for w in words)


def speaker_type(speaker: str, lang: Language) -> str | None:
    """The entity type of a speaker that names no one ("la police", "des
    témoins", "le procureur fédéral", "des responsables ukrainiens"), from its
    head noun; None when the head is no speaker noun of the language (a
    "selon" source such as "le droit international" is no entity)."""
    determiners = lexicon(lang, "DETERMINERS")
    words = [w for w in fold(speaker).replace("'", "' ").split() if w not in determiners]
    nouns = lexicon(lang, "SPEAKER_NOUNS")
    # the head noun, where the language puts it: French first, or second after an adjective
    # ("nombreux habitants"); English last ("Russia's defence ministry")
    singular = lang.grammar.singular
    head = next((w for w in lang.grammar.head_candidates(words) if w in nouns or singular(w) != w and singular(w) in nouns), None)
    if head is None:
        return None
    if head in lexicon(lang, "PERSON_ROLES"):
        return "person"
    if singular(head) in lexicon(lang, "PERSON_ROLES") or singular(head) != head and head not in lexicon(lang, "SERVICE_NOUNS") \
            and head not in lexicon(lang, "ORGANIZATION_NOUNS"):
        return "other"  # a group of people: témoins, habitants, responsables, pompiers
    return "organization"
