"""French numbers with hedges and units, on sentences written for these tests."""
from __future__ import annotations

import pytest

from veille.extract.numbers import find_numbers
from veille.lang import get_language

fr = get_language("fr")


def numbers(text):
    return [(text[n.start : n.end], n.value, n.qualifier, n.unit) for n in find_numbers(text, fr)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Il y a 112 000 réfugiés.", ("112 000", 112000, None, None)),
        ("Il y a 112\u00a0000 réfugiés.", ("112\u00a0000", 112000, None, None)),
        ("Il y a 112\u202f000 réfugiés.", ("112\u202f000", 112000, None, None)),
        ("Une aide de 1,5 million d'euros.", ("1,5 million", 1_500_000, None, "EUR")),
        ("Un paquet de 65 milliards de dollars.", ("65 milliards", 65_000_000_000, None, "USD")),
        ("Une ville de trois millions d'habitants.", ("trois millions", 3_000_000, None, None)),
        ("Une quarantaine de bâtiments.", ("Une quarantaine", 40, "about", None)),
        ("Il contrôle près de 18 % du pays.", ("18", 18, "about", "percent")),
        ("Il contrôle un peu moins de 20% du pays.", ("20", 20, "just_under", "percent")),
        ("Soit plus de 112 000 kilomètres carrés.", ("112 000", 112000, "more_than", "km2")),
        ("Environ 450 km² ont été repris.", ("450", 450, "about", "km2")),
        ("Au moins dix-neuf personnes.", ("dix-neuf", 19, "at_least", None)),
        ("Vingt et un soldats.", ("Vingt et un", 21, None, None)),
        ("Jusqu'à 90 soldats.", ("90", 90, "up_to", None)),
        ("Moins de 1 % du territoire.", ("1", 1, "less_than", "percent")),
        ("Un don de 300 millions de hryvnias.", ("300 millions", 300_000_000, None, "UAH")),
        # the decimal mark is the language's; three digits after it, with no scale word, group thousands
        ("La Russie a lancé 1,500 drones en une semaine.", ("1,500", 1500, None, None)),
        ("Une aide de 2,500 milliards de dollars.", ("2,500 milliards", 2_500_000_000, None, "USD")),
        ("Le taux est de 0,375 %.", ("0,375", 0.375, None, "percent")),
        ("Le taux est de 1,25 %.", ("1,25", 1.25, None, "percent")),
    ],
)
def test_numbers_value_hedge_unit(text, expected):
    assert expected in numbers(text)


def test_numbers_hedge_words_are_not_numbers():
    assert [n[0] for n in numbers("La Russie contrôle un peu moins de 20 % du pays.")] == ["20"]


def test_square_miles_are_converted_to_square_kilometres():
    from veille.extract.numbers import find_numbers
    from veille.lang import get_language

    (n,) = [n for n in find_numbers("Russia controls about 44,000 square miles of Ukraine.", get_language("en")) if n.unit]
    assert (n.unit, n.value, n.qualifier) == ("km2", 113959, "about")
