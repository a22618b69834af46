"""Causes of labelled-type misses (threats, retreats, mobilisation, protests) found by reading
the synthetic stories in round 10; each a general construction. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from .conftest import codes, finder

PUB = "2021-03-09"

found = finder(PUB)


# -- "on hunger strike" hung on a noun or a participle: the one on strike protests -------------
@pytest.mark.parametrize("text,src", [
    ("About 200 Peruvian prisoners on hunger strike refused medical care on Friday.", "PERCVL"),
    ("A Peruvian dissident jailed on hunger strike asked his lawyer to appeal.", "PEROPP"),
    ("Peruvian activist Rosa Quispe was arrested while on hunger strike.", "PEROPP"),
])  # fmt: skip
def test_being_on_hunger_strike_is_a_hunger_strike(coder, text, src):
    evs = found(coder, text, "PROTEST")
    assert [(e["mode"], codes(e["source"])) for e in evs] == [("hunger", [src])], evs


def test_an_act_aimed_at_a_strike_is_not_the_strikers(coder):
    evs = found(coder, "Peruvian police cracked down on strike action in Cusco.", "PROTEST")
    assert not evs, evs


# -- "on strike" after a state verb or a noun: the workers strike ---------------------------------
@pytest.mark.parametrize("text,modality", [
    ("More than 2,000 Chilean dockers have been on strike since April over pay.", "asserted"),
    ("At least 30,000 Chilean nurses would be on strike on Monday, their union said.", "planned"),
    ("With hundreds of Chilean teachers on strike, the schools in Valparaiso stayed shut.", "asserted"),
])  # fmt: skip
def test_workers_on_strike_strike(coder, text, modality):
    evs = found(coder, text, "PROTEST")
    assert [(e["mode"], e["modality"]) for e in evs] == [("strike", modality)], evs


# -- a vote for a strike and a called stoppage are the union's strike, not support or a request ---
@pytest.mark.parametrize("text", [
    "Chilean copper miners voted in favour of a strike on Tuesday.",
    "Chilean copper miners voted for a strike on Tuesday.",
    "Chile's largest union federation called a one-day work stoppage for Friday.",
])  # fmt: skip
def test_voting_for_or_calling_a_stoppage_is_a_strike(coder, text):
    evs = found(coder, text, "PROTEST")
    assert [e["mode"] for e in evs] == ["strike"], evs
    assert not found(coder, text, "SUPPORT") and not found(coder, text, "REQUEST")
