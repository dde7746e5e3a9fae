"""Which attack figures can stand beside the Ukrainian Air Force's nightly
record, and so beside each other night by night: one rule for the timeline,
`compare`, `reconcile` and the web pages.

An attack figure is comparable when it is an attack on Ukraine as the
Ukrainian side reports it, dated to one night. A Russian ministry's "47
drones shot down over Belgorod", a strike in Syria, or "more than 1 800
drones since the start of the month" (no night of its own: the article's
publication date is not the attack's) are not.
"""
from __future__ import annotations

RUSSIAN_SIDE = ("russ", "moscou", "moscow", "kremlin")
RUSSIAN_SIDE_REASON = "a Russian-side claim"
ELSEWHERE_REASON = "not an attack on Ukraine"
UNDATED_REASON = "no night given (a total over several days?)"


def not_comparable(event: dict) -> str | None:
    """Why `event` (a row of `query.events`) is not comparable, or None when it is."""
    if any(w in (event.get("reported_by") or "").casefold() for w in RUSSIAN_SIDE):
        return RUSSIAN_SIDE_REASON
    if event.get("country") and event["country"] != "UA":  # it happened elsewhere (Syria, Korea, Belgorod…)
        return ELSEWHERE_REASON
    if (event.get("target") or "Ukraine") != "Ukraine" or (event.get("attacker") or "Russia") != "Russia":
        return ELSEWHERE_REASON
    if not event.get("event_date", event.get("date")):
        return UNDATED_REASON
    return None
