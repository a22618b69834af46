"""Stories of mobilisation and requests that coded nothing: a year read as a second subject
("On May 5, 2017 the prosecutor asked ...", nlp._year_read_as_subject) and a summons of one's
own reserves read as an appeal ("issued a call to reservists", mobilize.yaml). The sentences
are written for these tests."""

from __future__ import annotations

import pytest

from dotterel.nlp import parse

from .conftest import finder, keys

PUB = "2017-09-01"

found = finder(PUB)


# -- a year after "Month Day," is the date's, not a subject --------------------------------------
@pytest.mark.parametrize("text,typ,src", [
    ("On May 5, 2017 the Kenyan prosecutor asked for the trial to be postponed.", "REQUEST", "KEN"),
    ("On March 12, 2015 the Kenyan army deployed troops to the Somali border.", "MOBILIZE", "KEN"),
    ("On 3 June, 2016 the Chilean navy sent two warships to the strait.", "MOBILIZE", "CHL"),
])  # fmt: skip
def test_a_year_after_the_day_is_no_second_subject(coder, text, typ, src):
    e = found(coder, text, typ)
    assert e and src in keys(e[0]["source"]), e


def test_the_year_joins_the_month():
    doc = next(parse(["On May 5, 2017 the prosecutor asked for a delay."]))
    year = next(t for t in doc if t.text == "2017")
    assert year.dep_ == "nummod" and year.head.text == "May"
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["prosecutor"]


def test_a_year_that_is_the_subject_stays_one():
    doc = next(parse(["In the end, 2017 was a year of reforms."]))
    assert any(t.text == "2017" and t.dep_ == "nsubj" for t in doc)


# -- a call to one's own reserves is a mobilisation -----------------------------------------------
@pytest.mark.parametrize("text,src", [
    ("The Norwegian army has issued a call upon its conscripts to strengthen their positions.", "NOR"),
    ("The Serbian army issued a call to reservists to report to their barracks.", "SRB"),
])  # fmt: skip
def test_a_call_to_reservists_is_a_mobilisation(coder, text, src):
    e = found(coder, text, "MOBILIZE")
    assert e and src in keys(e[0]["source"]) and not found(coder, text, "REQUEST"), e


def test_a_call_to_the_opposition_stays_an_appeal(coder):
    text = "The Serbian president issued a call to the opposition to return to parliament."
    assert found(coder, text, "REQUEST") and not found(coder, text, "MOBILIZE")


def test_a_month_under_the_year_is_not_hung_under_it():
    """A parse that already hangs the month under the year is left alone: re-hanging the year
    under the month would make a loop, and every walk up `.head` would never end."""
    import spacy
    from spacy.tokens import Doc

    from dotterel.nlp import _year_read_as_subject

    words = ["On", "May", "5", ",", "2017", "the", "judge", "asked"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[7, 4, 1, 4, 7, 6, 7, 7],
              deps=["prep", "compound", "nummod", "punct", "nsubj", "det", "nsubj", "ROOT"],
              pos=["ADP", "PROPN", "NUM", "PUNCT", "NUM", "DET", "NOUN", "VERB"],
              ents=["O", "B-DATE", "I-DATE", "O", "O", "O", "O", "O"])  # fmt: skip
    _year_read_as_subject(doc)
    for t in doc:
        steps, h = 0, t
        while h.head != h and steps <= len(doc):
            h, steps = h.head, steps + 1
        assert steps <= len(doc), t
