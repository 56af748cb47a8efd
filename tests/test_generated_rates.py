"""Properties over generated articles of rates and comparisons, written in many shapes of English.

Each generated fact is a setting (a total, a count, a rival's figure) and a claim that depends on it (an
average, a per-unit figure, a multiple, a comparative, a record), in a drawn order and at a drawn distance:
one sentence, the next sentence, or paragraphs apart with unrelated news between. A consistent article yields
no error or warning; the same article with the claim's number perturbed yields a finding that points at the
perturbed number.
"""

from __future__ import annotations

from math import floor, log10

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from splits import FILLER, PUBLISHED, Split, clean_then_flagged

def _money(value: float, sign: str, style: str) -> str:
    """A sum written as a newsroom would: '$4.5 million', '€4.5m', '£4,500,000', '$4.5bn'."""
    if value >= 1e9 and style != "full":
        n = f"{value / 1e9:.2f}".rstrip("0").rstrip(".")
        return f"{sign}{n}{'bn' if style == 'short' else ' billion'}"
    if value >= 1e6 and style != "full":
        n = f"{value / 1e6:.2f}".rstrip("0").rstrip(".")
        return f"{sign}{n}{'m' if style == 'short' else ' million'}"
    return f"{sign}{value:,.0f}"


def _round_sig(value: float) -> float:
    """A sum rounded to three significant figures, as a report states it."""
    from math import floor, log10
    digits = 2 - int(floor(log10(abs(value))))
    return round(value, digits)


@st.composite
def average_over_count(draw) -> Split:
    """'<total> ... <count> ... averaging <rate> a <thing>' with the count stated in the setting."""
    games = draw(st.integers(12, 40))
    per = draw(st.integers(150, 400)) / 10
    points = round(per * games)
    average = points / games
    wrong = average * draw(st.sampled_from([1.2, 1.3, 0.75]))
    team = draw(st.sampled_from(["The Hawks", "Kelby Athletic", "The Kestrels", "Quenby Rovers"]))
    contest, contests = draw(st.sampled_from([("match", "matches"), ("game", "games"), ("fixture", "fixtures")]))
    setting = draw(st.sampled_from([
        "{team} played a {g}-{c} season in the top division.",
        "{team} had {g} {cs} on the calendar this year.",
        "The league schedule gave {team} {g} {cs}.",
    ])).format(team=team, g=games, c=contest, cs=contests)
    claim = draw(st.sampled_from([
        "They scored {p:,} points, averaging {a:.1f} a {c}.",
        "They finished with {p:,} points, an average of {a:.1f} per {c}.",
        "Over the season they put up {p:,} points, or {a:.1f} a {c} on average.",
        "The side's {p:,} points works out to {a:.1f} per {c}.",
    ]))
    return Split(setting, claim.format(p=points, a=average, c=contest), claim.format(p=points, a=wrong, c=contest),
                 f"{wrong:.1f}")


@st.composite
def sum_per_thing(draw) -> Split:
    """A sum spent on a count of things, restated per thing: '£4.5m on 300 homes, about £15,000 a home'."""
    count = draw(st.integers(12, 900))
    each = draw(st.integers(2, 90)) * 1000
    total = _round_sig(count * each)
    lead = 10 ** floor(log10(total))
    assume(total % lead)  # "$1m" is known only to half a million either way: no per-home figure is wrong by 40%
    per = total / count
    wrong = per * draw(st.sampled_from([1.4, 0.6, 2.0]))
    sign = draw(st.sampled_from(["$", "£", "€"]))
    style = draw(st.sampled_from(["short", "long", "full"]))
    thing, things = draw(st.sampled_from([("home", "homes"), ("school", "schools"), ("bus", "buses"),
                                          ("clinic", "clinics")]))
    setting = draw(st.sampled_from([
        "The council will spend {t} on {n:,} {ts} over the next three years.",
        "A programme costing {t} will cover {n:,} {ts}, ministers said.",
        "Upgrading the region's {n:,} {ts} will cost {t} in all.",
    ])).format(t=_money(total, sign, style), n=count, ts=things)
    claim = draw(st.sampled_from([
        "The outlay works out to roughly {r} per {th}.",
        "The cost comes to about {r} for every {th}.",
        "The spending amounts to some {r} a {th}.",
    ]))
    r = lambda v: f"{sign}{_round_sig(v):,.0f}"
    return Split(setting, claim.format(r=r(per), th=thing), claim.format(r=r(wrong), th=thing), r(wrong))


