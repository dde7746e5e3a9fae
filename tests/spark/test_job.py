"""The Spark job in local mode over WARC files the tests write: the same
records as `veille extract` on the same pages, every bad record or file
counted and skipped, Parquet partitioned by month and language with the same
ids on every run, finished files skipped."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from warcs import corrupt_member, page, write_warc

pytestmark = pytest.mark.spark

MAX_BYTES = 200_000  # the huge page is over it
HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    """WARC files of good pages (French in two months, English), a request
    record, an image, a German page, a corrupt gzip member, a huge page; a
    file that is no WARC and one that is missing. Returns the folder, the
    manifest's entries and the good pages (url, html)."""
    root = tmp_path_factory.mktemp("crawl")
    fr = [page("fr", n) for n in range(1, 6)] + [page("fr", 6, date="2025-03-02")]
    en, de = page("en", 1), page("de", 1)
    write_warc(root / "a.warc.gz", [(fr[0][0], None, b""), (fr[0][0], HTML, fr[0][1]),
                                    (fr[0][0] + ".jpg", "image/jpeg", b"\xff\xd8\xff"), (en[0], HTML, en[1]),
                                    (de[0], HTML, de[1])])
    # a good record, a corrupt gzip member, a good record after it
    write_warc(root / "b1.warc.gz", [(fr[1][0], HTML, fr[1][1])])
    write_warc(root / "b2.warc", [(fr[1][0] + "/bad", HTML, fr[1][1])])
    write_warc(root / "b3.warc.gz", [(fr[2][0], HTML, fr[2][1])])
    (root / "b.warc.gz").write_bytes((root / "b1.warc.gz").read_bytes() + corrupt_member((root / "b2.warc").read_bytes())
                                     + (root / "b3.warc.gz").read_bytes())
    for name in ("b1.warc.gz", "b2.warc", "b3.warc.gz"):
        (root / name).unlink()
    huge = fr[3][1].replace(b"</article>", b"<p>" + b"Lorem ipsum dolor. " * 20_000 + b"</p></article>")
    write_warc(root / "c.warc.gz", [(fr[3][0] + "/huge", HTML, huge), (fr[3][0], HTML, fr[3][1])])
    write_warc(root / "d.warc.gz", [(fr[4][0], HTML, fr[4][1])])
    write_warc(root / "e.warc", [(fr[5][0], HTML, fr[5][1])])
    (root / "notes.warc").write_text("not a WARC file\n" * 10)
    entries = [str(root / n) for n in ("a.warc.gz", "b.warc.gz", "c.warc.gz", "d.warc.gz", "e.warc", "notes.warc",
                                       "missing.warc.gz")]
    return root, entries, fr + [en]


@pytest.fixture(scope="module")
def run(spark, crawl, tmp_path_factory):
    """The job over the crawl, once for the module: (output folder, counters)."""
    from veille.spark import run_job
    from veille.spark.job import Settings

    out = tmp_path_factory.mktemp("out") / "parquet"
    counts = run_job(spark, crawl[1], str(out), Settings(max_bytes=MAX_BYTES))
    return out, counts


def _table(out, table: str):
    import pyarrow.dataset as ds

    return ds.dataset(out / table, format="parquet", partitioning="hive").to_table().to_pylist()


