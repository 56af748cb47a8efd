"""The pre-commit hook: a valid manifest whose entry checks the Markdown files pre-commit passes it."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_KEYS = {"id", "name", "entry", "language", "description", "types", "args", "files", "exclude",
                 "pass_filenames", "require_serial", "stages", "always_run", "minimum_pre_commit_version"}


def hook() -> dict:
    [only] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return only


def test_the_manifest_names_a_python_hook_on_markdown_files():
    h = hook()
    assert {"id", "name", "entry", "language"} <= set(h) <= MANIFEST_KEYS
    assert h["id"] == "claimcheck" and h["language"] == "python"
    assert h["types"] == ["markdown"]
    assert h.get("pass_filenames", True), "pre-commit passes the changed files as arguments"


def run_entry(tmp_path: Path, *files: str) -> subprocess.CompletedProcess:
    """The hook as pre-commit runs it: the entry, its args, then the changed files."""
    command = shlex.split(hook()["entry"]) + list(hook().get("args", []))
    assert command[0] == "claimcheck"
    return subprocess.run([sys.executable, "-m", "claimcheck.cli", *command[1:], *files], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)


def test_the_entry_fails_a_commit_with_a_discrepancy_and_passes_a_clean_one(tmp_path):
    story = (ROOT / "seeds" / "apple-tariff-rally.md").read_text(encoding="utf-8")
    (tmp_path / "clean.md").write_text(story, encoding="utf-8")
    (tmp_path / "wrong.md").write_text(story.replace("reduced from 46% to 10%", "reduced from 10% to 46%"),
                                       encoding="utf-8")
    clean = run_entry(tmp_path, "clean.md")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    wrong = run_entry(tmp_path, "clean.md", "wrong.md")
    assert wrong.returncode == 1
    assert "wrong.md:" in wrong.stdout and "error [change-direction]" in wrong.stdout
    assert "[reduced] from [10%] to [46%]" in wrong.stdout
    gone = run_entry(tmp_path, "clean.md", "renamed-away.md")
    assert gone.returncode == 2 and "renamed-away.md: no such file or directory" in gone.stderr
