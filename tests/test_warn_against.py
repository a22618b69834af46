"""A warning against an act ("the EU warned against any escalation") advises against it and
threatens no one (threaten.yaml stop pattern "warn against"); a warning of consequences or
of retaliation is still a threat. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import events_of


def coded(coder, text: str) -> list[tuple]:
    return [(e["type"], e["cameo"]) for e in events_of(coder, text, "2021-05-12")]


@pytest.mark.parametrize("text", [
    "The European Union warned against any escalation in the region.",
    "The Kenyan president warned against hasty decisions on the budget.",
    "Tehran warned against any foreign interference in the vote.",
    "China warned against closed military blocs in the Pacific.",
])  # fmt: skip
def test_a_warning_against_an_act_is_no_threat(coder, text):
    """ "warned against any escalation" advises; it threatens no one (threaten.yaml stop)."""
    assert not [g for g in coded(coder, text) if g[0] == "THREATEN"], text


@pytest.mark.parametrize("text", [
    "Moscow warned Kyiv of serious consequences.",
    "China warned that it would retaliate against Japan.",
    "Moscow warned Kyiv of retaliation.",
    "Russia warned of retaliation against NATO.",
])  # fmt: skip
def test_a_warning_of_consequences_is_still_a_threat(coder, text):
    assert [g for g in coded(coder, text) if g[0] == "THREATEN"], text
