"""The comparison rule."""

from __future__ import annotations

import math

from ..intervals import BOUND_SLACK, NEAR_BOUND_SLACK, Interval, interval_of
from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ._common import iv, numeric
from ._stated import stated

# "twice as many", "half as many": the factor a word states, known to half a unit as a figure is.
FACTOR_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "half": 0.5}
_LOWER = ("more than", "over", "at least", "just over")
_UPPER = ("nearly", "almost", "just under", "less than")
_APPROX = ("about", "around", "roughly", "some")
# Cues that set the subject past or behind one other figure: "ahead of", "overtaking", "behind".
_PASSING = frozenset("""ahead overtaking overtook overtakes overtake surpassing surpassed surpasses outstripping
    outstripped outstrips eclipsing eclipsed eclipses outpacing outpaced behind trailing trailed trails
    outsell outsells outsold outselling lag lags lagged lagging""".split()) | frozenset(
    f"{stem}{end}" for stem in ("exceed", "outnumber", "outperform", "outweigh", "dwarf") for end in ("", "s", "ed", "ing"))


# Verbs of beating a mark ("beat the previous high of 30.2C"): said in the perfect, not as "to be".
_BEATING = frozenset("beat beats beating bettered betters bettering broke breaks smashed smashes".split())
_PASSING |= _BEATING


@rule("CC115", "comparison")
def comparison_holds(comparison, ctx):
    """A comparative or superlative that the figures it compares contradict.

    What it checks: "twice as many as", "three times as much as", "half as many as" against the ratio of the
    two figures (the other may stand in another paragraph, found by its subject and measure); "the largest
    of the three", "the quickest rise of the five labels" against the other members' figures; "its highest
    pass rate ..., where pupils passed 38 of 48 exams" against the rates of other tallies; "ahead of the
    regional mean of 74.2%", "overtaking its Quorley depot, which packs 8,100" against the subject's own
    figure; "a backlog of 12.9 bln euros, equal to about two years of revenue" against the yearly figure; "the tour's most prolific batter" against the named rivals' figures; "the second-largest
    outlet" against two or more rivals' bigger figures, and "the second-largest of the three", all three given,
    against its place among them; "a record",
    "the highest since 2019" against a bigger figure the article gives for an earlier time; "only X stood above
    80%" against X's figure and the named rivals'; "30% higher than the £1,300" against the two figures' ratio.
    Why it matters: a comparison is what readers remember of a story; one the article's own figures
    contradict usually means a stale or mistyped figure.
    Flags:       "treated 210 patients, twice as many as Kelby" when Kelby treated 147
    Passes:      "treated 294 patients, twice as many as Kelby" when Kelby treated 147
    Options:     none.
    """
    subject = ctx.role(comparison, "subject")
    others = [ctx.role(comparison, r) for r in sorted(comparison.roles) if r.startswith("other") and "_" not in r]
    if not numeric(subject) or not others or not all(numeric(o) for o in others):
        return
    if comparison.roles.get("subject_of"):
        yield from _extreme_rate(comparison, ctx)
    elif comparison.roles.get("relative"):
        yield from _relative(comparison, ctx, subject, others[0])
    elif comparison.roles.get("difference"):
        yield from _difference(comparison, ctx, subject, others[0])
    elif comparison.direction in ("up", "down") and ctx.role(comparison, "rank") is not None:
        yield from _ordinal(comparison, subject, others, ctx.role(comparison, "rank"), ctx.role(comparison, "set"))
    elif comparison.direction in ("up", "down"):
        yield from _extreme(comparison, subject, others, ctx.role(comparison, "set"), _known(ctx, subject))
    else:
        yield from _multiple(comparison, ctx, subject, others[0])


