"""One connection to the ledger, SQLite or PostgreSQL, behind the same calls.

SQL is written once with `?` placeholders; the PostgreSQL side turns them
into psycopg's `%s`. SQLite runs in WAL mode so that readers (the web UI,
queries) never wait for the writer; two writers take turns (the second
waits up to `BUSY_TIMEOUT`). What the database says when it cannot go on
(busy, disk full, read-only, server gone) becomes a coded `StoreError`.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from ..errors import StoreError
from .schema import SCHEMA_VERSION, ddl, migrations

DEFAULT_DB = "veille.db"
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another one before giving up (V306)

# SQLite's primary result codes (extended ones start with them) -> veille's codes
_SQLITE_CODES = (("SQLITE_BUSY", "V306"), ("SQLITE_LOCKED", "V306"), ("SQLITE_FULL", "V307"),
                 ("SQLITE_IOERR", "V307"), ("SQLITE_READONLY", "V308"))


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Store:
    """A ledger connection: `execute`, `query`, and `transaction()` blocks."""

    dialect = "sqlite"
    _errors: type[Exception] | tuple = sqlite3.DatabaseError

    def __init__(self, url: str | Path = DEFAULT_DB, create: bool = True, readonly: bool = False):
        self.url = str(url)
        self.readonly = readonly
        self.conn = self._connect(self.url, create and not readonly)
        if create and not self.readonly:
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
            version = self._version()
        except StoreError:
            raise
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

    def _version(self) -> int:
        """The ledger's schema version; a newer one than this veille knows is refused (V310)."""
        value = self.scalar("SELECT value FROM meta WHERE key = 'schema_version'") or 1
        try:
            version = int(value)
        except ValueError:
            raise StoreError("V302", _redact(self.url), f"schema version {value!r} is not a number") from None
        if version > SCHEMA_VERSION:
            raise StoreError("V310", _redact(self.url), f"schema version {version}, this veille knows versions up "
                             f"to {SCHEMA_VERSION}: upgrade veille to use it (the ledger is left as it is)")
        return version

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
        if not self.readonly and not _writable(path):
            if create:  # ingest and imports: say so now, before any work
                raise StoreError("V308", url, "check the permissions of the file and of its folder")
            self.readonly = True  # queries still work
        try:
            if self.readonly:
                conn = sqlite3.connect(_readonly_uri(path), uri=True, isolation_level=None, timeout=BUSY_TIMEOUT,
                                       check_same_thread=False)
                conn.execute("PRAGMA query_only=ON")
            else:
                conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT, check_same_thread=False)
                conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as err:
            self._raise_coded(err)
            raise StoreError("V302", url, f"not a veille ledger: {err}") from err
        conn.row_factory = sqlite3.Row
        return conn

    def _raise_coded(self, err: Exception) -> None:
        """Raise the coded `StoreError` for a database error that means the
        ledger cannot be used now (busy, full, read-only); return otherwise."""
        name = getattr(err, "sqlite_errorname", None) or ""
        for prefix, code in _SQLITE_CODES:
            if name.startswith(prefix):
                raise StoreError(code, _redact(self.url), str(err)) from err

    def create(self) -> None:
        with self.transaction():
            if self._has_meta():  # an existing ledger: its tables first brought up to date
                version = self._version()
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
        try:
            return self.conn.execute(sql, params)
        except self._errors as err:
            self._raise_coded(err)
            raise

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        if rows:
            try:
                self.conn.executemany(sql, rows)
            except self._errors as err:
                self._raise_coded(err)
                raise

    def query(self, sql: str, params: Sequence = ()) -> list[dict]:
        try:
            return [dict(row) for row in self.execute(sql, params).fetchall()]
        except self._errors as err:
            self._raise_coded(err)
            raise

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
        """One unit of work: everything in the block lands, or nothing does.
        The write lock is taken first (IMMEDIATE): another writer waits here,
        never halfway through."""
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full)
                with suppress(sqlite3.Error):
                    self.conn.execute("ROLLBACK")
            raise

    # -- full-text search -------------------------------------------------
    def index_document(self, document_id: str, title: str | None, text: str) -> None:
        self.execute("INSERT INTO documents_fts(rowid, title, text) "
                     "SELECT rowid, title, text FROM documents WHERE id = ?", (document_id,))

    def index_statement(self, statement_id: int) -> None:
        self.execute("INSERT INTO statements_fts(rowid, text, speaker) "
                     "SELECT id, text, speaker FROM statements WHERE id = ?", (statement_id,))

    def match(self, table: str, column_alias: str, terms: str,
              spellings: dict[str, set[str]] | None = None) -> tuple[str, list]:
        """A WHERE clause (and its parameters) for rows of `table` (aliased
        `column_alias`) whose text matches `terms` (words, all required; a
        word with other `spellings` is found in any of them)."""
        expression = " AND ".join("(" + " OR ".join(f'"{w}"' for w in alternatives) + ")"
                                  for alternatives in _alternatives(terms, spellings))
        if table == "documents":
            return (f"{column_alias}.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)",
                    [expression])
        return (f"{column_alias}.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)",
                [expression])