@st.composite
def each_of_count(draw) -> Split:
    """A grant to each of a count, with the package's cost: '€400 to each of 1.6 million pensioners, costing €640m'."""
    millions = draw(st.integers(11, 60)) / 10  # 1.1 to 6.0 million
    count = millions * 1e6
    each = draw(st.integers(2, 60)) * 10
    total = count * each
    wrong = each * draw(st.sampled_from([2, 3]))
    sign = draw(st.sampled_from(["$", "£", "€"]))
    style = draw(st.sampled_from(["short", "long"]))
    who = draw(st.sampled_from(["pensioners", "households", "carers", "students"]))
    setting = draw(st.sampled_from([
        "The package will cost {t} in all.",
        "Ministers put the bill at {t}.",
        "The scheme carries a total cost of {t}.",
    ])).format(t=_money(total, sign, style))
    claim = draw(st.sampled_from([
        "It pays {r} to each of {n} million {w}.",
        "Under the plan, {r} will be paid to each of {n} million {w}.",
        "A one-off payment of {r} goes to each of {n} million {w}.",
    ]))
    r = lambda v: f"{sign}{v:,}"
    return Split(setting, claim.format(r=r(each), n=f"{millions:g}", w=who),
                 claim.format(r=r(wrong), n=f"{millions:g}", w=who), r(wrong))


@st.composite
def multiple_of_rival(draw) -> Split:
    """'<subject figure>, twice as many as <rival>' with the rival's figure stated by name."""
    other = draw(st.integers(40, 900))
    factor, word = draw(st.sampled_from([(2, "twice"), (3, "three times"), (0.5, "half")]))
    subject = round(other * factor)
    wrong = round(subject * draw(st.sampled_from([1.5, 0.6])))
    a, b = draw(st.sampled_from([("Harlow General", "Kelby Infirmary"), ("Quenby Vale", "Dunmere")]))
    verb, noun = draw(st.sampled_from([("treated", "patients"), ("admitted", "patients"), ("hired", "workers")]))
    setting = "{b} {v} {o:,} {n} on Thursday.".format(b=b, v=verb, o=other, n=noun)
    claim = "{a} {v} {s:,} {n} on Thursday, {w} as many as {b}."
    return Split(setting, claim.format(a=a, v=verb, s=subject, n=noun, w=word, b=b),
                 claim.format(a=a, v=verb, s=wrong, n=noun, w=word, b=b), f"{wrong:,}")


@st.composite
def record_against_earlier(draw) -> Split:
    """'a record <figure>' against a bigger figure for an earlier year."""
    earlier = draw(st.integers(5001, 39999).filter(lambda n: n % 100))  # not a round figure, known to ±50
    year = draw(st.integers(2005, 2021))
    now = earlier + draw(st.integers(50, 2000))
    wrong = earlier - draw(st.integers(200, 1500))
    noun = draw(st.sampled_from(["runners", "visitors", "entrants"]))
    setting = draw(st.sampled_from([
        "The previous high was {e:,} {n} in {y}.",
        "In {y}, {e:,} {n} took part.",
    ])).format(e=earlier, n=noun, y=year)
    claim = draw(st.sampled_from([
        "This year's event drew a record {s:,} {n}.",
        "Organisers counted a record {s:,} {n} on Sunday.",
    ]))
    return Split(setting, claim.format(s=now, n=noun), claim.format(s=wrong, n=noun), f"{wrong:,}")


@st.composite
def running_total(draw) -> Split:
    """A rate a day, the span it ran over and the sum it ran up, each in a sentence of its own: 'The strike has
    lasted 12 days. It is costing the firm £2.5m a day. ... Losses from the strike have reached £30m'."""
    days = draw(st.integers(4, 40))
    tenths = draw(st.integers(12, 90))  # £1.2m to £9m a day
    rate = tenths * 100_000
    total = rate * days
    wrong = total * draw(st.sampled_from([1.5, 0.6]))
    sign = draw(st.sampled_from(["$", "£", "€"]))
    style = draw(st.sampled_from(["short", "long"]))
    event = draw(st.sampled_from(["strike", "closure", "blockade", "shutdown", "outage", "walkout"]))
    span = draw(st.sampled_from([
        "The {e} has now lasted {n} days.",
        "After {n} days, the {e} shows no sign of ending.",
        "Talks to end the {e}, now {n} days old, broke down on Monday.",
    ])).format(e=event, n=days)
    rate_text = draw(st.sampled_from([
        "The {e} is costing the company {r} a day, analysts say.",
        "Each day of the {e} costs the operator about {r} a day in lost sales.",
        "Managers put the cost of the {e} at {r} a day.",
    ])).format(e=event, r=_money(rate, sign, style))
    claim = draw(st.sampled_from([
        "Losses from the {e} have so far reached {t}.",
        "The {e} has cost {t} to date, the chief executive said.",
        "In all, the {e} has cost the business {t}.",
    ]))
    t = lambda v: _money(v, sign, style)
    return Split(f"{span} {rate_text}", claim.format(e=event, t=t(total)), claim.format(e=event, t=t(wrong)), t(wrong))


