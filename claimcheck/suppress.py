"""Suppression comments: an editor's record that a finding was reviewed and is a false alarm.

``<!-- claimcheck: ignore RULE -->`` (RULE a code or a name; several separated by
commas or spaces; none means every rule) suppresses the findings of that rule

- on the same line, when the comment shares its line with text;
- in the paragraph that follows, when the comment stands on its own line(s)
  before it. A paragraph is a run of non-blank lines; in a document that never
  leaves a blank line between paragraphs (one paragraph per line, as in many
  exports) it is the next line.

A finding is suppressed when any of its spans falls there. Suppressed findings
stay in the report with ``suppressed=True`` so the report can list them; they
do not count for the exit status.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Finding
from .patterns import re

_COMMENT = re.compile(r"<!--\s*claimcheck:\s*ignore\b(?P<rules>.*?)-->", re.IGNORECASE | re.DOTALL)
_ANY_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Suppression:
    start: int
    end: int
    rules: frozenset[str]  # empty: every rule

    def covers(self, finding: Finding) -> bool:
        if self.rules and finding.rule not in self.rules and finding.code not in self.rules:
            return False
        return any(self.start <= a < self.end and (a, b) != (0, 0) for a, b in finding.spans)


def suppressions(text: str) -> list[Suppression]:
    """Every ignore comment in the text, with the region of text it covers."""
    one_line_paragraphs = "\n\n" not in _body(text).strip()
    out = []
    for m in _COMMENT.finditer(text):
        rules = frozenset(r for r in re.split(r"[\s,]+", m.group("rules")) if r)
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = _line_end(text, m.end())
        line = text[line_start:line_end]
        if _ANY_COMMENT.sub("", line).strip():
            out.append(Suppression(line_start, line_end, rules))
        else:
            start, end = _next_paragraph(text, line_end, one_line_paragraphs)
            out.append(Suppression(start, end, rules))
    return out


def apply_suppressions(findings: list[Finding], text: str) -> list[Finding]:
    """The findings, those covered by an ignore comment marked ``suppressed``."""
    regions = suppressions(text) if "claimcheck:" in text else []
    if not regions:
        return findings
    return [f.model_copy(update={"suppressed": True}) if any(s.covers(f) for s in regions) else f
            for f in findings]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _next_paragraph(text: str, at: int, one_line: bool) -> tuple[int, int]:
    """From the end of a comment's line: skip blank and comment-only lines, then one paragraph."""
    pos = at
    while pos < len(text):
        start = pos + 1 if text[pos] == "\n" else pos
        end = _line_end(text, start)
        if _ANY_COMMENT.sub("", text[start:end]).strip():
            break
        pos = end
    else:
        return len(text), len(text)
    start = pos + 1 if text[pos] == "\n" else pos
    end = _line_end(text, start)
    while not one_line and end < len(text):
        following = _line_end(text, end + 1)
        if not text[end + 1:following].strip():
            break
        end = following
    return start, end


def _body(text: str) -> str:
    """The text after YAML front matter, if any."""
    if text.startswith("---"):
        close = text.find("\n---", 3)
        if close >= 0:
            return text[close + 4:]
    return text
