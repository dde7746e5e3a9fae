"""Exports: JSONL round-trips, ACLED-like CSV, Parquet."""
from __future__ import annotations

import csv
import io
import json

from test_query import ledger  # noqa: F401  (fixture)

from veille.store import export, ingest, open_store, query


def test_jsonl_export_then_ingest_gives_the_same_ledger(ledger, tmp_path):  # noqa: F811
    path = tmp_path / "ledger.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        assert export.write_jsonl(ledger, fh) == 3
    again = str(tmp_path / "again.db")
    ingest([path], again)
    with open_store(again, create=False) as store:
        assert query.stats(store) | {"runs": 0} == query.stats(ledger) | {"runs": 0}
        assert [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] == list(export.records(store))


def test_csv_events_in_acled_layout(ledger):  # noqa: F811
    out = io.StringIO()
    assert export.write_csv(export.acled_rows(ledger), out, export.ACLED_COLUMNS + export.COUNT_COLUMNS) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0])[:14] == list(export.ACLED_COLUMNS)
    kyiv = [r for r in rows if r["document_id"] == "a1"][0]
    assert kyiv["event_type"] == "Explosions/Remote violence" and kyiv["sub_event_type"] == "Air/drone strike"
    assert (kyiv["location"], kyiv["actor1"], kyiv["actor2"], kyiv["launched"], kyiv["intercepted"]) == \
        ("Kyiv", "Russia", "Ukraine", "123", "71")
    assert kyiv["source"] == "Alpha" and kyiv["source_url"].startswith("https://")


def test_parquet_export_of_a_table(ledger, tmp_path):  # noqa: F811
    import pyarrow.parquet as pq

    path = tmp_path / "statements.parquet"
    assert export.write_parquet(export.table_rows(ledger, "statements"), str(path)) == 2
    table = pq.read_table(path)
    assert table.num_rows == 2 and "speaker" in table.column_names
