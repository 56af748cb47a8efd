"""A change whose ends are the same measure stated at two times in the sentences around it.

Shapes (any verb or change noun, any order, the levels before or after the change, up to two sentences
back or one ahead, across paragraphs):
- a size alone, both levels stated nearby: "The board set the budget at £41.2 million for 2024. This
  year it approved £52.9 million, and the £11.7 million increase ..."; "Membership stood at 36,000 in
  2021." ... "by last spring it had reached 49,700." ... "the increase of 38 per cent"; "The count has
  halved since 2019, when volunteers found 1,240. This winter's count found 810"; "Net profit fell by a
  third last year. It earned 84 million euros, compared with 98 million euros in 2022";
- a change told by where it ended (with or without its size), its start stated nearby at an earlier
  time: "Last year the region recorded 1,420 road deaths. This year the toll dropped to 1,510";
  "Revenue declined to ¥3.2 trillion. A year before, the group had booked ¥2.9 trillion"; "In 2020
  the charity received 3,400 applications." ... "Applications climbed 60% to 4,100 this year".

Which figure is the earlier one is read from their times (the year of each figure's clause, or "a year
before", "the previous year" beside it), never from their order in the text.

Refuses: more than two candidate levels (or one start of two values); levels whose times are not told
apart; levels of another counted thing or named as another measure ("Revenue was $5bn in 2023. Costs rose
10% to $4bn"); aims, forecasts, parts, range ends and the ends or sizes of other changes; figures of
another order of size; a rate moved by a percent (points or percent is for the rule to ask only when the
sentence says which); a forecast (another reader's shape).
"""

from __future__ import annotations

from ..article import Article, thing_of
from ..models import Quantity
from ..patterns import re
from ..vocab import MEASURE_GROUPS
from . import claim, reader
from .change_ends import MEASURES

# The most moves a sentence may tell for its changes to be read here.
_MOST_MOVES = 8
# How far the levels may stand from the change: sentences back and ahead.
_BACK, _AHEAD = 2, 1
# Roles that make a figure no level of another change: it is already a start, size or part of something.
_TAKEN = frozenset({("change", "from"), ("change", "to"), ("change", "by"), ("proportion", "part"), ("proportion", "share"),
                    ("proportion", "whole"), ("range", "low"), ("range", "high"), ("equivalence", "b")})
# Words of an aim or a forecast: such a figure is no level reached.
_AIMED = frozenset("""target targets goal goals aim aims forecast forecasts projected projection expects expected
expect plan plans planned would will could should may might pledged promised cap limit quota
ambition""".split())
# Words beside a figure that put it at an earlier time than the figures around it.
_EARLIER = re.compile(r"\b(?:(?:year|month|quarter|week|season|decade|day)s?\s+(?:earlier|before|ago)|"
                      r"(?:previous|prior|preceding)\s+(?:year|month|quarter|season|week|financial\s+year|"
                      r"fiscal\s+year)|previously|at\s+the\s+time|back\s+then|then)\b", re.I)
# Words beside a figure that put it at the present or ahead of the figures around it.
_LATER = re.compile(r"\b(?:now|currently|(?:the\s+)?coming\s+(?:year|season|financial\s+year)|next\s+year|"
                    r"so\s+far\s+this\s+year|at\s+present)\b", re.I)
# Words before a size that make it the size of an earlier move, not of the levels told now.
_EARLIER_SIZE = re.compile(r"\b(?:last|previous|prior|earlier|former)\s+(?:[\w-]+(?:'s|’s)?\s+){0,2}$", re.I)
# Words that make a change a forecast or a plan.
_FORECAST = frozenset("forecast forecasts expects expected expect projects projected predicts predicted will would "
                      "could may might plans planned target aims".split())
# Generic nouns of people: "212,000 visitors" and "265,000 people" may be one measure.
_PEOPLE = frozenset("people person".split())


