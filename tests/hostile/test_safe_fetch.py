"""Fetching what a stranger's feed names: only public addresses (first
request and every redirect, checked where the connection goes), at most 5
redirects, a time limit per page that a byte-a-second server cannot stretch,
and a size limit on the body once decompressed. Each refusal is its own
coded error and the rest of the feed goes on.

The servers are local (127.0.0.1, and 127.0.0.2 for "the intranet"); where
a test is not about the refusal of loopback itself, it lets 127.0.0.1 count
as public and keeps every other address under the real check."""
from __future__ import annotations

import gzip
import re
import shutil
import socket
import socketserver
import ssl
import subprocess
import sys
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.cli import main
from veille.readers import _address, fetch as fetch_module
from veille.readers.fetch import fetch
from veille.readers.sources import iter_items

sys.path.insert(0, str(Path(__file__).parent))
from raw_http import read_request, serve  # noqa: E402

PAGE = """<html lang="fr"><head><title>Nuit d'attaques sur Odessa</title></head>
<body><article><h1>Nuit d'attaques sur Odessa</h1>
<p>Le gouverneur de la région a déclaré mardi que les secours restaient mobilisés toute la journée autour
du port, où plusieurs entrepôts ont brûlé pendant la nuit.</p>
<p>Selon l'armée de l'air ukrainienne, 41 drones ont été lancés contre le pays et 30 ont été abattus.</p>
</article></body></html>""".encode()

BOMB_INFLATED = 64 * 1024 * 1024  # bytes of zeros behind each bomb
LIMIT = 1024 * 1024               # the size limit the bomb tests fetch with
DRIP_BYTES = 4000                 # a drip body: one byte every 50 ms, 200 s in all
SECRET = b"intranet secret"


def _zeros(wbits: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(BOMB_INFLATED // len(block))) + packer.flush()


@pytest.fixture(scope="module")
def bombs():
    return {"gzip": _zeros(16 + zlib.MAX_WBITS), "deflate": _zeros(zlib.MAX_WBITS)}


def _reply(status: str, body: bytes = b"", **headers: str) -> bytes:
    head = {"Content-Length": str(len(body)), "Connection": "close", **headers}
    lines = "".join(f"{name.replace('_', '-')}: {value}\r\n" for name, value in head.items())
    return f"HTTP/1.1 {status}\r\n{lines}\r\n".encode() + body


class _Handler(socketserver.BaseRequestHandler):
    """A server that can misbehave on purpose: redirect chains, redirects
    inward, compression bombs, bodies and headers sent a byte at a time."""

    base = secret = ""
    bombs: dict = {}
    seen: list = []

    def handle(self):
        request = read_request(self.request)
        if request is None:
            return
        path = request.split(b" ", 2)[1].decode()
        host = re.search(rb"\r\nHost: ([^\r]*)", request).group(1).decode()
        self.seen.append((self.server.server_address[0], path, host))
        try:
            self._answer(path)
        except OSError:  # the client cut the connection: that is the point
            pass

    def _answer(self, path: str) -> None:
        send = self.request.sendall
        if path in ("/page.html", "/secret"):
            send(_reply("200 OK", SECRET if path == "/secret" else PAGE, Content_Type="text/html; charset=utf-8"))
        elif path == "/page.gz":
            send(_reply("200 OK", gzip.compress(PAGE), Content_Type="text/html", Content_Encoding="gzip"))
        elif path.startswith("/hop/"):
            left = int(path.rsplit("/", 1)[1])
            send(_reply("302 Found", Location=f"/hop/{left - 1}" if left > 1 else "/page.html"))
        elif path == "/to-intranet":
            send(_reply("302 Found", Location=f"{self.secret}/secret"))
        elif path == "/to-file":
            send(_reply("301 Moved", Location="file:///etc/passwd"))
        elif path.startswith("/bomb-"):
            encoding = path.split("-", 1)[1]
            send(_reply("200 OK", self.bombs[encoding], Content_Type="text/html", Content_Encoding=encoding))
        elif path == "/brotli":
            send(_reply("200 OK", b"\x1b\x03\x00", Content_Type="text/html", Content_Encoding="br"))
        elif path == "/drip":
            send(_reply("200 OK", Content_Type="text/html").replace(b"Content-Length: 0", f"Content-Length: {DRIP_BYTES}".encode()))
            self._drip(b"<" * DRIP_BYTES)
        elif path == "/drip-headers":
            self._drip(b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * DRIP_BYTES)
        else:
            send(_reply("404 Not Found"))

    def _drip(self, data: bytes) -> None:
        for i in range(len(data)):
            self.request.sendall(data[i:i + 1])
            time.sleep(0.05)


@pytest.fixture(scope="module")
def servers(bombs):
    public, intranet = serve(_Handler, "127.0.0.1"), serve(_Handler, "127.0.0.2")
    _Handler.base = f"http://127.0.0.1:{public.server_address[1]}"
    _Handler.secret = f"http://127.0.0.2:{intranet.server_address[1]}"
    _Handler.bombs = bombs
    yield _Handler
    for server in (public, intranet):
        server.shutdown()
        server.server_close()


@pytest.fixture
def server(servers):
    servers.seen = []
    return servers


@pytest.fixture
def loopback_is_public(monkeypatch):
    """127.0.0.1 stands for a public server; every other address keeps the real check."""
    real = _address.why_not_public
    monkeypatch.setattr(fetch_module, "why_not_public", lambda a: None if a == "127.0.0.1" else real(a))


def _bytes_read(err) -> int:
    return int(re.search(r"(\d+) bytes of body read", str(err)).group(1))


# --- which addresses ---------------------------------------------------------

@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("10.0.0.7", "private"), ("172.16.5.4", "private"),
    ("192.168.1.1", "private"), ("169.254.169.254", "link-local"), ("0.0.0.0", "unspecified"),
    ("224.0.0.251", "multicast"), ("240.0.0.1", "private"), ("255.255.255.255", "private"),
    ("100.64.0.1", "not globally routable"), ("192.0.0.8", "reserved"),
    ("::1", "loopback"), ("::", "unspecified"), ("fe80::", "link-local"), ("fe80::1%eth0", "link-local"),
    ("fc00::1", "private"), ("ff02::1", "multicast"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"), ("::ffff:169.254.169.254", "link-local"), ("::127.0.0.1", "reserved"),
    ("64:ff9b::7f00:1", "loopback"), ("2002:7f00:1::", "loopback"), ("2002:a9fe:a9fe::1", "link-local"),
])
def test_address_check_refuses_every_inward_address(address, kind):
    assert _address.why_not_public(address).startswith(kind)


@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111",
                                     "2a00:1450:4007:80e::200e", "::ffff:8.8.8.8", "64:ff9b::808:808"])
