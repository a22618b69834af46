"""Time expressions -> intervals: every rule kind, against several publication dates, in
past and future clauses. No spaCy here: `when` works on plain text."""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel import when as W
from dotterel.model import When
from tests.helpers import D

THU = D("2019-03-14")  # Thursday


SUN = D("2023-01-01")  # Sunday, first day of a year


SAT = D("2023-11-25")  # Saturday


MON = D("2021-02-22")  # Monday


LEAP = D("2024-02-29")  # Thursday, leap day


PAST, FUT = False, True


def one(
    text: str, published: dt.date | None, future: bool = PAST, anchor: When | None = None
) -> When:
    found = W.find(text)
    assert found, f"no time expression in {text!r}"
    got = found[0].resolve(published, future, anchor)
    assert got is not None, f"{text!r} did not resolve"
    return got


def span(text: str, published, future=PAST, anchor=None) -> tuple[str | None, str | None]:
    w = one(text, published, future, anchor)
    return (w.start.isoformat() if w.start else None, w.end.isoformat() if w.end else None)


CASES = [
    # weekdays: past -> latest on/before publication, future -> next on/after (same day counts)
    ("weekday", "officials said on Thursday", THU, PAST, ("2019-03-14", "2019-03-14")),
    ("weekday", "talks will open on Thursday", THU, FUT, ("2019-03-14", "2019-03-14")),
    ("weekday", "troops attacked on Monday", THU, PAST, ("2019-03-11", "2019-03-11")),
    ("weekday", "he will travel on Monday", THU, FUT, ("2019-03-18", "2019-03-18")),
    ("weekday", "the vote on Friday", THU, PAST, ("2019-03-08", "2019-03-08")),
    ("weekday", "the vote on Friday", THU, FUT, ("2019-03-15", "2019-03-15")),
    ("weekday", "it happened on Saturday", SUN, PAST, ("2022-12-31", "2022-12-31")),
    ("weekday", "it will happen on Saturday", SUN, FUT, ("2023-01-07", "2023-01-07")),
    ("weekday", "released later on Saturday", SAT, FUT, ("2023-11-25", "2023-11-25")),
    ("weekday", "clashes late on Sunday", SAT, PAST, ("2023-11-19", "2023-11-19")),
    ("weekday", "approved early on Wednesday", SAT, PAST, ("2023-11-22", "2023-11-22")),
    ("weekday", "summoned on Tuesday evening", MON, PAST, ("2021-02-16", "2021-02-16")),
    ("weekday", "met last Thursday", THU, PAST, ("2019-03-07", "2019-03-07")),
    ("weekday", "will meet next Thursday", THU, FUT, ("2019-03-21", "2019-03-21")),
    ("weekday", "a march next Wednesday", D("2023-07-12"), FUT, ("2023-07-19", "2023-07-19")),
    ("weekday", "struck on Wednesday", LEAP, PAST, ("2024-02-28", "2024-02-28")),
    # overnight, night, midnight
    ("day_word", "shelled the city overnight", THU, PAST, ("2019-03-13", "2019-03-14")),
    (
        "overnight_day",
        "struck targets overnight on Saturday",
        D("2022-11-21"),
        PAST,
        ("2022-11-19", "2022-11-20"),
    ),
    ("overnight_day", "clashes on Friday night", THU, PAST, ("2019-03-08", "2019-03-09")),
    (
        "overnight_day",
        "took effect at midnight on Sunday",
        D("2020-01-14"),
        PAST,
        ("2020-01-12", "2020-01-13"),
    ),
    ("overnight_day", "takes effect at midnight on Sunday", THU, FUT, ("2019-03-17", "2019-03-18")),
    # ranges
    (
        "weekday_range",
        "The trip, from Monday to Wednesday, includes",
        THU,
        FUT,
        ("2019-03-18", "2019-03-20"),
    ),
    (
        "weekday_range",
        "the talks, from Monday to Wednesday, ended",
        THU,
        PAST,
        ("2019-03-11", "2019-03-13"),
    ),
    ("weekday_range", "between Tuesday and Thursday", MON, FUT, ("2021-02-23", "2021-02-25")),
    ("between_years", "fighting between 2014 and 2016", THU, PAST, ("2014-01-01", "2016-12-31")),
    ("between_years", "from 2001 to 2003", None, PAST, ("2001-01-01", "2003-12-31")),
    ("year_range", "the 2014-16 drought", THU, PAST, ("2014-01-01", "2016-12-31")),
    ("month_range", "from March to May", THU, FUT, ("2019-03-14", "2019-05-31")),
    ("month_range", "between June and August", SUN, PAST, ("2022-06-01", "2022-08-31")),
    ("month_range", "from March 2015 to June 2016", None, PAST, ("2015-03-01", "2016-06-30")),
    ("day_range", "on March 3-5", THU, PAST, ("2019-03-03", "2019-03-05")),
    ("day_range", "from May 6 to May 20", THU, FUT, ("2019-05-06", "2019-05-20")),
    ("day_range", "June 3 to 5, 2012", None, PAST, ("2012-06-03", "2012-06-05")),
    # last / next / this week, month, year
    ("rel_unit", "Pompeo will travel to Seoul next week", THU, FUT, ("2019-03-18", "2019-03-24")),
    ("rel_unit", "signed last week in Rome", D("2020-01-14"), PAST, ("2020-01-06", "2020-01-12")),
    ("rel_unit", "arrested this week", THU, PAST, ("2019-03-11", "2019-03-14")),
    ("rel_unit", "will vote this week", THU, FUT, ("2019-03-14", "2019-03-17")),
    ("rel_unit", "held in Hanoi last month", THU, PAST, ("2019-02-01", "2019-02-28")),
    ("rel_unit", "held last month", SUN, PAST, ("2022-12-01", "2022-12-31")),
    ("rel_unit", "will meet next month", SUN, FUT, ("2023-02-01", "2023-02-28")),
    ("rel_unit", "renewed this month", THU, PAST, ("2019-03-01", "2019-03-14")),
    ("rel_unit", "elections next year", THU, FUT, ("2020-01-01", "2020-12-31")),
    ("rel_unit", "elections last year", SUN, PAST, ("2022-01-01", "2022-12-31")),
    ("rel_unit", "signed this year", THU, PAST, ("2019-01-01", "2019-03-14")),
    ("rel_unit", "in the past week", THU, PAST, ("2019-03-07", "2019-03-14")),
    (
        "early_late_rel",
        "declared earlier this month",
        D("2021-09-10"),
        PAST,
        ("2021-09-01", "2021-09-10"),
    ),
    (
        "early_late_rel",
        "exercises later this month",
        D("2021-09-10"),
        FUT,
        ("2021-09-10", "2021-09-30"),
    ),
    ("early_late_rel", "agreed earlier this year", THU, PAST, ("2019-01-01", "2019-03-14")),
    ("early_late_rel", "elected late last year", THU, PAST, ("2018-08-31", "2018-12-31")),
    ("early_late_rel", "talks early next year", THU, FUT, ("2020-01-01", "2020-05-02")),
    ("part_of_unit", "by the end of the month", THU, FUT, ("2019-03-14", "2019-03-31")),
    ("part_of_unit", "at the end of last year", THU, PAST, ("2018-08-31", "2018-12-31")),
    ("weekend", "talks over the weekend", MON, PAST, ("2021-02-20", "2021-02-21")),
    ("weekend", "talks this weekend", THU, FUT, ("2019-03-16", "2019-03-17")),
    ("weekend", "rallies last weekend", THU, PAST, ("2019-03-09", "2019-03-10")),
    ("weekend", "rallies over the weekend", SAT, PAST, ("2023-11-25", "2023-11-25")),
    # X days ago, recent, coming
    ("ago", "urged Tehran two days ago", MON, PAST, ("2021-02-20", "2021-02-20")),
    ("ago", "reached the port two days ago", D("2018-09-20"), PAST, ("2018-09-18", "2018-09-18")),
    ("ago", "three weeks ago", THU, PAST, ("2019-02-18", "2019-02-24")),
    ("ago", "two months ago", THU, PAST, ("2019-01-01", "2019-02-10")),
    ("ago", "a year ago", THU, PAST, ("2017-09-12", "2018-09-13")),
    ("ago", "a few days ago", THU, PAST, ("2019-03-04", "2019-03-14")),
    ("recent", "detained in recent days", D("2022-11-17"), PAST, ("2022-11-07", "2022-11-17")),
    ("coming", "in the coming days", THU, FUT, ("2019-03-14", "2019-03-17")),
    ("coming", "within two weeks", THU, FUT, ("2019-03-14", "2019-03-28")),
    ("within_past", "over the past three days", THU, PAST, ("2019-03-11", "2019-03-14")),
    # months with and without days
    (
        "month",
        "since the protests began in March",
        D("2023-07-12"),
        PAST,
        ("2023-03-01", "2023-03-31"),
    ),
    ("month", "announced in March", THU, PAST, ("2019-03-01", "2019-03-14")),
    ("month", "will hold talks in March", THU, FUT, ("2019-03-14", "2019-03-31")),
    ("month", "agreed in July", THU, PAST, ("2018-07-01", "2018-07-31")),
    ("month", "will vote in July", THU, FUT, ("2019-07-01", "2019-07-31")),
    ("month", "sentenced in December", SUN, PAST, ("2022-12-01", "2022-12-31")),
    ("month", "talks in December", SUN, FUT, ("2023-12-01", "2023-12-31")),
    ("month", "in talks last December", D("2019-08-21"), PAST, ("2018-12-01", "2018-12-31")),
    ("month", "elections next January", SUN, FUT, ("2024-01-01", "2024-01-31")),
    ("month", "boycotted in April", D("2023-05-31"), PAST, ("2023-04-01", "2023-04-30")),
    ("month_day", "the July 11 NATO summit", THU, FUT, ("2019-07-11", "2019-07-11")),
    ("month_day", "the July 11 summit", THU, PAST, ("2018-07-11", "2018-07-11")),
    (
        "month_day",
        "last met in Istanbul on March 29",
        D("2022-05-18"),
        PAST,
        ("2022-03-29", "2022-03-29"),
    ),
    ("month_day", "their attack on Oct. 7", D("2023-11-25"), PAST, ("2023-10-07", "2023-10-07")),
    ("month_day", "due to begin on Sept. 20", D("2021-09-10"), FUT, ("2021-09-20", "2021-09-20")),
    (
        "month_day",
        "a deal signed on November 2",
        D("2022-11-17"),
        PAST,
        ("2022-11-02", "2022-11-02"),
    ),
    ("month_day", "on December 30", SUN, PAST, ("2022-12-30", "2022-12-30")),
    ("month_day", "on February 29", LEAP, PAST, ("2024-02-29", "2024-02-29")),
    ("day_month", "on 23 May", MON, PAST, ("2020-05-23", "2020-05-23")),
    ("day_month", "on the 4th of July", THU, FUT, ("2019-07-04", "2019-07-04")),
    ("month_of_rel_year", "in June of last year", THU, PAST, ("2018-06-01", "2018-06-30")),
    (
        "month_of_rel_year",
        "In July of last year, Estonia expelled",
        D("2024-02-09"),
        PAST,
        ("2023-07-01", "2023-07-31"),
    ),
    (
        "month_of_rel_year",
        "in February of last year",
        D("2021-09-28"),
        PAST,
        ("2020-02-01", "2020-02-29"),
    ),
    ("month_of_rel_year", "in May of next year", THU, FUT, ("2020-05-01", "2020-05-31")),
    ("month_year", "in March 2015", THU, PAST, ("2015-03-01", "2015-03-31")),
    ("month_year", "in November 2017", None, PAST, ("2017-11-01", "2017-11-30")),
    ("month_day_year", "on May 23, 2021", None, PAST, ("2021-05-23", "2021-05-23")),
    ("day_month_year", "on 23 May 2021", None, PAST, ("2021-05-23", "2021-05-23")),
    ("iso", "on 2021-05-23", None, PAST, ("2021-05-23", "2021-05-23")),
    ("part_of_month", "seized in early March", D("2022-05-18"), PAST, ("2022-03-01", "2022-03-11")),
    ("part_of_month", "in mid-March", THU, PAST, ("2019-03-10", "2019-03-14")),
    ("part_of_month", "in late March", THU, PAST, ("2018-03-21", "2018-03-31")),
    ("part_of_month", "in late March", THU, FUT, ("2019-03-21", "2019-03-31")),
    ("part_of_month", "at the end of January", D("2022-08-16"), PAST, ("2022-01-21", "2022-01-31")),
    ("part_of_month", "by the end of June", THU, FUT, ("2019-03-14", "2019-06-30")),
    ("part_of_month", "in early 2015", None, PAST, None),  # not a month: see in_year
    # years, decades, since
    ("in_year", "In 2017, the exercises were held", THU, PAST, ("2017-01-01", "2017-12-31")),
    ("in_year", "elections in 2024", THU, FUT, ("2024-01-01", "2024-12-31")),
    ("in_year", "signed in 2019", THU, PAST, ("2019-01-01", "2019-03-14")),
    ("decade", "in the 1990s", THU, PAST, ("1990-01-01", "1999-12-31")),
    ("decade", "since the early 2000s", THU, PAST, ("2000-01-01", "2019-03-14")),
    ("in_year", "since 2015", THU, PAST, ("2015-01-01", "2019-03-14")),
    ("in_year", "since 2015", THU, FUT, ("2015-01-01", "2019-03-14")),
    ("weekday", "arrested since Monday", D("2023-07-12"), PAST, ("2023-07-10", "2023-07-12")),
    ("month", "detained since August", D("2019-11-07"), PAST, ("2019-08-01", "2019-11-07")),
    ("month_day", "since May 6", D("2023-05-22"), PAST, ("2023-05-06", "2023-05-22")),
    (
        "month_of_rel_year",
        "since August of last year",
        D("2018-09-20"),
        PAST,
        ("2017-08-01", "2018-09-20"),
    ),
    ("for_years", "have clashed for years", THU, PAST, (None, "2019-03-14")),
    # day words relative to publication
    ("day_word", "said yesterday", THU, PAST, ("2019-03-13", "2019-03-13")),
    ("day_word", "will vote today", THU, FUT, ("2019-03-14", "2019-03-14")),
    ("day_word", "will vote tomorrow", THU, FUT, ("2019-03-15", "2019-03-15")),
    ("day_word", "protests last night", THU, PAST, ("2019-03-13", "2019-03-14")),
    ("day_word", "had met the day before", THU, PAST, ("2019-03-12", "2019-03-13")),
    ("day_word", "the previous day", THU, PAST, ("2019-03-12", "2019-03-13")),
    ("offset", "a day earlier", THU, PAST, ("2019-03-06", "2019-03-14")),
    ("dateparser", "talks in two weeks", THU, FUT, ("2019-03-25", "2019-03-31")),
    ("dateparser", "the vote on the 15th", THU, FUT, ("2019-03-15", "2019-03-15")),
    ("day_word", "the next day", THU, PAST, ("2019-03-08", "2019-03-14")),
    ("offset", "responded two days later.", THU, PAST, ("2019-03-05", "2019-03-14")),
]


