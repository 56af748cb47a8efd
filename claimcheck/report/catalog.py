"""The rules as records, for tools that list them: ``claimcheck rules --format json`` and SARIF's rule table."""

from __future__ import annotations

import json
from typing import Any, Iterable


def rule_record(rule) -> dict[str, Any]:
    """What a tool needs to know of one rule; ``doc`` is what ``claimcheck explain`` prints under the title."""
    return {
        "code": rule.code,
        "name": rule.name,
        "severity": rule.severity,
        "summary": rule.summary,
        "doc": rule.doc,
        "options": dict(rule.options),
        "origin": rule.origin,
    }


def render_rules_json(rules: Iterable) -> str:
    return json.dumps([rule_record(r) for r in rules], indent=1, ensure_ascii=False) + "\n"
