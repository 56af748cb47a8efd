"""The article as a model: what each number measures, the wholes and fields it introduces, its dated events.

Built once per document from the extraction (quantities and sentences) and shared by the
readers and the rules, which ask it questions instead of scanning text:

- ``tokens(sentence)``: the sentence as words, punctuation and quantity slots, so that readers
  match patterns over tokens ("<count> , averaging <money> a <noun>") rather than characters;
- ``measure(q)``: what a quantity measures (the thing counted or measured), whose it is (the
  subject named near it) and when (a date in its clause, else the publication);
- ``counts_of(noun)``: every count of a thing in the article, in text order, for the whole of a
  share, the field of a rank, the total of a list of parts or the count under a rate;
- ``pointer_noun(sentence, end)`` and ``figures_pointed(words, like)``: a definite noun ("The budget ...",
  "the shortfall ...", "Its members ...") and the earlier figures it names ("a $352.4 million operating
  budget", "a gap of £18.7m", "the 5,400-strong society"), for a list whose whole stands before it;
- ``events``: dated events ("launched on 17 March 2019", "founded in 1987", "born in 1931"),
  each with the words that name it, so that "N years after launch" finds its date in another
  paragraph.

Where the model is unsure (two candidate wholes of different sizes), it says so by returning
several candidates; the readers then stay silent.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .models import Quantity
from .patterns import re
from .quantities import singular
from .vocab import (ANGLE_WORDS, BENCHMARK_WORDS, COLLECTIONS, FAMILY_ENDINGS, FAMILY_FORMS, MEASURE_GROUPS,
                    SCHOOL_YEAR_NOUNS, TALLY_WORDS, WHOLE_FILLER)

_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*|\d+(?:[.,]\d+)*|[^\s\w]|_")  # letters of any script: "Søren"
_STOP = frozenset("""a an the its their his her our this that these those of in on at for to by with from and or
as is was were be been are has have had will would could should may might it they he she we which who whom
whose than then there about over under up down per each every all some any more most less fewer new last
first next year years said says say also just only into out after before since during while when where""".split())


class Token:
    """One token of a sentence: a word, a punctuation mark, or a whole quantity (``q`` set).

    ``low`` and ``is_word`` are read for every token by every reader, so they are set once here."""

    __slots__ = ("text", "start", "end", "q", "low", "is_word")

    def __init__(self, text: str, start: int, end: int, q: Quantity | None = None) -> None:
        self.text, self.start, self.end, self.q = text, start, end, q
        self.low = text.lower()
        self.is_word = q is None and text[:1].isalpha()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}{', q' if self.q is not None else ''})"


@dataclass(frozen=True)
class Measure:
    """What a quantity measures: the thing, whose it is, and when."""

    thing: str | None
    subject: str | None
    time: str | None  # an ISO prefix from a date in the quantity's clause, or None (publication)


@dataclass(frozen=True)
class Event:
    """A dated event: the date quantity and the words that name the event ("launched", "founded")."""

    date: Quantity
    words: frozenset[str]
    sentence: int


NEARBY = 200  # sentences either side in which an article's related figures are looked for

# Verbs and nouns that date an event: "launched in 2019", "founded in 1987", "the 2011 record".
EVENT_WORDS = {
    "launch": ("launched", "launch", "lifted", "liftoff", "lift-off"),
    "found": ("founded", "founding", "established", "formed", "incorporated", "set up", "created", "started",
              "opened", "opening", "began", "begun", "inaugurated", "built", "introduced", "debuted"),
    "birth": ("born", "birth"),
    "death": ("died", "death", "dies"),
    "record": ("set", "record", "broke", "broken", "established"),
    "win": ("won", "win", "title", "triumph", "victory", "champions", "championship"),
    "take": ("took", "took over", "appointed", "became", "named", "joined", "elected", "hired"),
    "leave": ("stepped down", "retired", "left", "resigned", "ended", "closed", "until"),
}
# Nouns that name a figure rather than a thing counted: "the 2,450-2,700 range", "2,418.6 points".
_FIGURE_NOUNS = frozenset({"range", "band", "level", "mark", "point", "figure", "target"})
_ANGLES = frozenset(ANGLE_WORDS)
_CLAUSE_ENDS = frozenset({";", ":", ",", ".", "and", "but", "while", "when", "whereas"})
_EVENT_LOOKUP = {w: kind for kind, words in EVENT_WORDS.items() for w in words}


class Article:
    """A document's quantities, sentences and paragraphs, with the questions rules ask of them."""

    def __init__(self, extraction) -> None:
        self.extraction = extraction
        self.text: str = extraction.document.text
        self.published: dt.date | None = extraction.document.published
        self.quantities: list[Quantity] = extraction.quantities
        self.sentences: list[tuple[int, int]] = extraction.sentences
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]
        self._by_sentence: dict[int, list[Quantity]] = {}
        for q in self.quantities:
            self._by_sentence.setdefault(q.sentence, []).append(q)
        # Tokens depend on the text and quantities only, so the model rebuilt over the readers' claims
        # keeps them (in the extraction's memo) instead of making them again for the rules.
        self._tokens: dict[int, list[Token]] = extraction.memo.setdefault("tokens", {})
        self._token_at: dict[str, int] = extraction.memo.setdefault("token_at", {})
        self._years: dict[str, int | None] = {}
        # What readers keep while this model stands: answers that read the claims found so far, which the
        # model rebuilt over the readers' claims must not inherit (the extraction's memo is for the rest).
        self.memo: dict = {}

    # -- places --------------------------------------------------------------------------------------
    def paragraph(self, ref: Quantity | int) -> int:
        """The paragraph (line) a quantity or sentence stands in."""
        pos = ref.span[0] if isinstance(ref, Quantity) else self.sentences[ref][0]
        return bisect_right(self._line_starts, pos) - 1

    def in_sentence(self, index: int) -> list[Quantity]:
        return self._by_sentence.get(index, [])

    def sentence_text(self, index: int) -> str:
        a, b = self.sentences[index]
        return self.text[a:b]

    def before(self, q: Quantity, width: int = 80) -> str:
        """The sentence's text before q, at most ``width`` characters."""
        start = self.sentences[q.sentence][0]
        return self.text[max(start, q.span[0] - width):q.span[0]]

    def after(self, q: Quantity, width: int = 80) -> str:
        end = self.sentences[q.sentence][1]
        return self.text[q.span[1]:min(end, q.span[1] + width)]

    # -- tokens ------------------------------------------------------------------------------------
    def tokens(self, index: int) -> list[Token]:
        """Sentence ``index`` as tokens: each quantity is one token, the rest words and punctuation."""
        toks = self._tokens.get(index)  # asked some 80,000 times in a 1 MB check: one look-up, not three
        if toks is None:
            toks = self._tokens[index] = self._tokenise(index)
        return toks

    def _tokenise(self, index: int) -> list[Token]:
        a, b = self.sentences[index]
        out: list[Token] = []
        pos = a
        for q in self.in_sentence(index):
            out.extend(Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.text, pos, q.span[0]))
            self._token_at[q.id] = len(out)
            out.append(Token(q.text, q.span[0], q.span[1], q))
            pos = max(pos, q.span[1])
        out.extend(Token(m.group(), m.start(), m.end()) for m in _WORD.finditer(self.text, pos, b))
        return out

    def sentences_with(self, words: frozenset[str] | set[str], units: tuple[str, ...] = ()) -> list[int]:
        """The sentences holding any of ``words`` (lower case) or a quantity of one of ``units``: where a
        reader need look at all, found without making tokens of every sentence."""
        by_word = self.extraction.memo.get("sentences_by_word")
        if by_word is None:
            by_word = self.extraction.memo["sentences_by_word"] = self._sentences_by_word()
        found = set().union(*(by_word.get(w, ()) for w in words))
        if units:
            found |= {q.sentence for q in self.quantities if q.unit in units}
        return sorted(found)

    def _sentences_by_word(self) -> dict[str, list[int]]:
        """Each lower-case word, with the sentences that hold it: built once, so that a reader's question
        costs the sentences holding its words, not a pass over every sentence."""
        by_word: dict[str, list[int]] = {}
        for i, (a, b) in enumerate(self.sentences):
            for w in set(_LOWER_WORD.findall(self.text[a:b].lower())):
                if w in by_word:
                    by_word[w].append(i)
                else:
                    by_word[w] = [i]
        return by_word

    def token_index(self, q: Quantity) -> int:
        """Where q stands among its sentence's tokens."""
        self.tokens(q.sentence)
        return self._token_at[q.id]

    def words_before(self, q: Quantity, n: int = 6, *, clause: bool = True) -> list[str]:
        """Up to n lower-case words before q in its sentence, nearest last; a clause break stops them."""
        toks = self.tokens(q.sentence)
        out: list[str] = []
        for j in range(self.token_index(q) - 1, -1, -1):  # by index: no copy of a long sentence
            t = toks[j]
            if clause and t.text in (";", ":") or len(out) >= n:
                break
            if t.is_word:
                out.append(t.low)
        return out[::-1]

    def words_after(self, q: Quantity, n: int = 6, *, clause: bool = True) -> list[str]:
        toks = self.tokens(q.sentence)
        out: list[str] = []
        for j in range(self.token_index(q) + 1, len(toks)):
            t = toks[j]
            if clause and t.text in (";", ":") or len(out) >= n:
                break
            if t.is_word:
                out.append(t.low)
        return out

    # -- what a number measures ---------------------------------------------------------------------
    def measure(self, q: Quantity) -> Measure:
        cache = self.extraction.memo.setdefault("measures", {})
        if q.id not in cache:
            cache[q.id] = Measure(thing_of(q), self._subject(q), self._time(q))
        return cache[q.id]

    def _subject(self, q: Quantity) -> str | None:
        """The nearest capitalised name before q in its sentence (not the sentence's first word alone)."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        for j in range(k - 1, -1, -1):
            t = toks[j]
            if t.q is not None or not t.is_word:
                continue
            if t.text[0].isupper() and (j > 0 or t.low not in _STOP) and t.low not in _STOP:
                return t.text.removesuffix("'s").removesuffix("’s")
        return q.subject

    def _time(self, q: Quantity) -> str | None:
        for other in self.in_sentence(q.sentence):
            if other.kind == "date" and other.resolved and other.id != q.id:
                return str(other.value)
        return None

    def content_words(self, q: Quantity, width: int = 60) -> set[str]:
        """Content words near q (its clause's neighbourhood), lower-case and singular."""
        window = self.before(q, width) + " " + self.after(q, width)
        return {_singular(w.lower()) for w in re.findall(r"[A-Za-z][A-Za-z-]+", window)} - _STOP

    # -- counts, wholes and fields ---------------------------------------------------------------------
    @cached_property
    def _counts(self) -> dict[str, list[Quantity]]:
        index: dict[str, list[Quantity]] = {}
        for q in self.quantities:
            thing = thing_of(q)
            if thing and q.kind in ("count", "measure", "money", "duration") and isinstance(q.value, float):
                index.setdefault(thing, []).append(q)
        return index

    def counts_of(self, thing: str) -> list[Quantity]:
        """Every count (or amount) of ``thing`` (a head noun, singular), in text order."""
        return self._counts.get(_singular(thing.lower()), [])

    # -- dated events --------------------------------------------------------------------------------------
    @cached_property
    def events(self) -> list[Event]:
        out: list[Event] = []
        for q in self.quantities:
            if q.kind != "date" or not q.resolved or not re.search(r"\d{4}", q.text):
                continue
            before = re.findall(r"[A-Za-z][A-Za-z-]*", self.before(q, 60).lower())[-6:]
            after = re.findall(r"[A-Za-z][A-Za-z-]*", self.after(q, 30).lower())[:3]
            words = set()
            for w in before + after:
                if w in _EVENT_LOOKUP:
                    words.add(_EVENT_LOOKUP[w])
                    words.add(w)
            if words:
                out.append(Event(q, frozenset(words), q.sentence))
        return out

    def events_named(self, words: set[str]) -> list[Event]:
        """Events whose naming words include any of ``words`` (surface words or event kinds)."""
        kinds = {_EVENT_LOOKUP.get(w, w) for w in words}
        return [e for e in self.events if e.words & (kinds | set(words))]

    # -- dated events by kind, for spans across the article ---------------------------------------------
    @property
    def dated_events(self) -> list[DatedEvent]:
        """Dated events, each of one kind (``EVENT_KINDS``), read from the words of the date's own phrase:
        back to the figure or clause break before it and a few words after it ("Holmvik, founded in
        1987", "the 2hr 7min 19sec set by Kiptum in 2011", "Born on February 3, 1931", "left Earth
        aboard a rocket on 17 March 2019"). Only dates that write their year count ("in May that year"
        is not read); a phrase naming two kinds, or a date the text marks as a plan ("is due to open in
        2027"), is kept but marked, so that a reader can refuse it. Read from the text and quantities alone:
        once for the model the readers see and the one rebuilt over their claims."""
        memo = self.extraction.memo
        if "dated_events" not in memo:
            memo["dated_events"] = self._dated_events()
        return memo["dated_events"]

    def _dated_events(self) -> list[DatedEvent]:
        out: list[DatedEvent] = []
        for q in self.quantities:
            if q.kind != "date" or not q.resolved or not writes_year(q) or "ago" in q.text.lower():
                continue
            words = self.phrase_words(q)
            kinds = event_kinds(words) or self.fronted_kinds(q)
            listed = set(words[:words.index("")]) <= {"and", "or", "then", "again", "also", "in", "on", "later"}
            if listed and out and out[-1].sentence == q.sentence and self._follows(out[-1].date, q):
                # "victories in 2019 and 2022" (not "born in 1942, ... sailed at 17 in 1959")
                kinds, planned = set(out[-1].kinds), out[-1].planned
            else:
                planned = bool(plan_words(words)) or "set to" in " ".join(words)
            if kinds:
                out.append(DatedEvent(q, frozenset(kinds), q.sentence, planned))
        return out

    def _follows(self, first: Quantity, q: Quantity) -> bool:
        """Whether q's phrase starts right after the date ``first``: no other figure between them."""
        toks = self.tokens(q.sentence)
        return not any(t.q is not None for t in toks[self.token_index(first) + 1:self.token_index(q)])

    def phrase_words(self, q: Quantity, before: int = 9, after: int = 4) -> list[str]:
        """The lower-case words of q's own phrase: back to the previous figure or clause break (at most
        ``before`` words) and on to the next one (at most ``after``); q itself is the empty string."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        back: list[str] = []
        for t in reversed(toks[:k]):
            if t.q is not None or t.text in (";", ":", "(", ")", '"', "“", "”") or len(back) >= before:
                break
            if t.is_word:
                back.append(t.low)
        ahead: list[str] = []
        for t in toks[k + 1:]:
            if t.q is not None or t.text in (";", ":", ",", ".", "(", ")") or len(ahead) >= after:
                break
            if t.is_word:
                ahead.append(t.low)
        return back[::-1] + [""] + ahead

    def events_of(self, kind: str, *, planned: bool = False) -> list[DatedEvent]:
        """The dated events of one kind only (a phrase naming two kinds is none of them)."""
        return [e for e in self.dated_events if e.kinds == {kind} and (planned or not e.planned)]

    # -- the same measure --------------------------------------------------------------------------------
    def same_unit(self, a: Quantity, b: Quantity) -> bool:
        """Whether a and b are figures of one unit that may be compared: same unit and per-thing, and
        for counts the same thing (or one left unnamed; a noun that names the figure itself, as in
        "the 2,450-2,700 range" or "2,418.6 points", names no thing)."""
        if not (isinstance(a.value, float) and isinstance(b.value, float)) or "date" in (a.kind, b.kind):
            return False
        if self.unit_of(a) != self.unit_of(b) or a.per != b.per:
            return False
        if a.unit != "count":
            return True
        things = {thing_of(a), thing_of(b)} - {None} - _FIGURE_NOUNS
        return len(things) <= 1

    def unit_of(self, q: Quantity) -> str:
        """q's unit, with a bare "degrees" read in the one temperature scale the article writes ("maxima
        between 41.2 and 44.9 degrees Celsius" ... "the coolest at 40.8 degrees"); an article that writes
        both scales, or a sentence about an angle, leaves it bare."""
        if q.unit != "degree":
            return q.unit
        memo = self.extraction.memo
        if "temperature_scale" not in memo:
            scales = {x.unit.removeprefix("delta_") for x in self.quantities
                      if x.unit.removeprefix("delta_") in ("degree_Celsius", "degree_Fahrenheit")}
            memo["temperature_scale"] = scales.pop() if len(scales) == 1 else None
        scale = memo["temperature_scale"]
        if scale is None or set(_LOWER_WORD.findall(self.sentence_text(q.sentence).lower())) & _ANGLES:
            return q.unit
        return scale

    def roles_in(self, q: Quantity, kinds: tuple[str, ...] = ("change", "range")) -> set[str]:
        """The roles q plays in the claims of ``kinds`` found so far ('from', 'to', 'low'...)."""
        return {role for kind, role in self.roles_of(q) if kind in kinds}

    def clause_time(self, q: Quantity) -> str | None:
        """The date of q's own clause (an ISO prefix), or None: nearer than ``measure(q).time``, which
        takes the first date of the sentence. In "in 2015 turnout was 66.1% and in 2019 it was 67.4%"
        66.1% is of 2015 and 67.4% of 2019; clauses end at ; : , and "and", "but", "while", "when"."""
        cache = self.extraction.memo.setdefault("clause_times", {})
        if q.id not in cache:
            cache[q.id] = self._clause_time(q)
        return cache[q.id]

    def nearby(self, q: Quantity, window: int = NEARBY, *, unit: str | None = None) -> list[Quantity]:
        """The quantities within ``window`` sentences of q (of ``unit`` only, when given): where an article's
        other figures stand, so that a reader looking across the article stays linear on a long input."""
        by_unit = self.extraction.memo.get("nearby_by_unit")
        if by_unit is None:
            by_unit = self.extraction.memo["nearby_by_unit"] = {None: ([x.sentence for x in self.quantities],
                                                                       self.quantities)}
            for x in self.quantities:
                by_unit.setdefault(x.unit, ([], []))
                by_unit[x.unit][0].append(x.sentence)
                by_unit[x.unit][1].append(x)
        starts, qs = by_unit.get(unit, ((), ()))
        return qs[bisect_left(starts, q.sentence - window):bisect_right(starts, q.sentence + window)]

    def _clause_time(self, q: Quantity) -> str | None:
        if not any(d.kind == "date" and d.resolved and d.id != q.id for d in self.in_sentence(q.sentence)):
            return None  # no other date in the sentence: no tokens need be made
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        best: tuple[int, str] | None = None
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(toks) and toks[j].low not in _CLAUSE_ENDS:
                t = toks[j]
                if t.q is not None and t.q.kind == "date" and t.q.resolved:
                    if best is None or abs(j - k) < best[0]:
                        best = (abs(j - k), str(t.q.value))
                    break
                j += step
        return best[1] if best else None

    # -- words near a figure, for readers that visit every figure of a long sentence ---------------------
    def words_near(self, q: Quantity, before: int = 0, after: int = 0) -> tuple[list[str], list[str]]:
        """(words_before(q, before), words_after(q, after)), looking only at the few tokens around q, so
        that a reader visiting every quantity of an endless sentence stays linear."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        back: list[str] = []
        for t in reversed(toks[max(0, k - 4 * before - 4):k]):
            if t.text in (";", ":") or len(back) >= before:
                break
            if t.is_word:
                back.append(t.low)
        ahead: list[str] = []
        for t in toks[k + 1:k + 4 * after + 5]:
            if t.text in (";", ":") or len(ahead) >= after:
                break
            if t.is_word:
                ahead.append(t.low)
        return back[::-1], ahead

    # -- wholes and restated measures ------------------------------------------------------------------
    @cached_property
    def _roles(self) -> dict[str, set[tuple[str, str]]]:
        index: dict[str, set[tuple[str, str]]] = {}
        for c in self.extraction.claims:
            for role, qid in c.roles.items():
                index.setdefault(qid, set()).add((c.kind, role))
        return index

    def roles_of(self, q: Quantity) -> set[tuple[str, str]]:
        """(claim kind, role) of every claim q plays a part in: ('change', 'from'), ('proportion', 'part')."""
        return self._roles.get(q.id, set())

    def year_of(self, q: Quantity) -> int | None:
        """The year q is stated for: that of the nearest dated phrase in its sentence, else the publication's.
        Kept for each figure while the model stands (it reads the claims found so far): the wholes of a long
        article's shares ask it of the same candidates again and again."""
        if q.id not in self._years:
            self._years[q.id] = self._year_of(q)
        return self._years[q.id]

    def _year_of(self, q: Quantity) -> int | None:
        dates = [d for d in self.in_sentence(q.sentence) if d.kind == "date" and d.resolved and d.id != q.id
                 and re.match(r"\d{4}", str(d.value)) and not self._dates_a_start(d, q)
                 and not self._dates_another(d, q)]
        if dates:
            near = min(dates, key=lambda d: min(abs(d.span[0] - q.span[1]), abs(q.span[0] - d.span[1])))
            return self._start_year(near)
        if self.published and _PREVIOUS_YEAR.search(" ".join(self._clause_words(q))):
            return self.published.year - 1  # "Turnover in the previous financial year was £96m"
        return self.published.year if self.published else None

    def _clause_words(self, q: Quantity) -> list[str]:
        """The words of q's own clause (back and on to a clause break), lower case."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        j = k
        while j > 0 and toks[j - 1].low not in _CLAUSE_ENDS:
            j -= 1
        e = k + 1
        while e < len(toks) and toks[e].low not in _CLAUSE_ENDS:
            e += 1
        return [t.low for t in toks[j:e] if t.is_word and t.q is None]

    def _start_year(self, date: Quantity) -> int:
        """The year a date's span starts in. A school year is one span from the autumn: "next year's
        students", "next year's intake", said before the autumn, are those of the year starting this autumn
        ("5,100 pupils this autumn"), as "the 2024-25 school year" starts in 2024."""
        year = int(str(date.value)[:4])
        if self.published and date.text.lower() == "next year" and year == self.published.year + 1:
            toks = self.tokens(date.sentence)
            k = self.token_index(date)
            rest = [t for t in toks[k + 1:k + 4]]
            if len(rest) == 3 and rest[0].text + rest[1].text in ("'s", "’s") and rest[2].is_word:
                return self.said_year("next", rest[2].low)
        return year

    def said_year(self, which: str, noun: str | None = None) -> int | None:
        """The year "<which> year's <noun>" names (which: last, previous, this, next), the year a span of
        it starts in: a calendar year, but "next year's students" (pupils, intake, class), said before the
        autumn, are the school year starting this autumn, the publication's year."""
        if not self.published:
            return None
        if which == "next" and noun and _singular(noun) in SCHOOL_YEAR_NOUNS and self.published.month < 8:
            return self.published.year
        return self.published.year + {"last": -1, "previous": -1, "this": 0, "next": 1}[which]

    def _dates_another(self, date: Quantity, q: Quantity) -> bool:
        """The date is told of another figure, in a clause q does not stand in: "a £20m loan taken out in
        March" dates the loan, not "£12m" two commas before it; "which peaked at 6,200 in 2014" dates
        the peak, not the level the sentence goes on to give. A date heading a clause with no figure of its
        own ("In 2023, revenue rose to $5m") still dates q."""
        toks = self.tokens(date.sentence)
        k, mine = self.token_index(date), self.token_index(q)
        lo, hi = sorted((k, mine))
        if not any(t.low in _CLAUSE_ENDS - {"and"} for t in toks[lo + 1:hi]):
            return False  # "47,600 traffic fines and 39,000 parking fines last year": one date for a list
        owner = None
        for t in reversed(toks[max(0, k - 7):k]):
            if t.low in _CLAUSE_ENDS:
                return False
            if t.q is not None and t.q.kind != "date":  # a move ("more than tripled this year") dates its sentence
                owner = t.q
                break
        if owner is None or owner.id == q.id or not isinstance(owner.value, float) \
                or owner.kind not in ("count", "money", "measure"):
            return False
        if k > mine:  # a trailing noun phrase of its own: "..., paid for in part by a £20m loan taken out in March"; a
            # predicate dates its whole clause ("120 diesels, 60 hybrids and 30 electrics were bought before 2015")
            # ("..., and 61,000 people came last year": a clause of its own, whose time may be the sentence's)
            at = self.token_index(owner)
            if at > 1 and toks[at - 1].text == "(" and toks[at - 2].q is not None:
                at -= 2  # "a £20m (€23m) loan": the figure the bracket restates
            led = at > 0 and toks[at - 1].low in ("a", "an", "by", "with", "of", "for", "from", "on", "at")
            return led and not any(t.low in _FINITE for t in toks[at + 1:k])
        # before q, only an aside dates its own figure alone ("Enrolment, which peaked at 6,200 in 2014, ..."):
        # "income of $5.2m last year came from members ($2.6m), sponsors ($1.5m) ..." dates its list too
        j = self.token_index(owner)
        while j > 0 and toks[j - 1].low not in _CLAUSE_ENDS:
            j -= 1
        return toks[j].low in ("which", "who", "whose", "that") and j > 0 and toks[j - 1].text == ","

    def pointed_year(self, q: Quantity) -> int | None:
        """The year a possessive date after q's "of" points to, naming its whole as that year's: "1,210 of last
        year's homes", "2,900 of 2024's passengers", "18,400 of this year's tickets" (2024, 2024, 2025 when
        published in 2025). None for any other wording ("of the year's", "of the homes")."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        rest = [t for t in toks[k + 1:k + 6]]
        if len(rest) < 3 or rest[0].low != "of":
            return None
        date = rest[1].q
        if date is None or date.kind != "date" or not date.resolved or not re.fullmatch(r"\d{4}", str(date.value)):
            return None
        tail = "".join(t.text for t in rest[2:4])
        return self._start_year(date) if tail in ("'s", "’s") else None

    def measure_key(self, q: Quantity) -> str | None:
        """The measure q gives, as one word of its group in vocab.MEASURE_GROUPS: one word for 'the
        8,350-strong staff' and 'a headcount of 8,530'; 'majority' for 'won the seat by 236 votes' and
        'a majority of 263'; 'bed' for 'a 405-bed clinic'."""
        thing = thing_of(q)
        before = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", self.before(q, 30))[-2:]]
        if q.text.lower().endswith("-strong"):
            after = re.findall(r"[A-Za-z][A-Za-z-]*", self.after(q, 30))[:1]
            thing = _singular(after[0].lower()) if after else None
        if thing is None and len(before) == 2 and before[1] in ("of", "to", "at") \
                and any(_singular(before[0]) in g for g in MEASURE_GROUPS):
            thing = _singular(before[0])  # "a headcount of 8,530", "a majority of 263"
        if thing is None and len(before) == 2 and before[1] == "of" and before[0] == "best":
            thing = "best"  # "his previous best of 167", "a personal best of 12.31"
        if thing == "vote" and before[-1:] == ["by"]:
            thing = "majority"  # "won the seat by 236 votes"
        if thing in ("people", "person", "staff", "worker") and before[-1:] and before[-1] in _EMPLOYS:
            thing = "workforce"  # "employs 18,400 people" is its workforce, like "the group's 14,800 employees"
        if thing is None:
            thing = self.carried_thing(q)
        return _canonical(thing) if thing else None

    def carried_thing(self, q: Quantity) -> str | None:
        """The thing a bare count counts when it is the level that a count of things added or taken away
        carries a body to: "added 85 agents, taking our network to 2,140" and "hired 120 nurses, bringing the
        total to 3,415" count agents and nurses; so does the end of a change whose size names them ("the fleet
        grew by 14 buses to 316"). A level with a noun of its own ("bringing its staff to 3,415") counts that,
        not the things added; None when no such count stands before it in its sentence."""
        if q.kind != "count" or thing_of(q) is not None:
            return None
        for c in self.extraction.claims:
            if c.kind == "change" and c.roles.get("to") == q.id and "by" in c.roles:
                size = next((o for o in self.in_sentence(q.sentence) if o.id == c.roles["by"]), None)
                if size is not None and size.unit == "count" and thing_of(size):
                    return thing_of(size)
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        if k < 3 or toks[k - 1].low != "to":
            return None
        start = self._from_end(toks, k - 1)
        if start is not None:
            return start
        j, nouns = k - 2, 0
        while j >= 0 and toks[j].is_word and toks[j].low not in _CARRYING:
            w = toks[j].low
            if w in _TALLY_OR_BODY:
                nouns += 1
            elif w not in _OWNERS and not w.endswith(("'s", "’s")):
                return None  # "bringing its staff to 3,415": the level names what it counts
            j -= 1
        if j < 1 or not toks[j].is_word or nouns > 1:
            return None
        for t in reversed(toks[:j]):
            if t.q is None:
                if t.text in (";", ":", "."):
                    return None
                continue
            if t.q.kind in ("date", "duration"):
                continue
            return thing_of(t.q) if t.q.unit == "count" else None
        return None

    @staticmethod
    def _from_end(toks: list[Token], to: int) -> str | None:
        """The thing the start of a change counts, when its end at the 'to' is a bare figure: "grew from 126
        units in the first plan to 144" (144 units); None when another figure of a thing stands between them
        ("from 12 vans and 30 cars to 50") or the clause breaks."""
        for j in range(to - 1, max(-1, to - 16), -1):
            t = toks[j]
            if t.text in (";", ":", ".") or t.low in ("and", "but", "while"):
                return None
            if t.q is not None and t.q.kind not in ("date", "duration"):
                if j == 0 or toks[j - 1].low != "from" or t.q.unit != "count":
                    return None
                return thing_of(t.q)
        return None

    @cached_property
    def _event_dates(self) -> frozenset[str]:
        return frozenset(e.date.id for e in self.dated_events)

    def _dates_a_start(self, date: Quantity, q: Quantity) -> bool:
        """The date dates something else than q: an earlier level ("up from 41% in 2019", "compared with 3,100
        in 2021") or an event in another clause ("founded in 1902, employs 3,260 staff")."""
        if date.id in self._event_dates and self.clause_time(q) != str(date.value):
            return True  # "Tovin, founded in 1902, employs 3,260 staff": the year dates the founding
        k = self.token_index(date)
        toks = self.tokens(date.sentence)
        for t in reversed(toks[max(0, k - 3):k]):
            if t.q is not None:
                # a multiplier is a move, never a level left behind: "more than tripled this year" dates the move
                earlier = t.q.kind != "multiplier" and (("change", "from") in self.roles_of(t.q) or bool(
                    set(self.words_before(t.q, 1)) & {"from", "with", "against", "than", "versus"}))
                return t.q.id != q.id and earlier
        return False

    def names_in(self, index: int) -> set[str]:
        """Capitalised names in sentence ``index`` (not a capitalised first word that is a common word)."""
        out = set()
        for k, t in enumerate(self.tokens(index)):
            if t.is_word and t.text[0].isupper() and t.low not in _STOP and (k > 0 or t.low not in _COMMON_START):
                out.add(t.text.removesuffix("'s").removesuffix("’s"))
        return out

    # -- people ------------------------------------------------------------------------------------------
    def name_runs(self, index: int) -> list[tuple[int, tuple[str, ...]]]:
        """The names of sentence ``index`` as runs of capitalised words, each with the token index it starts
        at ("Morwenna Tregarth", "Søren"), leaving out months and days, titles ("Mr"), "I", a common word
        opening the sentence, and a run after a preposition ("on Quaystone Lane", "in the Guards", "at Ardle"),
        which names a place or a body rather than the person a clause is about."""
        toks = self.tokens(index)
        first = next((j for j, t in enumerate(toks) if t.is_word), -1)
        out: list[tuple[int, tuple[str, ...]]] = []
        k = 0
        while k < len(toks):
            t = toks[k]
            if not _is_name(t) or k == first and not self._opens_name(toks, k):
                k += 1
                continue
            start, words = k, []
            while k < len(toks) and _is_name(toks[k]):
                words.append(toks[k].text.removesuffix("'s").removesuffix("’s"))
                k += 1
            lead = [x.low for x in toks[max(0, start - 2):start] if x.is_word]
            if not (lead[-1:] and lead[-1] in _PLACE_PREPOSITIONS
                    or lead[-2:-1] and lead[-2] in _PLACE_PREPOSITIONS and lead[-1] in ("the", "a")):
                out.append((start, tuple(words)))
        return out

    def _opens_name(self, toks: list[Token], k: int) -> bool:
        """Whether the capitalised first word of a sentence is a name: one of two ("Emrys Hesketh rented"),
        or a word the article capitalises mid-sentence too ("Haverley sailed"; not "Born", "Now")."""
        if k + 1 < len(toks) and _is_name(toks[k + 1]):
            return toks[k].low not in _STOP and toks[k].low not in _COMMON_START
        inner = self.memo.get("inner_names")
        if inner is None:
            inner = self.memo["inner_names"] = {
                t.text.removesuffix("'s").removesuffix("’s") for s in range(len(self.sentences))
                for t in [t for t in self.tokens(s) if t.is_word][1:] if t.text[:1].isupper()}
        return toks[k].text.removesuffix("'s").removesuffix("’s") in inner

    def person_of(self, q: Quantity) -> tuple[str, ...] | None:
        """Whose figure q is, as a name: the nearest name before q in its sentence ("her uncle, Søren, had
        bought it at 31"); for a figure opening its sentence ("At 68, Tregarth still rows"), the first name
        after it; for one whose sentence names nobody before it ("She retired in 1969, aged 62", "said the
        45-year-old"), the first name of the nearest of the three sentences before that names someone."""
        k = self.token_index(q)
        runs = self.name_runs(q.sentence)
        before = [words for start, words in runs if start < k]
        if before:
            return before[-1]
        if k <= 1 and any(start > k for start, _ in runs):
            return next(words for start, words in runs if start > k)
        for s in range(q.sentence - 1, max(-1, q.sentence - 4), -1):
            found = self.name_runs(s)
            if found:
                return found[0][1]
        return None

    def same_person(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        """Whether two names are one person's: they share a word, two full names are the same, and a name
        of one word is not shared by two full names of the article ("Hesketh" with "Emrys Hesketh" and
        "Wenna Hesketh" is either)."""
        shared = set(a) & set(b)
        if len(a) > 1 and len(b) > 1:
            return a == b
        if not shared:
            return False
        full = self.memo.get("full_names")
        if full is None:
            full = self.memo["full_names"] = {w for s in range(len(self.sentences)) for _, w in self.name_runs(s)
                                             if len(w) > 1}
        for word in shared:
            if len({f for f in full if word in f}) > 1:
                return False
        return True

    def name_before(self, q: Quantity, *, skip: int = 0, stop_at_saying: bool = False) -> frozenset[str]:
        """The words of the nearest name before q in its clause ("Ostry Depot" for "Ostry Depot, on the north side,
        parks its 162 trams"), skipping ``skip`` tokens before q; empty at a clause break, or at a verb of saying
        when ``stop_at_saying``."""
        toks = self.tokens(q.sentence)
        run: list[str] = []
        for t in reversed(toks[:self.token_index(q) - skip]):
            if t.is_word and t.text[:1].isupper() and t.low not in _NAME_STOPS:
                run.append(t.text.removesuffix("'s").removesuffix("’s"))
                continue
            if run or t.text in (";", ":") or t.low in _NAME_BREAKS or stop_at_saying and t.low in _SAYING_VERBS:
                break
        return frozenset(run)

    def is_named_part(self, q: Quantity) -> bool:
        """q is introduced as a part of something before it: 'of which $2 million', 'including 40 ...'."""
        before = self.words_before(q, 2)
        return before[-2:] in (["of", "which"], ["of", "whom"]) or before[-1:] == ["including"]

    def wholes_named(self, description: str, like: Quantity, *, exclude: frozenset[str] = frozenset(),
                     at_least: float | None = None) -> list[Quantity]:
        """Quantities elsewhere that state the whole ``description`` names ("last season's catch", "the yearly
        parks budget", "the chain's shops"), in like's unit, for the same time.

        Every word of the description (bar fillers such as "annual", "total") stands in the candidate's
        sentence, as itself or a word of its measure group; a possessive owner ("Norbeck's", "last
        year's") must be found there too, and a year named by it ("last year's") is the candidate's.
        A candidate right after the same possessive ("last year's 2.6 million tonnes") needs no more.
        Starts of changes are earlier levels and parts introduced as parts are no wholes; a time-less
        description takes the whole stated for like's own year. When no candidate has every word, the
        description's words are compared by family (``_wholes_by_phrase``).
        """
        desc = description.lower().replace("’", "'")
        year = self.year_of(like)
        target = year
        m = re.search(r"\b(last|this|next|previous)\s+year's", desc)
        if m and self.published:
            noun = re.match(r"\s*([a-z]+)", desc[m.end():])
            target = self.said_year(m.group(1), noun.group(1) if noun else None)
            desc = desc.replace(m.group(0), " ")
        owner = re.search(r"([a-z][a-z-]*)'s?\b", desc)
        words = {_singular(w) for w in re.findall(r"[a-z][a-z-]+", desc.replace("'s", " "))} - _STOP - WHOLE_FILLER
        if not words and not m:
            return []
        found = []
        for q in self.nearby(like, unit=like.unit):
            if q.id in exclude or q.id == like.id or q.per != like.per \
                    or not isinstance(q.value, float) or q.kind == "date":
                continue
            if at_least is not None and float(q.value) < at_least:
                continue
            roles = self.roles_of(q)
            if roles & {("proportion", "part"), ("proportion", "share")} or self.is_named_part(q):
                continue
            if ("change", "from") in roles and not m:
                continue  # "up from 880": the earlier level, not the whole of now
            if (m or self.is_dated(like)) and self.year_of(q) != target and not (
                    not m and not self.is_dated(q) and self.published and target and target >= self.published.year):
                continue  # another year's figure; an undated one stands for now, the base of a plan for later
            if q.unit == "count" and thing_of(like) and thing_of(q) \
                    and _canonical(thing_of(like)) != _canonical(thing_of(q)) \
                    and not self._states_measure(q, words) \
                    and not (thing_of(q) in ("people", "person") and thing_of(like) in _PERSONS) \
                    and not (thing_of(like) in _ANY_PERSONS and thing_of(q) in _PERSONS):
                continue  # another thing, unless it states the measure named ("employs 6,300 people": the workforce)
                # or the part names people of the whole plainly ("a third of the pupils, about 410 children")
            if m and self.before(q, 30).lower().replace("’", "'").rstrip().endswith(m.group(0)):
                found.append(q)  # "last year's 2.6 million tonnes" for "last year's harvest"
                continue
            near = set(self._said(q.sentence))
            if thing_of(q):
                near.add(_canonical(thing_of(q)))
            if all(_canonical(w) in near for w in words) and not self._counted_beside(q, words):
                found.append(q)
        # a candidate whose own noun is a word of the description names it more surely than one that only shares
        # its sentence ("38,450 ballots returned out of a roll of 47,350" for "of ballots returned")
        own = [q for q in found if thing_of(q) and _canonical(thing_of(q)) in {_canonical(w) for w in words}]
        return self._latest(own or found) or self._wholes_by_phrase(desc, like, exclude, at_least)

    def _counted_beside(self, q: Quantity, words: set[str]) -> bool:
        """A count in q's sentence counts what the description names, and q is no count of it: "the 3.1 lakh
        landholders farm 3.8 lakh hectares" names the landholders by 3.1 lakh, so "86% of landholders" is not
        of the hectares."""
        if q.unit == "count":
            return False
        named = {_canonical(w) for w in words}
        return any(x.unit == "count" and thing_of(x) and _canonical(thing_of(x)) in named
                   for x in self.in_sentence(q.sentence) if x.id != q.id)

    def _wholes_by_phrase(self, desc: str, like: Quantity, exclude: frozenset[str],
                          at_least: float | None) -> list[Quantity]:
        """The whole a description names in other words than its own, when none names it word for word: its
        words compared by family ("the co-op's suppliers" ~ "buys milk from 860 supplying farms", "the
        area sown" ~ "Sowing had reached 2.6 lakh hectares") or measure group, an owner written as a
        name or noun found in the candidate's sentence ("its", "their" are the subject's, left to the
        uniqueness below), a time ("this season", "last year's") kept as the candidate's year.

        One description word must stand in the candidate's own phrase (its noun, or the words back to the
        figure before it), so that another figure of the sentence is not taken; a yardstick ("against a
        normal area of ...") is no whole; exactly one value must be left, else none is."""
        target = self.year_of(like)
        m = re.search(r"\b(this|last|next|previous)\s+(year|season|month|quarter|week)(?:'s)?\b", desc)
        if m and self.published:
            noun = re.match(r"\s*([a-z]+)", desc[m.end():])
            target = self.said_year(m.group(1), noun.group(1) if noun and m.group(2) == "year" else None)
            desc = desc.replace(m.group(0), " ")
        owner = re.search(r"([a-z][a-z-]*)(?:'s|s')(?=\s|$)", desc)
        desc = desc.replace("'s", " ").replace("s' ", "s ")
        owned = family(owner.group(1)) if owner and owner.group(1) not in _STOP else None
        words = {w for w in re.findall(r"[a-z][a-z-]+", desc) if w not in _STOP and w not in WHOLE_FILLER}
        words -= {owner.group(1)} if owner else set()
        if not words or len(words) > 3:
            return []
        names = [{family(w), _canonical(_singular(w))} for w in words]
        found = []
        for q in self.nearby(like, 30, unit=like.unit):
            if q.id in exclude or q.id == like.id or q.per != like.per or not isinstance(q.value, float) \
                    or q.kind == "date" or at_least is not None and float(q.value) < at_least:
                continue
            roles = self.roles_of(q)
            if roles & {("proportion", "part"), ("proportion", "share"), ("change", "from"), ("change", "by"),
                        ("range", "low"), ("range", "high")} or self.is_named_part(q) \
                    or q.qualifier in ("lower", "upper"):
                continue
            if q.unit == "count" and thing_of(like) and thing_of(q) \
                    and _canonical(thing_of(like)) != _canonical(thing_of(q)):
                continue
            if (m or self.is_dated(like)) and self.year_of(q) != target:
                continue  # another year's figure; an undated part is of the time its whole is given for
            phrase = [w for w in self.phrase_words(q, before=8, after=3) if w] + (q.noun or "").lower().split()
            if BENCHMARK_WORDS & set(phrase) - words:
                continue  # "against a normal area of 81,000 hectares": a yardstick, not the whole
            said = self._families(q.sentence)
            if owned is not None and owned not in said:
                continue
            mine = {family(w) for w in phrase} | {_canonical(_singular(w)) for w in phrase}
            if all(n & said for n in names) and any(n & mine for n in names):
                found.append(q)
        return found if len({float(q.value) for q in found}) == 1 else []

    def _families(self, index: int) -> frozenset[str]:
        """The words of sentence ``index`` by family and by measure group."""
        cache = self.extraction.memo.setdefault("families_by_sentence", {})
        if index not in cache:
            words = re.findall(r"[A-Za-z][A-Za-z-]+", self.sentence_text(index))
            cache[index] = frozenset({family(w) for w in words} | {_canonical(_singular(w.lower())) for w in words})
        return cache[index]

    def _said(self, index: int) -> frozenset[str]:
        """The words of sentence ``index``, singular and by measure group: read once, asked of every
        candidate whole in it."""
        cache = self.extraction.memo.setdefault("measure_words_by_sentence", {})
        if index not in cache:
            cache[index] = frozenset(_canonical(_singular(w.lower()))
                                     for w in re.findall(r"[A-Za-z][A-Za-z-]+", self.sentence_text(index)))
        return cache[index]

    def is_dated(self, q: Quantity) -> bool:
        """q's sentence names a date of its own, or its clause the year before ("in the previous financial year")."""
        return any(d.kind == "date" and d.resolved for d in self.in_sentence(q.sentence)) \
            or bool(self.published and _PREVIOUS_YEAR.search(" ".join(self._clause_words(q))))

    def _latest(self, found: list[Quantity]) -> list[Quantity]:
        """Of candidates stated for different years, those of the latest: a figure given without a date
        of its own is of the present ("of the cases still open" are this year's cases, not last year's)."""
        years = {self.year_of(q) for q in found} - {None}
        if len(years) < 2:
            return found
        return [q for q in found if self.year_of(q) == max(years)]

    def wholes_before(self, part: Quantity, *, words: frozenset[str] = frozenset(), back: int = 3,
                      present: bool = False) -> list[Quantity]:
        """The whole a pointing phrase refers back to ("9,700 of them", "Of the cases still open,
        2,150"): the counts larger than the part in the nearest earlier sentence that holds any, stated
        for the part's year (this year's, when ``present``: "still open"); with ``words`` (the phrase's
        nouns), a count of another thing is passed over."""
        year = self.year_of(part) if self.is_dated(part) or present else None
        groups = {_canonical(_singular(w)) for w in words}
        found = []
        for index in range(part.sentence - 1, max(-1, part.sentence - 1 - back), -1):
            for q in self.in_sentence(index):
                if q.kind != "count" or not isinstance(q.value, float) or float(q.value) <= float(part.value):
                    continue
                roles = self.roles_of(q)
                if roles & {("proportion", "part"), ("change", "from"), ("change", "by")} or self.is_named_part(q):
                    continue
                thing = thing_of(q)
                if groups and thing and _canonical(thing) not in groups:
                    continue
                said = self._said(index)
                if groups and not thing and not groups & said:
                    continue
                if year is None or self.year_of(q) == year:
                    found.append(q)
        found = self._latest(found)
        nearest = max((q.sentence for q in found), default=None)
        return [q for q in found if q.sentence == nearest]

    def nearest_named(self, q: Quantity, candidates: list[Quantity], words: frozenset[str] = frozenset(), *,
                      back: int = 3) -> list[Quantity]:
        """The candidates an unmarked noun phrase at q names, as a reader resolves "the crop", "each store" or
        "every hectare burned": those whose sentence says the phrase's describing ``words`` (word families:
        "burned" names "hectares have burned", "with additional needs" the children "with special needs", said near the count), else
        those of the nearest sentence before q (in q's sentence before it, then up to ``back`` sentences back in
        its paragraph or the one before). Several values among them leave the phrase unresolved: the caller
        stays silent."""
        before = [o for o in candidates if o.span[0] < q.span[0]]
        if words:
            stems = {family(w) for w in words}
            said = [o for o in before if stems & {family(w) for w in self._phrase_of(o) if w not in _STOP}]
            if said:
                return said
        for index in range(q.sentence, max(-1, q.sentence - 1 - back), -1):
            if self.paragraph(index) < self.paragraph(q) - 1:
                break
            here = [o for o in before if o.sentence == index]
            if here:
                return here
        return []

    def _phrase_of(self, q: Quantity) -> list[str]:
        """The words of q's own phrase: a few before it, and after it up to a joining word ("58,000 acres have
        flooded"; not "... to 7,300 acres and is still spreading", said of something else)."""
        before, after = self.words_near(q, 4, 4)
        for n, w in enumerate(after):
            if w in ("and", "but", "while", "whereas", "which", "where"):
                return before + after[:n]
        return before + after

    # -- the noun a bare count borrows ------------------------------------------------------------------
    def implied_noun(self, q: Quantity) -> str | None:
        """The thing a bare count of "one of <N>" counts, named just before it: "the province, one of
        seven that voted" and "the county is one of 14 to adopt it" count provinces and counties (singular, lower-case). None when
        q names its own thing or stands in no such phrase ("one of five bidders" names bidders)."""
        if q.kind != "count" or thing_of(q) is not None:
            return None
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        if k < 3 or [t.low for t in toks[k - 2:k]] != ["one", "of"]:
            return None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and nxt.low not in ("that", "which", "who", "to", "in", "on", "at",
                                                               "across", "this", "last", "so"):
            return None  # "one of seven coastal provinces": the noun follows, and is the extractor's to name
        j = k - 3
        if toks[j].text == "," or toks[j].low in ("is", "was", "are", "were", "remains", "became"):
            j -= 1
        t = toks[j] if j >= 0 else None
        if t is None or not t.is_word or not t.text.islower() or t.low in _STOP:
            return None
        return _singular(t.low)


    # -- dates of plans, of the previous time, and of named events -------------------------------------
    def planned_dates(self) -> list[Quantity]:
        """Dates the text marks as a plan or deadline ("was first scheduled to open in 2019",
        "scheduled for 2019", "the 2020 deadline"), with their year written, in text order."""
        out = []
        for q in self._year_dates():
            words = self.phrase_words(q)
            if plan_words(words) or {"deadline", "schedule", "target", "originally"} & set(words):
                out.append(q)
        return out

    def previous_occurrences(self) -> list[Quantity]:
        """Dates the text gives as the last time something happened, a wait's start: "was last flooded in
        2007", "the first ... to score a century since Okoro's 112 in May 2006", "the strongest wind since
        Storm Ardal hit in January 2005", "for the first time since 1998"."""
        out = []
        for q in self._year_dates():
            toks = self.tokens(q.sentence)
            k = self.token_index(q)
            back = [t.low for t in toks[max(0, k - 14):k] if t.q is None]
            if ";" in back:
                back = back[len(back) - back[::-1].index(";"):]
            near = [w for w in back[-6:] if w.isalpha()]
            if {"last", "previous", "previously"} & set(near) and near[-1:] in (["in"], ["on"]) or near[-1:] == ["last"]:
                out.append(q)  # "was last flooded in 2007", "last in 1998", "their previous title came in 2014"
                continue
            if "since" not in back:
                continue
            before_since = [t.low for t in toks[:k]]
            cut = len(before_since) - before_since[::-1].index("since") - 1
            if any(t.q is not None and t.q.kind == "date" for t in toks[cut:k]):
                continue  # "since 2006, when this year's players were unborn": the date after "since" is the one
            said, since = before_since[:cut], set(before_since[cut:])
            if since & _BEGAN or event_kinds(sorted(since)) & {"founding", "opening", "launch", "birth"}:
                continue  # "the busiest since the line began in 1987": a beginning, not the last time
            if "first" in said or "record" in said or any(_SUPERLATIVE.fullmatch(w) for w in said[-12:]):
                out.append(q)
        return out

    def dates_naming(self, name: str) -> list[Quantity]:
        """Dates (year written) whose own phrase names ``name`` ("since Storm Ardal hit in January 2005"
        for "Ardal")."""
        low = name.lower()
        return [q for q in self._year_dates() if low in self.phrase_words(q, before=6)]

    def fronted_kinds(self, q: Quantity) -> set[str]:
        """The event kinds of q's whole sentence when q is its opening time ("In May 1960, at 24, she
        took a loan and opened a bakery": an opening), and q the sentence's only written year."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        if k > 2 or any(t.is_word and t.low not in ("in", "on", "by", "early", "late") for t in toks[:k]):
            return set()
        if sum(1 for d in self.in_sentence(q.sentence) if d.kind == "date" and re.search(r"\d{4}", d.text)) != 1:
            return set()
        return event_kinds([t.low for t in toks if t.is_word])

    def _year_dates(self) -> list[Quantity]:
        return [q for q in self.quantities if q.kind == "date" and q.resolved and writes_year(q)
                and "ago" not in q.text.lower()]

    def acronym_of(self, q: Quantity) -> str | None:
        """The short name the text gives q's thing in brackets just after it, lower case and singular:
        "7.3 million standard boxes (TEUs)" -> "teu", "2,700 megawatts (MW)" -> "mw"; so
        that a later "190,000 TEUs" counts the same thing."""
        m = re.match(r"\s*\(([A-Z][A-Z0-9]{1,7})(s?)\)", self.after(q, 20))
        return m.group(1).lower() if m else None

    def _states_measure(self, q: Quantity, words: set[str]) -> bool:
        """q's context makes it a measure one of ``words`` names, other than its own thing: "employs 6,300
        people" is the workforce (not "42 buses", whose own thing is of the fleet group)."""
        key = self.measure_key(q)
        thing = thing_of(q)
        return key is not None and key != (_canonical(thing) if thing else None) \
            and key in {_canonical(w) for w in words}

    # -- a whole a sentence opens on ---------------------------------------------------------------------
    def opening_whole(self, index: int) -> Quantity | None:
        """The figure sentence ``index`` opens on as a whole it then shares out: "Of the 315 apprentices in the
        intake, 287 qualified ...", "Out of its 1,200 staff, ...", "Among the 64 clubs, ..." (the later
        figures of the sentence are parts of it, not wholes of their own); None otherwise."""
        qs = self.in_sentence(index)
        if not qs:
            return None
        first = qs[0]
        lead = self.text[self.sentences[index][0]:first.span[0]]
        if not _OPENS_ON_WHOLE.match(lead) or not isinstance(first.value, float):
            return None
        return first

    def is_aim(self, q: Quantity) -> bool:
        """q is what was aimed at, budgeted or forecast, not what is: "its target of 26,900", "budgets for
        1,300 officers", "a cap of 40 hours"; or a figure joined by a hyphen to what it counts that sizes an
        aim: "the 2,460-home target", "a 4,000-tree planting goal" (the noun after it names what the figure
        is: a target, not the homes built)."""
        if set(self.words_before(q, 3)) & _AIM_WORDS:
            return True
        return bool(re.search(r"\d-[a-z]+$", q.text)) and bool(set(self.words_after(q, 2)) & _AIM_NOUNS)

    # -- paragraphs counted as a reader sees them ------------------------------------------------------------
    def block(self, ref: Quantity | int) -> int:
        """The paragraph a quantity or sentence stands in, counting only lines with text: two paragraphs set
        apart by a blank line are neighbours (1 apart), as two on consecutive lines are; ``paragraph``
        counts every line, so its neighbours may be 2 apart."""
        if "blocks" not in self.extraction.memo:
            starts, n = [], -1
            for line, start in enumerate(self._line_starts):
                end = self._line_starts[line + 1] if line + 1 < len(self._line_starts) else len(self.text)
                if self.text[start:end].strip():
                    n += 1
                starts.append(max(n, 0))
            self.extraction.memo["blocks"] = starts
        return self.extraction.memo["blocks"][self.paragraph(ref)]

    # -- the measure a clause names, at any distance before its figure -------------------------------------
    def clause_measures(self, q: Quantity, back: int = 10) -> frozenset[str]:
        """The measures (each as its vocab.MEASURE_GROUPS word) that q's own clause names: its thing
        (``measure_key``) and any word of a measure group among the ``back`` words before it, back to
        the previous figure or a clause break, verbs included ("the number of mobile users on the network
        stood at 7.63 million": customers; "the pit is expected to produce about 142,000 tonnes a year":
        output). Empty when the clause names no measure of a group."""
        out: set[str] = set()
        key = self.measure_key(q)
        if key is not None and any(key in g for g in MEASURE_GROUPS):
            out.add(key)
        toks = self.tokens(q.sentence)
        seen = 0
        for t in reversed(toks[:self.token_index(q)]):
            if t.q is not None or t.text in (";", ":", "(", ")", '"', "“", "”") or seen >= back:
                break
            if t.is_word:
                seen += 1
                word = _group_word(t.low)
                if word is not None:
                    out.add(word)
        return frozenset(out)

    def counts_named(self, noun: str) -> list[Quantity]:
        """The counts a collection noun names as "<noun> of N": "a waiting list of 38,440 people", "a fleet of
        23 vessels", "a workforce of 2,860" for ``noun`` "list", "fleet", "workforce" (levels of their own: not
        a start or size of a change), in text order."""
        noun = _singular(noun.lower())
        found = []
        for q in self.quantities:
            if q.kind != "count" or not isinstance(q.value, float):
                continue
            before = self.words_before(q, 2, clause=False)
            if len(before) == 2 and before[1] == "of" and _singular(before[0]) == noun \
                    and not self.roles_of(q) & {("change", "from"), ("change", "by")}:
                found.append(q)
        return found

    def complement_of(self, part: Quantity) -> Quantity | None:
        """The rest a sentence states beside a part, which makes the whole together with it: "repaid $2m, about
        a third of the debt, leaving $4m unpaid"; "locals bought 300, half the total, and visitors the remaining
        300"; "sold 40 of the plots, with 25 still on the market"; "a fifth went to charity, the rest, £8,000,
        to the family"; "handed back 12, a quarter of them, while 36 remain". It comes after the part, in its
        unit, and the sentence gives no third figure of that unit (after a list of parts a rest is what the
        list leaves, not what this one part leaves). None when the sentence states no rest."""
        if part.kind not in ("count", "money", "measure") or not isinstance(part.value, float):
            return None
        like = [o for o in self.in_sentence(part.sentence) if o.id != part.id and o.kind == part.kind
                and o.unit == part.unit and o.per == part.per and isinstance(o.value, float)]
        if len(like) != 1 or like[0].span[0] < part.span[1]:
            return None
        rest = like[0]
        if set(self.words_before(part, 2)) & {"another", "further", "other", "remaining"}:
            return None  # "another 22 pupils ..., while the remaining 20": the rest of several parts
        before = self.text[max(self.sentences[rest.sentence][0], rest.span[0] - 40):rest.span[0]]
        after = self.text[rest.span[1]:rest.span[1] + 30]
        if rest.noun and len(rest.text.split()) > 1:
            after = " " + rest.text.split()[-1] + after  # "36 remain": the extractor read the verb as the noun
        if _REST_BEFORE.search(before):
            return rest
        if _REST_AFTER.match(after) and (_REST_LINK.search(before) or _REST_VERB_AFTER.match(after)):
            return rest
        return None

    # -- a definite noun pointing back to a figure stated before -----------------------------------------
    def pointer_noun(self, index: int, end: int) -> tuple[str, ...] | None:
        """The definite noun phrase that opens the clause ending at token ``end`` of sentence ``index`` and
        points back to a figure stated before: "The budget, which takes effect in July, is funded from ...",
        "told members the shortfall had been driven by ...", "Its members are spread across ...": its plain
        words, the head last (determiner and owner dropped, lower case, singular); None when there is none
        or another figure stands between it and ``end``."""
        toks = self.tokens(index)
        for k in range(end - 1, -1, -1):
            t = toks[k]
            if t.q is not None and t.q.kind not in ("date", "duration") and not (t.q.kind == "count" and t.q.unit == "count"
                                                                and thing_of(t.q) and float(t.q.value) <= 12):
                return None  # a figure of its own between ("four sources" only counts the parts)
            if t.low not in _POINTERS or k + 1 >= len(toks):
                continue
            words = []
            for u in toks[k + 1:k + 5]:
                if not u.is_word or u.q is not None:
                    break
                low = u.low.replace("’", "'")
                if low.endswith("'s"):
                    words = []  # "the co-op's members": the owner is not the thing
                    continue
                if low in _STOP or not u.text.islower():
                    break
                words.append(_singular(low))
            if words and len(words[-1]) > 2 and words[-1] not in _NOT_POINTED:
                return tuple(words)
        return None

    def figures_pointed(self, words: tuple[str, ...], like: Quantity) -> list[Quantity]:
        """The figures stated before like's sentence, of its kind and unit, that a noun phrase pointing back
        (``pointer_noun``) names: its head (or a word of the head's measure group) is the figure's thing, or
        stands in the figure's own phrase, up to three words after it ("a $352.4 million operating budget") or
        as "<head> of" before it ("a gap of £18.7m"); "members" name a body's size ("the 5,400-strong
        society"). The phrase's other words stand in the figure's sentence."""
        for j in range(len(words) - 1, -1, -1):  # the head is the last word that names a figure ("the
            found = self._figures_named(words[j], words[:j], like)  # shortfall comes from": not "come")
            if found:
                return found
        return []

    def _figures_named(self, head: str, others: tuple[str, ...], like: Quantity) -> list[Quantity]:
        head = _canonical(head)
        found = []
        for q in self.quantities:
            if q.sentence >= like.sentence:
                break
            if q.kind != like.kind or q.unit != like.unit or q.per != like.per or not isinstance(q.value, float):
                continue
            own = {_canonical(w) for w in (thing_of(q), self.acronym_of(q)) if w}
            after = [w for w in self.words_after(q, 3) if w.isalpha()]
            named = head in own or head in {_canonical(_singular(w)) for w in after} or self._heads(q, head) \
                or head == "member" and q.text.endswith("-strong")
            if named and all(_canonical(w) in self._said(q.sentence) for w in others):
                found.append(q)
        return found

    def _heads(self, q: Quantity, head: str) -> bool:
        """``head`` names q from before it, joined by linking words only: "a gap of £18.7m", "the final cost was
        £5.2m", "the budget stood at $40m"."""
        before = self.words_before(q, 5)
        for k in range(len(before) - 1, -1, -1):
            if _canonical(_singular(before[k])) == head:
                return k < len(before) - 1
            if before[k] not in _LINKING:
                return False
        return False

    # -- whose a figure is: the words that name its holder ---------------------------------------------------
    def holder_words(self, q: Quantity) -> frozenset[str]:
        """The word families that say whose q is, so that a noun phrase elsewhere ("coal", "the United States",
        "postal voting") can name it: the words of its clause before it, back to a figure, a clause break or at
        most eight words ("Coal-fired plants generated 9,860 GWh"; "... and gas turbines 1,210 GWh"; "followed by
        the United States with 74,250"; "bakeries, delis and grocers on $187 million"), the modifiers of its
        own noun ("14,206 postal votes") and a name after it by a preposition ("74,250 arrivals from Peru")."""
        memo = self.extraction.memo.setdefault("holder_words", {})
        if q.id in memo:
            return memo[q.id]
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        words = self._holder_before(toks, k)
        if not phrase_families(words):  # "won 5,100 votes in May and 4,800 in the recount": the holder by ellipsis
            earlier = [t.q for t in toks[max(0, k - 20):k] if t.q is not None and t.q.kind == q.kind and t.q.unit == q.unit]
            words = self._holder_before(toks, self.token_index(earlier[-1])) if earlier else words
        words += (q.noun or "").lower().split()[:-1]
        j = k + 1
        if j + 1 < len(toks) and toks[j].low in ("from", "in", "at", "for"):
            for t in toks[j + 1:j + 5]:
                if not t.is_word or t.low not in ("the", "of") and not t.text[:1].isupper():
                    break
                words.append(t.low)
        memo[q.id] = frozenset(phrase_families(words))
        return memo[q.id]

    @staticmethod
    def _holder_before(toks: list[Token], k: int) -> list[str]:
        """The words of the clause before token k, back to a figure, a clause break or eight words."""
        words: list[str] = []
        for j in range(k - 1, max(-1, k - 14), -1):
            t = toks[j]
            if t.q is not None or t.text in _HOLDER_BREAKS or t.low in _HOLDER_STOPS or len(words) >= 8:
                break
            if t.is_word:
                words.append(t.low)
        return words

    def figures_held(self, words, like: Quantity, *, exclude: frozenset[str] = frozenset(),
                     skip: Quantity | None = None) -> list[Quantity]:
        """The figures of like's unit that a noun phrase (its words) names as their holder: those whose
        ``holder_words`` share the most of the phrase's families (at least one), leaving out the families in
        ``exclude`` (the measure's own noun, which every figure of it shares) and the figure ``skip``. The
        caller stays silent unless they hold one value."""
        owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), default=-1)
        wanted = phrase_families(words[owner + 1:]) - exclude  # "Merrow's deputy" names the deputy, not Merrow
        if not wanted:
            return []
        best, found = 0, []
        for q in self.quantities:
            if q is skip or q.kind in ("date", "rank") or not self.same_unit(q, like):
                continue
            score = len(wanted & self.holder_words(q))
            if score and score >= best:
                found = ([] if score > best else found) + [q]
                best = score
        return found

    def listed_before(self, q: Quantity) -> list[Quantity]:
        """The figures of q's unit and kind that q closes a list with in its clause: "paid $40m in fines and $90m
        in back taxes" gives [$40m] for $90m. A share after such a list ("..., about 3% of revenue") may be of
        their sum. The last item joined by "and" (a comma alone sets the share after its own item), only words
        between (no clause break, no other figure), at most 12 words."""
        toks = self.tokens(q.sentence)
        k = self.token_index(q)
        found, words, joined = [], 0, False
        for t in reversed(toks[:k]):
            if t.q is not None:
                if t.q.unit == q.unit and t.q.kind == q.kind and t.q.per == q.per and joined:
                    found.append(t.q)
                    joined, words = False, 0
                    continue
                if t.q.kind in ("date", "duration"):
                    continue
                break
            if t.text in (";", ":") or t.low in ("while", "but", "whereas", "although", "though", "from", "than",
                                                 "of", "to", "between") or words > 12:
                break
            if t.text == "," and not joined:
                break  # "12,600 homes, cottages for 8,100, one in six": the share follows its own item
            if t.low == "and":
                joined = True
            if t.is_word:
                words += 1
        return found


@lru_cache(maxsize=None)
def _group_word(word: str) -> str | None:
    """The measure-group word of a word or of its plural or verb form ("subscribers" -> the customers'
    group, "produce"/"produces"/"producing" -> "produced" of the output group), else None."""
    bases = {word, _singular(word)}
    if word.endswith("s"):
        bases.add(word[:-1])  # "produces" -> "produce"
    forms = set(bases) | {b + "d" for b in bases} | {b + "ed" for b in bases}
    if word.endswith("ing"):
        forms.add(word[:-3] + "ed")  # "producing" -> "produced", "shipping" -> "shipped"
    for group in MEASURE_GROUPS:
        if forms & group:
            return min(group)
    return None


# Kinds of people a count of "people" may be the whole of ("86,420 people ... the biggest crowd" and "a quarter of
# the crowd, or 31,600 visitors").
_PERSONS = frozenset("""visitor resident patient voter worker employee student pupil passenger fan spectator runner
customer member child adult tourist citizen attendee participant competitor guest traveller traveler rider
inhabitant woman man girl boy""".split())
# A clause told of the year before the one reported: "in the previous financial year", "a year earlier".
_PREVIOUS_YEAR = re.compile(r"\b(?:(?:the\s+)?(?:previous|prior|preceding)\s+(?:financial\s+|fiscal\s+|school\s+|academic\s+)?"
                            r"year|a\s+year\s+(?:earlier|before))\b")
_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been", "being"})
# Whose a figure is by the name before it (Article.name_before): verbs of saying and clause breaks end the search.
_SAYING_VERBS = frozenset("said says say told tells added adds explained explains noted notes according argued".split())
_NAME_BREAKS = frozenset("while whereas but although though whilst".split())
_NAME_STOPS = frozenset("the a an in on at by for of with from this that these those it its their his her".split())
# Nouns for people of any group: a part so named may be of a whole of pupils, patients or residents.
_ANY_PERSONS = frozenset({"person", "people", "child", "kid", "youngster", "individual"})
_OPENS_ON_WHOLE = re.compile(r"^\W*(?:of|out\s+of|among|from)\s+(?:the|its|their|his|her|this|that|these|those)?\s*"
                             r"(?:[A-Za-z][\w-]*['’]s?\s+)?"  # "Of the utility's 380,000 customers"
                             r"(?:(?:total|overall|combined|full|entire)\s+(?:of\s+)?)?$", re.I)


@dataclass(frozen=True)
class DatedEvent:
    """A dated event of the article: its date, its kinds ("founding", "birth"...), and whether planned."""

    date: Quantity
    kinds: frozenset[str]
    sentence: int
    planned: bool = False


# What dates an event of each kind, as words or phrases of the date's own phrase. Phrases are read
# first and take their words with them ("set up" is a founding, "left Earth" a launch).
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "birth": ("born", "birth"),
    "death": ("died", "dies", "death"),
    "founding": ("founded", "founding", "established", "set up", "incorporated", "co-founded", "cofounded",
                 "first held", "first staged", "created", "formed", "registered", "chartered"),  # the last four yield to any other kind
    "opening": ("opened", "opening", "inaugurated", "opens", "thrown open", "threw open"),
    "launch": ("launched", "launch", "lifted off", "liftoff", "lift-off", "left earth", "blasted off",
               "took off", "blast-off", "into orbit", "reached orbit"),
    "record": ("record", "set", "mark", "broke", "broken"),
    "win": ("won", "win", "wins", "title", "titles", "triumph", "victory", "victories", "crowned", "topped", "champions",
            "champion", "premiership", "pennant"),
    "appointment": ("appointed", "took over", "joined", "elected", "hired", "named", "succeeded", "sworn"),
    "departure": ("stepped down", "retired", "resigned", "quit", "ousted"),
    "completion": ("completed", "built", "constructed", "commissioned"),
    "marriage": ("married", "wed"),
    "merger": ("merged", "merger", "amalgamated", "amalgamation"),
    # the start of building work: "work began in October 2019", "ground was broken in 2018"
    "groundbreaking": ("broke ground", "ground was broken", "ground broken", "breaking ground", "groundbreaking",
                       "work began", "work started", "works began", "works started", "construction began",
                       "construction started", "construction work began", "building work began",
                       "began construction", "started construction", "began work", "started work"),
}
_SUPERLATIVE = re.compile(r"(?!(?:inter|for|gu|requ|t|prot|harv|sugg|inv|arr|cont|hon|mod|qu|r|ch|n|dig|manif|conqu|inqu|"
                         r"p|v|cr|pri|midw|northw|southw|w|int|att|l|z)est$)(?:[a-z]{2,}est|most|worst|best)")
