"""Terminal output: the compact coloured report, and the tables of ``claimcheck claims``.

rich is imported only here, and only when something is printed.
"""

from __future__ import annotations

from ..models import Report
from ._shared import SEVERITY_LABEL, headline, marked, ordered

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "cyan"}


def render_text(report: Report) -> str:
    """The compact report as plain text (what the terminal shows, without colour)."""
    lines: list[str] = []
    for doc in report.documents:
        lines.append(f"{doc.path}: {headline(doc)}")
        for note in doc.notes:
            lines.append(f"  note: {note}")
        for f in ordered([f for f in doc.findings if not f.suppressed]):
            where = f":{f.line}" if f.line else ""
            lines.append(f"  {doc.path}{where} {f.severity} [{f.rule}] {f.message}")
            quote = marked(f, "[", "]")
            if quote and f.severity != "info":
                lines.append(f"      > {quote}")
            if f.arithmetic and f.severity != "info":
                lines.append(f"      = {f.arithmetic}")
    for e in report.errors:
        lines.append(f"{e.path}: not checked: {e.message}")
    return "\n".join(lines) + "\n"


def print_rich(report: Report) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    for doc in report.documents:
        console.print(f"[bold]{escape(doc.path)}[/bold]: {escape(headline(doc))}")
        for note in doc.notes:
            console.print(f"  [dim]note: {escape(note)}[/dim]")
        for f in ordered([f for f in doc.findings if not f.suppressed]):
            style = _STYLE[f.severity]
            where = f":{f.line}" if f.line else ""
            console.print(f"  [{style}]{SEVERITY_LABEL[f.severity].lower()}[/{style}]{escape(where)} "
                          f"[dim]\\[{escape(f.rule)}][/dim] {escape(f.message)}")
            if f.severity != "info":
                quote = marked(f, "\x00", "\x01", escape=escape)
                if quote:
                    console.print("      " + quote.replace("\x00", "[reverse]").replace("\x01", "[/reverse]"))
                if f.arithmetic:
                    console.print(f"      [dim]= {escape(f.arithmetic)}[/dim]")
    for e in report.errors:
        console.print(f"[red]{escape(e.path)}: not checked: {escape(e.message)}[/red]")


def print_claims(extraction) -> None:
    """Every quantity and claim of a document, as two tables."""
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    doc = extraction.document
    title = doc.title or doc.path
    quantities = Table(title=f"{title}: quantities", title_justify="left")
    for col in ("id", "text", "value", "unit", "qualifier", "noun", "line"):
        quantities.add_column(col)
    for q in extraction.quantities:
        value = q.value if isinstance(q.value, str) else f"{q.value:,.10g}"
        quantities.add_row(q.id, q.text, value, q.unit, q.qualifier if q.qualifier != "exact" else "",
                           q.noun or "", str(doc.text.count("\n", 0, q.span[0]) + 1))
    console.print(quantities)
    by_id = {q.id: q for q in extraction.quantities}
    claims = Table(title=f"{title}: claims", title_justify="left")
    for col in ("id", "kind", "roles", "direction", "cue"):
        claims.add_column(col)
    for c in extraction.claims:
        roles = ", ".join(f"{r}={by_id[i].text}" for r, i in c.roles.items())
        claims.add_row(c.id, c.kind, roles, c.direction or "", c.cue or "")
    console.print(claims)
    for note in doc.notes:
        console.print(f"note: {note}")
