"""Event type THREATEN: threats, ultimatums and warnings: patterns, their doers and targets,
and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _events_2024_05_01,
    _of_type,
    _types,
    found_2001_03_02,
    found_2003_05_06,
    found_2024_05_01,
    found_2024_05_02,
    found_2025_03_05,
    found_2025_06_18,
    found_2026_07_16,
    found_2026_12_09,
    one,
    threats,
)
from tests.helpers import _events_2025_05_05 as _events

PUB = "2022-03-09"
found = finder(PUB)


def coded(coder, text: str) -> list[tuple]:
    return [(e["type"], e["cameo"]) for e in events_of(coder, text, "2021-05-12")]


def test_infinitive_of_purpose_after_give_is_no_ultimatum(coder):
    evs = _events_2024_05_01(coder, "The government gave the farmers money to buy seeds.")
    assert not [e for e in evs if e["type"] == "THREATEN"], evs


def test_economists_warnings_are_no_threat(coder):
    text = ("Economists warn that a long strike could delay a loan to Zambia from the "
            "International Monetary Fund.")  # fmt: skip
    assert not found_2025_06_18(coder, text, "THREATEN"), found_2025_06_18(coder, text, "THREATEN")


def test_a_measure_decided_that_would_be_taken_is_no_threat(coder):
    for text in (
        "After a cabinet meeting on Tuesday, it was decided that Ghana would expel the "
        "Togolese ambassador.",
        "The Ghanaian cabinet decided on Tuesday that the country would expel the Togolese "
        "ambassador.",
    ):
        sa = found_2024_05_02(coder, text, "SANCTION")
        assert sa and sa[0]["cameo"] == "166", events_of(coder, text, "2024-05-02")
        assert keys(sa[0]["source"]) == {"GHA"} and not found_2024_05_02(coder, text, "THREATEN"), (
            sa
        )
    # said it would, on a condition: a threat (with none, a planned sanction: round 12)
    text = "Ghana said on Tuesday it would expel the Togolese ambassador unless Lome apologised."
    assert found_2024_05_02(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")


@pytest.mark.parametrize(
    "text, target",
    [
        # the passive condition's subject is what is done, not whom the threat is aimed at:
        # the one who would "pay the price" is
        ('Hezbollah warned on Wednesday that Israel would "pay a heavy price" if the '
         "prisoners were not released.", {"ISR"}),
        # the condition's agent, when named
        ("Iran warned that it would retaliate if its nuclear sites were attacked by Israel.",
         {"ISR"}),
    ],
)  # fmt: skip
def test_a_threat_on_a_passive_condition_is_not_aimed_at_its_subject(coder, text, target):
    th = found(coder, text, "THREATEN")
    assert th and keys(th[0]["target"]) == target, events_of(coder, text, PUB)


@pytest.mark.parametrize(
    "text, target",
    [
        # the condition's subject is an act: aimed at whoever did the act told before
        ("Houthi rebels fired missiles at two cargo ships in the Red Sea on Monday. Britain's "
         "defence secretary said London was considering further strikes if the attacks on "
         "shipping did not stop.", {"YEM"}),
        # people acted on, named by a noun only, in a condition the parser hangs deep in the
        # content: aimed at the one who expelled them
        ("Iran expelled the IAEA inspectors on Monday. Britain, France and Germany warned they "
         "would trigger the return of all UN sanctions lifted under the 2015 deal unless the "
         "inspectors were readmitted by the end of the month.", {"IRN"}),
        # people held: aimed at those who hold them
        ("Kenyan police arrested 30 truck drivers in Nakuru on Sunday. Transport unions warned "
         "they would block the highway again if the detainees were not freed by Tuesday.",
         {"KEN"}),
    ],
)  # fmt: skip
def test_a_threat_whose_condition_names_an_act_or_people_acted_on_is_aimed_at_the_doer(
    coder, text, target
):
    th = found(coder, text, "THREATEN")
    assert th and keys(th[-1]["target"]) == target, events_of(coder, text, PUB)


def test_not_hesitating_to_act_is_a_threat(coder):
    for text, src in (
        (
            'Israel "will not hesitate to act again" if Iran enriches uranium, the minister said.',
            "ISR",
        ),
        (
            "Turkey would not hesitate to act against any threat on its border, the president said.",
            "TUR",
        ),
    ):
        th = found_2025_03_05(coder, text, "THREATEN")
        assert th and keys(th[0]["source"]) == {src}, events_of(coder, text, "2025-03-05")
    # present tense: a standing threat, not the act done
    for text, src in (
        ("Iran does not hesitate to strike Israel, the general said.", "IRN"),
        ("The Syrian army does not hesitate to bomb rebel positions.", "SYR"),
    ):
        th = found_2025_03_05(coder, text, "THREATEN")
        assert th and keys(th[0]["source"]) == {src}, events_of(coder, text, "2025-03-05")
        assert not found_2025_03_05(coder, text, "ASSAULT"), events_of(coder, text, "2025-03-05")
    text = "Qatar said it would not hesitate to act as a go-between."
    assert not found_2025_03_05(coder, text, "THREATEN"), events_of(coder, text, "2025-03-05")


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian air force did not hesitate to bomb rebel positions near Idlib.",
        "The riot police never hesitated to use force against the marchers.",
    ],
)
def test_an_act_not_hesitated_over_is_done_not_threatened(coder, text):
    """A past "did not hesitate to strike" tells the strike; only "would not hesitate" holds
    it over someone."""
    found = events_of(coder, text, "2025-03-05")
    assert [e["type"] for e in found] == ["ASSAULT"], found
    assert found[0]["modality"] == "asserted"


def test_naming_a_legitimate_target_is_a_threat(coder):
    for text, src, tgt in (
        (
            "The Houthi spokesman warned that any ship linked to Israel will be a legitimate target.",
            "YEM",
            "ISR",
        ),
        (
            '"Every American base in the region will be a legitimate target," the Iranian commander said.',
            "IRN",
            "USA",
        ),
        ("Hezbollah said Israeli ships are legitimate targets.", "LBN", "ISR"),
    ):
        evs = found_2024_05_02(coder, text, "THREATEN")
        assert [(keys(e["source"]), keys(e["target"]), e["modality"]) for e in evs] == [
            ({src}, {tgt}, "asserted")
        ], (text, evs)
    # the writer's words, or a strike justified after the fact: no threat
    for text in (
        "Israeli ships are legitimate targets.",
        "The Russian ministry said the depot was a legitimate target.",
    ):
        assert not found_2024_05_02(coder, text, "THREATEN"), text


def test_threatened_to_impose_is_a_threat(coder):
    e = one(coder, "Iran threatened to impose sanctions on Bahrain.", "THREATEN")
    assert codes(e["source"]) == ["IRN"] and codes(e["target"]) == ["BHR"]
    assert e["modality"] == "asserted" and e["explain"]["wrapper"] == "threat"


# first shot" is a negated attack -------------------------------------------------------------
def test_a_calm_response_is_no_threat_and_a_first_shot_is_an_attack(coder):
    text = (
        "China's navy staged drills near the Philippines on Monday. Manila's defence minister "
        "said the coast guard would respond calmly and would not fire the first shot."
    )
    assert not found_2026_12_09(coder, text, "THREATEN")
    evs = found_2026_12_09(coder, text, "ASSAULT")
    assert evs and evs[0]["modality"] == "negated", evs
    # a firm response stays a threat
    text = (
        "China's navy staged drills near the Philippines on Monday. Manila's defence minister "
        "warned that the coast guard would respond firmly to any attack."
    )
    assert found_2026_12_09(coder, text, "THREATEN")


def test_measures_already_taken_are_no_threat(coder):
    text = "The ministry said the navy had taken necessary measures in accordance with the law."
    assert not found_2026_07_16(coder, text, "THREATEN")
    assert found_2026_07_16(
        coder, "China said it would take resolute measures against Japan.", "THREATEN"
    )


def test_span_of_time_for_ones_own_act_is_no_ultimatum(coder):
    assert not found_2024_05_01(
        coder, "The ministry gave the journalists two days to attend the briefing.", "THREATEN"
    )
    assert not found_2024_05_01(
        coder, "The court gave the ministry permission to expel the diplomats.", "THREATEN"
    )


def test_warning_shots_are_a_show_of_force_not_an_attack(coder):
    evs = _events(
        coder, "Finnish border guards fired warning shots after Russian soldiers crossed the line."
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "138")], evs
    evs = _events(coder, "Somali troops fired shots at the convoy near the border.")
    assert [e["type"] for e in evs] == ["ASSAULT"], evs


def test_a_warning_of_ones_own_inability_is_no_threat(coder):
    evs = _events(
        coder, "The Ghanaian finance ministry warned it would be unable to pay pensions next month."
    )
    assert not [e for e in evs if e["type"] == "THREATEN"], evs
    evs = _events(coder, "Russia warned that Estonia would not be able to escape the consequences.")
    thr = [e for e in evs if e["type"] == "THREATEN"]
    assert thr and set(codes(thr[0]["target"])) == {"EST"}, (
        evs
    )  # another's inability: still a threat


@pytest.mark.parametrize("text", [
    "The Red Cross warned of record levels of hunger in the encircled city.",
    "Aid agencies warned of the risk that thousands of families could be forced to leave.",
    "The World Food Programme warned of a looming famine in the north.",
])  # fmt: skip
def test_a_warning_of_a_danger_threatens_no_one(coder, text):
    assert not [e for e in events_of(coder, text) if e["type"] == "THREATEN"], text


def test_a_warning_of_reprisals_is_still_a_threat(coder):
    evs = events_of(coder, "Russia warned of retaliation against NATO.")
    assert any(e["type"] == "THREATEN" for e in evs), evs
    evs = events_of(coder, "Iran warned of serious consequences if the sanctions were renewed.")
    assert any(e["type"] == "THREATEN" for e in evs), evs


def test_endangering_a_good_is_no_threat(coder):
    for text in (
        "With his reckless policies the president threatens Canadian interests and world peace.",
        "The strike threatens the country's economic recovery.",
        "It does beg the question of who will pay.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not [e for e in evs if e["type"] in ("THREATEN", "REQUEST")], (text, evs)
    assert _of_type(events_of(coder, "Hamas threatened Israel.", "2024-05-02"), "THREATEN")


def test_what_evidence_suggests_is_no_proposal(coder):
    evs = events_of(
        coder,
        "Intelligence suggests that the hostages are still being held in the town.",
        "2024-05-02",
    )
    assert not _of_type(evs, "THREATEN"), evs
    # a proposal in the subjunctive stays one: that others meet, an appeal to them to (CAMEO
    # 026; tests/events/types/test_request.py)
    evs = events_of(coder, "Egypt suggested that the two sides hold talks in Cairo.", "2024-05-02")
    assert [e for e in _of_type(evs, "REQUEST") if e["cameo"] == "026"], evs


def test_what_one_warns_against_has_not_happened(coder):
    evs = events_of(coder, "Kenya warned against a Ugandan offensive on the town.", "2024-05-02")
    assert not _of_type(evs, "ASSAULT"), evs
    assert _of_type(evs, "THREATEN"), evs
    # an attack told as done stays
    evs = events_of(coder, "Kenya warned Uganda after a Ugandan attack on the town.", "2024-05-02")
    assert _of_type(evs, "THREATEN"), evs


def test_a_deadline_is_an_ultimatum_or_to_leave_the_country_an_expulsion(coder):
    for text in (
        "The army gave the rebels 48 hours to leave the town.",
        "The government gave the militants a week to lay down their arms.",
        # a bare "to leave" with its penalty named, or given to armed men: no expulsion
        "The peacekeepers gave the militia 24 hours to leave or face military action.",
        "The army gave the gunmen two days to leave.",
        # armed men by any of the words the actors know them by
        "The army gave the extremists two days to leave.",
        "The governor gave the paramilitaries a week to leave.",
    ):
        evs = events_of(coder, text, "2026-06-18")
        assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "139")], (text, evs)
    for text in (
        "The junta gave the French ambassador 72 hours to leave the country.",
        "Russia gave the Estonian diplomats a week to leave.",
        # a possessive ambassador is parsed as the object, not the dative: the leaving is still
        # the expulsion's content, not the junta's withdrawal from the country
        "Guinea's military government on Tuesday gave the European Union's ambassador 72 hours to leave the "
        "country.",
        # after a fronted time phrase, the ultimatum patterns read it first: still the expulsion
        "On Friday, Mali's military government gave the French ambassador 72 hours to leave the country.",
    ):
        evs = events_of(coder, text, "2026-06-18")
        assert [(e["type"], e["cameo"]) for e in evs] == [("SANCTION", "166")], (text, evs)


@pytest.mark.parametrize("text,cameo,src,tgt", [
    ("A militant group based in Chad says it is producing chemical weapons to use against France.",
     "1385", "TCD", {"FRA"}),
    ("Iran is developing missiles to use against Israel, the general said.", "138", "IRN", {"ISR"}),
    # "arms" has the lemma "arm" (word class arms_nouns holds it)
    ("Iran is building arms to use against Israel, the minister said.", "138", "IRN", {"ISR"}),
])  # fmt: skip
def test_weapons_made_to_use_against_someone_are_a_threat(coder, text, cameo, src, tgt):
    e = found_2001_03_02(coder, text, "THREATEN")
    assert (
        e
        and e[0]["cameo"] == cameo
        and keys(e[0]["source"]) == {src}
        and keys(e[0]["target"]) == tgt
    ), e


def test_weapons_made_for_no_one_named_are_no_threat(coder):
    assert not found_2001_03_02(coder, "The army bought drones to use in the war.", "THREATEN")


def test_a_draft_law_approved_by_a_committee_threatens(coder):
    text = "A Chilean Senate panel approved a draft law which would prevent journalists from entering the Congress."
    assert found_2003_05_06(coder, text, "THREATEN") and not found_2003_05_06(coder, text, "COERCE")


def test_a_promise_to_chase_down_suspects_is_a_threat_of_arrest(coder):
    evs = events_of(
        coder, "The Rwandan government promised to chase down the suspects in the grenade attack."
    )
    assert [(e["type"], e["cameo"]) for e in evs] == [("THREATEN", "132")]
    assert keys(evs[0]["source"]) == {"RWA"}


def test_officers_brought_to_justice_are_no_police_deployment(coder):
    found = _types(coder, "The Malawian government pledged to bring corrupt officers to justice.")
    assert found == [("THREATEN", "132")]


def test_a_coercive_act_hinted_at_by_the_actor_is_a_threat(coder):
    # "hinted that it may ..." raises the act aloud, as "signalled" or "said" does
    found = _types(coder, "Tanzania hinted it may expel Burundian diplomats.")
    assert found == [("THREATEN", "136")]


@pytest.mark.parametrize("text,src", [
    ("The Kyrgyz parliament passed a law on Monday that would ban foreign-funded charities.", "KGZ"),
    ("The bill, which would ban opposition rallies, was approved by the Serbian parliament.", "SRB"),
])  # fmt: skip
def test_an_enacted_law_does_what_it_would_do(coder, text, src):
    assert not found(coder, text, "THREATEN")
    e = found(coder, text, "COERCE")
    assert e and e[0]["modality"] == "asserted" and src in keys(e[0]["source"]), e


@pytest.mark.parametrize("text,src,tgt,cameo", [
    ("The Japanese defence minister said all options were on the table regarding North Korea.",
     "JPN", "PRK", "130"),
    ("All options remain on the table in dealing with Iran, the Saudi foreign minister said.",
     "SAU", "IRN", "130"),
    ("The Indian army chief said military action remained an option against the militants.",
     "IND", None, "138"),
])  # fmt: skip
def test_options_held_on_the_table_are_a_threat(coder, text, src, tgt, cameo):
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == cameo and src in keys(e[0]["source"]), e
    assert tgt is None or tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text,src", [
    ("Egypt vowed to punish those behind the attack on the church.", "EGY"),
    ("The Malian president promised to punish those responsible for the massacre.", "MLI"),
])  # fmt: skip
def test_a_vowed_punishment_is_a_threat(coder, text, src):
    e = found(coder, text, "THREATEN")
    assert e and e[0]["cameo"] == "130" and src in keys(e[0]["source"]), e
    assert not found(coder, text, "AGREE")


def test_a_punishment_done_is_no_threat(coder):
    assert not found(
        coder, "An Egyptian court punished the officials with heavy fines.", "THREATEN"
    )


def test_penalty_announced_for_a_protest_is_a_threat_against_the_demonstrators(coder):
    text = (
        "Opposition supporters marched through Tbilisi on Friday. The Georgian interior "
        "minister said any further protest would be met with fines and detention."
    )
    got = threats(coder, text)
    assert len(got) == 1 and got[0][0] == "132"
    assert got[0][1][0].startswith("GEO") and got[0][2] == ["GEOOPP"]


def test_penalty_told_in_the_past_is_no_threat(coder):
    assert threats(coder, "Kenyan police said the march was met with arrests.") == []


@pytest.mark.parametrize("text", [
    "The European Union warned against any escalation in the region.",
    "The Kenyan president warned against hasty decisions on the budget.",
    "Tehran warned against any foreign interference in the vote.",
    "China warned against closed military blocs in the Pacific.",
])  # fmt: skip
def test_a_warning_against_an_act_is_no_threat(coder, text):
    """ "warned against any escalation" advises; it threatens no one (threaten.yaml stop)."""
    assert not [g for g in coded(coder, text) if g[0] == "THREATEN"], text


@pytest.mark.parametrize("text", [
    "Moscow warned Kyiv of serious consequences.",
    "China warned that it would retaliate against Japan.",
    "Moscow warned Kyiv of retaliation.",
    "Russia warned of retaliation against NATO.",
])  # fmt: skip
def test_a_warning_of_consequences_is_still_a_threat(coder, text):
    assert [g for g in coded(coder, text) if g[0] == "THREATEN"], text


@pytest.mark.parametrize("text", [
    "Tehran warned it would hit back at Israel.",
    "Iran said it would strike back at Israel if it attacked again.",
])  # fmt: skip
def test_a_warning_to_hit_back_is_a_threat(coder, text):
    # "hit back", "strike back": a verb of retaliation with its particle, as "retaliate"
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "THREATEN"]
    assert evs and "ISR" in keys(evs[0]["target"]), evs


@pytest.mark.parametrize("text", [
    "The Somali militia vowed that its attacks on Kenya would continue.",
    "The Somali militia vowed its attacks on Kenya would go on.",
])  # fmt: skip
def test_a_vow_that_ones_attacks_go_on_is_a_threat(coder, text):
    """ "vowed that its attacks would continue": the act going on is the subject of
    "continue", vowed as "vowed to continue its attacks" is: a threat of force (138) at the
    attacks' target, not a planned attack."""
    got = threats(coder, text)
    assert [g for g in got if g[0] == "138" and g[2] == ["KEN"]], got
    evs = events_of(coder, text, "2021-05-12")
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs


