"""Event type SUPPORT: support, praise, endorsement and recognition: patterns, their doers and
targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _of_type,
    found_2003_05_06,
    found_2024_05_02,
    found_2025_06_18,
    found_2026_10_01,
    found_2026_11_10,
    found_2026_11_28,
    one,
)
from tests.helpers import coded_2021_05_12 as coded

found = finder("2026-06-12")
PUB = "2025-02-05"


def test_supporting_the_strike_supports_the_strikers(coder):
    text = ("Malawian teachers began a national strike on Monday. The Malawian opposition said "
            "it supported the strike.")  # fmt: skip
    sup = found_2025_06_18(coder, text, "SUPPORT")
    assert sup and codes(sup[0]["target"]) == ["MWIEDU"], sup


def test_a_backer_named_in_passing_is_no_act_of_support(coder):
    for text in (
        "Three years after a NATO-backed uprising toppled the president, Libya remains divided.",
        "The Rwanda-backed rebels seized the town of Sake on Monday.",
    ):
        assert not found_2024_05_02(coder, text, "SUPPORT"), events_of(coder, text, "2024-05-02")
    text = "France backed the proposal on Monday."
    assert found_2024_05_02(coder, text, "SUPPORT"), events_of(coder, text, "2024-05-02")


def test_joining_an_alliance_is_no_support(coder):
    for text in ("Georgia wants to join NATO.", "Montenegro joined NATO in 2017."):
        assert not found_2026_10_01(coder, text, "SUPPORT"), text


def test_the_other_party_of_a_deal_is_told_in_its_terms(coder):
    e = found(coder, "Russia signed a deal under which it will supply gas to Hungary.", "SUPPORT")
    assert e and codes(e[0]["source"]) == ["RUS"] and codes(e[0]["target"]) == ["HUN"], e


def test_a_law_under_which_police_act_has_no_party(coder):
    e = found(
        coder, "Kenya signed a law under which police can detain suspects for a month.", "SUPPORT"
    )
    assert not any(codes(x["target"]) for x in e), e


def test_reciprocal_agreement_codes_both_parties(coder):
    e = one(coder, "Bolivia and Paraguay signed a trade agreement on Thursday.", "SUPPORT")
    assert set(codes(e["source"]) + codes(e["target"])) == {"BOL", "PRY"}


def test_backing_a_policy_with_no_one_backed_is_no_event(coder):
    # the speaker's own stated opinion of a policy; what someone else backed is still reported
    assert (
        coded(coder, "The senator said he backed stricter checks at the border.", "2019-08-21")
        == []
    )
    assert [
        x[:2] for x in coded(coder, "The envoy said Brazil backed the new measures.", "2019-08-21")
    ] == [("SUPPORT", ["BRA"])]
    e = one(coder, "Brazil backed Argentina's bid on Monday.", "SUPPORT", "2019-08-21")
    assert codes(e["target"]) == ["ARG"]


def test_welcoming_the_measures_aims_at_who_imposed_them(coder):
    text = (
        "Britain and Canada on Monday imposed sanctions on two Sudanese generals. Sudan's "
        "opposition welcomed the measures."
    )
    evs = found_2026_11_10(coder, text, "SUPPORT")
    assert evs and {c[:3] for c in codes(evs[0]["target"])} == {"GBR", "CAN"}, evs


def test_initialling_a_framework_is_signing_it(coder):
    text = "Serbia and Kosovo initialled a framework for normalising relations in Ohrid on Friday."
    evs = found_2026_11_28(coder, text, "SUPPORT")
    assert evs and all(keys(e["source"] + e["target"]) >= {"SRB", "XKX"} for e in evs), evs


def test_a_pattern_word_inside_a_phrase_the_pattern_does_not_name(coder):
    # "stood up to X baying for blood" is no "stand up for"; "called the claim that ...
    # attacked the market in Kisumu ridiculous" is no "call on"
    evs = events_of(coder, "It was the general who stood up to a president baying for blood.")
    assert not any(e["type"] == "SUPPORT" for e in evs), evs
    evs = events_of(
        coder,
        "The Kenyan government called the opposition's claim that police attacked the market "
        "in Kisumu ridiculous.",
    )
    assert not any(e["type"] == "REQUEST" for e in evs), evs
    evs = events_of(coder, "The rebels stood up for the rights of farmers.")
    assert any(e["type"] == "SUPPORT" for e in evs), evs


def test_standing_by_with_no_one_stood_by_is_no_support(coder):
    text = "Egypt had stood by as the militants were driven from the towns of northern Libya."
    assert not [e for e in events_of(coder, text) if e["type"] == "SUPPORT"]
    evs = events_of(coder, "France stood by Mali during the crisis.")
    assert any(e["type"] == "SUPPORT" and keys(e["target"]) == {"MLI"} for e in evs), evs


def test_a_backer_in_a_name_is_no_act(coder):
    # "Iranian-backed militias", "US-trained units": who they are, not what Iran did
    text = "Iranian-backed militias and US-trained Iraqi units clashed near Tikrit on Monday."
    assert not [e for e in events_of(coder, text) if e["type"] in ("SUPPORT", "AID")]
    text = "Saudi-funded relief convoys reached the port of Aden on Monday."
    evs = [e for e in events_of(coder, text) if e["type"] == "AID"]
    assert evs and keys(evs[0]["source"]) == {"SAU"}, evs


def test_backing_a_groups_fight_does_not_back_its_enemy(coder):
    text = "Canada and Norway have long backed the Kurds' campaign against Islamic State."
    evs = [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "SUPPORT"]
    assert not any("ISIS" in keys(e["target"]) for e in evs), evs
    # nor are the backers backing each other
    assert not any(keys(e["target"]) & {"CAN", "NOR"} for e in evs), evs
    evs = events_of(coder, "Germany supports Ukraine's fight against Russia.", "2018-03-20")
    assert any(e["type"] == "SUPPORT" and keys(e["target"]) == {"UKR"} for e in evs), evs


def test_backing_told_to_say_who_they_are_is_no_event(coder):
    for text in (
        "Drones hit the militants and the tribes that support them.",
        "Russia, which backs the Syrian president, vetoed the resolution on Monday.",
    ):
        assert not [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "SUPPORT"], text
    text = "Russia, which has backed the Syrian president since 2015, vetoed the resolution."
    assert [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "SUPPORT"]


def test_backing_that_names_those_backed_is_no_event(coder):
    # a backer named inside the phrase for those backed (an adjective or a reduced relative)
    # says who they are; no act of backing is told
    for text in (
        "The rebels had no trouble driving back Iranian-backed Jihadis last year.",
        "Army units backed by allied militias pushed the gunmen back on Tuesday.",
        "Clan fighters, backed by a Kenyan-led force, are battling the insurgents in the hills.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not _of_type(evs, "SUPPORT"), (text, evs)


def test_an_act_of_backing_is_still_support(coder):
    evs = events_of(coder, "France backed the Malian government on Tuesday.", "2024-05-02")
    assert _of_type(evs, "SUPPORT"), evs


def test_a_signed_lease_is_a_signed_agreement(coder):
    text = "Uganda signed a 30-year lease on a cargo terminal at the port of Tanga on Wednesday."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "SUPPORT"]
    assert got and got[0]["cameo"] == "057", events_of(coder, text, PUB)


def test_should_be_praised_is_the_speakers_praise(coder):
    e = found_2003_05_06(
        coder,
        "Ecuador said on Monday that Colombia should be praised for ending the standoff.",
        "SUPPORT",
    )
    assert e and keys(e[0]["source"]) == {"ECU"} and keys(e[0]["target"]) == {"COL"}, e
    assert not found_2003_05_06(coder, "Ecuador said on Monday that Colombia should be praised for ending the standoff.",
                     "REQUEST")  # fmt: skip


@pytest.mark.parametrize("text,src,tgt", [
    ("Germany called the Greek reforms a positive step.", "DEU", "GRC"),
    ("Kenya called the Somali decision an important step toward peace.", "KEN", "SOM"),
    ("Chile described the Bolivian offer as a breakthrough.", "CHL", "BOL"),
    # the verdict in reported speech, as "said the arrests were illegal" is disapproval
    ("Ghana freed three Togolese fishermen on Monday. Togo's foreign minister said the release "
     "was a positive step.", "TGO", "GHA"),
    ("Chile and Peru held talks in Lima on Monday. Bolivia's foreign minister said the talks "
     "were a breakthrough.", "BOL", "CHL"),
    ("Ghana said it appreciated Togo's help during the floods.", "GHA", "TGO"),
    ("Ghana expressed satisfaction over Togo's decision to reopen the border.", "GHA", "TGO"),
])  # fmt: skip
def test_a_good_verdict_or_appreciation_praises_whoever_acted(coder, text, src, tgt):
    e = found_2003_05_06(coder, text, "SUPPORT")
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("verdict", [
    "no positive step. Analysts said the closure was a breakthrough",
    "a major step backwards",
    "a significant step in the wrong direction",
    "far from a milestone",
])  # fmt: skip
def test_a_step_backwards_or_an_analysts_verdict_is_no_praise(coder, verdict):
    text = ("Ghana closed its border with Togo on Monday. Togo's foreign minister said the "
            f"closure was {verdict}.")  # fmt: skip
    assert not found_2003_05_06(coder, text, "SUPPORT"), events_of(coder, text, "2003-05-06")


@pytest.mark.parametrize(
    "verdict", ["by far the most important step", "so far the most important step"]
)
def test_far_without_from_keeps_the_praise(coder, verdict):
    text = ("Ghana freed three Togolese fishermen on Monday. Togo's foreign minister said the "
            f"release was {verdict}.")  # fmt: skip
    e = found_2003_05_06(coder, text, "SUPPORT")
    assert e and "TGO" in keys(e[0]["source"]) and "GHA" in keys(e[0]["target"]), e


def test_appreciating_a_thing_names_no_one_praised(coder):
    assert not found_2003_05_06(coder, "Ghana said it appreciated the gesture.", "SUPPORT")


@pytest.mark.parametrize(
    "text,target",
    [
        (
            "The State Department reaffirmed its commitment to defend Japan under the security treaty.",
            "JPN",
        ),
        ("Paris reiterated its commitment to defend Djibouti.", "DJI"),
        ("Washington reaffirmed its commitment to the defence of South Korea.", "KOR"),
    ],
)
def test_a_reaffirmed_commitment_to_defend_is_verbal_support(coder, text, target):
    # gold/CODING.md "training, supplies and commitments": a standing promise told again
    rows = [(e["type"], e["cameo"], e["modality"]) for e in events_of(coder, text, "2024-05-02")]
    assert rows == [("SUPPORT", "052", "asserted")], rows
    e = events_of(coder, text, "2024-05-02")[0]
    assert any(a["code"].startswith(target) for a in e["target"]), e


@pytest.mark.parametrize("text", [
    "Germany stressed its commitment to reform.",
    "Spain reaffirmed its commitment to the ceasefire.",
    "The minister underlined the government's commitment to the peace process.",
])  # fmt: skip
def test_a_reaffirmed_commitment_backing_no_one_stays_agreement(coder, text):
    # only a commitment to defend or back someone is verbal support (CODING.md)
    rows = [(e["type"], e["cameo"]) for e in events_of(coder, text, "2024-05-02")]
    assert ("SUPPORT", "052") not in rows and ("AGREE", "030") in rows, rows


def test_a_new_promise_to_defend_is_a_promise_of_protection(coder):
    evs = events_of(coder, "France promised to defend Chad against the rebels.", "2024-05-02")
    assert [(e["type"], e["cameo"]) for e in evs] == [("AGREE", "0334")], evs


@pytest.mark.parametrize("text, typ, cameo", [
    ("Fiji and Tonga signed a joint communiqué on fisheries on Monday.", "SUPPORT", "057"),
    ("Fiji handed a démarche to the Tongan ambassador.", "ACCUSE", "114"),
])  # fmt: skip
def test_a_loanword_written_with_its_accents_is_the_lexicons_word(coder, text, typ, cameo):
    e = found(coder, text, typ)
    assert e and e[0]["cameo"] == cameo and keys(e[0]["source"]) == {"FJI"}, e
    assert "TON" in keys(e[0]["target"]), e


@pytest.mark.parametrize(
    "text, typ",
    [
        (
            "The Norwegian parliament on Tuesday approved sending 200 soldiers to Estonia.",
            "MOBILIZE",
        ),
        ("The World Bank board is due to approve the disbursement next week.", "AID"),
        ("The Senate approved the sale of 30 helicopters to Morocco on Friday.", "AID"),
    ],
)
def test_approving_an_act_is_that_act_not_an_endorsement(coder, text, typ):
    # gold/CODING.md codes an approval as the act approved (sending troops, paying out a loan,
    # an arms sale), never as SUPPORT of whoever the act names
    got = [e["type"] for e in events_of(coder, text, "2026-11-24")]
    assert typ in got and "SUPPORT" not in got, got


def test_approving_a_government_is_still_an_endorsement(coder):
    got = [e["type"] for e in events_of(coder, "Parliament approved the new government of "
                                        "Prime Minister Ana Brnabic.", "2026-11-24")]  # fmt: skip
    assert got == ["SUPPORT"], got


def test_a_vote_for_an_act_is_no_endorsement(coder):
    # "the House voted 102 to 48 for the deployment": the approval of an act, not SUPPORT
    got = [e["type"] for e in events_of(coder, "The Norwegian parliament voted 120 to 40 for the "
                                        "deployment, which the cabinet had proposed in May.",
                                        "2026-11-24")]  # fmt: skip
    assert "SUPPORT" not in got, got


def test_a_step_summing_up_the_act_before_is_praise_of_its_doer(coder):
    # ", a step X praised" sums up the clause before it, as ", a move X welcomed" does
    for text in (
        "Venezuela freed six Colombian detainees on Friday, a step Colombia's president had praised.",
        "Serbia pulled its police out of the village on Friday, a step Pristina welcomed.",
    ):
        got = [codes(e["target"]) for e in found(coder, text, "SUPPORT")]
        assert got and got[0] and got[0][0][:3] in ("VEN", "SRB"), (text, got)
    # a step towards something names no act told before
    text = "Kenya and Somalia held talks on Friday. Ethiopia welcomed a step towards peace."
    assert [codes(e["target"]) for e in found(coder, text, "SUPPORT")] == [[]]
