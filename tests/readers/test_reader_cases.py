"""Every reader against its table of cases (tests/readers/cases/<reader>.yaml).

A case lists the claims the reader must find, each as a kind and its roles, every role given
as a quote of the text its quantity overlaps; ``absent`` lists claims (in the same form) the text
must not yield, and ``none: [kinds]`` says it makes no claim of those kinds at all (near-misses
the reader refuses). Cases are read by the whole pipeline, so a
reader's claims are checked as users get them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import claimcheck
from claimcheck.readers import all_readers

CASES = Path(__file__).parent / "cases"


def _load():
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n, case in enumerate(data["cases"], 1):
            published = case.get("published", data.get("published", ""))
            yield pytest.param(str(published), case, id=f"{path.stem}-{n}")


def _quantity_at(text, quantities, quote):
    start = text.find(quote)
    assert start >= 0, f"quote {quote!r} is not in the case text"
    end = start + len(quote)
    hits = [q for q in quantities if q.span[0] < end and start < q.span[1]]
    assert hits, f"no quantity at {quote!r}"
    return {q.id for q in hits}


@pytest.mark.parametrize("published, case", list(_load()))
def test_reader_case(published, case):
    extraction = claimcheck.extract(case["text"], published=published or None)
    text, qs = extraction.document.text, extraction.quantities
    for want in case.get("claims", []):
        ids = {role: _quantity_at(text, qs, quote) for role, quote in want["roles"].items()}
        found = [c for c in extraction.claims if c.kind == want["kind"]
                 and all(c.roles.get(role) in options for role, options in ids.items())]
        got = [(c.kind, {r: extraction.quantity(i).text for r, i in c.roles.items()}) for c in extraction.claims]
        assert found, f"no {want['kind']} claim with roles {want['roles']}; claims: {got}"
        if "cue" in want:
            assert any(c.cue == want["cue"] for c in found), [c.cue for c in found]
    for unwanted in case.get("absent", []):
        ids = {role: _quantity_at(text, qs, quote) for role, quote in unwanted["roles"].items()}
        made = [c for c in extraction.claims if c.kind == unwanted["kind"]
                and all(c.roles.get(role) in options for role, options in ids.items())]
        assert not made, f"a {unwanted['kind']} claim {unwanted['roles']} where none is meant"
    for kind in case.get("none", []):
        made = [{r: extraction.quantity(i).text for r, i in c.roles.items()}
                for c in extraction.claims if c.kind == kind]
        assert not made, f"{kind} claims where none is meant: {made}"


def test_every_reader_is_documented_and_has_cases():
    for name, read in all_readers():
        doc = read.__doc__ or ""
        assert doc.strip(), f"reader {name} has no docstring"
        assert "Refuses" in doc or "refuses" in doc, f"reader {name}'s docstring names no near-misses it refuses"
        path = CASES / f"{name}.yaml"
        assert path.exists(), f"reader {name} has no case file {path.name}"
        cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
        assert any(c.get("claims") for c in cases) and any(c.get("none") or c.get("absent") for c in cases), \
            f"reader {name} needs cases it reads and near-misses it refuses"
