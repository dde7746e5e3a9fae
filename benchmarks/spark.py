"""The Spark job in local mode against one `veille extract` process, on the
same articles packed into WARC files.

    python benchmarks/spark.py [--articles 400] [--files 8] [--repeat 2] [--shared ../shared] [--month-articles 5e6]

Articles: ../shared's French and English development articles, repeated up
to --articles (the demo's articles when ../shared is absent). The single
process reads them as files and extracts them as `veille extract` does
(models loaded beforehand); the Spark job reads the same texts as WET text
conversions from --files WARC files (one task each) in `local[2]`, workers
warmed up beforehand, and writes its Parquet tables. Each side runs
--repeat times and its fastest run counts (as timeit does). Prints:

- `time to first record`: from nothing to a one-article job's Parquet
  written (the JVM, the session, a Python worker and its model);
- the peak resident memory of one Python worker (an executor process, its
  models loaded) and of the JVM (driver and executor in local mode);
- `ratio R` = local[2] articles/s ÷ (2 × single-process articles/s);
- the cores a month of CC-NEWS in French and English needs at the measured
  per-core rate (--month-articles: an estimate to give, not a measure).
"""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def article_paths(shared: Path, total: int) -> list[Path]:
    from veille.readers import iter_inputs

    folders = [shared / "data" / "dev" / "fr", shared / "data" / "dev" / "en"]
    if not all(f.is_dir() for f in folders):
        print(f"{shared}/data/dev not found: using the demo articles", file=sys.stderr)
        folders = [ROOT / "demo" / "articles"]
    base = [p for p, why in iter_inputs(folders) if why is None]
    return [base[i % len(base)] for i in range(total)]


def pack(paths: list[Path], folder: Path, files: int) -> list[str]:
    """The articles as WET text conversions, spread over `files` WARC files
    in turn (so that each file has a like mix)."""
    from warcio.warcwriter import WARCWriter

    entries = [str(folder / f"part-{k:03d}.warc.gz") for k in range(files)]
    handles = [open(e, "wb") for e in entries]
    writers = [WARCWriter(h, gzip=True) for h in handles]
    for n, path in enumerate(paths):
        record = writers[n % files].create_warc_record(f"https://bench.example/{n}/{path.name}", "conversion",
                                                       payload=io.BytesIO(path.read_bytes()),
                                                       warc_content_type="text/plain")
        writers[n % files].write_record(record)
    for h in handles:
        h.close()
    return entries


def time_single(paths: list[Path], out: Path) -> float:
    """`veille extract`'s work on the files, its models loaded: seconds."""
    from veille import extract_many, read_file

    start = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        n = sum(fh.write(json.dumps(r, ensure_ascii=False) + "\n") > 0 for r in extract_many(read_file(p) for p in paths))
    assert n == len(paths), n
    return time.perf_counter() - start


class PeakMemory:
    """Samples the resident memory of the Python workers (pyspark.daemon's
    processes) and of Spark's JVM, keeping each one's peak (MB)."""

    def __init__(self):
        self.worker = self.jvm = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(0.25):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                    rss = next(int(line.split()[1]) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
                               if line.startswith("VmRSS:")) / 1024
                except (OSError, StopIteration):
                    continue
                if b"org.apache.spark.deploy.SparkSubmit" in cmd:  # its --conf names the daemon module too
                    self.jvm = max(self.jvm, rss)
                elif b"pyspark.daemon" in cmd or b"veille.spark.daemon" in cmd:
                    self.worker = max(self.worker, rss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--files", type=int, default=8, help="WARC files the articles are packed into (one task each)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=2, help="timed runs of each side; the fastest counts")
    ap.add_argument("--month-articles", type=float, default=5e6,
                    help="French and English articles in a month of CC-NEWS (an estimate, for the cores needed)")
    ap.add_argument("-v", "--verbose", action="store_true", help="the job's timings of each batch on stderr")
    a = ap.parse_args()
    if a.verbose:
        import logging

        logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
        logging.getLogger("veille.spark").setLevel(logging.INFO)

    from veille.pipeline import load
    from veille.readers import read_file
    from veille.spark import run_job
    from veille.spark.session import local_session

    paths = article_paths(a.shared, a.articles)
    languages = sorted({read_file(p).language for p in set(paths)})
    with tempfile.TemporaryDirectory(prefix="veille-spark-bench-") as tmp:
        tmp = Path(tmp)
        (tmp / "warc").mkdir()
        entries = pack(paths, tmp / "warc", a.files)
        (tmp / "warc" / "first").mkdir()
        first = pack(paths[:1], tmp / "warc" / "first", 1)

        start = time.perf_counter()
        with PeakMemory() as memory:
            spark = local_session("local[2]", driver_memory="2g", preload=",".join(languages))
            session_s = time.perf_counter() - start
            run_job(spark, first, str(tmp / "out-first"))
            first_s = time.perf_counter() - start
            print(f"time to first record: {first_s:.1f} s (session {session_s:.1f} s, then one article's job "
                  f"with its model load {first_s - session_s:.1f} s)")
            # each worker's models loaded, as in a long job: four files, each with every language
            (tmp / "warc" / "warm").mkdir()
            warm = [next(p for p in paths if read_file(p).language == lang) for lang in languages for _ in range(4)]
            run_job(spark, pack(warm, tmp / "warc" / "warm", 4), str(tmp / "out-warm"))
            for language in languages:
                load(language)
            time_single(paths[:4], tmp / "warm.jsonl")
            # the two sides alternated, each one's fastest run kept, so that a
            # slow moment of the machine does not land on one side only
            spark_runs, single_runs = [], []
            for n in range(a.repeat):
                start = time.perf_counter()
                counts = run_job(spark, entries, str(tmp / f"out-{n}"))
                spark_runs.append(time.perf_counter() - start)
                assert counts["records_out"] == len(paths), counts.summary()
                single_runs.append(time_single(paths, tmp / "single.jsonl"))
            spark_s, single_s = min(spark_runs), min(single_runs)
        spark.stop()
        print(f"spark local[2]: {len(paths)} articles in {a.files} WARC files, {spark_s:.1f} s, "
              f"{len(paths) / spark_s:.2f} articles/s ({counts.summary()})")
        print(f"peak memory: one Python worker (executor process, models loaded) {memory.worker:.0f} MB; "
              f"the JVM (driver and executor, local mode) {memory.jvm:.0f} MB")
        print(f"veille extract, one process: {len(paths)} articles, {single_s:.1f} s, "
              f"{len(paths) / single_s:.2f} articles/s")

    spark_rate, single_rate = len(paths) / spark_s, len(paths) / single_s
    per_core = spark_rate / 2
    month_s = 30 * 86400
    print(f"a month of CC-NEWS in French and English, {a.month_articles:,.0f} articles (an estimate) at "
          f"{per_core:.2f} articles/s per core: {a.month_articles / per_core / 3600:,.0f} core-hours; "
          f"{a.month_articles / per_core / month_s:.1f} cores to keep up with the month, "
          f"{a.month_articles / per_core / 86400:.0f} cores to do it in a day")
    print(f"ratio R {spark_rate / (2 * single_rate):.3f}")


if __name__ == "__main__":
    main()
