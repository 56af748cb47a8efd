"""The outcomes reader: results that make up the games played, and gains and losses that make a net.

Shapes (claim kind ``total``):

- results against the games played (cue ``results``): "won 19, drew five and lost ten" after
  "a 34-match season"; "21 wins, nine draws and eight defeats from 38 games"; "across the 30
  fixtures, United lost 11, drew four and won 15"; "won 8 of their 19 matches, drew 1 and lost 10" (the
  first result names the games); "won 14 matches, drew two and lost four" after "the 20-round regular
  season" (the first result names what it counts; a season of rounds may hold byes, so its results may
  only not pass it); "won 41 games, lost 20 in regulation and dropped seven more in overtime" (one kind
  of result split by how it came); with only two kinds of result named (cue ``won-lost``: wins and losses,
  "12 wins and nine draws", "drew eight and lost 14") the rule checks that they do not pass the games
  played, since the third may go unsaid;
- shares of one field listed after it (cue ``tally``): "taking 52 of the 99 seats" and, a few
  sentences on, "The Nationals finished with 30 seats, Labor took 12 and independents five"; "captured 14
  of the 41 seats, cutting the Conservatives to 11. Labour won nine seats, ... and independents two"
  (levels reached in the field's sentence join the parts); the parts may not pass the field;
- a won-lost record split at home and away (cue ``whole``, one claim for the wins and one for the
  losses): "posted a 41-22 record, going 25-7 at home and 16-15 on the road"; "went 11-5, including
  7-2 at home and 4-3 on the road";
- a net figure against what was added and taken away (cue ``net``, or ``net-down`` for a net
  fall): "opened 41 branches and shut 17, a net gain of 24"; "hired 1,200 people
  and cut 450 jobs, a net increase of 750"; "sold 14 hotels and bought six, a net reduction of
  eight".

- a division's votes against the house that cast them (cue ``whole``): "approved the levy by 54 votes
  to 29, with six abstentions, while three members were absent" after "the 95-seat assembly"; "163
  senators voted in favour, 121 against and 14 abstained" after "with 302 of its 310 senators present";
- seats each party holds against the size of the house stated before (cue ``tally``): "a 60-member
  board" ... "The party now holds 27 seats there, against 21 for the Greens, seven for Labour
  and five for independents".

The games played are a count of games, matches or fixtures: in the sentence ("from 26 games", "in
their 30 matches", "played 26") or stated before it in the article, with one value only; a season's
length ("the 38-game season") is preferred to other counts, and a rate's base ("a goal in every four
games") or a result ("after winning only four games") is no number of games played.

Refuses: a score or a tally ("won 2-0", "won 19 of 34"); results of other things ("won seven
seats and lost three"); two teams' records in one sentence (the second list is left alone);
candidate game counts of different sizes before the list; a net with only one side named; a tally
list of a place or of another time ("In Scotland, ...", "In 2019 ..."), with a field of its own ("30 of
the 59 seats"), of two items only, or after another field is named; a record split that is not home
and away ("12-4 in conference"), and scores ("won 41-22", "beat them 25-7"); a division with no
house size before it, or houses of two sizes; a seat list against a count that is no house's size
("needs 44 seats for a majority"), or one of whose clauses lost its figure.
"""

from __future__ import annotations

from ..article import Article, Token, thing_of
from ..models import Quantity
from ..patterns import re
from . import claim, reader
from .breakdown import lost_figure

_WIN = frozenset({"won", "win", "wins", "winning", "victory", "victories"})
_DRAW = frozenset({"drew", "drawn", "draw", "draws", "drawing", "tied", "tie", "ties", "halved"})
_LOSS = frozenset({"lost", "lose", "loses", "losing", "loss", "losses", "defeat", "defeats", "defeated", "dropped"})
_OUTCOME_OF = {**{w: "win" for w in _WIN}, **{w: "draw" for w in _DRAW}, **{w: "loss" for w in _LOSS}}
_GAMES = frozenset({"game", "match", "fixture", "outing", "contest", "bout", "race"})
_PLAYED = frozenset({"played", "playing", "plays"})
_ADD = frozenset({"opened", "added", "hired", "gained", "built", "bought", "acquired", "launched", "recruited",
                  "created", "won", "signed", "joined", "arrived", "took", "brought", "open", "add", "hire",
                  "opening", "adding", "hiring", "buying", "building"})
