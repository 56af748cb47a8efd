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
  the single main reason, 46% named cost, 38% the commute and 24% childcare"; shares of one vote
  ("48.2% of the vote, ... 35.1% and ... 12.4%") or of a question some answer "undecided" / "did not know".
- a count split by place against the one count of that thing stated before (cue ``whole``; the
  list may leave places out, so the parts may only not pass it): "It trades from 131 stores in
  England, 28 in Scotland, 19 in Wales and 14 in Ireland" after "its 186 stores"; "1,400 people
  at Burton, 520 at Tadcaster and 380 at Alloa" after "employs 2,300 people"; two places when the whole's
  sentence names both ("a survey of 2,140 homes in Amble and Tolt" ... "1,260 homes in Amble and 880 in Tolt").

- parts of a whole the list's first clause names (cue ``whole``, ``complete`` on "the remaining N"):
  "Speeding accounted for 21,700 of the fines, red lights for 8,350 and the rest for the
  remaining 4,120" after "issued 34,170 traffic fines"; "the stands make up €410 million of the
  budget, the roof €230 million and the pitch €95 million" after "will cost €820 million"; two parts when the
  second clause only changes the first's place, its verb unsaid ("47 of the goals came at home and 41 on the
  road" after "scored 88 goals": the count written with the noun, not a bare figure beside it);
- a whole named as the subject and split (cue ``complete``): "The cost breaks down into £6.2 million
  ..., £1.8 million ... and £640,000 ..." after "will cost £8.64 million"; "The budget is split between";
- two parts that are the sides of one pair (cue ``complete``): "Of those, 731 were given the drug and
  719 a placebo"; "Of those who enrolled this year, 942 were women and 871 were men" (the count of
  those who enrolled, for that year, stated anywhere before).

The parts are the first figure of each listed clause ("61,900 are aged 18 to 64": the ages are
not parts), in the unit of the whole; a whole in the same sentence ("Of the 450 seats, ...") is
the parts-sum rule's reading and is left to it.

