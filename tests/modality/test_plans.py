"""Planned and future acts: announced, scheduled, due, expected acts and the auxiliaries of the
future."""

from __future__ import annotations

import pytest

from dotterel.events.extract import nonevents, recode
from dotterel.events.modality import FUTURE_AUX, PLANNED_AUX
from dotterel.ground import clauses
from tests.conftest import event_rows, events_of, finder, keys
from tests.helpers import (
    _of_type,
    found_2003_05_06,
    found_2011_03_09,
    found_2021_06_09,
    found_2026_03_18,
    found_2026_06_12,
    found_2026_07_16,
    found_2026_11_26,
    found_2026_11_28,
    found_2026_11_30,
)

found = finder("2024-05-02")
PUB = "2021-05-12"


def test_a_call_on_ones_own_people_to_protest_is_ones_own_planned_protest(coder):
    for text, src in (
        ("Opposition leaders in Lome called on their supporters to march through the capital "
         "on Tuesday.", "TGO"),
        ("The Kenyan opposition urged its supporters to stage protests on Friday.", "KEN"),
    ):  # fmt: skip
        pr = found(coder, text, "PROTEST")
        assert pr and pr[0]["modality"] == "planned", events_of(coder, text, "2024-05-02")
        assert keys(pr[0]["source"]) == {src} and "OPP" in pr[0]["source"][0]["code"], pr
        assert not found(coder, text, "REQUEST"), text
    # a call on others to protest stays their demand, no protest of the caller's
    text = "The Kenyan opposition urged the teachers to stage protests on Friday."
    assert found(coder, text, "REQUEST"), events_of(coder, text, "2024-05-02")


def test_due_back_in_a_capital_is_a_planned_visit(coder):
    text = "The Kenyan envoy is due back in Addis Ababa on Saturday."
    visit = found(coder, text, "CONSULT")
    assert visit and visit[0]["cameo"] == "042", events_of(coder, text, "2024-05-02")
    assert keys(visit[0]["target"]) == {"ETH"} and visit[0]["modality"] == "planned", visit


def test_supply_a_deal_foresees_stays_planned_cooperation(coder):
    e = found_2026_06_12(
        coder, "Under the deal, Turkey will supply electricity to Georgia.", "COOPERATE"
    )
    assert e and e[0]["modality"] == "planned", e


def test_a_scheduled_joint_exercise_is_no_promise(coder):
    rows = event_rows(
        coder, "Turkey said it would hold joint exercises with Azerbaijan next month.", "2026-06-12"
    )
    assert not any(r[0] == "AGREE" for r in rows), rows


def test_one_set_of_future_auxiliaries_with_both_apostrophes():
    assert PLANNED_AUX | {"would"} == FUTURE_AUX
    assert {"will", "would", "shall", "wo", "'ll", "’ll"} <= FUTURE_AUX
    assert clauses.WILL_AUX == FUTURE_AUX
    assert FUTURE_AUX | {"'d", "’d"} == nonevents._FUTURE_AUX
    assert not hasattr(recode, "WILL_NOT")
    assert {"'ve", "’ve", "'d", "’d", "had"} <= clauses.PERFECT_AUX


def test_condition_of_a_future_act_is_no_event_with_a_typographic_apostrophe(coder):
    """ "they’ll withdraw once the militants have disarmed": the disarming is the condition
    of the withdrawal, not a disarmament that happened, whichever apostrophe is printed."""
    for aux in ("'ll", "’ll", " will"):
        text = (f"Ankara said on Monday that they{aux} withdraw from the enclave once the "
                "militants have disarmed.")  # fmt: skip
        got = [e for e in events_of(coder, text, PUB) if e["cameo"] == "0873"]
        assert got == [], aux


def test_due_in_a_capital_for_talks_is_a_planned_visit(coder):
    e = found_2026_11_26(
        coder, "Chad's foreign minister is due in Khartoum on Sunday for talks.", "CONSULT"
    )
    assert e and e[0]["modality"] == "planned", e
    assert e[0]["date"]["start"] == "2026-11-29", e  # the coming Sunday
    # a stay told in the past stays asserted
    e = found_2026_11_26(
        coder, "Chad's foreign minister was in Khartoum on Sunday for talks.", "CONSULT"
    )
    assert e and e[0]["modality"] == "asserted", e


def test_due_in_a_capital_is_a_planned_visit(coder):
    evs = events_of(coder, "China's foreign minister is due in New Delhi in December for the next round of talks.",
                    "2026-08-20")  # fmt: skip
    assert [(e["type"], e["modality"]) for e in evs] == [("CONSULT", "planned")], evs
    assert keys(evs[0]["target"]) == {"IND"}, evs
    # a defendant due in court pays no visit
    assert not found_2026_03_18(
        coder, "The former Kenyan minister is due in court on Monday.", "CONSULT"
    )
    # being there for talks is still a visit told as a fact
    e = found_2026_03_18(
        coder,
        "The Chinese foreign minister was in New Delhi for talks on Monday.",
        "CONSULT",
        "2026-08-20",
    )
    assert e and e[0]["modality"] == "asserted", e