# -- anchored: counted from the event the text just told --------------------------------------
OCT18 = When(D("2019-10-18"), D("2019-10-18"), "on October 18", "day", "explicit")


JULY = When(D("2023-07-01"), D("2023-07-31"), "In July of last year", "month", "relative")


NOV17 = When(D("2017-11-01"), D("2017-11-30"), "in November 2017", "month", "explicit")


@pytest.mark.parametrize(
    "kind,text,published,future,expected",
    CASES,
    ids=[f"{c[0]}:{c[1]}:{c[2]}:{'fut' if c[3] else 'past'}" for c in CASES],
)
def test_expression(kind, text, published, future, expected):
    found = W.find(text)
    if expected is None:
        assert not any(t.kind == kind for t in found)
        return
    assert found, text
    assert found[0].kind == kind, (found[0].kind, found[0].text)
    assert span(text, published, future) == expected


def test_every_rule_kind_is_tested():
    tested = {c[0] for c in CASES} | {"anchored"}
    kinds = {k for k, _ in W.RULES}
    assert kinds <= tested, kinds - tested


@pytest.mark.parametrize(
    "text,anchor,expected",
    [
        ("suspended the fare rise the next day", OCT18, ("2019-10-19", "2019-10-19")),
        ("a day earlier", OCT18, ("2019-10-17", "2019-10-17")),
        ("the day before", OCT18, ("2019-10-17", "2019-10-17")),
        ("on the same day", OCT18, ("2019-10-18", "2019-10-18")),
        ("Moscow responded two days later by expelling", JULY, ("2023-07-03", "2023-08-02")),
        ("three weeks later, they met", OCT18, ("2019-11-05", "2019-11-11")),
        ("a month later, he resigned", OCT18, ("2019-11-01", "2019-11-30")),
        ("won every seat in elections the following year", NOV17, ("2018-01-01", "2018-12-31")),
        ("the previous year", NOV17, ("2016-01-01", "2016-12-31")),
        ("the following week", OCT18, ("2019-10-21", "2019-10-27")),
    ],
)
def test_anchored(text, anchor, expected):
    t = W.find(text)[0]
    assert t.needs_anchor
    assert span(text, D("2024-02-09"), PAST, anchor) == expected