Refuses: a list of two parts with no remainder named (two figures may overlap: "800 are women and
600 work part-time"); a whole in the previous sentence that is not unique (two counts of
different sizes) or is an earlier level ("up from 88,700"); shares of a question whose answers
could be picked more than once ("could give several answers", "cited", "mentioned"); shares
that moved ("rose to 31%"); a split by place of a change ("opened 25 branches in England, ..."),
of two places the whole's sentence does not both name, or against a whole that is itself in one place or not
unique; a list one of whose
clauses lost its figure (two commas in one gap); a whole named by the first clause that is given in the
sentence ("30 of the 60 seats") or has two sizes before.
"""

from __future__ import annotations

from ..article import Article, Token, _singular, thing_of
from ..models import Quantity
from ..patterns import re
from . import claim, reader
from .rate import _earlier_level
from .wholes import _BASES

_POINTERS = frozenset({"those", "these", "them", "this", "that", "which", "whom"})
# "the remaining 6%" closes a list; "other parties 8%" may leave the undecided out.
_REST = frozenset({"remaining", "rest", "remainder", "balance"})
_EXCLUSIVE = ("main reason", "single main", "single biggest", "single most", "first choice", "top choice",
              "first preference", "preferred option", "only one", "one answer", "main concern", "chief reason")
# Shares of one choice each person makes once: a vote ("52.4% of the vote", "of votes cast", "of the ballots"),
# or a question whose answers include the undecided ("21% were undecided", "8% did not know").
_ONE_CHOICE = re.compile(r"\bof\s+(?:the\s+)?(?:popular\s+|valid\s+|first[- ]round\s+|total\s+)?(?:vote|votes|ballots)\b"
                         r"|\bvotes\s+cast\b|\b(?:were|was|are|remain|remained|is)\s+(?:still\s+)?(?:undecided|unsure)\b"
                         r"|\b(?:did\s+not|didn't|don't|do\s+not)\s+know\b|\bno\s+opinion\b")
_MULTIPLE = ("more than one", "several answers", "multiple answers", "all that apply", "could pick", "could choose",
             "could name", "could give", "could cite", "cited", "mentioned", "more than one answer")
_THRESHOLDS = re.compile(r"\b(?:over|more than|at least|or more|or longer|or older|longer than|above|upwards of)\b",
                         re.I)
_SEPARATORS = frozenset({",", "and", "with", "while", ";"})


def _parts(toks: list[Token], start: int, like) -> list[tuple[Quantity, int]]:
    """The first figure of each listed clause from token ``start`` on, while ``like`` holds."""
    parts: list[tuple[Quantity, int]] = []
    gap: list[str] = []
    ranged = False  # the last figure opened "between N and M": its "and" joins no clause
    for k in range(start, len(toks)):
        t = toks[k]
        if t.q is None:
            if t.text in (".", ";", ":", "(", ")"):
                break
            gap.append(t.low)
            continue
        if (ranged and gap == ["and"] or "between" in gap and gap[-1:] == ["and"] and "," not in gap) \
                and not like(t.q):
            ranged, gap = False, []
            continue  # "4,310 between three and nine months": the range's end, not a listed clause
        if not parts or _SEPARATORS & set(gap):
            if not like(t.q):
                break
            parts.append((t.q, k))
        ranged = k > 0 and toks[k - 1].low == "between"
        gap = []
    return parts


def lost_figure(toks: list[Token], ks: list[int]) -> bool:
    """A listed clause between two parts (at token indices ``ks``) has no figure of its own: two commas in one
    gap ("took 9, Velnor 7, Quistel five" with "Velnor 7" unread), so the list is not whole."""
    for a, b in zip(ks, ks[1:]):
        depth, commas = 0, 0
        for t in toks[a + 1:b]:
            depth += t.text == "("
            depth -= t.text == ")"
            commas += t.text == "," and depth <= 0
        if commas > 1:
            return True
    return False


def _closed(toks: list[Token], parts: list[tuple[Quantity, int]]) -> tuple[bool, bool]:
    """(the list ends on 'and <last>', the last part is named as the rest)."""
    if len(parts) < 2:
        return False, False
    between = [t.low for t in toks[parts[-2][1] + 1:parts[-1][1]]]
    return "and" in between or "with" in between, bool(_REST & set(between))


def _others_last(toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """The list's last clause names everything not listed before it: "... and other vessels for 98",
    "and all others 212", "with the others taking 40" (a list of counts or amounts, not shares)."""
    if len(parts) < 3:
        return False
    between = [t.low for t in toks[parts[-2][1] + 1:parts[-1][1]]]
    if "and" not in between:
        return False
    tail = between[len(between) - between[::-1].index("and"):]  # the words after the last "and"
    return bool({"other", "others"} & set(tail[:4]))


def _moved(article: Article, q: Quantity) -> bool:
    """q is a level of a change or an end of a range ("rose to 29%")."""
    memo = article.extraction.memo
    if "moved" not in memo:
        memo["moved"] = {qid for c in article.extraction.claims if c.kind in ("change", "range") for qid in c.quantities}
    return q.id in memo["moved"]


def _of_those(article: Article, index: int):
    """'Of those residents, A ..., B ... and C ...' after a sentence that names the whole; 'Of the
    year's output, the north pit produced 520,000 tonnes, the east 410,000 and the west 330,000' with
    the whole named by the opener's last word."""
    toks = article.tokens(index)
    words = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.q is not None:
            if t.q.kind == "date" and "," not in words:
                words.append(t.low)  # "Of those who enrolled this year, ...": the opener's time, not a part
                k += 1
                continue
            if not (k + 1 < len(toks) and toks[k + 1].text in ("'", "’")):
                break
            words.append(t.low)  # "the year's output", "2024's intake": a possessive, not a part
        else:
            words.append(t.low)
        k += 1
    else:
        return
    opener = [w for w in words if w not in (",", "\"", "“", "'", "’", "s")]
    if len(opener) >= 2 and (opener[1].endswith(("'s", "’s")) or words[2:3] in (["'"], ["’"])):
        opener[1] = "the"  # "Of last year's generation", "Of the port's containers": the whole is named
    if len(opener) < 2 or opener[0] not in ("of", "among") or opener[1] not in _POINTERS and opener[1] != "the":
        return
    first = toks[k].q
    if first.kind not in ("count", "measure", "money") or not isinstance(first.value, float) or index == 0:
        return
    parts = _parts(toks, k, lambda q: _like(first, q) or _paired_like(first, q))
    ends_with_and, rest = _closed(toks, parts)
    rest = rest or _others_last(toks, parts)
    paired = len(parts) == 2 and not rest and _complementary(toks, parts)
    if paired and not ends_with_and:
        ends_with_and = "while" in {t.low for t in toks[parts[0][1] + 1:parts[1][1]]}  # "604 are girls, while 576 are boys"
    if not ends_with_and or len(parts) < 3 and not rest and not paired:
        return
    if not paired and lost_figure(toks, [j for _, j in parts]):
        return  # a clause's figure went unread (a pair names one side in each clause, asides may hold commas)
    if len(_THRESHOLDS.findall(article.sentence_text(index))) > 1:
        return  # "18,400 have waited over a year, 9,100 over 18 months ...": nested groups, not parts
    if opener[1] == "the":
        if len(opener) < 3:
            return
        # "Of the year's output, ...": the one figure of output stated before (not "Of the patients
        # now waiting, ...", whose last word names no thing with a figure)
        phrase = words[:words.index(",")] if "," in words else []  # "Of the year's output," up to its comma
        phrase = [w for w in phrase if w.isalpha() and w != "s" or w.endswith(("'s", "’s"))]
        if len(phrase) < 3 and not (len(phrase) == 2 and phrase[0] == "of" and len(words) > 2):
            return
        wholes = _named_whole(article, index, phrase[-1], first)
        if len({o.value for o in wholes}) > 1:
            # "puts total outlays at €7.3 billion against income of €6.8 billion": the figure the noun
            # itself qualifies, when one value is so named
            # one value so named, and every other candidate with the noun nowhere near it ("total outlay of
            # £5.6bn, against total income of £5.9bn" names two totals: no whole)
            close = [o for o in wholes if phrase[-1] in article.words_before(o, 3)]
            if len({o.value for o in close}) == 1 and not any(
                    phrase[-1] in article.words_before(o, 4) for o in wholes if o.value != close[0].value):
                wholes = close
        if not wholes and first.kind == "count":
            wholes = _thing_said_in_list(article, index, toks, parts)
    elif first.kind != "count":
        return
    elif len(opener) > 3 and opener[2] in ("who", "that", "which"):
        wholes = _did_before(article, index, opener[3], parts)  # "Of those who enrolled this year, ..."
    else:
        noun = opener[2] if len(opener) > 2 else None
        biggest = max(float(q.value) for q, _ in parts)
        thing = _singular(noun) if noun else None
        wholes = [o for o in article.in_sentence(index - 1) if o.kind == "count" and isinstance(o.value, float)
                  and float(o.value) > biggest and not _earlier_level(article, o)
                  and not _COMPARED & set(article.words_before(o, 3))  # "lower than the 40,010 in May": a base
                  and (thing_of(o) is None or thing is None or thing_of(o) == thing)]
        if not wholes and thing and opener[1] in ("those", "these"):
            # "Of those buses, ..." paragraphs after "The fleet numbers 640 buses": the one count of buses before
            earlier = [o for o in article.counts_of(thing) if o.sentence < index and o.kind == "count"]
            if earlier and all(float(o.value) > biggest and not _earlier_level(article, o) for o in earlier):
                wholes = earlier
    if not wholes or len({o.value for o in wholes}) != 1:
        return
    banded = not rest and not paired and _bands_cover(toks, parts)
    roles = {"total": wholes[-1], **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="complete" if rest or paired or banded else "whole", sentence=index)


