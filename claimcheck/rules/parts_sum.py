"""The parts-sum rule."""

from __future__ import annotations

from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ._common import numeric

# "Of the 450 seats, ...", "Of its $20 billion budget, ...", "Of the total of 1,200 jobs, ..."
_OF_TOTAL = re.compile(r"^\s*(?:[“\"]?)(?:of|out\s+of)\s+(?:the|its|their|his|her|a|this|that)?\s*"
                       r"(?:(?:total|overall|combined)\s+(?:of\s+)?)?$", re.I)


# A total broken down in the words after it: "revenue of $12.4 billion comprised ...", "53 medals – 18 gold,
# ...", "2,100 job losses ..., with 900 in Sheffield, ...". A breakdown must add up; a "with" list may be
# partial, so it must only not exceed the total.
_BREAKDOWN = re.compile(r"^,?(?:\s+[a-z]+){0,3}\s+(?P<strong>comprised|comprising|comprises|consisted\s+of|"
                        r"consisting\s+of|consists\s+of|made\s+up\s+of|broken\s+down\s+(?:into|as)|"
                        r"split\s+(?:into|between|among)|divided\s+(?:into|between|among)|combines|combining)\s+$"
                        r"|^\s*(?P<dash>[–—])\s*$|^[^.;:,]{0,50}?(?P<colon>:)\s*$"
                        # "240 posts, nearly all in back offices: 110 in ...": an aside without figures, then the colon
                        r"|^[^.;:,\d]{0,30},[^.;:\d]{0,50}?(?P<aside>:)\s*$"
                        r"|^[^.;:]{0,60}?,\s*(?P<with>with)\s+$", re.I)


