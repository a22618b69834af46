"""Event type RETREAT: withdrawals, releases, access and resignations: patterns, their doers
and targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    _of_type,
    found_2019_02_20,
    found_2021_03_09,
    found_2022_03_08,
    found_2023_04_11,
    found_2026_11_20,
    found_2026_11_23,
    found_2026_11_24,
    found_2026_11_28,
    one,
    starts,
    types,
)

found = finder("2024-05-02")
_typed = finder("2025-03-12")


def test_the_truce_welcomed_is_no_truce_of_the_welcomer(coder):
    rows = event_rows(
        coder,
        "The African Union welcomed the ceasefire agreed by Ethiopia and Eritrea.",
        "2026-06-12",
    )
    assert not any(r[0] == "RETREAT" for r in rows), rows


def test_hostages_including_named_nationals(coder):
    e = one(
        coder, "The rebels released 12 hostages, including five Italians and two Greeks.", "RETREAT"
    )
    assert {a["country"] for a in e["target"]} == {"ITA", "GRC"}


def test_hostages_including_nationals_named_after_the_verb(coder):
    e = one(
        coder,
        "The rebels released 24 hostages on Friday, including 13 Israelis and 10 Thai nationals.",
        "RETREAT",
    )
    assert {"ISR", "THA"} <= starts(e["target"])


def test_the_truce_that_took_effect_is_between_the_parties_told(coder):
    text = ("Ethiopian troops and Tigrayan rebels fought near Mekelle for weeks. Ethiopia and the TPLF held "
            "talks in Pretoria. The truce took effect at midnight on Friday.")  # fmt: skip
    e = one(coder, text, "RETREAT")
    assert starts(e["source"] + e["target"]) == {"ETH"} and len(e["source"] + e["target"]) == 2


def test_a_constrained_slot_looks_through_a_number(coder):
    e = one(coder, "The kidnappers returned 12 of the Nigerian pupils on Sunday.", "RETREAT")
    assert codes(e["target"])[0].startswith("NGA")


def test_a_demand_that_x_withdraw_is_no_withdrawal(coder):
    text = "The Ukrainian minister rejects a Russian demand that Ukrainian troops first withdraw from Donetsk."
    evs = events_of(coder, text, "2026-10-21")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert req and keys(req[0]["source"]) == {"RUS"}, evs
    assert [e for e in evs if e["type"] == "REJECT"], evs


def test_a_refusal_to_free_or_withdraw_is_a_rejection(coder):
    for text, cameo in (
        ("The Peruvian interior minister said the government would not release any jailed "
         "rebel leaders before a peace deal was signed.", "1243"),
        ("Israel will not withdraw from the corridor, the prime minister said.", "1246"),
        ("The Bolivian president said she would not resign.", "1231"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-11-23")
        assert not [e for e in evs if e["type"] == "RETREAT"], (text, evs)
        rej = [e for e in evs if e["type"] == "REJECT"]
        assert [(e["cameo"], e["modality"]) for e in rej] == [(cameo, "asserted")], (text, evs)
    # a yielding stated not to have happened stays a negated RETREAT
    evs = found_2026_11_23(
        coder, "The Nigerian army said it had not withdrawn from the town.", "RETREAT"
    )
    assert [e["modality"] for e in evs] == ["negated"], evs


def test_bail_granted_is_a_release(coder):
    text = "A magistrate's court in Chittagong granted bail to 30 opposition activists on Tuesday."
    evs = found_2026_11_24(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0841", evs
    assert codes(evs[0]["source"]) == ["BGDJUD"], evs


def test_hostages_handed_to_an_intermediary_are_released_to_their_country(coder):
    text = "The militants handed three Kenyan hostages to the Red Cross in Gedo on Thursday."
    evs = found_2026_11_24(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0841", evs
    assert keys(evs[0]["target"]) == {"KEN"}, evs


def test_a_leaders_retreat_is_no_withdrawal(coder):
    text = "Pacific leaders will discuss the treaty at a leaders' retreat in Apia next month."
    assert not found_2026_11_28(coder, text, "RETREAT")
    text = "The cabinet held a weekend retreat at the presidential lodge on Sunday."
    assert not found_2026_11_28(coder, text, "RETREAT")
    assert found_2026_11_28(
        coder, "The rebels began a hasty retreat from Mopti on Monday.", "RETREAT"
    )


def test_a_march_demanding_a_resignation_has_the_story_s_country(coder):
    text = (
        "QUITO, Nov 28 (AP) - Thousands of protesters marched on the National Assembly on "
        "Saturday to demand the resignation of the interior minister."
    )
    evs = found_2026_11_28(coder, text, "PROTEST")
    assert evs and all((e["location"] or {}).get("country") == "ECU" for e in evs), evs
    # an office given up is still no scene
    evs = found_2026_11_28(
        coder, "QUITO, Nov 28 (AP) - The interior minister resigned on Saturday.", "RETREAT"
    )
    assert evs and all(e["location"] is None for e in evs), evs


def test_soldiers_and_civilians_handed_over_are_released(coder):
    text = ("Armenian and Azerbaijani troops clashed on Tuesday. On Thursday the two sides handed "
            "over two shepherds and a soldier captured during the fighting.")  # fmt: skip
    evs = found_2026_11_20(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0841", evs
    assert not found_2026_11_20(coder, text, "COOPERATE")
    # suspects handed over are still extradited
    evs = found_2026_11_20(
        coder, "Kenya handed over two suspects to Uganda on Monday.", "COOPERATE"
    )
    assert evs and evs[0]["cameo"] == "063", evs


def test_a_convoy_let_through_is_access(coder):
    text = "Government troops let a UNICEF convoy of nine lorries through to Kadugli on Friday."
    evs = found_2026_11_20(coder, text, "RETREAT")
    assert evs and evs[0]["cameo"] == "0863" and evs[0]["target"][0]["org"] == "UNICEF", evs


def test_span_of_time_to_act_is_an_ultimatum(coder):
    """ "gave the rebels 48 hours to surrender": the parser hangs the infinitive on "hours";
    a span of time given for another's act is an ultimatum (139) as "until Friday to" is."""
    for text, target in [
        ("The Malian army gave the rebels 48 hours to surrender.", "REB"),
        ("Israel gave Hamas 24 hours to release the hostages.", "HAMAS"),
        ("The European Union gave Hungary two months to withdraw the law.", "HUN"),
        ("The Nigerian army gave the insurgents until midnight to surrender.", "REB"),
    ]:
        evs = events_of(coder, text, "2024-05-01")
        got = [e for e in evs if e["cameo"] == "139"]
        assert got, (text, evs)
        tgt = {a["code"] for a in got[0]["target"]} | {a["org"] for a in got[0]["target"]}
        assert any(target in (t or "") for t in tgt), (text, got[0]["target"])
        # what was demanded is content, not a surrender or release by the one who demands it
        assert not [e for e in evs if e["type"] in ("RETREAT", "CONCEDE")], (text, evs)


