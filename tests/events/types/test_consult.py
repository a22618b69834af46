"""Event type CONSULT: meetings, talks, visits and calls: patterns, their doers and targets,
and what is not one (invented sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys, parties
from tests.helpers import _codes_2 as _codes
from tests.helpers import _events_2024_05_01 as _events
from tests.helpers import (
    _events_2025_05_05_2,
    _of_type,
    _rows,
    found_2001_03_02,
    found_2019_02_20,
    found_2021_03_08,
    found_2025_03_12,
    found_2026_07_16,
    found_2026_11_10,
    found_2026_11_20,
    one,
    starts,
    types,
)
from tests.helpers import coded_2021_05_12_2 as coded

found = finder("2024-05-02")
PUB = "2021-05-12"
PUBLISHED = "2024-05-02"
SYRIA_FIRST = (
    "Syrian rebels shelled Douma. Russian jets bombed Idlib. Syria's government said the "
    "Syrian army had retaken the town. "
)


def test_meeting_an_opposition_leader_is_a_meeting(coder):
    """A stop word must head what is met: "met stiff opposition" is no meeting, "met the
    opposition leader" is one."""
    evs = _events(coder, "Kenya's president met the opposition leader in Nairobi.")
    got = [e for e in evs if e["type"] == "CONSULT"]
    assert got and _codes(got[0]["source"]) == {"KENGOV"} and _codes(got[0]["target"]) == {"KENOPP"}
    assert not [
        e
        for e in _events(coder, "The plan met stiff opposition from farmers.")
        if e["type"] == "CONSULT"
    ]


def test_leaving_things_behind_for_someone_is_no_trip(coder):
    """ "leaving its armoured vehicles behind for the army" hands them over; "left for Juba"
    is a trip (consult.yaml stop pattern "leave behind")."""
    text = "Uganda denied that it was leaving armoured vehicles behind for the Congolese army."
    assert not [g for g in coded(coder, text) if g[0] == "CONSULT"]
    got = coded(coder, "The Ugandan president left for Juba on Monday.")
    assert [g[0] for g in got] == ["CONSULT"], got


def test_flying_people_somewhere_is_no_trip_of_the_carrier(coder):
    """ "ousted the president and flew him to Costa Rica" carries him off; "flew to Addis
    Ababa" is a trip (consult.yaml stop pattern "fly T:him|...")."""
    for text in (
        "In 2009, the army ousted President Manuel Zelaya and flew him to Costa Rica.",
        "Turkey flew the wounded to Ankara on Sunday.",
    ):
        assert not [g for g in coded(coder, text) if g[0] == "CONSULT"], text
    got = coded(coder, "The Kenyan president flew to Addis Ababa on Monday.")
    assert [g[0] for g in got] == ["CONSULT"], got


def test_calling_someone_to_talk_is_a_phone_call(coder):
    for text in (
        "Peru's president called Chile's president on Monday to discuss the border dispute.",
        "The Peruvian president called his Chilean counterpart to discuss the border dispute.",
    ):
        call = found(coder, text, "CONSULT")
        assert call and call[0]["cameo"] == "041", events_of(coder, text, "2024-05-02")
        assert keys(call[0]["source"]) == {"PER"} and keys(call[0]["target"]) == {"CHL"}, call
        assert not found(coder, text, "REQUEST"), text
    # the caller congratulates, not the one called
    text = "The Kenyan president called the Tanzanian president to congratulate him."
    sup = found(coder, text, "SUPPORT")
    assert sup, events_of(coder, text, "2024-05-02")
    for e in sup:
        assert keys(e["source"]) == {"KEN"}, e
    # a call on someone to act stays a demand
    text = "Egypt called on Ethiopia on Monday to halt the filling of the dam."
    assert found(coder, text, "REQUEST"), events_of(coder, text, "2024-05-02")


def test_a_body_that_will_discuss_a_matter_meets(coder):
    for text in (
        "ECOWAS said on Thursday the bloc's heads of state would discuss the crisis at an "
        "extraordinary summit in Accra on Sunday.",
        "The U.N. Security Council will discuss the attack on Friday.",
    ):
        meet = found(coder, text, "CONSULT")
        assert meet and meet[0]["modality"] == "planned", events_of(coder, text, "2024-05-02")
    # a person or a government discussing something holds no meeting
    text = "The Kenyan president discussed the budget on Monday."
    assert not found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")


