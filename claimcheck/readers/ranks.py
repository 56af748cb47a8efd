"""The field a rank is in, when the field is stated in another sentence.

Shapes:
- a field named as a compound and a rank in a contest: "the 12-team table" ... "finished 14th and
  last"; "a 20-club league" ... "sit 22nd";
- a field counted with its noun and a rank of the same thing: "the region has only 11 counties" ...
  "the 14th-oldest county in the region"; "Of the 30 companies in the blue-chip gauge" ... "the
  34th-largest member of the blue-chip gauge";
- a field and a rank that share what they are in: "19 school districts in the county" ... "ranked
  23rd among the county's districts";
- a field counted by "one of <N>", its noun named before it: "the province, one of seven that voted"
  ... "the ninth-highest among the provinces";
- a table's size said after the rank by the table's own verb: "11th in the guide, which this year
  ranked nine universities"; "23rd in a table that rates 19 hospitals";
- the entries of a competition for money or a contract, named by any word for them: "The fund received 14
  applications" ... "a solar bid ... finishing 17th"; "Nine bids were submitted" ... "ranked Tresk's tender 12th";
- a ranking verb whose sentence names the things ranked: "delays at 24 hospitals" ... "its table,
  which lists hospitals from best to worst, placed St Olave's 27th" ("placed", "ranked", "rated").

Refuses: "one of five bidders" as a field of another noun; a sentence naming things counted twice
with different sizes ("the 12-team league" and "the 64-team field"); a rank in a wider field than the one counted ("12th nationally", "third in the world",
"the country's fifth-largest bank" against the region's 11 counties); a rank with two candidate
fields of different sizes; a count of some of the sides ("the two promoted clubs", "ranked nine
universities in its top band"); a count of the sides a paragraph then ranks beyond it ("a grim spring for
two sides" ... "went down in 16th, with Arlow 15th"); ordinals that are not ranks ("its 14th year", "the 3rd floor").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..article import Article, _singular, thing_of
from ..models import Quantity
from ..patterns import re
from ..vocab import ANNIVERSARY_WORDS
from . import claim, reader

# Things that make up a field of competitors or of ranked members.
_FIELD_NOUNS = frozenset("""team club side nation country county district school member company firm state
province city town region constituency entrant finalist runner rider driver player candidate contestant
competitor university college hospital bank airport port market economy brand carrier airline venue factory
plant mill store shop branch outlet station stadium museum library hotel restaurant theatre cinema gallery farm
mine prison clinic borough suburb village application bid tender entry submission proposal""".split())
# Words for the entries of one competition for money or a contract: "14 applications" ... "a solar bid ...
# finishing 17th"; "Nine bids" ... "ranked Tresk's tender 12th".
_ENTRIES = frozenset("application bid tender entry submission proposal".split())


def _kin(thing: str | None) -> str | None:
    """The word a field's thing goes by: one word for all the entries of a competition."""
    return "application" if thing in _ENTRIES else thing
# Contest words: a rank after them is a position in a competition's field.
_CONTEST = frozenset("""finished finish finishing placed place placing ranked rank ranks ranking sit sits sat
lie lies lay stand stands stood table standings league conference division position came come ended end
season campaign overall""".split())
_SPORT_FIELDS = frozenset({"team", "club", "side", "nation", "country", "entrant", "runner", "rider", "driver",
                           "player", "competitor", "contestant", "finalist", "candidate"})
_WIDER = re.compile(r"\b(?:nationally|national|nationwide|worldwide|globally|in\s+the\s+world|in\s+the\s+country|"
                    r"in\s+the\s+nation|in\s+europe|in\s+asia|in\s+africa|on\s+earth|all[- ]time|of\s+all\s+time|"
                    r"in\s+history|ever|world['’]s|country['’]s|nation['’]s|globe['’]s|continent['’]s)(?!\w)", re.I)
_NOT_RANK_AFTER = re.compile(r"^\s*(?:-\s*)?(?:year|time|anniversary|birthday|century|floor|minute|round|day|week|"
                             r"month|season|edition|quarter|straight|consecutive|successive|term)\b", re.I)
# What makes an ordinal a place in a ranking: a superlative or a field after it ("14th-oldest", "9th in
# the league", "third among", "fifth of the"), or a verb of ranking before it (read from _CONTEST).
_RANKED_AFTER = re.compile(r"\s*-?\s*(?:[a-z]+est\b|most\b|(?:place|spot|position)\b|(?:in|among|of|out\s+of|on|"
                           r"across|nationally|overall)\b)", re.I)
