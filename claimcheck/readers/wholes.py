"""Shares of a whole stated elsewhere: the part and its share in one sentence, the whole in another."""

from __future__ import annotations

from ..article import Article, _canonical, _singular, thing_of
from ..models import Quantity
from ..patterns import re
from ..vocab import COLLECTIONS, WHOLE_SYNONYMS
from . import claim, reader
from .share_parts import _holder, fitting

# Words that may stand between a part, its comma and the share that restates it:
# "$4.5 million over three years, about a quarter of"; "2,150, or 27%"; "€640m ..., equivalent to 20% of".
_LINK = frozenset("or roughly about around some nearly almost close to equivalent equal representing accounting for "
                  "amounting just over under more less than which is was a an and made make makes making up "
                  "accounted accounts represented represents meaning covering comprising well little bit slightly".split())
# Verbs that, after "and", make the share a restatement of the clause's subject ("58,000, up 17%, and
# made up 36% of the total")
_VERBS = frozenset("made make makes accounted accounts represented represents comprising equal equivalent".split())
_RESTATING = frozenset("representing accounting amounting equivalent making comprising".split())
# Words that open a leading clause whose figures are not the main clause's subject: "Asked to pick up to
# two priorities, 57% of ..."; "When 400 staff left, 12% of ...".
_LEADING = frozenset("asked given when after although though while if since because as once before until unless "
                     "having compared".split())
# "the total", "the overall total as flights returned", "that figure", "this sum": the whole is the total the
# text has just given (a pointer says so as plainly as "the total")
_TOTAL = re.compile(r"^(?:the\s+|that\s+|this\s+)?(?:overall\s+|grand\s+|combined\s+)?(?:total|whole|figure|sum|"
                    r"amount)(?:\s*$|\s+(?:as|when|while|after|"
                    r"before|because|since|and|but|in|for|last|this|that|which|with|at|on|by|so|from|of\s+(?:it|them|that|"
                    r"those))\b)", re.I)
_BACK = re.compile(r"^(?:them|those|these|whom)$")  # "9,700 of them"
_BARE_LEAD = re.compile(r"(?:^|[.;]\s*)(?:of|among)\s+(?:those|them|these)\s*,\s*$", re.I)  # "Of those, 682"
_FILLER = frozenset("the a an its their his her of in on for and total annual yearly overall".split())
_LEAD = re.compile(r"^\s*(?:of|among)\s+(?:the|those|these)\s+(?P<words>[a-z][a-z\s-]*?)\s*,\s*$", re.I)
# "of those asked", "of respondents", "of the people polled": the sample of a survey stated before
_ASKED = re.compile(r"^(?:(?:those|the\s+people|the\s+ones|people)\s+(?:asked|polled|surveyed|questioned|interviewed|"
                    r"sampled|who\s+(?:responded|answered|replied|took\s+part))|(?:the\s+|all\s+)?respondents)$", re.I)
_SURVEY = frozenset("poll polled polling survey surveyed surveys asked questioned interviewed sample sampled "
                    "respondents canvassed".split())
# "<part> of its customers, <share>": the part names its whole after it
_OWNED_WHOLE = re.compile(r"\s+of\s+(?P<d>(?:its|their|the|our|his|her)\s+[a-z][a-z\s-]{2,40}?)\s*[,(\u2014\u2013]")
_NOW = frozenset({"now", "currently", "still", "today"})  # "Of the cases still open": this year's whole
_CROWDED = 24  # quantities in a sentence past which it is read as a table
_PART_KINDS = ("count", "money", "measure")
_SHARE_KINDS = ("percent", "fraction")


@reader("shares-of-wholes")
def read(article: Article):
    """A share and its part in one sentence, their whole stated in another sentence.

    Shapes:
      - a part pointing back: "The district counts 88,000 homes. Roughly 9,700 of them still burn
        coal, or 11%"; "Of the cases still open, 2,150, or 27%, ..." (the whole
        is the larger count, of the same year, in the nearest earlier sentence that has one; a count
        before the pointer in its own sentence comes first: "3,900 tenants were in arrears, and 780 of
        them, one in five, ...");
      - a part and its share of a whole named in words: "The 500,000-tonne shortfall, almost a fifth
        of last year's harvest" (last year's 2.6 million tonnes, stated earlier); "will cost $4.5
        million, about a quarter of the yearly parks budget"; "€640m, equivalent to 20% of total
        revenue" (the whole found by what it measures, its owner and its year; synonyms of the
        measure in vocab.MEASURE_GROUPS);
      - a share of what a named party holds, given as "N of the M" elsewhere: "won 31 of the 60
        seats" ... "gives the League 52% of the seats"; "its 270 Deli shops" ... "Deli shops now
        make up 30% of the chain's shops" (the chain's 900 shops).
      - a share "of the total": the total just given, as the whole of a sibling share named in words
        ("$88.4 million, nearly a third of the operating budget. ... $47.9 million, roughly a sixth of the
        total") or the larger levels of the nearest earlier sentence ("Sales rose to ¥654 billion. ...
        ¥218 billion, or about a third of the total"; "reached 58,000, up 17%, and made up 36% of the total");
      - a bare pointer: "employs 2,350 nurses. Of those, 940, or 40 per cent, ...";
      - a share restating the one amount of the sentence before ("Some 2,075 permits went to ... That is
        around one in seven of the total"), or joined to it by "and" ("contributed 3.3 million barrels and made
        up 19% of the total"); "the total" far back is the one total the article opens on;
      - a share followed by its amount: "One in four admissions, 2,630 in all, were ..." (the admissions stated
        before: "admitted 10,480 patients"); "A sixth of them, about 600,000, ..." (the whole the pointer
        reaches); "A third of the 2,700 apprentices, some 900, ..." (the whole in the share's own phrase);
      - a share set off after "N of the M" with no "or": "rejected 312 of the 1,560 claims — a fifth —";
      - a cut restated as a share: "will cut 1,300 jobs, 25% of its workforce" (the linker's reading of the
        share as the cut's size set aside);
      - "Of the <things>, N, or P%" and "N of those <things>" paragraphs after the one count of the things;
      - a share set off after the one earlier count of its things, that count shared out in its own sentence too
        ("serves 48,000 homes, about half of them north of the river" ... "Some 9,600 homes, roughly one in five");
      - "a <share> majority" given to a party named with its "N of the M" before: "won 41 of the 60 seats" ...
        "gives the League a two-thirds majority" (at least the share: a threshold passed).
    Refuses: two candidate wholes of different sizes; a figure in a leading clause ("Asked to pick up to
    two priorities, 57% of ...") or in a list before "and" ("42 dlrs in cash, ..., and one-fifth of a share"); a whole smaller than its part; an earlier level
    ("up from 880") or a year other than the part's ("last year the backlog stood at 4,000"); for "the total", a
    figure another is compared with ("18% more than the 3.5 lakh a year earlier", "against", "versus") and a
    past year's level when the part's year has one too (which of the two is meant?); a part
    introduced as a part ("of which $2 million"); a share with no part in its sentence and no named
    party holding "N of the M".

    Also refuses the wholes share-parts refuses (share_parts.whole_fits: a whole dated to a past year, an
    item of an "and" list, a total of other things than the part names).
    """
    yield from fitting(article, _read(article))


