"""A change told with one end whose other end is the same measure stated in another sentence.

Shapes:
- a move and its start, the level it reached given elsewhere: "Wardens attended 2,310 call-outs" ...
  "The number of call-outs fell 12 per cent from 2,640 in 2023"; "expects 9,480 students this autumn"
  ... "Enrolment will drop by 600 students from last year's 10,080";
- a forecast of a measure against its latest figure given earlier: "operating profit rose 12% to 8.4
  billion kronor" ... "The group said operating profit will fall to 7.9 billion kronor";
- "The <change noun> of X" opening the sentence after a change between two levels: "down from 226,800
  tonnes" ... "The cut of 30,500 tonnes, or 13.4 per cent, ...";
- a speaker naming the change just told, by a verb of naming and a pointer: "slipped to 7.2% from 9.0%"
  ... "the board calls this a 1.8% decline" (a size in percent against two rates only in this shape);
- a change noun naming only its start, the level stated before: "collected $4.8 million in fees" ...
  "The collections marked a rise from the $4.1 million of 2022";
- a size set against last year, last year's figure in another sentence: "drew 41,300 visitors, a 9% rise
  on last year" ... "Last year's show drew 37,900".

Refuses: two candidate levels of different values; a candidate that is itself an earlier level (a
change's start), a part, or a size of a change; a level of another counted thing; a forecast for
another period ("first-half profit will fall to ...") or of a measure named differently; a change noun
whose subject is more than one word or shares no stem with the level's words; last year's sentence with two
figures of the order.
"""

from __future__ import annotations

from ..article import Article, thing_of
from ..models import Quantity
from ..patterns import re
from . import claim, reader

# Words that put a figure in the past: "2,640 in 2023", "last season's 3.7 million tonnes".
_EARLIER = frozenset("last previous prior earlier ago before former".split())
# Words of a forecast: "The group said operating profit will fall to ...", "expects revenue to fall to ...".
_FORECAST = frozenset("""forecast forecasts forecasting expects expected expect projects projected sees predicts
predicted guidance outlook would will""".split())
# Words of a target or a plan: such a figure is no level reached.
_AIMED = frozenset("goal goals target targets aim aims would could should plan plans planned".split())
# Words that end a sentence's subject: "Enrolment will drop", "The crop is up".
_VERBS_AFTER_SUBJECT = frozenset("is are was were will would has have had could may might should".split())
# Words before a rate or an average: "a ratio of 12 pupils", "an average of 40 call-outs".
_RATE_WORDS = frozenset("ratio average averaging averaged mean median typical".split())
# Words that name no measure before a modal: "said it would", "the company will".
_NOT_MEASURE = frozenset("""that it the its their this he she they we said says company group firm bank it's
also and but which who""".split())
# Periods a measure is told for; a forecast and a figure of different periods are different measures.
_PERIODS = frozenset("""quarter quarterly half first-half second-half half-year half-yearly interim month monthly
week weekly nine six three""".split())


# Words that make a change of a wider place than the one whose levels were told: "The national population rose".
_WIDER_SCOPE = frozenset("""national nationwide nationally country countrywide country's nation's statewide
state's provincial regional global worldwide world's federal""".split())


