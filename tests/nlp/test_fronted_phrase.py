"""dotterel.syntax.fronted_phrase: a preposition phrase that opens the sentence up to a comma,
shared by the place of events and the country of the bodies acting in its scene."""

from __future__ import annotations

from dotterel.syntax import fronted_phrase


def test_an_opening_place_phrase_up_to_its_comma(nlp):
    sent = next(nlp("In Lusaka, the foreign ministry summoned the envoy.").sents)
    got = fronted_phrase(sent, {"in"})
    assert got is not None and got[0].text == "In" and sent.doc[got[1]].text == ",", got
    assert fronted_phrase(sent, {"at"}) is None  # another preposition


def test_a_sentence_that_opens_otherwise_has_none(nlp):
    sent = next(nlp("The foreign ministry in Lusaka summoned the envoy.").sents)
    assert fronted_phrase(sent, {"in"}) is None
