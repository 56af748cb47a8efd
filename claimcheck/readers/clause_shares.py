"""Shares whose part is the one amount of their clause, wherever it stands and whatever verb joins them.

A reporter restates an amount as a share of a whole in many orders: the amount as the clause's subject
("Payroll costs of ¥8.4 billion amounted to roughly two-thirds of operating expenses"), after the share
("Policing took roughly a third of that budget, at R540 million"; "Nearly 30% of the health budget,
Sh4.5 billion, went on salaries"), or with words between ("spent $18m on repairs last year, equal to 9% of
its $400m turnover"). What stays the same is the clause: it states one amount, and the share restates it.

Shapes, each with an example:

- a share of a whole it names, in a clause with one amount: "The levy, at $71.3 million, is equivalent to
  about 1 per cent of GDP" (the economy's $6.2 billion stated before); "Royalties, C$640 million, were
  roughly a tenth of sales" (with "sales came to C$3.2 billion");
- a share whose whole is in its own phrase, with the part set off after it: "One in four of the 840
  workers were laid off, some 210 people"; "About 45% of the 26,000 pupils ..., roughly 11,700 children";
- a pointing description ("of that budget", "this year's budget"): read as the definite noun, "the budget";
- a relative clause hung on the amount, its verb one of share or of estimating: "Its 6,900 fishers, who form
  about 8% of the population"; "322 hectares, which the audit put at 23% of the green space";
- an amount of a larger amount of its unit in the clause, the share restating the pair: "produced 3.2 TWh of
  the 41 TWh generated, about 8% of the total" (the description a total, or words of the whole's own phrase).

A clause ends at ", and" as at "while" or "but" ("..., and the remaining R18m went on vans" states its own
figures); a figure set against the amount ("against 7,100 hectares in 2015") is no second amount.

The whole is the one the claim holds, or the one figure the description names (as the share-parts reader
finds it: all its words, or its head noun and measure group; "GDP", "gross domestic product" and "the
economy" name one measure).

Refuses: a clause with two amounts or none besides the whole (which one is restated?); an amount that is a
change's start or size, a range's end, a rate (per unit) or already another share's part; a bare pointer
("of them", "of that") or a description a pronoun opens ("the 2,300 objectors, 64 per cent of whom lived in
the north ward": of the objectors, its part unstated, whatever other count the sentence names); a whole not
larger than the part; two candidate wholes.
"""

from __future__ import annotations

from ..article import Article, _canonical, thing_of
from ..models import Quantity
from ..patterns import re
from ..vocab import WHOLE_FILLER, WHOLE_SYNONYMS
from . import claim, reader
from .share_parts import _annual, _whole, age_bound
from .wholes import _COLLECTIONS, _whole_of, labelled

_SHARE_KINDS = ("percent", "fraction")
_PART_KINDS = ("count", "money", "measure")
# Words that end a clause: a figure beyond them belongs to another statement.
_BREAKS = frozenset("while whereas although though but yet because since unless whereby".split())
_TIME_UNITS = ("year", "day", "month", "week", "hour", "minute", "second")
_POINTER = re.compile(r"^(?:that|this|these|those)\s+(?=[a-z])", re.I)
# A bare pointer, or a pronoun opening the description: "of whom opposed the rise", "of them in rented homes". The
# share is of what the pronoun stands for (the linker's whole), and the words after it say what the part does,
# so no other amount of the sentence is that part.
_BARE = re.compile(r"^(?:them|those|these|that|this|it|which|whom|each|either)$|^(?:them|whom|which|it)\b", re.I)
# The economy's size is written three ways.
_GDP = re.compile(r"\b(?:gross\s+domestic\s+product|gdp|economy|economic\s+output)\b", re.I)
_MOVED = {("change", "by"), ("change", "from"), ("range", "low"), ("range", "high")}


