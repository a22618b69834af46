"""A sentence opened by "In <capital>," gives its state only to the unqualified body that
acts there (the clause's subject): the bodies it acts on stay those of the story, and a body
named after its leader keeps the leader's country."""

from __future__ import annotations

from tests.conftest import codes, finder

found = finder("2026-03-06")

STORY = "KINSHASA, March 6 - Fighting spread through eastern Congo on Wednesday. "


def test_the_target_after_a_fronted_capital_stays_the_storys(coder):
    text = STORY + "In Paris, the foreign ministry urged the army to protect civilians."
    evs = found(coder, text, "REQUEST")
    assert evs and codes(evs[0]["source"])[0].startswith("FRA"), evs
    assert codes(evs[0]["target"]) == ["CODMIL"], evs


def test_a_government_named_after_its_leader_keeps_his_country(coder):
    text = (
        "DAMASCUS, March 6 - Shelling hit northern Syria on Wednesday. In Moscow, the "
        "government of Bashar al-Assad accused Turkey of backing rebels."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"])[0] == "SYRGOV", evs
