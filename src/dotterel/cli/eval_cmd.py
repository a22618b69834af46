"""`dotterel eval`: accuracy against gold standards."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import Progress, build_kb, knowledge_options, progress_wanted

HELP = """Score the coder against gold standards and print precision, recall, F1 and a
confusion table of event types.

\b
  --gsr FILE      PLOVER gold-standard sentences (JSONL: text, type, source/target codes):
                  source/target actor found, type recall, dyad recall (type + source +
                  target), how often a sentence that gets events gets the gold one, and
                  event precision/recall/F1 (precision a lower bound: a sentence's other
                  events count as wrong)
  --stories FILE  documents labelled with one type (JSONL: text, type): the share in which
                  an event of that type is found, overall and per type
  --gold FILE     articles with hand-coded event lists (format and scoring: gold/README.md):
                  precision, recall, F1, date overlap, location country, modality

Each report has a confusion table of types (rows gold, columns coded) and, for --gsr and
--gold, a calibration table: coded events per confidence band and the share that were
right. Misses, false and extra events go to --errors FILE (JSONL) for error analysis.

\b
Examples:
  dotterel eval --gold gold/articles.jsonl --split dev
  dotterel eval --gsr plover_gsr_dev.jsonl --errors gsr-errors.jsonl
"""


@click.command("eval", help=HELP)
@click.option(
    "--gsr", type=click.Path(exists=True, dir_okay=False), help="PLOVER gold-standard sentences."
)
@click.option(
    "--stories",
    type=click.Path(exists=True, dir_okay=False),
    help="Documents labelled with one type.",
)
@click.option(
    "--gold", type=click.Path(exists=True, dir_okay=False), help="Hand-coded gold articles."
)
@click.option(
    "--split",
    type=click.Choice(["all", "dev", "test"]),
    default="all",
    show_default=True,
    help="Which gold articles to score.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Write misses and false events here (JSONL).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr.")
@knowledge_options
def command(
    gsr, stories, gold, split, errors_path, as_json, progress, actors, agents, no_builtin_actors
):
    from .. import evaluate as E
    from ..pipeline import Coder

    if not (gsr or stories or gold):
        raise click.UsageError("give at least one of --gsr, --stories, --gold")
    coder = Coder(kb=build_kb(actors, agents, no_builtin_actors))
    reports = []
    for kind, path in (("gsr", gsr), ("stories", stories), ("gold", gold)):
        if not path:
            continue
        with open(path, encoding="utf-8") as fh:
            n = sum(1 for line in fh if line.strip())
        bar = Progress(progress_wanted(n, progress), n, f"eval {kind}")
        try:
            if kind == "gsr":
                rep = E.eval_gsr(coder, Path(path), progress=bar.advance)
            elif kind == "stories":
                rep = E.eval_stories(coder, Path(path), progress=bar.advance)
            else:
                rep = E.eval_gold(coder, Path(path), split=split, progress=bar.advance)
        finally:
            bar.close()
        reports.append(rep)
    if errors_path:
        with open(errors_path, "w", encoding="utf-8") as fh:
            for rep in reports:
                for e in rep.errors:
                    fh.write(json.dumps(dict(e, eval=rep.kind), ensure_ascii=False) + "\n")
    if as_json:
        click.echo(json.dumps([r.to_dict() for r in reports], indent=2))
        return
    for rep in reports:
        _print(rep)


def _print(rep) -> None:
    import sys

    from rich.console import Console
    from rich.table import Table

    from ..evaluate import types_order

    con = Console(width=None if sys.stdout.isatty() else 160)
    t = Table(title=f"{rep.kind}: summary", show_header=False)
    for k, v in rep.summary.items():
        t.add_row(k, str(v))
    con.print(t)
    if rep.per_type:
        cols = list(next(iter(rep.per_type.values())).keys())
        t = Table(title=f"{rep.kind}: per type")
        t.add_column("type")
        for c in cols:
            t.add_column(c, justify="right")
        for typ, row in rep.per_type.items():
            t.add_row(typ, *[str(row[c]) for c in cols])
        con.print(t)
    if rep.confusion:
        pred_types = [x for x in types_order() + ["(none)"]
                      if any(x in row for row in rep.confusion.values())]  # fmt: skip
        t = Table(title=f"{rep.kind}: confusion (rows gold, columns coded)")
        t.add_column("gold")
        for p in pred_types:
            t.add_column(ABBREV.get(p, p[:4]), justify="right")
        for g in types_order():
            if g in rep.confusion:
                t.add_row(g, *[str(rep.confusion[g].get(p, "")) for p in pred_types])
        con.print(t)
    if rep.calibration:
        t = Table(title=f"{rep.kind}: confidence calibration (share right per band)")
        for c in ("band", "events", "right"):
            t.add_column(c)
        for row in rep.calibration:
            t.add_row(row["band"], str(row["events"]), str(row["right"]))
        con.print(t)


ABBREV = {"AGREE": "AGR", "CONSULT": "CNS", "SUPPORT": "SUP", "CONCEDE": "CNC", "COOPERATE": "COP",
          "AID": "AID", "RETREAT": "RET", "REQUEST": "REQ", "ACCUSE": "ACC", "REJECT": "REJ",
          "THREATEN": "THR", "PROTEST": "PRO", "SANCTION": "SAN", "MOBILIZE": "MOB", "COERCE": "COE",
          "ASSAULT": "ASL", "(none)": "none"}  # fmt: skip

commands = [command]
