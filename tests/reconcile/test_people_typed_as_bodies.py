"""A person's full name the model tags an organisation in one article is that person when the story types the same
name a person, or writes its surname alone for a person: PolNeAR train, the story of the Clinton Foundation's
State Department meetings."""

from __future__ import annotations

from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text

# breitbart_2016-02-11 (fix is in: pbs moderators ignore ...), paragraph 3: "Donald Trump" an organisation
MODERATORS = (
    "While presidential candidates Ted Cruz has been asked about a loan from Goldman Sachs and Donald Trump about "
    "bankruptcies in his past (legitimate questions in my mind), a federal subpoena to a foundation where Hillary "
    "Clinton recently served on the board doesn\u2019t even warrant a murmur from Gwen Ifill."
)
# breitbart_2016-08-23 (mike pence calls for special prosecutor), paragraphs 2 and 13: "Donald Trump" a person
PROSECUTOR = (
    "Indiana Gov. Mike Pence is joining his running mate Donald Trump in calling for a special prosecutor to "
    "investigate Hillary Clinton and for the Clinton Foundation to be shut down.\n\n"
    "Trump called for a special prosecutor to oversee an investigation into the alleged pay-to-play relationship "
    "between the Clinton Foundation and the Department of State during Clinton\u2019s tenure as secretary of state "
    "at a campaign rally in Ohio on Monday night."
)


def test_a_full_name_tagged_a_body_is_the_person_the_story_names_by_surname(nlp):
    entities = [
        e for i, t in enumerate((MODERATORS, PROSECUTOR)) for e in annotate_text(nlp, t, article_id=f"a{i}").entities
    ]
    trump = [(e.name, e.type, e.articles) for e in merge_entities(entities) if "Trump" in e.name]
    assert trump == [("Donald Trump", "PERSON", ["a0", "a1"])]
