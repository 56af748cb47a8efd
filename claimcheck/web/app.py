"""The page: a form to paste or upload an article, and the article shown back with its findings in place.

Nothing runs in the browser and nothing is fetched: the page is HTML and CSS
served by this process, and the view of the findings is the HTML report's.
Every refusal is the same page with a message and a 4xx status:

    400  nothing to check, an empty file, a date that is not a date, a form that cannot be read
    413  over the upload limit (5 MB unless told otherwise)
    415  not an article file (.md, .txt, .html, .docx), or its reader's extra is missing
    422  a file that is broken: binary, not a Word file, malformed front matter

Uploads are read in memory; the form parser may spool a large part to the
system's temporary directory, and closes (deletes) it before answering.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from dataclasses import dataclass, field
from html import escape
from pathlib import PurePath
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ..errors import (
    ClaimcheckError, DateError, EmptyInputError, InputError, MissingExtraError, TooLargeError,
)
from ..load import ARTICLE_SUFFIXES, MB, Document, document_from_bytes, document_from_text, parse_date
from ..report.html import document_section, page, severity_filter

DEFAULT_LIMIT = 5 * MB
FORM_OVERHEAD = 64 * 1024  # boundaries, headers and the small fields around an upload
DRAIN_LIMIT = 64 * MB  # past this an oversized upload is not read to its end: the connection is closed
PASTED = "pasted text"
LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
STATUS = {EmptyInputError: 400, DateError: 400, TooLargeError: 413, MissingExtraError: 415}
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
FORM_STYLE = """
.intro { color: var(--muted); margin: 0 0 .75rem; }
form.check { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; }
form.check label { font-weight: 600; }
form.check textarea { display: block; width: 100%; margin: .3rem 0 .6rem; font: .95rem/1.45 ui-monospace, monospace;
  padding: .5rem; border: 1px solid #9a9aa6; border-radius: 4px; resize: vertical; }
.row { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: end; }
.row label { display: flex; flex-direction: column; gap: .2rem; }
.row input { font: inherit; font-weight: normal; }
button { font: inherit; font-weight: 600; padding: .45rem 1.1rem; border-radius: 4px; border: 1px solid #1f4fbf;
  background: #1f4fbf; color: #fff; cursor: pointer; }
button:hover { background: #173d94; }
.hint { color: var(--muted); font-size: .9rem; margin: .4rem 0 0; }
.alert { border: 2px solid var(--error); background: var(--error-bg); border-radius: 6px; padding: .6rem .9rem;
  margin: 0 0 .8rem; font-weight: 600; }
"""


class Refused(Exception):
    """A request the page answers with a message and a 4xx status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Checker:
    """The rules, loaded once, and a lock: checks run one at a time, as on the command line (a page
    for one editor; the extractor's caches were not written for threads)."""

    rules: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, doc: Document):
        from ..api import check_document

        with self.lock:
            return check_document(doc, rules=self.rules)


def create_app(*, rules=None, max_upload: int = DEFAULT_LIMIT, allowed_hosts=LOOPBACK) -> Starlette:
    """The application; ``rules`` is a loaded RuleSet (the built-ins when None)."""
    checker = Checker(rules)

    async def home(request: Request) -> Response:
        return _page(max_upload)

    async def check(request: Request) -> Response:
        fields: dict[str, str] = {}
        try:
            doc, fields = await _read_article(request, max_upload)
            report = await run_in_threadpool(checker.check, doc)
        except Refused as e:
            return _page(max_upload, fields, error=e.message, status=e.status)
        except ClientDisconnect:
            return Response(status_code=400)
        except Exception as e:  # a bug: one line in the server's log, a message on the page
            print(f"claimcheck: internal error: {type(e).__name__}: {e}", file=sys.stderr, flush=True)
            return _page(max_upload, fields, error=f"Internal error while checking ({type(e).__name__}); "
                                                   "please report it.", status=500)
        body = severity_filter() + document_section(report, doc.text, "doc-1", _front_matter_end(doc))
        return _page(max_upload, {**fields, "text": doc.text, "published": report.published or ""}, results=body)

    async def refused(request: Request, exc: HTTPException) -> Response:
        message = {404: "There is no such page here.", 405: "Use the form to check an article."}
        return _page(max_upload, error=message.get(exc.status_code, exc.detail), status=exc.status_code)

    routes = [Route("/", home, methods=["GET"]), Route("/check", check, methods=["POST"])]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))]
    return Starlette(routes=routes, middleware=middleware, exception_handlers={404: refused, 405: refused})


def _front_matter_end(doc: Document) -> int:
    return doc.skip[0][1] if doc.skip and doc.skip[0][0] == 0 else 0


