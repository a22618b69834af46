"""The shared parse tests in dotterel.syntax (invented sentences)."""

from __future__ import annotations

from spacy.tokens import Doc

from dotterel.syntax import (
    climb,
    condition_marked,
    condition_subjects,
    conditions,
    first_conjunct,
    has_to_aux,
    included_members,
    objects_of,
    prep_objects,
    sums_up_the_clause_before,
    to_aux,
)


def _verb(doc, word):
    return next(t for t in doc if t.lower_ == word)


def test_has_to_aux_on_an_infinitive(nlp):
    doc = nlp("The council agreed to reopen the bridge.")
    assert has_to_aux(_verb(doc, "reopen"))
    assert not has_to_aux(_verb(doc, "agreed"))


def test_to_aux_is_the_infinitives_own_to(nlp):
    doc = nlp("The council agreed to reopen the bridge.")
    to = to_aux(_verb(doc, "reopen"))
    assert to is not None and to.i == _verb(doc, "reopen").i - 1
    assert to_aux(_verb(doc, "agreed")) is None


def test_has_to_aux_without_an_infinitive(nlp):
    doc = nlp("The council reopened the bridge on Monday.")
    assert not any(has_to_aux(t) for t in doc)


def test_first_conjunct_climbs_to_the_first(nlp):
    doc = nlp("The envoys met in Tirana, Skopje and Podgorica.")
    assert first_conjunct(_verb(doc, "podgorica")).lower_ == "tirana"
    assert first_conjunct(_verb(doc, "met")).lower_ == "met"


def test_climb_ends_on_a_cycle_of_heads(nlp):
    # parse repairs set heads by hand and spaCy accepts a cycle: a bare while loop up
    # `.head` would never end (the hang of ae65482); climbing stops after len(doc) steps
    doc = Doc(nlp.vocab, words=["ports", "and", "docks"], heads=[0, 0, 0],
              deps=["ROOT", "cc", "conj"])  # fmt: skip
    doc[0].head = doc[2]
    doc[0].dep_ = "conj"
    assert climb(doc[2], lambda t: t.dep_ == "conj").i in (0, 2)
    assert first_conjunct(doc[0]).i in (0, 2)


def test_if_unless_conditions(nlp):
    doc = nlp("The militia will attack the port if the navy enters the bay.")
    attack = _verb(doc, "attack")
    assert [c.lower_ for c in conditions(attack)] == ["enters"]
    assert condition_marked(_verb(doc, "enters"))
    assert [g.lower_ for g in condition_subjects(attack)] == ["navy"]
    plain = nlp("The militia attacked the port when the navy entered the bay.")
    assert not conditions(_verb(plain, "attacked"))


def test_prep_objects_of_a_passive_by_phrase(nlp):
    doc = nlp("The depot was shelled by the militia on Sunday.")
    shelled = _verb(doc, "shelled")
    assert [t.text for t in prep_objects(shelled, "agent")] == ["militia"]
    assert prep_objects(shelled, "agent", "with") == []


def test_prep_objects_of_one_preposition(nlp):
    doc = nlp("The village fell to the rebels in March.")
    fell = _verb(doc, "fell")
    assert [t.text for t in prep_objects(fell, "prep", "to")] == ["rebels"]
    assert [t.text for t in prep_objects(fell)] == ["rebels", "March"]
    assert [t.text for t in prep_objects(fell, ("prep", "agent"), "in")] == ["March"]


def test_objects_of_a_preposition(nlp):
    doc = nlp("The depot was shelled by the militia.")
    by = next(t for t in doc if t.lower_ == "by")
    assert [t.text for t in objects_of(by)] == ["militia"]


def test_included_members_are_the_named_members_never_a_pronoun(nlp):
    # "several states, among them Chile and Peru": "them" is the phrase itself, no member
    words = ["states", "among", "them", "Chile", "and", "Peru"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 1, 0, 3, 3],
              deps=["ROOT", "prep", "pobj", "appos", "cc", "conj"],
              pos=["NOUN", "ADP", "PRON", "PROPN", "CCONJ", "PROPN"])  # fmt: skip
    assert [t.text for t in included_members(doc[0])] == []
    doc = Doc(nlp.vocab, words=["states", "including", "Chile", "and", "Peru"],
              heads=[0, 0, 1, 2, 2], deps=["ROOT", "prep", "pobj", "cc", "conj"],
              pos=["NOUN", "VERB", "PROPN", "CCONJ", "PROPN"])  # fmt: skip
    assert [t.text for t in included_members(doc[0])] == ["Chile", "Peru"]


def test_a_noun_after_a_comma_sums_up_the_clause_before(nlp):
    # "..., an offer X rejected": a comma, "a"/"an" and a relative clause with its own subject
    doc = nlp("Russia offered to mediate the dispute, an offer Armenia quickly rejected.")
    assert sums_up_the_clause_before(_verb(doc, "offer"))
    doc = nlp("The rebels freed four hostages on Monday, the step Germany welcomed.")
    assert not sums_up_the_clause_before(_verb(doc, "step"))  # no "a": a step told before
    doc = nlp("Armenia rejected an offer Russia made on Monday.")
    assert not sums_up_the_clause_before(_verb(doc, "offer"))  # no comma: the object


def test_a_summing_noun_may_be_the_object_of_its_answer(nlp):
    # the parser may hang the noun on the answering verb as its object
    words = ["Troops", "left", ",", "a", "step", "Germany", "welcomed", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 4, 6, 6, 1, 1],
              deps=["nsubj", "ROOT", "punct", "det", "dobj", "nsubj", "conj", "punct"])  # fmt: skip
    step = doc[4]
    assert step.head.lower_ == "welcomed" and step.dep_ == "dobj"
    assert sums_up_the_clause_before(step, object_of_the_answer=True)
    assert not sums_up_the_clause_before(step)
