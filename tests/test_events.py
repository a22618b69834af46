"""Extraction on the dependency parse: one test per construction, with sentences written
for these tests. Each asserts the type, the source and target codes and the modality."""

from __future__ import annotations

import pytest

from .conftest import events_of

PUB = "2021-05-12"


def coded(coder, text: str, published: str = PUB) -> list[tuple]:
    return [
        (
            e["type"],
            [a["code"] for a in e["source"]],
            [a["code"] for a in e["target"]],
            e["modality"],
        )
        for e in events_of(coder, text, published)
    ]


def one(coder, text: str, typ: str, published: str = PUB) -> dict:
    got = [e for e in events_of(coder, text, published) if e["type"] == typ]
    assert len(got) == 1, (text, coded(coder, text, published))
    return got[0]


def codes(actors: list[dict]) -> list[str]:
    return [a["code"] for a in actors]


def starts(actors: list[dict]) -> set[str]:
    return {(a["country"] or a["org"] or "") for a in actors}


# -- one event of a type, with its actors and fields ----------------------------------------------
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


@pytest.mark.parametrize(("text", "typ", "source", "target", "published", "fields"), ONE_EVENT)
def test_one_event(coder, text, typ, source, target, published, fields):
    e = one(coder, text, typ, published)
    for side, want in (("source", source), ("target", target)):
        if want is not None:
            got = codes(e[side]) if isinstance(want, list) else starts(e[side])
            assert got == want, (side, e[side])
    for key, want in fields.items():
        assert e[key] == want, (key, e[key])


# -- all the events of a sentence ------------------------------------------------------------------
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


@pytest.mark.parametrize(("text", "want"), ALL_EVENTS)
def test_all_events(coder, text, want):
    assert coded(coder, text) == want


# -- chains of infinitives and clauses ----------------------------------------------------------
def test_agreed_to_withdraw_is_a_concession(coder):
    e = one(coder, "Norway agreed to withdraw its troops from Mali.", "CONCEDE")
    assert codes(e["source"]) == ["NOR"] and codes(e["target"]) == ["MLI"]
    assert e["modality"] == "asserted" and not [
        x
        for x in coded(coder, "Norway agreed to withdraw its troops from Mali.")
        if x[0] == "RETREAT"
    ]


def test_an_actors_own_plan_to_give_ground_is_a_concession(coder):
    # "plans to free", "intends to withdraw": announced by the actor, a promise (as "will
    # withdraw"); "are due to be released" is a schedule, still the planned act itself
    e = one(coder, "Morocco plans to free forty Algerian fishermen next week.", "CONCEDE")
    assert codes(e["source"]) == ["MAR"] and e["modality"] == "asserted"
    e = one(coder, "Chad intends to withdraw its troops from Niger.", "CONCEDE")
    assert codes(e["source"]) == ["TCD"] and codes(e["target"]) == ["NER"]
    got = coded(coder, "The Algerian fishermen are due to be released on Monday.")
    assert not [x for x in got if x[0] == "CONCEDE"] and [
        x for x in got if x[0] == "RETREAT" and x[3] == "planned"
    ]


def test_an_announced_halt_to_attacks_is_a_concession(coder):
    # "will end attacks on ...": the cessation wrapper's verb carries the announced act, a
    # promised de-escalation (CONCEDE) as "will withdraw" is
    e = one(coder, "Philippine insurgents will end attacks on the armed forces.", "CONCEDE")
    assert starts(e["source"]) == {"PHL"} and e["modality"] == "asserted"


def test_the_subject_reaches_through_appeared_ready_and_admitted_to(coder):
    # "appeared ready to make concessions" (ready is the verb's predicate, oprd), "admitted to
    # making concessions" (the gerund after "to" is the admitter's act); "objected to
    # releasing" is no release
    e = one(coder, "The Nauru government appeared ready to make concessions.", "CONCEDE")
    assert codes(e["source"]) == ["NRUGOV"]
    e = one(
        coder,
        "The Zambian opposition leader admitted to making some concessions to the president.",
        "CONCEDE",
    )
    assert codes(e["source"]) == ["ZMBOPP"] and codes(e["target"]) == ["ZMBGOV"]
    got = coded(coder, "The Kenyan government objected to releasing the detained activists.")
    assert not [x for x in got if x[0] == "RETREAT"]


def test_the_forces_withdrawn_are_the_withdrawal_s_source(coder):
    # "the withdrawal of the Ethiopian forces from Kismayo": with no doer of its own the noun's
    # "of" phrase withdraws; a doer the text names still comes first
    e = one(coder, "The withdrawal of the Ethiopian forces from Kismayo left a vacuum.", "RETREAT")
    assert starts(e["source"]) == {"ETH"} and starts(e["target"]) == {"SOM"}
    e = one(
        coder, "The United States announced the withdrawal of 9,500 troops from Germany.", "RETREAT"
    )
    assert codes(e["source"]) == ["USA"] and codes(e["target"]) == ["DEU"]


def test_an_apposition_names_the_target_not_its_possessive(coder):
    # "commended its neighbor Namibia": "its" is the source itself; the one named is the target
    e = one(
        coder,
        "Botswana has commended its neighbor Namibia for its conduct of the elections.",
        "SUPPORT",
    )
    assert codes(e["source"]) == ["BWA"] and codes(e["target"]) == ["NAM"]


