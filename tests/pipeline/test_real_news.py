"""False events seen on long real news articles, with invented sentences: the story's
country is no one's target, and an act averted or denied by "neither ... nor" is not asserted."""

from __future__ import annotations

from tests.conftest import codes, events_of

STORY = (
    "The Dutch government will stop sharing evidence with Belgium about two men held in Turkey. "
    "The men were arrested in Izmir in 2017 and moved to a prison in Ankara. "
    "A court in Istanbul will hear their case in May.\n\n"
    "Their commander, believed killed in an American airstrike in 2016, was also named in the ruling."
)


def test_story_country_is_not_the_target_of_an_event_placed_nowhere(coder):
    strikes = [e for e in events_of(coder, STORY) if e["type"] == "ASSAULT" and e["sentence_index"] == 3
               and "airstrike" in e["trigger"]]  # fmt: skip
    assert strikes, events_of(coder, STORY)
    assert all("TUR" not in codes(e["target"]) for e in strikes), strikes


def test_a_place_named_in_the_sentence_is_still_the_target(coder):
    evs = events_of(coder, "Russian warplanes carried out airstrikes in Idlib on Monday.")
    assert any(e["type"] == "ASSAULT" and "SYR" in codes(e["target"]) for e in evs), evs


def test_the_one_believed_killed_is_not_the_killer(coder):
    text = "Their commander, believed killed in an American airstrike in 2016, was also named in the ruling."
    evs = events_of(coder, text)
    assert any(e["type"] == "ASSAULT" and "USAMIL" in codes(e["source"]) for e in evs), evs
    assert not any(
        e["type"] == "ASSAULT" and any("commander" in a["text"] for a in e["source"]) for e in evs
    ), evs


def test_a_causative_participle_keeps_its_causer(coder):
    evs = events_of(coder, "The Kenyan president had the opposition leader arrested on Monday.")
    assert any(e["type"] == "COERCE" and e["source"] for e in evs), evs


def test_a_backer_named_in_a_phrase_backs_no_one_in_an_event(coder):
    # "Iranian-backed militias": a name for the militias, a standing relation described
    text = "Large parts of the north remain in the hands of Iranian-backed militias and Saudi-backed tribal fighters."
    assert not [e for e in events_of(coder, text) if e["type"] == "SUPPORT"]


def test_an_apposition_names_the_possessed_party(coder):
    text = "Opposition leaders are trying to negotiate with Maduro's chief ally, Russia, as the protests fade."
    evs = [e for e in events_of(coder, text) if e["type"] == "CONSULT"]
    assert evs and all(codes(e["target"]) == ["RUS"] for e in evs), evs


def test_british_co_operation_is_cooperation_not_an_operation(coder):
    evs = events_of(coder, "The Kenyan army stepped up military co-operation with Uganda.")
    assert any(e["type"] == "COOPERATE" and "UGA" in "".join(codes(e["target"])) for e in evs), evs
    evs = events_of(
        coder,
        "The Kenyan interior ministry agreed to a pause in all co-operation with Ugandan police.",
    )
    assert not any(e["type"] in ("CONCEDE", "RETREAT") for e in evs), evs


def test_hyphenated_prefix_words_stay_one_token():
    from dotterel.nlp import get_tokenizer

    assert [t.text for t in get_tokenizer()("Co-ordination and co-operating.")] == [
        "Co-ordination",
        "and",
        "co-operating",
        ".",
    ]


def test_a_participle_after_the_clause_is_done_by_its_agent(coder):
    text = "Kurdish militias remain in control of north-east Syria, supported by roughly 2,000 US soldiers and their aircraft."
    evs = [e for e in events_of(coder, text) if e["type"] == "SUPPORT"]
    assert evs and all(
        codes(e["source"]) == ["USAMIL"] and codes(e["target"]) == ["SYRUAF"] for e in evs
    ), evs
    evs = [
        e
        for e in events_of(coder, "Backed by Russian jets, Syrian troops retook the town.")
        if e["type"] == "SUPPORT"
    ]
    assert evs and all(
        codes(e["source"]) == ["RUSMIL"] and codes(e["target"]) == ["SYRMIL"] for e in evs
    ), evs


def test_shelling_listed_with_airstrikes_is_not_done_by_the_victims(coder):
    text = "A local rights group says at least 40 farmers were killed in airstrikes and shelling during the past month."
    evs = events_of(coder, text)
    assert not any(e["type"] == "ASSAULT" and "CVL" in "".join(codes(e["source"])) for e in evs), (
        evs
    )
    evs = events_of(
        coder,
        "Two soldiers were wounded and are receiving treatment after rebels attacked the base.",
    )
    assert any(e["type"] == "ASSAULT" for e in evs), evs
