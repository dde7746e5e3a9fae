"""Everything `veille ingest` reads, as one stream of items: article files and
folders, RSS/Atom feeds (files or URLs; each item's page is fetched and read
as HTML), web pages by URL, WARC/WET files, and JSON Lines of `veille/1`
records. A bad input, feed item or WARC record becomes an error item and the
stream goes on.

Pages are fetched only from public addresses unless `allow_private` is
given, within a time and size limit (see `fetch`); feeds are parsed with no
entity declarations left (see `_dtd`); a .warc.gz is read one gzip member
at a time, each cut at the size limit (see `_members`)."""
from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..document import Document
from ..errors import InputError
from . import MAX_BYTES, ARTICLE_EXTENSIONS, read_file
from ._decode import decode
from ._dtd import feed_bytes
from ._members import gzip_members
from .fetch import fetch, is_url
from .html import parse_html
from .markdown import parse_markdown

FEED_EXTENSIONS = {".xml", ".rss", ".atom"}
WARC_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz", ".arc", ".arc.gz")
RECORD_EXTENSIONS = {".jsonl"}
PARQUET_EXTENSIONS = {".parquet"}  # the records table `veille spark run` writes
WARC_HEADROOM = 1024 * 1024  # a record's WARC and HTTP headers, on top of its body's size limit


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
    if suffix in PARQUET_EXTENSIONS:
        return "parquet"
    return None


def iter_items(sources: Iterable[str | os.PathLike], max_bytes: int = MAX_BYTES, *,
               allow_private: bool = False) -> Iterator[Item]:
    """Items from files, folders (recursively, sorted) and URLs, in order.
    URLs (given, in feeds, or redirected to) that resolve to a loopback,
    private or link-local address are refused (V115) unless `allow_private`."""
    for source in sources:
        source = str(source)
        if is_url(source):
            yield from _url_items(source, max_bytes, allow_private)
            continue
        path = Path(source)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_dir() or any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if _kind(child) is None:
                    yield Item(str(child), skipped=f"not an article ({child.suffix or 'no extension'})")
                else:
                    yield from _file_items(child, max_bytes, allow_private)
        else:
            yield from _file_items(path, max_bytes, allow_private)


def _file_items(path: Path, max_bytes: int, allow_private: bool) -> Iterator[Item]:
    kind = _kind(path) or "article"  # a file named explicitly: read_file says what is wrong with it
    try:
        if kind == "article":
            yield Item(str(path), document=read_file(path, max_bytes=max_bytes))
        elif kind == "feed":
            yield from _feed_items(_read(path, max_bytes), str(path), max_bytes, allow_private)
        elif kind == "warc":
            yield from _warc_items(path, max_bytes)
        elif kind == "parquet":
            yield from _parquet_items(path)
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


def _url_items(url: str, max_bytes: int, allow_private: bool) -> Iterator[Item]:
    try:
        response = fetch(url, max_bytes=max_bytes, allow_private=allow_private)
    except InputError as err:
        yield Item(url, error=err)
        return
    head = response.body[:2000].lstrip().lower()
    if "xml" in response.content_type or "rss" in response.content_type or head.startswith((b"<?xml", b"<rss", b"<feed")):
        try:
            yield from _feed_items(response.body, url, max_bytes, allow_private)
        except InputError as err:
            yield Item(url, error=err)
        return
    try:
        yield Item(url, document=parse_html(decode(response.body, url), url, url=response.url))
    except InputError as err:
        yield Item(url, error=err)


def _feed_items(raw: bytes, source: str, max_bytes: int, allow_private: bool) -> Iterator[Item]:
    feedparser = _need("feedparser", source)

    feed = feedparser.parse(io.BytesIO(feed_bytes(raw)))
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
            response = fetch(link, max_bytes=max_bytes, allow_private=allow_private)
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
    """Documents from a WARC's HTML responses, or a WET's text conversions
    (the records veille does not read are left out)."""
    _need("warcio", str(path))
    try:
        with path.open("rb") as stream:
            yield from (item for item in warc_items(stream, str(path), max_bytes) if item.skipped is None)
    except OSError as err:
        raise InputError("V112", str(path), str(err)) from err


NOT_READ = "not an HTML page or a text conversion"


