"""What the CLI commands do: read every input, keep going past bad files, write the report whole."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import click

from . import __version__
from .errors import ClaimcheckError, InputError
from .models import DocumentReport, InputProblem, Report

if TYPE_CHECKING:
    from .load import Document
    from .ruleset import Rule

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
INTERNAL_ERROR = "internal error while checking"  # a bug of ours, not a file that cannot be read


def load_all(paths: list[str], *, published: dt.date | None, published_from_file: bool = False):
    """Yield (path, Document or None, problem or None) for every input, in a stable order."""
    from .load import expand_paths, read_document

    seen = set()
    for path, problem in expand_paths(paths):
        if path in seen:
            continue
        seen.add(path)
        if problem is not None:
            yield path, None, problem
            continue
        try:
            yield path, read_document(path, published=published, published_from_file=published_from_file), None
        except InputError as e:
            yield path, None, e


@dataclass(frozen=True)
class Checked:
    """A run's report with what the HTML and SARIF renderers need beside it: texts and rules."""

    report: Report
    documents: dict[str, Document] = field(default_factory=dict)  # by path: the text the spans index
    rules: list[Rule] = field(default_factory=list)  # the rules that ran


def check_inputs(paths: list[str], *, published: dt.date | None = None, suites=(), facts=(),
                 published_from_file: bool = False, config=None) -> Checked:
    from .api import check_document
    from .rules import RuleSet

    ruleset = RuleSet.load(list(suites), list(facts), config=config)
    documents: list[DocumentReport] = []
    texts: dict[str, Document] = {}
    errors: list[InputProblem] = []
    for path, doc, problem in load_all(paths, published=published, published_from_file=published_from_file):
        if problem is not None:
            click.echo(f"claimcheck: error: {problem}", err=True)
            errors.append(InputProblem(path=path, message=problem.message))
            continue
        try:
            documents.append(check_document(doc, rules=ruleset))
            texts[doc.path] = doc
        except ClaimcheckError as e:
            click.echo(f"claimcheck: error: {path}: {e.message}", err=True)
            errors.append(InputProblem(path=path, message=e.message))
        except Exception as e:  # a bug on one document must not lose the others' reports
            ctx = click.get_current_context(silent=True)
            if ctx is not None and ctx.meta.get("claimcheck.debug"):
                raise
            message = f"{INTERNAL_ERROR} ({type(e).__name__}: {e}); please report it"
            click.echo(f"claimcheck: error: {path}: {message}", err=True)
            errors.append(InputProblem(path=path, message=message))
    documents.sort(key=lambda d: d.path)
    errors.sort(key=lambda e: e.path)  # the report does not depend on the order paths were given in
    return Checked(Report(version=__version__, documents=documents, errors=errors), texts, list(ruleset.rules))


def build_report(paths: list[str], *, published: dt.date | None = None, suites=(), facts=(),
                 published_from_file: bool = False, config=None) -> Report:
    return check_inputs(paths, published=published, suites=suites, facts=facts,
                        published_from_file=published_from_file, config=config).report


def render(report: Report, fmt: str, checked: Checked | None = None) -> str:
    """The report in a format; HTML and SARIF also use the texts and rules that ``checked`` carries."""
    if fmt == "json":
        return report.model_dump_json(indent=1) + "\n"
    if fmt == "md":
        from .report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "sarif":
        from .report.sarif import render_sarif

        return render_sarif(report, checked.documents if checked else None, checked.rules if checked else ())
    if fmt == "html":
        from .report.html import render_html

        return render_html(report, checked.documents if checked else None)
    from .report.terminal import render_text

    return render_text(report)


def write_atomic(path: str, content: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".claimcheck-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
            os.fchmod(fh.fileno(), _mode_for(path))  # mkstemp makes it private; a report is shared
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(path: str) -> int:
    """The mode the report would have if written in place: the old file's, else what the umask allows."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def exit_code(report: Report, fail_on: str) -> int:
    """2 when any input could not be read (the others are still reported), else 1 when a finding
    reaches ``fail_on``, else 0. A pipeline must not pass on a path it never checked."""
    unread = [e for e in report.errors if not e.message.startswith(INTERNAL_ERROR)]
    if unread or (report.errors and not report.documents):
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    for doc in report.documents:
        for f in doc.findings:
            if not f.suppressed and SEVERITY_RANK[f.severity] >= threshold:
                return 1
    return 0


def run_check(paths: list[str], *, fmt: str | None, output: str | None, fail_on: str | None,
              published: dt.date | None, suites: list[str], facts: list[str],
              published_from_file: bool = False, select: list[str] = (), ignore: list[str] = ()) -> int:
    from .config import load_config

    config = load_config()
    if select or ignore:  # --select replaces the configured selection; --ignore adds to it
        config = config.model_copy(update={"select": list(select or config.select),
                                           "ignore": [*config.ignore, *ignore]})
    fmt = fmt or config.format or ("text" if output is None and sys.stdout.isatty() else "md")
    fail_on = fail_on or config.fail_on or "error"
    checked = check_inputs(paths, published=published, suites=list(config.rules) + suites,
                           facts=list(config.facts) + facts, published_from_file=published_from_file,
                           config=config)
    report = checked.report
    if not report.documents and report.errors:
        return 2
    content = render(report, fmt, checked)
    if output:
        try:
            write_atomic(output, content)
        except OSError as e:
            raise InputError(f"cannot write the report: {e.strerror or e}", path=output) from None
    else:
        if fmt == "text" and sys.stdout.isatty():
            from .report.terminal import print_rich

            print_rich(report)
        else:
            sys.stdout.write(content)
    return exit_code(report, fail_on)


def run_claims(paths: list[str], *, published: dt.date | None) -> int:
    from .api import extract_document
    from .report.terminal import print_claims

    checked = 0
    for path, doc, problem in load_all(paths, published=published):
        if problem is not None:
            click.echo(f"claimcheck: error: {problem}", err=True)
            continue
        print_claims(extract_document(doc))
        checked += 1
    return 0 if checked else 2
