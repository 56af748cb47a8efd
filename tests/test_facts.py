"""House facts: reading YAML and CSV, each error path, and the reference rule (CC120)."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

import claimcheck
from claimcheck.cli import main
from claimcheck.errors import ConfigError
from claimcheck.facts import load_facts
from claimcheck.load import document_from_text
from claimcheck.ruleset import RuleSet

ROOT = Path(__file__).resolve().parents[1]
CHINA_104 = """
- subject: US tariff rate on China
  value: 104%
  unit: percent
  date: 2025-04-08
  source: White House
"""


def facts_file(folder: Path, body: str, name: str = "facts.yaml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def reference_findings(folder: Path, facts: str, text: str, published: str | None = "2025-04-09"):
    ruleset = RuleSet.load(facts=[str(facts_file(folder, facts))])
    date = dt.date.fromisoformat(published) if published else None
    report = claimcheck.check_document(document_from_text(text, "a.txt", published=date), rules=ruleset)
    return [f for f in report.findings if f.rule == "reference"], [c for c in report.checks if c.rule == "reference"]


def test_yaml_values_units_and_dates(tmp_path):
    facts = load_facts(facts_file(tmp_path, """
        - {subject: "Kuiper's planned constellation", value: "3,236", unit: count, noun: satellite}
        - {subject: USD/JPY, value: 142.1, unit: usd/jpy, date: 2023-07-10, source: ECB}
        - {subject: budget, value: 2.5 billion, unit: EUR, date: 2024}
        - {subject: rate, value: "4.5", unit: "%", date: "2025-01/2025-03"}
        - {subject: cap, value: 3, unit: pp, date: "../2020-06-30"}
    """))
    kuiper, yen, budget, rate, cap = facts
    assert (kuiper.value, kuiper.low, kuiper.high, kuiper.unit, kuiper.start) == (3236, 3235.5, 3236.5, "count", None)
    assert kuiper.words == ("constellation", "kuiper", "planned")
    assert (yen.unit, yen.pair, yen.low, yen.start, yen.end) == (
        "USD/JPY", ("USD", "JPY"), pytest.approx(142.05), dt.date(2023, 7, 10), dt.date(2023, 7, 10))
    assert (budget.value, budget.high, budget.start, budget.end) == (
        2.5e9, pytest.approx(2.55e9), dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert (rate.unit, rate.start, rate.end) == ("percent", dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert (cap.unit, cap.start, cap.end) == ("percentage_point", None, dt.date(2020, 6, 30))


def test_csv_has_the_same_columns(tmp_path):
    path = facts_file(tmp_path, """\
        subject,value,unit,date,source
        Kuiper planned constellation,"3,236",count,,FCC
        USD/JPY rate,142.1,USD/JPY,2023-07-10,ECB
    """, "facts.csv")
    kuiper, yen = load_facts(path)
    assert (kuiper.value, kuiper.source, yen.unit, yen.date) == (3236, "FCC", "USD/JPY", "2023-07-10")


@pytest.mark.parametrize(("name", "body", "message"), [
    ("f.yaml", "subject: x\n", "a facts file is a list"),
    ("f.yaml", "- [1, 2]\n", "entry 1: a fact is a mapping"),
    ("f.yaml", "- {subject: x, value: 1}\n", "entry 1: missing 'unit'"),
    ("f.yaml", "- {subject: x, value: lots, unit: count}\n", "entry 1: value: not a number: 'lots'"),
    ("f.yaml", "- {subject: x, value: 1, unit: count, when: 2020}\n", "entry 1: unknown field 'when'"),
    ("f.yaml", "- {subject: x, value: 1, unit: count, date: 2020-13-01}\n", "entry 1: date: '2020-13-01' is not"),
    ("f.yaml", "- {subject: x, value: 1, unit: count, date: 2021/2020}\n", "ends before it starts"),
    ("f.yaml", "- {subject: x, value: 1, unit: usd/yenn}\n", "is not a currency pair"),
    ("f.yaml", "- {subject: x\n", "malformed YAML"),
    ("f.csv", "subject,value,unit\nx,1,count\ny,,count\n", "row 3: missing 'value'"),
    ("f.json", "[]", "must be .yaml, .yml or .csv"),
])
def test_bad_facts_file_names_entry_and_field(tmp_path, name, body, message):
    with pytest.raises(ConfigError, match="f\\.") as info:
        load_facts(facts_file(tmp_path, body, name))
    assert message in str(info.value)


def test_missing_facts_file_is_exit_2_with_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Sales rose 5%.\n")
    result = CliRunner().invoke(main, ["check", "a.txt", "--facts", "nope.yaml"])
    assert result.exit_code == 2 and "nope.yaml: cannot read facts file" in result.stderr


APPLE = "In fact, Trump increased tariffs on China to 125% on Wednesday, up from 54%."


def test_reference_flags_the_from_end_against_the_fact_of_the_day_before(tmp_path):
    findings, _ = reference_findings(tmp_path, CHINA_104, APPLE)
    assert [(APPLE[slice(*f.spans[0])], f.expected, f.code) for f in findings] == [("54%", "104%", "CC120")]
    assert "no overlap" in findings[0].arithmetic and "White House" in findings[0].advice


def test_reference_passes_an_agreeing_value_and_says_so(tmp_path):
    findings, checks = reference_findings(tmp_path, CHINA_104.replace("104%", "54"), APPLE)
    assert findings == [] and len(checks) == 1


@pytest.mark.parametrize(("text", "why"), [
    ("On Wednesday, tariffs on Vietnam were reduced from 46% to 10%, which helps U.S. buyers of goods "
     "made outside of China.", "the subject words are not near the number"),
    ("In fact, Trump increased tariffs on China to 125% on Wednesday.", "the 'to' end is Wednesday's level"),
    ("Tariffs on China were 54% on March 3.", "another date"),
    ("Tariffs on China were cut by 54 percentage points on Wednesday.", "another unit"),
])
def test_reference_says_nothing_when_the_fact_does_not_apply(tmp_path, text, why):
    findings, checks = reference_findings(tmp_path, CHINA_104, text)
    assert findings == [] and checks == [], why


def test_reference_without_a_date_in_the_sentence_uses_the_publication_date(tmp_path):
    text = "Tariffs on China stand at 54%."
    assert len(reference_findings(tmp_path, CHINA_104, text, published="2025-04-08")[0]) == 1
    assert reference_findings(tmp_path, CHINA_104, text, published="2025-04-10")[0] == []
    assert reference_findings(tmp_path, CHINA_104, text, published=None)[0] == []


def test_reference_timeless_count_fact_with_match_words_and_noun(tmp_path):
    facts = """
        - {subject: Kuiper planned constellation, value: "3,236", unit: count, noun: satellite, match: constellation}
    """
    findings, _ = reference_findings(tmp_path, facts, "Amazon's constellation will have 3,326 satellites.")
    assert [f.observed for f in findings] == ["3,326 satellites"]
    assert reference_findings(tmp_path, facts, "Amazon's constellation will have 3,236 satellites.")[0] == []
    assert reference_findings(tmp_path, facts, "Amazon's constellation will have 3,326 dishes.")[0] == []


def test_reference_exchange_rate_fact_matches_yen_per_dollar(tmp_path):
    facts = "- {subject: dollar yen rate, value: 142.1, unit: USD/JPY, date: 2023-07-10, match: yen}\n"
    text = "On July 10, 2023 the yen traded at 152 yen per dollar."
    findings, _ = reference_findings(tmp_path, facts, text, published="2023-07-11")
    assert [f.observed[:7] for f in findings] == ["152 yen"]
    assert reference_findings(tmp_path, facts, text.replace("152", "142"), published="2023-07-11")[0] == []


def test_reference_tolerance_option_widens_the_fact(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    facts_file(tmp_path, CHINA_104.replace("104%", "55.0"))
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\nfacts = ["facts.yaml"]\nformat = "json"\n'
                                             '[tool.claimcheck.tolerance]\n"reference.tolerance" = 0.02\n')
    (tmp_path / "a.txt").write_text(APPLE + "\n")
    result = CliRunner().invoke(main, ["check", "a.txt", "--published", "2025-04-09"])
    assert result.exit_code == 0
    assert [c["rule"] for c in json.loads(result.stdout)["documents"][0]["checks"]].count("reference") == 1


def test_must_show_seed_flagged_only_with_the_facts(monkeypatch):
    monkeypatch.chdir(ROOT)
    runner = CliRunner()
    seed = "seeds/apple-tariff-rally.md"

    def reference(*args):
        result = runner.invoke(main, ["check", seed, "--format", "json", *args])
        doc = json.loads(result.stdout)["documents"][0]
        return [(f["observed"], f["message"]) for f in doc["findings"] if f["rule"] == "reference"]

    assert reference() == []
    assert reference("--facts", "examples/facts.yaml") == [
        ("54%", "54% disagrees with the house fact: US tariff rate on China was 104% on 2025-04-08")]


def test_a_fact_as_a_quantity_record(tmp_path):
    kuiper, price = load_facts(facts_file(tmp_path, """
        - {subject: Kuiper constellation, value: "3,236", unit: count, noun: satellite}
        - {subject: Apple market cap, value: 3 trillion, unit: USD}
    """))
    assert (kuiper.as_quantity(1).kind, kuiper.as_quantity(1).noun, kuiper.as_quantity(1).id) == (
        "count", "satellite", "fact1")
    assert (price.as_quantity(2).kind, price.as_quantity(2).value) == ("money", 3e12)
