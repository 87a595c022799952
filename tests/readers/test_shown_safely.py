"""Issue 11, "Rich markup and terminal escapes": every article string is shown as text on the terminal.

A title holding `[/]` crashed `read`, `brief` and `show`; `[updated]` vanished; `[link=...]` became a hidden
link; ESC sequences (clear screen, window title) reached the terminal raw. Each is checked on real output.
"""

from __future__ import annotations

import copy
import io
import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from newsweave.cli import app, err, write_atomic
from newsweave.report.terminal import render_terminal
from newsweave.textsafety import one_line, term_markup, visible
from tests.conftest import bbc_article

HOSTILE = "Troops [/] [updated] [link=https://evil.example]here[/link] \x1b[2J\x1b]0;pwned\x07 \u202eevil"


def _assert_shown_as_text(out: str) -> None:
    assert "[/]" in out and "[updated]" in out and "[link=https://evil.example]here[/link]" in out
    assert "\x1b]8;" not in out  # no hyperlink escape
    assert "\x1b[2J" not in out and "\x1b]0;" not in out and "\x07" not in out and "\u202e" not in out
    assert "␛[2J" in out and "<U+202E>" in out


def test_visible_makes_control_characters_visible_and_keeps_text():
    assert visible("a\x1b[31mb\x9bc\td\ne") == "a␛[31mb<U+009B>c\td\ne"
    assert one_line("two\nlines\r\n") == "two lines␍"
    assert term_markup("[bold]x[/]") == "\\[bold]x\\[/]"


def test_read_shows_a_hostile_title_as_text(tmp_path):
    headline, body = bbc_article("business/001")
    (tmp_path / "a.json").write_text(json.dumps({"title": HOSTILE, "text": body, "source_domain": "[red]x"}), "utf-8")
    result = CliRunner().invoke(app, ["read", str(tmp_path)], env={"FORCE_COLOR": "1", "COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    _assert_shown_as_text(result.stdout)
    assert "[red]x" in result.stdout


def test_brief_and_show_render_hostile_strings_as_text(kursk_brief_records):
    brief = copy.deepcopy(kursk_brief_records)
    story = brief.stories[0]
    story.title = HOSTILE
    for article in brief.articles:
        article.title = HOSTILE
        article.site = "[/]"
    story.quotes[0].text = HOSTILE
    story.summary[0].text = HOSTILE
    out = io.StringIO()
    render_terminal(brief, Console(file=out, force_terminal=True, width=400))
    _assert_shown_as_text(out.getvalue())


def test_error_lines_are_one_line_with_controls_visible(capsys):
    err("skipped /tmp/evil\nname\x1b[2J.txt: bad")
    assert capsys.readouterr().err == "newsweave: skipped /tmp/evil name␛[2J.txt: bad\n"


def test_write_atomic_does_not_follow_a_preplaced_tmp_symlink(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("precious", "utf-8")
    (tmp_path / "report.html.tmp").symlink_to(victim)
    write_atomic(tmp_path / "report.html", "<p>report</p>")
    assert victim.read_text("utf-8") == "precious"
    assert (tmp_path / "report.html").read_text("utf-8") == "<p>report</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.html.tmp", "victim"]


def test_write_atomic_replaces_a_symlinked_output_instead_of_writing_through_it(tmp_path):
    victim = tmp_path / "victim"
    victim.write_text("precious", "utf-8")
    (tmp_path / "out.md").symlink_to(victim)
    write_atomic(tmp_path / "out.md", "# brief")
    assert victim.read_text("utf-8") == "precious" and not (tmp_path / "out.md").is_symlink()


@pytest.mark.parametrize("title", ["[/]", "[bold red]x", "\x1b]0;pwned\x07"])
def test_stories_lists_a_stored_hostile_title(tmp_path, title):
    headline, body = bbc_article("business/001")
    (tmp_path / "a.json").write_text(json.dumps({"title": title, "text": body}), "utf-8")
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(tmp_path / "a.json"), "--db", db, "--no-extract"])
    assert ingested.exit_code == 0, ingested.output
    listed = runner.invoke(app, ["stories", "--db", db], env={"FORCE_COLOR": "1", "COLUMNS": "400"})
    assert listed.exit_code == 0, listed.output
    assert visible(title) in listed.stdout and "\x07" not in listed.stdout