@st.composite
def grant_named_cost(draw) -> Split:
    """A grant to every one of a count, and its cost named by the grant's noun: 'a $300 rebate for every one of
    the state's 1.4 million households' ... 'The rebate, which will cost $420 million, ...'."""
    millions = draw(st.integers(11, 60).filter(lambda n: n % 10)) / 10  # "2 million" is known only to half a million
    each = draw(st.integers(2, 60)) * 10
    total = millions * 1e6 * each
    wrong = total * draw(st.sampled_from([1.25, 0.8, 1.5]))
    sign = draw(st.sampled_from(["$", "£", "€"]))
    style = draw(st.sampled_from(["short", "long"]))
    noun = draw(st.sampled_from(["rebate", "bonus", "voucher", "credit"]))
    who = draw(st.sampled_from(["households", "pensioners", "homes", "carers"]))
    setting = draw(st.sampled_from([
        "The centrepiece is a {r} energy {g} for every one of the state's {n} million {w}.",
        "A {r} {g} will go to each one of the country's {n} million {w}.",
        "Ministers promised a {g} of {r} to every one of {n} million {w}.",
    ])).format(r=f"{sign}{each:,}", g=noun, n=f"{millions:g}", w=who)
    claim = draw(st.sampled_from([
        "The {g}, which will cost {t}, is the most expensive measure in the budget.",
        "Officials said the {g} would cost {t} in all.",
        "Treasury put the cost of the {g} at {t}.",
    ]))
    t = lambda v: _money(_round_sig(v), sign, style)
    return Split(setting, claim.format(g=noun, t=t(total)), claim.format(g=noun, t=t(wrong)), t(wrong))


@st.composite
def customers_average(draw) -> Split:
    """A count of customers named by what each one is, and an average per that thing: '318,000 household
    customers' ... 'collected $276 million, an average of about $868 a household'."""
    count = draw(st.integers(120, 900)) * 1000
    each = draw(st.integers(40, 140)) * 10
    total = count * each
    sign = draw(st.sampled_from(["$", "£", "€"]))
    kind = draw(st.sampled_from([("household", "households"), ("business", "businesses"), ("farm", "farms")]))
    wrong = each * draw(st.sampled_from([1.25, 0.8]))
    setting = draw(st.sampled_from([
        "The utility serves {n:,} {k} customers across the region.",
        "Its network reaches {n:,} {k} accounts.",
        "The firm has {n:,} {k} subscribers, it said.",
    ])).format(n=count, k=kind[0])
    claim = draw(st.sampled_from([
        "It expects to collect {t} from them this year, an average of {r} a {k}.",
        "Billing came to {t} last year, or an average of {r} per {k}.",
        "Charges of {t} were raised, averaging {r} for every {k}.",
    ]))
    t = _money(_round_sig(total), sign, "long")
    r = lambda v: f"{sign}{v:,.0f}"
    return Split(setting, claim.format(t=t, r=r(each), k=kind[0]), claim.format(t=t, r=r(wrong), k=kind[0]),
                 r(wrong))


@st.composite
def gathering_average(draw) -> Split:
    """A gathering named by a word of attendance, and crowds averaged per thing: 'The five matches drew a
    combined attendance of 360,000' ... 'Crowds averaged 72,000 a match'."""
    n = draw(st.integers(4, 19))
    each = draw(st.integers(30, 900)) * 100
    total = n * each
    wrong = each * draw(st.sampled_from([1.25, 0.8, 1.3]))
    thing, things = draw(st.sampled_from([("match", "matches"), ("fixture", "fixtures"), ("concert", "concerts"),
                                          ("game", "games")]))
    setting = draw(st.sampled_from([
        "The {n} {ts} drew a combined attendance of {t:,}, organisers said.",
        "Its {n} {ts} pulled a total audience of {t:,}.",
        "Across its {n} home {ts} the club logged an aggregate crowd of {t:,} spectators.",
    ])).format(n=n, ts=things, t=total)
    claim = draw(st.sampled_from([
        "Crowds averaged {r:,.0f} a {th}, a record.",
        "Attendances averaged {r:,.0f} per {th}.",
        "The average crowd was {r:,.0f} a {th}.",
    ]))
    return Split(setting, claim.format(r=each, th=thing), claim.format(r=wrong, th=thing), f"{wrong:,.0f}")


