"""Comparison: a figure set against others of the same measure by a multiple, a superlative or a record.

Shapes, each with an example:

- a multiple, "<figure>, <factor> as <adjective> as <other>": "treated 164 patients on Thursday,
  twice as many as Brinmoor" (the other found by its subject and measure anywhere in the article:
  "Brinmoor's hospitals treated 118 people on Thursday"); "sold 9,000 homes, three times as many
  as the 3,100 a year earlier"; "hired 40 people, half as many as Orrel"; the factor may be
  qualified ("more than twice", "nearly three times", "about half");
- a superlative over a set of a stated size, "<figure>, the <superlative> of the <N> <things>":
  "lifted sales 9.8%, the fastest growth of the three formats", with the other members' figures
  of the same measure in the paragraphs around it (exactly N - 1 of them, or nothing is said);
- a record, "a record <figure>" / "<figure>, a record" / "<figure>, the highest since <year>" /
  "the most ever", against the figures of the same measure the article gives for earlier
  times (after <year> for "since"): "a record field of 18,460 runners" ... "below the 19,025 who
  started in 2019".

The cue is the comparative word ("twice", "fastest", "record", "highest since"); for a
superlative or a record ``direction`` says which way it points ("up" for largest, "down" for
smallest).

Refuses: "one of the largest", "the second-largest" (no claim over the whole set); a superlative
over a set whose size is not given, or whose other members' figures are not exactly found;
"three times more than" (read two ways); a multiple whose other side is no figure of the same
unit and measure in the article, or is found with two different values; figures of different
times for a multiple ("twice as many as last year" with no figure of last year).
"""

from __future__ import annotations

import re

from ..article import _STOP, Token, thing_of
from ..vocab import CHANGE_DOWN, CHANGE_UP
from . import claim, reader

# Superlatives and the way they point; "best" and "worst" do not say which figure is bigger.
SUPERLATIVES = {
    **{w: "up" for w in """largest biggest highest fastest longest greatest strongest heaviest widest steepest
       sharpest most tallest deepest busiest""".split()},
    **{w: "down" for w in """smallest lowest slowest shortest fewest least weakest narrowest lightest cheapest
       mildest""".split()},
}
FACTOR_WORDS = ("twice", "double", "half", "triple", "treble", "quadruple")
_QUALIFIERS = ("more than", "over", "nearly", "almost", "about", "around", "roughly", "at least", "just over",
               "just under", "less than", "some")
_LINK = frozenset("""is was were are be been remains remained stood stands came comes in on at for this last
year month week quarter the still now so far""".split())
_COMPARING = frozenset("""below above under over than against compared beyond behind short up down on
from exceeding topping""".split())
_SET_WORDS = ("of", "among", "in")
_OF_PHRASE = frozenset("of a an per each".split())
# Verbs that carry any level or change of any measure: no sign that two figures measure one thing.
_GENERIC = frozenset({w for v in (*CHANGE_UP, *CHANGE_DOWN) for w in v.split()}) | frozenset("""hit hits
reach reached reaches stood stand stands total totalled totaled totals top topped tops peak peaked posted
record recorded reported put puts came come high low level figure number""".split())
_TIMES = frozenset("second minute hour day week month year".split())
_DETERMINERS = frozenset("the its their his her our this that these those a an".split())


@reader("comparison")
def read(article):
    """A figure compared with others of its measure: "164 patients, twice as many as Brinmoor"
    (118 stated elsewhere); "9.8%, the fastest growth of the three formats" (6.4% and 11.2% in the
    paragraphs around); "a record field of 18,460 runners" (19,025 in 2019).

    Refuses "one of the largest", "second-largest", a set of unknown size or with members not
    all found, "three times more than", and an other side that is no figure of the article.
    """
    for s in range(len(article.sentences)):
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            low = t.low if t.q is None else None
            if t.q is not None and t.q.unit in ("multiplier", "fraction") or low in FACTOR_WORDS:
                found = _multiple(article, toks, k)
            elif low in SUPERLATIVES and _next(toks, k) in ("since", "ever", "on"):
                found = _since(article, toks, k)
            elif low in SUPERLATIVES:
                found = _superlative(article, toks, k)
            elif low == "record" or low and low.startswith("record-") or low == "all-time":
                found = _record(article, toks, k)
            else:
                continue
            if found is not None:
                yield found


# -- "<figure>, twice as many as <other>" ---------------------------------------------------------------
def _multiple(article, toks, k):
    rest = [t.low for t in toks[k + 1:k + 4]]
    if len(rest) < 3 or rest[0] != "as" or rest[2] != "as":
        return None  # "three times more than" is read two ways; "double the" is left alone
    subject = _figure_before(article, toks, _qualified_start(toks, k))
    if subject is None:
        return None
    other = _other_after(article, toks, k + 4, subject)
    if other is None:
        return None
    qualifier = _qualifier_before(toks, k)
    factor = toks[k]
    cue = " ".join(w for w in (qualifier, factor.low) if w)
    roles = {"subject": subject, "other1": other}
    if factor.q is not None:
        roles["factor"] = factor.q
    return claim("comparison", roles, cue=cue, about=rest[1], sentence=subject.sentence)


