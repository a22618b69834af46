"""False events seen on a third fresh sample of long real news articles (reports, analysis
and comment on a cross-border offensive), with invented sentences: a listed person's surname
borne by someone else, ..."""

from __future__ import annotations

import pytest

from .conftest import events_of


def _codes(evs, side="source"):
    return [a["code"] for e in evs for a in e[side]]


def test_a_listed_surname_after_another_given_name_is_someone_else(coder):
    # "Omar al-Hariri" is not the Lebanese prime minister; nor is "Hariri" later on
    text = (
        "Omar al-Hariri, a negotiator for the rebel council, said he welcomed the talks. "
        "Hariri also urged the EU to keep its funding. Hariri denied the council was divided."
    )
    evs = events_of(coder, text, "2018-01-16")
    assert not [c for c in _codes(evs) if c.startswith("LBN")], evs
    # in a later paragraph too (Memory.other_bearers keeps where the full name was, as an
    # offset in the article's clean text)
    evs = events_of(coder, text.replace(" Hariri also", "\n\nHariri also"), "2018-01-16")
    assert not [c for c in _codes(evs) if c.startswith("LBN")], evs
    # a bare surname before the other person's full name is still the listed one
    text = (
        "Hariri urged the EU to send more aid to Lebanon.\n\n"
        "Omar al-Hariri, a negotiator for the rebel council, said he welcomed the talks."
    )
    assert any(c.startswith("LBN") for c in _codes(events_of(coder, text, "2018-01-16")))


def test_the_listed_person_keeps_a_bare_surname(coder):
    evs = events_of(
        coder,
        "Saad al-Hariri met the French president in Paris. Hariri urged the EU to help Lebanon.",
        "2018-01-16",
    )
    assert any(c.startswith("LBN") for c in _codes(evs)), evs
    evs = events_of(coder, "Hariri urged the EU to send more aid to Lebanon.", "2018-01-16")
    assert any(c.startswith("LBN") for c in _codes(evs)), evs


def test_a_stateless_people_is_where_the_story_placed_it(coder):
    # the story placed the Kurds in Syria; a Turkish town shelled across the border, and
    # Turkey being the country most named, do not make Kurdish militias Turkish
    text = (
        "Turkey began an offensive on the Kurdish enclave in Syria on Saturday. Turkish jets "
        "struck the town. Kurdish militias shelled Kilis, a Turkish town across the border, "
        "on Sunday. The Turkish president threatened Kurdish forces on Sunday."
    )
    evs = events_of(coder, text, "2018-01-20")
    shelled = [e for e in evs if e["trigger"].startswith("shelled")]
    assert shelled and shelled[0]["source"][0]["country"] == "SYR", evs
    threat = [e for e in evs if e["type"] == "THREATEN"]
    assert threat and threat[0]["target"][0]["country"] == "SYR", evs


def test_a_stateless_people_in_a_story_about_its_home_keeps_that_home(coder):
    text = (
        "Turkish police detained 20 people in Istanbul on Sunday. Kurdish militants killed two "
        "soldiers in an attack on Monday, the army said."
    )
    evs = events_of(coder, text, "2018-01-20")
    killed = [e for e in evs if e["type"] == "ASSAULT"]
    assert killed and killed[0]["source"][0]["country"] == "TUR", evs


@pytest.mark.parametrize("text, doer", [
    ("The EU condemned the Russian invasion of Ukraine.", "RUS"),
    ("France denounced the Turkish offensive against Kurdish fighters in Syria.", "TUR"),
    ("Germany criticised the Israeli bombing of the refugee camp.", "ISR"),
])  # fmt: skip
def test_criticism_of_an_act_is_aimed_at_its_doer(coder, text, doer):
    # the nationality adjective of the act criticised is its doer; the place or party after
    # "of" or "against" is what was done to
    evs = [e for e in events_of(coder, text, "2018-01-20") if e["type"] == "ACCUSE"]
    assert evs and [a["country"] for a in evs[0]["target"]] == [doer], evs


