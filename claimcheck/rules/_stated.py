"""A figure as stated, without the bound a neighbouring word lent it."""

from __future__ import annotations

from ..intervals import Interval, interval_of
from ..models import Quantity


def stated(q: Quantity) -> Interval:
    """q to half its last digit. The extractor reads "within the 2,450-2,700 range" as a bound
    ("within 2,450") and "twice as many as the 82" as "as many as 82"; an end of a range or the
    other side of a comparison is no bound."""
    v = float(q.value)
    if q.qualifier == "upper" and q.high is not None:
        return Interval(2 * v - q.high, q.high)
    if q.qualifier == "lower" and q.low is not None:
        return Interval(q.low, 2 * v - q.low)
    return interval_of(q)
