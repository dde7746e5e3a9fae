"""The ledger's commands: ingest, query, compare, export (thin over `veille.store`)."""
from __future__ import annotations

import csv
import functools
import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .cli import main, model_option
from .lang import LANGUAGES
from .readers import MAX_BYTES
from .errors import need
from .store import DEFAULT_DB, StoreError
from .store.query import MAX_ID, MAX_QUERY_MS, MAX_WINDOW_DAYS, QueryError, check_day

_DB_HELP = "Ledger: a SQLite file or a postgresql:// URL (default: $VEILLE_DB or ./veille.db)."


def db_option(f):
    return click.option("--db", envvar="VEILLE_DB", default=DEFAULT_DB, show_default=True, help=_DB_HELP)(f)


def language_option(f):
    return click.option("--language", type=click.Choice(sorted(LANGUAGES)),
                        help="Only articles in this language.")(f)


def day_option(*decls: str, help: str):
    """A date option: a real day, YYYY-MM-DD, or a usage error naming the option."""
    def real_day(ctx, param, value):
        try:
            return check_day(param.name, value)
        except QueryError as err:
            raise click.BadParameter(err.detail) from None

    return click.option(*decls, callback=real_day, help=help)


def limit_option(f):
    return click.option("--limit", default=100, show_default=True, type=click.IntRange(0, MAX_ID),
                        help="At most this many rows (0: all).")(f)


@contextmanager
def refused_as_usage():
    """A question the ledger refuses (a period that ends before it starts, a
    search too long) is a usage error naming the option, not a traceback."""
    try:
        yield
    except QueryError as err:
        raise click.BadParameter(err.detail, param_hint=f"'--{err.param}'") from err


def output_options(f):
    """sqlite-utils' output choices: a JSON array (default), --nl, --csv, --table."""
    @click.option("--nl", "fmt", flag_value="nl", help="Newline-delimited JSON, one row per line.")
    @click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row.")
    @click.option("--json", "fmt", flag_value="json", default=True, help="A JSON array (the default).")
    @click.option("-t", "--table", "fmt", flag_value="table", help="A plain-text table for reading.")
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)

    return wrapper


def emit(rows, fmt: str) -> None:
    rows = list(rows)
    out = sys.stdout
    if fmt == "nl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(out, fieldnames=list(rows[0]))
            writer.writeheader()
            for r in rows:
                writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                                 for k, v in r.items()})
    elif fmt == "table":
        if rows:
            cols = list(rows[0])
            cells = [[_cell(r[c]) for c in cols] for r in rows]
            widths = [min(60, max(len(c), *(len(x[i]) for x in cells))) for i, c in enumerate(cols)]
            out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip() + "\n")
            out.write("  ".join("-" * w for w in widths) + "\n")
            for x in cells:
                out.write("  ".join(v[:w].ljust(w) for v, w in zip(x, widths)).rstrip() + "\n")
    else:
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False)
    return str(v).replace("\n", " ")


def _open(db: str, create: bool = False):
    from .store import open_store

    try:
        return open_store(db, create=create)
    except StoreError as err:
        raise click.ClickException(str(err)) from err


