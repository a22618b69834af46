"""One event per happening: later mentions, tolls, claims and participles that tell an act
already told are no new events."""

from __future__ import annotations

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _of_type,
    found_2019_10_14,
    found_2024_05_15,
    found_2026_06_12,
    found_2026_11_10,
    found_2026_11_19,
)
from tests.helpers import coded_2021_05_12 as coded

PUB = "2021-05-12"
found = finder("2024-05-02")


def test_repeated_mentions_merge(coder):
    text = ("Ghana imposed sanctions on Togo on Tuesday.\n\n"
            "The sanctions imposed by Ghana on Togo are the first in a decade.")  # fmt: skip
    got = [e for e in events_of(coder, text) if e["type"] == "SANCTION"]
    assert len(got) == 1
    assert [m["sentence_index"] for m in got[0]["mentions"]] == [0, 1]


def test_two_protests_in_two_cities_stay_two(coder):
    text = ("Protesters marched against the government in Lima on Monday.\n\n"
            "In Cusco, protesters blocked the main road to the airport.")  # fmt: skip
    assert len([e for e in events_of(coder, text) if e["type"] == "PROTEST"]) == 2


def test_a_truce_mentioned_again_is_the_same_event(coder):
    text = ("A ceasefire between Mozambique's government and Renamo took effect on Sunday. On Tuesday the "
            "army denied that its troops had attacked a village after the truce began. A Renamo spokesman "
            "said its fighters were observing the ceasefire. Observers will monitor the truce.")  # fmt: skip
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "RETREAT"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 4, [
        (e["trigger"], e["mentions"]) for e in got
    ]


def test_a_consequence_told_of_the_event_noun_is_the_same_event(coder):
    text = ("An air strike by the Saudi-led coalition hit a market in Saada on Tuesday. The strike "
            "destroyed dozens of stalls, a local official said.")  # fmt: skip
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "ASSAULT"]
    assert len(got) == 1 and len(got[0]["mentions"]) == 2


def test_a_participle_after_an_attack_tells_the_same_attack(coder):
    got = coded(
        coder, "Ugandan troops shelled the town of Kasese, killing 12 people.", "2019-03-14"
    )
    assert [x[0] for x in got] == ["ASSAULT"]


def test_the_seizure_refers_back_to_the_ship_seized(coder):
    text = (
        "Yemen's Houthi movement said on Tuesday it had seized a cargo ship in the Red Sea. "
        "Hours later, a Yemeni coastguard vessel detained six smugglers in Aden. The U.S. "
        "military's Central Command condemned the seizure as an act of piracy."
    )
    evs = found_2026_11_10(coder, text, "ACCUSE", "2026-11-24")
    assert evs and codes(evs[0]["target"]) == ["YEMREBHTH"], evs


def test_two_meetings_on_two_days_with_two_hosts_are_not_merged(coder):
    text = (
        "The U.N. envoy met Sudan's army chief in Port Sudan on Monday and flew to Nairobi on "
        "Tuesday for talks with Kenyan President William Ruto."
    )
    evs = found_2026_11_19(coder, text, "CONSULT")
    assert {k for e in evs for k in keys(e["target"])} >= {"SDN", "KEN"}, evs


def test_resignations_of_different_people_are_not_merged(coder):
    text = (
        "Two Liberal ministers resigned from the Nepalese cabinet on Monday. On Thursday "
        "parliament voted against the budget, and Prime Minister Ram Thapa handed his "
        "resignation to the president hours later."
    )
    e = found_2026_06_12(coder, text, "RETREAT")
    assert len([x for x in e if x["mode"] == "resign"]) == 2, e
    thapa = next(x for x in e if "Thapa" in x["source"][0]["name"])
    assert thapa["date"]["start"] == "2026-06-11" and thapa["date"]["end"] <= "2026-06-12", thapa


def test_acts_of_one_sentence_years_apart_are_not_merged(coder):
    text = (
        "The rebels, who had fired a missile at the city in 1998, attacked the army base on Monday."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "ASSAULT"]
    assert sorted(e["date"]["start"] for e in evs) == ["1998-01-01", "2024-04-29"], evs


def test_a_bare_refusal_is_not_merged_with_a_different_refusal_far_away(coder):
    filler = " ".join(f"Ships left the port on day {n}." for n in range(10))
    text = (
        "The Russian ambassador denied that Moscow had produced the agent. "
        + filler
        + " Russia vetoed a UN investigation into the attack."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "REJECT"]
    assert any("veto" in e["trigger"] and "IGOUNO" in codes(e["target"]) for e in evs), evs
    assert any("denied" in e["trigger"] and not e["target"] for e in evs), evs


