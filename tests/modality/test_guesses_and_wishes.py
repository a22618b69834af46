"""Guesses, forecasts, questions, wishes and hopes: what someone guesses, fears, asks or wishes
is no event, or a possible one."""

from __future__ import annotations

import pytest

from tests.conftest import codes, events_of, finder, keys
from tests.helpers import (
    _of_type,
    found_2022_03_09,
    found_2023_04_11,
    found_2024_05_15,
    found_2025_06_18,
    found_2026_06_12,
    found_2026_07_16,
    found_2026_10_01,
    found_2026_11_25,
    types,
)

DAY = "2026-10-01"
found = finder("2024-05-02")
PUB = "2023-06-21"


def _of(coder, text, typ):
    return [e for e in events_of(coder, text, PUB) if e["type"] == typ]


def test_foreigners_met_with_tear_gas_get_no_guessed_police(coder):
    text = "LUSAKA (Reuters) - Congolese traders were met with tear gas at the Kasumbalesa border post."
    assert not found_2026_06_12(coder, text, "ASSAULT")


def test_a_quote_by_a_political_analyst_is_no_event(coder):
    text = ('"The Malawian government could seek a compromise with the unions," said John Phiri, '
            "a political analyst in Lilongwe.")  # fmt: skip
    assert not found_2025_06_18(coder, text, "AGREE"), found_2025_06_18(coder, text, "AGREE")


def test_some_after_analysts_are_commentators_too(coder):
    text = ("Analysts expect the crackdown to go on, though some suggest the Armenian government "
            "could offer an amnesty to the opposition.")  # fmt: skip
    assert not found_2025_06_18(coder, text, "AGREE"), found_2025_06_18(coder, text, "AGREE")


def test_a_critic_s_guess_is_no_event_but_what_a_critic_says_was_done_is(coder):
    """ "Critics said X could ...": a guess told by critics is no event, as an analyst's is
    not (events/extract/nonevents.py _idle); a critic's own hedged act is still one."""
    guess = "Critics said the Zambian government could ban the opposition party."
    assert not found_2025_06_18(coder, guess, "COERCE") and not found_2025_06_18(
        coder, guess, "THREATEN"
    )
    done = "Critics said the Zambian government banned the opposition party."
    assert found_2025_06_18(coder, done, "COERCE")
    assert found_2025_06_18(
        coder, "Critics might stage protests against the Zambian government.", "PROTEST"
    )


def test_an_analyst_s_guess_of_what_another_predicts_is_no_event(coder):
    """Whose guess it is: the subject of the nearest verb of saying ("said"), even with a
    "predicts" of someone else's between."""
    text = "Analysts said the Zambian government predicts the army could arrest opposition leaders."
    assert not found_2025_06_18(coder, text, "COERCE") and not found_2025_06_18(
        coder, text, "THREATEN"
    )


def test_questions_tell_no_event(coder):
    for text in ("Should the European Union impose sanctions on Iran?",
                 "Will Russia invade Ukraine this winter?",
                 "Is China preparing to attack Taiwan?",
                 "Why should Germany send tanks to Ukraine?"):  # fmt: skip
        assert not events_of(coder, text, DAY), text
    # a question about why an act was done takes it as done
    assert found_2026_10_01(coder, "Why did Iran attack Israel?", "ASSAULT")


def test_an_act_an_actor_is_considering_is_possible_not_a_threat(coder):
    text = "Sudan said on Monday it was considering recalling its ambassador from Juba."
    sa = found(coder, text, "SANCTION")
    assert sa and sa[0]["modality"] == "possible", events_of(coder, text, "2024-05-02")
    assert keys(sa[0]["source"]) == {"SDN"} and not found(coder, text, "THREATEN"), sa
    # what the actor says it would consider doing is held over the other side: a threat
    text = "Sudan said on Monday it would consider recalling its ambassador from Juba."
    assert found(coder, text, "THREATEN"), events_of(coder, text, "2024-05-02")


