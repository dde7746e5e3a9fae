"""HTML pages: article, speaker (entity), strikes timeline, map, search,
comparisons. Server-rendered with autoescaping; the charts are drawn by the
page's own script from the JSON API."""
from __future__ import annotations

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..lang import LANGUAGES
from ..store import query
from .api import DocumentId, EntityId, Offset, Search
from .highlight import highlighted_text, speaker_colours

# A page's dates come from a form: an empty field is no date (the API's are checked by `query`)
Day = Annotated[str | None, Query(max_length=10)]

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
                   checks=query.reconciliation_checks(store, document_id))


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
                   events=query.entity_events(store, entity_id, limit=200))


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request):
    return _render(request, "timeline.html")


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request):
    return _render(request, "map.html")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Search = ""):
    store = request.app.state.ledger()
    q = q or ""
    statements = query.statements(store, search=q, limit=100) if q.strip() else []
    documents = query.documents(store, search=q, limit=50) if q.strip() else []
    return _render(request, "search.html", q=q, statements=statements, documents=documents)


@router.get("/comparisons", response_class=HTMLResponse)
def comparisons(request: Request, differing: bool = False, offset: Offset = 0,
                date_from: Annotated[Day, Query(alias="from")] = None, date_to: Annotated[Day, Query(alias="to")] = None):
    store = request.app.state.ledger()
    date_from, date_to = query.check_period(("from", "to"), date_from, date_to)
    if not date_from and not date_to:
        date_from, date_to = query.recent_window(store)
    groups = query.compare(store, only_differing=differing, date_from=date_from, date_to=date_to)
    return _render(request, "comparisons.html", groups=groups[offset : offset + 100], total=len(groups),
                   offset=offset, differing=differing, date_from=date_from, date_to=date_to)


@router.get("/speakers", response_class=HTMLResponse)
def speakers(request: Request):
    store = request.app.state.ledger()
    rows = [e for e in query.entities(store, limit=500) if e["statements"]]
    rows.sort(key=lambda e: -e["statements"])
    return _render(request, "speakers.html", speakers=rows)
