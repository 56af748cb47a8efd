"""Throughput of claimcheck on a news corpus built from seeds/, its start-up time, and many files.

    .venv/bin/python benchmarks/bench.py [--mb 1] [--no-10mb] [--no-dir]

Prints extraction throughput (sentences + quantities, one core) and its cost per quantity,
extraction with relation linking, the whole check (extraction + rules) for 1 KB, 1 MB and
10 MB inputs (the ratio of time to size shows linearity), pathological 1 MB inputs against
the corpus's rate per byte, the wall time of `claimcheck --help` and of a cold
`claimcheck check big.txt --format json` on 1 MB, and a folder of 2,000 articles (the
seeds and the Reuters articles of ../shared/peers) checked with `--jobs 1` and `--jobs 2`
(`--dir-only` for that alone). Process timings also give the CPU time they took, which depends
less than wall time on what else the machine runs.
The corpus is the seed articles' paragraphs, shuffled with a fixed seed and repeated to size.
Wall times are the best of a few runs, start-up times the median of several fresh processes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import itertools
import pathlib
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Callable

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimcheck.api import check_document, extract_document  # noqa: E402
from claimcheck.quantities import Extractor  # noqa: E402
from claimcheck.load import Document, document_from_text  # noqa: E402
from claimcheck.segment import sentences  # noqa: E402

PUBLISHED = dt.date(2025, 4, 28)
CLI = str(ROOT / ".venv/bin/claimcheck")
REUTERS = ROOT.parent / "shared" / "peers" / "reuters21578" / "articles"


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


def pathological(corpus_rate: float) -> None:
    """1 MB that is not prose, through extraction as the checker runs it (runs of bare figures are left out)."""
    print("pathological 1 MB inputs (extraction + relations, as `check` runs it; x: time per byte against the corpus):")
    mb = 1024 * 1024
    for label, unit in [("digits and commas", "1,234,"), ("digits", "9"), ("spaces", " "), ("currency signs", "$€£"),
                        ("nested parentheses", "(((5)))"), ("dotted digits", "1.2."), ("numbers and spaces", "12 ")]:
        sample = unit * (mb // len(unit))
        doc = Document("bench.txt", sample, published=PUBLISHED)  # as loaded, without the refusal of blank text
        t = timed(lambda: extract_document(doc), repeat=1)
        per_byte = t / len(sample.encode("utf-8"))
        print(f"  {label:>20}: {t:.3f} s  {per_byte * 1e6:.3f} µs/byte  {per_byte * corpus_rate:.2f}x")
    with tempfile.TemporaryDirectory() as tmp:
        wall = pathlib.Path(tmp) / "numbers.txt"
        wall.write_text("12 " * (256 * 1024 // 3))
        out = pathlib.Path(tmp) / "numbers.json"
        t = cold([CLI, "check", str(wall), "--format", "json", "--output", str(out)])
        print(f"  256 KB of '12 ' through the CLI, --format json: {t:.3f} s, {out.stat().st_size / 1024:,.0f} KB of JSON")


def cold(command: list[str], repeat: int = 5) -> float:
    """Median wall time of `repeat` fresh processes."""
    return cold_cpu(command, repeat)[0]


def cold_cpu(command: list[str], repeat: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (the process and its workers, user + system) of `repeat` fresh
    processes: on a machine others share, the CPU time says what the wall time cannot."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def startup() -> None:
    print(f"claimcheck --help: {cold([CLI, '--help'], repeat=7):.3f} s (median of 7)")
    with tempfile.TemporaryDirectory() as tmp:
        big = pathlib.Path(tmp) / "big.txt"
        big.write_text(corpus(1024 * 1024, seed=1))
        t, cpu = cold_cpu([CLI, "check", str(big), "--format", "json", "--output", str(big.with_suffix(".json"))])
        print(f"claimcheck check big.txt --format json, cold, 1 MB: {t:.3f} s  {rate(big.stat().st_size, t)} "
              f"(median of 5; {cpu:.3f} s of CPU)")


def articles(folder: pathlib.Path, count: int = 2000) -> int:
    """`count` article files in `folder`: the seeds and the Reuters articles, in turn; their total size."""
    sources = sorted(p for p in (ROOT / "seeds").iterdir() if p.suffix in (".md", ".txt")) + sorted(REUTERS.glob("*.md"))
    for i, source in zip(range(count), itertools.cycle(sources)):
        shutil.copyfile(source, folder / f"a{i:04d}-{source.name}")
    return sum(p.stat().st_size for p in folder.iterdir())


def peak_rss_kb(command: list[str]) -> int:
    """The largest resident size of the command or any process it started, in KB (Linux)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    return int(subprocess.run([sys.executable, "-c", probe, *command], capture_output=True, text=True).stdout)


