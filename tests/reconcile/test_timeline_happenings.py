"""The timeline's happenings: events of one kind told by several reports are one happening, in the order the
story first tells each (kursk and the Croydon tram reports' own sentences)."""

from __future__ import annotations

from newsweave.reconcile.timeline import describe, merge_events
from tests.conftest import annotate_text
from tests.reconcile.test_summary_croydon import BBC, NYT

# examples/kursk/003_114b54cabd2150fb.txt, its second paragraph
KURSK = (
    "Reports from South Korean intelligence suggest that over 10,000 North Korean troops have been deployed to "
    "Russia. Many of these soldiers are believed to be positioned in regions close to the Ukrainian border, ready to "
    "provide support to Russia’s military operations."
)


def test_events_of_one_kind_join_across_reports_and_keep_the_storys_order(nlp):
    events = [e for i, t in enumerate((KURSK, NYT, BBC)) for e in annotate_text(nlp, t, article_id=f"a{i}").events]
    happenings = merge_events(events, {})
    assert [[(e.article, describe(e)) for e in h] for h in happenings] == [
        [("a0", "North Korean troops deployed")],
        [("a0", "provide support")],
        [("a0", "military operations by Russia")],
        [("a1", "people killed")],
        [("a1", "dozens injured"), ("a2", "dozens injured")],
        [("a1", "tram derailed in LONDON"), ("a2", "tram overturned in London")],
        [("a1", "emergency")],
        [("a1", "driver arrested")],
        [("a2", "people died")],
    ]
