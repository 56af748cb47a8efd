"""The per-unit rule."""

from __future__ import annotations

import calendar

from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ..intervals import Interval
from ..units import convert
from ._common import iv, show, show_interval

_YEAR_PARTS = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 365.0}
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


@rule("CC113", "per-unit")
def per_unit(rate, ctx):
    """A rate or average disagrees with the total and the count it divides.

    What it checks: rates and averages read with their total and count, in one sentence or across
    the article ("€400 to each of 1.6 million pensioners, costing €640 million"; "scored 2,460
    points, averaging 82 a game" after "a 30-game campaign"; "an average yield of 4.5 tonnes a
    hectare" after the tonnes harvested and the hectares sown; "0.4 gigabytes a day ... 18 days"
    for a stated volume; "$10,000 to the family of each person killed and $2,500 for every
    damaged home, a package it put at $8.14 million", with the dead and the homes counted elsewhere;
    "That works out to roughly £2,400 for every damaged home" after the sum set aside; "The average
    payment, about £400" after "paid out £8.4m on 21,000 claims"; "in 4 hours and 30 minutes, an
    average of 40km/h"; "an average of 300 a day over the month" of a total dated March, over March's
    31 days, and "a day over the nine months" over the 273 to 276 days nine months can hold; "£1.25bn a year, or £100 a week per family", a year being 52 weeks; "Each household will get 800
    rand" against the households counted and "the total bill"; "costs $3 million a year for its 6,000 pupils, or
    $500 per pupil"; "That is $50 per resident" after a year's running cost):
    the rate times the count (summed over a package's grants) must meet the total, each figure taken
    as the interval its wording allows; a rate that meets another sum of its sentence (the reader's
    total_alt roles: "£60m over five seasons, £12m a year, or £750,000 to each of 16 clubs") passes.
    Why it matters: an average is derived by hand from two other figures; a wrong base (the
    games of another season), a transposed digit or a stale total makes it wrong, and readers
    quote averages more than totals.
    Flags:       "€400 to each of 1.6 million pensioners, costing €94 million"
    Passes:      "€400 to each of 1.6 million pensioners, costing €640 million"
    Options:     none; every figure is known to half its last digit, and "about" widens it.
    """
    q_rate, q_total, q_count = ctx.role(rate, "rate"), ctx.role(rate, "total"), ctx.role(rate, "count")
    period = ctx.role(rate, "period")
    if q_rate is not None and q_total is not None and q_count is None and period is not None:
        yield from _over_period(rate, q_rate, q_total, period)
        return
    if q_rate is None or q_total is None or q_count is None:
        return
    rest = ctx.role(rate, "count_rest")  # "in 4 hours and 30 minutes": the hours exact, the minutes added
    count_iv = iv(q_count)
    if rest is not None and rest.unit in _SECONDS and q_count.unit in _SECONDS:
        count_iv = Interval.point(float(q_count.value)) + iv(rest).scale(_SECONDS[rest.unit] / _SECONDS[q_count.unit])
    if q_rate.per in _YEAR_PARTS and q_total.per in _YEAR_PARTS and q_rate.per != q_total.per:
        # "€660 million a year, about €50 a month for every pensioner": months in a year
        count_iv = count_iv.scale(_YEAR_PARTS[q_rate.per] / _YEAR_PARTS[q_total.per])
    implied = iv(q_rate) * count_iv
    terms = [(q_rate, q_count)]
    for n in range(2, 10):  # a package of grants: "$10,000 for each person killed and $2,500 for every home"
        more_rate, more_count = ctx.role(rate, f"rate{n}"), ctx.role(rate, f"count{n}")
        if more_rate is None or more_count is None:
            break
        implied = implied + iv(more_rate) * iv(more_count)
        terms.append((more_rate, more_count))
    factor = _factor(q_total, q_rate)
    if factor is None:
        return
    stated = iv(q_total).scale(factor)  # "94.6 million kilogrammes" against "tonnes a hectare": in the rate's unit
    if implied.overlaps(stated):
        yield Consistent(f"{q_rate.text} × {q_count.text} meets {q_total.text}", [q_rate, q_count, q_total])
        return
    # the sentence's other sums the rate may divide ("£80m over four years ... £20m a year, or £1m to each"):
    # one that meets the rate times the count clears it
    for n in range(1, 10):
        other = ctx.role(rate, f"total_alt{n}")
        if other is None:
            break
        if len(terms) == 1 and (iv(q_rate) * iv(q_count)).overlaps(iv(other)):
            yield Consistent(f"{q_rate.text} × {q_count.text} meets {other.text}", [q_rate, q_count, other])
            return
    unit = q_total.unit if factor == 1.0 else q_rate.unit.split("_per_")[0]
    if len(terms) > 1:
        products = [float(r.value) * float(c.value) for r, c in terms]
        listed = " + ".join(f"{r.text} × {c.text}" for r, c in terms)
        figures = [q for pair in terms for q in pair]
        yield Flag(f"{listed} comes to {show_interval(implied, unit)}, not the {q_total.text} stated",
                   [*figures, q_total], claim=rate, expected=show_interval(implied, unit), observed=q_total.text,
                   arithmetic=" + ".join(f"{format_number(float(r.value))} × {format_number(float(c.value))}"
                                         for r, c in terms) + f" = {format_number(sum(products))}, not "
                                                              f"{format_number(float(q_total.value))}",
                   advice="Check each grant, the number it goes to, and the package's total.")
        return
    count = float(q_count.value)
    count_text = q_count.text
    if q_rate.per in _YEAR_PARTS and q_total.per in _YEAR_PARTS and q_rate.per != q_total.per:
        count *= _YEAR_PARTS[q_rate.per] / _YEAR_PARTS[q_total.per]
        count_text = f"{q_count.text} over the {q_rate.per}s of a {q_total.per}"
    if rest is not None and rest.unit in _SECONDS and q_count.unit in _SECONDS:
        count += float(rest.value) * _SECONDS[rest.unit] / _SECONDS[q_count.unit]
        count_text = f"{q_count.text} and {rest.text}"
    if count == 0:
        return
    if count >= 3 and stated.hi < 2 * iv(q_rate).lo:
        return  # "a yield of 18.4 tonnes a hectare, short of its target of 20 tonnes" over 71,300 hectares: a "total"
        # hardly above one thing's share is another value of the rate (or a share of one), never the sum of them all
    per = stated.scale(1 / count)
    yield Flag(f"{q_rate.text} for each of {count_text} comes to {show_interval(implied, unit)}, "
               f"not the {q_total.text} stated",
               [q_rate, q_count, *([rest] if rest is not None else []), q_total], claim=rate,
               expected=show_interval(per, q_rate.unit),
               observed=q_rate.text,
               arithmetic=f"{format_number(float(q_total.value) * factor)} / {format_number(count)} = "
                          f"{format_number(float(q_total.value) * factor / count, digits=4)}, not "
                          f"{format_number(float(q_rate.value))}",
               advice=f"Check the rate, the count and the total ({show(float(q_total.value), unit)}): "
                      "one of them is from another base or mistyped.")


