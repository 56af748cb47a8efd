"""Quantities: every number in an article, typed, with its unit, qualifier and span.

One pass of one regular expression finds the candidates (numerals, number
words, fractions, ordinals, multipliers, dates); each candidate is then read
in its context: a currency before it, a scale word, unit or counted noun after
it, a qualifier before it. Identifiers ("pad 41", "iPhone 16", "COVID-19") are
dropped. All patterns are linear: alternations of fixed words, bounded
repetitions, and lookarounds of fixed width.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import marshal
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from . import dates
from .patterns import kept_text, re  # compiled patterns kept between runs
from .pauses import without_gc_pauses
from .numbers import parse_digits, parse_words, precision_of, rounding_of
from .vocab import (
    AGE_EVENT_VERBS, AGE_FRAME_WORDS, AGE_LEVEL_VERBS, AGE_LINK_WORDS, AGE_PEOPLE, AGE_PERSONS, AGE_ROLES, AGE_SUBJECTS, AGE_VERBS, ANGLE_WORDS,
    ANNIVERSARY_WORDS, BASIS_POINT_WORDS, CASED_OVER_UNITS, CASED_UNITS, CHANGE_DOWN, CHANGE_NOUNS_DOWN,
    CHANGE_NOUNS_UP, CHANGE_UP, COLLECTIVE_MODIFIERS, CURRENCY_CODES_BEFORE, CURRENCY_COUNTRY_CUES,
    CURRENCY_FAMILY_OF, DOLLAR_COUNTRY_CUES, DOLLAR_COUNTRY_WORDS, FEDERAL_DOLLARS, USD_COUNTRY_CUES, CURRENCY_NAMES, CURRENCY_NAMES_AMBIGUOUS, CURRENCY_PREFIXES, CURRENCY_SIGNS_AFTER,
    CURRENCY_SIGNS_ONLY_AFTER, DECADE_PARTS, DECADE_WORDS, DEMONYMS, DEMONYM_ENDINGS, DISTANCE_EVENTS, DURATIONS,
    FIELD_SYMBOLS, FRACTION_DENOMINATORS, IDENTIFIER_BEFORE, IRREGULAR_PLURALS, IRREGULAR_PLURAL_ENDINGS, ISO_CODES,
    GLUED_UNITS, KNOCKOUT_AFTER, KNOCKOUT_SIZES, LENGTH_WORDS, LETTER_SIGNS, LOCAL_LETTER_SIGNS, LY_ADJECTIVES,
    MEASURE_PER_NOUNS, METER_DEVICE_VERBS,
    METER_DEVICE_WORDS, MINOR_UNITS, MONTHS, MULTIPLIER_ADVERBS, MULTIPLIER_VERBS, NOT_HEAD_NOUNS, NOUN_SKIP_WORDS, NOUN_STOP_WORDS,
    NO_MINOR_UNIT, ORDINAL_NOT_RANK, ORDINAL_WORDS, PER_WORDS, POINT_GAP_AFTER, POINT_GAP_BEFORE, POSSESSIVES,
    QUALIFIERS_AFTER, QUALIFIERS_BEFORE,
    RANK_OBJECT_VERBS, RATE_NOUNS, ROUGH_SUFFIXES, SCALES, SCORE_AFTER, SCORE_BEFORE, SHORT_SCALES, SINGULAR_MEN,
    SINGULAR_O, SINGULAR_US, SLASH_SYMBOLS, SPACED_SHORT_SCALES, STOCK_INDEX_WORDS, STREET_WORDS, SUPERLATIVES,
    TEMPERATURE_AFTER_WORDS, TEMPERATURE_BEFORE_LINKS, TEMPERATURE_CHANGE_WORDS, TEMPERATURE_LEVEL_AFTER, TENS_WORDS,
    TRANSLITERATED_SIGNS, UNITS, UNITS_WORDS, VAGUE_PLURALS, WEEKDAYS, YEAR_MEASURE_NOUNS,
)


def _alt(words, *, escape: bool = True) -> str:
    """An alternation that tries longer words first. Kept like the tries below (``patterns.kept_text``):
    sorting and escaping the long tables at every start took some 20 ms."""
    unique = tuple(sorted(set(words)))
    return kept_text(_ALT_BUILDER if escape else _ALT_BUILDER + ":raw", unique, lambda: _build_alt(unique, escape))


def _build_alt(words: tuple[str, ...], escape: bool) -> str:
    items = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in items)


def _trie(words) -> str:
    """The same alternation as ``_alt``, written as a tree of common prefixes ("mile(?:s| per hour)?..."),
    so that matching one position costs the length of a word, not the number of words in a long table.
    Built once per installation and vocabulary (``patterns.kept_text``)."""
    unique = tuple(sorted(set(words)))
    return kept_text(_TRIE_BUILDER, unique, lambda: _build_trie(unique))


def _build_trie(words: tuple[str, ...]) -> str:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) <= 2 else "(?:" + "|".join(branches) + ")"
        return ("(?:" + body + ")?" if len(branches) == 1 and body == branches[0] else body + "?") if "" in node \
            else body

    return build(root)


# The texts kept are keyed by the builder's code too, so that a change to it builds them again.
_TRIE_BUILDER = "trie:" + hashlib.sha256(marshal.dumps(_build_trie.__code__)).hexdigest()[:16]
_ALT_BUILDER = "alt:" + hashlib.sha256(marshal.dumps(_build_alt.__code__)).hexdigest()[:16]


def cue_mentions(low: str, cues) -> int:
    """How often lower-cased text names any of the cue words as whole words ("canada", "nova scotia"); a cue
    the text does not hold at all is not searched for."""
    words = _one_word_cues()
    counts = _cue_word_counts(low)
    total = 0
    for cue in cues:
        if cue in words:
            total += counts.get(cue, 0)
        else:  # a cue of several words, searched for once per text
            if cue not in counts:
                counts[cue] = len(re.findall(rf"\b{re.escape(cue)}\b", low)) if cue in low else 0
            total += counts[cue]
    return total


@lru_cache(maxsize=1)
def _one_word_cues() -> frozenset[str]:
    """The countries' cues that are one word ("canada", not "nova scotia"): counted in one pass."""
    return frozenset(cue for table in (DOLLAR_COUNTRY_CUES, CURRENCY_COUNTRY_CUES) for cues in table.values()
                     for cue in cues if re.fullmatch(r"\w+", cue))


@lru_cache(maxsize=8)
def _cue_word_counts(low: str) -> dict[str, int]:
    """How often the text holds each one-word cue as a whole word, found by one pattern of them all in one
    pass (a search per cue took a pass over the text each, which made the country count as costly as the
    rest of reading a long article); ``cue_mentions`` adds the cues of several words as it meets them."""
    counts: dict[str, int] = {}
    for word in _cue_words_pattern().findall(low):
        counts[word] = counts.get(word, 0) + 1
    return counts


@lru_cache(maxsize=1)
def _cue_words_pattern():
    return re.compile(rf"\b(?:{_trie(_one_word_cues())})\b")


def _spaced_symbol(symbol: str) -> str:
    """'HK$' also as 'HK $' (wire copy often splits the prefix from the sign); a one-letter prefix only
    glued: "A $1.2 billion terminal" is the article, not Australian dollars."""
    if symbol.endswith("$") and symbol[0].isalpha() and len(symbol) > 2:
        return re.escape(symbol[:-1]) + r"\s?\$"
    return re.escape(symbol)


_NUMBER_WORD = _trie(list(UNITS_WORDS) + list(TENS_WORDS) + ["hundred", "thousand", "million", "billion",
                                                            "trillion", "dozen"])
# "and" joins only after a magnitude ("one hundred and three", "two thousand and five"); "twenty and thirty"
# are two numbers.
_AND_AFTER_MAGNITUDE = r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+"
# A hyphen joins a ten to its unit ("twenty-four") or a number to its magnitude ("three-hundred"); "a five-four
# vote" and "ruled six-three" are a tally of two numbers.
_HYPHEN_IN_NUMBER = (rf"(?:{'|'.join(f'(?<={w})' for w in TENS_WORDS)})-"
                     r"|-(?=(?i:hundred|thousand|million|billion|trillion)\b)")
_WORDNUM = rf"(?i:(?:{_NUMBER_WORD})(?:(?:{_HYPHEN_IN_NUMBER}|{_AND_AFTER_MAGNITUDE}|\s+)(?:{_NUMBER_WORD})){{0,12}})"
_MONTH = _trie([m.capitalize() for m in MONTHS])
_WEEKDAY = _trie([d.capitalize() for d in WEEKDAYS])
_DEN = _trie(FRACTION_DENOMINATORS)
# Western grouping ("1,234,567"), Indian grouping ("12,34,567": lakhs and crores), plain digits.
# Thousands grouped by a space: a no-break or thin space ("10\u00a0000"), or a plain one where a group starts
# with a zero, as no number written alone does ("10 000 dollars", "1 500 000"; not "in 2019 120 people").
_SPACED = (r"\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?![\d,]|\.\d)"
           r"|\d{1,3}(?=(?:[ ]\d{3}){0,4}[ ]0\d\d(?!\d|[.,]\d))(?:[ ]\d{3}){1,5}(?!\d|[.,]\d)")  # [ ]: MASTER is verbose
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}(?:\.\d+)?|{_SPACED}|\d+(?:\.\d+)?|(?<![A-Za-z])\.\d+"
# Digits that are not quantities, consumed whole: phone numbers, times of day, version numbers.
_NOT_QUANTITIES = (r"(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.]\d{4}"
                   r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\b\.?)?|\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
                   r"|\d+\.\d+\.\d+(?:\.\d+)*")
_RELATIVE_UNIT = r"years?|months?|weeks?|days?|decades?|centuries|century"

MASTER = re.compile(
    rf"""
    (?P<mdy>\b(?P<mdy_m>{_MONTH})\.?\s+(?P<mdy_d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s+(?P<mdy_y>\d{{4}})\b)?)
  | (?P<dmy>\b(?P<dmy_d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmy_m>{_MONTH})\b\.?(?:,?\s+(?P<dmy_y>\d{{4}})\b)?)
  | (?P<my>\b(?P<my_m>{_MONTH})\.?,?\s+(?:of\s+)?(?P<my_y>\d{{4}})\b)
  | (?P<ago>\b(?P<ago_n>{_WORDNUM}|\d+|(?i:an?|a\s+few))\s+(?P<ago_u>(?i:{_RELATIVE_UNIT}))\s+(?P<ago_dir>ago|from\s+now|hence)\b)
  | (?P<rel>\b(?P<rel_w>(?i:next|last|this|later\s+this|earlier\s+this|late\s+this|early\s+next|later\s+next))\s+(?P<rel_u>year|month|week)\b)
  | (?P<season>\b(?P<season_w>(?i:next|last|this))\s+(?P<season_s>(?i:spring|summer|autumn|fall))\b)
  | (?P<decade>\b(?i:an?|the\s+(?:next|past|last|coming|previous)|next|past)\s+(?P<decade_u>decade|century)\b)
  | (?P<aspan>\b(?i:an?)\s+(?P<aspan_u>(?i:week|month|year|fortnight))\b(?!\s+(?i:ago|earlier|later|before|after|from|on)\b))
  | (?P<month>\b(?P<month_m>{_MONTH})\b)
  | (?P<weekday>\b(?P<weekday_d>{_WEEKDAY})s?\b)
  | (?P<agedec>\b(?i:{_trie(DECADE_WORDS)})\b)
  | (?P<jubilee>\b(?i:{_alt([w.replace(" ", "[ ]") for w in ANNIVERSARY_WORDS], escape=False)})\b)
  | (?P<rank_w>\b(?P<rank_o>(?i:{_trie(ORDINAL_WORDS)}))[-\s](?P<rank_s>{_trie(SUPERLATIVES)})\b)
  | (?P<rank_m>\b(?i:to|from|finish|finishes|finished|finishing|placed|placing|ranked|ranking|ranks|rated|ended|came|comes|sits|sat)\s+(?P<rank_mo>(?i:{_trie(ORDINAL_WORDS)}))\b(?=\s*(?:[,.;:)]|$|\s(?i:from|to|in|on|with|after|behind|ahead|and|place|position|spot|overall|for|among|of|out|at|this|last|nationally)\b)))
  | (?P<rank_v>\b(?P<rank_vv>(?i:{_alt(RANK_OBJECT_VERBS)}))\s+(?:(?i:it|them|him|her|us)|(?:(?i:the|its|their|his|our)\s+)?[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?P<rank_vo>(?i:{_trie(ORDINAL_WORDS)}))\b(?=\s*(?:[,.;:)]|$|\s(?i:from|in|on|with|after|behind|ahead|and|place|position|spot|overall|for|among|of|out|at|this|last|nationally)\b)))
  | (?P<rank_f>\b(?:(?<=\b[Tt]he\s)(?P<rank_fo>(?i:{_trie(ORDINAL_WORDS)}))(?=\s+of\s)|(?P<rank_fa>(?i:{_trie(ORDINAL_WORDS)}))(?=\s+(?i:among|out\s+of)\s))\b(?=\s+(?i:of|among|out\s+of)\s+(?:(?i:the|its|their|all)\s+)?(?:[A-Za-z][\w'’]*['’]s\s+)?(?:\d|{_WORDNUM}\b)))
  | (?P<rank_run>\b(?:(?i:an?)\s+)?(?P<rank_ro>(?i:{_trie(ORDINAL_WORDS)}))\s+(?:(?i:straight|consecutive|successive)\s+)?(?i:season|term)\b)
  | (?P<frac_w>\b(?:(?P<frac_n>(?i:{_trie(list(UNITS_WORDS) + list(TENS_WORDS) + ["a", "an"])}))[\s-]+)?(?P<frac_d>(?i:{_DEN}))\b)
  | (?P<mult>\b(?P<mult_w>(?i:{_trie(list(MULTIPLIER_VERBS) + list(MULTIPLIER_ADVERBS))}))\b(?!\s+down\b|-\w))
  | (?P<vague>\b(?:(?P<vague_of>(?i:{_trie(VAGUE_PLURALS)}))\s+of\s+)?(?P<vague_w>(?i:{_trie(VAGUE_PLURALS)}))\b)
  | (?P<words>\b(?:(?i:an?\s+)(?=(?i:dozen|hundred|thousand|million|billion|trillion)\b))?{_WORDNUM}\b)
  | (?P<skip>(?<![\d.,])(?:{_NOT_QUANTITIES})(?![\d.]))
  | (?P<vulgar>(?<![\w.,])[½¼¾⅓⅔⅛⅜⅝⅞](?![\d/]))
  | (?P<num>(?P<neg>(?<![\w.,%])(?:[-\u2212]|(?<!\d\s)\u2013))?(?<![\d.])(?<!\d,)(?P<digits>{_DIGITS}))
    """,
    re.X,
)

# "all 28 of the club's fixtures", "all 12 of its stores": the noun the whole count counts
_ALL_OF = re.compile(r"\s+of\s+(?:the|its|their|our|his|her|these|those)\s+(?:[A-Za-z][\w-]*['’]s?\s+)?(?P<n>[a-z]{3,}s)\b")
# Words before a year that open a time phrase: "In 2024 Pellamy Foods ..." is not 2,024 Pellamy Foods.
_TIME_PREPOSITIONS = frozenset("in by since during until till from before after through".split())
# The words some branch of MASTER begins with. Trying MASTER only at them and at digits (instead of
# MASTER.search at every character) makes extraction ~3x faster.
_TRIGGERS = frozenset(
    [w.lower() for w in (*MONTHS, *WEEKDAYS, *UNITS_WORDS, *TENS_WORDS, *ORDINAL_WORDS, *FRACTION_DENOMINATORS,
                         *MULTIPLIER_VERBS, *MULTIPLIER_ADVERBS, *VAGUE_PLURALS, *DECADE_WORDS, *(w.split()[0] for w in ANNIVERSARY_WORDS))]
    + "hundred thousand million billion trillion dozen a an the next last this later earlier late early past".split()
    + "to from finish finishes finished finishing placed placing ranked ranking ranks rated ended came comes sits sat".split()
    + list(RANK_OBJECT_VERBS))


# Triggers that begin a MASTER match only before certain words (the branches that start with them):
# trying MASTER at every "the", "to" and "a" cost more than at all the numbers. A necessary condition
# only, as loose as MASTER's own (Unicode case folding); MASTER decides. tests/extract/test_candidates.py
# checks the result against MASTER tried at every word.
_TO_ORDINAL = re.compile(rf"\s+(?i:{_trie(ORDINAL_WORDS)})\b")  # "slipped to fifth from eighth"
# "a year ago", "a few weeks ago", "a decade", "a third", "a dozen", "an hour ago"
_A_NUMBER = re.compile(rf"[\s-]+(?i:few|decade|century|fortnight|dozen|hundred|thousand|million|billion|trillion|"
                       rf"{_RELATIVE_UNIT}|{_DEN}|{_trie(ORDINAL_WORDS)})")  # "a third straight term"
_LEAD_NEXT = {
    "the": re.compile(r"\s+(?i:next|past|last|coming|previous)\b"),  # "the past decade"
    "to": _TO_ORDINAL, "from": _TO_ORDINAL, "a": _A_NUMBER, "an": _A_NUMBER,
}
# A word, a number, or a sign or parenthesis before a number: where MASTER is tried, if a word is a
# trigger (or a trigger and one more letter: "thirds", "Mondays").
_TOKEN = re.compile(r"\d+|[-\u2212\u2013.(](?=\d)|[A-Za-z]+|[½¼¾⅓⅔⅛⅜⅝⅞]")


def _try_at(token: str):
    """Whether MASTER is tried at a token: True, False, or the pattern that must follow it (a lead word)."""
    if not token[0].isalpha():
        return True
    low = token.lower()
    lead = _LEAD_NEXT.get(low)
    if lead is not None:
        return lead
    return low in _TRIGGERS or (low[:-1] in _TRIGGERS and low[:-1] not in _LEAD_NEXT)


_TRY_AT: dict = {}  # _try_at of each token seen: a text repeats its words, so most are decided once


def _starts(text: str, start: int, end: int):
    """Where MASTER is tried in text[start:end], in order: the start of each token that can begin a match."""
    decided = _TRY_AT
    for token in _TOKEN.finditer(text, start, end):
        word = token.group()
        how = decided.get(word)
        if how is None:
            if len(decided) > 100_000:  # a bound on memory over a long archive
                decided.clear()
            how = decided[word] = _try_at(word)
        if how is False or how is not True and not how.match(text, token.end(), end):
            continue
        yield token.start()


def _candidates(text: str, start: int, end: int):
    """MASTER's matches in text[start:end], leftmost first, as MASTER.search would find them."""
    match = MASTER.match
    for at in _starts(text, start, end):
        m = match(text, at, end)
        if m:
            yield m


