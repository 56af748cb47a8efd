"""Properties over generated articles for changes, dates and bounds.

Each generated fact is a pair of statements that must agree: a change and its ends (stated in one
sentence or in two, paragraphs apart), a span of years and its dated event, an age and a birth date,
a rank and its field, a share and its bound, a day and its month. Every shape is written with many
verbs, orders and number formats. A consistent article yields no error or warning; the same article
with one number perturbed yields a finding that points at the perturbed number.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splits import PUBLISHED, Split, clean_then_flagged

FILLER = [  # business news between the related paragraphs
    "Officials said the schedule would be reviewed at the end of the month.",
    "Local businesses welcomed the announcement, though some raised concerns about parking.",
    "The chairman did not respond to a request for comment on Tuesday.",
    "A spokesperson said further details would be published in the autumn.",
    "Shares in the group closed little changed in afternoon trading.",
]
FIRMS = ["Quessel Group", "Varnholt Mills", "Ostrander Freight", "Pellamy Foods"]
PEOPLE = ["Ysmay Marrow", "Tobin Quayle", "Renata Oszkar", "Corwin Hadleigh"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


# ---- amounts in several national styles -------------------------------------------------------------

@st.composite
def money_style(draw):
    """A formatter of an amount given in tenths of a million (or of a billion) and the measure's noun."""
    style = draw(st.sampled_from(["$m", "$ million", "€bn", "£m", "euro million", "tonnes", "visitors"]))
    if style == "$m":
        return (lambda t: f"${t / 10:.1f}m"), draw(st.sampled_from(["revenue", "sales", "operating profit"]))
    if style == "$ million":
        return (lambda t: f"${t / 10:.1f} million"), draw(st.sampled_from(["revenue", "net profit", "turnover"]))
    if style == "€bn":
        return (lambda t: f"€{t / 10:.1f}bn"), draw(st.sampled_from(["revenue", "sales", "exports"]))
    if style == "£m":
        return (lambda t: f"£{t / 10:.1f}m"), draw(st.sampled_from(["pre-tax profit", "turnover", "sales"]))
    if style == "euro million":
        return (lambda t: f"{t / 10:.1f} million euros"), draw(st.sampled_from(["revenue", "net profit"]))
    if style == "tonnes":
        return (lambda t: f"{t * 100:,} tonnes"), draw(st.sampled_from(["output", "the harvest", "exports"]))
    return (lambda t: f"{t * 100:,} visitors"), "attendance"


def _percent(p, style):
    return {"%": f"{p}%", "per cent": f"{p} per cent", "percent": f"{p} percent"}[style]


def _moved(draw, *, least: int, slack: int) -> tuple[int, int, int, int, bool]:
    """A level that moved by a whole percent: (start, end, the percent as rounded, a wrong percent at least
    ``slack`` points off, whether it rose)."""
    base = draw(st.integers(200, 900))
    pct = draw(st.integers(least, 40))
    up = draw(st.booleans())
    new = round(base * (1 + (pct if up else -pct) / 100))
    pct = round(abs(new - base) / base * 100)
    return base, new, pct, pct + draw(st.integers(slack, 15)), up


@st.composite
def change_one_sentence(draw) -> Split:
    """A change with both ends and its size in one sentence, in several orders."""
    fmt, noun = draw(money_style())
    base, new, pct, wrong, up = _moved(draw, least=4, slack=7)
    pstyle = draw(st.sampled_from(["%", "per cent", "percent"]))
    verb = draw(st.sampled_from(["rose", "climbed", "increased", "grew"] if up else
                                ["fell", "dropped", "declined", "slipped"]))
    word = "up" if up else "down"
    noun_cap = noun[0].upper() + noun[1:]
    template = draw(st.sampled_from([
        "{N} {v} {p} to {new} from {base} a year earlier.",
        "{N} {v} {p}, from {base} to {new}.",
        "{N} was {new}, {w} {p} from {base} in 2024.",
        "{N} came in at {new}, {w} {p} compared with {base} a year earlier.",
        "{N} reached {new}, {w} {p} on last year's {base}.",
        "{N} stood at {new} in the spring, {w} {p} on the previous season's {base}.",
        "{N} totalled {new}, {w} {p} on 2023's {base}, the report showed.",
    ]))
    setting = draw(st.sampled_from(FILLER))

    def write(p):
        return template.format(N=noun_cap, v=verb, p=_percent(p, pstyle), new=fmt(new), base=fmt(base), w=word)

    return Split(setting, write(pct), write(wrong), _percent(wrong, pstyle))