def test_address_check_lets_public_addresses_through(address):
    assert _address.why_not_public(address) is None


# --- refusals ----------------------------------------------------------------

def test_loopback_url_is_refused_by_default_before_any_connection(server):
    with pytest.raises(Exception) as caught:
        fetch(f"{server.base}/page.html")
    assert caught.value.code == "V115" and str(caught.value).startswith(f"[V115] {server.base}/page.html:")
    assert "loopback" in str(caught.value) and "--allow-private" in str(caught.value)
    assert server.seen == []


def test_localhost_by_name_is_refused_too(server):
    port = server.base.rsplit(":", 1)[1]
    with pytest.raises(Exception) as caught:
        fetch(f"http://localhost:{port}/page.html")
    assert caught.value.code == "V115" and "localhost is" in str(caught.value)
    assert server.seen == []


@pytest.mark.parametrize("url", [
    "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/", "http://[::ffff:127.0.0.1]:9/",
    "http://[fe80::1]:9/", "http://2130706433:9/", "http://0x7f.1:9/", "http://127.1:9/", "http://0.0.0.0:9/",
    "http://10.1.2.3:9/", "http://[fc00::1]:9/",
])
def test_inward_urls_in_any_spelling_are_refused(url):
    with pytest.raises(Exception) as caught:
        fetch(url, deadline=5)
    assert caught.value.code == "V115", str(caught.value)


def test_allow_private_fetches_from_loopback(server):
    assert fetch(f"{server.base}/page.html", allow_private=True).body == PAGE


def test_cli_refuses_loopback_unless_allow_private(server, tmp_path):
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(main, ["ingest", f"{server.base}/nothing-here", "--db", db, "--quiet"])
    assert result.exit_code == 1 and f"[V115] {server.base}/nothing-here" in result.output
    assert server.seen == []
    result = CliRunner().invoke(main, ["ingest", f"{server.base}/nothing-here", "--db", db, "--quiet",
                                       "--allow-private"])
    assert result.exit_code == 1 and "[V110]" in result.output and "HTTP 404" in result.output
    assert [path for _, path, _ in server.seen] == ["/nothing-here"]


def test_redirect_to_an_intranet_address_is_refused_before_connecting(server, loopback_is_public):
    with pytest.raises(Exception) as caught:
        fetch(f"{server.base}/to-intranet")
    message = str(caught.value)
    assert caught.value.code == "V115" and message.startswith(f"[V115] {server.base}/to-intranet:")
    assert f"redirect to {server.secret}/secret" in message and "loopback" in message
    assert [where for where, _, _ in server.seen] == ["127.0.0.1"]  # the intranet server was never reached


def test_redirect_to_another_scheme_is_refused(server):
    with pytest.raises(Exception, match=r"^\[V110\] .*/to-file: .*redirect to file:///etc/passwd: only http"):
        fetch(f"{server.base}/to-file", allow_private=True)


