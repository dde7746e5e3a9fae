"""Errors with stable codes, so that messages can be grepped and tested.

Every problem with one input raises `InputError` with a code from `CODES`;
the batch runner prints ``[V1xx] path: message`` and moves on to the next file.
"""
from __future__ import annotations

CODES = {
    "V101": "file is empty",
    "V102": "file is binary, not text",
    "V103": "file is not UTF-8 text and its encoding could not be detected",
    "V104": "file is larger than the size limit",
    "V105": "no article text found (HTML page without a body, or only markup)",
    "V106": "file could not be read",
    "V107": "unsupported file type",
    "V108": "front matter is malformed",
    "V109": "language not supported yet",
    "V110": "page could not be fetched",
    "V111": "feed could not be read",
    "V112": "WARC file could not be read",
    "V113": "not a veille/1 record",
    "V114": "not an Air Force attack report row (CSV)",
    "V115": "URL refused: not a public address",
    "V116": "URL refused: too many redirects",
    "V117": "page cut: it took longer than the time limit",
    "V118": "page or WARC record cut: over the size limit",
    "V301": "no ledger here (create one with `veille ingest`)",
    "V302": "ledger cannot be opened",
    "V303": "PostgreSQL support needs psycopg",
    "V304": "this needs an optional part of veille that is not installed",
    "V305": "ledger was made by an older veille and is opened read-only",
    "V306": "ledger is busy: another program kept it locked too long",
    "V307": "ledger could not be written (disk full, file size limit or I/O error)",
    "V308": "ledger is read-only (the file or its folder cannot be written)",
    "V309": "the connection to the PostgreSQL server was lost",
    "V310": "ledger was made by a newer veille",
}


def need(module: str, extra: str, target: str):
    """`module`, imported; else a `StoreError` V304 naming the extra to install
    (``pip install 'veille[web]'``). Raised for one input it is an input's
    error like any other."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise StoreError("V304", target, f"{module} is missing: pip install 'veille[{extra}]'") from err


class VeilleError(Exception):
    """Base class for veille's own errors."""


class StoreError(VeilleError):
    """The ledger cannot be opened or used."""

    def __init__(self, code: str, target: str, detail: str | None = None):
        self.code = code
        message = CODES[code] + (f" ({detail})" if detail else "")
        super().__init__(f"[{code}] {target}: {message}")


class InputError(VeilleError):
    """One input cannot be turned into a `Document`; only that input is skipped."""

    def __init__(self, code: str, source: str, detail: str | None = None):
        self.code = code
        self.source = source
        self.detail = detail
        message = CODES[code] + (f" ({detail})" if detail else "")
        super().__init__(f"[{code}] {source}: {message}")
