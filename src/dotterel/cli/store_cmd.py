"""`dotterel ingest | export | query | series | dedup`: the event store (DuckDB)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys

import click

from ..read import ReadOptions
from .common import (
    JOBS_OPTION,
    MAX_BYTES_OPTION,
    PREFILTER_OPTION,
    PUBLISHED_OPTION,
    SOURCE_OPTION,
    TIME_LIMIT_OPTION,
    Problems,
    Progress,
    count_records,
    knowledge_options,
    parse_date_option,
    progress_wanted,
)

DB_OPTION = click.option("--db", "db", required=True, type=click.Path(dir_okay=False),
                         metavar="PATH", help="The DuckDB store file.")  # fmt: skip


def _open(db: str, read_only: bool):
    from ..store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as e:
        raise click.ClickException(str(e)) from e


# -- ingest ------------------------------------------------------------------------------------
INGEST_HELP = """Code news articles into an event store (a DuckDB file).

INPUT is any mix of files, folders and '-', as for `dotterel code`. Articles already in the
store (same id, date and text) are skipped, so ingesting the same files again adds
nothing, and a run that was interrupted (even with kill -9) is finished by running it
again: rows are written in batches, each in one transaction.

After coding, reports of the same happening in different articles are grouped into
deduplicated events (`stories`, with NumArticles/NumSources/NumMentions).

\b
Examples:
  dotterel ingest news/ --db events.duckdb
  dotterel ingest feed.jsonl --db events.duckdb -j 4
  dotterel ingest feed.jsonl --db events.duckdb --dask-local 2
  dotterel ingest feed.jsonl --db events.duckdb --dask tcp://scheduler:8786
"""


@click.command("ingest", help=INGEST_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@DB_OPTION
@JOBS_OPTION
@click.option(
    "--batch",
    type=click.IntRange(1, 10_000),
    default=32,
    show_default=True,
    help="Articles per batch: per worker task and per transaction.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Code on an existing Dask cluster (scheduler address, e.g. tcp://host:8786).",
)
@click.option(
    "--dask-local",
    type=click.IntRange(0, 512),
    default=0,
    metavar="N",
    help="Code on a local Dask cluster of N worker processes.",
)
@click.option(
    "--shard-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="With Dask: workers write Parquet shards here (a folder they and this machine share).",
)
@PUBLISHED_OPTION
@SOURCE_OPTION
@MAX_BYTES_OPTION
@PREFILTER_OPTION
@TIME_LIMIT_OPTION
@click.option("--explain", is_flag=True, help="Store each event's explanation in its JSON.")
@click.option(
    "--dedup/--no-dedup",
    default=True,
    show_default=True,
    help="Update the deduplicated events after coding.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: on when stderr is a terminal).",
)
@click.option("-v", "--verbose", is_flag=True, help="One line on stderr per committed batch.")
@click.option("-q", "--quiet", is_flag=True, help="Report at most 20 bad records.")
@knowledge_options
def ingest_command(inputs, db, jobs, batch, dask_address, dask_local, shard_dir, published,
                   source_name, max_bytes, prefilter, time_limit, explain, dedup, progress, verbose, quiet,
                   actors, agents, no_builtin_actors):  # fmt: skip
    from ..ingest import ingest
    from ..workers import CoderSpec, auto_jobs

    problems = Problems(quiet)
    total = count_records(inputs)
    jobs = auto_jobs(total, jobs)
    spec = CoderSpec(actors=tuple(actors), agents=tuple(agents), no_builtin_actors=no_builtin_actors,
                     explain=explain, prefilter=prefilter, time_limit=time_limit)  # fmt: skip
    options = ReadOptions(published=published, source=source_name, max_bytes=max_bytes)
    store = _open(db, read_only=False)
    bar = Progress(progress_wanted(total, progress), total, label="ingesting")
    events = 0

    def on_progress(n: int, ev: int) -> None:
        nonlocal events
        events += ev
        bar.advance(n, events)

    def on_commit(r) -> None:
        if verbose:
            click.echo(f"dotterel: committed batch {r.batches}: {r.articles} articles, "
                       f"{r.events} events so far", err=True)  # fmt: skip

    try:
        report = ingest(store, list(inputs), options=options, spec=spec, jobs=jobs, batch=batch,
                        dask=dask_address, dask_local=dask_local, shard_dir=shard_dir,
                        dedup=dedup, on_problem=problems.report, on_progress=on_progress,
                        on_commit=on_commit)  # fmt: skip
    finally:
        bar.close()
        counts = store.counts()
        store.close()
    click.echo(
        f"dotterel: {report.read} articles read, {report.known} already stored, "
        f"{report.coded} coded: +{report.articles} articles, +{report.events} events; "
        f"store: {counts['articles']} articles, {counts['events']} events, "
        f"{counts['stories']} deduplicated events",
        err=True,
    )
    problems.summary()
    sys.exit(1 if problems.count else 0)


# -- export ------------------------------------------------------------------------------------
EXPORT_HELP = """Write the store's events as JSONL, CSV, Parquet, GDELT or POLECAT.

