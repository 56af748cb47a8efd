"""The rate reader: a per-unit figure or an average, with the total and the count it divides.

Shapes (rate, total, count; the total and the count may stand in other sentences):

- "<total> in/across/over <count>, (an) average (of) <rate>": "scored 2,460 points in 30 games,
  averaging 82 a game"; "48,000 trees in 160 parishes, an average of 300 per parish";
  "214,800 spectators across 19 home fixtures, an average of 11,305";
- "<rate> a/per/for every <thing>" beside an average word: "The average yield of 4.5 tonnes a
  hectare" (tonnes harvested and hectares sown stated before); "averaging 82 a game" (the
  points in its sentence, "a 30-game campaign" before);
- "<rate> to/for each of (the) <count>": "€400 to each of 1.6 million pensioners, costing €64
  million"; "a winter bonus of £180 for each of the 310,000 carers ... The bonus will cost £55.8
  million";
- "<count> ... (an average of) <rate> each/apiece": "The 42 vehicles cost $350,000 each" (the
  sum spent stated before);
- "the average <thing> (size/value), at <rate>": "The average deal size, at $164 million"
  after "25 deals worth a combined $4.1 billion";
- a rate per unit of time and a duration: "Sending 0.4 gigabytes a day, it will need 18 days"
  (the 7.2 gigabytes stated before);
- an owner's rate per <thing> with no average word: "Felwick, whose 17 points per game led the side"
  after "Guard Jo Felwick appeared in every one of those games and scored 476 points" (the games
  counted before): the owner named with one total of their own and "every"/"all" of the things;
- a package of grants (roles rate, count, rate2, count2, ..., total): "$10,000 to the family of
  each person killed and $2,500 for every damaged home, a package it put at $8.14 million", each
  count the one figure of its thing whose clause says the grant's other words ("Floods killed 14
  people and damaged 3,200 homes").

- a rate derived from a sum: "That works out to roughly £2,400 for every damaged home" (the sum in the
  sentences just before), "The budget amounts to about €8,500 per student" (the figure the noun names);
- an average of an attribute, not a thing: "The average payment, about £400" after "paid out £8.4m on
  21,000 claims" (the sentence before holding only the sum and the count);
- 'each' as the subject of an average: "Its 32 gantry cranes are new. Each lifted an average of 190,000 TEUs"
  (a bracketed short name, "(TEUs)", counts the same thing as its long name);
- a duration in two parts: "in 4 hours and 30 minutes, an average of 40km/h" (role count_rest);
- a rate a day over a calendar period: "an average of 140 calls a day over the month" (role period:
  the date of the total's sentence; the rule counts its days); or over a span named after it: "That works out
  to about 1.4 lakh passengers a day over the nine months" (role period: the span; the sum the one just said);
- a sum spread over the count in the count's own phrase, beside another sum of its sentence: "carried 4.8
  million riders last year, 3.9 million of them on the 260 weekdays. That works out to an average of 15,000
  riders each weekday" (the 3.9 million; "each <thing>" after an average is per that thing);
- a rate per period and per thing beside a sum per another period: "costs £1.25bn a year, or roughly
  £100 a week per family" (the one count in the sentence); or per the same period, shared out "to each of"
  the count that follows: "a fund of £1.8m a year, worth about £120 a year to each of the 15,000 homes".

- a distributive 'each' before the figure: "Each of the 18 depots will take on 12 drivers, 216 in all"; "Each
  household will get 800 rand" (households counted before, "the total bill of 1.68 million rand" after); "The
  500 fishermen each landed 2.4 tonnes" (the 1,200 tonnes landed stated before);
- a period's sum restated per thing: "costs $3 million a year for its 6,000 pupils, or $500 per pupil"; "an
  average salary of £30,000" after "spends £18m a year on its 600 doctors" in its sentence;
- 'that is' / "that's" / 'which means' / 'averages out to' / 'that puts the price at': the sum just stated;
- "<rate> of <thing> a <unit>": "60 tonnes of cane a hectare"; "per square kilometre";
- a figure set beside a span: "handed out 30,000 nets over 60 days, some 500 a day";
- an average a day of a sum dated by a past month or year: "5,580 patients in March, an average of 180 a day";
- an average followed by its count and a sum: "averaged 14,500 over the 19 home games, a season total of ...".

The count is a count of the thing the rate is per (games and matches are one thing; "a head" is any people or
livestock); the total
is an amount in the rate's unit: the same currency, the same measure, or a count of the same
thing. A figure that is itself a rate, or an earlier level ("up from £12.1 million", "last
year's 2.6 million tonnes"), is no total. Candidates are looked for in the rate's sentence,
then in the count's, then among figures before it in the article (a few paragraphs back); two
candidates of different values leave the reader silent.

Refuses: a rate of a part ("on the hill farms it was below 3 tonnes a hectare": no average
word and no count in its sentence); the part left of a sum ("with the county paying the remaining
$200,000", "leaving €400,000") as the total a rate comes to; a price or level called an average with no count
("attendance averaged 9,200", "inflation would average 2.1%", "the average high of 24 C"); a
sentence with a second denominator ("388 runs in 11 innings at an average of 48.5, out eight
times"); candidates of different sizes ("300 hectares" on one farm and "520,000 hectares" in the
region, both before the rate); an owner's rate whose owner is not said to take part in every
one of the things ("Felwick scored 476 points. Felwick, whose 21 points per game ..."); 'each' of winners of
races ("Winners of the two races each receive £500": the races are no count of winners), 'each year', 'each
other'; a sum named by a verb in another sentence ("the weekend brought £1.2 million into the town"); an average
a day after a dated sum in another sentence unless it says it derives from it ("Staff treated an average of 300
a day"); a month or year not over by publication; a grant whose
thing is counted in a clause that does not say its
other words ("420 farms were flooded and 95 were cut off" for "each farm cut off"), and a package
with any grant's count unknown.
"""

from __future__ import annotations

import itertools

from ..article import _STOP, Article, Token, _singular, family, thing_of
from ..models import Quantity
from ..patterns import re
from ..vocab import CHANGE_DOWN, CHANGE_UP, UNITS
from . import claim, reader

# Words that make a figure an average of a whole.
_AVERAGE = frozenset({"average", "averaging", "averaged", "averages", "mean"})
# Words before a thing that make the figure before them per that thing: "a game", "per hall", "for every hectare".
_PER = frozenset({"a", "an", "per", "each", "every"})
# Things that count the same units: a rate per game is checked against a "30-match season".
_SAME_THING = [frozenset(s) for s in (
    {"game", "match", "fixture", "outing"}, {"trip", "journey", "ride", "crossing", "sailing", "voyage"}, {"person", "people", "head", "capita", "resident",
                                                                "inhabitant", "recipient", "beneficiary", "claimant"},
    {"home", "house", "dwelling", "homestead"}, {"share", "stock"}, {"club", "team", "side"},
    {"store", "shop", "outlet", "supermarket"}, {"vote", "ballot"},
    {"visitor", "tourist", "arrival", "holidaymaker", "sightseer"}, {"pupil", "student", "learner", "schoolchild", "child"})]
# Words that mark a figure as a sum: "costing €64 million", "worth a combined $2.3 billion", "a total of".
_TOTAL_CUES = frozenset({"cost", "costing", "costs", "total", "totalling", "totaling", "combined", "altogether",
                         "spent", "worth", "bill", "sum", "overall",
                         # takings of a sale or a season: "the sale grossed £431,200", "gate receipts of €180,000"
                         "gross", "grossed", "grossing", "takings", "receipts", "turnover", "fetched"})
# Words that mark an earlier level, not the sum now: "up from £29.5 million", "last year's 3.98 million".
_TIME_WORDS = frozenset({"year", "day", "week", "month", "hour", "minute", "second", "night", "season"})
_CHANGE_WORDS = frozenset(CHANGE_UP + CHANGE_DOWN) | {"compared", "against", "versus"}
# "<total> in/across <count>": not "at" or "for", which bring a price ("two million shares at 3.20 each").
_PREPOSITIONS = frozenset({"in", "across", "over", "from", "during", "among", "between"})
# Money written as a count ("11 dlrs"): no thing whose total the article states once.
_MONEY_WORDS = frozenset({"dlr", "dollar", "stg", "yen", "pound", "euro", "cent", "mark", "franc", "rupee", "yuan"})
# Words before a figure that make it the other side of a comparison, and after it a difference.
_AGAINST = frozenset({"against", "versus", "vs", "compared", "when"})
_DIFFERENCE = frozenset({"more", "less", "fewer", "higher", "lower", "extra", "short", "below", "above", "cheaper",
                         "dearer", "behind", "ahead"})  # "sits 55 paise below the cost"


def _things(noun: str) -> frozenset[str]:
    """The names a rate's thing goes by: its group of like things, or a unit's own name and its symbol's
    ("per km" is per kilometer, what "24.5 km" measures). "A head" counts people or livestock of any name
    ("£120 a head" of 8,000 visitors, of 3,850 lambs)."""
    noun = _singular(noun.lower())
    if noun == "head":
        return _HEADS
    for group in _SAME_THING:
        if noun in group:
            return group
    unit = UNITS.get(noun)
    return frozenset({noun, unit}) if unit else frozenset({noun})


# What "a head" / "per head" counts: people of any name and livestock.
_HEADS = frozenset("""person people head capita resident inhabitant recipient beneficiary claimant visitor tourist
guest fan spectator supporter attendee delegate participant member passenger patient pupil student child adult worker
employee farmer grower voter diner customer lamb sheep ewe ram cattle cow calf heifer steer bullock bull pig sow
goat horse animal beast""".split())


def _numeric(q: Quantity) -> bool:
    return isinstance(q.value, float) and q.kind in ("count", "money", "measure", "number", "duration")


class _Reading:
    """What one sentence's tokens say around a candidate rate."""

    def __init__(self, article: Article, q: Quantity) -> None:
        self.article = article
        self.q = q
        self.toks = article.tokens(q.sentence)
        self.k = article.token_index(q)
        self.average: bool | None = None  # whether an average word stands by the figure, once asked

    def word(self, offset: int) -> Token | None:
        j = self.k + offset
        return self.toks[j] if 0 <= j < len(self.toks) else None

    def low(self, offset: int) -> str:
        t = self.word(offset)
        return t.low if t is not None and t.q is None else ""


def _per_thing(r: _Reading) -> tuple[str | None, str | None]:
    """(the thing the figure is per, the cue) from its unit or the words after it."""
    q = r.q
    if q.per and q.per.split()[-1].lower() in ("day", "week", "month", "year") and r.low(1) in ("each", "apiece"):
        return None, None  # "£640 a month each": per time and per head at once, so no one count divides the sum
    if q.per:
        return _singular(q.per.split()[-1].lower()), "per"
    adverb = _period_adverb(q) or (r.low(1) if r.low(1) in _PERIOD_ADVERBS else None)
    if adverb is not None:
        return _PERIOD_ADVERBS[adverb], "per"  # "roughly 12,000 daily": a day
    if "_per_" in q.unit:
        return q.unit.split("_per_")[-1], "per"
    b = _of_phrase(r)  # "71 tonnes of beet a hectare": the thing measured named between the figure and its 'per'
    w1, w2, w3 = r.low(b + 1), r.low(b + 2), r.low(b + 3)
    if _each_verb(r):
        return None, None
    if w1 in ("each", "apiece") and w2 != "of" and not (w1 == "each" and _average_word(r) and _noun_next(w2)):
        if w2 == "respectively":
            return None, None  # "at four dlrs and 5.75 dlrs each respectively": each price is of its own list
        return "", "each"  # the thing is the count's: "the 42 vehicles ... $350,000 each"
    if _each_of(r) is not None:
        return "", "each of"
    if w1 in ("for", "behind") and w2 in ("every", "each") and w3:
        return _head(r, b + 3), "each"  # "$2,000 for every pupil", "£4,000 of subsidy behind every new home"
    if w1 == "from" and w2 == "each" and w3:
        return _head(r, b + 3), "each"
    if w1 == "to" and w2 == "the" and w3.isalpha() and w3 not in _STOP and _restating(r):
        return _head(r, b + 3), "per"  # "..., or 40 bushels to the acre": 'to the' of a rate restating a sum
    if _each_before(r):
        return "", "each"  # "the 30 new vans, each costing £45,000": each of the things counted before
    if w1 in ("on", "in", "at", "aboard") and w2 in ("each", "every") and w3 and (
            _average_word(r) or _sum_after(r) or q.kind == "money" and w1 == "on"
            and _SPENDING & set(r.article.words_before(q, 4))):
        # "an average of 58 riders on each trip", "averaging 27 pupils in every class", "spending $3,000 on every
        # delegate"
        return _head(r, b + 3), "each"
    if w1 in _PER and w2 and w2.isalpha() and (w2 not in _TIME_WORDS or _average_word(r) or _span_before(r, w2)) \
            and r.low(b + 3) not in ("earlier", "ago", "before", "later", "after"):  # "148 mln a week earlier"
        return _head(r, b + 2), "per"  # "$40,000 a year" is a salary, "averaging 800 a week" an average
    return None, None


# Adverbs of a period that make the figure before them a rate per that period: "some 900 daily".
_PERIOD_ADVERBS = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "hourly": "hour",
                   "yearly": "year", "annually": "year"}


def _restating(r: _Reading) -> bool:
    """The figure restates what was just said: ", or" (and hedges) stand before it."""
    j = -1
    while r.low(j) in _HEDGES | {"a", "little"} and r.low(j):
        j -= 1
    return r.low(j) == "or" and r.word(j - 1) is not None and r.word(j - 1).text == ","


# Participles by which 'each' before a figure gives every one of the things just counted that figure: "48 vans,
# each costing £45,000"; "three turbines, each rated at 4MW".
_EACH_PARTICIPLES = frozenset("costing priced worth valued weighing paying earning carrying holding rated".split())


def _each_before(r: _Reading) -> bool:
    """"<count of things>, each <participle> (at) <figure>": the figure is per one of the things."""
    j = -1
    while r.low(j) in _HEDGES | {"at"} and r.low(j) and j > -4:
        j -= 1
    return r.low(j) in _EACH_PARTICIPLES and r.low(j - 1) == "each" and r.word(j - 2) is not None \
        and r.word(j - 2).text == ","


def _period_adverb(q: Quantity) -> str | None:
    """The adverb of a period the extractor took for the figure's noun ("12,000 daily"), else None."""
    word = q.noun.split()[-1].lower() if q.noun and q.kind == "count" else None
    return word if word in _PERIOD_ADVERBS else None


def _noun_next(word: str) -> bool:
    """The word after an average's 'each' names what it is per ("an average of 15,000 riders each weekday"), not a
    verb whose subject the figure's things are ("an average of 40 crews each had ...")."""
    return word.isalpha() and word not in _STOP and word not in _EACH_VERBS and not word.endswith("ed")


# Verbs of spending money on things: "spending about $3,000 on every delegate" (not "a fine of €700 on every charge").
_SPENDING = frozenset("spend spends spent spending invest invests invested investing".split())


