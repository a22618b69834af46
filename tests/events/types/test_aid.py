"""Event type AID: economic, military and humanitarian aid: patterns, their doers and targets,
and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import _events_2025_05_05_2 as _events
from tests.helpers import (
    found_2021_03_09,
    found_2024_05_02,
    found_2025_03_05,
    found_2026_11_23,
    found_2026_11_24,
    found_2026_11_30,
    found_2026_12_09,
)

found = finder("2026-05-20")


def test_an_approved_arms_sale_is_aid(coder):
    text = "The United States approved the sale of 40 fighter jets to Romania."
    aid = found_2025_03_05(coder, text, "AID")
    assert aid and aid[0]["cameo"] == "072" and keys(aid[0]["target"]) == {"ROU"}, events_of(
        coder, text, "2025-03-05"
    )
    assert not found_2025_03_05(coder, text, "SUPPORT"), text
    text = "Shareholders approved the sale of the company to a rival."
    assert not events_of(coder, text, "2025-03-05"), text


def test_promise_to_send_troops_to_help_another_army(coder):
    rows = event_rows(
        coder, "Algeria promised to send troops to help the Malian army.", "2026-05-04"
    )
    assert [r for r in rows if r[0] == "AGREE" and r[2] == ["DZA"] and r[3] == ["MLI"]], rows
    assert not [r for r in rows if r[0] == "MOBILIZE"], rows


def test_troops_sent_to_support_a_government_are_aid(coder):
    rows = event_rows(
        coder, "Rwanda sent troops to support the Mozambican government.", "2026-05-04"
    )
    assert [r for r in rows if r[0] == "AID" and r[1] == "074" and r[3] == ["MOZ"]], rows


def test_troops_sent_to_the_border_stay_a_deployment(coder):
    rows = event_rows(coder, "India sent more troops to its border with China.", "2026-05-04")
    assert [r for r in rows if r[0] == "MOBILIZE"], rows


def test_arms_sent_into_own_region_are_a_deployment(coder):
    text = (
        "Peru has sent 20 armoured vehicles to its southern region of Tacna, on the border "
        "with Chile and Bolivia, the defence ministry said."
    )
    rows = event_rows(coder, text, "2026-05-04")
    assert [r for r in rows if r[0] == "MOBILIZE" and r[2][0].startswith("PER")], rows
    assert not [r for r in rows if r[0] == "AID"], rows


def test_arms_sent_abroad_stay_aid(coder):
    rows = event_rows(coder, "Poland sent 30 armoured vehicles to Ukraine.", "2026-05-04")
    assert [r for r in rows if r[0] == "AID" and r[3] == ["UKR"]], rows


def test_foreign_police_arriving_in_a_capital_are_aid(coder):
    text = (
        "BANGUI, May 20 - The UN mission said another 200 Rwandan police officers arrived in "
        "Bangui on Tuesday."
    )
    evs = found(coder, text, "AID")
    assert evs and evs[0]["cameo"] == "074" and codes(evs[0]["target"]) == ["CAF"], evs
    assert not found(coder, text, "MOBILIZE")


def test_foreign_police_arriving_next_week_are_aid_planned(coder):
    # an arrival told ahead is the aid planned, not a promise by the arriving police
    text = "Rwandan police officers will arrive in Bangui next week, the ministry said."
    assert not found(coder, text, "AGREE")
    evs = found(coder, text, "AID")
    assert evs and evs[0]["cameo"] == "074" and evs[0]["modality"] == "planned", evs


def test_own_police_arriving_at_home_are_a_deployment(coder):
    text = "NAIROBI, May 20 - Kenyan police officers arrived in Mombasa on Tuesday."
    assert not found(coder, text, "AID")
    assert found(coder, text, "MOBILIZE")


def test_releasing_a_tranche_is_aid(coder):
    text = "The bloc also released on Friday a first tranche of 4.2 billion euros from its fund."
    evs = events_of(coder, text, "2026-12-18")
    assert [e["type"] for e in evs] == ["AID"], evs
    assert found_2026_11_23(coder, "The Sudanese army released 40 prisoners on Monday.", "RETREAT")


def test_experts_sent_to_another_state_are_aid(coder):
    text = "Italy sent a team of experts to Albania to restore the tax office's servers."
    evs = found_2026_11_24(coder, text, "AID")
    assert evs and keys(evs[0]["target"]) == {"ALB"}, events_of(coder, text, "2026-11-24")
    # announced: a promise of aid (CODING.md, as "said it would send 400 police officers")
    text = "NATO said it would send a cyber response team to Tirana next week."
    evs = found_2026_11_24(coder, text, "AGREE")
    assert evs and keys(evs[0]["target"]) == {"ALB"}, events_of(coder, text, "2026-11-24")


def test_a_sum_approved_is_aid_and_units_moved_are_troops(coder):
    text = ("The European Commission on Friday approved 80 million euros in emergency support to "
            "help Armenia buy fuel.")  # fmt: skip
    evs = events_of(coder, text, "2026-11-30")
    assert [e["type"] for e in evs] == ["AID"] and keys(evs[0]["target"]) == {"ARM"}, evs
    evs = found_2026_11_30(coder, "Baku moved two armoured brigades towards the Armenian border last week.",
                "MOBILIZE")  # fmt: skip
    assert evs and keys(evs[0]["source"]) == {"AZE"}, evs


def test_an_approved_sale_of_weapons_is_military_aid(coder):
    text = "The State Department approved the sale of $2 billion worth of missiles to Poland."
    evs = found_2026_12_09(coder, text, "AID")
    assert evs and codes(evs[0]["target"]) == ["POL"] and evs[0]["cameo"] == "072", evs
    text = "Washington approved the possible sale of Patriot missiles to Bahrain on Friday."
    evs = found_2026_12_09(coder, text, "AID")
    assert evs and codes(evs[0]["target"]) == ["BHR"], evs
    # a company sold is no aid
    text = "The Greek government approved the sale of the state railway to an Italian firm."
    assert not found_2026_12_09(coder, text, "AID")


def test_handing_out_relief_is_aid_not_a_concession(coder):
    evs = _events(coder, "Chad gives food and medicine to the Sudanese refugees at Adre.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("AID", "073")], evs


def test_helping_to_stir_up_a_revolt_is_no_aid(coder):
    text = "Rwanda helped to stoke an uprising in the eastern provinces of Congo."
    assert not [e for e in events_of(coder, text) if e["type"] == "AID"]


def test_a_state_arming_rebels_arms_no_rebels_of_its_own(coder):
    text = "The war in Syria began in 2011. Ankara has long backed the opposition, arming rebel groups."
    evs = [e for e in events_of(coder, text, "2018-01-20") if e["type"] in ("AID", "SUPPORT")]
    assert evs and not [a for e in evs for a in e["target"] if a["country"] == "TUR"], evs


def test_arming_someone_is_still_aid(coder):
    rows = event_rows(coder, "Iran armed the Houthi rebels for years.", "2019-03-20")
    assert any(r[0] in ("AID", "MOBILIZE") and r[2][0].startswith("IRN") for r in rows), rows


def test_the_host_of_talks_attended_or_boycotted_is_no_event(coder):
    # gold/CODING.md: talks hosted by a third party code the parties who meet there; the host
    # is no party, and who attends or boycotts the talks is coded by that verb
    for text in (
        "The Norwegian envoy plans to attend next month's Russian-sponsored conference in Minsk.",
        "The Chilean opposition said the Brazilian-hosted talks were designed to fail.",
        "Peru boycotted the Brazilian-sponsored talks on Thursday.",
    ):
        assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AID"], text
        assert not [
            e for e in events_of(coder, text, "2024-05-02") if e["trigger"] == "sponsored"
        ], text


def test_a_sum_approved_for_no_actor_is_no_aid(coder):
    text = "The Ghanaian cabinet approved 200 million dollars for new roads on Monday."
    assert not found_2024_05_02(coder, text, "AID"), events_of(coder, text, "2024-05-02")
    text = "The World Bank approved 40 million dollars for Malawi on Monday."
    assert found_2024_05_02(coder, text, "AID"), events_of(coder, text, "2024-05-02")


@pytest.mark.parametrize("text", [
    "Algeria handed over weapons to the Malian army.",
    # a bloc's members are states, no armed group
    "EU members handed over weapons to Moldova.",
])  # fmt: skip
def test_a_state_handing_over_weapons_still_gives_arms(coder, text):
    assert found_2021_03_09(coder, text, "AID") and not found_2021_03_09(coder, text, "RETREAT")


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        ("Lebanon gave the Syrian refugees food and blankets.", "073", ["SYR"]),
        ("Finland has given the Ukrainian army weapons and ammunition.", "072", ["UKR"]),
    ],
)
def test_the_indirect_object_of_a_give_is_the_one_helped(coder, text, cameo, target):
    """A double-object give names the one helped before the thing given, as "to" does after."""
    aid = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AID"]
    assert aid and aid[0]["cameo"] == cameo, aid
    assert [a["country"] for a in aid[0]["target"]] == target, aid


@pytest.mark.parametrize(
    "text",
    [
        "The teacher gave the pupils food for thought.",
        "The audit gave Danish ministers food for thought, officials said.",
    ],
)
def test_food_for_thought_is_no_aid(coder, text):
    """An idiom: "gave X food for thought" hands over nothing."""
    assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AID"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN is preparing to mobilise 2,000 aid workers for the famine in Somalia.",
        "Kenya deployed medical staff to the flooded districts of Garissa.",
    ],
)
def test_aid_workers_mobilised_are_aid_not_a_show_of_force(coder, text):
    """Humanitarian staff mobilised or deployed are relief sent, not forces built up."""
    got = {e["type"] for e in events_of(coder, text, "2024-05-02")}
    assert "AID" in got and "MOBILIZE" not in got, got


@pytest.mark.parametrize(
    "text,row",
    [
        (
            "Norway will train Ukrainian soldiers on its air defence systems next year.",
            ("AGREE", "0332", "asserted"),
        ),
        ("Poland has begun training Ukrainian pilots on its jets.", ("AID", "072", "asserted")),
        ("Canada trains Latvian troops under a NATO programme.", ("AID", "072", "asserted")),
    ],
)
def test_training_forces_is_military_aid_and_announced_training_a_promise(coder, text, row):
    # gold/CODING.md "training, supplies and commitments"
    rows = [(e["type"], e["cameo"], e["modality"]) for e in events_of(coder, text, "2024-05-02")]
    assert rows == [row], rows


def test_a_pattern_word_inside_the_slots_own_phrase_is_not_the_thing_given(coder):
    # "water" names where the ride went (the `to T` of `give water to T`), nothing given
    evs = found(coder, "Soldiers gave the villagers a ride to the water tanks.", "AID")
    assert not any("water" in e["trigger"] for e in evs), evs
    assert not any(e["cameo"] == "072" for e in evs), evs  # nor "tanks" (`give tanks to T`)
    evs = found(coder, "Soldiers gave water to the villagers near Gulu.", "AID")
    assert evs and evs[0]["cameo"] == "073", evs


def test_armoured_personnel_carriers_delivered_are_military_aid(coder):
    text = "Moscow delivered 30 armoured personnel carriers to Kyrgyz border troops on Wednesday."
    got = found(coder, text, "AID")
    assert len(got) == 1 and got[0]["cameo"] == "072", got
    assert keys(got[0]["source"]) == {"RUS"} and keys(got[0]["target"]) == {"KGZ"}, got


def test_one_arm_of_a_state_helping_another_is_no_aid(coder):
    """A state's army helping its own police is no aid between actors; helping another
    state's forces still is."""
    text = "Kenya deployed 2,000 soldiers to help police guard the northern border."
    assert not [e for e in events_of(coder, text, "2026-05-20") if e["type"] == "AID"]
    text = "Kenya sent 2,000 troops to help Somali police secure the highway."
    assert [e for e in events_of(coder, text, "2026-05-20") if e["type"] == "AID"]


