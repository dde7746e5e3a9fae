"""Questions to the ledger, as plain functions returning rows (dicts).

The CLI, the HTTP API and the tests all call these; none writes its own SQL.
Each checks what it is asked and refuses a bad question with a `QueryError`
(the API answers 422, the CLI a usage error).
Aggregates leave republications out (an article flagged as a republication
of an earlier copy is the same story, not a second source).
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from ..describe import figures as figures_in_words

from .comparable import UNDATED_REASON, not_comparable

EVENT_TYPES = ("attack", "casualties", "territorial_control", "aid", "damage")

# What a question may ask, whoever asks it (the CLI, the HTTP API): ids and
# offsets fit SQLite's INTEGER and PostgreSQL's bigint; a full-text search
# is a few words (each word is one more posting list to intersect: 70 KB of
# "de de de …" took 31 s on 2 000 articles); a name to look for is a name,
# not a page. The web server also gives the questions of one request
# MAX_QUERY_MS of CPU, then stops them (veille serve --query-timeout).
MAX_QUERY_MS = 500
MAX_ID = 2**63 - 1
MAX_SEARCH_CHARS = 300
MAX_SEARCH_TERMS = 16
MAX_NAME_CHARS = 200
MAX_DOCUMENT_ID_CHARS = 1000
MAX_WINDOW_DAYS = 366
MAX_EVIDENCE_CHARS = 400  # an event's evidence as a row carries it: the start of the sentences it was read from
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


class QueryError(ValueError):
    """A question the ledger refuses to run: a parameter out of range, a date
    that is not one, a period that ends before it starts, a search too long.
    `param` names the parameter (as the HTTP API spells it)."""

    def __init__(self, param: str, message: str):
        self.param = param
        self.detail = message
        super().__init__(f"{param}: {message}")


def check_day(param: str, value: str | None) -> str | None:
    """`value` if it is a real day written YYYY-MM-DD (None or "" for none)."""
    if not value:
        return None
    try:
        if _DAY.fullmatch(value):
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise QueryError(param, f"{value[:40]!r} is not a date (YYYY-MM-DD)")


def check_id(param: str, value: int | None) -> int | None:
    """`value` if it can be a row id (1 to 2^63-1)."""
    if value is not None and not 1 <= value <= MAX_ID:
        raise QueryError(param, f"{value} is not an id (1 to {MAX_ID})")
    return value


def check_text(param: str, value: str | None, max_chars: int = MAX_NAME_CHARS) -> str | None:
    """`value` if it is at most `max_chars` long and holds no NUL (PostgreSQL refuses it in text)."""
    if value is not None:
        if len(value) > max_chars:
            raise QueryError(param, f"{len(value)} characters, at most {max_chars}")
        if "\x00" in value:
            raise QueryError(param, "a NUL character")
    return value


def check_search(param: str, terms: str | None) -> str | None:
    """`terms` if they make a full-text query the ledger answers quickly: at
    most MAX_SEARCH_CHARS characters and MAX_SEARCH_TERMS words."""
    check_text(param, terms, MAX_SEARCH_CHARS)
    words = len(re.findall(r"\w+", terms or ""))
    if words > MAX_SEARCH_TERMS:
        raise QueryError(param, f"{words} words, at most {MAX_SEARCH_TERMS}")
    return terms


def check_period(names: tuple[str, str], start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """(start, end), real days, start no later than end."""
    start, end = check_day(names[0], start), check_day(names[1], end)
    if start and end and start > end:
        raise QueryError(names[0], f"{start} is later than {names[1]} ({end})")
    return start, end


def _date_range(where: list, params: list, expr: str, start: str | None, end: str | None,
                names: tuple[str, str] = ("from", "to")) -> None:
    """Add "`expr` between `start` and `end`" (either may be missing) to a WHERE clause."""
    start, end = check_period(names, start, end)
    if start:
        where.append(f"{expr} >= ?")
        params.append(start)
    if end:
        where.append(f"{expr} <= ?")
        params.append(end)


def _contains(param: str, text: str) -> str:
    """A LIKE pattern (used with ESCAPE '\\') for "contains `text`, case aside":
    % and _ typed by a user are literal, not wildcards."""
    check_text(param, text)
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _language(where: list, params: list, alias: str, language: str | None) -> None:
    """Add "the article is in `language`" to a WHERE clause (`alias`: the documents table)."""
    if language:
        where.append(f"{alias}.language = ?")
        params.append(language)


def _page(limit: int | None, offset: int) -> str:
    """LIMIT and OFFSET (no limit: every row, from the first)."""
    if limit is not None and not 0 <= limit <= MAX_ID:
        raise QueryError("limit", f"{limit} is not a row count (0 to {MAX_ID})")
    if not 0 <= offset <= MAX_ID:
        raise QueryError("offset", f"{offset} is not a row count (0 to {MAX_ID})")
    return f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit else ""


def statements(store, speaker: str | None = None, entity_id: int | None = None, since: str | None = None,
               until: str | None = None, search: str | None = None, document_id: str | None = None,
               language: str | None = None, limit: int | None = 100, offset: int = 0) -> list[dict]:
    """Statements, newest first; `speaker` matches the speaker as written or
    its entity's canonical name (case aside, part of a name is enough)."""
    where, params = [], []
    if speaker:
        where.append("(lower(s.speaker) LIKE ? ESCAPE '\\' OR lower(e.name) LIKE ? ESCAPE '\\')")
        params += [_contains("speaker", speaker)] * 2
    if check_id("entity", entity_id) is not None:
        where.append("s.speaker_entity_id = ?")
        params.append(entity_id)
    _date_range(where, params, "coalesce(s.date, d.published)", since, until, ("since", "until"))
    if check_text("document_id", document_id, MAX_DOCUMENT_ID_CHARS):
        where.append("s.document_id = ?")
        params.append(document_id)
    _language(where, params, "d", language)
    if check_search("search", search):
        clause, extra = store.match("statements", "s", search, spellings(search))
        where.append(clause)
        params += extra
    sql = ("SELECT s.id, s.document_id, s.local_id, s.kind, s.text, s.speaker, s.speaker_entity_id, "
           "e.name AS speaker_name, s.cue, coalesce(s.date, d.published) AS date, s.start_char, s.end_char, "
           "d.title, d.url, d.outlet, d.language FROM statements s JOIN documents d ON d.id = s.document_id "
           "LEFT JOIN entities e ON e.id = s.speaker_entity_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY date DESC, s.id" + _page(limit, offset))
    return store.query(sql, params)


