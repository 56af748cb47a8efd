"""The date-arithmetic rule."""

from __future__ import annotations

import datetime as dt

from ..intervals import Interval
from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ._common import iv

_DAYS = {"year": 365.2425, "month": 30.436875, "week": 7.0, "day": 1.0}


@rule("CC110", "date-arithmetic")
def date_arithmetic(date_offsets, ctx, published):
    """A stated time span disagrees with the dates it connects.

    What it checks: "N years before/after ... in YEAR" against the other date of the sentence
    ("January 1998 ... three years before ... in 2003"); "N years ago, in YEAR" (or "from now"), anniversaries
    ("the 50th anniversary of ... in 1969"), "N years since YEAR" and ages ("Jobs, 56, born in
    1955") against the publication date; and, through the date-spans reader, spans whose event is dated in
    another paragraph: "founded the company 41 years ago", "the record had stood for 16 years", "for the
    first time in 21 years", "will have flown for nearly 11 years" by a named date, and ages in whole years
    against a birth date, at the sentence's date, a death or publication ("She was 91"); an age at a past
    date against the present age ("now 44" ... "then a 31-year-old" in 2012); a tenure against the date a
    post has been held since ("has been director since 2011" ... "in 11 years in this job"); a span pointing
    back to the date just before it ("the 26 years of hurt since that day"); ages said as the present one in
    any wording ("is now 81", "Now 38,", "turned 60 last month"); waits named by any wait noun ("a 12-year dry
    spell", "a title drought") against a last time told before or just after; an Nth year ("returns for its
    28th year": 27 years have passed) and an anniversary "of the opening"; "has traded for 37 years" from
    the founding; "Eighteen years later, in 2019" and "Two decades on" from the year of the sentence before.
    Two ages of one person told for two times ("then a 31-year-old" in 1992, "At 64, Finnerty ..." now)
    must differ by the years between them, within the year each birthday may fall.
    "More than a decade" allows anything short of two decades.
    Why it matters: spans of years are computed by the writer and copied between stories; a wrong one
    misdates the event for every reader.
    Flags:       "Nine years ago, in 2019, Amazon unveiled its plans" (published 2025)
    Passes:      "Six years ago, in 2019, Amazon unveiled its plans" (published 2025)
    Options:     none; dates given only as a year are read as any day of that year.
    """
    for claim in date_offsets:
        offset, event = ctx.role(claim, "offset"), ctx.role(claim, "event")
        if claim.cue == "ago":
            yield from _ago(claim, offset, event, published)
            continue
        if claim.cue == "span":
            yield from _span(claim, offset, ctx.role(claim, "anchor"), event)
            continue
        if claim.cue == "age-then":
            yield from _age_then(claim, offset, ctx.role(claim, "now"), ctx.role(claim, "anchor"), published)
            continue
        if claim.cue == "age-pair":
            yield from _age_pair(claim, offset, ctx.role(claim, "anchor"), ctx.role(claim, "other"),
                                 ctx.role(claim, "other_anchor"), published)
            continue
        if claim.cue == "age":
            yield from _age(claim, offset, event, published, ctx.role(claim, "anchor"))
            continue
        if claim.cue == "since":
            yield from _since(claim, offset, event, published, ctx.role(claim, "anchor"))
            continue
        if claim.cue == "anniversary":
            yield from _until_published(claim, offset, event, published, ctx.role(claim, "anchor"))
            continue
        anchor = ctx.role(claim, "anchor")
        if anchor is None or event is None or not anchor.resolved or not event.resolved:
            continue
        a, e = _span_of_date(str(anchor.value)), _span_of_date(str(event.value))
        if a is None or e is None:
            continue
        per = _DAYS.get(offset.unit)
        if per is None:
            continue
        # "A ... N years before ... E" and "A ... N years later, in E": E − A = N;
        # "A ... N years after ... E" and "A ... N years earlier, in E": A − E = N
        gap = Interval(e[0] - a[1], e[1] - a[0]) if claim.cue in ("before", "prior to", "ahead of", "later") \
            else Interval(a[0] - e[1], a[1] - e[0])
        gap = gap.scale(1 / per)
        stated = iv(offset)
        if stated.hi - stated.lo < 1e-9:
            stated = Interval(stated.lo - 0.5, stated.hi + 0.5)
        quoted = [offset, anchor, event]
        if gap.overlaps(stated):
            yield Consistent(f"'{offset.text} {claim.cue}' fits {anchor.text} and {event.text}", quoted)
            continue
        first, last = sorted((anchor, event), key=lambda q: str(q.value))
        yield Flag(f"from {first.text} to {last.text} is {_years(gap, offset.unit)}, not "
                   f"'{offset.text} {claim.cue}'",
                   quoted, claim=claim, expected=_years(gap, offset.unit), observed=offset.text,
                   arithmetic=f"{last.text} − {first.text} ≈ {_years(gap, offset.unit)}",
                   advice="Check the span and both dates.")


