"""Physical units through pint, loaded only when a rule needs a conversion.

Extraction names units with pint's canonical names ("mile", "kilometer",
"degree_Celsius"); compound rates are written "barrel_per_day" and handed to
pint as "barrel / day". pint only ever receives a number and a unit name.
"""

from __future__ import annotations

import os
from functools import lru_cache


@lru_cache(maxsize=1)
def registry():
    """pint's registry, its parsed definitions kept in the user's cache folder (see ``cache``): building
    them takes ~0.15 s, reading them ~0.02 s. Without a folder that can be written, pint parses them."""
    import pint

    from .cache import cache_dir

    folder = cache_dir() / "pint"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return pint.UnitRegistry(cache_folder=folder)
    except Exception:  # a folder that cannot be written, or a copy another run is still writing
        pass
    return pint.UnitRegistry()


# What news means by a unit whose pint name measures something else: a barrel in news is of oil, 42 US
# gallons (pint's "barrel" is 31.5, a liquid barrel); the report keeps the name as written.
_NEWS_MEANING = {"barrel": "oil_barrel"}
# Products of units that pint parses as an expression but has no single name for ("newton_meter").
_PRODUCTS = {"newton_meter": "newton * meter"}


def pint_name(unit: str) -> str:
    if "_per_" in unit and unit not in ("mile_per_hour", "kilometer_per_hour", "meter_per_second",
                                        "mile_per_gallon", "revolutions_per_minute"):
        top, _, bottom = unit.partition("_per_")
        return f"{_one_name(top)} / {_one_name(bottom)}"
    return _one_name(unit)


def _one_name(unit: str) -> str:
    """A simple unit's name for pint: "square_kilometer" as a power ("kilometer ** 2"), which pint has no
    name for (it knows "square_mile" but not the metric squares and cubes)."""
    for prefix, power in (("square_", 2), ("cubic_", 3)):
        if unit.startswith(prefix):
            return f"{unit.removeprefix(prefix)} ** {power}"
    return _NEWS_MEANING.get(unit) or _PRODUCTS.get(unit, unit)


def convert(value: float, unit: str, to: str) -> float | None:
    """value in unit expressed in `to`, or None when the two are not of one dimension (or unknown)."""
    import pint

    reg = registry()
    try:
        return float(reg.Quantity(value, pint_name(unit)).to(pint_name(to)).magnitude)
    except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError, ValueError, AttributeError):
        return None
