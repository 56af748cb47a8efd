"""Changes judged better or worse, and changes of a time between two stated ends.

Shapes:
- a verdict on a measure that is bad to have more of, then the figures: "Queues at the
  passport office worsened, with the typical wait falling to 26 minutes from 33"; "Burglaries improved sharply: they dropped to
  310 from 402"; "Response times deteriorated as the median rose to 9 minutes from 7" — for delays,
  waits, costs, prices paid, crime, deaths and the like, "worse" means more and "better" means less;
  likewise for a ratio or rate of something bad ("the non-performing loan ratio worsened to 4.4% from 3.8%",
  "the error rate improved") and for a measure the article says runs down ("A lower band score means
  better results"; "the lower the handicap, the better"); on a measure good to have more of, "worsened"
  means less ("the operating margin worsened to 15.2% from 16.9%");
- a time that moved between two stated ends with a verb of direction: "the typical queue fell to 19
  minutes from 27 minutes", "journey times were cut from 3 hours to 2 hours 40 minutes".

Refuses: a verdict on a measure whose good direction the words do not settle ("the figures improved",
"conditions worsened"); a verdict in another clause than the figures ("delays worsened in May; the
budget fell to ..."); two verdicts of opposite senses; a time whose ends are of different things or
another kind ("fell to 38 minutes from 52 points").
"""

from __future__ import annotations

from ..article import Article
from ..patterns import re
from ..senses import better_direction, stated_senses
from ..vocab import LESS_IS_BETTER
from . import claim, reader

# Steps that end a wait: "the time from charge to trial", "the time to a decision" is a wait for them.
_COMPLETIONS = frozenset("""finalisation finalization decision trial treatment approval completion resolution hearing
judgment judgement payment sentencing settlement appointment verdict discharge repair delivery connection
processing""".split())
# Verdict words: whether the measure got better or worse.
_WORSE = frozenset("worsened worsen worsens worsening deteriorated deteriorate deteriorates deteriorating "
                   "worse".split())
_BETTER = frozenset("improved improve improves improving improvement better".split())
# Words that may follow a verdict that stands alone: "worsened sharply, with ...", "improved as ...".
_AFTER_VERDICT = frozenset("""with as while when after since sharply markedly slightly further again significantly
considerably dramatically steadily last this in over during across""".split())
# Words between a measure and its verdict: "deaths got worse", "delays have worsened markedly".
_AUXILIARIES = frozenset("""got get gets getting became become becomes grew has have had been was were is are
further markedly sharply significantly slightly considerably also even""".split())
# Words that end the verdict's clause before the figures: a verdict there is about another thing.
_BREAKS = frozenset({";", ":", ".", "!", "?", "(", ")"})
_DIRECTION_VERBS = re.compile(r"^(?:fell|fall|falls|falling|dropped|drop|drops|dropping|declined|decline|declining|"
                              r"cut|cuts|shortened|shrank|eased|slipped|reduced|lowered|came|rose|rise|rises|"
                              r"rising|climbed|climbing|increased|increasing|grew|jumped|lengthened|"
                              r"stretched|up|down)$")
_UP = frozenset("rose rise rises rising climbed climbing increased increasing grew jumped lengthened "
                "stretched up".split())


