"""Checking one document without the cyclic garbage collector's pauses.

A check allocates a few hundred thousand short-lived objects (tokens, matches, records), almost
all freed by reference counting; yet the count of allocations sets off the collector's full
passes, which walk every object the process holds (pint's registry, dateparser's tables, the
article) and took a fifth of the CPU time of a 1 MB check. The collector is paused for one
document; at the end one pass over the youngest generation alone, which then holds just what the
document made, frees the cycles it left (the article model and its memo refer to each other), so
the cost is per document, not per object the process holds.
"""

from __future__ import annotations

import functools
import gc
from typing import Callable, TypeVar

F = TypeVar("F", bound=Callable)


def without_gc_pauses(func: F) -> F:
    """Run ``func`` with the cyclic collector paused (left as it was when the call ends)."""

    @functools.wraps(func)
    def paused(*args, **kwargs):
        if not gc.isenabled():
            return func(*args, **kwargs)
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            gc.collect(0)
            gc.enable()

    return paused  # type: ignore[return-value]
