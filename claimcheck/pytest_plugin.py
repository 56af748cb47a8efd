"""claimcheck inside pytest: articles as test items, and a fixture for ordinary tests.

``pytest --claimcheck seeds/`` collects every article (.md, .txt, .html, .docx)
under the paths given as one test item, runs the built-in rules, the suites of
``--claimcheck-rules`` and of ``[tool.claimcheck]``, and fails an item with the
Markdown report of its findings when one reaches the fail-on severity
(``--claimcheck-fail-on``, else the configuration, else ``error``).

The ``claimcheck_doc`` fixture checks a text with the same rules::

    def test_tariff_story(claimcheck_doc):
        report = claimcheck_doc("Tariffs were cut from 10% to 46%.", published="2025-04-09")
        assert [f.rule for f in report.findings] == ["change-direction"]

This module is loaded by every pytest run where claimcheck is installed (the
``pytest11`` entry point), so it imports claimcheck itself only when used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".docx")
_RULESET = pytest.StashKey[Any]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "check the numbers in articles with claimcheck")
    group.addoption("--claimcheck", action="store_true", default=False,
                    help="Collect articles (.md, .txt, .html, .docx) as test items and check them.")
    group.addoption("--claimcheck-rules", action="append", default=[], metavar="PATH",
                    help="A rule suite file or folder to run beside the built-ins (repeatable).")
    group.addoption("--claimcheck-facts", action="append", default=[], metavar="FILE",
                    help="A house facts file (YAML or CSV; repeatable).")
    group.addoption("--claimcheck-fail-on", choices=("error", "warning", "never"), default=None,
                    help="Fail an article when a finding reaches this severity [default: config, else error].")


def pytest_sessionstart(session: pytest.Session) -> None:
    """With --claimcheck, load the rules first: a broken suite or config is one usage error, not N failures."""
    if session.config.getoption("claimcheck"):
        from .errors import ClaimcheckError

        try:
            _session_rules(session.config)
        except ClaimcheckError as e:
            raise pytest.UsageError(f"claimcheck: {e}") from None


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if parent.config.getoption("claimcheck") and file_path.suffix.lower() in ARTICLE_SUFFIXES:
        return ArticleFile.from_parent(parent, path=file_path)
    return None


class ArticleFile(pytest.File):
    def collect(self):
        yield ArticleItem.from_parent(self, name=self.path.name)


class ClaimcheckFailure(Exception):
    """An article with findings at or above the fail-on severity; carries the Markdown report."""


class ArticleItem(pytest.Item):
    def runtest(self) -> None:
        from . import __version__
        from .api import check_document
        from .load import read_document
        from .models import Report
        from .runner import SEVERITY_RANK

        ruleset, fail_on = _session_rules(self.config)
        report = check_document(read_document(_shown(self.path, self.config)), rules=ruleset)
        self.user_properties.append(("claimcheck_findings", len(report.findings)))
        if fail_on == "never":
            return
        failing = [f for f in report.findings
                   if not f.suppressed and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]]
        if failing:
            from .report.markdown import render_markdown

            raise ClaimcheckFailure(render_markdown(Report(version=__version__, documents=[report])))

    def repr_failure(self, excinfo, style=None):
        from .errors import ClaimcheckError

        if isinstance(excinfo.value, (ClaimcheckFailure, ClaimcheckError)):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"claimcheck {self.path.name}"


def _shown(path: Path, config: pytest.Config) -> str:
    """The article's path as the report names it: relative to where pytest was started, if below it."""
    try:
        return str(path.relative_to(config.invocation_params.dir))
    except ValueError:
        return str(path)


def _session_rules(config: pytest.Config):
    """The rule set and fail-on of this session: command-line options over [tool.claimcheck], loaded once."""
    if _RULESET not in config.stash:
        from .config import load_config
        from .ruleset import RuleSet

        settings = load_config(Path(config.invocation_params.dir))
        ruleset = RuleSet.load([*settings.rules, *config.getoption("claimcheck_rules")],
                               [*settings.facts, *config.getoption("claimcheck_facts")], config=settings)
        fail_on = config.getoption("claimcheck_fail_on") or settings.fail_on or "error"
        config.stash[_RULESET] = (ruleset, fail_on)
    return config.stash[_RULESET]


@pytest.fixture
def claimcheck_doc(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """Check an article's text with this session's rules and return its ``DocumentReport``.

    ``claimcheck_doc(text, published="2025-04-09", path="<text>")``.
    """
    from .api import check_document
    from .load import document_from_text, parse_date

    ruleset, _ = _session_rules(request.config)

    def check(text: str, published: Any = None, *, path: str = "<text>"):
        date = parse_date(published) if published is not None else None
        doc = document_from_text(text, path, published=date, markdown=text.startswith("---"))
        return check_document(doc, rules=ruleset)

    return check
