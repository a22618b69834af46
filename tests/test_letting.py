"""Letting another act: "would not let the police arrest them" refuses the arrest as "would
not allow" does (no arrest took place); "let" in "did not let up", "let the voters down" is
another verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_rows

PUB = "2024-03-06"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Chilean governor would not let the police arrest the dockworkers.",
                     id="would_not_let"),
        pytest.param("Peru will not let foreign troops enter its territory.", id="will_not_let"),
    ],
)  # fmt: skip
def test_not_letting_is_a_refusal_and_the_act_is_not_done(coder, text):
    rows = event_rows(coder, text, PUB)
    assert any(r[0] == "REJECT" for r in rows), rows
    assert not [r for r in rows if r[0] != "REJECT" and r[4] == "asserted"], rows


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Kenyan president said he would not let the voters down.", id="let_down"),
    ],
)  # fmt: skip
def test_let_with_a_particle_is_no_refusal(coder, text):
    assert not [r for r in event_rows(coder, text, PUB) if r[0] == "REJECT"]


def test_allowing_a_rally_is_a_concession_and_the_rally_not_yet_held(coder):
    """gold/CODING.md: allowing protests is CONCEDE 0811 by the one allowing, aimed at the one
    allowed; the rally allowed has not taken place."""
    text = "The Kenyan government allowed the opposition to hold a rally in Mombasa."
    rows = event_rows(coder, text, PUB)
    assert ("CONCEDE", "0811", ["KENGOV"], ["KENOPP"], "asserted") in rows, rows
    assert not [r for r in rows if r[0] == "PROTEST" and r[4] == "asserted"], rows
