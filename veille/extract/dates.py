"""Dates in the article's own words, resolved against its publication date.

"mercredi" is the Wednesday of the publication week, never a future one;
"hier" the day before; "le 12 février" that day (of the previous year when it
would fall after publication); anything unresolvable is None, never a guess.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang import Language


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: str | None  # YYYY-MM-DD


def _fold(s: str) -> str:
    return s.replace("’", "'")


def _dateline(text: str, pub: dt.date | None, lang: Language) -> dt.date | None:
    head = _fold(text[:160])
    for m in lang.pattern("date").finditer(head):
        if m.group("explicit") and re.match(r"\s*(?:\([^)]*\))?\s*[.,]?\s*[-–—]", head[m.end() : m.end() + 12]):
            date = _resolve(m, pub, lang)
            return dt.date.fromisoformat(date) if date else None
    return None


def _weekday_before(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


@lru_cache(maxsize=4)
def find_dates(text: str, published: str | None, lang: Language) -> tuple[DateMention, ...]:
    """Every date expression in `text`, with its resolved day (or None).

    Relative words resolve against the article's dateline when it opens with
    one ("22 mars 2016. – Les premières explosions…", "KYIV, 12 février (AFP)
    –"), else against the publication date."""
    pub = dt.date.fromisoformat(published) if published else None
    pub = _dateline(text, pub, lang) or pub
    out = []
    for m in lang.pattern("date").finditer(_fold(text)):
        out.append(DateMention(m.start(), m.end(), _resolve(m, pub, lang)))
    return tuple(out)  # cached: the statements and the events of one text ask for the same dates


def _resolve(m: re.Match, pub: dt.date | None, lang: Language) -> str | None:
    if m.group("explicit"):
        day = int(re.match(r"\d+", m.group("day")).group())  # "1er", "1st"
        month = lang.MONTHS[m.group("month").lower()]
        year = int(m.group("year")) if m.group("year") else (pub.year if pub else None)
        if year is None:
            return None
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if not m.group("year") and pub:
            if m.group("wd"):  # "vendredi 14 février": the year where that day is a Friday
                wd = lang.WEEKDAYS[m.group("wd").lower()]
                for y in (year, year - 1, year + 1):
                    try:
                        if dt.date(y, month, day).weekday() == wd:
                            return dt.date(y, month, day).isoformat()
                    except ValueError:
                        continue
            if date > pub + dt.timedelta(days=1):
                date = date.replace(year=year - 1)
        return date.isoformat()
    if m.group("nightdate"):  # "dans la nuit du 20 au 21 mars" is the morning's date
        year = int(m.group("y2")) if m.group("y2") else (pub.year if pub else None)
        if year is None:
            return None
        try:
            date = dt.date(year, lang.MONTHS[m.group("m2").lower()], int(m.group("d2")))
        except ValueError:
            return None
        if not m.group("y2") and pub and date > pub + dt.timedelta(days=1):
            date = date.replace(year=year - 1)
        return date.isoformat()
    if pub is None:
        return None
    if m.group("night"):  # "dans la nuit de mardi à mercredi" is the morning's date
        return _weekday_before(pub, lang.WEEKDAYS[m.group("n2").lower()]).isoformat()
    if m.group("rel"):
        return (pub + dt.timedelta(days=lang.RELATIVE_DAYS[m.group("rel").lower()])).isoformat()
    return _weekday_before(pub, lang.WEEKDAYS[m.group("weekday").lower()]).isoformat()
