"""Bare "soldiers", "troops" and "police" in a story about one country are its own forces;
with another country named nearby there is no guess. Invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-06-12")


def test_bare_soldiers_in_a_domestic_story_are_the_dateline_countrys_army(coder):
    text = (
        "LILONGWE (Reuters) - Thousands marched through the capital on Friday to demand new "
        "elections. Soldiers fired on the protesters outside the electoral commission."
    )
    e = found(coder, text, "ASSAULT")
    assert e and codes(e[0]["source"]) == ["MWIMIL"], e


def test_bare_police_in_a_domestic_story_are_the_dateline_countrys_police(coder):
    text = (
        "LILONGWE (Reuters) - Thousands marched through the capital on Friday to demand new "
        "elections. Police arrested 40 protesters outside the electoral commission."
    )
    e = found(coder, text, "COERCE")
    assert e and codes(e[0]["source"]) == ["MWICOP"], e


def test_bare_soldiers_with_another_country_named_nearby_are_no_one(coder):
    text = (
        "LILONGWE (Reuters) - Thousands marched on Friday after Mozambique closed the border. "
        "Soldiers fired on the protesters near the crossing."
    )
    e = found(coder, text, "ASSAULT")
    assert not any("MWIMIL" in codes(x["source"]) for x in e), e
