"""Coordination: conjoined verbs, clauses, infinitives and objects: each conjunct its own event
with the right subject and modality."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys, parties
from tests.helpers import (
    PUB_2023_10_06,
    _of_type,
    coded_2021_05_12,
    coded_2023_03_15,
    found_2024_05_02,
    found_2024_05_15,
    found_2026_03_18,
    found_2026_06_12,
    found_2026_11_20,
    found_2026_11_23,
    found_2026_11_28,
    found_2026_11_30,
)


def _assaults(coder, text):
    return [e for e in events_of(coder, text, PUB_2023_10_06) if e["type"] == "ASSAULT"]


DAY = "2026-11-30"


def rows(coder, text: str) -> list[tuple]:
    return [(e["type"], e["modality"]) for e in events_of(coder, text, DAY)]


PUB = "2021-05-12"


def coded(coder, text: str) -> list[tuple]:
    return [
        (e["type"], e["cameo"], [a["code"] for a in e["source"]], e["modality"])
        for e in events_of(coder, text, PUB)
    ]


def kinds(coder, text: str) -> list[tuple]:
    return [(t, m) for t, _, _, m in coded(coder, text)]


found = finder("2025-03-05")


def test_tear_gas_and_live_rounds_are_two_acts(coder):
    got = _assaults(
        coder, "Police fired tear gas and live rounds at protesters in Lusaka on Tuesday."
    )
    assert len(got) == 2, got
    assert {e["cameo"] for e in got} >= {"175"} and len({e["cameo"] for e in got}) == 2, got
    assert all([a["code"] for a in e["source"]] == ["ZMBCOP"] for e in got), got
    assert len({e["id"] for e in got}) == 2, got


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas and live ammunition at students in Lusaka on Tuesday.",
        "Police used water cannon and live ammunition against marchers in Dhaka on Monday.",
    ],
)
def test_second_weapon_with_a_verb_homograph_modifier_is_its_own_act(coder, text):
    # 'live' read as a verb joined to the firing verb, and the conjoined noun's own modifier
    # outside the verb's frame, lost the shooting
    got = _assaults(coder, text)
    assert {e["mode"] for e in got} == {"crowd-control", "firearms"}, got


def test_tear_gas_and_rubber_bullets_are_one_act(coder):
    got = _assaults(
        coder, "Police fired tear gas and rubber bullets at protesters in Lusaka on Tuesday."
    )
    assert len(got) == 1, got


def test_rockets_and_mortars_are_one_act(coder):
    got = _assaults(coder, "The army fired rockets and mortars at the rebel town on Tuesday.")
    assert len(got) == 1, got


def test_drones_and_missiles_are_one_barrage(coder):
    got = _assaults(coder, "Russia fired 200 drones and 30 missiles at Moldova overnight.")
    assert len(got) == 1, got


def test_a_later_infinitive_of_a_wish_for_anothers_act_is_no_act(coder):
    # the parser gives "the navy" to the first infinitive: the second shares it as its doer
    got = rows(coder, "Uruguay wants the navy to regroup and to attack the pirates.")
    assert not [r for r in got if r[0] == "ASSAULT"], got


def test_a_hedged_appeal_keeps_its_later_infinitive(coder):
    # "considering" hedges the asking, and the asking governs the extradition, though its
    # first infinitive codes nothing: no extradition told as done
    text = "The senator was considering asking Paraguay to wait and to extradite the smuggler."
    got = rows(coder, text)
    assert not [r for r in got if r[0] == "COOPERATE"], got
    assert ("REQUEST", "possible") in got, got


def test_an_expected_appeal_in_a_later_infinitive_is_not_told_as_made(coder):
    text = "Ecuador expects the envoy to wait and to urge Peru to free the hostages."
    got = rows(coder, text)
    assert not [r for r in got if r[1] == "asserted"], got


def test_what_an_expected_appeal_asks_for_is_no_act(coder):
    text = "Ecuador expects the envoy to urge Peru to free the hostages."
    got = rows(coder, text)
    assert not [r for r in got if r[0] == "RETREAT"], got


def test_a_suggestion_to_another_is_an_appeal_in_each_infinitive(coder):
    # "suggested Peru to ...": Peru is to act, so the suggestion asks it to; no threat
    for text in (
        "Argentina suggested Peru to wait and to attack the smugglers.",
        "Argentina suggested Peru to attack the smugglers.",
    ):
        got = rows(coder, text)
        assert not [r for r in got if r[0] in ("THREATEN", "ASSAULT")], (text, got)
        assert [r for r in got if r[0] == "REQUEST"], (text, got)


def test_later_infinitives_of_an_agreement_or_plan_stay_acts(coder):
    got = rows(coder, "Chile agreed to withdraw and to release the prisoners.")
    assert ("CONCEDE", "asserted") in got, got
    got = rows(coder, "Guyana plans to regroup and to attack the smugglers.")
    assert ("ASSAULT", "planned") in got, got
    assert ("ASSAULT", "asserted") not in got, got


def test_each_denied_clause_is_denied(coder):
    for text in (
        "Guyana denied that it had shelled the village and that it had arrested the mayor.",
        "Guyana denied that it had shelled the village and arrested the mayor.",
    ):
        got = rows(coder, text)
        assert ("COERCE", "negated") in got, (text, got)
        assert ("COERCE", "asserted") not in got, (text, got)


def test_a_second_that_clause_telling_anothers_act_is_no_threat(coder):
    text = (
        "Ecuador warned that its troops would attack the rebels and that Chile had deployed troops."
    )
    evs = events_of(coder, text, DAY)
    threats = [e for e in evs if e["type"] == "THREATEN"]
    assert all(e["trigger"] != "warned deployed troops" for e in threats), evs
    assert [e for e in evs if e["type"] == "MOBILIZE" and e["source"][0]["country"] == "CHL"], evs


def test_a_later_verb_of_a_hoped_clause_is_hoped_with_its_doer(coder):
    evs = events_of(coder, "Guyana hopes Suriname will regroup and arrest the smugglers.", DAY)
    got = [(e["type"], e["modality"], e["source"][0]["country"]) for e in evs]
    assert ("COERCE", "possible", "SUR") in got, got
    assert not [g for g in got if g[1] == "asserted"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Kenyan police arrested two journalists and seized their laptops on Monday.",
                     [("COERCE", "asserted"), ("COERCE", "asserted")], id="arrested_and_seized"),
        pytest.param("The French foreign minister condemned the bombing and demanded an investigation.",
                     [("ACCUSE", "asserted"), ("REQUEST", "asserted")], id="condemned_and_demanded"),
        pytest.param("Egypt denied the allegations and accused Israel of lying.",
                     [("REJECT", "asserted"), ("ACCUSE", "asserted")], id="denied_and_accused"),
        pytest.param("Ethiopia's army shelled the border town and blockaded the port of Assab.",
                     [("ASSAULT", "asserted"), ("PROTEST", "asserted")], id="shelled_and_blockaded"),
    ],
)  # fmt: skip
def test_each_conjoined_verb_phrase_is_an_event(coder, text, want):
    assert kinds(coder, text) == want


def test_a_second_protest_in_a_conjoined_clause_is_not_the_firsts_purpose(coder):
    # the rally does not swallow the boycott, nor take its target (parliament)
    evs = events_of(coder, "The Venezuelan opposition said it would hold a rally on Friday and "
                           "would boycott parliament.", PUB)  # fmt: skip
    got = sorted((e["cameo"], e["modality"], [a["code"] for a in e["target"]]) for e in evs)
    assert got == [("141", "planned", ["VENGOV"]), ("143", "planned", ["VENLEG"])]


def test_an_announced_boycott_is_a_planned_protest_and_on_a_condition_a_threat(coder):
    assert coded(coder, "Bolivia's main opposition party said it would boycott the election.") == [
        ("PROTEST", "143", ["BOLOPP"], "planned")
    ]
    got = coded(coder, "Bolivia's main opposition party said it would boycott the election unless "
                       "the government freed its leader.")  # fmt: skip
    assert [(t, m) for t, _, _, m in got] == [("THREATEN", "asserted")]
    # a boycott of all dealings with someone is held over them: a threat
    got = coded(
        coder, "Bolivia's main opposition party said it would boycott all contact with Peru."
    )
    assert [(t, m) for t, _, _, m in got] == [("THREATEN", "asserted")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Sudan threatened to expel the Chadian ambassador and impose sanctions on Chad.",
                     ["136", "1312"], id="threatened_to_x_and_y"),
        pytest.param("Sudan said it would expel the Chadian ambassador and impose sanctions on Chad "
                     "unless Chad closed the rebel camps.", ["136", "1312"], id="would_x_and_y"),
    ],
)  # fmt: skip
def test_a_wrapper_governs_each_conjoined_infinitive(coder, text, want):
    got = coded(coder, text)
    assert [c for _, c, _, _ in got] == want
    assert {(t, s[0], m) for t, _, s, m in got} == {("THREATEN", "SDN", "asserted")}


def test_conjoined_sanctions_announced_with_no_condition_are_planned(coder):
    # gold/CODING.md: a sanction announced with no condition is that sanction, planned
    got = coded(
        coder, "Sudan said it would expel the Chadian ambassador and impose sanctions on Chad."
    )
    assert [c for _, c, _, _ in got] == ["166", "163"], got
    assert {(t, s[0], m) for t, _, s, m in got} == {("SANCTION", "SDN", "planned")}


def test_a_past_verb_hung_on_the_infinitive_is_not_what_was_agreed(coder):
    # "gave" is no infinitive under "agreed", whatever the parser hangs it on
    got = coded(coder, "The European Union agreed to impose sanctions on Belarus and gave "
                       "backing to wider measures.")  # fmt: skip
    assert [t for t, _, _, _ in got] == ["SANCTION"]


def test_two_conjoined_acts_of_one_kind_stay_one(coder):
    got = coded(coder, "The rebels agreed to free the hostages and release the prisoners.")
    assert [t for t, _, _, _ in got] == ["CONCEDE"]


def test_a_promise_or_demand_of_two_acts_is_two_events(coder):
    # gold/CODING.md: one event per act demanded, threatened or promised
    got = coded(coder, "The rebels agreed to free the hostages and to withdraw their fighters "
                       "from the town.")  # fmt: skip
    assert [t for t, _, _, _ in got] == ["CONCEDE", "CONCEDE"]
    got = coded(coder, "The African Union urged Khartoum to agree to a truce and to free the "
                       "detained journalists.")  # fmt: skip
    assert [t for t, _, _, _ in got] == ["REQUEST", "REQUEST"], got
    # a choice offered is one demand
    got = coded(
        coder, "The UN urged the Egyptian authorities to release the blogger or charge him."
    )
    assert [t for t, _, _, _ in got] == ["REQUEST"], got


def test_conjoined_saying_verbs_are_no_events(coder):
    assert coded(coder, "The spokesman said and added that talks would continue.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the small parser reads "blocked highways" as a noun phrase joined to the verb
        pytest.param("Farmers rallied outside the ministry and blocked highways.",
                     [("PROTEST", "141"), ("PROTEST", "144")], id="rallied_and_blocked_bare_plural"),
        pytest.param("Students marched through the city and occupied buildings.",
                     [("PROTEST", "141"), ("PROTEST", "144")], id="marched_and_occupied_bare_plural"),
    ],
)  # fmt: skip
def test_participle_joined_to_a_verb_is_a_verb(coder, text, want):
    assert [(t, c[:3]) for t, c, _, _ in coded(coder, text)] == want


def test_participle_joined_to_a_noun_stays_a_modifier():
    from dotterel.nlp import parse

    doc = next(iter(parse(["Police seized weapons and stolen cars."])))
    assert doc[4].dep_ == "amod" and doc[5].head == doc[2]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        pytest.param("Chile agreed and signed the trade accord with Peru.", [("SUPPORT", "057")],
                     id="agreed_and_signed"),
        pytest.param("Egypt agreed to talks and signed a trade pact with Sudan.",
                     [("AGREE", "036"), ("SUPPORT", "057")], id="agreed_to_talks_and_signed"),
    ],
)  # fmt: skip
def test_bare_agreement_joined_to_a_signature_is_the_signature(coder, text, want):
    assert [(t, c) for t, c, _, _ in coded(coder, text)] == want


@pytest.mark.parametrize(
    "text",
    ["The EU extended the deadline for Hamas to release the hostages.",
     "Israel set a deadline for Hezbollah to withdraw from the border."],
)  # fmt: skip
def test_act_due_by_a_deadline_is_not_done(coder, text):
    assert not [t for t, _, _, _ in coded(coder, text) if t in ("RETREAT",)]


def test_an_appeal_gapped_in_the_second_conjunct_is_addressed_to_its_subject(coder):
    text = "The UN urged Ethiopia to allow aid into Tigray and Eritrea to release the prisoners."
    req = found(coder, text, "REQUEST")
    assert [next(iter(keys(e["target"]))) for e in req] == ["ETH", "ERI"], req
    text = "Washington urged Uganda to withdraw its troops and the rebels to halt their advance."
    req = found(coder, text, "REQUEST")
    assert len(req) == 2 and keys(req[0]["target"]) == {"UGA"}, req
    # the second, gapped request is addressed to the rebels, not Uganda again
    assert [t["sector"] for t in req[1]["target"]] == [["REB"]], req
    # "halted the advance of": something else's advance, no military de-escalation
    text = "The central bank halted the advance of the currency."
    assert not found(coder, text, "RETREAT"), events_of(coder, text, "2025-03-05")


def test_two_verbs_with_one_object_are_one_act(coder):
    e = found_2026_06_12(
        coder, "Kenya condemned and denounced the attack on the embassy in Mogadishu.", "ACCUSE"
    )
    assert len(e) == 1, e


def test_a_conjunct_with_its_own_subject_stays_in_the_reported_clause(coder):
    got = coded_2021_05_12(
        coder,
        "The Russian minister said that the talks were stalled and Georgian rebels blamed Kyiv.",
    )
    assert not [c for c in got if c[0] == "ACCUSE" and c[1] and c[1][0].startswith("RUS")]


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


def test_two_clauses_with_two_doers_of_one_state_are_two_acts(coder):
    text = ("In July the U.S. Treasury imposed sanctions on a Brazilian judge, and President "
            "Donald Trump raised tariffs on Brazilian goods to 50%.")  # fmt: skip
    e = found_2026_03_18(coder, text, "SANCTION")
    assert len(e) == 2, e
    # a clause reported by the other is not a coordinated act of its own
    text = ("The Argentine presidential spokesman dismissed the strike as political and said the "
            "government would not back down on the reforms.")  # fmt: skip
    assert len(found_2026_03_18(coder, text, "REJECT")) == 1
    # one doer told twice in one sentence is still one act
    text = "Kenyan police arrested the opposition leader on Monday and detained him in Nairobi."
    assert len(found_2026_03_18(coder, text, "COERCE")) == 1


def test_a_clause_coordinated_with_a_must_demand_keeps_its_own_act():
    from dotterel.events.extract import candidates
    from dotterel.events.lexicon import default_lexicon
    from dotterel.nlp import parse

    text = (
        "The Indian spokesman said deportees must be treated with dignity and that New Delhi had "
        "asked Washington not to shackle them on the flights."
    )
    sent = next(next(iter(parse([text]))).sents)
    cands = candidates(sent, default_lexicon())
    assert {c.trigger.lower_ for c in cands if c.type == "REQUEST"} == {"treated", "asked"}, cands


def test_finite_verb_joined_to_a_gerund_is_its_own_act(coder):
    text = (
        "Zambia's government accused Malawi on Tuesday of sending troops across the border "
        "and called on the U.N. Security Council to hold an emergency meeting."
    )
    evs = found_2026_11_20(coder, text, "REQUEST")
    assert evs and keys(evs[0]["source"]) == {"ZMB"}, evs
    assert found_2026_11_20(coder, text, "ACCUSE")
    # joined to an infinitive under the gerund
    text = (
        "Zambia accused Malawi of sending soldiers across the border to reinforce the rebels "
        "and called on the African Union to hold an emergency summit."
    )
    assert found_2026_11_20(coder, text, "REQUEST") and found_2026_11_20(coder, text, "ACCUSE")


def test_a_past_verb_joined_to_the_infinitive_of_an_appeal_is_the_appealer_act(coder):
    # "offered" is no second thing the leaders are urged to do: Kenya's own offer
    text = ("Fighting between Ghana and Togo killed 12 soldiers near the border on Monday. "
            "Kenya's president urged both leaders to stop the fighting and offered to host the "
            "two sides in Nairobi.")  # fmt: skip
    evs = found_2026_11_20(coder, text, "AGREE")
    assert evs and keys(evs[0]["source"]) == {"KEN"}, evs
    assert found_2026_11_20(coder, text, "REQUEST")


def test_a_second_object_with_a_participle_stays_a_participle():
    from dotterel.nlp import parse

    doc = next(iter(parse(["Officials showed reporters the weapons seized at the border."])))
    seized = next(t for t in doc if t.lower_ == "seized")
    assert seized.dep_ == "acl" and seized.head.lower_ == "weapons"


def test_plan_after_coordinated_names_is_a_verb(coder):
    text = "The United States and South Korea plan to hold joint air drills next month."
    evs = found_2026_11_23(coder, text, "COOPERATE")
    assert evs and all(e["modality"] == "planned" for e in evs), evs
    assert {k for e in evs for k in parties(e)} == {
        "USA",
        "KOR",
    }


def test_a_second_infinitive_of_an_appeal_is_asked_for(coder):
    text = (
        "The Arab League chief called on Damascus to comply with the resolutions and to resume talks "
        "with the Kurdish-led forces, his office said."
    )
    evs = events_of(coder, text, "2026-11-26")
    assert not [e for e in evs if e["type"] == "CONSULT"], evs
    assert "026" in {e["cameo"] for e in evs if e["type"] == "REQUEST"}, evs


def test_a_later_infinitive_passes_the_same_guards_as_the_first():
    # "requested foreign troops to ... fight the gangs" asks for the troops (the verb's own
    # object first), not for a fight: a later infinitive of the appeal is held to that as
    # the first one is, and gives no appeal to fight
    from dotterel.events.extract.sentence import candidates
    from dotterel.events.lexicon import default_lexicon
    from dotterel.nlp import parse

    text = "Peru requested foreign troops to stand by and to fight the gangs."
    sent = next(next(iter(parse([text]))).sents)
    cands = candidates(sent, default_lexicon())
    assert not [c for c in cands if c.trigger.lower_ == "fight"], cands
    assert [c.trigger.lower_ for c in cands if c.type == "REQUEST"] == ["requested"], cands


def test_a_phrase_after_conjoined_objects_belongs_to_the_first_one(coder):
    text = "Iran fired 200 drones and 30 missiles at Israeli towns overnight into Sunday."
    evs = found_2026_11_30(coder, text, "ASSAULT")
    assert evs and "ISR" in keys(evs[0]["target"]), evs
    assert not found_2026_11_30(coder, text, "MOBILIZE")
    evs = found_2026_11_30(coder, "Iran fired 40 drones at Israeli towns on Sunday.", "ASSAULT")
    assert evs and evs[0]["cameo"] == "195", evs
    # missiles fired with no target stay a show of force
    assert found_2026_11_30(
        coder, "Iran fired two missiles and a satellite rocket on Sunday.", "MOBILIZE"
    )


def test_a_conjunct_known_only_by_its_nationality_is_a_target_too(coder):
    text = "Canada froze the assets of nine Iranian individuals and three companies on Friday."
    evs = found_2026_11_28(coder, text, "SANCTION")
    assert evs and all("IRN" in keys(e["target"]) for e in evs), evs


def test_a_verb_joined_after_a_date_is_its_own_planned_event(coder):
    got = coded_2023_03_15(
        coder, "The opposition party said it would hold a rally on Friday and boycott parliament."
    )
    kinds = [(t, c, m) for t, c, _, _, m in got]
    assert ("PROTEST", "143", "planned") in kinds and ("PROTEST", "141", "planned") in kinds
    boycott = next(e for e in got if e[1] == "143")
    assert boycott[3] and boycott[3][0].endswith("LEG")


def test_accusing_them_after_a_coordinated_object_accuses_all_of_them(coder):
    text = (
        "Canada on Wednesday imposed sanctions on two Ugandan generals and three ADF commanders, "
        "accusing them of directing attacks in eastern Congo."
    )
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["UGAMIL", "CODREBADF"], evs
    # "one of his deputies" are no lawmakers: the accused are those expelled
    text = (
        "Burkina Faso has ordered the expulsion of the country director of the Danish Refugee "
        "Council and one of his deputies, accusing them of collecting security information."
    )
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["target"]) == ["DNKNGODRC"], evs


def test_his_after_a_coordinated_person_is_that_person(kb):
    from tests.helpers import mention_codes, mentions

    text = (
        "Donald Trump spoke in Washington on Monday. Mike Pompeo pressed for an accord with "
        "Egyptian president Abdel Fattah el-Sisi and his foreign minister last autumn."
    )
    assert mention_codes(mentions(kb, text, "2018-04-13"), "his foreign minister") == ["EGYGOV"]


def test_the_forces_sent_or_joined_are_no_target(coder):
    evs = events_of(
        coder,
        "The Ugandan president has repeatedly threatened to send his troops to confront the "
        "rebels' backers.",
        "2024-05-02",
    )
    threats = _of_type(evs, "THREATEN")
    assert threats and not threats[0]["target"], threats
    evs = events_of(
        coder,
        "The Sudanese general courted Cairo and Riyadh and joined forces with both to isolate "
        "the rebels.",
        "2024-05-02",
    )
    joint = _of_type(evs, "COOPERATE")
    # the forces joined are no target; "both" are the two just courted (actors/resolve
    # anaphora.py _both)
    assert joint and {a["country"] for a in joint[0]["target"]} == {"EGY", "SAU"}, joint
    evs = events_of(coder, "Kenya sent troops to Somalia in 2011.", "2024-05-02")
    sent = _of_type(evs, "MOBILIZE")
    assert sent and sent[0]["target"][0]["country"] == "SOM", sent


@pytest.mark.parametrize("text, typ, target", [
    ("The Ugandan foreign minister thanked the African Union for its support and urged it to send more troops.",
     "REQUEST", "AU"),
    ("Ukraine's foreign minister praised Qatar on Monday and asked it to keep mediating with Russia.", "REQUEST", "QAT"),
])  # fmt: skip
def test_it_after_a_coordinated_object_is_that_object(coder, text, typ, target):
    e = found_2024_05_15(coder, text, typ)
    assert e and target in keys(e[0]["target"]), e


def test_a_second_reported_clause_without_a_subject_shares_the_first_ones(coder):
    """ "said he regretted X, but also congratulated Y": the parser hangs "congratulated" on
    "said" as a clause of its own; its doer is the first clause's subject."""
    e = found_2024_05_02(
        coder,
        "Kenya's foreign minister said he regretted Uganda's decision to close the border last "
        "month, but also congratulated President Yoweri Museveni on his re-election.",
        "SUPPORT",
    )
    assert e and codes(e[0]["source"]) == ["KENGOV"] and keys(e[0]["target"]) == {"UGA"}, e


