"""A response an actor says it would make if the other side acts is a threat made in the
saying ("said it would retaliate if NATO moved troops there"), not a hypothetical act; what a
law that has been passed would do is done ("passed a law that would ban ..."), while a bill
still debated that would do it stays a threat. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2022-03-09"

found = finder(PUB)


@pytest.mark.parametrize("text,src,cameo", [
    ("Moscow said it would retaliate if Finland let NATO station troops on its soil.", "RUS", "138"),
    ("Azerbaijan said it would respond if Armenian forces crossed the line again.", "AZE", "130"),
])  # fmt: skip
def test_a_conditional_response_said_is_a_threat(coder, text, src, cameo):
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == cameo and e[0]["modality"] == "asserted", e
    assert src in keys(e[0]["source"]), e


def test_a_response_others_fear_is_no_threat(coder):
    text = "The government would react if the strike went ahead, the union feared."
    assert not found(coder, text, "THREATEN")


@pytest.mark.parametrize("text,src", [
    ("The Kyrgyz parliament passed a law on Monday that would ban foreign-funded charities.", "KGZ"),
    ("The bill, which would ban opposition rallies, was approved by the Serbian parliament.", "SRB"),
])  # fmt: skip
def test_an_enacted_law_does_what_it_would_do(coder, text, src):
    assert not found(coder, text, "THREATEN")
    e = found(coder, text, "COERCE")
    assert e and e[0]["modality"] == "asserted" and src in keys(e[0]["source"]), e


@pytest.mark.parametrize("text", [
    "The Kyrgyz parliament is debating a bill that would ban foreign-funded charities.",
    "The Kyrgyz parliament failed to pass a bill that would ban foreign-funded charities.",
])  # fmt: skip
def test_a_bill_not_enacted_bans_nothing(coder, text):
    assert not found(coder, text, "COERCE")

