"""A change's size with no ends of its own, whose ends are this period's and the last period's level of
one counted thing, stated anywhere in the article.

Shapes:
- a definite size after the earlier level: "The fair sold 58,300 tickets this spring." ...
  "Last year's fair sold 49,900 tickets. Organisers said the 21 per cent rise ..." (any change noun);
- a size "on" or "over" the earlier time: "The harbour handled a record 3,410 cruise calls. The total
  represents a 12% increase on 2022" ... "In 2022 the harbour handled 3,050 calls" (paragraphs apart).

Refuses: a size with neither a determiner nor an earlier time after it ("a 12% increase is
expected"); more than one counted thing in the size's sentence and the one before (which one moved is unsure);
a thing counted at other values than one level now and one level earlier (a third figure, two
earlier levels, a level that is a part, a plan or a forecast); ends already tied by a change.
"""

from __future__ import annotations

from ..article import Article, thing_of
from ..patterns import re
from ..vocab import CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP
from . import claim, reader

_NOUNS = {**{n: "up" for n in CHANGE_NOUNS_UP}, **{n: "down" for n in CHANGE_NOUNS_DOWN}}
_DETERMINERS = frozenset("the that this its".split())
_ON = frozenset("on over from than".split())
_EARLIER_WORDS = frozenset("previous prior earlier ago before".split())
_PERIODS = frozenset("year season summer winter spring autumn year's season's summer's".split())
_HYPOTHETICAL = frozenset("""will would could might may expected expects forecast forecasts target targets
plan plans planned aims aim hopes hope projected budgeted""".split())
_PART_ROLES = {("proportion", "part"), ("proportion", "whole"), ("total", "part1"), ("range", "low"),
               ("range", "high")}


@reader("year-levels")
def read(article: Article):
    """"Last year's fair sold 49,900 tickets. Organisers said the 21 per cent rise ..." after "sold
    58,300 tickets" in the lead, and "represents a 12% increase on 2022" with the 2022 level paragraphs
    away: the size of the move between the one level now and the one level a period earlier of the
    counted thing named in the size's sentence or the one before. Refuses sizes with neither a
    determiner nor an earlier time, things counted at a third value, and ends already tied by a change."""
    if article.published is None:
        return
    year = article.published.year
    tied = {qid for c in article.extraction.claims if c.kind == "change"
            for r, qid in c.roles.items() if r in ("from", "to")}
    for c in article.extraction.claims:
        if c.kind != "change" or set(c.roles) != {"by"}:
            continue
        size = article.extraction.quantity(c.roles["by"])
        if size.unit != "percent":
            continue
        after = article.words_after(size, 4)
        noun = after[0].rstrip("s") if after else None
        if noun not in _NOUNS:
            continue
        before = article.words_before(size, 2)
        earlier_named = len(after) > 1 and after[1] in _ON and _earlier_time(article, size, after[2:], year)
        if not (before and before[-1] in _DETERMINERS or earlier_named):
            continue
        things = {thing_of(q) for s in (size.sentence - 1, size.sentence) for q in article.in_sentence(s)
                  if q.unit == "count" and thing_of(q)}
        if len(things) != 1:
            continue
        thing = things.pop()
        counts = [q for q in article.counts_of(thing) if q.unit == "count" and q.per is None
                  and not set(article.words_before(q, 8)) & _HYPOTHETICAL
                  and not article.roles_of(q) & _PART_ROLES]
        earlier = [q for q in counts if _is_earlier(article, q, year)]
        now = [q for q in counts if q not in earlier and article.year_of(q) == year]
        if len(counts) != 2 or len(earlier) != 1 or len(now) != 1:
            continue
        frm, to = earlier[0], now[0]
        if frm.id in tied or to.id in tied:
            continue
        yield claim("change", {"from": frm, "to": to, "by": size}, cue=noun, direction=_NOUNS[noun],
                    asserted=[(noun, _NOUNS[noun])], relative=True, sentence=size.sentence)


def _earlier_time(article: Article, size, words: list[str], year: int) -> bool:
    """Whether the words after "on"/"over" name an earlier period: "2022", "last year", "the previous year"."""
    text = " ".join(words[:3])
    m = re.match(r"(\d{4})\b", text)
    if m:
        return int(m.group(1)) < year
    return bool(re.match(r"(?:last|the\s+previous|the\s+prior)\s+(?:year|season)", text)) or any(
        q.kind == "date" and q.span[0] > size.span[1] and q.span[0] - size.span[1] < 40
        and re.match(r"\d{4}", str(q.value)) and int(str(q.value)[:4]) < year
        for q in article.in_sentence(size.sentence))


def _is_earlier(article: Article, q, year: int) -> bool:
    """q is a level of an earlier period: its sentence says "last year('s)", "the previous season",
    "a year earlier", or dates it before the publication's year."""
    words = article.words_before(q, 12, clause=False) + article.words_after(q, 4)
    pairs = set(zip(words, words[1:]))
    if any(a == "last" and b in _PERIODS for a, b in pairs) or set(words) & _EARLIER_WORDS:
        return True
    y = article.year_of(q)
    return y is not None and y < year
