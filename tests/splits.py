"""What the generated-article properties share: a setting and a claim about it, the filler news set
between them, and the check that a consistent article is clean and a perturbed one is flagged at the
perturbed number."""

from __future__ import annotations

from dataclasses import dataclass

import claimcheck

PUBLISHED = "2025-06-12"
FILLER = [
    "Officials said the schedule would be reviewed at the end of the month.",
    "Local businesses welcomed the announcement, though some raised concerns about parking.",
    "The mayor did not respond to a request for comment on Tuesday.",
    "A spokesperson said further details would be published in the autumn.",
]


@dataclass
class Split:
    """A setting and a claim about it; ``bad`` perturbs the claim at ``target``."""

    setting: str
    good: str
    bad: str
    target: str
    adjacent: bool = False  # the claim points back ("Of these") and must follow the setting directly


def clean_then_flagged(good: str, bad: str, claim_start: int, target: str, published: str = PUBLISHED) -> None:
    """The consistent article gives no error or warning; the perturbed one gives one at ``target`` (the
    first occurrence from ``claim_start``)."""
    report = claimcheck.check(good, published=published)
    flagged = [f"{f.rule}: {f.message}" for f in report.findings if f.severity in ("error", "warning")]
    assert not flagged, (good, flagged)
    start = bad.index(target, claim_start)
    end = start + len(target)
    report = claimcheck.check(bad, published=published)
    found = [f for f in report.findings if f.severity in ("error", "warning")]
    assert any(a < end and start < b for f in found for a, b in f.spans), (bad, target, found)


def years_back(draw, first: int, last: int) -> tuple[int, int, int]:
    """A year between first and last, the whole years from it to the publication year, and a wrong count
    four to nine years more (hypothesis's ``draw`` of the calling strategy)."""
    from hypothesis import strategies as st

    year = draw(st.integers(first, last))
    years = int(PUBLISHED[:4]) - year
    return year, years, years + draw(st.integers(4, 9))
