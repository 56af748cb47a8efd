"""The remainders reader: "the remaining N of the M" after the other parts of M were given one by one.

Shape (claim kind ``total``, cue ``complete``): a figure said to be the rest of a whole, "the remaining
N of the M <things>" ("Four independents shared the remaining 2,300 of the 24,500 valid
votes"; "Independents took the other six of the council's 31 seats"), after the holders' own figures of
those things in the same paragraph ("Ms Tandy polled 12,400 votes to beat Mr Vardle, who scored 9,800"; "The
Greens won 14 seats and Labour took 11"): the earlier figures and N must make M. A bare figure counts
when a verb of holding stands right before it ("who scored 36,884", "polling 28,390 against 26,485").

Refuses (stays silent): a margin, majority or lead ("a margin of 4,323 votes", "won by 1,905 votes"), which
is no part; any other figure of the thing in the paragraph it cannot place (a bare count after no verb of
holding, a level that moved, a share of another whole, a figure as large as the whole); no earlier part;
"the remaining N" with no "of the M" (the whole is the listed-sums reader's to find).
"""

from __future__ import annotations

from ..article import Article, _canonical, thing_of
from ..models import Quantity
from . import claim, reader

_REST = frozenset({"remaining", "other", "outstanding"})
_OWNERS = frozenset({"the", "its", "their", "his", "her"})
# Verbs (and the word of a head-to-head tally) right before a holder's bare figure: "who scored 36,884".
_HOLDING = frozenset("polled polling scored scoring got getting received receiving won winning took taking secured "
                     "securing garnered obtained gained attracted against with".split())
# Words before a figure that make it a difference between holders, not a holding: "a margin of 4,323 votes".
_MARGIN = frozenset("margin majority lead gap ahead difference".split())


def _rest_of(article: Article, q: Quantity) -> Quantity | None:
    """M when q stands in "the remaining q of [the|its|<owner's>] M"."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    if k < 2 or toks[k - 1].low not in _REST or toks[k - 2].low != "the":
        return None
    j = k + 1
    if j >= len(toks) or toks[j].low != "of":
        return None
    j += 1
    while j < len(toks) and toks[j].q is None and (toks[j].low in _OWNERS or toks[j].low.endswith(("'s", "’s"))):
        j += 1
    whole = toks[j].q if j < len(toks) else None
    if whole is None or whole.kind != "count" or not isinstance(whole.value, float) or thing_of(whole) is None:
        return None
    return whole


def _placed(article: Article, o: Quantity, whole: Quantity) -> str:
    """How an earlier figure of the whole's thing stands: 'part', 'skip' (a margin) or 'unsure'."""
    before = article.words_before(o, 2)
    if _MARGIN & set(before) or before[-1:] == ["by"] or ("change", "by") in article.roles_of(o):
        return "skip"
    if article.roles_in(o) or float(o.value) >= float(whole.value) or o.qualifier != "exact":
        return "unsure"
    for role in (("proportion", "part"), ("proportion", "share")):
        if role in article.roles_of(o):
            return "unsure"
    if thing_of(o) is None and before[-1:] and before[-1] not in _HOLDING:
        return "unsure"
    return "part"


@reader("remainders")
def read(article: Article):
    """"The remaining N of the M" against the holders' figures of M's thing given before it in the paragraph
    (cue ``complete``). Refuses margins as parts, and stays silent when any figure of the thing there cannot
    be placed."""
    for q in article.quantities:
        if q.kind != "count" or not isinstance(q.value, float):
            continue
        whole = _rest_of(article, q)
        if whole is None:
            continue
        thing = _canonical(thing_of(whole))
        block = article.block(q.sentence)
        parts: list[Quantity] = []
        unsure = False
        for o in article.quantities:
            if o.span[0] >= q.span[0]:
                break
            if o.kind != "count" or not isinstance(o.value, float) or article.block(o.sentence) != block:
                continue
            own = thing_of(o)
            if own is not None and _canonical(own) != thing:
                continue
            if own is None and not any(thing_of(p) and _canonical(thing_of(p)) == thing
                                       for p in article.in_sentence(o.sentence)):
                continue  # a bare figure in a sentence that names none of the things
            how = _placed(article, o, whole)
            unsure = unsure or how == "unsure"
            if how == "part":
                parts.append(o)
        if unsure or not parts:
            continue
        roles = {"total": whole, **{f"part{n}": p for n, p in enumerate([*parts, q], 1)}}
        yield claim("total", roles, cue="complete", sentence=q.sentence)