def test_a_relief_owners_convoy_arriving_is_aid_to_the_place(coder):
    # the convoy's owner delivers what it carries to the place it reaches; an army's convoy
    # is a military column and a convoy of no one's names no doer
    for text, src, tgt in (
        ("A UN convoy reached Aleppo on Monday.", "IGOUNO", "SYR"),
        ("The Red Cross convoy arrived in Mekelle on Tuesday.", "NGOICR", "ETH"),
    ):
        aid = found(coder, text, "AID")
        assert aid and aid[0]["cameo"] == "073", events_of(coder, text, "2026-05-20")
        assert codes(aid[0]["source"]) == [src] and codes(aid[0]["target"]) == [tgt], aid
    for text in (
        "An army convoy entered the city on Monday.",
        "A convoy reached the town on Monday.",
    ):
        assert not found(coder, text, "AID"), text


def test_a_military_vehicle_giving_support_is_still_aid(coder):
    # the convoy veto is for relief (073) arriving with an army column; an armed force's
    # aircraft giving support to another party is the force's military aid
    text = "A US Army helicopter was providing logistical support to the Kurdish fighters."
    assert found(coder, text, "AID"), events_of(coder, text, "2026-05-20")


@pytest.mark.parametrize("text,src,tgt", [
    ("JUBA (Reuters) - Uganda flew 300 more soldiers into South Sudan on Friday at the government's request.",
     "UGA", "SSD"),
    ("Burundi airlifted two battalions to Congo at the invitation of the Congolese government.", "BDI", "COD"),
])  # fmt: skip
def test_forces_sent_at_a_states_request_are_aid_to_it(coder, text, src, tgt):
    # CODING.md: forces sent at a state's request are aid to it (AID 074), not a deployment
    evs = [e for e in events_of(coder, text, "2026-06-18") if e["type"] in ("AID", "MOBILIZE")]
    assert [(e["type"], e["cameo"]) for e in evs] == [("AID", "074")], evs
    assert codes(evs[0]["source"])[0][:3] == src and codes(evs[0]["target"])[0][:3] == tgt, evs


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a convoy's "of" phrase naming a body is its owner, as "a Red Cross convoy" is
        ("A convoy of the Red Cross delivered medicine to Aleppo, the agency said.", "ICR"),
        ("A convoy of the World Food Programme carrying flour reached Kadugli on Monday.", "WFP"),
    ],
)  # fmt: skip
def test_a_convoy_of_an_aid_body_is_that_body_s_aid(coder, text, owner):
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AID"]
    assert evs and any(owner in a["code"] for a in evs[0]["source"]), evs


