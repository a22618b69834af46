"""Causes of missed THREATEN, RETREAT and MOBILIZE events in short stories, each fixed by a
general rule and tested on invented sentences (and the state behind an agentless arrest in a
story that names one country)."""

from __future__ import annotations

from tests.conftest import codes, finder

_typed = finder("2025-03-12")


# -- the state behind an agentless arrest ------------------------------------------------------
def test_an_agentless_arrest_in_a_story_of_one_country_is_that_states(coder):
    text = (
        "Chad's government has tightened its grip on the press this year. The information "
        "ministry closed two private radio stations in March. A new media law took effect in "
        "June. Three editors were detained on Monday after publishing a report on the budget."
    )
    arrests = [e for e in _typed(coder, text, "COERCE") if e["trigger"] == "were detained"]
    assert arrests and codes(arrests[0]["source"]) == ["TCDGOV"], arrests
    # a story that has named two countries: whose arrest it is stays unsaid
    text = (
        "Chad's government has tightened its grip on the press this year. The information "
        "ministry closed two private radio stations in March, after a row with Niger. A new "
        "media law took effect in June. Three editors were detained on Monday after publishing "
        "a report on the budget."
    )
    arrests = [e for e in _typed(coder, text, "COERCE") if e["trigger"] == "were detained"]
    assert not arrests, arrests


# -- a truce told taking effect ----------------------------------------------------------------
def test_a_truce_made_by_named_parties_that_takes_effect_is_implemented(coder):
    text = "A truce declared by the Karen rebels went into effect in Myanmar on Sunday."
    got = _typed(coder, text, "RETREAT")
    assert got and got[0]["cameo"] == "0871" and got[0]["modality"] == "asserted", got
    assert got[0]["source"][0]["sector"] == ["REB"], got
    text = "The ceasefire signed by Sudan and South Sudan in Addis Ababa has begun to take effect."
    got = _typed(coder, text, "RETREAT")
    assert got and sorted(codes(got[0]["source"])) == ["SDN", "SSD"], got
    # a reaction to a truce, and one only brokered by a third party, tell none implemented
    for text in (
        "The African Union welcomed the truce agreed by Sudan and South Sudan.",
        "A ceasefire brokered by Qatar took effect on Monday.",
    ):
        assert not _typed(coder, text, "RETREAT"), text


# -- forces leaving their positions ------------------------------------------------------------
def test_forces_that_left_their_positions_in_a_place_withdrew(coder):
    # ("leaving Assad in power" is no retreat; "in the north" does not make it one)
    for text in (
        "Malian army units left their positions in the north on Monday.",
        "The junta said that all army units had left their positions in Mali in order to end "
        "the hostilities.",
    ):
        got = _typed(coder, text, "RETREAT")
        assert got and got[0]["cameo"] == "0872", (text, got)


# -- "weighing whether to" ---------------------------------------------------------------------
def test_an_act_weighed_with_whether_to_is_possible_and_held_over_on_a_condition_a_threat(coder):
    text = "The dockers' union is weighing whether to stage a strike in Rotterdam."
    got = _typed(coder, text, "PROTEST")
    assert got and got[0]["modality"] == "possible", got
    text = (
        "The dockers' union in Rotterdam is weighing whether to stage a strike if the port "
        "authority does not raise wages by Friday."
    )
    got = _typed(coder, text, "THREATEN")
    assert got and got[0]["cameo"] == "133", got


# -- the army sent somewhere -------------------------------------------------------------------
def test_sending_the_army_or_the_military_somewhere_is_a_deployment(coder):
    for text in (
        "Niger sent its army into the northern province of Agadez on Monday.",
        "The president said Niger will send the military to the border with Mali.",
    ):
        got = _typed(coder, text, "MOBILIZE")
        assert got and got[0]["cameo"] == "150", (text, got)
