"""find_quotes with the French quotation marks."""
from __future__ import annotations

import pytest

from veille.extract.quotes import find_quotes
from veille.lang.fr import QUOTE_PAIRS


def quotes(text: str) -> list[tuple[str, bool, int]]:
    """(inner text, closed, depth) of every quote, in find_quotes order."""
    return [(text[q.inner_start : q.inner_end], q.closed, q.depth) for q in find_quotes(text, QUOTE_PAIRS)]


def inners(text: str) -> list[str]:
    return [inner for inner, _, _ in quotes(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le maire a promis « une aide rapide » aux sinistrés.", "une aide rapide"),
        ("Le maire a promis «\u00a0une aide rapide\u00a0» aux sinistrés.", "une aide rapide"),
        ("Le maire a promis «\u202fune aide rapide\u202f» aux sinistrés.", "une aide rapide"),
        ("Le maire a promis «\u2009une aide rapide\u2009» aux sinistrés.", "une aide rapide"),
        ("Le maire a promis «une aide rapide» aux sinistrés.", "une aide rapide"),
        ("Le maire a promis «  \u00a0une aide rapide \u202f » aux sinistrés.", "une aide rapide"),
    ],
    ids=["space", "nbsp", "narrow-nbsp", "thin-space", "no-space", "mixed-spaces"],
)
def test_guillemets_inner_span_trims_all_kinds_of_spaces(text, expected):
    assert quotes(text) == [(expected, True, 0)]


def test_quote_span_covers_the_marks():
    text = "Le maire a promis «\u00a0une aide rapide\u00a0» aux sinistrés."
    (q,) = find_quotes(text, QUOTE_PAIRS)
    assert text[q.start] == "«"
    assert text[q.end - 1] == "»"
    assert q.inner == (q.inner_start, q.inner_end)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le maire a promis “une aide rapide” aux sinistrés.", [("une aide rapide", True, 0)]),
        ("“Nous reconstruirons”, a assuré la préfète.", [("Nous reconstruirons", True, 0)]),
        (
            "« Il m’a dit “jamais” », a raconté son adjoint.",
            [("Il m’a dit “jamais”", True, 0), ("jamais", True, 1)],
        ),
    ],
    ids=["curly-mid-sentence", "curly-sentence-start", "curly-nested-in-guillemets"],
)
def test_curly_double_quotes(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Le maire a qualifié le projet de "irréaliste" hier.', ["irréaliste"]),
        ('"Nous reconstruirons", a assuré la préfète.', ["Nous reconstruirons"]),
        ('La préfète a assuré : "Nous reconstruirons".', ["Nous reconstruirons"]),
        ('Le rapport évoque " des éléments " troublants.', ["des éléments"]),
        ('Il a jugé l\'offre "ridicule" et même "dangereuse".', ["ridicule", "dangereuse"]),
        ('Le texte ("un compromis") a été adopté.', ["un compromis"]),
    ],
)
def test_straight_double_quotes(text, expected):
    assert inners(text) == expected


def test_nested_single_quotes_inside_guillemets_have_depth_1():
    text = "« L’Ukraine tiendra, aujourd’hui comme demain, et le ‘plan de paix’ n’y changera rien », a-t-il lancé."
    assert quotes(text) == [
        ("L’Ukraine tiendra, aujourd’hui comme demain, et le ‘plan de paix’ n’y changera rien", True, 0),
        ("plan de paix", True, 1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "L’Ukraine et la Moldavie ont signé aujourd’hui un accord.",
        "Il s’est dit prêt à l’entendre, qu’il pleuve ou qu’il vente.",
        "Les années ’90 ont laissé des traces dans l’armée.",
    ],
)
def test_apostrophes_are_not_quote_marks(text):
    assert quotes(text) == []


def test_apostrophes_inside_guillemets_do_not_break_the_quote():
    text = "Il a lancé « l’Ukraine ne cédera pas aujourd’hui » devant la presse."
    assert quotes(text) == [("l’Ukraine ne cédera pas aujourd’hui", True, 0)]


def test_single_curly_quotes_alone_are_a_quote():
    text = "Il cite la formule ‘pas un pouce’ de l’ancien ministre."
    assert quotes(text) == [("pas un pouce", True, 0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a souri » puis a parlé « franchement » aux journalistes.", ["franchement"]),
        ("« Nous tiendrons » », a-t-il répété.", ["Nous tiendrons"]),
        ("Le débat s’est tendu » sans raison.", []),
    ],
)
def test_stray_closing_guillemet_is_ignored(text, expected):
    assert inners(text) == expected
    assert all(closed for _, closed, _ in quotes(text))