def _of_phrase(r: _Reading) -> int:
    """How many words after the figure name what it measures before its 'per' word: 2 for "65 tonnes of cane
    a hectare", 3 for "9,600 litres of fresh milk per cow"; 0 when no 'of' phrase stands there (or no 'per'
    word follows it)."""
    if r.low(1) not in ("of", "in"):
        return 0  # "65 tonnes of cane a hectare", "$900 in fees per pupil"
    for j in range(2, 5):
        w = r.low(j)
        if not w or not w.isalpha():
            return 0
        if j > 2 and w in _PER | {"for"}:
            return j - 1
        if w in _STOP:
            return 0
    return 0


# Words after a figure that make it the sum of all: "€18,750 in all", "2,400 in total", "£9,000 altogether".
_SUM_AFTER = (["in", "all"], ["in", "total"], ["altogether"], ["overall"], ["combined"], ["all", "told"])


def _sum_after(r: _Reading) -> bool:
    """A figure of the rate's own unit after it in its sentence that the words after it call the sum of all:
    "a penalty of £2,400 on each charge, £19,200 in all"; "paid 40 points on every tier, 200 points in total"."""
    for t in r.toks[r.k + 1:]:
        o = t.q
        if o is None or o.kind != r.q.kind or o.unit != r.q.unit or not _numeric(o):
            continue
        after = r.article.words_near(o, 0, 2)[1]
        if any(after[:len(cue)] == cue for cue in _SUM_AFTER):
            return True
    return False


def _span_before(r: _Reading, period: str) -> bool:
    """A span of the rate's period before it in its clause, after a figure it restates: "restored 38,400
    homes over five days, or roughly 9,000 a day" ("a day" there is per day of the span, not a daily
    level as in "earns $400 a day")."""
    period = _singular(period)
    spans = [t.q for t in r.toks[:r.k] if t.q is not None and t.q.kind == "duration" and t.q.unit == period
             and isinstance(t.q.value, float)]
    j = r.k - 1
    while j >= 0 and r.toks[j].low in _HEDGES:
        j -= 1
    # ", or roughly 9,000 a day", ", some 600 nets a day", "— about 9,000 a week": the figure set beside the sum
    return len(spans) == 1 and j >= 1 and (r.toks[j].low == "or" and r.toks[j - 1].text in (",", "-", "–", "—")
                                           or r.toks[j].text in (",", "–", "—"))


# Words of approximation between a restating "or" and its figure: ", or roughly 13,000 a day".
_HEDGES = frozenset({"about", "roughly", "around", "some", "nearly", "almost", "approximately", "just", "over", "under",
                     "close", "to", "more", "than", "less", "an", "average", "of"})


# Words that end the noun a rate is per: "a hectare this year", "for every pupil in the district".
_NOT_HEAD = _STOP | _TIME_WORDS | {"last", "next", "this", "across", "nationwide", "overall", "respectively"} | \
    frozenset("""through throughout along around among amongst between within without beyond inside outside near
    toward towards onto upon against via until till despite including excluding plus""".split())
# Words that make the next a unit of area or volume: "per square kilometre", "a cubic metre".
_POWERS = frozenset({"square", "sq", "cubic", "cu"})


def _head(r: _Reading, offset: int) -> str:
    """The thing a rate is per, from the words at offset: the last noun of "displaced person", "registered
    voter", "hectare" ("for every displaced person", "per registered voter"), not a participle after it
    ("for every home damaged")."""
    words: list[str] = []
    for j in range(offset, offset + 3):
        w = r.low(j)
        if not w or not w.isalpha() or (words and w in _NOT_HEAD):
            break
        words.append(w)
    while len(words) > 1 and words[-1].endswith("ed"):
        words.pop()
    if len(words) >= 2 and words[-2] in _POWERS:
        return f"{words[-2]} {_singular(words[-1])}"  # "per square kilometre": what "160 square kilometres" measures
    return _singular(words[-1]) if words else ""


# Words after a subject 'each' ("each had handled", "130 volunteers each packed").
_EACH_VERBS = frozenset({"of", "had", "has", "have", "was", "is", "were", "will", "would", "could", "can", "did",
                         "does", "then", "still", "now", "also", "typically", "usually"})


def _each_subject(r: _Reading) -> str | None:
    """What 'each' before an average in its clause stands for: "" for a pronoun ("each lifted an average
    of 190,000", "each of them carried an average of 40"), the thing for "each visit lasting an average of
    52 minutes"; None when there is no such 'each' ("each year", "each of the 12 stores")."""
    toks = r.toks[max(0, r.k - 9):r.k]
    for j, t in enumerate(toks):
        if t.low != "each":
            continue
        nxt = [u for u in toks[j + 1:j + 3]]
        if not nxt or nxt[0].q is not None or nxt[0].low in _TIME_WORDS or nxt[0].low in ("other", "time"):
            continue
        if nxt[0].low == "of" and not (len(nxt) > 1 and nxt[1].low in ("them", "these", "those")):
            continue
        if any(u.q is not None or u.text in (";", ":") for u in toks[j + 1:]):
            continue
        w = nxt[0].low
        if w in _EACH_VERBS or w.endswith("ed"):
            return ""
        return _singular(w) if w.isalpha() else None
    return None


def _each_antecedent(article: Article, r: _Reading, thing: str) -> Quantity | None:
    """The count 'each' points back to: the one count of a named thing (of ``thing`` when given) before it
    in its sentence, else in the sentence before ("Its 40 quay cranes are new. Each moved an average of
    ..."; "7,300 ship visits ..., each visit landing an average of 900 boxes")."""
    q = r.q
    things = _things(thing) if thing else None
    for index in (q.sentence, q.sentence - 1):
        if index < 0:
            break
        found = [o for o in article.in_sentence(index) if o.kind == "count" and o.span[0] < q.span[0]
                 and thing_of(o) and _numeric(o) and not _is_rate(article, o) and not _earlier_level(article, o)
                 and not _aside(article, o, q) and (things is None or thing_of(o) in things)
                 and _unit_key(o) != _unit_key(q)]  # not the sum: "flew 3.6 million passengers on its 24 aircraft"
        if found:
            return found[0] if len(found) == 1 else None
        if any(o.kind not in ("date",) for o in article.in_sentence(index) if o.span[0] < q.span[0] and o.id != q.id):
            return None
    return None


def _each_verb(r: _Reading) -> bool:
    """A count of a thing followed by 'each' and its verb: "Its 130 volunteers each had packed", "the 24
    crews each flew" (the count is who does it, no price)."""
    w2 = r.low(2)
    return r.q.kind == "count" and bool(thing_of(r.q)) and r.low(1) == "each" and bool(w2) \
        and (w2 in _EACH_VERBS - {"of"} or w2.endswith("ed"))


def _each_of(r: _Reading) -> int | None:
    """The token index after '<rate> (goes / is paid) to/for each of', or None."""
    for j in range(r.k + 1, min(len(r.toks) - 2, r.k + 6)):
        t = r.toks[j]
        if t.q is not None or not t.is_word:
            return None
        if t.low in ("to", "for") and r.toks[j + 1].low == "each" and r.toks[j + 2].low == "of":
            return j + 3
        if t.low in ("to", "for") and r.toks[j + 1].low in ("each", "every") and j + 3 < len(r.toks) \
                and r.toks[j + 2].low == "one" and r.toks[j + 3].low == "of":
            return j + 4  # "a $250 credit for every one of the province's 2.2 million homes"
    return None


# Verbs between a grant and 'to each of': "a $250 rebate goes to", "£180 will be paid to".
_GRANT_VERBS = frozenset("go goes went going will would is are was were be been paid given credited sent".split())


def _grant_noun(r: _Reading) -> str | None:
    """What a grant to each of a count is called: the noun just before 'to/for each (one) of' ("a $300
    energy rebate for every one of ..." : rebate) or before 'of <rate>' ("a bonus of £180 for each of ...":
    bonus); None when no noun stands there."""
    j = _each_of(r)
    if j is None:
        return None
    toward = next(i for i in range(r.k + 1, j) if r.toks[i].low in ("to", "for"))
    words = []
    for t in r.toks[r.k + 1:toward]:
        if t.low in _GRANT_VERBS:
            break  # "a $250 rebate goes to every one of": rebate
        if t.is_word and t.low not in _STOP:
            words.append(t.low)
    if words:
        return _singular(words[-1])
    before = r.article.words_near(r.q, 2)[0]
    if before[-1:] == ["of"] and len(before) == 2 and before[0].isalpha() and before[0] not in _STOP:
        return _singular(before[0])
    return None


def _average_word(r: _Reading) -> bool:
    """Whether an average word stands by the figure: asked of one reading up to nine times, read once."""
    if r.average is None:
        r.average = _reads_average(r)
    return r.average


def _reads_average(r: _Reading) -> bool:
    if r.word(-1) is not None and r.word(-1).q is not None and r.word(1) is not None and r.word(1).q is not None:
        return False  # inside a run of figures
    before = r.article.words_near(r.q, 5)[0]
    after = r.article.words_near(r.q, 0, 4)[1]
    return bool(_AVERAGE & set(before)) or "on average" in " ".join(after) or \
        bool(re.search(r"\ban average\b", " ".join(after[2:])))


def _is_rate(article: Article, q: Quantity) -> bool:
    if q.per or "_per_" in q.unit:
        return True
    r = _Reading(article, q)
    nxt = r.word(2)
    if _each_verb(r):
        return False
    return r.low(1) in _PER and bool(r.low(2)) or r.low(1) in ("each", "apiece") \
        or r.low(1) == "per" and nxt is not None and nxt.q is not None \
        or r.low(1) == "to" and r.low(2) in ("each", "every")  # "70.58 shares per 1,000 dlrs", "58 pupils to each teacher"


def _earlier_level(article: Article, q: Quantity) -> bool:
    """'up from £12.1 million', 'last year's 2.6 million tonnes', '2.6 million a year earlier'; not the
    'from' of a source ('the crop came from 640,000 hectares')."""
    before = article.words_near(q, 3)[0]
    after = article.words_near(q, 0, 3)[1]
    if before[-1:] == ["from"] and (before[-2:-1] and before[-2] in _CHANGE_WORDS and not _source_from(article, q)
                                    or _figure_before_from(article, q)):
        return True
    if before[-1:] in (["previous"], ["earlier"], ["prior"]) or before[-2:-1] == ["last"] and \
            before[-1].endswith(("'s", "’s")):
        return True
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    for j in range(k - 1, max(-1, k - 5), -1):  # "2023's 3.98 million", "last year's": a possessive date
        if toks[j].q is not None and toks[j].q.kind == "date" and j + 1 < k and toks[j + 1].text in ("'", "’"):
            return True
    return after[:2] in (["a", "year"], ["the", "year"]) and "earlier" in after[:4] or after[:1] == ["earlier"]


def _change_ends(article: Article, o: Quantity, q: Quantity) -> bool:
    """Whether o and rate q are the two ends of one change ("lifting output to 40 tonnes a year by 2030 from
    15 tonnes now", "from 15 tonnes to 40 tonnes a year"): one after "from", the other after "to", a few
    tokens apart in one sentence. A change's start or end is a level of another time, never the sum the rate
    comes to."""
    if o.sentence != q.sentence:
        return False
    ends = {article.words_near(o, 1)[0][-1:] and article.words_near(o, 1)[0][-1],
            article.words_near(q, 1)[0][-1:] and article.words_near(q, 1)[0][-1]}
    if ends != {"from", "to"}:
        return False
    return abs(article.token_index(o) - article.token_index(q)) <= 8


def _source_from(article: Article, q: Quantity) -> bool:
    """'dug 96,000 tonnes from 1,300 hectares': a figure of another unit just before the 'from' makes q the source
    it came from, whatever the verb (a change from a level keeps one unit: 'cut output to 9 tonnes from 12')."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    o = toks[k - 2].q if k >= 2 and toks[k - 1].low == "from" else None
    return o is not None and o.kind not in ("date", "duration") and _unit_key(o) != _unit_key(q)


def _figure_before_from(article: Article, q: Quantity) -> bool:
    """'rose to 8,210 from 7,760': a figure of q's unit a few tokens before the 'from' (not '10.1 million
    tonnes, harvested from 1.6 million hectares', where the 'from' gives the land a crop came from)."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    return any(t.q is not None and t.q.kind != "date" and (t.q.unit == q.unit or t.q.kind == q.kind == "count")
               for t in toks[max(0, k - 6):k - 1])


# Metric units of one quantity that news mixes within one story ("94.6 million kilogrammes" harvested, a
# yield "in tonnes a hectare"; "8.6 million litres" a day, "a megalitre"): a total in one and a rate in
# another still divide (the per-unit rule converts between them).
UNIT_FAMILIES: dict[str, str] = {"gram": "mass", "kilogram": "mass", "metric_ton": "mass",
                                 "liter": "volume", "milliliter": "volume", "megaliter": "volume"}


def _unit_key(q: Quantity) -> tuple:
    """What a total must be measured in to be the sum of rate q: currency, measure, or counted thing."""
    unit = q.unit.split("_per_")[0]
    if q.kind == "money":
        return ("money", unit)
    if q.kind in ("measure", "duration"):
        return ("measure", UNIT_FAMILIES.get(unit, unit))
    return ("count", _singular(q.noun.split()[-1].lower()) if q.noun and not _period_adverb(q) else None)


def _key_fits(article: Article, o: Quantity, key: tuple) -> bool:
    """o is measured in key: its own unit, or for a count the short name the text gives its thing
    ("7.3 million standard boxes (TEUs)" counts what "190,000 TEUs" counts)."""
    mine = _unit_key(o)
    if mine == key or mine[0] == key[0] == "count" and mine[1] and key[1] and mine[1] in _things(key[1]) - {key[1]}:
        return True  # "3.1 lakh children" is the total of "256 pupils per school": one group of like things
    short = article.acronym_of(o) if o.kind == "count" and key[0] == "count" and key[1] else None
    return short is not None and key[1] in (short, short + "s")


def _key_of(q: Quantity) -> tuple:
    return _unit_key(q)


# A second "per" right after a rate: the figure divides by two things at once.
_SECOND_PER = re.compile(r"\s*per\s+\w", re.I)
_TWO_PERS = re.compile(r"\s*per\s+(?:sq\.?\s+|square\s+|cubic\s+)?[a-z]+\s+per\s+\w", re.I)


def _told_as_sum(article: Article, q: Quantity) -> bool:
    """q is said to be a sum by the words right around it: "in total", "in all", "all told", "altogether",
    "combined" after it; "a total of", "a combined", "in all" before it."""
    after = article.words_after(q, 2)
    before = article.words_before(q, 3)
    return after[:2] in (["in", "total"], ["in", "all"], ["all", "told"]) or after[:1] in (["altogether"], ["combined"]) \
        or before[-3:] == ["a", "total", "of"] or before[-2:] == ["a", "combined"]


