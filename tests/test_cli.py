"""End-to-end tests of the command line on the seed articles."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(*args: str, cwd: Path = ROOT, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck.cli", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.fixture(scope="module")
def seed_json(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("report") / "seeds.json"
    proc = run("check", "seeds/", "--format", "json", "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_seed_articles_have_no_errors_or_warnings(seed_json):
    paths = [Path(d["path"]).name for d in seed_json["documents"]]
    assert paths == sorted(p.name for p in SEEDS.iterdir())
    for doc in seed_json["documents"]:
        flagged = [f for f in doc["findings"] if f["severity"] in ("error", "warning")]
        assert not flagged, (doc["path"], flagged)


def test_json_spans_slice_the_file_text(seed_json):
    for doc in seed_json["documents"]:
        with open(ROOT / doc["path"], encoding="utf-8", newline="") as fh:
            text = fh.read()
        for q in doc["quantities"]:
            assert text[q["span"][0]:q["span"][1]] == q["text"]
        ids = {q["id"] for q in doc["quantities"]}
        for c in doc["claims"]:
            assert set(c["quantities"]) <= ids and set(c["roles"].values()) <= ids


def test_seed_quantities_and_relations(seed_json):
    kuiper = next(d for d in seed_json["documents"] if d["path"].endswith("kuiper-launch.md"))
    by_text = {q["text"]: q for q in kuiper["quantities"]}
    assert by_text["1,618 satellites"]["value"] == 1618 and by_text["1,618 satellites"]["noun"] == "satellite"
    assert by_text["Six years ago"]["value"] == "2019"
    assert by_text["1,200 miles"]["unit"] == "mile" and by_text["1,200 miles"]["qualifier"] == "upper"
    assert not any("41" in q["text"] for q in kuiper["quantities"]), "pad 41 is an identifier"
    kinds = {c["kind"] for c in kuiper["claims"]}
    assert "proportion" in kinds
    implied = [f for f in kuiper["findings"] if f["severity"] == "info"]
    assert any("3,236" in f["message"] for f in implied)


def _mutant(tmp_path: Path, old: str, new: str) -> Path:
    text = (SEEDS / "apple-tariff-rally.md").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "mutant.md"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_markdown_report_quotes_the_sentence_and_shows_the_arithmetic(tmp_path):
    path = _mutant(tmp_path, "reduced from 46% to 10%", "reduced from 10% to 46%")
    proc = run("check", str(path), "--format", "md")
    assert proc.returncode == 1, proc.stderr
    md = proc.stdout
    assert "## Apple shares soar after tariff pause" in md
    assert "**1 error, 0 warnings" in md
    assert "**reduced** from **10%** to **46%**" in md  # the direction word is marked too
    assert "Arithmetic: 46% > 10%" in md
    assert "Check:" in md


def test_fail_on_levels(tmp_path):
    path = _mutant(tmp_path, "reduced from 46% to 10%", "reduced from 10% to 46%")
    assert run("check", str(path), "--fail-on", "never").returncode == 0
    assert run("check", str(path), "--fail-on", "warning").returncode == 1
    clean = run("check", str(SEEDS / "apple-tariff-rally.md"), "--fail-on", "warning")
    assert clean.returncode == 0, clean.stdout


def test_text_format_is_compact(tmp_path):
    path = _mutant(tmp_path, "reduced from 46% to 10%", "reduced from 10% to 46%")
    proc = run("check", str(path), "--format", "text")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[0].endswith("1 error, 0 warnings, 0 notes to verify")
    assert any("error [change-direction]" in line for line in lines)
    assert any("[reduced] from [10%] to [46%]" in line for line in lines)


def test_standard_input_with_published_date():
    proc = run("check", "-", "--published", "2025-04-10", "--format", "json",
               stdin="Six years ago, in 2016, Amazon unveiled its plans.\n")
    report = json.loads(proc.stdout)
    doc = report["documents"][0]
    assert doc["published"] == "2025-04-10"
    assert any(f["rule"] == "date-arithmetic" for f in doc["findings"])
    assert proc.returncode == 1


def test_claims_command_prints_tables():
    proc = run("claims", "seeds/kuiper-launch.md")
    assert proc.returncode == 0, proc.stderr
    assert "1,618 satellites" in proc.stdout and "proportion" in proc.stdout


def test_schema_is_the_report_json_schema():
    proc = run("schema")
    schema = json.loads(proc.stdout)
    assert schema["title"] == "Report"
    assert "documents" in schema["properties"]
    assert {"Quantity", "Claim", "Finding"} <= set(schema["$defs"])


def test_bad_published_option_is_one_line_and_exit_2():
    proc = run("check", "seeds/kuiper-launch.md", "--published", "not a date")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "--published" in proc.stderr


def test_help_lists_the_commands():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("check", "claims", "schema", "rules", "explain", "serve"):
        assert command in proc.stdout


def test_a_missing_path_beside_a_good_one_exits_2_after_reporting_the_good_one(tmp_path):
    """A typo in a CI job's path must not pass: the good file is checked and reported, then exit 2."""
    out = tmp_path / "report.json"
    proc = run("check", "seeds/apple-tariff-rally.md", "seeds/missing.md", "--format", "json", "--output", str(out))
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr == "claimcheck: error: seeds/missing.md: no such file or directory\n"
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [d["path"] for d in report["documents"]] == ["seeds/apple-tariff-rally.md"]
    assert report["errors"] == [{"path": "seeds/missing.md", "message": "no such file or directory"}]
    # the same run with only the good file passes, and a finding does not hide the missing file
    assert run("check", "seeds/apple-tariff-rally.md", "--format", "json").returncode == 0
    mutant = _mutant(tmp_path, "reduced from 46% to 10%", "reduced from 10% to 46%")
    assert run("check", str(mutant), "seeds/missing.md", "--fail-on", "never").returncode == 2


def test_rules_as_json_for_tools():
    proc = run("rules", "--format", "json", "--rules", "examples/rules_house.py")
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    listed = run("rules", "--rules", "examples/rules_house.py").stdout
    assert len(records) == len(listed.splitlines()) and all(r["name"] in listed for r in records)
    by_code = {r["code"]: r for r in records}
    assert by_code["CC101"]["name"] == "change-direction" and by_code["CC101"]["severity"] == "error"
    assert by_code["CC111"]["severity"] == "warning"
    assert by_code["CC103"]["options"] == {"tolerance": 0.02}
    explained = run("explain", "CC103").stdout
    assert explained == f"CC103 part-whole\n\n{by_code['CC103']['doc']}\n"
    assert any(r["origin"].endswith("rules_house.py") for r in records)
    assert set(records[0]) == {"code", "name", "severity", "summary", "doc", "options", "origin"}
