"""Properties of extraction that must hold for any input: values parse back, nothing raises,
every span slices the text to the mention."""

from __future__ import annotations

import math
import pathlib

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from claimcheck.api import extract
from claimcheck.vocab import SCALES

from .words import spoken

SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text made of what news numbers are made of, so that random inputs hit the extractor's corners.
_PIECES = st.sampled_from([
    "1", "23", "4,567", "8.9", ",", ".", " ", "-", "$", "€", "£", "%", "(", ")", "/", ":", "#", "US$", "per cent",
    " million", " bn", "m", " billion", " percent", " percentage points", " of", " to ", " and ", " between ",
    " more than ", " about ", " nearly ", " half", " a third", " one in ", " out of ", "twenty-one", " dozen",
    " years ago", " May", " April 21", " 2030", " iPhone 16", " COVID-19", " pad 41", " satellites", " miles",
    " degrees Celsius", " barrels a day", " 28th", " No. 1", " doubled", " four times", "\n", "\u2212", "\u2013",
    " thousands of", " Rs", " EUR", "¥", " yen", "A", "x", "'s", "\u00a0",
])
_NEWSY = st.lists(_PIECES, max_size=40).map("".join)


def _values(text: str) -> list[tuple[float | str, str]]:
    return [(q.value, q.unit) for q in extract(text).quantities]


@_FAST
@given(st.integers(min_value=1, max_value=10**12))
def test_digits_with_separators_parse_back(n: int) -> None:
    values = _values(f"The company has {n:,} customers.")
    assert any(isinstance(v, float) and v == n for v, _ in values), values


@_FAST
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=2),
       st.sampled_from(["thousand", "million", "billion", "trillion", "bn"]))
def test_scale_words_parse_back(whole: int, decimals: int, scale: str) -> None:
    number = whole / 10 ** decimals
    values = _values(f"The fund raised ${number:.{decimals}f} {scale} last year.")
    expected = number * SCALES[scale]
    assert any(u == "USD" and math.isclose(v, expected, rel_tol=1e-9) for v, u in values), values


@_FAST
@given(st.integers(min_value=2, max_value=999_999))
def test_number_words_parse_back(n: int) -> None:
    values = _values(f"Officials counted {spoken(n)} ballots.")
    assert any(isinstance(v, float) and v == n for v, _ in values), (spoken(n), values)


def _spans_slice(text: str) -> None:
    assume(text.strip())  # a blank document is a user error (EmptyInputError), not an extraction failure
    for q in extract(text).quantities:
        assert text[q.span[0]:q.span[1]] == q.text, q
        assert q.text.strip() == q.text and q.text, q


@_FAST
@given(st.text(max_size=300))
def test_any_text_extracts_without_error(text: str) -> None:
    _spans_slice(text)


@_FAST
@given(_NEWSY)
def test_newsy_text_extracts_without_error(text: str) -> None:
    _spans_slice(text)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.md")) + sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_spans_slice_the_seed_articles(path: pathlib.Path) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    quantities = extract(text).quantities
    assert quantities
    for q in quantities:
        assert text[q.span[0]:q.span[1]] == q.text


@pytest.mark.parametrize("text", [
    "1," * 5_000, "9" * 20_000, " " * 20_000 + "5", "$" * 5_000 + "5", "(" * 2_000 + "5" + ")" * 2_000,
    "1 " * 2_000, "twenty-" * 2_000, "1.2." * 2_500, "-" * 5_000 + "1", "May " * 2_000, "1-" * 2_000,
], ids=lambda t: repr(t[:8]))
def test_pathological_inputs_finish(text: str) -> None:
    """Long runs of what patterns repeat on; benchmarks/bench.py times them at 1 MB to show linearity."""
    for q in extract(text).quantities:
        assert text[q.span[0]:q.span[1]] == q.text


# -- any supported form parses back to its value and unit -----------------------------------------

from claimcheck.vocab import (  # noqa: E402
    CURRENCY_FAMILIES, CURRENCY_NAMES_AMBIGUOUS, CURRENCY_PREFIXES, DURATIONS, MINOR_UNITS, SLASH_SYMBOLS, UNITS,
)

