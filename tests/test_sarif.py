"""SARIF output: valid against the OASIS 2.1.0 schema (a copy in tests/data), with regions at the right words."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.request import url2pathname

import jsonschema
import pytest

from claimcheck.runner import check_inputs, render

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
EVAL = ROOT.parent / "shared" / "eval"


def sarif_of(*args: str, cwd: Path = ROOT) -> tuple[subprocess.CompletedProcess, dict]:
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", *args, "--format", "sarif"], cwd=cwd,
                          capture_output=True, text=True, timeout=300)
    return proc, json.loads(proc.stdout) if proc.stdout else {}


def schema_errors(log: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(SCHEMA)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def uri_path(location: dict, base: Path = ROOT) -> Path:
    if location.get("uriBaseId") == "%SRCROOT%":
        return base / url2pathname(location["uri"])
    assert location["uri"].startswith("file:///")
    return Path(url2pathname(location["uri"][len("file://"):]))


def region_text(path: Path, region: dict, encoding: str = "utf-8") -> str:
    """What a code-review tool shows at a region: lines split at CR, LF and CRLF, columns in code points."""
    lines = path.read_bytes().decode(encoding).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    first, last = region["startLine"] - 1, region["endLine"] - 1
    if first == last:
        return lines[first][region["startColumn"] - 1:region["endColumn"] - 1]
    middle = lines[first + 1:last]
    return "\n".join([lines[first][region["startColumn"] - 1:], *middle, lines[last][:region["endColumn"] - 1]])


@pytest.mark.parametrize("corpus", ["dev", "dev2"])
def test_sarif_of_the_dev_corpora_validates_and_points_at_the_words(corpus):
    folder = EVAL / corpus
    assert folder.is_dir(), f"{folder} is missing: the shared eval corpora sit beside the project"
    proc, log = sarif_of(os.path.relpath(folder, ROOT))  # relative paths stay relative to the checkout
    assert proc.returncode in (0, 1), proc.stderr
    assert schema_errors(log) == []
    [run] = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert len(run["artifacts"]) == len(list(folder.glob("*.md")))
    assert len(run["results"]) > 20, "the planted errors are reported"
    reports = {d["path"]: d for d in json.loads(subprocess.run(
        [sys.executable, "-m", "claimcheck.cli", "check", str(folder), "--format", "json"], cwd=ROOT,
        capture_output=True, text=True, timeout=300).stdout)["documents"]}
    findings = [f for path in sorted(reports) for f in reports[path]["findings"]]
    assert len(run["results"]) == len(findings)
    for result, finding in zip(run["results"], findings):
        assert result["ruleId"] == finding["code"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        assert result["message"]["text"].startswith(finding["message"])
        location = result["locations"][0]["physicalLocation"]
        artifact = run["artifacts"][location["artifactLocation"]["index"]]
        path = uri_path(artifact["location"])
        region = location["region"]
        a, b = finding["spans"][0]
        with open(path, encoding="utf-8", newline="") as fh:
            text = fh.read()
        assert region_text(path, region) == text[a:b] == region["snippet"]["text"]
        assert (region["charOffset"], region["charLength"]) == (a, b - a)
        related = [loc["physicalLocation"]["region"]["snippet"]["text"] for loc in result.get("relatedLocations", [])]
        assert related in ([], [text[x:y] for x, y in finding["spans"] if y > x])


def test_sarif_rules_carry_codes_and_the_explain_text():
    proc, log = sarif_of("seeds/kuiper-launch.md")
    assert proc.returncode == 0, proc.stderr
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    listed = json.loads(subprocess.run([sys.executable, "-m", "claimcheck.cli", "rules", "--format", "json"],
                                       cwd=ROOT, capture_output=True, text=True, timeout=60).stdout)
    assert sorted(rules) == sorted(r["code"] for r in listed)
    explained = subprocess.run([sys.executable, "-m", "claimcheck.cli", "explain", "CC110"], cwd=ROOT,
                               capture_output=True, text=True, timeout=60).stdout
    assert rules["CC110"]["help"]["text"] + "\n" == explained
    assert rules["CC110"]["name"] == "date-arithmetic"
    assert rules["CC111"]["defaultConfiguration"]["level"] == "warning"
    assert rules["CC110"]["fullDescription"]["text"].startswith("What it checks:")


def test_sarif_lines_and_columns_with_crlf_and_suppressions_and_bad_paths(tmp_path):
    article = ("---\r\ntitle: T\r\npublished: 2025-04-09\r\n---\r\nCafé owners said “tariffs were reduced” from 10% to 46% "
               "on Wednesday.\r\n\r\n<!-- claimcheck: ignore range-order -->\r\nThe deal is worth between $10 billion and $8 billion.\r\n")
    (tmp_path / "story.md").write_bytes(article.encode("cp1252"))
    proc, log = sarif_of("story.md", "missing.md", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert schema_errors(log) == []
    [run] = log["runs"]
    assert run["artifacts"][0]["encoding"] == "windows-1252"
    assert run["artifacts"][0]["location"] == {"uri": "story.md", "uriBaseId": "%SRCROOT%"}
    by_rule = {r["ruleId"]: r for r in run["results"]}
    region = by_rule["CC101"]["locations"][0]["physicalLocation"]["region"]
    assert region_text(tmp_path / "story.md", region, "cp1252") in ("reduced", "10%", "46%")
    assert region["startLine"] == 5
    assert "Arithmetic:" in by_rule["CC101"]["message"]["text"]
    suppressed = by_rule["CC108"]
    assert suppressed["suppressions"][0]["kind"] == "inSource"
    assert region_text(tmp_path / "story.md", suppressed["locations"][0]["physicalLocation"]["region"],
                       "cp1252") in ("$10 billion", "$8 billion")
    [invocation] = run["invocations"]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["message"]["text"] == "not checked: no such file or directory"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing.md"


def test_sarif_of_a_web_page_quotes_the_words_instead_of_a_region(monkeypatch):
    monkeypatch.chdir(ROOT)
    checked = check_inputs(["tests/fixtures/page.html", "seeds/apple-tariff-rally.md"], published=None)
    log = json.loads(render(checked.report, "sarif", checked))
    assert schema_errors(log) == []
    page = [r for r in log["runs"][0]["results"]
            if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("page.html")]
    assert page, "the fixture page has findings"
    for result in page:
        assert "region" not in result["locations"][0]["physicalLocation"]
        assert "In the text extracted from the file: “" in result["message"]["text"]
    assert os.path.exists(ROOT / "tests" / "fixtures" / "page.html")
