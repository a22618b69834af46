"""Causes of labelled-type misses (coercion, concessions, sanctions, cooperation) found by
reading the synthetic stories in round 9; each a general construction. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2019-10-14"

found = finder(PUB)


def _assert_coded(coder, text: str, typ: str, cameo: str, src: str) -> None:
    """An event of this type and CAMEO code, done by `src`, is coded from the text."""
    e = [x for x in found(coder, text, typ) if x["cameo"] == cameo]
    assert e and src in keys(e[0]["source"]), e


# -- "carried out cyber attacks": the light verb with a cyber attack --------------------------------
@pytest.mark.parametrize("text,src", [
    ("Officials said Iranian army units had carried out cyber strikes in four provinces.", "IRN"),
    ("The Iranian army carried out cyber attacks on the networks of three ministries.", "IRN"),
    ("North Korean hackers carried out a cyberattack on the central bank.", "PRK"),
])  # fmt: skip
def test_carrying_out_a_cyber_attack_is_no_armed_attack(coder, text, src):
    _assert_coded(coder, text, "COERCE", "170", src)
    assert not found(coder, text, "ASSAULT")


def test_carrying_out_attacks_stays_an_armed_attack(coder):
    assert found(
        coder, "The Iranian army carried out attacks on three Kurdish villages.", "ASSAULT"
    )


# -- social media taken off line --------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("Police in Kano shut down Facebook and Twitter after the riots.", "NGA"),
    ("Kenyan authorities suspended social media platforms after the disputed vote.", "KEN"),
    ("The Ugandan government blocked social media on the eve of the election.", "UGA"),
])  # fmt: skip
def test_taking_social_media_off_line_is_censorship(coder, text, src):
    _assert_coded(coder, text, "COERCE", "1721", src)


def test_closing_a_companys_sites_is_no_censorship(coder):
    assert not found(coder, "The mining company closed its sites in the north.", "COERCE")


# -- "resorted to mass arrests": a light verb with a prepositional object -----------------------------
@pytest.mark.parametrize("text,src", [
    ("Cameroonian police resorted to mass arrests to end the protests.", "CMR"),
    ("Activists said Zambia's police have resorted to arbitrary arrests of critics.", "ZMB"),
])  # fmt: skip
def test_resorting_to_arrests_is_arresting(coder, text, src):
    _assert_coded(coder, text, "COERCE", "173", src)


def test_resorting_to_selling_livestock_is_no_event(coder):
    assert not found(coder, "Many families resorted to selling their livestock.", "COERCE")


# -- an attack claimed, with no target named ------------------------------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Hamas claimed responsibility for an attack in which three Israeli soldiers were killed.",
     "PSE", None),
    ("Al-Shabaab claimed responsibility for a dawn raid that wounded four Kenyan soldiers.",
     "SOM", "KEN"),
    ("Hamas claimed responsibility for an attack on Israeli soldiers near Jenin.", "PSE", "ISR"),
])  # fmt: skip
def test_an_attack_claimed_is_the_claimants(coder, text, src, tgt):
    e = found(coder, text, "ASSAULT")
    assert e and src in keys(e[0]["source"]), e
    if tgt:
        assert tgt in keys(e[0]["target"]), e


def test_a_claim_of_an_attack_told_before_is_no_second_attack(coder):
    text = ("Three soldiers were killed in an attack near Jenin on Sunday. "
            "Hamas claimed responsibility for the attack.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert len(e) == 1 and "PSE" in keys(e[0]["source"]), e


def test_no_one_claiming_an_attack_gives_no_claimant(coder):
    assert not found(coder, "No group has claimed responsibility for the raid.", "ASSAULT")


# -- beaten with a bat -------------------------------------------------------------------------------
def test_beating_with_a_bat_is_a_beating(coder):
    e = found(coder, "Unidentified assailants beat opposition leader Juan Perez with a baseball bat "
                     "in Manila.", "ASSAULT")  # fmt: skip
    assert e and e[0]["cameo"] == "182", e
    assert not found(coder, "The Dodgers beat the Giants with a late home run.", "ASSAULT")


# -- "an agreement to withdraw": what an agreement provides for is agreed, not done ----------------
def test_an_agreement_to_withdraw_is_a_concession_not_a_withdrawal(coder):
    text = (
        "Sudan and the rebels reached an agreement to withdraw their forces from the border town."
    )
    assert found(coder, text, "CONCEDE")
    assert not found(coder, text, "RETREAT")


def test_a_deal_to_share_intelligence_is_agreed_cooperation(coder):
    text = "Kenya and Uganda signed an agreement to share intelligence on the militants."
    assert not found(coder, text, "COOPERATE")


# -- "gave up its opposition": giving up what one held out for --------------------------------------
@pytest.mark.parametrize("text,src", [
    ("Gambia gave up its opposition to Senegal's membership bid.", "GMB"),
    ("The Kachin rebels gave up their demand for a separate state.", "MMR"),
])  # fmt: skip
def test_giving_up_an_objection_or_demand_is_a_concession(coder, text, src):
    _assert_coded(coder, text, "CONCEDE", "080", src)


def test_giving_up_a_dream_is_no_concession(coder):
    assert not found(coder, "The striker gave up on his dream of playing abroad.", "CONCEDE")


def test_a_claim_of_an_attack_by_unnamed_fighters_is_no_second_attack(coder):
    text = ("Suspected jihadist fighters attacked an army post in northern Mali on Tuesday, "
            "killing six soldiers.\n\nThe group JNIM claimed responsibility for the attack "
            "on Wednesday.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert len(e) == 1, e


# -- beaten by security forces -----------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("The opposition leader had been beaten by Zambian riot police, an MP said.", "ZMB"),
    ("Malian soldiers beat villagers in the market in Gao.", "MLI"),
])  # fmt: skip
def test_security_forces_beating_anyone_is_an_assault(coder, text, src):
    _assert_coded(coder, text, "ASSAULT", "182", src)


def test_police_beating_a_deadline_is_no_assault(coder):
    assert not found(coder, "Police beat the deadline to file the charges.", "ASSAULT")