_BEGAN = frozenset("began begun begin started start starting records existence".split())
_PLANNED = frozenset("will would due plans planned plan expected scheduled aims hopes intends".split())
# Verbs after which "plan" is a noun, the subject of a fact: "the plan was launched in 2021".
_PLAN_NOUN_VERBS = frozenset("was were is has had came took".split())


def plan_words(words: list[str]) -> set[str]:
    """The words of a phrase that mark its date as a plan; "plan" or "plans" followed by a verb of its own is
    the noun, the subject of a fact ("the delivery plan was launched in 2021"), not an intention ("plans
    to open in 2027")."""
    out = set()
    for k, w in enumerate(words):
        if w in ("plan", "plans") and k + 1 < len(words) and words[k + 1] in _PLAN_NOUN_VERBS:
            continue
        if w in _PLANNED:
            out.add(w)
    return out


_YEAR_WRITTEN = re.compile(r"\d{4}|\b(?:last|this)\s+year\b", re.I)


def writes_year(q: Quantity) -> bool:
    """Whether a date says its year: written out ("May 2019") or counted from publication ("in April last
    year", "this year"); "in May that year" and a bare "May" leave the year to be guessed."""
    return bool(_YEAR_WRITTEN.search(q.text))


def event_kinds(words: list[str]) -> set[str]:
    """The event kinds a phrase names ("was founded in" -> {"founding"})."""
    text = " " + " ".join(w for w in words if w) + " "
    kinds: set[str] = set()
    for kind, phrases in _EVENT_PHRASES.items():
        for cue in phrases:
            if f" {cue} " in text:
                kinds.add(kind)
                text = text.replace(f" {cue} ", " ")
    tokens = set(text.split())
    for kind, cues in _EVENT_CUE_WORDS.items():
        if tokens & cues:
            kinds.add(kind)
    if tokens & _WORKS and tokens & _BEGAN_VERBS:  # "work on the tunnel began", "construction of the wing started"
        kinds.add("groundbreaking")
    if "founding" in kinds and len(kinds) > 1 and not tokens & _STRONG_FOUNDING \
            and not any(" " in c and f" {c} " in f" {' '.join(w for w in words if w)} " for c in EVENT_KINDS["founding"]):
        kinds.discard("founding")  # "formed in 2008 through the union of": a merger, told with a weak verb
    return kinds


