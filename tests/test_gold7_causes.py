"""General causes found by the blind gold7 articles (gold/articles.jsonl, gold7-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import finder

found = finder("2026-07-16")


# -- a clause telling when a future act would happen is no event of its own ----------------------
def test_the_condition_of_a_future_act_is_no_event(coder):
    for text in (
        "Chadian troops will leave their camps in the north once the rebels have disarmed.",
        "The army will pull out of the valley once the militia has disarmed.",
        # a reported "would" moves the pluperfect back: still the condition
        "Officials said the police would free the men once the militia had disarmed.",
    ):
        assert not [e for e in found(coder, text, "RETREAT") if "disarm" in e["trigger"]], text
        assert found(coder, text, "CONCEDE"), text  # the promised act is still coded


def test_a_past_clause_under_a_future_act_keeps_its_event(coder):
    text = "Talks will resume in May after the army withdrew its troops from the town last week."
    assert [e for e in found(coder, text, "RETREAT") if e["modality"] == "asserted"]
    text = (
        "The government would compensate the families of two farmers killed on Friday, when "
        "soldiers opened fire on a crowd in the market."
    )
    assert found(coder, text, "ASSAULT")


# -- a pattern's noun belongs to the pattern's own preposition ---------------------------------
def test_a_noun_under_another_preposition_is_not_the_patterns(coder):
    text = "Under the new accord, Ugandan soldiers will withdraw from their posts in the east."
    assert not found(coder, text, "SANCTION")
    assert found(coder, "Uganda will withdraw from the accord next year.", "SANCTION")


# -- a call between two parties needs two parties --------------------------------------------
def test_two_leaders_who_spoke_by_telephone_held_a_call(coder):
    text = "President Ruto and Prime Minister Abiy Ahmed spoke by telephone on Monday evening."
    e = found(coder, text, "CONSULT")
    assert e and e[0]["mode"] == "phone", e


def test_one_speaker_on_the_telephone_gives_an_interview(coder):
    for text in (
        "Speaking by telephone from Kandahar, a Taliban commander said the talks had failed.",
        "The minister of trade and industry spoke by telephone from Nairobi.",
    ):
        assert not found(coder, text, "CONSULT"), text
