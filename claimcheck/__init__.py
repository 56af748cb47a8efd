"""claimcheck: typed quantitative claims from news articles, checked against each other.

The public names are loaded on first use, so that ``claimcheck --help`` does
not pay for pydantic models and compiled patterns it does not need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import ClaimcheckError

__version__ = "0.1.0"

_WHERE = {
    "Extraction": "api", "check": "api", "check_document": "api", "extract": "api",
    "Check": "models", "Claim": "models", "DocumentReport": "models", "Finding": "models", "Quantity": "models",
    "Report": "models",
    "Consistent": "ruleset", "Flag": "ruleset", "Info": "ruleset", "rule": "ruleset",
}

__all__ = [
    "Check", "Claim", "ClaimcheckError", "Consistent", "DocumentReport", "Extraction", "Finding", "Flag", "Info",
    "Quantity", "Report", "check", "check_document", "extract", "rule", "__version__",
]

if TYPE_CHECKING:  # for type checkers and editors: the names as they are
    from .api import Extraction, check, check_document, extract
    from .models import Check, Claim, DocumentReport, Finding, Quantity, Report
    from .ruleset import Consistent, Flag, Info, rule


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
