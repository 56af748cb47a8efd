"""Spans, ages and 'N years ago' against an event dated in another sentence or paragraph."""

from __future__ import annotations

from ..article import _STOP, Article, DatedEvent, event_kinds, writes_year
from ..models import Quantity
from ..patterns import re
from . import claim, reader

# Nouns of a span that runs from the last event of its kind: "ending a 21-year drought".
_WAIT_NOUNS = frozenset("drought wait absence hiatus gap exile famine".split())
# Verbs of a thing lasting since it was dated: "the record had stood for 16 years".
_STOOD = frozenset("stood stand stands lasted survived endured held".split())
# Verbs of a craft in service since its launch: "Vesta will have flown for nearly 11 years".
_FLOWN = frozenset("flown flying orbited orbiting operating operated".split())
# Nouns of a thing's span of life since it began: "the bridge's 63-year history", "ending a 41-year run".
_LIFETIMES = frozenset("history existence run lifetime lifespan life".split())
_BEGINNINGS = frozenset({"founding", "opening", "completion"})
# Common nouns that news writing uses in turn for one kind of thing ("the canal's history" ... "the waterway,
# which opened in"): a possessive owner of a history matches a beginning told of any word of its group.
_OWNER_GROUPS = tuple(frozenset(g.split()) for g in (
    "canal waterway channel", "bridge crossing span", "club side team",
    "company firm business group concern", "airline carrier", "bank lender", "newspaper paper title daily",
    "school college academy", "stadium ground arena venue", "festival event", "museum gallery",
    "church cathedral", "port harbour harbor", "dam reservoir", "theatre theater playhouse",
    "hospital infirmary", "university campus", "market bazaar", "tunnel crossing", "factory plant works mill",
))
_OWNER_WORDS = {w: frozenset().union(*(g for g in _OWNER_GROUPS if w in g)) for g in _OWNER_GROUPS for w in g}
_PLANS = frozenset("planned scheduled expected promised originally forecast intended envisaged hoped".split())
_QUALIFIERS = frozenset("nearly almost about around roughly some more than over under just close to well".split())
_AGE_BEFORE = re.compile(r"\b(?:was|is|aged|age|at)\s*$", re.IGNORECASE)
_FIRMS = frozenset("""company firm startup start-up business group bank lender carrier airline maker brand chain
retailer insurer club charity""".split())
# Things built whose age runs from their building, launch or opening: "the 30-year-old ferry".
_BUILT = frozenset("""vessel ship ferry boat tanker trawler plant bridge stadium building tower reactor aircraft jet
airliner plane train locomotive station terminal pier dam mill factory warehouse refinery library school hospital
church chapel hall museum theatre theater cinema hotel pool lighthouse market prison court college clinic
structure premises facility arena block wing annexe annex extension grandstand pavilion viaduct aqueduct tunnel
depot hangar shed wharf quay jetty flyover underpass lido baths arcade""".split())
_PRONOUNS = frozenset("he she".split())
_DEATH = frozenset("died dies death".split())


@reader("date-spans")
def read(article: Article):
    """Spans in years, ages and "N years ago" whose dated event stands elsewhere in the article.

    Shapes: "Gunnar founded the company 41 years ago" (with "founded in 1987" in another
    paragraph); "the record had stood for 16 years" (with the time "set ... in 2011");
    "for the first time in 21 years" / "ending a 14-year wait" (with "last topped the table in
    2009"); "When the extension ends in December 2027, Vesta will have flown for nearly 11
    years" (with "left Earth ... on 17 March 2019"); ages against the one birth date of the
    article: "She was 91" after "died on August 11" (the death date), "In April 1952, at 21, he
    opened" (the sentence's date), "the 58-year-old" (publication); delays from the date the text
    gave as the plan: "opening four years behind schedule", "three years later than planned", "five
    years late" (with "was first scheduled to open in 2019"); a thing's span of life since it was
    founded, opened or built: "the bridge's 63-year history", "ending a 41-year run" (with "completed
    in 1961", "In May 1960, ... she opened"); an anniversary of the founding: "the carrier's 36th
    anniversary next year"; waits from the last time the text gives: "ended a 16-year wait" (with
    "the first ... since Olsen in July 2008", "last lifted the trophy in 1998"); "N years ago" after
    the name of an event dated elsewhere ("talk about Ardal 20 years ago" with "since Storm Ardal hit in
    January 2005"), or repeating the last time ("the same van we loaded 13 years ago" after "was last
    flooded in 2011"); a working life to a closing date: "will close after 48 years of service" (with "a
    smelter that went into service in 1983" and "will close ... at the end of 2031"); a working life so
    far: "its first penalty in 17 years of trading", "26 years in business", "has traded for 26 years", "has
    been in business for 26 years" (with "was founded in 1998", in another sentence or fronted in this one);
    ages said as the present one ("is now 81", "Now 38, she", "born ..., is 45", "turned 60 last month");
    waits named by any wait noun after their length ("title drought", "dry spell", "barren run", "winless
    streak"), their last time told before them or in the two sentences after; an Nth year ("for its 28th
    year", "now in its 50th year") and an anniversary "of the opening/founding"; a built thing's age with its
    building fronted ("Built in 1902, the 123-year-old station"); "Eighteen years later, in 2019" and "Two
    decades on, ... say" from the one year of the sentence before; "Nine years after the line opened, we are
    finally seeing ..." (a clause in the present) from the one opening dated before or after it to publication;
    the age of a building called by a word for it or a part of it ("the 38-year-old block", "the wing"); an
    age against an earlier age of the same person told for another time ("then a 31-year-old" in 1992 and
    "At 64, Finnerty still walks"; "planted it at 30 in 1961" and "Greta, now 88"; "at the age of 27" in April
    1931 and "died in 1974, aged 70"; "Quenby, 17 that season," and "said the 43-year-old"); "Some 28 years on,
    the depot handles ..." (a present verb after its subject); a wait whose sentence names the last time
    again ("a ball boy on the 1987 side, said the 37-year wait").
    Refuses: two ages of people sharing only a surname ("Tove Arnsberg" and "Maja Arnsberg"); an age
    with no time said ("was 24 when she joined") or beside two dates of other clauses; a level "at 18"
    ("the index stood at 18 in 1994"); "Ten years on, workers returned" (past); an event kind dated twice with different dates; a wait whose start the text does not call
    the last ("won in 2003 ... ended a 20-year drought"); "founded a charity 20 years ago" (another thing); a phrase naming two kinds of event;
    dates the text marks as plans ("is due to open in 2027"); dates without a written year
    ("in May that year"); two birth dates; an age of someone else named ("Achieng, 29" against
    another person's birth); "was 21 when he joined" with no date or death beside it; "every four
    years since 1980" (a frequency); a delay with two planned dates; a history with two beginnings or
    an owner none of them names ("the club's history" against a stadium's opening); "the 30th
    anniversary of the flood" (another event); "the busiest since the line began in 1987" (a
    beginning, not a last time); a name that is not right before the "ago" ("Lund moved here 20 years
    ago"); a working life with no closing date, two service starts, or sentences naming no common thing;
    an age that a rule sets ("the retirement age rises to 67"); an age whose sentence names nobody after a
    sentence naming only someone else ("Brannagh's spell was quieter. The 29-year-old ..."); "its first five
    years of trading" (a stretch within the life); "eight years of trading losses"; an age set off after a
    name against a later date in another clause ("Vant, 61, was born in 1964 and opened a shop in 1989": 61
    is now) or in its own clause ("Vant, 30, won a seat in 1984": then or now, unsaid); "turned 40 degrees";
    "a 12-year spell in charge" (no wait); "has run for 12 years" (people run too); "Ten years later, it was
    sold" and "Nine years after it opened, it was widened" (no date to run to).
    """
    # spans the linker tied to their dates ("N years later" without a date before it in its sentence is left
    # to _years_on, which looks for it in the sentence before)
    linked = {c.roles["offset"] for c in article.extraction.claims if c.kind == "date_offset" and "event" in c.roles
              and ("anchor" in c.roles or c.cue not in ("later", "earlier", "before", "after"))}
    ranged = {qid for c in article.extraction.claims if c.kind == "range" for qid in c.quantities}
    for q in article.quantities:
        if q.id in linked:
            continue
        if q.kind == "date" and "ago" in q.text.lower():
            yield from _ago(article, q)
        elif _is_age(article, q):
            made = list(_age(article, q)) or list(_age_then(article, q)) or list(_age_pair(article, q))
            yield from made
        elif q.kind == "duration" and q.unit == "year" and q.id not in ranged:
            made = list(_years_on(article, q))
            yield from made
            if not made:
                yield from _since(article, q)
        elif q.kind == "duration" and q.unit == "month" and q.id not in ranged:
            kind = _since_event(article, q)  # "in the 17 months since the route opened"
            if kind is not None:
                yield from _since_kind(article, q, kind)
            elif (kind := _after_event(article, q)) is not None:  # "opened in May 2025, 19 months after work began"
                yield from _since_kind(article, q, kind, to=next(iter(_written_dates(article, q)), None))
        elif q.kind == "rank":
            yield from _anniversary(article, q)


