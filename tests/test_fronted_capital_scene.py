"""A sentence opened by "In <capital>," moves the scene to that capital: an unqualified
government body that acts in it ("In Washington, the Treasury Department ...", "In Paris,
the foreign ministry ...") belongs to that capital's state, not to the state the story was
about until then."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-03-06")


def test_a_fronted_capital_gives_an_unqualified_ministry_its_country(coder):
    text = (
        "NAIROBI, March 6 - Kenyan police fired tear gas at opposition marchers on Wednesday. "
        "In Washington, the Treasury Department on Thursday imposed sanctions on two Kenyan "
        "police commanders."
    )
    evs = found(coder, text, "SANCTION")
    assert evs and codes(evs[0]["source"])[0].startswith("USA"), evs
    text = (
        "BAMAKO, March 6 - Mali's junta expelled a French journalist on Tuesday. "
        "In Paris, the foreign ministry condemned the expulsion."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"])[0].startswith("FRA"), evs


def test_a_capital_named_later_in_the_sentence_moves_nothing(coder):
    # the capital is where the act is aimed, not a scene opened before the clause
    text = (
        "NAIROBI, March 6 - Kenyan police fired tear gas at opposition marchers on Wednesday. "
        "The interior ministry said on Thursday it would send a delegation to Washington."
    )
    evs = [e for e in found(coder, text, "CONSULT") + found(coder, text, "AGREE")]
    assert all(codes(e["source"])[0].startswith("KEN") for e in evs), evs
