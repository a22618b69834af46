"""The same act again by another actor: "Latvia downgraded relations with Russia, and Moscow
did the same", "Britain recalled its ambassador; Paris followed suit". The candidate
(`extract/sequels.py`) carries no type of its own: it takes the type, mode and CAMEO code of
the last event told before it in its own sentence or the one before, and is aimed as that
event was, or back at its doer when the new doer was its target (a tit-for-tat)."""

from __future__ import annotations

import dataclasses

from ...model import Event
from ..extract.common import Candidate
from ..extract.sequels import SAME_ACT

# how many sentences back the act done again may be told
SEQUEL_BACK = 1


def antecedent(cand: Candidate, earlier: list[Event], sent_index: int, offset: int) -> Event | None:
    """The event a "did the same" repeats: the last one told before it, in its sentence or
    the one before."""
    if cand.type != SAME_ACT:
        return None
    at = cand.trigger.idx + offset
    told = [ev for ev in earlier if 0 <= sent_index - ev.sentence_index <= SEQUEL_BACK
            and (ev.sentence_index < sent_index or ev.trigger_offset < at)]  # fmt: skip
    return told[-1] if told else None


def as_antecedent(cand: Candidate, ante: Event) -> Candidate:
    """The candidate as an act of the antecedent's type."""
    explain = {**cand.explain, "repeats": f"{ante.type} {ante.cameo} '{ante.trigger}'"}
    return dataclasses.replace(
        cand, type=ante.type, mode=ante.mode, cameo=ante.cameo, explain=explain
    )


def aim_as_antecedent(ev: Event, ante: Event) -> Event | None:
    """The repeated act's target: the antecedent's, or its doer when the new doer was its
    target ("and Moscow did the same": back at Riga). None when the new doer is the old one
    (the same actor again is no second actor doing the same)."""
    codes = {a.code for a in ev.source}
    if codes & {a.code for a in ante.source}:
        return None
    if codes & {a.code for a in ante.target} or any(
        a.country and a.country in {s.country for s in ev.source} for a in ante.target
    ):
        ev.target = list(ante.source)
    else:
        ev.target = list(ante.target)
    ev.explain["target"] = [f"{a.text} -> {a.code} (as the act it repeats)" for a in ev.target]
    return ev
