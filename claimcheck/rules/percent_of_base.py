"""The percent-of-base rule."""

from __future__ import annotations

from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, Info, rule
from ._common import NEAR, find_stated, iv, key_words, numeric, show, show_interval

TOLERANCE = 0.03
_BASE = re.compile(r"\b(?:of|in)\s+(?P<base>.+)$", re.I)


# The people a survey or poll asked: "a survey of 2,400 adults", "polled 1,000 voters", "a sample of 500".
_SURVEYED = re.compile(r"\b(?:survey|poll|study|sample|census)\s+of\s+(?:some\s+|about\s+|nearly\s+|more\s+than\s+)?$"
                       r"|\b(?:surveyed|polled|questioned|interviewed|asked)\s+(?:some\s+|about\s+|nearly\s+)?$", re.I)


_SURVEYED_AFTER = re.compile(r"\s+(?:surveyed|polled|questioned|interviewed)\b", re.I)  # "1,200 adults surveyed"


def _sample(ctx, right):
    """The sample an article's survey asked, when the amount counts people from it."""
    if right.kind != "count":
        return None
    memo = ctx.extraction.memo
    if "samples" not in memo:  # once per document: every count a survey is said to have asked
        text = ctx.extraction.document.text
        memo["samples"] = [q for q in ctx.extraction.quantities if q.kind == "count" and q.noun
                           and (_SURVEYED.search(text[max(0, q.span[0] - 30):q.span[0]])
                                or _SURVEYED_AFTER.match(text, q.span[1]))]
    return next((q for q in memo["samples"] if q.span[0] < right.span[0] and float(q.value) > float(right.value)),
                None)


@rule("CC106", "percent-of-base", tolerance=TOLERANCE)
def percent_of_base(equivalence, ctx):
    """A percentage and the amount it is said to equal disagree with the base stated elsewhere.

    What it checks: "a 7% increase in global GDP, or almost $7 trillion" against "global GDP stands at
    about $70 trillion" elsewhere in the article. With no stated base, the base it implies is info.
    Why it matters: the amount is usually computed by the writer; a wrong base makes it false while
    both figures still look plausible.
    A survey's sample is the base of the people it counts ("a survey of 2,400 adults found that 38% – or
    1,152 people – ...").
    Flags:       "a 7% increase in global GDP, or almost $7 trillion" (global GDP about $70 trillion)
    Passes:      "a 7% increase in global GDP, or almost $5 trillion" (global GDP about $70 trillion)
    Options:     tolerance (default 0.03): relative slack added to the stated precision.
    """
    left, right = ctx.role(equivalence, "left"), ctx.role(equivalence, "right")
    if not (numeric(left) and numeric(right)) or left.unit != "percent":
        return
    if right.kind not in ("money", "count", "measure"):
        return
    m = _BASE.search(equivalence.about or "")
    base_words = m.group("base") if m else None
    factor = iv(left).scale(0.01)
    if factor.lo <= 0:
        return
    sample = _sample(ctx, right) if not base_words else None
    if sample is not None:  # "a survey of 2,400 adults found that 38% – or 1,152 people – ..."
        base_words = "those surveyed"
        stated = [sample]
    elif not base_words:
        return
    else:
        stated = find_stated(ctx, base_words, right, set(equivalence.quantities))
    quoted = [left, right]
    if not stated:
        implied = iv(right) / factor
        yield Info(f"{left.text} of {base_words} as {right.text} implies {base_words} of "
                   f"{show_interval(implied, right.unit)}", quoted, claim=equivalence,
                   expected=show_interval(implied, right.unit),
                   advice=f"Verify {base_words} against the source.")
        return
    if len({q.value for q in stated}) > 1:
        stated = _levels(ctx, stated, base_words)  # "Revenue rose to €43.5m from €39.1m": the level it reached
    if len({q.value for q in stated}) != 1:
        return
    base = stated[0]
    expected = iv(base) * factor
    if expected.overlaps(iv(right), ctx.option("tolerance", TOLERANCE)):
        yield Consistent(f"{left.text} of {base.text} fits {right.text}", quoted + [base])
        return
    yield Flag(f"{left.text} of {base_words} ({base.text}) is {show_interval(expected, right.unit)}, "
               f"not {right.text}", quoted + [base], claim=equivalence,
               expected=show_interval(expected, right.unit), observed=right.text,
               arithmetic=f"{format_number(float(left.value))}% × {show(float(base.value), base.unit)} = "
                          f"{show(float(base.value) * float(left.value) / 100, right.unit)}",
               advice="Check the percentage, the amount and the base they are computed from.")


def _levels(ctx, stated, base_words):
    """Of several candidate bases, the ones whose clause names the base in its own words (not a synonym's), and
    of those, none that starts a change whose end is stated too: of "Revenue rose to €43.5m from €39.1m", the
    £61.2m the measure stands at now."""
    words = key_words(base_words)
    text = ctx.extraction.document.text
    own = []
    for q in stated:
        start, end = ctx.sentence_span(q)
        if words and words <= key_words(text[max(start, q.span[0] - NEAR):min(end, q.span[1] + NEAR)]):
            own.append(q)
    stated = own or stated
    ids = {q.id for q in stated}
    starts = {c.roles["from"] for c in ctx.extraction.claims
              if c.kind == "change" and c.roles.get("from") in ids and c.roles.get("to") in ids}
    return [q for q in stated if q.id not in starts]