# Words that put a sentence in the present: "Two decades on, shopkeepers say trade has never been better".
_PRESENT = frozenset("is are has have remains remain says say still now today stands stand".split())


def _years_on(article: Article, q: Quantity):
    """'The bridge opened in 1996. Eighteen years later, in 2019, engineers found cracks' and 'In 2004 the town
    banned cars. Two decades on, shopkeepers say ...': a span that opens its clause with "later" or "on" and
    counts from the one written year of the sentence before (same paragraph), to the one written date after
    it in its own sentence, or, for "on" in a sentence told in the present, to publication."""
    after = article.words_after(q, 1)
    if after not in (["later"], ["on"]) or q.sentence == 0 or q.qualifier not in ("exact", None):
        return
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    if any(t.q is not None and t.q.kind == "date" for t in toks[:k]):
        return  # the sentence's own date before it is the linker's
    prev = q.sentence - 1
    if article.paragraph(prev) != article.paragraph(q):
        return
    planned = {d.id for d in article.planned_dates()}
    starts = [d for d in article.in_sentence(prev) if d.kind == "date" and d.resolved and re.search(r"\d{4}", d.text)
              and "ago" not in d.text.lower() and d.id not in planned]
    if len(starts) != 1:
        return
    ends = [d for d in _written_dates(article, q) if d.span[0] > q.span[0] and re.search(r"\d{4}", d.text)
            and d.id not in planned]
    if len(ends) > 1:
        return
    if ends:
        yield claim("date_offset", {"offset": q, "anchor": starts[0], "event": ends[0]}, cue="later")
    elif after == ["on"] and ({t.low for t in toks if t.is_word} & _PRESENT or _subject_verb_present(toks, k)):
        yield _span_claim(q, starts[0], None)


_DETERMINERS = frozenset("the that this its their his her our a an these those".split())


def _subject_verb_present(toks, k: int) -> bool:
    """Whether the clause after "N years on," opens with a subject of one word and a verb in the present:
    "that plant runs", "it employs", "the town has" (not "workers returned", "the site closed")."""
    comma = next((j for j in range(k + 1, min(len(toks), k + 4)) if toks[j].text == ","), None)
    if comma is None:
        return False
    words = []
    for t in toks[comma + 1:]:
        if not t.is_word:
            break
        words.append(t.low)
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    if len(words) < 2:
        return False
    head, verb = words[0], words[1]
    if verb in _PRESENT:
        return True
    return verb.endswith("s") and not verb.endswith(("ss", "us", "ous")) and not head.endswith("s") \
        and verb not in _NOT_PRESENT and head not in ("i", "you", "we", "they")


def _one_date(events: list[DatedEvent]) -> DatedEvent | None:
    """The event when every candidate names the same date; None when none or several dates."""
    dates = {str(e.date.value) for e in events}
    return events[0] if len(dates) == 1 else None


def _written_dates(article: Article, q: Quantity) -> list[Quantity]:
    """The dates of q's sentence, leaving out one inside a relative clause that describes a noun after q
    ("ends a 13-year wait for a club that nearly folded in 2016": 2016 dates the club's trouble, not the
    end of the wait)."""
    return [o for o in article.in_sentence(q.sentence)
            if o.id != q.id and o.kind == "date" and o.resolved and "ago" not in o.text.lower()
            and not _behind_relative(article, q, o)]


_RELATIVES = frozenset("that which who whose whom".split())


def _behind_relative(article: Article, q: Quantity, date: Quantity) -> bool:
    """Whether a relative pronoun stands between q and a later date of its sentence."""
    if date.span[0] < q.span[1]:
        return False
    toks = article.tokens(q.sentence)
    start, end = article.token_index(q), article.token_index(date)
    return any(t.is_word and t.low in _RELATIVES for t in toks[start + 1:end])


def _ago(article: Article, q: Quantity):
    """'founded the company 41 years ago' against the one founding dated elsewhere."""
    if q.qualifier != "exact" or _written_dates(article, q):
        return
    words = article.phrase_words(q)
    kinds = event_kinds(words)
    if not kinds:
        date = _named_or_repeated(article, q)
        if date is not None:
            yield claim("date_offset", {"offset": q, "event": date}, cue="ago")
        return
    if len(kinds) != 1 or {"a", "an", "another", "own"} & set(words[:words.index("")]):
        return  # "founded a charity 20 years ago" is another founding than the company's
    event = _one_date(article.events_of(kinds.pop()))
    if event is not None:
        yield claim("date_offset", {"offset": q, "event": event.date}, cue="ago")


def _named_or_repeated(article: Article, q: Quantity) -> Quantity | None:
    """The date of what an "N years ago" names or repeats: an event named by its name right before it,
    dated elsewhere ("talk about Ardal 20 years ago" with "since Storm Ardal hit in January 2005"), or the
    last time of what happens again ("the same van we loaded 13 years ago" with "was last flooded in
    2011")."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    near = [t for t in toks[max(0, k - 2):k] if t.text != ","][-1:]  # the name right before: "Ardal 20 years ago"
    names = [t.text for t in near if t.is_word and t.text[:1].isupper() and t.low not in _STOP
             and t.text not in _MONTHS and t.start > article.sentences[q.sentence][0]]
    if names:
        dates = [d for d in article.dates_naming(names[-1]) if d.sentence != q.sentence]
        return dates[0] if dates and len({str(d.value) for d in dates}) == 1 else None
    said = [t.low for t in toks[:k] if t.is_word]
    if not ({"same", "again"} & set(said) or "last time" in " ".join(said)):
        return None
    dates = [d for d in article.previous_occurrences() if q.sentence - 3 <= d.sentence < q.sentence]
    return dates[0] if dates and len({str(d.value) for d in dates}) == 1 else None


def _since(article: Article, q: Quantity):
    """A span in years running from a dated event to the sentence's date (or publication)."""
    before = article.words_before(q, 10)
    while before and before[-1] in _QUALIFIERS:  # "flown for nearly 11 years"
        before.pop()
    after = article.words_after(q, 4)
    first_in = before[-1:] == ["in"] and "first" in before[:-1]          # "the first title in 21 years"
    waited = q.text.endswith("-year") and _names_wait(after)
    waited = waited or _wait_reaches(before)  # "a cup drought that has grown to 19 years"
    stood = before[-1:] == ["for"] and bool(_STOOD & set(before[-3:-1]))
    if before[-1:] == ["for"] and _lived(before[:-1]):
        yield from _life_so_far(article, q)  # "has traded for 37 years", "has been in business for 12 years"
        return
    flown = before[-1:] == ["for"] and bool(_FLOWN & set(before[-3:-1]))
    if after[:1] == ["of"] and after[1:2] and after[1] in _PROCESSES and before[-1:] in (["after"], ["of"], ["in"], ["ended"], ["ending"], ["ends"], ["end"]):
        yield from _since_proposed(article, q)  # "After 38 years of debate" with "first proposed in 1987"
        return
    if before[-1:] == ["after"] and (after[:2] in _SERVICE_AFTER or after[:1] == ["operating"]):
        yield from _in_service(article, q)  # "will close after 48 years of service"
        return
    life = _LIFE_AFTER.get(tuple(after[:2]))
    if life is not None and before[-1:] != ["after"]:
        yield from _years_of_life(article, q, life)  # "its first penalty in 17 years of trading"
        return
    then = _since_then(article, q)
    if then is not None:  # "the 31 years of hurt since that day", with the day dated just before
        yield _span_claim(q, then, None)
        return
    since = _since_event(article, q)
    if since is not None:  # "in the nine years since it launched", "in my 31 years here" (since joining)
        yield from _since_kind(article, q, since)
        return
    since = _after_event(article, q)
    if since is not None:  # "opens in 2026, eight years after work began", the start dated elsewhere
        yield from _since_kind(article, q, since, to=next(iter(_written_dates(article, q)), None))
        return
    if _is_delay(before, after, q):
        yield from _delay(article, q)
        return
    if q.text.endswith("-year") and after[:1] and after[0] in _LIFETIMES and after[1:2] not in (["of"], ["as"]):
        yield from _lifetime(article, q)
        return
    if not (first_in or waited or stood or flown):
        return
    if (first_in or waited) and not event_kinds([t.low for t in article.tokens(q.sentence) if t.is_word]):
        yield from _same_feat(article, q, _from_last_time(article, q), first_in)
        return
    if flown:
        kind = "launch"
    else:
        words = [t.low for t in article.tokens(q.sentence) if t.is_word]
        kinds = event_kinds(words)
        if stood and "record" in kinds:
            kinds = {"record"}
        if len(kinds) != 1:
            return
        kind = kinds.pop()
    yield from _same_feat(article, q, _since_kind(article, q, kind, wait=first_in or waited), first_in)


# Nouns of what a wait is for, which may stand between its length and its noun: "a 19-year title drought".
_WAIT_FOR = frozenset("""title trophy league cup championship major medal silverware playoff playoffs final finals
trophy promotion podium goal win victory points""".split())
# Adjectives that make a stretch a wait for success: "a 12-year dry spell", "a 14-year barren run".
_BARREN = frozenset("dry barren lean fallow winless trophyless trophy-less goalless fruitless".split())
_STRETCHES = frozenset("spell run streak stretch period patch spell".split())


