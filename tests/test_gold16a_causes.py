"""General causes found by the blind gold16-01..04 articles (gold/articles.jsonl), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, events_of, finder, parties

found = finder("2026-11-23")


# -- "the three main opposition parties" are the opposition, not the last three actors ---------
def test_a_numbered_group_named_by_its_sector_is_that_sector(coder):
    text = (
        "Police fired tear gas at marchers in Quito on Saturday. Prosecutors charged two "
        "officers on Monday. The three main opposition parties said on Tuesday they would "
        "boycott the budget vote."
    )
    evs = found(coder, text, "PROTEST")
    assert evs and all(codes(e["source"]) == ["ECUOPP"] for e in evs), evs
    # a bare "the two countries" still stands for the two named before
    evs = found(
        coder,
        "Chile and Peru signed a deal. The two countries agreed to talk.",
        "AGREE",
    )
    assert evs and {k for e in evs for k in parties(e)} == {
        "CHL",
        "PER",
    }


# -- "an agreement the two governments signed": a relative clause with no "that" -------------
def test_a_relative_clause_without_that_keeps_its_event(coder):
    text = (
        "Chad and Niger held talks in N'Djamena on Monday. Their troops will patrol the border "
        "under a defence pact the two governments signed in March."
    )
    evs = [e for e in found(coder, text, "SUPPORT") if e["cameo"] == "057"]
    assert evs and {k for e in evs for k in parties(e)} == {
        "TCD",
        "NER",
    }, evs
    assert evs[0]["date"]["start"] == "2026-03-01", evs


def test_a_second_object_with_a_participle_stays_a_participle():
    from dotterel.nlp import parse

    doc = next(iter(parse(["Officials showed reporters the weapons seized at the border."])))
    seized = next(t for t in doc if t.lower_ == "seized")
    assert seized.dep_ == "acl" and seized.head.lower_ == "weapons"


# -- "fighters from X" are X's, as "fighters of X" are ------------------------------------------
def test_fighters_from_a_group_are_that_group(coder):
    for text, key in (
        (
            "Fighters from al-Shabaab killed six soldiers near Baidoa on Sunday.",
            "ALSHABAAB",
        ),
        ("Troops from Chad attacked a rebel base on Monday.", "TCD"),
    ):
        evs = found(coder, text, "ASSAULT")
        assert evs and all(key in {a["org"] or a["country"] for a in e["source"]} for e in evs), (
            text,
            evs,
        )


# -- "fired what appeared to be a missile": the thing after the hedge is the object -----------
def test_a_hedged_free_relative_is_the_object(coder):
    for text in (
        "North Korea fired what appeared to be a ballistic missile into the sea on Tuesday.",
        "North Korea launched what it called a new hypersonic missile on Tuesday.",
        "North Korea fired what appeared to be a cruise missile into the sea on Tuesday, the "
        "Japanese army said, the North's third launch this year.",
    ):
        evs = events_of(coder, text, "2026-11-26")
        assert [(e["type"], e["cameo"]) for e in evs] == [("MOBILIZE", "150")], (
            text,
            evs,
        )
        assert evs[0]["date"]["start"] == "2026-11-24", evs
    evs = found(
        coder,
        "Iran seized what it described as a smuggling tanker on Friday.",
        "COERCE",
    )
    assert evs and all(e["cameo"] == "1711" for e in evs), evs


# -- "South Korea plan to hold drills": a verb the small model tags as a noun ------------------
def test_plan_after_coordinated_names_is_a_verb(coder):
    text = "The United States and South Korea plan to hold joint air drills next month."
    evs = found(coder, text, "COOPERATE")
    assert evs and all(e["modality"] == "planned" for e in evs), evs
    assert {k for e in evs for k in parties(e)} == {
        "USA",
        "KOR",
    }


# -- "called on X to comply ... and to resume dialogue": both acts are asked for -------------
def test_a_second_infinitive_of_an_appeal_is_asked_for(coder):
    text = (
        "The Arab League chief called on Damascus to comply with the resolutions and to resume talks "
        "with the Kurdish-led forces, his office said."
    )
    evs = events_of(coder, text, "2026-11-26")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs
    assert "026" in {e["cameo"] for e in evs if e["type"] == "REQUEST"}, evs


def test_a_later_infinitive_passes_the_same_guards_as_the_first():
    # "requested foreign troops to ... fight the gangs" asks for the troops (the verb's own
    # object first), not for a fight: a later infinitive of the appeal is held to that as
    # the first one is, and gives no appeal to fight
    from dotterel.events.extract.sentence import candidates
    from dotterel.events.lexicon import default_lexicon
    from dotterel.nlp import parse

    text = "Peru requested foreign troops to stand by and to fight the gangs."
    sent = next(next(iter(parse([text]))).sents)
    cands = candidates(sent, default_lexicon())
    assert not [c for c in cands if c.trigger.lower_ == "fight"], cands
    assert [c.trigger.lower_ for c in cands if c.type == "REQUEST"] == ["requested"], cands
