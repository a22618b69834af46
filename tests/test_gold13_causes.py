"""General causes found by the blind gold13 articles (gold/articles.jsonl, gold13-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-11-10")


# -- places ---------------------------------------------------------------------------------
def test_a_small_foreign_town_met_through_another_spelling_is_no_place(coder):
    # the gazetteer knows a small Jordanian town spelt otherwise, not the Somali one
    text = (
        "MOGADISHU - Somali troops recaptured the village of Mahas in Hiiraan region on "
        "Sunday, the army said."
    )
    evs = found(coder, text, "ASSAULT")
    assert evs and all((e["location"] or {}).get("country") in (None, "SOM") for e in evs), evs


def test_a_verdict_with_no_place_is_given_in_the_story_country(coder):
    text = (
        "LAGOS, Nov 10 (Reuters) - A Nigerian court on Tuesday convicted a former state "
        "minister of fraud and sentenced him to nine years in prison."
    )
    evs = found(coder, text, "SANCTION")
    assert evs and evs[0]["location"]["country"] == "NGA", evs
    # a foreign court's verdict told in the story is not placed there
    text = (
        "LAGOS, Nov 10 (Reuters) - A Nigerian minister condemned the verdict. A Dutch court "
        "on Monday convicted two Nigerian traders of smuggling."
    )
    evs = [e for e in found(coder, text, "SANCTION") if codes(e["source"])[0].startswith("NLD")]
    assert evs and (evs[0]["location"] or {}).get("country") != "NGA", evs