_REMOVE = frozenset({"closed", "cut", "shut", "lost", "shed", "sold", "removed", "dropped", "left", "retired",
                     "demolished", "scrapped", "axed", "departed", "close", "closing", "cutting", "shedding",
                     "selling", "losing", "eliminated"})
_NET_DOWN = frozenset({"loss", "losses", "fall", "decline", "decrease", "reduction", "drop", "shrinkage", "cut"})


def _count(q: Quantity | None) -> bool:
    return q is not None and q.kind == "count" and isinstance(q.value, float)


def _outcome_items(toks: list[Token]) -> list[tuple[str, Quantity, int]]:
    """(outcome, quantity, token index) for 'won 16' and '16 wins' in the sentence, in order."""
    items = []
    for k, t in enumerate(toks):
        if not _count(t.q):
            continue
        before = toks[k - 1].low if k > 0 and toks[k - 1].q is None else ""
        noun = thing_of(t.q)
        if noun in _RESULT_MANNER:
            noun = None  # "drew three away": where the result came, not a thing counted
        nxt = toks[k + 1].low if k + 1 < len(toks) and toks[k + 1].q is None else ""
        if before in _OUTCOME_OF and noun in (None, *_GAMES) and nxt not in ("-", "–", "of", "to"):
            items.append((_OUTCOME_OF[before], t.q, k))  # "won 19", "won 15 games": wins, not games played
        elif before in _OUTCOME_OF and noun in (None, *_GAMES) and nxt == "of" and (games := _of_games(toks, k)) is not None:
            # "won 8 of their 19 matches, drew 1 and lost 10": the games named after the first result; the
            # list goes on after them
            items.append((_OUTCOME_OF[before], t.q, games))
        elif _noun_outcome(noun):
            items.append((_noun_outcome(noun), t.q, k))
    return items


def _of_games(toks: list[Token], k: int) -> int | None:
    """The token index of M in "<result> N of [the|their|its|his|her] M games" (games, matches, fixtures ...)."""
    j = k + 2
    if j < len(toks) and toks[j].q is None and toks[j].low in ("the", "their", "its", "his", "her", "our"):
        j += 1
    if j < len(toks) and _count(toks[j].q) and thing_of(toks[j].q) in _GAMES:
        return j
    return None


def _noun_outcome(noun: str | None) -> str | None:
    """The outcome a count's noun names ('16 wins', '9 defeats'), or None."""
    if noun is not None and (noun in _OUTCOME_OF or noun + "s" in _OUTCOME_OF or noun.rstrip("e") in
                             ("win", "draw", "los", "defeat")):
        return _OUTCOME_OF.get(noun, _OUTCOME_OF.get(noun + "s", "loss"))
    return None


def _may_hold_results(article: Article, counts: list[Quantity], said: bool) -> bool:
    """A win and a loss may be named among the counts: by a word before them (``said``: an outcome
    word stands in the sentence) or by their nouns. Sentences that cannot are not made into tokens."""
    if len(counts) < 2:
        return False
    if said:
        return True
    kinds = {_noun_outcome(thing_of(q)) for q in counts}
    return {"win", "loss"} <= kinds


# Words that say how or where a result came, between the results of one list: "lost 20 in regulation and
# dropped seven more in overtime", "won 12 at home, drew three away and lost five on the road".
_RESULT_MANNER = frozenset("in at on the regulation overtime extra time shootout shootouts shoot-out shoot-outs "
                           "penalties home away road more or".split())


