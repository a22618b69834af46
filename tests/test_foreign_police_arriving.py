"""Foreign police that arrive in a state ("another 200 Rwandan police officers arrived in
Bangui") are police assistance given to it (AID 074), as police sent there are; a state's
own police arriving in its own town are still a deployment (MOBILIZE)."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-05-20")


def test_foreign_police_arriving_in_a_capital_are_aid(coder):
    text = (
        "BANGUI, May 20 - The UN mission said another 200 Rwandan police officers arrived in "
        "Bangui on Tuesday."
    )
    evs = found(coder, text, "AID")
    assert evs and evs[0]["cameo"] == "074" and codes(evs[0]["target"]) == ["CAF"], evs
    assert not found(coder, text, "MOBILIZE")


def test_own_police_arriving_at_home_are_a_deployment(coder):
    text = "NAIROBI, May 20 - Kenyan police officers arrived in Mombasa on Tuesday."
    assert not found(coder, text, "AID")
