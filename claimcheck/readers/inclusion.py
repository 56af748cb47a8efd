"""Inclusion: a value said to lie within (or outside, above, below) a range of the same measure.

Shapes, each with an example:

- the value, a linking verb or a date, the cue and a range written out after it:
  "output of 880,000 tonnes was within the range of 900,000 to 950,000 tonnes";
  "will grow by 2.1% next year, within the 1.4%-1.9% forecast range";
  "inflation came in at 3.4%, well inside its target of between 2% and 3%";
- the same, with the range named by a noun and stated in one of the ten sentences before:
  "keep speeds between 25 and 32 km/h. Sensors recorded an average of 34 km/h in February,
  within the target band" (a word of the naming phrase must stand in the range's sentence);
- the value stated in an earlier sentence, named here by its subject: "The index fell 3.1% to
  2,418.6 points ... the index was still within the 2,450-2,700 range" (the one level of that
  subject, not the start of a change, of the range's unit);
- the value followed by a relative clause that places it: "recovered 31% of its costs as
  overheads, which it described as within the 25 to 30 per cent band"; "a rate of 3.4%, which
  officials said was inside the band";
- a pointer to the level a change reached in the sentence before, by a verb that places it: "cut
  the capacity to 18,500 ... That still leaves the stadium within the 20,000 to 25,000 seats";
  "The rate rose to 4.6%. This puts it above the 2-3% band";
- a range said to hold every figure of a measure, and a figure of that measure after it (cue "one
  of"): "Tolls range from €2 for cars to €9 for lorries" ... "the €12 toll he paid" (named by the
  same noun, in that paragraph or the next); "Pass rates at every school stayed within a band of 61%
  to 78%. ... the best figure in the county, 83%" (called the best figure, next sentence);
- a set counted whose members' readings a range holds, and its extreme member pointed back at (cue "one
  of"): "The valley's six weather stations recorded maxima between 41.2 and 44.9 degrees" ... "the coolest
  of them at 40.8 degrees"; "All nine bids came in between $4.1m and $5.3m. The lowest of the nine ...";
- a range named in other words just before ("the grant pays for between 12 and 15 wardens" ...
  "within the funded range"): the one range of the two sentences before, for a definite name;
- a bare low end borrowing the high end's unit ("between 1,900 and 2,100 megawatts"), a cue that
  opens a quotation ('which she said was "comfortably inside the range'), a name by its owner ("the
  board's range");
- a value in an opening "with" phrase: "With 19 inspectors now working, we are well within the
  funded range" (one figure in the phrase, a short subject and a linking verb before the cue);
- a result named by its noun ("the figure", "the outcome") after a sentence giving the figure beside a sum of
  another scale ("sold at $6,420 a square metre, or $2.91 million") or set against another figure ("41.2%
  ..., against 12.5% on the dummy pill"): the figure of the range's scale that is no other side; a result
  that names a measure of its own ("the Sunday peak", "the August low") found by that noun however far back;
- a range named by whose it is, in a short clause after its noun ("in the bracket Hale describes": Hale
  stands in the range's sentence), or by its source ("consistent with the poll": the one range of the value's
  unit whose sentence names the poll); a definite name ("the published spread") for the one range stated or
  named by a cue in the two sentences before;
- the value before the cue past a time phrase and a participle ("averaged 385 so far, holding inside"), or
  before a comma the cue's place opens as its apposition ("rose by 7.8%, the top of the announced spread");
- cues: "within", "inside", "in line with", "in keeping with", "consistent with", "in the middle of", a place
  in it after "at", "towards", "near" or "in" ("at the top of", "towards the lower end of", "in the upper half
  of"), plain "in" before a range noun ("in the bracket"), and the negatives "outside", "above", "below".

A placing verb may stand in any form ("puts", "bringing the trust inside", "lifting the group above").

Refuses: plain "in" before a time or a document ("in the forecast period"); "the top of" with no comma
before it; a source named whose sentence holds no range, or two; a placing verb whose object names another measure ("rose to 4.1%, pushing wage growth above the
band"); a "with" phrase of two figures or one followed by another clause; "within 10 km of the coast" and "within two days" (a distance or a span, no range);
"within budget" (no figures); a range of another unit than the value ("34 km/h, within the
2-3% band"); a figure of another clause ("unemployment of 4.1% kept wage growth within the 2-3%
band": a verb and a noun stand between them); an anaphor with two candidate ranges before it; for
a range over a set, a range that may be the set's sum ("40 firms employ between 10,000 and 12,000 people"),
a member not pointed back at as the extreme ("Tarlo sizzled at 46.3 degrees"), a figure in the range's own sentence ("smartcard holders pay Rs 9"), a change or
a plan ("the top toll will rise to €12"), a figure of another noun, or one two paragraphs on; for a result
named by its noun, two figures of the range's scale before it, and for "the peak", a noun met before two.
"""

from __future__ import annotations

from ..article import _SUPERLATIVE, Token, family, thing_of
from ..patterns import re
from . import claim, reader

# Where in a range a value is said to stand ("at the top of", "towards the bottom of"): each says it is inside.
_PLACES = (("top",), ("bottom",), ("upper", "end"), ("lower", "end"), ("high", "end"), ("low", "end"),
           ("upper", "half"), ("lower", "half"), ("top", "end"), ("bottom", "end"))
