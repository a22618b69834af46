"""`dotterel actors`: every actor mention in a text, how it resolved, and why."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import build_kb, knowledge_options, parse_date_option


def _is_file(arg: str) -> bool:
    try:
        return Path(arg).is_file()
    except OSError:  # a long text is not a file name
        return False


@click.command("actors")
@click.argument("text_or_file")
@click.option("--published", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="The article's date: it decides which role a person held.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@knowledge_options
def command(text_or_file, published, as_json, actors, agents, no_builtin_actors):
    """Show every actor mention found in TEXT_OR_FILE (a quoted text, a file, or '-'), its
    resolution (name, country, sector, code) and why: the tool to reach for when a code
    looks wrong."""
    import json

    from ..actors.resolve import Memory, SentenceActors
    from ..clean import clean
    from ..nlp import paragraphs, parse

    if text_or_file == "-":
        text = sys.stdin.read()
    elif _is_file(text_or_file):
        text = Path(text_or_file).read_text(encoding="utf-8", errors="replace")
    else:
        text = text_or_file
    kb = build_kb(actors, agents, no_builtin_actors)
    c = clean(text)
    memory = Memory()
    rows = []
    paras = paragraphs(c.text)
    for para, doc in zip(paras, parse([p.text for p in paras]), strict=True):
        sa = SentenceActors(kb, doc, published, memory, offset=para.start)
        for si, sent in enumerate(doc.sents):
            for a in sa.sentence_mentions(sent):
                rows.append((para.index, si, a))
    if as_json:
        for p, s, a in rows:
            click.echo(json.dumps(dict(a.to_dict(), paragraph=p, sentence=s, start=a.start,
                                       end=a.end, why=a.why), ensure_ascii=False))  # fmt: skip
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} actor mentions" + (f" on {published}" if published else ""))
    for col in ("text", "name", "code", "country", "sector", "org", "why"):
        table.add_column(col)
    for _, _, a in rows:
        table.add_row(a.text, a.name, a.code, a.country or "", "+".join(a.sector), a.org or "", a.why)
    Console().print(table)
    if c.removed:
        click.echo(f"(removed as junk before parsing: {', '.join(sorted({r.reason for r in c.removed}))})")