# How far "about" lets a figure stray: the unit it was rounded to, at least 3% and at most 10% of it
# ("about £240,000" is 230,000-250,000; "about 6.1 tonnes" 5.9-6.3; "about 30%" 27-33%).
APPROX_LEAST, APPROX_MOST = 0.03, 0.10
# What may follow a number: scale words, then units. Anchored with .match at the number's end.
_MONEY_RANGE_BEFORE = re.compile(rf"(?<![A-Za-z])(?P<sym>{_alt([_spaced_symbol(c) for c in CURRENCY_PREFIXES], escape=False)})"
                                 r"\d{1,3}(?:[.,]\d+)?[-\u2013]$")  # glued: "$3 to 4 million farmers" pays farmers
_ROUGH_SUFFIX = re.compile(rf"-(?P<w>{_alt(ROUGH_SUFFIXES)})\b", re.I)
_AFTER_GRAND = re.compile(r"[ \t]*(?:[^\w \t]|$|(?:a|an|per|in|of|to|for|and|or|on|from|each|last|this|next)\b)")
# A rate written into a hyphenated modifier: the "-a-year" of "a $5 million-a-year deal", "a 14-cent-a-share dividend".
_HYPHEN_RATE = r"(?:a|an|per)-[a-z]"
_SCALE_AFTER = re.compile(
    rf"(?P<sp>\s?|-(?=(?:thousand|million|billion|trillion)\b))(?P<scale>{_alt(SCALES)})\b"
    rf"(?!\.\w|-(?!(?:{_alt(list(DURATIONS) + list(UNITS))}|strong)\b|{_HYPHEN_RATE})\w)", re.I)  # "$212-million", as Canadian papers write
# "×10^30", "×10²³", "×10−30": a caret, superscripts or a sign mark the exponent ("3 x 10 metres" is no power).
_POWER_OF_TEN = re.compile(r"\s?[×x]\s?10(?:\^(?P<caret>[-\u2212]?\d{1,3})|(?P<signed>[-\u2212]\d{1,3})"
                           r"|(?P<sup>\u207b?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?![\d.])")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹\u207b", "0123456789-")
_PERCENT_AFTER = re.compile(
    # hyphenated as a modifier too: "a 25-basis-point cut", "a 2-percentage-point gap", "a 5-percent raise"
    rf"(?:\s|-(?=[a-z]))?(?:(?P<bp>{_alt([w.replace(' ', '[ -]') for w in BASIS_POINT_WORDS], escape=False)})(?![\w/])"
    r"|(?P<pp>percentage[- ](?:points?|pts?)\b|%[ -]?points?\b)"  # not "pp"/"ppt": pages, parts per trillion
    r"|(?P<pct>%|per[\s-]?cent\b|pct\b|percent\b|pc\b))",
    re.I)
_GLUED_SYMBOL = re.compile(rf"(?P<g>{_alt(GLUED_UNITS)})(?![\w'’/-])")  # "5.1Mt", "5.6in"; not "3in1", "2in-"
# Cents glued in lower case after a whole or decimal amount ("450c a share", "47.3c per kWh"); "45C" is a temperature.
# A slash after them is a price as tables write it ("38c/L", "12c/kWh": see _MONEY_SLASH_PER).
_GLUED_CENTS = re.compile(r"c(?![\w&'’°/-]|\.\w)")
_IN_BRACKETS = re.compile(r"\([^()]*$")
# A bare-sign amount in a sentence with cents: the cents are of the article's dollar ("down 37 cents at $11.85");
# a dollar with its country's prefix beside them may be another's.
_DOLLAR_IN_SENTENCE = re.compile(r"(?<![\w$])(?P<sign>\$)\s?\d")
# "the No. 11 seed", "the number 3 pick", "No. 2-ranked": a numbered place in a field, not an identifier ("No. 10 bus").
_NUMBERED_PLACE_BEFORE = re.compile(r"\b(?:No\.|no\.|number|Number)[ \t]?$")
_PLACE_AFTER_NUMBER = re.compile(r"(?:[ \t]+|-)(?:seed(?:ed)?|ranked|pick|spot|draft[ \t]+pick)\b", re.I)
_FIRST_SIGNED_AMOUNT = re.compile(rf"(?<![\w$])(?P<sign>{_alt(s for s in CURRENCY_PREFIXES if len(s) == 1)})\s?\d")
_CANADIAN_STYLE_AMOUNT = re.compile(r"\$\s?\d[\d,.]*-(?:million|billion|trillion)\b")
_LETTER_SIGN_HYPHENATED = re.compile(rf"(?<![\w$])(?:{_alt(LOCAL_LETTER_SIGNS)})\d[\d,.]*-(?:million|billion|trillion)\b")


# A dollar written with its own country's prefix ("NZ$", "A$", "US$"), and what stands before it when it restates
# another amount: a bracket after an amount ("US$210 million (A$318 million)") or "equivalent to (about)".
_DOLLAR_PREFIXES = [sign for sign, code in CURRENCY_PREFIXES.items()
                    if "$" in sign and sign != "$" and (code in DOLLAR_COUNTRY_CUES or code == "USD")]
_MARKED_DOLLAR = re.compile(rf"(?<![\w$])(?P<sign>{_alt(_DOLLAR_PREFIXES)})\s?\d")
_RESTATING = r"(?:\b(?:equivalent\s+(?:to|of)|converted\s+to|or)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?|\(\s*)$"
_RESTATED_AMOUNT = re.compile(r"(?P<sign>(?<![\w$])[A-Z.]*\$|\$[A-Z]*)\s?\d[\d,.]*(?:\s?[a-z]+)?\s*,?\s*"
                              + _RESTATING, re.I)
_RESTATING_WORDS = re.compile(_RESTATING, re.I)
# A bare amount right after a marked one, in brackets or after "or": "A$1.2 billion ($800 million)".
_BARE_RESTATING = re.compile(r"[\d,.]*(?:\s?[a-z]+)?\s*(?:\(\s*|,?\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+)?)"
                             r"(?<![\w$])\$\s?\d", re.I)


_LONGEST_DOLLAR_PREFIX = max(map(len, _DOLLAR_PREFIXES))


def _marked_dollar_matches(text: str):
    """``_MARKED_DOLLAR.finditer(text)``, tried only where a "$" lies inside the prefix: the regex engine tried the
    pattern at every character of the article (3% of the time of a check), for a sign most articles never write."""
    match, tried, j = _MARKED_DOLLAR.match, -1, text.find("$")
    while j != -1:
        for start in range(max(tried + 1, j - _LONGEST_DOLLAR_PREFIX + 1), j + 1):  # leftmost first, as finditer
            m = match(text, start)
            if m:
                yield m
                tried = m.end() - 1
                break
        else:
            tried = j
        j = text.find("$", max(j, tried) + 1)


def marked_dollars(text: str) -> tuple[dict[str, int], frozenset[str]]:
    """What the dollars the text writes with their country's prefix say of its bare "$": a foreign amount
    restated in one ("US$210 million (A$318 million)") restates it in the reader's own dollar, counted as a
    mention of that country; one written to restate the bare-sign money ("$9.4 million; ... the equivalent of
    about A$8.6m") and one the bare sign restates ("A$1.2 billion ($800 million)") is another dollar than the
    bare one. A prefix standing alone says neither: the article's own dollar at first mention, or a
    wire's local dollar beside its bare US one."""
    home: dict[str, int] = {}
    other: set[str] = set()
    for m in _marked_dollar_matches(text):
        code = CURRENCY_PREFIXES[m.group("sign")]
        before = text[max(0, m.start() - 40):m.start()]
        amount = _RESTATED_AMOUNT.search(before)
        if amount and amount.group("sign") != "$":
            home[code] = home.get(code, 0) + 1
        elif amount or _RESTATING_WORDS.search(before):
            other.add(code)
        elif _BARE_RESTATING.match(text, m.end()):
            other.add(code)
    return home, frozenset(code for code in other if code not in home)


def _has_hyphenated_scale(text: str) -> bool:
    """Whether text writes a scale word after a hyphen, as both patterns above need: a search of the
    substrings first saves their slower passes over an article that has none."""
    return "-million" in text or "-billion" in text or "-trillion" in text


_PERCENT_IN_TEXT = re.compile(r"\d\s?(?:%|per\s?cent\b|percent\b)", re.I)
_INDEX_IN_TEXT = re.compile(rf"\b(?:index|indices|{_alt(STOCK_INDEX_WORDS)}|dow|rating|score)\b", re.I)
# A change sized by a fraction: "up almost a fifth from 770", "rose a fifth last year"; not "lost a fifth straight game".
_FRACTION_CHANGED_BEFORE = re.compile(rf"\b(?:{_alt(POINT_GAP_BEFORE)})\s+(?:(?i:{_alt(QUALIFIERS_BEFORE)})\s+)?$", re.I)
_FRACTION_CHANGE_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$|[ \t](?:from|on|in|since|over|to|last|this|against|compared|than|"
                                    r"year|a[ \t]+year)\b)", re.I)
_POINT_GAP_BEFORE = re.compile(rf"\b(?:{_alt(POINT_GAP_BEFORE)})\s+(?:(?:about|around|roughly|nearly|almost|some|just|a)\s+)?$",
                               re.I)
_POINT_GAP_AFTER = re.compile(rf"\s+(?:{_alt(POINT_GAP_AFTER)})\b", re.I)
_POINTS_AFTER = re.compile(r"\s(?:points?|pts)\b", re.I)
_CURRENCY_AFTER = re.compile(rf"\s(?P<cur>{_trie(CURRENCY_NAMES)})\b", re.I)
_SIGN_AFTER = re.compile(rf"\s?(?P<sign>{_alt(list(CURRENCY_SIGNS_AFTER) + list(CURRENCY_SIGNS_ONLY_AFTER))})"
                         r"(?![A-Za-z\d])")  # "10 $", not the cashtag of "10 $AAPL shares"
# "5 EUR"; "120 MEUR", "30 MUSD": millions, as Nordic and German company reports write them.
_ISO_AFTER = re.compile(rf"\s?(?P<mega>M(?=[A-Z]{{3}}\b))?(?P<iso>{'|'.join(sorted(ISO_CODES))})\b")
_MINOR_AFTER = re.compile(rf"(?:\s|-(?=[a-z]+-{_HYPHEN_RATE}))(?P<minor>{_alt(w for w in MINOR_UNITS if len(w) > 1)})"
                          rf"(?![\w]|-(?!{_HYPHEN_RATE}))"
                          r"|\s?(?P<p>p)(?![\w&'’]|\.\w)", re.I)  # "63 cents", "118.5p", "50 euro cents"
# After a name that is also an English word ("won", "real", "rand"): what makes it money ("5,000 won (US$4)",
# "500 rand a month", "100 won coins").
# ... or a word of money before it, except for names that are also common words after a number in any
# clause: "paid tribute to 3 real heroes", "a bonus for the 20 won matches".
_WORDS_BEFORE_MONEY_NOT_ENOUGH = frozenset({"real", "reals", "won", "sol", "lev", "leu", "lei"})
_AMBIGUOUS_MONEY_AFTER = re.compile(r"[ \t]*(?:[.,;:!?)\]]|\n|$|\((?:about|around|roughly|or|US|\$|€|£)"
                                    r"|(?:per|each|apiece|notes?|coins?|bills?|banknotes?|against|versus|vs)\b"
                                    r"|an?[ \t]+(?:month|year|week|day|share|head|person|litre|liter|kilo|kg)\b)",
                                    re.I)
_VIDEO_LINES = frozenset({"240", "360", "480", "720", "1080", "1440", "2160", "4320"})  # "1080p" is a resolution
# Unit symbols whose case tells them apart from another unit or word: "450 Nm" of torque, not nanometres.
_FIELD_SYMBOL_AFTER = re.compile(rf"[ \t]?(?P<sym>{_alt(FIELD_SYMBOLS)})(?![\w'’-])")
_CASED_UNIT_AFTER = re.compile(rf"\s?(?P<cu>{_alt(CASED_UNITS)})(?![\w'’/]|-[A-Za-z])")  # not "20 t-shirts", "2.8 t/ha"
# A suspended hyphen takes the word of the last compound: "four-, five- and six-cylinder", "two- or three-year".
_SUSPENDED = re.compile(r"-(?=,|\s+(?:and|or|to)\s)[^.;:()]{0,60}?\b(?:and|or|to)\s+(?:\d+(?:\.\d+)?|[a-z]+)"
                        r"-(?P<w>[a-z]{3,})\b(?P<old>-old\b)?")
# A currency in a compound: "a 10-dollar bill", "a one-yen bid", "a five-pound note" (a "five-pound baby" weighs).
_HYPHEN_CURRENCY = re.compile(r"-(?P<cur>dollar|euro|yen|yuan|rupee|pound(?=[ \t]+(?:notes?|coins?)\b))\b(?!-)", re.I)
_HYPHEN_CURRENCY_CODES = {"dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "rupee": "INR", "pound": "GBP"}
# A unit of several words is hyphenated whole as a modifier: "an 11,000-nautical-mile voyage", "a 5-square-mile park".
_HYPHENATED_UNITS = [re.escape(w).replace(r"\ ", "[ -]") for w in list(DURATIONS) + list(UNITS)]
_HYPHEN_UNIT = re.compile(rf"-(?P<hu>{_alt(_HYPHENATED_UNITS, escape=False)})\b(?P<old>-old)?", re.I)
# ... or only between its words, after a space: "a 1,500 square-foot home", "a 20 cubic-metre skip".
_SPACED_HYPHEN_UNIT = re.compile(rf"[ \t](?P<hu>{_alt([w for w in _HYPHENATED_UNITS if '[ -]' in w], escape=False)})"
                                 r"(?![\w-])", re.I)
_PER = _alt([w.replace(" ", "[\\s-]") for w in PER_WORDS], escape=False)
# A time phrase after a quantity dates it; it is no rate: "410,000 tonnes a year earlier", "$5 a week before";
# but "barrels a day earlier this month" and "a day before the war" are rates with a time of their own.
_NOT_A_RATE = (r"(?![ \t]+(?:ago|prior|previously|back)\b"
               r"|[ \t]+(?:earlier|later|before|after)"
               r"(?:[ \t]*(?:[.,;:!?)\u2014\u2013]|\n|$)|[ \t]+(?:and|when|as|but)\b))")
_UNIT_AFTER = re.compile(rf"\s?(?P<unit>{_trie(UNITS)})(?![\w])(?:[\s-](?P<per>{_PER})\b{_NOT_A_RATE})?", re.I)
# A measure per another unit, for any unit: "6.5 tonnes a hectare", "3 litres per person", "11 feet per century".
_PER_DENOMINATORS = sorted({w for w in list(UNITS) + list(DURATIONS) + list(MEASURE_PER_NOUNS)
                            if len(w) > 2 and w.replace(" ", "").replace("-", "").isalpha()})
_PER_TIMES = _alt(w for w in PER_WORDS.values() if w.isalpha())
_MATERIAL_RATE = re.compile(r"[ \t]+of[ \t]+(?!the\b|which\b|that\b|its\b|their\b)[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)??"
                            rf"[ \t]+(?P<per>(?:a|an|per)[ \t]+(?:{_PER_TIMES}))\b" + _NOT_A_RATE, re.I)
# ... or per any other unit or thing: "95 grams of CO2 per kilometre", "120 kilograms of nitrogen per hectare".
_MATERIAL_PER = re.compile(r"[ \t]+of[ \t]+(?!the\b|which\b|that\b|its\b|their\b)[a-z][a-z0-9-]*(?:[ \t]+[a-z][a-z0-9-]*)??"
                           rf"[ \t]+per[ \t]+(?P<den>{_trie(_PER_DENOMINATORS)})\b(?![-'’])" + _NOT_A_RATE, re.I)
# Street words that are also common nouns: a street only when capitalised ("26th Place", not "26th place").
_COMMON_STREET_WORDS = frozenset({"place", "way", "square", "court", "terrace", "drive", "lane"})
# A verb of a result right before a bare number: "drew one", "lost one", "won one of their five".
_OUTCOME_BEFORE = re.compile(r"\b(?:won|wins|lost|loses|drew|drawn|draws|tied|ties|halved)\s+$", re.I)
_HYPHEN_INCHES = re.compile(r"-(?P<n>\d{1,2})(?:-inch(?:es)?)?\b(?![-.,]?\d)")
_HYPHEN_PER = re.compile(rf"-(?P<per>{_PER})\b(?!-)", re.I)
_MEASURE_PER = re.compile(rf"[ \t]+(?:per|a|an|every)[ \t]+(?P<den>{_trie(_PER_DENOMINATORS)})\b(?![-'’])"
                          + _NOT_A_RATE, re.I)
# A slash after a unit in words: "7.2 tonnes/ha", "14 kilometres/hour", "42 micrograms/cubic metre".
_UNIT_SLASH = re.compile(rf"/(?:(?P<sym>{_alt(SLASH_SYMBOLS)})|(?P<den>(?i:{_trie(_PER_DENOMINATORS)})))(?![\w/])")
# A compound written with a slash between symbols: "1.3 A/cm2", "25 µg/m³", "120 g/km".
_SLASH_COMPOUND = re.compile(rf"[ \t]?(?P<num>{_alt(SLASH_SYMBOLS)})/(?P<den>{_alt(SLASH_SYMBOLS)})(?![\w/])")
_CHANGE_WORDS = sorted(set(CHANGE_UP) | set(CHANGE_DOWN) | set(CHANGE_NOUNS_UP) | set(CHANGE_NOUNS_DOWN)
                       | TEMPERATURE_CHANGE_WORDS)
_TEMP_CHANGE_BEFORE = re.compile(rf"\b(?:{_alt(_CHANGE_WORDS)})(?:[ \t]+(?:{_alt(TEMPERATURE_BEFORE_LINKS)})){{0,4}}"
                                 r"[ \t]+[-\u2212+]?$", re.I)
_TEMP_CHANGE_AFTER = re.compile(rf"(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]+(?:{_alt(TEMPERATURE_AFTER_WORDS)})\b"
                                rf"(?![ \t]+(?:{_alt(TEMPERATURE_LEVEL_AFTER)})\b)", re.I)
_TEMP_EQUIVALENT_BEFORE = re.compile(r"[ \t]*(?:\([ \t]*|,?[ \t]+or[ \t]+|[ \t]*/[ \t]*)$")
# Bare "degrees" are a temperature only in a sentence about one (not "a 30 degree launch angle").
_TEMPERATURE_WORDS = re.compile(r"\b(?:temperatures?|warm\w*|cool\w*|hot\w*|cold\w*|heat\w*|normal|average|"
                                r"thermometers?|weather|climate|celsius|fahrenheit|freezing|chill\w*)\b", re.I)
_ANGLE_WORDS = re.compile(rf"\b(?:{_alt(ANGLE_WORDS)})\b", re.I)
_TEMPERATURES = ("degree_Celsius", "degree_Fahrenheit", "degree")
_DURATION_AFTER = re.compile(rf"\s?(?P<dur>{_alt(DURATIONS)})\b(?P<old>[\s-]old\b)?", re.I)
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_MULT_AFTER = re.compile(r"(?:[\s-](?P<times>times|fold)\b|(?P<x>x)\b)", re.I)
# Words after a fraction that make it the size of a difference: "a quarter above normal", "a fifth lower".
_FRACTION_COMPARED = re.compile(r"[ \t]+(?:above|below|higher|lower|more|less|fewer|bigger|smaller|larger|cheaper|"
                                r"dearer|up|down)\b", re.I)
# What "twice" multiplies: "twice the size", "nearly twice that", "twice what it paid". Not "twice as", which
# opens a clause as often as a comparison ("scored twice as the visitors pressed"), so it is left unread.
_MULTIPLIED_AFTER = re.compile(r"[ \t]+(?:the|that|this|those|these|what|its|their|his|her|our|my|your|more|less|"
                               r"higher|lower|larger|bigger|smaller|greater|faster|slower|longer|shorter)\b", re.I)
# What follows "N times" when it counts occasions, not a multiplier ("four times as many", "three times the
# size", "6.5 times earnings"): the clause ends, or a time, a frequency or a clause of its own comes next
# ("four times since 2021", "three times last season", "twice a week", "four times, and ...").
# ... but after a verb of change "N times" stays the size of the change ("output grew 4 times in a decade").
_CHANGED_BY = re.compile(rf"\b(?:{_alt(CHANGE_UP + CHANGE_DOWN)})[ \t]+(?:(?:about|around|roughly|nearly|almost|some|"
                         rf"more[ \t]+than|over|by)[ \t]+)*$", re.I)
_OCCASIONS_AFTER = re.compile(
    rf"(?:[ \t]*(?:[,;:!?)]|\.(?!\d)|$)|[ \t]+(?:(?:since|during|before|until|in|over|so\s+far|already|now|before|"
    rf"each|every|and|but|while|when|after|against|with|to\s+date)\b|(?:this|last|that|a|per)[ \t]+"
    rf"(?:{_alt(w for w in DURATIONS if ' ' not in w)}|season|term|campaign|night|winter|summer|spring|autumn)\b(?![’']s)))", re.I)
_NOUN_AFTER = re.compile(r"(?:[ \t]+(?P<w>[A-Za-z][A-Za-z'’-]*)){1,4}")
_WORD = re.compile(r"[A-Za-z](?:[A-Za-z'’-]*[A-Za-z'’])?")
# A size before what a price is per ("Sh3,400 per 90-kilo bag", "$12 a 20-litre drum", "€4 per 500g pack"):
# the price is still per bag, drum or pack.
_SIZED = (r"\d[\d.,]*[ \t-]?(?:kilos?|kg|kilograms?|kilogrammes?|litres?|liters?|l|pounds?|lbs?|grams?|g|"
          r"tonnes?|tons?|ounces?|oz|ml|gallons?|metres?|meters?|m)[ \t-]")
# A price may name its currency again before what it is per: "$75 U.S. per barrel", "C$5 Canadian a share".
_MONEY_PER = re.compile(r"(?:[ \t]+(?:U\.S\.|US|USD|Cdn|Canadian|Australian|Aus)(?=\s+(?:per|a|an)\s))?"
                        rf"\s(?P<per>per|a|an)\s(?P<sized>{_SIZED}(?!(?:of|and|or|to)\b))?(?P<what>(?:{_trie(w for w in UNITS if len(w) > 2)})(?![\w-])"
                        r"|(?:(?:square|sq\.?|cubic|metric)\s)?[A-Za-z]+)\b(?!\s+of\b)"
                        + _NOT_A_RATE, re.I)
# ... or with a slash, as prices are tabled: "$15/hour", "$9,000/tonne", "$1,900/oz", "€4/kg".
# ... or hyphenated into a modifier: "a £180,000-a-week deal", "a $65-a-barrel floor", "a 2p-per-litre levy".
_MONEY_HYPHEN_PER = re.compile(r"-(?:a|an|per)-(?P<what>[a-z]+)\b(?![-'’])", re.I)
_MONEY_SLASH_PER = re.compile(
    rf"/(?:(?P<sym>{_alt(SLASH_SYMBOLS)})|(?P<what>(?i:{_trie([w for w in list(UNITS) + list(DURATIONS) if len(w) > 1] + list(RATE_NOUNS))})))"
    r"(?![\w/])")
_MONEY_PER_SKIP = re.compile(r"[ \t]*\([^()\n]{1,30}\)|[ \t]*(?:to|and|or|-|\u2013)[ \t]*(?:[$€£¥₹]|[A-Z]{1,3}\$)?"
                             r"\d[\d,]*(?:\.\d+)?(?:[ \t]?(?:million|billion|trillion|bn|m|k)\b)?")
_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+)?(?P<w>[A-Za-z]+)")
_HYPHEN_NOUN = re.compile(rf"-(?!(?i:{_NUMBER_WORD})\b)(?P<n>[a-z]{{3,}})\b(?!-)")  # not the "-four" of "five-four"
# The fraction of a mixed number: "7 3/4" (a space, then a proper fraction) or a glued vulgar fraction "5½".
_VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3), "⅛": (1, 8), "⅜": (3, 8),
                     "⅝": (5, 8), "⅞": (7, 8)}
