"""The listed-sums reader: a list of parallel figures of one thing against the one whole of that thing
stated anywhere in the article.

Shape (claim kind ``total``): three or more figures of one unit listed clause by clause in one sentence
("A, B and C", any verb, the verb gapped or not), counting one thing, and a figure of that thing and unit
stated elsewhere (before or after, any distance) that is larger than every part:

- a count whose thing the list names, on any part ("five wards ..., nine ... and six ..."), after the
  first part ("431 of the summer's blazes and campers 388, while 62 ..."), or as the sentence's subject
  ("Entrants from the city numbered 930, with 268 from ... and 154 from ..."), against the one count of
  that thing ("a total of 1,284 fires", "the county has 18 wards", "the fires totalled 1,284", a thing
  named by the acronym the whole gives it: "6.2 million barrels of oil equivalent (boe)"), or, when
  two sizes of it are stated, the one said to be the total;
- amounts (money, tonnes) listed clause by clause against the one amount of that unit said as a total
  ("total output of 9.6 million tonnes", "handled 48,260 tonnes in all", "a combined £3.1 billion"); the
  one other figure of the unit is no whole unless so said (it may be a sibling: "the 34MW plant is the
  biggest of the four" after "the 21MW, 22MW and 23MW plants").

- when no word names the whole as the list's, the whole found by where it stands (unique or nothing): the one
  figure of the list's unit before the list in its own sentence, with any verb and no words of comparison or
  time between ("Of the depot's 1,320 drivers, 610 ...", "The 36 km path runs 14 km ..., 12 km ... and 8 km
  ...", "income of $5.2 million came from members ($2.6 million), ..."; a list of categories, "seven gold,
  six silver and four bronze", only when its sentence shares the figure out: "17 medals: ...", "62 schools
  include ..."); a figure said to sum the list in the next sentence ("In all, 6,200 birds ..."); or, for bare
  parts ("Some 41 were in the old town, 30 ..."), the one counted thing of the sentence before, unless that
  figure is said to be the largest of several or the parts are each a named holder's ("Ostria bought 310,
  Marskland 280 ...": its siblings); or the one earlier figure that a definite noun before the list names
  ("The budget, which takes effect in July, is funded from four sources: ..." after "a $352.4 million
  operating budget"; "the shortfall was driven by ..." after "a gap of £18.7m"; "Its members are spread
  across three wards: ..." after "the 5,400-strong society"), never when the noun names two figures.

The list may leave parts out, so the claim's cue is ``whole`` (the parts may only not pass the whole),
unless the sentence says how many parts there are and the list names exactly that many ("from three
blocks — 6,100 from ..., 4,850 from ... and 2,950 from ..."; "the three districts: ..."), says it is a
breakdown ("By mine, ...", "Region by region, ...", "according to a breakdown ...", "broken down by
...", "spread across", "split between") or ends on "the remaining N": then ``complete`` (they must make it).
An "and" inside a part's own words ("$96.4 million in state and federal grants, $74.9 million ..."; "roads
and bridges $61m, and parks $38m") does not close the list. A figure said to sum the list in the next sentence
may also be a share of something larger ("Together, those four take €377.7m, nearly two-thirds of ...").

Bracketed labels or asides after a part ("2.1 million tonnes (north), ...") do not break the list.

Refuses: fewer than three parts; a list with no "and" (or "with", "while") before its last part, or one
of whose clauses lost its figure; parts that moved ("rose to 41") or that are shares, rates or dates;
parts of different years; a whole that is not unique (two sizes of the thing, or two totals of the
unit), an earlier level ("up from 1,200"), a change's size, an aim ("a target of"), a part itself
("of which 40"), another year's; amounts against a whole not said to be a total; counts whose thing
is not named on both sides; a split of a change ("opened 25 branches in A, 9 in B and 4 in C") against a
standing count; a whole that is a share's base ("31 of the 65 seats") or a bar ("needs 44 for a
majority"), or names a narrower thing ("40 gold medals"); figures given as averages or rates
("an average of 1.7 tries a match"); amounts of two named measures (sales listed, profit totalled).
"""

from __future__ import annotations

from ..article import Article, Token, _canonical, _singular, thing_of
from ..models import Quantity
from ..patterns import re
from . import claim, reader
from .breakdown import _ACTION, _FIRST_AMONG, _THRESHOLD_WORDS, _closed, _moved, _moved_by, _parts, lost_figure
from .rate import _earlier_level