_SHORT_UNITS = {"day": 1, "week": 4, "month": 16}  # how far a day, week or month count may be from a date


def _ago(claim, offset, event, published):
    if event is None or published is None or not offset.resolved:
        return
    unit = next((u for u in _SHORT_UNITS if u in offset.text.lower()), None)
    if unit and len(str(offset.value)) == 10 and len(str(event.value)) == 10:
        yield from _ago_in_days(claim, offset, event, published, unit)
        return
    try:
        event_year = int(str(event.value)[:4])
        ago_year = int(str(offset.value)[:4])
    except ValueError:
        return
    if abs(event_year - ago_year) <= 1:
        yield Consistent(f"{offset.text} fits {event.text}", [offset, event])
        return
    actual = published.year - event_year
    when = f"{actual} years before" if actual >= 0 else f"{-actual} years after"
    yield Flag(f"{event.text} is {when} publication ({published.year}), not '{offset.text}'", [offset, event],
               claim=claim, expected=f"{abs(actual)} years {'ago' if actual >= 0 else 'from now'}",
               observed=offset.text, arithmetic=f"{published.year} − {event_year} = {actual}",
               advice="Check the span against the year and the publication date.")


def _span(claim, offset, first, last):
    """'16 days, from July 9 to July 28': the days between the dates (counted either way) against the span."""
    a, e = _span_of_date(str(first.value)), _span_of_date(str(last.value))
    per = _DAYS.get(offset.unit)
    if a is None or e is None or per is None or a[0] != a[1] or e[0] != e[1]:
        return  # only whole dates ("July 9") bound a span in days
    days = e[0] - a[0]
    stated = float(offset.value) * per
    slack = max(1.0, per / 2)  # "16 days" from the 9th to the 24th or 25th: inclusive or not
    quoted = [offset, first, last]
    if days - slack <= stated <= days + 1 + slack:  # the "+ 1": a span counted with both its ends
        yield Consistent(f"{offset.text} fits {first.text} to {last.text}", quoted)
        return
    yield Flag(f"from {first.text} to {last.text} is {format_number(days)} days ({format_number(days + 1)} counting "
               f"both), not {offset.text}", quoted, claim=claim, expected=f"{format_number(days)} days",
               observed=offset.text, arithmetic=f"{last.text} − {first.text} = {format_number(days)} days",
               advice="Check the span against its first and last day.")


def _ago_in_days(claim, offset, event, published, unit):
    """'Sept. 19, five weeks from now' (published Aug. 1): the date against publication plus the span."""
    said, named = dt.date.fromisoformat(str(offset.value)), dt.date.fromisoformat(str(event.value))
    if abs((said - named).days) <= _SHORT_UNITS[unit]:
        yield Consistent(f"{offset.text} fits {event.text}", [offset, event])
        return
    days = (named - published).days
    span = f"{abs(days)} days ({format_number(abs(days) / 7)} weeks)" if unit == "week" else f"{abs(days)} days"
    yield Flag(f"{event.text} is {span} {'after' if days >= 0 else 'before'} publication ({published.isoformat()}), "
               f"not '{offset.text}'", [offset, event], claim=claim, expected=span, observed=offset.text,
               arithmetic=f"{named.isoformat()} − {published.isoformat()} = {days} days",
               advice="Check the span against the date and the publication date.")


