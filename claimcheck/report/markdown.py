"""The Markdown report for editors: findings first, quoted with their numbers marked.

It reads well rendered and as plain text: one heading per article, a summary
line, one list item per finding with the sentence quoted, the arithmetic on one
line and what to check; then the derived facts to verify and the checks that
passed.
"""

from __future__ import annotations

import re

from ..models import DocumentReport, Finding, Report
from ._shared import SEVERITY_LABEL, counts, headline, marked, ordered

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<])")


def _esc(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_markdown(report: Report) -> str:
    out: list[str] = ["# claimcheck report", ""]
    if len(report.documents) > 1 or report.errors:
        out += _summary_table(report)
    for doc in report.documents:
        out += _document(doc)
    if report.errors:
        out += ["## Files that could not be checked", ""]
        out += [f"- `{e.path}`: {_esc(e.message)}" for e in report.errors]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _summary_table(report: Report) -> list[str]:
    rows = ["| Article | Errors | Warnings | Notes |", "|---|---:|---:|---:|"]
    for doc in report.documents:
        c = counts(doc)
        name = _esc(doc.title or doc.path).replace("|", "\\|")
        rows.append(f"| {name} | {c['error']} | {c['warning']} | {c['info']} |")
    for e in report.errors:
        rows.append(f"| `{e.path}` | not checked | | |")
    return rows + [""]


def _document(doc: DocumentReport) -> list[str]:
    out = [f"## {_esc(doc.title or doc.path)}", ""]
    meta = [f"`{doc.path}`"]
    if doc.published:
        meta.append(f"published {doc.published}")
    if doc.source:
        meta.append(_esc(doc.source))
    out += [" · ".join(meta), "", f"**{headline(doc)}** · {len(doc.quantities)} quantities, "
                                   f"{len(doc.claims)} claim{'' if len(doc.claims) == 1 else 's'} checked", ""]
    for note in doc.notes:
        out += [f"> Note: {_esc(note)}", ""]
    active = [f for f in doc.findings if not f.suppressed]
    problems = [f for f in ordered(active) if f.severity != "info"]
    if problems:
        out += ["### Discrepancies", ""]
        for n, f in enumerate(problems, 1):
            out += _finding(n, f)
    else:
        out += ["No discrepancies found.", ""]
    infos = [f for f in ordered(active) if f.severity == "info"]
    if infos:
        out += ["### Derived facts to verify", ""]
        out += [f"- {_esc(f.message)}{_where(f)}" for f in infos]
        out.append("")
    if doc.checks:
        out += ["### Checked and consistent", ""]
        out += [f"- {_esc(c.message)} ({c.rule})" for c in doc.checks]
        out.append("")
    suppressed = [f for f in doc.findings if f.suppressed]
    if suppressed:
        out += ["### Suppressed in the document", ""]
        out += [f"- [{f.rule}] {_esc(f.message)}{_where(f)}" for f in suppressed]
        out.append("")
    return out


def _finding(n: int, f: Finding) -> list[str]:
    label = SEVERITY_LABEL[f.severity]
    lines = [f"{n}. **{label}** [{f.rule}] {_esc(f.message)}{_where(f)}"]
    quote = marked(f, "**", "**", escape=_esc)
    if quote:
        lines.append(f"   > {quote}")
    if f.arithmetic:
        lines.append(f"   - Arithmetic: {_esc(f.arithmetic)}")
    if f.expected or f.observed:
        lines.append(f"   - Expected {_esc(f.expected or '?')}; the text says {_esc(f.observed or '?')}")
    if f.advice:
        lines.append(f"   - Check: {_esc(f.advice)}")
    return lines + [""]


def _where(f: Finding) -> str:
    return f" (line {f.line})" if f.line else ""
