"""A denial of reports or claims ("denied reports that it had turned down an offer") denies
the act their "that" clause tells, as "denied that ..." does: the act is coded negated
(gold/CODING.md, denials), beside the bare REJECT. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import event_rows

PUB = "2021-05-12"


def coded(coder, text: str) -> list[tuple]:
    return event_rows(coder, text, PUB)


@pytest.mark.parametrize("noun", ["reports", "claims", "allegations"])
def test_a_denied_report_s_act_is_negated(coder, noun):
    text = f"The Iranian foreign ministry denied {noun} that it had turned down an offer of talks from France."
    got = coded(coder, text)
    refusal = [g for g in got if g[0] == "REJECT" and g[3] == ["FRA"]]
    assert refusal and refusal[0][2][0].startswith("IRN") and refusal[0][4] == "negated", got
    text = f"Kampala denied {noun} that its troops had shelled the border village."
    got = coded(coder, text)
    shelling = [g for g in got if g[0] == "ASSAULT"]
    assert shelling and all(g[4] == "negated" for g in shelling), got


def test_a_relative_clause_of_the_reports_is_no_act_denied(coder):
    got = coded(coder, "Kampala denied the reports that appeared in the press on Monday.")
    assert [g[0] for g in got] == ["REJECT"], got


def test_a_confirmed_report_is_still_the_report_s_content(coder):
    """Only a denial reaches into the reports: what a confirmed report says is told as
    before, asserted."""
    got = coded(coder, "Kampala confirmed reports that its troops had shelled the border village.")
    assert not [g for g in got if g[4] == "negated"], got


def test_leaving_things_behind_for_someone_is_no_trip(coder):
    """ "leaving its armoured vehicles behind for the army" hands them over; "left for Juba"
    is a trip (consult.yaml stop pattern "leave behind")."""
    text = "Uganda denied that it was leaving armoured vehicles behind for the Congolese army."
    assert not [g for g in coded(coder, text) if g[0] == "CONSULT"]
    got = coded(coder, "The Ugandan president left for Juba on Monday.")
    assert [g[0] for g in got] == ["CONSULT"], got
