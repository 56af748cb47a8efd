"""The repeated-value rule."""

from __future__ import annotations

from functools import lru_cache

from ..article import Article
from ..patterns import re
from ..ruleset import Flag, rule
from ..vocab import CURRENCY_NAMES, IDENTIFIER_NOUNS
from ._common import key_words, numeric

_DEFINITE = re.compile(r"\b(?:the|these|those|all|its|their|his|her)\s+$", re.I)
# "the group's 14,800 employees", "the line's 21 stations": a possessive common noun points back to the subject
_OTHER_PARTY = r"(?:rival|competitor|partner|parent|subsidiary|peer|neighbou?r|buyer|seller|target|acquirer|other)['’]s\s+$"
_OWNED = re.compile(r"\bthe\s+(?!" + _OTHER_PARTY + r")[a-z][a-z-]+['’]s\s+$")
_OTHERS = re.compile(r"\b" + _OTHER_PARTY, re.I)  # "its rival's 14,800 employees": another party's figure
_COMPARED = re.compile(r"\b(?:below|above|under|over|than|from|versus|against|compared\s+(?:with|to))\s+"
                       r"(?:the|these|those|all)\s+$", re.I)  # "6.7% below the 68.9 million journeys made in 2019"
_PRONOUN_OWNER = re.compile(r"\b(?:its|their|his|her)\s+$", re.I)
_POSSESSIVE = re.compile(r"(?P<owner>[A-Z][A-Za-z-]+)['’]s\s+(?:own\s+)?$")
_WINDOW = 60
_LOOKBACK = 200  # earlier mentions of one measure compared: far more than an article holds
_MONEY_WORDS = frozenset({*(w.lower().rstrip("s") for w in CURRENCY_NAMES), "dlr", "dlrs", "vs", "ct", "cent",
                          "mln", "billion", "franc", "stg", "share"})
_COMMON = frozenset("""said says will would could also first last new more than about over under just other
company companies year years time""".split())
# roles in which a number is no statement of the measure itself: a size or start of a change, a part, a share
_NOT_A_STATEMENT = {("change", "by"), ("change", "from"), ("proportion", "part"), ("proportion", "share"),
                    ("range", "low"), ("range", "high"), ("rate", "rate")}


@rule("CC111", "repeated-value", severity="warning")
def repeated_value(quantities, article, ctx):
    """The same measure of the same subject at the same time is given two different values.

    What it checks: two figures in different sentences that state one measure (the same thing counted or
    measured, or a synonym: workforce / staff / headcount; majority / "held the seat by N votes"), of the
    same subject (the same name, a possessive "Ostby's", or a definite "the") and the same time, whose
    values differ as a typist's slip makes them differ: two digits swapped or one digit wrong ("the
    176-tram fleet" ... "167 trams"; "the 8,350-strong staff" ... "a headcount of 8,530").
    Figures of one or two digits also need a definite reference back and shared context ("27 Kuiper
    satellites" ... "the 37 satellites on this rocket"), or be given as all its owner has ("all 34 of its
    ships", "its 28 trains"). The whole may be said after the figure ("all
    1,720 of our beds"); a collective noun counts its members ("the 2,900-strong membership"); a figure said
    of now is never the restatement of one said of a past year ("had 450 beds when it opened in 1998" ... "now
    has 540 beds"); one group of people may be restated as "the N people" when two digits are
    swapped ("2.64 million visitors" ... "the 2.46 million people who came"); and a percentage level of a
    measure opening its sentence is compared at the same date ("Inflation rose to 3.2% in May" ...
    "With inflation at 3.7% in May"). An amount given twice with two neighbouring digits swapped is read
    as one measure on less evidence, money included ("$61.4 million in overtime" ... "the $64.1 million
    the department paid out"; "cut 3,800 jobs" ... "the 8,300 job cuts"): the counted things share a
    word, or two content words stand around both.
    Why it matters: one of the two is a typo or comes from an older version of the story.
    A figure restated with the same digits under another scale word, ten or a thousand times off ("3.85 lakh
    riders a day" ... "some 3.8 million people a day"; "a $2.7bn contract" ... "the $2.7m deal"),
    is flagged when the two read as one measure (same unit, things and time, shared words) and the text
    never sets them against each other.
    Flags:       "a rocket carrying 27 Kuiper satellites ... The 37 satellites on this rocket"
    Passes:      "nine contracts are listed" ... "a record 31,870 contracts in May"; "the 500 series"
                 ... "the 600 series" (names, not counts); "4,120 units in 2023" ... "4,210 units in 2024"
    Options:     none.
    """
    cands = [q for q in quantities if numeric(q) and q.kind in ("count", "measure") and q.qualifier == "exact"
             and not _roles_not_statements(article, q) and _digits(q)]
    keys = {q.id: _key(article, q) for q in cands}
    cands = [q for q in cands if keys[q.id] is not None and not _COMPARED.search(article.before(q, 30))]
    by_key: dict = {}
    flagged: set[str] = set()
    people: list = []  # counts of some group of people, for "the 2.46 million people who came" (visitors)
    for later in cands:
        earlier_ones = by_key.setdefault(keys[later.id], [])
        earlier_ones.append(later)
        loose = _people_match(article, later, people, keys)
        if keys[later.id][0] == "count" and (keys[later.id][1] in _PERSONS or _plain_people(article, later)):
            people.append(later)
        if loose is not None:
            earlier_ones = [*earlier_ones[:-1], loose, later]
        for earlier in earlier_ones[-_LOOKBACK:-1]:
            if earlier.sentence == later.sentence or (keys[earlier.id] != keys[later.id] and earlier is not loose) \
                    or earlier.value == later.value or not _slip(_digits(earlier), _digits(later)):
                continue
            if not _same_setting(article, earlier, later):
                continue
            if any(q.value == later.value for q in earlier_ones[-_LOOKBACK:-1]):
                break  # the later figure is stated before too: two figures, not one restated
            flagged.add(later.id)
            yield Flag(f"{later.text} here, but {earlier.text} earlier for what reads as the same measure",
                       [earlier, later], expected=earlier.text, observed=later.text,
                       arithmetic=f"{earlier.value:g} ≠ {later.value:g}",
                       advice="Check whether both figures give the same measure; correct one or tell them apart.")
            break
    yield from _restated_by_other_noun(cands, keys, article, flagged)
    yield from _restated_in_words(quantities, article)
    yield from _repeated_rates(quantities, article)
    yield from _swapped_restatements(quantities, article, flagged)
    yield from _rescaled_restatements(quantities, article)
    yield from _swapped_shares(quantities, article)


