""" "Yielded to pressure", "succumbed to pressure from the unions": the small model reads "to
pressure" as an infinitive, so the concession was lost and a demand by the one who yielded
was coded instead. "Pressure" with no object after "to" is the noun (nlp.py
_noun_read_as_bare_infinitive). Invented sentences."""

from __future__ import annotations

from dotterel.nlp import parse

from .conftest import codes, finder

found = finder("2026-06-12")


def test_yielding_to_pressure_is_a_concession_not_a_demand(coder):
    text = "The Zambian government yielded to pressure and scrapped the maize levy."
    e = found(coder, text, "CONCEDE")
    assert e and e[0]["source"], e  # a source before its code
    assert codes(e[0]["source"])[0].startswith("ZMB"), e
    assert not found(coder, text, "REQUEST")


def test_succumbing_to_pressure_from_unions_is_a_concession(coder):
    text = "The Malawian cabinet succumbed to pressure from the teachers' unions on Friday."
    e = found(coder, text, "CONCEDE")
    assert e and e[0]["source"], e  # a source before its code
    assert codes(e[0]["source"])[0].startswith("MWI"), e
    # (a request of no source is no demand by the cabinet either: no IndexError on it)
    assert not any(
        c.startswith("MWIGOV")
        for x in found(coder, text, "REQUEST")
        for c in codes(x["source"])[:1]
    )


def test_to_pressure_with_an_object_stays_a_verb():
    doc = next(parse(["Washington wants to pressure Caracas into talks."]))
    w = next(t for t in doc if t.lower_ == "pressure")
    assert w.pos_ == "VERB" and w.dep_ == "xcomp"


def test_to_pressure_with_no_object_is_the_noun():
    doc = next(parse(["The council yielded to pressure."]))
    w = next(t for t in doc if t.lower_ == "pressure")
    assert w.pos_ == "NOUN" and w.dep_ == "pobj" and w.head.lower_ == "to"