CUES = (
    ("in", "line", "with"), ("in", "keeping", "with"), ("consistent", "with"), ("in", "the", "middle", "of"),
    *(("at", "the", *place, "of") for place in _PLACES),
    *((near, "the", *place, "of") for place in _PLACES for near in ("toward", "towards", "near", "in")),
    ("within",), ("inside",), ("outside",), ("above",), ("below",), ("in",),
    *(("the", *place, "of") for place in _PLACES),  # after a comma: "rose 27%, the top of the forecast range"
)
# The nouns of a range plain "in" may name ("in the bracket the manager describes", "in the 4-6% band"): "in the
# forecast" or "in the window" are more often a time or a document than a place in a range.
_IN_NOUNS = frozenset("range band bracket corridor spread".split())
_IN_DETERMINERS = frozenset("the that this its their his her our".split())
# The word of each cue no ordinary sentence lacks less often than "in" or "at": a prefilter.
_CUE_WORDS = frozenset(cue[-2] if len(cue) > 1 else cue[0] for cue in CUES)
_CUES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _cue in CUES:
    _CUES_BY_FIRST.setdefault(_cue[0], []).append(_cue)
# Words that may stand between the cue and the range: determiners, names, the range's own nouns.
RANGE_NOUNS = frozenset("""range ranges band bands target targets corridor bracket brackets forecast forecasts guidance
window zone estimate estimates projection projections prediction predictions spread expectations envelope interval
bounds consensus outlook""".split())
_BRIDGE = frozenset("""the its their his her our a an this that these those of between from""".split())
# Words that may stand between the value and the cue: a linking verb, adverbs, a time.
_LINK = frozenset("""is was were are be been being remains remained remain stays stayed stay sits sat sit lies
lay lie came comes come in on at for still well comfortably squarely firmly safely right just again now
therefore thus also far holding held sitting staying remaining lying landing fell falls fall falling this next last year month week quarter half first second third fourth the so far morning afternoon evening early late
night day weekend landed lands land finished finishes ended ends settled settles already we it they which that
season spring summer autumn winter decade period term campaign harvest average overall total altogether
""".split())
_MODALS = frozenset("would could should might may must will can shall".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split())
# Words that tie a change's size to the level it reached: "a gain of 2.7 points that puts it inside".
_SIZE_LINK = frozenset("""that which and putting leaving taking bringing""".split())
_POINTING = frozenset({"that", "this", "such"})
_NOT_A_RANGE = frozenset("""budget reach sight hours days weeks months years minutes seconds limits miles
metres meters feet yards kilometres kilometers distance""".split())
# Words after a range noun that lead on to its figures: "the range of 2-3%", "its target of between".
_RANGE_GOES_ON = frozenset("of between from at".split())
_NOUN_BACK = 30  # ... and one whose sentence calls it by the same range noun ("a band that ...")
_NAMED_BACK = 10  # sentences before a cue in which a range it names by a word may be stated
_POINTED_BACK = 6
_DEFINITE = frozenset("the its their his her our".split())
_DEFINITE_BACK = 2  # ... and one named by a definite noun whose words its sentence lacks  # ... and one it points at ("that range") with no word of its own
_MAX_BRIDGE = 8
_MAX_LINK = 5


@reader("inclusion")
def read(article):
    """A value said to lie within a range ("880,000 tonnes was within the range of 900,000 to
    950,000 tonnes"; "34 km/h ..., within the target band" set the sentence before; "the index was
    still within the 2,450-2,700 range" with its level given earlier) or outside, above or below one.

    Refuses "within 10 km of", "within two days", "within budget" (no range), a range of another
    unit, a figure of another clause, and an anaphor with more than one range it may name.
    """
    ranges = [c for c in article.extraction.claims if c.kind == "range"]
    by_low = {c.roles.get("low"): c for c in ranges}
    cited: dict[str, int] = {}  # a range's low end -> the last sentence a cue named it in
    for s in article.sentences_with(_CUE_WORDS) if ranges else ():  # a cue points at a range the linker read
        toks = article.tokens(s)
        for k, cue in _cues(toks):
            found = _range_after(article, toks, k + len(cue), by_low, ranges, s, cited)
            if found is None:
                continue
            low, high = found
            value = _value_before(article, toks, k, low, high) or _value_described(article, toks, k, low, high) \
                or _value_by_relative(article, toks, k, low, high) \
                or _value_by_subject(article, toks, k, low, high) \
                or _value_by_anaphor(article, toks, k, low, s, high) or _value_opening(article, toks, k, low, high) \
                or _value_by_result(article, toks, k, low, high, s) or _value_by_with(article, toks, k, low, high)
            if value is None:
                continue
            cited[low.id] = s
            said = ("at", *cue) if cue[0] == "the" else cue  # "27%, the top of the range" is at its top
            yield claim("inclusion", {"value": value, "low": low, "high": high}, cue=" ".join(said), sentence=s)
    yield from _held_by_set_ranges(article, ranges)


def _cues(toks: list[Token]):
    for k, t in enumerate(toks):
        for cue in _CUES_BY_FIRST.get(t.low, ()) if t.q is None else ():
            # "half" of "in the upper half of" may have been read as a fraction
            if tuple(x.low for x in toks[k:k + len(cue)]) == cue and all(
                    x.q is None or x.low == "half" for x in toks[k:k + len(cue)]):
                if cue == ("in",) and not _in_a_range(toks, k + 1) or cue[0] == "the" and (k == 0 or toks[k - 1].text != ","):
                    break
                yield k, cue
                break


def _in_a_range(toks: list[Token], k: int) -> bool:
    """Plain "in" places a value in a range only before a determiner and a range noun, with at most two words
    between: "in the bracket", "in that budgeted band", "in the 4-6% range"."""
    if k >= len(toks) or toks[k].low not in _IN_DETERMINERS:
        return False
    for t in toks[k + 1:k + 4]:
        if t.low in _IN_NOUNS:
            return True
        if not t.is_word and t.q is None and t.text != "-":
            return False
    return False


