"""Feeds without entity declarations, so that no entity is ever expanded.

feedparser 6 alone does not stop entity expansion. It strips the DOCTYPE's
entity declarations only from the lines before the first ``<tag`` (an
entity whose value holds ``<b>`` ends that search early, and the rest of
the DTD reaches expat), and it keeps "safe" entities with a literal value
for its fallback (loose) parser: a 100 KB entity referenced 2 000 times
became a 200 MB title. expat 2.4+ caps amplification at 100 times the input
past 8 MB, which still lets a 10 MB feed grow to 1 GB.

So a feed is first turned into the UTF-8 bytes feedparser itself would
parse (its own `convert_to_utf8`), then the DOCTYPE's internal subset
(everything between ``[`` and ``]``) and any other ``<!ENTITY`` before the
first element are removed. What remains can only use the five predefined
XML entities and character references; an undefined ``&name;`` makes the
strict parser fail, and the loose parser leaves it as it is."""
from __future__ import annotations

import re

_FIRST_ELEMENT = re.compile(rb"<\w")  # where feedparser's DOCTYPE search stops
_ENTITY = re.compile(rb"<!ENTITY[^>]*>?", re.I)
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.S)  # what may come before the DOCTYPE


def feed_bytes(raw: bytes) -> bytes:
    """`raw` as UTF-8, with no entity declarations left (see the module)."""
    from feedparser.encodings import convert_to_utf8
    from feedparser.util import FeedParserDict

    data = convert_to_utf8({}, raw, FeedParserDict())
    data = _without_internal_subset(data)
    for _ in range(100):  # each pass removes something, and each removal can move the first element
        head_end = _first_element(data)
        cleaned = _ENTITY.sub(b"", data[:head_end])
        if len(cleaned) == head_end:
            return data
        data = cleaned + data[head_end:]
    return _ENTITY.sub(b"", data)


def _first_element(data: bytes) -> int:
    found = _FIRST_ELEMENT.search(data)
    return found.start() if found else len(data)


def _prolog_end(data: bytes) -> int:
    """Where the DOCTYPE must start: after the XML declaration, comments,
    processing instructions and white space (a ``<!DOCTYPE`` inside a
    comment is not the one expat reads)."""
    i = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while (item := _PROLOG_ITEM.match(data, i)) and item.end() > i:
        i = item.end()
    return i


def _without_internal_subset(data: bytes) -> bytes:
    """`data` with the ``[…]`` of its DOCTYPE removed. Quoted values,
    comments and processing instructions inside it are skipped as XML does,
    so a ``]`` or ``>`` in a value does not end it early; a subset that
    never ends takes the rest of the document with it."""
    i = _prolog_end(data)
    if data[i:i + 9] != b"<!DOCTYPE":
        return data
    i += 9
    while True:  # the name and external id, up to "[" or ">"
        stop = _HEADER_STOP.search(data, i)
        if stop is None or stop.group() == b">":
            return data
        if stop.group() == b"[":
            break
        i = _after(data, stop.group(), stop.end())
    start = stop.start()
    i = stop.end()
    while True:
        stop = _SUBSET_STOP.search(data, i)
        if stop is None:
            return data[:start] + b">"
        token = stop.group()
        if token == b"]":
            return data[:start] + data[stop.end():]
        i = _after(data, _CLOSERS[token], stop.end())


_HEADER_STOP = re.compile(rb"[\[>\"']")
_SUBSET_STOP = re.compile(rb"\]|<!--|<\?|[\"']")
_CLOSERS = {b"<!--": b"-->", b"<?": b"?>", b'"': b'"', b"'": b"'"}


def _after(data: bytes, closer: bytes, i: int) -> int:
    """The index just after the next `closer` from `i` (the end of `data` if none)."""
    end = data.find(closer, i)
    return len(data) if end < 0 else end + len(closer)
