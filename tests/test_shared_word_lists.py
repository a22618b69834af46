"""One fix for a word the model misreads, and one word list where two patterns name the same
thing (reviewer's consistency findings): irregular past forms get their lemma in nlp.py, not
a workaround in each list; leaving ground and releasing a loan's tranche use the same
objects everywhere. Invented sentences."""

from __future__ import annotations

import yaml

from .conftest import codes, finder

found = finder("2024-05-02")


# -- "retook": an irregular past form the tagger reads as present keeps its own lemma --------
def test_irregular_past_form_read_as_present_gets_its_lemma():
    from dotterel.nlp import parse

    (doc,) = parse(["Government forces retook the district capital from the rebels."])
    verb = next(t for t in doc if t.lower_ == "retook")
    assert (verb.lemma_, verb.tag_) == ("retake", "VBD")
    # a base form that is also another verb's past ("to found", "to saw") stays itself
    (doc,) = parse(["The exiles want to found a party and to saw the planks."])
    assert [t.lemma_ for t in doc if t.lower_ in ("found", "saw")] == ["found", "saw"]


def test_retaking_codes_as_before_without_the_listed_past_form(coder):
    evs = found(coder, "Government forces retook the district capital from the rebels.", "ASSAULT")
    assert [(e["cameo"], codes(e["source"]), codes(e["target"])) for e in evs] == [
        ("190", ["MIL"], ["REB"])
    ]
    assert evs[0]["explain"]["pattern_text"] == "retake T"
    evs = found(coder, "Chadian troops retook the town of Mongo, which had fallen to the rebels in May.",
                "ASSAULT")  # fmt: skip
    assert [codes(e["target"]) for e in evs] == [["TCDREB"]]


def test_taking_a_town_is_occupation_storming_it_an_attack(coder):
    # the patterns of taking a place come from word_classes.yaml seizing_verbs
    evs = found(coder, "Chadian rebels captured the town of Abeche on Sunday.", "COERCE")
    assert [e["cameo"] for e in evs] == ["192"]
    evs = found(coder, "The Nigerian army stormed the town of Gwoza on Friday.", "ASSAULT")
    assert [e["cameo"] for e in evs] == ["190"]


# -- leaving ground: one list of military ground, jobs only with a force as subject ----------
def test_leaving_ground_is_a_withdrawal_and_leaving_a_job_is_not(coder):
    for text, source in (
        ("Armenian troops left the territory on Monday.", "ARMMIL"),
        ("Pakistani troops left their posts along the border.", "PAKMIL"),
        ("Russia left its bases in Georgia.", "RUS"),
        ("Kurdish rebels left their strongholds in the hills.", "REB"),
    ):
        evs = found(coder, text, "RETREAT")
        assert [(e["cameo"], codes(e["source"])) for e in evs] == [("0872", [source])], text
    for text in ("The Kenyan ministers left their positions after the scandal.",
                 "The Kenyan minister left her post after the scandal."):  # fmt: skip
        assert found(coder, text, "RETREAT") == [], text


# -- a loan's tranche released: aid.yaml pays it out, retreat.yaml stops it, same objects ----
def _objects(file: str, section: str, start: str) -> set[str]:
    from dotterel.events.lexicon import lexicon_dir

    data = yaml.safe_load((lexicon_dir() / file).read_text(encoding="utf-8"))
    groups = [data["stop"]] if section == "stop" else data["groups"]
    pats = [p for g in groups for p in g.get("verbs", []) if p.startswith(start)]
    assert len(pats) == 1, pats
    return set(pats[0].split()[1].split("|"))


def test_released_tranche_objects_agree_between_aid_and_its_stop():
    assert _objects("aid.yaml", "groups", "release tranche") == _objects(
        "retreat.yaml", "stop", "release tranche"
    )


def test_released_instalments_are_aid(coder):
    for text, target in (
        ("The IMF released the final installments of the loan to Pakistan.", "PAK"),
        ("The World Bank released loans worth 2 billion dollars to Egypt.", "EGY"),
    ):
        evs = found(coder, text, "AID")
        assert [(e["cameo"], codes(e["target"])) for e in evs] == [("071", [target])], text
        assert found(coder, text, "RETREAT") == [], text
