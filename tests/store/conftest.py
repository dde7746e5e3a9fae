"""The ledger tests' synthetic articles (tests/store/corpus.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """Twelve synthetic articles (and their folder)."""
    from corpus import write_corpus

    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 12, seed=7)
    return folder
