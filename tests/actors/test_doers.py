"""Doers: whose act it is when the sentence does not plainly name the doer (agentless arrests,
releases and convictions, unclaimed and claimed attacks, possessives, doers told before)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys
from tests.helpers import (
    _of_type,
    _typed_2025_03_12,
    found_2001_03_02,
    found_2003_05_06,
    found_2011_03_09,
    found_2019_02_20,
    found_2019_10_14,
    found_2021_06_09,
    found_2021_09_14,
    found_2022_03_09,
    found_2025_05_05,
    found_2026_06_12,
    found_2026_11_20,
    found_2026_11_25,
    mentions,
    named,
    one,
    rejects,
    starts,
)
from tests.helpers import _typed_2025_04_08 as _typed
from tests.helpers import coded_2021_05_12 as coded

PUB = "2024-05-02"
found = finder("2024-05-02")
LONG_STORY = (
    "Aid agencies say the camps of north-east Syria hold thousands of families. Syria's war "
    "has left the region divided among armed groups. Relief workers describe crowded tents "
    "and little clean water. "
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The chairman of the ECOWAS Commission urged Guinea on Friday to free the detainees.",
         "IGOWAF"),
        ("The president of the Inter-American Development Bank visited Quito on Monday.",
         "IGOIDB"),
    ],
)  # fmt: skip
def test_an_office_of_a_body_acts_for_the_body(coder, text, want):
    # "the chairman of X", like "the head of X": the office holder, named by office only, is
    # the body or state the office is of
    evs = events_of(coder, text, "2026-10-02")
    assert evs and any(c.startswith(want) for c in codes(evs[0]["source"])), evs


def test_a_claim_two_sentences_back_is_not_answered(coder):
    text = ("Cambodia said Thai troops shelled two of its border villages on Monday. Heavy rain "
            "fell across the region on Tuesday. Markets stayed closed in the capital. Thailand "
            "denied that its soldiers had fired first.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][3] == [], got


def test_a_part_of_the_attackers_is_of_the_group_that_attacked(coder):
    text = ("Fighters of the al Qaeda-linked group JNIM attacked an army post in northern Benin "
            "on Monday. Benin's army said on Tuesday it had killed 15 of the attackers as they "
            "fled towards the border.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "ASSAULT" and g[2] == ["BENMIL"]]
    assert got and got[0][3] == ["IMGALQJNM"], got


def test_partners_of_the_doer_are_doers_too(coder):
    text = "Niger quit ECOWAS in January together with Mali and Burkina Faso."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "SANCTION"]
    assert got and got[0][2] == ["NER", "MLI", "BFA"] and got[0][3] == ["IGOWAF"], got
    text = "France, together with Germany, urged Iran to resume talks on its nuclear programme."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "REQUEST"]
    assert got and got[0][2] == ["FRA", "DEU"] and got[0][3] == ["IRN"], got
    text = "Kenyan troops, along with Ugandan soldiers, attacked al Shabaab positions near Kismayo."
    got = [g for g in event_rows(coder, text, PUB) if g[0] == "ASSAULT"]
    assert got and set(got[0][2]) == {"KENMIL", "UGAMIL"}, got


def test_an_acronym_opening_a_sentence_codes_its_act(coder):
    text = "ABUJA (Reuters) - ECOWAS imposed sanctions on the Malian junta on Sunday."
    e = found_2026_06_12(coder, text, "SANCTION")
    assert e and codes(e[0]["source"]) == ["IGOWAF"], e


def test_a_group_called_by_name_claims_the_attack(coder):
    text = (
        "KARACHI (Reuters) - A bomb exploded near a police station in Karachi on Sunday. A "
        "little-known group called the Sindh Liberation Front claimed responsibility for the "
        "bombing on Monday."
    )
    e = [x for x in events_of(coder, text, "2026-06-12") if x["type"] == "ASSAULT"]
    assert e and all(a["name"] == "Sindh Liberation Front" for a in e[-1]["source"]), e


def test_people_a_state_releases_told_detained_with_no_agent_were_detained_by_it(coder):
    text = (
        "DUSHANBE (Reuters) - Tajikistan will release 12 Kyrgyz shepherds who were detained "
        "in May after straying across the frontier, the foreign ministry said on Tuesday."
    )
    arrests = _typed_2025_03_12(coder, text, "COERCE")
    assert arrests and arrests[0]["source"][0]["country"] == "TJK", arrests


def test_people_a_state_frees_told_convicted_with_no_agent_were_convicted_by_its_courts(coder):
    text = "Moscow freed three American reporters who were convicted of espionage last year."
    convictions = _typed_2025_03_12(coder, text, "SANCTION")
    assert convictions and codes(convictions[0]["source"]) == ["RUSJUD"], convictions


def test_the_possessive_of_an_arrest_is_the_one_arrested_not_the_doer(coder):
    text = (
        "Zambian opposition leader Hakainde Mbewe addressed supporters in Lusaka on Monday. "
        "Home affairs minister Peter Banda later ordered his arrest."
    )
    arrests = _typed(coder, text, "COERCE")
    assert arrests, arrests
    assert [a["sector"] for a in arrests[0]["source"]] == [["GOV"]], arrests
    assert codes(arrests[0]["target"]) == ["ZMBOPP"], arrests


def test_the_possessive_of_a_release_demanded_is_the_one_to_be_freed(coder):
    text = (
        "Ugandan police detained the activist Grace Nakato on Friday. Rights groups on Sunday "
        "demanded her release."
    )
    asks = _typed(coder, text, "REQUEST")
    assert asks and "OPP" in asks[0]["target"][0]["sector"], asks


def test_the_doer_of_a_release_of_prisoners_keeps_its_possessive(coder):
    text = "The Sudanese army's release of 40 prisoners began on Monday."
    frees = _typed(coder, text, "RETREAT")
    assert frees and codes(frees[0]["source"])[0].startswith("SDN"), frees


def test_the_group_that_claims_an_attack_told_before_did_it(coder):
    text = (
        "NIAMEY (Reuters) - Suspected jihadist fighters attacked a gendarmerie post in Niger's "
        "western Tillaberi region on Sunday, killing five gendarmes.\n\n"
        "Soldiers chased the assailants and killed seven of them on Monday.\n\n"
        "The Islamic State group claimed responsibility for the attack in a statement."
    )
    attacks = _typed(coder, text, "ASSAULT")
    first = next(e for e in attacks if e["trigger"] == "attacked")
    assert codes(first["source"]) == ["IMGISIS"] or first["source"][0]["org"], first
    chase = next(e for e in attacks if e["trigger"] == "killed")
    assert codes(chase["target"]) == codes(first["source"]), chase


def test_an_attack_claimed_in_the_passive_is_the_claimants(coder):
    text = (
        "COTONOU (Reuters) - Four Beninese soldiers were killed on Friday when gunmen attacked "
        "an army post in the north. The attack was claimed by the al Qaeda-linked group JNIM."
    )
    attacks = [e for e in _typed(coder, text, "ASSAULT") if e["trigger"] == "attacked"]
    assert attacks and attacks[0]["source"][0]["org"], attacks


def test_no_claim_made_names_no_attacker(coder):
    text = (
        "COTONOU (Reuters) - Gunmen attacked an army post in the north on Friday. No group "
        "claimed responsibility for the attack."
    )
    attacks = _typed(coder, text, "ASSAULT")
    assert attacks and not any(a["org"] for e in attacks for a in e["source"]), attacks


def test_an_agentless_detention_the_text_places_nowhere_has_no_doer(coder):
    # the story's country is only a guess for who holds them (an armed group may)
    text = LONG_STORY + "Her cousin is detained at another site near the river, aid workers said."
    assert found(coder, text, "COERCE") == []
    text = LONG_STORY + "During the siege, dozens of farmers were rounded up and shot."
    assert found(coder, text, "COERCE") == []


def test_a_states_own_people_told_detained_are_its_act(coder):
    text = "MINSK - Belarusian opposition activist Pavel Sevyarynets was arrested on Friday."
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["BLRGOV"], evs


def test_the_launch_condemned_is_the_launchers_not_the_alert_raised_after_it(coder):
    from tests.conftest import events_of

    text = ("TOKYO, May 1 - North Korea fired a ballistic missile into the sea on Wednesday, "
            "Japan's defence ministry said.\n\nSouth Korea's military raised its alert level.\n\n"
            "Australia's foreign minister condemned the launch as reckless.")  # fmt: skip
    got = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ACCUSE"]
    assert got and [a["code"] for a in got[0]["target"]] == ["PRK"], got


def test_the_victims_own_side_is_not_the_attacker_told_before(coder):
    text = ("KYIV - Russian forces shelled the town of Kupiansk on Monday, killing three "
            "civilians. Two Russian soldiers were killed in a drone strike near the town on "
            "Tuesday.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    # the shelling is told, and no attack on the Russian soldiers is given to Russia
    assert any(codes(e["source"]) == ["RUSMIL"] and codes(e["target"]) == ["UKRCVL"] for e in evs)
    for e in evs:
        if any(a["country"] == "RUS" for a in e["target"]):
            assert not any(a["country"] == "RUS" for a in e["source"]), e
    text = ("BEIRUT - Israeli jets struck southern Lebanon on Monday. Three Israeli soldiers "
            "were killed in a missile attack on Tuesday.")  # fmt: skip
    for e in found(coder, text, "ASSAULT"):
        if any(a["country"] == "ISR" for a in e["target"]):
            assert not any(a["country"] == "ISR" for a in e["source"]), e


def test_an_attack_named_for_its_doer_is_that_doers(coder):
    text = ("LONDON - Britain's defence minister spoke on Monday. Three Israeli soldiers were "
            "killed in a Hezbollah attack.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["source"][0]["code"].endswith("HEZ"), evs


@pytest.mark.parametrize("text,who,code", [
    ("Hungary's foreign minister, Laszlo Feketeházy, arrived in Vienna.", "Laszlo Feketeházy", "HUNGOV"),
    ("Laszlo Feketeházy, Hungary's foreign minister, arrived in Vienna.", "Laszlo Feketeházy", "HUNGOV"),
    ("Turkey's Mehmet Yildirimoglu rejected the offer.", "Mehmet Yildirimoglu", "TUR"),
    ("Anna Kowalczykowa of the opposition Labour Party criticised the plan.", "Anna Kowalczykowa", "GBROPP"),
    ("U.N. mediator Pieter van der Kolk flew to Kabul.", "Pieter van der Kolk", "IGOUNO"),
])  # fmt: skip
def test_possessives_appositions_and_membership(kb, text, who, code):
    got = mentions(kb, text)
    assert [c for _, c, _ in named(got, who)][:1] == [code], got


def test_a_lifted_curfew_or_ban_with_no_one_named_is_the_states(coder):
    ev = events_of(coder, "The curfew in Lesotho was lifted on Monday.")
    assert any(e["type"] == "CONCEDE" and e["source"][0]["country"] == "LSO" for e in ev), ev
    # sanctions are lifted by those who imposed them, not by the place they weighed on
    assert not events_of(coder, "Sanctions on Iran were lifted in January.")


def test_an_organ_named_with_its_organisations_possessive_is_that_organisation(coder):
    text = "VIENNA, June 12 - The IAEA's Board of Governors on Thursday censured Syria."
    evs = found_2026_06_12(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "IAEA", evs
    text = "VIENNA, June 12 - The UN nuclear watchdog's Board of Governors censured Syria."
    evs = found_2026_06_12(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["org"] == "IAEA", evs


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


def test_a_place_that_names_an_attack_is_not_its_doer(coder):
    got = coded(coder, "Both groups denied any involvement in the Ankara bombing.")
    assert not [g for g in got if g[0] == "ASSAULT" and g[1] == ["TUR"]]


def test_a_subject_group_word_may_name_the_doer_as_its_modifier(coder):
    # "peacekeeping troops" are peacekeepers; ordinary troops arriving are a deployment
    e = one(coder, "Ghanaian peacekeeping troops arrived in South Sudan on Monday.", "AID")
    assert e["cameo"] == "074" and starts(e["target"]) == {"SSD"}
    evs = events_of(coder, "Russian troops arrived in Belarus on Monday.")
    assert [e["type"] for e in evs] == ["MOBILIZE"]


def test_a_demand_accepted_is_its_makers_not_the_accepters(coder):
    evs = events_of(
        coder,
        "The Malawian government accepted demands from opposition parties that it delay the vote.",
    )
    reqs = [e for e in evs if e["type"] == "REQUEST"]
    assert [codes(e["source"]) for e in reqs] == [["MWIOPP"]]


def test_an_officer_named_by_the_bodys_possessive_title_speaks_for_the_body(coder):
    text = ("The East African bloc IGAD called for calm on Monday. Its chairman, Uhuru Kenyatta, "
            "will fly to Juba next week to mediate.")  # fmt: skip
    evs = found_2026_11_25(coder, text, "CONSULT")
    assert evs and evs[0]["source"][0]["org"] == "IGAD", evs
    text = ("The East African bloc IGAD called for calm on Monday. The bloc's executive "
            "secretary, Uhuru Kenyatta, will fly to Juba next week.")  # fmt: skip
    evs = found_2026_11_25(coder, text, "CONSULT")
    assert evs and evs[0]["source"][0]["org"] == "IGAD", evs
    # a country's "its president" is still that state's (former) office holder
    text = "Kenya called for calm. Its president, Uhuru Kenyatta, will fly to Juba next week."
    evs = found_2026_11_25(coder, text, "CONSULT")
    assert evs and evs[0]["source"][0]["country"] == "KEN", evs


def test_those_detained_are_no_doers(coder):
    text = (
        "The five, three nurses and two drivers detained at a checkpoint near Kadugli, were "
        "released on Friday, the ministry said."
    )
    evs = events_of(coder, text, "2026-11-20")
    assert evs, evs
    for e in evs:
        assert "nurses" not in " ".join(a["text"] for a in e["source"]), e
    text = (
        "The three, two teachers and a cook abducted in the raid on the school, were flown to "
        "Abuja on Friday, the army said."
    )
    for e in events_of(coder, text, "2026-11-20"):
        assert "teachers" not in " ".join(a["text"] for a in e["source"]), e


def test_a_state_and_its_government_are_one_doer():
    from dotterel.events.builder.referents import _same_doer
    from dotterel.model import Actor

    iran = Actor(text="Iran", name="Iran", country="IRN", why="kb:country:name")
    spokesman = Actor(text="He", name="spokesman", country="IRN", sector=["GOV"],
                      why="coref:person:pronoun")  # fmt: skip
    students = Actor(text="students", name="students", country="IRN", sector=["EDU"],
                     why="text:sector")  # fmt: skip
    assert _same_doer(iran, spokesman)
    assert not _same_doer(iran, students) and not _same_doer(spokesman, students)


def test_as_clause_keeps_its_first_subject(coder):
    text = ("Markets stayed shut in Kathmandu on Monday as the main opposition party, the CPN-UML, "
            "and allied student unions staged a general strike.")  # fmt: skip
    evs = found_2026_11_20(coder, text, "PROTEST")
    assert evs and len(evs[0]["source"]) == 2, evs
    assert any("OPP" in a["sector"] for a in evs[0]["source"]), evs


def test_the_attack_condemned_far_back_is_the_one_doers_attack(coder):
    # "condemned the attack" many sentences after the attack: the attackers, when one doer
    # did every attack the article tells
    filler = " ".join(
        f"Officials met for the {n} time in Quito to discuss the budget."
        for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
    )
    text = (
        "Fighters of the ELN guerrilla group killed seven Colombian soldiers in an attack on an"
        f" army outpost on Tuesday. {filler} The United Nations condemned the attack on Friday."
    )
    evs = found_2025_05_05(coder, text, "ACCUSE")
    assert [codes(e["target"]) for e in evs] == [["COLREBELN"]], evs


def test_allies_named_in_apposition_are_the_doers(coder):
    e = found_2019_02_20(
        coder, "Syria's allies Russia and Iran met in Tehran on Monday.", "CONSULT"
    )
    assert e and keys(e[0]["source"]) | keys(e[0]["target"]) == {"RUS", "IRN"}, e


def test_second_finite_verb_after_an_urged_infinitive_is_the_urgers(coder):
    text = "Qatar urged Sudan and Chad to talk and offered to mediate between the two countries."
    agree = found_2019_02_20(coder, text, "AGREE")
    assert agree and [a["code"] for a in agree[0]["source"]] == ["QAT"]


def test_the_one_asked_is_not_the_asker(coder):
    evs = events_of(
        coder,
        "He was then asked which nation was the greater danger to regional stability: China or India.",
    )
    assert not [e for e in evs if e["type"] == "REQUEST"], evs


def test_an_act_made_a_red_line_is_not_the_makers(coder):
    text = "The German chancellor, who had made any use of barrel bombs in Libya a red line, spoke on Monday."
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ASSAULT"]
    assert all("DEU" not in "".join(codes(e["source"])) for e in evs), evs


def test_making_an_act_as_a_gesture_is_still_the_makers(coder):
    text = "The Ghanaian president said that as a gesture of friendship he was making a joint naval exercise with Togo."
    assert [e for e in events_of(coder, text) if e["type"] == "COOPERATE" and e["source"]], (
        events_of(coder, text)
    )


def test_a_place_under_bombardment_is_not_the_bomber(coder):
    text = (
        "Mariupol, a port city on the Sea of Azov, has been under constant bombardment for weeks."
    )
    got = [e for e in events_of(coder, text, "2022-04-20") if e["type"] == "ASSAULT"]
    assert not [e for e in got if "UKR" in keys(e["source"])], got
    evs = events_of(coder, "The Ukrainian army remained on high alert along the border.")
    assert any(e["type"] == "MOBILIZE" and keys(e["source"]) == {"UKR"} for e in evs), evs


@pytest.mark.parametrize("text", [
    "The militants began being pushed back from the villages around the dam.",
    "The rebels started to be driven out of the city.",
])  # fmt: skip
def test_who_begins_to_be_pushed_back_is_not_the_attacker(coder, text):
    evs = events_of(coder, text, "2019-03-20")
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["source"]], evs


def test_an_act_threatened_by_someone_is_their_threat(coder):
    evs = events_of(
        coder,
        "The sanctions threatened by the European Union worry Belarusian banks.",
        "2024-05-02",
    )
    threats = _of_type(evs, "THREATEN")
    assert threats and threats[0]["source"][0]["code"].startswith("IGOEEU"), evs
    assert not _of_type(evs, "SANCTION"), evs


def test_the_one_trained_armed_or_left_to_act_is_the_doer(coder):
    # "trained X to fight", "left X to hold talks": X fights, X holds the talks
    evs = events_of(
        coder,
        "About 300 Canadian soldiers had mentored and trained Malian units to fight the jihadists.",
        "2024-05-02",
    )
    fights = _of_type(evs, "ASSAULT")
    assert fights and fights[0]["source"][0]["country"] == "MLI", evs
    evs = events_of(
        coder,
        "The Turkish president refused to meet the American envoy, leaving the envoy to hold "
        "talks with his deputy instead.",
        "2024-05-02",
    )
    assert all(
        not a["code"].startswith("TUR") for e in _of_type(evs, "CONSULT") for a in e["source"]
    ), evs


def test_a_with_clause_participle_names_no_doer(coder):
    # "with X ousted": X was ousted, by no one the clause names
    evs = events_of(
        coder,
        "With the rebels ousted from most of the north, the government turned to the economy.",
        "2024-05-02",
    )
    assert not [e for e in _of_type(evs, "ASSAULT") if e["source"]], evs
    evs = events_of(coder, "The army ousted the rebels from the town on Sunday.", "2024-05-02")
    assert _of_type(evs, "ASSAULT"), evs
    # a force deployed is still the one who deploys
    evs = events_of(
        coder, "With its troops deployed along the border, Kenya warned the rebels.", "2024-05-02"
    )
    assert _of_type(evs, "MOBILIZE"), evs


def test_a_decision_by_someone_is_their_act(coder):
    # "the decision by X to V": X does V, not the subject of the verb that judges it
    evs = events_of(
        coder,
        "Macron criticised the decision by Washington to impose sanctions on Iran.",
        "2024-05-02",
    )
    sanctions = _of_type(evs, "SANCTION")
    assert sanctions and codes(sanctions[0]["source"]) == ["USAGOV"], evs
    evs = events_of(
        coder,
        "Merkel welcomed the decision by Russia to withdraw its troops from the border.",
        "2024-05-02",
    )
    withdrawals = _of_type(evs, "CONCEDE")
    assert withdrawals and codes(withdrawals[0]["source"]) == ["RUS"], evs


def test_the_one_given_leave_does_the_act(coder):
    # "gave a green light to X to V", "gave X the green light to V": X does V
    evs = _of_type(
        events_of(
            coder,
            "Rwanda gave a green light to the rebels to seize the town of Goma.",
            "2024-05-02",
        ),
        "COERCE",
    )
    assert evs and not any(a["country"] == "RWA" for a in evs[0]["source"]), evs
    evs = _of_type(
        events_of(
            coder, "Washington gave Israel the green light to strike the camp.", "2024-05-02"
        ),
        "ASSAULT",
    )
    assert evs and codes(evs[0]["source"])[0].startswith("ISR"), evs


def test_a_plural_verb_after_a_clause_goes_with_the_plural_subject(coder):
    text = (
        "Many Gulf states have accepted that the regime has survived and are planning to reopen"
        " their embassies in Damascus."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "SUPPORT")
    assert not [e for e in evs if codes(e["source"]) == ["SYRGOV"]], evs
    # a verb that agrees with the clause's own subject stays its act
    evs = events_of(
        coder,
        "The rebels said that the army has shelled the town and is preparing to attack.",
        "2024-05-02",
    )
    assert not [e for e in evs if e["type"] == "ASSAULT" and codes(e["source"]) == ["REB"]], evs


def test_someone_held_in_a_place_another_body_runs_is_not_held_by_the_state(coder):
    text = (
        "Fighting continued in Syria. He is now detained in a Kurdish-run camp in northern Syria."
    )
    evs = events_of(coder, text, "2024-05-02")
    assert not [e for e in evs if codes(e["source"]) == ["SYRGOV"]], evs
    evs = _of_type(
        events_of(coder, "Two journalists were detained in Cairo on Monday.", "2024-05-02"),
        "COERCE",
    )
    assert evs and codes(evs[0]["source"]) == ["EGYGOV"], evs


@pytest.mark.parametrize("text,country", [
    ("An attempt to assassinate the mayor of Kandahar was foiled, police said.", "AFG"),
    ("An assassination attempt on the governor failed in Novosibirsk on Monday.", "RUS"),
])  # fmt: skip
def test_an_unclaimed_assassination_attempt_is_by_unidentified_attackers_of_the_place(
    coder, text, country
):
    e = found_2001_03_02(coder, text, "ASSAULT")
    assert e and e[0]["cameo"] == "185", e
    assert [a["code"] for a in e[0]["source"]] == [country + "UAF"], e


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Iran has been involved in a disinformation campaign against Israel.", "COERCE", "IRN", "ISR"),
    ("A report says Belarus was involved in a hacking campaign against Lithuania.", "COERCE", "BLR", "LTU"),
])  # fmt: skip
def test_who_was_involved_in_an_act_did_it(coder, text, typ, src, tgt):
    e = found_2003_05_06(coder, text, typ)
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


def test_not_involved_is_no_doer(coder):
    assert not found_2003_05_06(
        coder, "Iran was not involved in the disinformation campaign against Israel.", "COERCE"
    )


@pytest.mark.parametrize("text,src", [
    ("A far-right paramilitary group was formed in eastern Slovakia last month.", "SVK"),
    ("A Bosnian Serb militia was set up in Banja Luka in March.", "BIH"),
])  # fmt: skip
def test_a_militia_formed_by_no_one_named_is_the_group_itself(coder, text, src):
    e = [x for x in found_2021_09_14(coder, text, "MOBILIZE") if x["cameo"] == "154"]
    assert e and src in keys(e[0]["source"]), e


@pytest.mark.parametrize("text,source", [
    ("Austrian prosecutors said an investigation was under way.", "AUTJUD"),
    ("Austrian prosecutors said on Friday that an inquiry is ongoing.", "AUTJUD"),
    ("Austrian police said the cause of the fire remains under investigation.", "AUTCOP"),
    ("The investigation continues, Austrian police said.", "AUTCOP"),
    ("Austrian police said an investigation into the shooting was in progress.", "AUTCOP"),
])  # fmt: skip
def test_investigation_under_way_is_the_tellers(coder, text, source):
    e = found_2021_06_09(coder, text, "ACCUSE")
    assert e and e[0]["mode"] == "investigate", e
    assert codes(e[0]["source"]) == [source], e


def test_concessions_won_from_another_are_not_the_clauses_doers(coder):
    text = "Zambia freed the prisoners in exchange for concessions from Malawi."
    assert not any(
        "ZMB" in keys(e["source"]) and e["trigger"].startswith("concession")
        for e in found_2011_03_09(coder, text, "CONCEDE")
    )


@pytest.mark.parametrize("text,src,tgt", [
    ("Hamas claimed responsibility for an attack in which three Israeli soldiers were killed.",
     "PSE", None),
    ("Al-Shabaab claimed responsibility for a dawn raid that wounded four Kenyan soldiers.",
     "SOM", "KEN"),
    ("Hamas claimed responsibility for an attack on Israeli soldiers near Jenin.", "PSE", "ISR"),
])  # fmt: skip
def test_an_attack_claimed_is_the_claimants(coder, text, src, tgt):
    e = found_2019_10_14(coder, text, "ASSAULT")
    assert e and src in keys(e[0]["source"]), e
    if tgt:
        assert tgt in keys(e[0]["target"]), e


@pytest.mark.parametrize("text,typ,src,tgt", [
    ("Lithuanian officials said Belarusian hackers were behind a cyberattack on government websites.",
     "COERCE", "BLR", "LTU"),
    ("Syria was behind the rocket attack on the Turkish border post, the Turkish army said.",
     "ASSAULT", "SYR", "TUR"),
])  # fmt: skip
def test_who_is_behind_an_attack_did_it(coder, text, typ, src, tgt):
    e = found_2022_03_09(coder, text, typ)
    assert e and src in keys(e[0]["source"]) and tgt in keys(e[0]["target"]), e


def test_who_is_responsible_for_an_attack_did_it(coder):
    text = "Pakistani officials said the Baloch Liberation Army was responsible for the bombing in Quetta."
    e = found_2022_03_09(coder, text, "ASSAULT")
    assert e and "PAK" in keys(e[0]["source"]), e
    text = "The Baloch Liberation Army said it was not responsible for the Quetta market bombing."
    assert not [e for e in found_2022_03_09(coder, text, "ASSAULT") if e["modality"] == "asserted"]


def test_who_is_not_behind_an_attack_did_not_do_it(coder):
    text = "Belarus said it was not behind the cyberattack on Lithuanian government websites."
    assert not [e for e in found_2022_03_09(coder, text, "COERCE") if e["modality"] == "asserted"]
    text = "Belarus said it had never been behind any cyberattack on Lithuanian ministries."
    assert not [e for e in found_2022_03_09(coder, text, "COERCE") if e["modality"] == "asserted"]


@pytest.mark.parametrize("text,typ,src", [
    ("A statement from the Pakistani Taliban warned government soldiers of reprisals.", "THREATEN", "PAK"),
    ("A letter from 30 Ghanaian lawmakers urged the president to sack the minister.", "REQUEST", "GHA"),
])  # fmt: skip
def test_a_document_from_someone_is_its_authors_act(coder, text, typ, src):
    e = found_2022_03_09(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e


@pytest.mark.parametrize(("text", "typ", "body"), [
    ("The UN Security Council adopted a resolution on Tuesday. The resolution demands that "
     "Sudan's army stop bombing civilians.", "REQUEST", "IGOUNOSEC"),
    ("The African Union adopted a text on Monday. The text calls on the rebels to return to "
     "talks.", "REQUEST", "IGOAFU"),
    ("EU leaders issued a declaration on Friday. The declaration condemns Russia's attacks on "
     "Ukraine.", "ACCUSE", "IGOEEU"),
])  # fmt: skip
def test_a_document_speaks_for_the_body_that_adopted_it(coder, text, typ, body):
    evs = [e for e in events_of(coder, text, "2025-03-10") if e["type"] == typ]
    assert evs and codes(evs[0]["source"]) == [body], evs


@pytest.mark.parametrize(("text", "typ", "src"), [
    ("Bhutan will send home five diplomats, its foreign ministry said in a statement on Monday. "
     "The statement accuses the five of spying.", "ACCUSE", "BTN"),
    ("Nepal's interior ministry said in a statement that the border was calm. The statement "
     "condemns Tuesday's raid on the post.", "ACCUSE", "NPL"),
])  # fmt: skip
def test_a_statement_speaks_for_the_one_who_spoke_in_it(coder, text, typ, src):
    """ "X said in a statement ... The statement accuses ...": the statement is X's, as a
    document issued or adopted is its issuer's."""
    evs = [e for e in events_of(coder, text, "2025-03-10") if e["type"] == typ]
    assert evs and src in keys(evs[0]["source"]), evs


