"""A condemnation of an act ("condemned the attack on its embassy") blames the one who did it,
or no one when none is named: the one the act was done to is no target of the ACCUSE.
Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2024-02-20"


def _accuse_targets(coder, text):
    return [
        [a["code"] for a in e["target"]]
        for e in events_of(coder, text, PUB)
        if e["type"] == "ACCUSE"
    ]


def test_the_victim_of_a_condemned_attack_is_no_target(coder):
    got = _accuse_targets(
        coder, "The Egyptian foreign ministry condemned the attack on its embassy in Khartoum."
    )
    assert got == [[]], got


def test_a_foreign_victim_is_no_target_either(coder):
    got = _accuse_targets(
        coder, "Egypt's foreign ministry condemned the attack on the Sudanese embassy in Cairo."
    )
    assert got == [[]], got


def test_the_named_attacker_is_the_target(coder):
    got = _accuse_targets(coder, "France condemned the Russian attack on Kyiv.")
    assert got == [["RUS"]], got
