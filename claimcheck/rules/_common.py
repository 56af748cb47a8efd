"""Helpers the built-in rules share: writing numbers, intervals, finding a stated whole."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..intervals import Interval, interval_of
from ..models import Quantity
from ..numbers import format_number
from ..patterns import re
from ..quantities import singular
from ..vocab import WHOLE_SYNONYMS

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£"}
_NAME = {"JPY": "yen", "CNY": "yuan", "INR": "rupees", "KRW": "won"}
_DROP = frozenset("""a an the its their his her our this that these those total full entire whole overall
of in on at for to by with from and or s company's current""".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def show(value: float, unit: str) -> str:
    """A value written in its unit, as an editor reads it: '$48.2 million', '54%', '6.8 billion yen'."""
    return _in_unit(format_number(value), unit)


def _in_unit(number: str, unit: str) -> str:
    if unit == "percent":
        return f"{number}%"
    if unit == "percentage_point":
        return f"{number} percentage points"
    if unit == "basis_point":
        return f"{number} basis points"
    if unit in _SYMBOL:
        return f"{_SYMBOL[unit]}{number}"
    if unit in _NAME:
        return f"{number} {_NAME[unit]}"
    if len(unit) == 3 and unit.isupper():
        return f"{number} {unit}"
    if unit in ("count", "fraction", "multiplier", "rank"):
        return number
    return f"{number} {unit.replace('_', ' ')}"


def show_interval(iv: Interval, unit: str) -> str:
    """'$84–108 trillion', '1,600–1,640': a range written once, with its scale word once."""
    if abs(iv.hi - iv.lo) <= 0.02 * max(abs(iv.hi), abs(iv.lo), 1e-12):
        return show(iv.mid, unit)
    lo, hi = format_number(iv.lo), format_number(iv.hi)
    lo_num, _, lo_scale = lo.partition(" ")
    hi_num, _, hi_scale = hi.partition(" ")
    if lo_scale == hi_scale:
        return _in_unit(f"{lo_num}–{hi_num}{' ' + hi_scale if hi_scale else ''}", unit)
    return f"{show(iv.lo, unit)}–{show(iv.hi, unit)}"


def iv(q: Quantity) -> Interval:
    return interval_of(q)


def stated_iv(q: Quantity) -> Interval:
    """The figure as written, its bound word left aside: in "never dropping under 18.5C (73F)" the bracket
    restates the figure, and "below" bounds both alike."""
    if q.qualifier in ("upper", "lower") and isinstance(q.value, float):
        v = float(q.value)
        bound = q.high if q.qualifier == "upper" else q.low
        p = abs(bound - v) if bound is not None else 0.0
        return Interval(v - p, v + p)
    return interval_of(q)


def numeric(q: Quantity | None) -> bool:
    return q is not None and isinstance(q.value, float) and q.kind != "date"


def key_words(phrase: str | None) -> set[str]:
    """The words of a description that must be found to name the same thing ('SoftBank's market cap')."""
    if not phrase:
        return set()
    words = {w.lower().removesuffix("’s").removesuffix("'s") for w in _WORD.findall(phrase.replace("’", "'"))}
    return {_singular(w) for w in words if w not in _DROP and len(w) > 1}


def _singular(word: str) -> str:
    """Plural and singular name the same thing here: 'bitcoins' ~ 'bitcoin', 'deliveries' ~ 'delivery'."""
    return singular(word)


NEAR = 60  # characters around a candidate in which the description's words must stand
WINDOW = 400  # sentences either side in which a whole is looked for: a long article, not a corpus