@reader("clause-shares")
def read(article: Article):
    """A share "<share> of <whole>" with no part read yet, restating the one amount of its clause (before or
    after it, any verb), of the whole the claim holds or the one its description names.

    Refuses a clause with two amounts, another share or another statement after the share; a share that is
    of what the clause does ("hiring 60% of its workforce"); a subject or pointer naming two figures."""
    placed = {c.roles.get("share") for c in article.extraction.claims
              if c.kind == "proportion" and "part" in c.roles and "whole" in c.roles}
    seen = set()
    pending = []
    for c in article.extraction.claims:
        if c.kind == "proportion" and "share" in c.roles and "part" in c.roles and "whole" not in c.roles \
                and c.roles["share"] not in placed and c.about and c.cue in ("of", "apposition"):
            # "NZ$2.9 billion, roughly a tenth of GDP": the size of the economy stated elsewhere; "60 billion naira,
            # about 5% of revenue, which came to 1.2 trillion naira": the whole the relative clause states
            share, part = article.extraction.quantity(c.roles["share"]), article.extraction.quantity(c.roles["part"])
            if share.kind not in _SHARE_KINDS:
                continue
            whole = _stated_after(article, share, c.about)
            if whole is None and _GDP.search(c.about) and part.kind == "money":
                whole = _economy(article, part, share)
            if whole is not None and (whole.unit != part.unit or float(whole.value) <= float(part.value)):
                whole = None
            if whole is not None:
                seen.add(share.id)
                yield claim("proportion", {"share": share, "part": part, "whole": whole}, cue="of", about=c.about,
                            sentence=share.sentence)
            continue
        if c.kind != "proportion" or c.cue not in ("of", "apposition") or "share" not in c.roles or "part" in c.roles:
            continue
        sid = c.roles["share"]
        if sid in placed or sid in seen:
            continue
        seen.add(sid)
        given = article.extraction.quantity(c.roles["whole"]) if "whole" in c.roles else None
        pending.append((article.extraction.quantity(sid), c.about, given))
    shared = {c.roles.get("share") for c in article.extraction.claims if c.kind == "proportion"}
    for q in article.quantities:
        if q.kind in _SHARE_KINDS and q.id not in shared and q.id not in seen:
            about = _unread_description(article, q)
            if about:
                pending.append((q, about, None))
    for share, about, given in pending:
        if share.kind not in _SHARE_KINDS or not isinstance(share.value, float) or share.value <= 0:
            continue
        c_about = about or ""
        about = _definite(c_about.strip())
        if not about or _BARE.match(about) or given is None and re.search(r"\d", about):
            continue
        if given is None and not article.after(share, len(c_about) + 6).lower().lstrip().startswith("of "):
            continue  # "a third, the board said": the linker's description is no "of" phrase
        stated = _stated_after(article, share, about) if given is None else None
        part = _clause_part(article, share, given or stated, about)
        if part is None:
            part = _pointed_part(article, share, given or stated, about)
        if part is None:
            part = _subject_part(article, share, given or stated, about)
        if part is None:
            continue
        whole = given or stated or _pair_whole(article, part, about) or _named(article, about, part, share)
        if whole is not None and whole is not given and part.kind == "count" and thing_of(whole) is None \
                and not _headed(article, whole, about):
            whole = None  # a bare number found by words alone may count anything ("shipments of 9,400")
        if whole is None and part.kind == "count" and _collective(about):
            # "Of those clinics, 124 ran short of vaccines, about two-fifths of the network": the whole
            # the part's own lead names
            whole = _whole_of(article, share, part, None)
        if age_bound(article, part):
            continue  # "People aged 70 and over total 4,280, or 19%": 70 bounds an age group
        if whole is not None and part.kind == whole.kind == "count" and thing_of(part) and thing_of(whole) \
                and not _same_thing(thing_of(part), thing_of(whole)):
            continue  # "the two marshes held more than half of the birds seen": marshes are no birds
        if whole is None or whole.unit != part.unit or whole.id == part.id \
                or whole.per != part.per and not (whole.per == "year" and _GDP.search(about)) and not (
                    part.per == "year" and whole.per is None and _yearly(article, whole)) \
                or float(whole.value) <= float(part.value):
            continue
        yield claim("proportion", {"share": share, "part": part, "whole": whole}, cue="of", about=about,
                    sentence=max(share.sentence, part.sentence))


# Words before a share that make it a restatement of an amount: "equal to", "equivalent to", ", or".
_RESTATE = re.compile(r"(?:\b(?:equal|equivalent|amounting|close)\s+to|\bworth|,\s*or|,\s*(?:some|about|around|roughly|"
                      r"nearly|almost))\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+|just\s+"
                      r"(?:over|under)\s+)?$", re.I)
