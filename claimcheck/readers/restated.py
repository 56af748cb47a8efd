"""A change told in one sentence whose start is given in another, with the same level restated.

Shapes:
- a level compared with its earlier value in one sentence and moved by a verb in another:
  "hardware sales came to $318 million, compared with $341 million a year earlier" ... "Hardware,
  which edged higher in the quarter to $318 million, ...";
- the reverse order: "Profit fell to 4.2 billion yen." ... "The 4.2 billion yen compares with 3.9
  billion yen a year earlier."

Refuses: a level that is written with the same figure for two different starts (two candidate
changes disagree), a level in another unit or of another counted thing, and a move that already
names its start.
"""

from __future__ import annotations

from ..article import Article
from . import claim, reader


@reader("restated-changes")
def read(article: Article):
    """A verb's move to a level, joined to the start given where the same level is restated.

    Covers "came to $318 million, compared with $341 million a year earlier" ... "edged higher to
    $318 million". Refuses a level restated with two different starts, and moves that name their own
    start.
    """
    changes = [c for c in article.extraction.claims if c.kind == "change"]
    by_id = article.extraction.quantity
    complete: dict[tuple, list] = {}
    for c in changes:
        if "from" in c.roles and "to" in c.roles:
            to = by_id(c.roles["to"])
            complete.setdefault(_key(to), []).append(c)
    for c in changes:
        if "from" in c.roles or "to" not in c.roles or not c.asserted:
            continue
        to = by_id(c.roles["to"])
        others = [o for o in complete.get(_key(to), []) if o.sentence != c.sentence]
        starts = {(by_id(o.roles["from"]).value, by_id(o.roles["from"]).unit) for o in others}
        if len(starts) != 1:
            continue
        start = by_id(others[0].roles["from"])
        yield claim("change", {"from": start, "to": to}, cue=c.cue, direction=c.direction, asserted=c.asserted,
                    sentence=c.sentence)


def _key(q) -> tuple:
    return (q.unit, q.value, q.noun if q.unit == "count" else None)