# Words beside a figure that say it is the whole: "a total of", "in all", "combined", "the group's".
_TOTAL_WORDS = frozenset("total totals totalled totaled totalling totaling combined altogether overall aggregate "
                         "all whole entire group's group".split())
_SKIP = frozenset("the a an its their his her this that these those of all".split())
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12}
_KINDS = ("count", "money", "measure")
_AIMING = frozenset("aiming aims aimed aspires expects expected forecasts projects".split())
_RATE_WORDS = frozenset("average averaged averaging per each apiece".split())  # "an average of 1.7 tries a match"
_CLOSERS = frozenset({"and", "with", "while", "whereas"})


def _key(word: str) -> str:
    """A thing's name for matching: its measure group's word, a plural's "s" dropped ("TEUs", "TEU")."""
    return _canonical(_singular(word.lower())).rstrip("s") or word


def _like(first: Quantity, q: Quantity) -> bool:
    """q is a part of first's list: a figure of first's unit (a count of no other thing), or a bare
    count after an amount whose unit the list leaves unsaid ("5.1 million tonnes, ... 4.3 million")."""
    if not isinstance(q.value, float) or q.kind not in _KINDS or q.per != first.per:
        return False
    if first.kind == "count":
        return q.unit == "count" and (thing_of(q) is None or thing_of(first) is None
                                      or _key(thing_of(q)) == _key(thing_of(first)))
    return q.unit == first.unit or q.unit == "count" and q.noun is None and thing_of(q) is None


def _after_of(article: Article, q: Quantity) -> str | None:
    """The thing named right after a figure as "of the <owner's> <noun>": "431 of the summer's blazes"."""
    words = article.words_after(q, 6)
    if words[:1] != ["of"]:
        return None
    for n, w in enumerate(words[1:], 1):
        if w in _SKIP or w.endswith(("'s", "’s")) or w == "s" \
                or n + 1 < len(words) and words[n + 1].endswith(("'s", "’s")):
            continue  # an owner's words: "of the summer's blazes", "of last year's homes", "of 2024's ..."
        return _singular(w) if w.isalpha() else None
    return None


def _subject(toks: list[Token], k: int) -> str | None:
    """The plural noun a sentence opens on, when its first figure is the subject's ("Candidates from ...
    numbered 4,930"): the first word, if it is a plain plural noun."""
    if k == 0 or not toks[0].is_word:
        return None
    w = toks[0].text
    if not w.isalpha() or not w.endswith("s") or w.lower() in _SKIP or len(w) < 4:
        return None
    return _singular(w.lower())


def _things(article: Article, toks: list[Token], parts: list[tuple[Quantity, int]]) -> set[str]:
    """What the list counts, by every name the sentence gives it (canonical)."""
    named = _after_of(article, parts[0][0])
    if named:
        return {_key(named)}
    things = {_key(thing_of(q)) for q, _ in parts if thing_of(q)}
    if not things and _subject(toks, parts[0][1]):
        things.add(_key(_subject(toks, parts[0][1])))
    return things


def _said_count(toks: list[Token], before: int) -> int | None:
    """The number of parts the sentence announces before its list: "from three blocks", "the four mines"."""
    for t in toks[:before]:
        if t.q is not None and t.q.kind == "count" and thing_of(t.q) and isinstance(t.q.value, float) \
                and t.q.value.is_integer() and t.q.value <= 12:
            return int(t.q.value)
    return None


# A list said to be a whole breakdown: "By operation, A produced ...", "Game by game, her tallies ran ...",
# "..., as a breakdown published alongside the figures shows", "broken down by region".
_BREAKDOWN = re.compile(r"^\W*by\s+[a-z]+(?:\s+[a-z]+)?\s*,|\b([a-z]+)\s+by\s+\1\b|\bbreakdown\b|\bbroken\s+down\b",
                        re.I)


def _said_whole(article: Article, index: int) -> bool:
    """The sentence says its list is a whole breakdown (see _BREAKDOWN)."""
    return bool(_BREAKDOWN.search(article.sentence_text(index)))


def _totalled(article: Article, q: Quantity) -> bool:
    """q is said to be a total ("a total of 4,812", "48,260 tonnes in all", "the group's 14.6 million")."""
    near = {w.lower() for w in (*article.words_before(q, 4), *article.words_after(q, 5))}
    return bool(near & _TOTAL_WORDS)