@pytest.mark.parametrize(
    "text",
    [
        "The Bhutanese defence minister warned that the kingdom would defend every inch of its "
        "land.",
        "The Guyanese president said his country will defend its sovereignty by all means.",
        "Guyana's army chief said the troops will defend the border region at any cost.",
    ],
)
def test_a_vow_to_defend_ground_at_any_cost_is_a_threat(coder, text):
    assert found(coder, text, "THREATEN"), events_of(coder, text, PUB)


def test_defending_someone_or_somewhere_is_no_threat(coder):
    for text in (
        "Guyanese troops defended the border post against the raiders.",
        "The lawyer defended the opposition leader at the trial in Georgetown.",
    ):
        assert not found(coder, text, "THREATEN"), events_of(coder, text, PUB)


@pytest.mark.parametrize("text", [
    "Ankara was weighing further strikes on the militants if the raids went on.",
    "Paris was considering new strikes on the insurgents if the convoys were attacked again.",
    "Egypt threatened further strikes if the smugglers returned.",
    # a government does not go on strike: its strikes are attacks (gold/CODING.md's example)
    "The Malian government was considering further strikes if the raids did not stop.",
    "The junta was weighing new strikes on the rebels if the ambushes went on.",
])  # fmt: skip
def test_strikes_a_state_weighs_or_threatens_are_a_threat_of_force(coder, text):
    """Bare "strikes" weighed or threatened by a state are attacks held over someone (THREATEN
    138), not a labour strike (133): the doer tells the two apart."""
    got = [g for g in coded(coder, text) if g[0] == "THREATEN"]
    assert got and all(g[1].startswith("138") for g in got), got


