"""HTML pages: article, speaker (entity), strikes timeline, map, search,
comparisons. Server-rendered with autoescaping; the charts are drawn by the
page's own script from the JSON API."""
from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from urllib.parse import urlencode

from .. import describe
from ..lang import LANGUAGES
from ..store import query
from .api import CSV_COLUMNS, DocumentId, EntityId, EventFilters, Offset, Search, described
from .highlight import highlighted_text, speaker_colours

# A page's fields come from a form: an empty field is no filter (the API's are checked by `query`)
Day = Annotated[str | None, Query(max_length=10)]
FormField = Annotated[str | None, Query(max_length=query.MAX_NAME_CHARS)]
EVENTS_PAGE = 100


def page_filters(type: FormField = None, date_from: Annotated[Day, Query(alias="from")] = None,
                 date_to: Annotated[Day, Query(alias="to")] = None, place: FormField = None, weapon: FormField = None,
                 outlet: FormField = None, language: FormField = None, check: FormField = None) -> EventFilters:
    """The filter bar's fields (events, timeline, map), as the API takes them;
    a value the API would refuse is refused here too, naming the field."""
    date_from, date_to = query.check_period(("from", "to"), date_from, date_to)
    for name, value, allowed in (("type", type, query.EVENT_TYPES), ("language", language, LANGUAGES),
                                 ("check", check, query.CHECKS)):
        if value and value not in allowed:
            raise query.QueryError(name, f"{value[:40]!r}: one of {', '.join(allowed)}")
    return EventFilters.model_validate({"type": type or None, "from": date_from, "to": date_to, "place": place or None,
                                        "weapon": weapon or None, "outlet": outlet or None,
                                        "language": language or None, "check": check or None})


PageFilters = Annotated[EventFilters, Depends(page_filters)]


def _bar(filters: EventFilters, action: str, types: tuple[str, ...] = query.EVENT_TYPES) -> dict:
    """What the filter bar template needs: the values, the choices, the query string."""
    values = filters.model_dump(by_alias=True)
    return {"action": action, "values": values, "types": types, "languages": sorted(LANGUAGES),
            "checks": {"differs": "sources give other figures", "disagrees": "the official record disagrees"},
            "query": urlencode({k: v for k, v in values.items() if v})}

router = APIRouter(include_in_schema=False)


def _render(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return _render(request, "error.html", status_code=status, status=status, message=message)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, offset: Offset = 0, language: Annotated[str | None, Query(max_length=10)] = None):
    store = request.app.state.ledger()
    if language and language not in LANGUAGES:
        raise HTTPException(400, f"no language {language!r}: veille reads {', '.join(LANGUAGES)}")
    return _render(request, "home.html", stats=query.stats(store), language=language,
                   documents=query.documents(store, language=language, limit=50, offset=offset), offset=offset)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def article(request: Request, document_id: DocumentId):
    store = request.app.state.ledger()
    record = query.record(store, document_id)
    if record is None:
        raise HTTPException(404, f"no document {document_id!r}")
    links = query.document_links(store, document_id)
    return _render(request, "article.html", record=record, doc=record["document"], text=highlighted_text(record),
                   colours=speaker_colours(record), speaker_ids=links["statement_speakers"], meta=links,
                   checks=query.reconciliation_checks(store, document_id),
                   words={ev["id"]: describe.figures(ev) for ev in record.get("events") or []},
                   actors={ev["id"]: describe.actors(ev) for ev in record.get("events") or []})


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def speaker(request: Request, entity_id: EntityId):
    store = request.app.state.ledger()
    entity = query.entity(store, entity_id)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id}")
    statements = query.statements(store, entity_id=entity_id, limit=1000)
    by_month: dict[str, list] = defaultdict(list)
    for st in statements:
        by_month[(st["date"] or "undated")[:7]].append(st)
    return _render(request, "entity.html", entity=entity, by_month=dict(by_month), count=len(statements),
                   events=[described(e) for e in query.entity_events(store, entity_id, limit=200)])


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, filters: PageFilters):
    return _render(request, "timeline.html", bar=_bar(filters, "/timeline", ()))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, filters: PageFilters):
    return _render(request, "map.html", bar=_bar(filters, "/map"))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Search = ""):
    store = request.app.state.ledger()
    q = q or ""
    statements = query.statements(store, search=q, limit=100) if q.strip() else []
    documents = query.documents(store, search=q, limit=50) if q.strip() else []
    entities = query.entities(store, search=q.strip(), limit=20) if q.strip() and len(q) <= query.MAX_NAME_CHARS else []
    return _render(request, "search.html", q=q, statements=statements, documents=documents, entities=entities,
                   spellings=sorted({w for group in query.spellings(q).values() for w in group}))


@router.get("/comparisons", response_class=HTMLResponse)
def comparisons(request: Request, differing: bool = False, offset: Offset = 0,
                every: Annotated[bool, Query(alias="all")] = False,
                date_from: Annotated[Day, Query(alias="from")] = None, date_to: Annotated[Day, Query(alias="to")] = None):
    """Without dates: the 31 days up to the last night several articles
    report (`all=true` with empty dates: every date)."""
    store = request.app.state.ledger()
    date_from, date_to = query.check_period(("from", "to"), date_from, date_to)
    defaulted = not date_from and not date_to and not every
    if defaulted:
        date_from, date_to = query.recent_window(store)
    groups = query.compare(store, only_differing=differing, date_from=date_from, date_to=date_to)
    for g in groups:
        g["when"] = describe.night(g["date"]) if g["type"] == "attack" else g["date"]
    return _render(request, "comparisons.html", groups=groups[offset : offset + 100], total=len(groups),
                   offset=offset, differing=differing, date_from=date_from, date_to=date_to, defaulted=defaulted)


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request):
    store = request.app.state.ledger()
    rows = [e for e in query.entities(store, limit=500) if e["statements"]]
    rows.sort(key=lambda e: -e["statements"])
    return _render(request, "speakers.html", speakers=rows)


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, filters: PageFilters, sort: FormField = None, dir: FormField = None, offset: Offset = 0):
    store = request.app.state.ledger()
    rows = query.events(store, **filters.arguments(), sort=sort or None, direction=dir or None, limit=EVENTS_PAGE,
                        offset=offset)
    bar = _bar(filters, "/events")
    order = urlencode({k: v for k, v in (("sort", sort), ("dir", dir)) if v})
    shown = "&".join(p for p in (bar["query"], order, f"limit={EVENTS_PAGE}&offset={offset}") if p)
    return _render(request, "events.html", events=[described(r) for r in rows], bar=bar, sort=sort, dir=dir,
                   offset=offset, page=EVENTS_PAGE, shown=shown, order=order, columns=CSV_COLUMNS)