@reader("change-ends")
def read(article: Article):
    """The missing end of a one-ended change, where the same measure is stated once elsewhere.

    Covers "fell 12 per cent from 2,640 in 2023" with "attended 2,310 call-outs" in another paragraph,
    and "operating profit will fall to 7.9 billion kronor" after "operating profit rose 12% to 8.4
    billion kronor", and "The takings marked a drop from the €640,000" after "took in €588,000
    in takings". Refuses candidates of two values, earlier levels, parts, other things and other periods.
    """
    changes = [c for c in article.extraction.claims if c.kind == "change"]
    by_id = article.extraction.quantity
    for c in changes:
        roles = c.roles
        if "from" in roles and "by" in roles and "to" not in roles and _bare_subject(article, c):
            start = by_id(roles["from"])
            level = _level_elsewhere(article, start, by_id(roles["by"]))
            if level is not None:
                yield claim("change", {"from": start, "to": level, "by": by_id(roles["by"])}, cue=c.cue,
                            direction=c.direction, asserted=c.asserted, relative=c.relative, sentence=c.sentence)
        elif set(roles) == {"by"} and c.asserted:
            size = by_id(roles["by"])
            earlier = _told_before(article, c, size, changes)
            if earlier is not None and _WIDER_SCOPE & set(article.words_before(size, 8)) \
                    and not _WIDER_SCOPE & {t.low for t in article.tokens(earlier.sentence) if t.is_word}:
                earlier = None  # "Across the country the head count grew 4.1%" after the town's own rise: another measure
            if earlier is not None:
                yield claim("change", {"from": by_id(earlier.roles["from"]), "to": by_id(earlier.roles["to"]),
                                       "by": size}, cue=c.cue, direction=c.direction, asserted=c.asserted,
                            relative=c.relative, sentence=c.sentence)
        elif set(roles) == {"to"} and c.asserted:
            end = by_id(roles["to"])
            latest = _latest_before(article, end, changes, c.cue)
            if latest is not None:
                yield claim("change", {"from": latest, "to": end}, cue=c.cue, direction=c.direction,
                            asserted=c.asserted, sentence=c.sentence)
        elif set(roles) == {"to", "by"} and by_id(roles["by"]).unit in ("percent", "percentage_point") and c.asserted:
            start = None
            if by_id(roles["by"]).unit == "percent":
                start = _last_years_level(article, by_id(roles["to"]), by_id(roles["by"]))
            if start is None:
                start = _earlier_level(article, c, by_id(roles["to"]), by_id(roles["by"]))
            if start is not None:
                yield claim("change", {"from": start, "to": by_id(roles["to"]), "by": by_id(roles["by"])},
                            cue=c.cue, direction=c.direction, asserted=c.asserted, relative=by_id(roles["by"]).unit == "percent", sentence=c.sentence)
    yield from _noun_from_changes(article)


# Nouns of a change that may name its start alone: "marked a drop from the €640,000".
_CHANGE_NOUNS = {"decline": "down", "drop": "down", "fall": "down", "decrease": "down", "reduction": "down",
                 "dip": "down", "slide": "down", "slump": "down", "rise": "up", "increase": "up", "gain": "up",
                 "jump": "up", "climb": "up", "improvement": "up", "growth": "up", "recovery": "up"}


def _noun_from_changes(article: Article):
    """'The takings marked a drop from the €640,000 taken in 2022' with '€588,000 in
    takings' stated before: a change noun whose only figure is its start, in a sentence whose subject
    is a bare measure, reaching the one level of that measure stated elsewhere, whose words share the
    subject's stem ("collected" for "collections")."""
    linked = {qid for c in article.extraction.claims if c.kind in ("change", "range") for qid in c.quantities}
    for q in article.quantities:
        if q.id in linked or q.kind not in ("money", "count", "measure") or not isinstance(q.value, float) \
                or q.qualifier in ("lower", "upper"):
            continue
        before = article.words_before(q, 4)
        while before and before[-1] in ("the", "its", "their", "last", "year's", "year", "s"):
            before.pop()
        if len(before) < 3 or before[-1] != "from" or before[-2] not in _CHANGE_NOUNS or before[-3] not in ("a", "an"):
            continue
        if any(x.id != q.id and x.unit == q.unit for x in article.in_sentence(q.sentence)):
            continue  # another figure of the unit here may be the level
        toks = article.tokens(q.sentence)[:article.token_index(q)]
        if any(t.q is not None and t.q.kind != "date" for t in toks):
            continue
        words = [t.low for t in toks if t.is_word]
        while words and words[-1] in ("the", "its", "their", "last", "year's", "year", "s"):
            words.pop()
        words = [w for w in words if w not in ("the", "its", "their", "this", "that", "total", "overall")]
        # "Collections marked a decline from": one bare word, a joining verb, the change noun
        if len(words) != 5 or words[1] not in _LINK_VERBS or words[2:] != before[-3:]:
            continue
        subject = words[:1]
        stem = subject[0][:max(4, len(subject[0]) - 5)]  # "landings" and "landed", "collections" and "collected"
        level = _level_elsewhere(article, q, q)
        if level is None or len(subject[0]) < 5 or level.sentence > q.sentence:
            continue
        near = article.words_before(level, 5) + article.words_after(level, 3)
        if not any(w.startswith(stem) for w in near):
            continue
        word = before[-2]
        yield claim("change", {"from": q, "to": level}, cue=word, direction=_CHANGE_NOUNS[word],
                    asserted=[(word, _CHANGE_NOUNS[word])], sentence=q.sentence)


