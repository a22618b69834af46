"""Dates of events: the time phrase of the event's clause, the sentence before, reported speech
and plans (invented sentences)."""

from __future__ import annotations

from dotterel import ground
from tests.conftest import codes, events_of, finder
from tests.helpers import D, event, found_2024_05_02, found_2026_11_28
from tests.helpers import _events_2025_05_05 as _events

found = finder("2025-03-05")
PUB = "2024-05-02"


def _dates(coder, text, typ):
    return [e["date"] for e in events_of(coder, text, PUB) if e["type"] == typ]


def when(parse, text, word, published, type_="ASSAULT", modality="asserted", nth=0):
    doc, _ = parse(text)
    cand = event(doc, word, type_, modality, nth=nth)
    sent = cand.trigger.sent
    return ground.attach_time(cand, ground.times_in(sent), D(published), modality)


def days(w) -> tuple[str | None, str | None]:
    return (
        w.start.isoformat() if w and w.start else None,
        w.end.isoformat() if w and w.end else None,
    )


def test_a_time_inside_a_during_phrase_dates_the_clause(coder):
    text = "Israel struck Iranian nuclear sites during a 12-day war in June 2025, the report said."
    ev = found(coder, text, "ASSAULT", "2026-02-05")
    assert ev and ev[0]["date"]["start"] == "2025-06-01", ev


def test_an_agreement_is_dated_when_made_not_when_what_is_agreed_will_happen(coder):
    for text, start in (
        ("Kenya and Tanzania agreed to resume talks in March.", "2026-01-29"),
        ("Kenya and Tanzania agreed in January to resume talks in March.", "2026-01-01"),
        ("The UN urged Kenya to hold talks with Tanzania next week.", "2026-01-29"),
    ):
        ev = [e for e in events_of(coder, text, "2026-02-05") if e["type"] in ("AGREE", "REQUEST")]
        assert ev and ev[0]["date"]["start"] == start, (text, ev)
    # a plain day may be the saying's own
    ev = found(
        coder, "The rebels threatened to attack the city on Friday.", "THREATEN", "2026-02-05"
    )
    assert ev and ev[0]["date"]["start"] == "2026-01-30", ev
    # a plan is dated when it will happen
    ev = found(coder, "Kenya plans to hold talks with Tanzania next week.", "CONSULT", "2026-02-05")
    assert ev and ev[0]["date"]["start"] == "2026-02-09", ev


def test_call_on_a_day_is_no_appeal(coder):
    text = "The Czech prime minister called the new levies blackmail on Tuesday."
    assert not found_2024_05_02(coder, text, "REQUEST"), events_of(coder, text, "2024-05-02")
    text = "The UN called on Monday for calm in the capital."
    assert found_2024_05_02(coder, text, "REQUEST"), text


def test_calling_off_a_strike_after_a_time_phrase_is_a_concession(coder):
    text = "The dockers' union called off on Friday night a national strike planned for Monday."
    assert not found_2026_11_28(coder, text, "REQUEST")
    evs = found_2026_11_28(coder, text, "CONCEDE")
    assert evs and all(codes(e["source"]) == ["LAB"] for e in evs), evs
    text = "The army called off on Sunday its planned assault on the rebel town."
    assert not found_2026_11_28(coder, text, "REQUEST")


def test_hours_later_and_earlier():
    import datetime as dt

    from dotterel import when

    anchor = when.When(dt.date(2026, 6, 11), dt.date(2026, 6, 11))
    for words, (a, b) in {"hours later": (11, 12), "a few hours later": (11, 12),
                          "three hours earlier": (10, 11)}.items():  # fmt: skip
        t = when.find(f"He resigned {words}.")[0]
        got = t.resolve(dt.date(2026, 6, 12), future=False, anchor=anchor)
        assert (got.start.day, got.end.day) == (a, b), (words, got)


def test_that_month_counts_from_the_event_told_before():
    import datetime as dt

    from dotterel import when

    anchor = when.When(dt.date(2011, 2, 1), dt.date(2011, 2, 28))
    t = when.find("Indonesia brokered a ceasefire that month.")[0]
    assert t.needs_anchor
    got = t.resolve(dt.date(2026, 8, 6), future=False, anchor=anchor)
    assert (got.start, got.end) == (dt.date(2011, 2, 1), dt.date(2011, 2, 28)), got
    t = when.find("They met again later that year.")[0]
    got = t.resolve(dt.date(2026, 8, 6), future=False, anchor=anchor)
    assert (got.start, got.end) == (dt.date(2011, 1, 1), dt.date(2011, 12, 31)), got


