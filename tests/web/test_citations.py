"""A summary sentence cites every article that supports it; each citation needs the sentence it rests on
in that article, so the story page can open it (not only the top of the article)."""

from __future__ import annotations

from newsweave.web.highlight import mark_up
from newsweave.web.views import article_link, cited_sentences


def test_every_cited_article_has_its_supporting_sentence(kursk_brief_records):
    story = kursk_brief_records.stories[0]
    texts = {a.id: a.text for a in kursk_brief_records.articles}
    for item in story.summary:
        if item.figure:
            continue
        refs = cited_sentences(item)
        assert set(item.articles) == set(refs), item.text
        for article_id, ref in refs.items():
            assert 0 <= ref.start < ref.end <= len(texts[article_id])


def test_a_sentence_backed_by_another_report_points_to_that_reports_sentence(kursk_articles, kursk_annotations):
    """001's "South Korea's defense ministry announced on Tuesday that over 10,000 North Korean soldiers ..."
    is backed by 003's "Reports from South Korean intelligence suggest that over 10,000 ...": citing 003
    for it opens that sentence of 003."""
    from newsweave.summarise.extractive import rank_candidates

    articles = list(kursk_articles.values())
    statements = [s for ann in kursk_annotations.values() for s in ann.statements]
    candidates, _ = rank_candidates(statements, articles)
    texts = {a.id: a.text for a in articles}
    chosen = next(c for c in candidates if c.statement.text.startswith("South Korea's defense ministry announced"))
    other = next(a.id for a in articles if a.path.endswith("003_114b54cabd2150fb.txt"))
    assert other in chosen.backers
    (ref,) = [r for r in chosen.support if r.article == other]
    sentence = texts[other][ref.start : ref.end]
    assert sentence.startswith("Reports from South Korean intelligence suggest that over 10,000")
    assert {r.article for r in chosen.support} == set(chosen.backers) - {chosen.statement.article}
    assert article_link(other, "s1", "s", ref.start).endswith(f"#s-{other.replace('_', '-')}-{ref.start}")


def test_overlapping_cited_sentences_become_one_element_with_every_id():
    text = "Kyiv says 12,000 troops arrived. Seoul says 10,000. Nothing else."
    sentences = [(0, 32, "hl-summary", "s-a-0"), (0, 32, "cited", "t-a-0"), (33, 51, "cited", "d-a-33")]
    inner = [(10, 16, "hl-figure", "c-a-10"), (44, 50, "hl-figure", "c-a-44")]
    html = str(mark_up(text, inner, sentences))
    assert html.count('class="sent') == 2 and '<span id="s-a-0" class="sent hl-summary"><a id="t-a-0"' in html
    assert '<span id="d-a-33" class="sent cited">' in html and 'id="c-a-44"' in html
    assert html.endswith(" Nothing else.")


def test_marked_up_text_is_escaped():
    text = "<script>alert(1)</script> said 5 people."
    html = str(mark_up(text, [(31, 32, "hl-figure", "c-x-31")], [(0, len(text), "hl-summary", 's-"x-0')]))
    assert "<script>" not in html and "&lt;script&gt;" in html and 'id="s-&quot;x-0"' in html


def test_a_sentence_supporting_two_summary_sentences_has_one_anchor_in_the_report(kursk_brief_records):
    """The lead sentence cited again by a second summary sentence (as a backer's sentence can be)."""
    import copy
    import re
    from collections import Counter

    from newsweave.records import SummarySentence
    from newsweave.report.html import render_html

    brief = copy.deepcopy(kursk_brief_records)
    story = brief.stories[0]
    lead = next(item for item in story.summary if not item.figure)
    story.summary.append(SummarySentence(text=lead.text, articles=lead.articles, sentences=list(lead.sentences)))
    ids = Counter(re.findall(r'\bid="([^"]+)"', render_html(brief)))
    assert [i for i, n in ids.items() if n > 1] == []
