"""The restated-scale rule."""

from __future__ import annotations

import math

from ..models import Quantity
from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ._common import iv, numeric, show

TOLERANCE = 0.01

# Scale words and suffixes, as written after a figure ("365 crore", "$4.5bn", "3.5 lakh", "£2,000m").
_SCALE = re.compile(r"(?<![a-z])(crores?|cr|lakhs?|lacs?|trillions?|tn|trn|billions?|bn|b|millions?|mn|mln|m|"
                    r"thousands?|k|hundred|arab|kharab)(?![a-z])", re.I)


@rule("CC117", "restated-scale", tolerance=TOLERANCE)
def restated_scale(equivalence, ctx):
    """An amount restated in the same unit with other scale words does not come to the same figure.

    What it checks: "Rs 365 crore (Rs 3.65 billion)", "3.5 lakh (350,000) visitors", "£2.1bn (£2,100m)":
    an amount and its restatement in brackets or set off by commas, in one currency or unit, written
    with different scale words (crore, lakh, million, billion, "bn", "m", or none), where the two
    figures must be equal. It flags the slips of scale (the two figures a power of ten apart); two
    figures in another ratio are taken for two amounts, and a figure and a restatement with the same
    scale words are not read as one.
    Why it matters: moving between crore and billion or lakh and million is where a decimal point
    slips by a factor of ten, and both figures look plausible.
    Flags:       "a grant of Rs 365 crore (Rs 36.5 billion)"
    Passes:      "a grant of Rs 365 crore (Rs 3.65 billion)"
    Options:     tolerance (default 0.01): relative slack beyond the rounding of the last digit written.
    """
    left, right = ctx.role(equivalence, "left"), ctx.role(equivalence, "right")
    if not (numeric(left) and numeric(right)) or left.unit != right.unit:
        return
    if left.kind not in ("money", "count", "measure") or left.per != right.per:
        return
    if _scales(left) == _scales(right) or not float(left.value) or not float(right.value):
        return
    if not 1e-3 <= float(right.value) / float(left.value) <= 1e3:
        return  # "C$27.9 mln, or 15 cents" a share: a slip of scale is a power of ten or two, not eight
    tol = ctx.option("tolerance", TOLERANCE)
    if iv(left).overlaps(iv(right), tol):
        yield Consistent(f"{left.text} is {right.text}", [left, right])
        return
    ratio = float(right.value) / float(left.value)
    if abs(math.log10(abs(ratio)) - round(math.log10(abs(ratio)))) > 0.05:
        return  # "$2.1 million, or about $700,000 a season": another amount; a slip of scale is a power of ten
    expected = show(float(left.value), left.unit)
    yield Flag(f"{left.text} is {expected}, not {right.text}", [left, right],
               claim=equivalence, expected=expected, observed=right.text,
               arithmetic=f"{left.text} = {show(float(left.value), left.unit)}; {right.text} = "
                          f"{show(float(right.value), right.unit)}, {_times(ratio)} as much",
               advice="Check the scale words (crore, lakh, million, billion) and the decimal point of each figure.")


def _scales(q: Quantity) -> tuple[str, ...]:
    return tuple(m.group(1).lower().rstrip("s") for m in _SCALE.finditer(q.text.split("(")[0]))


def _times(ratio: float) -> str:
    return f"{ratio:.3g} times" if ratio >= 1 else f"{1 / ratio:.3g} times less"
