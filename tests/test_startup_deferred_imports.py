"""Start-up: what a brief's main process does before it hands local articles to its workers imports no
HTTP client, no word-frequency tables and builds no JSON adapter; each is imported where it is first used."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import KURSK

DEFERRED = ("httpx", "httpcore", "wordfreq", "ftfy", "langcodes")


def _run(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")


def test_reading_kursk_as_a_brief_does_before_the_handover_imports_none_of_the_deferred_modules():
    """The main process's work up to the handover: the command line, the engine over an in-memory store, and
    every article read and cleaned (language identified); the JSON adapters are built by the first JSON."""
    code = (
        "import sys\nimport newsweave.cli\nfrom newsweave.api import as_paths\n"
        "from newsweave.pipeline.local import LocalEngine\nfrom newsweave.reading import iter_articles\n"
        "from newsweave.store import open_store\nfrom newsweave import contract\n"
        "engine = LocalEngine(open_store(':memory:'), None)\n"
        f"articles = list(iter_articles(as_paths({str(KURSK)!r})))\n"
        f"print(len(articles), sorted({{a.language for a in articles}}))\n"
        f"print(sorted(name for name in {DEFERRED!r} if name in sys.modules))\n"
        "print(contract._adapter.cache_info().currsize)\n"
        "data = contract.to_data(articles[0])\n"
        "print(data['text'] == articles[0].text, contract._adapter.cache_info().currsize)"
    )
    read, imported, adapters, later = _run(code)[:4]
    assert read == "5 ['en']"
    assert imported == "[]"
    assert adapters == "0"
    assert later == "True 1"  # the article's adapter, built when first asked for


def test_a_brief_over_local_files_with_workers_never_imports_the_http_client(tmp_path):
    """The readers import `fetch.client` for its `Page` record; httpx comes with the first `Fetcher` only."""
    out = tmp_path / "k.json"
    code = (
        "import sys\nfrom newsweave.cli import app\n"
        f"try:\n    app(['brief', {str(KURSK)!r}, '--jobs', '2', '--quiet', '--json', {str(out)!r}])\n"
        "except SystemExit as done:\n"
        "    print(done.code, sorted(name for name in ('httpx', 'httpcore', 'h11') if name in sys.modules))"
    )
    assert _run(code)[-2] == "0 []"
    assert [s["id"] for s in json.loads(out.read_text(encoding="utf-8"))["stories"]] == ["s1"]


def test_a_text_py3langid_calls_german_is_told_by_word_frequencies_imported_then():
    """wordfreq is imported by the first text that needs its frequencies (one the identifier does not call
    English), and gives the answer it gave when it was imported with the module."""
    german = (
        "Die Bundesregierung hat am Montag beschlossen, die Hilfen für die betroffenen Regionen im Osten des Landes "
        "deutlich zu erhöhen, nachdem die Überschwemmungen viele Häuser zerstört hatten."
    )
    code = (
        "import sys\nfrom newsweave.clean.language import detect_language\n"
        f"english = {'The navy said on Monday that the submarine had sunk with all of its crew aboard. ' * 2!r}\n"
        "print(detect_language(english), 'wordfreq' in sys.modules)\n"
        f"print(detect_language({german!r}), 'wordfreq' in sys.modules)"
    )
    assert _run(code)[:2] == ["en False", "de True"]