def test_a_convoy_of_lorries_names_no_owner(coder):
    text = "A convoy of 40 lorries carrying food reached El Fasher on Monday."
    assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AID"]


def test_a_sum_approved_in_funding_for_a_state_is_aid_to_it(coder):
    text = "The European Commission approved 80 million euros in border-security funding for Latvia on Monday."
    evs = events_of(coder, text, "2026-06-18")
    assert [(e["type"], e["cameo"]) for e in evs] == [("AID", "071")], evs
    assert codes(evs[0]["target"]) == ["LVA"], evs
    # spending at home with no one helped is none
    evs = events_of(
        coder,
        "The government approved 300 million dollars in funding for road repairs.",
        "2026-06-18",
    )
    assert not [e for e in evs if e["type"] == "AID"], evs


def test_resuming_food_distributions_is_planned_aid_not_a_pledge(coder):
    # an aid operation taken up again is scheduled, not newly promised (AGREE 0333 is for a
    # new pledge: "said it would distribute food")
    text = "The UN refugee agency said it would resume food distributions in Darfur next week."
    got = found(coder, text, "AID")
    assert got and got[0]["modality"] == "planned" and codes(got[0]["source"]) == ["IGOUNOHCR"]
    assert not found(coder, text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Chinese coast guard ships fired water cannon at two Philippine boats bringing food and "
        "fuel to a remote shoal on Tuesday.",
        "Gunmen attacked a UN convoy delivering food to displaced families in Darfur on Sunday.",
    ],
)
def test_what_a_boat_or_convoy_acted_on_carries_is_no_delivery(coder, text):
    # the participle describes the object of the attack; the attack is the story's act
    evs = events_of(coder, text, "2024-03-14")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


