"""Comparison: a figure set against others of the same measure by a multiple, a superlative or a record.

Shapes, each with an example:

- a multiple, "<figure>, <factor> as <adjective> as <other>": "treated 210 patients on Thursday,
  twice as many as Kelby" (the other found by its subject and measure anywhere in the article:
  "Kelby's hospitals treated 147 people on Thursday"); "sold 9,000 homes, three times as many
  as the 3,100 a year earlier"; "hired 40 people, half as many as Orrel"; the factor may be
  qualified ("more than twice", "nearly three times", "about half");
- a superlative over a set of a stated size, "<figure>, the <superlative> of the <N> <things>":
  "lifted sales 9.8%, the fastest growth of the three formats", with the other members' figures
  of the same measure in the paragraphs around it (exactly N - 1 of them, or nothing is said);
- a comparative between two figures given, "<figure>, more than the <figure>" / "fewer than
  <name>": "sold 610 cars in May, more than the 640 its rival sold"; with the gap between them,
  "21 tries, five more than Velmont's 16 tries" (role ``difference``);
- a multiple written "double the <figure>": "raised 540 billion won, more than double the 250
  billion won it raised in 2021";
- a multiple of a dimension whose other side is described, not given: "moved to a 70-hectare estate,
  more than twice the size of the old ground" (the one other figure of that unit, stated before:
  "bought a 40-hectare farm"); "about twice as much as the old reservoir";
- a superlative of a rate whose figure is a tally (roles ``subject`` / ``subject_of``): "its highest
  pass rate of any subject was in history, where pupils passed 38 of 48 exams" against "passed 45 of
  50 exams" (tallies of the same things by a verb of the same kind: won / took, passed / cleared);
- a counted superlative said of a thing described, not a figure, the members called by other nouns than the
  set's: "With the biggest rainfall of the three sites, Ardry Ridge ..."; "the west field's price, the highest
  an acre of the three lots"; "Ardry Ridge recorded the biggest rainfall of the three sites" (by census:
  exactly N figures of one measure in the paragraphs before, the subject the one whose sentence, else
  paragraph, writes the description; the per the superlative names picks between two measures);
- "the <comparative> of the two <things>" as a superlative over a set of two, for an adjective whose superlative
  is read ("the busier of the network's two lines"); either, failing every other reading, said of the figure a
  name's verb gives after the phrase: "The Quorrin, the bigger of the two ferries, carries 1,200 passengers"
  (members that are rates over a period, "6,300 riders a day", are no levels of the set);
- a superlative said of a name, the set's members named elsewhere: "Lake Vesk is now the lowest of
  the nine reservoirs. Tarn Beck stood at 33%" (Lake Vesk's 38% stated by name before); "Dunmoor,
  the shallowest of the three pits at 540 metres" (the other pits' depths in a paragraph on the
  pits); "The Harbour Tunnel is the longest of the three tunnels: the Quarry Tunnel runs 3.1 km ...";
- a superlative over a set that is not counted, against the rivals the article names: "baked at
  29.3C, the warmest reading logged on the estuary" ... "Quillon Point touched 30.1C"; "With 212 runs,
  she was the tour's most prolific batter" ... "Yarrowby, whose 240 runs"; "fell the most of any
  fare, by 6%" ... "Ferry tickets dropped 8%" (the rivals: figures of the subject's measure within a few
  sentences, each in a clause headed by a name of its own; "most" / "least" only before an adjective
  whose degree is the figure's size: expensive, visited, prolific ...; "top" and "leading" as "highest":
  "£3,200 a tonne, the top price per tonne at the market", against "the Wendle mill fetched £96,000, or £3,400
  a tonne", a figure restated in its sentence being the name's that heads the figure it restates);
- a figure said to pass or trail another: "will fill 7,350 crates a week, ... overtaking its Quorley
  depot, which packs 8,100"; a mark beaten, said of the figure the sentence before gave by a pointer or a
  measure noun: "reached 27.4C on Sunday." ... "Sunday's reading beat the previous high for 2024 of 28.3C"; "That leaves Brisand ahead of the regional mean of 74.2%" (Brisand's 73.6%
  stated before by name); "trailing the 27.4% taken by the Orchard Alliance" (the cue, ``direction`` up for
  ahead / overtaking / surpassing, down for behind / trailing);
- a figure set past a name whose figure is stated in another sentence: "His 2,940 votes put him ahead of
  Labour's Venner" (Venner's 3,410 votes stated before, in a clause headed by the name); or past a thing a
  noun phrase names, whose figure's holder (``Article.holder_words``) that phrase names best: "produced 8,200
  GWh, outstripping gas" ("Gas-fired plants generated 8,900 GWh"), "overtaking the Netherlands" ("the
  Netherlands with 44,800"), "eclipsed those of bakeries and delis";
- a multiple between two things so named, neither side a figure of its sentence: "Hollin Pit, which mines
  twice as much coal as Easterly Pit" (after "Hollin Pit dug 310,000 tonnes and its smaller Easterly Pit
  150,000 tonnes");
- a superlative or comparative said of an earlier figure by its noun: "The raise is the biggest this year,
  ahead of the $16 million ..." (of "has raised $14 million"); "That margin was narrower than the 4,050
  votes ..." (of "a margin of 3,120 votes"): the one earlier figure with a word of the noun's stem before it;
- a figure restated as years of a measure: "a backlog of 12.9 bln euros, equal to about two years of
  revenue" against the one yearly figure (or yearly range) of that measure the article gives;
- an ordinal superlative, its subject by figure or by name, against the rivals the article names:
  "Chile, now the brewer's second-largest outlet after Canada" (Chile's 2,650 kegs stated by name, with
  Peru's 4,300 and Canada's, the name after "after", as rivals; role ``rank`` the ordinal);
- a counted superlative, plain or ordinal, whose members one sentence near it lists with their figures, the
  subject in the list by its figure, by its name heading a figure's clause, or by its name alone: "can hold a
  combined 9.6 million litres: 2.9 million at Ferriby, 3.1 million at ... and 3.6 million at ..." ... "Ferriby,
  the largest of the three"; "The Tennick allocation, the second-largest of the three" (the list's members with
  the subject exactly N, all of one measure and time, the set's total left out);
- a figure set past a list, the subject a name whose figure an earlier sentence gives, by name or by a pointer:
  "its 80 turbines will have a capacity of 1.1GW. Orrel Bay will then be the biggest farm on the coast, ahead of
  the 0.9GW Ostley Flats and the 1.2GW Tarrow Sands scheme";
- a record, "a record <figure>" / "<figure>, a record" / "<figure>, the highest since <year>" /
  "the most ever", against the figures of the same measure the article gives for earlier
  times (after <year> for "since"): "a record field of 18,460 runners" ... "below the 19,025 who
  started in 2019".

- shapes read by word class, any verb and order: every comparative of an adjective of degree ("warmer than
  Monday's 11C", "dearer than the £38 fare") and every verb that sets one amount past another (exceed,
  outnumber, outsell, outpace, dwarf, lag), the subject set off at the sentence's start ("At 7.4%, ...") or
  a time phrase or relative clause away, the other side described before it is given ("the national rate
  of 8.1%", ", which averages 55km/h", "last summer's peak of 11,100 MW", "Friday's close of 3,230"); two changes' sizes ("rose 18%, outpacing the 12% growth");
  "N times the <figure>"; a multiple after a clause of any length; "a quarter as many" with the other side
  in the sentence before; "half <name>'s tally"; "Of the four wards, X had the lowest"; a superlative whose
  sentence sets rivals against it ("against 36,000 on the other line"); "more than any other <noun>";
  "only X above N" (the member passes, no named rival does); a relative gap ("30% higher than the £1,300").

The cue is the comparative word ("twice", "fastest", "record", "highest since"); for a
superlative or a record ``direction`` says which way it points ("up" for largest, "down" for
smallest).

Refuses: "more than 500 of them" and "no more than 40" (bounds, not comparisons), "double the
number of passengers" (no figure), "one of the largest", "among the largest", "the
second-largest" (no claim over the whole set); a superlative over a set whose size is not given,
or whose other members' figures are not exactly found (unless each is headed by a name of its own, and
none is a total, an average, a record, a figure relative to another, or one of a list in the superlative's
own sentence: "the largest source at 9.2 Mt, followed by homes at 6.1 million");
"three times more than" (read two ways); "the older of the two ferries" (an adjective whose degree is not the
figure's size) and "the bigger of the three" (a comparative over more than two); "twice the size of" with two earlier figures of the unit,
or with counts or money (articles give many); "made by the smallest banks" (a group named by its
size after a preposition); "the most exposed" (the adjective says which way); a named member with
two figures; a rate superlative whose sentence holds two tallies, or against tallies of another kind
("held 40 of its 44 seats" is no win rate); a multiple whose other side is no figure of the same
unit and measure in the article, or is found with two different values; figures of different
times for a multiple ("twice as many as last year" with no figure of last year); by census, more or fewer
than N figures of the measure, N in two measures with no per named, a description no member's sentence or
paragraph writes or two do, and two names sharing the verb ("Colbrook and Ardry recorded the heaviest"); a listed set of more or fewer than N, or
of another measure or time, or the superlative's sentence giving a figure of the measure besides the set's; a name
given two figures of the unit before a list it is set ahead of; a passing cue whose clause a new name heads after
the comma that follows the figure before it ("X, who scored 2,846, with Y just short of the leader on 2,610": the
figure before is another's, and "on N" after the passed thing may be either's); a rival stated as the part of a
proportion ("97 of the 268 candidates": a part of the member, not its size).
"""

from __future__ import annotations

from bisect import bisect_right

from ..article import _STOP, Token, family, phrase_families, thing_of
from ..patterns import re
from ..vocab import CHANGE_DOWN, CHANGE_UP, WHOLE_SYNONYMS
from . import claim, reader

# Superlatives and the way they point; "best" and "worst" do not say which figure is bigger.
SUPERLATIVES = {
    **{w: "up" for w in """largest biggest highest fastest longest greatest strongest heaviest widest steepest
       sharpest most tallest deepest busiest hottest warmest wettest richest costliest priciest thickest
       top leading""".split()},
    **{w: "down" for w in """smallest lowest slowest shortest fewest least weakest narrowest lightest cheapest
       mildest shallowest coldest coolest driest poorest thinnest""".split()},
}
COMPARATIVES = {
    **{w: "up" for w in "more higher larger bigger greater faster quicker longer heavier stronger wider".split()},
    **{w: "down" for w in "fewer less lower smaller slower shorter lighter weaker narrower cheaper".split()},
    # the comparatives of every adjective of degree whose figure is its size: heat, depth, height, wealth, age,
    # price, traffic ("At 14C, Tuesday was warmer than Monday's 11C"; "dearer than the £38 fare")
    **{w: "up" for w in """hotter warmer wetter deeper taller richer wealthier older busier dearer costlier pricier
       steeper sharper thicker louder""".split()},
    **{w: "down" for w in "colder cooler drier shallower poorer younger quieter thinner".split()},
}
FACTOR_WORDS = ("twice", "double", "half", "triple", "treble", "quadruple")
_QUALIFIERS = ("more than", "over", "nearly", "almost", "about", "around", "roughly", "at least", "just over",
               "just under", "less than", "some")
_LINK = frozenset("""is was were are be been remains remained stood stands came comes in on at for this last
year month week quarter the still now so far""".split())
_COMPARING = frozenset("""below above under over than against compared beyond behind short up down on
from exceeding topping""".split())
_SET_WORDS = ("of", "among", "in")
_TIME_PERIODS = frozenset("second minute hour day week month quarter year decade century".split())
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
    """A figure compared with others of its measure: "210 patients, twice as many as Kelby"
    (147 stated elsewhere); "7.3%, the quickest rise of the four brands" (5.1% and 8.8% in the
    paragraphs around); "a record field of 18,460 runners" (19,025 in 2019).

    Refuses "one of the largest", "second-largest", a set of unknown size or with members not
    all found, "three times more than", and an other side that is no figure of the article.
    """
    for s in article.sentences_with(_TRIGGERS | _COMPOUND_SUPERLATIVES, units=("multiplier", "fraction", "rank", "year")):
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            low = _superlative_word(t.low) if t.q is None else None
            if low is not None and low not in _TRIGGERS and not low.startswith("record-"):
                continue  # most words start no comparison: the branches below are not tried for them
            ordinal = _ORDINAL.match(t.low) if t.q is not None and t.q.unit == "rank" else None
            if ordinal and ordinal.group(1) in SUPERLATIVES and isinstance(t.q.value, float) and 2 <= t.q.value <= 5:
                found = _ordinal_superlative(article, toks, k, SUPERLATIVES[ordinal.group(1)])
            elif t.q is not None and t.q.unit in ("multiplier", "fraction") or low in FACTOR_WORDS:
                found = _multiple(article, toks, k)
            elif t.q is not None and t.q.kind == "duration" and t.q.unit == "year" and _next(toks, k) == "of":
                found = _years_of(article, toks, k)
            elif low in _RATE_EXTREMES and (found := _rate_superlative(article, toks, k)) is not None:
                pass
            elif low in SUPERLATIVES and _next(toks, k) in ("since", "ever", "on"):
                found = _since(article, toks, k)
            elif low in SUPERLATIVES:
                found = _superlative(article, toks, k)
            elif low in COMPARATIVES and _next(toks, k) == "than":
                found = _than(article, toks, k)
            elif low in COMPARATIVES and _prev(toks, k) == "the" and _next(toks, k) == "of" \
                    and f"{low[:-2]}est" in SUPERLATIVES:
                # "the busier of the two corridors": a set of two, of an adjective whose degree is the figure's size
                # as its superlative's is ("the older of the two ferries" says nothing of passengers carried)
                found = _superlative(article, toks, k)
            elif low == "record" or low and low.startswith("record-") or low == "all-time":
                found = _record(article, toks, k)
            elif low in _PASSING:
                found = _passing(article, toks, k)
            elif low == "only":
                for found in _only_past(article, toks, k):
                    yield _timed(article, found)
                continue
            else:
                continue
            if found is not None:
                yield _timed(article, found)


# Words of speed: of a figure that is itself an elapsed time ("won in 10.4 seconds, 0.2 seconds faster than
# ..."), the faster or quicker figure is the smaller one, so the way such a cue points turns round.
_SPEED_WORDS = frozenset("faster quicker fastest quickest slower slowest".split())
_ELAPSED_UNITS = frozenset("second minute hour day week".split())


def _timed(article, found):
    """``found`` with its direction turned round when a speed word compares elapsed times."""
    cue = (found.cue or "").split()
    subject = found.roles.get("subject")
    if not cue or cue[0] not in _SPEED_WORDS or found.direction not in ("up", "down") or subject is None:
        return found
    q = next((x for x in article.quantities if x.id == subject), None)
    if q is None or q.kind != "duration" or q.unit not in _ELAPSED_UNITS:
        return found
    return found.model_copy(update={"direction": "down" if found.direction == "up" else "up"})


# -- "its highest pass rate of any subject was in X, where pupils passed 38 of 48 exams" ------------------
_RATE_EXTREMES = {"best": "up", "highest": "up", "strongest": "up", "top": "up", "worst": "down",
                  "lowest": "down", "weakest": "down", "poorest": "down"}
# The words a comparison may start from: a sentence without one of them holds none.
# Verbs and phrases that set one figure past another: "ahead of the regional mean of 74.2%", "overtaking
# its Quorley depot, which packs 8,100"; the way each points.
_PASSING = {**{w: "up" for w in """ahead overtaking overtook overtakes overtake surpassing surpassed surpasses
               outstripping outstripped outstrips eclipsing eclipsed eclipses outpacing outpaced""".split()},
            # every verb that sets one amount past another: exceed, outnumber, outsell, outperform, outweigh, dwarf
            **{f"{stem}{end}": "up" for stem in ("exceed", "outnumber", "outperform", "outweigh", "dwarf")
               for end in ("", "s", "ed", "ing")},
            **{w: "up" for w in "outsell outsells outsold outselling".split()},
            # verbs of beating a mark: "beat the previous high of 30.2C", "bettered April's best of $7.6bn"
            **{w: "up" for w in "beat beats beating bettered betters bettering broke breaks smashed smashes".split()},
            **{w: "down" for w in "behind trailing trailed trails lag lags lagged lagging".split()}}
_TRIGGERS = frozenset({*FACTOR_WORDS, *SUPERLATIVES, *COMPARATIVES, *_RATE_EXTREMES, *_PASSING, "only", "record", "all-time",
                       "record-high", "record-low", "record-breaking", "record-setting"})
_RATE_NOUNS = frozenset("rate ratio record share percentage proportion".split())
# Verbs that take "<A> of <B>" as a success count; a pair is compared only with pairs of the same group.
_TALLY_VERBS = (frozenset("won took captured claimed secured carried swept bagged picked grabbed".split()),
                frozenset("passed cleared completed converted scored saved".split()),
                frozenset("held retained kept defended".split()),
                frozenset("lost conceded dropped missed failed".split()))


