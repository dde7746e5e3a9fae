"""Stories across languages: a French article re-reporting an English one is
linked to it (`translation_of`), and `compare` flags a figure changed in
translation. Hand-made records of an invented story, in both languages."""
from __future__ import annotations

import pytest

from veille.store import open_store, query
from veille.store.ingest import write_record

PESKOV = {"type": "person", "key": "person:dmitry peskov"}
CHAUS = {"type": "person", "key": "person:vyacheslav chaus"}
CHERNIHIV = {"type": "place", "key": "place:chernihiv:UA",
             "geo": {"lat": 51.5, "lon": 31.3, "country": "UA", "admin1": "Chernihiv Oblast"}}
AIR_FORCE = {"type": "organization", "key": "organization:ukrainian air force"}
ODESA = {"type": "place", "key": "place:odesa:UA"}


def entities(*found: tuple[dict, str]) -> list[dict]:
    return [{"id": f"E{n}", "name": name, "aliases": [], "mentions": [[0, 1]], **e} for n, (e, name) in enumerate(found, 1)]


def attack(date: str, ballistic: int, drones: int, down: int, place: str = "Chernihiv") -> dict:
    return {"id": "V1", "type": "attack", "date": date, "places": [place], "attacker": "Russia", "target": "Ukraine",
            "reported_by": "Ukrainian Air Force", "evidence": [[0, 10]],
            "weapons": [{"category": "ballistic_missile", "model": None, "launched": ballistic, "intercepted": None,
                         "suppressed": None, "hit": None},
                        {"category": "drone", "model": None, "launched": drones, "intercepted": down,
                         "suppressed": None, "hit": None}]}


def casualties(date: str, killed: int, injured: int, place: str = "Chernihiv") -> dict:
    return {"id": "V2", "type": "casualties", "date": date, "place": place, "group": "civilian", "killed": killed,
            "injured": injured, "evidence": [[0, 10]]}


def record(doc_id: str, language: str, published: str, text: str, events: list, found: list) -> dict:
    return {"schema": "veille/1",
            "document": {"id": doc_id, "source": f"{doc_id}.md", "url": None, "outlet": f"Outlet {doc_id}",
                         "title": f"Title {doc_id}", "language": language, "published": published, "text": text},
            "entities": entities(*found), "statements": [], "events": events, "quantities": []}


def english(doc_id="en1", published="2025-03-04", ballistic=7):
    return record(doc_id, "en", published,
                  "Russia launched seven ballistic missiles and 84 drones at Ukraine overnight, the Ukrainian Air "
                  "Force said. In Chernihiv, two people were killed, Governor Vyacheslav Chaus said. Kremlin "
                  "spokesman Dmitry Peskov declined to comment.",
                  [attack("2025-03-04", ballistic, 84, 62), casualties("2025-03-04", 2, 11)],
                  [(AIR_FORCE, "Ukrainian Air Force"), (CHERNIHIV, "Chernihiv"), (CHAUS, "Vyacheslav Chaus"),
                   (PESKOV, "Dmitry Peskov")])


def french(doc_id="fr1", published="2025-03-05", ballistic=6):
    return record(doc_id, "fr", published,
                  "La Russie a lancé six missiles balistiques et 84 drones contre l'Ukraine dans la nuit, selon "
                  "l'armée de l'air ukrainienne. À Tchernihiv, deux personnes ont été tuées, a indiqué le gouverneur "
                  "Viatcheslav Tchaous. Le porte-parole du Kremlin, Dmitri Peskov, n'a pas commenté.",
                  [attack("2025-03-04", ballistic, 84, 62), casualties("2025-03-04", 2, 11)],
                  [(AIR_FORCE, "Ukrainian Air Force"), (CHERNIHIV, "Chernihiv"), (CHAUS, "Viatcheslav Tchaous"),
                   (PESKOV, "Dmitri Peskov")])


def other_story(doc_id="fr2", published="2025-03-04"):
    """The same day, in French, another story: only Peskov in common."""
    return record(doc_id, "fr", published, "Un tout autre récit, à Odessa, sur les négociations et le port.",
                  [casualties("2025-03-04", 5, 3, place="Odesa")], [(ODESA, "Odesa"), (PESKOV, "Dmitri Peskov")])


@pytest.fixture
def store(db_url):
    s = open_store(db_url)
    yield s
    s.close()


def links(store) -> dict[str, str | None]:
    return {r["id"]: r["translation_of"] for r in store.query("SELECT id, translation_of FROM documents")}


