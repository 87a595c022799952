"""A figure inside what someone is reported to want or call for is theirs ("President Obama called for reducing the
corporate tax rate to 28 percent"), as PolNeAR credits it; a figure of a scheme the writer tells of ("had also planned
to charge WeWork almost $6 million", the wework gold's own-voice figure) and what a reporting verb leaves out of its
content (a circumstance after "after") stay the writer's. Passages from PolNeAR dev and the plague and wework gold."""

from __future__ import annotations

from tests.conftest import annotate_text, figure_source

# PolNeAR dev, nyt_2016-09-16_clinton-plan-for-taxes-is-expans
OBAMA = (
    "Mrs. Clinton's proposals also do nothing to address the corporate tax rate, which, at 35 percent, is the highest "
    "in the developed world (though few companies actually pay anywhere near that rate). President Obama called for "
    "reducing the corporate tax rate to 28 percent in a compromise rebuffed by Republicans, but Mrs. Clinton would "
    "leave it at 35 percent and try to extract even more revenue by closing various loopholes."
)
# PolNeAR dev, breitbart_2016-09-30_the-latest-trump-urges-supporter
CLINTON = (
    "Under the new program, people would enroll, receive training and then state and local leaders could call on their "
    "help during in natural disasters or emergency situations. Clinton wants to sign up 5 million people, focusing on "
    "people under 30."
)
# wework gold (TechCrunch): the figure has no source
NEUMANN = (
    "Neumann bought properties that he then leased back to WeWork, borrowed against his own stake in the company, and "
    "had also planned to charge WeWork almost $6 million to use his trademark of the word “We” after the company "
    "rebranded itself The We Company."
)
# plague gold (The Sun): the two Beijing cases are the writer's circumstance, not what the authorities confirmed
PLAGUE = (
    "Health authorities in China’s Inner Mongolia have confirmed that a third instance of the plague has been "
    "reported, after two people contracted it in Beijing earlier this month."
)


def test_a_figure_in_what_someone_calls_for_or_wants_is_theirs(nlp):
    assert figure_source(annotate_text(nlp, OBAMA), OBAMA, "28 percent") == "Obama"
    assert figure_source(annotate_text(nlp, CLINTON), CLINTON, "5 million") == "Clinton"


def test_a_figure_of_a_scheme_or_of_a_circumstance_stays_the_writers(nlp):
    assert figure_source(annotate_text(nlp, NEUMANN), NEUMANN, "almost $6 million") is None
    assert figure_source(annotate_text(nlp, PLAGUE), PLAGUE, "two people") is None
