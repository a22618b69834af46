"""Actor-side causes of missed or false events found by the blind gold articles (gold7-*,
gold8-*) and by news text, each tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-06-12")


# -- an opposition figure's party is the opposition, and so are its supporters -------------------
def test_an_opposition_leaders_party_is_the_opposition(coder):
    text = (
        "DAR ES SALAAM (AFP) - A court on Monday charged opposition leader Juma Kweli with "
        "sedition over a speech, his Chadema party said. Police fired tear gas at hundreds of "
        "Chadema supporters and arrested 20 of them. Chadema called the charge a disgrace and "
        "urged the government to free Kweli."
    )
    assert [codes(e["target"]) for e in found(coder, text, "ASSAULT")] == [["TZAOPP"]]
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["TZAOPP"]]
    assert [codes(e["source"]) for e in found(coder, text, "REQUEST")] == [["TZAOPP"]]


def test_a_party_named_before_supporters_is_their_side(coder):
    # a party the story never calls the opposition: its supporters are its people (its key)
    text = "Police in Dar es Salaam fired tear gas at Chadema supporters on Monday."
    e = found(coder, text, "ASSAULT")
    assert e and codes(e[0]["target"]) == ["TZAPTYCHD"], e