def test_a_duration_before_a_noun_event_is_no_doer(coder):
    # "a two-week suspension": the light verb's subject is still the doer a group asks for;
    # the police ordering a march cancelled is no concession of theirs
    e = one(
        coder, "The Kenyan opposition announced a ten-day suspension of its marches.", "CONCEDE"
    )
    assert codes(e["source"]) == ["KENOPP"] and e["cameo"] == "083"
    assert not [
        x
        for x in coded(coder, "Kenyan police ordered the cancellation of the march.")
        if x[0] == "CONCEDE"
    ]


def test_threatened_to_impose_is_a_threat(coder):
    e = one(coder, "Iran threatened to impose sanctions on Bahrain.", "THREATEN")
    assert codes(e["source"]) == ["IRN"] and codes(e["target"]) == ["BHR"]
    assert e["modality"] == "asserted" and e["explain"]["wrapper"] == "threat"


def test_must_in_reported_speech_is_a_demand(coder):
    e = one(
        coder, "The Danish foreign minister said Latvia must release the two fishermen.", "REQUEST"
    )
    assert starts(e["source"]) == {"DNK"} and codes(e["target"]) == ["LVA"]
    assert not [
        x
        for x in coded(
            coder, "The Danish foreign minister said Latvia must release the two fishermen."
        )
        if x[0] == "RETREAT"
    ]


# -- reported speech ------------------------------------------------------------------------------
def test_reported_speech_codes_the_reported_event(coder):
    got = coded(
        coder, "Officials in Nairobi said Somali militants attacked a Kenyan border post on Sunday."
    )
    assert len(got) == 1
    typ, src, tgt, mod = got[0]
    assert (
        typ == "ASSAULT"
        and src[0].startswith("SOM")
        and tgt[0].startswith("KEN")
        and mod == "asserted"
    )


def test_accusation_content_is_not_an_event(coder):
    got = coded(coder, "Algeria accused Morocco of harbouring dissidents.")
    assert [g[0] for g in got] == ["ACCUSE"]
    assert got[0][1] == ["DZA"] and got[0][2] == ["MAR"]
    # an attack the accusation names is coded as well, the accused's (gold/CODING.md)
    got = coded(coder, "Algeria accused Morocco of attacking its border guards.")
    assert sorted(g[0] for g in got) == ["ACCUSE", "ASSAULT"]


def test_denial_is_negated_event_plus_reject(coder):
    got = coded(coder, "Rwanda denied that its troops had shelled Goma.")
    assault = [g for g in got if g[0] == "ASSAULT"]
    reject = [g for g in got if g[0] == "REJECT"]
    assert assault and assault[0][3] == "negated" and assault[0][1][0].startswith("RWA")
    assert assault[0][2] == ["COD"]
    assert reject and reject[0][1] == ["RWA"] and reject[0][3] == "asserted"


# -- domestic events and conventions ---------------------------------------------------------------
def test_reciprocal_agreement_codes_both_parties(coder):
    e = one(coder, "Bolivia and Paraguay signed a trade agreement on Thursday.", "SUPPORT")
    assert set(codes(e["source"]) + codes(e["target"])) == {"BOL", "PRY"}


# -- modality ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "typ", "modality"),
    [
        ("Argentina could impose sanctions on Chile.", "SANCTION", "possible"),
        ("Hungary is considering expelling Serbian diplomats.", "SANCTION", "possible"),
        ("Chile did not expel the Peruvian ambassador.", "SANCTION", "negated"),
        ("Japan's prime minister plans to visit Vietnam in June.", "CONSULT", "planned"),
        (
            "If the truce holds, Sudan and Chad will resume talks in Doha.",
            "CONSULT",
            "hypothetical",
        ),
        ("Ghana imposed sanctions on Togo on Tuesday.", "SANCTION", "asserted"),
        # a threat, warning or offer made on a condition was made: the condition is the
        # threatened (offered) act's; a modal on it or a condition before it keeps it hypothetical
        (
            "Turkey threatened air strikes unless Syria withdrew its forces from the border.",
            "THREATEN",
            "asserted",
        ),
        ("Uganda warned Kenya of sanctions if the border stayed closed.", "THREATEN", "asserted"),
        ("The union threatened a strike if wages were not raised.", "THREATEN", "asserted"),
        (
            "Ethiopia offered talks with Eritrea if the border dispute was settled.",
            "AGREE",
            "asserted",
        ),
        ("If Russia invades, NATO will threaten sanctions.", "THREATEN", "hypothetical"),
        (
            "If the talks fail, Chad could threaten Sudan with sanctions.",
            "THREATEN",
            "hypothetical",
        ),
    ],
)
def test_modality(coder, text, typ, modality):
    assert one(coder, text, typ)["modality"] == modality


# -- one event per happening, headlines, explanations ------------------------------------------------
def test_repeated_mentions_merge(coder):
    text = ("Ghana imposed sanctions on Togo on Tuesday.\n\n"
            "The sanctions imposed by Ghana on Togo are the first in a decade.")  # fmt: skip
    got = [e for e in events_of(coder, text) if e["type"] == "SANCTION"]
    assert len(got) == 1
    assert [m["sentence_index"] for m in got[0]["mentions"]] == [0, 1]


