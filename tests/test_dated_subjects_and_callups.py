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
