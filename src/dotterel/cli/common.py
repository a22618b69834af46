"""What every subcommand shares: problem reporting, progress bars, knowledge options."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from ..deadline import DEFAULT_SECONDS
from ..model import Article, Problem
from ..read import DEFAULT_MAX_BYTES


@contextlib.contextmanager
def sigterm_as_exit() -> Iterator[None]:
    """SIGTERM (`kill`, a job scheduler's time limit) ends a command as an exception, as Ctrl-C
    does, so that it cleans up: the temporary file of an atomic output is removed, an open
    transaction is rolled back, worker processes finish their chunk and stop instead of being
    left running. The exit status is then 143 (128 + SIGTERM), whatever error the interrupted
    call made of it (DuckDB makes it "Query interrupted"). A process forked meanwhile keeps
    the default and dies at once."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pid = os.getpid()
    stopped = False

    def handler(signum, frame):
        nonlocal stopped
        if os.getpid() != pid:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        stopped = True
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    except BaseException:
        if not stopped:
            raise
        click.echo("dotterel: stopped by SIGTERM", err=True)
        raise SystemExit(128 + signal.SIGTERM) from None
    finally:
        signal.signal(signal.SIGTERM, previous)


class Problems:
    """Bad records are reported at once on stderr and counted; exit 1 at the end."""

    def __init__(self, quiet: bool = False) -> None:
        self.count = 0
        self.quiet = quiet

    def report(self, p: Problem) -> None:
        self.count += 1
        if not self.quiet or self.count <= 20:
            click.echo(f"dotterel: skipped {p}", err=True)

    def split(self, items: Iterable[Article | Problem]) -> Iterator[Article]:
        for it in items:
            if isinstance(it, Problem):
                self.report(it)
            else:
                yield it

    def summary(self) -> None:
        if self.count:
            click.echo(
                f"dotterel: {self.count} record(s) skipped, see the messages above", err=True
            )


def parse_date_option(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from e


def count_records(paths: Iterable[str]) -> int | None:
    """A cheap count of the articles ahead, for the progress bar (None for stdin)."""
    from ..read import HTML_SUFFIXES, KNOWN_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = (
            [f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in KNOWN_SUFFIXES]
            if path.is_dir() else [path]
        )  # fmt: skip
        for f in files:
            suf = f.suffix.lower()
            if suf in TEXT_SUFFIXES | HTML_SUFFIXES:
                total += 1
            elif suf in (".jsonl", ".ndjson", ".csv", ".tsv"):
                try:
                    with open(f, "rb") as fh:
                        total += sum(
                            chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")
                        )
                except OSError:
                    pass
            else:
                total += 1
    return total


def progress_wanted(total: int | None, flag: bool | None) -> bool:
    if flag is not None:
        return flag
    if os.environ.get("DOTTEREL_NO_PROGRESS"):
        return False
    return sys.stderr.isatty() and (total is None or total > 5)


class Progress:
    """A rich progress bar on stderr (articles, rate, ETA), or nothing."""

    def __init__(self, enabled: bool, total: int | None, label: str = "coding") -> None:
        self.enabled = enabled
        self._p = None
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,  # fmt: skip
            )
            from rich.progress import Progress as RP

            self._p = RP(
                TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                TaskProgressColumn(), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                TextColumn("eta"), TimeRemainingColumn(), TextColumn("{task.fields[events]}"),
                console=Console(stderr=True), transient=False,
            )  # fmt: skip
            self._task = self._p.add_task(label, total=total, rate="", events="")
            self._p.start()

    def advance(self, n: int = 1, events: int | None = None) -> None:
        if self._p is not None:
            task = self._p.tasks[0]
            rate = f"{task.speed:.1f} art/s" if task.speed else ""
            self._p.update(self._task, advance=n, rate=rate,
                           events=f"{events} events" if events is not None else "")  # fmt: skip

    def close(self) -> None:
        if self._p is not None:
            self._p.stop()


# input options shared by `code` and `ingest`, written once so the two commands read articles
# (and share out work) alike
PUBLISHED_OPTION = click.option(
    "--published",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="Publication date for inputs that carry none (plain text, stdin).",
)
SOURCE_OPTION = click.option(
    "--source", "source_name", metavar="NAME", help="Source/outlet name for inputs that carry none."
)
MAX_BYTES_OPTION = click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Largest article (a file, or a JSONL/CSV record) accepted.",
)
JOBS_OPTION = click.option(
    "-j",
    "--jobs",
    type=int,
    default=0,
    show_default=True,
    metavar="N",
    help="Worker processes (each loads the model once); 0: every core for inputs of 64+ articles.",
)
PREFILTER_OPTION = click.option(
    "--prefilter/--no-prefilter",
    default=True,
    show_default=True,
    help="Skip parsing paragraphs that cannot change any event (the events are the same; README 'Speed').",
)


TIME_LIMIT_OPTION = click.option(
    "--time-limit",
    type=click.FloatRange(min=0),
    default=DEFAULT_SECONDS,
    show_default=True,
    metavar="SECONDS",
    help="Give up on an article whose coding uses more CPU time (a coder bug; a typical article "
    "needs well under a second): it is reported like a bad record and the run goes on. Articles "
    "over 100,000 characters get a second more per 1,000; 0: no limit.",
)


def knowledge_options(f):
    """--actors/--agents/--no-builtin-actors for commands that resolve actors."""
    f = click.option("--no-builtin-actors", is_flag=True,
                     help="Use only the dictionaries given with --actors/--agents.")(f)  # fmt: skip
    f = click.option("--agents", "agents", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="PETRARCH agents dictionary (sector words); repeatable.")(f)  # fmt: skip
    f = click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False),
                     help="PETRARCH actors dictionary (names -> codes, with date restrictions); repeatable.")(f)  # fmt: skip
    return f


def build_kb(actors=(), agents=(), no_builtin: bool = False):
    from ..actors import default_kb
    from ..actors.kb import KnowledgeBase, load_builtin

    if not actors and not agents and not no_builtin:
        return default_kb()
    kb = KnowledgeBase() if no_builtin else load_builtin()
    if actors or agents:
        from ..actors.petrarch import load_petrarch

        for p in actors:
            load_petrarch(kb, Path(p), kind="actors")
        for p in agents:
            load_petrarch(kb, Path(p), kind="agents")
    kb.finish()
    return kb
