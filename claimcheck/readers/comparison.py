"""Comparison: a figure set against others of the same measure by a multiple, a superlative or a record.

Shapes, each with an example:

- a multiple, "<figure>, <factor> as <adjective> as <other>": "treated 164 patients on Thursday,
  twice as many as Kelby" (the other found by its subject and measure anywhere in the article:
  "Kelby's hospitals treated 118 people on Thursday"); "sold 9,000 homes, three times as many
  as the 3,100 a year earlier"; "hired 40 people, half as many as Orrel"; the factor may be
  qualified ("more than twice", "nearly three times", "about half");
- a superlative over a set of a stated size, "<figure>, the <superlative> of the <N> <things>":
  "lifted sales 9.8%, the fastest growth of the three formats", with the other members' figures
  of the same measure in the paragraphs around it (exactly N - 1 of them, or nothing is said);
- a comparative between two figures given, "<figure>, more than the <figure>" / "fewer than
  <name>": "sold 610 cars in May, more than the 640 its rival sold"; with the gap between them,
  "21 tries, five more than Brandt's 16 tries" (role ``difference``);
- a multiple written "double the <figure>": "raised 540 billion won, more than double the 250
  billion won it raised in 2021";
- a record, "a record <figure>" / "<figure>, a record" / "<figure>, the highest since <year>" /
  "the most ever", against the figures of the same measure the article gives for earlier
  times (after <year> for "since"): "a record field of 18,460 runners" ... "below the 19,025 who
  started in 2019".

The cue is the comparative word ("twice", "fastest", "record", "highest since"); for a
superlative or a record ``direction`` says which way it points ("up" for largest, "down" for
smallest).

Refuses: "more than 500 of them" and "no more than 40" (bounds, not comparisons), "double the
number of passengers" (no figure), "one of the largest", "among the largest", "the
second-largest" (no claim over the whole set); a superlative over a set whose size is not given,
or whose other members' figures are not exactly found;
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
COMPARATIVES = {
    **{w: "up" for w in "more higher larger bigger greater faster longer heavier stronger wider".split()},
    **{w: "down" for w in "fewer less lower smaller slower shorter lighter weaker narrower cheaper".split()},
}
FACTOR_WORDS = ("twice", "double", "half", "triple", "treble", "quadruple")
_QUALIFIERS = ("more than", "over", "nearly", "almost", "about", "around", "roughly", "at least", "just over",
               "just under", "less than", "some")
_LINK = frozenset("""is was were are be been remains remained stood stands came comes in on at for this last
year month week quarter the still now so far""".split())
_COMPARING = frozenset("""below above under over than against compared beyond behind short up down on
from exceeding topping""".split())
_SET_WORDS = ("of", "among", "in")
_SAME_SCALE = 3.0  # how far apart one measure's figures at two times plausibly are, for a record
_JOINING = frozenset("but and or while yet though although whereas nor".split())
_OF_PHRASE = frozenset("of a an per each".split())
# Verbs that carry any level or change of any measure: no sign that two figures measure one thing.
_GENERIC = frozenset({w for v in (*CHANGE_UP, *CHANGE_DOWN) for w in v.split()}) | frozenset("""hit hits
reach reached reaches stood stand stands total totalled totaled totals top topped tops peak peaked posted
record recorded reported put puts came come high low level figure number""".split())
_TIMES = frozenset("second minute hour day week month year".split())
_DETERMINERS = frozenset("the its their his her our this that these those a an".split())


@reader("comparison")
def read(article):
    """A figure compared with others of its measure: "164 patients, twice as many as Kelby"
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
            elif low in COMPARATIVES and _next(toks, k) == "than":
                found = _than(article, toks, k)
            elif low == "record" or low and low.startswith("record-") or low == "all-time":
                found = _record(article, toks, k)
            else:
                continue
            if found is not None:
                yield found


