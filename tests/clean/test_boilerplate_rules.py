"""The remover's rules on real text: what they take out and, as important, what they leave alone."""

from __future__ import annotations

from newsweave.clean.boilerplate import remove_boilerplate
from newsweave.clean.metadata import domain_of, parse_date
from tests.conftest import bbc_article


def test_a_sentence_starting_with_by_is_not_a_byline():
    headline, body = bbc_article("business/199")
    cleaned = remove_boilerplate(f"{headline}\n\n{body}")
    assert cleaned.author is None
    assert "By declaring their assets and paying the one-off tax" in cleaned.text


def test_bbc_headline_is_the_title_and_the_body_is_untouched():
    headline, body = bbc_article("politics/010")
    cleaned = remove_boilerplate(f"{headline}\n\n{body}")
    assert cleaned.title == headline
    assert cleaned.removed == []
    assert cleaned.text.split() == body.split()


def test_real_page_tail_of_captions_bylines_and_related_links():
    headline, body = bbc_article("tech/010")
    page = (
        f"{headline}\nBy Mark Ward\nTechnology correspondent\n\n"
        "Image copyright Getty Images Image caption The handsets went on sale last week\n\n"
        f"{body}\n\nShare this:\nRelated posts\nMobile gaming takes off in Asia\nBroadband hits new high\n"
    )
    cleaned = remove_boilerplate(page)
    reasons = {r.reason for r in cleaned.removed}
    assert cleaned.title == headline and cleaned.author == "Mark Ward"
    assert {"byline", "caption", "subscribe", "related links"} <= reasons
    assert "Broadband hits new high" not in cleaned.text
    assert body.split("\n")[0] in cleaned.text


def test_metadata_helpers():
    assert parse_date("March 3rd, 2024") == "2024-03-03"
    assert parse_date("6 Nov 2024") == "2024-11-06"
    assert parse_date("2024-02-30") is None
    assert domain_of("https://www.bbc.com/news/world") == "bbc.com"
    assert domain_of("www.bbc.com") == "bbc.com"


def test_date_lines_and_bylines_give_the_publication_date():
    headline, body = bbc_article("politics/010")
    cases = {
        "November 6, 2024": ("2024-11-06", None),
        "Published: Nov. 6, 2024 10:32 a.m. ET": ("2024-11-06", None),
        "Updated 7 November 2024\nPublished 6 November 2024": ("2024-11-06", None),
        "By Jane Doe | Nov. 6, 2024": ("2024-11-06", "Jane Doe"),
    }
    for top, (published, author) in cases.items():
        cleaned = remove_boilerplate(f"{headline}\n{top}\n\n{body}")
        assert (cleaned.published, cleaned.author, cleaned.title) == (published, author, headline), top
        assert "2024" not in cleaned.text


def test_a_date_in_the_url_or_file_name_is_the_last_resort():
    from newsweave.clean.metadata import date_in_path

    assert date_in_path("https://www.bbc.com/news/2024/11/06/world-asia") == "2024-11-06"
    assert date_in_path(None, "nyt_2016-03-15_sanders-advances-agenda.txt") == "2016-03-15"
    assert date_in_path("000_1e8fda47268a562a.txt") is None  # hex ids are not dates
    assert date_in_path("https://example.com/story-20241106") is None  # no separators: could be an id


def test_link_lines_inside_the_body_are_removed():
    headline, body = bbc_article("tech/010")
    first, _, rest = body.partition("\n\n")
    page = f"{headline}\n\n{first}\n\nREAD MORE: China plague outbreak confirmed: Two diagnosed in Beijing\n\n{rest}"
    cleaned = remove_boilerplate(page)
    assert "China plague" not in cleaned.text and first in cleaned.text
    assert [r.reason for r in cleaned.removed] == ["related links"]
