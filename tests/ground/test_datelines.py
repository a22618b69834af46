"""Datelines: the place a story was filed from, cut from the first sentence before parsing, and
what it tells of the story's country."""

from __future__ import annotations

import pytest

from dotterel.clean import clean, dateline_place, paragraph_dateline
from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    found_2019_02_20,
    found_2025_03_12,
    found_2026_06_12,
    found_2026_10_01,
    found_2026_11_28,
)

found = finder("2020-06-15")
ROUNDUP = """Africa and Asia in brief

Guinea shuts radio station

CONAKRY - Guinea's junta on Monday suspended a private radio station for a month, accusing it of
spreading false reports about the army. The station's owners said they would appeal.

Malaysian police detain student marchers

KUALA LUMPUR - Malaysian police detained 30 students who marched on parliament on Tuesday. The
group said it rejected the charges.
"""
PUB = "2019-02-20"


def test_a_headline_naming_one_country_is_not_coded_with_the_desks_country(coder):
    text = (
        "Belarus says 300 detained after opposition rallies\n\n"
        "VILNIUS (Reuters) - Belarusian authorities have detained about 300 people after "
        "weekend rallies against the government, the interior ministry said on Monday."
    )
    events = events_of(coder, text, "2025-04-08")
    assert not any(a["country"] == "LTU" for e in events for a in e["source"] + e["target"]), events


def test_a_shared_dateline_keeps_every_place():
    c = clean("OTTAWA/LIMA (Reuters) - Peru recalled its envoy.")
    assert c.dateline == "Ottawa" and c.dateline_others == ("Lima",)
    assert clean("LIMA (Reuters) - Peru recalled its envoy.").dateline_others == ()


def test_a_shared_dateline_gives_no_country_before_the_story_names_one(coder):
    text = "OTTAWA/LIMA (Reuters) - Rebels attacked an army post near the border, killing four."
    evs = found(coder, text, "ASSAULT")
    assert evs and all(a["country"] in (None, "PER") for a in evs[0]["source"]), evs
    assert all(a["country"] != "CAN" for e in evs for a in e["source"] + e["target"]), evs


def test_a_shared_dateline_is_the_country_of_its_places_the_story_names(coder):
    text = ("OTTAWA/LIMA (Reuters) - Peru's president faced new protests on Monday. "
            "Police fired tear gas at the marchers in the capital.")  # fmt: skip
    evs = found(coder, text, "ASSAULT")
    assert evs and evs[0]["source"][0]["code"] == "PERCOP", evs


def test_bare_soldiers_in_a_domestic_story_are_the_dateline_countrys_army(coder):
    text = (
        "LILONGWE (Reuters) - Thousands marched through the capital on Friday to demand new "
        "elections. Soldiers fired on the protesters outside the electoral commission."
    )
    e = found_2026_06_12(coder, text, "ASSAULT")
    assert e and codes(e[0]["source"]) == ["MWIMIL"], e


def test_bare_police_in_a_domestic_story_are_the_dateline_countrys_police(coder):
    text = (
        "LILONGWE (Reuters) - Thousands marched through the capital on Friday to demand new "
        "elections. Police arrested 40 protesters outside the electoral commission."
    )
    e = found_2026_06_12(coder, text, "COERCE")
    assert e and codes(e[0]["source"]) == ["MWICOP"], e


def test_a_foreign_desk_dateline_does_not_make_the_story_its_country(coder):
    # a story datelined in Dubai about Iran: its unplaced spokesman and agentless arrests are
    # Iran's, not the United Arab Emirates'
    text = (
        "DUBAI, Nov 26 (Reuters) - Iran's interior ministry said on Wednesday that protests over "
        "water shortages had spread to six Iranian provinces.\n\n"
        "Spokesman Karim Rezaei told reporters that 200 people had been detained in Ahvaz and "
        "accused foreign media of inciting the unrest."
    )
    evs = events_of(coder, text, "2026-11-26")
    countries = {a["country"] for e in evs for a in e["source"] + e["target"]}
    assert "ARE" not in countries, evs
    acc = [e for e in evs if e["type"] == "ACCUSE"]
    assert acc and acc[0]["source"][0]["country"] == "IRN", acc
    # a story from the capital it is about keeps its dateline's country
    text = (
        "NAIROBI, Nov 26 (Reuters) - Kenyan police fired tear gas at protesters in Nairobi.\n\n"
        "Spokesman Peter Mwangi said 40 people had been detained."
    )
    arrests = [e for e in events_of(coder, text, "2026-11-26") if e["type"] == "COERCE"]
    assert arrests and arrests[0]["source"][0]["country"] == "KEN", arrests


