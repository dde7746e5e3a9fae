"""The analyst's desk without a browser: the events table and its downloads
agree with the API, the filter bar keeps its values, anchors exist, entity
pages list the events the entity takes part in, search folds spellings."""
from __future__ import annotations

import csv
import io
import re

import pytest


def ids_on_page(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr data-event-id="(\d+)"', html)]


@pytest.mark.parametrize("query", ["", "type=attack", "type=attack&from=2025-02-13&to=2025-02-13",
                                   "place=Kharkov&sort=date&dir=asc", "outlet=autre", "weapon=drone&language=fr"])
def test_events_page_shows_what_the_api_and_the_csv_give(client, query):
    page = client.get(f"/events?{query}")
    assert page.status_code == 200
    api = client.get(f"/api/events?{query}").json()["items"]
    assert ids_on_page(page.text) == [e["id"] for e in api]
    csv_link = re.search(r'<a id="csv" href="([^"]+)"', page.text).group(1).replace("&amp;", "&")
    rows = list(csv.DictReader(io.StringIO(client.get(csv_link).text)))
    assert [int(r["id"]) for r in rows] == [e["id"] for e in api]
    json_link = re.search(r'<a id="json" href="([^"]+)"', page.text).group(1).replace("&amp;", "&")
    assert [e["id"] for e in client.get(json_link).json()["items"]] == [e["id"] for e in api]


def test_events_in_words_with_their_evidence(client):
    html = client.get("/events?type=attack").text
    assert "55 drones launched, 50 shot down, 3 jammed" in html
    assert "Russia → Ukraine" in html
    assert "Des drones ont visé Kharkiv dans la nuit." in html
    (row,) = [r for r in csv.DictReader(io.StringIO(client.get("/api/events.csv?from=2025-02-13").text))]
    assert row["figures"] == "55 drones launched, 50 shot down, 3 jammed" and row["region"] == "Kharkiv Oblast"
    assert row["evidence"] == "Des drones ont visé Kharkiv dans la nuit."


def test_the_filter_bar_keeps_its_values_on_events_timeline_and_map(client):
    for path in ("/events", "/timeline", "/map"):
        html = client.get(f"{path}?from=2025-02-01&place=Kharkiv&language=fr").text
        assert 'name="from" value="2025-02-01"' in html and 'name="place" value="Kharkiv"' in html, path
        assert '<option value="fr" selected>' in html, path


@pytest.mark.parametrize("query,field", [("sort=evidence", "sort"), ("type=war", "type"), ("from=2025-02-30", "from"),
                                         ("check=maybe", "check"), ("from=2025-03-01&to=2025-02-01", "from")])
def test_a_bad_filter_is_refused_naming_it(client, query, field):
    r = client.get(f"/events?{query}")
    assert r.status_code == 422 and field in r.text


def test_empty_form_fields_are_no_filter(client):
    html = client.get("/events?type=&from=&to=&place=&weapon=&outlet=&language=&check=").text
    assert ids_on_page(html) == [e["id"] for e in client.get("/api/events").json()["items"]]


def test_the_timeline_and_map_apis_take_the_same_filters(client):
    assert [p["date"] for p in client.get("/api/timeline?outlet=autre").json()["points"]] == ["2025-02-13"]
    assert client.get("/api/places?language=en").json()["places"] == []
    assert client.get("/api/timeline?language=xx").status_code == 422


def test_event_anchors_on_the_article_page(client):
    html = client.get("/documents/plain").text
    assert re.search(r'<span [^>]*data-ev="V1"[^>]* id="V1"', html)


def test_entity_page_lists_the_events_it_takes_part_in(client):
    place = client.get("/api/entities", params={"type": "place"}).json()["items"][0]
    html = client.get(f"/entities/{place['id']}").text
    assert len(ids_on_page(html)) == 2 and html.count("<td>place</td>") == 2
    person = client.get("/api/entities", params={"type": "person"}).json()["items"][0]
    assert ids_on_page(client.get(f"/entities/{person['id']}").text) == []


def test_search_folds_place_spellings(client):
    html = client.get("/search?q=Kharkov").text
    assert re.search(r'<a href="/entities/\d+">Kharkiv</a>', html)
    assert "kharkiv" in html  # the spellings searched are said
    assert client.get("/api/statements?search=Kharkov").status_code == 200


def test_comparisons_page_says_its_period_in_words(client):
    html = client.get("/comparisons?from=2025-02-01").text
    assert "From 2025-02-01 on" in html and "None" not in html
    assert "All dates" in client.get("/comparisons?all=true").text


def test_every_page_says_what_it_shows_and_home_links_the_desk(client):
    home = client.get("/").text
    for link in ('href="/events"', 'href="/records"', 'href="/timeline"', 'href="/map"'):
        assert link in home.split("<main>")[1], link
    for path in ("/events", "/speakers", "/search?q=x", "/comparisons", "/entities/1"):
        assert 'class="about"' in client.get(path).text, path