# Verbs that join a subject to "a decline from ...": "marked", "was", "represents".
_LINK_VERBS = frozenset("marked marks was is were are represented represents showed shows meant means".split())


# Words after a change's size that set it against last year's figure: "a 9% rise on last year".
_ON_LAST_YEAR = re.compile(r"^\s*(?:on|over|from|than|against|compared\s+with|compared\s+to|versus|vs\.?)\s+"
                           r"(?:last\s+year|the\s+previous\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|ago|"
                           r"before))\b", re.I)
_LAST_YEAR_WORDS = re.compile(r"\b(?:last\s+year|previous\s+year|prior\s+year|year\s+before|a\s+year\s+"
                              r"(?:earlier|ago|before))\b", re.I)


def _last_years_level(article: Article, level: Quantity, size: Quantity) -> Quantity | None:
    """'sold 41,300 tickets, a 9% rise on last year' with "Last year's show sold 37,900" in another
    sentence: the one figure of the level's unit and order in a sentence that names last year (or the
    year before), in a sentence other than the level's."""
    after = article.after(size, 60)
    if not _ON_LAST_YEAR.match(after) and not _ON_LAST_YEAR.match(re.sub(r"^\s*[a-z]+", "", after)):
        return None  # "12% jump on last year": the change noun, then the year it is set against
    if level.unit in ("percent", "percentage_point", "basis_point") or not isinstance(level.value, float):
        return None
    found = []
    for q in article.quantities:
        if q.sentence == level.sentence or q.unit != level.unit or q.per != level.per or q.kind == "date" \
                or not isinstance(q.value, float) or q.qualifier in ("lower", "upper") or not _same_order(q, level):
            continue
        if level.unit == "count" and thing_of(q) and thing_of(level) and thing_of(q) != thing_of(level):
            continue
        if not _LAST_YEAR_WORDS.search(article.sentence_text(q.sentence)):
            continue
        if article.roles_of(q) & {("change", "by"), ("proportion", "part"), ("proportion", "share"),
                                  ("range", "low"), ("range", "high")}:
            continue
        found.append(q)
    if len({q.sentence for q in found}) != 1 or len({float(q.value) for q in found}) != 1:
        return None
    # the sentence holds no other figure of the unit: which one is last year's is then plain
    same = [q for q in article.in_sentence(found[0].sentence) if q.unit == level.unit and q.kind != "date"
            and _same_order(q, level)]
    return found[0] if len(same) == 1 else None


# Words between a measure and its change's verb, or before the measure: "revenue had risen", "This year output".
_AUXILIARIES = frozenset("has have had was were is are also then since".split())
_SUBJECT_STOP = frozenset("""the its their this that these those year years month week quarter and but while said
says a an total overall company group firm it they he she we which who""".split())