def test_headline_joins_the_body_event(coder):
    text = ("Peru expels Bolivian diplomats\n\n"
            "LIMA, May 11 - Peru on Tuesday expelled two Bolivian diplomats, the foreign ministry said.")  # fmt: skip
    got = [e for e in events_of(coder, text) if e["type"] == "SANCTION"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 2
    assert got[0]["sentence_index"] == 1


def test_explain_names_pattern_and_path(coder):
    e = one(coder, "Iran threatened to impose sanctions on Bahrain.", "THREATEN")
    x = e["explain"]
    assert x["pattern"].startswith("sanction.163") and x["wrapper"] == "threat"
    assert "source Iran/nsubj" in x["path"] and "target Bahrain/pobj" in x["path"]
    assert x["pattern_origin"].startswith("sanction.yaml:")


# -- conventions on what is and is not an event ------------------------------------------------------
def test_agreeing_to_let_investigators_in_is_a_promise_of_access(coder):
    # letting investigators in is access (RETREAT 0862); agreed to, it is promised, a CONCEDE
    # (gold/CODING.md), as "agreed to allow U.N. investigators into the town" is
    got = coded(coder, "Mali agreed to let U.N. investigators visit the town.")
    assert (
        [g[0] for g in got] == ["CONCEDE"]
        and got[0][1] == ["MLI"]
        and got[0][2][0].startswith("IGOUNO")
    )


def test_joint_exercises_are_cooperation(coder):
    e = one(coder, "French and Italian warships launched joint war games.", "COOPERATE")
    assert {e["source"][0]["country"], *(a["country"] for a in e["target"])} == {"FRA", "ITA"}


def test_confidence_is_a_probability_with_reasons(coder):
    got = events_of(
        coder, "Ghana imposed sanctions on Togo on Tuesday. Iran said it would retaliate."
    )
    assert all(0 < e["confidence"] < 1 for e in got)
    strong = next(e for e in got if e["type"] == "SANCTION")
    weak = next(e for e in got if e["type"] == "THREATEN")
    assert strong["confidence"] > weak["confidence"]  # a named target beats none
    assert "target_slot" in strong["explain"]["confidence_features"]


def test_the_two_sides_are_the_parties_told_before(coder):
    text = ("Armenian troops shelled Azerbaijani positions on Monday.\n\n"
            "Azerbaijani forces attacked Armenian villages on Tuesday.\n\n"
            "The two sides agreed to a ceasefire on Wednesday.")  # fmt: skip
    e = one(coder, text, "CONCEDE")
    assert {a["country"] for a in e["source"] + e["target"]} == {"ARM", "AZE"}


def test_talks_hosted_by_a_third_party_are_the_parties_meeting(coder):
    e = one(
        coder, "Sudan and Chad signed a border accord at talks hosted by Qatar in Doha.", "CONSULT"
    )
    assert {a["country"] for a in e["source"] + e["target"]} == {"SDN", "TCD"} and e[
        "mode"
    ] == "third-party"


def test_talks_mediated_by_an_organisation(coder):
    e = one(
        coder, "Sudan and Chad reached a deal after talks mediated by the African Union.", "CONSULT"
    )
    assert e["cameo"] == "045" and e["source"][0]["org"] == "AU"
    assert {a["country"] for a in e["target"]} == {"SDN", "TCD"}


def test_definite_description_is_the_actor_named_before(coder):
    text = ("Boko Haram militants attacked a school in Borno state on Monday.\n\n"
            "The militants kidnapped dozens of girls.")  # fmt: skip
    got = [x for x in events_of(coder, text) if x["trigger"].startswith("kidnapped")]
    assert got and got[0]["source"][0]["org"] == "BOKOHARAM"


def test_two_protests_in_two_cities_stay_two(coder):
    text = ("Protesters marched against the government in Lima on Monday.\n\n"
            "In Cusco, protesters blocked the main road to the airport.")  # fmt: skip
    assert len([e for e in events_of(coder, text) if e["type"] == "PROTEST"]) == 2


def test_not_backing_down_is_a_refusal(coder):
    got = coded(coder, "The Peruvian government said it would not back down on its pension reform.")
    assert [g[0] for g in got] == ["REJECT"] and got[0][1][0].startswith("PER")


def test_hostages_including_named_nationals(coder):
    e = one(
        coder, "The rebels released 12 hostages, including five Italians and two Greeks.", "RETREAT"
    )
    assert {a["country"] for a in e["target"]} == {"ITA", "GRC"}


def test_envoys_meeting_a_president_at_home_are_the_visitors(coder):
    e = one(coder, "Serbian President Aleksandar Vucic met the U.S. and EU envoys in Belgrade on Tuesday.",
            "CONSULT", published="2023-05-31")  # fmt: skip
    assert starts(e["target"]) == {"SRB"} and ({"USA", "EU"} & starts(e["source"]))


def test_unclaimed_bombing_is_an_unidentified_armed_actor_of_the_place(coder):
    e = one(
        coder,
        "A car bomb near the town of Kirkuk killed two Iraqi policemen on Tuesday.",
        "ASSAULT",
    )
    assert codes(e["source"]) == ["IRQUAF"] and starts(e["target"]) == {"IRQ"}
    e = one(coder, "Two Kenyan soldiers were killed by a roadside device near Mandera.", "ASSAULT")
    assert codes(e["source"]) == ["KENUAF"] and starts(e["target"]) == {"KEN"}
    assert (
        coded(coder, "Five people were killed in a car crash near Mombasa.") == []
    )  # no weapon, no attack
    # a state's weapons are the attacker the article told of
    got = coded(coder, "Russian forces shelled Kharkiv on Sunday. Rockets hit apartment blocks in Kharkiv "
                       "on Monday, killing three people.")  # fmt: skip
    assert got and all(src == ["RUSMIL"] for _t, src, _tg, _m in got)
    e = one(
        coder, "Unidentified gunmen shot dead a police officer in Kandahar on Friday.", "ASSAULT"
    )
    assert codes(e["source"]) == ["AFGUAF"]


def test_a_trip_to_two_capitals_is_two_visits(coder):
    evs = [e for e in events_of(coder, "Canada's foreign minister will travel to Nairobi and Kampala next week.", PUB)
           if e["type"] == "CONSULT"]  # fmt: skip
    assert sorted(codes(e["target"])[0] for e in evs) == ["KEN", "UGA"]
    assert {e["location"]["country"] for e in evs} == {"KEN", "UGA"} and len(
        {e["id"] for e in evs}
    ) == 2


def test_a_truce_mentioned_again_is_the_same_event(coder):
    text = ("A ceasefire between Mozambique's government and Renamo took effect on Sunday. On Tuesday the "
            "army denied that its troops had attacked a village after the truce began. A Renamo spokesman "
            "said its fighters were observing the ceasefire. Observers will monitor the truce.")  # fmt: skip
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "RETREAT"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 4, [
        (e["trigger"], e["mentions"]) for e in got
    ]


def test_a_states_armed_acts_are_its_militarys(coder):
    e = one(
        coder, "Three Afghan farmers were killed by Pakistani shelling near the border.", "ASSAULT"
    )
    assert codes(e["source"]) == ["PAKMIL"] and starts(e["target"]) == {"AFG"}
    e = one(coder, "China and Pakistan began joint naval exercises on Monday.", "COOPERATE")
    assert sorted(codes(e["source"]) + codes(e["target"])) == ["CHNMIL", "PAKMIL"]
    e = one(coder, "Peru condemned Chile on Monday.", "ACCUSE")  # not an armed act: the state
    assert codes(e["source"]) == ["PER"]


def test_parties_between_and_targets_inside_the_object(coder):
    e = one(
        coder,
        "Oman launched a mediation effort on Monday between Yemen and Saudi Arabia.",
        "CONSULT",
    )
    assert codes(e["source"])[0].startswith("OMN") and starts(e["target"]) == {"YEM", "SAU"}
    e = one(
        coder,
        "Switzerland said it was ready to host talks between a Malian rebel group and Algeria.",
        "AGREE",
    )
    assert {"MLI", "DZA"} <= starts(e["target"])
    e = one(coder, "President Mahama reneged on his commitment to Ghanaian voters.", "REJECT")
    assert starts(e["target"]) == {"GHA"}
    e = one(
        coder,
        "The Greek government refused to commit any assistance to the French-led mission in Mali.",
        "REJECT",
    )
    assert "FRA" in starts(e["target"])


def test_violence_by_demonstrators_is_a_riot(coder):
    e = one(
        coder, "Masked protesters set cars on fire and looted shops in Lyon on Saturday.", "PROTEST"
    )
    assert (
        e["cameo"] == "145"
        and codes(e["source"]) == ["FRACVL"]
        and codes(e["target"]) == ["FRAGOV"]
    )
    assert not [
        x
        for x in coded(coder, "Masked protesters set cars on fire in Lyon on Saturday.")
        if x[0] == "ASSAULT"
    ]
    e = one(coder, "Protesters and police fought running battles across Lyon.", "PROTEST")
    assert codes(e["source"]) == ["FRACVL"]
    e = one(
        coder, "Protesters attacked police officers in Lyon.", "ASSAULT"
    )  # a named target: an assault
    assert codes(e["target"]) == ["FRACOP"]


def test_a_consequence_told_of_the_event_noun_is_the_same_event(coder):
    text = ("An air strike by the Saudi-led coalition hit a market in Saada on Tuesday. The strike "
            "destroyed dozens of stalls, a local official said.")  # fmt: skip
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "ASSAULT"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 2


def test_talks_brokered_by_a_third_party(coder):
    text = "Government and rebel negotiators agreed to a ceasefire at Norwegian-brokered talks in Oslo."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "CONSULT"]
    assert got and starts(got[0]["source"]) == {"NOR"}