def test_a_demand_is_not_dated_tomorrow(coder):
    got = _dates(coder, "The minister urged the rebels to free the hostages tomorrow.", "REQUEST")
    assert got and all(d is None or d["start"] <= PUB for d in got), got


def test_a_threat_is_not_dated_tomorrow(coder):
    got = _dates(coder, "The rebels threatened to attack the town tomorrow.", "THREATEN")
    assert got and all(d is None or d["start"] <= PUB for d in got), got


def test_a_threat_keeps_its_own_yesterday(coder):
    got = _dates(coder, "The rebels threatened yesterday to attack the town.", "THREATEN")
    assert got and got[0]["start"] == "2024-05-01", got


def test_the_clause_that_governs_the_event(parse):
    text = "The ministry said on Thursday that rebels attacked the town on Monday."
    assert days(when(parse, text, "attacked", "2019-03-15")) == ("2019-03-11", "2019-03-11")
    assert days(when(parse, text, "said", "2019-03-15", "ACCUSE")) == ("2019-03-14", "2019-03-14")


def test_future_clause_takes_the_next_weekday(parse):
    w = when(parse, "Talks will resume on Monday.", "resume", "2019-03-14", "CONSULT", "planned")
    assert days(w) == ("2019-03-18", "2019-03-18")


def test_reported_future_under_a_past_saying(parse):
    text = "The army said on Wednesday it will hold talks on Friday."
    assert days(when(parse, text, "hold", "2019-03-14", "CONSULT", "planned")) == (
        "2019-03-15",
        "2019-03-15",
    )


def test_backshifted_plan_under_a_saying_is_future(parse):
    # reported "I plan to call on Friday": the coming Friday, published on a Thursday
    text = "The minister said he planned to call his Chilean counterpart on Friday."
    w = when(parse, text, "call", "2019-03-14", "CONSULT", "planned")
    assert days(w) == ("2019-03-15", "2019-03-15")
    # a plan told as history ("had planned") keeps the Friday before
    text = "The minister said he had planned to call his Chilean counterpart on Friday."
    w = when(parse, text, "call", "2019-03-14", "CONSULT", "planned")
    assert days(w) == ("2019-03-08", "2019-03-08")


def test_nominal_event_with_its_date(parse):
    w = when(
        parse,
        "Leaders will gather for the July 11 NATO summit.",
        "summit",
        "2019-03-14",
        "CONSULT",
        "planned",
    )
    assert days(w) == ("2019-07-11", "2019-07-11")


def test_participle_describing_the_event(parse):
    text = "The second summit, held in Hanoi last month, broke up early."
    assert days(when(parse, text, "summit", "2019-03-14", "CONSULT")) == (
        "2019-02-01",
        "2019-02-28",
    )


def test_year_on_another_noun_does_not_date_the_event(parse):
    text = "Iran said last week it was ready to discuss a return to the 2015 nuclear deal."
    assert days(when(parse, text, "said", "2021-02-22", "AGREE")) == ("2021-02-15", "2021-02-21")
    text = "Soldiers were deployed for the first time since the end of military rule in 1990."
    assert when(parse, text, "deployed", "2019-10-23", "MOBILIZE") is None


def test_since_the_annexation_starts_an_ongoing_event(parse):
    w = when(
        parse, "Relations have soured since the 2014 annexation.", "soured", "2019-03-14", "REJECT"
    )
    assert days(w) == ("2014-01-01", "2019-03-14")


def test_background_for_years_has_no_start(parse):
    w = when(parse, "The two countries have clashed for years.", "clashed", "2019-03-14")
    assert (w.start, w.end) == (None, D("2019-03-14"))


def test_no_time_leaves_the_publication_window_to_the_caller(parse):
    assert (
        when(parse, "Police arrested dozens of protesters.", "arrested", "2019-03-14", "COERCE")
        is None
    )