def test_expected_in_a_capital_is_a_planned_visit(coder):
    for text, target in (
        ("The Kenyan envoy is expected in Addis Ababa on Friday to discuss the dam.", "ETH"),
        ("Mozambique's president is expected in Pretoria next month.", "ZAF"),
    ):
        visit = found(coder, text, "CONSULT")
        assert visit and visit[0]["cameo"] == "042", events_of(coder, text, "2024-05-02")
        assert keys(visit[0]["target"]) == {target} and visit[0]["modality"] == "planned", visit
    for text in (
        "Heavy rain is expected in Nairobi on Friday.",
        "A verdict is expected in the case next week.",
        "The deal needs the approval of all members, which diplomats expect at a summit in "
        "Brussels on Thursday.",
    ):
        assert not events_of(coder, text, "2024-05-02"), text


def test_wish_to_see_another_act_is_no_event(coder):
    for text in (
        "The Tanzanian president said he would like to see Uganda arrest the rebel leaders.",
        "The minister wants to see Rwanda expel the militia commanders.",
        "Kenya wants to see the rebels arrested.",
    ):
        assert not events_of(coder, text, "2024-05-02"), events_of(coder, text, "2024-05-02")


def test_a_government_expecting_another_to_act_demands_it(coder):
    text = "Azerbaijan expects Armenia to withdraw its troops from the border."
    reqs = found_2026_10_01(coder, text, "REQUEST")
    assert reqs and reqs[0]["cameo"] == "1056", reqs
    assert keys(reqs[0]["source"]) == {"AZE"} and keys(reqs[0]["target"]) == {"ARM"}
    assert not found_2026_10_01(coder, text, "RETREAT")


def test_the_authorities_expecting_another_to_act_demand_it(coder):
    # "authorities" is read as its lemma, "authority" (word class expecting_bodies)
    text = "The Serbian authorities expected Kosovo to release the detained officer."
    reqs = found_2026_10_01(coder, text, "REQUEST")
    assert reqs and keys(reqs[0]["source"]) == {"SRB"} and keys(reqs[0]["target"]) == {"XKX"}
    assert not found_2026_10_01(coder, text, "RETREAT")


def test_being_expected_to_act_or_an_analysts_forecast_is_no_demand(coder):
    assert not found_2026_10_01(
        coder, "Armenia is expected to withdraw its troops from the border.", "REQUEST"
    )
    assert not found_2026_10_01(coder, "Analysts expect Russia to attack Kharkiv.", "REQUEST")


def test_how_a_state_might_respond_is_no_threat(coder):
    text = ("ASTANA (Reuters) - Britain froze the assets of three Kazakh officials on Monday. "
            "Here is what the freeze means and how Astana might respond.")  # fmt: skip
    assert not found_2026_11_25(coder, text, "THREATEN")
    assert found_2026_11_25(
        coder, "ASTANA (Reuters) - Kazakhstan said it would respond to any freeze.", "THREATEN"
    )


def test_a_fellows_guess_is_no_event(coder):
    text = ("Anna Berg, a senior fellow at the Nordic Institute of Foreign Affairs, said Oslo "
            "could yet cut its aid to Chad if the junta delayed the vote.")  # fmt: skip
    assert events_of(coder, text, "2026-11-30") == []
    # the government's own word is still an event
    text = "Norway's foreign minister said Oslo could cut its aid to Chad if the junta delayed the vote."
    assert events_of(coder, text, "2026-11-30")


def test_diplomats_guessing_what_another_could_do_is_no_event(coder):
    text = "Diplomats said the junta could use the talks to seek recognition."
    assert not found_2026_07_16(coder, text, "REQUEST")
    text = "Western diplomats said Russia could send more troops to the border."
    assert not found_2026_07_16(coder, text, "MOBILIZE")
    text = "Diplomats said Russia had sent more troops to the border."
    assert found_2026_07_16(coder, text, "MOBILIZE")


def test_a_critic_named_by_apposition_guesses_like_critics(coder):
    # nonevents._commentator(critics=True): the apposition counts as it does for analysts
    for text in (
        "Critics said the army could seize the port of Kismayo.",
        "Maria Lindqvist, a longtime critic of the president, said the army could seize the "
        "port of Kismayo.",
    ):
        assert not found_2026_07_16(coder, text, "THREATEN"), text
    assert found_2026_07_16(
        coder, "Somali officials said the army could seize the port of Kismayo.", "THREATEN"
    )