@reader("carried-ends")
def read(article: Article):
    """The ends of a change stated, as the same measure at two times, in the sentences around it.

    Covers "the £13.4 million increase" after "£41.2 million for 2024" and "This year ... £52.9 million",
    "Net profit fell by a third" before "It earned 84 million euros, compared with 98 million euros in
    2022", and "This year the toll dropped to 1,510" after "Last year ... 1,420 road deaths". Refuses
    three candidates, times not told apart, other things and measures, aims, parts and other changes' ends.
    """
    by_id = article.extraction.quantity
    changes = [c for c in article.extraction.claims if c.kind == "change"]
    ended = {c.roles["to"] for c in changes if "from" in c.roles and "to" in c.roles}
    per_sentence: dict[int, int] = {}
    for c in changes:
        per_sentence[c.sentence] = per_sentence.get(c.sentence, 0) + 1
    # a sentence of more moves than a reporter writes in one is a table or a list: none of these shapes
    changes = [c for c in changes if per_sentence[c.sentence] <= _MOST_MOVES]
    yield from _level_then_sizes(article, changes)
    moves = _moves_by_sentence(changes)
    for c in changes:
        roles = set(c.roles)
        if not c.asserted or _forecast(article, c):
            continue
        if "by" in c.roles and re.search(r"\btimes\b", by_id(c.roles["by"]).text, re.I):
            continue  # "went at 2.27 times New York May": a ratio to another figure, no move between two levels
        if roles == {"by"}:
            size = by_id(c.roles["by"])
            if _EARLIER_SIZE.search(article.before(size, 40)):
                continue  # "below last year's 3.9% increase": the size of an earlier move
            pair = _pair_near(article, c, size) or _move_near(article, c, size, moves)
            if pair is not None:
                yield claim("change", {"from": pair[0], "to": pair[1], "by": size}, cue=c.cue,
                            direction=c.direction, asserted=c.asserted, relative=c.relative,
                            sentence=c.sentence)
        elif roles in ({"to"}, {"to", "by"}) and c.roles["to"] not in ended:
            end = by_id(c.roles["to"])
            size = by_id(c.roles["by"]) if "by" in roles else None
            if size is not None and size.unit == "percent" and end.unit == "percent":
                continue  # a rate moved by a percent: points or percent is not ours to guess
            if size is not None and size.unit == end.unit and not _marked_size(article, size):
                continue  # "lost $9.5m on revenue of $45.4m": the amount is no size of the revenue's move
            before = article.words_before(end, 2)
            if len(before) == 2 and before[1] in ("at", "of") and before[0] in _CHANGE_NOUNS:
                continue  # "the largest monthly increase at $9.2bn": a size, no level the move reached
            if size is None and before[-1:] != ["to"]:
                continue  # "the decrease left the index at 183.8": a move told only by its end says "to"
            start = _start_near(article, c, end, size)
            if start is not None:
                found = {"from": start, "to": end}
                if size is not None:
                    found["by"] = size
                yield claim("change", found, cue=c.cue, direction=c.direction, asserted=c.asserted,
                            relative=c.relative, sentence=c.sentence)


def _forecast(article: Article, c) -> bool:
    """The change is told as a forecast or plan ('will fall to', 'expects revenue to climb'): such a word
    among the few before its cue (what comes after the cue, "the increase would go on ...", is another
    matter). When the cue comes after the level the change reached ("are forecast to fall to £19m, a drop of
    44%"), the words before that level are the verb's."""
    at = _cue_index(article, c)
    if at is None:
        return True
    if "to" in c.roles:
        at = min(at, article.token_index(article.extraction.quantity(c.roles["to"])))
    words = [t.low for t in article.tokens(c.sentence)[:at] if t.is_word][-5:]
    return bool(_FORECAST & set(words))


def _when(article: Article, q: Quantity) -> tuple[str, int] | None:
    """When q is stated for: (the date of its clause as an ISO prefix, or the publication's year when its
    clause names none;
    -1 when words beside it put it earlier than that, 'a year before', 'the previous year'; 1 when they put
    it later, 'now', 'for the coming year'; else 0)."""
    text = article.sentence_text(q.sentence)
    first = article.sentences[q.sentence][0]
    lo, hi = q.span[0] - first, q.span[1] - first
    before = re.split(r"[;,]", text[:lo])
    clause = before[-1] + " " + re.split(r"[;,]", text[hi:])[0]
    if len(before) > 1 and re.match(r"\s*when\b", before[-1], re.I):
        clause = before[-2] + " " + clause  # "the year before, when 265,000 came"
    if len(before) > 1 and not any(x.kind != "date" and x.span[1] <= first + len(before[0])
                                   for x in article.in_sentence(q.sentence)):
        clause = before[0] + " " + clause  # "A year before, the group had booked ..."
    earlier = -1 if _EARLIER.search(clause) else 1 if _LATER.search(clause) else 0
    year = article.clause_time(q)
    if year is not None and _BASE_DATE.search(re.split(r"[;,]", text[hi:])[0]):
        year = None  # "$60bn, a 3.1% increase over the same quarter of 2023": 2023 is the base's year
    year = year or _when_clause(article, q, text[:lo])
    if year is None:
        year = str(article.published.year) if article.published else None
    return (year, earlier) if year else None