def _one_list(toks: list[Token], items: list[tuple[str, Quantity, int]]) -> list[tuple[str, Quantity, int]]:
    """The first run of items joined only by commas, 'and', outcome words and words of how a result came:
    'won 19, drew five and lost ten', 'won 41, lost 20 in regulation and dropped seven more in overtime'."""
    run = items[:1]
    for item in items[1:]:
        own = next(k for k, t in enumerate(toks) if t.q is item[1])  # "drew one of their 19 matches" ends at 19
        between = toks[run[-1][2] + 1:own]
        words = [t.low for t in between if t.q is None]
        manner = [w for w in words if w in _RESULT_MANNER]
        if any(t.q is not None for t in between) or len(manner) > 4 or any(
                w not in _OUTCOME_OF and w not in (",", "and", "while") and w not in _RESULT_MANNER for w in words) \
                or "while" in words:
            break
        run.append(item)
    return run


def _split_kind(toks: list[Token], item: tuple[str, Quantity, int]) -> bool:
    """A result said again of another manner: "dropped eight more", "lost three in overtime" (after "lost 19
    in regulation"): one kind of result split, not the same figure named twice."""
    k = item[2]
    after = [t.low for t in toks[k + 1:k + 4] if t.q is None]
    return bool(after) and (after[0] in ("more", "further") or after[:1] == ["in"] and after[1:2] and after[1]
                            in ("overtime", "extra", "shootouts", "shootout", "shoot-outs", "shoot-out", "regulation"))


def _games(article: Article, q: Quantity, toks: list[Token], first: int, last: int,
           skip: set[str] = frozenset()) -> Quantity | None:
    """The games played: 'played 26', 'from/in/of 26 games' in the sentence, or a count of games before
    (none of the results in ``skip``: "won 8 of their 19 matches" names its games after it)."""
    here = []
    for k, t in enumerate(toks):
        if not _count(t.q) or t.q.id in skip or first <= k <= last and thing_of(t.q) not in _GAMES:
            continue
        if _still_to_play(article, t.q):
            continue  # "with eight matches left": games still to come, not played
        before = toks[k - 1].low if k > 0 else ""
        if thing_of(t.q) in _GAMES or before in _PLAYED:
            here.append(t.q)
    if here:
        # "in the 34-game season, ... 52 points from 26 outings": the season's length gives way to the games played
        played = [o for o in here if not _SEASON & set(article.words_near(o, 0, 2)[1])] or here
        return played[0]
    year = article.year_of(q)
    candidates = [o for thing in (*_GAMES, "round") for o in article.counts_of(thing)
                  if o.kind == "count" and o.span[0] < q.span[0] and not _not_games_played(article, o)
                  and not _of_another_year(article, o, year)]
    # the length of a season ("the 38-game season", "a 30-match campaign", "the 18-round regular season") names
    # the games played; rounds only as a season's length ("the second round" is none)
    seasons = [o for o in candidates if _SEASON & set(article.words_near(o, 0, 2)[1])]
    candidates = [o for o in candidates if thing_of(o) != "round" or o in seasons]
    if seasons and len({o.value for o in seasons}) == 1:
        candidates = seasons
    if not candidates or len({o.value for o in candidates}) != 1:
        return None
    return max(candidates, key=lambda o: o.span)


def _of_another_year(article: Article, o: Quantity, year: int | None) -> bool:
    """A count of games told in a sentence dated only by other years than the results' ("won the title in 1991,
    when it beat Harwick in five games" against this season's wins and losses): another season's games."""
    years = {int(str(d.value)[:4]) for d in article.in_sentence(o.sentence)
             if d.kind == "date" and d.resolved and re.match(r"\d{4}", str(d.value))}
    return bool(years) and year is not None and year not in years


_SEASON = frozenset({"season", "campaign", "schedule", "programme", "program", "calendar"})
_RATE_BASE = frozenset({"every", "per", "each"})


def _not_games_played(article: Article, o: Quantity) -> bool:
    """A count of games that is no number played: a rate's base ("three goals in every four games") or
    a result ("after winning only four games", "lost six matches")."""
    before = article.words_near(o, 3)[0]
    return bool(before[-1:] and before[-1] in _RATE_BASE) or bool(set(before) & (_WIN | _DRAW | _LOSS)) \
        or _still_to_play(article, o)


def _still_to_play(article: Article, o: Quantity) -> bool:
    """'eight matches left', 'the remaining six games', 'four games to play': games not yet played."""
    before, after = article.words_near(o, 2, 2)
    return bool(set(before) & {"remaining", "outstanding"}) or after[:1] in (["left"], ["remaining"]) \
        or after[:2] in (["to", "play"], ["to", "go"], ["still", "to"])


