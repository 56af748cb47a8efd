"""Readers: small modules that each recognise shapes of English and emit claims with roles.

A reader is a function ``read(article)`` marked with ``@reader("name")`` in a module of this
package; it yields ``Claim`` records made with ``claim(...)``. Readers see the whole article
model (``claimcheck.article``): the tokens of each sentence with quantities as slots, what each
quantity measures, the counts of each thing and the dated events, so a reader may relate a
figure to a whole, field or date stated in another paragraph. Readers never do arithmetic;
the rules do. A reader that is unsure emits nothing.

Each reader's docstring names the shapes it covers with an example of each and the near-misses
it refuses; its cases live in ``tests/readers/cases/<reader>.yaml``.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Callable, Iterable

from ..models import Claim, Quantity

_READERS: list[tuple[str, Callable]] = []


def reader(name: str):
    """Mark ``read(article)`` as a reader called ``name``."""

    def mark(func: Callable) -> Callable:
        func.__claimcheck_reader__ = name
        return func

    return mark


def claim(kind: str, roles: dict[str, Quantity], *, cue: str | None = None, about: str | None = None,
          direction: str | None = None, sentence: int | None = None,
          asserted: list[tuple[str, str]] = (), relative: bool | None = None) -> Claim:
    """A claim relating the quantities of ``roles`` (role -> quantity); ids are given out later.

    Its sentence is the last one it draws on, where an editor would see the contradiction,
    unless ``sentence`` says otherwise."""
    qs = sorted({q.id: q for q in roles.values()}.values(), key=lambda q: q.span)
    return Claim(id="c0", kind=kind, quantities=[q.id for q in qs], roles={r: q.id for r, q in roles.items()},
                 span=(qs[0].span[0], max(q.span[1] for q in qs)),
                 sentence=sentence if sentence is not None else max(q.sentence for q in qs),
                 cue=cue, about=about, direction=direction, asserted=list(asserted), relative=relative)


def all_readers() -> list[tuple[str, Callable]]:
    """Every reader of this package, by module name."""
    if not _READERS:
        from .. import readers as package

        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                name = getattr(value, "__claimcheck_reader__", None)
                if name and value.__module__ == module.__name__:
                    _READERS.append((name, value))
    return _READERS


def read_all(article) -> list[Claim]:
    """The claims every reader finds in the article."""
    out: list[Claim] = []
    for _, read in all_readers():
        out.extend(read(article) or ())
    return out


__all__ = ["claim", "reader", "read_all", "all_readers"]