def test_a_document_no_one_was_told_adopting_speaks_for_no_one(coder):
    text = "The resolution demands that Sudan's army stop bombing civilians."
    assert not [e for e in events_of(coder, text, "2025-03-10") if e["type"] == "REQUEST"]


def test_an_agentless_release_after_arrest_and_conviction_in_one_sentence_is_the_convicters(
    coder,
):
    # the later of the two acts told in one sentence holds them: the convicting court
    text = ("Uzbek police arrested the blogger in March, and a court in Tajikistan convicted "
            "him in June. The blogger was released on Monday.")  # fmt: skip
    rel = [e for e in events_of(coder, text) if e["type"] == "RETREAT"]
    assert rel and codes(rel[0]["source"]) == ["TJKJUD"], rel


def test_the_lawyer_of_people_freed_is_not_who_freed_them(coder):
    # "their lawyer said": counsel of the people freed (defence_counsel_nouns), not an arm of
    # the state that tells an agentless release (CAMEO codes lawyers JUD)
    text = "NAIROBI (Reuters) - Two Kenyan activists were freed on Tuesday, their lawyer said."
    got = [e for e in events_of(coder, text, "2026-10-03") if e["type"] == "RETREAT"]
    assert got and all("JUD" not in a["sector"] for a in got[0]["source"]), got
