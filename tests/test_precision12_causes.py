"""General causes of false events on gold dev (precision, session 12): background in relative
clauses, two acts of one sentence years apart, each tested on invented sentences."""

from __future__ import annotations

from .conftest import events_of


# -- "which has mediated between ...": an ongoing activity describes a party -------------------
def test_an_activity_in_a_present_perfect_relative_clause_is_background(coder):
    for text, kept in (
        ("Norway, which has mediated between the rebels and the government, urged calm on Monday.",
         {"REQUEST"}),
        ("Qatar, which has tried to mediate between the two rivals, called for restraint.",
         {"REQUEST"}),
        ("A regional force that has helped the army fight the insurgents will leave in March.",
         set()),
        ("The militia, which has fought the police and rival clans for control of the mines, "
         "denied the charge.", {"REJECT"}),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert {e["type"] for e in evs} == kept, (text, evs)
    # a bounded act, a dated one and the past perfect stay events
    for text, typ in (
        ("The United States, which has funded a radar system along the border, pledged more aid.",
         "AID"),
        ("Egypt, which has hosted talks between the factions since March, invited them to Cairo.",
         "CONSULT"),
        ("The rebels, who had fought the army near the town, withdrew on Friday.", "ASSAULT"),
        ("The talks were boycotted by the Liberation Front, a rebel group that has fought two "
         "wars against the army.", "ASSAULT"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert typ in {e["type"] for e in evs}, (text, evs)


# -- two acts of one sentence years apart are two happenings ------------------------------------
def test_acts_of_one_sentence_years_apart_are_not_merged(coder):
    text = (
        "The rebels, who had fired a missile at the city in 1998, attacked the army base on Monday."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ASSAULT"]
    assert sorted(e["date"]["start"] for e in evs) == ["1998-01-01", "2024-04-29"], evs


# -- "fired rockets at a ship, setting it on fire": the attack and its result are one -----------
def test_an_attack_and_the_participle_of_its_result_are_one_event(coder):
    text = (
        "The rebels fired two rockets at a cargo ship off Aden on Friday, setting its hull on fire."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ASSAULT"]
    assert len(evs) == 1 and len(evs[0]["mentions"]) == 2, evs
    # a march and a road blockade are still two protests
    text = "Farmers marched on the ministry in Lima on Monday and blocked the main highway."
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "PROTEST"]
    assert len(evs) == 2, evs


# -- a headline's bare country is the state organ the body names -------------------------------
def test_a_headline_naming_a_country_joins_the_body_event_of_its_organ(coder):
    text = (
        "US threatens Cuba with tough measures over migrant boats\n\n"
        "WASHINGTON (Reuters) - The Department of Homeland Security on Monday warned that it "
        "would take tough measures if Havana did not stop the boats."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "THREATEN"]
    assert len(evs) == 1, evs


# -- "Others think ...": a guess by people the text does not name is no event -------------------
def test_a_guess_by_unnamed_others_is_no_event(coder):
    for text in (
        "Some analysts believe the junta could delay the vote. Others think the general could "
        "use the crisis to push for control of the central bank.",
        "Few expect the rebels to attack Kassala before the rains.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not evs, (text, evs)
    # a relative clause on the way states a fact; named people's belief is theirs to report
    text = (
        "Others expect Armenia to lean more on France, which signed a defence pact with Yerevan "
        "in 2023."
    )
    assert [e["type"] for e in events_of(coder, text, "2024-05-02")] == ["SUPPORT"]
    text = "Some of the ministers think the army should withdraw from the border town."
    assert [e["type"] for e in events_of(coder, text, "2024-05-02")] == ["RETREAT"]
