"""A change told in a sentence that points back at the level the sentence before it stated.

Shapes:
- a pointer compared with an earlier figure: "A season ticket now costs £2,310." ... "That is 8%
  more than the £2,140 fans paid last year"; "The port handled 61,200 containers." ... "This was 30%
  fewer than the 87,000 boxes it moved the year before"; "It is 12% lower than last year's 3,400 tonnes";
- a bare subject moved from an earlier figure, its level in the sentence before: "approved a €12.9m
  plan for the libraries" ... "The plan is up 4% from this year's €12.4m";
- a pointer that gives the start of the change the sentence before told: "Net income climbed 40% to
  $910 million." ... "That compares with net income of $650 million in the same quarter last year";
- a multiple since a time when the measure stood at a figure, its level in the sentence before: "The
  waiting list now holds 9,300 names." ... "The list has roughly tripled since 2019, when it stood at
  3,100";
- a change told only by where it ended, its subject pointing back at the measure the sentence before
  stated: "The loss ratio stood at 61% in 2022." ... "It fell to 66.4% last year"; "Arrears made up 3.8% of
  the book in June." ... "The ratio improved to 4.6% in December"; "The register held 4,210 households in
  March." ... "By September the register had shrunk by 380 to 4,590"; a forecast of it with its size ("Reserves
  stood at £30.2m a year ago." ... "They are forecast to fall to £19.1m, a drop of 37 per cent"); the pointer as
  the object of the verb that carries the level ("had 3.1GW at the end of last year." ... "The new park will
  take that to 4.2GW, an increase of 35 per cent").

Refuses: two candidate levels of different values in the sentence before; a candidate that is a whole,
a change's start or size, a range's end, or a figure of another counted thing; a sentence that states
its own level; a subject narrowed by other words ("Spending on schools is up 4% from ..."); a forecast with no size
(the start may be a later level than the one stated).
"""

from __future__ import annotations

from ..article import Article, Token
from ..models import Quantity
from ..vocab import CHANGE_DOWN, CHANGE_UP
from . import claim, reader
from .change_ends import _names_subject

_POINTERS = frozenset("that this it which".split())
_BE = frozenset("is was are were 's represents represented marks marked".split())
_MORE = {"more": "up", "higher": "up", "greater": "up", "larger": "up", "bigger": "up", "above": "up", "up": "up",
         "less": "down", "lower": "down", "fewer": "down", "smaller": "down", "below": "down", "down": "down"}
_THAN = frozenset("than on from over".split())
_ADVERBS = frozenset("still some about around roughly nearly almost just only also well".split())
_COMPARES = frozenset("compares compared".split())
_EARLIER = frozenset("earlier ago last previous prior before same".split())
_STOOD = frozenset("stood was sat were".split())
# Words that may stand between "than"/"from" and the earlier figure: "the", "last year's", "the current year's".
_BRIDGE = frozenset("""the a an its their his her our last this the previous prior current year's year’s
month's quarter's season's week's a year earlier year month quarter season week s""".split())
_SUBJECT_SKIP = frozenset("the its their our this total overall".split())


