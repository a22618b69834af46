"""`dotterel show`: coded events as a readable table."""

from __future__ import annotations

import json
import sys

import click


def _actors(actors: list[dict]) -> str:
    return " + ".join(f"{a.get('name') or a.get('text')} ({a.get('code')})" for a in actors) or "-"


@click.command("show")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True), default="-")
@click.option(
    "--limit", type=int, default=200, show_default=True, help="Show at most this many events."
)
@click.option(
    "--min-confidence", type=float, default=0.0, help="Hide events below this confidence."
)
def command(path, limit, min_confidence):
    """Print events from a JSONL file (or stdin) as a table: who did what to whom, when,
    where, and whether it happened, is planned, possible or denied. A line that is no event
    (bad JSON or UTF-8, an article record) is reported with its line and skipped; the rest is
    shown and the exit status is 1.

    \b
    Examples:
      dotterel show events.jsonl
      dotterel code story.txt --published 2019-03-14 | dotterel show
      dotterel show events.jsonl --min-confidence 0.7 --limit 50
    """
    from rich.console import Console
    from rich.table import Table

    from ..model import Problem
    from .common import Problems

    problems = Problems()
    fh = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    events = []
    with fh:
        for lineno, raw in enumerate(fh, 1):
            ev, why = _event(raw)
            if why:
                problems.report(Problem(f"{'stdin' if path == '-' else path}:{lineno}", why))
            elif ev is not None and ev.get("confidence", 1) >= min_confidence:
                events.append(ev)
    table = Table(title=f"{len(events)} events", show_lines=False, expand=True)
    for col, kw in (("article", {"max_width": 22}), ("when", {"no_wrap": True}), ("source", {}),
                    ("event", {}), ("target", {}), ("modality", {}), ("where", {}),
                    ("trigger", {"style": "dim"})):  # fmt: skip
        table.add_column(col, **kw)
    for ev in events[:limit]:
        d = ev.get("date") or {}
        when = d.get("start") or "?"
        if d.get("end") and d.get("end") != d.get("start"):
            when += f"…{d['end']}"
        kind = ev["type"] + (f"/{ev['mode']}" if ev.get("mode") else "") + f" {ev['cameo']}"
        loc = ev.get("location") or {}
        table.add_row(ev["article_id"], when, _actors(ev["source"]), kind, _actors(ev["target"]),
                      ev["modality"], loc.get("name") or "", ev.get("trigger", ""))  # fmt: skip
    Console(width=160 if not sys.stdout.isatty() else None).print(table)
    if len(events) > limit:
        click.echo(f"... and {len(events) - limit} more (use --limit)")
    problems.summary()
    sys.exit(1 if problems.count else 0)


# what every event line of `dotterel code` has and the table shows
_EVENT_KEYS = {"article_id", "type", "cameo", "source", "target", "modality"}


def _event(raw: bytes) -> tuple[dict | None, str | None]:
    """One line of a JSONL events file: (the event, None), (None, why it is none), or
    (None, None) for a blank line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, f"invalid UTF-8 at byte {e.start} of the line"
    if not line.strip():
        return None, None
    try:
        ev = json.loads(line)
    except json.JSONDecodeError as e:
        return None, f"not valid JSON ({e.msg.removesuffix(' at')} at column {e.colno})"
    if not isinstance(ev, dict) or not ev.keys() >= _EVENT_KEYS:
        return None, "not an event (a line of `dotterel code` output)"
    return ev, None