class PostgresStore(Store):
    """The same ledger on PostgreSQL (psycopg 3), for a team."""

    dialect = "postgresql"

    def _connect(self, url: str, create: bool):
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as err:  # pragma: no cover - psycopg is a dependency
            raise StoreError("V303", url, "pip install 'veille[postgres]'") from err
        self._errors = psycopg.Error
        try:
            options = {"options": "-c default_transaction_read_only=on"} if self.readonly else {}
            conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, **options)
        except psycopg.Error as err:
            raise StoreError("V302", _redact(url), f"cannot connect: {err}") from err
        return conn

    def _raise_coded(self, err: Exception) -> None:
        from psycopg import OperationalError, errors

        if isinstance(err, errors.DiskFull):
            raise StoreError("V307", _redact(self.url), str(err).strip()) from err
        gone = (errors.AdminShutdown, errors.CrashShutdown, errors.CannotConnectNow)
        # the server's shutdown may surface as its consequence ("cannot exit pipeline mode while busy", from an
        # executemany cut short), with the shutdown as its context
        chain, seen = [], err
        while seen is not None and len(chain) < 5:
            chain.append(seen)
            seen = seen.__cause__ or seen.__context__
        if isinstance(err, OperationalError) and (self.conn.closed or self.conn.broken or any(
                isinstance(e, gone) for e in chain) or self._unreachable()):
            raise StoreError("V309", _redact(self.url), f"{str(err).strip()}; run the same command again when the "
                             "server is back: what was written stays, nothing is added twice") from err

    def _unreachable(self) -> bool:
        """Whether the server no longer answers this connection (asked once, after an error)."""
        try:
            with self.conn.cursor() as cur:
                cur.execute("SELECT 1")
        except self._errors:
            return self.conn.closed or self.conn.broken
        return False

    def execute(self, sql: str, params: Sequence = ()):
        return super().execute(_pg(sql), params)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        if rows:
            try:
                with self.conn.cursor() as cur:
                    cur.executemany(_pg(sql), rows)
            except self._errors as err:
                self._raise_coded(err)
                raise

    def query(self, sql: str, params: Sequence = ()) -> list[dict]:
        return list(self.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Sequence = ()):
        row = self.execute(sql, params).fetchone()
        return None if row is None else next(iter(row.values()))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with self.conn.transaction():
                yield
        except self._errors as err:  # the commit, or the rollback on a lost connection
            self._raise_coded(err)
            raise

    def _has_meta(self) -> bool:
        return self.scalar("SELECT to_regclass('meta') IS NOT NULL")

    def index_document(self, document_id: str, title: str | None, text: str) -> None:
        pass  # an expression index: PostgreSQL keeps it itself

    def index_statement(self, statement_id: int) -> None:
        pass

    def match(self, table: str, column_alias: str, terms: str,
              spellings: dict[str, set[str]] | None = None) -> tuple[str, list]:
        expr = ("coalesce({a}.title, '') || ' ' || {a}.text" if table == "documents"
                else "{a}.text || ' ' || coalesce({a}.speaker, '')").format(a=column_alias)
        expression = " & ".join("(" + " | ".join(alternatives) + ")"
                                for alternatives in _alternatives(terms, spellings) if alternatives[0])
        return f"to_tsvector('simple', {expr}) @@ to_tsquery('simple', ?)", [expression]


def _alternatives(terms: str, spellings: dict[str, set[str]] | None) -> list[list[str]]:
    """Each word of `terms` with its other spellings (words only: no operator reaches the query)."""
    out = []
    for word in _words(terms):
        others = {spelling for spelling in (spellings or {}).get(word.casefold(), ()) if _words(spelling) == [spelling]}
        out.append([word, *sorted(others - {word, word.casefold()})])
    return out


def _words(terms: str) -> list[str]:
    return re.findall(r"\w+", terms) or [""]


def _writable(path: Path) -> bool:
    """Whether SQLite can write the ledger at `path`: the file and its folder
    (where WAL mode keeps its -wal and -shm files), or the folder of a new one."""
    folder = path.resolve().parent
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _readonly_uri(path: Path) -> str:
    """A read-only URI for the ledger; `immutable` when its folder cannot be
    written and no -wal or -shm file is there (WAL mode could not open it
    otherwise, and nobody can be writing to it)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.resolve().parent, os.W_OK) and not any(
            Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm")):
        uri += "&immutable=1"
    return uri


def _pg(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]+@", r"//\1:***@", url)


def open_store(url: str | Path = DEFAULT_DB, create: bool = True, readonly: bool = False) -> Store:
    """The ledger at `url`: a SQLite file path, or a postgresql:// URL.
    `readonly` opens it for reading only (what the web server does)."""
    url = str(url)
    return PostgresStore(url, create, readonly) if is_postgres(url) else Store(url, create, readonly)