def _earlier_level(article: Article, c, level: Quantity, size: Quantity) -> Quantity | None:
    """'This year operating profit fell 13% to $17.4m' after 'In 2024 the group reported operating profit of
    $20.0m': the change's measure, named by the words just before its verb, stated once with an earlier
    year in an earlier sentence; that figure is the change's start.

    Refuses: a measure of more than one value in the earlier years, or named with other words; a sentence of
    that figure holding another of its unit; a change whose own clause names no later year than the figure's;
    a rate ('%') whose move is a percent (points move rates); a period (quarter, half) named on one side only."""
    rate = size.unit == "percentage_point"
    if level.unit != "percent" if rate else level.unit in ("percent", "percentage_point", "basis_point"):
        return None  # a rate moves by points; a percent move of a rate is ambiguous
    if not isinstance(level.value, float) or level.qualifier in ("lower", "upper"):
        return None
    toks = article.tokens(c.sentence)
    k = next((j for j, t in enumerate(toks) if t.is_word and t.low == (c.cue or "").lower()), None)
    if k is None or k >= article.token_index(size):
        return None
    words = []
    for t in reversed(toks[:k]):
        if t.q is not None or not t.is_word:
            break
        if not words and (t.low in _AUXILIARIES or (c.cue or "").lower() in ("up", "down") and t.low.endswith("ed")):
            continue  # "output had fallen", "the rate edged up"
        if t.low in _SUBJECT_STOP or t.text[:1].isupper() and t.low not in MEASURES and len(words) > 0:
            break
        words.insert(0, t.low)
    if not words or len(words) > 3:
        return None
    if rate:
        if words[-1] != "rate" or len(words) < 2:
            return None  # "the jobless rate": a rate is named by what it is a rate of
    elif not (set(words) & MEASURES or thing_of(level) and _singular(words[-1]) == _singular(thing_of(level))
              or len(words) == 1 and len(words[0]) > 5):
        return None
    phrase = " ".join(words)
    now = article.clause_time(level) or str(article.year_of(level) or "")
    if not now:
        return None
    clause_words = {t.low for t in toks if t.is_word}
    found = []
    for q in article.quantities:
        if q.sentence >= c.sentence:
            break
        if q.unit != level.unit or q.per != level.per or q.kind == "date" or not isinstance(q.value, float) \
                or q.qualifier in ("lower", "upper") or not (rate or _same_order(q, level)):
            continue
        if level.unit == "count" and thing_of(q) != thing_of(level):
            continue
        before = [t.low for t in article.tokens(q.sentence)[:article.token_index(q)] if t.is_word]
        if phrase not in " ".join(before[-6:]):
            continue
        then = article.clause_time(q) or str(article.year_of(q) or "")
        if not (then and then[:4] < now[:4] or _LAST_YEAR_WORDS.search(article.sentence_text(q.sentence))
                and not _LAST_YEAR_WORDS.search(article.sentence_text(c.sentence))):
            continue
        if (_PERIODS & set(before)) != (_PERIODS & clause_words):
            continue  # a quarter's figure is no start of the year's change
        if article.roles_of(q) & {("change", "by"), ("proportion", "part"), ("proportion", "share"),
                                  ("range", "low"), ("range", "high")} or article.is_named_part(q):
            continue
        found.append(q)
    if len({float(q.value) for q in found}) != 1 or len({q.sentence for q in found}) != 1:
        return None
    same = [q for q in article.in_sentence(found[0].sentence) if q.unit == level.unit and q.kind != "date"
            and (rate or _same_order(q, level))]
    return found[0] if len(same) == 1 else None


def _bare_subject(article: Article, c) -> bool:
    """The change's sentence opens on its measure alone: "Enrolment will drop", "The crop is up", "The
    number of call-outs, by contrast, fell"; a measure narrowed by other words ("Guided walks", "Spending
    on ferries", "The number of dogs in foster care") may be a part of the level stated elsewhere, not the
    same measure."""
    words = []
    for t in article.tokens(c.sentence):
        if t.q is not None or not t.is_word or t.low in _VERBS_AFTER_SUBJECT or t.low == (c.cue or "").lower():
            break
        words.append(t.low)
    words = [w for w in words if w not in ("the", "its", "their", "total", "overall")]
    return len(words) == 1 or len(words) == 3 and words[:2] == ["number", "of"]


def _told_before(article: Article, c, size: Quantity, changes):
    """'The cut of 400 tonnes, or 8 per cent, follows ...' opening the sentence after '4,600 tonnes next
    year, down from 5,000 tonnes': the one complete change of the sentence before, in the size's unit
    (or any unit, for a percent)."""
    toks = [t for t in article.tokens(size.sentence)[:article.token_index(size)]]
    words = [t.low for t in toks if t.is_word]
    named = _named_as(words)
    if not named and (len(words) > 4 or not words or words[0] not in ("the", "that", "this")
                      or (c.cue or "").lower() not in words):
        return None
    if c.sentence == 0:
        return None
    found = [o for o in _complete_by_sentence(article, changes).get(c.sentence - 1, [])]
    by_id = article.extraction.quantity
    # a size in percent against two rates is read only when pointed at ("calls this a 1.8% decline"): whether
    # it is meant in percent or in points is then the rule's question
    found = [o for o in found if size.unit in ("percent", "fraction") and (named or by_id(o.roles["to"]).unit != "percent")
             or by_id(o.roles["to"]).unit == size.unit]
    return found[0] if len(found) == 1 else None


