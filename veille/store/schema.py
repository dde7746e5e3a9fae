"""The ledger's tables, for SQLite and PostgreSQL alike.

Plain tables with integer or text keys and foreign keys, so that Datasette
browses them as they are; full-text search with SQLite FTS5 or PostgreSQL's
`tsvector`. Offsets are `start_char`/`end_char` (Python string indexes into
`documents.text`, as in the `veille/1` record); `record` keeps each article's
full `veille/1` record, which the JSONL export writes back out unchanged.
"""
from __future__ import annotations

SCHEMA_VERSION = 2

# What each version adds to a ledger of the version before: the statements
# that bring an existing ledger up to date (new ledgers get them from _TABLES).
MIGRATIONS: dict[int, list[str]] = {
    2: ["ALTER TABLE documents ADD COLUMN translation_of TEXT REFERENCES documents(id)",
        "ALTER TABLE documents ADD COLUMN translation_similarity {real}",
        "ALTER TABLE runs ADD COLUMN translations INTEGER NOT NULL DEFAULT 0"],
}

_TABLES = """
CREATE TABLE IF NOT EXISTS runs (
    id {pk},
    started_at TEXT NOT NULL,
    finished_at TEXT,
    command TEXT NOT NULL,
    sources TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    already_in INTEGER NOT NULL DEFAULT 0,
    republications INTEGER NOT NULL DEFAULT 0,
    translations INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    errors TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    source TEXT,
    url TEXT,
    outlet TEXT,
    title TEXT,
    language TEXT,
    published TEXT,
    text TEXT NOT NULL,
    republication_of TEXT REFERENCES documents(id),
    similarity {real},
    translation_of TEXT REFERENCES documents(id),
    translation_similarity {real},
    run_id INTEGER REFERENCES runs(id),
    ingested_at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id {pk},
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    surname TEXT,
    lat {real},
    lon {real},
    country TEXT,
    admin1 TEXT
);
CREATE TABLE IF NOT EXISTS mentions (
    id {pk},
    document_id TEXT NOT NULL REFERENCES documents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    local_id TEXT NOT NULL,
    surface TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    in_title INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS statements (
    id {pk},
    document_id TEXT NOT NULL REFERENCES documents(id),
    local_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    speaker TEXT,
    speaker_entity_id INTEGER REFERENCES entities(id),
    speaker_start INTEGER,
    speaker_end INTEGER,
    cue TEXT,
    date TEXT
);
CREATE TABLE IF NOT EXISTS events (
    id {pk},
    document_id TEXT NOT NULL REFERENCES documents(id),
    local_id TEXT NOT NULL,
    type TEXT NOT NULL,
    date TEXT,
    place TEXT,
    place_entity_id INTEGER REFERENCES entities(id),
    places TEXT,
    attacker TEXT,
    target TEXT,
    reported_by TEXT,
    casualty_group TEXT,
    killed INTEGER,
    injured INTEGER,
    missing INTEGER,
    controller TEXT,
    territory TEXT,
    area_km2 {real},
    share_pct {real},
    donor TEXT,
    recipient TEXT,
    kind TEXT,
    amount {real},
    currency TEXT,
    object TEXT,
    qualifiers TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS weapons (
    id {pk},
    event_id INTEGER NOT NULL REFERENCES events(id),
    category TEXT,
    model TEXT,
    launched INTEGER,
    intercepted INTEGER,
    suppressed INTEGER,
    hit INTEGER
);
CREATE TABLE IF NOT EXISTS quantities (
    id {pk},
    document_id TEXT NOT NULL REFERENCES documents(id),
    value {real},
    unit TEXT,
    text TEXT,
    start_char INTEGER,
    end_char INTEGER
);
CREATE TABLE IF NOT EXISTS minhash_bands (
    band INTEGER NOT NULL,
    hash TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS minhash_signatures (
    document_id TEXT PRIMARY KEY REFERENCES documents(id),
    signature {blob} NOT NULL
);
CREATE TABLE IF NOT EXISTS official_rows (
    id {pk},
    row_key TEXT NOT NULL UNIQUE,
    report TEXT NOT NULL,
    reporter TEXT,
    national INTEGER NOT NULL DEFAULT 0,
    time_start TEXT NOT NULL,
    time_end TEXT NOT NULL,
    model TEXT NOT NULL,
    category TEXT,
    launched INTEGER,
    destroyed INTEGER,
    not_reach_goal INTEGER,
    target TEXT,
    launch_place TEXT,
    imported_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS reconciliations (
    id {pk},
    event_id INTEGER NOT NULL REFERENCES events(id),
    report TEXT,
    category TEXT,
    field TEXT,
    article_value INTEGER,
    record_value INTEGER,
    status TEXT NOT NULL,
    reason TEXT,
    reconciled_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_republication_of ON documents(republication_of);
-- (translation_of, published): the candidates of a new article's story are the untranslated articles of
-- a few days, found by range whatever the ledger's size (translation_of alone made it a scan of them all)
DROP INDEX IF EXISTS documents_translation_of;
CREATE INDEX IF NOT EXISTS documents_translation_of_published ON documents(translation_of, published);
CREATE INDEX IF NOT EXISTS documents_language_published ON documents(language, published);
CREATE INDEX IF NOT EXISTS entities_surname ON entities(surname);
CREATE INDEX IF NOT EXISTS entities_type ON entities(type);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity_id);
CREATE INDEX IF NOT EXISTS statements_document ON statements(document_id);
CREATE INDEX IF NOT EXISTS statements_speaker_entity ON statements(speaker_entity_id);
CREATE INDEX IF NOT EXISTS statements_date ON statements(date);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_type_date ON events(type, date);
CREATE INDEX IF NOT EXISTS weapons_event ON weapons(event_id);
CREATE INDEX IF NOT EXISTS quantities_document ON quantities(document_id);
CREATE INDEX IF NOT EXISTS minhash_bands_lookup ON minhash_bands(band, hash);
CREATE INDEX IF NOT EXISTS official_rows_window ON official_rows(time_end, time_start);
CREATE INDEX IF NOT EXISTS official_rows_report ON official_rows(report);
CREATE INDEX IF NOT EXISTS reconciliations_event ON reconciliations(event_id);
"""

