"""Queries and source comparison over a small ledger of hand-made records."""
from __future__ import annotations

import pytest

from veille.store import open_store, query
from veille.store.ingest import write_record


def record(doc_id, text, published, statements=(), events=(), entities=(), outlet="Outlet", url=None):
    return {"schema": "veille/1",
            "document": {"id": doc_id, "source": f"{doc_id}.md", "url": url or f"https://{outlet.lower()}.example/{doc_id}",
                         "outlet": outlet, "title": f"Title {doc_id}", "language": "fr", "published": published,
                         "text": text},
            "entities": list(entities), "statements": list(statements), "events": list(events), "quantities": []}


PESKOV = {"id": "E1", "name": "Dmitri Peskov", "type": "person", "aliases": ["Peskov"], "mentions": [[0, 13]],
          "key": "person:dmitry peskov"}
KYIV = {"id": "E2", "name": "Kyiv", "type": "place", "aliases": ["Kiev"], "mentions": [[40, 44]], "key": "place:kyiv:UA",
        "geo": {"lat": 50.45, "lon": 30.52, "country": "UA", "admin1": "Kyiv City"}}


def statement(sid, text, speaker, entity=None, date=None):
    return {"id": sid, "kind": "direct", "text": text, "span": [0, len(text)], "speaker": speaker,
            "speaker_entity": entity, "speaker_span": None, "cue": "déclarer", "cue_span": None, "date": date}


def attack(vid, date, launched, intercepted, places=("Kyiv",)):
    return {"id": vid, "type": "attack", "date": date, "places": list(places), "attacker": "Russia",
            "target": "Ukraine", "reported_by": "Ukrainian Air Force", "evidence": [[0, 10]],
            "weapons": [{"category": "drone", "model": None, "launched": launched, "intercepted": intercepted,
                         "suppressed": None, "hit": None}]}


@pytest.fixture
def ledger(db_url):
    store = open_store(db_url)
    write_record(store, record("a1", "Dmitri Peskov a parlé du territoire et de Kiev ce matin.", "2025-02-12",
                               statements=[statement("S1", "Le territoire n'est pas négociable", "Dmitri Peskov", "E1",
                                                     "2025-02-12")],
                               events=[attack("V1", "2025-02-12", 123, 71)], entities=[PESKOV, KYIV], outlet="Alpha"))
    write_record(store, record("b2", "Autre récit de la nuit à Kiev, avec des chiffres différents, tout à fait.",
                               "2025-02-12", statements=[statement("S1", "Nous répondrons", "Peskov", "E1",
                                                                   "2025-01-20")],
                               events=[attack("V1", "2025-02-12", 123, 70)],
                               entities=[{**PESKOV, "name": "Peskov", "key": "person:peskov"}, KYIV], outlet="Beta"))
    write_record(store, record("c3", "Un article sur une autre nuit à Odessa, sans rapport avec les autres textes.",
                               "2025-03-01", events=[attack("V1", "2025-03-01", 40, 30, ("Odesa",))], outlet="Gamma"))
    yield store
    store.close()


def test_statements_filter_by_speaker_date_and_words(ledger):
    rows = query.statements(ledger, speaker="peskov")
    assert [r["document_id"] for r in rows] == ["a1", "b2"]
    assert [r["document_id"] for r in query.statements(ledger, speaker="Peskov", since="2025-02-01")] == ["a1"]
    assert [r["document_id"] for r in query.statements(ledger, search="territoire")] == ["a1"]
    assert query.statements(ledger, search="inexistant") == []


def test_surname_only_speaker_joins_the_full_name_across_articles(ledger):
    rows = query.statements(ledger, speaker="Peskov")
    assert len({r["speaker_entity_id"] for r in rows}) == 1
    assert {r["speaker_name"] for r in rows} == {"Dmitri Peskov"}


def test_events_filter_by_type_dates_place_and_weapon(ledger):
    assert len(query.events(ledger, type="attack")) == 3
    feb = query.events(ledger, type="attack", date_from="2025-02-01", date_to="2025-02-28")
    assert {r["document_id"] for r in feb} == {"a1", "b2"}
    assert feb[0]["weapons"][0]["category"] == "drone"
    assert [r["document_id"] for r in query.events(ledger, place="odesa")] == ["c3"]
    assert len(query.events(ledger, weapon="drone")) == 3 and query.events(ledger, weapon="cruise_missile") == []


def test_entities_are_canonical_across_articles(ledger):
    people = query.entities(ledger, type="person")
    assert [(p["name"], p["documents"], p["statements"]) for p in people] == [("Dmitri Peskov", 2, 2)]
    kyiv = query.entities(ledger, search="kyiv")[0]
    assert kyiv["documents"] == 2 and kyiv["lat"] == pytest.approx(50.45)


def test_compare_groups_one_night_from_two_sources_and_flags_the_difference(ledger):
    groups = query.compare(ledger)
    assert len(groups) == 1
    g = groups[0]
    assert g["differs"] and g["date"] == "2025-02-12"
    assert {s["outlet"] for s in g["sources"]} == {"Alpha", "Beta"}
    assert g["differences"] == {"drone.intercepted": {"70": ["b2"], "71": ["a1"]}}


def test_stats_counts(ledger):
    s = query.stats(ledger)
    assert (s["documents"], s["statements"], s["events"], s["weapons"]) == (3, 2, 3, 3)
    assert s["events_by_type"] == {"attack": 3}
