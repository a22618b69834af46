"""Time expressions -> intervals, relative to the publication date and the clause's tense.

Every expression becomes an interval [start, end] that contains the true date: when the
text is vague the interval is wide, never falsely precise. Three things decide it:

- the publication date: "on Thursday", "last week", "earlier this month", "two days ago"
  are counted from it;
- the tense of the clause (`future`): "on Thursday" in a past clause is the latest
  Thursday on or before publication, in a future clause the next one (the publication day
  itself counts in both: wire copy writes the weekday for "today"); "in March" is the
  last March in a past clause, the next in a future one. A past event cannot happen after
  publication and a planned one not before it, so an interval that straddles the
  publication day is cut there ("this week" in a past clause ends on publication day);
- an anchor, for expressions that count from another event: "the next day", "a day
  earlier", "two days later", "the following year". Without an anchor they count from
  publication.

The rules below are this module's own (dateparser gets ranges, "July of last year" and
"earlier this month" wrong and cannot know the clause's tense); `parse_fallback` hands
what no rule resolves to dateparser.

Rule kinds (each has tests in tests/ground/test_time_expressions.py):
  iso, between_years, year_range, month_range, day_range, weekday_range,
  month_day_year, day_month_year, part_of_month, part_of_unit, month_of_rel_year,
  month_year, month_day, day_month, early_late_rel, weekend, rel_unit, coming, recent,
  ago, offset, within_past, overnight_day, decade, in_year, weekday, month, day_word,
  for_years; plus the prefixes "since" (ongoing: start of the expression to
  publication) and "by" (a deadline: publication to the end of the expression).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from .model import When

ONE = dt.timedelta(days=1)
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
# the full names alone ("friday"), for the parse repairs and subject finding
WEEKDAY_NAMES = frozenset(d.lower() for d in calendar.day_name)
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "fifteen": 15, "twenty": 20, "thirty": 30,
           "several": None, "few": None, "a few": None, "some": None}  # fmt: skip
UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366, "decade": 3653}

_WD = r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?"
_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")  # fmt: skip
_NUM = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"fifteen|twenty|thirty|several|a few|few|some)")  # fmt: skip
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_D = r"(\d{1,2})(?:st|nd|rd|th)?"
_PART = (r"(early|earlier|mid|middle|late|later|the end|the beginning|the start|the middle|"
         r"the first half|the second half|the turn)")  # fmt: skip
_TO = r"(?:to|through|until|till|and|-|–|—)"


def _rx(p: str) -> re.Pattern[str]:
    return re.compile(p, re.I)


# order matters: longer, more specific expressions first
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso", _rx(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("between_years", _rx(rf"\b(?:between|from)\s+({_YEAR})\s+{_TO}\s+({_YEAR})\b")),
    ("year_range", _rx(rf"\b({_YEAR})\s*[-–]\s*(\d{{2}}|{_YEAR})\b(?!\s*(?:season|budget))")),
    (
        "month_range",
        _rx(
            rf"\b(?:between|from)\s+({_MON})(?:\s+({_YEAR}))?\s+{_TO}\s+({_MON})(?:,?\s+({_YEAR}))?\b"
        ),
    ),
    (
        "day_range",
        _rx(
            rf"\b(?:between\s+|from\s+)?({_MON})\s+{_D}\s*{_TO}\s*(?:({_MON})\s+)?{_D}(?:,?\s+({_YEAR}))?\b"
        ),
    ),
    (
        "weekday_range",
        _rx(rf"\b(?:between\s+|from\s+)?({_WD})\s*(?:to|through|until|till|and|-|–)\s*({_WD})\b"),
    ),
    ("month_day_year", _rx(rf"\b({_MON})\s+{_D},?\s+({_YEAR})\b")),
    ("day_month_year", _rx(rf"\b{_D}\s+(?:of\s+)?({_MON}),?\s+({_YEAR})\b")),
    (
        "part_of_month",
        _rx(
            rf"\b{_PART}(?:[\s-]+of)?[\s-]+({_MON})(?:,?\s+({_YEAR})|\s+(?:of\s+)?(last|this|next)\s+year)?\b"
        ),
    ),
    (
        "part_of_unit",
        _rx(rf"\b{_PART}\s+of\s+(?:the\s+)?(last|this|next|the)\s+(week|month|year)\b"),
    ),
    ("month_of_rel_year", _rx(rf"\b({_MON})\s+(?:of\s+)?(last|this|next)\s+year\b")),
    ("month_year", _rx(rf"\b({_MON}),?\s+(?:of\s+)?({_YEAR})\b")),
    ("month_day", _rx(rf"\b({_MON})\s+{_D}\b(?!\s*,?\s*\d{{4}})(?!\s*(?:percent|%|people|km))")),
    ("day_month", _rx(rf"\b(?:the\s+)?{_D}\s+(?:of\s+)?({_MON})\b(?!,?\s+\d{{4}})")),
    (
        "early_late_rel",
        _rx(r"\b(earlier|later|early|late)\s+(?:(this|last|next)|in\s+the)\s+(week|month|year)\b"),
    ),
    (
        "weekend",
        _rx(
            r"\b(?:(over|at|during)\s+the|(this|last|next|the\s+previous|the\s+following|the\s+coming|the\s+past))\s+weekend\b"
        ),
    ),
    (
        "rel_unit",
        _rx(
            r"\b(last|next|this|past|coming|previous|following|same|that)\s+(week|month|year|decade)\b"
        ),
    ),
    (
        "coming",
        _rx(
            rf"\b(?:in|over|during|within)\s+the\s+(?:coming|next|following)\s+(?:({_NUM})\s+)?(day|week|month|year)s?\b"
            rf"|\bwithin\s+({_NUM})\s+(day|week|month|year)s?\b"
        ),
    ),
    (
        "recent",
        _rx(
            r"\b(?:in|over|during)\s+(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(day|week|month|year)s\b"
        ),
    ),
    ("ago", _rx(rf"\b({_NUM})\s+(day|week|month|year|decade)s?\s+ago\b")),
    (
        "offset",
        _rx(
            rf"\b({_NUM})\s+(day|week|month|year)s?\s+(later|earlier|afterwards|before|after)\b"
            r"(?=\s*(?:[,.;:)]|$|and\b|but\b|when\b|on\b|in\b|to\b|by\b))"
        ),
    ),
    (
        "within_past",
        _rx(
            rf"\b(?:in|over|during|for)?\s*the\s+(?:past|last|previous)\s+({_NUM})\s+(day|week|month|year)s?\b"
        ),
    ),
    (
        "overnight_day",
        _rx(
            rf"\b(?:overnight\s+(?:on\s+|into\s+|to\s+)?({_WD})|(?:late\s+)?(?:on\s+)?({_WD})\s+night|"
            rf"(?:on\s+)?the\s+night\s+of\s+({_WD})|(?:at\s+)?midnight\s+(?:on\s+)?({_WD}))\b"
        ),
    ),
    ("decade", _rx(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(1[89]\d0|20[0-2]0)s\b")),
    (
        "in_year",
        _rx(
            rf"(?<![\d,.$£€])\b({_YEAR})\b(?![,.]\d)(?!\s*(?:people|troops|soldiers|km|kilometres|kilometers|miles|dollars|tons|tonnes|metres|meters|feet|%|percent)\b)"
        ),
    ),
    (
        "weekday",
        _rx(
            rf"\b(?:(?:late|early)\s+(?:on\s+)?)?(?:(last|this|next|coming|past)\s+)?({_WD})\b"
            r"(?:\s+(?:morning|afternoon|evening))?"
        ),
    ),
    (
        "month",
        _rx(
            rf"\b(?:in|during|until|till|by|since|(last|next|this|coming|past))\s+({_MON})(?!\s*\d)(?![\w-])"
        ),
    ),
    (
        "day_word",
        _rx(
            r"\b(yesterday|today|tomorrow|tonight|overnight|last\s+night|this\s+morning|this\s+afternoon|"
            r"this\s+evening|earlier\s+today|later\s+today|on\s+the\s+same\s+day|that\s+day|the\s+same\s+day|"
            r"the\s+day\s+before|the\s+previous\s+day|the\s+day\s+earlier|a\s+day\s+earlier|a\s+day\s+before|"
            r"the\s+next\s+day|the\s+following\s+day|a\s+day\s+later|the\s+day\s+after|the\s+next\s+morning|"
            r"the\s+previous\s+night|the\s+night\s+before|"
            r"(?:(?:a\s+few|several|some|two|three|\d+)\s+)?hours\s+(?:later|earlier|afterwards))\b"
        ),
    ),
    # dateparser is right about these (and is asked only about these): "in two weeks",
    # "on the 15th"; its answer is checked against the clause's tense
    (
        "dateparser",
        _rx(
            rf"\b(?:in\s+(?:{_NUM})\s+(?:day|week|month)s?(?!\s+(?:ago|time))|on\s+the\s+\d{{1,2}}(?:st|nd|rd|th))\b"
        ),
    ),
    (
        "for_years",
        _rx(
            r"\bfor\s+(?:years|decades|months|weeks|a\s+decade|many\s+years|several\s+years|a\s+long\s+time|"
            r"generations|centuries)\b"
        ),
    ),
]
# expressions counted from another event's time when the text gives one
ANCHORED = {"offset", "rel_unit:previous", "rel_unit:following", "rel_unit:same", "rel_unit:that",
            "weekend:previous", "weekend:following"}  # fmt: skip
# day words counted from another event's date ("the next day"): the days they add to its
# first and last day
ANCHORED_DAYS = {
    **dict.fromkeys(("that day", "the same day", "on the same day"), (0, 0)),
    **dict.fromkeys(("the day before", "the previous day", "the day earlier", "a day earlier",
                     "a day before"), (-1, -1)),
    **dict.fromkeys(("the previous night", "the night before", "hours earlier"), (-1, 0)),
    "hours later": (0, 1),  # the same day, or past midnight
    **dict.fromkeys(("the next day", "the following day", "a day later", "the day after",
                     "the next morning"), (1, 1)),
}  # fmt: skip
# the step of a unit's modifier from the date it counts from ("last week", "the following
# month"): from publication, or from another event's date for those in ANCHORED
UNIT_STEPS = {"last": -1, "past": -1, "previous": -1, "this": 0, "same": 0, "that": 0, "next": 1,
              "coming": 1, "following": 1}  # fmt: skip
_PREFIX = re.compile(r"(?:\b(since|by|until|till|before|after)\s+(?:the\s+)?)$", re.I)
_MAY_OK = re.compile(r"^(?:in|during|until|till|by|last|next|this|coming|past)\s", re.I)


@dataclass
class TimeExpr:
    start: int  # character offsets in the text searched
    end: int
    text: str
    kind: str
    match: re.Match
    prefix: str = ""  # "since", "by", "until", "before", "after" just before it

    @property
    def needs_anchor(self) -> bool:
        """Counted from another event when the text gives one ("the next day")."""
        if self.kind == "day_word":
            return _norm(self.match.group(1)) in ANCHORED_DAYS
        if self.kind == "offset":
            return True
        if self.kind in ("rel_unit", "weekend"):
            return f"{self.kind}:{self.modifier}" in ANCHORED
        return False

    @property
    def modifier(self) -> str:
        if self.kind == "rel_unit":
            return self.match.group(1).lower()
        if self.kind == "weekend":
            w = (self.match.group(2) or "").lower()
            return w.replace("the ", "").strip()
        return ""

    def resolve(
        self, published: dt.date | None, future: bool, anchor: When | None = None
    ) -> When | None:
        return resolve(self, published, future, anchor)


def _norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s.lower().strip())
    if s.endswith(("hours later", "hours earlier", "hours afterwards")):
        # "hours later", "a few hours later", "three hours afterwards": one phrase
        return "hours earlier" if s.endswith("earlier") else "hours later"
    return s


def find(text: str) -> list[TimeExpr]:
    """Non-overlapping time expressions in a sentence, left to right."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in RULES:
        for m in rx.finditer(text):
            s, e = m.span()
            while s < e and text[s] in " \t":
                s += 1
            if s >= e or any(s < b and a < e for a, b in taken):
                continue
            if not _plausible(kind, m, text):
                continue
            found.append(TimeExpr(s, e, text[s:e], kind, m))
            taken.append((s, e))
    for t in found:
        if t.text.lower().startswith("since "):
            t.prefix = "since"
            continue
        p = _PREFIX.search(text[max(0, t.start - 20) : t.start])
        if p and t.kind not in ("between_years", "month_range"):
            t.prefix = p.group(1).lower()
    found.sort(key=lambda t: t.start)
    return found