_TOTAL_VERBS = frozenset("totalled totaled numbered totalling totaling reached".split())


def _subject_of_total(article: Article, q: Quantity) -> str | None:
    """The noun a bare count is the total of, named as the subject of a totalling verb: "the fires totalled
    60", "complaints numbered 1,240", "arrests came to 312"."""
    if thing_of(q):
        return None
    words = article.words_before(q, 4)
    if words[-2:-1] == ["came"] and words[-1:] == ["to"]:
        words = words[:-1]
    if len(words) >= 2 and words[-1] in _TOTAL_VERBS | {"came"} and words[-2].isalpha() and words[-2] not in _SKIP:
        return words[-2]
    return None


def _wholes(article: Article, index: int, parts: list[tuple[Quantity, int]], things: set[str]) -> list[Quantity]:
    first = parts[0][0]
    ids = {q.id for q, _ in parts}
    biggest = max(float(q.value) for q, _ in parts)
    found = []
    for o in article.quantities:
        if o.id in ids or o.unit != first.unit or o.per != first.per or o.kind != first.kind \
                or not isinstance(o.value, float):
            continue
        above = sum(1 for q, _ in parts if float(q.value) >= float(o.value))
        if above > 1 or above == 1 and (first.kind != "count" or not _totalled(article, o)):
            continue  # a whole is larger than its parts; one part past a count said to be the total is the error
        if o.sentence == index and o.span[0] > first.span[0]:
            continue  # after the list's start: a figure of its own clauses
        if _earlier_level(article, o) or _moved_by(article, o) or article.is_named_part(o) \
                or article.is_aim(o) or _AIMING & set(article.words_before(o, 3)) or article.roles_in(o, ("range",)) or o.qualifier in ("lower", "upper"):
            continue
        if ("proportion", "whole") in article.roles_of(o) or _THRESHOLD_WORDS & _own_words(article, o):
            continue  # "31 of the 65 seats" is a share-out of its own; "needs 44 seats for a majority" is a bar
        if o.noun and len(o.noun.split()) > 1 and not article.acronym_of(o) and all(q.noun != o.noun for q, _ in parts) \
                and _after_of(article, first) != thing_of(o):
            continue  # "40 gold medals" is a narrower thing than the medals listed ("131 of the calls": those named)
        own = {_key(t) for t in (thing_of(o), article.acronym_of(o), _subject_of_total(article, o)) if t}
        if first.kind == "count":
            if not things or not own & things:
                continue
        else:
            if not _totalled(article, o):
                continue
            named, listed = article.clause_measures(o), article.clause_measures(first)
            if named and listed and not named & listed:
                continue  # amounts of two measures ("sales" and "profit")
            if things and own and not own & things:
                continue
        found.append(o)
    year = article.pointed_year(first)
    if year is not None:  # "1,210 of last year's homes": the whole is the one said of that year in its own clause
        found = [o for o in found if article.clause_time(o) == str(year)]
    totalled = [o for o in found if _totalled(article, o)]
    return totalled or found


def _own_words(article: Article, o: Quantity, n: int = 4) -> set[str]:
    """The words of o's own phrase: up to n either side, not past another figure ("needs 44 seats for a
    majority" is a bar; in "built 2,370 homes, short of its 2,460-home target" the target is the other's)."""
    toks = article.tokens(o.sentence)
    k = article.token_index(o)
    out: set[str] = set()
    for step in (-1, 1):
        j, seen = k + step, 0
        while 0 <= j < len(toks) and seen < n and (toks[j].q is None or toks[j].q.kind == "date"):
            if toks[j].is_word:
                out.add(toks[j].low)
                seen += 1
            j += step
    return out