def find_stated(ctx, about: str | None, like: Quantity, exclude: set[str], *,
                at_least: float | None = None) -> list[Quantity]:
    """Quantities elsewhere in the document that state the thing described by `about`.

    Every key word of the description must stand near the candidate, in its sentence; the candidate
    must be of the same unit (and noun, for counts) as `like`, and at least `at_least` when given
    (a whole is not smaller than its part).
    """
    words = key_words(about)
    if not words:
        return []
    text = ctx.extraction.document.text
    parts = _parts_and_shares(ctx)
    found = []
    for q in _near_by_unit(ctx, like):
        if q.id in exclude or q.id in parts or q.id == like.id or q.per != like.per:
            continue  # a price per barrel is no whole of a sum of money
        if not _names(words, _sentence_words(ctx, q.sentence)):
            continue
        if q.unit == "count" and like.noun and q.noun and q.noun.split()[-1] != like.noun.split()[-1] \
                and not _names({q.noun.split()[-1]}, words | {w.rstrip("s") for w in words}) \
                and not _names(words, {q.noun.split()[-1]}):
            continue  # "4,000 teachers" is the whole of "a quarter of its teachers, or 1,600 people"
        if at_least is not None and float(q.value) < at_least:
            continue
        if _names(words, _words_near(ctx, q, text)):
            found.append(q)
    return found + _stated_in_facts(ctx, words, like, at_least)


def _words_near(ctx, q: Quantity, text: str) -> set[str]:
    """The key words within NEAR characters of q in its sentence: read once per figure, asked by every
    description whose candidates it is among."""
    cache = _memo(ctx, "words_near", dict)
    if q.id not in cache:
        start, end = ctx.sentence_span(q)
        cache[q.id] = key_words(text[max(start, q.span[0] - NEAR):min(end, q.span[1] + NEAR)])
    return cache[q.id]


def _names(words: set[str], found: set[str]) -> bool:
    """Every word of a description is found, as itself or as a word naming the same whole."""
    return all(w in found or any(alt in found for alt in _SYNONYMS.get(w, ())) for w in words)


_SYNONYMS = {_singular(k): {_singular(v) for v in vs} for k, vs in WHOLE_SYNONYMS.items()}


def _stated_in_facts(ctx, words: set[str], like: Quantity, at_least: float | None) -> list[Quantity]:
    """House facts (--facts) that state the described thing: the article is checked against them too."""
    published = ctx.extraction.document.published
    found = []
    for i, fact in enumerate(ctx.facts, 1):
        if fact.unit != like.unit or (at_least is not None and fact.value < at_least):
            continue
        if like.unit == "count" and like.noun and fact.noun and fact.noun.split()[-1] != like.noun.split()[-1]:
            continue
        if published is not None and not fact.holds_during(published, published):
            continue
        if _names(words, key_words(" ".join((fact.subject, *fact.match)))):
            found.append(fact.as_quantity(i))
    return found


def _memo(ctx, key: str, build):
    memo = ctx.extraction.memo
    if key not in memo:
        memo[key] = build()
    return memo[key]


def _near_by_unit(ctx, like: Quantity) -> list[Quantity]:
    """Numeric quantities of like's unit within WINDOW sentences of it (lists kept in text order)."""
    def build() -> dict[str, tuple[list[int], list[Quantity]]]:
        by_unit: dict[str, list[Quantity]] = {}
        for q in ctx.extraction.quantities:
            if numeric(q):
                by_unit.setdefault(q.unit, []).append(q)
        return {unit: ([q.sentence for q in qs], qs) for unit, qs in by_unit.items()}

    sentences, qs = _memo(ctx, "by_unit", build).get(like.unit, ([], []))
    lo = bisect_left(sentences, like.sentence - WINDOW)
    hi = bisect_right(sentences, like.sentence + WINDOW)
    return qs[lo:hi]


def _parts_and_shares(ctx) -> set[str]:
    """Parts and shares of proportions: a part of one proportion is not the whole of another."""
    return _memo(ctx, "parts", lambda: {qid for c in ctx.extraction.claims if c.kind == "proportion"
                                        for role, qid in c.roles.items() if role in ("part", "part_low", "share")})


def _sentence_words(ctx, index: int) -> set[str]:
    cache = _memo(ctx, "sentence_words", dict)
    if index not in cache:
        cache[index] = key_words(ctx.sentence(index))
    return cache[index]


def in_claims(ctx, q: Quantity, kinds: tuple[str, ...]) -> bool:
    def build() -> dict[str, set[str]]:
        index: dict[str, set[str]] = {}
        for c in ctx.extraction.claims:
            for qid in c.quantities:
                index.setdefault(qid, set()).add(c.kind)
        return index

    return bool(_memo(ctx, "claim_kinds", build).get(q.id, set()) & set(kinds))
