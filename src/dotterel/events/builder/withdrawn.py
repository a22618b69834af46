"""Whom a withdrawal from a place is aimed at ("the soldiers withdrew from the compound",
"pulled out of two villages, handing their posts to the other side"): the one the place is
handed to, else the side the same doers stormed, besieged or surrounded just before, else the
place's state when the doers are foreign to it; never the place's residents, whom the
population convention would give (a retreat is from an adversary, not from the people living
there). The place's holder named in its phrase ("the rebel-held town") is found before, as
for an attack."""

from __future__ import annotations

from ...model import Actor, Event
from ...words import token_in, word_class
from ..extract.common import Candidate
from .common import _copy_actor, _country_name

WITHDRAWN_PLACES = word_class("withdrawn_place_nouns")  # data/word_classes.yaml
HANDOVER_VERBS = word_class("handover_verbs")  # data/word_classes.yaml
# the doers' earlier act on the place: how far back, and of which kinds
BESIEGED_BACK = 3
BESIEGING_TYPES = {"ASSAULT", "COERCE"}


def is_withdrawal_from_place(cand: Candidate, tok) -> bool:
    """A military withdrawal (RETREAT 087x), or a refusal of one (REJECT 1246: "would not
    withdraw from the towns"), whose object is a place noun."""
    withdrawal = (cand.type == "RETREAT" and cand.cameo.startswith("087")) or (
        cand.type == "REJECT" and cand.cameo == "1246"
    )
    return withdrawal and token_in(tok, WITHDRAWN_PLACES)


def withdrawn_from(
    tok, cand: Candidate, sa, earlier: list[Event], sources: list[Actor], sent_index: int,
    country: str | None,
) -> tuple[list[Actor], str]:  # fmt: skip
    """The targets of a withdrawal from the place `tok` and how they were found (none: [])."""
    keys = {a.key() for a in sources}
    got = [a for a in _handed_to(cand.trigger, sa) if a.key() not in keys]
    if got:
        return got, "who takes the place over"
    got = _besieged_before(earlier, sources, sent_index)
    if got:
        return got, "the side it withdrew from"
    if country and all(s.country != country for s in sources):
        return [place_state(tok, sa, country, "state of the place left")], "state of the place left"
    return [], ""


def place_state(tok, sa, country: str, why: str) -> Actor:
    """The state whose place `tok` is, as the target ("retook the town", "withdrew from the
    town"), in place of the town's people."""
    start = tok.idx + sa.offset
    return Actor(text=tok.text, name=_country_name(sa, country), country=country, sector=[],
                 start=start, end=start + len(tok), why=why)  # fmt: skip


def _handed_to(trigger, sa) -> list[Actor]:
    """ "pulled out of two villages, handing their posts to X", "withdrew and handed the base
    over to X": the one named after "to" by a handover verb joined to the withdrawal."""
    out: list[Actor] = []
    for v in trigger.children:
        if v.dep_ not in ("advcl", "conj", "xcomp") or not token_in(v, HANDOVER_VERBS):
            continue
        for c in v.children:
            heads = (
                [g for g in c.children if g.dep_ == "pobj"]
                if c.dep_ == "prep" and c.lower_ == "to"
                else []
            )
            if c.dep_ == "dative":
                heads = [c]
            for g in heads:
                # "to Azerbaijan's border service": the body's owner when it is no actor itself
                got = sa.actors_for(g) or [a for c in g.children if c.dep_ in ("poss", "amod", "compound")
                                           for a in sa.actors_for(c)]  # fmt: skip
                out.extend(a for a in got if (a.country or a.org)
                           and all(a.key() != b.key() for b in out))  # fmt: skip
    return out


def _besieged_before(earlier: list[Event], sources: list[Actor], sent_index: int) -> list[Actor]:
    """ "Soldiers surrounded the parliament ... the soldiers withdrew from the compound": the
    side the same doers' latest forceful act, told in the last few sentences, was aimed at
    (not the population of a place it hit)."""
    for ev in reversed(earlier):
        if sent_index - ev.sentence_index > BESIEGED_BACK:
            break
        if ev.type not in BESIEGING_TYPES or ev.modality != "asserted":
            continue
        if not any(_same_force(a, s) for a in ev.source for s in sources):
            continue
        got = [a for a in ev.target if "population" not in a.why and (a.country or a.org)]
        if got:
            return [_copy_actor(a, "coref:side withdrawn from") for a in got]
    return []


def _same_force(a: Actor, b: Actor) -> bool:
    """The same doers told twice: the same code, or forces of one kind and organisation whose
    country one of the two mentions left unresolved ("Soldiers ... the soldiers")."""
    if a.code and a.code == b.code:
        return True
    return (
        bool(set(a.sector) & set(b.sector))
        and a.org == b.org
        and (a.country is None or b.country is None or a.country == b.country)
    )
