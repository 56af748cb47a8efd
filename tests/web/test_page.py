"""The page over HTTP: what it answers, with which status, and what it leaves behind."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import lxml.html
import pytest

from .conftest import ROOT, start_server, stop_server, word_file

MB = 2**20


def post(server, *, text: str | None = None, published: str = "", file: tuple[str, bytes] | None = None,
         headers: dict | None = None) -> httpx.Response:
    data = {"published": published}
    if text is not None:
        data["text"] = text
    files = {"file": (file[0], file[1], "application/octet-stream")} if file else {"file": ("", b"", "")}
    return httpx.post(server.url + "check", data=data, files=files, headers=headers, timeout=120)


def alert(response: httpx.Response) -> str:
    found = lxml.html.fromstring(response.text).cssselect('[role="alert"]')
    return found[0].text_content() if found else ""


def marks(response: httpx.Response) -> list[tuple[str, str]]:
    tree = lxml.html.fromstring(response.text)
    return [(m.get("class"), m.text_content()) for m in tree.cssselect("div.article mark")]


def test_the_form_is_served_with_no_outside_assets(server):
    response = httpx.get(server.url, timeout=30)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.text)
    assert tree.cssselect("form textarea#text") and tree.cssselect('form input[type="file"]#file')
    assert tree.cssselect('form input[type="date"]#published') and tree.cssselect("form button#submit")
    assert not tree.cssselect("script, link, img, iframe")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    for element in tree.iter():
        for attribute in ("src", "href", "action"):
            assert not (element.get(attribute) or "").startswith(("http:", "https:", "//"))


def test_a_pasted_article_comes_back_marked_with_its_date(server, apple_with_planted_error):
    response = post(server, text=apple_with_planted_error)
    assert response.status_code == 200
    assert marks(response) == [("sev-error", "reduced"), ("sev-error", "10%"), ("sev-error", "46%")]
    tree = lxml.html.fromstring(response.text)
    assert tree.cssselect("input#published")[0].get("value") == "2025-04-09", "prefilled from the front matter"
    [card] = tree.cssselect("li.finding.sev-error")
    assert "46% > 10%" in card.cssselect(".arithmetic")[0].text_content()
    assert card.cssselect(".advice")
    assert tree.cssselect("textarea#text")[0].text_content() == apple_with_planted_error


def test_the_date_given_wins_over_the_front_matter(server):
    text = "---\npublished: 2022-04-09\n---\nSix years ago, in 2016, Amazon unveiled its plans.\n"
    assert marks(post(server, text=text)) == []
    response = post(server, text=text, published="2025-04-09")
    assert response.status_code == 200
    assert lxml.html.fromstring(response.text).cssselect("input#published")[0].get("value") == "2025-04-09"
    assert marks(response) == [("sev-error", "Six years ago"), ("sev-error", "2016")]


@pytest.mark.parametrize("name, data, status, message", [
    ("empty", None, 400, "Nothing to check: paste an article or choose a file."),
    ("blank", "   \n\t", 400, "Nothing to check: paste an article or choose a file."),
    ("bad date", "Sales rose 5%.", 400, "The publication date 'soon' is not a date"),
])
def test_nothing_to_check_or_a_bad_date_is_400(server, name, data, status, message):
    response = post(server, text=data, published="soon" if name == "bad date" else "")
    assert response.status_code == status
    assert alert(response).startswith(message)
    assert "Traceback" not in response.text


@pytest.mark.parametrize("name, data, status, message", [
    ("scan.pdf", b"%PDF-1.4 not an article", 415,
     "“scan.pdf” is not an article file: choose a .md, .txt, .html or .docx file."),
    ("memo.docx", b"PK\x03\x04 not really a zip", 422, "“memo.docx”: not a readable Word .docx file (BadZipFile)."),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), 422,
     "“photo.txt”: binary file, not text (no text encoding reads it)."),
    ("empty.md", b"", 400, "“empty.md”: empty file."),
    ("fm.md", b"---\ntitle: [unclosed\n---\nSales rose 5%.\n", 422, "“fm.md”: malformed YAML front matter"),
    ("blank.html", b"<html><body></body></html>", 400, "“blank.html”: no article text found in the page."),
])
def test_wrong_types_and_broken_files_are_4xx_with_a_message(server, name, data, status, message):
    response = post(server, file=(name, data))
    assert response.status_code == status, alert(response)
    assert alert(response).startswith(message)
    assert "Traceback" not in response.text


def test_an_upload_over_the_limit_is_413(server):
    response = post(server, file=("long.txt", b"Sales rose 5%. " * (6 * MB // 15)))
    assert response.status_code == 413
    assert alert(response) == "The upload is 6.0 MB, over the 5 MB limit: check a shorter article."
    pasted = post(server, text="Sales rose 5%. " * (5 * MB // 15 + 10))
    assert pasted.status_code == 413 and "over the 5 MB limit" in alert(pasted)


def test_a_body_that_claims_to_be_huge_is_refused_without_being_read(server):
    with socket.create_connection(("127.0.0.1", httpx.URL(server.url).port), timeout=30) as sock:
        sock.sendall(b"POST /check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                     b"Content-Length: 1073741824\r\n\r\n" + b"x" * 1024)
        sock.shutdown(socket.SHUT_WR)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 413 "), reply[:200]
    assert "The upload is 1024 MB, over the 5 MB limit" in reply.decode("utf-8", "replace")


def test_uploads_of_each_kind_are_read(server, tmp_path):
    memo = word_file(tmp_path / "memo.docx", ["Tariffs on Vietnam were reduced from 10% to 46% on Wednesday."],
                     "Tariff memo")
    docx_response = post(server, file=("memo.docx", memo.read_bytes()), published="2025-04-09")
    assert docx_response.status_code == 200
    assert [w for _, w in marks(docx_response)] == ["reduced", "10%", "46%"]
    assert "Tariff memo" in lxml.html.fromstring(docx_response.text).cssselect("h2")[0].text_content()

    page = post(server, file=("page.html", (ROOT / "tests" / "fixtures" / "page.html").read_bytes()))
    assert page.status_code == 200
    assert lxml.html.fromstring(page.text).cssselect("input#published")[0].get("value") == "2025-04-09"

    wire = "Shares fell 4% to \u00a32.70 \u2013 \u201cthe lowest since 2019\u201d.\n".encode("cp1252")
    archive = post(server, file=("wire.txt", wire))
    assert archive.status_code == 200
    assert "read as Windows-1252" in lxml.html.fromstring(archive.text).cssselect("ul.notes")[0].text_content()


def test_the_server_answers_only_to_its_own_name_and_known_pages(server):
    assert httpx.get(server.url, headers={"Host": "attacker.example"}, timeout=30).status_code == 400
    missing = httpx.get(server.url + "admin", timeout=30)
    assert missing.status_code == 404 and alert(missing) == "There is no such page here."
    assert httpx.get(server.url + "check", timeout=30).status_code == 405


def test_nothing_sent_is_left_in_the_working_folder_or_the_temporary_folder(server, tmp_path):
    # over the parser's 1 MB in memory, so spooled to a temporary file; few numbers, so checked quickly
    big = "Sales rose 5% to $10 million in 2024.\n" + "The council met again and talked at length.\n" * (MB // 40)
    response = post(server, file=("big.txt", big.encode()))
    assert response.status_code == 200 and [w for _, w in marks(response)][:2] == ["5%", "$10 million"]
    assert post(server, file=("x.pdf", b"%PDF")).status_code == 415
    assert list(server.cwd.iterdir()) == []
    assert list(server.tmp.iterdir()) == []


def test_serve_listens_on_loopback_and_a_busy_port_is_one_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "serve", "--port", str(port)], cwd=tmp_path,
                              capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr == f"claimcheck: error: cannot listen on 127.0.0.1:{port}: address already in use\n"
    (tmp_path / "tmp").mkdir()
    other = start_server(tmp_path, tmp_path / "tmp", "--max-upload", "0.5")
    try:
        assert other.url.startswith("http://127.0.0.1:")
        response = post(other, file=("a.txt", b"Sales rose 5%. " * 40_000))
        assert response.status_code == 413 and "over the 0.5 MB limit" in alert(response)
    finally:
        assert "Traceback" not in stop_server(other)


def test_serve_without_the_web_extra_names_what_to_install(tmp_path):
    code = ("import sys; sys.modules['starlette'] = None; sys.argv = ['claimcheck', 'serve']; "
            "from claimcheck.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    [line] = proc.stderr.splitlines()
    assert line.startswith("claimcheck: error: claimcheck serve needs an optional extra: pip install "
                           "'claimcheck[web]'")


def test_the_default_install_stays_light():
    """The web libraries are imported only by the serve command."""
    code = ("import sys, claimcheck, claimcheck.cli, claimcheck.runner, claimcheck.report.html; "
            "print(sorted(m for m in ('starlette', 'uvicorn', 'multipart') if m in sys.modules))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stdout.strip() == "[]", proc.stderr
    assert Path(ROOT / "claimcheck" / "web" / "app.py").exists()
