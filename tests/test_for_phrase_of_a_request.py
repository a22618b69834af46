""" "Kenya sent a request to Uganda for military aid": the small model can hang the "for"
phrase on the verb, which then reads as sending the aid. After a request, an appeal or a call
as the verb's object, the "for" phrase says what is asked for: a REQUEST, no AID."""

from __future__ import annotations

from .conftest import event_rows

DAY = "2025-03-12"


def test_a_request_sent_for_aid_is_no_aid_sent(coder):
    got = event_rows(coder, "Ghana sent a request to Togo for military aid.", DAY)
    assert [r[0] for r in got] == ["REQUEST"], got


def test_aid_sent_is_still_aid(coder):
    got = event_rows(coder, "Ghana sent military aid to Togo.", DAY)
    assert [(r[0], r[2], r[3]) for r in got] == [("AID", ["GHA"], ["TGO"])], got
