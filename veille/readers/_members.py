"""The gzip members of a .warc.gz (one record each), inflated one at a time
and each cut at a size limit.

warcio inflates a member whole to get past it, even after its reader has
stopped reading: a 2 MB file holding a 2 GB member of zeros costs 11 s, a
200 MB one would cost twenty minutes. Here a member is inflated up to the
limit only; past it, the compressed bytes are searched for the next member
(a gzip header whose first bytes inflate to what the file's members start
with, ``WARC/`` in a WARC), so the records after a bomb are still read."""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b\x08"
_CHUNK = 1024 * 1024


@dataclass
class Member:
    """One member's bytes, inflated (at most the limit); `problem` says why
    it is not whole: "oversized", "truncated" or "corrupt"."""

    data: bytes
    problem: str | None = None


def gzip_members(stream: BinaryIO, limit: int) -> Iterator[Member]:
    """Each gzip member of `stream`, in order; a member that inflates past
    `limit` is cut there and the next one is looked for."""
    first: bytes | None = None
    pending = stream.read(_CHUNK)
    while pending:
        member, pending = _inflate(stream, pending, limit)
        if first is None:
            first = member.data[:5]
        yield member
        if member.problem in ("oversized", "corrupt"):
            pending = _next_member(stream, pending, first if first == b"WARC/" else b"")
        elif not pending:
            pending = stream.read(_CHUNK)


def _inflate(stream: BinaryIO, pending: bytes, limit: int) -> tuple[Member, bytes]:
    """The member that starts `pending`, and the compressed bytes after it
    (or after the point where it was cut)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    parts: list[bytes] = []
    size = 0
    while True:
        try:
            out = inflater.decompress(pending, limit + 1 - size)
        except zlib.error:
            return Member(b"".join(parts), "corrupt"), pending[1:]
        parts.append(out)
        size += len(out)
        if size > limit:
            return Member(b"".join(parts)[:limit], "oversized"), inflater.unconsumed_tail
        if inflater.eof:
            return Member(b"".join(parts)), inflater.unused_data
        pending = stream.read(_CHUNK)  # all of `pending` was taken in
        if not pending:
            return Member(b"".join(parts), "truncated"), b""


def _next_member(stream: BinaryIO, pending: bytes, starts: bytes) -> bytes:
    """The compressed bytes from the next plausible member on (a gzip header
    whose data inflates to something starting with `starts`), or b""."""
    while True:
        at = pending.find(GZIP_MAGIC)
        if at < 0:
            more = stream.read(_CHUNK)
            if not more:
                return b""
            pending = pending[-(len(GZIP_MAGIC) - 1):] + more
            continue
        pending = pending[at:]
        if len(pending) < 4096:
            pending += stream.read(_CHUNK)
        if _plausible(pending, starts):
            return pending
        pending = pending[1:]


def _plausible(data: bytes, starts: bytes) -> bool:
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 64)
    except zlib.error:
        return False
    return bool(head) and head.startswith(starts)
