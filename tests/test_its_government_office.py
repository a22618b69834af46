""" "Its government spokesman": a government's office, so "its" is the state named last,
not an armed group or party that also has spokesmen."""

from __future__ import annotations

from .conftest import codes, events_of


def _accusations(coder, text):
    return [e for e in events_of(coder, text, "2026-05-04")
            if e["type"] == "ACCUSE" and e["sentence_index"] == 3]  # fmt: skip


def test_its_government_spokesman_is_the_states(coder):
    text = (
        "JUBA, May 4 - SPLM-IO fighters attacked an army barracks near Nasir on Monday. "
        "South Sudan accused Sudan of arming the rebels. Sudan denied the charge. "
        "Its government spokesman accused Juba of sheltering Sudanese rebels."
    )
    evs = _accusations(coder, text)
    assert evs and codes(evs[0]["source"])[0].startswith("SDN"), evs


def test_its_spokesman_after_a_group_is_still_the_groups(coder):
    text = (
        "JUBA, May 4 - SPLM-IO fighters attacked an army barracks near Nasir on Monday. "
        "The army accused the group of killing two soldiers. The SPLM-IO denied the charge. "
        "Its spokesman accused the army of shelling villages."
    )
    evs = _accusations(coder, text)
    assert (
        evs
        and codes(evs[0]["source"])[0].startswith("SSDREB")
        or (evs and evs[0]["source"][0]["org"] == "SPLMIO")
    ), evs
