"""Small helpers the event builder's modules share, tested on actors and events built by
hand (no parse)."""

from __future__ import annotations

import datetime as dt

from dotterel.events.builder.common import _place_only
from dotterel.events.builder.parties import main_pair
from dotterel.model import Actor, Event, When


def _actor(code: str, why: str = "kb:country:name", sector=()) -> Actor:
    return Actor(text=code, name=code, country=code, sector=list(sector), why=why)


def _event(typ: str, source: list[Actor], target: list[Actor]) -> Event:
    day = dt.date(2021, 5, 12)
    return Event(article_id="a", published=day, sentence_index=0, text="", span=(0, 0),
                 trigger="", trigger_offset=0, type=typ, mode=None, cameo="190", quad_class=4,
                 goldstein=-10.0, source=source, target=target, date=When(day, day))  # fmt: skip


def test_an_actor_found_only_as_a_place_is_one_test():
    """One test (builder.common._place_only) serves the conventions and "the two sides":
    a capital or town named as a place, a region, a target found as the place hit."""
    for why in ("place", "kb:country:region", "kb:country:capital as a place", "kb:region:name"):
        assert _place_only(_actor("SDN", why)), why
    assert not _place_only(_actor("SDN"))
    assert not _place_only(_actor("SDN", "place", sector=["MIL"]))


def test_a_town_hit_is_no_side_of_the_pair():
    """ "Troops shelled a town": the town (a target found as a place) is where, not a party,
    so the pair the article tells of is the one whose both sides act."""
    town = _actor("SDN", "place")
    events = [
        _event("ASSAULT", [_actor("ERI", sector=["MIL"])], [town]),
        _event("ASSAULT", [_actor("ETH", sector=["MIL"])], [_actor("ERI", sector=["MIL"])]),
    ]
    pair = main_pair(events)
    assert {a.country for a in pair} == {"ETH", "ERI"}
