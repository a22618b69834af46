"""Causes of labelled-type misses (coercion, concessions, sanctions, cooperation) found by
reading the synthetic stories in round 9; each a general construction. The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2019-10-14"

found = finder(PUB)


# -- "carried out cyber attacks": the light verb with a cyber attack --------------------------------
@pytest.mark.parametrize("text,src", [
    ("Officials said Iranian army units had carried out cyber strikes in four provinces.", "IRN"),
    ("The Iranian army carried out cyber attacks on the networks of three ministries.", "IRN"),
    ("North Korean hackers carried out a cyberattack on the central bank.", "PRK"),
])  # fmt: skip
def test_carrying_out_a_cyber_attack_is_no_armed_attack(coder, text, src):
    e = [x for x in found(coder, text, "COERCE") if x["cameo"] == "170"]
    assert e and src in keys(e[0]["source"]), e
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
    e = [x for x in found(coder, text, "COERCE") if x["cameo"] == "1721"]
    assert e and src in keys(e[0]["source"]), e


def test_closing_a_companys_sites_is_no_censorship(coder):
    assert not found(coder, "The mining company closed its sites in the north.", "COERCE")


# -- "resorted to mass arrests": a light verb with a prepositional object -----------------------------
@pytest.mark.parametrize("text,src", [
    ("Cameroonian police resorted to mass arrests to end the protests.", "CMR"),
    ("Activists said Zambia's police have resorted to arbitrary arrests of critics.", "ZMB"),
])  # fmt: skip
def test_resorting_to_arrests_is_arresting(coder, text, src):
    e = [x for x in found(coder, text, "COERCE") if x["cameo"] == "173"]
    assert e and src in keys(e[0]["source"]), e


def test_resorting_to_selling_livestock_is_no_event(coder):
    assert not found(coder, "Many families resorted to selling their livestock.", "COERCE")
