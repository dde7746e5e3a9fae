"""Ingest: records into the ledger, one article per transaction.

An article is identified by its text id (a hash of the text): one already in
the ledger is skipped before any extraction, so running the same ingest
again, or after a crash (`kill -9` included), adds each article exactly
once. Every run keeps its counters in `runs`, updated in the same
transaction as each article, so even an interrupted run tells what it did.
"""
from __future__ import annotations

import json
import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..errors import InputError, StoreError, VeilleError
from ..lang import LANGUAGES
from ..readers.sources import Item
from . import dedup, stories
from .rows import entity_key, entity_row, event_place, event_row, statement_row, weapon_rows

logger = logging.getLogger(__name__)

@dataclass
class RunCounts:
    """What one ingest did."""

    run_id: int = 0
    seen: int = 0
    added: int = 0
    already_in: int = 0
    republications: int = 0
    translations: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def bump(self, name: str, by: int = 1) -> None:
        """Add to a counter; the reader and the writer thread both count."""
        with self._lock:
            setattr(self, name, getattr(self, name) + by)

    def summary(self) -> str:
        return (f"run {self.run_id} · seen {self.seen} · added {self.added} (republications {self.republications}, "
                f"translations {self.translations})"
                f" · already in the ledger {self.already_in} · skipped {self.skipped} · failed {self.failed}")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def start_run(store, command: str, sources: list[str]) -> RunCounts:
    with store.transaction():
        run_id = store.insert("runs", {"started_at": _now(), "command": command, "sources": json.dumps(sources)})
    return RunCounts(run_id=run_id)


def _save_counts(store, counts: RunCounts, finished: bool = False) -> None:
    store.execute(
        "UPDATE runs SET seen = ?, added = ?, already_in = ?, republications = ?, translations = ?, skipped = ?, "
        "failed = ?, errors = ?, finished_at = ? WHERE id = ?",
        (counts.seen, counts.added, counts.already_in, counts.republications, counts.translations, counts.skipped,
         counts.failed,
         json.dumps(counts.errors[-1000:], ensure_ascii=False), _now() if finished else None, counts.run_id))


def finish_run(store, counts: RunCounts) -> None:
    with store.transaction():
        _save_counts(store, counts, finished=True)


@contextmanager
def run(store, command: str, sources: list[str]) -> Iterator[RunCounts]:
    """A run's counters, saved when it ends, however it ends. When the
    ledger itself failed (disk full, server gone) saving them may fail
    too: the first error is the one raised."""
    counts = start_run(store, command, sources)
    try:
        yield counts
    except BaseException:
        with suppress(StoreError):
            finish_run(store, counts)
        raise
    finish_run(store, counts)


def has_document(store, document_id: str) -> bool:
    return store.scalar("SELECT 1 FROM documents WHERE id = ?", (document_id,)) is not None


