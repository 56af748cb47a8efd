"""Intervals: what a stated number allows, given its precision and its qualifier.

"$48.2 million" is 48.15–48.25 million; "about half" is 0.45–0.55; "just under
$3 trillion" is a little below 3 trillion; "over $400 billion" a little above.
Rules compare intervals, never floats, so a rounded figure is never a finding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .models import Quantity

# How far past its bound a bounded figure plausibly goes ("over $400 billion" is not $900 billion).
BOUND_SLACK = 0.25
NEAR_BOUND_SLACK = 0.10  # "almost", "nearly", "just under", "just over"
APPROX = 0.10  # "about", "around", "roughly", when the extractor gave no bounds
# Words after a share that make it a threshold passed, with no bound above but the whole: "a two-thirds majority".
_THRESHOLDS = ("majority",)
_NEAR_WORDS = ("almost", "nearly", "just under", "just over", "just shy of", "close to", "barely", "just below")


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @classmethod
    def point(cls, v: float) -> "Interval":
        return cls(v, v)

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def widen(self, rel: float) -> "Interval":
        return Interval(self.lo - abs(self.lo) * rel, self.hi + abs(self.hi) * rel)

    def overlaps(self, other: "Interval", rel_tol: float = 0.0) -> bool:
        a, b = self.widen(rel_tol), other
        return a.lo <= b.hi and b.lo <= a.hi

    def contains(self, v: float) -> bool:
        return self.lo <= v <= self.hi

    def __add__(self, o: "Interval") -> "Interval":
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: "Interval") -> "Interval":
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o: "Interval") -> "Interval":
        products = (self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi)
        return Interval(min(products), max(products))

    def __truediv__(self, o: "Interval") -> "Interval":
        if o.lo <= 0 <= o.hi:
            return Interval(-math.inf, math.inf)
        return self * Interval(1 / o.hi, 1 / o.lo)

    def scale(self, k: float) -> "Interval":
        return Interval(min(self.lo * k, self.hi * k), max(self.lo * k, self.hi * k))


def interval_of(q: Quantity) -> Interval:
    """What the wording of q allows: stated precision, widened or bounded by its qualifier.
    Basis points are read in percentage points, so "25 basis points" compares with "0.25 points"."""
    if q.unit == "basis_point":
        return _interval(q).scale(0.01)
    return _interval(q)


def _interval(q: Quantity) -> Interval:
    v = float(q.value)
    qualifier_word = q.qualifier_word
    if q.qualifier == "exact":
        lo = q.low if q.low is not None else v
        hi = q.high if q.high is not None else v
        return Interval(lo, hi)
    if q.qualifier == "approx":  # the extractor's bounds: the unit the figure was rounded to, 3-10%
        if q.low is not None and q.high is not None:
            return Interval(q.low, q.high)
        return Interval(v - abs(v) * APPROX, v + abs(v) * APPROX)
    if q.qualifier == "lower" and qualifier_word in _THRESHOLDS:  # "a two-thirds majority": anything up to the whole
        return Interval(v, 100.0 if q.unit == "percent" else 1.0 if q.unit == "fraction" else v + abs(v) * BOUND_SLACK)
    slack = NEAR_BOUND_SLACK if qualifier_word in _NEAR_WORDS else BOUND_SLACK
    if q.qualifier == "upper":
        return Interval(v - abs(v) * slack, v)
    return Interval(v, v + abs(v) * slack)
