"""Event type MOBILIZE: deployments, alerts and build-ups of force: patterns, their doers and
targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    PUB_2023_11_02,
    _of,
    _of_type,
    _types,
    found_2017_09_01,
    found_2021_03_09,
    found_2024_05_02,
    found_2026_11_23,
    found_2026_11_28,
    one,
)


def _mobilize(coder, text):
    return [e for e in events_of(coder, text, PUB_2023_11_02) if e["type"] == "MOBILIZE"]


DAY = "2026-10-01"
_typed = finder("2025-03-12")
PUB = "2021-09-14"
found = finder(PUB)


@pytest.mark.parametrize("text,src", [
    ("The Norwegian army has issued a call upon its conscripts to strengthen their positions.", "NOR"),
    ("The Serbian army issued a call to reservists to report to their barracks.", "SRB"),
])  # fmt: skip
def test_a_call_to_reservists_is_a_mobilisation(coder, text, src):
    e = found_2017_09_01(coder, text, "MOBILIZE")
    assert e and src in keys(e[0]["source"]) and not found_2017_09_01(coder, text, "REQUEST"), e


def test_drills_held_with_no_place(coder):
    got = _mobilize(coder, "Pyongyang held its largest drills in decades in August 2022.")
    assert got and [a["country"] for a in got[0]["source"]] == ["PRK"], got


def test_drills_as_a_free_relative_object(coder):
    got = _mobilize(
        coder, "Pyongyang held what were then its largest drills in decades in August 2022."
    )
    assert got, got


def test_an_earthquake_drill_is_no_show_of_force(coder):
    assert not _mobilize(coder, "The city council held an earthquake drill on Monday.")


@pytest.mark.parametrize("text", [
    "The primary school held a fire drill on Wednesday morning.",
    "Fire drills were held at four clinics in the city last week.",
])  # fmt: skip
def test_a_fire_drill_is_no_show_of_force(coder, text):
    """A fire drill is a safety drill; only "live-fire" drills are an army's."""
    assert not _mobilize(coder, text)


@pytest.mark.parametrize("text", [
    "The navy deployed six desalination units to the island after the cyclone.",
    "The army sent two water purification units to the flooded district.",
])  # fmt: skip
def test_a_unit_of_equipment_is_no_force(coder, text):
    """A unit named for what it makes or treats is a machine, not a body of troops."""
    assert not _mobilize(coder, text)


def test_armoured_units_deployed_stay_a_deployment(coder):
    assert _mobilize(coder, "The army deployed two armoured units to the capital on Friday.")


def test_live_fire_drills_stay_a_show_of_force(coder):
    assert _mobilize(coder, "The navy staged live-fire drills off the southern coast on Friday.")


def test_police_sent_at_home_or_to_a_border_stay_a_deployment(coder):
    text = ("NAIROBI - Protesters blocked roads in Nairobi on Monday.\n\n"
            "The government said it would send 500 more police officers to the capital.")  # fmt: skip
    evs = events_of(coder, text, DAY)
    assert _of(evs, "MOBILIZE") and not _of(evs, "AGREE") and not _of(evs, "AID"), evs
    evs = events_of(coder, "BELGRADE - Serbia sent police officers to the border with Kosovo.", DAY)
    assert _of(evs, "MOBILIZE") and not _of(evs, "AID"), evs


def test_forces_on_full_alert_mobilize(coder):
    evs = found_2024_05_02(
        coder, "The Houthis said their naval forces are on full alert.", "MOBILIZE"
    )
    assert [keys(e["source"]) for e in evs] == [{"YEM"}], evs


def test_putting_the_army_on_alert_mobilises_the_own_army(coder):
    e = one(
        coder, "President Vucic put the army on the highest level of combat readiness.", "MOBILIZE"
    )
    assert codes(e["source"]) == ["SRBMIL"] and not e["target"]


def test_wounded_flown_to_hospital_is_no_deployment(coder):
    text = "The two wounded soldiers were flown to a military hospital in Srinagar."
    assert not found_2026_11_23(coder, text, "MOBILIZE", "2026-11-17"), text
    assert found_2026_11_23(coder, "Russia flew troops to Belarus on Monday.", "MOBILIZE")


