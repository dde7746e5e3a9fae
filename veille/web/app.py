"""`veille serve`: a read-only web application over the ledger.

A JSON API under /api (OpenAPI at /openapi.json, interactive docs at /docs
with their JavaScript and CSS served from the fastapi-offline package, never
from a CDN) and HTML pages (Jinja2, autoescaped: article text is untrusted).
Every page sends a Content-Security-Policy that allows nothing but this
server, so even text that slipped through could neither run a script nor
call elsewhere.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store import open_store
from ..store.query import MAX_QUERY_MS, MAX_SEARCH_TERMS, QueryError

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class Ledger:
    """One read-only connection per thread (FastAPI runs sync routes in a
    pool), each bounded in time, so that no question, however built, holds a
    worker for long. SQLite: a progress handler interrupts the SQL of one
    request once it has used `budget_ms` of this thread's CPU time (CPU, not
    the wall clock: under load a cheap request waits for the processor, and
    it must not be stopped for that). PostgreSQL: the connection's
    statement_timeout cancels each statement after `budget_ms`."""

    check_every = 10_000  # SQLite virtual machine steps between two looks at the clock

    def __init__(self, url: str, budget_ms: int = MAX_QUERY_MS):
        self.url = url
        self.budget_ms = budget_ms
        self.local = threading.local()
        open_store(url, create=False, readonly=True).close()  # fail now, with the path, if it is not a ledger

    def __call__(self):
        """This thread's connection, its time budget starting now (a route asks for it once per request)."""
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = self._bounded(open_store(self.url, create=False, readonly=True))
        self.local.deadline = time.thread_time() + self.budget_ms / 1000
        return store

    def _bounded(self, store):
        if store.dialect == "postgresql":
            store.execute(f"SET statement_timeout = {int(self.budget_ms)}")
        else:
            store.conn.set_progress_handler(self._over_budget, self.check_every)
        return store

    def _over_budget(self) -> bool:
        return time.thread_time() >= self.local.deadline


def _secured(request: Request, response: Response) -> Response:
    if not request.url.path.startswith(("/docs", "/redoc")):
        response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _timed_out(err: Exception) -> bool:
    """A query stopped by the time budget (SQLite interrupted, PostgreSQL canceled)."""
    if isinstance(err, sqlite3.OperationalError):
        return "interrupted" in str(err)
    return type(err).__name__ == "QueryCanceled"


def _database_errors() -> tuple[type[Exception], ...]:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency of [postgres] only
        return (sqlite3.Error,)
    return (sqlite3.Error, psycopg.Error)


def create_app(db: str, query_budget_ms: int = MAX_QUERY_MS) -> FastAPIOffline:
    from . import api, pages, records

    app = FastAPIOffline(
        title="veille",
        description="Read-only API over a veille ledger: articles, statements, events, entities, comparisons. "
                    'Every error is `{"error": {"code": <HTTP status>, "message": "…"}}`: 404 for an id that '
                    "is not in the ledger, 422 for a parameter out of range (ids and offsets up to 2^63-1, real "
                    "dates with `from` no later than `to`, searches of at most "
                    f"{MAX_SEARCH_TERMS} words), 503 when the question takes longer than "
                    f"{query_budget_ms} ms to answer.",
        version="1",
    )
    app.state.ledger = Ledger(db, query_budget_ms)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.filters["tojson_safe"] = _json_for_script
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(records.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        return _secured(request, await call_next(request))

    def error(request: Request, status: int, message: str):
        """The documented JSON error for the API, an HTML page for a page."""
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": {"code": status, "message": message}}, status_code=status)
        return pages.error_page(request, status, message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return error(request, 422, problems)

    @app.exception_handler(QueryError)
    async def query_error(request: Request, exc: QueryError):
        return error(request, 422, str(exc))

    for database_error in _database_errors():
        @app.exception_handler(database_error)
        async def ledger_error(request: Request, exc: Exception):
            if _timed_out(exc):
                return error(request, 503, f"the question took longer than {query_budget_ms} ms to answer: "
                                           "narrow it (fewer words, a shorter period, a smaller page)")
            return error(request, 500, "the ledger could not answer")

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):  # outside the middleware; still logged by the server
        return _secured(request, error(request, 500, "internal error"))

    return app


def _json_for_script(value) -> str:
    """JSON safe inside <script type="application/json">: no "</script>", no "<!--"."""
    from markupsafe import Markup

    return Markup(json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("&", "\\u0026"))
