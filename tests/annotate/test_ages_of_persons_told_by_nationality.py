"""An age whose owner is told by a nationality ("the 19-year-old Dutchman") is the age of the person the article
named before, not of "Dutchman": the news-threads Brazil Grand Prix thread titled Max Verstappen's age
"Dutchman"."""

from __future__ import annotations

from tests.conftest import annotate_text

VERSTAPPEN = (
    "Christian Horner, the Red Bull team principal, has described Max Verstappen's incredible performance in "
    "Sunday's Brazilian Grand Prix as one of the best he has ever witnessed in Formula One. "
    "Verstappen overtook half the field in the closing stages of the rain-soaked race to claim the final spot on the "
    "podium behind race winner Lewis Hamilton and Nico Rosberg. "
    "The 19-year-old Dutchman, who had been running second only to Hamilton following a brilliant move around the "
    "outside of championship leader Rosberg, dropped way down the order after his team opted to pit him for the "
    "intermediate tyre, only to call him in again for the extreme wet option."
)


def test_an_age_told_by_a_nationality_is_the_named_persons(nlp):
    ages = [(c.value, c.counted) for c in annotate_text(nlp, VERSTAPPEN).claims if c.unit == "year of age"]
    assert ages == [(19, "Max Verstappen")]


def test_an_age_of_a_described_person_keeps_its_description(nlp):
    # news-threads Brazil Grand Prix thread: Kimi Raikkonen is not named before; the description stays
    text = (
        "The 37-year-old Finnish driver lost control of his Ferrari as the race re-started following an earlier "
        "shunt involving Sauber's Marcus Ericsson."
    )
    assert [(c.value, c.counted) for c in annotate_text(nlp, text).claims] == [(37, "Finnish driver")]


def test_an_age_before_a_name_is_that_names(nlp):
    # news-threads Harambe thread (Daily Mail): Berit, a polar bear, is no "he" of the gorilla named before
    text = (
        "Harambe came to Cincinnati in 2015 from the Gladys Porter Zoo in Brownsville, Texas. In March, two curious "
        "polar bears at the zoo wandered into a behind-the-scenes service hallway through an open den door, but never "
        "left a secondary containment area. The zoo said the 17-year-old female Berit and the 26-year-old male Little "
        "One, entered an 'inappropriate' area but remained contained and were never loose or a threat to the public."
    )
    ages = [(c.value, c.counted) for c in annotate_text(nlp, text).claims if c.unit == "year of age"]
    assert (17, "Harambe") not in ages
