"""Assemble the `veille/1` record from a document and what was extracted."""
from __future__ import annotations

from spacy.tokens import Doc

from .document import Document
from .extract.entities import entities_from_doc
from .extract.speakers import fold
from .lang import get_language

SCHEMA = "veille/1"


def _number_events(events: list[dict]) -> list[dict]:
    return [{"id": f"V{n}", **ev} for n, ev in enumerate(events, 1)]


def build_record(document: Document, doc: Doc) -> dict:
    lang = get_language(document.language or "fr")
    entities = doc._.veille_entities
    if entities is None:  # a Doc from a pipeline without veille's entity component
        entities = entities_from_doc(doc, lang, document.text)
    by_name: dict[str, dict] = {}
    for e in entities:
        for n in [e["name"], *e["aliases"]]:
            by_name.setdefault(fold(n), e)
    by_id = {e["id"]: e for e in entities}
    # the entity builder resolved every speaker (`Statement.entity`): one identity, no re-joining here
    speakers = {n: by_id[st.entity] for n, st in enumerate(doc._.veille_statements or []) if st.entity in by_id}
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
