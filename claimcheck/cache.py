"""Tables built from installed data on a first run and kept between runs in the user's cache folder.

Building the exchange-rate table or pint's unit registry takes longer than checking an article; a
pickled copy loads in a tenth of the time. The folder is ``$CLAIMCHECK_CACHE_DIR``, else
``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``. A copy is keyed by what it was built
from, so an upgrade of the data builds a new one; a folder that cannot be written, or a copy that
cannot be read, only costs the build.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    base = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claimcheck"


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The table ``name`` built from ``key``'s sources: read from the cache, else built and kept there."""
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, unreadable or from another version: build it again
        pass
    value = build()
    store(path, value)
    return value


def store(path: Path, value: object) -> None:
    """Keep ``value`` pickled at ``path``, if the folder can be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem.split('-')[0]}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # whole or not at all: a parallel run reads either no copy or a complete one
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # a read-only or full cache folder: the table is still used, only not kept
        pass


def source_key(*paths: str, extra: str = "") -> str:
    """A short key naming the files a table is built from (path, size, modification time) and ``extra``."""
    import hashlib

    parts = [extra]
    for p in paths:
        st = os.stat(p)
        parts.append(f"{p}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
