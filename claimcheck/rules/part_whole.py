"""The part-of-a-whole rule."""

from __future__ import annotations

from collections import Counter

from ..intervals import Interval
from ..numbers import format_number
from ..patterns import re
from ..vocab import MEASURE_GROUPS
from ..ruleset import Consistent, Flag, Info, rule
from ._common import _names, find_stated, iv, key_words, numeric, show, show_interval

TOLERANCE = 0.02


@rule("CC103", "part-whole", tolerance=TOLERANCE)
def part_whole(proportions, ctx, article):
    """A share, fraction or "N out of M" disagrees with the whole it is a part of.

    What it checks: "half of its total constellation, or 1,618 satellites" against a total stated
    elsewhere in the article ("planned at 3,236 satellites"); "85% of a $40 billion market cap" against
    the amount it is equated with. With no stated whole, the whole it implies is reported as info.
    Why it matters: a part and its whole are often reported from different sources or dates, and a
    mistyped digit in either makes the share false.
    Flags:       "half of its total constellation, or 1,816 satellites" (with a constellation of 3,236)
    Passes:      "half of its total constellation, or 1,618 satellites" (with a constellation of 3,236)
    Options:     tolerance (default 0.02): relative slack added to the stated precision.
    """
    tol = ctx.option("tolerance", TOLERANCE)
    # a share whose whole a reader found elsewhere is checked once, against that whole
    placed = {c.roles["share"] for c in proportions if "share" in c.roles and "whole" in c.roles}
    # indexed once, so that each claim does not walk every proportion of a long article
    shares_or = Counter(c.sentence for c in proportions if c.cue == "or")
    with_whole: dict[tuple, list] = {}
    for c in proportions:
        if "whole" in c.roles:
            with_whole.setdefault((c.roles.get("share"), c.roles.get("part")), []).append(c)
    for claim in proportions:
        if "whole" not in claim.roles and claim.roles.get("share") in placed:
            continue
        share, part = ctx.role(claim, "share"), ctx.role(claim, "part")
        if not (numeric(share) and numeric(part)) or share.kind not in ("percent", "fraction"):
            continue
        part_low = ctx.role(claim, "part_low")
        # a range's low end is read as written: its qualifier bounds the top ("as much as $50-60 billion")
        part_iv = _counted(part) if part_low is None else Interval(min(float(part_low.value), iv(part).lo), iv(part).hi)
        factor = iv(share).scale(0.01 if share.unit == "percent" else 1.0)
        if factor.lo <= 0:
            continue
        whole = ctx.role(claim, "whole")
        if numeric(whole) and whole.kind != part.kind:
            continue  # a share of a length, an amount of money of a count of things: no reading can be right
        # a whole under half its part is something else ("two demonstration satellites"; a rival's
        # "2,410 votes" beside "11,930 votes, or 48%"); one a little smaller may be a share misstated
        # ("$50-60 billion, or 85% of a $40 billion market cap")
        smallest = part_iv.lo * 0.5 if factor.hi <= 1 else None
        if smallest is not None and key_words(claim.about) <= key_words(part.noun or ""):
            smallest = part_iv.lo  # named by the part's own noun alone ("70,400 shares, or 3.2%")
        # a sentence that states what the part leaves ("leaving $4m unpaid", "the remaining 300") makes the
        # whole the part and its rest, whatever other total a reader linked the share to
        rest = article.complement_of(part) if part_low is None else None
        rests = [rest] if rest is not None else None
        if rests is None and not numeric(whole):
            rests = _rest_of(ctx, claim, part)
        if rests:  # "2,806 sales, or 61% of the total, ... the remaining 1,512": the whole is the part and the rest
            whole_iv = iv(part)
            for r in rests:
                whole_iv = whole_iv + iv(r)
            expected = whole_iv * factor
            quoted = [share, part, *rests]
            total = float(part.value) + sum(float(r.value) for r in rests)
            named = " + ".join(r.text for r in rests)
            if expected.overlaps(part_iv, tol):
                yield Consistent(f"{share.text} of {part.text} + {named} fits {part.text}", quoted)
            else:
                actual = float(part.value) / total * 100
                listed = ", ".join(r.text for r in rests[:-1])
                said = f"{part.text}, {listed} and the remaining {rests[-1].text}" if listed else \
                    f"{part.text} and the remaining {rests[-1].text}"
                added = " + ".join(format_number(float(q.value)) for q in [part, *rests])
                yield Flag(f"{said} make {format_number(total)}, of which "
                           f"{part.text} is {format_number(actual)}%, not {share.text}", quoted, claim=claim,
                           expected=f"{format_number(actual)}%", observed=share.text,
                           arithmetic=f"{format_number(float(part.value))} / ({added}) = {format_number(actual)}%",
                           advice="Check the share against the parts, or the parts against the source.")
            continue
        parallel = claim.cue == "or" and shares_or[claim.sentence] > 1
        # "70,400 shares, or 3.2%": the part's own noun names no whole, so any other count of shares is none
        parallel = parallel or (claim.cue == "or" and key_words(claim.about) <= key_words(part.noun or ""))
        others = []
        if not numeric(whole) and (_POINTING.match(claim.about or "") or parallel):
            # "of that group"; "468 patients, or 15.0%, compared with 596, or 19.1%": each share is of its own
            # group, which the text points at rather than names
            stated = []
        else:
            # readers that disagree on the whole ("of the year group": the group's 512, or the 470 of them who
            # passed) leave the share checked against every whole they give: one that fits clears it
            others = [ctx.role(c, "whole") for c in with_whole.get((claim.roles.get("share"), claim.roles.get("part")), ())
                      if c is not claim]
            stated = [whole, *[o for o in others if numeric(o)]] if numeric(whole) else [
                w for w in find_stated(ctx, claim.about, part, set(claim.quantities), at_least=smallest)
                if not _introduced_after(ctx, w, share) and not _other_thing(w, part, claim.about)
                and not _range_end(ctx, w)]
            # the whole a share names is one the text has given already: later candidates are other figures
            # ("34,900 of the quarter's deliveries, or 65%" ... later "from 41,200 in the first quarter")
            before = [w for w in stated if w.span[1] and w.span[0] < share.span[0]]
            if before:
                stated = before + [w for w in stated if not w.span[1]]
        part_text = part.text if part_low is None else f"{part_low.text} to {part.text}"
        if not stated:
            implied = part_iv / factor
            whole_name = _definite(claim.about) if claim.about else "a whole"
            yield Info(f"{part_text} as {share.text} of {claim.about or 'the whole'} implies "
                       f"{whole_name} of {show_interval(implied, part.unit)}", [share, part] + ([part_low] if part_low else []),
                       claim=claim, expected=show_interval(implied, part.unit),
                       arithmetic=f"{show(part.value, part.unit)} / {_factor_text(share)} ≈ "
                                  f"{show(part.value / factor.mid, part.unit)}",
                       advice=f"Verify the whole ({claim.about or 'total'}) against the source.")
            continue
        verdicts = []
        for w in stated:
            expected = _counted(w) * factor
            verdicts.append((expected.overlaps(part_iv, tol), w, expected))
        if any(ok for ok, _, _ in verdicts):
            ok_w = next(w for ok, w, _ in verdicts if ok)
            yield Consistent(f"{share.text} of {ok_w.text} fits {part_text}", [share, part, ok_w])
            continue
        if numeric(whole) and others:
            if any(proportions.index(c) < proportions.index(claim) for c in proportions if c is not claim
                   and c.roles.get("share") == claim.roles.get("share") and c.roles.get("part") == claim.roles.get("part")
                   and "whole" in c.roles):
                continue  # the first reading of this share speaks for all: it fits none of their wholes
            stated = [whole]
        elif len({w.value for w in stated}) > 1:
            continue  # several different wholes: cannot tell which one is meant
        _, w, expected = verdicts[0]
        if part_low is None and share.sentence == part.sentence and share.span[0] > part.span[0] and any(
                x.id != w.id for x in article.listed_before(part)):
            continue  # "paid $40m in fines and $90m in back taxes, about 3% of revenue": the share may be of the sum
        quoted = [share, part, w] + ([part_low] if part_low else [])
        actual_share = part_iv / iv(w)
        whole_text = w.text if w.span[1] else f"{format_number(float(w.value))} (house fact: {w.subject})"
        yield Flag(f"{_factor_text(share)} of {whole_text} is {show_interval(expected, part.unit)}, not {part_text}",
                   quoted, claim=claim, expected=show_interval(expected, part.unit), observed=part_text,
                   arithmetic=f"{format_number(w.value)} × {_factor_text(share)} = "
                              f"{show(w.value * factor.mid, part.unit)}; {part_text} would be "
                              f"{format_number(actual_share.mid * 100)}% of it",
                   advice="Check the share, the part and the whole: one of the three is off.")


