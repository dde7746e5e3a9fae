"""Readers: one module per input format, each returning a `Document`."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ._decode import decode
from .html import parse_html
from .markdown import parse_markdown

__all__ = ["read_file", "parse_markdown", "parse_html", "iter_inputs", "ARTICLE_EXTENSIONS", "MAX_BYTES"]

ARTICLE_EXTENSIONS = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown", ".html": "html", ".htm": "html"}
MAX_BYTES = 10 * 1024 * 1024  # news articles are kilobytes; a 10 MB "article" is a mistake


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} bytes"


def read_file(path: str | os.PathLike, max_bytes: int = MAX_BYTES) -> Document:
    """Read one article file; raises `InputError` (with a code) for bad input."""
    path = Path(path)
    source = str(path)
    kind = ARTICLE_EXTENSIONS.get(path.suffix.lower())
    if kind is None:
        raise InputError("V107", source, f"extension {path.suffix or '(none)'!r}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError("V104", source, f"{_size(size)}, limit {_size(max_bytes)}")
        raw = path.read_bytes()
    except OSError as err:
        raise InputError("V106", source, err.strerror or str(err)) from err
    text = decode(raw, source)
    if kind == "html":
        return parse_html(text, source)
    return parse_markdown(text, source)


def iter_inputs(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[Path, str | None]]:
    """Walk files and folders (recursively, in sorted order).

    Yields ``(path, None)`` for each article file and ``(path, reason)`` for
    each file in a folder that is not an article (e.g. ``*.gold.json``). A file
    named explicitly is always yielded as an article: `read_file` decides.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for child in sorted(p.rglob("*")):
                if child.is_dir() or any(part.startswith(".") for part in child.relative_to(p).parts):
                    continue
                if child.suffix.lower() in ARTICLE_EXTENSIONS:
                    yield child, None
                else:
                    yield child, f"not an article ({child.suffix or 'no extension'})"
        else:
            yield p, None
