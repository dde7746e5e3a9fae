"""Metadata shared by the readers: publication dates and language."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/_.]([01]\d)[-/_.]([0-3]\d)(?!\d)")
_YEAR_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]\d)/")
_UNIX_TIME = re.compile(r"(?<!\d)(1\d{9})(?!\d)")


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(value: object) -> str | None:
    """A YYYY-MM-DD string from a metadata value ("2025-02-12", "12 février 2025",
    "2022-10-21 (intervention); 2022-10-25 (republication)" -> the first date)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    m = _ISO_DATE.search(text)
    if m:
        date = _valid(*map(int, m.groups()))
        if date:
            return date.isoformat()
    import dateparser  # slow to import; only needed for free-form dates

    parsed = dateparser.parse(text, languages=["fr", "en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None


def date_from_urls(urls: list[str]) -> str | None:
    """A publication date read off page or image URLs.

    A full date in a path (``/2025/02/12/``, ``2025-02-12``) wins; else a
    10-digit Unix time in a file name, accepted only when it is plausible and
    agrees with any ``/YYYY/MM/`` folder in the same URL (so that an unrelated
    number is not taken for a date). A year and month alone is not a date.
    """
    for url in urls:
        if not url:
            continue
        m = _ISO_DATE.search(url)
        if m and (date := _valid(*map(int, m.groups()))):
            return date.isoformat()
    today = dt.date.today()
    for url in urls:
        if not url:
            continue
        name = url.rsplit("/", 1)[-1]
        folder = _YEAR_MONTH.search(url)
        for m in _UNIX_TIME.finditer(name):
            date = dt.datetime.fromtimestamp(int(m.group(1)), dt.timezone.utc).date()
            if not (dt.date(2001, 1, 1) <= date <= today + dt.timedelta(days=1)):
                continue
            if folder and (date.year, date.month) != (int(folder.group(1)), int(folder.group(2))):
                continue
            return date.isoformat()
    return None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    ident.set_languages(["fr", "en"])
    return ident


def detect_language(text: str) -> str:
    """'fr' or 'en', whichever the text is closer to (veille reads only these)."""
    lang, _ = _identifier().classify(text[:5000])
    return lang


_LANGUAGE_TAG = re.compile(r"([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*")
_LANGUAGE_NAMES = {"fr": ("fr", "français", "francais"), "en": ("en", "anglais"),
                   "de": ("german", "deutsch", "allemand"), "es": ("spanish", "español", "espagnol"),
                   "it": ("italian", "italiano", "italien"), "ru": ("russian", "русский", "russe"),
                   "uk": ("ukrainian", "українська", "ukrainien")}


def normalize_language(value: object) -> str | None:
    """'fr', 'fr-FR', 'French', 'français' -> 'fr'; another language declared
    ('de-DE', 'German') -> its code, which veille refuses (V109) rather than
    read with the wrong language's rules; nothing usable -> None (detected)."""
    if not value:
        return None
    v = str(value).strip().lower()
    for code, names in _LANGUAGE_NAMES.items():
        if v.startswith(names):
            return code
    m = _LANGUAGE_TAG.fullmatch(v)
    if not m or m.group(1) in ("und", "mul", "mis", "zxx"):  # undetermined, several, none: detect it
        return None
    return m.group(1)