def _read(article: Article):
    """The claims before whole_fits's filter."""
    taken = set()
    for c in article.extraction.claims:
        if c.kind == "proportion" and "whole" in c.roles and "share" in c.roles:
            taken.add(c.roles["share"])
    about = {c.roles["share"]: c for c in article.extraction.claims
             if c.kind == "proportion" and "share" in c.roles}
    for share in article.quantities:
        if share.kind in _SHARE_KINDS and share.id in taken and share.id in about and isinstance(share.value, float):
            found = _aside_part(article, share, about[share.id])
            if found is not None:  # "A quarter of the 3,180 nurses, some 795, ...": the part set off after the whole
                yield claim("proportion", {"share": share, "part": found[0], "whole": found[1]}, cue="of",
                            about=about[share.id].about)
            continue
        if share.kind not in _SHARE_KINDS or share.id in taken or not isinstance(share.value, float):
            continue
        if len(article.in_sentence(share.sentence)) > _CROWDED:
            continue  # a table or a list of figures, not a sentence that restates one
        moved = article.roles_of(share) & {("change", "from"), ("change", "to"), ("change", "by")}
        if moved and (moved != {("change", "to")} or _apposed_part(article, share) is None):
            cut = _restated_cut(article, share) if moved == {("change", "by")} else None
            if cut is not None:  # "will cut 1,400 jobs, 35% of its workforce": the cut restated as a share
                whole = _whole_of(article, share, cut[0], cut[1])
                if whole is not None:
                    yield claim("proportion", {"share": share, "part": cut[0], "whole": whole}, cue="of", about=cut[1])
            continue  # a level a share rose to is still a share of the whole when it restates a part
        linked = about.get(share.id)
        if linked is not None and linked.cue == "stake" and linked.about == "majority" and "part" not in linked.roles:
            found = _majority_held(article, share)
            if found is not None:  # "gives the Pellworth bloc a two-thirds majority" after its "38 of the 57 seats"
                yield claim("proportion", {"share": share, "part": found[0], "whole": found[1]}, cue="of",
                            about="majority", sentence=share.sentence)
            continue
        part = article.extraction.quantity(linked.roles["part"]) if linked and "part" in linked.roles else None
        description = linked.about if linked and linked.about and not re.search(r"\d", linked.about) and (
            linked.cue in ("of", "apposition") or article.after(share, len(linked.about) + 4).lower().lstrip()
            .startswith("of " + linked.about.lower())) else None  # "P% of <the whole>", whatever linked the part
        mine = _apposed_part(article, share) if description is None else None
        if mine is not None and any(q.id != share.id and q.kind in _SHARE_KINDS and (other := _apposed_part(
                article, q)) is not None and other.unit == mine.unit for q in article.in_sentence(share.sentence)):
            continue  # "212, or 8.1%, against 305, or 11.6%": each share is of its own group (a sum of money
            # restated as a share beside a count restated as one is another group's)
        if part is None:
            part = _apposed_part(article, share)
            if part is not None and description is None:
                description = _noun_after(article, share)  # "23 posts, meaning roughly one in five directors"
            if part is None and description:
                part = _following_part(article, share, description)
        if part is None and description and _TOTAL.match(description):
            part = _pointed_part(article, share)  # "Some 2,075 permits went to ... That is one in seven of the total."
        if part is None and description is None:
            found = _share_then_part(article, share)  # "One in four admissions, 2,630 in all, were ..."
            if found is not None:
                part, description = found
        if part is not None and _age_like(article, part):
            continue  # "some 410 are over 55, about a fifth of the workforce": 55 is an age, not the part
        if part is not None and (counted := _counted_of(article, part)) is not None:
            # "failed 409 of the 3,720 schools — about 11% —": the share is of the part counted out of the whole
            yield claim("proportion", {"share": share, "part": counted, "whole": part}, cue="of", about=part.noun)
            continue
        if part is not None:
            if description is None and part.kind == "count":
                owned = _OWNED_WHOLE.match(article.after(part, 60))  # "1.5 million of its customers, about 48%"
                description = owned.group("d") if owned and owned.end() <= share.span[0] - part.span[1] else None
            named = _OF_COLLECTION.match(article.after(share, 40)) if description is None and part.kind == "count" \
                else None
            if named is not None:
                # "310 firefighters, about one in eight of the force": the one earlier count of the part's things
                found = _collection_of(article, part, named.group("d"))
                if found:
                    yield claim("proportion", {"share": share, "part": part, "whole": found[0]}, cue="of",
                                about=named.group("d"))
                continue
            whole = _whole_of(article, share, part, description)
            if whole is not None:
                yield claim("proportion", {"share": share, "part": part, "whole": whole}, cue="of", about=description)
            continue
        if description:
            found = _held(article, share, description)
            if found is not None:
                yield claim("proportion", {"share": share, "part": found[0], "whole": found[1]}, cue="of",
                            about=description, sentence=share.sentence)


# Nouns a number labels rather than counts: "grades one to three", "stage 2", "level four", "pages 10-12".
_LABEL_NOUNS = frozenset("""grade grades level levels tier tiers stage stages phase phases category categories band bands
    round rounds section sections chapter chapters article articles clause clauses page pages number no step steps
    class year-group key""".split())


def labelled(article: Article, q: Quantity) -> bool:
    """q is a label a noun before it gives ("at grades one to three", "in category 4"), not an amount."""
    if q.kind != "count" or thing_of(q) is not None:
        return False
    before = article.words_before(q, 3)
    while before and before[-1] in ("one", "two", "three", "four", "five", "to", "and", "or", "-"):
        before.pop()
    return bool(before) and before[-1] in _LABEL_NOUNS


_COPULAS = frozenset("is are was were be been being aged age".split())


def _age_like(article: Article, q: Quantity) -> bool:
    """A bare number after "aged" or after a copula and a bound ("are over 55", "were under 30"): an age or a
    threshold the clause's subject passes, not a count of things."""
    if q.kind != "count" or thing_of(q) is not None or q.noun:
        return False
    before = article.words_before(q, 2)
    return before[-1:] == ["aged"] or len(before) == 2 and before[0] in _COPULAS and before[1] in (
        "over", "under", "above", "below")


