"""Words that look like events and are not: everyday uses, other word senses, commentary and
descriptions."""

from __future__ import annotations

import pytest

from tests.conftest import events_of
from tests.helpers import coded_2021_05_12 as coded
from tests.helpers import types

PUB = "2022-04-11"


def _types(coder, text):
    return [e["type"] for e in events_of(coder, text, PUB)]


def pair(id_: str, typ: str, no: str, still: str | None = None):
    return pytest.param(typ, no, still, id=id_)


PAIRS = [
    pair("civilians_fleeing_are_no_military_retreat", "RETREAT",
         no="The Canadian mother followed her children's retreat to the final village controlled by the militia.",
         still="Islamic State fighters retreated from the town on Sunday."),
    pair("rallying_followers_to_join_is_no_protest", "PROTEST",
         no="In its early years the group regularly rallied followers to join its so-called state."),
    # (a state joining an alliance is no SUPPORT either: accession is no act of support
    # towards anyone, support.yaml; tests/events/types/test_support.py)
    pair("a_person_joining_an_armed_group_is_no_alliance", "SUPPORT",
         no="The British teenager Shamima Begum joined the terrorist organisation in 2015."),
    pair("a_call_on_a_day_is_no_appeal", "REQUEST",
         no="Her Dutch husband called her in early 2016 on the day he was to leave for Spain.",
         still="The Arab League called on Israel to halt the offensive."),
    pair("warning_of_a_disaster_is_no_threat", "THREATEN",
         no="The UN warned that a Russian attack on Idlib would cause a disaster.",
         still="The Kenyan president warned that organisers of the protests would be punished."),
    pair("a_journey_at_home_is_no_visit", "CONSULT",
         no="The US first lady flew to Florida on Friday.",
         still="The US secretary of state flew to Seoul on Friday."),
]  # fmt: skip


def test_an_organisation_name_is_not_an_event(coder):
    got = coded(coder, "The National Unity Government accused the junta of war crimes.")
    assert [g[0] for g in got] == ["ACCUSE"]


def test_tariffs_hitting_exports_are_no_attack(coder):
    assert "ASSAULT" not in _types(
        coder, "New Canadian tariffs hit Mexican steel exports last month."
    )


def test_sanctions_hitting_an_economy_are_no_attack(coder):
    assert "ASSAULT" not in _types(coder, "EU sanctions have hit the Iranian economy hard.")


def test_an_air_strike_still_hits(coder):
    assert "ASSAULT" in _types(coder, "A Saudi air strike hit a market in Saada on Monday.")


def test_a_fire_drill_is_no_ceasefire(coder):
    assert "RETREAT" not in _types(coder, "The school held a fire drill on Monday.")


def test_holding_fire_is_still_a_ceasefire(coder):
    assert "RETREAT" in _types(coder, "The rebels held fire on Monday.")


@pytest.mark.parametrize(("typ", "no", "still"), PAIRS)
def test_no_event_of_the_type_but_still_one(coder, typ, no, still):
    assert typ not in types(coder, no), (no, types(coder, no))
    if still is not None:
        assert typ in types(coder, still), (still, types(coder, still))


@pytest.mark.parametrize("text", [
    "The former minister's wife gave birth to a daughter in Ankara in May.",
    "Most of the militants had dispersed into the desert before the final assault.",
    "Farmers in the valley armed to defend their villages against the raiders.",
    "The smugglers had only themselves to blame for the crackdown, the minister said.",
    "The generals have nothing to hide, a Defence Ministry spokesman said.",
    "The ministry said it could not have launched a rescue mission in the mountains.",
])  # fmt: skip
def test_no_event(coder, text):
    assert not events_of(coder, text, "2019-03-20"), text


@pytest.mark.parametrize(
    "text",
    [
        "Transnistria has not been recognised by any UN member state.",
        "Northern Cyprus is not recognized by any country except Turkey.",
        "The territory broke away in 1992, but no UN member state recognises it.",
        "No country has recognised the self-declared republic since its founding.",
    ],
)
def test_an_unrecognised_status_is_no_refusal(coder, text):
    assert not [e for e in events_of(coder, text) if e["type"] == "REJECT"]


def test_a_past_refusal_to_recognise_is_still_one(coder):
    found = events_of(coder, "The election result was not recognised by the opposition on Monday.")
    assert [e["type"] for e in found] == ["REJECT"]


def test_what_an_act_would_mean_is_no_act(coder):
    # "would mean bowing to": what accepting would entail, neither a plan nor a concession
    text = (
        "Abkhazia rejected the offer. Its leader, Aslan Bzhania, said accepting it would mean "
        'bowing to "conditions dictated by Tbilisi".'
    )
    assert not [e for e in events_of(coder, text, "2026-05-04") if e["type"] == "CONCEDE"]
    # "means to" is still a plan
    evs = events_of(coder, "Moscow means to expel the Georgian diplomats.", "2026-05-04")
    assert [(e["type"], e["modality"]) for e in evs] == [("THREATEN", "asserted")], evs


def test_a_present_perfect_over_decades_is_background(coder):
    for text in (
        "Chile and Argentina have traded accusations for decades.",
        "Peru has accused Bolivia of smuggling for decades.",
        "Sudan has accused Chad of arming the militias for decades.",
        "Serbia has tried to block Kosovo's membership for decades.",
    ):
        assert not events_of(coder, text, "2024-05-02"), text
    assert events_of(coder, "Peru has accused Bolivia of smuggling.", "2024-05-02")
