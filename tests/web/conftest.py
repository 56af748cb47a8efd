"""A real ``claimcheck serve`` for the page's tests, in an empty working folder with its own TMPDIR."""

from __future__ import annotations

import os
import re
import select
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Server:
    url: str
    cwd: Path
    tmp: Path
    proc: subprocess.Popen

    def stderr_so_far(self) -> str:
        return _read_available(self.proc.stderr)


def _read_available(stream) -> str:
    out = []
    while select.select([stream], [], [], 0)[0]:
        chunk = os.read(stream.fileno(), 65536)
        if not chunk:
            break
        out.append(chunk.decode("utf-8", "replace"))
    return "".join(out)


def start_server(cwd: Path, tmp: Path, *args: str) -> Server:
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "claimcheck.cli", "serve", "--port", "0", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    ready, _, _ = select.select([proc.stdout], [], [], 60)
    line = proc.stdout.readline().decode() if ready else ""
    match = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
    if not match:
        proc.kill()
        raise AssertionError(f"the server did not start: {line!r} {proc.stderr.read().decode()}")
    return Server(match.group(1), cwd, tmp, proc)


def stop_server(server: Server) -> str:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(timeout=5)
    return server.proc.stderr.read().decode("utf-8", "replace")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("serve")
    (base / "cwd").mkdir()
    (base / "tmp").mkdir()
    running = start_server(base / "cwd", base / "tmp")
    yield running
    stderr = stop_server(running)
    assert "Traceback" not in stderr, stderr


@pytest.fixture(scope="session")
def apple_with_planted_error() -> str:
    text = (ROOT / "seeds" / "apple-tariff-rally.md").read_text(encoding="utf-8")
    assert "reduced from 46% to 10%" in text
    return text.replace("reduced from 46% to 10%", "reduced from 10% to 46%")


def word_file(path: Path, paragraphs: list[str], title: str) -> Path:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    document.save(str(path))
    return path
