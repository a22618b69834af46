"""Extraction on the dependency parse, end to end on sentences written for the tests: tables of
sentences with their one event, all their events or the first event of a type, explanations
and confidence."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import PUB_2019_02_20, one, starts, types
from tests.helpers import coded_2021_05_12 as coded

PUB = "2021-05-12"


# The commonest shape of these tests: the sentence gives exactly one event of the type, and its
# source and target are as given. A list is the actors' exact codes in order; a set is their
# countries or organisations (starts). Other keywords are fields of the event (cameo, mode,
# modality). The sections follow the file's sections.
def dyad(id_: str, text: str, typ: str, source=None, target=None, published: str = PUB, **fields):
    return pytest.param(text, typ, source, target, published, fields, id=id_)


ONE_EVENT = [
    # -- subjects, objects, prepositional targets, passives -------------------------------------------
    dyad("subject_and_object", "Peru expelled two Bolivian diplomats on Monday.",
         "SANCTION", source=["PER"], target={"BOL"}, cameo="166", modality="asserted"),
    dyad("prepositional_target", "Ghana imposed sanctions on Togo on Tuesday.",
         "SANCTION", source=["GHA"], target=["TGO"]),
    dyad("passive_with_agent", "Two Chilean diplomats were expelled by Argentina last week.",
         "SANCTION", source=["ARG"], target={"CHL"}),
    # "joined X in V-ing": the gerund is the act of the one who joins
    dyad("joined_in_a_sanction", "Japan joined the United States in imposing sanctions on Myanmar.",
         "SANCTION", source=["JPN"], target=["MMR"]),
    dyad("joined_in_a_condemnation",
         "Norway joined Sweden in condemning the arrest of the Belarusian journalist.",
         "ACCUSE", source=["NOR"]),
    dyad("joined_in_patrolling", "Japanese warships joined Australian frigates in patrolling the strait.",
         "MOBILIZE", source=["JPNMIL"]),
    dyad("coordination_on_both_sides", "Kenya and Uganda condemned Sudan and Eritrea on Friday.",
         "ACCUSE", source=["KEN", "UGA"], target=["SDN", "ERI"]),
    # -- chains of infinitives and clauses ----------------------------------------------------------
    dyad("called_for_someone_to_be_readmitted", "Canada called for Russia to be readmitted to the group.",
         "REQUEST", source=["CAN"], target=["RUS"]),
    dyad("demand_that_clause_targets_its_subject",
         "Egypt demanded that Ethiopia halt the filling of the dam.",
         "REQUEST", source=["EGY"], target=["ETH"]),
    dyad("readiness_is_a_promise", "Oman said it was ready to host talks between Iran and Saudi Arabia.",
         "AGREE", source=["OMN"]),
    # -- reported speech ------------------------------------------------------------------------------
    dyad("denial_answers_the_accuser",
         ("Burundi accused Rwanda of shelling border villages on Monday. Rwanda denied the accusation on "
          "Tuesday."),
         "REJECT", source=["RWA"], target=["BDI"]),
    dyad("rejected_call_targets_the_caller",
         "Paris rejected calls by Niger's rulers for fresh military aid.",
         "REJECT", source={"FRA"}, target={"NER"}),
    # -- relative clauses, indirect objects and recipients -------------------------------------------
    dyad("relative_clause_subject",
         "Houthi rebels, who fired a missile at Jeddah on Sunday, threatened further attacks.",
         "ASSAULT", source=["YEMREBHTH"], target=["SAU"]),
    dyad("relative_pronoun_object_is_its_antecedent",
         "Residents fled Mosul, which Syrian forces shelled on Sunday.",
         "ASSAULT", source={"SYR"}, target={"IRQ"}),
    dyad("to_recipient", "Cuba offered its doctors to Haiti.", "AGREE", source=["CUB"], target=["HTI"]),
    dyad("asylum_to", "Ecuador granted asylum to a Peruvian opposition leader.",
         "AID", source=["ECU"], target={"PER"}),
    dyad("hand_over_to_recipient", "Libya agreed to hand over the two suspects to Italy.",
         "AGREE", source=["LBY"], target=["ITA"]),
    # -- domestic events and conventions ---------------------------------------------------------------
    dyad("domestic_arrests",
         "Zimbabwean police arrested dozens of opposition supporters in Harare on Saturday.",
         "COERCE", source=["ZWECOP"], target=["ZWEOPP"]),
    dyad("generic_people_are_the_place_civilians",
         "Police in Kisumu arrested more than 300 people on Monday.",
         "COERCE", target=["KENCVL"]),
    dyad("visit_source_is_the_visitor", "Japan's prime minister will visit Vietnam next week.",
         "CONSULT", source={"JPN"}, target=["VNM"], modality="planned", mode="visit"),
    dyad("dateline_is_never_an_actor",
         "NAIROBI, March 3 - Ugandan troops shelled rebel camps near the border.",
         "ASSAULT", source={"UGA"}, published="2021-03-03"),
    dyad("announced_sanctions_are_a_threat",
         "Turkey said it would impose sanctions on Iran if the attacks continued.",
         "THREATEN", source=["TUR"], target=["IRN"], modality="asserted"),
    # -- modality --------------------------------------------------------------------------------------
    dyad("refusal_is_reject_aimed_at_the_beneficiary",
         "Mexico refused to extradite the suspects to Guatemala.",
         "REJECT", source=["MEX"], target=["GTM"], modality="asserted"),
    # -- conventions on what is and is not an event ----------------------------------------------------
    dyad("name_calling_is_disapproval", "Serbia called the expulsion a hostile act by Croatia.",
         "ACCUSE", source=["SRB"], target=["HRV"]),
    dyad("passive_arrest_in_reported_speech_is_the_speakers_threat",
         "The Thai government said protest leaders will be arrested if they march.",
         "THREATEN", source=["THAGOV"], target={"THA"}),
    dyad("not_accepting_is_a_refusal", "Bolivia would not accept ultimatums from Chile.",
         "REJECT", source=["BOL"], target=["CHL"], modality="asserted"),
    dyad("announced_retaliation_is_a_threat_at_the_attacker",
         "Iraqi militias fired rockets at Iranian border posts on Monday. Iran said it would retaliate.",
         "THREATEN", source=["IRN"], target={"IRQ"}),
    dyad("tear_gas_is_aimed_at_the_crowd", "Police in Quito fired tear gas on Friday.",
         "ASSAULT", source=["ECUCOP"], target=["ECUCVL"], mode="crowd-control"),
    dyad("own_forces_are_mobilised", "Lithuania raised the readiness of its army.",
         "MOBILIZE", source=["LTUMIL"]),
    dyad("ordered_to_leave_is_an_expulsion",
         "Latvia on Monday ordered three Belarusian diplomats to leave the country.",
         "SANCTION", source=["LVA"], target={"BLR"}, mode="expel"),
    dyad("warning_of_punishment_is_a_threat",
         "The Kenyan interior minister warned that opposition leaders would be prosecuted.",
         "THREATEN", source={"KEN"}, target=["KENOPP"]),
    dyad("troops_leaving_a_country_withdraw", "The last Danish soldiers left Mali on Monday.",
         "RETREAT", source={"DNK"}, target=["MLI"], mode="withdraw"),
    dyad("agentless_arrest_is_by_the_state",
         "MINSK, May 24 - Two opposition journalists were arrested in Minsk on Sunday.",
         "COERCE", source={"BLR"}, target={"BLR"}, published="2021-05-24"),
    dyad("nation_and_arm_modifiers_make_the_doer",
         "A Myanmar military air strike on a village killed 30 people.",
         "ASSAULT", source=["MMRMIL"]),
    dyad("the_place_of_a_protest_is_not_its_addressee",
         "Thousands of Peruvians marched through central Lima on Monday.",
         "PROTEST", source=["PERCVL"], target=["PERGOV"]),
    dyad("gapped_passive_and_the_arm_of_the_state_that_tells_it",
         "Kenyan police said five officers had been wounded and 40 protesters arrested in Nairobi.",
         "COERCE", source=["KENCOP"], target=["KENCVL"]),
    dyad("it_in_a_relative_clause_is_the_antecedent",
         ("Pena Nieto met Trump on Friday. The deal isolated Brazil, which announced in June that it would "
          "pull out of the agreement."),
         "SANCTION", source=["BRA"]),
    dyad("an_official_unknown_to_the_kb_belongs_to_the_body_named_before_him",
         "The United Nations refugee coordinator for Chad urged Sudan to open its border.",
         "REQUEST", source={"UN"}, target={"SDN"}),
    dyad("his_forces_are_the_speakers",
         "Peru's army chief said his forces were ready and would respond firmly to any attack.",
         "THREATEN", source=["PERMIL"]),
    dyad("up_to_n_people_is_the_object",
         "Sudanese militiamen have kidnapped up to 20 Chadian herders near the border.",
         "ASSAULT", target={"TCD"}),
    dyad("agentless_investigation_is_by_the_state_and_radicals_are_domestic",
         "A Dutch citizen was put under investigation in Portugal over his part in the unrest.",
         "ACCUSE", source={"PRT"}, target={"NLD"}),
    dyad("agentless_investigation_is_by_the_state_and_radicals_are_domestic-protest",
         "Islamist radicals kept up their hunger strike in Algiers to demand the release of detainees.",
         "PROTEST", source=["DZARAD"], target=["DZAGOV"]),
    dyad("asking_forgiveness_is_an_apology_and_a_halt_to_operations_a_de_escalation",
         "President Boric asked Chileans for forgiveness on Tuesday.",
         "SUPPORT", target=["CHLCVL"], cameo="055"),
    dyad("asking_forgiveness_is_an_apology_and_a_halt_to_operations_a_de_escalation-retreat",
         "President Tinubu ordered a week-long halt to military operations in Zamfara.",
         "RETREAT", source={"NGA"}),
    dyad("foreign_criticism_of_police_acts_addresses_the_government",
         ("Bolivian police arrested eight opposition activists on Monday. The U.S. State Department "
          "criticised the arrests on Tuesday."),
         "ACCUSE", target=["BOLGOV"]),
    dyad("condemned_violence_after_riots_is_the_rioters",
         ("Masked protesters set cars on fire in Lyon overnight. Police used tear gas on Saturday. "
          "President Macron condemned the violence as unacceptable."),
         "ACCUSE", target=["FRACVL"]),
    dyad("dismissing_a_general_strike_answers_the_strikers",
         ("Argentina's largest union federation held a general strike on Wednesday. A presidential "
          "spokesman dismissed the strike as political."),
         "REJECT", target=["ARGLAB"]),
    dyad("on_alert_is_the_subjects_mobilisation", "India's army chief said his forces were on high alert.",
         "MOBILIZE", source=["INDMIL"]),
    dyad("a_second_speech_verb_goes_with_the_first",
         ("President Ruto said that the protests would not succeed and warned that organisers would be "
          "punished."),
         "THREATEN", source=["KENGOV"], modality="asserted"),
    dyad("threatened_countermeasures_answer_the_sanctions",
         ("The European Union imposed sanctions on Belarus on Monday. Belarus's foreign ministry threatened "
          "to respond with countermeasures."),
         "THREATEN", target={"EU"}),
    dyad("organisers_are_those_who_called_the_protests",
         ("Opposition leader Raila Odinga called nationwide protests against the tax rises. President Ruto "
          "warned that organisers would be held responsible for any damage."),
         "THREATEN", target=["KENOPP"]),
    dyad("preparing_to_use_force_is_a_show_of_force",
         "Ethiopian troops prepared to resume shelling rebel positions near the Sudanese border.",
         "MOBILIZE", source=["ETHMIL"], cameo="150", modality="asserted"),
    # preparing anything else is a plan
    dyad("preparing_to_use_force_is_a_show_of_force-consult",
         "The Chinese foreign minister is preparing to visit Madrid next week.",
         "CONSULT", modality="planned"),
    dyad("an_agreement_about_a_dispute_is_aimed_at_the_other_party",
         "Iceland on Monday accepted a plan for settling its fishing dispute with its British partners.",
         "AGREE", target=["GBR"]),
    dyad("units_ordered_to_move_are_the_orderers",
         "Kenya's president ordered troops to deploy to the border with Somalia.",
         "MOBILIZE", source=["KENMIL"], target=["SOM"]),
    # the light verb's subject is the noun's doer for a group's subject words
    dyad("a_crackdown_by_soldiers_is_violent_repression_by_police_coercion",
         "Myanmar's army launched a crackdown in Rakhine state in August.",
         "ASSAULT", source=["MMRMIL"], target=["MMRCVL"], cameo="175"),
    dyad("a_crackdown_by_soldiers_is_violent_repression_by_police_coercion-coerce",
         "Egyptian police launched a crackdown on the Muslim Brotherhood.",
         "COERCE", source=["EGYCOP"]),
    dyad("a_call_for_sanctions_naming_no_one_is_an_appeal",
         "The exiled opposition called for an international arms embargo.",
         "REQUEST", target=[]),
    # disapproval of Russia
    dyad("a_call_for_sanctions_naming_no_one_is_an_appeal-accuse",
         "Ukraine called for an oil embargo on Russia.",
         "ACCUSE", target=["RUS"]),
    dyad("an_attack_on_a_hospital_or_school_hits_civilians",
         "Russian forces bombed a school in Kharkiv on Monday.",
         "ASSAULT", target=["UKRCVL"]),
    dyad("an_attack_on_a_hospital_or_school_hits_civilians-2",
         "Militia fighters shelled a hospital in the Sudanese town of El Fasher.",
         "ASSAULT", target=["SDNCVL"]),
]  # fmt: skip


# (type, source codes, target codes, modality) of every event the sentence gives, in order
def exactly(id_: str, text: str, want: list[tuple]):
    return pytest.param(text, want, id=id_)


ALL_EVENTS = [
    exactly("open_question_is_not_an_event",
            "The spokesman declined to say whether Norway would expel Russian diplomats.",
            []),
    exactly("condition_is_no_event_and_announced_sanction_is_a_threat",
            "If Iran attacks Iraq, Turkey will impose sanctions on Iran.",
            [("THREATEN", ["TUR"], ["IRN"], "asserted")]),
    exactly("protest_absorbs_its_demand",
            ("Thousands of Peruvians protested against the government in Lima to demand the president's "
             "resignation."),
            [("PROTEST", ["PERCVL"], ["PERGOV"], "asserted")]),
    exactly("capacity_is_no_event", "The drills tested the navy's ability to blockade the island.", []),
    exactly("markdown_image_is_no_event", "[Ministers arrive in Brussels](img/a.jpg)", []),
    exactly("calls_for_someone_to_act_are_a_demand_on_them",
            "Poland renewed its calls for Russia to withdraw from Ukraine.",
            [("REQUEST", ["POL"], ["RUS"], "asserted")]),
]  # fmt: skip


found = finder(PUB_2019_02_20)


def first(
    id_: str,
    text: str,
    typ: str,
    source=None,
    target=None,
    published: str = PUB_2019_02_20,
    **fields,
):
    return pytest.param(text, typ, source, target, published, fields, id=id_)


FIRST_EVENT = [
    first("meeting_on_the_sidelines_meets_the_counterpart",
          "The Greek foreign minister met Mike Pompeo on the sidelines of the Davos forum.",
          "CONSULT", target={"USA"}),
    first("the_agent_of_a_coordinated_passive_does_both",
          "Hundreds of Syrian villagers have been detained and disappeared by Islamic State.",
          "COERCE", source={"ISIS"}),
    first("a_besieged_place_held_by_a_group_targets_the_group",
          ("Iraqi troops are besieging the last strip of land occupied by Islamic State near the Syrian "
           "border."),
          "ASSAULT", target={"ISIS"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "typ", "source", "target", "published", "fields"), ONE_EVENT)
def test_one_event(coder, text, typ, source, target, published, fields):
    e = one(coder, text, typ, published)
    for side, want in (("source", source), ("target", target)):
        if want is not None:
            got = codes(e[side]) if isinstance(want, list) else starts(e[side])
            assert got == want, (side, e[side])
    for key, want in fields.items():
        assert e[key] == want, (key, e[key])


@pytest.mark.parametrize(("text", "want"), ALL_EVENTS)
def test_all_events(coder, text, want):
    assert coded(coder, text) == want


def test_explain_names_pattern_and_path(coder):
    e = one(coder, "Iran threatened to impose sanctions on Bahrain.", "THREATEN")
    x = e["explain"]
    assert x["pattern"].startswith("sanction.163") and x["wrapper"] == "threat"
    assert "source Iran/nsubj" in x["path"] and "target Bahrain/pobj" in x["path"]
    assert x["pattern_origin"].startswith("sanction.yaml:")


def test_confidence_is_a_probability_with_reasons(coder):
    got = events_of(
        coder, "Ghana imposed sanctions on Togo on Tuesday. Iran said it would retaliate."
    )
    assert all(0 < e["confidence"] < 1 for e in got)
    strong = next(e for e in got if e["type"] == "SANCTION")
    weak = next(e for e in got if e["type"] == "THREATEN")
    assert strong["confidence"] > weak["confidence"]  # a named target beats none
    assert "target_slot" in strong["explain"]["confidence_features"]


@pytest.mark.parametrize(("text", "typ", "source", "target", "published", "fields"), FIRST_EVENT)
def test_first_event_of_the_type(coder, text, typ, source, target, published, fields):
    e = found(coder, text, typ, published)
    assert e, (text, types(coder, text, published))
    for side, want in (("source", source), ("target", target)):
        if want is not None:
            assert keys(e[0][side]) == want, e
    for key, want in fields.items():
        assert e[0][key] == want, e
