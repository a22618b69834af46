"""Negated and denied events: denials, rejected claims and reports, acts not done or ruled out."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    PUB_2024_03_06,
    _of_type,
    coded_2021_05_12,
    coded_2023_03_15,
    found_2001_03_02,
    found_2003_05_06,
    found_2022_03_09,
    found_2024_05_15,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_07_16,
    found_2026_10_01,
    found_2026_11_20,
    found_2026_11_25,
    found_2026_11_28,
    found_2026_12_10,
    threats,
)
from tests.helpers import _events_2025_05_05 as _events
from tests.helpers import coded_2021_05_12_2 as coded

found = finder("2024-05-02")
PUB = "2023-03-09"


def _of(coder, text, typ):
    return [e for e in events_of(coder, text, PUB) if e["type"] == typ]


@pytest.mark.parametrize("verb,noun", [
    ("rejected", "claims"), ("dismissed", "allegations"), ("dismissed", "reports"),
    ("refuted", "accusations"), ("rejected", "suggestions"),
])  # fmt: skip
def test_a_rejected_claim_s_act_is_negated(coder, verb, noun):
    got = coded(coder, f"Kampala {verb} {noun} that its troops had shelled the border village.")
    shelling = [g for g in got if g[0] == "ASSAULT"]
    assert shelling and all(g[4] == "negated" for g in shelling), got
    rejection = [g for g in got if g[0] == "REJECT"]
    assert rejection and rejection[0][2][0].startswith("UGA") and rejection[0][4] == "asserted", got


def test_a_rejected_report_of_a_refusal_is_a_negated_refusal(coder):
    text = "The Iranian foreign ministry rejected reports that it had turned down an offer of talks from France."
    got = coded(coder, text)
    refusal = [g for g in got if g[0] == "REJECT" and g[3] == ["FRA"]]
    assert refusal and refusal[0][4] == "negated", got


@pytest.mark.parametrize("noun", ["reports", "claims", "allegations"])
def test_a_denied_report_s_act_is_negated(coder, noun):
    text = f"The Iranian foreign ministry denied {noun} that it had turned down an offer of talks from France."
    got = coded(coder, text)
    refusal = [g for g in got if g[0] == "REJECT" and g[3] == ["FRA"]]
    assert refusal and refusal[0][2][0].startswith("IRN") and refusal[0][4] == "negated", got
    text = f"Kampala denied {noun} that its troops had shelled the border village."
    got = coded(coder, text)
    shelling = [g for g in got if g[0] == "ASSAULT"]
    assert shelling and all(g[4] == "negated" for g in shelling), got


def test_calling_the_accusations_baseless_is_a_denial_of_the_accuser(coder):
    text = ("The Thai opposition accused the government of rigging the vote. The Thai government "
            "called the accusations baseless.")  # fmt: skip
    rej = found_2025_06_18(coder, text, "REJECT")
    assert rej and codes(rej[0]["target"]) == ["THAOPP"], rej
    assert not [e for e in found_2025_06_18(coder, text, "ACCUSE") if keys(e["source"]) == {"THA"}
                and codes(e["source"]) == ["THAGOV"]], found_2025_06_18(coder, text, "ACCUSE")  # fmt: skip


def test_having_no_intention_to_act_negates_the_act(coder):
    for text, typ, src in (
        (
            "The Eritrean president said his country had no intention of invading Ethiopia.",
            "ASSAULT",
            "ERI",
        ),
        ("Russia has no plans to attack NATO, the Kremlin said.", "ASSAULT", "RUS"),
        ("Ethiopia does not have any plans to invade Eritrea.", "ASSAULT", "ETH"),
    ):
        evs = found(coder, text, typ)
        assert [(e["modality"], keys(e["source"])) for e in evs] == [("negated", {src})], (
            text,
            evs,
        )
    # an intention not to yield is a refusal, as "vowed not to withdraw" is
    evs = found(
        coder, "Moldova has no intention of withdrawing its troops from the border.", "REJECT"
    )
    assert [e["modality"] for e in evs] == ["asserted"], evs
    # held and not negated: a plan (planned), or a stated intention to use force (a threat)
    assert [
        e["modality"]
        for e in found(coder, "Eritrea has plans to attack the rebel camps.", "ASSAULT")
    ] == ["planned"]


def test_nothing_to_do_with_an_attack_is_a_denial_aimed_at_the_accuser(coder):
    text = ("Estonia accused Moscow of sabotaging an undersea cable. The Kremlin said Russia "
            "had nothing to do with the incident.")  # fmt: skip
    rej = found_2026_10_01(coder, text, "REJECT")
    assert rej and keys(rej[0]["source"]) == {"RUS"} and keys(rej[0]["target"]) == {"EST"}, rej
    assert rej[0]["modality"] == "asserted"  # the pattern's own "nothing" is no negation


def test_nothing_to_do_with_a_non_act_is_no_denial(coder):
    assert not found_2026_10_01(
        coder, "The minister said the tariff policy had nothing to do with security.", "REJECT"
    )


def test_denial_is_negated_event_plus_reject(coder):
    got = coded_2021_05_12(coder, "Rwanda denied that its troops had shelled Goma.")
    assault = [g for g in got if g[0] == "ASSAULT"]
    reject = [g for g in got if g[0] == "REJECT"]
    assert assault and assault[0][3] == "negated" and assault[0][1][0].startswith("RWA")
    assert assault[0][2] == ["COD"]
    assert reject and reject[0][1] == ["RWA"] and reject[0][3] == "asserted"


def test_unanswered_call_is_a_negated_phone_call(coder):
    text = "Seoul said North Korea had not answered a call on the military hotline on Monday."
    evs = found(coder, text, "CONSULT")
    assert evs and evs[0]["cameo"] == "041" and evs[0]["modality"] == "negated", evs
    text = "The two army chiefs had not spoken over their hotline since the clash."
    evs = found(coder, text, "CONSULT")
    assert evs and evs[0]["modality"] == "negated", evs
    # answering calls for something is no phone call
    assert not found(coder, "The minister answered calls for dialogue.", "CONSULT")


def test_accusations_called_absurd_are_denied(coder):
    text = (
        "Estonia expelled two Russian diplomats on Monday. The Russian foreign ministry called "
        'Estonia\'s accusations "absurd and Russophobic".'
    )
    evs = found_2026_11_20(coder, text, "REJECT")
    assert evs and keys(evs[0]["source"]) == {"RUS"} and keys(evs[0]["target"]) == {"EST"}, evs


def test_no_on_the_patterns_own_noun_denies_the_act(coder):
    text = "Mali said it would accept no mediation by the regional bloc while the curfew lasted."
    assert found_2026_11_25(coder, text, "REJECT") and not found_2026_11_25(coder, text, "AGREE")
    evs = found_2026_11_25(
        coder, "The navy said it had fired no missiles at the island.", "ASSAULT"
    )
    assert evs and evs[0]["modality"] == "negated", evs
    # a "no" word that is the pattern's own meaning stays ("had nothing to do with")
    evs = found_2026_11_25(coder, "The navy fired two missiles at the island on Monday.", "ASSAULT")
    assert evs and evs[0]["modality"] == "asserted", evs


def test_a_denial_answers_the_accusation_of_the_sentence_before(coder):
    text = (
        "Interior Minister Lena Varga said 14 people were detained in Budapest. The ministry "
        'accused "foreign-funded groups" of attacking police officers with stones. The '
        "students denied this."
    )
    evs = found_2026_12_10(coder, text, "REJECT")
    assert evs and codes(evs[0]["source"]) == ["HUNEDU"], evs
    assert codes(evs[0]["target"]) == ["HUNGOV"], evs


def test_the_means_of_a_negated_verb_is_negated(coder):
    text = "Ghana's foreign minister said Accra would not respond by closing its own airspace."
    evs = found_2026_11_28(coder, text, "COERCE")
    assert evs and all(e["modality"] == "negated" for e in evs), evs
    evs = found_2026_11_28(coder, "Ghana responded by closing its airspace to Togo.", "COERCE")
    assert evs and all(e["modality"] == "asserted" for e in evs), evs


def test_an_attack_no_one_claimed_is_not_denied(coder):
    for text in (
        "The militia did not claim the bombing of the bridge.",
        "The rebels have not claimed responsibility for the attack on the convoy.",
        "The militia never claimed the bombing of the bridge.",
        "The militia hasn’t claimed the bombing of the bridge.",
    ):
        assert not found_2026_07_16(coder, text, "ASSAULT"), text
    assert found_2026_07_16(
        coder, "The rebels claimed responsibility for the attack on the convoy.", "ASSAULT"
    )


def test_a_resignation_that_did_not_happen_stays_negated(coder):
    got = coded_2023_03_15(coder, "The Kenyan president has not resigned despite the protests.")
    assert [(t, m) for t, _, _, _, m in got] == [("RETREAT", "negated")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Chilean governor would not let the police arrest the dockworkers.",
                     id="would_not_let"),
        pytest.param("Peru will not let foreign troops enter its territory.", id="will_not_let"),
    ],
)  # fmt: skip
def test_not_letting_is_a_refusal_and_the_act_is_not_done(coder, text):
    rows = event_rows(coder, text, PUB_2024_03_06)
    assert any(r[0] == "REJECT" for r in rows), rows
    assert not [r for r in rows if r[0] != "REJECT" and r[4] == "asserted"], rows


def test_allowing_a_rally_is_a_concession_and_the_rally_not_yet_held(coder):
    """gold/CODING.md: allowing protests is CONCEDE 0811 by the one allowing, aimed at the one
    allowed; the rally allowed has not taken place."""
    text = "The Kenyan government allowed the opposition to hold a rally in Mombasa."
    rows = event_rows(coder, text, PUB_2024_03_06)
    assert ("CONCEDE", "0811", ["KENGOV"], ["KENOPP"], "asserted") in rows, rows
    assert not [r for r in rows if r[0] == "PROTEST" and r[4] == "asserted"], rows


def test_a_denied_beating_of_marchers_is_a_negated_assault(coder):
    evs = _events(coder, "The Kenyan police chief denied that officers had beaten the marchers.")
    beat = [e for e in evs if e["type"] == "ASSAULT"]
    assert beat and beat[0]["modality"] == "negated", evs


def test_a_denial_of_an_act_already_told_as_done_is_a_rejection_only(coder):
    # gold/CODING.md: the disputed event keeps the modality of whoever asserts it; the denial
    # is the denier's REJECT, not a second, negated act
    text = ("ACCRA - Soldiers shot dead two traders at a market in Tema on Friday, residents said."
            "\n\nThe army denied that anyone had been killed and said its men had fired warning "
            "shots.")  # fmt: skip
    evs = events_of(coder, text, "2024-05-06")
    assault = [e for e in evs if e["type"] == "ASSAULT"]
    assert assault and all(e["modality"] == "asserted" for e in assault), evs
    assert [e for e in evs if e["type"] == "REJECT"], evs
    alone = _events(coder, "The army denied that its soldiers had killed two traders in Tema.")
    assert [e for e in alone if e["type"] == "ASSAULT" and e["modality"] == "negated"], alone


def test_attacks_not_let_up_went_on(coder):
    got = _of(coder, "The army did not let up its attacks on the rebel town on Monday.", "ASSAULT")
    assert got and all(e["modality"] == "asserted" for e in got), got


def test_shelling_not_let_up_went_on(coder):
    got = _of(
        coder, "The army did not let up in its shelling of the rebel town on Monday.", "ASSAULT"
    )
    assert got and all(e["modality"] == "asserted" for e in got), got


def test_a_plain_negated_attack_stays_negated(coder):
    got = _of(coder, "The rebels did not attack the town on Monday.", "ASSAULT")
    assert got and all(e["modality"] == "negated" for e in got), got


def test_not_hesitating_to_mediate_is_an_offer(coder):
    text = "Kenya would not hesitate to act as a mediator between Sudan and South Sudan, the minister said."
    got = events_of(coder, text, PUB)
    agree = [e for e in got if e["type"] == "AGREE"]
    assert agree and agree[0]["modality"] == "asserted", got
    assert [a["code"] for a in agree[0]["source"]] == ["KEN"], agree
    assert not [e for e in got if e["type"] == "CONSULT" and e["modality"] == "negated"], got


def test_not_hesitating_to_host_talks_is_an_offer(coder):
    got = _of(coder, "Qatar will not hesitate to host talks between Chad and Libya.", "AGREE")
    assert got and got[0]["cameo"].startswith("03"), got


def test_not_hesitating_to_strike_stays_a_threat(coder):
    got = _of(coder, "Israel said it would not hesitate to strike Iran again.", "THREATEN")
    assert got, events_of(coder, "Israel said it would not hesitate to strike Iran again.", PUB)


def test_a_denial_answers_an_accusation_not_an_appeal(coder):
    text = (
        "The Belgian prime minister called for renewed engagement with China. The Chinese "
        "ambassador denied that China had supplied the drones."
    )
    evs = [e for e in events_of(coder, text, "2018-04-10") if e["type"] == "REJECT"]
    assert evs and all("BEL" not in "".join(codes(e["target"])) for e in evs), evs


def test_not_denying_is_no_event(coder):
    for text in (
        "A spokesman for the Kenyan foreign ministry declined to discuss the reports but did not "
        "deny them.",
        "The Kenyan government did not deny the reports of a secret deal with Somalia.",
    ):
        assert not [e for e in events_of(coder, text) if e["type"] == "REJECT"], text
    evs = events_of(coder, "The Kenyan government denied the reports of a secret deal.")
    assert any(e["type"] == "REJECT" for e in evs), evs


def test_what_one_failed_to_persuade_another_to_do_is_not_done(coder):
    evs = events_of(
        coder,
        "The UN admitted it had failed to persuade Iran to agree to a new inspection regime.",
        "2024-05-02",
    )
    assert not [e for e in evs if e["type"] == "AGREE" and e["modality"] == "asserted"], evs
    # what one persuaded another to do was done
    evs = events_of(coder, "Qatar persuaded Hamas to release the two hostages.", "2024-05-02")
    assert _of_type(evs, "RETREAT"), evs


def test_readiness_stays_an_offer_and_a_negated_threat_no_refusal(coder):
    assert found_2001_03_02(coder, "The Zambian government said it was ready to meet the demands of the miners.",
                 "CONCEDE")  # fmt: skip
    assert not found_2001_03_02(coder, "The Zambian army is not ready to attack.", "REJECT")


def test_pledge_to_have_nothing_to_do_with_is_not_negated(coder):
    evs = events_of(
        coder,
        "The militia vowed to have nothing to do with the attacks on civilians.",
        published="2024-05-02",
    )
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and rej[0]["modality"] != "negated"


@pytest.mark.parametrize("text", [
    "France called the Iranian move a significant escalation.",
    "Japan did not call the Chinese offer a breakthrough.",
    "The Peruvian minister called the meeting a first step.",
])  # fmt: skip
def test_a_neutral_or_denied_naming_is_no_praise(coder, text):
    assert not found_2003_05_06(coder, text, "SUPPORT")


@pytest.mark.parametrize("text", [
    "Several options are on the table for the new airport, the Peruvian transport minister said.",
    "The Japanese defence minister said military action was not an option.",
])  # fmt: skip
def test_choices_and_ruled_out_force_are_no_threat(coder, text):
    assert not found_2022_03_09(coder, text, "THREATEN")


def test_penalty_ruled_out_is_no_threat(coder):
    """ "will not be met with fines", "won't" (spaCy's "wo" + "n't"): a penalty ruled out
    threatens nothing."""
    for aux in ("will not", "won't", "won’t"):
        text = f"The Georgian interior minister said peaceful rallies {aux} be met with fines."
        assert threats(coder, text) == [], aux


@pytest.mark.parametrize("second, typ", [
    ("Venezuela's foreign ministry denied sending troops to the border.", "REJECT"),
    ("Venezuela's foreign minister said Caracas would take countermeasures.", "THREATEN"),
])  # fmt: skip
def test_a_denial_or_countermeasure_answers_the_latest_act_against_the_speaker(coder, second, typ):
    text = "Canada imposed sanctions on Venezuela's oil ministry on Monday. " + second
    e = found_2024_05_15(coder, text, typ)
    assert e and keys(e[0]["target"]) == {"CAN"}, e


def test_a_denial_of_reports_answers_no_accuser(coder):
    text = ("SUVA (Reuters) - Fiji's opposition leader accused the government of corruption on "
            "Monday. Fiji's government denied reports that it had rejected an offer of aid.")  # fmt: skip
    e = [x for x in found_2025_03_12(coder, text, "REJECT") if "denied" in x["trigger"]]
    assert e and not e[0]["target"], e


@pytest.mark.parametrize("text,typ", [
    ("Canada did not wait for the European Union to impose sanctions on Belarus.", "SANCTION"),
    ("Egypt did not wait for Hamas to release the hostages.", "RETREAT"),
])  # fmt: skip
def test_not_waiting_for_another_s_act_says_nothing_of_that_act(coder, text, typ):
    # only "did not wait ... before striking" brings the act on; the act waited for is not done
    got = _of(coder, text, typ)
    assert not [e for e in got if e["modality"] == "asserted"], got
