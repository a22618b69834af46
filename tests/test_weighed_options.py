"""An act an actor weighs is coded with modality `possible` (gold/CODING.md: an actor's own
hedged intention): "was weighing whether to send a frigate" (the question an actor puts to
itself about its own act), "would study reopening the border". Sentences written for these
tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2023-06-21"


def _of(coder, text, typ):
    return [e for e in events_of(coder, text, PUB) if e["type"] == typ]


def test_weighing_whether_to_send_a_frigate(coder):
    got = _of(
        coder,
        "The Philippine navy was weighing whether to send a frigate to the shoal.",
        "MOBILIZE",
    )
    assert got and got[0]["modality"] == "possible", got


def test_a_sent_destroyer_is_a_deployment(coder):
    got = _of(coder, "China sent two destroyers to the disputed reef on Monday.", "MOBILIZE")
    assert got and got[0]["modality"] == "asserted", got


def test_studying_a_reopening_is_possible(coder):
    got = _of(
        coder,
        "Ankara said it would study reopening the border crossing once the treaty is signed.",
        "RETREAT",
    )
    assert got and all(e["modality"] == "possible" for e in got), got


def test_an_open_question_of_another_stays_no_event(coder):
    text = "Reporters asked whether the navy would send a frigate to the shoal."
    assert not _of(coder, text, "MOBILIZE")