def test_several_expressions_narrowest_that_fits(parse):
    text = "Pompeo will travel to Seoul next week, from Monday to Wednesday."
    w = when(parse, text, "travel", "2019-03-14", "CONSULT", "planned")
    assert days(w) == ("2019-03-18", "2019-03-20")


def test_coordinated_clause_shares_the_time(parse):
    w = when(
        parse,
        "Police fired tear gas on Monday and arrested dozens.",
        "arrested",
        "2019-03-14",
        "COERCE",
    )
    assert days(w) == ("2019-03-11", "2019-03-11")


def test_where_clause_takes_the_time_of_its_phrase(parse):
    text = "Trump and Kim first met in June of last year at a summit in Singapore, where they signed a statement."
    assert days(when(parse, text, "signed", "2019-03-14", "SUPPORT")) == (
        "2018-06-01",
        "2018-06-30",
    )


def test_when_clause_takes_the_point_of_a_since_phrase(parse):
    text = "Thousands have fled since August of last year, when the army launched a crackdown."
    assert days(when(parse, text, "launched", "2018-09-20")) == ("2017-08-01", "2017-08-31")


def test_two_months_after_shifts_back(parse):
    text = (
        "The court dissolved the party in November 2017, two months after its leader was arrested."
    )
    w = when(parse, text, "arrested", "2019-11-07", "COERCE")
    assert w.start <= D("2017-09-15") <= w.end
    assert w.end < D("2017-11-01")


def test_after_clause_precedes_its_main_clause(parse):
    text = "In August of last year, Beijing staged exercises after the speaker visited Taipei."
    w = when(parse, text, "visited", "2023-04-10", "CONSULT")
    assert w.start <= D("2022-08-02") <= w.end


def test_reported_past_event_is_bounded_by_the_saying(parse):
    text = "Amnesty said on Tuesday that soldiers had fired on protesters."
    w = when(parse, text, "fired", "2019-03-14")
    assert w.end == D("2019-03-12") and w.start == D("2019-03-05")


def test_a_promise_is_dated_when_it_is_said(parse):
    text = "Japan will give a further $15 million, the foreign minister said on Wednesday."
    assert days(when(parse, text, "give", "2018-09-20", "AGREE", "planned")) == (
        "2018-09-19",
        "2018-09-19",
    )


def test_a_promised_concession_is_dated_when_it_is_said(parse):
    # CONCEDE is a speech act too (events/ontology.py SPEECH_ACT_TYPES): a promised
    # withdrawal is coded when the promise is made
    text = "The rebels said on Monday that they would withdraw their fighters from the town."
    assert days(when(parse, text, "withdraw", "2020-06-18", "CONCEDE", "asserted")) == (
        "2020-06-15",
        "2020-06-15",
    )


def test_speech_act_types_are_plover_types():
    from dotterel.events.ontology import SPEECH_ACT_TYPES
    from dotterel.model import PLOVER_TYPES

    assert SPEECH_ACT_TYPES.issubset(PLOVER_TYPES)


def test_past_perfect_follows_the_sentence_before(parse):
    text = (
        "The second summit, held in Hanoi last month, broke up early. "
        "Pyongyang had demanded that Washington lift sanctions."
    )
    w = when(parse, text, "demanded", "2019-03-14", "REQUEST")
    assert w.start <= D("2019-02-15") <= w.end and w.end == D("2019-02-28")


def test_recent_sentence_before_is_not_inherited(parse):
    text = "Police fired tear gas on Wednesday. Protesters burned tyres."
    assert when(parse, text, "burned", "2019-03-14", "PROTEST") is None


def test_the_next_day_counts_from_the_sentence_before(parse):
    text = "The unrest began on October 18. The government suspended the fare rise the next day."
    w = when(parse, text, "suspended", "2019-10-23", "CONCEDE")
    assert days(w) == ("2019-10-19", "2019-10-19")


def test_two_days_later_counts_from_the_same_sentence(parse):
    text = "In July of last year, Estonia expelled a diplomat, and Moscow responded two days later."
    w = when(parse, text, "responded", "2024-02-09", "SANCTION")
    assert days(w) == ("2023-07-03", "2023-08-02")