def test_talks_mediated_by_an_organisation(coder):
    e = one(
        coder, "Sudan and Chad reached a deal after talks mediated by the African Union.", "CONSULT"
    )
    assert e["cameo"] == "045" and e["source"][0]["org"] == "AU"
    assert {a["country"] for a in e["target"]} == {"SDN", "TCD"}


def test_a_trip_to_two_capitals_is_two_visits(coder):
    evs = [e for e in events_of(coder, "Canada's foreign minister will travel to Nairobi and Kampala next week.", PUB)
           if e["type"] == "CONSULT"]  # fmt: skip
    assert sorted(codes(e["target"])[0] for e in evs) == ["KEN", "UGA"]
    assert {e["location"]["country"] for e in evs} == {"KEN", "UGA"} and len(
        {e["id"] for e in evs}
    ) == 2


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Ghana's foreign minister will travel to Addis Ababa on Friday to brief the African Union.",
            "AU",
        ),
        ("Kenya's president flew to Paris on Monday to meet Germany's chancellor.", "DEU"),
    ],
)
def test_a_visit_to_a_city_to_meet_someone_is_a_visit_to_them(coder, text, host):
    """The purpose clause names the host; the city is only where they meet."""
    evs = [e for e in events_of(coder, text, PUB) if e["type"] == "CONSULT"]
    assert len(evs) == 1 and keys(evs[0]["target"]) == {host}, evs


def test_a_visit_to_a_city_for_a_summit_stays_a_visit_to_its_country(coder):
    evs = [e for e in events_of(coder, "Ghana's president travelled to Addis Ababa to attend a summit.", PUB)
           if e["type"] == "CONSULT"]  # fmt: skip
    assert len(evs) == 1 and keys(evs[0]["target"]) == {"ETH"}, evs


def test_talks_brokered_by_a_third_party(coder):
    text = "Government and rebel negotiators agreed to a ceasefire at Norwegian-brokered talks in Oslo."
    got = [e for e in events_of(coder, text, PUB) if e["type"] == "CONSULT"]
    assert got and starts(got[0]["source"]) == {"NOR"}


def test_a_summit_between_two_leaders_held_somewhere(coder):
    e = one(coder, "A summit between Kenya and Uganda was held in Nairobi on Monday.", "CONSULT")
    assert starts(e["source"] + e["target"]) == {"KEN", "UGA"}


def test_the_two_countries_that_brokered_talks(coder):
    text = ("Sudan's army and the Rapid Support Forces signed a ceasefire in Jeddah at talks brokered by "
            "Saudi Arabia and the United States. The two countries have brokered the talks since May.")  # fmt: skip
    evs = [e for e in events_of(coder, text, PUB) if e["type"] == "CONSULT"]
    assert (
        len(evs) == 1
        and starts(evs[0]["source"]) == {"SAU", "USA"}
        and starts(evs[0]["target"]) == {"SDN"}
    )
    assert len(evs[0]["mentions"]) == 2


def test_a_meeting_between_two_hosted_by_a_third_is_no_visit_of_the_host(coder):
    text = (
        "The deal was reached at a meeting in Doha between Sudan's foreign minister and his "
        "Chadian counterpart, hosted by the Qatari prime minister. The two ministers also "
        "agreed to reopen the border."
    )
    evs = found_2026_11_10(coder, text, "CONSULT")
    assert all(not codes(e["source"])[0].startswith("QAT") for e in evs), evs
    agreed = found_2026_11_10(coder, text, "AGREE") + found_2026_11_10(coder, text, "CONCEDE")
    assert agreed and all(
        {c[:3] for c in codes(e["source"]) + codes(e["target"])} == {"SDN", "TCD"} for e in agreed
    ), agreed


