"""Shares restating a part that stands further back in the sentence, or that a noun names, of a whole stated
elsewhere: the part and the whole of "<share> of <whole>" when the words between are more than a link.

Shapes, each with an example:

- a part with a qualifier, a place or a conversion between it and its share: "would collect $57.3
  million after fees, or roughly three-quarters of the posted purse"; "sold ₱8.6 billion
  (US$152 million) of dried mango overseas last year, about a quarter of the province's food exports";
  "put up Rs 2,350 crore, covering about 45% of the total cost" (the part is the amount before the
  comma; a figure in brackets after it is its conversion);
- a part and its share joined by "and" and a verb of share: "Catalogue orders grew to £87m and now make up
  about 23% of company revenue", "reached 2,760 and accounted for 9% of all admissions";
- a part a noun names, stated in another sentence: "the closing overspend, roughly 6% of the college's
  £145m yearly budget" (with "an overspend of £8.7m" before); "The gap, about a sixth of the
  board's budget" (with "a £5m gap"); after its owner's name, the one figure of the noun whatever its
  modifier, the whole stated with it preferred: "Kelmarsh's profit, about an eighth of its sales" (with "made a
  pre-tax profit of £18m on sales of £144m" and another firm's sales elsewhere);
- a part named by the word that opens the share's sentence: "Exports now account for about 60% of revenue"
  (with "Exports, mostly to Asian buyers, brought in $2.1 billion" the one earlier sentence it opens);
- a part named by the doers of a verb stated with it: "The applicants make up nearly a quarter of the dairy's
  suppliers" (with "212 farms had applied" the one such count);
- a part restating the amount before it, its whole a bare noun of a measure: "R2.4-billion, or 39% of group
  revenue, led by ...";
- a part named as a year's amount: "That yearly sum amounts to roughly 2% of the agency's budget" (with
  "about $18 million a year" the one amount a year in the three sentences before; an annual whole).

The whole is the one the share's claim already holds, or the one figure of the part's unit that the
description names (article.wholes_named: all its words, or failing that its words by family, its owner and
its time, with one value left: "the dairy's suppliers" is "860 supplying farms"; failing that, or where those words stand in
several sentences, the figure its head noun, or a word of its measure group, stands by: "the posted
purse" is "The purse has climbed to $76 million"; "the budget" is "its €19m budget", not "the regional
subsidy, at €6.2m" in the same sentence; a light head names by the word before it: "the total award
money" is "₹45 lakh in awards"). A part introduced as one of a figure before it ("employed 4,120 people,
including 1,370 teachers, a third of the workforce"; "2,400 vans, of which 610 ...") has that figure for its
whole when the description names it, and no whole read elsewhere. A part the linker already gave is kept.

Refuses: a figure tied by a preposition to another figure of its clause ("four evenings' shows across the
nine tour dates, close to half of ...": either may be restated); a figure in an opening phrase before the share's own subject ("For a pensioner on R3,180 a
month, the tariff eats a quarter of income"); a figure of a list or another clause ("; ", "while",
"but"); a share with a part already; a noun stated with two different figures, or with none; a
description that points ("of them", "of that") or names the part's own noun; two candidate wholes, or one
that is an item of a list ("sales of £160m in the north and £240m in the south").
"""

from __future__ import annotations

from ..article import _STOP, Article, _canonical, _singular, family, thing_of
from ..models import Quantity
from ..patterns import re
from ..vocab import TYING_GAP, WHOLE_FILLER, WHOLE_SYNONYMS
from . import claim, reader

_SHARE_KINDS = ("percent", "fraction")
_PART_KINDS = ("count", "money", "measure")
# Words that may stand right before a share that restates the part: "or roughly", "covering about",
# "and now make up about", "equivalent to".
_LEAD_IN = frozenset("""or roughly about around some nearly almost close to equivalent equal representing accounting
    for amounting just over under more less than which is was a an and made make makes making up accounted accounts
    account represented represents represent meaning covering covered covers comprising comprises comprised
    well little bit slightly now still currently already together alone are were""".split())
_SHARE_VERBS = frozenset("""made make makes making accounted accounts account represented represents represent
    comprising comprises comprised covering covered covers equal equivalent""".split())
_BREAKS = frozenset("while but whereas although though yet which who that when as if because".split())
_DETERMINERS = frozenset("the its their his her our this that a an".split())
# Nouns too general to name a whole on their own: the word before them does ("prize money", "loan amount").
_LIGHT_HEADS = frozenset("money amount sum figure number level pot".split())
_CLAUSE_BREAKS = frozenset("while but whereas although though yet".split())
_DEFINITE = frozenset("the its their his her our this that".split())
# Adjectives that set a whole at another time than the share's: "the original budget" is no budget of now.
_OTHER_TIME = frozenset("original initial first previous earlier old former prior planned projected".split())
_POINTING = re.compile(r"^(?:them|those|these|that|this|each|either|it)\b", re.I)
_WORDS = 10  # words a part may stand back from its share


