"""Causes of labelled-type misses (investigations, cyber attacks, accusations, protests)
found by reading the synthetic stories in round 12; each a general construction. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import codes, finder, keys

PUB = "2021-06-09"

found = finder(PUB)


# -- what a cyber attack itself does: "a cyberattack crippled the grid" ---------------------------
@pytest.mark.parametrize("text", [
    "On Friday a cyberattack crippled the booking system of Slovakia's national railway.",
    "A ransomware attack paralysed the servers of the Slovak energy ministry on Wednesday.",
    "A massive cyber attack disabled the computers of the Slovak tax office last week.",
])  # fmt: skip
def test_cyber_attack_as_subject_is_a_cyber_attack(coder, text):
    e = found(coder, text, "COERCE")
    assert e and e[0]["mode"] == "cyber", e
    assert "SVK" in keys(e[0]["target"]), e


def test_an_attack_that_is_no_cyber_attack_cripples_nothing(coder):
    assert not found(coder, "The strike crippled the ports of Slovakia for a week.", "COERCE")


# -- an investigation told going on, with the arm of the state that tells of it -------------------
@pytest.mark.parametrize("text,source", [
    ("Austrian prosecutors said an investigation was under way.", "AUTJUD"),
    ("Austrian prosecutors said on Friday that an inquiry is ongoing.", "AUTJUD"),
    ("Austrian police said the cause of the fire remains under investigation.", "AUTCOP"),
    ("The investigation continues, Austrian police said.", "AUTCOP"),
    ("Austrian police said an investigation into the shooting was in progress.", "AUTCOP"),
])  # fmt: skip
def test_investigation_under_way_is_the_tellers(coder, text, source):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "investigate", e
    assert codes(e[0]["source"]) == [source], e


def test_investigation_under_way_with_no_one_to_tell_it_is_no_event(coder):
    assert not found(coder, "An investigation is under way.", "ACCUSE")


# -- a trial told in the passive: the prosecuting state's act, as a charge is ---------------------
@pytest.mark.parametrize("text", [
    "The former Kenyan minister was tried for corruption last year.",
    "A Nairobi court tried the former Kenyan minister for corruption.",
])  # fmt: skip
def test_tried_for_a_crime_is_brought_to_trial(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "allege", e
    assert codes(e[0]["source"]) == ["KENJUD"], e


def test_trying_for_hours_is_no_trial(coder):
    assert not found(
        coder, "Kenyan rescuers tried for hours to reach the trapped miners.", "ACCUSE"
    )
