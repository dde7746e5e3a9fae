"""The Spark tests' fixture: one local SparkSession for a whole module
(``local[2]``, no UI, a 1 GB driver), skipped, saying why, when pyspark or
Java is missing (`spark_needs`). The tests write their WARC files with
warcio (`warcs`)."""
from __future__ import annotations

import sys

import pytest
from spark_needs import require_spark

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    """One local SparkSession for the module."""
    require_spark()
    from veille.spark.session import local_session

    session = local_session("local[2]", driver_memory="1g", python=sys.executable)
    yield session
    session.stop()
