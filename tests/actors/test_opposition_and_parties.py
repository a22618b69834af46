"""Opposition, parties, unions, supporters, critics and crowds: whose side an actor is on."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _codes_of,
    found_2019_02_20,
    found_2020_06_15,
    found_2024_05_01,
    found_2024_05_02,
    found_2025_03_12,
    found_2025_06_18,
    found_2026_03_18,
    found_2026_10_01,
    found_2026_11_28,
    found_2026_11_30,
    found_2026_12_09,
    mention_codes,
    mentions,
    one,
)
from tests.helpers import _events_2025_06_26 as _events
from tests.helpers import _typed_2025_03_12 as _typed

found = finder("2026-06-12")
OPPOSITION_STORY = (
    "HARARE (AFP) - Zimbabwean police arrested several senior leaders of the opposition "
    "Citizens Coalition for Change overnight, as thousands of its supporters marched on the "
    "capital on Saturday. The home affairs minister warned that anyone who joined the march "
    "would be arrested. President Mnangagwa offered to hold talks with the opposition. The "
    "opposition called a national strike for Monday."
)
PUBLISHED = "2024-05-02"


def test_an_opposition_leaders_party_is_the_opposition(coder):
    text = (
        "DAR ES SALAAM (AFP) - A court on Monday charged opposition leader Juma Kweli with "
        "sedition over a speech, his Chadema party said. Police fired tear gas at hundreds of "
        "Chadema supporters and arrested 20 of them. Chadema called the charge a disgrace and "
        "urged the government to free Kweli."
    )
    assert [codes(e["target"]) for e in found(coder, text, "ASSAULT")] == [["TZAOPP"]]
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["TZAOPP"]]
    assert [codes(e["source"]) for e in found(coder, text, "REQUEST")] == [["TZAOPP"]]


def test_a_party_named_before_supporters_is_their_side(coder):
    # a party the story never calls the opposition: its supporters are its people (its key)
    text = "Police in Dar es Salaam fired tear gas at Chadema supporters on Monday."
    e = found(coder, text, "ASSAULT")
    assert e and codes(e[0]["target"]) == ["TZAPTYCHD"], e


def test_people_arrested_at_an_opposition_rally_are_the_opposition(coder):
    text = (
        "HARARE (Reuters) - Police arrested 30 people at an opposition rally in Harare on Sunday."
    )
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["ZWEOPP"]]
    # a rally of no protest group: the people stay the public
    text = "HARARE (Reuters) - Police arrested 30 people at a football match in Harare on Sunday."
    assert [codes(e["target"]) for e in found(coder, text, "COERCE")] == [["ZWECVL"]]


def test_the_crowd_dispersed_later_is_the_rally_broken_up_before(coder):
    text = (
        "LUSAKA (Reuters) - Zambian police fired tear gas on Saturday to break up an "
        "opposition rally in Lusaka, witnesses said.\n\nThe rally had been banned by police on "
        "Thursday. The Freedom Front challenged the ban in court.\n\nA police spokesman said "
        "officers had dispersed the crowd because organisers ignored orders to leave, and that "
        "officers arrested 25 people for unlawful assembly."
    )
    e = [x for x in found(coder, text, "COERCE") if x["cameo"] == "173"]
    assert [codes(x["target"]) for x in e] == [["ZMBOPP"]], e


def test_an_opposition_bloc_is_the_countrys_opposition(coder):
    text = "CHISINAU (Reuters) - The opposition Unity bloc accused the government of corruption."
    e = found(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["MDAOPP"], e


def test_protesters_after_an_opposition_crowd_are_the_opposition(coder):
    text = (
        "LIMA (Reuters) - Police fired tear gas on Monday at thousands of opposition supporters "
        "who marched on the electoral board in Lima. The losing candidate, Rosa Quispe, refused "
        "to concede. Protesters also blocked the main highway south of the capital."
    )
    protests = _typed(coder, text, "PROTEST", "2026-04-07")
    assert protests and all(codes(e["source"]) == ["PEROPP"] for e in protests), protests
    rejects = _typed(coder, text, "REJECT", "2026-04-07")
    assert rejects and codes(rejects[0]["source"]) == ["PEROPP"], rejects  # the losing candidate
    # a crowd of no named side stays the public
    text = (
        "LIMA (Reuters) - Thousands of people marched through Lima on Monday against the fuel "
        "tax. Protesters also blocked the main highway south of the capital."
    )
    protests = _typed(coder, text, "PROTEST", "2026-04-07")
    assert protests and codes(protests[-1]["source"]) == ["PERCVL"], protests


def test_a_party_familys_leader_is_the_partys_not_the_governments(kb, nlp):
    import datetime

    from dotterel.actors.resolve import Memory, SentenceActors

    doc = nlp("Portuguese Socialist leader Rui Tavares accused the government of lying.")
    sa = SentenceActors(kb, doc, datetime.date(2024, 3, 5), Memory())
    found = [a for s in doc.sents for a in sa.sentence_mentions(s)]
    assert found and found[0].code == "PRTPTY", found


def test_a_region_word_in_a_partys_name_names_no_region(kb):
    got = mentions(kb, "Police arrested the leader of the African Party for Renewal on Monday.")
    assert not any(c.startswith("AFR") for _, c, _, _ in got), got
    # a region's bloc written as a description still is one
    got = mentions(kb, "The Latin American bloc criticised the sanctions.")
    assert mention_codes(got, "Latin American bloc") and mention_codes(got, "Latin American bloc")[
        0
    ].endswith("IGO"), got


def test_the_party_an_opposition_leader_heads_is_the_opposition(kb):
    text = ("Officials accused opposition leader Tomas Vieira, head of the PAIGC, of plotting a "
            "coup. The PAIGC denied any role.")  # fmt: skip
    got = mentions(kb, text, dateline="GNB")
    assert mention_codes(got, "opposition leader Tomas Vieira") == ["GNBOPP"], got
    assert mention_codes(got, "PAIGC")[-1] == "GNBOPP", got


def test_an_international_body_named_with_an_opposition_leader_is_not_his(kb):
    # the files list Atiku Abubakar as Nigeria's opposition leader in 2024: a panel of the
    # African Union is no party or armed group he leads
    got = mentions(kb, "African Union panel member Atiku Abubakar arrived in Abuja.", "2024-05-01")
    assert mention_codes(got, "African Union panel member Atiku Abubakar") == ["NGAOPP"], got


def test_the_crowd_of_a_rally_the_opposition_organised_is_the_opposition(coder):
    text = ("Thousands of people rallied outside parliament in Yerevan on Sunday. The rally was "
            "organised by the opposition Homeland bloc. Police said they detained 30 people.")  # fmt: skip
    evs = events_of(coder, text)
    protest = [e for e in evs if e["type"] == "PROTEST"]
    assert protest and protest[0]["source"][0]["code"] == "ARMOPP", protest
    arrest = [e for e in evs if e["type"] == "COERCE"]
    assert arrest and arrest[0]["target"][0]["code"] == "ARMOPP", arrest
    text = "Police in Yerevan detained 40 demonstrators at a rally organised by the opposition."
    arrest = [e for e in events_of(coder, text) if e["type"] == "COERCE"]
    assert arrest and arrest[0]["target"][0]["code"] == "ARMOPP", arrest
    # a rally no group is told organising stays the public's
    text = "Thousands of people rallied outside parliament in Yerevan on Sunday."
    protest = [e for e in events_of(coder, text) if e["type"] == "PROTEST"]
    assert protest and protest[0]["source"][0]["code"] == "ARMCVL", protest


def test_a_persons_or_buildings_name_ending_in_a_partys_alias_is_not_that_party(kb):
    got = mentions(kb, "Police arrested Karim El Fateh, a baker, in the old town.")
    assert not any(c and "FTH" in c for _, c, _, _ in got), got
    got = mentions(kb, "Gunmen fired on worshippers leaving the El Fateh mosque.")
    assert not any(c and "FTH" in c for _, c, _, _ in got), got
    # a nationality adjective or a country before the name keeps it
    got = mentions(kb, "Lebanese Hezbollah fired rockets at the border post.")
    assert any(c and "HEZ" in c for _, c, _, _ in got), got
    got = mentions(kb, "Fatah accused Hamas of stalling the talks.")
    assert any(c and "FTH" in c for _, c, _, _ in got), got
    # a people's word before it too ("Kurdish" is a proper noun to the parser)
    got = mentions(kb, "Turkish jets struck the Syrian Kurdish YPG militia near the border.")
    assert any(c and c.endswith("YPG") for _, c, _, _ in got), got


def test_a_party_called_ruling_is_the_government(coder, kb):
    text = "MASERU (Reuters) - The ruling Basotho Unity Party accused the opposition of lying."
    evs = found_2020_06_15(coder, text, "ACCUSE")
    assert evs and evs[0]["source"][0]["code"] == "LSOGOV", evs
    text = "MASERU (Reuters) - Protesters burned a governing party office in the capital."
    evs = events_of(coder, text)
    assert evs and any(a["code"] == "LSOGOV" for e in evs for a in e["target"]), evs
    # a known party the story calls ruling, here and when named again
    got = mentions(kb, "Critics accused the ruling ZANU-PF of fraud. ZANU-PF denied it.")
    assert mention_codes(got, "ZANU-PF") == ["ZWEGOV", "ZWEGOV"], got
    # "opposition" still makes the opposition
    got = mentions(kb, "Police detained leaders of the opposition MDC Alliance.")
    assert any(c == "ZWEOPP" for _, c, _, _ in got), got


def test_the_opposition_is_the_opposition_party_the_story_named(coder):
    evs = found_2024_05_02(coder, OPPOSITION_STORY, "PROTEST")
    strike = [e for e in evs if "strike" in e["trigger"]]
    assert strike and [(a["code"], a["org"]) for a in strike[0]["source"]] == [
        ("ZWEOPP", "CCC_ZWE")
    ], evs
    evs = found_2024_05_02(coder, OPPOSITION_STORY, "AGREE")
    assert evs and [a["org"] for a in evs[0]["target"]] == ["CCC_ZWE"], evs


def test_the_opposition_at_large_when_the_story_named_no_party(coder):
    text = (
        "HARARE (AFP) - Zimbabwean police arrested several opposition activists overnight. "
        "The opposition called a national strike for Monday."
    )
    evs = [e for e in found_2024_05_02(coder, text, "PROTEST") if "strike" in e["trigger"]]
    assert evs and [(a["code"], a["org"]) for a in evs[0]["source"]] == [("ZWEOPP", None)], evs


def test_a_party_and_state_tag_after_a_name_is_a_us_lawmaker(coder):
    from tests.conftest import events_of

    evs = events_of(
        coder,
        "Budget Committee Chairman John Yarmuth (D-Ky.) condemned the spending freeze as reckless.",
    )
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and [a["code"] for a in acc[0]["source"]] == ["USALEG"]


def test_a_union_official_is_of_the_union_and_of_the_story_country(coder):
    text = ("ACCRA (Reuters) - Ghana's teachers' union began a strike in Ghana on Monday, and "
            "Ghanaian officials said the strike was illegal. Police in Ghana detained a regional "
            "union official in Kumasi on Tuesday.")  # fmt: skip
    got = [c for c in _codes_of(coder, text, "COERCE", "target")]
    assert got and got[0] == ["GHALAB"], got


def test_other_opposition_leaders_are_of_the_story_country(coder):
    text = ("HARARE (Reuters) - A Zimbabwean court jailed an opposition leader on Monday. "
            "Zimbabwe's government welcomed the ruling in Harare. Police in Zimbabwe arrested "
            "several other opposition leaders on Tuesday.")  # fmt: skip
    got = _codes_of(coder, text, "COERCE", "target")
    assert ["ZWEOPP"] in got, got


def test_a_critic_is_still_an_actor(coder):
    text = "Government critics accused the Malawian government of corruption on Monday."
    assert found_2025_06_18(coder, text, "ACCUSE")


def test_the_ruling_is_the_court_s_act_not_the_last_accusation(coder):
    text = ("BANGKOK (Reuters) - Thailand's Constitutional Court on Thursday dissolved the opposition "
            "New Horizon Party. Thailand's opposition accused the Thai government of pressing the "
            "court. The European Union criticised the ruling.")  # fmt: skip
    e = [x for x in found_2025_06_18(coder, text, "ACCUSE") if keys(x["source"]) == {"EU"}]
    assert e and keys(e[0]["target"]) == {"THA"} and "OPP" not in codes(e[0]["target"])[0], e


def test_talks_hosted_by_a_third_party_are_the_parties_meeting(coder):
    e = one(
        coder, "Sudan and Chad signed a border accord at talks hosted by Qatar in Doha.", "CONSULT"
    )
    assert {a["country"] for a in e["source"] + e["target"]} == {"SDN", "TCD"} and e[
        "mode"
    ] == "third-party"


def test_a_domestic_party_meeting_abroad_keeps_its_country(coder):
    # the venue is abroad: the opposition that signs there with the government is still its own
    text = (
        "CARACAS - Venezuela's government and the opposition resumed talks on Monday. "
        "In the island nation of Barbados last month, Maduro's envoys and the opposition signed "
        "an agreement on elections."
    )
    evs = [e for e in events_of(coder, text, "2024-01-26") if e["type"] == "SUPPORT"]
    assert evs and all(a["country"] == "VEN" for e in evs for a in e["source"] + e["target"])


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


def test_protest_and_student_movement_leaders_are_coded_as_their_crowd(coder):
    """CODING.md: protest leaders are coded as the protest is (CVL), not the opposition or
    the government; leaders of a student protest movement are students (EDU)."""
    text = (
        "Students marched on parliament in Dhaka on Monday. Leaders of the student protest "
        "movement said they would keep blocking roads until the minister resigned. The "
        "government said it was ready to meet protest leaders next week."
    )
    got = [(e["type"], codes(e["source"]), codes(e["target"])) for e in events_of(coder, text)]
    assert ("PROTEST", ["BGDEDU"], ["BGDGOV"]) in [g for g in got if g[0] == "PROTEST"][1:], got
    assert ("AGREE", ["BGDGOV"], ["BGDCVL"]) in got, got


def test_a_rally_by_students_broken_up_is_the_students(coder):
    text = ("Police fired tear gas on Tuesday to break up a rally by about 300 students demanding "
            "a referendum in Jayapura, and detained 14 of them.")  # fmt: skip
    evs = events_of(coder, text, "2026-10-07")
    assert "REQUEST" not in {e["type"] for e in evs}, evs
    e = [e for e in evs if e["type"] == "ASSAULT"]
    assert e and codes(e[0]["target"]) == ["IDNEDU"], e
    # protesters' demands are the protest's; a statement's demand is still a request
    text = (
        "Thousands of protesters demanding the president's resignation marched in Lima on Tuesday."
    )
    assert [e["type"] for e in events_of(coder, text, "2026-10-07")] == ["PROTEST"]
    assert found_2026_03_18(coder, "The Peruvian opposition issued a statement demanding the president's resignation.",
                 "REQUEST")  # fmt: skip


def test_the_governments_critics_are_the_opposition(coder):
    text = "The government's critics accused the Dutch prime minister of lying to parliament."
    e = found_2026_10_01(coder, text, "ACCUSE", "2026-10-22")
    assert e and codes(e[0]["source"]) == ["NLDOPP"], e


def test_a_party_founder_in_opposition_is_coded_as_his_party(coder):
    text = "A court in Rawalpindi convicted Imran Khan of corruption on Monday."
    evs = found_2026_11_30(coder, text, "SANCTION")
    assert evs and evs[0]["target"][0]["org"] == "PTI", evs


def test_the_union_is_the_trade_union_not_the_rights_group_named_last(coder):
    text = (
        "MASERU, Nov 28 - Amnesty International criticised the arrest of two activists. "
        "The Lesotho teachers' union called off its strike on Friday. The union, founded in "
        "1991, last held a national strike in May 2019."
    )
    evs = found_2026_11_28(coder, text, "PROTEST")
    # the teachers' union (a union of teachers: EDU), never Amnesty
    assert evs and all(codes(e["source"]) == ["LSOEDU"] for e in evs), evs


def test_the_union_is_the_trade_union_told_since_the_union_of_states(coder):
    text = (
        "LIMA, Nov 28 - Dock workers in Callao went on strike on Monday, their union said. "
        "The European Union's ambassador urged the authorities to free the detained union "
        "leaders. The union has called a march in Lima on Saturday."
    )
    evs = [e for e in found_2026_11_28(coder, text, "PROTEST") if e["cameo"] == "141"]
    # the dockers' union told by that word since the EU was named, never the EU
    assert evs and all(codes(e["source"]) == ["PERLAB"] for e in evs), evs
    # with no trade union told since, "the union" is the union of states named
    text = "BRUSSELS, Nov 28 - The European Union imposed sanctions on Belarus. The union also cut aid."
    evs = found_2026_11_28(coder, text, "SANCTION")
    assert evs and all(e["source"][0]["org"] == "EU" for e in evs), evs


def test_a_party_named_before_a_listed_leader_is_his_party(coder):
    text = "PRETORIA - EFF leader Julius Malema accused the government of corruption on Monday."
    evs = found_2026_12_09(coder, text, "ACCUSE", published="2024-05-06")
    assert evs and evs[0]["source"][0]["org"] == "EFF", evs


def test_a_shared_party_name_abroad_is_the_local_party(coder):
    text = (
        "ULAANBAATAR (Reuters) - Democratic Party chairman Tsogt Bat said his party would not "
        "join the cabinet and called on the president to dissolve parliament."
    )
    e = found(coder, text, "REQUEST")
    assert e and {a["country"] for a in e[0]["source"]} == {"MNG"}, e
    text = "TIRANA (Reuters) - The Democratic Party accused the government of vote rigging."
    e = found(coder, text, "ACCUSE")
    assert e and {a["country"] for a in e[0]["source"]} == {"ALB"}, e


def test_a_party_called_the_opposition_stays_the_opposition(coder):
    text = (
        "ULAANBAATAR (Reuters) - Parliament removed the prime minister in a motion brought by "
        "the opposition Democratic Party. Democratic Party chairman Tsogt Bat called on the "
        "president to dissolve parliament."
    )
    e = found(coder, text, "REQUEST")
    assert e and e[0]["source"][0]["code"] == "MNGOPP", e
    text = (
        "DAR ES SALAAM (AFP) - Police arrested opposition Chadema supporters on Monday. "
        "The Chadema party accused the police of brutality."
    )
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["source"][0]["code"] == "TZAOPP" and e[0]["source"][0]["org"] == "CHADEMA", e
    # a party never called the opposition keeps its own code
    e = found(
        coder, "LONDON (Reuters) - The Labour Party accused the government of lying.", "ACCUSE"
    )
    assert e and e[0]["source"][0]["code"] == "GBRPTYLAB", e


def test_an_opposition_candidate_named_with_the_title_is_opp(coder):
    text = "LUSAKA (Reuters) - Opposition candidate Mary Banda accused the government of rigging the vote."
    e = found(coder, text, "ACCUSE")
    assert e and e[0]["source"][0]["code"].startswith("ZMBOPP"), e


def test_a_persons_supporters_are_his_party_or_the_public(coder):
    """ "his supporters": an opposition leader's are the opposition (OPP), a president's the
    public (CVL), of the person's country."""
    got = found_2024_05_01(
        coder,
        "Kenyan opposition leader Raila Odinga said his supporters would march on Friday.",
        "PROTEST",
    )
    assert got and {a["code"] for a in got[0]["source"]} == {"KENOPP"}, got
    assert got[0]["modality"] == "planned"
    got = found_2024_05_01(
        coder, "Raila Odinga's supporters marched in Nairobi on Friday.", "PROTEST"
    )
    assert got and {a["code"] for a in got[0]["source"]} == {"KENOPP"}, got
    got = found_2024_05_01(
        coder, "Supporters of President William Ruto rallied in Eldoret.", "PROTEST"
    )
    assert got and {a["code"] for a in got[0]["source"]} == {"KENCVL"}, got