def _extreme(comparison, subject, others, size=None, known=None):
    """Superlatives and records: no other figure may lie wholly beyond the subject; the set's size
    ("of the 11 reservoirs"), when given, is shown too, as it is where the claim is made."""
    up = comparison.direction == "up"
    s = stated(subject) if comparison.cue == "only" else known or iv(subject)  # "above 80%": the threshold as written
    beyond = [o for o in others if _beyond(o, s, subject, up)]
    cue = comparison.cue or ("largest" if up else "smallest")
    if not beyond:
        yield Consistent(f"{subject.text} is the {cue} against {', '.join(o.text for o in others)}",
                         [subject, *others])
        return
    o = beyond[0]
    sign = ">" if up else "<"
    bigger = "larger" if up else "smaller"
    if cue.endswith("than any other"):
        message = f"{subject.text} is said to be {cue}, but the article gives {o.text}, which is {bigger}"
    elif cue == "only":  # "only Cawder Lake stood above 80%": the subject is the threshold, the others the rivals
        message = f"only {comparison.about} is said to be above {subject.text}, but the article gives {o.text} as well"
    elif cue == "above":
        message = f"{subject.text} is said to be above {o.text}, but it is below it"
    elif cue.split()[0] in _BEATING:
        message = f"{subject.text} is said to have beaten {o.text}, but {o.text} is {bigger}"
    elif cue.endswith(" than") or cue.split()[0] in _PASSING:
        message = f"{subject.text} is said to be {cue} {o.text}, but {o.text} is {bigger}"
    else:
        called = "a record" if cue == "record" else f"the {cue}"
        earlier = " for an earlier time" if cue == "record" or " since" in cue else ""
        message = f"{subject.text} is called {called}, but the article gives {o.text}{earlier}, which is {bigger}"
    yield Flag(message, [subject, o, *([size] if size is not None else [])], claim=comparison,
               expected=f"a figure {'at or above' if up else 'at or below'} {o.text}", observed=subject.text,
               arithmetic=f"{o.text} {sign} {subject.text}",
               advice="Check both figures, and whether they measure the same thing at the times compared.")


def _known(ctx, subject) -> Interval | None:
    """An approximate rate restated from an exact total and count in its sentence ("went for £2.3m, or about
    £41,800 a plot" of 55 plots) is known as closely as total / count is, within what its own wording allows."""
    if subject.qualifier != "approx":
        return None
    for c in ctx.extraction.claims:
        if c.kind != "rate" or c.roles.get("rate") != subject.id:
            continue
        total, count = ctx.role(c, "total"), ctx.role(c, "count")
        if not numeric(total) or not numeric(count) or "exact" != total.qualifier or "exact" != count.qualifier:
            return None
        own, worked = iv(subject), iv(total) / iv(count)
        if worked.lo < own.lo or worked.hi > own.hi:
            return None  # a rate its total and count contradict: the per-unit rule's to say
        return worked
    return None


def _beyond(other, s, subject, up: bool) -> bool:
    """other lies past the subject (interval s): wholly, or, when both are written to their last digit and that digit
    alone differs, by their rounding ("1.4GW" is under 1.45, "1.5GW" at least 1.45: the intervals only touch)."""
    o = stated(other)
    if up:
        return o.lo > s.hi or math.isclose(o.lo, s.hi) and float(other.value) > float(subject.value)
    return o.hi < s.lo or math.isclose(o.hi, s.lo) and float(other.value) < float(subject.value)


