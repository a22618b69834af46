"""Event type COOPERATE: cooperation, joint exercises and shared work: patterns, their doers
and targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import event_rows, events_of, finder
from tests.helpers import found_2019_10_14, found_2026_11_24, one

found = finder("2026-04-02")


def test_joint_exercises_are_cooperation(coder):
    e = one(coder, "French and Italian warships launched joint war games.", "COOPERATE")
    assert {e["source"][0]["country"], *(a["country"] for a in e["target"])} == {"FRA", "ITA"}


def test_shared_records_with_foreign_police(coder):
    rows = event_rows(
        coder, "Turkish officials shared the ship's records with Greek police in May.", "2026-06-10"
    )
    assert [
        r
        for r in rows
        if r[0] == "COOPERATE" and r[2][0].startswith("TUR") and r[3][0].startswith("GRC")
    ], rows


def test_shared_files_with_prosecutors(coder):
    rows = event_rows(coder, "Serbia shared its files with Croatian prosecutors.", "2026-06-10")
    assert [r for r in rows if r[0] == "COOPERATE" and r[3][0].startswith("HRV")], rows


def test_joint_patrols_begun_are_cooperation(coder):
    for text in (
        "Kenyan and Somali police began joint patrols along the border on Monday.",
        "Sudanese army and allied militia units began joint patrols on Monday in the border "
        "districts of Kassala.",
    ):
        assert found_2026_11_24(coder, text, "COOPERATE"), events_of(coder, text, "2026-11-24")
        assert not found_2026_11_24(coder, text, "MOBILIZE"), text
    # one force's patrols stay a deployment
    text = "Indian troops began patrols along the border on Monday."
    assert found_2026_11_24(coder, text, "MOBILIZE") and not found_2026_11_24(
        coder, text, "COOPERATE"
    )


def test_a_protest_note_over_an_incident_is_no_handover(coder):
    text = (
        "The foreign ministry summoned Vietnam's ambassador on Wednesday and handed him a note "
        "of protest over what it called the seizure of a fishing boat."
    )
    assert not found(coder, text, "COOPERATE")
    text = "The ministry handed the envoy a protest note over the border incident."
    assert not found(coder, text, "COOPERATE")


def test_particles_of_the_verb_still_make_handovers(coder):
    assert found(coder, "Kenya handed two fugitives over to Uganda on Monday.", "COOPERATE")
    assert found(coder, "Turkey handed over a murder suspect to Germany.", "COOPERATE")
    assert found(coder, "The rebels pulled out of the town of Kidal.", "RETREAT")


def test_burial_checks_the_right_preposition_and_modifiers_of_the_object(coder):
    text = "While in the Baltic, the Polish soldiers will participate in joint drills with Lithuanian forces."
    assert [e for e in events_of(coder, text) if e["type"] == "COOPERATE"], events_of(coder, text)
    text = "The teachers union called on Friday for a nationwide strike over pay."
    assert [e for e in events_of(coder, text) if e["type"] == "PROTEST"], events_of(coder, text)
    text = (
        "Nigerian commanders put a battalion stationed close to the Chadian border on high alert."
    )
    assert [e for e in events_of(coder, text) if e["type"] == "MOBILIZE"], events_of(coder, text)
    text = "The pact let students travel, under an accord signed on Thursday by Peru and Ghana."
    assert [e for e in events_of(coder, text) if e["type"] == "SUPPORT"], events_of(coder, text)


def test_a_deal_to_share_intelligence_is_agreed_cooperation(coder):
    text = "Kenya and Uganda signed an agreement to share intelligence on the militants."
    assert not found_2019_10_14(coder, text, "COOPERATE")


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria began sending electricity to North Macedonia on Monday.",
        "Azerbaijan began supplying gas to Hungary last week.",
    ],
)
def test_starting_supplies_of_energy_is_economic_exchange(coder, text):
    # gold/CODING.md "training, supplies and commitments": the mirror of a supply cut
    rows = [(e["type"], e["cameo"]) for e in events_of(coder, text, "2024-05-02")]
    assert rows == [("COOPERATE", "061")], rows
