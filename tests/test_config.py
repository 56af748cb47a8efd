"""[tool.claimcheck]: where it is found, how CLI flags layer over it, and each error path."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.config import Config, load_config
from claimcheck.errors import ConfigError
from claimcheck.ruleset import RuleSet

# Two findings of different rules and severities: direction (error) and a money-not-USD suite rule.
ARTICLE = "Tariffs were cut from 10% to 46% on Tuesday. Toyota's market cap rose to 45 trillion yen.\n"
SUITE = """
def rule_usd(quantity):
    if quantity.kind == "money":
        assert quantity.unit == "USD", "not in USD"
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A folder with an article and a rule suite; write_config() puts a pyproject.toml in it."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "rules_house.py").write_text(SUITE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_config(folder: Path, body: str) -> None:
    (folder / "pyproject.toml").write_text("[tool.claimcheck]\n" + textwrap.dedent(body), encoding="utf-8")


def run(*args: str):
    result = CliRunner().invoke(main, ["check", "a.txt", *args])
    rules = []
    if result.exit_code in (0, 1) and result.stdout.startswith("{"):
        rules = [(f["rule"], f["severity"]) for f in json.loads(result.stdout)["documents"][0]["findings"]]
    return result, rules


def test_no_pyproject_or_no_section_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_config() == Config()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert load_config() == Config()


def test_found_from_a_subfolder_with_paths_relative_to_the_file(project):
    write_config(project, 'rules = ["house"]\nfacts = ["facts.yaml"]\nfail_on = "warning"\n')
    sub = project / "deep" / "er"
    sub.mkdir(parents=True)
    config = load_config(sub)
    assert config.rules == [str(project / "house")] and config.facts == [str(project / "facts.yaml")]
    assert config.fail_on == "warning" and config.source == str(project / "pyproject.toml")


def test_config_selects_ignores_and_sets_severity(project):
    write_config(project, '''
        rules = ["house"]
        format = "json"
        ignore = ["change-direction"]
        severity = { "rules_house.py::rule_usd" = "warning" }
    ''')
    result, rules = run()
    assert rules == [("rules_house.py::rule_usd", "warning")]
    assert result.exit_code == 0  # only a warning, and fail-on defaults to error


def test_cli_flags_override_config(project):
    write_config(project, '''
        rules = ["house"]
        format = "md"
        fail-on = "never"
        select = ["CC101"]
    ''')
    result, rules = run()
    assert result.exit_code == 0 and result.stdout.startswith("#")  # md, never fails
    result, rules = run("--format", "json", "--fail-on", "error")
    assert result.exit_code == 1 and rules == [("change-direction", "error")]
    result, rules = run("--format", "json", "--select", "rules_house.py::rule_usd")
    assert rules == [("rules_house.py::rule_usd", "error")]
    result, rules = run("--format", "json", "--ignore", "CC101")
    assert rules == []


def test_cli_rules_add_to_configured_rules(project, tmp_path_factory):
    other = tmp_path_factory.mktemp("other")
    (other / "rules_more.py").write_text("def rule_always(document):\n    assert False, 'more'\n")
    write_config(project, 'rules = ["house"]\nformat = "json"\n')
    result, rules = run("--rules", str(other))
    assert {"rules_house.py::rule_usd", "rules_more.py::rule_always"} <= {r for r, _ in rules}


def test_tolerance_sets_rule_options_in_both_spellings(project):
    write_config(project, '''
        [tool.claimcheck.tolerance]
        window = 5
        "reference.tolerance" = 0.02

        [tool.claimcheck.tolerance.CC120]
        window = 7
    ''')
    config = load_config()
    ruleset = RuleSet.load(config=config)
    reference = next(r for r in ruleset.rules if r.name == "reference")
    assert ruleset.options_of(reference) == {"tolerance": 0.02, "window": 7}


@pytest.mark.parametrize(("body", "message"), [
    ('selct = ["CC101"]\n', "unknown key 'selct'"),
    ('format = "pdf"\n', "format: Input should be 'md', 'json', 'text', 'html' or 'sarif'"),
    ('fail-on = "sometimes"\n', "fail-on: Input should be"),
    ('severity = { CC101 = "fatal" }\n', "severity.CC101: Input should be"),
    ('select = "CC101"\n', "select: Input should be a valid list"),
    ('[tool.claimcheck.tolerance]\nwindow = "wide"\n', "tolerance.window: Input should be a valid number"),
    ("this is not toml\n", "cannot read"),
])
def test_bad_config_names_the_key(project, body, message):
    write_config(project, body)
    with pytest.raises(ConfigError, match="pyproject.toml") as info:
        load_config()
    assert message in str(info.value)
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(("body", "message"), [
    ('select = ["CC999"]\n', "select: unknown rule 'CC999'"),
    ('ignore = ["no-such-rule"]\n', "ignore: unknown rule 'no-such-rule'"),
    ('severity = { nope = "info" }\n', "severity: unknown rule 'nope'"),
    ('[tool.claimcheck.tolerance]\n"nope.tolerance" = 1\n', "tolerance: unknown rule 'nope'"),
    ('[tool.claimcheck.tolerance]\nslack = 1\n', "no rule has an option 'slack'"),
    ('rules = ["missing"]\n', "rule suite not found"),
    ('facts = ["missing.yaml"]\n', "cannot read facts file"),
])
def test_config_naming_what_does_not_exist_is_exit_2(project, body, message):
    write_config(project, body)
    result = CliRunner().invoke(main, ["check", "a.txt"])
    assert result.exit_code == 2 and message in result.stderr, result.stderr
