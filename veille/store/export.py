"""Exports: JSON Lines of full `veille/1` records (ingesting them again gives
the same ledger), CSV (any table; events in an ACLED-like layout), Parquet."""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO

from . import query
from .schema import TABLES

# ACLED's columns, then ours
ACLED_COLUMNS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
                 "latitude", "longitude", "fatalities", "notes", "source", "source_url")
COUNT_COLUMNS = ("veille_type", "injured", "missing", "launched", "intercepted", "suppressed", "hit",
                 "weapon_categories", "area_km2", "share_pct", "amount", "currency", "document_id", "event_id",
                 "language")

# veille event type -> (ACLED event type, sub-event type)
_ACLED_TYPES = {
    "attack": ("Explosions/Remote violence", "Air/drone strike"),
    "casualties": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "damage": ("Explosions/Remote violence", "Air/drone strike"),
    "territorial_control": ("Strategic developments", "Change to group/activity"),
    "aid": ("Strategic developments", "Other"),
}
_MISSILE_CATEGORIES = {"ballistic_missile", "cruise_missile", "missile", "guided_bomb", "aerial_bomb"}


def records(store, language: str | None = None) -> Iterator[dict]:
    """Every article's full record (in `language` only, if given), in ledger order."""
    where, params = ("WHERE language = ? ", (language,)) if language else ("", ())
    for row in store.execute(f"SELECT record FROM documents {where}ORDER BY ingested_at, id", params):
        yield json.loads(row["record"] if isinstance(row, dict) else row[0])


def write_jsonl(store, out: IO[str], language: str | None = None) -> int:
    n = 0
    for rec in records(store, language):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def acled_rows(store, **filters) -> Iterator[dict]:
    """Events as ACLED-like rows, with veille's counts beside them."""
    for ev in query.events(store, limit=None, **filters):
        event_type, sub = _ACLED_TYPES.get(ev["type"], ("Strategic developments", "Other"))
        weapons = ev.get("weapons") or []
        if ev["type"] == "attack" and weapons and all(w["category"] in _MISSILE_CATEGORIES for w in weapons):
            sub = "Shelling/artillery/missile attack"
        total = lambda f: sum(w[f] for w in weapons if w.get(f) is not None) if any(  # noqa: E731
            w.get(f) is not None for w in weapons) else None
        location = ev["place"] or ", ".join(ev["places"] or [])
        notes = _notes(ev)
        yield {
            "event_date": ev["date"], "event_type": event_type, "sub_event_type": sub,
            "actor1": ev.get("attacker") or ev.get("controller") or ev.get("donor") or "",
            "actor2": ev.get("target") or ev.get("recipient") or ev.get("casualty_group") or "",
            "country": ev["country"] or "", "admin1": ev["admin1"] or "", "location": location or "",
            "latitude": ev["lat"], "longitude": ev["lon"], "fatalities": ev.get("killed"), "notes": notes,
            "source": ev["outlet"] or "", "source_url": ev["url"] or "",
            "veille_type": ev["type"], "injured": ev.get("injured"), "missing": ev.get("missing"),
            "launched": total("launched"), "intercepted": total("intercepted"), "suppressed": total("suppressed"),
            "hit": total("hit"), "weapon_categories": ";".join(w["category"] or "unspecified" for w in weapons),
            "area_km2": ev.get("area_km2"), "share_pct": ev.get("share_pct"), "amount": ev.get("amount"),
            "currency": ev.get("currency"), "document_id": ev["document_id"], "event_id": ev["id"],
            "language": ev["language"],
        }


def _notes(ev: dict) -> str:
    parts = [ev["type"]]
    for w in ev.get("weapons") or []:
        figures = ", ".join(f"{f} {w[f]}" for f in ("launched", "intercepted", "suppressed", "hit") if w.get(f) is not None)
        parts.append(f"{w['category'] or 'unspecified'}: {figures}")
    if ev.get("object"):
        parts.append(f"object: {ev['object']}")
    if ev.get("title"):
        parts.append(f"from: {ev['title']}")
    return "; ".join(parts)


# The tables of an article's parts, and how to reach the article from a row (`t`)
_ARTICLE_OF = {
    "documents": "t.id",
    **{table: "t.document_id" for table in ("mentions", "statements", "events", "quantities", "minhash_bands",
                                            "minhash_signatures")},
    **{table: "(SELECT v.document_id FROM events v WHERE v.id = t.event_id)" for table in ("weapons",
                                                                                          "reconciliations")},
}


def table_rows(store, table: str, language: str | None = None) -> Iterator[dict]:
    """Every row of `table`; the rows of an article's parts with the
    article's `language` (and only that language's, if given)."""
    if table not in TABLES:
        raise ValueError(f"no table {table!r} (tables: {', '.join(TABLES)})")
    article = _ARTICLE_OF.get(table)
    if article is None and language:
        raise ValueError(f"--language: the table {table!r} does not belong to articles "
                         f"(tables that do: {', '.join(_ARTICLE_OF)})")
    if article is None or table == "documents":
        sql, column = f"SELECT * FROM {table} t", "t.language"
    else:
        sql, column = f"SELECT t.*, d.language FROM {table} t LEFT JOIN documents d ON d.id = {article}", "d.language"
    if language:
        sql += f" WHERE {column} = ?"
    for row in store.query(sql, [language] if language else []):
        yield {k: (bytes(v).hex() if isinstance(v, (bytes, memoryview)) else v) for k, v in row.items()}


def write_csv(rows: Iterator[dict], out: IO[str], columns: tuple[str, ...] | None = None) -> int:
    writer = None
    n = 0
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(columns or row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(row)
        n += 1
    if writer is None and columns:
        csv.DictWriter(out, fieldnames=list(columns)).writeheader()
    return n


def write_parquet(rows: Iterator[dict], path: str) -> int:
    from ..errors import need

    pa = need("pyarrow", "parquet", path)
    pq = need("pyarrow.parquet", "parquet", path)

    data = list(rows)
    table = pa.Table.from_pylist(data) if data else pa.table({})
    pq.write_table(table, path)
    return len(data)
