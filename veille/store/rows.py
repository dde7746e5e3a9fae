"""A `veille/1` record's parts as flat rows, with the ledger's columns: the
ledger writes them (`ingest`) and the Spark job writes them as Parquet, so
both give the same columns from the same record."""
from __future__ import annotations

import json

EVENT_COLUMNS = ("date", "place", "attacker", "target", "reported_by", "killed", "injured", "missing", "controller",
                 "territory", "area_km2", "share_pct", "donor", "recipient", "kind", "amount", "currency", "object")
WEAPON_COLUMNS = ("category", "model", "launched", "intercepted", "suppressed", "hit")


def entity_key(entity: dict) -> str:
    """The entity's own key (`type:name` when the record gives none)."""
    return entity.get("key") or f"{entity['type']}:{entity['name'].casefold()}"


def entity_row(entity: dict, key: str) -> dict:
    """An entity's columns under `key`; a person's surname is its key's last word."""
    geo = entity.get("geo") or {}
    surname = key.rsplit(" ", 1)[-1].split(":")[-1] if entity["type"] == "person" else None
    return {"key": key, "name": entity["name"], "type": entity["type"], "surname": surname, "lat": geo.get("lat"),
            "lon": geo.get("lon"), "country": geo.get("country"), "admin1": geo.get("admin1")}


def statement_row(document_id: str, statement: dict, speaker_entity_id) -> dict:
    span = statement.get("span") or [None, None]
    speaker_span = statement.get("speaker_span") or [None, None]
    return {"document_id": document_id, "local_id": statement["id"], "kind": statement["kind"],
            "text": statement["text"], "start_char": span[0], "end_char": span[1], "speaker": statement.get("speaker"),
            "speaker_entity_id": speaker_entity_id, "speaker_start": speaker_span[0],
            "speaker_end": speaker_span[1], "cue": statement.get("cue"), "date": statement.get("date")}


def event_place(event: dict) -> str | None:
    return event.get("place") or ((event.get("places") or [None])[0])


def event_row(document_id: str, event: dict, place_entity_id) -> dict:
    evidence = (event.get("evidence") or [[None, None]])[0]
    return {"document_id": document_id, "local_id": event["id"], "type": event["type"],
            **{c: event.get(c) for c in EVENT_COLUMNS if not isinstance(event.get(c), (dict, list))},
            "place": event_place(event), "place_entity_id": place_entity_id,
            "places": json.dumps(event["places"], ensure_ascii=False) if event.get("places") else None,
            "casualty_group": event.get("group"),
            "qualifiers": json.dumps(event["qualifiers"]) if event.get("qualifiers") else None,
            "evidence_start": evidence[0], "evidence_end": evidence[1],
            "data": json.dumps(event, ensure_ascii=False)}


def weapon_rows(event: dict) -> list[dict]:
    return [{k: w.get(k) for k in WEAPON_COLUMNS} for w in event.get("weapons") or []]