def test_a_verdict_on_an_act_told_before_is_an_accusation_of_its_doer(coder):
    text = ("Bolivian police arrested eight opposition activists this week. Chile detained a Bolivian "
            "journalist at Arica airport. The U.N. human rights office in Geneva said the detentions in Bolivia "
            "appeared to be politically motivated. A government spokesman rejected the criticism.")  # fmt: skip
    evs = events_of(coder, text, PUB)
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert (
        acc
        and acc[0]["source"][0]["code"].startswith("IGOUNO")
        and starts(acc[0]["target"]) == {"BOL"}
    )
    assert coded(coder, "Peru said the arrests were justified.") == []  # no disapproval


def test_whose_positions_were_struck_and_what_the_rockets_hit(coder):
    e = one(coder, "Army aircraft struck Houthi positions in Hodeidah on Sunday.", "ASSAULT")
    assert starts(e["target"]) == {"HOUTHIS"} or codes(e["target"])[0].startswith("YEMREB")
    e = one(coder, "On Monday, rockets fired by Kurdish militants from Syria hit the Turkish border town of Kilis, "
                   "killing two people.", "ASSAULT")  # fmt: skip
    assert codes(e["target"]) == ["TURCVL"]
    # reporting an event is not doing it
    got = coded(coder, "Residents of Khartoum reported heavy fighting on Sunday.")
    assert not [g for g in got if g[1] and g[1][0].endswith("CVL")]


def test_any_party_that_violates_the_truce_is_one_of_the_parties(coder):
    text = ("Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday. "
            "Washington is prepared to impose sanctions on any party that violated the agreement.")  # fmt: skip
    e = one(coder, text, "THREATEN")
    assert codes(e["target"])[0].startswith("SDN") and len(e["target"]) == 2


