"""parse_markdown: front matter, title, images, inline markup, dates, language, errors."""
from __future__ import annotations

import pytest

from veille.errors import InputError
from veille.readers import parse_markdown

BODY = (
    "Le conseil municipal a voté jeudi soir un budget d'urgence pour les sinistrés des inondations. "
    "Les premières aides seront versées avant la fin du mois, a précisé l'adjointe chargée des finances.\n"
)


def md(front: str | None, body: str = BODY) -> str:
    return (f"---\n{front}\n---\n" if front is not None else "") + body


# --- front matter ---------------------------------------------------------


def test_front_matter_fields_are_read():
    doc = parse_markdown(
        md(
            "url: https://journal.example/politique/budget-urgence\n"
            "outlet: Le Journal du Fleuve\n"
            "published: 2025-02-12\n"
            "language: fr\n"
            'title: "Un budget d\'urgence pour les sinistrés"'
        ),
        "budget.md",
    )
    assert doc.url == "https://journal.example/politique/budget-urgence"
    assert doc.outlet == "Le Journal du Fleuve"
    assert doc.published == "2025-02-12"
    assert doc.language == "fr"
    assert doc.title == "Un budget d'urgence pour les sinistrés"
    assert doc.source == "budget.md"


def test_front_matter_is_not_part_of_the_text():
    doc = parse_markdown(md("outlet: Le Journal du Fleuve\npublished: 2025-02-12"))
    assert "outlet" not in doc.text
    assert "---" not in doc.text
    assert doc.text.startswith("Le conseil municipal a voté")


def test_front_matter_published_with_two_dates_takes_the_first():
    doc = parse_markdown(md("published: 2022-10-21 (intervention); 2022-10-25 (republication)"))
    assert doc.published == "2022-10-21"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-02-12", "2025-02-12"),
        ("12 février 2025", "2025-02-12"),
        ("2025-02-12T08:30:00+01:00", "2025-02-12"),
        ("1er mars 2024", "2024-03-01"),
    ],
)
def test_front_matter_published_formats(value, expected):
    assert parse_markdown(md(f"published: {value}")).published == expected


def test_front_matter_date_key_is_an_alias_of_published():
    assert parse_markdown(md("date: 2024-11-05")).published == "2024-11-05"


@pytest.mark.parametrize("value, expected", [("fr-FR", "fr"), ("French", "fr"), ("français", "fr"), ("en", "en")])
def test_front_matter_language_is_normalized(value, expected):
    assert parse_markdown(md(f"language: {value}")).language == expected


def test_unclosed_front_matter_is_v108():
    with pytest.raises(InputError) as exc:
        parse_markdown("---\nurl: https://journal.example/a\noutlet: Le Journal\n" + BODY, "ouvert.md")
    assert exc.value.code == "V108"
    assert str(exc.value).startswith("[V108] ouvert.md:")


# --- title ------------------------------------------------------------------


def test_title_from_heading_is_removed_from_text():
    doc = parse_markdown("# Crue historique dans la vallée\n\n" + BODY)
    assert doc.title == "Crue historique dans la vallée"
    assert "Crue historique" not in doc.text
    assert doc.text.startswith("Le conseil municipal")


def test_title_from_first_line_without_final_punctuation():
    doc = parse_markdown("La vallée se prépare à une nouvelle crue\n\n" + BODY)
    assert doc.title == "La vallée se prépare à une nouvelle crue"
    assert doc.text.startswith("Le conseil municipal")


@pytest.mark.parametrize(
    "first_line",
    [
        "Le fleuve est sorti de son lit dans la nuit.",
        "Le maire l'a répété : « Nous reconstruirons »",
        "Selon la préfecture, la décrue a commencé,",
    ],
)
def test_first_line_ending_with_punctuation_is_text_not_title(first_line):
    doc = parse_markdown(first_line + "\n\n" + BODY)
    assert doc.title is None
    assert doc.text.startswith(first_line)


def test_front_matter_title_wins_and_first_line_stays_in_text():
    doc = parse_markdown(md("title: Titre déclaré", "Une ligne sans point final\n\n" + BODY))
    assert doc.title == "Titre déclaré"
    assert doc.text.startswith("Une ligne sans point final")


def test_title_emphasis_is_reduced_to_text():
    doc = parse_markdown("# La **crue** du *siècle*\n\n" + BODY)
    assert doc.title == "La crue du siècle"


def test_later_headings_stay_in_text_without_hashes():
    doc = parse_markdown("# Titre principal\n\n" + BODY + "\n## Les réactions\n\nLes habitants restent inquiets.\n")
    assert "## " not in doc.text
    assert "Les réactions\n" in doc.text


# --- images -----------------------------------------------------------------


def test_markdown_image_line_dropped_url_kept():
    url = "https://media.example/photos/digue-rompue.jpg"
    doc = parse_markdown(f"Première phrase du récit.\n\n![La digue rompue]({url})\n\nSeconde phrase du récit.\n")
    assert doc.images == [url]
    assert "![" not in doc.text
    assert "digue-rompue" not in doc.text
    assert "La digue rompue" not in doc.text
    assert doc.text == "Première phrase du récit.\n\nSeconde phrase du récit."


