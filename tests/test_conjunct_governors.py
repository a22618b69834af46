"""A later conjunct of a governed clause ("to regroup and to attack", "that ... and that ...")
is governed as the first is: the same wish, hedge, appeal or denial, never an act told."""

from __future__ import annotations

from .conftest import events_of

DAY = "2026-11-30"


def rows(coder, text: str) -> list[tuple]:
    return [(e["type"], e["modality"]) for e in events_of(coder, text, DAY)]


def test_a_later_infinitive_of_a_wish_for_anothers_act_is_no_act(coder):
    # the parser gives "the navy" to the first infinitive: the second shares it as its doer
    got = rows(coder, "Uruguay wants the navy to regroup and to attack the pirates.")
    assert not [r for r in got if r[0] == "ASSAULT"], got


def test_a_hedged_appeal_keeps_its_later_infinitive(coder):
    # "considering" hedges the asking, and the asking governs the extradition, though its
    # first infinitive codes nothing: no extradition told as done
    text = "The senator was considering asking Paraguay to wait and to extradite the smuggler."
    got = rows(coder, text)
    assert not [r for r in got if r[0] == "COOPERATE"], got
    assert ("REQUEST", "possible") in got, got


def test_an_expected_appeal_in_a_later_infinitive_is_not_told_as_made(coder):
    text = "Ecuador expects the envoy to wait and to urge Peru to free the hostages."
    got = rows(coder, text)
    assert not [r for r in got if r[1] == "asserted"], got


def test_what_an_expected_appeal_asks_for_is_no_act(coder):
    text = "Ecuador expects the envoy to urge Peru to free the hostages."
    got = rows(coder, text)
    assert not [r for r in got if r[0] == "RETREAT"], got


def test_a_suggestion_to_another_is_an_appeal_in_each_infinitive(coder):
    # "suggested Peru to ...": Peru is to act, so the suggestion asks it to; no threat
    for text in (
        "Argentina suggested Peru to wait and to attack the smugglers.",
        "Argentina suggested Peru to attack the smugglers.",
    ):
        got = rows(coder, text)
        assert not [r for r in got if r[0] in ("THREATEN", "ASSAULT")], (text, got)
        assert [r for r in got if r[0] == "REQUEST"], (text, got)


def test_later_infinitives_of_an_agreement_or_plan_stay_acts(coder):
    got = rows(coder, "Chile agreed to withdraw and to release the prisoners.")
    assert ("CONCEDE", "asserted") in got, got
    got = rows(coder, "Guyana plans to regroup and to attack the smugglers.")
    assert ("ASSAULT", "planned") in got, got
    assert ("ASSAULT", "asserted") not in got, got


def test_each_denied_clause_is_denied(coder):
    for text in (
        "Guyana denied that it had shelled the village and that it had arrested the mayor.",
        "Guyana denied that it had shelled the village and arrested the mayor.",
    ):
        got = rows(coder, text)
        assert ("COERCE", "negated") in got, (text, got)
        assert ("COERCE", "asserted") not in got, (text, got)


def test_a_second_that_clause_telling_anothers_act_is_no_threat(coder):
    text = (
        "Ecuador warned that its troops would attack the rebels and that Chile had deployed troops."
    )
    evs = events_of(coder, text, DAY)
    threats = [e for e in evs if e["type"] == "THREATEN"]
    assert all(e["trigger"] != "warned deployed troops" for e in threats), evs
    assert [e for e in evs if e["type"] == "MOBILIZE" and e["source"][0]["country"] == "CHL"], evs


def test_a_later_verb_of_a_hoped_clause_is_hoped_with_its_doer(coder):
    evs = events_of(coder, "Guyana hopes Suriname will regroup and arrest the smugglers.", DAY)
    got = [(e["type"], e["modality"], e["source"][0]["country"]) for e in evs]
    assert ("COERCE", "possible", "SUR") in got, got
    assert not [g for g in got if g[1] == "asserted"], got
