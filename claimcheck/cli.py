"""The command line: ``claimcheck check``, ``claims``, ``schema``, ``rules``, ``explain``.

Heavy libraries (pint, dateparser, currency data, rich) are imported inside the
commands that use them, so ``claimcheck --help`` starts fast.
"""

from __future__ import annotations

import sys

import click

from . import __version__
from .errors import ClaimcheckError

FORMATS = ("md", "json", "text", "html", "sarif", "jsonl")  # jsonl: one document a line, written as checked
FAIL_ON = ("error", "warning", "never")


class _Group(click.Group):
    """Turns a ClaimcheckError into one line on stderr and exit code 2; no traceback without --debug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ClaimcheckError as e:
            if ctx.meta.get("claimcheck.debug"):
                raise
            click.echo(f"claimcheck: error: {e}", err=True)
            sys.exit(e.exit_code)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("claimcheck: interrupted", err=True)
            sys.exit(130)
        except Exception as e:  # a bug: say so in one line unless debugging
            if ctx.meta.get("claimcheck.debug"):
                raise
            click.echo(f"claimcheck: internal error: {type(e).__name__}: {e} (run with --debug for details)",
                       err=True)
            sys.exit(3)


def _debug_option(f):
    def remember(ctx: click.Context, _param, value):
        if value:
            ctx.meta["claimcheck.debug"] = True
        return value

    return click.option("--debug", is_flag=True, expose_value=False, callback=remember, is_eager=True,
                        help="Show tracebacks of errors.")(f)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimcheck")
def main() -> None:
    """Check the numbers in news articles against each other.

    \b
      claimcheck check article.md            report discrepancies
      claimcheck check articles/ --format json --output report.json
      claimcheck claims article.md           list every quantity and claim
      claimcheck serve                       a local page to paste an article into
    """


def _imported_for_good(name: str):
    """``name`` from the runner, whose import (pydantic, the records, the checker's tables) makes some 40,000
    objects that live as long as the process: made without the cyclic collector's passes, which walked them
    over and over, and set aside from its later passes (``gc.freeze``); the collector took 45 ms of the CPU
    time of a cold check of a short article, now 15 ms. Done at the first import only, so that a process that
    checks many times freezes nothing else."""
    import gc

    if "claimcheck.runner" in sys.modules or not gc.isenabled():
        from . import runner
    else:
        gc.disable()
        try:
            from . import runner
        finally:
            gc.freeze()
            gc.enable()
    return getattr(runner, name)


def _published(value: str | None):
    if value is None:
        return None
    from .load import parse_date
    from .errors import ConfigError, DateError

    try:
        return parse_date(value, what="--published")
    except DateError as e:
        raise ConfigError(str(e)) from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Report format [default: text on a terminal, md otherwise].")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to FILE (whole or not at all).")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None, show_default="error",
              help="Exit 1 when a finding reaches this severity.")
@click.option("--published", metavar="DATE", help="Publication date for every document (overrides front matter).")
@click.option("--rules", "suites", multiple=True, metavar="PATH", help="A rule suite file or folder to run too.")
@click.option("--facts", multiple=True, metavar="FILE", help="A house facts file (YAML or CSV).")
@click.option("--select", multiple=True, metavar="RULE", help="Run only this rule (code or name; repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Do not run this rule (code or name; repeatable).")
@click.option("--published-from-file", is_flag=True, help="For .docx: use the file's created date if no other.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes [default: all cores]; the report is the same for any N.")
@click.option("--dask", metavar="ADDRESS",
              help="Run on a dask cluster (a scheduler address, or 'local') and write the findings as a "
                   "Parquet table to the --output folder. Needs claimcheck[dask].")
@_debug_option
def check(paths, fmt, output, fail_on, published, suites, facts, select, ignore, published_from_file, jobs,
          dask) -> None:
    """Check articles (files, folders, or - for standard input) and report discrepancies."""
    run_check = _imported_for_good("run_check")

    code = run_check(list(paths), fmt=fmt, output=output, fail_on=fail_on, published=_published(published),
                     suites=list(suites), facts=list(facts), published_from_file=published_from_file,
                     select=list(select), ignore=list(ignore), jobs=jobs, dask=dask)
    sys.exit(code)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", metavar="DATE", help="Publication date (overrides front matter).")
@_debug_option
def claims(paths, published) -> None:
    """Print every quantity and claim found, as tables."""
    run_claims = _imported_for_good("run_claims")
    sys.exit(run_claims(list(paths), published=_published(published)))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback is reachable from other machines.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--max-upload", "max_upload", default=5.0, show_default=True, type=click.FloatRange(min=0.001),
              metavar="MB", help="Refuse uploads and pasted text bigger than this.")
@click.option("--rules", "suites", multiple=True, metavar="PATH", help="A rule suite file or folder to run too.")
@click.option("--facts", multiple=True, metavar="FILE", help="A house facts file (YAML or CSV).")
@_debug_option
def serve(host, port, max_upload, suites, facts) -> None:
    """Serve a local page to paste or upload an article and see its findings in place."""
    from .errors import MissingExtraError

    try:
        from .web.app import LOOPBACK, create_app
        from .web.server import is_loopback, serve as run_server
    except ImportError as e:
        raise MissingExtraError(f"claimcheck serve needs an optional extra: pip install 'claimcheck[web]' "
                                f"({e})") from None
    from .config import load_config
    from .rules import RuleSet

    config = load_config()
    rules = RuleSet.load([*config.rules, *suites], [*config.facts, *facts], config=config)
    hosts = list(LOOPBACK) if is_loopback(host) else ["*"]
    run_server(create_app(rules=rules, max_upload=int(max_upload * 2**20), allowed_hosts=hosts), host, port)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report."""
    import json

    from .models import Report

    click.echo(json.dumps(Report.model_json_schema(), indent=2))


def _configured_suites(suites) -> list[str]:
    """The suites of [tool.claimcheck], then those given with --rules."""
    from .config import load_config

    return [*load_config().rules, *suites]


@main.command("rules")
@click.option("--rules", "suites", multiple=True, metavar="PATH", help="Also list the rules of this suite.")
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="json: one record per rule (code, name, severity, summary, doc, options), for tools.")
@_debug_option
def list_rules(suites, fmt) -> None:
    """List every rule with its code, name and summary."""
    from .rules import all_rules

    rules = all_rules(_configured_suites(suites))
    if fmt == "json":
        from .report.catalog import render_rules_json

        click.echo(render_rules_json(rules), nl=False)
        return
    for rule in rules:
        code = "" if rule.code == rule.name else rule.code  # a suite rule without a code of its own
        click.echo(f"{code:8} {rule.name:24} {rule.summary}")


@main.command()
@click.argument("rule")
@click.option("--rules", "suites", multiple=True, metavar="PATH", help="Also look in this suite.")
@_debug_option
def explain(rule, suites) -> None:
    """Print a rule's documentation."""
    from .errors import ConfigError
    from .rules import all_rules

    for r in all_rules(_configured_suites(suites)):
        if rule in (r.code, r.name):
            click.echo(f"{r.code} {r.name}\n\n{r.doc}")
            return
    raise ConfigError(f"no rule {rule!r}; `claimcheck rules` lists them")


if __name__ == "__main__":  # pragma: no cover
    main()