def _swapped_restatements(quantities, article: Article, flagged: set[str]):
    """One amount given twice with two neighbouring digits swapped ("$61.4 million in overtime" ... "the $64.1
    million the department paid out"; "cut 3,800 jobs" ... "the 8,300 job cuts"), the strongest sign of a
    mistyped figure: three or more digits (one of the two may be hedged: "about 274,000 ounces" ... "output of
    247,000 ounces"), the same unit and currency, different sentences, each value stated
    once, never set against each other, and what surrounds them shares the words of one measure (the counted
    thing, or two content words around an amount of money or a bare figure)."""
    cands = [q for q in quantities if numeric(q) and q.kind in ("count", "measure", "money")
             and q.qualifier in ("exact", "approx")
             and len(_digits(q)) >= 3 and not re.match(r"(?:19|20)\d\d\b", q.text.strip())]
    seen_values: dict[float, int] = {}
    for q in quantities:
        if isinstance(q.value, float):
            seen_values[q.value] = seen_values.get(q.value, 0) + 1
    together = [set(c.quantities) for c in article.extraction.claims if c.kind in ("change", "range", "comparison")]
    partners = _earlier_swaps(cands)
    for later in cands:
        if later.id in flagged:
            continue  # already read as one measure restated
        for earlier in partners[later.id]:
            if earlier.sentence == later.sentence or not _same_unit(article, earlier, later) \
                    or earlier.kind != later.kind or earlier.qualifier == later.qualifier == "approx" \
                    or not _swapped(_digits(earlier), _digits(later)) or not _close_swap(earlier, later) \
                    or "0" in _swapped_pair(_digits(earlier), _digits(later)):
                continue
            if seen_values[earlier.value] > 1 or seen_values[later.value] > 1 \
                    or any({earlier.id, later.id} <= ids for ids in together) \
                    or article.is_aim(earlier) != article.is_aim(later):
                continue  # stated twice, set against each other, or a target against what was done
            y_early, y_late = _year_near(article, earlier), _year_near(article, later)
            if (y_early and y_late and y_early != y_late) or _OTHERS.search(article.before(later, 40)) \
                    or _before_then(article, earlier, later) or _now_and_then(article, earlier, later) \
                    or _two_days(article, earlier, later):
                continue
            if not _one_measure(article, earlier, later) or _owned_by_another(article, earlier, later) \
                    or _another_version(article, earlier) != _another_version(article, later):
                continue
            yield Flag(f"{later.text} here, but {earlier.text} earlier: the same digits with two swapped",
                       [earlier, later], expected=earlier.text, observed=later.text,
                       arithmetic=f"{earlier.value:g} ≠ {later.value:g}",
                       advice="Check which of the two is the figure meant; two swapped digits are a common slip.")
            break


_PERIOD_ADJECTIVES = {"year": ("annual", "yearly", "annualised", "annualized"), "month": ("monthly",),
                      "week": ("weekly",), "day": ("daily",), "hour": ("hourly",)}


def _same_unit(article: Article, a, b) -> bool:
    """One unit, or one unit a period apart where the other figure's own words give that period ("274,000 ounces
    a year" ~ "annual output of 247,000 ounces")."""
    if a.unit == b.unit:
        return True
    for x, y in ((a, b), (b, a)):
        base, sep, period = x.unit.partition("_per_")
        if sep and base == y.unit and period in _PERIOD_ADJECTIVES:
            words = set(re.findall(r"[a-z]+", article.before(y, 40).lower()))
            return bool(words & set(_PERIOD_ADJECTIVES[period]))
    return False


def _swapped_pair(a: str, b: str) -> str:
    """The two digits that trade places: a zero among them ("15,000" and "10,500") is as likely another round
    figure as a slip."""
    return "".join(x for x, y in zip(a, b) if x != y)


def _close_swap(a, b) -> bool:
    """Swapped digits that leave the two figures of one order of magnitude (not 1,900 and 9,100)."""
    x, y = float(a.value), float(b.value)
    return min(x, y) > 0 and max(x, y) / min(x, y) < 3


def _one_measure(article: Article, a, b) -> bool:
    """Whether two figures read as one measure: their clauses name one measure group (Article.clause_measures),
    counted things sharing a word, or two content words shared by
    what surrounds each (one, when the later figure is definite and so points back to a figure already given)."""
    if _clause_measure_match(article, a, b):
        return True
    nouns_a, nouns_b = set((a.noun or "").lower().split()), set((b.noun or "").lower().split())
    if a.kind == "count" and (nouns_a or nouns_b):
        return bool(nouns_a & nouns_b)
    shared = {w for w in _context(article, a) & _context(article, b) if len(w) > 2 and w not in _FIGURE_WORDS}
    if len(shared) == 1 and _DEFINITE.search(article.before(b, 12)) and not _OTHERS.search(article.before(b, 40)):
        return True  # "Of the 13,850 MW the operator has under contract": "the" points back to a figure given
    return len(shared) >= 2  # one shared word proved too little: tables of one unit share it by chance