def test_troops_moved_into_a_region_are_mobilised(coder):
    text = "Ecuador has moved extra troops and armoured vehicles into its border province of Sucumbios."
    evs = found_2026_11_28(coder, text, "MOBILIZE")
    assert evs and all("ECU" in keys(e["source"]) for e in evs), evs


def test_reinforcing_a_stance_is_no_deployment(coder):
    text = "China has reinforced its backing for the junta in Myanmar."
    assert not [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "MOBILIZE"]
    evs = events_of(coder, "Russia reinforced its positions near Bakhmut.", "2018-03-20")
    assert any(e["type"] == "MOBILIZE" for e in evs), evs


def test_the_force_deployed_or_recruited_is_no_target(coder):
    for text in (
        "Tehran has entrenched its military there, deploying drone crews and fighters from"
        " the Revolutionary Guards.",
        "The Ugandan army recruited hundreds of Congolese fighters.",
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "MOBILIZE")
        assert evs and not evs[0]["target"], (text, evs)
    # a place named stays the target
    evs = _of_type(
        events_of(coder, "Tehran deployed drone crews and fighters to Syria.", "2024-05-02"),
        "MOBILIZE",
    )
    assert evs and codes(evs[0]["target"]) == ["SYR"], evs


def test_militias_raised_by_no_one_named_did_not_raise_themselves(coder):
    evs = events_of(
        coder,
        "In Darfur, local militias raised as village guards later joined the fighting.",
        "2024-05-02",
    )
    assert not _of_type(evs, "MOBILIZE"), evs
    evs = _of_type(
        events_of(coder, "Militias were raised by the Sudanese army in Darfur.", "2024-05-02"),
        "MOBILIZE",
    )
    assert evs and codes(evs[0]["source"]) == ["SDNMIL"], evs


def test_sending_the_army_or_the_military_somewhere_is_a_deployment(coder):
    for text in (
        "Niger sent its army into the northern province of Agadez on Monday.",
        "The president said Niger will send the military to the border with Mali.",
    ):
        got = _typed(coder, text, "MOBILIZE")
        assert got and got[0]["cameo"] == "150", (text, got)


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("Hundreds of Nigerian police officers were called to Abuja on Monday to guard the ballot "
     "centres.", "153", "NGA", "NGA"),
    ("The Belarusian interior minister brought riot police into Minsk on Sunday.", "153", "BLR", "BLR"),
    ("Extra Kenyan police from the coast arrived in Nairobi as the unrest spread.", "153", "KEN", "KEN"),
    ("Thousands of Armenian troops were called to Yerevan after the clashes.", "150", "ARM", "ARM"),
    ("The United Nations announced that it has boosted its peacekeeping presence near Juba.",
     "150", "UN", "SSD"),
])  # fmt: skip
def test_forces_summoned_or_arriving_are_deployed(coder, text, cameo, src, tgt):
    e = [x for x in found(coder, text, "MOBILIZE") if x["cameo"] == cameo]
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text", [
    "Neighbours called police to the house in Leeds after hearing shouts.",
    "Police arrived at the scene shortly after the crash on the motorway.",
    "The Polish president arrived in Kyiv on Tuesday for talks.",
])  # fmt: skip
def test_a_call_for_help_or_a_visit_is_no_deployment(coder, text):
    assert not found(coder, text, "MOBILIZE"), text


@pytest.mark.parametrize("text,src", [
    ("Russia's defence industry ramped up production of cruise missiles in the spring.", "RUS"),
    ("Ukraine doubled its output of artillery shells this year.", "UKR"),
])  # fmt: skip
def test_more_weapons_made_is_a_build_up(coder, text, src):
    e = [x for x in found(coder, text, "MOBILIZE") if x["cameo"] == "150"]
    assert e and src in keys(e[0]["source"]), e


def test_more_cars_made_is_no_build_up(coder):
    assert not found(
        coder, "The Czech carmaker increased production of cars last year.", "MOBILIZE"
    )


@pytest.mark.parametrize("text", [
    "Bolivian police increased their presence in the centre of La Paz.",
    "Bolivian police stepped up patrols in the capital on Sunday.",
])  # fmt: skip
def test_police_stepping_up_presence_mobilise_police(coder, text):
    evs = found_2021_03_09(coder, text, "MOBILIZE")
    assert [e["mode"] for e in evs] == ["police"], evs


