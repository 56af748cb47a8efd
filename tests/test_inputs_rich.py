"""Web pages and Word files, end to end through the command line.

The page fixture has navigation, an aside and a footer full of numbers ("Top 50",
"© 2024", a street number, a phone number); only the article's numbers count.
The Word fixture is made here with python-docx.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck.load import read_document

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGE = FIXTURES / "page.html"
ARTICLE_NUMBERS = {"46%", "10%", "90 days", "9.5%", "15%", "$198.85", "$400 billion", "220 million iPhones",
                   "90%", "125%", "54%"}
OUTSIDE_THE_ARTICLE = ("50", "3%", "2024", "1,234", "555", "0199", "401", "24", "7 things")


def claimcheck_json(*args: str, cwd: Path) -> dict:
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", *args, "--format", "json"],
                          cwd=cwd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def page_report(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("html")
    shutil.copy(PAGE, folder / "page.html")
    [doc] = claimcheck_json("page.html", cwd=folder)["documents"]
    return doc


def test_page_numbers_come_from_the_article_only(page_report):
    texts = {q["text"] for q in page_report["quantities"]}
    assert ARTICLE_NUMBERS <= texts
    stray = [t for t in texts if any(t == o or t.startswith(o) for o in OUTSIDE_THE_ARTICLE)]
    assert not stray, f"numbers from navigation or footer: {stray}"


def test_page_title_date_and_text_source(page_report):
    assert page_report["title"] == "Tariffs cut to 10% as markets rally"
    assert page_report["published"] == "2025-04-09"  # the meta tag, not the footer's © 2024
    assert page_report["text_source"] == "extracted"
    assert any("text extracted from the web page" in note for note in page_report["notes"])
    wednesday = next(q for q in page_report["quantities"] if q["text"] == "Wednesday")
    assert wednesday["value"] == "2025-04-09", "relative dates anchor on the page's date"


def test_page_spans_index_the_extracted_text(page_report):
    text = read_document(str(PAGE)).text
    assert "Top 50" not in text and "©" not in text
    for q in page_report["quantities"]:
        assert text[q["span"][0]:q["span"][1]] == q["text"]


def test_page_without_date_metadata_says_so_and_ignores_the_footer_year(tmp_path):
    page = PAGE.read_text().replace('<meta property="article:published_time" content="2025-04-09T14:30:00Z">', "")
    (tmp_path / "nodate.htm").write_text(page)
    [doc] = claimcheck_json("nodate.htm", cwd=tmp_path)["documents"]
    assert doc["published"] is None
    assert any(note.startswith("no publication date found") for note in doc["notes"])
    assert not any(q["resolved"] for q in doc["quantities"] if q["text"] == "Wednesday")


def test_published_option_overrides_the_page(tmp_path):
    doc = read_document(str(PAGE), published=dt.date(2025, 1, 2))
    assert doc.published == dt.date(2025, 1, 2)
    assert not any("no publication date" in note for note in doc.notes)


def test_page_in_a_legacy_encoding_is_decoded_from_its_meta_charset(tmp_path):
    page = ('<html><head><meta charset="windows-1252"><title>Pounds</title></head><body><article>'
            "<p>The council said on Monday that it would spend \u00a35 million on caf\u00e9s and parks, "
            "about 12% more than last year, according to its budget papers.</p></article></body></html>")
    (tmp_path / "old.html").write_bytes(page.encode("cp1252"))
    doc = read_document(str(tmp_path / "old.html"))
    assert "\u00a35 million" in doc.text and "caf\u00e9s" in doc.text


# -- Word ------------------------------------------------------------------------------------------

@pytest.fixture
def memo(tmp_path) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = "Launch memo"
    document.core_properties.created = dt.datetime(2024, 3, 1, 9, 30)
    document.core_properties.modified = dt.datetime(2024, 3, 5, 17, 0)
    document.add_heading("Launch memo", level=1)
    document.add_paragraph("Amazon launched 27 Kuiper satellites on Monday, out of 3,236 planned.")
    document.add_paragraph("The company will spend $10 billion next year.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Orbit", "Altitude"
    table.cell(1, 0).text, table.cell(1, 1).text = "Shell 1", "630 kilometers"
    path = tmp_path / "memo.docx"
    document.save(path)
    return path


def test_word_file_paragraphs_and_tables_are_checked(memo):
    [doc] = claimcheck_json("memo.docx", cwd=memo.parent)["documents"]
    texts = {q["text"] for q in doc["quantities"]}
    assert {"27 Kuiper satellites", "$10 billion", "630 kilometers"} <= texts
    assert any(t.startswith("3,236") for t in texts)
    assert doc["title"] == "Launch memo" and doc["text_source"] == "extracted"
    text = read_document(str(memo)).text
    assert text.splitlines()[:2] == ["Launch memo", "Amazon launched 27 Kuiper satellites on Monday, out of 3,236 planned."]
    assert all(text[q["span"][0]:q["span"][1]] == q["text"] for q in doc["quantities"])


def test_word_file_date_only_with_published_from_file(memo):
    [without] = claimcheck_json("memo.docx", cwd=memo.parent)["documents"]
    assert without["published"] is None
    assert any("--published-from-file" in note for note in without["notes"])
    [with_flag] = claimcheck_json("memo.docx", "--published-from-file", cwd=memo.parent)["documents"]
    assert with_flag["published"] == "2024-03-01"
    assert any("taken from the Word file's created date" in note for note in with_flag["notes"])
    next_year = next(q for q in with_flag["quantities"] if q["text"] == "next year")
    assert next_year["value"] == "2025"
    [overridden] = claimcheck_json("memo.docx", "--published-from-file", "--published", "2025-06-01",
                                   cwd=memo.parent)["documents"]
    assert overridden["published"] == "2025-06-01"


def test_folder_of_mixed_articles(memo):
    folder = memo.parent
    shutil.copy(PAGE, folder / "page.html")
    (folder / "note.md").write_text("---\npublished: 2025-04-09\n---\nProfit fell 3%.\n")
    report = claimcheck_json(".", cwd=folder)
    assert [d["path"] for d in report["documents"]] == ["memo.docx", "note.md", "page.html"]
    assert [d["text_source"] for d in report["documents"]] == ["extracted", "file", "extracted"]


def test_no_network_is_used(monkeypatch, memo):
    """A page names URLs and a Word file links to schemas: neither is fetched."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("claimcheck tried to use the network")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from claimcheck.api import check_document

    for path in (PAGE, memo):
        assert check_document(read_document(str(path))).quantities
