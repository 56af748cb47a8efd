"""User rule suites: discovery, fixtures by parameter name, asserts and Flags, and broken suites."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.cli import main
from claimcheck.errors import SuiteError
from claimcheck.load import document_from_text
from claimcheck.ruleset import RuleSet, load_suite, suite_files

ARTICLE = "Toyota's market cap rose to 45 trillion yen on Tuesday. Sales rose 5% to 12 million cars.\n"


def write(folder: Path, name: str, source: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


def suite_findings(tmp_path: Path, source: str, text: str = ARTICLE):
    write(tmp_path, "rules_house.py", source)
    ruleset = RuleSet.load([str(tmp_path)])
    report = claimcheck.check_document(document_from_text(text, "a.txt"), rules=ruleset)
    return [f for f in report.findings if "::" in f.rule]


def test_rule_functions_are_found_by_name_and_by_marker(tmp_path):
    write(tmp_path, "rules_house.py", """
        import claimcheck

        def rule_one(document):
            pass

        @claimcheck.rule("H2")
        def marked(quantities):
            pass

        def helper():
            pass
    """)
    write(tmp_path, "notes.py", "def rule_ignored(document):\n    pass\n")
    rules = load_suite(tmp_path / "rules_house.py")
    assert [(r.code, r.name) for r in rules] == [
        ("rules_house.py::rule_one", "rules_house.py::rule_one"), ("H2", "rules_house.py::marked")]
    assert suite_files(str(tmp_path)) == [tmp_path / "rules_house.py"]


def test_assert_message_becomes_a_finding_at_the_item(tmp_path):
    findings = suite_findings(tmp_path, """
        def rule_usd(quantity):
            if quantity.kind == "money":
                assert quantity.unit == "USD", f"{quantity.text} is not in USD"
    """)
    assert [(f.rule, f.message, f.severity) for f in findings] == [
        ("rules_house.py::rule_usd", "45 trillion yen is not in USD", "error")]
    start, end = findings[0].spans[0]
    assert ARTICLE[start:end] == "45 trillion yen"


def test_assert_without_message_quotes_the_condition(tmp_path):
    findings = suite_findings(tmp_path, """
        def rule_few(quantities):
            assert len(quantities) < 2
    """)
    assert [f.message for f in findings] == ["assertion failed: len(quantities) < 2"]


def test_yielded_flags_and_fixtures_by_name(tmp_path):
    findings = suite_findings(tmp_path, """
        from claimcheck import Flag, Info

        def rule_flags(quantities, published, text, ctx):
            assert published is None and text.startswith("Toyota")
            for q in quantities:
                if q.unit == "percent":
                    yield Flag(f"{q.text} in sentence {q.sentence}", [q], severity="warning")
            yield Info("counted", quantities[:1])
    """)
    assert [(f.message, f.severity) for f in findings] == [("counted", "info"), ("5% in sentence 1", "warning")]


def test_exception_in_a_rule_is_a_warning_naming_file_and_line_and_others_still_run(tmp_path):
    findings = suite_findings(tmp_path, """
        def rule_broken(quantity):
            return 1 / 0

        def rule_fine(document):
            assert False, "still ran"
    """)
    broken = [f for f in findings if f.rule.endswith("rule_broken")]
    assert broken and all(f.severity == "warning" for f in broken)
    assert "ZeroDivisionError" in broken[0].message and "rules_house.py:3" in broken[0].message
    assert [f.message for f in findings if f.rule.endswith("rule_fine")] == ["still ran"]


def test_a_rule_returning_something_else_is_a_warning(tmp_path):
    findings = suite_findings(tmp_path, """
        def rule_odd(document):
            return [42]
    """)
    assert len(findings) == 1 and findings[0].severity == "warning" and "not int" in findings[0].message


@pytest.mark.parametrize(("source", "expected"), [
    ("def rule_x(document):\n    return (\n", r"rules_house.py:\d+: syntax error"),
    ("import no_such_module_here\n", r"rules_house.py:1: ModuleNotFoundError while loading"),
    ("def rule_x(documnet):\n    pass\n", r"rules_house.py:1: rule rule_x asks for unknown parameter 'documnet'"),
])
def test_a_suite_that_cannot_load_is_a_suite_error_with_file_and_line(tmp_path, source, expected):
    write(tmp_path, "rules_house.py", source)
    with pytest.raises(SuiteError, match=expected):
        RuleSet.load([str(tmp_path)])


def test_check_with_a_broken_suite_is_one_line_and_exit_2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "rules_house.py", "def rule_x(:\n")
    article = write(tmp_path, "a.txt", ARTICLE)
    result = CliRunner().invoke(main, ["check", str(article), "--rules", str(tmp_path), "--format", "json"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "rules_house.py:1: syntax error" in result.stderr


def test_missing_suite_path_is_an_error(tmp_path):
    with pytest.raises(SuiteError, match="rule suite not found"):
        RuleSet.load([str(tmp_path / "nope")])


def test_suite_findings_appear_in_json_report_and_rules_listing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "rules_house.py", '''
        import claimcheck

        @claimcheck.rule("HOUSE9")
        def rule_usd(quantity):
            """Money is in USD.

            What it checks: money.
            """
            if quantity.kind == "money":
                assert quantity.unit == "USD", "not USD"
    ''')
    article = write(tmp_path, "a.txt", ARTICLE)
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(article), "--rules", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["documents"][0]["findings"]
    assert {"rule": "rules_house.py::rule_usd", "code": "HOUSE9"}.items() <= findings[0].items()
    listing = runner.invoke(main, ["rules", "--rules", str(tmp_path)])
    assert "HOUSE9   rules_house.py::rule_usd Money is in USD." in listing.stdout
    assert "CC120    reference" in listing.stdout
    explained = runner.invoke(main, ["explain", "HOUSE9", "--rules", str(tmp_path)])
    assert explained.exit_code == 0 and "What it checks: money." in explained.stdout


def test_explain_prints_a_builtin_doc_and_refuses_an_unknown_rule(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(main, ["explain", "reference"])
    assert result.exit_code == 0
    assert result.stdout.startswith("CC120 reference\n\n")
    for section in ("What it checks:", "Why it matters:", "Flags:", "Passes:", "Options:"):
        assert section in result.stdout
    unknown = runner.invoke(main, ["explain", "no-such-rule"])
    assert unknown.exit_code == 2 and "no rule 'no-such-rule'" in unknown.stderr


def test_a_failing_rule_is_reported_once_per_document(tmp_path):
    findings = suite_findings(tmp_path, """
        def rule_broken(quantity):
            raise RuntimeError("boom")
    """)
    assert len(findings) == 1 and "RuntimeError: boom" in findings[0].message


def test_a_flag_with_a_bad_severity_or_unknown_quantity_is_a_warning(tmp_path):
    findings = suite_findings(tmp_path, """
        from claimcheck import Flag

        def rule_bad_severity(document):
            yield Flag("x", severity="fatal")

        def rule_unknown_quantity(document):
            yield Flag("x", ["q999"])
    """)
    assert [f.severity for f in findings] == ["warning", "warning"]
    assert "not 'fatal'" in findings[0].message and "q999" in findings[1].message


@pytest.mark.parametrize(("source", "expected"), [
    ("def rule_x(quantity, change):\n    pass\n", "asks for quantity and change"),
    ("import claimcheck\n\n@claimcheck.rule(severity='fatal')\ndef x(document):\n    pass\n",
     "rules_house.py:3: ValueError while loading the suite: severity must be one of"),
])
def test_suite_declaration_errors(tmp_path, source, expected):
    write(tmp_path, "rules_house.py", source)
    with pytest.raises(SuiteError, match=expected):
        RuleSet.load([str(tmp_path)])
