"""A policy measure as the subject of a verb of attack hits only figuratively ("new tariffs
hit Chinese exports", "EU sanctions have hit the economy hard"): no ASSAULT. A school's fire
drill is no ceasefire ("hold fire"). Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2022-04-11"


def _types(coder, text):
    return [e["type"] for e in events_of(coder, text, PUB)]


def test_tariffs_hitting_exports_are_no_attack(coder):
    assert "ASSAULT" not in _types(
        coder, "New Canadian tariffs hit Mexican steel exports last month."
    )


def test_sanctions_hitting_an_economy_are_no_attack(coder):
    assert "ASSAULT" not in _types(coder, "EU sanctions have hit the Iranian economy hard.")


def test_an_air_strike_still_hits(coder):
    assert "ASSAULT" in _types(coder, "A Saudi air strike hit a market in Saada on Monday.")


def test_a_fire_drill_is_no_ceasefire(coder):
    assert "RETREAT" not in _types(coder, "The school held a fire drill on Monday.")


def test_holding_fire_is_still_a_ceasefire(coder):
    assert "RETREAT" in _types(coder, "The rebels held fire on Monday.")
