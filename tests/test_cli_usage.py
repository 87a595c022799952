"""The command line as a new user tries it: version, stdout outputs, 80 columns, the store commands,
annotating later, evaluation without its data. Real subprocesses, real files."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import KURSK

NEWSWEAVE = [sys.executable, "-m", "newsweave"]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*NEWSWEAVE, *args], capture_output=True, text=True, env=env)


def test_version_is_printed():
    result = run("--version")
    assert result.returncode == 0 and result.stdout.startswith("newsweave ")


def test_help_does_not_import_spacy_or_trafilatura():
    code = (
        "import sys\nfrom typer.testing import CliRunner\nfrom newsweave.cli import app\n"
        "CliRunner().invoke(app, ['--help'])\nprint('spacy' in sys.modules, 'trafilatura' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"]


def test_json_dash_writes_the_contract_to_stdout_and_no_file_named_dash(tmp_path):
    result = subprocess.run(
        [*NEWSWEAVE, "brief", str(KURSK), "--json", "-"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["stories"][0]["id"] == "s1"
    assert not (tmp_path / "-").exists()


def test_a_device_output_is_written_in_place_never_replaced(tmp_path):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    result = run("brief", str(KURSK), "--md", str(fifo), "-q")
    text = reader.communicate(timeout=120)[0]
    assert result.returncode == 0 and "## Summary" in text
    assert fifo.is_fifo()


def test_read_keeps_every_column_at_80_columns_when_piped():
    result = run("read", str(KURSK), env={**os.environ, "COLUMNS": "80"})
    header, first = [line for line in result.stdout.splitlines() if line.strip()][:2]
    assert header.split() == ["id", "site", "date", "title", "words"]
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert first.split()[-1] == "490" and first.startswith("000_1e8fda47268a562a")


def test_a_no_extract_store_is_annotated_later_and_show_says_so_before(tmp_path):
    db = str(tmp_path / "n.db")
    assert run("ingest", str(KURSK), "--db", db, "--no-extract").returncode == 0
    before = run("show", "s1", "--db", db)
    assert "has no extractions" in before.stderr and "newsweave annotate" in before.stderr
    annotated = run("annotate", "--db", db)
    assert annotated.returncode == 0 and "annotated 5 article(s)" in annotated.stderr
    after = run("show", "s1", "--db", db)
    assert "has no extractions" not in after.stderr and "8,000" in after.stdout


def test_stories_lists_as_json_and_filters_by_search_and_date(tmp_path):
    db = str(tmp_path / "n.db")
    run("ingest", str(KURSK), "--db", db, "--no-extract")
    listed = json.loads(run("stories", "--db", db, "--json").stdout)
    assert [s["id"] for s in listed] == ["s1"] and listed[0]["articles"] == 5
    assert json.loads(run("stories", "--db", db, "--json", "--search", "Kursk").stdout)[0]["id"] == "s1"
    assert json.loads(run("stories", "--db", db, "--json", "--search", "zebra giraffe").stdout) == []
    assert json.loads(run("stories", "--db", db, "--json", "--since", "2999-01-01").stdout) == []


def test_eval_without_the_shared_data_names_what_is_missing(tmp_path):
    result = subprocess.run([*NEWSWEAVE, "eval", "stories"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2 and "missing ../shared" in result.stderr and "Traceback" not in result.stderr


def test_brief_with_workers_never_imports_spacy_in_its_own_process(tmp_path):
    code = (
        "import sys\nfrom newsweave.cli import app\n"
        f"try:\n    app(['brief', {str(KURSK)!r}, '--jobs', '2', '--json', {str(tmp_path / 'k.json')!r}, '--quiet'])\n"
        "except SystemExit as done:\n"
        "    print(done.code, 'spacy' in sys.modules, 'newsweave.annotate.figures' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["0", "False", "False"], result.stderr
    assert json.loads((tmp_path / "k.json").read_text())["stories"][0]["claims"]  # the workers extracted them