def _average_base(article: Article, q: Quantity) -> bool:
    """q is the count another figure is averaged over: "averaged 21,350 over seven home games", "scored 18 a
    game across his 30 games" (a figure, then "over"/"across"/"throughout"/"during", at most two words, q),
    where a verb or noun of averaging comes before that figure."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    for j in range(k - 1, max(-1, k - 4), -1):
        if toks[j].low in ("over", "across", "throughout", "during"):
            before = toks[max(0, j - 4):j]
            return bool(before) and before[-1].q is not None and before[-1].q.id != q.id \
                and any(t.low.startswith("averag") for t in before)
        if toks[j].q is not None or not toks[j].is_word:
            return False
    return False


def read_rate(article: Article, q: Quantity):
    """The rate claim of q, or None."""
    if not _numeric(q):
        return None
    if " per " in q.text and _SECOND_PER.match(article.after(q, 16)) or _TWO_PERS.match(article.after(q, 40)):
        return None  # "$1,200 per sq ft per plot ratio", "40 kg per hectare per year": a rate of a rate
    if _average_base(article, q):
        return None  # "averaged 21,350 over seven home games": the count the figure before it is averaged over
    r = _Reading(article, q)
    per, cue = _per_thing(r)
    averaged = _average_word(r) and not _told_as_sum(article, q)  # "225 rebounds in total" is no average
    if per is None and averaged and not _earlier_level(article, q):
        found = _subject_average(article, r)
        if found is not None:  # "Guests spent a combined 84,300 nights at the resort, an average stay of 3.7 nights"
            return claim("rate", {"rate": q, "total": found[0], "count": found[1]}, cue="average", sentence=q.sentence)
    if q.kind == "duration" and (cue != "per" or per is None or per in _TIME_WORDS):
        return None  # "in 4 hours", "8 hours a day" are spans; "1,090 hours per officer" is a rate of time
    if q.per in _YEAR_PARTS:
        found = _per_period_and_thing(article, r)
        if found is not None:
            return found
    if per is None and averaged:
        found = _average_over(article, r)
        if found is not None:  # "Crowds averaged 14,500 over the 19 home games, a season total of 275,500"
            return found
    if per is None or cue == "each" and not per:
        found = _distributed(article, r)
        if found is not None:  # "Each of the 14 wards will get 30 new lamps, 420 in all"
            return found
    derived = _derived(r) if per is not None else None  # "equivalent to $36 million" is no rate
    if per is None:
        fronted = _per_before(r)
        if fronted is not None:  # "the cost per km comes to Rs 400 crore"
            per, derived = fronted
            cue = "per"
    average = averaged or derived is not None
    if per is None and not average:
        return _equal_split(article, r)
    if per is None:
        per = _average_noun(r)
        cue = "average"
    if _earlier_level(article, q):
        return None
    count = _count(article, r, per, cue)
    if count is None and cue == "average" and per in _ATTRIBUTES and averaged:
        pair = _pair_here(article, q) or _pair_before(article, q, per)
        if pair is not None:
            return claim("rate", {"rate": q, "total": pair[0], "count": pair[1]}, cue="average", sentence=q.sentence)
    if average and per and q.kind == "count" and not thing_of(q) and _average_noun(r) in _ATTENDANCE:
        # "Crowds averaged 41,000 a game" paragraphs after "The six games drew a combined attendance of 2.4
        # lakh": the one gathering the article names by a word of attendance, and the count of the things in
        # its sentence (a count of the same things elsewhere, of another size, is another set: "his last six
        # matches")
        total = _gathering(article, q)
        beside = _count_beside(article, total, per) if total is not None else None
        if beside is not None and (count is None or count.sentence == beside.sentence or count.value == beside.value):
            return claim("rate", {"rate": q, "total": total, "count": beside}, cue="average", sentence=q.sentence)
    if count is None and per in _CALENDAR and average:
        found = _over_period(article, r, per) or _dated_sum(article, r)
        if found is not None:
            return claim("rate", {"rate": q, "total": found[0], "period": found[1]}, cue="period", about=per,
                         sentence=q.sentence)
    if count is None and derived is not None and derived not in _ANAPHORS and _unit_key(q)[1] is not None:
        # "last year's overtime works out to 1,090 hours per officer": the sum the noun names, divided by the
        # count of the thing stated with that sum ("940 officers logged 1.02 million overtime hours")
        total = _derived_total(article, q, _unit_key(q), q, derived)
        count = _count_beside(article, total, per) if total is not None else None
        if count is not None:
            return claim("rate", {"rate": q, "total": total, "count": count}, cue="derived", sentence=q.sentence)
    if count is None:
        return None
    spread = _spread_restated(article, r)
    if spread is not None and spread[1].id == count.id:  # "<sum> ... <count>, or <rate> a <thing>"
        return claim("rate", {"rate": q, "total": spread[0], "count": count}, cue=cue, sentence=q.sentence)
    if not average and cue == "per" and count.sentence != q.sentence:
        total = _restated_total(article, r)
        if total is not None and total.id != count.id:  # "At $300 million, ... about $2.6 million per megawatt"
            return claim("rate", {"rate": q, "total": total, "count": count}, cue="per", sentence=q.sentence)
        # "on the hill farms it was below 3 tonnes a hectare": a rate of a part, unless the rate's owner
        # is named with a total of their own who took part in every one of the things counted
        return _owner_rate(article, q, per, count)
    key = _unit_key(q)
    rest = _rest_of_duration(article, count)
    if rest is not None:  # "in 4 hours and 30 minutes": the rule adds the minutes to the hours
        total = _total(article, q, key, count, cue)
        if total is None or total.id in (count.id, rest.id):
            return None
        return claim("rate", {"rate": q, "total": total, "count": count, "count_rest": rest}, cue=cue,
                     sentence=q.sentence)
    linked = _linked(article, r)
    if linked is not None and linked[1].id == count.id and (key == _unit_key(linked[0]) or key == ("count", None)
                                                            and linked[0].kind == "count"):
        return claim("rate", {"rate": q, "total": linked[0], "count": count}, cue=cue, sentence=q.sentence)
    if key[0] == "count" and key[1] is None:
        key = _bare_key(article, r, count)
        if key is None:
            return None
    if derived is not None and not averaged:
        total = _derived_total(article, q, key, count, derived)
        if total is None:
            return None
        return claim("rate", {"rate": q, "total": total, "count": count}, cue="derived", sentence=q.sentence)
    total = _total(article, q, key, count, cue)
    if total is None or total.id == count.id or not _base_named(article, r, total, count):
        return None
    if _rest_of_duration(article, total) is not None or _smaller_part(article, total):
        return None  # "in 2 hours, 9 minutes and 30 seconds": one part of a time written in several is no sum
    if count.sentence != q.sentence and total.sentence == q.sentence and any(
            o.kind == "count" and o.id not in (q.id, total.id) and thing_of(o) and o.span[0] < total.span[0]
            for o in article.in_sentence(q.sentence)):
        return None  # "60 scholarships worth a combined EC$2.4m, or EC$40,000 for each student": the sum's own count
    return claim("rate", {"rate": q, "total": total, "count": count}, cue=cue, sentence=q.sentence)


# Words that say a sum is shared out in equal parts: "shared equally", "split evenly", "divided into equal shares".
_SPLIT = frozenset({"shared", "split", "divided", "share", "divide", "carved"})
_EQUALLY = frozenset({"equally", "evenly", "equal"})
# Groups whose members share a sum: "the 14-strong syndicate", "the nine winners".
_SHARERS = frozenset("""member winner worker syndicate team crew group heir sibling partner shareholder holder player
squad staff colleague employee beneficiary""".split())


def _equal_split(article: Article, r: _Reading):
    """A share of a sum split equally, with 'each' as its owner: "each of them will bank about £250,000 after
    the prize is shared equally" (the £3m prize and the 12-strong syndicate stated before). The count is the
    one count of sharers (members, winners, an N-strong group) before it, the total the one sum of its
    currency before it that is no rate and no one member's ("each has put in £1,200")."""
    q = r.q
    if q.kind != "money":
        return None
    words = {t.low for t in r.toks if t.q is None}
    if not _SPLIT & words or not _EQUALLY & words or "each" not in set(article.words_before(q, 8)) | words:
        return None
    counts = [o for o in article.quantities if o.kind == "count" and o.span[0] < q.span[0] and _numeric(o)
              and (_singular(thing_of(o) or "") in _SHARERS | _PERSONS_SHARING
                   or o.text.lower().endswith("-strong")) and not _earlier_level(article, o)]
    among = [o for o in article.in_sentence(q.sentence) if o.kind == "count" and o.span[0] < q.span[0]
             and _numeric(o) and thing_of(o) and {"between", "among", "amongst"} & set(article.words_before(o, 3))]
    if len(among) == 1:
        counts = among  # "shared equally between the 25 clubs, giving each £60,000": whoever it is shared among
    sums = [o for o in article.quantities if o.kind == "money" and o.unit == q.unit and o.span[0] < q.span[0]
            and _numeric(o) and not _is_rate(article, o) and not _earlier_level(article, o)
            and not _EACH_BEFORE & set(article.words_before(o, 6)) and float(o.value) > float(q.value)]
    if len({o.value for o in counts}) != 1 or len({o.value for o in sums}) != 1:
        return None
    return claim("rate", {"rate": q, "total": sums[-1], "count": counts[-1]}, cue="each", sentence=q.sentence)


_PERSONS_SHARING = frozenset({"people", "person", "friend", "family", "relative", "child", "grandchild", "son", "daughter"})


def _base_named(article: Article, r: _Reading, total: Quantity, count: Quantity) -> bool:
    """Whether an average said of a part ("the average farm tariff, Rs 2.10 a unit") has that part named
    where its total or count is stated: every describing word between "average" and the figure must stand
    in their sentences, else the figures are the whole's and the average a part's."""
    before = article.words_near(r.q, 6)[0]
    if "average" not in before:
        return True
    words = [w for w in before[before.index("average") + 1:] if w not in _STOP and w.isalpha()][:-1]  # not the head
    said = " ".join(article.sentence_text(i).lower() for i in {total.sentence, count.sentence})
    return all(re.search(rf"\b{re.escape(w)}", said) for w in words)


# "<subject> works out to / amounts to / equates to <rate>": the rate is the article's sum divided by a count.
_DERIVED = re.compile(r"(?:^|\s)(?:(?:works?|worked|working|averages?|averaged|averaging) out (?:to|at|as)|"
                      r"amounts? to|amounted to|equates? to|"
                      r"(?:that|this|which) (?:is|was|means)|(?:that|this)['’]s|"
                      r"(?:that|this|which) (?:puts?|putting|sets?) (?:the|its|their) [a-z]+(?: [a-z]+)? at|"
                      r"equated to|comes? to|came to|translates? (?:in)?to|translated (?:in)?to|equivalent to|"
                      r"(?:is|was|are|were) equal to)"
                      r"(?: (?:about|roughly|around|some|nearly|almost|just|under|over|an|average|of|a|little|"
                      r"more|less|than|approximately|only|barely))*"
                      # the rate named by its attribute: "equated to earnings of", "amounts to an outlay of"
                      r"(?: (?:a|an) [a-z]+(?: [a-z]+)? of| [a-z]+s of)?"
                      r"(?: (?:about|roughly|around|some|nearly|almost|just|under|over|a|little|more|less|than))*$")
# Words of a reporting clause between a pointing word and its verb: "which analysts reckoned equated to".
_REPORTING = frozenset({"said", "says", "say", "told", "were", "was", "claimed", "estimated", "reckoned", "calculated",
                        "the", "company", "council", "members", "ministry", "officials", "analysts", "it", "they",
                        "he", "she", "we", "had", "has", "have", "been"})
# Subjects of such a verb that point back to a sum just stated: "this works out to ...".
_ANAPHORS = frozenset({"this", "that", "it", "which", "these", "those", "they", "figure", "sum", "amount", "total"})


def _derived(r: _Reading) -> str | None:
    """The subject of a verb that derives the rate from a sum ("the budget amounts to about €8,500 per
    student": "budget"; "that works out to roughly £2,400 for every damaged home": "that"), else None."""
    before = r.article.words_near(r.q, 9)[0]
    text = " ".join(before)
    m = _DERIVED.search(text)
    if m is None:
        return None
    if re.match(r"\s?(?:that|this|which)\b", text[m.start():]):
        return "that"  # "That is $25 per resident", "That's $25 per resident", "which means $25 per resident"
    subject = text[:m.start()].split()
    while subject and subject[-1] in ("is", "was", "are", "were", "be", "will", "would", "should", "could", "may"):
        subject.pop()  # "that is equivalent to", "the budget would come to"
    clause = subject[max(0, len(subject) - 7):]
    pointer = next((n for n in range(len(clause) - 1, -1, -1) if clause[n] in ("which", "it", "this", "that")), None)
    if pointer is not None and all(w in _REPORTING for w in clause[pointer + 1:]):
        return "that"  # "<sum>, which analysts reckoned equated to", "they were told it came to"
    return subject[-1] if subject else "it"


# "<measure> per <thing> works out to / is / of <rate>": the thing named before the figure.
_PER_BEFORE = re.compile(r"(?:^|\s)(?P<subject>[a-z]+) per (?P<thing>[a-z]+(?: [a-z]+)?) (?:works? out (?:to|at)|worked out "
                         r"(?:to|at)|comes? to|came to|amounts? to|amounted to|is|was|will be|would be|stands? at|stood "
                         r"at|of|at)(?: (?:about|roughly|around|some|nearly|almost|just|under|over|an estimated))?$")


def _per_before(r: _Reading) -> tuple[str, str] | None:
    """(thing, subject) of a rate whose thing is named before it: "the cost per km comes to Rs 400
    crore" (km, cost); "revenue per user was $4.10"; "a cost per megawatt of $2.6 million"."""
    m = _PER_BEFORE.search(" ".join(r.article.words_near(r.q, 8)[0]))
    if m is None or m.group("subject") in _STOP:
        return None
    return _singular(m.group("thing").split()[-1]), m.group("subject")


def _restated_total(article: Article, r: _Reading) -> Quantity | None:
    """The sum a rate per thing restates in its own sentence: "<sum>, or about <rate> per <thing>"
    ("will raise $61.5 million a year, or about $190 per customer"); "At <sum>, ... <rate> per
    <thing>" ("At $300 million, the park would cost about $2.6 million per megawatt"). One such
    sum of the rate's unit, before it, no earlier level or other side of a comparison."""
    q, toks = r.q, r.toks
    key = _unit_key(q)
    period = q.per.split()[-1].lower() if q.per else None
    per_time = _per_thing(r)[0] in _TIME_WORDS
    found = []
    for j in range(r.k):
        o = toks[j].q
        bare = key == ("count", None) and o is not None and o.kind == "count" and _unit_key(o)[1] is not None
        if o is None or not _numeric(o) or _unit_key(o) != key and not bare or _earlier_level(article, o):
            continue  # (the size of a change may be restated per thing: "will raise $61.5 million, or $190 a customer")
        if o.per and o.per.lower() != period and not (o.per.lower() in _YEAR_PARTS and _period_after(r) in (
                None, o.per.lower())):
            continue  # another rate; "$61.5 million a year, or about $190 per customer (a year)" is the year's
        if article.words_near(o, 0, 2)[1] in (["of", "it"], ["of", "them"], ["of", "that"]):
            continue  # a part of the sum just said: "earned $9m, $2m of it abroad"
        between = [t.low for t in toks[j + 1:r.k]]
        opening = [t.low for t in toks[:j] if t.is_word] in (["at"], ["for"]) and between[:1] and between[0] in (
            ",", "the", "this", "that", "it", "its", "their", "they", "we", "a", "an")  # not "At $50m in profit"
        tail = list(between)
        while tail and tail[-1] in _HEDGES | {"a", "little"}:
            tail.pop()
        # "$11.2 million a year on teaching, or about $4,300 per student": the words of the sum, then ", or";
        # a comma alone sets a sum beside its rate over a span ("counted 86,000 people, some 12,000 daily") or
        # beside its rate per thing, the apposition ending the clause ("made 240 sales, about 12 per branch")
        comma = 2 if tail[-2:] == [",", "or"] else 1 if tail[-1:] == [","] and (
            per_time or _apposition_ends(r)) else 0
        # the sum's words may date it ("earned $9m last year, or $2 a share"), never hold another figure
        restated = between[:2] == [",", "or"] or comma and len(tail) <= 8 and not any(
            t.q is not None and t.q.kind != "date" or t.text in (";", ":")
            for t in toks[j + 1:r.k - (len(between) - len(tail)) - comma])
        if opening or restated:
            found.append(o)
    return found[0] if len(found) == 1 else None


