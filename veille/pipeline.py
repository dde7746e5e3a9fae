"""The spaCy pipeline: the language's model plus veille's own components.

Components are pure (no I/O), declare what they need and what they set, and
store plain JSON-ready data on ``Doc._`` so that documents survive
multiprocessing and the same pipeline runs inside a Spark task.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .lang import get_language

for _name, _default in (("veille_published", None), ("veille_title", None), ("veille_statements", None),
                        ("veille_events", None), ("veille_quantities", None), ("veille_entities", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


_NEVER_STARTS = {",", ";", ":", "»", ")", "]", "”", "›"}
# A wire dateline opening a paragraph: "KYIV, March 12 (Reuters) - ", "LVIV,
# Ukraine (AP) — ", "KIEV (AFP) - ". What follows is a sentence of its own,
# so that the city is never read as the subject of the first verb.
_DATELINE = re.compile(r"(?m)^[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,30}[A-ZÀ-Ý](?:,[^\n—–()]{1,40})?(?:\s*\([^)\n]{1,30}\))?\s*[—–-]{1,2}\s+(?=\w)")


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per document (spaCy rebuilds it at every call)."""
    text = doc.user_data.get("veille_text")
    if text is None:
        text = doc.user_data["veille_text"] = doc.text
    return text


@Language.component("veille_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: news paragraphs and headings are never
    one sentence with what follows; so does a wire dateline ("KYIV, March 12
    (Reuters) - "). And a sentence never starts with a comma,
    a closing mark or a lower-case word ("Barroso, le président …" is one
    sentence). The parser keeps these preset boundaries."""
    if len(doc) < 2:
        return doc
    # vectorized: this runs on every token of every article
    attrs = doc.to_array(["ORTH", "IS_SPACE", "IS_LOWER"])
    orth, is_space, is_lower = attrs[:, 0], attrs[:, 1].astype(bool), attrs[:, 2].astype(bool)
    strings = doc.vocab.strings
    never = numpy.isin(orth, [strings.add(s) for s in _NEVER_STARTS])
    newline = numpy.zeros(len(doc), dtype=bool)
    for i in numpy.flatnonzero(is_space):
        newline[i] = "\n" in strings[int(orth[i])]
    sent_start = numpy.zeros(len(doc), dtype="int32")
    sent_start[1:][(never | is_lower)[1:] & ~is_space[1:]] = -1
    sent_start[1:][newline[:-1]] = 1
    sent_start[0] = 1
    for m in _DATELINE.finditer(doc.text):  # not doc_text: chunks of a long text are merged later
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and after.start > 0:
            sent_start[after.start] = 1
    doc.from_array(["SENT_START"], sent_start.astype("int64").view("uint64").reshape(-1, 1))
    return doc


@Language.component("veille_labels", assigns=["token.dep", "doc.ents"])
def labels(doc: Doc) -> Doc:
    """The model's labels in the engine's terms (the language's
    DEPENDENCY_LABELS and ENTITY_LABELS): "dobj" is "obj", "PERSON" is
    "PER", a "CARDINAL" is no entity."""
    lang = get_language(doc.lang_)
    deps = lang.DEPENDENCY_LABELS
    if deps:
        for t in doc:
            if t.dep_ in deps:
                t.dep_ = deps[t.dep_]
    ents = lang.ENTITY_LABELS
    if ents:
        doc.ents = [Span(doc, e.start, e.end, label=ents.get(e.label_, e.label_)) for e in doc.ents
                    if ents.get(e.label_, e.label_)]
    return doc


@Language.component(
    "veille_statements",
    requires=["doc.sents", "token.lemma", "token.pos", "token.dep", "doc.ents"],
    assigns=["doc._.veille_statements"],
)
def statements_component(doc: Doc) -> Doc:
    """Find statements with their speakers (see `veille.extract.statements`)."""
    from .extract.statements import find_statements

    lang = get_language(doc.lang_)
    doc._.veille_statements = find_statements(doc, lang, doc._.veille_published, doc_text(doc))
    return doc


@Language.component(
    "veille_events",
    requires=["doc.sents", "token.pos", "doc.ents"],
    assigns=["doc._.veille_events", "doc._.veille_quantities"],
)
def events_component(doc: Doc) -> Doc:
    """Find events with numbers and quantities (see `veille.extract.events`)."""
    from .extract.events import find_events

    lang = get_language(doc.lang_)
    doc._.veille_events, doc._.veille_quantities = find_events(doc, lang, doc._.veille_published, doc_text(doc))
    return doc


class EntitiesComponent:
    """Entities of the text and of the title (see `veille.extract.entities`).
    The title is not part of the text: the model's own tagger and NER read
    it apart, a batch of titles at a time."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        # the NER (and the morphologizer, for its parts of speech), then the
        # labels in veille's terms; the shared tok2vec only if one of them
        # listens to it (the NER of both models has its own)
        names = [n for n in ("tok2vec", "morphologizer", "ner", "veille_labels") if n in nlp.pipe_names]
        listening = getattr(nlp.get_pipe("tok2vec"), "listening_components", []) if "tok2vec" in names else []
        if "tok2vec" in names and not any(n in listening for n in names):
            names.remove("tok2vec")
        self.title_pipes = [nlp.get_pipe(n) for n in names]

    def _titles(self, docs: list[Doc]) -> list[Doc | None]:
        titles = [self.nlp.make_doc(d._.veille_title or "") for d in docs]
        for proc in self.title_pipes:
            titles = list(proc.pipe(titles)) if hasattr(proc, "pipe") else [proc(t) for t in titles]
        return [t if len(t) else None for t in titles]

    def _set(self, doc: Doc, title: Doc | None) -> Doc:
        from .extract.entities import entities_from_doc

        doc._.veille_entities = entities_from_doc(doc, get_language(doc.lang_), doc_text(doc), title)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return self._set(doc, self._titles([doc])[0])

    def pipe(self, docs, batch_size: int = 64):
        for batch in spacy.util.minibatch(docs, batch_size):
            yield from (self._set(d, t) for d, t in zip(batch, self._titles(batch)))


@Language.factory(
    "veille_entities",
    requires=["doc.ents", "token.pos"],
    assigns=["doc._.veille_entities"],
)
def make_entities_component(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp)


def _index_as_sets(nlp: Language) -> None:
    """The French rule lemmatizer asks `word in index` of its word lists, which
    the model stores as lists (66 000 nouns): a linear scan for every new word,
    a third of the model's time. Sets give the same answers at once."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for key in list(index.keys()):
        if isinstance(index[key], list):
            index[key] = frozenset(index[key])


# spaCy's tokenizer strips affixes from a whitespace-free run one mark at a
# time, each time searching the whole run: quadratic (5 000 quotation marks
# in a row take 15 s). No word of news is that long.
_LONG_RUN = re.compile(r"\S{256,}")
_PIECE = 64


class GuardedTokenizer:
    """The model's tokenizer, except that a run of 256 non-space characters or
    more is cut into pieces of 64 (tokens with no space between them, so the
    text is unchanged) instead of being handed to it whole."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        docs, pos = [], 0
        for m in _LONG_RUN.finditer(text):
            if m.start() > pos:
                docs.append(self.tokenizer(text[pos:m.start()]))
            pieces = [m.group()[i:i + _PIECE] for i in range(0, m.end() - m.start(), _PIECE)]
            docs.append(Doc(self.tokenizer.vocab, words=pieces, spaces=[False] * len(pieces)))
            pos = m.end()
        if pos < len(text):
            docs.append(self.tokenizer(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


@lru_cache(maxsize=4)
def load(language: str = "fr", model: str | None = None) -> Language:
    """The full pipeline for `language` (cached: loading a model takes seconds)."""
    lang = get_language(language)
    nlp = spacy.load(model or lang.MODEL, exclude=["senter"])
    _index_as_sets(nlp)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    nlp.add_pipe("veille_paragraphs", before="parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0])
    if lang.DEPENDENCY_LABELS or lang.ENTITY_LABELS:
        nlp.add_pipe("veille_labels", last=True)
    nlp.add_pipe("veille_statements", last=True)
    nlp.add_pipe("veille_events", last=True)
    nlp.add_pipe("veille_entities", last=True)
    return nlp


@lru_cache(maxsize=4)
def load_bare(language: str = "fr", model: str | None = None) -> Language:
    """The language's model alone, as the benchmark's baseline."""
    return spacy.load(model or get_language(language).MODEL, exclude=["senter"])
