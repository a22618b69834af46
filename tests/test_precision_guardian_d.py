"""False events seen on a fourth fresh sample of long real news articles (reports and
features on detained fighters and their families), with invented sentences: a birth, people
who scatter or take up arms, an idiom of blame, the noun event of a modal perfect, the
purpose of an appeal or of raising a force, a passive after "began", the country of "the
administration" that officials speak of."""

from __future__ import annotations

import pytest

from .conftest import event_rows, events_of


def _types(evs):
    return [e["type"] for e in evs]


@pytest.mark.parametrize("text", [
    "The former minister's wife gave birth to a daughter in Ankara in May.",
    "Most of the militants had dispersed into the desert before the final assault.",
    "Farmers in the valley armed to defend their villages against the raiders.",
    "The smugglers had only themselves to blame for the crackdown, the minister said.",
    "The generals have nothing to hide, a Defence Ministry spokesman said.",
    "The ministry said it could not have launched a rescue mission in the mountains.",
])  # fmt: skip
def test_no_event(coder, text):
    assert not events_of(coder, text, "2019-03-20"), text


def test_dispersing_a_crowd_or_a_rally_is_still_crowd_control(coder):
    for text in (
        "Armenian police dispersed the opposition rally outside parliament in Yerevan.",
        "Protesters in Tbilisi were dispersed by Georgian riot police.",
    ):
        rows = event_rows(coder, text, "2019-03-20")
        assert any(r[0] == "ASSAULT" and r[1] == "175" for r in rows), (text, rows)


def test_arming_someone_is_still_aid(coder):
    rows = event_rows(coder, "Iran armed the Houthi rebels for years.", "2019-03-20")
    assert any(r[0] in ("AID", "MOBILIZE") and r[2][0].startswith("IRN") for r in rows), rows


def test_an_obligation_is_still_a_demand(coder):
    rows = event_rows(
        coder, "The rebels have to withdraw from the city, the UN envoy said.", "2019-03-20"
    )
    assert any(r[0] == "REQUEST" for r in rows), rows


def test_the_one_lobbied_is_asked_to_act(coder):
    # "lobbying Ankara to help": Ankara is asked to help; Moscow gives no aid
    rows = event_rows(
        coder,
        "Moscow had been quietly lobbying Ankara to help end the dispute over the dam.",
        "2019-03-20",
    )
    assert not [r for r in rows if r[0] == "AID"], rows
    assert [r for r in rows if r[0] == "REQUEST" and r[2] == ["RUSGOV"] and r[3] == ["TURGOV"]], (
        rows
    )


@pytest.mark.parametrize("text", [
    "The United States trained local militiamen to fight the jihadists.",
    "The militia raised by Iran to fight the rebels has been disbanded.",
])  # fmt: skip
def test_a_force_trained_or_raised_to_fight_does_the_fighting(coder, text):
    evs = [e for e in events_of(coder, text, "2019-03-20") if e["type"] == "ASSAULT"]
    assert not [e for e in evs if any(a["code"] in ("USA", "USAMIL", "USAGOV", "IRN", "IRNGOV", "IRNMIL")
                                      for a in e["source"])], evs  # fmt: skip


@pytest.mark.parametrize("text", [
    "The militants began being pushed back from the villages around the dam.",
    "The rebels started to be driven out of the city.",
])  # fmt: skip
def test_who_begins_to_be_pushed_back_is_not_the_attacker(coder, text):
    evs = events_of(coder, text, "2019-03-20")
    assert not [e for e in evs if e["type"] == "ASSAULT" and e["source"]], evs


def test_who_begins_to_be_pushed_back_by_an_army_is_its_target(coder):
    rows = event_rows(coder, "The rebels began to be pushed back by the Malian army.", "2019-03-20")
    assert [r for r in rows if r[0] == "ASSAULT" and r[2] == ["MLIMIL"] and r[3]], rows


def test_the_administration_former_officials_speak_of_is_theirs(coder):
    # the parser makes "Current" the subject of "Current and former American officials said"
    text = (
        "Egyptian negotiators want a large payment for the detainees. Current and former "
        "American officials said the administration wants to guarantee the security of its partners."
    )
    evs = events_of(coder, text, "2019-03-20")
    srcs = [a["country"] for e in evs for a in e["source"] if a["text"] == "administration"]
    assert srcs and set(srcs) == {"USA"}, evs


