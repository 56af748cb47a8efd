"""Text that is not prose: long runs of figures with no word among them, found before extraction.

A wall of bare numbers ("12 12 12 ..."), nested brackets ("(((5)))"), dotted digits
("1.2.1.2.") or a pasted table of bare figures holds no claim a reader could check,
yet reading each figure in it costs as much as reading one in an article. Such runs
are found here in one pass over the text and left out of extraction, with a note in
the report. A run is ``RUN_TOKENS`` whole tokens in a row without a letter, or a
stretch of ``LONG_TOKEN`` characters without one: an article's own lists of figures
("won 3-1, 2-2, 1-0") and tables with a label on each row stay well short of that.
"""

from __future__ import annotations

from .patterns import re

RUN_TOKENS = 40
LONG_TOKEN = 100

_BARE = r"(?:[^\s\w]|[\d_])"  # a character that is neither a letter nor a space
_RUN = re.compile(rf"{_BARE}{{{LONG_TOKEN},}}|(?<!\S){_BARE}+(?:\s+{_BARE}+){{{RUN_TOKENS - 1},}}(?!\S)")
# Every run lies in a stretch this long without an ASCII letter. Finding those first costs
# about a hundredth of a check; the exact pattern then reads only them.
_STRETCH = re.compile(rf"[^A-Za-z]{{{min(LONG_TOKEN, 2 * RUN_TOKENS - 1)},}}")


def bare_runs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each run of text[start:] that is figures and signs without a word."""
    return [m.span() for stretch in _STRETCH.finditer(text, start)
            for m in _RUN.finditer(text, stretch.start(), stretch.end())]


def note(text: str, run: tuple[int, int]) -> str:
    """What the report says about a run left out."""
    a, b = run
    first = text.count("\n", 0, a) + 1
    last = first + text.count("\n", a, b)
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    return (f"{where}: {b - a:,} characters of bare figures and signs (a table or a list of numbers, "
            f"not prose) were left out of the check")


def outside(spans: list[tuple[int, int]], runs: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The sentence spans with the runs cut out of them (pieces of only spaces dropped)."""
    if not runs:
        return spans
    out: list[tuple[int, int]] = []
    i = 0
    for a, b in spans:
        while i < len(runs) and runs[i][1] <= a:
            i += 1
        j = i
        while j < len(runs) and runs[j][0] < b:
            _keep(text, out, a, runs[j][0])
            a = max(a, runs[j][1])
            j += 1
        _keep(text, out, a, b)
    return out


def _keep(text: str, out: list[tuple[int, int]], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))
