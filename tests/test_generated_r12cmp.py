"""Properties over generated comparisons between two figures of one sentence, and multiples whose other side
is left to the sentence before: any comparative of an adjective of degree, any verb of passing, the subject
set off at the sentence's start or a time phrase away from the cue, the other described before it is given.

A consistent sentence yields no error or warning; the same sentence with the two figures' order reversed yields
a finding at the subject's figure.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splits import clean_then_flagged

NAMES = ["Penwarra", "Tisbury", "Oskeld", "Drisket", "Quellmoor", "Varnholt"]
# a measure: how a figure is written, the thing measured, and the comparatives that fit it (up, down)
MEASURES = [
    (lambda v: f"{v}C", "the afternoon high", ("warmer", "colder")),
    (lambda v: f"£{v}", "the average fare", ("dearer", "cheaper")),
    (lambda v: f"{v} metres", "the deepest shaft", ("deeper", "shallower")),
    (lambda v: f"{v:,} visitors", "attendance", ("higher", "lower")),
    (lambda v: f"{v}%", "turnout", ("higher", "lower")),
]
SUBJECTS = [
    "At {s}, {thing} in {a} was {cmp} than {other}.",
    "{thing_cap} in {a} came to {s} this season, {cmp} than {other}.",
    "In {a}, {thing} reached {s} in the final quarter, {cmp} than {other}.",
]
OTHERS = [
    "the {o} recorded in {b}",
    "{b}'s {o}",
    "the figure for {b}, which stood at {o}",
]
VERBS = {"up": ["outpacing", "exceeding", "outstripping", "ahead of"], "down": ["trailing", "lagging", "behind"]}


@st.composite
def two_figures(draw):
    fig, thing, (up, down) = draw(st.sampled_from(MEASURES))
    a, b = draw(st.permutations(NAMES))[:2]
    low = draw(st.integers(12, 60))
    high = low + max(3, low // 3) + draw(st.integers(0, 9))
    direction = draw(st.sampled_from(["up", "down"]))
    use_verb = draw(st.booleans())
    other = draw(st.sampled_from(OTHERS))
    if use_verb:
        cue = draw(st.sampled_from(VERBS[direction]))
        template = draw(st.sampled_from([
            "{thing_cap} in {a} came to {s} this season, {cue} {other}.",
            "In {a}, {thing} reached {s} in the final quarter, {cue} {other}.",
        ]))
    else:
        cue = up if direction == "up" else down
        template = draw(st.sampled_from(SUBJECTS))
    s_good, o_good = (high, low) if direction == "up" else (low, high)
    make = lambda s, o: template.format(s=fig(s), thing=thing, thing_cap=thing[:1].upper() + thing[1:], a=a,
                                        cmp=cue, cue=cue, other=other.format(o=fig(o), b=b))
    return make(s_good, o_good), make(o_good, s_good), fig(o_good)


@st.composite
def ellipsis(draw):
    """"Penwarra employs 2,400 workers. Tisbury employs about a quarter as many, some 600 people"."""
    a, b = draw(st.permutations(NAMES))[:2]
    word, factor = draw(st.sampled_from([("half", 2), ("a third", 3), ("a quarter", 4)]))
    base = draw(st.integers(30, 90)) * 120
    good = base // factor
    bad = good * 2 if factor > 2 else good + good * 3 // 4
    setting = draw(st.sampled_from([
        "{a} employs {n:,} workers at its main plant.",
        "The {a} plant has {n:,} workers on its payroll.",
    ])).format(a=a, n=base)
    claim = draw(st.sampled_from([
        "Its sister site at {b} employs {w} as many, some {m:,} people.",
        "The {b} site, with {m:,} staff, has {w} as many.",
        "Nearby {b} employs roughly {w} as many, about {m:,} workers.",
    ]))
    return (f"{setting} {claim.format(b=b, w=word, m=good)}", f"{setting} {claim.format(b=b, w=word, m=bad)}",
            f"{bad:,}")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(two_figures(), ellipsis()))
def test_two_figure_comparisons(case):
    good, bad, target = case
    start = bad.index(target) if target in bad else 0
    clean_then_flagged(good, bad, max(0, start - 1) and start, target)
