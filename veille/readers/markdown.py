"""Plain text and Markdown articles, in the shape news dumps usually take.

Optional ``---`` front matter (url, outlet, published, language, title), a
title line (a ``# `` heading or the first line), image lines dropped from the
text but their URLs kept, emphasis and links reduced to their text.
"""
from __future__ import annotations

import re

from ..document import Document
from ..errors import InputError
from ._meta import date_from_urls, detect_language, normalize_language, parse_date

_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)\s*$")
_INLINE_IMAGE = re.compile(r"!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)")
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:[^()\s]+|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPH = re.compile(r"(?<![\w*])([*_])(?=\S)([^*_\n]+?)(?<=\S)\1(?![\w*])")
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s?(.*)$")


def split_front_matter(text: str, source: str) -> tuple[dict[str, str], str]:
    """Split ``---`` front matter (``key: value`` lines) from the body."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise InputError("V108", source, "no closing '---'")
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if not line.strip():
            continue
        m = _FIELD.match(line.strip())
        if not m:  # a horizontal rule, not front matter
            return {}, text
        meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
    return meta, "\n".join(lines[end + 1 :])


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return 0 < len(line) <= 250 and not line.endswith((".", ":", ";", ",", "»", '"', "”"))


def _inline(line: str, images: list[str]) -> str:
    images.extend(_INLINE_IMAGE.findall(line))
    line = _INLINE_IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _STRONG.sub(r"\2", line)
    return _EMPH.sub(r"\2", line)


def parse_markdown(text: str, source: str = "<string>") -> Document:
    """Build a `Document` from Markdown or plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text, source)
    images: list[str] = []
    title = meta.get("title") or None
    lines: list[str] = []
    seen_content = False
    for raw in body.split("\n"):
        m = _IMAGE_LINE.match(raw)
        if m:
            images.append(m.group(1))
            continue
        heading = _HEADING.match(raw)
        if not seen_content and raw.strip():
            seen_content = True
            if heading:
                title = title or _inline(heading.group(1), images)
                continue
            elif not meta.get("title") and _looks_like_title(raw):
                title = _inline(raw.strip(), images)
                continue
        if heading:
            raw = heading.group(1)
        lines.append(_inline(raw.rstrip(), images))
    body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not body_text:
        raise InputError("V105", source)
    url = meta.get("url") or meta.get("link") or None
    published = parse_date(meta.get("published") or meta.get("date")) or date_from_urls([url or "", *images])
    language = normalize_language(meta.get("language") or meta.get("lang")) or detect_language(body_text)
    return Document(
        text=body_text,
        source=source,
        url=url,
        outlet=meta.get("outlet") or meta.get("site") or None,
        title=title,
        language=language,
        published=published,
        images=images,
    )
