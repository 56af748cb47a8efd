"""The within-range rule."""

from __future__ import annotations

from ..intervals import Interval
from ..models import Quantity
from ..ruleset import Consistent, Flag, rule
from ._common import iv, numeric
from ._stated import stated

# What each cue says of the value against the range [low, high].
_INSIDE = ("within", "inside", "in", "one of", "in line with", "in keeping with", "consistent with", "in the middle of")
_PLACED = ("top", "bottom", "upper end", "lower end", "high end", "low end", "upper half", "lower half", "top end",
           "bottom end")


def _inside(cue: str) -> bool:
    """Whether the cue says the value lies in the range: "within", "in line with", or a place in it ("at the
    top of", "towards the lower end of", "in the upper half of")."""
    words = cue.split()
    return cue in _INSIDE or len(words) > 3 and words[1] == "the" and words[-1] == "of" \
        and " ".join(words[2:-1]) in _PLACED


@rule("CC116", "within-range")
def within_range(inclusion, ctx):
    """A value said to lie within a range lies outside it (or said to lie outside, above or below it, does not).

    What it checks: "within", "inside", "in line with", "at the top of" a range, and "outside", "above",
    "below" one, where the value and both ends of the range are figures of one unit; the value may stand
    in another sentence and the range may be named ("the target band") after being set earlier. A range
    said to hold every figure of a measure ("tolls range from €2 to €9") is checked against a figure of
    that measure stated after it ("the €12 toll he paid").
    Why it matters: a value outside the range it is said to lie in is usually a mistyped figure, a stale
    range or a forecast revised since; readers take "within the range" as a fact.
    Flags:       "output of 880,000 tonnes was within the range of 900,000 to 950,000 tonnes"
    Passes:      "output of 920,000 tonnes was within the range of 900,000 to 950,000 tonnes"
    Options:     none.
    """
    value, low, high = (ctx.role(inclusion, r) for r in ("value", "low", "high"))
    if not (numeric(value) and numeric(low) and numeric(high)):
        return
    v, lo, hi = iv(value), stated(low), stated(high)
    if lo.lo > hi.hi:
        return  # a reversed range is range-order's finding
    cue = inclusion.cue or "within"
    # the ends of a range are limits someone set ("a forecast of R$5bn to R$6bn" ends at 6bn, not at
    # 8.49bn): each end is its figure, and only the value keeps the rounding of its last digit
    lo, hi = Interval.point(lo.mid), Interval.point(hi.mid)
    band = Interval(lo.lo, hi.hi)
    lo_s, hi_s, v_s = _written(low), _written(high), value.text
    if _inside(cue):
        below = v.hi < band.lo
        wrong, said, side = below or v.lo > band.hi, f"{cue} the range", "below" if below else "above"
        arithmetic = f"{v_s} < {lo_s}, the range's low end" if below else f"{v_s} > {hi_s}, the range's high end"
    elif cue == "outside":
        wrong, said, side = v.lo >= lo.hi and v.hi <= hi.lo, "outside the range", "inside"
        arithmetic = f"{lo_s} ≤ {v_s} ≤ {hi_s}"
    elif cue == "above":
        wrong, said, side = v.hi <= hi.lo, "above the range", "at or below the top of"
        arithmetic = f"{v_s} ≤ {hi_s}, the range's high end"
    elif cue == "below":
        wrong, said, side = v.lo >= lo.hi, "below the range", "at or above the bottom of"
        arithmetic = f"{v_s} ≥ {lo_s}, the range's low end"
    else:
        return
    span = f"{lo_s} to {hi_s}"
    if cue == "one of":  # "Tolls range from €2 to €9" ... "the €12 toll he paid"
        said = "inside the range"
        message = f"{value.text} is one of the figures said to lie in the range {span}, but it lies {side} it"
    else:
        message = f"{value.text} is said to be {said} {span}, but it lies {side} it"
    if not wrong:
        yield Consistent(f"{value.text} is {said} {span}", [value, low, high])
        return
    yield Flag(message, [value, low, high],
               claim=inclusion, expected=f"a value {said} {span}", observed=value.text, arithmetic=arithmetic,
               advice="Check the value, the ends of the range, or whether the range has been revised.")


def _written(q: Quantity) -> str:
    """An end as the text writes it, without a noun naming the range ('2,700 range' -> '2,700')."""
    words = q.text.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in ("range", "band") else q.text