def _results(article: Article, index: int):
    toks = article.tokens(index)
    items = _one_list(toks, _outcome_items(toks))
    kinds = [kind for kind, _, _ in items]
    repeated = [item for n, item in enumerate(items) if item[0] in kinds[:n]]
    if len(items) < 2 or not all(_split_kind(toks, item) for item in repeated):
        return  # any two kinds of result ("12 wins and nine draws", "drew four and lost six") may not pass the games
    games = _games(article, items[0][1], toks, items[0][2], items[-1][2], skip={q.id for _, q, _ in items})
    if games is None or any(games.id == q.id for _, q, _ in items):
        return
    roles = {"total": games, **{f"part{n}": q for n, (_, q, _) in enumerate(items, 1)}}
    whole = len(set(kinds)) == 3 and thing_of(games) != "round"  # a season of rounds may hold byes
    yield claim("total", roles, cue="results" if whole else "won-lost", sentence=index)


def _net(article: Article, index: int):
    toks = article.tokens(index)
    for k, t in enumerate(toks):
        if t.low != "net":
            continue
        net = next((u.q for u in toks[k + 1:k + 5] if u.q is not None), None)
        if not _count(net):
            continue
        words = [u.low for u in toks[k + 1:k + 4] if u.q is None]
        down = bool(_NET_DOWN & set(words))
        added = removed = None
        for j in range(k - 1, 0, -1):
            u = toks[j]
            if not _count(u.q):
                continue
            verb = next((v.low for v in reversed(toks[max(0, j - 2):j]) if v.q is None and v.is_word), "")
            if verb in _REMOVE and removed is None:
                removed = u.q
            elif verb in _ADD and added is None:
                added = u.q
        if added is not None and removed is not None:
            yield claim("total", {"total": net, "part1": added, "part2": removed},
                        cue="net-down" if down else "net", sentence=index)
            return


def _proportions_by_sentence(article: Article) -> dict[int, list]:
    """The proportion claims of each sentence, indexed once per article."""
    memo = article.extraction.memo
    if "proportions_by_sentence" not in memo:
        index: dict[int, list] = {}
        for c in article.extraction.claims:
            if c.kind == "proportion":
                index.setdefault(c.sentence, []).append(c)
        memo["proportions_by_sentence"] = index
    return memo["proportions_by_sentence"]


def _tallies(article: Article, index: int):
    """Shares of one field listed after the whole: "taking 52 of the 99 seats" and, a few sentences on,
    "The Nationals finished with 30 seats, Labor took 12 and independents five" (52 + 30 + 12 + 5 may
    not pass 99). Levels reached in the whole's sentence join the parts ("reducing the ruling party to 41")."""
    found = [c for c in _proportions_by_sentence(article).get(index, ()) if {"part", "whole"} <= set(c.roles)]
    if len(found) != 1:
        return
    part, whole = (article.extraction.quantity(found[0].roles[r]) for r in ("part", "whole"))
    thing = thing_of(whole)
    if thing is None or not _count(part) or not _count(whole) or thing_of(part) not in (None, thing) \
            or whole.qualifier != "exact":
        return
    mine = [part] + [q for q in article.in_sentence(index) if _count(q) and q.id not in (part.id, whole.id)
                     and thing_of(q) in (None, thing) and ("change", "to") in article.roles_of(q)]
    for later in range(index + 1, min(len(article.sentences), index + 5)):
        if any(c.kind == "proportion" and c.sentence == later and "whole" in c.roles
               for c in article.extraction.claims):
            return  # another field ("27 of the 33 seats in the north"): the list may be of it
        listed = _tally_list(article, later, thing)
        if listed and any(q.value == part.value for q in listed):
            return  # the first share said again ("The Liberals finished with 52 seats, ..."): no list of the others
        if listed:
            roles = {"total": whole, **{f"part{n}": q for n, q in enumerate(mine + listed, 1)}}
            yield claim("total", roles, cue="tally", sentence=later)
            return