def test_a_former_minister_apposed_as_an_opposition_leader_is_the_opposition(coder):
    # coded by the role held now (CODING.md): "former minister X, a senior leader of the
    # opposition Y" is the opposition, and so is "his party"
    evs = _events(
        coder,
        "DHAKA - A Dhaka court on Monday issued an arrest warrant for former finance minister "
        "Abul Hasan, a senior leader of the opposition People's Front, prompting his party to "
        "call a general strike.",
    )
    warrant = next(e for e in evs if e["type"] == "COERCE")
    assert codes(warrant["target"]) == ["BGDOPP"], evs
    strike = next(e for e in evs if e["type"] == "PROTEST")
    assert codes(strike["source"]) == ["BGDOPP"], evs
    # a former office holder described by his past only stays a former official
    evs = _events(coder, "DHAKA - Police on Monday arrested former finance minister Abul Hasan.")
    assert codes(evs[0]["target"]) == ["BGDELI"], evs


def test_the_marchers_are_the_group_told_marching_not_those_their_demand_is_for(coder):
    evs = _events(
        coder,
        "NAIROBI - Thousands of students marched through central Nairobi on Monday to demand the "
        "release of 12 activists detained during last week's scuffles. Riot police blocked the "
        "marchers from reaching parliament, and officers pushed back the crowd.",
    )
    policed = [e for e in evs if e["cameo"] in ("191", "175")]
    assert {e["cameo"] for e in policed} == {"191", "175"}, evs
    assert all(codes(e["target"]) == ["KENEDU"] for e in policed), evs


