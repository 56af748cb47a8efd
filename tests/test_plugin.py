"""The pytest plugin: articles as test items (in a separate pytest process) and the claimcheck_doc fixture."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def pytest_run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTEST_ADDOPTS": "", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", *args],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_examples_fail_with_the_markdown_of_their_findings():
    run = pytest_run("--claimcheck", "examples/articles/", "--claimcheck-rules", "examples/",
                     "--claimcheck-facts", "examples/facts.yaml", cwd=ROOT)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "1 failed" in run.stdout and "FAILED examples/articles/house-style.md" in run.stdout
    for expected in ("rules_house.py::rule_rate_changes_in_points", "rules_house.py::rule_market_cap_in_usd",
                     "rules_house.py::rule_poll_has_sample_size", "[reference] 54% disagrees",
                     "poll figure 70%"):  # the last one listed as suppressed
        assert expected in run.stdout, expected


def test_config_fail_on_layering_and_fixture(tmp_path):
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent("""
        [tool.claimcheck]
        rules = ["house"]
        fail-on = "warning"
    """))
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "rules_style.py").write_text(textwrap.dedent("""
        import claimcheck

        @claimcheck.rule(severity="warning")
        def rule_no_percent_sign(quantity, text):
            if quantity.unit == "percent":
                assert "%" not in quantity.text, f"{quantity.text}: spell out 'percent'"
    """))
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "clean.txt").write_text("Sales rose 5 percent to 12 million cars.\n")
    (tmp_path / "articles" / "styled.md").write_text("Sales rose 5% to 12 million cars.\n")
    (tmp_path / "test_uses_fixture.py").write_text(textwrap.dedent("""
        def test_fixture(claimcheck_doc):
            report = claimcheck_doc("Tariffs were cut from 10% to 46%.", published="2025-04-09")
            rules = [f.rule for f in report.findings]
            assert "change-direction" in rules and "rules_style.py::rule_no_percent_sign" in rules
            assert report.published == "2025-04-09"
    """))
    run = pytest_run("--claimcheck", "articles", "test_uses_fixture.py", cwd=tmp_path)
    assert run.returncode == 1 and "1 failed, 2 passed" in run.stdout, run.stdout + run.stderr
    assert "spell out 'percent'" in run.stdout and "FAILED articles/styled.md" in run.stdout
    run = pytest_run("--claimcheck", "articles", "--claimcheck-fail-on", "error", cwd=tmp_path)
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout + run.stderr


def test_broken_suite_is_one_usage_error(tmp_path):
    (tmp_path / "rules_bad.py").write_text("def rule_x(:\n")
    (tmp_path / "a.txt").write_text("Sales rose 5%.\n")
    run = pytest_run("--claimcheck", "a.txt", "--claimcheck-rules", "rules_bad.py", cwd=tmp_path)
    assert run.returncode == 4  # pytest's usage error
    assert "claimcheck: rules_bad.py:1: syntax error" in run.stderr


def test_fixture_in_this_session(claimcheck_doc):
    report = claimcheck_doc("Tariffs were cut from 10% to 46%.", published="2025-04-09")
    assert [f.rule for f in report.findings] == ["change-direction"]
