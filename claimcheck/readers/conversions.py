"""An amount converted into another currency whose original is stated in another sentence.

Shapes:
- "agreed to buy Tarnow Software for €800 million" ... "the Tarnow purchase, worth about $930 million
  at current exchange rates";
- "Orvik pays NOK 450 million a year" ... "Orvik's bill, roughly $42 million at today's rates";
- "a grant of R85 million to the Tessaly project" ... "the Tessaly grant, equivalent to about $4.6 million".

Refuses: an amount whose sentence already holds an amount in another currency (the old linker reads
those); a conversion that names nothing stated elsewhere, or a name beside two amounts of different
values in other currencies; an amount with no word of conversion ("a $1.4 billion deal").
"""

from __future__ import annotations

from ..article import _STOP, Article
from ..models import Quantity
from . import claim, reader

# Words after an amount that say it is converted: "at current exchange rates", "at today's rate".
_CONVERTED_AFTER = (("at", "current", "exchange"), ("at", "current", "rates"), ("at", "current", "rate"),
                    ("at", "today's", "exchange"), ("at", "today's", "rates"), ("at", "today's", "rate"),
                    ("at", "the", "current"), ("at", "current", "prices"))
# Words before an amount that say it is converted: "equivalent to about", "the equivalent of".
_CONVERTED_BEFORE = (("equivalent", "to"), ("equivalent", "of"), ("converted", "to"), ("translates", "to"))


@reader("currency-conversions")
def read(article: Article):
    """A converted amount and its original in another currency, joined by the name they share.

    Covers "the Tarnow purchase, worth about $930 million at current exchange rates" with "buy Tarnow
    ... for €800 million" in another paragraph. Refuses amounts without a word of conversion, and names
    beside two different amounts.
    """
    for q in article.quantities:
        if q.kind != "money" or not isinstance(q.value, float) or not _converted(article, q):
            continue
        if any(o.kind == "money" and o.unit != q.unit for o in article.in_sentence(q.sentence)):
            continue
        original = _original(article, q)
        if original is not None:
            yield claim("equivalence", {"left": original, "right": q}, cue="or", sentence=q.sentence)


def _converted(article: Article, q: Quantity) -> bool:
    back, ahead = article.words_near(q, 3, 3)  # near words only: a reader visiting every amount stays linear
    after = tuple(w.replace("’", "'") for w in ahead)
    before = tuple(back)
    before = tuple(w for w in before if w not in ("about", "roughly", "around", "some", "nearly", "almost"))
    return after in _CONVERTED_AFTER or any(before[-len(p):] == p for p in _CONVERTED_BEFORE)


def _original(article: Article, q: Quantity) -> Quantity | None:
    """The one amount in another currency stated in a sentence that shares a name with q's phrase."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    near = [w for w in toks[max(0, k - 8):k] if w.is_word][-6:]  # the amount's own phrase: "the Tarnow purchase, worth"
    names = {w.text.removesuffix("'s").removesuffix("’s") for w in near
             if w.text[:1].isupper() and w.low not in _STOP and w.start > toks[0].start}
    if not names:
        return None
    found = []
    for o in article.quantities:
        if o.kind != "money" or o.unit == q.unit or o.sentence == q.sentence or not isinstance(o.value, float) \
                or o.per != q.per:
            continue
        said = {w.text.removesuffix("'s").removesuffix("’s") for w in article.tokens(o.sentence) if w.is_word}
        if names & said and not _converted(article, o):
            found.append(o)
    return found[0] if found and len({(o.unit, float(o.value)) for o in found}) == 1 else None
