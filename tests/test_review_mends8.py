"""Behaviour mends from review (session 8): each pattern or rule in its intended place."""

from __future__ import annotations

from tests.conftest import events_of


def _rows(coder, text):
    return [(e["type"], e["cameo"]) for e in events_of(coder, text, published="2024-05-02")]


def test_bombing_campaign_against_is_aerial_assault(coder):
    # the general "campaign against" line must not take the 195 air-attack patterns' words
    assert ("ASSAULT", "195") in _rows(
        coder, "Belgravia's air force stepped up its bombing campaign against the rebels in Tarvia."
    )


def test_scorched_earth_campaign_still_assault(coder):
    assert ("ASSAULT", "190") in _rows(
        coder, "The junta waged a scorched-earth campaign against the Karsi rebels."
    )


def test_non_officials_gathering_for_a_summit_are_no_meeting(coder):
    for text in (
        "Farmers gathered for the summit in Nairobi on Tuesday.",
        "Students gathered in Lusaka for talks on Friday.",
    ):
        assert "CONSULT" not in [t for t, _ in _rows(coder, text)], text


def test_police_raids_without_target_are_no_assault(coder):
    assert "ASSAULT" not in [
        t for t, _ in _rows(coder, "Police carried out raids in Harare on Monday.")
    ]
    assert ("ASSAULT", "190") in _rows(
        coder, "Insurgents carried out ambushes on the highway near Kabul."
    )


def test_court_ordered_seizure_and_nationalization_are_seizures(coder):
    assert ("COERCE", "1711") in _rows(
        coder, "A Kenyan court ordered the seizure of the former minister's assets."
    )
    assert ("COERCE", "1711") in _rows(
        coder, "The Bolivian government announced the nationalization of the country's gas fields."
    )


def test_typographic_will_makes_a_conditional_threat(coder):
    rows = _rows(
        coder,
        "Iran warned that if the board passed the resolution, we\u2019ll raise uranium enrichment.",
    )
    assert "THREATEN" in [t for t, _ in rows]


def test_pledge_to_have_nothing_to_do_with_is_not_negated(coder):
    evs = events_of(
        coder,
        "The militia vowed to have nothing to do with the attacks on civilians.",
        published="2024-05-02",
    )
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and rej[0]["modality"] != "negated"


def test_spaced_en_dash_is_a_break(nlp):
    from dotterel.events.extract.common import _after_comma

    doc = nlp("Kenya rejected the plan \u2013 urging Uganda to withdraw its troops.")
    verb = next(t for t in doc if t.lower_ == "rejected")
    part = next(t for t in doc if t.lower_ == "urging")
    assert _after_comma(verb, part)
    doc = nlp("Kenya rejected the plan after a two\u2013day meeting, urging calm.")
    assert not _after_comma(
        next(t for t in doc if t.lower_ == "rejected"), next(t for t in doc if t.lower_ == "after")
    )
