"""Hostile requests against `veille serve` on a ledger of N synthetic articles (default 2000).

Starts `veille serve` (a process of its own) on the ledger given with --db,
or on one built as benchmarks/api.py builds it, and sends each kind of bad
input (ids and offsets beyond 2^63-1, dates that are not days, periods that
end before they start, 70 KB searches of a word every article has, FTS
syntax, wildcards, NUL, over-long names and ids): prints the status and the
worst milliseconds of each. Then eight 70 KB searches at once, and what
/api/stats takes meanwhile. Last, what that search costs when it gets past
the cap, straight on a web server connection (stopped by the time budget)
and, with --unbounded, on a plain one (about a minute). Not a test: numbers
depend on the machine.

    .venv/bin/python benchmarks/hostile_api.py --db ledger.db
    .venv/bin/python benchmarks/hostile_api.py --db ledger.db --unbounded
"""
from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# 70 KB of a word every French article has: each word is one more full
# posting list to intersect (before the cap: 34 s for /api/statements, 15 s for /api/documents)
FLOOD = "de " * 23_334


def status(url: str) -> tuple[int, float]:
    """(HTTP status, milliseconds) of one GET."""
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=300) as r:
            r.read()
            code = r.status
    except urllib.error.HTTPError as err:
        err.read()
        code = err.code
    return code, 1000 * (time.perf_counter() - start)


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", db, "--port", str(port)],
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            status(base + "/api/stats")
            return proc, base
        except OSError:  # not listening yet
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("veille serve did not start")


def cases(base: str) -> list[tuple[str, str]]:
    person = json.loads(urllib.request.urlopen(base + "/api/entities?type=person&limit=1").read())["items"][0]["id"]
    flood = urllib.parse.quote_plus(FLOOD)
    return [
        ("offset beyond 2^63-1", f"/api/documents?offset={10**25}"),
        ("offset beyond 2^63-1 (page)", f"/?offset={10**25}"),
        ("id beyond 2^63-1", f"/api/entities/{2**63}"),
        ("id beyond 2^63-1 (page)", f"/entities/{2**63}"),
        ("id filter beyond 2^63-1", f"/api/statements?entity={2**63}"),
        ("offset beyond 2^63-1 (entity)", f"/api/entities/{person}?offset={10**25}"),
        ("limit out of range", "/api/documents?limit=100000"),
        ("date that is not a day", "/api/events?from=2025-13-45"),
        ("period ending before it starts", "/api/events?from=2025-03-01&to=2025-02-01"),
        ("period ending before it starts (page)", "/comparisons?from=2025-03-01&to=2025-02-01"),
        ("70 KB search (API)", f"/api/statements?search={flood}"),
        ("70 KB search (page)", f"/search?q={flood}"),
        ("17-word search", "/api/statements?search=" + "+".join(["de"] * 17)),
        ("16 words, all the commonest (allowed)", "/api/statements?search=" + "+".join(["de"] * 16)),
        ("FTS syntax in a search", "/api/documents?search=" + urllib.parse.quote('title:x OR "y" NEAR(a b) *')),
        ("% and _ in a speaker", "/api/statements?speaker=%25_"),
        ("name over 200 characters", "/api/events?place=" + "x" * 201),
        ("NUL in a name", "/api/statements?speaker=%00"),
        ("document id over 1000 characters", "/api/documents/" + "x" * 1001),
        ("unknown event type", "/api/events?type=bombing"),
    ]


def hostile(base: str, repeat: int) -> None:
    print(f"{'hostile input':40s} {'status':>6s} {'worst ms':>9s}   example")
    worst = 0.0
    for kind, path in cases(base):
        runs = [status(base + path) for _ in range(repeat)]
        ms = max(t for _, t in runs)
        worst = max(worst, ms)
        print(f"{kind:40s} {runs[0][0]:6d} {ms:9.1f}   {path[:60]}")
    print(f"slowest hostile {worst:.1f} ms")
    alone = [status(f"{base}/api/stats")[1] for _ in range(10)]
    flood = urllib.parse.quote_plus(FLOOD)
    with ThreadPoolExecutor(8) as pool:
        floods = [pool.submit(status, f"{base}/search?q={flood}") for _ in range(8)]
        during = [status(f"{base}/api/stats")[1] for _ in range(10)]
        codes = sorted({f.result()[0] for f in floods})
    print(f"8 x 70 KB /search at once: statuses {codes}; /api/stats median {statistics.median(during):.1f} ms, "
          f"worst {max(during):.1f} ms (alone: median {statistics.median(alone):.1f} ms)")


def past_the_cap(db: str, unbounded: bool) -> None:
    """The 70 KB search sent straight to the ledger, as if the cap were not there."""
    from veille.store import open_store, query
    from veille.web.app import Ledger

    stores = [(f"a web server connection ({query.MAX_QUERY_MS} ms of CPU)", Ledger(db)())]
    if unbounded:
        stores.append(("a plain connection (no budget)", open_store(db, create=False, readonly=True)))
    for label, store in stores:
        clause, params = store.match("statements", "s", FLOOD)
        sql = "SELECT count(*) FROM statements s WHERE " + clause
        start = time.perf_counter()
        try:
            outcome = f"answered ({store.scalar(sql, params)} rows)"
        except Exception as err:  # sqlite3.OperationalError: interrupted
            outcome = f"stopped ({err})"
        print(f"70 KB search past the cap, on {label}: {outcome} after {1000 * (time.perf_counter() - start):.0f} ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="an existing ledger (default: build one)")
    ap.add_argument("-n", "--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--unbounded", action="store_true", help="Also run the 70 KB search with no budget (slow).")
    a = ap.parse_args()
    if a.db:
        db = a.db
    else:
        from api import build

        db = build(a.articles)
    proc, base = start_server(db)
    try:
        hostile(base, a.repeat)
    finally:
        proc.terminate()
        proc.wait()
    past_the_cap(db, a.unbounded)


if __name__ == "__main__":
    main()
