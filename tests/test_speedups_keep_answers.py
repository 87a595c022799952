"""Speed round 11 (issue 16): the story steps outside the figures and actors do less work for the same output.

Each test pins, on real text, the output a faster path must keep."""

from __future__ import annotations

from collections import Counter

from newsweave.model import Article, Statement
from newsweave.reconcile.event_dates import date_contradictions
from newsweave.reconcile.figure_status import SourceView
from newsweave.records import StoryEntity
from newsweave.summarise.extractive import rank_candidates
from newsweave.summarise.tfidf import stop_words
from tests.reconcile.test_event_dates import NEUMANN, SMITHSONIAN, SUN


def test_kursk_candidates_are_backed_by_the_close_sentences_sharing_more_than_names(kursk_articles, kursk_annotations):
    """Only the sentences at SUPPORT or above are compared (not the whole pool): the backers and cited sentences
    of the kursk candidates are those of a comparison with every sentence."""
    articles = list(kursk_articles.values())
    statements = [s for name in kursk_articles for s in kursk_annotations[name].statements]
    candidates, similarity = rank_candidates(statements, articles)
    assert similarity.shape == (106, 106)
    assert Counter(len(c.backers) for c in candidates) == Counter({1: 100, 2: 6})
    top = max(candidates, key=lambda c: (len(c.backers), c.score))
    assert top.statement.text == (
        "Reports from South Korean intelligence suggest that over 10,000 North Korean troops have been deployed to "
        "Russia."
    )
    assert top.backers == ["001_d50eaae05427456e", "003_114b54cabd2150fb"]
    assert [(r.article, r.start, r.end) for r in top.support] == [("001_d50eaae05427456e", 0, 211)]


def test_the_stop_words_are_read_once():
    """scikit-learn's list is read when the module is imported, not on each of a story's three asks."""
    assert stop_words() is stop_words()
    assert len(stop_words()) == 318 and "the" in stop_words() and "plague" not in stop_words()


def test_a_story_telling_no_departure_still_dates_its_reported_cases():
    """The people's patterns are compiled only for a story whose sentences tell a departure; the plague reports
    tell none, and their third case is dated as with them."""
    articles = {
        "smi": Article(id="smi", text=SMITHSONIAN, published="2019-11-18", site="Smithsonian.com"),
        "sun": Article(id="sun", text=SUN, published="2019-11-18", site="The Sun"),
    }
    statements = [Statement(article=a, start=0, end=len(x.text), text=x.text) for a, x in articles.items()]
    view = SourceView(articles, {})
    someone = StoryEntity("e2", "Li Wei", "PERSON", aliases=["Li Wei"])
    for people in ([], [NEUMANN, someone]):
        [conflict] = date_contradictions(statements, view, people)
        assert conflict.about == "when the third case was reported"
        assert [s.value for s in conflict.sides] == ["2019-11-16", "2019-11-17"]


def _row_counts(store, article_id: str) -> tuple[int, ...]:
    counts = [
        store.db.execute(f"SELECT COUNT(*) FROM {table} WHERE article_id = ?", (article_id,)).fetchone()[0]
        for table in ("claims", "quotes", "entities")
    ]
    quotes = store.db.execute(
        "SELECT COUNT(*) FROM search_index WHERE article_id = ? AND kind = 'quote'", (article_id,)
    ).fetchone()[0]
    return (*counts, quotes)


def test_a_first_extraction_deletes_nothing_and_a_second_replaces_the_first(kursk_articles, kursk_annotations):
    """A first extraction has no earlier rows to delete (the search index's delete scans every indexed text, which
    made storing many articles quadratic); extracting again still replaces each row, never adds a second copy."""
    from newsweave.store import open_store
    from newsweave.store.interface import StoredArticle

    article = kursk_articles["000_1e8fda47268a562a.txt"]
    annotations = kursk_annotations["000_1e8fda47268a562a.txt"]
    store = open_store(":memory:")
    try:
        with store.transaction():
            store.add_articles([StoredArticle(article, f"path:{article.id}", "s1", b"", [])])
            store.set_annotations([annotations])
        assert _row_counts(store, article.id) == (2, 16, 15, 16)
        with store.transaction():
            store.set_annotations([annotations])
        assert _row_counts(store, article.id) == (2, 16, 15, 16)
        hits = [h for h in store.search("first skirmish") if h.kind == "quote"]
        assert [h.article for h in hits] == [article.id]
    finally:
        store.close()


def test_page_prompts_are_found_in_the_lower_cased_block_whatever_their_case():
    """Lines of benchmark pages (Space.com, Fox News, The Water Coolest, the New York Times) and a Los Angeles Times
    news sentence: the prompts are read in the lower-cased block, capitals and all."""
    from newsweave.clean.furniture import furniture_reason

    prompts = [
        "Follow us on Twitter @Spacedotcom or Facebook and tell us what you think.",
        "CLICK HERE TO GET THE FOX NEWS APP and read about the story on your phone today.",
        "Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.",
        "Continue reading the main story",
    ]
    assert [furniture_reason(p) for p in prompts] == ["subscribe"] * 4
    news = (
        "Wall Street analysts are trying to assess which media companies are best positioned for success, and how "
        "many streaming services consumers will sign up for."
    )
    assert furniture_reason(news) is None


def test_a_bbc_rewrite_is_found_with_its_sentences_read_once():
    """BBC business/376 retells business/374 (a share of 0.529 of its sentences); its sentences are read once for
    the three candidates, and the other two share nothing."""
    from newsweave.stories.dedupe import find_rewrite, rewrite_share
    from tests.conftest import bbc_article

    texts = {name: bbc_article(f"business/{name}")[1] for name in ("373", "374", "375", "376")}
    candidates = [(name, texts[name]) for name in ("373", "374", "375")]
    assert [round(rewrite_share(texts["376"], source), 3) for _, source in candidates] == [0.0, 0.529, 0.0]
    assert find_rewrite(texts["376"], candidates) == "374"


def test_the_workers_warm_up_passage_is_annotated_as_any_article(nlp):
    """BBC business/004's lead, annotated once by the first worker before it forks the others (so that what the first
    article builds is built once): its figures and speakers are those of the article."""
    from newsweave.annotate import load_extractors
    from newsweave.pipeline.parallel import WARM_UP_TEXT, warm_up
    from tests.conftest import bbc_article

    assert WARM_UP_TEXT.replace('"', "") in bbc_article("business/004")[1].replace('"', "")
    load_extractors()
    annotations = warm_up(nlp)
    assert [(c.value, c.unit) for c in annotations.claims] == [
        (40.0, "percent"),
        (75000000.0, "GBP"),
        (141000000.0, "USD"),
        (125000000.0, "GBP per year"),
        (106000000.0, "GBP"),
        (47.3, "percent"),
    ]
    assert [q.speaker for q in annotations.quotes] == [
        "British Airways",
        "the airline",
        "Rod Eddington",
        "Rod Eddington",
    ]
