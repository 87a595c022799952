"""Two ages in one report are two people unless the report says one corrects the other (issue 14 part 2)."""

from __future__ import annotations

from newsweave.reconcile.figures import group_figures
from tests.conftest import annotate_text


def _age_groups(nlp, texts: dict[str, str]):
    claims = []
    for article_id, text in texts.items():
        annotations = annotate_text(nlp, text, article_id=article_id)
        claims += [c for c in annotations.claims + annotations.measures if c.unit == "year of age"]
    return [sorted(c.value for c in g.claims) for g in group_figures(claims) if len(g.claims) > 1]


def test_two_men_of_one_bbc_report_are_two_people(nlp):
    # bbc-news politics 074: the police's 45-year-old man and the 24-year-old man from Leicester
    text = (
        "West Yorkshire police confirmed they had arrested a 45-year-old man from outside their area. "
        "A 24-year-old man from Leicester was detained on Monday on suspicion of incitement to commit racial hatred."
    )
    other = "Police said a 45-year-old man had been arrested over the posts."
    groups = _age_groups(nlp, {"a": text, "b": other})
    assert [24.0, 45.0] not in groups and [24.0, 45.0, 45.0] not in groups


def test_a_report_that_corrects_an_age_keeps_one_child(nlp):
    # harambe, 87176868fabe: the zoo's first age and the family's correction are of one boy
    text = (
        "The zoo initially said that the child is 4 years old. "
        "A family spokeswoman later said in an email that he is 3."
    )
    other = "A 3-year-old boy slipped into the gorilla enclosure at the Cincinnati Zoo."
    groups = _age_groups(nlp, {"a": text, "b": other})
    assert any(4.0 in g and 3.0 in g for g in groups)


def test_an_age_told_without_its_owner_joins_the_one_named_owner_of_its_value(nlp):
    # news-threads Brazil Grand Prix thread: "the 19-year-old" of two reports is Max Verstappen, 19, of a third
    texts = {
        "telegraph": (
            "Christian Horner, the Red Bull team principal, has described Max Verstappen's incredible performance in "
            "Sunday's Brazilian Grand Prix as one of the best he has ever witnessed in Formula One. "
            "Verstappen overtook half the field in the closing stages of the rain-soaked race to claim the final spot "
            "on the podium behind race winner Lewis Hamilton and Nico Rosberg. The 19-year-old Dutchman, who had been "
            "running second only to Hamilton, dropped way down the order."
        ),
        "sun": (
            "But the 19-year-old gained universal praise for the way he avoided a serious accident in hazardous "
            "conditions in Brazil."
        ),
        "mail": "The 19-year-old was belittled by Mercedes boss Toto Wolff after he contacted his father, Jos.",
    }
    claims = []
    for article_id, text in texts.items():
        claims += [c for c in annotate_text(nlp, text, article_id=article_id).claims if c.unit == "year of age"]
    groups = [g for g in group_figures(claims) if len(g.claims) > 1]
    assert [(g.about, sorted(c.article for c in g.claims)) for g in groups] == [
        ("Max Verstappen", ["mail", "sun", "telegraph"])
    ]