def test_opposition_party_unknown_to_the_knowledge_base_is_the_opposition(coder):
    text = "Chile's opposition Green Party called for a referendum on the mining law."
    evs = found_2024_05_02(coder, text, "REQUEST")
    assert evs and codes(evs[0]["source"]) == ["CHLOPP"], evs


def test_party_named_in_apposition_to_a_party_noun_decides_its_supporters(coder):
    text = (
        "Supporters of Obi's party, the opposition Peoples Democratic Party (PDP), rallied "
        "outside the tribunal in Abuja on Friday, and police fired tear gas to disperse them."
    )
    evs = events_of(coder, text, PUBLISHED)
    protest = [e for e in evs if e["type"] == "PROTEST"]
    gas = [e for e in evs if e["type"] == "ASSAULT"]
    assert protest and codes(protest[0]["source"]) == ["NGAOPP"], evs
    # "them" is the crowd of supporters the police dispersed, not the party
    assert gas and codes(gas[0]["target"]) == ["NGAOPP"], evs


def test_the_party_after_an_opposition_party_is_the_opposition(coder):
    text = (
        "LUSAKA (Reuters) - Zambian police detained the head of the largest opposition party on "
        "Monday. The party said it would hold protests on Friday."
    )
    e = found_2019_02_20(coder, text, "PROTEST")
    assert e and e[0]["source"][0]["code"] == "ZMBOPP"