EVENT_SORTS = {"date": "date", "type": "v.type", "place": "coalesce(v.place, p.name)", "outlet": "d.outlet",
               "language": "d.language"}
CHECKS = ("differs", "disagrees")  # sources give other figures / the official record gives other figures


def _place_names(place: str) -> set[str]:
    """What a place filter matches: the words typed and, where the gazetteer
    knows them, the place's English name ("Kiev", "Kiew" -> also "Kyiv")."""
    from .. import gazetteer
    from ..lang import LANGUAGES, get_language

    names = {place.casefold()}
    for code in LANGUAGES:
        found = gazetteer.find_place(place, get_language(code))
        if found is not None:
            names.add(found.name.casefold())
    return names


@lru_cache(maxsize=1)
def _spelling_groups() -> dict[str, frozenset[str]]:
    """Word -> every spelling of the same place in the language packages'
    place tables ("kiev", "kyiv", "kyev" are one group)."""
    from ..folding import fold
    from ..lang import LANGUAGES, get_language

    by_name: dict[str, set[str]] = {}
    for code in LANGUAGES:
        for alias, name in get_language(code).PLACE_ALIASES.items():
            if re.fullmatch(r"\w+", alias) and re.fullmatch(r"\w+", name):
                by_name.setdefault(name, {fold(name)}).add(alias)
    return {word: frozenset(group) for group in by_name.values() for word in group}


def spellings(terms: str | None) -> dict[str, set[str]]:
    """Other spellings of the words of a search ("kiev" -> {"kyiv", "kyev"}), from the place tables."""
    from ..folding import fold

    groups = _spelling_groups()
    return {word.casefold(): set(groups[fold(word)]) for word in re.findall(r"\w+", terms or "") if fold(word) in groups}


