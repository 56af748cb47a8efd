"""A rate per thing against the one "<total> in <count>" of the same owner stated elsewhere.

Shapes: "scored 21.4 points a game" (or "per game", "a match") with "Okonta finished the season with
648 points in 33 games" in another paragraph, the owner named in both places (by either part of the
name, or in the sentence before the total); "yields of 7.1 tonnes a hectare" with "harvested 5,680
tonnes from 800 hectares".

Refuses: a rate whose sentence names nobody or someone the total's sentences do not name; two
"<total> in <count>" pairs of the rate's thing and unit; a rate that another reading already placed;
a total of another thing ("648 rebounds in 33 games" for "points a game").
"""

from __future__ import annotations

from ..article import Article, thing_of
from ..models import Quantity
from ..patterns import re
from . import claim, reader

# Words joining a total to the count it was made over: "648 points in 33 games", "from 800 hectares".
_OVER = frozenset("in from over across during on".split())
_STOP = frozenset("""The A An In On At For From With By Of And But Its It He She They We His Her Their This That
Last Next When After Before While Since During Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
February March April May June July August September October November December Mr Mrs Ms Dr""".split())


def _singular(word: str) -> str:
    if word.endswith("ches") or word.endswith("shes") or word.endswith("xes"):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@reader("pair-rates")
def read(article: Article):
    """Rates "N <things> a <unit>" against the one "<total things> in <count units>" elsewhere, of the
    same owner.

    Covers "18.9 points a game from Vandergrift" with "Oona Vandergrift ended the campaign with 512 points in 27
    games" (the full name in the sentence before). Refuses rates naming nobody, owners not named beside
    the total, two candidate pairs, and totals of another thing.
    """
    placed = {c.roles.get("rate") for c in article.extraction.claims if c.kind == "rate"}
    pairs = _pairs(article)
    for r in article.quantities:
        if r.id in placed or r.kind != "count" or not isinstance(r.value, float):
            continue
        after = article.words_after(r, 2)
        if len(after) < 2 or after[0] not in ("a", "per") or not thing_of(r):
            continue
        unit = _singular(after[1])
        mine = [(t, c) for t, c in pairs if thing_of(t) == thing_of(r) and _singular(thing_of(c) or "") == unit
                and t.sentence != r.sentence]
        if len({(float(t.value), float(c.value)) for t, c in mine}) != 1:
            continue
        total, count = mine[0]
        names = _names(article, r.sentence)
        near = _names(article, total.sentence) | (_names(article, total.sentence - 1) if total.sentence else set())
        if not names or not names & near:
            continue
        yield claim("rate", {"rate": r, "total": total, "count": count}, cue="per", sentence=r.sentence)


def _pairs(article: Article) -> list[tuple[Quantity, Quantity]]:
    """'648 points in 33 games': a count of a thing, a joining word, a count of another thing."""
    out = []
    for s in range(len(article.sentences)):
        if sum(1 for q in article.in_sentence(s) if q.kind == "count") < 2:
            continue  # a pair needs two counts; no tokens made of the other sentences
        toks = article.tokens(s)
        for k, t in enumerate(toks[:-2]):
            if t.q is None or t.q.kind != "count" or not thing_of(t.q):
                continue
            if toks[k + 1].low in _OVER and toks[k + 2].q is not None:
                c = toks[k + 2].q
                if c.kind == "count" and thing_of(c) and thing_of(c) != thing_of(t.q):
                    out.append((t.q, c))
    return out


def _names(article: Article, sentence: int) -> set[str]:
    """The capitalised words of a sentence that are not sentence openers or calendar words."""
    return {t.text.removesuffix("'s").removesuffix("’s") for t in article.tokens(sentence)
            if t.is_word and t.text[:1].isupper() and t.text not in _STOP and re.fullmatch(r"[A-Z][a-z'’]+", t.text)}
