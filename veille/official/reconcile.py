"""`veille reconcile`: each attack event from the news against the official
report of its night, report by report (never summed across reports).

A report is the set of rows sharing one source post: the Air Force Command's
nightly report and each regional command's report are separate, and adding
them up gives figures no article ever quotes. For an event dated D (the
morning after the night), the reports of its night are those with a row whose
window overlaps D-1 12:00 to D 12:00. Within a category the article's count
is compared with the report's; an unspecified `missile` count with all the
report's missiles together; a mixed count (category null) with the report's
total. The report that agrees best is the one compared with (the national
one first when they tie). Rows aimed at a place the article does not name
are another attack and left out, unless the article's figure is the report's
total with them: then it is the Air Force's figure for the whole night, which
articles quote ("six of the seven missiles shot down"), and it agrees, with
that reason. Only attacks on Ukraine as the
Ukrainian side reports them, on one night, are compared (`comparable.py`);
other sources' claims are listed as not comparable.
"""
from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta, timezone

from ..store import query
from ..store.comparable import ELSEWHERE_REASON, RUSSIAN_SIDE_REASON, not_comparable
from .models import MISSILES

FIELD_IN_RECORD = {"launched": "launched", "intercepted": "destroyed", "suppressed": "not_reach_goal"}
COUNT_FIELDS = ("launched", "intercepted", "suppressed", "hit")
AGREES, DIFFERS, NOT_IN_RECORD, NOT_IN_ARTICLE, NOT_COMPARABLE = (
    "agrees", "differs", "not in the record", "not in the article", "not comparable")
STATUSES = (AGREES, DIFFERS, NOT_IN_RECORD, NOT_IN_ARTICLE, NOT_COMPARABLE)
# the article's figure is the report's total once its rows on places the article does not name are added
ALL_TARGETS_REASON = "the report's total over all its targets"


def window(row: dict) -> tuple[datetime, datetime]:
    """A row's time window (a day without a time: the whole day)."""
    start = datetime.fromisoformat(row["time_start"] if " " in row["time_start"] else row["time_start"] + " 00:00")
    end = datetime.fromisoformat(row["time_end"] if " " in row["time_end"] else row["time_end"] + " 23:59")
    return start, max(start, end)


def night(day: date) -> tuple[datetime, datetime]:
    """The night before the morning of `day`: D-1 12:00 to D 12:00."""
    noon = datetime(day.year, day.month, day.day, 12, 0)
    return noon - timedelta(days=1), noon


_BROAD_TARGETS = {"ukraine", "south", "east", "north", "west", "center", "centre"}


def event_places(event: dict) -> set[str]:
    """The places an event names, casefolded (the rows aimed elsewhere are another attack)."""
    return {p.casefold() for p in [event.get("place"), *(event.get("places") or [])] if p}


def aimed_elsewhere(row: dict, places: set[str]) -> bool:
    """A row aimed at a named place the article does not name is another attack
    ("Iskander-M on Kryvyi Rih" is not the article's missiles on Kyiv)."""
    target = (row.get("target") or "").casefold()
    if not places or not target or target in _BROAD_TARGETS:
        return False
    return not any(p in target or target in p for p in places)


def _reports(store, day: date, places: set[str] = frozenset()) -> dict[str, dict]:
    """Reports with a row in the nights before, of, and after `day`, each with
    its rows, the nights it covers and its figures per category (rows aimed
    at a place the article does not name left out)."""
    lo, hi = night(day - timedelta(days=1))[0], night(day + timedelta(days=1))[1]
    rows = store.query("SELECT * FROM official_rows WHERE time_end >= ? AND time_start <= ?",
                       (lo.strftime("%Y-%m-%d"), hi.strftime("%Y-%m-%d %H:%M")))
    reports: dict[str, dict] = {}
    for r in rows:
        start, end = window(r)
        if end < lo or start > hi or aimed_elsewhere(r, places):
            continue
        rep = reports.setdefault(r["report"], {"report": r["report"], "reporter": r["reporter"],
                                               "national": bool(r["national"]), "rows": [], "nights": set(),
                                               "figures": {}})
        rep["rows"].append(r)
        for offset in (-1, 0, 1):
            a, b = night(day + timedelta(days=offset))
            if start < b and end > a:
                rep["nights"].add(offset)
        fig = rep["figures"].setdefault(r["category"] or "unknown", {})
        for f in ("launched", "destroyed", "not_reach_goal"):
            if r[f] is not None:
                fig[f] = fig.get(f, 0) + r[f]
    return reports


