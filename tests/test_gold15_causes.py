"""General causes found by the blind gold15 articles (gold/articles.jsonl, gold15-05 to
gold15-08), each tested on invented sentences."""

from __future__ import annotations

from .conftest import finder, keys

found = finder("2026-11-20")


# -- a main-clause subject "it" continues the last sentence's main subject ---------------------
def test_subject_it_is_the_main_subject_not_one_reported_on(coder):
    text = (
        "The U.N. mission in South Sudan, UNMISS, said it was alarmed by reports that SPLM-IO "
        "fighters had killed 12 villagers near Nasir. It urged the army and the rebels to let "
        "aid agencies into the area."
    )
    evs = found(coder, text, "REQUEST")
    assert [e["source"][0]["org"] for e in evs] == ["UNMISS"], evs


# -- "called the accusations absurd": a denial, also when the verdict is coordinated -----------
def test_accusations_called_absurd_are_denied(coder):
    text = (
        "Estonia expelled two Russian diplomats on Monday. The Russian foreign ministry called "
        'Estonia\'s accusations "absurd and Russophobic".'
    )
    evs = found(coder, text, "REJECT")
    assert evs and keys(evs[0]["source"]) == {"RUS"} and keys(evs[0]["target"]) == {"EST"}, evs


# -- a past clause after "until" under a reported "would" is the condition, not an event -------
def test_until_clause_under_reported_would_is_a_condition(coder):
    text = (
        "The spokesman said Syria would not allow inspections at the bombed sites until the "
        "IAEA condemned the Israeli strikes."
    )
    assert not found(coder, text, "ACCUSE")
    # a past "until" clause under a past main verb did happen
    text = "Farmers blocked the highway until Bolivian police fired tear gas at them."
    assert found(coder, text, "ASSAULT")


# -- attacking an institution or value in the abstract is criticism, not violence --------------
def test_attacking_democracy_is_no_assault(coder):
    text = (
        '"Envoys who use their status to attack our democracy have no place in Estonia," the '
        "Estonian foreign minister said."
    )
    assert not found(coder, text, "ASSAULT")
    assert found(coder, "Gunmen attacked a police station in northern Burkina Faso.", "ASSAULT")


# -- a chamber's own session meets no one ------------------------------------------------------
def test_a_chamber_meeting_to_vote_is_no_consultation(coder):
    for text in (
        "Chile's Chamber of Deputies meets at 10:00 to vote on whether to impeach the minister.",
        "The Knesset meets on Monday to vote on the budget.",
    ):
        assert not found(coder, text, "CONSULT"), text
    assert found(coder, "Netanyahu met the speaker of the Knesset on Monday.", "CONSULT")
    # a chamber or house that is no legislature still meets and backs
    assert found(
        coder, "The White House met union leaders on Tuesday to discuss the strike.", "CONSULT"
    )
    assert found(coder, "The Chamber of Commerce backed the bill.", "SUPPORT")


# -- a past verb joined to a gerund is the conjunct of the finite verb above it ----------------
def test_finite_verb_joined_to_a_gerund_is_its_own_act(coder):
    text = (
        "Zambia's government accused Malawi on Tuesday of sending troops across the border "
        "and called on the U.N. Security Council to hold an emergency meeting."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and keys(evs[0]["source"]) == {"ZMB"}, evs
    assert found(coder, text, "ACCUSE")
    # joined to an infinitive under the gerund
    text = (
        "Zambia accused Malawi of sending soldiers across the border to reinforce the rebels "
        "and called on the African Union to hold an emergency summit."
    )
    assert found(coder, text, "REQUEST") and found(coder, text, "ACCUSE")


# -- inspectors turned away: an international mission refused, not people restricted -----------
def test_inspectors_turned_away_is_a_refusal_of_the_mission(coder):
    text = "Syria turned IAEA inspectors away from its Al Kibar site on Monday."
    evs = found(coder, text, "REJECT")
    assert evs and evs[0]["cameo"] == "1245" and not found(coder, text, "COERCE"), evs
    text = "Hungarian police turned away hundreds of migrants at the border."
    assert found(coder, text, "COERCE") and not found(coder, text, "REJECT")


# -- a person's lawyers act for that person ----------------------------------------------------
def test_a_persons_lawyers_act_for_the_person(coder):
    text = (
        "The Peruvian Supreme Court has rejected a request by President Ana Torres's lawyers to "
        "halt the impeachment."
    )
    evs = found(coder, text, "REJECT")
    assert evs and {a["code"] for a in evs[0]["target"]} == {"PERGOV"}, evs