# Words of a clause that make its figure another party's: "Its rival has 6.37 million subscribers".
_OTHER_PARTY_WORDS = frozenset("""rival rivals competitor competitors peer peers neighbour neighbours neighbor
neighbors parent subsidiary partner partners another other others""".split())


def _clause_measure_match(article: Article, a, b) -> bool:
    """One measure named in both figures' clauses, at any distance before the figure ("the number of users
    on the network stood at 6.73 million" ... "its 6.37 million subscribers"; "expected to produce about
    274,000 tonnes" ... "annual output of 247,000 tonnes"), of the same year where both clauses date it,
    and neither clause naming another party ("Its rival has ...")."""
    if not article.clause_measures(a) & article.clause_measures(b):
        return False
    ta, tb = article.measure(a).time, article.measure(b).time
    if ta and tb and ta[:4] != tb[:4]:
        return False
    for q in (a, b):
        toks = article.tokens(q.sentence)
        clause = []
        for t in reversed(toks[:article.token_index(q)]):
            if t.q is not None or t.text in (";", ":", "(", ")", '"', "“", "”", ".") or len(clause) >= 10:
                break
            clause.append(t.low)
        if _OTHER_PARTY_WORDS & set(clause):
            return False
    return True


# Words that stand beside any figure (scales, money, "vs" of a wire table): no evidence of one measure.
_FIGURE_WORDS = _MONEY_WORDS | frozenset("mln bln mn bn million billion thousand trillion vs versus pct percent cts".split())


def _restated_by_other_noun(cands, keys, article: Article, flagged: set[str]):
    """A count said again later by another noun with two neighbouring digits swapped, pointed back to by a
    definite "the" or a possessive: "2,716 active listings" ... "the 2,176 homes on the market"; "staged 3,412
    performances" ... "the 3,142 shows"; "47 cruise ship visits" ... "the 74 ship calls". The swap is the
    evidence the nouns are one measure; a figure of two digits must also share a word of its noun phrase
    ("ship"), and the earlier count must be the only one of the article the later one's digits swap into."""
    from ..article import thing_of

    counts = [q for q in cands if q.unit == "count"]
    values = {q.value for q in article.quantities if isinstance(q.value, float)}
    times: dict = {}
    for q in article.quantities:
        times[q.value] = times.get(q.value, 0) + 1
    partners = _earlier_swaps(counts)
    for later in counts:
        before = article.before(later, 40)
        if not (_DEFINITE.search(before[-8:]) or _OWNED.search(before)) or _OTHERS.search(before):
            continue
        found = [e for e in partners[later.id] if e.span[0] < later.span[0] and e.sentence != later.sentence
                 and keys[e.id][:2] != keys[later.id][:2] and keys[e.id][2] == keys[later.id][2]
                 and _swapped(_digits(e), _digits(later))]
        if len(found) != 1 or times.get(later.value, 0) > 1:
            continue
        earlier = found[0]
        if not 0.1 < float(later.value) / float(earlier.value) < 10:
            continue  # "1.24 million customers" and "214 feeders": swapped digits keep the size of the figure
        if earlier.value not in values or thing_of(earlier) in _PERSONS and thing_of(later) in _PERSONS:
            continue  # groups of people are _people_match's
        shared = bool(_noun_words(article, earlier) & _noun_words(article, later))
        if len(_digits(later)) < 3 and not shared or later.id in flagged:
            continue
        if not _same_setting(article, earlier, later, shared=shared):
            continue
        yield Flag(f"{later.text} here, but {earlier.text} earlier for what reads as the same count, with two digits "
                   f"swapped", [earlier, later], expected=earlier.text, observed=later.text,
                   arithmetic=f"{earlier.value:g} ≠ {later.value:g}",
                   advice="Check whether both figures count the same things; correct one or tell them apart.")


_SCALE_FRACTION = re.compile(r"\b(?:half|halves|quarters?|thirds?)\b", re.I)
_WORDS_SLACK = 0.1  # how far a fraction of a scale in words may round the figure it restates


def _restated_in_words(quantities, article: Article):
    """An amount of money restated as a fraction of a scale in words, further off than rounding allows: "a
    €320 million data campus" ... "a quarter-of-a-billion-euro project" (€250 million); "the $1.9bn
    bid" ... "the half-a-billion-dollar offer". The figure in digits must be the article's only one of that
    currency within a factor of two of the words, stated before them, and a level (no change, part or range
    end); a bound in words ("more than half a billion") and a whole scale ("a billion-dollar deal", which
    says only the order of size) are left alone."""
    money = [q for q in quantities if numeric(q) and q.kind == "money" and isinstance(q.value, float)]
    for later in money:
        if re.search(r"\d", later.text) or not _SCALE_FRACTION.search(later.text) or later.qualifier != "exact":
            continue
        w = float(later.value)
        near = [e for e in money if e.id != later.id and e.unit == later.unit and re.search(r"\d", e.text)
                and 0.5 <= float(e.value) / w <= 2 if w > 0]
        if len({float(e.value) for e in near}) != 1:
            continue
        earlier = near[0]
        if earlier.span[0] > later.span[0] or earlier.sentence == later.sentence or earlier.qualifier != "exact" \
                or _roles_not_statements(article, earlier) or _COMPARED.search(article.before(earlier, 30)):
            continue
        e = float(earlier.value)
        if abs(e - w) <= _WORDS_SLACK * max(e, w):
            continue
        yield Flag(f"{later.text} ({w:,.0f}) here, but {earlier.text} earlier for what reads as the same amount",
                   [earlier, later], expected=f"about {earlier.text}", observed=later.text,
                   arithmetic=f"{w:,.0f} ≠ {e:,.0f}",
                   advice="Check whether the amount in words restates the figure; correct one or tell them apart.")


