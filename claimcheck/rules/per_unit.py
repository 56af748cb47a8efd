"""The per-unit rule."""

from __future__ import annotations

from ..numbers import format_number
from ..ruleset import Consistent, Flag, rule
from ._common import iv, show, show_interval


@rule("CC113", "per-unit")
def per_unit(rate, ctx):
    """A rate or average disagrees with the total and the count it divides.

    What it checks: rates and averages read with their total and count, in one sentence or across
    the article ("€400 to each of 1.6 million pensioners, costing €640 million"; "scored 2,460
    points, averaging 82 a game" after "a 30-game campaign"; "an average yield of 4.5 tonnes a
    hectare" after the tonnes harvested and the hectares sown; "0.4 gigabytes a day ... 18 days"
    for a stated volume; "$10,000 to the family of each person killed and $2,500 for every
    damaged home, a package it put at $8.14 million", with the dead and the homes counted elsewhere):
    the rate times the count (summed over a package's grants) must meet the total, each figure taken
    as the interval its wording allows.
    Why it matters: an average is derived by hand from two other figures; a wrong base (the
    games of another season), a transposed digit or a stale total makes it wrong, and readers
    quote averages more than totals.
    Flags:       "€400 to each of 1.6 million pensioners, costing €94 million"
    Passes:      "€400 to each of 1.6 million pensioners, costing €640 million"
    Options:     none; every figure is known to half its last digit, and "about" widens it.
    """
    q_rate, q_total, q_count = ctx.role(rate, "rate"), ctx.role(rate, "total"), ctx.role(rate, "count")
    if q_rate is None or q_total is None or q_count is None:
        return
    implied = iv(q_rate) * iv(q_count)
    terms = [(q_rate, q_count)]
    for n in range(2, 10):  # a package of grants: "$10,000 for each person killed and $2,500 for every home"
        more_rate, more_count = ctx.role(rate, f"rate{n}"), ctx.role(rate, f"count{n}")
        if more_rate is None or more_count is None:
            break
        implied = implied + iv(more_rate) * iv(more_count)
        terms.append((more_rate, more_count))
    stated = iv(q_total)
    if implied.overlaps(stated):
        yield Consistent(f"{q_rate.text} × {q_count.text} meets {q_total.text}", [q_rate, q_count, q_total])
        return
    unit = q_total.unit
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
    if count == 0:
        return
    per = iv(q_total).scale(1 / count)
    yield Flag(f"{q_rate.text} for each of {q_count.text} comes to {show_interval(implied, unit)}, "
               f"not the {q_total.text} stated",
               [q_rate, q_count, q_total], claim=rate,
               expected=show_interval(per, q_rate.unit),
               observed=q_rate.text,
               arithmetic=f"{format_number(float(q_total.value))} / {format_number(count)} = "
                          f"{format_number(float(q_total.value) / count, digits=4)}, not "
                          f"{format_number(float(q_rate.value))}",
               advice=f"Check the rate, the count and the total ({show(float(q_total.value), unit)}): "
                      "one of them is from another base or mistyped.")