def _exact_money(value: float, sign: str, style: str) -> str:
    """A sum that the words state exactly: '$1.23 million' only when it is a whole ten thousand."""
    if style == "long" and value >= 1e6 and value % 10000 == 0:
        return _money(value, sign, "long")
    return f"{sign}{value:,.0f}"


@st.composite
def distributed_each(draw) -> Split:
    """A distributive 'each' before the figure, the count stated in the setting and the sum beside the rate:
    'Some 2,100 households qualify.' ... 'Each household will get $800, $1.68 million in all.'"""
    count = draw(st.integers(12, 4000))
    each = draw(st.integers(3, 90)) * 50
    total = count * each
    wrong = round(each * draw(st.sampled_from([1.4, 0.6, 2.0])))
    sign = draw(st.sampled_from(["$", "£", "€"]))
    style = draw(st.sampled_from(["long", "full"]))
    thing, things = draw(st.sampled_from([("household", "households"), ("farmer", "farmers"), ("school", "schools"),
                                          ("family", "families"), ("club", "clubs")]))
    setting = draw(st.sampled_from([
        "Some {n:,} {ts} qualify for the Brindlecombe scheme.",
        "The valley has {n:,} {ts} on the register, officials said.",
        "Organisers counted {n:,} {ts} when the fund opened.",
    ])).format(n=count, ts=things)
    claim = draw(st.sampled_from([
        "Each {th} will get {r}, {t} in all.",
        "The {ts} will each receive {r}, a package worth {t}.",
        "Each {th} is to be paid {r}, at a total cost of {t}.",
        "Under the plan the {ts} would each be given {r}; the total bill comes to {t}.",
    ]))
    r = lambda v: f"{sign}{v:,}"
    t = _exact_money(total, sign, style)
    return Split(setting, claim.format(th=thing, ts=things, r=r(each), t=t),
                 claim.format(th=thing, ts=things, r=r(wrong), t=t), r(wrong))


@st.composite
def period_sum_per_thing(draw) -> Split:
    """A year's sum restated per thing, the count stated in the setting: 'Harbourside has 48,000 residents.' ...
    'Its parks cost $2.4 million a year, or $50 per resident.' / '... a year to run. That is $50 per resident.'"""
    count = draw(st.integers(40, 900)) * 100
    each = draw(st.integers(5, 400))
    total = count * each
    wrong = round(each * draw(st.sampled_from([1.4, 0.6, 2.0])))
    sign = draw(st.sampled_from(["$", "£", "€"]))
    thing, things = draw(st.sampled_from([("resident", "residents"), ("pupil", "pupils"), ("member", "members"),
                                          ("household", "households")]))
    setting = draw(st.sampled_from([
        "Tallowmere has {n:,} {ts}.",
        "The district counts {n:,} {ts} this year.",
        "Some {n:,} {ts} are on the council's books.",
    ])).format(n=count, ts=things)
    claim = draw(st.sampled_from([
        "The service costs {t} a year, or {r} per {th}.",
        "Its budget is {t} a year to run. That is {r} per {th}.",
        "The council spends {t} a year on it, which works out at {r} a {th}.",
    ]))
    r = lambda v: f"{sign}{v:,}"
    t = f"{sign}{total:,}"
    return Split(setting, claim.format(t=t, r=r(each), th=thing), claim.format(t=t, r=r(wrong), th=thing), r(wrong))


SPLITS = st.one_of(average_over_count(), sum_per_thing(), each_of_count(), multiple_of_rival(),
                   record_against_earlier(), running_total(), grant_named_cost(),
                   customers_average(), gathering_average(), distributed_each(), period_sum_per_thing())


def _article(split: Split, claim: str, gap: list[str], layout: str) -> tuple[str, int]:
    if layout == "same paragraph":
        text = f"{split.setting} {claim}"
    else:
        text = "\n\n".join([split.setting, *gap, claim])
    return text, len(text) - len(claim)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPLITS, st.lists(st.sampled_from(FILLER), min_size=1, max_size=3),
       st.sampled_from(["same paragraph", "paragraphs apart"]))
def test_rates_and_comparisons(split, gap, layout):
    good, _ = _article(split, split.good, gap, layout)
    bad, claim_start = _article(split, split.bad, gap, layout)
    clean_then_flagged(good, bad, claim_start, split.target)
