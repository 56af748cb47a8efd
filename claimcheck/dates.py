"""Dates and their resolution against the publication date.

Absolute dates ("October 5, 2023", "July 2026", "2030") need no anchor; the
rest ("April 21", "in August", "Wednesday", "six years ago", "next year") are
resolved against the publication date: an undated month or day is the latest
one on or before publication, or the next one after it when the sentence
speaks of the future ("will", "scheduled", "by").
"""

from __future__ import annotations

import datetime as dt

from .patterns import re
from .vocab import BY_TIME_WORDS, FUTURE_CUES, MONTHS, PAST_CUES, WEEKDAYS

_CUE = re.compile(r"\b(?:(?P<future>%s)|(?P<past>%s|\w{3,}ed))\b" % (
    "|".join(re.escape(w) for w in FUTURE_CUES), "|".join(re.escape(w) for w in PAST_CUES)), re.I)
# "by" is a deadline only before a time ("by October", "by the end of March", "by 2030", "by then"); before
# the one who acts ("priced by dealers", "a survey by the ministry") it says nothing of tense
_BY_TIME = re.compile(r"\s+(?:the\s+|this\s+|that\s+|next\s+|early\s+|late\s+|mid-?)?(?:\d|(?:%s)\b)" % "|".join(
    re.escape(w) for w in (*BY_TIME_WORDS, *MONTHS, *WEEKDAYS)), re.I)


def is_future(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether the tense cue nearest to text[start:end] (within lo..hi) speaks of the future.

    With no cue nearby, news speaks of the past.
    """
    best: tuple[int, bool] | None = None
    for m in _CUE.finditer(text, max(lo, start - 80), min(hi, end + 40)):
        if start <= m.start() < end:
            continue
        if m.group().lower() == "by" and not _BY_TIME.match(text, m.end()):
            continue
        distance = start - m.end() if m.end() <= start else (m.start() - end) * 2
        if best is None or distance < best[0]:
            best = (distance, m.group("future") is not None)
    return best[1] if best else False


def iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve_month_day(month: int, day: int, published: dt.date, future: bool) -> str | None:
    """'April 21' without a year: this year's, or the neighbouring year's when the tense says so."""
    year = published.year
    if not valid_day(2024, month, day):  # 2024 is a leap year: Feb 29 allowed here
        return None
    candidate = (month, day)
    today = (published.month, published.day)
    if future and candidate < today:
        year += 1
    elif not future and candidate > today and (month - published.month) % 12 > 1:
        year -= 1
    if not valid_day(year, month, day):
        return None
    return iso(year, month, day)


def resolve_month(month: int, published: dt.date, future: bool) -> str:
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return iso(year, month)


def resolve_weekday(weekday: int, published: dt.date, future: bool) -> str:
    delta = (weekday - published.weekday()) % 7
    if future:
        day = published + dt.timedelta(days=delta)
    else:
        day = published - dt.timedelta(days=(7 - delta) % 7)
    return day.isoformat()


def shift(published: dt.date, amount: float, unit: str) -> str:
    """published moved by amount units (negative: back), at the precision of the unit."""
    if unit == "year":
        return iso(published.year + round(amount))
    if unit == "month":
        months = published.year * 12 + published.month - 1 + round(amount)
        return iso(months // 12, months % 12 + 1)
    days = amount * (7 if unit == "week" else 1)
    return (published + dt.timedelta(days=round(days))).isoformat()


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.lower().rstrip("s"))
