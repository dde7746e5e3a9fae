"""parse_html on small hand-written pages."""
from __future__ import annotations

import pytest

from veille.errors import InputError
from veille.readers import parse_html

PARAGRAPHS = [
    "Les autorités de la ville ont ordonné mardi l'évacuation de plusieurs quartiers proches de la ligne "
    "de front, où les bombardements se sont intensifiés depuis le début de la semaine.",
    "« La sécurité des civils passe avant tout », a expliqué le gouverneur de la région lors d'un point "
    "presse, précisant que des bus avaient été affrétés pour les familles.",
    "Plus de trois mille personnes ont déjà quitté leur domicile, selon un décompte provisoire des services "
    "de secours, qui redoutent de nouvelles frappes dans les prochains jours.",
]
CANONICAL = "https://gazette.example/international/evacuations-front"


def page(
    *,
    head_extra: str = "",
    title: str = "Évacuations massives près du front",
    site: str | None = "La Gazette de l'Est",
    published: str | None = "2025-02-12T08:00:00Z",
    canonical: str | None = CANONICAL,
    body_extra: str = "",
    lang: str | None = "fr",
    paragraphs: list[str] = PARAGRAPHS,
) -> str:
    head = [f"<title>{title}</title>", '<meta charset="utf-8">']
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    paras = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    lang_attr = f' lang="{lang}"' if lang else ""
    return (
        f"<!DOCTYPE html>\n<html{lang_attr}><head>{''.join(head)}{head_extra}</head><body>"
        '<nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>'
        f"<article>{paras}{body_extra}</article>"
        "<footer>© La Gazette de l'Est</footer></body></html>"
    )


def test_html_article_text_has_every_paragraph_in_order():
    doc = parse_html(page(), "evacuations.html")
    positions = [doc.text.find(p) for p in PARAGRAPHS]
    assert all(pos >= 0 for pos in positions), doc.text
    assert positions == sorted(positions)


def test_html_text_leaves_out_markup_navigation_and_footer():
    doc = parse_html(page())
    assert "<p>" not in doc.text and "<" not in doc.text
    assert "Accueil" not in doc.text
    assert "©" not in doc.text


def test_html_metadata_title_outlet_published_url():
    doc = parse_html(page(), "evacuations.html")
    assert doc.title == "Évacuations massives près du front"
    assert doc.outlet == "La Gazette de l'Est"
    assert doc.published == "2025-02-12"
    assert doc.url == CANONICAL
    assert doc.source == "evacuations.html"


def test_html_language_from_lang_attribute():
    assert parse_html(page(lang="fr-FR")).language == "fr"


def test_html_language_detected_without_lang_attribute():
    assert parse_html(page(lang=None)).language == "fr"


def test_html_url_argument_used_without_canonical_link():
    doc = parse_html(page(canonical=None), url="https://donne.example/article")
    assert doc.url == "https://donne.example/article"


def test_html_missing_metadata_is_none():
    doc = parse_html(page(site=None, published=None, canonical=None))
    assert doc.outlet is None
    assert doc.published is None
    assert doc.url is None


def test_html_image_urls_are_kept():
    img = "https://gazette.example/media/bus-evacuation.jpg"
    doc = parse_html(page(body_extra=f'<img src="{img}" alt="Un bus">'))
    assert img in doc.images


def test_html_published_from_full_date_in_canonical_url():
    doc = parse_html(page(published=None, canonical="https://gazette.example/2025/02/12/evacuations-front"))
    assert doc.published == "2025-02-12"


def test_html_published_from_unix_time_in_image_filename():
    img = "https://gazette.example/wp-content/uploads/2025/02/1739375831_bus.jpg"
    doc = parse_html(page(published=None, canonical=None, body_extra=f'<img src="{img}">'))
    assert doc.published == "2025-02-12"


@pytest.mark.parametrize(
    "canonical, img",
    [
        (None, "https://gazette.example/wp-content/uploads/2025/02/bus.jpg"),
        ("https://gazette.example/2025/02/evacuations-front", None),
    ],
)
def test_html_published_month_only_url_gives_none(canonical, img):
    extra = f'<img src="{img}">' if img else ""
    doc = parse_html(page(published=None, canonical=canonical, body_extra=extra))
    assert doc.published is None


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>Vide</title></head><body></body></html>",
        "<html><head><title>Vide</title></head><body>   \n  </body></html>",
        "<html><head><title>Vide</title><meta property='og:site_name' content='X'></head><body><div></div></body></html>",
        "<html><head><title>Vide</title><style>p { color: red; }</style></head></html>",
        "",
    ],
)
def test_html_page_without_body_text_is_v105(html):
    with pytest.raises(InputError) as exc:
        parse_html(html, "vide.html")
    assert exc.value.code == "V105"
    assert str(exc.value).startswith("[V105] vide.html: ")


@pytest.mark.parametrize(
    "html",
    [
        "<html><head><title>La Gazette</title></head><body><header><nav><a href='/'>Accueil</a> "
        "<a href='/monde'>Monde</a> <a href='/politique'>Politique</a></nav></header></body></html>",
        "<html><head><title>La Gazette</title></head><body><nav><ul><li><a href='/'>Accueil</a></li>"
        "<li><a href='/monde'>Monde</a></li></ul></nav></body></html>",
    ],
)
def test_html_page_with_only_navigation_is_v105(html):
    with pytest.raises(InputError) as exc:
        parse_html(html, "menu.html")
    assert exc.value.code == "V105"
