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
import threading
from pathlib import Path

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..store import open_store

HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


class Ledger:
    """One read-only connection per thread (FastAPI runs sync routes in a pool)."""

    def __init__(self, url: str):
        self.url = url
        self.local = threading.local()
        open_store(url, create=False, readonly=True).close()  # fail now, with the path, if it is not a ledger

    def __call__(self):
        store = getattr(self.local, "store", None)
        if store is None:
            store = self.local.store = open_store(self.url, create=False, readonly=True)
        return store


def create_app(db: str) -> FastAPIOffline:
    from . import api, pages

    app = FastAPIOffline(
        title="veille",
        description="Read-only API over a veille ledger: articles, statements, events, entities, comparisons.",
        version="1",
    )
    app.state.ledger = Ledger(db)
    app.state.templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates.env.filters["tojson_safe"] = _json_for_script
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
            return JSONResponse({"error": {"code": exc.status_code, "message": str(exc.detail)}},
                                status_code=exc.status_code)
        return pages.error_page(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"error": {"code": 422, "message": problems}}, status_code=422)

    return app


def _json_for_script(value) -> str:
    """JSON safe inside <script type="application/json">: no "</script>", no "<!--"."""
    from markupsafe import Markup

    return Markup(json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
                  .replace("&", "\\u0026"))
