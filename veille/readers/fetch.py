"""Fetching pages and feeds over HTTP(S), safely, with an `InputError`
naming the URL whenever a page is refused or cannot be fetched.

The URLs come from feeds veille did not write, so each page is held to:
- http and https only (V110), and a public address for the first request
  and every redirect (V115), unless `allow_private` (`--allow-private`);
  the address checked is the one connected to (the host name is resolved
  once; the Host header and TLS SNI still name the host), so a DNS answer
  cannot change between the check and the connection;
- at most `MAX_REDIRECTS` redirects (V116);
- a total time per page, redirects included (V117): a watchdog cuts the
  connection at the deadline, so a server sending a byte a second is not
  saved by per-read timeouts;
- a size limit on the body once gzip/deflate is undone (V118): a
  compression bomb is cut after `max_bytes`, never inflated in full.

Any other failure is V110: a garbage status line, a header line over 64 KB
or a broken chunked body (`http.client.HTTPException`), a dropped
connection or failed TLS (`OSError`), bytes no codec reads (`ValueError`,
`zlib.error`). Each is one item's failure, never the end of an ingest."""
from __future__ import annotations

import functools
import http.client
import socket
import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from ..errors import InputError
from ._address import why_not_public

USER_AGENT = "veille/0.1 (news ledger; +https://github.com/veille-news/veille)"
TIMEOUT = 20  # seconds, to connect and between bytes
DEADLINE = 60  # seconds for a whole page, redirects included
MAX_FETCH_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5

_REDIRECT_STATUSES = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024
_URL_SAFE = "/%:@!$&'()*+,;=?-._~"  # what stays as is in a request target


@dataclass
class Response:
    url: str          # after redirects
    content_type: str
    body: bytes


def is_url(source: str) -> bool:
    return str(source).startswith(("http://", "https://"))


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_FETCH_BYTES, *, allow_private: bool = False,
          deadline: float | None = None, max_redirects: int = MAX_REDIRECTS) -> Response:
    """GET `url` within the limits above (`deadline`: `DEADLINE` seconds
    unless given); raises `InputError` V110, V115–V118."""
    watchdog = _Watchdog(deadline or DEADLINE)
    current = url
    try:
        for _ in range(max_redirects + 1):
            answer = _get(url, current, timeout, max_bytes, allow_private, watchdog)
            if isinstance(answer, Response):
                return answer
            current = answer
        raise InputError("V116", url, f"more than {max_redirects}, the last to {current}")
    except InputError:
        raise
    except (OSError, http.client.HTTPException, ValueError, LookupError, zlib.error) as err:
        if watchdog.fired:
            raise watchdog.error(url) from err
        raise InputError("V110", url, _reason(err)) from err
    finally:
        watchdog.stop()


