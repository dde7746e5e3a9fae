"""End to end in Debian's headless Chromium (playwright, never a downloaded
browser), against `veille serve`, at a desktop's 1366x900 and a phone's 390x844:
the article page (highlights open their record beside them or in a bottom
sheet, by click, tap, Enter or Space), the timeline and the map (by keyboard
too), the events page's filters and CSV, the official record of the seed's
night, an article that tries to inject script, no page wider than the screen,
and axe-core's accessibility rules on every page. Screenshots go to
tests/screenshots/. Every request the pages make must go to the server."""
from __future__ import annotations

import contextlib
import csv
import json
import os
import socket
import threading
import time
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("VEILLE_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"
ROOT = Path(__file__).resolve().parent.parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "data" / "seed"
AIRFORCE = SHARED / "data" / "airforce" / "missile_attacks_daily.csv"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
NIGHT = "2025-02-12"  # the seed's night

pytestmark = [pytest.mark.browser, pytest.mark.model]
if not Path(CHROMIUM).exists():
    pytest.skip(f"browser tests skipped: no Chromium at {CHROMIUM} (Debian package chromium; `.ci/run` installs it)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
expect = sync_api.expect


@contextlib.contextmanager
def _serving(db: str):
    """`veille serve` (uvicorn in a thread) on the ledger `db`; yields its URL."""
    import uvicorn

    from veille.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The demo ledger: whatever demo/stories (if any) and demo/articles hold,
    plus a hand-made article that tries to inject markup and script."""
    from conftest import records

    from veille.store import ingest

    folder = tmp_path_factory.mktemp("demo-ledger")
    db = str(folder / "veille.db")
    hostile = folder / "hostile.jsonl"
    hostile.write_text(json.dumps(records()[0], ensure_ascii=False) + "\n", encoding="utf-8")
    demo = [ROOT / "demo" / name for name in ("stories", "articles") if (ROOT / "demo" / name).is_dir()]
    run = ingest([*demo, hostile], db)
    assert run.failed == 0 and run.added >= 2, run.summary()
    with _serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def records_server(tmp_path_factory):
    """The seed article with the Air Force records imported and reconciled
    (both from ../shared; skipped when it is absent)."""
    if not SEED.is_dir() or not AIRFORCE.is_file():
        pytest.skip(f"official record pages skipped: {SEED} or {AIRFORCE} is not here (put ../shared beside the repo)")
    from veille.official.importer import import_csv
    from veille.official.reconcile import reconcile
    from veille.store import ingest, open_store

    db = str(tmp_path_factory.mktemp("seed-ledger") / "veille.db")
    run = ingest([SEED], db)
    assert run.failed == 0 and run.added >= 1, run.summary()
    with open_store(db) as store:
        import_csv(store, AIRFORCE)
        reconcile(store)
    with _serving(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture(params=list(VIEWPORTS))
def size(request) -> str:
    return request.param


@contextlib.contextmanager
def _watched(browser, server: str, size: str, **options):
    """A page at `size` that records every request and every dialog or page
    error, and fails the test on any of them at the end."""
    phone = size == "phone"
    context = browser.new_context(viewport=VIEWPORTS[size], is_mobile=phone, has_touch=phone, **options)
    pg = context.new_page()
    pg.requests, pg.problems = [], []
    pg.on("request", lambda r: pg.requests.append(r.url))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on("pageerror", lambda e: pg.problems.append(f"error on {pg.url}: {e}"))
    pg.on("response", lambda r: r.status >= 400 and not r.url.startswith(pg.allowed_errors)
          and pg.problems.append(f"HTTP {r.status} for {r.url} on {pg.url}"))
    pg.allowed_errors = ()  # URL prefixes a test expects to fail
    pg.size = size
    yield pg
    outside = [u for u in pg.requests if not u.startswith(server) and not u.startswith(("data:", "about:", "blob:"))]
    context.close()
    assert not outside, f"requests outside the server: {outside}"
    assert not pg.problems, pg.problems


@pytest.fixture
def page(browser, server, size):
    with _watched(browser, server, size) as pg:
        yield pg


@pytest.fixture
def records_page(browser, records_server, size):
    with _watched(browser, records_server, size) as pg:
        yield pg


def api(server: str, path: str, **params) -> dict:
    query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
    with urllib.request.urlopen(f"{server}{path}{'?' + query if query else ''}") as r:
        return json.load(r)


def shot(pg, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / f"{name}-{pg.size}.png"), full_page=True)


def in_viewport(pg, locator) -> dict:
    """The element's box, asserted wholly inside the viewport."""
    box = locator.bounding_box()
    width, height = VIEWPORTS[pg.size]["width"], VIEWPORTS[pg.size]["height"]
    assert box and box["width"] > 0 and box["height"] > 0, f"{locator} has no box"
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= width + 1 \
        and box["y"] + box["height"] <= height + 1, f"{locator} at {box}, outside the {width}x{height} viewport"
    return box


def statements_by_document(server: str) -> dict[str, list[dict]]:
    by_doc: dict[str, list[dict]] = {}
    for st in api(server, "/api/statements", limit=500)["items"]:
        by_doc.setdefault(st["document_id"], []).append(st)
    return by_doc


def busiest_article(server: str) -> tuple[str, list[dict]]:
    """The article with the most statements, and its statements."""
    by_doc = statements_by_document(server)
    assert by_doc, "the ledger has statements"
    return max(by_doc.items(), key=lambda kv: len(kv[1]))


def pages(server: str) -> dict[str, str]:
    """Every page of the UI but /docs (FastAPI's own), by name."""
    doc, statements = busiest_article(server)
    entity = next((st["speaker_entity_id"] for st in statements if st.get("speaker_entity_id")), None) \
        or api(server, "/api/entities", limit=1)["items"][0]["id"]
    word = next((w for st in statements for w in (st["speaker"] or "").split() if len(w) > 3), "drones")
    return {"home": "/", "events": "/events", "records": "/records", "timeline": "/timeline", "map": "/map",
            "comparisons": "/comparisons", "speakers": "/speakers", "search": f"/search?q={urllib.parse.quote(word)}",
            "article": f"/documents/{urllib.parse.quote(doc)}", "entity": f"/entities/{entity}"}


def load(pg, url: str, check: bool = True) -> int:
    """Open `url` (asserting a 200 if `check`) and wait for its charts or map, if any."""
    status = pg.goto(url).status
    assert status == 200 or not check, f"{url}: {status}"
    for ready in ("#charts", "#map"):
        if pg.locator(ready).count():
            pg.wait_for_selector(f"{ready}[data-ready=true]")
    return status


# The article page


def test_article_click_a_quote_see_its_speaker_then_the_speaker_page(page, server):
    doc, statements = busiest_article(server)
    st = next(s for s in statements if s.get("speaker_entity_id"))
    page.goto(f"{server}/documents/{doc}")
    page.locator(f'#text span[data-st~="{st["local_id"]}"]').first.click()
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(detail.locator(".speaker").first).to_have_text(st["speaker"])
    in_viewport(page, detail)
    shot(page, "article")
    detail.locator("a.speaker").first.click()  # the panel's copy of the record links its speaker
    page.wait_for_url(f"{server}/entities/*")
    expect(page.locator("h1")).to_contain_text(st["speaker"])
    shot(page, "speaker")


def test_article_record_opens_beside_the_highlight_or_as_a_sheet_on_a_phone(page, server):
    """The last statement of the busiest article, far down the page: on a
    phone a tap opens the bottom sheet inside the viewport; on a desktop the
    panel sits beside the highlight. Escape closes it and focus goes back."""
    doc, statements = busiest_article(server)
    last = max(statements, key=lambda s: s["start_char"] or 0)["local_id"]
    page.goto(f"{server}/documents/{doc}")
    mark = page.locator(f'#text span[data-st~="{last}"]').first
    if page.size == "phone":
        mark.tap()
    else:
        mark.click()
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(detail.locator("q")).to_have_count(1)
    box = in_viewport(page, detail)
    mark_box = mark.bounding_box()
    if page.size == "phone":
        assert box["y"] + box["height"] >= VIEWPORTS["phone"]["height"] - 2 and box["width"] >= 380, box
        assert mark_box["y"] + mark_box["height"] <= box["y"] + 1, "the sheet hides the statement tapped"
    else:
        assert box["x"] >= mark_box["x"] + mark_box["width"], "the panel is beside the text"
        assert abs(box["y"] - mark_box["y"]) < VIEWPORTS["desktop"]["height"] / 2, (box, mark_box)
    assert page.evaluate("document.getElementById('detail').contains(document.activeElement)"), "focus in the panel"
    shot(page, "article-record")
    page.keyboard.press("Escape")
    expect(detail).to_be_hidden()
    assert page.evaluate(f"document.activeElement.matches('span[data-st~=\"{last}\"]')"), "focus back on the highlight"


def test_article_enter_and_space_open_highlights_and_records(page, server):
    doc, statements = busiest_article(server)
    page.goto(f"{server}/documents/{doc}")
    detail = page.locator("#detail")
    for key in ("Enter", " "):
        mark = page.locator("#text span[data-st]").first
        mark.focus()
        page.keyboard.press(key)
        expect(detail).to_be_visible()
        page.keyboard.press("Escape")
        expect(detail).to_be_hidden()
        record = page.locator(".record").last
        record.focus()
        page.keyboard.press(key)
        expect(detail).to_be_visible()
        expect(record).to_have_class("record active")
        detail.locator("button.close").click()
        expect(detail).to_be_hidden()
        assert page.evaluate("document.activeElement.classList.contains('record')"), "focus back on the record"


def test_article_speakers_have_a_colour_and_a_letter_the_legend_explains(page, server):
    doc, statements = busiest_article(server)
    page.goto(f"{server}/documents/{doc}")
    speakers = list(dict.fromkeys(s["speaker"] for s in statements if s["speaker"]))
    legend = page.locator("#legend .sw[data-mark]")
    expect(legend).to_have_count(len(speakers))
    letters = legend.evaluate_all("els => els.map(e => e.dataset.mark)")
    assert len(set(letters)) == len(speakers) and all(letters), letters
    for st in statements:
        if st["speaker"]:
            letter = letters[speakers.index(st["speaker"])]
            assert page.get_attribute(f'#rec-{st["local_id"]} .sw', "data-mark") == letter
    marked = page.locator("#text span[data-mark]").evaluate_all("els => els.map(e => e.dataset.mark)")
    assert set(marked) == set(letters), (marked, letters)
    # the legend's samples look like the marks in the text
    for cls in ("ev", "spk"):
        sample = page.locator(f"#legend .{cls}").first
        in_text = page.locator(f"#text .{cls}")
        if in_text.count():
            prop = "backgroundColor" if cls == "ev" else "fontWeight"
            assert sample.evaluate(f"e => getComputedStyle(e).{prop}") == in_text.first.evaluate(
                f"e => getComputedStyle(e).{prop}")


def test_article_event_anchor_opens_its_evidence(page, server):
    docs = [d for d in api(server, "/api/documents", limit=500)["items"] if d["events"]]
    assert docs, "the ledger has an article with events"
    page.goto(f"{server}/documents/{urllib.parse.quote(docs[0]['id'])}#V1")
    detail = page.locator("#detail")
    expect(detail).to_be_visible()
    expect(detail.locator(".event-detail")).to_have_count(1)
    in_viewport(page, detail)
    expect(page.locator("#rec-V1")).to_have_class("record active")


def test_article_text_in_its_language_and_linked_to_its_translation(page, server):
    docs = api(server, "/api/documents", limit=500)["items"]
    translated = [d for d in docs if d["translation_of"]][:1]
    for doc in translated + docs[:5]:
        page.goto(f"{server}/documents/{urllib.parse.quote(doc['id'])}")
        assert page.evaluate("document.documentElement.lang") == "en"  # the interface around the text
        if doc["language"]:
            for where in ("#text", "h1", ".records-list q"):
                langs = page.locator(where).evaluate_all("els => els.map(e => e.closest('[lang]').lang)")
                assert set(langs) <= {doc["language"]}, (doc["id"], where, langs)
    for doc in translated:
        page.goto(f"{server}/documents/{urllib.parse.quote(doc['id'])}")
        page.locator("a", has_text="an article in another language").click()
        page.wait_for_url(f"{server}/documents/{urllib.parse.quote(doc['translation_of'])}")


def test_hostile_article_runs_no_script(page, server):
    page.goto(f"{server}/documents/evil#%22%5D%zz")  # a hash that is no selector (any page error fails the test)
    expect(page.locator("#detail")).to_be_hidden()
    page.locator('#text span[data-st~="S1"]').first.click()
    expect(page.locator("#detail .speaker")).to_have_text("Ivan Testov")
    assert page.evaluate("window.__pwned") is None
    assert "<script>window.__pwned = 1</script>" in page.locator("#text").inner_text()
    shot(page, "hostile")


# Timeline and map


def test_timeline_draws_one_point_per_night_and_figure_and_breaks_lines_between_far_nights(page, server):
    points = api(server, "/api/timeline")["points"]
    expected = sum(p[k] is not None for p in points for k in ("launched", "intercepted", "suppressed"))
    assert expected > 0
    load(page, f"{server}/timeline")
    assert page.locator("#charts circle.point").count() == expected
    assert page.locator("#charts svg.chart").count() == len({p["category"] for p in points})
    lines = page.locator("#charts polyline:not(.record)").evaluate_all(
        "els => els.map(e => [e.closest('svg').dataset.category, e.getAttribute('class'), e.dataset.dates])")
    assert sorted(lines) == sorted(_runs(points)), "a line joins each run of nights at most two days apart, no other"
    width = page.locator("#charts svg.chart").first.bounding_box()["width"]
    assert width <= VIEWPORTS[page.size]["width"]
    page.locator("#charts circle.point").first.click()
    expect(page.locator("#behind a").first).to_be_visible()
    in_viewport(page, page.locator("#behind"))
    shot(page, "timeline")


def _runs(points: list[dict]) -> list[list[str]]:
    """[category, class, dates] of every line the timeline should draw."""
    out = []
    for category in {p["category"] for p in points}:
        for k in ("launched", "intercepted", "suppressed"):
            days = [p["date"] for p in points if p["category"] == category and p[k] is not None]
            runs = [days[:1]]
            for before, day in zip(days, days[1:]):
                if (date.fromisoformat(day) - date.fromisoformat(before)).days > 2:
                    runs.append([])
                runs[-1].append(day)
            out.extend([category, f"line s-{k}", " ".join(run)] for run in runs if len(run) > 1)
    return out


def test_timeline_and_map_pass_the_filters_on_to_the_api(page, server):
    points = api(server, "/api/timeline")["points"]
    day = points[len(points) // 2]["date"]
    load(page, f"{server}/timeline?from={day}&to={day}")
    expected = api(server, "/api/timeline", **{"from": day, "to": day})["points"]
    assert page.locator("#charts circle.point").count() == sum(
        p[k] is not None for p in expected for k in ("launched", "intercepted", "suppressed")) > 0
    assert len(expected) < len(points) or len({p["date"] for p in points}) == 1
    load(page, f"{server}/map?type=attack")
    assert page.locator("#map circle.place").count() == len(api(server, "/api/places", type="attack")["places"])


def test_timeline_point_reached_by_tab_and_opened_by_enter(page, server):
    load(page, f"{server}/timeline")
    for _ in range(120):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('#charts circle.point')"):
            break
    else:
        pytest.fail("no timeline point reached with Tab")
    page.keyboard.press("Enter")
    behind = page.locator("#behind")
    expect(behind).to_be_visible()
    expect(behind.locator("a").first).to_be_visible()
    in_viewport(page, behind)
    page.keyboard.press("Escape")
    expect(behind).to_be_hidden()
    assert page.evaluate("document.activeElement.matches('#charts circle.point')")
    page.keyboard.press(" ")
    expect(behind).to_be_visible()


def test_timeline_overlays_the_official_record(records_page, records_server):
    page = records_page
    load(page, f"{records_server}/timeline")
    if int(page.get_attribute("#charts", "data-record-nights") or 0) == 0:
        status = page.request.get(f"{records_server}/api/records/nights?from={NIGHT}&to={NIGHT}").status
        pytest.fail(f"no record night on the timeline (/api/records/nights answers {status})")
    expect(page.locator("#record-keys")).to_be_visible()
    assert page.locator(f'#charts rect.record[data-date="{NIGHT}"]').count() >= 2
    page.locator(f'#charts circle.point[data-date="{NIGHT}"]').first.click()
    expect(page.locator("#behind")).to_contain_text("Official record")
    shot(page, "timeline-record")


def test_timeline_with_no_record_route_still_draws(page, server):
    """Until /api/records/nights exists (or when it fails), the page draws the
    articles' points without an overlay."""
    page.allowed_errors = (f"{server}/api/records/nights",)
    page.route("**/api/records/nights*", lambda route: route.fulfill(status=404, body="{}"))
    load(page, f"{server}/timeline")
    assert page.locator("#charts circle.point").count() > 0
    expect(page.locator("#record-keys")).to_be_hidden()


def test_map_loads_outlines_and_places_and_opens_a_place_by_keyboard(page, server):
    places = api(server, "/api/places")["places"]
    load(page, f"{server}/map")
    assert int(page.get_attribute("#map", "data-countries")) > 100
    assert page.locator("#map circle.place").count() == len(places) > 0
    circle = page.locator("#map circle.place").first
    circle.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#place")
    expect(panel.locator("a").first).to_be_visible()
    in_viewport(page, panel)
    shot(page, "map")
    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()


# Events and the official record (pages of issue 15)


def _fill(form, name: str, value: str) -> None:
    field = form.locator(f'[name="{name}"]')
    if field.evaluate("e => e.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)


def _submit(page, form) -> None:
    with page.expect_navigation():
        form.evaluate("f => f.requestSubmit()")


def test_events_filtered_by_type_and_date_show_the_apis_rows_and_its_csv(page, server):
    events = api(server, "/api/events", limit=500)["items"]
    dated = [e for e in events if e.get("date")]
    assert dated, "the ledger has dated events"
    kinds = [e["type"] for e in dated]
    kind = max(set(kinds), key=kinds.count)
    day = next(e["date"][:10] for e in dated if e["type"] == kind)
    load(page, f"{server}/events")
    form = page.locator("form#filters")
    _fill(form, "type", kind)
    _fill(form, "from", day)
    _fill(form, "to", day)
    _submit(page, form)
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)
    assert query.get("type") == [kind] and query.get("from") == [day] and query.get("to") == [day], page.url
    shown = [int(v) for v in page.locator("table#events tr[data-event-id]").evaluate_all(
        "rows => rows.map(r => r.dataset.eventId)")]
    expected = [e["id"] for e in api(server, "/api/events", type=kind, **{"from": day, "to": day}, limit=500)["items"]]
    assert shown and sorted(shown) == sorted(expected), (shown, expected)
    shot(page, "events-filtered")
    with page.expect_download() as download:
        page.locator("a#csv").click()
    path = download.value.path()
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(shown)
    column = next(c for c in ("id", "event_id") if c in rows[0])
    assert sorted(int(r[column]) for r in rows) == sorted(shown)
    as_json = page.request.get(urllib.parse.urljoin(page.url, page.get_attribute("a#json", "href"))).json()
    assert sorted(e["id"] for e in as_json["items"]) == sorted(shown)


def test_records_page_shows_the_seed_nights_report_rows(records_page, records_server):
    page = records_page
    load(page, f"{records_server}/records?date={NIGHT}")
    night = page.locator(f'section.night[data-date="{NIGHT}"]')
    expect(night).to_have_count(1)
    rows = night.locator("table.report-rows tr[data-model]")
    models = rows.evaluate_all("rows => rows.map(r => r.dataset.model)")
    assert models.count("Iskander-M") >= 2, models  # 5/5 on Kyiv and 1/1 on Kryvyi Rih
    assert any(m.startswith("Shahed") for m in models), models
    for row in (rows.filter(has_text="Iskander-M").first, rows.filter(has_text="Shahed").first):
        row.scroll_into_view_if_needed()
        expect(row).to_be_visible()
    expect(night.locator("table.article-figures tr[data-status]").first).to_be_visible()
    expect(page.locator("#agreement")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[page.size]["width"]
    shot(page, "records-night")


# Every page


def test_no_page_is_wider_than_the_screen(page, server):
    wide = {}
    for name, path in pages(server).items():
        status = load(page, f"{server}{path}", check=False)
        width = page.evaluate("document.documentElement.scrollWidth")
        if status != 200 or width > VIEWPORTS[page.size]["width"]:
            wide[f"{name} ({path})"] = f"HTTP {status}" if status != 200 else f"{width} px"
        shot(page, f"page-{name}")
    assert not wide, f"pages wider than {VIEWPORTS[page.size]['width']} px, or missing: {wide}"


def _axe(browser, server: str, size: str, paths: dict[str, str]) -> dict[str, list[str]]:
    """axe-core's violations on each page, in words: rule, impact, nodes, help.
    A path "URL click:SELECTOR" is checked after a click on SELECTOR (a panel
    open). The pages' CSP forbids injected scripts; this context alone bypasses it."""
    found = {}
    with _watched(browser, server, size, bypass_csp=True) as pg:
        for name, target in paths.items():
            path, _, click = target.partition(" click:")
            status = load(pg, f"{server}{path}", check=False)
            if status != 200:
                found[f"{name} ({path}, {size})"] = [f"HTTP {status}"]
                continue
            if click:
                pg.locator(click).first.click()
            pg.add_script_tag(path=str(AXE))
            violations = pg.evaluate("axe.run().then(r => r.violations)")
            if violations:
                found[f"{name} ({path}, {size})"] = [
                    f"{v['id']} [{v['impact']}] {v['help']}: " + "; ".join(
                        f"{' '.join(map(str, n['target']))} {n['html'][:100]}" for n in v["nodes"][:8])
                    + (" …" if len(v["nodes"]) > 8 else "") for v in violations]
    return found


def test_axe_finds_no_violation_on_any_page(browser, server, size):
    if not AXE.is_file():
        pytest.skip(f"axe-core checks skipped: {AXE} is absent (run `make vendor` or `npm ci` with npm available)")
    every = pages(server)
    opened = {"article, a record open": f"{every['article']} click:#text span[data-st]",
              "timeline, a point open": "/timeline click:#charts circle.point",
              "map, a place open": "/map click:#map circle.place"}
    found = _axe(browser, server, size, {**every, **opened, "hostile": "/documents/evil"})
    assert not found, "axe-core violations:\n" + "\n".join(
        f"{page}:\n  " + "\n  ".join(rules) for page, rules in found.items())


def test_axe_finds_no_violation_on_the_official_record(browser, records_server, size):
    if not AXE.is_file():
        pytest.skip(f"axe-core checks skipped: {AXE} is absent (run `make vendor` or `npm ci` with npm available)")
    found = _axe(browser, records_server, size, {"records": f"/records?date={NIGHT}", "timeline": "/timeline"})
    assert not found, "axe-core violations:\n" + "\n".join(
        f"{page}:\n  " + "\n  ".join(rules) for page, rules in found.items())
