"""An attack's night and the hedges on its counts, in both languages, on
sentences written for these tests: a total over several days has no night
of its own (it must never be set beside one night's official report), and
"plus de 900 drones" keeps its "more than" on the weapon."""
from __future__ import annotations

import pytest

from veille import Document, extract

pytestmark = pytest.mark.model


def attacks(text: str, language: str) -> list[dict]:
    events = extract(Document(text=text, language=language, published="2025-05-29"))["events"]
    return [e for e in events if e["type"] == "attack"]


@pytest.mark.parametrize("language,text", [
    ("fr", "Depuis le début du mois, la Russie a lancé plus de 1 800 drones contre l'Ukraine."),
    ("fr", "En trois jours, la Russie a tiré 900 drones sur les villes ukrainiennes, a indiqué mercredi l'armée."),
    ("fr", "Au cours des deux dernières semaines, 300 missiles ont été lancés contre l'Ukraine."),
    ("fr", "Cette semaine, la Russie a lancé 700 drones contre l'Ukraine."),
    ("en", "Over three days, Russia launched 900 drones at Ukrainian cities, the military said on Wednesday."),
    ("en", "Since the start of the month, Russia has launched 1,800 drones against Ukraine."),
    ("en", "In the past two weeks Russia fired 300 missiles at Ukraine."),
    ("en", "So far this year, Russia has launched 20,000 drones at Ukraine."),
])
def test_a_total_over_days_has_no_night(language, text):
    (attack,) = attacks(text, language)
    assert attack["date"] is None


@pytest.mark.parametrize("language,text,date", [
    ("fr", "Dans la nuit de mardi à mercredi, la Russie a lancé 123 drones contre l'Ukraine.", "2025-05-28"),
    ("en", "Last night, Russia launched 123 drones at Ukraine, the air force said.", "2025-05-29"),
    ("en", "In the past 24 hours, Russia launched 123 drones at Ukraine, the air force said on Wednesday.",
     "2025-05-28"),
])
def test_one_night_keeps_its_date(language, text, date):
    (attack,) = attacks(text, language)
    assert attack["date"] == date


@pytest.mark.parametrize("language,text,hedges", [
    ("fr", "La Russie a lancé plus de 600 drones dans la nuit, dont au moins 400 ont été abattus.",
     {"launched": "more_than", "intercepted": "at_least"}),
    ("en", "Russia deployed nearly 600 drones and 31 missiles in an attack on Kyiv.", {"launched": "just_under"}),
    ("en", "Russia launched about 100 drones overnight.", {"launched": "about"}),
])
def test_a_weapon_count_keeps_its_hedge(language, text, hedges):
    (attack,) = attacks(text, language)
    assert attack["weapons"][0]["qualifiers"] == hedges
    assert all("qualifiers" not in w for w in attack["weapons"][1:])