# Words after a figure that put the date following them on the figure a change is measured from.
_BASE_DATE = re.compile(r"\b(?:over|from|than|against|versus|compared\s+(?:with|to)|on|since)\s+(?:the\s+)?"
                        r"(?:same\s+\w+\s+|\w+\s+)?(?:(?:of|in)\s+)?\d{4}", re.I)


def _when_clause(article: Article, q: Quantity, before: str) -> str | None:
    """The date a 'when' clause hangs on: '1,240' of "since 2019, when volunteers counted 1,240"."""
    if not _WHEN.search(before):
        return None
    dates = [d for d in article.in_sentence(q.sentence) if d.kind == "date" and d.resolved and d.span[1] <= q.span[0]]
    if not dates:
        return None
    d = dates[-1]
    first = article.sentences[q.sentence][0]
    between = article.text[d.span[1]:q.span[0]]
    return str(d.value) if _WHEN.match(between) else None


# "2019, when volunteers counted": the figure belongs to the time the 'when' clause hangs on.
_WHEN = re.compile(r"^\s*,?\s*when\b[^,;.]*$|,\s*when\b[^,;.]*$", re.I)


def _order(article: Article, a: Quantity, b: Quantity) -> tuple[Quantity, Quantity] | None:
    """(earlier, later) of two levels by their times, or None when their times are not told apart."""
    wa, wb = _when(article, a), _when(article, b)
    if wa is None or wb is None:
        return None
    # dates as ISO prefixes: "2024" and "2025-06-07" are told apart, "2025" and "2025-06-07" are not
    apart = not (wa[0].startswith(wb[0]) or wb[0].startswith(wa[0]))
    if apart and wa[1] == wb[1]:
        return (a, b) if wa[0] < wb[0] else (b, a)
    if wa[1] != wb[1] and (not apart or _undated(article, a) or _undated(article, b)):
        return (a, b) if wa[1] < wb[1] else (b, a)
    return None


def _undated(article: Article, q: Quantity) -> bool:
    return article.clause_time(q) is None


def _measures(words: list[str]) -> set[str]:
    """The measures words name, one word per measure group ("spending" and "budget" are one)."""
    return {_group(_sing(w)) for w in words if w in MEASURES}


def _group(word: str) -> str:
    """A noun's measure group (vocab.MEASURE_GROUPS) as its least word, else the noun: "toll" and "death"
    are one measure, "tourist" and "visitor" another."""
    for group in MEASURE_GROUPS:
        if word in group:
            return min(group)
    return word


def _candidates(article: Article, c, like: Quantity | None, units: tuple[str, ...] | None,
                skip: frozenset[str]) -> list[Quantity]:
    """Figures near change c that may be levels of its measure: of like's unit (or one of ``units``), not
    dates, aims, parts or other changes' ends, of the thing and measure c's sentence names."""
    said = {t.low for t in article.tokens(c.sentence) if t.is_word}
    said_groups = {_group(_sing(w)) for w in said}
    said_stems = {w[:5] for w in said if len(w) >= 5}  # "membership" for "2,480 members"
    pointing = _points_back(article, c.sentence)
    cue_at = _cue_index(article, c)
    subject = _measures([t.low for t in article.tokens(c.sentence)[:cue_at] if t.is_word]) if cue_at else set()
    block = article.block(c.sentence)
    found = []
    for s in range(max(0, c.sentence - _BACK), min(len(article.sentences), c.sentence + _AHEAD + 1)):
        if abs(article.block(s) - block) > 2:
            continue
        for q in article.in_sentence(s):
            if q.id in skip or q.kind == "date" or not isinstance(q.value, float) or q.qualifier in ("lower", "upper"):
                continue
            if like is not None and not (q.unit == like.unit and q.per == like.per):
                continue
            if units is not None and (q.unit not in units or q.per):
                continue
            if article.roles_of(q) & _TAKEN or article.is_named_part(q):
                continue
            back = article.words_before(q, 8)
            if _AIMED & set(back) or _RATE_WORDS & set(back[-3:]):
                continue  # a target, or "an average grant of $18,435": no level of the measure
            if s > c.sentence and not _goes_on(article, c, q) and not _compared_here(article, q):
                continue
            owner = _named_by(back)
            if owner is not None and like is not None and owner not in said_groups:
                continue  # "an endowment of $4bn" is no level of what "tuition rose 3%" moved
            if q.unit == "count" and like is not None:
                thing = thing_of(q)
                mine = thing_of(like) if like is not None else None
                if thing and not (_group(thing) in said_groups or thing == mine or thing in _PEOPLE
                                  or mine in _PEOPLE or thing[:5] in said_stems or pointing):
                    continue  # "1,200 walks" is no level of "visits"
            named = _measures(back[-5:])
            if named and subject and not named & subject:
                continue  # "Revenue was $5bn" is no level of "costs rose"
            found.append(q)
    return found


