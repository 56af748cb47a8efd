"""The Markdown report for editors."""

from __future__ import annotations

from ..models import Report


def render_markdown(report: Report) -> str:
    lines = ["# claimcheck report", ""]
    for doc in report.documents:
        lines += [f"## {doc.title or doc.path}", "", f"{len(doc.findings)} findings", ""]
    return "\n".join(lines) + "\n"
