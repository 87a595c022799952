"""`-` as an input of the real command line, with stdin piped: `read`, `ingest` and `brief` over the kursk
example and JSON lines from ../shared/data; empty stdin and misuse are one line, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess

from tests.conftest import ECBPLUS, KURSK
from tests.test_cli import NEWSWEAVE

KURSK_FILE = KURSK / "000_1e8fda47268a562a.txt"
ECB_JSONL = b"\n".join((ECBPLUS / "ecbplus_docs.jsonl").read_bytes().split(b"\n")[:4]) + b"\n"


def piped(data: bytes, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([*NEWSWEAVE, *args], input=data, capture_output=True, env=os.environ.copy(), timeout=300)
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(), result.stderr.decode())


def test_read_a_piped_article_and_a_file_together(tmp_path):
    out = tmp_path / "clean.jsonl"
    other = KURSK / "003_114b54cabd2150fb.txt"
    result = piped(KURSK_FILE.read_bytes(), "read", "-", str(other), "--jsonl", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["003_114b54cabd2150fb", "stdin"]
    assert records[1]["path"] is None and "North Korean" in records[1]["title"]
    assert "read 2 article(s) from 2 file(s)" in result.stderr


def test_read_piped_json_lines_with_a_bad_record(tmp_path):
    lines = ECB_JSONL.split(b"\n")
    lines.insert(2, b'{"text": ["not", "text"]}')
    result = piped(b"\n".join(lines), "read", "-")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "newsweave: skipped stdin:3: wrong JSON field type (text is a list, expected text)" in result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()[1:]] == ["stdin-1", "stdin-2", "stdin-4", "stdin-5"]


def test_empty_stdin_and_misuse_are_one_line_with_exit_code_two(tmp_path):
    empty = "stdin: empty input (nothing was piped in)"
    for data, args, message in (
        (b"", ("read", "-"), empty),
        (b"\n  \n", ("ingest", "-", "--db", str(tmp_path / "n.db")), empty),
        (b"x", ("read", "-", "-"), "- (stdin) is given twice: it can be read once"),
        (b"x", ("read", str(KURSK), "--format", "html"),
         "--format says how to read - (stdin); files are read by their suffix"),
        (b"x", ("run", "-", "--out", str(tmp_path / "t")),
         "run reads files, not - (stdin): save the input to a file and name it"),
    ):  # fmt: skip
        result = piped(data, *args)
        assert (result.returncode, result.stderr) == (2, f"newsweave: {message}\n"), args
    assert not (tmp_path / "n.db").exists()  # an empty stdin is refused before the store is made


def test_ingest_from_stdin_keys_by_the_words(tmp_path):
    db = str(tmp_path / "n.db")
    first = piped(KURSK_FILE.read_bytes(), "ingest", "-", "--db", db, "--no-extract")
    assert first.returncode == 0, first.stderr
    assert "1 new, 0 already stored" in first.stderr
    again = piped(KURSK_FILE.read_bytes(), "ingest", "-", "--db", db, "--no-extract")
    assert "0 new, 1 already stored" in again.stderr  # the same words piped again: nothing new
    records = piped(ECB_JSONL, "ingest", "-", "--db", db, "--no-extract", "--format", "jsonl")
    assert "4 new, 0 already stored" in records.stderr
    listed = piped(b"", "stories", "--db", db, "--json")
    assert sum(s["articles"] for s in json.loads(listed.stdout)) == 5


def test_brief_a_piped_article_to_json_on_stdout():
    result = piped(KURSK_FILE.read_bytes(), "brief", "-", "--json", "-", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (article,) = data["articles"]
    assert article["id"] == "stdin" and data["stories"][0]["articles"] == ["stdin"]
    assert any(c["value"] == 11000 for c in data["stories"][0]["claims"])