@pytest.mark.parametrize("text", [
    "Officials say the militia is a branch of a banned terror group that has fought a long war against the army.",
    "The government says the party is the political arm of an armed group that has fought a bloody insurgency in the south.",
])  # fmt: skip
def test_what_an_unnamed_group_introduced_by_a_predicate_did_is_no_event(coder, text):
    # the relative clause says what the group is; no one the story names acts
    assert not [e for e in events_of(coder, text, "2018-01-20") if e["type"] == "ASSAULT"], text


def test_an_unnamed_group_as_subject_or_object_still_acts(coder):
    evs = events_of(
        coder, "The army fought a rebel group that had attacked the town.", "2018-01-20"
    )
    assert len([e for e in evs if e["type"] == "ASSAULT"]) == 2, evs


@pytest.mark.parametrize("text", [
    "Israeli officials said they believed Hezbollah would attack the border towns.",
    "'Ankara would never dare to bomb our villages if Moscow did not allow it,' said the Syrian Democratic Forces.",
    "Ukrainian officials said they feared Russia would bomb the port again.",
])  # fmt: skip
def test_a_future_act_told_of_another_party_is_a_prediction(coder, text):
    # an announced threat is the speaker's own (or its state's); what it says another will do
    # is no threat by that other
    assert not [e for e in events_of(coder, text, "2018-01-20") if e["type"] == "THREATEN"], text


def test_an_announced_act_of_the_speakers_own_state_is_still_coded(coder):
    evs = events_of(coder, "The Kenyan foreign ministry said Kenyan troops would withdraw from Somalia by June.",
                    "2018-01-20")  # fmt: skip
    assert [e for e in evs if e["type"] == "CONCEDE"], evs
    evs = events_of(coder, "Turkey said it would launch an offensive on the town.", "2018-01-20")
    assert [e for e in evs if e["type"] == "THREATEN"], evs


def test_a_state_arming_rebels_arms_no_rebels_of_its_own(coder):
    text = "The war in Syria began in 2011. Ankara has long backed the opposition, arming rebel groups."
    evs = [e for e in events_of(coder, text, "2018-01-20") if e["type"] in ("AID", "SUPPORT")]
    assert evs and not [a for e in evs for a in e["target"] if a["country"] == "TUR"], evs


@pytest.mark.parametrize("text", [
    "Last year the militia mounted a campaign against Mosul.",
    "Thousands of families fled a campaign by the government against Idlib.",
])  # fmt: skip
def test_a_campaign_against_a_place_is_military(coder, text):
    evs = events_of(coder, text, "2018-01-20")
    assert [e for e in evs if e["type"] == "ASSAULT"] and not [
        e for e in evs if e["type"] == "ACCUSE"
    ], evs


def test_a_campaign_against_someone_still_rallies_opposition(coder):
    evs = events_of(
        coder, "The opposition launched a campaign against the president.", "2018-01-20"
    )
    assert [e for e in evs if e["type"] == "ACCUSE"], evs


@pytest.mark.parametrize("text", [
    "Turkish troops are preparing to attack the US army's local partners as tensions between Ankara and Washington rise.",
    "The Russian military shot down seven of the drones on Saturday.",
    "About 900 French soldiers are stationed in the region, along with 3,000 SDF fighters.",
])  # fmt: skip
def test_no_one_is_a_target_by_a_guess(coder, text):
    # someone's partners are not named; whose drones, the text does not say; "along with" is
    # company, not a place troops are stationed along
    evs = events_of(coder, text, "2018-01-20")
    assert evs and not [a for e in evs for a in e["target"]], evs


def test_an_announced_act_of_a_doer_of_no_known_country_is_not_called_a_prediction(coder):
    text = "Officials in Riga said the Baltic country's military would soon start supplying weapons to strengthen its forces."
    evs = events_of(coder, text, "2018-01-20")
    assert [e for e in evs if e["type"] == "AGREE"], evs