def _noun_words(article: Article, q) -> set[str]:
    """The words of a count's noun phrase: its thing and the words right before it ("47 cruise ship visits")."""
    words = set(key_words(q.text))
    words |= {w for w in key_words(article.after(q, 20).split(",")[0]) if not w.isdigit()}
    return words - _COMMON


# Words between a measure and its level: "inflation rose to 3.2%", "with inflation at 2.4%", "turnout of 61.2%".
_LINKS = frozenset("""at of was is stood stands rose fell climbed dropped hit reached to edged eased jumped slipped
came remained""".split())
_FUNCTION = frozenset("the with and but as while its their our his her a an when since after before".split())


def _level_of(article: Article, q) -> tuple[str, str] | None:
    """(measure word, word before it) of a percentage stated as a level of a measure named at the opening of
    its sentence: "Inflation rose to 3.2% in May" -> ("inflation", ""); "With inflation at 3.7%" ->
    ("inflation", "with"); "Youth unemployment hit 15%" is None (another measure)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*|[,;:()]", article.before(q, 10_000))
    j = len(words)
    while j > 0 and words[j - 1].lower() in _LINKS and len(words) - j < 3:
        j -= 1
    if j == len(words) or j == 0 or not words[j - 1][0].isalpha():
        return None
    noun = words[j - 1].lower()
    k = j - 1
    if noun in ("rate", "level", "figure") and k > 0 and words[k - 1][0].isalpha():
        k -= 1
        noun = words[k].lower()
    if noun in _FUNCTION or noun in _LINKS or len(noun) < 4:
        return None
    if any(w.lower() not in _FUNCTION for w in words[:k]):
        return None  # the measure must open its sentence: "In the capital, inflation of 3.7%" is another's
    before = words[k - 1].lower() if k > 0 and words[k - 1][0].isalpha() else ""
    return noun, before


def _repeated_rates(quantities, article: Article):
    """A percentage level of one measure at one date given twice with a slip: "Inflation rose to 3.2% in
    May" ... "With inflation at 3.7% in May". The measure word must stand just before the level
    in both (with no different word qualifying it: "youth unemployment" is another measure), and both
    clauses must name the same date."""
    seen: list = []
    for q in quantities:
        if q.kind != "percent" or not isinstance(q.value, float) or q.qualifier != "exact" \
                or article.roles_of(q) & _NOT_A_STATEMENT:
            continue
        level, when = _level_of(article, q), article.clause_time(q)
        if level is None or when is None:
            continue
        for earlier, e_level, e_when in seen:
            if e_level[0] != level[0] or e_when != when or earlier.sentence == q.sentence:
                continue
            if e_level[1] != level[1] and not (e_level[1] in _FUNCTION | {""} and level[1] in _FUNCTION | {""}):
                continue
            if earlier.value != q.value and _slip(_digits(earlier), _digits(q)) \
                    and not any(o.value == q.value for o, lv, w in seen if lv[0] == level[0] and w == when):
                yield Flag(f"{q.text} here, but {earlier.text} earlier for {level[0]} at the same date",
                           [earlier, q], expected=earlier.text, observed=q.text,
                           arithmetic=f"{earlier.value:g} ≠ {q.value:g}",
                           advice="Check whether both figures give the same measure; correct one or tell them apart.")
                break
        seen.append((q, level, when))


def _roles_not_statements(article: Article, q) -> bool:
    """q plays a role in which it states no level of the measure itself, unless the words before it say it
    does: "increasing its 2,630 workers by about a fifth" (a linker's 'by', but "its N" is a level), "from
    the current 2.2 million barrels" (a change's start that is the present level)."""
    roles = article.roles_of(q) & _NOT_A_STATEMENT
    if not roles:
        return False
    before = article.before(q, 30).lower()
    if roles <= {("change", "by")} and re.search(r"\b(?:its|their|our|his|her)\s+$", before):
        return False
    if roles <= {("change", "from"), ("range", "low")} and re.search(r"\b(?:current|present|existing)\s+$", before):
        return False
    return True


# Words for groups of people a plain "people" may restate: "2.64 million visitors" ... "the 2.46 million
# people who came"; and nouns that count the same events ("3,185 babies" / "3,158 births").
_PERSONS = frozenset("""visitor tourist arrival passenger traveller traveler rider patient resident inhabitant
population spectator fan attendee worker employee staff workforce student pupil voter member customer
subscriber user pensioner refugee migrant employ inhabitant enrollment""".split())
_ALIASES = {"birth": "baby", "fatality": "death"}


def _plain_people(article: Article, q) -> bool:
    from ..article import thing_of

    return thing_of(q) in ("people", "person")


def _people_match(article: Article, later, people: list, keys: dict):
    """The earlier count of a named group of people that a later "the N people" restates with two digits
    swapped (the strongest evidence of one figure mistyped), or None."""
    if not _plain_people(article, later) or not _DEFINITE.search(article.before(later, 8)[-8:]):
        return None
    found = [e for e in people if e.sentence != later.sentence and keys[e.id][1] in _PERSONS
             and not _plain_people(article, e) and _swapped(_digits(e), _digits(later))]
    return found[-1] if len(found) == 1 else None


def _key(article: Article, q) -> tuple[str, str | None, bool] | None:
    """What q measures: its unit, the measure's word, and whether it is an aim (Article.is_aim); a count must
    name its thing, not a name's."""
    thing = article.measure_key(q)
    if thing is None and q.kind == "count":
        thing = _partitive(article, q)
    thing = _ALIASES.get(thing, thing)
    if thing and thing.endswith("ership") and len(thing) > 8:
        thing = _singular_noun(thing[:-4])  # a body of people counted by its members: "membership", "readership"
    if re.match(r"(?:19|20)\d\d\b", q.text.strip()) or thing in _MONEY_WORDS:
        return None  # a year ("1987 sales") or money the extractor counted ("730 mln dlrs")
    if thing in IDENTIFIER_NOUNS or (q.kind == "count" and thing is None):
        return None
    if q.kind == "measure" and thing is None and article.measure(q).subject is None:
        return None
    return (q.unit, thing, article.is_aim(q))  # a target of homes is not the homes built


def _partitive(article: Article, q) -> str | None:
    """The thing of "all 1,720 of our beds", "all 212 of the company's stores": the whole count, said
    after it ("23 of the 186 posts" is a part, not the whole: only "all" before makes it the whole)."""
    if not re.search(r"\ball\s+$", article.before(q, 8).lower()):
        return None
    m = re.match(r"\s+of\s+(?:our|its|their|the|his|her|your)\s+(?:[a-z-]+['’]s\s+)?([a-z][a-z-]+)",
                 article.after(q, 50))
    return _singular_noun(m.group(1)) if m else None


def _singular_noun(word: str) -> str:
    from ..article import _canonical, _singular

    return _canonical(_singular(word.lower()))


def _digits(q) -> str:
    """The digits of the number as written ('8,350-strong' -> '8350'); '' for a number in words."""
    return _digits_of(q.text)


@lru_cache(maxsize=4096)
def _digits_of(text: str) -> str:
    m = re.search(r"\d[\d,.\s]*", text)
    return re.sub(r"\D", "", m.group()) if m else ""


def _earlier_swaps(cands: list) -> dict[str, list]:
    """For each candidate, the earlier candidates written with the same digits in some order: the only ones
    two swapped digits can turn it into (one pass, not every pair of a long document's figures)."""
    by_digits: dict[str, list] = {}
    out: dict[str, list] = {}
    for q in cands:
        key = "".join(sorted(_digits(q)))
        out[q.id] = list(by_digits.get(key, ()))
        by_digits.setdefault(key, []).append(q)
    return out


def _slip(a: str, b: str) -> bool:
    """b is a as a typist's slip leaves it: two neighbouring digits swapped, or one digit wrong."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _swapped(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 2 and _slip(a, b)


def _same_setting(article: Article, earlier, later, *, shared: bool = False) -> bool:
    """Same subject and time, by evidence that grows with the risk of two groups sharing a noun (``shared``:
    their noun phrases share a word, which stands for shared context)."""
    y_early, y_late = _year_near(article, earlier), _year_near(article, later)
    if y_early and y_late and y_early != y_late:
        return False
    if any(c.kind == "comparison" and {earlier.id, later.id} <= set(c.roles.values()) for c in article.extraction.claims):
        return False  # "a record 8,492 entrants" against "8,192 in 2018": figures the text sets against each other
    if _before_then(article, earlier, later):
        return False  # "48,700 passengers this year" ... "had 47,800 the previous year": two times
    if _two_days(article, earlier, later):
        return False
    if _sizes_contest(article, earlier) != _sizes_contest(article, later):
        return False  # "grown to 11 teams" (the club's) ... "the 12-team league" (every club's teams)
    before = article.before(later, 40)
    if _OTHERS.search(before) or _OTHERS.search(article.before(earlier, 40)):
        return False
    owner = _POSSESSIVE.search(before)
    definite = bool(_DEFINITE.search(before[-8:]) or owner or _OWNED.search(before))
    s_early, s_late = article.measure(earlier).subject, article.measure(later).subject
    if owner:  # "Ostby's 36.8 C": the earlier figure must be Ostby's
        name = owner.group("owner")
        if s_early != name and name not in article.names_in(earlier.sentence):
            return False
    elif s_early and s_late and s_early != s_late and s_late not in article.names_in(earlier.sentence) \
            and s_early not in article.names_in(later.sentence) and not definite:
        return False
    if _owned_by_another(article, earlier, later) \
            or _another_version(article, earlier) != _another_version(article, later):
        return False
    if _now_and_then(article, earlier, later):
        return False  # "had 450 beds when it opened in 1998" ... "now has 540 beds": two times
    if len(_digits(later)) >= 3:  # two digits swapped is a slip at any distance; one digit wrong, when close
        return _close(earlier, later) or _swapped(_digits(earlier), _digits(later))
    return definite and (shared or bool(_context(article, earlier) & _context(article, later))
                         or _whole_of_owner(article, later))


def _another_version(article: Article, q) -> bool:
    """q is told as another version of the figure than the current one (two figures of which only one is so
    told are no restatement of each other; two "previous bests" may be): an estimate before the count
    ("went up from a preliminary tally of 257", "an initial estimate of 1,200", "the original budget of $4.1m"),
    or the level a change starts from ("up from 257")."""
    words = article.words_before(q, 9)
    return bool(set(words) & _VERSION_WORDS) or bool(words[-1:] == ["from"] or words[-3:-2] == ["from"]
                                                     and set(words[-2:]) & {"a", "an", "the", "its", "their"})


# Words that make a figure an earlier or provisional version of a measure, not the measure restated.
_VERSION_WORDS = frozenset("""preliminary provisional initial initially original originally earlier previous
previously first-round interim flash advance revised unrevised""".split())


def _owned_by_another(article: Article, earlier, later) -> bool:
    """The later figure belongs, by a possessive pronoun, to a name its own clause gives, and that name is not
    the earlier figure's: "Quillan Court took 2,300 bids for its 418 flats" after "Holm Row, a
    project of 481 flats" speaks of another block. The name is the nearest before the pronoun in
    its clause, with no verb of saying between ("Ida Brenn said its ..." leaves "its" to the company spoken
    of); the earlier figure's sentence must not name it, nor the later's sentence name the earlier's."""
    if not _PRONOUN_OWNER.search(article.before(later, 8)):
        return False
    owner = article.name_before(later, skip=1, stop_at_saying=True)
    early = article.name_before(earlier)
    return bool(owner and early and not owner <= article.names_in(earlier.sentence)
                and not early <= article.names_in(later.sentence))


# A figure given as the whole of what its owner has: "all 34 of its ships", "its 34 ships", "their 18 members",
# unless words after it narrow it to some of them ("its 34 ships in service", "the 34 ships that ...").
_OWNER_WHOLE = re.compile(r"\b(?:all\s+(?:of\s+)?)?(?:its|their|our)\s+$|\ball\s+$", re.I)
_NARROWING = frozenset("""that which who whose where in at on from with without under over built made based
operating registered still currently already now left remaining due set than more fewer less each per""".split())


def _whole_of_owner(article: Article, q) -> bool:
    before = article.before(q, 20)
    if not _OWNER_WHOLE.search(before):
        return False
    after = article.words_after(q, 5)
    if after[:1] == ["of"]:  # "all 34 of its ships": the noun after "of"
        after = [w for w in after[1:] if w not in ("its", "their", "our", "the")][1:]
    elif q.noun is None:
        after = after[1:]
    return not (_NARROWING & set(after[:1]))


_NOW = re.compile(r"\b(?:now|currently|today|at\s+present|presently|these\s+days)\b", re.I)


def _now_and_then(article: Article, earlier, later) -> bool:
    """One figure is said of now and the other of a past year before the story's ("had 450 beds when it
    opened in 1998" ... "now has 540 beds")."""
    year = article.published.year if article.published else None
    for a, b in ((earlier, later), (later, earlier)):
        said = [d for d in article.in_sentence(a.sentence) if d.kind == "date" and d.resolved
                and re.match(r"\d{4}", str(d.value)) and (year is None or int(str(d.value)[:4]) < year)]
        if said and _NOW.search(_clause_text(article, b)) and not _NOW.search(_clause_text(article, a)):
            return True
    return False


def _clause_text(article: Article, q) -> str:
    return re.split(r"[;,]", article.before(q, 40))[-1] + " " + re.split(r"[;,.]", article.after(q, 40))[0]


# A time said relative to the story's own ("the previous year", "a season earlier", "the year before", "12
# months ago"): a figure said of it is another time's, never a restatement of today's figure. Not "last year",
# which news uses for the very period it reports ("carried 1.2 million in the year to March" ... "the
# passengers it carried last year").
_PERIOD = r"(?:year|season|month|quarter|week|term|decade|campaign|financial\s+year|fiscal\s+year|(?:twelve|12)\s+months)"
_RELATIVE_TIME = re.compile(rf"\b(?:(?:the|a)\s+(?:previous|prior|preceding)\s+{_PERIOD}|(?:a|one|the|that)\s+{_PERIOD}\s+"
                            rf"(?:earlier|before|ago|previously)|(?:twelve|12)\s+months\s+(?:earlier|ago|before)"
                            rf"|(?:previous|prior|preceding)\s+{_PERIOD}['’]s)\b", re.I)


def _other_time(article: Article, q) -> str | None:
    """The relative time ("the previous year", "a year earlier", "the season before") said in q's clause
    right after q (before the next figure), or just before it in its sentence ("A year earlier it had 900"),
    lower-cased; else None."""
    after = article.after(q, 45)
    nxt = [o.span[0] for o in article.in_sentence(q.sentence) if o.span[0] >= q.span[1]]
    if nxt:
        after = after[:max(0, min(nxt) - q.span[1])]
    after = re.split(r"[;.!?]|\b(?:while|whereas|but|and)\b", after)[0]
    before = article.before(q, 45)
    prev = [o.span[1] for o in article.in_sentence(q.sentence) if o.span[1] <= q.span[0]]
    if prev:
        before = before[max(0, len(before) - (q.span[0] - max(prev))):]
    before = re.split(r"[;]|\b(?:while|whereas|but)\b", before)[-1]
    found = _RELATIVE_TIME.search(after) or _RELATIVE_TIME.search(before)
    return re.sub(r"\s+", " ", found.group(0).lower()) if found else None


def _before_then(article: Article, earlier, later) -> bool:
    """Whether the later figure is said of a time before the earlier one's ("record 48,700 this year" ... "had
    47,800 the previous year"). A figure first said of "last year" and restated with no time is still read as
    the same one ("employed 2,360 last year" ... "the company's 2,630 staff")."""
    when = _other_time(article, later)
    return when is not None and when != _other_time(article, earlier)


# A contest many sides enter: a figure hyphened to what it counts before one of these words sizes the contest
# ("the 12-team Central Ranges League", "a 20-club division"), never one entrant's own count of that thing.
_CONTESTS = frozenset("""league leagues division conference competition tournament championship championships cup
pool group series circuit tour field""".split())


def _sizes_contest(article: Article, q) -> bool:
    if not re.fullmatch(r"[\d,.]+-[a-z]+", q.text):
        return False
    for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", article.after(q, 60))[:6]:
        if w.lower() in _CONTESTS:
            return True
        if not w[:1].isupper():
            return False  # "the 12-team schedule": the first plain word is the noun it sizes
    return False


_SPAN_WORDS = frozenset({"since", "from", "until", "till", "before", "after", "by"})


def _two_days(article: Article, earlier, later) -> bool:
    """Whether the two figures are said of two different days ("Saturday's semi-final drew a gate of 4,815" ...
    "The replay on Tuesday drew a gate of 4,185"), or one of a year before last while the other's clause names
    no time, so is of the period the story reports ("A crowd of 8,530 watched the final" ... "The final in
    2019 drew a crowd of 8,350"): two occasions, each with its own figure."""
    days = {article.clause_time(earlier), article.clause_time(later)}
    if len(days) == 2 and all(d is not None and len(d) >= 10 for d in days):
        return True
    year = article.published.year if article.published else None
    if year is None or len(days) != 2 or None not in days:
        return False
    dated = later if article.clause_time(later) is not None else earlier
    when = article.clause_time(dated)
    said = [d for d in article.in_sentence(dated.sentence) if d.kind == "date" and str(d.value).startswith(when)]
    return bool(re.match(r"\d{4}", when)) and int(when[:4]) < year - 1 and bool(said) and not any(
        _SPAN_WORDS & set(article.words_before(d, 1)) for d in said)  # "the biggest since 2018" dates no figure


def _year_near(article: Article, q, width: int = 30) -> str | None:
    """The year of a date written close to q ("405 beds in 2001"), which dates that figure itself."""
    for d in article.in_sentence(q.sentence):
        if d.kind == "date" and d.resolved and (0 <= d.span[0] - q.span[1] <= width or 0 <= q.span[0] - d.span[1] <= width):
            when = article.clause_time(q)  # a date in another clause dates something else: "opens in
            return when[:4] if when else None  # June 2027, a year late, and has 2,360 workers"
    return None


def _close(a, b) -> bool:
    """Values a slip of one digit leaves close: within 15% of each other (not 1,200 and 1,800)."""
    x, y = float(a.value), float(b.value)
    return min(x, y) > 0 and max(x, y) / min(x, y) <= 1.15


def _context(article: Article, q) -> set[str]:
    """Content words near a count (not its noun), which say what setting it belongs to."""
    window = article.before(q, _WINDOW) + " " + article.after(q, _WINDOW)
    words = {w[:-1] if w.endswith("s") else w for w in key_words(window)}
    noun = (q.noun or "").split()[-1] if q.noun else ""
    return words - _COMMON - {noun, q.subject.lower() if q.subject else ""}


_SCALE_WORD = re.compile(r"(?<![a-z])(hundred|thousand|k|million|mn|mln|m|mil|billion|bn|b|bln|trillion|tn|trn|lakhs?|crores?)"
                         r"(?![a-z])", re.I)
_SCALE_SLIPS = (10.0, 1000.0)  # a lakh read as a million, a million as a billion (and back)
_SCALE_TOLERANCE = 0.02  # beyond the rounding of the shorter figure's digits
# Words that relate two figures as a change, a multiple or a comparison: never a restatement.
_RELATING = frozenset("""times fold tenfold hundredfold thousandfold tenth tenths thousandth than against versus vs from
to compared up down rise rose fell fall grew grown increase increased decrease decreased jump jumped surge surged
more less fewer higher lower bigger smaller larger multiply multiplied since previously earlier ago
once""".split())

_MULTIPLES = frozenset("times fold tenfold hundredfold thousandfold tenth tenths thousandth".split())


def _scale_of(q) -> str | None:
    """The scale word a figure is written with ("4.62 lakh" -> "lakh", "$1.2bn" -> "bn"), lower case."""
    m = _SCALE_WORD.search(re.sub(r"^[^\d]*[\d.,\s]*\d", "", q.text))
    return m.group(1).lower().rstrip("s") if m else None


def _lead(q) -> str:
    """The significant digits as written: "4.62 lakh" -> "462", "462,000" -> "462", "$1.2bn" -> "12"."""
    return _digits(q).lstrip("0").rstrip("0")


def _rescaled_restatements(quantities, article: Article):
    """One figure stated twice with the same leading digits under two scale words ten or a thousand times apart:
    the scale is mistyped ("3.85 lakh riders a day" ... "a network carrying some 3.8 million people
    a day"; "$2.7bn" ... "$2.7m"). Only with strong evidence of one measure: the same unit (and currency), the
    counted things the same or both groups of people, no different years or clause dates, two shared content
    words around both, each value stated once, and no change, range, comparison or multiple between them."""
    from ..article import thing_of

    cands = [q for q in quantities if numeric(q) and q.kind in ("count", "money", "measure") and float(q.value) > 0
             and q.per is None and len(_lead(q)) >= 2 and not re.match(r"(?:19|20)\d\d\b", q.text.strip())
             and not article.roles_of(q) & _NOT_A_STATEMENT]
    values: dict[float, int] = {}
    for q in quantities:
        if isinstance(q.value, float):
            values[q.value] = values.get(q.value, 0) + 1
    cands = [q for q in cands if values[q.value] == 1]  # a value stated twice is no slip (nor paired below)
    together = [set(c.quantities) for c in article.extraction.claims]
    by_lead: dict[tuple, list] = {}
    for later in cands:
        key = (later.unit, later.kind, _lead(later)[:2])  # leading digits one starts with the other's share these
        earlier_ones = list(by_lead.get(key, ()))
        by_lead.setdefault(key, []).append(later)
        for earlier in earlier_ones:
            if earlier.sentence == later.sentence or earlier.unit != later.unit or earlier.kind != later.kind:
                continue
            scales = (_scale_of(earlier), _scale_of(later))
            if scales[0] == scales[1]:
                continue  # the same scale word twice (or none) is no scale slip
            a, b = _lead(earlier), _lead(later)
            if not (a.startswith(b) or b.startswith(a)):
                continue
            ratio = float(later.value) / float(earlier.value)
            slip = next((f for f in _SCALE_SLIPS for r in (ratio, 1 / ratio) if abs(r / f - 1) <= _SCALE_TOLERANCE), None)
            if slip is None:
                continue
            if any({earlier.id, later.id} <= ids for ids in together):
                continue
            if not _one_scaled_measure(article, earlier, later, thing_of):
                continue
            yield Flag(f"{later.text} here, but {earlier.text} earlier for what reads as the same measure: "
                       f"{slip:g} times apart, the same digits under another scale word",
                       [earlier, later], expected=earlier.text, observed=later.text,
                       arithmetic=f"{earlier.value:g} ≠ {later.value:g} (×{slip:g})",
                       advice="Check the scale word (lakh, million, billion, m, bn) of one of the two figures.")
            break


def _one_scaled_measure(article: Article, a, b, thing_of) -> bool:
    """Whether two figures a scale apart are one measure: same things (or two groups of people), same time,
    two content words shared around them, and no word relating them as a change, multiple or comparison."""
    ta, tb = thing_of(a), thing_of(b)
    if a.kind == "count":
        people = {"people", "person"}
        if ta is None or tb is None:
            return False
        if ta != tb and not (ta in _PERSONS | people and tb in _PERSONS | people):
            return False
    for when_a, when_b in ((_year_near(article, a), _year_near(article, b)),
                           (article.clause_time(a), article.clause_time(b))):
        if when_a and when_b and when_a[:4] != when_b[:4]:
            return False  # two years: one measure at two times
    for q in (a, b):
        near = set(re.findall(r"[a-z]+", (article.before(q, 40) + " " + article.after(q, 12)).lower()))
        if near & (_RELATING if q is b else _MULTIPLES) or _OTHERS.search(article.before(q, 40)):
            return False  # the later figure set against another; either said as a multiple of some figure
    shared = {w for w in _context(article, a) & _context(article, b) if len(w) > 2 and w not in _FIGURE_WORDS}
    return len(shared) >= 2


_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[a-z]+['’]s\s+)?(?P<whole>[a-z][a-z-]+)")


def _share_whole(article: Article, q) -> str | None:
    """The whole a percentage is of, said after it: "83 per cent of the adults" -> "adults"."""
    m = _WHOLE_AFTER.match(article.after(q, 40).lower())
    return _singular_noun(m.group("whole")) if m else None


def _words_just_before(article: Article, q, n: int = 3) -> set[str]:
    return {_singular_noun(w) for w in re.findall(r"[a-z][a-z-]+", article.before(q, 40).lower())[-n:]}


def _swapped_shares(quantities, article: Article):
    """One share of a whole given twice with its two digits swapped: "covers 83 per cent of the adults" ...
    "raising adult coverage to 38 per cent". The whole named after one ("of the population") must be
    named by the other (after it, or just before it as a modifier: "population coverage"); the article must
    give no other percentage of that whole; the two sentences share another content word; no years differ."""
    cands = [q for q in quantities if q.kind == "percent" and isinstance(q.value, float) and q.qualifier == "exact"
             and len(_digits(q)) >= 2 and not article.roles_of(q) & (_NOT_A_STATEMENT - {("proportion", "share")})]
    wholes = {q.id: _share_whole(article, q) for q in cands}
    values: dict[float, int] = {}
    for q in quantities:
        if isinstance(q.value, float) and q.kind == "percent":
            values[q.value] = values.get(q.value, 0) + 1
    partners = _earlier_swaps(cands)
    for later in cands:
        if values[later.value] > 1:
            continue  # a share stated twice is no slip
        for earlier in partners[later.id]:
            if earlier.sentence == later.sentence or values[earlier.value] > 1 \
                    or not _swapped(_digits(earlier), _digits(later)) \
                    or "0" in _swapped_pair(_digits(earlier), _digits(later)):
                continue
            whole = wholes[earlier.id] or wholes[later.id]
            if whole is None or len(whole) < 4:
                continue
            if not all(wholes[q.id] == whole or whole in _words_just_before(article, q) for q in (earlier, later)):
                continue
            naming = [q for q in cands if wholes[q.id] == whole or whole in _words_just_before(article, q)]
            if len(naming) != 2:
                continue  # other shares of the same whole: which is restated is not sure
            times = ((_year_near(article, earlier), _year_near(article, later)),
                     (article.clause_time(earlier), article.clause_time(later)))
            if any(a and b and a[:4] != b[:4] for a, b in times):
                continue  # the share at two times
            shared = {w for w in _sentence_content(article, earlier) & _sentence_content(article, later)
                      if w != whole and w not in _FIGURE_WORDS}
            if not shared:
                continue
            yield Flag(f"{later.text} here, but {earlier.text} earlier for the same share of one whole, with the two "
                       f"digits swapped", [earlier, later], expected=earlier.text, observed=later.text,
                       arithmetic=f"{earlier.value:g} ≠ {later.value:g}",
                       advice="Check which of the two is the share meant; two swapped digits are a common slip.")
            break


def _sentence_content(article: Article, q) -> set[str]:
    words = key_words(article.sentence_text(q.sentence))
    return {w[:-1] if w.endswith("s") else w for w in words} - _COMMON
