"""The parts-sum rule."""

from __future__ import annotations

import re

from ..numbers import format_number
from ..ruleset import Consistent, Flag, rule
from ._common import numeric

# "Of the 450 seats, ...", "Of its $20 billion budget, ...", "Of the total of 1,200 jobs, ..."
_OF_TOTAL = re.compile(r"^\s*(?:[“\"]?)(?:of|out\s+of)\s+(?:the|its|their|his|her|a|this|that)?\s*"
                       r"(?:(?:total|overall|combined)\s+(?:of\s+)?)?$", re.I)


@rule("CC112", "parts-sum")
def parts_sum(quantities, ctx):
    """Parts of a stated total add up to more than the total.

    What it checks: sentences that open on a total ("Of the 450 seats, ...", "Of its $20 billion
    budget, ...") and then share it out: the parts, in the same unit and of the same thing, must not
    add up to more than the total.
    Why it matters: seat counts, budget lines and vote tallies are copied from tables; one mistyped
    part makes the whole breakdown impossible.
    Flags:       "Of the 450 seats, Labour won 240, the Conservatives 160 and others 70."
    Passes:      "Of the 450 seats, Labour won 240, the Conservatives 160 and others 50."
    Options:     none; parts may be off by their stated precision.
    """
    text = ctx.extraction.document.text
    by_sentence: dict[int, list] = {}
    for q in quantities:
        if numeric(q) and q.kind in ("count", "money", "measure"):
            by_sentence.setdefault(q.sentence, []).append(q)
    for index, items in by_sentence.items():
        start, _ = ctx.sentence_span(index)
        total = items[0]
        if len(items) < 3 or not _OF_TOTAL.match(text[start:total.span[0]]):
            continue
        parts = [q for q in _first_of_each_clause(text, total, items[1:]) if q.unit == total.unit and (
            q.noun is None or total.noun is None or q.noun.split()[-1] == total.noun.split()[-1])]
        if len(parts) < 2:
            continue
        low = sum(float(q.low if q.low is not None else q.value) for q in parts)
        total_high = float(total.high if total.high is not None else total.value)
        listed = " + ".join(q.text for q in parts)
        if low <= total_high or total.qualifier in ("lower", "approx") or any(
                q.qualifier == "upper" for q in parts):
            yield Consistent(f"{listed} fit within {total.text}", [total, *parts])
            continue
        summed = sum(float(q.value) for q in parts)
        yield Flag(f"the parts add up to {format_number(summed)}, more than the {total.text} they share",
                   [total, *parts], expected=f"at most {format_number(float(total.value))}",
                   observed=format_number(summed),
                   arithmetic=f"{' + '.join(format_number(float(q.value)) for q in parts)} = "
                              f"{format_number(summed)} > {format_number(float(total.value))}",
                   advice="Check each part against the source table, and the total.")


_LIST_BREAK = re.compile(r",|;|\band\b|\bwhile\b|\bwhereas\b", re.I)


def _first_of_each_clause(text: str, total, items: list) -> list:
    """The share-out's parts: the first figure of each listed clause ("four saw no cuts, seven saw one
    cut and eight saw two": four, seven, eight; not the "two" cuts)."""
    parts, last = [], total.span[1]
    for q in items:
        if not parts or _LIST_BREAK.search(text[last:q.span[0]]):
            parts.append(q)
        last = q.span[1]
    return parts
