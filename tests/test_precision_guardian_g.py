"""False events seen on a seventh fresh sample of long real news articles (reports, letters,
comment and editorials on refugees, the Iran deal and Syria), with invented sentences: a
decision "by" someone, a force deployed or recruited taken for the target, a passive told as
its victims' act, a warning that reports another's act, admitting and insisting on facts,
endangering, and a boycott states impose."""

from __future__ import annotations

from .conftest import codes, events_of


def _of_type(evs, typ):
    return [e for e in evs if e["type"] == typ]


def test_a_decision_by_someone_is_their_act(coder):
    # "the decision by X to V": X does V, not the subject of the verb that judges it
    evs = events_of(
        coder,
        "Macron criticised the decision by Washington to impose sanctions on Iran.",
        "2024-05-02",
    )
    sanctions = _of_type(evs, "SANCTION")
    assert sanctions and codes(sanctions[0]["source"]) == ["USAGOV"], evs
    evs = events_of(
        coder,
        "Merkel welcomed the decision by Russia to withdraw its troops from the border.",
        "2024-05-02",
    )
    withdrawals = _of_type(evs, "CONCEDE")
    assert withdrawals and codes(withdrawals[0]["source"]) == ["RUS"], evs


def test_the_force_deployed_or_recruited_is_no_target(coder):
    for text in (
        "Tehran has entrenched its military there, deploying drone crews and fighters from"
        " the Revolutionary Guards.",
        "The Ugandan army recruited hundreds of Congolese fighters.",
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "MOBILIZE")
        assert evs and not evs[0]["target"], (text, evs)
    # a place named stays the target
    evs = _of_type(
        events_of(coder, "Tehran deployed drone crews and fighters to Syria.", "2024-05-02"),
        "MOBILIZE",
    )
    assert evs and codes(evs[0]["target"]) == ["SYR"], evs


def test_victims_of_a_passive_misread_as_past_tense_are_not_the_doers(coder):
    # "were run over and killed": the parser tags "killed" a past tense; no one is named
    evs = events_of(
        coder,
        "Last month three Nepali reporters were run over and killed within two days.",
        "2024-05-02",
    )
    assert not [e for e in evs if any(a["country"] == "NPL" for a in e["source"])], evs
    # an intransitive verb after a passive is still its subject's act
    evs = events_of(coder, "The Congolese activist was arrested and fled to Uganda.", "2024-05-02")
    assert _of_type(evs, "COERCE"), evs


def test_the_agent_of_a_passive_of_giving_gives(coder):
    evs = _of_type(
        events_of(coder, "The Malian junta is sponsored by Russia and Belarus.", "2024-05-02"),
        "AID",
    )
    assert evs and set(codes(evs[0]["source"])) == {"RUS", "BLR"}, evs
    assert codes(evs[0]["target"]) == ["MLIMIL"], evs


def test_a_warning_that_another_is_acting_reports_the_act(coder):
    evs = events_of(
        coder, "Ukraine warned that Russia is massing troops on the border.", "2024-05-02"
    )
    assert not _of_type(evs, "THREATEN"), evs
    mob = _of_type(evs, "MOBILIZE")
    assert mob and codes(mob[0]["source"]) == ["RUS"], evs
    evs = events_of(
        coder, "Kenya warned that Somalia had deployed troops near the border.", "2024-05-02"
    )
    assert not _of_type(evs, "THREATEN") and _of_type(evs, "MOBILIZE"), evs
    # a warning of what will be done is still a threat
    for text in (
        "Iran warned that its forces would strike American bases.",
        "Israel warned that Hezbollah will pay a heavy price.",
    ):
        assert _of_type(events_of(coder, text, "2024-05-02"), "THREATEN"), text


def test_conceding_a_point_is_no_concession(coder):
    evs = events_of(coder, "The army chief conceded that the offensive had stalled.", "2024-05-02")
    assert not _of_type(evs, "CONCEDE"), evs
    evs = events_of(coder, "The government conceded to the strikers on Friday.", "2024-05-02")
    assert _of_type(evs, "CONCEDE"), evs


