"""Conditions: acts under if, unless and until, counterfactuals and conditional responses."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    found_2001_03_02,
    found_2019_02_20,
    found_2021_03_09,
    found_2022_03_09,
    found_2024_05_02,
    found_2024_05_15,
    found_2025_03_05,
    found_2026_06_12,
    found_2026_07_16,
    found_2026_10_01,
    found_2026_10_14,
    found_2026_11_20,
    found_2026_11_23,
    found_2026_11_25,
    found_2026_11_26,
    one,
)

PUB = "2003-05-06"
found = finder(PUB)
_typed = finder("2025-03-12")
# a coercive act an actor raises, weighs or plans on a condition (if/unless) is held over the
# other side: a threat (PLOVER THREATEN), as "would ... if" already is
RAISED_PUB = "2019-04-10"


def test_being_able_to_agree_under_if_is_a_condition(coder):
    text = "If Israel and Hamas are able to reach agreement, the hostages will be freed."
    assert not found_2026_10_01(coder, text, "AGREE")


def test_an_unconditional_announced_sanction_is_planned(coder):
    for text in (
        "Tokyo said it would blacklist a further six companies next week.",
        "The EU will impose new sanctions on Belarus next week, the commission said.",
        "The United States said on Tuesday it would impose sanctions on three Iranian officials.",
    ):
        sa = found_2025_03_05(coder, text, "SANCTION")
        assert sa and sa[0]["modality"] == "planned", events_of(coder, text, "2025-03-05")
        assert not found_2025_03_05(coder, text, "THREATEN"), text
    # on a condition, warned of or threatened, it stays a threat
    for text in (
        "The EU said it would impose sanctions on Belarus if the crackdown continued.",
        "Canada warned it would impose sanctions on Moscow.",
        "Japan threatened to impose sanctions on North Korea.",
    ):
        assert found_2025_03_05(coder, text, "THREATEN"), events_of(coder, text, "2025-03-05")
        assert not found_2025_03_05(coder, text, "SANCTION"), text


def test_a_conditional_own_act_warned_of_is_a_threat(coder):
    text = ("Iran warned that if the agency's board passed a resolution, it would raise "
            "uranium enrichment to 90 percent.")  # fmt: skip
    thr = found_2026_10_01(coder, text, "THREATEN")
    assert thr and keys(thr[0]["source"]) == {"IRN"} and thr[0]["modality"] == "asserted", thr


def test_a_conditional_consequence_is_no_threat(coder):
    for text in (
        "The UN warned that if the war continued, it would lead to famine.",
        "The WHO warned that if the outbreak spread, it would overwhelm clinics.",
    ):
        assert not found_2026_10_01(coder, text, "THREATEN"), text


def test_an_invitation_on_a_condition_stays_hypothetical(coder):
    e = found_2026_06_12(
        coder,
        "The Indonesian president said he would invite rebel leaders for talks if they laid down"
        " their arms.",
        "AGREE",
    )
    assert e and e[0]["modality"] == "hypothetical", e


def test_a_meeting_the_speaker_would_hold_on_a_condition_is_an_offer(coder):
    e = one(coder, "Venezuela's opposition said it would meet government negotiators if political prisoners "
                   "were freed.", "AGREE")  # fmt: skip
    assert e["cameo"] == "036" and e["modality"] == "asserted"
    # reported by others about the parties: a hypothetical meeting, not an offer
    evs = events_of(
        coder,
        "Mediators said that if the truce holds, Sudan and South Sudan will meet in Addis Ababa.",
    )
    assert not [e for e in evs if e["type"] == "AGREE"]


def test_considering_a_protest_unless_is_a_threat(coder):
    # the unless clause (on "considering" or on the act) holds the strike over the other side
    e = one(
        coder,
        "Kenyan teachers are considering going on strike unless the government raises pay.",
        "THREATEN",
    )
    assert codes(e["source"]) == ["KENEDU"] and e["cameo"] == "133" and e["modality"] == "asserted"
    # considered on an "if" it stays a possible protest
    e = one(
        coder,
        "Kenyan teachers are considering going on strike if the government cuts pay.",
        "PROTEST",
    )
    assert e["modality"] == "possible"


def test_the_condition_names_the_threatened_actor_within_the_country_hit(coder):
    text = "Israel's defence minister warned that if Hezbollah fires again, Israel will hit Beirut."
    e = found_2026_11_26(coder, text, "THREATEN")
    assert e and {a["org"] for a in e[0]["target"]} == {"HEZBOLLAH"}, e
    # a condition naming an actor of another country leaves the place's state as target
    e = found_2026_11_26(
        coder,
        "Turkey warned that if the PKK attacks again, it will bomb northern Iraq.",
        "THREATEN",
    )
    assert e and {a["country"] for a in e[0]["target"]} == {"IRQ"}, e


def test_a_conditional_court_challenge_is_a_threat(coder):
    text = (
        "The Sri Lankan opposition leader said on Thursday that his party would challenge the "
        "defence pact in the Supreme Court if it was not put to a vote."
    )
    assert found_2026_10_14(coder, text, "THREATEN") and not found_2026_10_14(coder, text, "ACCUSE")
    # an unconditional announced lawsuit stays a planned legal action
    text = "The defeated Kenyan candidate said he would file a challenge with the Supreme Court."
    assert found_2026_10_14(coder, text, "ACCUSE")


def test_until_clause_under_reported_would_is_a_condition(coder):
    text = (
        "The spokesman said Syria would not allow inspections at the bombed sites until the "
        "IAEA condemned the Israeli strikes."
    )
    assert not found_2026_11_20(coder, text, "ACCUSE")
    # a past "until" clause under a past main verb did happen
    text = "Farmers blocked the highway until Bolivian police fired tear gas at them."
    assert found_2026_11_20(coder, text, "ASSAULT")


def test_a_conditional_veto_is_a_threat(coder):
    text = "The Polish president said he would veto the bill unless parliament removed the clause."
    evs = events_of(coder, text, "2026-12-18")
    assert [(e["type"], e["modality"]) for e in evs] == [("THREATEN", "asserted")], evs
    assert found_2026_11_23(coder, "The Polish president vetoed the bill on Monday.", "REJECT")


def test_a_threat_is_aimed_at_the_subject_of_its_unless_clause(coder):
    text = ("VILNIUS (Reuters) - The teachers' unions said they would call a nationwide strike "
            "next month unless the government raised salaries.")  # fmt: skip
    evs = found_2026_11_25(coder, text, "THREATEN")
    assert evs and [t["code"] for t in evs[0]["target"]] == ["LTUGOV"], evs


def test_the_condition_of_a_future_act_is_no_event(coder):
    for text in (
        "Chadian troops will leave their camps in the north once the rebels have disarmed.",
        "The army will pull out of the valley once the militia has disarmed.",
        # a reported "would" moves the pluperfect back: still the condition
        "Officials said the police would free the men once the militia had disarmed.",
    ):
        assert not [
            e for e in found_2026_07_16(coder, text, "RETREAT") if "disarm" in e["trigger"]
        ], text
        assert found_2026_07_16(coder, text, "CONCEDE"), text  # the promised act is still coded


def test_an_operation_to_be_launched_if_is_hypothetical(coder):
    text = ("The Somali army spokesman said an army operation to oust the Shabaab fighters from Jilib would "
            "be launched if they refused to give up.")  # fmt: skip
    got = found_2019_02_20(coder, text, "ASSAULT")
    assert got and all(e["modality"] == "hypothetical" for e in got), got
    got = found_2019_02_20(
        coder, "Turkey launched an operation to drive Kurdish fighters out of Afrin.", "ASSAULT"
    )
    assert got and got[0]["modality"] == "asserted", got


def test_a_condition_is_no_open_question(coder):
    # an "if" clause states a condition: the conditional response is still a threat
    text = "If Greece attacks the island, Turkey will fight the Greek army."
    assert found_2024_05_02(coder, text, "THREATEN"), text


def test_a_noun_event_in_an_if_clause_is_no_event(coder):
    text = "The militants said they would attend the negotiations if the envoy granted them a veto on any accord."
    assert not found_2001_03_02(coder, text, "REJECT")
    assert found_2001_03_02(
        coder, "The Russian delegate cast a veto on the resolution on Friday.", "REJECT"
    )


@pytest.mark.parametrize("text,src", [
    ("Colombian rebels will renew their bombing campaign unless the army withdraws.", "COL"),
    ("Turkish militants said they would relaunch their bombing campaign if the talks in Ankara fail.",
     "TUR"),
    ("Members of the Chilean teachers' union are considering a strike unless the government raises pay.",
     "CHL"),
])  # fmt: skip
def test_an_act_resumed_or_considered_unless_is_a_threat(coder, text, src):
    e = found(coder, text, "THREATEN")
    assert e and src in {k[:3] for k in keys(e[0]["source"])}, e
    assert e[0]["modality"] == "asserted"


@pytest.mark.parametrize("text,typ", [
    ("The Chilean teachers' union is considering a strike.", "PROTEST"),
    ("Colombian rebels renewed their bombing campaign in May.", "ASSAULT"),
])  # fmt: skip
def test_an_act_resumed_or_considered_without_condition_is_no_threat(coder, text, typ):
    assert found(coder, text, typ) and not found(coder, text, "THREATEN"), text


def test_an_arrest_ordered_unless_the_other_side_yields_is_a_threat(coder):
    text = "The Malian junta ordered the arrest of the reporters unless they retract the story."
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"].startswith("132") and not found(coder, text, "COERCE"), e


def test_an_arrest_ordered_without_condition_is_an_arrest(coder):
    text = "The Malian junta ordered the arrest of the reporters on Monday."
    assert found(coder, text, "COERCE") and not found(coder, text, "THREATEN")


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


@pytest.mark.parametrize("text,src,tgt", [
    ("The Bolivian army gave the rebels until midnight to leave the town.", "BOLMIL", "BOLREB"),
    ("Bolivia's miners' unions gave the government until Monday to raise wages.", "BOLLAB", "BOLGOV"),
])  # fmt: skip
def test_a_deadline_until_a_day_is_an_ultimatum(coder, text, src, tgt):
    evs = found_2021_03_09(coder, text, "THREATEN")
    assert [(e["mode"], codes(e["source"]), codes(e["target"])) for e in evs] == [
        ("relations", [src], [tgt])
    ], evs


@pytest.mark.parametrize("text,src,cameo", [
    ("Moscow said it would retaliate if Finland let NATO station troops on its soil.", "RUS", "138"),
    ("Azerbaijan said it would respond if Armenian forces crossed the line again.", "AZE", "130"),
    # a threat told by its own words ("take countermeasures") is made in the saying too
    ("Ghana said it would take countermeasures if Togo closed the border again.", "GHA", "130"),
    ("Chile said it would take all necessary measures if Peruvian boats entered its waters.",
     "CHL", "130"),
    # the second verb of what it said of itself
    ("Japan said it would file a complaint and would consider countermeasures if Seoul seized "
     "the assets.", "JPN", "130"),
])  # fmt: skip
def test_a_conditional_response_said_is_a_threat(coder, text, src, cameo):
    e = found_2022_03_09(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == cameo and e[0]["modality"] == "asserted", e
    assert src in keys(e[0]["source"]), e


@pytest.mark.parametrize("text,src,cameo", [
    # a hedged act of the speaker's own state, attributed after the clause
    ("Chile could cut diplomatic relations with Peru if Lima signs the fishing pact, a Chilean "
     "official said on Monday.", "CHL", "1313"),
    ("Chile may expel Peruvian diplomats if Lima does not apologise, Chile's foreign minister "
     "said on Wednesday.", "CHL", "136"),
    # a stated plan on a condition
    ("The Chilean police intend to detain journalists if they publish the leaked documents.",
     "CHL", "132"),
    # a protest weighed on an "if ... not" condition, as on "unless"
    ("Chilean farmers' unions said they were considering blocking highways if the government "
     "does not withdraw the water law.", "CHL", "133"),
])  # fmt: skip
def test_a_coercive_act_raised_on_a_condition_is_a_threat(coder, text, src, cameo):
    e = found_2022_03_09(coder, text, "THREATEN", RAISED_PUB)
    assert e and keys(e[0]["source"]) == {src} and e[0]["cameo"] == cameo, e
    assert e[0]["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    # no one's announcement: a conditional told by the narrator
    "If the rebels attack again, the Chilean army could strike their camps.",
    # "can": what is allowed, not an act held over anyone
    "Chilean police can detain journalists if they publish classified documents.",
])  # fmt: skip
def test_a_conditional_act_no_actor_raises_is_no_threat(coder, text):
    assert not found_2022_03_09(coder, text, "THREATEN", RAISED_PUB), text


@pytest.mark.parametrize("text, typ", [
    ("A Kyrgyz opposition lawmaker said the government should have sent more troops to the border.", "MOBILIZE"),
    ("Analysts said Iran could have supplied the drones to the rebels.", "AID"),
    ("Students in Dhaka said they would keep up their boycott until the minister resigns.", "RETREAT"),
    ("The army must have shelled the village, residents of Kidal said.", "REQUEST"),
])  # fmt: skip
def test_counterfactuals_conditions_and_inferences_are_no_such_event(coder, text, typ):
    assert not found_2024_05_15(coder, text, typ), text


def test_the_second_act_of_a_counterfactual_goes_with_it(coder):
    # "tear gas and live rounds": two acts of one verb; neither happened
    text = "Soldiers could have fired tear gas and live rounds at the marchers in Dakar."
    assert not found_2024_05_15(coder, text, "ASSAULT"), text


def test_an_until_clause_in_the_past_did_happen(coder):
    e = found_2024_05_15(
        coder,
        "Protesters marched on parliament in Dhaka until police dispersed them with tear gas.",
        "ASSAULT",
    )
    assert e, e


def test_a_condition_inside_a_statement_names_the_threatened(coder):
    e = found_2024_05_15(
        coder,
        "Iran warned in a statement that it would strike back if Israel attacked its nuclear sites.",
        "THREATEN",
    )
    assert e and keys(e[0]["target"]) == {"ISR"}, e
