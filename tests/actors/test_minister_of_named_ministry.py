"""A minister with no country of his own, told just after a ministry ("X's defence ministry
accused ... The minister warned"), heads that ministry and is of its country, even when the
ministry is coded as the military and the story is mostly about the other country."""

from __future__ import annotations

from tests.helpers import mention_codes, mentions


def test_the_minister_of_a_defence_ministry_named_before(kb):
    text = (
        "Russian forces have held the hills since 2008, and Russia has built a fence there. "
        "Georgia's defence ministry accused Russian troops of shelling a village near the "
        "boundary line on Sunday. The minister warned that the army would respond."
    )
    got = mentions(kb, text, "2024-05-02")
    assert mention_codes(got, "minister") == ["GEOGOV"], got


def test_a_minister_of_his_own_country_keeps_it(kb):
    text = (
        "Georgia's defence ministry accused Russian troops of shelling a village on Sunday. "
        "The Russian minister denied it."
    )
    got = mentions(kb, text, "2024-05-02")
    assert mention_codes(got, "Russian minister") == ["RUSGOV"], got
