"""One unnamed person placed in two places by two reports (issue 14, part 3: the plague gold's main contradiction).

Real sentences of the plague gold file: The Sun makes the hunter "the third Beijing resident", the New York Post
has him from Xilingol and hospitalized in Huade (Inner Mongolia), Smithsonian "also from Inner Mongolia" and
taken to a hospital "around 185 miles northwest of Beijing".
"""

from __future__ import annotations

from newsweave.model import Article, Statement
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.unnamed_places import unnamed_place_contradictions
from newsweave.records import Contradiction, ContradictionSide, StoryEntity
from newsweave.summarise.facts import contradiction_sentence

SUN = [
    "A HUNTER who killed and ate a wild rabbit in China has been hit by the deadly bubonic plague.",
    "The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death, say "
    "officials.",
    "The man told doctors he ate the rabbit meat in Inner Mongolia on November 5.",
]
POST = [
    "The new patient from Xilingol in Inner Mongolia hunted and ate a wild rabbit on Nov. 5, according to the "
    "state-run Xinhua News Agency.",
    "The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner Mongolia "
    "Autonomous Region, the news agency said, citing the regional health commission.",
    "The incident comes after two other patients from the northwestern Inner Mongolia province were quarantined at a "
    "hospital in Beijing after suffering from the pneumonic plague.",
]
SMITHSONIAN = [
    "On November 16, a third case of plague was reported in a 55-year-old man, also from Inner Mongolia.",
    "He had, according to Alex Horton of the Washington Post, killed and eaten a wild rabbit before he was taken to "
    "a hospital around 185 miles northwest of Beijing.",
]
PLACES = ["China", "Beijing", "Inner Mongolia", "Inner Mongolia Autonomous Region", "Huade", "Xilingol"]
ENTITIES = [StoryEntity(f"g{i}", name, "GPE", aliases=[name]) for i, name in enumerate(PLACES)]
SITES = {"sun": "The Sun", "post": "New York Post", "smithsonian": "Smithsonian.com"}


def _statements(article: str, sentences: list[str]) -> list[Statement]:
    out, at = [], 0
    for text in sentences:
        out.append(Statement(article=article, start=at, end=at + len(text), text=text))
        at += len(text) + 1
    return out


def _found(reports: dict[str, list[str]]) -> tuple[list[Contradiction], dict[str, Article]]:
    articles = {a: Article(id=a, text=" ".join(s), site=SITES.get(a)) for a, s in reports.items()}
    statements = [s for a, sentences in reports.items() for s in _statements(a, sentences)]
    return unnamed_place_contradictions(statements, SourceView(articles, {}), ENTITIES), articles


def test_a_beijing_resident_against_a_patient_hospitalized_in_inner_mongolia_is_a_place_contradiction():
    """The gold's three sides are all in it; Huade lies in Inner Mongolia by the sentence's own chain of places,
    so the Post and Smithsonian do not clash with each other, and "185 miles northwest of Beijing" clashes only
    with Beijing."""
    [conflict], _ = _found({"sun": SUN, "post": POST, "smithsonian": SMITHSONIAN})
    assert (conflict.kind, conflict.severity) == ("place", "major")
    assert conflict.about == "where the 55-year-old man lives or was treated"
    sides = [(s.article, s.value) for s in conflict.sides]
    assert sides[0] == ("sun", "Beijing")  # it clashes with every other side: it comes first
    assert set(sides) == {
        ("sun", "Beijing"),
        ("post", "Xilingol"),
        ("post", "Huade"),
        ("smithsonian", "Inner Mongolia"),
        ("smithsonian", "185 miles northwest of Beijing"),
    }


def test_other_patients_are_other_people_and_reports_that_agree_are_no_contradiction():
    """ "two other patients ... quarantined at a hospital in Beijing" are not the hunter; the Post and
    Smithsonian alone agree (Xilingol and Huade lie in Inner Mongolia)."""
    assert _found({"post": POST, "smithsonian": SMITHSONIAN})[0] == []


def test_two_ages_mean_two_people_and_no_place_contradiction():
    """A 30-year-old woman of one report is not the 55-year-old man of another."""
    woman = ["The 30-year-old is the third Beijing resident to contract the medieval disease, say officials."]
    assert _found({"sun": woman, "smithsonian": SMITHSONIAN})[0] == []


def test_the_summary_quotes_each_report_once_with_every_place_it_gives():
    """One quote per report on its first side's clause, each value it gives in brackets, every side cited."""
    [conflict], articles = _found({"sun": SUN, "post": POST, "smithsonian": SMITHSONIAN})
    sentence = contradiction_sentence(conflict, [conflict], articles)
    assert sentence is not None and sentence.kind == "contradiction"
    assert sentence.text.startswith(
        "Reports differ on where the 55-year-old man lives or was treated: The Sun (Beijing) writes “The 55-year-old "
        "is the third Beijing resident"
    )
    assert sentence.text.count("New York Post") == 1 and "New York Post (Xilingol; Huade) writes" in sentence.text
    assert "Smithsonian.com (Inner Mongolia; 185 miles northwest of Beijing) writes" in sentence.text
    assert len(sentence.sentences) == len(conflict.sides) == 5


def test_a_contradiction_with_one_side_per_report_reads_as_before():
    """wework: one date per report, each quoted (the grouping changes nothing there)."""
    sides = [
        ContradictionSide("a", "Neumann had resigned as CEO the previous week.", 0, 10, value="2019-09-17/2019-09-29"),
        ContradictionSide("b", "Adam Neumann left the company in October.", 0, 10, value="2019-10-01/2019-10-31"),
    ]
    main = Contradiction("x", "when Adam Neumann left", sides, kind="date")
    sentence = contradiction_sentence(main, [main], {})
    assert sentence is not None
    assert sentence.text == (
        "Reports differ on when Adam Neumann left: one report (2019-09-17/2019-09-29) writes “Neumann had resigned "
        "as CEO the previous week”, while one report (2019-10-01/2019-10-31) writes “Adam Neumann left the company in "
        "October”."
    )