# Verbs by which a speaker names what was just told: "the board calls this a 1.8% decline".
_NAMING = frozenset("""describe describes described call calls called hail hails hailed tout touts touted bill bills
billed label labels labelled labeled present presents presented characterise characterises characterised
characterize characterizes characterized portray portrays portrayed term terms termed dub dubs dubbed""".split())


def _named_as(words: list[str]) -> bool:
    """Whether the words before a size end in a naming verb, a pointer to what was just told and "a"
    ("calls this a", "described it as a", "hails that as an")."""
    if words[-1:] not in (["a"], ["an"]):
        return False
    rest = words[:-1]
    if rest[-1:] == ["as"]:
        rest = rest[:-1]
    return len(rest) >= 2 and rest[-1] in ("that", "this", "it") and rest[-2] in _NAMING


def _complete_by_sentence(article: Article, changes) -> dict[int, list]:
    """The changes with both ends, by sentence (built once per article)."""
    memo = article.extraction.memo
    if "complete_changes" not in memo:
        index: dict[int, list] = {}
        for o in changes:
            if {"from", "to"} <= set(o.roles):
                index.setdefault(o.sentence, []).append(o)
        memo["complete_changes"] = index
    return memo["complete_changes"]


def _level_elsewhere(article: Article, start: Quantity, size: Quantity) -> Quantity | None:
    """The one present level of start's measure in another sentence, or None."""
    if start.unit in ("percent", "percentage_point", "basis_point"):
        return None  # rates: an article gives many of one unit, and which one a move reached is not for us to guess
    if size.unit == "count" and not thing_of(size):
        return None  # "out with 12 still wanted from nine deliveries": a bare count is no size we can place
    if any(q.unit == start.unit and q.id not in (start.id, size.id) and isinstance(q.value, float)
           and _same_order(q, start) for q in article.in_sentence(start.sentence)):
        return None  # "fell to 8.1 million tonnes, down 3% from 8.35 million tonnes": the level is here
    said = {_singular(t.low) for t in article.tokens(start.sentence) if t.is_word}
    said |= {thing_of(x) for x in article.in_sentence(start.sentence)} - {None}  # "by 600 students"
    thing = thing_of(start) or (thing_of(size) if size.unit == start.unit else None)
    subject = _subject_of(article, start.sentence)
    found = []
    for q in article.quantities:
        if q.sentence == start.sentence or q.unit != start.unit or q.per != start.per or q.kind == "date" \
                or not isinstance(q.value, float) or q.qualifier in ("lower", "upper"):
            continue
        other = thing_of(q)
        if q.unit == "count":
            if not other or (thing and other != thing) or other not in said:
                continue  # "2,310 call-outs" for "The number of call-outs ... from 2,640"
        elif other and thing and other != thing:
            continue
        roles = article.roles_of(q)
        if roles & {("change", "from"), ("change", "by"), ("proportion", "part"), ("proportion", "share"),
                    ("range", "low"), ("range", "high")} or article.is_named_part(q):
            continue
        back, ahead = article.words_near(q, 8, 3)
        if _EARLIER & set(back[-4:] + ahead) or _dated_before(article, q, start):
            continue
        if not _names_subject(back[-5:], subject):
            continue  # "Profit was $9.4m." is no level of "Revenue is up 5% from $10m"
        if _AIMED & set(back):
            continue  # "a 2035 goal that would mean about 5 million tonnes": a target
        if _RATE_WORDS & set(back[-3:]) or ahead[:1] in (["per"], ["each"]):
            continue  # "a ratio of 12 pupils per teacher": a rate, not the level
        if not _same_order(q, start):
            continue  # "an average yield of 8 tonnes" beside a crop of 4.2 million tonnes: another measure
        found.append(q)
    found = _latest(article, found)
    values = {float(q.value) for q in found}
    return found[0] if len(values) == 1 else None


