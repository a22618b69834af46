"""Event-side causes of missed and false events found by the blind gold7/gold8 articles and
Guardian text, each tested on invented sentences."""

from __future__ import annotations

from .conftest import finder, keys

found = finder("2026-06-12")


# -- a parliament throwing out the government's budget rejects the government --------------------
def test_the_owner_of_a_rejected_budget_is_the_target(coder):
    text = "LILONGWE (Reuters) - Lawmakers threw out the government's budget on Thursday."
    e = found(coder, text, "REJECT")
    assert e and keys(e[0]["source"]) == {"MWI"} and keys(e[0]["target"]) == {"MWI"}, e
    assert e[0]["target"][0]["sector"] == ["GOV"], e
    assert not found(coder, text, "SANCTION")  # no one was thrown out
