"""A bare weekday between subject and verb ("Gendarmes Thursday were questioning ..."): the
small model read the subject as a compound on the weekday, so the verb had no subject and
the event no source."""

from dotterel.nlp import parse


def test_the_noun_before_the_weekday_is_the_subject():
    doc = next(iter(parse(["Gendarmes Thursday were questioning the suspects."])))
    assert doc[0].dep_ == "nsubj" and doc[0].head == doc[3]
    assert doc[1].dep_ == "npadvmod" and doc[1].head == doc[3]


def test_the_investigation_has_its_investigators(coder):
    evs = coder.code(
        "Police Saturday were investigating the explosion in Tartu.", published="2024-05-02"
    )
    assert any(e.type == "ACCUSE" and e.source for e in evs)