def _apposed_part(article: Article, share: Quantity) -> Quantity | None:
    """The amount a share restates: the nearest amount before it in its clause, a comma or dash between
    and only linking words after it ("2,150, or 27%"; "9,700 of them ..., or 11%")."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    j = k - 1
    skipped = set()
    j = _share_noun_lead(toks, j)
    while j >= 0 and toks[j].is_word and toks[j].low in _LINK:
        skipped.add(toks[j].low)
        j -= 1
    if j >= 0 and toks[j].q is not None and "and" in skipped and skipped & _VERBS:
        return _joined_part(article, toks[j].q)  # "contributed 3.3 million barrels and made up 19% of the total"
    if j < 0 or toks[j].text not in (",", "—", "–", "-", "("):
        return None
    if "and" in skipped and not skipped & _VERBS:
        return None  # "42 dlrs in cash, ... and one-fifth of a share": a list, not a restatement
    words = 0
    # a participle restates the clause's subject however long its predicate: "287,000 rides were taken on
    # reduced tickets by pupils, retirees and ..., accounting for about 35 per cent"
    reach = 24 if skipped & _RESTATING else 12
    for i in range(j - 1, -1, -1):
        t = toks[i]
        if t.text in (";", ":") or words > reach:
            return None
        if t.q is not None:
            if labelled(article, t.q):
                continue  # "passed at levels one to three": a label, no amount
            moved = article.roles_of(t.q) & {("change", "by"), ("change", "from"), ("range", "low"), ("range", "high")}
            if t.q.kind in _SHARE_KINDS and not moved:
                return None
            if t.q.kind in _PART_KINDS and isinstance(t.q.value, float) and not moved:
                return None if _in_leading_clause(toks, i) else t.q
            continue  # a duration, a date, or a change's size or start: "58,000, up 17% from 49,600, and made up"
        if t.is_word:
            words += 1
    return None


# Nouns that name a share as a share: ", a rate of 60%", ", a share of about a fifth", ", a pass rate of 85%".
_SHARE_NOUNS = frozenset("rate share proportion percentage fraction".split())


def _share_noun_lead(toks, j: int) -> int:
    """The index before "a [word] <share noun> of" standing right before a share (j is the token before the
    share), or j when there is none."""
    start = j
    while j >= 0 and toks[j].low in _SOFTENERS:
        j -= 1  # "a share of about 25%"
    if j < 2 or toks[j].low != "of" or toks[j - 1].low not in _SHARE_NOUNS:
        return start
    i = j - 2
    if i >= 0 and toks[i].is_word and toks[i].q is None and toks[i].low not in ("a", "an"):
        i -= 1  # "a pass rate of", "an approval rate of"
    return i - 1 if i >= 0 and toks[i].low in ("a", "an") else start


_SOFTENERS = frozenset("about around roughly some nearly almost just over under approximately close".split())
_POINTER_PHRASE = re.compile(r"(?:them|those|these)(?:\s+(?P<w>[a-z][a-z\s-]{2,30}))?", re.I)


def _aside_part(article: Article, share: Quantity, linked) -> tuple[Quantity, Quantity] | None:
    """The part set off right after "<share> of <whole>" when the linker gave the share its whole but no part:
    "A quarter of the 3,180 nurses, some 795, ..."; "Two-thirds of its 900 stores — 600 in all — ..."."""
    if "part" in linked.roles or "whole" not in linked.roles:
        return None
    whole = article.extraction.quantity(linked.roles["whole"])
    if whole is None or whole.kind != "count" or whole.sentence != share.sentence or whole.span[0] < share.span[1]:
        return None
    phrase = re.match(r"\s+of\s+(?P<d>(?:[^,;:()\u2014\u2013]|(?<=\d)[,.](?=\d))+)$", article.text[share.span[1]:whole.span[1]])
    if phrase is None:
        return None
    part = _following_part(article, share, phrase.group("d"))
    if part is None or part.span[0] < whole.span[1]:
        return None
    if thing_of(part) and thing_of(whole) and thing_of(part) != thing_of(whole):
        return None  # "a quarter of the 3,180 nurses, some 200 doctors": another thing
    return part, whole


_OF_OWNED = re.compile(r"\s+of\s+(?P<d>(?:its|their|the|his|her|our)\s+[a-z][a-z-]{2,30}(?:\s+[a-z][a-z-]{2,30})?)"
                       r"\s*(?:[,.;\u2014\u2013]|$)")


def _restated_cut(article: Article, share: Quantity) -> tuple[Quantity, str] | None:
    """A share the linker read as a change's size that restates the size before it: "will cut 1,400 jobs, 35%
    of its workforce" (the same verb's object, a comma and linking words between, "of <its whole>" after the
    share); the part and the description of its whole."""
    named = _OF_OWNED.match(article.after(share, 50))
    if named is None:
        return None
    toks = article.tokens(share.sentence)
    j = article.token_index(share) - 1
    while j >= 0 and toks[j].is_word and toks[j].low in _LINK and toks[j].low != "and":
        j -= 1
    if j < 1 or toks[j].text != "," or toks[j - 1].q is None:
        return None
    part = toks[j - 1].q
    if part.kind not in _PART_KINDS or not isinstance(part.value, float):
        return None
    cues = {c.cue for c in article.extraction.claims if c.kind == "change" and c.roles.get("by") == part.id}
    mine = {c.cue for c in article.extraction.claims if c.kind == "change" and c.roles.get("by") == share.id}
    if not cues or cues != mine:
        return None  # the share is the size of another change
    return part, named.group("d")


def _counted_of(article: Article, whole: Quantity) -> Quantity | None:
    """The N of "N of the M" / "N out of M" when ``whole`` is its M and N stands right before it."""
    for c in _out_of_by_whole(article).get(whole.id, ()):
        if "part" in c.roles and "share" not in c.roles:
            part = article.extraction.quantity(c.roles["part"])
            if part is not None and part.span[1] <= whole.span[0] and part.kind == whole.kind == "count":
                return part
    return None


def _out_of_by_whole(article: Article) -> dict[str, list]:
    """The "out of" proportions by the id of their whole, in text order: indexed once per article model,
    so that each share does not walk every claim of a long article."""
    index = article.memo.get("out_of_by_whole")
    if index is None:
        index = article.memo["out_of_by_whole"] = {}
        for c in article.extraction.claims:
            if c.kind == "proportion" and c.cue == "out of" and "whole" in c.roles:
                index.setdefault(c.roles["whole"], []).append(c)
    return index


def _following_part(article: Article, share: Quantity, description: str) -> Quantity | None:
    """The count a share "of <whole>" restates right after its description, set off as an aside: "61% of
    respondents, 700 nurses in all, said"; "a third of the people polled — some 1,600 commuters —"."""
    said = re.match(r"\s+of\s+" + re.escape(description) + r"\b", article.after(share, len(description) + 12), re.I)
    if said is None:
        return None
    toks = article.tokens(share.sentence)
    end = share.span[1] + said.end()
    j = next((i for i in range(article.token_index(share) + 1, len(toks)) if toks[i].start >= end), len(toks))
    if j >= len(toks) or toks[j].text not in (",", "—", "–", "("):
        return None
    j += 1
    while j < len(toks) and toks[j].is_word and toks[j].low in _LINK:
        j += 1
    if j >= len(toks) or toks[j].q is None or toks[j].q.kind != "count" or not isinstance(toks[j].q.value, float):
        return None
    rest = [t.low for t in toks[j + 1:j + 3]]
    if rest[:1] in ([","], ["—"], ["–"], [")"], [";"], ["."]) or rest in (["in", "all"], ["in", "total"], ["altogether"]):
        return toks[j].q
    return None