_DESCRIPTION = re.compile(r"^\s+of\s+(?P<d>(?:the\s+|its\s+|their\s+|this\s+|that\s+|[a-z][a-z-]*['’]s\s+)?"
                          r"[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,4}?)\s*(?=[,.;:)\u2014\u2013]|$)")


def _pair_whole(article: Article, part: Quantity, about: str) -> Quantity | None:
    """The whole of the "<part> of the <whole>" pair part opens in its sentence, when the share's description
    names that whole: a total ("about 5% of the total", "of all"), or only words of the whole's own phrase ("2,100
    of the 2,600 homes inspected, or 81% of the homes inspected"). Another description is another whole."""
    pairs = article.memo.get("pair_wholes")
    if pairs is None:  # indexed once: asked for every share of a long article
        pairs = article.memo["pair_wholes"] = {}
        for c in article.extraction.claims:
            if c.kind == "proportion" and c.cue == "out of" and "part" in c.roles and "whole" in c.roles:
                pairs.setdefault(c.roles["part"], c.roles["whole"])
    if part.id not in pairs:
        return None
    whole = article.extraction.quantity(pairs[part.id])
    words = {_single(w) for w in re.findall(r"[a-z][a-z-]+", about.lower())} - WHOLE_FILLER - _DETERMINERS
    own = {_single(w) for w in [*article.words_after(whole, 4), *(whole.noun or "").lower().split()]}
    return whole if words <= own else None


# Words that say nothing of which whole is meant: determiners, and the light nouns of any amount ("of the money raised").
_DETERMINERS = frozenset("the its their his her our this that these those all of money sum amount figure number".split())


def _headed(article: Article, q: Quantity, about: str) -> bool:
    """The description's head noun names the bare count q from right before it, through linking words only:
    "the population" names "put the population at 2.8 million", "the electorate" "an electorate of 9,400"."""
    words = re.findall(r"[a-z][a-z-]+", about.lower())
    return bool(words) and article._heads(q, _canonical(_single(words[-1])))


def _same_thing(a: str, b: str) -> bool:
    """Whether two counted things may be one: the same word or measure group, or one a kind of the other
    ("waterbird" and "bird")."""
    if a in _PEOPLE and b in _PEOPLE:
        return True
    a, b = _canonical(a), _canonical(b)
    return a == b or a.endswith(b) or b.endswith(a)


# Nouns that count people, any of which may restate another ("210 people" of "840 workers").
_PEOPLE = frozenset("""people person worker employee staff child children pupil student learner resident voter
member adult patient passenger visitor customer user farmer household family citizen inhabitant man men woman
women teacher nurse doctor officer player fan spectator tourist migrant refugee applicant candidate""".split())


def _unread_description(article: Article, share: Quantity) -> str | None:
    """The "of <whole>" description of a share no reader has read as one, when words of restating stand before
    it: "rise to A$52 billion, equal to about 3 per cent of gross domestic product" (where "to" was taken for
    a change's end)."""
    if not _RESTATE.search(article.before(share, 40)):
        return None
    m = _DESCRIPTION.match(article.after(share, 60))
    if m is None or any(w.lower() in _BREAKS for w in m.group("d").split()):
        return None
    return m.group("d")


def _yearly(article: Article, q: Quantity) -> bool:
    """q is a year's figure: "an annual budget of £720m", "£720m a year", "its £720m annual budget"."""
    return _annual(article, q) or bool({"annual", "yearly", "annualised", "annualized"} & set(article.words_after(q, 2)))


def _definite(about: str) -> str:
    """"that budget" -> "the budget"; "this year's budget" stays (its year names the whole)."""
    if _POINTER.match(about) and not re.match(r"^(?:this|that)\s+(?:year|month|quarter|season)'?s?\b", about, re.I):
        return _POINTER.sub("the ", about, count=1)
    return about


def _named(article: Article, about: str, part: Quantity, share: Quantity) -> Quantity | None:
    if _GDP.search(about):
        return _economy(article, part, share)
    return _whole(article, about, part, share)


