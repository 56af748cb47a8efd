"""The extractor against the case tables in cases/*.yaml, one file per kind of quantity."""

from __future__ import annotations

import math
import pathlib

import pytest
import yaml

from claimcheck.quantities import Mention

from .conftest import mentions

CASES = pathlib.Path(__file__).parent / "cases"
KINDS = ("numbers", "percent", "money", "counts", "durations", "dates", "units", "qualifiers",
         "fractions_ranks_multipliers", "identifiers", "ages", "temperatures")


def _load() -> list:
    params = []
    for path in sorted(CASES.glob("*.yaml")):
        for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            params.append(pytest.param(case, id=f"{path.stem}-{i + 1}"))
    return params


def test_every_kind_has_a_case_file() -> None:
    assert {p.stem for p in CASES.glob("*.yaml")} == set(KINDS)


def _same(expected: object, got: object) -> bool:
    if isinstance(expected, str) and isinstance(got, float):
        expected = float(expected)  # YAML 1.1 reads 4.0e8 (no exponent sign) as a string
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(expected, got, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(expected, list) and isinstance(got, (list, tuple)):
        return len(expected) == len(got) and all(_same(e, g) for e, g in zip(expected, got))
    if isinstance(expected, dict) and isinstance(got, dict):
        return all(k in got and _same(v, got[k]) for k, v in expected.items())
    return expected == got


def _describe(text: str, found: list[Mention]) -> str:
    return "; ".join(f"{text[m.start:m.end]!r} {m.kind} {m.value!r} {m.unit} noun={m.noun} q={m.qualifier}"
                     for m in found) or "nothing"


@pytest.mark.parametrize("case", _load())
def test_case(case: dict) -> None:
    text = case["text"]
    found = mentions(text, str(case["published"]) if case.get("published") else None)
    by_text = {text[m.start:m.end]: m for m in found}
    for want in case.get("quantities") or []:
        got = by_text.get(want["text"])
        assert got is not None, f"{want['text']!r} not found in {text!r}; found {_describe(text, found)}"
        for field, value in want.items():
            if field != "text":
                assert _same(value, getattr(got, field)), (
                    f"{want['text']!r}: {field} is {getattr(got, field)!r}, expected {value!r}")
    for part in case.get("absent") or []:
        at = text.index(part)
        covering = [m for m in found if m.start < at + len(part) and at < m.end]
        assert not covering, f"{part!r} should not be a quantity; found {_describe(text, covering)}"
    if case.get("only"):
        wanted = {w["text"] for w in case.get("quantities") or []}
        extra = [m for m in found if text[m.start:m.end] not in wanted]
        assert not extra, f"unexpected quantities in {text!r}: {_describe(text, extra)}"
