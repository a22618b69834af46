"""False events seen on a tenth fresh sample of long real news articles (comment pieces, a
feature on captured fighters, reports on refugees and on foreign troops in a war), with
invented sentences: an extraposed "it" taken for an actor, officials lobbied for something
taken as those the lobbying is for, a proposal or a wish that another act taken for that
act or for the proposer's offer, an imperative "let" and an imagined act taken as done, the
weapons fired and a retreat's destination taken as targets, and a source's wish to be named
in a certain way taken as a request."""

from __future__ import annotations

from .conftest import codes, finder

found = finder("2024-05-02")


def test_an_extraposed_it_is_no_actor(coder):
    for text in (
        "The Ugandan army holds two brothers. It\u2019s alleged they were recruiters.",
        "The Ugandan army holds two brothers. It is claimed that they were recruiters.",
        "The Ugandan army holds two brothers. Both face arson charges; it\u2019s alleged that "
        "the elder brother financed the gang.",
    ):
        assert not found(coder, text, "ACCUSE"), text
    for text in (
        "The Kenyan government closed the border. It is absurd to hope for humanitarian "
        "corridors out of the town, an opposition MP said.",
        "The Kenyan government closed the border. \u201cIt\u2019s plainly absurd to hope for "
        "humanitarian corridors out of the town,\u201d a Kenyan opposition MP said.",
    ):
        assert not found(coder, text, "RETREAT"), text
    # a body that alleges, or is attacked, is still "it"
    evs = found(coder, "The Ugandan army says it alleged that they were recruiters.", "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["UGAMIL"], evs
    evs = found(coder, "The Ugandan army said it was attacked by the rebels.", "ASSAULT")
    assert evs and codes(evs[0]["target"]) == ["UGAMIL"], evs


def test_officials_lobbied_for_something_are_asked_for_it(coder):
    text = "Kenya has lobbied Ugandan ministers for landing rights at Entebbe."
    assert not found(coder, text, "SUPPORT"), text
    req = found(coder, text, "REQUEST")
    assert req and codes(req[0]["target"]) == ["UGAGOV"], req
    # lobbying on someone's behalf is still support for them
    evs = found(coder, "Ghana lobbied for Nigeria at the summit.", "SUPPORT")
    assert evs and codes(evs[0]["target"]) == ["NGA"], evs


def test_a_proposal_that_another_act_is_an_appeal_to_it(coder):
    text = "A Danish charity suggested Norway could take in more Afghan refugees."
    assert not found(coder, text, "AGREE"), text
    req = found(coder, text, "REQUEST")
    assert req and codes(req[0]["target"]) == ["NOR"], req
    text = "Egypt proposed that Sudan and Ethiopia hold talks in Cairo."
    assert not found(coder, text, "AGREE") and found(coder, text, "REQUEST"), text
    # a proposal of one's own act stays the proposer's offer
    for text in (
        "Norway suggested it could take in more Afghan refugees.",
        "Egypt proposed to host talks between Sudan and Ethiopia.",
    ):
        assert found(coder, text, "AGREE") and not found(coder, text, "REQUEST"), text


def test_a_wish_for_anothers_support_is_no_support(coder):
    for text in (
        "Nairobi wants Ethiopian backing for its bid to host the summit.",
        "Kenya wants Ethiopian support for its candidate.",
    ):
        assert not found(coder, text, "SUPPORT"), text
    # the wished act's doer is found as for any event noun (nominal_source): a "by" phrase too
    assert not found(coder, "Kenya wants an attack by Ethiopia on the rebels.", "ASSAULT")
    # a wish for talks of one's own stays a planned meeting
    evs = found(coder, "Kenya wants talks with Uganda.", "CONSULT")
    assert evs and evs[0]["modality"] == "planned", evs


def test_an_imperative_let_is_no_act_done(coder):
    text = '"Let us attack the rebel camps ourselves," a Kenyan general said.'
    evs = found(coder, text, "ASSAULT")
    assert all(e["modality"] != "asserted" for e in evs), evs


def test_an_indefinite_act_that_would_have_effects_is_imagined(coder):
    for text, typ in (
        (
            "Diplomats fear a Kenyan withdrawal from Somalia would hand the coast to the "
            "militants.",
            "RETREAT",
        ),
        (
            "Any Kenyan attack on the rebels could draw in Ethiopian troops, officials said.",
            "ASSAULT",
        ),
    ):
        evs = found(coder, text, typ)
        assert evs and all(e["modality"] == "hypothetical" for e in evs), (text, evs)
    # one with a past verb happened; one said to take effect is planned
    evs = found(coder, "A Kenyan attack on the rebels on Monday killed 12 people.", "ASSAULT")
    assert evs and evs[0]["modality"] == "asserted", evs
    text = "The governor said a night curfew would take effect in Garissa from Friday."
    evs = found(coder, text, "COERCE")
    assert evs and evs[0]["modality"] == "planned", evs


def test_the_weapons_fired_are_not_the_target(coder):
    text = "The Israeli navy fired six cruise missiles at a depot outside Latakia."
    evs = found(coder, text, "ASSAULT")
    assert evs and codes(evs[0]["source"]) == ["ISRMIL"], evs
    assert all(a["code"] != "MIL" for a in evs[0]["target"]), evs


def test_where_a_force_retreats_to_is_no_target(coder):
    evs = found(coder, "Kenyan troops retreated into the villages near Mandera.", "RETREAT")
    assert evs and not evs[0]["target"], evs
    # what they withdraw from still is
    evs = found(coder, "Kenyan troops withdrew from the villages near Mandera.", "RETREAT")
    assert evs and codes(evs[0]["target"]) == ["KENCVL"], evs


def test_how_a_source_is_to_be_named_is_no_request(coder):
    text = (
        "A Ugandan official, who asked to be known simply as Joseph, said the police had "
        "arrested 12 people."
    )
    assert not found(coder, text, "REQUEST") and found(coder, text, "COERCE"), text