def ingest_items(
    store,
    items: Iterable[Item],
    counts: RunCounts,
    model: str | None = None,
    processes: int = 1,
    on_error: Callable[[str], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> RunCounts:
    """Extract what needs extracting and write every new article; `on_done`
    is called once per item dealt with (written, already in, or failed).

    Writing runs in a thread of its own, with its own connection, while
    spaCy extracts the next articles (SQLite and psycopg release the GIL):
    the ledger then costs little more than extraction alone.
    """
    from ..api import extract_many

    done = on_done or (lambda: None)

    def report(message: str) -> None:
        done()
        counts.bump("failed")
        counts.errors.append(message)
        (on_error or logger.error)(message)

    writer = _Writer(store, counts, done)

    def documents() -> Iterator:
        for item in items:
            if item.skipped:
                counts.bump("skipped")
                continue
            if item.error:
                report(str(item.error))
                continue
            counts.bump("seen")
            if item.record is not None:
                writer.put(item.record)
                continue
            document = item.document
            if document.language not in LANGUAGES:
                report(str(InputError("V109", item.source, f"{document.language!r}; veille reads "
                                                           f"{', '.join(LANGUAGES)}")))
                continue
            if has_document(store, document.id):
                counts.bump("already_in")
                done()
                continue
            yield document

    def failed(document, err) -> None:
        report(str(err) if isinstance(err, VeilleError) else
               f"[V201] {getattr(document, 'source', document)}: extraction failed ({err})")

    try:
        for record in extract_many(documents(), model=model, processes=processes, on_error=failed):
            writer.put(record)
    finally:
        writer.close()
    return counts


class _Writer:
    """Writes records, one transaction each, in a thread with its own connection."""

    QUEUE = 64  # records extracted but not yet written, at most

    def __init__(self, store, counts: RunCounts, done: Callable[[], None]):
        self.store = store.reopen()
        self.counts, self.done = counts, done
        self.queue: queue.Queue = queue.Queue(maxsize=self.QUEUE)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="veille-writer", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while True:
            record = self.queue.get()
            if record is None:
                return
            if self.error is not None:
                continue  # drain: the reader stops at its next put
            try:
                if write_record(self.store, record, self.counts) == "already_in":
                    self.counts.bump("already_in")
                self.done()
            except BaseException as err:  # re-raised in the reader's thread
                self.error = err

    def put(self, record: dict) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put(record)

    def close(self) -> None:
        self.queue.put(None)
        self.thread.join()
        self.store.close()
        if self.error is not None:
            raise self.error


def write_record(store, record: dict, counts: RunCounts | None = None) -> str:
    """Write one `veille/1` record in one transaction: "added",
    "republication", "translation" (linked to an article in another
    language, see `stories`) or "already_in"."""
    doc = record["document"]
    if has_document(store, doc["id"]):
        return "already_in"
    sig = dedup.signature(doc["text"])
    first = dedup.find_first_copy(store, sig)
    with store.transaction():
        inserted = store.scalar(
            "INSERT INTO documents (id, source, url, outlet, title, language, published, text, republication_of, "
            "similarity, run_id, ingested_at, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO NOTHING RETURNING id",
            (doc["id"], doc.get("source"), doc.get("url"), doc.get("outlet"), doc.get("title"), doc.get("language"),
             doc.get("published"), doc["text"], first[0] if first else None, round(first[1], 3) if first else None,
             counts.run_id if counts else None, _now(), json.dumps(record, ensure_ascii=False)))
        if inserted is None:  # another writer got there first
            return "already_in"
        store.index_document(doc["id"], doc.get("title"), doc["text"])
        dedup.remember(store, doc["id"], sig)
        entity_ids = _write_entities(store, doc["id"], record.get("entities") or [])
        _write_statements(store, doc["id"], record.get("statements") or [], entity_ids)
        _write_events(store, doc["id"], record.get("events") or [], entity_ids, record.get("entities") or [])
        store.executemany("INSERT INTO quantities (document_id, value, unit, text, start_char, end_char) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          [(doc["id"], q.get("value"), q.get("unit"), q.get("text"), *(q.get("span") or [None, None]))
                           for q in record.get("quantities") or []])
        translated = None if first else stories.link_translation(store, doc["id"], doc.get("language"),
                                                                  doc.get("published"))
        if counts is not None:
            counts.bump("added")
            counts.bump("republications", first is not None)
            counts.bump("translations", translated is not None)
            _save_counts(store, counts)
    return "republication" if first else "translation" if translated else "added"


def _write_entities(store, document_id: str, entities: list[dict]) -> dict[str, int]:
    """Upsert each entity under its canonical key; its mentions. Local id -> ledger id."""
    ids, mentions = {}, []
    for e in entities:
        row = entity_row(e, _ledger_key(store, e))
        ids[e["id"]] = store.scalar(
            "INSERT INTO entities (key, name, type, surname, lat, lon, country, admin1) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET name = CASE WHEN entities.type = 'person' "
            "AND length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END "
            "RETURNING id", tuple(row.values()))
        for in_title, spans in ((0, e.get("mentions") or []), (1, e.get("title_mentions") or [])):
            mentions += [(document_id, ids[e["id"]], e["id"], e["name"], start, end, in_title) for start, end in spans]
    store.executemany("INSERT INTO mentions (document_id, entity_id, local_id, surface, start_char, end_char, in_title) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)
    return ids


def _ledger_key(store, entity: dict) -> str:
    """The entity's key; a person known only by a surname joins the one person
    of the ledger with that surname, when there is exactly one."""
    key = entity_key(entity)
    if entity["type"] == "person" and " " not in key.split(":", 1)[1]:
        rows = store.query("SELECT key FROM entities WHERE surname = ? AND key <> ? LIMIT 2",
                           (key.split(":", 1)[1], key))
        if len(rows) == 1:
            return rows[0]["key"]
    return key


def _write_statements(store, document_id: str, statements: list[dict], entity_ids: dict[str, int]) -> None:
    for s in statements:
        sid = store.insert("statements", statement_row(document_id, s, entity_ids.get(s.get("speaker_entity"))))
        store.index_statement(sid)


def _write_events(store, document_id: str, events: list[dict], entity_ids: dict[str, int], entities: list[dict]):
    by_name = {e["name"]: entity_ids.get(e["id"]) for e in entities if e["type"] == "place"}
    for ev in events:
        event_id = store.insert("events", event_row(document_id, ev, by_name.get(event_place(ev))))
        for w in weapon_rows(ev):
            store.insert("weapons", {"event_id": event_id, **w})
