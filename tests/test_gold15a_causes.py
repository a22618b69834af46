"""General causes found by the blind gold15-01..04 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder, keys

found = finder("2026-11-23")


# -- an announced refusal to yield is a REJECT, not a negated yielding -------------------------
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
    evs = found(coder, "The Nigerian army said it had not withdrawn from the town.", "RETREAT")
    assert [e["modality"] for e in evs] == ["negated"], evs


# -- money paid out is aid, not a release of people --------------------------------------------
def test_releasing_a_tranche_is_aid(coder):
    text = "The bloc also released on Friday a first tranche of 4.2 billion euros from its fund."
    evs = events_of(coder, text, "2026-12-18")
    assert [e["type"] for e in evs] == ["AID"], evs
    assert found(coder, "The Sudanese army released 40 prisoners on Monday.", "RETREAT")


# -- "what it called X for Y": the phrase after the name given is no appeal -------------------
def test_a_name_given_for_something_is_no_appeal(coder):
    text = (
        'Chinese warships sailed close to the island in what Beijing called "punishment" for '
        "President Lai's stopover in the United States."
    )
    assert not found(coder, text, "REQUEST", "2026-12-08"), text
    assert found(coder, "The Kenyan opposition called for a vote on the budget.", "REQUEST")


# -- "the leaders" after "EU leaders": the organisation's members, not the story's country -------
def test_the_leaders_of_a_summit_are_its_organisation(coder):
    text = (
        "African Union leaders met in Addis Ababa on Sunday to discuss the war in Sudan. "
        "Sudan's army chief said the talks were useless. Russia sent a delegation. "
        "The Egyptian foreign minister said Cairo would send aid. Kenya offered to help. "
        "The Somali president thanked the leaders for their support. "
        "Leaders failed to agree on a plan to send troops to Sudan."
    )
    evs = events_of(coder, text, "2026-12-18")
    thanks = [e for e in evs if e["type"] == "SUPPORT"]
    assert thanks and all("AU" in keys(e["target"]) for e in thanks), evs
    failed = [e for e in evs if e["modality"] == "negated"]
    assert failed and all(keys(e["source"]) == {"AU"} for e in failed), evs


# -- carrying the wounded to hospital is no deployment -----------------------------------------
def test_wounded_flown_to_hospital_is_no_deployment(coder):
    text = "The two wounded soldiers were flown to a military hospital in Srinagar."
    assert not found(coder, text, "MOBILIZE", "2026-11-17"), text
    assert found(coder, "Russia flew troops to Belarus on Monday.", "MOBILIZE")


# -- a veto held over others on a condition is a threat ----------------------------------------
def test_a_conditional_veto_is_a_threat(coder):
    text = "The Polish president said he would veto the bill unless parliament removed the clause."
    evs = events_of(coder, text, "2026-12-18")
    assert [(e["type"], e["modality"]) for e in evs] == [("THREATEN", "asserted")], evs
    assert found(coder, "The Polish president vetoed the bill on Monday.", "REJECT")


# -- "a FARC dissident faction" is the dissidents' group (organisations.yaml EMC) --------------
def test_a_farc_dissident_faction_is_the_dissidents(coder):
    text = "ELN fighters attacked a rival FARC dissident faction near the border in January."
    evs = found(coder, text, "ASSAULT")
    assert evs and all(keys(e["target"]) == {"COL"} for e in evs), evs
    assert all("REBEMC" in a["code"] for e in evs for a in e["target"]), evs