_MIXED_FRACTION = re.compile(r"(?:[ \t](?P<n>\d{1,2})/(?P<d>\d{1,2})|[ \t]?(?P<v>[½¼¾⅓⅔⅛⅜⅝⅞]))(?![\d/])")
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+(?P<part>a[ \t]+half|a[ \t]+quarter|three[ \t]+quarters)\b"
                         r"(?![ \t]+(?:of|the)\b|-)", re.I)
_PARTS = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
_INCHES_AFTER = re.compile(r"[ \t]?(?:and[ \t]+)?(?P<n>\d{1,2}(?:\.\d+)?)[ \t]?(?:inches|inch|in\b|\"|″)", re.I)
_FRACTION_OF_SCALE = re.compile(r"[ \t]+(?:of[ \t]+)?(?:an?[ \t]+)?(?P<scale>dozen|thousand|million|billion|trillion)\b",
                                re.I)
# The same inside a compound adjective: "a quarter-of-a-billion-euro project", "a half-billion-dollar deal".
_FRACTION_OF_SCALE_HYPHENED = re.compile(r"-(?:of-)?(?:an?-)?(?P<scale>thousand|million|billion|trillion)\b", re.I)
_ONE_IN = re.compile(rf"(?:\s+(?P<noun>[a-z]+)(?=\s+in\s+every\s))?"  # "one peso in every eight"
                     rf"\s+(?P<link>in|out\s+of)\s+(?:every\s+)?(?P<den>\d{{1,4}}|{_NUMBER_WORD})\b(?![.,]\d)"
                     rf"(?!\s+(?:{_RELATIVE_UNIT}|hours?|minutes?|seconds?)\b)", re.I)

# Words after "one" that make "one X in every N" no share of a whole: "one day in every seven" is a
# frequency in time, kept as the extractor reads it.
_NOT_ONE_IN_NOUNS = frozenset("day week month year hour minute second time".split())

_CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<sym>{_alt([_spaced_symbol(c) for c in CURRENCY_PREFIXES], escape=False)})"
    rf"|(?<![A-Za-z])(?P<code>{_alt(list(ISO_CODES) + list(CURRENCY_CODES_BEFORE))})\s?"
    rf"|(?<![A-Za-z])(?P<ascii>{_alt(LETTER_SIGNS)}))\s?$")
_QUAL_BEFORE = re.compile(rf"(?<![\w])(?P<q>{_alt(QUALIFIERS_BEFORE)})[\s-]+(?:by\s+)?(?:(?:a|an|the)\s+)?$", re.I)
_QUAL_AFTER = re.compile(rf"\s?(?P<q>{_alt(QUALIFIERS_AFTER)})(?!\w)", re.I)
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][\w.'’-]*)[ \t]*[#]?[ \t]*$")
_GLUED_WORD = re.compile(r"(?<![\w-])(?P<w>[A-Za-z]+)[-\u2013]$")
_SIGN_WORD_BEFORE = re.compile(r"(?<![\w-])(?:minus|negative)[ \t]+$", re.I)
_MINUS_BEFORE = re.compile(r"(?<![\w-])minus[ \t]$", re.I)
_SOURCE_LINE = re.compile(r"^source:[ \t]*(.+)$", re.M)
_TRAILING_PART = re.compile(r"[:/]\d|\.\d")
# A fraction in digits: '1⁄32' (the fraction slash), or '1/16 of a pint' (a plain slash is often a date).
_DIGIT_FRACTION = re.compile(r"(?:\u2044|/(?=\d{1,4}\s+of\s))(?P<den>\d{1,4})\b(?![/\u2044.,]\d)")
# ... or a plain slash before a unit: "a 1/4 mile oval", "a 3/4-inch pipe" (the fraction is of the unit).
_FRACTION_OF_UNIT = re.compile(rf"/(?P<den>\d{{1,2}})(?=[ \t-](?i:{_alt([u for u in list(UNITS) + list(DURATIONS) if len(u) > 1])})\b)")
# A unit written out in full after one or two modifiers: "50 previous years", "517 rushing yards".
_WORD_UNITS = [w for w in list(DURATIONS) + list(UNITS) if len(w) > 3 and w.replace(" ", "").isalpha()]
_SPELT_UNITS = [w for w in list(DURATIONS) + list(UNITS) if len(w) > 2 and w.replace(" ", "").isalpha()]
_FRACTION_OF_A_UNIT = re.compile(rf"[ \t]+(?:of[ \t]+)?(?:an?|one)[ \t]+(?:(?:US|U\.S\.)[ \t]+)?"
                                 rf"(?P<unit>{_alt(_SPELT_UNITS)})\b(?![-'’])", re.I)
# A unit spelt out right after a fraction: "a quarter mile", "a half-hour", "½ teaspoon".
_SPELT_UNIT_AFTER = re.compile(rf"[ \t-](?P<unit>{_alt(_SPELT_UNITS)})\b(?![-'’])", re.I)
_FRACTION_OF_A_POINT = re.compile(r"[ \t-]+(?:of[ \t]+)?(?:an?[ \t]+)?(?P<pp>percentage[ \t-]+)?points?\b(?!-)", re.I)
_RATE_WORDS = re.compile(r"%|\b(?:rates?|per\s?cent|percent|yields?|interest|inflation|basis)\b", re.I)
_MODIFIED_UNIT = re.compile(rf"(?P<mods>(?:[ \t]+(?:[a-z]+|US|U\.S\.)){{1,2}}?)[ \t]+(?P<unit>{_alt(_WORD_UNITS)})\b(?!-)")
# The year named right after a month or a day: "in June last year", "on May 3 next year" (not "June, last
# year's best month").
_REL_YEAR_AFTER = re.compile(r"[ \t]+(?P<w>last|next|this)[ \t]+year\b(?!['’])", re.I)
_REL_YEAR_STEP = {"last": -1, "this": 0, "next": 1}
# The months of the seasons a year holds whole (northern reckoning, as "next summer" is read in news): winter
# straddles two years and is left unread.
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# Meters as devices: "400 parking meters"; a possessive before a count: "the borough's 2,370", "its 300".
_DEVICE_METERS = re.compile(rf"[ \t]+(?P<kind>{_alt(METER_DEVICE_WORDS)})[ \t]+meters?\b", re.I)
_POSSESSIVE_BEFORE = re.compile(rf"(?:\w['’]s|\b(?:{_alt(POSSESSIVES)}))[ \t]+$", re.I)
_OF_AFTER = re.compile(r"[ \t]+of\b")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d|2100")
# A year of the next century only after a word that makes it one: "by 2120", "until 2150".
_FAR_YEAR = re.compile(r"21\d\d")
_FAR_YEAR_BEFORE = re.compile(r"\b(?:in|by|until|till|before|after|through|since)\s+$", re.I)
# A period of a year after it: "the 1988 quarter", "its 2019 fiscal year", "the 2020 season".
_PERIOD_AFTER_YEAR = re.compile(r"[ \t]+(?:(?:first|second|third|fourth|fiscal|financial|calendar)[ \t]+)?"
                                r"(?:quarter|half|year|season|period)\b(?![-'’])")
_SPLIT_YEAR = re.compile(r"[-–/](?P<next>\d{2})(?![\d-])")  # a financial year: "2023-24", "2019/20"
_YEAR_PAIR = re.compile(r"\b(?:1[5-9]|20)\d\d\s*(?:and|to|-|–)\s*$")
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "your", "this", "that", "whose", "fiscal"})
_PREVIOUS_WORD = re.compile(r"(?P<w>[A-Za-z&][\w&.'’-]*)[ \t]$")
_NEXT_WORD = re.compile(r"[ \t](?P<w>[A-Za-z][\w'’-]*)")
# A spaced unit symbol ends its phrase: "45 mi (72 km)", "rated 20 dB."; "3 mi casa" is not a distance.
_SYMBOL_ENDS_PHRASE = re.compile(r"[ \t]*(?:[(),;:]|\.(?!\w)|$)")
# The joins of a list of figures, each after its name: "won 17, Saltmarsh 9 and Thornbury five".
_LIST_ITEM_END = re.compile(r"[ \t]*(?:[,;.)]|and\b|$)")
_LIST_JOIN_BEFORE = re.compile(r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")
_WORD_ITEM_AFTER = re.compile(rf"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)[A-Z][\w'’-]*[ \t]+(?i:{_NUMBER_WORD})\b")
# A number word and at most two adjectives before a bare integer: the integer names a model, the word
# counts ("two new 737 Max jets", "three 787 Dreamliners").
_COUNT_WORD_BEFORE = re.compile(rf"(?<![\w-])(?i:{_NUMBER_WORD})(?P<mods>(?:[ \t]+[a-z]+){{0,2}})[ \t]+$")
# A model number inside a counted phrase: digits followed by a capitalised name ("737 Max").
_MODEL_NUMBER = re.compile(r"\d{2,5}(?=[ \t]+[A-Z])")
# A maker's name and a model number after a count: "9 ATR 42-500s", "30 Airbus A321neos", "8 Dash 8-400s";
# or a model code alone, letters then digits: "30 A321neos", "32 F-35s".
# Not after a model's own variant ("its 737 Max 8 jets" are jets of one model, not 737 of them).
_MODEL_AFTER_COUNT = re.compile(r"[ \t]+(?P<model>(?!(?:Max|Neo|Pro|Plus|Ultra|Mini|Lite|Air|Series|Mark|Mk)\b)"
                                r"(?:(?:[A-Z][A-Za-z]+[ \t]+){1,2}(?:[A-Z]{1,2}-?\d|\d)|[A-Z]{1,2}-?\d)[\dA-Za-z]*?"
                                r"(?:-\d+[A-Za-z]*?)?)(?P<s>s)?(?![\w-])(?![ \t]+[A-Z])")
# A name with a number in a counted phrase: "COVID-19" of "3,000 COVID-19 tests", "F-35" of "two F-35 jets".
_NAME_NUMBER = re.compile(r"[A-Z][A-Za-z]*[ \t]?-\d{1,4}\b(?!-)")
# Words that make "pounds" sterling rather than weight.
_MONEY_WORDS = re.compile(r"\b(?:profits?|revenues?|sales|turnover|costs?|costing|price[ds]?|paid|pay|payments?|worth|"
                          r"fined?|deal|loss(?:es)?|debts?|bid|offer(?:ed)?|funding|budget|spen[dt]|raised?|"
                          r"invest(?:ed|ment)?|valued?|earn(?:ed|ings|s)?|salary|tax(?:es)?|bonus(?:es)?|income|fees?|"
                          r"bill|charged?|compensation|damages|contract|grants?|award(?:ed)?|prize|wages?|"
                          r"dividends?|capital|cash|sold\s+for|bought\s+for|£)\b", re.I)
_MONEY_AFTER = re.compile(r"[ \t]+(?:a|per)[ \t]+(?:year|week|month|share)\b|[ \t]+\(\s?(?:\$|US\$|€)", re.I)
_OF_AFTER = re.compile(r"[ \t]+of\b", re.I)
_AGE_BEFORE = re.compile(rf"(?:[A-Z][\w.'’-]*|\b(?i:the|a|an|his|her|their|our)[ \t]+(?:[a-z-]+[ \t]+)?(?i:{_alt(AGE_ROLES)}))"
                         r",[ \t](?:(?:now|then|still|only|just)[ \t])?$")  # "Senard, 65, ...", "the victim, 19, ..."
# ... a person "of" an age: "a boy of 12", "a woman of 70 who ..."; not "a man of 12 goals".
_AGE_PERSON_OF_BEFORE = re.compile(rf"\b(?:{_alt(AGE_PERSONS)})[ \t]+of[ \t]+$", re.I)
_AGE_PERSON_OF_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$|(?:who|was|is|and|from|in|at|had|has)\b)")
# An age after the word it is the value of: "aged 65", "at age 87", "a median age of 44.2", "the state pension
# age will rise from 66 to 67", "life expectancy for men in Glasgow is around 73".
_AGE_WORD_BEFORE = re.compile(rf"\b(?:{_alt(AGE_FRAME_WORDS)})(?:[ \t]+(?:(?:{_alt(AGE_LINK_WORDS | set(AGE_PEOPLE) | {'the'})})\b"
                              r"|\d{1,3}(?:\.\d)?\b|(?-i:in[ \t]+[A-Z][\w'’]*)|(?:for|among)[ \t]+[a-z]+s))"  # "for men in Glasgow is 73"
                              r"{0,6}[ \t]+$", re.I)
# ... after who has it and a verb of being: "he was 91", "who is 84", "she turned 50", "he's 35".
_AGE_SUBJECT_BEFORE = re.compile(rf"(?<![\w'’])(?:{_alt(AGE_SUBJECTS)})(?:[ \t]+(?:{_alt(AGE_VERBS)})|['’]s)"
                                 r"(?:[ \t]+(?:only|just|now|still|nearly|almost|about))?[ \t]+$", re.I)
# ... after an event of a life and "at": "died at 91", "retired at 65"; or opening a clause: "At 19, she ...".
_AGE_EVENT_BEFORE = re.compile(rf"\b(?:{_alt(AGE_EVENT_VERBS)})[ \t]+(?:aged|at|at[ \t]+the[ \t]+age[ \t]+of)[ \t]+$",
                               re.I)
