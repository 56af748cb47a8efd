"""Reading articles: files, directories and standard input into ``Document`` records.

A document keeps the file's whole text, so that every span in a report indexes
the file as ``open(path, encoding="utf-8", newline="")`` reads it, front matter
included. Regions that are not article text (front matter, code blocks, HTML
comments, link targets) are listed in ``skip`` and extraction passes over them.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import (
    DateError, EmptyInputError, EncodingError, FrontMatterError, InputError,
    MissingPathError, TooLargeError,
)

MAX_BYTES = 16 * 1024 * 1024
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
RICH_SUFFIXES = (".html", ".htm", ".docx")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + RICH_SUFFIXES

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_MARKDOWN_SKIPS = re.compile(
    r"^(```|~~~)[^\n]*\n.*?^\1[ \t]*$"      # fenced code block
    r"|<!--.*?-->"                           # HTML comment
    r"|`[^`\n]+`"                            # inline code
    r"|(?<=\])\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # link target after [text]
    r"|<https?://[^>\s]+>",                  # autolink
    re.S | re.M,
)


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


def decode(data: bytes, path: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; nothing binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise EncodingError(f"invalid UTF-16 at byte {e.start}", path=path) from None
    if b"\x00" in data[:8192]:
        raise EncodingError("binary file, not text", path=path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise EncodingError(f"not UTF-8 text (invalid byte at offset {e.start})", path=path) from None


def _front_matter(text: str, path: str) -> tuple[dict, int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    import yaml

    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as e:
        line = getattr(getattr(e, "problem_mark", None), "line", None)
        where = f" at line {line + 2}" if line is not None else ""
        raise FrontMatterError(f"malformed YAML front matter{where}", path=path) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError("front matter is not a mapping of keys to values", path=path)
    return meta, match.end()


def document_from_text(text: str, path: str = "<text>", *, published: dt.date | None = None,
                       markdown: bool | None = None) -> Document:
    """A Document from text already in memory (front matter read when present)."""
    if markdown is None:
        markdown = path.endswith((".md", ".markdown")) or text.startswith("---")
    meta, body = _front_matter(text, path) if markdown else ({}, 0)
    skip: list[tuple[int, int]] = [(0, body)] if body else []
    if markdown:
        skip.extend(m.span() for m in _MARKDOWN_SKIPS.finditer(text, body))
    date = published
    notes = []
    raw_date = meta.get("published", meta.get("date"))
    if date is None and raw_date not in (None, ""):
        try:
            date = parse_date(raw_date)
        except DateError as e:
            raise DateError(e.message, path=path) from None
    if date is None:
        notes.append("no publication date: relative dates (\"next year\", \"six years ago\") are left unresolved")

    def text_field(key: str) -> str | None:
        value = meta.get(key)
        return None if value is None else str(value)

    if not text[body:].strip():
        raise EmptyInputError("empty document: no text to check", path=path)
    return Document(path=path, text=text, title=text_field("title"), published=date,
                    source=text_field("source"), url=text_field("url"), skip=tuple(skip), notes=tuple(notes))


def read_document(path: str, *, published: dt.date | None = None, published_from_file: bool = False) -> Document:
    """Read one article file, or standard input for ``-``."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise MissingPathError("no such file or directory", path=path)
        suffix = p.suffix.lower()
        if suffix in RICH_SUFFIXES:
            from .rich_input import read_rich  # optional extras: HTML and Word

            return read_rich(p, published=published, published_from_file=published_from_file)
        try:
            size = p.stat().st_size
            if size > MAX_BYTES:
                raise TooLargeError(f"file is {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit", path=path)
            with p.open("rb") as fh:
                data = fh.read()
        except OSError as e:
            raise InputError(f"cannot read: {e.strerror or e}", path=path) from None
        name = path
    if len(data) > MAX_BYTES:
        raise TooLargeError(f"input is over the {MAX_BYTES / 1e6:.0f} MB limit", path=name)
    if not data.strip():
        raise EmptyInputError("empty file", path=name)
    text = decode(data, name)
    return document_from_text(text, name, published=published, markdown=name.endswith((".md", ".markdown")) or None)


def expand_paths(paths: list[str]) -> Iterator[tuple[str, InputError | None]]:
    """Each article path named directly or found below a directory, with the problem if the path is bad."""
    for path in paths:
        if path == "-":
            yield path, None
            continue
        p = Path(path)
        if p.is_dir():
            found = sorted(str(f) for f in p.rglob("*")
                           if f.suffix.lower() in ARTICLE_SUFFIXES and f.is_file())
            if not found:
                yield path, EmptyInputError("directory holds no articles (.md, .txt, .html, .docx)", path=path)
            for f in found:
                yield f, None
        elif not p.exists():
            yield path, MissingPathError("no such file or directory", path=path)
        else:
            yield path, None
