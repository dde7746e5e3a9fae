"""The JSON API: thin routes over `veille.store.query`, paginated."""
from __future__ import annotations

import csv
import io
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import AfterValidator, BaseModel, Field

from .. import describe
from ..lang import LANGUAGES
from ..store import query
from ..store.query import MAX_DOCUMENT_ID_CHARS, MAX_ID, MAX_NAME_CHARS, MAX_SEARCH_CHARS, MAX_SEARCH_TERMS


class ErrorDetail(BaseModel):
    code: int = Field(description="The HTTP status, again")
    message: str = Field(description="What was wrong, naming the parameter")


class Error(BaseModel):
    """Every error the API answers: `{"error": {"code": 422, "message": "…"}}`."""

    error: ErrorDetail


def _error(description: str) -> dict:
    return {"model": Error, "description": description}


router = APIRouter(prefix="/api", tags=["ledger"], responses={
    422: _error("A parameter out of range: an id or offset beyond 2^63-1, a date that is not a real day, `from` "
                f"after `to`, a search of more than {MAX_SEARCH_CHARS} characters or {MAX_SEARCH_TERMS} words, "
                f"a name of more than {MAX_NAME_CHARS} characters, an unknown type or language"),
    503: _error("The question took longer than the server allows (a few hundred ms): narrow it"),
    500: _error("The server failed (a bug: please report it)"),
})
NOT_FOUND = {404: _error("No such id in the ledger")}


def _real_day(day: str | None) -> str | None:
    """A real day ("2025-13-45" matches the pattern and is none)."""
    try:
        return query.check_day("day", day)
    except query.QueryError:
        raise ValueError("not a real day (YYYY-MM-DD)") from None


Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="Rows to skip")]
Day = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="A real day, YYYY-MM-DD"),
                AfterValidator(_real_day)]
Search = Annotated[str | None, Query(max_length=MAX_SEARCH_CHARS,
                                     description=f"Words, all required (at most {MAX_SEARCH_TERMS})")]
Name = Annotated[str | None, Query(max_length=MAX_NAME_CHARS,
                                   description="Part of a name, case aside (% and _ are plain characters)")]
EntityId = Annotated[int, Path(ge=1, le=MAX_ID, description="An entity's ledger id")]
DocumentId = Annotated[str, Path(max_length=MAX_DOCUMENT_ID_CHARS, description="An article's id")]
LanguageCode = Literal[tuple(sorted(LANGUAGES))]  # type: ignore[valid-type]  # a 422 for any other code
Language = Annotated[LanguageCode | None, Query(description="Only articles in this language")]


def _store(request: Request):
    return request.app.state.ledger()


def _page(items: list, limit: int, offset: int) -> dict:
    return {"items": items, "limit": limit, "offset": offset, "count": len(items),
            "next_offset": offset + limit if len(items) == limit else None}


@router.get("/documents", summary="Articles, newest first; `search` is full-text over titles and texts")
def documents(request: Request, search: Search = None, language: Language = None, limit: Limit = 50,
              offset: Offset = 0) -> dict:
    return _page(query.documents(_store(request), search=search, language=language, limit=limit, offset=offset),
                 limit, offset)


@router.get("/documents/{document_id}", summary="One article's full veille/1 record, and its ledger ids",
            responses=NOT_FOUND)
def document(request: Request, document_id: DocumentId) -> dict:
    store = _store(request)
    record = query.record(store, document_id)
    if record is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return {"record": record, "ledger": query.document_links(store, document_id)}


@router.get("/statements", summary="Statements, newest first")
def statements(request: Request, speaker: Name = None,
               entity: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Speaker entity id")] = None,
               since: Day = None, until: Day = None, search: Search = None, language: Language = None, limit: Limit = 50,
               offset: Offset = 0) -> dict:
    rows = query.statements(_store(request), speaker=speaker, entity_id=entity, since=since, until=until,
                            search=search, language=language, limit=limit, offset=offset)
    return _page(rows, limit, offset)


EventType = Literal["attack", "casualties", "territorial_control", "aid", "damage"]
Check = Literal["differs", "disagrees"]
Sort = Literal["date", "type", "place", "outlet", "language"]


class EventFilters(BaseModel):
    """The filters every view of events shares (the events table, the timeline, the map)."""

    type: EventType | None = Field(None, description="Event type")
    date_from: str | None = Field(None, alias="from", description="From this day (YYYY-MM-DD)")
    date_to: str | None = Field(None, alias="to", description="Up to this day (YYYY-MM-DD)")
    place: str | None = Field(None, description="A place or region, in any spelling the gazetteer knows (Kiev, Kyiv)")
    weapon: str | None = Field(None, description="A weapon category (drone, ballistic_missile…) or part of a model")
    outlet: str | None = Field(None, description="Part of an outlet's name")
    language: str | None = Field(None, description="Only articles in this language")
    check: Check | None = Field(None, description="differs: sources give other figures; disagrees: the official "
                                                  "record gives other figures")

    def arguments(self) -> dict:
        return {k: v for k, v in self.model_dump().items() if v is not None}


