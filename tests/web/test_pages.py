"""Pages render, escape untrusted text, and allow nothing but this server."""
from __future__ import annotations

import re

from click.testing import CliRunner


def test_pages_render(client):
    for path in ("/", "/documents/plain", "/speakers", "/timeline", "/map", "/search?q=défense", "/comparisons"):
        r = client.get(path)
        assert r.status_code == 200, path
        assert "default-src 'self'" in r.headers["content-security-policy"]


def test_article_text_and_title_are_escaped(client):
    html = client.get("/documents/evil").text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert "&lt;b&gt;Titre&lt;/b&gt;" in html
    data = re.search(r'<script type="application/json" id="record">(.*?)</script>', html, re.S).group(1)
    assert "<" not in data and "\\u003cscript\\u003e" in data


def test_article_highlights_statements_speakers_and_evidence(client):
    html = client.get("/documents/plain").text
    assert re.search(r'<span class="st c0" data-st="S1" id="S1"', html)
    assert 'class="spk" data-spk="S1"' in html
    assert 'data-ev="V1"' in html


def test_speaker_page_links_back_to_the_sentence(client):
    person = client.get("/api/entities", params={"type": "person"}).json()["items"][0]
    html = client.get(f"/entities/{person['id']}").text
    assert html.count('class="statement"') == 2 and 'href="/documents/plain#S1"' in html


def test_missing_page_is_a_404_page(client):
    r = client.get("/documents/nope")
    assert r.status_code == 404 and "no document" in r.text


def test_serve_refuses_to_bind_beyond_loopback_without_public(web_db):
    from veille.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", web_db, "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "--public" in result.output


def test_serve_on_a_missing_ledger_names_it(tmp_path):
    from veille.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "[V301]" in result.output
