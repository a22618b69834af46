"""A passive wrapper with an expletive "it" ("it was agreed that X would ...") names no one
who agrees but the clause's own subject: that subject is the source, not whoever the "it"
is resolved to (a mediator, the venue's country)."""

from .conftest import codes, finder

found = finder("2021-06-09")


def test_it_was_agreed_that_a_state_would_withdraw_is_that_states_concession(coder):
    text = (
        "After talks in Doha, it was agreed that Sudan would withdraw its troops from the border."
    )
    evs = found(coder, text, "CONCEDE")
    assert evs and all(codes(e["source"]) == ["SDN"] for e in evs), evs


def test_it_was_agreed_that_two_states_would_patrol_is_their_agreement(coder):
    evs = found(coder, "It was agreed that Kenya and Uganda would hold joint patrols.", "AGREE")
    assert evs and {c for e in evs for c in codes(e["source"])} <= {"KEN", "UGA"}, evs
    assert "KEN" in {c for e in evs for c in codes(e["source"])}, evs
