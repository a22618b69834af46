"""Words of threats and concessions: a manhunt for suspects is pursuit to arrest (and a vow
of it a threat), "bring ... to justice" names no police deployment, a coercive act hinted at
by the actor is raised as a threat, and letting the opposition rally is the concession, not a
rally held. Sentences written for these tests."""

from __future__ import annotations

from .conftest import events_of, keys


def _types(coder, text: str) -> list[tuple[str, str]]:
    return [(e["type"], e["cameo"]) for e in events_of(coder, text)]


def test_chasing_down_suspects_is_pursuit_to_arrest(coder):
    evs = events_of(coder, "Ugandan police chased down the gunmen near the Congolese border.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "173")]
    assert keys(evs[0]["source"]) == {"UGA"}


def test_a_promise_to_chase_down_suspects_is_a_threat_of_arrest(coder):
    evs = events_of(
        coder, "The Rwandan government promised to chase down the suspects in the grenade attack."
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "132")]
    assert keys(evs[0]["source"]) == {"RWA"}


def test_officers_brought_to_justice_are_no_police_deployment(coder):
    found = _types(coder, "The Malawian government pledged to bring corrupt officers to justice.")
    assert found == [("THREATEN", "132")]


def test_police_brought_to_a_city_are_still_deployed(coder):
    found = _types(coder, "The Malawian president brought police officers to Lilongwe.")
    assert found == [("MOBILIZE", "153")]


def test_letting_the_opposition_rally_is_the_concession(coder):
    evs = events_of(coder, "The Zambian authorities let the opposition hold rallies in Lusaka.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("CONCEDE", "0811")]
    assert keys(evs[0]["source"]) == {"ZMB"}


def test_a_coercive_act_hinted_at_by_the_actor_is_a_threat(coder):
    # "hinted that it may ..." raises the act aloud, as "signalled" or "said" does
    found = _types(coder, "Tanzania hinted it may expel Burundian diplomats.")
    assert found == [("THREATEN", "136")]
