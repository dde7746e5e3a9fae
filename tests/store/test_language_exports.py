"""`--language` on the ledger commands (a click error for a code veille does
not read) and the language column of every export, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_stories import english, french

from veille.cli import main


@pytest.fixture
def bilingual_db(tmp_path, db_url):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (english(), french())), encoding="utf-8")
    db = db_url
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0 and "translations 1" in result.stderr, result.output
    return db


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", ["statements", "events", "entities", "compare", "export"])
def test_an_unknown_language_is_a_click_error(bilingual_db, command):
    extra = ["--format", "jsonl"] if command == "export" else []
    result = CliRunner().invoke(main, [command, "--db", bilingual_db, "--language", "de", *extra])
    assert result.exit_code == 2
    assert "Invalid value for '--language'" in result.stderr and "'de' is not one of 'en', 'fr'" in result.stderr


def test_events_and_compare_by_language(bilingual_db):
    assert {e["document_id"] for e in json.loads(run("events", "--db", bilingual_db, "--language", "fr"))} == {"fr1"}
    assert json.loads(run("compare", "--db", bilingual_db, "--language", "en")) == []
    groups = json.loads(run("compare", "--db", bilingual_db, "--cross-language"))
    assert {g["type"] for g in groups} == {"attack", "casualties"}


def test_jsonl_export_by_language(bilingual_db):
    lines = run("export", "--format", "jsonl", "--db", bilingual_db, "--language", "en").splitlines()
    assert [json.loads(line)["document"]["language"] for line in lines] == ["en"]


def test_acled_csv_has_the_language_column(bilingual_db):
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", bilingual_db))))
    assert sorted(r["language"] for r in rows) == ["en", "en", "fr", "fr"]
    french_rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", bilingual_db,
                                                      "--language", "fr"))))
    assert {r["document_id"] for r in french_rows} == {"fr1"}


@pytest.mark.parametrize("table, rows", [("events", 4), ("weapons", 4), ("mentions", 8), ("documents", 2)])
def test_table_exports_carry_the_article_language(bilingual_db, table, rows):
    exported = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--table", table, "--db", bilingual_db))))
    assert len(exported) == rows and {r["language"] for r in exported} == {"en", "fr"}
    only = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--table", table, "--db", bilingual_db,
                                               "--language", "en"))))
    assert len(only) == rows // 2 and {r["language"] for r in only} == {"en"}


def test_parquet_export_has_the_language_column(bilingual_db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    run("export", "--format", "parquet", "-o", str(out), "--db", bilingual_db)
    assert sorted(pq.read_table(out).column("language").to_pylist()) == ["en", "en", "fr", "fr"]


def test_language_on_a_table_of_no_article_is_refused(bilingual_db):
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--table", "runs", "--db", bilingual_db,
                                       "--language", "en"])
    assert result.exit_code == 2 and "the table 'runs' does not belong to articles" in result.stderr
