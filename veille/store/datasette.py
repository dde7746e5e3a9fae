"""Datasette's view of the ledger: metadata.json with descriptions and labels."""
from __future__ import annotations

import json
from importlib import resources
from pathlib import Path


def metadata(db: str = "veille.db") -> dict:
    """metadata.json for the SQLite ledger at `db` (Datasette names a
    database after its file)."""
    meta = json.loads(resources.files(__package__).joinpath("metadata.json").read_text(encoding="utf-8"))
    (tables,) = meta["databases"].values()
    meta["databases"] = {Path(db).stem: tables}
    return meta
