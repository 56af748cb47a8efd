"""The runner keeps going past a document it cannot check."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import claimcheck.api
from claimcheck.runner import build_report, exit_code

ROOT = Path(__file__).resolve().parent.parent


def test_an_internal_failure_on_one_document_keeps_the_others(capsys):
    real = claimcheck.api.check_document

    def flaky(doc, rules=None):
        if doc.path.endswith("kuiper-launch.md"):
            raise RuntimeError("boom")
        return real(doc, rules=rules)

    with mock.patch("claimcheck.api.check_document", side_effect=flaky):
        report = build_report([str(ROOT / "seeds" / "kuiper-launch.md"), str(ROOT / "seeds" / "japan-llm.md")])
    assert [Path(d.path).name for d in report.documents] == ["japan-llm.md"]
    assert len(report.errors) == 1 and "internal error" in report.errors[0].message
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "kuiper-launch.md" in err and "Traceback" not in err
    assert exit_code(report, "error") == 0