def _categories(category: str | None, report: dict) -> list[str]:
    if category is None:
        return list(report["figures"])
    if category == "missile":
        return [c for c in report["figures"] if c in MISSILES]
    if category == "decoy_drone":  # the Air Force counts decoys with the Shahed-type drones
        return ["drone"]
    return [category]


def record_figure(report: dict, category: str | None, field: str) -> int | None:
    """The report's figure for an article's (category, field), or None."""
    name = FIELD_IN_RECORD.get(field)
    if name is None:
        return None
    values = [report["figures"][c][name] for c in _categories(category, report)
              if c in report["figures"] and name in report["figures"][c]]
    return sum(values) if values else None


def _about_ukraine(store, event: dict) -> bool:
    """An article that names no place in Ukraine is not about attacks on it."""
    if event.get("country") == "UA" or event.get("target") == "Ukraine":
        return True
    return store.scalar("SELECT 1 FROM mentions m JOIN entities e ON e.id = m.entity_id "
                        "WHERE m.document_id = ? AND e.country = 'UA' LIMIT 1", (event["document_id"],)) is not None


def _article_counts(event: dict) -> list[tuple[str | None, str, int]]:
    return [(w.get("category"), f, w[f]) for w in event.get("weapons") or [] for f in COUNT_FIELDS
            if w.get(f) is not None]


def _hedges(event: dict) -> dict[tuple[str | None, str], str]:
    """The article's hedge on each count ("plus de 900 drones": more_than), as `query.events` gives them."""
    return {(w.get("category"), field): hedge for w in event.get("weapons") or []
            for field, hedge in (w.get("qualifiers") or {}).items()}


def _agrees(value: int, figure: int, hedge: str | None) -> bool:
    """Equal, or within the article's own hedge ("au moins 120" and 123). A
    hedge bounds the figure loosely: "over 158" and "nearly 600" are how news
    writes the record's 158 and 598, so the bound itself agrees."""
    if hedge in ("at_least", "more_than"):
        return figure >= value
    if hedge in ("just_under", "less_than", "up_to"):
        return figure <= value
    if hedge == "about":
        return abs(figure - value) <= max(1, round(0.1 * value))
    return figure == value


def _transposed(a: int, b: int) -> bool:
    """Figures that a slip of the pen or of translation turns into each other."""
    sa, sb = str(a), str(b)
    return a != b and a >= 10 and b >= 10 and (sorted(sa) == sorted(sb) or sa.rstrip("0") == sb.rstrip("0"))


def _reason(value: int, category, field, chosen: dict, reports: dict[str, dict],
            whole: dict | None = None) -> str | None:
    for rep in reports.values():
        if rep is not chosen and 0 not in rep["nights"] and record_figure(rep, category, field) == value:
            return "a different night"
    for rep in reports.values():
        if rep is not chosen and 0 in rep["nights"] and record_figure(rep, category, field) == value:
            return "a regional report" if not rep["national"] else "another report of the night"
    if whole is not None and whole is not chosen and record_figure(whole, category, field) == value:
        return ALL_TARGETS_REASON
    wider = {record_figure(chosen, None, field), record_figure(chosen, "missile", field)}
    if category is not None and value in wider - {None}:
        return "a different category mix"
    figure = record_figure(chosen, category, field)
    if figure is not None and _transposed(value, figure):
        return "a figure changed in translation"
    return None


def _row_count(store, report: dict) -> int:
    return store.scalar("SELECT count(*) FROM official_rows WHERE report = ?", (report["report"],)) or 0


