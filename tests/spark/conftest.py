"""The Spark tests' fixtures: one local SparkSession for a whole module
(``local[2]``, no UI, two shuffle partitions, a modest driver), and WARC
files the tests write with warcio. Skipped, saying why, when pyspark or Java
is missing. The WARC files are made in `warcs`."""
from __future__ import annotations

import shutil
import sys

import pytest

pytestmark = pytest.mark.spark

def _java() -> str | None:
    import os

    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") or (home and shutil.which("java", path=f"{home}/bin"))


@pytest.fixture(scope="module")
def spark():
    """One local SparkSession for the module."""
    pytest.importorskip("pyspark", reason="Spark tests skipped: pyspark is missing (pip install 'veille[spark]')")
    if not _java():
        pytest.skip("Spark tests skipped: no java on PATH (Debian: apt-get install openjdk-17-jre-headless)")
    from veille.spark.session import local_session

    session = local_session("local[2]", driver_memory="1g", python=sys.executable)
    yield session
    session.stop()
