"""The bounds rule."""

from __future__ import annotations

from ..numbers import format_number
from ..patterns import re
from ..vocab import FRACTION_DENOMINATORS
from ..ruleset import Flag, rule
from ._common import iv, numeric

# Plural heads after "N% of" that are amounts, not groups of things: 150% of earnings is possible.
_AMOUNTS = frozenset("""earnings sales revenues revenue profits assets costs expenses levels prices wages savings
reserves liabilities debts losses returns estimates expectations forecasts gains emissions imports exports funds
budgets targets incomes values rates yields payments bills taxes fees spending output gdp""".split())
_GROUPS_WORD = re.compile(r"[A-Za-z]+")
# What a percentage measures when it cannot pass 100%: named before it in its clause ("turnout touched
# 104%", "raised its stake to 108%") or right after it ("107% effective", "a 120%-owned unit").
_BOUNDED_BEFORE = re.compile(r"\b(?P<w>turnout|stake|efficacy|effectiveness|accuracy|probability|likelihood|"
                             r"literacy|unemployment|occupancy\s+rate|approval\s+rating|vaccination\s+rate)\b"
                             r"(?!.*\b(?:rose|fell|increased|decreased|grew|jumped|dropped|climbed)\s+(?:by\s+)?$)",
                             re.I)
_BOUNDED_AFTER = re.compile(r"\s*(?:-\s*)?(?P<w>effective|accurate|owned|stake|certain|sure|renewable|"
                            r"turnout|vaccinated|complete|probability|chance|likelihood|majority)\b", re.I)
# Occupancy of rooms cannot pass 100%; of prisons, wards, shelters or trains it can (overcrowding).
_LODGINGS = re.compile(r"\b(?:hotels?|motels?|(?:guest[- ]?)?rooms?|guest ?houses?|hostels?|lodges?|inns?|resorts?|"
                       r"holiday (?:parks?|homes?|lets?)|caravan parks?|campsites?|cabins?|chalets?|"
                       r"bed[- ]and[- ]breakfasts?|b&bs?|accommodation)\b", re.I)
_OVERFULL = re.compile(r"\b(?:prisons?|jails?|gaols?|cells?|hospitals?|wards?|beds?|shelters?|icus?|trains?|"
                       r"buses|carriages?|seats?|schools?|classrooms?|capacity)\b", re.I)
_CHANGED = re.compile(r"\b(?:rose|fell|increased|decreased|grew|jumped|dropped|climbed|up|down|gained|lost)\s+"
                      r"(?:by\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:more|less|higher|lower|above|below|over|increase|rise|gain|jump|up|down|"
                           r"growth|premium|return)\b", re.I)
# Counted nouns that go below zero: index points ("-2.5 points") and parts of a whole ("minus two fifths").
_SIGNED_NOUNS = frozenset({"point", *(w.rstrip("s") for w in FRACTION_DENOMINATORS)})


