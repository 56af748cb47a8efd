"""The unit-conversion rule."""

from __future__ import annotations

from ..intervals import Interval
from ..models import Quantity
from ..ruleset import Consistent, Flag, rule
from ._common import numeric, show, show_interval, stated_iv

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
    if _level(left.unit) == _level(right.unit):
        return
    readings = [r for r in (_converted(left, right, difference=False), _converted(left, right, difference=True))
                if r is not None]
    if not readings:
        return
    tol = ctx.option("tolerance", TOLERANCE)
    if any(r.overlaps(stated_iv(right), tol) for r in readings):
        # a temperature may be a level ("41 C (105.8 F)") or a difference ("4 C (7.2 F) warmer"):
        # either reading that fits the text is a conversion done right
        yield Consistent(f"{left.text} is {right.text}", [left, right])
        return
    expected = readings[-1] if _is_difference(left) or _is_difference(right) else readings[0]
    yield Flag(f"{left.text} is about {show_interval(expected, right.unit)}, not {right.text}", [left, right],
               claim=equivalence, expected=show_interval(expected, right.unit), observed=right.text,
               arithmetic=f"{show(float(left.value), left.unit)} = {show(expected.mid, right.unit)}",
               advice="Check the conversion and which unit each figure is in.")


def _is_difference(q: Quantity) -> bool:
    return q.unit.startswith("delta_")


def _level(unit: str) -> str:
    return unit.removeprefix("delta_")


def _converted(left: Quantity, right: Quantity, *, difference: bool) -> Interval | None:
    """What left is in right's unit, read as a level or as a difference of temperatures."""
    from ..units import convert

    src, dst = _level(left.unit), _level(right.unit)
    if difference:
        if not (src.startswith("degree_") and dst.startswith("degree_")) or src == dst:
            return None
        src, dst = f"delta_{src}", f"delta_{dst}"
    lo, hi = convert(stated_iv(left).lo, src, dst), convert(stated_iv(left).hi, src, dst)
    if lo is None or hi is None:
        return None
    return Interval(min(lo, hi), max(lo, hi))
