"""Known causes of errors on real articles, each fixed in general and tested on sentences
written for these tests (none is copied from an article)."""

from __future__ import annotations

import pytest

from .conftest import events_of

PUB = "2023-03-15"


def coded(coder, text: str, published: str = PUB) -> list[tuple]:
    return [
        (e["type"], e["cameo"], [a["code"] for a in e["source"]],
         [a["code"] for a in e["target"]], e["modality"])
        for e in events_of(coder, text, published)
    ]  # fmt: skip


# -- a measure noun the parser reads as a verb ("asset freezes") ---------------------------------


@pytest.mark.parametrize(
    ("text", "noun", "conj_of"),
    [
        ("The bloc imposed visa bans and asset freezes on four generals.", 7, 4),
        ("The bloc imposed travel bans and asset freezes on four generals.", 7, 4),
        ("The bloc imposed asset freezes and travel bans on three generals.", 4, 2),
    ],
)  # fmt: skip
def test_measure_word_after_its_modifier_is_a_noun(text, noun, conj_of):
    from dotterel.nlp import parse

    doc = next(iter(parse([text])))
    t = doc[noun]
    assert t.pos_ == "NOUN" and doc[noun - 1].dep_ == "compound"
    assert doc[noun - 1].head == t
    on = next(w for w in doc if w.lower_ == "on")
    assert on.head == doc[2]  # the measures are imposed on them
    if conj_of != 2:
        assert t.dep_ == "conj" and t.head == doc[conj_of]
    else:
        assert t.dep_ == "dobj" and t.head == doc[2]


def test_measure_verb_after_a_subject_noun_stays_a_verb():
    from dotterel.nlp import parse

    doc = next(iter(parse(["The government bans protests near parliament."])))
    assert doc[2].pos_ == "VERB"