def _apposition_ends(r: _Reading) -> bool:
    """The rate per thing ends its clause, so a comma before it sets it beside the sum as a restatement ("made
    240 sales, about 12 per branch."); not when the clause goes on to compare it ("..., £2 a share more than
    last year") or to say what it is of ("..., £300 a head for the caterers")."""
    rest = r.toks[r.k + 1:r.k + 4]
    if len(rest) >= 2 and rest[0].low in ("a", "an", "per", "each", "every"):
        rest = rest[2:]  # the thing, when the extractor left it outside the figure
    return not rest or rest[0].text in (",", ".", ";") or rest[0].low in ("and", "while", "but", "which")


def _period_after(r: _Reading) -> str | None:
    """The period a rate per thing is also per, said after its thing: "$190 per customer a year"."""
    words = r.article.words_near(r.q, 0, 3)[1]
    for i, w in enumerate(words[:-1]):
        if w in ("a", "an", "per", "each", "every") and words[i + 1] in _YEAR_PARTS:
            return words[i + 1]
    return None


_BOUNDS = frozenset("maximum minimum max cap ceiling limit".split())
_COMPARED_BETWEEN = re.compile(r"\b(?:identical|similar|compared|comparable|than|against|versus|like|matching|"
                               r"in\s+line\s+with)\b", re.I)


def _derived_total(article: Article, q: Quantity, key: tuple, count: Quantity, subject: str) -> Quantity | None:
    """The sum a derived rate divides: for "this"/"it", the figures of the rate's unit just before it (in
    its sentence, else the one or two before); for a noun ("the plan", "the package"), the one figure of
    that unit named by the noun before the rate. Two values leave it unknown."""
    def fits(o: Quantity) -> bool:
        return o.id not in (q.id, count.id) and o.span[0] < q.span[0] and _numeric(o) and _unit_key(o) == key \
            and (not _is_rate(article, o) or _period_sum(article, o, q, near=2)) \
            and not _earlier_level(article, o) and not _aside(article, o, q) \
            and not set(article.words_near(o, 3)[0]) & _COMPARING and not _said_part(article, o) \
            and not set(article.words_near(o, 4)[0]) & _BOUNDS \
            and ("proportion", "part") not in article.roles_of(o)  # a cap ("the maximum penalty"), a part of the sum

    if count.sentence == q.sentence and count.span[0] > q.span[0] and _COMPARED_BETWEEN.search(
            article.text[q.span[1]:count.span[0]]):
        return None  # "$540 a hectare, close to the rate set last year for a grower fined ... for 36 hectares"
    if subject in _ANAPHORS:
        for index in range(q.sentence, max(-1, q.sentence - 3), -1):
            here = [o for o in article.in_sentence(index) if fits(o)]
            if here:
                return here[0] if len({o.value for o in here}) == 1 else None
        return None
    nouns = {_singular(subject), *_SUM_NOUNS.get(subject, ())}
    named = [o for o in article.quantities if fits(o) and not _APIECE & set(article.words_near(o, 0, 2)[1])
             and nouns & {_singular(w) for w in sum(article.words_near(o, 6, 4), re.findall(r"[a-z]+", o.text.lower()))}]
    if not named and key[0] == "measure":
        # "the harvest worked out at 3.6 tonnes for each grower": the one amount of that measure stated before
        # (a measure is no everyday figure as money is), when no figure is named by the subject's noun
        named = [o for o in article.quantities if fits(o) and not _listed(article, o) and not _said_part(article, o)
                 and ("proportion", "part") not in article.roles_of(o) and not _average_word(_Reading(article, o))]
    return _unique(article, q, named)


# Words after a figure that make it each one's, no sum: "logged more than 2,000 hours apiece".
_APIECE = frozenset({"apiece", "each"})


def _count_beside(article: Article, total: Quantity, per: str) -> Quantity | None:
    """The one count of the things a rate is per in the sentence that states its sum."""
    things = _things(per)
    found = [o for o in article.in_sentence(total.sentence) if o.id != total.id and _counts_thing(o, things)
             and not _is_rate(article, o) and not article.is_aim(o) and not _aside(article, o, total)]
    return found[0] if len({o.value for o in found}) == 1 else None


# A noun naming a sum and the verb forms that state it: "the spending amounts to ..." after "will spend £4m".
_SUM_NOUNS = {
    **{noun: ("spend", "spent", "spending", "cost", "costing", "outlay", "bill")
       for noun in ("spending", "outlay", "cost", "bill", "expenditure")},
    "investment": ("invest", "invested", "investing"), "borrowing": ("borrow", "borrowed", "borrowing"),
    "payout": ("pay", "paid", "paying", "payout"), "funding": ("fund", "funded", "funding"),
}


# A rate per unit of time over a calendar period: "an average of 300 a day over the month".
_CALENDAR = frozenset({"day", "week", "month"})
_OVER = frozenset({"over", "in", "during", "across", "through", "throughout", "for"})


def _over_period(article: Article, r: _Reading, per: str) -> tuple[Quantity, Quantity] | None:
    """(total, period) for "<rate> a day over the month" / "a day in January" / "a week last year": the
    period is a month or a year named after the rate, or "the month"/"the year" of the one sum of the rate's
    thing stated just before (its sentence dated by that month or year). The rule counts the period's days."""
    q = r.q
    words: list[str] = []
    date = None
    span = None
    for j in range(r.k + 3, min(len(r.toks), r.k + 7)):
        t = r.toks[j]
        if t.q is not None:
            date = t.q if t.q.kind == "date" and t.q.resolved else None
            span = t.q if t.q.kind == "duration" and t.q.unit in _SPAN_UNITS and _numeric(t.q) else None
            break
        if not t.is_word:
            break
        words.append(t.low)
    if not words or words[0] not in _OVER:
        return None
    if span is not None:
        return _over_span(article, r, span) if words[1:] in ([], ["the"], ["those"], ["these"]) else None
    if date is not None and words[1:] not in ([], ["the"]):
        return None
    length = None if date is not None else {("the", "month"): 7, ("the", "year"): 4}.get(tuple(words[1:3]))
    if date is None and length is None:
        return None
    found = []
    for index in range(q.sentence, max(-1, q.sentence - 3), -1):
        for o in article.in_sentence(index):
            if o.id == q.id or not _numeric(o) or o.kind != q.kind or _is_rate(article, o) \
                    or _earlier_level(article, o) or o.span[0] > q.span[0]:
                continue
            if not (_unit_key(o) == _unit_key(q) or q.kind == "count" and article.measure_key(o) is not None
                    and article.measure_key(o) == article.measure_key(q)):
                continue
            when = article.measure(o).time or ""
            if date is not None and when == str(date.value) or date is None and len(when) == length:
                period = date or next((d for d in article.in_sentence(index) if d.kind == "date"
                                       and str(d.value) == when), None)
                if period is not None:
                    found.append((o, period))
        if found:
            break
    if len(found) != 1 or len(str(found[0][1].value)) not in (4, 7):
        return None
    return found[0]


# Units of a span a rate a day, week or month is taken over: "an average of 1,400 a day over the nine months".
_SPAN_UNITS = frozenset({"day", "week", "month", "year"})


def _over_span(article: Article, r: _Reading, span: Quantity) -> tuple[Quantity, Quantity] | None:
    """(total, span) for "<rate> a day over the nine months" / "a week across the 26 weeks": the sum is the one
    figure of the rate's thing (a bare count when the rate counts) before the rate in its sentence, or, when the
    rate says it derives from what was just said ("That works out to"), in the sentence before; a sentence with
    two such figures, or an earlier level beside none, leaves it unsure. The rule counts the span's days."""
    q = r.q
    key = _unit_key(q)
    back = q.sentence - 1 if _derived(r) in _ANAPHORS else q.sentence
    for index in range(q.sentence, back - 1, -1):
        if index < 0:
            return None
        figures = [o for o in article.in_sentence(index) if o.id not in (q.id, span.id) and o.span[0] < q.span[0]
                   and o.kind not in ("date", "duration") and _numeric(o)]
        fitting = [o for o in figures if not _is_rate(article, o) and not _earlier_level(article, o)
                   and not _aside(article, o, q) and o.id not in _partners(article, q)
                   and (_unit_key(o) == key or q.kind == "count" == o.kind and (not thing_of(o) or key[1] is None))]
        if not figures:
            continue
        return (fitting[0], span) if len(fitting) == 1 else None
    return None


# Parts of a year a money rate may be per: "£1.25bn a year, or roughly £100 a week per family".
_YEAR_PARTS = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 365.0}


def _per_period_and_thing(article: Article, r: _Reading):
    """A rate per period and per thing restating a sum per period in its sentence: "costs €660 million a
    year, about €50 a month for every pensioner" (1.1 million pensioners counted in the sentence): roles
    rate, total, count; the rule scales the periods (a year is 12 months, 52 weeks, 365 days)."""
    q = r.q
    each = _each_of(r)
    if each is not None:  # "worth £120 a year to each of the 15,000 households": the thing is the count's own
        named = next((t.q for t in r.toks[each:each + 4] if t.q is not None), None)
        thing = _noun(named) if named is not None and named.kind == "count" else None
        if named is None or any(t.q is None and t.low not in _COUNT_LEAD and not t.low.endswith(("'s", "’s"))
                                for t in r.toks[each:next(j for j in range(each, len(r.toks)) if r.toks[j].q is named)]):
            return None  # "to each of the homes in its 12 wards": the count must follow at once (an owner may stand
            # between: "to each of the region's 14 hospitals")
    else:
        k = 1
        while r.word(k) is not None and r.word(k).q is None and r.low(k) in ("a", "an", "per", "every", "each", "for"):
            k += 1
        if k == 1 or r.low(1) not in ("for", "per", "a", "an") or r.low(k - 1) not in ("each", "every", "per", "a",
                                                                                       "an") or not r.low(k):
            return None
        thing = _head(r, k)
    if not thing or thing in _TIME_WORDS:
        return None
    # the sum per a period: another period ("£1.25bn a year, or £100 a week per family") or the same one, the
    # sum shared out ("a fund of £1.8m a year, worth £120 a year to each of the 15,000 households")
    totals = [o for o in article.in_sentence(q.sentence) if o.id != q.id and o.kind == q.kind and o.unit == q.unit
              and o.per in _YEAR_PARTS and isinstance(o.value, float) and o.span[0] < q.span[0]
              and float(o.value) * _YEAR_PARTS[o.per] > float(q.value) * _YEAR_PARTS[q.per]]
    if len(totals) != 1:
        return None
    things = _things(thing)
    counts = [o for o in article.in_sentence(q.sentence) if o.kind == "count" and isinstance(o.value, float)
              and not _is_rate(article, o) and not _aside(article, o, q)]
    if len(counts) != 1 or _noun(counts[0]) not in things:  # "240,000 families and 90,000 carers": whose sum?
        return None
    return claim("rate", {"rate": q, "total": totals[0], "count": counts[0]}, cue="per", sentence=q.sentence)


# Words that may stand between "each of" and the count it names: "to each of the 15,000 households".
_COUNT_LEAD = frozenset({"the", "its", "their", "our", "his", "her", "some", "about", "around", "roughly", "nearly"})


# Units of time, in seconds, for a duration written in two parts ("4 hours and 30 minutes", "2 h 05 min").
_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}


def _rest_of_duration(article: Article, d: Quantity) -> Quantity | None:
    """The smaller part written just after duration d: "4 hours and 30 minutes" (30 minutes), "three days,
    six hours" (six hours); None when d stands alone."""
    if d.kind != "duration" or d.unit not in _SECONDS:
        return None
    toks = article.tokens(d.sentence)
    k = article.token_index(d)
    for j in range(k + 1, min(len(toks), k + 4)):
        t = toks[j]
        if t.q is not None:
            o = t.q
            if o.kind == "duration" and o.unit in _SECONDS and _SECONDS[o.unit] < _SECONDS[d.unit] \
                    and isinstance(o.value, float):
                return o
            return None
        if t.low not in ("and", ",", "plus"):
            return None
    return None


def _smaller_part(article: Article, d: Quantity) -> bool:
    """d is the smaller part of a duration in two parts ("4 hours and 30 minutes": the 30 minutes)."""
    toks = article.tokens(d.sentence)
    k = article.token_index(d)
    for j in range(k - 1, max(-1, k - 4), -1):
        t = toks[j]
        if t.q is not None:
            return _rest_of_duration(article, t.q) is not None and _rest_of_duration(article, t.q).id == d.id
        if t.low not in ("and", ",", "plus"):
            return False
    return False


def _owner_rate(article: Article, q: Quantity, per: str, count: Quantity):
    """"Felwick, whose 17 points per game led the side" after "Guard Jo Felwick appeared in every one of
    those games and scored 476 points" (the 28 games counted before): the total is the one
    figure in the rate's unit in the sentence (this one or the two before) that names the rate's owner
    and says she took part in every one (or all) of the things."""
    owner = article.measure(q).subject
    key = _unit_key(q)
    if not owner or key[0] != "count" or key[1] is None:
        return None
    things = _things(per)
    for index in range(q.sentence, max(-1, q.sentence - 3), -1):
        if owner not in article.names_in(index):
            continue
        totals = [o for o in article.in_sentence(index) if o.id != q.id and _numeric(o) and _unit_key(o) == key
                  and not _is_rate(article, o) and not _earlier_level(article, o) and not _aside(article, o, q)]
        words = [t.low if t.q is None else (thing_of(t.q) or "") for t in article.tokens(index)
                 if t.is_word or t.q is not None]  # "all 34 league games": the count says its thing
        every = any(w in ("every", "all") and any(_singular(v) in things for v in words[i + 1:i + 5])
                    for i, w in enumerate(words))
        if len(totals) == 1 and every and count.sentence <= index:
            return claim("rate", {"rate": q, "total": totals[0], "count": count}, cue="per", sentence=q.sentence)
        if totals:
            return None
    return None


# What an average of a sum over a count is called when it names no thing counted: "the average payment",
# "its average gate of 4,586", "an average crowd", "the average award".
_ATTRIBUTES = frozenset("""payment payout gate crowd attendance audience turnout spend spending fare price cost bill
award grant claim settlement salary wage pay income donation gift contribution loan subsidy benefit yield
size value check cheque""".split())


# Averages of a gathering, and the things whose sum they divide.
_ATTENDANCE = frozenset("gate crowd attendance audience turnout".split())
_ATTENDERS = frozenset("""people person fan spectator supporter visitor ticket attendee guest voter viewer
admission""".split())


