"""What an editor sees of a finding: the line it is on and the sentences around its numbers."""

from __future__ import annotations

from .models import Excerpt, Finding

_LIMIT = 320


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def sentence_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """From the start of the sentence holding offset lo to the end of the one holding hi."""
    starts = [text.rfind("\n", 0, lo)] + [text.rfind(p, 0, lo) + 1 for p in (". ", "? ", "! ")]
    start = max(starts) + 1
    ends = [i for i in (text.find("\n", hi), text.find(". ", hi) + 1, text.find("? ", hi) + 1) if i > 0]
    end = min(ends) if ends else len(text)
    if end - start > _LIMIT and hi - lo < _LIMIT:
        start, end = max(start, lo - _LIMIT // 3), min(end, hi + _LIMIT // 3)
    return max(0, min(start, lo)), min(len(text), max(end, hi))


def with_context(finding: Finding, text: str) -> Finding:
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
    return finding.model_copy(update={"line": line_of(text, finding.spans[0][0] if finding.spans[0][1] else
                                                      spans[0][0]), "excerpts": excerpts})