def test_subjects_the_parser_hides(coder):
    # a participle read as the subject; an appositive title naming the body
    e = one(
        coder,
        "The Red Cross operating in Yemen said Saudi forces must protect hospitals.",
        "REQUEST",
    )
    assert codes(e["source"])[0].startswith("NGO") and starts(e["target"]) == {"SAU"}
    e = one(
        coder,
        "Martin Griffiths, the United Nations Emergency Relief Coordinator, on Friday demanded that Ethiopia open the roads.",
        "REQUEST",
    )
    assert starts(e["source"]) == {"UN"}
    # the doer of "rocket, mortar and artillery fire" is the launcher
    e = one(
        coder,
        "Sudanese forces launched rocket, mortar and artillery fire against rebel trenches.",
        "ASSAULT",
    )
    assert codes(e["source"]) == ["SDNMIL"]


def test_a_summit_between_two_leaders_held_somewhere(coder):
    e = one(coder, "A summit between Kenya and Uganda was held in Nairobi on Monday.", "CONSULT")
    assert starts(e["source"] + e["target"]) == {"KEN", "UGA"}


def test_what_a_signed_statement_commits_to_is_the_signing(coder):
    got = coded(
        coder, "Peru and Chile signed a statement committing both sides to work toward peace."
    )
    assert [g[0] for g in got] == ["SUPPORT"]


def test_a_place_that_names_an_attack_is_not_its_doer(coder):
    got = coded(coder, "Both groups denied any involvement in the Ankara bombing.")
    assert not [g for g in got if g[0] == "ASSAULT" and g[1] == ["TUR"]]


def test_hostages_including_nationals_named_after_the_verb(coder):
    e = one(
        coder,
        "The rebels released 24 hostages on Friday, including 13 Israelis and 10 Thai nationals.",
        "RETREAT",
    )
    assert {"ISR", "THA"} <= starts(e["target"])


def test_an_unnamed_jet_is_the_military_told_before(coder):
    text = ("A Myanmar military air strike on a village in Sagaing killed 50 people on Tuesday. "
            "A fighter jet dropped bombs on the crowd in Pazigyi village, residents said.")  # fmt: skip
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "ASSAULT"]
    assert len(got) == 1 and codes(got[0]["source"]) == ["MMRMIL"] and len(got[0]["mentions"]) >= 2


def test_the_two_countries_that_brokered_talks(coder):
    text = ("Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah at talks brokered by "
            "Saudi Arabia and the United States. The two countries have brokered the talks since May.")  # fmt: skip
    evs = [e for e in events_of(coder, text, PUB) if e["type"] == "CONSULT"]
    assert (
        len(evs) == 1
        and starts(evs[0]["source"]) == {"SAU", "USA"}
        and starts(evs[0]["target"]) == {"SDN"}
    )
    assert len(evs[0]["mentions"]) == 2


def test_putting_the_army_on_alert_mobilises_the_own_army(coder):
    e = one(
        coder, "President Vucic put the army on the highest level of combat readiness.", "MOBILIZE"
    )
    assert codes(e["source"]) == ["SRBMIL"] and not e["target"]


def test_an_organisation_name_is_not_an_event(coder):
    got = coded(coder, "The National Unity Government accused the junta of war crimes.")
    assert [g[0] for g in got] == ["ACCUSE"]


def test_the_truce_that_took_effect_is_between_the_parties_told(coder):
    text = ("Ethiopian troops and Tigrayan rebels fought near Mekelle for weeks. Ethiopia and the TPLF held "
            "talks in Pretoria. The truce took effect at midnight on Friday.")  # fmt: skip
    e = one(coder, text, "RETREAT")
    assert starts(e["source"] + e["target"]) == {"ETH"} and len(e["source"] + e["target"]) == 2


def test_helpers_of_a_mediator_are_not_its_targets(coder):
    e = one(
        coder,
        "The deal, brokered by Qatar with the help of Egypt, was signed on Wednesday.",
        "CONSULT",
    )
    assert "EGY" not in starts(e["target"])


def test_what_must_be_done_is_the_demand_not_an_event(coder):
    got = coded(
        coder,
        "Tuareg rebels announced that the Malian government must agree to reforms before they disarm.",
    )
    assert [g[0] for g in got] == ["REQUEST"]
    # the circumstances of the saying are events of their own
    got = coded(
        coder,
        "A British minister said Libya must hand over the suspects as he began a visit to Egypt.",
    )
    assert {g[0] for g in got} >= {"REQUEST", "CONSULT"}


def test_a_domestic_party_meeting_abroad_keeps_its_country(coder):
    # the venue is abroad: the opposition that signs there with the government is still its own
    text = (
        "CARACAS - Venezuela's government and the opposition resumed talks on Monday. "
        "In the island nation of Barbados last month, Maduro's envoys and the opposition signed "
        "an agreement on elections."
    )
    evs = [e for e in events_of(coder, text, "2024-01-26") if e["type"] == "SUPPORT"]
    assert evs and all(a["country"] == "VEN" for e in evs for a in e["source"] + e["target"])


def test_a_meeting_the_speaker_would_hold_on_a_condition_is_an_offer(coder):
    e = one(coder, "Venezuela's opposition said it would meet government negotiators if political prisoners "
                   "were freed.", "AGREE")  # fmt: skip
    assert e["cameo"] == "036" and e["modality"] == "asserted"
    # reported by others about the parties: a hypothetical meeting, not an offer
    evs = events_of(
        coder,
        "Mediators said that if the truce holds, Sudan and South Sudan will meet in Addis Ababa.",
    )
    assert not [e for e in evs if e["type"] == "AGREE"]