def _until_published(claim, offset, event, published, when=None):
    """An anniversary, an age or 'N years since' against the years from the event to publication (or to
    the year the sentence names for it: 'its centenary next year')."""
    if published is None:
        return
    try:
        event_year = int(str(event.value)[:4])
        year = int(str(when.value)[:4]) if when is not None else published.year
    except ValueError:
        return
    actual = year - event_year
    stated = float(offset.value)
    if claim.about == "year":
        stated -= 1  # "in its 28th year": 27 years have passed since the first
    what = {"anniversary": f"{offset.text} {claim.about}" if claim.about else offset.text,
            "age": f"age {offset.text}"}.get(claim.cue, offset.text)
    then = f"{when.text} ({year})" if when is not None else f"publication ({year})"
    quoted = [offset, event] + ([when] if when is not None else [])
    if actual - 1 <= stated <= actual + 1:  # the day in the year is unknown: one year either way
        yield Consistent(f"{what} fits {event.text} and {then}", quoted)
        return
    yield Flag(f"{event.text} was {actual} years before {then}, not {what}",
               quoted, claim=claim, expected=f"{actual} years", observed=offset.text,
               arithmetic=f"{year} − {event_year} = {actual}",
               advice="Check the number of years against the date of the event.")


def _when(anchor, published):
    """The first and last day of the date a span runs to, and how to name it; None when unknown."""
    if anchor is not None:
        days = _span_of_date(str(anchor.value))
        return (days, anchor.text) if days else None
    if published is None:
        return None
    day = float(published.toordinal())
    return (day, day), f"publication ({published.isoformat()})"


def _since(claim, offset, event, published, anchor):
    """'the record had stood for 16 years' (set in 2011): the years from the event to the sentence's
    date or publication, against the span; whole years may be counted complete or rounded."""
    when, start = _when(anchor, published), _span_of_date(str(event.value))
    per = _DAYS.get(offset.unit)
    if when is None or start is None or per is None or not offset.resolved:
        return
    (a, b), then = when
    gap = Interval(a - start[1], b - start[0]).scale(1 / per)
    stated = iv(offset)
    if offset.qualifier == "exact":  # "14 years" for 14.3 (complete years), 13.6 (rounded) or 14.9 (loosely)
        stated = Interval(float(offset.value) - 1, float(offset.value) + 1)
    elif offset.qualifier == "lower" and re.fullmatch(r"(?i)an?\s+(?:decade|century)", offset.text.strip()):
        stated = Interval(float(offset.value), 2 * float(offset.value))  # "over a decade": short of two decades
    quoted = [offset, event] + ([anchor] if anchor is not None else [])
    if gap.overlaps(stated):
        yield Consistent(f"{offset.text} fits {event.text} to {then}", quoted)
        return
    said = f"{offset.qualifier_word} {offset.text}" if offset.qualifier_word else offset.text
    span = _years(gap, offset.unit) if gap.hi - gap.lo > 0.5 else f"{format_number(round(gap.mid, 1))} {offset.unit}s"
    yield Flag(f"from {event.text} to {then} is {span}, not {said}", quoted,
               claim=claim, expected=span, observed=said,
               arithmetic=f"{then} − {event.text} ≈ {span}",
               advice="Check the span against the date of the event it runs from.")


def _age(claim, offset, birth, published, anchor):
    """An age in whole years against the birth date and the date it is given for (the sentence's date,
    a death, or publication): 'born February 3, 1931' and 'died on August 11' (2024) make 93."""
    when, born = _when(anchor, published), _span_of_date(str(birth.value))
    if when is None or born is None or not offset.resolved:
        return
    (a, b), then = when
    youngest, oldest = _whole_years(born[1], a), _whole_years(born[0], b)
    stated = iv(offset)
    quoted = [offset, birth] + ([anchor] if anchor is not None else [])
    born_word = {"founding": "founded", "completion": "built"}.get(claim.about or "", "born")
    ages = f"{youngest}" if youngest == oldest else f"{youngest} or {oldest}" if oldest == youngest + 1 \
        else f"{youngest}–{oldest}"
    if stated.lo <= oldest and youngest <= stated.hi:
        yield Consistent(f"age {offset.text} fits {born_word} {birth.text} and {then}", quoted)
        return
    yield Flag(f"{born_word} {birth.text}, the age at {then} is {ages}, not {offset.text}", quoted, claim=claim,
               expected=ages, observed=offset.text,
               arithmetic=f"{then} − {birth.text} = {ages} whole years",
               advice=f"Check the age against the date it was {born_word} and the date it is given for.")


