"""The ledger: articles and what veille extracted from them, in SQLite (the
default, one file) or PostgreSQL (for a team), queried and exported."""
from __future__ import annotations

from .db import DEFAULT_DB, Store, StoreError, open_store
from .ingest import RunCounts

__all__ = ["DEFAULT_DB", "Store", "StoreError", "open_store", "ingest", "RunCounts"]


def ingest(sources, db=DEFAULT_DB, model=None, processes=1, max_bytes=None, on_error=None, command="ingest",
           store: Store | None = None, allow_private: bool = False) -> RunCounts:
    """Read `sources` (files, folders, feeds, URLs, WARC, JSONL records) into the ledger at `db`.
    URLs on loopback, private or link-local addresses are refused (V115) unless `allow_private`."""
    from ..readers import MAX_BYTES
    from ..readers.sources import iter_items
    from .ingest import ingest_items, run

    own = store is None
    store = store or open_store(db)
    try:
        sources = [str(s) for s in sources]
        with run(store, command, sources) as counts:
            items = iter_items(sources, max_bytes or MAX_BYTES, allow_private=allow_private)
            ingest_items(store, items, counts, model=model,
                         processes=processes, on_error=on_error)
        return counts
    finally:
        if own:
            store.close()
