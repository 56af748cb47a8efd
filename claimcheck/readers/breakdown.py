"""The breakdown reader: parts listed one by one against the whole they share, and shares of one whole.

Shapes (claim kind ``total``):

- parts of a whole named in the sentence before (cue ``whole``; ``complete`` when the list ends on
  "the remaining N" or "the rest"): "The town has 96,500 residents. Of those residents, 18,200
  are children, 61,900 are aged 18 to 64 and 16,400 are 65 or older"; "The fleet numbers 640
  buses. Of these, 410 run on diesel, 150 are hybrids and the remaining 80 are electric";
  "Among them, ..." after the whole;
- shares ending on a named remainder, which must make 100% (cue ``remaining``): "equities 55% of
  the fund, bonds 30% and property 10%, and cash the rest, 5%";
- the answers to one exclusive question, which may not pass 100% (cue ``exclusive``): "Asked for
  the single main reason, 46% named cost, 38% the commute and 24% childcare".

The parts are the first figure of each listed clause ("61,900 are aged 18 to 64": the ages are
not parts), in the unit of the whole; a whole in the same sentence ("Of the 450 seats, ...") is
the parts-sum rule's reading and is left to it.

Refuses: a list of two parts with no remainder named (two figures may overlap: "800 are women and
600 work part-time"); a whole in the previous sentence that is not unique (two counts of
different sizes) or is an earlier level ("up from 88,700"); shares of a question whose answers
could be picked more than once ("could give several answers", "cited", "mentioned"); shares
that moved ("rose to 31%").
"""

from __future__ import annotations

from ..article import Article, Token, thing_of
from ..models import Quantity
from . import claim, reader
from .rate import _earlier_level

_POINTERS = frozenset({"those", "these", "them", "this", "that", "which", "whom"})
# "the remaining 6%" closes a list; "other parties 8%" may leave the undecided out.
_REST = frozenset({"remaining", "rest", "remainder", "balance"})
_EXCLUSIVE = ("main reason", "single main", "single biggest", "single most", "first choice", "top choice",
              "first preference", "preferred option", "only one", "one answer", "main concern", "chief reason")
_MULTIPLE = ("more than one", "several answers", "multiple answers", "all that apply", "could pick", "could choose",
             "could name", "could give", "could cite", "cited", "mentioned", "more than one answer")
_SEPARATORS = frozenset({",", "and", "with", "while", ";"})


def _parts(toks: list[Token], start: int, like) -> list[tuple[Quantity, int]]:
    """The first figure of each listed clause from token ``start`` on, while ``like`` holds."""
    parts: list[tuple[Quantity, int]] = []
    gap: list[str] = []
    for k in range(start, len(toks)):
        t = toks[k]
        if t.q is None:
            if t.text in (".", ";", ":", "(", ")"):
                break
            gap.append(t.low)
            continue
        if not parts or _SEPARATORS & set(gap):
            if not like(t.q):
                break
            parts.append((t.q, k))
        gap = []
    return parts


def _closed(toks: list[Token], parts: list[tuple[Quantity, int]]) -> tuple[bool, bool]:
    """(the list ends on 'and <last>', the last part is named as the rest)."""
    if len(parts) < 2:
        return False, False
    between = [t.low for t in toks[parts[-2][1] + 1:parts[-1][1]]]
    return "and" in between or "with" in between, bool(_REST & set(between))


def _moved(article: Article, q: Quantity) -> bool:
    """q is a level of a change or an end of a range ("rose to 29%")."""
    memo = article.extraction.memo
    if "moved" not in memo:
        memo["moved"] = {qid for c in article.extraction.claims if c.kind in ("change", "range") for qid in c.quantities}
    return q.id in memo["moved"]


def _of_those(article: Article, index: int):
    """'Of those residents, A ..., B ... and C ...' after a sentence that names the whole."""
    toks = article.tokens(index)
    words = []
    for k, t in enumerate(toks):
        if t.q is not None:
            break
        words.append(t.low)
    else:
        return
    opener = [w for w in words if w not in (",", "\"", "“")]
    if len(opener) < 2 or opener[0] not in ("of", "among") or opener[1] not in _POINTERS and opener[1] != "the":
        return
    if opener[1] == "the" and len(opener) > 3:
        return  # "Of the patients now waiting, 18,400 ...": which whole? (parts-sum reads "Of the 450 seats")
    first = toks[k].q
    if first.kind != "count" or index == 0:
        return
    parts = _parts(toks, k, lambda q: q.kind == "count" and q.unit == "count" and thing_of(q) in (None, thing_of(first)))
    ends_with_and, rest = _closed(toks, parts)
    if not ends_with_and or len(parts) < 3 and not rest:
        return
    noun = opener[2] if len(opener) > 2 else None
    wholes = [o for o in article.in_sentence(index - 1) if o.kind == "count" and isinstance(o.value, float)
              and not _earlier_level(article, o) and (thing_of(o) is None or noun is None
                                                       or thing_of(o) == noun.rstrip("s"))]
    if not wholes or len({o.value for o in wholes}) != 1:
        return
    roles = {"total": wholes[0], **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="complete" if rest else "whole", sentence=index)


def _shares(article: Article, index: int):
    """Shares of one whole: ending on 'the remaining N%', or answering one exclusive question."""
    toks = article.tokens(index)
    text = article.sentence_text(index).lower()
    nxt = article.sentence_text(index + 1).lower() if index + 1 < len(article.sentences) else ""
    exclusive = any(c in text for c in _EXCLUSIVE) and not any(c in text or c in nxt for c in _MULTIPLE)
    start = next((k for k, t in enumerate(toks) if t.q is not None and t.q.unit == "percent"), None)
    if start is None:
        return
    parts = _parts(toks, start, lambda q: q.unit == "percent" and isinstance(q.value, float))
    if len(parts) < 2 or any(_moved(article, q) for q, _ in parts):
        return
    ends_with_and, rest = _closed(toks, parts)
    if not ends_with_and:
        return
    roles = {f"part{n}": q for n, (q, _) in enumerate(parts, 1)}
    if rest and len(parts) >= 3:
        yield claim("total", roles, cue="remaining", sentence=index)
    elif exclusive:
        yield claim("total", roles, cue="exclusive", sentence=index)


@reader("breakdown")
def read(article: Article):
    """Parts named one by one against the whole named before them ("Of those residents, 18,200 are
    children, 61,900 are aged 18 to 64 and 16,400 are 65 or older"); shares ending on "the rest,
    5%"; answers to one exclusive question ("the single main reason"). Refuses two parts with no
    remainder named, a whole that is not unique or is an earlier level, multi-choice questions
    ("could give several answers", "cited"), and shares that moved ("rose to 31%").
    """
    for index in range(len(article.sentences)):
        if not article.in_sentence(index):
            continue
        yield from _of_those(article, index)
        yield from _shares(article, index)
