"""Known event causes left by the last session (note of 2026-11-29), each tested on invented
sentences: places of another country in the event's own clause, forces sent abroad to help,
and the other causes of the session's brief."""

from __future__ import annotations

from .conftest import codes, events_of, finder

DAY = "2026-10-01"
found = finder(DAY)


def _of(evs, typ):
    return [e for e in evs if e["type"] == typ]


def _country(e):
    return (e.get("location") or {}).get("country")


# -- a place of another country in the event's own clause beats the story's country ----------
def test_a_place_in_the_clause_the_event_governs_places_it(coder):
    text = ("LA PAZ (Reuters) - Bolivia and Chile agreed on Monday to share border data.\n\n"
            "Bolivia has sent 80 firefighters to help Chile contain forest fires in the "
            "Valparaiso region, the ministry said.")  # fmt: skip
    aid = found(coder, text, "AID")
    assert aid and _country(aid[0]) == "CHL", aid


def test_a_township_of_a_region_places_a_strike_and_its_victims(coder):
    text = ("BANGKOK - Thai officials said on Tuesday they were ready to host talks.\n\n"
            "On Monday a military jet bombed a school in Magway region's Pauk township, killing "
            "12 people.")  # fmt: skip
    hit = found(coder, text, "ASSAULT")
    assert hit and _country(hit[0]) == "MMR", hit
    assert all(a["country"] != "THA" for a in hit[0]["target"]), hit


def test_a_place_in_a_relative_clause_does_not_place_the_event(coder):
    text = "MADRID - Spanish police on Tuesday arrested a man who had fought in Syria."
    arrest = found(coder, text, "COERCE")
    assert arrest and _country(arrest[0]) == "ESP", arrest


# -- police sent to another state to help it ----------------------------------------------
def test_police_promised_to_another_state_are_a_promise_of_aid(coder):
    evs = events_of(coder, "NAIROBI - Kenya said on Monday it would send 400 police officers "
                           "to Haiti next month.", DAY)  # fmt: skip
    agree = _of(evs, "AGREE")
    assert agree and agree[0]["cameo"] == "0334" and agree[0]["modality"] == "asserted", evs
    assert codes(agree[0]["source"]) == ["KEN"] and codes(agree[0]["target"]) == ["HTI"], evs
    assert not _of(evs, "MOBILIZE"), evs
    sent = found(coder, "Kenya has sent 400 police officers to Haiti.", "AID")
    assert sent and sent[0]["cameo"] == "074", sent


def test_police_promised_in_a_story_set_abroad_go_there(coder):
    text = ("UNITED NATIONS (Reuters) - The Security Council on Thursday extended the mandate "
            "of the multinational force fighting gangs in Haiti.\n\n"
            "Kenya, which leads the force, said it would send 300 more police officers by "
            "September.")  # fmt: skip
    agree = [e for e in found(coder, text, "AGREE") if e["cameo"] == "0334"]
    assert agree and codes(agree[0]["target"]) == ["HTI"], agree


def test_police_sent_at_home_or_to_a_border_stay_a_deployment(coder):
    text = ("NAIROBI - Protesters blocked roads in Nairobi on Monday.\n\n"
            "The government said it would send 500 more police officers to the capital.")  # fmt: skip
    evs = events_of(coder, text, DAY)
    assert _of(evs, "MOBILIZE") and not _of(evs, "AGREE") and not _of(evs, "AID"), evs
    evs = events_of(coder, "BELGRADE - Serbia sent police officers to the border with Kosovo.", DAY)
    assert _of(evs, "MOBILIZE") and not _of(evs, "AID"), evs


# -- "agreed between A and B" and talks hosted between the parties told before ----------------
def test_a_truce_agreed_between_two_parties_is_their_concession(coder):
    for text in ("A ceasefire was agreed between Armenia and Azerbaijan on Monday.",
                 "The ceasefire agreed between Armenia and Azerbaijan last week has largely held."):  # fmt: skip
        evs = found(coder, text, "CONCEDE")
        assert evs and {a["country"] for e in evs for a in e["source"] + e["target"]} == {
            "ARM",
            "AZE",
        }, evs


def test_a_truce_agreed_between_parties_read_as_a_past_tense_aims_a_welcome_at_them(coder):
    text = "The African Union welcomed the truce agreed between Ethiopia and Eritrea on Monday."
    e = found(coder, text, "SUPPORT")
    assert e and {a["country"] for a in e[0]["target"]} == {"ETH", "ERI"}, e


