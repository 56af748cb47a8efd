"""Reading articles: files, directories and standard input into ``Document`` records.

A document keeps the file's whole text, so that every span in a report indexes
the file as ``open(path, encoding="utf-8", newline="")`` reads it, front matter
included. Regions that are not article text (front matter, code blocks, HTML
comments, link targets) are listed in ``skip`` and extraction passes over them.
Web pages and Word files are the exception: their text is what ``rich_input``
extracts, and the document's ``text_source`` and notes say so.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, NamedTuple

from .errors import (
    DateError, EmptyInputError, EncodingError, FrontMatterError, InputError,
    MissingPathError, TooLargeError,
)
from .patterns import re

MB = 2**20
MAX_BYTES = 16 * MB  # checked before a byte is read
MAX_FRONT_MATTER = 64 * 1024  # title, date, source, url: anything bigger is not front matter
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
RICH_SUFFIXES = (".html", ".htm", ".docx")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + RICH_SUFFIXES

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
# Markdown that is not article text. Fenced blocks and comments are closed by code,
# not by a lazy ``.*?``, which rescans to the end for every unclosed opener.
_MARKDOWN_SKIPS = re.compile(
    r"^ {0,3}(?P<fence>```|~~~)[^\n]*(?:\n|\Z)"   # opening code fence
    r"|(?P<comment><!--)"                          # HTML comment
    r"|`[^`\n]+`"                                  # inline code
    r"|(?<=\])\([^()\s]*(?:\s+\"[^\"\n]*\")?\)"  # link target after [text]
    r"|<https?://[^>\s]+>",                        # autolink
    re.M,
)
_FENCE_CLOSE = {fence: re.compile(rf"^ {{0,3}}{fence}[ \t]*$", re.M) for fence in ("```", "~~~")}


def markdown_skips(text: str, start: int = 0) -> tuple[list[tuple[int, int]], list[str]]:
    """Spans of code, comments and link targets after ``start``, and notes about unclosed blocks."""
    spans: list[tuple[int, int]] = []
    notes: list[str] = []
    comments_close = True  # once one comment is unclosed, no later one can close
    pos = start
    while (m := _MARKDOWN_SKIPS.search(text, pos)) is not None:
        end = m.end()
        if m.group("fence"):
            close = _FENCE_CLOSE[m.group("fence")].search(text, end)
            if close is None:  # CommonMark: an unclosed fence runs to the end of the document
                line = text.count("\n", 0, m.start()) + 1
                notes.append(f"code block opened at line {line} is never closed: the rest is not checked")
            end = close.end() if close else len(text)
        elif m.group("comment"):
            close = text.find("-->", end) if comments_close else -1
            if close < 0:
                comments_close = False
                pos = end
                continue
            end = close + 3
        spans.append((m.start(), end))
        pos = max(end, m.start() + 1)
    return spans, notes


@dataclass(frozen=True)
class Document:
    """An article ready for extraction."""

    path: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    skip: tuple[tuple[int, int], ...] = ()
    text_source: str = "file"
    notes: tuple[str, ...] = field(default=())
    encoding: str = "utf_8"  # the codec the file was read with


def parse_date(value: object, *, what: str = "published") -> dt.date:
    """A date from front matter or the command line: ISO first, then free-form English."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if text and not text.isdigit() and len(text) < 80:
        import dateparser  # slow to import: only for dates that are not ISO

        parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
        if parsed is not None:
            return parsed.date()
    raise DateError(f"{what} date {text!r} is not a date (expected e.g. 2025-04-09)")


_WIDE = ("utf_16", "utf_32")  # the only text whose bytes hold NULs
_CP1252_ONLY = re.compile(rb"[\x80-\x9f]")  # where Windows-1252 and Latin-1 differ
# Names an editor knows, by the name Python's codec registry gives.
_ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32": "UTF-32",
    "utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE", "cp1252": "Windows-1252",
    "iso8859-1": "Latin-1 (ISO-8859-1; Windows-1252 reads these bytes the same)",
}


def encoding_name(codec: str) -> str:
    import codecs

    name = codecs.lookup(codec).name
    return _ENCODING_NAMES.get(name, name.upper())


class Decoded(NamedTuple):
    text: str
    codec: str
    detected: bool  # False when the bytes say what they are (UTF-8, a BOM)


