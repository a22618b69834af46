"""A phrasal verb's particle hangs on the verb ("handed the suspects over", "handed over the
suspects"); an "over" that hangs on a noun with an object of its own ("a note of protest
over the incident") is a preposition of that noun and makes no `hand over T`."""

from __future__ import annotations

from .conftest import finder

found = finder("2026-04-02")


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