def test_two_months_after_a_clause_is_not_an_offset_expression():
    # "two months after its president was arrested" dates the arrest, not the main clause
    assert not any(
        t.kind == "offset" for t in W.find("two months after its president was arrested")
    )


# -- not time expressions ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Iran may retaliate",
        "this may be the last chance",
        "a march through the city",
        "thousands march on parliament",
        "2,000 people were killed",
        "about 1990 troops",
        "a $2019 fine",
        "the Sun newspaper",
        "sat down on Sat",
        "Resolution 2254",
        "held talks at Mar-a-Lago",
        "UN resolution No. 2017",
        "marched 2000 metres",
    ],
)
def test_non_expressions(text):
    assert W.find(text) == []


def test_explicit_dates_need_no_publication_date():
    assert span("in March 2015", None) == ("2015-03-01", "2015-03-31")
    assert W.find("on Monday")[0].resolve(None, PAST) is None


def test_basis_and_precision():
    w = one("held in Hanoi last month", THU)
    assert (w.basis, w.precision) == ("relative", "month")
    w = one("in March 2015", THU)
    assert (w.basis, w.precision) == ("explicit", "month")
    w = one("on Monday", THU)
    assert w.precision == "day"
    assert one("from Monday to Wednesday", THU, FUT).precision == "range"


