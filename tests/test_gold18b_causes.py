"""General causes found by the blind gold18-05..08 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2026-11-28")


# -- "the union" refers back to a trade union, not to the last organisation named -----------
def test_the_union_is_the_trade_union_not_the_rights_group_named_last(coder):
    text = (
        "MASERU, Nov 28 - Amnesty International criticised the arrest of two activists. "
        "The Lesotho teachers' union called off its strike on Friday. The union, founded in "
        "1991, last held a national strike in May 2019."
    )
    evs = found(coder, text, "PROTEST")
    # the teachers' union (a union of teachers: EDU), never Amnesty
    assert evs and all(codes(e["source"]) == ["LSOEDU"] for e in evs), evs


# -- "dismissed the governor's account": the possessor is not what is dismissed -----------------
def test_a_possessor_is_not_the_object_a_pattern_names(coder):
    text = "The defence ministry dismissed the governor's account of the shelling as lies."
    assert not found(coder, text, "CONCEDE")  # no governor was removed from office
    assert found(coder, text, "REJECT")
    # the noun itself still is: "dismissed the governor" removes him
    assert found(coder, "The president dismissed the governor on Monday.", "CONCEDE")


# -- a name two countries' bodies share is the dateline country's ------------------------------
def test_the_national_salvation_front_of_a_tunis_story_is_tunisian(coder):
    text = (
        "TUNIS, Nov 28 (Reuters) - The opposition National Salvation Front demanded an early "
        "presidential election on Friday."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and all(codes(e["source"]) == ["TUNOPP"] for e in evs), evs
    text = "JUBA, Nov 28 - The National Salvation Front attacked an army post near Yei on Friday."
    evs = found(coder, text, "ASSAULT")
    assert evs and all(codes(e["source"]) == ["SSDREBNAS"] for e in evs), evs


# -- "BUNIA, Democratic Republic of Congo -": a dateline whose country has an "of" -------------
def test_a_dateline_country_with_of_is_cut_before_parsing(coder):
    from dotterel.clean import find_dateline

    for text in (
        "BUNIA, Democratic Republic of Congo - The army said ...",
        "KINSHASA, Democratic Republic of the Congo (Reuters) - The army said ...",
        "ERBIL, Kurdistan Region of Iraq, May 3 (Reuters) - Officials said ...",
    ):
        found_at = find_dateline(text, 0)
        assert found_at is not None and text[found_at[1] :].startswith(("The", "Off")), text
    text = (
        "GOMA, Democratic Republic of Congo - Congo's army gave the rebels 48 hours on "
        "Saturday to leave the town."
    )
    evs = found(coder, text, "THREATEN")
    assert evs and all(codes(e["source"]) == ["CODMIL"] for e in evs), evs


# -- "a leaders' retreat": a closed meeting, not a military retreat -----------------------------
def test_a_leaders_retreat_is_no_withdrawal(coder):
    text = "Pacific leaders will discuss the treaty at a leaders' retreat in Apia next month."
    assert not found(coder, text, "RETREAT")
    text = "The cabinet held a weekend retreat at the presidential lodge on Sunday."
    assert not found(coder, text, "RETREAT")
    assert found(coder, "The rebels began a hasty retreat from Mopti on Monday.", "RETREAT")


# -- a round-up item's dateline is cut before parsing, so the place is no subject --------------
def test_a_round_up_items_dateline_is_not_its_subject(coder):
    from dotterel.nlp import paragraphs
    from dotterel.pipeline import item_paragraphs

    text = (
        "World news in brief\n\nNAIROBI - Kenya's police arrested 12 protesters on Friday.\n\n"
        "BUNIA, Democratic Republic of Congo - Congo's army gave the militiamen 72 hours on "
        "Saturday to leave Mongbwalu."
    )
    paras = item_paragraphs(paragraphs(text))
    assert [p.dateline for p in paras] == [None, "Nairobi", "Bunia"]
    assert paras[2].text.startswith("Congo's army") and text[paras[2].start :].startswith("Congo")
    evs = found(coder, text, "THREATEN")
    assert evs and all(codes(e["source"]) == ["CODMIL"] for e in evs), evs


def test_a_dateline_on_a_line_of_its_own_still_opens_an_item():
    from dotterel.nlp import paragraphs
    from dotterel.pipeline import item_paragraphs

    text = "World news in brief\n\nGOMA, Congo \u2014\n\nThe army left the town on Friday."
    paras = item_paragraphs(paragraphs(text))
    assert [p.dateline for p in paras] == [None, "Goma", None]
    assert paras[1].text.startswith("GOMA")


# -- "called off on Thursday evening a general strike": cancelling, no appeal ------------------
def test_calling_off_a_strike_after_a_time_phrase_is_a_concession(coder):
    text = "The dockers' union called off on Friday night a national strike planned for Monday."
    assert not found(coder, text, "REQUEST")
    evs = found(coder, text, "CONCEDE")
    assert evs and all(codes(e["source"]) == ["LAB"] for e in evs), evs
    text = "The army called off on Sunday its planned assault on the rebel town."
    assert not found(coder, text, "REQUEST")
