"""Event type AGREE: promises, offers, agreements and invitations: patterns, their doers and
targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _of,
    found_2003_05_06,
    found_2021_06_09,
    found_2022_03_08,
    found_2024_05_02,
    found_2025_03_12,
    found_2026_06_12,
    found_2026_10_14,
    found_2026_11_30,
    one,
    starts,
)
from tests.helpers import coded_2021_05_12 as coded

DAY = "2026-10-01"
found = finder(DAY)
PUBLISHED = "2024-05-02"


def test_police_promised_to_another_state_are_a_promise_of_aid(coder):
    evs = events_of(coder, "NAIROBI - Kenya said on Monday it would send 400 police officers "
                           "to Haiti next month.", DAY)  # fmt: skip
    agree = _of(evs, "AGREE")
    assert agree and agree[0]["cameo"] == "0334" and agree[0]["modality"] == "asserted", evs
    assert codes(agree[0]["source"]) == ["KEN"] and codes(agree[0]["target"]) == ["HTI"], evs
    assert not _of(evs, "MOBILIZE"), evs
    sent = found(coder, "Kenya has sent 400 police officers to Haiti.", "AID")
    assert sent and sent[0]["cameo"] == "074", sent


def test_police_promised_in_a_story_set_abroad_go_there(coder):
    text = ("UNITED NATIONS (Reuters) - The Security Council on Thursday extended the mandate "
            "of the multinational force fighting gangs in Haiti.\n\n"
            "Kenya, which leads the force, said it would send 300 more police officers by "
            "September.")  # fmt: skip
    agree = [e for e in found(coder, text, "AGREE") if e["cameo"] == "0334"]
    assert agree and codes(agree[0]["target"]) == ["HTI"], agree


def test_troops_promised_to_a_force_abroad_are_a_promise_of_aid_to_its_host(coder):
    # troops pledged to a multinational force serving in another state are peacekeepers for
    # that state (AGREE 0334), not a show of force; sent, they are aid to it
    evs = events_of(coder, "Ghana has pledged to send 800 soldiers to a new UN mission in "
                           "Liberia next year.", DAY)  # fmt: skip
    agree = _of(evs, "AGREE")
    assert agree and agree[0]["cameo"] == "0334", evs
    assert codes(agree[0]["target"]) == ["LBR"] and not _of(evs, "MOBILIZE"), evs
    sent = found(coder, "Ghana sent 800 troops to the UN mission in Liberia.", "AID")
    assert sent and codes(sent[0]["target"]) == ["LBR"], sent
    home = found(coder, "Ghana will send 800 soldiers to the northern border.", "MOBILIZE")
    assert home, home


@pytest.mark.parametrize(
    "text, helped",
    [
        # a purpose of keeping order or joining a mission names no state: the troops help the
        # state they go to, named by "to", else the story's country
        ("Nigeria said on Monday it would send 300 more soldiers to Gambia to join the mission.", "GMB"),
        ("MAPUTO - Rwanda said on Tuesday it would send 500 more soldiers to help secure the "
         "capital.", "MOZ"),
    ],
)  # fmt: skip
def test_troops_promised_to_keep_order_abroad_are_a_promise_of_aid(coder, text, helped):
    evs = events_of(coder, text, DAY)
    agree = [e for e in _of(evs, "AGREE") if e["cameo"] == "0334"]
    assert agree and codes(agree[0]["target"]) == [helped], evs
    assert not _of(evs, "MOBILIZE"), evs


@pytest.mark.parametrize("text, src, helped", [
    # forces offered or promised to another state are a promise of aid to it (gold/CODING.md:
    # AGREE 0334, made when said), with or without a purpose; not an asserted deployment
    ("Portugal offered on Tuesday to send 200 troops to Angola, officials said.", "PRT", "AGO"),
    ("Norway agreed to send 150 soldiers to Liberia.", "NOR", "LBR"),
    ("Chile offered to send 300 police officers to Haiti.", "CHL", "HTI"),
])  # fmt: skip
def test_forces_offered_to_another_state_are_a_promise_of_aid(coder, text, src, helped):
    evs = events_of(coder, text, DAY)
    agree = [e for e in _of(evs, "AGREE") if e["cameo"] == "0334"]
    assert agree and agree[0]["modality"] == "asserted", evs
    assert codes(agree[0]["source"]) == [src] and codes(agree[0]["target"]) == [helped], evs
    assert not _of(evs, "MOBILIZE") and not _of(evs, "AID"), evs


def test_forces_offered_for_a_border_stay_a_deployment(coder):
    evs = events_of(coder, "Serbia offered to send 500 troops to the border with Kosovo.", DAY)
    assert _of(evs, "MOBILIZE") and not _of(evs, "AGREE"), evs


def test_troops_sent_to_secure_a_border_stay_a_deployment(coder):
    evs = events_of(coder, "Serbia will send 500 troops to secure the border with Kosovo.", DAY)
    assert _of(evs, "MOBILIZE") and not _of(evs, "AGREE"), evs


def test_offering_to_host_talks_is_an_offer_to_mediate_between_the_parties(coder):
    e = found_2026_06_12(
        coder,
        "Sudanese and Chadian soldiers clashed near Adre on Sunday. Oman offered on Monday to host"
        " a new round of talks.",
        "AGREE",
    )
    assert e and e[0]["cameo"] == "039" and codes(e[0]["source"])[0].startswith("OMN"), e
    assert sorted(c[:3] for c in codes(e[0]["target"])) == ["SDN", "TCD"], e


def test_offering_to_help_arrange_a_meeting_is_an_offer_not_aid(coder):
    evs = events_of(
        coder,
        "South Korean President Moon Jae-in has offered to help arrange a meeting between "
        "the U.S. and North Korean leaders.",
    )
    assert [e["type"] for e in evs] == ["AGREE"] and evs[0]["cameo"] != "033"
    assert "USA" in {a["country"] for a in evs[0]["target"]}
    e = one(coder, "Turkey offered to mediate between Russia and Ukraine.", "AGREE")
    assert e["cameo"] == "039"


def test_offering_to_help_bring_parties_together_is_an_offer_to_mediate(coder):
    e = one(
        coder,
        "Norway offered to help arrange talks between Colombia and the FARC.",
        "AGREE",
        "2019-03-14",
    )
    assert (e["cameo"], starts(e["target"])) == ("039", {"COL"})
    # helping to end a war is not the helper's own concession
    assert [x[0] for x in coded(coder, "Turkey agreed to help end the war.", "2019-03-14")] == [
        "AGREE"
    ]


def test_promise_kept_or_broken_is_no_new_promise(coder):
    for text in (
        "Pakistan failed to meet its commitment to the IMF.",
        "Sudan failed to honour its commitment to withdraw troops.",
        "The government has failed to keep its promise to release the prisoners.",
        "The rebels reneged on their pledge to hand over weapons.",
    ):
        evs = [e for e in events_of(coder, text, PUBLISHED)
               if e["type"] in ("AGREE", "CONCEDE", "RETREAT")]  # fmt: skip
        assert not evs, (text, evs)
    # a promise made is still one
    assert found_2024_05_02(coder, "Sudan made a commitment to withdraw troops.", "CONCEDE")


def test_agreeing_to_hold_joint_exercises_is_an_agreement(coder):
    text = "India and Sri Lanka agreed to hold joint naval exercises off Trincomalee every year."
    evs = events_of(coder, text, "2026-10-08")
    assert [(e["type"], e["cameo"]) for e in evs] == [("AGREE", "0312")], evs
    # exercises held together stay military cooperation
    text = "French and Egyptian warships held joint naval exercises off Alexandria on Monday."
    assert found_2026_10_14(coder, text, "COOPERATE", "2026-10-08")


def test_arms_given_are_not_the_recipient(coder):
    text = "In March 2024 Poland agreed to send 40 battle tanks after weeks of talks."
    evs = found_2026_11_30(coder, text, "AGREE")
    assert evs and not any("MIL" in (a["code"] or "") for a in evs[0]["target"]), evs
    evs = found_2026_11_30(coder, "Poland agreed to send 40 battle tanks to Ukraine.", "AGREE")
    assert evs and keys(evs[0]["target"]) == {"UKR"}, evs


def test_an_invitation_to_visit_is_an_offer_not_a_visit(coder):
    evs = events_of(coder, "Oman invited Yemeni officials to visit Muscat for talks.")
    assert [e["type"] for e in evs] == ["AGREE"], evs
    assert evs[0]["cameo"] == "036" and evs[0]["source"][0]["country"] == "OMN", evs
    assert {a["country"] for a in evs[0]["target"]} == {"YEM"}, evs
    e = found_2026_06_12(coder, "Norway invited Sudan to take part in joint exercises.", "AGREE")
    assert e and e[0]["cameo"] == "031", e


def test_a_sum_in_aid_is_still_aid(coder):
    text = "China said on Sunday that Beijing would provide $5 million in emergency assistance to Vanuatu."
    evs = events_of(coder, text, "2026-02-15")
    assert any(e["type"] == "AGREE" and codes(e["target"]) == ["VUT"] for e in evs), evs


def test_agreeing_to_an_interview_is_no_promise(coder):
    # talking to a reporter is no promise to another party; agreeing to talks still is
    text = (
        "Like all Chilean officials who agreed to interviews, he spoke on condition of anonymity."
    )
    assert not found_2024_05_02(coder, text, "AGREE"), text
    text = "Peru agreed to talks with Chile on Monday."
    assert found_2024_05_02(coder, text, "AGREE"), text


def test_proposing_or_readiness_to_cooperate_is_an_intent(coder):
    for text, cameo, target in (
        ("Nepal proposed joint patrols with India along the border.", "0312", {"IND"}),
        ("Chile suggested a joint investigation with Peru.", "031", {"PER"}),
        ("Kazakhstan said it was ready to send crude to China.", "0311", {"CHN"}),
        ("Norway proposed to mediate between Serbia and Kosovo.", "039", set()),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert [(e["type"], e["cameo"]) for e in evs] == [("AGREE", cameo)], (text, evs)
        assert not target or keys(evs[0]["target"]) == target, (text, evs)
    # proposing a coercive act holds it over the target; it does not do it
    evs = events_of(coder, "The EU proposed new sanctions on Belarus.", "2026-06-18")
    assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "1312")], evs
    # a joint body named alone is no event
    assert not events_of(coder, "The joint commission met in Vilnius on Tuesday.", "2026-06-18")


def test_condolences_offered_are_no_offer(coder):
    assert not found_2003_05_06(
        coder, "India offered condolences to Nepal over the plane crash.", "AGREE"
    )


def test_an_agreement_on_other_matters_stays_an_agreement(coder):
    text = "Norway and Iceland reached an agreement on fishing quotas on Friday."
    assert found_2022_03_08(coder, text, "AGREE") and not found_2022_03_08(coder, text, "CONCEDE")


def test_intention_to_hold_talks_stays_an_intent_to_meet(coder):
    e = found_2021_06_09(
        coder, "The junta declared its intent to hold talks with the rebels.", "AGREE"
    )
    assert e and e[0]["modality"] == "asserted", e


def test_standing_ready_to_help_is_an_offer_not_a_show_of_force(coder):
    text = "Japan said its navy stood ready to help Tonga if asked."
    assert not found_2025_03_12(coder, text, "MOBILIZE")
    e = found_2025_03_12(coder, text, "AGREE")
    assert e and keys(e[0]["source"]) == {"JPN"}, e
    assert found_2025_03_12(coder, "Greek troops stood ready to defend the islands.", "MOBILIZE")


def test_aid_offered_to_no_one_goes_to_the_dateline_country_named_less_than_a_critic(coder):
    # China is named more often than Samoa, but the story is Samoa's (its dateline)
    text = (
        "APIA, Nov 25 (AFP) - Samoa signed a policing pact with Australia on Wednesday. China's "
        'foreign ministry criticised the deal. "The Pacific is no arena for rivalry," spokesman '
        "Lin Wei told a briefing in Beijing. China said it would raise the issue with Samoa. "
        "Japan has offered $1 million in cyclone aid."
    )
    e = [x for x in events_of(coder, text, "2026-11-25") if x["trigger"] == "has offered million"]
    assert e and codes(e[0]["target"]) == ["WSM"], e


def test_aid_an_international_body_offers_to_no_one_goes_to_the_dateline_country(coder):
    # an international body has no country of its own: it is foreign to the story's state,
    # so aid it pledges or approves naming no recipient goes there, as a foreign state's does
    text = (
        "APIA, Nov 25 (AFP) - Samoa declared a state of emergency after Cyclone Tala hit the "
        "capital on Monday. The European Union on Wednesday pledged 2 million euros in "
        "emergency aid. The World Bank board is due to approve a loan next week."
    )
    evs = [x for x in events_of(coder, text, "2026-11-25") if x["type"] in ("AGREE", "AID")]
    assert evs and all(codes(e["target"]) == ["WSM"] for e in evs), evs
    assert {e["type"] for e in evs} == {"AGREE", "AID"}, evs


@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS, Nov 20 (Reuters) - The European Union pledged 2 billion euros in aid for "
        "farmers hit by drought across the bloc, the European Commission said on Friday.",
        "WASHINGTON, Nov 20 (Reuters) - The World Bank board approved a $500 million loan on "
        "Thursday, the bank said.",
        "BRUSSELS, Nov 20 (Reuters) - Japan pledged $50 million in emergency aid on Friday at a "
        "donors' conference, officials said.",
    ],
)
def test_aid_offered_to_no_one_is_not_for_a_dateline_state_the_story_never_names(coder, text):
    # a body's seat or a conference's host datelines the story: a dateline's state the story
    # never names is no recipient of the aid
    evs = [x for x in events_of(coder, text, "2026-11-20") if x["type"] in ("AGREE", "AID")]
    assert evs and not any(e["target"] for e in evs), evs


def test_readiness_to_double_supplies_is_an_offer_of_trade(coder):
    """ "was ready to double gas deliveries to Tunisia": more of a supply to a state is trade
    (061), and a declared readiness to do it an offer (AGREE 0311) to that state."""
    text = "Algeria said on Monday it was ready to double gas deliveries to Tunisia."
    got = found(coder, text, "AGREE")
    assert [e for e in got if e["cameo"] == "0311" and keys(e["target"]) == {"TUN"}], got


@pytest.mark.parametrize(
    "text",
    [
        "The U.N. Security Council failed to agree on a statement condemning the launch by "
        "North Korea.",
        "EU leaders failed to agree on new sanctions against Russia.",
    ],
)
def test_failing_to_agree_on_something_is_no_agreement_negated(coder, text):
    # the body did nothing; a bare agreement that names no content is no event
    evs = events_of(coder, text, "2024-03-14")
    assert not [e for e in evs if e["type"] == "AGREE"], evs


def test_failing_to_agree_on_a_ceasefire_is_still_the_ceasefire_negated(coder):
    evs = events_of(coder, "Armenia and Azerbaijan failed to agree on a ceasefire.", "2024-03-14")
    assert [(e["type"], e["modality"]) for e in evs] == [("CONCEDE", "negated")], evs
