"""Ignore comments: which findings they cover, and that suppressed findings stay listed but don't fail."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.cli import main
from claimcheck.models import Finding
from claimcheck.suppress import apply_suppressions, suppressions

CUT = "Tariffs were cut from 10% to 46% on Tuesday."


def finding_at(text: str, needle: str, rule: str = "change-direction", code: str = "CC101") -> Finding:
    start = text.index(needle)
    return Finding(rule=rule, code=code, severity="error", message="m", spans=[(start, start + len(needle))])


def suppressed(text: str, needle: str, **kw) -> bool:
    return apply_suppressions([finding_at(text, needle, **kw)], text)[0].suppressed


@pytest.mark.parametrize(("text", "needle", "expected"), [
    # on the same line
    (f"{CUT} <!-- claimcheck: ignore change-direction -->\nNext 46% line.", "46%", True),
    (f"{CUT} <!-- claimcheck: ignore change-direction -->\nNext 47% line.", "47%", False),
    # by code, several rules, any rule
    (f"{CUT} <!-- claimcheck: ignore CC999, CC101 -->", "46%", True),
    (f"{CUT} <!-- claimcheck: ignore -->", "46%", True),
    (f"{CUT} <!-- claimcheck: ignore range-order -->", "46%", False),
    # before a paragraph of several lines, blank lines between paragraphs
    (f"Intro 5%.\n\n<!-- claimcheck: ignore change-direction -->\nFirst line 3%,\n{CUT}\n\nLater 46%.",
     "to 46%", True),
    (f"Intro 5%.\n\n<!-- claimcheck: ignore change-direction -->\nFirst line 3%,\n{CUT}\n\nLater 46%.",
     "Later 46%", False),
    # a blank line between comment and paragraph, and stacked comments
    (f"<!-- claimcheck: ignore change-direction -->\n\n<!-- another note -->\n{CUT}\n\nLater 46%.", "46%", True),
    # one paragraph per line (no blank lines in the body): only the next line
    (f"Intro 5%.\n<!-- claimcheck: ignore change-direction -->\n{CUT}\nLater 46%.", "to 46%", True),
    (f"Intro 5%.\n<!-- claimcheck: ignore change-direction -->\n{CUT}\nLater 46%.", "Later 46%", False),
    # a comment after the paragraph does not reach back
    (f"{CUT}\n<!-- claimcheck: ignore change-direction -->\nLater.", "46%", False),
    # other comments are not suppressions
    (f"{CUT} <!-- claimcheck: check change-direction -->", "46%", False),
])
def test_where_a_comment_suppresses(text, needle, expected):
    assert suppressed(text, needle) is expected


def test_suite_rule_names_and_whole_document_findings(tmp_path):
    text = f"{CUT} <!-- claimcheck: ignore rules_house.py::rule_x -->"
    assert suppressed(text, "46%", rule="rules_house.py::rule_x", code="rules_house.py::rule_x")
    whole = Finding(rule="r", code="r", severity="error", message="m", spans=[(0, 0)])
    assert not apply_suppressions([whole], "<!-- claimcheck: ignore -->\ntext")[0].suppressed


def test_regions_are_reported():
    text = "a\n<!-- claimcheck: ignore A B -->\nb 1%\nc"
    (region,) = suppressions(text)
    assert text[region.start:region.end] == "b 1%" and region.rules == {"A", "B"}


def test_suppressed_finding_stays_in_report_but_does_not_fail(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = f"{CUT}\n"
    report = claimcheck.check(text)
    assert [f.rule for f in report.findings] == ["change-direction"]  # the finding this test suppresses
    (tmp_path / "a.txt").write_text(f"<!-- claimcheck: ignore change-direction -->\n{text}", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "a.txt", "--format", "json"])
    assert result.exit_code == 0
    (finding,) = json.loads(result.stdout)["documents"][0]["findings"]
    assert finding["rule"] == "change-direction" and finding["suppressed"] is True