def _ordinal(comparison, subject, others, rank, size=None):
    """"the second-largest": fewer than N others may lie wholly beyond the subject (the others the article
    gives may be incomplete, so only too many beyond is a contradiction); of a set counted and given whole ("the
    second-largest of the three", all three figures found), at most the set's size less N may lie behind it."""
    up = comparison.direction == "up"
    s = iv(subject)
    beyond = [o for o in others if _beyond(o, s, subject, up)]
    n = int(float(rank.value))
    whole = size is not None and numeric(size) and len(others) == int(float(size.value)) - 1
    behind = [o for o in others if _beyond(o, s, subject, not up)] if whole else []
    if whole and len(behind) > len(others) + 1 - n:
        place = len(others) + 1 - len(behind)
        shown = ", ".join(o.text for o in behind)
        yield Flag(f"{subject.text} is called the {comparison.cue} of {size.text}, but the article gives "
                   f"{len(behind)} figures {'smaller' if up else 'larger'} ({shown}), so it ranks {_place(place)}",
                   [subject, rank, *behind], claim=comparison, expected=f"{len(others) + 1 - n} figure(s) behind it",
                   observed=f"{len(behind)} behind",
                   arithmetic=" and ".join(f"{o.text} {'<' if up else '>'} {subject.text}" for o in behind),
                   advice="Check the figures, and whether they measure the same thing at the same time.")
        return
    if len(beyond) < n:
        yield Consistent(f"{subject.text} is the {comparison.cue} against {', '.join(o.text for o in others)}",
                         [subject, *others])
        return
    bigger = "larger" if up else "smaller"
    shown = ", ".join(o.text for o in beyond)
    yield Flag(f"{subject.text} is called the {comparison.cue}, but the article gives {len(beyond)} figures "
               f"{bigger} ({shown}), so it ranks no better than {len(beyond) + 1}", [subject, rank, *beyond],
               claim=comparison, expected=f"at most {n - 1} figure(s) {bigger}", observed=f"{len(beyond)} {bigger}",
               arithmetic=" and ".join(f"{o.text} {'>' if up else '<'} {subject.text}" for o in beyond),
               advice="Check the figures, and whether they measure the same thing at the same time.")


def _place(n: int) -> str:
    """1 -> "first", 2 -> "second" ...: the place a figure takes in its set."""
    return {1: "first", 2: "second", 3: "third", 4: "fourth"}.get(n, f"{n}th")


def _extreme_rate(comparison, ctx):
    """'its best rate ... 38 of 48 exams' against '45 of 50 exams': no other tally's rate may lie wholly beyond."""
    def rate(name):
        part, whole = ctx.role(comparison, name), ctx.role(comparison, f"{name}_of")
        return part, whole, (iv(part) / stated(whole) if numeric(part) and numeric(whole) else None)

    part, whole, mine = rate("subject")
    if mine is None:
        return
    up = comparison.direction == "up"
    names = sorted(r for r in comparison.roles if r.startswith("other") and "_" not in r)
    for name in names:
        p, w, theirs = rate(name)
        if theirs is None or not (theirs.lo > mine.hi if up else theirs.hi < mine.lo):
            continue
        bigger = "higher" if up else "lower"
        shown = f"{float(part.value) / float(whole.value):.1%}", f"{float(p.value) / float(w.value):.1%}"
        yield Flag(f"{part.text} of {whole.text} ({shown[0]}) is called the {comparison.cue}, but {p.text} of "
                   f"{w.text} ({shown[1]}) is {bigger}", [part, whole, p, w], claim=comparison,
                   expected=f"a rate {'at or above' if up else 'at or below'} {shown[1]}", observed=shown[0],
                   arithmetic=f"{p.text} / {w.text} = {shown[1]} {'>' if up else '<'} {part.text} / {whole.text} = "
                              f"{shown[0]}",
                   advice="Check the tallies, and whether they are of the same contest and time.")
        return
    yield Consistent(f"{part.text} of {whole.text} is the {comparison.cue}", [part, whole])


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


def _relative(comparison, ctx, subject, other):
    """'<subject>, 30% higher than <other>': subject / other - 1 against the gap (a third: 1/3.5 to 1/2.5)."""
    gap = ctx.role(comparison, "relative")
    if not numeric(gap) or float(other.value) == 0:
        return
    if gap.unit == "fraction":
        said = _to_half_unit(float(gap.value))
    else:
        said = iv(gap) / Interval(100, 100)
    ratio = iv(subject) / stated(other)
    up = comparison.direction == "up"
    rel = Interval(ratio.lo - 1, ratio.hi - 1) if up else Interval(1 - ratio.hi, 1 - ratio.lo)
    actual = float(subject.value) / float(other.value) - 1
    shown = f"{abs(actual):.1%} {'higher' if actual >= 0 else 'lower'}"
    if rel.overlaps(said):
        yield Consistent(f"{subject.text} is {gap.text} {comparison.cue} {other.text} ({shown})", [subject, gap, other])
        return
    yield Flag(f"{subject.text} is said to be {gap.text} {comparison.cue} {other.text}, but it is {shown}",
               [subject, gap, other], claim=comparison, expected=f"{gap.text} {comparison.cue.split()[0]}",
               observed=shown, arithmetic=f"{subject.text} / {other.text} − 1 = {actual:+.1%}",
               advice="Check the three figures, and whether the two compared are of the same measure and time.")


