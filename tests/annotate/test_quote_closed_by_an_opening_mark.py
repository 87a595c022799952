"""A quoted paragraph closed by an opening mark typed for the closing one is still a quotation: its speaker, named in
the paragraph that leads into it, says it and asserts its figures. The passage is real: PolNeAR dev
west-journal_2016-09-26_popular-website-shows-bias-when-."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source

SANDERS = (
    "In a comparison done on Zero Hedge, similar statements made by former Democratic presidential candidate Sen. "
    "Bernie Sanders and Republican nominee Donald Trump regarding black youth unemployment were treated very "
    "differently by PolitiFact.\n\n"
    "On July 6, 2015, Sanders made the following comment:\n\n"
    "“For young people who have graduated high school or dropped out of high school, who are between the ages of 17 "
    "and 20, if they happen to be white, the unemployment rate is 33 percent.  If they are Hispanic, the unemployment "
    "rate is 36 percent. If they are African-American, the real unemployment rate for young people is 51 percent.“\n\n"
    "When PolitiFact examined the senator’s statement, it was labeled “Mostly True.”"
)


def test_a_paragraph_closed_by_an_opening_mark_is_quoted_and_its_figures_are_the_speakers(nlp):
    annotations = annotate_text(nlp, SANDERS)
    quote = next(q for q in annotations.quotes if q.text.startswith("For young people"))
    assert (quote.direct, quote.speaker, quote.text[-14:]) == (True, "Bernie Sanders", "is 51 percent.")
    for words in ("33 percent", "36 percent", "51 percent"):
        assert figure_source(annotations, SANDERS, words) == "Bernie Sanders"