def _tally_list(article: Article, index: int, thing: str) -> list[Quantity]:
    """'<A> won 21 seats, <B> took four and <C> two': a count of the thing, then bare counts, the last
    after 'and'; none in a sentence of another place or time ("In the north ...", "In 2019 ..."), or
    with levels that moved ("up from 14")."""
    toks = article.tokens(index)
    qs = [(k, t.q) for k, t in enumerate(toks) if t.q is not None]
    if not qs or any(q.kind == "date" for _, q in qs) or any(article.roles_of(q) for _, q in qs):
        return []
    start = next((n for n, (_, q) in enumerate(qs) if _count(q) and thing_of(q) == thing), None)
    if start is None or start != 0:
        return []
    before = [t.low for t in toks[:qs[0][0]] if t.q is None]
    if set(before) & {"in", "across", "within", "among", "of", "outside"}:
        return []  # a place or a group of the field: its own list
    items = [qs[0][1]]
    for (k0, _), (k1, q) in zip(qs, qs[1:]):
        gap = [t.low for t in toks[k0 + 1:k1]]
        if not _count(q) or thing_of(q) not in (None, thing) or not set(gap) & {",", "and"} \
                or set(gap) & {"of", "from", "than", "to", "("}:
            return []
        items.append(q)
    last_gap = [t.low for t in toks[qs[-2][0] + 1:qs[-1][0]]] if len(qs) > 1 else []
    after = [t.low for t in toks[qs[-1][0] + 1:qs[-1][0] + 3]]
    if len(items) < 3 or "and" not in last_gap or after[:1] and after[0] in ("of", "more", "fewer", "each"):
        return []
    return items


_SCORE_VERBS = frozenset({"won", "beat", "lost", "drew", "defeated", "thrashed", "edged", "by", "score", "scored",
                          "win", "loss", "victory", "defeat", "beating", "losing", "winning"})
_AWAY = frozenset({"road", "away", "abroad"})


def _records(article: Article, index: int):
    """A won-lost record and its split at home and away: "posted a 41-22 record, going 25-7 at home and
    16-15 on the road" (the wins of the split may not pass 41, nor its losses 22). Refuses scores ("won
    41-22", "beat them 25-7"), and splits that are not home and away ("12-4 in conference")."""
    toks = article.tokens(index)
    pairs = []
    for k in range(len(toks) - 2):
        a, dash, b = toks[k], toks[k + 1], toks[k + 2]
        if _count(a.q) and dash.text in ("-", "–") and _count(b.q):
            pairs.append((k, a.q, b.q))
    if len(pairs) != 3:
        return
    (k0, w, l), (k1, w1, l1), (k2, w2, l2) = pairs
    lead = {t.low for t in toks[max(0, k0 - 3):k0]}
    first_gap = [t.low for t in toks[k0 + 3:k1]]
    second_gap = [t.low for t in toks[k1 + 3:k2]]
    tail = {t.low for t in toks[k2 + 3:k2 + 8]} | set(toks[k2 + 2].low.split())  # "4-3 away": the word may stick
    if lead & _SCORE_VERBS or set(first_gap + second_gap) & _SCORE_VERBS or "," not in first_gap \
            or not {"going", "including", "with", "went"} & set(first_gap) or "and" not in second_gap \
            or not (_AWAY & (tail | set(second_gap))):
        return
    yield claim("total", {"total": w, "part1": w1, "part2": w2}, cue="whole", sentence=index)
    yield claim("total", {"total": l, "part1": l1, "part2": l2}, cue="whole", sentence=index)


# The members of a house, council or board that votes: the whole a division's votes may not pass.
_MEMBERS = frozenset("seat member deputy legislator lawmaker mp councillor councilor senator representative "
                     "delegate director trustee governor assemblyman assemblywoman".split())
_FOR = frozenset({"favour", "favor", "for", "yes", "aye", "ayes"})
_AGAINST = frozenset({"against", "no", "nays", "noes", "opposed"})
_ABSTAIN = frozenset({"abstained", "abstention", "abstentions", "abstaining", "abstain", "absent", "blank"})
_VOTE_ITEM_WORDS = _FOR | _AGAINST | _ABSTAIN