def _names_wait(after: list[str]) -> bool:
    """Whether the words right after a "N-year" name a wait: a wait noun ("drought", "wait"), after at most
    two words of what is waited for ("title drought", "league title wait"), or a stretch called barren ("dry
    spell", "barren run", "winless streak")."""
    for i, w in enumerate(after[:3]):
        if w in _WAIT_NOUNS:
            return True
        if w in _BARREN:
            return i + 1 < len(after) and after[i + 1] in _STRETCHES | _WAIT_NOUNS
        if w not in _WAIT_FOR:
            return False
    return False


# Words that lead from a wait noun to its length: "a wait of 19 years", "a drought that has grown to 19
# years", "the wait, which has lasted 27 years".
_WAIT_TO_LENGTH = frozenset("""of that which has have had now already stretched extended grown lengthened lasted run
reached to for""".split())


def _wait_reaches(before: list[str]) -> bool:
    """Whether the words before a span in years lead to it from a wait noun a few words back ("a wait of
    19 years", "the drought that has grown to 23 years"), through linking words only."""
    for i in range(len(before) - 1, max(-1, len(before) - 8), -1):
        if before[i] in _WAIT_NOUNS:
            rest = before[i + 1:]
            return bool(rest) and all(w in _WAIT_TO_LENGTH for w in rest)
        if before[i] not in _WAIT_TO_LENGTH:
            return False
    return False


# Words that frame a first time or a last time rather than name the feat: "for the first time since".
_FEAT_FRAME = frozenset("""first time times since last ever year years month months decade decades straight
consecutive successive also again just only still now then""".split())


def _feat_words(article: Article, q: Quantity, back: int = 12) -> set[str]:
    """The content words of the clause that leads up to q (back to a clause break or a date): the
    feat a "first ... in N years" or a "first ... since YEAR" is about ("giving her allies control of the
    council for the first time"), singular, without the words that only frame a first time."""
    toks = article.tokens(q.sentence)
    words: list[str] = []
    for t in reversed(toks[:article.token_index(q)]):
        if t.q is not None and t.q.kind == "date" or t.text in _CLAUSE_BREAKS or t.text in (",", "—", "–") \
                or len(words) >= back:
            break
        if t.q is not None:  # "finished outside the top four for the first time": the figure is part of the feat
            words += [w.lower() for w in re.findall(r"[A-Za-z]+", t.text)]
            continue
        if t.is_word:
            words.append(t.low)
    return {_stem(w) for w in words if w not in _STOP and w not in _FEAT_FRAME and len(w) > 2}


def _stem(word: str) -> str:
    """A crude common stem, so that 'won'/'win'/'wins' and 'titles'/'title' meet."""
    word = word.removesuffix("'s").removesuffix("’s")
    return {"won": "win", "winning": "win", "wins": "win"}.get(word, word.removesuffix("s"))


def _same_feat(article: Article, q: Quantity, claims, first_in: bool):
    """The claims of a "first ... in N years" whose last time, when itself a first time ("the first ... since
    2011"), names the same feat: the clause before the span and the clause before that date share a content word ("won the league for the first time
    in 21 years" and "last won the league in 2003"). Two feats that share none ("control of the council for
    the first time in six years" against "lost every seat it held for the first time since 2009") are
    different records of the same article, and nothing is claimed."""
    mine = _feat_words(article, q) if first_in else set()
    for c in claims:
        event = next(o for o in article.quantities if o.id == c.roles["event"])
        if first_in and _first_since(article, event):
            theirs = _feat_words(article, event)
            if mine and theirs and not mine & theirs:
                continue
        elif first_in and not _last_time(article, event) and not mine & _feat_words(article, event):
            continue  # "a tariff rise, its first in three years" against "unbundled in 2005": another event
        yield c


def _last_time(article: Article, date: Quantity) -> bool:
    """Whether a date is told as the last time of something: "last won the title in 1998", "the last time
    they did so was in 2011", "the previous title came in 2003"."""
    return bool({"last", "previous", "previously"} & set(article.phrase_words(date, before=12, after=0)))


def _first_since(article: Article, date: Quantity) -> bool:
    """Whether a date closes a first time of its own: "their first league title since 2011", "failed to win a
    seat for the first time since 2013" (not "last won the title in 1998", which only dates a last time)."""
    words = article.phrase_words(date, before=12, after=0)
    return words[-2:-1] == ["since"] and "first" in words

def _since_then(article: Article, q: Quantity) -> Quantity | None:
    """The date a span runs from when it points back to it: "the 31 years of heartache since that day",
    "in the eight years since then", "the six seasons since that final". The date pointed to is the
    last one written before the span in its sentence, or, with none there, the one date of the sentence
    before in the same paragraph; it runs to publication, so a sentence that dates anything after the span,
    or a date that is a plan, is left alone."""
    after = article.words_after(q, 5)
    k = 2 if after[:1] == ["of"] and after[2:3] == ["since"] else 0
    if after[k:k + 1] != ["since"] or not (after[k + 1:k + 2] == ["then"] or after[k + 1:k + 2] in (["that"], ["those"])
                                          and len(after) > k + 2 and _noun_like(after[k + 2])):
        return None  # "since that was announced": a clause, not a day pointed back to
    planned = {d.id for d in article.planned_dates()}
    dated = [d for d in article.in_sentence(q.sentence) if d.kind == "date" and d.resolved and writes_year(d)
             and "ago" not in d.text.lower()]
    if any(d.span[0] > q.span[0] for d in dated):
        return None
    earlier = [d for d in dated if d.span[0] < q.span[0]]
    if not earlier and q.sentence > 0 and article.paragraph(q.sentence - 1) == article.paragraph(q):
        earlier = [d for d in article.in_sentence(q.sentence - 1) if d.kind == "date" and d.resolved
                   and writes_year(d) and "ago" not in d.text.lower()]
        if len({str(d.value) for d in earlier}) != 1:
            return None
    if not earlier or earlier[-1].id in planned:
        return None
    if article.published is not None and str(earlier[-1].value) > article.published.isoformat():
        return None
    return earlier[-1]


def _noun_like(word: str) -> bool:
    return word not in _AUXILIARIES and not word.endswith("ed")


_AUXILIARIES = frozenset("is was were are be been had has have did does do will would could should may might "
                         "can happened came began".split())


# "after 48 years of service / in operation": a working life, from entering service to closing.
_SERVICE_AFTER = (["in", "operation"], ["in", "service"], ["of", "service"], ["of", "operation"], ["in", "use"],
                  ["of", "operations"])
# Phrases that date the start of a working life: "a plant that entered service in 1971".
_SERVICE_STARTS = re.compile(r"\b(?:entered|went\s+into|came\s+into|brought\s+into|put\s+into)\s+(?:commercial\s+)?"
                             r"(?:service|operation|use)\b|\b(?:began|started)\s+(?:operating|operations|"
                             r"commercial\s+operations?|service)\b|\bcommissioned\b|\bopened\b|\bwas\s+built\b",
                             re.I)
# Words that date the end of a working life: "will close ... at the end of 2028".
_CLOSINGS = frozenset("""close closes closed closing closure shut shuts shutting shutdown retire retires retired
retiring retirement decommission decommissioned decommissioning mothballed""".split())


def _in_service(article: Article, q: Quantity):
    """'close after 48 years of service' against the one date the text gives its thing entering service
    ("a smelter that went into service in 1983"), to the one closing date of that sentence or of q's
    ("will close ... at the end of 2031"); the two sentences name the same thing (a name or a noun in
    common) and stand within three sentences of each other."""
    starts = []
    for d in article.quantities:
        if d.kind != "date" or not d.resolved or not re.search(r"\d{4}", d.text) or d.sentence == q.sentence \
                or abs(d.sentence - q.sentence) > 3:
            continue
        head = article.text[article.sentences[d.sentence][0]:d.span[0]]
        clause = re.split(r"[,;:()]", head)[-1]
        if _SERVICE_STARTS.search(clause) and not _PLAN_WORDS & set(clause.lower().split()):
            starts.append(d)
    if len({str(d.value) for d in starts}) != 1:
        return
    start = starts[0]
    mine = {t.low for t in article.tokens(q.sentence) if t.is_word}
    theirs = {t.low for t in article.tokens(start.sentence) if t.is_word}
    shared = (_names(article, q.sentence) & _names(article, start.sentence)) - _MONTHS
    if not shared and not (mine & theirs & _FACILITIES):
        return
    ends = []
    for s in sorted({q.sentence, start.sentence}):
        said = {t.low for t in article.tokens(s) if t.is_word}
        if not said & _CLOSINGS:
            continue
        ends += [d for d in article.in_sentence(s) if d.kind == "date" and d.resolved and d.id != start.id
                 and re.search(r"\d{4}", d.text) and str(d.value) > str(start.value)]
    if len({str(d.value) for d in ends}) != 1:
        return
    yield _span_claim(q, start, ends[0])


# Nouns of things with a working life, one of which two sentences may share for the same thing.
_FACILITIES = frozenset("""plant station reactor mine refinery smelter mill factory works line railway bridge
tunnel ship vessel ferry aircraft jet fleet satellite telescope stadium hospital school prison pier dam
furnace terminal airport""".split())