def test_a_subject_group_word_may_name_the_doer_as_its_modifier(coder):
    # "peacekeeping troops" are peacekeepers; ordinary troops arriving are a deployment
    e = one(coder, "Ghanaian peacekeeping troops arrived in South Sudan on Monday.", "AID")
    assert e["cameo"] == "074" and starts(e["target"]) == {"SSD"}
    evs = events_of(coder, "Russian troops arrived in Belarus on Monday.")
    assert [e["type"] for e in evs] == ["MOBILIZE"]


def test_a_countrys_ally_or_proxy_is_not_that_country(coder):
    e = one(
        coder, "Rebels killed a commander of Russia's militia allies in eastern Syria.", "ASSAULT"
    )
    assert not [a for a in e["target"] if a["country"] == "RUS"], e["target"]


def test_refusing_an_invitation_to_a_meeting_is_aimed_at_its_members(coder):
    e = one(
        coder,
        "Slovakia rejected an invitation to a meeting of Nordic governments in Oslo.",
        "REJECT",
    )
    assert e["target"] and all(a["country"] != "SVK" for a in e["target"]), e["target"]


def test_pushing_for_an_act_is_a_request_for_it_not_the_act(coder):
    evs = events_of(
        coder, "Japan is pushing hard for Canada to support its plan on ocean plastics."
    )
    assert [e["type"] for e in evs] == ["REQUEST"] and codes(evs[0]["target"]) == ["CAN"]


def test_an_accusation_goes_on_in_gerunds_after_a_comma(coder):
    evs = events_of(coder, "Amnesty International accused Egypt of jailing critics, silencing the press "
                           "and giving cover to abusive police.")  # fmt: skip
    assert [e["type"] for e in evs] == ["ACCUSE"]
    # the accuser's own act after the comma is still its own
    evs = events_of(
        coder, "Kenya accused Somalia of harbouring militants, threatening to close the border."
    )
    assert {e["type"] for e in evs} == {"ACCUSE", "THREATEN"}


def test_a_demand_accepted_is_its_makers_not_the_accepters(coder):
    evs = events_of(
        coder,
        "The Malawian government accepted demands from opposition parties that it delay the vote.",
    )
    reqs = [e for e in evs if e["type"] == "REQUEST"]
    assert [codes(e["source"]) for e in reqs] == [["MWIOPP"]]


def test_an_accusation_hung_on_the_reported_clause_is_the_speakers(coder):
    # the parser makes "blamed" a conjunct of "were" inside what was said
    e = one(
        coder,
        "A Kremlin spokesman said on Monday that the negotiations were stalled and blamed Tbilisi "
        "for the delay.",
        "ACCUSE",
    )
    assert codes(e["source"])[0].startswith("RUS") and codes(e["target"])[0].startswith("GEO")


def test_a_conjunct_with_its_own_subject_stays_in_the_reported_clause(coder):
    got = coded(
        coder,
        "The Russian minister said that the talks were stalled and Georgian rebels blamed Kyiv.",
    )
    assert not [c for c in got if c[0] == "ACCUSE" and c[1] and c[1][0].startswith("RUS")]


def test_a_constrained_slot_looks_through_a_number(coder):
    e = one(coder, "The kidnappers returned 12 of the Nigerian pupils on Sunday.", "RETREAT")
    assert codes(e["target"])[0].startswith("NGA")


def test_a_plan_kept_by_a_wrapper_leaves_the_rest_of_the_clause_alone(coder):
    evs = events_of(coder, "Venezuela looks poised to walk away from the negotiations after Brazil threatened to "
                           "punish it with tariffs.")  # fmt: skip
    assert "THREATEN" in {e["type"] for e in evs}


def test_a_bare_plural_crowd_is_the_crowd_named_lately(coder):
    # "Albanian protesters" were named; "protesters" and "the crowd" after them are the same
    evs = events_of(
        coder,
        "Ten policemen were injured in clashes with Albanian protesters in the town of Tetovo. "
        "Police used tear gas to push the crowd back after protesters threw stones at them.",
    )
    assault = [e for e in evs if e["type"] == "ASSAULT" and e["cameo"] == "175"]
    assert assault and codes(assault[0]["target"])[0].startswith("ALB")
    thrown = [e for e in evs if e["type"] == "PROTEST"]
    assert thrown and codes(thrown[0]["source"])[0].startswith("ALB")


def test_a_bare_infinitive_after_a_coordinated_promise_is_in_the_promise(nlp):
    # the parser sometimes hangs "increase" on "asked" (as in the Chilean protests article):
    # a bare infinitive after the coordinated "promised" belongs to what was promised
    from spacy.tokens import Doc

    from dotterel.events.extract.subjects import _stray_list_verb, subject_heads

    words = [
        "Noboa",
        "asked",
        "voters",
        "for",
        "patience",
        "and",
        "promised",
        "to",
        "raise",
        "pensions",
        ",",
        "increase",
        "wages",
        "and",
        "cut",
        "rents",
        ".",
    ]
    heads = [1, 1, 1, 1, 3, 1, 1, 8, 6, 8, 8, 1, 11, 11, 11, 14, 1]
    deps = [
        "nsubj",
        "ROOT",
        "dobj",
        "prep",
        "pobj",
        "cc",
        "conj",
        "aux",
        "xcomp",
        "dobj",
        "punct",
        "xcomp",
        "dobj",
        "cc",
        "conj",
        "dobj",
        "punct",
    ]
    tags = [
        "NNP",
        "VBD",
        "NNS",
        "IN",
        "NN",
        "CC",
        "VBD",
        "TO",
        "VB",
        "NNS",
        ",",
        "VB",
        "NNS",
        "CC",
        "VB",
        "NNS",
        ".",
    ]
    pos = [
        "PROPN",
        "VERB",
        "NOUN",
        "ADP",
        "NOUN",
        "CCONJ",
        "VERB",
        "PART",
        "VERB",
        "NOUN",
        "PUNCT",
        "VERB",
        "NOUN",
        "CCONJ",
        "VERB",
        "NOUN",
        "PUNCT",
    ]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    asked, increase, raise_ = doc[1], doc[11], doc[8]
    assert _stray_list_verb(asked, increase) and not _stray_list_verb(doc[6], raise_)
    assert [t.text for t in subject_heads(increase)] == ["Noboa"]
    # "asked them to leave and promised ...": a "to" infinitive is the request's own
    assert not _stray_list_verb(asked, raise_)