WINDOW = 200  # sentences either side: one long article, not a corpus
_GENERIC = frozenset("""the a an of in on at for to by with from and or its their his her this that has have had
is was are were be only some about total all than more most new first last said says""".split())


@reader("ranks")
def read(article: Article):
    """A rank and the field it cannot exceed, the field stated in another sentence.

    Covers "the 12-team table" ... "finished 14th and last"; "the region has only 11 counties" ...
    "the 14th-oldest county in the region"; "Of the 30 companies in the gauge" ... "the 34th-largest
    member of the gauge". Refuses ranks in a wider field ("12th nationally"), ranks with two
    candidate fields of different sizes, and an anniversary word ("its centenary in the league"), which
    counts years, not places.
    """
    linked = {c.roles.get("rank") for c in article.extraction.claims if c.kind == "rank"}
    fields = [q for q in article.quantities if _is_field(article, q)]
    if not any(q.kind == "rank" for q in article.quantities):
        return
    contexts = {f.id: _words(article.before(f, 40)) | _words(article.after(f, 40)) for f in fields}
    starts = [f.sentence for f in fields]
    for q in article.quantities:
        if q.kind != "rank" or q.id in linked or not isinstance(q.value, float) or q.value < 2:
            continue
        if " ".join(q.text.lower().split()) in ANNIVERSARY_WORDS:
            continue  # "marks its bicentenary in 2035", "the golden jubilee of the club": a year counted, no place
        after = article.after(q, 60)
        moved = _moved_to(article, q)
        if not (_RANKED_AFTER.match(after) or set(article.words_before(q, 3)) & _CONTEST or _ranks_by_verb(article, q)
                or moved):
            continue  # "A 42nd, Dunstow Elementary, was to open": an ordinal that counts, not a ranking
        if _NOT_RANK_AFTER.match(after) or _WIDER.search(after[:40]) or _WIDER.search(article.before(q, 40)):
            continue
        near = fields[bisect_left(starts, q.sentence - WINDOW):bisect_right(starts, q.sentence + WINDOW)]
        finishers = _finishers_of(article, q)
        if len({f.value for f in finishers}) > 1:
            continue  # two races, two numbers of finishers: which one the place is in is unknown
        field = (finishers[0] if finishers else None) or _survey_size(article, q)
        field = field or _table_size(article, q, fields) or _among_named(article, q) or _explicit_field(article, q)
        if field is None and (not moved or _IN_TABLE.match(after)):
            # a move alone ("fell to 16th") is read against a survey's size only; a move in a contest's table
            # ("dropped to 13th in the table") against the contest's field
            field = _field_of(article, q, [f for f in near if f.sentence != q.sentence or f.span[1] <= q.span[0]],
                              contexts)  # "In the 10-team league, the hosts finished 11th"
        if field is not None and _outranked(article, q, field):
            continue  # "a grim spring for two sides: A went down in 16th, B in 15th": the count names the ranked few
        if field is not None:
            yield claim("rank", {"rank": q, "field": field}, cue="field", about=_thing(article, field))


def _outranked(article: Article, rank: Quantity, field: Quantity) -> bool:
    """Two or more different places beyond the count in the rank's paragraph: the count is of some of the
    sides, the ones then ranked ("four sides face the drop: A sit 22nd, B 21st, C 20th and D 19th"; "two
    riders stood out, placing 11th and 14th"), not the field. A writer who mistypes a place mistypes one, not a run of them."""
    block = article.block(rank)
    beyond = {float(o.value) for o in article.quantities if o.kind == "rank" and isinstance(o.value, float)
              and o.value > field.value and article.block(o) == block
              and " ".join(o.text.lower().split()) not in ANNIVERSARY_WORDS}  # a centenary is no place
    return len(beyond) >= 2


def _is_field(article: Article, q: Quantity) -> bool:
    return q.kind == "count" and isinstance(q.value, float) and q.value >= 2 and q.qualifier == "exact" \
        and _thing(article, q) in _FIELD_NOUNS and not _planned(article, q) and not _some_finishers(article, q) \
        and not _pair(article, q) and not _top_few(article, q)


def _top_few(article: Article, q: Quantity) -> bool:
    """'The top two clubs', 'the bottom three sides', 'the first four finishers': some of a field, not all."""
    before = article.words_before(q, 2)
    return bool(before[-1:]) and before[-1] in ("top", "bottom", "first", "last", "leading", "best", "worst")


