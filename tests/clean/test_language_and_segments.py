"""Language of each article, English extractors skipped for others, and off-story passages marked."""

from __future__ import annotations

import gzip
import json

from newsweave.clean import clean
from newsweave.clean.language import detect_language
from newsweave.model import Article, RawArticle
from newsweave.reading import read_articles
from tests.conftest import BENCH, SHARED, bbc_article

THREADS = SHARED / "data" / "news-threads" / "articles"


def test_english_and_portuguese_pages_get_their_language():
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    page_id = next(p for p in truth if p.startswith("cc03ddb5"))
    html = gzip.decompress((BENCH / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
    assert clean(RawArticle(id="pt", path="pt", body=html, kind="html", format="html")).language == "pt"
    assert detect_language(bbc_article("politics/010")[1]) == "en"


def test_a_line_too_short_to_tell_has_no_language():
    assert detect_language("Chicago Bears fire coach John Fox after 5-11 season.") is None


def test_a_non_english_article_is_not_run_through_the_english_extractors(nlp):
    from newsweave.annotate import annotate

    text = "O Ministério da Saúde confirmou 12 mortes e 40 feridos após o temporal, segundo o governador."
    english, _ = bbc_article("politics/010")
    articles = [Article(id="pt", text=text * 3, language="pt"), Article(id="en", text=english, language="en")]
    reasons: dict[str, str] = {}
    pt, en = annotate(articles, nlp, lambda article, error: reasons.setdefault(article.id, str(error)))
    assert (pt.article, pt.claims, pt.entities, pt.statements) == ("pt", [], [], [])
    assert en.article == "en" and en.statements
    assert reasons == {"pt": "not extracted: the text is in pt, the extractors read English"}


def test_a_digest_item_after_the_article_is_marked_off_story_and_kept():
    article = read_articles([THREADS / "e5b26d1ba171e91af37d189676f52777020206e009d23ef77a49f3c2.json"])[0]
    start = article.text.index("France bans smartphone use in cars even when you pull over")
    assert [(s, e) for s, e in article.off_story] == [(start, len(article.text))]
    assert "Intel" in article.text[:start]


def test_a_section_under_a_heading_about_the_same_story_is_not_off_story():
    article = read_articles([THREADS / "3ca5dc3a0b271508c8683bc259443ea9654e14fa0c5ea8cb8915f6c9.json"])[0]
    assert article.headings and article.off_story == []


def test_no_kursk_article_has_an_off_story_passage(kursk_articles):
    assert all(a.off_story == [] for a in kursk_articles.values())


def test_a_list_of_english_names_and_stats_is_not_taken_for_a_pidgin():
    # Lines of this shape (names, codes, figures, few common words) are what py3langid alone calls
    # Nigerian Pidgin ("pcm"); these are written for the test.
    reviews = "Roadster 2020 review - photos New Audi Q7 2020 review New Audi Q7 2020 review - photos Volvo XC40 review"
    stats = "Top Tigers relievers: RHP Sam Dole (0.6 WAR), RHP Ted Marsh (0.4 WAR), LHP Ray Okafor (0.3 WAR)"
    assert detect_language(reviews + " - photos New Kia Ceed Estate prototype review") in ("en", None)
    assert detect_language(stats + ", LHP Joe Banks (0.2 WAR), RHP Will Tate (0.2 WAR).") is None


def test_chinese_is_detected_though_it_has_no_spaces_between_words():
    text = (
        "北京市卫生健康委员会周二表示，两名来自内蒙古的患者被确诊感染肺鼠疫，目前正在北京接受治疗，病情稳定。"
        "当局已对密切接触者进行隔离观察。"
    )
    assert detect_language(text) == "zh"
