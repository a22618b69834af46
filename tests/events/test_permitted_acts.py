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