def _name_spellings(text: str) -> list[list[str]]:
    """The name with each word that has other spellings in the place tables written in each of them, in turn."""
    found = spellings(text)
    words = re.findall(r"\w+", text)
    return [[alt if w.casefold() == word else w for w in words] for word, alts in found.items() for alt in sorted(alts)]


def _keyed(name: str) -> str:
    """`name` as entity keys spell it (transliterations agreeing: Zelenskyy/Zelensky, Sergueï/Sergei)."""
    from ..extract.entities import name_key

    return " ".join(name_key(w) for w in name.split())


def _event_filters(where: list, params: list, place: str | None, outlet: str | None) -> None:
    if place:
        alternatives = []
        for name in sorted(_place_names(check_text("place", place))):
            alternatives.append("lower(v.place) LIKE ? ESCAPE '\\' OR lower(v.places) LIKE ? ESCAPE '\\' "
                                "OR lower(p.admin1) LIKE ? ESCAPE '\\'")
            params += [_contains("place", name)] * 3
        where.append("(" + " OR ".join(alternatives) + ")")
    if outlet:
        where.append("lower(d.outlet) LIKE ? ESCAPE '\\'")
        params.append(_contains("outlet", outlet))


def _order(sort: str | None, direction: str | None) -> str:
    if sort not in (None, *EVENT_SORTS):
        raise QueryError("sort", f"{sort[:40]!r}: one of {', '.join(EVENT_SORTS)}")
    if direction not in (None, "asc", "desc"):
        raise QueryError("dir", f"{direction[:40]!r}: asc or desc")
    if sort is None:
        return " ORDER BY date DESC, v.id"
    way = "ASC" if direction == "asc" else "DESC"
    return f" ORDER BY {EVENT_SORTS[sort]} {way}, date DESC, v.id"


def _checked_ids(store, check: str, type: str | None, date_from: str | None, date_to: str | None,
                 language: str | None) -> list[int]:
    """Events whose sources disagree with each other (`differs`) or with the official record (`disagrees`)."""
    if check not in CHECKS:
        raise QueryError("check", f"{check[:40]!r}: one of {', '.join(CHECKS)}")
    if check == "disagrees":
        return [r["event_id"] for r in store.query(
            "SELECT DISTINCT event_id FROM reconciliations WHERE status = 'differs'")]
    if type not in (None, "attack", "casualties"):
        return []
    return sorted({s["event_id"] for g in compare(store, type=type, date_from=date_from, date_to=date_to,
                                                  only_differing=True, language=language) for s in g["sources"]})


