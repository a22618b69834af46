"""A stay-at-home order is a lockdown (COERCE 191, as "imposed a lockdown" is) by the one who
gives it, aimed at the people told to stay in; a state force seizing a named ship is a
confiscation (COERCE 1711). Invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-06-12")


def test_ordering_residents_to_stay_at_home_is_a_lockdown(coder):
    e = found(
        coder,
        "The Bolivian government ordered residents of Sucre to stay at home for ten days.",
        "COERCE",
    )
    assert e and e[0]["cameo"] == "191", e
    assert codes(e[0]["source"]) == ["BOLGOV"] and codes(e[0]["target"]) == ["BOLCVL"], e


def test_telling_residents_to_stay_indoors_is_a_lockdown(coder):
    e = found(
        coder, "Mongolian authorities told residents of Ulaanbaatar to stay indoors.", "COERCE"
    )
    assert e and e[0]["cameo"] == "191", e
    assert codes(e[0]["source"])[0].startswith("MNG") and codes(e[0]["target"]) == ["MNGCVL"], e


def test_telling_children_to_stay_inside_is_no_event(coder):
    assert not found(
        coder, "The teacher told the children to stay inside during the storm.", "COERCE"
    )


def test_an_ordered_deployment_is_not_a_lockdown(coder):
    e = found(coder, "The Bolivian president ordered troops to stay in the capital.", "COERCE")
    assert not any(x["cameo"] == "191" for x in e), e


def test_police_seizing_a_named_tanker_is_a_confiscation(coder):
    e = found(
        coder, "Norwegian police seized the tanker Polar-7 in the fjord on Tuesday.", "COERCE"
    )
    assert e and e[0]["cameo"] == "1711" and codes(e[0]["source"]) == ["NORCOP"], e


def test_a_seized_ship_named_by_no_flag_takes_no_country_from_the_story(coder):
    e = found(
        coder, "Norwegian police seized the tanker Polar-7 in the fjord on Tuesday.", "COERCE"
    )
    assert e and not any(t.get("country") for t in e[0]["target"]), e


def test_a_seized_ship_keeps_its_flag(coder):
    e = found(
        coder, "Norwegian police seized the Panamanian-flagged tanker Polar-7 on Tuesday.", "COERCE"
    )
    assert e and codes(e[0]["target"]) == ["PANBUS"], e
