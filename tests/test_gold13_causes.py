"""General causes found by the blind gold13 articles (gold/articles.jsonl, gold13-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-11-10")


# -- places ---------------------------------------------------------------------------------
def test_a_small_foreign_town_met_through_another_spelling_is_no_place(coder):
    # the gazetteer knows a small Jordanian town spelt otherwise, not the Somali one
    text = (
        "MOGADISHU - Somali troops recaptured the village of Mahas in Hiiraan region on "
        "Sunday, the army said."
    )
    evs = found(coder, text, "ASSAULT")
    assert evs and all((e["location"] or {}).get("country") in (None, "SOM") for e in evs), evs


def test_a_verdict_with_no_place_is_given_in_the_story_country(coder):
    text = (
        "LAGOS, Nov 10 (Reuters) - A Nigerian court on Tuesday convicted a former state "
        "minister of fraud and sentenced him to nine years in prison."
    )
    evs = found(coder, text, "SANCTION")
    assert evs and evs[0]["location"]["country"] == "NGA", evs
    # a foreign court's verdict told in the story is not placed there
    text = (
        "LAGOS, Nov 10 (Reuters) - A Nigerian minister condemned the verdict. A Dutch court "
        "on Monday convicted two Nigerian traders of smuggling."
    )
    evs = [e for e in found(coder, text, "SANCTION") if codes(e["source"])[0].startswith("NLD")]
    assert evs and (evs[0]["location"] or {}).get("country") != "NGA", evs


# -- what a reaction is aimed at -------------------------------------------------------------
def test_condemning_an_attack_that_names_only_its_victims_aims_at_its_doer(coder):
    text = (
        "Syrian artillery shelled the outskirts of Hermel on Monday. Lebanese President "
        "Joseph Aoun condemned the shelling of Lebanese villages."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["SYRMIL"], evs
    # the doer named in the phrase still wins
    text = (
        "Militants attacked a market in Kano on Monday. Ghana condemned the Nigerian air "
        "strike on the village of Tumbu."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and all(c.startswith("NGA") for c in codes(evs[0]["target"])), evs


def test_the_seizure_refers_back_to_the_ship_seized(coder):
    text = (
        "Yemen's Houthi movement said on Tuesday it had seized a cargo ship in the Red Sea. "
        "Hours later, a Yemeni coastguard vessel detained six smugglers in Aden. The U.S. "
        "military's Central Command condemned the seizure as an act of piracy."
    )
    evs = found(coder, text, "ACCUSE", "2026-11-24")
    assert evs and codes(evs[0]["target"]) == ["YEMREBHTH"], evs


def test_a_call_to_free_a_crew_is_made_to_whoever_seized_the_ship(coder):
    text = (
        "Iranian commandos seized a Greek-owned tanker in the Gulf of Oman on Monday. The "
        "ship's Greek owners demanded the immediate release of the crew."
    )
    evs = found(coder, text, "REQUEST", "2026-11-24")
    assert evs and all(c.startswith("IRN") for c in codes(evs[0]["target"])), evs


def test_returned_fire_is_aimed_at_whoever_fired(coder):
    text = (
        "Pakistani troops shelled an Indian border post in Kupwara on Monday. The Indian army "
        "said its soldiers had returned fire."
    )
    evs = [e for e in found(coder, text, "ASSAULT") if codes(e["source"])[0].startswith("IND")]
    assert evs and all(c.startswith("PAK") for c in codes(evs[0]["target"])), evs


# -- ships ----------------------------------------------------------------------------------
def test_merchant_ships_named_by_their_kind_and_flag(coder):
    text = "Somali pirates seized a Liberian-flagged bulk carrier off Eyl on Sunday."
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["target"]) == ["LBRBUS"], evs


def test_a_ship_named_after_its_kind_is_seized_not_abducted(coder):
    text = "Somali pirates seized the car carrier Ocean Leader off Eyl in March 2024."
    evs = found(coder, text, "COERCE") + found(coder, text, "ASSAULT")
    assert [e["type"] for e in evs] == ["COERCE"], evs


def test_welcoming_the_measures_aims_at_who_imposed_them(coder):
    text = (
        "Britain and Canada on Monday imposed sanctions on two Sudanese generals. Sudan's "
        "opposition welcomed the measures."
    )
    evs = found(coder, text, "SUPPORT")
    assert evs and {c[:3] for c in codes(evs[0]["target"])} == {"GBR", "CAN"}, evs


# -- talks hosted by a third party ----------------------------------------------------------
def test_a_meeting_between_two_hosted_by_a_third_is_no_visit_of_the_host(coder):
    text = (
        "The deal was reached at a meeting in Doha between Sudan's foreign minister and his "
        "Chadian counterpart, hosted by the Qatari prime minister. The two ministers also "
        "agreed to reopen the border."
    )
    evs = found(coder, text, "CONSULT")
    assert all(not codes(e["source"])[0].startswith("QAT") for e in evs), evs
    agreed = found(coder, text, "AGREE") + found(coder, text, "CONCEDE")
    assert agreed and all(
        {c[:3] for c in codes(e["source"]) + codes(e["target"])} == {"SDN", "TCD"} for e in agreed
    ), agreed


# -- court reports --------------------------------------------------------------------------
def test_an_announced_appeal_is_a_legal_challenge_of_the_court(coder):
    text = (
        "LUSAKA - A Zambian court on Tuesday convicted a former opposition minister of fraud. "
        "Her lawyer said his client would appeal at the earliest opportunity."
    )
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["cameo"] == "115" and evs[0]["modality"] == "planned", evs
    assert codes(evs[0]["target"]) == ["ZMBJUD"], evs
    # an appeal for something or to someone is a plea, not a legal challenge
    assert not found(coder, "The UN appealed for calm in Lusaka on Tuesday.", "ACCUSE")
