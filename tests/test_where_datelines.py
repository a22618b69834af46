"""Datelines: the place a story was filed from, cut from the first sentence before parsing."""

from __future__ import annotations

import pytest

from dotterel.clean import clean, dateline_place


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
