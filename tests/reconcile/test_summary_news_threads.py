"""The summary on the audited news-threads stories (issue 14, part 3): what a reader of a multi-outlet story
was given that said nothing, repeated itself or needed context; one test per rule, on the articles'
own sentences."""

from __future__ import annotations

from dataclasses import replace

from newsweave.model import Quote, Statement
from newsweave.records import Story
from newsweave.summarise import summarise
from newsweave.summarise.extractive import is_candidate
from newsweave.summarise.speakers import speakers_sentence
from tests.reconcile.test_figure_groups import article, claim


def _statement(text: str, article_id: str = "a", start: int = 0) -> Statement:
    return Statement(article=article_id, start=start, end=start + len(text), text=text)


def _summary(texts: list[tuple[str, str]], claims=()) -> list[str]:
    articles = [article(i, text, "2016-04-04", i) for i, text in texts]
    story = Story(id="s1", title="t", articles=[a.id for a in articles], claims=list(claims))
    statements = [_statement(text, i) for i, text in texts]
    return [s.text for s in summarise(story, articles, statements) if s.kind in ("lead", "extract")]


def test_a_question_is_no_summary_sentence():
    # news-threads a24d26ed3e10 (panama papers): a sub-heading written as a question
    question = "What does the law firm Mossack Fonseca have to say about all this?"
    assert not is_candidate(_statement(question), None)


def test_a_sentence_wholly_inside_quotation_marks_is_no_summary_sentence():
    # news-threads feb63103e948 (harambe): a PETA official's words, split from "Why?" and their speaker
    inside = '"A 17-year-old gorilla named Harambe is dead, and a child is in the hospital.'
    assert not is_candidate(_statement(inside), None)
    # news-threads 6500961852ee (tarantino): the quote's speaker is in the sentence
    said = (
        "“Quentin came in my trailer and didn’t like to hear no, like any director,” Thurman told The New York Times."
    )
    assert is_candidate(_statement(said), None)


def test_a_sentence_opening_on_a_pronoun_or_a_conjunction_is_not_extracted():
    texts = [
        ("ap", "A Tokyo-bound flight returned to Los Angeles hours into the journey after the crew discovered that "
               "one of the passengers had boarded the wrong plane, All Nippon Airways said Wednesday."),
        ("cnn", "She said the passenger had a United Airlines ticket."),  # news-threads 8bfd98d55505
        ("rt", "And like Vladimir Putin, the British Prime Minister “is not named in the reports himself.”"),  # da1d
        ("abc", "The FBI interviewed passengers and the agency had received reports of a possible stowaway aboard "
                "the flight."),
    ]  # fmt: skip
    summary = _summary(texts)
    assert not any(s.startswith(("She said", "And like")) for s in summary)
    assert any(s.startswith("The FBI") for s in summary)


def test_a_figure_the_summary_gave_is_not_given_again_in_other_words():
    # news-threads panama papers: 22f6f31eea83, a24d26ed3e10 and 0ac360f6fe42 tell the 11.5 million documents
    texts = [
        ("reuters", "The scandal erupted on Sunday when media groups began revealing the results of a year-long "
                    "investigation into a trove of 11.5 million documents from Panamanian law firm Mossack Fonseca, "
                    "which specialises in creating offshore shell companies."),
        ("npr", "Over the past year, investigative journalists across the world have been sifting through 11.5 "
                "million internal files from the Panamanian law firm Mossack Fonseca."),
        ("rt", "The more-than 11 million documents, which date back four decades, are allegedly connected to Panama "
               "law firm Mossack Fonseca."),
        ("cnn", "Among those named in the Panama Papers are close associates of Russian leader Vladimir Putin and "
                "President Xi's brother-in-law."),
    ]  # fmt: skip
    claims = [
        claim("reuters", 11.5e6, texts[0][1], "documents", at="11.5 million"),
        claim("npr", 11.5e6, texts[1][1], "internal files", at="11.5 million"),
        claim("rt", 11e6, texts[2][1], "documents", qualifier="over", at="more-than 11 million"),
    ]
    summary = _summary(texts, claims)
    assert sum("million" in s for s in summary) == 1
    assert any(s.startswith("Among those named") for s in summary)


def test_words_quoted_within_a_reported_quote_count_once_for_the_speaker():
    # news-threads 1d6a1d7d6226 (harambe): the direct words inside the reported speech are one statement
    sentence = (
        "Zoo Director Thane Maynard said the animal didn't appear to be attacking the boy, but he said it was "
        "“an extremely strong” animal in an agitated situation, according to AP reports."
    )

    def quote(n: int, text: str, direct: bool) -> Quote:
        start = sentence.find(text)
        return Quote(id=f"q{n}", article="a", text=text, direct=direct, start=start, end=start + len(text),
                     sentence=sentence, speaker="Thane Maynard")  # fmt: skip

    quotes = [
        quote(0, "the animal didn't appear to be attacking the boy", False),
        quote(1, "it was “an extremely strong” animal in an agitated situation", False),
        quote(2, "an extremely strong", True),
    ]
    assert speakers_sentence(quotes, []).text == "The main speaker quoted is Thane Maynard (2 quotes)."


