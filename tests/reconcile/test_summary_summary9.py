"""Summary rules of session 9, each on the US political news sentence that broke it (PolNeAR stories,
/work/notes/polnear-stories; audit9/summary.md):

- a headline's deck repeated as the body's first line is no sentence (USA Today: "Takes Wisconsin, but Clinton
  still has the math." led the Wisconsin story);
- a sentence backs another only when they share more than names ("Sen. Ted Cruz, R-Texas, was at seven percent."
  made a Western Journal poll story back "Clinton would beat Donald Trump and Sen. Ted Cruz");
- a "no comment" ranks low (wework: once names no longer back the headline sentence, "The New York State Attorney
  General’s office had no comment." would have led);
- a rewrite and the article it rewrites back a sentence once (USA Today's two editions made "Sanders would have to
  win big primary states ..." lead the Wisconsin story);
- an agreed figure is told only when two reports say what it counts ("Forty-one percent would choose Sanders" was
  told as agreeing with "41 percent of the Republican voters").
"""

from __future__ import annotations

from dataclasses import replace

from newsweave.model import Statement
from newsweave.records import Figure, Story
from newsweave.summarise import summarise
from newsweave.summarise.extractive import NO_COMMENT, SUPPORT, is_candidate, rank_candidates
from newsweave.summarise.tfidf import fit, similarity_matrix
from tests.conftest import annotate_text
from tests.reconcile.test_figure_groups import article, claim

WISCONSIN_TITLE = "Sanders says he's riding momentum; Takes Wisconsin, but Clinton still has the math"
MATCH_UPS = (
    "In hypothetical match-ups, former Secretary of State Hillary Clinton would beat Donald Trump and Sen. Ted Cruz, "
    "R-Texas, but lose to Ben Carson or Sen. Marco Rubio, R-Fla."
)
CRUZ = "Sen. Ted Cruz, R-Texas, was at seven percent."
BERNIE = "Forty-one percent would choose Sanders to be the next president of the United States."
TRUMP = "Trump drew the support of 41 percent of the Republican voters surveyed."


def _statement(text: str, article_id: str, start: int = 0) -> Statement:
    return Statement(article=article_id, start=start, end=start + len(text), text=text)


def test_the_headlines_deck_is_no_sentence_of_the_report():
    deck = "Takes Wisconsin, but Clinton still has the math."
    lede = "Bernie Sanders prevailed in Wisconsin's Democratic primary Tuesday, continuing his win streak over Clinton."
    wisconsin = article("usa", f"{deck}\n\n{lede}", "2016-04-06", "www.usatoday.com", title=WISCONSIN_TITLE)
    assert not is_candidate(_statement(deck, "usa"), wisconsin)
    assert is_candidate(_statement(lede, "usa", len(deck) + 2), wisconsin)


UPI = (  # breitbart, 2015-12-13 (a UPI report)
    f"{MATCH_UPS}\n\nIn an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose "
    "Clinton while 40 percent chose Trump. In a closer match-up, 48 percent chose Clinton while 45 percent chose Cruz."
)
WESTERN_JOURNAL = (  # westernjournalism.com, 2015-12-10
    "The poll shows both Donald Trump and Ben Carson beating Clinton 45 to 40 percent. The new poll shows Trump far "
    "out in front of his opponents. Trump drew the support of 41 percent of the Republican voters surveyed. Carson "
    "was second at 12 percent. Sen. Marco Rubio, R-Fla., was at 10 percent. Sen. Ted Cruz, R-Texas, was at seven "
    "percent. The rest of the GOP field polled below five percent."
)


