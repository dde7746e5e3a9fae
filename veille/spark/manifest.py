"""The manifest: one WARC/WET file a line, as cc-pyspark takes its input.

A line is a local path (read in the task with warcio, streamed) or a URI
with a scheme (``s3a://``, ``hdfs://``, ``file://``: handed to Spark's Hadoop
file systems as it is). Blank lines and ``#`` comments are ignored; a path
relative to the manifest is read from the manifest's folder, so a manifest
and its files can move together. CC-NEWS's ``warc.paths`` lists paths
relative to its bucket: prefix them (``sed 's|^|s3a://commoncrawl/|'``).
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_uri(entry: str) -> bool:
    """A URI that Spark's Hadoop file systems open (not a local path)."""
    return bool(_SCHEME.match(entry))


def read_manifest(path: str | Path) -> list[str]:
    """The manifest's files, in its order, each once."""
    path = Path(path)
    entries: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        entry = line if is_uri(line) else str((path.parent / line).resolve())
        if entry not in entries:
            entries.append(entry)
    return entries


def batch_id(entries: list[str]) -> str:
    """A batch's name, from its files alone: the same files, the same name."""
    return hashlib.sha256("\n".join(sorted(entries)).encode("utf-8")).hexdigest()[:16]