def _economy(article: Article, part: Quantity, share: Quantity) -> Quantity | None:
    """The one size of the economy the article states in the part's currency: a sentence naming GDP, gross
    domestic product or the economy, the figure larger than the part (a year's figure counts: an economy's
    size is a year's output). Two different sizes (two years, two countries) are none."""
    found = []
    for q in article.quantities:
        if q.id in (part.id, share.id) or q.unit != part.unit or q.kind != part.kind or not isinstance(q.value, float) \
                or q.per not in (None, "year") or float(q.value) <= float(part.value):
            continue
        if article.roles_of(q) & (_MOVED | {("proportion", "part"), ("proportion", "share")}):
            continue
        if _GDP.search(article.sentence_text(q.sentence)) and _economy_words_before(article, q):
            found.append(q)
    return found[0] if len({float(q.value) for q in found}) == 1 else None


def _economy_words_before(article: Article, q: Quantity) -> bool:
    """The economy is named before q in its clause, with no other figure of q's unit between."""
    toks = article.tokens(q.sentence)
    text = []
    for t in reversed(toks[:article.token_index(q)]):
        if t.q is not None and t.q.unit == q.unit or t.text == ";" or t.low in _BREAKS:
            break
        text.insert(0, t.low)
    return bool(_GDP.search(" ".join(text))) or " ".join(text).startswith(("gdp", "economy")) or any(
        w in ("gdp", "economy") for w in text)


# A sentence opening on a pointer to what the sentence before stated: "That is", "This represents", "Those
# provisions ate up", "The sum amounts to", "It equals".
_POINTING_OPEN = re.compile(r"^\W*(?:that|this|those|these)\b(?:\s+[a-z][a-z-]*){0,2}?\s+(?:is|was|are|were|"
                            r"represents?|represented|makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|amounts?\s+"
                            r"to|amounted\s+to|comes?\s+to|came\s+to|equals?|equalled|equaled|ate\s+up|eats?\s+up|"
                            r"swallows?|swallowed|consumes?|consumed|absorbs?|absorbed|takes?\s+up|took\s+up|"
                            r"would\s+be|will\s+be|would\s+(?:eat|take|swallow|absorb|consume))\b", re.I)


def _pointed_part(article: Article, share: Quantity, whole: Quantity | None, about: str) -> Quantity | None:
    """The part of a share whose sentence opens on a pointer and states no amount of its own besides the
    whole: the one amount of the sentence before ("spends £96 million a year on agency staff. That is close
    to 13 per cent of its £720 million budget"; "set aside $740 million ... Those provisions ate up a quarter
    of its profit")."""
    index = share.sentence
    if index == 0 or not _POINTING_OPEN.match(article.text[article.sentences[index][0]:share.span[0]]):
        return None
    own = [q for q in article.in_sentence(index) if q.span[0] < share.span[0] and q.kind not in ("date", "duration")]
    if own:
        return None
    found = [q for q in article.in_sentence(index - 1) if q.kind in _PART_KINDS and isinstance(q.value, float)
             and q.kind not in ("date", "duration") and q.unit not in _TIME_UNITS]
    others = [q for q in article.in_sentence(index - 1) if q.kind in _SHARE_KINDS]
    if len(found) != 1 or others:
        return None
    part = found[0]
    if article.roles_of(part) & (_MOVED | {("change", "to"), ("proportion", "part"), ("proportion", "whole")}):
        return None
    if whole is not None and (part.unit != whole.unit or part.per != whole.per and not (
            part.per == "year" and whole.per is None)):
        return None
    return part


# Qualifiers that may stand between a lead-in and the share: "equal to about", ", or roughly".
_SOFT = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|close\s+to|just|over|under|more\s+than|less\s+than|" \
        r"fewer\s+than|well|little|slightly|barely|only|still|now|already|alone|a\s+bit)\s+)*"
