""" "Dismissed his predecessor", "dismissed the deputy": an office holder removed, not a
claim rejected (no REJECT); claims and accusations dismissed still are."""

from __future__ import annotations

from .conftest import finder

found = finder("2026-03-18")


def test_dismissing_an_office_holder_is_no_rejection(coder):
    text = (
        "The ruling council on Monday named a new premier, days after it dismissed his "
        "predecessor over the fuel crisis."
    )
    assert not found(coder, text, "REJECT")
    assert not found(coder, "The Zambian president dismissed his deputy on Friday.", "REJECT")


def test_dismissing_a_claim_is_still_a_rejection(coder):
    assert found(coder, "Lusaka dismissed the accusation as absurd.", "REJECT")
