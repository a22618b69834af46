"""Event patterns and rules for known causes: supply cuts, bodies set up together, promised
economic cooperation, reactions to an act named by a reduced passive, two reactions joined,
visas refused, a deal's other party named in its terms, supporters storming a seat of power.
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


def test_visas_refused_to_people_named_by_country_are_no_sanction(coder):
    e = found(
        coder,
        "Lithuania has refused entry visas to nine Belarusian rowers and three coaches.",
        "COERCE",
    )
    assert e and e[0]["cameo"] == "172" and codes(e[0]["source"]) == ["LTU"], e


def test_visas_refused_to_officials_are_a_sanction(coder):
    e = found(coder, "Poland refused visas to Russian officials.", "SANCTION")
    assert e and e[0]["cameo"] == "163", e


def test_the_other_party_of_a_deal_is_told_in_its_terms(coder):
    e = found(coder, "Russia signed a deal under which it will supply gas to Hungary.", "SUPPORT")
    assert e and codes(e[0]["source"]) == ["RUS"] and codes(e[0]["target"]) == ["HUN"], e


def test_a_law_under_which_police_act_has_no_party(coder):
    e = found(
        coder, "Kenya signed a law under which police can detain suspects for a month.", "SUPPORT"
    )
    assert not any(codes(x["target"]) for x in e), e


def test_supporters_storming_congress_riot_against_the_institutions(coder):
    e = found(
        coder,
        "Thousands of supporters of the former president stormed Congress, the Supreme Court"
        " and the presidential palace in Brasilia.",
        "PROTEST",
    )
    assert e and e[0]["cameo"] == "145", e
    assert "BRAGOV" in codes(e[0]["target"]), e


def test_rebels_storming_a_palace_is_an_assault(coder):
    e = found(coder, "Rebels stormed the presidential palace in Bangui.", "ASSAULT")
    assert e, e


def test_saying_he_would_invite_rebels_for_talks_is_an_offer_made(coder):
    e = found(
        coder, "The Indonesian president said he would invite rebel leaders for talks.", "AGREE"
    )
    assert e and e[0]["cameo"] == "036" and e[0]["modality"] == "asserted", e


def test_an_invitation_on_a_condition_stays_hypothetical(coder):
    e = found(
        coder,
        "The Indonesian president said he would invite rebel leaders for talks if they laid down"
        " their arms.",
        "AGREE",
    )
    assert e and e[0]["modality"] == "hypothetical", e


def test_offering_to_host_talks_is_an_offer_to_mediate_between_the_parties(coder):
    e = found(
        coder,
        "Sudanese and Chadian soldiers clashed near Adre on Sunday. Oman offered on Monday to host"
        " a new round of talks.",
        "AGREE",
    )
    assert e and e[0]["cameo"] == "039" and codes(e[0]["source"])[0].startswith("OMN"), e
    assert sorted(c[:3] for c in codes(e[0]["target"])) == ["SDN", "TCD"], e