@reader("pointed-changes")
def read(article: Article):
    """A change whose sentence points back at the level stated in the sentence before.

    Covers "That is 8% more than the £2,140 fans paid last year", "The plan is up 4% from this year's
    €12.4m", "That compares with net income of $650 million" and "has roughly tripled since 2019, when
    it stood at 3,100", each against the one level of the sentence before. Refuses two candidate levels, wholes, starts and sizes of changes,
    other counted things, and subjects narrowed by other words.
    """
    by_id = article.extraction.quantity
    changes = [c for c in article.extraction.claims if c.kind == "change"]
    done: set[str] = set()
    cued = set(article.sentences_with(_POINTERS | {"up", "down", "since"}))
    sized: dict[int, list] = {}  # the changes to a level by a size, by sentence: looked up, not scanned per sentence
    ended: dict[int, list] = {}  # the changes told only by where they ended ('It fell to 66.4%'), by sentence
    started = {c.roles["to"] for c in changes if "from" in c.roles and "to" in c.roles}
    for c in changes:
        if set(c.roles) == {"to", "by"}:
            sized.setdefault(c.sentence, []).append(c)
        if "to" in c.roles and "from" not in c.roles and c.cue and c.roles["to"] not in started:
            ended.setdefault(c.sentence, []).append(c)
    for s in range(1, len(article.sentences)):
        # every shape below holds a figure and a pointer ('that', 'it'...), 'up'/'down' or 'since': the
        # tokens of other sentences are not made (an empty list reads as none of the shapes)
        toks = article.tokens(s) if s in cued and article.in_sentence(s) else []
        found = _pointer_comparison(article, toks) or _bare_move(article, toks, s, changes) \
            or _multiple_since(article, toks)
        if found is not None:
            by, start, direction, cue_word = found
            level = _level_before(article, s, start)
            if level is not None and by.id not in done:
                done.add(by.id)
                yield claim("change", {"from": start, "to": level, "by": by}, cue=cue_word, direction=direction,
                            asserted=[(cue_word, direction)], sentence=s)
            continue
        for c in sized.get(s, ()):
            start = _began_with(article, c, by_id(c.roles["to"]), by_id(c.roles["by"]))
            if start is not None:
                yield claim("change", {"from": start, "to": by_id(c.roles["to"]), "by": by_id(c.roles["by"])},
                            cue=c.cue, direction=c.direction, asserted=c.asserted, relative=c.relative,
                            sentence=s)
        for c in ended.get(s, ()):
            start = _carried_start(article, c, by_id(c.roles["to"]), s)
            if start is not None:
                roles = {"from": start, "to": by_id(c.roles["to"])}
                if "by" in c.roles:
                    roles["by"] = by_id(c.roles["by"])
                yield claim("change", roles, cue=c.cue, direction=c.direction, asserted=c.asserted,
                            relative=c.relative, sentence=s)
        compared = _compares_with(article, toks, s, changes)
        if compared is not None:
            c, start = compared
            roles = {"from": start, "to": by_id(c.roles["to"])}
            if "by" in c.roles:
                roles["by"] = by_id(c.roles["by"])
            yield claim("change", roles, cue=c.cue, direction=c.direction, asserted=c.asserted,
                        relative=c.relative, sentence=s)


def _pointer_comparison(article: Article, toks: list[Token]):
    """'That is 8% more than the £2,140 ...': (size, start, direction) or None."""
    words = [t for t in toks if t.is_word or t.q is not None]
    if len(words) < 5 or words[0].low not in _POINTERS or words[1].low not in _BE:
        return None
    j = 2
    while j < len(words) and words[j].low in _ADVERBS and words[j].q is None:
        j += 1
    if j + 3 > len(words) or words[j].q is None or words[j].q.unit not in ("percent", "multiplier"):
        return None
    by = words[j].q
    if words[j + 1].q is not None or words[j + 1].low not in _MORE:
        return None
    direction = _MORE[words[j + 1].low]
    if words[j + 2].low not in _THAN:
        return None
    start = _figure_after(words, j + 3)
    return (by, start, direction, words[j + 1].low) if start is not None else None


def _figure_after(words: list[Token], j: int) -> Quantity | None:
    """The figure after a few bridging words ('the', "last year's"), or None."""
    for k, t in enumerate(words[j:j + 5], start=j):
        if t.q is not None and t.q.kind == "date" and t.q.text.lower().endswith(("year", "month", "quarter", "week")):
            continue  # "last year's 5,340 tonnes"
        if t.q is not None and t.q.kind == "date" and k + 1 < len(words) and words[k + 1].low == "s":
            continue  # "March's 3,120", "2022's 41,000": a time owning the figure
        if t.q is not None:
            return t.q if t.q.kind != "date" and t.q.unit not in ("percent",) else None
        if t.low not in _BRIDGE and _possessed_by(t.low) not in _TIMES:
            return None
    return None


# Times that may own the earlier figure: "May's 4,200", "spring's 7,750", "Monday's close of 3,100".
_TIMES = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter monday tuesday wednesday
thursday friday saturday sunday yesterday today last_year year month quarter season week""".split())


def _possessed_by(word: str) -> str | None:
    """The owner of a possessive word ("may's" -> "may"), or None."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[:-len(ending)]
    return None


