"""Wrappers: verbs that govern another act (agree to, plan, threaten to, allow, let, consider):
what they make of the act they govern."""

from __future__ import annotations

import pytest

from tests.conftest import events_of, finder, keys

PUB = "2011-03-09"
found = finder(PUB)


def test_a_plan_kept_by_a_wrapper_leaves_the_rest_of_the_clause_alone(coder):
    evs = events_of(coder, "Venezuela looks poised to walk away from the negotiations after Brazil threatened to "
                           "punish it with tariffs.")  # fmt: skip
    assert "THREATEN" in {e["type"] for e in evs}


def test_content_of_a_demand_under_a_kept_wrapper_is_not_an_act(coder):
    text = (
        "Two days later the parliament in Baghdad voted to ask foreign troops to leave the country."
    )
    rows = [e["type"] for e in events_of(coder, text, "2026-11-24")]
    assert rows == ["REQUEST"], rows


@pytest.mark.parametrize("text,typ,src", [
    ("Zambia committed to easing economic restrictions on the border region.", "CONCEDE", "ZMB"),
    ("Zambia has committed to withdrawing its troops from the disputed strip.", "CONCEDE", "ZMB"),
    ("Zambia agreed to holding talks with Malawi next month.", "AGREE", "ZMB"),
])  # fmt: skip
def test_a_gerund_after_a_wrappers_to_is_the_act_promised(coder, text, typ, src):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e
    if typ == "CONCEDE":
        assert not found(coder, text, "AGREE")


def test_not_hesitating_is_explained_with_its_own_auxiliary(coder):
    text = "Chile will not hesitate to strike the rebel camps, the minister said."
    evs = found(coder, text, "THREATEN")
    assert evs and evs[0]["explain"]["modality_why"] == "'will not hesitate'", evs
