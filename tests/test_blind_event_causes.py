"""Event-side causes of missed and false events found by the blind gold7/gold8 articles and
Guardian text, each tested on invented sentences."""

from __future__ import annotations

from .conftest import finder, keys

found = finder("2026-06-12")


# -- a parliament throwing out the government's budget rejects the government --------------------
def test_the_owner_of_a_rejected_budget_is_the_target(coder):
    text = "LILONGWE (Reuters) - Lawmakers threw out the government's budget on Thursday."
    e = found(coder, text, "REJECT")
    assert e and keys(e[0]["source"]) == {"MWI"} and keys(e[0]["target"]) == {"MWI"}, e
    assert e[0]["target"][0]["sector"] == ["GOV"], e
    assert not found(coder, text, "SANCTION")  # no one was thrown out


# -- a lawsuit "accusing it of genocide" is one act: the accusation is what the case says ---------
def test_the_accusation_a_lawsuit_makes_is_no_second_event(coder):
    text = (
        "Bolivia filed a case against Chile at the International Court of Justice on Monday, "
        "accusing it of diverting a border river."
    )
    e = found(coder, text, "ACCUSE")
    assert [x["cameo"] for x in e] == ["115"], e
    assert keys(e[0]["source"]) == {"BOL"} and keys(e[0]["target"]) == {"CHL"}, e
    text = "Peru lodged a complaint against Ecuador at the WTO, accusing it of dumping shrimp."
    e = found(coder, text, "ACCUSE")
    assert len(e) == 1 and keys(e[0]["target"]) == {"ECU"}, e


# -- a live blog's statement quoted after "X has issued a statement:" is X's ---------------------
def test_a_statement_quoted_after_a_colon_is_the_speakers(coder):
    text = (
        "Kenya's foreign ministry has just issued a statement:\n\n"
        '"We condemn the expulsion of our diplomats and call on Mogadishu to reverse it."'
    )
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"KEN"}, e
    text = 'Kenya\'s foreign ministry issued a statement: "We condemn the expulsion."'
    e = found(coder, text, "ACCUSE")
    assert e and keys(e[0]["source"]) == {"KEN"}, e


def test_a_quote_after_an_unrelated_paragraph_has_no_speaker_from_before(coder):
    text = (
        "Kenya's foreign ministry has just issued a statement:\n\n"
        "The border crossing at Mandera stayed shut on Friday.\n\n"
        '"We condemn the expulsion of our diplomats."'
    )
    assert not found(coder, text, "ACCUSE")
