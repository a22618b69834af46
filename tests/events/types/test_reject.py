"""Event type REJECT: refusals, rejections and defiance: patterns, their doers and targets, and
what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    DAY_2026_10_01,
    _of,
    coded_2021_05_12_2,
    coded_2023_03_15,
    found_2019_02_20,
    found_2024_05_02,
    found_2026_10_01,
    found_2026_10_14,
    found_2026_11_20,
    found_2026_11_28,
    found_2026_11_30,
    one,
)
from tests.helpers import coded_2021_05_12 as coded

found = finder("2026-03-18")
PUBLISHED = "2024-05-02"
PUB = "2024-03-06"
DAY = "2025-03-12"


def test_a_rejected_proposal_stays_a_rejection(coder):
    """Only a claim's "that" clause is reached: a proposal rejected is still answered."""
    got = coded_2021_05_12_2(coder, "Kyiv rejected a Russian proposal to hold talks in Minsk.")
    assert [g for g in got if g[0] == "REJECT" and g[4] == "asserted"], got
    assert not [g for g in got if g[4] == "negated"], got


def test_overriding_a_veto_rejects_whoever_cast_it(coder):
    text = "Kenyan lawmakers overrode President William Ruto's veto of the finance bill."
    e = [x for x in events_of(coder, text, "2026-05-04") if x["type"] == "REJECT"]
    assert [(codes(x["source"]), codes(x["target"])) for x in e] == [(["KENLEG"], ["KENGOV"])], e


def test_dismissing_an_office_holder_is_no_rejection(coder):
    text = (
        "The ruling council on Monday named a new premier, days after it dismissed his "
        "predecessor over the fuel crisis."
    )
    assert not found(coder, text, "REJECT")
    assert not found(coder, "The Zambian president dismissed his deputy on Friday.", "REJECT")


def test_dismissing_a_claim_is_still_a_rejection(coder):
    assert found(coder, "Lusaka dismissed the accusation as absurd.", "REJECT")


def test_jailed_for_refusing_a_summons_the_refusal_is_the_jailed_ones(coder):
    text = ("A court in Yerevan on Tuesday sentenced opposition leader Aram Petrosyan to six "
            "months in prison for refusing to appear before a parliamentary commission.")  # fmt: skip
    evs = events_of(coder, text, DAY_2026_10_01)
    assert _of(evs, "SANCTION"), evs
    refused = _of(evs, "REJECT")
    assert refused and codes(refused[0]["source"]) == ["ARMOPP"], evs
    assert refused[0]["cameo"] == "1213" and codes(refused[0]["target"]) == ["ARMLEG"], evs
    text = "The former minister refused to testify before the anti-corruption court."
    e = found_2026_10_01(coder, text, "REJECT")
    assert e and e[0]["cameo"] == "1213" and e[0]["target"], e
    # a charge is what the court says, no act of its own
    text = "A court convicted five officers of plotting to kill the president."
    assert not found_2026_10_01(coder, text, "ASSAULT")


def test_not_backing_down_is_a_refusal(coder):
    got = coded(coder, "The Peruvian government said it would not back down on its pension reform.")
    assert [g[0] for g in got] == ["REJECT"] and got[0][1][0].startswith("PER")


def test_ignoring_a_warning_of_danger_defies_no_one(coder):
    got = coded(
        coder, "Rights groups said the Malian army had ignored warnings of the raid on the village."
    )
    assert [c for c in got if c[0] == "REJECT"] == []
    e = one(coder, "Iran ignored warnings from Washington.", "REJECT")
    assert codes(e["target"]) == ["USAGOV"]


def test_vetoed_proposal_content_is_no_act_of_the_vetoing_states(coder):
    text = (
        "China and Russia vetoed a U.S.-drafted resolution to tighten sanctions on Asmara in "
        "June 2021."
    )
    evs = events_of(coder, text, PUBLISHED)
    assert [e["type"] for e in evs] == ["REJECT"], evs
    assert keys(evs[0]["source"]) == {"CHN", "RUS"}, evs


def test_not_allowing_a_fate_is_no_refusal(coder):
    for text in (
        "The general said the army will not allow Kampala to slide into violence.",
        "Serbia would not allow the Serbs of the north to be persecuted, the president said.",
        "The rebels said they would not let the region be used as a battlefield.",
    ):
        assert not found_2024_05_02(coder, text, "REJECT"), (
            text,
            events_of(coder, text, PUBLISHED),
        )
    # not allowing an act someone seeks is still a refusal, and the act is not done
    assert found_2024_05_02(coder, "Hungary will not allow Ukraine to join the bloc.", "REJECT")
    text = "The government will not allow the opposition to hold the rally."
    assert found_2024_05_02(coder, text, "REJECT") and not found_2024_05_02(coder, text, "PROTEST")


