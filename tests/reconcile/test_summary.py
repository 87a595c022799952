"""The summary says what a reader needs (issue 14, part 3): one test per rule, on real sentences."""

from __future__ import annotations

from newsweave.model import Article, Quote, Statement
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.records import Story
from newsweave.summarise import summarise, summary_length
from newsweave.summarise.extractive import is_candidate
from newsweave.summarise.facts import amount
from newsweave.summarise.speakers import speakers_sentence
from tests.reconcile.test_figure_groups import article, claim, toll_story


def _statement(text: str, article_id: str = "a", start: int = 0) -> Statement:
    return Statement(article=article_id, start=start, end=start + len(text), text=text)


def test_length_grows_with_the_story():
    assert summary_length(2) == 3 and summary_length(20) == 10 and summary_length(200) == 10
    lengths = [summary_length(n) for n in range(1, 30)]
    assert lengths == sorted(lengths)


def test_page_notices_never_enter_the_summary():
    """Lines left in benchmark pages' bodies (Space.com, Dealbreaker, Fox News, Barron's, The Spokesman-Review)."""
    notices = [
        "Follow us on Twitter @Spacedotcom or Facebook and tell us what you think.",
        "Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.",
        "CLICK HERE TO GET THE FOX NEWS APP and read about the story on your phone today.",
        "Distribution and use of this material are governed by our Subscriber Agreement and by copyright law.",
        "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
        "This page is archived and is no longer updated, the broadcaster's website said.",
    ]
    assert not any(is_candidate(_statement(n), None) for n in notices)
    news = (
        "Wall Street analysts are trying to assess which media companies are best positioned for success, and how "
        "many streaming services consumers will sign up for."
    )  # Los Angeles Times: "sign up" in a news sentence
    assert is_candidate(_statement(news), None)


def test_every_sentence_starts_at_a_sentence_start():
    """A fragment cut out of a sentence (lower case start, no closing stop) or a heading is no candidate."""
    assert not is_candidate(
        _statement("and said the plan would cost the state about $449,000 in total this year."), None
    )
    assert not is_candidate(_statement("How is the plague spread and what can be done about it"), None)
    heading = "Nowadays, plague is easily treated with antibiotics and most patients recover well."
    page = Article(id="a", text=heading, headings=[])
    assert is_candidate(_statement(heading), page)
    page.headings = [type("H", (), {"start": 0, "end": len(heading)})()]
    assert not is_candidate(_statement(heading), page)


def test_amounts_read_as_a_reader_writes_them():
    assert amount(25e6) == "25 million" and amount(9.5e9, "USD", "money") == "$9.5 billion"
    assert amount(3.8, "percent", "percent") == "3.8%" and amount(12500) == "12,500"


def _kursk_summary(kursk_brief):
    [story] = kursk_brief["stories"]
    return story, story["summary"]


def test_the_summary_leads_with_what_the_reports_agree_on(kursk_brief):
    story, summary = _kursk_summary(kursk_brief)
    assert summary[0]["kind"] == "lead"
    disputed = {c for f in story["figures"] if f["status"] == "disputed" for c in f["claims"]}
    spans = [(c["article"], c["start"]) for c in story["claims"] if c["id"] in disputed]
    ref = summary[0]["sentences"][0]  # the lead sentence (a dated report giving its day may follow)
    assert not any(a == ref["article"] and ref["start"] <= s < ref["end"] for a, s in spans)
    contested = {(s["article"], s["start"]) for c in story["contradictions"] for s in c["sides"]}
    assert (ref["article"], ref["start"]) not in contested


def test_each_disputed_figure_says_who_says_what(kursk_brief):
    _, summary = _kursk_summary(kursk_brief)
    [dispute] = [s for s in summary if s["kind"] == "dispute"]
    text = dispute["text"]
    assert text.startswith("Reports differ on the number of North Korean")
    assert "8,000 (United States)" in text and "12,000 (Ukraine)" in text and "(South Korea)" in text
    assert len(dispute["articles"]) == 5


def test_the_main_contradiction_is_told_in_the_reports_words(kursk_brief):
    _, summary = _kursk_summary(kursk_brief)
    [contradiction] = [s for s in summary if s["kind"] == "contradiction"]
    assert "had yet to participate in active combat" in contradiction["text"]
    assert "engaged in their first direct combat" in contradiction["text"]
    assert {"002_62a14225dbc0a0d6", "004_1f801f38dbe7ad15"} <= set(contradiction["articles"])


