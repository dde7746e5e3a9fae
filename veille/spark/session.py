"""A SparkSession for veille's job: in local mode, set up for one machine;
under spark-submit, the one the cluster gives."""
from __future__ import annotations

import os
import sys

from .daemon import PRELOAD

LOCAL_SETTINGS = {
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": "4",  # the job shuffles nothing
    "spark.python.worker.reuse": "true",  # the default, said aloud: the model is loaded once per worker process
    "spark.task.maxFailures": "1",  # a failure is a bug here, not a lost machine: say so at once
    "spark.sql.sources.partitionOverwriteMode": "static",
}


def under_spark_submit() -> bool:
    return "PYSPARK_GATEWAY_PORT" in os.environ


def local_session(master: str = "local[2]", driver_memory: str = "2g", python: str | None = None,
                  log_level: str = "ERROR", preload: str | None = None):
    """A local-mode session whose Python workers run `python` (this one by
    default), forked from a daemon that has loaded the pipelines `preload`
    names ("fr,en", "fr=fr_core_news_sm"; see `veille.spark.daemon`)."""
    from pyspark.sql import SparkSession

    python = python or sys.executable
    os.environ["PYSPARK_PYTHON"] = python  # what the Python workers run (the spark.pyspark.python setting is spark-submit's)
    builder = SparkSession.builder.master(master).appName("veille").config("spark.driver.memory", driver_memory)
    if preload:
        os.environ[PRELOAD] = preload  # the daemon's environment, in local mode the driver's
        builder = builder.config("spark.python.daemon.module", "veille.spark.daemon")
    for key, value in LOCAL_SETTINGS.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel(log_level)
    return session


def submitted_session(log_level: str = "WARN"):
    """The session spark-submit set up (master, memory, archives: its command line)."""
    from pyspark.sql import SparkSession

    session = SparkSession.builder.appName("veille").getOrCreate()
    session.sparkContext.setLogLevel(log_level)
    return session
