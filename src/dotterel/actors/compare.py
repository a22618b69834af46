"""Compare the built-in knowledge base with PETRARCH/Phoenix dictionaries.

`dotterel kb compare --actors FILE ... --agents FILE ...` loads the dictionaries into an
empty knowledge base and sets them against the built-in one: which phrases both know,
whether they agree on the code, and what each has that the other lacks, by kind of entry
(countries, institutions, people, international and non-state actors, agents). People are
compared on the dates of their roles: a built-in role's midpoint is looked up in the
dictionary and both codes are compared at the country+sector level.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .kb import Entity, KnowledgeBase, Term
from .petrarch import code_parts


@dataclass
class Comparison:
    builtin: dict[str, int]
    dictionary: dict[str, int]
    rows: list[dict] = field(default_factory=list)  # one per kind of entry
    people: dict[str, float | int] = field(default_factory=dict)
    recency: dict[str, float | int] = field(default_factory=dict)
    examples: dict[str, list[str]] = field(default_factory=dict)
    reverse: list[dict] = field(default_factory=list)  # built-in aliases the dictionary knows

    def to_dict(self) -> dict:
        return {"builtin": self.builtin, "dictionary": self.dictionary, "by_kind": self.rows,
                "builtin_by_kind": self.reverse, "people": self.people, "recency": self.recency,
                "examples": self.examples}  # fmt: skip


def _kind(ent: Entity) -> str:
    """Kind of a dictionary entry, from its codes."""
    codes = [r.code for r in ent.roles if r.code]
    if not codes:
        return "never coded"
    country, sectors, _ = code_parts(codes[0])
    if any(r.dated for r in ent.roles):
        return "dated entries (people)"
    if country and not sectors:
        return "countries and places"
    if country:
        return "national institutions"
    return "international / non-state"


def _builtin_terms(kb: KnowledgeBase) -> dict[tuple[str, ...], list[Term]]:
    out: dict[tuple[str, ...], list[Term]] = defaultdict(list)
    for ts in kb._index.values():
        for t in ts:
            out[t.tokens].append(t)
    return out


def _builtin_code(t: Term, day: dt.date | None) -> str | None:
    ent = t.entity
    if ent.kind == "country":
        return ent.country + "".join(t.sector)
    if ent.kind == "org":
        return ent.code
    if ent.kind == "region":
        return ent.code
    if ent.kind == "person":
        role, status = ent.role_on(day)
        if role is None or status == "before":
            return None  # no role yet on that day: nothing to compare
        if status == "former":
            return (role.country or "") + "ELI"
        if role.org:
            return None  # compared through the organisation's code below
        return (role.country or "") + role.sector
    if ent.kind == "sector":
        return "~" + "".join(ent.sector)
    return None


def _agree(a: str | None, b: str | None, n: int = 6) -> bool:
    """Same code on the first n letters: 3 = same country (or IGO/NGO/IMG ...), 6 = and
    the same first sector."""
    return bool(a and b and a[:n] == b[:n])


def compare(builtin: KnowledgeBase, dictionary: KnowledgeBase, examples: int = 8) -> Comparison:
    index = _builtin_terms(builtin)
    comp = Comparison(builtin.size, dictionary.size)
    stats: dict[str, Counter] = defaultdict(Counter)
    ex: dict[str, list[str]] = defaultdict(list)
    seen_entities: set[str] = set()
    for ts in dictionary._index.values():
        for t in ts:
            ent = t.entity
            if ent.kind == "petrarch":
                kind = _kind(ent)
                if kind == "never coded":
                    continue
            elif ent.kind == "sector":
                kind = "agents (sector words)"
            else:
                continue
            stats[kind]["phrases"] += 1
            if ent.id not in seen_entities:
                seen_entities.add(ent.id)
                stats[kind]["entries"] += 1
            known = index.get(t.tokens, [])
            if not known:
                if len(t.tokens) <= 4:
                    ex[f"only in dictionary: {kind}"].append(t.surface)
                continue
            stats[kind]["phrases known to built-in"] += 1
            if ent.kind == "sector":
                ours = {"".join(b.sector) for b in known if b.function == "sector"}
                theirs = "".join(ent.sector)
                same = any(theirs.startswith(o[:3]) for o in ours)
                stats[kind]["same code"] += same
                stats[kind]["same prefix"] += same
                continue
            # a dated entry: compare on the midpoint of each of its dated codes
            dated = [r for r in ent.roles if r.code and r.dated]
            checks = []
            for r in dated or [r for r in ent.roles if r.code][:1]:
                if r.start and r.end:
                    day = r.start + (r.end - r.start) / 2
                else:
                    day = r.start or r.end
                ours = {_builtin_code(b, day) for b in known}
                ours |= {builtin.orgs[b.entity.roles[0].org].code for b in known
                         if b.entity.kind == "person" and b.entity.roles and b.entity.roles[0].org
                         and b.entity.roles[0].org in builtin.orgs}  # fmt: skip
                if not any(ours):
                    continue  # the built-in files give no code that day
                ok = any(_agree(o, r.code) for o in ours if o)
                stats[kind]["same prefix"] += any(_agree(o, r.code, 3) for o in ours if o)
                checks.append(ok)
                if not ok:
                    when = f" on {day}" if day else ""
                    shown = ", ".join(sorted(o for o in ours if o)) or "no code"
                    ex[f"different code: {kind}"].append(
                        f"{t.surface}{when}: dictionary {r.code}, built-in {shown}"
                    )
            if checks:
                stats[kind]["codes compared"] += len(checks)
                stats[kind]["same code"] += sum(checks)
    for kind in sorted(stats):
        c = stats[kind]
        row = {"kind": kind, "entries": c["entries"], "phrases": c["phrases"],
               "known_to_builtin": c["phrases known to built-in"],
               "share_known": round(c["phrases known to built-in"] / c["phrases"], 3) if c["phrases"] else 0}  # fmt: skip
        compared = c["codes compared"] or c["phrases known to built-in"]
        row["same_code"] = round(c["same code"] / compared, 3) if compared else None
        row["same_prefix"] = round(c["same prefix"] / compared, 3) if compared else None
        comp.rows.append(row)
    comp.people = _people_both_ways(builtin, dictionary, ex, examples)
    comp.recency = _recency(builtin, dictionary)
    comp.reverse = _builtin_in_dictionary(builtin, dictionary, ex)
    # a spread of examples, not the first ones in index order (which share a first word)
    comp.examples = {
        k: sorted(v, key=lambda x: zlib.crc32(x.encode()))[:examples] for k, v in ex.items()
    }
    return comp


def _builtin_in_dictionary(builtin: KnowledgeBase, dictionary: KnowledgeBase, ex) -> list[dict]:
    """The other way round: built-in aliases by kind, and how many the dictionary knows."""
    dict_index = _builtin_terms(dictionary)
    stats: dict[str, Counter] = defaultdict(Counter)
    for ts in builtin._index.values():
        for t in ts:
            kind = {"country": "countries", "region": "regions", "org": "organisations",
                    "person": "people", "sector": "sector nouns"}.get(t.entity.kind)  # fmt: skip
            if kind is None:
                continue
            stats[kind]["aliases"] += 1
            if dict_index.get(t.tokens):
                stats[kind]["known"] += 1
            elif kind in ("organisations", "countries"):
                ex[f"built-in {kind} the dictionary lacks"].append(t.surface)
    return [{"kind": k, "aliases": c["aliases"], "known_to_dictionary": c["known"],
             "share_known": round(c["known"] / c["aliases"], 3) if c["aliases"] else 0}
            for k, c in sorted(stats.items())]  # fmt: skip


def _people_both_ways(builtin: KnowledgeBase, dictionary: KnowledgeBase, ex, examples: int) -> dict:
    """How many built-in people the dictionary knows, and do the codes agree on the dates
    of the built-in roles (country + first sector)?"""
    people = [e for e in builtin.entities.values() if e.kind == "person"]
    found = roles = agree = 0
    dict_terms = _builtin_terms(dictionary)
    for p in people:
        terms = []
        for alias in sorted(p.aliases, key=len, reverse=True):
            terms.extend(
                t for t in dict_terms.get(tuple(_tok(alias)), []) if t.entity.kind == "petrarch"
            )
            if terms:
                break
        if not terms:
            if any((r.start or dt.date.min).year >= 2014 for r in p.roles):
                ex["built-in people in office since 2014 the dictionary lacks"].append(p.name)
            continue
        found += 1
        ent = terms[0].entity
        for r in p.roles:
            if r.org or r.start is None:
                continue
            day = r.start + ((r.end or r.start) - r.start) / 2
            role, _ = ent.code_on(day)
            roles += 1
            agree += bool(role and role.code and role.code[:6] == (r.country or "") + r.sector)
    return {"builtin_people": len(people), "in_dictionary": found,
            "share_in_dictionary": round(found / len(people), 3) if people else 0,
            "national_roles_compared": roles,
            "same_country_and_sector": round(agree / roles, 3) if roles else 0}  # fmt: skip


def _tok(alias: str) -> list[str]:
    from .kb import tokenize

    toks = tokenize(alias)
    return toks[1:] if toks and toks[0] == "the" and len(toks) > 1 else toks


def _recency(builtin: KnowledgeBase, dictionary: KnowledgeBase) -> dict:
    """How current each side is: dated codes/roles that start in or after 2015."""
    d_roles = [
        r for e in dictionary.entities.values() if e.kind == "petrarch" for r in e.roles if r.dated
    ]
    b_roles = [r for e in builtin.entities.values() if e.kind == "person" for r in e.roles]
    latest = max((r.start for r in d_roles if r.start), default=None)
    return {
        "dictionary_dated_codes": len(d_roles),
        "dictionary_codes_starting_2015_or_later": sum(
            1 for r in d_roles if r.start and r.start.year >= 2015
        ),
        "dictionary_latest_start": latest.isoformat() if latest else None,
        "builtin_roles": len(b_roles),
        "builtin_roles_starting_2015_or_later": sum(
            1 for r in b_roles if r.start and r.start.year >= 2015
        ),
        "builtin_roles_open_ended": sum(1 for r in b_roles if r.end is None),
    }
