"""Properties over generated articles of restated figures and superlatives: a figure restated under another scale
word (ten or a thousand times off), a share of one whole restated with its two digits swapped, and a named member's superlative over a set listed figure first, each name
after its figure ("840 homes at Arnwick, 620 at Bellhope").

A consistent article yields no error or warning; the same article with one number perturbed yields a finding
that points at the perturbed number.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splits import FILLER, Split, clean_then_flagged

PLACES = ["Arnwick", "Bellhope", "Corrow Vale", "Dunstry", "Elmsworth"]


@st.composite
def restated_at_other_scale(draw) -> Split:
    """"3.85 lakh passengers a day" ... "some 3.8 million people a day"; "a $2.4bn takeover" ... "the $2.4m takeover"."""
    form = draw(st.sampled_from(["people", "money", "lakh"]))
    if form == "lakh":
        n = draw(st.integers(21, 98).filter(lambda v: v % 10))
        setting = draw(st.sampled_from([
            "The metro network carried an average of {a}.{b} lakh passengers a day last month.",
            "Ridership on the metro network averaged {a}.{b} lakh passengers a day in the year.",
        ])).format(a=n // 10, b=n % 10)
        claim = draw(st.sampled_from([
            "Still, a metro network moving some {f} people a day needs new trains.",
            "Officials said the metro network, now moving {f} people a day, would add stations.",
        ]))
        good, bad = f"{n * 10_000:,}", f"{n // 10}.{n % 10} million"
    else:
        n = draw(st.integers(12, 98).filter(lambda v: v % 10))
        cur = draw(st.sampled_from(["$", "£", "€"]))
        big, small = draw(st.sampled_from([("bn", "m"), ("m", "k")]))
        setting = draw(st.sampled_from([
            "Varnel Foods agreed a {c}{a}.{b}{s} takeover of the Orsby dairy group on Tuesday.",
            "The board approved the {c}{a}.{b}{s} takeover of the Orsby dairy group, the company said.",
        ])).format(c=cur, a=n // 10, b=n % 10, s=big)
        claim = draw(st.sampled_from([
            "Analysts said the {f} takeover of the dairy group would close by the autumn.",
            "Shareholders of the dairy group must still approve the {f} takeover.",
        ]))
        good, bad = f"{cur}{n // 10}.{n % 10}{big}", f"{cur}{n // 10}.{n % 10}{small}"
    return Split(setting, claim.format(f=good), claim.format(f=bad), bad)


@st.composite
def superlative_over_listed_members(draw) -> Split:
    """"840 homes at Arnwick, 620 at Bellhope and 640 in Corrow Vale" ... "Arnwick, the biggest of the three" (the
    members within a factor of three of each other, as the reader asks of one measure)."""
    n = draw(st.sampled_from([3, 4]))
    names = draw(st.permutations(PLACES))[:n]
    values = sorted(draw(st.lists(st.integers(400, 960).filter(lambda v: v % 10), min_size=n, max_size=n, unique=True)),
                    reverse=True)
    if values[0] - values[1] < 20:
        values[0] += 21
    thing, things = draw(st.sampled_from([("homes", "estates"), ("beds", "wards"), ("seats", "venues")]))
    word = {3: "three", 4: "four"}[n]
    prep = draw(st.sampled_from(["at", "in", "for"]))
    items = [f"{values[0]:,} {thing} {prep} {names[0]}", *(f"{v:,} {prep} {nm}" for v, nm in zip(values[1:], names[1:]))]
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    setting = draw(st.sampled_from([
        "The plan spreads them across {w} {ts}: {l}.",
        "Across its {w} {ts} the scheme counts {l}.",
    ])).format(w=word, ts=things, l=listed)
    claim = draw(st.sampled_from([
        "{nm}, the largest of the {w} {ts}, is due to open first.",
        "{nm}, the biggest of the {w} {ts} in the scheme, will open in the spring.",
    ]))
    good = claim.format(nm=names[0], w=word, ts=things)
    bad = claim.format(nm=names[1], w=word, ts=things)
    return Split(setting, good, bad, f"{word} {things}")  # the finding points at the set the claim names


@st.composite
def share_with_digits_swapped(draw) -> Split:
    """"passes 58 per cent of households" ... "lifting household coverage to 85 per cent"."""
    a, b = draw(st.tuples(st.integers(1, 9), st.integers(1, 9)).filter(lambda t: t[0] != t[1]))
    pct = draw(st.sampled_from(["{} per cent", "{}%", "{} percent"]))
    whole, noun = draw(st.sampled_from([("households", "household"), ("the population", "population"),
                                        ("the workforce", "workforce")]))
    setting = draw(st.sampled_from([
        "The fibre network now reaches {p} of {w} in the province, the operator said.",
        "Its fibre network covered {p} of {w} in the province by the end of the year.",
    ])).format(p=pct.format(10 * a + b), w=whole)
    claim = draw(st.sampled_from([
        "Engineers added new fibre cabinets, lifting {n} coverage to {p}.",
        "With {n} coverage at {p}, the fibre operator plans more cabinets.",
    ]))
    good, bad = pct.format(10 * a + b), pct.format(10 * b + a)
    return Split(setting, claim.format(n=noun, p=good), claim.format(n=noun, p=bad), bad)


@st.composite
def measure_named_before_figure(draw) -> Split:
    """One measure named anywhere before each figure, by words of one group ("the number of users ... stood
    at 6.73 million" ... "its 6.37 million subscribers"; "expected to produce 274,000 tonnes" ... "annual output
    of 247,000 tonnes"), restated with two neighbouring digits swapped."""
    d = draw(st.lists(st.integers(1, 9), min_size=3, max_size=3, unique=True))
    good_digits = f"{d[0]}{d[1]}{d[2]}"
    bad_digits = f"{d[0]}{d[2]}{d[1]}"
    kind = draw(st.sampled_from(["users", "output"]))
    if kind == "users":
        fmt = "{}.{}{} million"
        good, bad = fmt.format(*good_digits), fmt.format(*bad_digits)
        setting = draw(st.sampled_from([
            "The number of mobile users on the Corrow network stood at {v} at the end of March, the operator said.",
            "Corrow said the count of customers on its network reached {v} in March.",
        ])).format(v=good)
        claim = draw(st.sampled_from([
            "Analysts said Corrow, with its {v} subscribers, could now bid for the state contract.",
            "The {v} subscribers give Corrow room to raise prices, one broker said.",
        ]))
        target = bad
    else:
        fmt = "{}{}{},000 tonnes"
        good, bad = fmt.format(*good_digits), fmt.format(*bad_digits)
        setting = draw(st.sampled_from([
            "The Dunstry pit is expected to produce about {v} of copper a year, the company said.",
            "Engineers say the Dunstry pit will produce some {v} of copper a year once running.",
        ])).format(v=good)
        claim = draw(st.sampled_from([
            "Brokers said annual output of {v} would make it the region's largest mine.",
            "At annual production of {v}, the mine would rank among the ten biggest, brokers said.",
        ]))
        target = bad
    return Split(setting, claim.format(v=good), claim.format(v=bad), target)


SPLITS = st.one_of(restated_at_other_scale(), superlative_over_listed_members(), share_with_digits_swapped(),
                   measure_named_before_figure())
GAPS = st.one_of(st.just(None), st.lists(st.sampled_from(FILLER), min_size=1, max_size=1))


def _article(split: Split, claim: str, gap) -> tuple[str, int]:
    parts = [split.setting, claim] if gap is None else [split.setting, *gap, claim]
    text = (" " if gap is None else "\n\n").join(parts)
    return text, text.index(claim)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPLITS, GAPS)
def test_rescaled_and_listed_members(split, gap):
    good, _ = _article(split, split.good, gap)
    bad, claim_start = _article(split, split.bad, gap)
    clean_then_flagged(good, bad, claim_start, split.target)