def test_dismissing_a_person_is_no_rejection(coder):
    text = "The Pakistani president dismissed him on corruption charges in August 1993."
    assert not found_2026_10_14(coder, text, "REJECT")
    assert found_2026_10_14(
        coder, "The Kremlin dismissed the Ukrainian claims as nonsense.", "REJECT"
    )


def test_inspectors_turned_away_is_a_refusal_of_the_mission(coder):
    text = "Syria turned IAEA inspectors away from its Al Kibar site on Monday."
    evs = found_2026_11_20(coder, text, "REJECT")
    assert evs and evs[0]["cameo"] == "1245" and not found_2026_11_20(coder, text, "COERCE"), evs
    text = "Hungarian police turned away hundreds of migrants at the border."
    assert found_2026_11_20(coder, text, "COERCE") and not found_2026_11_20(coder, text, "REJECT")


def test_inspectors_barred_or_unaccredited_are_a_refusal_of_the_mission(coder):
    # barring a mission from its work refuses it (1245); ordering it out expels it (1662)
    for text in (
        "Belarus barred three OSCE observers on Tuesday.",
        "Tehran withdrew the accreditation of four IAEA inspectors last week.",
    ):
        evs = found_2026_11_20(coder, text, "REJECT")
        assert evs and evs[0]["cameo"] == "1245", evs
        assert not found_2026_11_20(coder, text, "SANCTION"), text
    text = "Belarus expelled three OSCE observers on Tuesday."
    evs = found_2026_11_20(coder, text, "SANCTION")
    assert evs and evs[0]["cameo"] == "1662" and not found_2026_11_20(coder, text, "REJECT")


@pytest.mark.parametrize("text", [
    "Iran barred IAEA inspectors from entering the country.",
    "Belarus banned OSCE observers from the polling stations on Sunday.",
])  # fmt: skip
def test_a_mission_barred_from_a_place_is_refused(coder, text):
    # with what they are kept from named, still the mission refused (1245), not a restriction
    # of people's movement (COERCE 1722)
    evs = found_2026_11_20(coder, text, "REJECT")
    assert evs and evs[0]["cameo"] == "1245", evs
    assert not found_2026_11_20(coder, text, "COERCE"), text


def test_returning_to_the_negotiating_table(coder):
    evs = found_2026_11_30(
        coder, "The rebels said they would not return to talks with the government.", "REJECT"
    )
    assert evs and evs[0]["cameo"] == "125", evs
    evs = found_2026_11_30(coder, "The rebels said on Monday they would return to the negotiating table next week.",
                "CONSULT")  # fmt: skip
    assert evs and evs[0]["modality"] == "planned", evs


def test_voting_in_a_referendum_is_no_event(coder):
    text = "On Sunday Moldovans approved in a referendum the creation of a new autonomous region."
    assert not found_2026_11_28(coder, text, "SUPPORT")
    assert not found_2026_11_28(
        coder, "Chileans rejected the draft constitution in a referendum.", "REJECT"
    )
    # a state's rejection told in a statement still is one
    assert found_2026_11_28(
        coder, "Chile rejected the proposal in a statement on Monday.", "REJECT"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demanded the resignation of the Kenyan president, who said he would not step down.",
        "The Kenyan president vowed not to step down.",
        "The Kenyan president refused to resign.",
        "The Kenyan president won't resign, his spokesman said.",
    ],
)  # fmt: skip
def test_a_refusal_to_resign_is_a_reject(coder, text):
    got = [(t, c, m) for t, c, _, _, m in coded_2023_03_15(coder, text) if t != "REQUEST"]
    assert got == [("REJECT", "1231", "asserted")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Kenyan president said he would not let the voters down.", id="let_down"),
    ],
)  # fmt: skip
def test_let_with_a_particle_is_no_refusal(coder, text):
    assert not [r for r in event_rows(coder, text, PUB) if r[0] == "REJECT"]


@pytest.mark.parametrize("text", [
    'The foreign minister said Mexico would not act "on the basis of threats".',
    "The president said Ghana would not decide anything under pressure from Washington.",
])  # fmt: skip
def test_refusing_to_act_under_pressure_is_a_rejection(coder, text):
    e = found_2019_02_20(coder, text, "REJECT")
    assert e and e[0]["cameo"] == "120", text