async def _read_body(request: Request, limit: int, shown_limit: int) -> bytes:
    """The request's body, refused past ``limit``. An oversized body is still read to its end (up to a
    point) and dropped, so that the browser shows the message rather than a reset connection."""
    try:
        declared = int(request.headers.get("content-length") or 0)
    except ValueError:
        raise Refused(400, "The request's length is not a number.") from None
    if declared > DRAIN_LIMIT:  # not worth reading: answer now, and the server closes the connection
        raise Refused(413, f"The upload is {_size(declared)}, over the {_size(shown_limit)} limit: "
                           "check a shorter article.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > DRAIN_LIMIT:
            break
        if size <= limit:
            chunks.append(chunk)
    size = max(size, declared)
    if size > limit:
        raise Refused(413, f"The upload is {_size(size)}, over the {_size(shown_limit)} limit: "
                           "check a shorter article.")
    return b"".join(chunks)


async def _read_article(request: Request, limit: int) -> tuple[Document, dict[str, str]]:
    """The article the form sends, as a Document, and the form's fields to show back."""
    body = await _read_body(request, limit + FORM_OVERHEAD, limit)

    async def replay() -> dict:
        return {"type": "http.request", "body": body, "more_body": False}

    try:  # the body is within bounds already; the sizes of its parts are checked below, with a clearer message
        form = await Request(request.scope, replay).form(max_files=1, max_fields=5, max_part_size=len(body) + 1)
    except (MultiPartException, HTTPException) as e:  # Starlette turns the parser's errors into HTTPException
        detail = getattr(e, "detail", None) or getattr(e, "message", "")
        raise Refused(400, f"The form could not be read: {detail}") from None
    try:
        text = form.get("text")
        text = text.replace("\r\n", "\n") if isinstance(text, str) else ""
        raw_date = form.get("published")
        fields = {"text": text, "published": raw_date if isinstance(raw_date, str) else ""}
        published = _published(fields["published"])
        upload = form.get("file")
        if isinstance(upload, UploadFile) and upload.filename:
            return await _from_upload(upload, published, limit), fields
        if not text.strip():
            raise Refused(400, "Nothing to check: paste an article or choose a file.")
        if len(text.encode("utf-8")) > limit:
            raise Refused(413, f"The pasted text is over the {_size(limit)} limit: check a shorter article.")
        try:
            return document_from_text(text, PASTED, published=published), fields
        except InputError as e:
            raise _refusal(e) from None
    finally:
        await form.close()


async def _from_upload(upload: UploadFile, published: dt.date | None, limit: int) -> Document:
    name = PurePath(upload.filename.replace("\\", "/")).name or "upload"  # a path sent by the browser is not used
    if not name.lower().endswith(ARTICLE_SUFFIXES):
        raise Refused(415, f"“{name}” is not an article file: choose a {_kinds()} file.")
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise Refused(413, f"“{name}” is over the {_size(limit)} limit: check a shorter article.")
    try:
        return await run_in_threadpool(document_from_bytes, data, name, published=published)
    except InputError as e:
        raise _refusal(e) from None


def _published(value: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return parse_date(value, what="publication")
    except ClaimcheckError as e:
        raise Refused(400, f"The {e.message}.") from None


def _refusal(e: InputError) -> Refused:
    status = next((code for kind, code in STATUS.items() if isinstance(e, kind)), 422)
    message = e.message if e.path in (None, PASTED) else f"“{e.path}”: {e.message}"
    return Refused(status, message[0].upper() + message[1:] + ("" if message.endswith(".") else "."))


def _kinds() -> str:
    shown = [s for s in ARTICLE_SUFFIXES if s not in (".markdown", ".htm")]
    return ", ".join(shown[:-1]) + " or " + shown[-1]


def _size(n: int) -> str:
    return f"{n / MB:.1f} MB" if n % MB else f"{n // MB} MB"


def _page(limit: int, fields: dict[str, str] | None = None, *, error: str | None = None,
          results: str | None = None, status: int = 200) -> HTMLResponse:
    fields = fields or {}
    accept = ",".join(ARTICLE_SUFFIXES)
    # the form posts to /check#answer: the browser lands on the message, or on the results
    alert = f'<div class="alert" role="alert" id="answer">{escape(error)}</div>' if error else ""
    skip = '<a class="skip" href="#answer">Skip to the results</a>' if results else ""
    body = f"""{skip}<main>
<h1>claimcheck</h1>
<p class="intro">Paste an article or choose a file: its numbers are checked against each other on this computer,
and every discrepancy is marked in the text with the arithmetic beside it.</p>
{alert}
<form class="check" method="post" action="/check#answer" enctype="multipart/form-data">
<label for="text">Article text</label>
<textarea id="text" name="text" rows="{8 if results else 14}" spellcheck="false"{'' if results else ' autofocus'}
 placeholder="Paste the article here (Markdown front matter with a title and a published date is read)"
>{escape(fields.get("text", ""))}</textarea>
<div class="row">
<label for="file">Or a file <input type="file" id="file" name="file" accept="{accept}"></label>
<label for="published">Publication date <input type="date" id="published" name="published"
 value="{escape(fields.get("published", ""))}"></label>
<button type="submit" id="submit">Check the numbers</button>
</div>
<p class="hint">Files up to {_size(limit)}: {_kinds()}. Leave the date empty to take it from the front matter or the
page; a date given here wins. It anchors "six years ago" and picks the day's exchange rates.</p>
</form>
{f'<div id="answer">{results}</div>' if results else ""}
</main>"""
    return HTMLResponse(page("claimcheck", body, extra_style=FORM_STYLE), status_code=status, headers=HEADERS)
