"""Tables kept between runs: the same answers from a built table, a kept copy, a broken copy, or none."""

from __future__ import annotations

import subprocess
import sys

PROBE = ("import datetime as dt; from claimcheck import fx, units; "
         "print(fx.rate('USD', 'JPY', dt.date(2024, 3, 9)), units.convert(3, 'mile', 'kilometer'))")


def _run(cache: str) -> str:
    env = {"CLAIMCHECK_CACHE_DIR": cache, "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True).stdout


def test_rates_and_units_are_the_same_built_kept_broken_or_without_a_folder(tmp_path):
    first = _run(str(tmp_path))
    assert "147.12" in first and "4.828" in first
    assert list(tmp_path.glob("fx-*.pickle")) and list((tmp_path / "pint").iterdir())
    assert _run(str(tmp_path)) == first  # read from the kept copies
    for kept in [*tmp_path.glob("fx-*.pickle"), *(tmp_path / "pint").glob("*.pickle")]:
        kept.write_bytes(kept.read_bytes()[:50])  # cut short, as by a run killed while writing
    assert _run(str(tmp_path)) == first
    assert _run("/dev/null/cache") == first  # a folder that cannot be made
