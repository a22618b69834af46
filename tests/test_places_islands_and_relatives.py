"""Places a name only half tells and owners a relative pronoun tells: "Jeju Island" is the
province the gazetteer knows as Jeju, "St Vincent" is a country's everyday name, a site
a nationality adjective locates ("Iranian nuclear sites") is in that country, and "whose
jets" are the jets of the noun the relative clause hangs on; a named feature at sea in
the clause places a clash at sea; "the missile launch" is an act, no target."""

from __future__ import annotations

from tests.conftest import codes, finder

found = finder("2024-05-02")


def test_an_island_named_with_island_is_its_province(coder):
    text = ("MOSCOW - Russian and Chinese warships held a joint exercise off Sakhalin Island on "
            "Sunday, the defence ministry said.")  # fmt: skip
    evs = found(coder, text, "COOPERATE")
    assert evs and evs[0]["location"] is not None and evs[0]["location"]["country"] == "RUS", evs


def test_st_vincent_without_a_full_stop_is_the_country(coder):
    text = ("PORT OF SPAIN - The foreign ministers of Belize and Honduras met on the island of "
            "St Vincent on Tuesday to discuss fishing rights.")  # fmt: skip
    evs = found(coder, text, "CONSULT")
    assert evs and evs[0]["location"]["country"] == "VCT", evs


def test_a_site_a_nationality_adjective_names_is_in_that_country(coder):
    text = "KYIV - Ukrainian drones hit a Russian oil refinery overnight, officials said on Friday."
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["country"] == "RUS", evs


def test_whose_is_the_noun_the_relative_clause_hangs_on(coder):
    text = ("AMMAN - Egypt, whose warplanes bombed Libyan militia camps last year, said on "
            "Monday it would send observers to the border.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert any(codes(e["source"]) == ["EGYMIL"] for e in evs), evs


def test_a_foreign_command_reporting_its_own_strike_speaks_of_the_story_country(coder):
    text = ("MOGADISHU, Somalia - The United States Africa Command said it carried out an air "
            "strike near the town of Kurtunwaarey on Wednesday at the request of the Somali "
            "government, killing four militants.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["country"] == "SOM", evs


def test_a_named_feature_at_sea_in_the_clause_places_the_clash_at_sea(coder):
    text = ("MANILA - Chinese coast guard ships fired water cannon at two Philippine boats "
            "bringing supplies to Iroquois Reef on Friday.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["location"]["name"] == "Iroquois Reef", evs
    assert evs[0]["location"]["country"] is None
    # a sea named in another clause does not place an event on land
    text = ("ADDIS ABABA - Ethiopia accused Eritrea on Monday of massing troops near the border "
            "town of Zalambessa, weeks after it demanded access to a port on the Red Sea.")  # fmt: skip
    evs = found(coder, text, "ACCUSE")
    assert evs
    for e in evs:
        assert (e["location"] or {}).get("name") != "Red Sea", e
    # a signing about a shoal is not placed at it
    text = ("MANILA - The Philippines and China signed an agreement on Thursday on resupply "
            "missions to Iroquois Reef.")  # fmt: skip
    for e in found(coder, text, "SUPPORT") + found(coder, text, "AGREE"):
        assert (e["location"] or {}).get("name") != "Iroquois Reef", e


def test_a_weapon_naming_the_act_is_no_target(coder):
    text = "SEOUL - South Korea protested against the missile launch on Monday."
    evs = found(coder, text, "ACCUSE")
    assert evs and all(not e["target"] for e in evs), evs
