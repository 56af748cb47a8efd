"""The ``reference`` rule: stated values against the newsroom's house facts."""

from __future__ import annotations

import datetime as dt
import math

from ..errors import ConfigError
from ..facts import Fact, day_range, words_of
from ..models import Quantity
from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Context, Flag, rule
from ..vocab import CURRENCY_NAMES

# Roles in which a number is a difference or a part, not the level of the subject a fact records.
NOT_A_LEVEL = ("by", "part", "share", "offset")
_FROM_CUE = re.compile(r"\bfrom\s*$", re.IGNORECASE)
_CURRENCY_WORDS: dict[str, list[str]] = {}
for _name, _code in CURRENCY_NAMES.items():
    _CURRENCY_WORDS.setdefault(_code, []).append(_name)


@rule("CC120", "reference", tolerance=0.0, window=12)
def reference(quantity: Quantity, ctx: Context, facts: list[Fact]):
    """A stated value disagrees with a house fact for the same subject and time.

    What it checks: each number in the article against the facts file given with
      `--facts` or `facts = [...]` in `[tool.claimcheck]`. A fact applies when the words
      of its subject (or its `match` words) are near the number in its sentence, the unit (and
      noun, for counts) is the same, and its date or period covers the time the number
      refers to: the nearest date in its sentence, else the publication date; the
      "from" end of a change ("up from 54% on Wednesday") refers to the day before.
      Both sides are intervals from their stated precision, so "142" agrees with 142.1.
      A number that is the size of a change or a part of a whole ("rose 15%", "1,618
      of them") is not compared: it is not the level the fact records.
    Why it matters: a figure that contradicts the newsroom's own reference record is
      either a typo, an outdated number, or a change the facts file must record.
    Flags:       "increased tariffs on China to 125% on Wednesday, up from 54%" with the
                 fact "US tariff rate on China: 104 percent, 2025-04-08"
    Passes:      the same sentence without a facts file, or with the fact at 54
    Options:     tolerance (default 0.0): relative margin added around each fact value,
                 e.g. 0.01 accepts figures within 1% of the fact;
                 window (default 12): how many words before the number (and a third as
                 many after it), within its sentence, are searched for the subject's words
    """
    if not facts or quantity.kind == "date" or not isinstance(quantity.value, (int, float)):
        return
    if any(claim.roles.get(role) == quantity.id for claim in ctx.extraction.claims for role in NOT_A_LEVEL):
        return
    when = _time_of(quantity, ctx)
    sentence_words = words_of(_near(quantity, ctx, int(ctx.option("window", 12))) + " " + (quantity.subject or ""))
    applicable = [f for f in facts if _unit_matches(f, quantity, ctx) and _subject_matches(f, sentence_words)
                  and (when is None and f.start is None and f.end is None
                       or when is not None and f.holds_during(*when))]
    if not applicable:
        return
    low, high = _interval(quantity)
    tolerance = ctx.option("tolerance", 0.0)
    for fact in applicable:
        margin = tolerance * abs(fact.value)
        if low <= fact.high + margin and fact.low - margin <= high:
            yield Consistent(f"{quantity.text} agrees with the house fact {fact.subject}: {_show(fact.value, fact)}",
                             [quantity])
            return
    fact = min(applicable, key=_narrowness)
    margin = tolerance * abs(fact.value)
    when_text = f" on {fact.date}" if fact.date else ""
    yield Flag(f"{quantity.text} disagrees with the house fact: {fact.subject} was {_show(fact.value, fact)}"
               f"{when_text}", [quantity],
               expected=_show(fact.value, fact), observed=quantity.text,
               arithmetic=f"{quantity.text} allows {_ends(low, high)}; the fact allows "
                          f"{_ends(fact.low - margin, fact.high + margin)}: no overlap",
               advice=f"Check the figure against {fact.source or fact.origin}, and which date it refers to.")