def _since_event(article: Article, q: Quantity) -> str | None:
    """The kind of event a span runs from when the words after it name it: "N years since it launched",
    "N months since the route opened"; or a tenure told by its holder: "in my 31 years here", "her 12
    years at the company" (since joining)."""
    after = article.words_after(q, 6)
    if after[:1] == ["since"]:
        kinds = event_kinds(_clause_after(article, q))
        return kinds.pop() if len(kinds) == 1 else None
    before = article.words_before(q, 2)
    if before[-1:] and before[-1] in ("my", "his", "her", "their", "our") and after[:1] and \
            (after[0] in ("here", "there") or after[:2] in (["at", "the"], ["with", "the"], ["in", "the"])):
        return "appointment"
    if tuple(after[:3]) in _TENURE_AFTER or tuple(after[:2]) in _TENURE_AFTER:
        return "appointment"  # "in 11 years in this job", "after seven years at the helm"
    if before[-1:] and before[-1] in ("my", "his", "her", "their", "our") and after[:1] == ["as"] \
            and after[1:2] and after[1] not in ("a", "an"):
        return "appointment"  # "her nine years as mayor" (a post; "his 20 years as a nurse" is a career)
    return None


def _clause_after(article: Article, q: Quantity, most: int = 5) -> list[str]:
    """The words after the word that follows q ("since", "after"), to the clause's end (at most ``most``)."""
    clause: list[str] = []
    for t in article.tokens(q.sentence)[article.token_index(q) + 2:]:
        if not t.is_word or len(clause) == most:
            break
        clause.append(t.low)
    return clause


def _after_event(article: Article, q: Quantity):
    """A span after an event the words name, up to the one other date of q's sentence: "will retire in
    2031, 15 years after its launch", "the bridge opened in 2024, almost seven years after ground was
    broken", "In 2019, six years after the club was founded, ...". The event is the one dated event of that
    kind elsewhere (see _since_kind); with no date in the sentence, the span runs to publication only when
    the clause it hangs on is told in the present ("Nine years after the line opened, we are finally
    seeing", "the service is still unreliable, 26 years after the terminal opened"), not in the past or
    the future ("it was widened", "fares will be cut"). A clause that dates its event itself ("after its
    2013 launch") is left to the sentence's own reading."""
    if article.words_after(q, 1) != ["after"]:
        return None
    clause = _clause_after(article, q, 6)
    kinds = event_kinds(clause)
    if len(kinds) != 1:
        return None
    nxt = article.tokens(q.sentence)[article.token_index(q) + 2:]
    for t in nxt[:len(clause) + 1]:
        if t.q is not None:
            return None  # "after its 2013 launch", "after 40 years of service"
    dates = _written_dates(article, q)
    if len(dates) > 1 or not dates and not _told_in_present(article, q):
        return None
    return kinds.pop()


# Words that put a clause in the past or the future: a span told there need not reach the present.
_NOT_PRESENT = frozenset("was were had did will would could might shall should".split())
_QUOTE_MARKS = frozenset('"“”‘’\'')


