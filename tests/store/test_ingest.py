"""Ingest: idempotent, crash-safe, republications flagged, counters kept."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from veille.store import ingest, open_store, query

pytestmark = pytest.mark.model
COUNTED = ("documents", "entities", "mentions", "statements", "events", "weapons", "quantities")


@pytest.fixture(scope="session")
def records_file(corpus, tmp_path_factory):
    """The corpus extracted once, as JSON Lines of veille/1 records."""
    from veille import extract_many
    from veille.readers import read_file

    path = tmp_path_factory.mktemp("records") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in extract_many(read_file(p) for p in sorted(corpus.glob("*.md"))):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def counts(url):
    with open_store(url, create=False) as store:
        s = query.stats(store)
    return {k: s[k] for k in COUNTED}


def test_ingest_files_twice_leaves_the_counts_of_once(db_url, corpus):
    first = ingest([corpus], db_url)
    once = counts(db_url)
    second = ingest([corpus], db_url)
    assert first.added == 12 and first.failed == 0
    assert second.added == 0 and second.already_in == 12
    assert counts(db_url) == once
    assert once["statements"] > 20 and once["events"] > 10


def test_ingest_records_gives_the_same_ledger_as_files(db_url, corpus, records_file, tmp_path):
    ingest([records_file], db_url)
    from_records = counts(db_url)
    other = str(tmp_path / "from-files.db")
    ingest([corpus], other)
    assert from_records == counts(other)


def test_runs_keep_their_counters(db_url, records_file):
    ingest([records_file], db_url)
    ingest([records_file], db_url)
    with open_store(db_url, create=False) as store:
        runs = store.query("SELECT seen, added, already_in, failed, finished_at FROM runs ORDER BY id")
    assert [(r["seen"], r["added"], r["already_in"]) for r in runs] == [(12, 12, 0), (12, 0, 12)]
    assert all(r["finished_at"] for r in runs)


def test_bad_input_is_counted_and_skipped_alone(db_url, records_file, tmp_path):
    bad = tmp_path / "broken.jsonl"
    good = json.loads(records_file.read_text(encoding="utf-8").splitlines()[0])
    bad.write_text("{not json\n" + json.dumps({"schema": "other"}) + "\n" + json.dumps(good) + "\n", encoding="utf-8")
    errors = []
    run = ingest([bad], db_url, on_error=errors.append)
    assert run.added == 1 and run.failed == 2
    assert errors[0].startswith("[V113]") and "broken.jsonl:1" in errors[0]
    assert "broken.jsonl:2" in errors[1]


def test_republication_is_linked_to_the_first_copy_and_left_out_of_aggregates(db_url, records_file, tmp_path):
    rec = json.loads(records_file.read_text(encoding="utf-8").splitlines()[0])
    copy = json.loads(json.dumps(rec))
    text = copy["document"]["text"]
    copy["document"]["text"] = text.replace("Ukraine", "l'Ukraine", 1) + "\nMis à jour à 18 h."
    copy["document"]["id"] = "republished0001"
    copy["document"]["url"] = "https://other.example/copy"
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(rec) + "\n" + json.dumps(copy) + "\n", encoding="utf-8")
    run = ingest([path], db_url)
    assert run.added == 2 and run.republications == 1
    with open_store(db_url, create=False) as store:
        row = store.query("SELECT republication_of, similarity FROM documents WHERE id = ?", ("republished0001",))[0]
        assert row["republication_of"] == rec["document"]["id"] and row["similarity"] >= 0.8
        assert len(query.events(store, limit=None)) == len(rec["events"])
        assert len(query.events(store, limit=None, include_republications=True)) == 2 * len(rec["events"])


def test_different_articles_are_not_republications(db_url, records_file):
    run = ingest([records_file], db_url)
    assert run.republications == 0


def test_sigkill_midway_then_rerun_ends_with_every_article_once(db_url, tmp_path):
    """A real `veille ingest` killed with SIGKILL, then run again."""
    from corpus import write_corpus

    folder = tmp_path / "articles"
    write_corpus(folder, 40, seed=11)
    db = db_url
    cmd = [sys.executable, "-m", "veille", "ingest", str(folder), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    deadline = time.monotonic() + 120
    added = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            with open_store(db, create=False) as store:
                added = store.scalar("SELECT count(*) FROM documents")
        except Exception:  # no ledger yet, or the writer is creating the schema
            continue
        if added >= 1:
            break
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 1 <= added < 40
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with open_store(db, create=False) as store:
        ids = [r["id"] for r in store.query("SELECT id FROM documents")]
        assert len(ids) == len(set(ids)) == 40
        # nothing half-written: every article has its statements, none twice
        per_doc = store.query("SELECT document_id, count(*) AS n, count(DISTINCT local_id) AS u FROM statements "
                              "GROUP BY document_id")
        assert len(per_doc) == 40 and all(r["n"] == r["u"] for r in per_doc)
    fresh = tmp_path / "fresh.db"
    subprocess.run([*cmd[:-3], "--db", str(fresh), "--quiet"], check=True, capture_output=True, timeout=300)
    assert counts(db) == counts(fresh)
