"""API and page latency on a ledger of N synthetic articles (default 2000).

Starts `veille serve` (uvicorn, in a thread) on the ledger given with --db, or
on one it builds from tests/store/corpus.py, requests every API route and page
a few times over loopback, and prints the median and worst milliseconds of
each, then `slowest R ms`. Not a test: numbers depend on the machine.

    .venv/bin/python benchmarks/api.py               # builds a 2000-article ledger first (a few minutes)
    .venv/bin/python benchmarks/api.py --db ledger.db
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))


def build(n: int) -> str:
    from corpus import write_corpus

    from veille.store import ingest

    tmp = Path(tempfile.mkdtemp(prefix="veille-api-bench-"))
    write_corpus(tmp / "articles", n, seed=2026)
    db = str(tmp / "veille.db")
    run = ingest([tmp / "articles"], db)
    print(run.summary(), file=sys.stderr)
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="an existing ledger (default: build one)")
    ap.add_argument("-n", "--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    db = a.db or build(a.articles)

    import uvicorn

    from veille.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"

    def get(path: str) -> bytes:
        with urllib.request.urlopen(base + path) as r:
            return r.read()

    doc = json.loads(get("/api/documents?limit=1"))["items"][0]["id"]
    person = json.loads(get("/api/entities?type=person&limit=1"))["items"][0]["id"]
    speaker = json.loads(get(f"/api/entities/{person}"))["entity"]["name"].split()[-1]
    paths = [
        "/api/documents", "/api/documents?search=Kharkiv", f"/api/documents/{doc}",
        f"/api/statements?speaker={urllib.parse.quote(speaker)}", "/api/statements?search=sanctions&since=2025-03-01",
        "/api/events?type=attack&from=2025-02-01&to=2025-02-28", "/api/events?place=Odesa&weapon=drone",
        "/api/entities?type=person", f"/api/entities/{person}", "/api/comparisons?type=attack&from=2025-02-01&to=2025-02-28",
        "/api/timeline?from=2025-02-01&to=2025-04-30", "/api/timeline", "/api/places", "/api/stats", "/openapi.json",
        "/", f"/documents/{doc}", f"/entities/{person}", "/search?q=sanctions", "/speakers",
        "/comparisons?differing=true", "/api/comparisons",
    ]
    worst = 0.0
    for path in paths:
        get(path)  # warm
        times = []
        for _ in range(a.repeat):
            s = time.perf_counter()
            get(path)
            times.append(1000 * (time.perf_counter() - s))
        worst = max(worst, max(times))
        print(f"{path:70s} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms")
    server.should_exit = True
    print(f"slowest {worst:.1f} ms")


if __name__ == "__main__":
    main()