def test_a_french_re_report_is_linked_to_the_english_original(store):
    assert write_record(store, english()) == "added"
    assert write_record(store, other_story()) == "added"
    assert write_record(store, french()) == "translation"
    assert links(store) == {"en1": None, "fr2": None, "fr1": "en1"}
    (row,) = store.query("SELECT translation_similarity FROM documents WHERE id = 'fr1'")
    assert 0.5 <= row["translation_similarity"] < 1  # 7 vs 6 ballistic missiles: not every key in common
    assert query.document_links(store, "en1")["translations"] == ["fr1"]
    assert query.stats(store)["translations"] == 1


def test_the_later_article_points_to_the_earlier_whatever_the_order_written(store):
    write_record(store, french(published="2025-03-05"))
    assert write_record(store, english(published="2025-03-04")) == "translation"
    assert links(store) == {"fr1": "en1", "en1": None}


@pytest.mark.parametrize("published", ["2025-03-07", None])
def test_no_link_two_days_apart_or_undated(store, published):
    write_record(store, english())
    assert write_record(store, french(published=published)) == "added"
    assert links(store) == {"en1": None, "fr1": None}


def test_no_link_within_one_language_nor_between_different_stories(store):
    write_record(store, french())
    same_story = french("fr3", published="2025-03-04")
    same_story["document"]["text"] = "Un autre journal français raconte la même nuit, avec ses propres mots."
    assert write_record(store, same_story) == "added"  # the same story in the same language: not a translation
    write_record(store, english("en2", published="2025-03-04"))
    assert write_record(store, other_story("fr4", published="2025-03-04")) == "added"
    assert links(store)["fr4"] is None and links(store)["fr3"] is None


def test_compare_flags_a_figure_changed_in_translation(store):
    write_record(store, english())
    write_record(store, french())
    groups = {g["type"]: g for g in query.compare(store)}
    attack_group = groups["attack"]
    assert attack_group["cross_language"] and attack_group["languages"] == ["en", "fr"]
    assert attack_group["translation_changed"]
    assert attack_group["changed_in_translation"] == {"ballistic_missile.launched": [{
        "original": "en1", "original_language": "en", "original_value": 7,
        "translation": "fr1", "translation_language": "fr", "translation_value": 6}]}
    assert {s["language"]: s["figures"]["ballistic_missile.launched"] for s in attack_group["sources"]} == {"en": 7, "fr": 6}
    casualty_group = groups["casualties"]  # the same figures in both: nothing changed
    assert casualty_group["cross_language"] and not casualty_group["translation_changed"]


def test_compare_without_translation_link_flags_nothing_in_translation(store):
    write_record(store, english())
    write_record(store, french(published="2025-03-07"))  # too far apart to be linked; the events still group
    (attack_group,) = [g for g in query.compare(store) if g["type"] == "attack"]
    assert attack_group["differs"] and attack_group["cross_language"] and not attack_group["translation_changed"]


def test_compare_by_language_and_across_languages_only(store):
    write_record(store, english())
    write_record(store, french())
    write_record(store, french("fr3", published="2025-03-04", ballistic=5))
    assert query.compare(store, language="en") == []
    assert all(g["languages"] == ["fr"] for g in query.compare(store, language="fr"))
    assert all(g["cross_language"] for g in query.compare(store, cross_language=True))


def test_queries_filter_by_language(store):
    write_record(store, english())
    write_record(store, french())
    assert {r["document_id"] for r in query.events(store, language="en")} == {"en1"}
    assert [d["id"] for d in query.documents(store, language="fr")] == ["fr1"]
    people = {e["key"]: e["documents"] for e in query.entities(store, type="person", language="en")}
    assert people == {"person:vyacheslav chaus": 1, "person:dmitry peskov": 1}  # one entity per person, both languages
    assert {e["documents"] for e in query.entities(store, type="person")} == {2}


def _make_version_1(store) -> None:
    """Take a ledger back to schema version 1 (before translations)."""
    with store.transaction():
        store.execute("DROP INDEX documents_translation_of_published")
        for table, column in (("documents", "translation_of"), ("documents", "translation_similarity"),
                              ("runs", "translations")):
            store.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        store.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")


def test_a_version_1_ledger_is_upgraded_in_place(db_url):
    from veille.errors import StoreError

    with open_store(db_url) as store:
        write_record(store, english())
        _make_version_1(store)
    with pytest.raises(StoreError, match=r"\[V305\].*schema version 1"):
        open_store(db_url, create=False, readonly=True)
    with open_store(db_url) as store:  # what `veille ingest` does
        assert store.scalar("SELECT value FROM meta WHERE key = 'schema_version'") == "2"
        assert write_record(store, french()) == "translation"
        assert links(store) == {"en1": None, "fr1": "en1"}
    with open_store(db_url, create=False, readonly=True) as store:
        assert query.document_links(store, "fr1")["translation_of"] == "en1"