def _range_after(article, toks, k, by_low, ranges, s, cited):
    """The range the cue at k points at: written out after it, or named and stated just before."""
    words: list[str] = []
    content = 0
    tail: set[str] = set()
    for i, t in enumerate(toks[k:], k):
        if t.q is not None:
            c = by_low.get(t.q.id)
            if c is None:
                return None  # "within 10 km of", "within two days"
            return article.extraction.quantity(c.roles["low"]), article.extraction.quantity(c.roles["high"])
        if not t.is_word:
            if t.text in ("'", "’", "-"):
                continue
            break
        w = re.sub(r"['’]s$", "", t.low).strip("'’")  # "the board's range", "inside the band'"
        if words and words[-1] in RANGE_NOUNS | _SOURCE_NOUNS and w not in RANGE_NOUNS and w not in _RANGE_GOES_ON:
            tail = _owner_after(toks, i)
            break  # "inside the corridor fixed by statute": what follows the noun describes it, no figures
        if w in _NOT_A_RANGE:
            return None  # "within budget", "within reach", "within hours"
        if w not in _BRIDGE and w not in RANGE_NOUNS and not t.text[:1].isupper() and w != "s":
            content += 1  # "the central bank's target of": a few words may describe the range
        words.append(w)
        if content > 3 or len(words) > _MAX_BRIDGE:
            return None
    if not any(w in RANGE_NOUNS for w in words):
        if any(w in _SOURCE_NOUNS for w in words):
            # "consistent with the poll": the one range whose sentence says what gave it, nothing by default,
            # of the unit of a figure before the cue ("polling on Saturday" may name a range of days as well)
            figures = [t.q for t in toks[:k] if t.q is not None and t.q.kind != "date"]
            named = [c for c in _by_name(article, ranges, s, toks[k].start, set(words) | tail)
                     if any(_fits(article, q, *_ends(article, c)) for q in figures)]
            return _only(article, named)
        return None
    return _named_range(article, ranges, s, toks[k].start, set(words), tail, cited)


# Nouns of what gives a range ("consistent with the poll", "in line with the survey"): a range is meant only
# when its own sentence names that source.
_SOURCE_NOUNS = frozenset("poll polls polling survey surveys study studies model models modelling".split())
_MAX_OWNER = 3


def _owner_after(toks: list[Token], k: int) -> set[str]:
    """The names in a short clause after a range noun that say whose range it is: "the bracket Hale describes",
    "the band the Fed set" (Hale, Fed); a name is a capitalised word."""
    names: set[str] = set()
    for t in toks[k:k + _MAX_OWNER]:
        if not t.is_word or t.q is not None:
            break
        if t.text[:1].isupper():
            names.add(re.sub(r"['’]s$", "", t.low))
    return names


def _by_name(article, ranges, s, at, words):
    """The ranges stated in the ten sentences before s (or earlier in s, before ``at``) whose sentence holds a
    word of the name."""
    near = [c for c in ranges if s - _NAMED_BACK <= c.sentence <= s and c.span[1] <= at]
    name = {_kin(w) for w in words - _BRIDGE}  # "the forecast range": forecast, range
    return [c for c in near if name & {_kin(w) for w in _words(article.sentence_text(c.sentence))}]


def _named_range(article, ranges, s, at, words, owner=frozenset(), cited=None):
    """The one range stated in the ten sentences before s (or earlier in s, before ``at``) whose
    sentence holds a word of the name ("forecasters expected" for "the forecast range") or the name of
    its owner ("the bracket Hale describes"), or, when the name has no word of its own and points back
    ("that range", "the band"... with "that"), the one range of the six sentences before."""
    near = [c for c in ranges if s - _NAMED_BACK <= c.sentence <= s and c.span[1] <= at]
    named = _by_name(article, ranges, s, at, words | owner)
    if not named and not words & _POINTING and words & _DEFINITE and words & RANGE_NOUNS:
        # "within the funded range", "inside its target band" after a range stated just before in other
        # words ("the grant pays for between 12 and 15 wardens"): the one range of the sentences just before,
        # stated there or named there by a cue ("... within the regulator's band. ... the top of the spread")
        named = [c for c in near if max(c.sentence, (cited or {}).get(c.roles["low"], -1)) >= s - _DEFINITE_BACK]
        if not named:
            named = _far_by_noun(article, ranges, s, words)
        return _only(article, named)
    if not named and words & _POINTING:
        same = [c for c in near if c.sentence == s]
        # "expected 30 to 35 per cent, and said the result landed inside that window": the range just
        # before in the cue's own sentence is the one pointed at; else the one range just before
        named = same[-1:] if same else [c for c in near if c.sentence >= s - _POINTED_BACK]
    return _only(article, named)


def _far_by_noun(article, ranges, s, words):
    """Ranges stated farther back (up to _NOUN_BACK sentences, none named nearer) whose own sentence calls
    them by the cue's range noun: "limits rents to between $300 and $340, a corridor that ..." ... many
    paragraphs on, "lies inside the corridor fixed by statute"."""
    nouns = {_kin(w) for w in words & RANGE_NOUNS}
    if any(c.sentence < s and s - _NAMED_BACK <= c.sentence for c in ranges):
        return []  # a range nearer, named otherwise: which one is meant is unknown
    far = [c for c in ranges if s - _NOUN_BACK <= c.sentence < s - _NAMED_BACK]
    return [c for c in far if nouns & {_kin(w) for w in _words(article.sentence_text(c.sentence))}]


def _ends(article, c):
    return article.extraction.quantity(c.roles["low"]), article.extraction.quantity(c.roles["high"])


def _only(article, named):
    if len(named) != 1:
        return None  # none named, or two: which one is meant is unknown
    c = named[0]
    return article.extraction.quantity(c.roles["low"]), article.extraction.quantity(c.roles["high"])