def _pair_before(article: Article, q: Quantity, noun: str = "") -> tuple[Quantity, Quantity] | None:
    """(total, count) for an average that names an attribute, not a thing ("The average payment, about
    £400" after "paid out £8.4m on 21,000 storm claims"; "Its average crowd of 4,586" after "96,300 fans
    saw the club's 21 home games"): the sentence before it (or the one before that, in its paragraph)
    whose only figures are a sum in the rate's unit and a count of another thing (after it, or before it
    after "across/over/in": "Over its 13 home matches the side drew 297,000 people"); sentences with no
    figure the sum could be are passed over, up to two paragraphs back ("With home crowds averaging 37,500,
    gate takings rose" after the season's figures and a paragraph of revenue)."""
    key = _unit_key(q)
    index = q.sentence
    while index > 0:
        index -= 1
        if article.paragraph(index) < article.paragraph(q) - 2:
            break
        figures = [o for o in article.in_sentence(index) if o.kind not in ("date", "duration")]
        if not figures:
            continue
        if not any(o.kind == "count" and thing_of(o) if key == ("count", None) else _key_fits(article, o, key)
                   for o in figures):
            continue  # paragraphs back, a sentence with no figure the sum could be ("revenue of $94m") is passed
        if len(figures) != 2 or not all(_numeric(o) for o in figures):
            return _spread_in(article, index, key, noun)
        total, count = figures
        if total.kind == "count" and count.kind == "count" and _PREPOSITIONS & set(article.words_before(total, 2)) \
                and not _PREPOSITIONS & set(article.words_before(count, 2)):
            total, count = count, total  # "Over its 13 home matches the side drew 297,000 people"
        if count.kind != "count" or not thing_of(count) or _is_rate(article, total) or _is_rate(article, count) \
                or _earlier_level(article, total) or _earlier_level(article, count):
            return None
        if _unit_key(total) == _unit_key(count):
            return None
        if noun in _ATTENDANCE and _singular(thing_of(total) or "") not in _ATTENDERS:
            return None  # a crowd is of people: "sold 41,000 scarves over 14 home games" is no crowd's sum
        if key == _unit_key(total) or key == ("count", None) and total.kind == "count" and thing_of(total):
            return total, count
        return None
    return None


def _spread_in(article: Article, index: int, key: tuple, noun: str) -> tuple[Quantity, Quantity] | None:
    """(total, count) of the one "<sum> across/over/through/in (the) <count>" of a sentence that names other
    figures too ("drew 96,000 fans through 12 home games at the 9,000-seat ground, where crowds of 2,000 were
    usual"; "gates totalled 180,000 across the 20 fixtures, and 3,000 fans travelled"); a bare sum is taken
    for a crowd when a word of attendance names it ("gates totalled")."""
    toks = article.tokens(index)
    found = []
    for k, t in enumerate(toks):
        count = t.q
        if count is None or count.kind != "count" or not thing_of(count) or not _numeric(count):
            continue
        j = k - 1
        while j > 0 and toks[j].low in _OVER_COUNT - {"of", "which"}:
            j -= 1
        if j < 1 or toks[j].low not in _PREPOSITIONS | {"through"} or toks[j - 1].q is None:
            continue
        total = toks[j - 1].q
        if not _numeric(total) or _is_rate(article, total) or _earlier_level(article, total) \
                or _is_rate(article, count) or _unit_key(total) == _unit_key(count):
            continue
        if key == ("count", None):
            thing = thing_of(total)
            named = {_singular(w) for w in article.words_near(total, 3)[0]}
            fits = total.kind == "count" and (
                thing is not None and (noun not in _ATTENDANCE or _singular(thing) in _ATTENDERS)
                or thing is None and noun in _ATTENDANCE and bool(named & _ATTENDANCE))
        else:
            fits = _key_fits(article, total, key)
        if fits:
            found.append((total, count))
    return found[0] if len(found) == 1 else None


def _subject_average(article: Article, r: _Reading) -> tuple[Quantity, Quantity] | None:
    """(total, count) for an average that restates a sum its sentence says of its subject, per one of that
    subject: "Guests spent a combined 84,300 nights at the resort, an average stay of 3.7 nights" (the guests
    counted elsewhere: "admitted 61,420 patients"); "Members logged a total of 18,000 hours, averaging 12 hours".
    The sum is the one figure of the average's unit before it in its sentence, said to be combined or total; the
    subject is the sentence's first word, a plural noun; the count is the article's one count of that thing
    outside the sentence."""
    q, toks = r.q, r.toks
    first = next((t for t in toks if t.is_word), None)
    if first is None or first.q is not None or not first.text[:1].isupper() or not first.low.endswith("s") \
            or first.low in _STOP or _singular(first.low) == first.low:
        return None
    totals = [t.q for t in toks[:r.k] if t.q is not None and _numeric(t.q) and t.q.unit == q.unit
              and t.q.kind == q.kind and _SUMMED & set(article.words_near(t.q, 3)[0])]
    if len(totals) != 1 or any(t.q is not None and t.q.id != totals[0].id and t.q.kind != "date" for t in toks[:r.k]):
        return None
    things = _things(_singular(first.low))
    counts = [o for o in article.quantities if o.sentence != q.sentence and o.kind == "count" and _numeric(o)
              and (_noun(o) in things or any(_noun(o) == "in" + t for t in things))  # "inpatients" admitted
              and not _is_rate(article, o) and not _earlier_level(article, o) and not _aside(article, o, q)
              and not article.is_aim(o)]
    if not counts or len({o.value for o in counts}) != 1:
        return None
    return totals[0], counts[0]


def _gathering(article: Article, q: Quantity) -> Quantity | None:
    """The one figure of all who came that the article names by a word of attendance, before the average q:
    "a combined attendance of 2.4 lakh", "a total crowd of 187,000", "drew an aggregate audience of 1.1
    million"; not an average or one day's ("a record crowd of 61,000 on Sunday" is one gathering: left out
    when a second value is named)."""
    found = []
    for o in article.quantities:
        if o.span[0] >= q.span[0] or o.kind != "count" or not _numeric(o) or _is_rate(article, o) \
                or _earlier_level(article, o) or _average_word(_Reading(article, o)):
            continue
        if thing_of(o) and _singular(thing_of(o)) not in _ATTENDERS:
            continue
        before = article.words_near(o, 4)[0]
        if before[-1:] == ["of"] and len(before) >= 2 and _singular(before[-2]) in _ATTENDANCE \
                and _SUMMED & set(before):
            found.append(o)
    return found[0] if found and len({o.value for o in found}) == 1 else None


# Words that make a gathering's figure the sum of many: "a combined attendance of", "a total crowd of".
_SUMMED = frozenset({"combined", "total", "aggregate", "cumulative", "overall"})


def _average_noun(r: _Reading) -> str:
    """'The average deal size, at $164 million': deal. Empty when no thing is named."""
    before = r.article.words_near(r.q, 6)[0]
    for i, w in enumerate(before):
        if w == "average" and i + 1 < len(before) and before[i + 1] not in ("of", "at", "was", "is"):
            run = list(itertools.takewhile(lambda x: x not in ("of", "at", "was", "is", "were", "stood"),
                                           before[i + 1:]))
            if not run:
                return ""  # "the average stood at 412": no thing named
            # "the average deal size": deal; but a crowd is of no thing named before it: "an average league crowd"
            return _singular(run[-1] if _singular(run[-1]) in _ATTENDANCE else run[0])
    while before and before[-1] in _HEDGES - {"of", "average", "to"} | {"a", "little"}:
        before = before[:-1]  # "gates averaged about 11,400"
    if len(before) >= 2 and before[-1] in ("averaging", "averaged") and _singular(before[-2]) in _ATTRIBUTES:
        return _singular(before[-2])  # "with home crowds averaging 41,000", "donations averaged £35"
    return ""


def _linked(article: Article, r: _Reading) -> tuple[Quantity, Quantity] | None:
    """'<total> in/across/over <count>' before the rate in its clause: (total, count)."""
    toks = r.toks[:r.k]
    for j in range(len(toks) - 1, 1, -1):
        if toks[j].text in (";", ":"):
            return None
        if toks[j].q is None:
            continue
        if toks[j].q.kind == "count" and toks[j].q.unit == "count" and toks[j - 1].low in _PREPOSITIONS \
                and toks[j - 2].q is not None and _numeric(toks[j - 2].q) \
                and toks[j - 2].q.id not in _partners(article, toks[j].q):  # not "rose to 1.2 million from 1.1 million"
            return toks[j - 2].q, toks[j].q
        return None  # only the figures just before the rate: "<total> in <count>, an average of <rate>"
    return None


def _count(article: Article, r: _Reading, per: str, cue: str | None) -> Quantity | None:
    """The count the rate is per: named beside it, in its sentence, or before it in the article."""
    q = r.q
    toks, k = r.toks, r.k
    if q.kind == "duration" and k > 0 and toks[k - 1].q is not None and toks[k - 1].q.kind == "duration":
        return None  # "3min 11sec per kilometre": the seconds of a pace, not a rate of their own
    if (_BOUNDS | {"limit", "limits", "allowed", "permitted"}) & set(article.words_before(q, 4)):
        return None  # "a limit of 100km/h on the new road", "a maximum of 40 a day": a bound, not the rate achieved
    if cue == "each of":
        nxt = next((t.q for t in r.toks[_each_of(r):_each_of(r) + 6] if t.q is not None), None)
        return nxt if nxt is not None and nxt.kind == "count" else None
    in_sentence = [o for o in article.in_sentence(q.sentence) if o.id != q.id and _numeric(o)]
    if "_per_" in q.unit and per in _TIME_WORDS:  # a rate per unit of time: the duration in its sentence
        found = [o for o in in_sentence if o.unit == per and not _smaller_part(article, o)]
        return found[0] if len(found) == 1 else None
    if not per:
        # "<total> in <count>, an average of <rate>" or "<count> ... <rate> each"
        counts = [o for o in in_sentence if o.kind == "count" and not _is_rate(article, o)]
        if _second_denominator(article, q):
            return None
        linked = _linked(article, r)
        if linked is not None:
            return linked[1]
        if cue == "each":
            nouned = [o for o in counts if o.noun and o.span[0] < q.span[0]]
            owner = _each_owner(r) if not nouned else None
            if owner is not None:  # "the Irish shops were turning over €7m apiece": each shop, counted before
                return _count(article, r, owner, cue)
            if len(nouned) != 1 or _sharers_named(r, nouned[0]):
                return None
            return nouned[0]
        each = _each_subject(r) if cue == "average" else None
        if each is not None:
            return _each_antecedent(article, r, each)
        return None
    things = _things(per)
    mine = [o for o in in_sentence if _counts_thing(o, things) and not _is_rate(article, o)
            and not _aside(article, o, q) and not _earlier_level(article, o)]  # not "up from 290" beside it
    if mine:
        return mine[0] if len({o.value for o in mine}) == 1 else None
    spread = _spread_restated(article, r)
    if spread is not None:
        return spread[1]
    linked = _linked(article, r)
    if linked is not None and _average_word(r) and not _second_denominator(article, q):
        return linked[1]  # "48,000 trees in 160 villages, an average of 300 per parish"
    named = _named_by_sentence(article, q, things, in_sentence)
    if named is not None:
        return named
    candidates = [o for o in _all_counts(article, things) if not _is_rate(article, o)
                  and not _earlier_level(article, o) and not _aside(article, o, q)
                  and not _one_each(article, o) and not article.is_aim(o)
                  and ("proportion", "part") not in article.roles_of(o)]  # "won 11 of their 16 games": 16 games
    found = _unique(article, q, candidates)
    words = _qualifier(r, per)
    if found is not None and words and found.sentence != q.sentence and not _says(article, found, words):
        return None  # "£900 for each child with a disability": not the count of all children, which does not say so
    if found is None and candidates:
        found = _nearest_count(article, r, per, candidates)
    if found is None and _average_word(r):
        # counts of the thing of different sizes ("61 of the 880 planned trips were cancelled ... carried
        # 48,700 riders on the 819 trips that ran"): the one stated beside a sum in the
        # average's own measure is the base it divides
        key = _unit_key(q)
        beside = [o for o in candidates if o.span[0] < q.span[0] and any(
            x.id not in (o.id, q.id) and _numeric(x) and key[1] is not None and _key_fits(article, x, key)
            and not _is_rate(article, x) and not _earlier_level(article, x)
            for x in article.in_sentence(o.sentence))]
        if beside and len({o.value for o in beside}) == 1 and len({o.sentence for o in beside}) == 1:
            found = beside[-1]
    return found


def _spread_restated(article: Article, r: _Reading) -> tuple[Quantity, Quantity] | None:
    """(total, count) of "<sum> for/on/across <count>, or <rate> a <thing>", the rate restating the sum spread
    over the count whatever the count calls its things ("a wage bill of £5m for a squad of 25 professionals, or
    £200,000 a player"; "£400,000 to open all eight branches, or £50,000 a library"): the sum the one figure of
    the rate's measure, the count the one count, and nothing but words between them and the restating ", or"."""
    toks, k = r.toks, r.k
    j = k - 1
    while j >= 0 and toks[j].q is None and toks[j].low in _HEDGES | {"a"}:
        j -= 1
    if j < 1 or toks[j].low != "or" or toks[j - 1].text != ",":
        return None
    # a share said of the sum on the way ("$2m, half of it borrowed, ... 400 seats") is neither sum nor count
    figures = [t.q for t in toks[max(0, j - 24):j - 1] if t.q is not None and t.q.kind not in _NOT_SPREAD]
    if len(figures) != 2 or any(t.text in (";", ":") for t in toks[max(0, j - 24):j]):
        return None
    total, count = figures
    if not (_numeric(total) and _unit_key(total) == _unit_key(q := r.q) and count.kind == "count"
            and thing_of(count) and not _is_rate(article, total) and not _is_rate(article, count)
            and not _earlier_level(article, total) and not _earlier_level(article, count)):
        return None
    return total, count


_NOT_SPREAD = frozenset({"date", "percent", "fraction"})


def _nearest_count(article: Article, r: _Reading, per: str, candidates: list[Quantity]) -> Quantity | None:
    """Counts of the thing of different sizes before the rate ("151,000 hectares" of wheat, then "74,000
    hectares" of barley): the one the rate's noun phrase names, as a reader takes it: the count whose sentence
    says the phrase's describing words ("for every hectare burned"), else the nearest count before it. Taken
    only where its sum is at hand too: a figure of the rate's measure stands in the count's sentence or before
    the rate in the rate's own, and the rate is an average, a derived figure or said of each thing ("on the
    hill farms it was below 3 tonnes a hectare" is a part's rate, of no count)."""
    q = r.q
    if not (_average_word(r) or _derived(r) is not None or _per_thing(r)[1] == "each" or _restating(r)):
        return None
    plain = [o for o in candidates if not _average_word(_Reading(article, o))]  # "the ten-year average of 900 ha"
    pool = article.nearest_named(q, plain, _describing(r, per))
    if not pool or len({o.value for o in pool}) != 1:
        return None
    count = pool[-1]
    key = _unit_key(q)

    def sums(o: Quantity) -> bool:
        if o.id in (q.id, count.id) or not _numeric(o) or _is_rate(article, o) or _earlier_level(article, o):
            return False
        return _key_fits(article, o, key) if key[1] is not None else o.kind == "count" and bool(thing_of(o))

    if any(sums(o) for o in article.in_sentence(count.sentence)) or any(
            sums(o) and o.span[0] < q.span[0] for o in article.in_sentence(q.sentence)):
        return count
    return None