jsonl, csv, parquet and polecat give one row per report (an event as coded from one
article), with the deduplicated event it belongs to (jsonl: a "story" object; csv, parquet:
story_* columns). gdelt gives one row per deduplicated event, GDELT 2.0 event-table columns,
with NumArticles, NumSources and NumMentions over all its reports.

\b
Examples:
  dotterel export --db events.duckdb --format gdelt -o events.tsv
  dotterel export --db events.duckdb --format parquet -o events.parquet
  dotterel export --db events.duckdb --where "e.type = 'ASSAULT'" | head
"""


@click.command("export", help=EXPORT_HELP)
@DB_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("jsonl", "csv", "parquet", "gdelt", "polecat")),
    default="jsonl",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of standard output (written atomically).",
)
@click.option("--where", metavar="SQL", help="Only events meeting this condition (events are 'e').")
def export_command(db, fmt, output, where):
    from ..export import export_store
    from .code import _sink

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    store = _open(db, read_only=True)
    try:
        stale = store.con.execute("SELECT count(*) FROM events WHERE event_key NOT IN "
                                  "(SELECT event_key FROM story_events)").fetchall()[0][0]  # fmt: skip
        if stale:
            click.echo(f"dotterel: {stale} events are not deduplicated yet; run `dotterel dedup "
                       f"--db {db}`", err=True)  # fmt: skip
        with _sink(output, binary=fmt == "parquet") as sink:
            n = export_store(store, fmt, sink, where=where)
    except Exception as e:
        import duckdb

        if isinstance(e, duckdb.Error):
            raise click.ClickException(str(e)) from e
        raise
    finally:
        store.close()
    click.echo(f"dotterel: {n} rows", err=True)


# -- query -------------------------------------------------------------------------------------
QUERY_HELP = """Run SQL on the store (read-only) and print the result.

\b
Tables: articles, events, actors, mentions, actor_mentions, stories, story_events
(docs/store.md). Examples:
  dotterel query --db events.duckdb "SELECT type, count(*) n FROM events GROUP BY type ORDER BY n DESC"
  dotterel query --db events.duckdb --format csv "SELECT * FROM stories WHERE num_sources > 1"
"""


@click.command("query", help=QUERY_HELP)
@DB_OPTION
@click.argument("sql")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("table", "csv", "json", "jsonl")),
    default="table",
    show_default=True,
)
@click.option("--max-width", type=int, default=60, show_default=True, help="Table: widest column.")
def query_command(db, sql, fmt, max_width):
    import duckdb

    store = _open(db, read_only=True)
    try:
        rel = store.con.execute(sql)
        cols = [d[0] for d in rel.description] if rel.description else []
        rows = rel.fetchall() if cols else []
    except duckdb.Error as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()
    write_rows(cols, rows, fmt, max_width)


def _plain(v):
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, float) and v != v:
        return None
    return v


def write_rows(cols: list[str], rows: list[tuple], fmt: str, max_width: int = 60) -> None:
    out = sys.stdout
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(cols)
        w.writerows([[_plain(v) for v in r] for r in rows])
    elif fmt in ("json", "jsonl"):
        objs = [{c: _plain(v) for c, v in zip(cols, r, strict=True)} for r in rows]
        if fmt == "json":
            out.write(json.dumps(objs, ensure_ascii=False, default=str, indent=1) + "\n")
        else:
            for o in objs:
                out.write(json.dumps(o, ensure_ascii=False, default=str) + "\n")
    else:
        cells = [[_cell(v, max_width) for v in r] for r in rows]
        widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(cols)]
        right = [all(isinstance(r[i], int | float) or r[i] is None for r in rows) and rows
                 for i in range(len(cols))]  # fmt: skip

        def line(vals):
            return "  ".join(v.rjust(w) if right[i] else v.ljust(w)
                             for i, (v, w) in enumerate(zip(vals, widths, strict=True))).rstrip()  # fmt: skip

        out.write(line(cols) + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for r in cells:
            out.write(line(r) + "\n")
        out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def _cell(v, width: int) -> str:
    v = _plain(v)
    if v is None:
        return ""
    if isinstance(v, float):
        s = f"{v:.3f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else f"{v:.4g}"
    else:
        s = str(v).replace("\n", " ")
    return s if len(s) <= width else s[: width - 1] + "…"


# -- series ------------------------------------------------------------------------------------
SERIES_HELP = """Event counts over time between a source and a target actor.