def _goes_on(toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """A figure like the parts follows the list's last as one more clause ("..., C 3, D 2"): a separator and
    at most three words between them ("a seven-wicket haul" modifies a noun and lists nothing)."""
    first, gap = parts[0][0], []
    for t in toks[parts[-1][1] + 1:]:
        if t.q is None:
            if t.text in (".", ";"):
                return False
            gap.append(t.low)
            continue
        if not _like(first, t.q) or re.fullmatch(r"[\w.,]+-[a-z]+", t.q.text):
            gap.append("#")
            continue
        return bool(_CLOSERS & set(gap) or "," in gap) and sum(1 for w in gap if w.isalpha()) <= 3
    return False


def _unbracketed(toks: list[Token]) -> list[Token]:
    """The sentence's tokens without bracketed asides ("2.1 million tonnes (north), 1.4 million (south)"),
    so a label or a comment after a part does not break its list."""
    out, depth = [], 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out if not depth else toks


def _list_in(article: Article, index: int, like=None):
    toks, parts = _list_of(article, _unbracketed(article.tokens(index)), like)
    if parts is None:  # "split between roads (£5.5m), schools (£4.2m) and parks (£3.1m)": each part in brackets
        raw = [t for t in article.tokens(index) if t.text not in ("(", ")")]
        if len(raw) < len(article.tokens(index)):
            toks, parts = _list_of(article, raw, like)
    return toks, parts


def _last_clause(gap: list[Token]) -> list[Token]:
    """The words of a gap between two parts after its last comma: those that join the next part."""
    cut = max((k for k, t in enumerate(gap) if t.text in (",", ";")), default=-1)
    return gap[cut + 1:]


def _named_with_and(toks: list[Token], parts: list[tuple[Quantity, int]], n: int) -> bool:
    """The "and" before part n joins the words of that part's own name, not the list: it stands inside its
    clause after a word ("..., roads and bridges $61m, and parks $38m"; "fees and fines $381m, ..."), and the
    list goes on past part n to a clause that does open on "and"."""
    clause = [u.low for u in _last_clause(toks[parts[n - 1][1] + 1:parts[n][1]])]
    if not clause or clause[0] in _CLOSERS or clause[-1] in _CLOSERS or n + 1 >= len(parts):
        return False  # "..., 3.1 million at Oakhurst and 3.6 million": the "and" right before a part closes the list
    gap = toks[parts[n][1] + 1:parts[n + 1][1]]
    if not any(t.text == "," for t in gap):
        return False
    nxt = [u.low for u in _last_clause(gap)]
    return nxt[:1] == ["and"]


def _any_count(first: Quantity, q: Quantity) -> bool:
    """q is a count in first's list of categories ("six gold, five silver and four bronze")."""
    return first.kind == "count" and q.kind == "count" and q.unit == "count" and isinstance(q.value, float) \
        and q.per == first.per and bool(thing_of(q))


def _list_of(article: Article, toks: list[Token], like=None):
    like = like or _like
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.q is None or t.q.kind not in _KINDS or not isinstance(t.q.value, float) or t.q.unit == "percent":
            k += 1
            continue
        first = t.q
        parts = _parts(toks, k, lambda q, first=first: like(first, q))
        skipped = any(u.q is not None and like(first, u.q) for u in toks[k + 1:parts[1][1]]) if len(parts) > 1 else True
        for n in range(2, len(parts)):  # the list ends on its first part after "and" (not an "and" of a part's
            # own words before the comma: "$64 million in state and federal grants, $31 million ...")
            if _CLOSERS & {u.low for u in _last_clause(toks[parts[n - 1][1] + 1:parts[n][1]])} \
                    and not _named_with_and(toks, parts, n):
                parts = parts[:n + 1]
                break
        if len(parts) >= 3 and not skipped:
            return toks, parts
        k += 1
    return toks, None


@reader("listed_sums")
def read(article: Article):
    """Three or more parallel figures of one thing listed in a sentence against the one whole of that
    thing stated anywhere in the article (cue ``whole``; ``complete`` when the sentence says how many
    parts there are, or the last is "the remaining N"). Refuses lists with no closing "and", lost
    figures, moved parts, parts of different years, and wholes that are not unique."""
    for index in range(len(article.sentences)):
        qs = article.in_sentence(index)
        if sum(1 for q in qs if q.kind in _KINDS) < 3:
            continue
        toks, parts = _list_in(article, index)
        categories = False
        if not parts:
            toks, parts = _list_in(article, index, _any_count)
            categories = True
        if not parts or categories and len({thing_of(q) for q, _ in parts}) != len(parts):
            continue
        _, rest = _closed(toks, parts)
        ends_with_and = bool(_CLOSERS & {u.low for u in toks[parts[-2][1] + 1:parts[-1][1]]})
        if not ends_with_and or lost_figure(toks, [j for _, j in parts]) \
                or any(_moved(article, q) or _moved_by(article, q) for q, _ in parts) \
                or any(q.qualifier in ("lower", "upper") for q, _ in parts) \
                or any(_RATE_WORDS & {*article.words_before(q, 3), *article.words_after(q, 3)} for q, _ in parts):
            continue
        if _goes_on(toks, parts):
            continue  # another figure of the list's kind right after it: the list may go on
        years = {article.year_of(q) for q, _ in parts if article.is_dated(q)}
        if len(years) > 1 and article.pointed_year(parts[0][0]) is None:  # "1,210 of last year's homes, 640 ...":
            continue  # the possessive dates the whole the parts share, not one part
        things = _things(article, toks, parts)
        wholes = _wholes(article, index, parts, things)
        if categories and not (len(wholes) == 1 and thing_of(wholes[0]) in {thing_of(q) for q, _ in parts}):
            wholes = []  # categories ("nine major vessels, 11 ferries and four boats") against the one whole one names
        resolved = None
        if not wholes:
            resolved = _whole_by_place(article, index, toks, parts, categories)
            if resolved is None and len(parts) >= 4 and (categories or (thing_of(parts[0][0]) or article.words_before(
                    parts[0][0], 1) in (["the"], ["its"], ["their"], ["all"])) and not any(thing_of(q) for q, _ in parts[1:])):  # "14 medals, six gold, ...", "The 84 points ..., with 22 in
                parts = parts[1:]  # ...": the list's first figure is the whole it shares out
                resolved = _whole_by_place(article, index, toks, parts, categories)
            wholes = [resolved[0]] if resolved else []
        if not wholes or len({float(o.value) for o in wholes}) != 1:
            continue
        whole = wholes[0]
        acted = _ACTION & {t.low for t in toks[:parts[0][1]]}
        if acted and not acted & {t.low for t in article.tokens(whole.sentence)} \
                and article.pointed_year(parts[0][0]) is None and not (resolved and resolved[1]):  # "bought 18,400 of this year's tickets" is a share
            continue  # "opened 25 branches in A, 9 in B and 4 in C": a change, not a split of the 412 branches
            # (a whole said to be shared out by the list is acted on by it: "the gap will be closed with ...")
        if article.is_dated(whole) and article.is_dated(parts[0][0]) \
                and article.year_of(whole) != article.year_of(parts[0][0]):
            continue  # another year's whole; an undated list is of the period the article reports
        if article.is_dated(parts[0][0]) and not article.is_dated(whole) and article.year_of(parts[0][0]) != \
                article.year_of(whole):
            continue
        said = _said_count(toks, parts[0][1])
        complete = rest or said == len(parts) or _said_whole(article, index) or bool(resolved and resolved[1])
        if whole.sentence == index + 1 and _SUMMED_AFTER.match(article.sentence_text(index + 1)):
            complete = True  # "In all, 6,200 birds were recorded" after the list sums it
        if resolved and resolved[1] is None:
            complete = False  # a list closing on "the rest" after a figure of the sentence before may be its siblings
        roles = {"total": whole, **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
        yield claim("total", roles, cue="complete" if complete else "whole", sentence=index)


# Where the whole stands when no word names it as the list's: -----------------------------------------------
# - in the list's own sentence, the one figure of the list's unit before it ("Of the plant's 1,450 staff, 820
#   ...", "the 42 km trail runs 18 km ..., 15 km ... and 12 km ...", "income of $8.6 million came from
#   donations ($4.1 million), ...", "14 medals: six gold, five silver and four bronze");
# - for parts that name no thing ("62 were in the north, 45 in the east and 41 in the south"), the one count
#   of a named thing in the sentence before, which they go on about ("recorded 140 new cases last week");
# - a figure said to total them right after the list ("In all, 9,800 trees ...", "..., a total of 230").
# Between a whole before the list and its first part stand no words of comparison or time ("up from",
# "compared with", "after", "in 2019"): those set figures side by side, they do not share one out.
_SIDE_BY_SIDE = frozenset("than versus against compared compare compares follows followed following after before since "
                          "previous previously earlier prior ago up down rose fell rising falling "
                          "increased decreased grew dropped jumped climbed slipped".split())
# Words that say the list shares out the figure before it, all of it: "made up of", "split between", a colon.
# So do verbs that meet a whole with its means ("The gap will be closed with £6.1m of savings, £4.2m ...", "the
# cost is being met from ...", "is funded by ..."), unless a hedge leaves some of it out ("partly funded by").
_SHARED_OUT = re.compile(r"^(?!.*\b(?:partly|partially|in\s+part|largely|mainly|mostly|chiefly|primarily|including|among)\b)"
                         r"(?:\W*(?:[a-z'’-]+\s+){0,4}?(?:comprised?|comprising|consist(?:s|ed|ing)?\s+of|made\s+up\s+of|"
                         r"(?:split|divided|broken\s+down|shared|spread)\s+(?:into|between|among|across|as)|"
                         r"breaks?\s+down\s+(?:into|as)|"
                         r"(?:closed|bridged|plugged|filled|met|covered|funded|financed|paid\s+for)\s+(?:with|by|from|through|out\s+of))\b"
                         r"|\s*[:–—])", re.I | re.S)
# A figure said to be the sum of what came before: "In all, ...", "Altogether ...", "a total of", "in total".
_SUMMED_AFTER = re.compile(r"^\W*(?:in\s+all|in\s+total|altogether|all\s+told|overall|combined|together|taken\s+together)"
                           r"\b", re.I)
_INCLUDES = frozenset("include includes included including comprise comprises comprised comprising".split())
_COMPARED_TIME = frozenset("year month week quarter season".split())


def _plain_whole(article: Article, o: Quantity, parts: list[tuple[Quantity, int]], *, summed: bool = False) -> bool:
    """o may be the whole of the parts: of their unit and kind, larger than each, a level of its own. A figure
    said to sum them (``summed``: "Together, those four account for $301m, or ...") may be a share's part too."""
    first = parts[0][0]
    if o.kind != first.kind or o.unit != first.unit or o.per != first.per or not isinstance(o.value, float):
        return False
    if any(float(q.value) >= float(o.value) for q, _ in parts):
        return False
    if _earlier_level(article, o) or _moved(article, o) or article.is_named_part(o) \
            or article.roles_of(o) & {("change", "from"), ("change", "by")} \
            or article.is_aim(o) or article.roles_in(o, ("range",)) or o.qualifier in ("lower", "upper") \
            or ("proportion", "whole") in article.roles_of(o) \
            or ("proportion", "part") in article.roles_of(o) and not summed \
            or _RATE_WORDS & {*article.words_before(o, 3), *article.words_after(o, 3)} \
            or _THRESHOLD_WORDS & _own_words(article, o):
        return False
    if article.is_dated(o) and article.is_dated(first) and article.year_of(o) != article.year_of(first):
        return False
    return True


def _whole_by_place(article: Article, index: int, toks: list[Token], parts: list[tuple[Quantity, int]],
                    categories: bool = False):
    """The whole of a list that names none by its thing, found by where it stands (see above): (whole,
    complete) or None. Unique or nothing: two candidates leave the list unread."""
    first = parts[0][0]
    ids = {q.id for q, _ in parts}
    listed = {thing_of(q) for q, _ in parts} - {None}
    # 1. the one figure of the unit before the list in its sentence
    said = _said_count(toks, parts[0][1])
    before = [t.q for t in toks[:parts[0][1]] if t.q is not None and t.q.kind == first.kind
              and t.q.unit == first.unit and isinstance(t.q.value, float)
              and not (said == len(parts) and t.q.value == said)]  # "from three blocks": how many parts, no whole
    if before:
        if len(before) != 1 or not _plain_whole(article, before[0], parts):
            return None
        o = before[0]
        k = next(j for j, t in enumerate(toks) if t.q is o)
        gap = [t.low for t in toks[k + 1:parts[0][1]]]
        if _SIDE_BY_SIDE & set(gap) or _COMPARED_TIME & {_singular(w) for w in gap}:
            return None
        whole_thing = thing_of(o)
        shared_out = bool(_SHARED_OUT.match(" ".join(gap))) or _preceded_by_of(article, o) \
            or all(w in ",:;–—-" for w in gap) or bool(_INCLUDES & set(gap))
        if first.kind == "count" and whole_thing and listed and {_key(w) for w in listed} - {_key(whole_thing)} \
                and not shared_out:
            return None  # parts of other things ("58 members") against "120 seats": only when said to share it
        if first.kind != "count" and article.clause_measures(o) and article.clause_measures(first) \
                and not article.clause_measures(o) & article.clause_measures(first) and not shared_out:
            return None
        if categories and not shared_out:
            return None
        return o, bool(_SHARED_OUT.match(" ".join(gap)))
    if categories:
        return None
    # 2. a figure said to sum the list, right after it (its sentence's rest, or the next sentence's start)
    after = [t.q for t in toks[parts[-1][1] + 1:] if t.q is not None and t.q.kind == first.kind
             and t.q.unit == first.unit and isinstance(t.q.value, float)]
    nxt = article.in_sentence(index + 1) if index + 1 < len(article.sentences) else []
    if not after and nxt and _SUMMED_AFTER.match(article.sentence_text(index + 1)):
        after = [q for q in nxt if q.kind == first.kind and q.unit == first.unit and isinstance(q.value, float)]
        if len(after) == 1 and _plain_whole(article, after[0], parts, summed=True):
            return after[0], True
        return None
    if after:
        return None
    if re.match(r"\W*(?:of|among|out\s+of)\b", article.sentence_text(index), re.I):
        return None  # "Of the people it saw, ...": the sentence names its own whole, the breakdown reader's
    # 3. a definite noun before the list points back to the one figure it names
    pointed = _pointed_whole(article, index, parts)
    if pointed is not None:
        return pointed
    # 4. bare counts go on about the one counted thing of the sentence before
    if first.kind != "count" or listed or index == 0:
        return None
    if _held_by_names(toks, parts):
        return None  # "Peru accounted for 4,450, Chile for 2,650 and ...": holders beside the one of the sentence before
    prev = [q for q in article.in_sentence(index - 1) if q.kind == "count" and isinstance(q.value, float)
            and q.unit == "count"]
    named = [q for q in prev if thing_of(q)]
    if len(prev) != 1 or len(named) != 1 or not _plain_whole(article, named[0], parts) or named[0].id in ids \
            or _FIRST_AMONG & set(re.findall(r"[a-z]+", article.sentence_text(index - 1).lower())):
        return None  # "Europe, the largest region, took 27,950": one of the list's siblings, not their whole
    return named[0], None


def _pointed_whole(article: Article, index: int, parts: list[tuple[Quantity, int]]):
    """The whole a definite noun before the list names, stated in an earlier sentence: "The budget ... is funded
    from four sources: ..." after "a $352.4 million operating budget"; "the shortfall had been driven by ..." after
    "a gap of £18.7m"; "The members are spread across three wards: ..." after "the 5,400-strong society". (whole,
    shared out) when exactly one figure is so named, else None."""
    first = parts[0][0]
    words = article.pointer_noun(index, article.token_index(first))
    if words is None or any(article.is_named_part(q) for q, _ in parts):
        return None  # "a savings package of £11.3m, including £4.8m ...": the list shares out its own first figure
    found = article.figures_pointed(words, first)
    if len({float(o.value) for o in found}) != 1 or not _plain_whole(article, found[-1], parts):
        return None  # two figures the noun names ("a £96.5m budget and a £40.2m capital budget"): either is meant
    lead = article.text[article.sentences[index][0]:first.span[0]]
    head = max(lead.lower().rfind(" " + w) for w in (words[-1], words[-1] + "s"))
    return found[-1], bool(_SHARED_OUT.match(lead[head + len(words[-1]) + 1:]))


def _preceded_by_of(article: Article, o: Quantity) -> bool:
    """o stands after "of the <owner's>" or "out of": "Of the plant's 1,450 staff, ..."."""
    words = [w for w in article.words_before(o, 4) if not w.endswith(("'s", "’s"))]
    return bool(words) and (words[-1] == "of" or words[-2:] == ["of", "the"] or words[-2:] == ["of", "its"]
                            or words[-2:] == ["of", "their"])


def _held_by_names(toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """Each listed figure after the first follows a name of its own ("Peru accounted for 4,450, Chile for 2,650
    and Mexico for 1,750"): a list of holders, whose siblings a figure of the sentence before may be."""
    named = 0
    for (_, a), (_, b) in zip(parts, parts[1:]):
        gap = toks[a + 1:b]
        cut = max((k for k, t in enumerate(gap) if t.low in _CLOSERS or t.text in (",", ";")), default=-1)
        if any(t.is_word and t.text[:1].isupper() for t in gap[cut + 1:]):  # after the separator: "..., Chile for"
            named += 1
    return named == len(parts) - 1
