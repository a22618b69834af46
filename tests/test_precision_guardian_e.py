"""False events seen on a fifth fresh sample of long real news articles (reports, comment and
analysis on a troop withdrawal and the camps left behind), with invented sentences: backing
told to say who the backed are, ..."""

from __future__ import annotations

from .conftest import events_of


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def test_backing_that_names_those_backed_is_no_event(coder):
    # a backer named inside the phrase for those backed (an adjective or a reduced relative)
    # says who they are; no act of backing is told
    for text in (
        "The rebels had no trouble driving back Iranian-backed Jihadis last year.",
        "Army units backed by allied militias pushed the gunmen back on Tuesday.",
        "Local tribes, backed by a US-led coalition, are fighting the insurgents near the town.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not _of_type(evs, "SUPPORT"), (text, evs)


def test_an_act_of_backing_is_still_support(coder):
    evs = events_of(coder, "France backed the Malian government on Tuesday.", "2024-05-02")
    assert _of_type(evs, "SUPPORT"), evs
