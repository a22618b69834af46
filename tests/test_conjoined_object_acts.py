"""One event per act (gold/CODING.md): a verb with two conjoined objects that code as
different acts ("fired tear gas and live rounds at protesters": crowd control and shooting)
is two events; two objects of one kind ("rockets and mortars", "tear gas and rubber bullets")
are one. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2023-10-06"


def _assaults(coder, text):
    return [e for e in events_of(coder, text, PUB) if e["type"] == "ASSAULT"]


def test_tear_gas_and_live_rounds_are_two_acts(coder):
    got = _assaults(
        coder, "Police fired tear gas and live rounds at protesters in Lusaka on Tuesday."
    )
    assert len(got) == 2, got
    assert {e["cameo"] for e in got} >= {"175"} and len({e["cameo"] for e in got}) == 2, got
    assert all([a["code"] for a in e["source"]] == ["ZMBCOP"] for e in got), got
    assert len({e["id"] for e in got}) == 2, got


def test_tear_gas_and_rubber_bullets_are_one_act(coder):
    got = _assaults(
        coder, "Police fired tear gas and rubber bullets at protesters in Lusaka on Tuesday."
    )
    assert len(got) == 1, got


def test_rockets_and_mortars_are_one_act(coder):
    got = _assaults(coder, "The army fired rockets and mortars at the rebel town on Tuesday.")
    assert len(got) == 1, got


def test_drones_and_missiles_are_one_barrage(coder):
    got = _assaults(coder, "Russia fired 200 drones and 30 missiles at Moldova overnight.")
    assert len(got) == 1, got