_WEAK_FOUNDING = frozenset({"created", "formed", "registered", "chartered"})
# EVENT_KINDS split once for event_kinds, which reads every dated phrase: its cues of several words, longest
# first, and its one-word cues as sets.
_EVENT_PHRASES = {kind: tuple(c for c in sorted(cues, key=len, reverse=True) if " " in c)
                  for kind, cues in EVENT_KINDS.items()}
_EVENT_CUE_WORDS = {kind: frozenset(c for c in cues if " " not in c) for kind, cues in EVENT_KINDS.items()}
_STRONG_FOUNDING = frozenset(EVENT_KINDS["founding"]) - _WEAK_FOUNDING


_WORKS = frozenset("work works construction building".split())
_BEGAN_VERBS = frozenset("began begun started".split())


# Prepositions before a capitalised run that make it a place or a body: "on Quaystone Lane", "in the Guards".
_PLACE_PREPOSITIONS = frozenset("in on at to from into near of for with across outside inside around".split())
_NOT_NAMES = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mr mrs ms miss mx dr prof sir dame lord lady rev fr i""".split())


def _is_name(t: Token) -> bool:
    """Whether token t can be a word of a name (capitalised, not a month, day or title, not in capitals)."""
    return t.is_word and t.text[:1].isupper() and t.low.rstrip(".") not in _NOT_NAMES \
        and not (t.text.isupper() and len(t.text) > 1)


def thing_of(q: Quantity) -> str | None:
    """The head noun of what q counts or measures: 'satellite' for '27 Kuiper satellites', 'team' for
    'the 12-team table'; for money and measures, None unless the extractor named a noun."""
    if q.noun:
        return _singular(q.noun.split()[-1].lower())
    m = re.search(r"-(?P<n>[a-z]{3,})$", q.text)  # "12-team", "54-seat", "30-member"
    if m and q.kind in ("count", "measure"):
        return _singular(m.group("n"))
    return None


@lru_cache(maxsize=None)
def family(word: str) -> str:
    """The stem ``word`` shares with the other words of its family (vocab.FAMILY_ENDINGS): "suppliers" and
    "supplying" are "suppli", "sown" and "sowing" "sow", "timetable" and "timetabled" "timetabl",
    "attendances" and "attended" "attend", "applicant" and "applied" "appli"."""
    low = _singular(word.lower().replace("’", "'").removesuffix("'s").removesuffix("'"))
    if low in FAMILY_FORMS:
        return FAMILY_FORMS[low]
    for ending, stem in FAMILY_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) + len(stem) >= 3:
            low = low[:-len(ending)] + stem
            break
    if len(low) > 3 and low[-1] == low[-2] and low[-1] not in "aeiou":
        low = low[:-1]  # "planned", "shipped"
    if len(low) > 3 and low[-1] in "ey":
        low = low[:-1] + ("i" if low[-1] == "y" else "")  # "supply" is "suppli", "timetable" "timetabl"
    return low


@lru_cache(maxsize=None)
def _canonical(word: str) -> str:
    """The first word of word's measure group (vocab.MEASURE_GROUPS), else the word itself."""
    for group in MEASURE_GROUPS:
        if word in group:
            return min(group)
    return word


