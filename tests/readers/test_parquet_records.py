"""`veille ingest` reads the records table that `veille spark run` writes:
its records in crawl order; other tables skipped; a bad row or file is its
own error."""
from __future__ import annotations

import json

import pytest

from veille.readers.sources import iter_items

pq = pytest.importorskip("pyarrow.parquet")


def _record(n: int) -> str:
    return json.dumps({"schema": "veille/1", "document": {"id": f"d{n}", "text": f"Texte {n}."}, "statements": []})


def _write(path, columns: dict) -> None:
    import pyarrow as pa

    pq.write_table(pa.table(columns), path)


def test_records_come_in_crawl_order_and_a_bad_row_is_an_error(tmp_path):
    path = tmp_path / "part-0.parquet"
    _write(path, {"input": ["b.warc.gz", "a.warc.gz", "a.warc.gz", "a.warc.gz"], "position": [0, 2, 0, 1],
                  "record": [_record(3), _record(2), _record(0), "{not json"]})
    items = list(iter_items([tmp_path]))
    assert [i.record["document"]["id"] if i.record else None for i in items] == ["d0", None, "d2", "d3"]
    assert items[1].error.code == "V113" and items[1].source == f"{path}:1"


def test_a_table_without_records_is_skipped_and_a_broken_file_fails(tmp_path):
    _write(tmp_path / "statements.parquet", {"id": ["d0:S1"], "text": ["« Non »"]})
    (tmp_path / "broken.parquet").write_bytes(b"PAR1 not really")
    items = list(iter_items([tmp_path]))
    assert items[0].error is not None and items[0].error.code == "V106" and "broken.parquet" in str(items[0].error)
    assert items[1].skipped == "not a table of records (no column 'record')"