def _pair(article: Article, q: Quantity) -> bool:
    """'The two sides meet again', 'both teams': the two sides of one match or deal, not a field ranked."""
    return q.value == 2 and bool(article.words_before(q, 1)) and article.words_before(q, 1)[-1] in ("the", "both")


def _finished_all(article: Article, q: Quantity) -> bool:
    """'2,230 crossed the finish line', 'just 61 of the 140 who started got to the finish', '95 finishers':
    the number who finished, not 'ten finished ahead of him'."""
    after = article.after(q, 80)
    m = _FINISHED.match(after)
    if m is None:
        return thing_of(q) == "finisher"
    return not _SOME_FINISHERS.match(after[m.end():])


def _some_finishers(article: Article, q: Quantity) -> bool:
    """'12 riders crossed the line within a minute of the winner': some of the field, not all of it."""
    m = _FINISHED.match(article.after(q, 80))
    return m is not None and bool(_SOME_FINISHERS.match(article.after(q, 80)[m.end():]))


# Words of a clause that speaks of a size to come, not the field as it stands: "plans to widen the draw
# to 24 entrants next season", "the league will grow to 20 clubs".
_PLANNED = frozenset("""will would could might may plans plan planned planning hopes hoped hope hoping aims aimed
aim proposes proposed propose expand expanded expanding expands enlarge enlarged grow grows growing increase
increased increasing reduce reduced reducing cut shrink shrinking""".split())


def _planned(article: Article, q: Quantity) -> bool:
    """A count said of a size to come or a size changed to: 'the draw grows to 64 players in 2027'."""
    return bool(set(article.words_before(q, 8)) & _PLANNED) or "next" in article.words_after(q, 3)


def _thing(article: Article, q: Quantity) -> str | None:
    """What a field counts: its own noun, or the one "the province, one of seven that voted" borrows."""
    return thing_of(q) or article.implied_noun(q)


def _field_of(article: Article, rank: Quantity, fields: list[Quantity], contexts: dict[str, set[str]]) -> Quantity | None:
    """The one field the rank is in, by the thing ranked, the place it is ranked in, or a contest."""
    near = _words(article.after(rank, 50)) | _words(article.before(rank, 30))
    ranked = _ranked_thing(article, rank)
    contest = bool(set(article.words_before(rank, 4)) & _CONTEST) or bool(_words(article.after(rank, 25)) & _CONTEST)
    same_thing = [f for f in fields if ranked is not None and _kin(_thing(article, f)) == _kin(ranked)]
    mine = near - _GENERIC - (_CONTEST - set(_TABLES.values())) - {"th", "st", "nd", "rd"}
    shared = [f for f in fields if mine & contexts[f.id] - _GENERIC]
    contests = [f for f in fields if contest and ranked is None and _thing(article, f) in _SPORT_FIELDS
                and not _narrowed(f)]
    near_kin = {_kin(w) for w in near}
    named = [f for f in fields if _kin(_thing(article, f)) in near_kin]  # "ranked 23rd among the county's districts"
    if not named and _ranks_by_verb(article, rank):
        # "The table, which lists hospitals from best to worst, placed St Olave's 27th": the field's
        # things are named in the ranking's own sentence
        said = _words(article.sentence_text(rank.sentence))
        said = {_kin(w) for w in said}
        named = [f for f in fields if _kin(_thing(article, f)) in said]
        if len({f.value for f in named}) != 1:
            named = []  # the sentence names things counted twice: left to the narrower evidence
    found = same_thing or named or shared or contests or _subject_named(article, rank, fields)
    # the most specific evidence decides
    found = _nearest(article, rank, found)
    sizes = {f.value for f in found}
    return found[0] if len(sizes) == 1 else None


def _nearest(article: Article, rank: Quantity, found: list[Quantity]) -> list[Quantity]:
    """Of candidate fields of different sizes, the ones a writer sets up for the rank: those stated before
    it ("the 14-club league" ... "fell to 16th", not "the two sides meet again" after it), and
    of those, the ones in the rank's own paragraph ("a record 4,900 swimmers entered" in one paragraph; "the
    open final, contested by eight swimmers" ... "came ninth" in another). Left as they are when
    the narrowing leaves none."""
    if len({f.value for f in found}) < 2:
        return found
    for keep in (lambda f: f.span[0] < rank.span[0], lambda f: article.block(f) == article.block(rank)):
        narrowed = [f for f in found if keep(f)]
        if narrowed:
            found = narrowed
    return found


