"""HTML pages, through trafilatura (main text, title, date, URL, site name)."""
from __future__ import annotations

import re

from ..document import Document
from ..errors import InputError
from ._meta import date_from_urls, detect_language, normalize_language, parse_date

_LANG_ATTR = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z-]+)", re.I)
_IMG_SRC = re.compile(r"<img[^>]+src=[\"']([^\"']+)", re.I)


def parse_html(html: str, source: str = "<string>", url: str | None = None) -> Document:
    """Build a `Document` from an HTML page; V105 when it has no article text."""
    import trafilatura

    result = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if not text:
        raise InputError("V105", source)
    page_url = getattr(result, "url", None) or url
    images = _IMG_SRC.findall(html[:200_000])
    published = parse_date(getattr(result, "date", None)) or date_from_urls([page_url or "", *images])
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