def test_a_sentence_sharing_only_names_backs_nothing(nlp):
    ours = annotate_text(nlp, UPI, article_id="upi").statements
    theirs = annotate_text(nlp, WESTERN_JOURNAL, article_id="wj").statements
    articles = [article("upi", UPI), article("wj", WESTERN_JOURNAL)]
    candidates, _ = rank_candidates([*ours, *theirs], articles)
    lead = next(c for c in candidates if c.statement.text.startswith("In hypothetical match-ups"))
    assert lead.backers == ["upi"] and lead.support == []
    # before: "Sen. Ted Cruz, R-Texas, was at seven percent." backed it (cosine 0.35 or more, by names alone)
    pool = [s for s in [*ours, *theirs] if s.text.startswith(("In hypothetical", "Sen. Ted Cruz"))]
    texts = [s.text for s in [*ours, *theirs]]
    matrix = similarity_matrix(fit(texts))
    i, j = (texts.index(s.text) for s in pool)
    assert matrix[i, j] >= SUPPORT


def test_a_no_comment_ranks_low():
    assert NO_COMMENT.search("The New York State Attorney General’s office had no comment.")
    assert NO_COMMENT.search("Sanders’ campaign didn’t immediately respond to a request for comment.")
    assert not NO_COMMENT.search("Clinton's comment on the poll drew no response from the Sanders campaign.")
    news = "WeWork is reportedly being investigated by the New York State Attorney General."
    none = "The New York State Attorney General’s office had no comment."
    candidates, _ = rank_candidates(
        [_statement(news, "a"), _statement(none, "b")], [article("a", news), article("b", none)]
    )
    score = {c.statement.article: c.score for c in candidates}
    assert score["b"] < score["a"]


def _agreed(counted: str | None) -> list[str]:
    articles = [article("breitbart", BERNIE, "2015-12-10", "www.breitbart.com"),
                article("westjournal", TRUMP, "2015-12-10", "www.westernjournalism.com")]  # fmt: skip
    claims = [
        claim("breitbart", 41, BERNIE, counted, unit="percent", kind="percent", at="Forty-one percent"),
        claim("westjournal", 41, TRUMP, "Republican voters", unit="percent", kind="percent", at="41 percent"),
    ]
    figure = Figure(id="s1:f0", about="Republican voters", claims=[c.id for c in claims], values=[41.0], low=41.0,
                    high=41.0, status="agreed", unit="percent", kind="percent",
                    sources=["www.breitbart.com", "www.westernjournalism.com"])  # fmt: skip
    story = Story(id="s1", title="t", articles=[a.id for a in articles], claims=claims, figures=[figure])
    other = [_statement("Young democrats are gravitating toward Sen. Bernie Sanders, a new poll shows.", "breitbart",
                        200)]  # fmt: skip
    return [s.text for s in summarise(story, articles, other) if s.kind == "agreed"]


def test_an_agreed_figure_needs_two_reports_saying_what_it_counts():
    assert _agreed(None) == []  # "Forty-one percent would choose Sanders": 41 percent of whom?
    assert _agreed("respondents") == ["Reports agree on the share of Republican voters: 41% (several reports)."]


def test_a_rewrite_and_the_article_it_rewrites_back_a_sentence_once():
    """USA Today's two editions of its Wisconsin report (the second `rewrite_of` the first) both hold "Sanders would
    have to win big primary states ...": one report, not two, so it no longer outranks the first edition's lead."""
    shared = (
        "Sanders would have to win big primary states, such as New York and California, by large margins in order "
        "to catch Clinton."
    )
    lede = "Bernie Sanders prevailed in Wisconsin's Democratic primary Tuesday, continuing his win streak over Clinton."
    first = article("first", f"{lede} {shared}", "2016-04-06", "www.usatoday.com")
    second = article("second", shared, "2016-04-06", "www.usatoday.com", rewrite_of="first")
    statements = [_statement(lede, "first"), _statement(shared, "first", len(lede) + 1), _statement(shared, "second")]
    candidates, _ = rank_candidates(statements, [first, second])
    told = next(c for c in candidates if c.statement.text == shared and c.statement.article == "first")
    assert told.backers == ["first", "second"] and told.reports == 1
    independent = replace(second, rewrite_of=None)
    candidates, _ = rank_candidates(statements, [first, independent])
    assert next(c for c in candidates if c.statement.text == shared).reports == 2