def test_a_convoy_carrying_relief_that_arrives_or_a_ship_sent_with_it_is_still_aid(coder):
    for text in (
        "A convoy of 40 World Food Programme lorries carrying flour and medicine entered the "
        "besieged town on Monday.",
        "New Zealand said it was sending a navy ship carrying engineers and relief supplies to Fiji.",
    ):
        evs = events_of(coder, text, "2024-03-14")
        assert [e["type"] for e in evs] == ["AID"], (text, evs)


@pytest.mark.parametrize(
    ("text", "sender", "helped"),
    [
        ("Kazakhstan asked the CSTO for help, and the bloc sent 2,000 troops to Almaty.",
         "CSTO", "KAZ"),
        ("Mozambique asked Rwanda for help and Rwanda sent 1,000 troops to Cabo Delgado.",
         "RWA", "MOZ"),
    ],
)  # fmt: skip
def test_forces_sent_after_a_request_for_help_in_the_same_sentence(coder, text, sender, helped):
    """Forces sent at a state's request are aid to it (gold/CODING.md AID 074), a bloc's too,
    when the request is a clause joined to the sending."""
    aid = found(coder, text, "AID")
    assert aid and aid[0]["cameo"] == "074", events_of(coder, text, "2026-05-20")
    assert keys(aid[0]["source"]) == {sender} and keys(aid[0]["target"]) == {helped}, aid
    assert not found(coder, text, "MOBILIZE"), text


