"""Places the story told as held by an armed group ("the Houthi-held port of Hodeidah", "the
town of Kidal, held by the rebels", "Hodeidah is controlled by the Houthis"): an attack later
aimed only at such a place ("strikes near Hodeidah", "struck targets around Kidal") is aimed
at its holder, not at the place's state or people, as an attack on "Isis-held villages" is
(targets.py `_holder`)."""

from __future__ import annotations

from ...model import Actor
from .common import _copy_actor
from .retaken import held_place
from .vetoes import FIGHTER_SECTORS

# targets that stand only for a place: its state or its people, found from the place
PLACE_WHYS = ("place of the event", "population of the place", "kb:country:region")
_HELD = "dotterel_held_places"  # a Doc's user_data key: its holdings, found once (`_holdings`)


def _holdings(doc) -> tuple:
    """The holdings a paragraph's Doc tells, in order, as token indices (the word telling it,
    the place phrase, the holder phrases): the scan of the whole Doc is done once and kept
    on it, not once per attack (indices only, so the Doc keeps no reference to itself)."""
    got = doc.user_data.get(_HELD)
    if got is None:
        got = []
        for x in doc:
            place, phrases = held_place(x)
            if place is not None:
                got.append((x.i, place.i, tuple(g.i for g in phrases)))
        got = doc.user_data[_HELD] = tuple(got)
    return got


def held_places(sa, upto: int) -> dict[str, list[Actor]]:
    """The names of the places told as held by an armed group so far (in the paragraph `sa`,
    before token `upto`, the end of the event's sentence) -> their holders."""
    paras = list(sa.memory.paragraphs)
    if all(p is not sa for p in paras):
        paras.append(sa)
    out: dict[str, list[Actor]] = {}
    for para in paras:
        doc = para.doc
        for x_i, place_i, phrase_is in _holdings(doc):
            if para is sa and x_i >= upto:
                break
            phrases = [doc[i] for i in phrase_is]
            holders = [a for g in phrases for a in para.actors_for(g, as_agent=True)
                       if a.org or set(a.sector) & FIGHTER_SECTORS]  # fmt: skip
            if not holders:
                continue
            skip = {t.i for g in phrases for t in g.subtree}
            for t in doc[place_i].subtree:
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
