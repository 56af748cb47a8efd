"""Terminal output: the compact report and the claims tables."""

from __future__ import annotations

from ..models import Report


def render_text(report: Report) -> str:
    from .markdown import render_markdown

    return render_markdown(report)


def print_rich(report: Report) -> None:
    print(render_text(report), end="")


def print_claims(extraction) -> None:
    for q in extraction.quantities:
        print(q.id, q.text, q.value, q.unit, q.qualifier)
    for c in extraction.claims:
        print(c.id, c.kind, c.roles)
