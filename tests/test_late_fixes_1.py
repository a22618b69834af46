"""Late fixes: a time phrase on "is due in" is no doer; named bodies of international
organisations and comma-set acronyms of UN missions; each tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder

found = finder("2026-11-26")


# -- a time phrase hung on a predicate adjective is not its doer ------------------------------
def test_due_in_a_city_next_week_is_a_planned_visit(coder):
    for text in (
        "The Peruvian foreign minister is due in Quito next week for talks.",
        "Norway's envoy is due in Colombo later this month.",
    ):
        e = found(coder, text, "CONSULT")
        assert e and e[0]["cameo"] == "042" and e[0]["modality"] == "planned", (text, e)
        assert e[0]["source"][0]["code"] not in ("", None), e


# -- a named body of an international organisation is that organisation ------------------------
def test_a_named_un_body_is_the_un(coder):
    for text in (
        "The U.N. Working Group on Enforced Disappearances criticised Belarus for holding the "
        "two lawyers.",
        "The UN Committee against Torture urged Tajikistan to release the jailed reporters.",
    ):
        evs = events_of(coder, text, "2026-11-26")
        assert evs and evs[0]["source"][0]["code"].startswith("IGOUNO"), (text, evs)


# -- "the U.N. mission in X, ACRONYM," is the mission ----------------------------------------
def test_a_un_mission_with_its_acronym_in_commas_is_the_mission(coder):
    e = found(
        coder,
        "The U.N. mission in Libya, UNSMIL, condemned the shelling of a Tripoli school.",
        "ACCUSE",
    )
    assert e and e[0]["source"][0]["code"] == "IGOUNOSML", e
    e = found(
        coder,
        "The UN mission in South Sudan, UNMISS, urged both armies to stop fighting near Malakal.",
        "REQUEST",
    )
    assert e and e[0]["source"][0]["code"] == "IGOUNOMSS", e
