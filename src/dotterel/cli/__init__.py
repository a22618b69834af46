"""The `dotterel` command: one module per subcommand, registered here."""

from __future__ import annotations

import click

from .. import __version__

HELP = """Turn news text into political event data: who did what to whom, when and where,
with the words that say so.

\b
Start here:
  dotterel code article.txt --published 2019-03-14     code one article
  dotterel code news/ -o events.jsonl                  code a folder (txt, md, jsonl, csv, html)
  dotterel show events.jsonl                           read coded events as a table
  dotterel actors "Russian troops shelled Kharkiv"     see how names resolve to actors
  dotterel ingest news/ --db events.duckdb             code into a store; rerun to add new files
  dotterel series --db events.duckdb --source RUS --target UKR    counts over time

Every command has examples in its help: dotterel COMMAND --help.

Every event is JSON with its source and target actors, PLOVER type and CAMEO code, the
sentence and span it came from, when it happened (not when it was reported) and whether
it was planned, possible, denied or done.
"""


class _Main(click.Group):
    def invoke(self, ctx: click.Context):
        from .common import sigterm_as_exit

        with sigterm_as_exit():  # `kill` stops any command as Ctrl-C does: cleaning up
            return super().invoke(ctx)


@click.group(
    cls=_Main,
    help=HELP,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="dotterel")
def main() -> None:
    pass


def _register() -> None:
    from . import actors_cmd, code, show

    for mod in (code, show, actors_cmd):
        main.add_command(mod.command)
    # commands from later modules register themselves if present
    for name in ("eval_cmd", "store_cmd", "kb_cmd", "serve_cmd"):
        try:
            mod = __import__(f"{__name__}.{name}", fromlist=["commands"])
        except ModuleNotFoundError as e:
            if e.name and e.name.endswith(name):
                continue
            raise
        for cmd in getattr(mod, "commands", []):
            main.add_command(cmd)


_register()