def many_files(repeat: int = 3) -> None:
    """A folder of 2,000 articles with one worker process and with two: time, speed-up, same report."""
    if not REUTERS.is_dir():
        print(f"many files: skipped ({REUTERS} is missing)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp) / "articles"
        folder.mkdir()
        size = articles(folder)
        times = {}
        for jobs in (1, 2):
            out = pathlib.Path(tmp) / f"jobs{jobs}.json"
            runs = [cold_cpu([CLI, "check", str(folder), "--format", "json", "--jobs", str(jobs),
                              "--output", str(out)], repeat=1) for _ in range(repeat)]
            times[jobs], cpu = min(runs)
            print(f"2,000 articles ({size / 1024 / 1024:.1f} MB), --jobs {jobs}: {times[jobs]:.2f} s "
                  f"({2000 / times[jobs]:,.0f} articles/s, best of {repeat}; {cpu:.2f} s of CPU in all processes)")
        same = filecmp.cmp(pathlib.Path(tmp) / "jobs1.json", pathlib.Path(tmp) / "jobs2.json", shallow=False)
        print(f"  --jobs 2 is {times[1] / times[2]:.2f}x --jobs 1; reports {'identical' if same else 'DIFFER'}")
        for fmt in ("json", "jsonl"):
            rss = peak_rss_kb([CLI, "check", str(folder), "--format", fmt, "--jobs", "2",
                               "--output", str(pathlib.Path(tmp) / f"memory.{fmt}")])
            print(f"  peak memory of one process, --format {fmt:5}: {rss / 1024:,.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="size of the throughput corpus in MB")
    ap.add_argument("--no-10mb", action="store_true", help="skip the 10 MB check")
    ap.add_argument("--no-dir", action="store_true", help="skip the folder of 2,000 articles")
    ap.add_argument("--dir-only", action="store_true", help="only the folder of 2,000 articles (--jobs 1 and 2)")
    args = ap.parse_args()
    if args.dir_only:
        many_files()
        return

    text = corpus(int(args.mb * 1024 * 1024))
    size = len(text.encode("utf-8"))
    count = extract_only(text)
    print(f"corpus: {size / 1024 / 1024:.2f} MB from {len(paragraphs())} seed paragraphs, {count:,} quantities")
    t = timed(lambda: extract_only(text))
    print(f"extraction (sentences + quantities): {t:.3f} s  {rate(size, t)}  {t / count * 1e6:.0f} µs/quantity")
    doc = document_from_text(text, "bench.txt", published=PUBLISHED)
    t = timed(lambda: extract_document(doc), repeat=1)
    print(f"extraction + relations:              {t:.3f} s  {rate(size, t)}  {t / count * 1e6:.0f} µs/quantity")
    corpus_rate = size / t  # bytes a second, the yardstick of the pathological inputs

    print("check (extraction + relations + rules), by input size:")
    sizes = [("1 KB", 1024), ("1 MB", 1024 * 1024)] + ([] if args.no_10mb else [("10 MB", 10 * 1024 * 1024)])
    for label, n in sizes:
        sample = corpus(n, seed=1)
        doc = document_from_text(sample, "bench.txt", published=PUBLISHED)
        t = timed(lambda: check_document(doc), repeat=3 if n < 2**21 else 1)
        n_bytes = len(sample.encode("utf-8"))
        quantities = len(check_document(doc).quantities) if n < 2**21 else 0
        per_quantity = f"  {t / quantities * 1e6:.0f} µs/quantity" if quantities else ""
        print(f"  {label:>5}: {t:8.3f} s  {rate(n_bytes, t):>12}  ({t / n_bytes * 1e6:.2f} µs/byte){per_quantity}")

    pathological(corpus_rate)
    startup()
    if not args.no_dir:
        many_files()


if __name__ == "__main__":
    main()
