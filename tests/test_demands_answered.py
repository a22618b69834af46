"""Whose demand it is: "the demands of the unions" are the unions' own (the "of" phrase names
who demands, as "demands by" does), and a demand that a verb of answering takes ("gave in
to", "rejected") was made of that verb's subject. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of


def _dyads(coder, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (e["type"], [a["code"] for a in e["source"]], [a["code"] for a in e["target"]])
        for e in events_of(coder, text)
    ]


def test_demands_given_in_to_were_made_of_the_one_who_gave_in(coder):
    found = _dyads(coder, "The Zambian cabinet gave in to the demands of the miners' unions.")
    assert ("CONCEDE", ["ZMBGOV"], ["ZMBLAB"]) in found
    assert ("REQUEST", ["ZMBLAB"], ["ZMBGOV"]) in found
    assert ("REQUEST", ["ZMBGOV"], ["ZMBLAB"]) not in found


def test_demands_made_of_someone_still_aim_at_them(coder):
    found = _dyads(coder, "Teachers in Lusaka made new demands of the Zambian education ministry.")
    assert [t for t, _, _ in found] == ["REQUEST"]
    assert found[0][2] == ["ZMBGOV"]
