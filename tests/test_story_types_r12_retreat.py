"""Causes of labelled-type misses (retreats, threats) found by reading the synthetic stories in
round 12; each a general construction. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from .conftest import codes, finder

PUB = "2023-04-11"

found = finder(PUB)


# -- "allowed observers to work": the one let in is the object of the verb of letting ----------
@pytest.mark.parametrize("text,src,cameo", [
    ("Belarus allowed the inspectors to visit the plant on Monday.", "BLR", "0862"),
    ("The Zambian authorities have allowed election monitors to work without harassment.",
     "ZMBGOV", "0862"),
    ("Egypt allowed the aid trucks to cross into Gaza on Sunday.", "EGY", "0863"),
    ("Sudan let the UN inspectors visit the camps.", "SDN", "0862"),
    ("Belarus permitted the inspectors to enter the plant on Monday.", "BLR", "0862"),
])  # fmt: skip
def test_letting_observers_or_aid_in_is_access(coder, text, src, cameo):
    evs = [e for e in found(coder, text, "RETREAT") if e["mode"] == "access"]
    assert [(e["cameo"], codes(e["source"])) for e in evs] == [(cameo, [src])], evs


@pytest.mark.parametrize("text", [
    "The Zambian police allowed the students to march to parliament.",
    "Belarus allowed the opposition leader to leave the country.",
])  # fmt: skip
def test_letting_others_act_is_no_access(coder, text):
    evs = [e for e in found(coder, text, "RETREAT") if e["mode"] == "access"]
    assert not evs, evs


# -- "masked men": men described by the masks they attack in are unidentified armed actors -----
@pytest.mark.parametrize("text", [
    "Armed masked men pulled out of the town of Gao on Tuesday.",
    "Masked men pulled out of the town of Gao on Tuesday.",
])  # fmt: skip
def test_masked_men_are_unidentified_armed_actors(coder, text):
    evs = found(coder, text, "RETREAT")
    assert [codes(e["source"]) for e in evs] == [["MLIUAF"]], evs


# -- "would consider annexing parts of": the gerund weighed is the verb's complement ---------
def test_a_weighed_gerund_is_the_verbs_complement():
    from dotterel.nlp import parse

    doc = next(parse(["Belarus would consider annexing parts of the border district."]))
    g = next(t for t in doc if t.lower_ == "annexing")
    assert (g.dep_, g.head.lower_) == ("xcomp", "consider"), [(t.text, t.dep_) for t in doc]
    assert [(c.lower_, c.dep_) for c in g.children] == [("parts", "dobj")]


def test_annexing_parts_weighed_aloud_is_a_threat(coder):
    text = (
        "Chad's interior minister told parliament the cabinet would consider annexing several "
        "parts of the contested valley."
    )
    evs = found(coder, text, "THREATEN")
    assert [(e["mode"], codes(e["source"])) for e in evs] == [("territory", ["TCDGOV"])], evs