# What stands right before a share that restates an amount of its clause: a copula, a verb of share or of using
# up, "equal to", or the comma, dash or bracket of an aside.
_SHARE_LEAD = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|equal\s+to|equivalent\s+to|equalling|equaling|"
                         r"represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|mak(?:e|es|ing)\s+up|made\s+up|"
                         r"amount(?:s|ed|ing)?\s+to|c(?:o|a)me(?:s)?\s+to|coming\s+to|comprising|comprised?|comprises|"
                         r"constitut(?:e|es|ed|ing)|form(?:s|ed|ing)?|cover(?:s|ed|ing)?|worth|swallow(?:s|ed|ing)?|consum(?:e|es|ed|ing)|"
                         r"(?:put|puts|putting|estimated?|estimates|reckon(?:s|ed)?|peg(?:s|ged)|plac(?:e|es|ed))\s+(?:it\s+|them\s+)?at|"
                         r"absorb(?:s|ed|ing)?|(?:eat(?:s|ing)?|ate|eaten|tak(?:e|es|ing)|took|taken|us(?:e|es|ed|ing))\s+up|"
                         r"or)|[,(\u2014\u2013])\s+" + _SOFT + r"$", re.I)
# A share opening its clause, with only qualifiers before it: "Nearly 30% of the budget, Sh4.5bn, went on pay".
_OPENS = re.compile(r"(?:^|[;:,]\s*|\b(?:and|but|while)\s+)\W*" + _SOFT + r"$", re.I)
# An aside right after the description: ", Sh4.5 billion,", ", at R540 million", " (about 210 people)".
_SET_OFF = re.compile(r"^\s*[,(\u2014\u2013]\s*(?:or\s+|at\s+)?" + _SOFT + r"$", re.I)


# Words between a share's subject and the share: verbs of share and adverbs ("was now equivalent to about").
_VERB_GROUP = re.compile(r"\s+(?:(?:now|still|alone|already|currently|also|itself|themselves|together|roughly|thus|"
                         r"therefore|then|only|by\s+itself)\s+)*(?:is|are|was|were|has\s+been|have\s+been|had\s+been|"
                         r"will\s+be|would\s+be|represents?|represented|accounts?\s+for|accounted\s+for|makes?\s+up|"
                         r"made\s+up|amounts?\s+to|amounted\s+to|equals?|equalled|equaled|comes?\s+to|came\s+to|"
                         r"swallows?|swallowed|consumes?|consumed|absorbs?|absorbed|covers?|covered)"
                         r"(?:\s+(?:now|still|already|currently|also|thus))?(?:\s+(?:equal|equivalent|close)\s+to)?\s+"
                         + _SOFT + r"$", re.I)
_NOT_HEADS = frozenset("""it this that these those they he she we which who what there here one all both each figure
    number amount sum total share proportion percentage""".split())


def _subject_part(article: Article, share: Quantity, whole: Quantity | None, about: str = "") -> Quantity | None:
    """The part a share's subject names, its figure stated in an earlier sentence: "ticket spending was now
    equal to about a third of revenue" after "Spending on tickets was put at €12.5 million";
    "The deficit is equal to 4% of output" after "a deficit of €3bn". The subject's head noun (or a word of its
    measure group) stands before the figure in its clause, with no other figure of its kind between; the one
    such figure in the article, of one value. Refuses a subject with a figure of its own, a pronoun, and a
    head noun stated with two different figures or none."""
    start = article.sentences[share.sentence][0]
    lead = article.text[start:share.span[0]]
    if any(q.span[0] < share.span[0] and q.kind not in ("date", "duration") for q in article.in_sentence(share.sentence)):
        return None
    m = _VERB_GROUP.search(lead)
    if m is None:
        return None
    subject = re.findall(r"[A-Za-z][A-Za-z-]*", lead[:m.start()])
    # the subject after an opening clause ("In a speech on Monday, she said ticket spending ...")
    if not subject or subject[-1].lower() in _NOT_HEADS or len(subject[-1]) < 4:
        return None
    if not subject[-1].islower() and not (len(subject) == 1 and re.search(r"\b" + re.escape(subject[-1].lower()) + r"\b",
                                                                         article.text)):
        return None  # a name ("Crannach accounted for"), unless a sentence opens on a word the text writes in lower case
    head = _single(subject[-1].lower())
    names = {head, *WHOLE_SYNONYMS.get(head, ())}
    # the whole's own words name the whole, not the part: "parking spending ... a quarter of the council's budget"
    # is not the budget's figure, though spending and budget are one measure
    whole_words = {_single(w) for w in re.findall(r"[a-z][a-z-]+", about.lower())} - {
        "the", "its", "their", "his", "her", "our", "this", "that", "total", "annual", "yearly", "whole", "entire",
        "overall", "all", "of"}
    names -= whole_words - {head}
    found = []
    for q in article.quantities:
        if q.sentence >= share.sentence or q.kind not in _PART_KINDS or not isinstance(q.value, float) \
                or q.kind == "date" or q.per is not None and (whole is None or q.per != whole.per):
            continue
        if whole is not None and (q.unit != whole.unit or float(q.value) >= float(whole.value)):
            continue
        if article.roles_of(q) & (_MOVED | {("proportion", "part"), ("proportion", "share"), ("proportion", "whole")}):
            continue
        before = _clause_before(article, q)
        if any(_single(w) in names for w in before):
            if any(x.id != q.id and x.unit == q.unit and x.kind == q.kind and not article.roles_of(x) & _MOVED
                   for x in article.in_sentence(q.sentence)):
                return None  # "Potholes drew 1,100, bins 900 and parking the other 640": an item of a breakdown
            found.append(q)
    if len({(float(q.value), q.unit) for q in found}) != 1:
        return None
    return found[0]


