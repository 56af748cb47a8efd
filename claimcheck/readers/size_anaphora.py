"""A change's size named with a definite word after the change it sizes: "That 4.5% rise", "The 34% jump".

Shapes:
- a determiner, the size and a noun of change, opening its clause, after a sentence that moved a
  figure between two levels: "Attendances rose to 14,200 from 12,400. That 4.5% rise came despite a
  mild winter"; "Coal volumes climbed to 3.9 million tonnes from 2.6 million. The 34% jump was driven
  by exports"; "... grew from 1,874,210 in 2011 to 2,416,380. This 22.4 per cent increase ...";
- the same with an amount: "Sales fell to $4.1 billion from $4.6 billion. The $700 million drop ...".

- the levels set side by side with "compared with", "against" or "versus", the earlier one dated:
  "Visits reached 14,200 in January, compared with 12,400 a year earlier. That 4.5% rise ..."; "The
  port handled 3.9 million tonnes in the half against 2.6 million tonnes in the same period of 2021.
  The 34% jump ...".

Refuses: a size with no determiner ("A 4.5% rise is expected"), a size whose sentence names its own
ends, a previous sentence with two or more changes between levels (which one is meant is unsure),
a change two sentences back or more, a
comparison whose second figure carries no earlier time ("against a target of 78%"), and a sentence
with a third figure of the unit compared.
"""

from __future__ import annotations

from ..article import Article, thing_of
from ..vocab import CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP
from . import claim, reader

_DETERMINERS = frozenset("that this the its their these those".split())
_NOUNS = {**{n: "up" for n in CHANGE_NOUNS_UP}, **{n: "down" for n in CHANGE_NOUNS_DOWN}}


_FIGURE_WORDS = frozenset("figure number total tally count level".split())


@reader("figure-anaphora")
def read_figure(article: Article):
    """"That figure has since dropped to 2,940" opening a sentence: a move to a new level from the one
    figure of its unit in the sentence before ("2,610 patients had waited more than a year").

    Shapes: "That figure has since dropped to 2,940"; "This number rose to 41 by June"; "The total
    has since been cut to $3.1 billion".
    Refuses: a sentence before with two figures of the unit (which one is meant is unsure), a figure
    word that does not open the sentence ("Officials expect the figure to fall to 2,000"), and a
    change that names its own starting level."""
    for c in article.extraction.claims:
        if c.kind != "change" or set(c.roles) != {"to"} or not c.asserted:
            continue
        to = article.extraction.quantity(c.roles["to"])
        words = [t.low for t in article.tokens(to.sentence) if t.is_word][:2]
        if len(words) < 2 or words[0] not in ("that", "this", "the") or words[1] not in _FIGURE_WORDS:
            continue
        if to.sentence == 0 or any(q.kind != "date" and q.id != to.id and q.span[0] < to.span[0]
                                   for q in article.in_sentence(to.sentence)):
            continue
        earlier = [q for q in article.in_sentence(to.sentence - 1) if article.same_unit(q, to)]
        if len(earlier) != 1:
            continue
        yield claim("change", {"from": earlier[0], "to": to}, cue=c.cue, direction=c.direction,
                    asserted=c.asserted, sentence=to.sentence)


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
        if len(earlier) == 1:
            frm = article.extraction.quantity(earlier[0].roles["from"])
            to = article.extraction.quantity(earlier[0].roles["to"])
        elif earlier or (pair := _compared_pair(article, size.sentence - 1)) is None:
            continue
        else:
            to, frm = pair
        if size.unit not in ("percent", frm.unit):
            continue
        relative = None if frm.unit == "percent" else size.unit == "percent"
        yield claim("change", {"from": frm, "to": to, "by": size}, cue=noun, direction=_NOUNS[noun],
                    asserted=[(noun, _NOUNS[noun])], relative=relative, sentence=size.sentence)


_SIDE_BY_SIDE = (("compared", "with"), ("compared", "to"), ("against",), ("versus",), ("vs",), ("vs.",))
_EARLIER = frozenset("last earlier previous before ago prior".split())


def _compared_pair(article: Article, index: int):
    """(new level, earlier level) of a sentence that sets two figures of one unit side by side with
    "compared with", "against" or "versus", the second dated earlier ("in the same month last year",
    "a year earlier", "in the first half of 2021"); None when unsure."""
    qs = [q for q in article.in_sentence(index) if q.kind != "date"]
    found = []
    for k, other in enumerate(qs):
        before = tuple(article.words_before(other, 2))
        if not any(before[-len(w):] == w for w in _SIDE_BY_SIDE):
            continue
        after = set(article.words_after(other, 8))
        if not (after & _EARLIER or article.clause_time(other) is not None):
            continue
        level = [q for q in qs[:k] if article.same_unit(q, other)]
        if len(level) > 1:  # "three units saw 14,200 attendances, compared with 12,400": the named level
            level = [q for q in level if thing_of(q) is not None and any(ch.isdigit() for ch in q.text)]
        if len(level) != 1 or any(article.same_unit(q, other) for q in qs[k + 1:]):
            continue
        found.append((level[0], other))
    return found[0] if len(found) == 1 else None
