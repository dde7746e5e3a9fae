"""The job's output: Parquet tables partitioned by publication month and
language (``DIR/TABLE/month=2025-02/language=fr/part-BATCH-00000.parquet``).

- ``records``: each full `veille/1` record (column ``record``, the very line
  `veille extract` writes), with its ``id``, ``input`` file and ``position``;
- ``documents``, ``entities``, ``statements``, ``events`` (each with its
  ``weapons``): the ledger's columns (`store.rows`), under ids made from the
  document's id (``<document id>:S1``), the same on every run.

A batch is written aside (``DIR/_staging/BATCH``), moved into place under
names of its own, then marked finished (``DIR/_done/BATCH.json``: its files
and counters). A later run skips the finished batches' files and first
removes whatever an unfinished batch left. Files are handled through
Hadoop's file systems, so DIR may be local, ``hdfs://`` or ``s3a://``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from ..store.rows import EVENT_COLUMNS, entity_key, entity_row, event_place, event_row, statement_row, weapon_rows

UNDATED = "undated"  # the month of a record without a publication date

_WEAPON = "STRUCT<category: STRING, model: STRING, launched: BIGINT, intercepted: BIGINT, suppressed: BIGINT, hit: BIGINT>"
_REAL = {"area_km2", "share_pct", "amount"}
_INTEGER = {"killed", "injured", "missing"}
_PARTITIONS = [("month", "STRING"), ("language", "STRING")]
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "records": [("id", "STRING"), ("input", "STRING"), ("position", "INT"), ("source", "STRING"), ("url", "STRING"),
                ("published", "STRING"), ("record", "STRING")],
    "documents": [(c, "STRING") for c in ("id", "source", "url", "outlet", "title", "published", "text", "input")]
    + [("position", "INT")],
    "entities": [(c, "STRING") for c in ("id", "document_id", "local_id", "key", "name", "type", "surname")]
    + [("lat", "DOUBLE"), ("lon", "DOUBLE"), ("country", "STRING"), ("admin1", "STRING"), ("mentions", "INT")],
    "statements": [(c, "STRING") for c in ("id", "document_id", "local_id", "kind", "text")]
    + [("start_char", "INT"), ("end_char", "INT"), ("speaker", "STRING"), ("speaker_entity_id", "STRING"),
       ("speaker_start", "INT"), ("speaker_end", "INT"), ("cue", "STRING"), ("date", "STRING")],
    "events": [(c, "STRING") for c in ("id", "document_id", "local_id", "type", "place_entity_id", "places",
                                        "casualty_group", "qualifiers", "data")]
    + [(c, "DOUBLE" if c in _REAL else "BIGINT" if c in _INTEGER else "STRING") for c in EVENT_COLUMNS]
    + [("evidence_start", "INT"), ("evidence_end", "INT"), ("weapons", f"ARRAY<{_WEAPON}>")],
}
TABLES = tuple(COLUMNS)


def month_of(published: str | None) -> str:
    return published[:7] if published and len(published) >= 7 else UNDATED


def record_row(entry: str, position: int, record: dict) -> dict:
    """The `records` row of one record read from `entry`."""
    doc = record["document"]
    return {"id": doc["id"], "input": entry, "position": position, "source": doc["source"], "url": doc["url"],
            "published": doc["published"], "record": json.dumps(record, ensure_ascii=False),
            "month": month_of(doc["published"]), "language": doc["language"]}


def table_rows(table: str, row: dict) -> Iterator[str]:
    """`table`'s rows of one record, as JSON lines in the table's columns."""
    columns = COLUMNS[table] + _PARTITIONS
    for r in _rows(table, row):
        yield json.dumps({name: _typed(r.get(name), kind) for name, kind in columns}, ensure_ascii=False)


def _rows(table: str, row: dict) -> Iterator[dict]:
    if table == "records":
        yield row
        return
    record = json.loads(row["record"])
    doc = record["document"]
    did, part = doc["id"], {"month": row["month"], "language": row["language"]}
    local = lambda local_id: f"{did}:{local_id}" if local_id else None  # noqa: E731
    if table == "documents":
        yield {**doc, "input": row["input"], "position": row["position"], **part}
    elif table == "entities":
        for e in record.get("entities") or []:
            yield {"id": local(e["id"]), "document_id": did, "local_id": e["id"], **entity_row(e, entity_key(e)),
                   "mentions": len(e.get("mentions") or []), **part}
    elif table == "statements":
        for s in record.get("statements") or []:
            yield {"id": local(s["id"]), **statement_row(did, s, local(s.get("speaker_entity"))), **part}
    elif table == "events":
        places = {e["name"]: local(e["id"]) for e in record.get("entities") or [] if e["type"] == "place"}
        for ev in record.get("events") or []:
            yield {"id": local(ev["id"]), **event_row(did, ev, places.get(event_place(ev))), "weapons": weapon_rows(ev),
                   **part}


def _typed(value, kind: str):
    """`value` as a column of `kind` holds it (a figure that is not a number is null)."""
    if value is None:
        return None
    if kind.startswith("ARRAY"):
        return [{k: _typed(v, "BIGINT" if k not in ("category", "model") else "STRING") for k, v in w.items()}
                for w in value]
    if kind in ("INT", "BIGINT"):
        return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value == int(value) \
            else None
    if kind == "DOUBLE":
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def schema(table: str) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in COLUMNS[table] + _PARTITIONS)


class Output:
    """The output folder, through Hadoop's file systems (on the driver)."""

    def __init__(self, spark, root: str):
        self.spark = spark
        jvm = spark.sparkContext._jvm
        self._path = jvm.org.apache.hadoop.fs.Path
        self._io = jvm.org.apache.commons.io.IOUtils
        root_path = self._path(root)
        self.fs = root_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        self.root = self.fs.makeQualified(root_path).toString().rstrip("/")

    def _files(self, folder: str) -> list[str]:
        path = self._path(folder)
        if not self.fs.exists(path):
            return []
        found, listing = [], self.fs.listFiles(path, True)
        while listing.hasNext():
            found.append(listing.next().getPath().toString())
        return sorted(found)

    def _done(self) -> dict[str, dict]:
        done = {}
        for path in self._files(f"{self.root}/_done"):
            if path.endswith(".json"):
                stream = self.fs.open(self._path(path))
                try:
                    marker = json.loads(self._io.toString(stream, "UTF-8"))
                finally:
                    stream.close()
                done[marker["batch"]] = marker
        return done

    def finished_files(self) -> set[str]:
        return {f for marker in self._done().values() for f in marker["files"]}

    def drop_unfinished(self) -> None:
        """Remove what a batch that never finished left behind."""
        done = set(self._done())
        self.fs.delete(self._path(f"{self.root}/_staging"), True)
        for table in TABLES:
            for path in self._files(f"{self.root}/{table}"):
                name = path.rsplit("/", 1)[-1]
                if name.startswith("part-") and name.split("-")[1] not in done:
                    self.fs.delete(self._path(path), False)

    def write_batch(self, bid: str, rows) -> None:
        """Each table of the batch's `rows` (a persisted RDD of record rows), aside."""
        from functools import partial

        for table in TABLES:
            lines = rows.flatMap(partial(table_rows, table))
            frame = self.spark.read.schema(schema(table)).json(lines)
            frame.write.mode("overwrite").partitionBy("month", "language").parquet(f"{self.root}/_staging/{bid}/{table}")

    def commit(self, bid: str, files: list[str], counts: dict) -> None:
        """Move the batch's files into place, then mark it finished."""
        for table in TABLES:
            staged = f"{self.root}/_staging/{bid}/{table}"
            parquet = [p for p in self._files(staged) if p.endswith(".parquet")]
            for n, path in enumerate(parquet):
                folder = path[len(staged) + 1:].rsplit("/", 1)[0] if "/" in path[len(staged) + 1:] else ""
                target = self._path(f"{self.root}/{table}/{folder}/part-{bid}-{n:05d}.parquet")
                self.fs.mkdirs(target.getParent())
                self.fs.rename(self._path(path), target)
        marker = json.dumps({"batch": bid, "files": files, "counts": counts}, ensure_ascii=False, indent=1)
        stream = self.fs.create(self._path(f"{self.root}/_done/{bid}.json"), True)
        try:
            stream.write(bytearray(marker.encode("utf-8")))
        finally:
            stream.close()
        self.fs.delete(self._path(f"{self.root}/_staging/{bid}"), True)