# Verbs whose object is what the subject brought to a whole, not a change of its own: "Offshore fields added
# 3.3 million barrels", "the unit contributed $3m".
_CONTRIBUTED = frozenset("added contributed brought supplied provided generated".split())


def _joined_part(article: Article, q: Quantity) -> Quantity | None:
    """The amount right before "and made up / and accounted for <share>": the clause's own amount, unless it
    is a change's start or a change's size (a contribution read as a change's size is an amount)."""
    if q.kind not in _PART_KINDS or not isinstance(q.value, float):
        return None
    changes = [c for c in article.extraction.claims if c.kind == "change" and q.id in c.quantities]
    if any(set(c.roles) != {"by"} or c.cue not in _CONTRIBUTED for c in changes):
        return None  # "rose by 400 units and made up 12%": the share is of the level, not the rise
    return q


# A sentence that restates the one amount of the sentence before as a share: "That is around one in seven of
# the total", "This represents 12% of the total", "Those make up a fifth of the total".
_POINTER_OPEN = re.compile(r"^\W*(?:that|this|those|these|they|it)(?:'s|’s|\s+(?:is|was|are|were|represents?|"
                           r"represented|makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|amounts?\s+to|"
                           r"amounted\s+to|comes?\s+to|came\s+to|equals?|equalled|equaled))\b", re.I)


def _pointed_part(article: Article, share: Quantity) -> Quantity | None:
    """The part a share restates from the sentence before, when the share's sentence opens on a pointer and a
    linking verb ("That is around one in seven of the total") and the sentence before holds one amount."""
    index = share.sentence
    if index == 0 or article.in_sentence(index)[0].id != share.id:
        return None
    if not _POINTER_OPEN.match(article.text[article.sentences[index][0]:share.span[0]]):
        return None
    amounts = [q for q in article.in_sentence(index - 1) if q.kind in _PART_KINDS and isinstance(q.value, float)]
    if len(amounts) != 1 or article.roles_of(amounts[0]) & {("change", "from"), ("change", "by"), ("change", "to")}:
        return None
    return amounts[0]


_TALLY_WORDS = frozenset({"in", "all", "total", "altogether", "overall", "of", "them", "those", "people"})
_NOUN_LEAD = frozenset({"of", "the", "all", "its", "their", "his", "her", "this", "last", "year's", "year’s"})


def _share_then_part(article: Article, share: Quantity) -> tuple[Quantity, str] | None:
    """A share of a named thing followed by its amount set off by commas or dashes: "One in four admissions, 2,630
    in all, were of children under five"; "A third of the flights — 212 in total — left late"; "Nearly half the
    applicants, 3,400 people, were turned away". Gives the amount and the thing named ("births")."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    words = []
    j = k + 1
    while j < len(toks) and toks[j].is_word and len(words) < 5:
        words.append(toks[j].low)
        j += 1
    nouns = [w for w in words if w not in _NOUN_LEAD]
    if not nouns or len(nouns) > 2 or j + 1 >= len(toks) or toks[j].text not in (",", "—", "–", "("):
        return None
    q = toks[j + 1].q
    if q is None or q.kind not in _PART_KINDS or not isinstance(q.value, float) or article.roles_of(q) & {
            ("change", "from"), ("change", "by"), ("change", "to")}:
        return None
    m = j + 2
    while m < len(toks) and toks[m].is_word and toks[m].low in _TALLY_WORDS:
        m += 1
    if m >= len(toks) or toks[m].text not in (",", "—", "–", ")"):
        return None
    if any(x.kind in _SHARE_KINDS for x in article.in_sentence(share.sentence) if x.id != share.id):
        return None  # several shares in one sentence: each may be of its own group
    return q, " ".join(words)


def _noun_after(article: Article, share: Quantity) -> str | None:
    """The plural noun a share names right after it, with no "of": "one in five directors", "two in five
    households" (None for "one in five of", "a third, ...", or a word that is no plural noun)."""
    if share.kind != "fraction":
        return None
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    if k + 1 >= len(toks) or not toks[k + 1].is_word:
        return None
    word = toks[k + 1].text
    if not word.islower() or not word.endswith("s") or word.endswith(("ss", "us", "is")) or len(word) < 4 \
            or word in _NOT_NOUNS:
        return None
    return word


_NOT_NOUNS = frozenset("was is has does goes always perhaps less its this thus".split())


def _in_leading_clause(toks, i: int) -> bool:
    """Token i stands in a clause that opens the sentence with a participle or subordinator and ends at the
    first comma ("Asked to pick up to two priorities, 57% of ..."): its figures are no subject of the share."""
    first = next((t for t in toks if t.is_word), None)
    if first is None or first.low not in _LEADING:
        return False
    return not any(t.text == "," for t in toks[:i])


# A sentence opening on the total it then shares out, with no figure of its own: "Of the total, ...", "Of that
# total, ...", "Of this year's total, ...".
_TOTAL_OPENER = re.compile(r"^\W*(?:of|out\s+of)\s+(?:the|that|this|its|their)\s+(?:[a-z]+['’]s\s+)?"
                           r"(?:overall\s+|grand\s+|combined\s+)?total\s*,\s*$", re.I)


