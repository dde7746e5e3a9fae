"""The check both statement-construction test files use: a text, then the
statements it must give as (speaker, start of the content) pairs, in text
order; an empty list means no statement at all."""
from __future__ import annotations

from veille import Document, extract


def said(text: str, language: str) -> list[tuple[str | None, str]]:
    record = extract(Document(text=text, language=language, published="2025-03-05"))
    return [(st["speaker"], st["text"][:24]) for st in record["statements"]]


def check_rows(text: str, expected: list[tuple[str | None, str]], language: str) -> None:
    got = said(text, language)
    assert [(sp, start[:len(want)]) for (sp, start), (_, want) in zip(got, expected)] == expected \
        and len(got) == len(expected), f"{text}\n got {got}"
