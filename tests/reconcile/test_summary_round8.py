"""Summary rules of issue 14 part 3 checked on the gold files and news-threads (session 8).

- main speakers: a quote counts for the actor it is linked to only when its speaker words name it (kursk: "Military
  experts predict that ..." was linked to the G7 of the paragraph before), and a direct quote starting inside the
  reported one that holds it is one statement (kursk: the G7 was listed with 5 quotes, it gave 3);
- updates: one value given on one day is one point with everyone who gives it (croydon: "at least 7 on 2016-11-09"
  three times);
- a sentence opening on a time or place it refers back to ("Later that year, ...", "Until this point, ...") needs
  context the summary does not give;
- the lead tells the main event in the reports' own voice: a sentence mostly in someone's quoted words ranks lower
  (wework: a WeWork spokesperson's "We received an inquiry ..." led the summary);
- the figure most reports agree on, given with several values, is left out when the lead already gives it
  (panama_papers: "11.5 million documents" in the lead, then "over 11 million (...); 11.5 million (...)");
- a question asked in a statement's clothes ("Whether it is a bad investment is the big question.") states no fact.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.model import Claim, Quote, Statement
from newsweave.records import Figure, FigureUpdate, Story, StoryEntity
from newsweave.summarise import _needs_context, summarise
from newsweave.summarise.extractive import Candidate, is_candidate, lead_score
from newsweave.summarise.facts import update_sentence
from newsweave.summarise.speakers import names, speakers_sentence

KURSK_004 = Path(__file__).parents[2] / "examples" / "kursk" / "004_1f801f38dbe7ad15.txt"
G7 = StoryEntity("e29", "G7", "ORG", aliases=["G7"])
ZELENSKYY = StoryEntity("e1", "Volodymyr Zelenskyy", "PERSON", aliases=["Volodymyr Zelenskyy", "Zelenskyy"])


def _quote(text: str, words: str, speaker: str, entity: str, direct: bool = False) -> Quote:
    start = text.index(words)
    return Quote(f"q{start}", "004", words, direct, start, start + len(words), words, speaker, entity)


def test_the_g7_is_counted_for_its_own_words_only():
    """kursk 004: the G7's joint statement is 3 quotes (the direct words inside the reported sentence count once);
    "Military experts predict ..." is linked to the G7 entity but its speaker words name someone else."""
    text = KURSK_004.read_text()
    quotes = [
        _quote(text, "grave concerns about this development", "G7", "e29"),
        _quote(text, "the military cooperation between North Korea and Russia", "G7", "e29"),
        _quote(text, "it represents “a dangerous expansion of the conflict", "G7", "e29"),
        _quote(text, "a dangerous expansion of the conflict.", "G7", "e29", direct=True),
        _quote(text, "more North Korean troops will enter combat in the coming days", "Military experts", "e29"),
    ]
    sentence = speakers_sentence(quotes, [G7])
    assert sentence is not None and sentence.text == "The main speaker quoted is G7 (3 quotes)."


@pytest.mark.parametrize(
    ("speaker", "entity", "named"),
    [
        ("Military experts", G7, False),
        ("NATO officials", StoryEntity("e2", "NATO", "ORG", aliases=["NATO"]), True),
        ("Volodymyr Zelensky", ZELENSKYY, True),  # kursk 001 spells it with one y
        ("WHO", StoryEntity("e3", "World Health Organization", "ORG", aliases=["WHO"]), True),
        ("he", ZELENSKYY, True),  # a pronoun names no one to check the link by
        ("A company spokesperson", StoryEntity("e4", "WeWork", "ORG"), True),
    ],
)
def test_speaker_words_name_the_actor_they_are_linked_to(speaker, entity, named):
    assert names(speaker, entity) is named


def test_one_value_on_one_day_is_one_update_point():
    """croydon_tram_trash: at least 5 (Independent), 7 from four reports of 2016-11-09, at least 7 on 2016-11-10."""
    said = [
        ("ind", 5, "at_least", "2016-11-09", "www.independent.co.uk", "At least five people are dead after a tram "
         "overturned in Croydon, south London."),
        ("nyt", 7, "at_least", "2016-11-09", "United Kingdom", "LONDON — At least seven people were killed and dozens "
         "more were injured when a tram derailed near London on Wednesday, the British police and emergency services "
         "said."),
        ("dm", 7, "at_least", "2016-11-09", "www.dailymail.co.uk", "At least seven people were killed when a tram sped "
         "round a sharp bend and derailed during the morning rush hour."),
        ("bbc", 7, "exactly", "2016-11-09", "www.bbc.com", "Seven people have died and dozens more have been injured "
         "after a tram overturned in London."),
        ("gu", 7, "at_least", "2016-11-10", "www.theguardian.com", "At least seven people have been killed and more "
         "than 50 taken to hospital after a tram, believed to have been going too fast, crashed in south London."),
    ]  # fmt: skip
    claims = {
        f"{a}:c0": Claim(f"{a}:c0", a, value, qualifier, sentence, 0, len(sentence), counted="people killed")
        for a, value, qualifier, _, _, sentence in said
    }
    updates = [FigureUpdate(day, value, source, f"{a}:c0") for a, value, _, day, source, _ in said]
    figure = Figure("f1", "people killed", list(claims), status="updated", updates=updates)
    sentence = update_sentence(figure, claims)
    assert sentence is not None
    assert sentence.text == (
        "The number of people killed was updated over time: at least 5 on 2016-11-09 (www.independent.co.uk); "
        "at least 7 on 2016-11-09 (United Kingdom; www.dailymail.co.uk; www.bbc.com); the latest is at least 7 on "
        "2016-11-10 (www.theguardian.com)."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Later that year, Mossack Fonseca ended its relationship with the companies.",  # news-threads panama_papers
        "Until this point, mainstream companies haven’t been very close to digital cryptocurrencies such as like "
        "bitcoin.",  # news-threads Bitcoin_drops
        "Instead, two months later, the Panama Papers were leaked.",  # news-threads panama_papers
        "Two months later, the Panama Papers were leaked.",
    ],
)
def test_a_sentence_opening_on_a_time_it_refers_back_to_needs_context(text):
    assert _needs_context(text)


def test_a_sentence_opening_on_its_own_time_needs_none():
    """A sentence that dates itself ("on Sunday") or names its year's event stands alone."""
    assert not _needs_context("On Sunday, media groups began revealing the results of a year-long investigation.")
    assert not _needs_context("In 2015 the firm opened an office in Geneva, the same year as its rival.")