def test_strikes_a_union_threatens_stay_a_labour_threat(coder):
    got = [g for g in coded(coder, "The dockers' union threatened further strikes if wages were cut.")
           if g[0] == "THREATEN"]  # fmt: skip
    assert got == [("THREATEN", "133")], got


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian army said it would defend every inch of its territory.",
        "The Argentine navy said it will continue to take all necessary measures against foreign trawlers.",
        "Serbia will take all necessary measures to protect its sovereignty, the ministry said.",
    ],
)
def test_a_threat_in_the_future_tense_is_made_in_the_saying(coder, text):
    # gold/CODING.md "threats are asserted": the future is the threat's content, not its time
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "THREATEN"]
    assert evs and all(e["modality"] == "asserted" for e in evs), evs


def test_anyone_who_will_be_removed_by_police_is_a_threat(coder):
    # police removing people by force is crowd control (175); promised to whoever blocks
    # the roads it is a threat of it (137), though "anyone who" is no actor
    text = "'Anyone who blocks the highway will be removed by the police,' the Zambian interior minister said."
    got = [e for e in _events(coder, text) if e["type"] == "THREATEN"]
    assert got and got[0]["cameo"] == "137", got


@pytest.mark.parametrize("text, source", [
    ("'Anyone who blocks the highway will be removed by the police,' the Zambian interior minister said.",
     "ZMBGOV"),
    ("The Zambian interior minister said on Monday that police would arrest the organisers of the march.",
     "ZMBGOV"),
    ("Zambian police said on Monday they would arrest the organisers of the march.", "ZMBCOP"),
])  # fmt: skip
def test_a_threat_told_as_what_the_speaker_s_police_will_do_is_the_speaker_s(coder, text, source):
    # gold/CODING.md: a warning is an event of the speaker; the minister's police are no source
    got = [e for e in _events(coder, text) if e["type"] == "THREATEN"]
    assert got and [a["code"] for a in got[0]["source"]] == [source], got


