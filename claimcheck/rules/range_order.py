"""The range rule."""

from __future__ import annotations

from ..ruleset import Consistent, Flag, rule
from ._common import numeric, show


@rule("CC108", "range-order")
def range_order(range, ctx):  # noqa: A002 - the fixture is named after the claim kind
    """A range's low end is above its high end.

    What it checks: "between X and Y" and "X to Y" ranges, and "X-Y" ranges that write the unit on both
    ends ("₹70-₹66"; a bare "9-2" is a score), whose first figure exceeds the second.
    Why it matters: a reversed range usually means a mistyped figure, and readers cannot tell which.
    Flags:       "sought to raise between $10 billion and $8 billion"
    Passes:      "sought to raise between $8 billion and $10 billion"
    Options:     none.
    """
    low, high = ctx.role(range, "low"), ctx.role(range, "high")
    if not (numeric(low) and numeric(high)):
        return
    signed = low.kind == high.kind and low.kind in ("money", "percent", "measure") and (
        low.text[:1] == high.text[:1] and not low.text[:1].isdigit() or low.text[-1:] == high.text[-1:] == "%")
    large = min(float(low.value), float(high.value)) >= 1000  # "40,000-25,000"; "2.5-1.5" is a chess score
    if range.cue == "-" and not (signed or large):
        return  # "9-2" is a score; "₹70-₹66", "5.50%-5.25%" and "40,000-25,000" are ranges
    if range.cue not in ("between", "to", "-", "ranging"):
        return  # "from X to Y" may be a change: a fall is not an error
    if float(low.value) <= float(high.value):  # a reversal is an error whatever the rounding
        yield Consistent(f"range {low.text} to {high.text} is in order", [low, high])
        return
    yield Flag(f"the range's low end {low.text} is above its high end {high.text}", [low, high], claim=range,
               expected=f"a low end at or below {show(high.value, high.unit)}", observed=low.text,
               arithmetic=f"{show(low.value, low.unit)} > {show(high.value, high.unit)}",
               advice="Check the order of the two figures, or whether one is mistyped.")
