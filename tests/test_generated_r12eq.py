"""Properties over generated articles in which an amount is restated as a share of a whole stated elsewhere.

The whole (a company's revenue, a budget, the economy) is set in one sentence; another sentence, right after or
paragraphs later, states a part and restates it as a share of that whole, in the many orders a reporter uses:
the part as the clause's subject ("Royalties of $640 million amounted to roughly a fifth of sales"), set off
after the share ("about a fifth of the budget, at $640 million"), opening the sentence ("About a fifth of the
budget, $640 million, went on ..."), in the sentence before a pointer ("That is close to a fifth of ...") or
named by the subject's noun ("Spending on X was $640 million ... X spending is equal to about a fifth of ...").
A consistent article yields no error or warning; the same article with the share perturbed yields a finding at
the share.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from splits import FILLER, Split, clean_then_flagged

_SHARES = [(0.5, "half"), (1 / 3, "a third"), (0.25, "a quarter"), (0.2, "a fifth"), (0.1, "a tenth"),
           (0.4, "two-fifths"), (0.15, "15 per cent"), (0.3, "30%"), (0.6, "60 per cent")]
_CURRENCIES = [("$", "billion", "million"), ("€", "bn", "m"), ("£", "bn", "m")]
# (setting, description of the whole in the claim)
_WHOLES = [
    ("Tessaly Group's revenue came to {w} last year, the company said.", ["revenue", "the group's revenue"]),
    ("The province's budget for the year has been set at {w}.", ["the budget", "that budget", "the province's budget"]),
    ("The island's economy was worth about {w} last year, the statistics office said.",
     ["GDP", "gross domestic product"]),
]
_PARTS = [
    "Royalties of {p} amounted to roughly {s} of {d}.",
    "Road building, at {p}, is equivalent to about {s} of {d}.",
    "The rescue package of {p} was equal to {s} of {d}, officials said.",
    "Fuel subsidies took up about {s} of {d}, at {p}.",
    "About {s} of {d}, some {p}, went on wages.",
]
_POINTED = "The state spent {p} on fuel subsidies. That is close to {s} of {d}."


def _money(value: float, sign: str, big: str, small: str) -> str:
    if value >= 1e9:
        return f"{sign}{value / 1e9:.1f}{' ' if big == 'billion' else ''}{big}"
    return f"{sign}{round(value / 1e6):,}{' ' if small == 'million' else ''}{small}"


@st.composite
def restated_share(draw) -> Split:
    sign, big, small = draw(st.sampled_from(_CURRENCIES))
    whole = draw(st.integers(24, 96)) * 1e8  # 2.4 to 9.6 billion
    share, said = draw(st.sampled_from(_SHARES))
    wrongs = [(v, t) for v, t in _SHARES if v >= share * 1.7 or v <= share / 1.7]
    _, wrong = draw(st.sampled_from(wrongs))
    setting, descriptions = draw(st.sampled_from(_WHOLES))
    description = draw(st.sampled_from(descriptions))
    template = draw(st.sampled_from(_PARTS + [_POINTED]))
    part = _money(whole * share, sign, big, small)
    setting = setting.format(w=_money(whole, sign, big, small))
    return Split(setting, template.format(p=part, s=said, d=description),
                 template.format(p=part, s=wrong, d=description), wrong)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(restated_share(), st.lists(st.sampled_from(FILLER), min_size=0, max_size=3))
def test_a_share_restating_an_amount_of_a_whole_stated_elsewhere(split, gap):
    good = "\n".join([split.setting, *gap, split.good])
    bad = "\n".join([split.setting, *gap, split.bad])
    clean_then_flagged(good, bad, len(bad) - len(split.bad), split.target)
