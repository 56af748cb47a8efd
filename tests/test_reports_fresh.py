"""reports/ holds the reports of seeds/ as the README's main command writes them: fail when stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.runner import build_report, render

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("fmt, name", [("md", "seeds.md"), ("json", "seeds.json")])
def test_committed_reports_are_current(fmt, name, monkeypatch):
    monkeypatch.chdir(ROOT)
    report = build_report(["seeds/"])
    expected = render(report, fmt)
    committed = (ROOT / "reports" / name).read_text(encoding="utf-8")
    assert committed == expected, (
        f"reports/{name} is stale: regenerate it with the README's main command "
        f"(claimcheck check seeds/ --format {fmt} --output reports/{name})")
