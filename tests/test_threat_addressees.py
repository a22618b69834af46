"""Whom a threat that names no one else is aimed at: its own state or forces named ("its
territory", "his forces", "the North") are the threatener's side, never the target; the
threat answers the latest hostile act aimed at the threatener, else carries on the quarrel
the threatener has just told."""

from __future__ import annotations

from .conftest import codes, finder, keys

found = finder("2024-05-02")


def test_a_threat_after_the_threateners_own_condemnation_is_aimed_at_the_condemned(coder):
    text = (
        "Venezuela's foreign minister condemned the military exercises staged by Guyana and "
        "the United States near the disputed border. He warned that Venezuela would respond "
        "with overwhelming force."
    )
    evs = found(coder, text, "THREATEN")
    assert evs and keys(evs[0]["target"]) == {"GUY", "USA"}, evs


def test_its_own_territory_is_not_the_target_of_a_threat(coder):
    text = (
        "Djibouti accused Eritrean troops of crossing into its territory on Sunday. Eritrea's "
        "information minister warned that Eritrea would defend every inch of its sovereign "
        "territory."
    )
    evs = found(coder, text, "THREATEN")
    assert all("ERI" not in keys(ev["target"]) for ev in evs), evs


def test_his_own_forces_are_not_the_target_of_a_threat(coder):
    text = (
        "Djibouti accused Eritrean troops of crossing into its territory on Sunday. Eritrea's "
        "president warned that his forces would crush any aggression."
    )
    evs = found(coder, text, "THREATEN")
    assert evs and codes(evs[0]["target"]) == ["DJI"], evs


def test_the_people_a_threatener_shelled_are_no_party_to_its_quarrel(coder):
    text = (
        "Thai artillery shelled three Cambodian villages near the border on Monday. Thailand's "
        "defence minister said the army would respond with force to any further attack."
    )
    evs = found(coder, text, "THREATEN")
    assert all(not c.endswith("CVL") for ev in evs for c in codes(ev["target"])), evs


def test_a_threat_of_arrest_at_home_takes_no_foreign_quarrel(coder):
    text = (
        "Peru's prime minister condemned Bolivia's decision to close the border crossing at "
        "Desaguadero. Farmers blocked the main highway to Puno on Tuesday. The interior "
        "minister warned that anyone who blocked roads would be arrested."
    )
    evs = [e for e in found(coder, text, "THREATEN") if "arrest" in e["trigger"]]
    assert all("BOL" not in keys(ev["target"]) for ev in evs), evs
