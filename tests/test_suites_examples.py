"""The house rules and facts of examples/, through the CLI: their findings in the Markdown and JSON reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOUSE_RULES = {
    "rules_house.py::rule_rate_changes_in_points": "0.5% is the change of a rate",
    "rules_house.py::rule_market_cap_in_usd": "market cap 45 trillion yen is in JPY",
    "rules_house.py::rule_poll_has_sample_size": "poll figure 61% has no sample size nearby",
    "reference": "54% disagrees with the house fact",
}


@pytest.fixture
def run_examples(monkeypatch):
    monkeypatch.chdir(ROOT)

    def run(fmt: str):
        return CliRunner().invoke(main, ["check", "examples/articles/", "--rules", "examples/",
                                         "--facts", "examples/facts.yaml", "--format", fmt])

    return run


def test_house_rules_in_the_json_report(run_examples):
    result = run_examples("json")
    assert result.exit_code == 1, result.stderr
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    active = {f["rule"]: f["message"] for f in findings if not f["suppressed"] and f["severity"] != "info"}
    # the built-in change-arithmetic rule also sees percent written for points in "by 0.5% from 4.25% to 4.75%"
    assert set(active) == set(HOUSE_RULES) | {"change-arithmetic"}
    assert "confuses percent with percentage points" in active["change-arithmetic"]
    for rule, message in HOUSE_RULES.items():
        assert active[rule].startswith(message)
    (suppressed,) = [f for f in findings if f["suppressed"]]
    assert suppressed["rule"] == "rules_house.py::rule_poll_has_sample_size" and "70%" in suppressed["message"]
    codes = {f["rule"]: f["code"] for f in findings}
    assert codes["rules_house.py::rule_rate_changes_in_points"] == "HOUSE1"


def test_house_rules_in_the_markdown_report(run_examples):
    result = run_examples("md")
    assert result.exit_code == 1
    for rule, message in HOUSE_RULES.items():
        assert rule in result.stdout and message in result.stdout
    assert "70%" in result.stdout  # listed among the suppressed


def test_house_rules_are_listed_and_explained(monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    listing = runner.invoke(main, ["rules", "--rules", "examples/"]).stdout
    assert all(rule in listing for rule in HOUSE_RULES)
    for rule in HOUSE_RULES:
        doc = runner.invoke(main, ["explain", rule, "--rules", "examples/"]).stdout
        for section in ("What it checks:", "Why it matters:", "Flags:", "Passes:", "Options:"):
            assert section in doc, (rule, section)
