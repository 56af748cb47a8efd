"""What the renderers share: a finding's sentence with its numbers marked, and the counts."""

from __future__ import annotations

from ..models import DocumentReport, Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_LABEL = {"error": "Error", "warning": "Warning", "info": "Note"}


def marked(f: Finding, before: str, after: str, *, escape=lambda s: s, joiner: str = " … ") -> str:
    """The finding's excerpts with each span wrapped in before/after."""
    pieces = []
    for ex in f.excerpts:
        base, end = ex.start, ex.start + len(ex.text)
        out, pos = [], base
        for a, b in sorted(f.spans):
            a, b = max(a, base, pos), min(b, end)
            if a >= b:
                continue
            out.append(escape(ex.text[pos - base:a - base]))
            out.append(before + escape(ex.text[a - base:b - base]) + after)
            pos = b
        out.append(escape(ex.text[pos - base:]))
        pieces.append(" ".join("".join(out).split()))
    return joiner.join(pieces)


def counts(doc: DocumentReport) -> dict[str, int]:
    tally = {"error": 0, "warning": 0, "info": 0, "suppressed": 0}
    for f in doc.findings:
        tally["suppressed" if f.suppressed else f.severity] += 1
    return tally


def headline(doc: DocumentReport) -> str:
    c = counts(doc)
    parts = [_plural(c["error"], "error"), _plural(c["warning"], "warning"), _plural(c["info"], "note") + " to verify"]
    if c["suppressed"]:
        parts.append(f"{c['suppressed']} suppressed")
    return ", ".join(parts)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def ordered(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], min((s[0] for s in f.spans), default=0)))
