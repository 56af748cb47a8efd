"""Rules: how they are declared, discovered, given what they ask for, and run.

A rule is a plain function. It asks for what it needs by parameter name, as
pytest fixtures work (``quantities``, ``claims``, ``changes``, ``published``,
``ctx``...); asking for a singular name (``quantity``, ``claim``, ``change``,
``proportion``...) runs it once per item. It reports by yielding or returning
``Flag``/``Info``/``Consistent`` objects, or with a plain ``assert`` whose
message becomes the finding. Built-in rules live in ``claimcheck/rules/`` and
are found the same way as a user's: the core never imports one by name.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import pkgutil
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .errors import ConfigError, SuiteError
from .models import Check, Claim, Finding, Quantity

SEVERITIES = ("error", "warning", "info")
DOC_SECTIONS = ("What it checks:", "Why it matters:", "Flags:", "Passes:", "Options:")
PLURAL_OF = {"quantity": "quantities", "claim": "claims", "change": "changes", "range": "ranges",
             "equivalence": "equivalences", "proportion": "proportions", "rank": "ranks",
             "date_offset": "date_offsets", "rate": "rates", "total": "totals", "comparison": "comparisons",
             "inclusion": "inclusions"}


@dataclass
class Flag:
    """What a rule reports: made into a ``Finding`` with the spans of its quantities."""

    message: str
    quantities: list[Quantity | str] = field(default_factory=list)
    severity: str | None = None
    expected: str | None = None
    observed: str | None = None
    arithmetic: str | None = None
    advice: str | None = None
    claim: Claim | None = None
    spans: list[tuple[int, int]] | None = None


def Info(message: str, quantities=(), **kw) -> Flag:  # noqa: N802 - reads as a record type
    """A derived fact an editor may want to verify: a finding of severity info."""
    return Flag(message, list(quantities), severity="info", **kw)


@dataclass
class Consistent:
    """A check that was made and found consistent."""

    message: str
    quantities: list[Quantity | str] = field(default_factory=list)


@dataclass
class Rule:
    code: str
    name: str
    func: Callable
    severity: str = "error"
    options: dict[str, float] = field(default_factory=dict)
    origin: str = "builtin"

    @property
    def doc(self) -> str:
        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        return (self.doc.splitlines() or [""])[0]


def rule(code: str | None = None, name: str | None = None, *, severity: str = "error", **options: float):
    """Mark a function as a rule: ``@rule("CC101", "change-direction")`` or plain ``@rule()``."""

    if severity not in SEVERITIES:
        raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {severity!r}")

    def mark(func: Callable) -> Callable:
        func.__claimcheck_rule__ = {"code": code, "name": name, "severity": severity, "options": options}
        return func

    if callable(code):  # used bare: @rule
        func, code = code, None
        return mark(func)
    return mark


def _rules_in_module(module, origin: str) -> list[Rule]:
    """Built-ins: functions marked ``@rule``. Suites: those, and every function named ``rule_*``.

    A suite's rule is named ``file::function`` in reports; its code is the one given to
    ``@rule`` (or the name given there), else the same ``file::function``.
    """
    found = []
    suite_file = origin != "builtin"
    for attr, func in vars(module).items():
        if not inspect.isfunction(func) or func.__module__ != module.__name__:
            continue
        meta = getattr(func, "__claimcheck_rule__", None)
        if meta is None and not (suite_file and attr.startswith("rule_")):
            continue
        meta = meta or {}
        if suite_file:
            name = f"{Path(origin).name}::{attr}"
            code = meta.get("code") or meta.get("name") or name
        else:
            name = meta.get("name") or attr.replace("_", "-")
            code = meta.get("code") or name
        found.append(Rule(code=code, name=name, func=func, severity=meta.get("severity", "error"),
                          options=dict(meta.get("options") or {}), origin=origin))
    found.sort(key=lambda r: r.func.__code__.co_firstlineno)
    return found


def builtin_rules() -> list[Rule]:
    from . import rules as package

    out: list[Rule] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        out.extend(_rules_in_module(module, "builtin"))
    return sorted(out, key=lambda r: r.code)


def suite_files(path: str) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        return sorted(f for f in p.rglob("*.py") if f.name.startswith("rules_") or f.name.endswith("_rules.py"))
    if p.is_file():
        return [p]
    raise SuiteError(f"rule suite not found: {path}")


def load_suite(path: Path) -> list[Rule]:
    """Import a suite file and return its rules; a broken file is a SuiteError with its line."""
    module_name = f"claimcheck_suite_{abs(hash(str(path.resolve())))}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise SuiteError(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as e:
        raise SuiteError(f"{path}:{e.lineno}: syntax error: {e.msg}") from None
    except Exception as e:  # any failure while importing user code
        line = _user_line(e, str(path))
        raise SuiteError(f"{path}:{line}: {type(e).__name__} while loading the suite: {e}") from None
    rules = _rules_in_module(module, str(path))
    for r in rules:
        params = list(inspect.signature(r.func).parameters)
        where = f"{path}:{r.func.__code__.co_firstlineno}: rule {r.func.__name__}"
        for pname in params:
            if pname not in FIXTURES and pname not in PLURAL_OF:
                raise SuiteError(f"{where} asks for unknown parameter {pname!r} "
                                 f"(known: {', '.join(sorted(set(FIXTURES) | set(PLURAL_OF)))})")
        per_item = [p for p in params if p in PLURAL_OF]
        if len(per_item) > 1:
            raise SuiteError(f"{where} asks for {' and '.join(per_item)}: a rule runs once per item of one kind; "
                             f"ask for the plural ({PLURAL_OF[per_item[1]]}) of the others")
    return rules


def _user_line(exc: BaseException, filename: str) -> int | str:
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == filename:
            return frame.lineno or "?"
    return "?"


# -- the fixtures a rule may ask for --------------------------------------------------------------
FIXTURES: dict[str, Callable[["Context"], Any]] = {
    "ctx": lambda c: c,
    "extraction": lambda c: c.extraction,
    "document": lambda c: c.extraction.document,
    "text": lambda c: c.extraction.document.text,
    "path": lambda c: c.extraction.document.path,
    "title": lambda c: c.extraction.document.title,
    "published": lambda c: c.extraction.document.published,
    "quantities": lambda c: c.extraction.quantities,
    "claims": lambda c: c.extraction.claims,
    "facts": lambda c: c.facts,
    "options": lambda c: c.options,
    "article": lambda c: _article(c.extraction),
    **{plural: (lambda kind: lambda c: [cl for cl in c.extraction.claims if cl.kind == kind])(kind)
       for kind, plural in PLURAL_OF.items() if kind not in ("quantity", "claim")},
}


def _article(extraction):
    from .article import article_of

    return article_of(extraction)


class Context:
    """What a rule sees: the extraction, helpers to read it, and the rule's options."""

    def __init__(self, extraction, facts=(), options=None) -> None:
        self.extraction = extraction
        self.facts = list(facts)
        self.options = dict(options or {})

    def q(self, ref: Quantity | str | None) -> Quantity | None:
        if ref is None or isinstance(ref, Quantity):
            return ref
        return self.extraction.quantity(ref)

    def role(self, claim: Claim, name: str) -> Quantity | None:
        qid = claim.roles.get(name)
        return self.extraction.quantity(qid) if qid else None

    def sentence(self, ref: Quantity | Claim | int) -> str:
        index = ref if isinstance(ref, int) else ref.sentence
        return self.extraction.sentence_text(index)

    def sentence_span(self, ref: Quantity | Claim | int) -> tuple[int, int]:
        index = ref if isinstance(ref, int) else ref.sentence
        return self.extraction.sentences[index]

    def option(self, name: str, default: float) -> float:
        return float(self.options.get(name, default))


