"""Pairs and sides: "the two countries", "both sides", "all parties", allies and partners,
delegations: the actors told before."""

from __future__ import annotations

import pytest

from tests.conftest import codes, event_rows, events_of, finder, keys, parties
from tests.helpers import (
    _of_type,
    found_2001_03_02,
    found_2020_06_15,
    found_2024_05_15,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_06_12,
    found_2026_07_16,
    found_2026_11_20,
    found_2026_11_30,
    mention_codes,
    mentions,
    one,
)
from tests.helpers import _typed_2025_03_12 as _typed


def _bare_member(text: str, word: str):
    """The actors of the last `word` in `text`, every sentence read in order."""
    from dotterel.actors import default_kb
    from dotterel.actors.resolve import Memory, SentenceActors
    from dotterel.nlp import parse

    doc = next(iter(parse([text])))
    sa = SentenceActors(default_kb(), doc, None, Memory())
    for sent in doc.sents:
        sa.sentence_mentions(sent)
    return sa.actors_for([t for t in doc if t.text == word][-1])


PUBLISHED = "2024-05-02"
found = finder(PUBLISHED)


def test_a_call_for_restraint_long_after_the_clash_is_to_the_story_s_pair(coder):
    text = ("Pakistani and Afghan troops exchanged fire at the Torkham crossing on Sunday. Trade "
            "resumed on Monday. Lorries queued for miles. Prices of flour rose in Peshawar. "
            "China called for restraint.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and set(got[0][3]) == {"PAKMIL", "AFGMIL"}, got
    # no clash and no pair told: no one
    text = "Heavy rain flooded Nairobi on Tuesday. The United States urged calm."
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert all(g[3] == [] for g in got), got


def test_all_sides_are_the_parties_told_before(coder):
    text = ("Armenian and Azerbaijani troops exchanged fire near Kalbajar on Monday. The United "
            "States urged all sides to respect the ceasefire.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and got[0][3] == ["ARMMIL", "AZEMIL"], got


def test_delegations_from_two_parties_are_both(coder):
    text = ("Delegations from the Sudanese army and the Rapid Support Forces arrived in Jeddah on "
            "Monday. The two delegations agreed on a week-long truce.")  # fmt: skip
    got = event_rows(coder, text, PUBLISHED)
    arrived = [g for g in got if g[0] == "CONSULT"]
    assert arrived and arrived[0][2] == ["SDNMIL", "SDNREBRSF"], got
    truce = [g for g in got if g[0] == "CONCEDE"]
    assert truce and {*truce[0][2], *truce[0][3]} == {"SDNMIL", "SDNREBRSF"}, got


# one country told of in this sentence or the three before
def test_bare_troops_and_officers_look_three_sentences_back():
    troops = _bare_member(
        "Gunmen attacked an army post in Benin's north, the Beninese army said. The attackers "
        "fled on motorbikes. Villagers hid in the forest for two days. Troops pursued them "
        "towards the border.",
        "Troops",
    )
    assert [a.country for a in troops] == ["BEN"], troops
    officers = _bare_member(
        "Zambian police fired tear gas at a crowd in Lusaka on Saturday. The crowd had gathered "
        "outside a court. Many shops closed early. Officers arrested 30 people.",
        "Officers",
    )
    assert [(a.country, a.sector) for a in officers] == [("ZMB", ["COP"])], officers


def test_bare_officers_after_two_countries_forces_are_no_one():
    officers = _bare_member(
        "Israeli troops closed the crossing on Monday, and Jordanian police stopped the lorries "
        "on the other side. Officers arrested two drivers.",
        "Officers",
    )
    assert not {a.country for a in officers} & {"ISR", "JOR"}, officers


def test_two_delegations_after_hosted_talks_are_the_sides(coder):
    text = (
        "Norway and Qatar hosted a meeting between Colombia's government and the FARC rebels "
        "in Oslo on Monday. The two delegations agreed to resume talks next month."
    )
    evs = [e for e in found(coder, text, "AGREE") if e["sentence_index"] == 1]
    assert evs, evs
    parties = set(codes(evs[0]["source"]) + codes(evs[0]["target"]))
    assert parties == {"COLGOV", "COLREBFRC"}, evs


def test_the_attackers_with_two_armed_groups_named_are_neither(coder):
    text = (
        "BAMAKO (Reuters) - JNIM and the Islamic State in the Sahel have fought each other in "
        "central Mali. The attackers killed nine soldiers at a camp on Sunday, the army said."
    )
    kills = [e for e in _typed(coder, text, "ASSAULT") if e["trigger"] == "killed"]
    assert kills and not kills[0]["source"][0]["org"], kills


def test_the_two_countries_are_the_two_states_the_sentence_named(coder):
    text = ("Afghanistan and Kyrgyzstan clashed over water last year. Afghanistan accused "
            "Kyrgyzstan of theft. In 2019 the Kyrgyz president paid a state visit to Tashkent, "
            "and the two countries reopened border crossings.")  # fmt: skip
    evs = [e for e in events_of(coder, text) if e["type"] == "RETREAT"]
    assert evs and {a["code"] for a in evs[0]["source"]} == {"KGZ", "UZB"}, evs
    # a sentence that names one state leaves the pair to the article
    text = (
        "Kazakhstan and China signed a pipeline deal. The two countries reopened border crossings."
    )
    evs = [e for e in events_of(coder, text) if e["type"] == "RETREAT"]
    assert evs and {a["country"] for a in evs[0]["source"]} == {"KAZ", "CHN"}, evs


def test_who_meets_a_countrys_counterpart_is_not_of_that_country(coder):
    text = "The defence secretary met his Brazilian counterpart in Brasilia on Monday."
    evs = found_2020_06_15(coder, text, "CONSULT")
    assert evs and all(a["country"] != "BRA" for a in evs[0]["source"]), evs
    assert any(a["country"] == "BRA" for e in evs for a in e["source"] + e["target"]), evs
    # a foreign minister with no such counterpart still takes the story's country
    text = "ACCRA (Reuters) - The foreign minister met the ambassadors of three states in Accra."
    evs = found_2020_06_15(coder, text, "CONSULT")
    assert evs and evs[0]["source"][0]["country"] == "GHA", evs


def test_the_two_sides_are_the_pair_a_recent_sentence_named_between(coder):
    text = ("Relations between Rabat and Algiers collapsed in 2021, when Morocco signed a security "
            "pact with Israel. Saudi Arabia brokered a deal between the two sides last year.")  # fmt: skip
    evs = found_2020_06_15(coder, text, "CONSULT")
    assert evs and {a["country"] for a in evs[0]["target"]} == {"MAR", "DZA"}, evs
    text = ("Relations between Rabat and Algiers collapsed in 2021, when Morocco signed a security "
            "pact with Israel. The two sides later agreed to resume talks.")  # fmt: skip
    evs = found_2020_06_15(coder, text, "AGREE")
    got = {a["country"] for e in evs for a in e["source"] + e["target"]}
    assert evs and got == {"MAR", "DZA"}, evs


def test_the_two_men_are_the_pair_of_one_state_the_last_sentence_named(kb):
    text = ("Kenyan President William Ruto offered to mediate. The civil war began in 2013, "
            "after South Sudanese President Salva Kiir accused his deputy Riek Machar of plotting "
            "a coup. It ended with a deal the two men signed in 2018.")  # fmt: skip
    got = mentions(kb, text, "2024-05-02")
    two = [n for t, _, n, _ in got if t == "two men"]
    assert len(two) == 2 and not any("Ruto" in n for n in two), got


def test_the_three_capitals_are_the_three_states_named_as_one_subject(kb):
    text = (
        "Spain, Italy and Portugal urged Morocco to reopen the border. Morocco's interior "
        "minister accused the three capitals of meddling."
    )
    got = mentions(kb, text, "2024-05-02")
    assert sorted(mention_codes(got, "three capitals")) == ["ESP", "ITA", "PRT"], got


def test_the_three_allies_are_the_three_named_together_not_the_last_three_actors(kb):
    text = (
        "Iran test-fired a cruise missile over the Gulf on Monday. At the urging of Britain, "
        "France and the Netherlands, the Security Council will meet on Friday. Oman said it "
        "would send an envoy. Tehran did not comment. The three allies will also hold naval "
        "drills near Bahrain."
    )
    got = mentions(kb, text, "2024-05-02")
    assert sorted(mention_codes(got, "three allies")) == ["FRA", "GBR", "NLD"], got


def test_the_allies_navies_are_one_navy_each(coder):
    text = (
        "Iran test-fired a cruise missile over the Gulf on Monday. At the urging of Britain, "
        "France and the Netherlands, the Security Council will meet on Friday. The three "
        "allies' navies will hold a joint exercise in the Gulf on Sunday."
    )
    evs = found(coder, text, "COOPERATE")
    both = codes(evs[0]["source"]) + codes(evs[0]["target"]) if evs else []
    assert sorted(both) == ["FRAMIL", "GBRMIL", "NLDMIL"], evs


def test_both_sides_are_the_parties_of_the_suspended_talks(coder):
    text = (
        "LIMA (AP) - Peru's government suspended peace talks with the Shining Path on Sunday "
        "after a bomb killed four soldiers. The United Nations urged both sides on Monday to "
        "return to talks."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and sorted(codes(evs[0]["target"])) == ["PERGOV", "PERREBSHP"], evs


def test_a_state_and_its_own_police_are_not_two_sides(coder):
    text = (
        "Kenyan police arrested dozens of opposition supporters in Nairobi on Monday. The "
        "interior ministry praised the police on Tuesday. President Ruto also thanked the "
        "police. The United Nations urged both sides to avoid violence."
    )
    evs = found(coder, text, "REQUEST")
    assert evs and sorted(codes(evs[0]["target"])) == ["KENCOP", "KENOPP"], evs


def test_two_sides_of_one_country_and_the_holdout_group(kb):
    got = mentions(kb, "A truce between South Sudan's government and the National Salvation Front "
                       "(NAS), a rebel group, took effect, officials on both sides said. Diplomats said "
                       "the involvement of the holdout group was a step forward.", "2020-01-14")  # fmt: skip
    assert sorted(mention_codes(got, "both sides")) == ["SSDGOV", "SSDREBNAS"]
    assert mention_codes(got, "holdout group") == ["SSDREBNAS"]


def test_coordinated_people_folded_into_one_phrase_are_both_actors(kb):
    # the small model makes "U.S. President Donald Trump and Russian President" modifiers of "Putin"
    got = mentions(kb, "U.S. President Donald Trump and Russian President Vladimir Putin held their "
                       "first talks on Friday.", "2017-07-08")  # fmt: skip
    assert "USAGOV" in mention_codes(got, "Donald Trump")
    assert mention_codes(got, "Russian President Vladimir Putin") == ["RUSGOV"]
    assert sorted(mention_codes(got, "their")) == ["RUSGOV", "USAGOV"]
    got = mentions(kb, "French President Emmanuel Macron, German Chancellor Angela Merkel and Russian "
                       "President Vladimir Putin spoke by phone.", "2019-06-01")  # fmt: skip
    assert {c for t, c, n, w in got} == {"FRAGOV", "DEUGOV", "RUSGOV"}


def test_both_folded_leaders_are_sources_of_their_meeting(coder):
    evs = events_of(coder, "U.S. President Donald Trump and Russian President Vladimir Putin held talks "
                           "in Helsinki on Monday.", "2018-07-17")  # fmt: skip
    consult = [e for e in evs if e["type"] == "CONSULT"]
    assert consult and {a["code"] for e in consult for a in e["source"] + e["target"]} == {
        "USAGOV",
        "RUSGOV",
    }


def test_the_two_countries_are_states(kb):
    got = mentions(kb, "Saudi Arabia and the United States mediated. The two countries brokered talks "
                       "between Sudan's army and the Rapid Support Forces. The two countries will "
                       "monitor the truce.", "2023-05-22")  # fmt: skip
    assert sorted(mention_codes(got, "two countries")) == ["SAU", "SAU", "USA", "USA"]


def test_parties_of_a_conflict_are_no_political_party(kb):
    got = mentions(kb, "The UN called on all parties to spare civilians and warned any party that "
                       "violated the truce. India rejected any third-party role.")  # fmt: skip
    assert not [c for t, c, n, w in got if "PTY" in c]
    got = mentions(kb, "The opposition parties and the ruling party met.")
    # the party in power is the government (gold/CODING.md: a ruling party's office is GOV's)
    assert mention_codes(got, "opposition parties") == ["OPP"] and mention_codes(
        got, "ruling party"
    ) == ["GOV"]


def test_the_parties_to_a_conflict_in_a_country(kb):
    from dotterel.actors.resolve import Memory, SentenceActors
    from dotterel.nlp import parse

    doc = next(
        iter(parse(["The mediator demanded parties to the war in Yemen to let doctors through."]))
    )
    sa = SentenceActors(kb, doc, None, Memory())
    parties = next(t for t in doc if t.text == "parties")
    assert [a.code for a in sa.actors_for(parties)] == ["YEM"]


def test_a_group_team_or_delegation_is_of_whom_it_comes_from(coder):
    """'activist groups', 'the union negotiating team', 'a delegation from Kenya'."""
    ev = events_of(coder, "Activist groups protested in Lagos against the fuel price rise.")
    assert any(e["type"] == "PROTEST" and e["source"][0]["code"] == "NGAOPP" for e in ev), ev
    ev = events_of(coder, "A delegation from Kenya visited Uganda on Monday.")
    assert any(e["type"] == "CONSULT" and e["source"][0]["country"] == "KEN" for e in ev), ev
    ev = events_of(coder, "A Kenyan government team visited Uganda on Monday.")
    assert any(e["type"] == "CONSULT" and e["source"][0]["code"] == "KENGOV" for e in ev), ev


def test_a_plural_body_of_two_countries_is_both(coder):
    text = "The navies of Indonesia and Australia will hold joint exercises in the Timor Sea."
    e = found_2026_06_12(coder, text, "COOPERATE")
    assert e and parties(e[0]) == {"IDN", "AUS"} and e[0]["modality"] == "planned", e
    text = "The government of Indonesia and Australia's navy held talks."
    for x in found_2026_06_12(coder, text, "CONSULT"):
        assert [a["code"] for a in x["source"]][:1] == ["IDNGOV"], x


def test_all_sides_in_a_one_country_story_are_that_country(coder):
    text = ("NAIROBI (Reuters) - Kenyan police fired tear gas at protesters in Nairobi. Kenya's "
            "opposition accused Kenya's government of brutality. The U.S. embassy in Nairobi urged "
            "all sides to refrain from violence.")  # fmt: skip
    e = [x for x in found_2025_06_18(coder, text, "REQUEST") if keys(x["source"]) == {"USA"}]
    assert e and keys(e[0]["target"]) == {"KEN"}, e


def test_all_parties_with_no_story_country_are_no_one(coder):
    e = found_2025_06_18(
        coder, "The United Nations urged all parties to spare civilians.", "REQUEST"
    )
    assert all(not any(a["country"] for a in x["target"]) for x in e), e


def test_the_two_sides_are_the_parties_told_before(coder):
    text = ("Armenian troops shelled Azerbaijani positions on Monday.\n\n"
            "Azerbaijani forces attacked Armenian villages on Tuesday.\n\n"
            "The two sides agreed to a ceasefire on Wednesday.")  # fmt: skip
    e = one(coder, text, "CONCEDE")
    assert {a["country"] for a in e["source"] + e["target"]} == {"ARM", "AZE"}


def test_any_party_that_violates_the_truce_is_one_of_the_parties(coder):
    text = ("Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah on Saturday. "
            "Washington is prepared to impose sanctions on any party that violated the agreement.")  # fmt: skip
    e = one(coder, text, "THREATEN")
    assert codes(e["target"])[0].startswith("SDN") and len(e["target"]) == 2


def test_an_indefinite_pair_is_not_the_pair_told_before(coder):
    text = ("KYIV - President Volodymyr Zelensky accused the Kremlin of lying. Kremlin spokesman "
            "Dmitry Peskov rejected the charge. Police said they had detained two men who threw "
            "paint at the embassy.")  # fmt: skip
    evs = found_2026_11_30(coder, text, "COERCE")
    assert evs and not any(a["org"] for a in evs[0]["target"]), evs
    assert all("plural" not in t for t in evs[0]["explain"]["target"]), evs
    # "the two men" still are
    evs = found_2026_11_30(coder, "Kiir accused his deputy Machar of plotting a coup. The two men signed a deal in 2018.",
                "SUPPORT")  # fmt: skip
    assert evs and "plural" in evs[0]["explain"]["source"][0], evs


def test_heads_of_the_two_countries_bodies_are_the_pair(coder):
    text = ("Armenian and Azerbaijani troops clashed near Sotk on Tuesday. The chiefs of the two "
            "countries' defence ministries spoke by telephone on Wednesday and agreed on a truce.")  # fmt: skip
    call = found_2026_11_20(coder, text, "CONSULT")
    assert call and parties(call[0]) == {"ARM", "AZE"}, call
    truce = found_2026_11_20(coder, text, "CONCEDE")
    assert truce and parties(truce[0]) == {"ARM", "AZE"}, truce


def test_the_warring_sides_are_not_the_town_hit(coder):
    text = (
        "Rebels shell Goma as army agrees to talks. The army said on Monday it would join "
        "talks with the M23 rebels in Doha, the first negotiations between the warring sides "
        "in a year. Qatar urged both sides to agree to a ceasefire."
    )
    for e in found_2026_07_16(coder, text, "REQUEST"):
        assert "M23" in {a["org"] for a in e["target"]}, e


def test_the_two_ministers_are_the_pair_that_met_not_the_host(coder):
    text = (
        "The agreement was reached at a meeting in Doha between Kenyan Defence Minister John "
        "Otieno and his Ugandan counterpart, Peter Okello, hosted by Qatari Defence Minister "
        "Khalid al-Thani. The two ministers also agreed to exchange intelligence on cattle raiding."
    )
    evs = found(coder, text, "AGREE")
    assert evs and set(codes(evs[0]["source"]) + codes(evs[0]["target"])) == {"KENGOV", "UGAGOV"}, (
        evs
    )


def test_the_two_leaders_named_before_are_not_the_armies_of_an_event_in_their_sentence(coder):
    text = (
        "The scheme was approved on Tuesday by William Ruto and his Ugandan counterpart, Yoweri"
        " Museveni, during talks in Arusha. The corridor is to stay safe from Somali and"
        " Ethiopian shelling and should open by 3 March, the two leaders agreed."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "AGREE")
    assert evs and all(
        a["country"] in ("KEN", "UGA") for e in evs for a in e["source"] + e["target"]
    ), evs


def test_a_counterpart_is_never_of_the_speakers_own_government(coder):
    e = found_2001_03_02(
        coder, "The Kenyan foreign minister met his counterpart on Monday.", "CONSULT"
    )
    assert e and not [a for a in e[0]["target"] if a["country"] == "KEN"], e
    e = found_2001_03_02(
        coder,
        "Nepal rejected a Chinese offer of a rail deal, asking the counterpart to sign "
        "the regional pact instead.",
        "REQUEST",
    )
    assert e and keys(e[0]["target"]) == {"CHN"}, e
    e = found_2001_03_02(
        coder, "Kenya's foreign minister phoned his Ugandan counterpart on Monday.", "CONSULT"
    )
    assert e and keys(e[0]["target"]) == {"UGA"}, e


@pytest.mark.parametrize("text, typ", [
    ("Chilean President Ana Rojas met Argentine President Luis Prado in Santiago on Monday. "
     "The two agreed to build a new border crossing.", "AGREE"),
    ("Chilean President Ana Rojas met Argentine President Luis Prado in Santiago on Monday. "
     "The leaders also signed a trade accord.", "SUPPORT"),
    ("Ghana's foreign minister met his Togolese counterpart in Accra on Friday. The ministers "
     "signed a memorandum on customs cooperation.", "SUPPORT"),
])  # fmt: skip
def test_a_plural_subject_after_a_meeting_is_both_parties(coder, text, typ):
    e = found_2024_05_15(coder, text, typ)
    assert e and len(parties(e[0])) == 2, e


def test_the_two_states_are_the_pair_the_article_is_about(coder):
    text = ("Uzbekistan and Turkmenistan clashed over water rights last week. Iranian President Ali "
            "Karimi phoned both leaders on Tuesday. The two Central Asian states fought a brief war in 2019.")  # fmt: skip
    e = [x for x in found_2024_05_15(coder, text, "ASSAULT") if "fought" in x["trigger"]]
    assert e and parties(e[0]) == {"UZB", "TKM"}, e


def test_a_plural_of_other_people_is_not_the_pair(coder):
    text = "Kenya's president met Uganda's president in Nairobi on Monday. The other leaders signed a statement."
    e = found_2024_05_15(coder, text, "SUPPORT")
    assert not [x for x in e if parties(x) == {"KEN", "UGA"}], e


def test_the_pair_of_an_article_is_not_a_backer_named_first(coder):
    text = ("Yemen's Houthi movement and the Saudi-backed government released 400 prisoners on Wednesday. "
            "Officials said the exchange went smoothly. Both sides agreed to meet again in May.")  # fmt: skip
    e = [x for x in found_2024_05_15(coder, text, "AGREE") if "agreed" in x["trigger"]]
    assert e and "SAU" not in parties(e[0]), e


def test_the_allies_are_the_group_named_before(coder):
    text = ("Australia, Japan and India began joint naval drills on Monday. China warned in a statement that "
            "it would respond if the allies went ahead with their drills.")  # fmt: skip
    e = found_2024_05_15(coder, text, "THREATEN")
    assert e and {"AUS", "JPN"} <= keys(e[0]["target"]), e


def test_the_two_governments_are_the_two_states_not_the_most_told_pair(coder):
    text = ("MALE (Reuters) - The Maldivian coast guard seized three Sri Lankan fishing boats and "
            "arrested 15 fishermen on Monday. Sri Lanka freed two Maldivian sailors last year after "
            "a visit to Colombo by the Maldivian foreign minister. The two governments agreed in "
            "January to set up a joint committee on fishing.")  # fmt: skip
    e = [x for x in found_2025_03_12(coder, text, "AGREE") if "agreed" in x["trigger"]]
    assert e and parties(e[0]) == {"MDV", "LKA"}, e
    assert all(c.endswith("GOV") for c in codes(e[0]["source"] + e[0]["target"])), e


def test_the_two_delegations_are_the_parties_of_the_talks_not_the_mediators_named_last(coder):
    text = ("Ethiopia's government and the Tigray People's Liberation Front ended a round of talks "
            "in Pretoria on Friday with a deal to extend their truce. The agreement was read out by "
            "South African and Kenyan diplomats. The two delegations also agreed to exchange prisoners.")  # fmt: skip
    e = [x for x in events_of(coder, text, PUBLISHED) if "exchange" in x["trigger"]]
    assert e and parties(e[0]) == {"ETH"}, e
    assert {a["code"] for a in e[0]["source"] + e[0]["target"]} == {"ETHGOV", "ETHREBTPL"}, e


def test_both_neighbours_are_the_disputing_states_not_the_one_urging_nor_a_court(coder):
    text = ("Guatemala's government called the vote in Belize a provocation. The International Court "
            "of Justice on Friday ordered Guatemala to refrain from any action in the disputed area. "
            "Guatemala's foreign minister said on Monday that his government did not recognise the "
            "court's jurisdiction. Mexico's foreign minister, who visited Guatemala City last month, "
            "urged both neighbours to keep the dispute peaceful. Leaders of the Caribbean Community "
            "offered on Tuesday to host talks between the two countries.")  # fmt: skip
    urged = found(coder, text, "REQUEST")
    assert urged and keys(urged[0]["target"]) == {"GTM", "BLZ"}, urged
    host = [x for x in found(coder, text, "AGREE") if "host" in x["trigger"]]
    assert host and keys(host[0]["target"]) == {"GTM", "BLZ"}, host


def test_the_two_delegations_are_not_the_hosts_who_tell_of_them(coder):
    text = ("Sudan's army and the Rapid Support Forces resumed talks in Jeddah on Monday. Egypt and "
            "Ethiopia traded accusations over the Nile dam the same day. Saudi Arabia and the United "
            "States, which host the Jeddah talks, said the two delegations had agreed to open aid "
            "corridors.")  # fmt: skip
    e = [x for x in found(coder, text, "AGREE") if "corridors" in x["trigger"]]
    assert e and {a["code"] for a in e[0]["source"] + e[0]["target"]} == {"SDNMIL", "SDNREBRSF"}, e


def test_the_two_delegations_are_the_talks_parties_not_a_quarrelling_pair_told_since(coder):
    # a coordinated pair that quarrels after the talks is no negotiator
    text = ("Eritrea and Djibouti resumed border talks in Doha on Tuesday. Mali and Burkina Faso "
            "traded accusations over a cross-border raid. The two delegations agreed to meet "
            "again in May.")  # fmt: skip
    e = [x for x in found(coder, text, "AGREE") if x["sentence_index"] == 2]
    assert e and parties(e[0]) == {"ERI", "DJI"}, e


def test_both_ministers_are_the_two_sides_of_the_deal_not_the_host_named_last(coder):
    text = ("Armenia and Azerbaijan signed a border delimitation protocol in Abu Dhabi on Friday. "
            "Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov signed for their governments at "
            "a ceremony led by their Emirati counterpart, Sheikh Abdullah bin Zayed. Yerevan "
            "dropped its call for international monitors. Both ministers said they would ratify "
            "the protocol by July.")  # fmt: skip
    e = [x for x in found(coder, text, "AGREE") if "ratify" in x["trigger"]]
    assert e and parties(e[0]) == {"ARM", "AZE"}, e


@pytest.mark.parametrize("people", ["Representatives", "Officials", "Delegates", "Diplomats"])
def test_people_from_two_states_are_each_states(coder, people):
    # "officials/representatives from A and B": each state's, as "envoys from A and B" are
    text = f"{people} from Malawi and Zambia began negotiations on water sharing in Lilongwe on Tuesday."
    e = found(coder, text, "CONSULT")
    assert e and parties(e[0]) == {"MWI", "ZMB"}, e
    assert all(codes(e[0][k]) in (["MWIGOV"], ["ZMBGOV"]) for k in ("source", "target")), e


def test_the_two_representatives_are_the_two_parties(coder):
    # a definite plural of any envoy noun after an event between two states stands for them
    text = ("Malawian and Zambian envoys met in Harare on Tuesday. The two special "
            "representatives agreed to reopen the border post.")  # fmt: skip
    e = found(coder, text, "CONCEDE") or found(coder, text, "AGREE")
    assert e and parties(e[0]) == {"MWI", "ZMB"}, e


def test_a_private_sectors_representatives_are_of_that_sector(coder):
    # "student representatives" speak for the students (EDU), not for a government
    e = found(coder, "Student representatives met the Malawian education minister on Tuesday.",
              "CONSULT")  # fmt: skip
    assert e and codes(e[0]["source"]) == ["MWIEDU"], e


def test_both_warring_parties_are_the_pair_that_fought_not_the_mediators(coder):
    # the one pair that fought is "the warring parties", whoever met or mediated since
    text = ("The Congolese army and the M23 rebels fought near Goma on Monday. Kenyan and Ethiopian "
            "envoys met a delegation of the rebels in Nairobi on Tuesday. The African Union accused "
            "both warring parties of blocking aid and urged them to open the roads.")  # fmt: skip
    for typ in ("ACCUSE", "REQUEST"):
        e = found(coder, text, typ)
        assert e and set(codes(e[0]["target"])) == {"CODMIL", "CODREBMTT"}, (typ, e)


@pytest.mark.parametrize("plural", ["the belligerents", "both warring parties"])
def test_the_belligerents_after_mediation_are_the_two_sides_not_the_mediators(coder, plural):
    text = ("Kenya and Ethiopia brokered talks between the Congolese army and the M23 rebels on "
            f"Monday. The two mediators later urged {plural} to open aid corridors.")  # fmt: skip
    e = found(coder, text, "REQUEST")
    assert e and set(codes(e[0]["source"])) == {"KEN", "ETH"}, e
    assert set(codes(e[0]["target"])) == {"CODMIL", "CODREBMTT"}, e


def test_a_meeting_of_three_parties_is_no_pair_of_sides(coder):
    # "Niger left the bloc together with Mali" names three parties: "the neighbours" told
    # after it are the pair the story is about
    text = ("Benin accused Niger of harbouring gunmen who attacked its border posts. Niger left the "
            "regional bloc in January together with Mali. China tried to mediate between the "
            "neighbours last year.")  # fmt: skip
    e = [x for x in found(coder, text, "CONSULT") if "mediate" in x["trigger"]]
    assert e and keys(e[0]["target"]) == {"BEN", "NER"}, e


def test_its_two_allies_are_the_pair_told_not_the_owner(coder):
    text = ("Kyrgyzstan accused Tajikistan of shelling border villages on Monday. Russia urged its "
            "two allies on Tuesday to settle the dispute through talks.")  # fmt: skip
    e = found(coder, text, "REQUEST")
    assert e and keys(e[0]["source"]) == {"RUS"}, e
    assert keys(e[0]["target"]) == {"KGZ", "TJK"}, e


def test_the_two_armies_commanders_are_both_armies(coder):
    text = ("Thai and Cambodian troops exchanged fire along the border on Sunday. Under the truce, "
            "the two armies' commanders will meet on Monday.")  # fmt: skip
    e = found(coder, text, "CONSULT")
    assert e and set(codes(e[0]["source"] + e[0]["target"])) == {"THAMIL", "KHMMIL"}, e


@pytest.mark.parametrize(
    "plural", ["the two nuclear-armed neighbours", "the rival capitals", "the pair", "both sides"]
)
def test_every_plural_for_the_pair_reaches_the_pair_that_clashed(coder, plural):
    text = ("Indian and Pakistani troops exchanged fire along the frontier on Sunday. China urged "
            f"{plural} to show restraint.")  # fmt: skip
    e = found(coder, text, "REQUEST")
    assert e and keys(e[0]["target"]) == {"IND", "PAK"}, e


def test_both_presidents_with_no_presidents_named_are_the_two_governments(coder):
    text = ("Eritrea accused Ethiopia of preparing an invasion on Monday. The African Union said "
            "both presidents had agreed to meet in Nairobi.")  # fmt: skip
    e = [x for x in found(coder, text, "AGREE") if "meet" in x["trigger"]]
    assert e and set(codes(e[0]["source"] + e[0]["target"])) == {"ERIGOV", "ETHGOV"}, e


def test_both_alone_as_object_is_the_two_just_named(coder):
    text = ("Burkina Faso's junta ordered the UN rights office to close its mission and gave the "
            "Italian ambassador two days to leave, accusing both of spreading lies.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and set(codes(e[0]["target"])) == {"IGOUNO", "ITAGOV"}, e


def test_both_alone_as_subject_is_the_pair_that_was_the_last_subject(coder):
    text = ("Kenya and Uganda signed the border deal on Monday. Both pledged to withdraw their "
            "troops.")  # fmt: skip
    e = [x for x in events_of(coder, text, PUBLISHED) if "withdraw" in x["trigger"]]
    assert e and parties(e[0]) == {"KEN", "UGA"}, e


def test_commanders_on_both_sides_are_of_the_two_sides(coder):
    text = ("The Sudanese army and the RSF fought in Omdurman on Monday. The US envoy said Washington "
            "could impose sanctions on commanders on both sides who obstruct aid.")  # fmt: skip
    e = found(coder, text, "THREATEN")
    assert e and set(codes(e[0]["target"])) == {"SDNMIL", "SDNREBRSF"}, e


def test_people_sent_from_two_bodies_are_of_each(coder):
    text = (
        "JUBA, March 4 (Reuters) - Delegates from the army and the rebels met in Addis Ababa on "
        "Sunday."
    )
    met = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "CONSULT"]
    assert met and {"SSDMIL", "SSDREB"} <= set(codes(met[0]["source"]) + codes(met[0]["target"])), (
        met
    )
    text = "Officials from Chile and from Peru met in Lima on Monday to discuss the border."
    met = [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "CONSULT"]
    assert met and keys(met[0]["source"]) | keys(met[0]["target"]) == {"CHL", "PER"}, met


@pytest.mark.parametrize(
    "text, target",
    [
        ("Heavy fighting broke out between Israel and Hezbollah along the border on Sunday. "
         "Lebanon's prime minister urged both sides on Monday to accept a truce.",
         {"ISR", "LBNREBHEZ"}),
        ("Clashes between Colombian troops and ELN rebels killed six soldiers near Arauca on "
         "Friday. Colombia's Catholic church urged the two sides to return to talks.",
         {"COLMIL", "COLREBELN"}),
        # refugees an army drove out are no side: the rebels and the police whose base they seized
        ("Arakan rebels seized a border police base in Rakhine on Monday. Myanmar's army drove "
         "thousands of Rohingya refugees out of the state in 2017. The United Nations urged both "
         "sides to protect civilians.", {"MMRREB", "MMRCOP"}),
        # an attack denied (or only threatened) is no fight: "the warring parties" are still the
        # pair told fighting before it
        ("The Ethiopian army and Tigrayan rebels fought near Mekelle on Monday. Sudan denied "
         "that its army had attacked South Sudan on Tuesday. The African Union urged the "
         "warring parties to accept a truce.", {"ETHMIL", "ETHREB"}),
    ],
)  # fmt: skip
def test_the_sides_urged_are_the_pair_told_fighting(coder, text, target):
    # the asker's country bars only a quarrel's pair ("Brazil urged both neighbours"), not the
    # pair told fighting or set "between": a home army or militia is a side the asker urges
    e = found(coder, text, "REQUEST")
    assert e and set(codes(e[0]["target"])) == target, e


def test_its_two_ministers_are_the_owners_own_people_not_a_pair_told(coder):
    # a possessive makes "its two allies" the pair told before, but people the owner has
    # ("its two ministers") are its own, not the states that clashed
    text = ("Ethiopian and Eritrean troops clashed near the border on Monday. Kenya dismissed its "
            "two ministers on Tuesday.")  # fmt: skip
    e = [x for x in events_of(coder, text, PUBLISHED) if x["sentence_index"] == 1]
    assert e and not {"ETHGOV", "ERIGOV"} & set(codes(e[0]["target"])), e
    assert "KENGOV" in codes(e[0]["target"]), e


def test_a_doer_of_no_country_excludes_no_state_of_a_pair():
    # the event builder excludes its doer's country or organisation: a doer with neither
    # ("analysts") gives a None, which no party's own key matches
    from dotterel.actors.resolve.plural_parties import WantedPair, fitting
    from dotterel.model import Actor

    pair = [Actor(text=n, name=n, country=c, sector=[], start=0, end=1, why="kb:country")
            for n, c in (("Armenia", "ARM"), ("Azerbaijan", "AZE"))]  # fmt: skip
    got = fitting(pair, WantedPair("country", exclude=frozenset({None})))
    assert [a.country for a in got] == ["ARM", "AZE"], got
    assert fitting(pair, WantedPair("country", exclude=frozenset({"ARM"}))) == []


def test_the_three_european_powers_are_the_european_states_named_together(coder):
    # not the last three states named (those that voted against them)
    text = ("Britain, France and Germany drafted the text on Monday. Russia, China and Belarus "
            "voted against it. The three European powers warned that they would reimpose "
            "sanctions on Iran.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "THREATEN"]
    assert got and set(got[0][2]) == {"GBR", "FRA", "DEU"}, got


def test_the_two_koreas_are_both_states(coder):
    # sectors.yaml divided_states: a divided nation's plural names both its states
    text = ("North Korea fired a ballistic missile into the sea on Tuesday, South Korea's "
            "military said. China's foreign ministry urged the two Koreas to exercise restraint.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and set(got[0][3]) == {"PRK", "KOR"}, got
    text = ("South Sudan's army clashed with Sudanese troops near Heglig on Monday. The African "
            "Union urged both Sudans to withdraw their forces.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and set(got[0][3]) == {"SDN", "SSD"}, got  # the states, not their publics


def test_the_three_allies_are_the_three_countries_told_several_sentences_before(coder):
    # a group of three is rarely met by chance: "the three countries" told five sentences
    # before still stands for it, and one state's army and government are one ally
    text = ("South Korean, U.S. and Japanese fighter jets staged joint air drills on Monday. "
            "North Korea warned it would take countermeasures if the three countries kept "
            "staging drills. Japan lodged a protest. China urged restraint. Seoul was considering "
            "new sanctions on North Korean officials. The three allies also plan a larger naval "
            "exercise near the southern island of Jeju next week.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "COOPERATE"]
    assert got and {c[:3] for c in got[-1][2]} == {"KOR", "USA", "JPN"}, got
    assert got[-1][3] == [], got  # the island of a doer's own country is where, not whom


def test_the_two_leaders_are_the_two_people_their_sentence_just_named(coder):
    """ "X spoke by phone with Y on Thursday, and the two leaders agreed": the two people the
    sentence named before the plural, not the states of a quarrel told in the sentences
    before (here China's with Japan and South Korea)."""
    text = (
        "Chinese foreign ministry spokeswoman Lin Yan accused Tokyo of holding the captain "
        "illegally. Beijing also called off a meeting of Chinese, Japanese and South Korean "
        "trade ministers. Japanese Prime Minister Ryota Mori spoke by phone with South Korean "
        "President Han Seung-woo on Thursday, and the two leaders agreed to keep in close "
        "contact on the dispute."
    )
    evs = found_2026_11_30(coder, text, "AGREE")
    assert evs and parties(evs[0]) == {"JPN", "KOR"}, evs


def test_both_sides_in_a_sentence_naming_the_truce_are_the_truce_parties(coder):
    """ "welcomed the truce and urged both sides": the two parties that agreed the truce,
    not the pair of a quarrel told since (a third state's strike on one of them and the
    other's protest at it)."""
    text = (
        "Syrian government troops and fighters of the Kurdish-led SDF clashed near the Tabqa "
        "dam on Monday. On Wednesday the two sides agreed a truce brokered by the United "
        "States. Turkey carried out a drone strike near Qamishli on Thursday that killed two "
        "SDF commanders. Syria's foreign ministry condemned the strike. The U.N. envoy "
        "welcomed the truce and urged both sides to let aid convoys through."
    )
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and {c[:3] for c in got[-1][3]} == {"SYR"} and "TURMIL" not in got[-1][3], got
    assert any("SDF" in c for c in got[-1][3]), got


def test_both_sides_called_to_restraint_are_the_two_that_fought(coder):
    """ "urged both sides to show restraint", "appealed to both sides to let aid through":
    the two that fought each other, however far back, not the pair of a quarrel told since
    nor the allies that armed one side named just before; the U.N. mission "in" one of the
    states still asks it."""
    text = (
        "Congolese troops and M23 rebels clashed near the town of Masisi on Monday. "
        "Congo has long accused Rwanda of arming the rebels. Rwanda again denied the charge "
        "on Tuesday. The United Nations appealed to both sides to let aid convoys through."
    )
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and not [c for c in got[-1][3] if c.startswith("RWA")], got
    assert any("MTT" in c or "M23" in c for c in got[-1][3]), got
    text = (
        "Tajik border guards and Taliban forces exchanged fire across the Panj river on "
        "Tuesday, killing two Afghan fighters. Moscow delivered 30 armoured personnel carriers "
        "to Tajik border troops on Wednesday, and the Collective Security Treaty Organisation "
        "pledged to send drones. The U.N. mission in Afghanistan urged both sides to show "
        "restraint."
    )
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and {c[:3] for c in got[-1][3]} == {"TJK", "AFG"}, got


def test_both_sides_of_a_mediation_offer_in_a_call_to_restraint_are_the_pair_between(coder):
    """ "offered to mediate between X and the government and urged both sides to refrain
    from violence": the pair set against each other in that sentence, not the police and
    protesters who fought before."""
    text = (
        "Police fired tear gas at opposition supporters who marched on central Maputo on "
        "Thursday. Zimbabwe's president offered to mediate between opposition leader Venancio "
        "Mondlane and the Mozambican government and urged both sides to refrain from violence."
    )
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "REQUEST"]
    assert got and sorted(got[-1][3]) == ["MOZGOV", "MOZOPP"], got


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army and the Rapid Support Forces freed 120 prisoners each on Sunday in an "
        "exchange mediated by the Red Cross. The U.N. envoy urged the parties to build on it.",
        "Sudan's army and the Rapid Support Forces freed 120 prisoners each on Sunday in an "
        "exchange mediated by the Red Cross. The U.N. envoy called on the sides to reopen roads.",
    ],
)
def test_the_parties_an_appeal_addresses_are_the_pair_told_before(coder, text):
    # no "two" or "both": a definite "the parties" addressed by an appeal is the pair
    got = found_2024_05_15(coder, text, "REQUEST")
    assert got and {"SDN"} <= keys(got[-1]["target"]) and len(got[-1]["target"]) == 2, got


def test_the_two_navies_or_both_ministers_are_each_of_the_two_states_the_story_pairs(coder):
    # a role or force noun, no pair noun: each state's body, not one state's by a guess
    text = ("Relations between Japan and the Philippines have warmed. The two navies held a "
            "joint exercise on Tuesday.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "COOPERATE"]
    assert got and set(got[0][2] + got[0][3]) == {"JPNMIL", "PHLMIL"}, got
    text = ("Egypt and Sudan signed a water deal on Monday. The two air forces will hold joint "
            "drills next month.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "COOPERATE"]
    assert got and set(got[0][2] + got[0][3]) == {"EGYMIL", "SDNMIL"}, got
    text = ("Indonesia and Malaysia have long disputed the Ambalat sea block. The two foreign "
            "ministers will meet in Jakarta next week.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "CONSULT"]
    assert got and set(got[0][2] + got[0][3]) == {"IDNGOV", "MYSGOV"}, got
    text = ("Thailand and Cambodia agreed to hold talks on the border. Both defence chiefs will "
            "meet in Bangkok on Friday.")  # fmt: skip
    got = [g for g in event_rows(coder, text, PUBLISHED) if g[0] == "CONSULT"]
    assert got and set(got[0][2] + got[0][3]) == {"THAMIL", "KHMMIL"}, got


def test_two_soldiers_with_no_the_are_not_the_pair_told_before(coder):
    text = ("Japan and the Philippines signed a defence pact on Monday. Two soldiers were "
            "wounded in a training accident near Manila.")  # fmt: skip
    keys_seen = {c for g in event_rows(coder, text, PUBLISHED) for c in g[2] + g[3]}
    assert "JPNMIL" not in keys_seen, keys_seen