def test_a_scheduled_sanction_is_planned_not_a_threat(coder):
    text = (
        "EU foreign ministers are due to approve a new package of sanctions on Belarus on Monday."
    )
    evs = found_2026_11_30(coder, text, "SANCTION")
    assert evs and evs[0]["modality"] == "planned" and "BLR" in keys(evs[0]["target"]), evs
    assert not found_2026_11_30(coder, text, "THREATEN")
    evs = found_2026_11_30(
        coder, "The EU is set to impose fresh sanctions on Belarus next week.", "SANCTION"
    )
    assert evs and evs[0]["modality"] == "planned", evs
    # the actor's own plan to sanction is still a threat
    assert found_2026_11_30(coder, "The EU plans to impose sanctions on Belarus.", "THREATEN")
    evs = found_2026_11_30(
        coder, "The EU adopted a new round of sanctions against Belarus.", "SANCTION"
    )
    assert evs and "BLR" in keys(evs[0]["target"]), evs


def test_a_finite_verb_does_not_share_the_modal_of_the_verb_it_is_parsed_with(coder):
    # the parser hangs "offered" on "respond"; a past-tense verb cannot share "would not"
    text = (
        "The minister said Ghana would not respond by closing its own airspace, and offered "
        "to hold a joint inquiry."
    )
    evs = found_2026_11_28(coder, text, "AGREE")
    assert evs and all(e["modality"] == "asserted" for e in evs), evs
    # a bare verb still shares it
    text = "The minister said Ghana would not attend the talks and would boycott the summit."
    evs = found_2026_11_28(coder, text, "CONSULT")
    assert evs and all(e["modality"] == "negated" for e in evs), evs


def test_a_past_clause_under_a_future_act_keeps_its_event(coder):
    text = "Talks will resume in May after the army withdrew its troops from the town last week."
    assert [e for e in found_2026_07_16(coder, text, "RETREAT") if e["modality"] == "asserted"]
    text = (
        "The government would compensate the families of two farmers killed on Friday, when "
        "soldiers opened fire on a crowd in the market."
    )
    assert found_2026_07_16(coder, text, "ASSAULT")


def test_due_in_a_city_next_week_is_a_planned_visit(coder):
    for text in (
        "The Peruvian foreign minister is due in Quito next week for talks.",
        "Norway's envoy is due in Colombo later this month.",
    ):
        e = found_2026_11_26(coder, text, "CONSULT")
        assert e and e[0]["cameo"] == "042" and e[0]["modality"] == "planned", (text, e)
        assert e[0]["source"][0]["code"] not in ("", None), e


def test_a_plan_for_an_act_makes_it_planned(coder):
    evs = events_of(
        coder,
        "Belgian commanders were ordered to plan for a withdrawal of troops from Mali by June.",
        "2024-05-02",
    )
    assert evs and all(e["modality"] != "asserted" for e in evs), evs


def test_an_act_one_is_yet_to_do_has_not_happened(coder):
    for text, typ in (
        ("Egypt is yet to offer asylum to the refugees.", "AID"),
        ("The Kenyan government has yet to release the detainees.", "RETREAT"),
        ("Kenya is yet to hold talks with Uganda.", "CONSULT"),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), typ)
        assert evs and all(e["modality"] == "negated" for e in evs), (text, evs)
    # an act arranged for the future stays planned or announced, not denied
    evs = events_of(coder, "Under the deal, Kenya is to release 40 detainees.", "2024-05-02")
    assert evs and all(e["modality"] != "negated" for e in evs), evs


def test_a_modal_hung_on_the_auxiliary_be_still_counts(coder):
    evs = _of_type(
        events_of(coder, "Britain should be leading condemnation of these killings.", "2024-05-02"),
        "ACCUSE",
    )
    assert evs and evs[0]["modality"] == "hypothetical", evs
    evs = _of_type(
        events_of(coder, "Kenya could be preparing an attack on Somalia.", "2024-05-02"), "MOBILIZE"
    )
    assert evs and evs[0]["modality"] == "possible", evs


