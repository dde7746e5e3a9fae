"""The Spark job, in cc-pyspark's shape: the manifest's files spread one per
task, each read with warcio through the same reader as `veille ingest`
(`readers.sources.warc_items`), its French and English pages through the same
`extract_many` as `veille extract`, counters kept in an accumulator.

The spaCy pipeline is loaded once per Python worker process: `pipeline.load`
keeps it in a module-level cache, and Spark reuses a worker process from task
to task (``spark.python.worker.reuse``, on by default); the `model_loads`
counter says how many loads a run took. A bad record is counted and skipped;
a file that cannot be read is counted (`files_failed`) and the job goes on.

A batch is one Spark job of one stage, whose tasks are its result tasks:
Spark applies a result task's accumulator updates once, from its first
successful attempt, so a retried task counts once, and it rewrites the same
files under the same names. Leave ``spark.speculation`` off (the default):
two attempts of a task would write the same files at once.
"""
from __future__ import annotations

import io
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from ..errors import VeilleError
from ..lang import LANGUAGES
from ..readers import MAX_BYTES
from . import output
from .manifest import batch_id, is_uri

logger = logging.getLogger(__name__)

FILES_PER_BATCH = 64  # files committed together: a re-run after a failure redoes at most one batch


@dataclass(frozen=True)
class Settings:
    """What every task needs: the languages kept, the size limit of a record,
    the spaCy model chosen for a language (as `extract(model=...)` takes it)."""

    languages: tuple[str, ...] = tuple(LANGUAGES)
    max_bytes: int = MAX_BYTES
    models: tuple[tuple[str, str], ...] = ()


class JobCounts(Counter):
    """A run's counters: files, files_failed, files_done_before, records_read,
    skipped_not_html, skipped_language, skipped_too_large, failed_Vxxx (by
    error code), records_out, model_loads."""

    def failed(self) -> int:
        return sum(n for name, n in self.items() if name.startswith("failed_"))

    def summary(self) -> str:
        codes = ", ".join(f"{name[7:]} {n}" for name, n in sorted(self.items()) if name.startswith("failed_")) or "none"
        return (f"files {self['files']} (failed {self['files_failed']}, done before {self['files_done_before']})"
                f" · records read {self['records_read']} · skipped: not HTML {self['skipped_not_html']}, language "
                f"{self['skipped_language']}, too large {self['skipped_too_large']} · failed {self.failed()} ({codes})"
                f" · records out {self['records_out']} · model loads {self['model_loads']}")


class _CounterParam:
    """Spark's AccumulatorParam for a `Counter` (duck-typed: pyspark is
    imported only when a job runs)."""

    def zero(self, value: Counter) -> Counter:
        return Counter()

    def addInPlace(self, total: Counter, more: Counter) -> Counter:  # noqa: N802 (Spark's name)
        total.update(more)
        return total


def run_job(spark, entries: list[str], out: str, settings: Settings = Settings(),
            files_per_batch: int = FILES_PER_BATCH, on_batch: Callable[[JobCounts], None] | None = None) -> JobCounts:
    """Extract every file of `entries` into Parquet tables under `out` (see
    `output`). Files of batches finished by an earlier run are skipped; what
    an unfinished batch left is removed first."""
    store = output.Output(out)
    finished = store.finished_files()
    store.drop_unfinished()
    counts = JobCounts(files_done_before=sum(e in finished for e in entries))
    todo = [e for e in entries if e not in finished]
    for start in range(0, len(todo), files_per_batch):
        done = _run_batch(spark, todo[start:start + files_per_batch], store, settings)
        counts.update(done)
        if on_batch:
            on_batch(JobCounts(done))
    store.clear_staging()
    return counts


def _run_batch(spark, batch: list[str], store: output.Output, settings: Settings) -> Counter:
    sc = spark.sparkContext
    counters = sc.accumulator(Counter(), _CounterParam())
    bid, start = batch_id(batch), time.perf_counter()
    local = [(index, e) for index, e in enumerate(batch) if not is_uri(e)]
    parts = []
    if local:  # one partition, so one task, per file
        parts.append(sc.parallelize(local, len(local)).mapPartitions(
            partial(_local_task, settings, counters, store.root, bid)))
    for index, uri in ((index, e) for index, e in enumerate(batch) if is_uri(e)):  # Hadoop opens it (s3a://, hdfs://)
        parts.append(sc.binaryFiles(uri, minPartitions=1).mapPartitions(
            partial(_remote_task, settings, counters, store.root, bid, index, uri)))
    sc.union(parts).count()  # each task writes its file's Parquet files aside
    extracted = time.perf_counter()
    store.commit(bid, batch, dict(counters.value))
    logger.info("batch %s: %d files extracted and written in %.1f s, committed in %.1f s", bid, len(batch),
                extracted - start, time.perf_counter() - extracted)
    return counters.value


# What follows runs in the executors.

def _local_task(settings: Settings, counters, root: str, bid: str, files: Iterator[tuple[int, str]]) -> Iterator[int]:
    for index, entry in files:
        yield _extract_file(entry, lambda: open(entry, "rb"), settings, counters, output.FileWriter(root, bid, index))


def _remote_task(settings: Settings, counters, root: str, bid: str, index: int, entry: str,
                 files: Iterator[tuple[str, bytes]]) -> Iterator[int]:
    for _, data in files:
        yield _extract_file(entry, lambda: io.BytesIO(data), settings, counters, output.FileWriter(root, bid, index))


def _extract_file(entry: str, open_stream, settings: Settings, counters, writer: output.FileWriter) -> int:
    """Extract one file's records into `writer`; the number written. Its
    counters are added once, at the end."""
    from ..api import extract_many
    from ..pipeline import load

    count: Counter = Counter(files=1)
    loads = load.cache_info().misses

    def failed(document, err) -> None:
        count[f"failed_{err.code if isinstance(err, VeilleError) else 'V201'}"] += 1
        logger.warning("%s", err if isinstance(err, VeilleError) else f"[V201] {document.source}: {err}")

    try:
        with open_stream() as stream:
            documents = _documents(entry, stream, settings, count)
            for position, record in enumerate(extract_many(documents, model=dict(settings.models), on_error=failed)):
                writer.add(output.record_row(entry, position, record), record)
                count["records_out"] += 1
    except OSError as err:
        count.update(["files_failed", "failed_V106"])
        logger.warning("[V106] %s: %s", entry, err)
    finally:
        writer.close()
        count["model_loads"] += load.cache_info().misses - loads
        counters.add(count)
    return count["records_out"]


def _documents(entry: str, stream, settings: Settings, count: Counter):
    """The file's documents in the languages kept; each other record counted."""
    from ..errors import InputError
    from ..readers.sources import warc_items

    try:
        for item in warc_items(stream, entry, settings.max_bytes):
            count["records_read"] += 1
            if item.skipped:
                count["skipped_not_html"] += 1
            elif item.error and item.error.code == "V118":
                count["skipped_too_large"] += 1
            elif item.error:
                count[f"failed_{item.error.code}"] += 1
            elif item.document.language not in settings.languages:
                count["skipped_language"] += 1
            else:
                yield item.document
    except InputError as err:  # the file itself: not a WARC, or cut short
        count.update(["files_failed", f"failed_{err.code}"])
        logger.warning("%s", err)