@main.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@model_option
@click.option("-j", "--processes", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--max-bytes", default=MAX_BYTES, show_default=True, type=int, help="Refuse inputs larger than this.")
@click.option("--allow-private", is_flag=True,
              help="Fetch URLs on loopback, private and link-local addresses too (refused by default: V115).")
def ingest_command(sources, db, quiet, model, processes, max_bytes, allow_private):
    """Extract articles into the ledger (each article once, whatever happens).

    SOURCES are article files and folders (as for `extract`), RSS/Atom feeds
    (.xml/.rss/.atom files or http(s) URLs; each item's page is fetched and
    read as HTML), web page URLs, WARC/WET files (.warc, .warc.gz, .wet.gz)
    and JSON Lines of veille/1 records (.jsonl, as `extract` or `export`
    writes them). French and English articles go into one ledger, each
    through its language's pipeline. An article already in the ledger is
    not extracted again; near-duplicates are flagged as republications of
    the first copy, and an article that translates or re-reports one in the
    other language (published a day apart at most, with the same places,
    people and figures) is linked to it. Bad input is reported on stderr and
    skipped; the exit status is 1 when any input failed. A URL (given, in a
    feed, or redirected to) is fetched only from a public address, in 60 s
    and 10 MB at most: --allow-private for a server on this machine or your
    network.

    \b
    Examples:
        veille ingest articles/ --db veille.db
        veille ingest https://example.org/feed.xml crawl.warc.gz
        veille ingest records.jsonl --db postgresql://localhost/veille
        veille ingest http://127.0.0.1:8000/feed.xml --allow-private
    """
    from tqdm import tqdm

    from .readers.sources import iter_items
    from .store.ingest import ingest_items, run

    store = _open(db, create=True)
    bar = tqdm(disable=quiet, unit="article", file=sys.stderr, leave=False, desc="ingest")

    def on_error(message: str) -> None:
        tqdm.write(message, file=sys.stderr)

    try:  # a ledger that fails midway (busy, disk full, server gone): its coded error, every article written kept
        with run(store, "ingest", list(sources)) as counts:
            ingest_items(store, iter_items(sources, max_bytes, allow_private=allow_private), counts, model=model,
                         processes=processes, on_error=on_error, on_done=lambda: bar.update(1))
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    finally:
        bar.close()
        store.close()
    if not quiet:
        click.echo(counts.summary(), err=True)
    sys.exit(1 if counts.failed else 0)


@main.command("statements")
@click.option("--speaker", help="Speaker as written or canonical name (part of it is enough).")
@click.option("--entity", "entity_id", type=click.IntRange(1, MAX_ID), help="Speaker entity id.")
@day_option("--since", help="From this date (YYYY-MM-DD).")
@day_option("--until", help="Up to this date (YYYY-MM-DD).")
@click.option("--search", help="Words the statement (or speaker) contains.")
@language_option
@limit_option
@db_option
@output_options
def statements_command(speaker, entity_id, since, until, search, language, limit, db, fmt):
    """Statements in the ledger, newest first.

    \b
    Example:
        veille statements --speaker Peskov --since 2025-02-01 --search territoire
        veille statements --speaker Peskov --language en
    """
    from .store import query

    with _open(db) as store, refused_as_usage():
        emit(query.statements(store, speaker=speaker, entity_id=entity_id, since=since, until=until, search=search,
                              language=language, limit=limit or None), fmt)


@main.command("events")
@click.option("--type", "etype", type=click.Choice(["attack", "casualties", "territorial_control", "aid", "damage"]))
@day_option("--from", "date_from", help="From this date (YYYY-MM-DD).")
@day_option("--to", "date_to", help="Up to this date (YYYY-MM-DD).")
@click.option("--place", help="Place or region, in any spelling the gazetteer knows (Kiev, Kyiv).")
@click.option("--weapon", help="Weapon category (drone, ballistic_missile…) or model.")
@click.option("--outlet", help="Outlet name (part of it is enough).")
@click.option("--check", type=click.Choice(["differs", "disagrees"]),
              help="Only events whose sources give other figures (differs) or that the official record "
                   "contradicts (disagrees).")
@click.option("--include-republications", is_flag=True, help="Also events of articles flagged as republications.")
@language_option
@limit_option
@db_option
@output_options
def events_command(etype, date_from, date_to, place, weapon, outlet, check, include_republications, language, limit,
                   db, fmt):
    """Events in the ledger, newest first (attacks with their weapons), each
    with its figures in words ("at least 123 drones launched, 71 shot down").

    \b
    Examples:
        veille events --type attack --from 2025-02-01 --to 2025-02-28
        veille events --place Kharkiv --check disagrees -t
    """
    from .describe import figures
    from .store import query

    with _open(db) as store, refused_as_usage():
        rows = query.events(store, type=etype, date_from=date_from, date_to=date_to, place=place, weapon=weapon,
                            outlet=outlet, check=check, include_republications=include_republications,
                            language=language, limit=limit or None)
    emit([r | {"figures": figures(r)} for r in rows], fmt)


@main.command("entities")
@click.option("--type", "etype", type=click.Choice(["person", "organization", "place", "other"]))
@click.option("--search", help="Part of the name.")
@language_option
@limit_option
@db_option
@output_options
def entities_command(etype, search, language, limit, db, fmt):
    """Entities across all articles, most mentioned first. One person or
    place is one entity whatever the language it is named in; with
    --language, the entities of the articles in that language, counted in
    those articles only.

    \b
    Example:
        veille entities --type person --language en
    """
    from .store import query

    with _open(db) as store, refused_as_usage():
        emit(query.entities(store, type=etype, search=search, language=language, limit=limit or None), fmt)


@main.command("stats")
@db_option
def stats_command(db):
    """What the ledger holds, as JSON.

    \b
    Example:
        veille stats --db veille.db
    """
    from .store import query

    with _open(db) as store:
        emit([query.stats(store)], "json")


@main.command("compare")
@click.option("--type", "etype", type=click.Choice(["attack", "casualties"]))
@day_option("--from", "date_from", help="From this date (YYYY-MM-DD).")
@day_option("--to", "date_to", help="Up to this date (YYYY-MM-DD).")
@click.option("--differing", is_flag=True, help="Only groups whose sources give different figures.")
@click.option("--cross-language", is_flag=True, help="Only groups with sources in several languages.")
@language_option
@click.option("--window", default=1, show_default=True, type=click.IntRange(0, MAX_WINDOW_DAYS),
              help="Days between reports of one event.")
@db_option
@output_options
def compare_command(etype, date_from, date_to, differing, cross_language, language, window, db, fmt):
    """Events that several articles report, with each source's figures.

    Groups attacks and casualty reports of the same type, within --window
    days, with overlapping (or unnamed) places, from different articles
    (republications left out), in any language; `differs` is true where the
    figures differ. Where one source translates or re-reports another in
    the other language (`veille ingest` links them), a figure whose digits
    differ between the two is flagged "a figure changed in translation"
    (`changed_in_translation`).

    \b
    Examples:
        veille compare --type attack --differing -t
        veille compare --cross-language -t
    """
    from .store import query

    with _open(db) as store, refused_as_usage():
        groups = query.compare(store, type=etype, date_from=date_from, date_to=date_to, window_days=window,
                               only_differing=differing, language=language, cross_language=cross_language)
    if fmt == "table":
        emit([row for g in groups for row in _compare_rows(g)], fmt)
    else:
        emit(groups, fmt)
    for g in groups:  # the flag, on stderr whatever the format
        for key, changes in g["changed_in_translation"].items():
            for c in changes:
                click.echo(f"a figure changed in translation: {g['type']} {g['date']} {key} {c['original_value']} "
                           f"({c['original_language']}, {c['original']}) -> {c['translation_value']} "
                           f"({c['translation_language']}, {c['translation']})", err=True)


def _compare_rows(group: dict) -> list[dict]:
    """A comparison group as table rows, one per source, figures side by
    side; a translation says what it translates and which figures changed."""
    return [{"type": group["type"], "date": group["date"], "places": ", ".join(group["places"]),
             "differs": group["differs"], "language": s["language"] or "", "source": s["outlet"] or s["document_id"],
             "figures": s["figures"], "translation_of": s["translation_of"] or "",
             "changed_in_translation": "; ".join(
                 f"{k} {c['original_value']} -> {c['translation_value']}"
                 for k, changes in group["changed_in_translation"].items() for c in changes
                 if c["translation"] == s["document_id"])}
            for s in group["sources"]]


@main.command("export")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), required=True)
@click.option("--table", default=None,
              help="Table to export (csv, parquet). Default: full records (jsonl), events in ACLED layout (csv, parquet).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (stdout for jsonl and csv when absent; required for parquet).")
