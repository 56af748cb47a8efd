"""Which way a measure gets better: the sense a verdict ("improved", "worsened") is read in.

"Improved" says a measure moved the way that is good for it: up for a profit or a pass rate, down for a
waiting time, a ratio of bad loans, an error rate, a cost ratio, a golf score, or a grade on a scale
that runs down. The sense comes, first, from the article itself ("A lower score indicates better
results", "the lower the ratio, the better", "where a higher number means worse"), then from the words
that name the measure. When neither settles it, the sense is unknown and a verdict says no direction.
"""

from __future__ import annotations

from .patterns import re
from .vocab import LESS_IS_BETTER

# Measures of which more is better, by the words that name them.
MORE_IS_BETTER = frozenset("""profit profits earnings revenue revenues sales turnover income margin margins output
production productivity attendance attendances turnout occupancy factor literacy employment surplus savings reserves
approval survival coverage uptake enrolment enrolments enrollment enrollments punctuality reliability satisfaction
efficiency accuracy solvency liquidity capitalisation capitalization adequacy""".split())
# Words that make a ratio or a rate one of something bad: "the non-performing loan ratio", "the error rate",
# "the cost-to-income ratio", "the default rate", "the mortality rate".
BAD_WORDS = frozenset("""non-performing nonperforming npl npls impaired bad doubtful delinquent delinquency
delinquencies default defaults error errors failure failures mortality fatality attrition churn dropout dropouts
cost-to-income expense expenses cost costs leverage gearing vacancy waiting unemployment jobless poverty
stunting absence truancy reoffending recidivism complaint complaints""".split())
_DOWN_WORDS = LESS_IS_BETTER | BAD_WORDS

_COMPARATIVES = {"lower": "down", "smaller": "down", "fewer": "down", "less": "down", "shorter": "down",
                 "higher": "up", "larger": "up", "bigger": "up", "more": "up", "greater": "up", "longer": "up"}
_GOOD = {"better": True, "stronger": True, "good": True, "improvement": True, "best": True,
         "worse": False, "weaker": False, "poorer": False, "bad": False, "deterioration": False, "worst": False}
_WORD = r"[A-Za-z][A-Za-z'’-]*"
# "A lower GPD indicates better results", "a higher score means a worse outcome", "lower ratios are better"
_STATED = re.compile(rf"\b(?P<cmp>lower|smaller|fewer|less|shorter|higher|larger|bigger|greater|longer)\s+"
                     rf"(?P<noun>(?:{_WORD}\s+){{0,2}}?{_WORD})\s+(?:indicates?|indicating|means?|meaning|signals?|"
                     rf"signifies|signify|shows?|reflects?|represents?|denotes?|is|are|counts?\s+as)\s+"
                     rf"(?:a\s+|an\s+)?(?:much\s+|slightly\s+)?(?P<good>better|stronger|good|improvement|best|worse|"
                     rf"weaker|poorer|bad|deterioration|worst)\b", re.I)
# "the lower the GPD, the better"
_THE_THE = re.compile(rf"\bthe\s+(?P<cmp>lower|smaller|fewer|less|shorter|higher|larger|bigger|greater|longer)\s+the\s+"
                      rf"(?P<noun>(?:{_WORD}\s+){{0,2}}?{_WORD}),?\s+the\s+(?P<good>better|worse)\b", re.I)
_SKIP = frozenset("the a an its their his her of".split())


def stated_senses(text: str) -> dict[str, str]:
    """What the article says of a measure's good direction: {word of the measure's name: 'up' | 'down'},
    'down' when less of it is better. A word stated both ways is left out."""
    found: dict[str, set[str]] = {}
    for pattern in (_STATED, _THE_THE):
        for m in pattern.finditer(text):
            good = _GOOD[m.group("good").lower()]
            direction = _COMPARATIVES[m.group("cmp").lower()]
            if not good:
                direction = "down" if direction == "up" else "up"
            for w in m.group("noun").split():
                w = w.lower().strip("'’")
                if w and w not in _SKIP:
                    found.setdefault(w, set()).add(direction)
                    found.setdefault(w.rstrip("s"), set()).add(direction)
    return {w: d.pop() for w, d in found.items() if len(d) == 1}


def better_direction(words: list[str] | set[str], stated: dict[str, str] | None = None) -> str | None:
    """The direction in which the measure named by ``words`` (the words of its name, lower case) gets
    better: 'up', 'down', or None when the words do not settle it or point both ways."""
    words = {w.lower() for w in words}
    parts = {p for w in words if "-" in w for p in w.split("-") if p}
    if stated:
        said = {stated[w] for w in words | parts if w in stated}
        if len(said) == 1:
            return said.pop()
    # whole words first: "cost-to-income" is a cost ratio, though "income" alone is good to have more of
    for names in (words, words | parts):
        down = bool(names & _DOWN_WORDS)
        up = bool(names & MORE_IS_BETTER)
        if down != up:
            return "down" if down else "up"
        if down:
            return None  # both senses named: unsure
    return None