def _bare_move(article: Article, toks: list[Token], s: int, changes):
    """'The plan is up 4% from this year's €12.4m': a subject of one word (after a
    determiner) or a pointer, 'up'/'down' a percent from an earlier figure, no level in the sentence."""
    words = [t for t in toks if t.is_word or t.q is not None]
    i = 0
    while i < len(words) and words[i].q is None and words[i].low in _SUBJECT_SKIP:
        i += 1
    if i + 5 > len(words) or words[i].q is not None:
        return None
    if words[i].low in _POINTERS:
        i += 1
    elif words[i + 1].low in _BE:
        i += 1
    else:
        return None
    if words[i].low not in _BE:
        return None
    i += 1
    while i < len(words) and words[i].q is None and words[i].low in _ADVERBS:
        i += 1
    if i + 3 > len(words) or words[i].q is not None or words[i].low not in ("up", "down"):
        return None
    direction = words[i].low
    by = words[i + 1].q
    if by is None or by.unit != "percent" or words[i + 2].low not in ("from", "on", "over"):
        return None
    start = _figure_after(words, i + 3)
    if start is None:
        return None
    subject = None if words[0].low in _POINTERS else _word_of(words, i)
    return (by, start, direction, direction) if _same_measure(article, subject, start) else None


def _word_of(words: list[Token], i: int) -> str | None:
    """The subject noun of a bare move: the word before its verb."""
    k = next((j for j in range(i) if words[j].low in _BE), None)
    return words[k - 1].low if k else None


def _same_measure(article: Article, subject: str | None, start: Quantity) -> bool:
    """The level in the sentence before is not named as another measure than the moving subject ('Profit
    was $9m.' ... 'Revenue is up 5% from $10m')."""
    if subject is None:
        return True
    level = _level_before(article, start.sentence, start)
    if level is None:
        return True
    return _names_subject(article.words_before(level, 5), subject)


def _level_before(article: Article, s: int, start: Quantity, mine: frozenset[str] = frozenset()) -> Quantity | None:
    """The one figure of start's measure in the sentence before (same paragraph, or the paragraph's
    first sentence after the one before), that is no whole, no start or size of a change, no range end,
    and not dated before the start; None when the pointing sentence gives its own level."""
    if any(q.id != start.id and q.id not in mine and article.same_unit(q, start) and q.kind != "date"
           and q.span[0] < start.span[0] for q in article.in_sentence(s)):
        return None  # "The basket cost R1,187.40, 9.6% more than ...": the level is here
    found = []
    for q in article.in_sentence(s - 1):
        if q.kind == "date" or not article.same_unit(q, start) or q.qualifier in ("lower", "upper"):
            continue
        roles = article.roles_of(q)
        if roles & {("change", "from"), ("change", "by"), ("proportion", "whole"), ("range", "low"),
                    ("range", "high")}:
            continue
        if set(article.words_before(q, 3)) & {"last", "previous", "prior", "earlier", "ahead", "record"}:
            continue
        found.append(q)
    if not found or len({float(q.value) for q in found}) != 1:
        return None
    level = found[0]
    x, y = abs(float(level.value)), abs(float(start.value))
    if not (x > 0 and y > 0 and max(x, y) <= 10 * min(x, y)):
        return None  # another order of size: another measure
    return level


def _compares_with(article: Article, toks: list[Token], s: int, changes):
    """'That compares with net income of $650 million ...' after a change to a level with no
    start in the sentence before: (that change, the start)."""
    words = [t for t in toks if t.is_word or t.q is not None]
    if len(words) < 4 or words[0].low not in _POINTERS or words[1].low not in _COMPARES \
            or words[2].low not in ("with", "to"):
        return None
    start = None
    for t in words[3:10]:
        if t.q is not None:
            start = t.q if t.q.kind != "date" else None
            break
    if start is None:
        return None
    said = {t.low for t in toks if t.is_word}
    if not said & _EARLIER and not any(t.q is not None and t.q.kind == "date" for t in toks):
        return None  # "That compares with 4.1% across the euro zone": another place, not an earlier time
    before = [c for c in changes if c.sentence == s - 1 and "to" in c.roles and "from" not in c.roles]
    by_id = article.extraction.quantity
    before = [c for c in before if article.same_unit(by_id(c.roles["to"]), start)]
    return (before[0], start) if len(before) == 1 else None


