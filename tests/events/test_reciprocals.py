"""Reciprocal acts: acts done to each other or traded, coded once each way."""

from __future__ import annotations

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import found_2024_05_02, found_2025_03_05, found_2026_11_30

found = finder("2026-12-10")


def _dyads(evs):
    return sorted((min(keys(e["source"])), min(keys(e["target"]))) for e in evs)


def test_each_blamed_the_other_is_coded_each_way(coder):
    for text, pair in (
        ("Kenya and Somalia each blamed the other for the collapse of the talks.", {"KEN", "SOM"}),
        (
            "Fighting between Sudan's army and the RSF resumed on Monday near Kosti. Each side "
            "accused the other of breaking the truce.",
            None,
        ),
        (
            "Clashes between Armenian and Azerbaijani troops erupted on Monday. Each side blamed the "
            "other.",
            None,
        ),
    ):
        acc = found_2025_03_05(coder, text, "ACCUSE")
        assert len(acc) == 2, events_of(coder, text, "2025-03-05")
        for e in acc:
            assert len(e["source"]) == 1 and len(e["target"]) == 1, e
            assert e["source"][0]["code"] != e["target"][0]["code"], e
        if pair:
            assert {next(iter(keys(e["source"]))) for e in acc} == pair, acc


def test_an_act_told_each_other_is_coded_each_way(coder):
    text = ("Peru and Bolivia accused each other on Monday of smuggling weapons across the border. "
            "Bolivia's foreign minister dismissed the charge as \"absurd\".")  # fmt: skip
    evs = events_of(coder, text, "2026-11-30")
    pairs = {(min(keys(e["source"])), min(keys(e["target"]))) for e in evs if e["type"] == "ACCUSE"}
    assert pairs == {("PER", "BOL"), ("BOL", "PER")}, evs
    assert len({e["id"] for e in evs}) == len(evs)
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and keys(rej[0]["target"]) == {"PER"}, rej  # not its own country as well
    # types scored either way stay one event with both as doers
    evs = found_2026_11_30(
        coder, "Armenia and Azerbaijan attacked each other overnight.", "ASSAULT"
    )
    assert len(evs) == 1 and keys(evs[0]["source"]) == {"ARM", "AZE"}, evs


def test_traded_strikes_are_an_exchange_of_fire_not_trade(coder):
    text = (
        "Armenia and Azerbaijan clashed again on Monday. The worst fighting came in March, when "
        "the two neighbours traded missile and drone strikes for three days."
    )
    assert not found(coder, text, "COOPERATE")
    evs = found(coder, "Armenia and Azerbaijan traded artillery salvos overnight.", "ASSAULT")
    assert evs and set(codes(evs[0]["source"])) == {"ARMMIL", "AZEMIL"}, evs
    # trade itself still is
    assert found(coder, "India and Bangladesh traded rice and cotton last year.", "COOPERATE")


def test_an_act_done_to_each_other_is_coded_each_way(coder):
    text = "Kenya and Somalia accused each other on Tuesday of stoking the border dispute."
    evs = found(coder, text, "ACCUSE")
    dyads = {(tuple(codes(e["source"])), tuple(codes(e["target"]))) for e in evs}
    assert dyads == {(("KEN",), ("SOM",)), (("SOM",), ("KEN",))}, evs
    assert len({e["id"] for e in evs}) == 2
    # praise, a type scored either way (as a meeting is), stays one reciprocal event
    evs = found(coder, "Kenya and Somalia praised each other on Tuesday.", "SUPPORT")
    assert len(evs) == 1, evs


def test_an_act_against_each_other_is_coded_once_each_way(coder):
    evs = found_2024_05_02(
        coder, "Chad and Sudan made threats against each other on Monday.", "THREATEN"
    )
    assert _dyads(evs) == [("SDN", "TCD"), ("TCD", "SDN")], evs
    evs = found_2024_05_02(coder, "Poland and Belarus imposed sanctions on each other.", "SANCTION")
    assert _dyads(evs) == [("BLR", "POL"), ("POL", "BLR")], evs
    evs = found_2024_05_02(coder, "Chad and Sudan blamed one another for the raids.", "ACCUSE")
    assert _dyads(evs) == [("SDN", "TCD"), ("TCD", "SDN")], evs
    # a meeting with each other stays one event
    evs = found_2024_05_02(
        coder, "Chile and Peru met with each other in Lima on Monday.", "CONSULT"
    )
    assert len(evs) == 1, evs


def test_traded_accusations_are_an_accusation_each_way(coder):
    evs = found(coder, "Chile and Argentina traded accusations over the fishing dispute.", "ACCUSE")
    assert _dyads(evs) == [("ARG", "CHL"), ("CHL", "ARG")], evs
    evs = found(coder, "Ghana exchanged angry charges with Togo on Friday.", "ACCUSE")
    assert _dyads(evs) == [("GHA", "TGO")], evs
    assert not found(coder, "Chile and Argentina traded wine and beef worth $2 billion.", "ACCUSE")