def warc_items(stream: BinaryIO, name: str, max_bytes: int = MAX_BYTES) -> Iterator[Item]:
    """Every record of a WARC/WET `stream` (named `name`) as an item: a
    document, an error, or skipped (`NOT_READ`). A compressed stream is read
    one gzip member (one record) at a time, each cut at the size limit: a
    bomb is one error item (V118), and the records after it are still read.
    V112 for a stream that holds no WARC record at all. `veille ingest` and
    the Spark job both read WARC files through it."""
    from warcio.exceptions import ArchiveLoadFailed

    records = 0
    try:
        gzipped = stream.read(2) == b"\x1f\x8b"
        stream.seek(0)
        members = gzip_members(stream, max_bytes + WARC_HEADROOM) if gzipped else [None]
        for member in members:
            for item in _member_items(member, stream, name, max_bytes):
                records += 1
                yield item
    except (ArchiveLoadFailed, gzip.BadGzipFile, EOFError, OSError, ValueError) as err:
        raise InputError("V112", name, str(err)) from err
    if not records:
        raise InputError("V112", name, "no WARC records in it")


def _member_items(member, stream, name: str, max_bytes: int) -> Iterator[Item]:
    """An item for each record of a gzip member (or of the whole
    uncompressed `stream` when `member` is None)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if member is None:
        for record in ArchiveIterator(stream):
            yield _record_item(record, name, max_bytes)
        return
    try:
        records = ArchiveIterator(io.BytesIO(member.data))
        if member.problem is None:
            for record in records:
                yield _record_item(record, name, max_bytes)
            return
        record = next(iter(records), None)
    except (ArchiveLoadFailed, EOFError, ValueError) as err:
        yield Item(name, error=InputError("V112", name, f"a record cannot be read: {err}"))
        return
    source = _record_source(record, name) if record else name
    if record is None or _reader(record, name) is not None:
        yield Item(source, error=_member_error(member.problem, source, max_bytes))
    else:
        yield Item(source, skipped=NOT_READ)


def _member_error(problem: str, source: str, max_bytes: int) -> InputError:
    if problem == "oversized":
        return InputError("V118", source, f"more than {max_bytes + WARC_HEADROOM} bytes once inflated; "
                                          "the rest of its gzip member is skipped")
    if problem == "truncated":
        return InputError("V112", source, "the file ends inside this record")
    return InputError("V112", source, "a gzip member is corrupt; skipped to the next one")


def _record_source(record, name: str) -> str:
    return f"{name}#{record.rec_headers.get_header('WARC-Target-URI')}"


def _reader(record, name: str):
    """How to read `record` (a function of its text), or None when it is
    neither an HTML response nor a text conversion."""
    source = _record_source(record, name)
    uri = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        ctype = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
        if "html" in ctype.lower():
            return lambda text: parse_html(text, source, url=uri)
    elif record.rec_type == "conversion":
        return lambda text: _with_url(parse_markdown(text, source), uri)
    return None


def _record_item(record, name: str, max_bytes: int) -> Item:
    source = _record_source(record, name)
    reader = _reader(record, name)
    if reader is None:
        return Item(source, skipped=NOT_READ)
    body = record.content_stream().read(max_bytes + 1)
    try:
        if len(body) > max_bytes:
            raise InputError("V118", source, f"more than {max_bytes} bytes")
        return Item(source, document=reader(decode(body, source)))
    except InputError as err:
        return Item(source, error=err)


def _need(module: str, source: str, extra: str = "crawl"):
    """A library for reading this input, or its error (V304) saying what to install."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise InputError("V304", source, f"{module} is missing: pip install 'veille[{extra}]'") from err


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
            yield _json_record_item(f"{path}:{n}", line)


def _json_record_item(source: str, text: str) -> Item:
    """A `veille/1` record written as JSON, or the error saying why it is not one."""
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        return Item(source, error=InputError("V113", source, f"invalid JSON: {err.msg}"))
    if not isinstance(record, dict) or record.get("schema") != "veille/1" or \
            not isinstance(record.get("document"), dict) or not isinstance(record["document"].get("text"), str):
        return Item(source, error=InputError("V113", source, "no schema 'veille/1' with a document text"))
    return Item(source, record=record)


def _parquet_items(path: Path) -> Iterator[Item]:
    """Records from a Parquet file of the records table `veille spark run`
    writes (a `record` column of `veille/1` JSON), in the order they were read
    from the crawl (`input`, `position`); a file of another table is skipped."""
    _need("pyarrow", str(path), "parquet")
    import pyarrow
    import pyarrow.parquet as pq

    try:
        columns = set(pq.read_schema(path).names)
        if "record" not in columns:
            yield Item(str(path), skipped="not a table of records (no column 'record')")
            return
        order = [c for c in ("input", "position") if c in columns]
        table = pq.read_table(path, columns=[*order, "record"])
    except (OSError, pyarrow.ArrowException) as err:
        raise InputError("V106", str(path), str(err)) from err
    if order:
        table = table.sort_by([(c, "ascending") for c in order])
    for n, text in enumerate(table.column("record").to_pylist()):
        yield _json_record_item(f"{path}:{n}", text or "")