@language_option
@db_option
def export_command(fmt, table, output, language, db):
    """Export the ledger: full veille/1 records (jsonl; `veille ingest` reads
    them back), any table as CSV or Parquet, or events in an ACLED-like
    layout (event_date, event_type, sub_event_type, actor1, actor2, country,
    admin1, location, latitude, longitude, fatalities, notes, source,
    source_url, then veille's counts and the article's language). Tables
    of an article's parts (statements, events, mentions, quantities, weapons,
    reconciliations) carry the article's `language` column; --language keeps
    only articles in that language.

    \b
    Examples:
        veille export --format jsonl -o ledger.jsonl
        veille export --format csv > events-acled.csv
        veille export --format parquet --table statements -o statements.parquet
        veille export --format csv --table statements --language en > statements-en.csv
    """
    from .store import export

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    if fmt == "parquet":
        try:
            need("pyarrow", "parquet", str(output))
        except StoreError as err:
            raise click.ClickException(str(err)) from err
    if fmt == "jsonl" and table:
        raise click.UsageError("--format jsonl exports full records; --table is for csv and parquet")
    with _open(db) as store:
        try:
            rows = (export.table_rows(store, table, language=language) if table
                    else export.acled_rows(store, language=language))
            columns = None if table else export.ACLED_COLUMNS + export.COUNT_COLUMNS
            if fmt == "parquet":
                n = export.write_parquet(rows, str(output))
            else:
                out = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
                try:
                    n = (export.write_jsonl(store, out, language=language) if fmt == "jsonl"
                         else export.write_csv(rows, out, columns))
                finally:
                    if output:
                        out.close()
        except ValueError as err:
            raise click.UsageError(str(err)) from err
    click.echo(f"exported {n} rows", err=True)


