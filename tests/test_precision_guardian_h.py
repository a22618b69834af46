"""False events seen on an eighth fresh sample of long real news articles (reports, a
feature, letters and comment on foreign fighters and their families after the fall of the
caliphate, and on a troop withdrawal), with invented sentences: the state that strips a
citizenship, offices only one country has, and relatives named by a possessive."""

from __future__ import annotations

from .conftest import codes, events_of


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def test_a_citizenship_is_stripped_by_the_state_that_granted_it(coder):
    # agentless: the state of the citizenship, not the country the story is set in
    for text, want in (
        (
            "Fighting raged in northern Syria. The two fighters, who were stripped of their Dutch"
            " citizenship in May, are held by rebels.",
            "NLDGOV",
        ),
        (
            "Aid workers in Iraq warned of hunger. A French woman was stripped of her citizenship"
            " after joining the militants.",
            "FRAGOV",
        ),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
        assert evs and codes(evs[0]["source"]) == [want], (text, evs)
    # other agentless state acts keep the state of the place
    evs = _of_type(
        events_of(coder, "Two Dutch tourists were arrested in Cairo on Monday.", "2024-05-02"),
        "COERCE",
    )
    assert evs and codes(evs[0]["source"]) == ["EGYGOV"], evs


def test_an_office_only_one_country_has_is_that_countrys(coder):
    text = (
        "Two fighters remain in a camp in Syria. The shadow home secretary, Ann Park, criticised"
        " the decision."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["GBROPP"], evs
    text = "Clashes went on in Syria. The home secretary criticised the ruling on the camps."
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert evs and codes(evs[0]["source"]) == ["GBRGOV"], evs
    # a story datelined in another country keeps that country's office of the same name
    evs = events_of(
        coder, "NEW DELHI - The home secretary met the chief ministers on Monday.", "2024-05-02"
    )
    assert evs and codes(evs[0]["source"]) == ["INDGOV"], evs


def test_a_relative_named_by_a_possessive_is_not_the_possessor(coder):
    text = (
        "The activist Maria Lopez was detained in Venezuela. Her father accused the Spanish"
        " authorities of abandoning her."
    )
    accusations = _of_type(events_of(coder, text, "2024-05-02"), "ACCUSE")
    assert not [e for e in accusations if codes(e["source"]) == ["VENOPP"]], accusations
    # the possessor of a body's arm still acts through it
    evs = _of_type(
        events_of(coder, "Russia's army shelled the village on Monday.", "2024-05-02"), "ASSAULT"
    )
    assert evs and codes(evs[0]["source"])[0].startswith("RUS"), evs


def test_a_refusal_that_may_come_is_possible(coder):
    evs = _of_type(
        events_of(
            coder,
            "The Belgian authorities may not recognise the marriage of the two activists.",
            "2024-05-02",
        ),
        "REJECT",
    )
    assert evs and evs[0]["modality"] == "possible", evs
    evs = _of_type(
        events_of(coder, "The Belgian authorities did not recognise the vote.", "2024-05-02"),
        "REJECT",
    )
    assert evs and evs[0]["modality"] == "asserted", evs


def test_what_one_failed_to_persuade_another_to_do_is_not_done(coder):
    evs = events_of(
        coder,
        "The UN admitted it had failed to persuade Iran to agree to a new inspection regime.",
        "2024-05-02",
    )
    assert not [e for e in evs if e["type"] == "AGREE" and e["modality"] == "asserted"], evs
    # what one persuaded another to do was done
    evs = events_of(coder, "Qatar persuaded Hamas to release the two hostages.", "2024-05-02")
    assert _of_type(evs, "RETREAT"), evs


def test_leaving_someone_in_power_is_no_withdrawal_from_him(coder):
    for text in (
        "The EU announced that its monitors would leave next month, leaving the junta in power.",
        "In March France said its troops would withdraw from Mali, leaving the colonels in charge.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not [e for e in evs if e["trigger"].startswith("leav")], (text, evs)
    evs = _of_type(events_of(coder, "The UN mission left Mali in 2023.", "2024-05-02"), "SANCTION")
    assert evs and codes(evs[0]["target"]) == ["MLI"], evs


def test_powers_given_to_investigate_are_no_investigation(coder):
    for text in (
        "Germany helped give the IAEA new powers to investigate the nuclear sites in Iran.",
        "The council gave the inspectors the right to search the bases.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not [e for e in evs if e["type"] in ("ACCUSE", "COERCE")], (text, evs)
    # a power used is an act
    evs = _of_type(
        events_of(
            coder, "Russia used its veto power to block the resolution on Tuesday.", "2024-05-02"
        ),
        "REJECT",
    )
    assert evs, evs


def test_a_relative_who_holds_a_post_for_the_possessor_acts_for_him(coder):
    text = (
        "Ramzan Kadyrov spoke on Monday. His son and aide Adam Kadyrov visited Ankara last month"
        " for talks with Turkish officials."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "CONSULT")
    assert evs and codes(evs[0]["source"])[0].startswith("RUS"), evs
    # a relative and nothing more is not the one the possessive names
    text = (
        "Ramzan Kadyrov spoke on Monday. His son visited Ankara last month for talks with"
        " Turkish officials."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "CONSULT")
    assert not [e for e in evs if codes(e["source"]) == ["RUSGOV"]], evs


def test_where_attackers_came_from_is_not_their_target(coder):
    text = (
        "The herders are from a village in Chad; many of them were seized by the rebels in 2015"
        " when the rebels stormed across the desert from Sudan."
    )
    evs = events_of(coder, text, "2024-05-02")
    assert not [e for e in evs if "SDN" in codes(e["target"])], evs
    # a place attacked stays the target
    evs = _of_type(
        events_of(
            coder, "Russian forces attacked the Ukrainian city of Kharkiv on Monday.", "2024-05-02"
        ),
        "ASSAULT",
    )
    assert evs and codes(evs[0]["target"])[0].startswith("UKR"), evs


def test_a_withdrawal_announced_as_under_way_is_a_promise(coder):
    evs = events_of(
        coder,
        "Last month Biden announced that he was pulling the 900 troops out of Niger.",
        "2024-05-02",
    )
    assert [e for e in evs if e["type"] == "CONCEDE"], evs
    assert not _of_type(evs, "RETREAT"), evs
    # told as under way by a spokesman, it is the withdrawal itself
    evs = events_of(
        coder,
        "On Monday the Malian army said it was pulling its troops out of the town after heavy"
        " losses.",
        "2024-05-02",
    )
    assert _of_type(evs, "RETREAT"), evs


def test_civilians_leaving_a_place_make_no_withdrawal(coder):
    for text in (
        "Hundreds of villagers who left territory the insurgents controlled were moved to camps.",
        "Thousands of residents left the town as the army advanced.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not _of_type(evs, "RETREAT"), (text, evs)
    evs = _of_type(
        events_of(coder, "Russian troops withdrew from Kherson in November.", "2024-05-02"),
        "RETREAT",
    )
    assert evs, evs


def test_speakers_of_a_language_are_no_legislature(coder):
    evs = events_of(
        coder,
        "Kadyrov has lobbied hard for the release of Russian-speakers from the camps.",
        "2024-05-02",
    )
    assert evs and all(not any(a["code"].endswith("LEG") for a in e["target"]) for e in evs), evs
    evs = events_of(
        coder, "The Russian speaker Vyacheslav Volodin criticised the United States.", "2024-05-02"
    )
    assert evs and codes(evs[0]["source"]) == ["RUSLEG"], evs


def test_a_place_of_an_earlier_sentence_is_not_the_target(coder):
    text = (
        "The UK gave the IAEA, the nuclear watchdog in Vienna, new powers. Britain has said"
        " Iran's forces fired missiles at Erbil in March, a raid that prompted joint US and"
        " French airstrikes."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "ASSAULT")
    assert evs and not [e for e in evs if "AUT" in codes(e["target"])], evs
    assert [e for e in evs if codes(e["target"]) == ["IRQ"]], evs


def test_a_plural_verb_after_a_clause_goes_with_the_plural_subject(coder):
    text = (
        "Many Gulf states have accepted that the regime has survived and are planning to reopen"
        " their embassies in Damascus."
    )
    evs = _of_type(events_of(coder, text, "2024-05-02"), "SUPPORT")
    assert not [e for e in evs if codes(e["source"]) == ["SYRGOV"]], evs
    # a verb that agrees with the clause's own subject stays its act
    evs = events_of(
        coder,
        "The rebels said that the army has shelled the town and is preparing to attack.",
        "2024-05-02",
    )
    assert not [e for e in evs if e["type"] == "ASSAULT" and codes(e["source"]) == ["REB"]], evs


def test_what_evidence_suggests_is_no_proposal(coder):
    evs = events_of(
        coder,
        "Intelligence suggests that the hostages are still being held in the town.",
        "2024-05-02",
    )
    assert not _of_type(evs, "THREATEN"), evs
    # a proposal in the subjunctive stays one: that others meet, an appeal to them to (CAMEO
    # 026; tests/test_precision_guardian_j.py)
    evs = events_of(coder, "Egypt suggested that the two sides hold talks in Cairo.", "2024-05-02")
    assert [e for e in _of_type(evs, "REQUEST") if e["cameo"] == "026"], evs


def test_someone_held_in_a_place_another_body_runs_is_not_held_by_the_state(coder):
    text = (
        "Fighting continued in Syria. He is now detained in a Kurdish-run camp in northern Syria."
    )
    evs = events_of(coder, text, "2024-05-02")
    assert not [e for e in evs if codes(e["source"]) == ["SYRGOV"]], evs
    evs = _of_type(
        events_of(coder, "Two journalists were detained in Cairo on Monday.", "2024-05-02"),
        "COERCE",
    )
    assert evs and codes(evs[0]["source"]) == ["EGYGOV"], evs
