"""Claims: the relations a sentence asserts between its quantities.

Each pattern reads the words between and around two quantities of one
sentence: "from X to Y" (a change), "between X and Y" (a range), "X (Y)" and
"X, or Y" (an equivalence), "N% of ..." and "N out of M" (a proportion),
"28th out of 63" (a rank), "N years before ... in 2003" (a date offset).
Verbs and nouns of change give the direction the text asserts. A pattern that
does not match exactly makes no claim: the rules only judge what was linked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .quantities import Mention
from .patterns import re  # compiled patterns kept between runs
from .senses import better_direction, stated_senses
from .models import Claim, Quantity
from .vocab import (
    CHANGE_DOWN, CHANGE_NOUNS_DOWN, CHANGE_NOUNS_UP, CHANGE_UP, DURATIONS, LESS_IS_BETTER, QUALIFIERS_BEFORE, SCALES,
    SHARE_NOUNS, TYING_GAP, UNITS_WORDS, VERDICT_VERBS,
)

_QUAL = "|".join(sorted((re.escape(q) for q in QUALIFIERS_BEFORE), key=len, reverse=True))
_Q = rf"(?:(?:{_QUAL})\s+)?"  # an optional qualifier before the second quantity
_OPEN_QUOTE = r"[“\"‘']?"

_UP = frozenset(CHANGE_UP)
_DOWN = frozenset(CHANGE_DOWN)
_VERB_WORDS = re.compile(r"[A-Za-z]+")
_HYPHENED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")  # words, a hyphened one as one ("cost-to-income")

_BETWEEN = re.compile(rf"\bbetween\s+{_Q}$", re.I)
_AND = re.compile(rf"^\s+and\s+{_Q}$", re.I)
_FROM = re.compile(rf"\bfrom\s+{_Q}(?:(?:a|an|the|its|their|his|her|"
                   rf"(?:(?:last|this|the\s+previous|the\s+prior|a\s+year\s+earlier)\s+)?[A-Za-z-]+(?:'s|’s))\s+)?(?:(?:previous|prior|"
                   rf"earlier|former|record|recent|low|high|level|peak|year-ago|closing|revised|initial)\s+){{0,2}}"
                   rf"(?:(?:level|high|low|peak|rate|close|price|value|figure|total|reading|estimate|perigee|"
                   rf"apogee|minimum|maximum|floor|ceiling|lowest|highest)\s+(?:[a-z]+\s+)?of\s+{_Q})?$",
                   re.I)
# "up 21% on last year's 43,400", "a 9% rise on the previous season's 4,100", "down 3% on 2022's 880": "on"
# sets a figure against an earlier one only before a possessive period of the past.
_ON_EARLIER = re.compile(rf"\bon\s+(?:(?:last|the\s+(?:previous|prior|preceding|same))\s+(?:year|season|month|quarter|"
                         rf"week|term|half|period|campaign)|\d{{4}}(?:-\d{{2}})?)(?:'s|’s)\s+(?:(?:total|tally|figure|level|"
                         rf"count|average|mark)\s+of\s+)?{_Q}$", re.I)
# "compared with 4.2% in the previous three months": a start only where a time before follows it.
_COMPARED = re.compile(rf"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+{_Q}(?:(?:a|an|the)\s+)?$", re.I)
# "compared with 35", "up from 1.8", "against 2.4": a figure set against an earlier one.
_SET_AGAINST = re.compile(rf"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|(?:up|down)\s+from)\s+{_Q}$", re.I)
_TIME_AFTER = re.compile(r"\s+(?:in|on|at|during|for)\s+(?:the\s+)?(?:\d{4}|[A-Z][a-z]+|(?:first|second|third|fourth)"
                         r"\s+(?:quarter|half))\b")
# between a figure and its date ("in 2018", "last year" is the date itself), and between two dated figures
_DATE_LINK = re.compile(r"\s*(?:(?:in|on|at|during|for|by)\s+(?:the\s+)?)?", re.I)
_PAIR_JOIN = re.compile(r"\s*,?\s*(?:and|while|but|whereas)\s+(?:(?:it|they|he|she|the\s+\w+)\s+(?:was|were|had)\s+)?", re.I)
_EARLIER_AFTER = re.compile(rf"\s*(?:(?:a|{'|'.join(UNITS_WORDS)}|\d+)\s+(?:year|month|week|quarter)s?\s+(?:earlier|ago|before)|"
                            r"(?:in|during|for|over)\s+the\s+(?:previous|prior|same|preceding|year-ago|last)\b|"
                            r"(?:last|the\s+previous)\s+(?:year|month|quarter|week)\b|previously\b|earlier\b)", re.I)
# A suspended hyphen may stand before "to": "a 200,000- to 260,000-year-old jaw".
_TO_GAP = re.compile(rf"^-?\s*(?:to|through|and)\s+{_Q}(?:(?:a|an|the)\s+(?:new\s+)?(?:record\s+)?"
                     rf"(?:(?:[a-z]+\s+){{1,2}}of\s+{_Q})?)?$", re.I)  # "to an apogee of 547 km"
# "20-23", "20 – 23", "20—23", "12C-to-15C"; not a spaced em dash, which sets off an aside ("$45,000 — $540,000 in all —")
_DASH_GAP = re.compile(r"^(?:\s?[-–]\s?|—|-to-)$")
# A few words of context between the first end and "to", after "from": "from 21 mpg combined to 23",
# "from $5 billion last quarter to $4 billion"; no clause break ("from 5 people who went to 3").
_WORD_TO_GAP = re.compile(rf"^(?:\s+(?!(?:and|or|but|up|down|who|which|that|while|was|were|is|are)\b)[a-z]+){{1,3}}"
                          rf"\s+to\s+{_Q}$")
_TO_BEFORE = re.compile(rf"\b(?:to|at)\s+{_Q}(?:(?:a|an|the)\s+(?:new\s+)?(?:record\s+)?(?:high\s+of\s+|low\s+of\s+)?)?$",
                        re.I)
_UPDOWN_FROM = re.compile(rf"\b(?P<dir>up|down|higher|lower|rising|falling|increasing|decreasing|rose|fell)?\s*"
                          rf"(?:from\s+{_Q}(?:(?:a|an|the|its)\s+)?(?:(?:previous|prior|earlier)\s+)?"
                          rf"(?:(?:level|rate)\s+of\s+{_Q})?)$", re.I)
_BY_BEFORE = re.compile(rf"\bby\s+{_Q}(?:(?:a|an|the)\s+)?(?:further\s+|another\s+|roughly\s+|some\s+)?$", re.I)
_PAREN_GAP = re.compile(rf"^\s*\(\s*{_Q}(?:or\s+)?{_Q}$", re.I)
_MEASURE_APPOSITION = re.compile(rf"^\s*(?:,|\s[—–-]{{1,2}}|—)\s*(?:an?\s+|the\s+)?(?:total\s+)?(?:area|distance|length|"
                                 rf"height|depth|stretch|expanse|volume|weight|span)\s+of\s+{_Q}$", re.I)
# "$61.3 million, about US$44.5 million,", "€2bn — roughly $2.2bn —", "12 miles, the equivalent of 19 km": the same
# amount restated in another currency or unit right after it, set off by a comma or a dash
_CONVERTED_APPOSITION = re.compile(rf"^\s*(?:,|\s[—–-]{{1,2}}|—)\s*(?:or\s+)?(?:(?:the\s+)?equivalent\s+(?:of|to)\s+|"
                                   rf"equal\s+to\s+|worth\s+)?{_Q}$", re.I)
# "a 48-kilometre stretch of dirt road (about 36 miles)": a measure written as a modifier, its noun phrase, then
# the measure restated in brackets
_MODIFIER_PAREN_GAP = re.compile(rf"^\s+(?:[a-z]+\s+){{0,3}}[a-z]+\s*\(\s*{_Q}$", re.I)
# "2,400 metres above sea level (nearly 7,900 feet)", "3,400 metres long (2.1 miles)": a measure, the word of
# extent it measures, then the measure restated in brackets
_EXTENT_PAREN_GAP = re.compile(rf"^\s+(?:long|high|deep|wide|tall|thick|across|away|apart|offshore|inland|underground|"
                               rf"(?:above|below)\s+sea\s+level|in\s+(?:length|diameter|height|depth|width|"
                               rf"circumference))\s*\(\s*{_Q}$", re.I)
# A figure that is each one's share, set off before ", or": "about J$9,000 a head, or some US$120 million".
_EACH_AFTER = re.compile(r"^\s*(?:each|apiece|a\s+head|per\s+(?:head|person|capita|resident|household))\b", re.I)
_DIFFERENCE_AFTER = re.compile(r"\s*(?:more|less|fewer|higher|lower|above|below|up|down|over|under|than|short|ahead|"
                               r"behind|an?\s+[a-z]+|per|each|of|from|in\s+(?:savings|cuts|losses)|[a-z]{3,}er\s+than)\b",
                               re.I)  # "US$12 million more than last year", "12 miles shorter than": a difference
def _past_bracket(text: str) -> str:
    """What follows a figure once a bracket right after it is passed: " (5 C) above normal" -> " above normal"."""
    m = re.match(r"\s*\([^()]{0,30}\)", text)
    return text[m.end():] if m else text


_OR_GAP = re.compile(rf"^(?P<np>[^,;()\n]{{0,60}}?)\s*(?:,|\s[—–-]{{1,2}}|—)\s*or\s+{_Q}{_OPEN_QUOTE}{_Q}$", re.I)
_OF_AFTER = re.compile(r"^\s+of\s+(?P<np>(?:(?:the|a|an|its|their|his|her|our|this|that|all)\s+)?"
                       r"(?:[^,;.()\n]|(?<=\d)[,.](?=\d)){1,60}?)"  # "its 21,000-strong workforce"
                       r"(?=\s*(?:[;()\n—–]|[,.](?!\d)|\bhad\b|\bor\b|\band\b|\bto\b|\bin\b|\bby\b|\bwith\b|\bfor\b|\bhave\b|\bhas\b|\bare\b|\bis\b|\bwas\b|\bwere\b|$))",
                       re.I)
_SHARE_NOUN_AFTER = re.compile(rf"^\s+(?:(?:direct|indirect|controlling|minority|majority|equity|ownership|voting|"
                               rf"remaining|combined|total)\s+)?(?P<noun>{'|'.join(SHARE_NOUNS)})\b", re.I)
_OUT_OF_GAP = re.compile(r"^\s+(?:out\s+of(?:\s+the|\s+all|\s+its|\s+their|\s+his|\s+her)?|"
                         r"of\s+(?:the|all|its|their|those|his|her|our)(?:\s+[A-Za-z]+(?:'s|’s))?|among"
                         r"(?:\s+the)?)\s+(?:(?:total|overall)\s+)?$", re.I)  # "of the country's 6.1 million"
# Words after a percent that make it a change or a gap, not a share: "40 of 52 games, 10% more than last year"
_MEASURED_AGAINST = re.compile(r"^\s+(?:more|less|fewer|higher|lower|above|below|up|down|over|under|than|better|"
                               r"worse|rise|increase|jump|gain|drop|fall|decline|cut)\b", re.I)
_TIED_BY_PREPOSITION = re.compile(TYING_GAP, re.I)  # "four evenings' shows across the nine tour dates"
# Between an amount and the larger amount of its unit it is a part of: "of the", "out of its", "of the county's".
_AMOUNT_OF_GAP = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our|this|that)(?:\s+[A-Za-z]+(?:'s|’s))?"
                            r"\s+(?:(?:total|overall|combined)\s+)?$", re.I)
_RANK_GAP = re.compile(r"^\s+(?:(?:place|spot|position)\s+)?(?:out\s+of|of|among|in\s+a\s+field\s+of)\s+"
                       r"(?:(?:the|its|their|his|her|our|all)\s+)?$", re.I)
# Nouns of a verdict on a change ("an improvement of 3.3%", "a 5% deterioration"): a change whose
# direction they do not say, for it depends on the measure (an improvement in waits is a fall)
_VERDICT_NOUNS = ("improvement", "deterioration")
_CHANGE_NOUN_AFTER = re.compile(
    rf"^\s+(?P<noun>{'|'.join(CHANGE_NOUNS_UP + CHANGE_NOUNS_DOWN + _VERDICT_NOUNS)})s?\b", re.I)
_APPOSITION_GAP = re.compile(r"^[^.;()]{0,120}?,\s*(?:(?:or|and|which\s+is|which\s+was|a|an)\s+)?$", re.I)
_LEVEL_BEFORE = re.compile(rf"\b(?:to|at|stands?|standing|stood|now|reaching|reached|totals?|totalling|totaling|"
                           rf"worth|valued\s+at|of)\s+{_Q}(?:(?:a|an|the)\s+)?(?:(?:new\s+)?record\s+(?:of\s+)?)?$",
                           re.I)
_OFFSET_AFTER = re.compile(r"^\s+(?P<dir>before|after|earlier|later|prior\s+to|ahead\s+of)\b", re.I)
_AGO_IN_GAP = re.compile(r"^\s*,?\s*(?:in|back\s+in|since)\s+$", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|since|from|by|of)\s+$", re.I)
_LOW_LABEL = re.compile(r"\b(?:low|lowest|minimum|perigee|floor|bottom)\b", re.I)
_HIGH_LABEL = re.compile(r"\b(?:high|highest|maximum|apogee|ceiling|top)\b", re.I)
_RANGE_WORDS = re.compile(r"\b(?:rang(?:e|es|ed|ing)|vary|varies|varied|varying|spanning)\b", re.I)
_RANGE_CUES = re.compile(r"\b(?:rang(?:e|es|ed|ing)|vary|varies|varied|varying|anywhere|spanning|estimates?|"
                         r"forecasts?)\b", re.I)

# Words of a size expected, not yet measured: "to expect growth of", "forecasts a rise of", "guided to".
_EXPECTING = re.compile(r"\b(?:expect\w*|forecast\w*|project(?:s|ed|ing|ion|ions)?|predict\w*|guid(?:ed|ance|ing)|"
                        r"outlook|target\w*|estimat\w*|anticipat\w*|sees|see)\b", re.I)
_MULTIPLIER_CLAUSE = re.compile(r"\s*(?:\w+\s+){0,2}?,\s*(?:and\s+)?(?:(?:more\s+than|nearly|almost|roughly|about|over|"
                                r"effectively|in\s+effect|just\s+over|just\s+under)\s+)?", re.I)
# Nouns a change word can modify without asserting a change: "growth forecast", "cut rate", "gain target".
_NOUNS_AFTER_ATTRIBUTE = frozenset("""forecast forecasts rate rates target targets outlook estimate estimates
projection projections figure figures data number numbers prospects expectations estimate goal goals
guidance""".split())
# Verbs whose direction is their particle: "edged down", "ticked up", "crept up", "came down".
_PHRASAL_VERBS = frozenset("""edged edges edging ticked ticks ticking inched inches inching crept creeps creeping
moved moves moving went goes going came comes coming shot shoots nudged nudges drifted drifts trended trends
headed heads pushed pushes pulled pulls dragged drags ratcheted ratchets stepped steps scaled scales marked
marks revised revises""".split())
_IN_THE_GAP = re.compile(r"\s+in\s+(?:the|a|an|this|that|its)\s+", re.I)
_THAN_AFTER = re.compile(r"\s+(?:(?P<cmp>more|higher|greater|larger|bigger|above|less|fewer|lower|smaller|below|"
                         r"cheaper|dearer)\s+than|(?P<cmp2>above|below|under|over|short\s+of|shy\s+of))"
                         r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|last\s+year['’]s\s+)?", re.I)
# What sets a level beside the figure it is compared with: "$96.4 million, which would leave it 22% below".
_LEAVING_GAP = re.compile(r"[^.;()\d]{0,60}?,\s*(?:which\s+(?:would|will|)\s*(?:leave|leaves|put|puts|place|places|"
                          r"make|makes|is|was|would\s+be)|leaving|putting|placing|making)\s+(?:it|them|the\s+\w+|"
                          r"him|her)?\s*(?:at\s+)?$", re.I)
_OR_PERCENT_GAP = re.compile(r"\s*,\s*or\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?", re.I)
_OR_NUMBER_GAP = re.compile(r"^\s+or\s+$", re.I)  # "three or four years"
_AND_NUMBER_GAP = re.compile(r"^\s+and\s+$", re.I)  # "doses of 45 and 50 mg"
_FROM_NEAR = re.compile(r"\bfrom\s+[^,;]{0,25}$", re.I)  # "from 208 pounds", "from about 14-"
_PART_OF_GAP = re.compile(r"^\s+of\s+(?:the|its|their|his|her)\s+$", re.I)  # "280 million of the 1.5 billion shekels"
_DIMENSION_GAP = re.compile(r"^\s*(?:by|x|×)\s*$")
_COUNT_PART_GAP = re.compile(r"^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|your)\s+)?$", re.I)
_LEVEL_GAP = re.compile(r"^\s*(?:,?\s*or\s+[^,;]{1,25},)?\s*(?:to|at)\s+"
                        r"(?:(?:a|an)\s+(?:new\s+)?(?:record|high|low)\s+of\s+)?$", re.I)
_BARE_DIGITS = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?")
_BARE_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion|mln|bln|bn|m))?",
                          re.I)  # "160", "124.6 billion": a number with no unit of its own
_PREP_BEFORE = re.compile(r"\b(?P<p>by|at|to)\s+$", re.I)
# Words right before a bare figure that set it beside the measure before it, whose unit it leaves out: "below
# the previous season's 14.1 million", "more than the 50,200", "a record of 68", "from every 25", "on 43.8",
# "eases the maximum to 27", and the items of a list after a colon or a comma ("9.5 million litres: 3.1
# million in ..., 2.9 million in ... and 3.5 million").
_ELIDED_BEFORE = re.compile(r"(?:\b(?:from|than|to|on|every|and|another|at)|’s|'s|[:,]|\b(?:record|high|low|peak|average|"
                            r"maximum|minimum|total|top|level|figure|forecast|temperature|reading|mark|tally|yield)"
                            r"\s+of)\s+(?:(?:the|a|an|about|around|roughly|nearly|almost|just|some|only)\s+)?$", re.I)
_PART_OF_AFTER = re.compile(r"\s+(?:out\s+)?of\b", re.I)
# A bare figure in words: "another four", "instead of every six".
_BARE_WORD = re.compile(rf"(?:{'|'.join(UNITS_WORDS)})", re.I)
# "at" before a bare figure sets it beside a measure only where that measure too stood "at" one ("farms came first
# at 6.3 million tonnes, then shipping at 4.7 million"); alone it is as often a time ("starts at 9").
_AT_BEFORE = re.compile(r"\bat\s+(?:(?:the|a|an|about|around|roughly|nearly|almost|just|some|only)\s+)?$", re.I)
# Between a figure and a measure that only bounds it ("31 days below 0 C"): the figure, not the bound, is the
# measure a later bare figure leaves out ("..., up from 20").
_BOUND_GAP = re.compile(r"\s+(?:above|below|over|under|topping|exceeding)\s+", re.I)
# Figures a bare one steps over to the measure whose unit it takes: the size of a change between them ("about
# 4 percent more than the 50,200") and its date.
_ELIDED_STEP = ("percent", "percentage_point", "multiplier", "date")
_ENDS_CLAUSE = re.compile(r"\s*(?:[,.;:)]|$|\s(?:while|but|and|as|after|before)\b)", re.I)
# a scale glued to its number is one only in its longer forms: "3bn", "4.5mln"; a glued "m" may be metres
_SCALE_WORD = re.compile(r"(?:\b|(?<=\d))(thousand|million|billion|trillion|bn|mn|tn|mln|bln|trn|crores?|lakhs?)\b"
                         r"|\b([kmb])\b", re.I)
_NOUNS_OF_CHANGE = {**{n: "up" for n in CHANGE_NOUNS_UP}, **{n: "down" for n in CHANGE_NOUNS_DOWN}}
_LEVELS = ("money", "count", "measure", "percent", "percentage_point")
# "..., up 18%", "shares were down 3%": an adverb of change after a comma or a form of "be"/"close"
_ADVERB_BEFORE = re.compile(r"(?:^|,\s*|\b(?:is|are|was|were|be|been|closed|ended|finished|traded|trading|"
                            r"stood|now|last|still|settled|opened|went|moved)\s+)(?P<dir>up|down|higher|lower)\s+(?:by\s+)?"
                            r"(?:(?:about|some|nearly|almost|roughly|around|more\s+than|over)\s+)?$", re.I)
# "rose above $70,000", "fell below 4%": the verb names the level crossed, not the size of the move
_LEVEL_WORD_BEFORE = re.compile(r"\b(?:above|below|past|beyond|through|to)\s+(?:(?:a|an|the)\s+)?(?:(?:record|new)\s+)?$",
                                re.I)
# the phrases of what, where and when a level may carry before the clause set off after it ("9.6 million
# trips on the county's tram network last year, up ...", "4,600 tonnes of cod next year, down from ..."):
# one phrase led by a preposition or a time word, holding no figure (the gap holds none) and no clause
_LEVEL_PHRASE = (r"(?:\s+(?:of|for|in|at|during|over|on|across|through|to|next|last|this)\s"
                 r"(?:(?!\b(?:while|whereas|but|although|though|and\s+(?:the|its|their))\b)[^,;()]){1,80})?")
_APPOSED = re.compile(_LEVEL_PHRASE + r"\s*,\s*(?:up|down|higher|lower)\s+(?:by\s+)?(?:(?:about|some|nearly|almost|"
                      r"roughly|around|more\s+than|over)\s+)?", re.I)
# "to the county's nine mills", "at its 40 branches": a count of a known set, named by a definite determiner
_KNOWN_SET_BEFORE = re.compile(r"\b(?:to|at|in|across|among|from|by|through)\s+(?:the|its|their|our|his|her)\s+"
                               r"(?:[\w-]+(?:'s|’s)\s+)?$|\b(?:to|at|in|across|among|from|by|through)\s+"
                               r"[A-Z][\w-]*(?:'s|’s)\s+$", re.I)
_COMPARED_GAP = re.compile(rf"\s*,?\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+{_Q}(?:the\s+)?", re.I)
_SCOPE_BEFORE = re.compile(r"\b(?:across|among|spanning|covering)\s+(?:(?:the|its|their|some|about)\s+)?$",
                           re.I)  # "1,947 animals across 212 species": a figure of the scope, not a level
_APPOSITION_STEP = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+)?(?:about\s+|roughly\s+|some\s+)?|\(\s*)", re.I)
# a linker that opens a clause of its own: what a size before it moved is not what a level after it reached
_NEXT_CLAUSE = re.compile(r";|\b(?:while|whereas|but|although|though)\b", re.I)
_CLAUSE_END = re.compile(r";|\b(?:while|whereas|but|and\s+(?:the|its|their))\b", re.I)
# "$60 billion — or “85% of", "$900 billion, equivalent to 3.5% of", "$2 billion, or about 4% of"
_EQUATED_BEFORE = re.compile(rf"(?:\s+(?:by|in|over|within|across)\s+[^,;.()\d]{{1,40}}?)?"  # "by the end of 2029"
                             rf"\s*(?:,|\s?[—–-]{{1,2}}|—)\s*(?:or|(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|"
                             rf"representing|amounting\s+to|which\s+is|about|roughly|nearly|almost|some)\s+"
                             rf"{_OPEN_QUOTE}{_Q}", re.I)
_COMMA_AFTER_LEVEL = re.compile(_LEVEL_PHRASE + r"\s*,\s*", re.I)  # "$23.8 million on agency nurses in the
# twelve months that ended in March, up from ..."
_PRONOUN_WHOLE = re.compile(r"(?:of\s+)?(?:them|those|these|which|whom|it|all)", re.I)
# A pronoun that opens a share's description whatever follows it: "a third of them part-time", "half of them
# north of the river", "80 per cent of which concerned billing" (the words after say where or what the part is,
# not another whole).
_PRONOUN_OPENS = re.compile(r"(?:of\s+)?(?:them|whom|which)\b", re.I)
_LINKABLE = ("percent", "percentage_point", "money", "count", "measure", "fraction", "multiplier", "duration")


def _pronoun_whole(about: str) -> bool:
    return bool(_PRONOUN_WHOLE.fullmatch(about) or _PRONOUN_OPENS.match(about))


def direction_of(word: str) -> str | None:
    low = word.lower()
    if low in _UP:
        return "up"
    if low in _DOWN:
        return "down"
    return None


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    items: list[int] = field(default_factory=list)  # indexes into the quantity list
    split: bool | None = None  # whether it speaks of a share split (read once)


class Linker:
    """Finds the claims of a document, sentence by sentence."""

    def __init__(self, text: str, spans: list[tuple[int, int]], quantities: list[Quantity],
                 mentions: list[Mention]) -> None:
        self.text = text
        self.spans = spans
        self.q = list(quantities)
        self.m = mentions
        self.claims: list[Claim] = []
        self._index = {q.id: k for k, q in enumerate(self.q)}  # quantity id -> its place in self.q
        self._kinds_of: dict[str, set[str]] = {}  # quantity id -> kinds of the claims it is in
        self._used: set[tuple[str, int, int]] = set()

    # -- helpers --------------------------------------------------------------------------------
    def gap(self, a: int, b: int) -> str:
        return self.text[self.q[a].span[1]:self.q[b].span[0]]

    def before(self, i: int, sent: _Sentence, width: int = 80) -> str:
        start = self.q[i].span[0]
        return self.text[max(sent.start, start - width):start]

    def after(self, i: int, sent: _Sentence, width: int = 80) -> str:
        end = self.q[i].span[1]
        return self.text[end:min(sent.end, end + width)]

    def verb_before(self, i: int, sent: _Sentence, words: int = 4) -> tuple[str, str] | None:
        """The nearest change verb within a few words before quantity i, in its clause: (word, direction)."""
        before = re.split(r"[;—]", self.before(i, sent, 90))[-1]
        found = _VERB_WORDS.findall(before)[-words:]
        for k in range(len(found) - 1, -1, -1):
            w = found[k]
            d = direction_of(w)
            if k + 1 < len(found) and found[k + 1].lower() in _NOUNS_AFTER_ATTRIBUTE or w.lower() in _NOT_CHANGE_WORDS:
                continue  # "its growth forecast", "the cut rate": a noun naming the figure, not the verb
            if d and w.lower() in ("up", "down", "higher", "lower") and k > 0 and found[k - 1].lower() in _PHRASAL_VERBS:
                return f"{found[k - 1]} {w}", d  # "edged down", "ticked up": the particle gives the direction
            if d and w.lower() not in ("up", "down", "lower", "higher"):  # adverbs are not the verb
                return w, d
        return None

    def add(self, kind: str, ids: list[int], roles: dict[str, int], sent: _Sentence, **kw) -> Claim | None:
        key = (kind, min(ids), max(ids))
        if key in self._used:
            return None
        self._used.add(key)
        ordered = sorted(set(ids))
        span = (min(self.q[i].span[0] for i in ordered), max(self.q[i].span[1] for i in ordered))
        claim = Claim(id=f"c{len(self.claims) + 1}", kind=kind, quantities=[self.q[i].id for i in ordered],
                      roles={r: self.q[i].id for r, i in roles.items()}, span=span, sentence=sent.index, **kw)
        self.claims.append(claim)
        for qid in claim.quantities:
            self._kinds_of.setdefault(qid, set()).add(kind)
        return claim

    def linked(self, i: int, *kinds: str) -> bool:
        """Whether quantity i is already in a claim of one of these kinds."""
        return bool(self._kinds_of.get(self.q[i].id, set()) & set(kinds))

    def same_dimension(self, a: int, b: int) -> bool:
        """Both ends in one unit and per the same thing (currencies must match: '10.4 cents to $2.24' is
        not a range; '71 cents a share' is no level of '$356 million')."""
        qa, qb = self.q[a], self.q[b]
        if qa.unit != qb.unit:
            return False
        if qa.per == qb.per:
            return True
        # "from a low of $92 to a high of $76 a barrel": one end names what both are per, if of one size
        return (qa.per is None or qb.per is None) and isinstance(qa.value, float) and isinstance(qb.value, float) \
            and min(abs(qa.value), abs(qb.value)) * 10 >= max(abs(qa.value), abs(qb.value))

    def adopt_unit(self, bare: int, model: int, *, scale: bool = True) -> None:
        """'5-7%', '$50 to $60 billion', 'three or four years', '1 to 2 thousand people': a bare end takes
        the unit (or counted noun) and scale of the other end."""
        qa, qb = self.q[bare], self.q[model]
        if qb.kind in ("date", "rank"):
            return
        update: dict = {}
        factor = 1.0
        plain = qa.unit == "count" and qa.noun is None
        if plain and qb.unit != "count":
            update.update(kind=qb.kind, unit=qb.unit)
            factor = _duration_factor(qb)  # "two or three decades": 20 years
        if (plain or qa.unit == qb.unit) and qb.noun and not qa.noun:
            update.update(noun=qb.noun)  # "1 to 2 thousand people"; "5- to 11-year-olds" are ages at both ends
        same_kind = qa.unit == qb.unit or (qa.kind == "money" and qb.kind == "money") or "unit" in update
        by = _scale_in(qb) if scale and same_kind else None
        if by and not _scale_of(qa.text) and isinstance(qa.value, float) and qa.value * by <= qb.value * 10:
            factor *= by
        if factor != 1.0 and isinstance(qa.value, float):
            update.update(value=qa.value * factor,
                          low=None if qa.low is None else qa.low * factor,
                          high=None if qa.high is None else qa.high * factor)
        # "from $75 per barrel to $45.88": a price of a like size in the same currency is per the same thing
        if qb.per and not qa.per and qb.kind == "money" and qa.unit == qb.unit and isinstance(qa.value, float) \
                and isinstance(qb.value, float) and qa.value > 0 and qb.value > 0 \
                and max(qa.value, qb.value) <= 10 * min(qa.value, qb.value):
            update.update(per=qb.per)
        if update:
            self.q[bare] = qa.model_copy(update=update)

    def _shared_units(self, sent: _Sentence) -> None:
        """The ends of a span share one unit: the bare end of '5-7%', 'between 8 and $10 billion', 'three or
        four years' and '280 million of the 1.5 billion shekels' takes the other's, and so does the bare
        second end of 'from 208 pounds to 193'. Right to left, so '24.2 to 33-35 billion euros' passes
        the unit down the chain."""
        self._money_ranges(sent)
        for a, b in reversed(list(self._pairs(sent))):
            qa, qb = self.q[a], self.q[b]
            if qa.kind == "date" or qb.kind == "date" or qb.kind not in _LINKABLE:
                continue
            gap, before = self.gap(a, b), self.before(a, sent)
            between = bool(_BETWEEN.search(before) and _AND.match(gap))
            to = bool(_TO_GAP.match(gap)) and not gap.strip().lower().startswith("and")
            if _WORD_TO_GAP.match(gap) and _FROM.search(before):
                self.adopt_unit(b, a, scale=False)
            elif between or to or _DASH_GAP.match(gap) or _OR_NUMBER_GAP.match(gap):
                self.adopt_unit(a, b)
                if between or to and _FROM_NEAR.search(before):
                    self.adopt_unit(b, a, scale=False)
            elif _AND_NUMBER_GAP.match(gap) and qb.kind in ("measure", "duration", "percent") and not qb.per \
                    and qa.kind == "count" and qa.noun is None and _BARE_DIGITS.fullmatch(qa.text.strip()) \
                    and _like_size(qa.value, qb.value):
                self.adopt_unit(a, b, scale=False)  # "doses of 45 and 50 mg", "3 and 5 years": the unit is shared
            elif _DIMENSION_GAP.match(gap) and qb.kind == "measure" and not qb.per:
                self.adopt_unit(a, b, scale=False)  # "30 by 20 centimetres", "4 x 6 metres": both sides
            elif _PART_OF_GAP.match(gap) and qb.kind in ("money", "measure"):
                self.adopt_unit(a, b, scale=False)
            elif _COUNT_PART_GAP.match(gap) and qb.kind == "count" and qb.noun and qa.kind == "count" \
                    and qa.noun is None and qa.unit == "count" and isinstance(qa.value, float) \
                    and isinstance(qb.value, float) and qa.value <= qb.value:
                self.adopt_unit(a, b, scale=False)  # "293 of the 543 seats", "12 out of 40 players": seats, players

    def _money_ranges(self, sent: _Sentence) -> None:
        """'$3.1-3.4 billion', 'Rs 4-5 crore', '€2.5–3bn', '$3.1 to 3.4 billion': the currency is written
        once, before the low end, and the scale once, after the high end; each end takes the other's.
        Before the other ends are linked, so that a unit further on ('or 20-30 million tonnes') is not
        passed to the high end first."""
        for a, b in self._pairs(sent):
            qa, qb = self.q[a], self.q[b]
            if qa.kind == "money" and qb.unit == "count" and qb.noun is None and _scale_of(qb.text) \
                    and not _scale_of(qa.text) and self.gap(a, b).strip(" -–—").lower() in ("", "to"):
                self.adopt_unit(b, a, scale=False)
                self.adopt_unit(a, b)

    def _parallel_units(self, sent: _Sentence) -> None:
        """A bare figure in a parallel clause takes the unit its counterpart spelt out: 'the DAX rose by
        2 percent but the Nasdaq fell by 1', 'ended at 1,463.78 points, while the TA-125 ended at 1,334.20'.
        Only rates and index points of a like size, only after the same preposition, and only where the
        clause ends."""
        items = sent.items
        for pos, b in enumerate(items):
            qb = self.q[b]
            if qb.kind != "count" or qb.noun is not None or not _BARE_DIGITS.fullmatch(qb.text):
                continue
            prep = _PREP_BEFORE.search(self.before(b, sent, 12))
            if not prep or not _ENDS_CLAUSE.match(self.after(b, sent, 12)):
                continue
            for a in reversed(items[:pos]):
                qa = self.q[a]
                if not (qa.kind in ("percent", "percentage_point") or qa.kind == "count" and qa.noun == "point"):
                    continue
                other = _PREP_BEFORE.search(self.before(a, sent, 12))
                near = isinstance(qa.value, float) and abs(qb.value) <= 10 * abs(qa.value) and \
                    abs(qa.value) <= 10 * abs(qb.value)  # "rose to 5% and staff grew to 30,000": no parallel
                if near and other and other.group("p").lower() == prep.group("p").lower():
                    self.adopt_unit(b, a, scale=False)
                    break

    def _compared_units(self, sent: _Sentence) -> None:
        """A bare figure set against an earlier one takes its unit and scale: 'sales of 40 million euros,
        compared with 35 a year earlier', 'a loss of $2.1 billion, up from 1.8 in 2022'. Only where a time
        before follows it or its clause ends, and from the nearest figure before it that has a unit."""
        items = sent.items
        for pos, b in enumerate(items):
            qb = self.q[b]
            if pos == 0 or qb.kind != "count" or qb.noun is not None or not _BARE_NUMBER.fullmatch(qb.text.strip()):
                continue
            after = self.after(b, sent, 40)
            if not _SET_AGAINST.search(self.before(b, sent, 40)) \
                    or not (_EARLIER_AFTER.match(after) or _ENDS_CLAUSE.match(after) or _TIME_AFTER.match(after)):
                continue
            at = next((i for i in range(pos - 1, -1, -1) if self.q[items[i]].kind in _LEVELS
                       and not (self.q[items[i]].kind == "count" and self.q[items[i]].noun is None)), None)
            if at is not None:
                self.adopt_unit(b, items[self._past_bound(items, at)])

    def _past_bound(self, items: list[int], at: int) -> int:
        """The figure a bare one is set beside: not a measure that only bounds the figure before it ("31 days
        below 0 C, up from 20": 20 days), but that figure."""
        if at > 0 and self.q[items[at - 1]].kind in ("measure", "duration", "count") \
                and _BOUND_GAP.fullmatch(self.gap(items[at - 1], items[at])):
            return at - 1
        return at

    def _elided_units(self, sent: _Sentence) -> None:
        """A bare figure set beside a measure of its sentence takes the unit the writer left out: 'reached
        12.4 million bushels, below the previous season's 14.1 million', 'sowed 52,300 acres, 4 percent more
        than the 50,200', 'peaked at 44.1 degrees Celsius, with Brimley on 43.8', 'every 15 minutes, down from
        every 25', 'idle for 11 days in March and another four in May', 'farms came first at 6.3 million tonnes,
        then shipping at 4.7 million', and each item of a list after its total ('9.5 million litres: 3.1 million in ...,
        2.9 million in ...'). Only from the nearest measure before it (stepping over a change's size or a date,
        and over a bound of the figure before: "31 days below 0 C, up from 20"), of a like size,
        after "at" only where the measure too stood "at" one ("the 5km run starts at 9" is a time), and a level
        where the measure is a difference ("3 degrees over the mean temperature of 29.4")."""
        items = sent.items
        for pos, b in enumerate(items):
            qb = self.q[b]
            bare = qb.text.strip()
            if pos == 0 or qb.kind != "count" or qb.noun is not None \
                    or not (_BARE_NUMBER.fullmatch(bare) or _BARE_WORD.fullmatch(bare)) \
                    or not isinstance(qb.value, float) or not _ELIDED_BEFORE.search(self.before(b, sent, 40)) \
                    or _PART_OF_AFTER.match(self.after(b, sent, 12)):
                continue  # "and 5 of the 8 gauges": a part of a count, not a measure
            at = next((i for i in range(pos - 1, -1, -1) if self.q[items[i]].kind not in _ELIDED_STEP), None)
            if at is None:
                continue
            model = items[self._past_bound(items, at)]
            qa = self.q[model]
            if _AT_BEFORE.search(self.before(b, sent, 40)) and not _AT_BEFORE.search(self.before(model, sent, 40)):
                continue
            if qa.kind not in ("measure", "duration") or qa.unit == "count" or not isinstance(qa.value, float) \
                    or not (_like_size(qa.value, qb.value) or _like_size(qa.value, qb.value * (_scale_in(qa) or 1))) \
                    or ";" in self.gap(model, b):
                continue
            self.adopt_unit(b, model)
            if self.q[b].unit.startswith("delta_"):
                self.q[b] = self.q[b].model_copy(update={"unit": self.q[b].unit[len("delta_"):]})

    def _dated_pairs(self, sent: _Sentence) -> None:
        """A bare figure dated like its counterpart takes the counterpart's unit: '12 degrees in 2018 and 9.5
        last year', '80 kg in January and 72 in June'. Only where each figure is followed by its date, the
        two are joined by 'and' or 'while', and they are of a like size."""
        items = sent.items
        for pos in range(3, len(items)):
            a, when_a, b = items[pos - 3], items[pos - 2], items[pos - 1]
            when_b = items[pos]
            qa, qb = self.q[a], self.q[b]
            if qb.kind != "count" or qb.noun is not None or not _BARE_DIGITS.fullmatch(qb.text.strip()) \
                    or qa.kind not in _LEVELS or qa.kind == "count" and qa.noun is None \
                    or self.q[when_a].kind != "date" or self.q[when_b].kind != "date":
                continue
            if not (_DATE_LINK.fullmatch(self.gap(a, when_a)) and _DATE_LINK.fullmatch(self.gap(b, when_b))
                    and _PAIR_JOIN.fullmatch(self.gap(when_a, b))):
                continue
            if not (isinstance(qa.value, float) and isinstance(qb.value, float) and qa.value and qb.value):
                continue
            by = _scale_in(qa) or 1.0  # "$4 million in 2020 and 5 in 2021": the scale is shared too
            for scale, size in ((True, qb.value * by), (False, qb.value)):
                if max(abs(qa.value), abs(size)) <= 10 * min(abs(qa.value), abs(size)):
                    self.adopt_unit(b, a, scale=scale)
                    break

    def _index_levels(self, sent: _Sentence) -> None:
        """An index that moved by points ends at a level in points: 'fell 200 points to 25,000', 'closed
        down 30.5 points, or 0.4%, at 7,200.1'. Only a bare figure bigger than the move, right after it."""
        items = sent.items
        for pos, b in enumerate(items[1:], 1):
            a = items[pos - 1]
            if self.q[a].kind == "percent" and pos > 1:  # "12.5 points, or 0.2%, to 7,020.4"
                a = items[pos - 2]
            qa, qb = self.q[a], self.q[b]
            if qa.noun != "point" or qb.kind != "count" or qb.noun is not None or qb.unit != "count" \
                    or not _BARE_DIGITS.fullmatch(qb.text) or not isinstance(qb.value, float) \
                    or not isinstance(qa.value, float) or abs(qb.value) <= abs(qa.value):
                continue
            if _LEVEL_GAP.match(self.gap(a, b)):
                self.q[b] = qb.model_copy(update={"noun": "point"})

    # -- driving ----------------------------------------------------------------------------------
    def run(self) -> tuple[list[Claim], list[Quantity]]:
        sentences = [_Sentence(i, a, b) for i, (a, b) in enumerate(self.spans)]
        for i, q in enumerate(self.q):
            sentences[q.sentence].items.append(i)
        for sent in sentences:
            if not sent.items:
                continue
            self._shared_units(sent)
            self._parallel_units(sent)
            self._compared_units(sent)
            self._elided_units(sent)
            self._dated_pairs(sent)
            self._index_levels(sent)
            self._ranges_and_changes(sent)
            self._relative_changes(sent)
            self._verb_changes(sent)
            self._compared_levels(sent)
            self._equivalences(sent)
            self._proportions(sent)
            self._ranks(sent)
            self._date_offsets(sent)
        self.claims.sort(key=lambda c: (c.span, c.kind))
        self.claims = [c.model_copy(update={"id": f"c{n + 1}"}) for n, c in enumerate(self.claims)]
        return self.claims, self.q

    def _figures_before(self, sent: _Sentence, pos: int, also: tuple[str, ...] = ()):
        """The quantities before the one at pos, nearest first, passing over dates and durations."""
        for j in reversed(sent.items[:pos]):
            if self.q[j].kind not in ("date", "duration", *also):
                yield j

    def _pairs(self, sent: _Sentence):
        items = sent.items
        for a, b in zip(items, items[1:]):
            yield a, b

    # -- ranges and from/to changes ---------------------------------------------------------------
    def _pairs_over_dates(self, sent: _Sentence):
        """Neighbours, and also the two figures around a date: 'from $20 million in 2019 to $41 million'.
        The date's words stand as 'then' in the gap, so a gap reads ' in then to '."""
        items = sent.items
        for k, a in enumerate(items):
            if self.q[a].kind == "date":
                continue
            n = k + 1  # the next figure that is not a date
            while n < len(items) and self.q[items[n]].kind == "date":
                n += 1
            if n == len(items):
                continue
            b = items[n]
            if n == k + 1:
                yield a, b, self.gap(a, b)
                continue
            gap = self.gap(a, b)
            for d in reversed(items[k + 1:n]):
                lo, hi = self.q[d].span[0] - self.q[a].span[1], self.q[d].span[1] - self.q[a].span[1]
                gap = gap[:lo] + "then" + gap[hi:]
            if _WORD_TO_GAP.match(gap):
                yield a, b, gap

    def _ranges_and_changes(self, sent: _Sentence) -> None:
        for a, b, gap in self._pairs_over_dates(sent):
            qa, qb = self.q[a], self.q[b]
            if qb.kind not in _LINKABLE:
                continue
            before = self.before(a, sent)
            if _BETWEEN.search(before) and _AND.match(gap):
                if self.same_dimension(a, b):
                    self._range(a, b, sent, "between")
                continue
            dash = _DASH_GAP.match(gap)
            to = _TO_GAP.match(gap) or (_WORD_TO_GAP.match(gap) and _FROM.search(before))
            if not (dash or to) or (to and gap.strip().lower().startswith("and")):
                continue
            if not self.same_dimension(a, b) or self.linked(a, "range"):
                continue  # "from 5 to 7 per cent to 3 to 5 per cent": the end of one range starts no other
            from_m = _FROM.search(before)
            verb = self.verb_before(a, sent, 10)
            if from_m:
                if _RANGE_WORDS.search(before[-40:]) and verb is None and _LOW_LABEL.search(before[-30:]) \
                        and _HIGH_LABEL.search(gap):
                    # "from a perigee of 553 km to an apogee of 547 km": ends named low and high, to check
                    self._range(a, b, sent, "ranging")
                elif _RANGE_CUES.search(before[-40:]) or verb is None and not _change_context(before):
                    self._range(a, b, sent, "from")
                else:
                    self._change(sent, frm=a, to=b, verb=verb)
                continue
            if dash:
                if not (gap.startswith(" ") and gap.endswith(" ") and qa.noun):  # "53 medals – 18 gold": an aside
                    self._range(a, b, sent, "-")
                continue
            if qa.kind == "count" and self.m[a].noun and verb is None:
                continue  # "the ten am appointment to 4" is not a range; "1,500 to 1,200 workers" is
            by_m = _BY_BEFORE.search(before)
            # "lifted its market value by $120 billion to ...": with "by", the verb may stand further back
            verb_here = self.verb_before(a, sent, 2) or (self.verb_before(a, sent, 12) if by_m else None)
            start = self._from_after(sent, b) if verb_here is not None and not by_m else None
            if verb_here is None or self._expected_size(a, b, sent, verb_here):
                self._range(a, b, sent, "to")
            elif start is not None and start != a:
                self._change(sent, by=a, to=b, frm=start, verb=verb_here)  # "climbed 3% to 9.4%, from 6.4%"
            elif not by_m and _direction_fits(verb_here[1], qa, qb):
                self._change(sent, frm=a, to=b, verb=verb_here)  # "cut 26% to 10%": from 26% to 10%
            else:
                self._change(sent, by=a, to=b, verb=verb_here)  # "fell $2 to $48", "by $120 billion to"

    def _expected_size(self, a: int, b: int, sent: _Sentence, verb: tuple[str, str]) -> bool:
        """'told investors to expect sales growth of 2 percent to 3 percent', 'forecasts a rise of 2% to 3%':
        a noun of change, 'of', and two figures of one unit rising, in a sentence of expectation, is the size
        expected written as a range, not a move from one to the other."""
        before = self.before(a, sent)
        if not re.search(rf"\b{re.escape(verb[0])}\s+of\s+(?:(?:about|around|roughly|between)\s+)?$", before, re.I):
            return False
        qa, qb = self.q[a], self.q[b]
        return qa.unit == qb.unit and float(qa.value) < float(qb.value) and _EXPECTING.search(before) is not None

    def _range(self, a: int, b: int, sent: _Sentence, cue: str) -> None:
        qa, qb = self.q[a], self.q[b]
        if cue != "ranging" and self._tally(a, b, sent):
            return
        if qb.qualifier == "exact" and qa.qualifier != "exact" and not self.linked(a, "range"):
            # "as much as $50 billion to $60 billion": the qualifier governs the whole range
            lo, hi = _bounds_with(qb, qa.qualifier)
            self.q[b] = qb.model_copy(update={"qualifier": qa.qualifier, "qualifier_word": qa.qualifier_word,
                                              "low": lo, "high": hi})
        self.add("range", [a, b], {"low": a, "high": b}, sent, cue=cue)

    def _other_temperature_scale(self, a: int, b: int) -> None:
        """'104 degrees (43 C)', '30 degrees (86 F)': bare degrees restated in one scale are in the other."""
        for bare, scaled in ((a, b), (b, a)):
            qb, qs = self.q[bare], self.q[scaled]
            other = _OTHER_SCALE.get(qs.unit.removeprefix("delta_"))
            if qb.unit == "degree" and other:
                self.q[bare] = qb.model_copy(update={"unit": other})

    def _rate_of(self, i: int | None, sent: _Sentence) -> int | None:
        """The figure a denominator belongs to: in '$1.18 per $100 of value, down from $1.20' or '9 cents for
        every 1,000 litres' the level that moves is the rate before 'per', never the base it is counted on."""
        if i is None or i == 0 or i - 1 not in sent.items or not _PER_GAP.fullmatch(self.gap(i - 1, i)):
            return i
        return i - 1

    def _tally_before(self, a: int, sent: _Sentence) -> bool:
        """Whether the clause before quantity a's own sets two figures against each other as a vote or a
        score ('holds 51,200 votes to 46,900', 'won by 14 points to nine')."""
        clauses = re.split(r"[;:(—–]\s*|,\s+", self.text[sent.start:self.q[a].span[0]])
        if len(clauses) < 2 or not _TWO_FIGURES_TO.search(clauses[-2]):
            return False
        return bool({w.lower() for w in _VERB_WORDS.findall(clauses[-2])} & _TALLY_WORDS)

    def _judged_unsure(self, sent: _Sentence, first: int) -> bool:
        """Whether the measure a verdict verb judges is one of which less is better, or a ratio: then
        "improved" does not say the figures rose."""
        clause = re.split(r"[;:]", self.before(first, sent, 90))[-1]
        words = {w.lower() for w in _HYPHENED.findall(clause)}
        if "stated_senses" not in self.__dict__:
            self.__dict__["stated_senses"] = stated_senses(self.text)
        # "improved" says up only of a measure of which more is better ("margins improved"); of one of which
        # less is better ("waits improved", "the bad-loan ratio improved"), of one the article says runs down
        # ("A lower grade average means better results"), or of one whose sense is unknown, it says no direction
        return better_direction(words, self.__dict__["stated_senses"]) != "up"

    def _tally(self, a: int, b: int, sent: _Sentence) -> bool:
        """Two figures set against each other, not the ends of a range: a vote or a score ('voted seven
        to two', 'passed by 312 votes to 287', 'ahead by 41% to 36%', 'won 3-1'), odds and rates of
        exchange ('35 to one U.S. dollar', 'odds of 5 to 1'), and clock times ('between 2300 and 0600')."""
        qa, qb = self.q[a], self.q[b]
        clause = re.split(r"[;:,—–]\s|\b(?:and|but|while)\s", self.before(a, sent, 60))[-1]
        words = {w.lower() for w in _VERB_WORDS.findall(clause)[-8:]}
        after = _VERB_WORDS.findall(self.after(b, sent, 30).lower())[:3]
        between = re.search(r"\bbetween\s+$", self.before(a, sent, 12), re.I)  # "his share at between 44 and 47%"
        if not between and (words & _TALLY_WORDS or set(after[:2]) & _TALLY_AFTER
                            or (qb.noun or "").split()[-1:] and qb.noun.split()[-1] in _TALLY_AFTER):
            return True  # "a 29 to 17 vote": the tally's noun read into its second figure
        if _MARGIN_BEFORE.search(self.before(a, sent, 40)):
            return True  # "beat the sitting councillor by 38 votes, 2,914 to 2,876": the tally after its margin
        if not clause.strip() and _OUT_VERB.search(self.before(a, sent, 80).rsplit(";", 1)[-1]) \
                and float(qa.value) > float(qb.value):
            return True  # "Women outnumbered men on the roll, 4,310 to 3,980": the two sides after the verb
        if _RESTATING.fullmatch(clause) and self._tally_before(a, sent):
            return True  # "holds 51,200 votes to 46,900, or 52.2% to 47.8%": the same tally in shares
        if _DASH_GAP.match(self.gap(a, b)) and all(_BARE_NUMBER.fullmatch(q.text) for q in (qa, qb)) \
                and (after[:1] and after[0] in _RECORD_WORDS or _RECORD_BEFORE.search(self.before(a, sent, 40))):
            return True  # "a 19-11 record", "went 40-12 on the season", "a record of 9-3": wins and losses
        if isinstance(qb.value, float) and qb.value == 1 and isinstance(qa.value, float) and qa.value > 1 \
                and qb.kind in ("count", "money") and qa.kind in ("count", "money"):
            return True  # "35 to one", "10 to 1": a ratio
        return all(_CLOCK.match(q.text) for q in (qa, qb)) and any(q.text.startswith("0") for q in (qa, qb))

    def _change(self, sent: _Sentence, *, frm: int | None = None, to: int | None = None, by: int | None = None,
                verb: tuple[str, str] | None = None, extra_cues: list[tuple[str, str]] = (),
                relative: bool | None = None) -> None:
        if to is not None and frm is None:
            frm = self._from_after(sent, to)
        if by is None and (frm is not None or to is not None):
            by = self._by_before(sent, min(i for i in (frm, to) if i is not None))
        if by is None and frm is not None and to is not None:
            by = self._multiplier_after(sent, max(frm, to))
        frm, to = self._rate_of(frm, sent), self._rate_of(to, sent)
        if frm is not None and frm == to:
            frm = None
        if frm is not None and to is not None and not self._same_thing(frm, to):
            frm = None  # "to 520 points from 19 games": where the points came from, not an earlier level
        if by is not None and to is not None and not self._same_thing(by, to):
            to = None  # "the drop of 784 patients follows the hiring of three nurses": no level of the patients
        if by is not None and self._beside_target(by, sent):
            by = None  # "exceeded the plan by nine billion": the distance from a target, not the move
        for end, other in ((frm, to), (to, frm)):
            if end is not None and other is not None:
                self._bare_end_takes_unit(end, other)
        roles = {k: v for k, v in (("from", frm), ("to", to), ("by", by)) if v is not None}
        if not roles:
            return
        asserted = ([(verb[0], verb[1])] if verb else []) + list(extra_cues)
        if frm is not None and to is not None and self._mentions_split(sent):
            return  # "10.5 cts a share on the split shares, a 10.5 pct increase from 19 cts before the split"
        if asserted and asserted[0][0].lower() in VERDICT_VERBS and self._judged_unsure(sent, min(roles.values())):
            asserted = asserted[1:]  # "the operating ratio improved to 88.9% from 91.3%": better need not be up
        if asserted and self._directions_conflict(sent, min(roles.values())):
            asserted = []  # "a decline in GDP growth to 1.75%", "reducing the merit raise pool": unsure
        if by is not None and relative is None:
            qb = self.q[by]
            if qb.unit in ("percent", "fraction"):
                ends = [self.q[i] for i in (frm, to) if i is not None]
                # "rose 15% to $3 trillion" is relative; "rose 4% to 21.3% from 17.3%" may be either, and the
                # rule says which one the figures bear out
                relative = None if any(e.unit == "percent" for e in ends) else True
        self.add("change", list(roles.values()), roles, sent, direction=asserted[0][1] if asserted else None,
                 cue=verb[0] if verb else (asserted[0][0] if asserted else None), asserted=asserted,
                 relative=relative)

    def _label(self, j: int, sent: _Sentence) -> bool:
        """A bare number right after 'the' and before a comma that bears no unit of its own: a model or
        a name ('for the 300,'), not a figure."""
        return self.m[j].noun is None and _BARE_NUMBER.fullmatch(self.q[j].text.strip()) is not None \
            and re.search(r"\bthe\s+$", self.before(j, sent, 10), re.I) is not None \
            and re.match(r"\s*,", self.after(j, sent, 5)) is not None

    def _same_thing(self, a: int, b: int) -> bool:
        """Counts of one thing, or of a thing left unnamed at either end ('rose to 1,500 from 1,200 workers')."""
        na, nb = self.q[a].noun, self.q[b].noun
        if self.q[a].unit != "count" or self.q[b].unit != "count" or not na or not nb:
            return True
        return _head(na) == _head(nb)

    def _mentions_split(self, sent: _Sentence) -> bool:
        if sent.split is None:
            sent.split = bool(_SPLIT.search(self.text, sent.start, sent.end))
        return sent.split

    def _directions_conflict(self, sent: _Sentence, first: int) -> bool:
        """Whether the clause before a change's first figure holds words of both directions: one is then
        the name of the measure or of another change ('a decline in GDP growth', 'cut the amount
        available for raises', 'the stock slid as losses widened'), and which one governs the figures
        is not for a pattern to guess."""
        clause = re.split(r"[;—]|,\s+(?:but|while|as|although|though|after|whereas)\b", self.before(first, sent, 100))[-1]
        words = _VERB_WORDS.findall(clause)
        found = {direction_of(w) for k, w in enumerate(words) if w.lower() not in _NOT_CHANGE_WORDS
                 and not (k + 1 < len(words) and words[k + 1].lower() in _NOUNS_AFTER_ATTRIBUTE)}
        return {"up", "down"} <= found

    def _beside_target(self, by: int, sent: _Sentence) -> bool:
        """'exceeded the plan by nine billion', 'beat forecasts by 2%': a distance from a target."""
        words = [w.lower() for w in _VERB_WORDS.findall(self.before(by, sent, 60))[-6:]]
        return bool(words) and words[-1] == "by" and bool(set(words) & _TARGET_VERBS)

    def _bare_end_takes_unit(self, bare: int, model: int) -> None:
        """'to 381 mln dlrs from 160', 'rose to 760,000 from 709,200 tonnes': a bare end of a change takes the
        unit and scale of the other end."""
        qa, qb = self.q[bare], self.q[model]
        if qa.kind == "count" and (qa.noun is None or qa.noun == qb.noun) and qb.kind in _LEVELS \
                and _BARE_NUMBER.fullmatch(qa.text.strip()) and (qb.kind != "count" or qb.noun):
            self.adopt_unit(bare, model)

    def _from_after(self, sent: _Sentence, anchor: int, like: int | None = None) -> int | None:
        """'rose 20% to $12 billion from $8 billion', 'jumped 262% from $7.19 billion': the start
        named after the level or the size (of the same unit as `like`, the level, when given)."""
        items = sent.items
        like = anchor if like is None and self.q[anchor].unit != "percent" else like
        last = anchor
        for j in items[items.index(anchor) + 1:][:4]:
            if self.q[j].kind in ("date", "duration"):
                continue
            gap = self.text[self.q[last].span[1]:self.q[j].span[0]]
            if len(gap) > 60 or _CLAUSE_END.search(gap):
                return None
            fits = self.same_dimension(like, j) or self._bare_pair(like, j) if like is not None \
                else self.q[j].kind in _LEVELS
            compared = _COMPARED.search(gap) and _EARLIER_AFTER.match(self.text, self.q[j].span[1])
            if (_FROM.search(gap) or compared or _ON_EARLIER.search(gap)) and fits:
                return j
            if not _APPOSITION_STEP.fullmatch(gap):
                return None  # "to 1.25 pct after last year's fall to 0.75 pct from 3.6 pct": another change
            last = j  # step over an apposition: "$14.88 billion, or $5.98 a share, from ..."
        return None

    def _bare_pair(self, a: int, b: int) -> bool:
        """One end a bare number and the other a level: 'to 381 mln dlrs from 160'."""
        qa, qb = self.q[a], self.q[b]
        return any(x.kind == "count" and x.noun is None and _BARE_NUMBER.fullmatch(x.text.strip())
                   and y.kind in _LEVELS for x, y in ((qa, qb), (qb, qa)))

    def _multiplier_after(self, sent: _Sentence, last: int) -> int | None:
        """'raised it to $40 from $20, doubling it': a multiplier clause right after both levels."""
        items = sent.items
        nxt = items.index(last) + 1
        if nxt < len(items) and self.q[items[nxt]].kind == "multiplier" \
                and _MULTIPLIER_CLAUSE.fullmatch(self.gap(last, items[nxt])):
            return items[nxt]
        return None

    def _by_before(self, sent: _Sentence, first: int) -> int | None:
        """'fell by 3 percentage points, from 45% to 40%', 'doubled its assets from ...': the size."""
        items = sent.items
        for j in reversed(items[:items.index(first)]):
            qj = self.q[j]
            if qj.kind in ("date", "duration"):
                continue
            gap = self.gap(j, first)
            if len(gap) > 40 or qj.kind not in ("percent", "percentage_point", "money", "count", "multiplier"):
                return None
            if _NEXT_CLAUSE.search(gap):
                return None  # "volumes grew by 5% but the share fell to 21% from 24%": another clause's size
            if qj.kind == "multiplier" and not qj.text.lower().endswith(("ed", "ing")) \
                    and _COMPARED_MULTIPLE.match(self.after(j, sent, 12)):
                return None  # "twice the home cap, which will rise to ...": a comparison, not the change's size
            if qj.kind == "multiplier" or _BY_BEFORE.search(self.before(j, sent, 20)) \
                    or self.verb_before(j, sent, 1):  # "rose 20% from $10 to $15"
                return j
            return None
        return None

    # -- "a 50% increase", "to 125%, up from 54%", "a 71% increase from 54%" ------------------------
    def _relative_changes(self, sent: _Sentence) -> None:
        items = sent.items
        for pos, i in enumerate(items):
            qi = self.q[i]
            # each pattern is tried only for the kinds of figure it applies to: most figures are none of them
            noun = _CHANGE_NOUN_AFTER.match(self.after(i, sent)) \
                if qi.kind in ("percent", "percentage_point", "money", "count", "multiplier") else None
            if noun:
                self._change_noun(sent, pos, noun.group("noun").lower())
                continue
            than = _THAN_AFTER.match(self.after(i, sent, 40)) if qi.kind in ("percent", "multiplier") else None
            if than and not self.linked(i, "change") and self._compared(sent, pos, than):
                continue
            of_change = _CHANGE_OF_BEFORE.search(self.before(i, sent, 40)) if qi.kind in _LEVELS else None
            if of_change and not self.linked(i, "change"):
                self._change_of(sent, pos, of_change)
                continue
            # "... to 125% on Wednesday, up from 54%"
            back = _UPDOWN_FROM.search(self.before(i, sent, 50)) if qi.kind in _LINKABLE else None
            if back and back.group(0).strip():
                self._up_from(sent, pos, back)

    def _change_noun(self, sent: _Sentence, pos: int, noun: str) -> None:
        items = sent.items
        i = items[pos]
        direction = _NOUNS_OF_CHANGE.get(noun) or _NOUNS_OF_CHANGE.get(noun.rstrip("s"))
        target = None
        for j in self._figures_before(sent, pos, also=("rank",)):
            qj = self.q[j]
            if _APPOSITION_GAP.match(self.gap(j, i)) or _TO_BEFORE.search(self.before(j, sent, 30)):
                target = j
            break
        source = None
        for j in items[pos + 1:]:
            qj = self.q[j]
            if qj.kind in ("date", "duration"):
                continue
            if _FROM.search(self.text[self.q[i].span[1]:qj.span[0]]) and (
                    target is None or self.same_dimension(target, j)):
                source = j
            break
        cues = [(noun, direction)] if direction else []  # a verdict noun says no direction of its own
        if target is None and source is None:
            self._change(sent, by=i, extra_cues=cues)
            return
        if source is None and target is not None:
            # "rose from $20 million in 2019 to $40 million, a 50% increase": the size of that change
            earlier = self._take_change_to(self.q[target].id)
            if earlier is not None:
                source = self._index[earlier.roles["from"]]
                target = self._index[earlier.roles["to"]]
                cues = list(earlier.asserted) + cues
                verb = (earlier.cue, earlier.direction) if earlier.cue and earlier.direction else None
                self._change(sent, frm=source, to=target, by=i, verb=verb,
                             extra_cues=cues[1:] if verb else cues)
                return
        self._change(sent, frm=source, to=target, by=i, extra_cues=cues)

    def _compared(self, sent: _Sentence, pos: int, than: re.Match) -> bool:
        """'14.6 million passengers ..., 28% more than the 12.4 million it carried a year earlier': the
        level before, the start after 'than', and the percent between them."""
        items = sent.items
        i = items[pos]
        if pos + 1 >= len(items) or pos == 0:
            return False
        j = items[pos + 1]
        if self.q[j].span[0] != self.q[i].span[1] + than.end():
            return False
        target = next(self._figures_before(sent, pos), None)
        gap = self.gap(target, i) if target is not None else ""
        if target is None or not self.same_dimension(target, j) \
                or not (_APPOSITION_GAP.match(gap) or _LEAVING_GAP.fullmatch(gap)):
            return False
        word = " ".join((than.group("cmp") or than.group("cmp2")).lower().split())
        direction = "down" if word in ("less", "fewer", "lower", "smaller", "below", "cheaper", "under", "short of",
                                       "shy of") else "up"
        self._change(sent, frm=j, to=target, by=i, extra_cues=[(word, direction)], relative=True)
        return True

    def _change_of(self, sent: _Sentence, pos: int, cue: re.Match) -> None:
        """'325.5 million visits last year, an increase of 23.4 million from 312.1 million': the size after
        a change noun, the level it is apposed to, and the start after 'from'."""
        items = sent.items
        i = items[pos]
        noun = cue.group("noun").lower()
        direction = _NOUNS_OF_CHANGE.get(noun) or _NOUNS_OF_CHANGE.get(noun.rstrip("s"))
        target = None
        for j in self._figures_before(sent, pos, also=("rank",)):
            gap = self.gap(j, i)
            if _APPOSITION_GAP.match(gap[:len(gap) - len(cue.group(0))]) and (
                    self.q[i].unit == "percent" or self.same_dimension(j, i)
                    or self.q[i].unit in ("percentage_point", "basis_point") and self.q[j].unit == "percent"):
                target = j
            break
        source = self._from_after(sent, i, like=target)
        cues = [(noun, direction)] if direction else []
        earlier = self._take_change_to(self.q[target].id) if target is not None else None
        if earlier is not None:  # "fell to $3 billion, a drop of 10% from $4 billion": one change
            source, target = self._index[earlier.roles["from"]], self._index[earlier.roles["to"]]
            cues = list(earlier.asserted) + cues
        if target is None and source is None:
            return
        self._change(sent, frm=source, to=target, by=i, extra_cues=cues)

    def _take_change_to(self, target_id: str) -> Claim | None:
        """Remove and return the change from a start to an end, one of them target_id, that names no size,
        so a size stated after it ('..., a 50% increase', 'to 41.7% from 37.0% a year earlier, a 4.7%
        increase') joins it instead of standing alone."""
        sentence = self.q[self._index[target_id]].sentence
        for claim in reversed(self.claims):  # claims come sentence by sentence: look back to this one only
            if claim.sentence != sentence:
                break
            if claim.kind == "change" and target_id in (claim.roles.get("to"), claim.roles.get("from")) \
                    and "from" in claim.roles and "to" in claim.roles and "by" not in claim.roles:
                self.claims.remove(claim)
                return claim
        return None

    def _up_from(self, sent: _Sentence, pos: int, back: re.Match) -> None:
        items = sent.items
        i = items[pos]
        for j in self._figures_before(sent, pos):
            qj = self.q[j]
            if self._label(j, sent):
                continue  # "$31,500 for the 300, up from $29,900": 300 names the model
            if _SCOPE_BEFORE.search(self.before(j, sent, 14)):
                continue  # "1,947 animals across 212 species, up from 1,862": the species are its scope
            if not self.same_dimension(i, j) or self.linked(i, "change"):
                return
            if self._share_restating_count(sent, j, i):
                return  # "27 women were elected, 12 per cent of the assembly, up from 19": 19 may be women
            adverb = back.group("dir")
            cues = [(adverb, direction_of(adverb))] if adverb and direction_of(adverb) else []
            if _TO_BEFORE.search(self.before(j, sent, 30)):  # "increased tariffs to 125% ..., up from 54%"
                self._change(sent, frm=i, to=j, verb=self.verb_before(j, sent, 10), extra_cues=cues)
            elif cues and (qj.unit in ("percent", "percentage_point") or _COMMA_AFTER_LEVEL.fullmatch(
                    self.gap(j, i)[:len(self.gap(j, i)) - len(back.group(0))])):
                # "$1.26 billion, up from $517 million", "$5 billion in the quarter, up from $4 billion"
                # "prices rose 3.3% in May, down from 3.4% in April": the verb told another change
                # (over a year); only the adverb speaks of 3.4% -> 3.3%
                self._change(sent, frm=i, to=j, extra_cues=cues)
            return

    def _share_restating_count(self, sent: _Sentence, j: int, i: int) -> bool:
        """Whether j is a share of a whole ("12 per cent of the assembly") set in apposition after a count
        ("31 women, almost 14 per cent of ...") while the start i is a bare number with no unit of its own:
        the start may then be of the count as well as of the share, so no change is read."""
        if self.q[j].unit != "percent" or not re.match(r"\s+of\b", self.after(j, sent, 12)):
            return False
        if not re.fullmatch(r"[\d.,]+", self.q[i].text.strip()):
            return False
        pos = sent.items.index(j)
        if pos == 0:
            return False
        k = sent.items[pos - 1]
        return self.q[k].unit == "count" and self.q[k].kind == "count" \
            and bool(re.fullmatch(r"[^,;.]*,\s*(?:(?:or|some|about|almost|nearly|roughly|around|just|over|under|"
                                  r"more\s+than|less\s+than)\s+)*", self.gap(k, j)))

    # -- "skyrocketed 15%", "added over $400 billion to ..., which now stands just under $3 trillion" --
    def _verb_changes(self, sent: _Sentence) -> None:
        """Changes told by a verb: 'rose to $14.88 billion from $2.04 billion' (a level), 'skyrocketed
        15%', 'raised its dividend by 150% to 10 cents' and '$2.65 billion, up 18% from $2.24 billion'
        (a size, with the level it reaches and the start it left when they are named)."""
        items = sent.items
        for pos, i in enumerate(items):
            qi = self.q[i]
            # "grew by a quarter", "cut by half": a fraction after "by" is a relative size
            by_fraction = qi.kind == "fraction" and bool(re.search(r"\bby\s+(?:(?:about|roughly|nearly|almost|"
                                                                   r"more\s+than|over|some)\s+)?$",
                                                                   self.before(i, sent, 30), re.I))
            if qi.kind == "rank":
                self._rank_move(sent, pos)
                continue
            if qi.kind not in ("percent", "percentage_point", "money", "count", "multiplier", "measure") \
                    and not by_fraction:
                continue
            if self.linked(i, "change", "range"):
                continue
            moved = self._moved_amount(sent, pos - 1) if qi.kind == "percent" and pos > 0 else None
            if moved and _OR_PERCENT_GAP.fullmatch(self.gap(items[pos - 1], i)) \
                    and not _OF_AFTER.match(self.after(i, sent, 90)):  # "raise $60 billion, or 85% of ...": a share
                # "settled down $2.75, or 4.4%": the same move as an amount and as a percent
                self._change(sent, by=i, verb=moved, relative=True)
                continue
            if qi.kind == "multiplier":  # "doubled to 40": the word is its own verb
                if _ADJECTIVE_MULTIPLIER.search(self.before(i, sent, 20)) and not qi.text.lower().endswith("d"):
                    continue  # "her double bogey", "a triple jump": an adjective, not a move
                if not qi.text.lower().endswith(("ed", "ing")) and _COMPARED_MULTIPLE.match(self.after(i, sent, 12)) \
                        and self.verb_before(i, sent, 3) is None:
                    continue  # "more than twice the home cap, which goes up to ...": a comparison, not a move
                self._change(sent, by=i, to=self._level_after(sent, pos, multiplier=True),
                             verb=(qi.text, "down" if qi.value < 1 else "up"))
                continue
            before = self.before(i, sent, 40)
            if _FROM.search(before):
                continue  # "jumped 262% from $7.19 billion": a starting level, not a size
            if (_TO_BEFORE.search(before) or _LEVEL_WORD_BEFORE.search(before)) and qi.kind in _LEVELS:
                verb = self.verb_before(i, sent, 10)
                if verb is not None:  # "net income rose to $14.88 billion ... from $2.04 billion"
                    self._change(sent, to=i, frm=self._from_after(sent, i), verb=verb)
                continue
            verb = self.verb_before(i, sent, 2)
            if verb is None and _BY_BEFORE.search(before):
                verb = self.verb_before(i, sent, 6)  # "raised its quarterly dividend by 150%"
            adverb = _ADVERB_BEFORE.search(before)
            if verb is None and adverb:  # "$2.65 billion, up 18% from $2.24 billion"
                verb = (adverb.group("dir"), direction_of(adverb.group("dir")) or "up")
                level = self._apposed_level(sent, pos)
                if level is None and qi.kind != "percent":  # "settled down $2.75, or 4.4%, at $78.36"
                    level = self._level_after(sent, pos)
            else:
                level = self._level_after(sent, pos) if verb is not None else None
            if verb is not None:
                start = self._from_after(sent, i, like=level)
                self._change(sent, by=i, to=level, frm=start, verb=verb)

    def _rank_move(self, sent: _Sentence, pos: int) -> None:
        """'slipped to fifth from eighth', 'climbed from 11th to 4th in the chart': a move between places,
        whose direction the rules read the other way round (4th is above 11th)."""
        i = sent.items[pos]
        if self.linked(i, "change", "range") or not _TO_BEFORE.search(self.before(i, sent, 12)):
            return
        verb = self.verb_before(i, sent, 6)
        start = self._from_after(sent, i)
        if start is None:  # "from 11th to 4th"
            prev = sent.items[pos - 1] if pos > 0 else None
            if prev is not None and self.q[prev].kind == "rank" and _FROM.search(self.before(prev, sent, 12)) \
                    and _TO_GAP.match(self.gap(prev, i)):
                start = prev
        if start is not None and verb is not None:
            self._change(sent, frm=start, to=i, verb=verb)

    def _compared_levels(self, sent: _Sentence) -> None:
        """'$318 million, compared with $341 million in the same period last year', '4.2 billion yen against
        3.9 billion yen a year earlier': a level set against the same measure at an earlier time is a
        change that asserts no direction (the rules then check any direction said elsewhere)."""
        for a, b in self._pairs(sent):
            qa, qb = self.q[a], self.q[b]
            if qa.kind not in _LEVELS or not self.same_dimension(a, b) or self.linked(a, "change", "range") \
                    or self.linked(b, "change", "range"):
                continue
            if _COMPARED_GAP.fullmatch(self.gap(a, b)) and _EARLIER_AFTER.match(self.text, qb.span[1]):
                self._change(sent, frm=b, to=a, extra_cues=[])

    def _moved_amount(self, sent: _Sentence, pos: int) -> tuple[str, str] | None:
        """The verb or adverb that moves the amount at pos ('rose $5', 'settled down $2.75'), if any."""
        q = self.q[sent.items[pos]]
        if q.kind not in ("money", "count", "measure"):
            return None
        adverb = _ADVERB_BEFORE.search(self.before(sent.items[pos], sent, 40))
        if adverb:
            return adverb.group("dir"), direction_of(adverb.group("dir")) or "up"
        return self.verb_before(sent.items[pos], sent, 2)

    def _apposed_level(self, sent: _Sentence, pos: int) -> int | None:
        """The amount a ', up 18%' clause is attached to. A count under a definite determiner ('to the
        region's nine mills, up 7% from 88 million') names a known set the sentence's real level went
        to or through, not the level that moved: nothing then."""
        for j in self._figures_before(sent, pos):
            if self.q[j].kind == "count" and self.q[j].noun and _KNOWN_SET_BEFORE.search(self.before(j, sent, 40)):
                return None
            return j if self.q[j].kind in _LEVELS and _APPOSED.fullmatch(self.gap(j, sent.items[pos])) else None
        return None

    def _level_after(self, sent: _Sentence, pos: int, multiplier: bool = False) -> int | None:
        """'added $400 billion ..., which now stands just under $3 trillion': the level reached."""
        size = self.q[sent.items[pos]]
        for j in sent.items[pos + 1:]:
            qj = self.q[j]
            if qj.kind in ("date", "duration"):
                continue
            if multiplier:
                return j if _TO_BEFORE.search(self.before(j, sent, 20)) else None
            if qj.kind == "percent" and size.kind not in ("percent", "percentage_point"):
                if _OR_PERCENT_GAP.fullmatch(self.gap(sent.items[pos], j)):
                    continue  # "down $2.75, or 4.4%, at $78.36": the percent is the same move
                return None  # a share after an amount is not the level the amount moved
            fits = qj.unit == size.unit or (size.kind != "money" and qj.kind != "percent") or (
                size.kind == "percentage_point" and qj.unit == "percent")  # "fell 15 basis points to 4.29%"
            before = self.before(j, sent, 40)
            if _FROM.search(before):
                return None  # "shrunk by $1.6 trillion from its peak of $9 trillion": a start, not a level
            if _NEXT_CLAUSE.search(self.gap(sent.items[pos], j)):
                return None  # "sales fell 8%, while costs rose to $4m": a level of the next clause moved by its own verb
            return j if fits and _LEVEL_BEFORE.search(before) else None
        return None

    # -- equivalences ------------------------------------------------------------------------------
    def _equivalences(self, sent: _Sentence) -> None:
        for a, b in self._pairs(sent):
            qa, qb = self.q[a], self.q[b]
            if qa.kind in ("date", "rank") or qb.kind in ("date", "rank"):
                continue
            gap = self.gap(a, b)
            paren = _PAREN_GAP.match(gap) and self.text[qb.span[1]:qb.span[1] + 3].lstrip().startswith(")")
            or_m = None if paren else _OR_GAP.match(gap)
            ends = self._restated_range(a, b) if paren or or_m else None
            if ends is not None:
                # "from €64 to €120, or about £54 to £101": each end restated, low by low and high by high
                for x, y in ends:
                    self.add("equivalence", [x, y], {"left": x, "right": y}, sent, cue="(" if paren else "or")
                continue
            if not (paren or or_m):
                if qa.kind == qb.kind and qa.kind in ("money", "measure") and qa.unit != qb.unit \
                        and _CONVERTED_APPOSITION.match(gap) and not _DIFFERENCE_AFTER.match(_past_bracket(self.after(b, sent, 40))) \
                        and qa.unit.startswith("delta_") == qb.unit.startswith("delta_"):
                    # "$61.3 million, about US$44.5 million, this spring": one amount in two currencies or units
                    self._other_temperature_scale(a, b)
                    self.add("equivalence", [a, b], {"left": a, "right": b}, sent, cue="or")
                    continue
                if qa.kind == qb.kind == "measure" and qa.unit != qb.unit and (
                        re.search(r"\d-[a-z]", qa.text) and _MODIFIER_PAREN_GAP.match(gap) or _EXTENT_PAREN_GAP.match(gap)) \
                        and self.text[qb.span[1]:qb.span[1] + 2].lstrip().startswith(")") \
                        and not re.search(r"\b(?:and|or|but|than|to|from|by|per|each|with|is|was|were|are)\b", gap, re.I):
                    # "a 48-kilometre stretch of dirt road (about 36 miles)", "2,400 metres above sea level (7,900
                    # feet)": the measure restated after the noun or the word of extent it goes with
                    self._other_temperature_scale(a, b)
                    self.add("equivalence", [a, b], {"left": a, "right": b}, sent, cue="(")
                    continue
                if qa.kind == qb.kind == "measure" and _MEASURE_APPOSITION.match(gap):
                    # "burned 86,400 hectares, an area of about 334 square miles": one extent, restated
                    self.add("equivalence", [a, b], {"left": a, "right": b}, sent, cue="or")
                continue
            if qa.kind == "fraction" or (qa.kind == "percent" and or_m and re.match(r"^\s+of\b", gap, re.I)):
                about = _of_phrase(gap)
                self.add("proportion", [a, b], {"share": a, "part": b}, sent, cue="or", about=about)
                continue
            if qb.kind == "fraction" and qa.kind in ("money", "count", "measure") and or_m is not None:
                continue  # "6.1 million households, or nearly half": a share, read with the proportions
            if qb.kind == "percent" and qa.kind in ("money", "count", "measure") and or_m is not None:
                if self.linked(b, "change"):
                    continue  # "settled down $2.75, or 4.4%": the same move, read with the changes
                if _SHARE_PAIR_AFTER.match(self.after(b, sent, 30)):
                    continue  # "51,200 votes to 46,800, or 52.2% to 47.8%": each share is of its own figure
                counted = self._out_of_whole(a) or self._counted_part(sent, a)
                if counted is not None:  # "won 61 of the 150 seats, or 44%": the share of the part in the whole
                    self.add("proportion", [counted, a, b], {"share": b, "part": counted, "whole": a}, sent,
                             cue="or", about=qa.noun)
                elif not _OF_AFTER.match(self.after(b, sent, 90)) and not self.linked(a, "proportion"):
                    # "about 19.6 million, or 93%, have been mined": a part and its share of the
                    # whole its noun names ("21 million bitcoins")
                    noun = qa.noun or next((self.q[k].noun for k in reversed(sent.items[:sent.items.index(a)])
                                            if self.q[k].noun and self.q[k].kind == qa.kind), None)
                    # "31,450 of the quarter's deliveries, or 72%": the whole is named between part and share
                    named = re.match(r"\s*of\s+(?P<w>[^,;()]+?)\s*$", or_m.group("np") or "", re.I)
                    self.add("proportion", [a, b], {"share": b, "part": a}, sent, cue="or",
                             about=named.group("w") if named else noun)
                continue  # "$60 billion, or 85% of ...": a proportion, read below
            if _DIFFERENCE_AFTER.match(self.after(b, sent, 30)):
                continue  # "$4 million, or $200,000 more than planned": a difference, not the amount restated
            if or_m and _EACH_AFTER.match(gap):
                continue  # "J$18 billion, about J$9,000 a head, or some US$120 million": the sum is restated
            about = or_m.group("np").strip() if or_m else None
            self._other_temperature_scale(a, b)
            self.add("equivalence", [a, b], {"left": a, "right": b}, sent, cue="(" if paren else "or",
                     about=about or None)

    def _restated_range(self, a: int, b: int) -> list[tuple[int, int]] | None:
        """The pairs of ends when a is the high end of one range and b the low end of another, of another unit,
        the second restating the first: "€64 to €120, or about £54 to £101"."""
        index = {q.id: i for i, q in enumerate(self.q)}
        ranges = [c for c in self.claims if c.kind == "range" and "low" in c.roles and "high" in c.roles]
        first = next((c for c in ranges if c.roles["high"] == self.q[a].id), None)
        second = next((c for c in ranges if c.roles["low"] == self.q[b].id), None)
        if first is None or second is None or self.q[a].unit == self.q[b].unit:
            return None
        return [(index[first.roles["low"]], b), (a, index[second.roles["high"]])]

    # -- proportions --------------------------------------------------------------------------------
    def _proportions(self, sent: _Sentence) -> None:
        items = sent.items
        for pos, i in enumerate(items):
            qi = self.q[i]
            if qi.kind in ("money", "measure"):
                self._out_of(sent, pos)  # "11.4 TWh of the 214 TWh sent out", "$3m of its $20m budget"
                continue
            if qi.kind not in ("percent", "fraction", "count"):
                continue
            after = self.after(i, sent, 90)
            if qi.kind == "count":
                self._out_of(sent, pos)
                continue
            share_noun = _SHARE_NOUN_AFTER.match(after)
            of = _OF_AFTER.match(after)
            if share_noun:
                roles = {"share": i}
                holding = self._holding_before(sent, pos)
                if holding is not None:  # "owns 4.2 million shares, a 9.6% stake": the shares are the part
                    roles["part"] = holding
                about = share_noun.group("noun").lower() if holding is None else self.q[holding].noun
                self.add("proportion", list(roles.values()), roles, sent, cue="stake", about=about)
                continue
            if self.linked(i, "proportion", "change"):
                continue
            if not of:
                if pos > 0 and (qi.kind == "fraction" or self._out_of_whole(sent.items[pos - 1]) is not None
                                and not _MEASURED_AGAINST.match(after)):
                    # a percent with no description of its own restates only a pair that names its whole:
                    # "made 41 of 56 attempts, a 73.2 percent rate"
                    self._apposition_share(sent, pos, None)
                continue
            about = of.group("np").strip()
            whole = self._quantity_in(sent, qi.span[1], qi.span[1] + of.end())
            part = self._linked_part(sent, pos, qi.span[1] + of.end())
            roles = {"share": i}
            if whole is not None:
                roles["whole"] = whole
            if part is not None and _pronoun_whole(about) and part < i:
                roles["whole"] = part  # "161,000 people, roughly half of them": the amount is the whole
            elif part is not None:
                roles["part"] = part
                counted = self._out_of_whole(part)
                if counted is not None and "whole" not in roles:  # "293 of the 543 seats, nearly two-thirds"
                    roles["part"], roles["whole"] = counted, part
                self._range_low_role(part, roles)
            elif pos > 0:
                # a whole right after "of the" ("of the ward's 40") is the description's own; one further in
                # ("of the total outstanding from 585,000") is another figure's
                own = whole if whole is not None and _OUT_OF_GAP.match(self.gap(i, whole)) else None
                if self._apposition_share(sent, pos, about, own):
                    continue
            self.add("proportion", list(roles.values()), roles, sent, cue="of", about=about)

    def _holding_before(self, sent: _Sentence, pos: int) -> int | None:
        """'4.2 million shares, a 9.6% stake': a count of shares apposed to the stake."""
        if pos == 0:
            return None
        j = sent.items[pos - 1]
        qj = self.q[j]
        if qj.kind == "count" and qj.noun and qj.noun.split()[-1] == "share" \
                and re.fullmatch(r"\s*,\s*(?:or\s+)?(?:a|an)\s+", self.gap(j, sent.items[pos])):
            return j
        return None

    def _counted_part(self, sent: _Sentence, whole: int) -> int | None:
        """The 'N' of 'N of the M' right before the whole M, before the proportions are read."""
        k = sent.items.index(whole)
        if k == 0:
            return None
        j = sent.items[k - 1]
        if self.q[j].kind == "count" and self.q[whole].kind == "count" and _OUT_OF_GAP.match(self.gap(j, whole)):
            return j
        return None

    def _out_of_whole(self, j: int) -> int | None:
        """The part of an 'N of the M' claim whose whole is quantity j."""
        for c in reversed(self.claims):  # the "N of the M" claim is in the same sentence
            if c.sentence != self.q[j].sentence:
                break
            if c.kind == "proportion" and c.cue == "out of" and c.roles.get("whole") == self.q[j].id:
                return self._index[c.roles["part"]]
        return None

    def _range_low_role(self, part: int, roles: dict[str, int]) -> None:
        for c in reversed(self.claims):  # the range is in the same sentence: among the latest claims
            if c.kind == "range" and c.roles.get("high") == self.q[part].id:
                roles["part_low"] = self._index[c.roles["low"]]
                return

    def _apposition_share(self, sent: _Sentence, pos: int, about: str | None, whole: int | None = None) -> bool:
        """'2.3 billion rupees ($27.6 million), about half the project's budget': the earlier amount is the part; a whole
        the description holds ("a third of the unit's 42") is kept."""
        items = sent.items
        i = items[pos]
        for j in self._figures_before(sent, pos):
            qj = self.q[j]
            if qj.kind not in ("money", "count", "measure"):
                return False
            gap = self.gap(j, i)
            if not re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:\s(?:in|at|on|for|across)\s[^,;.()]{1,40})?\s*(?:,|\s[—–])\s*"
                                r"(?:or\s+)?(?:(?:" + _QUAL + r")\s+)?(?:or\s+)?(?:an?\s+)?", gap, re.I):
                # the part may sit before an equivalence in brackets: step over it
                if not self.linked(j, "equivalence"):
                    return False
                continue
            if about is None:
                m = re.match(r"^\s+(?:of\s+)?(?P<np>(?:the|its|their|a|an)\s+[^,;.()\n]{1,50}?)(?=[,;.()\n]|\s+to\b|$)",
                             self.after(i, sent, 70), re.I)
                about = m.group("np") if m else None
            if self._tally_second(sent, j):
                return False  # "won 41,200 votes to 26,400, or 61%": the share is of the winner's figure
            counted = self._out_of_whole(j)  # the part of an "N of the M" claim whose whole is j
            if about is None and counted is not None:
                about = self.q[j].noun  # "1,450 of its 5,800 nurses — one in three —": of the nurses
            if about is None:
                return False
            if _pronoun_whole(about):  # "161,000 people, roughly half of them": the whole came first
                self.add("proportion", [i, j], {"share": i, "whole": j}, sent, cue="apposition", about=about)
            elif counted is not None:  # "293 of the 543 seats, nearly two-thirds of the House"
                self.add("proportion", [i, counted, j], {"share": i, "part": counted, "whole": j}, sent,
                         cue="apposition", about=about)
            elif self._object_of_another(sent, j):
                return False  # "lost four evenings' shows across the nine tour dates, close to half of ...": which one?
            elif whole is not None:  # "9 vacancies, just over a fifth of the ward's 40": the description's own figure
                self.add("proportion", [i, j, whole], {"share": i, "part": j, "whole": whole}, sent, cue="apposition",
                         about=about)
            else:
                self.add("proportion", [i, j], {"share": i, "part": j}, sent, cue="apposition", about=about)
            return True
        return False

    def _quantity_in(self, sent: _Sentence, a: int, b: int) -> int | None:
        for j in sent.items:
            if a <= self.q[j].span[0] and self.q[j].span[1] <= b and self.q[j].kind in ("money", "count", "measure"):
                return j
        return None

    def _linked_part(self, sent: _Sentence, pos: int, np_end: int) -> int | None:
        """'half of its total constellation, or 1,618 satellites': the amount after ', or'."""
        for j in sent.items[pos + 1:]:
            qj = self.q[j]
            if qj.span[0] < np_end:
                continue
            gap = self.text[np_end:qj.span[0]]
            if re.fullmatch(rf"\s*(?:(?:,|\s[—–-]{{1,2}}|—)\s*or\s+|\s[—–]\s*){_Q}", gap, re.I) \
                    and qj.kind in ("money", "count", "measure"):
                return j  # ", or 1,618 satellites", " — roughly 960,000 people"
            return None
        # "... $50 billion to $60 billion — or “85% of SoftBank’s market cap”": the amount came first
        i = sent.items[pos]
        for j in self._figures_before(sent, pos):
            qj = self.q[j]
            gap = self.gap(j, i)
            if _EQUATED_BEFORE.fullmatch(gap) and qj.kind in ("money", "count", "measure"):
                if self._tally_second(sent, j) or self._object_of_another(sent, j):
                    return None  # "won 41,200 votes to 26,400, or 61 per cent": the share is the winner's
                return j
            return None
        return None

    def _object_of_another(self, sent: _Sentence, j: int) -> bool:
        """j stands after a preposition that ties it to a figure just before it in its clause: "nine days' play
        across the seven home games", "40 hours over 12 weeks". A share set after them may restate either."""
        k = sent.items.index(j)
        if k == 0 or self.q[sent.items[k - 1]].kind == "date":
            return False
        return bool(_TIED_BY_PREPOSITION.fullmatch(self.gap(sent.items[k - 1], j)))

    def _tally_second(self, sent: _Sentence, j: int) -> bool:
        """Whether j is the second figure of a tally ("41,200 votes to 26,400")."""
        k = sent.items.index(j)
        if k == 0:
            return False
        prev = sent.items[k - 1]
        return bool(re.fullmatch(r"\s*(?:votes?\s+|ballots?\s+|points?\s+|seats?\s+)?to\s*", self.gap(prev, j), re.I)) \
            and self._tally(prev, j, sent)

    def _out_of(self, sent: _Sentence, pos: int) -> None:
        """'9 out of 10 voters', '12 of the 15 members': part and whole."""
        items = sent.items
        i = items[pos]
        if pos + 1 >= len(items):
            return
        j = items[pos + 1]
        qi, qj = self.q[i], self.q[j]
        if qi.kind in ("money", "measure"):
            # an amount of an amount of its unit: "2.1 TWh of the 36 TWh generated" (a determiner before the whole;
            # "$5m of equity" or "3 km of road" count no part)
            if qj.kind != qi.kind or qj.unit != qi.unit or qj.per != qi.per or not _AMOUNT_OF_GAP.match(self.gap(i, j)) \
                    or not (isinstance(qi.value, float) and isinstance(qj.value, float) and qi.value < qj.value):
                return
            self.add("proportion", [i, j], {"part": i, "whole": j}, sent, cue="out of", about=qj.noun)
            return
        if qj.kind != "count" or not (_OUT_OF_GAP.match(self.gap(i, j)) or self._bare_of(i, j)):
            return
        if qi.noun and qj.noun and qi.noun != qj.noun:
            return
        if qi.noun and not qj.noun and not re.match(r"\s+out\s+of\b", self.gap(i, j), re.I):
            return  # "7.5 mln dlrs of the 10-1/4 pct debentures": a whole repeats the part's noun, or is elided
        self.add("proportion", [i, j], {"part": i, "whole": j}, sent, cue="out of", about=qj.noun)

    def _bare_of(self, i: int, j: int) -> bool:
        """'made 41 of 56 attempts': a count of a larger count of the same thing with no determiner between,
        the whole naming the thing ("5 of 7" alone, or "4 of 9 years" after "4 mm", is no pair)."""
        qi, qj = self.q[i], self.q[j]
        return bool(re.fullmatch(r"\s+of\s+", self.gap(i, j))) and qi.kind == "count" and bool(qj.noun) \
            and qi.noun in (None, qj.noun) and isinstance(qi.value, float) and isinstance(qj.value, float) \
            and qi.value <= qj.value

    # -- ranks ------------------------------------------------------------------------------------------
    def _ranks(self, sent: _Sentence) -> None:
        for a, b in self._pairs(sent):
            if self.q[a].kind == "rank" and self.q[b].kind == "count" and (_RANK_GAP.match(self.gap(a, b)) or (
                    _IN_THE_GAP.fullmatch(self.gap(a, b)) and "-" in self.q[b].text)):  # "22nd in the 20-team league"
                self.add("rank", [a, b], {"rank": a, "field": b}, sent, cue="out of", about=self.q[b].noun)

    # -- date offsets -----------------------------------------------------------------------------------
    def _since_published(self, sent: _Sentence, pos: int) -> bool:
        """'the 50th anniversary of ... in 1969', '50 years since 1975', 'Jobs, 56, born in 1955':
        a span from a dated event to the publication date."""
        items = sent.items
        i = items[pos]
        qi = self.q[i]
        for cue, after_re, before_event in _SINCE_CUES:
            if cue == "anniversary" and qi.kind != "rank" or cue == "since" and (
                    qi.kind != "duration" or qi.unit != "year") or cue == "age" and qi.noun != "age":
                continue
            if cue == "since" and _EVERY_BEFORE.search(self.before(i, sent, 20)):
                continue  # "every four years since 1980": how often, not how long
            if not (after_re.match(self.after(i, sent)) or cue == "anniversary" and self.m[i].extra.get("anniversary")):
                continue
            nth_year = cue == "anniversary" and re.match(r"\s+year\b", self.after(i, sent))
            # "the 50th anniversary, which falls in 2031": the date the anniversary falls on, not the event
            falls = [j for j in items if j != i and self.q[j].kind == "date" and self.q[j].resolved
                     and _FALLS_ON.search(self.before(j, sent, 40))] if cue == "anniversary" else []
            if len(falls) > 1:
                return False
            # the event after the span writes its year and comes before the year the span is said to reach
            # ("celebrates its 25th anniversary this year; ... in October ... the start of the 2024-25 season":
            # what falls this year is when it is marked, not what is marked)
            ends = [str(self.q[j].value)[:4] for j in items if j != i and self.q[j].kind == "date" and self.q[j].resolved
                    and (j in falls or _WHEN_YEAR.fullmatch(self.q[j].text))]
            event = None if nth_year else next(  # "its 30th year of trading" counts only from a founding
                (j for j in items[pos + 1:] if j not in falls and self.q[j].kind == "date" and self.q[j].resolved
                 and before_event.search(self.before(j, sent, 30)) and _YEAR_WRITTEN.search(self.q[j].text)
                 and all(str(self.q[j].value)[:4] < end for end in ends)), None)
            if event is None and cue in _EVENT_BEFORE:
                event = next((j for j in reversed(items[:pos]) if self.q[j].kind == "date" and self.q[j].resolved
                              and _EVENT_BEFORE[cue].search(self.before(j, sent, 60))), None)
            if event is not None:
                roles = {"offset": i, "event": event}
                when = next((j for j in items if j not in (i, event) and self.q[j].kind == "date"
                             and self.q[j].resolved and _WHEN_YEAR.fullmatch(self.q[j].text)), None)
                other = [j for j in items if j not in (i, event) and self.q[j].kind == "date" and self.q[j].resolved]
                if cue == "age" and other:
                    died = [j for j in other if _DIED_ON.search(self.before(j, sent, 40))]
                    if len(died) != 1:
                        return False  # "born in 1931, joined in 1950 at 19": the age is at another date
                    when = died[0]  # "born in 1921, died in 2003 aged 82": the age at death
                if falls:
                    when = falls[0]
                if when is not None:
                    roles["anchor"] = when  # the anniversary falls then, not at publication
                elif cue == "anniversary" and _FUTURE_WORDS.search(self.text[sent.start:sent.end]):
                    return False  # "will celebrate its centenary in seven years": not at publication
                word = _SINCE_WORD.match(self.after(i, sent))
                self.add("date_offset", list(roles.values()), roles, sent, cue=cue,
                         about=word.group(1).lower() if word else None)
                return True
        return False

    def _dated_span(self, sent: _Sentence, pos: int) -> bool:
        """'lasted 16 days, from July 9 to July 28': a span and the two dates that bound it."""
        items = sent.items
        if pos + 2 >= len(items):
            return False
        i, a, b = items[pos], items[pos + 1], items[pos + 2]
        if self.q[a].kind != "date" or self.q[b].kind != "date" or not (self.q[a].resolved and self.q[b].resolved):
            return False
        if not (_SPAN_FROM.fullmatch(self.gap(i, a)) and _SPAN_TO.fullmatch(self.gap(a, b))):
            return False
        self.add("date_offset", [i, a, b], {"offset": i, "anchor": a, "event": b}, sent, cue="span")
        return True

    def _date_offsets(self, sent: _Sentence) -> None:
        items = sent.items
        for pos, i in enumerate(items):
            qi = self.q[i]
            mi = self.m[i]
            if qi.kind == "date" and "ago" in mi.extra:
                after = items[pos + 1] if pos + 1 < len(items) else None
                before = items[pos - 1] if pos > 0 else None
                if after is not None and self.q[after].kind == "date" and _AGO_IN_GAP.match(self.gap(i, after)):
                    self.add("date_offset", [i, after], {"offset": i, "event": after}, sent, cue="ago")
                elif before is not None and self.q[before].kind == "date" and "ago" not in self.m[before].extra \
                        and re.fullmatch(r"\s*,\s*(?:some\s+|about\s+|nearly\s+|almost\s+)?", self.gap(before, i)):
                    # "in 2020, four years ago"
                    self.add("date_offset", [before, i], {"offset": i, "event": before}, sent, cue="ago")
                continue
            if self._since_published(sent, pos):
                continue
            if qi.kind != "duration" or qi.unit not in ("year", "month", "day", "week"):
                continue
            if self._dated_span(sent, pos):
                continue
            off = _OFFSET_AFTER.match(self.after(i, sent))
            if not off:
                continue
            # both dates must name their year: "in May that year" was resolved against publication
            anchor = next((j for j in reversed(items[:pos]) if self.q[j].kind == "date" and self.q[j].resolved
                           and "ago" not in self.m[j].extra and _YEAR_WRITTEN.search(self.q[j].text)), None)
            event = next((j for j in items[pos + 1:] if self.q[j].kind == "date" and _YEAR_WRITTEN.search(self.q[j].text)
                          and (_IN_BEFORE.search(self.before(j, sent, 12))
                               or _DATED_EVENT.fullmatch(self.gap(i, j)))), None)
            if anchor is None and event is None:
                continue
            roles = {"offset": i}
            if anchor is not None:
                roles["anchor"] = anchor
            if event is not None:
                roles["event"] = event
            self.add("date_offset", list(roles.values()), roles, sent, cue=" ".join(off.group("dir").lower().split()))