def test_intervals_always_contain_their_start_before_their_end():
    for case in CASES:
        text = case[1]
        for t in W.find(text):
            for p in (THU, SUN, SAT, MON, LEAP):
                for f in (PAST, FUT):
                    w = t.resolve(p, f)
                    if w is not None and w.start and w.end:
                        assert w.start <= w.end, (text, p, f, w)


def test_publication_interval():
    assert W.publication_interval(THU, "asserted") == When(
        D("2019-03-07"), THU, None, "week", "publication"
    )
    planned = W.publication_interval(THU, "planned")
    assert (planned.start, planned.end, planned.basis) == (THU, None, "publication")
    assert W.publication_interval(None, "asserted").start is None


@pytest.mark.parametrize(
    "text,published,future,expected",
    [
        ("in two weeks", THU, FUT, ("2019-03-25", "2019-03-31")),
        ("March", THU, PAST, ("2019-03-01", "2019-03-31")),
    ],
)
def test_dateparser_fallback(text, published, future, expected):
    w = W.parse_fallback(text, published, future)
    assert w is not None
    assert (w.start.isoformat(), w.end.isoformat()) == expected


def test_dateparser_answer_on_the_wrong_side_of_publication_is_dropped():
    # "on the 15th" in a past clause published on the 14th cannot be the 15th of this month
    assert W.find("voted on the 15th")[0].resolve(THU, PAST) is None