def test_police_brought_to_a_city_are_still_deployed(coder):
    found = _types(coder, "The Malawian president brought police officers to Lilongwe.")
    assert found == [("MOBILIZE", "153")]


@pytest.mark.parametrize(
    "text",
    [
        "A far-right paramilitary group formed in western Ecuador last month warned its critics.",
        "The Ecuadorian paramilitary group, which was formed by the former president, warned critics.",
    ],
)
def test_a_militia_formed_in_a_reduced_or_relative_passive_is_mobilised(coder, text):
    """The noun a reduced or relative passive describes brings its modifiers into the act's
    frame, as a passive subject does: "a paramilitary group formed last month" is a militia
    formed."""
    e = found_2024_05_02(coder, text, "MOBILIZE")
    assert e and e[0]["mode"] == "militia" and keys(e[0]["source"]) == {"ECU"}, e


def test_the_security_apparatus_is_the_police(coder):
    """ "the security apparatus" names a state's police and security organs (COP), as "the
    security forces" does."""
    e = found_2024_05_02(
        coder,
        "Bolivia's interior minister told the security apparatus to be reinforced.",
        "MOBILIZE",
    )
    assert e and codes(e[0]["source"]) == ["BOLCOP"], e


def test_patrol_ships_sent_to_a_contested_place_are_a_deployment(coder):
    text = "Japan sent three patrol boats to the Senkaku Islands on Monday."
    e = [x for x in events_of(coder, text, "2026-05-04") if x["type"] == "MOBILIZE"]
    assert e and codes(e[0]["source"]) == ["JPNMIL"], e
    # ships carrying food are aid, no deployment
    text = "The charity sent two vessels with food to Gaza."
    assert not [x for x in events_of(coder, text, "2026-05-04") if x["type"] == "MOBILIZE"]


def test_own_troops_sent_to_a_states_own_operation_are_no_aid(coder):
    # only a multinational force ("the UN mission", "a peacekeeping force") makes troops sent
    # to it aid to the state it serves in; a state's own operation or force is a deployment
    evs = events_of(coder, "Belarus sent more soldiers to its military operation in Latvia.")
    assert not [e for e in evs if e["type"] == "AID"], evs
    assert [e for e in evs if e["type"] == "MOBILIZE"], evs
    evs = events_of(coder, "Moldova sent 500 troops to a new UN force in Georgia.")
    aid = [e for e in evs if e["type"] == "AID"]
    assert aid and codes(aid[0]["target"]) == ["GEO"], evs


def test_snap_exercises_begun_are_a_mobilization(coder):
    """ "began snap exercises": "snap" read as a bare verb under "began" is the noun's
    modifier (no starting verb takes a bare verb), and the drills are a show of force."""
    for text in (
        "Belarus began snap exercises near the Polish border on Tuesday.",
        "The Chinese navy started snap drills on Monday.",
    ):
        got = [e for e in events_of(coder, text, "2026-05-20") if e["type"] == "MOBILIZE"]
        assert got and got[0]["cameo"] == "150", (text, got)


def test_platoons_and_regiments_sent_to_a_frontier_are_a_deployment(coder):
    for text in ("Nepal sent two extra platoons to the western frontier on Sunday.",
                 "Armenia moved a regiment to the border with Azerbaijan."):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert [e["type"] for e in evs] == ["MOBILIZE"], (text, evs)


def test_armoured_vehicles_moved_and_troops_moving_into_a_place_are_deployments(coder):
    """ "moved armoured vehicles towards the border" moves armour (MOBILIZE), and its denial is
    that deployment, negated (gold/CODING.md, denials); "troops moved into X" is forces sent
    into a place, as "moved troops into X" is."""
    text = "Armenia denied that it had moved armoured vehicles towards the border."
    evs = found(coder, text, "MOBILIZE")
    assert [(keys(e["source"]), e["modality"]) for e in evs] == [({"ARM"}, "negated")], evs
    evs = found(coder, "Turkish troops moved into northern Syria on Sunday.", "MOBILIZE")
    assert evs and keys(evs[0]["source"]) == {"TUR"} and keys(evs[0]["target"]) == {"SYR"}, evs
    assert not found(coder, "The protesters moved into the square on Sunday.", "MOBILIZE")