def test_a_dateline_inside_the_text_opens_a_new_item():
    assert paragraph_dateline("KUALA LUMPUR - Malaysian police detained 30 students.") == (
        "Kuala Lumpur"
    )
    assert paragraph_dateline("Lima, May 3 (Reuters) - Peru's congress voted.") == "Lima"
    assert paragraph_dateline("Police detained 30 students on Tuesday.") is None


def test_round_up_items_do_not_share_their_countries(coder):
    evs = events_of(coder, ROUNDUP, "2026-10-01")
    arrests = [e for e in evs if e["type"] == "COERCE" and e["mode"] == "arrest"]
    assert arrests and all(a["country"] == "MYS" for e in arrests for a in e["target"]), arrests
    assert not [a for e in evs if "Malaysian" in e["text"] or "group" in e["text"]
                for a in e["source"] + e["target"] if a["country"] == "GIN"], evs  # fmt: skip


def test_a_bureau_dateline_named_once_is_not_the_story_country(coder):
    text = ("BANGKOK, Oct 8 - Myanmar's junta said on Thursday it would hold talks with rebels. "
            "Myanmar's army bombed a village in Myanmar's Sagaing region on Monday. The Myanmar "
            "military also shelled a town in Myanmar's Magway region. Diplomats in Bangkok said "
            "the junta wanted a deal. The military seized power in February 2021.")  # fmt: skip
    e = [x for x in found_2026_10_01(coder, text, "COERCE", "2026-10-08") if "2021" in x["text"]]
    assert e and "THA" not in keys(e[0]["target"]), e


def test_a_dateline_country_with_of_is_cut_before_parsing(coder):
    from dotterel.clean import find_dateline

    for text in (
        "BUNIA, Democratic Republic of Congo - The army said ...",
        "KINSHASA, Democratic Republic of the Congo (Reuters) - The army said ...",
        "ERBIL, Kurdistan Region of Iraq, May 3 (Reuters) - Officials said ...",
    ):
        found_at = find_dateline(text, 0)
        assert found_at is not None and text[found_at[1] :].startswith(("The", "Off")), text
    text = (
        "GOMA, Democratic Republic of Congo - Congo's army gave the rebels 48 hours on "
        "Saturday to leave the town."
    )
    evs = found_2026_11_28(coder, text, "THREATEN")
    assert evs and all(codes(e["source"]) == ["CODMIL"] for e in evs), evs


def test_a_round_up_items_dateline_is_not_its_subject(coder):
    from dotterel.nlp import paragraphs
    from dotterel.pipeline import item_paragraphs

    text = (
        "World news in brief\n\nNAIROBI - Kenya's police arrested 12 protesters on Friday.\n\n"
        "BUNIA, Democratic Republic of Congo - Congo's army gave the militiamen 72 hours on "
        "Saturday to leave Mongbwalu."
    )
    paras = item_paragraphs(paragraphs(text))
    assert [p.dateline for p in paras] == [None, "Nairobi", "Bunia"]
    assert paras[2].text.startswith("Congo's army") and text[paras[2].start :].startswith("Congo")
    evs = found_2026_11_28(coder, text, "THREATEN")
    assert evs and all(codes(e["source"]) == ["CODMIL"] for e in evs), evs


def test_a_dateline_on_a_line_of_its_own_still_opens_an_item():
    from dotterel.nlp import paragraphs
    from dotterel.pipeline import item_paragraphs

    text = "World news in brief\n\nGOMA, Congo \u2014\n\nThe army left the town on Friday."
    paras = item_paragraphs(paragraphs(text))
    assert [p.dateline for p in paras] == [None, "Goma", None]
    assert paras[1].text.startswith("GOMA")