def _describing(r: _Reading, per: str) -> frozenset[str]:
    """The words that say which of the things a rate is per: after its thing ("for every hectare burned", "for
    each child with additional needs"), up to the clause's end."""
    toks = r.toks
    j = next((n for n in range(r.k + 1, min(len(toks), r.k + 6)) if toks[n].is_word
              and _singular(toks[n].low) == per), None)
    if j is None:
        return frozenset()
    out = []
    for t in toks[j + 1:j + 5]:
        if not t.is_word or t.low in _NOT_HEAD - {"with", "without"}:
            break
        if t.low not in _STOP:
            out.append(t.low)
    return frozenset(out or ([toks[j + 1].low] if toks[j + 1].low == "aged" else []))  # "aged over 80"


def _qualifier(r: _Reading, per: str) -> frozenset[str]:
    """The content words of a phrase narrowing the rate's thing: "for each child with a disability" (disability),
    "per pupil in care"; empty when none follows it ("17 points per game led the side": a verb follows)."""
    toks = r.toks
    j = next((n for n in range(r.k + 1, min(len(toks), r.k + 6)) if toks[n].is_word
              and _singular(toks[n].low) == per), None)
    if j is None or j + 1 >= len(toks) or toks[j + 1].low not in ("with", "without", "in", "under", "aged"):
        return frozenset()
    out = []
    for t in toks[j + 2:j + 7]:
        if not t.is_word or t.q is not None:
            break
        if t.low not in _STOP:
            out.append(t.low)
    return frozenset(out or ([toks[j + 1].low] if toks[j + 1].low == "aged" else []))  # "aged over 80"


def _says(article: Article, o: Quantity, words: frozenset[str]) -> bool:
    """o's sentence says one of the describing words (by family: "with special needs" says "additional needs")."""
    stems = {family(w) for w in words}
    return bool(stems & {family(w) for w in re.findall(r"[a-z]+", article.sentence_text(o.sentence).lower())})


def _each_owner(r: _Reading) -> str | None:
    """The things a figure said 'each'/'apiece' of are the plural subject of its clause, named by a determiner
    and counted before: "the new depots will cost about €2m each" (depot); None when no such noun stands before
    it in its clause, or a figure does."""
    for j in range(r.k - 1, 0, -1):
        t = r.toks[j]
        if t.q is not None or t.text in (";", ":", ",") or t.low in _RELATIVE_WORDS:
            return None
        low = t.low
        if t.is_word and low.endswith("s") and _singular(low) != low and low not in _STOP and any(
                u.low in _DETERMINERS for u in r.toks[max(0, j - 3):j]) and all(
                u.is_word for u in r.toks[max(0, j - 3):j]):  # "the Irish shops", "its two new depots" are not
            return _singular(low)
    return None


_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "our", "all"})
_RELATIVE_WORDS = frozenset({"which", "who", "that", "whose", "where"})


def _sharers_named(r: _Reading, count: Quantity) -> bool:
    """Between the count and "<rate> each" the clause names who shares, by name and not by figure ("covered 4.8
    lakh sheep; it cost Rs 12.4 crore, shared between the state and the district at Rs 6.2 crore each", "split
    among the three councils"): "each" is each of them, not each of the things counted."""
    between = [t for t in r.toks if count.span[1] <= t.start and t.end <= r.q.span[0]]
    if any(t.text == ";" for t in between):
        return True
    for n, t in enumerate(between):
        if t.low in ("between", "among", "amongst"):
            named = between[n + 1:n + 8]
            if not any(u.q is not None for u in named):  # "between the state and the union"; not "between March
                return True  # and May", a time
    return False


# Words before a figure that make it one item's ("with each turbine rated at about 4.3MW"), no count of all.
_EACH_BEFORE = frozenset({"each", "every", "apiece"})


def _one_each(article: Article, o: Quantity) -> bool:
    """o is one item's ("with each turbine rated at 4.3MW"), not all of them ("each of the town's 4,000 homes",
    "every one of its 30 schools", which count the whole)."""
    before = article.words_before(o, 5)
    return any(w in _EACH_BEFORE and before[n + 1:n + 2] not in (["of"], ["one"]) for n, w in enumerate(before))


def _named_by_sentence(article: Article, q: Quantity, things: frozenset[str],
                       in_sentence: list[Quantity]) -> Quantity | None:
    """A bare count before the rate in its sentence, of the thing the sentence names before it: "Subscribers
    rose to 1.2 million from 1.11 million, implying average revenue of $33 per subscriber" (1.2 million;
    the earlier level 1.11 million is no count of now)."""
    toks = article.tokens(q.sentence)
    found = []
    for o in in_sentence:
        if o.kind != "count" or o.noun or thing_of(o) or o.span[0] > q.span[0] or _is_rate(article, o) \
                or _earlier_level(article, o) or _aside(article, o, q):
            continue
        k = article.token_index(o)
        if any(t.is_word and _singular(t.low) in things for t in toks[:k]):
            found.append(o)
    return found[0] if len(found) == 1 else None


# Words that mark a figure as what is left of a sum once another part is paid: "the remaining $200,000",
# "leaving €400,000", "the balance of £90,000", "$50,000 left over".
_REMAINDER = frozenset("remaining leaving leaves left remainder rest balance".split())


def _remainder(article: Article, o: Quantity) -> bool:
    """o is the part left over beside another ("with the city paying the remaining $200,000"; "leaving a gap of
    €400,000"; "the rest, £150,000, from the parish"; "with $80,000 left over"): a part, never the total a rate
    over the sentence's span comes to."""
    before, after = article.words_near(o, 4, 2)
    return bool(set(before[:4]) & _REMAINDER) or after[:1] == ["left"]


def _aside(article: Article, o: Quantity, q: Quantity) -> bool:
    """o is no figure of what the rate q divides: the other side of a comparison ("against 7.4 tonnes last
    season", "more than in 2021, when 690,000 hectares were under the crop"), a difference ("about
    50,000 hectares more"), the size of a change ("fall by 1,150 students"), or a figure of another year ("more
    than 31,000 students a decade ago")."""
    before = article.words_near(o, 6)[0]
    after = article.words_near(o, 0, 2)[1]
    if o.sentence == q.sentence and o.id != q.id:  # "31 break-ins last week, compared with an average of 20"
        toks = article.tokens(q.sentence)
        a, b = sorted((article.token_index(o), article.token_index(q)))
        if {t.low for t in toks[a + 1:b]} & (_AGAINST | {"than"}) - {"when"}:
            return True
    if "than" in before[:-1] or before[-1:] == ["than"] and before[-2:-1] not in (["more"], ["less"], ["fewer"],
                                                                                   ["greater"]):
        return True
    if set(before[-3:]) & _AGAINST or after[:1] and after[0] in _DIFFERENCE:
        return True
    if after[:2] in (["last", "year"], ["last", "season"], ["the", "previous"], ["a", "year"]) \
            and not _timeless_restatement(article, o, q):
        return True
    if ("change", "by") in article.roles_of(o) or ("change", "from") in article.roles_of(o):
        return True
    when = article.clause_time(o)
    if when is not None and re.match(r"\d{4}", when):
        mine = article.clause_time(q) or str(article.year_of(q) or "")
        # two years apart at least: a season or a fiscal year may straddle the turn of a year
        return bool(re.match(r"\d{4}", mine)) and abs(int(mine[:4]) - int(when[:4])) >= 2
    return False


def _counts_thing(o: Quantity, things: frozenset[str]) -> bool:
    """A count of the thing ('30-match', '160 parishes'), or an amount in it as a unit ('640,000 hectares'),
    or a count of customers named by what each customer is ('318,000 household customers' counts
    households, '52,000 business accounts' businesses: one account, one household)."""
    if o.kind == "count" and _noun(o) in things or o.kind in ("measure", "duration") and o.unit in things:
        return True
    if o.kind != "count" or not o.noun or _noun(o) not in _CUSTOMERS:
        return False
    words = o.noun.lower().split()[:-1]
    return len(words) == 1 and _singular(words[0]) in things


# Heads of a count of customers whose modifier says what each one is ("household customers", "farm accounts").
_CUSTOMERS = frozenset({"customer", "client", "account", "connection", "subscriber", "ratepayer"})


def _second_denominator(article: Article, q: Quantity) -> bool:
    """Another count after the rate in its sentence: 'an average of 48.5, out eight times'."""
    return any(o.span[0] > q.span[1] and o.kind in ("count", "multiplier") and _numeric_any(o)
               and not _is_rate(article, o)  # "... and output reached 40 units an hour": another rate
               and not _RELATIVE.search(article.text[q.span[1]:o.span[0]])  # "27.4 a night, which leads the 14-team"
               for o in article.in_sentence(q.sentence))


# A relative clause opens after a figure: what follows it is said of something else.
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose|where)\b", re.I)


def _numeric_any(o: Quantity) -> bool:
    return isinstance(o.value, float)


def _noun(q: Quantity) -> str | None:
    from ..article import thing_of

    return thing_of(q)


def _all_counts(article: Article, things: frozenset[str]) -> list[Quantity]:
    """The article's counts of the things, leaving out a stretch of them ("their last 11 league games", "the
    first 20 days"): some of the things, not all."""
    out = [o for o in article.quantities if _counts_thing(o, things) or _ridership(article, o, things)
           or o.kind == "count" and thing_of(o) is None and article.carried_thing(o) in things]  # "from 12 vans to 15"
    for thing in things:
        out.extend(o for o in article.counts_of(thing) if o.kind == "count")
    ends = {o.sentence for o in out if thing_of(o) is None}  # "from 12 vans ... to 16": the start is no count now
    out = [o for o in out if o.sentence not in ends or thing_of(o) is None or article.words_before(o, 1) != ["from"]]
    return sorted({o.id: o for o in out if not _STRETCH & set(article.words_before(o, 2)) and not _to_come(article, o)
                   and not _unfinished_season(article, o)}.values(), key=lambda o: o.span)


def _ridership(article: Article, o: Quantity, things: frozenset[str]) -> bool:
    """Riders or passengers a service carried count its rides, one a boarding: "carried 61 million riders" for
    a fare "a ride" (not a count of crossings or trips, which carry many)."""
    return "ride" in things and o.kind == "count" and _noun(o) in ("rider", "passenger") and bool(
        {"carried", "carry", "carries", "carrying"} & set(article.words_before(o, 3)))


def _unfinished_season(article: Article, o: Quantity) -> bool:
    """A count of games in a sentence that says some are still to come ("with eight matches left in the
    38-game season"), or the schedule of "11 of their 14 matches played": not the games played so far."""
    if any(x.id != o.id and _to_come(article, x) for x in article.in_sentence(o.sentence)):
        return True  # "After 27 of their 34 games ... with seven still to play": which count was played is unsure
    return bool(re.match(r"\s*(?:[a-z-]+\s+){0,2}?(?:played|completed|gone)\b", article.after(o, 30))) \
        and bool(re.search(r"\d[\d,]*\s+of\s+(?:their|its|the|his|her)\s+$", article.before(o, 25)))
    # "with 10 of their 13 pool games now played": 13 is the schedule, 10 the games played


def _to_come(article: Article, o: Quantity) -> bool:
    """'five matches left', 'the remaining six games', 'four rounds to go': things not yet had, no count of those
    a rate is over."""
    before, after = article.words_near(o, 2, 2)
    return bool(set(before) & {"remaining", "outstanding"}) or after[:1] in (["left"], ["remaining"]) \
        or after[:2] in (["to", "play"], ["to", "go"], ["still", "to"])


_STRETCH = frozenset("last first next final opening remaining past previous closing".split())


def _unique(article: Article, q: Quantity, candidates: list[Quantity]) -> Quantity | None:
    """The one value stated before q in the article (or else later in its paragraph)."""
    p = article.paragraph(q)
    before = [o for o in candidates if o.span[0] < q.span[0]]
    pool = before or [o for o in candidates if o.span[0] > q.span[0] and article.paragraph(o) == p]
    if not pool or len({o.value for o in pool}) != 1:
        return None
    return pool[-1]


def _bare_key(article: Article, r: _Reading, count: Quantity) -> tuple | None:
    """For a bare figure ('averaging 82 a game'), the thing of the count before it in its clause."""
    for t in reversed(r.toks[:r.k]):
        if t.text in (";", ":"):
            break
        o = t.q
        if o is not None and o.id != count.id and _numeric(o):
            key = _unit_key(o)
            if key == ("count", None) and count.kind == "duration" and o.kind == "count" and o.span[0] < count.span[0]:
                return key  # "Turnout was 64,000 across the eight polling days, or about 8,000 a day": bare as the rate
            return key if key[1] is not None else None
    return None


def _partners(article: Article, q: Quantity) -> set[str]:
    """Figures the text relates to q as its range or its other level: no sum of it."""
    memo = article.extraction.memo
    if "partners" not in memo:
        memo["partners"] = partners = {}
        for c in article.extraction.claims:
            if c.kind in ("range", "change"):
                for qid in c.quantities:
                    partners.setdefault(qid, set()).update(c.quantities)
    return memo["partners"].get(q.id, set())


# A part said to be of the figure before it: "31 crashes, five of them fatal", "six of which".
_SOME_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b", re.I)


