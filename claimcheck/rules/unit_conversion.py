"""The unit-conversion rule."""

from __future__ import annotations

from ..intervals import Interval
from ..ruleset import Consistent, Flag, rule
from ._common import iv, numeric, show, show_interval

TOLERANCE = 0.03


@rule("CC104", "unit-conversion", tolerance=TOLERANCE)
def unit_conversion(equivalence, ctx):
    """A measurement and its conversion in the other unit disagree.

    What it checks: "X (Y)" and "X, or Y" where X and Y are physical quantities of one dimension,
    converted through pint ("1,200 miles (1,931 km)").
    Why it matters: conversions are added at the desk and a unit slip (miles for kilometres, °F for °C)
    goes unnoticed because both figures look plausible.
    Flags:       "within 1,200 miles (1,200 kilometers) of Earth's surface"
    Passes:      "within 1,200 miles (1,931 kilometers) of Earth's surface"
    Options:     tolerance (default 0.03): relative slack for rounding in the conversion.
    """
    left, right = ctx.role(equivalence, "left"), ctx.role(equivalence, "right")
    if not (numeric(left) and numeric(right)) or left.kind != "measure" or right.kind != "measure":
        return
    if left.unit == right.unit:
        return
    from ..units import convert

    lo, hi = convert(iv(left).lo, left.unit, right.unit), convert(iv(left).hi, left.unit, right.unit)
    if lo is None or hi is None:
        return
    expected = Interval(min(lo, hi), max(lo, hi))
    if expected.overlaps(iv(right), ctx.option("tolerance", TOLERANCE)):
        yield Consistent(f"{left.text} is {right.text}", [left, right])
        return
    yield Flag(f"{left.text} is about {show_interval(expected, right.unit)}, not {right.text}", [left, right],
               claim=equivalence, expected=show_interval(expected, right.unit), observed=right.text,
               arithmetic=f"{show(float(left.value), left.unit)} = {show(expected.mid, right.unit)}",
               advice="Check the conversion and which unit each figure is in.")
