"""`veille records import`: the "Massive Missile Attacks on Ukraine" CSV
(one row per weapon model per report) into the ledger's `official_rows`.

A row is identified by its report (the source post), model, target and start
time; importing an updated CSV again updates those rows in place (the
compiler edits history) and adds the new ones.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..errors import InputError
from .models import category

REQUIRED = ("time_start", "time_end", "model", "launched", "destroyed", "source")
NATIONAL_REPORTERS = {"kpszsu"}  # the Air Force Command; regional commands post under their own names


@dataclass
class ImportCounts:
    rows: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    unknown_models: set | None = None

    def summary(self) -> str:
        unknown = f" · models not in the table: {', '.join(sorted(self.unknown_models))}" if self.unknown_models else ""
        return (f"rows {self.rows} · added {self.added} · updated {self.updated} · unchanged {self.unchanged}"
                f" · skipped {self.skipped}{unknown}")


def _count(value: str | None) -> int | None:
    value = (value or "").strip()
    if not value or value.lower() == "nan":
        return None
    return int(round(float(value)))


def _time(value: str) -> str:
    value = value.strip()
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).strftime("%Y-%m-%d %H:%M" if " " in value else "%Y-%m-%d")
        except ValueError:
            continue
    raise ValueError(f"time {value!r}")


def import_csv(store, path: str | Path, on_error=None) -> ImportCounts:
    """Load (or refresh) the official rows from `path`; bad rows are reported and skipped."""
    path = Path(path)
    counts = ImportCounts(unknown_models=set())
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as err:
        raise InputError("V106", str(path), err.strerror or str(err)) from err
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError("V114", str(path), f"missing columns: {', '.join(missing)}")
        seen: dict[str, int] = {}
        with store.transaction():
            for n, row in enumerate(reader, 2):
                counts.rows += 1
                try:
                    parsed = _parse(row)
                except (ValueError, TypeError) as err:
                    counts.skipped += 1
                    if on_error:
                        on_error(str(InputError("V114", f"{path}:{n}", str(err))))
                    continue
                # the same report, model, target and window twice: the nth of them, by file order
                nth = seen[parsed["row_key"]] = seen.get(parsed["row_key"], 0) + 1
                parsed["row_key"] = hashlib.sha256(f"{parsed['row_key']}\x1f{nth}".encode()).hexdigest()[:24]
                if parsed["category"] is None:
                    counts.unknown_models.add(parsed["model"])
                _upsert(store, parsed, now, counts)
    return counts


def _parse(row: dict) -> dict:
    source = (row.get("source") or "").strip()
    model = (row.get("model") or "").strip()
    if not source or not model:
        raise ValueError("no source or no model")
    start, end = _time(row["time_start"]), _time(row["time_end"])
    target = (row.get("target") or "").strip() or None
    reporter = source.split("/", 1)[0] or None
    key = "\x1f".join([source, model, target or "", start, end])
    return {"row_key": key, "report": source, "reporter": reporter, "national": int(reporter in NATIONAL_REPORTERS),
            "time_start": start, "time_end": end, "model": model, "category": category(model),
            "launched": _count(row.get("launched")), "destroyed": _count(row.get("destroyed")),
            "not_reach_goal": _count(row.get("not_reach_goal")), "target": target,
            "launch_place": (row.get("launch_place") or "").strip() or None}


_FIELDS = ("report", "reporter", "national", "time_start", "time_end", "model", "category", "launched", "destroyed",
           "not_reach_goal", "target", "launch_place")


def _upsert(store, row: dict, now: str, counts: ImportCounts) -> None:
    old = store.query(f"SELECT {', '.join(_FIELDS)} FROM official_rows WHERE row_key = ?", (row["row_key"],))
    if not old:
        store.insert("official_rows", {**row, "imported_at": now})
        counts.added += 1
    elif any(old[0][f] != row[f] for f in _FIELDS):
        store.execute(f"UPDATE official_rows SET {', '.join(f'{f} = ?' for f in _FIELDS)}, imported_at = ? "
                      "WHERE row_key = ?", (*(row[f] for f in _FIELDS), now, row["row_key"]))
        counts.updated += 1
    else:
        counts.unchanged += 1
