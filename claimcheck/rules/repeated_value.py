"""The repeated-value rule."""

from __future__ import annotations

import re

from ..ruleset import Flag, rule
from ._common import key_words, numeric

_DEFINITE = re.compile(r"\b(?:the|these|those|all)\s+$", re.I)
_COMPARED = re.compile(r"\b(?:below|above|under|over|than|from|versus|against|compared\s+(?:with|to))\s+"
                       r"(?:the|these|those|all)\s+$", re.I)
_WINDOW = 60
_LOOKBACK = 200  # earlier counts an anaphor may refer to: far more than an article holds
_COMMON = frozenset("""said says will would could also first last new more than about over under just other
company companies year years time""".split())


@rule("CC111", "repeated-value", severity="warning")
def repeated_value(quantities, claims, ctx):
    """The same group is counted twice in one article with two different numbers.

    What it checks: a definite count ("the 37 satellites on this rocket") that refers back to an
    earlier count of the same thing in the same setting ("a rocket carrying 27 Kuiper satellites")
    but gives another number.
    Why it matters: one of the two is a typo or comes from an older version of the story.
    Flags:       "a rocket carrying 27 Kuiper satellites ... The 37 satellites on this rocket"
    Passes:      "a rocket carrying 27 Kuiper satellites ... The 27 satellites on this rocket"
    Options:     none.
    """
    # a count that is a size, a start, a part or an end of a range is no statement of the group itself;
    # the level a change reaches ("delivered 386,810 vehicles, down 8.5%") is
    roles = {qid for c in claims for role, qid in c.roles.items()
             if (c.kind, role) not in (("change", "to"), ("proportion", "whole"))}
    counts = [q for q in quantities if q.kind == "count" and q.noun and numeric(q) and q.id not in roles]
    text = ctx.extraction.document.text
    for i, later in enumerate(counts):
        if not _DEFINITE.search(text[max(0, later.span[0] - 8):later.span[0]]) \
                or _COMPARED.search(text[max(0, later.span[0] - 30):later.span[0]]):
            continue  # "6.7% below the 68.9 million journeys made in 2019": a figure of comparison
        context = _context(ctx, later)
        best, best_score = None, 0
        for earlier in counts[max(0, i - _LOOKBACK):i]:
            if earlier.noun != later.noun or earlier.sentence == later.sentence:
                continue
            score = len(context & _context(ctx, earlier))
            if score > best_score:
                best, best_score = earlier, score
        if best is None or best.value == later.value or best.qualifier != "exact" or later.qualifier != "exact":
            continue
        yield Flag(f"{later.text} here, but {best.text} earlier for what reads as the same group",
                   [best, later], expected=best.text, observed=later.text,
                   arithmetic=f"{best.value:g} ≠ {later.value:g}",
                   advice="Check whether both figures count the same thing; correct one or tell them apart.")


def _context(ctx, q) -> set[str]:
    """Content words near a count (not its noun), which say what setting it belongs to."""
    text = ctx.extraction.document.text
    start, end = ctx.sentence_span(q)
    window = text[max(start, q.span[0] - _WINDOW):q.span[0]] + " " + text[q.span[1]:min(end, q.span[1] + _WINDOW)]
    words = {w[:-1] if w.endswith("s") else w for w in key_words(window)}
    noun = (q.noun or "").split()[-1]
    return words - _COMMON - {noun, q.subject.lower() if q.subject else ""}
