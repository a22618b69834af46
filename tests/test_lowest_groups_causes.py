"""Causes found on the lowest-scoring gold dev groups (gold12-gold14): general errors that
recur in new articles. Each test sentence is invented."""

from tests.conftest import codes, events_of

PUBLISHED = "2025-05-05"


def _events(coder, text: str) -> list[dict]:
    return events_of(coder, text, PUBLISHED)


def test_a_place_captured_or_overrun_is_territory_occupied(coder):
    # a town's name, a place noun and a name with a place noun in apposition: COERCE 192
    for text in (
        "The Arakan Army captured Paletwa, a river town, in January.",
        "Al-Shabaab militants overran the town of Jalalaqsi on Sunday.",
        "The RSF captured Wad Madani in December.",
        "Kachin rebels captured Bhamo, the army's last stronghold in the north, last month.",
    ):
        evs = [e for e in _events(coder, text) if e["trigger"] in ("captured", "overran")]
        assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "192")], (text, evs)
    evs = _events(coder, "The RSF captured Wad Madani in December.")
    assert codes(evs[0]["target"]) == ["SDN"], evs
    # people captured, and a base overrun in an offensive, are not territory
    evs = _events(coder, "Rebels captured two French aid workers near the border.")
    assert [e["cameo"] for e in evs] == ["181"], evs
    evs = _events(coder, "Kachin rebels overran an army base near Laiza in March.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs
