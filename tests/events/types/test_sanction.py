"""Event type SANCTION: sanctions, expulsions, convictions and broken-off relations: patterns,
their doers and targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys, parties
from tests.helpers import (
    _of_type,
    found_2019_02_20,
    found_2021_06_09,
    found_2024_05_02,
    found_2025_03_05,
    found_2025_03_12,
    found_2026_06_12,
    found_2026_07_16,
    found_2026_10_14,
    found_2026_11_19,
    found_2026_11_30,
    found_2026_12_10,
    types,
)
from tests.helpers import coded_2023_03_15 as coded

PUBLISHED = "2024-05-02"
found = finder("2026-03-18")


def test_financing_suspended_to_a_state_is_a_sanction(coder):
    for text in (
        "ECOWAS suspended all development financing to Mali.",
        "The World Bank froze financing for Niger after the coup.",
    ):
        sa = found_2025_03_05(coder, text, "SANCTION")
        assert sa and sa[0]["cameo"] == "1621", events_of(coder, text, "2025-03-05")
    text = "The company suspended financing for the project."
    assert not events_of(coder, text, "2025-03-05"), text


def test_visas_refused_to_officials_are_a_sanction(coder):
    e = found_2026_06_12(coder, "Poland refused visas to Russian officials.", "SANCTION")
    assert e and e[0]["cameo"] == "163", e


def test_visa_services_suspended_for_a_countrys_citizens_are_a_sanction(coder):
    # a cut in consular relations with the state (gold/CODING.md), not people kept out
    text = "On Friday the ministry suspended visa services for Ruritanian citizens until further notice."
    e = found_2026_06_12(coder, text, "SANCTION")
    assert e and e[0]["cameo"] == "160", e
    assert not found_2026_06_12(coder, text, "COERCE")


def test_visa_bans_imposed_on_officials_are_a_sanction_not_a_ban_on_a_party(coder):
    text = "London on Tuesday imposed visa bans on nine Belarusian judges."
    e = found_2026_06_12(coder, text, "SANCTION")
    assert e and e[0]["cameo"] == "163" and codes(e[0]["source"]) == ["GBRGOV"], e
    assert not found_2026_06_12(coder, text, "COERCE")


def test_talks_ended_with_a_deal_are_not_broken_off(coder):
    text = (
        "The government and the rebels ended their talks on Saturday with a deal to extend "
        "their ceasefire by six months."
    )
    assert not found_2024_05_02(coder, text, "SANCTION"), events_of(coder, text, PUBLISHED)
    assert found_2024_05_02(
        coder, "The government ended talks with the rebels on Saturday.", "SANCTION"
    )


def test_a_panel_of_a_court_convicts(coder):
    e = found(
        coder,
        "A panel of Peru's Supreme Court on Tuesday convicted three police officers.",
        "SANCTION",
    )
    assert e and e[0]["mode"] == "convict" and codes(e[0]["source"]) == ["PERJUD"], e
    assert codes(e[0]["target"]) == ["PERCOP"], e


def test_the_charge_of_a_conviction_is_no_event(coder):
    text = ("A court in Lima on Tuesday convicted two army officers and a police agent of plotting "
            "to assassinate President Jose Jeri and seize the congress.")  # fmt: skip
    evs = events_of(coder, text, "2026-03-18")
    assert [e["type"] for e in evs] == ["SANCTION"], evs
    text = "A Kenyan court sentenced two men to 20 years for conspiring to bomb the parliament."
    assert [e["type"] for e in events_of(coder, text, "2026-03-18")] == ["SANCTION"]
    text = "Peru's Supreme Court convicts officers over plot to kill president"
    assert [e["type"] for e in events_of(coder, text, "2026-03-18")] == ["SANCTION"]
    # an attempt told as a fact is still an attack
    assert found(
        coder, "Gunmen tried to assassinate the Peruvian president in Lima on Monday.", "ASSAULT"
    )


def test_advice_is_not_an_act(coder):
    for text in (
        "Kyiv would be wise to invite observers from the Council of Europe.",
        "Kyiv would be wise to pass the language law and to invite observers from the OSCE.",
        "Washington would be well advised to lift the sanctions on Cuba.",
        "It is time for Brussels to freeze the funds for Hungary.",
    ):
        # in the writer's own voice: an opinion, no event
        assert not events_of(coder, text, "2026-11-04"), text
    # advice someone gives is not told as done
    text = "Brussels would be wise to freeze the funds for Hungary, the Polish minister said."
    evs = events_of(coder, text, "2026-11-04")
    assert all(e["modality"] != "asserted" for e in evs), evs
    # a judgement of a past act keeps it asserted
    evs = found_2026_10_14(coder, "Kenya was right to expel the Somali ambassador last week.", "SANCTION",
                "2026-11-04")  # fmt: skip
    assert all(e["modality"] == "asserted" for e in evs), evs


def test_freezing_participation_in_an_organisation_is_a_sanction(coder):
    text = (
        "Kyrgyzstan froze its participation in the Collective Security Treaty Organization in 2023."
    )
    evs = found_2026_11_19(coder, text, "SANCTION")
    assert evs and keys(evs[0]["source"]) == {"KGZ"} and keys(evs[0]["target"]) == {"CSTO"}, evs


def test_supplies_cut_to_another_country_are_a_sanction(coder):
    evs = events_of(coder, "Moscow cut gas to Transnistria on January 1, 2025.", "2026-11-30")
    assert [e["type"] for e in evs] == ["SANCTION"] and keys(evs[0]["target"]) == {"MDA"}, evs
    evs = found_2026_11_30(coder, "Belarus cut electricity to Lithuania on Monday.", "SANCTION")
    assert evs, evs
    evs = found_2026_11_30(coder, "The Ethiopian government cut electricity to the Tigray region on Monday.",
                "COERCE")  # fmt: skip
    assert evs and evs[0]["mode"] == "withhold", evs


def test_a_treaty_held_in_abeyance_is_suspended(coder):
    text = "Uzbekistan has held the water treaty in abeyance since March."
    evs = found_2026_12_10(coder, text, "SANCTION")
    assert evs and codes(evs[0]["source"]) == ["UZB"], evs


def test_a_noun_under_another_preposition_is_not_the_patterns(coder):
    text = "Under the new accord, Ugandan soldiers will withdraw from their posts in the east."
    assert not found_2026_07_16(coder, text, "SANCTION")
    assert found_2026_07_16(coder, "Uganda will withdraw from the accord next year.", "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "The African Union imposed travel bans and asset freezes on six Malian officials on Monday.",
        "Canada imposed asset freezes and travel bans on three Iranian generals.",
        "The European Union imposed sanctions and travel bans on four Russian judges.",
    ],
)  # fmt: skip
def test_travel_bans_and_asset_freezes_on_foreign_officials_are_one_sanction(coder, text):
    got = coded(coder, text)
    assert [(t, c) for t, c, _, _, _ in got] == [("SANCTION", "163")]
    assert got[0][3]  # on the officials named


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The European Union banned Iranian airlines from flying to the bloc.", "SANCTION"),
        ("Authorities in Minsk imposed a travel ban on the opposition leader.", "COERCE"),
        ("Israel imposed new restrictions on Palestinians in the West Bank.", "COERCE"),
    ],
)  # fmt: skip
def test_a_restriction_on_another_states_officials_is_a_sanction(coder, text, want):
    assert [t for t, _, _, _, _ in coded(coder, text)] == [want]


def test_telling_someone_one_is_going_out_is_no_expulsion(coder):
    assert "SANCTION" not in types(
        coder, "The Iraqi ministers told their aides they were going out for lunch."
    )


def test_ordering_foreign_diplomats_to_leave_is_still_an_expulsion(coder):
    e = found_2019_02_20(
        coder, "Poland ordered two Russian diplomats to leave the country.", "SANCTION"
    )
    assert e and e[0]["cameo"] == "166" and keys(e[0]["target"]) == {"RUS"}


def test_a_boycott_states_impose_is_a_sanction(coder):
    evs = events_of(
        coder,
        "Four Gulf states imposed a trade and diplomatic boycott on Oman last year.",
        "2024-05-02",
    )
    assert _of_type(evs, "SANCTION") and not _of_type(evs, "PROTEST"), evs


def test_leaving_someone_in_power_is_no_withdrawal_from_him(coder):
    for text in (
        "The EU announced that its monitors would leave next month, leaving the junta in power.",
        "In March France said its troops would withdraw from Mali, leaving the colonels in charge.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not [e for e in evs if e["trigger"].startswith("leav")], (text, evs)
    evs = _of_type(events_of(coder, "The UN mission left Mali in 2023.", "2024-05-02"), "SANCTION")
    assert evs and codes(evs[0]["target"]) == ["MLI"], evs


@pytest.mark.parametrize("text", [
    "Mali's junta ejected the UN observers on Tuesday.",
    "The junta ousted the election monitors from Mali.",
])  # fmt: skip
def test_ejecting_observers_is_expelling_them(coder, text):
    e = found_2021_06_09(coder, text, "SANCTION")
    assert e and e[0]["mode"] == "expel", e


def test_a_round_of_talks_is_talks(coder):
    e = found_2025_03_12(coder, "Armenia said it would pull out of the next round of talks with Azerbaijan.",
              "SANCTION")  # fmt: skip
    assert e and e[0]["cameo"] == "164" and parties(e[0]) == {"ARM", "AZE"}, e


@pytest.mark.parametrize("text", [
    "Chile postponed its talks with Bolivia on the maritime border on Monday.",
    "The African Union said on Monday it had delayed a round of the dialogue between Sudan and South Sudan.",
])  # fmt: skip
def test_putting_off_talks_halts_them(coder, text):
    e = found_2025_03_12(coder, text, "SANCTION")
    assert e and e[0]["cameo"] == "164", e


@pytest.mark.parametrize("text,src,tgt", [
    ("Doctors Without Borders withdrew from Chad on Tuesday, citing threats to its staff.",
     "NGOMSF", "TCD"),
    ("The Red Cross pulled out of Eritrea last week.", "NGOICR", "ERI"),
])  # fmt: skip
def test_an_aid_group_leaving_a_country_withdraws_its_work(coder, text, src, tgt):
    # not a retreat of forces (RETREAT 0872): the group ends its work there (SANCTION 166)
    e = found(coder, text, "SANCTION")
    assert e and e[0]["cameo"] == "166" and codes(e[0]["source"]) == [src], e
    assert keys(e[0]["target"]) == {tgt}, e


def test_an_alliance_or_an_army_leaving_a_country_still_retreats(coder):
    text = "NATO withdrew from Bosnia in 2004. Chadian troops withdrew from Niger on Monday."
    assert not found(coder, text, "SANCTION")
    assert len(found(coder, text, "RETREAT")) == 2


def test_a_fronted_phrase_is_not_the_preposition_of_the_pattern_noun(coder):
    # `suspend membership in T`: the "in" after "membership", not the fronted "In a sign of"
    text = "In a sign of the rift, Mali suspended its membership in ECOWAS on Monday."
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "SANCTION"]
    assert evs and codes(evs[0]["target"]) and codes(evs[0]["target"])[0].startswith("IGOWAF"), evs


def test_states_that_trigger_the_return_of_sanctions_impose_them(coder):
    # "trigger the snapback of U.N. sanctions on T": the triggering states are the doers, not
    # the body whose sanctions return; held over a condition it is their threat
    text = "Italy and Spain triggered the snapback of U.N. sanctions on Zambia on Thursday."
    e = found(coder, text, "SANCTION")
    assert e and keys(e[0]["source"]) == {"ITA", "ESP"} and keys(e[0]["target"]) == {"ZMB"}, e
    text = ("Italy said it was ready to trigger the return of U.N. sanctions on Zambia if it did "
            "not free the prisoners.")  # fmt: skip
    assert not found(coder, text, "SANCTION")
    t = found(coder, text, "THREATEN")
    assert t and keys(t[0]["source"]) == {"ITA"} and keys(t[0]["target"]) == {"ZMB"}, t


@pytest.mark.parametrize(
    "text",
    [
        "Britain said it had frozen the British assets of the Freedonian general and barred "
        "British citizens from dealing with him.",
        "Japan's trade ministry on Tuesday added six Chinese drone makers to its export "
        "blacklist, barring them from trade with Japan and freezing their assets there.",
    ],
)
def test_barring_ones_own_from_dealings_is_part_of_the_sanction(coder, text):
    # the sanctioner's own people barred from dealing with the one sanctioned is part of one
    # financial sanction (gold codes the sanction once), not a restriction (COERCE 1722) of them
    rows = event_rows(coder, text, "2026-06-12")
    assert not [r for r in rows if r[0] == "COERCE"], rows
    assert len([r for r in rows if r[0] == "SANCTION"]) == 1, rows


@pytest.mark.parametrize("text", [
    "A Kenyan court on Monday found the former minister guilty of corruption.",
    "Judges in Nairobi found two opposition activists guilty of inciting violence.",
    "The High Court found Kenya's former spy chief liable for the damage.",
])  # fmt: skip
def test_a_court_finding_someone_guilty_convicts_them(coder, text):
    e = found(coder, text, "SANCTION")
    assert e and e[0]["mode"] == "convict" and keys(e[0]["source"]) == {"KEN"}, e
    assert e[0]["target"], e


@pytest.mark.parametrize("text", [
    "Chile on Friday declared Bolivia's ambassador persona non grata.",
    "Chile declared two Bolivian diplomats persona non grata on Friday.",
    # a singular object the small model reads as a compound of "persona"
    "Chile declared a Bolivian diplomat persona non grata on Friday over spying.",
    "Chile on Friday declared a Bolivian attache persona non grata.",
])  # fmt: skip
def test_diplomats_declared_persona_non_grata_are_expelled(coder, text):
    e = found(coder, text, "SANCTION")
    assert e and e[0]["cameo"] == "166" and keys(e[0]["target"]) == {"BOL"}, e
    assert keys(e[0]["source"]) == {"CHL"}, e


def test_a_state_ordering_its_own_diplomats_out_expels_no_one_of_its_own(coder):
    e = found(coder, "Chile ordered its diplomats to leave Bolivia.", "SANCTION")
    assert e and "CHL" not in keys(e[0]["target"]), e
    text = (
        "Chile on Thursday ordered two Bolivian diplomats to leave the country within a week. "
        "The Chilean foreign ministry summoned Bolivia's charge d'affaires and handed her a "
        "note declaring the embassy's first secretary and its defence attache persona non grata."
    )
    e = found(coder, text, "SANCTION")
    assert len(e) == 1 and keys(e[0]["target"]) == {"BOL"}, e


@pytest.mark.parametrize("text,target", [
    ("Peru evacuated its embassy staff from Ecuador on Sunday.", {"ECU"}),
    ("Peru evacuated its diplomats from Quito last week.", {"ECU"}),
    ("The Peruvian foreign minister ordered his country's diplomats to evacuate on Monday.", set()),
])  # fmt: skip
def test_a_state_evacuating_its_own_diplomats_cuts_its_presence_not_aid(coder, text, target):
    rows = events_of(coder, text)
    assert not [e for e in rows if e["type"] in ("AID", "RETREAT")], rows
    e = [e for e in rows if e["type"] == "SANCTION"]
    assert e and e[0]["cameo"] == "161" and keys(e[0]["source"]) == {"PER"}, rows
    assert keys(e[0]["target"]) == target, rows


def test_civilians_evacuated_by_an_aid_body_stay_aid(coder):
    e = found(coder, "The Red Cross evacuated civilians from the besieged town.", "AID")
    assert e and e[0]["cameo"] == "073", e


def test_suspending_border_markets_cuts_trade(coder):
    text = "Thailand suspended the weekly border markets with Myanmar after the shooting."
    got = found(coder, text, "SANCTION")
    assert got and got[0]["cameo"] == "160" and codes(got[0]["target"]) == ["MMR"], got


@pytest.mark.parametrize("text", [
    "The general ousted his deputy from the committee.",
    "The ruling party ousted the mayor from his seat on the board.",
])  # fmt: skip
def test_ousting_someone_from_a_body_or_post_is_expulsion_not_force(coder, text):
    evs = events_of(coder, text, PUBLISHED)
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs
    assert [e["mode"] for e in evs if e["type"] == "SANCTION"] == ["expel"], evs


def test_ousting_fighters_from_a_town_stays_an_assault(coder):
    evs = events_of(coder, "Government troops ousted the rebels from the town.", PUBLISHED)
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Ghana said it would close its border with Togo to trade from Monday.", "planned"),
        ("Ghana closed its border crossings with Togo to freight traffic on Friday.", "asserted"),
        ("Ghana suspended the weekly border markets with Togo on Friday.", "asserted"),
        # the noun: the parser hangs "to trade" on "closure", "to freight traffic" on the border
        ("Ghana announced the closure of its border to trade with Togo on Friday.", "asserted"),
        (
            "Ghana ordered the closure of its border with Togo to freight traffic on Friday.",
            "asserted",
        ),
    ],
)
def test_border_closed_to_trade_is_a_sanction(coder, text, modality):
    """gold/CODING.md "Closing a border or a crossing": a closure limited to trade, freight or
    a market cuts trade (SANCTION 160, aimed at the neighbour), announced with no condition
    planned; the parser's infinitive "to trade" is no COOPERATE of its own."""
    rows = event_rows(coder, text, "2026-11-19")
    assert rows == [("SANCTION", "160", ["GHA"], ["TGO"], modality)], rows


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Honduras and Nicaragua signed a fisheries agreement in March. On Tuesday the "
            "Nicaraguan government recalled its ambassador.",
            ("161", ["NICGOV"], ["HND"]),
        ),
        (
            "Serbia and Kosovo held talks in Brussels last month. On Friday Serbia's president "
            "said Belgrade would pull out of the next round of talks.",
            ("164", ["SRBGOV"], ["XKX"]),
        ),
        (
            # the country's name as the doer: "its ambassador" is its own envoy, no target
            "Spain summoned Morocco's ambassador on Wednesday. On Thursday Morocco recalled "
            "its ambassador for consultations.",
            ("161", ["MAR"], ["ESP"]),
        ),
    ],
)
def test_a_sanction_naming_no_one_is_aimed_at_the_other_state_of_the_pair(coder, text, want):
    """A sanction a state makes naming no one (recalling its ambassador, pulling out of
    talks), in a story about it and one other state, is aimed at that other state."""
    e = found(coder, text, "SANCTION")
    assert [(x["cameo"], codes(x["source"]), codes(x["target"])) for x in e] == [want], e