def _rate_superlative(article, toks, k):
    """"Its highest pass rate of any subject was in history, where pupils passed 38 of 48 exams" against
    "In maths they passed 45 of 50 exams": a superlative of a rate whose figure is a tally
    "<A> of <B> <things>" in its sentence, against the tallies of the same things by a verb of the same
    kind elsewhere. The roles pair each part with its whole ("subject" / "subject_of")."""
    if not any(t.low in _RATE_NOUNS for t in toks[k + 1:k + 4]):
        return None
    mine = _tallies(toks)
    if len(mine) != 1:
        return None
    part, whole, group = mine[0]
    if group is None:
        return None
    others = []
    for s in range(len(article.sentences)):
        if s == part.sentence:
            continue
        for p, w, g in _tallies(article.tokens(s)):
            if g == group and thing_of(w) == thing_of(whole) and _same_time(article, p, part):
                others.append((p, w))
    if not others:
        return None
    roles = {"subject": part, "subject_of": whole}
    for i, (p, w) in enumerate(others, 1):
        roles[f"other{i}"], roles[f"other{i}_of"] = p, w
    return claim("comparison", roles, cue=f"{toks[k].low} rate", direction=_RATE_EXTREMES[toks[k].low],
                 about=thing_of(whole), sentence=part.sentence)


def _tallies(toks):
    """"won 17 of 25 wards", "took 12 of the 14 wards": (part, whole, verb group or None) of each tally."""
    out = []
    for j, t in enumerate(toks):
        if t.q is None or t.q.kind != "count" or j + 2 >= len(toks) or toks[j + 1].low != "of":
            continue
        w = toks[j + 2].q if toks[j + 2].q is not None else (
            toks[j + 3].q if j + 3 < len(toks) and toks[j + 2].low in ("the", "its", "their") else None)
        if w is None or w.kind != "count" or thing_of(w) is None or thing_of(t.q) not in (None, thing_of(w)):
            continue
        verbs = [x.low for x in toks[max(0, j - 3):j] if x.is_word]
        out.append((t.q, w, next((i for i, g in enumerate(_TALLY_VERBS) if set(verbs) & g), None)))
    return out


# -- "<figure>, twice as many as <other>" ---------------------------------------------------------------
def _multiple(article, toks, k):
    rest = [t.low for t in toks[k + 1:k + 4]]
    if _earlier_period_level(toks, k + 1):
        return _multiple_of_change(article, toks, k)
    described = False  # "twice the size of the original shop": the other side named by what it is
    noun = toks[k + 3] if len(rest) >= 3 and rest[:2] in (["as", "many"], ["as", "much"]) and toks[k + 3].is_word \
        and _next(toks, k + 3) == "as" else None  # "twice as many readers as"
    if noun is None and len(rest) >= 2 and rest[0] == "as" and rest[1] in ("many", "much") \
            and (len(rest) < 3 or rest[2] != "as"):
        return _elliptical_multiple(article, toks, k)
    if noun is not None:
        after = k + 5
    elif len(rest) >= 3 and rest[0] == "as" and rest[2] == "as":
        after = k + 4  # "twice as many as"
    elif len(rest) >= 3 and rest[0] == "the" and rest[1] in _DIMENSIONS and rest[2] == "of" \
            and (toks[k].q is not None or toks[k].low in ("twice", "double", "triple", "treble", "half")):
        after, described = k + 4, True
    elif rest[:1] and rest[0].endswith(("'s", "’s")) and toks[k + 1].text[:1].isupper() \
            and toks[k].low in ("twice", "double", "triple", "treble", "half", "a half", "a third", "a quarter"):
        after = k + 1  # "less than half Penwarra's tally": the other side a name's figure of the measure, stated elsewhere
    elif rest[:1] == ["the"] and (toks[k].low in ("twice", "double", "triple", "treble", "half")
                                  or toks[k].q is not None and toks[k].q.unit == "multiplier"
                                  and k + 2 < len(toks) and toks[k + 2].q is not None):
        after = k + 1  # "more than double the 180 billion won", "three times the $2.1bn recorded in 2019"
    else:
        return None  # "three times more than" is read two ways
    start = _qualified_start(toks, k)
    subject = _figure_before(article, toks, start) or (_figure_of_phrase_before(toks, start) if described else None)
    if subject is None and not described:
        return _apposed_multiple(article, toks, k, start, after, rest) \
            or (_held_multiple(article, toks, k, start, after, noun) if after >= k + 4 else None)
    if subject is None:
        return None
    other = _other_after(article, toks, after, subject)
    if other is None and (described or after == k + 4) and _no_figure_after(toks, after):
        other = _sole_earlier(article, subject)
    elif after == k + 1 and (other is None or other.sentence != subject.sentence and not rest[0].endswith(("'s", "’s"))
                             or other.sentence == subject.sentence and article.token_index(other) > k + 3):
        return None  # "double the number of visitors": no figure to compare
    if other is None and after >= k + 4 and after < len(toks) and toks[after].is_word and toks[after].q is None:
        other = _described_other(article, toks, after, subject)  # "as many as the old depot, which sent out 720"
    if other is None:
        return None
    qualifier = _qualifier_before(toks, k)
    factor = toks[k]
    cue = " ".join(w for w in (qualifier, factor.low) if w)
    roles = {"subject": subject, "other1": other}
    if factor.q is not None:
        roles["factor"] = factor.q
    return claim("comparison", roles, cue=cue, about=(f"the {rest[1]} of" if described else rest[1]) if after >= k + 4 else None, sentence=subject.sentence)


def _held_multiple(article, toks, k, start, after, noun):
    """A multiple between two things named by noun phrases, their figures stated elsewhere: "Hollin Pit, which
    mines 1.8 times as much coal as Easterly Pit" (after "Hollin Pit dug 310,000 tonnes last year and its smaller
    Easterly Pit 150,000 tonnes"); "App booking, which draws twice as many readers as desk booking" (after "3,050
    desk bookings and 4,950 app bookings"). The subject is named by the clause's words before the cue, the other
    by the words after "as"; each names its one figure (``Article.figures_held``), the two of one unit, thing and
    time, and the measure's noun ("buyers") names neither.

    Refuses a clause with a figure of its own before the cue (read by the figure paths), a phrase naming figures
    of two values, and two units in which both phrases name a figure."""
    if any(t.q is not None and t.q.kind != "date" for t in toks[:start]) or any(t.text == ";" for t in toks[:start]):
        return None
    mine = [t.low for t in toks[:start] if t.is_word]
    theirs = []
    for t in toks[after:after + 5]:
        if t.q is not None:
            return None
        if not t.is_word or t.low in _STOP and t.low != "the":
            break
        theirs.append(t.low)
    if not mine or not theirs:
        return None
    exclude = frozenset(phrase_families([noun.low])) if noun is not None else frozenset()
    pairs, units = {}, set()
    for like in article.quantities:
        unit = (article.unit_of(like), like.per, thing_of(like))
        if like.kind in ("date", "rank") or not isinstance(like.value, float) or like.unit in ("multiplier", "fraction") \
                or unit in units:
            continue
        units.add(unit)
        subjects = article.figures_held(mine, like, exclude=exclude)
        others = article.figures_held(theirs, like, exclude=exclude)
        if subjects and others:
            pairs[tuple(q.id for q in subjects), tuple(q.id for q in others)] = (subjects, others)
    if len(pairs) != 1:
        return None
    subjects, others = next(iter(pairs.values()))
    if len({float(q.value) for q in subjects}) != 1 or len({float(q.value) for q in others}) != 1:
        return None
    subject, other = subjects[0], others[0]
    if subject.id == other.id or not _like(subject, other) or not _same_time(article, subject, other):
        return None
    if article.roles_in(subject) & {"from", "by", "low", "high"} or article.roles_in(other) & {"from", "by", "low", "high"}:
        return None
    roles = {"subject": subject, "other1": other}
    if toks[k].q is not None:
        roles["factor"] = toks[k].q
    qualifier = _qualifier_before(toks, k)
    here = bisect_right([first for first, _ in article.sentences], toks[k].start) - 1
    return claim("comparison", roles, cue=" ".join(w for w in (qualifier, toks[k].low) if w),
                 about=toks[k + 2].low, sentence=here)


_ROUGHLY = frozenset("some about around roughly nearly almost just over only".split())


def _elliptical_multiple(article, toks, k):
    """"<factor> as many" with the other side left unsaid, as the figure the sentences before gave: "The plant
    employs 2,400 workers. Its sister site employs about a quarter as many, some 600 people"; "Drisket has 312
    nurses. Belcastle, with 96, has less than a third as many". The subject is the one figure of the clause,
    before the cue or right after it (", some 600 people"); the other the one value of the subject's measure (the
    same thing, a word of its measure group, or a bare count) in the nearest of the two sentences before.
    Refuses two figures in the subject's sentence, and two values, or none, in the sentence before."""
    j = k + 3
    if j < len(toks) and toks[j].is_word:
        return None  # "as many people as ...": not the ellipsis
    mine = [t.q for t in toks if t.q is not None and t.q.kind not in ("date", "rank") and isinstance(t.q.value, float)
            and t.q is not toks[k].q and t.q.unit not in ("multiplier", "fraction")]
    if len(mine) != 1:
        return None
    subject = mine[0]
    i = article.token_index(subject)
    if i > k:  # after the cue only as its restatement: ", some 600 people"
        words = [t.low for t in toks[k + 3:i]]
        if not words or words[0] != "," or any(w not in _ROUGHLY for w in words[1:]):
            return None
    for back in (1, 2):
        index = subject.sentence - back
        if index < 0:
            return None
        found = [q for q in article.in_sentence(index) if q.kind not in ("date", "rank") and isinstance(q.value, float)
                 and _same_thing(q, subject) and not article.roles_in(q) & {"from", "by", "low", "high"}]
        if found:
            if len({float(q.value) for q in found}) != 1:
                return None
            qualifier = _qualifier_before(toks, k)
            roles = {"subject": subject, "other1": found[0]}
            if toks[k].q is not None:
                roles["factor"] = toks[k].q
            return claim("comparison", roles, cue=" ".join(w for w in (qualifier, toks[k].low) if w),
                         about=toks[k + 2].low, sentence=subject.sentence)
    return None


def _same_thing(a, b) -> bool:
    """Figures of one measure by unit and thing, a word of one measure group naming the same thing ("2,400
    workers" and "600 people"), or a bare count taken as the other's."""
    if _like(a, b):
        return True
    ta, tb = thing_of(a), thing_of(b)
    return a.unit == b.unit == "count" and ta is not None and tb is not None \
        and (tb in WHOLE_SYNONYMS.get(ta, ()) or ta in WHOLE_SYNONYMS.get(tb, ()))


def _apposed_multiple(article, toks, k, start, after, rest):
    """"<figure> <any words of its clause>, <factor> as many as <other>": the multiple set off by a comma after
    the clause whose figure it is said of ("dispatched 340 lorries over the holiday week, roughly half as many as
    the southern depot, which sent out 720"; "treated nine thousand patients in its emergency unit last winter,
    three times as many as ..."). The subject is the nearest figure of the clause before the comma whose measure
    the other side, found after the cue, shares. Refuses a clause break (a semicolon, a joining word, a relative
    pronoun) before the figure, and a figure with no like other."""
    if start < 1 or toks[start - 1].text != ",":
        return None
    candidates = []
    for j in range(start - 2, -1, -1):
        t = toks[j]
        if t.text in (";", ":", "(", ")") or t.low in _JOINING or t.low in ("which", "who", "whose", "where"):
            break
        if t.q is not None and t.q.kind not in ("date", "rank") and isinstance(t.q.value, float) \
                and not _compound_modifier(toks, j) and not article.roles_in(t.q) & {"from", "low", "high"}:
            candidates.append(t.q)
            if len(candidates) == 2:
                break
    for subject in candidates:
        other = _other_after(article, toks, after, subject)
        if other is None and after == k + 4 and after < len(toks) and toks[after].is_word and toks[after].q is None:
            other = _described_other(article, toks, after, subject)
        if other is None or other.id == subject.id or not _like_amount(other, subject):
            continue
        qualifier = _qualifier_before(toks, k)
        roles = {"subject": subject, "other1": other}
        if toks[k].q is not None:
            roles["factor"] = toks[k].q
        return claim("comparison", roles, cue=" ".join(w for w in (qualifier, toks[k].low) if w),
                     about=rest[1] if after == k + 4 else None, sentence=subject.sentence)
    return None


_PERIOD_POSSESSIVES = frozenset({f"{p}{s}" for p in ("year", "month", "season", "quarter", "week")
                                 for s in ("'s", "’s")} | {"years'", "years’"})


def _earlier_period_level(toks, j) -> bool:
    """"last year's level", "the previous season's figure", "the year-earlier total": the same measure at the
    time before, named by a period and a noun, with no figure."""
    words = [t for t in toks[j:j + 5]]
    if words and words[0].low == "the":
        words = words[1:]
    if words and words[0].q is not None and words[0].q.kind == "date" and not re.search(r"\d", words[0].text) \
            and words[0].low.startswith(("last ", "the previous ", "the prior ")):
        rest = words[1:]  # "last year's level": the relative date read as one token, then its possessive
        if rest[:2] and rest[0].text in ("'", "’") and len(rest) > 2 and rest[1].low == "s":
            rest = rest[2:]
        elif rest[:1] and rest[0].low in ("'s", "’s"):
            rest = rest[1:]
        else:
            return False
        noun = rest[0] if rest else None
        return noun is not None and noun.is_word and noun.low not in _STOP and noun.low not in _TIME_PERIODS
    if len(words) >= 3 and words[0].low in ("last", "previous", "prior") and words[1].low in _PERIOD_POSSESSIVES:
        noun = words[2]
    elif len(words) >= 2 and words[0].low in ("year-earlier", "year-ago", "prior-year", "previous-year"):
        noun = words[1]
    else:
        return False
    return noun.is_word and noun.low not in _STOP and noun.low not in _TIME_PERIODS


def _multiple_of_change(article, toks, k):
    """"Output from its wind farms was almost three times last year's level" after "Wind generation rose to
    4.1 TWh from 1.5 TWh": a multiple of the measure's earlier level, said of the ends of the one change stated
    in the sentence or the two before it (the subject its end, the other its start). Without a figure in the
    multiple's clause, the clause must share a word stem with the change's sentence ("hydro", "hydropower").

    Refuses two changes with both ends in those sentences, a change in percent (a rate's level is no amount),
    and a clause that shares no word with the change."""
    start = _qualified_start(toks, k)
    own = _figure_before(article, toks, start)
    here = toks[k].start
    sentence = next(i for i, (a, b) in enumerate(article.sentences) if a <= here < b)
    changes = []
    for c in article.extraction.claims:
        if c.kind != "change" or not c.roles.get("from") or not c.roles.get("to"):
            continue
        a, b = article.extraction.quantity(c.roles["from"]), article.extraction.quantity(c.roles["to"])
        if not sentence - 2 <= b.sentence <= sentence or b.unit != a.unit or b.kind in ("percent", "date") \
                or not isinstance(a.value, float) or not isinstance(b.value, float):
            continue
        if own is not None and own.id != b.id:
            continue
        if own is None:
            mine = {w.low[:5] for w in toks[:start] if w.is_word and w.low not in _STOP and w.low not in _GENERIC
                    and len(w.low) >= 4}
            theirs = {w[:5] for w in re.findall(r"[a-z]{4,}", article.sentence_text(b.sentence).lower())
                      if w not in _STOP and w not in _GENERIC}
            if not mine & theirs:
                continue
        changes.append((a, b))
    if len({(a.id, b.id) for a, b in changes}) != 1:
        return None
    before, end = changes[0]
    qualifier = _qualifier_before(toks, k)
    roles = {"subject": end, "other1": before}
    if toks[k].q is not None:
        roles["factor"] = toks[k].q
    return claim("comparison", roles, cue=" ".join(w for w in (qualifier, toks[k].low) if w),
                 about="the earlier level of", sentence=sentence)


_DIMENSIONS = frozenset("size area length height width depth capacity volume weight floorspace footprint".split())


def _figure_of_phrase_before(toks, k):
    """"a 70-hectare estate on the river, more than twice the size of": the figure
    that qualifies the noun phrase the apposition follows (a few words, no verb-like word or clause)."""
    j = k - 1
    if j < 0 or toks[j].text != ",":
        return None
    for i in range(j - 1, max(-1, j - 8), -1):
        t = toks[i]
        if t.q is not None:
            return t.q if t.q.kind not in ("date", "count") and isinstance(t.q.value, float) else None
        if not t.is_word or t.low in _JOINING or t.low in ("which", "that", "who", "is", "was", "were", "are"):
            return None
    return None


def _no_figure_after(toks, k) -> bool:
    """Nothing but words up to the clause's end: "the size of the original shop, and it stayed"."""
    for t in toks[k:]:
        if t.q is not None:
            return False
        if not t.is_word and t.text not in ("'", "’", "-"):
            return True
    return True