def test_talks_hosted_between_the_rivals_told_before_are_their_meeting(coder):
    text = ("Armenian and Azerbaijani troops clashed on the border on Monday. Kazakhstan hosted "
            "talks between the rivals in Almaty on Tuesday.")  # fmt: skip
    talks = found(coder, text, "CONSULT")
    assert talks and talks[0]["cameo"] == "044" and not talks[0]["target"], talks
    assert codes(talks[0]["source"]) == ["ARM", "AZE"], talks
    text = text.replace("hosted", "mediated")  # a mediator stays the source
    talks = found(coder, text, "CONSULT")
    assert talks and talks[0]["cameo"] == "045" and codes(talks[0]["source"]) == ["KAZ"], talks


# -- questions and the writer's advice tell no event ------------------------------------------
def test_questions_tell_no_event(coder):
    for text in ("Should the European Union impose sanctions on Iran?",
                 "Will Russia invade Ukraine this winter?",
                 "Is China preparing to attack Taiwan?",
                 "Why should Germany send tanks to Ukraine?"):  # fmt: skip
        assert not events_of(coder, text, DAY), text
    # a question about why an act was done takes it as done
    assert found(coder, "Why did Iran attack Israel?", "ASSAULT")


def test_the_writers_advice_is_no_event(coder):
    for text in ("The West must arm Ukraine now.",
                 "In my view, Britain should expel the Russian ambassador.",
                 "The West must arm Ukraine now, the columnist argued."):  # fmt: skip
        assert not events_of(coder, text, DAY), text
    # a speaker's demand, and an obligation under a condition, stay
    e = found(coder, "The West must arm Ukraine now, the German chancellor said.", "REQUEST")
    assert e and codes(e[0]["source"]) == ["DEUGOV"], e
    text = "If no further appeal is allowed, Britain must extradite him within 28 days."
    assert events_of(coder, text, DAY)


def test_being_able_to_agree_under_if_is_a_condition(coder):
    text = "If Israel and Hamas are able to reach agreement, the hostages will be freed."
    assert not found(coder, text, "AGREE")


def test_not_by_x_but_by_y_is_done_by_y(coder):
    text = ("The rockets were fired not by Hezbollah but by Palestinian militants, the Israeli "
            "army said.")  # fmt: skip
    e = found(coder, text, "ASSAULT")
    assert e and [a["country"] for a in e[0]["source"]] == ["PSE"], e


# -- a cyber attack told again is still a cyber attack ---------------------------------------
def test_the_attack_after_a_cyber_attack_is_that_cyber_attack(coder):
    text = ("Hackers launched a cyber attack on Estonia's parliament on Monday. The attack by "
            "Russian military intelligence shut down its website.")  # fmt: skip
    evs = events_of(coder, text, DAY)
    assert not _of(evs, "ASSAULT"), evs
    assert any(e["mode"] == "cyber" and "RUS" in {a["country"] for a in e["source"]}
               for e in _of(evs, "COERCE")), evs  # fmt: skip
    text = "Estonia's parliament was hit by a cyber attack on Monday."
    assert not found(coder, text, "ASSAULT")
    text = "Russian jets bombed a market in Idlib on Monday. The attack by Russia killed 12 people."
    assert found(coder, text, "ASSAULT")


# -- eased opposition; jailed for refusing ------------------------------------------------
def test_easing_opposition_is_giving_ground_to_whom_it_opposed(coder):
    e = found(coder, "Hungary eased its opposition to Ukraine's membership talks.", "CONCEDE")
    assert e and codes(e[0]["source"]) == ["HUN"] and codes(e[0]["target"]) == ["UKR"], e
    text = "Hungary softened its opposition to new EU sanctions on Russia."
    e = found(coder, text, "CONCEDE")
    assert e and codes(e[0]["target"]) == ["IGOEEU"], e


def test_jailed_for_refusing_a_summons_the_refusal_is_the_jailed_ones(coder):
    text = ("A court in Yerevan on Tuesday sentenced opposition leader Aram Petrosyan to six "
            "months in prison for refusing to appear before a parliamentary commission.")  # fmt: skip
    evs = events_of(coder, text, DAY)
    assert _of(evs, "SANCTION"), evs
    refused = _of(evs, "REJECT")
    assert refused and codes(refused[0]["source"]) == ["ARMOPP"], evs
    assert refused[0]["cameo"] == "1213" and codes(refused[0]["target"]) == ["ARMLEG"], evs
    text = "The former minister refused to testify before the anti-corruption court."
    e = found(coder, text, "REJECT")
    assert e and e[0]["cameo"] == "1213" and e[0]["target"], e
    # a charge is what the court says, no act of its own
    text = "A court convicted five officers of plotting to kill the president."
    assert not found(coder, text, "ASSAULT")
