"""An act permitted is not an act done: "allowed the officials to visit the prison" reports a
permission, not a visit (gold/CODING.md codes the permission itself where it is a concession
or letting someone in). Sentences written for these tests."""

from __future__ import annotations

from tests.conftest import events_of


def test_a_visit_allowed_is_no_visit(coder):
    found = events_of(coder, "The Chadian junta allowed Red Cross officials to visit the prison.")
    assert not [e for e in found if e["type"] == "CONSULT"]


def test_inspectors_let_in_are_the_retreat_not_a_visit(coder):
    found = events_of(coder, "The Chadian government let UN inspectors visit the depot.")
    assert [e["type"] for e in found] == ["RETREAT"]


def test_a_grant_joined_to_the_permission_is_done_by_the_permitter(coder):
    found = events_of(
        coder,
        "Canada allowed the Afghan interpreters to enter the country and granted them asylum.",
    )
    aid = [e for e in found if e["type"] == "AID"]
    assert aid and aid[0]["source"][0]["code"].startswith("CAN"), found
    assert aid[0]["modality"] == "asserted"


def test_a_gerund_grant_joined_to_the_permission_is_done(coder):
    found = events_of(
        coder, "Austria is allowing the Ukrainian refugees to stay and granting them asylum."
    )
    assert [e["source"][0]["code"][:3] for e in found if e["type"] == "AID"] == ["AUT"], found


def test_aid_after_a_bare_permission_is_the_letting_states(coder):
    found = events_of(coder, "Chad let the Sudanese refugees cross and gave them humanitarian aid.")
    assert [e["source"][0]["code"][:3] for e in found if e["type"] == "AID"] == ["TCD"], found


def test_a_grant_joined_to_a_chain_of_infinitives_is_the_permitters(coder):
    found = events_of(
        coder,
        "Slovak officials changed course, allowing migrants to continue to cross into the country"
        " and granting them asylum.",
    )
    assert [e["source"][0]["code"][:3] for e in found if e["type"] == "AID"] == ["SVK"], found
