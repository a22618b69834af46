"""False events seen on a fresh sample of long real news articles (comment pieces and reports
on a war with many foreign parties), with invented sentences: a date word is no city, a
warning of a danger threatens no one, ..."""

from __future__ import annotations

import pytest

from .conftest import events_of


def test_a_date_word_is_no_place(coder):
    # "in mid-January": "mid" is no city (a gazetteer has one called that)
    for text in (
        "The two suspects were detained by rebels in mid-January, officials said.",
        "Two journalists were arrested by police in mid-March.",
    ):
        evs = events_of(coder, text, "2018-02-09")
        assert evs and all((e["location"] or {}).get("country") != "MEX" for e in evs), evs
        assert all(not a["code"].startswith("MEX") for e in evs for a in e["target"]), evs


@pytest.mark.parametrize("text", [
    "The Red Cross warned of record levels of hunger in the encircled city.",
    "Aid agencies warned of the risk that thousands of families could be forced to leave.",
    "The World Food Programme warned of a looming famine in the north.",
])  # fmt: skip
def test_a_warning_of_a_danger_threatens_no_one(coder, text):
    assert not [e for e in events_of(coder, text) if e["type"] == "THREATEN"], text


def test_a_warning_of_reprisals_is_still_a_threat(coder):
    evs = events_of(coder, "Russia warned of retaliation against NATO.")
    assert any(e["type"] == "THREATEN" for e in evs), evs
    evs = events_of(coder, "Iran warned of serious consequences if the sanctions were renewed.")
    assert any(e["type"] == "THREATEN" for e in evs), evs


@pytest.mark.parametrize("text", [
    "There is disagreement about whether the suspects should be arrested.",
    "Not one application for entry to the prison has been approved since March.",
    "One of the captives, who was finally set free, gave an interview.",
])  # fmt: skip
def test_no_state_is_supplied_for_an_act_not_said_to_be_done(coder, text):
    # the state is the implied doer of an agentless arrest or release only when the text
    # says it was (or will be) done; freed hostages are freed by their captors
    evs = events_of(coder, "Kenyan police raided the camp. " + text, "2018-02-09")
    assert not [e for e in evs if e["sentence_index"] == 1], evs


def test_an_agentless_arrest_is_still_the_states(coder):
    evs = events_of(
        coder,
        "Kenyan police raided the camp. Two opposition leaders were arrested in Nairobi on Monday.",
        "2018-02-09",
    )
    assert any(
        e["type"] == "COERCE" and e["source"] and e["source"][0]["country"] == "KEN" for e in evs
    ), evs


@pytest.mark.parametrize("text", [
    "The Danish justice ministry would not say whether it would seek the extradition of the three "
    "suspects.",
    "The Canadian prosecutors' office did not respond to questions about whether it would charge "
    "the women in a provincial court.",
    "Regardless of whether they have lost their passports, the women could be put on trial in "
    "Belgium.",
])  # fmt: skip
def test_an_open_question_behind_a_preposition_is_no_event(coder, text):
    assert not events_of(coder, text, "2018-02-09"), text


def test_not_denying_is_no_event(coder):
    for text in (
        "A spokesman for the Kenyan foreign ministry declined to discuss the reports but did not "
        "deny them.",
        "The Kenyan government did not deny the reports of a secret deal with Somalia.",
    ):
        assert not [e for e in events_of(coder, text) if e["type"] == "REJECT"], text
    evs = events_of(coder, "The Kenyan government denied the reports of a secret deal.")
    assert any(e["type"] == "REJECT" for e in evs), evs


def test_a_meeting_venue_abroad_gives_no_nationality(coder):
    # opposition groups boycotting a summit held in Russia, in a story about Syria, are
    # Syria's, not Russia's; a meeting at home still takes the place's country
    evs = events_of(
        coder,
        "The war in Syria entered its eighth year. Opposition groups boycotted the summit in Sochi.",
    )
    assert evs and all(a["country"] != "RUS" for e in evs for a in e["source"]), evs
    evs = events_of(
        coder, "Protests continued across Kenya. Opposition leaders met in Nairobi on Sunday."
    )
    assert any(e["type"] == "CONSULT" and e["source"][0]["country"] == "KEN" for e in evs), evs


def test_the_description_in_an_apposition_is_the_organisation_it_renames(coder):
    evs = events_of(
        coder,
        "The talks were boycotted by Hamas, an Islamist group that has fought three wars against "
        "Israel.",
    )
    fought = [e for e in evs if e["type"] == "ASSAULT"]
    assert fought and all(a["org"] for e in fought for a in e["source"]), fought


@pytest.mark.parametrize("text", [
    "The girl's father said he hoped the three soldiers would face trial and be jailed.",
    "Relatives said they hoped the killers would be arrested soon.",
    "The Kenyan government hopes the sanctions will be lifted next month.",
])  # fmt: skip
def test_a_hope_for_what_is_done_to_others_is_no_event(coder, text):
    # a wish that something be done to someone else names no doer, and the one who hopes
    # is not it
    assert not events_of(coder, text, "2018-02-09"), text


@pytest.mark.parametrize("verb", ["hopes", "hoped", "hope"])
def test_a_hope_reads_the_same_whatever_the_form_of_hope(coder, verb):
    """spaCy lemmatises "hopes" and "hoped" as "hop" and "hope" (after "we") as "hope"; the
    rule reads the repaired lemma, so every form is read alike: a hope for another's act,
    active or in a passive naming the doer, is that actor's possible act; a hope that
    something be done, with no doer named, is no event."""
    will = "will" if verb != "hoped" else "would"
    for text in (
        f"The Malian ministers {verb} that Niger {will} release the detained soldiers.",
        f"The Malian ministers {verb} the detained soldiers {will} be released by Niger.",
    ):
        got = [e for e in events_of(coder, text, "2018-02-09") if e["type"] == "RETREAT"]
        assert len(got) == 1 and got[0]["modality"] == "possible", text
        assert [a["country"] for a in got[0]["source"]] == ["NER"], text
    text = f"The Malian ministers {verb} the detained soldiers {will} be released."
    assert not events_of(coder, text, "2018-02-09"), text


@pytest.mark.parametrize("verb", ["wishes", "wished", "wants", "wanted"])
def test_a_wish_for_another_s_act_is_no_event(coder, verb):
    text = f"The Malian government {verb} Niger to release the detained soldiers."
    if verb.startswith("wish"):
        text = f"The Malian government {verb} Niger would release the detained soldiers."
    assert not events_of(coder, text, "2018-02-09"), text


def test_an_expected_visit_and_an_own_hope_are_still_coded(coder):
    evs = events_of(coder, "Turkish President Recep Tayyip Erdogan is expected to visit Athens.")
    assert any(e["type"] == "CONSULT" and e["modality"] == "planned" for e in evs), evs
    evs = events_of(coder, "The Kenyan government hopes to lift the curfew next week.")
    assert any(e["modality"] == "possible" for e in evs), evs


def test_coming_under_fire_from_weapons_is_no_criticism(coder):
    for text in (
        "French troops came under fire from two tanks near Gao.",
        "Ukrainian troops came under fire from Russian artillery near Bakhmut.",
    ):
        assert not [e for e in events_of(coder, text) if e["type"] == "ACCUSE"], text
    evs = events_of(coder, "The Kenyan minister came under fire from opposition leaders.")
    assert any(e["type"] == "ACCUSE" for e in evs), evs
