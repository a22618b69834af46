"""Event constructions the coder missed or miscoded (round 11), each tested on invented
sentences."""

from __future__ import annotations

from .conftest import events_of, finder, keys

found = finder("2024-05-02")


# -- "said it was considering recalling its ambassador": a hedged act, not a threat ---------
def test_an_act_an_actor_is_considering_is_possible_not_a_threat(coder):
    text = "Sudan said on Monday it was considering recalling its ambassador from Juba."
    sa = found(coder, text, "SANCTION")
    assert sa and sa[0]["modality"] == "possible", events_of(coder, text, "2024-05-02")
    assert keys(sa[0]["source"]) == {"SDN"} and not found(coder, text, "THREATEN"), sa
    # what the actor says it would consider doing is held over the other side: a threat
    text = "Sudan said on Monday it would consider recalling its ambassador from Juba."
    assert found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")


# -- "the envoy is expected in Nairobi on Friday": a scheduled arrival is a planned visit ---
def test_expected_in_a_capital_is_a_planned_visit(coder):
    for text, target in (
        ("The Kenyan envoy is expected in Addis Ababa on Friday to discuss the dam.", "ETH"),
        ("Mozambique's president is expected in Pretoria next month.", "ZAF"),
    ):
        visit = found(coder, text, "CONSULT")
        assert visit and visit[0]["cameo"] == "042", events_of(coder, text, "2024-05-02")
        assert keys(visit[0]["target"]) == {target} and visit[0]["modality"] == "planned", visit
    for text in (
        "Heavy rain is expected in Nairobi on Friday.",
        "A verdict is expected in the case next week.",
        "The deal needs the approval of all members, which diplomats expect at a summit in "
        "Brussels on Thursday.",
    ):
        assert not events_of(coder, text, "2024-05-02"), text


# -- "called Chile's president on Monday to discuss the dispute": a phone call, no demand ---
def test_calling_someone_to_talk_is_a_phone_call(coder):
    for text in (
        "Peru's president called Chile's president on Monday to discuss the border dispute.",
        "The Peruvian president called his Chilean counterpart to discuss the border dispute.",
    ):
        call = found(coder, text, "CONSULT")
        assert call and call[0]["cameo"] == "041", events_of(coder, text, "2024-05-02")
        assert keys(call[0]["source"]) == {"PER"} and keys(call[0]["target"]) == {"CHL"}, call
        assert not found(coder, text, "REQUEST"), text
    # the caller congratulates, not the one called
    text = "The Kenyan president called the Tanzanian president to congratulate him."
    sup = found(coder, text, "SUPPORT")
    assert sup, events_of(coder, text, "2024-05-02")
    for e in sup:
        assert keys(e["source"]) == {"KEN"}, e
    # a call on someone to act stays a demand
    text = "Egypt called on Ethiopia on Monday to halt the filling of the dam."
    assert found(coder, text, "REQUEST"), events_of(coder, text, "2024-05-02")


# -- "it was decided that Ghana would expel the ambassador": a measure decided, no threat ---
def test_a_measure_decided_that_would_be_taken_is_no_threat(coder):
    for text in (
        "After a cabinet meeting on Tuesday, it was decided that Ghana would expel the "
        "Togolese ambassador.",
        "The Ghanaian cabinet decided on Tuesday that the country would expel the Togolese "
        "ambassador.",
    ):
        sa = found(coder, text, "SANCTION")
        assert sa and sa[0]["cameo"] == "166", events_of(coder, text, "2024-05-02")
        assert keys(sa[0]["source"]) == {"GHA"} and not found(coder, text, "THREATEN"), sa
    # said it would, on a condition: a threat (with none, a planned sanction: round 12)
    text = "Ghana said on Tuesday it would expel the Togolese ambassador unless Lome apologised."
    assert found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")


# -- "the rebels captured an army base": a place taken by force is occupied (192) ---------
def test_a_base_or_capital_captured_is_occupied(coder):
    for text in (
        "Rebels of the Northern Front said they had captured an army base near Kidal on Sunday.",
        "The rebels overran the provincial capital of Gao on Monday.",
    ):
        co = found(coder, text, "COERCE")
        assert co and co[0]["cameo"] == "192", events_of(coder, text, "2024-05-02")
        assert not found(coder, text, "ASSAULT"), text


# -- "the bloc's heads of state would discuss the crisis at a summit": a body's meeting ----
def test_a_body_that_will_discuss_a_matter_meets(coder):
    for text in (
        "ECOWAS said on Thursday the bloc's heads of state would discuss the crisis at an "
        "extraordinary summit in Accra on Sunday.",
        "The U.N. Security Council will discuss the attack on Friday.",
    ):
        meet = found(coder, text, "CONSULT")
        assert meet and meet[0]["modality"] == "planned", events_of(coder, text, "2024-05-02")
    # a person or a government discussing something holds no meeting
    text = "The Kenyan president discussed the budget on Monday."
    assert not found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")


# -- "the Rwanda-backed rebels", "a NATO-backed uprising": who backs whom, described -------
def test_a_backer_named_in_passing_is_no_act_of_support(coder):
    for text in (
        "Three years after a NATO-backed uprising toppled the president, Libya remains divided.",
        "The Rwanda-backed rebels seized the town of Sake on Monday.",
    ):
        assert not found(coder, text, "SUPPORT"), events_of(coder, text, "2024-05-02")
    text = "France backed the proposal on Monday."
    assert found(coder, text, "SUPPORT"), events_of(coder, text, "2024-05-02")


# -- "called on their supporters to march on Tuesday": the body's own planned protest ------
def test_a_call_on_ones_own_people_to_protest_is_ones_own_planned_protest(coder):
    for text, src in (
        ("Opposition leaders in Lome called on their supporters to march through the capital "
         "on Tuesday.", "TGO"),
        ("The Kenyan opposition urged its supporters to stage protests on Friday.", "KEN"),
    ):  # fmt: skip
        pr = found(coder, text, "PROTEST")
        assert pr and pr[0]["modality"] == "planned", events_of(coder, text, "2024-05-02")
        assert keys(pr[0]["source"]) == {src} and "OPP" in pr[0]["source"][0]["code"], pr
        assert not found(coder, text, "REQUEST"), text
    # a call on others to protest stays their demand, no protest of the caller's
    text = "The Kenyan opposition urged the teachers to stage protests on Friday."
    assert found(coder, text, "REQUEST"), events_of(coder, text, "2024-05-02")


# -- "he is due back in Addis Ababa on Saturday": a return scheduled is a planned visit ----
def test_due_back_in_a_capital_is_a_planned_visit(coder):
    text = "The Kenyan envoy is due back in Addis Ababa on Saturday."
    visit = found(coder, text, "CONSULT")
    assert visit and visit[0]["cameo"] == "042", events_of(coder, text, "2024-05-02")
    assert keys(visit[0]["target"]) == {"ETH"} and visit[0]["modality"] == "planned", visit