_SUBJECT_WORDS = 16  # words before a rank in its sentence that may name what is ranked


def _subject_named(article: Article, rank: Quantity, fields: list[Quantity]) -> list[Quantity]:
    """"The Corn Exchange, reopened this year by a charity, was the 14th busiest": the one thing of a field
    named in the rank's own clause before it (an apposition to its subject), when nothing nearer says
    which field is meant; the fields of other sentences that count it."""
    said = {_singular(w) for w in article.words_before(rank, _SUBJECT_WORDS)} & _FIELD_NOUNS
    if len(said) != 1:
        return []  # none, or two things named: which one is ranked is unsure
    thing = said.pop()
    return [f for f in fields if f.sentence != rank.sentence and _kin(_thing(article, f)) == _kin(thing)
            and not _narrowed(f)]


_TABLE_VERBS = frozenset({"ranked", "ranks", "ranking", "ranking", "lists", "listed", "listing", "rates", "rated",
                          "rating", "compares", "compared", "comparing", "assessed", "assesses", "assessing",
                          "scored", "scores", "scoring", "surveyed", "surveys"})


_SUBSET_AFTER = frozenset({"in", "as", "among", "above", "below", "ahead", "behind", "higher", "lower", "top", "bottom",
                           "first", "last", "out", "of"})


def _table_size(article: Article, rank: Quantity, fields: list[Quantity]) -> Quantity | None:
    """The size of the table a rank is in, said after it in its sentence by the table's verb: "11th in
    the guide, which this year ranked nine universities"; "placed 23rd in a league table that rates 19
    hospitals". Only one such count, and none before the rank in the sentence."""
    found = [f for f in fields if f.sentence == rank.sentence and f.span[0] > rank.span[1]
             and set(article.words_before(f, 2)) & _TABLE_VERBS and not _narrowed(f)
             and not set(article.words_after(f, 2)) & _SUBSET_AFTER]  # "ranked nine universities in its top band"
    before = [f for f in fields if f.sentence == rank.sentence and f.span[0] < rank.span[0]]
    return found[0] if len(found) == 1 and not before else None


