"""The manifest: one WARC/WET file a line, as cc-pyspark takes its input.

A line is a local path (read in the task with warcio, streamed) or a URI
with a scheme (``s3a://``, ``hdfs://``, ``file://``: handed to Spark's Hadoop
file systems as it is). Blank lines and ``#`` comments are ignored; a path
relative to the manifest is read from the manifest's folder, so a manifest
and its files can move together, unless a `prefix` is given: CC-NEWS's
``warc.paths.gz`` (read as it is, gzipped) lists paths relative to its
bucket, ``crawl-data/CC-NEWS/…``, so ``prefix="s3a://commoncrawl/"``.
"""
from __future__ import annotations

import gzip
import hashlib
import re
from pathlib import Path

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_uri(entry: str) -> bool:
    """A URI that Spark's Hadoop file systems open (not a local path)."""
    return bool(_SCHEME.match(entry))


def read_manifest(path: str | Path, prefix: str | None = None) -> list[str]:
    """The manifest's files, in its order, each once; a relative path after
    `prefix` when one is given."""
    path = Path(path)
    raw = path.read_bytes()
    text = (gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw).decode("utf-8")
    entries: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_uri(line) or Path(line).is_absolute():
            entry = line
        else:
            entry = prefix + line if prefix else str((path.parent / line).resolve())
        if entry not in seen:
            seen.add(entry)
            entries.append(entry)
    return entries


def batch_id(entries: list[str]) -> str:
    """A batch's name, from its files alone: the same files, the same name."""
    return hashlib.sha256("\n".join(sorted(entries)).encode("utf-8")).hexdigest()[:16]
