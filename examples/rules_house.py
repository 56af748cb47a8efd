"""House rules of an imaginary newsroom: a claimcheck rule suite.

Run them beside the built-ins:

    claimcheck check examples/articles/ --rules examples/ --facts examples/facts.yaml
    pytest --claimcheck examples/articles/ --claimcheck-rules examples/

Each rule is a plain function named ``rule_*`` (or marked ``@claimcheck.rule``) that
asks for what it needs by parameter name: ``quantity`` or ``change`` runs it once per
item; ``claims``, ``quantities``, ``document``, ``published``, ``facts``, ``ctx`` give
the whole document. It reports with ``assert`` (the message is the finding) or by
yielding ``claimcheck.Flag``. Reports name these rules ``rules_house.py::rule_...``.
"""

import re

import claimcheck

BY = re.compile(r"\bby\s+$", re.IGNORECASE)
MARKET_CAP = re.compile(r"\bmarket (?:cap|capitali[sz]ation|value)\b", re.IGNORECASE)
POLL = re.compile(r"\b(?:poll|survey)(?:s|ed)?\b", re.IGNORECASE)
SAMPLE = re.compile(r"\b(?:sample|respondents?|(?:adults|voters|people|residents) (?:polled|surveyed))\b",
                    re.IGNORECASE)
SAMPLE_NOUNS = {"adult", "voter", "respondent", "people", "person", "resident", "household"}


@claimcheck.rule("HOUSE1", severity="warning")
def rule_rate_changes_in_points(quantity, quantities, claims, document):
    """A change of a rate is written in percentage points, never as a percent.

    What it checks: a percent that is the size of a change ("by 0.5%") in a sentence
      whose change runs between percents ("from 4.25% to 4.75%").
    Why it matters: "rose 0.5%" can be read as relative (4.25% x 1.005) or absolute;
      house style removes the doubt.
    Flags:       "The bank raised its rate by 0.5% from 4.25% to 4.75%."
    Passes:      "The bank raised its rate by 0.5 percentage points to 4.75%."
    Options:     none
    """
    if quantity.unit != "percent":
        return
    changes = [c for c in claims if c.kind == "change" and c.sentence == quantity.sentence]
    is_size = any(c.roles.get("by") == quantity.id for c in changes) or BY.search(
        document.text[max(0, quantity.span[0] - 6):quantity.span[0]])
    levels = {c.roles.get(end) for c in changes for end in ("from", "to")} - {None, quantity.id}
    if is_size and any(q.id in levels and q.unit == "percent" for q in quantities):
        yield claimcheck.Flag(f"{quantity.text} is the change of a rate: write it in percentage points",
                              [quantity], advice="Say 'percentage points' (or 'points').")


def rule_market_cap_in_usd(quantity, ctx):
    """A market capitalisation is given in US dollars.

    What it checks: money in a sentence about a market cap or market value, when no
      US-dollar figure is in the same sentence.
    Why it matters: readers compare companies across markets; the desk converts.
    Flags:       "Toyota's market cap rose to 45 trillion yen."
    Passes:      "Toyota's market cap rose to 45 trillion yen ($300 billion)."
    Options:     none
    """
    if quantity.kind != "money" or not MARKET_CAP.search(ctx.sentence(quantity)):
        return
    in_usd = [q for q in ctx.extraction.quantities if q.sentence == quantity.sentence and q.unit == "USD"]
    assert quantity.unit == "USD" or in_usd, (
        f"market cap {quantity.text} is in {quantity.unit}: give it in USD (the local figure may follow)")


def rule_poll_has_sample_size(quantity, quantities, ctx):
    """Every poll percentage has its sample size nearby.

    What it checks: a percent in a sentence about a poll or survey, when neither that
      sentence nor the ones beside it give how many people were asked.
    Why it matters: a share without its sample cannot be weighed; the margin of error
      depends on it.
    Flags:       "In a survey, 61% opposed it."
    Passes:      "In a poll of 1,024 adults, 54% backed the plan."
    Options:     none
    """
    if quantity.unit != "percent" or not POLL.search(ctx.sentence(quantity)):
        return
    nearby = range(quantity.sentence - 1, quantity.sentence + 2)
    sizes = [q for q in quantities if q.sentence in nearby and q.unit == "count" and q.noun in SAMPLE_NOUNS]
    words = " ".join(ctx.sentence(i) for i in nearby if 0 <= i < len(ctx.extraction.sentences))
    assert sizes or SAMPLE.search(words), f"poll figure {quantity.text} has no sample size nearby"
