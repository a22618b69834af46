"""Event patterns and rules for known causes: supply cuts, bodies set up together, promised
economic cooperation, reactions to an act named by a reduced passive, two reactions joined.
Invented sentences."""

from __future__ import annotations

from .conftest import codes, event_rows, finder

found = finder("2026-06-12")


def test_welcoming_a_truce_agreed_by_two_parties_is_aimed_at_them(coder):
    e = found(
        coder, "The European Union welcomed the truce agreed by Armenia and Azerbaijan.", "SUPPORT"
    )
    assert e and codes(e[0]["source"]) == ["IGOEEU"], e
    assert sorted(codes(e[0]["target"])) == ["ARM", "AZE"], e


def test_the_truce_welcomed_is_no_truce_of_the_welcomer(coder):
    rows = event_rows(
        coder,
        "The African Union welcomed the ceasefire agreed by Ethiopia and Eritrea.",
        "2026-06-12",
    )
    assert not any(r[0] == "RETREAT" for r in rows), rows


def test_condemning_and_accusing_another_are_two_acts(coder):
    e = found(
        coder,
        "The French president condemned the strikes and accused Belarus of helping Moscow.",
        "ACCUSE",
    )
    assert len(e) == 2, e
    assert codes(e[1]["target"]) == ["BLR"] and e[1]["cameo"] == "112", e


def test_two_verbs_with_one_object_are_one_act(coder):
    e = found(
        coder, "Kenya condemned and denounced the attack on the embassy in Mogadishu.", "ACCUSE"
    )
    assert len(e) == 1, e


def test_an_accusation_and_a_complaint_lodged_are_not_split(coder):
    e = found(
        coder,
        "Greece accused Turkish jets of violating its airspace and lodged a formal complaint with NATO.",
        "ACCUSE",
    )
    assert len(e) == 1, e


def test_saying_it_would_send_crude_is_a_promise(coder):
    e = found(coder, "Hungary said it would send crude to Serbia.", "AGREE")
    assert e and e[0]["cameo"] == "0311" and e[0]["modality"] == "asserted", e
    assert codes(e[0]["source"]) == ["HUN"] and codes(e[0]["target"]) == ["SRB"], e


def test_supply_a_deal_foresees_stays_planned_cooperation(coder):
    e = found(coder, "Under the deal, Turkey will supply electricity to Georgia.", "COOPERATE")
    assert e and e[0]["modality"] == "planned", e


def test_a_scheduled_joint_exercise_is_no_promise(coder):
    rows = event_rows(
        coder, "Turkey said it would hold joint exercises with Azerbaijan next month.", "2026-06-12"
    )
    assert not any(r[0] == "AGREE" for r in rows), rows