@pytest.mark.parametrize("text", [
    "The militants released a video on Tuesday showing the hostages in a cellar.",
    "A new video of the captives was released by the group on Monday.",
    "The ministry released figures showing a rise in arrests.",
    "The army released a statement denying the reports.",
])  # fmt: skip
def test_releasing_a_video_or_figures_is_no_release_of_people(coder, text):
    assert "RETREAT" not in types(coder, text), text


def test_releasing_prisoners_is_still_a_release(coder):
    e = found_2019_02_20(coder, "Colombian rebels released twelve soldiers on Friday.", "RETREAT")
    assert e and e[0]["cameo"] == "0841"


def test_ordering_ones_own_forces_to_leave_is_a_withdrawal(coder):
    got = events_of(
        coder, "The French president has ordered French soldiers in Mali to leave by the summer."
    )
    assert "SANCTION" not in [e["type"] for e in got]
    assert any(e["type"] == "RETREAT" and e["cameo"] == "0872" for e in got), got


def test_a_resignation_is_not_from_whatever_it_affects(coder):
    text = "The US defence secretary resigned on Thursday. The resignation deprives Europe of a reliable interlocutor."
    got = found_2019_02_20(coder, text, "RETREAT")
    assert got and not [
        e for e in got if "EUR" in keys(e["target"]) or "EU" in keys(e["target"])
    ], got


def test_people_freed_are_still_released(coder):
    rows = event_rows(coder, "Kenyan police freed 30 protesters in Nairobi.", "2019-03-20")
    assert [r for r in rows if r[0] == "RETREAT" and r[1] == "0841"], rows


def test_a_place_freed_from_control_is_no_release(coder):
    evs = events_of(
        coder,
        "The town was freed from the rebels' control last year after a long siege.",
        "2024-05-02",
    )
    assert not _of_type(evs, "RETREAT"), evs
    evs = events_of(coder, "Ten Malian students were freed from detention on Monday.", "2024-05-02")
    assert _of_type(evs, "RETREAT"), evs


