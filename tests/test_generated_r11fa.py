"""Properties over generated articles of a part, its share and the rest its sentence states ("leaving",
"the remaining", "the rest", "with ... still"): the share is of the part and the rest together, whatever
other total of the same unit the article gives elsewhere. A consistent article yields no error or warning;
the same article with the share replaced by one far from part / (part + rest) yields a finding at the share.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splits import FILLER, PUBLISHED, clean_then_flagged

SHARES = [("a quarter", 0.25), ("a third", 1 / 3), ("half", 0.5), ("two thirds", 2 / 3), ("a fifth", 0.2),
          ("three quarters", 0.75)]
CLAIMS = [
    "{o} has repaid {p}, about {s} of the debt, leaving {r} outstanding.",
    "{o} handed over {p}, roughly {s} of the sum, leaving {r} unpaid.",
    "Local buyers took {p}, close to {s} of the total, and overseas buyers the remaining {r}.",
    "{o} spent {p}, about {s} of the grant, with {r} still unspent.",
    "Some {p}, roughly {s} of the bequest, went to the hospice and the rest, {r}, to the family.",
]
OWNERS = ["The Brennock cooperative", "The Tavish trust", "The Orlanda council", "The firm"]
SETTINGS = [
    "{o} reported turnover of {t} last year.",
    "{o} manages assets of {t}, its annual report says.",
    "",
]


def _money(v: float) -> str:
    return f"${v / 1e6:,.2f} million"


@st.composite
def part_share_rest(draw):
    share_text, share = draw(st.sampled_from(SHARES))
    whole = draw(st.integers(100, 900)) * 120_000
    part = whole * share
    rest = whole - part
    others = [s for s in SHARES if abs(s[1] - share) / min(s[1], share) > 0.9]
    wrong_text = draw(st.sampled_from(others))[0]
    owner = draw(st.sampled_from(OWNERS))
    setting = draw(st.sampled_from(SETTINGS)).format(o=owner, t=_money(whole * draw(st.sampled_from([3, 7, 11]))))
    claim = draw(st.sampled_from(CLAIMS))
    good = claim.format(o=owner, p=_money(part), s=share_text, r=_money(rest))
    bad = claim.format(o=owner, p=_money(part), s=wrong_text, r=_money(rest))
    return setting, good, bad, wrong_text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(part_share_rest(), st.integers(0, 2))
def test_share_of_part_and_rest(found, gap):
    setting, good, bad, target = found
    between = " ".join(FILLER[:gap])
    lead = " ".join(x for x in (setting, between) if x)
    good_text = f"{lead} {good}".strip()
    bad_text = f"{lead} {bad}".strip()
    clean_then_flagged(good_text, bad_text, len(lead), target, PUBLISHED)