def test_talks_naming_their_parties_and_a_host_are_the_parties_meeting(coder):
    # the talks' "between" phrase names who met; the host is no party, a mediator mediates
    text = "Talks between Bolivia and Paraguay, hosted by Uruguay, opened in Montevideo on Monday."
    evs = found(coder, text, "CONSULT")
    assert [(e["cameo"], parties(e)) for e in evs] == [("044", {"BOL", "PRY"})], evs
    text = "Talks between Bolivia and Paraguay, mediated by Uruguay, resumed on Friday."
    evs = found(coder, text, "CONSULT")
    assert [(e["cameo"], keys(e["source"]), keys(e["target"])) for e in evs] == [
        ("045", {"URY"}, {"BOL", "PRY"})
    ], evs


@pytest.mark.parametrize("verb,modality", [
    ("were called off", None), ("broke down", None), ("will open next week", "planned"),
    ("did not open", "negated"), ("took place in Astana", "asserted"),
])  # fmt: skip
def test_hosted_talks_as_subject_met_only_as_their_verb_says(coder, verb, modality):
    # the talks took place only if their verb says so, and with its modality
    text = f"Talks between Georgia and Armenia, hosted by Kazakhstan, {verb}."
    evs = [e for e in found(coder, text, "CONSULT") if e["cameo"] == "044"]
    assert [e["modality"] for e in evs] == ([modality] if modality else []), evs


def test_a_chamber_meeting_to_vote_is_no_consultation(coder):
    for text in (
        "Chile's Chamber of Deputies meets at 10:00 to vote on whether to impeach the minister.",
        "The Knesset meets on Monday to vote on the budget.",
    ):
        assert not found_2026_11_20(coder, text, "CONSULT"), text
    assert found_2026_11_20(coder, "Netanyahu met the speaker of the Knesset on Monday.", "CONSULT")
    # a chamber or house that is no legislature still meets and backs
    assert found_2026_11_20(
        coder, "The White House met union leaders on Tuesday to discuss the strike.", "CONSULT"
    )
    assert found_2026_11_20(coder, "The Chamber of Commerce backed the bill.", "SUPPORT")


def test_two_leaders_who_spoke_by_telephone_held_a_call(coder):
    text = "President Ruto and Prime Minister Abiy Ahmed spoke by telephone on Monday evening."
    e = found_2026_07_16(coder, text, "CONSULT")
    assert e and e[0]["mode"] == "phone", e


def test_one_speaker_on_the_telephone_gives_an_interview(coder):
    for text in (
        "Speaking by telephone from Kandahar, a Taliban commander said the talks had failed.",
        "The minister of trade and industry spoke by telephone from Nairobi.",
    ):
        assert not found_2026_07_16(coder, text, "CONSULT"), text


def test_a_chambers_members_meeting_or_backing_a_motion_is_its_own_session(coder):
    for text in (
        "BANJA LUKA - Lawmakers in the Serb-dominated entity are meeting in Banja Luka to vote.",
        "ULAANBAATAR - Sixty-four lawmakers backed the motion on Thursday.",
        "ULAANBAATAR - Seventy members of the State Great Khural backed the bill on Thursday.",
    ):
        assert not _events_2025_05_05_2(coder, text), text
    # a meeting of states' members, and backing a person, are still events
    assert _events_2025_05_05_2(coder, "BRUSSELS - NATO members met in Brussels on Tuesday.")
    assert _events_2025_05_05_2(coder, "Republican senators backed the president's nominee.")


def test_ending_a_round_of_talks_is_a_meeting_held(coder):
    text = (
        "Bolivia's government and the Tupac rebels ended their fifth round of peace talks in "
        "Oslo on Friday."
    )
    evs = events_of(coder, text, PUBLISHED)
    assert [e["cameo"] for e in evs] == ["046"], evs
    # breaking off the talks is still a sanction
    evs = events_of(
        coder, "Bolivia's government ended peace talks with the Tupac rebels on Friday.", PUBLISHED
    )
    assert [e["cameo"] for e in evs] == ["164"], evs


@pytest.mark.parametrize("text", [
    "The women could travel to the British embassy in Ankara to ask for help.",
    "He travelled to Libya in 2016 with three classmates.",
    "More than 100 families have travelled to Turkey since the fighting began.",
    "Hundreds of journalists visit the camp each year.",
])  # fmt: skip
def test_a_journey_by_private_people_is_no_visit(coder, text):
    assert "CONSULT" not in types(coder, text), text


