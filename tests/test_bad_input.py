"""A batch with every kind of bad input: each is reported with its code and
file name and skipped; the good article still comes out."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from veille.cli import main

GOOD = ("---\npublished: 2025-03-05\nlanguage: fr\n---\n# Un titre\n\n"
        "Le ministre Jean Dupont a déclaré mercredi que la réforme serait votée en juin.\n")


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "nobody.html").write_text("<html><head><title>Rien</title></head><body><nav>Accueil</nav></body></html>", encoding="utf-8")
    with (tmp_path / "huge.md").open("wb") as fh:  # 50 MB, sparse: refused before reading
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "undecodable.txt").write_bytes("Le général a déclaré : ".encode("utf-8") + b"\x81\x8d\x8f\x90\x9d" * 20)
    german = "Der Minister sagte am Mittwoch, die Reform werde im Juni verabschiedet.\n" * 3
    (tmp_path / "german.md").write_text("---\nlanguage: de\n---\n" + german, encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    return tmp_path


@pytest.mark.model
def test_bad_inputs_reported_and_skipped_rest_processed(batch):
    result = CliRunner().invoke(main, ["extract", str(batch)])
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["document"]["source"].rsplit("/", 1)[-1] for r in records] == ["good.md"]
    assert records[0]["statements"][0]["speaker"] == "Jean Dupont"
    for code, name in [("V101", "empty.md"), ("V102", "binary.md"), ("V105", "nobody.html"),
                       ("V104", "huge.md"), ("V103", "undecodable.txt"), ("V109", "german.md")]:
        assert any(line.startswith(f"[{code}]") and name in line for line in result.stderr.replace("\r", "\n").splitlines()), (code, result.stderr)
    assert "failed 6" in result.stderr and "skipped 1" in result.stderr


@pytest.mark.model
def test_extraction_failure_skips_only_that_document(tmp_path, monkeypatch):
    import veille.record as record

    (tmp_path / "a.md").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD.replace("Jean Dupont", "Marie Curie"), encoding="utf-8")
    real = record.build_record

    def flaky(document, doc):
        if "Marie Curie" in document.text:
            raise RuntimeError("boom")
        return real(document, doc)

    monkeypatch.setattr("veille.api.build_record", flaky)
    result = CliRunner().invoke(main, ["extract", "--quiet", str(tmp_path)])
    assert result.exit_code == 1
    assert "[V201]" in result.stderr and "b.md" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["document"]["source"].rsplit("/", 1)[-1] for r in records] == ["a.md"]
