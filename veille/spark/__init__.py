"""veille on Apache Spark: the same `extract()` over WARC/WET files of a
news crawl (CC-NEWS, or any crawl's), one task per file, written as Parquet
partitioned by publication month and language.

pyspark is imported only when a job runs (``pip install 'veille[spark]'``).
"""
from __future__ import annotations

from .manifest import read_manifest
from .job import JobCounts, run_job

__all__ = ["read_manifest", "run_job", "JobCounts"]
