"""The README documents every command, option group and error code."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.cli import main
from veille.errors import CODES

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_every_command_in_readme(command):
    assert f"veille {command}" in README


@pytest.mark.parametrize("command", sorted(main.commands))
def test_docs_every_command_has_an_example(command):
    assert "Example" in (main.commands[command].help or "")


@pytest.mark.parametrize("code", sorted(CODES) + ["V201"])
def test_docs_every_error_code_in_readme(code):
    assert f"| {code} |" in README


def test_docs_readme_starts_with_the_two_commands():
    head = README[:1500]
    assert "make demo" in head and "make test" in head


def test_docs_the_language_page_names_every_table_pattern_and_hook():
    from veille.lang import HOOKS, TABLES

    page = (Path(__file__).resolve().parent.parent / "docs" / "adding-a-language.md").read_text(encoding="utf-8")
    missing = [name for name in [*TABLES, *HOOKS] if f"`{name}" not in page]
    assert not missing, f"docs/adding-a-language.md does not name {missing}"
