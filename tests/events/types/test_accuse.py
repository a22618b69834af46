"""Event type ACCUSE: accusations, criticism, verdicts, investigations and legal action:
patterns, their doers and targets, and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    PUB_2021_05_12,
    _events_2025_06_26,
    _of_type,
    acts,
    found_2003_05_06,
    found_2024_05_02,
    found_2024_05_15,
    found_2025_03_05,
    found_2025_06_18,
    found_2026_06_12,
    found_2026_06_18,
    found_2026_10_01,
    found_2026_11_10,
    found_2026_11_19,
    found_2026_11_28,
    found_2026_12_09,
    starts,
)
from tests.helpers import _events_2025_05_05 as _events
from tests.helpers import coded_2021_05_12 as coded

SYRIA_FIRST = (
    "Syrian rebels shelled Douma. Russian jets bombed Idlib. Syria's government said the "
    "Syrian army had retaken the town. "
)
LEAD = "Norwegian coast guard officers boarded and detained a cargo ship on Sunday. "
PUB = "2021-06-09"
found = finder(PUB)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ghana accused Togo of corruption.", id="noun_charge"),
        pytest.param("Togo denied accusations of shelling the villages.", id="denied_accusations"),
        pytest.param("Ghana would accuse Togo of shelling the villages.", id="would_accuse"),
        pytest.param("Ghana did not accuse Togo of shelling the villages.", id="did_not_accuse"),
        pytest.param("The president accused the governor of failing to stop the riots.",
                     id="failing_to_stop"),
        pytest.param("Ghana accused Togo of not withdrawing its troops.", id="negated_gerund"),
        pytest.param("Kenya condemned Uganda for expelling its diplomats.", id="not_an_act_of_force"),
        pytest.param("Ghana accused Togo of arming the rebels.", id="arming_is_the_charge"),
        pytest.param("Ghana accused Togo of massing troops on the border.", id="build_up"),
    ],
)  # fmt: skip
def test_no_act_where_the_accusation_names_none(coder, text):
    assert [a for a in acts(coder, text) if a[3] == "asserted"] == []


def test_a_resolution_passed_does_what_its_participle_says(coder):
    text = "The UN Security Council adopted a resolution condemning Eritrea on Thursday."
    evs = found_2026_06_12(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["ERI"], evs
    text = "The Security Council adopted a resolution imposing sanctions on Sudan's army."
    assert found_2026_06_12(coder, text, "SANCTION")
    # a draft proposed or vetoed only says what it would do
    assert not found_2026_06_12(
        coder, "Britain proposed a resolution condemning Eritrea.", "ACCUSE"
    )
    assert not found_2026_06_12(
        coder, "Russia vetoed a draft resolution condemning Eritrea.", "ACCUSE"
    )


def test_the_accusation_a_lawsuit_makes_is_no_second_event(coder):
    text = (
        "Bolivia filed a case against Chile at the International Court of Justice on Monday, "
        "accusing it of diverting a border river."
    )
    e = found_2026_06_12(coder, text, "ACCUSE")
    assert [x["cameo"] for x in e] == ["115"], e
    assert keys(e[0]["source"]) == {"BOL"} and keys(e[0]["target"]) == {"CHL"}, e
    text = "Peru lodged a complaint against Ecuador at the WTO, accusing it of dumping shrimp."
    e = found_2026_06_12(coder, text, "ACCUSE")
    assert len(e) == 1 and keys(e[0]["target"]) == {"ECU"}, e


def test_what_a_present_tense_call_asks_for_is_no_event_of_its_own(coder):
    text = "Serbia condemns the vote and calls on the Security Council to reject it."
    assert [e["type"] for e in events_of(coder, text, "2026-06-12")] == ["ACCUSE", "REQUEST"]


def test_calling_the_arrests_an_assault_accuses_the_police_and_arrests_no_one(coder):
    text = ("KAMPALA (Reuters) - Ugandan police arrested 20 opposition activists in Kampala on "
            "Monday. Opposition leader Kizza Mbabazi called the arrests an assault on democracy.")  # fmt: skip
    acc = found_2025_06_18(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["target"]) == {"UGA"} and codes(acc[0]["target"]) == ["UGACOP"], acc
    arrests = found_2025_06_18(coder, text, "COERCE")
    assert len(arrests) == 1 and codes(arrests[0]["source"]) == ["UGACOP"], arrests


def test_calling_a_probe_a_political_vendetta_is_criticism(coder):
    text = ("The Nigerian anti-graft agency filed charges against opposition senator Musa Bello "
            "on Monday. The Nigerian opposition called the case a political vendetta.")  # fmt: skip
    acc = [e for e in found_2025_06_18(coder, text, "ACCUSE") if e["cameo"] == "111"]
    assert acc and keys(acc[0]["target"]) == {"NGA"}, acc


def test_taking_a_dispute_to_a_court_is_a_lawsuit(coder):
    for text in (
        "Belize took the dispute to the International Court of Justice in 2019.",
        "Chile said it would take the matter to the ICJ.",
    ):
        acc = found_2025_03_05(coder, text, "ACCUSE")
        assert acc and acc[0]["cameo"] == "115", events_of(coder, text, "2025-03-05")
        assert not any(a["code"].startswith("IGOUNOICJ") for a in acc[0]["target"]), acc
        assert not found_2025_03_05(coder, text, "REQUEST"), text
    # to the Security Council it stays an appeal
    text = "Pakistan said it would take the matter to the UN Security Council."
    assert found_2025_03_05(coder, text, "REQUEST"), events_of(coder, text, "2025-03-05")


def test_pejorative_name_given_to_an_act_is_criticism(coder):
    for text in (
        "The Slovak prime minister called the new tariffs blackmail on Tuesday.",
        'The Slovak prime minister called the new tariffs "blackmail" on Tuesday.',
        "Caracas called the referendum a sham.",
    ):
        acc = found_2024_05_02(coder, text, "ACCUSE")
        assert acc and acc[0]["cameo"] == "111", events_of(coder, text, "2024-05-02")
        assert not found_2024_05_02(coder, text, "THREATEN") and not found_2024_05_02(
            coder, text, "REQUEST"
        ), text
    # praise is no criticism
    assert not events_of(coder, "The minister called the reform a success.", "2024-05-02")


def test_no_confidence_motion_is_censure(coder):
    for text, modality in (
        ("Opposition deputies said they would table a motion of no confidence in the cabinet "
         "on Friday.", "planned"),
        ("Opposition lawmakers filed a no-confidence motion against the government on "
         "Tuesday.", "asserted"),
        ("The opposition submitted a motion of no confidence in the government.", "asserted"),
    ):  # fmt: skip
        acc = found_2024_05_02(coder, text, "ACCUSE")
        assert acc, events_of(coder, text, "2024-05-02")
        assert acc[0]["cameo"] == "111" and acc[0]["modality"] == modality, acc
        assert "GOV" in codes(acc[0]["target"])[0], acc
    # a confidence vote the government faces in parliament censures no one named
    text = "The prime minister will face a confidence vote in parliament next week."
    assert not found_2024_05_02(coder, text, "ACCUSE"), events_of(coder, text, "2024-05-02")
    # a vote of confidence a leader seeks is no censure: "no" makes the motion one
    text = "The Greek premier will seek a vote of confidence in his cabinet next month."
    assert not found_2024_05_02(coder, text, "ACCUSE"), events_of(coder, text, "2024-05-02")


def test_a_verdict_on_an_actors_conduct_accuses_it(coder):
    acc = found_2026_10_01(
        coder, "Serbia's actions were a flagrant breach of the accord, Croatia said.", "ACCUSE"
    )
    assert acc and keys(acc[0]["source"]) == {"HRV"} and keys(acc[0]["target"]) == {"SRB"}, acc


@pytest.mark.parametrize(("text", "judged"), [
    ("Kenya said Uganda had no legal basis for the border closure.", "UGA"),
    ("France said there was no credible justification for Iran's enrichment of uranium.", "IRN"),
    ("Norway said Venezuela's growing arsenal had no credible defensive justification.", "VEN"),
])  # fmt: skip
def test_a_verdict_that_an_act_lacks_warrant_accuses_its_owner(coder, text, judged):
    acc = found_2026_10_01(coder, text, "ACCUSE")
    assert acc and keys(acc[0]["target"]) == {judged}, acc


def test_a_lack_of_warrant_owned_by_no_one_or_told_by_analysts_is_no_accusation(coder):
    assert not found_2026_10_01(coder, "The minister said the plan had no justification.", "ACCUSE")
    text = "Analysts said Iran's stockpile had no civilian justification."
    assert not found_2026_10_01(coder, text, "ACCUSE")


def test_a_neutral_verdict_on_conduct_is_no_accusation(coder):
    assert not found_2026_10_01(coder, "Britain said Ghana's decision was important.", "ACCUSE")


def test_condemning_and_accusing_another_are_two_acts(coder):
    e = found_2026_06_12(
        coder,
        "The French president condemned the strikes and accused Belarus of helping Moscow.",
        "ACCUSE",
    )
    assert len(e) == 2, e
    assert codes(e[1]["target"]) == ["BLR"] and e[1]["cameo"] == "112", e


def test_an_accusation_and_a_complaint_lodged_are_not_split(coder):
    e = found_2026_06_12(
        coder,
        "Greece accused Turkish jets of violating its airspace and lodged a formal complaint with NATO.",
        "ACCUSE",
    )
    assert len(e) == 1, e


def test_accusation_content_is_not_an_event(coder):
    got = coded(coder, "Algeria accused Morocco of harbouring dissidents.")
    assert [g[0] for g in got] == ["ACCUSE"]
    assert got[0][1] == ["DZA"] and got[0][2] == ["MAR"]
    # an attack the accusation names is coded as well, the accused's (gold/CODING.md)
    got = coded(coder, "Algeria accused Morocco of attacking its border guards.")
    assert sorted(g[0] for g in got) == ["ACCUSE", "ASSAULT"]


def test_a_verdict_on_an_act_told_before_is_an_accusation_of_its_doer(coder):
    text = ("Bolivian police arrested eight opposition activists this week. Chile detained a Bolivian "
            "journalist at Arica airport. The U.N. human rights office in Geneva said the detentions in Bolivia "
            "appeared to be politically motivated. A government spokesman rejected the criticism.")  # fmt: skip
    evs = events_of(coder, text, PUB_2021_05_12)
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert (
        acc
        and acc[0]["source"][0]["code"].startswith("IGOUNO")
        and starts(acc[0]["target"]) == {"BOL"}
    )
    assert coded(coder, "Peru said the arrests were justified.") == []  # no disapproval


def test_an_accusation_goes_on_in_gerunds_after_a_comma(coder):
    evs = events_of(coder, "Amnesty International accused Egypt of jailing critics, silencing the press "
                           "and giving cover to abusive police.")  # fmt: skip
    assert [e["type"] for e in evs] == ["ACCUSE"]
    # the accuser's own act after the comma is still its own
    evs = events_of(
        coder, "Kenya accused Somalia of harbouring militants, threatening to close the border."
    )
    assert {e["type"] for e in evs} == {"ACCUSE", "THREATEN"}


def test_condemning_an_attack_that_names_only_its_victims_aims_at_its_doer(coder):
    text = (
        "Syrian artillery shelled the outskirts of Hermel on Monday. Lebanese President "
        "Joseph Aoun condemned the shelling of Lebanese villages."
    )
    evs = found_2026_11_10(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["SYRMIL"], evs
    # the doer named in the phrase still wins
    text = (
        "Militants attacked a market in Kano on Monday. Ghana condemned the Nigerian air "
        "strike on the village of Tumbu."
    )
    evs = found_2026_11_10(coder, text, "ACCUSE")
    assert evs and all(c.startswith("NGA") for c in codes(evs[0]["target"])), evs


def test_an_announced_appeal_is_a_legal_challenge_of_the_court(coder):
    text = (
        "LUSAKA - A Zambian court on Tuesday convicted a former opposition minister of fraud. "
        "Her lawyer said his client would appeal at the earliest opportunity."
    )
    evs = found_2026_11_10(coder, text, "ACCUSE")
    assert evs and evs[0]["cameo"] == "115" and evs[0]["modality"] == "planned", evs
    assert codes(evs[0]["target"]) == ["ZMBJUD"], evs
    # an appeal for something or to someone is a plea, not a legal challenge
    assert not found_2026_11_10(coder, "The UN appealed for calm in Lusaka on Tuesday.", "ACCUSE")


def test_calling_a_step_hysterical_is_criticism(coder):
    text = (
        "Estonia expelled two Russian diplomats on Monday. Russia's foreign ministry called the "
        'expulsions "hysterical".'
    )
    evs = found_2026_11_19(coder, text, "ACCUSE")
    assert evs and keys(evs[0]["source"]) == {"RUS"} and keys(evs[0]["target"]) == {"EST"}, evs


def test_calling_an_act_a_kidnapping_disapproves_of_it(coder):
    text = 'Colombia\'s foreign minister called the detention of the fishermen "a kidnapping".'
    assert found_2026_11_28(coder, text, "ACCUSE")


def test_concern_conveyed_to_a_state_is_disapproval_of_it(coder):
    text = "Beijing said on Monday it had conveyed its serious concern to Seoul."
    evs = found_2026_12_09(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["KORGOV"], evs


def test_a_word_of_scorn_for_an_act_disapproves_of_its_doer(coder):
    text = ("Latvia shut its border with Russia in March. "
            "The Russian foreign minister called the closure \"a cynical swindle\".")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert len(acc) == 1 and acc[0]["cameo"] == "111", acc
    assert set(codes(acc[0]["target"])) == {"LVA"}
    evs = _events(coder, "The opposition leader called the budget plan a joke.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("ACCUSE", "111")], evs


def test_calling_a_trial_a_farce_disapproves_of_the_court(coder):
    text = ("A Turkish court jailed the mayor of Istanbul in March. "
            "The opposition leader called the trial a farce.")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert len(acc) == 1, acc
    assert set(codes(acc[0]["target"])) == {"TURJUD"}


def test_calling_a_boarding_piracy_disapproves_of_the_boarders(coder):
    text = ("Swedish coast guard officers boarded a cargo ship on Monday. "
            "The Russian foreign ministry called the boarding of the vessel \"an act of piracy\".")  # fmt: skip
    acc = [e for e in _events(coder, text) if e["type"] == "ACCUSE"]
    assert len(acc) == 1, acc
    assert {a["country"] for a in acc[0]["target"]} == {"SWE"}


def test_what_a_summons_asks_is_the_summons_itself(coder):
    evs = _events_2025_06_26(
        coder,
        "Mexico's foreign ministry summoned the Canadian ambassador on Friday to ask for an "
        "explanation.",
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("ACCUSE", "114")], evs
    # a demand by someone else in the same sentence stays its own act
    evs = _events_2025_06_26(
        coder,
        "Turkey summoned the Swedish ambassador on Monday, and its president demanded an "
        "apology from Sweden.",
    )
    assert {e["type"] for e in evs} == {"ACCUSE", "REQUEST"}, evs


def test_support_criticised_is_not_support_expressed(coder):
    evs = events_of(
        coder,
        "The Kenyan minister expressed his disappointment with Iranian support for the rebels.",
    )
    assert not any(e["type"] == "SUPPORT" and "KEN" in "".join(codes(e["source"])) for e in evs), (
        evs
    )
    assert any(e["type"] == "ACCUSE" for e in evs), evs


def test_an_opposition_leader_accuses_his_own_government(coder):
    text = (
        SYRIA_FIRST
        + "DA leader Mmusi Maimane has accused the government of hiding behind the courts."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ACCUSE"]
    assert evs and all(codes(e["target"]) == ["ZAFGOV"] for e in evs), evs


def test_calling_a_meeting_is_no_summons(coder):
    text = "Jacinda Ardern has summoned a special meeting of her ministers to review the floods."
    assert not [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ACCUSE"]


def test_coming_under_fire_from_weapons_is_no_criticism(coder):
    for text in (
        "French troops came under fire from two tanks near Gao.",
        "Ukrainian troops came under fire from Russian artillery near Bakhmut.",
    ):
        assert not [e for e in events_of(coder, text) if e["type"] == "ACCUSE"], text
    evs = events_of(coder, "The Kenyan minister came under fire from opposition leaders.")
    assert any(e["type"] == "ACCUSE" for e in evs), evs


def test_a_campaign_against_someone_still_rallies_opposition(coder):
    evs = events_of(
        coder, "The opposition launched a campaign against the president.", "2018-01-20"
    )
    assert [e for e in evs if e["type"] == "ACCUSE"], evs


def test_powers_given_to_investigate_are_no_investigation(coder):
    for text in (
        "Germany helped give the IAEA new powers to investigate the nuclear sites in Iran.",
        "The council gave the inspectors the right to search the bases.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not [e for e in evs if e["type"] in ("ACCUSE", "COERCE")], (text, evs)
    # a power used is an act
    evs = _of_type(
        events_of(
            coder, "Russia used its veto power to block the resolution on Tuesday.", "2024-05-02"
        ),
        "REJECT",
    )
    assert evs, evs


def test_reporting_on_something_to_a_council_is_no_complaint(coder):
    evs = events_of(
        coder, "The envoy will report on the talks to the Security Council on Friday.", "2024-05-02"
    )
    assert not _of_type(evs, "ACCUSE"), evs
    evs = _of_type(
        events_of(coder, "Britain reported Iran to the Security Council.", "2024-05-02"),
        "ACCUSE",
    )
    assert evs and codes(evs[0]["target"]) == ["IRN"], evs


def test_a_verdict_is_read_in_its_own_words_not_in_a_clause_inside_it(coder):
    text = (
        "Uganda and Kenya met in Kampala. The envoy said the visit represented a real test of"
        " whether both camps truly seek a pact that stops the war."
    )
    assert not _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    text = (
        "Ugandan police arrested ten Kenyan traders on Monday. Kenya said the arrests amounted"
        " to a violation of the deal that ended the war."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["KEN"], evs


def test_quoted_verdict_after_the_object(coder):
    rows = event_rows(
        coder, LEAD + 'A Kremlin spokesman called the detention "piracy".', "2026-02-03"
    )
    accuse = [r for r in rows if r[0] == "ACCUSE"]
    assert accuse and accuse[0][2][0].startswith("RUS"), rows
    assert accuse[0][3] and accuse[0][3][0].startswith("NOR"), rows


def test_quoted_verdict_after_an_of_phrase(coder):
    text = LEAD + (
        'Moscow called the seizure of the vessel "banditry" and demanded the release of its crew.'
    )
    rows = event_rows(coder, text, "2026-02-03")
    assert [r for r in rows if r[0] == "ACCUSE" and r[2][0].startswith("RUS")], rows
    # the detention named in the verdict is Norway's, told before, not a new act by Moscow
    assert not [r for r in rows if r[0] == "COERCE" and r[2][0].startswith("RUS")], rows
    demand = [r for r in rows if r[0] == "REQUEST"]
    assert demand and demand[0][3] and demand[0][3][0].startswith("NOR"), rows


def test_unquoted_compound_is_not_a_verdict(coder):
    rows = event_rows(coder, "Serbia called the border closure a provocation.", "2026-02-03")
    assert [r for r in rows if r[0] == "ACCUSE"], rows


def test_a_petition_for_a_ruling_against_another_is_a_lawsuit(coder):
    for text, accused in (
        ("Ukraine asked the court to rule that Russia had violated the convention.", {"RUS"}),
        ("Gambia asked the International Court of Justice to order Myanmar to stop the killings.", {"MMR"}),
        ("Peru asked the court in The Hague to rule on the islands along its border with Chile.", {"CHL"}),
    ):  # fmt: skip
        evs = events_of(coder, text, "2026-06-18")
        assert [e["type"] for e in evs] == ["ACCUSE"], (text, evs)
        assert evs[0]["cameo"] == "115" and keys(evs[0]["target"]) == accused, (text, evs)
    # a request of another body stays a request
    assert found_2026_06_18(
        coder, "Kenya asked the United Nations to send more peacekeepers.", "REQUEST"
    )


@pytest.mark.parametrize("text, sued", [
    ("Opposition leader John Banda has asked Malawi's Constitutional Court to annul the election results.", "MWIGOV"),
    ("The Malawian opposition rejected the results and asked the Constitutional Court to annul them.", "MWIGOV"),
    ("The Ivorian opposition asked the Constitutional Council to annul the results.", "CIVGOV"),
])  # fmt: skip
def test_an_opposition_petition_to_annul_an_act_is_a_case_against_the_government(coder, text, sued):
    """A court (or a constitutional council) asked to annul results, a law or a ban names no
    one ruled against: a domestic opposition's case is against its own government (as its
    demands are), and "them", the object of what the court is asked to do, is never the
    court itself."""
    evs = [e for e in events_of(coder, text, "2026-06-18") if e["type"] == "ACCUSE"]
    assert [(e["cameo"], codes(e["target"])) for e in evs] == [("115", [sued])], evs


def test_a_request_of_the_security_council_stays_an_appeal(coder):
    text = "Ukraine asked the Security Council to condemn the annexation."
    assert not found_2026_06_18(coder, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "Japan said the agreement represented a major step forward.",
    "Analysts said the decision amounted to a violation of the treaty.",
    "Norway said the decision did not amount to a violation of the treaty.",
])  # fmt: skip
def test_a_link_verb_without_a_verdict_or_speaker_is_no_criticism(coder, text):
    assert not found_2003_05_06(coder, text, "ACCUSE")


def test_must_be_condemned_is_the_speakers_condemnation(coder):
    e = found_2003_05_06(
        coder, "Lebanon said the Israeli raid on Tyre must be condemned.", "ACCUSE"
    )
    assert e and keys(e[0]["source"]) == {"LBN"} and e[0]["cameo"] == "111", e


@pytest.mark.parametrize("text", [
    "The governor's office in Ohio said it opened an investigation into abuses at the state prison.",
    "Environmental regulators in Texas said they would investigate the chemical leak.",
])  # fmt: skip
def test_office_and_regulators_investigate(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "investigate" and "GOV" in e[0]["source"][0]["sector"], e


@pytest.mark.parametrize("text", [
    "Ghanaian detectives hope to solve the killing of a market trader in Kumasi.",
    "Sweden will set up a commission on the abuses in Kosovo's prisons.",
])  # fmt: skip
def test_solving_crimes_and_commissions_on_abuses_investigate(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "investigate", e


def test_commission_on_trade_investigates_nothing(coder):
    assert not found(coder, "Sweden will set up a commission on trade with Kosovo.", "ACCUSE")


def test_investigation_under_way_with_no_one_to_tell_it_is_no_event(coder):
    assert not found(coder, "An investigation is under way.", "ACCUSE")


@pytest.mark.parametrize("text", [
    "The former Kenyan minister was tried for corruption last year.",
    "A Nairobi court tried the former Kenyan minister for corruption.",
])  # fmt: skip
def test_tried_for_a_crime_is_brought_to_trial(coder, text):
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "allege", e
    assert codes(e[0]["source"]) == ["KENJUD"], e


def test_trying_for_hours_is_no_trial(coder):
    assert not found(
        coder, "Kenyan rescuers tried for hours to reach the trapped miners.", "ACCUSE"
    )


def test_calling_a_strike_a_violation_is_a_verdict_not_a_strike(coder):
    e = found_2024_05_15(
        coder, "Iraq called the Turkish strike a violation of its sovereignty.", "ACCUSE"
    )
    assert e and keys(e[0]["target"]) == {"TUR"}, e
    assert not found_2024_05_15(
        coder, "Iraq called the Turkish strike a violation of its sovereignty.", "PROTEST"
    )


def test_a_verdict_by_someone_names_the_doer(coder):
    e = found_2024_05_15(coder, "Serbia called the expulsion a hostile act by Croatia.", "ACCUSE")
    assert e and keys(e[0]["target"]) == {"HRV"}, e


def test_an_opposition_criticises_its_own_governments_trip(coder):
    text = ("Peruvian President Rosa Villanueva arrived in La Paz on Wednesday for talks with Bolivian President "
            "Hernan Quispe. Their defence ministers will meet in Lima next month. Peru's main opposition party "
            "criticised the trip.")  # fmt: skip
    e = found_2024_05_15(coder, text, "ACCUSE")
    assert e and keys(e[0]["target"]) == {"PER"}, e


def test_calling_it_names_what_the_main_act_answered(coder):
    # "rejected the demand, calling it interference": "it" is the demand, so the criticism is
    # aimed at whoever made it, as the rejection is
    text = ("Santiago demanded on Monday that Lima change its maritime law. Peru's president "
            "rejected the demand on Tuesday, calling it interference in Peru's affairs.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
    assert evs and codes(evs[0]["target"])[:1] and codes(evs[0]["target"])[0].startswith("CHL"), evs


def test_a_verdict_in_a_relative_clause_on_the_act_named(coder):
    # "a move (that) Moscow called a provocation": the relative clause's object is the
    # verdict, and the noun it hangs on is the act called so (ACCUSE aimed at its doer)
    for text in ("Estonia closed its border crossings on Monday, a move that Moscow called a "
                 "provocation.",
                 "Estonia closed its border crossings on Monday, a move Moscow called a "
                 "provocation."):  # fmt: skip
        evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
        assert evs and codes(evs[0]["source"])[0].startswith("RUS"), evs
        assert codes(evs[0]["target"])[:1] and codes(evs[0]["target"])[0].startswith("EST"), evs


@pytest.mark.parametrize(
    "text,target",
    [
        ("Japan noted with concern Beijing's naval drills near the islands.", "CHN"),
        (
            "The European Union noted with concern the arrest of opposition leader Ivan Sorokin by Russian police.",
            "RUS",
        ),
        ("Chile said it was watching the crackdown by the Bolivian army with grave concern.", None),
        # what goes on in a place, watched with concern: aimed at the place's state
        ("Norway said it was following developments in Belarus with grave concern.", "BLR"),
        ("Canada is watching the situation in Haiti with concern.", "HTI"),
    ],
)
def test_watching_an_act_with_concern_is_disapproval(coder, text, target):
    # gold/CODING.md "concern is disapproval": as "expressed concern over" is
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]
    assert evs and evs[0]["cameo"] == "110" and evs[0]["modality"] == "asserted", evs
    if target:
        assert any(a["code"].startswith(target) for a in evs[0]["target"]), evs


@pytest.mark.parametrize("text", [
    "Fans watched the match with concern.",
    "Japan watched the match with concern.",
])  # fmt: skip
def test_watching_a_match_with_concern_is_no_disapproval(coder, text):
    # a state watching a game disapproves of no one: the concern pattern needs a target actor
    assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]


@pytest.mark.parametrize(
    "text,target",
    [
        # concern about nothing named is voiced at the story's forceful acts (CODING.md:
        # concern): aimed at the one who did them
        (
            "Zimbabwean police detained 60 opposition activists in Harare on Sunday. "
            "Britain said it was deeply concerned.",
            "ZWE",
        ),
        (
            "Nicaraguan police arrested 40 marchers in Managua. The foreign ministries of Chile "
            'and Peru said they were following events "with concern".',
            "NIC",
        ),
        (
            "Bolivia's president declared a state of siege in La Paz. Argentina said it was "
            'watching developments with "grave concern".',
            "BOL",
        ),
        (
            "Bolivia's president declared a state of siege in La Paz. Brazil's foreign minister "
            "said Brasilia was following the situation with serious concern.",
            "BOL",
        ),
    ],
)
def test_concern_about_nothing_named_is_disapproval_of_the_story_act(coder, text, target):
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]
    assert evs and evs[0]["cameo"] == "110" and evs[0]["modality"] == "asserted", evs
    assert any(a["code"].startswith(target) for a in evs[0]["target"]), evs


@pytest.mark.parametrize("text", [
    "Parents at the school said they were deeply concerned after the fire.",
    "Residents said they were following the situation with concern after the floods.",
])  # fmt: skip
def test_concern_with_no_aggressor_and_nothing_named_is_no_event(coder, text):
    # no one named and no forceful act told before: worry, disapproval of no one
    assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "As far as Japan is concerned, the matter is closed.",
    "So far as Moscow is concerned, the talks are over.",
    "Villagers said they were concerned about the harvest.",
    "The countries concerned will meet in Geneva next week.",
])  # fmt: skip
def test_concerned_as_a_topic_or_about_no_actor_is_no_disapproval(coder, text):
    assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "Chad and Niger traded insults over the border closure.",
    "Bolivia exchanged barbs with Peru over the lithium deal.",
])  # fmt: skip
def test_traded_insults_are_criticism_not_accusation(coder, text):
    got = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]
    assert got and all(e["cameo"] == "111" for e in got), got


def test_a_verdict_in_a_relative_clause_with_as(coder):
    # "a decision that X described as an abuse": the relative clause's verdict is its "as"
    # phrase, and the noun it hangs on is the act so described (ACCUSE aimed at its doer)
    text = ("Chile granted asylum to the former minister on Friday, a decision that Peru's "
            'foreign ministry described as "an abuse of diplomatic privileges".')  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
    assert evs and codes(evs[0]["source"])[0].startswith("PER"), evs
    assert keys(evs[0]["target"]) == {"CHL"}, evs


def test_a_verdict_names_the_doer_in_its_second_phrase(coder):
    # "describing the incursion as a hostile act and the third violation ... by Malian drones":
    # the doer named in a conjoined verdict phrase is the one disapproved of
    text = ("Algeria's defence ministry said on Wednesday that its air defences had downed a "
            'drone, describing the incursion as "a hostile act" and the second violation of its '
            "airspace by Malian drones this year.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
    assert evs and keys(evs[0]["target"]) == {"MLI"}, evs


def test_a_verdict_as_phrase_hung_on_the_object_is_still_the_verdict(coder):
    # "described the incursion as a hostile act": the parser hangs the "as" phrase on the
    # object noun; it is the verb's verdict all the same, aimed at the incursion's doer
    text = ("Azerbaijani troops shelled Armenian border villages on Monday. Armenia described "
            "the incursion as a hostile act.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
    assert evs and keys(evs[0]["source"]) == {"ARM"}, evs
    assert keys(evs[0]["target"]) == {"AZE"}, evs


def test_calling_people_hooligans_is_disapproval(coder):
    # an insult for the people named: "called the protesters hooligans"
    text = 'The Georgian prime minister called the protesters "hooligans paid from abroad".'
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
    assert evs and codes(evs[0]["source"])[0].startswith("GEO"), evs


def test_a_calling_participle_after_reported_speech_is_the_speakers(coder):
    # "the spokesman said the bombs had fallen on homes, calling the raids a violation": the
    # participle set off after the reported clause is the speaker's verdict, not the bombs'
    text = ("Turkish jets struck villages in northern Iraq on Monday. An Iraqi government "
            "spokesman said the bombs had fallen on homes and a school, calling the raids "
            '"a flagrant violation of Iraq\'s sovereignty".')  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-10-07") if e["type"] == "ACCUSE"]
    assert evs and codes(evs[0]["source"])[0].startswith("IRQ"), evs
    assert keys(evs[0]["target"]) == {"TUR"}, evs


def test_a_complaint_lodged_with_the_security_council_is_aimed_at_the_wrongdoer(coder):
    # the Council hears the complaint (as a court hears a case): it is aimed at the one whose
    # act was complained of, told before, not at the Council
    text = ("Israeli jets struck villages in southern Lebanon on Sunday. Lebanon's president "
            "condemned the strikes and said Beirut would file a complaint with the UN Security "
            "Council.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-06-12") if e["cameo"] == "114"]
    assert evs and keys(evs[0]["target"]) == {"ISR"}, evs


def test_criticism_of_the_security_council_stays_aimed_at_it(coder):
    text = "Russia criticised the UN Security Council for its silence on the strikes."
    evs = [e for e in events_of(coder, text, "2026-06-12") if e["type"] == "ACCUSE"]
    assert all(keys(e["target"]) <= {"UNSC"} for e in evs), evs


def test_saying_another_seeks_a_pretext_accuses_it(coder):
    # "said Y was looking for a pretext to X": the speaker accuses Y of a hidden aim
    text = "Ghana's foreign minister said Togo was looking for a pretext to close the border."
    evs = [e for e in events_of(coder, text, "2026-06-12") if e["type"] == "ACCUSE"]
    assert evs and keys(evs[0]["source"]) == {"GHA"} and keys(evs[0]["target"]) == {"TGO"}, evs
    text = "Ghana's foreign minister said Togo was not looking for a pretext."
    assert not [e for e in events_of(coder, text, "2026-06-12") if e["type"] == "ACCUSE"]


def test_calling_emergency_powers_a_pretext_accuses_whoever_declared_them(coder):
    text = ("Peru's government declared a state of emergency on Monday. The main opposition "
            "party called the emergency powers a pretext to muzzle critics.")  # fmt: skip
    evs = [e for e in events_of(coder, text, "2026-06-12") if e["type"] == "ACCUSE"]
    assert evs and keys(evs[0]["target"]) == {"PER"}, evs


def test_concern_about_force_against_people_is_aimed_at_who_used_it(coder):
    """Force, violence or abuse "against X" names its victims: the concern is aimed at
    whoever used it (the police told before), never at X."""
    text = (
        "Riot police beat demonstrators in Tbilisi on Saturday. The European Union said it was "
        "alarmed by reports of violence against the demonstrators."
    )
    got = [e for e in events_of(coder, text, "2026-05-20") if e["type"] == "ACCUSE"]
    assert got and not any("CVL" in c for e in got for c in codes(e["target"])), got
    assert all(codes(e["target"]) == ["GEOCOP"] for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned Uganda's ambassador on Monday to protest against what it called "
        "a dangerous provocation by Ugandan troops.",
        "The rebels accused the army of shelling their positions near the river on Sunday, in "
        "what they called a clear violation of the ceasefire.",
    ],
)
def test_what_the_speaker_calls_its_acts_object_is_no_second_accusation(coder, text):
    # the free relative names the object of the summons or accusation beside it: one act
    acc = [e for e in events_of(coder, text, "2024-03-14") if e["type"] == "ACCUSE"]
    assert len(acc) == 1, acc
    assert acc[0]["cameo"] != "111", acc


@pytest.mark.parametrize(
    "text",
    [
        "Guatemala protests after Honduran soldiers cross border chasing gang",
        "Manila filed a protest on Monday over the incident.",
    ],
)
def test_a_protest_a_state_files_or_a_headline_tells_is_an_official_complaint(coder, text):
    evs = events_of(coder, text, "2024-03-14")
    assert [(e["type"], e["cameo"]) for e in evs] == [("ACCUSE", "114")], evs


def test_a_protest_staged_by_people_is_still_a_demonstration(coder):
    evs = events_of(coder, "Thousands of farmers staged a protest in Lima on Monday.", "2024-03-14")
    assert [e["type"] for e in evs] == ["PROTEST"], evs


@pytest.mark.parametrize(
    "text, want",
    [
        # a people named by its plural demonstrates, though the KB gives it the state's code
        ("Serbs protest after the arrests of two veterans", ("PROTEST", "141")),
        (
            "Thousands of Poles protested in Warsaw on Monday against the arrests.",
            ("PROTEST", "141"),
        ),
        # the state itself complains officially
        ("Serbia protests the arrests of two of its citizens in Bosnia.", ("ACCUSE", "114")),
    ],
)
def test_a_people_protesting_demonstrates_and_its_state_complains(coder, text, want):
    evs = events_of(coder, text, "2024-03-14")
    assert [(e["type"], e["cameo"]) for e in evs] == [want], evs


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria protest: police fire tear gas at crowds in Lagos",
        "Peru protest: police fire tear gas at marchers in Lima",
    ],
)
def test_a_headline_naming_a_countrys_protest_is_no_official_complaint(coder, text):
    # "Nigeria protest: ..." labels a demonstration there; a state's complaint is "X protests
    # after ..." (invented headlines)
    evs = events_of(coder, text, "2024-03-14")
    assert not [e for e in evs if e["cameo"] == "114"], evs