def test_members_of_a_coalition_against_a_group_are_not_its_members(coder):
    text = "Junior members of the regional alliance against the Taliban toured the airbase."
    evs = events_of(coder, text, "2019-03-20")
    assert not [a for e in evs for a in e["source"] if a["code"].startswith("AFG")], evs
    rows = event_rows(coder, "Members of the Taliban attacked the base in Kunduz.", "2019-03-20")
    assert [r for r in rows if r[0] == "ASSAULT" and r[2][0].startswith("AFG")], rows


@pytest.mark.parametrize("text, country", [
    ("Suicide bombers attacked Nairobi in 2013.", "KEN"),
    ("Rebels shelled Kabul on Monday, killing five people.", "AFG"),
])  # fmt: skip
def test_a_capital_attacked_is_its_people_not_its_government(coder, text, country):
    rows = event_rows(coder, text, "2019-03-20")
    assert [r for r in rows if r[0] == "ASSAULT" and r[3] == [f"{country}CVL"]], rows


def test_a_capital_that_speaks_is_still_the_government(coder):
    rows = event_rows(coder, "Nairobi accused Mogadishu of harbouring the militants.", "2019-03-20")
    assert [r for r in rows if r[0] == "ACCUSE" and r[2] == ["KENGOV"] and r[3] == ["SOMGOV"]], rows


@pytest.mark.parametrize("text", [
    "In towns freed from the militants, shops have reopened.",
    "The rebels are hardly likely to attack the aid workers, the report said.",
    "Russia is unlikely to veto the resolution, diplomats said.",
])  # fmt: skip
def test_places_freed_and_guesses_at_others_are_no_events(coder, text):
    assert not events_of(coder, text, "2019-03-20"), text


def test_people_freed_are_still_released(coder):
    rows = event_rows(coder, "Kenyan police freed 30 protesters in Nairobi.", "2019-03-20")
    assert [r for r in rows if r[0] == "RETREAT" and r[1] == "0841"], rows


def test_a_capital_taken_is_the_government_it_seats(coder):
    rows = event_rows(
        coder, "Rebel commanders launched an offensive to capture Kabul in May.", "2019-03-20"
    )
    assert [r for r in rows if r[0] == "ASSAULT" and r[3] == ["AFGGOV"]], rows


@pytest.mark.parametrize("text", [
    "Thousands of fighters pushed out of the valley have returned to their villages.",
    "The generals will press ahead with the offensive, the minister said.",
    "The colonel said his units were trying to force the gunmen to surrender.",
    "Mediators sought to persuade the kidnappers to release the hostages.",
    "\u201cWe will hand those orphans over to them and any other children they request,\u201d the official said.",
])  # fmt: skip
def test_movements_attempts_and_free_choices_are_no_events(coder, text):
    evs = events_of(coder, text, "2019-03-20")
    assert not [e for e in evs if e["type"] in ("REQUEST", "RETREAT")], evs


def test_pressing_someone_to_act_is_still_a_demand_and_forcing_it_an_act(coder):
    rows = event_rows(coder, "Iran pressed the rebels to release the hostages.", "2019-03-20")
    assert [r for r in rows if r[0] == "REQUEST"], rows
    rows = event_rows(coder, "The army forced the rebels to withdraw from the town.", "2019-03-20")
    assert [r for r in rows if r[0] == "RETREAT"], rows


def test_a_relative_clause_inside_a_guess_still_states_a_fact(coder):
    text = (
        "Neither plan is likely to please Norway, which remains opposed to deporting its citizens."
    )
    rows = event_rows(coder, text, "2019-03-20")
    assert [r for r in rows if r[0] == "REJECT" and r[2] == ["NOR"]], rows


def test_what_a_guess_tells_of_inside_is_no_event_either(coder):
    text = (
        "The militia is hardly likely to attack UN officials trying to help evacuate the children."
    )
    assert not events_of(coder, text, "2019-03-20")