@st.composite
def change_two_sentences(draw) -> Split:
    """A change whose start is last year's figure, stated in an earlier sentence."""
    fmt, noun = draw(money_style())
    base, new, pct, wrong, up = _moved(draw, least=5, slack=8)
    pstyle = draw(st.sampled_from(["%", "per cent"]))
    firm = draw(st.sampled_from(FIRMS))
    verb = draw(st.sampled_from(["rose", "climbed", "increased", "jumped"] if up else
                                ["fell", "dropped", "declined", "slid"]))
    setting = draw(st.sampled_from([
        "In 2024, {firm} reported {n} of {base}.",
        "{firm} posted {n} of {base} a year earlier.",
        "{firm}'s {n} was {base} in 2024.",
        "Last year {firm} recorded {n} of {base}.",
    ])).format(firm=firm, n=noun, base=fmt(base))
    template = draw(st.sampled_from([
        "This year {n} {v} {p} to {new}.",
        "{N} {v} {p} to {new} in the year to March.",
        "The company said {n} had {v2} by {p} to {new}.",
    ]))
    v2 = {"rose": "risen", "climbed": "climbed", "increased": "increased", "jumped": "jumped", "fell": "fallen",
          "dropped": "dropped", "declined": "declined", "slid": "slid"}[verb]

    def write(p):
        return template.format(n=noun, N=noun[0].upper() + noun[1:], v=verb, v2=v2, p=_percent(p, pstyle),
                               new=fmt(new))

    return Split(setting, write(pct), write(wrong), _percent(wrong, pstyle))


@st.composite
def points_change(draw) -> Split:
    """A rate that moved by percentage points, its earlier level stated in another sentence."""
    before = draw(st.integers(30, 120))  # tenths of a percent
    delta = draw(st.integers(3, 25))
    up = draw(st.booleans())
    after = before + delta if up else before - delta
    wrong = delta + draw(st.integers(8, 20))
    what = draw(st.sampled_from(["unemployment rate", "jobless rate", "inflation rate", "vacancy rate"]))
    period = draw(st.sampled_from(["in May 2024", "a year ago", "last year"]))
    setting = f"The {what} stood at {before / 10:.1f}% {period}."
    verb = draw(st.sampled_from(["rose", "climbed", "increased"] if up else ["fell", "eased", "dropped"]))
    template = draw(st.sampled_from([
        "The {w} {v} {d} percentage points to {a}% this year.",
        "This year the {w} {v} {d} percentage points to {a}%.",
        "In 2025 the {w} {v} {d} percentage points to {a}%.",
    ]))

    def write(d):
        return template.format(v=verb, d=f"{d / 10:.1f}", a=f"{after / 10:.1f}", w=what)

    return Split(setting, write(delta), write(wrong), f"{wrong / 10:.1f} percentage points"
                 if "percentage" in template else f"{wrong / 10:.1f} points")


@st.composite
def direction(draw) -> Split:
    """A change's verb against its two ends: perturbing the end reverses the move."""
    fmt, noun = draw(money_style())
    base = draw(st.integers(200, 900))
    delta = draw(st.integers(20, 150))
    up = draw(st.booleans())
    new = base + delta if up else base - delta
    wrong = base - delta if up else base + delta
    verb = draw(st.sampled_from(["rose", "increased", "climbed", "was raised"] if up else
                                ["fell", "decreased", "dropped", "was cut"]))
    noun_cap = noun[0].upper() + noun[1:]
    template = draw(st.sampled_from([
        "{N} {v} from {base} to {new}.",
        "{N} {v} to {new} from {base}.",
        "{N} {v} to {new}, {w} from {base} a year earlier.",
    ]))
    word = "up" if up else "down"

    def write(n):
        return template.format(N=noun_cap, v=verb, base=fmt(base), new=fmt(n), w=word)

    return Split(draw(st.sampled_from(FILLER)), write(new), write(wrong), fmt(wrong))