def test_an_official_visit_is_still_a_visit(coder):
    e = found_2019_02_20(
        coder, "The French foreign minister will travel to Beijing next week.", "CONSULT"
    )
    assert (
        e
        and e[0]["mode"] == "visit"
        and keys(e[0]["source"]) == {"FRA"}
        and keys(e[0]["target"]) == {"CHN"}
    )


@pytest.mark.parametrize("text", [
    "Hungarian authorities scrambled a fighter jet and ordered the plane, flying from Madrid to Riga, to land.",
    "A Russian military convoy travelled to Kyiv overnight.",
    "The Turkish navy vessel arrived in Tripoli on Monday.",
])  # fmt: skip
def test_a_vehicle_journey_is_no_visit(coder, text):
    assert "CONSULT" not in types(coder, text), text


def test_a_minister_flying_is_still_a_visit(coder):
    assert "CONSULT" in types(
        coder, "The Hungarian foreign minister, flying from Madrid, arrived in Riga on Monday."
    )


def test_a_private_phone_call_is_no_consultation(coder):
    assert "CONSULT" not in types(coder, "His Canadian cousin told journalists the relatives had talked to him on "
                                        "the phone.")  # fmt: skip
    e = found_2019_02_20(coder, "Putin spoke by phone with Erdogan on Tuesday.", "CONSULT")
    assert e and e[0]["mode"] == "phone"


def test_nationals_arriving_are_no_state_visit(coder):
    assert "CONSULT" not in types(
        coder, "Chinese police trainers, who arrived in the country last year, will stay."
    )
    e = found_2019_02_20(coder, "Chinese officials arrived in Hanoi on Monday.", "CONSULT")
    assert e and e[0]["source"][0]["code"] == "CHNGOV"
    assert found_2019_02_20(coder, "A Chinese team visited Hanoi on Monday.", "CONSULT")


def test_a_pattern_preposition_may_hang_from_a_call_or_meeting(coder):
    evs = events_of(
        coder, "Macron talked about Libya in a telephone call with Donald Trump.", "2018-04-13"
    )
    assert any(e["type"] == "CONSULT" and codes(e["target"]) == ["USAGOV"] for e in evs), evs


def test_a_leader_consults_her_own_parliament(coder):
    text = SYRIA_FIRST + "Theresa May wants to join the strikes without consulting parliament."
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "CONSULT"]
    assert evs and all(codes(e["target"]) == ["GBRLEG"] for e in evs), evs


@pytest.mark.parametrize(
    "text,typ",
    [
        (
            "Lawmakers were called back from their summer holiday for an urgent session of parliament.",
            "REQUEST",
        ),
        ("The Russian envoy refuses to say whether the report mentions the agent.", "REJECT"),
        ("The Kenyan ministry declined to comment on the arrests.", "REJECT"),
        (
            "The senate endorsed the plan, leaving the way open for Canadian involvement in the mission.",
            "CONSULT",
        ),
    ],
)
def test_recalled_no_comment_and_an_open_way(coder, text, typ):
    assert not [e for e in events_of(coder, text, "2018-04-13") if e["type"] == typ]


def test_talks_not_going_well_still_happen(coder):
    evs = _of_type(
        events_of(coder, "The talks between Kenya and Uganda were not going well.", "2024-05-02"),
        "CONSULT",
    )
    assert evs and evs[0]["modality"] == "asserted", evs
    evs = _of_type(
        events_of(coder, "The talks between Kenya and Uganda did not go ahead.", "2024-05-02"),
        "CONSULT",
    )
    assert evs and evs[0]["modality"] == "negated", evs


def test_word_senses_that_are_not_the_event(coder):
    # "meet its commitment" is no meeting, "stop them in their tracks" no stopover, a plan
    # snubbed is rejected (not a cut in relations), a scorched-earth campaign is violence
    # (not a campaign of criticism)
    text = "Chile failed to meet its commitment to the Peruvian government."
    assert not found(coder, text, "CONSULT"), text
    text = "The Chilean government aims to stop the Bolivian rebels in their tracks."
    assert not found(coder, text, "CONSULT"), text
    text = (
        "Oman drafted a ceasefire proposal in March, and the proposal was snubbed by the"
        " Egyptian government."
    )
    assert found(coder, text, "REJECT") and not found(coder, text, "SANCTION"), text
    text = "Heavy rains slowed the Chilean army's scorched-earth campaign against rebel villages."
    assert found(coder, text, "ASSAULT") and not found(coder, text, "ACCUSE"), text


