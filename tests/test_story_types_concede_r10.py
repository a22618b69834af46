"""Concessions the lexicon missed: ground given up where the place names no actor ("gave up
control of the port"), a truce agreed in the words of an agreement reached ("reached an
agreement for a ceasefire"), a permit issued to someone named first ("issued the paper a
licence"), a troop withdrawal voted for (decided, so promised: CONCEDE) and a doer named
as a quantity the parser tags as a pronoun ("some of the protesters"). The sentences are
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import finder, keys

PUB = "2022-03-08"

found = finder(PUB)


# -- ground given up -----------------------------------------------------------------------------
def test_control_of_a_place_given_up_is_a_retreat(coder):
    e = found(
        coder, "Separatist fighters in Mali gave up control of the town on Sunday.", "RETREAT"
    )
    assert e and e[0]["cameo"] == "084" and "MLI" in keys(e[0]["source"]), e


@pytest.mark.parametrize("text,src", [
    # ground promised: a concession, not yet a retreat
    ("The militias in Libya agreed to relinquish control of the airport.", "LBY"),
    # a truce agreed
    ("The militia leaders in Chad said they had reached an agreement for a ceasefire with the "
     "army.", "TCD"),
    ("Armenia and Azerbaijan reached an understanding on a truce late on Sunday.", "ARM"),
    # a withdrawal voted for is decided, so promised
    ("Ghana's parliament voted on Tuesday to withdraw the country's troops from Mali.", "GHA"),
    # a quantity the parser tags as a pronoun is of the group its "of" phrase names
    ("Some of the protesters in Bolivia called off their march on Sunday.", "BOL"),
    ("Many of the rebels in Mali agreed to lay down their arms.", "MLI"),
    ("All of the rebel groups in Chad declared a truce on Friday.", "TCD"),
])  # fmt: skip
def test_concessions_and_their_doers(coder, text, src):
    e = found(coder, text, "CONCEDE")
    assert e and src in keys(e[0]["source"]), e
    assert not found(coder, text, "RETREAT")


def test_an_agreement_on_other_matters_stays_an_agreement(coder):
    text = "Norway and Iceland reached an agreement on fishing quotas on Friday."
    assert found(coder, text, "AGREE") and not found(coder, text, "CONCEDE")


# -- a permit issued -----------------------------------------------------------------------------
def test_a_licence_issued_to_a_named_party_eases_a_restriction(coder):
    text = "The Nepalese government issued the opposition newspaper a licence on Monday."
    e = [x for x in found(coder, text, "CONCEDE") if x["cameo"] == "081"]
    assert e and "NPL" in keys(e[0]["source"]), e