def _counted(q) -> Interval:
    """A count of whole things written to its last unit is exact ("Nine of the 14"): its half-unit of
    precision says nothing for a part or a whole, which are whole numbers."""
    whole_units = q.kind == "count" and q.unit == "count" and q.qualifier == "exact" and float(q.value).is_integer()
    if whole_units and q.low is not None and q.high is not None and q.high - q.low <= 1:
        return Interval.point(float(q.value))
    return iv(q)


def _range_end(ctx, q) -> bool:
    """q is an end of a range ("had expected between 51,000 and 52,500 deliveries"): a bound, no whole; or
    the start or size of a change ("climbed from 41,200 in the first quarter"): an earlier level, no whole."""
    ends = ctx.extraction.memo.get("range_ends")
    if ends is None:
        ends = ctx.extraction.memo["range_ends"] = {
            qid for c in ctx.extraction.claims if c.kind in ("range", "change")
            for role, qid in c.roles.items() if role in ("low", "high") and c.kind == "range"
            or role in ("from", "by") and c.kind == "change"}
    return q.id in ends


_INDEFINITE = re.compile(r"\b(?:a|an|another)\s+(?:new\s+)?$", re.I)


def _introduced_after(ctx, whole, share) -> bool:
    """A candidate later in the share's own sentence that the text introduces as a new thing ("roughly a
    quarter of half-year revenue, and it arranged a R3 billion credit facility"): no whole named before it."""
    if whole.sentence != share.sentence or whole.span[0] < share.span[1] or not whole.span[1]:
        return False
    text = ctx.extraction.document.text
    return bool(_INDEFINITE.search(text[max(0, whole.span[0] - 12):whole.span[0]]))


