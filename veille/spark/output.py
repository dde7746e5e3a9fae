"""The job's output: Parquet tables partitioned by publication month and
language (``DIR/TABLE/month=2025-02/language=fr/part-BATCH-00000.parquet``).

- ``records``: each full `veille/1` record (column ``record``, the very line
  `veille extract` writes), with its ``id``, ``input`` file and ``position``;
- ``documents``, ``entities``, ``statements``, ``events`` (each with its
  ``weapons``): the ledger's columns (`store.rows`), under ids made from the
  document's id (``<document id>:S1``), the same on every run.

Each task writes the Parquet files of its input file itself, with pyarrow,
as its records come (``part-BATCH-NNNNN.parquet``, NNNNN the file's place in
the batch): the batch is one Spark job, with no second pass over its rows.
They are written aside (``DIR/_staging/BATCH``); the driver moves them into
place, then marks the batch finished (``DIR/_done/BATCH.json``: its files
and counters). A later run skips the finished batches' files and first
removes whatever an unfinished batch left. Driver and tasks reach DIR
through pyarrow's file systems: a local path (on a cluster, one every
machine mounts), ``s3://`` or ``s3a://`` (AWS's usual credentials), ``gs://``,
or ``hdfs://`` (pyarrow then needs libhdfs and Hadoop's CLASSPATH).
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


def arrow_schema(table: str):
    """`table`'s columns as a pyarrow schema (without the partition columns,
    which the folders hold)."""
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(kind)) for name, kind in COLUMNS[table]])


def _arrow_type(kind: str):
    import pyarrow as pa

    if kind.startswith("ARRAY"):
        return pa.list_(pa.struct([(name, pa.string() if name in ("category", "model") else pa.int64())
                                   for name in ("category", "model", "launched", "intercepted", "suppressed", "hit")]))
    return {"STRING": pa.string(), "INT": pa.int32(), "BIGINT": pa.int64(), "DOUBLE": pa.float64()}[kind]


def arrow_uri(root: str) -> str:
    """`root` as pyarrow's file systems name it (s3a:// is s3:// there)."""
    return "s3://" + root[len("s3a://"):] if root.startswith("s3a://") else root


class FileWriter:
    """The Parquet files of one input file's records, one per table, month
    and language, written aside as the records come (a row group every
    `ROWS` rows), so that a task holds few rows at a time."""

    ROWS = 2000

    def __init__(self, root: str, bid: str, index: int):
        import pyarrow.fs

        self.fs, base = pyarrow.fs.FileSystem.from_uri(arrow_uri(root))
        self.base, self.name = f"{base.rstrip('/')}/_staging/{bid}", f"part-{bid}-{index:05d}.parquet"
        self.pending: dict[tuple[str, str, str], list[dict]] = {}
        self.writers: dict[tuple[str, str, str], object] = {}

    def add(self, row: dict, record: dict) -> None:
        """One record's rows in every table (`row`: its `records` row)."""
        for table in TABLES:
            for r in _rows(table, row, record):
                key = (table, r["month"], r["language"] or "unknown")
                rows = self.pending.setdefault(key, [])
                rows.append({name: _typed(r.get(name), kind) for name, kind in COLUMNS[table]})
                if len(rows) >= self.ROWS:
                    self._flush(key)

    def _flush(self, key: tuple[str, str, str]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table, month, language = key
        schema = arrow_schema(table)
        if key not in self.writers:
            folder = f"{self.base}/{table}/month={month}/language={language}"
            self.fs.create_dir(folder, recursive=True)
            self.writers[key] = pq.ParquetWriter(f"{folder}/{self.name}", schema, filesystem=self.fs)
        self.writers[key].write_table(pa.Table.from_pylist(self.pending.pop(key), schema=schema))

    def close(self) -> None:
        for key in list(self.pending):
            self._flush(key)
        for writer in self.writers.values():
            writer.close()


def _rows(table: str, row: dict, record: dict) -> Iterator[dict]:
    if table == "records":
        yield row
        return
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


class Output:
    """The output folder, as the driver sees it (pyarrow's file systems, as
    the tasks do)."""

    def __init__(self, root: str):
        import pyarrow.fs

        self.root = root
        self.fs, self.base = pyarrow.fs.FileSystem.from_uri(arrow_uri(root))
        self.base = self.base.rstrip("/")

    def _files(self, folder: str) -> list[str]:
        import pyarrow.fs

        infos = self.fs.get_file_info(pyarrow.fs.FileSelector(folder, allow_not_found=True, recursive=True))
        return sorted(i.path for i in infos if i.type == pyarrow.fs.FileType.File)

    def _delete(self, folder: str) -> None:
        import pyarrow.fs

        if self.fs.get_file_info(folder).type != pyarrow.fs.FileType.NotFound:
            self.fs.delete_dir(folder)

    def _done(self) -> dict[str, dict]:
        done = {}
        for path in self._files(f"{self.base}/_done"):
            if path.endswith(".json"):
                with self.fs.open_input_stream(path) as stream:
                    marker = json.loads(stream.read().decode("utf-8"))
                done[marker["batch"]] = marker
        return done

    def finished_files(self) -> set[str]:
        return {f for marker in self._done().values() for f in marker["files"]}

    def clear_staging(self) -> None:
        self._delete(f"{self.base}/_staging")

    def drop_unfinished(self) -> None:
        """Remove what a batch that never finished left behind."""
        done = set(self._done())
        self.clear_staging()
        for table in TABLES:
            for path in self._files(f"{self.base}/{table}"):
                name = path.rsplit("/", 1)[-1]
                if name.startswith("part-") and name.split("-")[1] not in done:
                    self.fs.delete_file(path)

    def commit(self, bid: str, files: list[str], counts: dict) -> None:
        """Move the batch's files into place, then mark it finished."""
        staged = f"{self.base}/_staging/{bid}"
        for path in self._files(staged):
            target = f"{self.base}/{path[len(staged) + 1:]}"
            self.fs.create_dir(target.rsplit("/", 1)[0], recursive=True)
            self.fs.move(path, target)
        marker = json.dumps({"batch": bid, "files": files, "counts": counts}, ensure_ascii=False, indent=1)
        self.fs.create_dir(f"{self.base}/_done", recursive=True)
        with self.fs.open_output_stream(f"{self.base}/_done/{bid}.json") as stream:
            stream.write(marker.encode("utf-8"))
        self._delete(staged)
