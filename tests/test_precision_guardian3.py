"""False events seen on a third sample of long real news articles (live blogs and comment
pieces), with invented sentences: a city's old name is not the country's capital later, ..."""

from __future__ import annotations

from .conftest import codes, events_of


def test_a_renamed_capital_is_not_the_country_after_the_change(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    text = "London blamed Moscow for the Salisbury poisoning, and police in Salisbury said so."
    assert not any(c.startswith("ZWE") for c in mention_codes(mentions(kb, text, "2019-03-01"), "Salisbury"))
    assert set(mention_codes(mentions(kb, "Salisbury said the talks would resume.", "1976-06-01"), "Salisbury")) == {"ZWEGOV"}


def test_an_opposition_demand_is_made_of_its_own_government(coder):
    text = "The Dutch opposition leader called for a UN-led investigation of the gas attack in Mosul."
    evs = [e for e in events_of(coder, text, "2019-03-01") if e["type"] == "REQUEST"]
    assert evs and all(codes(e["target"]) == ["NLDGOV"] for e in evs), evs