@reader("share-parts")
def read(article: Article):
    """A share "<share> of <whole>" whose part stands back in its sentence or is named by a noun, with
    the whole the claim holds or the one its description names. Refuses a figure of an opening phrase
    or another clause, a noun with two figures, and two candidate wholes.

    Also refuses (see whole_fits) a whole its own words date to a past year ("the 227,100 counted a decade
    ago"), one item of a list joined by "and" ("340 girls and 272 boys"), and a total of other things than
    the part names ("13,200 of the ballots, close to a quarter of the total" against the electors).
    """
    yield from fitting(article, _read(article))


def _read(article: Article):
    """The claims before whole_fits's filter."""
    placed = {c.roles.get("share") for c in article.extraction.claims
              if c.kind == "proportion" and "part" in c.roles and "whole" in c.roles}
    for c in article.extraction.claims:
        if c.kind != "proportion" or c.cue not in ("of", "apposition") or "share" not in c.roles \
                or "whole" in c.roles and "part" in c.roles:
            continue
        if c.roles["share"] in placed:
            continue  # another reader has found its part and whole
        share = article.extraction.quantity(c.roles["share"])
        about = (c.about or "").strip()
        if c.cue == "apposition" and not re.match(r"(?:all|the|its|their|his|her|our)\s", about, re.I) \
                and not _bare_measure(about):
            continue  # "nine points, a quarter of a point behind ...": no whole named
        if share.kind not in _SHARE_KINDS or not isinstance(share.value, float) or not about \
                or re.search(r"\d", about) and "whole" not in c.roles or _POINTING.match(about):
            continue
        given = article.extraction.quantity(c.roles["part"]) if "part" in c.roles else None
        if given is None and _joint(article, share):
            continue  # "A took 4,100 and B 2,000, together about a third of the vote": the part is their sum
        part = given or _part_before(article, share) or _named_part(article, share) or _opening_part(article, share) \
            or _yearly_part(article, share)
        if part is None and not given:
            part = _name_holder(article, share, about)  # its part counts the description's thing by design
        elif part is None or thing_of(part) and thing_of(part) in about.lower():
            continue
        if part is None:
            continue
        holder = _holder(article, part) if "whole" not in c.roles else None
        if holder is not None:
            # "employed 6,930 staff, including 2,418 nurses, a third of the workforce": the sentence states the
            # whole the part is one of; the share is of it, or (another whole named) of nothing read here
            whole = holder if holder in _by_head(article, about, part, share) + article.wholes_named(
                about, part, exclude=frozenset({share.id}), at_least=float(part.value)) or _GROUP.match(about) \
                else None
        else:
            whole = article.extraction.quantity(c.roles["whole"]) if "whole" in c.roles else _whole(article, about, part, share)
        if whole is None and "whole" not in c.roles and holder is None:
            whole = _opener_whole(article, about, part)
        if whole is None or whole.unit != part.unit or whole.id == part.id:
            continue
        if given is None and whole.sentence == part.sentence and _sibling(article, whole, part):
            continue  # "houses accounted for 15,720 completions and apartments for 9,420": a part of one list
        yield claim("proportion", {"share": share, "part": part, "whole": whole}, cue="of", about=about,
                    sentence=share.sentence)


def _bare_measure(about: str) -> bool:
    """A whole named by a bare noun of a measure, with at most two words before it: "or 46% of group revenue",
    "about 12% of sales", "roughly a third of annual turnover" (not "a quarter of a point behind")."""
    words = about.lower().split()
    return 1 <= len(words) <= 3 and all(w.isalpha() for w in words) and _singular(words[-1]) in WHOLE_SYNONYMS \
        and not words[0] in _STOP


# -- "the 2.8 percent uplift comes to about $1,650 a year for a driver earning the typical wage" ---------------
_CHANGE_NOUNS = frozenset("raise rise increase hike cut reduction increment uplift award bump".split())
_AMOUNTS_TO = frozenset("amounts amounted amount worth means meant equals equalled equaled equates translates "
                        "works worked adds added comes came".split())
_BASE_INTRO = frozenset("for on to of".split())
_EARNING = frozenset("earning earns paid paying on with making getting receiving".split())


@reader("percent-amounts")
def read_amounts(article: Article):
    """A percentage change said to amount to a sum for someone on a base named in words, the base stated
    elsewhere: "the 2.8 percent uplift comes to about $1,650 a year for a driver earning the typical
    wage" ("The county's typical bus driver wage was $58,900"); "a 6% hike, worth about £870 to a
    porter on the standard wage"; "The 9% increase adds about $115 to the typical yearly bill".
    The claim is a proportion: share the percentage, part the sum, whole the base.

    Refuses a base with no words after the sum, a base named by two figures or none, a base smaller than
    the sum, and a percentage that is no change ("3.5% of staff")."""
    for s in article.sentences_with(_AMOUNTS_TO):
        toks = article.tokens(s)
        for k, t in enumerate(toks):
            if t.q is None or t.q.unit != "percent" or not isinstance(t.q.value, float):
                continue
            if not any(x.low in _CHANGE_NOUNS for x in toks[k + 1:k + 3]):
                continue
            found = _amount_after(article, toks, k)
            if found is not None:
                yield found


