"""numbers.py: digits, number words, stated precision and how values are written back."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.numbers import format_number, parse_digits, parse_words, precision_of

from .words import spoken

@pytest.mark.parametrize("text, value", [
    ("1,618", 1618), ("6.8", 6.8), ("-3", -3), ("789,000", 789000), ("\u22123.5", -3.5), (".5", 0.5),
])
def test_parse_digits(text: str, value: float) -> None:
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["", "1,2,3.4.5", "abc", "--3"])
def test_parse_digits_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_digits(text)


@pytest.mark.parametrize("text, value", [
    ("six", 6), ("twenty-one", 21), ("a dozen", 12), ("two dozen", 24), ("three hundred thousand", 300000),
    ("one hundred and five", 105), ("a million", 1e6), ("forty two", 42),
])
def test_parse_words(text: str, value: float) -> None:
    assert parse_words(text) == value


@pytest.mark.parametrize("text", ["", "half", "many", "the"])
def test_parse_words_rejects(text: str) -> None:
    assert parse_words(text) is None


@pytest.mark.parametrize("digits, scale, precision", [
    ("48.2", 1e6, 0.05e6), ("1,200", 1, 5), ("7", 1e12, 0.5e12), ("1,618", 1, 0.5), ("0.25", 1, 0.005),
])
def test_precision_follows_the_stated_digits(digits: str, scale: float, precision: float) -> None:
    assert math.isclose(precision_of(digits, scale), precision)


@pytest.mark.parametrize("value, text", [(1618, "1,618"), (3.236e9, "3.24 billion"), (0.5, "0.5"), (-7e12, "-7 trillion")])
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_words_parse_back(n: int) -> None:
    assert parse_words(spoken(n)) == n


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-10**15, max_value=10**15), st.integers(min_value=0, max_value=3))
def test_separated_digits_parse_back(n: int, decimals: int) -> None:
    text = f"{n / 10 ** decimals:,.{decimals}f}"
    assert math.isclose(parse_digits(text), n / 10 ** decimals, rel_tol=1e-12, abs_tol=1e-9)
