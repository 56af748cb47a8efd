"""The size of a rate's move against the level the rate was held at before it and the level it moved to.

Shapes:
- a rate moved to a new level with no start of its own ("raised its policy rate to 6.5%"), the level
  it had been held at in another sentence ("The rate had stood at 6% since May", "had been kept at 6% for
  a year"), and the size of the move named as a noun phrase anywhere: "Tuesday's 50-basis-point hike",
  "the half-point cut", "the 0.25 percentage point move".

Refuses: more than one held level or more than one one-ended level of a rate (which moved is unsure); a
held level or new level in a sentence that names no rate; a size already tied to a change; a size not
told as a noun ("cut by 50 basis points" belongs to its own sentence's change); a held level equal to
the new one.
"""

from __future__ import annotations

from ..article import Article
from ..vocab import CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP
from . import claim, reader

_NOUNS = {**{n: "up" for n in CHANGE_NOUNS_UP}, **{n: "down" for n in CHANGE_NOUNS_DOWN},
          "move": None, "change": None, "adjustment": None, "shift": None, "step": None}
_HELD = frozenset("held kept left stood sat remained maintained steady unchanged pegged parked frozen".split())
_EARLIER = frozenset("since for through throughout until".split())
_RATES = frozenset("rate rates".split())


@reader("held-levels")
def read(article: Article):
    """"The bank raised its key rate to 6.5%" ... "The rate had been held at 6% since May. Tuesday's
    50-basis-point hike ...": the size of the move from the one held level to the one new level of a rate.
    Refuses two held levels, two one-ended new levels, sentences without a rate, sizes already tied and sizes
    told other than as a noun."""
    by_id = article.extraction.quantity
    changes = [c for c in article.extraction.claims if c.kind == "change"]
    # figures tied to a change with two figures; a size the linker read alone ("the 50-basis-point hike") is free
    tied = {qid for c in changes if len(set(c.roles.values())) > 1 for qid in c.roles.values()}
    ends = [by_id(c.roles["to"]) for c in changes if "to" in c.roles and "from" not in c.roles
            and by_id(c.roles["to"]).unit == "percent"]
    ends = [q for q in ends if _RATES & set(_sentence_words(article, q.sentence))]
    held = [q for q in article.quantities if q.unit == "percent" and q.id not in tied and _held(article, q)]
    if len({q.id for q in ends}) != 1 or len(held) != 1:
        return
    end, start = ends[0], held[0]
    if start.value == end.value or not isinstance(start.value, float):
        return
    for size in article.quantities:
        if size.unit not in ("basis_point", "percentage_point") or size.id in tied:
            continue
        noun = _move_noun(article, size)
        if noun is None:
            continue
        direction = _NOUNS.get(noun)
        yield claim("change", {"from": start, "to": end, "by": size}, cue=noun, direction=direction,
                    asserted=[(noun, direction)] if direction else [], sentence=size.sentence)


def _sentence_words(article: Article, s: int) -> list[str]:
    return [t.low for t in article.tokens(s) if t.is_word]


def _held(article: Article, q) -> bool:
    """'had been held at 6% since May', 'was kept at 6% for a year', 'stood at 6% through 2023', in a
    sentence that names a rate."""
    before = article.words_before(q, 5)
    after = article.words_after(q, 2)
    if before[-1:] != ["at"] or not _HELD & set(before[:-1]):
        return False
    if not (_EARLIER & set(after) or "had" in before):
        return False
    # the rate named in the sentence, or in the one before when this one says "it" ("It had been kept at")
    words = _sentence_words(article, q.sentence)
    return bool(_RATES & set(words)) or "it" in before and q.sentence > 0 and \
        bool(_RATES & set(_sentence_words(article, q.sentence - 1)))


def _move_noun(article: Article, size) -> str | None:
    """The change noun a size is told with: "Tuesday's 50-basis-point hike", "the half-point cut", "a 0.25
    percentage point move"; None when the size is not followed by one or has no determiner before it."""
    after = article.words_after(size, 2)
    before = article.words_before(size, 2)
    noun = next((w for w in after[:2] if w in _NOUNS or w.rstrip("s") in _NOUNS), None)
    if noun is None or after[0] not in (noun,) and after[0] not in ("rate", "interest"):
        return None
    toks = article.tokens(size.sentence)
    k = article.token_index(size)
    # "Thursday's 50-basis-point move": a possessive time or owner (the tokens may split off the "s")
    owner = k > 0 and (toks[k - 1].text in ("'s", "’s") or toks[k - 1].low.endswith(("'s", "’s"))
                       or toks[k - 1].low == "s" and k > 1 and toks[k - 2].text in ("'", "’"))
    if not (owner or before[-1:] and before[-1] in ("the", "this", "that", "its", "their", "a", "an")):
        return None
    return noun if noun in _NOUNS else noun.rstrip("s")