def test_live_blog_key_events_and_shouted_questions_are_removed(coder):
    from dotterel.clean import clean

    text = (
        "Kenya protests live: police fire tear gas in Nairobi\n\nKey events\n"
        "Police fire tear gas at marchers in Nairobi\nOpposition leader arrested in Kisumu\n\n"
        "Show key events only\n\n14:05 BST\nMarch reaches parliament\n\n"
        "Several thousand people marched to parliament in Nairobi on Tuesday.\n\n"
        "WHY ARE THEY MARCHING?\n\nThe opposition wants the finance bill withdrawn.\n"
    )
    c = clean(text)
    gone = {r.text: r.reason for r in c.removed}
    assert gone["Opposition leader arrested in Kisumu"] == "key-events"
    assert gone["Show key events only"] == "live-blog"
    assert gone["WHY ARE THEY MARCHING?"] == "heading"
    assert "Several thousand people marched" in c.text and "March reaches parliament" in c.text
    events = [e["type"] for e in events_of(coder, text, "2026-06-16")]
    assert "COERCE" not in events, events  # the arrest is only in the key-events list


def test_considering_asking_for_an_extradition_is_one_hedged_request(coder):
    text = "Kyrgyzstan was considering asking Kazakhstan to extradite the former minister."
    evs = events_of(coder, text)
    assert [e["type"] for e in evs] == ["REQUEST"], evs
    e = evs[0]
    assert e["modality"] == "possible" and e["cameo"] == "0213", e
    assert {a["country"] for a in e["target"]} == {"KAZ"}, e
    # a plan kept bare is still hedged
    e = found_2026_06_12(
        coder, "Japan is considering imposing sanctions on North Korea.", "SANCTION"
    )
    assert e and e[0]["modality"] == "possible", e


def test_unnamed_diplomats_or_analysts_verdict_is_no_accusation(coder):
    for text in (
        "Two Western diplomats, who asked not to be named, said the shooting could have been a "
        "clash between army factions rather than a coup.",
        "Analysts said the referendum was a sham.",
    ):
        assert not found_2026_06_12(coder, text, "ACCUSE"), text
    assert found_2026_06_12(
        coder, "Kenyan diplomats said the arrests were a provocation.", "ACCUSE"
    )


@pytest.mark.parametrize("text", [
    "It has been asked whether the Home Office can legally strip her of her British citizenship.",
    "The Syrian opposition asked whether the army would withdraw from the capital.",
    "The Kurdish-led SDF insists it cannot house the foreign fighters for long.",
])  # fmt: skip
def test_a_question_or_an_insisted_fact_is_no_request(coder, text):
    assert "REQUEST" not in types(coder, text), (text, types(coder, text))


def test_a_question_opening_with_its_auxiliary_is_no_event(coder):
    for text in (
        "Q: Are the Americans helping the Kurdish forces?",
        "Are Turkish drones helping the rebels in Idlib?",
    ):
        assert not events_of(coder, text, "2026-11-23"), text
    # the same act told, and a "why" question that takes the act as given, stay events
    text = "Officials in Kyiv said on Monday that American soldiers are helping the Ukrainian army."
    assert [e["type"] for e in events_of(coder, text, "2026-11-23")] == ["AID"]
    text = "Why did the Syrian army attack the town?"
    assert [e["type"] for e in events_of(coder, text, "2026-11-23")] == ["ASSAULT"]


def test_a_question_asking_for_the_acts_content_is_no_event(coder):
    # "what/which" as the act's object asks what was done; the answer tells it
    for text in (
        "What has Ruritania asked of Freedonia?",
        "Which ships did the navy seize on Friday?",
        "What did Russia offer Ukraine in the talks?",
    ):
        assert not events_of(coder, text, "2026-11-23"), (
            text,
            events_of(coder, text, "2026-11-23"),
        )
    text = "Why did Moscow expel the diplomats?"
    assert [e["type"] for e in events_of(coder, text, "2026-11-23")] == ["SANCTION"]