def test_the_same_words_in_their_event_sense(coder):
    assert found(coder, "The Chilean president stopped in Lima on Monday.", "CONSULT")
    assert found(coder, "The Chilean president met his Peruvian counterpart on Monday.", "CONSULT")
    assert found(coder, "Chilean students campaigned against the reform.", "ACCUSE")


def test_parties_meeting_at_talks_a_third_party_hosts_consult(coder):
    text = (
        "At EU-sponsored talks in Brussels on Monday, Serbia and Kosovo agreed to free prisoners."
    )
    met = [e for e in found(coder, text, "CONSULT") if e["cameo"] == "044"]
    assert met and keys(met[0]["source"]) == {"SRB", "XKX"} and not met[0]["target"], met
    assert not found(coder, text, "AID"), text


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


def test_a_bodys_own_session_is_no_meeting(coder):
    assert not found_2001_03_02(coder, "The Israeli cabinet met on Sunday.", "CONSULT")
    assert found_2001_03_02(coder, "Putin met Xi in Moscow on Sunday.", "CONSULT")


def test_a_body_discussing_at_its_own_session_meets_no_one(coder):
    for text in (
        "The heads of the Ghanaian police discussed the budget on Monday.",
        "The party council discussed the candidate list on Monday.",
    ):
        assert not found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")
    text = "The bloc's heads of government will discuss the coup on Friday."
    assert found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")


def test_non_officials_gathering_for_a_summit_are_no_meeting(coder):
    for text in (
        "Farmers gathered for the summit in Nairobi on Tuesday.",
        "Students gathered in Lusaka for talks on Friday.",
    ):
        assert "CONSULT" not in [t for t, _ in _rows(coder, text)], text


@pytest.mark.parametrize("text,cameo,who", [
    ("Ecuador and Uruguay pledged at the end of a three-day meeting in Quito to lower tariffs.",
     "040", {"ECU", "URY"}),
    ("The Finnish foreign minister said at a meeting with her Estonian counterpart that the "
     "ferry link would reopen.", "040", {"FIN", "EST"}),
    ("Mongolia's president and Kazakhstan's president discussed the border dispute in a "
     "phone call on Sunday.", "041", {"MNG", "KAZ"}),
    ("The Kenyan president said in a telephone call to his Ugandan counterpart that trade "
     "would resume.", "041", {"KEN", "UGA"}),
    ("The Danish and Icelandic ministers agreed on the sidelines of the summit to share "
     "fishing data.", "040", {"DNK", "ISL"}),
])  # fmt: skip
def test_subject_of_a_clause_told_at_a_meeting_took_part(coder, text, cameo, who):
    e = [x for x in found_2021_03_08(coder, text, "CONSULT") if x["cameo"] == cameo]
    assert e, found_2021_03_08(coder, text, "CONSULT")
    got = {k[:3] for k in parties(e[0])}
    assert who <= got, e


@pytest.mark.parametrize("text", [
    # other acts told during talks are not done by those at the talks
    "Militants shelled a market in Idlib during the talks in Astana.",
    # a news conference is no meeting of the speaker's with anyone
    "The Finnish foreign minister said at a news conference that the ferry link would reopen.",
    # a meeting that did not happen is no meeting of the speaker's
    "The Finnish foreign minister did not speak at the meeting.",
    # one who only speaks at a meeting or call, alone or to the press, holds no talks
    "The Bolivian foreign minister said at a meeting of his party on Sunday that Peru would pay.",
    "The Ugandan premier said in a phone call with journalists that Kenya was to blame.",
])  # fmt: skip
def test_other_clauses_at_a_gathering_are_no_meeting(coder, text):
    assert not found_2021_03_08(coder, text, "CONSULT")


@pytest.mark.parametrize("text,src", [
    ("Gabon and Congo began talks on Monday in Libreville.", "GAB"),
    ("Envoys from Gabon and Congo started negotiations on Tuesday.", "GAB"),
])  # fmt: skip
def test_beginning_talks_is_a_meeting(coder, text, src):
    e = found_2021_03_08(coder, text, "CONSULT")
    assert e and src in {k[:3] for k in keys(e[0]["source"])}, e


