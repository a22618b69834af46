"""Event constructions the coder missed or coded wrongly (session 7, helper "events"), each
tested on invented sentences."""

from __future__ import annotations

from .conftest import codes, finder, keys

found = finder("2024-05-02")


# -- retaking a place is aimed at its former holder, not at its people ------------------------
def test_retaking_a_town_is_aimed_at_its_holder(coder):
    cases = (
        ("The army said its troops had retaken the town of Beledweyne on Sunday, three months "
         "after the militants overran it.", "SOMREB"),
        ("Rwandan soldiers said they had recaptured the village of Mbau from the insurgents.", "RWAREB"),
        ("Malian troops retook Tessit, which had fallen to jihadists in June.", "MLIREB"),
        ("Al-Shabaab fighters seized the town of Adale in March. On Sunday, Somali troops "
         "retook the town.", "SOMREBSHB"),
        # no holder named: the place's country, not its civilians
        ("Ukrainian troops retook the town of Robotyne.", "UKR"),
    )  # fmt: skip
    for text, holder in cases:
        evs = [e for e in found(coder, text, "ASSAULT") if "retook" in e["trigger"] or "retaken"
               in e["trigger"] or "recaptured" in e["trigger"]]  # fmt: skip
        assert [codes(e["target"]) for e in evs] == [[holder]], (text, evs)


# -- "has no intention of"/"has no plans to": the act stated not to happen ---------------------
def test_having_no_intention_to_act_negates_the_act(coder):
    for text, typ, src in (
        (
            "The Eritrean president said his country had no intention of invading Ethiopia.",
            "ASSAULT",
            "ERI",
        ),
        ("Russia has no plans to attack NATO, the Kremlin said.", "ASSAULT", "RUS"),
        ("Ethiopia does not have any plans to invade Eritrea.", "ASSAULT", "ETH"),
    ):
        evs = found(coder, text, typ)
        assert [(e["modality"], keys(e["source"])) for e in evs] == [("negated", {src})], (
            text,
            evs,
        )
    # an intention not to yield is a refusal, as "vowed not to withdraw" is
    evs = found(
        coder, "Moldova has no intention of withdrawing its troops from the border.", "REJECT"
    )
    assert [e["modality"] for e in evs] == ["asserted"], evs
    # held and not negated: a plan (planned), or a stated intention to use force (a threat)
    assert [
        e["modality"]
        for e in found(coder, "Eritrea has plans to attack the rebel camps.", "ASSAULT")
    ] == ["planned"]


# -- "X will be a legitimate target", said by the one who would strike: a threat -------------
def test_naming_a_legitimate_target_is_a_threat(coder):
    for text, src, tgt in (
        (
            "The Houthi spokesman warned that any ship linked to Israel will be a legitimate target.",
            "YEM",
            "ISR",
        ),
        (
            '"Every American base in the region will be a legitimate target," the Iranian commander said.',
            "IRN",
            "USA",
        ),
        ("Hezbollah said Israeli ships are legitimate targets.", "LBN", "ISR"),
    ):
        evs = found(coder, text, "THREATEN")
        assert [(keys(e["source"]), keys(e["target"]), e["modality"]) for e in evs] == [
            ({src}, {tgt}, "asserted")
        ], (text, evs)
    # the writer's words, or a strike justified after the fact: no threat
    for text in (
        "Israeli ships are legitimate targets.",
        "The Russian ministry said the depot was a legitimate target.",
    ):
        assert not found(coder, text, "THREATEN"), text


# -- "on full alert": a raised alert, as "on high alert" -------------------------------------
def test_forces_on_full_alert_mobilize(coder):
    evs = found(coder, "The Houthis said their naval forces are on full alert.", "MOBILIZE")
    assert [keys(e["source"]) for e in evs] == [{"YEM"}], evs
