""" "The group" in what a group's own spokesman says is the spokesman's group ("A BLA
spokesman said the group had no plans to ..."), not another armed group the story named a
sentence or two before."""

from __future__ import annotations

from .conftest import codes, events_of


def test_the_group_in_a_spokesmans_words_is_his_own(coder):
    text = (
        "QUETTA, Pakistan, May 4 - Pakistani Taliban fighters attacked a police checkpoint in "
        "Bannu on Monday, killing three officers. A Balochistan Liberation Army spokesman, "
        "Jeeyand Baloch, said the group had no intention of attacking Chinese engineers."
    )
    evs = [e for e in events_of(coder, text, "2026-05-04") if e["sentence_index"] == 1]
    assert evs and all(codes(e["source"]) == ["PAKREBBLA"] for e in evs), evs


def test_the_group_without_an_organised_speaker_is_the_one_named_before(coder):
    text = (
        "QUETTA, Pakistan, May 4 - Balochistan Liberation Army fighters attacked a police "
        "checkpoint in Turbat on Monday. A police official said the group had also attacked a "
        "bank in the town."
    )
    evs = [e for e in events_of(coder, text, "2026-05-04") if e["sentence_index"] == 1]
    assert evs and all(codes(e["source"]) == ["PAKREBBLA"] for e in evs), evs
