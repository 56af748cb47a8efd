"""The sum rule."""

from __future__ import annotations

from ..numbers import format_number
from ..patterns import re
from ..ruleset import Consistent, Flag, rule
from ._common import in_claims, iv

# A percentage that is the subject of a verb is a share of a group: "30% are neutral", "25% said no".
_SHARE_VERB = re.compile(r"^\s*(?:of\s+(?:them|those|respondents|the\s+\w+)\s+)?(?:are|is|were|was|have|has|had|say|"
                         r"said|says|support|supported|oppose|opposed|favou?r|favou?red|back|backed|plan|planned|"
                         r"expect|expected|want|wanted|think|thought|believe|believed|use|used|own|owned|do|did|"
                         r"prefer|preferred|chose|voted|rated|reported|agreed|disagreed|identified|remain|"
                         r"remained|felt|feel|approve|approved|disapprove|disapproved)\b", re.I)
# Pairs of answers to one question: "55% support the plan and 52% oppose it".
_OPPOSITES = (("support", "oppose"), ("favor", "oppose"), ("favour", "oppose"), ("approve", "disapprove"),
              ("agree", "disagree"), ("positive", "negative"), ("yes", "no"), ("for", "against"),
              ("likely", "unlikely"), ("satisfied", "dissatisfied"), ("optimistic", "pessimistic"),
              ("better", "worse"), ("improving", "worse"), ("trust", "distrust"), ("back", "oppose"))
_CLAUSE_BREAK = re.compile(r"\b(?:while|whereas|but|although|though|compared|versus|up|down)\b|[;—]", re.I)


# Two candidates' shares of one vote: "61.2% of the vote against 42.5% for his challenger".
_VOTE_PAIR = re.compile(r"\s+of\s+the\s+(?:popular\s+)?(?:vote|votes|ballots)\s*,?\s*(?:against|to|versus|vs\.?|"
                        r"compared\s+with|ahead\s+of)\s+(?:(?:just|only|about|around)\s+)?$", re.I)


def _vote_pairs(ctx, shares: list) -> list:
    text = ctx.extraction.document.text
    return [[a, b] for a, b in zip(shares, shares[1:]) if _VOTE_PAIR.fullmatch(text[a.span[1]:b.span[0]])]


@rule("CC109", "percent-sum")
def percent_sum(quantities, ctx):
    """Shares of one group, listed together, add up to more than 100%.

    What it checks: lists such as "60% have a positive attitude, 30% are neutral and 25% are
    negative", where each percentage is the subject of its own verb in one clause; three or more listed
    with the verb said once ("cash accounted for 41% of trips, cards for 37% and wallets for 31%"), or
    shares of one vote or market listed by name ("the poll gave Gichovi 47 per cent, Muthoni-Ka 40 per cent
    and Nyakundi-Ole 16 per cent"); two
    shares only when they give opposite answers ("55% support the plan and 52% oppose it") or split one vote
    ("61.2% of the vote against 42.5% for his challenger").
    Why it matters: the parts of a poll or a breakdown must fit in the whole; a sum over 100% means a
    mistyped share (or shares that overlap, which the text should then say).
    Flags:       "60% have a positive attitude, 30% are neutral and 25% are negative"
    Passes:      "60% have a positive attitude, 30% are neutral and 10% are negative"
    Options:     none; each share may be off by half its last digit.
    """
    by_sentence: dict[int, list] = {}
    for q in quantities:
        if q.unit == "percent" and not in_claims(ctx, q, ("change", "range", "equivalence")):
            by_sentence.setdefault(q.sentence, []).append(q)
    for index, shares in by_sentence.items():
        if len(shares) < 2:
            continue
        for group in _clauses(ctx, index, shares) + _vote_pairs(ctx, shares):
            if len(group) < 2 or len(group) == 2 and not (_opposed(ctx, group) or group in _vote_pairs(ctx, group)):
                continue  # two shares may answer two questions; three or more are a breakdown
            low = sum(iv(q).lo for q in group)
            listed = " + ".join(q.text for q in group)
            if low <= 100 + 1e-9:
                yield Consistent(f"{listed} fit within 100%", group)
                continue
            total = sum(float(q.value) for q in group)
            yield Flag(f"shares of one group add up to {format_number(total, digits=4)}%: {listed}", group,
                       expected="at most 100%", observed=f"{format_number(total, digits=4)}%",
                       arithmetic=f"{' + '.join(format_number(float(q.value)) + '%' for q in group)} = "
                                  f"{format_number(total, digits=4)}%",
                       advice="Check each share; if the groups overlap, say so in the text.")


