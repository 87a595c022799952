"""Trafilatura's Markdown back to plain text, on lines of the benchmark pages."""

from __future__ import annotations

from newsweave.clean.markup import plain_line


def test_markdown_escapes_are_undone():
    assert plain_line('we get our shot \\[again\\]," Heyward said.') == (
        'we get our shot [again]," Heyward said.',
        False,
    )


def test_table_rows_become_their_cells_and_rules_go():
    assert plain_line("| 1 | Kyle Busch | 5040 | 5 | 1 | 17 | 27 |") == ("1 Kyle Busch 5040 5 1 17 27", False)
    assert plain_line("|---|---|---|---|---|") == ("", False)


def test_bold_split_over_a_line_break_leaves_no_stars():
    assert plain_line("**Tags") == ("Tags", False)
    assert plain_line("### Defensive Line") == ("Defensive Line", True)


def test_escaped_stars_are_the_pages_own_text():
    """ "CCI\\*\\*" is an event's star rating on the page, not bold: the stars stay."""
    line = "includes a CCI\\*\\* and CCI\\*\\*\\* as well as the Young Event Horse East Coast Championships"
    assert (
        plain_line(line)[0] == "includes a CCI** and CCI*** as well as the Young Event Horse East Coast Championships"
    )
    assert plain_line("**– Man\\*\\***") == ("– Man**", False)