def event_filters(type: EventType | None = None, date_from: Annotated[Day, Query(alias="from")] = None,
                  date_to: Annotated[Day, Query(alias="to")] = None, place: Name = None, weapon: Name = None,
                  outlet: Name = None, language: Language = None, check: Check | None = None) -> EventFilters:
    return EventFilters.model_validate({"type": type, "from": date_from, "to": date_to, "place": place,
                                        "weapon": weapon, "outlet": outlet, "language": language, "check": check})


Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", summary="Events, newest first (attacks with their weapons); republications left out. Each "
                               "has its figures in words (`figures`), whether they are comparable with the official "
                               "record (`comparable`: null, or why not) and what the record says (`record`)")
def events(request: Request, filters: Filters, sort: Sort | None = None, dir: Literal["asc", "desc"] | None = None,
           limit: Limit = 50, offset: Offset = 0) -> dict:
    rows = query.events(_store(request), **filters.arguments(), sort=sort, direction=dir, limit=limit, offset=offset)
    return _page([described(r) for r in rows], limit, offset)


@router.get("/events.csv", summary="The same events as /api/events, as CSV: one row per event, figures in words",
            response_class=Response, responses={200: {"content": {"text/csv": {}}}})
def events_csv(request: Request, filters: Filters, sort: Sort | None = None,
               dir: Literal["asc", "desc"] | None = None, limit: Limit = 500, offset: Offset = 0) -> Response:
    rows = query.events(_store(request), **filters.arguments(), sort=sort, direction=dir, limit=limit, offset=offset)
    return Response(events_as_csv([described(r) for r in rows]), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="veille-events.csv"'})


CSV_COLUMNS = ("id", "date", "type", "place", "region", "country", "attacker", "target", "reported_by", "figures",
               "comparable", "record", "outlet", "language", "title", "url", "document_id", "local_id", "evidence")


def described(event: dict) -> dict:
    """An event row with what a reader needs besides the fields: its figures
    in words, its actors, and the evidence (the article text it was read from)."""
    return event | {"figures": describe.figures(event), "actors": describe.actors(event),
                    "region": event.get("admin1")}


def events_as_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(["" if r.get(c) is None else r[c] for c in CSV_COLUMNS])
    return out.getvalue()


@router.get("/entities", summary="Entities across articles, most mentioned first")
def entities(request: Request, type: Literal["person", "organization", "place", "other"] | None = None,
             search: Name = None, language: Language = None, limit: Limit = 50, offset: Offset = 0) -> dict:
    return _page(query.entities(_store(request), type=type, search=search, language=language, limit=limit,
                                offset=offset), limit, offset)


@router.get("/entities/{entity_id}", summary="One entity with its statements and events", responses=NOT_FOUND)
def entity(request: Request, entity_id: EntityId, limit: Limit = 100, offset: Offset = 0) -> dict:
    store = _store(request)
    found = query.entity(store, entity_id)
    if found is None:
        raise HTTPException(404, f"no entity {entity_id}")
    return {"entity": found,
            "statements": query.statements(store, entity_id=entity_id, limit=limit, offset=offset),
            "events": [described(e) for e in query.entity_events(store, entity_id, limit=limit, offset=offset)]}


@router.get("/comparisons", summary="Events several articles report, with each source's figures and the figures "
                                    "changed in translation (without from/to: the ledger's last 31 days)")
def comparisons(request: Request, type: Literal["attack", "casualties"] | None = None,
                date_from: Annotated[Day, Query(alias="from")] = None, date_to: Annotated[Day, Query(alias="to")] = None,
                differing: bool = False, cross_language: bool = False, language: Language = None, limit: Limit = 50,
                offset: Offset = 0) -> dict:
    store = _store(request)
    if not date_from and not date_to:
        date_from, date_to = query.recent_window(store)
    groups = query.compare(store, type=type, date_from=date_from, date_to=date_to, only_differing=differing,
                           language=language, cross_language=cross_language)
    return _page(groups[offset : offset + limit], limit, offset) | {"from": date_from, "to": date_to}


@router.get("/timeline", summary="Per night and weapon category: launched, intercepted, suppressed (only figures "
                                 "comparable with the official record's nights)")
def timeline(request: Request, filters: Filters) -> dict:
    args = filters.arguments()
    args.pop("type", None)
    return {"points": query.timeline(_store(request), **args)}


@router.get("/places", summary="Places of events, with coordinates and event counts")
def places(request: Request, filters: Filters) -> dict:
    return {"places": query.places(_store(request), **filters.arguments())}


@router.get("/stats", summary="What the ledger holds")
def stats(request: Request) -> dict:
    return query.stats(_store(request))
