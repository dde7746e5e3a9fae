"""find_dates: French date expressions resolved against the publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from veille.lang import get_language
from veille.extract.dates import find_dates

fr = get_language("fr")

PUBLISHED = "2025-02-12"  # a Wednesday


def resolve(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(text[m.start : m.end], m.date) for m in find_dates(text, published, fr)]


def only_date(text: str, published: str | None = PUBLISHED) -> str | None:
    found = resolve(text, published)
    assert len(found) == 1, found
    return found[0][1]


def test_published_fixture_is_a_wednesday():
    assert dt.date.fromisoformat(PUBLISHED).weekday() == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le ministre s'est exprimé mercredi devant les députés.", "2025-02-12"),
        ("Le ministre s'est exprimé mardi devant les députés.", "2025-02-11"),
        ("Le ministre s'est exprimé lundi devant les députés.", "2025-02-10"),
        ("Le ministre s'est exprimé jeudi devant les députés.", "2025-02-06"),
        ("Le ministre s'est exprimé dimanche devant les députés.", "2025-02-09"),
        ("Mercredi, le ministre s'est exprimé devant les députés.", "2025-02-12"),
        ("Le ministre s'est exprimé VENDREDI devant les députés.", "2025-02-07"),
    ],
)
def test_weekday_is_in_publication_week_never_future(text, expected):
    assert only_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le cessez-le-feu a été rompu hier.", "2025-02-11"),
        ("Le cessez-le-feu a été rompu hier soir.", "2025-02-11"),
        ("Le cessez-le-feu a été rompu avant-hier.", "2025-02-10"),
        ("Le cessez-le-feu a été rompu la veille.", "2025-02-11"),
        ("Le cessez-le-feu a été rompu aujourd'hui.", "2025-02-12"),
        ("Le cessez-le-feu a été rompu aujourd’hui.", "2025-02-12"),
        ("Le cessez-le-feu a été rompu ce matin.", "2025-02-12"),
    ],
)
def test_relative_days(text, expected):
    assert only_date(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Des drones ont frappé la ville dans la nuit de mardi à mercredi.", "2025-02-12"),
        ("Des drones ont frappé la ville la nuit du lundi au mardi.", "2025-02-11"),
        ("Des drones ont frappé la ville dans la nuit de samedi à dimanche.", "2025-02-09"),
    ],
)
def test_night_from_one_day_to_the_next_is_the_morning_date(text, expected):
    assert only_date(text) == expected


def test_night_expression_is_one_mention_covering_both_days():
    text = "Dans la nuit de mardi à mercredi, des drones ont frappé la ville."
    assert resolve(text) == [("Dans la nuit de mardi à mercredi", "2025-02-12")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le sommet s'est tenu le 12 février à Munich.", "2025-02-12"),
        ("Le sommet s'est tenu le 10 février à Munich.", "2025-02-10"),
        ("Le sommet s'est tenu le 12 fevrier à Munich.", "2025-02-12"),
        ("Le sommet s'est tenu le 12 Février à Munich.", "2025-02-12"),
        ("Le sommet s'est tenu le 3 mars à Munich.", "2024-03-03"),
        ("Le sommet s'est tenu le 5 août à Munich.", "2024-08-05"),
        ("Le sommet s'est tenu le 31 décembre à Munich.", "2024-12-31"),
        ("Le sommet s'est tenu le 1er février à Munich.", "2025-02-01"),
    ],
)
def test_day_and_month_without_year_is_never_far_in_the_future(text, expected):
    assert only_date(text) == expected


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        ("L'accord a été signé dimanche 17 juin 2012 à Paris.", "dimanche 17 juin 2012", "2012-06-17"),
        ("L'accord a été signé le 1er mars 2024 à Paris.", "1er mars 2024", "2024-03-01"),
        ("L'accord a été signé le 29 février 2024 à Paris.", "29 février 2024", "2024-02-29"),
        ("L'accord sera signé le 3 mars 2025 à Paris.", "3 mars 2025", "2025-03-03"),
        ("L'accord a été signé le 12 février 2025 à 10 heures.", "12 février 2025", "2025-02-12"),
        ("L'accord a été signé lundi 10 février à Paris.", "lundi 10 février", "2025-02-10"),
    ],
)
def test_explicit_dates(text, mention, expected):
    assert resolve(text) == [(mention, expected)]


@pytest.mark.parametrize(
    "text",
    ["L'accord a été signé le 31 février.", "L'accord a été signé le 30 février 2024."],
)
def test_impossible_date_resolves_to_none(text):
    assert only_date(text) is None


@pytest.mark.parametrize(
    "text",
    ["Le projet remonte à mars 2024.", "Le projet avance en février.", "Il a passé 12 heures sur place."],
)
def test_month_without_day_or_number_without_month_is_not_a_date(text):
    assert resolve(text) == []


def test_weekday_with_date_resolves_to_a_day_with_that_weekday():
    date = only_date("Les négociations reprendront vendredi 14 février à Genève.")
    assert date is not None
    assert dt.date.fromisoformat(date).weekday() == 4  # vendredi


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre s'est exprimé mardi.",
        "Le ministre s'est exprimé hier.",
        "Des drones ont frappé dans la nuit de mardi à mercredi.",
        "Le sommet s'est tenu le 12 février.",
    ],
)
def test_without_publication_date_relative_expressions_are_none(text):
    found = resolve(text, None)
    assert found, "the expression is still found"
    assert all(date is None for _, date in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("L'accord a été signé dimanche 17 juin 2012.", "2012-06-17"),
        ("L'accord a été signé le 1er mars 2024.", "2024-03-01"),
    ],
)
def test_without_publication_date_explicit_year_still_resolves(text, expected):
    assert only_date(text, None) == expected


def test_mixed_mentions_without_publication_date():
    text = "Mardi, le président a rappelé l'accord du 3 mars 2024."
    assert resolve(text, None) == [("Mardi", None), ("3 mars 2024", "2024-03-03")]


def test_several_mentions_in_order_with_offsets_into_original_text():
    text = "Hier, l’armée a confirmé les frappes de la nuit de lundi à mardi, puis celles du 8 février."
    assert resolve(text) == [
        ("Hier", "2025-02-11"),
        ("la nuit de lundi à mardi", "2025-02-11"),
        ("8 février", "2025-02-08"),
    ]


def test_weekday_inside_a_longer_word_is_not_a_date():
    assert resolve("Les lundis de la diplomatie reprennent.") == []


def test_dates_night_between_two_numbered_days_is_the_morning():
    from veille.extract.dates import find_dates

    (d,) = find_dates("Dans la nuit du 20 au 21 mars, des missiles ont visé la ville.", "2024-03-22", fr)
    assert d.date == "2024-03-21"


def test_dates_dateline_is_the_reference_for_relative_words():
    from veille.extract.dates import find_dates

    text = "22 mars 2016. – Deux explosions ont eu lieu aujourd'hui à l'aéroport."
    assert [d.date for d in find_dates(text, "2016-03-23", fr)] == ["2016-03-22", "2016-03-22"]