def _same_unit(article, q, end) -> bool:
    """q may be set against a range end: one unit, or q a rate per thing and the range its bare figures
    ("27.4 goals per club ..., within the 22-to-25 band")."""
    if article.same_unit(q, end):
        return True
    return bool(q.per) and end.per is None and article.same_unit(q.model_copy(update={"per": None}), end)


def _fits(article, q, low, high=None) -> bool:
    """q may be set against the range low..high: of the low end's unit, or, when the low end is a bare
    number that borrows its unit from the high end ("between 1,900 and 2,100 megawatts"), of the high
    end's."""
    if _same_unit(article, q, low):
        return True
    return high is not None and low.unit == "count" and not low.noun and _same_unit(article, q, high)


# Words of one meaning in naming a range: "the treasury's projected range" is the one its "forecasts" gave.
_KIN = {w: "forecast" for w in """forecast forecasts forecasted forecasting projected projection projections projects
predicted prediction predictions predicts outlook""".split()}


def _kin(word: str) -> str:
    """A word's stem, or the one word its group of synonyms goes by."""
    return _KIN.get(word) or family(word)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _value_before(article, toks, k, low, high=None):
    """The figure the cue is said of, standing just before it in its clause; "a gain of 2.7 points
    that puts the agency inside the band" reaches back over a placing verb and its object."""
    gap = 0
    after_value = False  # whether the one word that is no link stands right after the value
    unlinked = 0  # words that are no link: allowed only as the object of a placing verb ("puts the agency")
    per = {i + d for i in range(k - 1) if toks[i].low in ("per", "every") and toks[i + 1].is_word for d in (0, 1)}
    # "NZ$2.75 per litre-day": the rest of a hyphened unit glued to the value is the value's own
    per |= {i + d for i in range(1, k - 1) if toks[i].text == "-" and toks[i - 1].q is not None
            and toks[i - 1].end == toks[i].start == toks[i + 1].start - 1 and toks[i + 1].is_word for d in (0, 1)}
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if j in per:
            continue  # "27.4 goals per club, within ...": the value's own rate phrase
        if t.q is not None:
            if t.q.kind == "date":
                continue
            if unlinked and not (unlinked == 1 and after_value):
                return None  # "38 beds open on Friday, within": one word may describe the value
            if _fits(article, t.q, low, high):
                return t.q
            return _level_of_size(article, t.q, low)
        if not t.is_word:
            if t.text in (",", "'", "’"):
                continue
            return None
        if _puts(t.low) and unlinked <= 3:
            # "a gain ... that puts the agency inside": the object is the level's owner; "4.1% kept wage
            # growth within": the object is what is placed, and the figure is of something else
            if not (t.low.endswith("ing") or j > 0 and toks[j - 1].low in ("that", "which")):
                return None
            if _places_a_measure(toks, j, k):
                return None
            unlinked = 0
        elif t.low in _LINK or t.low in _SIZE_LINK or t.low in _WEEKDAYS:
            after_value = False
        else:
            unlinked += 1
            after_value = j > 0 and toks[j - 1].q is not None and t.low not in _HYPOTHETICAL | _MODALS
            if unlinked > 3:
                return None
        gap += 1
        if gap > _MAX_LINK + 4:
            return None
    return None


# Prepositions that open a phrase telling what a figure is for: "£5,100 a week for a bed in a private unit".
_DESCRIBING = frozenset("for per of on in at".split())
# Words that make the phrase a clause of its own, no longer the figure's description.
_CLAUSAL = frozenset("which that who where when and but while whereas as than".split())
_MAX_DESCRIPTION = 10


def _value_described(article, toks, k, low, high=None):
    """'pays £5,100 a week for a bed in a private unit, at the lower end of the £5,400 to £6,800 range'; 'a
    fee of 9% on every sale, well above the 2-3% band': the figure a comma before the cue closes the
    description of, when that description opens on a preposition right after the figure and holds no clause
    of its own."""
    j = k - 1
    while j >= 0 and toks[j].low in _ADVERBS:
        j -= 1
    if j < 1 or toks[j].text != ",":
        return None
    words = 0
    for i in range(j - 1, -1, -1):
        t = toks[i]
        if t.q is not None:
            if t.q.kind == "date" or words == 0 or toks[i + 1].low not in _DESCRIBING:
                return None
            return t.q if _fits(article, t.q, low, high) else None
        if t.text in ("'", "’", "-"):
            continue
        if not t.is_word or t.low in _CLAUSAL or t.low in _BE or t.low in _MODALS:
            return None
        words += 1
        if words > _MAX_DESCRIPTION:
            return None
    return None


# Verbs by which a relative clause places the value it follows: "27%, which it described as within".
_CALLING = frozenset("""described describes describe called calls call considered considers deemed deems judged
judges regard regarded regards put puts counted counts termed terms characterised characterized reckoned""".split())
_SAYING = frozenset("said says say argued argues claimed claims insisted insists noted notes".split())
_BE = frozenset("is was are were remains remained lay lies sat sits".split())
_QUOTES = frozenset('"“”\'‘’')
_ADVERBS = frozenset("well comfortably squarely firmly safely still just right broadly".split())