def test_a_guess_by_unnamed_others_is_no_event(coder):
    for text in (
        "Some analysts believe the junta could delay the vote. Others think the general could "
        "use the crisis to push for control of the central bank.",
        "Few expect the rebels to attack Kassala before the rains.",
    ):
        evs = events_of(coder, text, "2024-05-02")
        assert not evs, (text, evs)
    # a relative clause on the way states a fact; named people's belief is theirs to report
    text = (
        "Others expect Armenia to lean more on France, which signed a defence pact with Yerevan "
        "in 2023."
    )
    assert [e["type"] for e in events_of(coder, text, "2024-05-02")] == ["SUPPORT"]
    text = "Some of the ministers think the army should withdraw from the border town."
    assert [e["type"] for e in events_of(coder, text, "2024-05-02")] == ["RETREAT"]


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


@pytest.mark.parametrize("text", [
    "The Danish justice ministry would not say whether it would seek the extradition of the three "
    "suspects.",
    "The Canadian prosecutors' office did not respond to questions about whether it would charge "
    "the women in a provincial court.",
    "Regardless of whether they have lost their passports, the women could be put on trial in "
    "Belgium.",
])  # fmt: skip
def test_an_open_question_behind_a_preposition_is_no_event(coder, text):
    assert not events_of(coder, text, "2018-02-09"), text


@pytest.mark.parametrize("text", [
    "The girl's father said he hoped the three soldiers would face trial and be jailed.",
    "Relatives said they hoped the killers would be arrested soon.",
    "The Kenyan government hopes the sanctions will be lifted next month.",
])  # fmt: skip
def test_a_hope_for_what_is_done_to_others_is_no_event(coder, text):
    # a wish that something be done to someone else names no doer, and the one who hopes
    # is not it
    assert not events_of(coder, text, "2018-02-09"), text


@pytest.mark.parametrize("verb", ["hopes", "hoped", "hope"])
def test_a_hope_reads_the_same_whatever_the_form_of_hope(coder, verb):
    """spaCy lemmatises "hopes" and "hoped" as "hop" and "hope" (after "we") as "hope"; the
    rule reads the repaired lemma, so every form is read alike: a hope for another's act,
    active or in a passive naming the doer, is that actor's possible act; a hope that
    something be done, with no doer named, is no event."""
    will = "will" if verb != "hoped" else "would"
    for text in (
        f"The Malian ministers {verb} that Niger {will} release the detained soldiers.",
        f"The Malian ministers {verb} the detained soldiers {will} be released by Niger.",
    ):
        got = [e for e in events_of(coder, text, "2018-02-09") if e["type"] == "RETREAT"]
        assert len(got) == 1 and got[0]["modality"] == "possible", text
        assert [a["country"] for a in got[0]["source"]] == ["NER"], text
    text = f"The Malian ministers {verb} the detained soldiers {will} be released."
    assert not events_of(coder, text, "2018-02-09"), text


@pytest.mark.parametrize("verb", ["wishes", "wished"])
def test_a_wish_for_another_s_act_is_no_event(coder, verb):
    text = f"The Malian government {verb} Niger would release the detained soldiers."
    assert not events_of(coder, text, "2018-02-09"), text


@pytest.mark.parametrize("verb", ["wants", "wanted"])
def test_a_government_wanting_another_to_act_demands_it(coder, verb):
    # as "expects Niger to release" (the expectation gate): a named state or official body
    # saying what it wants a named other actor to do demands it of them
    text = f"The Malian government {verb} Niger to release the detained soldiers."
    evs = events_of(coder, text, "2018-02-09")
    assert [e["type"] for e in evs] == ["REQUEST"], evs
    assert keys(evs[0]["source"]) == {"MLI"} and keys(evs[0]["target"]) == {"NER"}, evs
    evs = events_of(coder, "Kenya wants Uganda to lift its ban on sugar imports.", "2018-02-09")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


@pytest.mark.parametrize("text", [
    "Tehran wants Baghdad to stop arming the Kurdish militias.",
    "The Serbian government wants Hungary to stop supplying weapons to the separatists.",
])  # fmt: skip
def test_wanting_another_to_stop_an_act_demands_it(coder, text):
    # the "to" sits on "stop", not on the aid it ends: the other actor is asked to stop, no
    # aid cut threatened by the one who wants it
    evs = events_of(coder, text, "2018-02-09")
    assert [e["type"] for e in evs] == ["REQUEST"], evs


