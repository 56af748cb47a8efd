"""Every built-in rule against its table of cases (tests/rules/cases/<rule>.yaml).

A case with `flags` must yield a finding of that rule (error, or the case's
severity) whose spans cover each quoted text; a case with `passes` must yield
no error or warning from any rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import claimcheck
from claimcheck.ruleset import DOC_SECTIONS, builtin_rules

CASES = Path(__file__).parent / "cases"


def _load():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n, case in enumerate(data["cases"], 1):
            published = case.get("published", data.get("published", ""))  # a case may set its own date
            yield pytest.param(data["rule"], str(published), case, id=f"{path.stem}-{n}")


def _covers(text: str, finding, quote: str) -> bool:
    start = text.find(quote)
    assert start >= 0, f"quote {quote!r} is not in the case text"
    end = start + len(quote)
    return any(a < end and start < b for a, b in finding.spans)


@pytest.mark.parametrize("rule_name, published, case", list(_load()))
def test_rule_case(rule_name, published, case):
    report = claimcheck.check(case["text"], published=published or None)
    flagged = [f for f in report.findings if f.severity in ("error", "warning") and not f.suppressed]
    if case.get("passes"):
        assert not flagged, [f"{f.rule}: {f.message}" for f in flagged]
        return
    mine = [f for f in flagged if f.rule == rule_name]
    assert mine, f"no {rule_name} finding; got {[(f.rule, f.message) for f in report.findings]}"
    want = case.get("severity", "error")
    hit = [f for f in mine if all(_covers(case["text"], f, q) for q in case["flags"])]
    assert hit, [(f.message, [case["text"][a:b] for a, b in f.spans]) for f in mine]
    assert hit[0].severity == want
    assert hit[0].arithmetic or hit[0].expected, "a finding shows its arithmetic or what was expected"


@pytest.mark.parametrize("rule", builtin_rules(), ids=lambda r: r.name)
def test_rule_is_documented_and_has_cases(rule):
    doc = rule.doc
    assert doc.splitlines()[0].strip(), "a summary line"
    for section in DOC_SECTIONS:
        assert section in doc, f"{rule.name} docstring lacks {section!r}"
    if rule.name != "reference":  # checked against a facts file, in tests/test_facts.py
        path = CASES / f"{rule.name}.yaml"
        assert path.exists(), f"{rule.name} has no case file"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any("flags" in c for c in cases) and any(c.get("passes") for c in cases)


def test_rule_codes_and_names_are_unique():
    rules = builtin_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.name for r in rules}) == len(rules)