def test_a_time_phrase_is_no_object_of_a_stop_pattern(coder):
    # "seize the day" and "arrest the decline" are no events; "the next day", "the fall of"
    # a year, told as when, leave the seizure and the arrest standing
    evs = _events(coder, "Greek authorities seized the tanker Aegean Dawn the next day.")
    assert [(e["type"], e["cameo"]) for e in evs] == [("COERCE", "1711")], evs
    evs = _events(coder, "Kenyan police arrested the opposition leader in the fall of 2019.")
    assert [e["type"] for e in evs] == ["COERCE"], evs
    evs = _events(coder, "The rebels seized the moment to advance on the town.")
    assert not [e for e in evs if e["type"] == "COERCE"], evs
    assert not _events(coder, "The central bank acted to arrest the decline of the currency.")


def test_a_month_of_that_year_is_in_the_year_the_text_gave_before(parse):
    for text, word, want in (
        ("The coup came in 2019. The army arrested the president in April that year.",
         "arrested", ("2019-04-01", "2019-04-30")),
        ("In 2019 the junta took power, and in July of that year it expelled the French envoy.",
         "expelled", ("2019-07-01", "2019-07-31")),
        ("Rebels seized the town in 2012. The army retook it in March the following year.",
         "retook", ("2013-03-01", "2013-03-31")),
    ):  # fmt: skip
        assert days(when(parse, text, word, "2026-05-01")) == want, text


def test_since_a_month_of_that_year_runs_on_to_publication(parse):
    # "since June that year" opens a range in the year told before; only its start moves
    # there, its end stays at publication
    text = "Militants took the valley in 2017. Jets have bombed it each month since June that year."
    w = when(parse, text, "bombed", "2026-05-01")
    assert days(w) == ("2017-06-01", "2026-05-01"), w
    assert w.text == "since June that year", w


def _dated(coder, text, typ, published="2026-10-07"):
    got = [e["date"] for e in events_of(coder, text, published) if e["type"] == typ]
    assert len(got) == 1, (text, got)
    return got[0]["start"], got[0]["end"]


def test_a_fronted_day_before_a_days_after_clause_dates_the_main_clause(coder):
    # "On Monday, days after X, Y": Monday is Y's; X came some days before it
    text = ("On Monday, days after rebels seized the town of Kidal, the Malian army launched a "
            "counter-offensive.")  # fmt: skip
    assert _dated(coder, text, "ASSAULT") == ("2026-10-05", "2026-10-05")
    start, end = _dated(coder, text, "COERCE")
    assert start < "2026-10-05" and end < "2026-10-05", (start, end)
    text = ("On Monday, two days after rebels seized the town of Kidal, the Malian army launched "
            "a counter-offensive.")  # fmt: skip
    assert _dated(coder, text, "COERCE") == ("2026-10-03", "2026-10-03")


def test_a_bare_plural_offset_is_a_few_units_not_one(coder):
    text = ("The Malian army launched a counter-offensive on Monday, weeks after rebels seized "
            "the town of Kidal.")  # fmt: skip
    start, end = _dated(coder, text, "COERCE")
    assert start <= "2026-09-14" and end <= "2026-09-28", (start, end)


def test_an_offset_set_off_by_commas_after_a_day_restates_that_day(coder):
    # "On Monday, a day before the summit,": the summit is on Tuesday; the release on Monday
    text = "On Monday, a day before the summit, the junta freed the former prime minister."
    assert _dated(coder, text, "RETREAT") == ("2026-10-05", "2026-10-05")


def test_a_day_after_on_under_a_verbless_root_ends_the_climb():
    """ "Talks between Kenya and Uganda resume in Geneva on Monday" parsed with "resume" as a
    noun: the climb from "on" to its verb reached the root and looped for ever (a spaCy
    token is a new object at each access, so `head is not verb` never ended it; the article
    was skipped after 120 s of CPU)."""
    import re

    import spacy
    from spacy.tokens import Doc

    from dotterel import when as W
    from dotterel.ground.timing import _scheduled_for

    words = ["Talks", "resume", "on", "Monday", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 0, 1, 2, 0],
        deps=["ROOT", "compound", "prep", "pobj", "punct"],
        pos=["NOUN", "NOUN", "ADP", "PROPN", "PUNCT"],
    )
    t = W.TimeExpr(
        start=15, end=21, text="Monday", kind="weekday", match=re.match("Monday", "Monday")
    )
    assert _scheduled_for(t, doc[3:4]) is False
