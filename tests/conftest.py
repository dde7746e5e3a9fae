"""Fixtures shared by the ledger's tests: every test taking `db_url` runs on
SQLite and, when a server is given in $VEILLE_TEST_POSTGRES (a postgresql://
URL with the right to create databases; `.ci/run` starts one), on PostgreSQL
too."""
from __future__ import annotations

import os
import uuid

import pytest

PG_ADMIN = os.environ.get("VEILLE_TEST_POSTGRES")


def _pg_database():
    import psycopg

    name = f"veille_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = PG_ADMIN.rpartition("/")
    return name, f"{base}/{name}"


def _pg_drop(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A fresh, empty ledger's address on each backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.db")
        return
    if not PG_ADMIN:
        pytest.skip("PostgreSQL tests skipped: set VEILLE_TEST_POSTGRES=postgresql://user@host/db "
                    "(`.ci/run` starts a server and sets it)")
    name, url = _pg_database()
    yield url
    _pg_drop(name)
