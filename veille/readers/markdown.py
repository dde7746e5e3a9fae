"""Plain text and Markdown articles, in the shape news dumps usually take.

Optional ``---`` front matter (url, outlet, published, language, title), a
title line (a ``# `` heading or the first line), image lines dropped from the
text but their URLs kept, emphasis and links reduced to their text.

The text comes from strangers, so nothing here may take more than linear
time: inline markup goes through markdown-it-py's CommonMark inline parser
(linear by design, with its own limits on nesting), and the few patterns
left are anchored with no overlapping quantifiers. markdown-it-py is pure
Python, a few microseconds per markup character, so a document gets a
budget of markup characters (`MARKUP_BUDGET`, a hundred times what a news
article holds); lines past it are kept as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..errors import InputError
from ._meta import date_from_urls, detect_language, normalize_language, parse_date

_MARKUP = "*_[]!`\\<&"  # a line with none of these has no inline markup
MARKUP_BUDGET = 20_000
_INTRAWORD_STAR = re.compile(r"(?<=[^\W_])\*(?=[^\W_])")  # 2*3*4 is arithmetic, not emphasis
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


@lru_cache(maxsize=1)
def _parser():
    from markdown_it import MarkdownIt

    # raw HTML stays text: a news dump's "<" is a character, not a tag
    return MarkdownIt("commonmark").disable(["html_inline"])


class _Budget:
    """Markup characters a document may still have parsed."""

    def __init__(self, chars: int = MARKUP_BUDGET):
        self.left = chars

    def spend(self, cost: int) -> bool:
        if cost > self.left:
            return False
        self.left -= cost
        return True


def _inline(line: str, images: list[str], budget: _Budget | None = None) -> str:
    """`line` with emphasis, links and code reduced to their text and images
    removed (their URLs appended to `images`); as it is when it has no
    markup or the document's budget is spent."""
    cost = sum(line.count(c) for c in _MARKUP)
    if not cost or not (budget or _Budget()).spend(cost):
        return line
    out: list[str] = []
    for block in _parser().parseInline(_INTRAWORD_STAR.sub(r"\\*", line)):
        for token in block.children or ():
            if token.type == "image":
                images.append(str(token.attrs.get("src", "")))
            elif token.type in ("text", "code_inline"):
                out.append(token.content)
            elif token.type in ("softbreak", "hardbreak"):
                out.append("\n")
    return "".join(out)


def _heading(line: str) -> str | None:
    """The text of an ATX heading (``## Text ##``), else None."""
    stripped = line.lstrip(" ")
    if len(line) - len(stripped) > 3:
        return None
    level = len(stripped) - len(stripped.lstrip("#"))
    rest = stripped[level:]
    if not 1 <= level <= 6 or (rest and rest[0] not in " \t"):
        return None
    rest = rest.strip()
    closing = rest.rstrip("#")
    if closing != rest and (not closing or closing[-1] in " \t"):
        rest = closing.rstrip()
    return rest


def parse_markdown(text: str, source: str = "<string>") -> Document:
    """Build a `Document` from Markdown or plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta, body = split_front_matter(text, source)
    images: list[str] = []
    title = meta.get("title") or None
    lines: list[str] = []
    seen_content = False
    first_line_title = False  # the title is the first line, not a heading nor front matter
    budget = _Budget()
    for raw in body.split("\n"):
        heading = _heading(raw)
        found: list[str] = []  # each line's markup is parsed once, images included
        inline = _inline((raw if heading is None else heading).rstrip(), found, budget)
        images.extend(found)
        if found and heading is None and not inline.strip():
            continue  # a line of images: their URLs are kept, the line is not text
        if not seen_content and raw.strip():
            seen_content = True
            if heading is not None:
                title = title or inline
                continue
            elif not meta.get("title") and _looks_like_title(raw):
                title = inline.strip()
                first_line_title = True
                continue
        lines.append(inline)
    body_text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if not body_text and first_line_title and title:
        # one line and nothing after it ("Le Kremlin a déclaré que …"): the text, not a title
        body_text, title = title, None
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