def _vote_kind(toks: list[Token], k: int) -> str | None:
    """What the count at token k is in a division: 'for' ("54 votes to 29", "163 voted in favour"), 'against'
    ("121 against", "to 29"), 'other' ("six abstentions", "14 abstained", "three members were absent")."""
    q = toks[k].q
    thing = thing_of(q)
    if thing is not None and thing not in _MEMBERS and thing not in ("vote", "abstention", "ballot"):
        return None
    if thing == "abstention":
        return "other"
    after = []
    for t in toks[k + 1:k + 6]:
        if t.q is not None or t.text in (",", ";", ":", "."):
            break
        after.append(t.low)
    if after[:1] == ["to"] and thing == "vote":
        return "for"  # "by 71 votes to 38"
    if thing is None and _voted_pair(toks, k):
        return "for"  # "the council voted 6-4", "voted 4 to 1"
    if thing is None and k >= 2 and toks[k - 1].text in ("-", "–", "to") and _voted_pair(toks, k - 2):
        return "against"
    before = [t.low for t in toks[max(0, k - 2):k] if t.q is None]
    if before[-1:] == ["to"] and k >= 2 and toks[k - 2].q is not None and thing_of(toks[k - 2].q) == "vote":
        return "against"
    words = set(after[:4])
    if words & _ABSTAIN:
        return "other"
    if words & {"favour", "favor"} or after[:2] in (["voted", "for"], ["votes", "for"]) or after[:1] == ["for"]:
        return "for"
    if after[:1] and after[0] in _AGAINST or after[:2] in (["voted", "against"], ["votes", "against"]):
        return "against"
    return None


def _voted_pair(toks: list[Token], k: int) -> bool:
    """The count at token k opens a division written as a pair right after "voted": "voted 6-4", "voted 4 to 1"."""
    return k >= 1 and k + 2 < len(toks) and toks[k - 1].low in ("voted", "vote") and _count(toks[k].q) \
        and thing_of(toks[k].q) is None and toks[k + 1].text in ("-", "–", "to") and _count(toks[k + 2].q) \
        and thing_of(toks[k + 2].q) is None


def _division(article: Article, index: int):
    """A division's votes against the members of the house that cast them: "Councillors approved the levy by 54
    votes to 29, with six abstentions, while three members were absent" after "the 95-seat assembly";
    "163 senators voted in favour, 121 against and 14 abstained" after "with 302 of its 310 senators present"
    (the members present, when the text gives them). The votes, abstentions and absences may not pass it."""
    toks = article.tokens(index)
    items = []
    for k, t in enumerate(toks):
        if _count(t.q):
            kind = _vote_kind(toks, k)
            if kind is not None:
                items.append((kind, t.q, k))
    kinds = [kind for kind, _, _ in items]
    if kinds.count("for") != 1 or kinds.count("against") != 1 or kinds.index("for") > kinds.index("against"):
        return
    if any(_count(t.q) and t.q.id not in {q.id for _, q, _ in items} and t.q.kind == "count"
           for t in toks[items[0][2]:items[-1][2]]):
        return  # another count inside the division: not one plain list
    parts = [q for _, q, _ in items]
    start = items[0][1].span[0]
    members = [o for thing in _MEMBERS for o in article.counts_of(thing) if o.kind == "count"
               and (o.sentence < index or o.sentence == index and o.span[0] < start)
               and o.id not in {q.id for q in parts} and float(o.value) >= max(float(q.value) for q in parts)]
    present = _present(article, index) or [o for o in members if "present" in article.words_near(o, 0, 4)[1]]
    if present:
        members = present  # "with 302 of its 310 senators present": the votes are of those present
    if not members or len({float(o.value) for o in members}) != 1 \
            or any(("change", r) in article.roles_of(o) for o in members for r in ("from", "by")):
        return
    whole = max(members, key=lambda o: o.span)
    roles = {"total": whole, **{f"part{n}": q for n, q in enumerate(parts, 1)}}
    yield claim("total", roles, cue="whole", sentence=index)


