"""API and page latency on a ledger of N synthetic articles (default 2000),
alone and under load.

Starts `veille serve` (its own process) on the ledger given with --db, or on
one it builds from tests/store/corpus.py. First requests every API route and
page a few times, one at a time, and prints the median and worst
milliseconds of each, then `slowest R ms`. Then the load: --clients
concurrent clients (default 200, keep-alive connections, each requesting the
same routes in random order) for --duration seconds (default 60); prints
each route's p50 and p99 under load, the requests per second, and the error
count (any answer but 200, or no answer): it must be 0 (the exit status is
1 otherwise). Not a test: numbers depend on the machine.

    .venv/bin/python benchmarks/api.py               # builds a 2000-article ledger first (a few minutes)
    .venv/bin/python benchmarks/api.py --db ledger.db --clients 200 --duration 60
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
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


def serve(db: str) -> tuple[subprocess.Popen, str]:
    """`veille serve` on a free port, in a process of its own (the clients
    must not share its interpreter); its log goes beside the ledger."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = open(Path(db).with_suffix(".serve.log"), "w")  # noqa: SIM115 - kept open for the server's life
    proc = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", db, "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(base + "/api/stats").read()
            return proc, base
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"veille serve did not start: see {log.name}") from None
            time.sleep(0.2)


def routes(get) -> list[str]:
    doc = json.loads(get("/api/documents?limit=1"))["items"][0]["id"]
    person = json.loads(get("/api/entities?type=person&limit=1"))["items"][0]["id"]
    speaker = json.loads(get(f"/api/entities/{person}"))["entity"]["name"].split()[-1]
    return [
        "/api/documents", "/api/documents?search=Kharkiv", f"/api/documents/{doc}",
        f"/api/statements?speaker={urllib.parse.quote(speaker)}", "/api/statements?search=sanctions&since=2025-03-01",
        "/api/events?type=attack&from=2025-02-01&to=2025-02-28", "/api/events?place=Odesa&weapon=drone",
        "/api/entities?type=person", f"/api/entities/{person}", "/api/comparisons?type=attack&from=2025-02-01&to=2025-02-28",
        "/api/timeline?from=2025-02-01&to=2025-04-30", "/api/timeline", "/api/places", "/api/stats", "/openapi.json",
        "/", f"/documents/{doc}", f"/entities/{person}", "/search?q=sanctions", "/speakers",
        "/comparisons?differing=true", "/api/comparisons",
    ]


def one_at_a_time(get, paths: list[str], repeat: int) -> None:
    worst = 0.0
    for path in paths:
        get(path)  # warm
        times = []
        for _ in range(repeat):
            s = time.perf_counter()
            get(path)
            times.append(1000 * (time.perf_counter() - s))
        worst = max(worst, max(times))
        print(f"{path:70s} median {statistics.median(times):7.1f} ms   worst {max(times):7.1f} ms")
    print(f"slowest {worst:.1f} ms")


async def under_load(base: str, paths: list[str], clients: int, duration: float):
    """(milliseconds per route, errors by route and kind, seconds taken)."""
    import httpx

    times: dict[str, list[float]] = {p: [] for p in paths}
    errors: Counter = Counter()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as http:
        end = time.monotonic() + duration

        async def client(k: int) -> None:
            rng = random.Random(k)
            while time.monotonic() < end:
                path = rng.choice(paths)
                start = time.perf_counter()
                try:
                    response = await http.get(path)
                except httpx.HTTPError as err:
                    errors[(path, type(err).__name__)] += 1
                    continue
                times[path].append(1000 * (time.perf_counter() - start))
                if response.status_code != 200:
                    errors[(path, response.status_code)] += 1

        started = time.monotonic()
        await asyncio.gather(*(client(k) for k in range(clients)))
    return times, errors, time.monotonic() - started


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def report_load(times: dict[str, list[float]], errors: Counter, seconds: float, clients: int) -> None:
    total = sum(len(v) for v in times.values()) + sum(n for (_, kind), n in errors.items() if isinstance(kind, str))
    print(f"\n{clients} concurrent clients for {seconds:.0f} s: {total} requests, {total / seconds:.0f} requests/s")
    print(f"{'route':70s} {'requests':>8s} {'p50 ms':>8s} {'p99 ms':>8s} {'errors':>6s}")
    per_route = Counter()
    for (path, _), n in errors.items():
        per_route[path] += n
    for path, values in times.items():
        if values:
            print(f"{path:70s} {len(values):8d} {percentile(values, 50):8.0f} {percentile(values, 99):8.0f} "
                  f"{per_route[path]:6d}")
    everything = [t for v in times.values() for t in v]
    if everything:
        print(f"{'all routes':70s} {len(everything):8d} {percentile(everything, 50):8.0f} "
              f"{percentile(everything, 99):8.0f} {sum(errors.values()):6d}")
    for (path, kind), n in sorted(errors.items(), key=str):
        print(f"  error {kind}: {path} x{n}")
    print(f"errors {sum(errors.values())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", help="an existing ledger (default: build one)")
    ap.add_argument("-n", "--articles", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--clients", type=int, default=200, help="concurrent clients of the load (0: no load)")
    ap.add_argument("--duration", type=float, default=60, help="seconds of load")
    a = ap.parse_args()
    db = a.db or build(a.articles)
    proc, base = serve(db)
    try:
        def get(path: str) -> bytes:
            with urllib.request.urlopen(base + path) as r:
                return r.read()

        paths = routes(get)
        one_at_a_time(get, paths, a.repeat)
        if a.clients:
            times, errors, seconds = asyncio.run(under_load(base, paths, a.clients, a.duration))
            report_load(times, errors, seconds, a.clients)
            sys.exit(1 if errors else 0)
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main()
