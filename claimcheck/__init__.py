"""claimcheck: typed quantitative claims from news articles, checked against each other."""

from .api import Extraction, check, check_document, extract
from .errors import ClaimcheckError
from .models import Check, Claim, DocumentReport, Finding, Quantity, Report
from .ruleset import Consistent, Flag, Info, rule

__version__ = "0.1.0"

__all__ = [
    "Check", "Claim", "ClaimcheckError", "Consistent", "DocumentReport", "Extraction", "Finding", "Flag", "Info",
    "Quantity", "Report", "check", "check_document", "extract", "rule", "__version__",
]
