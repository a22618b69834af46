"""A penalty announced for an act ("any further protest would be met with fines and
detention") is a threat by whoever says it, against the demonstrators told lately; told in
the past ("the march was met with arrests") it is none. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2021-05-12"


def threats(coder, text: str) -> list[tuple]:
    return [
        (e["cameo"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]])
        for e in events_of(coder, text, PUB)
        if e["type"] == "THREATEN"
    ]


def test_penalty_announced_for_a_protest_is_a_threat_against_the_demonstrators(coder):
    text = (
        "Opposition supporters marched through Tbilisi on Friday. The Georgian interior "
        "minister said any further protest would be met with fines and detention."
    )
    got = threats(coder, text)
    assert len(got) == 1 and got[0][0] == "132"
    assert got[0][1][0].startswith("GEO") and got[0][2] == ["GEOOPP"]


def test_penalty_told_in_the_past_is_no_threat(coder):
    assert threats(coder, "Kenyan police said the march was met with arrests.") == []


def test_penalty_ruled_out_is_no_threat(coder):
    """ "will not be met with fines", "won't" (spaCy's "wo" + "n't"): a penalty ruled out
    threatens nothing."""
    for aux in ("will not", "won't", "won’t"):
        text = f"The Georgian interior minister said peaceful rallies {aux} be met with fines."
        assert threats(coder, text) == [], aux
