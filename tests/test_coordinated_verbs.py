"""Coordinated verb phrases: each conjoined verb phrase is its own event, with the subject the
conjuncts share and the modality of the clause ("said it would hold a rally and would boycott
parliament": two planned protests); the same act told twice in one sentence stays one event,
and conjoined saying verbs are no events. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import events_of

PUB = "2021-05-12"


def coded(coder, text: str) -> list[tuple]:
    return [
        (e["type"], e["cameo"], [a["code"] for a in e["source"]], e["modality"])
        for e in events_of(coder, text, PUB)
    ]


def kinds(coder, text: str) -> list[tuple]:
    return [(t, m) for t, _, _, m in coded(coder, text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Kenyan police arrested two journalists and seized their laptops on Monday.",
                     [("COERCE", "asserted"), ("COERCE", "asserted")], id="arrested_and_seized"),
        pytest.param("The French foreign minister condemned the bombing and demanded an investigation.",
                     [("ACCUSE", "asserted"), ("REQUEST", "asserted")], id="condemned_and_demanded"),
        pytest.param("Egypt denied the allegations and accused Israel of lying.",
                     [("REJECT", "asserted"), ("ACCUSE", "asserted")], id="denied_and_accused"),
        pytest.param("Ethiopia's army shelled the border town and blockaded the port of Assab.",
                     [("ASSAULT", "asserted"), ("PROTEST", "asserted")], id="shelled_and_blockaded"),
    ],
)  # fmt: skip
def test_each_conjoined_verb_phrase_is_an_event(coder, text, want):
    assert kinds(coder, text) == want


def test_a_second_protest_in_a_conjoined_clause_is_not_the_firsts_purpose(coder):
    # the rally does not swallow the boycott, nor take its target (parliament)
    evs = events_of(coder, "The Venezuelan opposition said it would hold a rally on Friday and "
                           "would boycott parliament.", PUB)  # fmt: skip
    got = sorted((e["cameo"], e["modality"], [a["code"] for a in e["target"]]) for e in evs)
    assert got == [("141", "planned", ["VENGOV"]), ("143", "planned", ["VENLEG"])]


def test_an_announced_boycott_is_a_planned_protest_and_on_a_condition_a_threat(coder):
    assert coded(coder, "Bolivia's main opposition party said it would boycott the election.") == [
        ("PROTEST", "143", ["BOLOPP"], "planned")
    ]
    got = coded(coder, "Bolivia's main opposition party said it would boycott the election unless "
                       "the government freed its leader.")  # fmt: skip
    assert [(t, m) for t, _, _, m in got] == [("THREATEN", "asserted")]
    # a boycott of all dealings with someone is held over them: a threat
    got = coded(
        coder, "Bolivia's main opposition party said it would boycott all contact with Peru."
    )
    assert [(t, m) for t, _, _, m in got] == [("THREATEN", "asserted")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Sudan threatened to expel the Chadian ambassador and impose sanctions on Chad.",
                     ["136", "1312"], id="threatened_to_x_and_y"),
        pytest.param("Sudan said it would expel the Chadian ambassador and impose sanctions on Chad "
                     "unless Chad closed the rebel camps.", ["136", "1312"], id="would_x_and_y"),
    ],
)  # fmt: skip
def test_a_wrapper_governs_each_conjoined_infinitive(coder, text, want):
    got = coded(coder, text)
    assert [c for _, c, _, _ in got] == want
    assert {(t, s[0], m) for t, _, s, m in got} == {("THREATEN", "SDN", "asserted")}


def test_conjoined_sanctions_announced_with_no_condition_are_planned(coder):
    # gold/CODING.md: a sanction announced with no condition is that sanction, planned
    got = coded(
        coder, "Sudan said it would expel the Chadian ambassador and impose sanctions on Chad."
    )
    assert [c for _, c, _, _ in got] == ["166", "163"], got
    assert {(t, s[0], m) for t, _, s, m in got} == {("SANCTION", "SDN", "planned")}


def test_a_past_verb_hung_on_the_infinitive_is_not_what_was_agreed(coder):
    # "gave" is no infinitive under "agreed", whatever the parser hangs it on
    got = coded(coder, "The European Union agreed to impose sanctions on Belarus and gave "
                       "backing to wider measures.")  # fmt: skip
    assert [t for t, _, _, _ in got] == ["SANCTION"]


def test_two_conjoined_acts_of_one_kind_stay_one(coder):
    got = coded(coder, "The rebels agreed to free the hostages and release the prisoners.")
    assert [t for t, _, _, _ in got] == ["CONCEDE"]


def test_a_promise_or_demand_of_two_acts_is_two_events(coder):
    # gold/CODING.md: one event per act demanded, threatened or promised
    got = coded(coder, "The rebels agreed to free the hostages and to withdraw their fighters "
                       "from the town.")  # fmt: skip
    assert [t for t, _, _, _ in got] == ["CONCEDE", "CONCEDE"]
    got = coded(coder, "The African Union urged Khartoum to agree to a truce and to free the "
                       "detained journalists.")  # fmt: skip
    assert [t for t, _, _, _ in got] == ["REQUEST", "REQUEST"], got
    # a choice offered is one demand
    got = coded(
        coder, "The UN urged the Egyptian authorities to release the blogger or charge him."
    )
    assert [t for t, _, _, _ in got] == ["REQUEST"], got


def test_conjoined_saying_verbs_are_no_events(coder):
    assert coded(coder, "The spokesman said and added that talks would continue.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the small parser reads "blocked highways" as a noun phrase joined to the verb
        pytest.param("Farmers rallied outside the ministry and blocked highways.",
                     [("PROTEST", "141"), ("PROTEST", "144")], id="rallied_and_blocked_bare_plural"),
        pytest.param("Students marched through the city and occupied buildings.",
                     [("PROTEST", "141"), ("PROTEST", "144")], id="marched_and_occupied_bare_plural"),
    ],
)  # fmt: skip
def test_participle_joined_to_a_verb_is_a_verb(coder, text, want):
    assert [(t, c[:3]) for t, c, _, _ in coded(coder, text)] == want


def test_participle_joined_to_a_noun_stays_a_modifier():
    from dotterel.nlp import parse

    doc = next(iter(parse(["Police seized weapons and stolen cars."])))
    assert doc[4].dep_ == "amod" and doc[5].head == doc[2]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Chile agreed and signed the trade accord with Peru.", [("SUPPORT", "057")],
                     id="agreed_and_signed"),
        pytest.param("Egypt agreed to talks and signed a trade pact with Sudan.",
                     [("AGREE", "036"), ("SUPPORT", "057")], id="agreed_to_talks_and_signed"),
    ],
)  # fmt: skip
def test_bare_agreement_joined_to_a_signature_is_the_signature(coder, text, want):
    assert [(t, c) for t, c, _, _ in coded(coder, text)] == want


@pytest.mark.parametrize(
    "text",
    ["The EU extended the deadline for Hamas to release the hostages.",
     "Israel set a deadline for Hezbollah to withdraw from the border."],
)  # fmt: skip
def test_act_due_by_a_deadline_is_not_done(coder, text):
    assert not [t for t, _, _, _ in coded(coder, text) if t in ("RETREAT",)]