def _opposed(ctx, group: list) -> bool:
    """Whether two shares answer one question with opposite answers."""
    text = ctx.extraction.document.text
    first = set(re.findall(r"[a-z]+", text[group[0].span[1]:group[1].span[0]].lower()))
    second = set(re.findall(r"[a-z]+", text[group[1].span[1]:group[1].span[1] + 60].lower()))
    return any(a in first and b in second or b in first and a in second for a, b in _OPPOSITES)


def _clauses(ctx, index: int, shares: list) -> list[list]:
    """The shares of one clause that are subjects of their own verbs."""
    text = ctx.extraction.document.text
    start, end = ctx.sentence_span(index)
    groups: list[list] = [[]]
    last = shares[0].span[0]
    for q in shares:
        if _CLAUSE_BREAK.search(text[last:q.span[0]]):
            groups.append([])
        last = q.span[1]
        if _SHARE_VERB.match(text[q.span[1]:min(end, q.span[1] + 40)]):
            groups[-1].append(q)
    subjects = [q for group in groups for q in group]
    if len(subjects) == 2 and all(len(g) < 2 for g in groups) and _opposed(ctx, subjects):
        groups.append(subjects)  # "49% approve ..., while 47% disapprove": two answers to one question
    return groups + _breakdowns(text, shares) + _named_shares(text[start:end], start, shares)


# "Cash accounted for 41% of trips, cards for 37% and wallets for 31%": shares of one whole listed with
# the verb said once; after "for", "made up", "represented" each share is one part's.
_PART_OF = re.compile(r"\b(?:accounted\s+for|accounts?\s+for|made\s+up|makes?\s+up|represented|represents?|"
                      r"comprised|comprises?|for)\s+(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$", re.I)
_LIST_BREAK = re.compile(r"[;—]|\b(?:while|whereas|but|although|though|compared|versus|than|up\s+from|down\s+from|"
                         r"from)\b", re.I)


def _breakdowns(text: str, shares: list) -> list[list]:
    """Three or more shares of one list, each set out by 'for' or 'made up' (the verb said once)."""
    out: list[list] = []
    run: list = []
    last = None
    for q in shares:
        parted = _PART_OF.search(text[max(0, q.span[0] - 30):q.span[0]])
        if last is not None and (_LIST_BREAK.search(text[last.span[1]:q.span[0]]) or not parted):
            if len(run) >= 3:
                out.append(run)
            run = []
        if parted:
            run.append(q)
        last = q
    if len(run) >= 3:
        out.append(run)
    return out


# "Olatubo had 44 per cent, Ikwuemezie 39 per cent and Danjuma-Ray 21 per cent" of one vote or one market: a verb of
# taking said once, then a name before each share.
_TOOK = re.compile(r"\b(?:had|has|took|takes|won|wins|got|gets|polled|received|secured|captured|drew|held|holds|"
                   r"claimed|commanded|commands|garnered)\s+(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$",
                   re.I)
# "a poll had given Mbatharu 46 per cent, ...", "put Pennicott on 38%": the verb before the first name
_GAVE = re.compile(r"\b(?:gave|given|gives|giving|put|puts|putting|showed|shown|shows|showing|had|has)\s+(?:the\s+)?"
                   r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:on\s+|at\s+)?"
                   r"(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$")
_ONE_WHOLE = re.compile(r"\b(?:vote|votes|voters|ballots?|poll|polls|polling|support|market|respondents|decided|"
                        r"electorate|share)\b", re.I)
_NAME_GAP = re.compile(r"^\s*(?:,|,?\s+and)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
                       r"(?:on\s+|at\s+)?(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?$")


def _named_shares(sentence: str, start: int, shares: list) -> list[list]:
    """Three or more shares of one vote or market listed by name with the verb said once: "Among decided
    voters, Olatubo had 44 per cent, Ikwuemezie 39 per cent and Danjuma-Ray 21 per cent"."""
    if not _ONE_WHOLE.search(sentence):
        return []
    out: list[list] = []
    for i, q in enumerate(shares):
        before = sentence[max(0, q.span[0] - start - 40):q.span[0] - start]
        took = _TOOK.search(before) and re.search(r"[A-Z][\w'’.-]*\s+\w+\s+(?:\w+\s+)?$", before)
        if not took and not _GAVE.search(before):
            continue
        run = [q]
        for nxt in shares[i + 1:]:
            if not _NAME_GAP.match(sentence[run[-1].span[1] - start:nxt.span[0] - start]):
                break
            run.append(nxt)
        if len(run) >= 3:
            out.append(run)
    return out
