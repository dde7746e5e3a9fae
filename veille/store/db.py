"""One connection to the ledger, SQLite or PostgreSQL, behind the same calls.

SQL is written once with `?` placeholders; the PostgreSQL side turns them
into psycopg's `%s`. SQLite runs in WAL mode so that readers (the web UI,
queries) never wait for the writer.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .schema import SCHEMA_VERSION, ddl, migrations

DEFAULT_DB = "veille.db"


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Store:
    """A ledger connection: `execute`, `query`, and `transaction()` blocks."""

    dialect = "sqlite"

    def __init__(self, url: str | Path = DEFAULT_DB, create: bool = True, readonly: bool = False):
        self.url = str(url)
        self.readonly = readonly
        self.conn = self._connect(self.url, create and not readonly)
        if create and not readonly:
            self.create()
        else:
            self._check()

    def reopen(self) -> "Store":
        """Another connection to the same ledger (for another thread)."""
        return type(self)(self.url, create=False, readonly=self.readonly)

    def _check(self) -> None:
        """A veille ledger, at this version of the schema: one opened for
        writing is brought up to date; one opened read-only must already be."""
        try:
            version = int(self.scalar("SELECT value FROM meta WHERE key = 'schema_version'") or 1)
        except Exception as err:  # sqlite3 and psycopg errors alike: no veille tables here
            if self.dialect == "postgresql":
                self.conn.rollback()
            raise StoreError("V302", _redact(self.url), f"not a veille ledger: {err}") from err
        if version >= SCHEMA_VERSION:
            return
        if self.readonly:
            raise StoreError("V305", _redact(self.url), f"schema version {version}, this veille reads version "
                             f"{SCHEMA_VERSION}: open it once for writing (`veille stats --db ...`) to upgrade it")
        with self.transaction():
            self._migrate(version)

    def _has_meta(self) -> bool:
        return self.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") > 0

    def _migrate(self, version: int) -> None:
        """Bring a ledger of schema `version` up to `SCHEMA_VERSION` (inside a transaction)."""
        for statement in migrations(self.dialect, version):
            self.execute(statement)
        self.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))

    # -- connection -----------------------------------------------------
    def _connect(self, url: str, create: bool):
        path = Path(url)
        if not create and not path.exists():
            raise StoreError("V301", url)
        try:
            if self.readonly:
                conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
                conn.execute("PRAGMA query_only=ON")
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA busy_timeout=30000")
        except sqlite3.DatabaseError as err:
            raise StoreError("V302", url, f"not a veille ledger: {err}") from err
        conn.row_factory = sqlite3.Row
        return conn

    def create(self) -> None:
        with self.transaction():
            if self._has_meta():  # an existing ledger: its tables first brought up to date
                version = int(self.scalar("SELECT value FROM meta WHERE key = 'schema_version'") or 1)
                if version < SCHEMA_VERSION:
                    self._migrate(version)
            for statement in ddl(self.dialect):
                self.execute(statement)
            self.execute("INSERT INTO meta(key, value) VALUES ('schema_version', ?) ON CONFLICT(key) DO NOTHING",
                         (str(SCHEMA_VERSION),))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- statements -----------------------------------------------------
    def execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Sequence = ()) -> list[dict]:
        return [dict(row) for row in self.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Sequence = ()):
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert(self, table: str, row: dict) -> int:
        """Insert `row`; its new integer id."""
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        return self.scalar(f"INSERT INTO {table} ({cols}) VALUES ({marks}) RETURNING id", tuple(row.values()))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One unit of work: everything in the block lands, or nothing does."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- full-text search -------------------------------------------------
    def index_document(self, document_id: str, title: str | None, text: str) -> None:
        self.execute("INSERT INTO documents_fts(rowid, title, text) "
                     "SELECT rowid, title, text FROM documents WHERE id = ?", (document_id,))

    def index_statement(self, statement_id: int) -> None:
        self.execute("INSERT INTO statements_fts(rowid, text, speaker) "
                     "SELECT id, text, speaker FROM statements WHERE id = ?", (statement_id,))

    def match(self, table: str, column_alias: str, terms: str) -> tuple[str, list]:
        """A WHERE clause (and its parameters) for rows of `table` (aliased
        `column_alias`) whose text matches `terms` (words, all required)."""
        words = _words(terms)
        if table == "documents":
            return (f"{column_alias}.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                    [" ".join(f'"{w}"' for w in words)])
        return (f"{column_alias}.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                [" ".join(f'"{w}"' for w in words)])


class PostgresStore(Store):
    """The same ledger on PostgreSQL (psycopg 3), for a team."""

    dialect = "postgresql"

    def _connect(self, url: str, create: bool):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as err:  # pragma: no cover - psycopg is a dependency
            raise StoreError("V303", url, "pip install 'veille[postgres]'") from err
        try:
            options = {"options": "-c default_transaction_read_only=on"} if self.readonly else {}
            conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, **options)
        except psycopg.Error as err:
            raise StoreError("V302", _redact(url), f"cannot connect: {err}") from err
        return conn

    def execute(self, sql: str, params: Sequence = ()):
        return self.conn.execute(_pg(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(_pg(sql), rows)

    def query(self, sql: str, params: Sequence = ()) -> list[dict]:
        return list(self.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence = ()):
        row = self.execute(sql, params).fetchone()
        return None if row is None else next(iter(row.values()))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.conn.transaction():
            yield

    def _has_meta(self) -> bool:
        return self.scalar("SELECT to_regclass('meta') IS NOT NULL")

    def index_document(self, document_id: str, title: str | None, text: str) -> None:
        pass  # an expression index: PostgreSQL keeps it itself

    def index_statement(self, statement_id: int) -> None:
        pass

    def match(self, table: str, column_alias: str, terms: str) -> tuple[str, list]:
        expr = ("coalesce({a}.title, '') || ' ' || {a}.text" if table == "documents"
                else "{a}.text || ' ' || coalesce({a}.speaker, '')").format(a=column_alias)
        return f"to_tsvector('simple', {expr}) @@ plainto_tsquery('simple', ?)", [" ".join(_words(terms))]


def _words(terms: str) -> list[str]:
    return re.findall(r"\w+", terms) or [""]


def _pg(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)


def open_store(url: str | Path = DEFAULT_DB, create: bool = True, readonly: bool = False) -> Store:
    """The ledger at `url`: a SQLite file path, or a postgresql:// URL.
    `readonly` opens it for reading only (what the web server does)."""
    url = str(url)
    return PostgresStore(url, create, readonly) if is_postgres(url) else Store(url, create, readonly)
