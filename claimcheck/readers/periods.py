"""Periods: a count of days (weeks, months) said to fall inside a longer stated period.

Shapes, each with an example:

- "on <N days> in / during / over / out of the <M months>": "blackouts disrupted the smelter on
  130 days in the four months to May"; "rain fell on 40 days during the past four weeks";
- "<N days> of / out of the <M weeks>": "12 days of the last two weeks were lost to strikes";
  "nine weeks out of the first two months".

The claim is a proportion with the days as its part and the period as its whole, so the bounds
rule can say when the days cannot fit in the period.

Refuses: "130 days of sick leave in the four months" (days of something: summed over people, not
calendar days); "lost 500 days in the four months" with no "on" (working days of many people); "six
days a week" (a rate); "within 30 days of the six-month deadline" (no "the <period>" right after);
a part in a unit no shorter than the period's ("two months in the past six weeks" is read as
nothing: the units are the wrong way round for this shape).
"""

from __future__ import annotations

from . import claim, reader

# Calendar units, shortest first: a part must be in a shorter unit than its period.
_ORDER = ("day", "week", "fortnight", "month", "quarter", "year", "decade")
_LINKS = (("in",), ("during",), ("over",), ("of",), ("out", "of"), ("across",), ("within",))
_PERIOD_WORDS = frozenset("past last first previous final opening next coming".split())


@reader("periods")
def read(article):
    """Days said to fall inside a period: "on 130 days in the four months to May"; "12 days of the
    last two weeks". Refuses "130 days of sick leave in the four months", "lost 500 days in the four
    months" (no "on"), and "six days a week" (a rate)."""
    for s in range(len(article.sentences)):
        if sum(1 for q in article.in_sentence(s) if q.kind == "duration" and q.unit in _ORDER) < 2:
            continue  # a part and its period: two calendar durations at least; no tokens made for the rest
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            part = t.q
            if part is None or part.kind != "duration" or part.unit not in _ORDER or part.qualifier == "upper":
                continue
            j = _link_end(toks, k + 1)
            if j is None:
                continue
            with_on = k > 0 and toks[k - 1].low == "on"
            of_the = toks[k + 1].low in ("of", "out")
            if not (with_on or of_the):
                continue  # "staff lost 500 days in the six months": person-days, not calendar days
            whole = _period_at(toks, j)
            if whole is None or _ORDER.index(whole.unit) <= _ORDER.index(part.unit):
                continue
            yield claim("proportion", {"part": part, "whole": whole}, cue="in", about=whole.text, sentence=s)


def _link_end(toks, j):
    """The index after "in" / "during" / "out of" ... at j, or None."""
    for link in _LINKS:
        words = [t.low for t in toks[j:j + len(link)]]
        if tuple(words) == link and all(t.q is None for t in toks[j:j + len(link)]):
            return j + len(link)
    return None


def _period_at(toks, j):
    """"the six months", "the past four weeks", "the first two months": a duration after "the"."""
    if j >= len(toks) or toks[j].low != "the":
        return None
    j += 1
    while j < len(toks) and toks[j].low in _PERIOD_WORDS:
        j += 1
    if j < len(toks) and toks[j].q is not None:
        q = toks[j].q
        if q.kind == "duration" and q.unit in _ORDER and isinstance(q.value, float) and q.qualifier == "exact":
            return q
    return None
