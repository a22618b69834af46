"""`dotterel kb`: the actor knowledge base: its size and load time, a check of the files,
look-ups, and a comparison with PETRARCH/Phoenix dictionaries."""

from __future__ import annotations

import json
import sys
import time

import click

from .common import knowledge_options, parse_date_option


@click.group("kb")
def kb_group() -> None:
    """The actor knowledge base (countries, regions, organisations, sector nouns, people
    with dated roles) and PETRARCH dictionaries.

    \b
    Examples:
      dotterel kb info
      dotterel kb lookup Assad --published 1995-03-01
      dotterel kb check --actors my.actors.txt --agents my.agents.txt
      dotterel kb compare --actors Phoenix.Countries.actors.txt --agents Phoenix.agents.txt
    """


def _load(actors, agents, no_builtin):
    from ..actors.kb import KnowledgeBase, KnowledgeError, load_builtin
    from ..nlp import get_tokenizer

    t0 = time.perf_counter()
    get_tokenizer()
    t1 = time.perf_counter()
    try:
        kb = KnowledgeBase() if no_builtin else load_builtin()
        t2 = time.perf_counter()
        if actors or agents:
            from ..actors.petrarch import load_petrarch

            for p in actors:
                load_petrarch(kb, p, "actors")
            for p in agents:
                load_petrarch(kb, p, "agents")
            kb.finish()
    except KnowledgeError as e:
        click.echo(f"dotterel: {e}", err=True)
        sys.exit(1)
    t3 = time.perf_counter()
    return kb, {"tokenizer_seconds": round(t1 - t0, 3), "builtin_seconds": round(t2 - t1, 3),
                "dictionary_seconds": round(t3 - t2, 3)}  # fmt: skip


@kb_group.command("info")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
@knowledge_options
def info(as_json, actors, agents, no_builtin_actors):
    """Size of the knowledge base and how long it takes to load.

    \b
    Examples:
      dotterel kb info
      dotterel kb info --json --actors my.actors.txt
    """
    kb, times = _load(actors, agents, no_builtin_actors)
    out = {"size": kb.size, **times, "files": kb.sources,
           "dictionaries": [r.summary() for r in kb.dictionary_reports]}  # fmt: skip
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    for k, v in kb.size.items():
        click.echo(f"{k:>18}: {v:,}")
    click.echo(f"{'load':>18}: {times['builtin_seconds']:.2f} s built-in files "
               f"(+{times['tokenizer_seconds']:.2f} s importing spaCy for its tokenizer)")  # fmt: skip
    for r in kb.dictionary_reports:
        click.echo(f"{'dictionary':>18}: {r.summary()}")


@kb_group.command("check")
@knowledge_options
def check(actors, agents, no_builtin_actors):
    """Validate the knowledge files (and dictionaries): exit 1 on the first bad entry,
    printing its file, line and reason; dictionary lines that were skipped are listed.

    \b
    Examples:
      dotterel kb check
      dotterel kb check --actors my.actors.txt --agents my.agents.txt
    """
    kb, times = _load(actors, agents, no_builtin_actors)
    click.echo(f"ok: {len(kb.sources)} files, {kb.size['aliases']:,} aliases, "
               f"{times['builtin_seconds'] + times['dictionary_seconds']:.2f} s")  # fmt: skip
    for r in kb.dictionary_reports:
        click.echo(r.summary())
        for p in r.problems:
            click.echo(f"  skipped: {p}")


@kb_group.command("lookup")
@click.argument("phrase")
@click.option(
    "--published",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="The date that decides a person's role.",
)
@knowledge_options
def lookup(phrase, published, actors, agents, no_builtin_actors):
    """What PHRASE names in the knowledge base (every entity with that alias), and the code
    it gets on --published.

    \b
    Examples:
      dotterel kb lookup Assad --published 1995-03-01
      dotterel kb lookup "Hamas"
    """
    kb, _ = _load(actors, agents, no_builtin_actors)
    terms = kb.lookup(phrase)
    if not terms:
        click.echo(f"{phrase!r} is no alias in the knowledge base")
        sys.exit(1)
    for t in terms:
        e = t.entity
        line = f"{e.id} ({e.kind}, {t.function}) from {e.origin or '-'}"
        if e.kind == "person":
            role, status = e.role_on(published)
            if role:
                line += f": {status} {role.role}, {role.country or role.org} {role.sector}"
                if role.start or role.end:
                    line += f" [{role.start or ''} .. {role.end or ''}]"
        elif e.kind == "petrarch":
            role, status = e.code_on(published)
            line += f": code {role.code if role else None} ({status})"
        else:
            code = e.code or (e.country or "") + "".join(t.sector)
            line += f": {code}"
        click.echo(line)


