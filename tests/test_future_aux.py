"""The auxiliaries of a future act ("will", "'ll", "won't", "would") are one word class
(data/word_classes.yaml future_aux), read with either apostrophe. Sentences written for these
tests."""

from __future__ import annotations

from dotterel.events.extract import nonevents, recode
from dotterel.events.modality import FUTURE_AUX, PLANNED_AUX
from dotterel.ground import clauses

from .conftest import events_of

PUB = "2021-05-12"


def test_one_set_of_future_auxiliaries_with_both_apostrophes():
    assert PLANNED_AUX | {"would"} == FUTURE_AUX
    assert {"will", "would", "shall", "wo", "'ll", "’ll"} <= FUTURE_AUX
    assert clauses.WILL_AUX == FUTURE_AUX
    assert FUTURE_AUX | {"'d", "’d"} == nonevents._FUTURE_AUX
    assert not hasattr(recode, "WILL_NOT")
    assert {"'ve", "’ve", "'d", "’d", "had"} <= clauses.PERFECT_AUX


def test_condition_of_a_future_act_is_no_event_with_a_typographic_apostrophe(coder):
    """ "they’ll withdraw once the militants have disarmed": the disarming is the condition
    of the withdrawal, not a disarmament that happened, whichever apostrophe is printed."""
    for aux in ("'ll", "’ll", " will"):
        text = (f"Ankara said on Monday that they{aux} withdraw from the enclave once the "
                "militants have disarmed.")  # fmt: skip
        got = [e for e in events_of(coder, text, PUB) if e["cameo"] == "0873"]
        assert got == [], aux