def _qualifier_before(toks, k) -> str | None:
    words = " ".join(t.low for t in toks[max(0, k - 2):k] if t.q is None)
    return next((q for q in _QUALIFIERS if words.endswith(q)), None)


def _qualified_start(toks, k) -> int:
    q = _qualifier_before(toks, k)
    return k - len(q.split()) if q and toks[k].q is None else k


def _figure_before(article, toks, k):
    """The figure a comparison at token k is said of: just before it in its clause."""
    gap, content = 0, 0
    for t in reversed(toks[:k]):
        if t.q is not None:
            if t.q.kind == "date":
                continue
            return t.q if isinstance(t.q.value, float) else None
        if not t.is_word:
            if t.text in (",", "'", "’"):
                continue
            return None
        gap += 1
        if t.low not in _LINK and t.low not in _OF_PHRASE:
            content += 1  # "45,000 tonnes of steel a month, three times as much": one noun of its own
        if content > 1 or gap > 4:
            return None
    return None


def _other_after(article, toks, k, subject):
    """The other side of "as many as ...": a figure there, or the figure of the name there."""
    names: list[str] = []
    for t in toks[k:k + 4]:
        if t.q is not None:
            return t.q if article.same_unit(t.q, subject) or _same_measure(article, t.q, subject) else None
        if not t.is_word:
            if t.text in ("'", "’"):
                continue
            break
        if t.text[:1].isupper() and t.low not in _STOP:
            names.append(t.text.removesuffix("'s").removesuffix("’s"))
        elif names or t.low not in _DETERMINERS:
            break
    if not names:
        return None
    return _by_name(article, names[-1], subject)


def _by_name(article, name, subject):
    """The one figure of ``name`` of the subject's measure and time stated elsewhere."""
    found = []
    for q in article.quantities:
        if q.id == subject.id or q.kind == "date" or not isinstance(q.value, float):
            continue
        if name.lower() not in _names_before(article, q) or not _same_measure(article, q, subject):
            continue
        if not _same_time(article, q, subject):
            continue
        found.append(q)
    return found[0] if len({float(q.value) for q in found}) == 1 else None


def _names_before(article, q) -> set[str]:
    """The capitalised words before q in its sentence, lower-case, without a possessive."""
    toks: list[Token] = article.tokens(q.sentence)
    return {t.low.removesuffix("'s").removesuffix("’s") for t in toks[:article.token_index(q)]
            if t.is_word and t.text[:1].isupper()}


# -- "<figure>, the fastest growth of the three formats" --------------------------------------------------
def _superlative(article, toks, k):
    before = [t.low for t in toks[max(0, k - 3):k]]
    if before[-2:] == ["of", "the"] and "one" in before or any(t.q is not None and t.q.unit == "rank"
                                                                 for t in toks[max(0, k - 2):k]):
        return None  # "one of the largest", "the second-largest"
    if not before or before[-1] not in ("the", "its", "their"):
        return None
    size = _set_size(toks, k + 1)
    if size is None:
        return None
    subject = _figure_before(article, toks, k - 1)
    if subject is None:
        return None
    n = int(size.value)
    others = _members(article, subject, size)
    if len(others) != n - 1:
        return None
    roles = {"subject": subject, **{f"other{i}": q for i, q in enumerate(others, 1)}}
    return claim("comparison", roles, cue=toks[k].low, direction=SUPERLATIVES[toks[k].low],
                 about=thing_of(size), sentence=subject.sentence)


def _set_size(toks, k):
    """"of the three formats", "among its five plants": the count that sizes the set."""
    for j in range(k, min(k + 3, len(toks))):
        if toks[j].low in _SET_WORDS:
            for t in toks[j + 1:j + 3]:
                if t.q is not None:
                    ok = t.q.unit == "count" and isinstance(t.q.value, float) and 2 <= t.q.value <= 12
                    return t.q if ok and float(t.q.value).is_integer() else None
                if t.low not in _DETERMINERS:
                    return None
            return None
        if toks[j].q is not None or not toks[j].is_word:
            return None
    return None


def _members(article, subject, size):
    """The figures of the subject's measure in its paragraph and the ones either side."""
    para = article.paragraph(subject)
    roles = article.roles_in(subject)
    found = []
    for q in article.quantities:
        if q.id in (subject.id, size.id) or abs(article.paragraph(q) - para) > 1:
            continue
        if q.unit != subject.unit or q.per != subject.per or not _same_time(article, q, subject):
            continue
        if thing_of(q) and thing_of(subject) and thing_of(q) != thing_of(subject):
            continue
        if ("by" in roles) != ("by" in article.roles_in(q)) or "from" in article.roles_in(q):
            continue  # a growth rate is compared with growth rates, a level with levels
        found.append(q)
    return found