# A figure that is what is left of a whole after a part (Article.complement_of): "the remaining 300", "the rest,
# 1,200", "leaving $4m", "leaving a balance of $4m"; or one said to be left after it: "with 25 still unsold",
# "while 36 remain".
_REST_BEFORE = re.compile(r"(?:\bthe\s+(?:remaining|other|outstanding)|\b(?:the\s+)?(?:rest|remainder|balance)\s*,?"
                          r"(?:\s+of\s+(?:it|them|the\s+\w+)\s*,?)?|\bleaving(?:\s+(?:a|an|the)\s+(?:balance|rest|"
                          r"remainder|shortfall|deficit)\s+of)?)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|"
                          r"another|a\s+further|over|under|more\s+than|less\s+than)\s+)*$", re.I)
_REST_LINK = re.compile(r"\b(?:with|while|and|leaving)\s+(?:(?:about|around|roughly|some|nearly|almost|just|only|"
                        r"another|a\s+further)\s+)*$", re.I)
_REST_AFTER = re.compile(r"\s*(?:(?:still|yet)\s+)?(?:(?:are|were|is|was)\s+)?(?:left|remaining|remain|remains|"
                         r"remained|outstanding|unpaid|unsold|unspent|unclaimed|to\s+go|to\s+be\s+\w+ed|on\s+the\s+market)"
                         r"(?=\s*(?:[,.;:)\u2014\u2013]|$|\s(?:to|in|on|at|for|by|after|until|and|but|while|as)\b))", re.I)
