"""The parse repairs run from a registry (nlp.REPAIRS, repairs.py) that skips a repair when
the Doc lacks the words it needs. The tests only save work: a Doc gets exactly the repairs
it would get if every repair walked every Doc, whether `parse` is handed a text or a Doc
the tokenizer made (as the pre-filter hands it)."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

from dotterel.nlp import REPAIRS, get_nlp, parse
from dotterel.repairs import DocWords

# each meant to set off a repair (named after it): "re-" prefixes, irregular past forms,
# verbs of ordering and appeal, weekdays, years, free relatives, accusations, "as" clauses
TEXTS = [
    "The militia re-took the border post and staged a walk-out from the talks.",
    "Villagers marched to the square and blocked roads near the barracks.",
    "The council imposed asset freezes and travel bans on the two ministers.",
    "A magistrate ordered him held pending an inquiry.",
    "The envoy urged Tarvia to pull back its units and the militants to end their raids.",
    "Strikers said they would rally on Tuesday and boycott the assembly.",
    "On June 3, 2021 the auditor asked the court to freeze the accounts.",
    "Police Thursday were searching the warehouse.",
    "NORDA imposed tariffs on steel from Velmar.",
    "The pact Corvia and Ostrel signed in April broke down.",
    "The unions accused mine owners of cheating their workers.",
    "The cabinet is weighing raising fuel duties.",
    "The navy launched what it called a new cruise missile into the bay.",
    "Markets stayed closed as the ruling party, the NPL, and its allies held a vigil.",
    "The governor yielded to pressure from the farmers.",
    "The union called off on Monday night a national strike.",
    "He told delegates who back the motion that they will lose their seats.",
    "A brigade known as Falka was raised in March.",
    "Pelora sent a request to Dravia for fuel aid.",
]


def _annotations(doc) -> list:
    return doc.to_array([TAG, POS, DEP, HEAD, LEMMA]).tolist()


def _every_repair(text: str):
    nlp = get_nlp()
    doc = nlp(text)
    for r in REPAIRS:
        if r.needs_nlp:
            r.fix(doc, nlp)
        else:
            r.fix(doc)
    return doc


@pytest.mark.parametrize("text", TEXTS)
def test_skipping_repairs_changes_nothing(text):
    assert _annotations(next(parse([text]))) == _annotations(_every_repair(text))


@pytest.mark.parametrize("text", TEXTS)
def test_a_tokenized_doc_gets_the_same_repairs(text):
    tokenized = get_nlp().tokenizer(text)
    assert _annotations(next(parse([tokenized]))) == _annotations(next(parse([text])))


def test_a_prefixed_verb_in_a_tokenized_doc_gets_its_lemma():
    doc = next(parse([get_nlp().tokenizer("The militia re-took the border post.")]))
    assert [t.lemma_ for t in doc if t.text == "re-took"] == ["re-take"]


def test_doc_words_are_the_tokens_words():
    doc = get_nlp()("Rebels Re-Took the Town on Friday, officials said.")
    words = DocWords(doc)
    assert words.lowers == {t.lower_ for t in doc}
    assert words.lemmas == {t.lemma_.lower() for t in doc}
    doc[0].lemma_ = "insurgent"
    words.forget_lemmas()
    assert "insurgent" in words.lemmas
