"""Every kind of input: good ones read, bad ones one line each while the rest is still checked.

Each bad input is checked beside a good article: the bad one gives exactly one
line on stderr naming it and the problem, the good one is in the report, and
the exit code is 2 all the same: a pipeline must not pass on a file it never
read. Alone, a bad input gives no report at all.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest
from click.testing import CliRunner

from claimcheck import load, runner
from claimcheck.api import extract
from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Sales rose 5% to $10 million in 2024.\n"


def check(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["check", *args], input=stdin)


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """An empty working folder (no pyproject.toml above it) holding one good article."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def _front_matter(body: str) -> bytes:
    return f"---\n{body}\n---\nSales rose 5% to $10 million.\n".encode()


def _symlink_to_unreadable(path: Path) -> None:
    # Root reads a chmod 000 file, but nobody reads /proc/self/mem at offset 0: EIO.
    path.unlink(missing_ok=True)
    path.symlink_to("/proc/self/mem")


def _directory_without_articles(path: Path) -> None:
    path.mkdir()
    (path / "scan.pdf").write_bytes(b"%PDF-1.4")


def _fifty_megabytes(path: Path) -> None:
    with path.open("wb") as fh:
        fh.truncate(50 * 2**20)  # sparse: refused from its size before a byte is read


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# name: (file name, how to make it (None: leave it missing), what the one line must say)
BAD_INPUTS: dict[str, tuple[str, Callable[[Path], None] | None, str]] = {
    "missing path": ("nope.md", None, "no such file or directory"),
    "directory with no articles": ("scans", _directory_without_articles, "directory holds no articles"),
    "empty file": ("empty.md", _bytes(b""), "empty file"),
    "whitespace only": ("blank.txt", _bytes(b" \n\t\n"), "empty file"),
    "front matter and nothing else": ("bare.md", _bytes(b"---\ntitle: T\n---\n\n"), "empty document"),
    "binary file": ("photo.txt", _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))), "binary file"),
    "text with NUL bytes": ("nul.txt", _bytes(b"Sales rose 5%.\x00\x00\x01\x02" * 20), "binary file"),
    "50 MB file": ("huge.txt", _fifty_megabytes, "file is 50.0 MB, over the 16 MB limit"),
    "malformed front matter": ("fm.md", _bytes(_front_matter("title: [unclosed")), "malformed YAML front matter"),
    "front matter not a mapping": ("list.md", _bytes(_front_matter("- a\n- b")), "not a mapping"),
    "front matter nested too deeply": ("deep.md", _bytes(_front_matter("title: " + "[" * 3000)),
                                       "malformed YAML front matter"),
    "front matter of 70 KB": ("long.md", _bytes(_front_matter("a: 5\n" * 14_000)), "front matter is over 64 KB"),
    "title that is a list": ("title.md", _bytes(_front_matter("title: [a, b]")), "'title' must be a single value"),
    "published not a date": ("date.md", _bytes(_front_matter("published: sometime soonish")),
                              "published date 'sometime soonish' is not a date"),
    "published impossible date": ("month.md", _bytes(_front_matter("published: 2025-13-45")),
                                  "published date '2025-13-45' is not a date"),
    "unreadable file": ("locked.md", _symlink_to_unreadable, "cannot read: input/output error"),
    "web page with no text": ("blank.html", _bytes(b"<html><head><title>T</title></head><body></body></html>"),
                              "no article text found in the page"),
    "Word file that is not one": ("fake.docx", _bytes(b"PK\x03\x04 not really a zip"),
                                  "not a readable Word .docx file"),
    "empty Word file": ("empty.docx", _bytes(b""), "empty file"),
}


@pytest.mark.parametrize("name", BAD_INPUTS)
def test_bad_input_is_one_line_and_the_rest_is_checked(folder, name):
    filename, make, message = BAD_INPUTS[name]
    if make is not None:
        make(folder / filename)

    both = check(filename, "good.txt", "--format", "json")
    assert both.exit_code == 2, both.output
    [line] = error_lines(both)
    assert line.startswith(f"claimcheck: error: {filename}: ") and message in line
    report = json.loads(both.stdout)
    assert [d["path"] for d in report["documents"]] == ["good.txt"]
    assert [e["path"] for e in report["errors"]] == [filename]
    assert report["documents"][0]["quantities"], "the good article was checked"

    alone = check(filename, "--format", "json")
    assert alone.exit_code == 2
    assert error_lines(alone) == error_lines(both)
    assert alone.stdout == "", "no report when nothing could be checked"