def test_an_expected_visit_and_an_own_hope_are_still_coded(coder):
    evs = events_of(coder, "Turkish President Recep Tayyip Erdogan is expected to visit Athens.")
    assert any(e["type"] == "CONSULT" and e["modality"] == "planned" for e in evs), evs
    evs = events_of(coder, "The Kenyan government hopes to lift the curfew next week.")
    assert any(e["modality"] == "possible" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Israeli officials said they believed Hezbollah would attack the border towns.",
    "'Ankara would never dare to bomb our villages if Moscow did not allow it,' said the Syrian Democratic Forces.",
    "Ukrainian officials said they feared Russia would bomb the port again.",
])  # fmt: skip
def test_a_future_act_told_of_another_party_is_a_prediction(coder, text):
    # an announced threat is the speaker's own (or its state's); what it says another will do
    # is no threat by that other
    assert not [e for e in events_of(coder, text, "2018-01-20") if e["type"] == "THREATEN"], text


@pytest.mark.parametrize("text", [
    "Turkish troops are preparing to attack the US army's local partners as tensions between Ankara and Washington rise.",
    "The Russian military shot down seven of the drones on Saturday.",
    "About 900 French soldiers are stationed in the region, along with 3,000 SDF fighters.",
])  # fmt: skip
def test_no_one_is_a_target_by_a_guess(coder, text):
    # someone's partners are not named; whose drones, the text does not say; "along with" is
    # company, not a place troops are stationed along
    evs = events_of(coder, text, "2018-01-20")
    assert evs and not [a for e in evs for a in e["target"]], evs


def test_an_announced_act_of_a_doer_of_no_known_country_is_not_called_a_prediction(coder):
    text = "Officials in Riga said the Baltic country's military would soon start supplying weapons to strengthen its forces."
    evs = events_of(coder, text, "2018-01-20")
    assert [e for e in evs if e["type"] == "AGREE"], evs


@pytest.mark.parametrize("text", [
    "In towns freed from the militants, shops have reopened.",
    "The rebels are hardly likely to attack the aid workers, the report said.",
    "Russia is unlikely to veto the resolution, diplomats said.",
])  # fmt: skip
def test_places_freed_and_guesses_at_others_are_no_events(coder, text):
    assert not events_of(coder, text, "2019-03-20"), text


def test_what_a_guess_tells_of_inside_is_no_event_either(coder):
    text = (
        "The militia is hardly likely to attack UN officials trying to help evacuate the children."
    )
    assert not events_of(coder, text, "2019-03-20")


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


def test_an_event_supposed_to_say_what_it_would_bring_is_no_event(coder):
    for text in (
        "The general warned that a Russian offensive on the city would lead to a catastrophe.",
        "A Kenyan attack on Somalia could ruin the economy.",
        # "any" imagines an act as "a" does (events/modality.py imagined_subject)
        "Any Kenyan attack on the rebels could trigger a war, officials said.",
    ):
        assert not _of_type(events_of(coder, text, "2024-05-02"), "ASSAULT"), text
    # whether it happens is its modality; an event told as real stays
    evs = _of_type(
        events_of(coder, "A Kenyan attack on Somalia could take place on Monday.", "2024-05-02"),
        "ASSAULT",
    )
    assert evs and evs[0]["modality"] == "possible", evs
    evs = _of_type(
        events_of(
            coder, "The general said a Russian attack on the town killed ten people.", "2024-05-02"
        ),
        "ASSAULT",
    )
    assert evs and evs[0]["modality"] == "asserted", evs


def test_a_toll_foreseen_in_a_warning_is_no_threat(coder):
    for text in (
        "The general warned that 20,000 people could be killed.",
        "Kenya warned Uganda not to attack the town, warning that thousands of people could be"
        " killed.",
    ):
        evs = _of_type(events_of(coder, text, "2024-05-02"), "THREATEN")
        assert all(e["cameo"] != "1383" for e in evs), (text, evs)
    # a warning that people will be arrested is still a threat
    evs = _of_type(
        events_of(coder, "Kenyan police warned that protesters could be arrested.", "2024-05-02"),
        "THREATEN",
    )
    assert evs, evs


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