@kb_group.command("compare")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of tables.")
@click.option("--examples", default=6, show_default=True, help="Examples per finding.")
@knowledge_options
def compare_cmd(as_json, examples, actors, agents, no_builtin_actors):
    """Compare the built-in knowledge base with PETRARCH dictionaries given with
    --actors/--agents: coverage by kind of entry, agreement of codes (people on the dates
    of their roles), and what each side has that the other lacks.

    \b
    Examples:
      dotterel kb compare --actors Phoenix.Countries.actors.txt --agents Phoenix.agents.txt
      dotterel kb compare --actors my.actors.txt --json --examples 3
    """
    from ..actors.compare import compare
    from ..actors.kb import KnowledgeBase, load_builtin
    from ..actors.petrarch import load_petrarch

    if not actors and not agents:
        raise click.UsageError("give at least one dictionary with --actors or --agents")
    builtin = load_builtin()
    dic = KnowledgeBase()
    reports = [load_petrarch(dic, p, "actors") for p in actors] + [
        load_petrarch(dic, p, "agents") for p in agents
    ]
    dic.finish()
    comp = compare(builtin, dic, examples=examples)
    if as_json:
        d = comp.to_dict()
        d["dictionaries"] = [r.summary() for r in reports]
        click.echo(json.dumps(d, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    con = Console()
    for r in reports:
        con.print(r.summary())
    t = Table(title="dictionary phrases the built-in knowledge base also knows")
    for col in (
        "kind",
        "entries",
        "phrases",
        "known to built-in",
        "share",
        "same country",
        "same code",
    ):
        t.add_column(col, justify="right" if col != "kind" else "left")
    for row in comp.rows:
        same = "-" if row["same_code"] is None else f"{row['same_code']:.0%}"
        prefix = "-" if row["same_prefix"] is None else f"{row['same_prefix']:.0%}"
        t.add_row(row["kind"], f"{row['entries']:,}", f"{row['phrases']:,}", f"{row['known_to_builtin']:,}",
                  f"{row['share_known']:.0%}", prefix, same)  # fmt: skip
    con.print(
        "same country: the first three letters agree (country, or IGO/NGO/IMG); same code: "
        "the first six (country and first sector); dated entries on their midpoint"
    )
    con.print(t)
    p = comp.people
    con.print(f"built-in people found in the dictionary: {p['in_dictionary']:,} of {p['builtin_people']:,} "
              f"({p['share_in_dictionary']:.0%}); on {p['national_roles_compared']:,} national roles, same "
              f"country+sector on the role's midpoint: {p['same_country_and_sector']:.0%}")  # fmt: skip
    t = Table(title="built-in aliases the dictionaries also know")
    for col in ("kind", "aliases", "known to dictionaries", "share"):
        t.add_column(col, justify="right" if col != "kind" else "left")
    for row in comp.reverse:
        t.add_row(
            row["kind"],
            f"{row['aliases']:,}",
            f"{row['known_to_dictionary']:,}",
            f"{row['share_known']:.0%}",
        )
    con.print(t)
    r = comp.recency
    con.print(f"recency: dictionary dated codes {r['dictionary_dated_codes']:,}, starting 2015 or later "
              f"{r['dictionary_codes_starting_2015_or_later']:,} (latest start {r['dictionary_latest_start']}); "
              f"built-in roles {r['builtin_roles']:,}, starting 2015 or later "
              f"{r['builtin_roles_starting_2015_or_later']:,}, still held {r['builtin_roles_open_ended']:,}")  # fmt: skip
    for k, v in comp.examples.items():
        con.print(f"[bold]{k}[/bold]: " + "; ".join(v))


commands = [kb_group]
