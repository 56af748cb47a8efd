"""Properties of the rules on generated articles.

A generated article whose numbers agree (changes, shares, conversions, ranks,
ranges) yields no error; the same article with one number perturbed yields a
finding that points at that number.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck


@dataclass
class Fact:
    """One sentence of a generated article, and how to write it with a wrong number."""

    good: str
    bad: str
    target: str  # the perturbed number as written in `bad`
    key: str = ""  # facts with one key describe the same thing: an article holds one of them


def _n(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:,.1f}"


@st.composite
def change(draw) -> Fact:
    a = draw(st.integers(5, 80))
    b = draw(st.integers(5, 80).filter(lambda x: abs(x - a) >= 5))
    up = b > a
    verb = draw(st.sampled_from(["raised", "increased", "lifted"] if up else ["cut", "reduced", "lowered"]))
    noun = draw(st.sampled_from(["tariffs on steel", "the levy on imports", "its key rate", "the fee"]))
    subject = draw(st.sampled_from(["The government", "Officials", "The regulator"]))
    good = f"{subject} {verb} {noun} from {a}% to {b}%."
    bad = f"{subject} {verb} {noun} from {b}% to {a}%."
    return Fact(good, bad, f"{b}%")


@st.composite
def share(draw) -> Fact:
    whole = draw(st.integers(20, 5000)) * 2
    noun = draw(st.sampled_from(["satellites", "stores", "turbines", "buses"]))
    owner = draw(st.sampled_from(["fleet", "network", "constellation"]))
    wrong = whole // 2 + draw(st.integers(1, 9)) * max(1, whole // 20)
    intro = f"The full {owner} is planned at {_n(whole)} {noun}."
    body = "The company must have half of its total {owner}, or {part} {noun}, running by July 2026."
    return Fact(f"{intro} {body.format(owner=owner, part=_n(whole // 2), noun=noun)}",
                f"{intro} {body.format(owner=owner, part=_n(wrong), noun=noun)}", f"{_n(wrong)} {noun}", key=owner)


@st.composite
def conversion(draw) -> Fact:
    miles = draw(st.integers(10, 3000))
    km = round(miles * 1.609344)
    wrong = draw(st.sampled_from([miles, km * 2, round(km / 3)]))
    where = draw(st.sampled_from(["The pipeline runs", "The road stretches", "The border extends"]))
    return Fact(f"{where} {_n(miles)} miles ({_n(km)} kilometers) across the plain.",
                f"{where} {_n(miles)} miles ({_n(wrong)} kilometers) across the plain.", f"{_n(wrong)} kilometers")


@st.composite
def rank(draw) -> Fact:
    field = draw(st.integers(10, 200))
    r = draw(st.integers(1, field))
    wrong = field + draw(st.integers(1, 50))
    what = draw(st.sampled_from(["countries", "cities", "universities"]))
    return Fact(f"The nation is now ranked {r}th out of {field} {what} in the survey.",
                f"The nation is now ranked {wrong}th out of {field} {what} in the survey.", f"{wrong}th")


@st.composite
def range_(draw) -> Fact:
    lo = draw(st.integers(1, 50))
    hi = lo + draw(st.integers(1, 50))
    return Fact(f"Arm originally sought to raise between ${lo} billion and ${hi} billion.",
                f"Arm originally sought to raise between ${hi} billion and ${lo} billion.", f"${hi} billion")


FACTS = st.one_of(change(), share(), conversion(), rank(), range_())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FACTS, min_size=1, max_size=5, unique_by=lambda f: f.key or f.good), st.integers(0, 4))
def test_consistent_articles_are_clean_and_one_perturbation_is_found(facts, pick):
    filler = "Analysts said the move was widely expected."
    good = "\n".join(f"{f.good} {filler}" for f in facts)
    report = claimcheck.check(good, published="2025-04-10")
    errors = [f"{f.rule}: {f.message}" for f in report.findings if f.severity == "error"]
    assert not errors, good

    chosen = pick % len(facts)
    lines = [f"{f.bad if i == chosen else f.good} {filler}" for i, f in enumerate(facts)]
    bad = "\n".join(lines)
    target = facts[chosen].target
    line_start = sum(len(line) + 1 for line in lines[:chosen])
    start = bad.index(target, line_start)
    end = start + len(target)
    report = claimcheck.check(bad, published="2025-04-10")
    flagged = [f for f in report.findings if f.severity in ("error", "warning")]
    assert any(a < end and start < b for f in flagged for a, b in f.spans), (bad, target, flagged)
