"""The change-arithmetic rule."""

from __future__ import annotations

from ..intervals import Interval
from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, Info, rule
from ._common import iv, numeric, show, show_interval

TOLERANCE = 0.02
# When the intervals allow it but the figures as written do not (8 over 6 is 33%, not 50%), a warning:
# the figures would have to be rounded by more than this share of the stated change.
POINT_MARGIN = 0.25
MULTIPLIER_MARGIN = 0.2  # "doubled" is read loosely: 2.3x passes, 3x of "quadrupled" does not


@rule("CC102", "change-arithmetic", tolerance=TOLERANCE, point_margin=POINT_MARGIN)
def change_arithmetic(changes, ctx):
    """A stated change disagrees with the levels it moves between.

    What it checks: "a 50% increase from 6 trillion to 8 trillion yen" (relative change against its
    ends); "a 71% increase from 54% to 125%" (percent confused with percentage points); "doubled from
    20 to 45" (multipliers); "rose $5 from $10 to $20" (absolute changes); and the triangle of a move,
    its size and its level across one or two sentences ("rose 15%" ... "added $400 billion ... to just
    under $3 trillion").
    Why it matters: the size of a change is the headline number, and it is the one most often
    computed wrongly: from the wrong base, or in percent where points were meant.
    Flags:       "NTT will funnel 8 trillion yen, a 50% increase from its previous level of 6 trillion yen"
    Passes:      "NTT will funnel 9 trillion yen, a 50% increase from its previous level of 6 trillion yen"
    Options:     tolerance (default 0.02): relative slack added to the stated precision;
                 point_margin (default 0.25): when the precision allows the change but the figures as
                 written miss it by more than this share, a warning.
    """
    tol = ctx.option("tolerance", TOLERANCE)
    for change in changes:
        yield from _ends_and_size(change, ctx, tol)
    yield from _triangles(changes, ctx, tol)


def _restated_end(ctx, start, end):
    """Of an end and its restatements in another unit ("$2.41 a gallon, or roughly 64 cents a litre, down
    9% from $2.65"), the one the move is told in: the start's unit, its "per", and nearest its size. A
    conversion set beside a level is an aside; the change is of the level as first written."""
    if end.unit == start.unit and end.per == start.per:
        return end
    partners = [end]
    for c in ctx.extraction.claims:
        if c.kind == "equivalence" and end.id in c.quantities:
            partners += [ctx.extraction.quantity(q) for q in c.quantities if q != end.id]
    fitting = [q for q in partners if q is not None and numeric(q) and q.unit == start.unit and float(q.value)]
    if not fitting or not float(start.value):
        return end
    import math

    return min(fitting, key=lambda q: (q.per != start.per, abs(math.log(abs(float(q.value) / float(start.value))))))


def _signed(change, r: Interval) -> Interval:
    return r.scale(-1) if change.direction == "down" and r.hi > 0 else r


