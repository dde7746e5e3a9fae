"""Ledger benchmark: ingest against extraction alone, growth, query latency.

Makes N synthetic articles (tests/store/corpus.py), then on the same files:
  1. `extract_many` alone, records serialized as `veille extract` does;
  2. `veille ingest` into a fresh ledger (SQLite, or --db postgresql://…).
Prints articles/s of each and `ratio` = ingest speed / extract speed (1.0:
the ledger costs nothing), the time per article (whole ingest, and the
ledger's own writing) over the first and the last 500 articles, and the
median time of typical queries on the full ledger. Not a test: numbers
depend on the machine.

    .venv/bin/python benchmarks/ledger.py            # 2000 articles, SQLite
    .venv/bin/python benchmarks/ledger.py -n 200 --db postgresql://veille@127.0.0.1:5432/bench
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", "--articles", type=int, default=2000)
    ap.add_argument("--db", default=None, help="ledger URL (default: a fresh SQLite file)")
    ap.add_argument("--window", type=int, default=500, help="articles in the first/last window")
    a = ap.parse_args()

    from corpus import write_corpus

    from veille import extract_many
    from veille.pipeline import load
    from veille.readers import read_file
    from veille.readers.sources import iter_items
    from veille.store import open_store, query
    import importlib

    ingest_mod = importlib.import_module("veille.store.ingest")
    from veille.store.ingest import finish_run, ingest_items, start_run

    tmp = Path(tempfile.mkdtemp(prefix="veille-bench-"))
    paths = write_corpus(tmp / "articles", a.articles, seed=2025)
    load("fr")  # both sides start with the model loaded
    list(extract_many([read_file(p) for p in paths[:8]]))

    t0 = time.perf_counter()
    with open(tmp / "records.jsonl", "w", encoding="utf-8") as out:
        for rec in extract_many(read_file(p) for p in paths):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    extract_s = time.perf_counter() - t0

    db = a.db or str(tmp / "veille.db")
    store = open_store(db)
    stamps: list[float] = []
    write_times: list[float] = []
    original_write = ingest_mod.write_record

    def timed_write(*args, **kwargs):
        s = time.perf_counter()
        try:
            return original_write(*args, **kwargs)
        finally:
            write_times.append(time.perf_counter() - s)

    ingest_mod.write_record = timed_write
    t0 = time.perf_counter()
    counts = start_run(store, "bench", [str(tmp / "articles")])
    ingest_items(store, iter_items([tmp / "articles"]), counts, on_done=lambda: stamps.append(time.perf_counter()))
    finish_run(store, counts)
    ingest_s = time.perf_counter() - t0
    ingest_mod.write_record = original_write
    assert counts.added == a.articles, counts.summary()

    n, w = a.articles, min(a.window, a.articles // 2)
    per = [b - a_ for a_, b in zip([t0, *stamps[:-1]], stamps)]
    print(f"{n} articles | extract {n / extract_s:6.2f} articles/s | ingest {n / ingest_s:6.2f} articles/s "
          f"({'PostgreSQL' if store.dialect == 'postgresql' else 'SQLite'})")
    print(f"time per article, whole ingest: first {w} {1000 * statistics.mean(per[:w]):.1f} ms, "
          f"last {w} {1000 * statistics.mean(per[-w:]):.1f} ms")
    print(f"time per article, ledger writes: first {w} {1000 * statistics.mean(write_times[:w]):.2f} ms, "
          f"last {w} {1000 * statistics.mean(write_times[-w:]):.2f} ms")

    queries = {
        "statements --speaker Peskov": lambda: query.statements(store, speaker="Peskov"),
        "statements --speaker Peskov --since --search": lambda: query.statements(
            store, speaker="Peskov", since="2025-03-01", search="négociations"),
        "statements --search sanctions": lambda: query.statements(store, search="sanctions"),
        "events --type attack --from --to": lambda: query.events(store, type="attack", date_from="2025-02-01",
                                                                 date_to="2025-02-28"),
        "events --place Odesa": lambda: query.events(store, place="Odesa"),
        "entities --type person": lambda: query.entities(store, type="person"),
        "documents --search Kharkiv": lambda: query.documents(store, search="Kharkiv"),
        "stats": lambda: query.stats(store),
        "compare --type attack (one month)": lambda: query.compare(store, type="attack", date_from="2025-02-01",
                                                                   date_to="2025-02-28"),
    }
    worst = 0.0
    for name, q in queries.items():
        times = []
        for _ in range(5):
            s = time.perf_counter()
            q()
            times.append(time.perf_counter() - s)
        ms = 1000 * statistics.median(times)
        worst = max(worst, ms)
        print(f"query {name:48s} {ms:8.1f} ms")
    print(f"slowest query {worst:.1f} ms")
    store.close()
    print(f"ratio {extract_s / ingest_s:.3f}")


if __name__ == "__main__":
    main()