# Units written out, each with the unit it must read as; words whose reading depends on the sentence
# ("pounds" of money or weight, "degrees" of heat or angle) are left to the case tables.
_WORD_UNITS = sorted((w, u) for w, u in UNITS.items()
                     if len(w) > 3 and w.replace(" ", "").replace("-", "").isalpha()
                     and w not in ("pound", "pounds", "stone", "degree", "degrees", "celsius", "fahrenheit")
                     and "_per_" not in u and not w.startswith(("square feet of",))
                     # "2 million british thermal units" reads as 2e6 of the base unit, as right as 2 mmbtu
                     and w.split()[0] not in ("thousand", "million", "billion", "trillion"))
_NAMED_CURRENCIES = sorted((f"{adj} {name}".strip(), code) for names, adjectives in CURRENCY_FAMILIES.items()
                           for name in names for adj, code in adjectives.items()
                           if name not in CURRENCY_NAMES_AMBIGUOUS and (adj or len(set(adjectives.values())) == 1))
_SIGNS = sorted((s, c) for s, c in CURRENCY_PREFIXES.items() if not s[0].isalpha())
_MINORS = sorted((w, m[0]) for w, m in MINOR_UNITS.items() if m[0] and len(w) > 1)


@st.composite
def _written_amounts(draw):
    """(text, value, unit): one amount in one of the forms the extractor reads."""
    whole = draw(st.integers(min_value=2, max_value=999_999))
    decimals = draw(st.integers(min_value=0, max_value=2))
    value = whole / 10 ** decimals
    digits = f"{value:,.{decimals}f}"
    form = draw(st.sampled_from(["words", "unit", "currency_name", "sign", "minor", "duration", "age", "scale",
                                 "unit_slash", "sign_rate"]))
    if form == "words":
        return f"{spoken(whole)} tonnes", float(whole), "metric_ton"
    if form == "unit":
        word, unit = draw(st.sampled_from(_WORD_UNITS))
        return f"{digits} {word}", value, unit
    if form == "currency_name":
        word, code = draw(st.sampled_from(_NAMED_CURRENCIES))
        return f"{digits} {word}", value, code
    if form == "sign":
        sign, code = draw(st.sampled_from(_SIGNS))
        return f"{sign}{digits}", value, code
    if form == "minor":
        word, code = draw(st.sampled_from(_MINORS))
        return f"{digits} {word}", value / 100, code
    if form == "duration":
        word = draw(st.sampled_from(sorted(w for w in DURATIONS if len(w) > 3)))
        unit, factor = DURATIONS[word]
        return f"{digits} {word}", value * factor, unit
    if form == "unit_slash":  # "7.2 tonnes/ha": a compound with a slash after the unit in words
        word, unit = draw(st.sampled_from(_WORD_UNITS))
        den = draw(st.sampled_from(["ha", "h", "yr", "d", "km"]))
        return f"{digits} {word}/{den}", value, f"{unit}_per_{SLASH_SYMBOLS[den]}"
    if form == "sign_rate":  # "a £180,000-a-week deal": a price hyphenated into a modifier
        sign, code = draw(st.sampled_from(_SIGNS))
        per = draw(st.sampled_from(["year", "week", "hour", "share", "barrel"]))
        return f"a {sign}{digits}-a-{per}", value, code
    if form == "age":
        age = draw(st.integers(min_value=2, max_value=110))
        return f"a {age}-year-old", float(age), "year"
    scale = draw(st.sampled_from(["thousand", "million", "billion", "trillion"]))
    return f"${digits} {scale}", value * SCALES[scale], "USD"


@_FAST
@given(_written_amounts())
def test_any_supported_form_parses_back(amount) -> None:
    """A number written in any supported form reads back as its value and unit."""
    written, value, unit = amount
    text = f"The report counted {written} in the period under review."
    values = _values(text)
    assert any(u == unit and isinstance(v, float) and math.isclose(v, value, rel_tol=1e-9) for v, u in values), \
        (written, value, unit, values)