@pytest.mark.parametrize("text, n", [
    ("Zambian police removed the protesters from the square on Monday.", 1),
    ("Zambian police removed the barricades on Monday.", 0),
])  # fmt: skip
def test_police_removing_people_is_crowd_control(coder, text, n):
    got = [e for e in _events(coder, text) if e["cameo"] == "175"]
    assert len(got) == n, got


@pytest.mark.parametrize("text,tgt", [
    ("Nepal said it would take the matter to the U.N. Security Council if India did not act.", "IND"),
    ("The foreign minister said Guyana would raise the killings at the U.N. Human Rights Council "
     "if Caracas failed to act.", "VEN"),
])  # fmt: skip
def test_a_complaint_to_an_international_body_held_over_another_is_a_threat(coder, text, tgt):
    evs = events_of(coder, text, "2026-06-18")
    assert [e["type"] for e in evs] == ["THREATEN"], evs
    assert codes(evs[0]["target"])[0][:3] == tgt and evs[0]["modality"] == "asserted", evs


def test_a_conditional_threat_the_speaker_tells_of_its_state_is_asserted(coder):
    # gold/CODING.md: a threat is made when it is uttered, whatever its tense or condition;
    # the ministry speaks for the state it names
    e = one(coder, "The foreign ministry said Beijing would take countermeasures if Tokyo did "
                   "not lift the ban.", "THREATEN")  # fmt: skip
    assert e["modality"] == "asserted", e