_SQLITE_FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(text, speaker, content='statements', content_rowid='id');
"""

_POSTGRES_FTS = """
CREATE INDEX IF NOT EXISTS documents_fts ON documents
    USING gin (to_tsvector('simple', coalesce(title, '') || ' ' || text));
CREATE INDEX IF NOT EXISTS statements_fts ON statements
    USING gin (to_tsvector('simple', text || ' ' || coalesce(speaker, '')));
"""

_TYPES = {
    "sqlite": {"pk": "INTEGER PRIMARY KEY", "real": "REAL", "blob": "BLOB"},
    "postgresql": {"pk": "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY", "real": "DOUBLE PRECISION",
                   "blob": "BYTEA"},
}


def ddl(dialect: str) -> list[str]:
    """The statements that create the ledger in `dialect` (idempotent)."""
    script = _TABLES.format(**_TYPES[dialect]) + (_SQLITE_FTS if dialect == "sqlite" else _POSTGRES_FTS)
    return [s.strip() for s in script.split(";") if s.strip()]


def migrations(dialect: str, version: int) -> list[str]:
    """The statements that bring a ledger of schema `version` up to `SCHEMA_VERSION`."""
    return [sql.format(**_TYPES[dialect]) for v in range(version + 1, SCHEMA_VERSION + 1) for sql in MIGRATIONS[v]]


# Every table and what it holds, for the README and Datasette's metadata.json.
TABLES = {
    "runs": "One row per ingest run, with its counters (seen, added, already in the ledger, republications, "
            "translations, skipped, failed) and the errors met.",
    "documents": "One row per article: metadata, the text every offset points into, the full veille/1 record, "
                 "the first copy it republishes, if any, and the article in another language it translates or "
                 "re-reports, if any.",
    "entities": "Persons, organizations, places and others, one row per canonical key across all articles; "
                "places with coordinates.",
    "mentions": "Every span of an entity in an article's text (or title, in_title = 1).",
    "statements": "Direct quotes, reported speech and 'selon X' attributions, with speaker and cue.",
    "events": "Attacks, casualties, territorial control, aid and damage, with their numbers and evidence span.",
    "weapons": "Per attack event, one row per weapon category: launched, intercepted, suppressed, hit.",
    "quantities": "Every number with a unit (km², %, currency) found in an article.",
    "minhash_bands": "Locality-sensitive hash bands of each article's MinHash, to find republications.",
    "minhash_signatures": "Each article's MinHash signature (128 x uint64).",
    "official_rows": "The Ukrainian Air Force's attack reports (veille records import): one row per weapon model "
                     "per report; a report is the rows sharing a source post.",
    "reconciliations": "Each count of each attack event against the official report of its night: agrees, "
                       "differs, not in the record, not in the article, not comparable (veille reconcile).",
    "meta": "The ledger's schema version.",
}