@st.composite
def time_up_from(draw) -> Split:
    """A time described in a few words, then ", up from" / ", down from" its earlier value: perturbing the
    earlier time reverses the move the adverb states."""
    unit = draw(st.sampled_from(["minutes", "hours", "days"]))
    base = draw(st.integers(20, 90))
    delta = draw(st.integers(5, 15))
    up = draw(st.booleans())
    new = base + delta if up else base - delta
    wrong = new + delta + 3 if up else new - 2 - new // 3  # an earlier time on the wrong side of the new one
    template = draw(st.sampled_from([
        "Patients waited {new} {u} on average in May, {w} from {old} {u} a year earlier.",
        "Crews spent {new} {u} at sea last season, {w} from {old} {u} the season before.",
        "The town went {new} {u} without power in the storm, {w} from {old} {u} in the last one.",
    ]))
    word = "up" if up else "down"

    def write(old):
        return template.format(new=new, old=old, u=unit, w=word)

    return Split(draw(st.sampled_from(FILLER)), write(base), write(wrong), f"{wrong} {unit}")


# ---- dates --------------------------------------------------------------------------------------------

@st.composite
def age_against_birth(draw) -> Split:
    """An age stated paragraphs after a full birth date (published 12 June 2025)."""
    year = draw(st.integers(1940, 1995))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    age = 2025 - year - (1 if (month, day) > (6, 12) else 0)
    wrong = age + draw(st.integers(4, 9))
    who = draw(st.sampled_from(PEOPLE))
    surname = who.split()[1]
    date = draw(st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}"])).format(d=day, m=MONTHS[month - 1], y=year)
    setting = draw(st.sampled_from([
        "{who} was born on {date} in a small coastal town.",
        "Born on {date}, {who} trained as an engineer.",
        "{who} (born {date}) joined the board in 2019.",
    ])).format(who=who, date=date)
    template = draw(st.sampled_from([
        "The {a}-year-old said she had no plans to retire.",
        "{s}, {a}, said she had no plans to retire.",
    ]))
    target = draw(st.just(None))

    def write(a):
        return template.format(a=a, s=surname)

    target = f"{wrong}-year-old" if "year-old" in template else f"{wrong}"
    return Split(setting, write(age), write(wrong), target)


@st.composite
def years_since_event(draw) -> Split:
    """A span of years since an event dated in another paragraph."""
    year = draw(st.integers(1950, 2015))
    years = 2025 - year
    wrong = years + draw(st.integers(5, 12))
    firm = draw(st.sampled_from(FIRMS))
    event, since = draw(st.sampled_from([
        ("{firm} was founded in {y}.", "{firm} was set up {n} years ago by two brothers."),
        ("{firm} was established in {y} as a family business.", "It was established {n} years ago."),
    ]))
    setting = event.format(firm=firm, y=year)

    def write(n):
        return since.format(firm=firm, n=n)

    return Split(setting, write(years), write(wrong), f"{wrong} years")


@st.composite
def anniversary(draw) -> Split:
    """An anniversary this year of an event dated in another paragraph."""
    year = draw(st.integers(1900, 2015))
    n = 2025 - year
    wrong = n + draw(st.integers(3, 9))
    ordinal = lambda k: f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"
    firm = draw(st.sampled_from(FIRMS))
    setting = draw(st.sampled_from([
        "{firm} was founded in {y}.",
        "The festival was first held in {y}.",
        "The railway line opened in {y}.",
    ])).format(firm=firm, y=year)
    template = draw(st.sampled_from([
        "This year marks the {k} anniversary of the opening.",
        "Celebrations for the {k} anniversary are planned for September.",
        "The {k} anniversary will be marked with a parade this summer.",
    ]))
    return Split(setting, template.format(k=ordinal(n)), template.format(k=ordinal(wrong)), ordinal(wrong))


# ---- bounds -------------------------------------------------------------------------------------------

@st.composite
def rank_beyond_field(draw) -> Split:
    """A rank against a field stated in an earlier paragraph, in several wordings."""
    field = draw(st.integers(8, 40))
    rank = draw(st.integers(2, field))
    wrong = field + draw(st.integers(2, 9))
    ordinal = lambda k: f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"
    who = draw(st.sampled_from(PEOPLE))
    setting = draw(st.sampled_from([
        "A field of {f} runners started the race on Sunday.",
        "{f} riders lined up for the final stage.",
    ])).format(f=field)
    template = draw(st.sampled_from([
        "{who} finished {r} after a fall.",
        "{who} came {r}, well short of her best.",
        "{who} was placed {r} overall.",
    ]))
    return Split(setting, template.format(who=who, r=ordinal(rank)), template.format(who=who, r=ordinal(wrong)),
                 ordinal(wrong))


