"""The official record beside the news, as the web pages and the API show it:
per night, the articles' figures as `veille reconcile` stored them, next to
every row of the report each was compared with, and the record's nightly
figures for the timeline.

A night is named by its morning, D (D-1 12:00 to D 12:00), as events are.
The results are read from `reconciliations`; an event that the comparability
rule now refuses (a Russian-side claim, an attack elsewhere, a figure with
no night) is shown "not comparable" even if an older run stored otherwise.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta

from .. import describe
from ..lang import LANGUAGES
from ..store import query
from ..store.comparable import RUSSIAN_SIDE_REASON, not_comparable
from .reconcile import NOT_COMPARABLE, aimed_elsewhere, event_places, night, summary, window

FACEBOOK = "https://www.facebook.com/"
ROW_FIELDS = ("model", "category", "target", "launch_place", "time_start", "time_end", "launched", "destroyed",
              "not_reach_goal")
__all__ = ["LANGUAGES", "LABELS", "agreement", "has_records", "night_records", "post_url", "reconciled_nights",
           "record_nights"]

# how the page names the article's counts and the categories (the record's own words in its columns)
LABELS = {"launched": "launched", "intercepted": "shot down", "suppressed": "jammed or lost", "hit": "hit",
          None: "all weapons together", "missile": "missiles of any kind", "drone": "attack drones",
          "decoy_drone": "decoy drones", "reconnaissance_drone": "reconnaissance drones"}


def post_url(report: str | None) -> str | None:
    """The report's source post: the dataset's `source` is a path on facebook.com."""
    return FACEBOOK + report.lstrip("/") if report else None


def has_records(store) -> dict:
    """How many official rows and stored results the ledger holds (the page says how to get them when none)."""
    return {"rows": store.scalar("SELECT count(*) FROM official_rows") or 0,
            "results": store.scalar("SELECT count(*) FROM reconciliations") or 0}


def _figures(store, date_from, date_to, document_id, outlet, language) -> list[dict]:
    """Every stored result in the filters, with its event and article (republications left out, as reconcile does)."""
    where, params = ["d.republication_of IS NULL"], []
    date_from, date_to = query.check_period(("from", "to"), date_from, date_to)
    for op, day in ((">=", date_from), ("<=", date_to)):
        if day:
            where.append(f"coalesce(v.date, d.published) {op} ?")
            params.append(day)
    for sql, value in (("v.document_id = ?", query.check_text("document", document_id, query.MAX_DOCUMENT_ID_CHARS)),
                       ("lower(d.outlet) = lower(?)", query.check_text("outlet", outlet)),
                       ("d.language = ?", language)):
        if value:
            where.append(sql)
            params.append(value)
    return store.query(
        "SELECT r.event_id, v.local_id AS event, v.document_id, d.title, d.url, d.outlet, d.language, "
        "coalesce(v.date, d.published) AS date, v.date AS event_date, v.place, v.places, v.attacker, v.target, "
        "v.reported_by, p.country, r.report, r.category, r.field, r.article_value AS article, "
        "r.record_value AS record, r.status, r.reason "
        "FROM reconciliations r JOIN events v ON v.id = r.event_id JOIN documents d ON d.id = v.document_id "
        "LEFT JOIN entities p ON p.id = v.place_entity_id WHERE " + " AND ".join(where)
        + " ORDER BY coalesce(v.date, d.published) DESC, v.document_id, v.id, r.id", params)


def _checked(figure: dict) -> dict:
    """The stored result, unless the comparability rule refuses the event: then "not comparable", with why."""
    event = {**figure, "places": json.loads(figure["places"]) if figure["places"] else []}
    reason = not_comparable(event)
    if reason is not None and figure["status"] != NOT_COMPARABLE:
        if reason == RUSSIAN_SIDE_REASON and figure["reported_by"]:
            reason = f"{reason} (reported by {figure['reported_by']})"
        figure.update(status=NOT_COMPARABLE, record=None, reason=reason, report=None)
    figure["_places"] = event_places(event)
    return figure


def _night_of(figure: dict) -> str | None:
    """The night a figure belongs to: its event's own date (none for "1 800 drones since the start of the month")."""
    return figure["event_date"][:10] if figure["event_date"] else None


