"""HTML pages, through trafilatura (main text, title, date, URL, site name)."""
from __future__ import annotations

import re

from ..document import Document
from ..errors import InputError
from ._meta import date_from_urls, detect_language, normalize_language, parse_date

_LANG_ATTR = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", re.I)
_IMG_SRC = re.compile(r"<img[^>]+src=[\"']([^\"']+)", re.I)


MIN_WORDS = 12  # fewer words than this is a menu or a stub, not an article


def _page_date(found: str | None, html: str) -> str | None:
    """trafilatura's date, unless it is only a day-1 guess from a /YYYY/MM/ URL."""
    date = parse_date(found)
    if date and date.endswith("-01") and date not in html and date.replace("-", "/") not in html:
        return None
    return date


def parse_html(html: str, source: str = "<string>", url: str | None = None) -> Document:
    """Build a `Document` from an HTML page; V105 when it has no article text."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text.split()) < MIN_WORDS:
        raise InputError("V105", source, f"{len(text.split())} words of text" if text else None)
    page_url = getattr(result, "url", None) or url
    images = _IMG_SRC.findall(html[:200_000])
    published = _page_date(getattr(result, "date", None), html) or date_from_urls([page_url or "", *images])
    m = _LANG_ATTR.search(html[:5000])
    language = normalize_language(m.group(1) if m else None) or detect_language(text)
    return Document(
        text=text,
        source=source,
        url=page_url,
        outlet=getattr(result, "sitename", None) or None,
        title=getattr(result, "title", None) or None,
        language=language,
        published=published,
        images=images,
    )
