"""Faults: two ingests at once, the web server reading during an ingest, the
PostgreSQL server gone midway, a full disk, a read-only ledger, a ledger of a
newer schema, SIGKILL at random points. Each ends either well or with a
coded error, and nothing is lost: a rerun leaves every article exactly
once, each with all its rows. The ingests are real `veille ingest` processes reading JSON Lines of
records (the ledger's side of an ingest, without a model to load; a SIGKILL
midway through the extraction of articles is tests/store/test_ingest.py's
test_sigkill_midway_then_rerun_ends_with_every_article_once)."""
from __future__ import annotations

import ctypes
import json
import os
import resource
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from corpus import article
from test_query import PESKOV, attack, record, statement

from veille.store import StoreError, db as store_db, ingest, open_store
from veille.store.db import is_postgres
from veille.store.schema import SCHEMA_VERSION

INGEST = [sys.executable, "-m", "veille", "ingest"]


def ingest_cmd(folder, db) -> list[str]:
    return [*INGEST, str(folder), "--db", str(db), "--quiet"]


def write_records(path, numbers, seed: int):
    """JSON Lines of one record per number: a corpus article's text, two
    statements, an attack; the same number and seed, the same record."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for n in numbers:
            text = article(n, seed)[1].split("---\n", 2)[2]
            rec = record(f"fault-{seed}-{n}", text, f"2025-02-{1 + n % 28:02d}", entities=[PESKOV],
                         statements=[statement("S1", text[2:40], "Dmitri Peskov", "E1"),
                                     statement("S2", text[50:90], "Peskov", "E1")],
                         events=[attack("V1", "2025-02-12", 100 + n, 50)])
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def assert_complete(db, expected: int) -> None:
    """`expected` articles, each once, each with every statement, event and
    entity mention of its record (nothing lost, nothing half-written)."""
    with open_store(db, create=False) as store:
        ids = [r["id"] for r in store.query("SELECT id FROM documents")]
        assert len(ids) == len(set(ids)) == expected
        for table, key in (("statements", "statements"), ("events", "events")):
            rows = store.query(f"SELECT document_id, count(*) AS n FROM {table} GROUP BY document_id")
            have = {r["document_id"]: r["n"] for r in rows}
            for doc in store.query("SELECT id, record FROM documents"):
                record = json.loads(doc["record"])
                assert have.get(doc["id"], 0) == len(record.get(key) or []), (table, doc["id"])


def assert_coded_failure(result, code: str) -> None:
    assert result.returncode == 1, result.stderr
    assert f"[{code}]" in result.stderr and "Traceback" not in result.stderr, result.stderr


# -- two writers ------------------------------------------------------------------
def test_two_ingests_at_once_take_turns_and_keep_every_article_once(tmp_path):
    """Two `veille ingest` of overlapping inputs, started while a third
    program holds the write lock: both wait, then both write at once; the
    450 distinct articles are there once each."""
    sources = [write_records(tmp_path / "a.jsonl", range(0, 300), seed=21),
               write_records(tmp_path / "b.jsonl", range(150, 450), seed=21)]
    db = tmp_path / "ledger.db"
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    procs = [subprocess.Popen(ingest_cmd(source, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True) for source in sources]
    time.sleep(3)
    assert all(p.poll() is None for p in procs), "an ingest did not wait for the write lock"
    holder.execute("COMMIT")
    holder.close()
    for p in procs:
        assert p.wait(timeout=300) == 0, p.stderr.read()
    assert_complete(db, 450)
    with open_store(db, create=False) as store:
        runs = store.query("SELECT added, already_in FROM runs")
    assert sum(r["added"] for r in runs) == 450 and sum(r["already_in"] for r in runs) == 150


def test_a_writer_that_waits_too_long_says_so(tmp_path, monkeypatch):
    db = tmp_path / "ledger.db"
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT", 0.3)
    try:
        with pytest.raises(StoreError, match=r"\[V306\]"):
            open_store(db)
        with open_store(db, create=False) as store:  # readers never wait
            assert store.scalar("SELECT count(*) FROM documents") == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


# -- SIGKILL at random points ---------------------------------------------------------------
def test_sigkill_at_random_points_then_rerun_keeps_every_article_once(tmp_path):
    """An ingest killed twice at random moments of its writing, then
    run to the end: every article once and whole, the ledger sound."""
    import random

    rng = random.Random(9)
    db = tmp_path / "ledger.db"
    cmd = ingest_cmd(write_records(tmp_path / "records.jsonl", range(400), seed=91), db)
    for _ in range(2):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        before = _count(db)
        while proc.poll() is None and _count(db) <= before:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.5))
        proc.kill()
        proc.wait()
    assert 0 < _count(db) < 400
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert_complete(db, 400)


def _count(db) -> int:
    try:
        with open_store(db, create=False) as store:
            return store.scalar("SELECT count(*) FROM documents")
    except StoreError:  # no ledger yet
        return 0


# -- the web server reading while an ingest writes --------------------------------------
def test_web_server_reads_while_an_ingest_writes(tmp_path):
    import uvicorn

    from veille.web.app import create_app

    first = write_records(tmp_path / "first.jsonl", range(0, 3), seed=41)
    more = write_records(tmp_path / "more.jsonl", range(3, 603), seed=41)
    db = tmp_path / "ledger.db"
    ingest([first], db)
    server = uvicorn.Server(uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    paths = ["/api/stats", "/api/documents?limit=20", "/api/statements?limit=20", "/api/events?limit=20",
             "/api/entities?limit=20", "/", "/search?q=drones"]
    failures, seen, stop = [], set(), threading.Event()

    def client(k: int) -> None:
        i = k
        while not stop.is_set():
            path = paths[i % len(paths)]
            i += 1
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as r:
                    body = r.read()
                if path == "/api/stats":
                    seen.add(json.loads(body)["documents"])
            except urllib.error.HTTPError as err:
                failures.append((path, err.code, err.read()[:300]))
            except OSError as err:
                failures.append((path, None, str(err)))

    proc = subprocess.Popen(ingest_cmd(more, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    clients = [threading.Thread(target=client, args=(k,)) for k in range(6)]
    for c in clients:
        c.start()
    try:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    finally:
        stop.set()
        for c in clients:
            c.join()
        server.should_exit = True
        thread.join(timeout=10)
    assert failures == []
    assert len(seen - {3, 603}) >= 2, f"too few reads during the ingest: {sorted(seen)}"
    assert_complete(db, 603)


# -- PostgreSQL gone midway -----------------------------------------------------------
def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(os.environ["VEILLE_TEST_POSTGRES"], autocommit=True) as conn:
        conn.execute(sql)


def test_postgres_gone_mid_ingest_is_a_coded_error_and_a_rerun_adds_each_article_once(db_url, tmp_path):
    """The server refuses the ledger's database and drops its connections
    (what clients see when it stops) while an ingest writes."""
    if not is_postgres(db_url):
        pytest.skip("PostgreSQL only (the SQLite cases are the others)")
    name = db_url.rsplit("/", 1)[1]
    cmd = ingest_cmd(write_records(tmp_path / "records.jsonl", range(400), seed=51), db_url)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    added = 0
    while added < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            with open_store(db_url, create=False) as store:
                added = store.scalar("SELECT count(*) FROM documents")
        except StoreError:  # the schema is not there yet
            continue
    assert proc.poll() is None, f"ingest ended before the server could go: {proc.stderr.read()}"
    _admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
    _admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
    try:
        proc.wait(timeout=120)
        assert_coded_failure(subprocess.CompletedProcess(cmd, proc.returncode, "", proc.stderr.read()), "V309")
    finally:
        _admin(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    with open_store(db_url, create=False) as store:
        assert 1 <= store.scalar("SELECT count(*) FROM documents") < 400
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert_complete(db_url, 400)


# -- disk full --------------------------------------------------------------------
def test_disk_full_is_a_coded_error_and_leaves_a_sound_ledger(tmp_path):
    """The ingest runs with a file size limit (RLIMIT_FSIZE, as a full disk:
    writes past it fail): it stops with V307, the ledger passes SQLite's
    integrity check, and a rerun with room adds the rest."""
    db = tmp_path / "ledger.db"
    cmd = ingest_cmd(write_records(tmp_path / "records.jsonl", range(300), seed=61), db)
    limit = 600_000  # the schema and a few articles (the -wal file grows by each one's pages)

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    full = subprocess.run(cmd, capture_output=True, text=True, timeout=300, preexec_fn=small_disk)
    assert_coded_failure(full, "V307")
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert 1 <= conn.execute("SELECT count(*) FROM documents").fetchone()[0] < 300
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert_complete(db, 300)


# -- a read-only ledger -------------------------------------------------------------------
def _without_root_powers() -> None:
    """In the child, before exec: root loses the right to ignore file modes
    (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER), so 0444 means read-only."""
    if os.geteuid() == 0:
        libc = ctypes.CDLL(None, use_errno=True)
        for cap in (1, 2, 3):
            if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


# What a user without write access runs on the read-only ledger (argv: ledger, records)
_READ_ONLY_SESSION = """
import json, sys
from click.testing import CliRunner
from fastapi.testclient import TestClient
from veille.cli import main
from veille.web.app import create_app
db, more = sys.argv[1:]
run = CliRunner().invoke
ingest, stats = run(main, ["ingest", more, "--db", db, "--quiet"]), run(main, ["stats", "--db", db])
statements = run(main, ["statements", "--db", db, "--nl"])
web = TestClient(create_app(db)).get("/api/stats")
print(json.dumps({"ingest": [ingest.exit_code, ingest.output], "stats": [stats.exit_code, stats.output],
                  "statements": [statements.exit_code, statements.output], "web": [web.status_code, web.text]}))