def test_refusing_under_pressure_targets_the_presser_and_acting_under_it_is_no_rejection(coder):
    e = found_2019_02_20(
        coder,
        "The president said Ghana would not decide anything under pressure from Washington.",
        "REJECT",
    )
    assert keys(e[0]["target"]) == {"USA"}
    assert not found_2019_02_20(
        coder, "The president said Ghana would act on the basis of threats.", "REJECT"
    )


def test_a_refusal_to_cooperate_or_negotiate_is_a_rejection(coder):
    for text, cameo in (
        ("Lisbon will not hand the fugitive banker over to Angola, the justice minister said.",
         "1213"),
        ("Oslo will not share intelligence with Minsk, a government spokesman said.", "1214"),
        ("The rebel commander said his movement would not negotiate with the junta while its "
         "jets kept bombing villages.", "125"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-11-23")
        assert not [e for e in evs if e["type"] in ("COOPERATE", "CONSULT")], (text, evs)
        rej = [e for e in evs if e["type"] == "REJECT"]
        assert [(e["cameo"], e["modality"]) for e in rej] == [(cameo, "asserted")], (text, evs)
    # a meeting that will not take place, and a handing over that did not, stay negated acts
    for text, kind in (
        ("The Czech foreign minister would not meet his Serbian counterpart during the trip, "
         "officials said.", "CONSULT"),
        ("The interior ministry did not hand the documents over to the court.", "COOPERATE"),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-11-23")
        assert [e["modality"] for e in evs if e["type"] == kind] == ["negated"], (text, evs)
        assert not [e for e in evs if e["type"] == "REJECT"], (text, evs)


def test_a_refusal_to_discuss_is_still_a_refusal(coder):
    text = "The Libyan government team in Tunis refuses to discuss the matter."
    assert [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "REJECT"]


def test_a_request_rejected_by_no_one_named_is_the_request(coder):
    for text, cameo in (
        ("Ghana's request for help was rejected.", "023"),
        ("Ghana's request for talks was rejected.", "026"),
    ):
        got = event_rows(coder, text, DAY)
        assert [(r[0], r[1], r[2]) for r in got] == [("REQUEST", cameo, ["GHA"])], got


def test_a_rejection_with_its_doer_named_is_still_the_rejection(coder):
    for text in (
        "Ghana's request for help was rejected by Togo.",
        "Togo rejected Ghana's request for talks.",
    ):
        got = event_rows(coder, text, DAY)
        assert [(r[0], r[2], r[3]) for r in got] == [("REJECT", ["TGO"], ["GHA"])], got


def test_a_refusal_to_withdraw_troops_is_aimed_at_the_country_they_stay_in(coder):
    # the troops are the refuser's own, what it keeps, not whom it refuses: the target is the
    # country they are stationed in, as for a withdrawal done
    text = "Turkey said it would not withdraw the soldiers stationed at its base in Doha."
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "REJECT"]
    assert evs and codes(evs[0]["target"]) == ["QAT"], evs


def test_not_attending_after_an_invitation_turns_it_down(coder):
    """ "Lisbon invited Rabat to talks ... Rabat said it would not attend": a negated verb of
    attending with nothing attended answers the invitation told before: a refusal to meet
    (REJECT 125), aimed at the inviter."""
    text = ("Portugal invited Morocco to emergency talks in Lisbon on Friday. "
            "Morocco said it would not attend.")  # fmt: skip
    got = [e for e in events_of(coder, text, "2024-03-06") if e["type"] == "REJECT"]
    assert got and got[0]["cameo"] == "125", got
    assert keys(got[0]["source"]) == {"MAR"} and keys(got[0]["target"]) == {"PRT"}, got


@pytest.mark.parametrize("answer", [
    "Morocco said it would not attend \"while its fishermen are held in Lisbon\".",
    "Morocco said on Wednesday it would not send a delegation.",
])  # fmt: skip
def test_a_conditioned_refusal_or_no_delegation_turns_the_invitation_down(coder, answer):
    # a time or condition clause is no thing attended; an unsent delegation is no attendance
    text = "Portugal invited Morocco to emergency talks in Lisbon on Friday. " + answer
    got = [e for e in events_of(coder, text, "2024-03-06") if e["type"] == "REJECT"]
    assert got and got[0]["cameo"] == "125", got
    assert keys(got[0]["source"]) == {"MAR"} and keys(got[0]["target"]) == {"PRT"}, got


def test_saying_one_will_attend_takes_up_the_invitation(coder):
    # AGREE 036 (an intent to meet), asserted, aimed at the inviter; alone it answers no one
    text = ("Portugal invited Morocco to emergency talks in Lisbon on Friday. "
            "Morocco said it would attend.")  # fmt: skip
    got = [e for e in events_of(coder, text, "2024-03-06") if e["type"] == "AGREE"
           and keys(e["source"]) == {"MAR"}]  # fmt: skip
    assert got and got[0]["cameo"] == "036" and got[0]["modality"] == "asserted", got
    assert keys(got[0]["target"]) == {"PRT"}, got
    assert not events_of(coder, "Morocco said it would attend.", "2024-03-06")
    # after an offer to host, or an invitation told as accepted, it repeats the meeting told
    for text in (
        "Portugal offered to host talks in Lisbon on Friday. Morocco said it would attend.",
        "Morocco accepted an invitation to talks in Lisbon. Morocco's king said he would attend.",
    ):
        got = [e for e in events_of(coder, text, "2024-03-06") if e["type"] == "AGREE"
               and e["explain"].get("pattern") == "acceptance:attend"]  # fmt: skip
        assert not got, got


def test_not_attending_with_no_invitation_told_is_no_refusal(coder):
    got = [e for e in events_of(coder, "Morocco said it would not attend.", "2024-03-06")
           if e["type"] == "REJECT"]  # fmt: skip
    assert not got, got


@pytest.mark.parametrize(("text", "accuser"), [
    ("Rwanda denied backing the rebels after Congo accused it of sending troops.", "COD"),
    ("Oman on Friday denied arming the militia, after Kenya blamed Muscat for the raid.", "KEN"),
])  # fmt: skip
def test_a_denial_answers_the_accuser_of_its_own_after_clause(coder, text, accuser):
    # the accusation is told after the denial, in a clause of the same sentence
    evs = [e for e in events_of(coder, text, "2026-11-26") if e["type"] == "REJECT"]
    assert evs and keys(evs[0]["target"]) == {accuser}, evs


def test_an_accusation_of_another_state_is_not_the_one_answered(coder):
    text = "Rwanda denied backing the rebels after Congo accused Uganda of sending troops."
    evs = [e for e in events_of(coder, text, "2026-11-26") if e["type"] == "REJECT"]
    assert evs and not evs[0]["target"], evs


def test_a_pronoun_accused_that_is_not_the_denier_is_not_the_one_answered(coder):
    # "them" is the rebels, not Rwanda: Congo's accusation is no charge Rwanda denies
    text = "Rwanda denied backing the rebels after Congo accused them of looting."
    evs = [e for e in events_of(coder, text, "2026-11-26") if e["type"] == "REJECT"]
    assert evs and "COD" not in keys(evs[0]["target"]), evs


def test_a_named_owner_of_the_demand_wins_over_the_accuser_in_its_clause(coder):
    text = "Serbia rejected Croatia's demand after Hungary accused it of stalling."
    evs = [e for e in events_of(coder, text, "2026-11-26") if e["type"] == "REJECT"]
    assert evs and keys(evs[0]["target"]) == {"HRV"}, evs


@pytest.mark.parametrize(
    "text,target",
    [
        ("The council failed to agree on a statement after Russia objected to a text drafted "
         "by France.", "FRA"),
        ("Hungary objected to the draft resolution on Tuesday.", None),
    ],
)  # fmt: skip
def test_objecting_to_a_proposal_rejects_it(coder, text, target):
    # objecting to a draft, text, plan or motion laid before a body turns it down (REJECT),
    # aimed at its author when the text names one; objecting to an act stays disapproval
    evs = events_of(coder, text, "2026-06-12")
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and not [e for e in evs if e["type"] == "ACCUSE"], evs
    if target:
        assert keys(rej[0]["target"]) == {target}, rej


def test_a_charge_someone_called_baseless_in_a_relative_clause_is_their_denial(coder):
    text = "Ethiopia accused Sudan of arming rebels, a claim the Sudanese army called baseless."
    got = found(coder, text, "REJECT")
    assert got and codes(got[0]["source"]) == ["SDNMIL"] and codes(got[0]["target"]) == ["ETH"]


@pytest.mark.parametrize("text", [
    "The rebels said they would not entertain any proposal from the government.",
    "Mali's junta will not countenance a deal with the jihadists.",
])  # fmt: skip
def test_not_entertaining_a_proposal_is_a_refusal(coder, text):
    """ "would not entertain", "will not countenance": a refusal, as "would not accept" is."""
    assert [r for r in event_rows(coder, text, PUB) if r[0] == "REJECT"], text


def test_entertaining_guests_is_no_refusal(coder):
    text = "The king entertained the Saudi delegation at his palace."
    assert not [r for r in event_rows(coder, text, PUB) if r[0] == "REJECT"]