def reconcile_event(store, event: dict) -> dict:
    """One attack event against the reports of its night."""
    out = {"event_id": event["id"], "document_id": event["document_id"], "title": event.get("title"),
           "outlet": event.get("outlet"), "date": event.get("date"), "report": None, "counts": []}
    counts = _article_counts(event)
    reason = not_comparable(event)
    if reason is None and not _about_ukraine(store, event):
        where = event.get("place") or event.get("target")
        reason = f"{ELSEWHERE_REASON} ({where or 'the article names no place in Ukraine'})"
    if reason is not None:
        if reason == RUSSIAN_SIDE_REASON and event.get("reported_by"):
            reason = f"{RUSSIAN_SIDE_REASON} (reported by {event['reported_by']})"
        out["status"] = NOT_COMPARABLE
        out["counts"] = [{"category": c, "field": f, "article": v, "record": None, "status": NOT_COMPARABLE,
                          "reason": reason} for c, f, v in counts]
        return out
    own_date = event.get("event_date", event.get("date"))
    day = date.fromisoformat(own_date[:10])
    hedges = _hedges(event)
    reports = _reports(store, day, event_places(event))
    candidates = [r for r in reports.values() if 0 in r["nights"]]

    def agrees(rep, c, f, v):
        figure = record_figure(rep, c, f)
        return figure is not None and _agrees(v, figure, hedges.get((c, f)))

    def score(rep):
        agreements = sum(agrees(rep, c, f, v) for c, f, v in counts)
        present = sum(record_figure(rep, c, f) is not None for c, f, v in counts)
        return agreements, present, rep["national"]

    chosen = max(candidates, key=score) if candidates else None
    if chosen is None:
        out["status"] = "no report of that night"
        out["counts"] = [{"category": c, "field": f, "article": v, "record": None, "status": NOT_IN_RECORD,
                          "reason": None} for c, f, v in counts]
        return out
    out["status"] = "compared"
    out["report"] = {"report": chosen["report"], "reporter": chosen["reporter"], "national": chosen["national"],
                     "rows": [{k: r[k] for k in ("time_start", "time_end", "model", "category", "launched", "destroyed",
                                                 "not_reach_goal", "target")} for r in chosen["rows"]]}
    # the whole report, rows aimed at places the article does not name included: its totals may be the article's
    whole = _reports(store, day).get(chosen["report"]) if len(chosen["rows"]) < _row_count(store, chosen) else None
    for c, f, v in counts:
        figure = record_figure(chosen, c, f)
        status = NOT_IN_RECORD if figure is None else AGREES if _agrees(v, figure, hedges.get((c, f))) else DIFFERS
        reason = None
        total = record_figure(whole, c, f) if whole is not None and status != AGREES else None
        if total is not None and _agrees(v, total, hedges.get((c, f))):
            # "six of the seven missiles shot down": the Air Force's figure for the night, all targets together
            figure, status, reason = total, AGREES, ALL_TARGETS_REASON
        elif status == DIFFERS:
            reason = _reason(v, c, f, chosen, reports, whole)
        out["counts"].append({"category": c, "field": f, "article": v, "record": figure, "status": status,
                              "reason": reason})
    covered = {c for c, _, _ in counts}
    if None not in covered:
        for cat, fig in chosen["figures"].items():
            if cat in ("reconnaissance_drone", "unknown") or cat in covered:
                continue
            if ("missile" in covered and cat in MISSILES) or (cat == "drone" and "decoy_drone" in covered):
                continue
            out["counts"].append({"category": cat, "field": "launched", "article": None,
                                  "record": fig.get("launched"), "status": NOT_IN_ARTICLE, "reason": None})
    return out


def reconcile(store, date_from: str | None = None, date_to: str | None = None, save: bool = True) -> dict:
    """Every attack event in the range, reconciled; the results stored in
    `reconciliations` (replacing earlier ones) when `save`."""
    results = [reconcile_event(store, ev) for ev in query.events(store, type="attack", date_from=date_from,
                                                                 date_to=date_to, limit=None)
               if ev.get("weapons")]
    if save and not getattr(store, "readonly", False):
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with store.transaction():
            for r in results:
                store.execute("DELETE FROM reconciliations WHERE event_id = ?", (r["event_id"],))
                report = r["report"]["report"] if r["report"] else None
                store.executemany(
                    "INSERT INTO reconciliations (event_id, report, category, field, article_value, record_value, "
                    "status, reason, reconciled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(r["event_id"], report, c["category"], c["field"], c["article"], c["record"], c["status"],
                      c["reason"], now) for c in r["counts"]])
    return {"events": results, "summary": summary(results)}


def summary(results: list[dict]) -> dict:
    """The share of article figures that agree with the record, and why the others do not."""
    statuses = Counter(c["status"] for r in results for c in r["counts"])
    reasons = Counter(c["reason"] or "unexplained" for r in results for c in r["counts"] if c["status"] == DIFFERS)
    compared = statuses[AGREES] + statuses[DIFFERS]
    return {"events": len(results), "counts": dict(statuses),
            "agreement_rate": round(statuses[AGREES] / compared, 3) if compared else None,
            "disagreements": dict(reasons.most_common())}
