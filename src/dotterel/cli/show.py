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
    where, and whether it happened, is planned, possible or denied."""
    from rich.console import Console
    from rich.table import Table

    fh = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    events = []
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                ev = json.loads(line)
            except json.JSONDecodeError as e:
                raise click.ClickException(f"{path}:{lineno}: not JSON ({e.msg})") from e
            if ev.get("confidence", 1) >= min_confidence:
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