def test_the_main_speakers_are_named(kursk_brief):
    _, summary = _kursk_summary(kursk_brief)
    assert summary[-1]["kind"] == "speakers" and "Volodymyr Zelenskyy" in summary[-1]["text"]


def test_every_sentence_cites_and_nothing_repeats(kursk_brief):
    story, summary = _kursk_summary(kursk_brief)
    texts = {a["id"]: a["text"] for a in kursk_brief["articles"]}
    assert len(summary) <= summary_length(len(story["articles"]))
    assert len({s["text"] for s in summary}) == len(summary)
    extracted = [
        (r["article"], r["start"]) for s in summary if s["kind"] in ("lead", "extract") for r in s["sentences"]
    ]
    built = {(r["article"], r["start"]) for s in summary if s["kind"] == "contradiction" for r in s["sentences"]}
    assert len(set(extracted)) == len(extracted) and not set(extracted) & built
    for item in summary:
        assert item["articles"] and set(item["articles"]) <= set(story["articles"])
        for ref in item["sentences"]:
            assert texts[ref["article"]][ref["start"] : ref["end"]].strip()


def test_an_update_gives_its_latest_value_and_date():
    """A toll rising 50 -> 58 -> 59 across days (the issue's case)."""
    articles, claims = toll_story()
    view = SourceView({a.id: a for a in articles}, {})
    story = Story(id="s1", title="Earthquake", articles=[a.id for a in articles], claims=claims,
                  figures=[g.figure(view) for g in group_figures(claims, "s1", articles)])  # fmt: skip
    statements = [_statement(a.text, a.id) for a in articles]
    [update] = [s for s in summarise(story, articles, statements) if s.kind == "update"]
    assert update.text.startswith("The number of people killed was updated over time: 50 on 2023-02-06")
    assert update.text.endswith("the latest is 59 on 2023-02-08 (health ministry).")
    assert update.articles == ["d0", "d1", "d2"]


def test_speakers_fold_a_surname_into_the_full_name():
    """The Real Deal and VentureBeat (benchmark) quote "Claure" and "Marcelo Claure"; "Analysts" is no one."""
    quotes = [
        Quote(id=f"q{i}", article="a", text="...", direct=True, start=i, end=i + 1, sentence="...", speaker=name)
        for i, name in enumerate(["Marcelo Claure", "Claure", "Claure", "Analysts", "Adam Neumann", "Adam Neumann"])
    ]
    sentence = speakers_sentence(quotes, [])
    assert sentence.text == "The main speakers quoted are Marcelo Claure (3 quotes) and Adam Neumann (2 quotes)."


def test_the_kursk_summary_names_the_gold_dispute_and_contradiction(kursk_brief_records, gold):
    from newsweave.evaluation.figures import check_summary

    check = check_summary("kursk", kursk_brief_records, gold)
    assert check.figure_values and check.figure_sources and check.contradiction


def test_the_figure_most_reports_agree_on_is_stated_once():
    """The meth campaign's cost in three outlets (benchmark pages), no extracted sentence repeating it."""
    texts = [
        ("hill", "The Hill", "The campaign, which includes both digital and TV ads, cost the state roughly $449,000, "
         "according to the Sioux Falls Argus Leader."),
        ("nj", "NJ.com", "The report says the Minneapolis ad agency Broadhead Co. came up with the campaign, and the "
         "state has paid the agency nearly $449,000 so far this year."),
        ("usa", "USA TODAY", "The state's Department of Social Services paid a Minnesota ad agency just short of "
         "$449,000 this fall for their work on the campaign."),
    ]  # fmt: skip
    articles = [article(i, text, "2019-11-19", site) for i, site, text in texts]
    claims = [
        claim(i, 449000, text, "campaign", unit="USD", kind="money", qualifier=q, at="$449,000")
        for (i, _, text), q in zip(texts, ["approximately", "under", "under"], strict=True)
    ]
    view = SourceView({a.id: a for a in articles}, {})
    story = Story(id="s1", title="Meth", articles=[a.id for a in articles], claims=claims,
                  figures=[g.figure(view) for g in group_figures(claims, "s1", articles)])  # fmt: skip
    summary = summarise(story, articles, [_statement(a.text, a.id) for a in articles])
    assert [s.kind for s in summary if "449,000" in s.text] == ["lead"]  # the lead states it: nothing repeats it
    other = [  # NJ.com and USA TODAY sentences without the figure
        _statement("The state’s new slogan for an anti-drug campaign drew a South Dakota-sized share of attention "
                   "on social media Monday.", "nj", 500),
        _statement("So many people were talking about South Dakota’s odd new slogan that the state and “We’re On "
                   "It\" became top Twitter trends.", "usa", 500),
    ]  # fmt: skip
    [agreed] = [s for s in summarise(story, articles, other) if "449,000" in s.text]
    assert agreed.text == "Reports agree on the cost: $449,000 (NJ.com; The Hill; USA TODAY)."  # "cost $449,000"