def _amount_after(article: Article, toks, k: int):
    share = toks[k].q
    j = next((i for i in range(k + 2, min(k + 8, len(toks))) if toks[i].low in _AMOUNTS_TO), None)
    if j is None:
        return None
    amount = next((x.q for x in toks[j + 1:j + 5] if x.q is not None), None)
    if amount is None or amount.kind != "money" or not isinstance(amount.value, float):
        return None
    a = article.token_index(amount)
    intro = next((i for i in range(a + 1, min(a + 4, len(toks))) if toks[i].low in _BASE_INTRO), None)
    if intro is None:
        return None
    words = []
    for x in toks[intro + 1:intro + 10]:
        if x.q is not None and x.q.unit == amount.unit:
            whole = x.q  # "worth £1,200 on a £30,000 salary"
            return _amount_claim(share, amount, whole, " ".join(words))
        if not x.is_word or x.q is not None:
            break
        words.append(x.low)
    if not words:
        return None
    # "for a driver earning the typical wage": the base is what follows the verb of earning
    cut = max((i for i, w in enumerate(words) if w in _EARNING), default=-1)
    description = " ".join(words[cut + 1:])
    if not description or not re.match(r"(?:the|an?|its|their)\s", description):
        return None
    wanted = {_singular(w) for w in re.findall(r"[a-z][a-z-]+", description)} - _STOP - WHOLE_FILLER
    if not wanted:
        return None
    found = []
    for q in article.quantities:
        if q.unit != amount.unit or q.id == amount.id or not isinstance(q.value, float) or q.kind == "date" \
                or float(q.value) <= float(amount.value) or q.sentence == amount.sentence and q.span[0] > amount.span[0]:
            continue
        if article.roles_of(q) & {("change", "by"), ("proportion", "part"), ("range", "low"), ("range", "high")}:
            continue
        said = {_singular(w) for w in re.findall(r"[a-z][a-z-]+", article.sentence_text(q.sentence).lower())}
        rivals = [x for x in article.in_sentence(q.sentence) if x.id not in (q.id, amount.id) and x.unit == q.unit
                  and x.per == q.per and not article.roles_of(x) & {("change", "by")}]
        if wanted <= said and not rivals and _head_before(article, q, {_singular(description.split()[-1])}):
            found.append(q)  # not "$64,000 in the city and $58,000 in the suburbs": which is meant?
    if len({float(q.value) for q in found}) != 1:
        return None
    return _amount_claim(share, amount, found[0], description)


def _amount_claim(share, amount, whole, description):
    if float(whole.value) <= float(amount.value):
        return None
    return claim("proportion", {"share": share, "part": amount, "whole": whole}, cue="amounts to",
                 about=description or None, sentence=amount.sentence)