def _capitalised(word: str, whole: str) -> bool:
    """Month and weekday names count only as written in news: "March", "May", "Sunday";
    "march", "may" and "sun" are other words (a text in capitals passes)."""
    return word[:1].isupper() or whole.isupper()


def _plausible(kind: str, m: re.Match, text: str) -> bool:
    whole = m.group(0)
    if kind in ("month", "month_day", "day_month", "month_year", "month_day_year", "day_month_year",
                "month_of_rel_year", "part_of_month", "day_range", "month_range"):  # fmt: skip
        words = [x for x in m.groups() if x and x.lower().rstrip(".") in MONTHS]
        if not words or not all(_capitalised(w, whole) for w in words):
            return False
        if kind == "month" and words[0].lower() == "may" and not _MAY_OK.match(whole):
            return False
        return True
    if kind in ("weekday", "weekday_range", "overnight_day"):
        words = [x for x in m.groups() if x and x.lower()[:3] in {w[:3] for w in WEEKDAYS}
                 and x.lower() not in ("last", "this", "next", "coming", "past")]  # fmt: skip
        # three-letter abbreviations ("Sat", "Sun", "Wed") are too often other words
        return bool(words) and all(_capitalised(w, whole) and len(w.rstrip(".")) > 3 for w in words)
    if kind == "in_year":
        before = text[max(0, m.start(1) - 14) : m.start(1)].lower()
        if re.search(
            r"(?:no\.|number|#|route|flight|article|resolution|paragraph|page|rule)\s*$", before
        ):
            return False
        return True
    if kind == "year_range":
        a = int(m.group(1))
        b = m.group(2)
        b_full = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        return a < b_full <= a + 30
    return True


