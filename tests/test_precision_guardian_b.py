"""False events seen on a fresh sample of long real news articles (comment pieces and reports
on a war with many foreign parties), with invented sentences: a date word is no city, a
warning of a danger threatens no one, ..."""

from __future__ import annotations

import pytest

from .conftest import events_of


def test_a_date_word_is_no_place(coder):
    # "in mid-January": "mid" is no city (a gazetteer has one called that)
    for text in (
        "The two suspects were detained by rebels in mid-January, officials said.",
        "Two journalists were arrested by police in mid-March.",
    ):
        evs = events_of(coder, text, "2018-02-09")
        assert evs and all((e["location"] or {}).get("country") != "MEX" for e in evs), evs
        assert all(not a["code"].startswith("MEX") for e in evs for a in e["target"]), evs


@pytest.mark.parametrize("text", [
    "The Red Cross warned of unprecedented levels of suffering in the besieged town.",
    "Aid agencies warned of the risk that thousands of families could be forced to leave.",
    "The World Food Programme warned of a looming famine in the north.",
])  # fmt: skip
def test_a_warning_of_a_danger_threatens_no_one(coder, text):
    assert not [e for e in events_of(coder, text) if e["type"] == "THREATEN"], text


def test_a_warning_of_reprisals_is_still_a_threat(coder):
    evs = events_of(coder, "Russia warned of retaliation against NATO.")
    assert any(e["type"] == "THREATEN" for e in evs), evs
    evs = events_of(coder, "Iran warned of serious consequences if the sanctions were renewed.")
    assert any(e["type"] == "THREATEN" for e in evs), evs
