"""A court's order that someone be held ("ordered the opposition leader held for two months")
is his detention by the court (COERCE 173, as an arrest warrant is: gold/CODING.md); an order
by a commander to hold troops in reserve is no arrest."""

from tests.conftest import event_rows


def test_court_orders_opposition_leader_held(coder):
    text = "YEREVAN (AP) - An Armenian court ordered the opposition leader held for two months on Monday."
    rows = event_rows(coder, text, "2026-06-10")
    assert [r for r in rows if r[0] == "COERCE" and r[1] == "173" and r[2] == ["ARMJUD"]], rows


def test_troops_held_in_reserve_are_not_arrested(coder):
    rows = event_rows(coder, "The general ordered the troops held in reserve.", "2026-06-10")
    assert not [r for r in rows if r[0] == "COERCE"], rows
