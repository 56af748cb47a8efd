"""The comparison rule."""

from __future__ import annotations

import math

from ..intervals import BOUND_SLACK, Interval, interval_of
from ..ruleset import Consistent, Flag, rule
from ._common import iv, numeric
from ._stated import stated

# "twice as many", "half as many": the factor a word states, known to half a unit as a figure is.
FACTOR_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "half": 0.5}
_LOWER = ("more than", "over", "at least", "just over")
_UPPER = ("nearly", "almost", "just under", "less than")
_APPROX = ("about", "around", "roughly", "some")


@rule("CC115", "comparison")
def comparison_holds(comparison, ctx):
    """A comparative or superlative that the figures it compares contradict.

    What it checks: "twice as many as", "three times as much as", "half as many as" against the ratio of the
    two figures (the other may stand in another paragraph, found by its subject and measure); "the largest
    of the three", "the fastest growth of the four formats" against the other members' figures; "a record",
    "the highest since 2019" against a bigger figure the article gives for an earlier time.
    Why it matters: a comparison is what readers remember of a story; one the article's own figures
    contradict usually means a stale or mistyped figure.
    Flags:       "treated 164 patients, twice as many as Kelby" when Kelby treated 118
    Passes:      "treated 236 patients, twice as many as Kelby" when Kelby treated 118
    Options:     none.
    """
    subject = ctx.role(comparison, "subject")
    others = [ctx.role(comparison, r) for r in sorted(comparison.roles) if r.startswith("other")]
    if not numeric(subject) or not others or not all(numeric(o) for o in others):
        return
    if comparison.roles.get("difference"):
        yield from _difference(comparison, ctx, subject, others[0])
    elif comparison.direction in ("up", "down"):
        yield from _extreme(comparison, subject, others)
    else:
        yield from _multiple(comparison, ctx, subject, others[0])


def _extreme(comparison, subject, others):
    """Superlatives and records: no other figure may lie wholly beyond the subject."""
    up = comparison.direction == "up"
    s = iv(subject)
    beyond = [o for o in others if (stated(o).lo > s.hi if up else stated(o).hi < s.lo)]
    cue = comparison.cue or ("largest" if up else "smallest")
    if not beyond:
        yield Consistent(f"{subject.text} is the {cue} against {', '.join(o.text for o in others)}",
                         [subject, *others])
        return
    o = beyond[0]
    sign = ">" if up else "<"
    bigger = "larger" if up else "smaller"
    if cue.endswith(" than"):
        message = f"{subject.text} is said to be {cue} {o.text}, but {o.text} is {bigger}"
    else:
        called = "a record" if cue == "record" else f"the {cue}"
        earlier = " for an earlier time" if cue == "record" or " since" in cue else ""
        message = f"{subject.text} is called {called}, but the article gives {o.text}{earlier}, which is {bigger}"
    yield Flag(message, [subject, o], claim=comparison,
               expected=f"a figure {'at or above' if up else 'at or below'} {o.text}", observed=subject.text,
               arithmetic=f"{o.text} {sign} {subject.text}",
               advice="Check both figures, and whether they measure the same thing at the times compared.")


def _difference(comparison, ctx, subject, other):
    """'<subject>, N more than <other>': subject - other against N."""
    gap = ctx.role(comparison, "difference")
    if not numeric(gap):
        return
    diff = iv(subject) - stated(other) if comparison.direction == "up" else stated(other) - iv(subject)
    shown = _number(abs(float(subject.value) - float(other.value)))
    if diff.overlaps(iv(gap)):
        yield Consistent(f"{subject.text} is {gap.text} {comparison.cue} {other.text}", [subject, gap, other])
        return
    wrong_way = (float(subject.value) > float(other.value)) != (comparison.direction == "up")
    yield Flag(f"{subject.text} is said to be {gap.text} {comparison.cue} {other.text}, but they differ by {shown}"
               f"{' the other way' if wrong_way else ''}",
               [subject, gap, other], claim=comparison, expected=f"a gap of {shown}", observed=gap.text,
               arithmetic=f"{subject.text} − {other.text} = {_number(float(subject.value) - float(other.value))}",
               advice="Check the three figures: one of them is probably mistyped or stale.")


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def _multiple(comparison, ctx, subject, other):
    """'<subject>, N times as many as <other>': subject / other against N."""
    factor = _factor(comparison, ctx)
    if factor is None:
        return
    ratio = iv(subject) / stated(other)
    if not (math.isfinite(ratio.lo) and math.isfinite(ratio.hi)):
        return
    said = comparison.cue or ctx.role(comparison, "factor").text
    shown = f"{_ratio(subject, other)}"
    if ratio.overlaps(factor):
        yield Consistent(f"{subject.text} / {other.text} = {shown}, {said} as stated", [subject, other])
        return
    yield Flag(f"{subject.text} is said to be {said} as {comparison.about or 'many'} as {other.text}, but the "
               f"ratio is {shown}",
               [subject, other], claim=comparison, expected=f"a ratio of {said}", observed=shown,
               arithmetic=f"{subject.text} / {other.text} = {shown}",
               advice="Check both figures, and whether the comparison is of the same measure and time.")


def _ratio(a, b) -> str:
    r = float(a.value) / float(b.value)
    return f"{r:.2f}" if r < 10 else f"{r:.1f}"


def _factor(comparison, ctx) -> Interval | None:
    """The factor stated, as an interval: "twice" is 1.5-2.5, "more than twice" at least 2."""
    q = ctx.role(comparison, "factor")
    words = (comparison.cue or "").split()
    if q is not None:
        v = float(q.value)
        qualifier = {"lower": _LOWER[0], "upper": _UPPER[0], "approx": _APPROX[0]}.get(q.qualifier, "")
        exact = _to_half_unit(v) if q.low == q.high or q.low is None else interval_of(q)
    elif words and words[-1] in FACTOR_WORDS:
        v, qualifier = FACTOR_WORDS[words[-1]], " ".join(words[:-1])
        exact = _to_half_unit(v)
    else:
        return None
    if qualifier in _LOWER:
        return Interval(v, math.inf)
    if qualifier in _UPPER:
        return Interval(v * (1 - BOUND_SLACK), v)
    return exact.widen(0.1) if qualifier in _APPROX else exact


def _to_half_unit(v: float) -> Interval:
    """A whole factor is known to half a unit (2 is 1.5-2.5); a half to between a third and two-thirds."""
    if v >= 1:
        return Interval(v - 0.5, v + 0.5)
    return Interval(1 / (1 / v + 0.5), 1 / (1 / v - 0.5))