def test_an_age_the_reports_agree_on_is_no_summary_figure():
    # news-threads harambe: "Reports agree on the number of year: 17 year of age" said nothing of whose age
    texts = [
        ("npr", "A gorilla was fatally shot at an Ohio zoo this weekend after it picked up a young boy who had "
                "tumbled into an exhibit, officials said."),
        ("mail", "A special zoo response team shot and killed a 17-year-old gorilla named Harambe that grabbed and "
                 "dragged a four-year-old boy who fell into its exhibit."),
        ("cd", "Harambe, a 17-year-old western lowland gorilla, was killed by the zoo's dangerous animal response "
               "team on Saturday."),
    ]  # fmt: skip
    claims = [claim(i, 17, text, "year", unit="year of age", kind="measure", at="17-year-old") for i, text in texts[1:]]
    from newsweave.reconcile.figure_status import SourceView
    from newsweave.reconcile.figures import group_figures

    articles = [article(i, text, "2016-05-29", i) for i, text in texts]
    view = SourceView({a.id: a for a in articles}, {})
    figures = [g.figure(view) for g in group_figures(claims, "s1", articles)]
    assert any(f.status == "agreed" for f in figures)
    story = Story(id="s1", title="t", articles=[a.id for a in articles], claims=claims, figures=figures)
    other = [  # sentences without the age, so that no extracted sentence states it
        _statement(texts[0][1], "npr"),
        _statement("Zoo Director Thane Maynard said the boy wasn't seriously hurt in the fall.", "mail", 500),
        _statement("The zoo's gorilla exhibit would remain closed until further notice, the zoo said.", "cd", 500),
    ]
    assert not any(s.kind == "agreed" for s in summarise(story, articles, other))
    count = [replace(c, unit=None, kind="count", counted="gorillas") for c in claims]  # the same as a count: said
    story.claims, story.figures = count, [g.figure(view) for g in group_figures(count, "s1", articles)]
    assert any(s.kind == "agreed" for s in summarise(story, articles, other))


def test_a_sentence_saying_the_lead_again_in_other_words_is_not_extracted():
    # news-threads chrissy teigen: 909dade37426 (the lead) and 4ea3774837f7 say the same turn-back
    texts = [
        ("ap", "A Tokyo-bound flight returned to Los Angeles hours into the journey after the crew discovered that "
               "one of the passengers had boarded the wrong plane, All Nippon Airways said Wednesday."),
        ("rt", "The All-Nippon Airways (ANA) flight from Los Angeles made the unscheduled detour after airline crew "
               "realized there was a passenger on board who was on the wrong flight."),
        ("cnn", "Teigen said that All Nippon flight attendants told her the displaced passenger had a United "
                "Airlines boarding pass."),
        ("abc", "The FBI interviewed passengers and the agency had received reports of a possible stowaway aboard "
                "the flight."),
        ("la", "Back in 1985, a Sacramento community college student named Michael Lewis was returning to the "
               "United States from a vacation in New Zealand."),
    ]  # fmt: skip
    summary = _summary(texts)
    assert sum("All-Nippon Airways (ANA)" in s or "A Tokyo-bound flight" in s for s in summary) == 1


def test_a_sentence_opening_on_a_first_person_outside_quotation_marks_is_not_extracted():
    # news-threads 26c06dca71d6 and d5d5bbdbf8e2 (Apple_removed_Telegram): Durov's embedded post, whose "we" the
    # summary cannot name, led the summary; the same words quoted with their speaker may stay
    post = (
        "We were alerted by Apple that inappropriate content was made available to our users and both apps were "
        "taken off the App Store."
    )
    quoted = (
        "“We were alerted by Apple that inappropriate content was made available to our users, and both apps were "
        "taken off the App Store,” Pavel Durov remarked on Twitter."
    )
    texts = [
        ("bbc", post),
        ("tc", "Telegram’s founder and CEO said Apple removed the company’s controversial messaging apps from the "
               "iOS App Store because of content that apparently violated Apple’s guidelines."),
        ("guardian", "Telegram, the messaging app, has been removed from Apple’s app store days after Theresa May "
                     "singled it out for criticism as a haven for criminals and terrorists."),
        ("nw", quoted),
    ]  # fmt: skip
    summary = _summary(texts)
    assert post not in summary and summary
    assert not any(s.startswith("We ") for s in summary)