@st.composite
def share_over_whole(draw) -> Split:
    """A share of a group that cannot pass 100%."""
    pct = draw(st.integers(20, 95))
    wrong = draw(st.integers(105, 180))
    template = draw(st.sampled_from([
        "Turnout reached {p} in the district.",
        "About {p} of members voted for the merger.",
        "Some {p} of adults in the county are now vaccinated.",
        "The measure was approved by {p} of shareholders.",
    ]))
    pstyle = draw(st.sampled_from(["%", "per cent", "percent"]))
    setting = draw(st.sampled_from(FILLER))
    return Split(setting, template.format(p=_percent(pct, pstyle)), template.format(p=_percent(wrong, pstyle)),
                 _percent(wrong, pstyle))


@st.composite
def day_month_lacks(draw) -> Split:
    """A day a month lacks (30 February, 31 April)."""
    month, good, bad = draw(st.sampled_from([("February", 27, 30), ("April", 30, 31), ("June", 29, 31),
                                              ("September", 30, 31), ("November", 28, 31), ("February", 14, 31)]))
    year = draw(st.integers(2018, 2024))
    style = draw(st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}", "{m} {d}"]))
    template = draw(st.sampled_from([
        "The contract was signed on {date}.",
        "The plant closed on {date} after a fire.",
        "Voting ended on {date}, officials said.",
    ]))

    def write(d):
        return template.format(date=style.format(d=d, m=month, y=year))

    target = style.format(d=bad, m=month, y=year)
    return Split(draw(st.sampled_from(FILLER)), write(good), write(bad), target)


# ---- a value placed in a range, a size between levels stated apart, a verdict noun ---------------------

@st.composite
def value_in_named_range(draw) -> Split:
    """A range set in one paragraph and a value said to lie inside it paragraphs on, in several wordings."""
    low = draw(st.integers(10, 60))
    high = low + draw(st.integers(4, 20))
    inside = draw(st.integers(low + 1, high - 1))
    outside = high + draw(st.integers(2, 9))
    thing = draw(st.sampled_from(["wardens", "judges", "beds", "inspectors", "buses"]))
    setting = draw(st.sampled_from([
        "The budget funds between {lo} and {hi} {t} at any one time.",
        "The council's forecast was for between {lo} and {hi} {t} this winter.",
        "Board policy sets the service at {lo} to {hi} {t}.",
    ])).format(lo=low, hi=high, t=thing)
    name = "funded" if "budget" in setting else "forecast" if "forecast" in setting else "board's"
    who = draw(st.sampled_from(PEOPLE))
    template = draw(st.sampled_from([
        '"With {v} {t} now on duty, we are comfortably within the {n} range," ' + who + " said.",
        "The count reached {v} {t} on Friday, inside the {n} range, officials said.",
        "The service now has {v} {t}, which " + who + " said was \"well within the {n} range\".",
    ]))

    def write(v):
        return template.format(v=v, t=thing, n=name)

    return Split(setting, write(inside), write(outside), f"{outside} {thing}")


@st.composite
def size_between_year_levels(draw) -> Split:
    """A size named alone ("the 21 per cent rise") between this year's level in the lead and last year's
    level stated in the paragraph of the size."""
    base = draw(st.integers(300, 900)) * 100
    pct = draw(st.integers(6, 40))
    new = round(base * (1 + pct / 100), -2)
    pct = round((new - base) / base * 100)
    wrong = pct + draw(st.integers(8, 15))
    thing = draw(st.sampled_from(["tickets", "visitors", "passengers", "members"]))
    event = draw(st.sampled_from(["festival", "fair", "show", "season"]))
    verb = draw(st.sampled_from(["sold", "drew", "recorded", "counted"]))
    pstyle = draw(st.sampled_from(["%", "per cent"]))
    setting = f"The {event} {verb} {new:,} {thing} this year, organisers said."
    earlier = draw(st.sampled_from([
        "Last year's {e} {v} {b} {t}.",
        "The previous year the {e} {v} {b} {t}.",
        "A year earlier it {v} {b} {t}.",
    ])).format(e=event, v=verb, b=f"{base:,}", t=thing)
    template = draw(st.sampled_from([
        "{earlier} The director said the {p} rise showed people were back.",
        "{earlier} Organisers credited the {p} increase to a longer programme.",
        "{earlier} That {p} jump came despite the rain.",
    ]))

    def write(p):
        return template.format(earlier=earlier, p=_percent(p, pstyle))

    return Split(setting, write(pct), write(wrong), _percent(wrong, pstyle))


