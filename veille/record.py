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
    entities = doc._.veille_entities
    if entities is None:  # a Doc from a pipeline without veille's entity component
        entities = entities_from_doc(doc, get_language(document.language or "fr"), document.text)
    by_name = {}
    for e in entities:
        for n in [e["name"], *e["aliases"]]:
            by_name.setdefault(fold(n), e["id"])
    statements = []
    for n, st in enumerate(doc._.veille_statements or [], 1):
        rec = st.to_json(f"S{n}")
        rec["text"] = document.text[st.start : st.end]
        rec["speaker_entity"] = by_name.get(fold(st.speaker)) if st.speaker else None
        statements.append(
            {k: rec[k] for k in ("id", "kind", "text", "span", "speaker", "speaker_entity", "speaker_span", "cue", "cue_span", "date")}
        )
    return {
        "schema": SCHEMA,
        "document": document.to_json(),
        "entities": entities,
        "statements": statements,
        "events": _number_events(doc._.veille_events or []),
        "quantities": doc._.veille_quantities or [],
    }