def test_insisting_on_a_fact_in_a_misread_past_tense_asks_nothing(coder):
    evs = events_of(
        coder,
        "Baku denies it is expelling civilians, insisting it aimed only to remove the militants.",
        "2024-05-02",
    )
    assert not _of_type(evs, "REQUEST"), evs
    evs = events_of(coder, "Kenya insisted that Somalia withdraw its troops.", "2024-05-02")
    assert _of_type(evs, "REQUEST"), evs


def test_endangering_a_good_is_no_threat(coder):
    for text in (
        "With his reckless policies the president threatens Canadian interests and world peace.",
        "The strike threatens the country's economic recovery.",
        "It does beg the question of who will pay.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not [e for e in evs if e["type"] in ("THREATEN", "REQUEST")], (text, evs)
    assert _of_type(events_of(coder, "Hamas threatened Israel.", "2024-05-02"), "THREATEN")


def test_a_boycott_states_impose_is_a_sanction(coder):
    evs = events_of(
        coder,
        "Four Gulf states imposed a trade and diplomatic boycott on Oman last year.",
        "2024-05-02",
    )
    assert _of_type(evs, "SANCTION") and not _of_type(evs, "PROTEST"), evs


def test_the_one_given_leave_does_the_act(coder):
    # "gave a green light to X to V", "gave X the green light to V": X does V
    evs = _of_type(
        events_of(
            coder,
            "Rwanda gave a green light to the rebels to seize the town of Goma.",
            "2024-05-02",
        ),
        "COERCE",
    )
    assert evs and not any(a["country"] == "RWA" for a in evs[0]["source"]), evs
    evs = _of_type(
        events_of(
            coder, "Washington gave Israel the green light to strike the camp.", "2024-05-02"
        ),
        "ASSAULT",
    )
    assert evs and codes(evs[0]["source"])[0].startswith("ISR"), evs


def test_the_promisers_own_doers_are_no_target(coder):
    evs = _of_type(
        events_of(
            coder,
            "The Belgian minister pledged that Belgian troops would remain in Mali until June.",
            "2024-05-02",
        ),
        "AGREE",
    )
    assert evs and not evs[0]["target"], evs
    evs = _of_type(
        events_of(
            coder,
            "The German chancellor pledged that Ukraine would receive more air defence systems.",
            "2024-05-02",
        ),
        "AGREE",
    )
    assert evs and codes(evs[0]["target"]) == ["UKR"], evs


def test_a_backer_in_the_by_phrase_is_not_the_place(coder):
    evs = _of_type(
        events_of(
            coder,
            "Fighting raged near Aleppo in northern Syria on Monday. Medics later returned to"
            " several villages retaken by the Turkey-backed militia.",
            "2024-05-02",
        ),
        "ASSAULT",
    )
    assert evs and not any(a["country"] == "TUR" for a in evs[-1]["target"]), evs


def test_what_someone_had_done_to_them_is_the_agents_act(coder):
    # "had their homes confiscated by the regime": the regime confiscates, not the owners
    for text, src in (
        ("The farmers had their land seized by Sudanese soldiers.", "SDN"),
        ("The activist had his passport confiscated by Kenyan police.", "KEN"),
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "COERCE")
        assert evs and codes(evs[0]["source"])[0].startswith(src), (text, evs)


def test_it_is_time_to_act_names_no_doer(coder):
    # a curly "’s" the parser leaves unlemmatised: the "it" is the clause, not an actor told
    # before
    evs = events_of(
        coder,
        "The militants attacked a convoy near Gao. A week later the French president said"
        " “it’s time” to bring the soldiers home.",
        "2024-05-02",
    )
    assert not [
        e for e in evs if e["type"] != "ASSAULT" and any(a["country"] == "MLI" for a in e["source"])
    ], evs