@reader("judged-changes")
def read(article: Article):
    """Verdicts of better or worse on a measure of which less is better, against the change's figures;
    and changes of a time between two ends named with a verb of direction.

    Covers "delays worsened, with the average falling to 38 minutes from 52" (worse means up for a
    delay) and "waits improved as they rose to 9 minutes from 7" (better means down), and "the
    average wait fell to 38 minutes from 52 minutes" (a time's change). Refuses verdicts on measures
    whose good direction is unsettled ("conditions improved"), verdicts in another clause, two
    verdicts of opposite sense, and ends of different units.
    """
    changes = [c for c in article.extraction.claims if c.kind == "change" and "from" in c.roles and "to" in c.roles]
    by_id = article.extraction.quantity
    pairs = [(by_id(c.roles["from"]), by_id(c.roles["to"]), c) for c in changes]
    seen = {(c.roles["from"], c.roles["to"]) for c in changes}
    for start, end, word, direction in _time_changes(article, seen):
        if direction is not None:
            yield claim("change", {"from": start, "to": end}, cue=word, direction=direction,
                        asserted=[(word, direction)], sentence=end.sentence)
        pairs.append((start, end, None))  # "improved to 14 months from 12": the verdict alone says a direction
    for start, end, _ in pairs:
        verdict = _verdict(article, start, end)
        if verdict is not None:
            word, direction = verdict
            yield claim("change", {"from": start, "to": end}, cue=word, direction=direction,
                        asserted=[(word, direction)], sentence=max(start.sentence, end.sentence))


def _verdict(article: Article, start, end):
    """The verdict word before the change's first figure in its sentence and clause, and the direction it
    asserts for a measure of which less is better: (word, 'up' | 'down'), or None when unsure."""
    first = start if start.span[0] < end.span[0] else end
    if start.sentence != end.sentence:
        return None
    toks = article.tokens(first.sentence)
    k = article.token_index(first)
    window = []
    for j in range(k - 1, -1, -1):
        t = toks[j]
        if t.text in _BREAKS or len(window) >= 25:
            break
        if t.is_word:
            window.append((j, t.low))
    window.reverse()
    found = [(j, w) for j, w in window if w in _WORSE or w in _BETTER]
    if not found or len({w in _WORSE for _, w in found}) != 1:
        return None
    j, word = found[0]
    after = [t for t in toks[j + 1:j + 5]]
    # the verdict stands alone ("delays worsened, with ...", "crime improved sharply as ..."); one with an
    # object judges another thing ("the cost cuts improved margins")
    governs = bool(after) and after[0].low in ("to", "from") and len(after) > 1 and after[1].q is first
    if after and after[0].is_word and after[0].low not in _AFTER_VERDICT and not governs:
        return None  # "improved to 11.6 months from 10.3 months": the verdict is the figures' own verb
    # the measure judged: the words before the verdict, past "got", "have" and adverbs, and past a place
    # ("Burglaries in Ravensby improved")
    near = toks[max(0, j - 7):j]
    commas = [k for k, t in enumerate(near) if t.text == ","]
    if commas and commas[-1] < len(near) - 1:
        near = near[commas[-1] + 1:]  # "At the Harbour clinic, waits worsened": the subject after a fronted phrase
    subject = [t.low for t in near if t.is_word]
    while subject and subject[-1] in _AUXILIARIES:
        subject.pop()
    if "time" in subject and subject[subject.index("time") + 1:][:1] in (["from"], ["to"], ["taken"]):
        # "the time from charge to trial" is a wait for a step; "the time from diagnosis to death" is not
        if set(subject[subject.index("time") + 1:]) & _COMPLETIONS:
            return word, "up" if word in _WORSE else "down"
        return None
    for prep in ("in", "at", "across", "on", "for", "around"):
        if prep in subject and subject[-1] not in LESS_IS_BETTER:
            subject = subject[:subject.index(prep)]
    if subject and subject[-1] not in LESS_IS_BETTER:
        # a measure the article says runs down ("A lower grade average indicates better results"), or a
        # ratio or rate of something bad ("the non-performing loan ratio", "the error rate")
        sense = better_direction(subject, _stated(article))
        if sense == "down":
            return word, "up" if word in _WORSE else "down"
        if sense == "up" and word in _WORSE:
            return word, "down"  # "the operating margin worsened": a fall ("improved" is the linker's own verb)
        return None
    if not subject:
        return None
    if subject[-1] in ("time", "times") and not set(subject[:-1]) & {"waiting", "journey", "response", "wait",
                                                                     "handover", "travel", "queueing",
                                                                     "processing", "turnaround"}:
        return None  # "lap times improved": whether less is better depends on what is timed
    return word, "up" if word in _WORSE else "down"