def _told_in_present(article: Article, q: Quantity) -> bool:
    """Whether the clause a span's "after" phrase hangs on is told in the present: the clause after the
    phrase's comma when the phrase opens the sentence ("Nine years after it opened, we are seeing"), else
    the words before the span ("Residents say the service is still unreliable, 26 years after")."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    if all(t.text in _QUOTE_MARKS for t in toks[:k]):
        comma = next((j for j in range(k + 1, len(toks)) if toks[j].text == ","), None)
        if comma is None:
            return False
        clause = []
        for t in toks[comma + 1:]:
            if not t.is_word and t.q is None:
                break
            clause.append(t)
    else:
        clause = toks[:k]
    words = {t.low for t in clause if t.is_word}
    return bool(words & _PRESENT) and not words & _NOT_PRESENT


# Words after a span of years that make it a tenure in a post: "15 years in the job", "nine years at the helm".
_TENURE_AFTER = frozenset({
    *((prep, det, noun) for prep in ("in",) for det in ("this", "the", "that") for noun in
      ("job", "role", "post", "position", "chair")),
    ("in", "post"), ("in", "office"), ("in", "charge"), ("at", "the", "helm"), ("at", "its", "helm"),
    ("at", "their", "helm"), ("in", "the", "hot", "seat"),
})
# A state held since a date, told in the perfect: "has been the trust's director since 2011", "has led the
# orchestra since 2009", "has been in charge since 2016".
_HELD_SINCE = re.compile(r"\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:been|served|led|run|headed|chaired|managed|"
                         r"coached|directed|captained|overseen|held)\b[^.;:()\d]{0,80}\bsince\s*$", re.I)


def _tenure_starts(article: Article, q: Quantity) -> list[DatedEvent]:
    """Dates from which someone has held a post, told in the perfect ("has been the trust's medical director
    since 2011"), in a sentence that names someone q's sentence names."""
    mine = _names(article, q.sentence) - _MONTHS
    out = []
    for d in article.quantities:
        if d.kind != "date" or not d.resolved or not re.search(r"\d{4}", d.text) or d.sentence == q.sentence:
            continue
        head = article.text[article.sentences[d.sentence][0]:d.span[0]]
        if _HELD_SINCE.search(head) and mine & _names(article, d.sentence):
            out.append(DatedEvent(d, frozenset({"appointment"}), d.sentence, False))
    return out


def _since_kind(article: Article, q: Quantity, kind: str, *, wait: bool = False, to: Quantity | None = None):
    """A span from the one event of ``kind`` dated elsewhere to the sentence's date or publication; a wait
    runs from the one the text calls the last ("last won in 1998"). Where a sentence dates more than one
    thing, the date whose own phrase names the event is it ("launched in May 2018 ..., up 30 per cent
    from 2024": 2018)."""
    events = article.events_of(kind)
    seen = {e.date.id for e in events}
    events += [e for e in _events_over_figures(article, kind, q) if e.date.id not in seen]
    if kind == "appointment":
        seen = {e.date.id for e in events}
        events += [e for e in _tenure_starts(article, q) if e.date.id not in seen]
    own = [e for e in events if kind in event_kinds(article.phrase_words(e.date, before=6, after=0))]
    if own and len({e.sentence for e in events}) == 1:
        events = own
    if to is not None:  # the date the span runs to, given by the caller: never its own start
        events, dates = [e for e in events if e.date.id != to.id], [to]
    else:
        dates = [d for d in _written_dates(article, q) if d.id not in {e.date.id for e in events}]
    if len(dates) > 1:
        return
    anchor = dates[0] if dates else None
    if anchor is not None:
        events = [e for e in events if str(e.date.value) < str(anchor.value)]
    if wait:
        events = [e for e in events if {"last", "since"} & set(article.phrase_words(e.date))]
    event = _one_date(events)
    if event is None:
        if wait and not events:
            yield from _from_last_time(article, q)  # "last lifted the trophy in 1998" names no kind we know
        return
    yield _span_claim(q, event.date, anchor)


def _span_claim(q: Quantity, event: Quantity, anchor: Quantity | None, *, cue: str = "since",
                about: str | None = None):
    """The span q from the event's date to the anchor's (or to publication, with no anchor)."""
    roles = {"offset": q, "event": event}
    if anchor is not None:
        roles["anchor"] = anchor
    return claim("date_offset", roles, cue=cue, about=about)


def _from_last_time(article: Article, q: Quantity):
    """A wait from the one date the text gives as the last time: "ended a 16-year wait" with "the first
    ... since Olsen in July 2008" or "last lifted the trophy in 1998"."""
    # the last time is told before the wait or just after it ("ended a 21-year drought. They last won it in
    # 1998."), in its paragraph
    last = [d for d in article.previous_occurrences() if d.sentence <= q.sentence
            or d.sentence <= q.sentence + 2 and article.paragraph(d.sentence) == article.paragraph(q)]
    taken = {d.id for d in last}
    planned = {d.id for d in article.planned_dates()}
    # a date of the wait's own sentence that repeats the last time names the old feat ("a minor on the 1998
    # side, said the 26-year wait"), not the wait's end
    again = {str(d.value) for d in last}
    written = [d for d in _written_dates(article, q) if d.id not in taken | planned and re.search(r"\d{4}", d.text)
               and str(d.value) not in again]
    if len(written) > 1:
        return
    anchor = written[0] if written else None
    dates = [d for d in last if anchor is None or str(d.value) < str(anchor.value)]
    if not dates or len({str(d.value) for d in dates}) != 1:
        return
    yield _span_claim(q, dates[0], anchor)


def _anchor(article: Article, q: Quantity) -> Quantity | None:
    """The one written, unplanned date of q's sentence that a span runs to ("sold the bakery in March
    2001, ending a 41-year run"); None when there is none or several."""
    planned = {d.id for d in article.planned_dates()}
    dates = [d for d in _written_dates(article, q) if d.id not in planned and re.search(r"\d{4}", d.text)]
    return dates[0] if len(dates) == 1 else None


def _is_delay(before: list[str], after: list[str], q: Quantity) -> bool:
    """'four years behind schedule', 'three years late', 'two years later than planned', 'a four-year
    delay', 'delayed by five years'."""
    if after[:2] == ["behind", "schedule"] or after[:1] in (["late"], ["overdue"]):
        return True
    if after[:1] == ["later"] and len(after) > 2 and after[1] == "than" and after[2] in _PLANS:
        return True
    if q.text.endswith("-year") and after[:1] in (["delay"], ["overrun"]):
        return True
    return before[-2:] in (["delayed", "by"], ["postponed", "by"], ["pushed", "back"])


def _delay(article: Article, q: Quantity):
    """A delay runs from the one date the text gave as the plan ("was first scheduled to open in
    2019") to the sentence's date or publication."""
    anchor = _anchor(article, q)
    dates = [d for d in article.planned_dates()
             if str(d.value) < str(anchor.value if anchor is not None else article.published or "9999")]
    if not dates or len({str(d.value) for d in dates}) != 1:
        return
    yield _span_claim(q, dates[0], anchor)


# A span told as the working life of a firm or a thing so far: "in 17 years of trading", "after 14 years
# in business" runs from the founding; "in 30 years of operation", "40 years in existence" from the founding,
# opening or completion.
_FIRM_LIFE = frozenset({"founding"})
_THING_LIFE = frozenset({"founding", "opening", "completion"})
_LIFE_AFTER = {
    ("of", "trading"): _FIRM_LIFE, ("in", "business"): _FIRM_LIFE, ("of", "business"): _FIRM_LIFE,
    ("of", "operation"): _THING_LIFE, ("in", "operation"): _THING_LIFE, ("of", "operating"): _THING_LIFE,
    ("of", "existence"): _THING_LIFE, ("in", "existence"): _THING_LIFE,
}
# Words right before such a span that make it a stretch within the life, not the life so far.
_PART_OF_LIFE = frozenset("first last past previous next final early earliest initial opening".split())


def _years_of_life(article: Article, q: Quantity, kinds: frozenset[str]):
    """'the firm's first fine in 11 years of trading', 'now marks 25 years in business': the years since
    the one beginning the article dates (founding for trading and business; founding, opening or
    completion for operation and existence), to the sentence's one date or publication. Refuses a
    stretch within the life ("its first five years of trading", "the past decade of operation"), words
    that make the gerund a noun's modifier ("11 years of trading losses"), and articles dating two
    beginnings."""
    if set(article.words_before(q, 2)) & _PART_OF_LIFE:
        return
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    nxt = toks[k + 3] if k + 3 < len(toks) else None
    if nxt is not None and nxt.is_word and nxt.low not in _STOP and nxt.low not in _CLAUSE_WORDS:
        return
    events = [e for e in article.dated_events if len(e.kinds) == 1 and e.kinds <= kinds and not e.planned
              and e.sentence != q.sentence]
    event = _one_date(events)
    anchor = _anchor(article, q)
    if event is None or anchor is not None and str(anchor.value) <= str(event.date.value):
        return
    yield _span_claim(q, event.date, anchor)


# Verbs of a firm or a thing carrying on since it began: "has traded for 37 years", "has been open for 12 years".
_LIVED = frozenset("traded trading existed existing".split())
_BEEN_LIVED = frozenset("open around going trading operating running existence business".split())


def _lived(before: list[str]) -> bool:
    """Whether the words before "for N years" say a thing has carried on: "has traded", "has been trading",
    "has been in business", "has been open" (not "has run for", which people do too)."""
    tail = before[-4:]
    if tail[-1:] and tail[-1] in _LIVED:
        return True
    if "been" in tail and tail[-1:] and tail[-1] in _BEEN_LIVED:
        return True
    return False


def _life_so_far(article: Article, q: Quantity):
    """'has traded for 37 years' against the one founding, opening or completion the article dates (in
    another sentence, or earlier in this one: "Founded in 1987, the bakery has traded for 37 years"), to
    the sentence's other date or publication."""
    events = [e for e in article.dated_events if len(e.kinds) == 1 and e.kinds <= _THING_LIFE and not e.planned
              and (e.sentence != q.sentence or e.date.span[0] < q.span[0])]
    event = _one_date(events)
    if event is None:
        return
    dates = [d for d in _written_dates(article, q) if d.id != event.date.id and re.search(r"\d{4}", d.text)]
    if len(dates) > 1 or dates and str(dates[0].value) <= str(event.date.value):
        return
    yield _span_claim(q, event.date, dates[0] if dates else None)


_CLAUSE_WORDS = frozenset("and but or that which who when while as since before after so said says".split())


def _lifetime(article: Article, q: Quantity):
    """'the bridge's 63-year history', 'ending a 41-year run': the years since the thing was founded, opened
    or built (the one such date of the article; a possessive owner must be named by it)."""
    events = [e for e in article.dated_events if e.kinds & _BEGINNINGS and not e.planned and e.sentence != q.sentence]
    back = article.words_before(q, 3)
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    owner = next((toks[j - 1].low for j in range(k - 1, max(0, k - 4), -1)
                  if toks[j].text in ("'s", "’s", "'", "’") and toks[j - 1].is_word), None)
    if owner is None:
        owner = next((t.low.removesuffix("'s").removesuffix("’s") for t in toks[max(0, k - 3):k]
                      if t.is_word and t.low.endswith(("'s", "’s"))), None)
    if owner is not None:
        names = _OWNER_WORDS.get(owner, frozenset()) | {owner}
        events = [e for e in events if names & set(article.phrase_words(e.date, before=12))]
    elif not ({"a", "its", "their", "the"} & set(back)):
        return
    event = _one_date(events)
    anchor = _anchor(article, q)
    if event is None or anchor is not None and str(anchor.value) <= str(event.date.value):
        return
    yield _span_claim(q, event.date, anchor)


def _anniversary(article: Article, q: Quantity):
    """'the carrier's 36th anniversary next year', 'the 45th anniversary of the opening', 'returns for its 28th
    year', 'now in its 50th year' against the one beginning (founding, opening, completion) dated in the
    article, at the year the sentence names (or publication). An anniversary "of" something must name a
    beginning; an anniversary or an Nth year told without "of" must be owned ("its", "the club's"). A beginning
    dated in the span's own sentence counts for an Nth year or a named beginning ("Founded in 1972, the
    cooperative is in its 50th year"); other anniversaries dated in their own sentence are the linker's."""
    after = article.words_after(q, 4)
    named = None
    if after[:2] == ["anniversary", "of"]:
        rest = [w for w in after[2:] if w not in ("the", "its", "their", "his", "her")]
        kinds = event_kinds(rest[:1]) & _BEGINNINGS
        if len(kinds) != 1:
            return  # "the 30th anniversary of the flood": of another event
        named = kinds.pop()
    nth_year = after[:1] == ["year"] and (after[1:2] != ["of"] or after[2:3] in (["trading"], ["operation"],
                                                                                   ["business"], ["existence"]))
    if after[:1] != ["anniversary"] and not nth_year:
        return
    back = article.words_before(q, 3)
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    owned = "its" in back or "their" in back or any(t.low.endswith(("'s", "’s")) or t.text in ("'s", "’s")
                                                     for t in toks[max(0, k - 3):k])
    if not owned and named is None:
        return
    wanted = {named} if named else _BEGINNINGS
    now = article.published.year if article.published else 9999
    own = [d for d in article.in_sentence(q.sentence) if d.kind == "date" and d.span[0] < q.span[0]
           and re.fullmatch(r"(?:1[5-9]|20)\d\d", str(d.value)[:4])
           and str(d.value)[:4] == d.text.strip()[-4:] and int(str(d.value)[:4]) < now]
    if own:
        if not (nth_year or named) or len(own) != 1:
            return  # "The first crossing left in 1877, and ... the route's 150th anniversary": its own sentence dates it
        kinds = event_kinds(article.phrase_words(own[0])) or article.fronted_kinds(own[0])
        if not kinds or not kinds <= wanted:
            return
        event = DatedEvent(own[0], frozenset(kinds), q.sentence, False)
    else:
        event = _one_date([e for e in article.dated_events if e.kinds & wanted and not e.planned
                           and e.sentence != q.sentence])
    if event is None:
        return
    roles = {"offset": q, "event": event.date}
    years = [d for d in _written_dates(article, q) if re.fullmatch(r"(?i)(?:next|this|last)\s+(?:year|month|week|spring|summer|autumn|fall)", d.text)]
    written = [d for d in _written_dates(article, q) if re.fullmatch(r"(?:19|20)\d\d", d.text.strip())]
    if years:
        roles["anchor"] = years[0]
    elif len(written) == 1 and str(written[0].value) > str(event.date.value):
        roles["anchor"] = written[0]  # "a festival planned for 2031, the year the club marks its 75th anniversary"
    elif {t.low for t in toks if t.is_word} & {"will", "upcoming", "coming", "next", "until", "ahead", "plan", "plans",
                                                "planning", "planned", "prepare", "prepares", "preparing", "time"}:
        return  # a future anniversary at an unsaid time
    yield claim("date_offset", roles, cue="anniversary", about="year" if nth_year else "anniversary")


def _is_age(article: Article, q: Quantity) -> bool:
    if q.noun == "age" or q.text.lower().endswith(("year-old", "years old", "year old")):
        return not _aged_thing(article, q)
    if q.kind != "count" or q.noun or q.qualifier != "exact" or not float(q.value).is_integer() \
            or not 1 <= float(q.value) <= 120:
        return False
    if re.search(r",\s*(?:now|then)\s*$", article.before(q, 12)) and article.after(q, 2).lstrip()[:1] == ",":
        return True  # "Penhallow, then 47, published": an age in apposition
    toks = article.tokens(q.sentence)
    if _AT_AGE.match(_shape_around(article, q)) and article.person_of(q) is not None:
        return True  # "sailed at 17 in 1959", "At 68, she still rows", "Orla, 20 that spring,"
    k = article.token_index(q)
    prev = [t.low for t in toks[max(0, k - 3):k]]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    ends = nxt is None or nxt.text in (".", ",", ";") or nxt.low in ("and", "but", "when")
    if prev == ["now"] and k == 1 and nxt is not None and nxt.text == ",":
        return True  # "Now 38, she runs the dairy": an age fronted
    if prev[-1:] == ["now"] and len(prev) > 1 and prev[-2] in ("is", "was") and ends and _person_before(toks, k - 2):
        return True  # "Thirlby is now 81 and still opens the shop"
    if prev[-1:] and prev[-1] in _TURNED and (ends or nxt.q is not None and nxt.q.kind == "date"
                                              or nxt.low in ("last", "this", "on", "in")):
        return True  # "turned 60 last month", "turns 40 on Sunday", "when she turned 18"
    if prev[-2:] in ([",", "is"], [",", "was"]) and ends and _born_just_before(toks, k):
        return True  # "Dunsany, born on 3 May 1980, is 45 and"
    if not _AGE_BEFORE.search(article.before(q, 12)):
        return False
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    prev = [t.low for t in toks[max(0, k - 3):k]]
    nxt = toks[k + 1].low if k + 1 < len(toks) else "."
    if nxt not in (".", ",", ";", "when", "and") or not prev:
        return False
    if prev[-1] in ("was", "is"):   # "She was 91."
        return len(prev) > 1 and (prev[-2] in _PRONOUNS or toks[k - 2].text[:1].isupper())
    if prev[-1] in ("aged", "age"):
        return True
    if prev[-1] == "at":            # "died at 93", "In April 1952, at 21, he opened"
        return len(prev) > 1 and (prev[-2] in _DEATH or prev[-2] == ",")
    return False


def _aged_thing(article: Article, q: Quantity) -> bool:
    """An "N-year-old" said of a thing that is neither a person nor something built or founded: "an 18-year-old
    tawny port", "the 40-year-old oak", "a 12-year-old lease". Its age runs from no birth in the article and
    says nothing of anyone's age. A person noun among the two words after it ("the 31-year-old winger", "a
    17-year-old trainee"), a verb ("the 26-year-old signed"), a clause word or a name keeps it a person's age;
    so does a thing built or a firm (read from their building or founding)."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    if not q.text.lower().endswith("year-old") or k == 0 or toks[k - 1].low not in ("a", "an", "the", "its", "their"):
        return False
    after = [t for t in toks[k + 1:k + 3]]
    if not after or not after[0].is_word or not after[0].text.islower() or after[0].low in _CLAUSE_AFTER_AGE:
        return False
    if k >= 2 and toks[k - 2].low in _PREDICATIVE:
        return False  # "Fennick was then a 21-year-old reserve": said of the clause's subject
    words = [re.sub(r"['’]s?$", "", t.low) for t in after if t.is_word and t.text.islower()]
    if any(w in _FIRMS or w in _BUILT or _person_noun(w) for w in words):
        return False
    if toks[k - 1].low != "a" and toks[k - 1].low != "an" and (words[0].endswith("ed") or words[0] in _AGE_VERBS):
        return False  # "the 26-year-old signed", "the 19-year-old said": the age of whoever was named
    return True


def _person_noun(word: str) -> bool:
    """A word that names a person by kind, role or tie: a word of the article model's people, or an agent
    noun ("winger", "trainee", "novelist", "librarian", "assistant", "student")."""
    w = word.removesuffix("s") if word.endswith(("ers", "ors", "ists", "ians", "ants", "ents", "ees")) else word
    return w in _PEOPLE_NOUNS or w.endswith(("er", "or", "ist", "ian", "ant", "ent", "ee", "ess", "ie")) and len(w) > 4


# Words after "the N-year-old" that close or go on the clause: the age stands alone as a person's.
_CLAUSE_AFTER_AGE = frozenset("""and or but who whom whose which that from of in at on to with for by as when while
after before since than is was has had will would could said says told now then still also already just never once
again later""".split())
# Words before "a N-year-old ..." that make it said of the clause's subject.
_PREDICATIVE = frozenset("is was be been being became becomes then as like remains remained".split())
# Verbs that follow "the N-year-old" as a subject, not ending in -ed.
_AGE_VERBS = frozenset("""said says told tells has had is was will won wins became becomes made makes took takes left
leaves went goes came comes got gets began begins ran runs led leads hit hits set sets""".split())
# Person nouns that no agent suffix gives away.
_PEOPLE_NOUNS = frozenset("""man woman boy girl child son daughter mother father mum dad grandmother grandfather
grandson granddaughter wife husband widow widower brother sister aunt uncle nephew niece cousin twin baby toddler
teen teenager youngster youth pupil student graduate nurse chef pilot poet artist athlete cyclist jockey golfer
captain coach chief veteran rookie prodigy recruit novice apprentice victim suspect patient resident pensioner
mp senator minister actress actor model singer star executive chief head boss incumbent heir candidate
delegate champion native local individual person hopeful debutant newcomer entrant finalist striker midfielder defender keeper goalkeeper batsman
bowler fly-half scrum-half prop hooker lock centre wing winger forward guard""".split())


_TURNED = frozenset("turned turns turn turning".split())
# Bare counts that are ages by the words around them, written as "<word before> N <words after>" over the
# token shapes of _shape_around: "<verb> at N in <date>", "At N, <name>", "<name>, N that summer,", "who was N".
_AT_AGE = re.compile(r"(?:(?!(?:stood|stands|stand|remained|remains|was|is|were|are|held|peaked|fixed|set|capped|"
                     r"estimated|put|priced|valued|pegged|closed|opened|finished|ended|hovering|running|levelled|"
                     r"leveled|steady|flat|rate|rates|level|levels)\b)\w+ at N (?:in|on)? ?DATE"
                     r"|\^ at N , NAME|NAME , N that (?:summer|year|season|spring|autumn|fall|winter|day|time) ,"
                     r"|who was N (?:,|when|and|\.))")


def _shape_around(article: Article, q: Quantity) -> str:
    """The words around q as a small string for _AT_AGE: two tokens before and three after, a sentence's
    start as "^", written-year dates as DATE, names as NAME, q as N."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    first = next((j for j, t in enumerate(toks) if t.is_word or t.q is not None), 0)

    def shape(j: int) -> str:
        t = toks[j]
        if t.q is not None:
            return "DATE" if t.q.kind == "date" and writes_year(t.q) else "FIG"
        if any(j == start for start, _ in article.name_runs(q.sentence)):
            return "NAME"
        return t.low if t.is_word else t.text
    before = (["^"] if k - 2 < first else []) + [shape(j) for j in range(max(first, k - 2), k)]
    return " ".join(before[-2:] + ["N"] + [shape(j) for j in range(k + 1, min(len(toks), k + 4))])


def _born_just_before(toks, k: int) -> bool:
    """Whether "born" stands before index k with nothing between that names another figure or another
    person's clause ("Dunsany, born on 3 May 1980, is 45"; not "X, born in 1942, kept his seat at 81; the
    youngest, a lawyer, is 26")."""
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.is_word and t.low == "born":
            return True
        if t.text in (";", ":") or t.q is not None and t.q.kind != "date" or t.is_word and t.low in ("and", "but", "while"):
            return False
    return False


def _person_before(toks, k: int) -> bool:
    """Whether the word before index k is a person's name or a personal pronoun ("Thirlby is", "she is")."""
    return k > 0 and toks[k - 1].is_word and (toks[k - 1].low in ("he", "she", "they")
                                               or toks[k - 1].text[:1].isupper() and k - 1 > 0)


# An age a rule sets for everyone, not someone's age: "raise the pension age to 68"
_THRESHOLD_AGE = re.compile(r"\b(?:retirement|pension|pensionable|voting|minimum|maximum|legal|drinking|leaving|"
                            r"eligibility|qualifying|mandatory|statutory|marriage|marriageable|consent|cut-off|cutoff)"
                            r"\s+age\b|\bage\s+(?:limit|threshold|of\s+consent)\b", re.I)


def _built_thing(article: Article, q: Quantity, following: list[str]):
    """The one building, launch or opening dated in the article of the thing an age is said of: a thing
    built named after the age ("the 22-year-old ferry"), or a name ("the 22-year-old Sea Lark") in an
    article that dates no birth and builds one such thing ("The vessel was built in 1993")."""
    if not following or article.tokens(q.sentence)[article.token_index(q) - 1:article.token_index(q)] == []:
        return None
    following = [re.sub(r"['’]s?$", "", following[0])] + following[1:]  # "the 124-year-old structure's arches"
    nxt = article.tokens(q.sentence)[article.token_index(q) + 1] if article.token_index(q) + 1 < \
        len(article.tokens(q.sentence)) else None
    named = nxt is not None and nxt.is_word and nxt.text[:1].isupper()
    if following[0] not in _BUILT and not (named and not article.events_of("birth")):
        return None
    events = [e for e in article.dated_events if e.kinds & {"completion", "launch", "opening"} and not e.planned
              and (_BUILT & set(article.phrase_words(e.date, before=12))
                   or q.sentence - 2 <= e.sentence <= q.sentence and e.date.span[0] < q.span[0]
                   and following[0] in _BUILT)]  # "whose library opened in May 1936. ... the 89-year-old building"
    return _one_date(events)


def _age(article: Article, q: Quantity):
    """An age against the article's one birth date, at the date the age is given for."""
    if _THRESHOLD_AGE.search(article.before(q, 60)):
        return  # "raise the pension age to 67": a threshold, not the age of the person born before
    following = article.words_after(q, 1)
    firm = bool(following) and following[0] in _FIRMS  # "the six-year-old company": from its founding
    built = _built_thing(article, q, following)
    if built is not None:  # "the 22-year-old ferry", "the 22-year-old Sea Lark": from its building
        planned = {d.id for d in article.planned_dates()}
        others = [d for d in _written_dates(article, q) if d.id != built.date.id and d.id not in planned
                  and re.search(r"\d{4}", d.text)]
        if len(others) > 1:
            return
        yield _span_claim(q, built.date, others[0] if others else None, cue="age", about="completion")
        return
    births = _events_before(article, "founding" if firm else "birth")
    birth = _one_date(births)
    if birth is None and not firm:
        birth = _one_date(_births_named_beside(article, q, births))
    if birth is None or not firm and not _same_person(article, q, birth):
        return
    # the age's own time is a date "in"/"on"/"of" ("In April 1952, at 21"); "since 2018" only starts a tenure
    dates = [d for d in _written_dates(article, q) if d.id != birth.date.id
             and (article.words_before(d, 1)[-1:] in (["in"], ["on"], ["of"])
                  or article.token_index(d) == article.token_index(q) + 1)]  # "turned 60 last month"
    recent = str(article.published.year - 1) if article.published else "9999"
    if any(d.span[0] > q.span[0] and _tied_after(article, q, d) and str(d.value)[:4] < recent for d in dates) \
            and _appositive(article, q):
        return  # "Ysolde Vant, 30, won her first seat in 1984": her age now, or then? Not said ("on Sunday" is both).
    # a later date dates the age only in the age's own clause ("was 30 when she won ... in 1984"), not past
    # another date or a new clause ("Vant, 61, was born in May 1961 and opened the shop in 1989": 61 is now)
    dates = [d for d in dates if d.span[0] < q.span[0] or _tied_after(article, q, d)]
    if len(dates) > 1:
        return
    anchor = dates[0] if dates else None
    words = set(article.words_before(q, 3))
    past = bool(words & {"was", "aged", "at"} | words & _TURNED) and q.noun != "age" or "aged" in words
    if anchor is None and q.sentence > 0:
        prev = q.sentence - 1 if article.paragraph(q.sentence - 1) == article.paragraph(q) else None
        for s in (q.sentence, prev):
            if s is None:
                continue
            said = {t.low for t in article.tokens(s) if t.is_word}
            found = [d for d in article.in_sentence(s) if d.kind == "date" and d.resolved]
            if said & _DEATH and len(found) == 1:
                anchor = found[0]  # "died on August 11 ... She was 91."
                break
    if anchor is None and (past or {t.low for t in article.tokens(q.sentence)} & _DEATH):
        return  # an age at some unsaid time: "he was 21 when he joined"
    if anchor is not None and str(anchor.value) <= str(birth.date.value):
        return
    yield _span_claim(q, birth.date, anchor, cue="age", about="founding" if firm else "birth")


# Words that start a new clause between an age and a later date: the date is of another happening.
_NEW_CLAUSE = frozenset("and but before after then while since until later whereas though although".split())


def _tied_after(article: Article, q: Quantity, date: Quantity) -> bool:
    """Whether a date after an age stands in the age's own clause: no other figure, clause break or
    coordinating word between them ("at 25 in 2010", "was 30 when she won her first election in 1984")."""
    toks = article.tokens(q.sentence)
    between = toks[article.token_index(q) + 1:article.token_index(date)]
    return not any(t.q is not None or t.text in (";", ":", "(", ")", "—", "–") or t.is_word and t.low in _NEW_CLAUSE
                   for t in between)


def _appositive(article: Article, q: Quantity) -> bool:
    """An age set off by commas after a name: "Ysolde Vant, 30, won"."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    return 1 < k + 1 < len(toks) and toks[k - 1].text == "," and toks[k + 1].text == "," and \
        toks[k - 2].is_word and toks[k - 2].text[:1].isupper()


def _events_before(article: Article, kind: str) -> list[DatedEvent]:
    """The unplanned dated events of one kind, counting also a date whose words before it name that kind
    alone when the words after it run on into another clause ("was born in March 1963 and took over the
    vineyard in 1991": a birth, though "took over" follows)."""
    out = []
    for e in article.dated_events:
        if e.planned or kind not in e.kinds:
            continue
        words = article.phrase_words(e.date)
        if e.kinds == {kind} or event_kinds(words[:words.index("")]) == {kind}:
            out.append(e)
    return out


def _age_then(article: Article, q: Quantity):
    """An age at a past date against the same person's present age: "Ivo Quaide, now 52, ... on 3 May
    2009" ... "Quaide, then a 36-year-old driver" — the one age said with "now" of someone the age's
    sentence names, and the one written date of the age's sentence (or, with none there, of the sentence
    before)."""
    if "then" not in article.words_before(q, 3) or not _names(article, q.sentence) - _MONTHS \
            or _THRESHOLD_AGE.search(article.before(q, 60)):
        return
    nows = [o for o in article.quantities if o.id != q.id and o.sentence != q.sentence and _is_now_age(article, o)
            and (_names(article, q.sentence) - _MONTHS) & _names(article, o.sentence)]
    if len(nows) != 1:
        return
    dates = [d for d in _written_dates(article, q) if re.search(r"\d{4}", d.text)]
    if not dates and q.sentence > 0:
        prev = q.sentence - 1
        dates = [d for d in article.in_sentence(prev) if d.kind == "date" and d.resolved
                 and re.search(r"\d{4}", d.text) and "ago" not in d.text.lower()]
    if len(dates) != 1 or article.published is None or str(dates[0].value) >= article.published.isoformat():
        return
    yield claim("date_offset", {"offset": q, "now": nows[0], "anchor": dates[0]}, cue="age-then", about="birth")


# Words after an age that date it by the time the text just named: "Orla, 19 that summer, ...".
_THAT_TIME = frozenset("summer year season spring autumn fall winter day time night week month".split())
_PUBLISHED = "published"


def _age_time(article: Article, q: Quantity) -> Quantity | str | None:
    """When an age is told for: a written date of its clause ("sailed at 17 in 1959", "rented it in March
    1938 at the age of 31", "retired in 1969, aged 62"); the one date of its sentence, or of the sentence before,
    for "then a 34-year-old" and "20 that spring"; publication (_PUBLISHED) for "now 58" and for an age said
    of someone in a sentence that writes no year ("Dela Marr, 71, said", "said the 45-year-old", "At 68, she
    still rows"). None when unsure: "was 21 when she joined" with no date, two dates, a date in another
    clause, or a plan."""
    before, after = article.words_before(q, 2), article.words_after(q, 2)
    if before[-1:] == ["now"] or before[-2:] == ["now", "a"]:
        return _PUBLISHED
    planned = {d.id for d in article.planned_dates()}
    dates = [d for d in _written_dates(article, q) if writes_year(d) and d.id not in planned]
    if "then" in before or after[:1] == ["that"] and after[1:2] and after[1] in _THAT_TIME:
        if not dates and q.sentence > 0:
            dates = [d for d in article.in_sentence(q.sentence - 1) if d.kind == "date" and d.resolved
                     and writes_year(d) and "ago" not in d.text.lower() and d.id not in planned]
        return dates[0] if len({str(d.value) for d in dates}) == 1 and dates[0].span[0] < q.span[0] else None
    tied = [d for d in dates if _tied_before(article, q, d) or d.span[0] > q.span[0] and _tied_after(article, q, d)]
    if tied:
        return tied[0] if len(tied) == 1 else None
    if dates or {"was", "were", "had"} & set(before):
        return None
    return _PUBLISHED


def _tied_before(article: Article, q: Quantity, date: Quantity) -> bool:
    """Whether a date before an age stands in the age's own clause: only words of the clause between them,
    or a comma alone ("in March 1938 at the age of 31", "retired in 1969, aged 62")."""
    if date.span[0] > q.span[0]:
        return False
    toks = article.tokens(q.sentence)
    between = toks[article.token_index(date) + 1:article.token_index(q)]
    if [t.text for t in between].count(",") == 1 and between[0].text == ",":
        between = between[1:]
    return not any(t.q is not None or not t.is_word or t.low in _NEW_CLAUSE for t in between)


def _age_pair(article: Article, q: Quantity):
    """An age against an earlier age of the same person told for another time: "then a 34-year-old" in 1989
    and "At 68, she still rows" (published 2023); "bought the boat at 31 in 1986" and "Søren, now 63";
    "rented it in March 1938 at the age of 31" and "retired in 1969, aged 62". The person is the name the model gives
    each age (article.person_of), one person by article.same_person; the earlier age is the nearest before
    of that person whose time is known. Refuses an age of unknown time, a person not named, and a name two
    people of the article share."""
    when = _age_time(article, q)
    person = article.person_of(q)
    if when is None or person is None or _THRESHOLD_AGE.search(article.before(q, 60)):
        return
    for other in reversed([o for o in article.quantities if o.span[0] < q.span[0]]):
        if not _is_age(article, other):
            continue
        theirs = article.person_of(other)
        if theirs is None or not article.same_person(person, theirs):
            continue
        then = _age_time(article, other)
        if then is None:
            return
        roles = {"offset": q, "other": other}
        if then != _PUBLISHED:
            roles["other_anchor"] = then
        if when != _PUBLISHED:
            roles["anchor"] = when
        if when == then or then != _PUBLISHED and when != _PUBLISHED and then.id == when.id:
            return
        yield claim("date_offset", roles, cue="age-pair", about="birth")
        return


def _is_now_age(article: Article, q: Quantity) -> bool:
    """An age told as the present one: "Ivo Quaide, now 52," / "now a 52-year-old"."""
    if not isinstance(q.value, float) or not q.value.is_integer() or not 1 <= q.value <= 120:
        return False
    before = article.words_before(q, 2)
    if before[-1:] != ["now"] and before[-2:] != ["now", "a"]:
        return False
    return q.noun == "age" or q.text.lower().endswith(("year-old", "years old")) or \
        q.kind == "count" and not q.noun and \
        article.after(q, 2).lstrip()[:1] in (",", ".", ";")


def _names(article: Article, sentence: int, *, strict: bool = False) -> set[str]:
    """Capitalised words of a sentence past its first word (names, mostly); strict: its first word only
    where it is a name elsewhere too, or the first of two ("Officials said" names nobody; "Ysmay Marrow was"
    and "Dewsby scored", with Dewsby named mid-sentence elsewhere, do)."""
    toks = [t for t in article.tokens(sentence) if t.is_word]
    return {t.text.removesuffix("'s").removesuffix("’s") for k, t in enumerate(toks)
            if t.text[:1].isupper() and t.low.rstrip(".") not in _TITLES and t.text != "I"
            and (k or t.low not in _STOP and t.low not in _OPENERS and t.low not in _DAYS_SAID
                 and (not strict or len(toks) > 1 and toks[1].text[:1].isupper()
                      or t.text in _names_within(article)))}


def _names_within(article: Article) -> set[str]:
    """Capitalised words the article writes past the first word of a sentence."""
    found = article.memo.get("date_spans.names_within")
    if found is None:
        found = article.memo["date_spans.names_within"] = {
            t.text for s in range(len(article.sentences))
            for t in [t for t in article.tokens(s) if t.is_word][1:] if t.text[:1].isupper()}
    return found


# Words that open a sentence (often a quote) with a capital and name nobody: "Today was about the title".
_DAYS_SAID = frozenset("today yesterday tomorrow tonight".split())


# Titles before a name say nothing of whose name it is: "Mr Teal" and "Mr Halvik" are two people.
_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir dame lord lady rev fr sheikh chief justice".split())


def _same_person(article: Article, q: Quantity, birth: DatedEvent) -> bool:
    """The age is the born person's. Each side's person is who its sentence names, or, when the
    sentence names nobody (or, for the birth, nobody the article names again: "Born in Leeds, she"),
    who was last named before it: an age whose sentence names nobody ("The 29-year-old batted ...")
    is said of the person last named in its paragraph, which refuses it against another man's birth
    ("Brannagh's spell was quieter. The 29-year-old ..."); an age right after its birth's sentence, or
    with nobody named before it in its paragraph, is the born person's, unless the birth stands in another
    paragraph and the sentences before the age, back to the birth, name someone: the age is theirs."""
    names = _names(article, q.sentence) - _MONTHS
    crossed = False
    if not names:
        names = _last_named(article, q.sentence, stop=birth.sentence, paragraph=article.paragraph(q))
        if not names and article.paragraph(birth.sentence) != article.paragraph(q):
            # "The 31-year-old winger ..." or "the 26-year-old told reporters" opening a paragraph is who the
            # paragraphs before named, not someone born in another paragraph
            names = _last_named(article, q.sentence, stop=birth.sentence, strict=True)
            crossed = bool(names)
        if not names:
            return True
    born = _names(article, birth.sentence) - _MONTHS
    if not born & _recurring_names(article, birth.sentence):
        # looking back from the birth for its person stops at the age's sentence when that names someone
        # of its own, or when the age was placed by the paragraphs before it
        own = crossed or q.sentence < birth.sentence and bool(_names(article, q.sentence) - _MONTHS)
        born |= _last_named(article, birth.sentence, stop=q.sentence if own else -1)
    return bool(names & born)


def _last_named(article: Article, sentence: int, *, stop: int = -1, paragraph: int | None = None,
                back: int = 3, strict: bool = False) -> set[str]:
    """Names of the nearest of the `back` sentences before `sentence` that names someone, staying in
    `paragraph` when given and ending (with nothing) at the sentence `stop`."""
    for s in range(sentence - 1, max(-1, sentence - 1 - back), -1):
        if s == stop or paragraph is not None and article.paragraph(s) != paragraph:
            break
        named = _names(article, s, strict=strict) - _MONTHS
        if named:
            return named
    return set()


def _recurring_names(article: Article, sentence: int) -> set[str]:
    """Names of a sentence that another sentence of the article names too (people and bodies the
    story follows, rather than a place of birth said once)."""
    own = _names(article, sentence) - _MONTHS
    seen: set[str] = set()
    for s in range(len(article.sentences)):
        if s != sentence:
            seen |= own & _names(article, s)
    return seen


_OPENERS = frozenset("born aged she he her his born now after before".split())
_MONTHS = frozenset("""January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


def _births_named_beside(article: Article, q: Quantity, births: list[DatedEvent]) -> list[DatedEvent]:
    """Of several births, those whose sentence names someone named right beside the age ("the 27-year-old
    Zofia Quenby" ... "Quenby, who was born in May 1996"; "Aurel Pellworth, 38,")."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    beside = {t.text.removesuffix("'s").removesuffix("’s") for t in toks[max(0, k - 3):k + 4]
              if t.is_word and t.text[:1].isupper() and t.low not in _STOP and t.low not in _OPENERS} - _MONTHS
    if not beside:
        return []
    return [b for b in births if beside & _names(article, b.sentence)]


_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", '"', "“", "”", ".", "!", "?"})


def _events_over_figures(article: Article, kind: str, q: Quantity) -> list[DatedEvent]:
    """Dates whose own clause names the event with a figure of description between the verb and the date
    ("who signed as a 17-year-old apprentice in 1996"), which the article's dated events, cut at the
    first figure, do not read: the clause back to a break (at most 12 words), one kind only, no plan."""
    out = []
    for d in article.quantities:
        if d.kind != "date" or not d.resolved or not re.search(r"\d{4}", d.text) or "ago" in d.text.lower() \
                or d.sentence == q.sentence:
            continue
        toks = article.tokens(d.sentence)
        words: list[str] = []
        for t in reversed(toks[:article.token_index(d)]):
            if t.text in _CLAUSE_BREAKS or t.q is not None and t.q.kind == "date" or len(words) >= 12:
                break
            if t.is_word:
                words.append(t.low)
        words.reverse()
        if event_kinds(words) == {kind} and not set(words) & _PLAN_WORDS:
            out.append(DatedEvent(d, frozenset({kind}), d.sentence, False))
    return out


_PLAN_WORDS = frozenset("will would due plans planned plan expected scheduled aims hopes intends".split())
# Processes that run from the day a thing was first put forward: "after 38 years of debate".
_PROCESSES = frozenset("""debate debates debating talk talks discussion discussions negotiation negotiations
wrangling argument arguments campaigning lobbying planning delay delays study studies controversy""".split())
_PROPOSED = frozenset("proposed mooted floated suggested conceived raised envisaged".split())


def _since_proposed(article: Article, q: Quantity):
    """'After 38 years of debate' against the one date the text says the thing was first proposed
    ("the bypass, first put forward in 1979, ..."; "the scheme was first floated in 2002"), to the sentence's
    date or publication."""
    dates = []
    for d in article.quantities:
        if d.kind != "date" or not d.resolved or not re.search(r"\d{4}", d.text) or d.span[0] > q.span[0]:
            continue
        words = article.phrase_words(d, before=5, after=0)
        if "first" in words and set(words) & _PROPOSED:
            dates.append(d)
    if not dates or len({str(d.value) for d in dates}) != 1:
        return
    yield _span_claim(q, dates[0], _anchor(article, q))
