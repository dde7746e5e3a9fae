"""Fetching pages and feeds over HTTP(S): timeouts, a size limit, a clear
User-Agent, and an `InputError` (V110) naming the URL when anything fails."""
from __future__ import annotations

import urllib.error
import urllib.request
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
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or err
        raise InputError("V110", url, str(reason)) from err
