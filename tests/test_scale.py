"""Many files on one machine: `--jobs N` gives the same report as one process, `--format jsonl`
streams one document a line and replaces `--output` whole, and the progress bar stays off
anything that is not a terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import runner
from claimcheck.progress import Progress

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """The seed and dev articles side by side, with a bad file between them."""
    folder = tmp_path_factory.mktemp("many")
    for source in (ROOT / "seeds", DEV):
        for path in sorted(source.glob("*.md")) + sorted(source.glob("*.txt")):
            (folder / f"{source.name}-{path.name}").write_bytes(path.read_bytes())
    (folder / "m00-empty.md").write_text("")
    return folder


@pytest.fixture(scope="module")
def runs(articles) -> dict[tuple[str, str], subprocess.CompletedProcess]:
    """`check .` in each report format that streams or not, with one worker process and with two."""
    return {(fmt, jobs): subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", ".", "--format", fmt,
                                         "--jobs", jobs], cwd=articles, capture_output=True, timeout=300)
            for fmt in ("json", "jsonl") for jobs in ("1", "2")}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_any_number_of_jobs_gives_the_same_report_bytes_and_stderr(runs, fmt):
    one, two = runs[fmt, "1"], runs[fmt, "2"]
    assert one.returncode == two.returncode == 2, one.stderr  # a file that cannot be read fails the run
    assert one.stdout == two.stdout and one.stdout
    assert one.stderr == two.stderr == b"claimcheck: error: m00-empty.md: empty file\n"


def test_json_report_put_together_from_each_document_is_the_report_rendered_whole(runs, articles, monkeypatch):
    monkeypatch.chdir(articles)
    whole = runner.render(runner.build_report(["."]), "json").encode()
    assert runs["json", "2"].stdout == whole  # the workers' documents, spliced, as the records would be written
    content, code = runner.json_report(["."], runner.CheckJob(), 1, "error")
    assert content.encode() == whole and code == 2
    assert runner.json_report(["m00-empty.md"], runner.CheckJob(), 1, "error") == (None, 2)


def test_jsonl_is_one_line_per_input_in_input_order_with_the_documents_of_the_json_report(runs):
    report = json.loads(runs["json", "1"].stdout)
    records = [json.loads(line) for line in runs["jsonl", "2"].stdout.decode().splitlines()]
    paths = [r["path"] for r in records]
    assert paths == sorted(paths) and len(paths) == len(report["documents"]) + len(report["errors"])
    assert [r for r in records if "error" not in r] == report["documents"]
    assert [r for r in records if "error" in r] == [{"path": "m00-empty.md", "error": "empty file"}]


def test_jsonl_output_is_written_whole_or_not_at_all(articles, tmp_path, monkeypatch):
    target = tmp_path / "report.jsonl"
    target.write_text("previous report\n")
    real = runner.check_path
    seen = []

    def interrupted(path, job):
        seen.append(path)
        if len(seen) == 3:
            raise KeyboardInterrupt
        return real(path, job)

    monkeypatch.setattr(runner, "check_path", interrupted)
    with pytest.raises(KeyboardInterrupt):
        runner.run_check([str(articles)], fmt="jsonl", output=str(target), fail_on=None, published=None,
                         suites=[], facts=[], jobs=1)
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.jsonl"]

    monkeypatch.setattr(runner, "check_path", real)
    code = runner.run_check([str(articles / "seeds-kuiper-launch.md")], fmt="jsonl", output=str(target),
                            fail_on="never", published=None, suites=[], facts=[], jobs=1)
    assert code == 0 and json.loads(target.read_text())["path"].endswith("seeds-kuiper-launch.md")
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def test_jsonl_with_nothing_readable_exits_2_and_writes_nothing(tmp_path):
    target = tmp_path / "report.jsonl"
    code = runner.run_check([str(tmp_path / "missing.md")], fmt="jsonl", output=str(target), fail_on=None,
                            published=None, suites=[], facts=[], jobs=2)
    assert code == 2 and not target.exists() and list(tmp_path.iterdir()) == []


def test_only_a_few_units_of_work_are_started_ahead_of_the_one_being_written():
    """Outcomes come out while later inputs are not yet handed to the pool: memory does not grow with them."""
    started = []

    def units():
        for i in range(1000):
            started.append(i)
            yield lambda i=i: [runner.Outcome(f"a{i}.md")]

    outcomes = runner.in_order(units(), window=8)
    assert [next(outcomes).path for _ in range(3)] == ["a0.md", "a1.md", "a2.md"]
    assert len(started) == 8 + 3
    assert len(list(outcomes)) == 997


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_draws_on_a_terminal_and_clears_its_line():
    stream = _Terminal()
    with Progress(3, stream=stream, delay=0, interval=0) as bar:
        bar.advance()
        bar.advance()
        assert stream.getvalue().endswith("\033[K") and "checking 2/3" in stream.getvalue()
    assert stream.getvalue().endswith("\r\033[K")


def test_progress_bar_stays_off_pipes_and_single_inputs():
    pipe = io.StringIO()
    with Progress(100, stream=pipe, delay=0) as bar:
        bar.advance()
    with Progress(1, stream=_Terminal(), delay=0) as single:
        single.advance()
    assert pipe.getvalue() == "" and not single.enabled


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
