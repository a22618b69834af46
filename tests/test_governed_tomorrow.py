"""A demand, threat or promise is dated when it is made (gold/CODING.md); a "tomorrow" in the
clause it governs ("urged them to free the hostages tomorrow") dates what is asked, a day
after any asserted saying. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2024-05-02"


def _dates(coder, text, typ):
    return [e["date"] for e in events_of(coder, text, PUB) if e["type"] == typ]


def test_a_demand_is_not_dated_tomorrow(coder):
    got = _dates(coder, "The minister urged the rebels to free the hostages tomorrow.", "REQUEST")
    assert got and all(d is None or d["start"] <= PUB for d in got), got


def test_a_threat_is_not_dated_tomorrow(coder):
    got = _dates(coder, "The rebels threatened to attack the town tomorrow.", "THREATEN")
    assert got and all(d is None or d["start"] <= PUB for d in got), got


def test_a_threat_keeps_its_own_yesterday(coder):
    got = _dates(coder, "The rebels threatened yesterday to attack the town.", "THREATEN")
    assert got and got[0]["start"] == "2024-05-01", got
