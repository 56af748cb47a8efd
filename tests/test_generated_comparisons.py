"""Properties over generated articles of comparisons and restated figures: a superlative over a set whose other
members are listed elsewhere, a multiple of last year's level read against a change stated before, and a count
said again by another noun.

Each generated fact is a setting and a claim that depends on it, in several wordings and at several distances
(same paragraph, next paragraph, a filler paragraph between). A consistent article yields no error or warning;
the same article with one number perturbed yields a finding that points at the perturbed number.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from splits import FILLER, Split, clean_then_flagged

NAMES = ["Fennock", "Tolland", "Semmering", "Orwick", "Dunfallow", "Kestley"]
UNITS = [("MW", "plant", "plants"), (" megawatts", "plant", "plants"), ("-kilometre", "route", "routes"),
         (" tonnes", "mine", "mines")]


@st.composite
def largest_of_set(draw) -> Split:
    """"The 180MW Fennock works is the largest of the four sites" against the others listed elsewhere."""
    n = draw(st.sampled_from([3, 4]))
    names = draw(st.permutations(NAMES))[:n]
    # no round figures: "100MW" is known only to its last non-zero digit, so it may pass a 97MW subject
    values = sorted(draw(st.lists(st.integers(20, 900).filter(lambda v: v % 10), min_size=n, max_size=n, unique=True)))
    if values[-1] - values[-2] < 10:
        values[-1] += 10 if (values[-1] + 10) % 10 else 11
    unit, thing, things = draw(st.sampled_from(UNITS))
    subject, top = values[-1], values[-2]
    word = {3: "three", 4: "four"}[n]
    sup = draw(st.sampled_from(["biggest", "largest"]))
    others = list(zip(names[1:], values[:-1]))
    fig = (lambda v: f"{v}{unit}") if not unit.startswith(" ") else (lambda v: f"{v:,}{unit}")
    listed = ", ".join(f"the {fig(v)} {nm} {thing}" for nm, v in others[:-1]) + f" and the {fig(others[-1][1])} " \
        f"{others[-1][0]} {thing}"
    setting = draw(st.sampled_from([
        "The other {k} {ts} are {l}.",
        "The remaining {k} {ts} in the round are {l}.",
    ])).format(k={2: "two", 3: "three"}[n - 1], ts=things, l=listed)
    claim = draw(st.sampled_from([
        "The {f} {nm} {t} is the {s} of the {w} {ts} in the round.",
        "At {f}, the {nm} {t} is the {s} of the {w} {ts}.",
        "The {nm} {t}, at {f}, is the {s} of the {w} {ts} approved this year.",
    ]))
    wrong = top - draw(st.integers(3, 9))
    wrong = wrong if wrong % 10 else wrong - 1
    while wrong in values:  # a figure equal to a member's, written alike, reads as that member said again
        wrong -= 1 if (wrong - 1) % 10 else 2
    good = claim.format(f=fig(subject), nm=names[0], t=thing, s=sup, w=word, ts=things)
    bad = claim.format(f=fig(wrong), nm=names[0], t=thing, s=sup, w=word, ts=things)
    return Split(setting, good, bad, fig(wrong))


@st.composite
def multiple_of_last_year(draw) -> Split:
    """"Wind generation rose to 4.4 TWh from 2.1 TWh" ... "our wind output was about twice last year's level"."""
    start = draw(st.integers(12, 90)) / 10
    factor, word, wrong_word = draw(st.sampled_from([(2, "about twice", "about three times"),
                                                     (2, "roughly double", "roughly triple"),
                                                     (3, "about three times", "about twice")]))
    end = round(start * factor, 1)
    what, unit = draw(st.sampled_from([("wind", "TWh"), ("solar", " terawatt hours"), ("hydro", "TWh")]))
    setting = draw(st.sampled_from([
        "{W} generation rose to {e}{u} from {s}{u} in the year.",
        "{W} generation climbed to {e}{u} from {s}{u} after a stormy spring.",
    ])).format(W=what.capitalize(), e=end, s=start, u=unit)
    claim = draw(st.sampled_from([
        "\u201cOur {w} output was {f} last year's level,\u201d the chief executive said.",
        "Its {w} output was {f} the previous year's figure, the company said.",
    ]))
    return Split(setting, claim.format(w=what, f=word), claim.format(w=what, f=wrong_word), wrong_word, adjacent=True)


def _swap(n: int) -> int | None:
    """n with its first two unequal neighbouring digits swapped, or None."""
    d = list(str(n))
    for i in range(1, len(d) - 1):
        if d[i] != d[i + 1]:
            d[i], d[i + 1] = d[i + 1], d[i]
            return int("".join(d))
    return None


@st.composite
def count_restated_by_other_noun(draw) -> Split:
    """"staged 3,412 performances" ... "the 3,142 shows": one count said again with two digits swapped."""
    n = draw(st.integers(1200, 9800).filter(lambda v: _swap(v) is not None and _swap(v) != v))
    first, then = draw(st.sampled_from([("performances", "shows"), ("active listings", "homes on the market"),
                                         ("stalls", "traders"), ("cruise ship visits", "ship calls")]))
    setting = draw(st.sampled_from([
        "Over the season the town recorded {n:,} {a}, its organisers said.",
        "There were {n:,} {a} by the end of the month.",
    ])).format(n=n, a=first)
    claim = draw(st.sampled_from([
        "Across the whole season, the {n:,} {b} drew large crowds.",
        "Officials said the {n:,} {b} would need more staff.",
    ]))
    wrong = _swap(n)
    return Split(setting, claim.format(n=n, b=then), claim.format(n=wrong, b=then), f"{wrong:,}")


GAUGES = [("mm of rain", "gauge", "stations"), (" tonnes of grain", "silo", "depots"), (" megalitres", "reservoir", "sources")]
PLACES = ["Brantley", "Corvale", "Hesketh", "Wendlow"]


@st.composite
def superlative_by_census(draw) -> Split:
    """"Brantley logged 148.2mm ... the Corvale gauge took 121.5mm ... With the biggest rainfall of the three
    stations, Brantley ...": a counted superlative said of a name, the members called by other nouns, found by
    census; the perturbed article says it of a member that is not the largest."""
    n = draw(st.sampled_from([3, 4]))
    names = draw(st.permutations(PLACES))[:n]
    values = sorted(draw(st.lists(st.integers(1100, 4900).filter(lambda v: v % 10), min_size=n, max_size=n,
                                  unique=True)), reverse=True)
    if values[0] - values[1] < 40:
        values[0] += 41
    unit, member, things = draw(st.sampled_from(GAUGES))
    fig = [f"{v / 10:.1f}{unit}" for v in values]
    first = draw(st.sampled_from(["{nm} logged {f} in the week.", "The {m} at {nm} recorded {f} over the week.",
                                  "At {nm}, the {m} measured {f} by Friday."]))
    rest = draw(st.sampled_from(["Further east, the {m} at {nm} took {f}.", "{nm} came in at {f}, officials said.",
                                 "The {nm} {m} showed {f}."]))
    lines = [first.format(nm=names[0], f=fig[0], m=member)] + [rest.format(nm=nm, f=f, m=member)
                                                               for nm, f in zip(names[1:], fig[1:])]
    order = draw(st.permutations(range(1, n)))
    setting = " ".join([lines[0], *(lines[i] for i in order)])
    word = {3: "three", 4: "four"}[n]
    sup = draw(st.sampled_from(["heaviest total", "largest figure", "biggest reading"]))
    claim = draw(st.sampled_from([
        "With the {s} of the {w} {ts}, {nm} also saw the most damage.",
        "With the {s} of the {w} {ts}, {nm} was the first to be checked by engineers.",
        "{nm} recorded the {s} of the {w} {ts}, the service said.",
        "Engineers said that {nm} had the {s} of the {w} {ts}.",
    ]))
    good = claim.format(s=sup, w=word, ts=things, nm=names[0])
    bad = claim.format(s=sup, w=word, ts=things, nm=names[draw(st.integers(1, n - 1))])
    return Split(setting, good, bad, f"{word} {things}", adjacent=True)


@st.composite
def result_named_by_noun(draw) -> Split:
    """"... sold at $6,420 a square metre, or $2.91 million in all. The figure came in within the $5,500-to-$6,200
    guide": a result noun names the figure of the range's scale, not the sum beside it, nor one set against it."""
    value = draw(st.integers(420, 980))
    assume(value % 10)  # "$800" is known only to the tens: a range ending at $795 may hold it
    low = value - draw(st.integers(60, 150))
    high = value + draw(st.integers(30, 90))
    wrong_high = value - draw(st.integers(5, 25))
    unit, per = draw(st.sampled_from([("$", "a square metre"), ("£", "per tonne"), ("€", "a night")]))
    setting = draw(st.sampled_from([
        "The lot sold at {u}{v:,} {p}, or {u}{t:.2f} million in all.",
        "The contract was let at {u}{v:,} {p}, against {u}{b:,} {p} at the last tender.",
        "Its rate averaged {u}{v:,} {p} over the year - some {u}{t:.2f} million in total.",
    ])).format(u=unit, v=value, p=per, t=value * 3.17 / 1000, b=value // 3)
    claim = draw(st.sampled_from([
        "The figure came in within the {u}{lo:,}-to-{u}{hi:,} {p} range the agents had given.",
        "Analysts had expected {u}{lo:,} to {u}{hi:,} {p}, and the board said the outcome landed inside that range.",
        "The result was within the {u}{lo:,} to {u}{hi:,} {p} range set out in the plan.",
    ]))
    good = claim.format(u=unit, lo=low, hi=high, p=per)
    bad = claim.format(u=unit, lo=low, hi=wrong_high, p=per)
    return Split(setting, good, bad, f"{unit}{wrong_high:,}", adjacent=True)


SPLITS = st.one_of(largest_of_set(), multiple_of_last_year(), count_restated_by_other_noun(), superlative_by_census(),
                   result_named_by_noun())
GAPS = st.one_of(st.just(None), st.just([]), st.lists(st.sampled_from(FILLER), min_size=1, max_size=1))


def _article(split: Split, claim: str, gap, claim_first: bool) -> tuple[str, int]:
    if gap is None or split.adjacent:
        parts = [split.setting, claim] if not claim_first or split.adjacent else [claim, split.setting]
        text = " ".join(parts)
    else:
        parts = [split.setting, *gap, claim] if not claim_first else [claim, *gap, split.setting]
        text = "\n\n".join(parts)
    return text, text.index(claim)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPLITS, GAPS, st.booleans())
def test_comparisons_and_restatements(split, gap, claim_first):
    claim_first = claim_first and split.target[:1].isdigit() and "," not in split.target and \
        not split.setting.startswith("Over")  # only a superlative's members may follow it
    good, _ = _article(split, split.good, gap, claim_first)
    bad, claim_start = _article(split, split.bad, gap, claim_first)
    clean_then_flagged(good, bad, claim_start, split.target)