def _ends_and_size(change, ctx, tol):
    start, end, by = ctx.role(change, "from"), ctx.role(change, "to"), ctx.role(change, "by")
    if not numeric(by):
        return
    if not (numeric(start) and numeric(end)):
        yield from _implied_end(change, ctx, start, end, by)
        return
    end = _restated_end(ctx, start, end)
    a, b, stated = iv(start), iv(end), iv(by)
    if by.unit == "fraction":  # "grew by a quarter": a relative change of 25%
        stated, by = stated.scale(100), by.model_copy(update={"unit": "percent"})
    quoted = [start, end, by]
    if by.unit == "multiplier":
        ratio = b / a
        written = float(end.value) / float(start.value) if start.value else ratio.mid
        said = f"{by.qualifier_word} {by.text}" if by.qualifier_word else by.text  # "more than tripled"
        flag = Flag(f"{start.text} to {end.text} is ×{format_number(written)}, not '{said}'", quoted,
                    claim=change, expected=f"×{format_number(written)}", observed=said,
                    arithmetic=f"{show(end.value, end.unit)} / {show(start.value, start.unit)} = "
                               f"{format_number(written)}",
                    advice="Check the multiplier word against the two levels.")
        stated = _multiple(by, stated)
        bounded = by.qualifier in ("lower", "upper")
        yield _verdict(ratio.overlaps(stated if bounded else stated.widen(0.1), tol),
                       _off(written, stated, MULTIPLIER_MARGIN),  # "quadrupled from $2 million to $6 million"
                       flag, Consistent(f"'{by.text}' matches {start.text} → {end.text}", quoted))
        return
    points = b - a
    relative = (b - a) / a
    relative = relative.scale(100)
    pts_w = float(end.value) - float(start.value)  # the change as written, for the messages
    rel_w = pts_w / float(start.value) * 100 if start.value else relative.mid
    stated_signed = _signed(change, stated)
    if by.kind == "percentage_point" or (by.unit == "percent" and change.relative is False
                                         and start.unit == "percent" and not _relative_word(change)):
        if not points.overlaps(stated_signed, tol) and not points.scale(-1).overlaps(stated_signed, tol):
            yield _mismatch(change, quoted, f"{format_number(pts_w)} percentage points",
                            f"{show(end.value, end.unit)} − {show(start.value, start.unit)} = "
                            f"{format_number(pts_w)} points")
        return
    if by.unit == "percent" and start.unit == "percent":
        if relative.overlaps(stated_signed, tol):
            yield Consistent(f"{by.text} matches {start.text} → {end.text}", quoted)
        elif points.overlaps(stated_signed, tol) or points.scale(-1).overlaps(stated_signed, tol):
            yield Flag(f"{start.text} to {end.text} is a {'rise' if pts_w >= 0 else 'fall'} of "
                       f"{format_number(abs(pts_w))} percentage points, "
                       f"or {format_number(abs(rel_w))}%; '{by.text}' confuses percent with percentage points",
                       quoted, claim=change,
                       expected=f"{format_number(pts_w)} percentage points, or {format_number(rel_w)}%",
                       observed=by.text,
                       arithmetic=f"{format_number(end.value)} − {format_number(start.value)} = "
                                  f"{format_number(pts_w)} points; ({format_number(end.value)} − "
                                  f"{format_number(start.value)}) / {format_number(start.value)} = "
                                  f"{format_number(rel_w)}%",
                       advice="Say 'percentage points' for the difference of two rates, or give the relative change.")
        else:
            yield _mismatch(change, quoted, f"{format_number(rel_w)}% ({format_number(pts_w)} points)",
                            f"({format_number(end.value)} − {format_number(start.value)}) / "
                            f"{format_number(start.value)} = {format_number(rel_w)}%")
        return
    if by.unit == "percent":
        arithmetic = (f"({show(end.value, end.unit)} − {show(start.value, start.unit)}) / "
                      f"{show(start.value, start.unit)} = {format_number(rel_w)}%")
        if relative.scale(-1).overlaps(stated_signed, tol) and not relative.overlaps(stated_signed, tol):
            return  # the size is right and only the sign is not: change-direction says so
        yield _verdict(relative.overlaps(stated_signed, tol),
                       _off(rel_w, stated_signed, ctx.option("point_margin", POINT_MARGIN)),
                       _mismatch(change, quoted, _moved(rel_w), arithmetic),
                       Consistent(f"{by.text} matches {start.text} → {end.text}", quoted))
        return
    if by.unit == start.unit == end.unit:
        if points.overlaps(stated_signed, tol):
            yield Consistent(f"{by.text} matches {start.text} → {end.text}", quoted)
            return
        if points.scale(-1).overlaps(stated_signed, tol):
            return  # the size is right and only the sign is not: change-direction says so
        yield _mismatch(change, quoted, show_interval(Interval(abs(points.lo), abs(points.hi)) if points.lo >= 0
                                                      else points, by.unit),
                        f"{show(end.value, end.unit)} − {show(start.value, start.unit)} = "
                        f"{show(pts_w, by.unit)}")


def _multiple(by, stated: Interval) -> Interval:
    """What a bounded multiplier word allows: "more than doubled" is ×2 up to ×3 (beyond, one says
    tripled), "more than halved" below ×0.5, "nearly tripled" a little under ×3."""
    v = float(by.value)
    if by.qualifier == "lower":
        return Interval(v, v + 1) if v >= 1 else Interval(0.0, v)
    if by.qualifier == "upper":
        return Interval(v * 0.85, v) if v >= 1 else Interval(v, min(1.0, v * 1.3))
    return stated


def _verdict(allowed: bool, off_as_written: bool, flag: Flag, consistent: Consistent) -> Flag | Consistent:
    """An error when even the stated precision cannot make the figures agree; a warning when only
    heavy rounding can (8 over 6 is 33%, not 50%); else consistent."""
    if not allowed:
        return flag
    if off_as_written:
        # a size written to a decimal ("fell 9.1 pct to 1.4 mln from 1.6 mln") was computed from figures
        # finer than the rounded levels: their rounding explains the gap, and it is worth a look only
        flag.severity = "info" if _written_finely(flag) else "warning"
        flag.message += " (as written; only heavy rounding of the levels would allow it)"
        return flag
    return consistent


def _written_finely(flag: Flag) -> bool:
    """Whether the stated size carries a decimal its levels do not: '9.1 pct' beside '1.4 mln' and '1.6 mln'."""
    size = flag.quantities[2] if len(flag.quantities) > 2 else None
    return size is not None and bool(re.search(r"\d\.\d", size.text)) and not any(
        re.search(r"\d\.\d\d", q.text) for q in flag.quantities[:2])


def _off(point: float, stated: Interval, margin: float) -> bool:
    """The written figures' change lies well outside the stated one."""
    width = max(abs(stated.lo), abs(stated.hi)) * margin
    return point < stated.lo - width or point > stated.hi + width


