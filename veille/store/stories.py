"""Stories across languages: an article that translates or re-reports one in
another language.

A translation shares no words with its original, so MinHash (`dedup`) cannot
see it; what survives translation is what veille extracts: the entity keys
(the same person or place has the same key in French and in English) and
the figures. Two articles in different languages, published at most a day
apart, whose sets of entity keys and figures are similar enough (Jaccard)
tell the same story: the later one is linked to the earlier
(`documents.translation_of`, with `translation_similarity`).
"""
from __future__ import annotations

from datetime import date, timedelta

THRESHOLD = 0.5   # Jaccard over entity keys and figures at which two articles tell one story
MIN_SHARED = 4    # and at least this many keys and figures in common (short texts share little by chance)
WINDOW_DAYS = 1   # publication dates at most this far apart
_ENTITY_TYPES = ("person", "organization", "place")
_EVENT_FIGURES = ("killed", "injured", "missing", "area_km2", "share_pct", "amount")
_WEAPON_FIGURES = ("launched", "intercepted", "suppressed", "hit")


def _number(value) -> str:
    """A figure as written digits: 7, 7.0 and 7.00 are one figure."""
    value = float(value)
    return f"#{int(value)}" if value.is_integer() else f"#{value:g}"


def story_keys(store, document_ids: list[str]) -> dict[str, set[str]]:
    """Each article's entity keys (persons, organizations, places) and the
    figures of its events and quantities, as one set of strings."""
    keys: dict[str, set[str]] = {d: set() for d in document_ids}
    if not document_ids:
        return keys
    marks = ", ".join("?" for _ in document_ids)
    types = ", ".join("?" for _ in _ENTITY_TYPES)
    # CROSS JOIN: SQLite then reads the few articles' mentions first; left to itself it went through every
    # mention of every person, organization and place of the ledger (a cost growing with the ledger)
    for r in store.query(f"SELECT DISTINCT m.document_id, e.key FROM mentions m CROSS JOIN entities e "
                         f"WHERE e.id = m.entity_id AND m.document_id IN ({marks}) AND e.type IN ({types})",
                         [*document_ids, *_ENTITY_TYPES]):
        keys[r["document_id"]].add(r["key"])
    figures = [f"v.{f}" for f in _EVENT_FIGURES] + [f"w.{f}" for f in _WEAPON_FIGURES]
    for r in store.query(f"SELECT v.document_id, {', '.join(figures)} FROM events v "
                         f"LEFT JOIN weapons w ON w.event_id = v.id WHERE v.document_id IN ({marks})", document_ids):
        keys[r["document_id"]] |= {_number(r[f]) for f in (*_EVENT_FIGURES, *_WEAPON_FIGURES) if r[f] is not None}
    for r in store.query(f"SELECT document_id, value FROM quantities WHERE document_id IN ({marks}) "
                         f"AND value IS NOT NULL", document_ids):
        keys[r["document_id"]].add(_number(r["value"]))
    return keys


def similarity(a: set[str], b: set[str]) -> float:
    """Jaccard similarity of two articles' story keys."""
    return len(a & b) / len(a | b) if a or b else 0.0


def _candidates(store, document_id: str, language: str, published: str) -> list[dict]:
    """Articles in another language, published at most `WINDOW_DAYS` away,
    that are neither republications nor already linked to a story."""
    day = date.fromisoformat(published[:10])
    return store.query(
        "SELECT id, published FROM documents WHERE id <> ? AND language IS NOT NULL AND language <> ? "
        "AND published >= ? AND published <= ? AND republication_of IS NULL AND translation_of IS NULL "
        "ORDER BY published, id",
        (document_id, language, (day - timedelta(days=WINDOW_DAYS)).isoformat(),
         (day + timedelta(days=WINDOW_DAYS)).isoformat() + "~"))


def link_translation(store, document_id: str, language: str | None, published: str | None) -> tuple[str, float] | None:
    """Link the newly written article to the article in another language that
    tells the same story, if any: the later-published one (on the same day,
    the one written last) points to the other. Returns (the other article,
    similarity). Runs inside the article's transaction."""
    if not language or not published or len(published) < 10:
        return None
    try:
        candidates = _candidates(store, document_id, language, published)
    except ValueError:  # not a date
        return None
    if not candidates:
        return None
    keys = story_keys(store, [document_id, *(c["id"] for c in candidates)])
    mine = keys[document_id]
    best = None
    for c in candidates:
        theirs = keys[c["id"]]
        score = similarity(mine, theirs)
        if len(mine & theirs) >= MIN_SHARED and score >= THRESHOLD and (best is None or score > best[1]):
            best = (c, score)
    if best is None:
        return None
    other, score = best
    score = round(score, 3)
    if other["published"][:10] > published[:10]:  # the new article came first: the other one translates it
        store.execute("UPDATE documents SET translation_of = ?, translation_similarity = ? WHERE id = ?",
                      (document_id, score, other["id"]))
    else:
        store.execute("UPDATE documents SET translation_of = ?, translation_similarity = ? WHERE id = ?",
                      (other["id"], score, document_id))
    return other["id"], score
