"""Event-side causes of missed and false events found by the blind gold7/gold8 articles and
Guardian text, each tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder, keys, parties

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


# -- tear gas with no one named firing it: the police of the place, or the force told before ----
def test_crowd_control_told_in_the_passive_is_the_local_police(coder):
    text = "LUSAKA (Reuters) - Opposition marchers were met with tear gas outside parliament."
    e = found(coder, text, "ASSAULT")
    assert e and [a["code"] for a in e[0]["source"]] == ["ZMBCOP"], e
    text = (
        "LUSAKA (Reuters) - Several hundred traders gathered outside the city council on Monday. "
        "They were dispersed with water cannon."
    )
    e = found(coder, text, "ASSAULT")
    assert e and [a["code"] for a in e[0]["source"]] == ["ZMBCOP"], e


def test_crowd_control_in_the_passive_is_the_force_that_policed_the_crowd_before(coder):
    text = (
        "Indian troops fired tear gas at stone-throwing youths in Srinagar on Friday. Hours "
        "later, mourners at a funeral in the city were met with pellets."
    )
    e = found(coder, text, "ASSAULT")
    # the troops, not the police of Kashmir (the second act may join the first as its repeat)
    assert e and all(x["source"][0]["code"] == "INDMIL" for x in e), e


def test_foreigners_met_with_tear_gas_get_no_guessed_police(coder):
    text = "LUSAKA (Reuters) - Congolese traders were met with tear gas at the Kasumbalesa border post."
    assert not found(coder, text, "ASSAULT")


# -- "the navies of A and B": each country's navy, both sides of a joint act -------------------
def test_a_plural_body_of_two_countries_is_both(coder):
    text = "The navies of Indonesia and Australia will hold joint exercises in the Timor Sea."
    e = found(coder, text, "COOPERATE")
    assert e and parties(e[0]) == {"IDN", "AUS"} and e[0]["modality"] == "planned", e
    text = "The government of Indonesia and Australia's navy held talks."
    for x in found(coder, text, "CONSULT"):
        assert [a["code"] for a in x["source"]][:1] == ["IDNGOV"], x


# -- "calls on X to do Y" in the present tense: the parser's adverbial clause is the demand --------
def test_what_a_present_tense_call_asks_for_is_no_event_of_its_own(coder):
    text = "Serbia condemns the vote and calls on the Security Council to reject it."
    assert [e["type"] for e in events_of(coder, text, "2026-06-12")] == ["ACCUSE", "REQUEST"]