def _multiple_since(article: Article, toks: list[Token]):
    """'The list has roughly tripled since 2019, when it stood at 3,100': a subject of
    one word, a multiple, 'since' a time, and the figure the measure stood at then."""
    words = [t for t in toks if t.is_word or t.q is not None]
    i = 0
    while i < len(words) and words[i].q is None and words[i].low in _SUBJECT_SKIP:
        i += 1
    if i + 6 > len(words) or words[i].q is not None or words[i + 1].low not in ("has", "have"):
        return None
    i += 2
    while i < len(words) and words[i].q is None and words[i].low in _ADVERBS | {"more", "than"}:
        i += 1
    if i >= len(words) or words[i].q is None or words[i].q.unit != "multiplier":
        return None
    by = words[i].q
    rest = words[i + 1:i + 12]
    if not rest or rest[0].low != "since":
        return None
    for k in range(1, len(rest) - 3):
        if rest[k].low == "when" and rest[k + 1].low in ("it", "they") and rest[k + 2].low in _STOOD:
            j = k + 3
            if j < len(rest) and rest[j].low == "at":
                j += 1
            if j < len(rest) and rest[j].q is not None and rest[j].q.kind != "date":
                return by, rest[j].q, "up", by.text.lower()
    return None


_BEGAN = frozenset("began begun start started starting opened launched founded set setting".split())
_SINCE_BACK = 3  # sentences back to the one that tells the start


def _began_with(article: Article, c, level: Quantity, by: Quantity) -> Quantity | None:
    """'The bakery opened in 2015 with four ovens.' ... 'Its kitchen has since doubled to eight ovens':
    a change told 'since' with its level and size, whose start is the one count the text gave
    as what it began with ('began with', 'started out with', 'opened with') a few sentences before."""
    back = article.words_before(by, 4)
    if "since" not in back:
        return None
    found = []
    for q in article.quantities:
        if not level.sentence - _SINCE_BACK <= q.sentence < level.sentence or q.kind == "date" \
                or q.unit != level.unit or q.per != level.per or not isinstance(q.value, float):
            continue
        words = article.words_before(q, 8)
        if words[-1:] != ["with"] or not set(words) & _BEGAN:
            continue
        found.append(q)
    return found[0] if len(found) == 1 and float(found[0].value) > 0 else None


# Nouns that name the measure a sentence before stated, whatever it was called there: "the ratio", "the figure".
_MEASURE_NOUNS = frozenset("""ratio rate figure number total level share index count tally proportion percentage
price cost bill average measure""".split())
_AUXILIARIES = frozenset("has have had was were is are will would has been had been".split())


def _carried_start(article: Article, c, level: Quantity, s: int) -> Quantity | None:
    """The start of a change told only by where it ended ('It fell to 66.4% last year'), when its subject
    points back ('it', 'they', or 'the <noun>' naming a word of the sentence before or a measure noun such as
    'the ratio') and the sentence before states one level of the same unit (see _level_before); the change's
    own sentence holds no other figure of that unit before its end."""
    if s < 1:
        return None  # news paragraphs are often one sentence: "It" may open the next one
    toks = [t for t in article.tokens(s) if t.is_word or t.q is not None]
    end = next((i for i, t in enumerate(toks) if t.q is not None and t.q.id == level.id), len(toks))
    at = _verb_of(toks, end, c.cue.lower().split()[0])
    if at is None or at == 0:
        return None
    before = toks[:at]
    if any(t.q is not None and t.q.kind != "date" for t in before):
        return None  # "Revenue of $4m fell to ...": the subject carries a figure of its own
    if _points_by_object(toks, at, end):
        # "The new line will take that to 4.2GW": the pointer is the verb's object, whatever its subject
        return _start_pointed(article, c, level, s)
    # a time may open the sentence ("By September", "Last year", "In the summer quarter"); what is left before
    # the verb must be the subject alone: a pointer, or a determiner and one noun
    i = 0
    while i < len(before) and (before[i].q is not None or before[i].low in _TIME_WORDS or before[i].low in ("the", "a")
                               and i + 1 < len(before) and (before[i + 1].q is not None or before[i + 1].low in _TIME_WORDS)):
        i += 1
    rest = [t.low for t in before[i:] if t.low not in _AUXILIARIES]
    expected = [w for w in rest if w in _EXPECTED]
    if expected and "by" not in c.roles:
        return None  # "They are forecast to fall to £19m": with no size stated, the start may be a later level
    rest = [w for w in rest if w not in _EXPECTED]
    if rest in (["it"], ["they"]):
        pass
    elif len(rest) == 2 and rest[0] in ("the", "this", "that", "its", "their"):
        previous = {t.low for t in article.tokens(s - 1) if t.is_word}
        head = rest[1]
        if head in _TIME_WORDS or head not in _MEASURE_NOUNS and head not in previous and head.rstrip("s") not in previous:
            return None
    else:
        return None
    return _start_pointed(article, c, level, s)


