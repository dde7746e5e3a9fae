"""What the analyst's desk asks the ledger: events by night, side and place
in any spelling, who takes part in an event, figures in words."""
from __future__ import annotations

import pytest
from test_query import KYIV, record

from veille import describe
from veille.store import open_store, query
from veille.store.ingest import write_record

KHARKIV = {"id": "E3", "name": "Kharkiv", "type": "place", "aliases": [], "mentions": [[0, 7]],
           "key": "place:kharkiv:UA", "geo": {"lat": 49.98, "lon": 36.25, "country": "UA", "admin1": "Kharkiv Oblast"}}
BELGOROD = {"id": "E4", "name": "Belgorod Oblast", "type": "place", "aliases": [], "mentions": [[0, 8]],
            "key": "place:belgorod oblast:RU", "geo": {"lat": 50.6, "lon": 36.6, "country": "RU",
                                                       "admin1": "Belgorod Oblast"}}


def attack(vid, date, weapons, places=("Kyiv",), reported_by="Ukrainian Air Force", attacker="Russia",
           target="Ukraine"):
    return {"id": vid, "type": "attack", "date": date, "places": list(places), "attacker": attacker,
            "target": target, "reported_by": reported_by, "evidence": [[0, 10]], "weapons": weapons}


def drones(launched=None, intercepted=None, suppressed=None, qualifiers=None):
    w = {"category": "drone", "model": None, "launched": launched, "intercepted": intercepted,
         "suppressed": suppressed, "hit": None}
    return w | ({"qualifiers": qualifiers} if qualifiers else {})


WORDS = ("Les sirènes ont retenti toute la nuit au-dessus de la capitale ukrainienne.",
         "Le ministère a publié un bilan dans la matinée, sans autre détail.",
         "Des habitants ont passé la nuit dans les stations de métro du centre.",
         "Selon les autorités régionales, plusieurs immeubles ont été touchés.",
         "La défense aérienne a été active dans plusieurs régions du pays.",
         "Un entrepôt a pris feu après la chute de débris près de la gare.",
         "Le gouvernement a annoncé une nouvelle enveloppe lors d'une conférence.",
         "Les secours ont travaillé jusqu'à l'aube pour dégager les décombres.")


def text(n: int) -> str:
    """A text of its own for each article (the same text twice would be one story republished)."""
    return " ".join(WORDS[(n + i) % len(WORDS)] for i in range(0, len(WORDS), 3)) + f" Article {n}."


@pytest.fixture
def desk(db_url):
    store = open_store(db_url)
    nights = [
        # two nights in a row from two outlets, one of them reporting both
        ("n10", "2025-02-11", [attack("V1", "2025-02-11", [drones(100, 60)])], [KYIV], "Alpha"),
        ("n11", "2025-02-12", [attack("V1", "2025-02-12", [drones(123, 71, 40, {"launched": "at_least"})])],
         [KYIV], "Alpha"),
        ("n11b", "2025-02-12", [attack("V1", "2025-02-12", [drones(123, 70)])], [KYIV], "Beta"),
        # a Russian ministry's claim of the same night, over Russia; and a monthly total without a night
        ("ru", "2025-02-12", [attack("V1", "2025-02-12", [drones(intercepted=47)], ("Belgorod Oblast",),
                                     "Russian Ministry of Defence", "Ukraine", "Russia")], [BELGOROD], "Gamma"),
        ("month", "2025-02-12", [attack("V1", None, [drones(1800)], ())], [], "Delta"),
        ("kh", "2025-02-13", [attack("V1", "2025-02-13", [drones(20, 14)], ("Kharkiv",)),
                              {"id": "V2", "type": "casualties", "date": "2025-02-13", "places": ["Kharkiv"],
                               "killed": 1, "injured": 4, "missing": None, "group": "civilian",
                               "qualifiers": {"killed": "at_least"}, "evidence": [[0, 10]]}], [KHARKIV], ""),
        ("aid", "2025-02-14", [{"id": "V1", "type": "aid", "date": "2025-02-14", "donor": "United States",
                                "recipient": "Ukraine", "kind": None, "amount": 65e9, "currency": "USD",
                                "evidence": [[0, 10]]}], [], "Epsilon"),
    ]
    for n, (doc_id, published, events, entities, outlet) in enumerate(nights):
        write_record(store, record(doc_id, text(n), published, events=events, entities=entities, outlet=outlet or "x",
                                   url=f"https://www.{doc_id}.example/a"))
    store.execute("UPDATE documents SET outlet = NULL WHERE id = 'kh'")  # an article that names no outlet
    yield store
    store.close()


