"""The command line as a user runs it: a real subprocess, real files, exit codes and stderr lines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import KURSK

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*NEWSWEAVE, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=300
    )


def test_read_prints_one_line_per_article_and_exits_zero():
    result = run("read", str(KURSK))
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("00")]
    assert len(lines) == 5
    assert "2024-11-06" in lines[4] and "North Korea Joins the Ukraine Conflict" in lines[4]
    assert "read 5 article(s) from 5 file(s)" in result.stderr


def test_bad_files_get_one_line_each_and_exit_code_one(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "good.txt"
    good.write_text((KURSK / "003_114b54cabd2150fb.txt").read_text("utf-8"), "utf-8")
    out = tmp_path / "clean.jsonl"
    result = run("read", str(tmp_path), "--jsonl", str(out))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("newsweave: skipped")]
    assert len(skipped) == 3
    assert any("empty.txt: empty file" in line for line in skipped)
    assert any("scan.pdf: unknown file type .pdf" in line for line in skipped)
    assert any("blob.txt: binary file" in line for line in skipped)
    assert "skipped 3" in result.stderr.splitlines()[-1]
    [record] = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert record["id"] == "good" and record["site"] == "Business-News-Today.com"


def test_progress_bar_on_a_run_over_several_files():
    result = run("read", str(KURSK), env={"TTY_COMPATIBLE": "1", "COLUMNS": "100"})
    assert "reading" in result.stderr


def test_a_missing_model_or_path_is_one_line_not_a_traceback(tmp_path: Path):
    result = run("read", str(tmp_path / "nothing-here"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[0].endswith("nothing-here: no such file or folder")
    assert "Traceback" not in result.stderr


def test_brief_writes_json_markdown_and_html(tmp_path):
    out = {ext: tmp_path / f"kursk.{ext}" for ext in ("json", "md", "html")}
    result = run("brief", str(KURSK), "--json", str(out["json"]), "--md", str(out["md"]), "--html", str(out["html"]))
    assert result.returncode == 0, result.stderr
    assert "Figures: who says what" in result.stdout and "Traceback" not in result.stderr
    brief = json.loads(out["json"].read_text("utf-8"))
    assert brief["schema_version"] == 1 and len(brief["articles"]) == 5
    assert {"entities", "claims", "figures", "quotes", "events", "contradictions", "timeline", "summary"} <= set(
        brief["stories"][0]
    )
    assert out["md"].read_text("utf-8").startswith("# ")
    assert "<svg" in out["html"].read_text("utf-8")


def test_brief_with_an_unknown_model_is_one_line(tmp_path):
    result = run("brief", str(KURSK), "--model", "no_such_pipeline", "-q")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "newsweave: spaCy model 'no_such_pipeline' is neither an installed package nor a folder"
    )


def test_an_unwritable_output_is_one_line(tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "brief.json"
    result = run("brief", str(KURSK / "002_62a14225dbc0a0d6.txt"), "--json", str(target), "-q")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"cannot write {target}" in result.stderr.strip().splitlines()[-1]
