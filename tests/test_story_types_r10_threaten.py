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
    ("A former Peruvian congressman, kept in custody while on hunger strike over his conviction, "
     "was sent home on Monday.", "PERELI"),
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
    "The Bolivian teachers' union has called a two-day stoppage in all state schools.",
])  # fmt: skip
def test_voting_for_or_calling_a_stoppage_is_a_strike(coder, text):
    evs = found(coder, text, "PROTEST")
    assert [e["mode"] for e in evs] == ["strike"], evs
    assert not found(coder, text, "SUPPORT") and not found(coder, text, "REQUEST")


# -- guns and firearms laid down, and an armed group's weapons handed over, are disarmament -------
@pytest.mark.parametrize("text", [
    "Tuareg rebels put down their firearms on Thursday after talks with the governor.",
    "Tuareg rebels laid down their guns on Thursday.",
    "Tuareg rebels handed over their weapons to UN peacekeepers on Thursday.",
])  # fmt: skip
def test_an_armed_group_giving_up_its_guns_disarms(coder, text):
    evs = found(coder, text, "RETREAT")
    assert [e["mode"] for e in evs] == ["disarm"], evs
    assert not found(coder, text, "AID")


@pytest.mark.parametrize("text", [
    "Algeria handed over weapons to the Malian army.",
    # a bloc's members are states, no armed group
    "EU members handed over weapons to Moldova.",
])  # fmt: skip
def test_a_state_handing_over_weapons_still_gives_arms(coder, text):
    assert found(coder, text, "AID") and not found(coder, text, "RETREAT")


# -- demonstrators' damage with no target named is a riot, even when "local" gives the place -----
def test_rioters_looting_local_stores_riot(coder):
    text = "A group of rioters in Valparaiso began looting local stores on Sunday night."
    evs = found(coder, text, "PROTEST")
    assert [(e["mode"], codes(e["target"])) for e in evs] == [("riot", ["CHLGOV"])], evs
    assert not found(coder, text, "COERCE")


@pytest.mark.parametrize("text", [
    "Bolivian police put down the riot in Sucre on Friday.",
    "Bolivian soldiers crushed the riots in the mining towns.",
])  # fmt: skip
def test_putting_down_a_riot_is_repression_not_a_riot_by_the_police(coder, text):
    assert not found(coder, text, "PROTEST")
    evs = found(coder, text, "ASSAULT")
    assert [e["cameo"] for e in evs] == ["175"], evs


# -- police stepping up their presence or patrols mobilise police ---------------------------------
@pytest.mark.parametrize("text", [
    "Bolivian police increased their presence in the centre of La Paz.",
    "Bolivian police stepped up patrols in the capital on Sunday.",
])  # fmt: skip
def test_police_stepping_up_presence_mobilise_police(coder, text):
    evs = found(coder, text, "MOBILIZE")
    assert [e["mode"] for e in evs] == ["police"], evs


# -- a deadline "until" a day to do what is demanded is an ultimatum (gold/CODING.md) -------------
@pytest.mark.parametrize("text,src,tgt", [
    ("The Bolivian army gave the rebels until midnight to leave the town.", "BOLMIL", "BOLREB"),
    ("Bolivia's miners' unions gave the government until Monday to raise wages.", "BOLLAB", "BOLGOV"),
])  # fmt: skip
def test_a_deadline_until_a_day_is_an_ultimatum(coder, text, src, tgt):
    evs = found(coder, text, "THREATEN")
    assert [(e["mode"], codes(e["source"]), codes(e["target"])) for e in evs] == [
        ("relations", [src], [tgt])
    ], evs