"""


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_ledger_refuses_ingest_and_still_answers_queries(tmp_path, what):
    folder = tmp_path / "ledger"
    folder.mkdir()
    db = folder / "ledger.db"
    ingest([write_records(tmp_path / "first.jsonl", range(0, 3), seed=71)], db)
    more = write_records(tmp_path / "more.jsonl", range(3, 5), seed=71)
    assert not (folder / "ledger.db-wal").exists()
    db.chmod(0o444)
    if what == "folder":
        folder.chmod(0o555)
    try:
        child = subprocess.run([sys.executable, "-c", _READ_ONLY_SESSION, str(db), str(more)], capture_output=True,
                               text=True, timeout=300, preexec_fn=_without_root_powers)
    except subprocess.SubprocessError as err:
        pytest.skip(f"cannot drop root's file-mode override here: {err}")
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert child.returncode == 0, child.stderr
    seen = json.loads(child.stdout)
    assert seen["ingest"][0] == 1 and "[V308]" in seen["ingest"][1], seen["ingest"]
    assert seen["stats"][0] == 0 and json.loads(seen["stats"][1])[0]["documents"] == 3, seen["stats"]
    assert seen["statements"][0] == 0 and len(seen["statements"][1].splitlines()) == 6, seen["statements"]
    assert seen["web"][0] == 200 and json.loads(seen["web"][1])["documents"] == 3, seen["web"]
    assert_complete(db, 3)


# -- a ledger of a newer schema ---------------------------------------------------------------
def test_ledger_of_a_newer_schema_is_refused_and_left_as_it_is(db_url):
    from click.testing import CliRunner

    from veille.cli import main

    with open_store(db_url) as store:
        store.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    for create, readonly in ((True, False), (False, False), (False, True)):
        with pytest.raises(StoreError, match=r"\[V310\].*schema version 3"):
            open_store(db_url, create=create, readonly=readonly)
    for args in (["ingest", "nothing.md"], ["stats"], ["statements"]):
        result = CliRunner().invoke(main, [*args, "--db", db_url])
        assert result.exit_code == 1 and "[V310]" in result.output, result.output
    with pytest.raises(StoreError, match=r"\[V310\]"):
        from veille.web.app import create_app

        create_app(db_url)
    assert raw_scalar(db_url, "SELECT value FROM meta WHERE key = 'schema_version'") == str(SCHEMA_VERSION + 1)
    assert raw_scalar(db_url, "SELECT count(*) FROM runs") == 0


def raw_scalar(db_url: str, sql: str):
    """One value read past veille's checks, straight from the database."""
    if is_postgres(db_url):
        import psycopg

        with psycopg.connect(db_url) as conn:
            return conn.execute(sql).fetchone()[0]
    with sqlite3.connect(db_url) as conn:
        return conn.execute(sql).fetchone()[0]