def _relative_word(change) -> bool:
    return any(word.lower() in ("increase", "rise", "decrease", "drop", "fall", "decline", "gain", "growth",
                                "jump", "cut", "reduction", "surge", "hike", "boost")
               for word, _ in change.asserted)


def _moved(percent: float) -> str:
    """-4.22 -> 'a fall of 4.22%'."""
    return f"a {'fall' if percent < 0 else 'rise'} of {format_number(abs(percent))}%"


def _mismatch(change, quoted, expected: str, arithmetic: str) -> Flag:
    start, end, by = quoted
    expected = expected if expected.startswith("a ") else f"a change of {expected}"
    return Flag(f"{start.text} to {end.text} is {expected}, not {by.text}", quoted, claim=change,
                expected=expected, observed=by.text, arithmetic=arithmetic,
                advice="Check the size of the change against its two levels, and the base it is computed from.")


def _implied_end(change, ctx, start, end, by):
    """A relative change with one end: the other end it implies, for an editor to verify."""
    if by.unit != "percent" or not change.relative:
        return
    r = _signed(change, iv(by)).scale(0.01)
    one = Interval.point(1)
    if numeric(end) and end.unit != "percent":
        implied = iv(end) / (one + r)
        yield Info(f"a change of {by.text} to {end.text} implies a previous level of "
                   f"{show_interval(implied, end.unit)}",
                   [by, end], claim=change, expected=show_interval(implied, end.unit),
                   arithmetic=f"{show(end.value, end.unit)} / (1 {'+' if r.mid >= 0 else '−'} "
                              f"{format_number(abs(r.mid))}) ≈ {show(implied.mid, end.unit)}")
    elif numeric(start) and start.unit != "percent":
        implied = iv(start) * (one + r)
        yield Info(f"a change of {by.text} from {start.text} implies a new level of "
                   f"{show_interval(implied, start.unit)}",
                   [by, start], claim=change, expected=show_interval(implied, start.unit))


def _triangles(changes, ctx, tol):
    """'rose 15%' then 'added $400 billion ... to just under $3 trillion': move, size and level."""
    relative = [c for c in changes if c.relative and not c.roles.keys() & {"from", "to"}]
    absolute = [c for c in changes if c.roles.keys() >= {"by", "to"} and not c.relative]
    for rc in relative:
        for ac in absolute:
            if not 0 <= ac.sentence - rc.sentence <= 1 or ac.span[0] < rc.span[1] and ac.sentence != rc.sentence:
                continue  # the size and level come after the move, or in its sentence ("down $2.75, or 4.4%")
            if ac.sentence != rc.sentence and not _continues(ctx.sentence(ac)):
                continue
            pct, size, level = ctx.role(rc, "by"), ctx.role(ac, "by"), ctx.role(ac, "to")
            if not (numeric(pct) and numeric(size) and numeric(level)) or pct.unit != "percent":
                continue
            if size.unit != level.unit or size.kind not in ("money", "count", "measure"):
                continue
            r = _signed(rc, iv(pct)).scale(0.01)
            implied = iv(level) * r / (Interval.point(1) + r)
            if implied.lo < 0:
                implied = implied.scale(-1)
            quoted = [pct, size, level]
            if implied.overlaps(iv(size), tol):
                yield Consistent(f"{pct.text} to {level.text} fits {size.text}", quoted)
                continue
            start = iv(level) + iv(size) if rc.direction == "down" else iv(level) - iv(size)
            rate = iv(size) / start  # the move as a share of where it started
            yield Flag(
                f"a {pct.text} move ending at {level.text} is about {show_interval(implied, size.unit)}, not "
                f"{size.text}; {size.text} on {level.text} would be a move of about "
                f"{format_number(rate.mid * 100)}%", quoted, claim=ac,
                expected=f"{show_interval(implied, size.unit)} (or a move of {format_number(rate.mid * 100)}%)",
                observed=f"{pct.text}, {size.text}",
                arithmetic=f"{show(level.value, level.unit)} × {format_number(pct.value)}% / "
                           f"(100% + {format_number(pct.value)}%) ≈ {show(implied.mid, size.unit)}",
                advice="Check the percentage move, the amount added and the new level against each other.")


def _continues(sentence: str) -> bool:
    """A sentence that goes on about the move just reported ('The rally added ...', 'That added ...')."""
    words = [w.lower().strip(",") for w in sentence.split(None, 2)[:2]] + [""]
    return words[0] in ("that", "this", "it", "which") or words[0] in ("the", "this", "that") and words[1] in (
        "rally", "gain", "rise", "jump", "surge", "drop", "fall", "decline", "selloff", "sell-off", "move",
        "increase", "advance", "climb", "slump", "plunge", "surge", "rebound", "slide", "loss", "losses", "gains")