# -- "a record 18,460 runners", "the highest since 2019" ---------------------------------------------------
def _record(article, toks, k):
    t = toks[k]
    if _prev(toks, k) not in ("a", "an", "new") and not t.low.startswith("record-") or _next(toks, k) == "of":
        return None  # "the previous record of 41.6 C" names the old record; "a record 18,460" claims one
    direction = "down" if t.low.endswith("low") or _next(toks, k) in ("low", "lows") else "up"
    subject = _figure_after(toks, k + 1)
    if subject is None and _prev(toks, k) == "a":
        subject = _level(article, _figure_before(article, toks, k - 1))  # "18,460 runners, a record"
    return _against_earlier(article, subject, "record", direction, None)


def _since(article, toks, k):
    """"<figure>, the highest since 2019", "the most ever", "the lowest on record"."""
    if _next(toks, k) == "on" and (k + 2 >= len(toks) or toks[k + 2].low != "record"):
        return None
    since = toks[k + 2].q if _next(toks, k) == "since" and k + 2 < len(toks) else None
    if _next(toks, k) == "since" and (since is None or since.kind != "date"):
        return None  # "the highest since the crisis": no year to compare from
    subject = _level(article, _figure_before(article, toks, k - 1 if _prev(toks, k) == "the" else k))
    cue = f"{toks[k].low} since" if since else "record"
    return _against_earlier(article, subject, cue, SUPERLATIVES[toks[k].low], since)


def _against_earlier(article, subject, cue, direction, since):
    if subject is None or subject.unit in _TIMES:
        return None  # a record time may be the shortest or the longest
    others = [q for q in _earlier(article, subject) if _same_measure(article, q, subject, loose=True)
              and (since is None or _before(str(since.value), article.measure(q).time or ""))]
    if not others:
        return None
    roles = {"subject": subject, **{f"other{i}": q for i, q in enumerate(others, 1)}}
    return claim("comparison", roles, cue=cue, direction=direction, about=thing_of(subject),
                 sentence=subject.sentence)


def _level(article, q):
    """The level a comparison speaks of: for the start of a change, its end ("to 412 million from 196
    million, the heaviest since 2020" is said of 412 million)."""
    if q is None:
        return None
    for c in article.extraction.claims:
        if c.kind == "change" and c.roles.get("from") == q.id and c.roles.get("to"):
            return article.extraction.quantity(c.roles["to"])
    return q


def _prev(toks, k) -> str | None:
    return toks[k - 1].low if k > 0 else None


def _next(toks, k) -> str | None:
    return toks[k + 1].low if k + 1 < len(toks) else None


def _figure_after(toks, k):
    """"a record 18,460", "a record field of 18,460 runners", "record-high 4.2%"."""
    for t in toks[k:k + 4]:
        if t.q is not None:
            return t.q if t.q.kind != "date" and isinstance(t.q.value, float) else None
        if not t.is_word:
            return None
    return None


def _earlier(article, subject):
    """Figures stated with a time before the subject's."""
    now = article.measure(subject).time or (article.published.isoformat() if article.published else None)
    if now is None:
        return []
    out = []
    for q in article.quantities:
        if q.id == subject.id or q.kind == "date" or not isinstance(q.value, float):
            continue
        then = article.measure(q).time
        if then and _before(then, now):
            out.append(q)
    return out


def _before(then: str, now: str) -> bool:
    n = min(len(then), len(now), 4)
    return then[:n] < now[:n]


# -- the same measure ------------------------------------------------------------------------------------
def _same_measure(article, a, b, *, loose: bool = False) -> bool:
    """Figures of one measure: one unit, and the same thing counted, or the same words before them
    ("hospitals treated 164 patients" ~ "hospitals treated 118 people"); with ``loose``, a count
    that names no thing and is set against the figure by a comparing word ("below the 19,025")."""
    if a.unit != b.unit or a.per != b.per or not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    ta, tb = thing_of(a), thing_of(b)
    if ta and tb and ta == tb:
        return True
    if _measure_words(article, a) & _measure_words(article, b):
        return True
    if loose and a.unit == "count" and (ta is None or tb is None):
        bare = a if ta is None else b
        return bool(set(article.words_before(bare, 2)) & _COMPARING)
    return False


def _measure_words(article, q) -> set[str]:
    """The content words of q's clause before it ("lifted sales" in "lifted sales 9.8%")."""
    toks: list[Token] = article.tokens(q.sentence)
    words: list[Token] = []
    for t in reversed(toks[:article.token_index(q)]):
        if t.q is not None:
            continue
        if not t.is_word:
            if t.text in ("'", "’", "-"):
                continue
            break
        words.append(t)
        if len(words) >= 5:
            break
    return {t.low.rstrip("s") for t in words if t.low not in _STOP and t.low not in _COMPARING and t.low not in _GENERIC
            and t.low not in SUPERLATIVES and t.low != "record" and len(t.low) > 2
            and (not t.text[:1].isupper() or t is toks[0])
            and not re.search(r"[’']", t.low)}


def _same_time(article, a, b) -> bool:
    ta, tb = article.measure(a).time, article.measure(b).time
    return ta is None or tb is None or ta == tb