def test_an_event_foreseen_as_a_consequence_is_a_prediction(coder):
    # CODING.md: speculation is no event; what something "could lead to" or "would spark"
    # is foreseen, not done
    for text, typ in (
        (
            "Arming the rebels might well lead to fresh clashes between the rebels and the"
            " Chilean army.",
            "ASSAULT",
        ),
        ("Analysts warned that the verdict would spark protests by Chilean students.", "PROTEST"),
        ("The Bolivian decision to close the border may result in sanctions by Peru.", "SANCTION"),
    ):
        assert not found(coder, text, typ), text


def test_an_act_inside_an_open_question_is_no_event(coder):
    for text in (
        "A Greek official declined to comment on whether Greece would fight Turkish forces.",
        "Its conduct will decide whether Ankara has helped the militia to fight the Syrian army.",
    ):
        rows = [(e["type"], codes(e["source"])) for e in events_of(coder, text, "2024-05-02")]
        assert not [r for r in rows if r[0] in ("ASSAULT", "AID")], (text, rows)


def test_a_weighed_gerund_is_the_verbs_complement():
    from dotterel.nlp import parse

    doc = next(parse(["Belarus would consider annexing parts of the border district."]))
    g = next(t for t in doc if t.lower_ == "annexing")
    assert (g.dep_, g.head.lower_) == ("xcomp", "consider"), [(t.text, t.dep_) for t in doc]
    assert [(c.lower_, c.dep_) for c in g.children] == [("parts", "dobj")]


def test_annexing_parts_weighed_aloud_is_a_threat(coder):
    text = (
        "Chad's interior minister told parliament the cabinet would consider annexing several "
        "parts of the contested valley."
    )
    evs = found_2023_04_11(coder, text, "THREATEN")
    assert [(e["mode"], codes(e["source"])) for e in evs] == [("territory", ["TCDGOV"])], evs


def test_a_response_others_fear_is_no_threat(coder):
    text = "The government would react if the strike went ahead, the union feared."
    assert not found_2022_03_09(coder, text, "THREATEN")


def test_the_wronged_in_a_verdict_is_not_the_target(coder):
    text = "Chile and Peru signed a fishing agreement on Monday. Chile's opposition called the agreement a betrayal of fishermen."
    e = found_2024_05_15(coder, text, "ACCUSE")
    assert e and "CVL" not in "".join(a["code"] for a in e[0]["target"]) and "AGR" not in "".join(
        a["code"] for a in e[0]["target"]), e  # fmt: skip


def test_protests_that_may_come_are_not_protests(coder):
    assert not found_2024_05_15(coder, "The decision could spark protests in Nairobi.", "PROTEST")


def test_weighing_whether_to_send_a_frigate(coder):
    got = _of(
        coder,
        "The Philippine navy was weighing whether to send a frigate to the shoal.",
        "MOBILIZE",
    )
    assert got and got[0]["modality"] == "possible", got


def test_studying_whether_to_impose_tariffs_is_possible(coder):
    # every verb through which a weighed act is told puts the question to itself too
    got = _of(coder, "Japan was studying whether to impose tariffs on Korean steel.", "SANCTION")
    assert got and got[0]["modality"] == "possible", got


def test_a_sent_destroyer_is_a_deployment(coder):
    got = _of(coder, "China sent two destroyers to the disputed reef on Monday.", "MOBILIZE")
    assert got and got[0]["modality"] == "asserted", got


def test_studying_a_reopening_is_possible(coder):
    got = _of(
        coder,
        "Ankara said it would study reopening the border crossing once the treaty is signed.",
        "RETREAT",
    )
    assert got and all(e["modality"] == "possible" for e in got), got


def test_an_open_question_of_another_stays_no_event(coder):
    text = "Reporters asked whether the navy would send a frigate to the shoal."
    assert not _of(coder, text, "MOBILIZE")


@pytest.mark.parametrize("text", [
    '"We need the government to release the prisoners," the Kenyan opposition leader said.',
    '"We want the government to release the prisoners," the Kenyan opposition leader said.',
    "Kenya needs Uganda to release the detained traders.",
])  # fmt: skip
def test_needing_another_to_act_is_a_demand_on_them(coder, text):
    # the speaker's side (a quoted "we") or a named state saying it needs or wants another
    # to act demands it; the act itself is not done
    evs = events_of(coder, text, "2018-02-09")
    assert [e["type"] for e in evs] == ["REQUEST"], evs
    assert keys(evs[0]["source"]) & {"KEN", "KENOPP"}, evs