# -- "<figure>, twice as many as <other>" ---------------------------------------------------------------
def _multiple(article, toks, k):
    rest = [t.low for t in toks[k + 1:k + 4]]
    if len(rest) >= 3 and rest[0] == "as" and rest[2] == "as":
        after = k + 4  # "twice as many as"
    elif rest[:1] == ["the"] and toks[k].low in ("twice", "double", "triple", "treble", "half"):
        after = k + 1  # "more than double the 250 billion won"
    else:
        return None  # "three times more than" is read two ways
    subject = _figure_before(article, toks, _qualified_start(toks, k))
    if subject is None:
        return None
    other = _other_after(article, toks, after, subject)
    if after == k + 1 and (other is None or article.token_index(other) > k + 3):
        return None  # "double the number of visitors": no figure to compare
    if other is None:
        return None
    qualifier = _qualifier_before(toks, k)
    factor = toks[k]
    cue = " ".join(w for w in (qualifier, factor.low) if w)
    roles = {"subject": subject, "other1": other}
    if factor.q is not None:
        roles["factor"] = factor.q
    return claim("comparison", roles, cue=cue, about=rest[1] if after == k + 4 else None, sentence=subject.sentence)


def _qualifier_before(toks, k) -> str | None:
    words = " ".join(t.low for t in toks[max(0, k - 2):k] if t.q is None)
    return next((q for q in _QUALIFIERS if words.endswith(q)), None)


def _qualified_start(toks, k) -> int:
    q = _qualifier_before(toks, k)
    return k - len(q.split()) if q else k


def _figure_before(article, toks, k):
    """The figure a comparison at token k is said of: just before it in its clause."""
    gap = 0
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.q is not None:
            if t.q.kind == "date":
                continue
            return t.q if isinstance(t.q.value, float) else None
        if not t.is_word:
            if t.text in (",", "'", "’"):
                continue
            return None
        gap += 1
        own = j > 0 and (toks[j - 1].low == "of" or toks[j - 1].q is not None) and t.low not in _JOINING
        if t.low not in _LINK and t.low not in _OF_PHRASE and not own or gap > 4:
            return None  # only the figure's own noun: "45,000 tonnes of steel a month", "her 24-year tenure"
    return None


def _other_after(article, toks, k, subject, *, bare: bool = True):
    """The other side of "as many as ..." or "more than ...": a figure there, the figure of the name
    there ("as Kelby"), or the figure of the measure at the time there ("as in 2019"). With
    ``bare`` false a figure right after the cue is not taken: "more than 500" is a bound."""
    names: list[str] = []
    for j, t in enumerate(toks[k:k + 5]):
        if t.q is not None and t.q.kind == "date":
            if _next(toks, k + j) in ("'s", "’s", "'", "’"):
                continue  # "last year's 82"
            return _by_time(article, t.q, subject) if not names else None
        if t.q is not None:
            if j == 0 and not bare:
                return None
            same = t.q.unit == subject.unit and (t.q.per == subject.per or None in (t.q.per, subject.per))
            return t.q if same and isinstance(t.q.value, float) else None  # "£2,150 a month, less than the £2,350"
        if not t.is_word:
            if t.text in ("'", "’"):
                continue
            break
        if t.text[:1].isupper() and t.low not in _STOP:
            names.append(t.text.removesuffix("'s").removesuffix("’s"))
        elif t.low.endswith(("'s", "’s")) and not names:
            continue  # "as its predecessor's 6,400"
        elif names or t.low not in _DETERMINERS and t.low not in ("s", "in", "on"):
            break
    if not names:
        return None
    return _by_name(article, names[-1], subject)


def _by_time(article, date, subject):
    """The one figure of the subject's measure stated for ``date`` ("as many as in 2019")."""
    found = [q for q in article.nearby(subject) if q.id != subject.id and q.sentence != subject.sentence
             and article.clause_time(q) == str(date.value) and _same_measure(article, q, subject, loose=True)]
    return found[0] if len({float(q.value) for q in found}) == 1 else None


def _by_name(article, name, subject):
    """The one figure of ``name`` of the subject's measure and time stated elsewhere."""
    found = []
    for q in article.nearby(subject):
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