def _whole_of(article: Article, share: Quantity, part: Quantity, description: str | None) -> Quantity | None:
    start = article.sentences[part.sentence][0]
    if part.sentence == share.sentence and _TOTAL_OPENER.match(article.text[start:part.span[0]]):
        # "Of the total, 287,000 rides were ..., about 35% of all journeys": the sentence names its whole
        # before the part, as the total just given; the share's own words only restate it
        found = _total_before(article, part)
        return found[0] if found and len({float(q.value) for q in found}) == 1 else None
    opening = article.opening_whole(part.sentence) if description is None else None
    if opening is not None and opening.span[0] < part.span[0] and opening.unit == part.unit \
            and float(opening.value) > float(part.value):
        return opening  # "Of the utility's 380,000 customers, 91,000, or nearly a fifth, ..."
    lead = _LEAD.match(article.before(part, 80))
    present = bool(_NOW & {*article.words_before(part, 8), *article.words_after(part, 4)})
    holder = _holder(article, part) if part.kind == "count" and description is None else None
    owned = _owned_noun(article, part) if part.kind == "count" and description is None else None
    if holder is not None:
        # "runs 62 buses, of which 18 are electric, just under a third": the figure the part is one of
        found = [holder]
    elif part.kind in ("money", "measure") and (said := _AMOUNT_POINTER.match(article.after(part, 40))):
        # "generated $1.4 billion of that, or about 40 per cent"; "480 km of that network, more than a fifth": the
        # amount the pointer reaches in the sentence before
        found = _amount_before(article, part)
    elif owned is not None:
        # "grounded 12 of its 48-seat planes", "rated 29 of the trust's schools": the earlier count of that thing
        found = article.wholes_before(part, words=frozenset({owned}), present=present) or _far_count(article, part, owned)
    elif part.kind == "count" and _points_back(article, part):
        after = article.words_after(part, 3)
        named = frozenset(after[2:3]) if after[1:2] in (["those"], ["these"]) and after[2:3] and _plural_noun(after[2]) \
            else frozenset()  # "38 of those buses": a count of buses, not the trips of the sentence before
        own = _own_antecedent(article, part, named)
        found = own if own is not None else article.wholes_before(part, words=named, present=present)
        noun = after[2:3]
        if not found and not present and noun and noun[0].isalpha():
            found = _far_count(article, part, noun[0])  # "Some 900 of those nurses" paragraphs on
    elif part.kind == "count" and lead:
        words = frozenset(lead.group("words").lower().split())
        found = article.wholes_before(part, words=words - _NOW, present=present)
        if not article.is_dated(part) and article.published:  # "Of the nurses" are today's nurses, not 2019's
            found = [q for q in found if not article.is_dated(q) or (article.year_of(q) or 0) >= article.published.year]
        if not found and not present:  # "Of the nurses, 900, ..." paragraphs after "The region has 3,600 nurses"
            found = _far_count(article, part, lead.group("words").split()[-1])
        if not found:  # "Of those on the waiting list, 2,950 ..." after "a waiting list of 38,440 people"
            found = [q for q in article.counts_named(lead.group("words").split()[-1])
                     if q.sentence < part.sentence and float(q.value) > float(part.value)]
    elif part.kind == "count" and _BARE_LEAD.search(article.before(part, 40)):
        found = article.wholes_before(part, present=present)  # "Of those, 682, or 48 per cent"
    elif part.kind == "count" and description is None and _bare_apposed(article, part, share):
        found = _sole_earlier_count(article, part)  # "Yet 214,300 households, or 36 per cent, ..."
        if not found:
            found = _sibling_whole(article, part, share)  # "In maths the figure was 2,430, or 41%"
    elif part.kind == "count" and description is None and thing_of(part) and thing_of(part) not in _NOT_WHOLES \
            and part.sentence == share.sentence and part.span[0] < share.span[0] \
            and not any(q.id != share.id and q.kind in _SHARE_KINDS for q in article.in_sentence(share.sentence)):
        # "Some 12 pupils reached level 4 and above, about 30 per cent": the one earlier count of the part's things
        found = _sole_earlier_count(article, part)
    elif part.kind == "count" and description and _ASKED.match(description):
        found = _sample_before(article, part)
    elif description and _TOTAL.match(description):
        found = _total_before(article, part)
        if not found and part.kind == "count" and thing_of(part):
            found = _sole_earlier_count(article, part)  # "Some 62 residents, 12% of the total": the residents counted before
    elif part.kind == "count" and description and (pointer := _POINTER_PHRASE.fullmatch(description)) \
            and part.sentence == share.sentence and part.span[0] > share.span[1]:
        # "A quarter of them, some 2,000, ...", "One in five of those households — about 900 — ...": the
        # whole the pointer refers back to (with a noun, a count of that thing)
        words = frozenset((pointer.group("w") or "").lower().split())
        found = article.wholes_before(part, words=words - _NOW, present=present)
    elif description and not _own_noun(description, part) and not re.match(r"(?:them|those|these|that|this|each|either)\b", description, re.I):
        # figures after the part in its own sentence ("..., while the remaining 21 ...") are no whole of it,
        # and left out before the latest year's candidates are chosen; the whole is one the text has given
        # already, and no part of a whole a sentence opens on ("Of the 315 apprentices, 287 ...")
        later = frozenset(q.id for q in article.in_sentence(part.sentence) if q.span[0] >= part.span[0])
        found = article.wholes_named(description, part, exclude=later | {share.id}, at_least=float(part.value))
        found = [q for q in found if q.span[0] < part.span[0] and not _share_of_opening(article, q)
                 and not _restated_as_share(article, q)]
        found = _narrow(article, description, found)  # "its total fleet": the count said of a fleet, not of a network
        if not found and part.kind == "count":
            found = _collection_of(article, part, description)  # "11 library closures, half of the network"
    else:
        return None
    if not found or len({float(q.value) for q in found}) > 1:
        return None
    return found[0]


# Nouns for the whole set of some things, whatever the things: "half of the network" (of libraries),
# "a third of its fleet" (of buses), "a fifth of the estate" (of homes).
_COLLECTIONS = COLLECTIONS


_OF_COLLECTION = re.compile(r"\s+of\s+(?P<d>(?:the|its|their|his|her)\s+(?:whole\s+|entire\s+)?(?:"
                            + "|".join(sorted(_COLLECTIONS, key=len, reverse=True)) + r"))\b", re.I)


def _restated_as_share(article: Article, q: Quantity) -> bool:
    """q is set off as a share of something itself: "the loan book reached $780m, equal to 63% of deposits",
    "2,150, or 27% of the total" (a part, not the whole a later share is of)."""
    toks = article.tokens(q.sentence)
    k = article.token_index(q)
    for j in range(k + 1, min(len(toks) - 1, k + 6)):
        t = toks[j]
        if t.q is not None:
            return t.q.kind in _SHARE_KINDS and toks[j + 1].low == "of"
        if t.is_word and t.low not in _LINK:
            return False
    return False


def _plural_noun(word: str) -> bool:
    """A word that may name the things "of those <word>" counts: a plural ("buses", "people"), not a participle
    ("of those asked", "of those polled")."""
    return word in _PLURALS or word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_PLURALS = frozenset("people children men women staff police cattle sheep".split())


def _collection_of(article: Article, part: Quantity, description: str) -> list[Quantity]:
    """The whole a share "of the network" names, when the part says what the collection holds: "11
    library closures, more than half of the network" against "The county runs 27 libraries" (the one
    earlier count, larger than the part, of a word of the part's noun)."""
    words = [w for w in re.findall(r"[a-z-]+", description.lower()) if w not in _FILLER]
    if len(words) != 1 or words[0] not in _COLLECTIONS or not part.noun:
        return []
    for word in part.noun.lower().split():
        thing = _singular(word)
        # "920 grower-members" counts growers too
        counted = [q for q in article.counts_of(thing) if q.id != part.id and q.sentence < part.sentence] or [
            q for q in article.quantities if q.kind == "count" and thing_of(q) and "-" in thing_of(q)
            and thing in thing_of(q).split("-")]
        earlier = [q for q in counted if q.id != part.id and q.sentence < part.sentence
                   and q.kind == "count" and isinstance(q.value, float) and float(q.value) > float(part.value)
                   and not article.is_named_part(q) and not article.is_aim(q)
                   and not article.roles_of(q) & {
                       ("change", "from"), ("change", "by"), ("proportion", "part")}]
        if earlier:
            return earlier if len({float(q.value) for q in earlier}) == 1 else []
    return []


