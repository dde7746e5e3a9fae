"""Official records: the CSV import and reconciliation, report by report.

The CSV fixture is written here in the dataset's format (figures made up)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from veille.official.importer import import_csv
from veille.official.models import category
from veille.official.reconcile import reconcile
from veille.store import open_store
from veille.store.ingest import write_record

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
          "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,"
          "turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source")


def row(start, end, model, target, launched, destroyed, lost, source):
    return f'{start},{end},{model},,{target},,{launched},{destroyed},{lost},,{{}},,,,,,,,,,,{source}'


ROWS = [
    # the national report of the night of 3 to 4 March: drones, ballistic missiles on Kyiv, one on Poltava
    row("2025-03-03 19:00", "2025-03-04 08:00", "Shahed-136/131", "Ukraine", "150.0", "90.0", "50.0", "kpszsu/posts/n1"),
    row("2025-03-04 04:00", "2025-03-04 04:30", "Iskander-M", "Kyiv", "4.0", "3.0", "", "kpszsu/posts/n1"),
    row("2025-03-03 22:00", "2025-03-03 22:00", "Iskander-M", "Poltava", "1.0", "1.0", "", "kpszsu/posts/n1"),
    row("2025-03-04 03:00", "2025-03-04 05:00", "X-101/X-555 and Kalibr", "Ukraine", "10.0", "8.0", "", "kpszsu/posts/n1"),
    # a regional command's report of the same night: must never be added to the national one
    row("2025-03-04", "2025-03-04", "Shahed-136/131", "south", "30.0", "28.0", "", "PvKPivden/posts/r1"),
    row("2025-03-04", "2025-03-04", "Orlan-10", "south", "2.0", "2.0", "", "PvKPivden/posts/r1"),
    # the national report of the night before
    row("2025-03-02 19:00", "2025-03-03 08:00", "Shahed-136/131", "Ukraine", "88.0", "60.0", "20.0", "kpszsu/posts/n0"),
]


@pytest.fixture
def csv_path(tmp_path):
    path = tmp_path / "attacks.csv"
    path.write_text(HEADER + "\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def attack(doc_id, weapons, date="2025-03-04", places=("Kyiv",), reported_by="Ukrainian Air Force", attacker="Russia",
           target="Ukraine"):
    return {"schema": "veille/1",
            "document": {"id": doc_id, "source": f"{doc_id}.md", "url": None, "outlet": "Test", "title": doc_id,
                         "language": "fr", "published": date, "text": f"Article {doc_id} sur l'attaque de la nuit."},
            "entities": [], "statements": [], "quantities": [],
            "events": [{"id": "V1", "type": "attack", "date": date, "places": list(places), "attacker": attacker,
                        "target": target, "reported_by": reported_by, "evidence": [[0, 10]],
                        "weapons": [{"category": c, "model": None, "launched": l, "intercepted": i, "suppressed": s,
                                     "hit": None} for c, l, i, s in weapons]}]}


@pytest.fixture
def ledger(db_url, csv_path):
    store = open_store(db_url)
    counts = import_csv(store, csv_path)
    assert (counts.added, counts.skipped) == (len(ROWS), 0)
    yield store
    store.close()


def by_count(result, doc_id):
    (event,) = [e for e in result["events"] if e["document_id"] == doc_id]
    return event, {(c["category"], c["field"]): c for c in event["counts"]}


def test_model_bundles_map_to_categories():
    assert category("Shahed-136/131") == "drone"
    assert category("C-300 and Iskander-M") == "ballistic_missile"
    assert category("X-101/X-555 and Kalibr") == "cruise_missile"
    assert category("X-101/X-555 and Iskander-M") == "missile"
    assert category("Orlan-10 and Shahed-136/131") is None
    assert category("Mystery-9") is None


def test_reimport_updates_rows_in_place(ledger, csv_path):
    text = csv_path.read_text(encoding="utf-8").replace('150.0,90.0,50.0', '151.0,90.0,50.0')
    csv_path.write_text(text, encoding="utf-8")
    counts = import_csv(ledger, csv_path)
    assert (counts.added, counts.updated, counts.unchanged) == (0, 1, len(ROWS) - 1)
    assert ledger.scalar("SELECT count(*) FROM official_rows") == len(ROWS)
    assert ledger.scalar("SELECT launched FROM official_rows WHERE model = 'Shahed-136/131' AND national = 1 "
                         "AND time_start = '2025-03-03 19:00'") == 151


def test_agreeing_drones_and_differing_missiles_report_by_report(ledger):
    write_record(ledger, attack("a", [("drone", 150, 90, 50), ("ballistic_missile", 5, 4, None)]))
    result = reconcile(ledger)
    event, counts = by_count(result, "a")
    assert event["report"]["report"] == "kpszsu/posts/n1" and event["report"]["national"]
    assert [counts[("drone", f)]["status"] for f in ("launched", "intercepted", "suppressed")] == ["agrees"] * 3
    # the Poltava missile is another attack, but the article's 5 and 4 are the report's totals once the Poltava
    # row is added (an article quoting the Air Force's figure for the whole night): they agree, and say so
    assert {(counts[("ballistic_missile", f)]["status"], counts[("ballistic_missile", f)]["record"],
             counts[("ballistic_missile", f)]["reason"]) for f in ("launched", "intercepted")} == {
        ("agrees", 5, "the report's total over all its targets"), ("agrees", 4, "the report's total over all its targets")}
    # the cruise missiles the article leaves out
    assert counts[("cruise_missile", "launched")] | {} == {"category": "cruise_missile", "field": "launched",
                                                          "article": None, "record": 10,
                                                          "status": "not in the article", "reason": None}


def test_two_reports_of_one_night_are_never_added_up(ledger):
    # 150 + 30 = 180 drones exist nowhere in the record
    write_record(ledger, attack("sum", [("drone", 180, 118, None)], places=()))
    _, counts = by_count(reconcile(ledger), "sum")
    assert counts[("drone", "launched")]["status"] == "differs" and counts[("drone", "launched")]["record"] == 150
    # a regional report quoted instead of the national one is found and named
    write_record(ledger, attack("regional", [("drone", 30, 28, None)], places=()))
    event, counts = by_count(reconcile(ledger), "regional")
    assert event["report"]["report"] == "PvKPivden/posts/r1"
    assert counts[("drone", "launched")]["status"] == "agrees"


def test_reasons_for_disagreement(ledger):
    write_record(ledger, attack("night", [("drone", 88, None, None)], places=()))       # the night before's figure
    write_record(ledger, attack("mix", [("ballistic_missile", 15, None, None)], places=()))  # all missiles together
    write_record(ledger, attack("typo", [("drone", 105, None, None)], places=()))      # 150 -> 105
    result = reconcile(ledger)
    assert by_count(result, "night")[1][("drone", "launched")]["reason"] == "a different night"
    assert by_count(result, "mix")[1][("ballistic_missile", "launched")]["reason"] == "a different category mix"
    assert by_count(result, "typo")[1][("drone", "launched")]["reason"] == "a figure changed in translation"
    s = result["summary"]
    assert s["disagreements"]["a different night"] == 1 and s["agreement_rate"] == 0.0


def test_unspecified_missiles_and_mixed_counts(ledger):
    write_record(ledger, attack("m", [("missile", 15, 12, None)], places=()))   # 4 + 1 + 10 missiles, 3 + 1 + 8 down
    write_record(ledger, attack("all", [(None, 197, None, None)], places=()))    # 150 + 5 + 10 + ... the report's total
    result = reconcile(ledger)
    assert by_count(result, "m")[1][("missile", "launched")]["status"] == "agrees"
    assert by_count(result, "m")[1][("missile", "intercepted")]["record"] == 12
    assert by_count(result, "all")[1][(None, "launched")]["record"] == 165


def test_other_sides_claims_are_not_comparable(ledger):
    write_record(ledger, attack("mod", [("drone", 40, 40, None)], reported_by="Russian Ministry of Defence",
                                attacker="Ukraine", target="Russia"))
    event, counts = by_count(reconcile(ledger), "mod")
    assert event["status"] == "not comparable" and counts[("drone", "launched")]["status"] == "not comparable"
    assert counts[("drone", "intercepted")]["reason"] == "a Russian-side claim (reported by Russian Ministry of Defence)"


def test_results_are_stored_and_replaced(ledger):
    write_record(ledger, attack("a", [("drone", 150, 90, 50)]))
    reconcile(ledger)
    reconcile(ledger)
    rows = ledger.query("SELECT status FROM reconciliations")
    assert sorted(r["status"] for r in rows) == ["agrees"] * 3 + ["not in the article"] * 2


def test_cli_import_and_reconcile_json(tmp_path, csv_path):
    from veille.cli import main

    db = str(tmp_path / "veille.db")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps(attack("a", [("drone", 150, 90, 50), ("ballistic_missile", 6, 4, None)])) + "\n",
                       encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(records), "--db", db, "--quiet"]).exit_code == 0
    imported = runner.invoke(main, ["records", "import", str(csv_path), "--db", db])
    assert imported.exit_code == 0 and "added 7" in imported.output
    out = runner.invoke(main, ["reconcile", "--db", db, "--json"])
    assert out.exit_code == 0
    (event,) = json.loads(out.stdout)["events"]
    assert {(c["category"], c["status"]) for c in event["counts"] if c["field"] == "launched"} == {
        ("drone", "agrees"), ("ballistic_missile", "differs"), ("cruise_missile", "not in the article")}
    table = runner.invoke(main, ["reconcile", "--db", db])
    assert "differs" in table.stdout and "agreeing with the record: 80 %" in table.output


def test_bad_csv_is_named(tmp_path):
    from veille.cli import main

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["records", "import", str(bad), "--db", str(tmp_path / "v.db")])
    assert result.exit_code == 1 and "[V114]" in result.output and "bad.csv" in result.output


def test_article_page_shows_the_record_s_word_on_each_figure(tmp_path, csv_path):
    from fastapi.testclient import TestClient

    from veille.web.app import create_app

    db = str(tmp_path / "veille.db")
    with open_store(db) as store:
        import_csv(store, csv_path)
        write_record(store, attack("a", [("drone", 150, 90, 50), ("ballistic_missile", 6, 4, None)]))
        reconcile(store)
    html = TestClient(create_app(db)).get("/documents/a").text
    assert 'class="check agrees"' in html and 'class="check differs"' in html
    assert "ballistic_missile launched:" in html and "vs record 4" in html


def test_article_page_never_shows_a_stale_differs_for_a_russian_claim(tmp_path, csv_path):
    from fastapi.testclient import TestClient

    from veille.web.app import create_app

    db = str(tmp_path / "veille.db")
    with open_store(db) as store:
        import_csv(store, csv_path)
        write_record(store, attack("ru", [("drone", None, 47, None)], places=("Belgorod",),
                                   reported_by="ministère russe de la Défense", attacker="Ukraine", target="Russia"))
        reconcile(store)
        # what an older veille stored: the claim compared with the Ukrainian record
        store.execute("UPDATE reconciliations SET status = 'differs', record_value = 90, reason = NULL")
    html = TestClient(create_app(db)).get("/documents/ru").text
    assert 'class="check differs"' not in html and "not comparable" in html and "Russian-side claim" in html


@pytest.mark.parametrize("value,figure,hedge,agrees", [
    (158, 158, "more_than", True), (158, 170, "more_than", True), (158, 150, "more_than", False),
    (600, 598, "just_under", True), (600, 600, "just_under", True), (600, 610, "just_under", False),
    (120, 123, "at_least", True), (100, 108, "about", True), (100, 120, "about", False), (7, 6, None, False),
])
def test_a_hedged_figure_agrees_within_its_bound(value, figure, hedge, agrees):
    from veille.official.reconcile import _agrees

    assert _agrees(value, figure, hedge) is agrees


def test_equal_figures_are_never_changed_in_translation():
    from veille.official.reconcile import _transposed

    assert _transposed(158, 185) and _transposed(90, 900) and not _transposed(158, 158)
