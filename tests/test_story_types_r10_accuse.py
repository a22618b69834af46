"""Causes of labelled-type misses (accusations and investigations, coercion, sanctions)
found by reading the synthetic stories in round 10; each a general construction. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2021-06-09"

found = finder(PUB)


# -- a cyber attack no one is named for: unidentified hackers -----------------------------------------
@pytest.mark.parametrize("text", [
    "A cyber attack on a water plant in Estonia cut supplies to thousands of homes on Monday.",
    "The booking system of Portugal's rail operator was hit by a cyberattack on Sunday and went offline.",
])  # fmt: skip
def test_unclaimed_cyber_attack_is_unidentified_hackers(coder, text):
    e = found(coder, text, "COERCE")
    assert e and e[0]["mode"] == "cyber", e
    # whose hackers, the story does not say: not the country of the victim
    assert [a["country"] for a in e[0]["source"]] == [None], e


def test_cyber_attack_after_its_attribution_is_the_named_hackers(coder):
    text = (
        "Moldova said Russian military hackers had attacked the servers of its customs office. "
        "The cyberattack on the customs office stopped trucks at the border for a day."
    )
    e = found(coder, text, "COERCE")
    assert len(e) >= 1 and all("RUS" in keys(x["source"]) for x in e), e


def test_cyber_attacks_in_general_are_no_attack(coder):
    text = "Cyber attacks and data theft are the new normal for banks, the report said."
    assert not found(coder, text, "COERCE")


def test_cyber_attack_accused_of_is_the_accused_hackers(coder):
    text = (
        "Latvia's security service on Tuesday accused hackers working for Russian military "
        "intelligence of a cyber attack that knocked the website of the electoral commission "
        "offline for a day."
    )
    e = found(coder, text, "COERCE")
    assert e and all("RUS" in keys(x["source"]) for x in e), e


# -- a promised or intended inquiry or prosecution is an accusation to come, not cooperation ----------
@pytest.mark.parametrize("text", [
    "The Zambian government promised to prosecute the officers.",
    "The Zambian government announced its intention to prosecute the officers.",
    "On Friday Zambia announced its intention to launch a prosecution against a former judge.",
])  # fmt: skip
def test_promised_prosecution_is_a_planned_accusation(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and all(x["modality"] == "planned" for x in e), e
    assert not found(coder, text, "AGREE")


def test_intention_to_hold_talks_stays_an_intent_to_meet(coder):
    e = found(coder, "The junta declared its intent to hold talks with the rebels.", "AGREE")
    assert e and e[0]["modality"] == "asserted", e


# -- an officeholder's office and regulators are government bodies -----------------------------------
@pytest.mark.parametrize("text", [
    "The governor's office in Ohio said it opened an investigation into abuses at the state prison.",
    "Environmental regulators in Texas said they would investigate the chemical leak.",
])  # fmt: skip
def test_office_and_regulators_investigate(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "investigate" and "GOV" in e[0]["source"][0]["sector"], e


# -- censorship with no agent is the state's where it happens -----------------------------------------
@pytest.mark.parametrize("text,state", [
    ("Social media platforms were suspended in Gabon after the disputed vote.", "GAB"),
    ("Two opposition newspapers were shut down in Burundi last week.", "BDI"),
])  # fmt: skip
def test_agentless_censorship_is_the_states(coder, text, state):
    e = found(coder, text, "COERCE")
    assert e and state in keys(e[0]["source"]), e


def test_suspended_account_names_no_censor(coder):
    assert not found(coder, "His account was suspended after he posted the video.", "COERCE")


def test_attack_taken_for_an_unclaimed_cyber_attack_gets_no_hackers(coder):
    text = (
        "A cyber attack hit the servers of the laboratory in Porton last year. The attack on "
        "the two defectors in Salisbury was the first use of a nerve agent in Europe."
    )
    e = [x for x in found(coder, text, "COERCE") if "defectors" in x["text"]]
    assert not e, e


def test_closed_railway_station_is_no_censorship(coder):
    text = "About 100 protesters sat on the railway tracks in Leeds, and the station was closed."
    assert not found(coder, text, "COERCE")
    # a suspended station is no suspended broadcaster either
    text = "The Indian government ordered the suspension of three metro stations."
    assert not found(coder, text, "COERCE")


# -- investigations told by other words: solving a crime, a commission on abuses ----------------------
@pytest.mark.parametrize("text", [
    "Ghanaian detectives hope to solve the killing of a market trader in Kumasi.",
    "Sweden will set up a commission on the abuses in Kosovo's prisons.",
])  # fmt: skip
def test_solving_crimes_and_commissions_on_abuses_investigate(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "investigate", e


def test_commission_on_trade_investigates_nothing(coder):
    assert not found(coder, "Sweden will set up a commission on trade with Kosovo.", "ACCUSE")


@pytest.mark.parametrize("text", [
    "Mali's junta ejected the UN observers on Tuesday.",
    "The junta ousted the election monitors from Mali.",
])  # fmt: skip
def test_ejecting_observers_is_expelling_them(coder, text):
    e = found(coder, text, "SANCTION")
    assert e and e[0]["mode"] == "expel", e
