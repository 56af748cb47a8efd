"""The progress bar of a long ``check``: one line on stderr, redrawn in place, only on a terminal.

Short runs never show it (it appears after the first second), and a report or a
pipe never sees it: it is written to stderr, and only when stderr is a terminal.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 24  # characters of the bar itself


class Progress:
    """Counts checked inputs out of ``total``; a context manager that clears its line on exit."""

    def __init__(self, total: int, *, enabled: bool = True, stream: TextIO | None = None,
                 delay: float = 1.0, interval: float = 0.1) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 1 and _is_terminal(self.stream)
        self._start = time.monotonic()
        self._next = self._start + delay
        self._interval = interval
        self._shown = False

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        self.clear()

    def advance(self, n: int = 1) -> None:
        self.done += n
        if self.enabled and time.monotonic() >= self._next:
            self._draw()

    def clear(self) -> None:
        """Blank the bar's line, before something else is written to the terminal or at the end."""
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False

    def line(self) -> str:
        elapsed = max(time.monotonic() - self._start, 1e-9)
        share = self.done / self.total if self.total else 1.0
        filled = round(WIDTH * share)
        rate = self.done / elapsed
        left = f"  {_clock((self.total - self.done) / rate)} left" if share >= 0.02 else ""  # too early to tell
        return (f"checking {self.done:,}/{self.total:,} [{'#' * filled}{'-' * (WIDTH - filled)}] "
                f"{share:4.0%}  {rate:,.0f} files/s{left}")

    def _draw(self) -> None:
        self.stream.write("\r" + self.line() + "\033[K")
        self.stream.flush()
        self._shown = True
        self._next = time.monotonic() + self._interval


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{secs:02}" if hours else f"{minutes}:{secs:02}"
