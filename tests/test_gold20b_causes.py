"""General causes found by the blind gold20-05..08 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

import pytest

from .conftest import codes, finder

found = finder("2026-12-09")


# -- "rejected Baku's demand": the demand's owner is the one answered ---------------------------
def test_a_rejected_demand_answers_its_named_owner(coder):
    text = (
        "The EU envoy, Anna Berg, urged Armenia and Azerbaijan to avoid unilateral steps. "
        "Armenian Prime Minister Aram Tadevosyan rejected Baku's demand that the checkpoint "
        "be dismantled."
    )
    evs = [e for e in found(coder, text, "REJECT") if codes(e["source"]) == ["ARMGOV"]]
    assert evs and codes(evs[0]["target"]) == ["AZEGOV"], evs


# -- "approved the sale of $2 billion worth of missiles to X": an arms sale is military aid -----
def test_an_approved_sale_of_weapons_is_military_aid(coder):
    text = "The State Department approved the sale of $2 billion worth of missiles to Poland."
    evs = found(coder, text, "AID")
    assert evs and codes(evs[0]["target"]) == ["POL"] and evs[0]["cameo"] == "072", evs
    text = "Washington approved the possible sale of Patriot missiles to Bahrain on Friday."
    evs = found(coder, text, "AID")
    assert evs and codes(evs[0]["target"]) == ["BHR"], evs
    # a company sold is no aid
    text = "The Greek government approved the sale of the state railway to an Italian firm."
    assert not found(coder, text, "AID")


# -- "conveyed its serious concern to Seoul": disapproval passed on to the one it is about -------
def test_concern_conveyed_to_a_state_is_disapproval_of_it(coder):
    text = "Beijing said on Monday it had conveyed its serious concern to Seoul."
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["KORGOV"], evs


# -- "would respond calmly": a response promising restraint is no threat; "will not fire the
# first shot" is a negated attack -------------------------------------------------------------
def test_a_calm_response_is_no_threat_and_a_first_shot_is_an_attack(coder):
    text = (
        "China's navy staged drills near the Philippines on Monday. Manila's defence minister "
        "said the coast guard would respond calmly and would not fire the first shot."
    )
    assert not found(coder, text, "THREATEN")
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["modality"] == "negated", evs
    # a firm response stays a threat
    text = (
        "China's navy staged drills near the Philippines on Monday. Manila's defence minister "
        "warned that the coast guard would respond firmly to any attack."
    )
    assert found(coder, text, "THREATEN")


# -- "EFF leader X": the party the text names is the one the listed opposition leader leads -----
def test_a_party_named_before_a_listed_leader_is_his_party(coder):
    text = "PRETORIA - EFF leader Julius Malema accused the government of corruption on Monday."
    evs = found(coder, text, "ACCUSE", published="2024-05-06")
    assert evs and evs[0]["source"][0]["org"] == "EFF", evs


# -- "ruled out a recount": the refusal answers the demand for a recount, not the last offer ----
# (lemmas compared: "ruled out an early election" answers "called for early elections")
@pytest.mark.parametrize(("text", "answered"), [
    ("LUSAKA - Zambia's opposition leader Mwila Banda demanded a recount on Monday.\n\n"
     "On Tuesday, Zambia's Catholic bishops offered to mediate between the government and "
     "the opposition. The presidency said it welcomed the offer but ruled out a recount.",
     "ZMBOPP"),
    ("ACCRA - Ghana's opposition leader Kofi Mensah called for early elections on Monday.\n\n"
     "On Tuesday, Ghana's Catholic bishops offered to mediate between the government and "
     "the opposition. The presidency said it welcomed the offer but ruled out an early election.",
     "GHAOPP"),
])  # fmt: skip
def test_a_refusal_answers_the_demand_that_named_what_it_refuses(coder, text, answered):
    evs = found(coder, text, "REJECT", published="2026-12-05")
    assert evs and codes(evs[0]["target"]) == [answered], evs


# -- "handed over vehicles, drones and radios to the police at a ceremony": goods, no strike ----
def test_weapons_handed_over_are_no_attack_at_the_place_of_the_handover(coder):
    text = (
        "Turkey handed over armoured vehicles, drones and radios to the Somali police at a "
        "ceremony in Mogadishu on Monday."
    )
    assert not found(coder, text, "ASSAULT")
    assert found(coder, text, "AID")


# -- "the force" after the Interim Force or the Kosovo Force: that force -----------------------
def test_the_force_refers_back_to_a_force_named_so(coder):
    text = (
        "NAQOURA, Lebanon - UNIFIL said two of its peacekeepers were hurt by stones on Monday. "
        "A UNIFIL spokesman said the force had no plans to bring in reinforcements."
    )
    evs = found(coder, text, "MOBILIZE", published="2026-12-01")
    assert evs and evs[0]["source"][0]["org"] == "UNIFIL", evs
    assert evs[0]["modality"] == "negated", evs


def test_a_capitalised_force_refers_back_but_physical_force_does_not(coder):
    # "the Force" (NNP) is how peacekeeping copy writes it
    text = (
        "PRISTINA - KFOR said three of its soldiers were hurt by stones on Tuesday. "
        "A KFOR officer said the Force had no plans to send more troops."
    )
    evs = found(coder, text, "MOBILIZE")
    assert evs and evs[0]["source"][0]["org"] == "KFOR", evs
    # "the force of the blast" is physical force, never the Kosovo Force named before it
    text = (
        "The force of the explosion wrecked the Kosovo Force depot near the border. "
        "The force of the blast killed two guards."
    )
    assert not [e for e in found(coder, text, "ASSAULT") if codes(e["source"]) == ["IGONATKFR"]]