def _cli_records(tmp_path, pages) -> dict[str, dict]:
    """`veille extract` on the pages saved as .html files, by URL."""
    from veille.cli import main

    folder = tmp_path / "pages"
    folder.mkdir()
    for n, (_, html) in enumerate(pages):
        (folder / f"{n:02d}.html").write_bytes(html)
    result = CliRunner().invoke(main, ["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "--quiet"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    return {r["document"]["url"]: r for r in records}


def test_records_equal_veille_extract_on_the_same_pages(run, crawl, tmp_path):
    out, _ = run
    rows = _table(out, "records")
    spark_records = {r["url"]: json.loads(r["record"]) for r in rows}
    expected = _cli_records(tmp_path, crawl[2])
    assert set(spark_records) == set(expected) and len(rows) == len(expected) == 7
    for url, record in spark_records.items():
        # the same record, but where it was read from: a WARC file's record, not an .html file
        assert record["document"]["source"].endswith(f".warc.gz#{url}") or record["document"]["source"].endswith(
            f".warc#{url}")
        want = {**expected[url], "document": {**expected[url]["document"], "source": record["document"]["source"]}}
        assert json.dumps(record, ensure_ascii=False, sort_keys=True) == json.dumps(want, ensure_ascii=False,
                                                                                     sort_keys=True)
    assert any(r["events"] for r in spark_records.values()) and any(r["statements"] for r in spark_records.values())


def test_records_equal_the_ingest_reader_on_the_same_warc_files(run, crawl):
    """Line for line what `veille ingest` would extract from the same files."""
    from veille.api import extract_many
    from veille.readers.sources import iter_items

    out, _ = run
    rows = {r["source"]: r["record"] for r in _table(out, "records")}
    documents = [i.document for i in iter_items(crawl[1][:5], MAX_BYTES) if i.document and i.document.language != "de"]
    local = {r["document"]["source"]: json.dumps(r, ensure_ascii=False) for r in extract_many(documents)}
    assert rows == local


def test_every_bad_record_and_file_is_counted_and_skipped(run):
    _, counts = run
    assert counts["files"] == 7 and counts["files_failed"] == 2  # notes.warc (no WARC), missing.warc.gz
    assert counts["failed_V112"] == 2 and counts["failed_V106"] == 1  # notes.warc, the corrupt member; the missing
    assert counts["skipped_not_html"] == 2  # the request record, the image
    assert counts["skipped_language"] == 1 and counts["skipped_too_large"] == 1
    assert counts["records_out"] == 7
    assert counts["records_read"] == 5 + 3 + 2 + 1 + 1
    assert counts.failed() == 3 and "records out 7" in counts.summary()


def test_model_is_loaded_once_per_worker_process(run):
    """Two worker processes (local[2]), two languages: at most four loads
    for five files with French pages (none when the daemon preloads them:
    test_daemon_preloads_the_pipelines)."""
    _, counts = run
    assert 0 <= counts["model_loads"] <= 4


def test_tables_are_partitioned_by_month_and_language_with_document_ids(run):
    out, _ = run
    folders = sorted(p.relative_to(out / "records").parent.as_posix() for p in (out / "records").rglob("*.parquet"))
    assert set(folders) == {"month=2025-02/language=fr", "month=2025-02/language=en", "month=2025-03/language=fr"}
    documents = _table(out, "documents")
    assert {(d["month"], d["language"]) for d in documents} == {("2025-02", "fr"), ("2025-02", "en"), ("2025-03", "fr")}
    records = {r["id"]: json.loads(r["record"]) for r in _table(out, "records")}
    assert {d["id"] for d in documents} == set(records)
    statements, events, entities = _table(out, "statements"), _table(out, "events"), _table(out, "entities")
    assert statements and events and entities
    entity_ids = {e["id"] for e in entities}
    for s in statements:
        assert s["id"] == f"{s['document_id']}:{s['local_id']}" and s["document_id"] in records
        assert s["speaker_entity_id"] is None or s["speaker_entity_id"] in entity_ids
    attacks = [e for e in events if e["weapons"]]
    assert attacks and all(w["category"] for e in attacks for w in e["weapons"])
    record_events = {f"{i}:{ev['id']}": ev for i, r in records.items() for ev in r["events"]}
    assert {e["id"] for e in events} == set(record_events)
    for e in events:
        assert json.loads(e["data"]) == record_events[e["id"]]


def test_flat_tables_have_the_ledgers_columns(run):
    from veille.store.schema import TABLES  # noqa: F401  (the ledger's tables exist)
    from veille.store.rows import EVENT_COLUMNS

    out, _ = run
    events = _table(out, "events")
    assert set(EVENT_COLUMNS) <= set(events[0])
    statement_columns = {"document_id", "local_id", "kind", "text", "start_char", "end_char", "speaker",
                         "speaker_entity_id", "speaker_start", "speaker_end", "cue", "date"}
    assert statement_columns <= set(_table(out, "statements")[0])


def test_a_rerun_skips_finished_files_and_removes_what_an_unfinished_batch_left(spark, run, crawl):
    from veille.spark import run_job
    from veille.spark.job import Settings

    out, _ = run
    before = sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*.parquet"))
    left = out / "records" / "month=2025-02" / "language=fr" / "part-0123456789abcdef-00000.parquet"
    left.write_bytes(b"half a file")
    (out / "_staging" / "0123456789abcdef").mkdir(parents=True)
    counts = run_job(spark, crawl[1], str(out), Settings(max_bytes=MAX_BYTES))
    assert counts["files_done_before"] == 7 and counts["files"] == 0 and counts["records_out"] == 0
    assert not left.exists() and not (out / "_staging").exists()
    assert sorted((p.relative_to(out).as_posix(), p.read_bytes()) for p in out.rglob("*.parquet")) == before


def test_uris_are_read_through_hadoop_with_the_same_rows(spark, run, crawl, tmp_path):
    """file:// URIs go through Spark's Hadoop file systems (as s3a:// or
    hdfs:// would): the same records, the same ids, in batches of two files."""
    from veille.spark import run_job
    from veille.spark.job import Settings

    out, _ = run
    root = crawl[0]
    entries = [(root / n).as_uri() for n in ("b.warc.gz", "c.warc.gz", "e.warc")]
    counts = run_job(spark, entries, str(tmp_path / "uris"), Settings(max_bytes=MAX_BYTES), files_per_batch=2)
    assert counts["files"] == 3 and counts["records_out"] == 4 and counts["failed_V112"] == 1
    assert len(list((tmp_path / "uris" / "_done").glob("*.json"))) == 2
    assert sorted(p.name for p in (tmp_path / "uris").iterdir()) == ["_done", "documents", "entities", "events",
                                                                     "records", "statements"]
    mine = {r["id"]: json.loads(r["record"]) for r in _table(tmp_path / "uris", "records")}
    theirs = {r["id"]: json.loads(r["record"]) for r in _table(out, "records")}
    for i, record in mine.items():
        assert {**record, "document": {**record["document"], "source": None}} == \
            {**theirs[i], "document": {**theirs[i]["document"], "source": None}}
