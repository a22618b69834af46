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


def test_a_warning_to_anyone_who_acts_is_one_threat_by_the_warner(coder):
    """ "warned anyone who joins the banned protest that they will be arrested": the parser
    hangs the "that" clause on "protest" as a relative clause (nlp.py repairs it); the warning
    is one THREATEN by the warner, its content no second event."""
    text = "The Kenyan police chief warned anyone who joins the banned protest that they will be arrested."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "THREATEN"]
    assert len(got) == 1 and [a["code"] for a in got[0]["source"]] == ["KENCOP"], got
    assert not [e for e in events_of(coder, text, PUB) if e["type"] in ("COERCE", "PROTEST")]


def test_a_relative_clause_of_the_addressee_stays_one():
    """The repair moves only a clause whose "that" is its conjunction: a relative "that"
    ("the villages that the militia controls") keeps its clause on its noun."""
    from dotterel.nlp import parse

    for text, verb in (("The army warned the villages that lie near the border.", "lie"),
                       ("The army warned residents of the villages that the militia controls.", "controls")):  # fmt: skip
        doc = next(parse([text]))
        v = next(t for t in doc if t.text == verb)
        assert v.dep_ == "relcl" and v.head.text == "villages", text
