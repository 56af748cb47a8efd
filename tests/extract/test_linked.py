"""Quantities as the whole pipeline returns them, after linking shares units between the ends of a span
(cases in linked/*.yaml, in the format of cases/*.yaml), and, where a case lists them, exactly the claims
linked: each as its kind and its roles, a role naming its quantity by the text."""

from __future__ import annotations

import pathlib

import pytest
import yaml

import claimcheck

from .test_cases import _same

CASES = pathlib.Path(__file__).parent / "linked"


def _load() -> list:
    return [pytest.param(case, id=f"{path.stem}-{i + 1}")
            for path in sorted(CASES.glob("*.yaml"))
            for i, case in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")))]


@pytest.mark.parametrize("case", _load())
def test_linked_case(case: dict) -> None:
    extraction = claimcheck.extract(case["text"], published="2025-01-01")
    found = {q.text: q for q in extraction.quantities}
    text_of = {q.id: q.text for q in extraction.quantities}
    claims = [(c.kind, {role: text_of[qid] for role, qid in c.roles.items()}) for c in extraction.claims]
    if "claims" in case:  # exactly these claims, in text order
        assert claims == [(want["kind"], want["roles"]) for want in case["claims"]]
    for want in case["quantities"]:
        got = found.get(want["text"])
        assert got is not None, f"{want['text']!r} not found; found {sorted(found)}"
        for name, value in want.items():
            if name != "text":
                assert _same(value, getattr(got, name)), f"{want['text']!r}: {name} is {getattr(got, name)!r}"
