"""The same inputs give byte-identical reports: on every run, in any order of the files.

Each run is a fresh process with a different hash seed, so an order that comes
from a set or a dict of strings would show.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PAGE = Path(__file__).resolve().parent / "fixtures" / "page.html"


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> tuple[Path, list[str]]:
    """The seed articles, a web page and two bad inputs, as paths relative to one folder."""
    folder = tmp_path_factory.mktemp("articles")
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copy(PAGE, folder / "page.html")
    (folder / "empty.md").write_text("")
    names = sorted(f"seeds/{p.name}" for p in SEEDS.iterdir()) + ["page.html", "empty.md", "missing.txt"]
    return folder, names


def report(folder: Path, paths: list[str], fmt: str, seed: int) -> bytes:
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", *paths, "--format", fmt,
                           "--output", f"report-{seed}.{fmt}"], cwd=folder, capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONHASHSEED": str(seed)})
    assert proc.returncode == 2, proc.stderr  # two inputs cannot be read: reported, and the run exits 2
    return (folder / f"report-{seed}.{fmt}").read_bytes()


@pytest.mark.parametrize("fmt", ["json", "md", "html", "sarif"])
def test_reports_are_byte_identical_across_runs_orders_and_spellings(articles, fmt):
    """Files one by one in one process; the folder instead, in reverse order, in another."""
    folder, paths = articles
    one_by_one = report(folder, paths, fmt, seed=1)
    by_folder_reversed = report(folder, ["seeds", *[p for p in paths if not p.startswith("seeds/")]][::-1], fmt,
                                seed=2)
    assert one_by_one == by_folder_reversed
    assert b"page.html" in one_by_one and b"missing.txt" in one_by_one and b"kuiper-launch.md" in one_by_one
