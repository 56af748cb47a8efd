"""Web pages and Word files: the article's text, title and date, through optional extras.

HTML goes through trafilatura (main text, title) and htmldate (publication date
from the page's metadata only); ``.docx`` through python-docx. Both are optional
(``pip install 'claimcheck[html]'``, ``'claimcheck[docx]'``) and imported only
when such a file is read. The text checked is the text extracted, so spans in
the report index that text, not the file's bytes: the document says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
from pathlib import Path
from typing import Callable

from .errors import EmptyInputError, EncodingError, MissingExtraError
from .load import Document

EXTRACTED_NOTE = "spans refer to the text extracted from the {kind}, not to the file's bytes"
NO_DATE_NOTE = ("no publication date found{where}: relative dates (\"next year\", \"six years ago\") "
                "are left unresolved")


def _missing_extra(extra: str, what: str, error: ImportError, path: str) -> MissingExtraError:
    detail = (str(error).splitlines() or [""])[0]
    return MissingExtraError(f"reading {what} needs an optional extra: pip install 'claimcheck[{extra}]' ({detail})",
                             path=path)


@functools.cache
def _quiet_libraries() -> None:
    """Their warnings about odd markup are not the user's business: one line per bad file is."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).addHandler(logging.NullHandler())


def _read_html(path: str, data: bytes, published: dt.date | None, _from_file: bool) -> Document:
    try:
        import htmldate
        import trafilatura
    except ImportError as e:
        raise _missing_extra("html", "HTML", e, path) from None
    _quiet_libraries()
    page = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False, include_tables=True,
                                       date_extraction_params={"extensive_search": False, "original_date": True})
    text = (page.text or "").strip() if page is not None else ""
    if not text:
        raise EmptyInputError("no article text found in the page", path=path)
    notes = [EXTRACTED_NOTE.format(kind="web page")]
    if published is None:
        # Metadata only: a wider search takes the footer's "© 2024" for a publication date.
        found = htmldate.find_date(data, extensive_search=False, original_date=True)
        published = dt.date.fromisoformat(found) if found else None
        if published is None:
            notes.append(NO_DATE_NOTE.format(where=" in the page's metadata"))
    return Document(path=path, text=text, title=page.title or None, published=published,
                    source=page.sitename or None, url=page.url or None, text_source="extracted", notes=tuple(notes))


def _docx_lines(document) -> list[str]:
    """Body paragraphs in order, a table's rows as tab-separated cells."""
    from docx.table import Table

    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend("\t".join(cell.text for cell in row.cells) for row in block.rows)
        else:
            lines.append(block.text)
    return lines


def _read_docx(path: str, data: bytes, published: dt.date | None, from_file: bool) -> Document:
    try:
        import docx
    except ImportError as e:
        raise _missing_extra("docx", "Word files", e, path) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - zip, XML and package errors all mean "not a Word file"
        raise EncodingError(f"not a readable Word .docx file ({type(e).__name__})", path=path) from None
    text = "\n".join(_docx_lines(document)).strip("\n")
    if not text.strip():
        raise EmptyInputError("empty document: no text to check", path=path)
    props = document.core_properties
    notes = [EXTRACTED_NOTE.format(kind="Word file")]
    if published is None and from_file:
        stamp = props.created or props.modified
        if stamp is not None:
            published = stamp.date()
            notes.append(f"publication date {published.isoformat()} taken from the Word file's "
                         f"{'created' if props.created else 'modified'} date (--published-from-file)")
    if published is None:
        where = "" if from_file else " (--published-from-file uses the Word file's created date)"
        notes.append(NO_DATE_NOTE.format(where=where))
    return Document(path=path, text=text, title=props.title or None, published=published,
                    text_source="extracted", notes=tuple(notes))


READERS: dict[str, Callable[[str, bytes, dt.date | None, bool], Document]] = {
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
}


def read_rich(path: str | Path, data: bytes, *, published: dt.date | None = None,
              published_from_file: bool = False) -> Document:
    """A web page or Word file already read into memory, as a Document of its extracted text."""
    name = str(path)
    reader = READERS[Path(name).suffix.lower()]
    return reader(name, data, published, published_from_file)