@pytest.mark.parametrize(("text", "code"), [
    ("Protesters led by opposition parties marched on parliament in Tbilisi on Monday.", "GEOOPP"),
    ("Protesters led by a local priest blocked roads in Lima on Monday.", "PERCVL"),
])  # fmt: skip
def test_crowd_led_by_a_group_is_that_group(coder, text, code):
    e = found_2019_02_20(coder, text, "PROTEST")
    assert e and e[0]["source"][0]["code"] == code, text


def test_the_ruling_party_is_not_the_rebel_party_named_before(coder):
    text = "Iraqi Kurds have ties to the PKK. Members of the ruling party asked Erdogan to capture the town."
    evs = [e for e in events_of(coder, text, "2018-03-20") if e["type"] == "REQUEST"]
    assert evs and not any(a["org"] == "PKK" for a in evs[0]["source"]), evs


def test_a_party_named_once_as_the_opposition_keeps_its_code_by_name(coder):
    text = ("The opposition Green Dawn party organised protests in Lusaka. Green Dawn accused "
            "President Hichilema of corruption.")  # fmt: skip
    e = found_2026_03_18(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["ZMBOPP"], e


def test_an_acronym_of_an_unknown_front_is_that_body(coder):
    text = ("Nigerian authorities arrested the leader of the National Freedom Front (NFF) on "
            "Sunday. The NFF demanded his release.")  # fmt: skip
    e = found_2026_03_18(coder, text, "REQUEST")
    assert e and codes(e[0]["source"]) == ["NGAPTY"], e


def test_the_spokeswoman_of_an_unknown_party_in_an_opposition_story_is_the_opposition(coder):
    text = ("HARARE (Reuters) - Police fired tear gas at an opposition rally in Harare on Sunday. "
            "The Citizens' Union for Renewal (CUR) challenged the ban in court.\n\n"
            "CUR spokeswoman Mary Dube accused the police of defying the court order. CUR leader "
            "Peter Moyo called on the African Union to send envoys.")  # fmt: skip
    e = found_2026_03_18(coder, text, "ACCUSE")
    assert any(codes(x["source"]) == ["ZWEOPP"] and codes(x["target"]) == ["ZWECOP"] for x in e), e
    e = found_2026_03_18(coder, text, "REQUEST")
    assert e and codes(e[0]["source"]) == ["ZWEOPP"], e


def test_the_leader_named_by_an_unknown_union_is_no_official(coder):
    text = ("OUAGADOUGOU (Reuters) - The junta suspended the main opposition party on Tuesday.\n\n"
            "Union for Renewal leader Paul Sawadogo had led a rally on Sunday. Police arrested "
            "Sawadogo on Monday.")  # fmt: skip
    e = [x for x in found_2026_03_18(coder, text, "COERCE") if x["trigger"].startswith("arrest")]
    assert e and codes(e[0]["target"]) == ["BFAOPP"], e


def test_an_opposition_politician_in_apposition_is_the_opposition(coder):
    text = ("MALE (AFP) - Ahmed Naseem, a senior Maldivian opposition politician, was arrested on "
            "Monday. Police accused Naseem of inciting violence.")  # fmt: skip
    e = found_2026_03_18(coder, text, "ACCUSE")
    assert e and codes(e[-1]["target"]) == ["MDVOPP"], e


def test_a_ruling_party_the_files_lack_is_no_opposition(coder):
    text = ("BELGRADE (Reuters) - The opposition challenged the result on Monday. Serbia's ruling "
            "Renewal Party began coalition talks with smaller parties. Renewal Party spokeswoman "
            "Ana Jovic dismissed the opposition's accusations.")  # fmt: skip
    e = found_2026_03_18(coder, text, "REJECT")
    assert e and codes(e[0]["source"]) == ["SRBGOV"], e  # in power: the government


def test_letting_the_opposition_rally_is_the_concession(coder):
    evs = events_of(coder, "The Zambian authorities let the opposition hold rallies in Lusaka.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("CONCEDE", "0811")]
    assert keys(evs[0]["source"]) == {"ZMB"}


def test_the_opposition_a_government_frees_is_its_own(coder):
    text = ("NAIROBI (Reuters) - Kenya hosted talks between Ethiopia's government and its "
            "opponents. The government freed 25 opposition officials on Monday.")  # fmt: skip
    e = [x for x in found_2025_03_12(coder, text, "RETREAT") if "freed" in x["trigger"]]
    assert e and codes(e[0]["target"]) == ["ETHOPP"], e


def test_an_opposition_office_holder_is_opposition(coder):
    text = ("QUITO (Reuters) - Ecuador's government raised fuel prices on Monday. Opposition "
            "senator Luis Paredes accused the government of corruption.")  # fmt: skip
    e = found_2025_03_12(coder, text, "ACCUSE")
    assert e and codes(e[0]["source"]) == ["ECUOPP"], e


def test_protesters_arrested_later_are_the_group_told_protesting(coder):
    text = ("LIMA (Reuters) - Thousands of miners blocked roads in southern Peru on Tuesday to "
            "protest against a new mining tax. The government said it would review the tax. "
            "The finance minister defended the measure in Congress. Police arrested 12 protesters "
            "near Arequipa.")  # fmt: skip
    e = found_2025_03_12(coder, text, "COERCE")
    assert e and codes(e[0]["target"]) == ["PERLAB"], e


def test_the_opposition_in_a_story_of_a_visit_is_the_visitors(coder):
    # datelined in the host's capital, led by a visiting president: the opposition at home is
    # the visitor's country's, however often the host is named
    text = (
        "LISBON, March 4 (Reuters) - Malawi's President Peter Banda held talks with Portuguese Prime "
        "Minister Rui Almeida in Lisbon on Tuesday, seeking to ease Portugal's concerns over a "
        "mining contract.\n\nAlmeida said Portugal would not cut its aid to Lilongwe. Portugal "
        "pledged 20 million euros to build a hospital.\n\nBack home the criticism is mounting. "
        "Opposition leader Grace Phiri demanded on Monday that the government publish the contract."
    )
    e = [x for x in events_of(coder, text, "2024-03-05") if x["type"] == "REQUEST"]
    assert e and codes(e[0]["source"]) == ["MWIOPP"], e
    # a story datelined in the capital about the host's own affairs keeps the host's opposition
    text = (
        "LISBON, March 4 (Reuters) - Portugal's prime minister Rui Almeida said on Tuesday his "
        "government would raise taxes.\n\nOpposition leader Ana Costa demanded on Monday that the "
        "government withdraw the plan."
    )
    e = [x for x in events_of(coder, text, "2024-03-05") if x["type"] == "REQUEST"]
    assert e and codes(e[0]["source"]) == ["PRTOPP"], e


def test_activist_groups_are_the_activists(coder):
    # "activist groups" are coded as the activists are (the opposition)
    evs = events_of(
        coder, "Kenyan activist groups marched through Nairobi on Monday.", "2024-05-02"
    )
    assert [e for e in evs if e["type"] == "PROTEST" and codes(e["source"]) == ["KENOPP"]], evs


def test_a_titled_opposition_figure_in_a_story_with_no_dateline_is_of_its_one_country(coder):
    text = (
        "LIVE: Bolivia's congress votes on term limits\n\n"
        "The Netherlands said it was suspending aid to Bolivia's courts.\n\n"
        "Police fired tear gas at marchers in La Paz, Bolivia's seat of government.\n\n"
        "Opposition leader Juan Mamani has called a general strike for Monday."
    )
    # (the marchers the police dispersed demonstrated too: the strike is the opposition's)
    evs = [e for e in found_2026_11_28(coder, text, "PROTEST") if e["mode"] == "strike"]
    assert evs and codes(evs[0]["source"]) == ["BOLOPP"], evs


def test_strike_leaders_are_labour_of_the_storys_one_country(coder):
    text = "HARARE - Strike leaders turned the government's offer down on Monday."
    evs = found_2026_11_28(coder, text, "REJECT")
    assert evs and codes(evs[0]["source"]) == ["ZWELAB"], evs


def test_a_party_secretary_is_the_partys_not_the_states(coder):
    # "general secretary" is a state title too; the SJB's (an opposition party's) is OPP
    story = "COLOMBO (Reuters) - The main opposition party, the Freedom Alliance (FA), called a strike. "
    for arrest in (
        "Police detained the FA's general secretary on Monday.",
        "Police arrested the general secretary of the FA on Monday.",
    ):
        e = [x for x in found(coder, story + arrest, "COERCE")]
        assert [codes(x["target"]) for x in e] == [["LKAOPP"]], (arrest, e)
