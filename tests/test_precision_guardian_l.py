"""False events seen on a twelfth fresh sample of long real news articles (reports and
analysis of a peace conference, an offensive and its diplomacy), with invented sentences: the
host of talks that the clause is not held at coded as aid, the act pressed for coded as the
presser's own, and an act inside an open question ("whether") coded as hypothetical."""

from __future__ import annotations

from .conftest import codes, events_of, finder, keys

found = finder("2024-05-02")


def test_the_host_of_talks_attended_or_boycotted_is_no_event(coder):
    # gold/CODING.md: talks hosted by a third party code the parties who meet there; the host
    # is no party, and who attends or boycotts the talks is coded by that verb
    for text in (
        "The Norwegian envoy plans to attend next month's Russian-sponsored conference in Minsk.",
        "The Chilean opposition said the Brazilian-hosted talks were designed to fail.",
        "Peru boycotted the Brazilian-sponsored talks on Thursday.",
    ):
        assert not [e for e in events_of(coder, text, "2024-05-02") if e["type"] == "AID"], text
        assert not [
            e for e in events_of(coder, text, "2024-05-02") if e["trigger"] == "sponsored"
        ], text


def test_parties_meeting_at_talks_a_third_party_hosts_consult(coder):
    text = (
        "At EU-sponsored talks in Brussels on Monday, Serbia and Kosovo agreed to free prisoners."
    )
    met = [e for e in found(coder, text, "CONSULT") if e["cameo"] == "044"]
    assert met and keys(met[0]["source"]) == {"SRB", "XKX"} and not met[0]["target"], met
    assert not found(coder, text, "AID"), text


def test_what_one_puts_pressure_on_another_to_do_is_a_demand(coder):
    # "put pressure on X to V": X is asked to do V (a demand of the one who presses), not V
    # done by the one who presses
    text = "France put strong pressure on Mali to release the soldiers."
    asked = found(coder, text, "REQUEST")
    assert asked and keys(asked[0]["source"]) == {"FRA"} and "MLI" in keys(asked[0]["target"])
    assert not found(coder, text, "RETREAT"), text
    for text in (
        "Moscow has not put pressure on Minsk to negotiate with the opposition.",
        "The EU must still do much more to persuade China to put pressure on Myanmar to negotiate.",
    ):
        assert not found(coder, text, "CONSULT"), text


def test_an_act_inside_an_open_question_is_no_event(coder):
    for text in (
        "A Greek official declined to comment on whether Greece would fight Turkish forces.",
        "Its conduct will decide whether Ankara has helped the militia to fight the Syrian army.",
    ):
        rows = [(e["type"], codes(e["source"])) for e in events_of(coder, text, "2024-05-02")]
        assert not [r for r in rows if r[0] in ("ASSAULT", "AID")], (text, rows)


def test_a_condition_is_no_open_question(coder):
    # an "if" clause states a condition: the conditional response is still a threat
    text = "If Greece attacks the island, Turkey will fight the Greek army."
    assert found(coder, text, "THREATEN"), text


def test_a_lower_case_common_noun_is_no_place(coder):
    # the tagger may call "canton" a place (an old name of Guangzhou): a place name has a
    # capital; "al-Bab" still names a town
    text = "Ankara has been pounding the canton's border towns with artillery fire."
    for e in events_of(coder, text, "2024-05-02"):
        assert "CHN" not in keys(e["target"]), e["target"]
        assert not e["location"] or e["location"]["country"] != "CHN", e["location"]


def test_words_in_another_sense_are_no_events(coder):
    # preconditions met, accounts released, credibility lent: no meeting, release or loan
    for text, typ in (
        ("The preconditions set by the envoy have been met by the Chileans.", "CONSULT"),
        ("Peru and Chile have released opposing accounts of the border incident.", "RETREAT"),
        ("Attending the summit would lend credibility to the Chilean plan.", "AGREE"),
        ("Attending the summit would lend credibility to the Chilean plan.", "AID"),
    ):
        assert not found(coder, text, typ), (text, typ)


def test_the_same_words_in_their_event_sense_stay(coder):
    for text, typ in (
        ("The Chilean president met the Peruvian minister in Lima on Monday.", "CONSULT"),
        ("Peru released the Chilean prisoners on Monday.", "RETREAT"),
    ):
        assert found(coder, text, typ), (text, typ)


def test_agreeing_to_an_interview_is_no_promise(coder):
    # talking to a reporter is no promise to another party; agreeing to talks still is
    text = (
        "Like all Chilean officials who agreed to interviews, he spoke on condition of anonymity."
    )
    assert not found(coder, text, "AGREE"), text
    text = "Peru agreed to talks with Chile on Monday."
    assert found(coder, text, "AGREE"), text


def test_what_an_anonymous_source_discusses_with_the_reporter_is_no_meeting(coder):
    text = "Two Chilean officials spoke on condition of anonymity to discuss relations with Peru."
    assert not found(coder, text, "CONSULT"), text
    text = "The Peruvian minister met Chilean officials to discuss the border."
    assert found(coder, text, "CONSULT"), text
