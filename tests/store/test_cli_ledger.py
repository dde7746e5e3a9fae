"""The ledger commands, end to end through click."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner
from test_query import PESKOV, attack, record, statement

from veille.cli import main


@pytest.fixture
def ledger_db(tmp_path):
    recs = [record("a1", "Dmitri Peskov a parlé du territoire ce matin, à Moscou, devant la presse.", "2025-02-12",
                   statements=[statement("S1", "Le territoire n'est pas négociable", "Dmitri Peskov", "E1",
                                         "2025-02-12")], events=[attack("V1", "2025-02-12", 123, 71)],
                   entities=[PESKOV], outlet="Alpha"),
            record("b2", "Un tout autre récit de cette nuit-là, avec ses propres chiffres et témoins.", "2025-02-12",
                   events=[attack("V1", "2025-02-12", 120, 71)], outlet="Beta")]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    db = str(tmp_path / "veille.db")
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def run(*args):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_cli_statements_output_formats(ledger_db):
    rows = json.loads(run("statements", "--speaker", "Peskov", "--since", "2025-02-01", "--search", "territoire",
                          "--db", ledger_db))
    assert [r["text"] for r in rows] == ["Le territoire n'est pas négociable"]
    nl = run("statements", "--db", ledger_db, "--nl").splitlines()
    assert len(nl) == 1 and json.loads(nl[0])["speaker"] == "Dmitri Peskov"
    table = list(csv.DictReader(io.StringIO(run("statements", "--db", ledger_db, "--csv"))))
    assert table[0]["speaker"] == "Dmitri Peskov"
    assert "Dmitri Peskov" in run("statements", "--db", ledger_db, "-t")


def test_cli_events_entities_stats(ledger_db):
    events = json.loads(run("events", "--type", "attack", "--from", "2025-02-01", "--to", "2025-02-28", "--db", ledger_db))
    assert len(events) == 2 and events[0]["weapons"][0]["launched"] in (120, 123)
    people = json.loads(run("entities", "--type", "person", "--db", ledger_db))
    assert [p["name"] for p in people] == ["Dmitri Peskov"]
    stats = json.loads(run("stats", "--db", ledger_db))[0]
    assert stats["documents"] == 2 and stats["events"] == 2


def test_cli_compare_lists_differing_figures(ledger_db):
    (group,) = json.loads(run("compare", "--differing", "--db", ledger_db))
    assert group["differences"] == {"drone.launched": {"120": ["b2"], "123": ["a1"]}}
    assert "Alpha" in run("compare", "--db", ledger_db, "-t")


def test_cli_export_formats(ledger_db, tmp_path):
    lines = run("export", "--format", "jsonl", "--db", ledger_db).splitlines()
    assert [json.loads(x)["document"]["id"] for x in lines] == ["a1", "b2"]
    acled = list(csv.DictReader(io.StringIO(run("export", "--format", "csv", "--db", ledger_db))))
    assert {r["event_date"] for r in acled} == {"2025-02-12"} and acled[0]["event_type"]
    out = tmp_path / "weapons.parquet"
    run("export", "--format", "parquet", "--table", "weapons", "-o", str(out), "--db", ledger_db)
    import pyarrow.parquet as pq

    assert pq.read_table(out).num_rows == 2


def test_cli_export_unknown_table_is_a_usage_error(ledger_db):
    result = CliRunner().invoke(main, ["export", "--format", "csv", "--table", "nope", "--db", ledger_db])
    assert result.exit_code == 2 and "no table 'nope'" in result.output


def test_cli_query_on_a_missing_ledger_names_it(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "[V301]" in result.output and "none.db" in result.output


def test_cli_ingest_reports_bad_input_and_exits_1(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(bad), "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 1 and "[V113]" in result.output and "failed 1" in result.output


def test_cli_metadata_for_datasette(ledger_db):
    meta = json.loads(run("metadata", "--db", ledger_db))
    assert meta["databases"]["veille"]["tables"]["entities"]["label_column"] == "name"
