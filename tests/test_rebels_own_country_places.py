"""Rebels who attack or threaten a town of their own country take on its state: the place
of the event names the target when no slot does, as it does for a foreign army's strike;
a state's own forces moving in its own towns still have no target from the place."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-11-27")


def test_rebels_advancing_on_a_town_of_their_country_take_on_its_state(coder):
    text = (
        "GOMA, Congo, Nov 27 - M23 rebels seized the town of Walikale on Wednesday. Thousands "
        "of people fled west towards Kisangani. An M23 spokesman said the rebels had no "
        "intention of advancing on Kisangani."
    )
    evs = [e for e in found(coder, text, "ASSAULT") if e["modality"] == "negated"]
    assert evs and "COD" in {a["country"] for a in evs[0]["target"]}, evs


def test_a_states_own_troops_take_no_target_from_their_own_town(coder):
    text = (
        "GOMA, Congo, Nov 27 - M23 rebels seized the town of Walikale on Wednesday. Thousands "
        "of people fled west towards Kisangani. The army said it had strengthened its forces "
        "in Kisangani."
    )
    evs = found(coder, text, "MOBILIZE")
    assert all(not codes(e["target"]) for e in evs), evs