def test_a_sentence_opening_on_whether_asks_and_states_nothing():
    """news-threads Bitcoin_drops: it replaced "Until this point, ..." as an extract."""
    text = "Whether it is a bad investment is the big question."
    assert not is_candidate(Statement("btc", 0, len(text), text), None)
    fact = "Bitcoin has now lost more than 50 percent of its value on the year so far."
    assert is_candidate(Statement("btc", 0, len(fact), fact), None)


def test_a_lead_mostly_in_someones_quoted_words_ranks_below_the_reports_own_voice():
    """wework (VentureBeat, TechCrunch): the same centrality, backing and place in the article."""
    quoted = (
        "“We received an inquiry from the office of the New York State Attorney General and are cooperating in the "
        "matter,” said a WeWork spokesperson when contacted by Reuters."
    )
    own = "WeWork is reportedly being investigated by the New York State Attorney General."
    slogan = (
        "South Dakota Gov. Kristi Noem (R) is defending the state’s launch of an anti-drug campaign with the slogan "
        "“Meth, we’re on it.”"
    )  # meth: a short quote inside the reports' sentence is still their voice

    def score(text: str) -> float:
        return lead_score(Candidate(Statement("a", 0, len(text), text), 0.04, ["a", "b"], 0))

    assert score(quoted) == pytest.approx(score(own) / 2)
    assert score(slogan) == pytest.approx(score(own))


PANAMA_LEAD = (
    "The scandal erupted on Sunday when media groups began revealing the results of a year-long investigation into a "
    "trove of 11.5 million documents from Panamanian law firm Mossack Fonseca, which specialises in creating offshore "
    "shell companies."
)  # news-threads 22f6f31eea
PANAMA_CNN = (
    "The more-than 11 million documents, which date back four decades, are allegedly connected to Panama law firm "
    "Mossack Fonseca."
)  # 0ac360f6fe
PANAMA_GUARDIAN = (
    "Over the past year, investigative journalists across the world have been sifting through 11.5 million internal "
    "files from the Panamanian law firm Mossack Fonseca."
)  # a24d26ed3e


def test_the_agreed_figure_the_lead_gives_is_not_given_again():
    from tests.reconcile.test_figure_groups import article, claim

    texts = [("lead", PANAMA_LEAD), ("cnn", PANAMA_CNN), ("gdn", PANAMA_GUARDIAN)]
    claims = [
        claim("lead", 11.5e6, PANAMA_LEAD, "documents", at="11.5 million"),
        claim("cnn", 11e6, PANAMA_CNN, "documents", qualifier="over", at="more-than 11 million"),
        claim("gdn", 11.5e6, PANAMA_GUARDIAN, "documents", at="11.5 million"),
    ]
    figure = Figure("s1:f0", "documents", [c.id for c in claims], [11e6, 11.5e6], 11e6, 11.5e6, status="agreed",
                    sources=["lead", "cnn", "gdn"])  # fmt: skip
    articles = [article(i, t, "2016-04-04", i) for i, t in texts]
    story = Story(id="s1", title="t", articles=[a.id for a in articles], claims=claims, figures=[figure])
    statements = [Statement(i, 0, len(t), t) for i, t in texts]
    summary = summarise(story, articles, statements)
    assert summary[0].kind == "lead" and "11.5 million" in summary[0].text
    assert not any(s.kind == "agreed" for s in summary)
    # when no chosen sentence gives it, who gives which is told: test_summary_croydon's toll (at least 5 / 7)
