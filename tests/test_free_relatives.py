"""An act whose doer is whoever may do it ("a bounty to whoever kills the commander", "a
reward to anyone who attacks the post") is the condition of a reward or a threat, not an act
of anyone identified (gold/CODING.md: unspecified actors are not coded; a condition is no
event of its own). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import events_of

PUB = "2021-05-12"


@pytest.mark.parametrize("text", [
    "The militia announced a reward of $10,000 to whomever kills the army commander.",
    "The militia announced a reward of $10,000 to whoever kills the army commander.",
    "The militia offered a bounty to whomever captures the police chief.",
    "A rebel commander offered a bounty to anyone who kills a government soldier.",
])  # fmt: skip
def test_a_bounty_s_killing_is_no_event(coder, text):
    got = [e for e in events_of(coder, text, PUB) if e["type"] in ("ASSAULT", "COERCE")]
    assert not got, got


def test_a_threat_against_anyone_who_acts_stays_a_threat(coder):
    text = "The rebels said they will attack anyone who enters the town."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "THREATEN"]
    assert got, events_of(coder, text, PUB)