@rule("CC107", "bounds")
def bounds(quantities, claims, ctx):
    """A figure is outside what it can be: a share over 100%, a rank beyond its field, a negative count.

    What it checks: stakes and shares over 100% ("a 185% stake"); a percentage or fraction of a group of
    people or things over 100% ("160% of companies"); a rank beyond the number ranked ("68th out of 63");
    a part larger than its set ("12 out of 10 members"); a rate of a whole over 100% ("turnout touched
    104%", "107% effective"); more days than the period they fall in hold ("on 130 days in the four
    months to May"); a negative count; a day its month does not have ("until 31 June"); a fall of more
    than 100% in something that cannot go below zero ("complaints fell 124 per cent").
    Why it matters: these are impossible on their face; they are typing slips that readers notice.
    Flags:       "sold its 185% stake in SB Energy"; "ranked 68th out of 63 countries"
    Passes:      "sold its 85% stake in SB Energy"; "ranked 28th out of 63 countries"
    Options:     none.
    """
    for claim in claims:
        if claim.kind == "proportion":
            yield from _share(claim, ctx)
        elif claim.kind == "rank":
            rank, field = ctx.role(claim, "rank"), ctx.role(claim, "field")
            if numeric(rank) and numeric(field) and rank.value > field.value:
                yield Flag(f"rank {rank.text} is beyond the {field.text} ranked", [rank, field], claim=claim,
                           expected=f"a rank from 1 to {format_number(field.value)}", observed=rank.text,
                           arithmetic=f"{format_number(rank.value)} > {format_number(field.value)}",
                           advice="Check the rank and the size of the field.")
    for claim in claims:
        if claim.kind == "change":
            yield from _fall_past_zero(claim, ctx)
    shares = {c.roles.get("share") for c in claims if c.kind == "proportion"}
    sizes = {c.roles.get("by") for c in claims if c.kind == "change"}
    for q in quantities:
        if q.kind == "percent" and numeric(q) and q.value > 100 and q.qualifier != "upper" \
                and q.id not in shares | sizes:
            said = _bounded_by(q, ctx)
            if said:
                yield Flag(f"{said} is more than the whole", [q], observed=q.text,
                           expected="at most 100%", arithmetic=f"{q.text} > 100%",
                           advice="Check the percentage: it measures a share of a whole.")
        if q.impossible:
            yield Flag(f"{q.text.rstrip('.')}: {q.impossible}", [q], observed=q.text, expected="a day the month has",
                       arithmetic=q.impossible, advice="Check the date: the day or the month is mistyped.")
        if q.kind == "count" and q.noun and q.noun.split()[-1] not in _SIGNED_NOUNS and numeric(q) and q.value < 0:
            yield Flag(f"a negative count: {q.text}", [q], observed=q.text, expected="a count of 0 or more",
                       advice="Check the sign: a count cannot be negative.")


# The fewest and the most days a calendar unit may span.
_DAYS = {"day": (1, 1), "week": (7, 7), "fortnight": (14, 14), "month": (28, 31), "quarter": (89, 92),
         "year": (365, 366), "decade": (3652, 3653)}


# What may fall by more than all of it: figures that go below zero ("profit fell 124%" is a loss now).
_SIGNED_MEASURES = re.compile(r"\b(?:profits?|earnings|income|margins?|balance|surplus|deficits?|loss(?:es)?|net|"
                              r"returns?|cash\s+flow|results?|temperatures?|yields?|rates?|growth|inflation|"
                              r"index|indices|spread|position|ebitda|ebit|eps|change)\b", re.I)


def _fall_past_zero(claim, ctx):
    """'Complaints fell 124 per cent': a relative fall past 100% of something that cannot go below zero."""
    by = ctx.role(claim, "by")
    if not numeric(by) or by.unit != "percent" or claim.direction != "down" or claim.relative is False:
        return
    if by.value <= 100 or by.qualifier in ("upper", "approx"):
        return
    ends = [q for q in (ctx.role(claim, "from"), ctx.role(claim, "to")) if numeric(q)]
    if any(q.unit == "percent" for q in ends):
        return  # a rate's change in percent may be read in points
    start = ctx.sentence_span(by)[0]
    before = ctx.extraction.document.text[start:by.span[0]]
    if _SIGNED_MEASURES.search(before):
        return
    yield Flag(f"a fall of {by.text} would take it below zero", [by, *ends], claim=claim, observed=by.text,
               expected="a fall of at most 100%", arithmetic=f"{by.text} > 100%",
               advice="Check the percentage: a fall of more than the whole is impossible for a count or an amount.")