def test_unclosed_quote_ends_at_its_paragraph_end():
    text = "Il a lancé « nous ne reculerons pas\nLe lendemain, le calme est revenu sur la ville."
    (q,) = find_quotes(text, QUOTE_PAIRS)
    assert q.closed is False
    assert text[q.inner_start : q.inner_end] == "nous ne reculerons pas"
    assert q.end == text.index("\n")


def test_unclosed_quote_never_swallows_the_next_paragraph_quote():
    text = "Il a lancé « nous ne reculerons pas\n\nLe préfet a répondu « avec fermeté » aux élus."
    assert quotes(text) == [
        ("nous ne reculerons pas", False, 0),
        ("avec fermeté", True, 0),
    ]


def test_unclosed_quote_at_the_end_of_the_text():
    text = "Première phrase.\nElle a conclu : « il faudra du temps"
    assert quotes(text) == [("il faudra du temps", False, 0)]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_quote_continued_in_next_paragraph_opening_with_guillemet_is_one_quote(gap):
    text = f"Il a lancé : « Nous ne reculerons pas.{gap}« Et nous tiendrons jusqu’au bout », a-t-il conclu."
    (q,) = find_quotes(text, QUOTE_PAIRS)
    assert q.closed is True
    assert q.depth == 0
    assert text[q.inner_start : q.inner_end] == f"Nous ne reculerons pas.{gap}« Et nous tiendrons jusqu’au bout"


def test_quote_continued_over_three_paragraphs_is_one_quote():
    text = "« Premier temps du discours,\n« deuxième temps,\n« et enfin la conclusion », a-t-il dit."
    (q,) = find_quotes(text, QUOTE_PAIRS)
    assert q.closed is True
    assert text[q.start] == "«" and q.start == 0
    assert text[q.inner_end - len("et enfin la conclusion") : q.inner_end] == "et enfin la conclusion"


def test_quote_continued_but_never_closed_ends_at_last_continued_paragraph():
    text = "« Premier temps du discours,\n« deuxième temps\nPuis il a quitté la salle."
    (q,) = find_quotes(text, QUOTE_PAIRS)
    assert q.closed is False
    assert text[q.inner_start : q.inner_end] == "Premier temps du discours,\n« deuxième temps"
    assert "quitté" not in text[q.start : q.end]


def test_multiple_quotes_in_one_sentence():
    text = "Il a jugé la situation « grave », la réponse « insuffisante » et dénoncé un « mensonge »."
    assert quotes(text) == [("grave", True, 0), ("insuffisante", True, 0), ("mensonge", True, 0)]


def test_nested_guillemets_inside_guillemets():
    text = "Selon lui, « il faut ‘tenir’ et « avancer » ensemble »."
    assert quotes(text) == [
        ("il faut ‘tenir’ et « avancer » ensemble", True, 0),
        ("tenir", True, 1),
        ("avancer", True, 1),
    ]


def test_quotes_are_sorted_by_start_outer_first():
    text = "« Un ‘deux’ trois » puis « quatre »."
    found = find_quotes(text, QUOTE_PAIRS)
    assert [q.start for q in found] == sorted(q.start for q in found)
    assert [q.depth for q in found] == [0, 1, 0]


def test_text_without_quotes_gives_nothing():
    assert find_quotes("Le conseil s’est réuni sans incident.\n\nAucune déclaration n’a été faite.", QUOTE_PAIRS) == []

def test_straight_quote_continued_in_next_paragraph_is_one_quote():
    text = 'Il a dit : "Nous ne reculerons pas.\n"Et nous tiendrons jusqu’au bout", a-t-il conclu.'
    assert quotes(text) == [('Nous ne reculerons pas.\n"Et nous tiendrons jusqu’au bout', True, 0)]


def test_unclosed_straight_quote_ends_at_its_paragraph_end():
    text = 'Il a dit : "nous ne reculerons pas\nLe calme est revenu, a "constaté" un témoin.'
    assert quotes(text) == [("nous ne reculerons pas", False, 0), ("constaté", True, 0)]


@pytest.mark.parametrize("pairs", [QUOTE_PAIRS, {"“": "”", '"': '"'}], ids=["guillemets", "english"])
def test_quote_closed_in_the_next_paragraph_without_repeating_its_mark(pairs):
    opener, closer = ("«", "»") if "«" in pairs else ('"', '"')
    text = f'Le coach a dit : {opener}Nous avons appris.\n\nCe fut une journée forte.{closer} Puis il est parti.'
    (q,) = find_quotes(text, pairs)
    assert text[q.inner_start:q.inner_end] == "Nous avons appris.\n\nCe fut une journée forte."
    assert q.closed


def test_a_paragraph_opening_another_quote_first_does_not_continue_the_open_one():
    text = "Il a lancé « nous ne reculerons pas\n\nLe préfet a répondu « avec fermeté » aux élus »."
    assert quotes(text)[0] == ("nous ne reculerons pas", False, 0)