@rule("CC112", "parts-sum")
def parts_sum(quantities, ctx):
    """Parts of a stated total do not add up to it.

    What it checks: sentences that open on a total ("Of the 450 seats, ...", "Of its $20 billion
    budget, ...") and then share it out: the parts, in the same unit and of the same thing, must not
    add up to more than the total. A total broken down after it ("$12.4 billion comprised $7.1 billion
    ..., $3.2 billion ... and $1.6 billion ...", "53 medals – 18 gold, 19 silver and 14 bronze") must
    add up exactly, to the stated precision; a list after "with" must not pass the total.
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
        yield from _breakdowns(text, items)
        total = items[0]
        if len(items) < 3 or not _OF_TOTAL.match(text[start:total.span[0]]):
            continue
        parts = [q for q in _first_of_each_clause(text, total, items[1:]) if q.unit == total.unit and (
            q.noun is None or total.noun is None or q.noun.split()[-1] == total.noun.split()[-1])]
        if len(parts) < 2:
            continue
        low = sum(_bounds(q)[0] for q in parts)
        high = sum(_bounds(q)[1] for q in parts)
        total_low, total_high = _bounds(total)
        listed = " + ".join(q.text for q in parts)
        rest = _REST_BEFORE.search(text[max(start, parts[-1].span[0] - 40):parts[-1].span[0]])
        summed = sum(float(q.value) for q in parts)
        # every listed clause gave a figure: the comma after the total and those between parts, plus the "and"
        clauses = _separators(text[total.span[1]:parts[-1].span[0]]) + 1
        if rest and high < total_low and clauses == len(parts) and total.qualifier == "exact" \
                and all(q.qualifier == "exact" for q in parts):
            # "..., and other parties 64": the list is complete, so it must make the whole
            yield Flag(f"the parts add up to {format_number(summed)}, not the {total.text} they share",
                       [total, *parts], expected=format_number(float(total.value)), observed=format_number(summed),
                       arithmetic=f"{' + '.join(format_number(float(q.value)) for q in parts)} = "
                                  f"{format_number(summed)} < {format_number(float(total.value))}",
                       advice="Check each part against the source table, and the total.")
            continue
        if low <= total_high or total.qualifier in ("lower", "approx") or any(
                q.qualifier == "upper" for q in parts):
            yield Consistent(f"{listed} fit within {total.text}", [total, *parts])
            continue
        yield Flag(f"the parts add up to {format_number(summed)}, more than the {total.text} they share",
                   [total, *parts], expected=f"at most {format_number(float(total.value))}",
                   observed=format_number(summed),
                   arithmetic=f"{' + '.join(format_number(float(q.value)) for q in parts)} = "
                              f"{format_number(summed)} > {format_number(float(total.value))}",
                   advice="Check each part against the source table, and the total.")


def _breakdowns(text: str, items: list):
    """Totals followed by a complete list of their parts ("A, B and C")."""
    for k, total in enumerate(items[:-2]):
        cue, first = None, k + 1
        for first in range(k + 1, min(k + 3, len(items))):  # "2,100 job losses ... three sites, with 900 ..."
            cue = _BREAKDOWN.match(text[total.span[1]:items[first].span[0]])
            if cue:
                break
        if not cue:
            continue
        if (items[first].noun or "").split()[-1:] and items[first].noun.split()[-1] in _RESULTS:
            continue  # "52 points from 26 outings: 15 wins, ...": results of games, which the outcome-sum rule reads
        parts = []
        for q in items[first:]:
            gap = text[(parts[-1].span[1] if parts else total.span[1]):q.span[0]]
            if parts and not _LIST_BREAK.search(gap) or q.unit != total.unit:
                break
            if parts and re.search(r"[.;–—]", gap):
                break
            parts.append(q)
            if parts and len(parts) > 1 and re.search(r"\b(?:and|with)\s+(?:the\s+)?(?:remaining\s+|other\s+)?$", gap):
                break  # "..., 19 silver and 14 bronze": the last part
        last_gap = text[parts[-2].span[1]:parts[-1].span[0]] if len(parts) > 1 else ""
        joined = r"\band\b|\bwith\b" if cue.group("strong") and cue.group("strong").lower().startswith("combin") \
            else r"\band\b"
        if len(parts) < 2 or not re.search(joined, last_gap):
            continue  # no "and" before the last: the list may go on
        if any(abs(float(q.value)) > abs(float(total.value)) for q in parts):
            continue  # a part bigger than the total is no part of it
        lo = sum(_bounds(q)[0] for q in parts)
        hi = sum(_bounds(q)[1] for q in parts)
        t_lo, t_hi = _bounds(total)
        summed = sum(float(q.value) for q in parts)
        inexact = total.qualifier != "exact" or any(q.qualifier != "exact" for q in parts)
        listed = " + ".join(format_number(float(q.value)) for q in parts)
        if lo > t_hi and not (inexact and total.qualifier == "lower"):
            why = f"{listed} = {format_number(summed)} > {format_number(float(total.value))}"
        elif hi < t_lo and not cue.group("with") and not inexact \
                and _separators(text[parts[0].span[0]:parts[-1].span[0]]) == len(parts) - 2:
            # short only if every listed clause gave its figure ("A, B and C": one comma for three)
            why = f"{listed} = {format_number(summed)} < {format_number(float(total.value))}"
        else:
            yield Consistent(f"{' + '.join(q.text for q in parts)} fit {total.text}", [total, *parts])
            continue
        yield Flag(f"the parts add up to {format_number(summed)}, not the {total.text} they make up",
                   [total, *parts], expected=format_number(float(total.value)), observed=format_number(summed),
                   arithmetic=why, advice="Check each part against the source, and the total.")


_RESULTS = frozenset("win wins draw draws defeat defeats loss losses tie ties victory victories".split())


def _bounds(q) -> tuple[float, float]:
    """What a figure allows; a whole count written in full digits ("53 medals", "617") is exact."""
    v = float(q.value)
    if q.kind == "count" and v.is_integer() and q.qualifier == "exact" and re.fullmatch(r"[\d,]+", q.text.split()[0]):
        return v, v
    return (float(q.low) if q.low is not None else v), (float(q.high) if q.high is not None else v)


# The last of a complete share-out: "and other parties 64", "and the remaining 95", "and the rest 12".
def _separators(text: str) -> int:
    """The commas and semicolons that part a list, not those that group digits ("3,100 nurses, 1,150")."""
    return len(re.findall(r"(?<!\d)[,;]|[,;](?!\d)", text))


_REST_BEFORE = re.compile(r"\band\s+(?:the\s+)?(?:other|others|remaining|rest|remainder)\b[^,;]{0,30}$", re.I)
_LIST_BREAK = re.compile(r",|;|\band\b|\bwith\b|\bwhile\b|\bwhereas\b", re.I)


# A figure that is itself a share of the next figure: "14,479 of the 19,440 boys", "nine out of its 12".
_SHARE_OF = re.compile(r"^\s*(?:[a-z]+\s+)?(?:of|out\s+of)\s+(?:the|its|their|his|her|a|this|that)?\s*$", re.I)


def _first_of_each_clause(text: str, total, items: list) -> list:
    """The share-out's parts: the first figure of each listed clause ("four saw no cuts, seven saw one
    cut and eight saw two": four, seven, eight; not the "two" cuts)."""
    parts, last = [], total.span[1]
    for k, q in enumerate(items):
        if k + 1 < len(items) and _SHARE_OF.match(text[q.span[1]:items[k + 1].span[0]]):
            break  # "..., against 14,479 of the 19,440 boys": a share of another whole; the list ends
        if not parts or _LIST_BREAK.search(text[last:q.span[0]]):
            parts.append(q)
        last = q.span[1]
    return parts
