"""A request, an offer or a plan that "was rejected" with no one named as rejecting it: the
one who made it is no refuser. The request stands as told, by the one who made it; the
rejection names no doer and codes nothing."""

from __future__ import annotations

from .conftest import event_rows

DAY = "2025-03-12"


def test_a_request_rejected_by_no_one_named_is_the_request(coder):
    for text, cameo in (
        ("Ghana's request for help was rejected.", "023"),
        ("Ghana's request for talks was rejected.", "026"),
    ):
        got = event_rows(coder, text, DAY)
        assert [(r[0], r[1], r[2]) for r in got] == [("REQUEST", cameo, ["GHA"])], got


def test_a_rejection_with_its_doer_named_is_still_the_rejection(coder):
    for text in (
        "Ghana's request for help was rejected by Togo.",
        "Togo rejected Ghana's request for talks.",
    ):
        got = event_rows(coder, text, DAY)
        assert [(r[0], r[2], r[3]) for r in got] == [("REJECT", ["TGO"], ["GHA"])], got
