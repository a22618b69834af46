"""An actor's drills with no place named ("held its largest drills in decades", "held what
were then its largest drills") are a show of force (MOBILIZE 150); a school's fire drill is
none. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of

PUB = "2023-11-02"


def _mobilize(coder, text):
    return [e for e in events_of(coder, text, PUB) if e["type"] == "MOBILIZE"]


def test_drills_held_with_no_place(coder):
    got = _mobilize(coder, "Pyongyang held its largest drills in decades in August 2022.")
    assert got and [a["country"] for a in got[0]["source"]] == ["PRK"], got


def test_drills_as_a_free_relative_object(coder):
    got = _mobilize(
        coder, "Pyongyang held what were then its largest drills in decades in August 2022."
    )
    assert got, got


def test_an_earthquake_drill_is_no_show_of_force(coder):
    assert not _mobilize(coder, "The city council held an earthquake drill on Monday.")
