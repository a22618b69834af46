"""What an act is "over" is its reason, not its object: "froze the accession process over a
foreign agents law" freezes no law (no CONCEDE of a suspended law), while a pattern that names
"over" itself ("sued Russia over the downing") still takes it. Freezing a country's accession
process halts the talks on its joining (SANCTION 164)."""

from __future__ import annotations

from tests.conftest import event_rows


def test_law_named_as_the_reason_is_not_the_object(coder):
    text = "EU leaders froze Moldova's accession process in May over a new media law."
    rows = event_rows(coder, text, "2026-06-10")
    assert not [r for r in rows if r[0] == "CONCEDE"], rows
    assert [r for r in rows if r[0] == "SANCTION" and r[1] == "164" and r[3] == ["MDA"]], rows


def test_law_as_the_object_still_conceded(coder):
    rows = event_rows(
        coder, "The government froze the pension reform law after the strikes.", "2026-06-10"
    )
    assert [r for r in rows if r[0] == "CONCEDE"], rows


def test_over_in_the_pattern_still_holds(coder):
    rows = event_rows(coder, "Ukraine sued Russia over the downing of the plane.", "2026-06-10")
    assert [r for r in rows if r[0] == "ACCUSE" and r[3] == ["RUS"]], rows