# A multiple of a noun phrase ("twice the fee cap", "three times that of", "twice as many", "double what") compares
# its figure with another; a change told after it ("..., which goes up to") is the phrase's own.
_COMPARED_MULTIPLE = re.compile(r"\s+(?:the|that|those|this|these|as|its|their|his|her|our|what|a|an)\b", re.I)
# "her double bogey", "a triple jump", "the double": a multiplier word used as an adjective or noun.
_ADJECTIVE_MULTIPLIER = re.compile(r"(?:\b(?:a|an|the|his|her|its|their|our|my|your)|['’]s)\s+$", re.I)
# "every five years", "once every four years": a frequency.
_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+$", re.I)


def _head(noun: str) -> str:
    """A counted noun's head word, singular: 'game' for 'games', 'worker' for 'farm workers'."""
    word = noun.split()[-1].lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_OTHER_SCALE = {"degree_Celsius": "degree_Fahrenheit", "degree_Fahrenheit": "degree_Celsius"}
# Words of a contest or a vote: the two figures after them are a tally, not the ends of a range.
_TALLY_WORDS = frozenset("""vote votes voted voting ballot ballots split ruling ruled decision verdict margin
passed approved rejected defeated defeat beat beating won win wins winning lost lose losing score scored
scoring lead leads led leading ahead trailing trail trailed tally majority favour favor odds""".split())
# Verbs that set two sides against each other and put the first ahead: "outnumbered", "outpolled", "outsold".
_OUT_VERB = re.compile(r"\bout(?:number|vot|poll|scor|sold|sell|perform|rebound|gain|spen|earn|rais)\w*\b", re.I)
# A clause that only restates what came before it in other figures: "..., or 52% to 48%", "(that is 3 to 1)".
_RESTATING = re.compile(r"\s*(?:or|that\s+is|i\.e\.|roughly|about|some|nearly|almost)?\s*(?:\(\s*)?(?:or\s+)?", re.I)
_SHARE_PAIR_AFTER = re.compile(r"\s*(?:to|-|–|against)\s*\d[\d.,]*\s?(?:%|per\s?cent|pct)", re.I)
_TWO_FIGURES_TO = re.compile(r"\d(?:[^;]*?\bto\b[^;]*?|\s?[-–]\s?)\d")
# Between a rate and the base it is counted on: "$1.18 per $100", "9 cents for every 1,000 litres".
_PER_GAP = re.compile(r"\s+(?:per|for\s+(?:every|each)|on\s+every|out\s+of\s+every)\s+", re.I)
# A winning margin right before two figures: "by 38 votes, 2,914 to 2,876", "by two goals, 4-2".
_MARGIN_BEFORE = re.compile(r"\bby\s+(?:[\d,.]+|[a-z]+)\s+(?:votes?|ballots?|points?|goals?|runs?|seats?|strokes?|"
                            r"shots?|lengths?|wickets?)\s*,\s*$", re.I)
