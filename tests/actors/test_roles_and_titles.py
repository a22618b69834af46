"""Roles and titles: presidents, ministers, spokespeople, envoys, leaders and office holders,
and the body or state they act for."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _codes,
    _codes_of,
    _of_type,
    _typed_2025_04_08,
    found_2024_05_02,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_10_14,
    found_2026_11_19,
    found_2026_11_20,
    found_2026_11_24,
    found_2026_11_30,
    mention_codes,
    mentions,
    named,
    one,
    rejects,
    starts,
)
from tests.helpers import _events_2025_06_26 as _events
from tests.helpers import _typed_2025_03_12 as _typed

found = finder("2026-03-18")
OBITUARY = (
    "MALE, May 3 (AFP) - Ibrahim Latheef, a former Maldivian foreign minister, died on Sunday. "
    "President Mohamed Rasheed called him a patriot. Latheef trained as a lawyer. He entered "
    "parliament in 1999. He later served as foreign minister. He fell out with the government. "
    "Police arrested him in 2016. He was freed in 2018. He often accused New Delhi of bullying. "
)


def test_another_office_of_the_denier_s_state_is_no_accuser(coder):
    text = ("The Kenyan interior ministry said police had shot dead two robbers in Nairobi on "
            "Saturday. The police denied opening fire.")  # fmt: skip
    got = rejects(coder, text)
    assert got and got[0][3] == [], got


def test_staff_coordinated_with_an_international_bodys_units_are_its_staff(coder):
    acc = _typed(coder, "Israel accused UN agencies and workers of helping Hamas.", "ACCUSE")
    assert acc and codes(acc[0]["target"]) == ["IGOUNO"], acc
    # a group that is no international body lends its name to no one
    text = "Police said Hamas fighters and workers were killed in the strike."
    kills = _typed(coder, text, "ASSAULT")
    assert not any(
        a["org"] == "HAMAS" and a["text"] == "workers" for e in kills for a in e["target"]
    ), kills


def test_a_title_naming_its_sector_refers_only_to_someone_of_that_sector(coder):
    text = (
        "Zambian opposition leader Hakainde Mbewe addressed supporters in Lusaka on Monday. "
        "The police chief later ordered his arrest."
    )
    arrests = _typed_2025_04_08(coder, text, "COERCE")
    assert arrests, arrests
    assert codes(arrests[0]["source"]) == ["ZMBCOP"], arrests
    assert codes(arrests[0]["target"]) == ["ZMBOPP"], arrests


def test_a_name_an_apposition_describes_as_a_private_person_is_no_office_holder(coder):
    for text in (
        "MOSCOW - Police arrested Sergei Lavrov, a 23-year-old student, during a protest on Saturday.",
        "MOSCOW - Police arrested Sergei Lavrov, a local farmer, during a protest on Saturday.",
    ):
        evs = found_2024_05_02(coder, text, "COERCE")
        assert evs and not any(a["sector"] == ["GOV"] for a in evs[0]["target"]), evs
    text = "MOSCOW - Sergei Lavrov, Russia's foreign minister, criticised NATO on Saturday."
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["RUSGOV"], evs


def test_a_president_acting_in_a_past_year_is_the_government_of_that_time(coder):
    for text in (
        "WASHINGTON - In 1998 President Clinton ordered air strikes on Iraq.",
        "WASHINGTON - President Clinton ordered air strikes on Iraq in December 1998.",
    ):
        evs = found_2024_05_02(coder, text, "ASSAULT")
        assert evs and codes(evs[0]["source"]) == ["USAGOV"], evs
    # later in the story, on the article's date, he is an elder again
    text = ("WASHINGTON - In 1998 President Clinton ordered air strikes on Iraq. On Monday "
            "Clinton criticised Iraq's government.")  # fmt: skip
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["USAELI"], evs


def test_a_president_whose_term_ended_in_the_year_told_is_the_government_of_that_time(coder):
    """ "In 2009, President X ..." for a president whose term ended in June 2009: the office
    the title names, held in part of the year told (CODING.md: the role at the time of the
    event), although he no longer held it on July 1."""
    text = "TEGUCIGALPA - In 2009, President Manuel Zelaya visited Caracas."
    evs = found_2024_05_02(coder, text, "CONSULT")
    assert evs and codes(evs[0]["source"]) == ["HNDGOV"], evs


def test_a_known_given_name_before_another_surname_is_another_person(kb):
    got = mentions(kb, "Police detained Imran Qureshi, a shopkeeper, on Tuesday.", "2024-05-01")
    assert not any(n == "Imran Khan" for _, _, n, _ in got), got
    got = mentions(kb, "Police detained Abiy Tesfaye, a student, on Tuesday.", "2024-05-01")
    assert not any(n == "Abiy Ahmed" for _, _, n, _ in got), got
    # the person's own full name, and the given name alone, are still the person
    got = mentions(kb, "Abiy Ahmed met the envoy. Abiy said talks went well.", "2024-05-01")
    assert [n for _, _, n, _ in got].count("Abiy Ahmed") == 2, got


def test_regional_ministers_are_the_bloc_the_story_named(kb):
    text = ("ASEAN criticised Cambodia on Monday. Southeast Asian foreign ministers demanded that "
            "Phnom Penh free the activists.")  # fmt: skip
    got = mentions(kb, text, "2024-05-02")
    assert mention_codes(got, "Southeast Asian foreign ministers") == mention_codes(got, "ASEAN"), (
        got
    )
    # the bloc of a narrower region is not the continent's office holders
    text = "ECOWAS met in Abuja on Monday. African leaders urged Guinea to hold elections."
    got = mentions(kb, text, "2024-05-02")
    assert mention_codes(got, "African leaders") != mention_codes(got, "ECOWAS"), got
    # no bloc named: the region's governments
    got = mentions(kb, "Southeast Asian foreign ministers urged Myanmar to free the activists.")
    assert mention_codes(got, "Southeast Asian foreign ministers") == ["SEAGOV"], got


def test_a_spokeswoman_of_no_named_country_is_of_the_other_state_not_the_accused(coder):
    text = (
        "KINSHASA (Reuters) - Congolese troops retook the town of Walikale on Monday, the army "
        "said. Government spokeswoman Marie Uwera said Kigali had no soldiers in Congo and "
        "accused Kinshasa of arming the FDLR militia."
    )
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["RWAGOV"], evs
    # her country is the story's when the sentence names no other state
    text = (
        "KINSHASA (Reuters) - Congolese troops retook the town of Walikale on Monday. "
        "Government spokeswoman Marie Uwera accused the rebels of looting the town."
    )
    evs = found_2024_05_02(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["CODGOV"], evs
    # armed groups of guessed country keep it: only a state's voice is moved
    text = (
        "BAGHDAD (Reuters) - Iraqi troops moved north on Monday. On Sunday the Iranian "
        "government said its campaign was aimed at militant groups that threaten the unity of "
        "Iraq."
    )
    evs = found_2024_05_02(coder, text, "THREATEN")
    assert all(codes(e["source"]) != ["IRNREB"] for e in evs), evs


def test_shared_surname_is_the_person_in_office_that_day(kb):
    in_1995 = mentions(kb, "Assad received the envoy.", "1995-03-01")
    in_2010 = mentions(kb, "Assad received the envoy.", "2010-03-01")
    assert [n for t, c, n, w in in_1995 if t == "Assad"] == ["Hafez al-Assad"]
    assert [n for t, c, n, w in in_2010 if t == "Assad"] == ["Bashar al-Assad"]
    assert mention_codes(in_1995, "Assad") == mention_codes(in_2010, "Assad") == ["SYRGOV"]


def test_a_former_president_is_an_elite_not_the_government(kb):
    got = mentions(kb, "Olusegun Obasanjo arrived.", "2012-01-01")
    assert mention_codes(got, "Olusegun Obasanjo") == ["NGAELI"]
    got = mentions(kb, "Olusegun Obasanjo arrived.", "2003-01-01")
    assert mention_codes(got, "Olusegun Obasanjo") == ["NGAGOV"]


def test_title_and_nationality_for_an_unknown_person(kb):
    got = mentions(kb, "Nigerian President Chukwuma Adeyemi-Okafor met Russian troops.")
    assert ("Nigerian President Chukwuma Adeyemi-Okafor", "NGAGOV") in [
        (t, c) for t, c, _, _ in got
    ]
    assert "RUSMIL" in mention_codes(got, "Russian troops")


def test_surname_after_a_full_mention_of_a_known_person(kb):
    # "Johnson" alone is no alias in the people files (too many Johnsons); after the full
    # name it is that person for the rest of the document
    got = mentions(
        kb, "Boris Johnson spoke in London. Johnson said Britain would act.", "2020-03-01"
    )
    assert mention_codes(got, "Johnson") == ["GBRGOV"]


def test_descriptions_refer_to_the_person_named_before(kb):
    got = mentions(kb, "Vladimir Putin spoke with Joe Biden by phone. The Russian leader warned the "
                       "U.S. president against new sanctions.", "2022-01-10")  # fmt: skip
    assert named(got, "Vladimir Putin")[1][:2] == ("Russian leader", "RUSGOV")
    assert ("U.S. president", "USAGOV", "coref:person:description") in named(got, "Joe Biden")


def test_person_government_phrases(kb):
    got = mentions(kb, "The Netanyahu government and Putin's government disagreed.", "2020-01-01")
    assert mention_codes(got, "Netanyahu government") == ["ISRGOV"]
    assert mention_codes(got, "Putin's government") == ["RUSGOV"]


def test_titles_belong_to_the_name_not_to_a_phrase_after_it(kb):
    got = mentions(kb, "Donald Trump spoke in Florida. Sen. Ellen Marchetti, a close ally of the president, "
                       "said she backed him.", "2019-04-01")  # fmt: skip
    assert [c for t, c, n, w in got if n == "Ellen Marchetti"][:1] == ["USALEG"]
    assert ("president", "USAGOV", "coref:person:description") in named(got, "Donald Trump")


def test_a_spokesman_is_not_the_leader_named_before(kb):
    got = mentions(
        kb,
        "Kim Jong Un met Donald Trump in Hanoi. The spokesman said talks would go on.",
        "2019-03-01",
    )
    assert not [t for t, c, n, w in got if t == "spokesman" and n == "Kim Jong Un"]


def test_a_surname_after_another_first_name_is_another_person(kb):
    got = mentions(
        kb, "Hunter Biden and Ivanka Trump met Tayyip Erdogan and President Putin.", "2019-06-01"
    )
    assert not [n for t, c, n, w in got if n in ("Joe Biden", "Donald Trump")]
    assert [n for t, c, n, w in got if t == "Tayyip Erdogan"] == ["Recep Tayyip Erdogan"]
    assert mention_codes(got, "President Putin") == ["RUSGOV"]


def test_the_head_noun_is_the_title_of_an_apposed_known_person(kb):
    # the files give her no role on that day; the text calls her a secretary of the cabinet
    got = mentions(kb, "The international development secretary, Penny Mordaunt, promised more "
                       "funding.", "2019-03-01")  # fmt: skip
    assert [c for t, c, n, w in got if n == "Penny Mordaunt"] == ["GBRGOV"]


def test_an_unknown_former_president_is_of_the_story_country(kb):
    got = mentions(kb, "Former President Tomas Vandeleur addressed a rally in Managua.")
    assert [c for t, c, n, w in got if n == "Tomas Vandeleur"] == ["NICELI"]


def test_an_unknown_president_takes_the_country_of_a_national_body_named_with_him(kb):
    got = mentions(kb, "President Ovando Kessel met leaders of UNITA on Monday.", "2001-03-01")
    assert [c for t, c, n, w in got if n == "Ovando Kessel"] == ["AGOGOV"]


def test_an_unknown_official_is_not_of_the_country_his_verb_addresses(coder):
    # the sentence's one country is the capital he asks: the other party, not his own
    text = (
        "Kenya's foreign ministry protested on Monday after Ugandan police detained four Kenyan "
        "fishermen on Migingo island. Uganda said the men had fished illegally in Ugandan "
        "waters. Prime Minister Daniel Mwangi has asked Kampala for talks between the two "
        "foreign ministers."
    )
    got = [e for e in events_of(coder, text, "2026-11-20") if e["type"] == "REQUEST"]
    assert [(codes(e["source"]), codes(e["target"])) for e in got] == [(["KENGOV"], ["UGAGOV"])]
    # a country in his clause's complement is still his own
    got = [e for e in events_of(coder, "President Daniel Mwangi said Kenya would send troops to "
                                "the border.", "2026-11-20") if e["type"] == "MOBILIZE"]  # fmt: skip
    assert got and codes(got[0]["source"])[0].startswith("KEN"), got


def test_an_unknown_official_visiting_the_only_country_told_is_of_it(coder):
    # no other country in the story: the capital his verb takes is his own, not a party
    text = (
        "Floods killed 40 people in Uganda this week. Prime Minister Daniel Mwangi toured "
        "Kampala on Monday and promised aid to the victims."
    )
    got = [e for e in events_of(coder, text, "2026-11-20") if e["type"] == "AGREE"]
    assert [codes(e["source"]) for e in got] == [["UGAGOV"]], got


def test_a_title_alias_before_the_whole_name_matches_the_whole_name(kb):
    # "President Moon" is an alias, "Moon Jae-in" the name: one mention, and "Moon" later is him
    got = mentions(
        kb,
        "The envoy met President Moon Jae-in on Friday. Moon said he wanted peace.",
        "2019-03-14",
    )
    assert [c for t, c, n, w in got if t.startswith("President Moon")] == ["KORGOV"], got
    assert mention_codes(got, "Moon") == ["KORGOV"], got


def test_a_police_spokesman_is_police_not_government_and_police(coder):
    text = ("Zambian opposition leaders accused the police of brutality on Monday. Police "
            "spokesman Daniel Mwale rejected the accusations by the Zambian opposition.")  # fmt: skip
    got = _codes_of(coder, text, "REJECT")
    assert got and got[0] == ["ZMBCOP"], got


def test_a_deputy_government_spokesman_is_government(coder):
    text = ("Malawian opposition leaders accused the government of rigging the vote. Deputy "
            "government spokesman Peter Banda rejected the accusations by the Malawian opposition.")  # fmt: skip
    got = _codes_of(coder, text, "REJECT")
    assert got and got[0] == ["MWIGOV"], got


def test_who_after_an_envoy_in_a_capital_is_the_envoy(coder):
    text = ("The European Union's ambassador in Dhaka, who met Bangladeshi Prime Minister Farida "
            "Rahman on Tuesday, urged the government to respect the right to protest.")  # fmt: skip
    e = found_2025_06_18(coder, text, "CONSULT")
    assert e and keys(e[0]["source"]) == {"EU"}, e


def test_envoys_meeting_a_president_at_home_are_the_visitors(coder):
    e = one(coder, "Serbian President Aleksandar Vucic met the U.S. and EU envoys in Belgrade on Tuesday.",
            "CONSULT", published="2023-05-31")  # fmt: skip
    assert starts(e["target"]) == {"SRB"} and ({"USA", "EU"} & starts(e["source"]))


def test_then_the_title_in_an_apposition_is_the_role_at_the_time(coder):
    text = (
        "The prime minister was overthrown in October 1999, when General Pervez Musharraf, "
        "then the army chief, took power in a bloodless coup."
    )
    e = found_2026_10_14(coder, text, "COERCE")
    assert e and {a["code"] for a in e[0]["source"]} == {"PAKMIL"}, e


def test_a_persons_lawyers_act_for_the_person(coder):
    text = (
        "The Peruvian Supreme Court has rejected a request by President Ana Torres's lawyers to "
        "halt the impeachment."
    )
    evs = found_2026_11_20(coder, text, "REJECT")
    assert evs and {a["code"] for a in evs[0]["target"]} == {"PERGOV"}, evs


def test_the_leaders_of_a_summit_are_its_organisation(coder):
    text = (
        "African Union leaders met in Addis Ababa on Sunday to discuss the war in Sudan. "
        "Sudan's army chief said the talks were useless. Russia sent a delegation. "
        "The Egyptian foreign minister said Cairo would send aid. Kenya offered to help. "
        "The Somali president thanked the leaders for their support. "
        "Leaders failed to agree on a ceasefire plan for Sudan."
    )
    evs = events_of(coder, text, "2026-12-18")
    thanks = [e for e in evs if e["type"] == "SUPPORT"]
    assert thanks and all("AU" in keys(e["target"]) for e in thanks), evs
    failed = [e for e in evs if e["modality"] == "negated"]
    assert failed and all(keys(e["source"]) == {"AU"} for e in failed), evs


def test_envoy_of_a_body_is_the_body_not_his_former_office(coder):
    text = (
        "The African Union's special envoy for the Sahel, former Nigerian president Olusegun "
        "Obasanjo, met junta leaders in Niamey on Monday."
    )
    evs = found_2026_11_19(coder, text, "CONSULT")
    assert evs and keys(evs[0]["source"]) == {"AU"}, evs
    text = "The U.N. envoy, former Nigerian president Olusegun Obasanjo, met Abiy on Monday."
    evs = found_2026_11_19(coder, text, "CONSULT")
    assert evs and keys(evs[0]["source"]) == {"UN"}, evs
    # a former envoy, or only the former office: still the former office holder
    for text in (
        "The former U.N. envoy, Olusegun Obasanjo, met Abiy on Monday.",
        "Former Nigerian president Olusegun Obasanjo met Abiy on Monday.",
    ):
        evs = found_2026_11_19(coder, text, "CONSULT")
        assert evs and codes(evs[0]["source"]) == ["NGAELI"], (text, evs)


def test_a_government_title_outranks_an_older_opposition_role(coder):
    # the people file lists Tarique Rahman as the BNP's acting chairman (opposition)
    text = "Prime Minister Tarique Rahman offered on Sunday to meet the student leaders."
    evs = found_2026_11_24(coder, text, "AGREE")
    assert evs and codes(evs[0]["source"]) == ["BGDGOV"], evs
    # no title: what the files say
    text = "Tarique Rahman met the Indian envoy in London on Monday."
    evs = found_2026_11_24(coder, text, "CONSULT")
    assert evs and any(codes(e["source"]) == ["BGDOPP"] or codes(e["target"]) == ["BGDOPP"]
                       for e in evs), evs  # fmt: skip


def test_a_ministry_that_summons_an_envoy_is_the_hosts(coder):
    text = ("MANILA - Chinese coast guard ships chased two Philippine fishing boats near the shoal "
            "on Monday. Beijing said its ships had acted lawfully. On Tuesday the Department of "
            "Foreign Affairs summoned the Chinese ambassador and demanded that Chinese ships leave "
            "the area.")  # fmt: skip
    evs = events_of(coder, text, "2026-11-30")
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    req = [e for e in evs if e["type"] == "REQUEST"]
    assert acc and keys(acc[0]["source"]) == {"PHL"} and keys(acc[0]["target"]) == {"CHN"}, acc
    assert req and keys(req[0]["source"]) == {"PHL"}, req
    text = ("HANOI - A Chinese survey ship entered Vietnam's waters on Monday. China's foreign "
            "ministry said the ship was on a routine mission. The foreign ministry lodged a protest "
            "with the Chinese embassy on Tuesday.")  # fmt: skip
    evs = found_2026_11_30(coder, text, "ACCUSE")
    assert evs and keys(evs[0]["source"]) == {"VNM"}, evs
    # a ministry that names its country keeps it
    text = "HANOI - China's foreign ministry summoned the Vietnamese ambassador on Tuesday."
    evs = found_2026_11_30(coder, text, "ACCUSE")
    assert evs and keys(evs[0]["source"]) == {"CHN"}, evs


def test_a_name_ends_in_its_head_word_only(kb):
    ends = kb.org_name_ends()
    assert "dissidents" in ends["EMC"]
    assert "refugees" not in ends["UNHCR"] and "journalists" not in ends.get("CPJ", ())
    assert "prisoners" not in ends.get("AAPP", ())


def test_a_chinese_family_name_alone_is_the_person_named_before(coder):
    # "Wang Yi" is "Wang" later, as "Moon Jae-in" is "Moon"
    evs = _events(
        coder,
        "Ajit Doval met Wang Yi in Beijing on Tuesday. Wang is due in New Delhi in December "
        "for the next round of talks.",
    )
    visit = [e for e in evs if e["cameo"] == "042"]
    assert visit and codes(visit[0]["source"])[0].startswith("CHN"), evs
    assert codes(visit[0]["target"]) == ["IND"]
    assert visit[0]["modality"] == "planned"


def test_an_agency_head_and_a_shadow_minister(kb):
    from tests.helpers import mention_codes, mentions

    got = mentions(
        kb, "The Director-General decided to send a team. The shadow home secretary spoke."
    )
    assert mention_codes(got, "Director-General") == ["IGO"]
    # the opposition's, not the government's; of Britain, the one country with that office
    # (sectors.yaml national_titles)
    assert mention_codes(got, "shadow home secretary") == ["GBROPP"]


def test_a_national_title_with_the_in_it(kb):
    from tests.helpers import mention_codes, mentions

    # sectors.yaml lists "chancellor of the exchequer"; the phrase is read without "the"
    # ("chancellor of exchequer"), so the list's title is too. The sector term's mention is
    # the whole term, found from its head "chancellor"
    got = mentions(kb, "The chancellor of the exchequer announced sanctions on Russia.")
    assert mention_codes(got, "chancellor of the exchequer") == ["GBRGOV"]
    # a story datelined in another country keeps that country's office of the same name
    got = mentions(kb, "The chancellor of the exchequer spoke on Monday.", dateline="IND")
    assert mention_codes(got, "chancellor of the exchequer") == ["INDGOV"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "WASHINGTON — The secretary of state imposed sanctions on Russia on Monday.",
            ("SANCTION", ["USAGOV"], ["RUS"]),
        ),
        (
            "LONDON — The chancellor of the exchequer announced sanctions on Russia.",
            ("SANCTION", ["GBRGOV"], ["RUS"]),
        ),
        (
            "WASHINGTON — The secretary of state met her Chinese counterpart in Beijing.",
            ("CONSULT", ["USAGOV"], ["CHNGOV"]),
        ),
        (
            "KYIV — The chief of the general staff accused Russia of shelling a village.",
            ("ACCUSE", ["UKRMIL"], ["RUS"]),
        ),
    ],
)
def test_an_x_of_y_title_as_subject_is_found_from_its_head(coder, text, expected):
    # sector terms of several words ("secretary of state") are matched at their last word,
    # but the verb's subject is the term's head ("secretary"): the head names the term too
    rows = [(e["type"], codes(e["source"]), codes(e["target"])) for e in events_of(coder, text)]
    assert expected in rows, rows


def test_an_x_of_y_title_is_one_mention_from_its_head(kb):
    from tests.helpers import mentions

    got = mentions(kb, "The chief of the general staff visited troops in Kharkiv.", dateline="UKR")
    assert [(t, c) for t, c, _, _ in got][:1] == [("chief of the general staff", "UKRMIL")]
    assert not any(t in ("staff", "general staff", "chief") for t, _, _, _ in got), got
    got = mentions(kb, "The secretary of state spoke on Monday.", dateline="USA")
    assert [(t, c) for t, c, _, _ in got] == [("secretary of state", "USAGOV")]


def test_a_states_ambassador_at_the_un_is_the_state(kb):
    from tests.helpers import mention_codes, mentions

    got = mentions(
        kb,
        "Russia's UN ambassador said no. Syria's UN envoy Bashar Jaafari replied. "
        "Vucic met the U.S. and EU envoys in Belgrade.",
        "2018-04-13",
    )
    assert mention_codes(got, "Russia's UN ambassador") == ["RUSGOV"]
    assert mention_codes(got, "Syria's UN envoy Bashar Jaafari") == ["SYRGOV"]
    assert "IGOEEU" in mention_codes(got, "U.S. and EU envoys")


def test_an_adviser_to_a_leader_is_of_that_leaders_country(kb):
    from tests.helpers import mention_codes, mentions

    text = "A senior adviser to the Saudi crown prince met the Egyptian president in Cairo."
    assert mention_codes(mentions(kb, text, "2018-04-13"), "senior adviser") == ["SAUGOV"]


def test_a_private_person_is_no_political_actor(coder):
    # a volunteer known by his name, home town and nationality: his meetings, journeys and
    # appeals are no state's acts (CODING.md: people are coded by the role they hold)
    text = (
        "Tom Hale, a 41-year-old Glaswegian who expects to be questioned when he returns to the "
        "UK, travelled to Iraq in 2016. It was in Erbil that he met Peter Ross. In March he "
        "deployed to Mosul with a volunteer battalion. He has urged Britain to give more help "
        "to the Yazidis."
    )
    assert not events_of(coder, text, "2018-03-20")
    # a person with an office is still the state
    text = "The Kenyan interior minister, Jane Wambui, met the Ugandan ambassador on Monday."
    evs = [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "CONSULT"]
    assert evs and keys(evs[0]["source"]) == {"KEN"}, evs


def test_the_listed_person_keeps_a_bare_surname(coder):
    evs = events_of(
        coder,
        "Saad al-Hariri met the French president in Paris. Hariri urged the EU to help Lebanon.",
        "2018-01-16",
    )
    assert any(c.startswith("LBN") for c in _codes(evs)), evs
    evs = events_of(coder, "Hariri urged the EU to send more aid to Lebanon.", "2018-01-16")
    assert any(c.startswith("LBN") for c in _codes(evs)), evs


def test_the_administration_former_officials_speak_of_is_theirs(coder):
    # the parser makes "Current" the subject of "Current and former American officials said"
    text = (
        "Egyptian negotiators want a large payment for the detainees. Current and former "
        "American officials said the administration wants to guarantee the security of its partners."
    )
    evs = events_of(coder, text, "2019-03-20")
    srcs = [a["country"] for e in evs for a in e["source"] if a["text"] == "administration"]
    assert srcs and set(srcs) == {"USA"}, evs


def test_an_office_only_one_country_has_is_that_countrys(coder):
    text = (
        "Two fighters remain in a camp in Syria. The shadow home secretary, Ann Park, criticised"
        " the decision."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["GBROPP"], evs
    text = "Clashes went on in Syria. The home secretary criticised the ruling on the camps."
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["GBRGOV"], evs
    # a story datelined in another country keeps that country's office of the same name
    evs = events_of(
        coder, "NEW DELHI - The home secretary met the chief ministers on Monday.", "2024-05-02"
    )
    assert evs and codes(evs[0]["source"]) == ["INDGOV"], evs


def test_a_state_s_envoy_to_a_body_is_the_state_s(coder):
    for text, want in (
        (
            "Ann Lee, the Kenya permanent representative at the UN body, complained to the"
            " Ugandans about the raid.",
            "KENGOV",
        ),
        ("Mary Jones, the British ambassador to the UN, complained to Russia.", "GBRGOV"),
        ("The permanent representative of France to the UN criticised Russia.", "FRA"),
        # the body's own envoy stays the body's
        ("Mary Jones, the UN envoy to Yemen, criticised the Houthis.", "IGOUNO"),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
        assert evs and codes(evs[0]["source"])[0].startswith(want), (text, evs)


def test_the_group_in_a_spokesmans_words_is_his_own(coder):
    text = (
        "QUETTA, Pakistan, May 4 - Pakistani Taliban fighters attacked a police checkpoint in "
        "Bannu on Monday, killing three officers. A Balochistan Liberation Army spokesman, "
        "Jeeyand Baloch, said the group had no intention of attacking Chinese engineers."
    )
    evs = [e for e in events_of(coder, text, "2026-05-04") if e["sentence_index"] == 1]
    assert evs and all(codes(e["source"]) == ["PAKREBBLA"] for e in evs), evs


def test_the_president_long_after_the_only_president_named(coder):
    text = OBITUARY + 'Latheef later accused the president of "selling out" to India.'
    e = [x for x in found(coder, text, "ACCUSE") if "president" in x["text"]]
    assert e and codes(e[0]["target"]) == ["MDVGOV"], e


def test_a_foreign_minister_is_not_the_president(coder):
    text = ("Ibrahim Latheef, the Maldivian foreign minister, met envoys on Monday. The president "
            "later accused India of meddling.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["source"][0].get("name") != "Ibrahim Latheef", e


def test_the_former_president_after_a_named_former_president(coder):
    text = ("KABUL (Reuters) - Former Afghan president Hamid Karzai criticised the Taliban on "
            "Monday. Karzai said girls must be allowed to study. The former president also urged "
            "Pakistan to stop deporting Afghan refugees.")  # fmt: skip
    e = [x for x in found(coder, text, "REQUEST") if "Pakistan" in x["text"]]
    assert e and codes(e[0]["source"]) == ["AFGELI"], e


def test_the_regions_minister_is_the_regional_government(coder):
    text = ("ERBIL (Reuters) - The Kurdistan Regional Government said on Monday it would halt oil "
            "deliveries to Baghdad. The region's finance minister, Hiwa Salih, accused the "
            "federal government of withholding salaries.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["IRQGOVKRG"], e
    # "in the region" is a place, not the regional government
    text = ("BAGHDAD (Reuters) - Fighting has displaced thousands of people in the region, the "
            "Kurdistan Regional Government said on Monday. Militants attacked two villages in the "
            "region on Sunday.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert e and all("KRG" not in a["code"] for a in e[0]["target"]), e


def test_the_regions_officials_in_a_story_naming_its_government_are_that_government(coder):
    # named earlier in the same sentence; "the regional government" as well as "the region's"
    text = (
        "The Kurdistan Regional Government will not accept the new oil law, the region's "
        "finance minister, Dilan Hawrami, said on Tuesday. Hawrami accused the federal "
        "government of theft. The region's president will travel to Ankara next week. The "
        "regional government condemned the drone strike on the gas field."
    )
    acc = found(coder, text, "ACCUSE", "2025-03-12")
    assert acc and all(codes(e["source"]) == ["IRQGOVKRG"] for e in acc), acc
    assert any(codes(e["target"]) == ["IRQGOV"] for e in acc), acc  # Baghdad's government
    visit = found(coder, text, "CONSULT", "2025-03-12")
    assert visit and codes(visit[0]["source"]) == ["IRQGOVKRG"], visit


def test_the_regions_officials_with_no_regional_government_named_stay_the_states(coder):
    # no autonomous region's government in the story: "the region's governor" is the state's
    text = "Russian officials said the region's governor condemned the drone attack on Sunday."
    acc = found(coder, text, "ACCUSE", "2025-03-10")
    assert acc and not any(a["org"] == "KRG" for e in acc for a in e["source"]), acc


def test_a_treasury_secretary_after_the_us_treasury_is_american(coder):
    text = ("MEXICO CITY (Reuters) - The U.S. Treasury imposed sanctions on two Mexican firms on "
            "Tuesday. Treasury Secretary John Miller accused the companies of supplying the "
            "cartels.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["USAGOV"], e
    text = ("MEXICO CITY (Reuters) - Floods hit the north on Tuesday. Finance Minister Rosa Ortiz "
            "criticised the United States over the tariffs.")  # fmt: skip
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["MEXGOV"], e


def test_representatives_of_a_body_are_that_body(coder):
    e = found(coder, "Representatives of the Taliban met Afghan officials in Doha.", "CONSULT")
    # (the Taliban, Afghanistan's government since 2021-08-15: organisations.yaml governs_since)
    assert e and codes(e[0]["source"]) == ["AFGGOVTAL"], e
    e = found(coder, "The representative of Peru at the UN rejected the resolution.", "REJECT")
    assert e and codes(e[0]["source"]) == ["PER"], e


def test_the_leader_of_a_body_the_files_do_not_know_is_not_the_state(coder):
    text = ("QUITO (Reuters) - Ecuador's government cut fuel subsidies on Monday. The leader of the "
            "National Federation of Banana Farmers, Jorge Pico, rejected the measure. He also turned "
            "down an invitation to talks.")  # fmt: skip
    rej = found_2025_03_12(coder, text, "REJECT")
    assert rej and all(codes(x["source"]) == ["ECUAGR"] for x in rej), rej


def test_a_spokesman_of_no_named_country_speaks_for_the_state_just_told(coder):
    # Ghana is the subject of the sentence before the quote: its spokesman, not the
    # dateline's Togo
    text = (
        "LOME (Reuters) - Togo accused Ghana on Sunday of sheltering rebels. Ghana rejected the "
        'accusation on Monday. "There is no rebel camp on our soil," government spokesman Kofi '
        "Mensah told reporters. He said his government would not expel Togo's ambassador."
    )
    e = [x for x in events_of(coder, text, "2026-05-04") if x["type"] == "SANCTION"]
    assert e and codes(e[0]["source"]) == ["GHAGOV"] and e[0]["modality"] == "negated", e


def test_a_bare_leader_title_met_abroad_is_the_host_s_leader(coder):
    # the doer's own state is the last one named, but the emir met in Kuwait City is Kuwait's
    met = found(coder, "Oman's foreign minister met in Kuwait City with the emir.", "CONSULT")
    assert met and keys(met[0]["target"]) == {"KWT"}, met
    # a story about Nepal: the speaker an Indian envoy meets is Nepal's
    text = (
        "KATHMANDU, May 2 (Reuters) - Nepal's parliament failed to elect a prime minister on "
        "Tuesday. India's ambassador, who met the speaker of parliament on Wednesday, said New "
        "Delhi would keep funding a new bridge."
    )
    met = found(coder, text, "CONSULT")
    assert met and keys(met[0]["target"]) == {"NPL"}, met
    # the doer's own president, with no other country told, stays his
    met = found(
        coder, "Kenya's foreign minister met the president in Nairobi on Monday.", "CONSULT"
    )
    assert not met or keys(met[0]["target"]) <= {"KEN"}, met


def test_a_possessive_role_renamed_by_a_titled_person_acts_for_the_bloc(coder):
    # "its chairman, <title> X" after a bloc: the bloc he chairs (as the gold codes it), for
    # both conjoined verbs
    text = (
        "GABORONE, Nov 4 (Reuters) - The opposition Umbrella for Democratic Change rejected the "
        "election result. Leaders of the Southern African Development Community will "
        "meet in Gaborone next week, the bloc's secretariat said. Its chairman, Namibian "
        "President Nangolo Mbumba, offered to mediate between the opposition and the government "
        "and urged both sides to refrain from violence."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["sentence_index"] == 2]
    assert len(evs) == 2 and all(codes(e["source"]) == ["IGOSAD"] for e in evs), evs
    # an opposition party told before "its" does not take the bloc's chair
    text = (
        "LUSAKA, March 4 (Reuters) - The opposition United Party for National Development "
        "boycotted the vote. The Southern African Development Community said it was alarmed. "
        "Its chairman, Namibian President Nangolo Mbumba, condemned the violence and urged the "
        "army to return to barracks."
    )
    evs = [e for e in events_of(coder, text, "2024-05-02") if e["sentence_index"] == 2]
    assert evs and all(codes(e["source"]) == ["IGOSAD"] for e in evs), evs


def test_the_secretary_general_of_a_body_acts_for_it(coder):
    # the tokenizer splits "secretary-general"; its "of" phrase names the body, not the
    # dateline's government
    for text in ("The secretary-general of the Arab League denounced the raid in Gaza.",
                 "BEIRUT - The secretary-general of the Arab League denounced the raid."):  # fmt: skip
        evs = [e for e in events_of(coder, text) if e["type"] == "ACCUSE"]
        assert evs and codes(evs[0]["source"]) == ["IGOARL"], (text, evs)


def test_a_person_described_as_a_member_of_a_body_acts_for_it(coder):
    # a name the files do not know, apposed to "a leader/member/spokesman of <body>": the
    # body's code, not a private person (whose events are dropped)
    cases = [
        (
            "Carlos Mendoza, a senior leader of Peru's Socialist party, resigned on Friday.",
            "PERPTY",
        ),
        ("Carlos Mendoza, a member of the Peruvian parliament, resigned on Friday.", "PERLEG"),
    ]
    for text, code in cases:
        e = [x for x in events_of(coder, text, "2024-05-02") if x["type"] == "RETREAT"]
        assert e and codes(e[0]["source"]) == [code], (text, e)
    # the pronoun told after him speaks for the party too
    text = ("Carlos Mendoza, a leader of Peru's Socialist party, criticised the budget on Monday. "
            "He said on Tuesday that he would step down.")  # fmt: skip
    e = [x for x in events_of(coder, text, "2024-05-02") if x["sentence_index"] == 1]
    assert e and codes(e[0]["source"]) == ["PERPTY"], e
    # a member of the public is still a private person
    text = "Carlos Mendoza, a member of the public, met the mayor of Lima on Friday."
    e = [x for x in events_of(coder, text, "2024-05-02") if x["type"] == "CONSULT"]
    assert not e or codes(e[0]["source"]) != ["PERCVL"], e


@pytest.mark.parametrize("text", [
    "The U.S. Treasury said it had frozen the assets of Brigadier General Jean-Paul Karera, who it "
    "said commands Rwandan troops fighting alongside the rebels.",
    "The United States sanctioned a general who commands Rwandan troops in eastern Congo.",
    # a role noun with no name, through a verb of saying as the named general's
    "The United States sanctioned a general who it said commands Rwandan troops in Congo.",
])  # fmt: skip
def test_a_general_is_of_the_state_whose_troops_his_relative_clause_says_he_commands(coder, text):
    # not of the story's country or of the state that sanctions him
    got = [e for e in events_of(coder, text, "2025-11-06") if e["type"] == "SANCTION"]
    assert got and codes(got[0]["target"]) == ["RWAMIL"], got


def test_a_presidential_council_is_its_countrys_government(coder):
    # a collective head of state ("Libya's Presidential Council") acts for the government
    evs = events_of(coder, "Libya's Presidential Council threatened on Monday to cut off fuel exports to Tunisia.",
                    "2026-06-18")  # fmt: skip
    assert evs and codes(evs[0]["source"]) == ["LBYGOV"], evs


def test_state_house_is_the_presidency_of_the_story_s_country(coder):
    # the president's office in several Commonwealth states: the country comes from the story
    for text, code in (
        ("LUSAKA - State House urged Zambians to stay calm after the vote.", "ZMBGOV"),
        ("FREETOWN - State House welcomed the agreement with Guinea on Monday.", "SLEGOV"),
    ):
        evs = [
            e for e in events_of(coder, text, "2026-11-30") if e["type"] in ("REQUEST", "SUPPORT")
        ]
        assert evs and codes(evs[0]["source"]) == [code], evs


def test_a_former_minister_described_after_his_name_holds_no_office(coder):
    # "X, a former interior minister" is as "former interior minister X": ELI, not GOV
    text = "NAIROBI (Reuters) - Peter Otieno, a former interior minister, was arrested on Monday."
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["KENELI"]]
    # a former rebel movement is no former office: the party stays a party
    text = "MAPUTO (Reuters) - Renamo, the former rebel movement, rejected the results on Monday."
    assert [codes(e["source"]) for e in found(coder, text, "REJECT")] == [["MOZPTYREN"]]


def test_an_opposition_leader_later_called_a_former_minister_stays_the_opposition(coder):
    # the role held now, told before (CODING.md), not the office left
    text = (
        "NAIROBI (Reuters) - Opposition leader Peter Otieno called a strike. Police arrested "
        "Otieno, a former interior minister, on Monday."
    )
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["KENOPP"]]