def _value_by_relative(article, toks, k, low, high=None):
    """'recovered 27% of costs as overheads, which it described as within the 20-25% range'; 'a rate of
    3.4%, which officials said was inside the band': the figure the relative clause before the cue is
    about, the nearest before its comma in the range's unit."""
    j = k - 1
    while j >= 0 and (toks[j].low in _ADVERBS or toks[j].text in _QUOTES):
        j -= 1  # 'which she said was "comfortably inside': a quotation may open before the cue
    if j >= 0 and toks[j].low == "as":
        j -= 1
    if j >= 0 and toks[j].low in _BE and j > 0 and toks[j - 1].low in _SAYING:
        j -= 2  # "which it said was inside"
    elif j >= 0 and toks[j].low in _CALLING:
        j -= 1
    else:
        return None
    start = j
    while j >= 0 and start - j < 3 and toks[j].is_word and toks[j].low not in ("which", "that"):
        j -= 1  # the speaker: "it", "the board", "officials"
    if j < 1 or toks[j].low not in ("which", "that") or toks[j - 1].text != ",":
        return None
    words = 0
    for i in range(j - 2, -1, -1):
        t = toks[i]
        if t.q is not None:
            if t.q.kind == "date":
                continue
            return t.q if _fits(article, t.q, low, high) else None
        if not t.is_word or words >= 8:
            return None  # another clause, or too far to be the phrase's own figure
        words += 1
    return None


# Verbs that place a level somewhere, in every form: "puts it above", "bringing the trust inside", "lifting
# the group above".
_PLACING = frozenset("""put puts putting keep keeps kept keeping leave leaves left leaving place places placed placing
bring brings brought bringing take takes took taking push pushes pushed pushing lift lifts lifted lifting move moves
moved moving send sends sent sending pull pulls pulled pulling drag drags dragged dragging""".split())
# Nouns of a measure: as the object of a placing verb they are what is placed, another figure than the one
# before them ("rose to 4.1%, pushing wage growth above the band").
_MEASURE_OBJECTS = frozenset("""growth inflation rate rates level levels total totals figure figures price prices wage
wages pay earnings sales revenue revenues output demand supply spending costs cost debt deficit unemployment
joblessness turnout share shares index yield yields count tally average ratio margin margins balance""".split())


def _puts(word: str) -> bool:
    """'puts', 'bringing', 'leaves': a verb that places a level somewhere."""
    return word in _PLACING


def _places_a_measure(toks, verb: int, cue: int) -> bool:
    """Whether a placing verb's object, between it and the cue, names a measure of its own ("pushing wage growth
    above"), not the owner of the level ("bringing the trust inside", "lifting Maldrith above", "puts it")."""
    return any(t.is_word and t.low in _MEASURE_OBJECTS for t in toks[verb + 1:cue])


def _level_of_size(article, size, low):
    """'rose to 81.6% from 78.9%, a gain of 2.7 points that puts it inside the band': the level the size
    moved to, when the figure before the cue is the size of a change in the range's unit."""
    for c in article.extraction.claims:
        if c.kind == "change" and c.roles.get("by") == size.id and "to" in c.roles:
            level = article.extraction.quantity(c.roles["to"])
            return level if _same_unit(article, level, low) else None
    return None


def _value_by_subject(article, toks, k, low, high):
    """'the index was still within ...': the one level of that subject stated earlier."""
    start = max((j + 1 for j in range(k) if toks[j].text in (".", ";", ":", "!", "?")), default=0)
    clause = toks[start:k]  # a segment may hold two sentences ("in January. Analysts said...")
    before = [t for t in clause if t.is_word]
    while before and before[-1].low in _LINK:
        before.pop()
    if not before or any(t.q is not None and t.q.kind != "date" for t in clause):
        return None
    noun = before[-1].low
    if noun in _BRIDGE or len(noun) < 3:
        return None
    kin = family(noun)
    # "the provincial fine": a word between the determiner and the noun tells this one from others of its
    # noun, and must be said with the figure
    marks: set[str] = set()
    for t in reversed(before[-4:-1]):
        if t.low in _BRIDGE:
            break
        if t.low.isalpha() and not t.text[:1].isupper():
            marks.add(t.low)
    else:
        marks = set()
    changes = [c for c in article.extraction.claims if c.kind in ("change", "range")]
    taken = {c.roles.get(r) for c in changes for r in ("from", "by", "low", "high")}
    found = []
    for q in article.nearby(low):
        if q.span[0] >= toks[k].start or q.id in taken or q.kind == "date" or q in (low, high):
            continue
        if not _fits(article, q, low, high) or thing_of(q) == noun:
            continue  # "the 30 index" counts the subject, it is no level of it
        if kin not in {family(w) for w in _words(article.before(q, 60))}:
            continue  # "fined the company $64,000" is a level of "the fine"
        if marks and not {family(w) for w in marks} & {family(w) for w in _words(article.before(q, 30) + " "
                                                                                  + article.after(q, 30))}:
            continue  # "the air fine" is not "$2.3 million on the water charge"
        if not float(low.value) / 2 <= float(q.value) <= float(high.value) * 2:
            continue  # a figure of another size is another measure of the subject
        found.append(q)
    owner = _result_owner(article, toks, toks.index(before[-1]), low)
    if owner is not None:  # "Its final tally": the figure said of whose projection the range was
        found = [q for q in found if owner & {w.lower() for w in _WORD.findall(article.before(q, 80))}]
    values = {float(q.value) for q in found}
    return found[-1] if len(values) == 1 else None