# "13th among the council's libraries", "sixth of its 40 branches", "ninth out of the region's museums"
_AMONG = re.compile(r"\s*(?:overall\s+)?(?:among|of|out\s+of)\s+(?:all\s+)?(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                    r"(?:[A-Za-z]+['’]s?\s+)?(?:[a-z]+\s+){0,2}?(?P<thing>[a-z]+s)\b")


# "The line ranked sixth", "the school was placed ninth": the ranked subject's noun names its things
_SUBJECT_RANKED = re.compile(r"(?:^|[.;]\s*|\b(?:the|this|that|its|their)\s+)(?P<thing>[a-z]+)\s+(?:was\s+|is\s+|has\s+)?"
                             r"(?:ranked|finished|came|placed|rated|ranks|sits|sat|ended)\s+$", re.I)


def _among_named(article: Article, rank: Quantity) -> Quantity | None:
    """The field a rank names right after it by its things, of any kind: "put Tamsworth 13th among the
    council's libraries" against "The council runs 11 public libraries" — the one count of those things
    the article gives before the rank (whole, not narrowed, not planned). Two counts of the things, or a
    figure between rank and things ("sixth of 40"), leave it to the other readings."""
    m = _AMONG.match(article.after(rank, 60)) or _SUBJECT_RANKED.search(article.before(rank, 60))
    if m is None:
        return None
    thing = _singular(m.group("thing").lower())
    found = [f for f in article.counts_of(thing) if f.kind == "count" and f.span[0] < rank.span[0]
             and isinstance(f.value, float) and f.value >= 2 and f.qualifier == "exact"
             and not _planned(article, f) and not _some_finishers(article, f) and _thing(article, f) == thing]
    if len({f.value for f in found}) != 1 or _narrowed(found[-1]) and len(article.counts_of(thing)) > 1:
        return None  # "11 public libraries" is the whole when no other count of libraries is given
    return found[-1]


def _narrowed(field: Quantity) -> bool:
    """A count of some of a contest's sides, a common word between the number and the noun ("the two
    promoted clubs", "three relegated sides", "the 16 remaining teams"): no whole field. A name ("12 Premier
    League clubs") or a compound ("a 14-club league") leaves the field whole."""
    words = field.text.split()
    return len(words) > 2 and any(w.isalpha() and w.islower() for w in words[1:-1])


def _ranks_by_verb(article: Article, rank: Quantity) -> bool:
    """'placed X 27th', 'ranked it ninth', 'rates it fourth': a verb of ranking just before the rank."""
    return bool(set(article.words_before(rank, 4)) & {"placed", "ranked", "ranks", "rated", "rates", "put", "puts"})


def _ranked_thing(article: Article, rank: Quantity) -> str | None:
    """'county' of 'the 14th-oldest county', 'member' of 'the 34th-largest member'."""
    m = re.match(r"\s*(?:-?\s*(?:[a-z]+est|most\s+\w+|largest|biggest)\s+)?(?P<n>[a-z]+)", article.after(rank, 40))
    if m:
        word = m.group("n")
        word = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s") if word.endswith("s") else word
        return word if word in _FIELD_NOUNS else None
    return None


def _words(text: str) -> set[str]:
    """Common words, singular, with the names of a competition's table as one ('conference' is 'league');
    capitalised names are left out, as a coach or a city says nothing of which field is meant."""
    out = set()
    # the head of a body's name is the noun the article calls it by: "the Redbrick Colleges Group" ... "in the group"
    found = re.findall(r"(?<![A-Za-z])[a-z][a-z-]+", text) + [
        w.lower() for w in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+([A-Z][a-z]+)\b", text)
        if w.lower() in _BODIES]
    for w in found:
        w = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w
        out.add(_TABLES.get(w, w))
    return out


# Collective nouns that end a body's name ("the Redbrick Colleges Group", "the Northern Counties League").
_BODIES = frozenset("group league conference division association federation alliance union network index".split())
_TABLES = {w: "league" for w in ("conference", "division", "table", "standing", "standings", "ladder", "league")}


# -- finishers: the ones who reached the end of a race bound the place any of them finished in ----------
_FINISHED = re.compile(r"\s*(?:of\s+(?:the\s+|its\s+|their\s+)?[\d,]+\s+[a-z]+\s+)?(?:who\s+|that\s+)?"
                       r"(?:finished|completed\s+the\s+(?:race|course|distance|route|event|marathon)|"
                       r"reached\s+the\s+finish(?:\s+line)?|made\s+it\s+to\s+the\s+finish(?:\s+line)?|"
                       r"crossed\s+the\s+(?:finish(?:ing)?\s+)?line|got\s+to\s+the\s+finish(?:\s+line)?|finishers)\b")
# Words after the finish that make the count some of the finishers: "finished ahead of him", "crossed
# the line within five minutes", "finished in under three hours", "in the top ten".
_SOME_FINISHERS = re.compile(r"\s*(?:ahead|behind|within|under|inside|faster|quicker|slower|before\s+(?:him|her|them|"
                             r"me|us|it)|in\s+(?:under|less|fewer|the\s+top|front|a\s+time|times|\d)|with\s+(?:a|the)?"
                             r"\s*(?:time|times|personal|best))\b", re.I)
_FINISHING = frozenset("""finishing finished finish finishes placing placed place came coming crossed ended ending
classified""".split())
_PART_OF_RACE = re.compile(r"^\s*(?:[a-z]+\s+){0,3}?(?:stage|stages|heat|heats|lap|laps|leg|legs|round|rounds|"
                           r"split|checkpoint|climb|sprint|day|qualifying|qualifier|semi)\b", re.I)


def _finishers_of(article: Article, rank: Quantity) -> list[Quantity]:
    """The number who finished a race, for a place in its final order: "Of the 2,400 who set off, 2,230
    crossed the finish line" ... "placing 2,301st"; "just 61 of the 140 who started got to the finish"
    ... "finishing 66th overall"; "There were 95 finishers." ... "came home 120th". None for
    a place on a stage, heat or lap (more may finish a stage than the race); the caller refuses an
    article that gives two different numbers of finishers (two races)."""
    before = set(article.words_before(rank, 4))
    if not before & _FINISHING and "overall" not in article.words_after(rank, 2):
        return []
    if _PART_OF_RACE.match(article.after(rank, 40)):
        return []
    found = [f for f in article.quantities if f.kind == "count" and isinstance(f.value, float) and f.value >= 2
             and f.qualifier == "exact" and f.span[0] < rank.span[0] and not _planned(article, f)
             and _finished_all(article, f)
             and not article.words_before(f, 1) == ["to"]  # "cut to 40 riders who finished"
             and "of" not in article.words_before(f, 2)]  # "31 of the 70 entrants finished": 70 started
    return found


# -- a survey's size said by its own verb, the rank in it a few sentences on ---------------------------
_COVERS = frozenset("""covers covered covering cover rates rated rating ranks ranked ranking compares compared comparing
lists listed listing surveys surveyed surveying assesses assessed assessing scores scored scoring tracks tracked
tracking""".split())
_MOVES = frozenset("""fell fall falls falling rose rise rises rising climbed climb climbs climbing slipped slip slips
slipping dropped drop drops dropping slid slide slides sliding moved move moves moving jumped jump jumps tumbled
tumble sank sink improved improve advanced advance plunged plunge""".split())
_SURVEY_BACK = 3  # sentences before the rank in which the survey's size may be said


# "in the standings", "in the league table", "on the ladder": a place in a contest's own table
_IN_TABLE = re.compile(r"\s*(?:place\s+|position\s+|spot\s+)?(?:in|on|of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
                       r"(?:[a-z]+\s+){0,2}?(?:standings|table|league|ladder|conference|division)\b", re.I)


def _moved_to(article: Article, rank: Quantity) -> bool:
    """'fell to 16th', 'climbed to third': a move in a ranking."""
    words = article.words_before(rank, 3)
    return len(words) >= 2 and words[-1] == "to" and bool(set(words[:-1]) & _MOVES)


def _survey_size(article: Article, rank: Quantity) -> Quantity | None:
    """The size of a survey, table or comparison given by its own verb before the rank, in its sentence
    or a few sentences back: "The index, which covers 22 port cities, ... slid to 25th"; "a
    survey that tracks its 19 member states, Quelmark was placed 23rd"; "The guide rates the
    region's nine wineries. ... it ranked Tollan 11th". A count narrowed by a participle ("rates the 12
    listed firms"), one followed by a subset ("ranks nine in its top band"), or two sizes in reach
    leave it unknown."""
    ranked = _ranked_thing(article, rank)
    found = []
    for f in article.quantities:
        if f.kind != "count" or not _is_field(article, f) or f.span[0] > rank.span[0]:
            continue
        if not rank.sentence - _SURVEY_BACK <= f.sentence <= rank.sentence:
            continue
        if not set(article.words_before(f, 3)) & _COVERS or set(article.words_after(f, 2)) & _SUBSET_AFTER:
            continue
        if any(w.endswith(("ed", "ing", "est")) for w in f.text.split()[1:-1]):
            continue  # "the 12 listed firms", "the 20 biggest banks"
        if ranked is not None and _thing(article, f) != ranked:
            continue
        found.append(f)
    return found[-1] if found and len({f.value for f in found}) == 1 else None


# A count that the grammar makes a field, whatever its noun: "Of the 12 water boards reviewed, ...", "among
# the 18 councils", "out of 40 entries"; not "26 of the 61 starters" (the part is what is ranked among) nor
# "one of five bidders" (a field of another noun).
_FIELD_BEFORE = re.compile(r"(?:(?:^|[.;:]\s*)of|\bamong|\bamongst|(?<![\d\w] )(?<!one )\bout\s+of)\s+"
                           r"(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)


def _explicit_field(article: Article, rank: Quantity) -> Quantity | None:
    """The one count in the rank's sentence, or the sentence before it, that "of the", "among the", "out
    of" makes a set of things ("Of the 12 water boards reviewed, Crannach's bills ranked 14th"),
    when the rank is placed by a verb of ranking or a contest; None with none, or two of different sizes."""
    if not (set(article.words_before(rank, 4)) & _CONTEST or _ranks_by_verb(article, rank)):
        return None
    found = []
    for s in (rank.sentence - 1, rank.sentence):
        for f in article.in_sentence(s) if s >= 0 else ():
            if f.kind != "count" or not isinstance(f.value, float) or f.value < 2 or f.qualifier != "exact" \
                    or thing_of(f) is None or _planned(article, f):
                continue
            if s == rank.sentence and f.span[0] > rank.span[0]:
                continue  # a count after the rank is what it is ranked by, or another thing
            if _FIELD_BEFORE.search(article.text[article.sentences[s][0]:f.span[0]][-30:]) \
                    and not _PART_OF_RACE.match(article.after(rank, 40)):
                found.append(f)
    return found[0] if len({f.value for f in found}) == 1 else None