def _share_of_opening(article: Article, q: Quantity) -> bool:
    """q is a part of the whole its sentence opens on ("Of the 315 apprentices in the intake, 287 qualified ..."):
    no whole of its own."""
    whole = article.opening_whole(q.sentence)
    return whole is not None and whole.id != q.id and whole.unit == q.unit and float(q.value) < float(whole.value)


def _own_antecedent(article: Article, part: Quantity, named: frozenset[str]) -> list[Quantity] | None:
    """The counts "N of them" may point back to in its own sentence: "5,300 people were waiting, and 1,060
    of them had waited a year"; "It trained 410 volunteers last spring; 96 of those later joined" (the clause
    before, not the sentence before). None when the sentence gives no count larger than the part before it,
    so the pointer reaches back to earlier sentences; the counts themselves otherwise, whatever their number
    (two of different sizes leave the whole unsure, and nothing further back is taken)."""
    groups = {_canonical(_singular(w)) for w in named}
    found = []
    for q in article.in_sentence(part.sentence):
        if q.span[1] > part.span[0] or q.kind != "count" or not isinstance(q.value, float) \
                or float(q.value) <= float(part.value):
            continue
        if article.roles_of(q) & {("proportion", "part"), ("change", "from"), ("change", "by")}:
            continue
        if groups and thing_of(q) and _canonical(thing_of(q)) not in groups:
            continue
        found.append(q)
    return found or None


_OWNER = re.compile(r"^\s+of\s+(?:its|their|his|her|our|the\s+[a-z][a-z-]*['’]s?)\s+(?P<noun>[a-z][a-z-]+)\b", re.I)


def _owned_noun(article: Article, part: Quantity) -> str | None:
    """The plural noun of "N of its <things>" / "N of the <owner>'s <things>" right after a bare count, with no
    figure of its own: the things an owner stated before has ("operates 48 aircraft ... 12 of its aircraft")."""
    m = _OWNER.match(article.after(part, 50))
    if m is None or thing_of(part) is not None:
        return None
    noun = m.group("noun").lower()
    return noun if _plural_noun(noun) else None


_AMOUNT_POINTER = re.compile(r"^\s+of\s+(?:that|it|this|those|these)(?:\s+(?:sum|total|amount|figure|budget|network|area|"
                             r"haul|pot|bill|spending|revenue|turnover|output|length|distance))?\s*[,\u2014\u2013(]", re.I)


def _amount_before(article: Article, part: Quantity) -> list[Quantity]:
    """The amounts, of the part's unit and larger, that a pointer after the part reaches: those of the sentence
    before (levels, not starts or sizes of changes, nor parts); several of different sizes leave it unsure."""
    if part.sentence == 0:
        return []
    found = [q for q in article.in_sentence(part.sentence - 1) if q.unit == part.unit and q.kind == part.kind
             and q.per == part.per and isinstance(q.value, float) and float(q.value) > float(part.value)
             and not article.roles_of(q) & {("change", "from"), ("change", "by"), ("proportion", "part"),
                                            ("range", "low"), ("range", "high")}]
    return found


def _points_back(article: Article, part: Quantity) -> bool:
    """The part is followed right away by "of them", "of those", "of whom"."""
    toks = article.tokens(part.sentence)
    k = article.token_index(part)
    nxt = toks[k + 1:k + 3]
    return len(nxt) == 2 and nxt[0].low == "of" and nxt[1].q is None and bool(_BACK.match(nxt[1].low))


def _total_before(article: Article, part: Quantity) -> list[Quantity]:
    """The total a share "of the total" refers to: the nearest earlier sentence (up to three back) that
    either gives a share of a whole named in words (the sibling share's whole: "$88.4 million, nearly a
    third of the operating budget. ... $47.9 million, roughly a sixth of the total") or states amounts of the
    part's unit larger than the part that are levels, not starts or sizes of changes nor parts."""
    for index in range(part.sentence, max(-1, part.sentence - 4), -1):
        named = _sibling_wholes(article, part, index)
        if named:
            return named
        found = []
        for q in article.in_sentence(index):
            if index == part.sentence and q.span[0] >= part.span[0]:
                break
            if index == part.sentence and _listed_alike(article, q, part):
                continue  # "A accounted for 15,700 homes, B for 5,200, one in six of the total": a sibling
            if _total_level(article, q, part):
                found.append(q)
        if found:
            if len({float(q.value) for q in found}) == 1:
                return [] if _other_period_total(article, part, found) else found
            break
    lede = _lede_total(article, part)
    return [] if lede and _other_period_total(article, part, lede) else lede or found


def _other_period_total(article: Article, part: Quantity, found: list[Quantity]) -> bool:
    """Whether the total found is another year's while the article states a total of the part's year too: "In
    April last year the line carried 3.1 lakh a day" after "carried 3.9 lakh a day in April", then "2.3 lakh,
    about 60% of the total" (this April's total or last April's? unsure, so neither). A past year's total with
    no rival of the part's year stays the whole: "In 2024 the port exported 5.2 million tonnes. China took ..."."""
    year = article.year_of(part)
    if year is None or all(article.year_of(q) == year for q in found):
        return False
    values = {float(q.value) for q in found}
    return any(q.sentence <= part.sentence and q.span[0] < part.span[0] and q.id != part.id
               and float(q.value) not in values and article.year_of(q) == year and _total_level(article, q, part)
               for q in article.nearby(part, 40, unit=part.unit))


def _listed_alike(article: Article, q: Quantity, part: Quantity) -> bool:
    """Whether two figures of a sentence are members of one list, each headed by the same word ("went to
    4,100 ..., to 2,900 ...", "for 15,700 homes, ... for 5,200"): neither is the other's whole."""
    head_q, head_part = article.words_before(q, 1), article.words_before(part, 1)
    return bool(head_q) and head_q == head_part and ", " in article.text[q.span[1]:part.span[0]]


def _total_level(article: Article, q: Quantity, part: Quantity) -> bool:
    """q may be the total a part is "of the total" of: an amount in the part's unit (and of its thing),
    larger than it, a level of its own (no start or size of a change, no part, share or range end)."""
    if q.unit != part.unit or q.per != part.per or not isinstance(q.value, float) or q.kind == "date" \
            or float(q.value) <= float(part.value) or article.is_named_part(q):
        return False
    if article.is_aim(q):
        return False  # "short of its target of 33,450": what was aimed at, not what the parts add up to
    if _compared_base(article, q):
        return False  # "23% higher than the 3.1 lakh a day a year earlier": what a figure is measured against
    if article.roles_of(q) & {("change", "from"), ("change", "by"), ("proportion", "part"),
                              ("proportion", "share"), ("range", "low"), ("range", "high")}:
        return False
    return not (part.unit == "count" and thing_of(part) and thing_of(q) and thing_of(part) != thing_of(q)
                and thing_of(q) not in WHOLE_SYNONYMS.get(thing_of(part), ()))  # "journeys" of the "passengers" carried