def test_a_transcript_speaker_label_opens_no_item(coder):
    # "CIFUENTES:" reads like a "NEW DELHI:" dateline, and Cifuentes is a Cuban town: each
    # answer became a round-up item from Cuba and "the government" Cuba's. The label is the
    # surname of the minister the intro names; "QUESTION (EFE):" is a reporter's turn.
    from dotterel.nlp import paragraphs
    from dotterel.pipeline import item_paragraphs

    text = (
        "MADRID, Oct 21 (Reuters) - Spain's Interior Minister Elena Cifuentes held a news "
        "conference in Madrid on Thursday.\n\n"
        "QUESTION (EFE): Minister, what happened at the border?\n\n"
        "CIFUENTES: Good afternoon. Yesterday the government sent 200 soldiers to the border. "
        "The foreign minister summoned Morocco's ambassador yesterday."
    )
    paras = item_paragraphs(paragraphs(text))
    assert [p.dateline for p in paras] == ["Madrid", None, None]
    assert paras[2].text.startswith("Good afternoon") and paras[1].text.startswith("Minister")
    evs = events_of(coder, text, "2027-10-21")
    assert {e["type"] for e in evs} >= {"MOBILIZE", "ACCUSE"}, evs
    assert all(a["country"] == "ESP" for e in evs for a in e["source"]), evs


def test_a_colon_dateline_of_a_place_the_story_names_still_opens_an_item():
    from dotterel.nlp import paragraphs
    from dotterel.pipeline import item_paragraphs

    text = (
        "World news in brief\n\nNAIROBI: Police in central Nairobi arrested 12 protesters.\n\n"
        "KABUL: Taliban fighters attacked a checkpoint in Kabul."
    )
    paras = item_paragraphs(paragraphs(text))
    assert [p.dateline for p in paras] == [None, "Nairobi", "Kabul"]


def test_opposition_leader_without_nationality_is_the_datelines_when_the_story_is_about_it(coder):
    text = (
        "YEREVAN (Reuters) - Armenian police detained 40 people. Armenia agreed in April to hand four "
        "villages to Azerbaijan. Opposition leader Tigran Avagyan rejected an offer of talks."
    )
    e = found_2019_02_20(coder, text, "REJECT")
    assert e and e[0]["source"][0]["code"] == "ARMOPP"
    other = "WASHINGTON (Reuters) - Venezuelan officials met U.S. envoys. Opposition leader Maria Lopez criticised the talks."
    assert not any(a["code"] == "USAOPP" for e in events_of(coder, other, PUB) for a in e["source"])


def test_a_state_frees_its_own_opposition_not_the_datelines(coder):
    text = ("KAMPALA (Reuters) - Uganda's president said Uganda would host new talks. Uganda has "
            "mediated before. Under the deal, South Sudan's government is to release 40 detained "
            "opposition officials.")  # fmt: skip
    e = found_2025_03_12(coder, text, "CONCEDE")
    assert e and codes(e[0]["target"]) == ["SSDOPP"], e


@pytest.mark.parametrize(
    "text,place,rest",
    [
        ("MOSCOW (Reuters) - Russia said on Tuesday it would respond.", "Moscow", "Russia said"),
        ("MOSCOW (Reuters) — Russia said it would respond.", "Moscow", "Russia said"),
        ("MOSCOW, March 3 (Reuters) - Russia said it would respond.", "Moscow", "Russia said"),
        ("MOSCOW, 3 March (Reuters) - Russia said it would respond.", "Moscow", "Russia said"),
        ("KABUL, Afghanistan — Taliban fighters attacked a checkpoint.", "Kabul", "Taliban"),
        ("NAIROBI, Kenya (AP) — Kenyan police fired tear gas.", "Nairobi", "Kenyan police"),
        ("Seoul, March 14 (Reuters) - North Korea fired a missile.", "Seoul", "North Korea"),
        ("Seoul (Yonhap) -- North Korea fired a missile.", "Seoul", "North Korea"),
        ("NEW YORK (AP) -- Protesters marched.", "New York", "Protesters"),
        ("WASHINGTON - The Senate voted.", "Washington", "The Senate"),
        ("WASHINGTON — The Senate voted.", "Washington", "The Senate"),
        ("KYIV, May 18 - Russian forces shelled the city.", "Kyiv", "Russian forces"),
        ("JUBA, Jan 14 — A ceasefire took effect.", "Juba", "A ceasefire"),
        ("TALLINN, Feb. 9 — Estonia expelled two diplomats.", "Tallinn", "Estonia"),
        ("ADDIS ABABA, Nov 17 - A convoy reached Shire.", "Addis Ababa", "A convoy"),
        ("BAMAKO/PARIS, Aug 16 - The last French soldiers left Mali.", "Bamako", "The last"),
        ("SRINAGAR/ISLAMABAD (Reuters) - Troops exchanged fire.", "Srinagar", "Troops"),
        ("TAIPEI/BEIJING - China ended its drills.", "Taipei", "China ended"),
        ("COX'S BAZAR, Bangladesh — Japan will give $15 million.", "Cox's Bazar", "Japan will"),
        (
            "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a police station.",
            "Port-Au-Prince",
            "Gangs",
        ),
        ("ST. PETERSBURG, Russia (AP) — Putin met Erdogan.", "St. Petersburg", "Putin met"),
        ("DAR ES SALAAM (Reuters) - Tanzania's president said.", "Dar Es Salaam", "Tanzania's"),
        ("BEIRUT, June 5, 2019 (AFP) - Israeli jets struck.", "Beirut", "Israeli jets"),
        ("NEW DELHI: India summoned Pakistan's envoy on Friday.", "New Delhi", "India summoned"),
        ("GAZA CITY (Reuters) - Israeli strikes hit Gaza.", "Gaza City", "Israeli strikes"),
        ("ISTANBUL (Anadolu) - Turkish police detained 20 people.", "Istanbul", "Turkish police"),
        ("Kyiv, Ukraine, May 18 (Reuters) - Russia shelled Kharkiv.", "Kyiv", "Russia shelled"),
    ],
)
def test_dateline_styles(text, place, rest):
    c = clean(text)
    assert c.dateline == place
    assert c.text.startswith(rest), c.text
    assert "dateline" in [r.reason for r in c.removed]


