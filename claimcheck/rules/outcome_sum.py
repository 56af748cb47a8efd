"""The outcome-sum rule."""

from __future__ import annotations

from ..intervals import Interval
from ..numbers import format_number
from ..ruleset import Consistent, Flag, rule
from ._common import iv

# How each reading of a total is checked: the parts must make the total ("=") or may fall short ("<=").
_HOW = {
    "results": "=",     # won + drawn + lost = played
    "won-lost": "<=",   # draws may go unsaid
    "net": "net",       # added - removed = net
    "net-down": "net-down",
    "whole": "<=",      # parts named one by one, of a whole named before
    "complete": "=",    # ... ending on "the remaining N"
    "remaining": "=100",  # shares ending on "the remaining 6%" make up 100%
    "exclusive": "<=100",  # answers to one exclusive question
    "tally": "<=",      # shares of one field (seats won), the first beside the field, the rest listed after
}


def _sum(parts) -> Interval:
    total = Interval(0.0, 0.0)
    for q in parts:
        total = total + _exact(q)
    return total


def _exact(q) -> Interval:
    """A whole count written in digits is exact ("19", "61,900"); others as their wording allows."""
    if q.kind == "count" and q.qualifier == "exact" and float(q.value).is_integer():
        return Interval.point(float(q.value))
    return iv(q)


@rule("CC114", "outcome-sum")
def outcome_sum(total, ctx):
    """Outcomes or parts do not add up to the total they are said to make.

    What it checks: results against the games played ("won 19, drew five and lost ten" in "a
    34-match season"; wins and losses alone must not pass it); a net against what was added and
    taken away ("opened 41 branches and shut 17, a net gain of 24"); parts named one by one
    against a whole stated before them ("96,500 residents" ... "Of those residents, 18,200 are
    children, 61,900 are aged 18 to 64 and 16,400 are 65 or older"); shares ending on "the
    remaining 6%" (they must make 100%); the answers to one exclusive question ("the single
    main reason") adding past 100%; and shares of one field listed after it ("taking 52 of the 99
    seats" ... "The Nationals finished with 30 seats, Labor took 12 and independents five") adding past it;
    a division's votes ("by 54 votes to 29, with six abstentions") or the seats each party holds passing
    the size of the house; parts named against a whole stated before ("accounted for 21,700 of the
    fines, ..."; "The cost breaks down into ..."; "942 were women and 871 were men").
    Why it matters: a results line, a net change or a breakdown is copied from a table; one
    mistyped figure makes the whole line impossible, and readers add such lines up.
    Flags:       "It was a 34-match season. Dunthorpe won 19, drew seven and lost ten."
    Passes:      "It was a 34-match season. Dunthorpe won 19, drew five and lost ten."
    Options:     none; each figure is known to half its last digit.
    """
    how = _HOW.get(total.cue or "")
    if how is None:
        return
    parts = [ctx.role(total, r) for r in sorted((r for r in total.roles if r.startswith("part")),
                                                   key=lambda r: int(r[4:]))]
    whole = ctx.role(total, "total")
    if any(p is None for p in parts) or len(parts) < 2:
        return
    shown = [format_number(float(p.value)) for p in parts]
    if how in ("net", "net-down"):
        if whole is None:
            return
        added, removed = _exact(parts[0]), _exact(parts[1])
        implied = added - removed if how == "net" else removed - added
        a, b = (shown[0], shown[1]) if how == "net" else (shown[1], shown[0])
        value = (float(parts[0].value) - float(parts[1].value)) * (1 if how == "net" else -1)
        if implied.overlaps(_exact(whole)):
            yield Consistent(f"{a} - {b} = {whole.text}", [whole, *parts])
            return
        yield Flag(f"{a} less {b} is {format_number(value)}, not the net {whole.text}", [whole, *parts], claim=total,
                   expected=format_number(value), observed=whole.text,
                   arithmetic=f"{a} - {b} = {format_number(value)}, not {format_number(float(whole.value))}",
                   advice="Check the figures added and taken away, and the net.")
        return
    summed = _sum(parts)
    value = sum(float(p.value) for p in parts)
    listed = " + ".join(shown)
    if how in ("=100", "<=100"):
        target = Interval.point(100.0)
        ok = summed.overlaps(target) if how == "=100" else summed.lo <= 100 + 1e-9
        if ok:
            yield Consistent(f"{listed} = {format_number(value)}%", parts)
            return
        yield Flag(f"shares that make one whole add up to {format_number(value, digits=4)}%", parts, claim=total,
                   expected="100%" if how == "=100" else "at most 100%", observed=f"{format_number(value, digits=4)}%",
                   arithmetic=f"{listed} = {format_number(value, digits=4)}%",
                   advice="Check each share; if the answers could overlap, say so in the text.")
        return
    if whole is None:
        return
    stated = _exact(whole)
    ok = summed.overlaps(stated) if how == "=" else summed.lo <= stated.hi
    if ok:
        yield Consistent(f"{listed} fit {whole.text}", [whole, *parts])
        return
    relation = "more than" if summed.lo > stated.hi else "less than"
    yield Flag(f"{' + '.join(p.text for p in parts)} add up to {format_number(value)}, {relation} the "
               f"{whole.text} they make up", [whole, *parts], claim=total,
               expected=format_number(float(whole.value)) if how == "=" else f"at most {whole.text}",
               observed=format_number(value),
               arithmetic=f"{listed} = {format_number(value)}, not {format_number(float(whole.value))}",
               advice="Check each part against the source, and the total.")