def _sole_earlier(article, subject):
    """The one other figure of the subject's unit in the article, stated before it: "a 40-hectare farm"
    for "a 70-hectare estate, twice the size of the old ground". Counts and
    money, which articles give of many things, are left alone."""
    if subject.kind in ("count", "money", "percent") or subject.unit in _TIMES:
        return None
    found = [q for q in article.quantities if q.id != subject.id and q.unit == subject.unit and q.per == subject.per
             and isinstance(q.value, float) and q.kind != "date"]
    if len(found) != 1 or found[0].span[0] > subject.span[0]:
        return None
    return found[0]


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
        own = _in_figure_phrase(toks, j) and t.low not in _JOINING
        if t.low not in _LINK and t.low not in _OF_PHRASE and t.low not in _TIME_WORDS and not own or gap > 4:
            return None  # only the figure's own noun: "45,000 tonnes of steel a month", "her 24-year tenure"
    return None


# The words of a time phrase that may stand between a figure and what is said of it: "17 goals this season,
# less than half", "18% in the final quarter, outpacing", "9,000 homes over the past two years, three times".
_TIME_WORDS = frozenset({*_TIME_PERIODS, *(f"{p}s" for p in _TIME_PERIODS), "season", "seasons", "final", "past",
                         "latest", "previous", "opening", "fiscal", "financial", "calendar", "during",
                         "spring", "summer", "autumn", "winter"})


def _fronted_figure_of(toks, k):
    """The figure a sentence opens with, set off by a comma, for a comparison later in its first clause: "At 7.4%,
    unemployment in the north was higher than ..."; "At 14C, Tuesday was warmer than ...". None when another
    figure, a clause break or a joining word stands between."""
    if len(toks) < 4 or toks[0].low not in ("at", "with") or toks[1].q is None or toks[2].text != ",":
        return None
    q = toks[1].q
    if q.kind in ("date", "rank") or not isinstance(q.value, float):
        return None
    for t in toks[3:k]:
        if t.q is not None and t.q.kind != "date" or t.text in (",", ";", ":", "(") or t.low in _JOINING \
                or t.low in ("which", "who", "that"):
            return None
    return q


def _in_figure_phrase(toks, j) -> bool:
    """Word j is of the noun phrase a figure heads: right after the figure or "of" ("45,000 tonnes of steel"),
    or after at most two more such words ("the 42-kilometre northern coastal route", "the 180MW Fennock plant")."""
    for i in range(j - 1, max(-1, j - 4), -1):
        if toks[i].q is not None or toks[i].low == "of":
            return True
        t = toks[i]
        if not t.is_word or t.low in _JOINING or t.low in _STOP or t.low in _LINK:
            return False  # a name may stand in the phrase: "the 180MW Fennock plant"
    return False


def _amount_unit(unit: str) -> str:
    """The unit of an amount without the time it is per: '45,000 tonnes of steel a month, three times the 15,000
    tonnes the old mill produced' leaves the second figure's period unsaid, as '£2,150 a month, less than the
    £2,350' does a price's."""
    amount, _, per = unit.partition("_per_")
    return amount if per in _TIME_PERIODS else unit


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
            same = _amount_unit(t.q.unit) == _amount_unit(subject.unit) \
                and (t.q.per == subject.per or None in (t.q.per, subject.per))
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


def _described_other(article, toks, k, subject):
    """The other side of a comparison described before it is given: "higher than the national rate of 8.1%",
    "slower than the coastal route, which averages 55km/h", "as many as the smaller infirmary, which saw 4,100":
    the first figure after the cue (a few words on, or in a relative clause), of the subject's unit and thing."""
    other = _passed_figure(toks, k)
    return other if other is not None and _like_amount(other, subject) else None


def _describes(toks, j) -> bool:
    """The words at j open a description of the other side rather than give it: a determiner ("the national
    rate of 8.1%") or a time that owns it ("last summer's peak of 15,100 MW", "Friday's close of 3,230")."""
    return j < len(toks) and (toks[j].low in _DETERMINERS or _owning_time(toks, j))


def _owning_time(toks, j) -> bool:
    """The token at j opens a time that owns the noun after it: "last summer's", "2023's", "Friday's",
    "last winter's" (a date, or words of a time ending in a possessive)."""
    t = toks[j]
    if t.q is not None:
        return t.q.kind == "date" and _next(toks, j) in ("'s", "’s", "'", "’", "s")
    if t.low in ("last", "this", "next", "previous") and j + 1 < len(toks):
        t = toks[j + 1]
    owner = t.low.removesuffix("'s").removesuffix("’s")
    return owner != t.low and (owner in _TIME_WORDS or owner in _SEASONS or owner in _DAYS)


