"""Regressions that the input and fuzz tests found in other stages, each with its exact input."""

from __future__ import annotations

import subprocess
import sys

from claimcheck.api import extract


def _quantities(text: str) -> list[str]:
    return [q.text for q in extract(text).quantities]


def test_public_extract_is_the_function_even_after_the_extract_module_is_imported():
    """A submodule named like a public function would be bound over it on import (now quantities.py)."""
    code = ("import claimcheck.api, claimcheck; "
            "print(claimcheck.extract('Sales rose 5%.').quantities[0].text)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr.splitlines()[-1]
    assert proc.stdout.strip() == "5%"


MARKDOWN = "---\ntitle: T\n---\n"


def test_a_link_in_a_sentence_does_not_hide_the_sentence():
    """Extractor skips a whole sentence when a skipped region (here the link target) starts inside it."""
    text = MARKDOWN + "Revenue rose 5%, according to [the filing](https://example.com/f), to $12 million.\n"
    assert _quantities(text) == ["5%", "$12 million"]


def test_inline_code_and_comments_in_a_sentence_hide_only_themselves():
    text = MARKDOWN + "Sales rose 5% <!-- check 888 --> to `x` $12 million.\n"
    assert _quantities(text) == ["5%", "$12 million"]