def test_bad_inputs_in_one_real_process_give_no_traceback(folder):
    """All bad inputs at once, through the installed command: one line each, the good ones checked."""
    made = []
    for filename, make, _ in BAD_INPUTS.values():
        if make is not None:
            make(folder / filename)
        made.append(filename)
    (folder / "more").mkdir()
    (folder / "more" / "also-good.md").write_text("---\npublished: 2025-04-09\n---\nProfit fell 3%.\n")
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", *made, "good.txt", "more",
                           "--format", "json"], cwd=folder, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == len(made)
    assert all(line.startswith("claimcheck: error: ") for line in lines)
    assert [line.split(": ")[2] for line in lines] == made
    report = json.loads(proc.stdout)
    assert [d["path"] for d in report["documents"]] == ["good.txt", os.path.join("more", "also-good.md")]
    assert sorted(e["path"] for e in report["errors"]) == sorted(made)


def test_permission_denied_is_one_line(folder, monkeypatch):
    """chmod 000 does not stop root (CI runs as root), so the open itself is refused."""
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "secret.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    (folder / "secret.md").write_text(GOOD)
    monkeypatch.setattr(Path, "open", refuse)
    result = check("secret.md", "good.txt", "--format", "json")
    assert result.exit_code == 2
    assert error_lines(result) == ["claimcheck: error: secret.md: cannot read: permission denied"]


@pytest.mark.parametrize("module, extra", [("trafilatura", "html"), ("docx", "docx")])
def test_missing_extra_names_what_to_install(folder, monkeypatch, module, extra):
    monkeypatch.setitem(sys.modules, module, None)  # import now raises ImportError
    name = "page.html" if extra == "html" else "memo.docx"
    (folder / name).write_bytes(b"<html><body><p>Sales rose 5%.</p></body></html>" if extra == "html" else b"PK..")
    result = check(name, "good.txt", "--format", "json")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith(f"claimcheck: error: {name}: ")
    assert f"pip install 'claimcheck[{extra}]'" in line


def test_standard_input_too_large_or_empty(folder, monkeypatch):
    monkeypatch.setattr(load, "MAX_BYTES", 1000)
    assert error_lines(check("-", stdin=b"5% " * 400)) == ["claimcheck: error: <stdin>: input is over the 0 MB limit"]
    empty = check("-", stdin=b"")
    assert empty.exit_code == 2 and error_lines(empty) == ["claimcheck: error: <stdin>: empty file"]


def test_standard_input_is_checked(folder):
    result = check("-", "--published", "2025-04-09", "--format", "json", stdin=GOOD.encode())
    assert result.exit_code == 0
    [doc] = json.loads(result.stdout)["documents"]
    assert doc["path"] == "<stdin>" and doc["published"] == "2025-04-09"


