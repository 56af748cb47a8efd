"""Patterns compiled from the table kept between runs are the patterns ``re`` compiles."""

from __future__ import annotations

import re

import pytest

from claimcheck import patterns, quantities, relations

SAMPLES = [(r"(?P<n>\d+(?:[.,]\d+)*)\s?(?i:per\s?cent|%)", 0), (r"\b(?:up|down)\b", re.I),
           (r"[A-Za-z][A-Za-z'’-]*|\d+", re.X), ("(?a:\\w+)$", re.M)]


@pytest.fixture
def fresh_table(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_TABLE", patterns._Table())
    return tmp_path


def test_a_pattern_compiled_or_read_back_is_the_one_re_compiles(fresh_table, monkeypatch):
    made = [patterns.compile(p, f) for p, f in SAMPLES]
    assert made == [re.compile(p, f) for p, f in SAMPLES]
    patterns._TABLE.save()
    assert list(fresh_table.glob("patterns-*.pickle"))
    monkeypatch.setattr(patterns, "_TABLE", patterns._Table())
    again = [patterns.compile(p, f) for p, f in SAMPLES]
    assert again == made and not patterns._TABLE.added  # read from the table, not compiled again
    assert again[0].match("12.5 per cent").group("n") == "12.5"


def test_a_bad_pattern_fails_as_in_re(fresh_table):
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed", 0)


def test_an_unreadable_table_only_costs_the_compiling(fresh_table, monkeypatch):
    patterns.compile(*SAMPLES[0])
    patterns._TABLE.save()
    for path in fresh_table.glob("patterns-*.pickle"):
        path.write_bytes(b"not a table")
    monkeypatch.setattr(patterns, "_TABLE", patterns._Table())
    assert patterns.compile(*SAMPLES[0]) == re.compile(*SAMPLES[0])


@pytest.mark.parametrize("module", [quantities, relations])
def test_the_extractors_patterns_are_those_re_compiles(module):
    found = [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert len(found) > 20
    for p in found:
        assert p == re.compile(p.pattern, p.flags)


def test_a_pattern_text_kept_is_read_back_without_building_it(fresh_table, monkeypatch):
    words = ("metre", "mile", "miles")
    built = quantities._build_trie(words)
    assert patterns.kept_text("trie:test", words, lambda: built) == built
    assert re.fullmatch(built, "miles") and not re.fullmatch(built, "metres")
    patterns._TABLE.save()
    monkeypatch.setattr(patterns, "_TABLE", patterns._Table())

    def must_not_build():
        raise AssertionError("built again")

    assert patterns.kept_text("trie:test", words, must_not_build) == built
    assert patterns.kept_text("trie:other", words, lambda: "other") == "other"  # another builder, another text


def test_the_tries_kept_are_the_tries_built():
    for words in (quantities.MONTHS, quantities.UNITS, quantities.ORDINAL_WORDS, quantities.CURRENCY_NAMES):
        assert quantities._trie(words) == quantities._build_trie(tuple(sorted(set(words))))
