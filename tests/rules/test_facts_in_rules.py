"""House facts take part in the cross-claim rules, not only in the reference rule."""

from __future__ import annotations

from pathlib import Path

from claimcheck.api import check_document
from claimcheck.load import read_document
from claimcheck.ruleset import RuleSet

ROOT = Path(__file__).resolve().parents[2]


def _kuiper(tmp_path: Path, part: str) -> Path:
    text = (ROOT / "seeds" / "kuiper-launch.md").read_text(encoding="utf-8")
    path = tmp_path / "kuiper.md"
    path.write_text(text.replace("or 1,618 satellites", f"or {part} satellites"), encoding="utf-8")
    return path


def _part_whole(path: Path, facts: list[str]):
    report = check_document(read_document(str(path)), rules=RuleSet.load([], facts))
    return [f for f in report.findings if f.rule == "part-whole"]


def test_a_fact_is_the_whole_of_a_share(tmp_path):
    facts = [str(ROOT / "examples" / "facts.yaml")]
    flagged = _part_whole(_kuiper(tmp_path, "1,816"), facts)
    assert [f.severity for f in flagged] == ["error"]
    assert "3,236" in flagged[0].message and "house fact" in flagged[0].message
    assert all(a < b for a, b in flagged[0].spans), "facts have no span in the article"
    assert not [f for f in _part_whole(_kuiper(tmp_path, "1,618"), facts) if f.severity != "info"]


def test_without_facts_the_whole_is_only_implied(tmp_path):
    flagged = _part_whole(_kuiper(tmp_path, "1,816"), [])
    assert [f.severity for f in flagged] == ["info"]
    assert "3,632" in flagged[0].message


def test_a_house_exchange_rate_is_used_for_conversions(tmp_path):
    facts = tmp_path / "facts.yaml"
    facts.write_text("- subject: USD/JPY exchange rate\n  value: 100\n  unit: USD/JPY\n  date: 2023-07-10\n",
                     encoding="utf-8")
    article = tmp_path / "a.md"
    article.write_text("---\npublished: 2023-07-10\n---\nThe government will invest 6.8 billion yen "
                       "($68 million) in a new supercomputer.\n", encoding="utf-8")
    doc = read_document(str(article))
    without = check_document(doc, rules=RuleSet.load([], []))
    with_rate = check_document(doc, rules=RuleSet.load([], [str(facts)]))
    assert [f.severity for f in without.findings if f.rule == "currency-conversion"] == ["error"]
    found = [f for f in with_rate.findings if f.rule == "currency-conversion"]
    assert [f.severity for f in found] == ["info"] and "house rate" in found[0].message