def _value_by_anaphor(article, toks, k, low, s, high=None):
    """'That still leaves the stadium within the 20,000 to 25,000 seats' after 'cut the capacity to
    18,500': the sentence opens on a pointer and a verb that places a level, and points at the one level
    a change reached in the sentence before (or the one before it, when that holds no figure in the
    range's unit), in the range's unit."""
    clause = [t for t in toks[:k] if t.is_word]
    if s == 0 or not clause or clause[0].low not in ("that", "this") or any(t.q is not None for t in toks[:k]):
        return None
    if not any(_puts(t.low) for t in clause[1:4]):
        return None
    ends = {c.roles["to"] for c in article.extraction.claims if c.kind == "change" and "to" in c.roles}
    for back in (s - 1, s - 2):  # the sentence before, or the one before it if that holds no such figure
        if back < 0:
            return None
        alike = [q for q in article.in_sentence(back) if _fits(article, q, low, high)]
        if not alike:
            continue
        said = [q for q in article.in_sentence(back) if q.kind != "date"]
        restated = {b.id for a, b in zip(said, said[1:]) if a.id in ends and _RESTATING.fullmatch(
            article.extraction.document.text[a.span[1]:b.span[0]])}
        # "rose to 3,480 unsold flats, or 7.5 months of sales": the level restated in the range's unit
        levels = [q for q in alike if q.id in ends or q.id in restated]
        return levels[0] if len(levels) == 1 else None
    return None


# The level's own noun, then ", or": "3,480 unsold flats, or 7.5 months of sales".
_RESTATING = re.compile(r"(?:\s*[A-Za-z-]+){0,3}\s*,\s*(?:or|about|roughly|some|nearly|almost|around)\s+(?:about\s+|roughly\s+|some\s+|nearly\s+)?",
                        re.I)


# -- a range said to hold every figure of a measure, and a figure of that measure stated after it -------
_RANGE_VERBS = frozenset("range ranges ranged ranging vary varies varied varying span spans spanned".split())
_EVERY = frozenset("every each all".split())
_HOLDING = frozenset("inside within between".split())
_FIGURE_WORDS = frozenset("figure rate reading level result score number".split())
_EXTREMES = frozenset("best highest top lowest worst biggest largest smallest strongest weakest".split())
_HEAD_ENDS = frozenset("at across in of for on from".split())
_HYPOTHETICAL = frozenset("will would could might may proposed planned plans due expected if".split())


def _held_by_set_ranges(article, ranges):
    """"Tolls range from €2 for cars to €9 for lorries" ... "the €12 toll he paid": a range said to hold every figure of a measure ("<things> range from A to B",
    "<rates> at every school stayed within a band of A to B"), and a figure of that measure stated after
    it: named by the same noun in that paragraph or the next, or called "the best figure" in the next
    sentence. Figures in the range's own sentence (a discount, a cap), changes and plans are passed over."""
    found = [(c.sentence, article.extraction.quantity(c.roles["low"]), article.extraction.quantity(c.roles["high"]))
             for c in ranges if c.roles.get("low") and c.roles.get("high")]
    found += list(_ranges_with_asides(article))
    for s, low, high in found:
        noun = _set_noun(article, s, low)
        counted = _counted_set(article, s, low) if noun is None else None
        if noun is None and counted is None:
            continue
        for q in article.quantities:
            if q.sentence <= s or article.paragraph(q.sentence) > article.paragraph(s) + 1 or q in (low, high):
                continue
            if not _same_unit(article, q, low) or article.roles_in(q) & {"from", "to", "by", "low", "high"}:
                continue
            if set(article.words_before(q, 8)) & _HYPOTHETICAL or article.clause_time(q) not in (None,
                                                                                            article.clause_time(low)):
                continue
            if counted is not None:  # a set counted: only its extreme member, pointed back at, is read
                if _extreme_of(article, q, s, counted):
                    yield claim("inclusion", {"value": q, "low": low, "high": high}, cue="one of", sentence=q.sentence)
                continue
            named = noun in {_singular(w) for w in article.words_after(q, 3)} or \
                article.words_before(q, 2)[-2:] == [noun, "of"]
            called = q.sentence == s + 1 and article.paragraph(q.sentence) == article.paragraph(s) and \
                set(article.words_before(q, 6)) & _EXTREMES and set(article.words_before(q, 6)) & _FIGURE_WORDS
            if named or called:
                yield claim("inclusion", {"value": q, "low": low, "high": high}, cue="one of", sentence=q.sentence)


def _ranges_with_asides(article):
    """"range from €2 for a car with two axles to €9 for lorries": the ends of a
    range with a few words on each, which the sentence linker does not pair."""
    for s in article.sentences_with(frozenset(_RANGE_VERBS)):
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            if t.low not in _RANGE_VERBS or k + 2 >= len(toks) or toks[k + 1].low != "from" or toks[k + 2].q is None:
                continue
            low = toks[k + 2].q
            for j in range(k + 3, min(k + 14, len(toks) - 1)):
                if toks[j].text in (",", ";", ":", "."):
                    break
                if toks[j].low == "to" and toks[j + 1].q is not None and _same_unit(article, toks[j + 1].q, low) \
                        and not any(x.q is not None and _same_unit(article, x.q, low) for x in toks[k + 3:j]):
                    yield s, low, toks[j + 1].q
                    break


def _set_noun(article, s, low) -> str | None:
    """What a range holds every figure of: "Tolls range from" -> "toll"; "Pass rates at every school
    stayed within a band of" -> "rate". None unless a range verb or "every" with "inside" says so."""
    toks = article.tokens(s)
    k = article.token_index(low)
    clause = []
    for t in reversed(toks[:k]):
        if t.text in (";", ":") or t.q is not None:
            break
        if t.is_word:
            clause.append(t)
    clause.reverse()
    words = [t.low for t in clause]
    if not (set(words) & _RANGE_VERBS or set(words) & _EVERY and set(words) & _HOLDING):
        return None
    verb = next((i for i, w in enumerate(words) if w in _RANGE_VERBS | _HOLDING), len(words))
    cut = next((i for i, w in enumerate(words[:verb]) if w in _HEAD_ENDS), verb)  # "Tolls on the new road range"
    head = words[cut - 1] if cut > 0 else None
    if head is None or not head.endswith("s") or head.endswith("ss") or head in _EVERY:
        return None  # a plural noun heads the clause: "tolls", "pass rates"
    return _singular(head)


