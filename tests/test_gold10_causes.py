"""General causes found by the blind gold10 articles (gold/articles.jsonl, gold10-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder

found = finder("2026-11-26")


# -- a dateline that is only the news desk ----------------------------------------------------------
def test_a_foreign_desk_dateline_does_not_make_the_story_its_country(coder):
    # a story datelined in Dubai about Iran: its unplaced spokesman and agentless arrests are
    # Iran's, not the United Arab Emirates'
    text = (
        "DUBAI, Nov 26 (Reuters) - Iran's interior ministry said on Wednesday that protests over "
        "water shortages had spread to six Iranian provinces.\n\n"
        "Spokesman Karim Rezaei told reporters that 200 people had been detained in Ahvaz and "
        "accused foreign media of inciting the unrest."
    )
    evs = events_of(coder, text, "2026-11-26")
    countries = {a["country"] for e in evs for a in e["source"] + e["target"]}
    assert "ARE" not in countries, evs
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and acc[0]["source"][0]["country"] == "IRN", acc
    # a story from the capital it is about keeps its dateline's country
    text = (
        "NAIROBI, Nov 26 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi.\n\n"
        "Spokesman Peter Mwangi said 40 people had been detained."
    )
    arrests = [e for e in events_of(coder, text, "2026-11-26") if e["type"] == "COERCE"]
    assert arrests and arrests[0]["source"][0]["country"] == "KEN", arrests


# -- an agentless criminal charge is the state's --------------------------------------------------
def test_an_agentless_charge_is_the_prosecuting_states(coder):
    for text in (
        "Two Ugandan journalists were charged with sedition in Kampala on Friday.",
        "The Tanzanian opposition leader was charged with treason on Monday.",
    ):
        e = found(coder, text, "ACCUSE")
        assert e and e[0]["source"][0]["sector"] == ["JUD"], (text, e)
    # an accusation told in the passive is anyone's: no implied state
    assert not found(coder, "The minister was accused of lying.", "ACCUSE")


# -- "is due in" a city is a scheduled visit --------------------------------------------------------
def test_due_in_a_capital_for_talks_is_a_planned_visit(coder):
    e = found(coder, "Chad's foreign minister is due in Khartoum on Sunday for talks.", "CONSULT")
    assert e and e[0]["modality"] == "planned", e
    assert e[0]["date"]["start"] == "2026-11-29", e  # the coming Sunday
    # a stay told in the past stays asserted
    e = found(coder, "Chad's foreign minister was in Khartoum on Sunday for talks.", "CONSULT")
    assert e and e[0]["modality"] == "asserted", e


# -- office holders of a body with an organisation key are that body -----------------------------------
def test_regional_and_armed_leaders_carry_their_organisation(coder):
    e = found(
        coder,
        "Khalifa Haftar met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.",
        "CONSULT",
    )
    assert e and e[0]["source"][0]["org"] == "LNA", e
    e = found(coder, "Masrour Barzani will travel to Ankara next week.", "CONSULT")
    assert e and e[0]["source"][0]["org"] == "KRG" and e[0]["source"][0]["country"] == "IRQ", e


# -- a conditional threat is aimed at whom its condition names ----------------------------------
def test_the_condition_names_the_threatened_actor_within_the_country_hit(coder):
    text = "Israel's defence minister warned that if Hezbollah fires again, Israel will hit Beirut."
    e = found(coder, text, "THREATEN")
    assert e and {a["org"] for a in e[0]["target"]} == {"HEZBOLLAH"}, e
    # a condition naming an actor of another country leaves the place's state as target
    e = found(
        coder,
        "Turkey warned that if the PKK attacks again, it will bomb northern Iraq.",
        "THREATEN",
    )
    assert e and {a["country"] for a in e[0]["target"]} == {"IRQ"}, e
