"""Extraction measured against other projects' test data (in ../shared/peers, never shipped).

    .venv/bin/python benchmarks/peers.py [--shared ../shared] [--misses]

Prints, for each suite, how many of its quantities claimcheck finds:
- CQE's four small test sets (age, currency, dimension, temperature): value and value+unit F1,
  matched the way ../shared/eval/newsquant.py matches NewsQuant (whose own dev/test figures come
  from that scorer, not from here);
- quantulum3's English suite and Recognizers-Text's English number and unit specs: value recall
  (their unit names are another vocabulary, so only values are compared).
Dates are left out everywhere, as NewsQuant leaves them out. --misses lists what was not found.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import pathlib
import sys
from typing import Iterable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claimcheck  # noqa: E402

CQE_SETS = ("age", "currency", "dimension", "temperature")
RECOGNIZERS = ("NumberWithUnit/English/CurrencyModel.json", "NumberWithUnit/English/DimensionModel.json",
               "NumberWithUnit/English/TemperatureModel.json", "NumberWithUnit/English/AgeModel.json",
               "Number/English/NumberModel.json", "Number/English/PercentModel.json")


def _scorer(shared: pathlib.Path):
    """The NewsQuant scorer module, for its unit mapping and matching rules."""
    spec = importlib.util.spec_from_file_location("newsquant", shared / "eval" / "newsquant.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _numbers(text: str) -> list[dict]:
    """claimcheck's quantities of one text, as the scorers read them (dates left out)."""
    return [q.model_dump() for q in claimcheck.extract(text).quantities if q.kind != "date"]


def _found(value: float, quantities: Iterable[dict]) -> dict | None:
    return next((q for q in quantities if isinstance(q["value"], float)
                 and math.isclose(q["value"], value, rel_tol=1e-6, abs_tol=1e-9)), None)


def cqe_set(shared: pathlib.Path, name: str, misses: bool) -> str:
    """Value and value+unit F1 on one of CQE's test sets, one-to-one within a sentence."""
    nq = _scorer(shared)
    items = json.loads((shared / "peers" / "newsquant" / f"{name}-model.json").read_text(encoding="utf-8"))
    gold_n = pred_n = right_v = right_vu = 0
    for item in items:
        got = _numbers(item["text"].replace("\n", " "))
        gold = [(v, g["normalized_unit"].lower()) for g in item["quantities"] for v in nq.gold_values(g["value"])]
        gold_n, pred_n = gold_n + len(gold), pred_n + len(got)
        free_v, free_vu = list(got), list(got)
        for value, unit in gold:
            hit = _found(value, free_v)
            if hit:
                free_v.remove(hit)
                right_v += 1
            hit = next((q for q in free_vu if q is _found(value, [q]) and unit in nq.our_unit(q)), None)
            if hit:
                free_vu.remove(hit)
                right_vu += 1
            elif misses:
                print(f"  {name}: want {value:g} {unit!r} in {item['text'][:100]!r}")
    f_v = nq.f1(right_v, gold_n, pred_n)[0]
    f_vu = nq.f1(right_vu, gold_n, pred_n)[0]
    return f"{'CQE ' + name:34s}{len(items):4d} sentences  value F1 {f_v:.3f}  value+unit F1 {f_vu:.3f}"


def quantulum3(shared: pathlib.Path, misses: bool) -> str:
    """Value recall on quantulum3's English suite; a range counts as its two ends."""
    path = shared / "peers" / "quantulum3" / "quantulum3" / "_lang" / "en_US" / "tests" / "quantities.json"
    cases = json.loads(path.read_text(encoding="utf-8"))
    total = hit = 0
    for case in cases:
        got = _numbers(case["req"])
        for want in case["res"]:
            spread = want.get("uncertainty") or 0
            for value in ((want["value"] - spread, want["value"] + spread) if spread else (want["value"],)):
                total += 1
                if _found(float(value), got):
                    hit += 1
                elif misses:
                    print(f"  quantulum3: want {value:g} ({want['surface']!r}) in {case['req'][:100]!r}")
    return f"{'quantulum3 en_US':34s}{len(cases):4d} sentences  value recall {hit}/{total} = {hit / total:.3f}"


def recognizers(shared: pathlib.Path, spec: str, misses: bool) -> str:
    """Value recall on one Recognizers-Text English spec (cases Python supports)."""
    path = shared / "peers" / "recognizers-text" / "Specs" / spec
    cases = [c for c in json.loads(path.read_text(encoding="utf-8-sig"))
             if "python" not in (c.get("NotSupported") or "").lower()]
    total = hit = 0
    for case in cases:
        got = _numbers(case["Input"])
        for result in case.get("Results", []):
            try:
                value = float(str(result.get("Resolution", {}).get("value")).rstrip("%").replace(",", ""))
            except ValueError:
                continue
            total += 1
            share = next((q for q in got if q["unit"] == "fraction"
                          and math.isclose(q["value"] * 100, value, rel_tol=1e-6)), None)
            if _found(value, got) or share:
                hit += 1
            elif misses:
                print(f"  {spec}: want {value:g} ({result['Text']!r}) in {case['Input'][:100]!r}")
    name = spec.split("/")[-1].removesuffix(".json")
    label = f"Recognizers-Text {name}"
    return f"{label:34s}{len(cases):4d} cases      value recall {hit}/{total} = {hit / max(total, 1):.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=pathlib.Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", action="store_true", help="list what was not found")
    args = parser.parse_args(argv)
    if not (args.shared / "peers").is_dir():
        print(f"peers: no peer data under {args.shared}; pass --shared", file=sys.stderr)
        return 2
    lines = [cqe_set(args.shared, name, args.misses) for name in CQE_SETS]
    lines.append(quantulum3(args.shared, args.misses))
    lines += [recognizers(args.shared, spec, args.misses) for spec in RECOGNIZERS]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
