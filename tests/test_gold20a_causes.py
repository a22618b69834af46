"""Causes of the errors the blind gold20-01..04 articles showed (sentences written for these
tests: other names, places and wording)."""

from __future__ import annotations

from .conftest import finder, keys, parties

found = finder("2026-11-20")


# -- "exchanged gunfire" with the parties as a joint subject ----------------------------------
def test_bare_exchange_of_gunfire_is_an_attack(coder):
    evs = found(coder, "Armenian and Azerbaijani soldiers exchanged gunfire near Sotk on Tuesday.",
                "ASSAULT")  # fmt: skip
    assert evs and keys(evs[0]["source"]) == {"ARM", "AZE"}, evs
    assert evs[0]["date"]["start"] == "2026-11-17", evs


# -- "the heads of the two countries' border services": the pair, one possessive down -----------
def test_heads_of_the_two_countries_bodies_are_the_pair(coder):
    text = ("Armenian and Azerbaijani troops clashed near Sotk on Tuesday. The chiefs of the two "
            "countries' defence ministries spoke by telephone on Wednesday and agreed on a truce.")  # fmt: skip
    call = found(coder, text, "CONSULT")
    assert call and parties(call[0]) == {"ARM", "AZE"}, call
    truce = found(coder, text, "CONCEDE")
    assert truce and parties(truce[0]) == {"ARM", "AZE"}, truce


# -- "their presidents" after an event between two parties: both ------------------------------
def test_their_leaders_after_a_pair_are_both(coder):
    text = ("Armenian and Azerbaijani troops clashed near Sotk on Tuesday. The neighbours fought a "
            "war over the region in 2020, when thousands were killed. In 2025 their presidents "
            "signed a peace framework in Abu Dhabi.")  # fmt: skip
    evs = found(coder, text, "SUPPORT")
    assert evs and parties(evs[0]) == {"ARM", "AZE"}, evs
    assert all(a["sector"] == ["GOV"] for a in evs[0]["source"] + evs[0]["target"]), evs


# -- a second speech verb after a quoted adverbial clause is the speaker's ----------------------
def test_speech_verb_after_a_quoted_clause_is_the_speakers(coder):
    text = ('Houthi leader Abdul-Malik al-Houthi said the movement would never stop "while a single '
            'warship remains in our waters" and accused London of "serving Washington".')  # fmt: skip
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "HOUTHIS", evs
    assert keys(evs[0]["target"]) == {"GBR"}, evs


# -- a refusal of a proposal its relative clause says someone presented: aimed at its author ------
def test_a_proposal_answered_is_aimed_at_its_author(coder):
    text = ("The rebels turned down a truce plan that the Qatari mediator presented in Doha on "
            "Monday.")  # fmt: skip
    evs = found(coder, text, "REJECT")
    assert evs and keys(evs[0]["target"]) == {"QAT"}, evs
    evs = found(coder, "Kenya accepted a proposal that the African Union made last month.", "AGREE")
    assert evs and keys(evs[0]["target"]) == {"AU"}, evs
    # a plan whose clause names no author keeps no target from it
    evs = found(coder, "The rebels rejected the plan that was drawn up in Doha.", "REJECT")
    assert evs and not evs[0]["target"], evs


# -- "the UN office", "the UN agency": the body of that family named lately -------------------------
def test_the_un_agency_is_the_un_body_named_before(coder):
    text = ("Soldiers let a UNICEF convoy reach the camp on Monday, the agency said. On Tuesday the "
            "UN agency accused the army of blocking a second convoy.")  # fmt: skip
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "UNICEF", evs
    # with no body of the family told before it stays the parent
    evs = found(coder, "The UN agency accused the army of blocking a convoy.", "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "UN", evs


# -- people a side held, handed over: a release, not an extradition -------------------------------
def test_soldiers_and_civilians_handed_over_are_released(coder):
    text = ("Armenian and Azerbaijani troops clashed on Tuesday. On Thursday the two sides handed "
            "over two shepherds and a soldier captured during the fighting.")  # fmt: skip
    evs = found(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0841", evs
    assert not found(coder, text, "COOPERATE")
    # suspects handed over are still extradited
    evs = found(coder, "Kenya handed over two suspects to Uganda on Monday.", "COOPERATE")
    assert evs and evs[0]["cameo"] == "063", evs


def test_a_un_description_with_its_name_is_that_name(coder):
    text = ("Kinshasa called on the U.N. Security Council to meet. The U.N. peacekeeping mission, "
            "MONUSCO, said it had opened an investigation. It urged the army to protect civilians.")  # fmt: skip
    evs = found(coder, text, "REQUEST")
    req = [e for e in evs if "protect" in e["trigger"]]
    assert req and req[0]["source"][0]["org"] == "MONUSCO", evs


# -- "let a convoy through": access granted to the convoy's owner -------------------------------
def test_a_convoy_let_through_is_access(coder):
    text = "Government troops let a UNICEF convoy of nine lorries through to Kadugli on Friday."
    evs = found(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0863" and evs[0]["target"][0]["org"] == "UNICEF", evs


# -- "as" opening a clause whose subject is coordinated -----------------------------------------
def test_as_clause_keeps_its_first_subject(coder):
    text = ("Markets stayed shut in Kathmandu on Monday as the main opposition party, the CPN-UML, "
            "and allied student unions staged a general strike.")  # fmt: skip
    evs = found(coder, text, "PROTEST")
    assert evs and len(evs[0]["source"]) == 2, evs
    assert any("OPP" in a["sector"] for a in evs[0]["source"]), evs


def test_the_un_agency_is_the_speaker_before_a_body_named_in_passing(coder):
    # the reporting subject (the refugee agency), not the body whose convoy it spoke of
    text = ("The UN refugee agency said gunmen looted a World Food Programme convoy near Bunia "
            "on Sunday. The UN agency accused the militia of blocking aid to the camps.")  # fmt: skip
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "UNHCR", evs
