""" "A militia known as Turul was formed": the small model can read "as" as opening a clause
("as Turul was formed") and leave the sentence with a noun for its root. The name belongs to
"known as", and the clause's verb is the sentence's, with the noun as its subject."""

from __future__ import annotations

from .conftest import event_rows

DAY = "2025-03-12"


def _parsed(text: str):
    from dotterel.nlp import parse

    return next(iter(parse([text])))


def test_the_name_after_known_as_is_no_subject_of_the_verb():
    doc = _parsed("The paramilitary group known as Turul was formed in Hungary.")
    group = next(t for t in doc if t.lower_ == "group")
    formed = next(t for t in doc if t.lower_ == "formed")
    turul = next(t for t in doc if t.text == "Turul")
    assert formed.dep_ == "ROOT" and group.head == formed and group.dep_ == "nsubjpass"
    assert turul.dep_ == "pobj" and turul.head.lower_ == "as"


def test_a_group_known_by_a_name_is_formed_as_the_group(coder):
    got = event_rows(coder, "The paramilitary group known as Turul was formed in Hungary.", DAY)
    assert [r[0] for r in got] == ["MOBILIZE"], got


def test_known_as_after_an_object_stays_as_it_was(coder):
    got = event_rows(coder, "Hungary arrested a man known as the Butcher on Monday.", DAY)
    assert [(r[0], r[2]) for r in got] == [("COERCE", ["HUN"])], got