def _get(origin: str, url: str, timeout: float, max_bytes: int, allow_private: bool,
         watchdog: _Watchdog) -> Response | str:
    """One request: the `Response`, or the URL a redirect points to."""
    via = "" if url == origin else f"redirect to {url}: "
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError("V110", origin, f"{via}only http and https URLs are fetched")
    if not parts.hostname:
        raise InputError("V110", origin, f"{via}no host name")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    addresses = _addresses(origin, via, parts.hostname, port, allow_private)
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(parts.hostname, port, timeout=timeout,
                                                 context=ssl.create_default_context())
    else:
        connection = http.client.HTTPConnection(parts.hostname, port, timeout=timeout)
    # connect to the addresses checked above, not to a second DNS answer
    connection._create_connection = functools.partial(_connect, addresses, watchdog)
    target = quote(parts.path or "/", safe=_URL_SAFE) + (f"?{quote(parts.query, safe=_URL_SAFE)}" if parts.query else "")
    try:
        connection.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": "*/*",
                                                   "Accept-Encoding": "gzip, deflate"})
        response = connection.getresponse()
        location = response.getheader("Location")
        if response.status in _REDIRECT_STATUSES and location:
            return urljoin(url, location.strip()).split("#", 1)[0]
        if not 200 <= response.status < 300:
            raise InputError("V110", origin, f"{via}HTTP {response.status}")
        body = _read_body(origin, response, max_bytes, watchdog)
        return Response(url, response.getheader("Content-Type", ""), body)
    finally:
        watchdog.unwatch()
        connection.close()


def _addresses(origin: str, via: str, host: str, port: int, allow_private: bool) -> list[tuple]:
    """`host` resolved once: (family, socket address) pairs that may be
    connected to; V115 when none is public (and private ones are not allowed)."""
    found = [(family, sockaddr) for family, _, _, _, sockaddr in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]
    if allow_private:
        return found
    public = [(family, sockaddr) for family, sockaddr in found if not why_not_public(sockaddr[0])]
    if not public:
        address = found[0][1][0]
        named = address if address == host.strip("[]") else f"{host} is {address}"
        raise InputError("V115", origin, f"{via}{named}: {why_not_public(address)}; --allow-private fetches it")
    return public


def _connect(addresses: list[tuple], watchdog: _Watchdog, _address, timeout, source_address=None) -> socket.socket:
    """A connected socket to the first of `addresses` that answers (what
    `socket.create_connection` does, for addresses already resolved)."""
    error: OSError | None = None
    for family, sockaddr in addresses:
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            watchdog.watch(sock)
            sock.settimeout(max(0.001, min(timeout, watchdog.remaining())))
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as err:
            watchdog.unwatch()
            sock.close()
            error = err
    raise error or OSError("no address to connect to")


def _read_body(source: str, response: http.client.HTTPResponse, max_bytes: int, watchdog: _Watchdog) -> bytes:
    """The body, gzip/deflate undone, cut with V118 past `max_bytes`."""
    length = response.getheader("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError("V118", source, f"{int(length)} bytes announced, limit {max_bytes}")
    inflater = _Inflater(source, response.getheader("Content-Encoding", ""), max_bytes)
    # compressed data hardly grows, but a stream of empty deflate blocks
    # would inflate to nothing for ever
    max_received = max_bytes + max_bytes // 16 + _CHUNK
    while not inflater.done:
        chunk = response.read1(_CHUNK)
        if not chunk:
            break
        watchdog.received += len(chunk)
        if watchdog.received > max_received:
            raise InputError("V118", source, f"more than {max_received} bytes received")
        inflater.feed(chunk, watchdog.received)
    if watchdog.fired:  # the watchdog's cut looks like the end of the body
        raise watchdog.error(source)
    return inflater.body()


class _Inflater:
    """Undoes a Content-Encoding (none, gzip or deflate) chunk by chunk,
    never producing more than `max_bytes` + 1 bytes."""

    def __init__(self, source: str, encoding: str, max_bytes: int):
        self.source, self.max_bytes = source, max_bytes
        self.encoding = encoding.strip().lower()
        if self.encoding in ("", "identity"):
            self._zlib = None
        elif self.encoding in ("gzip", "x-gzip", "deflate"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in self.encoding else zlib.MAX_WBITS)
        else:
            raise InputError("V110", source, f"content encoding {encoding!r} is not read")
        self._parts: list[bytes] = []
        self._size = 0

    @property
    def done(self) -> bool:
        return self._zlib is not None and self._zlib.eof

    def feed(self, chunk: bytes, received: int) -> None:
        if self._zlib is None:
            out = chunk
        else:
            try:
                out = self._zlib.decompress(chunk, self.max_bytes + 1 - self._size)
            except zlib.error:
                if self.encoding != "deflate" or self._size:
                    raise
                # "deflate" is meant to be zlib-wrapped, but some servers send it raw
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                out = self._zlib.decompress(chunk, self.max_bytes + 1)
        self._size += len(out)
        if self._size > self.max_bytes:
            what = "" if self._zlib is None else f" once {self.encoding} is undone"
            raise InputError("V118", self.source, f"more than {self.max_bytes} bytes{what}, cut after {received} "
                                                  "bytes received")
        self._parts.append(out)

    def body(self) -> bytes:
        return b"".join(self._parts)


class _Watchdog:
    """Cuts the connection when a page's time is up, whatever the server is
    doing: a TLS handshake, headers or a body sent a byte at a time all end
    at the deadline. It shuts down a duplicate of the socket, so it never
    touches a file descriptor the socket no longer owns."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.fired = False
        self.received = 0  # body bytes, for the message
        self._end = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._handle: socket.socket | None = None
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self.fired:
                raise TimeoutError("time limit reached")
            self._release()
            self._handle = sock.dup()

    def unwatch(self) -> None:
        with self._lock:
            self._release()

    def stop(self) -> None:
        self._timer.cancel()
        self.unwatch()

    def error(self, source: str) -> InputError:
        return InputError("V117", source, f"cut at {self.seconds:g} s, {self.received} bytes of body read")

    def _cut(self) -> None:
        with self._lock:
            self.fired = True
            if self._handle is not None:
                try:
                    self._handle.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def _reason(err: BaseException) -> str:
    """What went wrong, in one short line (a header line over 64 KB is not
    repeated in full)."""
    reason = getattr(err, "reason", None) or err
    text = str(reason).strip() or type(err).__name__
    if isinstance(err, http.client.HTTPException):
        text = f"{type(err).__name__}: {text}"
    elif isinstance(err, ssl.SSLCertVerificationError):
        text = f"TLS certificate not accepted: {err.verify_message}"
    return text if len(text) <= 200 else text[:200] + "…"
