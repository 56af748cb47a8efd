"""A change's size named with a definite word after the change it sizes: "That 4.5% rise", "The 34% jump".

Shapes:
- a determiner, the size and a noun of change, opening its clause, after a sentence that moved a
  figure between two levels: "Attendances rose to 14,200 from 12,400. That 4.5% rise came despite a
  mild winter"; "Coal volumes climbed to 3.9 million tonnes from 2.6 million. The 34% jump was driven
  by exports"; "... grew from 1,874,210 in 2011 to 2,416,380. This 22.4 per cent increase ...";
- the same with an amount: "Sales fell to $4.1 billion from $4.6 billion. The $700 million drop ...".

Refuses: a size with no determiner ("A 4.5% rise is expected"), a size whose sentence names its own
ends, a previous sentence with two or more changes between levels (which one is meant is unsure),
and a change two sentences back or more.
"""

from __future__ import annotations

from ..article import Article
from ..vocab import CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP
from . import claim, reader

_DETERMINERS = frozenset("that this the its their these those".split())
_NOUNS = {**{n: "up" for n in CHANGE_NOUNS_UP}, **{n: "down" for n in CHANGE_NOUNS_DOWN}}


@reader("size-anaphora")
def read(article: Article):
    """"That 4.5% rise", "The 34% jump" opening a sentence: the size of the one change between two
    levels in the sentence before. Refuses sizes without a determiner, sentences that name their
    own ends, and a sentence before with two changes."""
    changes = [c for c in article.extraction.claims if c.kind == "change"]
    complete: dict[int, list] = {}
    for c in changes:
        if "from" in c.roles and "to" in c.roles and "by" not in c.roles:
            complete.setdefault(c.sentence, []).append(c)
    for c in changes:
        if set(c.roles) != {"by"}:
            continue
        size = article.extraction.quantity(c.roles["by"])
        before = article.words_before(size, 3)
        after = article.words_after(size, 1)
        if not before or before[-1] not in _DETERMINERS or len(before) > 2 or not after:
            continue  # "That 4.5% rise" opens its clause: one or two words before the size at most
        noun = after[0].rstrip("s") if after[0].rstrip("s") in _NOUNS else after[0]
        if noun not in _NOUNS:
            continue
        earlier = complete.get(size.sentence - 1, [])
        if len(earlier) != 1:
            continue
        frm = article.extraction.quantity(earlier[0].roles["from"])
        to = article.extraction.quantity(earlier[0].roles["to"])
        if size.unit not in ("percent", frm.unit):
            continue
        relative = None if frm.unit == "percent" else size.unit == "percent"
        yield claim("change", {"from": frm, "to": to, "by": size}, cue=noun, direction=_NOUNS[noun],
                    asserted=[(noun, _NOUNS[noun])], relative=relative, sentence=size.sentence)
