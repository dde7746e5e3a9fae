"""What the Spark tests need: pyspark and Java; without either they are
skipped, saying which is missing."""
from __future__ import annotations

import os
import shutil

import pytest


def _java() -> str | None:
    home = os.environ.get("JAVA_HOME")
    return shutil.which("java") or (home and shutil.which("java", path=f"{home}/bin"))


def require_spark() -> None:
    """Skip, saying what is missing, without pyspark or Java."""
    pytest.importorskip("pyspark", reason="Spark tests skipped: pyspark is missing (pip install 'veille[spark]')")
    if not _java():
        pytest.skip("Spark tests skipped: no java on PATH (Debian: apt-get install openjdk-17-jre-headless)")
