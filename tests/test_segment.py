"""Sentence ends: where a dot ends a sentence and where it is an abbreviation or an initial."""

import pytest

from claimcheck.segment import sentences

CASES = [
    ("The scheme will cost €217m. The cost breaks down into three parts.",
     ["The scheme will cost €217m.", "The cost breaks down into three parts."]),
    ("Sales rose to 4.5k. Margins held.", ["Sales rose to 4.5k.", "Margins held."]),
    ("Donald J. Trump spoke. He left.", ["Donald J. Trump spoke.", "He left."]),
    ("U.S. sales rose 4%. Exports fell.", ["U.S. sales rose 4%.", "Exports fell."]),
    ("Mr. Hale arrived at 9 a.m. Tuesday.", ["Mr. Hale arrived at 9 a.m. Tuesday."]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentence_ends(text, expected):
    assert [text[a:b] for a, b in sentences(text)] == expected