def _age_then(claim, then_age, now_age, anchor, published):
    """An age at a past date against the present age: 'now 40' (published May 2023) puts the birth between
    May 1982 and May 1983, so at 14 October 2016 the person was 33 or 34."""
    when = _span_of_date(str(anchor.value)) if anchor is not None and anchor.resolved else None
    if when is None or published is None or now_age is None or not then_age.resolved:
        return
    n = int(float(now_age.value))
    try:
        latest = published.replace(year=published.year - n)            # born on or before this day
        earliest = published.replace(year=published.year - n - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        latest = published.replace(year=published.year - n, day=28)
        earliest = published.replace(year=published.year - n - 1, day=28) + dt.timedelta(days=1)
    youngest, oldest = _whole_years(latest.toordinal(), when[0]), _whole_years(earliest.toordinal(), when[1])
    stated = iv(then_age)
    quoted = [then_age, now_age, anchor]
    ages = f"{youngest}" if youngest == oldest else f"{youngest} or {oldest}" if oldest == youngest + 1 \
        else f"{youngest}–{oldest}"
    if stated.lo <= oldest and youngest <= stated.hi:
        yield Consistent(f"age {then_age.text} at {anchor.text} fits {now_age.text} now", quoted)
        return
    yield Flag(f"{now_age.text} at publication ({published.isoformat()}) makes the age at {anchor.text} {ages}, "
               f"not {then_age.text}", quoted, claim=claim, expected=ages, observed=then_age.text,
               arithmetic=f"born {earliest.isoformat()} to {latest.isoformat()}; at {anchor.text}: {ages}",
               advice="Check the age then against the age now and the two dates.")


def _age_pair(claim, age, anchor, other, other_anchor, published):
    """An age against another age of the same person at another time: "then a 34-year-old" in 1989 puts
    the birth between January 1954 and December 1955, so in July 2023 she is 67 to 69."""
    told, known = _when(anchor, published), _when(other_anchor, published)
    if told is None or known is None or not other.resolved or not age.resolved:
        return
    (c, d), then = told
    (a, b), before = known
    n = int(float(other.value))
    latest, earliest = _years_back(b, n), _years_back(a, n + 1) + 1  # born on or before latest, after earliest - 1
    youngest, oldest = _whole_years(latest, c), _whole_years(earliest, d)
    stated = iv(age)
    quoted = [age, other] + [x for x in (anchor, other_anchor) if x is not None]
    ages = f"{youngest}" if youngest == oldest else f"{youngest} or {oldest}" if oldest == youngest + 1 \
        else f"{youngest}–{oldest}"
    if stated.lo <= oldest and youngest <= stated.hi:
        yield Consistent(f"age {age.text} at {then} fits {other.text} at {before}", quoted)
        return
    born = f"{dt.date.fromordinal(int(earliest)).isoformat()} to {dt.date.fromordinal(int(latest)).isoformat()}"
    yield Flag(f"{other.text} at {before} makes the age at {then} {ages}, not {age.text}", quoted, claim=claim,
               expected=ages, observed=age.text, arithmetic=f"born {born}; at {then}: {ages}",
               advice="Check both ages and the dates they are given for.")


def _years_back(day: float, years: int) -> float:
    """The day number ``years`` years before ``day`` (29 February falls back to the 28th)."""
    date = dt.date.fromordinal(int(day))
    try:
        return float(date.replace(year=date.year - years).toordinal())
    except ValueError:
        return float(date.replace(year=date.year - years, day=28).toordinal())


def _whole_years(born: float, on: float) -> int:
    """Completed years from one day number to another (birthday passed or not)."""
    b, d = dt.date.fromordinal(int(born)), dt.date.fromordinal(int(on))
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def _span_of_date(value: str) -> tuple[float, float] | None:
    """First and last day (as day numbers) that an ISO prefix covers: '1998-01' is all of January 1998."""
    try:
        parts = [int(p) for p in value.split("-")]
    except ValueError:
        return None
    if len(parts) == 1:
        first, last = dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    elif len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        last = nxt - dt.timedelta(days=1)
    else:
        first = last = dt.date(*parts[:3])
    return float(first.toordinal()), float(last.toordinal())


def _years(gap: Interval, unit: str) -> str:
    lo, hi = gap.lo, gap.hi
    if round(lo) == round(hi):
        return f"{format_number(round(lo))} {unit}s"
    return f"{format_number(max(lo, 0), digits=2)}–{format_number(hi, digits=2)} {unit}s"