def _share(claim, ctx):
    share, part, whole = ctx.role(claim, "share"), ctx.role(claim, "part"), ctx.role(claim, "whole")
    if share is None and numeric(part) and numeric(whole) and part.unit in _DAYS and whole.unit in _DAYS:
        yield from _days_in_period(claim, part, whole)
        return
    if share is None and numeric(part) and numeric(whole) and part.unit == whole.unit == "count":
        if part.value > whole.value:
            yield Flag(f"{part.text} out of {whole.text}: the part is larger than the whole", [part, whole],
                       claim=claim, expected=f"at most {format_number(whole.value)}", observed=part.text,
                       arithmetic=f"{format_number(part.value)} > {format_number(whole.value)}",
                       advice="Check both counts.")
        return
    if not numeric(share):
        return
    fraction = share.value / 100 if share.unit == "percent" else share.value
    if share.kind not in ("percent", "fraction") or fraction <= 1:
        return
    if share.qualifier == "upper" and fraction <= 1.0001:
        return
    if claim.cue == "stake" or _is_group(claim.about):
        what = claim.about or "share"
        yield Flag(f"{share.text} of {what} is more than the whole", [share], claim=claim,
                   expected="at most 100%", observed=share.text,
                   arithmetic=f"{format_number(fraction * 100)}% > 100%",
                   advice="Check the percentage: a share of a whole cannot pass 100%.")


def _bounded_by(q, ctx) -> str | None:
    """The words that make a percentage a share of a whole: 'turnout ... touched 104 per cent',
    'raised its stake ... to 108%', '107% effective'."""
    sentence = ctx.sentence(q)
    start = ctx.sentence_span(q)[0]
    before = re.split(r"[;:]|,\s", sentence[:q.span[0] - start])[-1]
    after = sentence[q.span[1] - start:]
    if _CHANGE_AFTER.match(after):
        return None  # "150% more", "120% higher": a change, not a share
    word = _BOUNDED_AFTER.match(after)
    if word:
        return f"{q.text} {word.group('w').lower()}"
    word = _BOUNDED_BEFORE.search(before)
    if word:
        return f"a {word.group('w').lower()} of {q.text}"
    clause = re.split(r"[;:]", sentence[:q.span[0] - start])[-1]  # a list's commas do not end the clause
    if re.search(r"\boccupancy\b", clause, re.I) and _LODGINGS.search(clause) and not _OVERFULL.search(sentence) \
            and not _CHANGED.search(clause) and not re.match(r"\s*of\b", after):
        return f"an occupancy of {q.text}"
    return None


def _is_group(about: str | None) -> bool:
    """'companies', 'the adults surveyed', 'Americans': a group whose share cannot pass 100%."""
    if not about:
        return False
    about = re.split(r"['’]s?\s", about)[-1]  # "the bonds' principal amount": the amount is the whole
    about = re.split(r"\b(?:plus|and|or|in|at|for|on|with|who|that|which|than)\b", about)[0]
    words = [w.lower() for w in _GROUPS_WORD.findall(about)]
    words = [w for w in words if w not in ("the", "all", "of", "in", "its", "their", "those", "these")]
    if not words:
        return False
    head = words[0] if len(words) == 1 else next((w for w in words if w.endswith("s")), words[-1])
    return head.endswith("s") and not head.endswith("ss") and head not in _AMOUNTS and len(head) > 3 or head in (
        "people", "children", "men", "women", "staff", "population", "workforce", "electorate")


def _days_in_period(claim, part, whole):
    """'on 130 days in the four months': the fewest days the part spans against the most the period holds."""
    least = iv(part).lo * _DAYS[part.unit][0]
    most = iv(whole).hi * _DAYS[whole.unit][1]
    if least <= most:
        return
    yield Flag(f"{part.text} cannot fall within {whole.text}, which hold at most {format_number(most)} days",
               [part, whole], claim=claim, expected=f"at most {format_number(most)} days", observed=part.text,
               arithmetic=f"{format_number(least)} days > {format_number(float(whole.value))} × "
                          f"{_DAYS[whole.unit][1]} = {format_number(most)} days",
               advice="Check the count and the length of the period it is said to fall in.")
