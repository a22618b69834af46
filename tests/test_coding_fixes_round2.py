"""Coding fixes, each written for these tests with invented sentences: an ultimatum is no
concession, a protest ended by force is crowd control, a strike considered is a possible
strike."""

import datetime as dt

from dotterel.read import Article

PUBLISHED = dt.date(2024, 5, 1)


def _events(coder, text: str) -> list[dict]:
    arts = [Article(id="t", text=text, published=PUBLISHED)]
    return [e.to_dict() for c in coder.code_articles(arts) for e in c.events]


def _codes(actors: list[dict]) -> set[str]:
    return {a["code"] for a in actors}


def test_deadline_for_another_is_an_ultimatum_not_a_concession(coder):
    evs = _events(coder, "The union gave the government until Friday to raise wages.")
    assert not [e for e in evs if e["type"] == "CONCEDE"], evs
    got = [e for e in evs if e["cameo"] == "139"]
    assert got and _codes(got[0]["source"]) == {"LAB"} and _codes(got[0]["target"]) == {"GOV"}


def test_infinitive_of_purpose_after_give_is_no_ultimatum(coder):
    evs = _events(coder, "The government gave the farmers money to buy seeds.")
    assert not [e for e in evs if e["type"] == "THREATEN"], evs


def test_protest_ended_with_tear_gas_is_crowd_control(coder):
    evs = _events(coder, "Police ended the protest with tear gas.")
    assert not [e for e in evs if e["type"] == "CONCEDE"], evs
    got = [e for e in evs if e["type"] == "ASSAULT" and e["cameo"] == "175"]
    assert got and _codes(got[0]["source"]) == {"COP"}


def test_strike_noun_under_consider_is_a_possible_strike(coder):
    evs = _events(coder, "The workers are considering a strike.")
    got = [e for e in evs if e["type"] == "PROTEST" and e["cameo"] == "143"]
    assert got and got[0]["modality"] == "possible"


def test_meeting_an_opposition_leader_is_a_meeting(coder):
    """A stop word must head what is met: "met stiff opposition" is no meeting, "met the
    opposition leader" is one."""
    evs = _events(coder, "Kenya's president met the opposition leader in Nairobi.")
    got = [e for e in evs if e["type"] == "CONSULT"]
    assert got and _codes(got[0]["source"]) == {"KENGOV"} and _codes(got[0]["target"]) == {"KENOPP"}
    assert not [
        e
        for e in _events(coder, "The plan met stiff opposition from farmers.")
        if e["type"] == "CONSULT"
    ]


def test_passive_with_two_objects_takes_the_by_phrase_as_source(coder):
    """ "Kenya was granted a loan by the IMF": the parser hangs the "by" phrase on the loan;
    the one who grants is the source, the passive's subject the target."""
    got = [
        e for e in _events(coder, "Kenya was granted a new loan by the IMF.") if e["type"] == "AID"
    ]
    assert got and _codes(got[0]["source"]) == {"IGOIMF"} and _codes(got[0]["target"]) == {"KEN"}
