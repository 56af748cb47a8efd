"""Properties over generated articles for spans of time read against a date given elsewhere: a tenure in a
post against the date it has been held since, a span pointing back to the date just before it ("since that
day"), a span in months from a date counted from publication ("in April last year"), and a first time in
N years against the last time of the same feat. A consistent article yields no error or warning; the same
article with the span perturbed yields a finding at the perturbed span. A first time in N years beside
another first time of a different feat yields nothing, whatever the numbers.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimcheck
from splits import FILLER, PUBLISHED, Split, clean_then_flagged, years_back

PEOPLE = [("Ebbert Castley", "Castley"), ("Vappu Suvanto", "Suvanto"), ("Dr Quenna Tresk", "Tresk")]
MONTHS = ["January", "February", "March", "April", "May"]


@st.composite
def tenure(draw) -> Split:
    year, years, wrong = years_back(draw, 1995, 2019)
    full, last = draw(st.sampled_from(PEOPLE))
    org = draw(st.sampled_from(["trust", "orchestra", "council", "museum"]))
    held = draw(st.sampled_from(["has been the {org}'s chief executive since", "has led the {org} since",
                                 "has run the {org} since", "has served as the {org}'s director since"]))
    tail = draw(st.sampled_from(["in this job", "in the role", "at the helm", "in the post", "in office"]))
    setting = f"{full} {held.format(org=org)} {year}, after a career in the private sector."
    claim = draw(st.sampled_from([
        "\u201cIn {n} years {tail} I have not seen a budget like this,\u201d {last} said.",
        "{last} said that after {n} years {tail} she would step down next spring.",
        "Looking back on her {n} years as director, {last} named the new wing.",
    ]))
    return Split(setting, claim.format(n=years, tail=tail, last=last),
                 claim.format(n=wrong, tail=tail, last=last), f"{wrong} years")


@st.composite
def since_that_day(draw) -> Split:
    year, years, wrong = years_back(draw, 1970, 2015)
    full, last = draw(st.sampled_from(PEOPLE))
    what = draw(st.sampled_from(["final", "flood", "strike", "fire"]))
    noun = draw(st.sampled_from(["of hurt", "of waiting", ""]))
    back = draw(st.sampled_from(["since that day", "since then", "since that season"]))
    setting = f"{full} was there for the {what} of {year}."
    claim = "{last} said the {n} years {noun} {back} had changed the town.".replace("  ", " ")
    return Split(setting, claim.format(last=last, n=years, noun=noun, back=back).replace("  ", " "),
                 claim.format(last=last, n=wrong, noun=noun, back=back).replace("  ", " "), f"{wrong} years",
                 adjacent=True)


@st.composite
def months_since_last_year(draw) -> Split:
    m = draw(st.integers(0, len(MONTHS) - 1))
    months = 12 + 6 - (m + 1)  # from that month of 2024 to mid-June 2025
    wrong = months + draw(st.integers(4, 8))
    thing = draw(st.sampled_from(["ferry service", "clinic", "bus route", "library"]))
    verb = draw(st.sampled_from(["opened", "was inaugurated", "launched"]))
    setting = f"The {thing} {verb} in {MONTHS[m]} last year."
    since = {"opened": "opened", "was inaugurated": "opened", "launched": "launched"}[verb]
    claim = "In the {n} months since the " + thing + " " + since + ", it has been busy every week."
    return Split(setting, claim.format(n=months), claim.format(n=wrong), f"{wrong} months")


@st.composite
def first_in_years(draw) -> Split:
    year, years, wrong = years_back(draw, 1980, 2015)
    team = draw(st.sampled_from(["Halbury", "Wenmoor Rovers", "The Velbrook side"]))
    prize = draw(st.sampled_from(["county shield", "league title", "regional cup"]))
    setting = f"{team} last won the {prize} in {year}."
    claim = "On Sunday they won the " + prize + " for the first time in {n} years."
    return Split(setting, claim.format(n=years), claim.format(n=wrong), f"{wrong} years")


@st.composite
def history_by_another_word(draw) -> Split:
    """A history owned by one word for a thing whose beginning is told with another word for it."""
    year = draw(st.integers(1850, 1990))
    years = 2025 - year  # published mid-June 2025: a beginning in January of that year
    wrong = years + draw(st.integers(6, 12))
    told, owner = draw(st.sampled_from([("waterway", "canal"), ("lender", "bank"), ("carrier", "airline"),
                                        ("crossing", "bridge"), ("side", "club"), ("firm", "company")]))
    verb = draw(st.sampled_from(["opened", "was founded", "was completed", "was established"]))
    setting = f"The {told}, which {verb} in January {year}, has faced hard times before."
    claim = draw(st.sampled_from([
        "Its chairman called it the worst season in the {owner}'s {n}-year history.",
        "Never in the {owner}'s {n}-year history had the figures looked so weak, he said.",
        "\u201cThis is the lowest point of the {owner}'s {n}-year existence,\u201d a director said.",
    ]))
    return Split(setting, claim.format(owner=owner, n=years), claim.format(owner=owner, n=wrong), f"{wrong}-year")


@st.composite
def since_a_plan_launched(draw) -> Split:
    """A plan is the subject of a fact ("the plan was launched in"), not a plan: its date is a beginning."""
    m = draw(st.integers(0, len(MONTHS) - 1))
    year = draw(st.integers(2010, 2021))
    years = 2025 - year - (1 if m >= 6 else 0)
    wrong = years + draw(st.integers(3, 6))
    what = draw(st.sampled_from(["housing plan", "cycling strategy", "delivery plan", "recovery plan"]))
    setting = draw(st.sampled_from([
        "The council's {what} was launched in {month} {year} with a promise of faster results.",
        "Ministers said their {what} was launched in {month} {year}, backed by new money.",
    ])).format(what=what, month=MONTHS[m], year=year)
    claim = draw(st.sampled_from([
        "\u201cIn the {n} years since this {what} was launched, nothing has improved,\u201d a critic said.",
        "Critics said little had changed in the {n} years since the {what} was launched.",
    ]))
    return Split(setting, claim.format(n=years, what=what), claim.format(n=wrong, what=what), f"{wrong} years")


@st.composite
def wait_named_first(draw) -> Split:
    """A wait named before its length ("a drought that has lengthened to N years", "a wait of N years")
    against the last time of the feat, given in an earlier paragraph."""
    year, years, wrong = years_back(draw, 1980, 2015)
    team = draw(st.sampled_from(["Halbury", "Wenmoor Rovers", "The Velbrook side"]))
    prize = draw(st.sampled_from(["county shield", "league title", "regional cup"]))
    setting = draw(st.sampled_from(["{team} last won the {prize} in {year}.",
                                    "{team} last lifted the {prize} in {year}, under a different coach."]))
    setting = setting.format(team=team, prize=prize, year=year)
    noun = draw(st.sampled_from(["wait", "drought"]))
    claim = draw(st.sampled_from([
        "Supporters hope Sunday ends a {noun} that has lengthened to {n} years.",
        "The {noun}, which has lasted {n} years, weighs on the squad.",
        "Few at the ground remember the start of a {noun} of {n} years.",
    ]))
    return Split(setting, claim.format(noun=noun, n=years), claim.format(noun=noun, n=wrong), f"{wrong} years")


@st.composite
def years_of_working_life(draw) -> Split:
    """A firm's or a thing's life so far, "N years of trading / in business / of operation", against the one
    beginning the article dates."""
    year, years, wrong = years_back(draw, 1960, 2015)
    thing, verb, life = draw(st.sampled_from([
        ("haulier", "was founded", "of trading"), ("bakery", "was established", "in business"),
        ("ferry terminal", "opened", "of operation"), ("co-operative", "was set up", "of trading"),
        ("pumping station", "was completed", "in operation"), ("choir", "was founded", "of existence"),
    ]))
    setting = draw(st.sampled_from(["The {thing} {verb} in {year}, and has changed hands twice since.",
                                    "Records show the {thing} {verb} in {year}."])).format(thing=thing, verb=verb,
                                                                                           year=year)
    claim = draw(st.sampled_from([
        "Its manager said it was the first complaint in {n} years {life}.",
        "\u201cWe have had {n} years {life} and never a season like this,\u201d the manager said.",
        "The owners say {n} years {life} have taught them to keep a reserve.",
    ]))
    return Split(setting, claim.format(n=years, life=life), claim.format(n=wrong, life=life), f"{wrong} years")


@st.composite
def after_named_event(draw) -> Split:
    """A span after an event the words name ("15 years after its launch"), up to the sentence's own date."""
    start = draw(st.integers(1900, 1990))
    years = draw(st.integers(3, 30))
    end, wrong = start + years, years + draw(st.integers(4, 9))
    thing, told, named = draw(st.sampled_from([
        ("probe", "The Vosk probe was launched in {y}.", "its launch"),
        ("society", "The Olm choral society was founded in {y}.", "the society was founded"),
        ("tunnel", "Work on the Tarrow tunnel began in {y}.", "ground was broken"),
        ("hall", "The Brenning hall was opened in {y}.", "it opened"),
        ("club", "Construction started on the Kestle club's stand in {y}.", "work began"),
    ]))
    claim = draw(st.sampled_from([
        "In {end}, {n} years after {named}, the " + thing + " changed hands.",
        "The " + thing + " was sold in {end}, {n} years after {named}.",
        "It made headlines again in {end}, some {n} years after {named}.",
    ]))
    return Split(told.format(y=start), claim.format(end=end, n=years, named=named),
                 claim.format(end=end, n=wrong, named=named), f"{wrong} years")


