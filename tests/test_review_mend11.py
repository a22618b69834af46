"""Review mends of the round-11 event changes (sentences written for these tests)."""

from __future__ import annotations

from .conftest import events_of, finder, keys

found = finder("2024-05-02")


def _dyads(evs):
    return sorted((min(keys(e["source"])), min(keys(e["target"]))) for e in evs)


# -- "each other" after a preposition is coded once each way, not twice ----------------------
def test_an_act_against_each_other_is_coded_once_each_way(coder):
    evs = found(coder, "Chad and Sudan made threats against each other on Monday.", "THREATEN")
    assert _dyads(evs) == [("SDN", "TCD"), ("TCD", "SDN")], evs
    evs = found(coder, "Poland and Belarus imposed sanctions on each other.", "SANCTION")
    assert _dyads(evs) == [("BLR", "POL"), ("POL", "BLR")], evs
    evs = found(coder, "Chad and Sudan blamed one another for the raids.", "ACCUSE")
    assert _dyads(evs) == [("SDN", "TCD"), ("TCD", "SDN")], evs
    # a meeting with each other stays one event
    evs = found(coder, "Chile and Peru met with each other in Lima on Monday.", "CONSULT")
    assert len(evs) == 1, evs


# -- only a ballot cast in a referendum is no event ---------------------------------------------
def test_another_act_told_with_a_referendum_is_coded(coder):
    text = "Armenia annexed the enclave in a referendum in 2019."
    assert found(coder, text, "COERCE"), events_of(coder, text, "2024-05-02")
    text = "Police arrested 15 opposition activists in the referendum on Sunday."
    assert found(coder, text, "COERCE"), events_of(coder, text, "2024-05-02")
    text = "Voters in Ruritania rejected the peace plan in a referendum on Sunday."
    assert not events_of(coder, text, "2024-05-02")


# -- "discuss": heads of state meet; a body's own session or the heads of a force do not ----
def test_a_body_discussing_at_its_own_session_meets_no_one(coder):
    for text in (
        "The heads of the Ghanaian police discussed the budget on Monday.",
        "The party council discussed the candidate list on Monday.",
    ):
        assert not found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")
    text = "The bloc's heads of government will discuss the coup on Friday."
    assert found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")


# -- a sum approved for no one is spending at home, no aid --------------------------------------
def test_a_sum_approved_for_no_actor_is_no_aid(coder):
    text = "The Ghanaian cabinet approved 200 million dollars for new roads on Monday."
    assert not found(coder, text, "AID"), events_of(coder, text, "2024-05-02")
    text = "The World Bank approved 40 million dollars for Malawi on Monday."
    assert found(coder, text, "AID"), events_of(coder, text, "2024-05-02")
