"""Constructions the coder missed or miscoded (round 10), each tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, events_of, finder, keys

found = finder("2024-05-02")


# -- "called the sanctions blackmail": a pejorative name for another's act is criticism -------
def test_pejorative_name_given_to_an_act_is_criticism(coder):
    for text in (
        "The Slovak prime minister called the new tariffs blackmail on Tuesday.",
        'The Slovak prime minister called the new tariffs "blackmail" on Tuesday.',
        "Caracas called the referendum a sham.",
    ):
        acc = found(coder, text, "ACCUSE")
        assert acc and acc[0]["cameo"] == "111", events_of(coder, text, "2024-05-02")
        assert not found(coder, text, "THREATEN") and not found(coder, text, "REQUEST"), text
    # praise is no criticism
    assert not events_of(coder, "The minister called the reform a success.", "2024-05-02")


# -- "tabled a motion of no confidence in the cabinet": censure of the government -----------
def test_no_confidence_motion_is_censure(coder):
    for text, modality in (
        ("Opposition deputies said they would table a motion of no confidence in the cabinet "
         "on Friday.", "planned"),
        ("Opposition lawmakers filed a no-confidence motion against the government on "
         "Tuesday.", "asserted"),
        ("The opposition submitted a motion of no confidence in the government.", "asserted"),
    ):  # fmt: skip
        acc = found(coder, text, "ACCUSE")
        assert acc, events_of(coder, text, "2024-05-02")
        assert acc[0]["cameo"] == "111" and acc[0]["modality"] == modality, acc
        assert "GOV" in codes(acc[0]["target"])[0], acc
    # a confidence vote the government faces in parliament censures no one named
    text = "The prime minister will face a confidence vote in parliament next week."
    assert not found(coder, text, "ACCUSE"), events_of(coder, text, "2024-05-02")
    # a vote of confidence a leader seeks is no censure: "no" makes the motion one
    text = "The Greek premier will seek a vote of confidence in his cabinet next month."
    assert not found(coder, text, "ACCUSE"), events_of(coder, text, "2024-05-02")


# -- "coast guard ships blocked supply boats": a blockade (191), not a halt of exports --------
def test_blocking_boats_is_a_blockade(coder):
    text = "Chinese coast guard vessels blocked three Vietnamese supply boats sailing to the reef."
    co = found(coder, text, "COERCE")
    assert co and co[0]["cameo"] == "191", events_of(coder, text, "2024-05-02")
    assert keys(co[0]["source"]) == {"CHN"} and keys(co[0]["target"]) == {"VNM"}, co
    assert not found(coder, text, "SANCTION"), text
    # a supplier's own goods blocked stay a sanction
    text = "Russia blocked grain supplies to Ukraine."
    assert found(coder, text, "SANCTION") and not found(coder, text, "COERCE")


# -- "a court ordered police to arrest him": the court's arrest order, not a police arrest ---
def test_court_order_to_arrest_is_the_courts(coder):
    text = "A court in Mombasa ordered police to arrest the former mayor on Tuesday."
    co = found(coder, text, "COERCE")
    assert co and co[0]["cameo"] == "173", events_of(coder, text, "2024-05-02")
    assert "JUD" in codes(co[0]["source"])[0] and co[0]["modality"] == "asserted", co
    # a government's order to its police stays the police's arrest
    text = "The government ordered police to arrest the opposition leader."
    co = found(coder, text, "COERCE")
    assert co and "COP" in codes(co[0]["source"])[0], co


# -- "the judge said the assets would be confiscated": a ruling, no threat ------------------
def test_what_a_court_says_will_be_done_is_no_threat(coder):
    text = "A judge in Quito said the assets of the former minister would be confiscated."
    assert not found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")
    co = found(coder, text, "COERCE")
    assert co and co[0]["modality"] == "planned" and "JUD" in codes(co[0]["source"])[0], co
    # a government's announcement stays a threat
    text = "The government said the assets of the oligarchs would be confiscated."
    assert found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")


# -- "would like to see Uganda arrest them": a wish for another's act codes nothing ---------
def test_wish_to_see_another_act_is_no_event(coder):
    for text in (
        "The Tanzanian president said he would like to see Uganda arrest the rebel leaders.",
        "The minister wants to see Rwanda expel the militia commanders.",
        "Kenya wants to see the rebels arrested.",
    ):
        assert not events_of(coder, text, "2024-05-02"), events_of(coder, text, "2024-05-02")


# -- "called the tariffs blackmail on Tuesday": a time is no addressee of "call on" ----------
def test_call_on_a_day_is_no_appeal(coder):
    text = "The Czech prime minister called the new levies blackmail on Tuesday."
    assert not found(coder, text, "REQUEST"), events_of(coder, text, "2024-05-02")
    text = "The UN called on Monday for calm in the capital."
    assert found(coder, text, "REQUEST"), text