def test_a_move_to_withdraw_troops_is_a_decided_withdrawal(coder):
    # CODING.md: a promised or decided future withdrawal is CONCEDE, not yet a RETREAT
    evs = events_of(
        coder,
        "The Belgian prime minister's move to withdraw troops from Mali angered Bamako.",
        "2024-05-02",
    )
    assert _of_type(evs, "CONCEDE") and not _of_type(evs, "RETREAT"), evs
    # the troops withdrawn are the withdrawing state's own, no target
    evs = events_of(
        coder,
        "But the Belgian cabinet's move to pull troops out of the region was called a "
        "betrayal by the rebels.",
        "2024-05-02",
    )
    concessions = _of_type(evs, "CONCEDE")
    assert concessions and not concessions[0]["target"], evs


def test_a_withdrawal_announced_as_under_way_is_a_promise(coder):
    evs = events_of(
        coder,
        "Last month Biden announced that he was pulling the 900 troops out of Niger.",
        "2024-05-02",
    )
    assert [e for e in evs if e["type"] == "CONCEDE"], evs
    assert not _of_type(evs, "RETREAT"), evs
    # told as under way by a spokesman, it is the withdrawal itself
    evs = events_of(
        coder,
        "On Monday the Malian army said it was pulling its troops out of the town after heavy"
        " losses.",
        "2024-05-02",
    )
    assert _of_type(evs, "RETREAT"), evs


