"""What the CLI commands do: read every input, keep going past bad files, write the report whole.

``check`` runs in this process or over a pool of worker processes (``--jobs``). Either way
inputs come back in the order they were given (a folder's articles in name order), so the
report does not depend on how many processes made it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import tempfile
import threading
from collections import deque
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterator

import click

from . import __version__
from .errors import ClaimcheckError, InputError
from .models import DocumentReport, InputProblem, Report

if TYPE_CHECKING:
    from .load import Document
    from .ruleset import Rule

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
INTERNAL_ERROR = "internal error while checking"  # a bug of ours, not a file that cannot be read


@dataclass(frozen=True)
class CheckJob:
    """What checking any one document of a run needs; the same for every document, so workers get it once."""

    published: dt.date | None = None
    published_from_file: bool = False
    suites: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    config: object = None
    debug: bool = False  # let an internal failure raise instead of turning it into a line of the report
    keep_texts: bool = False  # send each document's text back with its report (the HTML and SARIF views need it)
    pretty: bool = False  # send each report as the JSON report indents it (``json_report`` puts them together)


@dataclass
class Outcome:
    """One input checked: its report, or the problem that kept it out (with the line stderr gets)."""

    path: str
    document: DocumentReport | None = None
    problem: InputProblem | None = None
    error_line: str | None = None
    json: str | None = None  # the report as JSON, as a worker process sends it
    pretty: str | None = None  # the report as the JSON report indents it, when the job asks for that
    worst: int = -1  # SEVERITY_RANK of its most severe finding not suppressed in the article
    source: Document | None = None  # the document read, when the job keeps texts

    def report(self) -> DocumentReport | None:
        if self.document is None and (self.json or self.pretty) is not None:
            self.document = DocumentReport.model_validate_json(self.json or self.pretty)
        return self.document

    def line(self) -> str:
        """The JSON of the report, or of the problem."""
        if self.problem is not None:
            line = {"path": self.path, "error": self.problem.message}
            return json.dumps(line, ensure_ascii=False, separators=(",", ":"))
        return self.json if self.json is not None else self.document.model_dump_json()

    def packed(self, pretty: bool = False) -> "Outcome":
        """The outcome to send to another process: JSON moves and rebuilds faster than pickled records."""
        if self.document is None:
            return self
        if pretty:
            return Outcome(self.path, pretty=self.document.model_dump_json(indent=1), worst=self.worst,
                           source=self.source)
        return Outcome(self.path, json=self.document.model_dump_json(), worst=self.worst, source=self.source)


def load_all(paths: list[str], *, published: dt.date | None, published_from_file: bool = False):
    """Yield (path, Document or None, problem or None) for every input, in a stable order."""
    from .load import read_document

    for path, problem in inputs(paths):
        if problem is not None:
            yield path, None, problem
            continue
        try:
            yield path, read_document(path, published=published, published_from_file=published_from_file), None
        except InputError as e:
            yield path, None, e


def inputs(paths: list[str]) -> Iterator[tuple[str, InputError | None]]:
    """Every article path once, in the order given (a folder's articles in name order), with its problem."""
    from .load import expand_paths

    seen = set()
    for path, problem in expand_paths(paths):
        if path not in seen:
            seen.add(path)
            yield path, problem


# -- checking one input --------------------------------------------------------------------------
_loaded: tuple[CheckJob, object] | None = None  # this process's job and its rules, loaded once


def load_rules(job: CheckJob):
    """The job's rule set, loaded once in each process (and inherited by forked workers)."""
    global _loaded
    if _loaded is None or _loaded[0] != job:
        from .rules import RuleSet

        _loaded = (job, RuleSet.load(list(job.suites), list(job.facts), config=job.config))
    return _loaded[1]


def _problem(path: str, message: str, line: str) -> Outcome:
    return Outcome(path, problem=InputProblem(path=path, message=message), error_line=f"claimcheck: error: {line}")


def check_path(path: str, job: CheckJob) -> Outcome:
    """Read and check one input; a bad file or a failure of the checker is an Outcome, not an exception."""
    from . import api
    from .load import read_document

    try:
        doc = read_document(path, published=job.published, published_from_file=job.published_from_file)
    except InputError as e:
        return _problem(path, e.message, str(e))
    try:
        report = api.check_document(doc, rules=load_rules(job))
    except ClaimcheckError as e:
        return _problem(path, e.message, f"{path}: {e.message}")
    except Exception as e:  # a bug on one document must not lose the others' reports
        if job.debug:
            raise
        message = f"{INTERNAL_ERROR} ({type(e).__name__}: {e}); please report it"
        return _problem(path, message, f"{path}: {message}")
    worst = max((SEVERITY_RANK[f.severity] for f in report.findings if not f.suppressed), default=-1)
    return Outcome(path, document=report, worst=worst, source=doc if job.keep_texts else None)


def _check_batch(paths: list[str], job: CheckJob) -> list[Outcome]:
    return [check_path(p, job).packed(job.pretty) for p in paths]


# -- checking many -------------------------------------------------------------------------------
def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


POOL_FROM = 8  # fewer documents are checked in this process: starting workers would cost more than it saves


def check_all(items: list[tuple[str, InputError | None]], job: CheckJob, *, jobs: int = 1) -> Iterator[Outcome]:
    """Check every input of ``inputs()``, yielding outcomes in order; with jobs > 1 over a pool of processes.

    At most a few batches per worker are in flight, so memory does not grow with the number
    of inputs: a caller that writes each outcome out as it comes keeps nothing.
    """
    load_rules(job)  # a bad suite or facts file stops the run before any document; forked workers share the rules
    checkable = sum(1 for p, problem in items if problem is None and p != "-")
    if jobs <= 1 or checkable < POOL_FROM:
        for path, problem in items:
            yield _problem(path, problem.message, str(problem)) if problem is not None else check_path(path, job)
        return
    jobs = min(jobs, checkable)
    size = max(1, min(16, checkable // (jobs * 16)))
    # Forked workers start with the modules and rules loaded; fork is only safe while this process has one thread.
    import multiprocessing  # here: a run of one process does not pay for it at start-up

    method = "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, initializer=load_rules, initargs=(job,)) as pool:
        yield from in_order(_units(items, size, job, pool), window=jobs * 4)


def in_order(units: Iterator[Callable[[], list[Outcome]]], window: int) -> Iterator[Outcome]:
    """The outcomes of each unit of work in turn, with at most ``window`` units started ahead."""
    pending: deque[Callable[[], list[Outcome]]] = deque(islice(units, window))
    while pending:
        done = pending.popleft()()
        pending.extend(islice(units, 1))  # one out, one in
        yield from done


def _units(items, size: int, job: CheckJob, pool) -> Iterator[Callable[[], list[Outcome]]]:
    """The work in input order: batches of paths sent to the pool; bad paths and stdin answered here."""
    batch: list[str] = []
    for path, problem in items:
        if problem is None and path != "-":
            batch.append(path)
            if len(batch) == size:
                yield pool.apply_async(_check_batch, (batch, job)).get
                batch = []
            continue
        if batch:
            yield pool.apply_async(_check_batch, (batch, job)).get
            batch = []
        if problem is not None:
            yield lambda p=path, e=problem: [_problem(p, e.message, str(e))]
        else:  # standard input belongs to this process
            yield lambda p=path: [check_path(p, job)]
    if batch:
        yield pool.apply_async(_check_batch, (batch, job)).get


def _reported(outcomes: Iterator[Outcome], progress) -> Iterator[Outcome]:
    """Outcomes as they come, each problem said on one line of stderr, the progress bar moved on."""
    with progress:
        for outcome in outcomes:
            if outcome.error_line:
                progress.clear()
                click.echo(outcome.error_line, err=True)
            progress.advance()
            yield outcome


def _outcomes(paths: list[str], job: CheckJob, jobs: int, progress: bool) -> Iterator[Outcome]:
    from .progress import Progress

    items = list(inputs(paths))
    return _reported(check_all(items, job, jobs=jobs), Progress(len(items), enabled=progress))


def _job(published, suites, facts, published_from_file, config, keep_texts: bool = False,
         pretty: bool = False) -> CheckJob:
    ctx = click.get_current_context(silent=True)
    debug = bool(ctx is not None and ctx.meta.get("claimcheck.debug"))
    return CheckJob(published, published_from_file, tuple(suites), tuple(facts), config, debug, keep_texts, pretty)


@dataclass(frozen=True)
class Checked:
    """A run's report with what the HTML and SARIF renderers need beside it: texts and rules."""

    report: Report
    documents: dict[str, Document] = field(default_factory=dict)  # by path: the text the spans index
    rules: list[Rule] = field(default_factory=list)  # the rules that ran


def check_inputs(paths: list[str], *, published: dt.date | None = None, suites=(), facts=(),
                 published_from_file: bool = False, config=None, jobs: int = 1, progress: bool = False,
                 keep_texts: bool = True) -> Checked:
    """The report on every input, with the texts its spans index when ``keep_texts``; ``progress`` shows a
    bar on stderr when it is a terminal."""
    documents: list[DocumentReport] = []
    texts: dict[str, Document] = {}
    errors: list[InputProblem] = []
    job = _job(published, suites, facts, published_from_file, config, keep_texts)
    for outcome in _outcomes(paths, job, jobs, progress):
        if outcome.problem is None:
            documents.append(outcome.report())
            if outcome.source is not None:
                texts[outcome.source.path] = outcome.source
        else:
            errors.append(outcome.problem)
    documents.sort(key=lambda d: d.path)
    errors.sort(key=lambda e: e.path)  # the report does not depend on the order paths were given in
    return Checked(Report(version=__version__, documents=documents, errors=errors), texts,
                   list(load_rules(job).rules))


def build_report(paths: list[str], *, published: dt.date | None = None, suites=(), facts=(),
                 published_from_file: bool = False, config=None, jobs: int = 1, progress: bool = False) -> Report:
    """The report on every input."""
    return check_inputs(paths, published=published, suites=suites, facts=facts,
                        published_from_file=published_from_file, config=config, jobs=jobs, progress=progress,
                        keep_texts=False).report


def json_report(paths: list[str], job: CheckJob, jobs: int, fail_on: str) -> tuple[str | None, int]:
    """The JSON report, byte for byte as ``render(build_report(...), "json")`` writes it, and the exit code;
    None for the report when no input could be read. It is put together from each document's JSON as
    the workers send it, so that this process does not rebuild every document as records only to write
    them out again (with two workers, that cost as much as a third of one)."""
    documents: list[tuple[str, str, int]] = []  # the report's path, its JSON, its worst severity
    errors: list[InputProblem] = []
    for outcome in _outcomes(paths, replace(job, pretty=True), jobs, True):
        if outcome.problem is not None:
            errors.append(outcome.problem)
        elif outcome.document is not None:  # checked in this process
            documents.append((outcome.document.path, outcome.document.model_dump_json(indent=1), outcome.worst))
        else:  # a file's report is named by its path as given
            documents.append((outcome.path, outcome.pretty, outcome.worst))
    if not documents and errors:
        return None, 2
    documents.sort(key=lambda d: d[0])
    errors.sort(key=lambda e: e.path)
    empty = Report(version=__version__, documents=[], errors=errors).model_dump_json(indent=1)
    listed = "[\n  " + ",\n  ".join(text.replace("\n", "\n  ") for _, text, _ in documents) + "\n ]" \
        if documents else "[]"
    content = empty.replace('"documents": []', f'"documents": {listed}', 1) + "\n"
    unread = [e for e in errors if not e.message.startswith(INTERNAL_ERROR)]
    if unread or (errors and not documents):
        return content, 2
    threshold = SEVERITY_RANK.get(fail_on, 3)  # "never": no severity reaches it
    return content, int(any(worst >= threshold for _, _, worst in documents))


def render(report: Report, fmt: str, checked: Checked | None = None) -> str:
    """The report in a format; HTML and SARIF also use the texts and rules that ``checked`` carries."""
    if fmt == "sarif":
        from .report.sarif import render_sarif

        return render_sarif(report, checked.documents if checked else None, checked.rules if checked else ())
    if fmt == "html":
        from .report.html import render_html

        return render_html(report, checked.documents if checked else None)
    if fmt == "json":
        return report.model_dump_json(indent=1) + "\n"
    if fmt == "md":
        from .report.markdown import render_markdown

        return render_markdown(report)
    from .report.terminal import render_text

    return render_text(report)


class AtomicFile:
    """A file written whole or not at all: a temporary file beside it, renamed over it on ``commit()``.

    Leaving the ``with`` block without committing (an error, an interrupt, nothing worth
    writing) removes the temporary file and leaves whatever was at ``path`` untouched.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        fd, self._tmp = tempfile.mkstemp(prefix=".claimcheck-", suffix=".tmp", dir=os.path.dirname(os.path.abspath(path)))
        self.file = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._done = False

    def __enter__(self) -> "AtomicFile":
        return self

    def commit(self) -> None:
        self.file.close()
        os.chmod(self._tmp, _mode_for(self.path))  # mkstemp makes it private; a report is shared
        os.replace(self._tmp, self.path)
        self._done = True

    def __exit__(self, *exc) -> None:
        if not self._done:
            try:
                self.file.close()
            except (OSError, ValueError):  # the error being handled already says what went wrong
                pass
            try:
                os.unlink(self._tmp)
            except OSError:
                pass


def _mode_for(path: str) -> int:
    """The mode the report would have if written in place: the old file's, else what the umask allows."""
    try:
        return os.stat(path).st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: str, content: str) -> None:
    """Write a file whole or not at all."""
    with AtomicFile(path) as out:
        out.file.write(content)
        out.commit()


def exit_code(report: Report, fail_on: str) -> int:
    """2 when any input could not be read (the others are still reported), else 1 when a finding
    reaches ``fail_on``, else 0. A pipeline must not pass on a path it never checked."""
    unread = [e for e in report.errors if not e.message.startswith(INTERNAL_ERROR)]
    if unread or (report.errors and not report.documents):
        return 2
    if fail_on == "never":
        return 0
    threshold = SEVERITY_RANK[fail_on]
    return int(any(not f.suppressed and SEVERITY_RANK[f.severity] >= threshold
                   for doc in report.documents for f in doc.findings))


def stream_jsonl(outcomes: Iterator[Outcome], out, fail_on: str) -> tuple[int, bool]:
    """Write each outcome on a line as it comes: a document report, or ``{"path", "error"}``.

    Returns the exit code and whether any document was checked.
    """
    threshold = SEVERITY_RANK.get(fail_on, 3)  # "never": no severity reaches it
    failed = checked = unread = False
    for outcome in outcomes:
        out.write(outcome.line() + "\n")
        if outcome.problem is None:
            checked = True
            failed = failed or outcome.worst >= threshold
        elif not outcome.problem.message.startswith(INTERNAL_ERROR):
            unread = True  # a path that could not be read fails the run, as for the other formats
    return (2 if unread or not checked else int(failed)), checked


@contextlib.contextmanager
def _writing(output: str):
    """An OSError while writing --output (a full disk, a folder not writable) is the user's to fix: one line."""
    try:
        yield
    except OSError as e:
        raise InputError(f"cannot write the report: {e.strerror or e}", path=output) from None


def run_check(paths: list[str], *, fmt: str | None, output: str | None, fail_on: str | None,
              published: dt.date | None, suites: list[str], facts: list[str],
              published_from_file: bool = False, select: list[str] = (), ignore: list[str] = (),
              jobs: int | None = None, dask: str | None = None) -> int:
    from .config import load_config

    config = load_config()
    if select or ignore:  # --select replaces the configured selection; --ignore adds to it
        config = config.model_copy(update={"select": list(select or config.select),
                                           "ignore": [*config.ignore, *ignore]})
    fail_on = fail_on or config.fail_on or "error"
    suites, facts = list(config.rules) + suites, list(config.facts) + facts
    if dask is not None:
        if fmt is not None:
            from .errors import ConfigError

            raise ConfigError("--dask writes a Parquet table, not a report: leave out --format")
        return _run_dask(paths, dask, output, fail_on, published, suites, facts, published_from_file, config)
    fmt = fmt or config.format or ("text" if output is None and sys.stdout.isatty() else "md")
    jobs = jobs or default_jobs()
    if fmt == "jsonl":
        outcomes = _outcomes(paths, _job(published, suites, facts, published_from_file, config), jobs, True)
        if not output:
            return stream_jsonl(outcomes, sys.stdout, fail_on)[0]
        with _writing(output), AtomicFile(output) as out:
            code, checked = stream_jsonl(outcomes, out.file, fail_on)
            if checked:
                out.commit()
        return code
    if fmt == "json":
        content, code = json_report(paths, _job(published, suites, facts, published_from_file, config), jobs, fail_on)
        if content is None:
            return 2
        if output:
            with _writing(output):
                write_atomic(output, content)
        else:
            sys.stdout.write(content)
        return code
    checked = check_inputs(paths, published=published, suites=suites, facts=facts,
                           published_from_file=published_from_file, config=config, jobs=jobs, progress=True,
                           keep_texts=fmt in ("html", "sarif"))
    report = checked.report
    if not report.documents and report.errors:
        return 2
    content = render(report, fmt, checked)
    if output:
        with _writing(output):
            write_atomic(output, content)
    else:
        if fmt == "text" and sys.stdout.isatty():
            from .report.terminal import print_rich

            print_rich(report)
        else:
            sys.stdout.write(content)
    return exit_code(report, fail_on)


def _run_dask(paths, address, output, fail_on, published, suites, facts, published_from_file, config) -> int:
    """``check --dask ADDRESS``: the findings of every input as a Parquet table at ``--output``."""
    from .dask import check_to_parquet
    from .errors import ConfigError

    if not output:
        raise ConfigError("--dask writes a Parquet table: name its folder with --output")
    run = check_to_parquet(paths, output, address=address, published=published, suites=suites, facts=facts,
                           published_from_file=published_from_file, config=config)
    for problem in run.errors:
        click.echo(f"claimcheck: error: {problem.path}: {problem.message}", err=True)
    if not run.documents:
        return 2
    threshold = SEVERITY_RANK.get(fail_on, 3)
    return int(any(SEVERITY_RANK[s] >= threshold for s in run.severities))


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