def _clause_before(article: Article, q: Quantity) -> list[str]:
    """The words before q in its phrase, back to a comma, a clause break or a figure of q's kind."""
    toks = article.tokens(q.sentence)
    out = []
    for t in reversed(toks[:article.token_index(q)]):
        if t.q is not None and t.q.kind == q.kind or t.text in (";", ":", ".", ",") or t.low in _BREAKS:
            break  # "spending per head improved, with each visitor leaving D25,000": the phrase after the comma
        if t.is_word:
            out.append(t.low)
    return out


def _single(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _collective(about: str) -> bool:
    words = [w for w in re.findall(r"[a-z-]+", about.lower()) if w not in ("the", "its", "their", "whole", "entire")]
    return len(words) == 1 and words[0] in _COLLECTIONS


def _clause_part(article: Article, share: Quantity, whole: Quantity | None, about: str) -> Quantity | None:
    """The one amount of the share's clause, other than the whole and the description's own figures: before the
    share, with a copula, a verb of share or an aside's comma right before it ("C$640 million, were roughly a
    tenth of sales"; "spent $18m on repairs, equal to 9% of"); or set off right after the description ("a
    third of that budget, at R540 million"). A clause with another share, or with an amount elsewhere after
    the share, says more than one thing: none."""
    toks = article.tokens(share.sentence)
    k = article.token_index(share)
    lo, hi = 0, len(toks)
    for i in range(k - 1, -1, -1):
        if toks[i].text in (";",) or toks[i].low in _BREAKS:
            lo = i + 1
            break
    for i in range(k + 1, len(toks)):
        if toks[i].text in (";",) or toks[i].low in _BREAKS or toks[i].low == "and" and toks[i - 1].text == ",":
            hi = i  # ", and the remaining R3m went on ...": a statement of its own, whose figures the share does not restate
            break
    text = article.extraction.document.text
    end = _description_end(article, share, about)
    found = []
    for idx in range(lo, hi):
        q = toks[idx].q
        if q is None or q.id == share.id or whole is not None and q.id == whole.id:
            continue
        if q.kind in _SHARE_KINDS:
            if abs(idx - k) > 4:
                return None  # "went to 8.4% of entries, ... and the pass rate was 98.1%": two shares
            continue
        if q.kind in ("date", "duration") or q.unit in _TIME_UNITS or labelled(article, q):
            continue
        if q.kind not in _PART_KINDS or not isinstance(q.value, float):
            return None  # a figure of another kind: an age, a rank, a ratio; the clause says more than one thing
        if q.kind == "count" and re.search(r"\w-[a-z]", q.text):
            continue  # "the nine-member board": the size of a group named, not an amount the share restates
        if q.span[0] > share.span[1]:
            if q.span[0] < end:
                continue  # the description's own figure: "of the 26,000 pupils"
            if set(article.words_before(q, 2)) & _SET_AGAINST:
                continue  # "..., against 2,900 hectares in 2019": the other side of a comparison, not restated
            tail = text[q.span[1]:q.span[1] + 40]
            if _AMONG.match(tail):
                return None
            set_off = _SET_OFF.match(text[end:q.span[0]]) and _TAIL_AFTER.match(tail)
            if not set_off and not _tail_aside(article, share, q, lo):
                return None  # "..., and the chain said a further 35 would open": another statement
        found.append(q)
    paired = len(found) == 2 and _pair_whole(article, found[0], about) is found[1]
    if paired:
        found = found[:1]  # "supplied 11.4 TWh of the 214 TWh made, about 5% of the total": the pair's part
    if len(found) != 1:
        return None
    part = found[0]
    if part.per is not None or article.roles_of(part) & (_MOVED | ({("proportion", "part")} if not paired else set())):
        return None
    if whole is not None and part.unit != whole.unit:
        return None
    lead = text[max(article.sentences[share.sentence][0], share.span[0] - 60):share.span[0]]
    if part.span[0] < share.span[0]:
        if not _SHARE_LEAD.search(lead):
            return None  # "hiring at least 60% of its workforce": the share is of something else the clause does
    elif not (_SHARE_LEAD.search(lead) and not lead.rstrip().endswith((",", "(")) or _OPENS.search(lead)):
        return None
    return part


# Words that set a later figure against the clause's own: "against 2,900 a year ago", "compared with 41".
_SET_AGAINST = frozenset("against versus vs compared".split())
# "some 300 welders among them": a part of the part, not a restatement of it
_AMONG = re.compile(r"^\s+(?:[a-z-]+\s+)?(?:among|including|of)\s+(?:them|those|these|whom|which)\b", re.I)
_TAIL_BEFORE = re.compile(r"[,\u2014\u2013(]\s*(?:or\s+)?" + _SOFT + r"$", re.I)
_TAIL_AFTER = re.compile(r"^(?:\s+[a-z][a-z-]*){0,2}?(?:\s+in\s+(?:all|total))?\s*(?:[,.;)\u2014\u2013]|$)", re.I)


def _tail_aside(article: Article, share: Quantity, q: Quantity, lo: int) -> bool:
    """q closes the share's sentence as an aside restating the clause's subject, the share: "One in four of the
    840 staff were laid off, some 210 people."; "Eighteen per cent of the jobs cut were in the capital, 261 in
    all." The share opens its clause; q follows a comma and is followed by at most its noun."""
    text = article.extraction.document.text
    start = article.sentences[share.sentence][0]
    toks = article.tokens(share.sentence)
    opening = text[max(start, toks[lo].start if lo < len(toks) else start):share.span[0]]
    if not _OPENS.search(opening) or len(opening.split()) > 3:
        return False
    return bool(_TAIL_BEFORE.search(text[max(share.span[1], q.span[0] - 40):q.span[0]])
                and _TAIL_AFTER.match(text[q.span[1]:q.span[1] + 40]))


def _description_end(article: Article, share: Quantity, about: str) -> int:
    """Where the share's own "of <description>" phrase ends in the text."""
    after = article.after(share, len(about) + 12)
    at = after.lower().find(about.lower().split()[-1]) if about.split() else -1
    return share.span[1] + (at + len(about.split()[-1]) if at >= 0 else len(about) + 4)


def _in_description(article: Article, share: Quantity, q: Quantity, about: str) -> bool:
    """q stands inside the share's own "of <description>" phrase."""
    return q.span[0] < _description_end(article, share, about)


_WHICH = re.compile(r"^\s*[,(]?\s*(?:which|that)\s+(?:[a-z]+\s+){0,6}?(?:at|to|of|was|is|were|are|totalled|totaled|"
                    r"totals|came\s+to|stood\s+at|reached|amounted\s+to|puts?\s+at|put\s+at|estimated\s+at)\s+"
                    r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$", re.I)


def _stated_after(article: Article, share: Quantity, about: str) -> Quantity | None:
    """The whole stated in a relative clause right after the description: "12% of GDP, which the fund puts at
    $24bn"; "two-thirds of operating costs, which totalled ¥21 billion"."""
    if not about or _BARE.match(about):
        return None
    end = _description_end(article, share, about)
    for q in article.in_sentence(share.sentence):
        if q.span[0] < end or q.kind not in _PART_KINDS or not isinstance(q.value, float):
            continue
        between = article.extraction.document.text[end:q.span[0]]
        return q if _WHICH.match(between) else None
    return None
