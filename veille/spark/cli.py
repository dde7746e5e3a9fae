"""`veille spark run`: the Spark job from the command line, in local mode or
under spark-submit (thin over `veille.spark`). Importing this module adds
the group to `veille` (`veille.cli` imports it, as it does `cli_ledger`)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from ..cli import main, model_option
from ..lang import LANGUAGES
from ..readers import MAX_BYTES
from .job import FILES_PER_BATCH


@click.group("spark")
def spark_group() -> None:
    """veille's extraction on Apache Spark, over the WARC/WET files of a crawl.

    \b
    Example:
        veille spark run warc.paths --out out/ --master local[2]
    """


@spark_group.command("run")
@click.argument("manifest", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True,
              help="Output folder: a path (on a cluster, one every machine mounts), or an s3a://, s3://, gs:// or "
                   "hdfs:// URI (written through pyarrow's file systems).")
@click.option("--prefix", default=None, metavar="URI",
              help="Put this before each relative path of the manifest (CC-NEWS's warc.paths.gz: s3a://commoncrawl/).")
@click.option("--master", default=None,
              help="Spark master (local[2], local[*], spark://host:7077). Default: spark-submit's, else local[*].")
@click.option("--language", "languages", multiple=True, type=click.Choice(sorted(LANGUAGES)),
              help="Keep only pages in this language (repeat it; default: every language veille reads).")
@model_option
@click.option("--max-bytes", default=MAX_BYTES, show_default=True, type=int,
              help="Skip a WARC record whose body is larger than this.")
@click.option("--files-per-batch", default=FILES_PER_BATCH, show_default=True, type=click.IntRange(1),
              help="Files committed together: a re-run after a failure redoes at most one batch.")
@click.option("--driver-memory", default="2g", show_default=True, help="Local mode: the driver's memory.")
@click.option("-q", "--quiet", is_flag=True, help="No line per batch and no summary line.")
def run_command(manifest, out, prefix, master, languages, model, max_bytes, files_per_batch, driver_memory, quiet):
    """Extract every article of the manifest's WARC/WET files into Parquet.

    MANIFEST (plain or gzipped) lists one file a line: local paths
    (relative ones from the manifest's folder, or after --prefix) or URIs
    that Spark's Hadoop file systems open (s3a://, hdfs://, file://). One task per file; each French or English
    HTML page (or WET text) goes through the same extraction as `veille
    extract`. OUT gets Parquet tables (records, documents, entities,
    statements, events) partitioned by month and language; `veille ingest
    OUT/records` loads them into a ledger. Files finished by an earlier run
    into the same OUT are skipped. The exit status is 1 when a file could
    not be read at all (a bad record is counted and skipped).

    \b
    Examples:
        veille spark run warc.paths --out out/ --master local[2]
        veille spark run warc.paths --out out/ --language fr --files-per-batch 16
        veille spark run warc.paths.gz --prefix s3a://commoncrawl/ --out s3a://my-bucket/veille/2025-02
    """
    from .job import Settings, run_job
    from .manifest import is_uri, read_manifest
    from .session import local_session, submitted_session, under_spark_submit

    try:
        import pyspark  # noqa: F401
    except ImportError as err:
        raise click.ClickException("[V304] veille spark: pyspark is missing: pip install 'veille[spark]'") from err
    entries = read_manifest(manifest, prefix)
    if not is_uri(out):
        out = str(Path(out).resolve())
    settings = Settings(languages=tuple(languages or LANGUAGES), max_bytes=max_bytes, models=tuple(model.items()))
    if master is None and under_spark_submit():
        session = submitted_session()
    else:  # the workers forked with the pipelines of the languages kept already loaded
        chosen = dict(settings.models)
        preload = ",".join(f"{code}={chosen[code]}" if code in chosen else code for code in settings.languages)
        session = local_session(master or "local[*]", driver_memory=driver_memory, preload=preload)

    def batch_done(counts) -> None:
        if not quiet:
            click.echo(f"batch: {counts.summary()}", err=True)

    try:
        counts = run_job(session, entries, out, settings, files_per_batch, on_batch=batch_done)
    finally:
        session.stop()
    if not quiet:
        click.echo(f"total: {counts.summary()}", err=True)
    sys.exit(1 if counts["files_failed"] else 0)


main.add_command(spark_group)