def test_a_domestic_sanction_naming_no_one_takes_no_other_state(coder):
    # no pair of states told: no one to aim it at
    text = (
        "Protesters marched in the capital of Kenya on Monday. The government said it would "
        "impose sanctions."
    )
    e = found(coder, text, "SANCTION")
    assert e and all(not x["target"] for x in e), e


def test_sentenced_him_after_a_conviction_the_parser_read_into_the_subject(coder):
    """ "A court on Friday convicted X ... and sentenced him": the parser may hang "convicted X"
    inside the subject phrase; "him" is still X, the one sentenced, not the court."""
    text = (
        "A Malaysian court on Friday convicted opposition leader Hamzah Rashid of sedition "
        "and sentenced him to three years in prison."
    )
    got = found(coder, text, "SANCTION")
    assert got and all(keys(e["target"]) == {"MYS"} for e in got), got
    assert any("OPP" in a["sector"] for e in got for a in e["target"]), got


def test_a_bloc_suspending_a_member_state_needs_no_from_phrase(coder):
    # `suspend T!:places|...`: the state's name as the object is the member suspended, also
    # when the parser takes the name for a person's
    for text, who in (
        ("The Commonwealth suspended Fiji after the coup.", "FJI"),
        ("The African Union suspended Madagascar after the coup.", "MDG"),
    ):
        sa = found(coder, text, "SANCTION")
        assert sa and sa[0]["cameo"] == "166" and keys(sa[0]["target"]) == {who}, events_of(
            coder, text
        )
    for text in (
        "The government suspended talks with the rebels.",
        "The party suspended the senator over his remarks.",
    ):
        assert not [e for e in found(coder, text, "SANCTION") if e["cameo"] == "166"], text
