"""A claim rejected, dismissed or refuted ("rejected claims that its troops had shelled the
village") is denied as "denied claims that ..." is: the act its "that" clause tells is coded
negated, beside the bare REJECT (wrappers.yaml claim-rejection). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from .conftest import event_rows

PUB = "2021-05-12"


def coded(coder, text: str) -> list[tuple]:
    return event_rows(coder, text, PUB)


@pytest.mark.parametrize("verb,noun", [
    ("rejected", "claims"), ("dismissed", "allegations"), ("dismissed", "reports"),
    ("refuted", "accusations"), ("rejected", "suggestions"),
])  # fmt: skip
def test_a_rejected_claim_s_act_is_negated(coder, verb, noun):
    got = coded(coder, f"Kampala {verb} {noun} that its troops had shelled the border village.")
    shelling = [g for g in got if g[0] == "ASSAULT"]
    assert shelling and all(g[4] == "negated" for g in shelling), got
    rejection = [g for g in got if g[0] == "REJECT"]
    assert rejection and rejection[0][2][0].startswith("UGA") and rejection[0][4] == "asserted", got


def test_a_rejected_report_of_a_refusal_is_a_negated_refusal(coder):
    text = "The Iranian foreign ministry rejected reports that it had turned down an offer of talks from France."
    got = coded(coder, text)
    refusal = [g for g in got if g[0] == "REJECT" and g[3] == ["FRA"]]
    assert refusal and refusal[0][4] == "negated", got


def test_a_rejected_proposal_stays_a_rejection(coder):
    """Only a claim's "that" clause is reached: a proposal rejected is still answered."""
    got = coded(coder, "Kyiv rejected a Russian proposal to hold talks in Minsk.")
    assert [g for g in got if g[0] == "REJECT" and g[4] == "asserted"], got
    assert not [g for g in got if g[4] == "negated"], got


@pytest.mark.parametrize("verb", ["rejected", "denied"])
def test_a_named_accuser_keeps_the_act_asserted(coder, verb):
    """ "rejected accusations by opposition figures that ...": the accuser asserts the act,
    which keeps its modality; the rejection answers the accuser (gold/CODING.md, denials)."""
    text = (f"The Malawian spokesman {verb} accusations by opposition figures that the ruling "
            "party had pressed the court to act.")  # fmt: skip
    got = coded(coder, text)
    assert not [g for g in got if g[4] == "negated"], got
    assert [g for g in got if g[0] == "REJECT" and g[3] and g[3][0].startswith("MWIOPP")], got