def _thing_said_in_list(article: Article, index: int, toks: list[Token], parts) -> list[Quantity]:
    """The whole of "Of the extra places, 410 go to trainee nurses, 260 to ... nurses and 95 ..." when the
    opener's noun names no figure: the one count in the sentence before, larger than every part, whose thing
    the list's own clauses name ("agreed to fund 760 nurses")."""
    biggest = max(float(q.value) for q, _ in parts)
    said = {_singular(t.low) for t in toks[parts[0][1]:] if t.q is None and t.is_word}
    wholes = [o for o in article.in_sentence(index - 1) if o.kind == "count" and isinstance(o.value, float)
              and float(o.value) > biggest and not _earlier_level(article, o) and not _moved_by(article, o)
              and not _COMPARED & set(article.words_before(o, 3))]
    if len(wholes) != 1 or not thing_of(wholes[0]) or _singular(thing_of(wholes[0])) not in said:
        return []
    return wholes


# Words before a figure that make it the other side of a comparison, not a whole: "below the 13,050 in March".
_COMPARED = frozenset({"than", "below", "above", "against", "versus"})
_NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_NUMBER_WORDS.update({"a": 1, "an": 1})
_BAND_NUMBER = re.compile(r"\b(\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
                          r"(?:\s+(years?|months?))?\b")
_TOP = re.compile(r"\b(?:more\s+than|over|longer\s+than|older\s+than|above|at\s+least)\s*$")
_TOP_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:more|longer|older|over|above)\b")
_BOTTOM = re.compile(r"\b(?:less\s+than|under|fewer\s+than|shorter\s+than|younger\s+than|below)\s*$")
_BOTTOM_AFTER = re.compile(r"^\s*(?:or|and)\s+(?:less|fewer|younger|under|below)\b")
_MIDDLE = re.compile(r"\b(?:between|from|aged)?\s*$")


def _band(text: str) -> tuple[str, float, float] | None:
    """The band a listed clause names after its part ("have waited more than a year", "between six and 12
    months", "aged 18 to 64", "65 or older"): ("top", edge, edge), ("bottom", edge, edge) or ("middle", low,
    high), edges in months when the clause gives years or months (a bare number takes the unit after it);
    None for a clause that names no band or more than one."""
    found = [(m, _NUMBER_WORDS.get(m.group(1), None)) for m in _BAND_NUMBER.finditer(text)]
    nums = []
    for m, word in found:
        value = float(word) if word is not None else float(m.group(1))
        if m.group(1) in ("a", "an") and not m.group(2):
            continue  # "a" that is no number
        nums.append((m, value))
    if not nums or len(nums) > 2:
        return None
    units = [m.group(2) for m, _ in nums]
    unit = next((u for u in reversed(units) if u), None)  # "between six and 12 months": both in months
    scale = 12.0 if unit and unit.startswith("year") else 1.0
    values = [v * scale for _, v in nums]
    first, last = nums[0][0], nums[-1][0]
    if len(nums) == 1:
        if _TOP.search(text[:first.start()]) or _TOP_AFTER.match(text[first.end():]):
            return "top", values[0], values[0]
        if _BOTTOM.search(text[:first.start()]) or _BOTTOM_AFTER.match(text[first.end():]):
            return "bottom", values[0], values[0]
        return None
    joint = text[first.end():last.start()].strip()
    if joint in ("and", "to", "-", "–") and values[0] < values[1] and not _TOP.search(text[:first.start()]) \
            and not _BOTTOM.search(text[:first.start()]):
        return "middle", values[0], values[1]
    return None


