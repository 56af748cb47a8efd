"""The direction rule."""

from __future__ import annotations

from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ._common import numeric, show


@rule("CC101", "change-direction")
def change_direction(change, ctx):
    """A change's verb says the opposite of what its numbers do.

    What it checks: in "from X to Y" and "to Y, up from X", every word of direction (raised, cut, up,
    down...) against whether Y is above or below X.
    Why it matters: a swapped pair of numbers or a wrong verb reverses the story ("tariffs were cut"
    when they rose); readers remember the verb.
    Flags:       "tariffs on Vietnam were reduced from 10% to 46%"
    Passes:      "tariffs on Vietnam were reduced from 46% to 10%"
    Options:     none; the two ends are compared as written, and places in a ranking the other way round
                 ("slipped to fifth from eighth" is a climb).
    """
    start, end = ctx.role(change, "from"), ctx.role(change, "to")
    if not (numeric(start) and numeric(end)) or not change.asserted:
        return
    if _exchange_rate(ctx, start) or _exchange_rate(ctx, end):
        return  # "the yen weakened to 160 per dollar": a currency falls as its quote rises
    a, b = float(start.value), float(end.value)
    if a == b:
        return  # no move: nothing to judge
    # the order of two figures as written does not depend on how they were rounded; a place in a ranking
    # rises as its number falls (from 8th to 5th is up)
    actual = "up" if (b > a) != (start.unit == "rank") else "down"
    wrong = [(word, d) for word, d in change.asserted if d != actual]
    if not wrong:
        yield Consistent(f"'{change.asserted[0][0]}' agrees with {start.text} → {end.text}", [start, end])
        return
    word = wrong[0][0]
    spans = [start.span, end.span]
    said = _word_span(ctx, change, word)
    if said is not None:
        spans.append(said)  # the editor must look at the word as well as the figures
    yield Flag(
        f"'{word}' says the value went {wrong[0][1]}, but {start.text} → {end.text} is a "
        f"{'rise' if actual == 'up' else 'fall'}",
        [start, end], claim=change, spans=sorted(spans),
        expected=f"a {'rise' if actual == 'up' else 'fall'} (from {show(start.value, start.unit)} to "
                 f"{show(end.value, end.unit)})",
        observed=f"'{word}' ({wrong[0][1]})",
        arithmetic=(f"{end.text} is {'above' if actual == 'up' else 'below'} {start.text} in the ranking"
                    if start.unit == "rank" else
                    f"{show(end.value, end.unit)} {'>' if actual == 'up' else '<'} {show(start.value, start.unit)}"),
        advice="Check which figure is the old one and which the new, and the verb.")


def _word_span(ctx, change, word: str) -> tuple[int, int] | None:
    """Where the direction word stands: the last time it is written before the change's end, in its sentence."""
    text = ctx.extraction.document.text
    first, _ = ctx.sentence_span(change)
    found = None
    for m in re.finditer(rf"\b{re.escape(word)}\b", text[first:change.span[1]], re.I):
        found = (first + m.start(), first + m.end())
    return found


_PER_CURRENCY = re.compile(r"^\s*(?:per|a|to\s+the|against\s+the|versus\s+the)\s+(?:u\.?s\.?\s+)?"
                           r"(?:dollar|euro|pound|yen|yuan|franc|greenback)", re.I)


def _exchange_rate(ctx, q) -> bool:
    text = ctx.extraction.document.text
    return bool(_PER_CURRENCY.match(text[q.span[1]:q.span[1] + 30]))
