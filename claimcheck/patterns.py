"""Regular expressions compiled once per installation, not once per process.

The extractor's and the linker's patterns (tables of units, currencies and number words written as
alternations, some 160,000 characters) took longer to compile at every start than a short article
takes to check; the readers' and rules' few hundred smaller ones cost a cold start some 25 ms more, so
every module of the checker takes its ``re`` from here. ``re`` here is the standard module whose
``compile`` is answered from a table kept in the user's cache folder (``claimcheck.cache``): the
compiled program of each pattern, keyed by the pattern, its flags and the Python that compiled it,
loads in a twentieth of the time. A pattern missing from the table is compiled as ``re`` compiles it
and the table is written once at exit; a table that cannot be read or written only costs the compiling.
"""

from __future__ import annotations

import atexit
import pickle
from array import array
import re as _re
import sys
import types

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another Python: patterns are compiled as usual
    _sre = None

_MAX_KEPT = 1000  # patterns kept across versions of the code before the table keeps only this run's
_FORMAT = 2  # programs kept as arrays of machine words: a table of lists of ints took 40 ms of each start to read


def _program(pattern: str, flags: int) -> tuple:
    """What ``re`` hands the regex engine for ``pattern`` (as ``re._compiler.compile`` makes it)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    try:
        kept = array("I", code) if array("I").itemsize == _sre.CODESIZE else code
    except OverflowError:
        kept = code
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, kept, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _compiled(pattern: str, program: tuple):
    """The pattern from its program as kept in the table (the engine takes its code as a list)."""
    flags, code, groups, groupindex, indexgroup = program
    return _sre.compile(pattern, flags, code if isinstance(code, list) else code.tolist(), groups, groupindex,
                        indexgroup)


class _Table:
    """The compiled programs read from the cache folder, and those this process added or used."""

    def __init__(self) -> None:
        self.programs: dict | None = None
        self.used: set = set()
        self.added = False

    def _path(self):
        import hashlib

        from .cache import cache_dir

        key = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{_FORMAT}".encode()).hexdigest()[:16]
        return cache_dir() / f"patterns-{key}.pickle"

    def load(self) -> dict:
        if self.programs is None:
            try:
                with open(self._path(), "rb") as f:
                    self.programs = pickle.load(f)
            except Exception:  # missing, unreadable or from another version: compile again
                self.programs = {}
        return self.programs

    def save(self) -> None:
        if not self.added:
            return
        from .cache import store

        programs = self.programs or {}
        if len(programs) > _MAX_KEPT:
            programs = {k: v for k, v in programs.items() if k in self.used}
        store(self._path(), programs)


_TABLE = _Table()
atexit.register(_TABLE.save)


def compile(pattern, flags=0):  # noqa: A001 - the name ``re`` gives it
    """``re.compile``, from the table when the pattern was compiled before."""
    if _sre is None or not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    key = (pattern, int(flags))
    programs = _TABLE.load()
    _TABLE.used.add(key)
    program = programs.get(key)
    if program is not None:
        try:
            return _compiled(pattern, program)
        except Exception:  # a table from an engine that reads programs otherwise
            pass
    try:
        program = _program(pattern, int(flags))
        compiled = _compiled(pattern, program)
    except _re.error:
        raise
    except Exception:  # the internals differ in this Python: as re compiles it, not kept
        return _re.compile(pattern, flags)
    programs[key] = program
    _TABLE.added = True
    return compiled


def kept_text(kind: str, words: tuple[str, ...], build) -> str:
    """The text of a pattern made from a vocabulary (``kind`` names how it is built), kept in the table beside
    the compiled programs and keyed by the words themselves, so that a change of vocabulary builds it
    again: building the text of the long tables in Python was a third of the extractor's start."""
    if _sre is None:
        return build()
    key = ("text", kind, words)
    kept = _TABLE.load()
    _TABLE.used.add(key)
    text = kept.get(key)
    if not isinstance(text, str):
        text = kept[key] = build()
        _TABLE.added = True
    return text


class _CachingRe(types.ModuleType):
    """The ``re`` module with ``compile`` above."""

    compile = staticmethod(compile)

    def __getattr__(self, name: str):
        value = getattr(_re, name)
        setattr(self, name, value)  # looked up once: ``re.search`` on the hot path is then a plain attribute
        return value


re = _CachingRe("re", _re.__doc__)