def _bands_cover(toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """The listed clauses name bands that cover every case between them: one open at the bottom ("less than
    six months", "under 18"), one open at the top ("more than a year", "65 or older") and those between
    ("between six and 12 months", "aged 18 to 64"), each starting where the one below ends (or at the
    next whole number). Groups so banded share out the whole: their parts must make it."""
    if len(parts) < 3:
        return False
    bands = []
    for n, (_, k) in enumerate(parts):
        end = parts[n + 1][1] if n + 1 < len(parts) else len(toks)
        words = [t.low for t in toks[k + 1:end] if t.q is None or t.q.kind == "duration" or t.q.kind == "count"]
        text = " ".join(t.text.lower() for t in toks[k + 1:end] if t.text not in (",", ".", ";"))
        text = re.sub(r"\s+and\s*$", "", text)
        if not words:
            return False
        band = _band(text)
        if band is None:
            return False
        bands.append(band)
    tops = [b for b in bands if b[0] == "top"]
    bottoms = [b for b in bands if b[0] == "bottom"]
    middles = sorted(b for b in bands if b[0] == "middle")
    if len(tops) != 1 or len(bottoms) != 1 or not middles:
        return False
    edges = [bottoms[0][2], *[e for b in middles for e in (b[1], b[2])], tops[0][1]]
    return all(b - a in (0.0, 1.0) for a, b in zip(edges[0::2], edges[1::2]))


# Two groups that share out a whole between them and cannot overlap: "942 were women and 871 were men";
# "731 were assigned to the drug and 719 to a placebo".
_PAIRS = (
    (frozenset({"men", "man", "male", "males"}), frozenset({"women", "woman", "female", "females"})),
    (frozenset({"boys", "boy"}), frozenset({"girls", "girl"})),
    (frozenset({"drug", "vaccine", "treatment"}), frozenset({"placebo", "dummy"})),
)


_PAIR_WORDS = frozenset(w for pair in _PAIRS for side in pair for w in side)


# Words that narrow one side of a pair to a group within it: "men over 60", "women who work part-time".
_NARROWING = frozenset("over under aged older younger than who whose with without also each".split())


def _paired_like(first: Quantity, q: Quantity) -> bool:
    """q counts one side of a pair ("2,300 men") after a bare count of the same list ("3,100 were women")."""
    return first.kind == "count" and q.kind == "count" and isinstance(q.value, float) \
        and thing_of(q) in _PAIR_WORDS and thing_of(first) in (None, *_PAIR_WORDS)


def _complementary(toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """The two listed parts name the two sides of one exclusive pair, one side in each clause."""
    (q0, k0), (q1, k1) = parts
    first = {t.low for t in toks[k0 + 1:k1] if t.is_word} | {thing_of(q0)} - {None}
    second = {thing_of(q1)} - {None}
    end = k1 + 1
    for t in toks[k1 + 1:]:
        if t.text in (",", ";", ".", ":"):
            break
        if t.is_word:
            second.add(t.low)
        end += 1
    if any(t.q is not None and t.q.kind != "date" for t in toks[k0 + 1:k1] + toks[k1 + 1:end]) \
            or (first | second) & _NARROWING:
        return False  # "500 were men over 60", "women aged 18 to 24": a side narrowed, no longer a whole side
    for a, b in _PAIRS:
        if (first & a and second & b and not first & b and not second & a) or \
                (first & b and second & a and not first & a and not second & b):
            return True
    return False


def _did_before(article: Article, index: int, verb: str, parts: list[tuple[Quantity, int]]) -> list[Quantity]:
    """The count of those who did what ``verb`` names, stated before sentence ``index`` for the parts' year:
    "1,813 pupils enrolled at the academy" for "Of those who enrolled this year" (not "the 1,690 who
    enrolled in 2021"); counts whose sentence names the verb's stem, larger than each part."""
    stem = verb[:max(4, len(verb) - 3)] if len(verb) > 5 else verb
    year = article.year_of(parts[0][0])
    biggest = max(float(q.value) for q, _ in parts)
    found = []
    for o in article.quantities:
        if o.sentence >= index:
            break
        if o.kind != "count" or not isinstance(o.value, float) or float(o.value) <= biggest \
                or _earlier_level(article, o) or _moved_by(article, o) or article.year_of(o) != year:
            continue
        words = re.findall(r"[a-z]+", article.sentence_text(o.sentence).lower())
        if any(w.startswith(stem) for w in words):
            found.append(o)
    return found


def _like(first: Quantity, q: Quantity) -> bool:
    """q is a part of the same list as first: a count of the same thing, or a figure in first's unit (a bare
    count after a measure, whose unit the list leaves unsaid: "520,000 tonnes, the east 410,000")."""
    if not isinstance(q.value, float):
        return False
    if first.kind == "count":
        return q.kind == "count" and q.unit == "count" and thing_of(q) in (None, thing_of(first))
    return q.unit == first.unit or q.unit == "count" and q.noun is None and thing_of(q) is None


def _named_whole(article: Article, index: int, noun: str, first: Quantity) -> list[Quantity]:
    """Figures in first's unit stated before sentence ``index`` in a sentence that names ``noun`` (not
    an earlier level, a change's size or a part), larger than first."""
    if len(noun) < 4 or not noun.isalpha():
        return []
    found = []
    for o in article.quantities:
        if o.sentence >= index or o.unit != first.unit or not isinstance(o.value, float) \
                or float(o.value) <= float(first.value) or _earlier_level(article, o) or _moved_by(article, o):
            continue
        said = {w.lower() for w in article.sentence_text(o.sentence).replace("’", "'").split()}
        said = {w.strip(".,;:()\"'") for w in said}
        if article.words_before(o, 2)[-2:] in (["compared", "with"], ["compared", "to"]) \
                or _COMPARED & set(article.words_before(o, 1)):
            continue  # "compared with 1,968 a year before": the other side of a comparison, no whole
        thing = thing_of(first) if first.kind == "count" else None
        # "1,027 vessels made the transit" counts what "402 transits" counts: the whole's sentence names the thing
        named = thing is not None and ({thing, thing + "s"} & {_singular(w) for w in said} or thing + "s" in said)
        if noun in said and (thing is None or thing_of(o) in (None, thing) or named):
            found.append(o)
    return found


def _moved_by(article: Article, q: Quantity) -> bool:
    """q is the start or the size of a change ('from 864,000', 'fell by 52,000')."""
    return bool(article.roles_of(q) & {("change", "from"), ("change", "by"), ("proportion", "part")})


def _shares(article: Article, index: int):
    """Shares of one whole: ending on 'the remaining N%', or answering one exclusive question."""
    if sum(1 for q in article.in_sentence(index) if q.unit == "percent") < 2:
        return  # a list of shares holds two percentages at least
    toks = article.tokens(index)
    text = article.sentence_text(index).lower()
    nxt = article.sentence_text(index + 1).lower() if index + 1 < len(article.sentences) else ""
    exclusive = (any(c in text for c in _EXCLUSIVE) or _ONE_CHOICE.search(text)) \
        and not any(c in text or c in nxt for c in _MULTIPLE)
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
    if rest and len(parts) >= 3 and not _share_before(article, index):
        yield claim("total", roles, cue="remaining", sentence=index)
    elif exclusive and len({article.year_of(q) for q, _ in parts if article.is_dated(q)}) <= 1 \
            and sum(1 for q in article.in_sentence(index) if q.kind == "date") <= 1:
        yield claim("total", roles, cue="exclusive", sentence=index)


def _share_before(article: Article, index: int) -> bool:
    """An earlier sentence of the paragraph states a percentage share that is no size of a change ("X holds
    24% of the market. The leader has 38%, the runner-up 27% and the remaining 11% ..."): the list may begin
    there, so its remainder need not close the shares of this sentence alone."""
    paragraph = article.paragraph(index)
    for j in range(index - 1, -1, -1):
        if article.paragraph(j) != paragraph:
            return False
        if any(q.unit == "percent" and ("change", "by") not in article.roles_of(q) for q in article.in_sentence(j)):
            return True
    return False


# A figure said to be the first of several is a sibling of those listed after it, not their whole: "Europe, the
# largest market, took 9,400 cars. North America accounted for 4,100, Asia for 2,600 and the rest ...".
_FIRST_AMONG = frozenset("largest biggest greatest highest most top leading busiest main chief dominant bulk "
                         "majority".split())
_PLACE_PREP = frozenset({"in", "at", "across"})
_ACTION = frozenset({"opened", "closed", "shut", "cut", "added", "lost", "sold", "bought", "built", "hired", "shed",
                     "axed", "open", "close", "closing", "opening", "cutting", "adding", "rose", "fell", "grew",
                     "increased", "decreased", "new", "more", "fewer", "extra", "planned", "plans", "will", "would"})


def _placed(toks: list[Token], k: int) -> bool:
    """The figure at token k is followed by 'in/at <Name>' ("28 in Scotland", "131 stores in England")."""
    j = k + 1
    if j < len(toks) and toks[j].q is None and toks[j].text[:1].islower() and toks[j].low not in _PLACE_PREP \
            and toks[j].low not in ("and", ","):
        j += 1  # the thing, when the extractor left it out of the figure
    return j + 1 < len(toks) and toks[j].low in _PLACE_PREP and toks[j + 1].q is None \
        and toks[j + 1].text[:1].isupper()


def _by_place(article: Article, index: int):
    """A count split by place, "trades from 131 stores in England, 28 in Scotland, 19 in Wales and 14
    in Ireland", against the one count of that thing stated before: the parts, all in named places,
    may not pass it (the list may leave places out)."""
    if index == 0 or sum(1 for q in article.in_sentence(index) if q.kind == "count") < 2:
        return  # two places at least, each with its count
    toks = article.tokens(index)
    start = next((k for k, t in enumerate(toks) if t.q is not None and t.q.kind == "count"
                  and isinstance(t.q.value, float) and thing_of(t.q)), None)
    if start is None or not _placed(toks, start):
        return
    first = toks[start].q
    if _ACTION & {t.low for t in toks[:start]}:
        return  # "opened 40 stores in England, ...": a change, not the standing split
    parts = _parts(toks, start, lambda q: _like(first, q))
    ends_with_and, _ = _closed(toks, parts)
    if len(parts) < 2 or not ends_with_and or not all(_placed(toks, k) for _, k in parts):
        return
    if any(t.q is not None and t.q.kind != "date" for t in toks[parts[-1][1] + 1:]) \
            or any(_moved(article, q) for q, _ in parts):
        return  # more figures after the list, or parts that moved: no plain split
    wholes = [o for o in article.counts_of(thing_of(first)) if o.sentence < index and isinstance(o.value, float)
              and o.kind == "count" and not _earlier_level(article, o) and not _moved_by(article, o)
              and (not _placed(article.tokens(o.sentence), article.token_index(o))  # "40 stores in Wales": a part,
                   or _names_places(article, o.sentence, toks, parts))]  # unless of all the places listed
    if not wholes or len({o.value for o in wholes}) != 1:
        return
    if len(parts) == 2 and not _names_places(article, wholes[-1].sentence, toks, parts):
        return  # "1,400 at Burton and 520 at Alloa" may leave other sites out unless the whole is of those two
    roles = {"total": wholes[-1], **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="whole", sentence=index)


def _names_places(article: Article, index: int, toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """Sentence ``index`` (the whole's) names each place the parts stand in: "a census of 3,260 farms in
    Amble and Tolt" for "1,940 in Amble and 1,320 in Tolt"."""
    said = set(re.findall(r"[A-Z][\w'’-]*", article.sentence_text(index)))
    for _, k in parts:
        j = next(j for j in range(k + 1, len(toks)) if toks[j].low in _PLACE_PREP)
        if toks[j + 1].text not in said:
            return False
    return True


# Words that make a count a bar to reach, not a whole to share out: "needs 44 seats for a majority".
_THRESHOLD_WORDS = frozenset("need needs needed require requires required majority target threshold".split())
# Words that join listed clauses, never the name of a holder: "..., independents two and ..."
_JOINS = frozenset({"and", "with", "while", "whereas", "but", "or", "then", "plus"})


def _by_holder(article: Article, index: int):
    """A count split among holders with the verb gapped, "the slate took five seats, independents two and
    the residents' group two" / "Ferrowby won 12 medals, Castray nine and Pelm four", against the one
    count of that thing stated before ("Eight seats were up for grabs"): the parts, each named by the
    holder right before its bare count, may not pass it (the list may leave holders out)."""
    if index == 0 or sum(1 for q in article.in_sentence(index) if q.kind == "count") < 3:
        return  # three holders at least, each with its count: no tokens made of the many sentences with fewer
    toks = article.tokens(index)
    start = next((k for k, t in enumerate(toks) if t.q is not None and t.q.kind == "count"
                  and isinstance(t.q.value, float) and thing_of(t.q)), None)
    if start is None:
        return
    first = toks[start].q
    parts = _parts(toks, start, lambda q: _like(first, q))
    ends_with_and, _ = _closed(toks, parts)
    if len(parts) < 3 or not ends_with_and or lost_figure(toks, [j for _, j in parts]):
        return
    for q, k in parts[1:]:
        if thing_of(q) is not None or not toks[k - 1].is_word or toks[k - 1].low in _JOINS \
                or toks[k - 1].low in _PLACE_PREP:
            return  # each later part a bare count right after its holder's name (the verb gapped)
    if all(_placed(toks, k) for _, k in parts) or any(_moved(article, q) for q, _ in parts):
        return  # a split by place is read above; parts that moved are no standing split
    if any(t.q is not None and t.q.kind == "count" for t in toks[parts[-1][1] + 1:]):
        return  # more counts after the list
    biggest = max(float(q.value) for q, _ in parts)
    wholes = [o for o in article.counts_of(thing_of(first)) if o.sentence < index and isinstance(o.value, float)
              and o.kind == "count" and not _earlier_level(article, o) and not _moved_by(article, o)]
    if not wholes or len({o.value for o in wholes}) != 1 or float(wholes[-1].value) < biggest:
        return
    whole = wholes[-1]
    if (article.is_dated(whole) or article.is_dated(first)) and article.year_of(whole) != article.year_of(first):
        return  # another year's count ("In 2019 the Tories won 365 seats, ...")
    if ("proportion", "whole") in article.roles_of(whole) or _THRESHOLD_WORDS & {
            *article.words_before(whole, 4), *article.words_after(whole, 4)}:
        return  # "won 33 of the 61 seats" is read as its own share-out; "needs 31 seats for a majority" is a bar
    roles = {"total": whole, **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="whole", sentence=index)


def _remaining_of_lede(article: Article, index: int):
    """Allocations of the article's one total, listed to the end: "Roads will get $10.4 million, schools
    $7.3 million, parks $1.9 million and libraries $1.1 million, with the remaining $3.3 million held in
    reserve" after "approved a $24 million budget" earlier in the opening paragraph. The list names its last part
    as the rest, so the parts must make the total: the one amount of their unit the first paragraph
    states as a level of its own (not a base compared with, "a 5% rise on last year's $19 million", a
    start or size of a change, nor a part).
    Refuses a sentence that states any other amount of the unit (its own whole, or a figure not listed), a
    list after a sentence between it and the total with an amount of the unit (the list may go on from it),
    a list with no named rest or of fewer than three parts, parts that moved, and a lede with two totals."""
    if index == 0 or len(article.in_sentence(index)) < 3:
        return  # three parts at least
    toks = article.tokens(index)
    start = next((k for k, t in enumerate(toks) if t.q is not None and t.q.kind in ("money", "measure", "count")
                  and isinstance(t.q.value, float)), None)
    if start is None:
        return
    first = toks[start].q
    parts = _parts(toks, start, lambda q: _like(first, q))
    ends_with_and, rest = _closed(toks, parts)
    if not rest or len(parts) < 3 or lost_figure(toks, [j for _, j in parts]) \
            or any(_moved(article, q) for q, _ in parts):
        return
    listed = {q.id for q, _ in parts}
    if any(q.id not in listed and q.unit == first.unit and q.kind != "date" for q in article.in_sentence(index)):
        return  # another figure of the unit in the sentence: its own whole, or a list with figures unread
    biggest = max(parts, key=lambda p: float(p[0].value))[0]
    lede = article.paragraph(0)
    wholes = [q for q in article.quantities if article.paragraph(q) == lede and q.sentence < index
              and _level_above(article, q, biggest) and not _earlier_level(article, q)
              and not _BASES & set(article.words_before(q, 4))]
    if not wholes or len({float(q.value) for q in wholes}) != 1 \
            or _FIRST_AMONG & set(re.findall(r"[a-z]+", article.sentence_text(wholes[0].sentence).lower())):
        return
    if any(q.unit == first.unit and q.kind != "date" for s in range(wholes[-1].sentence + 1, index)
           for q in article.in_sentence(s)):
        return  # "The fund remained the largest source, providing €61m. ..., with the remaining ...": the list
        # goes on from an earlier sentence, whose part it leaves out
    roles = {"total": wholes[0], **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="complete", sentence=index)


def _level_above(article: Article, q: Quantity, part: Quantity) -> bool:
    """q is an amount in part's unit, larger than it, a level of its own (no start or size of a change, no
    part, share or range end); a budget counts, as the whole a share-out of money divides."""
    if q.unit != part.unit or q.per != part.per or not isinstance(q.value, float) or q.kind == "date" \
            or float(q.value) <= float(part.value) or article.is_named_part(q):
        return False
    return not article.roles_of(q) & {("change", "from"), ("change", "by"), ("proportion", "part"),
                                      ("proportion", "share"), ("range", "low"), ("range", "high")}


_OWNERS = frozenset({"the", "its", "their", "his", "her", "this", "that", "our"})
# "The cost breaks down into ...", "The cost is split between ...": the subject is the whole, the list its parts
_SPLIT = re.compile(r"^\W*(?P<whole>(?:the|its|their|this|that)\s+(?:[a-z][a-z'’-]*\s+){0,3}?[a-z][a-z'’-]*)\s+"
                    r"(?:breaks?\s+down|broke\s+down|is\s+broken\s+down|was\s+broken\s+down|"
                    r"(?:is|was|will\s+be)\s+(?:split|divided|shared)|splits|divides)\s+"
                    r"(?:as|into|between|among|like\s+this)\s*:?\s*(?:follows\s*:\s*)?$", re.I)


# A whole a list shares out may be named by a word of a neighbouring measure: a project's budget is what it
# will cost ("will cost NOK 9.6 billion" ... "NOK 5.2 billion of the budget, ..."); tried only when the
# word itself names nothing.
_ALSO_NAMED = {"budget": ("cost",), "cost": ("budget",), "bill": ("budget",)}


def _whole_named_before(article: Article, index: int, description: str, parts: list[Quantity]) -> Quantity | None:
    """The one figure stated before sentence ``index`` that ``description`` names ("the fines" for "issued
    34,170 traffic fines"; "the bill" for "will cost £8.64 million"), in the parts' unit and larger than
    each of them; None when there is none or candidates differ."""
    first = parts[0]
    biggest = max(float(q.value) for q in parts)
    found = []
    for named in (description, *_ALSO_NAMED.get(description.split()[-1], ())):
        found = [q for q in article.wholes_named(named, first, at_least=biggest)
                 if q.sentence < index and not _moved_by(article, q) and not article.roles_in(q, ("range",))
                 and q.kind == first.kind]
        if found:
            break
    if not found or len({float(q.value) for q in found}) != 1:
        return None
    return found[-1]


def _listed_of_whole(article: Article, index: int):
    """Parts of a whole named in the list's first clause, the rest gapped: "Speeding accounted for 21,700
    of the fines, red lights for 8,350 and the rest for the remaining 4,120"; "pumps account
    for NOK 5.2 billion of the budget, pipes for NOK 2.9 billion and labour for NOK 1.5
    billion"; "the north district had 29 of the deaths, the coast 11 and the hills nine". The whole is the
    one figure named so before the sentence; the parts may not pass it, and must make it when the list ends
    on "the remaining N"."""
    toks = article.tokens(index)
    for k, t in enumerate(toks):
        q = t.q
        if q is None or q.kind not in ("count", "money", "measure") or not isinstance(q.value, float):
            continue
        after = toks[k + 1:k + 8]
        if len(after) < 3 or after[0].low != "of" or after[1].low not in _OWNERS:
            return  # only the list's first figure may name the whole
        words = []
        for u in after[1:]:
            if u.q is not None:
                return  # "29 of the 60 seats": the whole is in the sentence, another reading's
            if not u.is_word:
                break
            words.append(u.low)
        description = " ".join(words)
        parts = _parts(toks, k, lambda o: _like(q, o))
        ends_with_and, rest = _closed(toks, parts)
        if not ends_with_and or len(parts) < 3 and not rest and not _gapped_pair(toks, parts) or len(words) < 2 \
                or lost_figure(toks, [j for _, j in parts]):
            return
        if any(_moved(article, p) for p, _ in parts) or any(u.q is not None and u.q.kind == "date" for u in toks):
            return  # parts that moved, or of a date: no standing split
        whole = _whole_named_before(article, index, description, [p for p, _ in parts])
        if whole is None and len(parts) == 2:  # "57 of the wins came on ...": the words run on into the verb
            whole = _counted_before(article, index, words, [p for p, _ in parts])
        if whole is None:
            return
        roles = {"total": whole, **{f"part{n}": p for n, (p, _) in enumerate(parts, 1)}}
        yield claim("total", roles, cue="complete" if rest else "whole", sentence=index)
        return


_PREPOSITIONS = frozenset("in on at from for to into by through via across outside inside within under".split())


def _gapped_pair(toks: list[Token], parts: list[tuple[Quantity, int]]) -> bool:
    """Two parts whose second clause repeats the first's verb unsaid, only its place or means changed: "57 of
    the wins came on grass courts and 44 on clay", "410 of the loans went to farmers and 260 to traders".
    The clauses set one predicate against two places, so the parts cannot overlap; "800 of the staff are women
    and 600 part-time" has no such place and may."""
    if len(parts) != 2:
        return False
    (_, k0), (_, k1) = parts
    second = toks[k1 + 1:k1 + 2]
    if not second or second[0].low not in _PREPOSITIONS:
        return False
    first = [t for t in toks[k0 + 1:k1] if t.text != ","]
    if [t.low for t in first[-1:]] != ["and"] or any(t.q is not None for t in first):
        return False
    first = first[:-1]
    k = next((n for n, t in enumerate(first) if t.low == second[0].low or t.low in _PREPOSITIONS and n > 3), None)
    # the first clause: "of the <noun>", a verb, then a place of its own ("came on home ice")
    return k is not None and k >= 4 and any(t.is_word and t.low not in _OWNERS | _PREPOSITIONS for t in first[3:k])


def _counted_before(article: Article, index: int, words: list[str], parts: list[Quantity]) -> Quantity | None:
    """The one count before sentence ``index`` written with the noun that "<N> of the <noun> <verb> ..." names
    ("recorded 101 wins" for "57 of the wins came ..."), not a bare figure beside it ("and allowed 178");
    None unless exactly one value is so written."""
    biggest = max(float(q.value) for q in parts)
    for n in range(len(words) - 1, 1, -1):  # the longest run of the words that names a count
        noun = _singular(words[n - 1])
        found = [q for q in article.wholes_named(" ".join(words[:n]), parts[0], at_least=biggest)
                 if q.sentence < index and q.kind == "count" and thing_of(q) == noun
                 and not _moved_by(article, q) and not article.roles_in(q, ("range",))]
        if found:
            return found[-1] if len({float(q.value) for q in found}) == 1 else None
    return None


def _split_whole(article: Article, index: int):
    """A whole named as the subject and split in a list: "The cost breaks down into £6.2 million for the roof,
    £1.8 million for the lifts and £640,000 for scaffolding" after "will cost £8.64 million"; "The
    budget is split between ...". The list is complete, so the parts must make the whole."""
    toks = article.tokens(index)
    start = next((k for k, t in enumerate(toks) if t.q is not None), None)
    if start is None or index == 0:
        return
    m = _SPLIT.match(article.text[toks[0].start:toks[start].start])
    first = toks[start].q
    if not m or first.kind not in ("count", "money", "measure") or not isinstance(first.value, float):
        return
    parts = _parts(toks, start, lambda o: _like(first, o))
    ends_with_and, _ = _closed(toks, parts)
    if not ends_with_and or len(parts) < 2 or any(_moved(article, p) for p, _ in parts) \
            or lost_figure(toks, [j for _, j in parts]):
        return
    whole = _whole_named_before(article, index, m.group("whole"), [p for p, _ in parts])
    if whole is None:
        return
    roles = {"total": whole, **{f"part{n}": p for n, (p, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="complete", sentence=index)


# Collections and the things they hold: "the fleet of 12 turboprops, seven jets and five seaplanes" is a list
# of aircraft, whose number the article may give as "operates 23 aircraft" or "a fleet of 23".
_MEMBERS = {
    "fleet": frozenset("aircraft plane jet airliner vessel ship ferry boat bus coach train tram truck lorry vehicle "
                       "van car locomotive helicopter".split()),
    "herd": frozenset("cow cattle animal head".split()),
    "chain": frozenset("store shop outlet restaurant branch hotel".split()),
    "estate": frozenset("home house property dwelling".split()),
    "portfolio": frozenset("property building asset".split()),
    "squad": frozenset("player".split()),
}


def _collection_list(article: Article, index: int):
    """Counts listed as what a collection holds, "the present fleet of 9 turboprops, six jets and four
    seaplanes", against the one number of that collection stated elsewhere in the article ("operates 23
    aircraft", "a fleet of 23"): the parts may not pass it. Refuses a list of fewer than three, parts that
    moved, a collection counted with two sizes (another year's, or a plan's)."""
    first = next((q for q in article.in_sentence(index) if q.kind != "date"), None)
    if first is None or first.kind != "count" \
            or article.text[article.sentences[index][0]:first.span[0]].rstrip()[-2:].lower() != "of":
        return  # the first figure is no count after "of": no tokens made of a sentence that cannot hold the shape
    toks = article.tokens(index)
    k = next((j for j, t in enumerate(toks) if t.q is not None and t.q.kind != "date"), None)
    if k is None or k < 2 or toks[k].q.kind != "count" or not isinstance(toks[k].q.value, float) \
            or toks[k - 1].low != "of" or _singular(toks[k - 2].low) not in _MEMBERS:
        return
    noun = _singular(toks[k - 2].low)
    parts = _parts(toks, k, lambda q: q.kind == "count" and q.unit == "count" and isinstance(q.value, float))
    ends_with_and, _ = _closed(toks, parts)
    if len(parts) < 3 or not ends_with_and or lost_figure(toks, [j for _, j in parts]) \
            or any(_moved(article, q) for q, _ in parts):
        return
    biggest = max(float(q.value) for q, _ in parts)
    named = {q.id for q in article.counts_named(noun)}
    wholes = [q for q in article.quantities if q.sentence != index and q.kind == "count" and isinstance(q.value, float)
              and (q.id in named or thing_of(q) in _MEMBERS[noun]) and float(q.value) > biggest
              and not _earlier_level(article, q) and not _moved_by(article, q) and not article.is_named_part(q)
              and not article.is_aim(q) and not article.roles_in(q, ("range",))]
    if not wholes or len({float(q.value) for q in wholes}) != 1:
        return
    whole = wholes[0]
    if (article.is_dated(whole) or article.is_dated(parts[0][0])) and article.year_of(whole) != article.year_of(parts[0][0]):
        return  # "In 2015 it flew 30 aircraft": another year's fleet
    roles = {"total": whole, **{f"part{n}": q for n, (q, _) in enumerate(parts, 1)}}
    yield claim("total", roles, cue="whole", sentence=index)


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
        opener = article.sentence_text(index)[:6].lower()
        if opener.startswith(("of ", "among ", "\"of ", "“of ")):  # "Of those residents, ...", "Among them, ..."
            yield from _of_those(article, index)
        yield from _shares(article, index)
        yield from _by_place(article, index)
        yield from _by_holder(article, index)
        yield from _remaining_of_lede(article, index)
        yield from _collection_list(article, index)
        amounts = sum(1 for q in article.in_sentence(index) if q.kind in ("count", "money", "measure"))
        if amounts >= 2:  # a list of parts: no tokens made of sentences that cannot hold one
            yield from _listed_of_whole(article, index)
            yield from _split_whole(article, index)
