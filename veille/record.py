"""Assemble the `veille/1` record from a document and what was extracted."""
from __future__ import annotations

from spacy.tokens import Doc

from . import gazetteer
from .document import Document
from .extract.entities import entities_from_doc
from .extract.speakers import fold, lexicon
from .lang import get_language

SCHEMA = "veille/1"


def _number_events(events: list[dict]) -> list[dict]:
    return [{"id": f"V{n}", **ev} for n, ev in enumerate(events, 1)]


def _speaker_type(speaker: str, lang) -> str | None:
    """The entity type of a speaker that names no one ("la police", "des
    témoins", "le procureur fédéral", "des responsables ukrainiens"), from its
    head noun; None when the head is no speaker noun of the language (a
    "selon" source such as "le droit international" is no entity)."""
    determiners = lexicon(lang, "DETERMINERS")
    words = [w for w in fold(speaker).replace("'", "' ").split() if w not in determiners]
    nouns = lexicon(lang, "SPEAKER_NOUNS")
    # the head noun: first, or second after an adjective ("nombreux habitants", "nouveau gouvernement")
    singular = lang.grammar.singular
    head = next((w for w in words[:2] if w in nouns or singular(w) != w and singular(w) in nouns), None)
    if head is None:
        return None
    if head in lexicon(lang, "PERSON_ROLES"):
        return "person"
    if singular(head) in lexicon(lang, "PERSON_ROLES") or singular(head) != head and head not in lexicon(lang, "SERVICE_NOUNS") \
            and head not in lexicon(lang, "ORGANIZATION_NOUNS"):
        return "other"  # a group of people: témoins, habitants, responsables, pompiers
    return "organization"


def _speaker_entities(statements, entities: list[dict], by_name: dict[str, dict], lang) -> dict[int, dict]:
    """One identity for every statement's speaker: the entity holding the
    speaker's span, else the entity of that name, else (for a role, a body or
    a group named by a common noun) a new entity of the article, so that "la
    police" and "des responsables ukrainiens" can be followed like names."""
    by_span: dict[tuple[int, int], dict] = {}
    for e in entities:
        for a, b in e["mentions"]:
            by_span[(a, b)] = e
    found: dict[int, dict] = {}
    for n, st in enumerate(statements):
        if not st.speaker:
            continue
        m = st.mention
        entity = by_name.get(fold(st.speaker))
        if entity is None and m is not None and m.kind != "pronoun":
            entity = by_span.get((m.start, m.end))
        if entity is None and (english := gazetteer.organization(st.speaker, lang)):  # "Air Force de l'Ukraine"
            entity = by_name.get(fold(english))
        if entity is None and m is not None and m.kind != "pronoun" and (etype := _speaker_type(st.speaker, lang)):
            entity = {"id": f"E{len(entities) + 1}", "name": st.speaker, "type": etype, "aliases": [],
                      "mentions": [], "key": f"{etype}:{fold(st.speaker)}", "_from_speaker": True}
            entities.append(entity)
            by_name[fold(st.speaker)] = entity
        if entity is None:
            continue
        if entity.get("_from_speaker") and m is not None and m.kind != "pronoun" and [m.start, m.end] not in entity["mentions"]:
            entity["mentions"] = sorted([*entity["mentions"], [m.start, m.end]])
        found[n] = entity
    for e in entities:
        e.pop("_from_speaker", None)
    return found


def build_record(document: Document, doc: Doc) -> dict:
    lang = get_language(document.language or "fr")
    entities = doc._.veille_entities
    if entities is None:  # a Doc from a pipeline without veille's entity component
        entities = entities_from_doc(doc, lang, document.text)
    by_name: dict[str, dict] = {}
    for e in entities:
        for n in [e["name"], *e["aliases"]]:
            by_name.setdefault(fold(n), e)
    speakers = _speaker_entities(doc._.veille_statements or [], entities, by_name, lang)
    said_by = {fold(st.speaker): speakers[n]["name"] for n, st in enumerate(doc._.veille_statements or []) if n in speakers}
    statements = []
    for n, st in enumerate(doc._.veille_statements or [], 1):
        rec = st.to_json(f"S{n}")
        rec["text"] = document.text[st.start : st.end]
        entity = speakers.get(n - 1)
        rec["speaker_entity"] = entity["id"] if entity else None
        if entity:  # the entity's canonical name: full name, English name
            rec["speaker"] = entity["name"]
        statements.append(
            {k: rec[k] for k in ("id", "kind", "text", "span", "speaker", "speaker_entity", "speaker_span", "cue", "cue_span", "date")}
        )
    return {
        "schema": SCHEMA,
        "document": document.to_json(),
        "entities": entities,
        "statements": statements,
        "events": [_canonical_places(ev, by_name, said_by) for ev in _number_events(doc._.veille_events or [])],
        "quantities": doc._.veille_quantities or [],
    }


def _canonical_places(event: dict, by_name: dict[str, dict], said_by: dict[str, str]) -> dict:
    """An event's places under their entities' canonical names ("Odessa" -> "Odesa")."""
    def canonical(name):
        entity = by_name.get(fold(name)) if name else None
        return entity["name"] if entity and entity["type"] == "place" else name

    for field in ("place", "territory", "controller", "recipient", "donor", "attacker", "target"):
        if isinstance(event.get(field), str):
            event[field] = canonical(event[field])
    if isinstance(event.get("reported_by"), str):  # a statement's speaker: under the name its statement has
        event["reported_by"] = said_by.get(fold(event["reported_by"]), event["reported_by"])
    if event.get("places"):
        event["places"] = [canonical(p) for p in event["places"]]
    return event
