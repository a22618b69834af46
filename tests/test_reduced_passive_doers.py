"""A reduced passive on an event's own noun ("EU sanctions imposed on Belarus") names no
"by" agent: the noun's modifier is the doer (gold/CODING.md: imposing sanctions is SANCTION
163). And an act an accuser cites as its evidence ("..., citing sanctions imposed on it") is
asserted by the accuser, not the content of the accusation. Sentences written for these
tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2022-09-14"


def _sanctions(coder, text):
    return [
        ([a["code"] for a in e["source"]], [a["code"] for a in e["target"]])
        for e in events_of(coder, text, PUB)
        if e["type"] == "SANCTION"
    ]


def test_a_named_modifier_is_the_doer_of_a_reduced_passive(coder):
    got = _sanctions(coder, "Minsk condemned US sanctions imposed on its banks last week.")
    assert got and got[0][0] == ["USA"], got


def test_the_reduced_passive_as_a_subject(coder):
    got = _sanctions(coder, "EU sanctions imposed on Belarus in June have cut its potash exports.")
    assert got and got[0][0] == ["IGOEEU"] and got[0][1] == ["BLR"], got


def test_sanctions_cited_by_an_accuser_are_coded(coder):
    text = "Warsaw blamed Minsk for the crisis, citing EU sanctions imposed on Belarus in June."
    got = _sanctions(coder, text)
    assert got and got[0][0] == ["IGOEEU"], events_of(coder, text, PUB)


def test_no_modifier_no_doer(coder):
    assert not _sanctions(
        coder, "Sanctions imposed on Belarus in June have cut its potash exports."
    )


def test_troops_stationed_somewhere_are_their_own_source(coder):
    """Not a light verb: the troops are the source (MIL), not their country's modifier."""
    text = "Kabul fears attacks if the 3,000 US troops stationed in Bagram are withdrawn."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "MOBILIZE"]
    assert all([a["code"] for a in e["source"]] == ["USAMIL"] for e in got), got
