"""`dotterel code`: files in, events out (the output contract)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

import click

from ..export import FORMATS, Writer
from ..read import ReadOptions, iter_inputs
from .common import (
    JOBS_OPTION,
    MAX_BYTES_OPTION,
    PREFILTER_OPTION,
    PUBLISHED_OPTION,
    SOURCE_OPTION,
    TIME_LIMIT_OPTION,
    Problems,
    Progress,
    build_kb,
    count_records,
    knowledge_options,
    progress_wanted,
)

HELP = """Code news articles into events.

INPUT is any mix of files, folders (read recursively) and '-' for standard input:

\b
  .txt .md     one article per file; id = file name; optional front matter lines
               ("Published: 2019-03-14", "Title: ...", "Source: ...") before a blank line
  .jsonl .csv  one article per record: id, text (required), published, source, url, title
  .html        a web page: main text and date extracted with trafilatura

Events are written as JSON lines to standard output (or -o FILE), one per event, with
source/target actors, PLOVER type, CAMEO code, modality, date interval, place, the
sentence and span they come from. Junk (photo credits, share buttons, related-story
cards, bylines, datelines) is removed before parsing and never yields an event.

A bad record (invalid JSON or UTF-8, no text, empty or oversized file, non-English text)
is reported on stderr with its file and line and skipped; everything else is still
coded, and the exit status is 1. Usage errors exit with 2.

\b
Examples:
  dotterel code story.txt --published 2019-03-14
  dotterel code corpus.jsonl -o events.csv --format csv --articles articles.jsonl
  cat story.txt | dotterel code - --published 2024-05-02 --explain
"""


@click.command("code", help=HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write events here instead of standard output (written atomically).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format (default: from the -o suffix, else jsonl).",
)
@PUBLISHED_OPTION
@SOURCE_OPTION
@click.option(
    "--articles",
    "articles_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write one JSON record per article: clean text, removed junk with reasons, actors found, timing.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Add an 'explain' object to each event: pattern, parse path, why each actor and date.",
)
@MAX_BYTES_OPTION
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Progress bar on stderr (default: on when stderr is a terminal and there are more than 5 articles).",
)
@click.option("-q", "--quiet", is_flag=True, help="Report at most 20 bad records.")
@JOBS_OPTION
@PREFILTER_OPTION
@TIME_LIMIT_OPTION
@knowledge_options
def command(inputs, output, fmt, published, source_name, articles_path, explain, max_bytes,
            progress, quiet, jobs, prefilter, time_limit, actors, agents, no_builtin_actors):  # fmt: skip
    from ..workers import CoderSpec, auto_jobs, code_parallel, make_coder

    fmt = fmt or _format_from_suffix(output)
    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o FILE")
    problems = Problems(quiet)
    total = count_records(inputs)
    spec = CoderSpec(actors=tuple(actors), agents=tuple(agents), no_builtin_actors=no_builtin_actors,
                     explain=explain, prefilter=prefilter, time_limit=time_limit)  # fmt: skip
    jobs = auto_jobs(total, jobs)
    if jobs <= 1:
        make_coder(spec)  # knowledge loaded now: a bad dictionary fails before any output
    elif actors or agents:
        build_kb(actors, agents, no_builtin_actors)  # ... and not in a worker
    bar = Progress(progress_wanted(total, progress), total)
    options = ReadOptions(published=published, source=source_name, max_bytes=max_bytes)

    with (
        _sink(output, binary=fmt == "parquet") as sink,
        _sink(articles_path, optional=True) as art_sink,
    ):
        writer = Writer(fmt, sink)
        n_events = 0
        try:
            articles = problems.split(iter_inputs(inputs, options))
            for coded in code_parallel(spec, articles, jobs):
                if coded.skipped:
                    from ..model import Problem

                    problems.report(Problem(coded.article.origin, coded.skipped))
                for ev in coded.events:
                    writer.write(ev.to_dict(explain=explain))
                n_events += len(coded.events)
                if art_sink is not None:
                    art_sink.write(json.dumps(coded.to_dict(), ensure_ascii=False) + "\n")
                bar.advance(1, n_events)
        finally:
            bar.close()
        writer.close()
    problems.summary()
    sys.exit(1 if problems.count else 0)


def _format_from_suffix(output: str | None) -> str:
    if output:
        suf = Path(output).suffix.lower().lstrip(".")
        if suf in ("csv", "parquet"):
            return suf
        if suf in ("tsv", "gdelt"):
            return "gdelt"
    return "jsonl"


class _sink:
    """stdout, or a temporary file renamed into place when all went well, so an
    interrupted run never leaves a half-written output behind."""

    def __init__(self, path: str | None, binary: bool = False, optional: bool = False) -> None:
        self.path = path
        self.optional = optional
        self.binary = binary
        self.fh = None
        self.tmp = None

    def __enter__(self):
        if self.path is None:
            return None if self.binary or self.optional else sys.stdout
        target = Path(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        self.fh = os.fdopen(
            fd, "wb" if self.binary else "w", encoding=None if self.binary else "utf-8"
        )
        return self.fh

    def __exit__(self, exc_type, exc, tb):
        if self.fh is None:
            return False
        self.fh.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)
        return False
