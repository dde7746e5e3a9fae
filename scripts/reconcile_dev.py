"""The reconciliation table for the development sets (../shared, read-only).

dev/fr: veille's own extraction. dev/en: English extraction has not landed
yet, so the gold answers' attack events stand in for it (marked `gold`).
Everything goes into a throwaway ledger with the Air Force dataset; prints
one line per compared count and the summary. Nothing is written to the repo.

    .venv/bin/python scripts/reconcile_dev.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path


def gold_records(folder: Path):
    for gold in sorted(folder.glob("*.gold.json")):
        g = json.loads(gold.read_text(encoding="utf-8"))
        attacks = [e for e in g.get("events", []) if e.get("type") == "attack"]
        if not attacks:
            continue
        doc_id = f"gold-{folder.name}-{gold.name.split('.')[0]}"
        events = [{"id": f"V{n}", "evidence": [[0, 1]], **{k: v for k, v in e.items() if k != "note"},
                   "weapons": [{"category": w.get("category"), "model": w.get("model"),
                                **{f: w.get(f) for f in ("launched", "intercepted", "suppressed", "hit")},
                                "qualifiers": w.get("qualifiers") or {}}
                               for w in e.get("weapons", [])]} for n, e in enumerate(attacks, 1)]
        yield {"schema": "veille/1", "document": {"id": doc_id, "source": str(gold), "url": None, "outlet": "gold",
                                                  "title": f"{folder.name}/{gold.name} (gold)", "language": folder.name,
                                                  "published": g.get("published"), "text": doc_id},
               "entities": [], "statements": [], "events": events, "quantities": []}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parent.parent.parent / "shared"))
    a = ap.parse_args()
    shared = Path(a.shared)

    from veille.official.importer import import_csv
    from veille.official.reconcile import reconcile
    from veille.store import ingest, open_store

    tmp = Path(tempfile.mkdtemp(prefix="veille-reconcile-"))
    db = str(tmp / "veille.db")
    ingest([shared / "data" / "dev" / "fr", shared / "data" / "seed"], db)
    gold = tmp / "gold-en.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in gold_records(shared / "data" / "dev" / "en")),
                    encoding="utf-8")
    ingest([gold], db)
    with open_store(db) as store:
        print(import_csv(store, shared / "data" / "airforce" / "missile_attacks_daily.csv").summary())
        result = reconcile(store)
    print(f"{'article':42s} {'date':10s} {'report':10s} {'category':18s} {'count':11s} {'article':>7s} {'record':>7s}  status")
    for e in result["events"]:
        for c in e["counts"]:
            print(f"{(e['title'] or '')[:42]:42s} {e['date'] or '-':10s} {((e['report'] or {}).get('reporter') or '-')[:10]:10s} "
                  f"{c['category'] or 'mixed':18s} {c['field']:11s} {str(c['article']):>7s} {str(c['record']):>7s}  "
                  f"{c['status']}{' (' + c['reason'] + ')' if c['reason'] else ''}")
        if not e["counts"]:
            print(f"{(e['title'] or '')[:42]:42s} {e['date'] or '-':10s} {e['status']}")
    print(json.dumps(result["summary"], ensure_ascii=False))


if __name__ == "__main__":
    main()
