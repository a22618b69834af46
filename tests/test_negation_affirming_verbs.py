"""A negated verb whose negation affirms the act it governs: "did not let up its attacks"
says the attacks went on, "did not hesitate to arrest them" that they were arrested, and
"would not hesitate to act as a mediator" is a stated readiness, an offer to mediate (AGREE,
gold/CODING.md: an offer to mediate or host talks). Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2023-03-09"


def _of(coder, text, typ):
    return [e for e in events_of(coder, text, PUB) if e["type"] == typ]


def test_attacks_not_let_up_went_on(coder):
    got = _of(coder, "The army did not let up its attacks on the rebel town on Monday.", "ASSAULT")
    assert got and all(e["modality"] == "asserted" for e in got), got


def test_shelling_not_let_up_went_on(coder):
    got = _of(
        coder, "The army did not let up in its shelling of the rebel town on Monday.", "ASSAULT"
    )
    assert got and all(e["modality"] == "asserted" for e in got), got


def test_a_plain_negated_attack_stays_negated(coder):
    got = _of(coder, "The rebels did not attack the town on Monday.", "ASSAULT")
    assert got and all(e["modality"] == "negated" for e in got), got


def test_not_hesitating_to_mediate_is_an_offer(coder):
    text = "Kenya would not hesitate to act as a mediator between Sudan and South Sudan, the minister said."
    got = events_of(coder, text, PUB)
    agree = [e for e in got if e["type"] == "AGREE"]
    assert agree and agree[0]["modality"] == "asserted", got
    assert [a["code"] for a in agree[0]["source"]] == ["KEN"], agree
    assert not [e for e in got if e["type"] == "CONSULT" and e["modality"] == "negated"], got


def test_not_hesitating_to_host_talks_is_an_offer(coder):
    got = _of(coder, "Qatar will not hesitate to host talks between Chad and Libya.", "AGREE")
    assert got and got[0]["cameo"].startswith("03"), got


def test_not_hesitating_to_strike_stays_a_threat(coder):
    got = _of(coder, "Israel said it would not hesitate to strike Iran again.", "THREATEN")
    assert got, events_of(coder, "Israel said it would not hesitate to strike Iran again.", PUB)
