"""A surname written with a title or an honorific joins the full name of that surname the story gives it to, never
a namesake the text marks otherwise: "President Obama" is Barack Obama, not the first lady; "Mr. Obama" is not
"Michelle Obama ... in her prime-time address". Each on the sentences of the PolNeAR articles that made the merge."""

from __future__ import annotations

from newsweave.annotate.title_evidence import holds, offices, title_holders
from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text

# PolNeAR west-journal_2016-09-28 (clinton campaign reportedly scrambling), paragraph 2
BARACK = (
    "The efforts are expected to continue leading up to election day, with both President Barack Obama and his "
    "wife Michelle expected to visit the Sunshine state in the coming weeks."
)
# PolNeAR train nyt_2016-08-01 (with ailes out and murdoch in), its paragraphs naming an Obama
AILES = (
    "Mr. Ailes's departure from the network leaves a huge vacuum in its own right. He drove it to pursue the "
    "stories that helped define the strife of the Clinton, Bush (No. 43) and Obama eras. He made it a TV "
    "headquarters for the patriotism-infused Bush war marketing effort; the false accusations that Mr. Obama was "
    "a ''socialist'' of dubious citizenship.\n\n"
    "It didn't show the speech of Khizr Khan, the Muslim father of a fallen American soldier. Then, there was Bill "
    "O'Reilly's aside that the slaves who built the White House, whom Michelle Obama referred to in her prime-time "
    "address, were ''well fed.''"
)
# PolNeAR dev nyt_2016-09-19 (obama sees personal insult), paragraph 2
PRESIDENT = (
    "With Democratic leaders increasingly worried about a lack of passion for Hillary Clinton among young black "
    'voters, President Obama is rolling out a new and more personal campaign message: "It\'s about me."'
)


def _obamas(entities) -> dict[str, list[str]]:
    return {e.name: sorted(set(e.aliases)) for e in entities if "Obama" in e.name}


def test_mr_surname_is_not_the_full_name_whose_sentence_says_her(nlp):
    assert _obamas(annotate_text(nlp, AILES).entities) == {
        "Obama": ["Mr. Obama", "Obama"],
        "Michelle Obama": ["Michelle Obama"],
    }


def test_a_titled_surname_joins_the_full_name_the_story_gives_the_title(nlp):
    texts = (BARACK, AILES, PRESIDENT)
    entities = [e for i, t in enumerate(texts) for e in annotate_text(nlp, t, article_id=f"a{i}").entities]
    merged = {e.name: (sorted(e.articles), e.titles) for e in merge_entities(entities) if "Obama" in e.name}
    # "Mr. Obama" of the second article: the man, by the honorific, as before; "President Obama" of the third,
    # two full names sharing the surname, joined nobody before: the title decides
    assert merged == {
        "Barack Obama": (["a0", "a1", "a2"], ["President", "Mr."]),
        "Michelle Obama": (["a0", "a1"], ["his wife"]),
    }


def test_an_office_is_held_by_its_title_not_a_lesser_one():
    assert offices(["President", "Mr.", "first lady"]) == [("president",)]
    assert holds(("senator",), ["Sen."]) and not holds(("president",), ["Vice President"])
    people = {"Barack Obama": ["President"], "Michelle Obama": ["first lady"], "Joe Biden": ["Vice President"]}
    assert title_holders(list(people), ["President"], people.get) == ["Barack Obama"]
    assert title_holders(list(people), ["Mr."], people.get) == []


# PolNeAR train wash-post_2016-07-20 (beyond plagiarism), its paragraphs naming an Obama or a Biden
PLAGIARISM = (
    "Portions of her speech were almost identical to parts of Michelle Obama's speech at the 2008 Democratic "
    "National Convention.\n\n\"It's plagiarism. It's flat-out plagiarism,\" David Axelrod, the chief strategist of "
    "Barack Obama's 2008 campaign, said just after midnight on CNN.\n\n"
    "Manafort insisted on CNN that \"there's no cribbing of Michelle Obama's speech. These were common words and "
    'values that she cares about."\n\n'
    'New Jersey Gov. Chris Christie (R) said, "Ninety-three percent of the speech is completely different than '
    "Michelle Obama's speech.\"\n\n"
    "Former House speaker Newt Gingrich noted that both President Obama and Vice President Biden have survived "
    "criticism over lifting the words of others."
)


def test_an_office_no_full_name_is_given_goes_to_neither_namesake(nlp):
    # "President Obama" went to "Michelle Obama", named three times to Barack Obama's once
    people = {e.name: (e.titles, len(e.mentions)) for e in annotate_text(nlp, PLAGIARISM).entities if "Obama" in e.name}
    assert people == {"Michelle Obama": ([], 3), "Barack Obama": ([], 1), "Obama": (["President"], 1)}


def test_an_honorific_after_the_full_name_joins_it_whatever_pronouns_its_sentences_hold(nlp):
    # PolNeAR dev nyt_2016-09-19: "Ms. Moore" is Minyon Moore, whose sentence speaks of "his coalition"
    text = (
        "With 50 days until the election, Minyon Moore, a senior adviser to the Clinton campaign, called Mr. "
        'Obama\'s remarks on Saturday "a true wake-up call" to his coalition of supporters.\n\n'
        "If schedules permit, the campaign would like to organize another rally featuring Mr. Obama and Mrs. "
        "Clinton side by side. \"It's a little bit of magic when they're on stage together,\" Ms. Moore said."
    )
    moore = [(e.name, sorted(e.aliases)) for e in annotate_text(nlp, text).entities if "Moore" in e.name]
    assert moore == [("Minyon Moore", ["Minyon Moore", "Moore", "Ms. Moore"])]
