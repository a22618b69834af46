"""Causes of labelled-type misses (concessions, cooperation, refusals) found by reading the
synthetic stories; each a general construction. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2011-03-09"

found = finder(PUB)


# -- "committed to easing": a wrapper's "to" with a gerund ----------------------------------------
@pytest.mark.parametrize("text,typ,src", [
    ("Zambia committed to easing economic restrictions on the border region.", "CONCEDE", "ZMB"),
    ("Zambia has committed to withdrawing its troops from the disputed strip.", "CONCEDE", "ZMB"),
    ("Zambia agreed to holding talks with Malawi next month.", "AGREE", "ZMB"),
])  # fmt: skip
def test_a_gerund_after_a_wrappers_to_is_the_act_promised(coder, text, typ, src):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e
    if typ == "CONCEDE":
        assert not found(coder, text, "AGREE")


def test_due_to_a_gerund_is_no_planned_act(coder):
    assert not found(coder, "The talks were postponed due to fighting in the north.", "ASSAULT")


# -- a hyphen inside a word is no comma ----------------------------------------------------------
def test_an_infinitive_after_a_hyphenated_phrase_is_the_wrappers(coder):
    # the parser hangs "to reopen" on "agreed" as an adverbial clause; the hyphen of "two-day"
    # between them was read as a comma, so the reopening was coded as done, not agreed to
    text = "Ghana and Togo agreed at a two-day meeting in Accra to reopen the border."
    e = found(coder, text, "CONCEDE")
    assert e and "GHA" in keys(e[0]["source"]), e
    assert not found(coder, text, "RETREAT")


# -- "in a concession to X": the clause's doer concedes ------------------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("In a concession to the opposition, the Zambian government agreed to hold talks on electoral reform.",
     "ZMB", "ZMB"),
    ("As a concession to Malawi, Zambia released 40 fishermen.", "ZMB", "MWI"),
    ("Zambia will allow traders from Malawi to cross freely, in a concession to Lilongwe.", "ZMB", "MWI"),
])  # fmt: skip
def test_in_a_concession_to_names_the_clauses_doer(coder, text, src, tgt):
    e = [x for x in found(coder, text, "CONCEDE") if x["trigger"].startswith("concession")]
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


def test_concessions_won_from_another_are_not_the_clauses_doers(coder):
    text = "Zambia freed the prisoners in exchange for concessions from Malawi."
    assert not any(
        "ZMB" in keys(e["source"]) and e["trigger"].startswith("concession")
        for e in found(coder, text, "CONCEDE")
    )
