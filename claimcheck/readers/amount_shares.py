"""An amount said to equal a share of a named whole, by a linking verb: "The €31.2m payroll is equivalent to
74% of revenue", "Its 2,300-strong staff are equal to 14% of the town's workforce", "Last year's $3.2bn of
grants was worth roughly 2.5 per cent of the budget".

Shapes: an amount (money, a count or a measure), the words naming it, a linking verb (is, was, are, were,
remains, stands, equals, represents, amounts to, works out at, and their plural forms) with "equivalent to", "equal to", "the
equivalent of", "worth", or the verbs "equals" / "represents" / "amounts to" alone, then a percentage and
"of <whole>". Yields an equivalence (left: the percentage, right: the amount) about "of <whole>", which
the percent-of-base rule checks against the whole stated elsewhere.

Refuses: another figure, a comma or a joining word between the amount and the verb (the amount belongs to
another clause), a percentage with no "of" after it, a change ("rose 12% to"), and a percentage that is the
size of a change ("up by 5% of").
"""

from __future__ import annotations

from ..article import Article
from . import claim, reader

_LINKS = frozenset("is was are were remains remained stands stood has had".split())
_CUES = (("equivalent", "to"), ("the", "equivalent", "of"), ("equal", "to"), ("worth",), ("equals",), ("equalled",),
         ("equaled",), ("represents",), ("represented",), ("represent",), ("amounts", "to"), ("amounted", "to"),
         ("amount", "to"), ("works", "out", "at"), ("worked", "out", "at"), ("equal",))
_HEDGES = frozenset("about around roughly nearly almost some just over under approximately".split())
_BREAKS = frozenset("and but while whereas which who that or than from to by".split())
_WITHIN = 6  # words between the amount and the verb: "wage bill", "of grants last year"


@reader("amount-shares")
def read(article: Article):
    """"The €31.2m payroll is equivalent to 74% of revenue": the percentage and the amount it restates.

    Refuses an amount that starts or sizes a change, one parted from the verb by a comma, a joining word or
    another figure, and a percentage with no "of <whole>" after it ("equivalent to 72% more than")."""
    for s in article.sentences_with(frozenset(("equivalent", "equal", "worth", "equals", "equalled", "equaled", "represents",
                                               "represented", "represent", "amounts", "amounted", "amount", "works", "worked"))):
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            q = t.q
            if q is None or q.kind not in ("money", "count", "measure") or not isinstance(q.value, float):
                continue
            if article.roles_in(q) & {"from", "by", "low", "high"}:
                continue
            found = _share_after(toks, k + 1)
            if found is None:
                continue
            share, cue, whole = found
            yield claim("equivalence", {"left": share, "right": q}, cue=cue, about=f"of {whole}", sentence=s)


def _share_after(toks, j):
    """The percentage after the amount's words and a linking cue, with the words of the whole after "of"."""
    words = 0
    while j < len(toks) and toks[j].q is None and toks[j].is_word and toks[j].low not in _BREAKS:
        if toks[j].low in _LINKS or any(_cue_at(toks, j, c) for c in _CUES):
            break
        words += 1
        if words > _WITHIN:
            return None
        j += 1
    if j < len(toks) and toks[j].low in _LINKS:
        j += 1
    cue = next((c for c in _CUES if _cue_at(toks, j, c)), None)
    if cue is None:
        return None
    j += len(cue)
    while j < len(toks) and toks[j].q is None and toks[j].low in _HEDGES:
        j += 1
    if j + 1 >= len(toks) or toks[j].q is None or toks[j].q.unit != "percent" or toks[j + 1].low != "of":
        return None
    whole = []
    for t in toks[j + 2:j + 8]:
        if t.q is not None or not t.is_word:
            break
        whole.append(t.text)
    if not whole:
        return None
    return toks[j].q, " ".join(cue), " ".join(whole)


def _cue_at(toks, j, cue) -> bool:
    return all(j + i < len(toks) and toks[j + i].low == w for i, w in enumerate(cue))
