"""A server that breaks HTTP costs one feed item, never the ingest: a garbage
status line, a header line over 64 KB and a broken chunked body each become
`[V110] url: …`, and the feed's other items land in the ledger."""
from __future__ import annotations

import socketserver
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli import main
from veille.readers.fetch import fetch
import sqlite3

sys.path.insert(0, str(Path(__file__).parent))
from raw_http import read_request, serve  # noqa: E402

PAGE = """<html lang="fr"><head><title>Nuit d'attaques sur Odessa</title>
<meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
<body><article><h1>Nuit d'attaques sur Odessa</h1>
<p>Le gouverneur de la région a déclaré mardi que les secours restaient mobilisés toute la journée autour
du port, où plusieurs entrepôts ont brûlé pendant la nuit.</p>
<p>Selon l'armée de l'air ukrainienne, 41 drones ont été lancés contre le pays et 30 ont été abattus.</p>
</article></body></html>""".encode()

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Fil de test</title><link>{base}/</link><description>t</description>
<item><title>Statut</title><link>{base}/garbage-status</link></item>
<item><title>En-tête</title><link>{base}/long-header</link></item>
<item><title>Bon</title><link>{base}/good.html</link></item>
<item><title>Morceaux</title><link>{base}/broken-chunks</link></item>
</channel></rss>"""


def _ok(body: bytes, ctype: str) -> bytes:
    return (f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n").encode() + body


class _Raw(socketserver.BaseRequestHandler):
    """Answers with raw bytes, so that the reply can be broken on purpose."""

    base = ""

    def handle(self):
        request = read_request(self.request)
        if request is None:
            return
        path = request.split(b" ", 2)[1].decode()
        if path == "/feed.xml":
            reply = _ok(FEED.format(base=self.base).encode(), "application/rss+xml")
        elif path == "/good.html":
            reply = _ok(PAGE, "text/html; charset=utf-8")
        elif path == "/garbage-status":
            reply = b"\x00\x01 garbage that is no status line\r\n\r\n"
        elif path == "/long-header":
            reply = b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * 70_000 + b"\r\n\r\n" + PAGE
        elif path == "/broken-chunks":
            reply = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                     b"10\r\n<html><body>Le \r\nzz-not-a-size\r\n")
        else:
            reply = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        try:
            self.request.sendall(reply)
        except OSError:
            pass


@pytest.fixture
def raw_server():
    server = serve(_Raw)
    _Raw.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield _Raw.base
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path, problem", [
    ("/garbage-status", "BadStatusLine"),
    ("/long-header", "LineTooLong"),
    ("/broken-chunks", "IncompleteRead"),
])
def test_each_http_fault_is_a_v110_naming_the_url(raw_server, path, problem):
    with pytest.raises(Exception) as caught:
        fetch(raw_server + path, allow_private=True)
    message = str(caught.value)
    assert message.startswith(f"[V110] {raw_server}{path}:") and problem in message
    assert len(message) < 400  # the 70 KB header is not repeated


@pytest.mark.model
def test_ingest_goes_on_past_three_broken_servers(raw_server, tmp_path):
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["ingest", f"{raw_server}/feed.xml", "--db", db, "--quiet", "--allow-private"])
    assert result.exit_code == 1, result.output  # bad items were reported
    assert result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("[V110]")]
    assert len(errors) == 3
    assert {e.split(":", 3)[2].split("/", 1)[1] for e in errors} == {"garbage-status", "long-header", "broken-chunks"}
    with sqlite3.connect(db) as conn:
        urls = [row[0] for row in conn.execute("SELECT url FROM documents")]
    assert urls == [f"{raw_server}/good.html"]