SPLITS = st.one_of(tenure(), since_that_day(), months_since_last_year(), first_in_years(), history_by_another_word(),
                   since_a_plan_launched(), wait_named_first(), years_of_working_life(), after_named_event())


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPLITS, st.lists(st.sampled_from(FILLER), min_size=1, max_size=3))
def test_spans_against_dates_elsewhere(split, gap):
    if split.adjacent:
        gap = []
    lines = [split.setting, *gap]
    good = "\n\n".join(lines + [split.good]) if gap else " ".join(lines + [split.good])
    bad = "\n\n".join(lines + [split.bad]) if gap else " ".join(lines + [split.bad])
    clean_then_flagged(good, bad, len(bad) - len(split.bad), split.target)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1980, 2020), st.integers(2, 40), st.sampled_from(FILLER),
       st.sampled_from(["failed to win a seat", "missed the play-offs", "finished outside the top four"]),
       st.sampled_from(["took control of the council", "reached a cup final", "topped the table"]))
def test_first_time_of_another_feat_is_not_checked(year, n, filler, feat_a, feat_b):
    text = (f"The veteran {feat_a} for the first time since {year}.\n\n{filler}\n\n"
            f"Her allies {feat_b} for the first time in {n} years.")
    report = claimcheck.check(text, published=PUBLISHED)
    assert not [f for f in report.findings if f.rule == "date-arithmetic"], (text, report.findings)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1950, 2000), st.integers(2, 30), st.sampled_from(FILLER),
       st.sampled_from(["{b}'s spell was quieter. The {n}-year-old took only two wickets.",
                        "{b_full}, {n}, was gracious in defeat.",
                        "Alongside him, {b_full}, aged {n}, kept goal for the last time."]))
def test_age_of_another_person_is_not_checked(year, n, filler, told):
    """An age said of a second person (named beside it, or the one last named before an age whose sentence
    names nobody) is never read against the first person's birth, whatever the numbers."""
    (a_full, a_last), (b_full, b_last) = PEOPLE[0], PEOPLE[1]
    text = (f"Born in March {year} in a river town, {a_last} made his debut as a teenager. {a_last} scored twice "
            f"on Sunday.\n\n{filler}\n\n" + told.format(b=b_last, b_full=b_full, n=n))
    report = claimcheck.check(text, published=PUBLISHED)
    dated = [f.message for f in report.findings if f.rule == "date-arithmetic" and f.severity in ("error", "warning")]
    assert not dated, (text, dated)
