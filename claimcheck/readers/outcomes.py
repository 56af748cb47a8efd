"""The outcomes reader: results that make up the games played, and gains and losses that make a net.

Shapes (claim kind ``total``):

- results against the games played (cue ``results``): "won 19, drew five and lost ten" after
  "a 34-match season"; "21 wins, nine draws and eight defeats from 38 games"; "across the 30
  fixtures, United lost 11, drew four and won 15"; with only wins and losses named (cue ``won-lost``) the rule checks that
  they do not pass the games played, since draws may go unsaid;
- a net figure against what was added and taken away (cue ``net``, or ``net-down`` for a net
  fall): "opened 41 branches and shut 17, a net gain of 24"; "hired 1,200 people
  and cut 450 jobs, a net increase of 750"; "sold 14 hotels and bought six, a net reduction of
  eight".

The games played are a count of games, matches or fixtures: in the sentence ("from 26 games", "in
their 30 matches", "played 26") or stated before it in the article, with one value only.

Refuses: a score or a tally ("won 2-0", "won 19 of 34"); results of other things ("won seven
seats and lost three"); two teams' records in one sentence (the second list is left alone);
candidate game counts of different sizes before the list; a net with only one side named.
"""

from __future__ import annotations

from ..article import Article, Token, thing_of
from ..models import Quantity
from . import claim, reader

_WIN = frozenset({"won", "win", "wins", "winning", "victory", "victories"})
_DRAW = frozenset({"drew", "drawn", "draw", "draws", "drawing", "tied", "tie", "ties", "halved"})
_LOSS = frozenset({"lost", "lose", "loses", "losing", "loss", "losses", "defeat", "defeats", "defeated"})
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
        nxt = toks[k + 1].low if k + 1 < len(toks) and toks[k + 1].q is None else ""
        if before in _OUTCOME_OF and noun is None and nxt not in ("-", "–", "of", "to"):
            items.append((_OUTCOME_OF[before], t.q, k))
        elif noun is not None and (noun in _OUTCOME_OF or noun + "s" in _OUTCOME_OF or noun.rstrip("e") in
                                   ("win", "draw", "los", "defeat")):
            items.append((_OUTCOME_OF.get(noun, _OUTCOME_OF.get(noun + "s", "loss")), t.q, k))
    return items


def _one_list(toks: list[Token], items: list[tuple[str, Quantity, int]]) -> list[tuple[str, Quantity, int]]:
    """The first run of items joined only by commas, 'and' and outcome words: 'won 19, drew five and lost ten'."""
    run = items[:1]
    for item in items[1:]:
        between = toks[run[-1][2] + 1:item[2]]
        words = [t.low for t in between if t.q is None]
        if any(t.q is not None for t in between) or any(w not in _OUTCOME_OF and w not in (",", "and", "while")
                                                         for w in words) or "while" in words:
            break
        run.append(item)
    return run


def _games(article: Article, q: Quantity, toks: list[Token], first: int, last: int) -> Quantity | None:
    """The games played: 'played 26', 'from/in/of 26 games' in the sentence, or a count of games before."""
    for k, t in enumerate(toks):
        if not _count(t.q) or first <= k <= last and thing_of(t.q) not in _GAMES:
            continue
        before = toks[k - 1].low if k > 0 else ""
        if thing_of(t.q) in _GAMES or before in _PLAYED:
            return t.q
    candidates = [o for thing in _GAMES for o in article.counts_of(thing)
                  if o.kind == "count" and o.span[0] < q.span[0]]
    if not candidates or len({o.value for o in candidates}) != 1:
        return None
    return max(candidates, key=lambda o: o.span)


def _results(article: Article, index: int):
    toks = article.tokens(index)
    items = _one_list(toks, _outcome_items(toks))
    kinds = [kind for kind, _, _ in items]
    if len(items) < 2 or len(set(kinds)) != len(kinds) or not {"win", "loss"} <= set(kinds):
        return
    games = _games(article, items[0][1], toks, items[0][2], items[-1][2])
    if games is None or any(games.id == q.id for _, q, _ in items):
        return
    roles = {"total": games, **{f"part{n}": q for n, (_, q, _) in enumerate(items, 1)}}
    yield claim("total", roles, cue="results" if "draw" in kinds else "won-lost", sentence=index)


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


@reader("outcomes")
def read(article: Article):
    """Results against the games played ("won 19, drew five and lost ten" of "a 34-match season")
    and a net against what was added and taken away ("opened 41 branches and shut 17, a net gain of
    24"). Refuses scores and tallies ("won 2-0", "won 19 of 34"), results of other things ("won
    seven seats"), game counts of different sizes before the list, and a net with one side unnamed.
    """
    for index in range(len(article.sentences)):
        if not article.in_sentence(index):
            continue
        yield from _results(article, index)
        yield from _net(article, index)
