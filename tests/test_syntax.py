"""The shared parse tests in dotterel.syntax (invented sentences)."""

from __future__ import annotations

from dotterel.syntax import has_to_aux


def _verb(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_has_to_aux_on_an_infinitive(nlp):
    doc = nlp("The council agreed to reopen the bridge.")
    assert has_to_aux(_verb(doc, "reopen"))
    assert not has_to_aux(_verb(doc, "agreed"))


def test_has_to_aux_without_an_infinitive(nlp):
    doc = nlp("The council reopened the bridge on Monday.")
    assert not any(has_to_aux(t) for t in doc)
