"""A past verb right after the root noun, read by the parser as a reduced relative on it, is
the sentence's verb: "The Ruritanian foreign minister called on Borduvia to free ..." was
coded as nothing while "Ruritania called on Borduvia to free ..." was a REQUEST."""

from dotterel.nlp import parse


def _codes(coder, text):
    return [(e.type, [a.code for a in e.source], [a.code for a in e.target])
            for e in coder.code(text, published="2024-05-02")]  # fmt: skip


def test_an_office_holder_calling_on_a_state_is_the_request_of_his_state(coder):
    got = _codes(coder, "The Zambian foreign minister called on Malawi to free the journalists.")
    assert ("REQUEST", ["ZMBGOV"], ["MWI"]) in got


def test_the_repair_makes_the_verb_the_root_and_the_noun_its_subject():
    doc = next(iter(parse(["The Zambian foreign minister called on Malawi to free them."])))
    called = doc[4]
    assert called.dep_ == "ROOT" and doc[3].dep_ == "nsubj" and doc[3].head == called
    assert doc[-1].head == called


def test_a_participle_relative_on_a_root_noun_stays_a_relative():
    # a caption-like fragment: the root is the noun, "attacked" its participle modifier
    doc = next(iter(parse(["A convoy attacked by rebels near Goma."])))
    assert doc[1].dep_ == "ROOT" and doc[2].dep_ == "acl" and doc[2].head == doc[1]


def test_a_participle_with_a_to_infinitive_after_a_date_is_the_verb(coder):
    # "offered" tagged as a participle and hung on "clerics" as a reduced relative
    text = "Ruritania's Methodist clerics offered on Friday to mediate between the junta and the rebels."
    assert [t for t, _, _ in _codes(coder, text)] == ["AGREE"]