_AGE_AT_CLAUSE = re.compile(r"(?:^|[.;:!?\n\u2014\u2013-]\s*|,\s+)at[ \t]+$", re.I)
_AGE_AT_CLAUSE_AFTER = re.compile(rf",[ \t]+(?:{_alt(AGE_SUBJECTS)}|{_alt(POSSESSIVES)})\b", re.I)
# ... closing a relative clause of a person: "Mara Lind, who captained the side at 23, ...", "who took office at 41
# and". The clause holds no other figure, and its verb is none of a price or level ("who bought at 52").
_AGE_WHO_AT = re.compile(rf"\bwho[ \t]+(?!(?:{_alt(AGE_LEVEL_VERBS)})\b)[a-z]+(?:[ \t]+[a-z'’-]+){{0,5}}[ \t]+at[ \t]+$",
                         re.I)
_AGE_WHO_AT_AFTER = re.compile(r"[ \t]*(?:[,;.)\u2014]|and\b)")
# ... as a bound on a group of people: "voters over 65", "children under five", "those aged 18 to 24".
_AGE_PEOPLE_BEFORE = re.compile(rf"\b(?:{_alt(AGE_PEOPLE)})(?:[ \t]+(?:aged|age))?[ \t]+(?:over|under|above|below|"
                                r"older[ \t]+than|younger[ \t]+than|between)[ \t]+$", re.I)
# The last word before any age the patterns above read: a cheap test before running them.
_AGE_LAST_WORDS = frozenset(
    {w.lower() for w in AGE_FRAME_WORDS} | AGE_LINK_WORDS | {v.split()[-1] for v in AGE_VERBS}
    | {f"{w}{s}" for w in AGE_SUBJECTS for s in ("'s", "’s")}
    | {"only", "just", "now", "still", "nearly", "almost", "about", "at", "aged", "of", "over", "under", "above",
       "below", "than", "between"})
# The second age of a range: "aged 18 to 24", "between 65 and 74".
_AGE_RANGE_JOIN = re.compile(r"[ \t]*(?:to|and|or|-|\u2013)[ \t]*")
# A decade of life: "in her 80s", "in his early seventies", "in their mid-30s".
_DECADE_OF_LIFE_BEFORE = re.compile(rf"\b(?:{_alt(POSSESSIVES)})[ \t]+(?:(?P<part>early|mid|late)[ \t-]+)?$", re.I)
# The second decade of a pair: "in their 50s and 60s", "in her early 70s or late 80s".
_DECADE_OF_LIFE_JOIN = re.compile(r"[ \t]*(?:to|and|or|-|\u2013)[ \t]+(?:(?P<part>early|mid|late)[ \t-]+)?", re.I)
# "an 87 yo man", "87 y.o.": years of age in clinical shorthand.
_YEARS_OLD_AFTER = re.compile(r"[ \t]?(?:yo|y\.o\.|y/o)(?![\w/])", re.I)
_RANGE_AFTER = re.compile(r"[ \t]*(?:-|\u2013|to|or)[ \t-]*\d")  # "a 5-10W laser": the first end of a range
# A score: two small integers joined by a hyphen or dash, after a word of winning or before one ("won 3-1",
# "beat Chelsea 2-0", "at 89-89", "a 2-0 win"), and followed by no unit or noun of its own.
_SCORE = re.compile(r"[-\u2013](?P<b>\d{1,3})(?![\d%/]|[.,]\d|[-\u2013]\d|[A-Za-z°$€£%]|[ \t][°$€£%])")
# A tally of goals and points against another, as hurling and Gaelic football write a score: "3-14 to 2-12". No
# range is written so: a range of pairs would be of two ranges.
_RANGE_OPENER_BEFORE = re.compile(r"\b(?i:from|between)[ \t]+$")  # "grew from 20-25 to 30-35": ranges
_TALLY_AGAINST_TALLY = re.compile(r"[ \t]+to[ \t]+\d{1,2}[-\u2013]\d{1,2}(?![\d%/]|[.,]\d|[-\u2013]\d|[A-Za-z°$€£%])")
# The wins and losses of a season: "a 19-11 record", "a 12-4 season".
_RECORD_AFTER = re.compile(r"[ \t]+(?:record|season|campaign|mark)\b", re.I)
_SCORE_BEFORE = re.compile(rf"\b(?i:{_alt(SCORE_BEFORE)})(?:[ \t]+the)?(?:[ \t]+[A-Z][\w.'’-]*){{0,3}}[ \t]+$")
_SCORE_AFTER_WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z]+)")
_ONE_OR_BEFORE = re.compile(r"(?<![\w'’-])(?i:an?|another|one)[ \t]+(?P<w>[A-Za-z]+)[ \t]+or[ \t]+$")
_NOT_COUNTED_BEFORE_OR = frozenset({"few", "couple", "lot", "bit", "little", "dozen", "hundred", "thousand", "million",
                                    "billion", "half", "quarter", "third", "score"})
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ \t-]$", re.I)
_COMPOUND_AFTER = re.compile(rf"[ \t]+(?:\d[\d,.]*|(?i:{_NUMBER_WORD}))-[A-Za-z]+(?:-[A-Za-z]+)*(?=[ \t])")
_KNOCKOUT_BEFORE = re.compile(r"(?<![\w-])(?i:last[- ]|round[ \t]+of[ \t]+)$")
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|A|An)[ \t]+$")
_AGE_AFTER = re.compile(r"\s?[,)]")
_YEAR_CONTEXT = re.compile(r"\b(?:in|since|by|until|till|from|to|of|before|after|through|during|late|early|mid|"
                           r"fiscal|fy|year|summer|winter|spring|autumn|fall|between|and|circa|c\.)[\s-]+$", re.I)

# A size right before a comparative: "22 percent below", "$3 more than", "twice as ... as".
# Verbs whose particle "up" takes "to": "signed up to", "add up to", "lived up to", "the run-up to".
_PHRASAL_UP = re.compile(r"\b(?:sign|add|live|own|face|measure|sum|step|open|run|lead|build|stand|catch|"
                         r"match|sidle|cosy|cozy|suck|warm|gear|wake)(?:s|ed|d|ing|ning|ped|ping)?[ \t-]*$"
                         r"|\b(?:caught|stood|led|built|woke|ran)[ \t-]*$", re.I)
# A figure with the thing it counts right before a bound word: "215 homes short of the ...", "40 pupils over the ...".
_COUNTED_BY = re.compile(r"\d[\d,.]*(?:[ \t]+[a-z]+){1,2}[ \t]+$")
_COMPARED_BY = re.compile(r"(?:\d|%|\bper\s?cent|\bpercent|\bpct|\bpoints?|\btimes|\bfold)[ \t]*$", re.I)


def _proper(word: str) -> bool:
    """A capitalised name, not an acronym plural ('LLMs', 'CEOs') nor a demonym ('European', 'Americans')."""
    if not word[0].isupper() or (len(word) > 2 and word[:-1].isupper() and word.endswith("s")):
        return False
    return not _demonym(word)


def _demonym(word: str) -> bool:
    """'European', 'Chinese', 'Americans', 'Israeli': a people or its adjective, counted like a common noun."""
    low = word.lower()
    stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return low in DEMONYMS or stem in DEMONYMS or stem.endswith(DEMONYM_ENDINGS) and len(stem) > 5


def _participle(low: str) -> bool:
    """A past participle used as an adjective: 'recorded', 'confirmed', 'registered' (not 'red', 'seed')."""
    return len(low) > 4 and low.endswith("ed") and not low.endswith("eed") and low.isalpha()


def _plural(low: str) -> bool:
    """Whether a lower-case word looks plural: 'satellites', 'people', 'fishermen'."""
    if low in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[low] != low or low in ("people", "police", "staff")
    if low.endswith(IRREGULAR_PLURAL_ENDINGS) or low.endswith("men") and low not in SINGULAR_MEN:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) and len(low) > 2


@lru_cache(maxsize=1 << 16)  # asked of every word of many sentences by the readers and rules: a vocabulary's worth
def singular(word: str) -> str:
    """English singular of a plural noun, by rule with a table of exceptions."""
    low = word.lower()
    if low in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[low]
    ending = next((e for e in IRREGULAR_PLURAL_ENDINGS if low.endswith(e)), None)
    if ending:
        return low[:-len(ending)] + IRREGULAR_PLURALS[ending]
    if low.endswith("men") and low not in SINGULAR_MEN:
        return low[:-3] + "man"
    if len(low) <= 3 or not low.endswith("s") or low.endswith(("ss", "us", "is", "'s", "’s")):
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "shes", "ches", "xes", "zes")) or low[:-2] in SINGULAR_US or low[:-2] in SINGULAR_O:
        return low[:-2]
    return low[:-1]


def _denominator(word: str) -> str:
    """The unit a rate is per, from its symbol or word: 'ha' -> hectare, 'hours' -> hour, 'person' -> person."""
    if word in SLASH_SYMBOLS:
        return SLASH_SYMBOLS[word]
    low = " ".join(word.lower().split())
    return DURATIONS[low][0] if low in DURATIONS else UNITS.get(low) or singular(low)


@dataclass
class Mention:
    """A quantity under construction (made into a ``Quantity`` record at the end)."""

    start: int
    end: int
    kind: str
    value: float | str
    unit: str
    qualifier: str = "exact"
    precision: float = 0.0
    noun: str | None = None
    subject: str | None = None
    resolved: bool = True
    extra: dict = field(default_factory=dict)

    @property
    def per(self) -> str | None:
        """What a price or rate is per ('share' of '$5 a share')."""
        return self.extra.get("per")

    def bounds(self) -> tuple[float | None, float | None]:
        if isinstance(self.value, str):
            return None, None
        if "bounds" in self.extra:  # a range written as one phrase: "in her 80s"
            return self.extra["bounds"]
        v, p = self.value, self.precision
        lo, hi = v - p, v + p
        if self.qualifier == "approx":  # "about £240,000": off by up to the unit it was rounded to, 3-10%
            rounded = self.extra.get("rounding")
            width = max(p, abs(v) * (min(max(rounded, APPROX_LEAST), APPROX_MOST) if rounded else APPROX_MOST))
            return v - width, v + width
        if self.qualifier == "lower":
            return v - p, None
        if self.qualifier == "upper":
            return None, v + p
        return lo, hi


def _is_scale(m: re.Match, currency: str | None) -> bool:
    """Short forms ('m', 'bn', 'k') are scales after a currency or glued to the number; a glued
    lower-case 'm' without a currency is a metre ("a 37m skeleton"), a capital one a million ("4.3M sales")."""
    word = m.group("scale")
    if word.lower() == "grand":  # "50 grand a year" is money; "23 Grand Slam titles" and "two grand pianos" are not
        return word == "grand" and bool(_AFTER_GRAND.match(m.string, m.end()))
    if word.lower() == "t":
        return bool(currency) and not m.group("sp")  # "$2.174T"; a lone "t" is a tonne
    if word.lower() == "mm":
        return bool(currency) and word == "MM"  # "US$ 1MM" in finance; "5mm" is millimetres
    if word.lower() not in SHORT_SCALES or currency:
        return True
    if m.group("sp"):
        return word.lower() in SPACED_SHORT_SCALES
    return word != "m" or _million_of(m.string, m.end())


_TWO_LETTER_UNITS = frozenset({"km", "kg", "mi", "ft", "lb", "ha", "gw", "mw", "kw", "gb", "tb", "mb", "oz"})


def _million_of(text: str, pos: int) -> bool:
    """Whether a glued lower-case 'm' is a million by what it counts: a unit or currency in words ("1.2m
    tons", "2m barrels", "5m sq ft", "3m euros") or things in the plural ("4m people", "2m users"); a metre
    before a thing in the singular or a race ("a 37m yacht", "the 100m hurdles")."""
    unit = _UNIT_AFTER.match(text, pos)
    if unit and unit.start("unit") > pos and (len(unit.group("unit")) > 2 or " " in unit.group("unit")
                                              or unit.group("unit").lower() in _TWO_LETTER_UNITS):
        return True
    if _CURRENCY_AFTER.match(text, pos):
        return True
    if text.startswith("-strong", pos):
        return True  # "the 9.4m-strong membership": the size of a body of people
    nxt = _NEXT_WORD.match(text, pos)
    if not nxt:
        return False
    word = nxt.group("w").lower()
    if word == "people" or _plural(word) and word not in NOUN_STOP_WORDS and word not in DISTANCE_EVENTS:
        return True
    then = _NEXT_WORD.match(text, nxt.end())  # "3.1m registered voters", "6.5m laying hens": one modifier, then
    return bool(then) and (word.endswith(("ing", "ed")) or word in _COUNT_ADJECTIVES) and word not in _LENGTH_WORDS \
        and _plural(then.group("w").lower()) and then.group("w").lower() not in NOUN_STOP_WORDS  # the things


# Adjectives that narrow counted things: "8.5m active users", "2m eligible voters".
_COUNT_ADJECTIVES = frozenset("""active new eligible unique monthly daily weekly regular young elderly foreign domestic
local adult extra additional international overseas first-time full-time part-time""".split())
# Words after a length that say what it measures: "37m long", "a 12m-high wall", "rising 8m above".
_LENGTH_WORDS = frozenset("long high tall wide deep thick across above below underground overhead".split())


