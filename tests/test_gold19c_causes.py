"""General causes found by the blind gold19-09..12 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import finder, keys

found = finder("2026-11-28")


# -- modality of "by V-ing" and of a finite verb conjoined to a modal one -----------------------
def test_the_means_of_a_negated_verb_is_negated(coder):
    text = "Ghana's foreign minister said Accra would not respond by closing its own airspace."
    evs = found(coder, text, "COERCE")
    assert evs and all(e["modality"] == "negated" for e in evs), evs
    evs = found(coder, "Ghana responded by closing its airspace to Togo.", "COERCE")
    assert evs and all(e["modality"] == "asserted" for e in evs), evs


def test_a_finite_verb_does_not_share_the_modal_of_the_verb_it_is_parsed_with(coder):
    # the parser hangs "offered" on "respond"; a past-tense verb cannot share "would not"
    text = (
        "The minister said Ghana would not respond by closing its own airspace, and offered "
        "to hold a joint inquiry."
    )
    evs = found(coder, text, "AGREE")
    assert evs and all(e["modality"] == "asserted" for e in evs), evs
    # a bare verb still shares it
    text = "The minister said Ghana would not attend the talks and would boycott the summit."
    evs = found(coder, text, "CONSULT")
    assert evs and all(e["modality"] == "negated" for e in evs), evs


# -- a coordinated target whose people are named only by their nationality ---------------------
def test_a_conjunct_known_only_by_its_nationality_is_a_target_too(coder):
    text = "Canada froze the assets of nine Iranian individuals and three companies on Friday."
    evs = found(coder, text, "SANCTION")
    assert evs and all("IRN" in keys(e["target"]) for e in evs), evs


# -- knowledge: "moved troops into", "called X a kidnapping", "initialled a framework" ----------
def test_troops_moved_into_a_region_are_mobilised(coder):
    text = "Ecuador has moved extra troops and armoured vehicles into its border province of Sucumbios."
    evs = found(coder, text, "MOBILIZE")
    assert evs and all("ECU" in keys(e["source"]) for e in evs), evs


def test_calling_an_act_a_kidnapping_disapproves_of_it(coder):
    text = 'Colombia\'s foreign minister called the detention of the fishermen "a kidnapping".'
    assert found(coder, text, "ACCUSE")


def test_initialling_a_framework_is_signing_it(coder):
    text = "Serbia and Kosovo initialled a framework for normalising relations in Ohrid on Friday."
    evs = found(coder, text, "SUPPORT")
    assert evs and all(keys(e["source"] + e["target"]) >= {"SRB", "XKX"} for e in evs), evs


def test_st_vincent_without_a_full_stop_is_the_island_state(coder):
    text = "The two presidents met on the Caribbean island of St Vincent on Thursday."
    evs = found(coder, text, "CONSULT")
    assert evs and all((e["location"] or {}).get("country") == "VCT" for e in evs), evs


# -- a ballot cast in a referendum is no event ---------------------------------------------------
def test_voting_in_a_referendum_is_no_event(coder):
    text = "On Sunday Moldovans approved in a referendum the creation of a new autonomous region."
    assert not found(coder, text, "SUPPORT")
    assert not found(coder, "Chileans rejected the draft constitution in a referendum.", "REJECT")
    # a state's rejection told in a statement still is one
    assert found(coder, "Chile rejected the proposal in a statement on Monday.", "REJECT")


# -- "dropped its demand that X ...": the concession, toward X, and no demand ----------------------
def test_a_dropped_demand_is_a_concession_to_whom_it_was_on_and_no_request(coder):
    text = "Belgrade dropped its demand that Pristina hold new local elections."
    assert not found(coder, text, "REQUEST")
    evs = found(coder, text, "CONCEDE")
    assert evs and all(keys(e["target"]) == {"XKX"} for e in evs), evs
    # a demand repeated still is a demand
    text = "Belgrade repeated its demand that Pristina hold new local elections."
    assert found(coder, text, "REQUEST")


# -- a march demanding a resignation is placed as any march is -----------------------------------
def test_a_march_demanding_a_resignation_has_the_story_s_country(coder):
    text = (
        "QUITO, Nov 28 (AP) - Thousands of protesters marched on the National Assembly on "
        "Saturday to demand the resignation of the interior minister."
    )
    evs = found(coder, text, "PROTEST")
    assert evs and all((e["location"] or {}).get("country") == "ECU" for e in evs), evs
    # an office given up is still no scene
    evs = found(
        coder, "QUITO, Nov 28 (AP) - The interior minister resigned on Saturday.", "RETREAT"
    )
    assert evs and all(e["location"] is None for e in evs), evs