def decode(data: bytes, path: str) -> Decoded:
    """Bytes to text and the codec used: a BOM or UTF-8 first, then a detected encoding; nothing binary.

    Archives hold Windows-1252 and Latin-1 files. A detector cannot tell those
    from Central European or Baltic code pages on a few accented bytes, so among
    the readings that look equally clean the Western one wins: these are English
    articles. Only bytes that no text encoding reads cleanly are called binary.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf_16", False)
        except UnicodeDecodeError as e:
            raise EncodingError(f"invalid UTF-16 at byte {e.start}", path=path) from None
    wide = b"\x00" in data[:8192]
    if not wide:
        try:
            return Decoded(data.decode("utf-8"), "utf_8", False)
        except UnicodeDecodeError:
            pass
    codec = _detect(data, wide)
    if codec is None:
        raise EncodingError("binary file, not text (no text encoding reads it)", path=path)
    try:
        return Decoded(data.decode(codec), codec, True)
    except UnicodeDecodeError:  # the detector reads a sample: the rest may not fit
        raise EncodingError(f"binary file or mixed encodings: not UTF-8, and not {encoding_name(codec)} "
                            "throughout", path=path) from None


def _detect(data: bytes, wide: bool) -> str | None:
    """The codec charset-normalizer finds cleanest, Windows-1252 on a tie; None when nothing fits."""
    from charset_normalizer import from_bytes

    matches = [m for m in from_bytes(data) if m.encoding.startswith(_WIDE) or not wide]
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    for m in matches:
        if m.chaos <= cleanest and "cp1252" in m.could_be_from_charset:
            return "cp1252" if _CP1252_ONLY.search(data) else "latin_1"
    return matches[0].encoding


@functools.cache
def _front_matter_loader():
    """YAML's safe loader (no tags that build objects or run code), leaving dates as text.

    ``parse_date`` then reads them, so "2025-13-45" is reported as a bad date
    rather than as YAML's "month must be in 1..12".
    """
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's parser when present: 10x faster
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def _front_matter(text: str, path: str) -> tuple[dict, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    if len(match.group(1)) > MAX_FRONT_MATTER:
        raise FrontMatterError(f"front matter is over {MAX_FRONT_MATTER // 1024} KB: a few keys are expected",
                               path=path)
    import yaml

    try:
        meta = yaml.load(match.group(1), Loader=_front_matter_loader())
    except yaml.YAMLError as e:
        line = getattr(getattr(e, "problem_mark", None), "line", None)
        where = f" at line {line + 2}" if line is not None else ""
        raise FrontMatterError(f"malformed YAML front matter{where}", path=path) from None
    except ValueError as e:  # a timestamp-shaped value that is no date: "2025-13-45"
        raise FrontMatterError(f"malformed YAML front matter: {e}", path=path) from None
    except RecursionError:
        raise FrontMatterError("malformed YAML front matter: nested too deeply", path=path) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping of keys to values", path=path)
    return meta, match.end()


def _scalar(meta: dict, key: str, path: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (list, dict, set)):  # also keeps YAML alias bombs from being printed
        raise FrontMatterError(f"front matter {key!r} must be a single value, not a list or mapping", path=path)
    return str(value)


def document_from_text(text: str, path: str = "<text>", *, published: dt.date | None = None,
                       markdown: bool | None = None) -> Document:
    """A Document from text already in memory (front matter read when present)."""
    if markdown is None:
        markdown = path.endswith((".md", ".markdown")) or text.startswith("---")
    meta, body = _front_matter(text, path) if markdown else ({}, 0)
    skip: list[tuple[int, int]] = [(0, body)] if body else []
    notes: list[str] = []
    if markdown:
        spans, unclosed = markdown_skips(text, body)
        skip.extend(spans)
        notes.extend(unclosed)
    date = published
    raw_date = meta.get("published", meta.get("date"))
    if date is None and raw_date not in (None, ""):
        if isinstance(raw_date, (list, dict, set)):
            raise DateError("front matter 'published' must be a single date", path=path)
        try:
            date = parse_date(raw_date)
        except DateError as e:
            raise DateError(e.message, path=path) from None
    if date is None:
        notes.append("no publication date: relative dates (\"next year\", \"six years ago\") are left unresolved")
    if not text[body:].strip():
        raise EmptyInputError("empty document: no text to check", path=path)
    return Document(path=path, text=text, title=_scalar(meta, "title", path), published=date,
                    source=_scalar(meta, "source", path), url=_scalar(meta, "url", path), skip=tuple(skip),
                    notes=tuple(notes))


def _read_bytes(path: str) -> bytes:
    """A file's bytes, refusing what is over the size limit before reading it."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise TooLargeError(f"file is {size / MB:.1f} MB, over the {MAX_BYTES // MB} MB limit", path=path)
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # a file can grow between stat and read
    except OSError as e:
        raise InputError(f"cannot read: {(e.strerror or str(e)).lower()}", path=path) from None
    if len(data) > MAX_BYTES:
        raise TooLargeError(f"file is over the {MAX_BYTES // MB} MB limit", path=path)
    return data


def read_document(path: str, *, published: dt.date | None = None, published_from_file: bool = False) -> Document:
    """Read one article file, or standard input for ``-``."""
    if path == "-":
        name, data = "<stdin>", sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise TooLargeError(f"input is over the {MAX_BYTES // MB} MB limit", path=name)
    else:
        if not os.path.lexists(path):
            raise MissingPathError("no such file or directory", path=path)
        name, data = path, _read_bytes(path)
    return document_from_bytes(data, name, published=published, published_from_file=published_from_file)


def document_from_bytes(data: bytes, name: str, *, published: dt.date | None = None,
                        published_from_file: bool = False) -> Document:
    """A Document from a file's bytes already in memory; ``name``'s suffix says how to read them."""
    if not data.strip():
        raise EmptyInputError("empty file", path=name)
    if name.lower().endswith(RICH_SUFFIXES):
        from .rich_input import read_rich  # optional extras: HTML and Word

        return read_rich(name, data, published=published, published_from_file=published_from_file)
    text, codec, detected = decode(data, name)
    doc = document_from_text(text, name, published=published, markdown=name.endswith((".md", ".markdown")) or None)
    if not detected:
        return replace(doc, encoding=codec)
    note = f"read as {encoding_name(codec)}: the file is not UTF-8 and this encoding was detected"
    return replace(doc, encoding=codec, notes=(note, *doc.notes))


def expand_paths(paths: list[str]) -> Iterator[tuple[str, InputError | None]]:
    """Each article path named directly or found below a directory, with the problem if the path is bad."""
    for path in paths:
        if path == "-":
            yield path, None
            continue
        p = Path(path)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*") if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                yield path, EmptyInputError("directory holds no articles (.md, .txt, .html, .docx)", path=path)
            for f in found:
                yield f, None
        elif not p.exists():
            yield path, MissingPathError("no such file or directory", path=path)
        else:
            yield path, None