# Words before a figure that make it the base of a comparison: "higher than the", "against", "compared with".
_COMPARING = frozenset({"than", "against", "versus", "vs"})
_COMPARING_PAIRS = frozenset({("compared", "with"), ("compared", "to"), ("compares", "with"), ("relative", "to"),
                              ("as", "against")})
_BASE_DETERMINERS = frozenset("the its their his her our a an last this that year's year’s".split())


def _compared_base(article: Article, q: Quantity) -> bool:
    """q is what another figure is compared with: "21.4% higher than the 2.87 lakh a day a year earlier", "against
    3.1 million in 2024", "compared with last year's 3.1 million". A bound is no base: "more than 3,000 homes"
    (the extractor's qualifier)."""
    words = article.words_before(q, 5)
    while words and words[-1] in _BASE_DETERMINERS:
        words.pop()
    if not words:
        return False
    if words[-1] == "than":
        return not (q.qualifier in ("lower", "upper") and article.words_before(q, 1) == ["than"])
    return words[-1] in _COMPARING or tuple(words[-2:]) in _COMPARING_PAIRS


def _lede_total(article: Article, part: Quantity) -> list[Quantity]:
    """The total an article opens on: the amounts of the part's unit (and thing) in the first paragraph, larger
    than the part and levels of their own, when they have one value ("flooding an estimated 4,760 homes" ...
    "3,520 were in the valley, roughly three in four of the total")."""
    lede = article.paragraph(0)
    periods = _PERIODS & set(re.findall(r"[a-z]+", article.sentence_text(part.sentence).lower()))
    found = []
    for q in article.quantities:
        if article.paragraph(q) != lede or q.sentence >= part.sentence:
            break
        if not _total_level(article, q, part):
            continue
        before = [w for w in article.words_before(q, 3) if w not in ("the", "its", "their")]
        if before[-1:] and before[-1] in _BASES:
            continue  # "up 6.1% on the 8,940 it granted last year": the base of a comparison, no total
        if periods - set(re.findall(r"[a-z]+", article.sentence_text(q.sentence).lower())):
            continue  # "$2 billion in the quarter, 30% of the total" is no share of the year's $10 billion
        found.append(q)
    return found if len({float(q.value) for q in found}) == 1 else []


_BASES = frozenset({"on", "than", "from", "against", "versus", "over"})
_PERIODS = frozenset("quarter quarterly month monthly week weekly half day daily".split())


def _sibling_wholes(article: Article, part: Quantity, index: int) -> list[Quantity]:
    """The wholes of the shares "of <a whole named in words>" in sentence ``index``, before the part."""
    out: list[Quantity] = []
    for c in article.extraction.claims:
        if c.sentence != index or c.kind != "proportion" or c.cue not in ("of", "apposition") or not c.about \
                or _TOTAL.match(c.about) or "part" not in c.roles or c.span[0] >= part.span[0]:
            continue
        sib = article.extraction.quantity(c.roles["part"])
        if sib.unit != part.unit:
            continue
        found = _narrow(article, c.about, article.wholes_named(c.about, sib, at_least=float(part.value)))
        out.extend(found)
    return out


def _narrow(article: Article, description: str, found: list[Quantity]) -> list[Quantity]:
    """Of candidate wholes of different sizes, those with the description's words close by, if that decides."""
    if len({float(q.value) for q in found}) < 2:
        return found
    words = {_singular(w) for w in re.findall(r"[a-z]+", description.lower())} - _FILLER
    close = [q for q in found if words <= {_singular(w) for w in re.findall(
        r"[a-z]+", (article.before(q, 40) + " " + article.after(q, 40)).lower())}]
    return close if close else found


def _held(article: Article, share: Quantity, description: str) -> tuple[Quantity, Quantity] | None:
    """The part and whole of a share of what a named party holds: the party's count of the described
    thing elsewhere (an "N of the M" it is part of, or a count named with it) and the whole."""
    head = re.findall(r"[a-z]+", description.lower())
    if not head or not re.match(r"(?:the|its|their|his|her)\b", description.lower()):
        return None
    thing = _singular(head[-1])
    clause = article.tokens(share.sentence)[:article.token_index(share)]
    names = {t.text.removesuffix("'s") for k, t in enumerate(clause)
             if t.is_word and t.text[0].isupper() and k > 0} | {t.text for t in clause[:1]
                                                                 if t.is_word and t.text[0].isupper()
                                                                 and t.low not in ("the", "a", "an", "it", "its")}
    names -= {"The", "A", "An", "It", "Its", "Their", "His", "Her"}
    if not names:
        return None
    pairs = set()
    for c in article.extraction.claims:  # "taking 29 of the 54 seats"
        if c.kind != "proportion" or "part" not in c.roles or "whole" not in c.roles or c.sentence == share.sentence:
            continue
        part, whole = article.extraction.quantity(c.roles["part"]), article.extraction.quantity(c.roles["whole"])
        if thing_of(whole) == thing and names & article.names_in(c.sentence):
            pairs.add((part, whole))
    if not pairs:
        wholes = article.wholes_named(description, share)
        for q in article.nearby(share):  # "its 270 shops"
            if q.kind != "count" or q.sentence == share.sentence or thing_of(q) != thing:
                continue
            k = article.token_index(q)
            near = {w for t in article.tokens(q.sentence)[max(0, k - 3):k + 4] for w in t.text.split()}
            if names & near:
                for w in wholes_for(article, description, q):
                    pairs.add((q, w))
    if len({(float(p.value), float(w.value)) for p, w in pairs}) != 1:
        return None
    return next(iter(pairs))


def _majority_held(article: Article, share: Quantity) -> tuple[Quantity, Quantity] | None:
    """The "N of the M" a party named before "a <share> majority" won in another sentence: "The result gives the
    League a two-thirds majority" after "the Green League won 41 of the 60 seats". The one pair the party's
    name stands with, before the share (in its sentence or an earlier one); none, or pairs of other sizes, leave
    it unread."""
    clause = article.tokens(share.sentence)[1:article.token_index(share)]
    names = {t.text.removesuffix("'s").removesuffix("’s") for t in clause if t.is_word and t.text[0].isupper()}
    if not names:
        return None
    pairs = set()
    for c in article.extraction.claims:
        if c.kind != "proportion" or c.cue != "out of" or not {"part", "whole"} <= set(c.roles) \
                or c.sentence > share.sentence or c.span[1] > share.span[0] or not names & article.names_in(c.sentence):
            continue
        part, whole = article.extraction.quantity(c.roles["part"]), article.extraction.quantity(c.roles["whole"])
        if part.kind == whole.kind == "count" and isinstance(part.value, float) and isinstance(whole.value, float):
            pairs.add((part, whole))
    if len({(float(p.value), float(w.value)) for p, w in pairs}) != 1:
        return None
    return next(iter(pairs))


def wholes_for(article: Article, description: str, part: Quantity) -> list[Quantity]:
    found = article.wholes_named(description, part, at_least=float(part.value) + 1e-9)
    return found if len({float(q.value) for q in found}) == 1 else []


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _own_noun(description: str, part: Quantity) -> bool:
    """The description is only the part's own noun ("70,400 shares, or 3.2%": 'share'), naming no whole."""
    words = {_singular(w) for w in re.findall(r"[a-z]+", description.lower())} - {"the", "a", "an", "of"}
    return not words or words <= {_singular(w) for w in (part.noun or "").lower().split()}


