"""Day spans: a length in days or weeks of something that began on one named day and ended on another.

Shapes, each with an example:

- the span and both days in one sentence, any order: "the 45-day walkout, which began on March 3
  and ended on April 24"; "Started on 2 June and called off on 19 June, the 17-day stoppage ...";
  "ran for 12 days, opening on 9 July and closing on 20 July";
- the span naming its thing ("the 45-day strike", "the 17 days of the blockade", "a strike of 45 days")
  and the days it began and ended told in other sentences that name the same thing ("Dockers walked
  out on March 3." ... "The strike ended on April 24.").

The claim is a date_offset with cue "span" (offset, anchor = the first day, event = the last day): the
date-arithmetic rule counts the days either way (with or without both ends).

Refuses: a sentence or article with two days that could be the start (or the end) of the thing; days
without a day of the month ("began in March"); a span whose thing no sentence with a start and an end
names; a start that comes after the end; a span in months or years (left to the date-spans reader).
"""

from __future__ import annotations

import re

from ..article import Article
from ..models import Quantity
from . import claim, reader

_STARTS = frozenset("""began begun begin begins start started starts opened opens kicked launched walked
downed struck erupted broke commenced from since opening starting beginning""".split())
_ENDS = frozenset("""ended ends end finished finishes closed closes concluded concludes until till to lifted
called returned resumed suspended settled over reopened closing ending finishing""".split())
_UNITS = frozenset({"day", "week"})
_NOUN_AFTER = re.compile(r"^\s*(?:-|\s)?(?:long\s+)?(?:[a-z]+\s+)?([a-z]{3,})", re.I)
_SKIP = frozenset("the a an of long old period spell stretch run total".split())


def _whole_day(q: Quantity) -> bool:
    return q.kind == "date" and q.resolved and len(str(q.value)) == 10


def _side(article: Article, d: Quantity) -> str | None:
    """'start' or 'end' when the few words before the day name one side only ("began on", "ended on",
    "walked out on"); None otherwise."""
    words = article.words_before(d, 4)
    near = set(words)
    start, end = bool(near & _STARTS), bool(near & _ENDS)
    if start == end:
        return None
    return "start" if start else "end"


def _thing(article: Article, q: Quantity) -> str | None:
    """The noun the span is the length of: "the 45-day strike", "45 days of the blockade"."""
    after = [w for w in article.words_after(q, 4)]
    if q.text.endswith(("-day", "-week")) or re.search(r"-(?:day|week)s?$", q.text):
        return after[0] if after and after[0] not in _SKIP else (after[1] if after[1:2] and after[0] == "long" else None)
    if after[:1] == ["of"]:
        rest = [w for w in after[1:] if w not in _SKIP]
        return rest[0] if rest else None
    return None


def _named(article: Article, sentence: int, noun: str) -> bool:
    stem = noun[:-1] if noun.endswith("s") else noun
    return any(t.is_word and t.low.rstrip("s") == stem for t in article.tokens(sentence))


@reader("day-spans")
def read(article: Article):
    """A span in days or weeks against the day its thing began and the day it ended: "the 45-day walkout,
    which began on March 3 and ended on April 24"; "The 17-day stoppage was called off on 19 June" with
    "started their stoppage on 2 June". Refuses days without a day of the month, two candidate starts or
    ends, a day in the sentence that is neither, and a thing no sentence with the other side names."""
    linked = {c.roles["offset"] for c in article.extraction.claims if c.kind == "date_offset"}
    days = [d for d in article.quantities if _whole_day(d)]
    if len(days) < 2:
        return
    for q in article.quantities:
        if q.kind != "duration" or q.unit not in _UNITS or q.id in linked or not q.resolved:
            continue
        own = [d for d in days if d.sentence == q.sentence]
        sides = {d.id: _side(article, d) for d in own}
        starts = [d for d in own if sides[d.id] == "start"]
        ends = [d for d in own if sides[d.id] == "end"]
        if len(starts) + len(ends) != len(own):
            continue  # a day of the sentence that is neither: another event
        if not (starts and ends):  # the missing side from the sentences that name the span's thing
            noun = _thing(article, q)
            if noun is None:
                continue
            near = [d for d in days if d.sentence != q.sentence and _named(article, d.sentence, noun)]
            starts = starts or [d for d in near if _side(article, d) == "start"]
            ends = ends or [d for d in near if _side(article, d) == "end"]
        if len({str(d.value) for d in starts}) != 1 or len({str(d.value) for d in ends}) != 1:
            continue
        first, last = starts[0], ends[0]
        if str(first.value) >= str(last.value):
            continue
        yield claim("date_offset", {"offset": q, "anchor": first, "event": last}, cue="span")
