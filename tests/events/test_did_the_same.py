"""An act told again of another doer ("did the same", "followed suit"): aimed as the first one
was, and nothing when no act was told before."""

from __future__ import annotations

from tests.conftest import events_of, finder, keys

DAY = "2026-10-01"
found = finder(DAY)


# -- "Moscow did the same", "Paris followed suit": the act told before, by another actor -------
def test_did_the_same_repeats_the_act_back_at_its_doer(coder):
    text = ("In March 2022 Estonia downgraded relations with Russia, and Moscow did the same "
            "a few days later.")  # fmt: skip
    acts = found(coder, text, "SANCTION")
    again = [e for e in acts if keys(e["source"]) == {"RUS"}]
    assert again and keys(again[0]["target"]) == {"EST"} and again[0]["cameo"] == "161", acts


def test_followed_suit_repeats_the_act_at_its_target(coder):
    text = "Britain recalled its ambassador from Caracas on Monday. Madrid followed suit."
    acts = found(coder, text, "SANCTION")
    again = [e for e in acts if keys(e["source"]) == {"ESP"}]
    assert again and keys(again[0]["target"]) == {"VEN"}, acts


def test_did_the_same_with_no_act_told_before_is_no_event(coder):
    evs = events_of(coder, "The weather was fine on Sunday. Kenya did the same last year.", DAY)
    assert not evs, evs


def test_urging_others_to_do_the_same_is_no_act_of_theirs(coder):
    text = ("Bahrain restored full ties with Syria in the spring and has since pressed Kuwaiti "
            "officials to do the same.")  # fmt: skip
    assert all(keys(e["source"]) != {"KWT"} for e in events_of(coder, text, DAY))