def _near(q: Quantity, ctx: Context, window: int) -> str:
    """The words of the number's sentence from ``window`` words before it to a third as many after."""
    start, end = ctx.sentence_span(q)
    text = ctx.extraction.document.text
    before = text[start:q.span[0]].split()[-window:]
    after = text[q.span[1]:end].split()[:max(1, window // 3)]  # a subject is mostly written before its number
    return " ".join([*before, *after])


def _time_of(q: Quantity, ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The days the number refers to: its sentence's nearest date, else the publication date."""
    dates = [d for d in ctx.extraction.quantities
             if d.sentence == q.sentence and d.kind == "date" and d.resolved and isinstance(d.value, str)]
    when = None
    if dates:
        nearest = min(dates, key=lambda d: min(abs(d.span[0] - q.span[1]), abs(q.span[0] - d.span[1])))
        when = _days(nearest.value)
    elif ctx.extraction.document.published:
        day = ctx.extraction.document.published
        when = (day, day)
    if when is not None and _is_before_end(q, ctx):
        before = when[0] - dt.timedelta(days=1)
        when = (before, before)
    return when


def _is_before_end(q: Quantity, ctx: Context) -> bool:
    """True for the 'from' end of a change: by its claim's role, or by the word 'from' before it."""
    for claim in ctx.extraction.claims:
        if claim.kind == "change" and q.id in claim.quantities:
            return claim.roles.get("from") == q.id
    text = ctx.extraction.document.text
    return bool(_FROM_CUE.search(text[max(0, q.span[0] - 12):q.span[0]]))


def _days(value: str) -> tuple[dt.date, dt.date] | None:
    try:
        return day_range(value[:10], "")
    except ConfigError:  # a date value the extractor wrote in a shape we do not read
        return None


def _unit_matches(fact: Fact, q: Quantity, ctx: Context) -> bool:
    pair = fact.pair
    if pair is not None:
        base, quote = pair
        if q.unit in (fact.unit, f"{quote}/{base}"):  # "JPY/USD" read as yen per dollar
            return True
        if q.unit != quote:
            return False
        text = ctx.extraction.document.text
        around = text[q.span[0]:q.span[1] + 30].lower()  # "152 yen per dollar" may be one mention
        names = [n for n in _CURRENCY_WORDS.get(base, []) if " " not in n] + [base.lower()]
        return any(re.search(rf"\b(?:per|a|an|to the|to one|for one|for each)\s+{re.escape(n)}\b", around)
                   for n in names)
    if fact.unit != q.unit:
        return False
    return fact.noun is None or (q.noun is not None and words_of(q.noun) == words_of(fact.noun))


def _subject_matches(fact: Fact, sentence_words: set[str]) -> bool:
    if fact.match:
        return set(fact.match) <= sentence_words
    if not fact.words:
        return False
    missing = len(set(fact.words) - sentence_words)
    return missing == 0 or (len(fact.words) >= 3 and missing <= 1)


def _interval(q: Quantity) -> tuple[float, float]:
    value = float(q.value)
    low = q.low if q.low is not None else (-math.inf if q.qualifier == "upper" else value)
    high = q.high if q.high is not None else (math.inf if q.qualifier == "lower" else value)
    return low, high


def _narrowness(fact: Fact) -> float:
    if fact.start is None or fact.end is None:
        return math.inf
    return (fact.end - fact.start).days


def _show(value: float, fact: Fact) -> str:
    number = format_number(value)
    if fact.unit == "percent":
        return f"{number}%"
    if fact.unit == "count":
        return f"{number} {fact.noun}{'' if value == 1 else 's'}" if fact.noun else number
    if fact.pair:
        return f"{number} {fact.pair[1]} per {fact.pair[0]}"
    return f"{number} {fact.unit}"


def _ends(low: float, high: float) -> str:
    """'53.5 to 54.5', 'under 3.5 trillion', 'over 350 billion': what an interval allows."""
    if math.isinf(low):
        return f"under {format_number(high, digits=8)}"
    if math.isinf(high):
        return f"over {format_number(low, digits=8)}"
    if low == high:
        return format_number(low, digits=8)
    return f"{format_number(low, digits=8)} to {format_number(high, digits=8)}"