_TALLY_AFTER = frozenset("""vote votes decision ruling margin majority verdict against""".split())
# A season's wins and losses: "a 19-11 record", "a 12-4 season", "their record stands at 8-8" (not "a record 5-6%").
_RECORD_WORDS = frozenset("record season campaign mark".split())
_RECORD_BEFORE = re.compile(r"\b(?:record|season)s?\s+(?:of|to|at|was|is|stands\s+at|now\s+at)\s+$|"
                            r"\b(?:went|go|goes|going)\s+$", re.I)
_CLOCK = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d(?!\d)")  # "2300", "0600": hours on a 24-hour clock

# A share split or consolidation puts the two ends of a per-share change on different bases.
_SPLIT = re.compile(r"\b(?:split|pre-split|post-split|split-adjusted|reverse\s+split|consolidation)\b", re.I)
# Amounts named with a change word that are levels, not moves: "a loss of $16.5 million".
_NOT_CHANGE_WORDS = frozenset({"loss", "losses"})
# Verbs that measure against a target or a rival: "by X" after them is a distance, not a change.
_TARGET_VERBS = frozenset("""exceeded exceeds exceed exceeding beat beats beating topped surpassed outpaced
outstripped missed undershot overshot trailed lagged""".split())

_SINCE_CUES = (
    ("anniversary", re.compile(r"^\s+(?:anniversary|birthday|jubilee|year\s+(?:of|in|since)\b)", re.I),
     re.compile(r"\b(?:in|of|since|from)\s+(?:the\s+)?$", re.I)),
    ("since", re.compile(r"^\s+since\b", re.I), re.compile(r"\b(?:since|in|on)\s+$", re.I)),
    ("age", re.compile(r"", re.I), re.compile(r"\bborn\s+(?:in\s+|on\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)),
)
# The event an anniversary or an age counts from, named before it: "introduced on Jan. 1, 1999, celebrates
# its 20th birthday", "Born in 1971, the 58-year-old".
_EVENT_BEFORE = {
    "anniversary": re.compile(r"\b(?:founded|established|introduced|launched|opened|created|formed|incorporated|"
                              r"built|began|started|inaugurated|unveiled|commissioned|dedicated|debuted|"
                              r"(?:entered|went\s+into|came\s+into)\s+service)\b[^.;]{0,40}?\b(?:on|in)\s+$", re.I),
    "age": re.compile(r"\bborn\s+(?:in\s+|on\s+)?$", re.I),
}
# "four years after its 2014 bankruptcy filing": the year inside the event's noun phrase.
_DATED_EVENT = re.compile(r"\s+(?:after|before|following|since|prior\s+to)\s+(?:the|its|their|his|her|a|an)\s+",
                          re.I)
# "an increase of 23.4 million", "a drop of 7%": a change noun before its size.
_CHANGE_OF_BEFORE = re.compile(rf"\b(?:an?|the)\s+(?:[a-z]+\s+)?(?P<noun>{'|'.join(CHANGE_NOUNS_UP + CHANGE_NOUNS_DOWN + _VERDICT_NOUNS)})"
                               rf"\s+of\s+{_Q}$", re.I)
_YEAR_WRITTEN = re.compile(r"\d{4}")  # "2003", "January 1998", "2023-24"
_SPAN_FROM = re.compile(r"\s*,?\s*(?:from|between|running\s+from)\s+", re.I)
_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|and|[-–—])\s*", re.I)
_FUTURE_WORDS = re.compile(r"\b(?:will|upcoming|coming|next|until|ahead)\b", re.I)
# The verb that dates an anniversary itself: "which falls in 2031", "is marked on 4 May", "comes next year".
_FALLS_ON = re.compile(r"\b(?:falls?|fell|falling|comes?|came|arrives?|arrived|is|was|will\s+be|takes?\s+place|took\s+place|"
                       r"(?:is\s+|was\s+|will\s+be\s+|being\s+)?(?:marked|celebrated|observed|commemorated)|due|"
                       r"(?:anniversary|centenary|centennial|bicentenary|bicentennial|jubilee|birthday)"
                       r"(?:\s+(?!of\b|since\b|from\b)[a-z]+){0,2})"  # "the 40th anniversary gala in 2003"
                       r"\s+(?:(?:later|early|late)\s+)?(?:in|on)\s+$", re.I)  # "marks its 35th anniversary in 2026"
_SINCE_WORD = re.compile(r"\s+(anniversary|birthday|jubilee|year)\b", re.I)
_DIED_ON = re.compile(r"\b(?:died|dies|death)\b[^.;]{0,25}?\b(?:in|on)\s+$", re.I)  # "died in 1994", "death on 4 May"
_WHEN_YEAR = re.compile(r"(?:next|this|last)\s+(?:year|month|week|spring|summer|autumn|fall)$", re.I)  # "its centenary next year"


def _duration_factor(q: Quantity) -> float:
    """How many of its unit one of a duration's words is: 10 for 'three decades', 1 otherwise."""
    if q.kind != "duration":
        return 1.0
    word = re.split(r"[\s-]+", q.text.strip().lower())[-1]
    return DURATIONS[word][1] if word in DURATIONS else 1.0


def _scale_in(q: Quantity) -> float | None:
    """The scale a quantity is written with, or took from its neighbour ('33' of '33-35 billion')."""
    written = _scale_of(q.text)
    if written or not isinstance(q.value, float) or not re.fullmatch(r"\d[\d,]*(?:\.\d+)?", q.text):
        return written
    number = float(q.text.replace(",", ""))
    return q.value / number if number and q.value / number >= 1000 else None


def _like_size(a: object, b: object) -> bool:
    """Two figures within a factor of ten of each other, as the ends of one span are."""
    return isinstance(a, float) and isinstance(b, float) and a > 0 and b > 0 and max(a, b) <= 10 * min(a, b)


def _scale_of(text: str) -> float | None:
    m = _SCALE_WORD.search(text)
    return SCALES.get(m.group(m.lastindex).lower()) if m else None


def _bounds_with(q: Quantity, qualifier: str) -> tuple[float | None, float | None]:
    low, high = q.low, q.high
    if qualifier == "upper":
        return None, high
    if qualifier == "lower":
        return low, None
    if qualifier == "approx" and isinstance(q.value, float):
        width = max((high or q.value) - q.value, abs(q.value) * 0.1)
        return q.value - width, q.value + width
    return low, high


def _direction_fits(direction: str, a: Quantity, b: Quantity) -> bool:
    if not isinstance(a.value, float) or not isinstance(b.value, float):
        return False
    return a.value > b.value if direction == "down" else a.value < b.value


def _change_context(before: str) -> bool:
    """Words that make 'from X to Y' a change even without a listed verb ('went from', 'moved from')."""
    return bool(re.search(r"\b(?:went|go|goes|going|moved?|moving|changed?|changing|shifted|jumped|rate|"
                          r"price|prices|tariffs?|level)\b", before[-50:], re.I))


def _of_phrase(gap: str) -> str | None:
    m = re.match(r"^\s+of\s+(?P<np>[^,;]+?)\s*(?:,|—|–|-)", gap, re.I)
    return m.group("np").strip() if m else None


def link(text: str, spans: list[tuple[int, int]], quantities: list[Quantity],
         mentions: list[Mention]) -> tuple[list[Claim], list[Quantity]]:
    """The claims of a document, and its quantities with what linking taught (range units, qualifiers)."""
    return Linker(text, spans, quantities, mentions).run()