@pytest.mark.parametrize("text", [
    "Analysts said the talks were a failure.",
    # opening accession talks is a step of a membership bid, not a meeting told here
    "Moldova, which opened talks on the same day as Georgia, is watching closely.",
])  # fmt: skip
def test_talks_judged_or_opened_are_no_meeting(coder, text):
    assert not found_2021_03_08(coder, text, "CONSULT")


def test_a_deal_brokered_by_a_third_state_is_between_its_signatories(coder):
    text = ("Kampala said on Monday its troops would leave Juba. Sudan's army and the RSF signed "
            "a truce brokered by Saudi Arabia.")  # fmt: skip
    e = [x for x in found_2025_03_12(coder, text, "CONSULT") if keys(x["source"]) == {"SAU"}]
    assert e and codes(e[0]["target"]) == ["SDNMIL", "SDNREBRSF"], e


def test_talks_held_in_a_capital_take_its_state_as_host_like_a_meeting_there(coder):
    # "held talks in Muscat" with the place phrase on the noun: the host is the target, as
    # with "met in Muscat"
    text = "Egypt's foreign minister held talks in Muscat on Sunday."
    e = found(coder, text, "CONSULT")
    assert e and keys(e[0]["target"]) == {"OMN"}, e


@pytest.mark.parametrize("text", [
    "The African Union said on Friday it would send a mediation team to Khartoum next week.",
    "The African Union will dispatch a mediating mission to Khartoum on Friday.",
    "Kenya sent mediators to Khartoum on Friday.",
])  # fmt: skip
def test_a_mediation_team_sent_is_mediation(coder, text):
    """ "would send a mediation team to Khartoum": a team or mission sent to mediate is
    mediation (045) with the state it goes to, not a bare trip."""
    got = found(coder, text, "CONSULT")
    assert [e for e in got if e["cameo"] == "045" and "SDN" in keys(e["target"])], got


def test_a_call_between_two_leaders_told_as_the_time_of_an_act_is_held(coder):
    # "during" a call that names its parties is no background: the call took place
    text = (
        "Greek Prime Minister Kyriakos Mitsotakis thanked Turkish President Recep Tayyip "
        "Erdogan for his help. The offer came during a phone call between the two leaders "
        "on Sunday."
    )
    calls = found(coder, text, "CONSULT")
    assert calls and sorted(codes(calls[0]["source"]) + codes(calls[0]["target"])) == [
        "GRCGOV",
        "TURGOV",
    ], calls


def test_raising_a_matter_with_someone_consults_them(coder):
    text = "The defence minister said he would raise the closure with NATO allies next week."
    got = found(coder, text, "CONSULT")
    assert got and codes(got[0]["target"]) == ["IGONAT"] and got[0]["modality"] == "planned"
    assert not found(coder, "The charity raised funds with a concert in Lagos.", "CONSULT")


def test_a_trip_at_home_for_talks_is_the_talks(coder):
    """A trip within the traveller's own country "for talks" is no visit but the talks
    (CONSULT 040), with the party of the talks told before when there were some."""
    text = (
        "Kazakh Deputy Prime Minister Marat Zhaksybekov met union leaders in Aktau on Sunday. "
        "Zhaksybekov is due to return to Aktau on Friday for a second round of talks."
    )
    talks = [e for e in found(coder, text, "CONSULT") if e["modality"] == "planned"]
    assert talks and talks[0]["cameo"] == "040", events_of(coder, text, "2024-05-02")
    assert keys(talks[0]["source"]) == {"KAZ"} and "LAB" in talks[0]["target"][0]["sector"], talks
    text = "Kazakhstan's labour minister is due to travel to Aktau on Friday for talks."
    talks = found(coder, text, "CONSULT")
    assert talks and talks[0]["cameo"] == "040" and not talks[0]["target"], talks


def test_a_trip_at_home_for_no_talks_is_nothing(coder):
    for text in ("Senators flew back to Washington on Monday.",
                 "The Nigerian president flew to Abuja for a holiday."):  # fmt: skip
        assert not found(coder, text, "CONSULT"), events_of(coder, text, "2024-05-02")