# -- encodings -----------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_a_bom_are_read(folder, encoding):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    (folder / "wide.txt").write_bytes(bom + "Café sales rose 5% to €10 million.\n".encode(encoding))
    result = check("wide.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)["documents"]
    text = load.read_document("wide.txt").text
    assert {"5%", "€10 million"} <= {q["text"] for q in doc["quantities"]}
    assert all(text[q["span"][0]:q["span"][1]] == q["text"] for q in doc["quantities"])


def test_utf16_without_a_bom_is_detected(folder):
    (folder / "wide.txt").write_bytes("Sales rose 5% to $10 million in 2024.".encode("utf-16-le"))
    result = check("wide.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)["documents"]
    assert "read as UTF-16LE: the file is not UTF-8 and this encoding was detected" in doc["notes"]
    assert {"5%", "$10 million"} <= {q["text"] for q in doc["quantities"]}


WIRE_STORY = ("Shares in Marks \u2013 the high street\u2019s \u201cbellwether\u201d \u2013 fell 4% to "
              "\u00a32.70 on Tuesday, from \u00a32.81, after profits dropped to \u00a3512m.\n")


@pytest.mark.parametrize("encoding, named", [
    ("cp1252", "Windows-1252"),  # curly quotes and dashes live at 0x80-0x9F
    ("latin-1", "Latin-1 (ISO-8859-1; Windows-1252 reads these bytes the same)"),
])
def test_archive_encodings_are_detected_read_and_named(folder, encoding, named):
    text = WIRE_STORY if encoding == "cp1252" else WIRE_STORY.translate(str.maketrans("\u2013\u2019\u201c\u201d",
                                                                                     "-'\"\""))
    (folder / "wire.txt").write_bytes(text.encode(encoding))
    result = check("wire.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)["documents"]
    assert doc["notes"][0] == f"read as {named}: the file is not UTF-8 and this encoding was detected"
    assert {"£2.70", "£2.81", "£512m"} <= {q["text"] for q in doc["quantities"]}
    decoded = (folder / "wire.txt").read_bytes().decode(encoding)
    assert all(decoded[q["span"][0]:q["span"][1]] == q["text"] for q in doc["quantities"])
    md = check("wire.txt", "--format", "md").stdout
    assert f"> Note: read as {named.split(' ')[0]}" in md


def test_utf8_files_carry_no_encoding_note(folder):
    [doc] = json.loads(check("good.txt", "--format", "json").stdout)["documents"]
    assert not any("read as" in note for note in doc["notes"])


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 44 >>\nstream\nx\x9c\x03\x00\x00\x00\x00\x01\nendstream\n",
    bytes(range(256)) * 40,
])
def test_real_binary_is_still_refused(folder, data):
    (folder / "scan.txt").write_bytes(data)
    result = check("scan.txt")
    assert result.exit_code == 2
    assert error_lines(result) == ["claimcheck: error: scan.txt: binary file, not text (no text encoding reads it)"]


# -- a single 1 MB line ----------------------------------------------------------------------------

def test_a_megabyte_line_of_digits_and_commas_is_checked_in_time(folder):
    line = "1,234," * (2**20 // 6)
    (folder / "digits.txt").write_text(line + "\n")
    start = time.perf_counter()
    result = check("digits.txt", "--format", "json")
    elapsed = time.perf_counter() - start
    assert result.exit_code == 0, result.output
    assert error_lines(result) == []
    assert elapsed < 30, f"1 MB of digits and commas took {elapsed:.1f} s"


# -- suites, config and the report file ------------------------------------------------------------

def test_broken_rule_suite_is_one_line_and_exit_2(folder):
    (folder / "broken.py").write_text("def rule_x(quantity):\n    return (\n")
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", "good.txt", "--rules", "broken.py"],
                          cwd=folder, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    [line] = proc.stderr.splitlines()
    assert line.startswith("claimcheck: error: ") and "broken.py" in line and "syntax error" in line
    assert proc.stdout == ""


def test_broken_config_names_the_key_and_exits_2(folder):
    (folder / "pyproject.toml").write_text("[tool.claimcheck]\nfail-on = \"warning\"\nbogus_key = 1\n")
    result = check("good.txt")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith("claimcheck: error: ") and "bogus_key" in line


def test_traceback_only_with_debug(folder):
    (folder / "broken.py").write_text("def rule_x(:\n")
    base = [sys.executable, "-m", "claimcheck.cli", "check", "good.txt", "--rules", "broken.py"]
    quiet = subprocess.run(base, cwd=folder, capture_output=True, text=True, timeout=60)
    loud = subprocess.run([*base, "--debug"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert "Traceback" not in quiet.stderr and len(quiet.stderr.splitlines()) == 1
    assert "Traceback" in loud.stderr


def test_report_written_to_output_is_whole(folder):
    result = check("good.txt", "--format", "json", "--output", "report.json")
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads((folder / "report.json").read_text())["documents"][0]["path"] == "good.txt"
    assert sorted(p.name for p in folder.iterdir()) == ["good.txt", "report.json"]


def test_report_into_a_missing_folder_is_one_line_and_no_file(folder):
    result = check("good.txt", "--format", "json", "--output", "no/such/folder/report.json")
    assert result.exit_code == 2
    [line] = error_lines(result)
    assert line.startswith("claimcheck: error: no/such/folder/report.json: cannot write the report")
    assert sorted(p.name for p in folder.iterdir()) == ["good.txt"]


@pytest.mark.parametrize("failure", ["encoding", "rename"])
def test_failed_write_leaves_the_old_report_and_no_temporary_file(tmp_path, monkeypatch, failure):
    target = tmp_path / "report.md"
    target.write_text("previous report\n")
    content = "# claimcheck report\n" * 10_000
    if failure == "encoding":
        content += "\ud800"  # cannot be encoded: the write fails half way through
        expected: type[BaseException] = UnicodeEncodeError
    else:
        def fail(src, dst):
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", fail)
        expected = OSError
    with pytest.raises(expected):
        runner.write_atomic(str(target), content)
    assert target.read_text() == "previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


# -- Markdown that is not article text ------------------------------------------------------------

MARKDOWN = """---
title: Skips
published: 2025-04-09
---
Revenue rose 5% to $12 million.

```python
revenue = 4242
```

~~~
growth: 7777%
~~~

Run `scale --factor 616` first. See [the filing](https://example.com/2023/05/filing-9191.html "page 8383")
and <https://example.com/id/31337>.

<!-- editor: the 888 figure is unconfirmed -->
<!--
  and 999 too
-->
Profit fell 3%.
"""
HIDDEN = ("4242", "7777", "616", "2023", "9191", "8383", "31337", "888", "999")


def _texts(extraction) -> list[str]:
    return [q.text for q in extraction.quantities]


def test_markdown_code_links_and_comments_are_not_article_text():
    texts = _texts(extract(MARKDOWN))
    assert {"5%", "$12 million", "3%"} <= set(texts)
    assert not [t for t in texts if any(h in t for h in HIDDEN)], texts


def test_markdown_file_without_front_matter_skips_the_same_regions(folder):
    (folder / "a.md").write_text(MARKDOWN.split("---\n", 2)[2])
    result = check("a.md", "--format", "json")
    texts = [q["text"] for q in json.loads(result.stdout)["documents"][0]["quantities"]]
    assert "5%" in texts and not [t for t in texts if any(h in t for h in HIDDEN)], texts


def test_unclosed_code_block_hides_the_rest_and_says_so():
    text = "---\ntitle: T\n---\nSales rose 5%.\n\n```\nx = 4242\n\nProfit fell 3%.\n"
    doc = load.document_from_text(text, "a.md")
    assert any("code block opened at line 6 is never closed" in note for note in doc.notes)
    assert _texts(extract(text)) == ["5%"]


def test_unclosed_comment_is_article_text():
    text = "---\ntitle: T\n---\nSales rose 5%.\n\n<!-- no end\n\nProfit fell 3%.\n\n<!-- x\n\nCosts rose 9%.\n"
    assert _texts(extract(text)) == ["5%", "3%", "9%"]


def test_text_files_keep_backticks_and_comments():
    assert "4242" in " ".join(_texts(extract("Sales were `4242` units, up 5%.")))


def test_yaml_tags_are_not_executed(folder):
    body = '---\ntitle: !!python/object/apply:os.system ["touch pwned"]\n---\nSales rose 5%.\n'
    (folder / "evil.md").write_text(body)
    result = check("evil.md")
    assert result.exit_code == 2 and "malformed YAML front matter" in result.stderr
    assert not (folder / "pwned").exists()


def test_the_report_file_gets_the_usual_permissions(folder):
    old = os.umask(0o022)
    try:
        assert check("good.txt", "--format", "html", "--output", "report.html").exit_code == 0
        assert (folder / "report.html").stat().st_mode & 0o777 == 0o644, "readable by the team, like any new file"
        (folder / "report.html").chmod(0o600)
        assert check("good.txt", "--format", "html", "--output", "report.html").exit_code == 0
        assert (folder / "report.html").stat().st_mode & 0o777 == 0o600, "a rewritten report keeps its mode"
    finally:
        os.umask(old)