def _start_pointed(article: Article, c, level: Quantity, s: int) -> Quantity | None:
    """The one level of the sentence before that the pointer of sentence s names, unless it is an aim or
    dated after the change."""
    start = _level_before(article, s, level, frozenset(c.roles.values()))
    if start is None or article.is_aim(start) or _AIMED & set(article.words_before(start, 8)):
        return None  # "set the 1987 target rate at 20.80": an aim is no level the measure stood at
    then, now = _years(article, start.sentence), _years(article, s)
    if then and now and max(now) < min(then):
        return None  # "slumped to 18.0 when it was floated in 1984" is no move from a 1987 figure
    return start


# The change's own verbs, and verbs that carry a level pointed at to a new one ("will take that to 4.2GW").
_CHANGE_VERBS = frozenset(w for v in (*CHANGE_UP, *CHANGE_DOWN) for w in v.split()) - {"up", "down", "higher", "lower"}
_CARRY = frozenset("""take takes took taking taken bring brings brought bringing push pushes pushed pushing put puts
putting""".split())
# Words that make the change a forecast or an expectation: "are forecast to fall", "is expected to rise", "will be".
_EXPECTED = frozenset("""forecast forecasted expected projected predicted estimated set due likely tipped to be
could may might should""".split())
_OBJECT_POINTERS = frozenset("that it this them those".split())


def _verb_of(toks: list[Token], end: int, cue: str) -> int | None:
    """Where the verb of a change ending at token ``end`` stands: its cue, or when the cue comes after the end
    ("fall to £19m, a drop of 44%") the last verb of change or of carrying before "to"."""
    at = next((i for i, t in enumerate(toks[:end]) if t.low == cue), None)
    if at is not None:
        return at
    if end < 2 or toks[end - 1].low != "to":
        return None
    return next((i for i in range(end - 2, -1, -1) if toks[i].q is None
                 and (toks[i].low in _CHANGE_VERBS or toks[i].low in _CARRY)), None)


def _points_by_object(toks: list[Token], at: int, end: int) -> bool:
    """'<verb> that to <level>', '<verb> the total to <level>': the verb's object points back."""
    if toks[at].low not in _CARRY and toks[at].low not in _CHANGE_VERBS or toks[end - 1].low != "to":
        return False
    obj = [t.low for t in toks[at + 1:end - 1]]
    return obj in ([w] for w in _OBJECT_POINTERS) or len(obj) == 2 and obj[0] in ("the", "its", "their") \
        and obj[1] in _MEASURE_NOUNS


_AIMED = frozenset("target targets targeted goal goals aim aims forecast forecasts projected budget budgeted plan planned".split())


def _years(article: Article, s: int) -> list[int]:
    """The years the dates of sentence s name."""
    return [int(str(q.value)[:4]) for q in article.in_sentence(s)
            if q.kind == "date" and str(q.value)[:4].isdigit()]


_TIME_WORDS = frozenset("""january february march april may june july august september october november december
spring summer autumn winter quarter week year month later then by in last this next since during over
first second third fourth half""".split())