def test_the_fund_and_the_bank_refer_back_only_to_a_named_fund_or_bank(coder):
    e = one(
        coder,
        "Kenya met International Monetary Fund officials in Nairobi on Monday, and the Fund's staff "
        "reached an agreement with Kenya to unlock $1 billion.",
        "AGREE",
    )
    assert codes(e["source"]) == ["IGOIMF"]
    got = coded(
        coder,
        "Russia attacked Ukraine. The fund said it had bought bonds and the fund criticised Ukraine.",
    )
    assert [c for c in got if c[0] == "ACCUSE"] == []


def test_ignoring_a_warning_of_danger_defies_no_one(coder):
    got = coded(
        coder, "Rights groups said the Malian army had ignored warnings of the raid on the village."
    )
    assert [c for c in got if c[0] == "REJECT"] == []
    e = one(coder, "Iran ignored warnings from Washington.", "REJECT")
    assert codes(e["target"]) == ["USAGOV"]


def test_a_threat_about_attacks_told_before_is_aimed_at_the_attackers(coder):
    evs = events_of(
        coder,
        "Azerbaijani troops shelled Armenian positions near the border on Sunday. A spokesman "
        "for the Armenian defence ministry warned that the attacks would not go unanswered.",
    )
    threats = [e for e in evs if e["type"] == "THREATEN"]
    assert threats and codes(threats[0]["target"])[0].startswith("AZE"), threats


def test_rejecting_a_report_answers_whoever_said_it(coder):
    evs = events_of(
        coder,
        "Gunmen attacked a village in Mali. Human Rights Watch said on Monday that Malian "
        "soldiers had executed 12 villagers. The army rejected the report as false.",
    )
    rej = [e for e in evs if e["type"] == "REJECT"]
    assert rej and codes(rej[0]["target"]) == ["NGOHRW"], rej


def test_offering_to_help_arrange_a_meeting_is_an_offer_not_aid(coder):
    evs = events_of(
        coder,
        "South Korean President Moon Jae-in has offered to help arrange a meeting between "
        "the U.S. and North Korean leaders.",
    )
    assert [e["type"] for e in evs] == ["AGREE"] and evs[0]["cameo"] != "033"
    assert "USA" in {a["country"] for a in evs[0]["target"]}
    e = one(coder, "Turkey offered to mediate between Russia and Ukraine.", "AGREE")
    assert e["cameo"] == "039"


# -- one event per happening, and per victim ------------------------------------------------------
def test_a_second_victim_of_an_arrest_is_a_second_event(coder):
    # "among them" names a part of the phrase, not someone told before
    got = coded(
        coder,
        "Ugandan police arrested 40 students on Monday, among them three opposition "
        "lawmakers who were detained at a cafe.",
        "2019-03-14",
    )
    assert got == [
        ("COERCE", ["UGACOP"], ["UGAEDU"], "asserted"),
        ("COERCE", ["UGACOP"], ["UGAOPP"], "asserted"),
    ]
    got = coded(
        coder,
        "Ugandan police detained dozens of protesters in Kampala and also detained two "
        "opposition MPs.",
        "2019-03-14",
    )
    assert [(t, s, [c[:6] for c in tg]) for t, s, tg, _ in got] == [
        ("COERCE", ["UGACOP"], ["UGACVL"]),
        ("COERCE", ["UGACOP"], ["UGAOPP"]),  # an opposition MP is OPP (sectors.yaml, gold)
    ]


def test_a_participle_after_an_attack_tells_the_same_attack(coder):
    got = coded(
        coder, "Ugandan troops shelled the town of Kasese, killing 12 people.", "2019-03-14"
    )
    assert [x[0] for x in got] == ["ASSAULT"]


def test_calling_on_a_person_with_nothing_asked_is_a_visit(coder):
    e = one(
        coder,
        "The Spanish foreign minister will call on King Mohammed VI in Rabat on Monday.",
        "CONSULT",
        "2019-03-14",
    )
    assert (starts(e["source"]), starts(e["target"]), e["cameo"], e["modality"]) == (
        {"ESP"},
        {"MAR"},
        "042",
        "planned",
    )
    e = one(
        coder,
        "Chancellor Angela Merkel called on President Vladimir Putin to free the activists.",
        "REQUEST",
        "2019-03-14",
    )
    assert starts(e["target"]) == {"RUS"}


def test_a_korean_name_after_its_title_and_its_family_name_later(coder):
    got = coded(
        coder,
        "Foreign Minister Kang Kyung-wha arrived in Tokyo on Friday. Kang offered to help "
        "arrange talks between Japan and China.",
        "2019-03-14",
    )
    assert ("AGREE", ["KORGOV"], ["JPN", "CHN"], "asserted") in got, got