# -- "<figure>, more than the <figure>" ------------------------------------------------------------------------
def _than(article, toks, k):
    """"sold 610 cars, more than the 540 its rival sold"; "exports of $4.2bn were higher than imports'"
    is left alone unless a figure or a named figure follows."""
    if _prev(toks, k) in ("no", "not", "or", "much", "far", "even", "times", "still"):
        return None  # "no more than", "or more than", "three times more than" are bounds or ambiguous
    gap = toks[k - 1].q if k > 0 else None
    if gap is not None and gap.kind != "date":
        return _difference(article, toks, k, gap)
    subject = _level(article, _figure_before(article, toks, k))
    if subject is None:
        return None
    other = _other_after(article, toks, k + 2, subject, bare=False)
    if other is None or other.id == subject.id:
        return None
    return claim("comparison", {"subject": subject, "other1": other}, cue=f"{toks[k].low} than",
                 direction=COMPARATIVES[toks[k].low], sentence=subject.sentence)


def _difference(article, toks, k, gap):
    """"21 tries, five more than Brandt's 16": the gap between two figures of one measure."""
    subject = _figure_before(article, toks, k - 1)
    if subject is None or not (gap.unit == subject.unit or gap.unit == "count" and thing_of(gap) is None):
        return None
    other = _other_after(article, toks, k + 2, subject)
    if other is None or other.id in (subject.id, gap.id):
        return None
    return claim("comparison", {"subject": subject, "other1": other, "difference": gap},
                 cue=f"{toks[k].low} than", direction=COMPARATIVES[toks[k].low], sentence=subject.sentence)


# -- "<figure>, the fastest growth of the three formats" --------------------------------------------------
def _superlative(article, toks, k):
    before = [t.low for t in toks[max(0, k - 3):k]]
    some = before[-2:] == ["of", "the"] and "one" in before or before[-2:] == ["among", "the"]
    if some or any(t.q is not None and t.q.unit == "rank" for t in toks[max(0, k - 2):k]):
        return None  # "one of the largest", "among the largest", "the second-largest"
    possessive = bool(before) and before[-1].endswith(("'s", "’s"))
    if not before or before[-1] not in ("the", "its", "their") and not possessive:
        return None
    size = _set_size(toks, k + 1)
    if size is None:
        return _open_superlative(article, toks, k)
    subject = _figure_before(article, toks, k - 1) or _figure_set_after(toks, article.token_index(size) + 1)
    if subject is None:
        return None
    n = int(size.value)
    others = _members(article, subject, size)
    if len(others) != n - 1:
        return None
    roles = {"subject": subject, **{f"other{i}": q for i, q in enumerate(others, 1)}}
    return claim("comparison", roles, cue=toks[k].low, direction=SUPERLATIVES[toks[k].low],
                 about=thing_of(size), sentence=subject.sentence)


def _open_superlative(article, toks, k):
    """"Route 14 remained the system's busiest line, with an average of 9,850 boardings" ... "The
    crosstown line averaged 10,120 boardings": a superlative over a set whose size is not given,
    checked against the peers the article names with the same head noun and a figure of the same
    measure and time. A figure far from the subject's size is a total or another measure: left out."""
    head = _next(toks, k)
    if head is None or head in _SET_WORDS or head in _STOP:
        return None
    j = k - 1
    while j > 0 and (toks[j].low in _DETERMINERS or toks[j].low.endswith(("'s", "’s"))):
        j -= 1
    if toks[j].low in _PREPOSITIONS:
        return None  # "made by the smallest banks": a group's name, not a claim that it is the smallest
    subject = _figure_before(article, toks, j + 1) or _figure_with_after(toks, k + 2)
    if subject is None or subject.unit in ("rank", "date"):
        return None
    heads = {head, head + "s", head[:-1] + "ies" if head.endswith("y") else head}
    peers = []
    for q in article.nearby(subject):
        if q.id == subject.id or q.sentence == subject.sentence or q.unit != subject.unit or q.per != subject.per:
            continue
        if thing_of(q) != thing_of(subject) or not _same_time(article, q, subject):
            continue
        if "from" in article.roles_in(q) or "by" in article.roles_in(q):
            continue
        before = re.findall(r"[a-z][a-z'’-]*", article.before(q, 80).lower())
        if not heads & set(before) or _TOTALS & set(before):
            continue  # a peer is named by the same head noun ("the crosstown line"); a total is no peer
        if not 0.5 <= float(q.value) / float(subject.value) <= 2 if subject.value else True:
            continue
        peers.append(q)
    if not peers:
        return None
    roles = {"subject": subject, **{f"other{i}": q for i, q in enumerate(peers, 1)}}
    return claim("comparison", roles, cue=toks[k].low, direction=SUPERLATIVES[toks[k].low], about=head,
                 sentence=subject.sentence)