class RuleSet:
    """The rules to run on each document, with configuration applied."""

    def __init__(self, rules: list[Rule], facts=(), config=None) -> None:
        self.rules = rules
        self.facts = list(facts)
        self.config = config

    @classmethod
    def load(cls, suites: list[str] = (), facts: list[str] = (), config=None) -> "RuleSet":
        rules = builtin_rules()
        for path in suites:
            for f in suite_files(path):
                rules.extend(load_suite(f))
        fact_claims = []
        if facts:
            from .facts import load_facts

            for f in facts:
                fact_claims.extend(load_facts(f))
        if config is not None:
            rules = _configured(rules, config)
        return cls(rules, fact_claims, config)

    def severity_of(self, r: Rule, default: str) -> str:
        if self.config is not None:
            for key in (r.code, r.name):
                if key in self.config.severity:
                    return self.config.severity[key]
        return default

    def options_of(self, r: Rule) -> dict[str, float]:
        """The rule's options: its defaults, then 'option' keys, then 'rule.option' keys of config."""
        opts = dict(r.options)
        if self.config is not None:
            scoped = sorted(self.config.tolerance.items(), key=lambda kv: "." in kv[0])
            for key, value in scoped:
                rule_key, _, opt = key.rpartition(".")
                if opt in opts and (not rule_key or rule_key in (r.code, r.name)):
                    opts[opt] = value
        return opts


def _configured(rules: list[Rule], config) -> list[Rule]:
    """The rules that config selects; every rule or option it names must exist."""
    known = {r.code for r in rules} | {r.name for r in rules}
    for setting, keys in (("select", config.select), ("ignore", config.ignore), ("severity", config.severity)):
        for key in keys:
            if key not in known:
                raise ConfigError(f"[tool.claimcheck] {setting}: unknown rule {key!r} (see `claimcheck rules`)")
    for key in config.tolerance:
        rule_key, _, option = key.rpartition(".")
        owners = [r for r in rules if rule_key in (r.code, r.name)] if rule_key else rules
        if rule_key and not owners:
            raise ConfigError(f"[tool.claimcheck] tolerance: unknown rule {rule_key!r} in {key!r}")
        if not any(option in r.options for r in owners):
            raise ConfigError(f"[tool.claimcheck] tolerance: no rule has an option {option!r} ({key!r}; "
                              f"`claimcheck explain RULE` lists a rule's options)")
    if config.select:
        rules = [r for r in rules if r.code in config.select or r.name in config.select]
    return [r for r in rules if r.code not in config.ignore and r.name not in config.ignore]


