"""Numbers as French news writes them, with their hedges and units.

"112 000", "1,5 million", "65 milliards de dollars", "six des sept", "une
quarantaine", "trois millions", "20%", "plus de 112 000 kilomètres carrés".
Number words are read by text2num; the hedges and units come from the
language module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from ..lang import Language

_SP = "[ \u00a0\u202f\u2009]"


@dataclass
class Number:
    start: int  # the number itself (digits or words), without hedge or unit
    end: int
    value: float
    qualifier: str | None = None  # at_least, more_than, about, just_under, less_than, up_to
    unit: str | None = None  # km2, percent, USD, EUR, …
    unit_end: int | None = None  # end of the unit text, when there is one
    hedge_start: int | None = None  # start of the hedge text, when there is one
    words: bool = False  # written in words ("six", "une quarantaine")
    article: bool = False  # an indefinite article read as one person ("a woman"), not a number word

    @property
    def int_value(self) -> int:
        return int(round(self.value))


def _words_value(text: str, lang: Language) -> float | None:
    try:
        return float(text2num(re.sub(rf"{_SP}+", " ", text.lower()), lang.CODE))
    except (ValueError, KeyError):
        return None


def _digits_value(digits: str, lang: Language, scaled: bool) -> float | None:
    """The value of digits written the language's way (`lang.DECIMAL_MARK`).
    Groups of exactly three digits after the mark, with no scale word after
    them, group thousands: "1,500 drones" in a French translation of English
    news is 1 500 drones (French writes 1,5 for one and a half, and a count
    of drones has no decimals); "1,5 million" and "2,500 milliards" stay
    decimal."""
    raw = re.sub(_SP, "", digits)
    mark = lang.DECIMAL_MARK
    for sep in lang.THOUSANDS_SEPARATORS:  # "1,500" in English, "112 000" in French
        if sep != mark:
            raw = re.sub(rf"(?<=\d){re.escape(sep)}(?=\d{{3}}(?!\d))", "", raw)
    if not scaled and re.fullmatch(rf"[1-9]\d{{0,2}}(?:{re.escape(mark)}\d{{3}})+", raw):
        raw = raw.replace(mark, "")
    else:
        raw = raw.replace(mark, ".")
    try:
        return float(raw)
    except ValueError:
        return None


def _unit_before(n: Number, text: str, lang: Language, hedge) -> None:
    """A currency written before the number ("$2bn", "£5m", "at least €500m")."""
    b = lang.pattern("unit_before").search(text, max(0, n.start - 4), n.start)
    if b is None:
        return
    n.unit = lang.UNITS[b.group("unit").lower()]
    h = hedge.search(text, max(0, b.start() - 24), b.start())
    if h and n.qualifier is None:
        n.qualifier = lang.QUALIFIERS[h.group(0).strip().lower()]
        n.hedge_start = h.start()


def _shares(text: str, lang: Language, hedge: re.Pattern, taken: set[int]) -> list[Number]:
    """A share said in words, as a percentage ("nearly a fifth of Ukraine"
    is 20 %, "la moitié du pays" 50 %), with its hedge."""
    out = []
    for m in lang.pattern("share").finditer(text):
        if m.start() in taken:
            continue
        n = Number(m.start(), m.end(), float(lang.SHARES[m.group("share").lower()]), unit="percent",
                   unit_end=m.end(), words=True)
        h = hedge.search(text, max(0, n.start - 24), n.start)
        if h:
            n.qualifier = lang.QUALIFIERS[h.group(0).strip().lower()]
            n.hedge_start = h.start()
        out.append(n)
    return out


def find_numbers(text: str, lang: Language) -> list[Number]:
    """Every number in `text` with its hedge and unit (years and times included:
    the event extractors decide what counts)."""
    number, hedge, unit = lang.pattern("number"), lang.pattern("hedge"), lang.pattern("unit")
    out: list[Number] = []
    for m in number.finditer(text):
        if m.group("digits"):
            value = _digits_value(m.group("digits"), lang, scaled=bool(m.group("dscale")))
            if value is None:
                continue
            if m.group("dscale"):
                value *= lang.SCALES[m.group("dscale").lower()]
            n = Number(m.start(), m.end(), value)
        elif m.group("fraction"):  # "half a billion"
            value = lang.FRACTIONS[m.group("fraction").lower()] * lang.SCALES[m.group("fscale").lower()]
            n = Number(m.start(), m.end(), value, words=True)
        elif m.group("approx"):
            n = Number(m.start(), m.end(), lang.APPROXIMATE[m.group("approx").lower()], "about", words=True)
        else:
            if lang.SCALES.get(m.group("words").lower(), 0) >= 1_000_000:
                continue  # "plusieurs milliards": a scale, not a number
            value = _words_value(m.group("words"), lang)
            if value is None:
                continue
            n = Number(m.start(), m.end(), value, words=True)
        h = hedge.search(text, max(0, n.start - 24), n.start)
        if h and n.qualifier is None:
            n.qualifier = lang.QUALIFIERS[h.group(0).strip().lower()]
            n.hedge_start = h.start()
        after = lang.pattern("hedge_after").match(text, n.end)
        if after and n.qualifier is None:  # "107 or more": the hedge is part of the count
            n.qualifier = lang.QUALIFIERS_AFTER[after.group("hedge").lower()]
            n.end = after.end()
        u = unit.match(text, n.end)
        if u:
            n.unit = lang.UNITS[u.group("unit").lower()]
            n.unit_end = u.end()
            if n.unit in lang.UNIT_FACTORS:  # "44,000 square miles": the record's unit is km²
                n.unit, factor = lang.UNIT_FACTORS[n.unit]
                n.value = round(n.value * factor)  # whole km²: the source figure is rounded too
        else:
            _unit_before(n, text, lang, hedge)
        out.append(n)
    # the indefinite article before a person is one person ("killing a woman", "including a
    # 15-year-old boy"); where the article is a number word ("un", "une") it is read already
    starts = {n.start for n in out}
    out += [Number(m.start(), m.end(), 1.0, words=True, article=True)
            for m in lang.pattern("article_one").finditer(text) if m.start() not in starts]
    out += _shares(text, lang, hedge, {n.start for n in out})
    out.sort(key=lambda n: n.start)
    # "un" of "un peu moins de 20 %" is part of a hedge, not a number
    in_hedge = {i for o in out if o.hedge_start is not None for i in range(o.hedge_start, o.start)}
    return [n for n in out if n.start not in in_hedge]
