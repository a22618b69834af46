"""Actors taken from the wrong default or the wrong namesake: a dateline two bureaus share,
and an organisation's alias that is only the end of another proper name."""

from __future__ import annotations

from dotterel.clean import clean

from .conftest import events_of, finder
from .test_actors import codes, mentions

found = finder("2020-06-15")


# -- a dateline shared by bureaus in two countries ------------------------------------------------
def test_a_shared_dateline_keeps_every_place():
    c = clean("OTTAWA/LIMA (Reuters) - Peru recalled its envoy.")
    assert c.dateline == "Ottawa" and c.dateline_others == ("Lima",)
    assert clean("LIMA (Reuters) - Peru recalled its envoy.").dateline_others == ()


def test_a_shared_dateline_gives_no_country_before_the_story_names_one(coder):
    text = "OTTAWA/LIMA (Reuters) - Rebels attacked an army post near the border, killing four."
    evs = found(coder, text, "ASSAULT")
    assert evs and all(a["country"] in (None, "PER") for a in evs[0]["source"]), evs
    assert all(a["country"] != "CAN" for e in evs for a in e["source"] + e["target"]), evs


def test_a_shared_dateline_is_the_country_of_its_places_the_story_names(coder):
    text = ("OTTAWA/LIMA (Reuters) - Peru's president faced new protests on Monday. "
            "Police fired tear gas at the marchers in the capital.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["source"][0]["code"] == "PERCOP", evs


# -- an organisation's alias at the end of a longer name --------------------------------------------
def test_a_longer_name_ending_in_an_armed_groups_alias_is_not_that_group(kb):
    got = mentions(kb, "The Popular Resistance Front claimed the bombing of the depot.")
    assert not any(c and c.endswith("TRF") for _, c, _, _ in got), got
    # the group's own name still is the group
    got = mentions(kb, "The Resistance Front claimed the bombing of the depot.")
    assert any(c and c.endswith("TRF") for _, c, _, _ in got), got


def test_a_persons_or_buildings_name_ending_in_a_partys_alias_is_not_that_party(kb):
    got = mentions(kb, "Police arrested Karim El Fateh, a baker, in the old town.")
    assert not any(c and "FTH" in c for _, c, _, _ in got), got
    got = mentions(kb, "Gunmen fired on worshippers leaving the El Fateh mosque.")
    assert not any(c and "FTH" in c for _, c, _, _ in got), got
    # a nationality adjective or a country before the name keeps it
    got = mentions(kb, "Lebanese Hezbollah fired rockets at the border post.")
    assert any(c and "HEZ" in c for _, c, _, _ in got), got
    got = mentions(kb, "Fatah accused Hamas of stalling the talks.")
    assert any(c and "FTH" in c for _, c, _, _ in got), got
    # a people's word before it too ("Kurdish" is a proper noun to the parser)
    got = mentions(kb, "Turkish jets struck the Syrian Kurdish YPG militia near the border.")
    assert any(c and c.endswith("YPG") for _, c, _, _ in got), got


# -- the one who meets a counterpart of a country is not of that country ---------------------------
def test_who_meets_a_countrys_counterpart_is_not_of_that_country(coder):
    text = "The defence secretary met his Brazilian counterpart in Brasilia on Monday."
    evs = found(coder, text, "CONSULT")
    assert evs and all(a["country"] != "BRA" for a in evs[0]["source"]), evs
    assert any(a["country"] == "BRA" for e in evs for a in e["source"] + e["target"]), evs
    # a foreign minister with no such counterpart still takes the story's country
    text = "ACCRA (Reuters) - The foreign minister met the ambassadors of three states in Accra."
    evs = found(coder, text, "CONSULT")
    assert evs and evs[0]["source"][0]["country"] == "GHA", evs


# -- a ruling party is the government ---------------------------------------------------------------
def test_a_party_called_ruling_is_the_government(coder, kb):
    text = "MASERU (Reuters) - The ruling Basotho Unity Party accused the opposition of lying."
    evs = found(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["code"] == "LSOGOV", evs
    text = "MASERU (Reuters) - Protesters burned a governing party office in the capital."
    evs = events_of(coder, text)
    assert evs and any(a["code"] == "LSOGOV" for e in evs for a in e["target"]), evs
    # a known party the story calls ruling, here and when named again
    got = mentions(kb, "Critics accused the ruling ZANU-PF of fraud. ZANU-PF denied it.")
    assert codes(got, "ZANU-PF") == ["ZWEGOV", "ZWEGOV"], got
    # "opposition" still makes the opposition
    got = mentions(kb, "Police detained leaders of the opposition MDC Alliance.")
    assert any(c == "ZWEOPP" for _, c, _, _ in got), got


# -- "the two sides" after a pair set against each other ---------------------------------------------
def test_the_two_sides_are_the_pair_a_recent_sentence_named_between(coder):
    text = ("Relations between Rabat and Algiers collapsed in 2021, when Morocco signed a security "
            "pact with Israel. Saudi Arabia brokered a deal between the two sides last year.")  # fmt: skip
    evs = found(coder, text, "CONSULT")
    assert evs and {a["country"] for a in evs[0]["target"]} == {"MAR", "DZA"}, evs
    text = ("Relations between Rabat and Algiers collapsed in 2021, when Morocco signed a security "
            "pact with Israel. The two sides later agreed to resume talks.")  # fmt: skip
    evs = found(coder, text, "AGREE")
    got = {a["country"] for e in evs for a in e["source"] + e["target"]}
    assert evs and got == {"MAR", "DZA"}, evs


# -- a group that names itself ----------------------------------------------------------------------
def test_a_self_named_hacker_group_takes_only_the_nationality_its_phrase_gives(coder):
    text = ("TALLINN (Reuters) - A hacker group calling itself BlueFox99 attacked the websites of "
            "Estonia's parliament on Monday.")  # fmt: skip
    evs = found(coder, text, "COERCE")
    assert evs and evs[0]["source"][0]["country"] is None, evs
    text = ("TALLINN (Reuters) - A Russian-linked group calling itself the Northern Cyber Army "
            "claimed responsibility for attacks on the websites of Estonia's parliament.")  # fmt: skip
    evs = events_of(coder, text)
    assert evs and evs[0]["source"][0]["code"] == "RUSREB", evs
    # a pronoun for the group is the same group: no country of the story either (the flag
    # travels with copies; matching the resolver's `why` string missed them)
    text = ("TALLINN (Reuters) - A hacker group calling itself BlueFox99 attacked the websites of "
            "Estonia's parliament on Monday. It later attacked the ministry's website.")  # fmt: skip
    evs = found(coder, text, "COERCE")
    assert len(evs) == 2 and all(e["source"][0]["country"] is None for e in evs), evs
    # calling oneself a name is no verdict on anyone
    text = "TALLINN (Reuters) - Hackers calling themselves the Cyber Army of Nowhere claimed it."
    assert not found(coder, text, "ACCUSE")


# -- a known person's given name before another surname ----------------------------------------------
def test_a_known_given_name_before_another_surname_is_another_person(kb):
    got = mentions(kb, "Police detained Imran Qureshi, a shopkeeper, on Tuesday.", "2024-05-01")
    assert not any(n == "Imran Khan" for _, _, n, _ in got), got
    got = mentions(kb, "Police detained Abiy Tesfaye, a student, on Tuesday.", "2024-05-01")
    assert not any(n == "Abiy Ahmed" for _, _, n, _ in got), got
    # the person's own full name, and the given name alone, are still the person
    got = mentions(kb, "Abiy Ahmed met the envoy. Abiy said talks went well.", "2024-05-01")
    assert [n for _, _, n, _ in got].count("Abiy Ahmed") == 2, got