def _time_changes(article: Article, seen: set):
    """'fell to 38 minutes from 52 minutes', 'was cut from 3 hours to 2 hours': two times of one unit in
    one clause, joined by "to ... from" or "from ... to", with a verb of direction before them."""
    for s in article.sentences_with(frozenset(), units=("minute", "hour", "second", "day", "week", "month", "year")):
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            if t.q is None or t.q.kind != "duration":
                continue
            before = [x.low for x in toks[max(0, k - 3):k] if x.is_word]
            pointed = _up_from_time(toks, k)
            if pointed is not None:
                start, word = pointed
                if (start.id, t.q.id) not in seen:
                    yield start, t.q, word, "up" if word == "up" else "down"
                continue
            if not before or before[-1] not in ("to", "from"):
                continue
            rest = toks[k + 1:k + 7]
            nxt = next((x for x in rest if x.q is not None and x.q.kind != "date"), None)
            if nxt is None or nxt.q.kind != "duration" or nxt.q.unit != t.q.unit:
                continue
            gap = toks[k + 1:toks.index(nxt)]
            between = [x.low for x in gap if x.q is None]
            want = "from" if before[-1] == "to" else "to"
            # "to 19 minutes in June from 27 minutes": a date of the end may stand between
            if not between or between[-1] != want or not set(between[:-1]) <= {"in", "on", "during", "by", ","} \
                    or any(x.q is not None and x.q.kind != "date" for x in gap):
                continue
            verbs = [x.low for x in toks[max(0, k - 4):k] if x.is_word and (_DIRECTION_VERBS.match(x.low)
                                                                             or x.low in _WORSE | _BETTER)]
            if len(verbs) != 1:
                continue
            start, end = (nxt.q, t.q) if before[-1] == "to" else (t.q, nxt.q)
            if (start.id, end.id) in seen:
                continue
            if verbs[0] in _WORSE | _BETTER:
                yield start, end, verbs[0], None  # a verdict: its direction depends on the measure
                continue
            yield start, end, verbs[0], "up" if verbs[0] in _UP else "down"


# Words that may describe a time before ", up from" names its earlier value: "212 hours without power, up from".
_UP_FROM_FILLER = re.compile(r"^[a-z'’-]+$")


def _up_from_time(toks, k: int):
    """'spent 96 hours without water, up from 71 hours in March', 'waited 38 minutes on average, down from
    47 minutes': a time, at most five words describing it, a comma, "up from" or "down from" and an earlier
    time of the same unit. Returns (the earlier time, 'up' | 'down'), or None."""
    t = toks[k]
    j = k + 1
    words = 0
    while j < len(toks) and (toks[j].q is not None and toks[j].q.kind == "date" or toks[j].q is None
                             and toks[j].is_word and _UP_FROM_FILLER.match(toks[j].low)):
        if toks[j].q is None and toks[j].low in ("and", "but", "while", "when", "as", "which", "who", "up", "down"):
            return None  # another clause, or "up" without the comma that makes it the time's own change
        words += 1
        j += 1
    if words > 5 or j + 3 >= len(toks) or toks[j].text != ",":
        return None
    adverb, frm, nxt = toks[j + 1], toks[j + 2], toks[j + 3]
    if adverb.low not in ("up", "down") or frm.low != "from" or nxt.q is None:
        return None
    if nxt.q.kind != "duration" or nxt.q.unit != t.q.unit or nxt.q.per != t.q.per:
        return None
    return nxt.q, adverb.low


def _stated(article: Article) -> dict[str, str]:
    """The senses the article states of its measures ("a lower score means better"), read once."""
    memo = article.extraction.memo
    if "stated_senses" not in memo:
        memo["stated_senses"] = stated_senses(article.text)
    return memo["stated_senses"]