@pytest.mark.parametrize(
    "text",
    [
        "NATO - the alliance met in Brussels on Monday.",
        "US - China talks resumed in Geneva.",
        "UN - Security Council members voted.",
        "BREAKING - Russia launched missiles at Kyiv.",
        "UPDATE 2 - Russia launched missiles at Kyiv.",
        "EXCLUSIVE: Russia launched missiles at Kyiv.",
        "ANALYSIS - Why the talks failed.",
        "Moscow said on Tuesday it would respond.",
        "Moscow - the capital - was quiet.",
        "Police fired tear gas - witnesses said - at protesters.",
        "Trump and Kim met in Hanoi.",
        "IMF chief Kristalina Georgieva said the Fund would help.",
        "The EU: a union of 27 states.",
        "OPEC - the oil cartel - cut output.",
    ],
)
def test_non_datelines_are_kept(text):
    c = clean(text)
    assert c.dateline is None
    assert c.text == text


def test_dateline_after_a_headline():
    text = (
        "Kenyan police fire tear gas as tax protests spread\n\n"
        "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters."
    )
    c = clean(text)
    assert c.dateline == "Nairobi"
    assert (
        c.text
        == "Kenyan police fire tear gas as tax protests spread\n\nKenyan police fired tear gas at protesters."
    )


def test_dateline_after_headline_share_buttons_and_byline():
    text = (
        "Air strike on market in northern Yemen kills at least 14, medics say\n\n"
        "Share on Facebook\nShare on Twitter\n\nBy Laila Mansour, Reuters\n\n"
        "SANAA (Reuters) — An air strike hit a market."
    )
    c = clean(text)
    assert c.dateline == "Sanaa"
    assert c.text.endswith("\n\nAn air strike hit a market.")


def test_a_sentence_is_not_a_headline():
    # the first line ends with a full stop: a sentence, so the next paragraph's opening
    # capitals are not looked at as a dateline
    text = "Russia expelled two diplomats.\n\nWASHINGTON - The Senate voted."
    assert clean(text).dateline is None


def test_dateline_only_at_the_start_of_a_story():
    text = "Leaders met on Monday.\nMOSCOW (Reuters) - Russia said it would respond."
    assert clean(text).dateline is None


@pytest.mark.parametrize(
    "raw,place",
    [
        ("MOSCOW", "Moscow"),
        ("COX'S BAZAR", "Cox's Bazar"),
        ("BAMAKO/PARIS", "Bamako"),
        ("KHARTOUM / DUBAI", "Khartoum"),
        ("Seoul", "Seoul"),
        ("NAIROBI, Kenya", "Nairobi"),
        ("PORT-AU-PRINCE", "Port-Au-Prince"),
    ],
)
def test_dateline_place_names(raw, place):
    assert dateline_place(raw) == place
