"""Sentences with character offsets.

Lines first (news text puts paragraphs, captions and headlines on lines of
their own), then sentence ends inside a line, skipping abbreviations such as
"Mr.", "U.S." and "Oct.". Offsets index the document's text.
"""

from __future__ import annotations

from .patterns import re

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st no nos vs etc inc ltd co corp gov sen rep gen col lt sgt capt "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig u.s u.k u.n e.u "
    "a.m p.m e.g i.e dept univ ave blvd rd rs".split()  # "Rs. 450": rupees, before a figure
)
_LINE = re.compile(r"[^\n]+")
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:], stripped of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start):
        a, end = line.span()
        for stop in _END.finditer(text, a, end):
            cut = stop.end()
            if text[stop.start()] == "." and _is_abbreviation(text, a, stop.start()):
                continue
            _add(text, spans, a, cut)
            a = cut
        _add(text, spans, a, end)
    return spans


def _is_abbreviation(text: str, line_start: int, dot: int) -> bool:
    word = _WORD_BEFORE.search(text, max(line_start, dot - 12), dot)
    if not word:
        return False
    if word.start() > line_start and text[word.start() - 1].isdigit():
        return False  # "will cost €217m.", "rose 4k.": a scale or a unit glued to a figure, not an initial
    token = word.group(1).lower().rstrip(".")
    # single capital letters ("Donald J. Trump") and dotted initialisms ("U.S.") are not sentence ends
    return token in _ABBREVIATIONS or len(token) == 1 or "." in token


def _add(text: str, spans: list[tuple[int, int]], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append((a, b))