def _present(article: Article, index: int) -> list[Quantity]:
    """Counts of members present stated before sentence ``index``, as the part of the house's size: "with 302 of
    its 310 senators present"."""
    out = []
    for o in article.quantities:
        if o.sentence >= index:
            break
        if _count(o) and thing_of(o) in (None, *_MEMBERS) and "present" in article.words_near(o, 0, 5)[1]:
            whole = [c for c in article.extraction.claims if c.kind == "proportion" and c.roles.get("part") == o.id
                     and "whole" in c.roles]
            if whole and thing_of(article.extraction.quantity(whole[0].roles["whole"])) in _MEMBERS:
                out.append(o)
    return out


_HOUSES = frozenset("house chamber council assembly parliament legislature senate board authority congress "
                    "diet bundestag committee cabinet".split())
_SIZE = re.compile(r"-(?:seat|member|strong)s?$", re.I)


def _house_size(article: Article, o: Quantity) -> bool:
    """o gives the size of a house: "the 48-member council", "a 120-seat chamber", "the assembly's 87 seats"."""
    if _SIZE.search(o.text):
        return True
    before, after = article.words_near(o, 3, 3)
    return bool(_HOUSES & (set(after) | {w.removesuffix("'s").removesuffix("’s") for w in before}))


def _house_tally(article: Article, index: int):
    """Seats held by each party, listed against the size of the house stated before: "Dunbrook council is a
    60-member board ... The party now holds 27 seats there, against 21 for the Greens, seven for
    Labour and five for independents" (27 + 21 + 7 + 5 may not pass 60). The size is a count of seats or
    members said of a house ("48-member", "120-seat", "the chamber's 87 seats"), of one value only."""
    for thing in ("seat", "member"):
        listed = _tally_list(article, index, thing)
        if listed:
            break
    else:
        return
    toks = article.tokens(index)
    if lost_figure(toks, [article.token_index(q) for q in listed]):
        return  # a party's figure went unread: the list is not whole
    biggest = max(float(q.value) for q in listed)
    sizes = [o for t in _MEMBERS for o in article.counts_of(t) if o.sentence < index and _count(o)
             and float(o.value) > biggest and _house_size(article, o)
             and not article.roles_of(o) & {("change", "from"), ("change", "by"), ("proportion", "part")}]
    if not sizes or len({float(o.value) for o in sizes}) != 1:
        return
    roles = {"total": max(sizes, key=lambda o: o.span), **{f"part{n}": q for n, q in enumerate(listed, 1)}}
    yield claim("total", roles, cue="tally", sentence=index)


@reader("outcomes")
def read(article: Article):
    """Results against the games played ("won 19, drew five and lost ten" of "a 34-match season")
    and a net against what was added and taken away ("opened 41 branches and shut 17, a net gain of
    24"). Refuses scores and tallies ("won 2-0", "won 19 of 34"), results of other things ("won
    seven seats"), game counts of different sizes before the list, and a net with one side unnamed.
    Tallies of one field ("52 of the 99 seats ... the Nationals 30 seats, Labor 12 and independents
    five"); refuses lists of a place or another year, lists with a field of their own, two-item lists.
    """
    said = set(article.sentences_with(frozenset(_OUTCOME_OF)))
    netted = set(article.sentences_with(frozenset({"net"})))
    tallied = set()
    for index in range(len(article.sentences)):
        if not article.in_sentence(index):
            continue
        counts = [q for q in article.in_sentence(index) if _count(q)]
        if _may_hold_results(article, counts, index in said):
            yield from _results(article, index)
        if index in netted and len(counts) >= 3:  # the net, what was added and what taken away
            yield from _net(article, index)
        for c in _tallies(article, index):
            tallied.add(c.sentence)
            yield c
        if len(counts) >= 4:  # three won-lost pairs: "41-22 ... 25-7 ... 16-15" (or "1-2-3-4")
            yield from _records(article, index)
        if len(counts) >= 2:  # a vote for and a vote against
            yield from _division(article, index)
    for index in range(len(article.sentences)):
        if index not in tallied and len(article.in_sentence(index)) >= 3:
            yield from _house_tally(article, index)
