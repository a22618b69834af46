"""Actors the coder guessed from the story instead of reading them in the text: an agentless
arrest or sentence given to the story's state when nothing near it says whose act it was, an
office holder taken for a private namesake an apposition describes, and a president coded
as an elder for what he did in office in the year the clause names."""

from __future__ import annotations

from tests.conftest import codes, finder

found = finder("2024-05-02")

# -- an agentless state act: the state only when the text says so nearby --------------------------
LONG_STORY = (
    "Aid agencies say the camps of north-east Syria hold thousands of families. Syria's war "
    "has left the region divided among armed groups. Relief workers describe crowded tents "
    "and little clean water. "
)


def test_an_agentless_detention_the_text_places_nowhere_has_no_doer(coder):
    # the story's country is only a guess for who holds them (an armed group may)
    text = LONG_STORY + "Her cousin is detained at another site near the river, aid workers said."
    assert found(coder, text, "COERCE") == []
    text = LONG_STORY + "During the siege, dozens of farmers were rounded up and shot."
    assert found(coder, text, "COERCE") == []


def test_an_agentless_arrest_the_sentence_places_is_that_states(coder):
    text = LONG_STORY + "Two Dutch volunteers were detained in Turkey last month."
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["TURGOV"], evs


def test_those_detained_after_a_scuffle_with_police_told_before_are_the_polices(coder):
    text = ("TBILISI - Opposition supporters gathered outside the court on Monday, and police "
            "fired tear gas at them. Nine people were arrested.")  # fmt: skip
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["GEOCOP"], evs


def test_a_states_own_people_told_detained_are_its_act(coder):
    text = "MINSK - Belarusian opposition activist Pavel Sevyarynets was arrested on Friday."
    evs = found(coder, text, "COERCE")
    assert evs and codes(evs[0]["source"]) == ["BLRGOV"], evs


def test_one_freed_from_captivity_is_freed_by_captors_not_the_state(coder):
    text = LONG_STORY + "A Spanish reporter was freed from captivity after eight months."
    assert not any(e["source"] for e in found(coder, text, "RETREAT"))


def test_the_state_whose_jail_holds_the_convicted_convicted_them(coder):
    text = LONG_STORY + (
        "One aid worker is serving time in an Iraqi jail after being convicted of smuggling."
    )
    evs = found(coder, text, "SANCTION")
    assert evs and codes(evs[0]["source"]) == ["IRQJUD"], evs


# -- a private namesake of an office holder ------------------------------------------------------
def test_a_name_an_apposition_describes_as_a_private_person_is_no_office_holder(coder):
    for text in (
        "MOSCOW - Police arrested Sergei Lavrov, a 23-year-old student, during a protest on Saturday.",
        "MOSCOW - Police arrested Sergei Lavrov, a local farmer, during a protest on Saturday.",
    ):
        evs = found(coder, text, "COERCE")
        assert evs and not any(a["sector"] == ["GOV"] for a in evs[0]["target"]), evs
    text = "MOSCOW - Sergei Lavrov, Russia's foreign minister, criticised NATO on Saturday."
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["RUSGOV"], evs


# -- an office held in the year the clause tells of -----------------------------------------------
def test_a_president_acting_in_a_past_year_is_the_government_of_that_time(coder):
    for text in (
        "WASHINGTON - In 1998 President Clinton ordered air strikes on Iraq.",
        "WASHINGTON - President Clinton ordered air strikes on Iraq in December 1998.",
    ):
        evs = found(coder, text, "ASSAULT")
        assert evs and codes(evs[0]["source"]) == ["USAGOV"], evs
    # later in the story, on the article's date, he is an elder again
    text = ("WASHINGTON - In 1998 President Clinton ordered air strikes on Iraq. On Monday "
            "Clinton criticised Iraq's government.")  # fmt: skip
    evs = found(coder, text, "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["USAELI"], evs