class Extractor:
    """Reads the quantities of one text. Use ``extract_mentions``."""

    def __init__(self, text: str, published: dt.date | None, sentence_spans: list[tuple[int, int]],
                 skip: tuple[tuple[int, int], ...] = ()) -> None:
        self.text = text
        self.published = published
        self.sentences = sentence_spans
        self._starts = [s for s, _ in sentence_spans]
        self.skip = sorted(skip)
        self._low: str | None = None
        self._countries: dict[str, int] = {}  # how often the article names each currency's country
        self._dollar: str | None = None
        self._source: str | None = None
        self._last_currency: str | None = None  # of the last amount of money read: the major unit of "cents"
        self._glued_cents = False  # whether the article has written cents glued ("51.5c"): "up from 49c" follows it
        self._last_age_end: int | None = None  # where the last age read ends: "aged 18 to 24"
        self._last_measure: Mention | None = None  # the last measure read: "14 C (25.2 F)" shares its kind
        self._temp_scale: str | None = None
        self._last_own_currency: str | None = None  # of the last money not in brackets: what cents are of
        self._skip_to = 0
        self._last_end = -1  # where the last quantity read ends: a list of figures goes on from it

    # -- driving -------------------------------------------------------------------------------
    @without_gc_pauses
    def mentions(self) -> list[Mention]:
        out: list[Mention] = []
        text = self.text
        match = MASTER.match
        taken_until = 0
        for sent_start, sent_end in self.sentences:
            if self._covered(sent_start, sent_end):
                continue
            pos = sent_start
            for at in _starts(text, sent_start, sent_end):
                if at < pos:
                    continue  # within what was read already: MASTER is not tried there
                m = match(text, at, sent_end)
                if not m:
                    continue
                if m.start() < taken_until or self._skipped(m.start(), m.end()):
                    pos = m.end()
                    continue
                self._skip_to = 0
                mention = self._read(m, sent_start, sent_end)
                if mention is None:
                    pos = max(m.end(), self._skip_to)  # a score is skipped whole
                    if m.group()[:1].isdigit():
                        scale = _SCALE_AFTER.match(text, m.end())  # "K48 million" that is no money: not "million"
                        if scale:
                            pos = max(pos, scale.end())
                    continue
                if mention.kind == "fraction":
                    mention = self._fraction_of_unit(mention, sent_start, sent_end)
                out.append(mention)
                self._last_end = mention.end
                if mention.kind == "money" and "minor" not in mention.extra:
                    self._last_currency = mention.unit
                    if not _IN_BRACKETS.search(text, sent_start, mention.start):
                        self._last_own_currency = mention.unit  # not "(about $153-million)", a restatement
                self._last_age_end = mention.end if mention.noun == "age" else None
                if mention.kind == "measure":
                    self._last_measure = mention
                taken_until = max(mention.end, mention.extra.get("read_to", 0))
                pos = max(m.end(), taken_until)
        return out

    def _fraction_of_unit(self, mention: Mention, sent_start: int, sent_end: int,
                          m: re.Match | None = None) -> Mention:
        """'1/16 of a US pint', 'half a mile', 'a quarter of an hour', 'a quarter point' of a rate: a measure of
        the fraction of one unit (m: the unit already found after it)."""
        if not isinstance(mention.value, float):
            return mention
        if m is not None:
            return self._measure_of_fraction(mention, m)
        point = _FRACTION_OF_A_POINT.match(self.text, mention.end)
        if point and (point.group("pp") or _RATE_WORDS.search(self.text, sent_start, sent_end)):
            # "a quarter point" of an interest rate, "half a percentage point"
            return Mention(mention.start, point.end(), "percentage_point", mention.value, "percentage_point",
                           precision=mention.precision, qualifier=mention.qualifier)
        m = _FRACTION_OF_A_UNIT.match(self.text, mention.end)
        return self._measure_of_fraction(mention, m) if m else mention

    def _gap_of_percentages(self, start: int, end: int, sent_start: int, sent_end: int) -> bool:
        """Whether 'N points' is percentage points: a word of change or gap right before or after it ('down 3.7
        points', 'a swing of 4.8 points', '9 points under'), percentages in the sentence, and no index there."""
        sentence = self.text[sent_start:sent_end]
        if not _PERCENT_IN_TEXT.search(sentence) or _INDEX_IN_TEXT.search(sentence):
            return False
        return bool(_POINT_GAP_BEFORE.search(self.text, max(sent_start, start - 30), start)
                    or _POINT_GAP_AFTER.match(self.text, end, sent_end))

    @staticmethod
    def _measure_of_fraction(mention: Mention, m: re.Match) -> Mention:
        word = m.group("unit").lower()
        if word in DURATIONS:
            unit, factor = DURATIONS[word]
            return Mention(mention.start, m.end(), "duration", mention.value * factor, unit,
                           precision=mention.precision * factor, qualifier=mention.qualifier)
        return Mention(mention.start, m.end(), "measure", mention.value, UNITS[word], precision=mention.precision,
                       qualifier=mention.qualifier)

    def _covered(self, a: int, b: int) -> bool:
        """Whether text[a:b] lies wholly inside one skipped region (front matter, code, a link target)."""
        i = bisect_right(self.skip, (a, float("inf"))) - 1
        return i >= 0 and self.skip[i][0] <= a and b <= self.skip[i][1]

    def _skipped(self, a: int, b: int) -> bool:
        """Whether text[a:b] overlaps a skipped region."""
        i = bisect_right(self.skip, (a, float("inf"))) - 1
        if i >= 0 and self.skip[i][0] <= a < self.skip[i][1]:
            return True
        return i + 1 < len(self.skip) and self.skip[i + 1][0] < b

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def _read(self, m: re.Match, sent_start: int, sent_end: int) -> Mention | None:
        kind = m.lastgroup
        if kind == "skip":
            return None
        if kind == "num" or m.group("num"):
            return self._number(m, sent_start, sent_end)
        if m.group("aspan"):  # "more than a week", "nearly a year": a span bounded by its qualifier
            unit, factor = DURATIONS[m.group("aspan_u").lower()]
            mention = Mention(m.start(), m.end(), "duration", factor, unit)
            self._qualify(mention, sent_start)
            return mention if mention.qualifier != "exact" else None
        if m.group("decade"):
            years = 10.0 if m.group("decade_u").lower() == "decade" else 100.0
            mention = Mention(m.start(), m.end(), "duration", years, "year")
            self._qualify(mention, sent_start)  # "more than a decade", "nearly a century"
            return mention
        for group in ("mdy", "dmy", "my", "ago", "rel", "season", "month", "weekday"):
            if m.group(group):
                return self._date(group, m, sent_start, sent_end)
        if m.group("agedec"):  # "in his early seventies"
            return self._decade_of_life(m.start(), m.end(), float(DECADE_WORDS[m.group("agedec").lower()]), sent_start)
        if m.group("jubilee"):  # "its centenary": the 100th anniversary
            word = " ".join(m.group("jubilee").lower().split())
            return Mention(m.start(), m.end(), "rank", float(ANNIVERSARY_WORDS[word]), "rank",
                           extra={"anniversary": True})
        if m.group("rank_m"):  # "slipped to fifth from eighth", "finished third in the table": a position
            return Mention(m.start("rank_mo"), m.end(), "rank", float(ORDINAL_WORDS[m.group("rank_mo").lower()]), "rank")
        if m.group("rank_v"):  # "placed the team fifth", "rated it fourth": the object's position
            ordinal = m.group("rank_vo").lower()
            if ordinal in ("first", "last") and m.group("rank_vv").lower().startswith("put"):
                return None  # "put customers first": a priority, not a place
            return Mention(m.start("rank_vo"), m.end(), "rank", float(ORDINAL_WORDS[ordinal]), "rank")
        if m.group("rank_f"):  # "sixth among the state's 88 counties", "the fifth of the 19 members": a place in a field
            ordinal = (m.group("rank_fo") or m.group("rank_fa")).lower()
            return Mention(m.start(), m.end(), "rank", float(ORDINAL_WORDS[ordinal]), "rank")
        if m.group("rank_run"):  # "in her ninth season", "a third straight term": the place of this one in a run
            return Mention(m.start("rank_ro"), m.end(), "rank", float(ORDINAL_WORDS[m.group("rank_ro").lower()]), "rank")
        if m.group("rank_w"):
            return Mention(m.start(), m.end(), "rank", float(ORDINAL_WORDS[m.group("rank_o").lower()]), "rank")
        if m.group("frac_w"):
            return self._fraction(m, sent_start, sent_end)
        if m.group("vulgar"):  # "½ teaspoon", "¾ of the vote": a fraction alone, or of the unit after it
            n, d = _VULGAR_FRACTIONS[m.group("vulgar")]
            mention = Mention(m.start(), m.end(), "fraction", n / d, "fraction")
            unit = _SPELT_UNIT_AFTER.match(self.text, m.end())
            if unit:
                mention = self._measure_of_fraction(mention, unit)
            self._qualify(mention, sent_start)
            return mention
        if m.group("mult"):
            word = m.group("mult_w").lower()
            if word in MULTIPLIER_ADVERBS and not _MULTIPLIED_AFTER.match(self.text, m.end()):
                return None  # "met twice", "twice a week": occasions
            value = MULTIPLIER_VERBS.get(word) or MULTIPLIER_ADVERBS[word]
            mention = Mention(m.start(), m.end(), "multiplier", value, "multiplier")
            self._qualify(mention, sent_start)  # "more than doubled", "nearly tripled"
            return mention
        if m.group("vague"):
            return self._vague(m, sent_end)
        if m.group("words"):
            return self._words(m, sent_start, sent_end)
        return None

    # -- dates -------------------------------------------------------------------------------
    def _date(self, group: str, m: re.Match, sent_start: int, sent_end: int) -> Mention | None:
        text, published = self.text, self.published
        start, end = m.span()

        def future() -> bool:  # the tense matters only to a date without its year, so it is read only there
            return dates.is_future(text, start, end, sent_start, sent_end)

        if group in ("mdy", "dmy"):
            month = dates.month_number(m.group(f"{group}_m"))
            day = int(m.group(f"{group}_d"))
            year = m.group(f"{group}_y")
            if not 1 <= day <= 31:
                return None
            leap = int(year) if year else 2024  # a month-day with no year may be Feb 29 of some year
            if not dates.valid_day(leap, month, day):
                # "31 June", "September 31": a day the month does not have, kept as its month so that an
                # editor is told (bounds) and nothing reads a date that does not exist
                when = int(year) if year else (published.year if published else None)
                if when is None:
                    return None
                return Mention(start, end, "date", dates.iso(when, month), "date",
                               extra={"impossible": f"{m.group(group + '_m')} has no day {day}"})
            rel = _REL_YEAR_AFTER.match(text, end) if not year and published else None
            named = published.year + _REL_YEAR_STEP[rel.group("w").lower()] if rel else None
            if rel and dates.valid_day(named, month, day):  # "on April 5 last year": the day in the year named
                return Mention(start, rel.end(), "date", dates.iso(named, month, day), "date")
            if year:
                return Mention(start, end, "date", dates.iso(int(year), month, day), "date")
            if published is None:
                return Mention(start, end, "date", f"--{month:02d}-{day:02d}", "date", resolved=False)
            value = dates.resolve_month_day(month, day, published, future())
            return Mention(start, end, "date", value, "date") if value else None
        if group == "my":
            return Mention(start, end, "date", dates.iso(int(m.group("my_y")), dates.month_number(m.group("my_m"))),
                           "date")
        if group == "month":
            word = m.group("month_m")
            if len(word) <= 4 and word not in ("June", "July"):
                # "May", "Mar", "Jan": only in a clear date frame ("in May", "since Jan.")
                before = text[max(sent_start, start - 12):start].lower()
                if not re.search(r"\b(?:in|since|by|until|last|next|this|early|late|mid|of|from|through|during)[\s-]+$",
                                 before):
                    return None
                if word != "May" and not text.startswith(".", end) and len(word) == 3:
                    return None
            month = dates.month_number(word)
            if published is None:
                return Mention(start, end, "date", f"--{month:02d}", "date", resolved=False)
            rel = _REL_YEAR_AFTER.match(text, end)
            if rel:  # "closed in June last year": June of the year before publication, not the latest June
                return Mention(start, rel.end(), "date",
                               dates.iso(published.year + _REL_YEAR_STEP[rel.group("w").lower()], month), "date")
            return Mention(start, end, "date", dates.resolve_month(month, published, future()), "date")
        if group == "weekday":
            if published is None:
                return Mention(start, end, "date", m.group("weekday_d"), "date", resolved=False)
            wd = dates.weekday_number(m.group("weekday_d"))
            return Mention(start, end, "date", dates.resolve_weekday(wd, published, future()), "date")
        if group == "ago":
            n_text = m.group("ago_n").lower()
            n = 1.0 if n_text in ("a", "an") else 3.0 if n_text.startswith("a few") else (
                parse_words(n_text) if not n_text.isdigit() else float(n_text))
            if n is None:
                return None
            unit, factor = DURATIONS[m.group("ago_u").lower()]
            if m.group("ago_dir").lower() != "ago":  # "seven years from now": forward
                factor = -factor
            qual = "approx" if n_text.startswith("a few") else "exact"
            if published is None:
                return Mention(start, end, "date", f"-{n * factor:g} {unit}", "date", resolved=False,
                               extra={"ago": (n * factor, unit)})
            return Mention(start, end, "date", dates.shift(published, -n * factor, unit), "date", qualifier=qual,
                           extra={"ago": (n * factor, unit)})
        if group == "season":  # "next summer": the year of the season that comes next (or came last)
            if published is None:
                return None
            first, last = _SEASON_MONTHS[m.group("season_s").lower()]
            which = m.group("season_w").lower()
            year = published.year + {"this": 0, "next": 0 if published.month < first else 1,
                                     "last": 0 if published.month > last else -1}[which]
            return Mention(start, end, "date", str(year), "date")
        if group == "rel":
            which = " ".join(m.group("rel_w").lower().split())
            unit = m.group("rel_u").lower()
            if published is None:
                return Mention(start, end, "date", f"{which} {unit}", "date", resolved=False)
            step = {"next": 1, "last": -1, "early next": 1, "later next": 1}.get(which, 0)
            if unit == "week":
                return None
            return Mention(start, end, "date", dates.shift(published, step, unit), "date")
        return None

    # -- numbers -----------------------------------------------------------------------------
    def _number(self, m: re.Match, sent_start: int, sent_end: int) -> Mention | None:
        text = self.text
        digits = m.group("digits")
        start, end = m.span()
        num_start = m.start("digits")
        try:
            value = parse_digits(digits)
        except ValueError:
            return None
        if m.group("neg"):
            value = -value
        elif digits.isdigit() and len(digits) <= 3:
            score = self._score(start, end, sent_start, sent_end)
            if score:
                self._skip_to = score
                return None
            if _RECORD_AFTER.match(text, end) and re.search(r"\d[-\u2013]$", text[max(0, start - 2):start]):
                return Mention(start, end, "count", value, "count")  # the losses of "a 12-4 season", not seasons
        half = _AND_A_HALF.match(text, end)
        if half:  # "2 and a half years", "5 and a quarter miles"
            part = _PARTS[" ".join(half.group("part").lower().split())]
            value, end = value + (part if value >= 0 else -part), half.end()
        mixed = _MIXED_FRACTION.match(text, end) if "." not in digits and not half else None
        eighths = 0  # the denominator of a mixed number: "7 3/4%", "101 1/4", "5½ miles"
        if mixed:
            n, d = (int(mixed.group("n")), int(mixed.group("d"))) if mixed.group("n") else \
                _VULGAR_FRACTIONS[mixed.group("v")]
            if 0 < n < d and d in (2, 3, 4, 8, 16, 32, 64):
                value += n / d if value >= 0 else -n / d
                end, eighths = mixed.end(), d
        plain = "," not in digits and "." not in digits
        frac = _DIGIT_FRACTION.match(text, end) if plain else None
        if frac and int(frac.group("den")) > 0:
            mention = Mention(start, frac.end(), "fraction", value / int(frac.group("den")), "fraction")
            self._qualify(mention, sent_start)
            return mention
        frac = _FRACTION_OF_UNIT.match(text, end) if plain and not mixed else None
        if frac and 0 < value < int(frac.group("den")):
            part = value / int(frac.group("den"))
            mention = self._unit_after(text, frac.end(), part, 0.5 / int(frac.group("den")), None, f"{part:g}", True,
                                       sent_start, sent_end, start)
            if mention is not None and mention.kind in ("measure", "duration"):
                mention.start = start
                self._qualify(mention, sent_start)
                return mention
        if self._not_a_quantity(num_start, end, digits):
            return None
        currency = None
        cur = _CURRENCY_BEFORE.search(text, max(sent_start, start - 8), start)
        if cur:
            if cur.group("ascii"):
                currency = self._transliterated(cur.group("ascii"), digits, end, cur.start(), sent_start, sent_end)
            else:
                currency = self._currency_code(cur.group("sym") or cur.group("code"))
            if currency:
                start = cur.start()
                if currency in NO_MINOR_UNIT and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", digits):
                    digits = digits.replace(".", ",")  # "Rp10.000": a currency without cents groups by dots
                    value = parse_digits(digits)
        if currency is None:
            if text[num_start - 1:num_start].isalpha():
                return None  # "A380", "mp3", "PLX-R18": a name, not a quantity
            glued = _GLUED_WORD.search(text, max(sent_start, num_start - 16), num_start)
            if glued and not m.group("neg"):
                if not glued.group("w").islower():
                    return None  # "COVID-19", "B-52", "A380", "mp3": a name, not a quantity
                if glued.group("w").lower() == "minus":
                    value, start = -value, glued.start()
            minus = _MINUS_BEFORE.search(text, max(sent_start, start - 6), start)
            if minus and not m.group("neg"):
                value, start = -value, minus.start()
            seeded = _NUMBERED_PLACE_BEFORE.search(text, max(sent_start, start - 8), start)
            if seeded and "." not in digits and _PLACE_AFTER_NUMBER.match(text, end):
                return Mention(seeded.start(), end, "rank", value, "rank", precision=0)  # "the No. 11 seed"
            if self._identifier_before(start, sent_start, digits):
                return None
        pos = end
        glued_unit = _GLUED_SYMBOL.match(text, pos) if currency is None else None
        if glued_unit:
            unit, factor = GLUED_UNITS[glued_unit.group("g")]
            mention = Mention(start, glued_unit.end(), "measure", value * factor, unit,
                              precision=precision_of(digits) * factor)
            self._qualify(mention, sent_start)
            return mention
        scale, pos = self._scale(pos, currency)
        if currency is None and scale != 1.0:  # "$3-5 billion penalty": the high end of a range the sign opened
            opened = _MONEY_RANGE_BEFORE.search(text, max(sent_start, start - 16), start)
            currency = self._currency_code(opened.group("sym")) if opened else None
        rough = _ROUGH_SUFFIX.match(text, pos)  # "30-odd miles", "20-plus people": the unit follows the suffix
        if rough:
            pos = rough.end()
        if scale == 1.0 and not currency and not rough:
            ratio = self._one_in(start, end, value, sent_start)
            if ratio:
                return ratio
        full = value * scale
        precision = scale / (2 * eighths) if eighths else scale / 4 if half else precision_of(digits, scale)
        mention = self._unit_after(text, pos, full, precision, currency, digits, scale != 1.0,
                                   sent_start, sent_end, start)
        if mention is None:
            return None
        if not eighths and not half and full:
            mention.extra.setdefault("rounding", rounding_of(digits, scale) / abs(full))
        mention.start = min(mention.start, start)
        self._qualify(mention, sent_start)
        if rough and mention.qualifier == "exact":
            mention.qualifier = ROUGH_SUFFIXES[rough.group("w").lower()]
        return mention

    def _scale(self, pos: int, currency: str | None) -> tuple[float, int]:
        """The scale words after a number and where they end: '3.2 billion', '$5m', '4 hundred million',
        or a power of ten: '1.99×10^30', '6.02×10²³', '1.99×10−30' (a superscript minus lost in copy)."""
        power = _POWER_OF_TEN.match(self.text, pos)
        if power:
            written = power.group("caret") or power.group("signed") or power.group("sup")
            exponent = written.translate(_SUPERSCRIPTS).replace("\u2212", "-")
            return 10.0 ** int(exponent), power.end()
        scale = 1.0
        for _ in range(2):
            m = _SCALE_AFTER.match(self.text, pos)
            if not m or not _is_scale(m, currency):
                break
            scale *= SCALES[m.group("scale").lower()]
            pos = m.end()
        return scale, pos

    def _currency_code(self, token: str) -> str | None:
        token = "".join(token.split())
        if token in ISO_CODES:
            return token
        if token == "$":
            return self._home_dollar()
        code = CURRENCY_PREFIXES.get(token) or CURRENCY_CODES_BEFORE.get(token)
        if code == "INR":  # "Rs" is the rupee of Pakistan, Sri Lanka, Nepal or Mauritius in their own press
            return self._country_currency("rupee", code)
        if token == "SR":  # the Saudi riyal's letters, and the Seychelles rupee's in its own press
            return self._named_most(("SAR", "SCR"))
        return code

    def _home_dollar(self) -> str:
        """The dollar a bare "$" means: the US dollar, unless the article is plainly about another dollar's
        country: it names that country (its people, cities, regions) at least twice and more than the United
        States ("$48.6 billion" in a Queensland budget story told from Brisbane is Australian); a country
        named once may be a neighbour in the news. Foreign money restated in its dollar counts as a mention; a
        dollar that restates the bare-sign money, or that it restates, is not the bare one (``marked_dollars``)."""
        if self._dollar is None:
            low, text = self._lower(), self.text
            local, hits = "USD", 0
            outlet = self._outlet()
            home, other = marked_dollars(text) if "$" in text else ({}, frozenset())
            for code, cues in DOLLAR_COUNTRY_CUES.items():  # a cue not in the text is not searched for
                if code in other:  # the article restates its money in this dollar: its own is another
                    continue
                n = cue_mentions(low, cues) + cue_mentions(outlet, cues) + home.get(code, 0)
                if code in DOLLAR_COUNTRY_WORDS:
                    n += len(re.findall(DOLLAR_COUNTRY_WORDS[code], low))
                if code == "CAD" and _has_hyphenated_scale(text) and not _LETTER_SIGN_HYPHENATED.search(text):
                    # "$18.4-million" is the Canadian press's style: it counts as the country named twice, unless
                    # the report writes its own currency so too ("R7.6-billion (about $410-million)", South African)
                    n += 2 * len(_CANADIAN_STYLE_AMOUNT.findall(text))
                if n > hits:
                    local, hits = code, n
            if not hits:  # no other dollar's country named: the US dollar, whatever names the US
                self._dollar = "USD"
                return self._dollar
            us = sum(len(re.findall(rf"(?<![\w.]){re.escape(cue)}(?![\w$])", text)) for cue in USD_COUNTRY_CUES
                     if cue != "federal" or local not in FEDERAL_DOLLARS)
            # a report from a country of another currency quotes its dollars in US dollars (remittances to Manila
            # from Singapore are still counted in US dollars)
            home = max((self._country_mentions(code) for code in CURRENCY_COUNTRY_CUES if code not in
                        DOLLAR_COUNTRY_CUES and code != "USD"), default=0)
            us = max(us, home)
            # named once, a country is as likely a neighbour in the news as the home of the report's dollar
            self._dollar = local if hits > us and hits >= 2 else "USD"
        return self._dollar

    def _score(self, start: int, end: int, sent_start: int, sent_end: int) -> int | None:
        """Where a score like 'won 3-1' ends, or None: both sides whole and small, a word of winning before
        (a name may stand between) or a word of the result after ('a 2-0 win'), and nothing counted after it."""
        text = self.text
        m = _SCORE.match(text, end, sent_end)
        if not m:
            return None
        tallies = _TALLY_AGAINST_TALLY.match(text, m.end(), sent_end)
        after = _SCORE_AFTER_WORD.match(text, tallies.end() if tallies else m.end(), sent_end)
        word = after.group("w").lower() if after else ""
        if tallies and (not word or word in SCORE_AFTER or word in NOUN_STOP_WORDS) \
                and not _RANGE_OPENER_BEFORE.search(text, max(sent_start, start - 10), start):
            return tallies.end()  # "a 3-14 to 2-12 win", "trailed 0-12 to 1-5": goals and points of each side
        if tallies:
            return None  # "10-12 to 14-16 dollars": ranges of a measure
        if word in SCORE_AFTER:
            return m.end()
        if word and word not in NOUN_STOP_WORDS:
            return None  # "5-7 people": a range of a count
        before = _SCORE_BEFORE.search(text, max(sent_start, start - 40), start)
        if before:
            return m.end()
        return None

    def _transliterated(self, sign: str, digits: str, end: int, start: int, sent_start: int,
                        sent_end: int) -> str | None:
        """The currency of letters written as its sign ('PS2.7m', 'Y=590 billion', 'R38.6 billion', 'R61.20',
        'N612.4 billion', 'P1.5 million')."""
        if sign in TRANSLITERATED_SIGNS and sign != "PS":
            return TRANSLITERATED_SIGNS[sign]
        if sign not in LOCAL_LETTER_SIGNS:  # "PS2.7m", "Kč450,000"; "PS5" is a console
            shaped = "," in digits or "." in digits or _SCALE_AFTER.match(self.text, end)
            return LETTER_SIGNS[sign] if shaped else None
        code = self._country_currency("shilling", "KES") if sign == "Sh" else self._named_most(LOCAL_LETTER_SIGNS[sign])
        named = self._country_mentions(code) > 0
        shaped = _SCALE_AFTER.match(self.text, end) or "," in digits or "." in digits
        if shaped and sign not in ("R", "Sh") and not (named or self._last_currency == code
                                                       or self._money_around(start, end, sent_start, sent_end)):
            return None  # "the N2.5 billion figure" in a report that shows no naira: a name as likely as money
        if _SCALE_AFTER.match(self.text, end) or "," in digits:
            return code  # "N612.4 billion", "Sh3,400": money by its shape
        if "." in digits:
            decimals = len(digits.split(".", 1)[1])
            if decimals == 2 or decimals == 1 and (named or sign in ("R", "Sh")):
                return code  # "N38.50", "R61.20"; not "R2.0.1", a release, nor "P2.5" in a report of nowhere
            return None
        if (named or self._last_currency == code) and self._money_around(start, end, sent_start, sent_end) \
                or named and self._last_currency == code and len(digits) >= 2:
            return code  # "now costs R63, up from R57" in a South African report
        if self._last_currency == code and not self._named_thing_after(end, sent_end):
            return code  # "a rise of Sh400" after "Sh3,100 per bag"; not "a P45 form" after pesos
        return None  # "PS5" is a console, "R2" a name, "N95" a mask, "K2" a mountain

    def _named_thing_after(self, end: int, sent_end: int) -> bool:
        """Whether a word naming a thing follows, as after a model or form number ('N95 masks', 'P45 form')."""
        word = re.match(r"[ \t]+([a-z]+)\b", self.text[end:sent_end])
        return bool(word) and word.group(1) not in NOUN_STOP_WORDS

    def _named_most(self, codes: tuple[str, ...]) -> str:
        """Of the currencies one letter stands for, the one whose country the article names most (the first on a tie)."""
        return max(codes, key=lambda code: (self._country_mentions(code), -codes.index(code)))

    def _country_currency(self, word: str, code: str) -> str:
        """An unqualified name several countries share ('kroner', 'pesos', 'rupees'): the currency of the
        country the article names most, else the name's usual reading."""
        family = CURRENCY_FAMILY_OF.get(word)
        if not family or len(family) < 2:
            return code
        best, seen = code, self._country_mentions(code)  # a tie keeps the usual reading
        for candidate in family:
            hits = self._country_mentions(candidate)
            if hits > seen:
                best, seen = candidate, hits
        return best

    def _country_mentions(self, currency: str) -> int:
        """How often the article names the country of a currency (its name, people, cities): counted once
        per article, and only for the cues the text holds."""
        if currency not in self._countries:
            cues = CURRENCY_COUNTRY_CUES.get(currency, ())
            self._countries[currency] = cue_mentions(self._lower(), cues) + cue_mentions(self._outlet(), cues)
        return self._countries[currency]

    def _outlet(self) -> str:
        """The outlet's name from the front matter's "source:" line, lower case: a country it names is the
        report's home, counted once more than where the text names it (the front matter is in the text too)."""
        if self._source is None:
            self._source = ""
            if self.skip and self.skip[0][0] == 0:
                m = _SOURCE_LINE.search(self.text, 0, self.skip[0][1])
                self._source = m.group(1).lower() if m else ""
        return self._source

    def _lower(self) -> str:
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    def _minor(self, start: int, end: int, value: float, precision: float, word: str, sent_start: int,
               sent_end: int) -> Mention:
        """'88 cents', '45p', '148 cents' in a report in rand: a hundredth of the major unit, in its currency:
        the article's dollar where its sentence writes a bare "$" ("down 37 cents at $11.85"), else that of
        the money before it outside brackets."""
        fixed, default = MINOR_UNITS.get(word.lower(), (None, "USD"))
        dollar = _DOLLAR_IN_SENTENCE.search(self.text, sent_start, sent_end) \
            if not fixed and word.lower() in ("c", "cent", "cents") else None
        own = self._last_own_currency or self._first_signed_currency()  # "paid 47.2c per litre (about €2.15 ...)"
        last = own if own not in (None, *NO_MINOR_UNIT) else None
        currency = fixed or (self._currency_code(dollar.group("sign")) if dollar else None) or last or default
        mention = self._money(start, end, value / 100, currency, precision / 100)
        mention.extra["minor"] = word
        return mention

    def _first_signed_currency(self) -> str | None:
        """The currency of the article's first amount written with a sign ("€2.34", "$11.85"): what cents written
        before any money of the article are of."""
        m = _FIRST_SIGNED_AMOUNT.search(self.text)
        return self._currency_code(m.group("sign")) if m else None

    def _not_a_quantity(self, num_start: int, end: int, digits: str) -> bool:
        """Digits that are part of something else: a hashtag or a date written 4/9 (either side)."""
        text = self.text
        if text[num_start - 1:num_start] == "#" or re.match(r"\d[/\u2044]", text[max(0, num_start - 2):num_start]):
            return True
        return bool(_TRAILING_PART.match(text, end))

    def _identifier_before(self, num_start: int, sent_start: int, digits: str) -> bool:
        """'pad 41', 'iPhone 16', 'Section 427', '123 Main Street'."""
        text = self.text
        w = _WORD_BEFORE.search(text, max(sent_start, num_start - 24), num_start)
        if w:
            word = w.group("w")
            low = word.lower().rstrip(".")
            ordinal = bool(_ORDINAL_SUFFIX.match(text, num_start + len(digits))) and word.islower()
            after = num_start + len(digits)
            moved = low in STOCK_INDEX_WORDS and (_PERCENT_AFTER.match(text, after) or _POINTS_AFTER.match(text, after))
            if low in IDENTIFIER_BEFORE and "." not in digits and not (low in ("mark", "mk") and word.islower()) \
                    and not ordinal and not moved:  # "the Nikkei 3%" is how far an index moved
                return True  # "pad 41", "Mark 2"; but "to mark 40 years" is a verb, "ended the season 9th" a rank
            # a brand or model name in camel case or capitals right before ("iPhone 16", "GPT 4")
            camel = any(any(c.isupper() for c in part[1:]) for part in re.split(r"[-'’]", word))
            if (camel and not word.isupper()) or low.startswith("covid"):  # not "Danjuma-Ray 21%", "O'Brien 40%"
                return True
        end = num_start + len(digits)
        stage = _KNOCKOUT_BEFORE.search(text, max(sent_start, num_start - 10), num_start)
        if digits in KNOCKOUT_SIZES and stage:
            nxt = _NEXT_WORD.match(text, end)
            if text[num_start - 1] == "-" or stage.group(0).lower().startswith("round") \
                    or not nxt and not text[end:end + 1].isalnum() \
                    or nxt and nxt.group("w").lower() in KNOCKOUT_AFTER:
                return True  # "a last-32 appearance", "the round of 16"; not "the last 16 years"
        # street numbers: "1600 Pennsylvania Avenue", "16-18 Industrial Avenue", "221B Baker Street"
        span = re.match(r"[-\u2013]\d{1,5}\b|[A-Za-z]\b", text[end:end + 7])  # "16-18", "221B"
        after = _NOUN_AFTER.match(text, end + (span.end() if span else 0))
        if after:
            words = after.group(0).split()
            if len(words) >= 2 and words[0][0].isupper() and words[1].lower().rstrip(".,") in STREET_WORDS:
                return True
        return False

    def _unit_after(self, text: str, pos: int, value: float, precision: float, currency: str | None,
                    digits: str, scaled: bool, sent_start: int, sent_end: int, start: int) -> Mention | None:
        """Read what follows the number and return the typed mention."""
        if currency:
            cur_after = _CURRENCY_AFTER.match(text, pos)
            end = pos
            if cur_after and CURRENCY_NAMES[cur_after.group("cur").lower()] == currency:
                end = cur_after.end()  # "$5 dollars" is rare; keep the span tidy
            return self._money(start, end, value, currency, precision)
        pct = _PERCENT_AFTER.match(text, pos)
        if pct:
            if pct.group("bp"):
                # as written ("60 basis points" is 60 basis_point); intervals read it in points
                return Mention(start, pct.end(), "percentage_point", value, "basis_point", precision=precision)
            if pct.group("pp"):
                return Mention(start, pct.end(), "percentage_point", value, "percentage_point", precision=precision)
            return Mention(start, pct.end(), "percent", value, "percent", precision=precision)
        field_unit = self._field_symbol(pos, sent_start, sent_end)
        if field_unit:
            return Mention(start, field_unit[1], "measure", value, field_unit[0], precision=precision)
        priced = text.startswith("c", pos) and _MONEY_SLASH_PER.match(text, pos + 1)  # "38c/L": a price by its form
        if not currency and not scaled and (priced or _GLUED_CENTS.match(text, pos)) \
                and (self._last_currency or self._first_signed_currency()) not in (None, *NO_MINOR_UNIT) \
                and not _TEMPERATURE_WORDS.search(text, sent_start, sent_end) \
                and (priced or self._glued_cents or self._money_around(start, pos + 1, sent_start, sent_end)):
            self._glued_cents = True
            return self._minor(start, pos + 1, value, precision, "c", sent_start, sent_end)  # "450c a share", in rand
        minor = _MINOR_AFTER.match(text, pos)
        if minor and not (minor.group("p") and (digits in _VIDEO_LINES or minor.group("p").isupper())):
            return self._minor(start, minor.end(), value, precision, " ".join((minor.group("minor") or "p").split()),
                               sent_start, sent_end)
        cur_after = _CURRENCY_AFTER.match(text, pos)
        if cur_after:
            word = cur_after.group("cur").lower()
            code = CURRENCY_NAMES[word]
            if word in CURRENCY_NAMES_AMBIGUOUS and not scaled and not ("," in digits or "." in digits) \
                    and not _AMBIGUOUS_MONEY_AFTER.match(text, cur_after.end()) \
                    and not (word not in _WORDS_BEFORE_MONEY_NOT_ENOUGH and self._money_before(start, sent_start)):
                code = None  # "three real problems", "20 won seats": money after a scale or in a money frame
            if code and word in CURRENCY_FAMILY_OF:
                code = self._country_currency(word, code)
            if code:
                return self._money(start, cur_after.end(), value, code, precision)
        sign = _SIGN_AFTER.match(text, pos)
        if sign:
            code = CURRENCY_SIGNS_ONLY_AFTER.get(sign.group("sign")) or CURRENCY_PREFIXES[sign.group("sign")]
            return self._money(start, sign.end(), value, code, precision)
        iso = _ISO_AFTER.match(text, pos)
        if iso:
            if iso.group("mega"):
                if scaled:
                    return None
                value, precision = value * 1e6, precision * 1e6
            return self._money(start, iso.end(), value, iso.group("iso"), precision)
        if not scaled and _YEAR.fullmatch(digits) and text[start:start + 1].isdigit() \
                and _PERIOD_AFTER_YEAR.match(text, pos) and self._determiner_before(start, sent_start):
            return Mention(start, pos, "date", digits, "date", extra={"year_cue": True})  # "the 1988 quarter"
        compound = _HYPHEN_CURRENCY.match(text, pos)
        if compound:
            return self._money(start, compound.end(), value, _HYPHEN_CURRENCY_CODES[compound.group("cur").lower()],
                               precision)
        suspended = _SUSPENDED.match(text, pos)
        if suspended:
            return self._suspended(start, pos + 1, value, precision, suspended.group("w").lower(),
                                   bool(suspended.group("old")))
        hyphen = _HYPHEN_UNIT.match(text, pos)
        if hyphen:
            word = hyphen.group("hu").lower().replace("-", " ")
            if word in DURATIONS:
                unit, factor = DURATIONS[word]
                if hyphen.group("old"):
                    return Mention(start, hyphen.end(), "duration", value * factor, "year", precision=precision,
                                   noun="age")
                return Mention(start, hyphen.end(), "duration", value * factor, unit, precision=precision * factor)
            inches = _HYPHEN_INCHES.match(text, hyphen.end()) if UNITS[word] == "foot" else None
            if inches and int(inches.group("n")) < 12:  # "the 6-foot-5 forward": one height, in feet
                return Mention(start, inches.end(), "measure", value + int(inches.group("n")) / 12, "foot",
                               precision=0.5 / 12)
            rate = _HYPHEN_PER.match(text, hyphen.end())  # "20-mile-per-hour winds", "a 52,000-barrel-a-day plant"
            if rate:
                per = PER_WORDS[" ".join(rate.group("per").lower().replace("-", " ").split())]
                return Mention(start, rate.end(), "measure", value, f"{UNITS[word]}_per_{per}", precision=precision)
            return Mention(start, hyphen.end(), "measure", value, UNITS[word], precision=precision)
        spaced = _SPACED_HYPHEN_UNIT.match(text, pos)
        if spaced and "-" in spaced.group("hu") and spaced.group("hu").lower() not in UNITS:  # not "kilowatt-hours"
            word = spaced.group("hu").lower().replace("-", " ")
            if word in UNITS:
                return Mention(start, spaced.end(), "measure", value, UNITS[word], precision=precision)
        years_old = _YEARS_OLD_AFTER.match(text, pos)
        if years_old and 0 < value < 130:
            return Mention(start, years_old.end(), "duration", value, "year", precision=precision, noun="age")
        duration = _DURATION_AFTER.match(text, pos)
        if duration:
            unit, factor = DURATIONS[duration.group("dur").lower()]
            noun = "age" if duration.group("old") else None
            return Mention(start, duration.end(), "duration", value * factor, unit, precision=precision * factor,
                           noun=noun)
        cased = _CASED_UNIT_AFTER.match(text, pos)
        if cased and not re.match(r"-\d", text[cased.end():cased.end() + 2]):  # not "24703 L-202", a code
            return Mention(start, cased.end(), "measure", value, CASED_UNITS[cased.group("cu")], precision=precision)
        slash = _SLASH_COMPOUND.match(text, pos)
        if slash:
            unit = f"{SLASH_SYMBOLS[slash.group('num')]}_per_{SLASH_SYMBOLS[slash.group('den')]}"
            return Mention(start, slash.end(), "measure", value, unit, precision=precision)
        unit_m = _UNIT_AFTER.match(text, pos)
        if unit_m and self._unit_plausible(unit_m, value, pos):
            unit = CASED_OVER_UNITS.get(unit_m.group("unit")) or UNITS[unit_m.group("unit").lower()]
            if unit_m.group("unit").lower() in ("meter", "meters") and not unit_m.group("per") \
                    and self._counted_meters(start, unit_m.end(), value, sent_start, sent_end):
                return Mention(start, unit_m.end(), "count", value, "count", precision=precision, noun="meter")
            if unit == "pound" and unit_m.group("unit").lower() in ("pound", "pounds") and not unit_m.group("per") \
                    and self._money_around(start, unit_m.end(), sent_start, sent_end):
                return self._money(start, unit_m.end(), value, "GBP", precision)  # "a profit of 361 million pounds"
            if unit_m.group("per"):
                per = " ".join(unit_m.group("per").lower().replace("-", " ").split())
                unit = f"{unit}_per_{PER_WORDS[per]}"
            inches = _INCHES_AFTER.match(text, unit_m.end()) if unit == "foot" and not scaled else None
            if inches and float(inches.group("n")) < 12:  # "6ft 2in", "5 feet 10 inches": one height, in feet
                return Mention(start, inches.end(), "measure", value + float(inches.group("n")) / 12, "foot",
                               precision=precision_of(inches.group("n")) / 12)
            end = unit_m.end()
            slash = _UNIT_SLASH.match(text, end) if "_per_" not in unit else None
            if slash:
                end = slash.end()
                unit = f"{unit}_per_{_denominator(slash.group('sym') or slash.group('den'))}"
            material = _MATERIAL_RATE.match(text, end, sent_end) if "_per_" not in unit else None
            per = (_MEASURE_PER.match(text, end) or _MATERIAL_PER.match(text, end, sent_end)) \
                if "_per_" not in unit and not material else None
            if material:  # "2 million barrels of oil a day" keeps the amount's span and is per day, as "2 million
                # barrels a day" is, so that the two wordings of one measure compare
                unit = f"{unit}_per_{material.group('per').split()[-1].lower()}"
            per_thing = None
            if per:  # "11 feet per century" and "6.5 tonnes a hectare" are compound units of a measure per
                # a measure; "40 litres a cow" keeps its unit and says what it is per, as a price does ("$58 a
                # barrel"); the span stays the amount, as the rate reader quotes it ("a yield of 4.5 tonnes a hectare")
                word = " ".join(per.group("den").lower().split())
                den = _denominator(word)
                if (word in DURATIONS or word in UNITS) and den != unit:
                    unit = f"{unit}_per_{den}"
                elif den != unit:
                    per_thing = den
            if unit in _TEMPERATURES and (unit != "degree" or _TEMPERATURE_WORDS.search(text, sent_start, sent_end)
                                          and not _ANGLE_WORDS.search(text, sent_start, sent_end)) \
                    and self._temperature_difference(start, end, sent_start, sent_end):
                unit = "delta_" + (unit if unit != "degree" else self._temperature_scale())
            mention = Mention(start, end, "measure", value, unit, precision=precision)
            if per_thing:
                mention.extra["per"] = per_thing
            return mention
        if _ORDINAL_SUFFIX.match(text, pos):
            suffix_end = pos + 2
            follower = _WORD.match(text, suffix_end + 1) if text[suffix_end:suffix_end + 1] in " -" else None
            word = follower.group(0).rstrip(".") if follower else ""
            if word.lower() in ORDINAL_NOT_RANK and (word[:1].isupper() or word.lower() not in _COMMON_STREET_WORDS):
                return None  # "71st St", "26th Place"; but "in 26th place" and "a 3rd way" are positions
            return Mention(start, suffix_end, "rank", value, "rank", precision=0)
        mult = _MULT_AFTER.match(text, pos)
        if mult:
            if mult.group("times") and mult.group("times").lower() == "times" and value == int(value) \
                    and _OCCASIONS_AFTER.match(text, mult.end()) and not _CHANGED_BY.search(text, sent_start, start):
                # "has won the title four times", "met three times since May": a count of occasions
                return Mention(start, mult.end(), "count", value, "count", precision=precision, noun="time")
            return Mention(start, mult.end(), "multiplier", value, "multiplier", precision=precision)
        points = _POINTS_AFTER.match(text, pos)
        if points and self._gap_of_percentages(start, points.end(), sent_start, sent_end):
            return Mention(start, points.end(), "percentage_point", value, "percentage_point", precision=precision)
        if points:
            return Mention(start, points.end(), "count", value, "count", precision=precision, noun="point")
        if text[pos:pos + 1] == "s" and not text[pos + 1:pos + 2].isalnum() and not scaled and digits.isdigit() \
                and 10 <= value <= 110 and value % 10 == 0:
            decade = self._decade_of_life(start, pos + 1, value, sent_start)
            if decade:
                return decade
        if text[pos:pos + 1].isalpha():
            return None  # glued letters: "5G", "3D", "4K"
        return self._count(start, pos, value, precision, digits, scaled, sent_start, sent_end)

    @staticmethod
    def _suspended(start: int, end: int, value: float, precision: float, word: str, old: bool) -> Mention:
        """'four-' of 'four-, five- and six-cylinder': the unit or counted noun of the compound it shares."""
        if word in DURATIONS:
            unit, factor = DURATIONS[word]
            return Mention(start, end, "duration", value * factor, unit, precision=precision * factor,
                           noun="age" if old else None)
        if word in UNITS:
            return Mention(start, end, "measure", value, UNITS[word], precision=precision)
        return Mention(start, end, "count", value, "count", precision=precision, noun=singular(word))

    def _count(self, start: int, pos: int, value: float, precision: float, digits: str, scaled: bool,
               sent_start: int, sent_end: int) -> Mention | None:
        """A number with no unit: a year, a count of its noun, an age, an identifier or a bare count."""
        text = self.text
        if self._last_age_end is not None and not scaled and 0 < value < 120 \
                and _AGE_RANGE_JOIN.fullmatch(text, self._last_age_end, start):
            # the second end of "aged 16 to 24 use the app" is an age, whatever word follows it
            return Mention(start, pos, "duration", value, "year", precision=precision if "." in digits else 0.5,
                           noun="age")
        hyphen = _HYPHEN_NOUN.match(text, pos)
        if hyphen:  # "a three-point shot", "a 10-person team"
            return Mention(start, hyphen.end(), "count", value, "count", precision=precision,
                           noun=singular(hyphen.group("n")))
        device = _DEVICE_METERS.match(text, pos, sent_end)
        if device:  # "400 parking meters", "40,000 smart meters": devices counted, not lengths
            return Mention(start, device.end(), "count", value, "count", precision=precision,
                           noun=f"{device.group('kind').lower()} meter")
        modified = self._modified_unit(pos)
        if modified:
            kind, unit, end, factor = modified
            return Mention(start, end, kind, value * factor, unit, precision=precision * factor)
        if not scaled and digits.isdigit() and text[start:start + 1].isdigit() and self._model_after_count(start):
            return None  # "two new 737 Max jets": a model, not 737 jets
        if _MAGNITUDE_BEFORE.search(text, max(sent_start, start - 12), start):
            # "a magnitude 6.4 quake": the figure is the magnitude, not a count of quakes
            return Mention(start, pos, "count", value, "count", precision=precision, noun="magnitude")
        noun = self._noun(pos, sent_end, one=value == 1)
        before = text[max(sent_start, start - 12):start]
        split = _SPLIT_YEAR.match(text, pos) if not scaled and _YEAR.fullmatch(digits) else None
        if split and int(split.group("next")) == (int(digits) + 1) % 100:
            return Mention(start, split.end(), "date", digits, "date", extra={"year_cue": True})  # "2023-24"
        if not scaled and (_YEAR.fullmatch(digits) and self._is_year(start, noun, sent_start)
                           or _FAR_YEAR.fullmatch(digits) and noun is None and _FAR_YEAR_BEFORE.search(before)):
            return Mention(start, pos, "date", digits, "date", extra={"year_cue": bool(_YEAR_CONTEXT.search(before))})
        model = _MODEL_AFTER_COUNT.match(text, pos, sent_end) if noun is None and not scaled and digits.isdigit() \
            else None
        if model:  # "9 ATR 42-500s", "40 Boeing 737-800 jets": the count is of the model named after it
            named = " ".join(model.group("model").lower().split())
            inner = self._noun(model.end(), sent_end) if not model.group("s") else None
            # the span stays the number, as with "three 12-year-old boys"; the model's own digits are read past
            if inner and " " not in inner[0] and not inner[1]:
                return Mention(start, pos, "count", value, "count", precision=precision,
                               noun=f"{named} {singular(inner[0])}", extra={"read_to": inner[2]})
            return Mention(start, pos, "count", value, "count", precision=precision, noun=named,
                           extra={"read_to": model.end()})
        compound = _COMPOUND_AFTER.match(text, pos, sent_end) if noun is None else None
        if compound:  # "three 12-year-old boys", "two 40-foot containers": the count is of the noun after
            # the compound, which keeps its own quantity (so the count's span stays the number)
            inner = self._noun(compound.end(), sent_end)
            if inner:
                *mods, last = inner[0].split(" ")
                return Mention(start, pos, "count", value, "count", precision=precision,
                               noun=" ".join(mods + [singular(last)]), subject=inner[1] or None)
        if noun:
            head, modifiers, noun_end = noun
            *mods, last = head.split(" ")
            noun_text = " ".join(mods + [singular(last) if value != 1 else last.lower()])
            return Mention(start, noun_end, "count", value, "count", precision=precision,
                           noun=noun_text, subject=modifiers or None)
        whole = _ALL_OF.match(text, pos, sent_end) if re.search(r"\ball\s+$", text[max(sent_start, start - 5):start],
                                                                re.I) else None
        if whole:  # "appeared in all 28 of the club's fixtures": the count of those fixtures, all of them
            return Mention(start, pos, "count", value, "count", precision=precision, noun=singular(whole.group("n")))
        alternative = _ONE_OR_BEFORE.search(text, max(sent_start, start - 30), start) if not scaled else None
        if alternative:  # "a pick or two", "a day or two": the number counts the thing named before it
            word = alternative.group("w").lower()
            if word in DURATIONS:
                unit, factor = DURATIONS[word]
                return Mention(start, pos, "duration", value * factor, unit, precision=precision * factor)
            if word in UNITS:
                return Mention(start, pos, "measure", value, UNITS[word], precision=precision)
            if word in CURRENCY_NAMES and word not in CURRENCY_NAMES_AMBIGUOUS:
                return self._money(start, pos, value, self._country_currency(word, CURRENCY_NAMES[word]), precision)
            if word not in NOUN_STOP_WORDS and word not in _NOT_COUNTED_BEFORE_OR:
                return Mention(start, pos, "count", value, "count", precision=precision, noun=singular(word))
        age = self._age_before(start, pos, sent_start) if 0 < value < 120 and not scaled else None
        if age == "frame":
            return Mention(start, pos, "duration", value, "year", precision=precision if "." in digits else 0.5,
                           noun="age")
        if age == "clause":
            # "he was 91": years, told by a clause whose verb gives the time the age is at; the date-span
            # reader reads that time from the verb of a bare figure, so the figure keeps a count's kind
            return Mention(start, pos, "count", value, "year", precision=0.5)
        if scaled or "." in digits:
            return Mention(start, pos, "count", value, "count", precision=precision)
        if "," not in digits and self._name_around(start, pos, sent_start, sent_end):  # "63,150" names nothing
            return None
        if digits.isdigit() and _ARTICLE_BEFORE.search(text, max(sent_start, start - 4), start) \
                and not _RANGE_AFTER.match(text, pos):
            return None  # "aboard a 737", "an 18": one of a model, not a count of nothing
        return Mention(start, pos, "count", value, "count", precision=precision)

    def _field_symbol(self, pos: int, sent_start: int, sent_end: int) -> tuple[str, int] | None:
        """(unit, end) of a symbol read by the field its sentence is about: '2.5 F' in a capacitor."""
        m = _FIELD_SYMBOL_AFTER.match(self.text, pos, sent_end)
        if not m:
            return None
        unit, cues = FIELD_SYMBOLS[m.group("sym")]
        words = set(re.findall(r"[a-z]+", self.text[sent_start:sent_end].lower()))
        return (unit, m.end()) if words & set(cues) else None

    def _temperature_difference(self, start: int, end: int, sent_start: int, sent_end: int) -> bool:
        """Whether a temperature is a difference: after a word of change ("warmed by 1.5C", "a rise of 2
        degrees", "up 3C"), before a comparison ("4 C (7.2 F) warmer", "6 degrees above normal"), or the
        equivalent in brackets of one that is ("14 C (25.2 F)")."""
        text = self.text
        if _TEMP_CHANGE_BEFORE.search(text, max(sent_start, start - 50), start):
            return True
        if _TEMP_CHANGE_AFTER.match(text, end, sent_end):
            return True
        last = self._last_measure
        return bool(last and last.unit.startswith("delta_") and last.end <= start
                    and _TEMP_EQUIVALENT_BEFORE.fullmatch(text, last.end, start))

    def _temperature_scale(self) -> str:
        """The scale of a bare "degrees" difference: Fahrenheit where the article writes Fahrenheit more."""
        if self._temp_scale is None:
            low = self._lower()
            fahrenheit = len(re.findall(r"fahrenheit|°\s?f\b|\d\s?f\b", low))
            celsius = len(re.findall(r"celsius|centigrade|°\s?c\b|\d\s?c\b", low))
            self._temp_scale = "degree_Fahrenheit" if fahrenheit > celsius else "degree_Celsius"
        return self._temp_scale

    def _age_before(self, start: int, pos: int, sent_start: int) -> str | None:
        """How a bare number is an age by the words before it, or None: "frame" after a word it is the age
        of ("aged 67", "a median age of 44.2", "voters over 65", "Senard, 65,", the second end of "aged 18 to
        24"); "clause" after who has it and a verb ("he was 91", "died at 91", "At 19, she ...")."""
        text = self.text
        if self._last_age_end is not None and _AGE_RANGE_JOIN.fullmatch(text, self._last_age_end, start):
            return "frame"
        lo = max(sent_start, start - 60)
        tail = text[lo:start].rsplit(None, 1)
        if tail and tail[-1].lower() in _AGE_LAST_WORDS:
            # only these words stand right before an age; the searches are skipped for every other number
            if _AGE_WORD_BEFORE.search(text, lo, start) or _AGE_PEOPLE_BEFORE.search(text, lo, start):
                return "frame"
            if _AGE_PERSON_OF_BEFORE.search(text, lo, start) and _AGE_PERSON_OF_AFTER.match(text, pos):
                return "frame"
            if _AGE_SUBJECT_BEFORE.search(text, lo, start) or _AGE_EVENT_BEFORE.search(text, lo, start) \
                    or (_AGE_AT_CLAUSE.search(text, max(sent_start, start - 6), start)
                        or text[sent_start:start].strip().lower() == "at") and _AGE_AT_CLAUSE_AFTER.match(text, pos) \
                    or _AGE_WHO_AT.search(text, lo, start) and _AGE_WHO_AT_AFTER.match(text, pos):
                return "clause"  # the sentence's own start is no "^" of a search begun inside the text
        if _AGE_BEFORE.search(text, max(sent_start, start - 40), start) and _AGE_AFTER.match(text, pos):
            return "frame"
        return None

    def _decade_of_life(self, start: int, end: int, decade: float, sent_start: int) -> Mention | None:
        """'in her 80s', 'in his early seventies': an age between the decade's ends (a part of it when
        'early', 'mid' or 'late' says so); the value is the decade as written."""
        before = _DECADE_OF_LIFE_BEFORE.search(self.text, max(sent_start, start - 20), start) \
            or self._last_age_end is not None and _DECADE_OF_LIFE_JOIN.fullmatch(self.text, self._last_age_end, start)
        if not before:
            return None
        offset, width = DECADE_PARTS[(before.groupdict().get("part") or "").lower()]
        if decade == 13:  # "in her teens": 13 to 19
            offset, width = 0, 7
        mention = Mention(start if not before.group("part") else before.start("part"), end, "duration", decade,
                          "year", precision=width / 2, noun="age",
                          extra={"bounds": (decade + offset, decade + offset + width)})
        self._qualify(mention, sent_start)
        return mention

    def _money_around(self, start: int, end: int, sent_start: int, sent_end: int) -> bool:
        """Whether 'pounds' are sterling: money words in the clause ("profit of 361 million pounds", "fined 500
        pounds"), and no "of" after it, which makes them weight ("2 million pounds of beef")."""
        if _OF_AFTER.match(self.text, end, sent_end):
            return False
        before = re.split(r"[;:!?]|,\s", self.text[max(sent_start, start - 60):start])[-1]
        after = self.text[end:min(sent_end, end + 30)]
        return bool(_MONEY_WORDS.search(before) or _MONEY_AFTER.match(after))

    def _money_before(self, start: int, sent_start: int) -> bool:
        """Whether a word of money stands in the clause before ("it cost 500 rand", "a fee of 10 lira")."""
        before = re.split(r"[;:!?]|,\s", self.text[max(sent_start, start - 60):start])[-1]
        return bool(_MONEY_WORDS.search(before))

    def _determiner_before(self, start: int, sent_start: int) -> bool:
        """'the', 'its', "Apple's" right before: 'the 1988 quarter', "Apple's 2019 fiscal year"."""
        word = _PREVIOUS_WORD.search(self.text, max(sent_start, start - 24), start)
        return bool(word) and (word.group("w").lower() in _YEAR_DETERMINERS or word.group("w").endswith(("'s", "’s")))

    def _model_after_count(self, start: int) -> bool:
        """Whether a number word and at most two adjectives stand right before: 'two new 737 ...'."""
        m = _COUNT_WORD_BEFORE.search(self.text, max(0, start - 40), start)
        return bool(m) and not any(w in NOUN_STOP_WORDS or _plural(w) for w in m.group("mods").split())

    def _counted_meters(self, start: int, end: int, value: float, sent_start: int, sent_end: int) -> bool:
        """'the borough's 2,370 meters', 'the 300 meters installed': devices counted, told by a possessive before
        the number or a verb done to devices, where nothing in the sentence speaks of length ('its 300 meters
        of fencing', 'a tower 300 meters tall', 'ran 400 meters')."""
        text = self.text
        if value != int(value) or _OF_AFTER.match(text, end):
            return False
        words = set(re.findall(r"[a-z]+", text[sent_start:sent_end].lower()))
        if words & LENGTH_WORDS:
            return False
        return bool(_POSSESSIVE_BEFORE.search(text, max(sent_start, start - 20), start) or words & METER_DEVICE_VERBS)

    def _modified_unit(self, pos: int) -> tuple[str, str, int, float] | None:
        """'three straight quarters', '517 rushing yards': (kind, unit, end, factor) when a unit written in
        full follows modifiers that are neither nouns in the plural nor function words."""
        m = _MODIFIED_UNIT.match(self.text, pos)
        if not m:
            return None
        mods = m.group("mods").split()
        if any(w in NOUN_STOP_WORDS or w.endswith("ly") or _plural(w) and w not in NOUN_SKIP_WORDS
               or w.lower() in UNITS_WORDS or w.lower() in TENS_WORDS for w in mods):
            return None  # "up from 860 four years ago": the span has its own number
        word = m.group("unit")
        if word in DURATIONS:
            unit, factor = DURATIONS[word]
            return "duration", unit, m.end(), factor
        return "measure", UNITS[word], m.end(), 1.0

    def _is_year(self, start: int, noun: tuple[str, str, int] | None, sent_start: int) -> bool:
        """'in 2019', '2019 was': a year; '2000 workers' a count, but 'its 2018 sales' a year again."""
        head = noun[0].split(" ")[-1].lower() if noun else ""
        if noun is None or not _plural(head) or noun[0] in ("years",) or head in YEAR_MEASURE_NOUNS:
            return True  # "from 2010 levels", "at 2019 prices": the year of a measure
        before = self.text[max(sent_start, start - 24):start]
        word = _PREVIOUS_WORD.search(before)
        if word:
            w = word.group("w")
            initial = start - len(before) + word.start() == sent_start
            if w.lower() in _YEAR_DETERMINERS or w.endswith(("'s", "’s")) or _proper(w) and not initial:
                return True
            if w.lower() in _TIME_PREPOSITIONS and re.match(r"\d{4}[ \t]+[A-Z]", self.text[start:start + 7]):
                return True  # "In 2024 Pellamy Foods reported ...": a year, then the name that did it
        return bool(_YEAR_PAIR.search(before))

    def _name_around(self, start: int, pos: int, sent_start: int, sent_end: int) -> bool:
        """A bare number inside a name: 'S&P 500', 'Big 12', 'Game 7', '787 Dreamliner', '9 E 71st St'."""
        text = self.text
        word = _PREVIOUS_WORD.search(text, max(sent_start, start - 24), start)
        if word and (word.start() > sent_start or word.group("w").isupper()) and not self._listed(word.start(), pos):
            w = word.group("w")
            # a capitalised plural is a group counted elliptically ("Democrats 213"), not a name
            plural = len(w) > 4 and w.endswith("s") and not w.endswith("ss") and w[:-1].isalpha() and not w.isupper()
            if (w[0].isupper() or "&" in w) and w.lower() not in QUALIFIERS_BEFORE and not plural:
                return True
        nxt = _NEXT_WORD.match(text, pos, sent_end)
        return bool(nxt and nxt.group("w")[0].isupper())

    def _listed(self, name_start: int, pos: int) -> bool:
        """A figure after a name in a list of figures, each after its own name: 'won 17, Saltmarsh 9' (the
        item before is a figure already read) or 'Saltmarsh 9, Thornbury five' (the item after is a number in
        words, which no model is named with). 'Boeing 737, Airbus 320' stays two names: its first figure
        is read as none."""
        text = self.text
        if not _LIST_ITEM_END.match(text, pos):
            return False
        before = _LIST_JOIN_BEFORE.search(text, max(0, name_start - 6), name_start)
        if before and self._last_end == before.start():
            return True
        return bool(_WORD_ITEM_AFTER.match(text, pos))

    def _money(self, start: int, end: int, value: float, currency: str, precision: float) -> Mention:
        """An amount of money; a price per thing ('$58.24 per barrel', '$3,500 a month') keeps its
        currency as unit and says what it is per in ``extra['per']``."""
        mention = Mention(start, end, "money", value, currency, precision=precision)
        per = _MONEY_PER.match(self.text, end)
        shared = False
        if not per:  # a price shares its "per" across a range or a bracket: "$62 and $68 per share",
            # "9 billion shekels ($2.408 billion) a year"; its span stays its own
            skip = _MONEY_PER_SKIP.match(self.text, end)
            per = _MONEY_PER.match(self.text, skip.end()) if skip else None
            shared = True
        hyphen = _MONEY_HYPHEN_PER.match(self.text, end)
        if hyphen:
            what = hyphen.group("what").lower()
            if what in RATE_NOUNS or what in DURATIONS or what in UNITS:
                mention.end = hyphen.end()
                mention.extra["per"] = DURATIONS[what][0] if what in DURATIONS else UNITS.get(what, what)
                return mention
        if not per:
            slash = _MONEY_SLASH_PER.match(self.text, end)
            if slash:
                mention.end = slash.end()
                what = (slash.group("what") or "").lower()
                mention.extra["per"] = SLASH_SYMBOLS[slash.group("sym")] if slash.group("sym") else \
                    DURATIONS[what][0] if what in DURATIONS else UNITS.get(what, what)
                return mention
        if per:
            what = " ".join(per.group("what").lower().split())
            if per.group("per").lower() == "per" or what in RATE_NOUNS or what in DURATIONS or what in UNITS:
                if not shared and not per.group("sized"):  # "per 90-kilo bag": the size stays a figure
                    mention.end = per.end()
                mention.extra["per"] = DURATIONS[what][0] if what in DURATIONS else UNITS.get(what, singular(what))
        return mention

    def _unit_plausible(self, unit_m: re.Match, value: float, pos: int) -> bool:
        """Single letters are units only when glued or common in news ("5 m" is rare, "5m" is money)."""
        word = unit_m.group("unit")
        low = word.lower()
        after = self.text[unit_m.end():unit_m.end() + 12]
        if re.match(r"-\d", after) and not re.match(rf"-[\d.]+\s?{re.escape(word)}\b", after):
            return False  # "two F-35 jets", "four C-130s": a name; but "75 F-80 F" is a range
        if len(low) == 1:
            glued = unit_m.start("unit") == pos
            if not low.isalpha() or low in ("c", "f") and word.isupper():
                return True  # 25.5″, 30°, 28 C, 82 F
            if word in ("W", "V") and not re.match(r"\s*\d", self.text[unit_m.end():unit_m.end() + 3]):
                return True  # "a 5 W charger", "230 V"; not "5 W 42nd St"
            if word == "m" and not glued:  # "67 m tall", "the 100 m hurdles": a length word or a race follows
                next_word = _NEXT_WORD.match(after)
                return bool(next_word and next_word.group("w").lower() in LENGTH_WORDS)
            return glued and word in ("m", "g", "w", "v")  # case matters: "5G" is a network, not grams
        if low in ("in", "mi", "ha", "gal", "db", "pb", "nm", "min", "mb", "kb"):  # "ml" is only millilitres
            if low in ("in", "ha"):
                return unit_m.start("unit") == pos
            next_word = _NEXT_WORD.match(after)
            return unit_m.start("unit") == pos or word.isupper() or word in ("Ml", "mL") \
                or bool(_SYMBOL_ENDS_PHRASE.match(after)) or bool(next_word and next_word.group("w").lower() in LENGTH_WORDS)
        if low in ("pound", "pounds"):
            return True
        if low in ("stone", "st"):  # "18 stone (80kg)", "12 st"; not "18 stone walls", nor "21st" (an ordinal)
            if re.match(r"\s*[a-z]", self.text[unit_m.end():unit_m.end() + 12]):
                return False
            # a glued "st" is an ordinal only where English writes one ("21st"); "16st 4lb" is stones
            return low == "stone" or unit_m.start("unit") > pos or value != int(value) \
                or not (value % 10 == 1 and value % 100 != 11)
        return True

    def _noun(self, pos: int, sent_end: int, one: bool = False) -> tuple[str, str, int] | None:
        """The counted noun after a number: ('satellites', 'Kuiper', end) for '27 Kuiper satellites'.

        Up to four words, ending at a plural (the head of a counted phrase), a stop word or punctuation;
        after "one" the head is singular, so a word in -s that follows is a verb ("one proposal asks").
        """
        text = self.text
        words: list[re.Match] = []
        model = -1  # where a model number stands in words ("two new 737 Max jets"): its name is the thing
        i = pos
        for _ in range(5):
            j = i
            while j < sent_end and text[j] in " \t":
                j += 1
            named = _NAME_NUMBER.match(text, j, sent_end) if j > i else None
            if named:  # a proper modifier: kept out of the noun like "Kuiper" in "27 Kuiper satellites"
                words.append(named)
                i = named.end()
                continue
            w = _WORD.match(text, j, sent_end) if j > i else None
            if not w and j > i and model < 0:
                w = _MODEL_NUMBER.match(text, j, sent_end)
                if w:
                    model = len(words)
                    words.append(w)
                    i = w.end()
                    continue
            if not w:
                break
            token = w.group(0)
            low = token.lower().strip("'’")
            if low in ("and", "or") and words and _proper(words[-1].group(0)) and self._proper_next(w.end(), sent_end):
                i = w.end()  # "Kia and Hyundai cars": two names modify one noun
                continue
            if low in NOUN_STOP_WORDS or (low.endswith("ly") and len(low) > 4 and low not in LY_ADJECTIVES) \
                    or low in MONTHS or low in UNITS_WORDS or low in TENS_WORDS:
                break  # "from 860 four years ago": a number word opens a quantity of its own
            if words and ((low.endswith("ed") and len(low) > 4) or one and _plural(low)):
                break
            i = w.end()
            if low in NOUN_SKIP_WORDS:
                continue  # "five more people": the count is of people
            words.append(w)
            if token.endswith(("'s", "’s")) or not low.isalpha() and "-" not in low:
                break
            if _plural(low) and not ((low in COLLECTIVE_MODIFIERS or token[:1].isupper())
                                     and self._plural_next(i, sent_end)):
                break  # a plural ends the phrase ("satellites already ..."), "police officers" and "Abrams
                # tanks" at its head
        tokens = [w.group(0) for w in words]
        if tokens and _proper(tokens[-1]) and _plural(tokens[-1].lower()):
            # "eight straight World Cups", "3 Emmys": a name in the plural is what is counted
            return " ".join(t.lower() for t in tokens), "", words[-1].end()
        while tokens and (_proper(tokens[-1]) or tokens[-1].lower().endswith(("'s", "’s"))):
            tokens.pop()  # a proper noun is a subject, not the counted thing ("27 Kuiper" ...)
        if not tokens:
            return None
        head = tokens[-1].lower()
        if head in NOUN_STOP_WORDS or head in NOT_HEAD_NOUNS or len(head) < 2 or head.endswith("ing"):
            return None
        if len(tokens) == 1 and head.endswith("ed") and not head.endswith("eed") and len(head) > 4:
            return None  # "the remaining 95 stayed": a verb, not what is counted
        if 0 <= model < len(tokens) - 1:  # "new 737 Max jets": the model's name belongs to the noun
            return " ".join(t.lower() for t in tokens), "", words[len(tokens) - 1].end()
        # a participle before the head describes it and is not what is counted: "300 recorded songs" are songs
        common = [t.lower() for t in tokens[:-1] if not _proper(t) and not _participle(t.lower())]
        proper = [t for t in tokens[:-1] if _proper(t)]
        return " ".join(common + [tokens[-1]]), " ".join(proper), words[len(tokens) - 1].end()

    def _proper_next(self, pos: int, sent_end: int) -> bool:
        """Whether the next word is a name: 'Hyundai' after 'Kia and'."""
        w = _NEXT_WORD.match(self.text, pos, sent_end)
        return bool(w) and _proper(w.group("w"))

    def _plural_next(self, pos: int, sent_end: int) -> bool:
        """Whether the next word is a common noun in the plural: 'officers' after 'police'."""
        w = _NEXT_WORD.match(self.text, pos, sent_end)
        return bool(w) and w.group("w").islower() and _plural(w.group("w"))

    # -- number words, fractions -------------------------------------------------------------
    def _words(self, m: re.Match, sent_start: int, sent_end: int) -> Mention | None:
        phrase = m.group("words")
        value = parse_words(phrase)
        if value is None:
            return None
        start, end = m.span()
        low = phrase.lower()
        if low == "one" and not _HYPHEN_CURRENCY.match(self.text, end):
            # "one of the", "no one", "one day", "the one": not a count in news prose
            nxt = self.text[end:end + 4].lower()
            prev = self.text[max(sent_start, start - 4):start].lower()
            outcome = _OUTCOME_BEFORE.search(self.text, max(sent_start, start - 12), start)
            if nxt.startswith((" of", "-", " day", " time", " way", " thing", " another")) and not outcome \
                    or prev.endswith(("no ", "the ", "any ", "every ", "some ")):
                return None
        ratio = self._one_in(start, end, value, sent_start)
        if ratio:
            return ratio
        minus = _SIGN_WORD_BEFORE.search(self.text, max(sent_start, start - 10), start)
        if minus:  # "minus five degrees", "negative two percent"
            value, start = -value, minus.start()
        half = _AND_A_HALF.match(self.text, end)
        scale = 1.0
        if half:  # "two and a half miles", "two and a half million people", "one million and a half"
            part = _PARTS[" ".join(half.group("part").lower().split())] * (-1 if value < 0 else 1)
            last = low.replace("-", " ").split()[-1]
            magnitude = SCALES[last] if last in SCALES and SCALES[last] >= 1000 else 1.0
            after, end = self._scale(half.end(), None)
            if after > 1 and magnitude > after:  # "one billion and a half million": plus half a million
                value, scale = value + part * after, after
            elif after > 1:  # "two and a half million"
                scale, value = after, (value + part) * after
            else:  # "one million and a half": plus half a million; "two and a half": plus a half
                value, scale = value + part * magnitude, magnitude
            low = f"{low} and {half.group('part').lower()}"
        mention = self._unit_after(self.text, end, value, 0.25 * scale if half else 0.0, None, str(int(value)) if
                                   value == int(value) else str(value), scale != 1.0, sent_start, sent_end, start)
        if mention is None or mention.kind == "date":
            mention = Mention(start, end, "count", value, "count", precision=0.25 * scale if half else 0.0)
        if mention.kind == "count" and mention.noun is None and low == "one" \
                and not re.match(r"\s+out\s+of\s", self.text[end:end + 12]) \
                and not _OUTCOME_BEFORE.search(self.text, max(sent_start, start - 12), start):
            return None  # but "won nine, lost four and drew one": a result counted
        self._qualify(mention, sent_start)
        return mention

    def _vague(self, m: re.Match, sent_end: int) -> Mention | None:
        """'thousands of tests', 'tens of millions of dollars': at least the smallest amount the words allow."""
        value = VAGUE_PLURALS[m.group("vague_w").lower()]
        if m.group("vague_of"):
            value *= VAGUE_PLURALS[m.group("vague_of").lower()]
        start, end = m.span()
        of = _OF_WHAT.match(self.text, end, sent_end)
        if of is None and m.group("vague_w").lower() in ("tens", "scores"):
            return None  # "test scores": only "scores of" is a number
        if of:
            word = of.group("w").lower()
            currency = CURRENCY_NAMES.get(word)
            if word in UNITS:
                return Mention(start, of.end(), "measure", value, UNITS[word], qualifier="lower", precision=value / 2,
                               extra={"vague": True})
            if currency:
                return Mention(start, of.end(), "money", value, currency, qualifier="lower", precision=value / 2,
                               extra={"vague": True})
            noun = self._noun(of.start("w") - 1, sent_end)
            if noun:
                head, subject, noun_end = noun
                *mods, last = head.split(" ")
                return Mention(start, noun_end, "count", value, "count", qualifier="lower", precision=value / 2,
                               noun=" ".join(mods + [singular(last)]), subject=subject or None, extra={"vague": True})
        return Mention(start, end, "count", value, "count", qualifier="lower", precision=value / 2,
                       extra={"vague": True})

    def _one_in(self, start: int, end: int, value: float, sent_start: int) -> Mention | None:
        """'one in five', '1 in 4', 'one out of three': a rate written as a fraction."""
        m = _ONE_IN.match(self.text, end)
        if not m or value <= 0 or m.group("link").lower() != "in" and value != 1:
            return None  # "one out of three" is a rate; "12 out of 40 players" a part of a whole
        if m.group("noun") and (value != 1 or m.group("noun").lower() in _NOT_ONE_IN_NOUNS):
            return None  # "one dollar in every five" is a rate; "3 goals in every 10" no plain share
        den_text = m.group("den")
        den = float(den_text) if den_text[0].isdigit() else parse_words(den_text)
        if not den or den < value or den > 1000:
            return None
        mention = Mention(start, m.end(), "fraction", value / den, "fraction")
        self._qualify(mention, sent_start)
        return mention

    def _fraction(self, m: re.Match, sent_start: int, sent_end: int) -> Mention | None:
        text = self.text
        start, end = m.span()
        den_word = m.group("frac_d").lower()
        num_word = (m.group("frac_n") or "").lower()
        den = FRACTION_DENOMINATORS[den_word]
        before = text[max(sent_start, start - 8):start].lower()
        after = text[end:end + 8].lower()
        if num_word in ("", "a", "an", "one"):
            numerator = 1.0
            if den_word.endswith("s") and num_word:
                return None
            if not num_word and den_word != "half" and den_word != "halves":
                return None  # a bare "third" is an ordinal
            if den_word in ("halves",):
                return None
        else:
            numerator = float(UNITS_WORDS.get(num_word) or TENS_WORDS.get(num_word) or 0)
            if numerator == 0:
                return None
            if numerator == 1 and den_word.endswith("s"):
                return None
        if num_word not in ("a", "an") and re.search(
                r"(?:first|second|1st|2nd|latter|former|back|front|top|bottom|this|that|next|last)[\s-]+$", before):
            return None  # "the second half of 2024", "sales this half"
        unit = _SPELT_UNIT_AFTER.match(text, end) if num_word in ("a", "an") and den in (2, 4) else None
        if unit and unit.group(0)[0] != "-" and unit.group("unit").lower() not in DURATIONS:
            # "a quarter mile", "a half gallon": a measure of the unit's fraction ("a half-hour slot" and
            # "every half hour" name a slot or a frequency)
            mention = self._fraction_of_unit(Mention(start, end, "fraction", 1 / den, "fraction"), sent_start,
                                             sent_end, unit)
            self._qualify(mention, sent_start)
            return mention
        if re.match(r"-[a-z]", after) and not _FRACTION_OF_SCALE_HYPHENED.match(text, end):
            return None  # "a third-party evaluation", "fourth-quarter profit": a compound, not a share
        if den_word in ("half",) and after.startswith(("-", " time", " hour", " day", " year", " century")) \
                and not _FRACTION_OF_SCALE_HYPHENED.match(text, end):
            return None  # "half-hour", "half time"
        scale = _FRACTION_OF_SCALE.match(text, end) or _FRACTION_OF_SCALE_HYPHENED.match(text, end)
        if scale:  # "half a million people", "a quarter of a million homes": one amount, not a share of one
            value = numerator / den * SCALES[scale.group("scale").lower()]
            mention = self._unit_after(text, scale.end(), value, 0.0, None, f"{value:g}", True, sent_start, sent_end,
                                       start) or Mention(start, scale.end(), "count", value, "count")
            mention.start = start
            self._qualify(mention, sent_start)
            return mention
        # "640, or a fifth, ...", "nearly a quarter." : a share set off by punctuation (not "once a quarter.")
        set_off = num_word in ("a", "an") and re.match(r"\s*(?:[,.;:)\u2014\u2013]|$)", after) \
            and not re.search(r"\b(?:once|twice|thrice|per|every|each)\s+$", before)
        compared = _FRACTION_COMPARED.match(text, end)  # "a quarter above normal", "a fifth lower"
        by = re.search(r"\bby\s+$", before) or num_word in ("a", "an") \
            and _FRACTION_CHANGED_BEFORE.search(text, max(sent_start, start - 40), start) \
            and _FRACTION_CHANGE_AFTER.match(text, end)  # "grew by a quarter", "up almost a fifth from 770": a size
        if den_word == "quarter" and not after.startswith((" of", " the", " a ", " as", " more", " less", " percent")) \
                and not by and not set_off and not compared:  # "grew by a quarter" is a size, not a season
            return None  # "the second quarter", "quarter-final"
        if den_word in ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth") and not num_word:
            return None
        if num_word in ("a", "an") and den_word in ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth") \
                and not after.startswith(" of") and not set_off and not by and not compared:
            return None  # "a fifth straight win"
        mention = Mention(start, end, "fraction", numerator / den, "fraction", precision=0.0)
        self._qualify(mention, sent_start)
        return mention

    def _qualify(self, mention: Mention, sent_start: int) -> None:
        text = self.text
        q = _QUAL_BEFORE.search(text, max(sent_start, mention.start - 24), mention.start)
        if q and (_COMPARED_BY.search(text, max(sent_start, q.start() - 20), q.start())
                  or re.search(r"\bthe\s+$", text[q.end("q"):mention.start])
                  and _COUNTED_BY.search(text, max(sent_start, q.start() - 40), q.start())):
            q = None  # "22 percent below the $118 million", "fell 215 homes short of the 2,460-home target": the
            # words compare two figures, they qualify neither
        elif q and q.group("q").lower().startswith("up") and _PHRASAL_UP.search(text, max(sent_start, q.start() - 20),
                                                                                 q.start()):
            q = None  # "sign up to a €2m scheme", "adds up to $40": a phrasal verb's particle, no bound
        elif q and q.group("q").lower() in ("over", "under") \
                and re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", text[q.end("q"):mention.start]) \
                and (mention.kind == "duration" or "-" in text[mention.start:mention.end]):
            q = None  # "over the 120-day season", "over a 68-game schedule", "over its 12 months": a span's
            # preposition, no bound
        if q:
            word = " ".join(q.group("q").lower().split())
            mention.qualifier = QUALIFIERS_BEFORE[word]
            if word == "some" and mention.kind not in ("count", "money", "measure"):
                mention.qualifier = "exact"
            mention.extra["qualifier_word"] = word
            return
        after = _QUAL_AFTER.match(text, mention.end)
        if after:
            word = after.group("q").lower()
            if word == "majority":  # a share's threshold, bounded only by the whole; "a 30-seat majority" is a margin
                if mention.kind in ("percent", "fraction"):
                    mention.qualifier, mention.extra["qualifier_word"] = "lower", word
                return
            mention.qualifier = QUALIFIERS_AFTER[word]
