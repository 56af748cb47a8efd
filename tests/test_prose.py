"""Runs of bare figures are left out of extraction with a note; articles lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import prose
from claimcheck.api import check, extract

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
AROUND = "Sales rose 5% to $12 million.\n{}\nProfit fell 3% to $4 million, from $5 million.\n"


@pytest.mark.parametrize("unit", ["12 ", "(((5)))", "1.2.", "1,234,", "$€£", "9", "2019\t12.5\t13.1\t|\n"])
def test_a_wall_of_figures_is_left_out_with_a_note_and_the_prose_around_it_is_read(unit):
    text = AROUND.format(unit * (20_000 // len(unit)))
    report = check(text, "2025-04-09")
    assert [q.text for q in report.quantities] == ["5%", "$12 million", "3%", "$4 million", "$5 million"]
    assert len(report.notes) == 1 and "not prose" in report.notes[0]
    assert report.notes[0].startswith("line 2") or report.notes[0].startswith("lines 2-")
    assert [c.kind for c in report.claims] == ["change", "change"]


@pytest.mark.parametrize("text", [
    "The scores were 3-1, 2-2, 1-0, 4-4, 0-0 and 2-1 over the six games.",
    "| Year | Revenue | Profit |\n" + "".join(f"| {2000 + i} | {i}.5 | {i}.1 |\n" for i in range(30)).replace("| 20", "| FY20"),
    "Pi is 3.14159265358979323846264338327950288419716939937510 to fifty places.",
    "Lottery numbers drawn: 3 12 19 27 33 41, bonus 7.",
])
def test_figures_among_words_are_prose(text):
    assert prose.bare_runs(text) == []
    assert extract(text, "2025-04-09").document.notes == ()


def test_no_article_of_the_seeds_or_the_scored_corpora_holds_a_run():
    paths = [*ROOT.glob("seeds/*"), *EVAL.glob("dev/*.md"), *EVAL.glob("dev2/*.md"), *ROOT.glob("examples/**/*.md")]
    assert len(paths) > 50
    assert [p.name for p in paths if prose.bare_runs(p.read_text(encoding="utf-8"))] == []


def test_sentences_are_cut_around_runs():
    text = "Up 5% to $12 million. " + "7 " * 60 + "then 9 more."
    runs = prose.bare_runs(text)
    assert len(runs) == 1 and text[runs[0][0]:runs[0][1]].split() == ["7"] * 60
    assert prose.outside([(0, 21), (22, len(text))], runs, text) == [(0, 21), (runs[0][1] + 1, len(text))]
