"""The reconciliation table for the development sets (../shared, read-only).

dev/fr, dev/en and the seed, extracted by veille itself (each article
through its language's pipeline, by `veille ingest`), go into a throwaway
ledger with the Air Force dataset; prints one line per compared count, then
the summary, overall and per language. Nothing is written to the repo.

    .venv/bin/python scripts/reconcile_dev.py [--shared ../shared] [-j 2]
"""
from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path


def by_language(store, events: list[dict]) -> dict[str, Counter]:
    """The statuses of the compared counts, per language of the article."""
    languages = {r["id"]: r["language"] for r in store.query("SELECT id, language FROM documents")}
    counts: dict[str, Counter] = {}
    for e in events:
        for c in e["counts"]:
            counts.setdefault(languages.get(e["document_id"]) or "?", Counter())[c["status"]] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    ap.add_argument("-j", "--processes", type=int, default=1, help="Worker processes for the extraction.")
    a = ap.parse_args()
    shared = Path(a.shared)
    if not (shared / "data" / "dev" / "en").is_dir():
        raise SystemExit(f"{shared}/data/dev/en not found: give --shared (the read-only folder beside the repo)")

    from veille.official.importer import import_csv
    from veille.official.reconcile import reconcile
    from veille.store import ingest, open_store

    tmp = Path(tempfile.mkdtemp(prefix="veille-reconcile-"))
    db = str(tmp / "veille.db")
    data = shared / "data"
    run = ingest([data / "seed", data / "dev" / "fr", data / "dev" / "en"], db, processes=a.processes)
    print(run.summary())
    with open_store(db) as store:
        print(import_csv(store, data / "airforce" / "missile_attacks_daily.csv").summary())
        result = reconcile(store)
        languages = by_language(store, result["events"])
    print(f"{'article':42s} {'date':10s} {'report':10s} {'category':18s} {'count':11s} {'article':>7s} {'record':>7s}  status")
    for e in result["events"]:
        for c in e["counts"]:
            print(f"{(e['title'] or '')[:42]:42s} {e['date'] or '-':10s} {((e['report'] or {}).get('reporter') or '-')[:10]:10s} "
                  f"{c['category'] or 'mixed':18s} {c['field']:11s} {str(c['article']):>7s} {str(c['record']):>7s}  "
                  f"{c['status']}{' (' + c['reason'] + ')' if c['reason'] else ''}")
        if not e["counts"]:
            print(f"{(e['title'] or '')[:42]:42s} {e['date'] or '-':10s} {e['status']}")
    print(json.dumps(result["summary"], ensure_ascii=False))
    for language, counts in sorted(languages.items()):
        print(f"{language}: {sum(counts.values())} counts compared: "
              + ", ".join(f"{status} {n}" for status, n in counts.most_common()))


if __name__ == "__main__":
    main()
