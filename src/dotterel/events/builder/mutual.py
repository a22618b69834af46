"""Acts told with a reciprocal pronoun ("Ethiopia and Eritrea accused each other"): of a type
that has a direction (ACCUSE, THREATEN, REJECT ...), each doer acts on the others, so the one
candidate is coded once each way. Types scored either way (common.RECIPROCAL, ASSAULT,
RETREAT) stay one event with the doers as sources (gold/CODING.md)."""

from __future__ import annotations

from dataclasses import replace

from ...model import Event
from .common import RECIPROCAL, _copy_actor

# types one event with all doers as sources stands for (evaluate.RECIPROCAL)
BOTH_WAYS = RECIPROCAL | {"ASSAULT", "RETREAT"}
RECIPROCAL_PRONOUNS = {("each", "other"), ("one", "another")}


def reciprocal_object(heads) -> bool:
    """One of the target heads is "each other" or "one another" (the parser makes either
    word of the pair the head: "one another" is often "one" with "another" as its det), or
    "the other" of doers told with "each" ("each side blamed the other", "X and Y each
    accused the other")."""
    return any(
        (min(c, t).lower_, max(c, t).lower_) in RECIPROCAL_PRONOUNS
        for t in heads
        for c in t.children
        if abs(c.i - t.i) == 1
    ) or any(t.lower_ == "other" and _each_doer(t) for t in heads)


def _each_doer(other) -> bool:
    """ "the other" whose verb's doer is told with "each": "each side", "X and Y each"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in other.children):
        return False
    subjects = [c for c in other.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        x.lower_ == "each" and x.dep_ in ("det", "appos", "advmod", "nsubj")
        for s in subjects
        for x in (s, *s.subtree)
    ) or any(c.lower_ == "each" and c.dep_ == "advmod" for c in other.head.children)


def each_way(ev: Event) -> list[Event]:
    """The event once per doer, aimed at the other doers, when it was told "each other"
    (explain["mutual"]); else the event itself."""
    if not ev.explain.get("mutual") or len(ev.source) < 2 or ev.target or ev.type in BOTH_WAYS:
        return [ev]
    out = []
    for i, doer in enumerate(ev.source):
        others = [_copy_actor(a, "each other") for j, a in enumerate(ev.source) if j != i]
        out.append(replace(ev, source=[doer], target=others, explain=dict(ev.explain, direction=i)))
    return out