@main.command("metadata")
@db_option
def metadata_command(db):
    """Print Datasette's metadata.json for the ledger: table and column
    descriptions, and the label columns that turn foreign keys into names.

    \b
    Example:
        veille metadata --db veille.db > metadata.json && datasette veille.db -m metadata.json
    """
    from .store.datasette import metadata

    click.echo(json.dumps(metadata(db), indent=2, ensure_ascii=False))


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@main.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--public", is_flag=True, help="Allow binding beyond loopback (anyone who reaches it can read the ledger).")
@click.option("--query-timeout", type=click.IntRange(10, 600_000), default=MAX_QUERY_MS, show_default=True,
              metavar="MS", help="The ledger's time for one request; a longer question is stopped and answered 503.")
def serve_command(db, host, port, public, query_timeout):
    """Serve the ledger read-only: web pages and a JSON API (docs at /docs).

    Pages: / (articles), /documents/ID (highlighted article), /entities/ID
    (everything a speaker said), /speakers, /timeline (strikes per night),
    /map, /search, /comparisons. API: /api/... (OpenAPI at /openapi.json).
    Binds to 127.0.0.1 unless --public is given. A request's questions to
    the ledger get --query-timeout milliseconds, then are stopped (503).

    \b
    Example:
        veille serve --db demo/out/veille.db --port 8000
    """
    if host not in LOOPBACK and not public:
        raise click.UsageError(f"--host {host} is beyond loopback: add --public to serve the ledger to the network")
    try:
        need("fastapi", "web", "veille serve")
        need("fastapi_offline", "web", "veille serve")
        uvicorn = need("uvicorn", "web", "veille serve")
        from .web.app import create_app

        app = create_app(db, query_budget_ms=query_timeout)
    except StoreError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"veille: serving {db} read-only at http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


@main.group("records")
def records_group():
    """Official records in the ledger (the Ukrainian Air Force's attack reports).

    \b
    Example:
        veille records import missile_attacks_daily.csv --db veille.db
    """


@records_group.command("import")
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
def records_import_command(csv_path, db):
    """Load or refresh the "Massive Missile Attacks on Ukraine" CSV (one row
    per weapon model per report; rows already in the ledger are updated in
    place).

    \b
    Example:
        veille records import missile_attacks_daily.csv --db veille.db
    """
    from .errors import InputError
    from .official.importer import import_csv

    with _open(db, create=True) as store:
        try:
            counts = import_csv(store, csv_path, on_error=lambda m: click.echo(m, err=True))
        except InputError as err:
            raise click.ClickException(str(err)) from err
    click.echo(counts.summary(), err=True)


@main.command("reconcile")
@day_option("--from", "date_from", help="Attacks from this date (YYYY-MM-DD).")
@day_option("--to", "date_to", help="Attacks up to this date (YYYY-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Every event and count as JSON, with the summary.")
@db_option
def reconcile_command(date_from, date_to, as_json, db):
    """Check each attack's figures against the official report of its night.

    Report by report (never summed across reports), category by category,
    each count is: agrees, differs (with the record's figure and the report),
    not in the record, or not in the article; other sides' claims are not
    comparable. Results are stored in the ledger; the summary gives the share
    of figures that agree and why the others do not.

    \b
    Example:
        veille reconcile --from 2025-02-01 --to 2025-02-28
    """
    from .official.reconcile import reconcile

    with _open(db, create=True) as store, refused_as_usage():
        result = reconcile(store, date_from=date_from, date_to=date_to)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    rows = [{"date": e["date"], "article": (e["title"] or e["document_id"])[:50],
             "report": (e["report"] or {}).get("reporter") or e["status"], "category": c["category"] or "mixed",
             "count": c["field"], "article_value": c["article"], "record_value": c["record"], "status": c["status"],
             "reason": c["reason"] or ""} for e in result["events"] for c in e["counts"]]
    emit(rows, "table")
    s = result["summary"]
    rate = f"{100 * s['agreement_rate']:.0f} %" if s["agreement_rate"] is not None else "n/a"
    click.echo(f"{s['events']} attacks · figures agreeing with the record: {rate} · "
               + " · ".join(f"{k} {v}" for k, v in s["counts"].items())
               + (" · why they differ: " + ", ".join(f"{k} {v}" for k, v in s["disagreements"].items())
                  if s["disagreements"] else ""), err=True)