def _part_before(article: Article, share: Quantity) -> Quantity | None:
    """The amount a share restates, back in its sentence: only lead-in words between the share and the
    last comma (or "and" with a verb of share), and from there back to the amount no clause break, no
    other figure but one in brackets, a date or a duration."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    j = k - 1
    skipped = []
    while j >= 0 and toks[j].is_word and toks[j].q is None and toks[j].low in _LEAD_IN:
        skipped.append(toks[j].low)
        j -= 1
    if j < 0:
        return None
    if toks[j].text not in (",", "—", "–"):
        if not ("and" in skipped and set(skipped) & _SHARE_VERBS and toks[j].q is not None):
            return None
        j += 1  # "grew to £87m and now make up": the amount is right before "and"
    elif "and" in skipped and not set(skipped) & _SHARE_VERBS:
        return None  # "..., and a fifth of a share": a list
    words, depth = 0, 0
    for i in range(j - 1, -1, -1):
        t = toks[i]
        if t.text == ")":
            depth += 1
            continue
        if t.text == "(":
            depth -= 1
            continue
        if depth > 0:
            continue  # "R$5.1 billion (US$1.03 billion)": the conversion in brackets
        if t.text in (";", ":") or t.low in _BREAKS or words > _WORDS:
            return None
        if t.q is not None:
            if t.q.kind in ("date", "duration") or t.q.unit in ("year", "day", "month", "week", "hour"):
                continue
            moved = article.roles_of(t.q) & {("change", "by"), ("change", "from"), ("proportion", "share")}
            if t.q.kind in _PART_KINDS and isinstance(t.q.value, float) and not moved and t.q.per is None:
                return None if _opening_phrase(toks, i, j) or _tied(article, toks, i) else t.q
            return None
        if t.is_word:
            words += 1
    return None


def _tied(article: Article, toks, i: int) -> bool:
    """The figure at token i is the object of a preposition after another figure of its clause ("nine days' play
    across the seven home games"): a share after it may restate either."""
    for t in reversed(toks[max(0, i - 8):i]):
        if t.text in (",", ";", ":", "(", ")") or t.low in _BREAKS:
            return False
        if t.q is not None:
            if t.q.kind == "date":
                return False
            gap = article.text[t.q.span[1]:toks[i].start]
            return bool(_TIED.fullmatch(gap))
    return False


_TIED = re.compile(TYING_GAP, re.I)


# Words that make a share's part the sum of the figures listed before it: "together", "combined", "between them".
_JOINT = frozenset("together combined jointly collectively altogether between".split())


def _joint(article: Article, share: Quantity) -> bool:
    """The share's lead-in, back to the clause's comma or dash, says the parts before it are taken together:
    "A took 4,100 and B 2,000, together accounting for a third"; "..., between them about half of all votes";
    "..., a combined 40% of sales"; "which jointly make up a quarter of the fleet"."""
    toks = article.tokens(share.sentence)
    for t in reversed(toks[:article.token_index(share)]):
        if t.q is not None or t.text in (",", ";", ":", "—", "–", "("):
            break
        if t.is_word and t.low in _JOINT:
            return True
    return False


def _opening_phrase(toks, i: int, k: int) -> bool:
    """Token i stands in a phrase that opens the sentence and ends at a comma followed by a new subject
    ("For a pensioner living on R3,180 a month, the tariff ...")."""
    for j in range(i + 1, k):
        if toks[j].text == ",":
            return toks[j + 1].low in _DETERMINERS and not any(t.text == "," for t in toks[:i])
    return False


def _named_part(article: Article, share: Quantity) -> Quantity | None:
    """"the closing overspend, roughly 6% of ...": the noun right before the share's lead-in names the
    part; its one figure is stated in another sentence by the noun ("an overspend of £8.7m", "an £8.7m
    overspend")."""
    toks = article.tokens(share.sentence)
    j = article.token_index(share) - 1
    while j >= 0 and toks[j].is_word and toks[j].q is None and toks[j].low in _LEAD_IN:
        j -= 1
    if j >= 0 and toks[j].text == ",":
        j -= 1
    if j < 1 or not toks[j].is_word or toks[j].q is not None or not toks[j].text.islower():
        return None
    noun = toks[j].low
    mine = {t.low for t in toks[max(0, j - 3):j] if t.is_word}  # the anaphor's own modifiers
    i = j - 1
    while i >= 0 and toks[i].is_word and toks[i].q is None and toks[i].low not in _DETERMINERS and j - i < 3 \
            and not _owner(toks[i]):
        i -= 1
    # a definite noun, or one an owner's name holds ("Kelmarsh's profit, ..."), opening the clause
    if i < 0 or not (toks[i].low in _DEFINITE or _owner(toks[i])) or any(t.q is not None for t in toks[:i]):
        return None  # "The shortfall, ...", "the year-end deficit, ...": a definite noun opening the clause
    found, modified = [], []
    for q in article.quantities:
        if q.sentence == share.sentence or q.kind not in _PART_KINDS or not isinstance(q.value, float) or q.per:
            continue
        if article.roles_of(q) & {("change", "by"), ("change", "from"), ("proportion", "share")}:
            continue
        before = article.words_before(q, 3)
        after = article.words_after(q, 1)
        if len(before) > 1 and before[-1] == "of" and _singular(before[-2]) == noun:
            modifier = before[-3] if len(before) > 2 else None
            if modifier is None or modifier in _DETERMINERS or modifier in mine or modifier.endswith(("'s", "’s")):
                found.append(q)  # "an overspend of £8.7m"; not "the opening price of NOK 86" for "the price"
            elif modifier not in _OTHER_TIME and modifier not in _ENDS:
                modified.append(q)  # "a pre-tax profit of £18m": the profit, when no other is stated
        elif after[:1] and _singular(after[0]) == noun:
            found.append(q)  # "an £8.7m overspend"
        elif _done_by(article, q, noun):
            found.append(q)  # "287 farmers had applied" for "the applicants"
    # a noun stated with its own modifier is the one meant only when the article states no other of it
    found = found or modified
    return found[0] if len({(float(q.value), q.unit) for q in found}) == 1 else None


_AUXILIARIES = frozenset("had have has was were been are is already now so far successfully".split())


def _done_by(article: Article, q: Quantity, noun: str) -> bool:
    """q counts the doers a noun of its family names: the verb right after q's own noun, past auxiliaries, is of
    the noun's family ("287 farmers had applied" for "the applicants", "1,140 people registered" for "the
    registrants"), and the noun is not q's own thing."""
    if q.kind != "count" or thing_of(q) is None or family(thing_of(q)) == family(noun):
        return False
    for w in article.words_after(q, 4):
        if w not in _AUXILIARIES:
            return w != noun and family(w) == family(noun) and w.endswith("ed")
    return False


def _owner(t) -> bool:
    """A name in the possessive: "Kelmarsh's", "Acme’s"."""
    return t.is_word and t.text[:1].isupper() and t.low.endswith(("'s", "’s"))


# Modifiers that set a figure at one end of a period: "the opening price", "the closing balance".
_ENDS = frozenset("opening closing starting ending final".split())


_OPENING_VERBS = frozenset("""now still currently already alone accounts accounted account makes made make up represents
    represented represent comprises comprised is was are were for brings brought bring in generates generated
    contributes contributed supplies supplied provides provided""".split())
_OPENING_NOT = frozenset("""the a an it its this that these those they he she we there here in on at for by with after
    before during last next but and yet so some most many few all both one two three four five however meanwhile
    elsewhere also still analysts officials""".split())


def _opening_part(article: Article, share: Quantity) -> Quantity | None:
    """"Exports now account for about 40% of sales": a part named by the word that opens the share's sentence,
    its figure the first amount of the one earlier sentence opened by the same word ("Exports, mostly to
    Asia, rose to $3.1 billion"). Only verbs of share or amount (and an adverb) stand between the name and
    the share.

    Refuses an opening word that opens several earlier sentences or none, a pronoun or determiner, and an
    earlier sentence whose first amount is a change's start or size."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    if k < 2 or not toks[0].is_word or toks[0].q is not None or toks[0].low in _OPENING_NOT or toks[0].low in _STOP:
        return None
    lead = toks[1:k]
    if not all(t.is_word and t.q is None and t.low in _OPENING_VERBS | _LEAD_IN for t in lead) \
            or not any(t.low in _OPENING_VERBS - _LEAD_IN or t.low in _SHARE_VERBS for t in lead):
        return None
    word = toks[0].low
    opened = [i for i in range(share.sentence) if (article.tokens(i) or [None])[0] is not None
              and article.tokens(i)[0].low == word]
    if not opened:
        return _listed_holder(article, share, word)
    if len(opened) != 1:
        return None
    inside = False  # in a relative clause: "Schools, which serve 9,000 pupils, cost €21 million"
    otoks = article.tokens(opened[0])
    for j, t in enumerate(otoks):
        if t.text == ",":
            inside = not inside and j + 1 < len(otoks) and otoks[j + 1].low in ("which", "who", "whose", "where")
            continue
        q = t.q
        if q is None or inside or q.kind in ("date", "duration") or q.unit in ("year", "day", "month", "week", "hour"):
            continue
        if q.kind not in _PART_KINDS or not isinstance(q.value, float) or q.per \
                or article.roles_of(q) & {("change", "by"), ("change", "from"), ("proportion", "share")}:
            return None
        rivals = [x for x in article.in_sentence(opened[0]) if x.span[0] > q.span[0] and x.unit == q.unit
                  and x.kind == q.kind and not article.roles_of(x) & {("change", "by"), ("change", "from"),
                                                                       ("range", "low"), ("range", "high")}
                  and not article.before(x, 3).rstrip().endswith("(")]
        return None if rivals else q  # "Spending on roads was $40m and on schools $90m": which is meant?
    return None


_YEARLY = frozenset("yearly annual annualised annualized".split())


def _yearly_part(article: Article, share: Quantity) -> Quantity | None:
    """"That yearly sum amounts to roughly a tenth of the agency's budget": a part named as a year's amount, the
    one amount a year ("$18 million a year") stated in the three sentences before; a noun other than a light
    one ("sum", "amount") must stand by it ("spending of $18 million a year" for "That annual spending").

    Refuses two amounts a year of different values, and words other than a verb of amount or share between
    the noun and the share."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    if k < 4 or toks[0].low not in _DEFINITE or toks[1].low not in _YEARLY or not toks[2].is_word \
            or toks[2].q is not None:
        return None
    if not all(t.is_word and t.q is None and t.low in _LEAD_IN | _AMOUNTS_TO | _OPENING_VERBS for t in toks[3:k]):
        return None
    noun = _singular(toks[2].low)
    names = {noun, *WHOLE_SYNONYMS.get(noun, ())}
    found = []
    for q in article.quantities:
        if not share.sentence - 3 <= q.sentence < share.sentence or q.per != "year" or q.kind not in _PART_KINDS \
                or not isinstance(q.value, float):
            continue
        near = {_singular(w) for w in article.words_before(q, 4) + article.words_after(q, 2)}
        if noun in _LIGHT_HEADS or near & names:
            found.append(q)
    if len({float(q.value) for q in found}) != 1:
        return None
    return None if article.roles_of(found[0]) & {("change", "from"), ("proportion", "share")} else found[0]


def _annual(article: Article, q: Quantity) -> bool:
    """q is a year's figure: "an annual budget of $1.4 billion", "$1.4 billion a year"."""
    return q.per == "year" or bool(_YEARLY & set(article.words_before(q, 6))) \
        or article.words_after(q, 2) == ["a", "year"]


def _whole(article: Article, about: str, part: Quantity, share: Quantity) -> Quantity | None:
    found = article.wholes_named(about, part, exclude=frozenset({share.id}), at_least=float(part.value))
    found = [q for q in found if q.sentence != part.sentence or not _sibling(article, q, part)]
    if len({float(q.value) for q in found}) != 1:
        # none, or several in sentences that use the words: the one the head noun stands by, unless it is one
        # item of a list ("Sales were £160m in the north and £240m in the south": neither is the whole)
        tight = _by_head(article, about, part, share)
        tight = [q for q in tight if not any(o.id != q.id and o.sentence == q.sentence and _listed(article, o, q)
                                             for o in found)]
        found = [q for q in tight if q in found] if found else tight
    apart = part.sentence != share.sentence  # a part named from another sentence: its sentence may give the whole after it
    found = [q for q in found if q.sentence != part.sentence or (apart or q.span[0] < part.span[0])
             and not _sibling(article, q, part)]
    if apart and len({float(q.value) for q in found}) > 1:
        # "made a pre-tax profit of £18m on sales of £144m" ... "Ashwend Foods, which reported sales of £2.1bn": the whole
        # stated with the part is the one its share is of
        found = [q for q in found if q.sentence == part.sentence] or found
    return found[0] if found and len({float(q.value) for q in found}) == 1 else None


def _by_head(article: Article, about: str, part: Quantity, share: Quantity) -> list[Quantity]:
    """Figures of the part's unit, larger than it, with the description's head noun (or a word of its
    measure group) standing by them in their clause: "the posted purse" ~ "The purse has
    climbed to $76 million"; "the total cost" ~ "laid at a cost of Rs 5,220 crore"."""
    words = [w for w in re.findall(r"[a-z][a-z-]+", about.lower().replace("'s", " "))
             if w not in WHOLE_FILLER and w not in _STOP]
    if not words or set(words) & _OTHER_TIME:
        return []  # "the total" is the total reader's; "the original budget" is an earlier figure
    if len(words) > 1 and words[-1] in _LIGHT_HEADS:
        words = words[:-1]  # "the total prize money" is named by the prize
    head = _singular(words[-1])
    names = {head, *WHOLE_SYNONYMS.get(head, ())}
    done = _done_stem(words[-1])
    if done:  # "of completions" is named by "homes completed", "of deliveries" by "were delivered"
        names = _StemNames(names, done)
    said = re.search(r"\b(last|this|next|previous)\s+year['’]s(?:\s+([a-z]+))?", about.lower())
    target = article.said_year(said.group(1), said.group(2)) if said else None  # "next year's pupils"
    out = []
    for q in article.nearby(part, 30):
        yearly = part.per == "year" and not q.per and _annual(article, q)  # "$18m a year" of "an annual budget"
        if q.id in (part.id, share.id) or q.unit != part.unit or (q.per or part.per) and not yearly or q.kind == "date" \
                or not isinstance(q.value, float) or float(q.value) <= float(part.value):
            continue
        if article.roles_of(q) & {("change", "from"), ("change", "by"), ("proportion", "part"),
                                  ("proportion", "share"), ("range", "low"), ("range", "high")}:
            continue
        if article.is_named_part(q):
            continue
        then, now = article.clause_time(q), article.clause_time(part)
        if then and now and then[:4] != now[:4] or target is not None and article.year_of(q) != target:
            continue  # another year's figure
        if q.qualifier in ("lower", "upper"):
            continue  # "every jackpot above $300 million": a bound, not a level
        if q.sentence == part.sentence and _sibling(article, q, part):
            continue  # "houses accounted for 15,720 completions and apartments for 9,420": one list's parts
        if (thing_of(q) or "") in names or names & {_singular(w) for w in article.words_after(q, 2)} \
                or _head_before(article, q, names):
            out.append(q)
    return out


def _head_before(article: Article, q: Quantity, names: set[str]) -> bool:
    """One of ``names`` stands before q in its sentence with no other figure of q's unit between: "food
    exports, which also include tuna and copra, totalled ₱34.7 billion"."""
    toks = article.tokens(q.sentence)
    for t in reversed(toks[:article.token_index(q)]):
        if t.q is not None and t.q.unit == q.unit or t.text in (";", ":") or t.low in _CLAUSE_BREAKS:
            return False  # "its €19m budget, while the regional subsidy, at €6.2m": the subsidy is no budget
        if t.is_word and t.q is None and (_singular(t.low) in names or isinstance(names, _StemNames)
                                          and names.done(t.low)):
            return True
    return False


class _StemNames(set):
    """The names of a whole given as an action's noun ("completions"), with the participle that states it
    ("completed"): a set of names that also answers ``done(word)``."""

    def __init__(self, names, stem: str):
        super().__init__(names)
        self.stem = stem

    def done(self, word: str) -> bool:
        return word.startswith(self.stem) and word.endswith(("ed", "ing"))


def _done_stem(noun: str) -> str | None:
    """The stem an action's noun shares with its participle: "completions" -> "complet" (completed),
    "deliveries" -> "deliver" (delivered), "arrivals" -> "arriv"; None for a short or other noun."""
    for suffix, cut in (("ions", 3), ("ion", 3), ("ies", 3), ("als", 3), ("al", 2)):
        if noun.endswith(suffix):
            stem = noun[:-cut] if suffix not in ("ions", "ion") else noun[:-len(suffix)]
            return stem if len(stem) >= 6 else None
    return None


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


# Words between a holder and its figure in a list with the verb left out: "apartments for the remaining 9,420".
_HOLDER_GAP = frozenset("for the remaining rest other some about around nearly almost another a further".split())


def _listed_holder(article: Article, share: Quantity, word: str) -> Quantity | None:
    """"Flats made up 41% of sales" after "houses accounted for 6,240 sales and
    flats for the remaining 4,380": the part is the one count in the two sentences before that the
    opening plural noun names, as its own noun ("9,420 apartments") or as the holder right before it in a
    list with the verb left out ("apartments for 9,420", "apartments 9,420"). Refuses a singular or short
    opening word, and a noun named by two figures or none."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return None
    thing = _singular(word)
    found = []
    for q in article.quantities:
        if q.sentence >= share.sentence or q.sentence < share.sentence - 2 or q.kind != "count" \
                or not isinstance(q.value, float) or q.per:
            continue
        holder = False
        if thing_of(q) is None:
            before = article.words_before(q, 4)
            while before and before[-1] in _HOLDER_GAP:
                before.pop()
            holder = before[-1:] == [word]
        if thing_of(q) == thing or holder:
            found.append(q)
    if len({float(q.value) for q in found}) != 1:
        return None
    q = found[-1]
    if article.roles_of(q) & {("change", "by"), ("change", "from"), ("proportion", "share")}:
        return None
    return q


# Descriptions of a group by a collective word, whatever it counts: "the workforce", "the total", "the staff".
_GROUP = re.compile(r"^(?:the|its|their|his|her|our)\s+(?:whole\s+|entire\s+|total\s+)?(?:workforce|staff|total|"
                    r"headcount|membership|payroll|intake|field|group|list|roll)$", re.I)
_INCLUDED = (["including"], ["among", "them"], ["of", "whom"], ["of", "which"], ["of", "them"])


def _holder(article: Article, part: Quantity) -> Quantity | None:
    """The figure a part is introduced as one of in its own sentence: "employed 6,930 staff, including 2,418
    nurses"; "sold 1,200 homes, of which 310 were flats"; "took on 86 apprentices, among them 30 women". The
    figure stands right before the introducing words (a comma between), in the part's unit and larger."""
    toks = article.tokens(part.sentence)
    k = article.token_index(part)
    words = []
    j = k - 1
    while j >= 0 and toks[j].is_word and toks[j].q is None and len(words) < 2:
        words.insert(0, toks[j].low)
        j -= 1
    if words[-1:] == ["including"]:
        words = ["including"]
    if words not in _INCLUDED or j < 1 or toks[j].text != ",":
        return None
    i = j - 1
    while i >= 0 and (toks[i].q is None and toks[i].is_word or toks[i].q is not None and toks[i].q.kind == "date") \
            and k - i < 8:
        i -= 1  # the figure's own noun: "6,930 full-time-equivalent staff"; a date: "1,400 ships last year"
    q = toks[i].q if i >= 0 else None
    if q is None or q.unit != part.unit or q.kind == "date" or not isinstance(q.value, float) \
            or float(q.value) <= float(part.value):
        return None
    return q


def _sibling(article: Article, a: Quantity, b: Quantity) -> bool:
    """a and b stand in one list of figures: only commas, "and" and words (no "of", "out of", no stop) between."""
    first, second = sorted((a, b), key=lambda q: q.span[0])
    toks = article.tokens(first.sentence)
    between = toks[article.token_index(first) + 1:article.token_index(second)]
    if "of" in article.words_before(first, 3) or any(t.text in (";", ":") for t in between):
        return False  # "of the 30,330 completions, ... 9,420": a whole and its part
    return any(t.text == "," or t.low == "and" for t in between)


def _listed(article: Article, a: Quantity, b: Quantity) -> bool:
    """a and b are items of one list with no figure between them ("£160m in the north and £240m in the south"),
    not a level and the earlier level it is compared with ("2.1 million, up 6% on the 2 million")."""
    first, second = sorted((a, b), key=lambda q: q.span[0])
    toks = article.tokens(first.sentence)
    between = toks[article.token_index(first) + 1:article.token_index(second)]
    return _sibling(article, a, b) and not any(t.q is not None or t.low in _BASES for t in between)


_BASES = frozenset("on than from against over versus compared".split())


# Nouns that name the group a sentence opens on, not a thing of their own: "nearly half of the list".
_COLLECTIVE = frozenset("list total group lot cohort pool queue batch caseload backlog".split())


def _opener_whole(article: Article, about: str, part: Quantity) -> Quantity | None:
    """"Of the claims open, 1,460 had waited over six months, nearly a third of the list": a share of a collective
    noun ("the list", "the total", "the group") in a sentence that opens on "Of the <group>," is a share of
    that group, whose figure is the one stated before in a sentence that names the opener's last word (as the
    breakdown reader finds it). The part must be a count standing after the opener."""
    words = re.findall(r"[a-z]+", about.lower())
    if not words or words[-1] not in _COLLECTIVE or len(words) > 3 or part.kind != "count":
        return None
    from .breakdown import _named_whole
    text = article.sentence_text(part.sentence)
    m = re.match(r"\s*[\"“]?(?:of|among)\s+the\s+([a-z][a-z ]*?)\s*,", text, re.I)
    if m is None or m.end() > part.span[0] - article.sentences[part.sentence][0]:
        return None
    noun = m.group(1).split()[-1].lower()
    found = _named_whole(article, part.sentence, noun, part)
    return found[-1] if found and len({float(q.value) for q in found}) == 1 else None


def _name_holder(article: Article, share: Quantity, about: str) -> Quantity | None:
    """"Wendle alone made up about a sixth of the patients on trolleys across the region" after "41 patients
    were on trolleys at Wendle General": a share opened by a name (a capitalised word the article also writes inside an
    earlier sentence) takes as its part the one count, in an earlier sentence naming it, of the thing the
    share's description counts ("patients"). Refuses a name with two such counts, or none."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    if k < 2 or not toks[0].is_word or toks[0].q is not None or not toks[0].text[:1].isupper() \
            or toks[0].low in _OPENING_NOT or toks[0].low in _STOP:
        return None
    lead = toks[1:k]
    if not all(t.is_word and t.q is None and t.low in _OPENING_VERBS | _LEAD_IN for t in lead) \
            or not any(t.low in _SHARE_VERBS for t in lead):
        return None
    name = toks[0].text
    things = {_singular(w) for w in re.findall(r"[a-z]+", about.lower())} - _STOP
    found = []
    for i in range(share.sentence):
        stoks = article.tokens(i)
        if not any(t.text == name for t in stoks[1:]):
            continue  # the name written inside the sentence, capitalised: a name, not a sentence's first word
        found += [q for q in article.in_sentence(i) if q.kind == "count" and isinstance(q.value, float)
                  and thing_of(q) in things and not q.per]
    if len({float(q.value) for q in found}) != 1:
        return None
    return found[-1]


_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|all)\s+([A-Za-z]+)\b(?!['’])")


_AGE_BOUND = re.compile(r"\s+(?:and|or)\s+(?:older|over|above|under|younger|below)\b|\s*\+|\s+plus\b", re.I)


def age_bound(article: Article, q: Quantity) -> bool:
    """A bare number that bounds an age group ("Residents 65 and older", "those 18 or under", "the 80-plus")."""
    return q.kind == "count" and not q.noun and bool(_AGE_BOUND.match(article.after(q, 15)))


def fitting(article: Article, claims):
    """The claims whose whole can be their part's (see whole_fits)."""
    return (c for c in claims if whole_fits(article, c))


def whole_fits(article: Article, c) -> bool:
    """Whether a share's whole can be the whole of its part: not a total of other things than the part names,
    not one item of a list joined by "and", and not a figure its own words date to a past year ("the 318,540
    counted a decade ago" against "the census counted 211,746 females")."""
    if c.kind != "proportion" or "whole" not in c.roles or "part" not in c.roles:
        return True
    whole, part = article.extraction.quantity(c.roles["whole"]), article.extraction.quantity(c.roles["part"])
    if age_bound(article, part):
        return False  # "People aged 70 and over total 4,280, or 19%": 70 is an age, no part
    named = _PART_OF.match(article.after(part, 40)) if re.search(r"\btotal\b", c.about or "") else None
    if named and thing_of(whole) and _canonical(_singular(named.group(1).lower())) != _canonical(thing_of(whole)):
        return False  # "13,200 of the ballots, close to a quarter of the total": the total of ballots, not of electors
    if _listed_item(article, whole):
        return False  # "340 girls and 272 boys" ... "one in eight pupils": 272 is one part of the pupils
    whole_year, part_year = _own_year(article, whole), _own_year(article, part)
    now = article.published.year if article.published else None
    # only a whole its own words date to a past year is another time's ("the 227,100 counted a decade ago"): a
    # date elsewhere in its sentence ("founded in 2019, ... now has 2.4 million users") dates something else
    return whole_year is None or now is None or whole_year >= now - 1 or part_year is not None and \
        abs(part_year - whole_year) <= 1


def _own_year(article: Article, q: Quantity) -> int | None:
    """The year of a date written right beside q in its clause ("318,540 counted a decade ago", "in 2014,
    318,540"), or None."""
    for d in article.in_sentence(q.sentence):
        if d.kind != "date" or not d.resolved or not re.match(r"\d{4}", str(d.value)):
            continue
        a, b = (q.span[1], d.span[0]) if d.span[0] >= q.span[1] else (d.span[1], q.span[0])
        gap = article.text[a:b]
        if len(gap) <= 30 and not re.search(r"[,;:()]", gap):
            return int(str(d.value)[:4])
    return None


def _listed_item(article: Article, q: Quantity) -> bool:
    """Whether q stands in a list of figures of its unit joined by "and" ("340 girls and 272 boys"):
    one of several parts, no whole."""
    mine = article.in_sentence(q.sentence)
    k = mine.index(q) if q in mine else -1
    for j in (k - 1, k + 1):
        if 0 <= j < len(mine) and k >= 0:
            o = mine[j]
            if o.unit != q.unit or o.kind != q.kind:
                continue
            a, b = (o, q) if j < k else (q, o)
            if _LIST_GAP.fullmatch(article.text[a.span[1]:b.span[0]]):
                return True
    return False


_LIST_GAP = re.compile(r",?\s+and\s+", re.I)
