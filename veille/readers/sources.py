"""Everything `veille ingest` reads, as one stream of items: article files and
folders, RSS/Atom feeds (files or URLs; each item's page is fetched and read
as HTML), web pages by URL, WARC/WET files, and JSON Lines of `veille/1`
records. A bad input, feed item or WARC record becomes an error item and the
stream goes on."""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..errors import InputError
from . import MAX_BYTES, ARTICLE_EXTENSIONS, read_file
from ._decode import decode
from .fetch import fetch, is_url
from .html import parse_html
from .markdown import parse_markdown

FEED_EXTENSIONS = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
RECORD_EXTENSIONS = {".jsonl"}


@dataclass
class Item:
    """One thing read: a document to extract, a ready record, an error, or a
    file skipped (and why)."""

    source: str
    document: Document | None = None
    record: dict | None = None
    error: InputError | None = None
    skipped: str | None = None


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in ARTICLE_EXTENSIONS:
        return "article"
    if suffix in FEED_EXTENSIONS:
        return "feed"
    if suffix in RECORD_EXTENSIONS:
        return "records"
    return None


def iter_items(sources: Iterable[str | os.PathLike], max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Items from files, folders (recursively, sorted) and URLs, in order."""
    for source in sources:
        source = str(source)
        if is_url(source):
            yield from _url_items(source, max_bytes)
            continue
        path = Path(source)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_dir() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if _kind(child) is None:
                    yield Item(str(child), skipped=f"not an article ({child.suffix or 'no extension'})")
                else:
                    yield from _file_items(child, max_bytes)
        else:
            yield from _file_items(path, max_bytes)


def _file_items(path: Path, max_bytes: int) -> Iterator[Item]:
    kind = _kind(path) or "article"  # a file named explicitly: read_file says what is wrong with it
    try:
        if kind == "article":
            yield Item(str(path), document=read_file(path, max_bytes=max_bytes))
        elif kind == "feed":
            yield from _feed_items(_read(path, max_bytes), str(path), max_bytes)
        elif kind == "warc":
            yield from _warc_items(path, max_bytes)
        else:
            yield from _record_items(path)
    except InputError as err:
        yield Item(str(path), error=err)


def _read(path: Path, max_bytes: int) -> bytes:
    try:
        if path.stat().st_size > max_bytes:
            raise InputError("V104", str(path), f"{path.stat().st_size} bytes, limit {max_bytes}")
        return path.read_bytes()
    except OSError as err:
        raise InputError("V106", str(path), err.strerror or str(err)) from err


def _url_items(url: str, max_bytes: int) -> Iterator[Item]:
    try:
        response = fetch(url, max_bytes=max_bytes)
    except InputError as err:
        yield Item(url, error=err)
        return
    head = response.body[:2000].lstrip().lower()
    if "xml" in response.content_type or "rss" in response.content_type or head.startswith((b"<?xml", b"<rss", b"<feed")):
        yield from _feed_items(response.body, url, max_bytes)
        return
    try:
        yield Item(url, document=parse_html(decode(response.body, url), url, url=response.url))
    except InputError as err:
        yield Item(url, error=err)


def _feed_items(raw: bytes, source: str, max_bytes: int) -> Iterator[Item]:
    feedparser = _need("feedparser", source)

    feed = feedparser.parse(raw)
    if not feed.entries:
        problem = getattr(feed, "bozo_exception", None)
        raise InputError("V111", source, f"no items{f' ({problem})' if problem else ''}")
    outlet = feed.feed.get("title")
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            yield Item(source, error=InputError("V111", source, f"item {entry.get('title', '?')!r} has no link"))
            continue
        try:
            response = fetch(link, max_bytes=max_bytes)
            document = parse_html(decode(response.body, link), link, url=response.url)
        except InputError as err:
            yield Item(link, error=err)
            continue
        if document.published is None and entry.get("published_parsed"):
            p = entry.published_parsed
            document.published = f"{p.tm_year:04d}-{p.tm_mon:02d}-{p.tm_mday:02d}"
        document.outlet = document.outlet or outlet
        document.title = document.title or entry.get("title")
        yield Item(link, document=document)


def _warc_items(path: Path, max_bytes: int) -> Iterator[Item]:
    """Documents from a WARC's HTML responses, or a WET's text conversions."""
    _need("warcio", str(path))
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    records = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                records += 1
                uri = record.rec_headers.get_header("WARC-Target-URI")
                source = f"{path}#{uri}"
                if record.rec_type == "response":
                    ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
                    if "html" not in ctype.lower():
                        continue
                    body = record.content_stream().read(max_bytes + 1)
                    reader = lambda text, s=source, u=uri: parse_html(text, s, url=u)  # noqa: E731
                elif record.rec_type == "conversion":
                    body = record.content_stream().read(max_bytes + 1)
                    reader = lambda text, s=source, u=uri: _with_url(parse_markdown(text, s), u)  # noqa: E731
                else:
                    continue
                try:
                    if len(body) > max_bytes:
                        raise InputError("V104", source, f"more than {max_bytes} bytes")
                    yield Item(source, document=reader(decode(body, source)))
                except InputError as err:
                    yield Item(source, error=err)
    except (ArchiveLoadFailed, gzip.BadGzipFile, EOFError, OSError, ValueError) as err:
        raise InputError("V112", str(path), str(err)) from err
    if not records:
        raise InputError("V112", str(path), "no WARC records in it")


def _need(module: str, source: str):
    """A crawling library, or this input's error (V304) saying what to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise InputError("V304", source, f"{module} is missing: pip install 'veille[crawl]'") from err


def _with_url(document: Document, url: str | None) -> Document:
    document.url = document.url or url
    return document


def _record_items(path: Path) -> Iterator[Item]:
    """Records from a JSON Lines file (what `veille extract` or `veille export` wrote)."""
    try:
        lines = path.open(encoding="utf-8")
    except OSError as err:
        raise InputError("V106", str(path), err.strerror or str(err)) from err
    with lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            source = f"{path}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                yield Item(source, error=InputError("V113", source, f"invalid JSON: {err.msg}"))
                continue
            if not isinstance(record, dict) or record.get("schema") != "veille/1" or \
                    not isinstance(record.get("document"), dict) or not isinstance(record["document"].get("text"), str):
                yield Item(source, error=InputError("V113", source, "no schema 'veille/1' with a document text"))
                continue
            yield Item(source, record=record)