def _period(day: str) -> dict:
    """The night's window, and its name: "night of 11 to 12 February 2025"."""
    start, end = night(date.fromisoformat(day))
    return {"from": start.strftime("%Y-%m-%d %H:%M"), "to": end.strftime("%Y-%m-%d %H:%M"), "name": describe.night(day)}


def agreement(summary: dict) -> str | None:
    """The share that agrees, as `veille reconcile` prints it ("62 % agree"), or None when nothing was compared."""
    rate = summary.get("agreement_rate")
    return None if rate is None else f"{100 * rate:.0f} % agree"


def _rows_of(store, reports: list[str]) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    for i in range(0, len(reports), 500):
        chunk = reports[i:i + 500]
        for r in store.query(f"SELECT report, reporter, national, {', '.join(ROW_FIELDS)} FROM official_rows "
                             f"WHERE report IN ({', '.join('?' for _ in chunk)}) ORDER BY time_start, id", chunk):
            rows.setdefault(r["report"], []).append(r)
    return rows


def _other_reports(store, day: str, used: set[str]) -> list[dict]:
    """The reports of the night that no article of it was compared with (never added to the one that was)."""
    start, end = night(date.fromisoformat(day))
    out: dict[str, dict] = {}
    for r in store.query("SELECT report, reporter, national, time_start, time_end FROM official_rows "
                         "WHERE time_end >= ? AND time_start <= ? ORDER BY national DESC, report",
                         (start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d %H:%M"))):
        a, b = window(r)
        if r["report"] not in used and a < end and b > start:
            other = out.setdefault(r["report"], {"report": r["report"], "url": post_url(r["report"]),
                                                 "reporter": r["reporter"], "national": bool(r["national"]),
                                                 "window": {"from": r["time_start"], "to": r["time_end"]}})
            other["window"]["from"] = min(other["window"]["from"], r["time_start"])
            other["window"]["to"] = max(other["window"]["to"], r["time_end"])
    return list(out.values())


def _why(report: dict, others: list[dict]) -> str:
    if report["national"]:
        why = "the Air Force Command's national report of the night"
        regional = sum(not o["national"] for o in others)
        if regional:
            why += (f"; the night's {regional} regional reports are not added to it" if regional > 1
                    else "; the night's regional report is not added to it")
        return why
    return (f"a regional command's report ({report['reporter']}): of the night's reports, its figures agree best "
            "with the article's")


def _report(report: str, rows: list[dict], figures: list[dict], others: list[dict]) -> dict:
    """One report with all its rows, each saying whether the comparison used it and, if not, why."""
    places = [f["_places"] for f in figures if f["report"] == report]
    out_rows = []
    for r in rows:
        compared = any(not aimed_elsewhere(r, p) for p in places)
        out_rows.append({**{k: r[k] for k in ROW_FIELDS}, "compared": compared,
                         "note": None if compared else f"aimed at {r['target']}, a place the article does not name"})
    first = rows[0] if rows else {"reporter": report.split("/", 1)[0], "national": 0}
    rep = {"report": report, "url": post_url(report), "reporter": first["reporter"], "national": bool(first["national"]),
           "window": {"from": min((r["time_start"] for r in rows), default=None),
                      "to": max((r["time_end"] for r in rows), default=None)},
           "rows": out_rows}
    rep["why"] = _why(rep, others)
    return rep


_PUBLIC = ("event_id", "event", "document_id", "title", "url", "outlet", "language", "reported_by", "report",
           "category", "field", "article", "record", "status", "reason")


def reconciled_nights(store, date_from: str | None = None, date_to: str | None = None, status: str | None = None,
                      document_id: str | None = None, outlet: str | None = None, language: str | None = None,
                      limit: int = 50, offset: int = 0) -> dict:
    """Nights (newest first; figures without a night of their own last), each
    with its reports, all their rows, and the articles' figures; `summary`
    (the share that agrees, as `veille reconcile` prints it) covers every
    figure in the period and sources asked for, whatever the page or status."""
    figures = [_checked(f) for f in _figures(store, date_from, date_to, document_id, outlet, language)]
    whole = summary(_as_results(figures))
    if status:
        figures = [f for f in figures if f["status"] == status]
    nights: dict[str | None, list[dict]] = {}
    for f in figures:
        nights.setdefault(_night_of(f), []).append(f)
    keys = sorted((k for k in nights if k), reverse=True) + ([None] if None in nights else [])
    page = keys[offset:offset + limit]
    chosen = sorted({f["report"] for k in page for f in nights[k] if f["report"]})
    rows = _rows_of(store, chosen)
    items = []
    for day in page:
        night_figures = nights[day]
        used = [r for r in dict.fromkeys(f["report"] for f in night_figures) if r]
        others = _other_reports(store, day, set(used)) if day else []
        items.append({"date": day, "night": _period(day) if day else None,
                      "summary": summary(_as_results(night_figures)),
                      "reports": [_report(r, rows.get(r, []), night_figures, others) for r in used],
                      "other_reports": others,
                      "figures": [{k: f[k] for k in _PUBLIC} for f in night_figures]})
    return {"items": items, "total": len(keys), "summary": whole}


def night_records(store, day: str) -> list[dict]:
    """The reports of a night that no article gives figures for, each with all its rows (none compared)."""
    reports = _other_reports(store, query.check_day("date", day), set())
    rows = _rows_of(store, [r["report"] for r in reports])
    return [{**r, "rows": [{**{k: row[k] for k in ROW_FIELDS}, "compared": None, "note": None}
                           for row in rows.get(r["report"], [])]} for r in reports]


def _as_results(figures: list[dict]) -> list[dict]:
    """Stored figures shaped as `reconcile`'s results, for its `summary`."""
    events: dict[int, list[dict]] = {}
    for f in figures:
        events.setdefault(f["event_id"], []).append(f)
    return [{"counts": counts} for counts in events.values()]


def night_of_row(time_end: str) -> date:
    """The night (its morning, D) a row ending at `time_end` belongs to: ends after D-1 12:00 up to D 12:00;
    a row dated by its day alone is that day's report (of the night before)."""
    if " " not in time_end:
        return date.fromisoformat(time_end)
    end = datetime.fromisoformat(time_end)
    return end.date() + timedelta(days=1) if end.time() > datetime.min.replace(hour=12).time() else end.date()


def record_nights(store, date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    """Per night and weapon category, the national report's launched and
    destroyed: for the timeline's overlay. When two national reports of a
    night give a category (a nightly report and a later one), the one that
    gives more launched is kept; reports are never added up."""
    date_from, date_to = query.check_period(("from", "to"), date_from, date_to)
    where, params = ["national = 1", "category IS NOT NULL"], []
    if date_from:
        where.append("time_end >= ?")
        params.append((date.fromisoformat(date_from) - timedelta(days=1)).isoformat())
    if date_to:
        where.append("time_end <= ?")
        params.append(f"{date_to} 12:00")
    totals: dict[tuple[str, str, str], dict] = {}
    for r in store.query("SELECT report, time_end, category, launched, destroyed FROM official_rows WHERE "
                         + " AND ".join(where), params):
        day = night_of_row(r["time_end"]).isoformat()
        if (date_from and day < date_from) or (date_to and day > date_to):
            continue
        t = totals.setdefault((day, r["category"], r["report"]), {"launched": None, "destroyed": None})
        for f in ("launched", "destroyed"):
            if r[f] is not None:
                t[f] = (t[f] or 0) + r[f]
    best: dict[tuple[str, str], dict] = {}
    for (day, cat, report), t in sorted(totals.items()):
        current = best.get((day, cat))
        if current is None or (t["launched"] or 0, t["destroyed"] or 0) > (current["launched"] or 0,
                                                                             current["destroyed"] or 0):
            best[(day, cat)] = {"date": day, "category": cat, **t, "report": report}
    return [best[k] for k in sorted(best)]
