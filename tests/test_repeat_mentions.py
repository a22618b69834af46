"""One event per happening: a later phrase that points back to an act told before ("those
detained", "his arrest") is a mention of that act, not a second one."""

from __future__ import annotations

from .conftest import events_of, finder

found = finder("2024-05-02")


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
