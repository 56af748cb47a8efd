"""The typed records that flow through claimcheck.

Quantities and claims come out of extraction, findings out of the rules, and a
report holds them per document. All records are immutable pydantic models; the
JSON report is their serialisation and ``claimcheck schema`` prints its schema.
"""

from __future__ import annotations

from typing import Literal, Union

from pydantic import BaseModel, ConfigDict, Field

Span = tuple[int, int]
Qualifier = Literal["exact", "approx", "lower", "upper"]
Severity = Literal["error", "warning", "info"]
QuantityKind = Literal[
    "number", "percent", "percentage_point", "money", "count", "fraction",
    "rank", "multiplier", "duration", "date", "measure",
]
ClaimKind = Literal["change", "range", "equivalence", "proportion", "rank", "date_offset", "rate", "total",
                    "comparison", "inclusion"]
Direction = Literal["up", "down"]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Quantity(Record):
    """One quantitative mention: a number with its unit, in its place in the text."""

    id: str = Field(description="Stable within a document: q1, q2, ... in text order.")
    span: Span = Field(description="Character offsets into the file's whole text.")
    text: str = Field(description="The mention as written: text[span[0]:span[1]].")
    kind: QuantityKind
    value: Union[float, str] = Field(
        description="Full magnitude ('$7 trillion' -> 7e12); for dates an ISO-8601 prefix ('2026-07').")
    unit: str = Field(
        description="percent, percentage_point, basis_point, an ISO 4217 code, count, rank, fraction, "
                    "multiplier, date, or pint's canonical unit name (mile, day, ...).")
    qualifier: Qualifier = "exact"
    qualifier_word: str | None = Field(None, description="The words that qualify it: 'just under', 'about'.")
    low: float | None = Field(None, description="Lower end of what the wording allows (precision and qualifier).")
    high: float | None = Field(None, description="Upper end of what the wording allows.")
    noun: str | None = Field(None, description="The counted or measured thing, singular ('satellite').")
    per: str | None = Field(None, description="For a price or rate: what it is per ('barrel' in '$58.24 per barrel').")
    subject: str | None = Field(None, description="What the number is about, as words from its context.")
    sentence: int = Field(description="Index of the sentence holding the mention.")
    resolved: bool = Field(True, description="False for a relative date with no publication date to anchor it.")
    impossible: str | None = Field(None, description="What makes the figure impossible as written "
                                                     "('June has no day 31'); its value is then what it can be.")


class Claim(Record):
    """A relation the text asserts between quantities."""

    id: str
    kind: ClaimKind
    quantities: list[str] = Field(description="Ids of the quantities it relates, in text order.")
    roles: dict[str, str] = Field(
        default_factory=dict,
        description="Role -> quantity id. change: from, to, by; range: low, high; equivalence: left, right; "
                    "proportion: share, part, whole; rank: rank, field; date_offset: offset, anchor, event; "
                    "rate: rate, total, count (a per-unit figure against total / count); total: total, part1, "
                    "part2, ... (parts that make up a whole); comparison: subject, other1, other2, ... (cue "
                    "names the comparative: 'largest', 'twice', 'record'); inclusion: value, low, high (a value "
                    "said to lie within a range).")
    span: Span = Field(description="From the first to the last character of the claim's wording.")
    sentence: int
    direction: Direction | None = Field(None, description="For a change: what the verb asserts.")
    cue: str | None = Field(None, description="The word that makes the relation: 'raised', 'or', 'of', 'out of'.")
    asserted: list[tuple[str, Direction]] = Field(
        default_factory=list, description="For a change: every direction word and the direction it asserts.")
    about: str | None = Field(None, description="What the whole or the subject is, in the text's words.")
    relative: bool | None = Field(None, description="For a change by a percent: True when relative (a 50% increase).")


class Excerpt(Record):
    """A stretch of the file's text, quoted in a report."""

    start: int = Field(description="Offset of the text in the file.")
    text: str


class Finding(Record):
    """Something an editor should look at."""

    rule: str = Field(description="The rule's name, or suite-file::function for a user rule.")
    code: str
    severity: Severity
    message: str
    spans: list[Span] = Field(description="Where an editor must look: every quantity involved.")
    quantities: list[str] = Field(default_factory=list)
    claim: str | None = None
    expected: str | None = Field(None, description="What the other numbers imply.")
    observed: str | None = Field(None, description="What the text says.")
    arithmetic: str | None = Field(None, description="The calculation, in one line.")
    advice: str | None = Field(None, description="What to verify.")
    line: int | None = Field(None, description="Line of the file where the first span starts.")
    excerpts: list[Excerpt] = Field(default_factory=list, description="The sentences holding the spans.")
    suppressed: bool = False


class Check(Record):
    """A cross-claim check that was made and found consistent."""

    rule: str
    message: str
    spans: list[Span]


class DocumentReport(Record):
    path: str
    title: str | None = None
    published: str | None = Field(None, description="Publication date (ISO) used to anchor relative dates.")
    source: str | None = None
    text_source: str = Field("file", description="'file', or 'extracted' when spans refer to text taken from HTML/Word.")
    notes: list[str] = Field(default_factory=list, description="What the reader of the report should know.")
    quantities: list[Quantity]
    claims: list[Claim]
    findings: list[Finding] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)


class InputProblem(Record):
    path: str
    message: str


class Report(Record):
    tool: str = "claimcheck"
    version: str
    documents: list[DocumentReport]
    errors: list[InputProblem] = Field(default_factory=list)