@st.composite
def size_around_levels(draw) -> Split:
    """A size alone ("the 21 per cent rise", "fell by 12%", "the $3.1m increase") in its own sentence, the two
    levels it moved between stated at two told-apart times in the sentences before or after it."""
    fmt, noun = draw(money_style())
    base, new, pct, wrong, up = _moved(draw, least=6, slack=8)
    firm = draw(st.sampled_from(FIRMS))
    pstyle = draw(st.sampled_from(["%", "per cent"]))
    rise = draw(st.sampled_from(["rise", "increase", "jump"] if up else ["fall", "drop", "decline"]))
    verb = draw(st.sampled_from(["rose", "climbed", "grew"] if up else ["fell", "dropped", "declined"]))
    N = noun[0].upper() + noun[1:]
    template = draw(st.sampled_from([
        "{firm} reported {n} of {base} in 2023. This year {n} reached {new}. The {p} {rise} surprised analysts.",
        "{firm}'s {n} stood at {base} in 2022. It was {new} last year, and the {p} {rise} was the largest in a decade.",
        "{N} {v} by {p} last year. {firm} posted {new}, against {base} in 2023.",
        "{N} {v} {p} last year, {firm} said. It recorded {new}, compared with {base} in 2023.",
    ]))

    def write(p):
        return template.format(firm=firm, n=noun, N=N, v=verb, rise=rise, p=_percent(p, pstyle), base=fmt(base),
                               new=fmt(new))

    return Split(draw(st.sampled_from(FILLER)), write(pct), write(wrong), _percent(wrong, pstyle))


@st.composite
def end_after_earlier_level(draw) -> Split:
    """A move told only by where it ended ("This year sales fell to $41.2m"), its start stated at an earlier
    time in the sentence before or after: perturbing the end reverses the move."""
    fmt, noun = draw(money_style())
    base = draw(st.integers(200, 900))
    delta = draw(st.integers(30, 150))
    up = draw(st.booleans())
    new = base + delta if up else base - delta
    wrong = base - delta if up else base + delta
    firm = draw(st.sampled_from(FIRMS))
    verb = draw(st.sampled_from(["rose", "climbed", "increased", "grew"] if up else
                                ["fell", "dropped", "declined", "slipped"]))
    N = noun[0].upper() + noun[1:]
    template = draw(st.sampled_from([
        "In 2023 {firm} recorded {n} of {base}. This year {n} {v} to {new}.",
        "{firm} reported {n} of {base} in 2022. {N} {v} to {new} last year, the company said.",
        "{N} {v} to {new} in 2024. A year earlier, {firm} had reported {n} of {base}.",
    ]))

    def write(n):
        return template.format(firm=firm, n=noun, N=N, v=verb, base=fmt(base), new=fmt(n))

    return Split(draw(st.sampled_from(FILLER)), write(new), write(wrong), fmt(wrong))


@st.composite
def verdict_noun_points(draw) -> Split:
    """A rate that moved, sized by "an improvement of" / "a deterioration of": the relative change is
    right; the points written as percent are not."""
    before = draw(st.integers(300, 700))  # tenths of a percent
    delta = draw(st.integers(20, 60))
    up = draw(st.booleans())
    after = before + delta if up else before - delta
    rel = round(abs(after - before) / before * 100, 1)
    points = delta / 10
    what = draw(st.sampled_from(["The share of trains on time", "The pass rate", "The recycling rate"]))
    verb = draw(st.sampled_from(["rose", "climbed"] if up else ["fell", "slipped"]))
    noun = "an improvement" if up else "a deterioration"
    pstyle = draw(st.sampled_from(["%", "per cent"]))

    def write(size):
        return f"{what} {verb} to {after / 10:.1f}% from {before / 10:.1f}%, {noun} of {_percent(size, pstyle)}."

    return Split(draw(st.sampled_from(FILLER)), write(f"{rel:.1f}"), write(f"{points:.1f}"),
                 _percent(f"{points:.1f}", pstyle))


