"""The official record beside the news: `/records` (HTML), `/api/reconciliations`
and `/api/records/nights` (JSON). The page and the API read the same
`views.reconciled_nights`, so the page shows what the API answers."""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..official import views
from ..official.reconcile import STATUSES
from ..store import query
from . import api
from .api import Day, Language, Limit, Name, Offset

Status = Literal[STATUSES]  # type: ignore[valid-type]
Document = Annotated[str | None, Query(max_length=query.MAX_DOCUMENT_ID_CHARS, description="One article's id")]
FormText = Annotated[str | None, Query(max_length=query.MAX_NAME_CHARS)]  # a form's field: empty is none

router = APIRouter(responses=api.router.responses)  # the API's documented error shapes (422, 503, 500)


def _store(request: Request):
    return request.app.state.ledger()


@router.get("/api/reconciliations", tags=["ledger"],
            summary="Per night (newest first), the articles' attack figures against the Air Force report they were "
                    "compared with, every row of that report, and the share that agrees")
def reconciliations(request: Request, date_from: Annotated[Day, Query(alias="from")] = None,
                    date_to: Annotated[Day, Query(alias="to")] = None, status: Status | None = None,
                    document: Document = None, outlet: Name = None, language: Language = None, limit: Limit = 50,
                    offset: Offset = 0) -> dict:
    store = _store(request)
    found = views.reconciled_nights(store, date_from=date_from, date_to=date_to, status=status, document_id=document,
                                    outlet=outlet, language=language, limit=limit, offset=offset)
    items = found["items"]
    return {"items": items, "limit": limit, "offset": offset, "count": len(items),
            "next_offset": offset + limit if offset + limit < found["total"] else None, "total": found["total"],
            "summary": found["summary"], "agreement": views.agreement(found["summary"]),
            "records": views.has_records(store)}


@router.get("/api/records/nights", tags=["ledger"],
            summary="Per night (its morning's date) and weapon category, the national Air Force report's launched "
                    "and destroyed (the timeline's overlay)")
def record_nights(request: Request, date_from: Annotated[Day, Query(alias="from")] = None,
                  date_to: Annotated[Day, Query(alias="to")] = None) -> dict:
    return {"nights": views.record_nights(_store(request), date_from=date_from, date_to=date_to)}


PAGE_SIZE = 30


@router.get("/records", response_class=HTMLResponse, include_in_schema=False)
def records_page(request: Request, date: Annotated[str | None, Query(max_length=10)] = None,
                 date_from: Annotated[str | None, Query(alias="from", max_length=10)] = None,
                 date_to: Annotated[str | None, Query(alias="to", max_length=10)] = None, status: FormText = None,
                 document: Document = None, outlet: FormText = None, language: FormText = None, offset: Offset = 0):
    store = _store(request)
    if date:
        date_from = date_to = query.check_day("date", date)
    if status and status not in STATUSES:
        raise query.QueryError("status", f"{status[:40]!r} is none of: {', '.join(STATUSES)}")
    if language and language not in views.LANGUAGES:
        raise query.QueryError("language", f"{language[:10]!r} is none of: {', '.join(views.LANGUAGES)}")
    found = views.reconciled_nights(store, date_from=date_from or None, date_to=date_to or None,
                                    status=status or None, document_id=document or None, outlet=outlet or None,
                                    language=language or None, limit=PAGE_SIZE, offset=offset)
    filters = {"date": date, "from": None if date else date_from, "to": None if date else date_to, "status": status,
               "document": document, "outlet": outlet, "language": language}
    filters = {k: v for k, v in filters.items() if v}
    # a night no article speaks of: the record's own reports of it, rather than an empty page
    records_of_night = views.night_records(store, date) if date and not found["items"] else []
    return request.app.state.templates.TemplateResponse(request, "records.html", {
        "items": found["items"], "total": found["total"], "summary": found["summary"],
        "agreement": views.agreement(found["summary"]), "counts": views.has_records(store), "filters": filters,
        "statuses": STATUSES, "offset": offset, "records_of_night": records_of_night, "page_size": PAGE_SIZE, "labels": views.LABELS})