_SEASONS = frozenset("spring summer autumn fall winter".split())
_DAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday yesterday today january february march
april may june july august september october november december""".split())


def _like_amount(a, b) -> bool:
    """Figures of one measure (_like), or amounts of one unit other than counts whose period one of them leaves
    unsaid ("£8.4m a year ... which budgets £3.1m")."""
    return _like(a, b) or a.unit == b.unit and a.unit != "count" and None in (a.per, b.per) \
        and _amount_unit(a.unit) == _amount_unit(b.unit)


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
        if name.lower() not in _names_before(article, q):
            continue
        if not _same_measure(article, q, subject) and not (
                q.sentence != subject.sentence and _like(q, subject)
                and (subject.unit == "count" and thing_of(subject) is None
                     or (_rival_name(article, q) or "").split()[-1:] == [name])):
            continue  # "Tisbury managed 8, less than half Penwarra's tally": a bare count takes the name's measure;
            # "Oskeld raised $4.1m": a figure of the clause the name heads
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
    if gap is None and [t.low for t in toks[k + 2:k + 4]] == ["any", "other"]:
        return _than_any_other(article, toks, k)
    if gap is not None and gap.kind != "date":
        if gap.unit in ("percent", "fraction") and k > 1:
            return _relative_difference(article, toks, k, gap)
        return _difference(article, toks, k, gap)
    subject = _level(article, _figure_before(article, toks, k) or _fronted_figure_of(toks, k))
    if subject is None:
        return _than_noun(article, toks, k)
    other = _other_after(article, toks, k + 2, subject, bare=False)
    if other is None and _describes(toks, k + 2):
        other = _described_other(article, toks, k + 2, subject)
    if other is None or other.id == subject.id:
        return None
    return claim("comparison", {"subject": subject, "other1": other}, cue=f"{toks[k].low} than",
                 direction=COMPARATIVES[toks[k].low], sentence=subject.sentence)


def _than_noun(article, toks, k):
    """"That lead was wider than the 6,300 votes ...": a clause with no figure of its own, its noun naming
    one stated before ("a winning margin of 22,132 votes"); the other the figure right after "than the"."""
    j = k + 2
    if j < len(toks) and toks[j].low in _DETERMINERS:
        j += 1
    other = toks[j].q if j < len(toks) and j > k + 2 else None  # "more than 500" with no "the" is a bound
    if other is None or other.kind in ("date", "rank") or not isinstance(other.value, float) \
            or any(t.q is not None and t.q.unit == other.unit for t in toks[:k]):
        return None
    subject = _named_by_noun(article, toks, k, other)
    if subject is None or subject.id == other.id:
        return None
    return claim("comparison", {"subject": subject, "other1": other}, cue=f"{toks[k].low} than",
                 direction=COMPARATIVES[toks[k].low], sentence=other.sentence)


def _than_any_other(article, toks, k):
    """"recorded 63 burglaries, more than any other ward" ... "Tansley had 71": a superlative in other words,
    checked as one against the rivals the article names (_rival_superlative)."""
    start = _qualified_start(toks, k)
    subject = _figure_before(article, toks, start) or _clause_figure(article, toks, start)
    if subject is None:
        return None
    found = _rival_superlative(article, toks, k, subject=subject, direction=COMPARATIVES[toks[k].low])
    return found.model_copy(update={"cue": f"{toks[k].low} than any other"}) if found is not None else None


def _clause_figure(article, toks, start):
    """The nearest figure of the clause a comparison set off by a comma at ``start`` follows: "lost 1,240 jobs in
    the downturn, fewer than any other town". None past a clause break, a relative pronoun, or for a figure
    that describes a noun, starts a change or ends a range."""
    if start < 1 or toks[start - 1].text != ",":
        return None
    for j in range(start - 2, -1, -1):
        t = toks[j]
        if t.text in (";", ":", "(", ")", ",") or t.low in _JOINING or t.low in ("which", "who", "whose", "where"):
            return None
        if t.q is not None and t.q.kind != "date":
            if t.q.kind == "rank" or not isinstance(t.q.value, float) or _compound_modifier(toks, j) \
                    or article.roles_in(t.q) & {"from", "low", "high"}:
                return None
            return t.q
    return None


def _relative_difference(article, toks, k, gap):
    """"Rents, at £1,450 a month, are 30% higher than the £1,300 charged in Warrin"; "a third dearer than": the
    relative gap between two figures of one measure (role ``relative``), the subject the figure of the clause
    before the gap (or set off at the sentence's start), the other the figure after "than". A gap in percent
    between two percentages is left alone (points or percent: read two ways)."""
    if k > 1 and toks[k - 2].low in ("a", "an") and gap.unit != "fraction" or "by" in article.roles_in(gap):
        return None  # "37% higher than the £24m it first gave": a change, read and checked as one
    start = _qualified_start(toks, k - 1)  # "about 20 per cent dearer than": the qualifier is the gap's
    subject = _level(article, _figure_before(article, toks, start) or _fronted_figure_of(toks, start))
    if subject is None or subject.unit == "percent" or subject.kind in ("date", "rank"):
        return None
    other = _other_after(article, toks, k + 2, subject, bare=False)
    if other is None and _describes(toks, k + 2):
        other = _described_other(article, toks, k + 2, subject)
    if other is None or other.id in (subject.id, gap.id) or other.unit != subject.unit:
        return None
    return claim("comparison", {"subject": subject, "other1": other, "relative": gap}, cue=f"{toks[k].low} than",
                 direction=COMPARATIVES[toks[k].low], sentence=subject.sentence)


def _difference(article, toks, k, gap):
    """"21 tries, five more than Velmont's 16": the gap between two figures of one measure."""
    subject = _figure_before(article, toks, k - 1)
    if subject is None or not (gap.unit == subject.unit or gap.unit == "count" and thing_of(gap) is None):
        return None
    other = _other_after(article, toks, k + 2, subject)
    if other is None or other.id in (subject.id, gap.id):
        return None
    return claim("comparison", {"subject": subject, "other1": other, "difference": gap},
                 cue=f"{toks[k].low} than", direction=COMPARATIVES[toks[k].low], sentence=subject.sentence)


# -- "a backlog of 9.1 bln euros, equal to about two years of sales" ----------------------------------------------
_RESTATING = (("equal", "to"), ("equivalent", "to"), ("amounting", "to"), ("the", "equivalent", "of"), ("or",),
              ("worth",), ("representing",), ("roughly",), ("about",), ("some",), ("nearly",), ("almost",))
_YEARLY = frozenset("full-year annual annually yearly year's year-end".split())
_YEARS_FILLER = frozenset("current present today's its their his her our the a an".split()) | frozenset(
    "annual yearly entire total whole overall combined full own".split())


def _years_of(article, toks, k):
    """"lifting the backlog to 9.1 bln euros, equal to about two years of sales" against the article's one yearly
    figure of that measure ("full-year sales of 4.4 bln euros", "annual revenue of ...", "sales of ... a year"), or a
    yearly range ("a full-year outlook for revenue of 4.2-4.6 bln euros": roles ``other1`` and ``other_high``).
    The subject is the figure right before the restating words; role ``factor`` the years.

    Refuses a subject that is no figure of the yearly figure's unit, a measure with two yearly figures of
    different values, a measure word the article gives no yearly figure for, and "years of" after anything
    but a restating phrase ("after two years of sales growth")."""
    j = k + 2
    while j < len(toks) and (toks[j].low in _YEARS_FILLER or toks[j].low.endswith(("'s", "’s"))) and toks[j].q is None:
        j += 1
    if j >= len(toks) or not toks[j].is_word or toks[j].q is not None:
        return None
    noun = _singular(toks[j].low)
    if j + 1 < len(toks) and toks[j + 1].is_word and toks[j + 1].q is None and toks[j + 1].low not in _JOINING \
            and toks[j + 1].low not in ("at", "in", "on", "for", "to", "from", "by", "said", "says"):
        return None  # "two years of sales growth": the noun is a modifier
    start = _qualified_start(toks, k)
    subject = None
    for lead in _RESTATING:
        n = len(lead)
        if tuple(t.low for t in toks[max(0, start - n):start]) == lead:
            i = start - n - 1
            if i >= 0 and toks[i].text == ",":
                i -= 1
            if i >= 0 and toks[i].q is not None:
                subject = toks[i].q
            break
    if subject is None or subject.kind not in ("money", "count", "measure") or not isinstance(subject.value, float) \
            or subject.per is not None:
        return None
    names = {noun, *WHOLE_SYNONYMS.get(noun, ())}
    singles, ranges = [], []
    for q in article.quantities:
        if q.id == subject.id or q.unit != subject.unit or not isinstance(q.value, float) or q.kind == "date":
            continue
        near = article.words_before(q, 8) + article.words_after(q, 3)
        words = {_singular(w.removesuffix("'s").removesuffix("’s")) for w in near}
        yearly = q.per == "year" or bool(set(near) & _YEARLY) or {"a", "year"} <= set(article.words_after(q, 2))
        if not yearly or not words & names:
            continue
        roles = dict(article.roles_of(q))
        if roles.get("range") == "high":
            continue
        if roles.get("range") == "low":
            high = next((article.extraction.quantity(c.roles["high"]) for c in article.extraction.claims
                         if c.kind == "range" and c.roles.get("low") == q.id and c.roles.get("high")), None)
            if high is not None:
                ranges.append((q, high))
            continue
        if article.roles_in(q) & {"from", "by"}:
            continue
        singles.append(q)
    if len(singles) + len(ranges) == 0:
        return None
    if ranges and (singles or len({(float(a.value), float(b.value)) for a, b in ranges}) != 1):
        return None
    if singles and len({float(q.value) for q in singles}) != 1:
        return None
    roles = {"subject": subject, "other1": ranges[0][0], "other_high": ranges[0][1]} if ranges \
        else {"subject": subject, "other1": singles[0]}
    if not all(0.05 <= float(subject.value) / float(q.value) <= 50 for q in list(roles.values())[1:] if q.value):
        return None  # a yearly figure of another scale: a misread figure, not the measure restated
    roles["factor"] = toks[k].q
    return claim("comparison", roles, cue=" ".join(t.text for t in toks[start:k + 1]), about=f"of the yearly {toks[j].low}",
                 sentence=subject.sentence)


# -- "<figure> ..., overtaking its Quorley depot, which packs 8,100"; "leaves Brisand ahead of 74.2%" -------
def _passing(article, toks, k):
    """A figure said to pass or trail another: "will fill 7,350 crates a week, ... overtaking its Quorley
    depot, which packs 8,100"; "The vote leaves Brisand ahead of the regional mean of 74.2%"
    (Brisand's 73.6% stated before by name); "trailing the 57% of its neighbour". The other is the first
    figure after the cue (past a few words, or a relative clause: ", which packs 8,100"); the
    subject the figure before the cue in its clause, or the one figure of the name the cue follows.

    Refuses "ahead of schedule" or "ahead of Saturday's draw" (no figure of the subject's unit after),
    "five points ahead of" (a gap: read elsewhere), a name with two figures of the unit, and an
    other of another unit or thing."""
    low = toks[k].low
    if k > 0 and toks[k - 1].low in _NOT_STATED:
        return None  # "not to exceed 2.40 dlrs", "is expected to overtake", "could outsell": no figure passed yet
    if low.startswith("lag") and _next(toks, k) == "behind":
        return None  # "lags behind the 66 years": read at "behind"
    start = k + 2 if low in ("ahead", "behind") and _next(toks, k) == "of" else k + 1
    if low in ("ahead", "behind") and start == k + 1 and low == "ahead":
        return None  # "ahead" alone: "in the years ahead"
    if k > 0 and toks[k - 1].q is not None:
        return None  # "five points ahead of": the gap, not the level
    other = _passed_figure(toks, start)
    if other is None:
        return _passing_name(article, toks, k, start) or _passing_phrase(article, toks, k, start)
    j = article.token_index(other)
    if other.unit == "count" and thing_of(other) and j > 0 and toks[j - 1].low == "the" and float(other.value) <= 12:
        return None  # "behind the three upland parishes": a group named by its size, not a figure passed
    subject = _passing_subject(article, toks, k, other)
    if (subject is None or not _like(subject, other)) \
            and not any(t.q is not None and t.q.unit == other.unit for t in toks[:k]):
        subject = _named_by_noun(article, toks, k, other) or _pointed_subject(article, toks, k, other)
    if subject is None and not any(t.q is not None and t.q.unit == other.unit for t in toks[:k]):
        name = _opening_name(toks, k)
        subject = _name_figure(article, name, other) if name is not None else None
    if subject is None or subject.id == other.id or not _like(subject, other):
        return None
    others = _passed_list(article, toks, other)
    return claim("comparison", {"subject": subject, **{f"other{i}": q for i, q in enumerate(others, 1)}},
                 cue=f"{low} of" if start == k + 2 else low, direction=_PASSING[low], sentence=other.sentence)


def _passed_list(article, toks, other):
    """The figures a cue passes: the first after it and those listed with it, of its unit, joined by commas and
    "and" in one clause ("ahead of the 0.8GW Thurley Deep and the 1.4GW Oskerby Rise"); a list with a figure of
    another unit, or past a clause break, ends there."""
    found = [other]
    for t in toks[article.token_index(other) + 1:]:
        if t.text in (";", ":", "(") or t.low in _JOINING - {"and"} or t.low in ("which", "who", "where", "when") \
                or t.low in _TRIGGERS or t.low == "than":
            break  # "behind A with 5,600 and ahead of B with 3,700": another cue, another claim
        if t.q is not None:
            if t.q.kind == "date" or not isinstance(t.q.value, float) or not _comparable(t.q, other) \
                    or _is_reference(article, t.q):
                break
            found.append(t.q)
    return found


def _opening_name(toks, k) -> str | None:
    """The name a sentence opens with, for a cue at k in its first clause: "Orrel Bay will then be the biggest farm
    on the coast, ahead of ..." (no figure, clause break or joining word between)."""
    words = []
    for t in toks[:k]:
        if not t.is_word or t.q is not None or not t.text[:1].isupper() or t.low in _STOP:
            break
        words.append(t.text.removesuffix("'s").removesuffix("’s"))
    if not words or words[0].lower() in _OPENERS | _COMMON_START or len(words) == len(toks[:k]):
        return None
    if any(t.q is not None or t.text in (";", ":") or t.low in _JOINING for t in toks[len(words):k]):
        return None
    return " ".join(words)


_POINTERS = frozenset("its it their they".split())


def _name_figure(article, name, like):
    """The one figure of like's unit that a name is given before like's sentence: in a clause the name heads, or,
    in the sentence just before, by a pointer that names no one else ("Orrel Bay ... . When complete, its 80
    turbines will have a capacity of 1.1GW. Orrel Bay will be the largest ..."). None for two values or none."""
    here = like.sentence
    found = [q for q in _figures_named(article, name) if q.sentence < here and _comparable(q, like)
             and article.unit_of(q) == article.unit_of(like)]
    if here > 0:
        before = [q for q in article.in_sentence(here - 1) if q.kind not in ("date", "rank")
                  and isinstance(q.value, float) and _comparable(q, like) and article.unit_of(q) == article.unit_of(like)
                  and not _is_reference(article, q)]
        words = {t.low for t in article.tokens(here - 1) if t.is_word}
        if words & _POINTERS and not _names_in(article.tokens(here - 1)):
            found += before
    return found[0] if len({float(q.value) for q in found}) == 1 else None


# Words before a verb that make its passing unstated: an infinitive, a modal, a negation.
_NOT_STATED = frozenset("to not never no would will could can cannot may might should must shall".split())


# Nouns that name whatever figure the sentence before gave: "The reading beat ...", "Sunday's figure topped ...".
_MEASURE_NOUNS = frozenset("""figure reading total level number tally count result mark score rate price
    value measure""".split())


def _pointed_subject(article, toks, k, other):
    """The figure a clause with none of its own points back at: "It beat the old record of 30.2C", "Sunday's
    reading beat the previous high of 30.2C", "The figure bettered ..." -- a pointer, or a measure noun after
    "the" or a time's possessive, alone before the cue; the one figure like the other in the sentence before
    (across a paragraph break too: news paragraphs are often one sentence), that starts no change and ends no
    range.

    Refuses a noun owned by a name ("Kirkmoor's total": another subject), a noun of no measure, and a
    sentence before with figures of two values."""
    s = other.sentence
    if s == 0:
        return None
    words = [t for t in toks[:k] if t.is_word or t.q is not None]
    while words and words[-1].low in ("has", "have", "had", "was", "now", "just", "easily", "comfortably"):
        words.pop()
    if [t.low for t in words] not in (["it"], ["that"], ["this"]):
        if len(words) < 2 or words[-1].q is not None or _singular(words[-1].low) not in _MEASURE_NOUNS:
            return None
        owner = words[:-1]
        if owner and owner[-1].low in ("s", "'s", "’s"):
            owner = [t for t in owner if t.low not in ("s", "'s", "’s", "'", "’")]
            if len(owner) != 1 or owner[0].q is None or owner[0].q.kind != "date":
                return None  # "Kirkmoor's total": a name owns it
        elif [t.low for t in owner] not in (["the"], ["this"], ["that"]):
            return None
    found = [q for q in article.in_sentence(s - 1)
             if q.kind not in ("date", "rank") and isinstance(q.value, float) and _like(q, other)
             and not article.roles_in(q) & {"from", "by", "low", "high"}]
    return found[0] if found and len({float(q.value) for q in found}) == 1 else None


def _named_by_noun(article, toks, k, other):
    """The figure a clause with none of its own speaks of by a noun: "The raise is the largest this year,
    ahead of the $21 million ..." is said of "raised $14 million" stated before; "this year's haul was the
    biggest, ahead of" of "hauled in 812 tonnes". The noun follows a determiner or a possessive before the
    cue; the figure is the one earlier in the article of the other's unit and thing with a word of the
    noun's stem (or of its measure group: "sales" for "revenue") just before it.

    Refuses a noun met before figures of two values, and a clause that holds a figure of its own."""
    stems = set()
    for j in range(1, k):
        t, before = toks[j], toks[j - 1]
        if t.is_word and t.q is None and not t.text[:1].isupper() and len(t.low) >= 4 and t.low not in _STOP \
                and (before.low in _DETERMINERS or before.low.endswith(("'s", "’s"))
                     or before.low == "s" and j >= 2 and toks[j - 2].text in ("'", "’")):
            noun = _singular(t.low)
            stems |= {w[:max(5, len(w) - 2)] for w in {noun, *WHOLE_SYNONYMS.get(noun, ())}}
    if not stems:
        return None
    here = article.sentences[other.sentence][0]
    found = [q for q in article.quantities
             if article.sentences[q.sentence][1] <= here and q.kind not in ("date", "rank")
             and isinstance(q.value, float) and _like(q, other)
             and not article.roles_in(q) & {"from", "low", "high"}
             and any(w.startswith(st) for w in article.words_before(q, 3) for st in stems)]
    return found[0] if len({float(q.value) for q in found}) == 1 else None


def _passing_name(article, toks, k, start):
    """"His 2,940 votes put him ahead of Labour's Venner" (Venner's 3,410 votes stated elsewhere): a figure set
    past a name, not a figure. The subject is the figure before the cue in its clause; the other the one
    figure of the subject's measure whose clause is headed by that name (by its last word, "Venner" for
    "Ada Venner"), in another sentence, of the same time.

    Refuses a name with figures of two values, a name with no figure of the subject's measure, and a subject
    that is not a figure of the cue's own clause ("ahead of Tuesday's vote")."""
    words = []
    for t in toks[start:start + 5]:
        if not t.is_word or t.q is not None or not t.text[:1].isupper() or t.low in _STOP or t.low in _OPENERS:
            break
        words.append(t.text)
    after = start + len(words)
    if not words or after < len(toks) and toks[after].q is not None:
        return None  # "ahead of Labour's 3,410": the figure path's, not a name
    last = words[-1].removesuffix("'s").removesuffix("’s")
    if words[-1] != last:
        return None  # "ahead of Labour's candidate": the name is not the one passed
    subject = None
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.text == "," and j + 1 < k and toks[j + 1].low.endswith("ing"):
            continue  # "shipped 21,500 tonnes, putting it ahead of"
        if t.text == "," and _relative_before(toks, j) is not None:
            continue  # "Pia Maunder, who drew 3,980 votes, finished ahead of": the figure of the clause's subject
        if t.low == "and" and 1 <= k - j - 1 <= 3 and all(x.is_word and x.q is None and x.text[:1].islower()
                                                          and x.low not in _DETERMINERS for x in toks[j + 1:k]):
            continue  # "polled 2,990 and finished behind Reeve": one subject, two verbs
        if t.text in (";", ":", ",") or t.low in _JOINING:
            break
        if t.q is not None:
            subject = t.q if t.q.kind not in ("date", "rank") and isinstance(t.q.value, float) else None
            break
    if subject is None or article.roles_in(subject) & {"from", "by", "low", "high"}:
        return None
    found = [q for q in article.quantities
             if q.sentence != subject.sentence and q.kind not in ("date", "rank") and isinstance(q.value, float)
             and _like(q, subject) and _same_time(article, q, subject)
             and (_same_measure(article, q, subject) or subject.unit == "count" and thing_of(subject) is None)
             and not article.roles_in(q) & {"from", "by", "low", "high"}
             and (_rival_name(article, q) or "").split()[-1:] == [last]]
    # "Merrow won 5,100 votes in May and 4,800 votes in the recount": a figure of the name by ellipsis
    found += [q for q in article.quantities
              if q.sentence in {f.sentence for f in found} and q.id != subject.id and q.kind not in ("date", "rank")
              and isinstance(q.value, float) and _like(q, subject) and _rival_name(article, q) is None
              and last.lower() in _names_before(article, q)]
    if len({float(q.value) for q in found}) != 1:
        return None
    return claim("comparison", {"subject": subject, "other1": found[0]},
                 cue=f"{toks[k].low} of" if start == k + 2 else toks[k].low,
                 direction=_PASSING[toks[k].low], sentence=subject.sentence)


def _passing_phrase(article, toks, k, start):
    """A figure set past a thing named by a noun phrase, not by a figure or a capitalised name alone: "solar farms
    produced 8,200 GWh, outstripping gas" (gas's figure stated before: "Gas-fired plants generated 8,900 GWh");
    "rose to 41,300, overtaking the Netherlands" ("... and the Netherlands with 44,800"); "At $147 million, mail-order
    sales have eclipsed those of bakeries and delis" ("bakeries, delis and grocers on $158 million"). The subject is
    the figure of the cue's clause (before the cue, a participle's comma between, or fronted by "At", not by "With",
    which gives a cause as often as the level compared); the other
    the one figure of its unit and thing whose holder the phrase names best (``Article.figures_held``), of the
    same time.

    Refuses a phrase whose best-named figures hold two values, or none; a phrase that names the subject's own
    holder too; a phrase with a figure in it; a subject that starts or sizes a change."""
    j = start + 2 if _next(toks, start - 1) in ("those", "that") and _next(toks, start) == "of" else start
    words = []
    for t in toks[j:j + 6]:
        if t.q is not None:
            return None
        if not t.is_word or t.low in _STOP and t.low not in ("the", "and"):
            break
        words.append(t.low)
    subject = _clause_figure_before(article, toks, k)
    if subject is None and toks[0].low == "at":
        subject = _fronted_figure_of(toks, k)  # "At $212 million, ..."; not "With 2,750 accounts, ...": a cause
    if not words or subject is None or article.roles_in(subject) & {"from", "by", "low", "high"}:
        return None
    exclude = frozenset(family(w) for w in (thing_of(subject),) if w)
    if (phrase_families(words) - exclude) & article.holder_words(subject):
        return None  # "sales rose to 300, overtaking last year's sales": the phrase names the subject's own holder
    found = [q for q in article.figures_held(words, subject, exclude=exclude, skip=subject)
             if _like(q, subject) and _same_time(article, q, subject)
             and not article.roles_in(q) & {"from", "by", "low", "high"}]
    if len({float(q.value) for q in found}) != 1:
        return None
    return claim("comparison", {"subject": subject, "other1": found[0]},
                 cue=f"{toks[k].low} of" if start == k + 2 else toks[k].low,
                 direction=_PASSING[toks[k].low], sentence=subject.sentence)


def _clause_figure_before(article, toks, k):
    """The figure a passing cue at k is said of in its own clause: the nearest before it, past a participle's comma
    ("produced 8,200 GWh, outstripping") and a few words ("His 2,940 votes put him ahead of"), not past a clause
    break; a date is passed over, and of a change its end is taken."""
    for j in range(k - 1, max(-1, k - 10), -1):
        t = toks[j]
        if t.q is not None:
            if t.q.kind == "date":
                continue
            if t.q.kind == "rank" or not isinstance(t.q.value, float):
                return None
            return _level(article, t.q)
        if t.text == "," and j == k - 1 and toks[k].low.endswith("ing"):
            continue
        if not t.is_word or t.low in _JOINING or t.low in ("which", "who", "whose", "that", "than"):
            return None
    return None


def _passed_figure(toks, k):
    """The first figure after the cue: within a few words ("the regional mean of 74.2%"), or in a relative
    clause right after a name (", which packs 8,100")."""
    words, relative = 0, False
    for j in range(k, min(k + 14, len(toks))):
        t = toks[j]
        if t.q is not None and (_owning_time(toks, j) or t.q.kind == "date" and _next(toks, j) == "of"
                                and _prev(toks, j) in ("for", "in", "during")):
            continue  # "last summer's peak of 15,100 MW", "the high for 2025 of 30.2C": the time of the figure
        if t.q is not None:
            if t.q.kind in ("date", "rank") or not isinstance(t.q.value, float):
                return None
            return t.q
        if t.text == ",":
            if relative or j + 1 >= len(toks) or toks[j + 1].low not in ("which", "that", "whose", "where"):
                return None
            relative = True
            continue
        if not t.is_word and t.text not in ("'", "’"):
            return None
        words += 1
        if words > (8 if relative else 5):
            return None
    return None


def _passing_subject(article, toks, k, other):
    """The figure the cue is said of: the nearest one before it in its sentence with no clause break between
    ("7,350 crates a week, making it the busiest ... and overtaking"), or the one figure of a name right
    before the cue ("leaves Brisand ahead of")."""
    named = comma = False
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.text in (";", ":") or t.low in ("while", "but", "whereas", "although", "though"):
            break
        comma = comma or t.text == ","
        named = named or not comma and t.is_word and t.q is None and t.text[:1].isupper() and j > 0 \
            and t.low not in _STOP
        if not comma and (t.low in _PASSING or t.low == "than"):
            named = False  # "behind Varnholt with 5,600 and ahead of": a name passed, not one heading the clause
        if t.q is not None and named and comma:
            return None  # "X, who scored 2,846, with Y just behind": the cue's clause is headed by another name
        if t.q is not None:
            if _other_side(toks, j):
                continue  # "behind Tally with 5,600 and ahead of Cordwell with 4,700": 5,600 is what "behind" passes
            if _compound_modifier(toks, j):
                continue  # "the most in the club's six-season history, eclipsing": a noun's describer, no level
            if t.q.unit == "rank":
                return None  # "fourth by acreage, behind the three upland parishes": a place in a table
            if "by" in article.roles_in(t.q) and "by" in article.roles_in(other):
                return t.q  # "rose 18% in the quarter, outpacing the 12% growth": two changes' sizes compared
            if t.q.kind == "date" or "by" in article.roles_in(t.q):
                continue  # "climbed 6.7% to Rs 3,915 crore": the level, not the change's size
            if not isinstance(t.q.value, float):
                return None
            if _pair_base(toks, j):
                return None  # "88 hits in 301 at-bats, behind the .302": the base of a tally, not the level passed
            level = _level(article, t.q)  # "went to Rs 3,915 crore from Rs 3,669 crore, ahead of": the end
            if level is t.q and (article.roles_in(t.q) & {"from", "low", "high"}
                                 or "from" in article.words_before(t.q, 3)):
                return None  # "up 78.4 pct, from volume of 825,087": an earlier level
            return level
    name = []
    j = k - 1
    while j >= 0 and toks[j].is_word and toks[j].q is None and toks[j].text[:1].isupper() and toks[j].low not in _STOP:
        name.insert(0, toks[j].text.removesuffix("'s").removesuffix("’s"))
        j -= 1
    if not name or j < 0:
        return None
    found = [q for q in article.quantities
             if q.sentence != other.sentence and name[0] in article.sentence_text(q.sentence)
             and isinstance(q.value, float) and q.kind not in ("date", "rank") and _like(q, other)
             and not article.roles_in(q) & {"from", "by", "low", "high"} and _same_time(article, q, other)
             and name[0].lower() in _names_before(article, q)]
    return found[0] if len({float(q.value) for q in found}) == 1 else None


def _other_side(toks, j) -> bool:
    """The figure at token j is the other side of a comparison of its own: a passing word or "than" stands
    between it and the figure or clause start before it ("behind Tally Workers with 5,600")."""
    for i in range(j - 1, max(-1, j - 8), -1):
        t = toks[i]
        if t.q is not None or t.text in (";", ":"):
            return False
        if t.low in _PASSING or t.low == "than":
            return True
    return False


def _relative_before(toks, j) -> int | None:
    """Where the relative clause closed by the comma at token j opens (its own opening comma), or None:
    "Pia Maunder, who drew 3,980 votes, finished ahead of" -- the comma before "who"."""
    for i in range(j - 1, max(-1, j - 14), -1):
        t = toks[i]
        if t.text in (";", ":", "(", ")"):
            return None
        if t.text == ",":
            return i if i + 1 < j and toks[i + 1].low in ("who", "which", "whose") else None
    return None


# Words that set a figure past a threshold: "above 80%", "to pass 9,000 pupils", "topping $1bn".
_PAST_WORDS = frozenset("""above over beyond past exceed exceeds exceeded exceeding pass passed passes passing top tops
    topped topping cross crossed crossing surpass surpassed surpassing break broke breaking clear cleared""".split())
_ONLY_WINDOW = 2  # sentences either side where the rivals of "only X above N" are looked for


def _only_past(article, toks, k):
    """"Only Cawder Lake stood above 80% ..., at 84%. Holm Water was at 79%, Ridd Tarn at 73%"; "Ulverby was
    the only district to pass 9,000 pupils": a member said to be alone past a threshold. Two claims: the member's
    figure (after the threshold in its sentence, ", at 84%", else the one figure of the threshold's unit in a
    clause the name heads elsewhere) is above the threshold; and every rival figure of the threshold's measure
    in the sentences around, each in a clause headed by another name, is not (roles: subject the threshold,
    the others the rivals; cue "only").

    Refuses "not only", "one of only", "only about 80%", a threshold that is no figure right after a word of
    passing, and a rival that is itself a bound ("below 70%"), a total or an average."""
    if k > 0 and toks[k - 1].low in ("not", "of", "if"):
        return
    first = k + 2 if k + 2 < len(toks) and toks[k + 1].low == "the" else k + 1  # "only the Garnet line"
    if first < len(toks) and toks[first].text[:1].isupper() and toks[first].q is None:
        name_words = []  # "Only Cawder Lake stood above"
        j = first
        while j < len(toks) and toks[j].is_word and toks[j].q is None and toks[j].text[:1].isupper():
            name_words.append(toks[j].text.removesuffix("'s").removesuffix("’s"))
            j += 1
        name = " ".join(name_words)
    elif k > 0 and toks[k - 1].low == "the":
        name = _name_before(toks, k)  # "Ulverby was the only district to pass"
        j = k + 1
    else:
        return
    if not name:
        return
    threshold = None
    for i in range(j, min(j + 7, len(toks))):
        t = toks[i]
        if t.q is not None:
            if t.q.kind in ("date", "rank", "duration") or not isinstance(t.q.value, float) \
                    or not (toks[i - 1].low in _PAST_WORDS or toks[i - 1].low == "than" or t.q.qualifier == "lower"):
                return
            threshold = t.q
            break
        if not t.is_word or t.low in _JOINING:
            return
    if threshold is None:
        return
    i = article.token_index(threshold)
    own = None
    for t in toks[i + 1:i + 8]:  # ", at 84%", "of capacity this week, at 84%"
        if t.text in (";", ":") or t.low in _JOINING:
            break
        if t.q is not None and t.q.kind != "date":
            own = t.q if t.q.unit == threshold.unit and t.q.kind != "rank" and isinstance(t.q.value, float) else None
            break
    if own is None:
        named = [q for q in _in_sentences_naming(article, name) if q.sentence != threshold.sentence
                 and q.unit == threshold.unit and q.per == threshold.per and isinstance(q.value, float)
                 and q.kind not in ("date", "rank") and q.qualifier in (None, "exact")
                 and _same_name(_member_name(article, q) or "", name)]
        own = named[0] if len({float(q.value) for q in named}) == 1 else None
    if own is not None:
        yield claim("comparison", {"subject": own, "other1": threshold}, cue="above", direction="up",
                    sentence=threshold.sentence)
    rivals = []
    for q in article.quantities:
        if abs(q.sentence - threshold.sentence) > _ONLY_WINDOW or q.id in (threshold.id, getattr(own, "id", None)):
            continue
        if q.unit != threshold.unit or q.per != threshold.per or q.kind in ("date", "rank") \
                or not isinstance(q.value, float) or q.qualifier not in (None, "exact"):
            continue
        if thing_of(q) and thing_of(threshold) and thing_of(q) != thing_of(threshold):
            continue
        if set(article.words_before(q, 2)) & (_COMPARING | _PAST_WORDS) or set(article.words_before(q, 6)) & _NOT_MEMBER \
                or article.roles_in(q) & {"from", "by", "low", "high"}:
            continue
        head = _member_name(article, q)
        if head is None or _same_name(head, name):
            continue
        if own is None and q.sentence == threshold.sentence:
            continue
        rivals.append(q)
    if rivals:
        yield claim("comparison", {"subject": threshold, **{f"other{n}": q for n, q in enumerate(rivals, 1)}},
                    cue="only", about=name, direction="up", sentence=threshold.sentence)


def _compound_modifier(toks, j) -> bool:
    """Token j is a figure written as a hyphenated describer of the noun after it ("its nine-season history",
    "a 12-year run", "the 40-store chain"): it says what kind of thing follows, not a level a comparison
    speaks of."""
    q = toks[j].q
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return bool(re.fullmatch(r"[\w.,]+-[a-z]+", q.text)) and nxt is not None and nxt.is_word and nxt.q is None \
        and nxt.text[:1].islower()


def _pair_base(toks, j) -> bool:
    """The figure at token j is the base of a tally stated with it: "88 hits in 301 at-bats", "nine wins
    from 14 starts", "31 of 40 attempts", "18 out of 25 games" -- what the count was out of, no level of its own.
    Refuses a base that is a date or a span of time ("12 goals in 30 games" keeps the games; "rose 5% in
    three months" has no tally)."""
    i = j - 1
    words = []
    while i >= 0 and toks[i].q is None and toks[i].is_word and len(words) < 2:
        words.insert(0, toks[i].low)
        i -= 1
    if words not in (["in"], ["from"], ["of"], ["out", "of"]) or i < 0 or toks[i].q is None:
        return False
    a, b = toks[i].q, toks[j].q
    if b.kind in ("date", "duration") or a.kind == "date" or a.unit != "count" or b.unit != "count":
        return False
    return isinstance(a.value, float) and isinstance(b.value, float) and a.value <= b.value


def _like(a, b) -> bool:
    """Figures of one measure: one unit; the same thing, or a bare count (no thing, no per) taken as the
    other's by ellipsis ("38,000 loaves a day ... which turns out 42,000"). A bare figure with a fraction
    is no count of things (".338" is an average, never a number of at-bats or of voters)."""
    if a.unit != b.unit:
        return False
    bare = [q for q in (a, b) if q.unit == "count" and thing_of(q) is None and q.per is None]
    counted = [q for q in (a, b) if q.unit == "count" and thing_of(q) is not None]
    if bare and counted and any(isinstance(q.value, float) and not float(q.value).is_integer() for q in bare) \
            and all(isinstance(q.value, float) and float(q.value).is_integer() for q in counted):
        return False
    if a.per != b.per and not bare:
        return False
    return thing_of(a) == thing_of(b) or bool(bare) or a.unit != "count" and None in (thing_of(a), thing_of(b))


# -- "<figure>, the fastest growth of the three formats" --------------------------------------------------
def _superlative(article, toks, k):
    """A superlative over a set; failing every other reading, said of the figure a name's verb gives after the
    phrase ("The Quorrin, the bigger of the two ferries, carries 1,200 passengers"), its members all found."""
    found = _superlative_of(article, toks, k)
    if found is None and (apposed := _apposed_figure(toks, k)) is not None:
        found = _superlative_of(article, toks, k, apposed)
    return found


def _superlative_of(article, toks, k, apposed=None):
    before = [t.low for t in toks[max(0, k - 3):k]]
    some = before[-2:] == ["of", "the"] and "one" in before or before[-2:] == ["among", "the"]
    if some or any(t.q is not None and t.q.unit == "rank" for t in toks[max(0, k - 2):k]):
        return None  # "one of the largest", "among the largest", "the second-largest"
    possessive = bool(before) and before[-1].endswith(("'s", "’s"))
    if not before or before[-1] not in ("the", "its", "their") and not possessive:
        return None
    j = k - 1
    while j > 0 and (toks[j].low in _DETERMINERS or toks[j].low.endswith(("'s", "’s"))):
        j -= 1
    fronted = j == 0 and toks[0].low == "with"  # "With the biggest rainfall of the three sites, Ardry Ridge ..."
    if toks[j].low in _PREPOSITIONS and not fronted:
        return None  # "45% were made by the smallest banks": a group named by its size, no claim of a figure
    if _over_time(toks, k):
        return None  # "the highest in the county in more than a decade": against its own past, not its peers
    graded = toks[k].low in ("most", "least") and _next(toks, k) in _MORE_IS_BIGGER
    if toks[k].low in ("most", "least") and _next(toks, k) not in _SET_WORDS and not graded:
        return None  # "the most exposed", "the most efficient": the adjective, not "most", says which way
    size = _set_size(toks, k + 1 + graded)
    own_figure = None
    if size is None and not fronted and (size := _fronted_set(toks, k)) is not None:
        own_figure = _figure_set_after(toks, k + 1 + graded)  # "Of the four wards, Osgarth had the lowest turnout, at 52%"
    if fronted and size is None:
        return None  # only a counted set's census reads a superlative fronted by "with"
    if size is None:
        return _against_superlative(article, toks, k) \
            or (None if graded else _open_superlative(article, toks, k)) or _rival_superlative(article, toks, k)
    subject = apposed or own_figure or _figure_before(article, toks, k - 1) \
        or _figure_set_after(toks, article.token_index(size) + 1) \
        or _fronted_figure(toks, k) or _figure_before_phrase(toks, k)  # "At 180MW, the Fennock works is the largest of the four"
    n = int(size.value)
    if toks[k].low in COMPARATIVES and n != 2:
        return None  # "the larger of the three": no reading settles which way
    others = _members(article, subject, size) if subject is not None else []
    if apposed is not None and len(others) != n - 1:
        return None
    if len(others) != n - 1 and subject is not None:
        others = _restated_list(article, subject, size) or others
    if len(others) != n - 1 and subject is not None and thing_of(size) in _OCCASIONS:
        others = _dated_members(article, subject, size)
    if len(others) != n - 1 and subject is None:
        census = _census(article, toks, k, size)
        if census is not None:
            subject, others = census
    if len(others) != n - 1 and not fronted:
        gathered = _listed_set(article, size.sentence, n, _subject_name(toks, k), subject, skip={size.id})
        if gathered is not None:
            subject, others = gathered
    if len(others) != n - 1:
        name = _name_before(toks, k) if not fronted else None
        if name is None:
            # "Ardry Ridge recorded the biggest rainfall of the three sites": a name as the subject of a verb
            census = _census(article, toks, k, size, _name_by_verb(toks, k)) if subject is None else None
            if census is None:
                return None
            subject, others = census
        else:
            given = subject
            others = _named_peers(article, toks, size, name, subject)
            if subject is None and others:
                subject = _figure_of_name(article, name, others[0], size)
            if subject is None or not others or len(others) > n - 1 \
                    or not all(_same_scale(o, subject) and _same_time(article, o, subject) for o in others):
                # the members called by other nouns than the set's: read by census, the name as the description
                census = _census(article, toks, k, size, {w.lower() for w in name.split()}) \
                    if given is None and not others else None
                if census is None:
                    return None
                subject, others = census
    roles = {"subject": subject, "set": size, **{f"other{i}": q for i, q in enumerate(others, 1)}}
    direction = COMPARATIVES.get(toks[k].low) or SUPERLATIVES[_superlative_word(toks[k].low)]
    return claim("comparison", roles, cue=toks[k].low, direction=direction, about=thing_of(size), sentence=size.sentence)


_SETTING_AGAINST = frozenset("against versus vs".split())


def _against_superlative(article, toks, k):
    """A superlative whose sentence sets the rivals' figures against its own: "The Green Line, the busiest route on
    the network, carried 41,000 riders a day against 36,000 on the Orange Line"; "Osgarth had the lowest turnout,
    at 52%, against 61% in Arnside and 58% in Crale"; "the warmest day, 31C, compared with 29C in the hills".
    The subject is the one figure between the superlative and "against" / "versus" / "compared with" (or the
    figure just before the superlative); the rivals every figure of its unit after that word, up to a clause
    break. Refuses two figures of the unit before the word, and rivals that are changes where the subject is a
    level (or the other way round)."""
    at = None
    for j in range(k + 1, len(toks) - 1):
        t = toks[j]
        if t.text in (";", ":") or t.low in ("but", "while", "whereas", "although", "though"):
            return None
        if t.low in _SETTING_AGAINST or t.low == "compared" and toks[j + 1].low in ("with", "to"):
            at = j + (2 if t.low == "compared" else 1)
            break
    if at is None:
        return None
    between = [t.q for t in toks[k + 1:at] if t.q is not None and t.q.kind not in ("date", "rank")]
    if len(between) > 1:
        return None
    subject = between[0] if between else _figure_before(article, toks, k - 1 if toks[k - 1].low == "the" else k)
    if subject is None or not isinstance(subject.value, float) or subject.unit in ("rank", "date"):
        return None
    by = "by" in article.roles_in(subject)
    rivals = []
    for t in toks[at:]:
        if t.text in (";", ":", "(") or t.low in ("but", "while", "whereas"):
            break
        q = t.q
        if q is None or q.kind in ("date", "rank") or not isinstance(q.value, float):
            continue
        if q.unit != subject.unit or q.per != subject.per or not _like(q, subject) \
                or by != ("by" in article.roles_in(q)) or q.qualifier not in (None, "exact"):
            return None  # a figure of another measure, or a bound, in the list: not sure what is set against what
        rivals.append(q)
    if not rivals:
        return None
    roles = {"subject": subject, **{f"other{i}": q for i, q in enumerate(rivals, 1)}}
    return claim("comparison", roles, cue=toks[k].low, direction=SUPERLATIVES[_superlative_word(toks[k].low)],
                 about=thing_of(subject), sentence=subject.sentence)


# Participles a superlative may be joined to without changing which way it points: "the fastest-growing of the
# three units" ranks growth rates, "the biggest-selling of the four models" sales, "the highest-paid" pay.
_GRADED_PARTICIPLES = frozenset("growing rising expanding increasing selling paid earning grossing".split())


_COMPOUND_SUPERLATIVES = frozenset(f"{s}-{p}" for s in SUPERLATIVES for p in _GRADED_PARTICIPLES)


def _superlative_word(low: str) -> str:
    """The superlative of a compound ("fastest-growing" -> "fastest"); any other word as it is."""
    head, dash, tail = low.partition("-")
    return head if dash and head in SUPERLATIVES and tail in _GRADED_PARTICIPLES else low


_PHRASE_PREPOSITIONS = frozenset("over across in during for at on within through throughout".split())


def _figure_before_phrase(toks, k):
    """The figure of "<figure> <prepositional phrase>, the <superlative> of the N <things>": "pledged to spend
    $2.1 billion over the term of the lease, the largest of the four offers" (the apposition is said of the figure
    the phrase qualifies). Only a phrase of plain words (no figure, no comma) opened by a preposition right after
    the figure or its noun, the superlative right after ", the"."""
    if k < 3 or toks[k - 1].low != "the" or toks[k - 2].text != ",":
        return None
    j = k - 3
    words = 0
    while j >= 0 and toks[j].is_word and toks[j].q is None and words < 7:
        if toks[j].low in _PHRASE_PREPOSITIONS:
            before = toks[j - 1] if j > 0 else None
            if before is not None and before.q is not None and before.q.kind != "date" \
                    and isinstance(before.q.value, float):
                return before.q
        if toks[j].low in _JOINING or toks[j].low in ("which", "that", "who", "where", "when"):
            return None  # a clause of its own: the superlative need not be said of the figure
        words += 1
        j -= 1
    return None


def _restated_list(article, subject, size):
    """The other members of "<figure>, the <superlative> of the N <things>" when the subject's figure is stated
    again, word for word, in one other sentence that lists figures of its measure ("Dairy sales rose 3.6%,
    bakery 9.4% and frozen foods 6.2%" ... "frozen foods, up 6.2%, was the fastest-growing of the three
    lines"): that sentence's other figures of the same unit and role, exactly N - 1 of them."""
    roles = article.roles_in(subject)
    lists = []
    for index in range(max(0, subject.sentence - _RIVALS_WITHIN), subject.sentence + _RIVALS_WITHIN + 1):
        if index == subject.sentence:
            continue
        figures = article.in_sentence(index)
        if not any(q.text == subject.text and q.value == subject.value for q in figures):
            continue
        others = [q for q in figures if not (q.text == subject.text and q.value == subject.value)
                  and q.unit == subject.unit and q.per == subject.per and q.kind not in ("date", "rank")
                  and isinstance(q.value, float) and _list_role(roles, article.roles_in(q))
                  and _same_time(article, q, subject)]
        if others:
            lists.append(others)
    if len(lists) != 1 or len(lists[0]) != int(size.value) - 1:
        return []
    return lists[0]


def _list_role(subject_roles, roles) -> bool:
    """A member of a list plays the subject's part: a change's size against a change's size (a member left to
    ellipsis, "the saloon 9%", plays none of its own), a level against a level; never a change's start or end."""
    if roles & {"from", "to"}:
        return False
    return roles <= {"by"} if "by" in subject_roles else "by" not in roles


_SPAN_WORDS = frozenset("since ever history decade decades century centuries memory years months weeks generation".split())


def _over_time(toks, k) -> bool:
    """Whether the superlative at k is measured against a span of time in its clause ("the worst in
    a decade", "the busiest for more than 20 years", "the lowest in living memory"), not against peers."""
    for t in toks[k + 1:k + 10]:
        if t.low in (",", ";", ".", ":"):
            return False
        if t.low in _SPAN_WORDS or (t.q is not None and t.q.kind == "duration"):
            return True
    return False


# -- "Lake Vesk is now the lowest of the nine reservoirs" ... "Tarn Beck stood at 33%" ----------------------
def _name_before(toks, k) -> str | None:
    """The name a superlative is said of: "The Harbour Tunnel is the longest", "Dunmoor, the shallowest",
    "Lake Vesk is now the lowest" (capitalised words before a linking verb or an apposition comma)."""
    j = k - 1
    while j >= 0 and (toks[j].low in _DETERMINERS or toks[j].low.endswith(("'s", "’s"))):
        j -= 1
    apposed = j >= 0 and toks[j].text == ","
    while j >= 0 and (toks[j].low in _NAME_LINK or toks[j].text == ","):
        j -= 1
    if apposed and j >= 1 and toks[j].is_word and toks[j].q is None and toks[j].text[:1].islower() \
            and toks[j - 1].low.endswith(("'s", "’s")) and toks[j - 1].text[:1].isupper():
        j -= 1  # "picked Felbridge's bid, the largest of the three": the owner names the member
    words = []
    while j >= 0 and toks[j].is_word and toks[j].text[:1].isupper():
        words.append(toks[j].text.removesuffix("'s").removesuffix("’s"))
        j -= 1
    if j >= 0 and toks[j].is_word and toks[j].low not in _JOINING and toks[j].low not in ("said", "says", "that") \
            and not apposed:
        return None  # "the board said Lake Vesk is", "its rival Lake Vesk is": not a name heading a clause
    words = [w for w in reversed(words) if w.lower() not in _STOP]
    return " ".join(words) if words else None


_NAME_LINK = frozenset("""is was are were remains remained stays stayed became becomes now still already been has had
    have again also once""".split())


def _clause_name(article, q) -> str | None:
    """The capitalised name heading q's clause: back to the figure or the ';' / ':' before it
    ("Tarn Beck, which serves the towns, stood at 33%", "while neighbouring Fenn Water, at 52%")."""
    return _name_heading(article, q, lambda o: o.kind != "date", _COMMON_START)


def _name_heading(article, q, stops, first_words: frozenset[str]) -> str | None:
    """The capitalised name nearest before q in its clause, its words joined ("Tarn Beck"), going back
    no further than a ';', a ':' or a figure that ``stops`` the search; a name that opens the sentence
    must not be one of ``first_words`` (a common opening word, capitalised only for its place)."""
    toks: list[Token] = article.tokens(q.sentence)
    for j in range(article.token_index(q) - 1, -1, -1):
        t = toks[j]
        if t.q is not None and stops(t.q) or t.text in (";", ":"):
            return None
        if t.is_word and t.text[:1].isupper() and t.low not in _STOP and (j > 0 or t.low not in first_words):
            words = [t.text.removesuffix("'s").removesuffix("’s")]
            while j > 0 and toks[j - 1].is_word and toks[j - 1].text[:1].isupper() and toks[j - 1].low not in _STOP:
                j -= 1
                words.insert(0, toks[j].text)
            return " ".join(words)
    return None


_COMMON_START = frozenset("but and yet so some most many few all both one two three four five it".split())
_AFTER_NAME = frozenset("in at for on from across".split())


def _member_name(article, q) -> str | None:
    """The name a member's figure is given for: after it by a preposition, in a list that puts the figure
    first ("1,620 homes in Aldwick, 1,390 in Brenmoor and 1,140 at Cosset Row"; "8,400 seats for the
    Lyre Hall"), else the name heading its clause (_clause_name)."""
    toks: list[Token] = article.tokens(q.sentence)
    k = article.token_index(q) + 1
    if k < len(toks) and toks[k].is_word and toks[k].q is None and toks[k].text[:1].islower() \
            and toks[k].low not in _AFTER_NAME:
        k += 1  # the counted noun: "1,620 homes in Aldwick"
    if k + 1 < len(toks) and toks[k].low in _AFTER_NAME:
        j = k + 1
        if toks[j].low == "the":
            j += 1
        words = []
        while j < len(toks) and toks[j].is_word and toks[j].q is None and toks[j].text[:1].isupper() \
                and toks[j].low not in _STOP:
            words.append(toks[j].text.removesuffix("'s").removesuffix("’s"))
            j += 1
        if words:
            return " ".join(words)
    return _clause_name(article, q)


def _named_peers(article, toks, size, name, subject):
    """The other members of "the <superlative> of the <N> <things>": figures headed by another name,
    listed after the set in its own sentence ("...: the Quarry Tunnel runs 3.1 km and the Mill Tunnel 5.4
    km") or stated in a paragraph that names the things ("All three pits cut output. ... Fenwood,
    whose seams lie at about 410 metres"), of one unit (the subject's when it is given); the ends
    of ranges and changes, and figures set against others ("below the average of 78%"), are no peers."""
    noun = thing_of(size)
    if noun is None:
        return _listed_peers(article, size, name)
    after_set = size.span[1]
    found = []
    for q in article.quantities:
        if q.id in (size.id, getattr(subject, "id", None)) or q.kind in ("date", "rank") \
                or not isinstance(q.value, float) or q.qualifier == "lower" and q.unit == "count":
            continue
        if q.sentence == size.sentence:
            if q.span[0] < after_set:
                continue
        elif name in article.sentence_text(q.sentence) and not _lists_name(article, q.sentence, name) \
                or noun not in _paragraph_words(article, q):
            continue  # a sentence naming the subject holds its peers only as a list: "A recorded 610,000, B 520,000"
        if q.unit == size.unit and q.value == size.value and thing_of(q) is not None:
            continue  # the set counted again: "across the line's three stations"
        peer = _member_name(article, q)
        if peer is None or peer in name or name in peer or _is_reference(article, q):
            continue
        if set(article.words_before(q, 6)) & _WHOLES:
            continue  # "the network now stretches 12.7 km": the whole the members make up
        if subject is not None and not _comparable(q, subject):
            continue
        found.append((peer, q))
    listed = [(p, q) for p, q in found if q.sentence == size.sentence]
    if len(listed) == int(size.value) - 1:
        found = listed  # "the longest of the three tunnels: the Quarry Tunnel runs 3.1 km, the Mill Tunnel 5.4 km"
    elif subject is None:
        lists = {q.sentence for _, q in found if q.sentence != size.sentence and _lists_name(article, q.sentence, name)}
        listed = [(p, q) for p, q in found if q.sentence in lists]
        if len(lists) == 1 and len(listed) == int(size.value) - 1:
            found = listed  # one sentence lists every member with the subject: "1,620 homes in A, 1,390 in B ..."
    peers = {p for p, _ in found}
    if len(peers) != len(found) or _measures([q for _, q in found]) > 1:
        return []  # one name with two figures, or figures of several measures: not sure which is meant
    return [q for _, q in found]


def _listed_peers(article, size, name):
    """"Ostrel, the busiest of the three" with the things not named: the other members' figures of the one
    earlier sentence (within a few) that lists the name and exactly N - 1 other names, each with one figure of
    one measure ("Boardings: Idra recorded 610,000, Kell 290,000 and Vant 520,000")."""
    for index in range(size.sentence - 1, max(-1, size.sentence - 6), -1):
        if not _lists_name(article, index, name):
            continue
        found = [q for q in article.in_sentence(index) if q.kind not in ("date", "rank") and isinstance(q.value, float)
                 and not (q.unit == size.unit and q.value == size.value and thing_of(q) is not None)
                 and not _is_reference(article, q)]
        heads = [_member_name(article, q) for q in found]
        if None in heads or len(set(heads)) != len(heads) or sum(_same_name(h, name) for h in heads) != 1:
            return []
        peers = [q for q, h in zip(found, heads) if not _same_name(h, name)]
        if len(peers) != int(size.value) - 1 or _measures(found) > 1:
            return []
        return peers
    return []


def _measures(figures) -> int:
    """How many measures the figures give: units and pers, and things named (a bare count is the named
    thing's by ellipsis: "1,620 homes in Aldwick, 1,390 in Brenmoor")."""
    kinds = {(q.unit, q.per) for q in figures}
    things = {thing_of(q) for q in figures} - {None}
    return len(kinds) * max(1, len(things))


def _lists_name(article, index, name) -> bool:
    """Sentence ``index`` gives a figure in a clause headed by ``name`` and one headed by another name: a list
    of the set's members ("Idra recorded 610,000, Kell 290,000 and Vant 520,000")."""
    heads = {_member_name(article, q) for q in article.in_sentence(index) if q.kind not in ("date", "rank")} - {None}
    mine = {h for h in heads if _same_name(h, name)}
    return len(mine) == 1 and len(heads - mine) >= 1


def _same_name(a: str, b: str) -> bool:
    """One name written in full and in short: "Felbridge Civil" and "Felbridge"; "Marrowgate Road" and itself."""
    wa, wb = a.split(), b.split()
    return wa == wb or bool(wa) and bool(wb) and (wa[:len(wb)] == wb or wb[:len(wa)] == wa)


def _comparable(a, b) -> bool:
    if a.unit != b.unit or a.per != b.per:
        return False
    return thing_of(a) == thing_of(b) or None in (thing_of(a), thing_of(b))


def _is_reference(article, q) -> bool:
    """q is the start or size of a change, an end of a range, or set against another figure."""
    if article.roles_in(q) & {"from", "by", "low", "high"}:
        return True
    return bool(set(article.words_before(q, 5)) & _COMPARING - {"up", "down", "on", "from"})


def _paragraph_words(article, q) -> set[str]:
    """The common (lower-case) words of q's paragraph, singular: "tunnels", not the "Tunnel" of a name."""
    cache = article.extraction.memo.setdefault("paragraph words", {})
    if not cache:
        for s in range(len(article.sentences)):
            words = {_singular(w) for w in re.findall(r"(?<![A-Za-z])[a-z]+", article.sentence_text(s))}
            cache.setdefault(article.paragraph(s), set()).update(words)
    return cache.get(article.paragraph(q), set())


def _sentence_words(article, q) -> set[str]:
    """The common (lower-case) words of q's sentence, singular."""
    return {_singular(w) for w in re.findall(r"(?<![A-Za-z])[a-z]+", article.sentence_text(q.sentence))}


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _figure_of_name(article, name, like, size):
    """The one figure of like's measure stated in a sentence that names ``name`` (not the
    superlative's own): "The Harbour Tunnel, a 4.2-kilometre bore, opened"."""
    found = [q for q in article.quantities
             if q.sentence != size.sentence and q.kind not in ("date", "rank") and isinstance(q.value, float)
             and _comparable(q, like) and name in article.sentence_text(q.sentence)
             and not _is_reference(article, q)]
    own = [q for q in found if _same_name(_member_name(article, q) or "", name)]
    found = own or found  # in a list of the members, the figure in the name's own clause
    return found[0] if len({float(q.value) for q in found}) == 1 else None


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
    return claim("comparison", roles, cue=toks[k].low, direction=SUPERLATIVES[_superlative_word(toks[k].low)], about=head,
                 sentence=subject.sentence)


# After "most" / "least", adjectives whose degree is the figure's own size: "the most expensive hangar, at
# ₱5.3 billion", "the most visited room with 8,350", "the least costly bid". Others do not say which way
# the figure points ("the most efficient engine" may use the least fuel), and are left alone.
_MORE_IS_BIGGER = frozenset("""expensive costly valuable visited popular prolific productive populous profitable
    lucrative crowded attended watched viewed downloaded played streamed used""".split())
# Words before a figure that make it no rival's own: a total, an average, a record or a bigger area's figure.
_NO_RIVAL = frozenset("""total all combined overall entire whole average mean median record national nationwide statewide countrywide global
    world worldwide previous former old typical usual normal""".split())
# Scopes a superlative may be said over without naming the set's size: "of any item", "in the league".
_RELATIVE = frozenset({*COMPARATIVES, "up", "down", "rise", "fall", "increase", "decrease", "gain", "drop",
                       "ahead", "behind", "above", "below", "cut", "off"})
_CHANGE_NOUNS = frozenset("rise fall increase decrease gain drop cut growth decline jump".split())
_RIVALS_WITHIN = 15  # sentences either side where a superlative's rivals are looked for


_ORDINAL = re.compile(r"^(?:second|third|fourth|fifth|\d+(?:nd|rd|th))[-\s]([a-z]+)$")


def _ordinal_superlative(article, toks, k, direction):
    """"the Lantern Party, the second-largest bloc on the council with 17 seats"; "Chile, now the brewer's
    second-largest outlet" (Chile's 2,650 kegs stated by name): against the rivals the article names, of
    whom fewer than N may stand beyond the subject. Refuses what the superlative route refuses, and a
    name with no figure or two."""
    before = [t.low for t in toks[max(0, k - 3):k]]
    if before[-2:] in (["of", "the"], ["among", "the"]) or not before or \
            before[-1] not in ("the", "its", "their") and not before[-1].endswith(("'s", "’s")):
        return None  # "one of the second-largest", or no definite claim
    j = k - 1
    while j > 0 and (toks[j].low in _DETERMINERS or toks[j].low.endswith(("'s", "’s"))):
        j -= 1
    subject = (_figure_before(article, toks, j + 1) or _fronted_figure(toks, j + 1)
               or _figure_after_phrase(toks, k + 1) or _named_figure(article, toks, j))
    size = _set_size(toks, k + 1)
    if size is not None:  # "the second-largest of the three": the set's members, all of them, listed nearby
        gathered = _listed_set(article, size.sentence, int(size.value), _subject_name(toks, k), subject,
                               skip={size.id})
        if gathered is not None:
            mine, others = gathered
            roles = {"subject": mine, "set": size, "rank": toks[k].q, **{f"other{i}": q for i, q in enumerate(others, 1)}}
            return claim("comparison", roles, cue=toks[k].low, direction=direction, about=thing_of(size),
                         sentence=size.sentence)
    if subject is None:
        return None
    found = _rival_superlative(article, toks, k, subject=subject, rank=toks[k].q, direction=direction)
    ahead = _after_name(article, toks, k, subject)  # "second-biggest market after Europe": Europe is above it
    if found is None or ahead is None or ahead.id in found.quantities:
        return found
    roles = {r: article.extraction.quantity(i) for r, i in found.roles.items()}
    roles[f"other{sum(r.startswith('other') for r in roles) + 1}"] = ahead
    return claim("comparison", roles, cue=found.cue, direction=found.direction, about=found.about,
                 sentence=found.sentence)


def _after_name(article, toks, k, subject):
    """"second-biggest market after Europe": the one figure of the name after "after" (or "behind"),
    of the subject's unit, stated elsewhere."""
    for j in range(k + 1, min(k + 4, len(toks) - 1)):
        if toks[j].low in ("after", "behind") and toks[j + 1].text[:1].isupper():
            words = []
            for t in toks[j + 1:j + 4]:
                if not t.is_word or t.q is not None or not t.text[:1].isupper():
                    break
                words.append(t.text)
            name = " ".join(words)
            found = [q for q in _in_sentences_naming(article, name) if q.unit == subject.unit and q.per == subject.per
                     and q.kind not in ("date", "rank") and isinstance(q.value, float)
                     and _rival_named(article, q, name) and not article.roles_in(q) & {"from", "by"}]
            return found[0] if len({float(q.value) for q in found}) == 1 else None
        if not toks[j].is_word:
            return None
    return None


def _named_figure(article, toks, j):
    """The one figure stated for the name that heads a superlative's clause ("that Chile, now the brewer's
    second-largest"): a figure elsewhere whose own clause is headed by that name, not a change's start."""
    while j >= 0 and (toks[j].low in _NAME_LINK or toks[j].text == ","):
        j -= 1
    words = []
    while j >= 0 and toks[j].is_word and toks[j].q is None and toks[j].text[:1].isupper() and toks[j].low not in _STOP:
        words.insert(0, toks[j].text)
        j -= 1
    if not words:
        return None
    name = " ".join(words)
    here = toks[j + 1].start
    found = [q for q in _figures_named(article, name)
             if not article.sentences[q.sentence][0] <= here < article.sentences[q.sentence][1]]
    return found[0] if len({(float(q.value), q.unit) for q in found}) == 1 else None


def _figures_named(article, name: str) -> list:
    """The figures in clauses headed by ``name``, not a change's start or a range's end, in text order:
    read once per name while the model stands (a long article's superlatives ask of the same names)."""
    memo = article.memo.setdefault("comparison_figures_named", {})
    if name not in memo:
        memo[name] = [q for q in _in_sentences_naming(article, name)
                      if q.kind not in ("date", "rank") and isinstance(q.value, float)
                      and _rival_named(article, q, name)
                      and not article.roles_in(q) & {"from", "by", "low", "high"}
                      and "from" not in article.words_before(q, 2)]
    return memo[name]


def _rival_superlative(article, toks, k, *, subject=None, rank=None, direction=None):
    """A superlative over a set that is not counted ("the warmest reading logged anywhere on the
    estuary", "the tour's most prolific batter", "fell the most of any fare"), checked against the
    rivals the article names: figures of the subject's measure (unit, thing, time, and level or change
    alike) in sentences around it, each in a clause headed by a name the subject's sentence does not
    hold ("Further up, Quillon Point ... touched 30.1C"; "Yarrowby, whose 240 runs"). The subject is the
    figure the superlative is said of: before it in the clause ("29.3C on Friday, the warmest"),
    fronted ("With 212 runs, she was the tour's most prolific batter"), or after its noun phrase
    ("the most used part of the library with 8,350", "the most of any fare, by 6%").

    Refuses a superlative with no figure of its own in the clause; rivals that are totals, averages,
    records or a wider area's figures ("the provincial record of 36.4C"); rivals far from the subject's
    scale (under half or over double), of another time, or with no name of their own; and a set whose
    rivals come with two figures each."""
    j = k - 1
    while j > 0 and (toks[j].low in _DETERMINERS or toks[j].low.endswith(("'s", "’s"))):
        j -= 1
    if subject is None:
        subject = (_figure_before(article, toks, j + 1) or _fronted_figure(toks, j + 1)
                   or _figure_after_phrase(toks, k + 1))
    if subject is None or subject.unit in ("rank", "date") or not subject.value:
        return None
    subject = _level(article, subject)
    cue_start = toks[k].start
    start = next(a for a, b in article.sentences if a <= cue_start < b)
    # the subject's own names: its sentence up to the superlative, and the sentence before
    text = article.text[start:cue_start]
    if rank is not None:
        text = article.text[max(start, toks[max(0, j - 6)].start):cue_start]  # "that Chile, now the ..."
    elif not _names_in(toks[:k]):  # "With 212 runs, she was ...": named in the sentence before
        text = article.text[article.sentences[max(0, subject.sentence - 1)][0]:cue_start]
    thing = thing_of(subject) or _bare_thing(article, subject)
    own = article.tokens(subject.sentence)
    sk = article.token_index(subject)
    by = "by" in article.roles_in(subject) or sk > 0 and own[sk - 1].low == "by" \
        or _named_change(own, sk)  # "rose the most, by 9%"; "the sharpest climb, at 3.7%"

    def alike(q) -> bool:
        """Of the subject's measure: unit, thing (its own, or for two bare counts the one they share by
        ellipsis), level or change, and scale."""
        if q.id == subject.id or q.kind in ("date", "rank") or not isinstance(q.value, float):
            return False
        if not _comparable(q, subject) or by != ("by" in article.roles_in(q)):
            return False
        if subject.unit == "count" and (thing_of(q) or _bare_thing(article, q)) != thing:
            return False  # counts of other things, or of nothing named ("Tansley had 71": the count before's thing)
        return 0.5 <= float(q.value) / float(subject.value) <= 2

    def listed(q) -> bool:
        """A figure of the subject's sentence of its measure, or a bare count of its scale ("followed by
        industry at 10.9 million")."""
        if alike(q):
            return True
        bare = q.unit == "count" and thing_of(q) is None and q.id != subject.id and isinstance(q.value, float) \
            and article.words_after(q, 1) != ["of"]  # "across all six of the depots": a set's size, no member
        return bare and subject.unit != "count" and 0.5 <= float(q.value) / float(subject.value) <= 2

    # a change's size named as one ("a 7.4% increase") is a rival of a change's size, not a figure relative to it
    relative_ok = _CHANGE_NOUNS if by else frozenset()
    if rank is None and any(listed(q) for q in article.in_sentence(subject.sentence)):
        return None  # "the biggest buyer at 4.6 Mt, followed by mills at 3.2 Mt": the set is listed here
    named: dict[str, list] = {}
    for q in article.nearby(subject, _RIVALS_WITHIN):
        if q.id == subject.id or q.sentence == subject.sentence and rank is None:
            continue  # (an ordinal's subject is found by name: its rivals may share its sentence)
        if not alike(q) or not _same_time(article, q, subject):
            continue
        if article.roles_in(q) & {"from", "low", "high"} \
                or set(article.words_before(q, 5)) & _COMPARING - {"up", "down", "on", "from"}:
            continue  # the start of a change, an end of a range, a figure set against another
        if set(article.words_before(q, 6)) & _NO_RIVAL or set(article.words_after(q, 2)) & _RELATIVE - relative_ok:
            continue  # a total, an average, a record; "about 41% higher": a figure relative to another
        if ("proportion", "part") in article.roles_of(q):
            continue  # "97 of the 268 candidates": a part of a member, not the member's own size
        name = _rival_name(article, q)
        if name is None or name in text or any(w in text for w in name.split() if len(w) > 3):
            continue
        named.setdefault(name, []).append(q)
    if not named or any(len({float(q.value) for q in qs}) > 1 for qs in named.values()):
        return None  # a rival with two figures: not sure which is meant
    peers = [qs[0] for qs in named.values()]
    roles = {"subject": subject, **{f"other{i}": q for i, q in enumerate(peers, 1)}}
    if rank is not None:
        roles["rank"] = rank
    return claim("comparison", roles, cue=toks[k].low, direction=direction or SUPERLATIVES[_superlative_word(toks[k].low)],
                 about=thing_of(subject), sentence=rank.sentence if rank is not None else subject.sentence)


def _named_change(toks, j) -> bool:
    """The figure at j is named as a change's size by the noun it is given for: "the largest yearly rise at
    3.7%", "the sharpest fall, of 12%", "the biggest gain, 8%" (a level given after "to" is no change's size)."""
    i = j - 1
    while i >= 0 and (toks[i].text == "," or toks[i].low in ("at", "of", "a", "an", "some", "about", "around")):
        i -= 1
    return i >= 0 and toks[i].low in _CHANGE_NOUNS | {f"{w}s" for w in _CHANGE_NOUNS}


def _names_in(toks) -> list[str]:
    """The capitalised words of toks, but stop words and the common words that open sentences."""
    return [t.text for t in toks if t.is_word and t.q is None and t.text[:1].isupper() and t.low not in _STOP
            and t.low not in _OPENERS and t.low not in _COMMON_START]


def _bare_thing(article, q) -> str | None:
    """What a bare count counts by ellipsis: the thing of the nearest count before it, in its sentence or
    the one before ("lent out 9,100 books and the Tidewater Annexe 7,700. The Orvelle Room ... with
    8,350"). None for a count that names its thing, or with none before it."""
    if q.unit != "count" or thing_of(q) is not None:
        return None
    for other in reversed([x for x in article.quantities if x.span[0] < q.span[0]
                           and q.sentence - 1 <= x.sentence <= q.sentence]):
        if other.unit == "count" and thing_of(other):
            return thing_of(other)
    return None


def _fronted_figure(toks, k):
    """"With 212 runs, she was", "At ₱5.3 billion, it stands as": the figure of a phrase that opens the
    sentence, when the clause up to k holds no other figure."""
    if not toks or toks[0].low not in ("with", "at") or any(t.q is not None for t in toks[5:k]):
        return None
    for j in range(1, min(5, k)):
        t = toks[j]
        if t.q is not None:
            if t.q.kind == "date" or not isinstance(t.q.value, float):
                return None
            comma = next((i for i in range(j + 1, k) if toks[i].text == ","), None)
            if comma is None or any(not x.is_word for x in toks[j + 1:comma]) \
                    or any(not x.is_word or x.low in _JOINING for x in toks[comma + 1:k]):
                return None
            return t.q
        if t.low not in ("a", "an", "some", "about", "around", "nearly", "almost", "just", "over", "roughly"):
            return None
    return None


def _figure_after_phrase(toks, k):
    """"the most used part of the library with 8,350", "the most of any fare, by 6%": the figure
    after the superlative's noun phrase (a few words, no verb-like word), by "with", "at" or "by"."""
    for j in range(k, min(k + 9, len(toks) - 1)):
        t = toks[j]
        if t.q is not None:
            return None
        if t.low in ("with", "at", "by"):
            for x in toks[j + 1:j + 4]:
                if x.q is not None:
                    return x.q if x.q.kind not in ("date", "rank") and isinstance(x.q.value, float) else None
                if x.low not in ("a", "an", "some", "about", "around", "nearly", "almost", "just", "over",
                                 "roughly", "total", "of"):
                    return None
            return None
        if t.text == ",":
            continue
        if not t.is_word or t.low in _JOINING or t.low in _NAME_LINK or t.low in ("which", "that", "who"):
            return None
    return None


def _rival_named(article, q, name: str) -> bool:
    """``_rival_name(article, q) == name``, without making tokens of the many sentences that do not write
    the name's first word (the name is made of the sentence's own words)."""
    return q.sentence in _sentences_naming(article, name) and _rival_name(article, q) == name


def _sentences_naming(article, name: str) -> frozenset[int]:
    """The sentences that write a name's first word, looked up once per article and word."""
    memo = article.extraction.memo.setdefault("comparison_name_sentences", {})
    first = name.split(" ")[0]
    if first not in memo:
        memo[first] = frozenset(i for i in range(len(article.sentences)) if first in article.sentence_text(i))
    return memo[first]


def _in_sentences_naming(article, name: str) -> list:
    """The figures of the sentences that write a name's first word, in text order."""
    return [q for i in sorted(_sentences_naming(article, name)) for q in article.in_sentence(i)]


def _rival_name(article, q) -> str | None:
    """The capitalised name heading q's clause, back past figures of other units ("Quillon Point, 7 miles
    up the coast, touched 30.1C") but not past a figure of q's own unit ("Brack made 1.4 t, Kell 0.9 t":
    0.9 t is Kell's); a name at the sentence's start must not be a common opening word. Read once per
    figure and article: the superlatives of a long article ask it of the same figures again and again."""
    memo = article.extraction.memo.setdefault("comparison_rival_names", {})
    if q.id not in memo:
        memo[q.id] = _name_heading(article, q, lambda o: o.kind != "date" and o.unit == q.unit,
                                   _COMMON_START | _OPENERS)
        restated = _restated_from(article, q)
        if memo[q.id] is None and restated is not None:
            memo[q.id] = _rival_name(article, restated)  # "Wendle fetched £96,000, or £3,400 a tonne": Wendle's too
    return memo[q.id]


def _restated_from(article, q):
    """The figure q restates in its own sentence ("£96,000, or £3,400 a tonne"), or None."""
    for c in article.extraction.claims:
        if c.kind == "equivalence" and c.roles.get("right") == q.id and c.roles.get("left"):
            left = article.extraction.quantity(c.roles["left"])
            return left if left.sentence == q.sentence and left.id != q.id else None
    return None


# Capitalised only as a sentence's first word: no name.
_OPENERS = frozenset("""elsewhere meanwhile however still also there here in at on by for with after before
    during last this next that those these they we he she his her its their our until since while when""".split())


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
_WHOLES = _TOTALS | {"network", "system", "group", "portfolio", "fleet"}
# Words before a figure that make it the sum of a set's members: "together the four will add 710MW".
_SET_TOTALS = _TOTALS | {"together", "between", "jointly", "collectively"}


def _figure_set_after(toks, k):
    """"the lowest of the three bids, at €187 million": the figure after the set, by "at" or "with"."""
    if k + 1 < len(toks) and toks[k].low in ("at", "with") and toks[k + 1].q is not None:
        t = toks[k + 1]  # "the shallowest of the three pits at 540 metres"
        return t.q if t.q.kind != "date" and isinstance(t.q.value, float) else None
    for j in range(k, min(k + 4, len(toks) - 2)):
        if toks[j].text == ",":
            t = toks[j + 2]
            if toks[j + 1].low in ("at", "with") and t.q is not None and t.q.kind != "date":
                return t.q if isinstance(t.q.value, float) else None
            return None
        if not toks[j].is_word:
            return None
    return None


def _apposed_figure(toks, k):
    """"The Quorrin, the bigger of the two ferries, carries 1,200 passengers": the figure the verb after a phrase set
    off after a name gives, the phrase holding the cue at k."""
    for j in range(k + 1, min(k + 9, len(toks) - 2)):
        if toks[j].text == ",":
            t = toks[j + 2]
            if _verb_after_apposition(toks, j) and t.q is not None and t.q.kind != "date" and isinstance(t.q.value, float):
                return t.q
            return None
        if toks[j].q is None and not toks[j].is_word and toks[j].text not in ("'", "’"):
            return None
    return None


def _verb_after_apposition(toks, j) -> bool:
    """The comma at j closes a phrase set off after a name ("The Quorrin, the bigger of the two ferries,") and a
    verb of the name follows it: the figure after that verb is the name's."""
    opened = next((i for i in range(j - 1, -1, -1) if toks[i].text in (",", ";", ":", "(", ")")), None)
    if opened is None or toks[opened].text != "," or opened == 0 or not toks[opened - 1].text[:1].isupper():
        return False
    word = toks[j + 1]
    return word.is_word and word.q is None and word.text[:1].islower() and word.low not in _DETERMINERS \
        and word.low not in _JOINING and word.low not in ("which", "who", "that", "where", "when", "said", "says")


def _fronted_set(toks, k):
    """The set a sentence opens with, for a superlative in its first clause: "Of the four districts, Osgarth had the
    smallest turnout"; "Among its five plants, Quellmoor is the busiest". Only the opening phrase (a set word, a
    determiner or owner, the count and its noun, a comma), and no clause break between it and the superlative."""
    if not toks or toks[0].low not in ("of", "among", "amongst"):
        return None
    size = _set_size(toks, 0)
    if size is None:
        return None
    j = toks.index(next(t for t in toks if t.q is size)) + 1
    while j < len(toks) and toks[j].is_word and toks[j].q is None and j < k:
        j += 1
    if j >= k or toks[j].text != ",":
        return None
    if any(t.q is not None or t.text in (";", ":") or t.low in _JOINING for t in toks[j + 1:k]):
        return None
    return size


def _set_size(toks, k):
    """"of the three formats", "among its five plants": the count that sizes the set."""
    for j in range(k, min(k + 3, len(toks))):
        if toks[j].low in _SET_WORDS:
            for t in toks[j + 1:j + 4]:
                if t.q is not None:
                    ok = t.q.unit == "count" and isinstance(t.q.value, float) and 2 <= t.q.value <= 12
                    return t.q if ok and float(t.q.value).is_integer() else None
                if t.low not in _DETERMINERS and not t.low.endswith(("'s", "’s")):
                    return None  # "of the three formats", "of the group's three pits"
            return None
        if toks[j].q is not None or not toks[j].is_word:
            return None
    return None


# Nouns of a set whose members are one party's occasions at different times: "the highest of his three campaigns".
_OCCASIONS = frozenset("""campaign season year edition term election race tournament bid attempt outing run tour
    visit festival contest championship""".split())


def _dated_members(article, subject, size):
    """"whose 8,914 votes were the best total of her four campaigns": the other members are the figures of the
    subject's measure dated to other years ("first elected in 2010 with 7,420 votes"), one a year, all in sentences
    naming one party, exactly N - 1 of them; the subject's own time is its clause's date or the publication's."""
    now = (article.clause_time(subject) or (article.published.isoformat() if article.published else ""))[:4]
    found = []
    for q in article.nearby(subject):
        if q.id in (subject.id, size.id) or q.kind in ("date", "rank") or not isinstance(q.value, float) \
                or q.qualifier not in (None, "exact") or not _comparable(q, subject) or _is_reference(article, q):
            continue
        if thing_of(q) not in (None, thing_of(subject)):
            continue
        when = (article.clause_time(q) or "")[:4]
        if not when or when == now:
            continue
        found.append((when, q))
    named = {q.sentence for _, q in found if thing_of(q) is not None}
    found = [(w, q) for w, q in found if thing_of(q) is not None or q.sentence in named]  # "in 2018 with 12,415"
    if len({w for w, _ in found}) != len(found) or len(found) != int(size.value) - 1:
        return []
    if not found or any(_RIVAL_WORDS & set(article.words_before(q, 8)) for _, q in found):
        return []
    shared = set.intersection(*(set(article.names_in(q.sentence)) for _, q in found))
    mine = set(article.names_in(subject.sentence))
    if len({q.sentence for _, q in found}) > 1 and not shared or shared and mine and not shared & mine:
        return []  # the occasions of one party: one sentence, or a name shared by the sentences (the subject's own)
    return [q for _, q in found]


_RIVAL_WORDS = frozenset("rival rivals opponent opponents challenger winner runner-up predecessor successor".split())


def _members(article, subject, size):
    """The figures of the subject's measure in its paragraph and the ones either side (or a paragraph or two
    further, in a sentence that speaks of the set's things by their noun); not the set's total
    ("together the four will add 710MW"), a figure restated in another currency or unit ("(about $14.6
    million)"), nor the subject's own figure stated again in another sentence."""
    para = article.block(subject)
    roles = article.roles_in(subject)
    noun = thing_of(size)
    found = []
    for q in article.nearby(subject):
        if q.id in (subject.id, size.id) or abs(article.block(q) - para) > 3:
            continue
        if abs(article.block(q) - para) > 1 and (noun is None or noun not in _sentence_words(article, q)
                                                  or q.qualifier not in (None, "exact")):
            continue  # two or three paragraphs off only in a sentence on the set's things ("the other two projects")
        if q.sentence != subject.sentence and q.value == subject.value and q.text == subject.text:
            continue  # "Castan will pay $8.3 million" ... "Castan, whose $8.3 million was the largest"
        if "right" in article.roles_in(q, ("equivalence",)) or set(article.words_before(q, 6)) & _SET_TOTALS:
            continue
        if q.unit != subject.unit or q.per != subject.per or not _same_time(article, q, subject):
            continue
        if _per_period(article, q) != _per_period(article, subject):
            continue  # "6,300 riders a day": a daily rate, no total of the period the members carried
        if thing_of(q) and thing_of(subject) and thing_of(q) != thing_of(subject):
            continue
        if ("by" in roles) != ("by" in article.roles_in(q)) or "from" in article.roles_in(q):
            continue  # a growth rate is compared with growth rates, a level with levels
        found.append(q)
    return found


def _per_period(article, q) -> str | None:
    """The period a figure is a rate over when words after it say so ("2,400 riders a day", "per week")."""
    after = article.words_after(q, 2)
    return _singular(after[1]) if len(after) == 2 and after[0] in ("a", "an", "per", "each") \
        and _singular(after[1]) in _TIME_PERIODS else None


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
    return _against_earlier(article, subject, cue, SUPERLATIVES[_superlative_word(toks[k].low)], since)


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
        if q.unit != subject.unit or q.per != subject.per:
            continue  # no figure of the subject's measure (_same_measure): its time need not be read
        then = article.clause_time(q) or _subject_year(article, q) or _fronted_time(article, q)
        if then and _before(then, now):
            out.append(q)
    return out


def _subject_year(article, q) -> str | None:
    """The year a sentence's subject is named by, for a figure of its main verb: "The 2019 edition, the
    last before the race was cancelled in 2020, drew 15,100 finishers" (the clause of 15,100 holds no
    date of its own). Only a year right after the opening "The", before the figure."""
    toks = article.tokens(q.sentence)
    if len(toks) < 3 or toks[0].low != "the" or toks[1].q is None or toks[1].q.kind != "date":
        return None
    year = toks[1].q
    if not year.resolved or toks[1].q.span[0] > q.span[0] or not re.fullmatch(r"\d{4}", year.text.strip()):
        return None
    return str(year.value)


_FRONTING = frozenset("in during by at on for back".split())


def _fronted_time(article, q) -> str | None:
    """The date a sentence opens with, set off by a comma, for a figure of the clause after it: "In 2019,
    5,526 riders took part"; "Back in March 2016, the fund held 41 tonnes". Only the opening phrase
    (a preposition and the date alone), and only when no other date stands between it and the figure."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    if len(toks) < 4 or toks[0].low not in _FRONTING:
        return None
    j = 1
    if toks[0].low == "back" and toks[1].low == "in":
        j = 2
    if j >= len(toks) or toks[j].q is None or toks[j].q.kind != "date" or not toks[j].q.resolved:
        return None
    if j + 1 >= len(toks) or toks[j + 1].text != "," or k <= j + 1:
        return None
    if any(t.q is not None and t.q.kind == "date" for t in toks[j + 2:k]):
        return None
    return str(toks[j].q.value)


def _before(then: str, now: str) -> bool:
    n = min(len(then), len(now), 4)
    return then[:n] < now[:n]


# -- the same measure ------------------------------------------------------------------------------------
def _same_measure(article, a, b, *, loose: bool = False) -> bool:
    """Figures of one measure: one unit, and the same thing counted, or the same words before them
    ("clinics treated 210 patients" ~ "clinics treated 147 people"); with ``loose``, a count
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


# -- "With the biggest rainfall of the three sites, Ardry Ridge ...": the set's members by census ---------------
_CENSUS_PARAGRAPHS = 4  # paragraphs before the superlative's own in which a counted set's members are looked for
_MEASURE_NOUNS = frozenset("""price prices figure total level value rate number amount sum reading score result
    tally share size weight cost""".split())
_NOT_MEMBER = _TOTALS | {"together", "jointly", "collectively"} | {"average", "averaging", "averaged", "mean", "median", "typical", "normal", "ago"}


def _census(article, toks, k, size, words=None):
    """The subject and the other members of "the <superlative> of the N <things>" when the subject is a thing
    described, not a figure ("With the biggest rainfall of the three sites, Ardry Ridge was ...", "the west
    field's price, the highest an acre of the three lots, ..."), and the members are called by other nouns than
    the set's ("the Colbrook gauge", "the pasture"): the paragraphs up to the superlative give exactly N figures of
    one measure (one unit and per; the per the superlative names, "per acre", when two measures have N), none a
    start, an end of a range, a total, an average or a figure set against another, none in a restating
    parenthesis, all of one time; the subject is the one of them whose paragraph writes every word of the
    description. Refuses N figures in two measures with no per named, more or fewer than N, and a description
    found with no member or with two."""
    words = words or _described_subject(toks, k)
    if not words:
        return None
    here = size.sentence
    first = article.paragraph(here) - _CENSUS_PARAGRAPHS
    found = []
    for q in article.quantities:
        if q.sentence >= here or article.paragraph(q.sentence) < first:
            continue
        if q.kind in ("date", "rank", "duration") or not isinstance(q.value, float) or q.unit == "count" \
                or q.qualifier not in (None, "exact"):
            continue
        if article.roles_in(q) & {"from", "by", "low", "high"} or set(article.words_before(q, 2)) & _COMPARING \
                or "right" in article.roles_in(q, ("equivalence",)) or _in_parenthesis(article, q):
            continue  # a start, a size, a range's end, a figure set against another, a restatement
        if set(article.words_before(q, 6)) & _NOT_MEMBER or set(article.words_after(q, 3)) & _NOT_MEMBER \
                or set(article.words_before(q, 8)) & _HYPOTHETICAL_WORDS:
            continue
        found.append(q)
    groups: dict = {}
    for q in found:
        groups.setdefault((q.unit, q.per), []).append(q)
    n = int(size.value)
    full = [g for g in groups.values() if len(g) == n]
    if len(full) > 1:
        per = _per_named(toks, k)
        full = [g for g in full if per is not None and g[0].per == per]
    if len(full) != 1:
        return None
    members = full[0]
    if len({article.clause_time(q) for q in members} - {None}) > 1:
        return None
    owners = [q for q in members if words <= _words_of(article, q.sentence)]
    if not owners:  # "The first lot, the west field, is 96 acres. It went for $12,400 an acre": its paragraph
        owners = [q for q in members if words <= _paragraph_words_all(article, q)]
    if len(owners) != 1:
        return None
    subject = owners[0]
    return subject, [q for q in members if q.id != subject.id]


_HYPOTHETICAL_WORDS = frozenset("will would could might may expected forecast projected planned if".split())


def _per_named(toks, k) -> str | None:
    """The unit a superlative is taken per: "the highest per acre of", "the cheapest a tonne of"."""
    for j in range(k + 1, min(k + 4, len(toks) - 1)):
        if toks[j].low in ("per", "a", "an") and toks[j + 1].is_word:
            return _singular(toks[j + 1].low)
        if toks[j].low in _SET_WORDS:
            return None
    return None


def _in_parenthesis(article, q) -> bool:
    """q stands in a parenthesis that restates another figure: "212 mm (about 8 inches)"."""
    toks = article.tokens(q.sentence)
    for t in reversed(toks[:article.token_index(q)]):
        if t.text == "(":
            return True
        if t.text in (")", ",", ";") or t.q is not None:
            return False
    return False


def _words_of(article, index) -> set[str]:
    """Every word of sentence ``index``, lower-cased, names included."""
    return set(re.findall(r"[a-z0-9]+", article.sentence_text(index).lower()))


def _paragraph_words_all(article, q) -> set[str]:
    """Every word of q's paragraph, lower-cased, names included."""
    memo = article.extraction.memo.setdefault("comparison_paragraph_all", {})
    p = article.paragraph(q.sentence)
    if p not in memo:
        memo[p] = {w for s in range(len(article.sentences)) if article.paragraph(s) == p
                   for w in re.findall(r"[a-z0-9]+", article.sentence_text(s).lower())}
    return memo[p]


def _described_subject(toks, k) -> set[str]:
    """The words that describe what a counted superlative is said of, when no figure is: the name after an
    opening "With the <superlative> ... ," ("With the biggest rainfall of the three sites, Ardry Ridge ..."),
    or the noun phrase an apposition follows ("the west field's price, the highest per acre of"), its
    determiners, owners' endings and measure nouns ("price", "total") dropped."""
    if toks and toks[0].low == "with" and all(t.q is None or t.q.kind == "count" for t in toks[:k]):
        comma = next((j for j in range(k, len(toks)) if toks[j].text == ","), None)
        if comma is not None and not any(t.low in _JOINING for t in toks[k:comma]):
            name = []
            for t in toks[comma + 1:comma + 5]:
                if not t.is_word or t.q is not None or not t.text[:1].isupper() or t.low in _STOP:
                    break
                name.append(t.low.removesuffix("'s").removesuffix("’s"))
            return set(name)
        return set()
    if k < 2 or toks[k - 1].low != "the" or toks[k - 2].text != ",":
        return set()
    phrase = []
    for t in reversed(toks[:k - 2]):
        if not t.is_word or t.q is not None or t.low in _JOINING or t.low in _SAYING_WORDS:
            break
        phrase.append(t)
        if len(phrase) > 6:
            return set()
    phrase.reverse()
    while phrase and phrase[0].low not in _DETERMINERS and not phrase[0].text[:1].isupper():
        phrase.pop(0)  # "Hollisby said the west field's price": from the determiner or the name on
    if not phrase or not any(t.low.endswith(("'s", "’s")) for t in phrase) and not phrase[0].text[:1].isupper():
        return set()  # "the price, the highest ...": an owner must say whose figure it is
    owned = [i for i, t in enumerate(phrase) if t.low.endswith(("'s", "’s"))]
    if owned:
        phrase = phrase[:owned[-1] + 1]  # "Emberly's output": the owner says whose; the noun is the measure's
    return {t.low.removesuffix("'s").removesuffix("’s") for t in phrase
            if t.low not in _DETERMINERS and t.low not in _STOP and _singular(t.low) not in _MEASURE_NOUNS} - {""}


_SAYING_WORDS = frozenset("said says say told tells added adds noted notes that".split())


# Verbs by which a name holds a superlative's figure: "Ardry Ridge recorded the biggest rainfall of the three".
_HOLDING_VERBS = frozenset("""had has have recorded records logged logs posted posts took takes saw sees drew draws
    reported reports registered registers measured measures fetched fetches made makes""".split())


def _name_by_verb(toks, k) -> set[str]:
    """The name heading a clause whose verb holds the superlative: "Ardry Ridge recorded the heaviest ...";
    "officials said Brantley also had the largest" (an adverb may stand between). Empty unless the name opens
    the sentence or a reported clause, or follows a clause break; two names joined by "and" share the verb."""
    j = k - 1
    while j >= 0 and toks[j].low in _DETERMINERS:
        j -= 1
    if j < 1 or toks[j].low not in _HOLDING_VERBS:
        return set()
    j -= 1
    while j >= 0 and toks[j].low in ("also", "again", "still", "now"):
        j -= 1
    name = []
    while j >= 0 and toks[j].is_word and toks[j].q is None and toks[j].text[:1].isupper() and toks[j].low not in _STOP:
        name.insert(0, toks[j].low.removesuffix("'s").removesuffix("’s"))
        j -= 1
    if not name or j >= 0 and toks[j].is_word and (toks[j].low not in _JOINING | _SAYING_WORDS
                                                   or toks[j].low in ("and", "or", "nor")):
        return set()  # "its rival Ardry recorded", "Colbrook and Ardry recorded": not one name heading the clause
    if j < 0 and name[0] in _OPENERS | _COMMON_START:
        return set()
    return set(name)


# -- the set a superlative ranges over, gathered from the sentence that lists its members -----------------------
_LIST_BACK = 6  # sentences before a superlative (and one after) in which the list of its set's members is looked for
# Words between a name and a superlative said of it: "Vennick Bank will then be the largest", "Słupiec has the".
_SUBJECT_LINK = _NAME_LINK | frozenset("will would then be now".split())


def _subject_name(toks, k) -> str | None:
    """The name a superlative at k is said of, heading its clause: "Ferriby, the largest of the three"; "The Tennick
    allocation, the second-largest of the three" (a name before the head noun); "Słupiec has the largest ...";
    "Orrel Bay will then be the biggest ...". None when the words before the name are not a clause's opening
    ("its rival Orrel Bay is": another's name), or when no capitalised word heads the phrase."""
    j = k - 1
    while j >= 0 and (toks[j].low in _DETERMINERS or toks[j].low.endswith(("'s", "’s"))):
        j -= 1
    while j >= 0 and (toks[j].low in _SUBJECT_LINK or toks[j].text == ","):
        j -= 1
    heads = 0
    while j >= 0 and toks[j].is_word and toks[j].text[:1].islower() and toks[j].low not in _STOP and heads < 2:
        heads, j = heads + 1, j - 1  # "The Quebec allocation": the head noun after the name
    words = []
    while j >= 0 and toks[j].is_word and toks[j].q is None and toks[j].text[:1].isupper():
        words.insert(0, toks[j].text.removesuffix("'s").removesuffix("’s"))
        j -= 1
    if j >= 0 and toks[j].low == "the":
        j -= 1
    if j >= 0 and toks[j].text not in (",", ";", ":") and toks[j].low not in _JOINING | _SAYING_WORDS:
        return None
    words = [w for w in words if w.lower() not in _STOP and w.lower() not in _OPENERS]
    return " ".join(words) if words else None


def _listed_set(article, here, n, name, subject=None, skip=()):
    """The subject and the other members of a superlative's set of ``n`` (None: not counted), gathered from the one
    sentence near it that lists figures of one measure, each its own member's: "Inshore quotas are split among three
    fleets. Harlow Point's fleet gets 12,400 tonnes, ... and Tennick crews receive 4,100 tonnes" for "The
    Tennick allocation, the second-largest of the three"; "can store a combined 9.6 million litres: 2.9 million at
    Ferriby, 3.1 million at ... and 3.6 million at ..." for "Ferriby, the largest of the three"; "Alongside
    Orsk, grants went to Vell, a 1,250-megawatt farm, ... and a 700-megawatt scheme" for "At 1,140 megawatts, Orsk
    has the largest capacity of the three". The list holds the subject by its figure restated, by its name
    heading one figure's clause, or (with the subject's figure given) by its name alone; counted, the list's
    members with the subject are exactly n.

    Refuses a list whose figures are of two measures or times, a total among them ("a combined 18.5 million":
    left out, not a member), a name with two figures, a subject's name heading a figure other than its own, and
    two lists of the right size."""
    found = []
    for index in range(max(0, here - _LIST_BACK), min(len(article.sentences), here + 2)):
        listed = _set_in(article, index, name, subject, skip, n)
        if listed is not None and (n is None or len(listed[1]) == n - 1):
            found.append(listed)
    if len(found) != 1:
        return None
    mine, others = found[0]
    if any(q.id not in skip and q.id != mine.id and q not in others and _comparable(q, mine)
           for q in article.in_sentence(here)):
        return None  # "Orlen, the second-biggest of the three this year at $260 million": its own figure, not read
    return mine, others


def _set_in(article, index, name, subject, skip, n):
    """(subject, others) of sentence ``index``'s list of like figures, or None (see _listed_set)."""
    figures = [q for q in article.in_sentence(index)
               if q.id not in skip and not (q.unit == "count" and q.value == n and thing_of(q) is not None)
               and q.kind not in ("date", "rank", "duration") and isinstance(q.value, float)
               and q.qualifier in (None, "exact", "approx") and not _is_reference(article, q)
               and not _in_parenthesis(article, q) and not set(article.words_before(q, 6)) & _SET_TOTALS
               and not set(article.words_after(q, 2)) & _RELATIVE]
    if subject is not None:
        figures = [q for q in figures if q.id == subject.id or _comparable(q, subject)
                   and article.unit_of(q) == article.unit_of(subject)]
    heads = [(_member_name(article, q), q) for q in figures]
    mine = [q for h, q in heads if h is not None and name is not None and _same_name(h, name)]
    restated = [q for q in figures if subject is not None and (q.id == subject.id or q.value == subject.value)]
    if subject is None:
        if len(mine) != 1:
            return None
        subject = mine[0]
        figures = [q for q in figures if _comparable(q, subject) and article.unit_of(q) == article.unit_of(subject)]
        heads = [(h, q) for h, q in heads if q in figures]
    elif restated:
        if len(restated) != 1 or mine and mine != restated:
            return None
    elif mine or name is None or name not in article.sentence_text(index):
        return None  # the name heads another figure, or the sentence lists another set
    others = [q for _, q in heads if q.id != subject.id and q not in restated]
    names = [h for h, q in heads if q in others and h is not None]
    if not others or len(set(names)) != len(names) or _measures([subject, *others]) > 1 \
            or len({article.clause_time(q) for q in (subject, *others)}) > 1:  # a list of another year's figures
        return None
    return subject, others
