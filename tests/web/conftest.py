"""A small ledger of hand-made records for the web tests (no model needed),
including an article whose text tries to inject markup and script."""
from __future__ import annotations

import json

import pytest

EVIL = ('Le porte-parole, Ivan Testov, a déclaré : « <script>window.__pwned = 1</script> '
        '<img src=x onerror="window.__pwned = 2"> nous ne céderons pas ». Des drones ont frappé Kharkiv.')


def _record(doc_id, text, published, statements, events, entities, title, outlet="Test"):
    return {"schema": "veille/1",
            "document": {"id": doc_id, "source": f"{doc_id}.md", "url": f"https://{outlet.lower()}.example/{doc_id}",
                         "outlet": outlet, "title": title, "language": "fr", "published": published, "text": text},
            "entities": entities, "statements": statements, "events": events, "quantities": []}


def records() -> list[dict]:
    quote_start = EVIL.index("« ") + 2
    quote_end = EVIL.index(" »")
    speaker = EVIL.index("Ivan Testov")
    testov = {"id": "E1", "name": "Ivan Testov", "type": "person", "aliases": [], "mentions": [[speaker, speaker + 11]],
              "key": "person:ivan testov"}
    k = EVIL.index("Kharkiv")
    kharkiv = {"id": "E2", "name": "Kharkiv", "type": "place", "aliases": [], "mentions": [[k, k + 7]],
               "key": "place:kharkiv:UA", "geo": {"lat": 49.98, "lon": 36.25, "country": "UA", "admin1": "Kharkiv Oblast"}}
    evil = _record(
        "evil", EVIL, "2025-02-12",
        [{"id": "S1", "kind": "direct", "text": EVIL[quote_start:quote_end], "span": [quote_start, quote_end],
          "speaker": "Ivan Testov", "speaker_entity": "E1", "speaker_span": [speaker, speaker + 11], "cue": "déclarer",
          "cue_span": None, "date": "2025-02-12"}],
        [{"id": "V1", "type": "attack", "date": "2025-02-12", "places": ["Kharkiv"], "attacker": "Russia",
          "target": "Ukraine", "reported_by": None, "evidence": [[EVIL.index("Des drones"), len(EVIL)]],
          "weapons": [{"category": "drone", "model": None, "launched": 40, "intercepted": 31, "suppressed": None,
                       "hit": None}]}],
        [testov, kharkiv], '<b>Titre</b> "piégé" & <script>window.__pwned = 3</script>')
    plain = _record(
        "plain", "Ivan Testov a affirmé mardi que la défense tiendrait. Des drones ont visé Kharkiv dans la nuit.",
        "2025-02-13",
        [{"id": "S1", "kind": "indirect", "text": "la défense tiendrait", "span": [32, 52], "speaker": "Ivan Testov",
          "speaker_entity": "E1", "speaker_span": [0, 11], "cue": "affirmer", "cue_span": None, "date": "2025-02-11"}],
        [{"id": "V1", "type": "attack", "date": "2025-02-13", "places": ["Kharkiv"], "attacker": "Russia",
          "target": "Ukraine", "reported_by": None, "evidence": [[54, 97]],
          "weapons": [{"category": "drone", "model": None, "launched": 55, "intercepted": 50, "suppressed": 3,
                       "hit": None}]}],
        [{**testov, "mentions": [[0, 11]]}, {**kharkiv, "mentions": [[82, 89]]}], "Une nuit ordinaire", outlet="Autre")
    return [evil, plain]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    from veille.store import ingest

    folder = tmp_path_factory.mktemp("web")
    path = folder / "records.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records()), encoding="utf-8")
    db = str(folder / "veille.db")
    run = ingest([path], db)
    assert run.added == 2, run.summary()
    return db


@pytest.fixture(scope="session")
def client(web_db):
    from fastapi.testclient import TestClient

    from veille.web.app import create_app

    return TestClient(create_app(web_db))
