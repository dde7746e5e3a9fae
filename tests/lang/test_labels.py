"""The model's labels in the engine's terms, on hand-built Docs (no model)."""
from __future__ import annotations

from spacy.tokens import Doc


def test_an_english_doc_gets_the_engines_labels(monkeypatch):
    """`veille_labels` maps the model's ClearNLP and OntoNotes labels to the
    engine's (English is a draft package, registered here for the test)."""
    from spacy.tokens import Span

    import veille.lang as lang_module
    from veille.pipeline import labels

    monkeypatch.setitem(lang_module.LANGUAGES, "en", "veille.lang.en")
    lang_module.get_language.cache_clear()
    try:
        from spacy.lang.en import English

        d = Doc(English().vocab, words=["The", "ministry", "said", "Russia", "fired", "12", "missiles"],
                heads=[1, 2, 2, 4, 2, 6, 4], deps=["det", "nsubj", "ROOT", "nsubj", "ccomp", "nummod", "dobj"],
                pos=["DET", "NOUN", "VERB", "PROPN", "VERB", "NUM", "NOUN"])
        d.ents = [Span(d, 3, 4, label="GPE"), Span(d, 5, 6, label="CARDINAL")]
        labels(d)
        assert d[6].dep_ == "obj" and d[1].dep_ == "nsubj"
        assert [(e.text, e.label_) for e in d.ents] == [("Russia", "GPE")]
    finally:
        lang_module.get_language.cache_clear()
