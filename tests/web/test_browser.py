"""End to end in Debian's headless Chromium (playwright, never a downloaded
browser), against `veille serve` on the demo ledger: article page, a click on
a quote showing its speaker, the speaker page, the timeline chart, the map,
and an article that tries to inject script. Screenshots go to
tests/screenshots/. Every request the pages make must go to the server."""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
ROOT = Path(__file__).resolve().parent.parent.parent

pytestmark = [pytest.mark.browser, pytest.mark.model]
if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (Debian package chromium; `.ci/run` installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`veille serve` (uvicorn in a thread) on the demo articles, the demo's
    story told in English (first: the French re-report is linked to it),
    plus a hostile one."""
    import uvicorn
    from conftest import records

    from veille.store import ingest
    from veille.web.app import create_app

    folder = tmp_path_factory.mktemp("demo-ledger")
    db = str(folder / "veille.db")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(records()[0], ensure_ascii=False) + "\n", encoding="utf-8")
    run = ingest([ROOT / "demo" / "stories", ROOT / "demo" / "articles", hostile], db)
    assert run.failed == 0 and run.added >= 7 and run.translations == 1, run.summary()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    """A page that records every request and every dialog or page error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.requests, pg.problems = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: pg.problems.append(f"error: {e}"))
    yield pg
    outside = [u for u in pg.requests if not u.startswith(server) and not u.startswith(("data:", "about:"))]
    context.close()
    assert not outside, f"requests outside the server: {outside}"
    assert not pg.problems, pg.problems


def shot(pg, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_article_click_a_quote_see_its_speaker_then_the_speaker_page(page, server):
    import urllib.request

    docs = json.load(urllib.request.urlopen(f"{server}/api/statements?speaker=Peskov&limit=1"))["items"]
    assert docs, "the demo ledger has a statement by Peskov"
    st = docs[0]
    page.goto(f"{server}/documents/{st['document_id']}")
    quote = page.locator(f'#text span[data-st~="{st["local_id"]}"]').first
    quote.click()
    detail = page.locator("#detail")
    sync_api.expect(detail).to_be_visible()
    sync_api.expect(detail.locator(".speaker-name").first).to_have_text(st["speaker"])
    shot(page, "article")
    page.locator(f'#rec-{st["local_id"]} a.speaker').click()
    page.wait_for_url(f"{server}/entities/*")
    sync_api.expect(page.locator("h1")).to_contain_text(st["speaker"])
    assert page.locator("li.statement").count() >= 2
    shot(page, "speaker")


def test_timeline_draws_one_point_per_night_and_figure(page, server):
    import urllib.request

    points = json.load(urllib.request.urlopen(f"{server}/api/timeline"))["points"]
    expected = sum(p[k] is not None for p in points for k in ("launched", "intercepted", "suppressed"))
    assert expected > 0
    page.goto(f"{server}/timeline")
    page.wait_for_selector("#charts[data-ready=true]")
    assert page.locator("#charts circle.point").count() == expected
    assert page.locator("#charts svg.chart").count() == len({p["category"] for p in points})
    page.locator("#charts circle.point").first.click()
    sync_api.expect(page.locator("#behind a").first).to_be_visible()
    shot(page, "timeline")


def test_map_loads_outlines_and_places(page, server):
    import urllib.request

    places = json.load(urllib.request.urlopen(f"{server}/api/places"))["places"]
    page.goto(f"{server}/map")
    page.wait_for_selector("#map[data-ready=true]")
    assert int(page.get_attribute("#map", "data-countries")) > 100
    assert page.locator("#map circle.place").count() == len(places) > 0
    shot(page, "map")


def test_article_text_in_its_language_and_the_figure_changed_in_translation(page, server):
    import urllib.request

    docs = json.load(urllib.request.urlopen(f"{server}/api/documents?limit=500"))["items"]
    (english,) = [d for d in docs if d["language"] == "en"]
    (french,) = [d for d in docs if d["translation_of"] == english["id"]]
    for doc, language in ((english, "en"), (french, "fr")):
        page.goto(f"{server}/documents/{doc['id']}")
        assert page.evaluate("document.getElementById('text').lang") == language
        assert page.evaluate("document.documentElement.lang") == "en"  # the interface around the text
    page.locator("a", has_text="an article in another language").click()
    page.wait_for_url(f"{server}/documents/{english['id']}")
    page.goto(f"{server}/comparisons?from=2025-02-01&to=2025-02-28")
    group = page.locator("section.group", has=page.locator(".translation-changed"))
    sync_api.expect(group.first).to_be_visible()
    sync_api.expect(group.first.locator(".changed-in-translation li").first).to_contain_text(
        "ballistic_missile.launched 8 (en) became 7 (fr)")


def test_hostile_article_runs_no_script(page, server):
    page.goto(f"{server}/documents/evil")
    page.locator('#text span[data-st~="S1"]').first.click()
    sync_api.expect(page.locator("#detail .speaker-name")).to_have_text("Ivan Testov")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator("#text").inner_text()
    shot(page, "hostile")