@st.composite
def rank_in_nearer_field(draw) -> Split:
    """A rank against the field set up for it, with another count of the same things elsewhere: a crowd of
    entrants in an earlier paragraph and the race's own field in the rank's paragraph, or a league's size
    before the rank and "the two sides" after it; the rank reached by a move in the table as well."""
    field = draw(st.integers(8, 30))
    rank = draw(st.integers(2, field))
    wrong = field + draw(st.integers(2, 9))
    ordinal = lambda k: f"{k}{'th' if 10 <= k % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}"
    who = draw(st.sampled_from(PEOPLE))
    if draw(st.booleans()):
        crowd = draw(st.integers(400, 9000))
        setting = draw(st.sampled_from([
            "A record {c:,} runners took part across the day's three races.",
            "Some {c:,} riders entered the sportive and its two shorter loops.",
        ])).format(c=crowd)
        noun = "runners" if "runners" in setting else "riders"
        template = draw(st.sampled_from([
            "The elite race was contested by a field of {f} " + noun + ". {who} finished {r} after a fall.",
            "In the elite race, which drew {f} " + noun + ", {who} came {r} after a puncture.",
            "Only {f} " + noun + " started the elite race; {who} finished {r}, well short of her best.",
        ]))
    else:
        setting = draw(st.sampled_from([
            "The {f}-team league resumes after the winter break.",
            "Wellmark Rovers play in a {f}-club division.",
        ])).format(f=field)
        template = draw(st.sampled_from([
            "{who}'s side have slipped to {r} in the standings. The two sides meet again in April.",
            "After five defeats the club dropped to {r} in the table, and both clubs face a replay.",
            "The Rovers finished {r} in the league last season.",
        ]))

    def write(k):
        return template.format(f=field, who=who, r=ordinal(k))

    return Split(setting, write(rank), write(wrong), ordinal(wrong))


@st.composite
def verdict_by_sense(draw) -> Split:
    """A verdict ("improved", "worsened") on a measure whose good direction the article states or the
    measure's name settles: perturbing the new level reverses the move the verdict implies."""
    measure, sense, percent = draw(st.sampled_from([
        ("band score", None, False), ("grade average", None, False), ("handicap", None, False),
        ("non-performing loan ratio", "down", True), ("error rate", "down", True),
        ("cost-to-income ratio", "down", True), ("operating margin", "up", True), ("load factor", "up", True),
    ]))
    if sense is None:  # a scale the article says runs down
        sense = "down"
        setting = draw(st.sampled_from([
            "On this scale a lower {m} indicates better results.",
            "The lower the {m}, the better.",
            "Under the scheme, a higher {m} means a worse outcome.",
        ])).format(m=measure)
    else:
        setting = draw(st.sampled_from(FILLER))
    base = draw(st.integers(30, 90))
    delta = draw(st.integers(5, 20))
    better = draw(st.booleans())
    up = better == (sense == "up")
    new, wrong = (base + delta, base - delta) if up else (base - delta, base + delta)
    word = draw(st.sampled_from(["improved"] if better else ["worsened", "deteriorated"]))
    unit = draw(st.sampled_from(["%", " per cent"])) if percent else ""
    firm = draw(st.sampled_from(FIRMS))
    template = draw(st.sampled_from([
        "{F}'s {m} {w} to {n}{u} from {b}{u} in the latest period.",
        "At {F}, the {m} {w} to {n}{u} this year, from {b}{u} a year earlier.",
        "{F} said its {m} had {w} to {n}{u} from {b}{u}.",
    ]))

    def write(n):
        return template.format(F=firm, m=measure, w=word, n=f"{n / 10:.1f}", b=f"{base / 10:.1f}", u=unit)

    return Split(setting, write(new), write(wrong), f"{wrong / 10:.1f}{unit}")


SHAPES = {
    "change_one_sentence": change_one_sentence(),
    "change_two_sentences": change_two_sentences(),
    "points_change": points_change(),
    "direction": direction(),
    "time_up_from": time_up_from(),
    "age_against_birth": age_against_birth(),
    "years_since_event": years_since_event(),
    "rank_beyond_field": rank_beyond_field(),
    "rank_in_nearer_field": rank_in_nearer_field(),
    "verdict_by_sense": verdict_by_sense(),
    "share_over_whole": share_over_whole(),
    "day_month_lacks": day_month_lacks(),
    "value_in_named_range": value_in_named_range(),
    "size_between_year_levels": size_between_year_levels(),
    "size_around_levels": size_around_levels(),
    "end_after_earlier_level": end_after_earlier_level(),
    "verdict_noun_points": verdict_noun_points(),
}
SPLITS = st.one_of(*SHAPES.values())


def _article(split: Split, claim: str, gap: list[str]) -> tuple[str, int]:
    lines = [split.setting, *gap, claim]
    text = "\n\n".join(lines)
    return text, len(text) - len(claim)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPLITS, st.lists(st.sampled_from(FILLER), min_size=0, max_size=4, unique=True))
def test_changes_dates_and_bounds(split, gap):
    good, _ = _article(split, split.good, gap)
    bad, claim_start = _article(split, split.bad, gap)
    clean_then_flagged(good, bad, claim_start, split.target)
