"""`extract()`: one document in, one `veille/1` record out."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from .document import Document
from .pipeline import load
from .readers import read_file
from .readers.markdown import parse_markdown
from .record import build_record


def _as_document(item: Document | str | os.PathLike) -> Document:
    if isinstance(item, Document):
        return item
    if isinstance(item, os.PathLike):
        return read_file(item)
    return parse_markdown(item)


def _make_doc(nlp, document: Document):
    doc = nlp.make_doc(document.text)
    doc._.veille_published = document.published
    return doc


def extract(document: Document | str | os.PathLike, model: str | None = None) -> dict:
    """Extract statements (and, as they land, events and entities) from one
    article. `document` is a `Document`, a path, or Markdown/plain text."""
    document = _as_document(document)
    nlp = load(document.language or "fr", model)
    return build_record(document, nlp(_make_doc(nlp, document)))


def extract_many(documents: Iterable[Document], model: str | None = None, batch_size: int = 16) -> Iterator[dict]:
    """`extract` over many documents, batched through spaCy (same records)."""
    nlp = None
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, model)
            batch = []
    if batch:
        yield from _run_batch(batch, model)


def _run_batch(batch: list[Document], model: str | None) -> Iterator[dict]:
    by_lang: dict[str, list[int]] = {}
    for i, d in enumerate(batch):
        by_lang.setdefault(d.language or "fr", []).append(i)
    results: dict[int, dict] = {}
    for lang, idx in by_lang.items():
        nlp = load(lang, model)
        docs = nlp.pipe(_make_doc(nlp, batch[i]) for i in idx)
        for i, doc in zip(idx, docs):
            results[i] = build_record(batch[i], doc)
    for i in range(len(batch)):
        yield results[i]