def test_five_redirects_are_followed_and_six_refused(server):
    assert fetch(f"{server.base}/hop/5", allow_private=True).url == f"{server.base}/page.html"
    server.seen.clear()
    with pytest.raises(Exception) as caught:
        fetch(f"{server.base}/hop/6", allow_private=True)
    assert caught.value.code == "V116" and "more than 5" in str(caught.value)
    assert [path for _, path, _ in server.seen] == ["/hop/6", "/hop/5", "/hop/4", "/hop/3", "/hop/2", "/hop/1"]


def test_the_checked_address_is_the_one_connected_to(server, loopback_is_public, monkeypatch):
    """DNS rebinding: a name that resolves to a public address when checked
    and to the intranet a moment later. The name is resolved once, and the
    request still names the host."""
    port = int(server.base.rsplit(":", 1)[1])
    answers = iter([("127.0.0.1", port), ("127.0.0.2", port)])
    calls = []

    def rebinding(host, port, *args, **kwargs):
        calls.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", next(answers))]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", rebinding)
    assert fetch(f"http://news.example:{port}/page.html").body == PAGE
    assert calls == ["news.example"]
    assert server.seen == [("127.0.0.1", "/page.html", f"news.example:{port}")]


def test_a_slow_drip_body_is_cut_at_the_deadline(server):
    with pytest.raises(Exception) as caught:
        fetch(f"{server.base}/drip", allow_private=True, deadline=0.5)
    assert caught.value.code == "V117" and str(caught.value).startswith(f"[V117] {server.base}/drip:")
    assert 0 < _bytes_read(caught.value) < DRIP_BYTES // 10  # cut, not read to the end


def test_slow_drip_headers_are_cut_at_the_deadline(server):
    with pytest.raises(Exception) as caught:
        fetch(f"{server.base}/drip-headers", allow_private=True, deadline=0.5)
    assert caught.value.code == "V117" and _bytes_read(caught.value) == 0


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_a_compression_bomb_is_cut_at_the_limit(server, encoding):
    tracemalloc.start()
    try:
        with pytest.raises(Exception) as caught:
            fetch(f"{server.base}/bomb-{encoding}", allow_private=True, max_bytes=LIMIT)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.code == "V118" and f"more than {LIMIT} bytes once {encoding} is undone" in str(caught.value)
    received = int(re.search(r"cut after (\d+) bytes received", str(caught.value)).group(1))
    assert received < len(server.bombs[encoding]) // 4  # stopped early, not downloaded in full
    assert peak < 4 * LIMIT  # never inflated past the limit (64 MB behind it)


def test_a_gzip_page_is_read(server):
    assert fetch(f"{server.base}/page.gz", allow_private=True).body == PAGE


def test_an_unknown_content_encoding_is_refused(server):
    with pytest.raises(Exception, match=r"^\[V110\] .*content encoding 'br' is not read"):
        fetch(f"{server.base}/brotli", allow_private=True)


def test_a_feed_goes_on_past_each_refused_item(server, loopback_is_public, tmp_path, monkeypatch):
    monkeypatch.setattr(fetch_module, "DEADLINE", 0.5)
    links = ["/page.html", "/to-intranet", "/hop/6", "/drip", "/bomb-gzip", "/page.gz"]
    items = "".join(f"<item><title>{n}</title><link>{server.base}{link}</link></item>" for n, link in enumerate(links))
    feed = tmp_path / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fil</title>{items}</channel></rss>',
                    encoding="utf-8")
    got = list(iter_items([feed], max_bytes=LIMIT))
    assert [item.error.code if item.error else "doc" for item in got] == ["doc", "V115", "V116", "V117", "V118", "doc"]
    assert [item.source for item in got] == [f"{server.base}{link}" for link in links]


@pytest.fixture
def tls_files(tmp_path):
    if not shutil.which("openssl"):
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=news.example",
                    "-addext", "subjectAltName=DNS:news.example"], check=True, capture_output=True)
    return cert, key


@pytest.mark.parametrize("name, ok", [("news.example", True), ("other.example", False)])
def test_https_to_the_checked_address_still_verifies_the_host_name(tls_files, loopback_is_public, monkeypatch, name, ok):
    """The connection goes to the address checked, but TLS (SNI and the
    certificate check) and the Host header name the host of the URL."""
    cert, key = tls_files
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(cert, key)
    server = serve(_Handler, "127.0.0.1", tls=tls)
    port = server.server_address[1]
    try:
        monkeypatch.setattr(fetch_module.socket, "getaddrinfo",
                            lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))])
        trusting = ssl.create_default_context(cafile=str(cert))
        monkeypatch.setattr(fetch_module.ssl, "create_default_context", lambda: trusting)
        if ok:
            assert fetch(f"https://{name}:{port}/page.html").body == PAGE
        else:
            with pytest.raises(Exception, match=r"^\[V110\] .*certificate not accepted: Hostname mismatch"):
                fetch(f"https://{name}:{port}/page.html")
    finally:
        server.shutdown()
        server.server_close()
