"""SARIF 2.1.0, so that findings in a content repository show where code review shows lint.

One run: the rules that ran (code, name, summary, and ``explain``'s text as
help), one result per finding with its first span as the location and every
span as a related location, lines and columns counted in code points of the
text as read (CR, LF and CRLF end a line, as SARIF counts them). Suppressed
findings keep their place with an in-source suppression; files that could not
be read are the invocation's notifications. Web pages and Word files have no
region: their spans index extracted text, not the file's bytes, so the message
quotes the words instead.
"""

from __future__ import annotations

import bisect
import codecs
import hashlib
import json
import re
from typing import Any, Mapping, Sequence
from pathlib import Path, PurePath
from urllib.parse import quote

from ..models import DocumentReport, Finding, Report
from .catalog import rule_record

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
IANA = {"cp1252": "windows-1252", "iso8859-1": "iso-8859-1", "utf-16-le": "utf-16le", "utf-16-be": "utf-16be",
        "utf-32-le": "utf-32le", "utf-32-be": "utf-32be"}  # Python's codec names -> charset names
_LINE_END = re.compile(r"\r\n|\r|\n")


class _Lines:
    """1-based line and column of an offset, with SARIF's line ends."""

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_END.finditer(text)]

    def at(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def render_sarif(report: Report, documents: Mapping[str, Any] | None = None, rules: Sequence = ()) -> str:
    """The report as a SARIF log; ``documents`` (path -> Document) give the texts that lines are counted in."""
    documents = documents or {}
    descriptors = [_descriptor(rule_record(r)) for r in rules]
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    for doc in report.documents:  # a finding of a rule not listed still gets a descriptor
        for f in doc.findings:
            if f.code not in index:
                index[f.code] = len(descriptors)
                descriptors.append({"id": f.code, "name": f.rule})
    artifacts, results = [], []
    for doc in report.documents:
        source = documents.get(doc.path)
        artifacts.append(_artifact(doc, source))
        text = source.text if source is not None else None
        lines = _Lines(text) if text is not None and doc.text_source == "file" else None
        for f in doc.findings:
            results.append(_result(f, len(artifacts) - 1, doc, text, lines, index[f.code]))
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "claimcheck", "version": report.version, "semanticVersion": report.version,
                            "rules": descriptors}},
        "invocations": [_invocation(report)],
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": results,
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, indent=1, ensure_ascii=False) + "\n"


def _descriptor(rule: dict[str, Any]) -> dict[str, Any]:
    doc = rule["doc"]
    details = doc.split("\n\n", 1)[1].strip() if "\n\n" in doc else ""
    out: dict[str, Any] = {
        "id": rule["code"],
        "name": rule["name"],
        "shortDescription": {"text": rule["summary"] or rule["name"]},
        "defaultConfiguration": {"level": LEVEL[rule["severity"]]},
        "help": {"text": f"{rule['code']} {rule['name']}\n\n{doc}"},  # what `claimcheck explain` prints
        "properties": {"options": rule["options"], "origin": rule["origin"]},
    }
    if details:
        out["fullDescription"] = {"text": details}
    return out


def _where(path: str) -> dict[str, str]:
    """An artifact location: relative paths against the checkout's root, as code-review tools expect."""
    p = PurePath(path)
    if p.is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(p.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def _artifact(doc: DocumentReport, source) -> dict[str, Any]:
    out: dict[str, Any] = {"location": _where(doc.path)}
    if source is not None and doc.text_source == "file":
        name = codecs.lookup(source.encoding).name
        out["encoding"] = IANA.get(name, name)
        out["length"] = len(source.text)
    if doc.path.endswith((".md", ".markdown")):
        out["mimeType"] = "text/markdown"
    return out


def _location(doc: DocumentReport, artifact: int, lines: _Lines | None, span, text: str | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {**_where(doc.path), "index": artifact}}
    start, end = span
    if lines is not None and end > start:
        (line, column), (end_line, end_column) = lines.at(start), lines.at(end)
        region: dict[str, Any] = {"startLine": line, "startColumn": column, "endLine": end_line,
                                  "endColumn": end_column, "charOffset": start, "charLength": end - start}
        if text is not None:
            region["snippet"] = {"text": text}
        physical["region"] = region
    return {"physicalLocation": physical}


def _span_texts(f: Finding, text: str | None) -> list[str | None]:
    """The words of each span: from the document's text, else from the excerpts that quote them."""
    if text is not None:
        return [text[a:b] for a, b in f.spans]
    out: list[str | None] = []
    for a, b in f.spans:
        out.append(next((ex.text[a - ex.start:b - ex.start] for ex in f.excerpts
                         if ex.start <= a and b <= ex.start + len(ex.text)), None))
    return out


def _message(f: Finding, doc: DocumentReport, words: list[str | None]) -> str:
    parts = [f.message]
    if f.arithmetic:
        parts.append(f"Arithmetic: {f.arithmetic}")
    if f.advice:
        parts.append(f"Check: {f.advice}")
    if doc.text_source != "file":
        quoted = ", ".join(f"“{w}”" for w in words if w)
        parts.append(f"In the text extracted from the file: {quoted}" if quoted else "In the text extracted from "
                                                                                    "the file")
    return ". ".join(p.rstrip(".") for p in parts) + "."


def _result(f: Finding, artifact: int, doc: DocumentReport, text: str | None, lines: _Lines | None,
            rule_index: int) -> dict:
    words = _span_texts(f, text)
    located = [(span, text) for span, text in zip(f.spans, words) if span[1] > span[0]]
    locations = [_location(doc, artifact, lines, span, text) for span, text in located]
    fingerprint = hashlib.sha256("\x1f".join([f.code, f.message, *(w or "" for w in words)]).encode()).hexdigest()
    out: dict[str, Any] = {
        "ruleId": f.code,
        "ruleIndex": rule_index,
        "level": LEVEL[f.severity],
        "message": {"text": _message(f, doc, words)},
        "locations": locations[:1] or [_location(doc, artifact, None, (0, 0), None)],
        "partialFingerprints": {"claimcheckFinding/v1": fingerprint[:32]},
        "properties": {k: v for k, v in (("rule", f.rule), ("expected", f.expected), ("observed", f.observed),
                                          ("arithmetic", f.arithmetic), ("advice", f.advice)) if v},
    }
    if len(locations) > 1:
        out["relatedLocations"] = [dict(loc, id=i, message={"text": f"“{text}”" if text else "here"})
                                   for i, (loc, (_, text)) in enumerate(zip(locations, located))]
    if f.suppressed:
        out["suppressions"] = [{"kind": "inSource", "justification": "claimcheck: ignore comment in the article"}]
    return out


def _invocation(report: Report) -> dict[str, Any]:
    notes = [{"level": "error", "message": {"text": f"not checked: {e.message}"},
              "locations": [{"physicalLocation": {"artifactLocation": _where(e.path)}}]}
             for e in report.errors]
    return {"executionSuccessful": not report.errors, "toolExecutionNotifications": notes}
