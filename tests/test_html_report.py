"""The HTML report: self-contained, and every span of every finding marked once at the right words."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import lxml.html
import pytest

from claimcheck.models import Report
from claimcheck.report.html import render_html
from claimcheck.runner import check_inputs

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="module")
def dev():
    assert DEV.is_dir(), f"{DEV} is missing: the shared eval corpora sit beside the project"
    checked = check_inputs([str(DEV)])
    return checked, lxml.html.fromstring(render_html(checked.report, checked.documents))


def marks_by_ref(section) -> dict[str, list[tuple[int, str]]]:
    """f3:0 -> [(offset, words)] of every mark that carries span 0 of finding 3, in the order shown."""
    found = defaultdict(list)
    for mark in section.cssselect("mark[data-refs]"):
        for ref in mark.get("data-refs").split():
            found[ref].append((int(mark.get("data-at")), mark.text_content()))
    return found


def test_every_span_of_every_finding_is_marked_once_at_the_right_words(dev):
    checked, tree = dev
    sections = tree.cssselect("section.doc")
    assert len(sections) == len(checked.report.documents) == len(list(DEV.glob("*.md")))
    total = 0
    for section, doc in zip(sections, checked.report.documents):
        text = checked.documents[doc.path].text
        article = section.cssselect("div.article")[0]
        assert article.text_content() == text, "the article is shown whole and unchanged"
        marks = marks_by_ref(section)
        cards = {card.get("id").rsplit("-", 1)[1]: card for card in section.cssselect("li.finding")}
        active = [f for f in doc.findings if not f.suppressed]
        assert len(cards) == len(active)
        for f in active:  # each finding has exactly one card, matched by rule and spans
            [key] = [k for k, c in cards.items()
                     if c.get("data-code") == f.code and json.loads(c.get("data-spans")) == [list(s) for s in f.spans]
                     and c.cssselect(".message")[0].text_content() == f.message]
            for k, (a, b) in enumerate(f.spans):
                pieces = marks.pop(f"{key}:{k}")
                offsets = [at for at, _ in pieces]
                assert offsets == sorted(set(offsets)), "each piece of a span is marked once"
                assert offsets[0] == a, (f.message, text[a:b])
                joined = "".join(words for _, words in pieces)
                assert joined == text[a:b], (f.message, joined, text[a:b])
                assert all(text[at:at + len(words)] == words for at, words in pieces)
                assert all(nxt[0] == at + len(words) for (at, words), nxt in zip(pieces, pieces[1:])), "contiguous"
                total += 1
        assert not marks, f"marks that belong to no finding: {sorted(marks)}"
    assert total > 50, "the dev corpus has planted findings to mark"


def test_the_planted_direction_error_is_marked_and_explained(dev):
    checked, tree = dev
    [n] = [i for i, d in enumerate(checked.report.documents) if d.path.endswith("m01-direction-vietnam.md")]
    section = tree.cssselect("section.doc")[n]
    [card] = [c for c in section.cssselect("li.finding.sev-error") if c.get("data-code") == "CC101"]
    assert card.cssselect(".arithmetic")[0].text_content() == "46% > 10%"
    assert [u.text_content() for u in card.cssselect(".quote u")] == ["reduced", "10%", "46%"]
    marked = [m.text_content() for m in section.cssselect("mark.sev-error")]
    assert marked == ["reduced", "10%", "46%"]
    link = section.cssselect(f'mark.sev-error a[href="#{card.get("id")}"]')
    assert len(link) == 3, "each mark links to its finding"


def test_info_findings_are_listed_as_derived_facts_below_the_text(dev):
    checked, tree = dev
    [n] = [i for i, d in enumerate(checked.report.documents) if d.path.endswith("/kuiper-launch.md")]
    section = tree.cssselect("section.doc")[n]
    derived = section.cssselect("section.derived li.finding.sev-info")
    assert any("3,236" in li.text_content() for li in derived)
    assert not section.cssselect("aside li.finding.sev-info")


def test_the_html_file_is_self_contained(tmp_path):
    out = tmp_path / "report.html"
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", "seeds/", "missing.md", "--format", "html",
                           "--output", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    html = out.read_text(encoding="utf-8")
    tree = lxml.html.fromstring(html)
    assert not tree.cssselect("script, link, img, iframe, object")
    assert all(not (el.get("src") or "").startswith("http") for el in tree.iter())
    assert "http://" not in html.split("<main>")[0] and "https://" not in html.split("<main>")[0]
    assert tree.cssselect("style") and tree.cssselect("input#show-error")
    assert "missing.md" in tree.cssselect("section.problems")[0].text_content()
    assert len(tree.cssselect("section.doc")) == len(list((ROOT / "seeds").iterdir()))


def test_without_the_texts_the_report_still_quotes_each_finding():
    checked = check_inputs([str(ROOT / "seeds" / "kuiper-launch.md")])
    tree = lxml.html.fromstring(render_html(checked.report))
    assert not tree.cssselect("div.article")
    assert tree.cssselect("li.finding")


def test_a_finding_in_the_first_sentence_is_quoted_from_its_first_letter():
    from claimcheck.api import check

    [finding] = check("Tariffs were reduced from 10% to 46% on Wednesday.\nSales grew.").findings
    assert [ex.text for ex in finding.excerpts] == ["Tariffs were reduced from 10% to 46% on Wednesday."]
    html = render_html(Report(version="0", documents=[check("Tariffs were reduced from 10% to 46%.")]))
    quote = lxml.html.fromstring(html).cssselect("li.finding .quote")[0].text_content()
    assert quote == "Tariffs were reduced from 10% to 46%."