# -- resolution ---------------------------------------------------------------------------------
def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _shift_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def _num(s: str | None) -> int | None:
    if s is None:
        return 1
    s = s.lower()
    if s.isdigit():
        return int(s)
    return NUMBERS.get(s)


def _weekday_index(word: str) -> int:
    w = word.lower()
    for name, i in WEEKDAYS.items():
        if w.startswith(name[:3]):
            return i
    raise KeyError(word)


def weekday_date(word: str, published: dt.date, future: bool, modifier: str = "") -> dt.date:
    """The date a weekday names. Bare or with "this": the publication day itself counts
    (wire copy writes "on Saturday" for today); past clause -> on or before publication,
    future -> on or after. "last" is strictly before, "next"/"coming" strictly after."""
    target = _weekday_index(word)
    modifier = modifier.lower()
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if modifier in ("last", "past"):
        return published - dt.timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return published + dt.timedelta(days=ahead or 7)
    if future:
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back)


def _month_of(m: str) -> int:
    return MONTHS[m.lower().rstrip(".")]


def _month_interval(
    month: int, published: dt.date, future: bool, modifier: str = ""
) -> tuple[dt.date, dt.date]:
    """ "in March": the last March (past clause) or the next (future); "last March" is
    strictly before the current month, "next March" strictly after, "this March" this year."""
    y = published.year
    modifier = modifier.lower()
    if modifier == "this":
        pass
    elif modifier in ("last", "past"):
        if month >= published.month:
            y -= 1
    elif modifier in ("next", "coming"):
        if month <= published.month:
            y += 1
    elif future and month < published.month:
        y += 1
    elif not future and month > published.month:
        y -= 1
    return dt.date(y, month, 1), month_end(y, month)


