"""The running-totals reader: a rate per day (week, month) in one sentence, the sum it ran up in another.

Shapes (claim kind ``rate``):

- a rate per unit of time and the sum it has come to over a span of those units stated elsewhere (role
  count, cue ``per``): "The closure has lasted nine days. ... It costs the port £2.5 million a day. ...
  Losses from the closure have reached £21 million" (£2.5 million x 9 days); "a walkout now in its
  14 days" ... "the walkout had cost the airline €70 million, about €5 million a day"; the span is the
  one duration in the rate's unit that the article gives, and it must share a word with the rate's or
  the sum's sentence (the event it spans: "the closure", "the walkout");
- a rate per day over a named month and that month's sum stated elsewhere (role period, cue ``period``):
  "In March the mill averaged 1,200 tonnes a day. ... Its March output of 41,000 tonnes ..." (the rule
  counts March's 31 days).

The sum is the one figure of the rate's unit (currency, or the unit of a measure "a day") in another
sentence whose sentence shares a content word with the rate's ("costing" / "cost"; "petrol output" /
"production of petrol"), larger than the rate and a level of its own.

Refuses: two candidate sums, or two spans of different lengths; a span that names no word of the rate's
or the sum's sentence; a sum that is a start or size of a change, another rate, a share's part, or a
range end; a rate already read with its total; a rate per thing as well ("£40 a week each", "per pupil"); a rate that is an earlier level ("down from £3 million a
day"); a sum in the rate's own sentence (the rate reader's).
"""

from __future__ import annotations

from ..article import Article, _singular
from ..models import Quantity
from ..patterns import re
from . import claim, reader

_PER = ("day", "week", "month")
# Words too common to tie a rate to its sum ("the company said", "a day").
_COMMON = frozenset("""the a an of in on at to for by with from and or but its it their his her this that these
those is was were are be been has had have will would said says say company group firm year years month months
day days week weeks per each about around some nearly almost roughly average averaged averaging so far more than
less total now which who as after before since while during over under million billion bn m mn crore lakh""".split())
_EACH = frozenset({"each", "apiece", "per", "every", "head", "person", "household", "member"})
_MONTHS = ("january february march april may june july august september october november december").split()


def _base_unit(q: Quantity) -> str | None:
    """The unit a rate per time runs up: the currency of "£2 million a day", "tonne" of "tonnes a day"."""
    if q.kind == "money" and q.per in _PER:
        return q.unit
    if q.kind == "measure" and "_per_" in q.unit and q.unit.split("_per_")[1] in _PER:
        return q.unit.split("_per_")[0]
    return None


def _per(q: Quantity) -> str:
    return q.per if q.kind == "money" else q.unit.split("_per_")[1]


def _words(article: Article, index: int) -> set[str]:
    """The content words of a sentence, singular, cut to a stem ("costing" and "cost", "produced" and
    "production" meet)."""
    text = article.sentence_text(index)
    for o in article.in_sentence(index):  # the figures' own words ("litres", "of rand") tie nothing
        text = text.replace(o.text, " ")
    words = set()
    for w in re.findall(r"[A-Za-z][A-Za-z-]+", text):
        w = w.lower()
        if w in _COMMON or len(w) < 4 or w in _MONTHS:
            continue
        w = re.sub(r"(?:ing|ed|ion|es|s)$", "", _singular(w))
        words.add(w[:5])
    return words


def _plain_level(article: Article, q: Quantity) -> bool:
    return not article.roles_of(q) & {("change", "from"), ("change", "by"), ("proportion", "part"),
                                      ("range", "low"), ("range", "high"), ("rate", "rate")}


@reader("running-totals")
def read(article: Article):
    """A rate per day, week or month and the sum it ran up stated in another sentence, over a span stated
    anywhere ("costs £2.5 million a day" ... "nine days" ... "losses have reached £21 million") or over a
    named month ("averaged 1,200 tonnes a day in March" ... "its March output of 41,000 tonnes").
    Refuses two candidate sums or spans, a span naming nothing of the rate's or the sum's sentence, sums
    that moved or are parts, and rates already read with a total.
    """
    read_rates = {c.roles.get("rate") for c in article.extraction.claims if c.kind == "rate" and "total" in c.roles}
    for q in article.quantities:
        unit = _base_unit(q)
        if unit is None or q.id in read_rates or not isinstance(q.value, float) or not _plain_level(article, q):
            continue
        if _EACH & {*article.words_after(q, 3), *article.words_before(q, 2)}:
            continue  # "zł900 a month each", "£40 a week per pupil": a rate per thing too, no running sum
        mine = _words(article, q.sentence)
        sums = [o for o in article.quantities if o.sentence != q.sentence and o.kind == q.kind and o.unit == unit
                and o.per is None and isinstance(o.value, float) and float(o.value) > float(q.value)
                and any(ch.isdigit() for ch in o.text)
                and _plain_level(article, o) and mine & _words(article, o.sentence)]
        if len(sums) != 1:
            continue
        total = sums[0]
        per = _per(q)
        spans = [d for d in article.quantities if d.kind == "duration" and d.unit == per and isinstance(d.value, float)
                 and float(d.value) > 1 and (mine | _words(article, total.sentence)) & _words(article, d.sentence)]
        if spans and len({float(d.value) for d in spans}) == 1:
            yield claim("rate", {"rate": q, "total": total, "count": spans[0]}, cue="per", about=per)
            continue
        if per != "day" or spans:
            continue
        month = _month_of(article, q, total)
        if month is not None:
            yield claim("rate", {"rate": q, "total": total, "period": month}, cue="period", about=per)


def _month_of(article: Article, rate: Quantity, total: Quantity) -> Quantity | None:
    """The one resolved month naming both the rate (in its sentence, or the last one its paragraph named before
    it, for "during the month") and the sum (in its sentence)."""
    def months(index: int) -> list[Quantity]:
        return [d for d in article.in_sentence(index) if d.kind == "date" and d.resolved
                and re.fullmatch(r"\d{4}-\d{2}", str(d.value))]
    near = months(rate.sentence)
    index = rate.sentence - 1
    while not near and index >= 0 and article.paragraph(index) == article.paragraph(rate.sentence):
        near = months(index)  # "during the month": the month the paragraph last named
        index -= 1
    at_sum = months(total.sentence)
    if len({str(d.value) for d in near}) != 1 or {str(d.value) for d in at_sum} != {str(near[0].value)}:
        return None
    return at_sum[0]