# Plural nouns of what each member of a set reads ("six stations recorded maxima between"), as against a sum
# of them ("40 firms employ between 10,000 and 12,000 people").
_READINGS = frozenset("""maxima minima highs lows readings temperatures levels rates prices scores results marks
times values figures fees rents yields fares tariffs""".split())
_ALL = frozenset("all each every both".split())
_POINTERS = frozenset("them those these".split())


def _counted_set(article, s, low):
    """The count of a set whose members' readings the range holds: "The valley's six weather stations recorded
    maxima between A and B" (a noun of readings), "Prices at the 14 stalls ranged from A to B" (a range verb),
    "All nine bids came in between A and B" ("all" before the count). None for a range that may be the
    set's sum ("40 firms employ between A and B people")."""
    toks = article.tokens(s)
    k = article.token_index(low)
    j = k - 1
    words = []
    while j >= 0 and toks[j].q is None and toks[j].text not in (";", ":", ",", "."):
        if toks[j].is_word:
            words.append(toks[j].low)
        j -= 1
    if j < 0 or toks[j].q is None:
        return None
    count = toks[j].q
    if count.kind != "count" or not count.noun or not isinstance(count.value, float) or count.value < 2:
        return None
    if not words or words[0] not in ("between", "from"):
        return None
    before = {t.low for t in toks[max(0, j - 2):j] if t.is_word}
    if not (set(words) & (_RANGE_VERBS | _READINGS) or before & _ALL):
        return None
    return count