def test_the_toll_of_the_attack_told_is_no_new_event(coder):
    # one event per act: "were killed in the attack" points back to the bombing told
    text = (
        "A suicide bombing claimed by al-Shabaab has killed three Kenyans in southern Somalia. "
        "The bomber struck on Monday inside a hotel in the town of Kismayo. Nine guests were "
        "killed in the attack, police said."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ASSAULT")
    assert len(evs) == 1 and evs[0]["sentence_index"] == 0, evs
    evs = events_of(
        coder,
        "Two soldiers were killed in an attack on a Somali army post on Thursday.",
        "2024-05-02",
    )
    assert _of_type(evs, "ASSAULT"), evs


def test_a_vow_quoted_again_is_one_threat(coder):
    # a vow to expel is coded as a threat to expel is (136), so its quote later is the same event
    text = (
        "The Bolivian foreign minister vowed that Bolivia and its allies would expel every last "
        'Peruvian soldier from the border zone. Bolivia would "work with our partners to expel '
        'every last Peruvian soldier" from the zone, he said.'
    )
    threats = _of_type(events_of(coder, text, "2024-05-02"), "THREATEN")
    assert [(e["cameo"], e["sentence_index"]) for e in threats] == [("136", 0)], threats


def test_those_detained_is_the_arrest_told_before(coder):
    text = (
        "Police in Lima detained 40 students on Monday as they marched on Congress. "
        "The interior minister said those detained would be charged with vandalism."
    )
    e = found(coder, text, "COERCE")
    assert len(e) == 1, e
    assert [m["sentence_index"] for m in e[0]["mentions"]] == [0, 1], e


def test_those_detained_on_another_day_are_another_arrest(coder):
    text = (
        "Riot police in Quito arrested dozens of teachers on Tuesday. "
        "Prosecutors said the teachers detained on Friday would face charges."
    )
    assert len(found(coder, text, "COERCE")) == 2, text


def test_a_first_mention_by_participle_is_its_own_arrest(coder):
    text = "Kyrgyzstan will release 12 Uzbek shepherds detained in May, the president said."
    assert found(coder, text, "COERCE"), text


def test_his_arrest_is_the_detention_told_before(coder):
    text = (
        "Police in Tunis detained a union leader on Monday after a sit-in at the port. "
        "Interior Minister Khaled Nouri said the official was held on suspicion of obstruction "
        "and denied that his arrest was linked to his union work."
    )
    e = found(coder, text, "COERCE")
    assert len(e) == 1, e
    assert {a["sector"][0] for a in e[0]["target"]} == {"LAB"}, e


def test_one_deadline_is_one_ultimatum_whatever_it_demands(coder):
    text = (
        "Mali's army gave the Dozo militiamen 48 hours on Sunday to lay down their weapons "
        "and leave the villages they hold near Segou."
    )
    e = found(coder, text, "THREATEN")
    assert len(e) == 1 and e[0]["cameo"] == "139", e


def test_those_detained_include_names_whom_the_arrest_befell(coder):
    text = (
        "Zambian police arrested at least six senior leaders of the opposition party overnight. "
        "Those detained include the party's chairman and its spokesman, the police said."
    )
    e = found(coder, text, "COERCE")
    assert len(e) == 1, e
    assert [m["sentence_index"] for m in e[0]["mentions"]] == [0, 1], e


def test_a_headline_joint_act_by_one_party_is_the_body_act(coder):
    text = (
        "Chilean, Peruvian foreign ministers agree to resume talks despite fishing row\n\n"
        "LIMA (Reuters) - Peruvian Foreign Minister Luis Vega held talks in Lima on Tuesday "
        "with his Chilean counterpart, Ana Rojas, and the two agreed to resume talks on their "
        "maritime border.\n"
    )
    agree = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AGREE"]
    assert len(agree) == 1, agree
    assert [m["sentence_index"] for m in agree[0]["mentions"]] == [0, 1], agree


def test_his_arrest_years_ago_is_not_the_arrest_told_before(coder):
    text = (
        "Police in Harare arrested the opposition leader Tendai Moyo on Monday. "
        "His arrest in May 2019 set off riots in the capital."
    )
    assert len(found(coder, text, "COERCE")) == 2, text


def test_an_arrest_told_again_is_near_the_crowd_policed_next(coder):
    text = (
        "Zambian police arrested at least six students of the University of Zambia overnight "
        "in Lusaka.\nThose detained include the student union's president, the police said.\n"
        "Later police fired tear gas at convoys trying to reach the capital.\n"
    )
    e = found(coder, text, "ASSAULT")
    assert e and {a["sector"][0] for a in e[0]["target"]} == {"EDU"}, e


def test_a_claim_of_an_attack_told_before_is_no_second_attack(coder):
    text = ("Three soldiers were killed in an attack near Jenin on Sunday. "
            "Hamas claimed responsibility for the attack.")  # fmt: skip
    e = found_2019_10_14(coder, text, "ASSAULT")
    assert len(e) == 1 and "PSE" in keys(e[0]["source"]), e


def test_a_claim_of_an_attack_by_unnamed_fighters_is_no_second_attack(coder):
    text = ("Suspected jihadist fighters attacked an army post in northern Mali on Tuesday, "
            "killing six soldiers.\n\nThe group JNIM claimed responsibility for the attack "
            "on Wednesday.")  # fmt: skip
    e = found_2019_10_14(coder, text, "ASSAULT")
    assert len(e) == 1, e


def test_an_act_done_later_in_the_same_sentence_is_another_event(coder):
    text = ("Kyrgyz officials said Tajik forces had opened fire on a Kyrgyz border post on Friday "
            "and later shelled two villages in Batken.")  # fmt: skip
    assert len(found_2024_05_15(coder, text, "ASSAULT")) == 2


def test_what_a_group_also_did_is_another_event(coder):
    text = ("Boko Haram fighters attacked a Nigerian army base in Borno on Tuesday. The group said its fighters "
            "had also kidnapped two local officials.")  # fmt: skip
    e = found_2024_05_15(coder, text, "ASSAULT")
    assert len(e) == 2 and any(x["cameo"] == "181" for x in e), e


def test_another_doer_later_in_the_sentence_is_the_same_attack(coder):
    text = (
        "A jet bombed the village of Tabayin on Tuesday and a helicopter later fired on survivors."
    )
    assert len(found_2024_05_15(coder, text, "ASSAULT")) == 1


def test_a_denial_of_an_act_takes_no_targets_of_another_rejection(coder):
    # denying a told act and rejecting what others voiced are two refusals: the denial
    # names no one and keeps no one
    text = (
        "Vietnam denied on Tuesday that its fishing boats had entered Indonesian waters. "
        "Jakarta summoned the Vietnamese ambassador. "
        "Vietnam rejected the concerns raised by Malaysia and Singapore."
    )
    rej = [e for e in events_of(coder, text) if e["type"] == "REJECT"]
    denial = [e for e in rej if e["trigger"].startswith("denied")]
    assert denial and not set(codes(denial[0]["target"])) & {"MYS", "SGP"}, rej
    assert any(set(codes(e["target"])) == {"MYS", "SGP"} for e in rej), rej
    # the claim rejected again is the denial told again: one refusal
    text = (
        "Vietnam denied on Tuesday that its fishing boats had entered Indonesian waters. "
        "Jakarta summoned the Vietnamese ambassador. "
        "Vietnam rejected the accusations made by Indonesia."
    )
    rej = [e for e in events_of(coder, text) if e["type"] == "REJECT"]
    assert len(rej) == 1, rej


def test_who_carried_out_the_attack_told_before_is_its_doer_not_a_second_attack(coder):
    # "carried out the attack", active or passive, names who did the act told before
    text = ("Gunmen attacked a police station in Diffa on Monday, killing four officers. "
            "Officials said fighters of Boko Haram carried out the attack.")  # fmt: skip
    e = found_2019_10_14(coder, text, "ASSAULT")
    assert len(e) == 1 and codes(e[0]["source"]) == ["NGAREBBKH"], e
    text = ("Gunmen attacked an army post in Mopti on Monday. The attack was carried out by "
            "JNIM, officials said.")  # fmt: skip
    e = found_2019_10_14(coder, text, "ASSAULT")
    assert len(e) == 1 and e[0]["source"][0]["org"], e
    # a state's force too, for an attack told with no doer
    text = ("A missile struck a shopping centre in Odesa on Monday, killing five civilians. "
            "Ukraine said Russian forces carried out the strike.")  # fmt: skip
    e = found_2019_10_14(coder, text, "ASSAULT")
    assert len(e) == 1 and codes(e[0]["source"]) == ["RUSMIL"], e


def test_a_group_that_denies_carrying_out_the_attack_is_not_its_doer(coder):
    text = ("Gunmen attacked a police station in Diffa on Monday. Boko Haram denied carrying "
            "out the attack.")  # fmt: skip
    e = [x for x in found_2019_10_14(coder, text, "ASSAULT") if x["modality"] == "asserted"]
    assert e and not any(a["org"] for x in e for a in x["source"]), e