# Nouns of a move in a ranking: "up one place", "down two spots".
_PLACES = frozenset("place spot position rung notch slot".split())
# Words before a figure that make it a rate or an average, not a level.
_RATE_WORDS = frozenset("ratio average averaging averaged mean median typical per each base".split())
# Nouns of "<noun> of N" that name no measure of their own: "a total of 4,100", "a record of $3m".
_GENERIC = frozenset("""total sum figure level record high low peak value amount tally number count estimate
some most all half none one""".split())
# Words that open a sentence going on about what the one before it told.
_POINTERS = frozenset("it they this that these those which".split())


def _named_by(back: list[str]) -> str | None:
    """The measure "<noun> of N" names (its group word), or None: "revenue of $4m" -> revenue."""
    if len(back) >= 2 and back[-1] == "of" and back[-2].isalpha() and back[-2] not in _GENERIC:
        return _group(_sing(back[-2]))
    return None


def _goes_on(article: Article, c, q: Quantity) -> bool:
    """A figure in the sentence after a change's is a level of its measure only when that sentence goes on
    about it: it opens on a pointer ("It earned ..."), puts the figure at an earlier time ("A year
    before, the group had booked ..."), or the words before the figure share a stem with the
    change's sentence ("This winter's count found 810" after "volunteers counted 1,240")."""
    words = [t.low for t in article.tokens(q.sentence)[:article.token_index(q)] if t.is_word]
    if words and words[0] in _POINTERS:
        return True
    when = _when(article, q)
    if when is not None and when[1] < 0:
        return True  # "A year before, the group had booked ¥2.9 trillion"
    mine = {w[:5] for w in (t.low for t in article.tokens(c.sentence) if t.is_word) if len(w) >= 5}
    return any(w[:5] in mine for w in words if len(w) >= 5)


# Words that set one figure against another of an earlier time in one sentence: "1.42 million, against
# 1.18 million in 2023".
_AGAINST = re.compile(r"^[\s,]*(?:(?:up|down)\s+)?(?:against|compared\s+(?:with|to)|versus|vs\.?|from|than)\s+"
                      r"(?:(?:the|a|an|its|their|some|about|around|roughly|nearly|almost|just)\s+)*$", re.I)


def _compared(article: Article, a: Quantity, b: Quantity) -> bool:
    """a and b stand in one sentence, the later one set against the earlier: "X, against Y in 2023"."""
    if a.sentence != b.sentence:
        return False
    first, second = sorted((a, b), key=lambda q: q.span)
    return bool(_AGAINST.match(article.text[first.span[1]:second.span[0]]))


def _compared_here(article: Article, q: Quantity) -> bool:
    """q is one of two figures of its sentence set against each other ("carried 1.42 million people,
    against 1.18 million in 2023"): such a sentence, after a change, gives its two levels."""
    return any(o.id != q.id and o.unit == q.unit and _compared(article, o, q) for o in article.in_sentence(q.sentence))