_REST_VERB_AFTER = re.compile(r"\s*(?:(?:still|yet)\s+)?(?:remain|remains|remained|(?:are|were|is|was)\s+(?:still\s+)?"
                              r"(?:left|outstanding|unpaid|unsold))\b", re.I)

# Determiners of a noun that points back to a figure stated before (Article.pointer_noun), and heads that
# point at no one figure ("the rest", "the remaining", "the other").
_POINTERS = frozenset("the its their this that these those".split())
_LINKING = frozenset("of at a an the is was were are be been will would stood stands stand came comes come to "
                     "totalled totaled totals reached put set".split())
_NOT_POINTED = frozenset("""rest remainder remaining other others same total number figure amount sum level share
majority most latest first last previous year month week day time""".split())

# Words before a figure that make it an aim, not a fact: see Article.is_aim.
_AIM_WORDS = frozenset("""target targets goal goals aim ambition forecast forecasts projection quota cap limit budget
budgets budgeted authorised authorized planned pledged promised""".split())
# The nouns among them, which a figure joined to its thing by a hyphen may size: "a 2,460-home target".
_AIM_NOUNS = frozenset("target targets goal goals aim ambition forecast projection quota cap limit budget pledge".split())
_EMPLOYS = frozenset("employs employed employing employ".split())
# Verbs that carry a body to a new level after things were added or taken away: "taking our network to 2,140".
_CARRYING = frozenset("""taking take takes took bringing bring brings brought lifting lifted lifts raising raised raises
pushing pushed boosting boosted swelling swelled reducing reduced cutting trimming trimmed lowering lowered""".split())
_TALLY_OR_BODY = COLLECTIONS | TALLY_WORDS
_OWNERS = frozenset("the its their our his her your this that".split())
_COMMON_START = frozenset("but and yet so some most many few all both one two three four five".split())


# Where the words naming a figure's holder stop, going back from it (Article.holder_words).
_HOLDER_BREAKS = frozenset({";", ":", ",", "(", ")", "\u2014", "\u2013"})
_HOLDER_STOPS = frozenset("""which who whom whose that while but whereas although though when where after before
than as against compared versus of by to from""".split())
_PHRASE_SKIP = frozenset("those them these that this one ones figure figures total number amount level".split())


def phrase_families(words) -> set[str]:
    """The families of a phrase's content words, a hyphened word split in its parts ("Coal-fired" gives coal
    and fire)."""
    out = set()
    for w in words:
        for part in w.lower().replace("’", "'").removesuffix("'s").removesuffix("'").split("-"):
            if len(part) >= 3 and part not in _STOP and part not in _PHRASE_SKIP and part.isalpha():
                out.add(family(part))
    return out


def _singular(word: str) -> str:
    """The English singular the extractor gives counted nouns ('matches' -> 'match', 'people' -> 'person')."""
    return singular(word) if word.islower() else singular(word).lower() if len(word) > 1 else word


def article_of(extraction) -> Article:
    """The article model of an extraction, built once."""
    memo = extraction.memo
    if "article" not in memo:
        memo["article"] = Article(extraction)
    return memo["article"]
