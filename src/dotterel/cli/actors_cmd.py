"""`dotterel actors`: every actor mention in a text, how it resolved, and why."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import click

from .common import build_kb, knowledge_options, parse_date_option

EXAMPLES = """
\b
Examples:
  dotterel actors "Nigerian President Olusegun Obasanjo met Russian troops" --published 2004-01-01
  dotterel actors article.txt                 (date from its front matter, else --published)
  dotterel actors feed.jsonl --limit 3 --json (one JSON line per mention)
  dotterel actors story.txt --actors my.actors.txt --agents my.agents.txt
"""


def _is_file(arg: str) -> bool:
    try:
        return Path(arg).is_file()
    except OSError:  # a long text is not a file name
        return False


def explain(why: str, name: str, day: dt.date | None) -> str:
    """A resolution reason in words: "kb:person:president" -> "people file: president ..."."""
    on = f" on {day.isoformat()}" if day else ""
    parts = why.split(":")
    head = ":".join(parts[:2])
    rest = ":".join(parts[2:])
    if head == "kb:person":
        if rest.startswith("former "):
            return f"people file: {rest}{on} -> elite (ELI)"
        if rest == "no role on this date":
            return f"people file, but no role{on}: country and title from the text"
        return f"people file: {rest}{on}"
    if head == "kb:country":
        return {
            "name": "country name", "adjective": "nationality adjective", "people": "people word",
            "capital": "capital used for the government", "capital as a place": "capital as a place (no sector)",
            "seat": "seat of power -> government", "military": "military metonym", "legislature": "legislature",
            "region": "region of the country", "modifier": "country modifying a non-actor phrase",
        }.get(rest, f"country ({rest})")  # fmt: skip
    if head == "kb:org":
        return {"": "organisation", "member": "role in an organisation", "modifier": "organisation modifying a phrase",
                "branch": "national branch of an organisation", "party member": "party member: country + role"}.get(
                    rest, f"organisation ({rest})")  # fmt: skip
    if head == "kb:region":
        return "world region (CAMEO region code)"
    if head == "text:person":
        bits = rest.split(":")
        s = "unknown person: " + (
            f"title '{bits[0]}'" if bits[0] else "nationality/possessive/membership in the text"
        )
        if "country of the story" in rest:
            s += ", country the story is about"
        return s
    if head == "text:sector":
        return {"implicit-country": "role noun; country the story is about", "": "role noun, no country given",
                "pronoun": "role noun; country from a pronoun", "possessive": "role noun; owner's country",
                "region": "role noun; world region", "person": "role noun; that person's country",
                "country from context": "role noun; country from the event's place or story"}.get(
                    rest, f"role noun; country from its {rest or 'phrase'}")  # fmt: skip
    if head == "text:named":
        return "an organisation the files do not know, with a role noun"
    if head == "memory:person":
        return f"named earlier in this text as {name}" + (f" ({rest})" if rest else "")
    if head == "coref:person":
        return {"pronoun": f"pronoun -> {name}", "description": f"description of {name}, named before",
                "plural": f"plural for several people, here {name}",
                "they": f"'they' after several people, here {name}"}.get(rest, f"refers to {name}")  # fmt: skip
    if head.startswith("coref:pronoun"):
        return f"pronoun -> {name}"
    if head == "coref:plural":
        return f"plural for several actors, here {name}"
    if head == "coref:org":
        return f"refers back to {name}"
    if why == "dict:agent":
        return "dictionary actor with an agent word (its code added)"
    if head.startswith("dict:"):
        return f"dictionary {':'.join(parts[2:])} ({parts[1]} code)"
    return why


def _articles(text_or_file: str, published: dt.date | None):
    from ..model import Article, Problem
    from ..read import ReadOptions, iter_inputs

    if text_or_file == "-" or _is_file(text_or_file):
        for item in iter_inputs([text_or_file], ReadOptions(published=published)):
            if isinstance(item, Problem):
                click.echo(f"dotterel: skipped {item}", err=True)
                continue
            if published is not None and item.published is None:
                item.published = published
            yield item
    else:
        yield Article(id="text", text=text_or_file, published=published, origin="<argument>")


@click.command("actors", epilog=EXAMPLES)
@click.argument("text_or_file")
@click.option(
    "--published",
    callback=parse_date_option,
    metavar="YYYY-MM-DD",
    help="The article's date (when the input gives none): it decides which role a person held.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="One JSON line per mention instead of a table."
)
@click.option(
    "--limit", type=int, default=None, metavar="N", help="Only the first N articles of a file."
)
@click.option(
    "--sentences/--no-sentences", default=False, help="Print each sentence above its mentions."
)
@knowledge_options
def command(text_or_file, published, as_json, limit, sentences, actors, agents, no_builtin_actors):
    """Show every actor mention found in TEXT_OR_FILE (a quoted text, a file of any input
    format, or '-'), its resolution (code, name, country, sector, organisation) and why:
    the tool to reach for when a code looks wrong."""
    from ..actors.kb import KnowledgeError
    from ..actors.resolve import SentenceActors
    from ..clean import clean
    from ..nlp import paragraphs, parse
    from ..pipeline import dateline_memory, item_paragraphs

    try:
        kb = build_kb(actors, agents, no_builtin_actors)
    except KnowledgeError as e:
        raise click.ClickException(str(e)) from e
    console = None
    if not as_json:
        from rich.console import Console

        console = Console()
    n = 0
    for art in _articles(text_or_file, published):
        n += 1
        if limit is not None and n > limit:
            break
        c = clean(art.text)
        memory = dateline_memory(kb, art.place or c.dateline, c)
        rows = []
        paras = item_paragraphs(paragraphs(c.text))  # as the coder parses them
        sent_no = 0
        for para, doc in zip(
            paras, parse([p.text for p in paras], is_role=kb.is_role_noun), strict=True
        ):
            sa = SentenceActors(kb, doc, art.published, memory, offset=para.start)
            for sent in doc.sents:
                rows.append((sent_no, para.index, sent.text, sa.sentence_mentions(sent)))
                sent_no += 1
        memory.release()
        if as_json:
            for s, p, _text, found in rows:
                for a in found:
                    click.echo(json.dumps(dict(a.to_dict(), article_id=art.id,
                                               published=art.published.isoformat() if art.published else None,
                                               paragraph=p, sentence=s, start=a.start, end=a.end, why=a.why,
                                               how=explain(a.why, a.name, art.published)),
                                          ensure_ascii=False))  # fmt: skip
            continue
        _table(console, art, c, rows, sentences)


def _table(console, art, c, rows, sentences: bool) -> None:
    from rich.table import Table

    total = sum(len(f) for *_, f in rows)
    when = art.published.isoformat() if art.published else "no date (roles: the latest known)"
    title = f"{art.id}: {total} actor mentions, {when}"
    if c.dateline:
        title += f", dateline {c.dateline}"
    table = Table(title=title, show_lines=False)
    for col, kw in (("sent", {"justify": "right"}), ("mention", {}), ("code", {"style": "bold"}),
                    ("name", {}), ("org", {}), ("how", {})):  # fmt: skip
        table.add_column(col, **kw)
    for s, _p, text, found in rows:
        if sentences and found:
            table.add_row(str(s), f"[dim]{text}[/dim]", "", "", "", "")
        for a in found:
            table.add_row(
                str(s), a.text, a.code, a.name, a.org or "", explain(a.why, a.name, art.published)
            )
    console.print(table)
    if c.removed:
        console.print(
            f"(removed as junk before parsing: {', '.join(sorted({r.reason for r in c.removed}))})"
        )
    if not art.published:
        console.print(
            "(no date: give --published YYYY-MM-DD to see the roles people held that day)"
        )
    sys.stdout.flush()