def test_a_share_and_a_discrepancy_name_who_says_what():
    """plague and wework: the figures the reports give differently that no disputed group states are named in
    the summary with each side's words and source, citing both sentences."""
    from newsweave.records import Contradiction, ContradictionSide
    from newsweave.summarise.facts import figure_conflict_sentence

    share = Contradiction(
        id="s1:x3",
        about="share of Europe's population",
        kind="figure",
        severity="minor",
        sides=[
            ContradictionSide("smi", "...wiped out nearly one-third of Europe’s population.", 0, 50,
                              source="Smithsonian.com", value="nearly one-third"),
            ContradictionSide("exp", "...killing up to 60 percent of Europe’s total population.", 0, 60,
                              source="Express.co.uk", value="up to 60 percent"),
        ],
    )  # fmt: skip
    sentence = figure_conflict_sentence(share)
    assert sentence is not None and sentence.kind == "figure" and sentence.articles == ["exp", "smi"]
    assert sentence.text == (
        "Reports differ on the share of Europe's population: nearly one-third (Smithsonian.com); up to 60 percent "
        "(Express.co.uk) (both may hold)."
    )
    employees = Contradiction(
        id="s1:x2",
        about="employees",
        kind="discrepancy",
        severity="minor",
        sides=[
            ContradictionSide("trd", "WeWork’s 12,000 employees", 0, 9, source="The Real Deal", value="12,000"),
            ContradictionSide("vb", "had 12,500 employees on June 30", 0, 9, source="VentureBeat", value="12,500"),
        ],
    )
    sentence = figure_conflict_sentence(employees)
    assert sentence is not None
    assert (
        sentence.text
        == "Reports give close but different figures for employees: 12,000 (The Real Deal); 12,500 (VentureBeat)."
    )
    share.figure = "s1:f2"  # a disputed group: its dispute sentence says it already
    assert figure_conflict_sentence(share) is None


def test_a_date_contradiction_credits_each_outlet_with_its_date():
    """wework: the main contradiction of a story with no denial is the date of Neumann's departure."""
    from newsweave.records import Contradiction, ContradictionSide
    from newsweave.summarise.facts import contradiction_sentence

    conflict = Contradiction(
        id="s1:x0",
        about="when Adam Neumann left",
        kind="date",
        sides=[
            ContradictionSide("vb", "Neumann had resigned as CEO the previous week.", 10, 56,
                              value="2019-09-17/2019-09-29"),
            ContradictionSide("trd", "After CEO and co-founder Adam Neumann left the company in October, SoftBank "
                              "committed to a $9.5 billion lifeline.", 0, 90, value="2019-10-01/2019-10-31"),
        ],
    )  # fmt: skip
    articles = {"vb": Article(id="vb", text="", site="VentureBeat"), "trd": Article(id="trd", text="", site="TRD")}
    sentence = contradiction_sentence(conflict, [conflict], articles)
    assert sentence is not None and sentence.kind == "contradiction"
    assert sentence.text.startswith(
        "Reports differ on when Adam Neumann left: VentureBeat (2019-09-17/2019-09-29) writes “Neumann had resigned "
        "as CEO the previous week”, while TRD (2019-10-01/2019-10-31) writes “After CEO and co-founder Adam Neumann"
    )
    assert [r.article for r in sentence.sentences] == ["vb", "trd"]
