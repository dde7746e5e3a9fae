"""The French grammar hooks on hand-built Docs (words, heads, deps, pos,
morphology), as spaCy's own language tests do: no model is loaded, so each
test says exactly which parse the hook is given."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from veille.lang import HOOKS, get_language

fr = get_language("fr").grammar


def doc(words, heads, deps, pos, morphs=None):
    """A parsed Doc; `heads` are absolute token indices."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs or [""] * len(words))


def test_every_hook_of_the_contract_is_defined():
    for name in HOOKS:
        assert callable(getattr(fr, name)), name


# -- not_a_report -------------------------------------------------------------
def test_third_person_past_is_a_report():
    # "Le ministre a déclaré que …"
    d = doc(["Le", "ministre", "a", "déclaré", "que"], [1, 3, 3, 3, 3], ["det", "nsubj", "aux:tense", "ROOT", "mark"],
            ["DET", "NOUN", "AUX", "VERB", "SCONJ"],
            ["", "", "Mood=Ind|Person=3|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""])
    assert not fr.not_a_report(d[3])


def test_imperative_and_first_plural_without_subject_are_not_reports():
    d = doc(["Rappelons", "que"], [0, 0], ["ROOT", "mark"], ["VERB", "SCONJ"], ["Mood=Imp|Person=1|VerbForm=Fin", ""])
    assert fr.not_a_report(d[0])
    d = doc(["Notez", "que"], [0, 0], ["ROOT", "mark"], ["VERB", "SCONJ"], ["VerbForm=Fin", ""])
    assert fr.not_a_report(d[0])  # the ending says it even when the tagger does not


def test_first_person_is_the_author_unless_inverted():
    d = doc(["J'", "ai", "dit"], [2, 2, 2], ["nsubj", "aux:tense", "ROOT"], ["PRON", "AUX", "VERB"],
            ["Person=1", "Person=1|VerbForm=Fin", "VerbForm=Part"])
    assert fr.not_a_report(d[2])
    # an inverted third person ("a-t-il dit") is a report
    d = doc(["a", "-t", "-il", "dit"], [3, 3, 3, 3], ["aux:tense", "dep", "nsubj", "ROOT"], ["AUX", "PART", "PRON", "VERB"],
            ["Person=3|VerbForm=Fin", "", "Person=3", "VerbForm=Part"])
    assert not fr.not_a_report(d[3])


def test_bare_infinitive_is_not_a_report():
    # "il faut dire que": "dire" has no auxiliary
    d = doc(["il", "faut", "dire", "que"], [1, 1, 1, 2], ["expl:subj", "ROOT", "xcomp", "mark"],
            ["PRON", "VERB", "VERB", "SCONJ"], ["", "VerbForm=Fin", "VerbForm=Inf", ""])
    assert fr.not_a_report(d[2])
    # "a déclaré avoir abattu": the infinitive with its auxiliary is content, and the cue is "déclaré"
    d = doc(["avoir", "abattu"], [1, 1], ["aux:tense", "ROOT"], ["AUX", "VERB"], ["VerbForm=Inf", "VerbForm=Inf"])
    assert not fr.not_a_report(d[1])


# -- inverted subjects -----------------------------------------------------------
@pytest.mark.parametrize("text, pronoun", [("-il", "il"), ("-elle", "elle"), ("-ils", "ils"), ("-Elles", "elles"),
                                           ("-t", ""), ("il", None), ("Kyiv", None)])
def test_inverted_pronoun(text, pronoun):
    assert fr.inverted_pronoun(text) == pronoun


def test_euphonic_t():
    assert fr.is_euphonic("-t") and not fr.is_euphonic("-il") and not fr.is_euphonic("t")


# -- word shapes ---------------------------------------------------------------
@pytest.mark.parametrize("word, expected", [("déclaré", True), ("annoncées", True), ("déclaration", False), ("dit", False)])
def test_participle_form(word, expected):
    assert fr.participle_form(word) is expected


def test_present_participle():
    d = doc(["ajoutant", "ajouté"], [0, 0], ["ROOT", "conj"], ["VERB", "VERB"], ["VerbForm=Part|Tense=Pres", "VerbForm=Part"])
    assert fr.present_participle(d[0]) and not fr.present_participle(d[1])


@pytest.mark.parametrize("title, gender", [("la ministre des armees", "Fem"), ("une porte-parole", "Fem"),
                                           ("le ministre", None), ("l'ambassadrice", None), ("", None)])
def test_title_gender(title, gender):
    assert fr.title_gender(title) == gender


@pytest.mark.parametrize("word, singular", [("habitants", "habitant"), ("journaux", "journau"), ("temoin", "temoin")])
def test_singular(word, singular):
    assert fr.singular(word) == singular


# -- the engine's noun phrases, driven by the French tables -------------------------
def test_noun_phrase_keeps_its_of_phrase_and_stops_at_a_relative():
    from veille.extract.speakers import noun_phrase_right

    lang = get_language("fr")
    # "le ministre des Affaires étrangères qui a dit"
    d = doc(["le", "ministre", "des", "Affaires", "étrangères", "qui", "a", "dit"], [1, 7, 3, 1, 3, 7, 7, 7],
            ["det", "nsubj", "case", "nmod", "amod", "nsubj", "aux:tense", "ROOT"],
            ["DET", "NOUN", "ADP", "NOUN", "ADJ", "PRON", "AUX", "VERB"])
    assert [t.text for t in noun_phrase_right(d, 0, len(d), lang)] == ["le", "ministre", "des", "Affaires", "étrangères"]


def test_noun_phrase_stops_at_a_clause_preposition():
    from veille.extract.speakers import noun_phrase_right

    lang = get_language("fr")
    # "le porte-parole lors d'une conférence"
    d = doc(["le", "porte-parole", "lors", "d'", "une", "conférence"], [1, 1, 5, 2, 5, 1],
            ["det", "ROOT", "case", "fixed", "det", "obl"], ["DET", "NOUN", "ADP", "ADP", "DET", "NOUN"])
    assert [t.text for t in noun_phrase_right(d, 0, len(d), lang)] == ["le", "porte-parole"]


def test_a_capitalized_article_may_open_a_name():
    from veille.extract.speakers import is_name_article

    lang = get_language("fr")
    d = doc(["selon", "Le", "Monde", "le", "journal"], [0, 2, 0, 4, 0], ["ROOT", "det", "obl", "det", "obl"],
            ["ADP", "DET", "PROPN", "DET", "NOUN"])
    assert is_name_article(d[1], lang) and not is_name_article(d[3], lang) and not is_name_article(d[2], lang)

