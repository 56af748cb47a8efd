"""Test-wide settings.

Property tests draw the same examples on every run by default, so that a test run (and CI) passes or
fails on the code alone; ``--hypothesis-profile=explore`` (with ``--hypothesis-seed=N`` for a given
draw) explores new examples, as a developer widening a generator does.
"""

from hypothesis import settings

settings.register_profile("default", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("default")