One row per period (day, week, month, quarter, year; empty periods included): the number
of events, the count per quad class (verbal/material cooperation/conflict) and per PLOVER
type, and the mean and total Goldstein score. Periods follow when events happened, not when
they were reported. Deduplicated events are counted (a happening reported ten times counts
once); --unit events counts every report.

An actor matches a code when one of its codes starts with it (USA matches USAGOV) or its
country is that code.

\b
Examples:
  dotterel series --db events.duckdb --source USA --target RUS --by month
  dotterel series --db events.duckdb --source RUS --target UKR --by week --plot rus-ukr.png
"""


@click.command("series", help=SERIES_HELP)
@DB_OPTION
@click.option("--source", metavar="CODE", help="Source actor code or country (e.g. USA, USAGOV).")
@click.option("--target", metavar="CODE", help="Target actor code or country.")
@click.option(
    "--by",
    type=click.Choice(("day", "week", "month", "quarter", "year")),
    default="month",
    show_default=True,
)
@click.option(
    "--unit",
    type=click.Choice(("stories", "events")),
    default="stories",
    show_default=True,
    help="Count deduplicated events (stories) or every report.",
)
@click.option("--from", "start", callback=parse_date_option, metavar="YYYY-MM-DD")
@click.option("--to", "end", callback=parse_date_option, metavar="YYYY-MM-DD")
@click.option("--both-ways", is_flag=True, help="Also count target -> source events.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("table", "csv", "json", "jsonl")),
    default="table",
    show_default=True,
)
@click.option(
    "--plot",
    "plot_path",
    type=click.Path(dir_okay=False, writable=True),
    metavar="FILE",
    help="Also draw the series (PNG, SVG or PDF by the suffix).",
)
def series_command(db, source, target, by, unit, start, end, both_ways, fmt, plot_path):
    from ..series import plot, series

    store = _open(db, read_only=False)
    try:
        table = series(store.con, source=source, target=target, by=by, unit=unit, start=start,
                       end=end, symmetric=both_ways)  # fmt: skip
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    finally:
        store.close()
    cols = table.column_names
    rows = (
        list(zip(*[table.column(c).to_pylist() for c in cols], strict=True))
        if table.num_rows
        else []
    )
    write_rows(cols, rows, fmt)
    if plot_path:
        try:
            import matplotlib  # noqa: F401
        except ImportError as e:
            raise click.ClickException(
                "--plot needs matplotlib: pip install 'dotterel[plot]'"
            ) from e
        dyad = f"{source or 'any'} → {target or 'any'}"
        plot(
            table,
            plot_path,
            title=f"{dyad}: {'deduplicated events' if unit == 'stories' else 'reports'} per {by}",
        )
        click.echo(f"dotterel: plot written to {plot_path}", err=True)


# -- dedup -------------------------------------------------------------------------------------
@click.command("dedup", help="""Group reports of the same happening across articles into
deduplicated events (ingest does this after each run; --rebuild recomputes everything).
The rule is in docs/store.md.

\b
Examples:
  dotterel dedup --db events.duckdb
  dotterel dedup --db events.duckdb --rebuild""")  # fmt: skip
@DB_OPTION
@click.option("--rebuild", is_flag=True, help="Recompute all deduplicated events.")
def dedup_command(db, rebuild):
    store = _open(db, read_only=False)
    try:
        got = store.dedup(rebuild=rebuild)
        counts = store.counts()
    finally:
        store.close()
    click.echo(f"dotterel: recomputed {got['blocks']} blocks: {got['events']} reports in "
               f"{got['stories']} deduplicated events; store: {counts['events']} reports, "
               f"{counts['stories']} deduplicated events", err=True)  # fmt: skip


commands = [ingest_command, export_command, query_command, series_command, dedup_command]
