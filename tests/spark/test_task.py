"""A task's work without Spark: one WARC file's pages through the language
filter and `extract`, its Parquet files written aside, its counters added."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from warcs import page, write_warc

pq = pytest.importorskip("pyarrow.parquet")

HTML = "text/html; charset=utf-8"


class _Accumulator:
    def __init__(self):
        self.value = Counter()

    def add(self, more: Counter) -> None:
        self.value.update(more)


@pytest.mark.model
def test_a_task_keeps_only_the_languages_asked_for_and_writes_its_file_aside(tmp_path):
    from veille.spark.job import Settings, _extract_file
    from veille.spark.output import FileWriter

    fr, en = page("fr", 1), page("en", 2, date="2025-03-01")
    path = tmp_path / "one.warc.gz"
    write_warc(path, [(fr[0], HTML, fr[1]), (en[0], HTML, en[1])])
    counters = _Accumulator()
    out = tmp_path / "out"
    n = _extract_file(str(path), lambda: open(path, "rb"), Settings(languages=("fr",)), counters,
                      FileWriter(str(out), "0123456789abcdef", 7))
    assert n == 1
    assert counters.value == Counter(files=1, records_read=2, skipped_language=1, records_out=1,
                                     model_loads=counters.value["model_loads"])
    staged = out / "_staging" / "0123456789abcdef"
    files = sorted(p.relative_to(staged).as_posix() for p in staged.rglob("*.parquet"))
    assert files == [f"{t}/month=2025-02/language=fr/part-0123456789abcdef-00007.parquet"
                     for t in ("documents", "entities", "events", "records", "statements")]
    rows = pq.read_table(staged / files[3]).to_pylist()
    assert [(r["input"], r["position"], r["url"]) for r in rows] == [(str(path), 0, fr[0])]
    assert json.loads(rows[0]["record"])["document"]["language"] == "fr"


def test_a_file_that_cannot_be_opened_is_counted_and_writes_nothing(tmp_path):
    from veille.spark.job import Settings, _extract_file
    from veille.spark.output import FileWriter

    counters = _Accumulator()
    missing = tmp_path / "missing.warc.gz"
    assert _extract_file(str(missing), lambda: open(missing, "rb"), Settings(), counters,
                         FileWriter(str(tmp_path / "out"), "0123456789abcdef", 0)) == 0
    assert counters.value == Counter(files=1, files_failed=1, failed_V106=1)
    assert not (tmp_path / "out").exists()