def _total(article: Article, q: Quantity, key: tuple, count: Quantity, cue: str | None = None) -> Quantity | None:
    """The sum the rate divides: in the rate's sentence, the count's, or stated before (a cue word decides)."""
    partners = _partners(article, q)

    over_span = count.kind == "duration" and count.unit in _TIME_WORDS  # "25,000 tonnes a year over a nine-year life"

    def fits(o: Quantity) -> bool:
        return o.id not in (q.id, count.id) and o.id not in partners and _numeric(o) and _key_fits(article, o, key) \
            and (not _is_rate(article, o) or _period_sum(article, o, q)) \
            and not _earlier_level(article, o) and not _aside(article, o, q) \
            and article.words_near(o, 1)[0][-1:] != ["per"] \
            and not _compared(article, o) and not _remainder(article, o) \
            and not (over_span and _periodic(article, o)) \
            and not _change_ends(article, o, q) \
            and not _SOME_OF_THEM.match(article.after(o, 20))  # "well below the $38 charged": another figure

    over = _sum_over(article, count)
    if over is not None and over.sentence != q.sentence and over.id not in partners and _of_them_fits(article, over, key) \
            and not _is_rate(article, over) and not _earlier_level(article, over) and not _compared(article, over):
        return over  # "4.8 million riders last year, 3.9 million of them on the 260 weekdays": the sum over the count
    for index in dict.fromkeys((q.sentence, count.sentence)):
        here = [o for o in article.in_sentence(index) if fits(o)]
        if index == q.sentence != count.sentence and _average_word(_Reading(article, q)):
            # a figure after the average with no word of a sum is another of its thing ("an average of 96
            # passengers on each crossing, on a ship certified for 250 passengers"), not the sum divided
            here = [o for o in here if o.span[0] < q.span[0] or _TOTAL_CUES & set(article.words_near(o, 4)[0])
                    or _grant(article, o) is not None]
        plain = [o for o in here if not _is_rate(article, o)]
        here = plain or here  # "holds £30m, pays out £1.5m a year, or £50,000 to each": the sum, the year's beside it
        if here:
            return here[0] if len({o.value for o in here}) == 1 else None
    if any(o.id not in (q.id, count.id) and _numeric(o) and _unit_key(o) == key and not _is_rate(article, o)
           and not _earlier_level(article, o) and not _compared(article, o)
           for o in article.in_sentence(q.sentence)):
        return None  # the rate's sentence names a figure of the total's kind it does not take: unsure
    nearby = [o for o in article.quantities if fits(o) and abs(o.sentence - q.sentence) <= 1]
    cued = [o for o in nearby if _TOTAL_CUES & set(article.words_near(o, 4)[0])]
    if cued:
        return cued[0] if len({o.value for o in cued}) == 1 else None
    if cue == "each of" and key[0] == "money":
        # "pays €40 to each of 2.3 million pensioners" with the package's cost stated paragraphs before:
        # the article's one sum of that currency with a total word before it, stated before the grant
        cued = [o for o in article.quantities if fits(o) and _TOTAL_CUES & set(article.words_near(o, 4)[0])]
        if cued and len({o.value for o in cued}) == 1 and cued[0].span[0] < q.span[0]:
            return cued[0]
        # "The credit, which will cost $610 million" paragraphs after "a $250 credit for every one of ...": the
        # one sum with a word of cost before it whose clause names the grant by its noun, before or after it
        noun = _grant_noun(_Reading(article, q))
        if noun is None or noun in _TOTAL_CUES or noun in _ATTRIBUTES - {"payment", "grant", "payout", "bonus"}:
            return None
        named = [o for o in article.quantities if fits(o) and o.sentence != q.sentence
                 and _TOTAL_CUES & set(article.words_near(o, 6)[0])
                 and noun in {_singular(w) for w in article.words_near(o, 10)[0]}]
        return named[0] if named and len({o.value for o in named}) == 1 else None
    if key[0] == "money":
        # sums of money are everywhere in a report: only a cue, a shared sentence or the measure the
        # average names ("average revenue of $33 per subscriber": the revenue stated before) says which
        noun = _average_noun(_Reading(article, q))
        if not noun or noun in ("cost", "price", "value"):
            return None
        return _unique(article, q, [o for o in article.quantities if fits(o) and o.span[0] < q.span[0]
                                    and noun in {_singular(w) for w in article.words_near(o, 6)[0]}])
    if key[0] == "count" and (cue not in ("per", "average") or key[1] in _MONEY_WORDS):
        return None  # "11 dlrs each": a price, whose sum only a cue or a shared sentence names
    if key[0] == "count" and not (_average_word(_Reading(article, q)) or "ratio" in article.words_near(q, 6)[0]):
        return None  # "6 patients per nurse on a shift" is no share of the year's patients: only an average or ratio
    # a measure ("6.1 million tonnes") or a count of a named thing ("41,300 pupils"): the one stated before,
    # not counting figures the text calls a part of a whole ("domestic routes accounted for 868,000 ...")
    candidates = [o for o in article.quantities if fits(o) and not _said_part(article, o) and not _listed(article, o)
                  and ("proportion", "part") not in article.roles_of(o) and not _average_word(_Reading(article, o))]
    return _unique(article, q, candidates)


# Words between a sum and the count it is spread over: "3.9 million of them on the 260 weekdays", "£4m over its 80
# sites", "9,300 in the 31 days".
_OVER_COUNT = frozenset({"of", "them", "those", "these", "which", "the", "its", "their", "his", "her", "our", "all"})
_BREAK_WORDS = frozenset("and but while whereas or than against compared from to".split())


def _sum_over(article: Article, count: Quantity) -> Quantity | None:
    """The figure the count's own phrase spreads over it: "<sum> (of them) (<verb>) in/on/over/across (the)
    <count>", at most two words besides those between ("4.8 million riders last year, 3.9 million of them on the
    260 weekdays": the 3.9 million, not the year's 4.8 million); a comma, a joining word or a comparison between
    them parts the two ("880,000 passengers in 2024, against 910,000 on the 300 sailing days of 2023")."""
    toks = article.tokens(count.sentence)
    k = article.token_index(count)
    j = k - 1
    while j >= 0 and toks[j].q is None and toks[j].low in _OVER_COUNT - {"of", "them", "those", "these", "which"}:
        j -= 1  # "the", "its"
    if j < 1 or toks[j].low not in _PREPOSITIONS | {"on"}:
        return None
    j -= 1
    verbs = 0  # "240,000 of them came during the 150 summer days": the verb the sum is the subject of
    while j >= 0 and toks[j].q is None and toks[j].is_word and toks[j].low not in _BREAK_WORDS:
        if toks[j].low not in _OVER_COUNT:
            verbs += 1
            if verbs > 2:
                return None
        j -= 1
    if j < 0 or toks[j].q is None or not _numeric(toks[j].q):
        return None
    return toks[j].q


def _of_them_fits(article: Article, o: Quantity, key: tuple) -> bool:
    """o is measured in key, or is a bare count of those of a figure before it that is ("6.2 million riders ..., 5.1
    million of them")."""
    if _key_fits(article, o, key):
        return True
    if o.kind != "count" or thing_of(o) or not _SOME_OF_THEM.match(article.after(o, 20)):
        return False
    before = [x for x in article.in_sentence(o.sentence) if x.span[0] < o.span[0] and _numeric(x)]
    return bool(before) and _key_fits(article, before[-1], key)


# Words that make a figure one period's: "annual output of 71,000 tonnes", "a yearly bill of $870".
_PERIODIC = frozenset({"annual", "annually", "yearly", "monthly", "weekly", "daily", "nightly", "hourly",
                       "quarterly", "annualised", "annualized"})


def _periodic(article: Article, o: Quantity) -> bool:
    """o is said to be one period's amount (a rate in all but its unit): "annual output of 71,000 tonnes",
    "71,000 tonnes annually", "the daily intake, 3,100 litres"; no sum over a span of periods."""
    before, after = article.words_near(o, 4, 2)
    return bool(_PERIODIC & set(before) or after[:1] and after[0] in _PERIODIC)


def _listed(article: Article, o: Quantity) -> bool:
    """o is one of a list of three or more figures of its unit in its sentence, none the start or end of
    another's change: a breakdown ("Kittering grew 310,000 tonnes, Fenwold 270,000 tonnes and Brantock
    190,000 tonnes"), whose members are parts, not the whole a rate divides."""
    partners = _partners(article, o)
    others = [x for x in article.in_sentence(o.sentence) if x.id != o.id and x.id not in partners
              and x.kind == o.kind and x.unit == o.unit and _numeric(x)]
    return len(others) >= 2


def _said_part(article: Article, o: Quantity) -> bool:
    """A figure its own words call a part: "accounted for 868,000", "552,000, or 44 pct of the total",
    "of which 300,000"."""
    before, after = article.words_near(o, 3, 6)
    if before[-2:] in (["accounted", "for"], ["accounting", "for"], ["account", "for"], ["accounts", "for"]) \
            or before[-2:] == ["of", "which"]:
        return True
    return "total" in after and "of" in after


def _compared(article: Article, o: Quantity) -> bool:
    """A word that sets o against another figure among the three words before it, after any figure before it
    ("well below the $38 charged"; not the "over" of "Over three months, volunteers answered 27,000 calls")."""
    toks = article.tokens(o.sentence)
    words: list[str] = []
    k = article.token_index(o)
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.q is not None and t.q.kind == "percent" and j >= 2 and toks[j - 1].low == "of":
            words.append(toks[j - 2].low)  # "a premium of 18% over": the noun the percent sizes
        if t.q is not None and t.q.kind != "date" or len(words) == 6 or t.text in (",", ";", ":"):
            break
        if t.is_word:
            words.append(t.low)
    # the base a premium or discount is reckoned on: "a 30% premium to Monday's close of $9.10"
    return bool(set(words[:3]) & _COMPARING) or any(
        w in ("premium", "discount") and words[n - 1:n] in (["to"], ["over"], ["on"]) for n, w in enumerate(words))


# Words that set a figure against another: "well below the $45 charged", "more than the 7,000".
_COMPARING = frozenset("below above under over than versus against compared beyond".split())

# Words before the sum of a package of grants: "a package it put at $8.14 million", "costing €90m".
_PACKAGE = _TOTAL_CUES | {"package", "outlay", "put", "budget", "budgeted", "bill"}


def _grant(article: Article, q: Quantity) -> tuple[list[str], int] | None:
    """The words after "<money> for/to (the <word> of) each/every": (up to three words, the token index
    after them), as in "Rs 15,000 for every damaged house", "£400 for the family of each person killed"."""
    toks = article.tokens(q.sentence)
    j = article.token_index(q) + 1
    if j >= len(toks) or toks[j].low not in ("for", "to"):
        return None
    j += 1
    if j + 2 < len(toks) and toks[j].low == "the" and toks[j + 1].is_word and toks[j + 2].low == "of":
        j += 3
    if j >= len(toks) or toks[j].low not in ("each", "every"):
        return None
    j += 1
    words: list[str] = []
    while j < len(toks) and toks[j].is_word and toks[j].low not in ("and", "or", "a", "an", "the") and len(words) < 3:
        words.append(toks[j].low)
        j += 1
    return (words, j) if words else None


def _grant_count(article: Article, q: Quantity, words: list[str]) -> Quantity | None:
    """The count a grant goes to: the one figure of the first of ``words`` that the article counts,
    stated in a sentence that also says the other words ("each person killed": "Floods killed 14 people")."""
    for n, word in enumerate(words):
        things = _things(word)
        found = [o for o in _all_counts(article, things) if o.kind == "count" and o.sentence != q.sentence
                 and not _is_rate(article, o) and not _earlier_level(article, o) and not _aside(article, o, q)]
        if not found:
            continue
        others = [w for i, w in enumerate(words) if i != n]
        if others:  # said in the count's own clause: "420 farms were flooded and 95 were cut off"
            found = [o for o in found if all(w in set(sum(article.words_near(o, 5, 5), [])) for w in others)]
        return found[0] if found and len({o.value for o in found}) == 1 else None
    return None


def _packages(article: Article, index: int):
    """Grants of so much for each of several things and the package they make: "$10,000 to the
    family of each person killed and $2,500 for every damaged home, a package it put at $8.14
    million" (the counts stated elsewhere: "Floods killed 14 people and damaged 3,200 homes")."""
    money = [o for o in article.in_sentence(index) if o.kind == "money" and isinstance(o.value, float)]
    grants = [(o, _grant(article, o)) for o in money]
    grants = [(o, g) for o, g in grants if g is not None]
    if not grants or len({o.unit for o, _ in grants}) != 1:
        return
    last = grants[-1][0]
    totals = [o for o in money if o.span[0] > last.span[1] and o.unit == last.unit and _grant(article, o) is None
              and _PACKAGE & set(article.words_near(o, 4)[0])]
    if len(totals) != 1:
        return
    roles: dict[str, Quantity] = {"total": totals[0]}
    for n, (o, (words, _)) in enumerate(grants, 1):
        count = _grant_count(article, o, words)
        if count is None:
            return
        suffix = "" if n == 1 else str(n)
        roles[f"rate{suffix}"] = o
        roles[f"count{suffix}"] = count
    yield claim("rate", roles, cue="package", sentence=index)


@reader("rate")
def read(article: Article):
    """Rates and averages against the total and the count they divide.

    Shapes: "<total> in <count>, an average of <rate>"; "<rate> a <thing>" beside an average word,
    with the total and the count stated before; "<rate> to each of <count>" and a cost; "<count>
    ... <rate> each"; "the average <thing> size, at <rate>"; a rate per unit of time and a
    duration ("0.4 gigabytes a day ... 18 days"). See the module docstring for examples.
    Refuses: a rate of a part with no average word and no count in its sentence; an average with
    no count (attendance, inflation, temperatures); a second denominator in the sentence;
    candidate counts or totals of different sizes. The sentence's other sums of the total's unit before
    the rate ride along as total_alt<N> ("£12m a year, or £750,000 to each"): the rule clears a rate
    that meets any of them.
    """
    packaged: set[str] = set()
    for index in range(len(article.sentences)):
        for found in _packages(article, index):
            packaged.update(found.quantities)
            yield found
    for q in article.quantities:
        if q.id in packaged:
            continue
        found = read_rate(article, q)
        if found is not None:
            yield _with_other_totals(article, found)


def _with_other_totals(article: Article, found):
    """The claim with every other figure of its total's unit in the rate's sentence, before the rate, as
    ``total_alt<N>``: "a £90m deal over three years pays £30m a year, or £1.5m to every one of 20 teams"
    (the each-amount restates the yearly sum); "a $3bn scheme, $600m of it this year, $40 to each of 15
    million households". Which of them the rate divides the sentence leaves open; the rule is silent when
    any of them fits."""
    roles = found.roles
    if "total" not in roles or "count" not in roles or "rate2" in roles:
        return found
    q, total = article.extraction.quantity(roles["rate"]), article.extraction.quantity(roles["total"])
    if total.sentence != q.sentence:
        return found
    key = _unit_key(total)
    others = [o for o in article.in_sentence(q.sentence) if o.id not in roles.values() and o.span[0] < q.span[0]
              and _numeric(o) and _unit_key(o) == key]
    if not others:
        return found
    extra = {f"total_alt{n}": o.id for n, o in enumerate(others, 1)}
    ids = {*found.quantities, *extra.values()}
    ordered = [o.id for o in sorted((article.extraction.quantity(i) for i in ids), key=lambda o: o.span)]
    return found.model_copy(update={"roles": {**roles, **extra}, "quantities": ordered})


# Words between a subject and a distributive 'each': "the families would each receive", "members have each paid".
_AUX = frozenset("""will would could can should may might must shall had have has also all both then now""".split())
# Words after 'each' that make it no distributive of a counted thing: "each year", "each other", "each time".
_NOT_DISTRIBUTED = _TIME_WORDS | frozenset({"other", "time", "one", "side", "way", "case", "respectively", "and",
                                            "or", "in", "on", "at", "for", "to", "with", "by", "from"})
# Words before a figure of a thing's sum: "bringing the fleet's catch to 52 tonnes", "taking the total to".
_SUM_VERBS = frozenset({"bringing", "taking", "making", "lifting", "pushing", "raising", "adding", "brings",
                        "takes", "makes", "brought", "took", "made", "added", "adds"})