def _number(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.4g}"


def _multiple(comparison, ctx, subject, other):
    """'<subject>, N times as many as <other>': subject / other against N."""
    factor = _factor(comparison, ctx)
    if factor is None:
        return
    high = ctx.role(comparison, "other_high")  # a yearly range: "a full-year outlook of 4.2-4.6 bln euros"
    base = stated(other) if high is None else Interval(stated(other).lo, stated(high).hi)
    ratio = iv(subject) / base
    if not (math.isfinite(ratio.lo) and math.isfinite(ratio.hi)):
        return
    said = comparison.cue or ctx.role(comparison, "factor").text
    shown = f"{_ratio(subject, other)}" if high is None else f"{_ratio(subject, high)}–{_ratio(subject, other)}"
    if high is not None:
        shown_other = f"{other.text}–{high.text}"
        if ratio.overlaps(factor):
            yield Consistent(f"{subject.text} / {shown_other} = {shown}, {said} as stated", [subject, other, high])
            return
        yield Flag(f"{subject.text} is said to be {said} {comparison.about or ''} {shown_other}, but the ratio is "
                   f"{shown}", [subject, other, high], claim=comparison, expected=f"a ratio of {said}", observed=shown,
                   arithmetic=f"{subject.text} / {shown_other} = {shown}",
                   advice="Check both figures, and whether the comparison is of the same measure and time.")
        return
    if ratio.overlaps(factor):
        yield Consistent(f"{subject.text} / {other.text} = {shown}, {said} as stated", [subject, other])
        return
    about = comparison.about or "many"
    said_as = f"{said} {about}" if about.startswith(("the ", "of ")) else f"{said} as {about} as"  # "twice the size of"
    spans = [subject.span, other.span]
    cue = _cue_span(ctx, comparison, said) if comparison.sentence not in (subject.sentence, other.sentence) else None
    if cue is not None:
        spans.append(cue)  # "Output was nearly twice last year's level": the words making the claim, a sentence on
    yield Flag(f"{subject.text} is said to be {said_as} {other.text}, but the ratio is {shown}",
               [subject, other], claim=comparison, spans=sorted(spans), expected=f"a ratio of {said}", observed=shown,
               arithmetic=f"{subject.text} / {other.text} = {shown}",
               advice="Check both figures, and whether the comparison is of the same measure and time.")


def _cue_span(ctx, comparison, cue: str):
    """Where the comparison's cue ("nearly twice") is written in the claim's own sentence, or None."""
    text = ctx.extraction.document.text
    first, last = ctx.extraction.sentences[comparison.sentence]
    m = re.search(rf"\b{re.escape(cue)}\b", text[first:last], re.I)
    return (first + m.start(), first + m.end()) if m else None


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
    if qualifier in _UPPER:  # "nearly five times" is close below five, "less than half" anywhere well below
        near = words[:1] in (["nearly"], ["almost"]) or words[:2] == ["just", "under"]
        if near:  # a whole factor is known to half a unit: "nearly three times" is 2.5 to 3
            return Interval(v - 0.5 if v >= 2 else v * (1 - NEAR_BOUND_SLACK), v)
        return Interval(v * (1 - BOUND_SLACK), v)
    return exact.widen(0.1) if qualifier in _APPROX else exact


def _to_half_unit(v: float) -> Interval:
    """A whole factor is known to half a unit (2 is 1.5-2.5); a half to between a third and two-thirds."""
    if v >= 1:
        return Interval(v - 0.5, v + 0.5)
    return Interval(1 / (1 / v + 0.5), 1 / (1 / v - 0.5))
