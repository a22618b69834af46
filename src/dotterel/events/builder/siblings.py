"""Targets shared by the acts one doer tells together: "accused the government of breaking
the law and demanded that the deal be put to a vote", "demanded that Washington cancel the
sale and said Beijing was considering further sanctions". An act of quarrel that names no one
is aimed at whom the doer's coordinated act of quarrel in the same sentence is aimed at."""

from __future__ import annotations

import re

from ...model import Event
from ...syntax import nearest_verb
from .common import _copy_actor
from .referents import _same_doer

# acts of a quarrel, aimed at the same adversary when one doer tells them together; the
# cooperative acts (aid, concessions) a doer offers beside them are aimed elsewhere ("imposed
# sanctions on Russia and pledged aid")
QUARREL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SANCTION"}
# the edges that join one doer's acts in a sentence: coordination, and a clause or infinitive
# the doer's own verb governs ("and said Beijing was considering", "vowed to impose")
JOINING_DEPS = {"conj", "ccomp", "xcomp"}
# the pattern's target slot filled by the verb's object (builder/build.py _path): an appeal
# names its own addressee, whether or not it was kept as a target
ADDRESSEE_NAMED = re.compile(r"\| target \S+/dobj")


def _joined(tok) -> list:
    """The verbs `tok` hangs from through coordination and governed clauses, itself first."""
    out = [tok]
    while tok.dep_ in JOINING_DEPS and tok.head.i != tok.i:
        tok = tok.head
        out.append(tok)
    return out


def _same_doers(a: Event, b: Event) -> bool:
    return bool(a.source) and all(any(_same_doer(x, y) for y in b.source) for x in a.source)


def shared_quarrel_targets(events: list[Event], sent, offset: int) -> None:
    """Give an act of quarrel (QUARREL_TYPES) told by a verb, naming no one, the targets of
    the nearest act of quarrel of the same doer whose verb is joined with its own (one hangs
    from the other, or both from one verb, through JOINING_DEPS) in sentence `sent`
    (`offset`: the paragraph's start in the article). Changes the events in place."""
    at = {t.idx + offset: t for t in sent}
    verbs = {}
    for ev in events:
        tok = at.get(ev.trigger_offset)
        verb = nearest_verb(tok) if tok is not None else None
        if verb is not None:
            verbs[id(ev)] = verb
    for ev in events:
        if ev.target or ev.type not in QUARREL_TYPES or id(ev) not in verbs:
            continue
        if ev.type == "REQUEST" and ADDRESSEE_NAMED.search(ev.explain.get("path", "")):
            # "accused the president of ... and urged supporters to stay calm": an appeal's
            # object is whom it is addressed to (here its own side, dropped as a target), not
            # the adversary of the joined act (an accusation's or a refusal's object is a thing)
            continue
        tok = at[ev.trigger_offset]
        if tok.i != verbs[id(ev)].i and not (tok.dep_ == "dobj" and tok.head.i == verbs[id(ev)].i):
            # an act told by a noun, unless as its verb's object ("was considering further
            # sanctions"), has its own owner ("rejected the students' demand")
            continue
        mine = _joined(verbs[id(ev)])
        best = None
        for other in events:
            if (other is ev or not other.target or other.type not in QUARREL_TYPES
                    or id(other) not in verbs or not _same_doers(ev, other)):  # fmt: skip
                continue
            theirs = _joined(verbs[id(other)])
            if not {t.i for t in mine} & {t.i for t in theirs}:
                continue
            ours = {a.key() for a in ev.source}
            if any(a.key() in ours for a in other.target):
                continue
            dist = abs(verbs[id(other)].i - verbs[id(ev)].i)
            if best is None or dist < best[0]:
                best = (dist, other)
        if best is None:
            continue
        ev.target = [_copy_actor(a, "coref:joined act") for a in best[1].target]
        ev.explain["target_found_by"] = "the doer's joined act"
        ev.explain["target"] = [f"{a.text} -> {a.code} ({a.why})" for a in ev.target]
