"""False events seen on a fifth fresh sample of long real news articles (reports, comment and
analysis on a troop withdrawal and the camps left behind), with invented sentences: backing
told to say who the backed are, ..."""

from __future__ import annotations

from .conftest import events_of


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def test_backing_that_names_those_backed_is_no_event(coder):
    # a backer named inside the phrase for those backed (an adjective or a reduced relative)
    # says who they are; no act of backing is told
    for text in (
        "The rebels had no trouble driving back Iranian-backed Jihadis last year.",
        "Army units backed by allied militias pushed the gunmen back on Tuesday.",
        "Clan fighters, backed by a Kenyan-led force, are battling the insurgents in the hills.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not _of_type(evs, "SUPPORT"), (text, evs)


def test_an_act_of_backing_is_still_support(coder):
    evs = events_of(coder, "France backed the Malian government on Tuesday.", "2024-05-02")
    assert _of_type(evs, "SUPPORT"), evs


def test_a_troop_withdrawal_decided_or_promised_is_a_concession(coder):
    # CODING.md: a promised future withdrawal is CONCEDE, the implemented one RETREAT
    evs = events_of(
        coder, "Belgium's decision to withdraw its troops from Mali angered Bamako.", "2024-05-02"
    )
    assert _of_type(evs, "CONCEDE") and not _of_type(evs, "RETREAT"), evs
    evs = events_of(
        coder,
        "A troop withdrawal promised by the Canadian prime minister has been delayed.",
        "2024-05-02",
    )
    assert [e["type"] for e in evs] == ["CONCEDE"], evs
    assert evs[0]["source"][0]["country"] == "CAN" and not evs[0]["target"], evs
    evs = events_of(coder, "Belgium withdrew its troops from Mali in May.", "2024-05-02")
    assert _of_type(evs, "RETREAT"), evs


def test_an_act_threatened_by_someone_is_their_threat(coder):
    evs = events_of(
        coder,
        "The sanctions threatened by the European Union worry Belarusian banks.",
        "2024-05-02",
    )
    threats = _of_type(evs, "THREATEN")
    assert threats and threats[0]["source"][0]["code"].startswith("IGOEEU"), evs
    assert not _of_type(evs, "SANCTION"), evs


def test_a_plan_for_an_act_makes_it_planned(coder):
    evs = events_of(
        coder,
        "Belgian commanders were ordered to plan for a withdrawal of troops from Mali by June.",
        "2024-05-02",
    )
    assert evs and all(e["modality"] != "asserted" for e in evs), evs


def test_the_one_trained_armed_or_left_to_act_is_the_doer(coder):
    # "trained X to fight", "left X to hold talks": X fights, X holds the talks
    evs = events_of(
        coder,
        "About 300 Canadian soldiers had mentored and trained Malian units to fight the jihadists.",
        "2024-05-02",
    )
    fights = _of_type(evs, "ASSAULT")
    assert fights and fights[0]["source"][0]["country"] == "MLI", evs
    evs = events_of(
        coder,
        "The Turkish president refused to meet the American envoy, leaving the envoy to hold "
        "talks with his deputy instead.",
        "2024-05-02",
    )
    assert all(
        not a["code"].startswith("TUR") for e in _of_type(evs, "CONSULT") for a in e["source"]
    ), evs


def test_a_place_freed_from_control_is_no_release(coder):
    evs = events_of(
        coder,
        "The town was freed from the rebels' control last year after a long siege.",
        "2024-05-02",
    )
    assert not _of_type(evs, "RETREAT"), evs
    evs = events_of(coder, "Ten Malian students were freed from detention on Monday.", "2024-05-02")
    assert _of_type(evs, "RETREAT"), evs


def test_the_toll_of_the_attack_told_is_no_new_event(coder):
    # one event per act: "were killed in the attack" points back to the bombing told
    text = (
        "A suicide bombing claimed by al-Shabaab has killed three Kenyans in southern Somalia. "
        "The bomber struck on Monday inside a hotel in the town of Kismayo. Nine guests were "
        "killed in the attack, police said."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ASSAULT")
    assert len(evs) == 1 and evs[0]["sentence_index"] == 0, evs
    evs = events_of(
        coder,
        "Two soldiers were killed in an attack on a Somali army post on Thursday.",
        "2024-05-02",
    )
    assert _of_type(evs, "ASSAULT"), evs


def test_a_vow_quoted_again_is_one_threat(coder):
    # a vow to expel is coded as a threat to expel is (136), so its quote later is the same event
    text = (
        "The Bolivian foreign minister vowed that Bolivia and its allies would expel every last "
        'Peruvian soldier from the border zone. Bolivia would "work with our partners to expel '
        'every last Peruvian soldier" from the zone, he said.'
    )
    threats = _of_type(events_of(coder, text, "2024-05-02"), "THREATEN")
    assert [(e["cameo"], e["sentence_index"]) for e in threats] == [("136", 0)], threats


def test_renouncing_a_demand_is_yielding_not_demanding(coder):
    evs = events_of(
        coder, "The rebels renounced their demands for a separate state in 2004.", "2024-05-02"
    )
    assert _of_type(evs, "CONCEDE") and not _of_type(evs, "REQUEST"), evs
    # yielding to their own state, not to the country the story is told from
    text = (
        "Turkish troops shelled a village in northern Syria on Monday. The PKK, which renounced "
        "its demands for a separate state in 2004, condemned the shelling."
    )
    conceded = _of_type(events_of(coder, text, "2024-05-02"), "CONCEDE")
    assert conceded and all(t["country"] == "TUR" for t in conceded[0]["target"]), conceded
