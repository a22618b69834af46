"""Signing an agreement is SUPPORT 057 (gold/CODING.md); a lease a state signs ("signed a
30-year lease on a cargo terminal") is an agreement by another name. Sentences written for
these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2025-02-05"


def test_a_signed_lease_is_a_signed_agreement(coder):
    text = "Uganda signed a 30-year lease on a cargo terminal at the port of Tanga on Wednesday."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "SUPPORT"]
    assert got and got[0]["cameo"] == "057", events_of(coder, text, PUB)
