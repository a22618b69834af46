"""Known causes of errors on real articles, each fixed in general and tested on sentences
written for these tests (none is copied from an article)."""

from __future__ import annotations

import pytest

from .conftest import event_rows

PUB = "2023-03-15"


def coded(coder, text: str, published: str = PUB) -> list[tuple]:
    return event_rows(coder, text, published)


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


@pytest.mark.parametrize(
    "text",
    [
        "The African Union imposed travel bans and asset freezes on six Malian officials on Monday.",
        "Canada imposed asset freezes and travel bans on three Iranian generals.",
        "The European Union imposed sanctions and travel bans on four Russian judges.",
    ],
)  # fmt: skip
def test_travel_bans_and_asset_freezes_on_foreign_officials_are_one_sanction(coder, text):
    got = coded(coder, text)
    assert [(t, c) for t, c, _, _, _ in got] == [("SANCTION", "163")]
    assert got[0][3]  # on the officials named


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The European Union banned Iranian airlines from flying to the bloc.", "SANCTION"),
        ("Authorities in Minsk imposed a travel ban on the opposition leader.", "COERCE"),
        ("Israel imposed new restrictions on Palestinians in the West Bank.", "COERCE"),
    ],
)  # fmt: skip
def test_a_restriction_on_another_states_officials_is_a_sanction(coder, text, want):
    assert [t for t, _, _, _, _ in coded(coder, text)] == [want]


# -- rebels of no named country ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fighting flared in eastern Congo. Rebels attacked the town of Rutshuru on Sunday.",
        "Rebels attacked the town of Rutshuru in eastern Congo on Sunday.",
        "Heavy rain hit northern Mozambique. Insurgents burned a village near Mocimboa da Praia.",
    ],
)  # fmt: skip
def test_rebels_of_no_named_country_are_the_storys(coder, text):
    got = [(t, s) for t, _, s, _, _ in coded(coder, text)]
    assert got and got[0][0] == "ASSAULT" and got[0][1][0].endswith("REB"), got
    assert got[0][1][0][:3] in ("COD", "MOZ")


def test_a_capitalised_plural_opening_a_sentence_is_still_a_sector_noun(nlp, kb):
    doc = nlp("Rebels attacked the town.")  # tagged NNPS, its lemma "Rebels"
    assert any(m.start == 0 and m.term.function == "sector" for m in kb.match(doc))


# -- refusing to resign, promising not to act ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Protesters demanded the resignation of the Kenyan president, who said he would not step down.",
        "The Kenyan president vowed not to step down.",
        "The Kenyan president refused to resign.",
        "The Kenyan president won't resign, his spokesman said.",
    ],
)  # fmt: skip
def test_a_refusal_to_resign_is_a_reject(coder, text):
    got = [(t, c, m) for t, c, _, _, m in coded(coder, text) if t != "REQUEST"]
    assert got == [("REJECT", "1231", "asserted")]


def test_a_resignation_that_did_not_happen_stays_negated(coder):
    got = coded(coder, "The Kenyan president has not resigned despite the protests.")
    assert [(t, m) for t, _, _, _, m in got] == [("RETREAT", "negated")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia promised not to attack Ukraine.", ("ASSAULT", "negated")),
        ("The government promised not to arrest the protesters.", ("COERCE", "negated")),
        ("Russia vowed not to withdraw its troops from Syria.", ("REJECT", "asserted")),
        ("Russia vowed to withdraw its troops from Syria.", ("CONCEDE", "asserted")),
    ],
)  # fmt: skip
def test_a_promise_not_to_act_is_no_promise_of_the_act(coder, text, want):
    assert [(t, m) for t, _, _, _, m in coded(coder, text)] == [want]


# -- a court that orders someone held ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A district court in Osh on Friday ordered the journalist, Azamat Bekov, held in custody for a month.",
        "A judge in Osh ordered him detained pending trial.",
    ],
)  # fmt: skip
def test_who_orders_someone_held_holds_him(coder, text):
    got = coded(coder, text)
    assert [(t, s) for t, _, s, _, _ in got] == [("COERCE", ["KGZJUD"])]


def test_not_allowing_someone_to_be_persecuted_is_no_persecution_by_the_speaker(coder):
    got = coded(coder, "Serbia said it would not allow the Serbs of Kosovo to be persecuted.")
    assert not [e for e in got if e[0] == "COERCE" and e[2] == ["SRB"]]


# -- a second verb after a date, sharing the first one's auxiliary -------------------------------


def test_a_verb_joined_after_a_date_is_its_own_planned_event(coder):
    got = coded(
        coder, "The opposition party said it would hold a rally on Friday and boycott parliament."
    )
    kinds = [(t, c, m) for t, c, _, _, m in got]
    assert ("PROTEST", "143", "planned") in kinds and ("PROTEST", "141", "planned") in kinds
    boycott = next(e for e in got if e[1] == "143")
    assert boycott[3] and boycott[3][0].endswith("LEG")


# -- what should be done, said by another, is asked for -----------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The United Nations said the prisoners should be released.",
     "The United Nations said the prisoners must be released."],
)  # fmt: skip
def test_what_should_be_done_is_a_demand(coder, text):
    assert [(t, s) for t, _, s, _, _ in coded(coder, text)] == [("REQUEST", ["IGOUNO"])]
