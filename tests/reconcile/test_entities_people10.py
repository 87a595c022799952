"""Actors of the audited news-threads and PolNeAR stories (round 10): each rule on the sentences of the article
that made the wrong actor, asserting the story's actor."""

from __future__ import annotations

from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text


def _story(nlp, *texts: str):
    entities = [e for i, t in enumerate(texts) for e in annotate_text(nlp, t, article_id=f"a{i}").entities]
    return merge_entities(entities)


def test_a_body_written_once_as_a_person_stays_one_body(nlp):
    # news-threads 2be5c33e7ffc (super bowl ads): "Ram Trucks" a person in the heading and "the Ram Trucks ad",
    # a body in "the ad for Ram Trucks": one ORG, not a body and a person
    text = (
        "Jurassic Park actor Jeff Goldblum faced off against a T-Rex to promote Jeep's Wrangler.\n\n"
        "Ram Trucks causes outrage\n\n"
        "Viewers were left angry after seeing the Ram Trucks ad given it incorporated Martin Luther King Jr.\n\n"
        "King's voice rings out as the ad for Ram Trucks shows a series of ordinary people in acts of love. In his "
        "speech, King called on people to show greatness through kindness and service. The point? Ram's tagline: "
        "'Built To Serve.'"
    )
    ram = [(e.type, e.name, e.mentions) for e in _story(nlp, text) if "Ram" in e.name]
    assert ram == [("ORG", "Ram Trucks", 4)]


NEW_HAMPSHIRE = (  # PolNeAR usa-today_2016-02-09 (new hampshire primary), paragraphs 2, 3 and 9
    "Vermont Sen. Bernie Sanders has led former secretary of State Hillary Clinton in just about every statewide "
    "poll in New Hampshire this year, usually by double digits. The Granite State's independent-minded electorate "
    "and its history of rewarding candidates from neighboring states (Sen. Paul Tsongas of Massachusetts  won the "
    '1992 primary here, although Bill Clinton won the spin by declaring himself the "comeback kid") makes this a '
    "contest that Sanders must win. He has built a formidable fundraising base that has kept him competitive with "
    "Clinton in money.\n\n"
    "Clinton: Keep it \n"
    "If  Clinton somehow managed to win the New Hampshire primary -- as she did in 2008, against the odds, over "
    "Barack Obama -- she would go a long way to re-establishing herself as the clear front-runner for the "
    "Democratic nomination. Even if she simply narrows the gap with Sanders to, say, single digits, she could help "
    "minimize the bump he gets from a victory. During the final days of campaigning here, she already was looking "
    "ahead. A quick trip to Flint, Mich., to highlight the water crisis there  48 hours before Granite Staters would "
    "be voting was, among other things, a nod to the African-American supporters she's counting on in South "
    "Carolina and on Super Tuesday. The Clinton campaign is now braced for a fight it expects to last into the "
    "spring.\n\n"
    "Carly Fiorina's  political plight was underscored when her low poll standing meant the former Hewlett-Packard "
    "CEO didn't qualify for the debate stage Saturday. But supporters hope her relentless attacks on  Clinton just "
    "might make her a contender for the vice presidential slot down the road."
)


def test_a_surname_whose_sentences_say_she_joins_the_one_full_name_not_leaning_male(nlp):
    # Hillary and Bill Clinton each named once; "Clinton" alone is "she": not the man "declaring himself"
    people = {e.name: len(e.mentions) for e in annotate_text(nlp, NEW_HAMPSHIRE).entities if e.type == "PERSON"}
    assert "Clinton" not in people
    assert people["Hillary Clinton"] == 6 and people["Bill Clinton"] == 1


def test_a_one_word_name_written_after_a_given_name_in_a_shows_name_is_a_person(nlp):
    # PolNeAR west-journal_2016-09-21 (christie calls clinton a disgrace): "Harvey's program" made "Harvey" an ORG
    # of 3 mentions, one of them inside the show's name; the host is a person, the show no mention of him
    text = (
        "On The Steve Harvey Morning Show on Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby "
        "for shooting and killing Terence Crutcher, a 40-year-old unarmed black man.\n\n"
        "“We have got to do everything possible to improve policing, to go right at implicit bias,” she told "
        "Harvey.\n\n"
        "Hours after Clinton’s appearance on Harvey’s program, mass protests in Charlotte, North Carolina, erupted."
    )
    harvey = [(e.type, e.name, e.mentions) for e in _story(nlp, text) if "Harvey" in e.name]
    assert harvey == [("PERSON", "Harvey", 2)]


def test_a_plural_the_story_also_writes_as_a_group_is_that_group(nlp):
    # PolNeAR "the latest: NH towns" story: "Latinos" a PERSON in two articles, a NORP in a third, split in two
    latinos = [
        (e.type, e.mentions)
        for e in _story(
            nlp,
            "Trump acknowledged that a rift does exist between communities of color -- mainly African-Americans and "
            "Latinos -- and the police.",
            "Nationally, Clinton leads Sanders among Latinos, who will play a prominent role at the Nevada caucuses.",
            "Clinton and Sanders have spent much of the year courting largely white electorates in Iowa and New "
            "Hampshire, but the next two states will test their abilities to connect with Latinos and African "
            "Americans.",
        )
        if e.name == "Latinos"
    ]
    assert latinos == [("NORP", 3)]


def test_a_titled_person_whose_name_another_article_tags_a_body_stays_a_person(nlp):
    # PolNeAR "beyond plagiarism" story: "Republican party boss Reince Priebus" an ORG in breitbart made the
    # wash-post "Republican National Committee Chairman Reince Priebus" a body too (the Ram Trucks rule)
    priebus = [
        (e.type, e.mentions)
        for e in _story(
            nlp,
            '"Ultimately it comes to Donald Trump on Thursday night delivering a pointed, presidential speech, '
            'balloon drop, so that people can see Donald Trump in the White House," Republican National Committee '
            "Chairman Reince Priebus said in an interview Tuesday.\n\nPriebus, who has been in daily contact with "
            "the Trump campaign for months, arrived at a Tuesday breakfast with reporters with no clear explanation.",
            "“The distraction gets you off message a little,” said Republican party boss Reince Priebus, though he "
            "added that he expected the flap to fade quickly.",
        )
        if e.name == "Reince Priebus"
    ]
    assert priebus == [("PERSON", 3)]
