"""False events seen on a third sample of long real news articles (live blogs and comment
pieces), with invented sentences: a city's old name is not the country's capital later, ..."""

from __future__ import annotations

import pytest

from .conftest import codes, events_of


def test_a_renamed_capital_is_not_the_country_after_the_change(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    text = "London blamed Moscow for the Salisbury poisoning, and police in Salisbury said so."
    assert not any(
        c.startswith("ZWE") for c in mention_codes(mentions(kb, text, "2019-03-01"), "Salisbury")
    )
    assert set(
        mention_codes(
            mentions(kb, "Salisbury said the talks would resume.", "1976-06-01"), "Salisbury"
        )
    ) == {"ZWEGOV"}


def test_an_opposition_demand_is_made_of_its_own_government(coder):
    text = "The Dutch opposition leader called for a full investigation of the massacre in Kherson."
    evs = [e for e in events_of(coder, text, "2019-03-01") if e["type"] == "REQUEST"]
    assert evs and all(codes(e["target"]) == ["NLDGOV"] for e in evs), evs


def test_a_denial_answers_an_accusation_not_an_appeal(coder):
    text = (
        "The Belgian prime minister called for renewed engagement with China. The Chinese "
        "ambassador denied that China had supplied the drones."
    )
    evs = [e for e in events_of(coder, text, "2018-04-10") if e["type"] == "REJECT"]
    assert evs and all("BEL" not in "".join(codes(e["target"])) for e in evs), evs


def test_a_pattern_word_inside_a_phrase_the_pattern_does_not_name(coder):
    # "stood up to X baying for blood" is no "stand up for"; "called the claim that ...
    # attacked the market in Kisumu ridiculous" is no "call on"
    evs = events_of(coder, "It was the general who stood up to a president baying for blood.")
    assert not any(e["type"] == "SUPPORT" for e in evs), evs
    evs = events_of(
        coder,
        "The Kenyan government called the opposition's claim that police attacked the market "
        "in Kisumu ridiculous.",
    )
    assert not any(e["type"] == "REQUEST" for e in evs), evs
    evs = events_of(coder, "The rebels stood up for the rights of farmers.")
    assert any(e["type"] == "SUPPORT" for e in evs), evs


def test_support_criticised_is_not_support_expressed(coder):
    evs = events_of(
        coder,
        "The Kenyan minister expressed his disappointment with Iranian support for the rebels.",
    )
    assert not any(e["type"] == "SUPPORT" and "KEN" in "".join(codes(e["source"])) for e in evs), (
        evs
    )
    assert any(e["type"] == "ACCUSE" for e in evs), evs


@pytest.mark.parametrize(
    "text,typ",
    [
        (
            "Museveni is still Uganda's strongest figure, a post he has occupied since 1986.",
            "COERCE",
        ),
        ("The minister said the strikes would not meet the tests set by parliament.", "CONSULT"),
        ("Cyprus, the island that hosts two British military bases, was calm.", "CONSULT"),
        (
            "Officials in Nicosia are trying to kill off speculation that Russia would retaliate.",
            "ASSAULT",
        ),
        ("The Kenyan police chief claimed the government was destroying evidence.", "ASSAULT"),
        ("Serbian conduct is obliging its neighbours to push back against Belgrade.", "ASSAULT"),
        ("The Lebanese minister ruled out the possibility of a wider war.", "REJECT"),
        ("The watchdog's statement ruled out any tampering by Kenyan officials.", "REJECT"),
        ("The Syrian army can press ahead with its offensive.", "REQUEST"),
        (
            "The Kenyan capital is heavily defended by Chinese air defence systems; its airspace is defended by Chinese missiles.",
            "SUPPORT",
        ),
        ("The short report released by the inspectors does not identify the poison.", "RETREAT"),
    ],
)
def test_everyday_uses_of_event_verbs(coder, text, typ):
    assert not [e for e in events_of(coder, text) if e["type"] == typ], events_of(coder, text)


@pytest.mark.parametrize(
    "text,typ",
    [
        ("Russian troops occupied the Ukrainian town of Kupiansk.", "COERCE"),
        ("The Kenyan president hosted his Ugandan counterpart in Nairobi.", "CONSULT"),
        ("Militants killed three Nigerian soldiers in Borno.", "ASSAULT"),
        ("The Iranian government ruled out talks with Washington.", "REJECT"),
        ("The Kenyan foreign minister defended Uganda against the accusations.", "SUPPORT"),
    ],
)
def test_the_political_uses_still_code(coder, text, typ):
    assert [e for e in events_of(coder, text) if e["type"] == typ], events_of(coder, text)


def test_a_pattern_preposition_may_hang_from_a_call_or_meeting(coder):
    evs = events_of(
        coder, "Macron talked about Libya in a telephone call with Donald Trump.", "2018-04-13"
    )
    assert any(e["type"] == "CONSULT" and codes(e["target"]) == ["USAGOV"] for e in evs), evs


def test_a_bare_refusal_is_not_merged_with_a_different_refusal_far_away(coder):
    filler = " ".join(f"Ships left the port on day {n}." for n in range(10))
    text = (
        "The Russian ambassador denied that Moscow had produced the agent. "
        + filler
        + " Russia vetoed a UN investigation into the attack."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "REJECT"]
    assert any("veto" in e["trigger"] and "IGOUNO" in codes(e["target"]) for e in evs), evs
    assert any("denied" in e["trigger"] and not e["target"] for e in evs), evs


def test_a_sum_in_aid_is_still_aid(coder):
    text = "China said on Sunday that Beijing would provide $5 million in emergency assistance to Vanuatu."
    evs = events_of(coder, text, "2026-02-15")
    assert any(e["type"] == "AGREE" and codes(e["target"]) == ["VUT"] for e in evs), evs


SYRIA_FIRST = (
    "Syrian rebels shelled Douma. Russian jets bombed Idlib. Syria's government said the "
    "Syrian army had retaken the town. "
)


def test_an_opposition_leader_accuses_his_own_government(coder):
    text = (
        SYRIA_FIRST
        + "DA leader Mmusi Maimane has accused the government of hiding behind the courts."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ACCUSE"]
    assert evs and all(codes(e["target"]) == ["ZAFGOV"] for e in evs), evs


def test_a_leader_consults_her_own_parliament(coder):
    text = SYRIA_FIRST + "Theresa May wants to join the strikes without consulting parliament."
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "CONSULT"]
    assert evs and all(codes(e["target"]) == ["GBRLEG"] for e in evs), evs


def test_calling_a_meeting_is_no_summons(coder):
    text = "Jacinda Ardern has summoned a special meeting of her ministers to review the floods."
    assert not [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ACCUSE"]


def test_an_agency_head_and_a_shadow_minister(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    got = mentions(
        kb, "The Director-General decided to send a team. The shadow home secretary spoke."
    )
    assert mention_codes(got, "Director-General") == ["IGO"]
    # the opposition's, not the government's; of Britain, the one country with that office
    # (sectors.yaml national_titles)
    assert mention_codes(got, "shadow home secretary") == ["GBROPP"]


def test_a_national_title_with_the_in_it(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    # sectors.yaml lists "chancellor of the exchequer"; the phrase is read without "the"
    # ("chancellor of exchequer"), so the list's title is too. The sector term's mention is
    # the whole term, found from its head "chancellor"
    got = mentions(kb, "The chancellor of the exchequer announced sanctions on Russia.")
    assert mention_codes(got, "chancellor of the exchequer") == ["GBRGOV"]
    # a story datelined in another country keeps that country's office of the same name
    got = mentions(kb, "The chancellor of the exchequer spoke on Monday.", dateline="IND")
    assert mention_codes(got, "chancellor of the exchequer") == ["INDGOV"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "WASHINGTON — The secretary of state imposed sanctions on Russia on Monday.",
            ("SANCTION", ["USAGOV"], ["RUS"]),
        ),
        (
            "LONDON — The chancellor of the exchequer announced sanctions on Russia.",
            ("SANCTION", ["GBRGOV"], ["RUS"]),
        ),
        (
            "WASHINGTON — The secretary of state met her Chinese counterpart in Beijing.",
            ("CONSULT", ["USAGOV"], ["CHNGOV"]),
        ),
        (
            "KYIV — The chief of the general staff accused Russia of shelling a village.",
            ("ACCUSE", ["UKRMIL"], ["RUS"]),
        ),
    ],
)
def test_an_x_of_y_title_as_subject_is_found_from_its_head(coder, text, expected):
    # sector terms of several words ("secretary of state") are matched at their last word,
    # but the verb's subject is the term's head ("secretary"): the head names the term too
    rows = [(e["type"], codes(e["source"]), codes(e["target"])) for e in events_of(coder, text)]
    assert expected in rows, rows


def test_an_x_of_y_title_is_one_mention_from_its_head(kb):
    from tests.test_actors import mentions

    got = mentions(kb, "The chief of the general staff visited troops in Kharkiv.", dateline="UKR")
    assert [(t, c) for t, c, _, _ in got][:1] == [("chief of the general staff", "UKRMIL")]
    assert not any(t in ("staff", "general staff", "chief") for t, _, _, _ in got), got
    got = mentions(kb, "The secretary of state spoke on Monday.", dateline="USA")
    assert [(t, c) for t, c, _, _ in got] == [("secretary of state", "USAGOV")]


def test_government_forces_of_the_place_the_sentence_names(coder):
    text = (
        "Russia said it would veto the resolution. Russia warned the West. Russia's envoy spoke. "
        "Inspectors were heading to look into an alleged chemical attack by government forces on "
        "Hama that killed many civilians."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ASSAULT"]
    assert evs and all("RUS" not in "".join(codes(e["source"])) for e in evs), evs


def test_weapons_are_no_target_of_a_warning_and_have_no_country_from_context(coder):
    text = (
        "Syrian rebels shelled Douma. On Friday, Trump warned that rockets would be coming in "
        "retaliation for the raid."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "THREATEN"]
    assert evs and all(not e["target"] for e in evs), evs
    text = (
        "Syrian rebels shelled Douma. Russian soldiers shot down incoming missiles over the base."
    )
    evs = [
        e
        for e in events_of(coder, text, "2018-04-13")
        if e["type"] == "ASSAULT" and "RUS" in "".join(codes(e["source"]))
    ]
    assert evs and all("SYR" not in "".join(codes(e["target"])) for e in evs), evs


def test_a_wish_for_anothers_act_is_no_event(coder):
    evs = events_of(
        coder,
        "We want the Americans to shell the ministry of defence and the airfields.",
        "2018-04-13",
    )
    assert not [e for e in evs if e["type"] == "ASSAULT"], evs
    evs = events_of(
        coder,
        "The Kenyan government hopes to reopen the border with Uganda next week.",
        "2018-04-13",
    )
    assert [e for e in evs if e["type"] == "RETREAT" and e["modality"] == "possible"], evs


def test_the_one_asked_is_not_the_asker(coder):
    evs = events_of(
        coder,
        "He was then asked which nation was the greater danger to regional stability: China or India.",
    )
    assert not [e for e in evs if e["type"] == "REQUEST"], evs


def test_his_after_a_coordinated_person_is_that_person(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    text = (
        "Donald Trump spoke in Washington on Monday. Mike Pompeo pressed for an accord with "
        "Egyptian president Abdel Fattah el-Sisi and his foreign minister last autumn."
    )
    assert mention_codes(mentions(kb, text, "2018-04-13"), "his foreign minister") == ["EGYGOV"]


def test_a_state_locks_up_its_own_people_when_no_place_is_named(coder):
    text = (
        "Syrian rebels shelled Douma. Russia bombed Idlib. Syria's army retook Ghouta. "
        "Since the failed coup, Erdogan has locked up hundreds of journalists."
    )
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "COERCE"]
    assert evs and all(codes(e["target"]) == ["TURMED"] for e in evs), evs


def test_an_act_made_a_red_line_is_not_the_makers(coder):
    text = "The German chancellor, who had made any use of barrel bombs in Libya a red line, spoke on Monday."
    evs = [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "ASSAULT"]
    assert all("DEU" not in "".join(codes(e["source"])) for e in evs), evs


def test_an_agent_or_the_triggers_own_participle_does_not_bury_pattern_words(coder):
    evs = events_of(
        coder, "A lengthy siege by Houthi fighters of three loyalist villages has been lifted."
    )
    assert [e for e in evs if e["type"] == "ASSAULT"], evs
    evs = events_of(
        coder,
        "The offensive rips up a ceasefire reached two years ago between Ethiopia, Eritrea and Sudan.",
    )
    assert [e for e in evs if e["type"] == "RETREAT" and len(e["source"]) == 3], evs


def test_a_states_ambassador_at_the_un_is_the_state(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    got = mentions(
        kb,
        "Russia's UN ambassador said no. Syria's UN envoy Bashar Jaafari replied. "
        "Vucic met the U.S. and EU envoys in Belgrade.",
        "2018-04-13",
    )
    assert mention_codes(got, "Russia's UN ambassador") == ["RUSGOV"]
    assert mention_codes(got, "Syria's UN envoy Bashar Jaafari") == ["SYRGOV"]
    assert "IGOEEU" in mention_codes(got, "U.S. and EU envoys")


def test_an_adviser_to_a_leader_is_of_that_leaders_country(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    text = "A senior adviser to the Saudi crown prince met the Egyptian president in Cairo."
    assert mention_codes(mentions(kb, text, "2018-04-13"), "senior adviser") == ["SAUGOV"]


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


def test_a_refusal_to_discuss_is_still_a_refusal(coder):
    text = "The Libyan government team in Tunis refuses to discuss the matter."
    assert [e for e in events_of(coder, text, "2018-04-13") if e["type"] == "REJECT"]


def test_a_bracketed_insertion_names_the_pronoun(kb):
    from tests.test_actors import codes as mention_codes
    from tests.test_actors import mentions

    text = 'A statement from the law firm said: "It [the Kenyan government] has today agreed to talks."'
    assert mention_codes(mentions(kb, text, "2018-07-27"), "It") == ["KENGOV"]


def test_burial_checks_the_right_preposition_and_modifiers_of_the_object(coder):
    text = "While in the Baltic, the Polish soldiers will participate in joint drills with Lithuanian forces."
    assert [e for e in events_of(coder, text) if e["type"] == "COOPERATE"], events_of(coder, text)
    text = "The teachers union called on Friday for a nationwide strike over pay."
    assert [e for e in events_of(coder, text) if e["type"] == "PROTEST"], events_of(coder, text)
    text = (
        "Nigerian commanders put a battalion stationed close to the Chadian border on high alert."
    )
    assert [e for e in events_of(coder, text) if e["type"] == "MOBILIZE"], events_of(coder, text)
    text = "The pact let students travel, under an accord signed on Thursday by Peru and Ghana."
    assert [e for e in events_of(coder, text) if e["type"] == "SUPPORT"], events_of(coder, text)


def test_making_an_act_as_a_gesture_is_still_the_makers(coder):
    text = "The Ghanaian president said that as a gesture of friendship he was making a joint naval exercise with Togo."
    assert [e for e in events_of(coder, text) if e["type"] == "COOPERATE" and e["source"]], (
        events_of(coder, text)
    )
