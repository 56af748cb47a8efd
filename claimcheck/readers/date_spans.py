"""Spans, ages and 'N years ago' against an event dated in another sentence or paragraph."""

from __future__ import annotations

import re

from ..article import _STOP, Article, DatedEvent, event_kinds
from ..models import Quantity
from . import claim, reader

# Nouns of a span that runs from the last event of its kind: "ending a 21-year drought".
_WAIT_NOUNS = frozenset("drought wait absence hiatus gap exile famine".split())
# Verbs of a thing lasting since it was dated: "the record had stood for 16 years".
_STOOD = frozenset("stood stand stands lasted survived endured held".split())
# Verbs of a craft in service since its launch: "Vesta will have flown for nearly 11 years".
_FLOWN = frozenset("flown flying orbited orbiting operating operated".split())
_QUALIFIERS = frozenset("nearly almost about around roughly some more than over under just close to well".split())
_AGE_BEFORE = re.compile(r"\b(?:was|is|aged|age|at)\s*$", re.IGNORECASE)
_FIRMS = frozenset("""company firm startup start-up business group bank lender carrier airline maker brand chain
retailer insurer club charity""".split())
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
    opened" (the sentence's date), "the 58-year-old" (publication).
    Refuses: an event kind dated twice with different dates; a wait whose start the text does not call
    the last ("won in 2003 ... ended a 20-year drought"); "founded a charity 20 years ago" (another thing); a phrase naming two kinds of event;
    dates the text marks as plans ("is due to open in 2027"); dates without a written year
    ("in May that year"); two birth dates; an age of someone else named ("Achieng, 29" against
    another person's birth); "was 21 when he joined" with no date or death beside it.
    """
    linked = {qid for c in article.extraction.claims if c.kind == "date_offset" for qid in c.quantities}
    ranged = {qid for c in article.extraction.claims if c.kind == "range" for qid in c.quantities}
    for q in article.quantities:
        if q.id in linked:
            continue
        if q.kind == "date" and "ago" in q.text.lower():
            yield from _ago(article, q)
        elif _is_age(article, q):
            yield from _age(article, q)
        elif q.kind == "duration" and q.unit == "year" and q.id not in ranged:
            yield from _since(article, q)


def _one_date(events: list[DatedEvent]) -> DatedEvent | None:
    """The event when every candidate names the same date; None when none or several dates."""
    dates = {str(e.date.value) for e in events}
    return events[0] if len(dates) == 1 else None


def _written_dates(article: Article, q: Quantity) -> list[Quantity]:
    return [o for o in article.in_sentence(q.sentence)
            if o.id != q.id and o.kind == "date" and o.resolved and "ago" not in o.text.lower()]


def _ago(article: Article, q: Quantity):
    """'founded the company 41 years ago' against the one founding dated elsewhere."""
    if q.qualifier != "exact" or _written_dates(article, q):
        return
    words = article.phrase_words(q)
    kinds = event_kinds(words)
    if len(kinds) != 1 or {"a", "an", "another", "own"} & set(words[:words.index("")]):
        return  # "founded a charity 20 years ago" is another founding than the company's
    event = _one_date(article.events_of(kinds.pop()))
    if event is not None:
        yield claim("date_offset", {"offset": q, "event": event.date}, cue="ago")


def _since(article: Article, q: Quantity):
    """A span in years running from a dated event to the sentence's date (or publication)."""
    before = article.words_before(q, 10)
    while before and before[-1] in _QUALIFIERS:  # "flown for nearly 11 years"
        before.pop()
    after = article.words_after(q, 3)
    first_in = before[-1:] == ["in"] and "first" in before[:-1]          # "the first title in 21 years"
    waited = q.text.endswith("-year") and bool(after) and after[0] in _WAIT_NOUNS \
        or len(after) > 1 and after[0] in ("title", "trophy", "league") and after[1] in _WAIT_NOUNS
    stood = before[-1:] == ["for"] and bool(_STOOD & set(before[-3:-1]))
    flown = before[-1:] == ["for"] and bool(_FLOWN & set(before[-3:-1]))
    if not (first_in or waited or stood or flown):
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
    events = article.events_of(kind)
    dates = [d for d in _written_dates(article, q) if d.id not in {e.date.id for e in events}]
    if len(dates) > 1:
        return
    anchor = dates[0] if dates else None
    if anchor is not None:
        events = [e for e in events if str(e.date.value) < str(anchor.value)]
    if first_in or waited:  # the wait runs from the one the text calls the last: "last won in 1998"
        events = [e for e in events if {"last", "since"} & set(article.phrase_words(e.date))]
    event = _one_date(events)
    if event is None:
        return
    roles = {"offset": q, "event": event.date}
    if anchor is not None:
        roles["anchor"] = anchor
    yield claim("date_offset", roles, cue="since")


def _is_age(article: Article, q: Quantity) -> bool:
    if q.noun == "age" or q.text.lower().endswith(("year-old", "years old", "year old")):
        return True
    if q.kind != "count" or q.noun or q.qualifier != "exact" or not float(q.value).is_integer() \
            or not 1 <= float(q.value) <= 120:
        return False
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


def _age(article: Article, q: Quantity):
    """An age against the article's one birth date, at the date the age is given for."""
    following = article.words_after(q, 1)
    firm = bool(following) and following[0] in _FIRMS  # "the six-year-old company": from its founding
    birth = _one_date(article.events_of("founding" if firm else "birth"))
    if birth is None or not firm and not _same_person(article, q, birth):
        return
    # the age's own time is a date "in"/"on"/"of" ("In April 1952, at 21"); "since 2018" only starts a tenure
    dates = [d for d in _written_dates(article, q) if d.id != birth.date.id
             and article.words_before(d, 1)[-1:] in (["in"], ["on"], ["of"])]
    if len(dates) > 1:
        return
    anchor = dates[0] if dates else None
    words = set(article.words_before(q, 3))
    past = bool(words & {"was", "aged", "at"}) and q.noun != "age" or "aged" in words
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
    roles = {"offset": q, "event": birth.date}
    if anchor is not None:
        roles["anchor"] = anchor
    yield claim("date_offset", roles, cue="age", about="founding" if firm else "birth")


def _names(article: Article, sentence: int) -> set[str]:
    """Capitalised words of a sentence past its first word (names, mostly)."""
    toks = [t for t in article.tokens(sentence) if t.is_word]
    return {t.text.removesuffix("'s").removesuffix("’s") for k, t in enumerate(toks)
            if t.text[:1].isupper() and (k or t.low not in _STOP and t.low not in _OPENERS)}


def _same_person(article: Article, q: Quantity, birth: DatedEvent) -> bool:
    """The age is the born person's: its sentence names nobody, or someone the birth's sentence (or
    the one before it) names."""
    names = _names(article, q.sentence) - _MONTHS
    if not names:
        return True
    near = _names(article, birth.sentence) | (_names(article, birth.sentence - 1) if birth.sentence else set())
    return bool(names & near)


_OPENERS = frozenset("born aged she he her his born now after before".split())
_MONTHS = frozenset("""January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
