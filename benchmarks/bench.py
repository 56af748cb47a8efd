"""Throughput of claimcheck on a news corpus built from seeds/, and its start-up time.

    .venv/bin/python benchmarks/bench.py [--mb 1] [--no-10mb]

Prints extraction throughput (sentences + quantities, one core), extraction with relation
linking, the whole check (extraction + rules) for 1 KB, 1 MB and 10 MB inputs (the ratio of
time to size shows linearity), pathological 1 MB inputs, and the wall time of `claimcheck --help`.
The corpus is the seed articles' paragraphs, shuffled with a fixed seed and repeated to size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import random
import statistics
import subprocess
import sys
import time
from typing import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.api import check_document, extract_document  # noqa: E402
from claimcheck.quantities import Extractor  # noqa: E402
from claimcheck.load import document_from_text  # noqa: E402
from claimcheck.segment import sentences  # noqa: E402

PUBLISHED = dt.date(2025, 4, 28)


def paragraphs() -> list[str]:
    """The seed articles' body paragraphs, one a line (front matter dropped)."""
    out = []
    for path in sorted((ROOT / "seeds").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            text = text.split("\n---", 1)[1]
        out.extend(p.strip() for p in text.splitlines() if p.strip() and not p.startswith("#"))
    return out


def corpus(size: int, seed: int = 0) -> str:
    """About `size` characters of news text: the seed paragraphs, shuffled and repeated."""
    rng = random.Random(seed)
    paras = paragraphs()
    parts: list[str] = []
    total = 0
    while total < size:
        rng.shuffle(paras)
        for p in paras:
            parts.append(p)
            total += len(p) + 2
            if total >= size:
                break
    return "\n\n".join(parts) + "\n"


def timed(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best of `repeat` wall times, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def extract_only(text: str) -> int:
    return len(Extractor(text, PUBLISHED, sentences(text), ()).mentions())


def rate(size: int, seconds: float) -> str:
    return f"{size / 1024 / seconds:,.0f} KB/s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="size of the throughput corpus in MB")
    ap.add_argument("--no-10mb", action="store_true", help="skip the 10 MB check")
    args = ap.parse_args()

    text = corpus(int(args.mb * 1024 * 1024))
    size = len(text.encode("utf-8"))
    count = extract_only(text)
    print(f"corpus: {size / 1024 / 1024:.2f} MB from {len(paragraphs())} seed paragraphs, {count:,} quantities")
    t = timed(lambda: extract_only(text))
    print(f"extraction (sentences + quantities): {t:.3f} s  {rate(size, t)}")
    doc = document_from_text(text, "bench.txt", published=PUBLISHED)
    t = timed(lambda: extract_document(doc), repeat=1)
    print(f"extraction + relations:              {t:.3f} s  {rate(size, t)}")

    print("check (extraction + relations + rules), by input size:")
    sizes = [("1 KB", 1024), ("1 MB", 1024 * 1024)] + ([] if args.no_10mb else [("10 MB", 10 * 1024 * 1024)])
    for label, n in sizes:
        sample = corpus(n, seed=1)
        doc = document_from_text(sample, "bench.txt", published=PUBLISHED)
        t = timed(lambda: check_document(doc), repeat=3 if n < 2**21 else 1)
        n_bytes = len(sample.encode("utf-8"))
        print(f"  {label:>5}: {t:8.3f} s  {rate(n_bytes, t):>12}  ({t / n_bytes * 1e6:.2f} µs/byte)")

    print("pathological 1 MB inputs (extraction; linear time means about the corpus's rate or better):")
    mb = 1024 * 1024
    for label, unit in [("digits and commas", "1,234,"), ("digits", "9"), ("spaces", " "), ("currency signs", "$€£"),
                        ("nested parentheses", "(((5)))"), ("dotted digits", "1.2."), ("numbers and spaces", "12 ")]:
        sample = unit * (mb // len(unit))
        t = timed(lambda: extract_only(sample), repeat=1)
        print(f"  {label:>20}: {t:.3f} s")

    walls = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([str(ROOT / ".venv/bin/claimcheck"), "--help"], check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
    print(f"claimcheck --help: {statistics.median(walls):.3f} s (median of 5)")


if __name__ == "__main__":
    main()