def all_rules(suites: list[str] = ()) -> list[Rule]:
    return RuleSet.load(list(suites)).rules


def run_rules(extraction, rules: RuleSet | None = None) -> tuple[list[Finding], list[Check]]:
    ruleset = rules if rules is not None else _default_ruleset()
    findings: list[Finding] = []
    checks: list[Check] = []
    for r in ruleset.rules:
        ctx = Context(extraction, ruleset.facts, ruleset.options_of(r))
        for out in _run_one(r, ctx):
            if isinstance(out, Consistent):
                checks.append(Check(rule=r.name, message=out.message, spans=[q.span for q in _in_text(ctx, out)]))
            else:
                findings.append(_finding(r, out, ctx, ruleset))
    findings.sort(key=lambda f: (min((s[0] for s in f.spans), default=0), f.code, f.message))
    checks.sort(key=lambda c: (min((s[0] for s in c.spans), default=0), c.rule, c.message))
    return _dedupe(findings), checks


_DEFAULT: list[RuleSet] = []


def _default_ruleset() -> RuleSet:
    if not _DEFAULT:
        _DEFAULT.append(RuleSet.load())
    return _DEFAULT[0]


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen, out = set(), []
    for f in findings:
        key = (f.code, tuple(f.spans), f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _in_text(ctx: Context, out: Flag | Consistent) -> list[Quantity]:
    """The quantities a rule named, less those from house facts: they have no span in the article."""
    return [q for q in (ctx.q(x) for x in out.quantities) if q and q.span[1] > q.span[0]]


def _finding(r: Rule, out: Flag, ctx: Context, ruleset: RuleSet) -> Finding:
    qs = _in_text(ctx, out)
    spans = out.spans or [q.span for q in qs]
    if not spans and out.claim is not None:
        spans = [out.claim.span]
    severity = ruleset.severity_of(r, out.severity or r.severity)
    return Finding(rule=r.name, code=r.code, severity=severity, message=out.message, spans=spans,
                   quantities=[q.id for q in qs], claim=out.claim.id if out.claim else None,
                   expected=out.expected, observed=out.observed, arithmetic=out.arithmetic, advice=out.advice)


class _RuleFailed(Exception):
    """A rule raised: report it once for the document, then stop running that rule on it."""

    def __init__(self, flag: Flag) -> None:
        self.flag = flag


def _run_one(r: Rule, ctx: Context) -> Iterable[Flag | Consistent]:
    params = list(inspect.signature(r.func).parameters)
    per_item = [p for p in params if p in PLURAL_OF]
    try:
        if per_item:
            name = per_item[0]
            items = ctx.extraction.quantities if name == "quantity" else [
                c for c in ctx.extraction.claims if name == "claim" or c.kind == name]
            for item in items:
                yield from _call(r, ctx, params, {name: item}, item)
        else:
            yield from _call(r, ctx, params, {}, None)
    except _RuleFailed as failed:
        yield failed.flag


def _call(r: Rule, ctx: Context, params: list[str], given: dict, item) -> Iterable[Flag | Consistent]:
    """Run the rule once; an assert becomes a finding, any other failure a warning naming file:line."""
    kwargs = {p: given[p] if p in given else FIXTURES[p](ctx) for p in params}
    try:
        result = r.func(**kwargs)
        if result is None:
            return
        if isinstance(result, (Flag, Consistent, str)):
            result = [result]
        outs = [_flag_for(out, item) if isinstance(out, str) else out for out in result]
        for out in outs:
            if not isinstance(out, (Flag, Consistent)):
                raise TypeError(f"a rule yields Flag, Info, Consistent or a message, not {type(out).__name__}")
            if isinstance(out, Flag) and out.severity not in (None, *SEVERITIES):
                raise ValueError(f"severity must be one of {', '.join(SEVERITIES)}, not {out.severity!r}")
            for ref in out.quantities:
                ctx.q(ref)  # an unknown quantity id fails here, inside the rule's accounting
    except AssertionError as e:
        yield _flag_for(str(e) or f"assertion failed: {_failed_line(e, r)}", item)
        return
    except Exception as e:  # a broken rule must not stop the others
        source = inspect.getsourcefile(r.func) or r.origin
        failure = _flag_for(f"rule {r.name} failed: {type(e).__name__}: {e} ({source}:{_user_line(e, source)})",
                            item)
        failure.severity = "warning"
        raise _RuleFailed(failure) from None
    yield from outs


def _failed_line(exc: BaseException, r: Rule) -> str:
    """The source of the assert that failed, for an assert without a message."""
    filename = inspect.getsourcefile(r.func)
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == filename and frame.line:
            return frame.line.removeprefix("assert ").strip()
    return r.name


def _flag_for(message: str, item) -> Flag:
    if isinstance(item, Quantity):
        return Flag(message, [item])
    if isinstance(item, Claim):
        return Flag(message, list(item.quantities), claim=item)
    return Flag(message, spans=[(0, 0)])
