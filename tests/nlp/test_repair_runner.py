"""The repair runner: a repair that may set lemmas makes the words' lemmas be read again,
unless it reports that it changed nothing (the repairs with no `when` test that rarely
find anything)."""

from __future__ import annotations

from dotterel import repairs
from dotterel.nlp import _acronym_subject, _past_verb_read_as_adjective
from dotterel.repairs import Repair, run_repairs


def _reads_of_lemmas(nlp, monkeypatch, fix) -> int:
    count = []
    real = repairs.DocWords.forget_lemmas
    monkeypatch.setattr(
        repairs.DocWords, "forget_lemmas", lambda self: count.append(1) or real(self)
    )
    doc = nlp.make_doc("The talks went on.")
    run_repairs([Repair(fix, changes_lemmas=True)], doc, nlp)
    return len(count)


def test_a_repair_that_changed_nothing_keeps_the_lemmas(nlp, monkeypatch):
    assert _reads_of_lemmas(nlp, monkeypatch, lambda doc: False) == 0
    assert _reads_of_lemmas(nlp, monkeypatch, lambda doc: True) == 1
    assert _reads_of_lemmas(nlp, monkeypatch, lambda doc: None) == 1  # no report: re-read


def test_the_unguarded_lemma_repairs_report_whether_they_mended_anything(nlp):
    doc = nlp("The talks went on in the capital on Monday.")
    assert _acronym_subject(doc) is False
    assert _past_verb_read_as_adjective(doc, nlp) is False
