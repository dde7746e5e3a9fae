"""Two languages in the web UI and the API: the article text carries its
`lang`, lists show the language, routes filter by it (a 422 for a code
veille does not read), and a story told in both languages shows the figure
that changed in translation. Hand-made records, no model needed."""
from __future__ import annotations

import json
import re

import pytest

CHERNIHIV = {"type": "place", "key": "place:chernihiv:UA"}
PEOPLE = [{"type": "person", "key": "person:dmitry peskov"}, {"type": "person", "key": "person:vyacheslav chaus"},
          {"type": "organization", "key": "organization:ukrainian air force"}, CHERNIHIV]


def story(doc_id: str, language: str, published: str, text: str, ballistic: int) -> dict:
    entities = [{"id": f"E{n}", "name": e["key"].split(":")[1].title(), "aliases": [], "mentions": [[0, 5]], **e}
                for n, e in enumerate(PEOPLE, 1)]
    attack = {"id": "V1", "type": "attack", "date": "2025-03-04", "places": ["Chernihiv"], "attacker": "Russia",
              "target": "Ukraine", "reported_by": "Ukrainian Air Force", "evidence": [[0, 20]],
              "weapons": [{"category": "ballistic_missile", "model": None, "launched": ballistic, "intercepted": None,
                           "suppressed": None, "hit": None},
                          {"category": "drone", "model": None, "launched": 84, "intercepted": 62, "suppressed": None,
                           "hit": None}]}
    statement = {"id": "S1", "kind": "indirect", "text": text[6:30], "span": [6, 30], "speaker": "Dmitry Peskov",
                 "speaker_entity": "E1", "speaker_span": [0, 5], "cue": "say", "cue_span": None, "date": published}
    return {"schema": "veille/1",
            "document": {"id": doc_id, "source": f"{doc_id}.md", "url": None, "outlet": f"Outlet {language}",
                         "title": f"Chernihiv ({language})", "language": language, "published": published,
                         "text": text},
            "entities": entities, "statements": [statement], "events": [attack], "quantities": []}


RECORDS = [
    story("herald", "en", "2025-03-04", "Peskov said that Moscow only targeted military sites in Chernihiv, "
          "after seven ballistic missiles and 84 drones were launched overnight.", 7),
    story("quotidien", "fr", "2025-03-05", "Peskov a affirmé que Moscou ne visait que des cibles militaires à "
          "Tchernihiv, après le lancement de six missiles balistiques et de 84 drones.", 6),
]


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    from fastapi.testclient import TestClient

    from veille.store import ingest
    from veille.web.app import create_app

    folder = tmp_path_factory.mktemp("bilingual")
    path = folder / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    run = ingest([path], folder / "veille.db")
    assert (run.added, run.translations) == (2, 1), run.summary()
    return TestClient(create_app(str(folder / "veille.db")))


@pytest.mark.parametrize("doc_id, language", [("herald", "en"), ("quotidien", "fr")])
def test_article_text_carries_its_language(bilingual, doc_id, language):
    html = bilingual.get(f"/documents/{doc_id}").text
    assert re.search(rf'<div class="text" id="text" lang="{language}">', html)
    assert re.search(rf'<h1 lang="{language}">', html)


def test_article_links_the_translation_both_ways(bilingual):
    assert 'href="/documents/herald">an article in another language</a>' in bilingual.get("/documents/quotidien").text
    assert 'href="/documents/quotidien">translated or re-reported</a>' in bilingual.get("/documents/herald").text


def test_home_lists_the_language_and_filters_by_it(bilingual):
    html = bilingual.get("/").text
    assert re.findall(r'<td class="lang">(\w+)</td>', html) == ["fr", "en"]
    english = bilingual.get("/", params={"language": "en"}).text
    assert re.findall(r'<td class="lang">(\w+)</td>', english) == ["en"]
    assert bilingual.get("/", params={"language": "de"}).status_code == 400


@pytest.mark.parametrize("route", ["documents", "statements", "events", "entities", "comparisons"])
def test_api_routes_filter_by_language(bilingual, route):
    params = {"language": "en"} | ({"from": "2025-03-01", "to": "2025-03-31"} if route == "comparisons" else {})
    items = bilingual.get(f"/api/{route}", params=params).json()["items"]
    if route == "comparisons":
        assert items == []  # no group with two English sources
    elif route == "entities":
        assert {e["documents"] for e in items} == {1}
    else:
        assert items and {i["language"] for i in items} == {"en"}


@pytest.mark.parametrize("route", ["documents", "statements", "events", "entities", "comparisons"])
def test_api_refuses_a_language_veille_does_not_read(bilingual, route):
    r = bilingual.get(f"/api/{route}", params={"language": "de"})
    assert r.status_code == 422
    error = r.json()["error"]
    assert error["code"] == 422 and "language" in error["message"] and "'en'" in error["message"]


def test_comparisons_show_the_figure_changed_in_translation(bilingual):
    params = {"from": "2025-03-01", "to": "2025-03-31", "cross_language": "true"}
    (group,) = bilingual.get("/api/comparisons", params=params).json()["items"]
    assert group["translation_changed"] and group["languages"] == ["en", "fr"]
    html = bilingual.get("/comparisons", params={"from": "2025-03-01", "to": "2025-03-31"}).text
    assert "a figure changed in translation" in html
    assert "ballistic_missile.launched 7 (en) became 6 (fr)" in html
