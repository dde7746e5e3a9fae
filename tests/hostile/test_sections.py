"""`veille.long_text` without the model: cutting, the prose test, merging."""
from __future__ import annotations

from veille.long_text import chunk_bounds, is_prose, merge_records


def test_chunks_cover_the_text_end_to_end_and_cut_at_line_ends_first():
    text = ("Une ligne de texte.\n" * 30) + "x" * 95 + " " + "y" * 200
    bounds = chunk_bounds(text, size=100)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a < b and b - a <= 100 for a, b in bounds)
    assert all(prev[1] == nxt[0] for prev, nxt in zip(bounds, bounds[1:]))
    assert text[bounds[0][1] - 1] == "\n"  # a line end in reach wins
    assert "".join(text[a:b] for a, b in bounds) == text


def test_prose_and_debris():
    assert is_prose("Le ministre a déclaré mardi que la situation restait tendue. " * 100)
    assert not is_prose("**a " * 1000)
    assert not is_prose("[" * 5000)
    assert is_prose("**a " * 10)  # too short to judge


def _record(entities, statements, events=(), quantities=()):
    return {"schema": "veille/1", "entities": list(entities), "statements": list(statements),
            "events": list(events), "quantities": list(quantities)}


def test_sections_merge_into_one_record_with_shifted_spans_and_one_entity_per_key():
    peskov = {"id": "E1", "name": "Dmitry Peskov", "type": "person", "aliases": ["Peskov"], "mentions": [[0, 6]],
              "key": "person:dmitry peskov"}
    kyiv = {"id": "E1", "name": "Kyiv", "type": "place", "aliases": ["Kiev"], "mentions": [[3, 7]], "key": "place:kyiv:UA"}
    peskov2 = {**peskov, "id": "E2", "aliases": ["Peskoff"], "mentions": [[10, 17]]}
    st = {"id": "S1", "kind": "direct", "text": "x", "span": [20, 30], "speaker": "Dmitry Peskov",
          "speaker_entity": "E2", "speaker_span": [10, 17], "cue": "dire", "cue_span": [18, 19], "date": None}
    ev = {"id": "V1", "type": "casualties", "killed": 2, "evidence": [[40, 50]]}
    q = {"value": 2, "unit": "person", "qualifier": None, "text": "deux", "span": [40, 44]}
    merged = merge_records({"id": "d"}, [(0, _record([peskov], [])),
                                         (1000, _record([kyiv, peskov2], [st], [ev], [q]))])
    names = [(e["id"], e["name"]) for e in merged["entities"]]
    assert names == [("E1", "Dmitry Peskov"), ("E2", "Kyiv")]
    assert merged["entities"][0]["mentions"] == [[0, 6], [1010, 1017]]
    assert merged["entities"][0]["aliases"] == ["Peskoff", "Peskov"]
    (s,) = merged["statements"]
    assert s["span"] == [1020, 1030] and s["speaker_span"] == [1010, 1017] and s["cue_span"] == [1018, 1019]
    assert s["speaker_entity"] == "E1"
    assert merged["events"][0]["evidence"] == [[1040, 1050]] and merged["quantities"][0]["span"] == [1040, 1044]
    assert merged["document"] == {"id": "d"}
