"""No input makes claimcheck raise or hang.

Pathological text (long runs of digits, separators, currency symbols, nested
parentheses, unclosed Markdown) must finish well inside a generous wall-clock
budget: the budget catches exponential and badly quadratic blowups, not
micro-timings. Hypothesis then feeds random text, random edits of the seed
articles, random Unicode and random bytes through the whole pipeline; the only
exception allowed is an ``InputError`` for a document that cannot be read.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.api import check_document
from claimcheck.errors import InputError
from claimcheck.load import document_from_text, read_document

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").iterdir())
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in SEEDS]
EXAMPLES = int(os.environ.get("CLAIMCHECK_FUZZ_EXAMPLES", "200"))  # raise it for a deeper run
FUZZ = settings(max_examples=EXAMPLES, deadline=None, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SIZE = 30_000  # characters of each pathological input
BUDGET = 5.0  # seconds of CPU time: the slowest of these, linear, takes ~1 s; a quadratic one far longer


@contextlib.contextmanager
def time_limit(seconds: float):
    """Fail as soon as the budget of CPU time is spent, rather than wait for a quadratic loop to end. CPU
    time, not wall time: a machine busy with other work must not fail a linear input."""

    def expire(signum, frame):
        raise TimeoutError(f"still running after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def run_pipeline(text: str, path: str = "fuzz.txt") -> None:
    try:
        doc = document_from_text(text, path)
    except InputError:
        return
    check_document(doc)


def _repeat(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


PATHOLOGICAL = {
    "digits": "7" * SIZE,
    "digits and commas": _repeat("123,"),
    "digits and dots": _repeat("1."),
    "digits and spaces": _repeat("1 "),
    "spaces around a number": " " * SIZE + "5%" + " " * SIZE,
    "currency symbols": "$" * SIZE + "5",
    "mixed currency symbols": _repeat("$€£¥US$ "),
    "currency symbols and digits": _repeat("$1"),
    "nested parentheses": "(" * (SIZE // 2) + "5%" + ")" * (SIZE // 2),
    "unbalanced parentheses": _repeat("($5 "),
    "percent signs": _repeat("%"),
    "percents": _repeat("5% "),
    "scale words": _repeat("million "),
    "number words": _repeat("twenty-one "),
    "hyphenated words": "a" + _repeat("-a"),
    "hyphenated numbers": _repeat("5-"),
    "changes without a full stop": _repeat("from 5% to 6% "),
    "ordinary sentences": _repeat("Sales rose 5% to $10 million. "),
    "one long word": "x" * SIZE,
    "newlines": "\n" * SIZE + "5%",
    "no sentence ends": _repeat("sales rose five "),
    "many short sentences": _repeat("5%. "),
    "unclosed code fences": _repeat("```a\n"),
    "unclosed comments": _repeat("<!-- 5 "),
    "unclosed link targets": _repeat("](5"),
    "unclosed front matter": "---\n" + _repeat("a: 5\n"),
}


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_pathological_input_finishes_in_time(name):
    text = PATHOLOGICAL[name]
    path = "fuzz.md" if "code" in name or "comment" in name or "link" in name or "front" in name else "fuzz.txt"
    start = time.process_time()
    with time_limit(BUDGET):
        run_pipeline(text, path)
    assert time.process_time() - start < BUDGET


# -- hypothesis ------------------------------------------------------------------------------------

NEWSY = st.sampled_from([
    "0", "1", "5", "9", "12", "1,618", "3.5", "-", "–", ",", ".", "%", "$", "€", "£", "¥", "US$", "(", ")",
    " ", " ", "\n", "\n\n", "per cent", "percentage points", "million", "billion", "bn", "m", "k", "half",
    "a third", "one in five", "out of", "No.", "28th", "doubled", "from", "to", "rose", "fell", "cut",
    "between", "and", "or", "about", "nearly", "more than", "up to", "year", "years ago", "next year",
    "April", "May", "Wednesday", "2025", "1990s", "miles", "km", "degrees Celsius", "yen", "euros",
    "satellites", "of", "its", "the", "```", "`", "<!--", "-->", "[", "](", "---\n", "published: ",
])
UNICODE = st.characters(codec="utf-8")  # every code point that can be in a decoded file


@FUZZ
@given(st.text(max_size=400))
def test_random_text_raises_nothing(text):
    run_pipeline(text)


@FUZZ
@given(st.lists(NEWSY, max_size=80).map("".join))
def test_random_newsy_text_raises_nothing(text):
    run_pipeline(text)
    run_pipeline(text, "fuzz.md")


@FUZZ
@given(st.text(alphabet=UNICODE, max_size=300))
def test_random_unicode_raises_nothing(text):
    run_pipeline(text, "fuzz.md")


EDIT = st.tuples(
    st.sampled_from(["insert", "delete", "duplicate", "swap"]),
    st.floats(0, 1), st.integers(0, 40), st.one_of(NEWSY, st.text(alphabet=UNICODE, max_size=8)),
)


def apply_edit(text: str, edit: tuple[str, float, int, str]) -> str:
    kind, where, length, inserted = edit
    at = int(where * len(text))
    end = min(len(text), at + length)
    if kind == "insert":
        return text[:at] + inserted + text[at:]
    if kind == "delete":
        return text[:at] + text[end:]
    if kind == "duplicate":
        return text[:end] + text[at:end] + text[end:]
    return text[:at] + text[at:end][::-1] + text[end:]


@FUZZ
@given(st.sampled_from(range(len(SEEDS))), st.lists(EDIT, min_size=1, max_size=12))
def test_random_edits_of_the_seed_articles_raise_nothing(index, edits):
    text = SEED_TEXTS[index]
    for edit in edits:
        text = apply_edit(text, edit)
    run_pipeline(text, SEEDS[index].name)


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@FUZZ
@given(st.binary(max_size=600), st.sampled_from([".md", ".txt", ".html", ".docx"]))
def test_random_bytes_are_read_or_refused_with_an_input_error(scratch, data, suffix):
    path = scratch / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(str(path))
    except InputError:
        return
    check_document(doc)