def test_markdown_image_line_with_title_keeps_only_url():
    doc = parse_markdown('![Vue aérienne](https://media.example/vue.png "Crédit : drone")\n\n' + BODY)
    assert doc.images == ["https://media.example/vue.png"]
    assert "Crédit" not in doc.text


def test_markdown_inline_image_removed_url_kept():
    doc = parse_markdown("Le pont ![pont](https://media.example/pont.jpg) a cédé dans la nuit.\n")
    assert doc.images == ["https://media.example/pont.jpg"]
    assert "![" not in doc.text and "pont.jpg" not in doc.text
    assert doc.text.startswith("Le pont") and doc.text.endswith("a cédé dans la nuit.")


# --- inline markup ----------------------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Le préfet a **fermement** démenti.", "Le préfet a fermement démenti."),
        ("Le préfet a __fermement__ démenti.", "Le préfet a fermement démenti."),
        ("Le préfet a *fermement* démenti.", "Le préfet a fermement démenti."),
        ("Le préfet a _fermement_ démenti.", "Le préfet a fermement démenti."),
        ("Le rapport de *l'inspection générale* est accablant.", "Le rapport de l'inspection générale est accablant."),
        ("Lire [le communiqué](https://pref.example/communique) de la préfecture.", "Lire le communiqué de la préfecture."),
        (
            'Voir [la chronologie](https://wiki.example/Crue_(2025) "archive") complète.',
            "Voir la chronologie complète.",
        ),
        ("Le **[rapport](https://pref.example/r)** est publié.", "Le rapport est publié."),
    ],
)
def test_emphasis_and_links_reduced_to_their_text(line, expected):
    assert parse_markdown(line + "\n").text == expected


@pytest.mark.parametrize(
    "line",
    [
        "Le fichier rapport_final_v2 a été transmis.",
        "Un calcul de 2*3*4 unités a été présenté.",
    ],
)
def test_underscores_and_stars_inside_words_are_kept(line):
    assert parse_markdown(line + "\n").text == line


# --- publication date from URLs ---------------------------------------------


def test_published_from_unix_time_in_image_filename_matching_folder():
    doc = parse_markdown(
        "![photo](https://x.example/wp-content/uploads/2025/02/1739375831_a.jpg)\n\n" + BODY
    )
    assert doc.published == "2025-02-12"


def test_published_from_unix_time_ignored_when_folder_disagrees():
    # 1739375831 is 2025-02-12, but the folder says March 2025.
    doc = parse_markdown(
        "![photo](https://x.example/wp-content/uploads/2025/03/1739375831_a.jpg)\n\n" + BODY
    )
    assert doc.published is None


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/2025-02-12-inondations-vallee.html",
        "https://x.example/actualite/2025/02/12/inondations-vallee",
    ],
)
def test_published_from_full_date_in_front_matter_url(url):
    assert parse_markdown(md(f"url: {url}")).published == "2025-02-12"


def test_published_from_full_date_in_image_url():
    doc = parse_markdown("![photo](https://cdn.example/img/2025-02-12_digue.jpg)\n\n" + BODY)
    assert doc.published == "2025-02-12"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/wp-content/uploads/2025/02/digue.jpg",
        "https://x.example/actualite/2025/02/inondations-vallee",
    ],
)
def test_published_month_only_url_gives_none(url):
    assert parse_markdown(f"![photo]({url})\n\n" + BODY).published is None


def test_front_matter_date_wins_over_url_date():
    doc = parse_markdown(
        md("published: 2025-02-10\nurl: https://x.example/2025-02-12-inondations.html")
    )
    assert doc.published == "2025-02-10"


def test_no_date_anywhere_gives_none():
    assert parse_markdown(BODY).published is None


# --- language ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (BODY, "fr"),
        (
            "The city council voted on Thursday evening for an emergency budget for flood victims. "
            "The first payments will be made before the end of the month, the deputy mayor said.\n",
            "en",
        ),
    ],
)
def test_language_detected_when_not_declared(text, expected):
    assert parse_markdown(text).language == expected


def test_declared_language_wins_over_detection():
    assert parse_markdown(md("language: en")).language == "en"


# --- errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n   \n",
        "---\nurl: https://journal.example/a\ntitle: Rien\n---\n",
        "# Seulement un titre\n",
        "![photo](https://media.example/a.jpg)\n",
    ],
)
def test_empty_body_is_v105(text):
    with pytest.raises(InputError) as exc:
        parse_markdown(text, "vide.md")
    assert exc.value.code == "V105"
    assert exc.value.source == "vide.md"


def test_crlf_line_endings_are_normalized():
    doc = parse_markdown("Titre sans point\r\n\r\nLe maire a parlé.\r\nIl a promis des aides.\r\n")
    assert doc.title == "Titre sans point"
    assert doc.text == "Le maire a parlé.\nIl a promis des aides."


def test_a_single_line_is_the_text_not_a_title():
    doc = parse_markdown("Le Kremlin a déclaré que la Russie ne céderait rien…")
    assert doc.text == "Le Kremlin a déclaré que la Russie ne céderait rien…" and doc.title is None
    with pytest.raises(Exception, match="V105"):
        parse_markdown("# Un titre seul\n")
