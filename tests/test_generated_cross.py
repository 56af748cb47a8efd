"""Properties over generated articles whose related figures stand in different paragraphs.

Each generated fact has a setting (a field, a whole, a dated event, a sample) and a claim that depends on it
(a rank, a share, a span), written paragraphs apart with unrelated news between. A consistent
article yields no error or warning; the same article with the claim's number perturbed yields a
finding that points at the perturbed number.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splits import FILLER, PUBLISHED, Split, clean_then_flagged, years_back

@st.composite
def rank_in_field(draw) -> Split:
    field = draw(st.integers(8, 30))
    rank = draw(st.integers(2, field))
    wrong = field + draw(st.integers(1, 9))
    thing = draw(st.sampled_from(["team", "club"]))
    league = draw(st.sampled_from(["league", "table", "division"]))
    verb = draw(st.sampled_from(["finished", "ended the season", "were placed"]))
    name = draw(st.sampled_from(["The Harriers", "Kelby Athletic", "The Kestrels"]))
    setting = f"The {field}-{thing} {league} kicks off again in August after a record season."
    claim = "{name} {verb} {n} after a late collapse in form."
    suffix = lambda n: f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    return Split(setting, claim.format(name=name, verb=verb, n=suffix(rank)),
                 claim.format(name=name, verb=verb, n=suffix(wrong)), suffix(wrong))


@st.composite
def founded_years_ago(draw) -> Split:
    year = draw(st.integers(1950, 2015))
    years = 2025 - year  # published mid-2025: founded any day of that year is 'years' or 'years - 1' ago
    wrong = years + draw(st.integers(5, 12))
    firm = draw(st.sampled_from(["Tornvik", "Halden Foods", "Brightwater Quillan"]))
    who = draw(st.sampled_from(["Ingrid Sole", "Marcus Bell", "Ana Velmont"]))
    setting = f"{firm} was founded in {year} by {who} in a rented warehouse."
    claim = "{who} founded the company {n} years ago and still chairs its board."
    return Split(setting, claim.format(who=who, n=years), claim.format(who=who, n=wrong), f"{wrong} years")


@st.composite
def record_stood(draw) -> Split:
    year, years, wrong = years_back(draw, 1980, 2020)
    what = draw(st.sampled_from(["course record", "meeting record", "national record"]))
    setting = f"The {what} of 2:07:19 was set in {year} by a Kenyan runner."
    claim = "That record had stood for {n} years until Sunday."
    return Split(setting, claim.format(n=years), claim.format(n=wrong), f"{wrong} years")


@st.composite
def average_per_game(draw) -> Split:
    games = draw(st.integers(12, 40))
    per = draw(st.integers(150, 400)) / 10  # an average to one decimal
    points = round(per * games)
    average = points / games
    wrong = average * draw(st.sampled_from([1.2, 1.3, 0.75]))
    team = draw(st.sampled_from(["The Hawks", "Kelby Athletic", "The Kestrels"]))
    contest = draw(st.sampled_from(["match", "game"]))
    setting = f"{team} played a {games}-{contest} season in the top division."
    claim = "They scored {p:,} points, averaging {a:.1f} a {c}."
    return Split(setting, claim.format(p=points, a=average, c=contest), claim.format(p=points, a=wrong, c=contest),
                 f"{wrong:.1f}")


@st.composite
def share_of_whole(draw) -> Split:
    whole = draw(st.integers(40, 900)) * 10
    percent = draw(st.integers(12, 88))
    part = round(whole * percent / 100)
    wrong = round(part * draw(st.sampled_from([1.3, 1.45, 0.7])))
    if wrong >= whole:
        wrong = round(part * 0.7)  # a part as large as its whole is another kind of error
    noun = draw(st.sampled_from(["residents", "households", "nurses", "farmers"]))
    setting = draw(st.sampled_from([
        "The council surveyed {w:,} {n} in May.",
        "A poll of {w:,} {n} was carried out last week.",
        "Researchers interviewed {w:,} {n} across the region this spring.",
    ])).format(w=whole, n=noun)
    claim = draw(st.sampled_from([
        "{m:,} of the {n}, or {p}%, said the service had got worse.",
        "Of the {n} surveyed, {p}% said the service had got worse, or {m:,} people.",
        "{p}% of the {n} \u2014 {m:,} in all \u2014 said the service had got worse.",
        "Some {m:,} {n}, {p}% of the total, said the service had got worse.",
    ]))
    if "surveyed" in claim and "surveyed" not in setting:
        claim = claim.replace("surveyed", "asked")
    return Split(setting, claim.format(m=part, p=percent, n=noun), claim.format(m=wrong, p=percent, n=noun),
                 f"{wrong:,}")


SPLITS = st.one_of(rank_in_field(), founded_years_ago(), record_stood(), average_per_game(), share_of_whole())


def _article(split: Split, claim: str, gap: list[str]) -> tuple[str, int]:
    lines = [split.setting, *gap, claim]
    text = "\n".join(lines)
    return text, len(text) - len(claim)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPLITS, st.lists(st.sampled_from(FILLER), min_size=1, max_size=4))
def test_settings_and_claims_paragraphs_apart(split, gap):
    good, _ = _article(split, split.good, gap)
    bad, claim_start = _article(split, split.bad, gap)
    clean_then_flagged(good, bad, claim_start, split.target)