def _month_day(month: int, day: int, published: dt.date, future: bool) -> dt.date | None:
    y = published.year
    try:
        d = dt.date(y, month, day)
    except ValueError:
        return None
    if future and d < published:
        d = _shift_years(d, 1)
    elif not future and d > published:
        d = _shift_years(d, -1)
    return d


def _year_of(y: str, ref: int) -> int:
    return int(y) if len(y) == 4 else (ref // 100) * 100 + int(y)


def _part(a: dt.date, b: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """Part of an interval: early March is the 1st-10th, mid 10th-20th, late 19th-end,
    "the end of" the last 11 days, halves are halves."""
    part = _norm(part)
    n = (b - a).days + 1
    third = max(1, round(n / 3))
    if part in ("early", "the beginning", "the start"):
        return a, a + dt.timedelta(days=third)
    if part in ("mid", "middle", "the middle"):
        return a + dt.timedelta(days=third - 1), b - dt.timedelta(days=third - 1)
    if part in ("late", "the end"):
        return b - dt.timedelta(days=third), b
    if part == "the first half":
        return a, a + dt.timedelta(days=n // 2)
    if part == "the second half":
        return a + dt.timedelta(days=n // 2 - 1), b
    if part == "the turn":  # "the turn of the year": a few weeks either side of its end
        return b - dt.timedelta(days=21), b + dt.timedelta(days=21)
    return a, b


def _unit_interval(unit: str, d: dt.date) -> tuple[dt.date, dt.date]:
    if unit == "week":
        return _week_of(d)
    if unit == "month":
        return d.replace(day=1), month_end(d.year, d.month)
    if unit == "decade":
        y = d.year - d.year % 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)


def _step(unit: str, d: dt.date, n: int) -> dt.date:
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return _add_months(d.replace(day=1), n)
    if unit == "decade":
        return _shift_years(d, 10 * n)
    return _shift_years(d, n)


def _w(
    a: dt.date | None, b: dt.date | None, text: str, precision: str, basis: str = "relative"
) -> When:
    return When(a, b, text, precision, basis)


def _precision_of(a: dt.date, b: dt.date) -> str:
    n = (b - a).days
    if n == 0:
        return "day"
    if a.day == 1 and b == month_end(b.year, b.month) and a.month == b.month and a.year == b.year:
        return "month"
    if a == dt.date(a.year, 1, 1) and b == dt.date(a.year, 12, 31):
        return "year"
    if n == 6 and a.weekday() == 0:
        return "week"
    return "range"


def resolve(
    t: TimeExpr, published: dt.date | None, future: bool, anchor: When | None = None
) -> When | None:
    """The interval an expression names, or None when it cannot be placed."""
    if t.prefix == "since":
        future = False  # "since Monday": ongoing from a past start
    try:
        w = _resolve(t, published, future, anchor)
    except (ValueError, KeyError, OverflowError):
        return None
    if w is None:
        return None
    return _apply_prefix(t, w, published, future)


def _apply_prefix(t: TimeExpr, w: When, published: dt.date | None, future: bool) -> When:
    """ "since 2015": from the start of 2015 to publication (ongoing); "by Friday" in a
    future clause: from publication to Friday; a past event cannot follow publication and a
    planned one cannot precede it."""
    text = t.text
    if t.prefix == "since" and w.start is not None:
        end = published if published and published >= w.start else w.end
        said = text if text.lower().startswith("since ") else f"since {text}"  # "since June"
        return When(w.start, end, said, "range", w.basis)
    if t.prefix == "by" and future and published and w.end and w.end >= published:
        return When(published, w.end, f"by {text}", "range", w.basis)
    if t.prefix in ("until", "till") and not future and w.end is not None:
        return When(w.start, w.end, w.text, w.precision, w.basis)
    if t.prefix == "after" and not future and published and w.start and w.start <= published:
        return When(w.start, published, f"after {text}", "range", w.basis)
    if t.prefix == "before" and w.start is not None:
        span = max(dt.timedelta(days=31), (w.end or w.start) - w.start)
        return When(w.start - span, w.start - ONE, f"before {text}", "range", w.basis)
    if published is None or w.start is None or w.end is None or t.kind == "for_years":
        return w
    if not future and w.start <= published < w.end:
        return When(w.start, published, w.text, _precision_of(w.start, published), w.basis)
    if future and w.start < published <= w.end:
        return When(published, w.end, w.text, _precision_of(published, w.end), w.basis)
    return w


def _resolve(
    t: TimeExpr, published: dt.date | None, future: bool, anchor: When | None
) -> When | None:
    m = t.match
    k = t.kind
    text = t.text
    g = m.group
    # -- absolute: need no publication date ------------------------------------------------
    if k == "iso":
        d = dt.date(int(g(1)), int(g(2)), int(g(3)))
        return _w(d, d, text, "day", "explicit")
    if k == "month_day_year":
        d = dt.date(int(g(3)), _month_of(g(1)), int(g(2)))
        return _w(d, d, text, "day", "explicit")
    if k == "day_month_year":
        d = dt.date(int(g(3)), _month_of(g(2)), int(g(1)))
        return _w(d, d, text, "day", "explicit")
    if k == "month_year":
        y, mo = int(g(2)), _month_of(g(1))
        return _w(dt.date(y, mo, 1), month_end(y, mo), text, "month", "explicit")
    if k == "between_years":
        a, b = sorted((int(g(1)), int(g(2))))
        return _w(dt.date(a, 1, 1), dt.date(b, 12, 31), text, "range", "explicit")
    if k == "year_range":
        a = int(g(1))
        b = _year_of(g(2), a)
        return _w(dt.date(a, 1, 1), dt.date(b, 12, 31), text, "range", "explicit")
    if k == "decade":
        y = int(g(1))
        return _w(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), text, "decade", "explicit")
    if k == "in_year":
        y = int(g(1))
        return _w(dt.date(y, 1, 1), dt.date(y, 12, 31), text, "year", "explicit")
    if k == "month_range" and g(2) and g(4):
        a = dt.date(int(g(2)), _month_of(g(1)), 1)
        b = month_end(int(g(4)), _month_of(g(3)))
        return _w(a, b, text, "range", "explicit") if a <= b else None
    if k == "day_range" and g(5):
        y = int(g(5))
        a = dt.date(y, _month_of(g(1)), int(g(2)))
        b = dt.date(y, _month_of(g(3) or g(1)), int(g(4)))
        return _w(a, b, text, "range", "explicit") if a <= b else None
    if k == "part_of_month" and g(3):
        y, mo = int(g(3)), _month_of(g(2))
        a, b = _part(dt.date(y, mo, 1), month_end(y, mo), g(1))
        return _w(a, b, text, "range", "explicit")
    if k == "for_years":
        return _w(None, published, text, "unknown", "relative")
    # -- counted from another event when there is one --------------------------------------
    if t.needs_anchor and anchor is not None and anchor.start is not None:
        return _anchored(t, anchor, published)
    if published is None:
        return None
    # -- relative to publication ------------------------------------------------------------
    if k == "weekday_range":
        a = weekday_date(g(1), published, future)
        b = a + dt.timedelta(days=(_weekday_index(g(2)) - a.weekday()) % 7)
        if not future and b > published:  # "from Monday to Wednesday" ending before today
            a -= dt.timedelta(days=7)
            b -= dt.timedelta(days=7)
        return _w(a, b, text, "range")
    if k == "weekday":
        d = weekday_date(g(2), published, future, g(1) or "")
        return _w(d, d, text, "day")
    if k == "overnight_day":
        word = g(1) or g(2) or g(3) or g(4)
        d = weekday_date(word, published, future)
        if g(1) and not re.search(r"\binto\b", text, re.I) and d == published and not future:
            return _w(d - ONE, d, text, "range")  # "overnight on Saturday" said on Saturday
        if re.search(r"\binto\b", text, re.I):
            return _w(d - ONE, d, text, "range")
        return _w(d, d + ONE, text, "range")
    if k == "month_of_rel_year":
        y = published.year + {"last": -1, "this": 0, "next": 1}[g(2).lower()]
        mo = _month_of(g(1))
        return _w(dt.date(y, mo, 1), month_end(y, mo), text, "month")
    if k in ("month_day", "day_month"):
        mo_s, d_s = (g(1), g(2)) if k == "month_day" else (g(2), g(1))
        d = _month_day(_month_of(mo_s), int(d_s), published, future)
        return _w(d, d, text, "day") if d else None
    if k == "day_range":
        mo_a, mo_b = _month_of(g(1)), _month_of(g(3) or g(1))
        a = _month_day(mo_a, int(g(2)), published, future)
        if a is None:
            return None
        b = dt.date(a.year + (1 if mo_b < mo_a else 0), mo_b, int(g(4)))
        return _w(a, b, text, "range") if a <= b else None
    if k == "month_range":
        mo_a, mo_b = _month_of(g(1)), _month_of(g(3))
        if g(2):
            a = dt.date(int(g(2)), mo_a, 1)
        else:
            a, _ = _month_interval(mo_a, published, future)
        yb = int(g(4)) if g(4) else a.year + (1 if mo_b < mo_a else 0)
        return _w(a, month_end(yb, mo_b), text, "range")
    if k == "month":
        a, b = _month_interval(_month_of(g(2)), published, future, g(1) or "")
        return _w(a, b, text, "month")
    if k == "part_of_month":
        mod = (g(4) or "").lower()
        mo = _month_of(g(2))
        if mod:
            y = published.year + {"last": -1, "this": 0, "next": 1}[mod]
            a, b = dt.date(y, mo, 1), month_end(y, mo)
        else:
            a, b = _month_interval(mo, published, future)
        pa, pb = _part(a, b, g(1))
        if not mod and not future and pa > published:  # "late March" said on 14 March: last year's
            pa, pb = _part(_shift_years(a, -1), month_end(a.year - 1, mo), g(1))
        elif not mod and future and pb < published:
            pa, pb = _part(_shift_years(a, 1), month_end(a.year + 1, mo), g(1))
        return _w(pa, pb, text, "range")
    if k == "part_of_unit":
        which, unit = g(2).lower(), g(3).lower()
        n = {"last": -1, "this": 0, "the": 0, "next": 1}[which]
        a, b = _unit_interval(unit, _step(unit, published, n))
        a, b = _part(a, b, g(1))
        return _w(a, b, text, "range")
    if k == "early_late_rel":
        part, which, unit = g(1).lower(), (g(2) or "this").lower(), g(3).lower()
        n = {"last": -1, "this": 0, "next": 1}[which]
        a, b = _unit_interval(unit, _step(unit, published, n))
        if which == "this" and part == "earlier":
            return _w(a, published, text, "range")
        if which == "this" and part == "later":
            return _w(published, b, text, "range")
        a, b = _part(a, b, {"earlier": "early", "later": "late"}.get(part, part))
        return _w(a, b, text, "range")
    if k == "weekend":
        return _weekend(t, published, future)
    if k == "rel_unit":
        return _rel_unit(g(1).lower(), g(2).lower(), published, text)
    if k == "coming":
        n = _num(g(1) or g(3)) if (g(1) or g(3)) else None
        unit = (g(2) or g(4)).lower()
        span = UNIT_DAYS[unit] * (n if n else 3)
        return _w(published, published + dt.timedelta(days=span), text, "range")
    if k == "recent":
        unit = g(1).lower()
        span = {"day": 10, "week": 42, "month": 200, "year": 3 * 366}[unit]
        return _w(published - dt.timedelta(days=span), published, text, "range")
    if k == "ago":
        n = _num(g(1))
        unit = g(2).lower()
        if n is None:  # "a few days ago"
            span = {"day": 10, "week": 42, "month": 200, "year": 3653, "decade": 36525}[unit]
            return _w(published - dt.timedelta(days=span), published, text, "range")
        if unit == "day":
            d = published - dt.timedelta(days=n)
            return _w(d, d, text, "day")
        if unit == "week":
            c = published - dt.timedelta(weeks=n)
            return _w(
                c - dt.timedelta(days=3), min(published, c + dt.timedelta(days=3)), text, "week"
            )
        if unit == "month":
            first = _add_months(published.replace(day=1), -n)
            # "two months ago" said on 3 May may mean early March or early April
            return _w(first, min(published, month_end(first.year, first.month) + dt.timedelta(days=10)),
                      text, "month")  # fmt: skip
        if unit == "decade":
            return _w(dt.date(published.year - 10 * n - 5, 1, 1), dt.date(published.year - 10 * n + 5, 12, 31),
                      text, "decade")  # fmt: skip
        # "a year ago", "three years ago": loosely said, so half a year either side
        c = _shift_years(published, -n)
        return _w(
            c - dt.timedelta(days=183), min(published, c + dt.timedelta(days=183)), text, "year"
        )
    if k == "offset":
        # "two days later" with nothing to count from: somewhere in the publication window
        # widened by the offset, before publication in a past clause, after it in a future one
        n = _num(g(1))
        span = dt.timedelta(days=UNIT_DAYS[g(2).lower()] * (n or 10) + PUBLICATION_WINDOW)
        if future:
            return _w(published, published + span, text, "range")
        return _w(published - span, published, text, "range")
    if k == "within_past":
        n = _num(g(1)) or 3
        days = UNIT_DAYS[g(2).lower()] * n
        return _w(published - dt.timedelta(days=days), published, text, "range")
    if k == "day_word":
        return _day_word(_norm(g(1)), published, text)
    if k == "dateparser":
        w = parse_fallback(text, published, future)
        if w is None or w.start is None or w.end is None:
            return None
        if (not future and w.start > published) or (future and w.end < published):
            return None  # dateparser picked the wrong side of publication: no claim
        return w
    return None


def _day_word(w: str, published: dt.date, text: str) -> When:
    table = {
        "yesterday": (published - ONE, published - ONE),
        "today": (published, published), "tonight": (published, published + ONE),
        "this morning": (published, published), "this afternoon": (published, published),
        "this evening": (published, published), "earlier today": (published, published),
        "later today": (published, published),
        "tomorrow": (published + ONE, published + ONE),
        "overnight": (published - ONE, published),
        "last night": (published - ONE, published),
        # counted from publication only when the text names no other event
        "on the same day": (published, published), "the same day": (published, published),
        "that day": (published - 7 * ONE, published),
        "the day before": (published - 2 * ONE, published - ONE),
        "the previous day": (published - 2 * ONE, published - ONE),
        "the day earlier": (published - 2 * ONE, published - ONE),
        "a day earlier": (published - 2 * ONE, published - ONE),
        "a day before": (published - 2 * ONE, published - ONE),
        "the previous night": (published - 2 * ONE, published),
        "the night before": (published - 2 * ONE, published),
        "the next day": (published - 6 * ONE, published + ONE),
        "the following day": (published - 6 * ONE, published + ONE),
        "a day later": (published - 6 * ONE, published + ONE),
        "the day after": (published - 6 * ONE, published + ONE),
        "the next morning": (published - 6 * ONE, published + ONE),
        "hours later": (published - 6 * ONE, published),
        "hours earlier": (published - 6 * ONE, published),
    }  # fmt: skip
    a, b = table[w]
    return _w(a, b, text, "day" if a == b else "range")


def _anchored(t: TimeExpr, anchor: When, published: dt.date | None) -> When | None:
    """ "the next day", "two days later", "the following year": counted from the event
    the text just told (the anchor), keeping the anchor's uncertainty."""
    a0, b0 = anchor.start, anchor.end or anchor.start
    text = t.text
    k = t.kind
    m = t.match
    if k == "day_word":
        days = ANCHORED_DAYS[_norm(m.group(1))]  # only those words need an anchor
        a, b = a0 + dt.timedelta(days=days[0]), b0 + dt.timedelta(days=days[1])
        return _w(a, b, text, _precision_of(a, b))
    if k == "offset":
        n = _num(m.group(1))
        unit = m.group(2).lower()
        sign = -1 if m.group(3).lower() in ("earlier", "before") else 1
        if n is None:
            span = dt.timedelta(days=UNIT_DAYS[unit] * 10)
            a, b = (a0 - span, b0) if sign < 0 else (a0, b0 + span)
            return _w(a, b, text, "range")
        if unit == "day":
            delta = dt.timedelta(days=sign * n)
            return _w(a0 + delta, b0 + delta, text, _precision_of(a0 + delta, b0 + delta))
        if unit == "week":
            delta = dt.timedelta(weeks=sign * n)
            a, b = a0 + delta - 3 * ONE, b0 + delta + 3 * ONE
            return _w(a, b, text, "range")
        if unit == "month":
            a, b = (
                _add_months(a0.replace(day=1), sign * n),
                _add_months(b0.replace(day=1), sign * n + 1) - ONE,
            )
            return _w(a, b, text, "range")
        a, b = _shift_years(a0, sign * n), _shift_years(b0, sign * n)
        return _w(dt.date(a.year, 1, 1), dt.date(b.year, 12, 31), text, "range")
    if k in ("rel_unit", "weekend"):
        which = t.modifier
        if k == "weekend":
            base = a0 if which == "previous" else b0
            step = -1 if which == "previous" else 1
            sat = (
                base + dt.timedelta(days=(5 - base.weekday()) % 7)
                if step > 0
                else base - dt.timedelta(days=(base.weekday() - 5) % 7 or 7)
            )
            return _w(sat, sat + ONE, text, "range")
        unit = m.group(2).lower()
        n = UNIT_STEPS[which]
        a, _ = _unit_interval(unit, _step(unit, a0, n))
        _, b = _unit_interval(unit, _step(unit, b0, n))
        return _w(a, b, text, _precision_of(a, b) if a != b else "day")
    return None


def _weekend(t: TimeExpr, published: dt.date, future: bool) -> When:
    """ "over the weekend", "this weekend", "last weekend": Saturday and Sunday."""
    which = t.modifier
    wd = published.weekday()
    last_sat = published - dt.timedelta(days=(wd - 5) % 7)  # latest Saturday on/before
    next_sat = published + dt.timedelta(days=(5 - wd) % 7)  # first Saturday on/after
    if which in ("last", "past", "previous"):
        sat = last_sat if wd not in (5, 6) else last_sat - dt.timedelta(days=7)
    elif which in ("next", "coming", "following"):
        sat = next_sat if wd not in (5, 6) else next_sat + dt.timedelta(days=7)
        if wd == 6:
            sat = published + dt.timedelta(days=6)
    elif future:
        sat = next_sat if wd != 6 else published - ONE
    else:
        sat = last_sat
    return _w(sat, sat + ONE, t.text, "range")


def _rel_unit(which: str, unit: str, published: dt.date, text: str) -> When:
    step = UNIT_STEPS[which]
    if which == "past":  # "the past week": the days up to publication
        return _w(published - dt.timedelta(days=UNIT_DAYS[unit]), published, text, "range")
    a, b = _unit_interval(unit, _step(unit, published, step))
    prec = {"week": "week", "month": "month", "year": "year", "decade": "decade"}[unit]
    return _w(a, b, text, prec)


@functools.cache
def _dateparser():
    import dateparser

    return dateparser


def parse_fallback(text: str, published: dt.date | None, future: bool) -> When | None:
    """dateparser for an expression no rule resolves. It returns a day; we widen it to the
    granularity dateparser reports (a month for "March", a year for "2014")."""
    if published is None:
        return None
    dp = _dateparser()
    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
        "PREFER_DATES_FROM": "future" if future else "past",
        "RETURN_TIME_AS_PERIOD": True,
        "REQUIRE_PARTS": [],
    }
    try:
        ddp = dp.date.DateDataParser(languages=["en"], settings=settings)
        got = ddp.get_date_data(text)
    except Exception:  # dateparser raises many kinds on odd input; a miss is fine
        return None
    if not got or got.date_obj is None:
        return None
    d = got.date_obj.date()
    period = got.period or "day"
    if period == "month":
        return When(d.replace(day=1), month_end(d.year, d.month), text, "month", "relative")
    if period == "year":
        return When(dt.date(d.year, 1, 1), dt.date(d.year, 12, 31), text, "year", "relative")
    if period == "week":
        a, b = _week_of(d)
        return When(a, b, text, "week", "relative")
    return When(d, d, text, "day", "relative")


PUBLICATION_WINDOW = 7  # days before publication a time-less past report may describe


def publication_interval(published: dt.date | None, modality: str) -> When:
    """No time in the text: a past report is bounded by the publication date (the week up to
    it: news reports what is new); a planned one starts at publication, end unknown."""
    if published is None:
        return When(None, None, None, "unknown", "publication")
    if modality in ("planned", "possible", "hypothetical"):
        return When(published, None, None, "unknown", "publication")
    return When(
        published - dt.timedelta(days=PUBLICATION_WINDOW), published, None, "week", "publication"
    )
