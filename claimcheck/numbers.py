"""Numbers as news writes them: digits with separators, number words, scale words.

``parse_digits("1,618")`` -> 1618.0, ``parse_words("twenty-one")`` -> 21.0,
``precision_of("48.2", 1e6)`` -> 50000.0 (half the last stated digit), and
``format_number`` to write a value back the way an editor reads it.
"""

from __future__ import annotations

import math

from .patterns import re
from .vocab import DOZEN_WORDS, MAGNITUDE_WORDS, TENS_WORDS, UNITS_WORDS

_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_digits(text: str) -> float:
    """'1,618' -> 1618.0; '−3.5' -> -3.5. Raises ValueError on anything else."""
    cleaned = text.replace("\u2212", "-").replace("\u2013", "-")
    cleaned = re.sub(r"[,\s\u202f]", "", cleaned)
    if not re.fullmatch(r"-?(?:\d+(?:\.\d*)?|\.\d+)", cleaned):
        raise ValueError(f"not a number: {text!r}")
    return float(cleaned)


def parse_words(text: str) -> float | None:
    """'twenty-one' -> 21, 'three hundred thousand' -> 300000, 'a dozen' -> 12; None if not a number."""
    total = 0.0
    current = 0.0
    seen = False
    for word in _WORD_SPLIT.split(text.lower().strip()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = max(current, 1)
            continue
        if word in UNITS_WORDS:
            current += UNITS_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word in DOZEN_WORDS:
            current = max(current, 1) * DOZEN_WORDS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in MAGNITUDE_WORDS:
            total += max(current, 1) * MAGNITUDE_WORDS[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def precision_of(digits: str, scale: float = 1.0) -> float:
    """Half a unit of the last significant stated digit: '48.2' million -> 0.05 million.

    Trailing zeros of an integer count for all but the last ("50%" is 49.5–50.5, "1,200 miles"
    1,195–1,205): a writer who rounds to hundreds usually says "about".
    """
    plain = re.sub(r"[,\s\u202f]", "", digits).lstrip("-\u2212")
    if "." in plain:
        decimals = len(plain.split(".", 1)[1])
        return 0.5 * 10 ** (-decimals) * scale
    stripped = plain.rstrip("0")
    zeros = len(plain) - len(stripped) if stripped else 0
    return 0.5 * 10 ** max(0, zeros - 1) * scale


def rounding_of(digits: str, scale: float = 1.0) -> float:
    """The unit a figure was rounded to, every trailing zero counted: '240,000' -> 10,000; '2.4' million
    -> 0.1 million; '37' -> 1. What "about" allows a figure to be off by."""
    plain = re.sub(r"[,\s\u202f]", "", digits).lstrip("-\u2212")
    if "." in plain:
        return 10 ** (-len(plain.split(".", 1)[1])) * scale
    stripped = plain.rstrip("0")
    return 10 ** (len(plain) - len(stripped) if stripped else 0) * scale


_SCALE_NAMES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_number(value: float, *, digits: int = 3) -> str:
    """A value as an editor reads it: 1618 -> '1,618', 3.236e9 -> '3.24 billion', 0.5 -> '0.5'."""
    if value is None or math.isnan(value):
        return "?"
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    sign = "-" if value < 0 else ""
    v = abs(value)
    for size, name in _SCALE_NAMES:
        if v >= size:
            return f"{sign}{_trim(v / size, digits)} {name}"
    if v >= 1000 or v == int(v):
        return f"{sign}{round(v):,}" if abs(v - round(v)) < 1e-9 or v >= 1000 else f"{sign}{_trim(v, digits)}"
    return f"{sign}{_trim(v, digits)}"


def _trim(v: float, digits: int) -> str:
    if v == 0:
        return "0"
    places = max(0, digits - 1 - int(math.floor(math.log10(abs(v)))))
    text = f"{v:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text
