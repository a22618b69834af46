"""General causes found by the blind gold14 articles (gold/articles.jsonl, gold14-*), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of, finder, keys

found = finder("2026-10-14")


def _types(coder, text: str) -> set[str]:
    return {e["type"] for e in events_of(coder, text, "2026-10-14")}


# -- "called X a Y for Z": a name given, not an appeal ----------------------------------------
def test_calling_something_a_pretext_for_is_no_appeal(coder):
    for text in (
        "The opposition called the vote a pretext for a power grab.",
        "Beijing fenced off the reef last year, a move Manila called a pretext for occupation.",
        "The Serbian president called the ruling a blow for the rule of law.",
    ):
        assert not found(coder, text, "REQUEST"), text
    assert found(coder, "The Kenyan opposition called for a vote on the budget.", "REQUEST")


# -- the agent of a passive is the doer, not the pattern's object -----------------------------
def test_the_agent_of_a_passive_is_not_the_force_used(coder):
    text = "Russian missiles struck depots used by the Ukrainian armed forces on Tuesday."
    evs = found(coder, text, "ASSAULT")
    assert [keys(e["source"]) for e in evs] == [{"RUS"}], evs
    assert found(coder, "The force used by Nigerian police against the protesters was excessive.",
                 "ASSAULT")  # fmt: skip


# -- a that-clause after "demand" parsed as a relative clause ---------------------------------
def test_a_demand_that_x_withdraw_is_no_withdrawal(coder):
    text = "The Ukrainian minister rejects a Russian demand that Ukrainian troops first withdraw from Donetsk."
    evs = events_of(coder, text, "2026-10-21")
    assert not [e for e in evs if e["type"] == "RETREAT"], evs
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert req and keys(req[0]["source"]) == {"RUS"}, evs
    assert [e for e in evs if e["type"] == "REJECT"], evs


# -- a conditional legal challenge the speaker holds over another is a threat ------------------
def test_a_conditional_court_challenge_is_a_threat(coder):
    text = (
        "The Sri Lankan opposition leader said on Thursday that his party would challenge the "
        "defence pact in the Supreme Court if it was not put to a vote."
    )
    assert found(coder, text, "THREATEN") and not found(coder, text, "ACCUSE")
    # an unconditional announced lawsuit stays a planned legal action
    text = "The defeated Kenyan candidate said he would file a challenge with the Supreme Court."
    assert found(coder, text, "ACCUSE")


# -- advice ("would be wise to", "it is time for X to") is not an act -------------------------
def test_advice_is_not_an_act(coder):
    for text in (
        "Kyiv would be wise to invite observers from the Council of Europe.",
        "Kyiv would be wise to pass the language law and to invite observers from the OSCE.",
        "Washington would be well advised to lift the sanctions on Cuba.",
        "It is time for Brussels to freeze the funds for Hungary.",
    ):
        # in the writer's own voice: an opinion, no event
        assert not events_of(coder, text, "2026-11-04"), text
    # advice someone gives is not told as done
    text = "Brussels would be wise to freeze the funds for Hungary, the Polish minister said."
    evs = events_of(coder, text, "2026-11-04")
    assert all(e["modality"] != "asserted" for e in evs), evs
    # a judgement of a past act keeps it asserted
    evs = found(coder, "Kenya was right to expel the Somali ambassador last week.", "SANCTION",
                "2026-11-04")  # fmt: skip
    assert all(e["modality"] == "asserted" for e in evs), evs


# -- a person dismissed is removed from office, no claim rejected -----------------------------
def test_dismissing_a_person_is_no_rejection(coder):
    text = "The Pakistani president dismissed him on corruption charges in August 1993."
    assert not found(coder, text, "REJECT")
    assert found(coder, "The Kremlin dismissed the Ukrainian claims as nonsense.", "REJECT")


# -- a coup: power taken by force, aimed at the government ------------------------------------
def test_a_coup_is_power_seized_from_the_government(coder):
    e = found(
        coder, "Pakistan's army chief took power in a bloodless coup in October 1999.", "COERCE"
    )
    assert e and e[0]["cameo"] == "192" and {a["code"] for a in e[0]["target"]} == {"PAKGOV"}, e
    assert not found(
        coder, "The Chilean president won the election and took power in March.", "COERCE"
    )
    assert not found(coder, "Protesters toppled a statue of the former king.", "COERCE")


# -- "X, then the army chief,": the role held at the time -------------------------------------
def test_then_the_title_in_an_apposition_is_the_role_at_the_time(coder):
    text = (
        "The prime minister was overthrown in October 1999, when General Pervez Musharraf, "
        "then the army chief, took power in a bloodless coup."
    )
    e = found(coder, text, "COERCE")
    assert e and {a["code"] for a in e[0]["source"]} == {"PAKMIL"}, e


# -- agreeing to hold joint exercises is an agreement, not the exercises -----------------------
def test_agreeing_to_hold_joint_exercises_is_an_agreement(coder):
    text = "India and Sri Lanka agreed to hold joint naval exercises off Trincomalee every year."
    evs = events_of(coder, text, "2026-10-08")
    assert [(e["type"], e["cameo"]) for e in evs] == [("AGREE", "0312")], evs
    # exercises held together stay military cooperation
    text = "French and Egyptian warships held joint naval exercises off Alexandria on Monday."
    assert found(coder, text, "COOPERATE", "2026-10-08")


# -- a chain of participles after a march: the demands are the march's --------------------------
def test_a_marchs_second_participle_demand_is_no_request_of_its_own(coder):
    text = (
        "Several hundred Sri Lankan opposition supporters marched towards the Indian High "
        "Commission on Wednesday, accusing the government of selling the country and demanding "
        "that the defence agreement be published."
    )
    evs = events_of(coder, text, "2026-10-08")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


# -- "said X must ... and that Y had asked Z": the second clause is its own act ----------------
def test_a_clause_coordinated_with_a_must_demand_keeps_its_own_act():
    from dotterel.events.extract import candidates
    from dotterel.events.lexicon import default_lexicon
    from dotterel.nlp import parse

    text = (
        "The Indian spokesman said deportees must be treated with dignity and that New Delhi had "
        "asked Washington not to shackle them on the flights."
    )
    sent = next(next(iter(parse([text]))).sents)
    cands = candidates(sent, default_lexicon())
    assert {c.trigger.lower_ for c in cands if c.type == "REQUEST"} == {"treated", "asked"}, cands