@pytest.mark.parametrize("text,typ,src", [
    ("The African Union has in a communique condemned the coup in Niger.", "ACCUSE", "AU"),
    ("The European Union has in a report criticised the Hungarian media law.", "ACCUSE", "EU"),
    ("Japan has in a letter protested the Chinese drills.", "ACCUSE", "JPN"),
])  # fmt: skip
def test_a_phrase_after_the_auxiliary_keeps_the_subject(coder, text, typ, src):
    e = found_2003_05_06(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e


@pytest.mark.parametrize("text", [
    "The Zambian government promised to prosecute the officers.",
    "The Zambian government announced its intention to prosecute the officers.",
    "On Friday Zambia announced its intention to launch a prosecution against a former judge.",
])  # fmt: skip
def test_promised_prosecution_is_a_planned_accusation(coder, text):
    e = found_2021_06_09(coder, text, "ACCUSE")
    assert e and all(x["modality"] == "planned" for x in e), e
    assert not found_2021_06_09(coder, text, "AGREE")


def test_due_to_a_gerund_is_no_planned_act(coder):
    assert not found_2011_03_09(
        coder, "The talks were postponed due to fighting in the north.", "ASSAULT"
    )


def test_an_act_after_before_or_until_under_a_future_is_future_too(coder):
    # announced by the actor itself, its own future attack is a threat
    for text in (
        "The Karen rebels will give the army one more week before resuming their attacks on "
        "the garrison.",
        "Hezbollah said it will wait two days before launching an offensive against the militia.",
    ):
        assert found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")
        assert not found(coder, text, "ASSAULT"), text
    # a signing after a future flight is a promise to sign (AGREE), not a signing told
    text = "The Kenyan president will fly to Addis Ababa before signing a trade deal with Ethiopia."
    assert found(coder, text, "AGREE"), events_of(coder, text, "2024-05-02")
    assert not found(coder, text, "SUPPORT"), text
    # told in the past, the act came after: asserted; a negated future does not deny it
    text = "The army waited two days before launching an offensive against the Karen rebels."
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["modality"] == "asserted", evs
    text = "The army did not wait long before launching an offensive against the Karen rebels."
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["modality"] == "asserted", evs
    # not waiting under a future brings the act on: still to come, a threat, not an attack told
    text = "The militia said it will not wait long before launching an offensive on the port."
    assert found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")
    assert not found(coder, text, "ASSAULT"), text


def test_a_planned_act_does_not_take_a_noun_event_from_a_background_phrase(coder):
    # the plan's act is the price rise; the protests after or despite which it comes are no
    # planned protest of the planner
    for text in (
        "The cabinet plans to raise bread prices despite the strikes.",
        "The cabinet intends to raise bread prices after the protests.",
    ):
        assert not found(coder, text, "PROTEST"), events_of(coder, text, "2024-05-02")
    text = "The cabinet plans to hold talks with the unions."
    assert found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")


def test_a_day_a_call_gives_is_the_called_acts_day_ahead(coder):
    # published Thursday 2024-05-02: the strike starts next Monday, the rally is next Saturday
    for text, day in (
        ("HARARE - The Zimbabwean opposition has called a three-day general strike from Monday.",
         "2024-05-06"),
        ("HARARE - The Zimbabwean teachers' union has called a rally in Bulawayo on Saturday.",
         "2024-05-04"),
    ):  # fmt: skip
        evs = found(coder, text, "PROTEST")
        assert evs and evs[0]["modality"] == "planned", evs
        assert evs[0]["date"]["start"] == day, evs
    # a simple past call on a day is the call's own day; a span "from ... to" is the act's
    evs = found(coder, "HARARE - The Zimbabwean opposition called a rally on Monday.", "PROTEST")
    assert evs and evs[0]["modality"] == "asserted" and evs[0]["date"]["start"] == "2024-04-29"


@pytest.mark.parametrize(
    "text,trigger",
    [
        (
            "Rebels attacked the town on Monday. On Thursday, the envoy is to meet rebel leaders in Nairobi.",
            "to meet",
        ),
        ("The two foreign ministers are to sign the accord in Doha on Friday.", "to sign accord"),
        ("A Sudanese delegation is to travel to Jeddah on Friday.", "to travel to"),
    ],
)
def test_a_person_or_delegation_that_is_to_act_plans_it_on_the_next_such_day(coder, text, trigger):
    # published on a Wednesday: "is to meet ... on Thursday" is arranged for the next Thursday,
    # not the Thursday before the Monday the story has told
    evs = [e for e in events_of(coder, text, "2026-11-18") if e["trigger"] == trigger]
    assert [(e["modality"], e["date"]["start"]) for e in evs] in (
        [("planned", "2026-11-19")],
        [("planned", "2026-11-20")],
    ), evs


@pytest.mark.parametrize(
    "text,lemma",
    [
        ("The Kenyan foreign minister travels to Uganda on Thursday.", "travel"),
        ("The Kenyan president flies to Uganda next week.", "fly"),
        ("The Kenyan foreign minister meets his Ugandan counterpart in Kampala tomorrow.", "meet"),
    ],
)
def test_a_trip_told_in_the_present_with_a_time_ahead_is_planned(coder, text, lemma):
    # published on a Wednesday: a scheduled trip or meeting in the simple present is planned,
    # and "on Thursday" is the next day, not the Thursday before
    evs = [e for e in events_of(coder, text, "2026-11-18") if e["type"] == "CONSULT"]
    assert evs and all(e["modality"] == "planned" for e in evs), (lemma, evs)
    assert all(e["date"]["start"] >= "2026-11-18" for e in evs if e["date"]), evs


def test_a_present_without_a_time_ahead_stays_asserted(coder):
    # a headline's present is past: no time ahead, no scheduled act
    evs = [e for e in events_of(coder, "Kenya expels Ugandan envoy", "2026-11-18")]
    assert evs and all(e["modality"] == "asserted" for e in evs), evs