def events(store, type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           place: str | None = None, weapon: str | None = None, document_id: str | None = None,
           include_republications: bool = False, language: str | None = None, limit: int | None = 100,
           offset: int = 0, event_ids: list[int] | None = None, outlet: str | None = None,
           check: str | None = None, sort: str | None = None, direction: str | None = None) -> list[dict]:
    """Events, newest first (or by `sort`), each attack with its `weapons`
    (and their hedges), each event with `comparable` (None, or why its
    figures cannot stand beside the official record's) and `record` (the
    official record's word on it, once reconciled). `place` matches the
    event's places and their region, in any spelling the gazetteer knows;
    `check`: only events whose sources give other figures (`differs`) or
    that the official record contradicts (`disagrees`)."""
    where, params = [], []
    if not include_republications and not document_id and not event_ids:
        where.append("d.republication_of IS NULL")
    if check:
        event_ids = _checked_ids(store, check, type, date_from, date_to, language)
        if not event_ids:
            return []
    if event_ids:
        where.append(f"v.id IN ({', '.join('?' for _ in event_ids)})")
        params += list(event_ids)
    if type:
        where.append("v.type = ?")
        params.append(type)
    _date_range(where, params, "coalesce(v.date, d.published)", date_from, date_to)
    _event_filters(where, params, place, outlet)
    if weapon:
        where.append("v.id IN (SELECT event_id FROM weapons WHERE category = ? OR lower(model) LIKE ? ESCAPE '\\')")
        params += [weapon, _contains("weapon", weapon)]
    if check_text("document_id", document_id, MAX_DOCUMENT_ID_CHARS):
        where.append("v.document_id = ?")
        params.append(document_id)
    _language(where, params, "d", language)
    sql = ("SELECT v.id, v.document_id, v.local_id, v.type, coalesce(v.date, d.published) AS date, "
           "v.date AS event_date, v.place, "
           "v.places, v.attacker, v.target, v.reported_by, v.casualty_group, v.killed, v.injured, v.missing, "
           "v.controller, v.territory, v.area_km2, v.share_pct, v.donor, v.recipient, v.kind, v.amount, v.currency, "
           "v.object, v.qualifiers, v.evidence_start, v.evidence_end, "
           "substr(d.text, v.evidence_start + 1, CASE WHEN v.evidence_end - v.evidence_start > "
           f"{MAX_EVIDENCE_CHARS} THEN {MAX_EVIDENCE_CHARS} ELSE v.evidence_end - v.evidence_start END) "
           "AS evidence, v.place_entity_id, p.lat, p.lon, p.country, "
           "p.admin1, d.title, d.url, d.outlet, d.published, d.language, d.translation_of "
           "FROM events v JOIN documents d ON d.id = v.document_id "
           "LEFT JOIN entities p ON p.id = v.place_entity_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + _order(sort, direction) + _page(limit, offset))
    rows = store.query(sql, params)
    _add_weapons(store, rows)
    _add_record_status(store, rows)
    for r in rows:
        for field in ("places", "qualifiers"):
            r[field] = json.loads(r[field]) if r[field] else None
        r["comparable"] = not_comparable(r) if r["type"] == "attack" else None
    return rows


def _in(ids: list) -> str:
    return ", ".join("?" for _ in ids)


def _add_weapons(store, rows: list[dict]) -> None:
    """Each attack's weapons, with the article's hedge on each count (kept in the event's record)."""
    attacks = [r["id"] for r in rows if r["type"] == "attack"]
    if not attacks:
        return
    weapons: dict[int, list] = {}
    for w in store.query(f"SELECT event_id, category, model, launched, intercepted, suppressed, hit FROM weapons "
                         f"WHERE event_id IN ({_in(attacks)}) ORDER BY id", attacks):
        weapons.setdefault(w.pop("event_id"), []).append(w)
    hedges = {r["id"]: [w.get("qualifiers") or {} for w in json.loads(r["data"]).get("weapons") or []]
              for r in store.query(f"SELECT id, data FROM events WHERE id IN ({_in(attacks)})", attacks)}
    for r in rows:
        if r["type"] == "attack":
            r["weapons"] = weapons.get(r["id"], [])
            for w, q in zip(r["weapons"], hedges.get(r["id"], [])):
                w["qualifiers"] = q or None


RECORD_STATUSES = ("differs", "agrees", "not in the record", "not comparable")


def _add_record_status(store, rows: list[dict]) -> None:
    """`record`: what the official record says of the event as a whole (the
    worst of its figures: one figure that differs makes it "differs"), or
    None when it was not reconciled."""
    ids = [r["id"] for r in rows if r["type"] == "attack"]
    statuses: dict[int, set] = {}
    if ids:
        for c in store.query(f"SELECT event_id, status FROM reconciliations WHERE event_id IN ({_in(ids)})", ids):
            statuses.setdefault(c["event_id"], set()).add(c["status"])
    for r in rows:
        found = statuses.get(r["id"], set())
        r["record"] = next((s for s in RECORD_STATUSES if s in found), None)


def entities(store, type: str | None = None, search: str | None = None, language: str | None = None,
             limit: int | None = 100, offset: int = 0) -> list[dict]:
    """Entities with how many articles mention them and how many statements
    they made, most mentioned first. With `language`: the entities of the
    articles in that language, counted in those articles only."""
    where, params = [], []
    in_language = ""
    if language:
        in_language = " AND {a}.document_id IN (SELECT id FROM documents WHERE language = ?)"
        where.append("e.id IN (SELECT m.entity_id FROM mentions m JOIN documents d ON d.id = m.document_id "
                     "WHERE d.language = ?)")
    if type:
        where.append("e.type = ?")
        params.append(type)
    if search:
        names = {search, *(" ".join(group) for group in _name_spellings(search))}
        where.append("(" + " OR ".join(["lower(e.name) LIKE ? ESCAPE '\\'"] * len(names)) + " OR e.key LIKE ? ESCAPE '\\')")
        params += [_contains("search", n) for n in sorted(names)] + [_contains("search", _keyed(search))]
    sql = ("SELECT e.id, e.key, e.name, e.type, e.lat, e.lon, e.country, e.admin1, "
           "(SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity_id = e.id"
           + in_language.format(a="m") + ") AS documents, "
           "(SELECT count(*) FROM statements s WHERE s.speaker_entity_id = e.id" + in_language.format(a="s")
           + ") AS statements FROM entities e"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY documents DESC, e.name" + _page(limit, offset))
    return store.query(sql, ([language, language, language] if language else []) + params)


def entity(store, entity_id: int) -> dict | None:
    check_id("entity_id", entity_id)
    rows = store.query("SELECT id, key, name, type, lat, lon, country, admin1 FROM entities WHERE id = ?", (entity_id,))
    return rows[0] if rows else None


def documents(store, search: str | None = None, language: str | None = None, limit: int | None = 100,
              offset: int = 0) -> list[dict]:
    """Articles, newest first, each with its links: the first copy it
    republishes, the article in another language it translates."""
    where, params = [], []
    _language(where, params, "d", language)
    if check_search("search", search):
        clause, extra = store.match("documents", "d", search, spellings(search))
        where.append(clause)
        params += extra
    sql = ("SELECT d.id, d.title, d.url, d.outlet, d.language, d.published, d.source, d.republication_of, "
           "d.similarity, d.translation_of, d.translation_similarity, "
           "(SELECT count(*) FROM statements s WHERE s.document_id = d.id) AS statements, "
           "(SELECT count(*) FROM events v WHERE v.document_id = d.id) AS events FROM documents d"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY d.published DESC, d.id" + _page(limit, offset))
    return store.query(sql, params)


def record(store, document_id: str) -> dict | None:
    """The full `veille/1` record of one article."""
    check_text("document_id", document_id, MAX_DOCUMENT_ID_CHARS)
    raw = store.scalar("SELECT record FROM documents WHERE id = ?", (document_id,))
    return json.loads(raw) if raw else None


def document_links(store, document_id: str) -> dict:
    """An article's ties in the ledger: each statement's speaker entity, each
    local entity's ledger id, the first copy it republishes, the article in
    another language it translates, and the articles that translate it."""
    speakers = {r["local_id"]: r["speaker_entity_id"] for r in store.query(
        "SELECT local_id, speaker_entity_id FROM statements WHERE document_id = ?", (document_id,))}
    entities = {r["local_id"]: r["entity_id"] for r in store.query(
        "SELECT DISTINCT local_id, entity_id FROM mentions WHERE document_id = ?", (document_id,))}
    meta = store.query("SELECT republication_of, similarity, translation_of, translation_similarity FROM documents "
                       "WHERE id = ?", (document_id,))
    translations = [r["id"] for r in store.query("SELECT id FROM documents WHERE translation_of = ? ORDER BY id",
                                                 (document_id,))]
    return {"statement_speakers": speakers, "entities": entities, "translations": translations,
            **(meta[0] if meta else {})}


def reconciliation_checks(store, document_id: str) -> dict[str, list[dict]]:
    """The official record's word on each figure of an article's events, by
    event id (V1…). A figure that cannot stand beside the record (a
    Russian-side claim, an attack elsewhere, a total over days) says so, even
    when an older run of `reconcile` stored it otherwise."""
    why = {ev["local_id"]: not_comparable(ev) for ev in events(store, document_id=document_id, type="attack",
                                                                 limit=None)}
    checks: dict[str, list[dict]] = {}
    for r in store.query("SELECT v.local_id, r.category, r.field, r.article_value, r.record_value, r.status, r.reason, "
                         "r.report FROM reconciliations r JOIN events v ON v.id = r.event_id WHERE v.document_id = ? "
                         "ORDER BY r.id", (document_id,)):
        local_id = r.pop("local_id")
        if why.get(local_id) and r["status"] != "not comparable":
            r.update(status="not comparable", reason=why[local_id], record_value=None)
        checks.setdefault(local_id, []).append(r)
    return checks


def stats(store) -> dict:
    """What the ledger holds."""
    count = lambda sql: store.scalar(sql) or 0  # noqa: E731
    return {
        "documents": count("SELECT count(*) FROM documents"),
        "republications": count("SELECT count(*) FROM documents WHERE republication_of IS NOT NULL"),
        "translations": count("SELECT count(*) FROM documents WHERE translation_of IS NOT NULL"),
        "entities": count("SELECT count(*) FROM entities"),
        "mentions": count("SELECT count(*) FROM mentions"),
        "statements": count("SELECT count(*) FROM statements"),
        "events": count("SELECT count(*) FROM events"),
        "weapons": count("SELECT count(*) FROM weapons"),
        "quantities": count("SELECT count(*) FROM quantities"),
        "runs": count("SELECT count(*) FROM runs"),
        "languages": {r["language"] or "?": r["n"] for r in store.query(
            "SELECT language, count(*) AS n FROM documents GROUP BY language ORDER BY n DESC")},
        "events_by_type": {r["type"]: r["n"] for r in store.query(
            "SELECT v.type, count(*) AS n FROM events v JOIN documents d ON d.id = v.document_id "
            "WHERE d.republication_of IS NULL GROUP BY v.type ORDER BY n DESC")},
        "entities_by_type": {r["type"]: r["n"] for r in store.query(
            "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC")},
        "published": store.query("SELECT min(published) AS first, max(published) AS last FROM documents")[0],
    }


# -- comparing sources --------------------------------------------------------

_FIGURES = {"casualties": ("killed", "injured", "missing")}
_WEAPON_FIGURES = ("launched", "intercepted", "suppressed", "hit")


def _figures(event: dict) -> dict[str, int]:
    if event["type"] == "attack":
        return {f"{w['category'] or 'unspecified'}.{f}": w[f] for w in event.get("weapons") or []
                for f in _WEAPON_FIGURES if w.get(f) is not None}
    return {f: event[f] for f in _FIGURES.get(event["type"], ()) if event.get(f) is not None}


def _places(event: dict) -> set[str]:
    return {p.casefold() for p in [event.get("place"), *(event.get("places") or [])] if p}


def compare(store, type: str | None = None, date_from: str | None = None, date_to: str | None = None,
            window_days: int = 1, only_differing: bool = False, language: str | None = None,
            cross_language: bool = False) -> list[dict]:
    """Events from different articles that describe the same attack wave or
    casualty report: same type, dates at most `window_days` apart, places
    overlapping (or unnamed). Each group lists every source's figures and,
    under `differences`, each figure the sources do not agree on; where one
    source translates another (`documents.translation_of`), a figure whose
    digits differ between the two is also under `changed_in_translation`.
    `cross_language` keeps only groups with sources in several languages.
    Attacks are grouped by night, as `reconcile` reads them (the night from
    12:00 the day before to 12:00 on the event's date: only the same date),
    whatever `window_days` says; figures without a night of their own
    ("since the start of the month") are left out, and claims that cannot
    stand beside each other (a Russian ministry's, an attack elsewhere) are
    only grouped with their like. Newest groups first."""
    if not 0 <= window_days <= MAX_WINDOW_DAYS:
        raise QueryError("window", f"{window_days} days, 0 to {MAX_WINDOW_DAYS}")
    types = [type] if type else ["attack", "casualties"]
    rows = [r for t in types for r in events(store, type=t, date_from=date_from, date_to=date_to, language=language,
                                             limit=None)]
    rows = [r for r in rows if r["date"] and _figures(r)
            and not (r["type"] == "attack" and r["comparable"] == UNDATED_REASON)]
    out = []
    for g in _event_groups(rows, window_days):
        if len(g) < 2:
            continue
        figures = [_figures(m) for m in g]
        differences = _differences(g, figures)
        languages = sorted({m["language"] for m in g if m["language"]})
        if (only_differing and not differences) or (cross_language and len(languages) < 2):
            continue
        changed = _changed_in_translation(g, figures)
        out.append({
            "type": g[0]["type"], "date": min(m["date"] for m in g), "places": sorted(set().union(*map(_places, g))),
            "differs": bool(differences), "differences": differences,
            "languages": languages, "cross_language": len(languages) > 1,
            "translation_changed": bool(changed), "changed_in_translation": changed,
            "comparable": g[0].get("comparable"),
            "sources": [{"document_id": m["document_id"], "event_id": m["id"], "local_id": m["local_id"],
                         "outlet": m["outlet"] or _site(m["url"]), "url": m["url"], "title": m["title"],
                         "date": m["date"], "language": m["language"], "translation_of": m["translation_of"],
                         "figures": f, "described": figures_in_words(m)} for m, f in zip(g, figures)],
        })
    out.sort(key=lambda g: g["date"], reverse=True)
    return out


def _site(url: str | None) -> str | None:
    """The site an article came from, for one that names no outlet."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or None


def _event_groups(rows: list[dict], window_days: int) -> list[list[dict]]:
    """Events grouped greedily: same type (and, for attacks, the same night
    and the same comparability), within the window of the group's first
    report (no chaining night to night), places overlapping or unnamed, at
    most one event per article."""
    rows = sorted(rows, key=lambda r: (r["type"], r["date"], r["id"]))
    groups: list[list[dict]] = []
    active: list[dict] = []
    for r in rows:
        day = date.fromisoformat(r["date"][:10])
        places = _places(r)
        kind = (r["type"], r.get("comparable"))
        window = timedelta(days=0 if r["type"] == "attack" else window_days)
        active = [g for g in active if g["kind"] == kind and day - g["first"] <= window]
        for g in active:
            if r["document_id"] in g["documents"] or (g["places"] and places and not g["places"] & places):
                continue
            g["members"].append(r)
            g["documents"].add(r["document_id"])
            g["places"] |= places
            break
        else:
            g = {"kind": kind, "members": [r], "documents": {r["document_id"]}, "places": set(places), "first": day}
            active.append(g)
            groups.append(g["members"])
    return groups


def _differences(group: list[dict], figures: list[dict]) -> dict[str, dict[str, list[str]]]:
    """Each figure the sources do not agree on: value -> the articles giving it."""
    differences = {}
    for k in sorted(set().union(*figures)):
        values = {f[k] for f in figures if k in f}
        if len(values) > 1:
            differences[k] = {str(v): [m["document_id"] for m, f in zip(group, figures) if f.get(k) == v]
                              for v in sorted(values)}
    return differences


def _changed_in_translation(group: list[dict], figures: list[dict]) -> dict[str, list[dict]]:
    """Each figure that both an article and its translation give, with other
    digits ("7 ballistic missiles" become "6")."""
    by_document = {m["document_id"]: (m, f) for m, f in zip(group, figures)}
    changed: dict[str, list[dict]] = {}
    for m, f in zip(group, figures):
        original = by_document.get(m["translation_of"] or "")
        if original is None:
            continue
        for k in sorted(set(f) & set(original[1])):
            if f[k] != original[1][k]:
                changed.setdefault(k, []).append({
                    "original": original[0]["document_id"], "original_language": original[0]["language"],
                    "original_value": original[1][k], "translation": m["document_id"],
                    "translation_language": m["language"], "translation_value": f[k]})
    return changed


# -- views for the web UI -----------------------------------------------------

def timeline(store, date_from: str | None = None, date_to: str | None = None, **filters) -> list[dict]:
    """Per night and weapon category: launched, intercepted and suppressed, as
    the largest figure any source gave (sources are compared, not added up),
    with the articles behind each point. Only figures that can stand beside
    the official record's nights: no Russian-side claims, no attacks outside
    Ukraine, no figure without a night of its own (`comparable.py`).
    `filters`: those of `events` (place, weapon, outlet, language)."""
    by_key: dict[tuple[str, str], dict] = {}
    for ev in events(store, type="attack", date_from=date_from, date_to=date_to, limit=None, **filters):
        if ev["comparable"]:
            continue
        for w in ev.get("weapons") or []:
            key = (ev["date"][:10], w["category"] or "unspecified")
            point = by_key.setdefault(key, {"date": key[0], "category": key[1], "launched": None,
                                            "intercepted": None, "suppressed": None, "documents": []})
            for f in ("launched", "intercepted", "suppressed"):
                if w.get(f) is not None:
                    point[f] = max(point[f] or 0, w[f])
            if not any(d["id"] == ev["document_id"] for d in point["documents"]):
                point["documents"].append({"id": ev["document_id"], "title": ev["title"], "outlet": ev["outlet"],
                                           "event": ev["local_id"], "language": ev["language"]})
    return [by_key[k] for k in sorted(by_key)]


def places(store, type: str | None = None, date_from: str | None = None, date_to: str | None = None,
           **filters) -> list[dict]:
    """Places of events that have coordinates, with how many events of each
    type. `filters`: those of `events` (place, weapon, outlet, language, check)."""
    counts: dict[int, dict] = {}
    for ev in events(store, type=type, date_from=date_from, date_to=date_to, limit=None, **filters):
        if ev["lat"] is None or ev["place_entity_id"] is None:
            continue
        place = counts.setdefault(ev["place_entity_id"], {
            "id": ev["place_entity_id"], "name": ev["place"], "lat": ev["lat"], "lon": ev["lon"],
            "country": ev["country"], "admin1": ev["admin1"], "events": 0, "by_type": {}})
        place["events"] += 1
        place["by_type"][ev["type"]] = place["by_type"].get(ev["type"], 0) + 1
    names = {r["id"]: r["name"] for r in store.query(
        f"SELECT id, name FROM entities WHERE id IN ({_in(list(counts))})", list(counts))} if counts else {}
    for place in counts.values():
        place["name"] = names.get(place["id"], place["name"])
    return sorted(counts.values(), key=lambda p: p["name"] or "")


ROLES = ("attacker", "target", "donor", "recipient", "controller", "territory", "reported_by")


def entity_events(store, entity_id: int, limit: int | None = 100, offset: int = 0) -> list[dict]:
    """The events an entity takes part in, each with its `roles`: the place
    where it happened (or the region holding that place), the attacker, the
    target, the donor or recipient, the side in control or the territory
    held, the one reporting it. Not the other events of the articles that
    merely mention it."""
    check_id("entity_id", entity_id)
    found = entity(store, entity_id)
    if found is None:
        return []
    name = found["name"].casefold()
    sides = " OR ".join(f"lower(v.{r}) = ?" for r in ROLES)
    ids = [r["id"] for r in store.query(
        "SELECT v.id FROM events v JOIN documents d ON d.id = v.document_id "
        "LEFT JOIN entities p ON p.id = v.place_entity_id WHERE d.republication_of IS NULL AND "
        f"(v.place_entity_id = ? OR lower(p.admin1) = ? OR {sides}) "
        "ORDER BY coalesce(v.date, d.published) DESC, v.id" + _page(limit, offset),
        (entity_id, name, *[name] * len(ROLES)))]
    rows = events(store, event_ids=ids, limit=None) if ids else []
    for ev in rows:
        ev["roles"] = [r for r in ROLES if (ev.get(r) or "").casefold() == name]
        if ev["place_entity_id"] == entity_id or (ev["admin1"] or "").casefold() == name:
            ev["roles"].insert(0, "place")
    return rows


def recent_window(store, days: int = 31) -> tuple[str | None, str | None]:
    """(from, to): the `days` days up to the last night that several articles
    report (what the web UI compares when not told otherwise: a window that
    holds comparisons, not merely the ledger's last days)."""
    last = store.scalar(
        "SELECT max(day) FROM (SELECT coalesce(v.date, d.published) AS day FROM events v "
        "JOIN documents d ON d.id = v.document_id WHERE d.republication_of IS NULL AND v.type IN ('attack', 'casualties') "
        "GROUP BY coalesce(v.date, d.published) HAVING count(DISTINCT v.document_id) > 1) AS nights")
    last = last or store.scalar("SELECT max(coalesce(v.date, d.published)) FROM events v "
                                "JOIN documents d ON d.id = v.document_id")
    if not last:
        return None, None
    return (date.fromisoformat(last[:10]) - timedelta(days=days - 1)).isoformat(), last[:10]
