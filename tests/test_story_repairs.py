"""Constructions that tell a verdict or a judgement without a lexicon verb of their own:
"said the decision amounted to a violation of international law" (disapproval of its doer),
"said Peru should be praised" (the speaker's praise, no demand on Peru). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2003-05-06"

found = finder(PUB)


# -- a link verb that says what an act was ---------------------------------------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Bolivia said the Chilean decision amounted to a breach of international law.", "BOL", "CHL"),
    ("Vietnam said a decision by Cambodia to close the border amounted to a violation of the treaty.",
     "VNM", "KHM"),
    ("Pakistan said the Indian strike constituted a flagrant violation of its sovereignty.", "PAK", "IND"),
    ("Serbia said the Croatian sanctions represented a dangerous provocation.", "SRB", "HRV"),
])  # fmt: skip
def test_an_act_said_to_amount_to_a_violation_is_criticised(coder, text, src, tgt):
    e = found(coder, text, "ACCUSE")
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text", [
    "Japan said the agreement represented a major step forward.",
    "Analysts said the decision amounted to a violation of the treaty.",
    "Norway said the decision did not amount to a violation of the treaty.",
])  # fmt: skip
def test_a_link_verb_without_a_verdict_or_speaker_is_no_criticism(coder, text):
    assert not found(coder, text, "ACCUSE")


# -- what should be praised or condemned, by no one named ----------------------------------------
def test_should_be_praised_is_the_speakers_praise(coder):
    e = found(
        coder,
        "Ecuador said on Monday that Colombia should be praised for ending the standoff.",
        "SUPPORT",
    )
    assert e and keys(e[0]["source"]) == {"ECU"} and keys(e[0]["target"]) == {"COL"}, e
    assert not found(coder, "Ecuador said on Monday that Colombia should be praised for ending the standoff.",
                     "REQUEST")  # fmt: skip


def test_must_be_condemned_is_the_speakers_condemnation(coder):
    e = found(coder, "Lebanon said the Israeli raid on Tyre must be condemned.", "ACCUSE")
    assert e and keys(e[0]["source"]) == {"LBN"} and e[0]["cameo"] == "111", e


def test_a_demand_with_an_agent_or_negation_stays_a_demand(coder):
    # the Security Council is asked to condemn: a demand, not France's own condemnation
    assert found(
        coder,
        "France said the Iranian strike must be condemned by the Security Council.",
        "REQUEST",
    )
    assert not found(coder, "Chile said Peru should not be praised.", "SUPPORT")


# -- a subject the parser hung on the auxiliary --------------------------------------------------
@pytest.mark.parametrize("text,typ,src", [
    ("The African Union has in a communique condemned the coup in Niger.", "ACCUSE", "AU"),
    ("The European Union has in a report criticised the Hungarian media law.", "ACCUSE", "EU"),
    ("Japan has in a letter protested the Chinese drills.", "ACCUSE", "JPN"),
])  # fmt: skip
def test_a_phrase_after_the_auxiliary_keeps_the_subject(coder, text, typ, src):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e


# -- who took part in an act did it --------------------------------------------------------------
@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Iran has been involved in a disinformation campaign against Israel.", "COERCE", "IRN", "ISR"),
    ("A report says Belarus was involved in a hacking campaign against Lithuania.", "COERCE", "BLR", "LTU"),
])  # fmt: skip
def test_who_was_involved_in_an_act_did_it(coder, text, typ, src, tgt):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


def test_not_involved_is_no_doer(coder):
    assert not found(
        coder, "Iran was not involved in the disinformation campaign against Israel.", "COERCE"
    )


# -- naming an act a breakthrough or a positive step praises its doer -----------------------------
@pytest.mark.parametrize("text,src,tgt", [
    ("Germany called the Greek reforms a positive step.", "DEU", "GRC"),
    ("Kenya called the Somali decision an important step toward peace.", "KEN", "SOM"),
    ("Chile described the Bolivian offer as a breakthrough.", "CHL", "BOL"),
])  # fmt: skip
def test_naming_an_act_a_good_step_is_praise(coder, text, src, tgt):
    e = found(coder, text, "SUPPORT")
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text", [
    "France called the Iranian move a significant escalation.",
    "Japan did not call the Chinese offer a breakthrough.",
    "The Peruvian minister called the meeting a first step.",
])  # fmt: skip
def test_a_neutral_or_denied_naming_is_no_praise(coder, text):
    assert not found(coder, text, "SUPPORT")


def test_condolences_offered_are_no_offer(coder):
    assert not found(coder, "India offered condolences to Nepal over the plane crash.", "AGREE")


# -- an act resumed or weighed on a condition is held over the other side --------------------------
@pytest.mark.parametrize("text,src", [
    ("Colombian rebels will renew their bombing campaign unless the army withdraws.", "COL"),
    ("Turkish militants said they would relaunch their bombing campaign if the talks in Ankara fail.",
     "TUR"),
    ("Members of the Chilean teachers' union are considering a strike unless the government raises pay.",
     "CHL"),
])  # fmt: skip
def test_an_act_resumed_or_considered_unless_is_a_threat(coder, text, src):
    e = found(coder, text, "THREATEN")
    assert e and src in {k[:3] for k in keys(e[0]["source"])}, e
    assert e[0]["modality"] == "asserted"


@pytest.mark.parametrize("text,typ", [
    ("The Chilean teachers' union is considering a strike.", "PROTEST"),
    ("Colombian rebels renewed their bombing campaign in May.", "ASSAULT"),
])  # fmt: skip
def test_an_act_resumed_or_considered_without_condition_is_no_threat(coder, text, typ):
    assert found(coder, text, typ) and not found(coder, text, "THREATEN"), text


# -- a draft law approved is still a proposal ----------------------------------------------------
def test_a_draft_law_approved_by_a_committee_threatens(coder):
    text = "A Chilean Senate panel approved a draft law which would prevent journalists from entering the Congress."
    assert found(coder, text, "THREATEN") and not found(coder, text, "COERCE")


def test_a_law_passed_does_what_it_says(coder):
    text = "The Hungarian parliament passed a law that would prevent foreign journalists from entering the country."
    e = found(coder, text, "COERCE")
    assert e and e[0]["cameo"] == "172" and e[0]["modality"] == "asserted", e


# -- an order held over the other side ------------------------------------------------------------
def test_an_arrest_ordered_unless_the_other_side_yields_is_a_threat(coder):
    text = "The Malian junta ordered the arrest of the reporters unless they retract the story."
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"].startswith("132") and not found(coder, text, "COERCE"), e


def test_an_arrest_ordered_without_condition_is_an_arrest(coder):
    text = "The Malian junta ordered the arrest of the reporters on Monday."
    assert found(coder, text, "COERCE") and not found(coder, text, "THREATEN")
