"""Spark's Python daemon with veille's spaCy pipelines loaded before it
forks a worker, so that every worker process starts with them (shared, copy
on write) instead of loading them itself: a worker Spark forks in the middle
of a job costs no model load.

`local_session` sets ``spark.python.daemon.module`` to this module and
``VEILLE_SPARK_PRELOAD`` to the pipelines to load ("fr,en", or
"fr=fr_core_news_sm,en"); under spark-submit, pass
``--conf spark.python.daemon.module=veille.spark.daemon`` and
``--conf spark.executorEnv.VEILLE_SPARK_PRELOAD=fr,en``.
"""
from __future__ import annotations

import os

PRELOAD = "VEILLE_SPARK_PRELOAD"


def preload(spec: str | None = None) -> list[str]:
    """Load the pipelines `spec` names ("fr,en=model"); the languages loaded."""
    from ..pipeline import load

    loaded = []
    for entry in filter(None, (spec if spec is not None else os.environ.get(PRELOAD, "")).split(",")):
        language, _, model = entry.strip().partition("=")
        load(language, model or None)
        loaded.append(language)
    return loaded


if __name__ == "__main__":
    preload()
    from pyspark import daemon

    daemon.manager()
