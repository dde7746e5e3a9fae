"""Fetching pages and feeds over HTTP(S): timeouts, a size limit, a clear
User-Agent, and an `InputError` (V110) naming the URL when anything fails.

"Anything" is wide: a server can answer a garbage status line, a header line
over 64 KB or a broken chunked body (`http.client.HTTPException`), drop the
connection or fail TLS (`OSError`, `ssl.SSLError`), or send bytes that no
codec reads (`ValueError`, `LookupError`, `zlib.error`). Each of these is one
item's failure, never the end of an ingest."""
from __future__ import annotations

import http.client
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from urllib.parse import urlparse

from ..errors import InputError

USER_AGENT = "veille/0.1 (news ledger; +https://github.com/veille-news/veille)"
TIMEOUT = 20  # seconds, to connect and between bytes
MAX_FETCH_BYTES = 10 * 1024 * 1024


@dataclass
class Response:
    url: str          # after redirects
    content_type: str
    body: bytes


def is_url(source: str) -> bool:
    return str(source).startswith(("http://", "https://"))


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> Response:
    """GET `url` (http or https only)."""
    if urlparse(url).scheme not in ("http", "https"):
        raise InputError("V110", url, "only http and https URLs are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (scheme checked above)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError("V110", url, f"{int(length)} bytes, limit {max_bytes}")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError("V110", url, f"more than {max_bytes} bytes")
            return Response(response.geturl(), response.headers.get("Content-Type", ""), body)
    except urllib.error.HTTPError as err:
        raise InputError("V110", url, f"HTTP {err.code}") from err
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError, LookupError, zlib.error) as err:
        raise InputError("V110", url, _reason(err)) from err


def _reason(err: BaseException) -> str:
    """What went wrong, in one short line (a header line over 64 KB is not
    repeated in full)."""
    reason = getattr(err, "reason", None) or err
    text = str(reason).strip() or type(err).__name__
    if isinstance(err, http.client.HTTPException):
        text = f"{type(err).__name__}: {text}"
    return text if len(text) <= 200 else text[:200] + "…"
