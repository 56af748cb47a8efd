"""Helpers for the extractor's tests: run the extractor alone, without relation linking."""

from __future__ import annotations

import datetime as dt

from claimcheck.quantities import Extractor, Mention
from claimcheck.segment import sentences


def mentions(text: str, published: str | None = None) -> list[Mention]:
    """The extractor's mentions of a text, as the pipeline would see them before linking."""
    date = dt.date.fromisoformat(published) if published else None
    return Extractor(text, date, sentences(text), ()).mentions()