# -- talks a third party brokered: the talks' time and place --------------------------------------
def test_a_brokered_talks_participle_takes_the_talks_time_and_place(coder):
    e = one(
        coder,
        "Qatar-brokered talks in Doha last March ended without a deal.",
        "CONSULT",
        "2019-08-21",
    )
    assert (e["cameo"], e["date"]["start"], e["date"]["end"], e["location"]["country"]) == (
        "045",
        "2019-03-01",
        "2019-03-31",
        "QAT",
    )


def test_an_agreement_at_talks_is_placed_at_the_talks_not_where_the_truce_applies(coder):
    text = (
        "At Norwegian-mediated talks in Oslo last November, Colombia and the FARC agreed to a truce in the "
        "province of Cauca."
    )
    for typ in ("CONSULT", "CONCEDE"):
        e = one(coder, text, typ, "2019-08-21")
        assert (e["date"]["start"], e["location"]["name"]) == ("2018-11-01", "Oslo"), (
            typ,
            e["location"],
        )


def test_backing_a_policy_with_no_one_backed_is_no_event(coder):
    # the speaker's own stated opinion of a policy; what someone else backed is still reported
    assert (
        coded(coder, "The senator said he backed stricter checks at the border.", "2019-08-21")
        == []
    )
    assert [
        x[:2] for x in coded(coder, "The envoy said Brazil backed the new measures.", "2019-08-21")
    ] == [("SUPPORT", ["BRA"])]
    e = one(coder, "Brazil backed Argentina's bid on Monday.", "SUPPORT", "2019-08-21")
    assert codes(e["target"]) == ["ARG"]


def test_the_jets_scrambled_are_the_mobilizers_own_not_a_target(coder):
    assert coded(coder, "China scrambled fighter jets on Tuesday.", "2019-08-21") == [
        ("MOBILIZE", ["CHNMIL"], [], "asserted")
    ]


def test_offering_to_help_bring_parties_together_is_an_offer_to_mediate(coder):
    e = one(
        coder,
        "Norway offered to help arrange talks between Colombia and the FARC.",
        "AGREE",
        "2019-03-14",
    )
    assert (e["cameo"], starts(e["target"])) == ("039", {"COL"})
    # helping to end a war is not the helper's own concession
    assert [x[0] for x in coded(coder, "Turkey agreed to help end the war.", "2019-03-14")] == [
        "AGREE"
    ]


def test_a_later_mention_names_the_place_of_a_visit_more_closely(coder):
    e = one(
        coder,
        "Prime Minister Narendra Modi will travel to Nepal next week. In Kathmandu he will meet "
        "Nepali leaders.",
        "CONSULT",
        "2019-03-14",
    )
    assert (e["location"]["name"], len(e["mentions"])) == ("Kathmandu", 2)


def test_a_described_militia_is_of_the_country_the_story_is_about(coder):
    # "a newly formed militia", "a self-defence force" with no country named: the story's
    # country, like rebels or police (irregulars raised where they fight)
    text = (
        "Kenya's government extended a curfew in the north on Monday. "
        "A newly formed militia threatened to attack police stations in the region."
    )
    e = one(coder, text, "THREATEN")
    assert codes(e["source"]) == ["KENUAF"]


def test_considering_a_protest_unless_is_a_threat(coder):
    # the unless clause (on "considering" or on the act) holds the strike over the other side
    e = one(
        coder,
        "Kenyan teachers are considering going on strike unless the government raises pay.",
        "THREATEN",
    )
    assert codes(e["source"]) == ["KENEDU"] and e["cameo"] == "133" and e["modality"] == "asserted"
    # considered on an "if" it stays a possible protest
    e = one(
        coder,
        "Kenyan teachers are considering going on strike if the government cuts pay.",
        "PROTEST",
    )
    assert e["modality"] == "possible"


def test_a_singular_crowd_word_heads_people_of_a_named_country(coder):
    # "a group of Serb nationalists": a singular head from the people_of_heads word class
    # (a plural head qualifies by its tag alone) names the country's people
    evs = events_of(coder, "A group of Serb nationalists attacked the police station on Monday.")
    assault = [e for e in evs if e["type"] == "ASSAULT"]
    assert assault and codes(assault[0]["source"]) == ["SRBCVL"]


def test_hosted_talks_are_the_parties_meeting(coder):
    # gold/CODING.md: talks a third party hosts are the parties' meeting (044, third-party);
    # only a host said to mediate or broker is the source of a 045
    e = one(coder, "Norway hosted negotiations between Colombia and Venezuela in Oslo.", "CONSULT")
    assert e["cameo"] == "044" and e["mode"] == "third-party", e
    assert starts(e["source"]) == {"COL", "VEN"} and not e["target"], e
    e = one(coder, "Algeria mediated talks between Mali and the Tuareg rebels.", "CONSULT")
    assert e["cameo"] == "045" and starts(e["source"]) == {"DZA"}, e
    text = (
        "Chad and Sudan traded accusations over the border raids. "
        "Niger hosted talks between the two neighbours on Monday."
    )
    # parties named only as "the two neighbours": the parties told before met, with the host
    # as a third party (044, as "hosted talks between the rivals" in test_event_causes_s6.py)
    talks = [x for x in events_of(coder, text) if x["type"] == "CONSULT"]
    assert [x["cameo"] for x in talks] == ["044"] and not talks[0]["target"], talks
    assert starts(talks[0]["source"]) == {"TCD", "SDN"}, talks
