"""Hostile input at the web edge: every bad parameter is a 4xx with the
documented shape (JSON `{"error": {"code", "message"}}` under /api, an HTML
page elsewhere), never a 500; searches are capped before they reach the
ledger; % and _ are literal; a question that runs too long is stopped (503).
The CLI's query options give click's usage errors, not tracebacks."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from veille.store import query

BIG = 10**25
I63 = 2**63  # one past SQLite's largest INTEGER
LONG = "mot+" * 15_000  # 60 KB of words in a URL (httpx sends none longer; benchmarks/api.py sends 70 KB)
SEVENTEEN = " ".join(f"w{i}" for i in range(17))


def _is_json_error(r, code: int) -> None:
    assert r.status_code == code, (r.status_code, r.text[:200])
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"} and body["error"]["code"] == code and body["error"]["message"]
    assert len(body["error"]["message"]) < 1000  # the message does not echo a 70 KB input


def _is_html_error(r, code: int) -> None:
    assert r.status_code == code, (r.status_code, r.text[:200])
    assert r.headers["content-type"].startswith("text/html")
    assert f"<h1>{code}</h1>" in r.text and "default-src 'self'" in r.headers["content-security-policy"]
    assert len(r.text) < 10_000


API_BAD = [
    # ids and offsets beyond SQLite's 64-bit INTEGER (OverflowError before)
    f"/api/documents?offset={BIG}", f"/api/events?offset={BIG}", f"/api/statements?entity={I63}",
    f"/api/entities/{I63}", f"/api/entities/1?offset={BIG}", f"/api/comparisons?offset={BIG}",
    f"/api/entities?offset={BIG}", f"/api/statements?offset={BIG}",
    "/api/entities/0", "/api/entities/-1", "/api/statements?entity=0", "/api/statements?offset=-1",
    "/api/documents?limit=501", "/api/documents?limit=0", "/api/documents?limit=1e3", "/api/documents?offset=0x10",
    "/api/statements?entity=%EF%BC%91",  # a fullwidth digit
    # dates: real days only, the period in order
    "/api/events?from=2025-13-45", "/api/events?to=2025-02-30", "/api/statements?since=2025-02-29",
    "/api/statements?until=0000-01-01", "/api/events?from=%D9%A2%D9%A0%D9%A2%D9%A5-01-01",  # Arabic-Indic digits
    "/api/events?from=2025-03-01&to=2025-02-01", "/api/statements?since=2025-03-01&until=2025-02-01",
    "/api/timeline?from=2025-03-01&to=2025-02-01", "/api/places?from=2025-03-01&to=2025-02-01",
    "/api/comparisons?from=2025-03-01&to=2025-02-01", "/api/places?from=2025-02-30",
    # searches and names: capped in characters and words, no NUL
    f"/api/documents?search={LONG}", f"/api/statements?search={LONG}", f"/api/documents?search={SEVENTEEN}",
    f"/api/statements?search={SEVENTEEN}", "/api/statements?speaker=" + "x" * 201, "/api/events?place=" + "x" * 201,
    "/api/events?weapon=" + "x" * 201, "/api/entities?search=" + "x" * 201, "/api/statements?speaker=%00",
    "/api/documents?search=a%00b", "/api/documents/%00", "/api/documents/" + "x" * 1001,
    # closed choices
    "/api/events?type=bogus", "/api/documents?language=xx", "/api/comparisons?differing=maybe",
]


@pytest.mark.parametrize("path", API_BAD, ids=lambda p: p[:60])
def test_edge_api_bad_input_is_a_json_422(client, path):
    _is_json_error(client.get(path), 422)


PAGES_BAD = [
    f"/?offset={BIG}", "/?offset=-1", "/?language=" + "x" * 100, f"/entities/{I63}", "/entities/0",
    f"/search?q={LONG}", f"/search?q={SEVENTEEN}", "/search?q=a%00b", "/comparisons?from=garbage",
    "/comparisons?from=2025-03-01&to=2025-02-01", "/comparisons?to=2025-02-30", f"/comparisons?offset={BIG}",
    "/comparisons?differing=maybe", "/documents/" + "x" * 1001, "/documents/%00",
]


@pytest.mark.parametrize("path", PAGES_BAD, ids=lambda p: p[:60])
def test_edge_page_bad_input_is_an_html_422(client, path):
    _is_html_error(client.get(path), 422)


@pytest.mark.parametrize("path,code", [
    (f"/api/documents?offset={2**63 - 1}", 200), (f"/api/statements?entity={2**63 - 1}", 200),
    (f"/api/entities/{2**63 - 1}", 404), (f"/api/entities/1?offset={2**63 - 1}", 200),
    (f"/?offset={2**63 - 1}", 200), (f"/entities/{2**63 - 1}", 404), ("/comparisons?from=&to=", 200),
    ("/api/events?from=2024-02-29&to=2024-02-29", 200), ("/api/events?from=2025-02-13&to=2025-02-13", 200),
    ("/api/statements?search=" + " ".join(["défense"] * 16), 200), ("/search?q=%22", 200), ("/search?q=NEAR%28a+b%29", 200),
    ("/api/documents?search=a%22+OR+%22b", 200), ("/api/entities?search=%5C", 200),
])
def test_edge_values_at_the_limits_are_answered(client, path, code):
    r = client.get(path)
    assert r.status_code == code, (path, r.text[:200])


@pytest.fixture()
def queries(monkeypatch):
    """Every SQL statement the web routes send to a SQLite ledger (any thread)."""
    from veille.store.db import Store

    sent: list[tuple[str, list]] = []
    original = Store.query

    def spy(self, sql, params=()):
        sent.append((sql, list(params)))
        return original(self, sql, params)

    monkeypatch.setattr(Store, "query", spy)
    return sent


@pytest.mark.parametrize("path", [f"/api/documents?search={LONG}", f"/api/statements?search={LONG}", f"/search?q={LONG}",
                                  f"/api/documents?search={SEVENTEEN}", f"/search?q={SEVENTEEN}"])
def test_edge_a_70_kb_search_is_refused_before_the_ledger(client, queries, path):
    assert client.get(path).status_code == 422
    assert not [sql for sql, _ in queries if "MATCH" in sql]


def test_edge_a_search_at_the_cap_sends_at_most_16_terms(client, queries):
    words = " ".join(["défense", "tiendrait"] * 8)
    assert client.get("/search", params={"q": words}).status_code == 200
    matches = [params for sql, params in queries if "MATCH" in sql]
    assert matches and all(p.count('"') <= 2 * query.MAX_SEARCH_TERMS for params in matches for p in params
                           if isinstance(p, str) and '"' in p)


def test_edge_the_fts_query_is_quoted_words_only(client, queries):
    """FTS5 syntax typed by a user (quotes, NEAR, *, column filters) is searched as plain words."""
    assert client.get("/api/documents", params={"search": 'title:x OR "y" NEAR(a b) * -z ^'}).status_code == 200
    (param,) = [p for sql, params in queries if "MATCH" in sql for p in params]
    assert param == '("title") AND ("x") AND ("OR") AND ("y") AND ("NEAR") AND ("a") AND ("b") AND ("z")'


def test_edge_a_place_is_searched_in_each_of_its_spellings_and_nothing_else(client, queries):
    assert client.get("/api/documents", params={"search": 'Kiev "bombes"'}).status_code == 200
    (param,) = [p for sql, params in queries if "MATCH" in sql for p in params]
    assert param == '("Kiev" OR "kyev" OR "kyiv") AND ("bombes")'


# -- LIKE wildcards are literal ------------------------------------------------

@pytest.mark.parametrize("params", [{"speaker": "%"}, {"speaker": "_"}, {"speaker": "Ivan%Testov"},
                                    {"speaker": "Iva_ Testov"}, {"speaker": "\\"}])
def test_edge_wildcards_in_speaker_match_nothing_here(client, params):
    assert client.get("/api/statements", params=params).json()["items"] == []


@pytest.mark.parametrize("path,params", [("/api/events", {"place": "%"}), ("/api/events", {"place": "_"}),
                                         ("/api/events", {"weapon": "%"}), ("/api/events", {"weapon": "dr_ne"}),
                                         ("/api/entities", {"search": "%"}), ("/api/entities", {"search": "_"})])
def test_edge_wildcards_in_names_match_nothing_here(client, path, params):
    assert client.get(path, params=params).json()["items"] == []


def test_edge_names_still_match_in_part_and_case_aside(client):
    assert len(client.get("/api/statements", params={"speaker": "TESTOV"}).json()["items"]) == 2
    assert len(client.get("/api/events", params={"place": "kharkiv", "weapon": "drone"}).json()["items"]) == 2


@pytest.fixture()
def wildcard_ledger(db_url, tmp_path):
    """A ledger (SQLite, PostgreSQL) whose speakers have %, _ and \\ in their names."""
    from veille.store import ingest

    text = "L'agence 100%_Info a déclaré que tout allait bien. Puis C:\\Porte-parole a dit que non."
    names = ["100%_Info", "C:\\Porte-parole"]
    entities = [{"id": f"E{i}", "name": n, "type": "organization", "aliases": [],
                 "mentions": [[text.index(n), text.index(n) + len(n)]], "key": f"organization:{n.lower()}"}
                for i, n in enumerate(names, 1)]
    statements = [{"id": f"S{i}", "kind": "indirect", "text": "tout allait bien" if i == 1 else "non",
                   "span": [text.index("tout"), text.index("tout") + 16] if i == 1 else [len(text) - 4, len(text) - 1],
                   "speaker": n, "speaker_entity": f"E{i}", "speaker_span": e["mentions"][0], "cue": "déclarer",
                   "cue_span": None, "date": "2025-02-12"} for i, (n, e) in enumerate(zip(names, entities), 1)]
    path = tmp_path / "wild.jsonl"
    record = {"schema": "veille/1", "entities": entities, "statements": statements, "events": [], "quantities": [],
              "document": {"id": "wild", "source": "wild.md", "url": "https://test.example/wild", "outlet": "Test",
                           "title": "Jokers", "language": "fr", "published": "2025-02-12", "text": text}}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert ingest([path], db_url).added == 1
    return db_url


@pytest.mark.parametrize("speaker,found", [("100%_info", ["100%_Info"]), ("0%_", ["100%_Info"]), ("%", ["100%_Info"]),
                                           ("_", ["100%_Info"]), ("100x", []), ("1_0", []), ("c:\\", ["C:\\Porte-parole"]),
                                           ("\\p", ["C:\\Porte-parole"]), (":_", []), ("%%", [])])
def test_edge_wildcards_are_literal_on_both_backends(wildcard_ledger, speaker, found):
    from veille.store import open_store

    with open_store(wildcard_ledger, create=False) as store:
        assert [r["speaker"] for r in query.statements(store, speaker=speaker)] == found
        assert [e["name"] for e in query.entities(store, search=speaker)] == found


@pytest.mark.parametrize("path,code", [
    (f"/api/documents?offset={2**63 - 1}", 200), (f"/api/statements?entity={2**63 - 1}", 200),
    (f"/api/entities/{2**63 - 1}", 404), (f"/api/events?offset={2**63 - 1}", 200), (f"/?offset={2**63 - 1}", 200),
    ("/api/statements?search=" + "+".join(["tout"] * 16), 200), ("/api/documents?search=a%22+OR+%22b", 200),
    ("/api/statements?speaker=%00", 422), ("/api/documents/%00", 422), ("/documents/a%00b", 422),
    (f"/api/statements?entity={I63}", 422), ("/api/events?from=2025-02-30", 422),
])
def test_edge_limits_on_both_backends(wildcard_ledger, path, code):
    """PostgreSQL takes bigint offsets and ids to 2^63-1 and refuses NUL in text: both are answered, not 500."""
    from fastapi.testclient import TestClient

    from veille.web.app import create_app

    r = TestClient(create_app(wildcard_ledger)).get(path)
    assert r.status_code == code, (path, r.text[:300])


# -- time budget ------------------------------------------------------------------

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


def test_edge_a_runaway_sqlite_question_is_stopped_with_a_503(web_db, monkeypatch):
    """A query with no end (none of the routes can build one: here stats is made to) is interrupted."""
    from fastapi.testclient import TestClient

    from veille.web.app import create_app

    client = TestClient(create_app(web_db, query_budget_ms=50))
    real_stats = query.stats
    monkeypatch.setattr(query, "stats", lambda store: store.scalar(ENDLESS))
    _is_json_error(client.get("/api/stats"), 503)
    _is_html_error(client.get("/"), 503)
    monkeypatch.setattr(query, "stats", real_stats)
    assert client.get("/api/stats").json()["documents"] == 2  # the same connections answer the next request


def test_edge_postgresql_connections_of_the_web_server_have_a_statement_timeout(db_url, monkeypatch):
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only (SQLite: the progress handler above)")
    from fastapi.testclient import TestClient

    from veille.store import ingest
    from veille.web.app import create_app

    ingest([], db_url)  # an empty ledger
    client = TestClient(create_app(db_url, query_budget_ms=100))
    assert client.app.state.ledger().scalar("SHOW statement_timeout") == "100ms"
    monkeypatch.setattr(query, "stats", lambda store: store.scalar("SELECT pg_sleep(30)"))
    _is_json_error(client.get("/api/stats"), 503)


def test_edge_an_unexpected_failure_is_still_the_documented_shape(web_db, monkeypatch):
    from fastapi.testclient import TestClient

    from veille.web.app import create_app

    client = TestClient(create_app(web_db), raise_server_exceptions=False)

    def broken(store):
        raise RuntimeError("a bug")

    monkeypatch.setattr(query, "stats", broken)
    _is_json_error(client.get("/api/stats"), 500)
    _is_html_error(client.get("/"), 500)
    assert "a bug" not in client.get("/api/stats").text


# -- OpenAPI -------------------------------------------------------------------

def test_edge_openapi_documents_the_error_shapes(client):
    spec = client.get("/openapi.json").json()
    error = spec["components"]["schemas"]["Error"]
    assert error["properties"]["error"]["$ref"].endswith("/ErrorDetail")
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    for path, ops in spec["paths"].items():
        for op in ops.values():
            for code in ("422", "500", "503"):
                assert op["responses"][code]["content"]["application/json"]["schema"]["$ref"].endswith("/Error"), path
    for path in ("/api/documents/{document_id}", "/api/entities/{entity_id}"):
        assert "404" in spec["paths"][path]["get"]["responses"]
    params = {p["name"]: p["schema"] for p in spec["paths"]["/api/statements"]["get"]["parameters"]}
    assert params["offset"]["maximum"] == 2**63 - 1 and params["search"]["anyOf"][0]["maxLength"] == query.MAX_SEARCH_CHARS


# -- the CLI's query options ----------------------------------------------------

@pytest.mark.parametrize("args,option", [
    (["statements", "--entity", str(I63)], "--entity"), (["statements", "--entity", "0"], "--entity"),
    (["statements", "--since", "2025-13-45"], "--since"), (["statements", "--until", "yesterday"], "--until"),
    (["statements", "--since", "2025-03-01", "--until", "2025-02-01"], "--since"),
    (["statements", "--search", LONG.replace("+", " ")], "--search"), (["statements", "--search", SEVENTEEN], "--search"),
    (["statements", "--speaker", "x" * 201], "--speaker"), (["statements", "--limit", "-1"], "--limit"),
    (["events", "--from", "2025-02-30"], "--from"), (["events", "--from", "2025-03-01", "--to", "2025-02-01"], "--from"),
    (["events", "--place", "x\x00y"], "--place"), (["events", "--limit", str(I63)], "--limit"),
    (["entities", "--search", "x" * 201], "--search"), (["compare", "--window", str(BIG)], "--window"),
    (["compare", "--from", "2025-03-01", "--to", "2025-02-01"], "--from"), (["reconcile", "--to", "2025-02-30"], "--to"),
    (["reconcile", "--from", "2025-03-01", "--to", "2025-02-01"], "--from"),
    (["serve", "--query-timeout", "0"], "--query-timeout"),
])
def test_edge_cli_query_options_give_usage_errors(web_db, tmp_path, args, option):
    import shutil

    from veille.cli import main

    db = tmp_path / "copy.db"  # reconcile opens its ledger for writing
    shutil.copy(web_db, db)
    result = CliRunner().invoke(main, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output[-500:]
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert f"'{option}'" in result.output and len(result.output) < 2000


def test_edge_cli_wildcards_are_literal(web_db):
    from veille.cli import main

    for speaker, n in (("%", 0), ("_", 0), ("testov", 2)):
        result = CliRunner().invoke(main, ["statements", "--speaker", speaker, "--db", web_db])
        assert result.exit_code == 0 and len(json.loads(result.output)) == n
