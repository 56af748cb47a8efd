"""The HTML report: each article with its findings highlighted in place, as one self-contained file.

Inline CSS, no script and nothing fetched: it reads the same in a browser, an
email or a CMS preview. Every span of every finding is marked in the article's
text once, coloured by severity (and patterned, for readers who do not see the
colours) and linked to the finding, which gives the arithmetic and what to
check beside the text. Info findings are listed below as derived facts to
verify. A severity filter works by CSS alone. The local web page
(``claimcheck serve``) shows the same view under its form.

Marks carry ``data-at`` (the offset of their first character) and
``data-refs`` (``f3:0``: span 0 of finding 3), so that a test can check each
span is marked once at the right words.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import PurePath
from typing import Any, Mapping

from ..models import DocumentReport, Finding, Report
from ._shared import SEVERITY_LABEL, counts, headline, marked, ordered

STYLE = """
:root { --error: #b3261e; --error-bg: #fbd0cb; --warning: #7a4f00; --warning-bg: #ffe08a;
  --info: #1f4fbf; --info-bg: #d6e4ff; --ink: #1b1b1f; --muted: #5b5b66; --line: #d6d6de; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  background: #fbfbfd; }
main { max-width: 1320px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.3rem; margin: 0 0 .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
a { color: #1f4fbf; } code { font-size: .9em; }
:focus-visible { outline: 3px solid #1f4fbf; outline-offset: 2px; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
.meta, .muted { color: var(--muted); margin: 0; }
.headline { font-weight: 600; margin: .25rem 0 .5rem; }
.notes { margin: .5rem 0; padding-left: 1.2rem; color: var(--muted); }
.filter { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .8rem; margin: .75rem 0;
  display: flex; gap: 1.25rem; flex-wrap: wrap; align-items: center; background: #fff; }
.filter legend { font-weight: 600; padding: 0 .3rem; }
.doc { border-top: 2px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
.columns { display: grid; grid-template-columns: minmax(0, 80ch) minmax(18rem, 1fr); gap: 1.5rem;
  align-items: start; }
@media (max-width: 900px) { .columns { grid-template-columns: 1fr; } }
.article { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem;
  white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman", serif;
  font-size: 1.05rem; line-height: 1.65; }
.frontmatter { color: var(--muted); font: .85rem/1.4 ui-monospace, monospace; }
.findings { position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
.findings ol, .derived ol { list-style: none; margin: 0; padding: 0; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--muted);
  border-radius: 6px; padding: .6rem .8rem; margin: 0 0 .75rem; }
.finding p { margin: .25rem 0; }
.finding.sev-error { border-left-color: var(--error); } .finding.sev-warning { border-left-color: var(--warning); }
.finding.sev-info { border-left-color: var(--info); }
.finding:target { box-shadow: 0 0 0 3px #1f4fbf; }
.badge { display: inline-block; font-size: .78rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .03em; padding: 0 .4rem; border-radius: 3px; color: #fff; background: var(--muted); }
.sev-error .badge { background: var(--error); } .sev-warning .badge { background: var(--warning); }
.sev-info .badge { background: var(--info); }
.rule { color: var(--muted); font-size: .85rem; }
.message { font-weight: 600; }
.quote { margin: .35rem 0; padding-left: .6rem; border-left: 3px solid var(--line); font-style: italic; }
.quote u { text-decoration-thickness: 2px; font-style: normal; font-weight: 600; }
.arithmetic { font-family: ui-monospace, monospace; font-size: .9rem; background: #f3f3f7; padding: .15rem .4rem;
  border-radius: 3px; display: inline-block; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; text-decoration-line: underline;
  text-decoration-thickness: 2px; text-underline-offset: 3px; }
mark a { color: inherit; text-decoration: none; }
mark.sev-error { background: var(--error-bg); text-decoration-color: var(--error); }
mark.sev-warning { background: var(--warning-bg); text-decoration-color: var(--warning);
  text-decoration-style: dashed; }
mark.sev-info { background: var(--info-bg); text-decoration-color: var(--info); text-decoration-style: dotted; }
mark:target { outline: 3px solid #1f4fbf; }
body:has(#show-error:not(:checked)) .finding.sev-error,
body:has(#show-warning:not(:checked)) .finding.sev-warning,
body:has(#show-info:not(:checked)) .finding.sev-info { display: none; }
body:has(#show-error:not(:checked)) mark.sev-error,
body:has(#show-warning:not(:checked)) mark.sev-warning,
body:has(#show-info:not(:checked)) mark.sev-info { background: none; text-decoration: none; }
table.summary { border-collapse: collapse; margin: .5rem 0; }
table.summary th, table.summary td { border: 1px solid var(--line); padding: .2rem .6rem; text-align: left; }
table.summary td.n { text-align: right; }
.problems li { color: var(--error); }
"""


def page(title: str, body: str, *, extra_style: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n<style>{STYLE}{extra_style}</style>\n</head>\n<body>\n{body}\n"
            "</body>\n</html>\n")


def render_html(report: Report, documents: Mapping[str, Any] | None = None) -> str:
    """The whole report; ``documents`` (path -> Document) give the texts to show, else only the quotes."""
    documents = documents or {}
    parts = ['<a class="skip" href="#doc-1">Skip to the first article</a>', "<main>", "<h1>claimcheck report</h1>"]
    if len(report.documents) > 1 or report.errors:
        parts.append(_summary(report))
    if report.documents:
        parts.append(severity_filter())
    for n, doc in enumerate(report.documents, 1):
        source = documents.get(doc.path)
        parts.append(document_section(doc, source.text if source is not None else None, f"doc-{n}",
                                      _front_matter_end(source)))
    if report.errors:
        parts.append('<section class="problems"><h2>Files that could not be checked</h2><ul>')
        parts += [f"<li><code>{escape(e.path)}</code>: {escape(e.message)}</li>" for e in report.errors]
        parts.append("</ul></section>")
    parts.append("</main>")
    return page("claimcheck report", "\n".join(parts))


def severity_filter() -> str:
    boxes = "".join(f'<label><input type="checkbox" id="show-{sev}" checked> {label}s</label>'
                    for sev, label in (("error", "Error"), ("warning", "Warning"), ("info", "Note")))
    return f'<fieldset class="filter"><legend>Show</legend>{boxes}</fieldset>'


def _front_matter_end(source) -> int:
    skip = getattr(source, "skip", ()) or ()
    return skip[0][1] if skip and skip[0][0] == 0 else 0


def _summary(report: Report) -> str:
    rows = ["<table class=\"summary\"><thead><tr><th>Article</th><th>File</th><th>Errors</th><th>Warnings</th>"
            "<th>Notes</th></tr></thead><tbody>"]
    for n, doc in enumerate(report.documents, 1):
        c = counts(doc)
        rows.append(f'<tr><td><a href="#doc-{n}">{escape(doc.title or doc.path)}</a></td>'
                    f'<td><code>{escape(PurePath(doc.path).name)}</code></td><td class="n">{c["error"]}</td><td class="n">{c["warning"]}</td><td class="n">{c["info"]}</td>'
                    "</tr>")
    rows += [f"<tr><td>not checked</td><td><code>{escape(e.path)}</code></td><td colspan=\"3\"></td></tr>"
             for e in report.errors]
    return "".join(rows) + "</tbody></table>"


def document_section(doc: DocumentReport, text: str | None, key: str, front_matter_end: int = 0) -> str:
    """One article: header, its text with the findings marked, the findings beside it, then the rest."""
    active = ordered([f for f in doc.findings if not f.suppressed])
    ids = {id(f): f"{key}-f{n}" for n, f in enumerate(active, 1)}
    first_mark: dict[str, str] = {}
    article = ""
    if text is not None:
        article, first_mark = _marked_text(text, active, ids, key, front_matter_end)
    problems = [f for f in active if f.severity != "info"]
    infos = [f for f in active if f.severity == "info"]
    out = [f'<section class="doc" id="{key}" aria-labelledby="{key}-title">', _header(doc, key)]
    cards = "".join(_card(f, ids[id(f)], first_mark.get(ids[id(f)])) for f in problems)
    side = (f'<ol aria-label="Discrepancies">{cards}</ol>' if problems else '<p class="clean">No discrepancies '
                                                                             'found.</p>')
    aside = f'<aside class="findings" aria-label="Discrepancies"><h3>Discrepancies</h3>{side}</aside>'
    if text is not None:
        label = "Article text" + (" (as extracted from the file)" if doc.text_source != "file" else "")
        out.append(f'<div class="columns"><div class="article" aria-label="{label}">{article}</div>{aside}</div>')
    else:
        out.append(aside)
    if infos:
        out.append(f'<section class="derived"><h3>Derived facts to verify</h3><ol>'
                   f'{"".join(_card(f, ids[id(f)], first_mark.get(ids[id(f)])) for f in infos)}</ol></section>')
    if doc.checks:
        out.append("<section class=\"checks\"><h3>Checked and consistent</h3><ul>"
                   + "".join(f"<li>{escape(c.message)} <span class=\"rule\">({escape(c.rule)})</span></li>"
                             for c in doc.checks) + "</ul></section>")
    suppressed = [f for f in doc.findings if f.suppressed]
    if suppressed:
        out.append("<section class=\"suppressed\"><h3>Suppressed in the document</h3><ul>"
                   + "".join(f"<li>[{escape(f.rule)}] {escape(f.message)}{_line(f)}</li>" for f in suppressed)
                   + "</ul></section>")
    out.append("</section>")
    return "\n".join(out)


def _header(doc: DocumentReport, key: str) -> str:
    meta = [f"<code>{escape(doc.path)}</code>"]
    if doc.published:
        meta.append(f"published {escape(doc.published)}")
    if doc.source:
        meta.append(escape(doc.source))
    claims = len(doc.claims)
    notes = "".join(f"<li>Note: {escape(n)}</li>" for n in doc.notes)
    return (f'<header><h2 id="{key}-title">{escape(doc.title or doc.path)}</h2>'
            f'<p class="meta">{" · ".join(meta)}</p>'
            f'<p class="headline">{escape(headline(doc))} · {len(doc.quantities)} quantities, '
            f'{claims} claim{"" if claims == 1 else "s"} checked</p>'
            + (f'<ul class="notes">{notes}</ul>' if notes else "") + "</header>")


def _card(f: Finding, card_id: str, mark_id: str | None) -> str:
    parts = [f'<li class="finding sev-{f.severity}" id="{card_id}" data-code="{escape(f.code)}" '
             f'data-spans="{escape(json.dumps(f.spans))}">',
             f'<p><span class="badge">{SEVERITY_LABEL[f.severity]}</span> '
             f'<span class="rule">{escape(f.code)} {escape(f.rule)}{_line(f)}</span></p>',
             f'<p class="message">{escape(f.message)}</p>']
    quote = marked(f, "\x00", "\x01", escape=escape)
    if quote and f.severity != "info":
        parts.append(f'<p class="quote">{quote.replace(chr(0), "<u>").replace(chr(1), "</u>")}</p>')
    if f.arithmetic:
        parts.append(f'<p>Arithmetic: <span class="arithmetic">{escape(f.arithmetic)}</span></p>')
    said = [f"Expected {escape(f.expected)}" if f.expected else "", f"the text says {escape(f.observed)}"
            if f.observed else ""]
    if any(said):
        sentence = "; ".join(p for p in said if p)
        parts.append(f"<p>{sentence[0].upper()}{sentence[1:]}</p>")
    if f.advice:
        parts.append(f'<p class="advice"><strong>To verify:</strong> {escape(f.advice)}</p>')
    if mark_id:
        parts.append(f'<p><a href="#{mark_id}">Show in the text</a></p>')
    return "".join(parts) + "</li>"


def _line(f: Finding) -> str:
    return f" · line {f.line}" if f.line else ""


def _marked_text(text: str, findings: list[Finding], ids: dict[int, str], key: str,
                 front_matter_end: int) -> tuple[str, dict[str, str]]:
    """The text with every span of every finding marked; and the id of each finding's first mark.

    Spans of different findings may overlap, so the text is cut at every span's
    ends and each piece is marked with all the spans that cover it.
    """
    refs = []  # (start, end, finding id, span index, severity, rank, message)
    for rank, f in enumerate(findings):
        for k, (a, b) in enumerate(f.spans):
            if 0 <= a < b <= len(text):
                refs.append((a, b, ids[id(f)], k, f.severity, rank, f.message))
    cuts = sorted({0, len(text), *(r[0] for r in refs), *(r[1] for r in refs)})
    if refs and min(r[0] for r in refs) < front_matter_end:
        front_matter_end = 0  # never split a mark to dim the front matter
    if 0 < front_matter_end < len(text):
        cuts = sorted(set(cuts) | {front_matter_end})
    out: list[str] = []
    first: dict[str, str] = {}
    starts = sorted(refs)
    active: list[tuple] = []
    i = 0
    for n, (p, q) in enumerate(zip(cuts, cuts[1:])):
        while i < len(starts) and starts[i][0] <= p:
            active.append(starts[i])
            i += 1
        active = [r for r in active if r[1] > p]
        piece = escape(text[p:q])
        if not active:
            out.append(f'<span class="frontmatter">{piece}</span>' if q <= front_matter_end else piece)
            continue
        active.sort(key=lambda r: (r[5], r[3]))  # findings are already in severity order
        top = active[0]
        mark_id = f"{key}-m{n}"
        for r in active:
            first.setdefault(r[2], mark_id)
        data = " ".join(f"{r[2].rsplit('-', 1)[1]}:{r[3]}" for r in active)
        title = escape(" / ".join(dict.fromkeys(f"{SEVERITY_LABEL[r[4]]}: {r[6]}" for r in active)))
        out.append(f'<mark class="sev-{top[4]}" id="{mark_id}" data-at="{p}" data-refs="{data}" title="{title}">'
                   f'<a href="#{top[2]}">{piece}</a></mark>')
    return "".join(out), first