def _marked_size(article: Article, size: Quantity) -> bool:
    """A size in the measure's own unit is a change's size only when marked as one: "by £3m", "an increase of
    £3m", "the £3m rise", "up £3m"; "raised 68 billion won" and "doubled the 8.5 inches" are no sizes."""
    back = article.words_before(size, 2)
    ahead = article.words_after(size, 1)
    return bool(back[-1:] and back[-1] in ("by", "of", "up", "down") or ahead and ahead[0] in _CHANGE_NOUNS)


_CHANGE_NOUNS = frozenset("""increase increases rise rises gain gains jump jumps climb fall falls drop drops decline
declines decrease decreases cut cuts reduction reductions growth hike hikes boost slide dip slump surge
improvement shortfall""".split())


def _cue_index(article: Article, c) -> int | None:
    cue = (c.cue or "").lower().split()[:1]
    for k, t in enumerate(article.tokens(c.sentence)):
        if cue and t.low == cue[0]:
            return k
    return None


def _sing(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _same_order(a: Quantity, b: Quantity, factor: float) -> bool:
    x, y = abs(float(a.value)), abs(float(b.value))
    return x > 0 and y > 0 and max(x, y) <= factor * min(x, y)


def _pair_near(article: Article, c, size: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two levels a size alone moves between: exactly two figures of one unit near it, of different
    values and of told-apart times, as (earlier, later)."""
    if size.unit in ("percent", "fraction", "multiplier"):
        found = _candidates(article, c, None, None, frozenset({size.id}))
        found = [q for q in found if q.kind in ("money", "count", "measure") and q.unit not in (
            "percent", "percentage_point", "basis_point", "multiplier", "fraction", "rank")]
    elif size.unit in ("percentage_point", "basis_point"):
        found = _candidates(article, c, None, ("percent",), frozenset({size.id}))
    else:
        if not _marked_size(article, size):
            return None
        found = _candidates(article, c, size, None, frozenset({size.id}))
    if any(q.sentence == size.sentence and q.span[0] > size.span[0] and q.unit == size.unit for q in found) \
            and size.unit not in ("percent", "fraction", "multiplier", "percentage_point", "basis_point"):
        return None  # "an increase of £3m to £12m": the linker's shape, not two levels told apart
    if len(found) != 2 or found[0].unit != found[1].unit or float(found[0].value) == float(found[1].value):
        return None
    if _own_figures(article, c, size, found):
        return None
    owners = [_named_by(article.words_before(q, 8)) for q in found]
    if owners[0] and owners[1] and owners[0] != owners[1]:
        return None  # "revenue of $20m" and "profit of $18m": two measures, not one at two times
    if not all(_linked(article, c, q, found[1 - k]) for k, q in enumerate(found)):
        return None
    if found[0].unit == "count" and not _one_thing(article, c, found[0], found[1]):
        return None
    if size.unit == "count" and thing_of(size) and (thing_of(size) in _PLACES or any(
            thing_of(q) and _group(thing_of(q)) != _group(thing_of(size)) for q in found)):
        return None  # "up one place" moves a rank, not the 14 stores closed or the nine chains tracked
    if not _same_order(found[0], found[1], 10):
        return None
    if size.unit == found[0].unit and abs(float(size.value)) >= max(abs(float(q.value)) for q in found):
        return None  # a size as big as either level is no move between them
    return _order(article, found[0], found[1])


def _points_back(article: Article, s: int) -> bool:
    """Sentence s opens, after a time, on a pointer to what the one before it told: "Last year it did
    9,940", "That was a 12 per cent fall"."""
    words = [t.low for t in article.tokens(s) if t.is_word][:4]
    return any(w in _POINTERS for w in words[:1]) or any(w in ("it", "they") for w in words[1:])


def _one_thing(article: Article, c, a: Quantity, b: Quantity) -> bool:
    """Two counts are levels of one thing a change's sentence speaks of: of one thing (or people and a
    kind of people, or unnamed), and that thing named in the sentence of the change or of a level, or the sentence
    pointing back ("That was a 12 per cent fall ...") or naming no other counted thing."""
    things = {_group(t) for t in (thing_of(a), thing_of(b)) if t}
    if len(things - {_group("people")}) > 1:
        return False
    said = [t for t in article.tokens(c.sentence) if t.is_word]
    groups = {_group(_sing(t.low)) for s in {c.sentence, a.sentence, b.sentence}
              for t in article.tokens(s) if t.is_word}  # "Enrolment stood at 12,400" ... "15,500 students"
    if not things or things & groups or c.sentence in (a.sentence, b.sentence):
        return True  # a level in the change's own sentence is of the measure it speaks of
    return _points_back(article, c.sentence) or _compared(article, a, b)


def _start_near(article: Article, c, end: Quantity, size: Quantity | None) -> Quantity | None:
    """The one level of end's measure stated near it at an earlier time than end's; with a size, in another
    sentence ("fell by 38 to 801, against 1,248 a year ago": last week's move set beside last year's level)."""
    if any(q.id not in c.roles.values() and q.kind != "date" and q.unit == end.unit and isinstance(q.value, float)
           for q in article.in_sentence(end.sentence) if q.span[0] < end.span[0]):
        return None  # "Revenue of $4m fell to ...": the sentence gives a figure of its own before the end
    found = [q for q in _candidates(article, c, end, None, frozenset(c.roles.values()))
             if _same_order(q, end, 5) and (size is None or q.sentence != end.sentence)]
    found = [q for q in found if _order(article, q, end) == (q, end) and _linked(article, c, q, end)]
    if not found or len({float(q.value) for q in found}) != 1:
        return None
    return found[0]


def _moves_by_sentence(changes) -> dict[int, list[tuple[int, object]]]:
    """The sizeless moves (a from and a to, no by) of each sentence, with their places among the changes:
    a size alone then looks at the two sentences beside it, not at every change of a long article."""
    out: dict[int, list[tuple[int, object]]] = {}
    for i, o in enumerate(changes):
        if {"from", "to"} <= set(o.roles) and "by" not in o.roles:
            out.setdefault(o.sentence, []).append((i, o))
    return out


def _move_near(article: Article, c, size: Quantity, moves) -> tuple[Quantity, Quantity] | None:
    """The ends of the one sizeless move told in the sentence before or after a size alone: "Coal deliveries
    were cut by a quarter this year. It received 3.1 million tonnes, down from 3.6 million tonnes a year
    earlier." The move's sentence must go on about the size's (a pointer, a shared stem) when it follows.
    ``moves`` are the sizeless moves by sentence (``_moves_by_sentence``)."""
    by_id = article.extraction.quantity
    relative = size.unit in ("percent", "fraction", "multiplier")
    if not relative:
        return None  # an amount beside a move of another sentence may be any other amount of the story
    found = []
    for _, o in sorted(moves.get(c.sentence - 1, []) + moves.get(c.sentence + 1, []), key=lambda m: m[0]):
        if o is c:
            continue
        start, end = by_id(o.roles["from"]), by_id(o.roles["to"])
        if relative:
            if start.kind not in ("money", "count", "measure") or start.unit in ("percent", "rank"):
                continue
        elif start.unit != size.unit or start.per != size.per:
            continue
        if o.sentence > c.sentence and not _goes_on(article, c, end):
            continue
        if not _shares_words(article, c.sentence, o.sentence) or _period_words(article, c.sentence) \
                != _period_words(article, o.sentence):
            continue  # "a 37% increase in third-quarter profit" is no size of "nine-month profit declined"
        found.append((start, end))
    if len(found) != 1 or _own_figures(article, c, size, found[0]):
        return None
    return found[0]


# Words of a period a figure is told for: a quarter's move is no size of a nine-month figure.
_PERIOD_WORDS = frozenset("""quarter quarterly half first-half half-year interim month monthly week weekly nine six
three annual full-year""".split())
# Common words that link no two sentences to one measure.
_COMMON = frozenset("""about after against among another around because before being below between could
during every first their there these those three under until where which while would should said says
according company group million billion percent per cent years months weeks compared""".split())


def _period_words(article: Article, s: int) -> set[str]:
    """The period words of sentence s, hyphenated ones split ("third-quarter", "nine-month")."""
    return {w for t in article.tokens(s) if t.is_word for w in t.low.split("-")} & _PERIOD_WORDS


def _content(article: Article, s: int) -> set[str]:
    """The stems (five letters) and measure groups of sentence s's longer words, figures left out."""
    out = set()
    words = [t.low for t in article.tokens(s) if t.q is None and t.is_word]
    words += [w.lower() for q in article.in_sentence(s) if q.noun for w in q.noun.split()]  # "2,480 members"
    for w in words:
        if len(w) >= 5 and w not in _COMMON:
            out.add(w[:5])
            out.add("=" + _group(_sing(w)))
    return out


def _shares_words(article: Article, a: int, b: int) -> bool:
    """Sentences a and b name one thing: one is the other, one points back at the other ("It earned ..."),
    or they share a word's stem or a measure group ("passengers" and "travellers")."""
    if a == b or _points_back(article, max(a, b)):
        return True
    return bool(_content(article, a) & _content(article, b))


def _explicit_time(article: Article, q: Quantity) -> bool:
    """q's clause names its time: a date, or words such as 'a year earlier', 'now'."""
    when = _when(article, q)
    return article.clause_time(q) is not None or _when_clause(article, q, "") is not None \
        or when is not None and when[1] != 0


def _linked(article: Article, c, q: Quantity, other: Quantity) -> bool:
    """A candidate level q of another sentence than the change's is of its measure: its sentence and the
    change's share a word or measure (or one points back at the other), or q and the other level each name
    their own, different, time ("£41.2m for 2024" ... "This year it approved £52.9m")."""
    if q.sentence == c.sentence or _shares_words(article, c.sentence, q.sentence):
        return True
    if other.sentence != q.sentence and _shares_words(article, other.sentence, q.sentence):
        return True
    if other.sentence == q.sentence and _compared(article, q, other):
        return True  # "carried 1.42 million people, against 1.18 million in 2023" after the change
    return _explicit_time(article, q) and (other.sentence == c.sentence or _explicit_time(article, other)) \
        and _when(article, q) != _when(article, other)


def _own_figures(article: Article, c, size: Quantity, levels) -> bool:
    """The change's sentence holds a figure of its own besides the size and the levels read for it ("rose 3.6
    billion dlrs, or 1.1 pct"; "reached 7.7 mln bales, up 500,000"; "grew 30.68 pct against 22.30 pct"): its
    move is told there, not between the levels of other sentences."""
    ids = {size.id} | {q.id for q in levels}
    return any(q.id not in ids and q.kind != "date" and isinstance(q.value, float)
               and q.unit not in ("year", "month", "week", "day", "hour")
               for q in article.in_sentence(c.sentence))


# "closed at 412p, down 38p, or 8.4%": the words between a level and its two sizes.
_THEN_SIZE = re.compile(r"^[\s,]*(?:\w+[\s,]+){0,4}?(?:up|down)\s+$", re.I)
_OR_PERCENT = re.compile(r"^\s*,?\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$", re.I)


def _level_then_sizes(article: Article, changes):
    """A level followed by its move in an amount and in percent: "closed at 412p on Thursday, down 38p, or 8.4%";
    "ended the day at $78.36, up $2.75, or 3.6%". Yields the amount's change to the level and the percent
    alone (relative), which the change rule sets against each other."""
    by_id = article.extraction.quantity
    sized = [c for c in changes if set(c.roles) == {"by"} and c.direction in ("up", "down")]
    for c in sized:
        amount = by_id(c.roles["by"])
        if amount.kind not in ("money", "count", "measure") or amount.unit in ("percent", "multiplier", "fraction"):
            continue
        pct = next((o for o in sized if o is not c and o.sentence == c.sentence
                    and by_id(o.roles["by"]).unit == "percent"
                    and _OR_PERCENT.match(article.text[amount.span[1]:by_id(o.roles["by"]).span[0]])), None)
        if pct is None:
            continue
        before = [q for q in article.in_sentence(c.sentence) if q.span[1] <= amount.span[0] and q.kind != "date"]
        if not before or before[-1].unit != amount.unit or before[-1].per != amount.per:
            continue
        level = before[-1]
        if len([q for q in before if q.unit == amount.unit]) != 1 or article.roles_of(level):
            continue  # another figure of the unit before: which one moved is not plain
        if not _THEN_SIZE.match(article.text[level.span[1]:amount.span[0]]):
            continue
        size = by_id(pct.roles["by"])
        yield claim("change", {"to": level, "by": amount}, cue=c.cue, direction=c.direction, asserted=c.asserted,
                    relative=False, sentence=c.sentence)
        yield claim("change", {"by": size}, cue=pct.cue, direction=c.direction, asserted=pct.asserted,
                    relative=True, sentence=c.sentence)