def _figure_with_after(toks, k):
    """", with an average of 9,850 boardings", ", at €187 million": the figure right after the head noun."""
    for j in range(k, min(k + 7, len(toks))):
        t = toks[j]
        if t.q is not None:
            return t.q if t.q.kind != "date" and isinstance(t.q.value, float) else None
        if not t.is_word and t.text != ",":
            return None
        if t.is_word and t.low not in ("with", "at", "an", "a", "average", "of", "some", "about", "around"):
            return None
    return None


# Before "the smallest banks" they make it the name of a group: "made by the smallest banks".
_PREPOSITIONS = frozenset("by for of to from with at among in on into onto across between than".split())
_TOTALS = frozenset("total all combined overall system-wide network-wide altogether entire whole".split())


def _figure_set_after(toks, k):
    """"the lowest of the three bids, at €187 million": the figure after the set, by "at" or "with"."""
    for j in range(k, min(k + 4, len(toks) - 2)):
        if toks[j].text == ",":
            t = toks[j + 2]
            if toks[j + 1].low in ("at", "with") and t.q is not None and t.q.kind != "date":
                return t.q if isinstance(t.q.value, float) else None
            return None
        if not toks[j].is_word:
            return None
    return None


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
    for q in article.nearby(subject):
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
              and _same_scale(q, subject)
              and (since is None or _before(str(since.value), article.clause_time(q) or ""))]
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
    now = article.clause_time(subject) or (article.published.isoformat() if article.published else None)
    if now is None:
        return []
    out = []
    for q in article.nearby(subject):
        if q.id == subject.id or q.kind == "date" or not isinstance(q.value, float):
            continue
        then = article.clause_time(q)
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
    ta, tb = _thing(article, a), _thing(article, b)
    if ta and tb and ta == tb:
        return True
    if _measure_words(article, a) & _measure_words(article, b):
        return True
    if loose and a.unit == "count" and (ta is None or tb is None):
        bare = a if ta is None else b
        toks = article.tokens(bare.sentence)
        near = []
        for t in reversed(toks[:article.token_index(bare)]):
            if not t.is_word or len(near) == 2:
                break  # "more than 1,100 runners, 46 of whom": the words of another figure are not this one's
            near.append(t.low)
        return bool(set(near) & _COMPARING)
    return False


def _same_scale(a, b) -> bool:
    """Within a factor of a few of each other: one measure at two times ("a record high 2,697" of open
    interest and the 78,546 contracts traded in a month are two measures of one thing)."""
    small, big = sorted((abs(float(a.value)), abs(float(b.value))))
    return small > 0 and big / small <= _SAME_SCALE


def _thing(article, q):
    """What q counts, or for a bare count what the count before it in its sentence counts ("its 2,300
    staff are fewer than the 2,900 it employed in 2015": the 2,900 are staff)."""
    thing = thing_of(q)
    if thing or q.unit != "count":
        return thing
    for other in reversed([x for x in article.in_sentence(q.sentence) if x.span[0] < q.span[0]]):
        if other.unit == "count" and thing_of(other):
            return thing_of(other)
    return None


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
    ta, tb = article.clause_time(a), article.clause_time(b)
    return ta is None or tb is None or ta == tb
