"""The pipeline in one place: text -> quantities -> claims -> findings -> report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .quantities import Extractor, Mention
from .load import Document, document_from_text
from .models import Claim, DocumentReport, Quantity
from .pauses import without_gc_pauses
from .segment import sentences


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one document."""

    document: Document
    sentences: list[tuple[int, int]]
    quantities: list[Quantity]
    claims: list[Claim]
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # indexes rules build once

    def quantity(self, qid: str) -> Quantity:
        return self._by_id[qid]

    @property
    def _by_id(self) -> dict[str, Quantity]:
        if "by_id" not in self.memo:
            self.memo["by_id"] = {q.id: q for q in self.quantities}
        return self.memo["by_id"]

    def sentence_text(self, index: int) -> str:
        a, b = self.sentences[index]
        return self.document.text[a:b]


def _to_quantity(i: int, m: Mention, text: str, sentence: int) -> Quantity:
    low, high = m.bounds()
    return Quantity(id=f"q{i}", span=(m.start, m.end), text=text[m.start:m.end], kind=m.kind, value=m.value,
                    unit=m.unit, qualifier=m.qualifier, qualifier_word=m.extra.get("qualifier_word"),
                    low=low, high=high, noun=m.noun, per=m.extra.get("per"), subject=m.subject,
                    sentence=sentence, resolved=m.resolved, impossible=m.extra.get("impossible"))


def _without_bare_figures(doc: Document, body: int) -> tuple[Document, list[tuple[int, int]]]:
    """The document with its runs of bare figures (not prose) skipped and noted, and its sentences."""
    from dataclasses import replace

    from . import prose

    spans = sentences(doc.text, body)
    runs = prose.bare_runs(doc.text, body)
    if not runs:
        return doc, spans
    notes = tuple(prose.note(doc.text, run) for run in runs)
    doc = replace(doc, skip=tuple(sorted((*doc.skip, *runs))), notes=doc.notes + notes)
    return doc, prose.outside(spans, runs, doc.text)


@without_gc_pauses
def extract_document(doc: Document) -> Extraction:
    """Quantities and claims of a loaded document."""
    from .relations import link

    body = doc.skip[0][1] if doc.skip and doc.skip[0][0] == 0 else 0
    doc, spans = _without_bare_figures(doc, body)
    extractor = Extractor(doc.text, doc.published, spans, doc.skip)
    mentions = extractor.mentions()
    quantities = [_to_quantity(i + 1, m, doc.text, extractor.sentence_of(m.start)) for i, m in enumerate(mentions)]
    claims, quantities = link(doc.text, spans, quantities, mentions)
    extraction = Extraction(doc, spans, quantities, claims)
    return _with_readers(extraction)


def _with_readers(extraction: Extraction) -> Extraction:
    """Add the claims the readers find over the article model (claims across sentences among them)."""
    from .article import article_of
    from .readers import read_all

    found = read_all(article_of(extraction))
    if not found:
        return extraction
    claims = sorted([*extraction.claims, *found], key=lambda c: (c.span, c.kind))
    claims = [c.model_copy(update={"id": f"c{n + 1}"}) for n, c in enumerate(claims)]
    memo = {k: v for k, v in extraction.memo.items() if k != "article"}
    out = Extraction(extraction.document, extraction.sentences, extraction.quantities, claims, memo)
    article_of(out)  # the model is rebuilt over the final claims; its caches of quantities are kept
    return out


def _document(text: str, published: dt.date | str | None, path: str) -> Document:
    """A Document from text given to the Python API (front matter read when the text opens with it)."""
    from .load import parse_date

    date = parse_date(published) if isinstance(published, str) else published
    return document_from_text(text, path, published=date, markdown=text.startswith("---"))


def extract(text: str, published: dt.date | str | None = None, *, path: str = "<text>") -> Extraction:
    """Quantities and claims of an article's text. ``published`` anchors relative dates."""
    return extract_document(_document(text, published, path))


@without_gc_pauses
def check_document(doc: Document, *, rules=None) -> DocumentReport:
    """The report of one document: its quantities, claims and the rules' findings."""
    from .quote import Lines, with_context
    from .rules import run_rules
    from .suppress import apply_suppressions

    extraction = extract_document(doc)
    findings, checks = run_rules(extraction, rules=rules)
    lines = Lines(doc.text)
    findings = [with_context(f, doc.text, lines) for f in findings]
    findings = apply_suppressions(findings, doc.text)
    report = DocumentReport(
        path=doc.path, title=doc.title, published=doc.published.isoformat() if doc.published else None,
        source=doc.source, text_source=doc.text_source, notes=list(extraction.document.notes),
        quantities=extraction.quantities, claims=extraction.claims, findings=findings, checks=checks)
    # The article model and the extraction's memo refer to each other; let go of the memo here and the
    # tokens and indexes it holds are freed as they are dropped, instead of by the collector's pass at the
    # end, which had to walk each of them (a twelfth of the time of a long article).
    extraction.memo.clear()
    return report


def check(text: str, published: dt.date | str | None = None, *, path: str = "<text>") -> DocumentReport:
    """Check an article's text and return its report."""
    return check_document(_document(text, published, path))
