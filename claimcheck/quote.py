"""What an editor sees of a finding: the line it is on and the sentences around its numbers."""

from __future__ import annotations

from bisect import bisect_right

from .models import Excerpt, Finding

_LIMIT = 320


class Lines:
    """Line numbers of offsets in one text, from an index of its line starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        i = text.find("\n")
        while i >= 0:
            self.starts.append(i + 1)
            i = text.find("\n", i + 1)

    def of(self, offset: int) -> int:
        return bisect_right(self.starts, offset)


def sentence_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """From the start of the sentence holding offset lo to the end of the one holding hi."""
    floor, ceiling = max(0, lo - 2 * _LIMIT), min(len(text), hi + 2 * _LIMIT)  # keep each search local
    # the last line break or sentence end before lo (-1 when none, so a text's first sentence keeps its first letter)
    starts = [text.rfind("\n", floor, lo)] + [i + 1 for p in (". ", "? ", "! ") if (i := text.rfind(p, floor, lo)) >= 0]
    start = max(max(starts) + 1, floor)
    ends = [i for i in (text.find("\n", hi, ceiling), text.find(". ", hi, ceiling) + 1,
                        text.find("? ", hi, ceiling) + 1) if i > 0]
    end = min(ends) if ends else ceiling
    if end - start > _LIMIT and hi - lo < _LIMIT:
        start, end = max(start, lo - _LIMIT // 3), min(end, hi + _LIMIT // 3)
    return max(0, min(start, lo)), min(len(text), max(end, hi))


def with_context(finding: Finding, text: str, lines: Lines | None = None) -> Finding:
    """The finding with its line and one excerpt per sentence that holds its spans."""
    spans = sorted(s for s in finding.spans if s[1] > s[0] and s[1] <= len(text))
    if not spans:
        return finding
    ranges: list[list[int]] = []
    for lo, hi in spans:
        a, b = sentence_around(text, lo, hi)
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    excerpts = [Excerpt(start=a, text=text[a:b]) for a, b in ranges]
    lines = lines or Lines(text)
    first = finding.spans[0][0] if finding.spans[0][1] else spans[0][0]
    return finding.model_copy(update={"line": lines.of(first), "excerpts": excerpts})
