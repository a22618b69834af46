"""Time expressions -> intervals, relative to the publication date and the clause's tense.

"on Thursday" in a past clause is the latest Thursday on or before publication; in a future
clause the next one. Ranges, relative weeks/months/years, "earlier this month", "X days
ago", month names with and without days, years, decades and "since 2015" have their own
rules here (dateparser gets several of them wrong, see NOTES); dateparser is the fallback
for whatever else spaCy tags as a DATE. An interval always contains the true date: when
the text is vague, the interval is wide, never falsely precise.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from .model import When

WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
           "several": None, "few": None, "a few": None}  # fmt: skip

_WD = r"(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?"
_MON = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
        r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")  # fmt: skip
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)"

# order matters: longer, more specific expressions first
RULES: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("between_years", re.compile(r"\b(?:between|from)\s+(\d{4})\s+(?:and|to|until|till|-|–)\s+(\d{4})\b", re.I)),
    ("weekday_range", re.compile(rf"\b(?:from\s+)?({_WD})\s+(?:to|through|until|till|-|–)\s+({_WD})\b", re.I)),
    ("month_day_year", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)),
    ("day_month_year", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON}),?\s+(\d{{4}})\b", re.I)),
    ("month_of_rel_year", re.compile(rf"\b({_MON})\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)),
    ("month_year", re.compile(rf"\b({_MON}),?\s+(?:of\s+)?(\d{{4}})\b", re.I)),
    ("month_day", re.compile(rf"\b({_MON})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})", re.I)),
    ("day_month", re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MON})\b(?!,?\s+\d{{4}})", re.I)),
    ("early_late_rel", re.compile(r"\b(earlier|later|early|late)\s+(?:this|in the)\s+(week|month|year)\b", re.I)),
    ("early_late_month", re.compile(rf"\b(early|mid|late)[\s-]+({_MON})\b", re.I)),
    ("rel_unit", re.compile(r"\b(last|next|this|past|coming|previous|following)\s+(week|month|year|weekend)\b", re.I)),
    ("ago", re.compile(rf"\b({_NUM})\s+(day|week|month|year)s?\s+ago\b", re.I)),
    ("within_past", re.compile(rf"\b(?:in|over|during)\s+the\s+(?:past|last)\s+({_NUM})\s+(day|week|month|year)s?\b", re.I)),
    ("since_year", re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-)?(\d{4})\b", re.I)),
    ("decade", re.compile(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-)?(1[89]\d0|20[0-2]0)s\b", re.I)),
    ("in_year", re.compile(r"\b(?:in|during|of|by|since|until)?\s*(?<!\d)((?:19|20)\d{2})(?!\d)\b(?!\s*(?:people|troops|soldiers|km|kilometres|miles|dollars|tons))", re.I)),
    ("weekday", re.compile(rf"\b(?:(?:late|early)\s+(?:on\s+)?)?(?:on\s+)?(?:last\s+|this\s+|next\s+)?({_WD})\b(?:\s+(?:night|morning|afternoon|evening))?", re.I)),
    ("month", re.compile(rf"\b(?:in|during|since|until|by|last|next|this)\s+({_MON})\b", re.I)),
    ("day_word", re.compile(r"\b(yesterday|today|tomorrow|tonight|overnight|last night|this morning|this afternoon|this evening|on the same day|the day before|the previous day|a day earlier|the next day|the following day|a day later)\b", re.I)),
    ("for_years", re.compile(r"\bfor\s+(?:years|decades|months|weeks|a decade|many years|several years)\b", re.I)),
]
# "May" is a month and a modal: only as a month before a day number or after in/of/since
_MAY_MODAL = re.compile(r"\bmay\b", re.I)


@dataclass
class TimeExpr:
    start: int  # character offsets in the text searched
    end: int
    text: str
    kind: str
    match: re.Match

    def resolve(self, published: dt.date | None, future: bool) -> When | None:
        return resolve(self, published, future)


def find(text: str) -> list[TimeExpr]:
    """Non-overlapping time expressions in a sentence, left to right."""
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    for kind, rx in RULES:
        for m in rx.finditer(text):
            s, e = m.span()
            # trim the leading preposition/space that some rules swallow
            while s < e and text[s] == " ":
                s += 1
            if any(s < b and a < e for a, b in taken):
                continue
            if kind in ("month", "month_day", "day_month", "month_year") and _false_may(m, kind):
                continue
            if kind == "in_year" and not _plausible_year(text, m):
                continue
            found.append(TimeExpr(s, e, text[s:e], kind, m))
            taken.append((s, e))
    found.sort(key=lambda t: t.start)
    return found


def _false_may(m: re.Match, kind: str) -> bool:
    g = m.group(1) if kind != "day_month" else m.group(2)
    return g.lower() == "may" and kind == "month" and not m.group(0).lower().startswith(("in ", "since ", "until ", "by ", "last ", "next ", "this ", "during "))


def _plausible_year(text: str, m: re.Match) -> bool:
    y = int(m.group(1))
    if not 1900 <= y <= 2100:
        return False
    before = text[max(0, m.start(1) - 12) : m.start(1)].lower()
    after = text[m.end(1) : m.end(1) + 3]
    if re.search(r"[$£€]\s*$|\d[,.]\s*$", before) or re.match(r"[,.]\d", after):
        return False  # money or a longer number
    return True


# -- resolution ---------------------------------------------------------------------------------
def _day(d: dt.date, text: str, basis: str = "relative", precision: str = "day") -> When:
    return When(d, d, text, precision, basis)


def _span(a: dt.date, b: dt.date, text: str, precision: str, basis: str = "relative") -> When:
    return When(a, b, text, precision, basis)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    start = d - dt.timedelta(days=d.weekday())
    return start, start + dt.timedelta(days=6)


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return dt.date(d.year + y, m + 1, 1)


def _num(s: str) -> int | None:
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
    target = _weekday_index(word)
    modifier = modifier.lower()
    if modifier == "next":
        days = (target - published.weekday()) % 7 or 7
        if days < 3:  # "next Monday" said on a Saturday usually means the one after
            days += 7 if (target - published.weekday()) % 7 == 0 else 0
        return published + dt.timedelta(days=days)
    if modifier == "last":
        days = (published.weekday() - target) % 7 or 7
        return published - dt.timedelta(days=days)
    if future:
        days = (target - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=days)
    days = (published.weekday() - target) % 7
    return published - dt.timedelta(days=days)


def _month_of(m: str) -> int:
    return MONTHS[m.lower().rstrip(".")]


def _month_interval(month: int, published: dt.date, future: bool) -> tuple[dt.date, dt.date]:
    y = published.year
    if future and month < published.month:
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
        d = d.replace(year=y + 1)
    elif not future and d > published:
        try:
            d = d.replace(year=y - 1)
        except ValueError:
            return None
    return d


def resolve(t: TimeExpr, published: dt.date | None, future: bool) -> When | None:
    m = t.match
    k = t.kind
    text = t.text
    try:
        if k == "iso":
            return _day(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), text, "explicit")
        if k == "month_day_year":
            return _day(dt.date(int(m.group(3)), _month_of(m.group(1)), int(m.group(2))), text, "explicit")
        if k == "day_month_year":
            return _day(dt.date(int(m.group(3)), _month_of(m.group(2)), int(m.group(1))), text, "explicit")
        if k == "month_year":
            y, mo = int(m.group(2)), _month_of(m.group(1))
            return _span(dt.date(y, mo, 1), month_end(y, mo), text, "month", "explicit")
        if k == "between_years":
            a, b = sorted((int(m.group(1)), int(m.group(2))))
            return _span(dt.date(a, 1, 1), dt.date(b, 12, 31), text, "range", "explicit")
        if k == "decade":
            y = int(m.group(1))
            return _span(dt.date(y, 1, 1), dt.date(y + 9, 12, 31), text, "decade", "explicit")
        if k == "in_year":
            y = int(m.group(1))
            return _span(dt.date(y, 1, 1), dt.date(y, 12, 31), text, "year", "explicit")
        if k == "since_year":
            y = int(m.group(1))
            return _span(dt.date(y, 1, 1), published or dt.date(y, 12, 31), text, "range", "explicit")
        if published is None:
            return None
        if k == "weekday_range":
            a = weekday_date(m.group(1), published, future)
            b_idx = _weekday_index(m.group(2))
            b = a + dt.timedelta(days=(b_idx - a.weekday()) % 7)
            return _span(a, b, text, "range")
        if k == "weekday":
            mod = re.search(r"\b(last|next|this)\b", text, re.I)
            d = weekday_date(m.group(1), published, future, mod.group(1) if mod else "")
            return _day(d, text)
        if k == "month_of_rel_year":
            y = published.year + {"last": -1, "this": 0, "next": 1}[m.group(2).lower()]
            mo = _month_of(m.group(1))
            return _span(dt.date(y, mo, 1), month_end(y, mo), text, "month")
        if k in ("month_day", "day_month"):
            mo_s, d_s = (m.group(1), m.group(2)) if k == "month_day" else (m.group(2), m.group(1))
            d = _month_day(_month_of(mo_s), int(d_s), published, future)
            return _day(d, text) if d else None
        if k == "month":
            a, b = _month_interval(_month_of(m.group(1)), published, future)
            return _span(a, b, text, "month")
        if k == "early_late_month":
            a, b = _month_interval(_month_of(m.group(2)), published, future)
            part = m.group(1).lower()
            if part == "early":
                b = a + dt.timedelta(days=10)
            elif part == "mid":
                a, b = a + dt.timedelta(days=9), a + dt.timedelta(days=20)
            else:
                a = a + dt.timedelta(days=19)
            return _span(a, b, text, "range")
        if k == "rel_unit":
            return _rel_unit(m.group(1).lower(), m.group(2).lower(), published, text)
        if k == "early_late_rel":
            which, unit = m.group(1).lower(), m.group(2).lower()
            if unit == "week":
                a, b = _week_of(published)
            elif unit == "month":
                a, b = published.replace(day=1), month_end(published.year, published.month)
            else:
                a, b = dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
            if which in ("earlier", "early"):
                return _span(a, published, text, "range")
            return _span(published, b, text, "range")
        if k == "ago":
            n = _num(m.group(1))
            unit = m.group(2).lower()
            if n is None:  # "a few days ago"
                span = {"day": 7, "week": 35, "month": 200, "year": 3650}[unit]
                return _span(published - dt.timedelta(days=span), published, text, "range")
            if unit == "day":
                return _day(published - dt.timedelta(days=n), text)
            if unit == "week":
                c = published - dt.timedelta(weeks=n)
                return _span(c - dt.timedelta(days=3), c + dt.timedelta(days=3), text, "week")
            if unit == "month":
                first = _add_months(published.replace(day=1), -n)
                return _span(first, month_end(first.year, first.month), text, "month")
            y = published.year - n
            return _span(dt.date(y, 1, 1), dt.date(y, 12, 31), text, "year")
        if k == "within_past":
            n = _num(m.group(1)) or 3
            days = {"day": 1, "week": 7, "month": 31, "year": 366}[m.group(2).lower()] * n
            return _span(published - dt.timedelta(days=days), published, text, "range")
        if k == "day_word":
            w = m.group(1).lower()
            one = dt.timedelta(days=1)
            table = {
                "yesterday": (published - one, published - one),
                "today": (published, published), "tonight": (published, published),
                "this morning": (published, published), "this afternoon": (published, published),
                "this evening": (published, published), "on the same day": (published, published),
                "tomorrow": (published + one, published + one),
                "overnight": (published - one, published),
                "last night": (published - one, published),
                "the day before": (published - 2 * one, published - one),
                "the previous day": (published - 2 * one, published - one),
                "a day earlier": (published - 2 * one, published - one),
                "the next day": (published, published + 2 * one),
                "the following day": (published, published + 2 * one),
                "a day later": (published, published + 2 * one),
            }  # fmt: skip
            a, b = table[w]
            return _span(a, b, text, "day" if a == b else "range")
        if k == "for_years":
            return When(None, published, text, "unknown", "relative")
    except (ValueError, KeyError):
        return None
    return None


def _rel_unit(which: str, unit: str, published: dt.date, text: str) -> When:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1,
            "following": 1}[which]  # fmt: skip
    if unit in ("week", "weekend"):
        a, b = _week_of(published)
        a += dt.timedelta(weeks=step)
        b += dt.timedelta(weeks=step)
        if which == "past":  # "the past week": the seven days up to publication
            a, b = published - dt.timedelta(days=7), published
        if unit == "weekend":
            a = a + dt.timedelta(days=5)
        return _span(a, b, text, "week")
    if unit == "month":
        if which == "past":
            return _span(published - dt.timedelta(days=31), published, text, "range")
        first = _add_months(published.replace(day=1), step)
        return _span(first, month_end(first.year, first.month), text, "month")
    if which == "past":
        return _span(published - dt.timedelta(days=366), published, text, "range")
    y = published.year + step
    return _span(dt.date(y, 1, 1), dt.date(y, 12, 31), text, "year")


@functools.cache
def _dateparser():
    import dateparser

    return dateparser


def parse_fallback(text: str, published: dt.date | None, future: bool) -> When | None:
    """dateparser for expressions the rules above do not know."""
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
        got = dp.search.search_dates(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises many kinds on odd input; a miss is fine
        return None
    if not got:
        return None
    _, value = got[0]
    d = value.date()
    return When(d, d, text, "day", "relative")


def publication_interval(published: dt.date | None, modality: str) -> When:
    """No time in the text: a past report is bounded by the publication date."""
    if published is None:
        return When(None, None, None, "unknown", "publication")
    if modality in ("planned", "possible", "hypothetical"):
        return When(published, None, None, "unknown", "publication")
    return When(published - dt.timedelta(days=7), published, None, "week", "publication")