def test_civilians_leaving_a_place_make_no_withdrawal(coder):
    for text in (
        "Hundreds of villagers who left territory the insurgents controlled were moved to camps.",
        "Thousands of residents left the town as the army advanced.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not _of_type(evs, "RETREAT"), (text, evs)
    evs = _of_type(
        events_of(coder, "Russian troops withdrew from Kherson in November.", "2024-05-02"),
        "RETREAT",
    )
    assert evs, evs


def test_a_withdrawal_done_or_ordered_of_another_stays_a_retreat(coder):
    for text in (
        "The Canadian army completed its withdrawal from Gao on Monday.",
        "Canadian troops withdrew from Gao on Monday.",
    ):
        assert found(coder, text, "RETREAT") and not found(coder, text, "CONCEDE"), text
    # a court's order to another is no promise of the ordered party's
    text = "The court ordered the Danish army to withdraw its troops from Chad."
    assert not found(coder, text, "CONCEDE"), text


def test_leaving_ground_is_a_withdrawal_and_leaving_a_job_is_not(coder):
    for text, source in (
        ("Armenian troops left the territory on Monday.", "ARMMIL"),
        ("Pakistani troops left their posts along the border.", "PAKMIL"),
        ("Russia left its bases in Georgia.", "RUS"),
        ("Kurdish rebels left their strongholds in the hills.", "REB"),
    ):
        evs = found(coder, text, "RETREAT")
        assert [(e["cameo"], codes(e["source"])) for e in evs] == [("0872", [source])], text
    for text in ("The Kenyan ministers left their positions after the scandal.",
                 "The Kenyan minister left her post after the scandal."):  # fmt: skip
        assert found(coder, text, "RETREAT") == [], text


def test_released_instalments_are_aid(coder):
    for text, target in (
        ("The IMF released the final installments of the loan to Pakistan.", "PAK"),
        ("The World Bank released loans worth 2 billion dollars to Egypt.", "EGY"),
    ):
        evs = found(coder, text, "AID")
        assert [(e["cameo"], codes(e["target"])) for e in evs] == [("071", [target])], text
        assert found(coder, text, "RETREAT") == [], text


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


def test_a_truce_deal_between_parties_that_took_effect_is_implemented(coder):
    # "the ceasefire deal ... took effect": the truce applied, by the parties the deal is
    # between (RETREAT 0871), not a deal agreed (AGREE) or promised (CONCEDE)
    for text, parties in (
        ("A ceasefire deal between Ethiopia and Eritrea took effect on Sunday.", ["ERI", "ETH"]),
        ("The truce agreement between Armenia and Azerbaijan came into force on Monday.",
         ["ARM", "AZE"]),
    ):  # fmt: skip
        rows = event_rows(coder, text, "2026-06-12")
        got = [r for r in rows if r[0] == "RETREAT"]
        assert got and got[0][1] == "0871" and got[0][4] == "asserted", (text, rows)
        assert sorted(s[:3] for s in got[0][2]) == parties, (text, rows)
        assert not [r for r in rows if r[0] in ("AGREE", "CONCEDE")], (text, rows)
    # one still to take effect is not implemented
    rows = event_rows(
        coder, "The ceasefire deal between Ethiopia and Eritrea will take effect on Sunday.",
        "2026-06-12",
    )  # fmt: skip
    assert not [r for r in rows if r[0] == "RETREAT" and r[4] == "asserted"], rows


def test_forces_that_left_a_place_under_a_deal_withdrew(coder):
    # the deal is what they left under, not a treaty quit (SANCTION 166 needs it as the object)
    for text in (
        "Syrian rebels left Aleppo under an agreement with Russia.",
        "British troops left Basra under a deal with the Iraqi government.",
    ):
        rows = event_rows(coder, text, "2026-06-12")
        assert [r for r in rows if r[0] == "RETREAT" and r[1] == "0872"], (text, rows)
        assert not [r for r in rows if r[0] == "SANCTION"], (text, rows)
    rows = event_rows(
        coder, "The United States left the nuclear deal with Iran in 2018.", "2026-06-12"
    )
    assert [r for r in rows if r[0] == "SANCTION" and r[1] == "166"], rows


def test_forces_that_left_their_positions_in_a_place_withdrew(coder):
    # ("leaving Assad in power" is no retreat; "in the north" does not make it one)
    for text in (
        "Malian army units left their positions in the north on Monday.",
        "The junta said that all army units had left their positions in Mali in order to end "
        "the hostilities.",
    ):
        got = _typed(coder, text, "RETREAT")
        assert got and got[0]["cameo"] == "0872", (text, got)


def test_control_of_a_place_given_up_is_a_retreat(coder):
    e = found_2022_03_08(
        coder, "Separatist fighters in Mali gave up control of the town on Sunday.", "RETREAT"
    )
    assert e and e[0]["cameo"] == "084" and "MLI" in keys(e[0]["source"]), e


@pytest.mark.parametrize("text", [
    "Tuareg rebels put down their firearms on Thursday after talks with the governor.",
    "Tuareg rebels laid down their guns on Thursday.",
    "Tuareg rebels handed over their weapons to UN peacekeepers on Thursday.",
])  # fmt: skip
def test_an_armed_group_giving_up_its_guns_disarms(coder, text):
    evs = found_2021_03_09(coder, text, "RETREAT")
    assert [e["mode"] for e in evs] == ["disarm"], evs
    assert not found_2021_03_09(coder, text, "AID")


@pytest.mark.parametrize("text,src,cameo", [
    ("Belarus allowed the inspectors to visit the plant on Monday.", "BLR", "0862"),
    ("The Zambian authorities have allowed election monitors to work without harassment.",
     "ZMBGOV", "0862"),
    ("Egypt allowed the aid trucks to cross into Gaza on Sunday.", "EGY", "0863"),
    ("Sudan let the UN inspectors visit the camps.", "SDN", "0862"),
    ("Belarus permitted the inspectors to enter the plant on Monday.", "BLR", "0862"),
])  # fmt: skip
def test_letting_observers_or_aid_in_is_access(coder, text, src, cameo):
    evs = [e for e in found_2023_04_11(coder, text, "RETREAT") if e["mode"] == "access"]
    assert [(e["cameo"], codes(e["source"])) for e in evs] == [(cameo, [src])], evs


@pytest.mark.parametrize("text", [
    "The Zambian police allowed the students to march to parliament.",
    "Belarus allowed the opposition leader to leave the country.",
])  # fmt: skip
def test_letting_others_act_is_no_access(coder, text):
    evs = [e for e in found_2023_04_11(coder, text, "RETREAT") if e["mode"] == "access"]
    assert not evs, evs


@pytest.mark.parametrize(
    ("text", "code", "body"),
    [
        # passage granted to a convoy (gold/CODING.md: allowing convoys through is RETREAT
        # access), aimed at the aid body whose convoy was told just before
        ("The World Food Programme said its convoy carrying food was waiting at the border. "
         "Eritrea gave permission for the convoy to pass on Friday.", "086", "WFP"),
        # access kept open: a permission to use a crossing extended
        ("A United Nations convoy of 25 trucks carrying food reached Kordofan on Monday, the agency "
         "said. Sudan's government extended its permission to use the crossing by three months.",
         "0863", "UNO"),
    ],
)  # fmt: skip
def test_permission_for_a_convoy_is_access_for_its_aid_body(coder, text, code, body):
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "RETREAT"]
    assert evs and evs[0]["cameo"].startswith(code), evs
    assert any(body in a["code"] for a in evs[0]["target"]), evs
