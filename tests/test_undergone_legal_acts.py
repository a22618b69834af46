"""Legal acts told from the side of the one they are aimed at: "the editor faces trial",
"activists were tried on charges of sedition". The one charged or tried is the target and
the prosecuting state the source (gold/CODING.md: an agentless charge is the state's).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_rows

PUB = "2024-03-06"


def accusations(coder, text: str) -> list[tuple]:
    return [r for r in event_rows(coder, text, PUB) if r[0] == "ACCUSE"]


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        pytest.param("Opposition leader Maria Kovac faces charges of sedition in Serbia.",
                     "SRB", "SRBOPP", id="faces_charges"),
        pytest.param("The Belarusian journalist Tomas Berg faces trial for espionage.",
                     "BLR", "BLRMED", id="faces_trial"),
        pytest.param("The former Peruvian president will stand trial in Lima next month.",
                     "PER", "PERELI", id="stand_trial"),
        pytest.param("Five Kenyan activists were tried on charges of sedition.",
                     "KEN", "KENOPP", id="tried_on_charges"),
    ],
)  # fmt: skip
def test_the_one_charged_is_the_target(coder, text, src, tgt):
    got = accusations(coder, text)
    assert got, event_rows(coder, text, PUB)
    for _, _, s, g, _ in got:
        assert s and s[0].startswith(src) and "JUD" in s[0], got
        assert g and g[0].startswith(tgt), got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Zambian government faces a deadline on Friday.", id="deadline"),
        pytest.param("The Kenyan company faces a lawsuit.", id="lawsuit_by_no_one"),
    ],
)  # fmt: skip
def test_no_state_accusation_without_a_legal_act_of_the_state(coder, text):
    assert not [r for r in accusations(coder, text) if any("JUD" in s for s in r[2])]
