"""What `veille ingest` reads: feeds and pages over HTTP (a local server,
reached with `allow_private`), WARC/WET files, JSON Lines of records; a bad
item is skipped alone."""
from __future__ import annotations

import http.server
import io
import threading

import pytest

from veille.readers.fetch import USER_AGENT, fetch
from veille.readers.sources import iter_items

ARTICLE = """<html lang="fr"><head><title>{title}</title>
<meta property="article:published_time" content="2025-02-12T09:00:00Z"></head>
<body><article><h1>{title}</h1>
<p>Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mercredi que la Russie ne discuterait jamais d'un échange
de territoires. « C'est impossible », a-t-il ajouté devant les journalistes réunis à Moscou pour l'occasion.</p>
<p>Selon l'armée de l'air ukrainienne, 123 drones ont été lancés contre l'Ukraine dans la nuit de mardi à mercredi.</p>
</article></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Fil de test</title><link>{base}/</link><description>test</description>
<item><title>Premier</title><link>{base}/a.html</link><pubDate>Wed, 12 Feb 2025 09:00:00 GMT</pubDate></item>
<item><title>Disparu</title><link>{base}/missing.html</link></item>
<item><title>Second</title><link>{base}/b.html</link></item>
</channel></rss>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    pages: dict = {}
    agents: list = []

    def do_GET(self):  # noqa: N802
        self.agents.append(self.headers.get("User-Agent"))
        body = self.pages.get(self.path)
        if body is None:
            self.send_error(404)
            return
        ctype = "application/rss+xml" if self.path.endswith(".xml") else "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    _Handler.pages = {
        "/feed.xml": FEED.format(base=base).encode(),
        "/a.html": ARTICLE.format(title="Le Kremlin rejette l'échange").encode(),
        "/b.html": ARTICLE.format(title="Nuit d'attaques de drones").replace("123", "97").encode(),
        "/big.html": b"<html>" + b"x" * 5000 + b"</html>",
    }
    _Handler.agents = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()


def test_feed_items_are_fetched_and_a_failed_item_is_skipped_alone(server):
    items = list(iter_items([f"{server}/feed.xml"], allow_private=True))
    docs = [i.document for i in items if i.document]
    errors = [i.error for i in items if i.error]
    assert [d.url for d in docs] == [f"{server}/a.html", f"{server}/b.html"]
    assert docs[0].published == "2025-02-12" and docs[0].language == "fr"
    assert docs[0].outlet or docs[0].title
    assert len(errors) == 1 and errors[0].code == "V110" and "missing.html" in str(errors[0]) and "404" in str(errors[0])
    assert set(_Handler.agents) == {USER_AGENT}


def test_page_url_is_read_as_html(server):
    (item,) = list(iter_items([f"{server}/a.html"], allow_private=True))
    assert "Peskov" in item.document.text


def test_fetch_refuses_other_schemes_and_oversized_pages(server):
    with pytest.raises(Exception, match=r"\[V110\].*only http and https"):
        fetch("file:///etc/passwd")
    with pytest.raises(Exception, match=r"\[V118\].*limit 100"):
        fetch(f"{server}/big.html", max_bytes=100, allow_private=True)


def test_unreachable_url_is_an_error_item():
    (item,) = list(iter_items(["http://127.0.0.1:9/nothing"], allow_private=True))
    assert item.error.code == "V110"


def _warc(path, records):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=str(path).endswith(".gz"))
        for uri, ctype, body, rec_type in records:
            if rec_type == "response":
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers)
            else:
                rec = writer.create_warc_record(uri, rec_type, payload=io.BytesIO(body),
                                                warc_content_type=ctype)
            writer.write_record(rec)


def test_warc_html_responses_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    _warc(path, [
        ("https://news.example/a", "text/html; charset=utf-8", ARTICLE.format(title="Un").encode(), "response"),
        ("https://news.example/logo.png", "image/png", b"\x89PNG....", "response"),
        ("https://news.example/empty", "text/html", b"<html><body><nav>menu</nav></body></html>", "response"),
    ])
    items = list(iter_items([path]))
    assert [i.document.url for i in items if i.document] == ["https://news.example/a"]
    assert [i.error.code for i in items if i.error] == ["V105"]
    assert "#https://news.example/empty" in items[-1].source


def test_wet_conversions_become_documents(tmp_path):
    path = tmp_path / "crawl.warc.wet.gz"
    text = ("Le Kremlin a rejeté mercredi toute idée d'échange de territoires avec l'Ukraine, "
            "a déclaré Dmitri Peskov à la presse, ajoutant que la question n'était pas à l'ordre du jour.")
    _warc(path, [("https://news.example/b", "text/plain", text.encode(), "conversion")])
    (item,) = list(iter_items([path]))
    assert item.document.url == "https://news.example/b" and "Peskov" in item.document.text


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path):
    path = tmp_path / "cut.warc.gz"
    _warc(path, [("https://news.example/a", "text/html", ARTICLE.format(title="Un").encode(), "response"),
                 ("https://news.example/b", "text/html", ARTICLE.format(title="Deux").encode(), "response")])
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.75)])
    items = list(iter_items([path]))
    assert items[0].document.url == "https://news.example/a"
    assert items[1].error is not None and "cut.warc.gz#https://news.example/b" in str(items[1].error)


def test_folder_mixes_articles_records_and_skips_the_rest(tmp_path):
    (tmp_path / "a.md").write_text("# Titre\n\nLe Kremlin a déclaré mercredi que la Russie ne céderait rien du tout.\n",
                                   encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (tmp_path / "r.jsonl").write_text('{"schema": "veille/1", "document": {"id": "x", "text": "t"}}\n',
                                      encoding="utf-8")
    items = list(iter_items([tmp_path]))
    assert sorted((i.source.rsplit("/", 1)[-1], bool(i.document), bool(i.record), i.skipped) for i in items) == [
        ("a.md", True, False, None), ("notes.csv", False, False, "not an article (.csv)"),
        ("r.jsonl:1", False, True, None)]


def test_text_that_is_not_a_warc_is_one_error(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("just some notes\n", encoding="utf-8")
    (item,) = list(iter_items([path]))
    assert item.error.code == "V112"
