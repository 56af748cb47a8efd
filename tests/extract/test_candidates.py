"""The extractor tries its master pattern only where a match can start: the same matches as trying it
at the start of every word, number and sign before a number, on the seeds, the case tables and hard cases."""

from __future__ import annotations

import pathlib
import re

import pytest

from claimcheck.quantities import MASTER, _candidates

ROOT = pathlib.Path(__file__).resolve().parents[2]
_EVERY_TOKEN = re.compile(r"\d+|[-\u2212\u2013.(](?=\d)|[A-Za-z]+|[½¼¾⅓⅔⅛⅜⅝⅞]")
HARD = ("The past decade, the next Decade and the last century; a year ago, a few weeks ago, an hour ago, "
        "a-third, a dozen, an eighth, A Hundred. It slipped to fifth from eighth, ranked the team third, "
        "this year, This Month, this summer, next autumn, Mondays and thirds, then they, as at and any. 5million, "
        "1.2.3, -5, (5), ..5, x12, ５ and ١٢, 7 3/4, 5½, 5 ½, ¾ of, to ſecond, the\u00a0next year.")


def _reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """MASTER tried at every token, unfiltered."""
    found = (MASTER.match(text, t.start(), end) for t in _EVERY_TOKEN.finditer(text, start, end))
    return [m.span() for m in found if m]


def _texts() -> list[str]:
    """The hard cases, the seeds, and the case tables of extraction, readers and rules (read as plain text:
    they hold every shape of English the extractor is meant to read, and grow with it)."""
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix in (".md", ".txt"))
    cases = sorted((ROOT / "tests").glob("*/cases/**/*.yaml"))
    return [HARD] + [p.read_text(encoding="utf-8") for p in seeds + cases]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: t[:30])
def test_candidates_are_every_match_of_the_master_pattern(text):
    assert [m.span() for m in _candidates(text, 0, len(text))] == _reference(text, 0, len(text))
    for line in re.finditer(r"[^\n]+", text):  # on a slice too, as sentences are read
        assert [m.span() for m in _candidates(text, *line.span())] == _reference(text, *line.span())