def test_second_verb_shares_the_subject_of_a_name_the_tagger_reads_as_plural(coder):
    # a country's name opening a paragraph is tagged as a plural noun ("Hungary" NNS); the
    # conjoined singular verb is still its act, not the reporting agency's (invented text)
    text = (
        "Poland-Hungary row - live\n\n"
        'The European Commission urges both governments to "de-escalate".\n\n'
        "Hungary expels two Polish diplomats in response and recalls its ambassador from "
        "Warsaw for consultations, the state news agency MTI reports."
    )
    e = [x for x in events_of(coder, text, "2026-11-24") if x["cameo"] == "161"]
    assert [keys(x["source"]) for x in e] == [{"HUN"}], e


def test_a_promise_noun_whose_first_infinitive_names_no_event_keeps_the_second(coder):
    # "to cut taxes" is no event: the concession conjoined to it is what is promised
    text = "Opposition leaders welcomed the Bulgarian government's promises to cut taxes and to make concessions to the opposition."
    got = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "CONCEDE"]
    assert got and codes(got[0]["source"])[0].startswith("BGR"), events_of(
        coder, text, "2024-05-02"
    )


@pytest.mark.parametrize(
    ("text", "typ", "target"),
    [
        # a demand told beside an accusation: made of the one accused
        ("Opposition lawmakers in Zambia accused the government of breaking the law by signing "
         "the mining deal and demanded that the contract be put to a vote.", "REQUEST", "ZMB"),
        # a sanction weighed in a clause of the same doer's demand
        ("The Chinese foreign ministry demanded that Washington cancel the arms sale and said "
         "Beijing was considering further sanctions.", "SANCTION", "USA"),
        # a protest lodged in a reported clause beside a condemnation
        ("Japan's prime minister condemned North Korea's missile launch and said Tokyo had "
         "lodged a strong protest.", "ACCUSE", "PRK"),
        # a denial beside a demand named the other way round
        ("The Greek shipping company denied any link to Israel and demanded that the Houthis "
         "free the crew.", "REJECT", "YEM"),
    ],
)  # fmt: skip
def test_an_act_of_quarrel_naming_no_one_shares_its_joined_acts_target(coder, text, typ, target):
    """One doer's acts of quarrel told together by coordinated verbs, or by a clause its verb
    governs, are aimed at one adversary: the act that names no one takes the other's target
    (events/builder/siblings.py)."""
    got = found_2024_05_02(coder, text, typ)
    assert got and all(target in keys(e["target"]) for e in got), got


def test_a_cooperative_act_beside_a_sanction_is_not_aimed_at_its_target(coder):
    # aid pledged beside sanctions is for someone else: the pledge takes no target from them
    text = "The European Union imposed sanctions on Russia and pledged more aid."
    got = [e for e in events_of(coder, text, "2024-05-02") if e["type"] in ("AGREE", "AID")]
    assert got and all("RUS" not in keys(e["target"]) for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused the president of rigging the vote and urged supporters to "
        "stay calm.",
        "The union accused the government of betraying workers and urged members to return "
        "to work.",
    ],
)
def test_an_appeal_to_its_own_side_takes_no_target_from_a_joined_accusation(coder, text):
    # an appeal's object is whom it is addressed to: the doer's own supporters or members
    # (dropped as a target) are not the adversary the accusation beside it names
    got = found_2024_05_02(coder, text, "REQUEST")
    assert got and all(not e["target"] for e in got), got