@pytest.mark.parametrize("text", [
    "The union said it would take the matter to the city council if the company did not raise wages.",
    "Residents said they would take the dispute to the county board if the firm did not act.",
])  # fmt: skip
def test_a_complaint_to_a_local_council_is_no_threat(coder, text):
    # a city or county body is no international one (ff9b275's rule): no threat held over
    # the condition's subject
    evs = events_of(coder, text, "2026-06-18")
    assert not [e for e in evs if e["type"] == "THREATEN"], evs


@pytest.mark.parametrize(
    "text",
    [
        "Ghana said it would close its border with Togo unless Lome hands over the smugglers.",
        "Ghana warned it would close the border with Togo if the raids continue.",
    ],
)
def test_border_closure_on_a_condition_is_a_threat(coder, text):
    """A closure held over the neighbour on a condition is THREATEN, asserted (gold/CODING.md),
    where one announced with no condition is a planned COERCE 191."""
    evs = events_of(coder, text, "2026-11-19")
    assert [(e["type"], codes(e["target"]), e["modality"]) for e in evs] == [
        ("THREATEN", ["TGO"], "asserted")
    ], evs


def test_an_act_that_will_be_answered_with_force_is_a_threat(coder):
    # "answer" promises the response as "meet" does (invented sentences)
    text = "The Greek defence minister said any incursion into Greek waters would be answered with force."
    e = found(coder, text, "THREATEN")
    assert len(e) == 1 and e[0]["cameo"] == "138" and keys(e[0]["source"]) == {"GRC"}, e
    text = (
        "Peru's president warned that any attempt to seize its fishing boats "
        '"will be answered with all the means the law allows".'
    )
    e = found(coder, text, "THREATEN")
    assert len(e) == 1 and keys(e[0]["source"]) == {"PER"}, e


def test_an_act_that_was_answered_with_force_is_no_threat(coder):
    text = "Police said the march in Lima was answered with force after protesters threw stones."
    assert not found(coder, text, "THREATEN")


def test_a_threat_naming_no_one_is_aimed_at_the_other_state_of_the_pair(coder):
    """A threat a state makes naming only its own forces, answering no hostile act, in a
    story about it and one other state, is aimed at that other state; with no pair of states
    told, at no one."""
    text = (
        "Eritrea and Ethiopia held talks on the port of Assab on Monday. In an interview on "
        "Tuesday, the Eritrean president warned that his forces would crush any aggression."
    )
    e = found(coder, text, "THREATEN")
    assert [(codes(x["source"]), codes(x["target"])) for x in e] == [(["ERIGOV"], ["ETH"])], e
    text = (
        "The Mongolian president met opposition leaders on Monday. He warned that he would "
        "veto any budget that cut pensions."
    )
    e = found(coder, text, "THREATEN")
    assert e and all(not x["target"] for x in e), e