def _extreme_of(article, q, s, count) -> bool:
    """Whether q is told as the extreme member of the counted set: "the coolest of them at 40.8 degrees" (the
    sentence after), "The lowest of the nine, ..., was $3.9m", "the fullest of the reservoirs" (the paragraph)."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    start = max(0, k - 12)
    for j in range(k - 1, start, -1):
        if toks[j].text in (";", ":"):
            return False
        if not (toks[j].is_word and _SUPERLATIVE.fullmatch(toks[j].low)) or j + 2 >= k or toks[j + 1].low != "of":
            continue
        rest = toks[j + 2:j + 4]
        if rest[0].low in _POINTERS:
            return q.sentence == s + 1
        if rest[0].low not in ("the", "its", "their", "all") or len(rest) < 2:
            return False
        t = rest[1]
        if t.q is not None:
            return t.q.value == count.value
        return t.is_word and _singular(t.low) == count.noun.split()[-1].lower()
    return False


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# -- a value that opens its sentence as the subject of the cue's verb ----------------------------------
_OPENERS = frozenset("the a an its their this that our".split())
_LANDING = frozenset("""fell falls fall came comes come was is were are landed lands stayed stays remained remains
lay lies sat sits ended ends finished finishes settled settles arrived arrives proved proves turned turns
""".split())
_MAX_SUBJECT = 12


def _verb_before(toks, k):
    """The index of the verb that places a value, just before the cue at k ("fell", "came in", "was
    still"), or None."""
    j = k - 1
    while j >= 0 and toks[j].low in _ADVERBS:
        j -= 1
    if j >= 1 and toks[j].low in ("in", "out") and toks[j - 1].low in ("came", "comes", "come"):
        j -= 1  # "came in within", "comes out above"
    return j if j >= 1 and toks[j].low in _LANDING else None


def _value_opening(article, toks, k, low, high=None):
    """"The 6,820 seats booked for the gala came in within the 6,000-7,500 the trust expected": the
    figure that opens the sentence or the clause a saying verb reports (after at most a determiner or
    an owner: "the trust said Ebbridge's 6,820 seats ...") is the subject of the verb just before
    the cue; what stands between is its description, words and dates only, no clause break."""
    j = _verb_before(toks, k)
    if j is None:
        return None
    said = [i for i in range(j) if toks[i].low in _SAYING or toks[i].low == "that" and i and toks[i - 1].low in _SAYING]
    first = said[-1] + 1 if said else 0  # "the agency said Tolbury's 39.8C peak ...": the reported clause opens
    while first < j and toks[first].is_word and toks[first].q is None and (
            toks[first].low in _OPENERS or toks[first].text[:1].isupper() and toks[first].low.endswith(("'s", "’s"))):
        first += 1  # a determiner or an owner: "the", "Ebbridge's"
    head = toks[first]
    if head.q is None or head.q.kind == "date" or not _fits(article, head.q, low, high) or j - first > _MAX_SUBJECT:
        return None
    for t in toks[first + 1:j]:
        if t.q is not None and t.q.kind != "date" or not t.is_word and t.q is None and t.text not in ("'", "’"):
            return None  # another figure or a clause break between the subject and its verb
    return head.q


# -- a result named by its noun, its figure the one of the range's unit stated before --------------------
_RESULT_NOUNS = frozenset("""tally total result outcome figure sum proceeds haul amount reading top peak high maximum
minimum low score average mean level""".split())
_RESULT_BACK = 4  # sentences before the cue in which the result's figure may stand
_PRONOUNS = frozenset("it this that".split())


def _value_by_result(article, toks, k, low, high, s):
    """"bringing in NZ$43m ... The closing sum was welcome news for the council, which said it came within its
    estimate of NZ$40m to NZ$46m"; "... 63.7% ... she said the result sat inside that band": the
    cue's subject is a noun for a result ("the tally", "the outcome", "the figure"), or "it" in a
    sentence whose subject is one, and the figure is the one figure of the range's unit in the few
    sentences before (a start of a change, another range's end, two different figures: nothing)."""
    j = _verb_before(toks, k)
    if j is None:
        return None
    subject = toks[j - 1].low
    opening = [t.low for t in toks[:4] if t.is_word]
    if not (subject in _RESULT_NOUNS or subject in _PRONOUNS and set(opening[:3]) & _RESULT_NOUNS
            and opening[0] in _OPENERS):
        return None
    if any(t.q is not None and t.q.kind != "date" and t.q not in (low, high) and _fits(article, t.q, low, high)
           for t in toks[:k]):
        return None  # a figure of that unit in the sentence: the cue is said of it, or unclear
    starts = {c.roles.get(r) for c in article.extraction.claims if c.kind in ("change", "range")
              for r in ("from", "low", "high")}
    found = [q for q in article.nearby(low) if s - _RESULT_BACK <= q.sentence < s and q.kind != "date"
             and q.id not in starts and q not in (low, high) and _fits(article, q, low, high)
             and not set(article.words_before(q, 6)) & _HYPOTHETICAL
             and _of_range_scale(q, low, high) and not _set_against(article, q)]
    if not found and subject in _MEASURED_RESULTS:
        # "the river peaked at 5.2 metres" ... paragraphs on, "the October peak fell inside that envelope": a
        # result that names a measure of its own is the one figure of the range's unit that noun stands before
        found = [q for q in article.quantities if q.sentence < s and q.kind != "date" and q.id not in starts
                 and q not in (low, high) and _fits(article, q, low, high) and _of_range_scale(q, low, high)
                 and subject in {_singular(w) for w in article.words_before(q, 8)}
                 and not set(article.words_before(q, 6)) & _HYPOTHETICAL and not _set_against(article, q)]
    owner = _result_owner(article, toks, j - 1, low)
    if owner is not None:
        # "Its final tally fell inside that range" after a projection for one party: the figure said of that party
        found = [q for q in found if owner & {w.lower() for w in _WORD.findall(article.before(q, 80))}]
    return found[0] if found and len({float(q.value) for q in found}) == 1 else None


_POSSESSIVES = frozenset("its their his her".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _result_owner(article, toks, at: int, low) -> set[str] | None:
    """Whose result a result noun is, when the words before it say: "Its final tally" (the names of the range's
    sentence, whose projection it was), "GNM's tally" (GNM); None when no owner is said. An owner the text does
    not name gives an empty set, which no figure matches."""
    for t in reversed(toks[max(0, at - 3):at]):
        if not t.is_word:
            continue
        if t.low in _POSSESSIVES:
            a, b = article.sentences[low.sentence]
            return {w.lower() for w in _WORD.findall(article.text[a:b])[1:] if w[:1].isupper()}
        if t.text.endswith(("'s", "’s")) and t.text[:1].isupper():
            return {t.text[:-2].lower()}
    return None


# Results that name a measure of their own ("the peak", "the low"), not any figure ("the total", "the outcome"):
# the figure they name may be stated far back, found by the noun standing before it.
_MEASURED_RESULTS = frozenset("top peak high maximum minimum low average mean".split())
_SCALE = 10.0  # how far from a range a figure may lie and still be a value of that range's measure
_AGAINST = frozenset("against versus vs compared".split())


def _of_range_scale(q, low, high) -> bool:
    """q is of the size a figure of the range's measure has: within ten times its ends. "$9,150 an acre, or
    $1.464 million" set against a $8,000-$9,000 range: the price per acre, not the sum paid."""
    try:
        a, b, v = abs(float(low.value)), abs(float(high.value)), abs(float(q.value))
    except (TypeError, ValueError):
        return True
    return min(a, b) / _SCALE <= v <= max(a, b) * _SCALE if max(a, b) else True


def _set_against(article, q) -> bool:
    """q is the other side a figure is set against: "38.6% of patients ..., against 14.0% in the placebo
    group", "versus 2.1% a year earlier", "compared with 14%": a reference, not the result itself."""
    return bool(set(article.words_before(q, 3)) & _AGAINST)


# -- a value in an opening "with" phrase: "With 27 berths now filled, we are well within the range" -----
_WITH_BE = frozenset("is was are were remain remains remained stay stays stayed sit sits sat".split())
_MAX_WITH = 6  # words of the "with" phrase besides its figure
_MAX_WITH_SUBJECT = 4


def _value_by_with(article, toks, k, low, high):
    """"With 19 inspectors now working, we are well within the funded range"; "With turnout at 64%,
    the council is inside its target band": a clause opens on "with" and a phrase holding one figure
    of the range's unit, and after its comma a short subject, a linking verb and the cue. The phrase is
    the circumstance the subject's standing rests on, so its figure is the one placed."""
    start = max((j + 1 for j in range(k) if toks[j].text in (".", ";", ":", "!", "?")), default=0)
    while start < k and toks[start].text in _QUOTES:
        start += 1
    if start >= k or toks[start].low != "with":
        return None
    comma = next((j for j in range(start + 1, k) if toks[j].text == ","), None)
    if comma is None:
        return None
    figures = [t.q for t in toks[start + 1:comma] if t.q is not None and t.q.kind != "date"]
    words = [t for t in toks[start + 1:comma] if t.q is None and t.is_word]
    if len(figures) != 1 or len(words) > _MAX_WITH or not _fits(article, figures[0], low, high) \
            or any(not t.is_word and t.q is None for t in toks[start + 1:comma]):
        return None
    j = k - 1
    while j > comma and toks[j].low in _ADVERBS:
        j -= 1
    if j <= comma or toks[j].low not in _WITH_BE:
        return None
    subject = toks[comma + 1:j]
    if not subject or len(subject) > _MAX_WITH_SUBJECT or any(t.q is not None or not t.is_word for t in subject):
        return None
    return figures[0]