def test_compare_groups_by_night_and_keeps_claims_apart(desk):
    groups = query.compare(desk, type="attack")
    members = [sorted(s["document_id"] for s in g["sources"]) for g in groups]
    # 10-11 February is not grouped with 11-12 February; the Russian claim and the monthly total stay out
    assert members == [["n11", "n11b"]]
    assert groups[0]["differences"] == {"drone.intercepted": {"70": ["n11b"], "71": ["n11"]}}


def test_compare_names_the_site_of_an_article_without_outlet(desk):
    write_record(desk, record("kh2", text(7), "2025-02-13", outlet="Zeta",
                              events=[attack("V1", "2025-02-13", [drones(20, 15)], ("Kharkiv",))]))
    (group,) = [g for g in query.compare(desk, type="attack") if g["date"] == "2025-02-13"]
    assert {s["outlet"] for s in group["sources"]} == {"kh.example", "Zeta"}


def test_the_timeline_plots_only_nights_the_record_can_stand_beside(desk):
    points = query.timeline(desk)
    assert [(p["date"], p["launched"], p["intercepted"]) for p in points] == [
        ("2025-02-11", 100, 60), ("2025-02-12", 123, 71), ("2025-02-13", 20, 14)]


def test_events_say_why_a_figure_is_not_comparable(desk):
    by_doc = {e["document_id"]: e for e in query.events(desk, type="attack")}
    assert by_doc["ru"]["comparable"] == "a Russian-side claim"
    assert by_doc["month"]["comparable"].startswith("no night given")
    assert by_doc["n11"]["comparable"] is None


def test_place_filter_takes_any_spelling_and_the_region(desk):
    assert {e["document_id"] for e in query.events(desk, place="Kiev")} == {"n10", "n11", "n11b"}
    assert {e["document_id"] for e in query.events(desk, place="Kharkov")} == {"kh"}
    assert {e["id"] for e in query.events(desk, place="Kharkiv Oblast")} == {e["id"] for e in query.events(desk, place="kharkiv")}


def test_outlet_check_and_sort(desk):
    assert {e["document_id"] for e in query.events(desk, outlet="alph")} == {"n10", "n11"}
    assert {e["document_id"] for e in query.events(desk, check="differs")} == {"n11", "n11b"}
    assert query.events(desk, check="disagrees") == []  # nothing reconciled
    dates = [e["date"] for e in query.events(desk, sort="date", direction="asc")]
    assert dates == sorted(dates)
    with pytest.raises(query.QueryError, match="sort"):
        query.events(desk, sort="evidence; DROP TABLE events")


def test_entity_events_are_those_it_takes_part_in(desk):
    kharkiv = query.entities(desk, search="kharkiv")[0]
    rows = query.entity_events(desk, kharkiv["id"])
    assert {(r["type"], tuple(r["roles"])) for r in rows} == {("attack", ("place",)), ("casualties", ("place",))}


def test_figures_in_words_keep_hedges(desk):
    words = {(e["document_id"], e["type"]): describe.figures(e) for e in query.events(desk)}
    assert words[("n11", "attack")] == "at least 123 drones launched, 71 shot down, 40 jammed"
    assert words[("ru", "attack")] == "47 drones shot down"
    assert words[("kh", "casualties")] == "at least 1 killed, 4 injured (civilians)"
    assert words[("aid", "aid")] == "US$65 bn from United States to Ukraine"


def test_figures_in_words_for_territory_and_mixed_counts():
    assert describe.figures({"type": "territorial_control", "controller": "Russia", "territory": "Ukraine",
                             "share_pct": 20.0, "area_km2": 112000.0,
                             "qualifiers": {"share_pct": "just_under", "area_km2": "more_than"}}) == \
        "Russia controls just under 20 % of Ukraine (more than 112,000 km²)"
    assert describe.figures({"type": "attack", "weapons": [{"category": None, "launched": 900}]}) == \
        "900 missiles and drones together launched"
    assert describe.figures({"type": "attack", "weapons": [{"category": "ballistic_missile", "launched": 1}]}) == \
        "1 ballistic missile launched"
    assert describe.actors({"attacker": "Russia", "target": "Ukraine", "reported_by": "Ukrainian Air Force"}) == \
        "Russia → Ukraine, as reported by Ukrainian Air Force"