def _latest(article: Article, found: list[Quantity]) -> list[Quantity]:
    """Of candidates told for different years, those of the latest ('more than 12,000 pupils in 2011'
    is no level of now); a figure with no year of its own is of the publication's."""
    now = str(article.published.year) if article.published else "9999"
    year = {q.id: (article.clause_time(q) or now)[:4] for q in found}
    latest = max(year.values(), default=None)
    return [q for q in found if year[q.id] == latest]


def _same_order(a: Quantity, b: Quantity) -> bool:
    """Figures of one order of size (within a factor of three): a level and the start it moved from."""
    x, y = abs(float(a.value)), abs(float(b.value))
    return x > 0 and y > 0 and max(x, y) <= 3 * min(x, y)


def _dated_before(article: Article, q: Quantity, start: Quantity) -> bool:
    """q's clause names a year no later than the start's ('2,640 in 2023' is no level of 2024)."""
    mine, theirs = article.clause_time(q), article.clause_time(start)
    return bool(mine and theirs and mine[:4] <= theirs[:4])


def _latest_before(article: Article, end: Quantity, changes, cue: str | None) -> Quantity | None:
    """For a forecast ('operating profit will fall to 7.9 billion kronor'), the level the same measure last reached:
    the end of the latest complete change before it whose sentence names the measure with the same words."""
    words = [t.low for t in article.tokens(end.sentence)[:article.token_index(end)] if t.is_word]
    if not _FORECAST & set(words):
        return None
    subject = _subject_words(words, (cue or '').lower())
    if not subject:
        return None
    found = []
    for c in changes:
        if "to" not in c.roles or c.sentence >= end.sentence:
            continue
        level = article.extraction.quantity(c.roles["to"])
        if level.unit != end.unit or level.per != end.per or level.sentence == end.sentence:
            continue
        before = [t.low for t in article.tokens(level.sentence)[:article.token_index(level)] if t.is_word]
        if " ".join(subject) not in " ".join(before) or _FORECAST & set(before):
            continue
        if (_PERIODS & set(before)) != (_PERIODS & set(words)):
            continue  # a quarter's figure is no base for the year's forecast
        found.append(level)
    if not found:
        return None
    last = max(found, key=lambda q: q.span)
    return last if len({float(q.value) for q in found if q.sentence == last.sentence}) == 1 else None


def _subject_words(words: list[str], cue: str | None) -> list[str]:
    """The measure a forecast names: the two words before its modal ('net profit' of 'that net profit would
    slip to'), or after 'expects' ('expects revenue to fall to')."""
    for k, w in enumerate(words):
        if w in ("would", "will") and k >= 2 and words[k - 1] not in _FORECAST and k + 1 < len(words) \
                and words[k + 1] == cue:
            subject = [x for x in words[k - 2:k] if x not in _NOT_MEASURE]
            return subject if len(subject) == 2 or subject and len(subject[0]) > 5 else []
    return []


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# Nouns that name a measure: a level said of one of them is no level of another.
MEASURES = frozenset("""revenue revenues sales profit profits income earnings costs cost spending budget exports
imports output turnover debt deficit surplus price prices wages pay investment subsidy subsidies fees rent rents
bill bills receipts takings payroll""".split())


def _subject_of(article: Article, sentence: int) -> str | None:
    """The first common word of a sentence after its determiners ('revenue' of 'The revenue is up')."""
    for t in article.tokens(sentence):
        if t.q is not None or not t.is_word:
            return None
        if t.low not in ("the", "its", "their", "total", "overall", "this", "that"):
            return t.low
    return None


def _names_subject(words: list[str], subject: str | None) -> bool:
    """Whether the words before a level leave it a level of the subject: they name no measure, or the
    subject's own."""
    named = {w.rstrip("s") for w in words if w in MEASURES}
    return not named or subject is not None and subject.rstrip("s") in named
