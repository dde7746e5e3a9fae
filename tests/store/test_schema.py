"""The schema is documented: Datasette's metadata.json describes every table and column."""
from __future__ import annotations

import json
from importlib import resources

from veille.store import open_store
from veille.store.schema import TABLES


def test_metadata_describes_every_table_and_column(tmp_path):
    meta = json.loads(resources.files("veille.store").joinpath("metadata.json").read_text(encoding="utf-8"))
    (db,) = meta["databases"].values()
    with open_store(tmp_path / "veille.db") as store:
        for table in TABLES:
            columns = [r["name"] for r in store.query(f"PRAGMA table_info({table})")]
            assert set(db["tables"][table]["columns"]) == set(columns), table


def test_opening_a_missing_ledger_names_it(tmp_path):
    import pytest

    from veille.errors import StoreError

    with pytest.raises(StoreError, match=r"\[V301\] .*missing.db"):
        open_store(tmp_path / "missing.db", create=False)
    other = tmp_path / "other.db"
    import sqlite3

    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match=r"\[V302\] .*other.db.*not a veille ledger"):
        open_store(other, create=False)


def test_datasette_shows_the_tables_with_labels(tmp_path):
    import asyncio

    import pytest

    datasette = pytest.importorskip("datasette.app", reason="Datasette is not installed")
    from test_query import attack, record

    from veille.store.datasette import metadata
    from veille.store.ingest import write_record

    db = tmp_path / "veille.db"
    with open_store(db) as store:
        write_record(store, record("a1", "Une nuit d'attaques sur Kiev, racontée ici.", "2025-02-12",
                                   events=[attack("V1", "2025-02-12", 123, 71)]))

    async def get(path):
        ds = datasette.Datasette([str(db)], metadata=metadata(str(db)))
        return (await ds.client.get(path)).json()

    rows = asyncio.run(get("/veille/events.json?_labels=on&_shape=objects"))["rows"]
    assert rows[0]["document_id"] == {"value": "a1", "label": "Title a1"}
    tables = {t["name"]: t for t in asyncio.run(get("/veille.json"))["tables"]}
    assert tables["minhash_bands"]["hidden"] and not tables["statements"]["hidden"]
