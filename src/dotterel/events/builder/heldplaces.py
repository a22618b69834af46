"""Places the story told as held by an armed group ("the Houthi-held port of Hodeidah", "the
town of Kidal, held by the rebels", "Hodeidah is controlled by the Houthis"): an attack later
aimed only at such a place ("strikes near Hodeidah", "struck targets around Kidal") is aimed
at its holder, not at the place's state or people, as an attack on "Isis-held villages" is
(targets.py `_holder`)."""

from __future__ import annotations

from ...model import Actor
from ...words import token_in
from .common import _copy_actor
from .retaken import TAKING, _pobjs, held_by, holding_participle
from .vetoes import FIGHTER_SECTORS

# targets that stand only for a place: its state or its people, found from the place
PLACE_WHYS = ("place of the event", "population of the place", "kb:country:region")


def _holding(x) -> tuple:
    """(the place phrase, the phrases naming its holder) told by `x`, else (None, [])."""
    if holding_participle(x):
        return x.head, held_by(x)  # "the Houthi-held port", "the town held by the rebels"
    if x.tag_ == "VBN" and token_in(x, TAKING):
        # "Hodeidah is held by the Houthis"
        subj = [c for c in x.children if c.dep_ == "nsubjpass"]
        agents = _pobjs(x, "agent")
        if subj and agents:
            return subj[0], agents
    return None, []


def held_places(sa, upto: int) -> dict[str, list[Actor]]:
    """The names of the places told as held by an armed group so far (in the paragraph `sa`,
    before token `upto`, the end of the event's sentence) -> their holders."""
    paras = list(sa.memory.paragraphs)
    if all(p is not sa for p in paras):
        paras.append(sa)
    out: dict[str, list[Actor]] = {}
    for para in paras:
        for x in para.doc[:upto] if para is sa else para.doc:
            place, phrases = _holding(x)
            if place is None:
                continue
            holders = [a for g in phrases for a in para.actors_for(g, as_agent=True)
                       if a.org or set(a.sector) & FIGHTER_SECTORS]  # fmt: skip
            if not holders:
                continue
            skip = {t.i for g in phrases for t in g.subtree}
            for t in place.subtree:
                if t.pos_ == "PROPN" and t.i not in skip:
                    out[t.text.lower()] = holders
    return out


def holder_of_place(targets: list[Actor], sa, location, sent) -> list[Actor]:
    """The holders of the place an attack's targets stand for, when the story told it as held
    by an armed group before the end of the attack's sentence `sent`; [] when the targets are
    not only such a place."""
    if not targets or not all(
        t.why in PLACE_WHYS or t.why.startswith("coref:place") for t in targets
    ):
        return []
    held = held_places(sa, sent.end)
    if not held:
        return []
    for t in targets:
        got = held.get(t.text.lower())
        if got is None and t.why == "population of the place" and location is not None:
            got = held.get((location.name or "").lower())  # "bombed the city's outskirts"
        if got:
            return [_copy_actor(a, "coref:holder of the place") for a in got]
    return []