# Things a count of which restated as a share is a share of a whole the article need not state
# ("1.2 million shares, or 5.3%" of the shares outstanding; "votes, or 36%" of the votes cast).
_NOT_WHOLES = frozenset("share stock vote ballot seat unit point".split())


# Words that only soften a share: "or about 36 per cent", "or nearly a fifth".
_ROUGHLY = frozenset("about roughly around nearly almost some approximately just close to".split())


def _bare_apposed(article: Article, part: Quantity, share: Quantity) -> bool:
    """"118,600 households, or 27 per cent" / "..., or about 27 per cent": a count of a thing, then at once
    ", or <share>" (nothing of a whole named between, at most a softening word)."""
    toks = article.tokens(part.sentence)
    k, j = article.token_index(part), article.token_index(share)
    between = [t.low for t in toks[k + 1:j]]
    thing = thing_of(part)
    return bool(thing) and thing not in _NOT_WHOLES and between[:2] == [",", "or"] \
        and set(between[2:]) <= _ROUGHLY and len(between) <= 4


def _far_count(article: Article, part: Quantity, noun: str) -> list[Quantity]:
    """The whole "of the <noun>" / "of those <noun>" names beyond the sentences a pointer reaches: the one
    earlier count of that noun, in a sentence with no other bare count ("4,760 claims in March and 3,980 in
    April": the second is a count of claims too, and the whole is unknown)."""
    found = _sole_earlier_count(article, part, noun)
    if found and any(q.id != found[0].id and q.kind == "count" and thing_of(q) in (None, thing_of(found[0]))
                     for q in article.in_sentence(found[0].sentence)):
        return []
    return found


def _sole_earlier_count(article: Article, part: Quantity, thing: str | None = None) -> list[Quantity]:
    """The one count of the part's thing (or of ``thing``, a noun naming it) stated before it in the article,
    when it is larger and a level of its own (not a start or size of a change, not itself a part or restated
    by a share); more than one earlier count of the thing (another group's, another year's) leaves the whole
    unknown."""
    thing = thing or thing_of(part)
    if thing is None:
        return []
    earlier = [q for q in article.counts_of(thing) if q.id != part.id and q.sentence < part.sentence
               and q.unit == part.unit and isinstance(q.value, float)]
    if len(earlier) != 1:
        return []
    q = earlier[0]
    # a whole its own sentence shares out stays a whole ("The water board serves 48,000 homes, about half of
    # them north of the river"); a part or a share of another whole there does not
    own = _shared_out(article, q)
    if float(q.value) <= float(part.value) or article.is_named_part(q) or article.roles_of(q) & {
            ("change", "from"), ("change", "by"), ("proportion", "part"), ("range", "low"), ("range", "high")} \
            or ("proportion", "whole") in article.roles_of(q) and not own:
        return []
    if article.is_dated(q) and article.is_dated(part) and article.year_of(q) != article.year_of(part):
        return []  # another year's count
    if any(x.kind in _SHARE_KINDS and x.id not in own for x in article.in_sentence(q.sentence)):
        return []  # "12,000 votes, or 36%": a part restated as a share, no whole
    return [q]


def _shared_out(article: Article, q: Quantity) -> set[str]:
    """The shares of q's sentence that are each of q as their whole and have no part: "48,000 homes, about
    half of them north of the river" (empty when any share there is of another whole or has a part)."""
    shares = {x.id for x in article.in_sentence(q.sentence) if x.kind in _SHARE_KINDS}
    mine = {c.roles["share"] for c in article.extraction.claims if c.kind == "proportion"
            and c.roles.get("whole") == q.id and "share" in c.roles and "part" not in c.roles}
    others = {c.roles["share"] for c in article.extraction.claims if c.kind == "proportion"
              and c.roles.get("share") in shares and (c.roles.get("whole") != q.id or "part" in c.roles)}
    return mine if shares and shares <= mine and not others else set()


def _sample_before(article: Article, part: Quantity) -> list[Quantity]:
    """The sample "those asked" refers to: the counts larger than the part stated before it in sentences
    about a poll or survey ("A poll of 2,400 residents", "surveyed 1,150 nurses"), levels of their own
    and of the part's year; counts of two sizes there leave the sample unknown."""
    year = article.year_of(part) if article.is_dated(part) else None
    found = []
    for index in article.sentences_with(_SURVEY):
        if index >= part.sentence:
            break
        for q in article.in_sentence(index):
            if q.kind != "count" or not isinstance(q.value, float) or float(q.value) <= float(part.value) \
                    or article.is_named_part(q) or article.roles_of(q) & {
                        ("change", "from"), ("change", "by"), ("proportion", "part"), ("proportion", "share")}:
                continue
            if year is None or not article.is_dated(q) or article.year_of(q) == year:
                found.append(q)
    return found


def _sibling_whole(article: Article, part: Quantity, share: Quantity) -> list[Quantity]:
    """The whole of a parallel share in the sentence just before (or the one before that): "Of the 3,200
    trainees who sat the test, 2,240, or 70%, passed the written part. In the practical the figure was
    1,900 trainees, or 59%" (both shares are of the 3,200). The earlier sentence must hold "<part> of
    <whole>, <share>" with one whole, of the part's unit and thing, larger than the part and of the same
    year, and a share of the same kind in its sentence; the nearest sentence with such a part decides, two wholes of different sizes leave it unknown."""
    for index in range(part.sentence - 1, max(-1, part.sentence - 3), -1):
        wholes = []
        for c in article.extraction.claims:
            if c.kind != "proportion" or c.sentence != index or not {"part", "whole"} <= set(c.roles):
                continue
            whole = article.extraction.quantity(c.roles["whole"])
            if whole is None or whole.sentence != index:
                continue
            wholes.append(whole)
        opening = article.opening_whole(index)  # "Of the 3,200 trainees who sat the test, 2,240, or 70%, ..."
        if opening is not None and opening.kind == "count":
            wholes.append(opening)
        if wholes and not any(q.kind in _SHARE_KINDS for q in article.in_sentence(index)):
            return []  # "N of the M" with no share beside it: no parallel share
        if not wholes:
            continue
        if len({float(w.value) for w in wholes}) != 1:
            return []
        whole = wholes[0]
        if whole.unit != part.unit or not isinstance(whole.value, float) or float(whole.value) <= float(part.value):
            return []
        mine, theirs = thing_of(part), thing_of(whole)
        if mine and theirs and _canonical(mine) != _canonical(theirs):
            return []  # "1,900 teachers, or 59%" after a share of trainees: another group
        if article.is_dated(part) and article.year_of(part) != article.year_of(whole):
            return []  # "Last year the figure was 1,900, or 59%": another year's group
        return [whole]
    return []