def _distributor(r: _Reading) -> tuple[str, Quantity | None] | None:
    """(thing, count) of a distributive 'each' before the figure in its clause, the figure being the first
    after it: "Each of the 14 wards will get 30 lamps" (wards, the 14); "Each household will receive 1,500 rand"
    (household, no count in the clause); "The 640 crews each landed 2.4 tonnes" (crew, the 640); "the
    families would each receive Rs 20,000" (family). None for "each year", "each other", "each of them"."""
    toks = r.toks
    start = r.k - 1
    while start >= 0 and toks[start].text not in (";", ":") and r.k - start <= 14:
        start -= 1
    for j in range(r.k - 1, start, -1):
        if toks[j].low != "each" or toks[j].q is not None:
            continue
        between = [t.q for t in toks[j + 1:r.k] if t.q is not None and t.q.kind != "date"]
        nxt = toks[j + 1] if j + 1 < r.k else None
        if nxt is None:
            return None
        if nxt.low == "of":  # "each of the region's 14 hospitals will get"
            k = j + 2
            while k < r.k and k <= j + 5 and toks[k].q is None and toks[k].is_word:
                k += 1
            count = toks[k].q if k < r.k else None
            if count is None or count.kind != "count" or not thing_of(count) or between != [count]:
                return None
            return _singular(thing_of(count)), count
        if between or not nxt.is_word or nxt.q is not None:
            return None
        if j + 1 == r.k - 0 or nxt.low in _NOT_DISTRIBUTED:
            return None
        # "<count|things> (would) each <verb>": the subject before 'each'
        i = j - 1
        while i > start and toks[i].q is None and toks[i].low in _AUX:
            i -= 1
        prev = toks[i] if i > start else None
        if prev is not None and prev.q is not None:
            o = prev.q
            if o.kind == "count" and thing_of(o) and _numeric(o):
                return _singular(thing_of(o)), o
            return None
        if prev is not None and prev.is_word and prev.low.endswith("s") and prev.low not in _STOP \
                and _singular(prev.low) != prev.low:
            h = i - 1  # "Winners of the two races each receive": the subject is the winners, not the races
            while h > start and toks[h].q is None and toks[h].is_word and toks[h].low not in ("of", "for", "from") \
                    and (toks[h].low in _STOP or not toks[h].text[:1].isupper() or h == start + 1) and i - h < 4:
                h -= 1
            if h > start and toks[h].low in ("of", "for", "from", "in", "at", "with", "among", "between"):
                return None
            return _singular(prev.low), None
        if nxt.low in _STOP or nxt.low in _EACH_VERBS or not nxt.low.isalpha():
            return None
        # "each household will receive", "each visitor leaving behind": the noun after 'each'
        words = [t.low for t in toks[j + 1:j + 3] if t.q is None and t.is_word]
        if len(words) == 2 and words[1].isalpha() and words[1] not in _STOP and words[1] not in _EACH_VERBS \
                and not words[1].endswith(("ed", "ing")):
            return _singular(words[1]), None  # "each dairy farmer"
        return _singular(words[0]), None
    return None


def _distributed(article: Article, r: _Reading):
    """A figure each one of a counted set has, with the sum of all: "Each of the 14 hospitals will get 30 new beds,
    adding 420 beds in total"; "Each household will receive 1,500 rand" with the households counted before and
    "The total bill of 9.75 million rand" after; "The 520 crews each landed about 2.5 tonnes" after "landed 1,300
    tonnes". The count is the one beside 'each', else the article's one count of the thing (no part, no aim, no
    earlier level); the sum is the one figure of the rate's unit in its sentence called a sum ("in all",
    "a package worth", "bringing the catch to"), else the article's one such figure with a word of a sum before it,
    else, for a measure or a count, the one figure of its unit stated before it."""
    q = r.q
    if q.kind not in ("money", "measure", "count"):
        return None
    found = _distributor(r)  # first: most figures have no 'each' before them, and this asks only the tokens
    if found is None or _earlier_level(article, q) or _aside(article, q, q):
        return None
    thing, count = found
    if not thing or thing in _TIME_WORDS:
        return None
    if _sum_marked(article, q) or _figure_before_each(r):
        return None  # "N3m to each of the 36 winners, or N108m in all": the figure after 'each' is the sum
    things = _things(thing)
    if count is None:
        candidates = [o for o in _all_counts(article, things) if o.kind == "count" and o.id != q.id
                      and not _is_rate(article, o) and not _earlier_level(article, o) and not _aside(article, o, q)
                      and not _EACH_BEFORE & set(article.words_before(o, 5)) and not article.is_aim(o)
                      and ("proportion", "part") not in article.roles_of(o)]
        count = _unique(article, q, candidates)
    if count is None or count.id == q.id:
        return None
    if count.sentence != q.sentence and _future(article, q) and any(
            o.id != count.id and (article.is_aim(o) or _future(article, o)) for o in _all_counts(article, things)):
        return None  # "Each club will then play 34 matches" after "grow the league to 18 sides": the count to come
    key = _unit_key(q)
    if key[0] == "count" and key[1] is None:
        return None
    if key[0] == "count" and key[1] in things:
        return None  # "each of the 12 teams fielded 15 players"? no: a count of the thing itself is no share
    partners = _partners(article, q)

    def summed(o: Quantity) -> bool:
        before, after = article.words_near(o, 6, 2)
        return bool((_PACKAGE | _SUMMED | _SUM_VERBS) & set(before)) or any(after[:len(c)] == c for c in _SUM_AFTER)

    def fits(o: Quantity) -> bool:
        return o.id not in (q.id, count.id) and o.id not in partners and _numeric(o) and _key_fits(article, o, key) \
            and not _is_rate(article, o) and not _earlier_level(article, o) \
            and not (_aside(article, o, q) and not summed(o)) \
            and not _compared(article, o) and not _remainder(article, o) and not _change_ends(article, o, q) \
            and not _EACH_BEFORE & set(_clause_words_before(article, o, 4)) and not _said_part(article, o)

    here = [o for o in article.in_sentence(q.sentence) if fits(o)]
    if here:
        cued = [o for o in here if summed(o)]
        return _rate_claim(q, cued, count) if len(cued) == len(here) else None
    # in other sentences only a noun of a sum says which ("The total bill of 9.75 million rand"), not a verb
    # ("the festival brought C$3.6 million into the town" is another sum)
    cued = [o for o in article.quantities if fits(o) and (_PACKAGE | _SUMMED) & set(article.words_near(o, 6)[0])]
    if cued:
        return _rate_claim(q, cued, count)
    if key[0] == "money":
        return None  # sums of money are everywhere in a report: only a word of a sum says which
    plain = [o for o in article.quantities if fits(o) and not _listed(article, o) and o.span[0] < q.span[0]
             and ("proportion", "part") not in article.roles_of(o) and not _average_word(_Reading(article, o))]
    total = _unique(article, q, plain)
    return _rate_claim(q, [total], count) if total is not None else None


def _sum_marked(article: Article, q: Quantity) -> bool:
    """Whether words right after q call it a sum: "N110m in all", "480 in total", "altogether"."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    after = [t.low if t.q is None else "#" for t in toks[k + 1:k + 3]]
    return after[:2] in (["in", "all"], ["in", "total"]) or after[:1] in (["altogether"], ["combined"]) \
        or bool((_PACKAGE | _SUMMED | _SUM_VERBS) & set(article.words_before(q, 6)))  # "bringing the fund to N126m"


def _figure_before_each(r: _Reading) -> bool:
    """Whether a figure stands just before the 'each' of q's clause ("N3m to each of the 36 winners"): that
    figure is what each one has."""
    for j in range(r.k - 1, -1, -1):
        t = r.toks[j]
        if t.text in (";", ":"):
            return False
        if t.is_word and t.low == "each":  # "N2.5m to each", "£40 for each"; not "the 320 members each"
            return j >= 2 and r.toks[j - 1].low in ("to", "for") and r.toks[j - 2].q is not None
    return False


def _future(article: Article, q: Quantity) -> bool:
    """Whether q's clause speaks of what will be ("will play", "would get", "is to receive")."""
    return bool({"will", "would", "shall"} & set(article.words_before(q, 8)))


def _rate_claim(q: Quantity, totals: list[Quantity], count: Quantity):
    if not totals or len({o.value for o in totals}) != 1:
        return None
    return claim("rate", {"rate": q, "total": totals[0], "count": count}, cue="each", sentence=q.sentence)


def _clause_words_before(article: Article, o: Quantity, n: int) -> list[str]:
    """Up to n words before o, back to the figure or the clause mark before it ("with each turbine rated at
    4.3MW": each; not the 'each' of an earlier figure's clause)."""
    toks = article.tokens(o.sentence)
    out: list[str] = []
    for t in reversed(toks[:article.token_index(o)]):
        if t.q is not None or t.text in (";", ":", "-", "–", "—") or len(out) == n:
            break
        if t.is_word:
            out.append(t.low)
    return out[::-1]


_PERIOD_UNITS = ("_per_day", "_per_week", "_per_month", "_per_year")


def _period_of(o: Quantity) -> str | None:
    """The period o is per: "a year" of "$2.5 million a year", "day" of "9,600 litres a day"."""
    if o.per and o.per.split()[-1].lower() in _YEAR_PARTS:
        return o.per.split()[-1].lower()
    for unit in _PERIOD_UNITS:
        if o.unit.endswith(unit):
            return unit.split("_")[-1]
    return None


def _period_sum(article: Article, o: Quantity, q: Quantity, near: int = 0) -> bool:
    """o is one period's sum that the rate q, per a thing and said of no period of its own, shares out over the
    things for that period: "costs $2.5 million a year for its 5,000 pupils, or $500 per pupil"; "9,600 litres of
    milk a day, or 30 litres per cow"; "spends Sh1.2bn a year on 4,000 staff, an average salary of Sh300,000".
    o stands in q's sentence (or ``near`` sentences before it, for "That is $25 per resident")."""
    period = _period_of(o)
    if period is None or not 0 <= q.sentence - o.sentence <= near or o.span[0] > q.span[0]:
        return False
    if _period_of(q) is not None or (q.per or "").split()[-1:] and q.per.split()[-1].lower() in _TIME_WORDS:
        return False
    after = _period_after(_Reading(article, q))
    return after in (None, period)


# Words by which a sentence dates what it says: a rate's sentence with none of them says nothing of its own time.
_DATING = frozenset("""this last next previous current now year season month week today yesterday ago since
until earlier later""".split())


def _timeless_restatement(article: Article, o: Quantity, q: Quantity) -> bool:
    """q's sentence, after o's, dates nothing of its own ("The 52 boats landed 1.41 million pounds last season.
    ... That averages out to 30,000 pounds a boat"): the time of o ("last season") is the time the story is
    about, not another year set against the rate's."""
    if o.sentence >= q.sentence or article.clause_time(q) is not None:
        return False
    words = {t.low for t in article.tokens(q.sentence) if t.q is None}
    return not words & _DATING and not any(x.kind == "date" for x in article.in_sentence(q.sentence))



def _dated_sum(article: Article, r: _Reading) -> tuple[Quantity, Quantity] | None:
    """(total, period) for an average a day/week/month that shares out a sum dated by a past month or year in the
    rate's sentence or the one before: "The clinic saw 5,400 patients in June, an average of 180 a day"; "Visits
    climbed to 28,800 in 2023. That comes to about 79 patients a day on average". The sum is the one figure of the
    rate's thing (or a bare count, when the rate counts) in that sentence, before the rate, dated by the clause;
    the period must be over by publication, and the rate's own sentence must date nothing else."""
    q = r.q
    key = _unit_key(q)
    own = [d for d in article.in_sentence(q.sentence) if d.kind == "date" and d.span[0] > q.span[0]]
    if own:
        return None
    # the sentence before only when the rate's own says it derives from it ("That works out to"): "Staff treated
    # an average of 300 a day" after "9,300 patients in March" may be of any days
    back = q.sentence - 1 if _derived(r) in _ANAPHORS else q.sentence
    for index in range(q.sentence, back - 1, -1):
        if index < 0:
            return None
        figures = [o for o in article.in_sentence(index) if o.id != q.id and o.span[0] < q.span[0]
                   and o.kind not in ("date", "duration") and _numeric(o)]
        fitting = [o for o in figures if not _is_rate(article, o) and not _earlier_level(article, o)
                   and (_unit_key(o) == key or q.kind == "count" == o.kind and (not thing_of(o) or key[1] is None))]
        if not figures:
            continue
        if len(fitting) != 1 or len([o for o in figures if o.kind == q.kind]) != 1:
            return None
        total = fitting[0]
        when = article.clause_time(total) or ""
        dates = [d for d in article.in_sentence(index) if d.kind == "date" and d.resolved and str(d.value) == when]
        if len(when) not in (4, 7) or len(dates) != 1:
            return None
        year, month = int(when[:4]), int(when[5:7]) if len(when) == 7 else 12
        if article.published is None or (year, month) >= (article.published.year, article.published.month):
            return None  # the month or year is not over yet: its days are not all in the sum
        return total, dates[0]
    return None



def _pair_here(article: Article, q: Quantity) -> tuple[Quantity, Quantity] | None:
    """(total, count) for an average of an attribute whose own sentence states, before it, just a sum in its
    unit (a year's sum too) and a count of a thing: "spends Sh1.2bn a year on its 4,000 staff, an average
    salary of Sh300,000"; "paid out £8.4m on 21,000 claims, an average payment of £400"."""
    figures = [o for o in article.in_sentence(q.sentence) if o.span[0] < q.span[0] and o.kind not in ("date",)]
    if len(figures) != 2 or not all(_numeric(o) for o in figures):
        return None
    key = _unit_key(q)
    sums = [o for o in figures if _unit_key(o) == key and (not _is_rate(article, o) or _period_sum(article, o, q))
            and not _earlier_level(article, o)]
    counts = [o for o in figures if o.kind == "count" and thing_of(o) and not _is_rate(article, o)
              and not _earlier_level(article, o) and _unit_key(o) != key]
    if len(sums) != 1 or len(counts) != 1:
        return None
    return sums[0], counts[0]



def _average_over(article: Article, r: _Reading):
    """An average followed by the count it is over and, in its sentence, the sum called one: "Attendance averaged
    14,500 over the club's 19 home matches, a season total of 275,500"; "She averaged 21 points across her 30
    games, 630 in all". The count is the first figure after the average, after 'over/across/in/from' and at most
    three words; the sum is the one other figure of the average's unit (a bare one for a bare average) with a word
    of a sum."""
    q, toks = r.q, r.toks
    j = r.k + 1
    if j >= len(toks) or toks[j].low not in ("over", "across", "in", "from", "during", "throughout"):
        return None
    k = j + 1
    while k < len(toks) and toks[k].q is None and toks[k].is_word and k - j <= 3:
        k += 1
    count = toks[k].q if k < len(toks) else None
    if count is None or count.kind != "count" or not thing_of(count) or not _numeric(count) \
            or _is_rate(article, count):
        return None
    key = _unit_key(q)
    if key[0] == "count" and key[1] is not None and key[1] in _things(thing_of(count)):
        return None
    sums = [o for o in article.in_sentence(q.sentence) if o.id not in (q.id, count.id) and _numeric(o)
            and (_key_fits(article, o, key) or q.kind == o.kind == "count" and not thing_of(o))
            and not _is_rate(article, o) and not _earlier_level(article, o) and not _compared(article, o)]
    cued = [o for o in sums if (_SUMMED | _TOTAL_CUES) & set(article.words_near(o, 4)[0])
            or any(article.words_near(o, 0, 2)[1][:len(c)] == c for c in _SUM_AFTER)]
    if len(sums) != 1 or len(cued) != 1:
        return None
    return claim("rate", {"rate": q, "total": cued[0], "count": count}, cue="average", sentence=q.sentence)
