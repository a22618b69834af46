"""Shows of force and concessions told in words the lexicon missed: forces summoned or
arriving somewhere ("police were called to the capital"), a truce reached between two sides,
a project cancelled or shut down, and "in exchange for" that is no stop in a place. The
sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2021-09-14"

found = finder(PUB)


# -- forces summoned to a place, or arriving there --------------------------------------------------
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


# -- concessions ------------------------------------------------------------------------------------
def test_a_truce_reached_between_two_sides_is_theirs(coder):
    e = found(coder, "A truce was reached between the Malian army and the Tuareg rebels on Friday.",
              "CONCEDE")  # fmt: skip
    assert e and e[0]["cameo"] == "0871" and "MLI" in keys(e[0]["source"]), e


@pytest.mark.parametrize("text,src", [
    ("The Ghanaian government cancelled the disputed dam project after weeks of protests.", "GHA"),
    ("Peru's government will shut down the mining scheme after the villagers' objections.", "PER"),
])  # fmt: skip
def test_a_project_given_up_is_a_policy_reversal(coder, text, src):
    e = found(coder, text, "CONCEDE")
    assert e and e[0]["cameo"] == "0832" and src in keys(e[0]["source"]), e


def test_a_cancelled_visit_is_no_concession(coder):
    assert not found(
        coder, "The Danish prime minister cancelled her visit to Washington.", "CONCEDE"
    )


def test_in_exchange_for_is_no_stop_in_a_place(coder):
    """'agreed to stop fighting in exchange for an amnesty': the agreement to stop fighting
    is the concession (cessation inside intent), not an agreement to visit."""
    text = "The rebels in Chad agreed to stop fighting in exchange for an amnesty."
    e = found(coder, text, "CONCEDE")
    assert e and "TCD" in keys(e[0]["source"]), e
    assert not [x for x in found(coder, text, "AGREE") if x["cameo"] == "036"]
    e = found(coder, "The Lithuanian president stopped in Warsaw on his way to Berlin.", "CONSULT")
    assert e and "POL" in keys(e[0]["target"]), e


# -- militias formed, weapons made ------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("A far-right paramilitary group was formed in eastern Slovakia last month.", "SVK"),
    ("A Bosnian Serb militia was set up in Banja Luka in March.", "BIH"),
])  # fmt: skip
def test_a_militia_formed_by_no_one_named_is_the_group_itself(coder, text, src):
    e = [x for x in found(coder, text, "MOBILIZE") if x["cameo"] == "154"]
    assert e and src in keys(e[0]["source"]), e


def test_a_militia_formed_by_a_governor_is_the_governors(coder):
    e = found(coder, "The Kenyan governor formed a militia to guard the border.", "MOBILIZE")
    assert e and e[0]["source"][0]["code"].startswith("KENGOV"), e


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