def _other_thing(whole, part, about: str | None) -> bool:
    """A candidate that counts a thing of its own, neither the part's thing nor one the description names
    ("billion revolving credit facility" for "a quarter of half-year revenue")."""
    if whole.unit != "count" or not whole.noun:
        return False
    head = key_words(whole.noun.split()[-1])
    named = key_words(about)
    if named & _MEASURE_WORDS:
        return False  # "the quarter's deliveries" names a measure, of whatever things: "delivered 48,360 vehicles"
    return not head & key_words(part.noun or "") and not head & named and not (named and _names(named, head))


# Words that name a measure rather than a thing (vocab.MEASURE_GROUPS): deliveries, sales, output, exports.
_MEASURE_WORDS = frozenset(w for group in MEASURE_GROUPS for w in group)


def _definite(about: str) -> str:
    """'its total constellation' -> 'the total constellation'."""
    first, _, rest = about.partition(" ")
    return f"the {rest}" if rest and first.lower() in ("its", "their", "his", "her", "our", "a", "an") else about


_POINTING = re.compile(r"(?:that|this|each|either|the\s+same|the\s+latter|the\s+former)\s+(?:group|arm|cohort|"
                       r"sample|category|segment|subset|class)\b|(?:them|those|these)$"
                       r"|(?:what|whatever)\s", re.I)  # "under half of what the sequel took": a whole told by a clause
_REST = re.compile(r"\b(?:the\s+)?(?:remaining|rest|remainder|other)\s+(?:of\s+the\s+)?$", re.I)


def _rest_of(ctx, claim, part):
    """The figures that make 'the total' with a part: 'the remaining 1,512' after a part and its share, in
    the same sentence. A rest after a list is what the whole list leaves ("A took 4,000, a half of the
    total, B 2,500 and C the remaining 1,500"): when the sentence states other figures of the unit, the
    whole is the part, those figures and the rest together, or, when one of them is no list item (a
    change's start "from 3,000", a comparison "than 900"), nothing. A list of the figures, or None."""
    if not (claim.about or "").lower().endswith(("total", "all", "whole")):
        return None
    text = ctx.extraction.document.text
    like = [q for q in ctx.extraction.quantities if q.sentence == part.sentence and q is not part
            and q.span != part.span and q.kind == part.kind and q.unit == part.unit and q.per == part.per
            and numeric(q)]
    rest = next((q for q in like if q.span[0] > part.span[1]
                 and _REST.search(text[max(0, q.span[0] - 30):q.span[0]])), None)
    if rest is None:
        return None
    others = [q for q in like if q is not rest]
    for q in others:
        if _NOT_LISTED.search(text[max(0, q.span[0] - 20):q.span[0]]) or q.span[0] > rest.span[0]:
            return None
    return others + [rest]


# what stands before a figure of the unit that is no item of a list of parts
_NOT_LISTED = re.compile(r"\b(?:from|than|to|of|versus|vs\.?|against|compared\s+with|before)\s+(?:the\s+|some\s+|about\s+)?$",
                         re.I)


def _factor_text(share) -> str:
    if share.kind == "percent":
        return f"{format_number(share.value)}%"
    names = {0.5: "half", 0.25: "a quarter", 0.75: "three quarters"}
    v = share.value
    if v in names:
        return names[v]
    if abs(v - 1 / 3) < 1e-9:
        return "a third"
    if abs(v - 2 / 3) < 1e-9:
        return "two thirds"
    if v > 0 and abs(1 / v - round(1 / v)) < 1e-9:
        return f"1 in {round(1 / v)}"  # "1 in 5"
    return format_number(v)
