"""`veille spark run` in local mode, then `veille ingest` of its Parquet:
the ledger it gives is the one `veille ingest` gives from the WARC files."""
from __future__ import annotations


import pytest
from click.testing import CliRunner

from spark_needs import require_spark
from warcs import page, write_warc

pytestmark = pytest.mark.spark

HTML = "text/html; charset=utf-8"


@pytest.fixture(scope="module")
def spark_run(tmp_path_factory):
    """`veille spark run` over two WARC files (a manifest with a relative
    path and a file:// URI): (manifest's folder, output, result)."""
    require_spark()
    from veille.spark.cli import spark_group

    root = tmp_path_factory.mktemp("cli")
    fr, fr2, en = page("fr", 1), page("fr", 2), page("en", 3, date="2025-03-04")
    write_warc(root / "one.warc.gz", [(fr[0], HTML, fr[1]), (en[0], HTML, en[1]), (fr[0] + ".css", "text/css", b"p{}")])
    write_warc(root / "two.warc.gz", [(fr2[0], HTML, fr2[1])])
    (root / "warc.paths").write_text(f"one.warc.gz\n{(root / 'two.warc.gz').as_uri()}\n", encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(spark_group, ["run", str(root / "warc.paths"), "--out", str(out),
                                              "--master", "local[2]", "--driver-memory", "1g"])
    return root, out, result


def test_spark_run_writes_the_tables_and_says_what_it_did(spark_run):
    _, out, result = spark_run
    assert result.exit_code == 0, result.output
    assert "total: files 2 (failed 0, done before 0) · records read 4 · skipped: not HTML 1" in result.output
    assert "records out 3" in result.output
    for table in ("records", "documents", "entities", "statements", "events"):
        assert list((out / table).rglob("*.parquet")), table


def test_spark_run_again_skips_the_finished_files(spark_run):
    from veille.spark.cli import spark_group

    root, out, _ = spark_run
    result = CliRunner().invoke(spark_group, ["run", str(root / "warc.paths"), "--out", str(out), "--master", "local[1]",
                                              "--quiet"])
    assert result.exit_code == 0 and result.output.strip() == ""
    assert len(list((out / "_done").glob("*.json"))) == 1


def _ledger(db: str) -> dict:
    from veille.store import open_store

    with open_store(db, create=False) as store:
        def rows(sql):
            return sorted(tuple(r.values()) for r in store.query(sql))

        return {
            "documents": rows("SELECT id, url, language, published, republication_of FROM documents"),
            "statements": rows("SELECT document_id, local_id, speaker, text FROM statements"),
            "events": rows("SELECT document_id, local_id, type, place, data FROM events"),
            "entities": rows("SELECT key, name, type FROM entities"),
        }


def test_ingest_of_the_parquet_gives_the_ledger_of_the_warc_files(spark_run, tmp_path, db_url):
    """On SQLite and on PostgreSQL, the ledger of the Parquet is the ledger of the WARC files (on SQLite)."""
    from veille.cli import main

    root, out, _ = spark_run
    runner = CliRunner()
    from_parquet, from_warc = db_url, str(tmp_path / "warc.db")
    result = runner.invoke(main, ["ingest", str(out / "records"), "--db", from_parquet])
    assert result.exit_code == 0, result.output
    assert "added 3" in result.output
    result = runner.invoke(main, ["ingest", str(root / "one.warc.gz"), str(root / "two.warc.gz"), "--db", from_warc])
    assert result.exit_code == 0, result.output
    assert _ledger(from_parquet) == _ledger(from_warc)
    assert _ledger(from_parquet)["statements"] and _ledger(from_parquet)["events"]
    # the whole output folder: the flat tables and the markers are skipped, the records already in
    result = runner.invoke(main, ["ingest", str(out), "--db", from_parquet])
    assert result.exit_code == 0, result.output
    assert "added 0" in result.output and "already in the ledger 3" in result.output
