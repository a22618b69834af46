"""A response an actor says it would make if the other side acts is a threat made in the
saying ("said it would retaliate if NATO moved troops there"), not a hypothetical act; what a
law that has been passed would do is done ("passed a law that would ban ..."), while a bill
still debated that would do it stays a threat. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2022-03-09"

found = finder(PUB)


@pytest.mark.parametrize("text,src,cameo", [
    ("Moscow said it would retaliate if Finland let NATO station troops on its soil.", "RUS", "138"),
    ("Azerbaijan said it would respond if Armenian forces crossed the line again.", "AZE", "130"),
])  # fmt: skip
def test_a_conditional_response_said_is_a_threat(coder, text, src, cameo):
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == cameo and e[0]["modality"] == "asserted", e
    assert src in keys(e[0]["source"]), e


def test_a_response_others_fear_is_no_threat(coder):
    text = "The government would react if the strike went ahead, the union feared."
    assert not found(coder, text, "THREATEN")


@pytest.mark.parametrize("text,src", [
    ("The Kyrgyz parliament passed a law on Monday that would ban foreign-funded charities.", "KGZ"),
    ("The bill, which would ban opposition rallies, was approved by the Serbian parliament.", "SRB"),
])  # fmt: skip
def test_an_enacted_law_does_what_it_would_do(coder, text, src):
    assert not found(coder, text, "THREATEN")
    e = found(coder, text, "COERCE")
    assert e and e[0]["modality"] == "asserted" and src in keys(e[0]["source"]), e


@pytest.mark.parametrize("text", [
    "The Kyrgyz parliament is debating a bill that would ban foreign-funded charities.",
    "The Kyrgyz parliament failed to pass a bill that would ban foreign-funded charities.",
])  # fmt: skip
def test_a_bill_not_enacted_bans_nothing(coder, text):
    assert not found(coder, text, "COERCE")


# -- options held over another ---------------------------------------------------------------------
@pytest.mark.parametrize("text,src,tgt,cameo", [
    ("The Japanese defence minister said all options were on the table regarding North Korea.",
     "JPN", "PRK", "130"),
    ("All options remain on the table in dealing with Iran, the Saudi foreign minister said.",
     "SAU", "IRN", "130"),
    ("The Indian army chief said military action remained an option against the militants.",
     "IND", None, "138"),
])  # fmt: skip
def test_options_held_on_the_table_are_a_threat(coder, text, src, tgt, cameo):
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == cameo and src in keys(e[0]["source"]), e
    assert tgt is None or tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text", [
    "Several options are on the table for the new airport, the Peruvian transport minister said.",
    "The Japanese defence minister said military action was not an option.",
])  # fmt: skip
def test_choices_and_ruled_out_force_are_no_threat(coder, text):
    assert not found(coder, text, "THREATEN")


# -- who is behind an act ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Lithuanian officials said Belarusian hackers were behind a cyberattack on government websites.",
     "COERCE", "BLR", "LTU"),
    ("Syria was behind the rocket attack on the Turkish border post, the Turkish army said.",
     "ASSAULT", "SYR", "TUR"),
])  # fmt: skip
def test_who_is_behind_an_attack_did_it(coder, text, typ, src, tgt):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


def test_who_is_responsible_for_an_attack_did_it(coder):
    text = "Pakistani officials said the Baloch Liberation Army was responsible for the bombing in Quetta."
    e = found(coder, text, "ASSAULT")
    assert e and "PAK" in keys(e[0]["source"]), e
    text = "The Baloch Liberation Army said it was not responsible for the Quetta market bombing."
    assert not [e for e in found(coder, text, "ASSAULT") if e["modality"] == "asserted"]


def test_who_is_not_behind_an_attack_did_not_do_it(coder):
    text = "Belarus said it was not behind the cyberattack on Lithuanian government websites."
    assert not [e for e in found(coder, text, "COERCE") if e["modality"] == "asserted"]
    text = "Belarus said it had never been behind any cyberattack on Lithuanian ministries."
    assert not [e for e in found(coder, text, "COERCE") if e["modality"] == "asserted"]


# -- a document's author -------------------------------------------------------------------------
@pytest.mark.parametrize("text,typ,src", [
    ("A statement from the Pakistani Taliban warned government soldiers of reprisals.", "THREATEN", "PAK"),
    ("A letter from 30 Ghanaian lawmakers urged the president to sack the minister.", "REQUEST", "GHA"),
])  # fmt: skip
def test_a_document_from_someone_is_its_authors_act(coder, text, typ, src):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e


# -- a vowed punishment ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("Egypt vowed to punish those behind the attack on the church.", "EGY"),
    ("The Malian president promised to punish those responsible for the massacre.", "MLI"),
])  # fmt: skip
def test_a_vowed_punishment_is_a_threat(coder, text, src):
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == "130" and src in keys(e[0]["source"]), e
    assert not found(coder, text, "AGREE")


def test_a_punishment_done_is_no_threat(coder):
    assert not found(
        coder, "An Egyptian court punished the officials with heavy fines.", "THREATEN"
    )


# -- raised on a condition -------------------------------------------------------------------------
# a coercive act an actor raises, weighs or plans on a condition (if/unless) is held over the
# other side: a threat (PLOVER THREATEN), as "would ... if" already is
RAISED_PUB = "2019-04-10"


@pytest.mark.parametrize("text,src,cameo", [
    # a hedged act of the speaker's own state, attributed after the clause
    ("Chile could cut diplomatic relations with Peru if Lima signs the fishing pact, a Chilean "
     "official said on Monday.", "CHL", "1313"),
    ("Chile may expel Peruvian diplomats if Lima does not apologise, Chile's foreign minister "
     "said on Wednesday.", "CHL", "136"),
    # a stated plan on a condition
    ("The Chilean police intend to detain journalists if they publish the leaked documents.",
     "CHL", "132"),
    # a protest weighed on an "if ... not" condition, as on "unless"
    ("Chilean farmers' unions said they were considering blocking highways if the government "
     "does not withdraw the water law.", "CHL", "133"),
])  # fmt: skip
def test_a_coercive_act_raised_on_a_condition_is_a_threat(coder, text, src, cameo):
    e = found(coder, text, "THREATEN", RAISED_PUB)
    assert e and keys(e[0]["source"]) == {src} and e[0]["cameo"] == cameo, e
    assert e[0]["modality"] == "asserted"


@pytest.mark.parametrize("text", [
    # no one's announcement: a conditional told by the narrator
    "If the rebels attack again, the Chilean army could strike their camps.",
    # "can": what is allowed, not an act held over anyone
    "Chilean police can detain journalists if they publish classified documents.",
])  # fmt: skip
def test_a_conditional_act_no_actor_raises_is_no_threat(coder, text):
    assert not found(coder, text, "THREATEN", RAISED_PUB), text