def test_forces_sent_after_no_request_for_help_stay_a_deployment(coder):
    text = "Russia asked for nothing and NATO sent troops to Estonia."
    assert not found(coder, text, "AID"), events_of(coder, text, "2026-05-20")
    text = "The CSTO sent troops to Armenia's border."
    assert not found(coder, text, "AID"), events_of(coder, text, "2026-05-20")


def test_armoured_carriers_delivered_abroad_are_military_aid(coder):
    rows = event_rows(coder, "Moscow delivered armoured carriers to Tajik troops on Wednesday.",
                      "2026-05-04")  # fmt: skip
    assert [r for r in rows if r[:2] == ("AID", "072") and r[3] == ["TJKMIL"]], rows
    rows = event_rows(coder, "The navy sent an aircraft carrier to the Gulf.", "2026-05-04")
    assert not [r for r in rows if r[0] == "AID"], rows


def test_what_is_listed_with_the_supplies_is_given_not_the_recipient(coder):
    # "two helicopters" listed with the relief supplies flown are given too, not an army the
    # aid goes to; and a list read by the parser as an apposition still ends in "to T"
    for text in [
        "Australia flew two helicopters and relief supplies to Goma on Wednesday.",
        "Australia flew two helicopters, a medical team and relief supplies to Goma on Wednesday.",
    ]:
        rows = event_rows(coder, text, "2026-05-04")
        assert [r for r in rows if r[0] == "AID" and r[2] == ["AUS"] and r[3] == ["COD"]], (
            text,
            rows,
        )