def _days(period) -> int | None:
    """The days of a calendar month ('2025-01') or year ('2024')."""
    text = str(period.value)
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = int(text[:4]), int(text[5:])
        return calendar.monthrange(year, month)[1]
    if re.fullmatch(r"\d{4}", text):
        return 366 if calendar.isleap(int(text)) else 365
    return None


def _span_days(period) -> Interval | None:
    """The days of a span ("nine months", "26 weeks", "two years"), whichever months or years it runs over: nine
    months are 273 to 276 days."""
    if period.kind != "duration" or not isinstance(period.value, float) or period.value != int(period.value):
        return None
    n = int(period.value)
    if period.unit in ("day", "week"):
        return Interval.point(n * {"day": 1, "week": 7}[period.unit])
    lengths = [calendar.monthrange(2023 + m // 12, m % 12 + 1)[1] for m in range(48)]
    if period.unit == "year":
        n *= 12
    elif period.unit != "month":
        return None
    if not 0 < n <= 24:
        return None
    sums = [sum(lengths[start:start + n]) for start in range(24)]
    return Interval(min(sums), max(sums))


def _over_period(rate, q_rate, q_total, period):
    """"An average of 300 a day over the month" of a total dated March, or "a day over the nine months": the total
    over its days."""
    days = _span_days(period)
    if days is None:
        known = _days(period)
        days = Interval.point(known) if known is not None else None
    unit_days = {"day": 1, "week": 7, "month": 365.25 / 12}.get(rate.about or "")  # the reader says what the rate is per
    if days is None or unit_days is None:
        return
    count = days.scale(1 / unit_days)
    said = format_number(days.lo) if days.lo == days.hi else f"{format_number(days.lo)}–{format_number(days.hi)}"
    of = f"of {period.text}"
    implied = iv(q_rate) * count
    if implied.overlaps(iv(q_total)):
        yield Consistent(f"{q_rate.text} over the {said} days {of} meets {q_total.text}",
                         [q_rate, period, q_total])
        return
    yield Flag(f"{q_rate.text} over the {said} days {of} comes to {show_interval(implied, q_total.unit)}, "
               f"not the {q_total.text} stated",
               [q_rate, period, q_total], claim=rate,
               expected=show_interval(iv(q_total) / count, q_rate.unit), observed=q_rate.text,
               arithmetic=f"{format_number(float(q_total.value))} / {format_number(count.mid, digits=4)} = "
                          f"{format_number(float(q_total.value) / count.mid, digits=4)}, not "
                          f"{format_number(float(q_rate.value))}",
               advice="Check the rate, the period it is taken over and the total.")


def _factor(total, rate) -> float | None:
    """What one of the total's unit is in the rate's (1 when they share it: a count, a currency, one
    unit): "kilogrammes" against "tonnes a hectare" is 0.001; None when the two do not convert."""
    top, bottom = total.unit.split("_per_")[0], rate.unit.split("_per_")[0]
    if top == bottom:
        return 1.0
    if total.kind != "measure" or rate.kind != "measure":
        return None  # "7,750 cars a day" and "the 3.6-kilometre causeway": no total of that rate
    return convert(1.0, top, bottom)
