"""Constructions the coder missed or miscoded (brief "events", session 8), each tested on
invented sentences: denials without "deny", verdicts on an actor's conduct, conditional
threats, and joining an alliance (no SUPPORT)."""

from __future__ import annotations

from .conftest import codes, events_of, finder, keys

DAY = "2026-10-01"
found = finder(DAY)


# -- "had nothing to do with the attack": a denial --------------------------------------------
def test_nothing_to_do_with_an_attack_is_a_denial_aimed_at_the_accuser(coder):
    text = ("Estonia accused Moscow of sabotaging an undersea cable. The Kremlin said Russia "
            "had nothing to do with the incident.")  # fmt: skip
    rej = found(coder, text, "REJECT")
    assert rej and keys(rej[0]["source"]) == {"RUS"} and keys(rej[0]["target"]) == {"EST"}, rej
    assert rej[0]["modality"] == "asserted"  # the pattern's own "nothing" is no negation


def test_nothing_to_do_with_a_non_act_is_no_denial(coder):
    assert not found(
        coder, "The minister said the tariff policy had nothing to do with security.", "REJECT"
    )


# -- "Y's conduct was a serious breach of its obligations, X said": an accusation -------------
def test_a_verdict_on_an_actors_conduct_accuses_it(coder):
    acc = found(
        coder, "Serbia's actions were a flagrant breach of the accord, Croatia said.", "ACCUSE"
    )
    assert acc and keys(acc[0]["source"]) == {"HRV"} and keys(acc[0]["target"]) == {"SRB"}, acc


def test_a_verdict_told_in_a_statement_accuses_too(coder):
    text = "France said in a joint statement that Mali's conduct was a violation of the agreement."
    acc = found(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["source"]) == {"FRA"} and keys(acc[0]["target"]) == {"MLI"}, acc


def test_a_neutral_verdict_on_conduct_is_no_accusation(coder):
    assert not found(coder, "Britain said Ghana's decision was important.", "ACCUSE")


# -- "warned that if ..., it would ...": a conditional threat ----------------------------------
def test_a_conditional_own_act_warned_of_is_a_threat(coder):
    text = ("Iran warned that if the agency's board passed a resolution, it would raise "
            "uranium enrichment to 90 percent.")  # fmt: skip
    thr = found(coder, text, "THREATEN")
    assert thr and keys(thr[0]["source"]) == {"IRN"} and thr[0]["modality"] == "asserted", thr


def test_a_conditional_consequence_is_no_threat(coder):
    for text in (
        "The UN warned that if the war continued, it would lead to famine.",
        "The WHO warned that if the outbreak spread, it would overwhelm clinics.",
    ):
        assert not found(coder, text, "THREATEN"), text


# -- joining NATO or the EU is no SUPPORT; applying for membership is a request ---------------
def test_joining_an_alliance_is_no_support(coder):
    for text in ("Georgia wants to join NATO.", "Montenegro joined NATO in 2017."):
        assert not found(coder, text, "SUPPORT"), text


def test_applying_for_membership_is_a_request_to_the_body(coder):
    req = found(coder, "Albania applied for EU membership in April.", "REQUEST")
    assert req and codes(req[0]["target"]) == ["IGOEEU"] and req[0]["cameo"] == "020", req


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


# -- "the attack was carried out by X": the doer of an attack named without its target ------
def test_an_attack_carried_out_by_a_named_group_is_its_assault(coder):
    text = "The interior ministry said the attack had been carried out by al-Shabaab."
    att = found(coder, text, "ASSAULT")
    assert att and codes(att[0]["source"])[0].endswith("SHB"), att


# -- a court's confiscation or forfeiture order takes property (COERCE 1711) ------------------
def test_a_court_ordering_forfeiture_confiscates(coder):
    text = "A Kenyan court ordered the forfeiture of properties owned by the former governor."
    co = found(coder, text, "COERCE")
    assert co and co[0]["cameo"] == "1711" and keys(co[0]["source"]) == {"KEN"}, co


def test_urging_others_to_do_the_same_is_no_act_of_theirs(coder):
    text = ("Bahrain restored full ties with Syria in the spring and has since pressed Kuwaiti "
            "officials to do the same.")  # fmt: skip
    assert all(keys(e["source"]) != {"KWT"} for e in events_of(coder, text, DAY))
