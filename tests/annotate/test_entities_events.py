"""Entities within an article, and events with dates resolved against the publication date."""

from __future__ import annotations

from newsweave.annotate.dates import resolve_date
from tests.conftest import annotate_text


def _names(annotations, kind=None):
    return {e.name for e in annotations.entities if kind is None or e.type == kind}


def test_surname_and_full_name_are_one_person(kursk_annotations):
    people = [e for e in kursk_annotations["000_1e8fda47268a562a.txt"].entities if e.type == "PERSON"]
    [umerov] = [p for p in people if "Umerov" in p.name]
    assert umerov.name == "Rustem Umerov" and "Umerov" in umerov.aliases
    assert umerov.titles == ["Ukrainian Defence Minister"] and umerov.affiliation == "Ukraine"


def test_titles_give_people_their_affiliation(kursk_annotations):
    people = {e.name: e for e in kursk_annotations["001_d50eaae05427456e.txt"].entities if e.type == "PERSON"}
    assert people["Pat Ryder"].titles == ["Pentagon spokesman"]
    assert people["Pat Ryder"].affiliation == "United States"
    assert people["Jeon Ha-kyou"].affiliation == "South Korea"


def test_title_words_and_bylines_are_not_entities(kursk_annotations):
    everything = set().union(*(_names(a) for a in kursk_annotations.values()))
    assert "Defence" not in everything  # "Ukraine's Defence Minister"
    assert not any("Allegra" in name or "Nguyen" in name for name in everything)
    assert "KBS" in _names(kursk_annotations["000_1e8fda47268a562a.txt"], "ORG")  # an acronym, not a person


def test_place_before_region_is_a_place(kursk_annotations):
    assert "Kursk" in _names(kursk_annotations["001_d50eaae05427456e.txt"], "GPE")


def test_weekday_resolves_to_the_latest_such_day_on_or_before_publication():
    assert resolve_date("on Tuesday", "2024-11-05") == "2024-11-05"  # a Tuesday
    assert resolve_date("Monday", "2024-11-05") == "2024-11-04"
    assert resolve_date("November 4", "2024-11-06") == "2024-11-04"
    assert resolve_date("in recent months", "2024-11-06") is None
    assert resolve_date("on Tuesday", None) is None


def test_events_have_actor_target_and_resolved_date(nlp):
    text = (
        "South Korea's defense ministry announced on Tuesday that North Korea had deployed troops to Russia. "
        "Russian lawmakers ratified a mutual defense treaty with North Korea."
    )
    events = annotate_text(nlp, text, published="2024-11-05").events
    deploy = next(e for e in events if e.type == "deploy")
    assert (deploy.actor, deploy.target) == ("North Korea", None) or deploy.actor == "North Korea"
    assert deploy.date == "2024-11-05"
    agree = next(e for e in events if e.type == "agree")
    assert (agree.actor, agree.target) == ("Russia", "North Korea")


def test_an_extractor_failure_stays_within_its_article(kursk_articles, nlp, monkeypatch):
    """A bug triggered by one article is reported and the others are still annotated."""
    from newsweave import annotate as stage

    articles = list(kursk_articles.values())[:3]
    real = stage.extract_events
    failing = articles[1].id

    def events_failing_on_one(doc, article_id, resolver, published):
        if article_id == failing:
            raise ValueError("unexpected parse")
        return real(doc, article_id, resolver, published)

    monkeypatch.setattr(stage, "extract_events", events_failing_on_one)
    errors = []
    results = list(stage.annotate(articles, nlp, on_error=lambda a, e: errors.append((a.id, str(e)))))
    assert [r.article for r in results] == [a.id for a in articles]
    assert errors == [(failing, "unexpected parse")]
    assert results[1].claims == [] and results[0].claims and results[2].claims


def test_acronym_and_short_name_join_the_one_long_name_they_fit():
    from newsweave.model import Entity
    from newsweave.reconcile.entities import merge_entities

    def org(i: int, name: str) -> Entity:
        return Entity(id=f"a:e{i}", article="a", name=name, type="ORG", aliases=[name], mentions=[(i, i + 1)])

    names = ["International Olympic Committee", "IOC", "UK Home Office", "Home Office", "Washington Post",
             "New York Post", "Post"]  # fmt: skip
    merged = {tuple(sorted(e.aliases)) for e in merge_entities([org(i, n) for i, n in enumerate(names)])}
    assert ("IOC", "International Olympic Committee") in merged
    assert ("Home Office", "UK Home Office") in merged
    assert ("Post",) in merged  # fits two papers: joins neither


def test_the_in_an_organisation_name_mid_sentence_is_kept_as_an_alias(nlp):
    # wework gold, VentureBeat
    annotations = annotate_text(nlp, "The layoffs were announced by The We Company on Monday in New York.")
    company = next(e for e in annotations.entities if e.name == "We Company")
    assert "The We Company" in company.aliases


def test_one_word_tagged_person_and_organisation_takes_one_label(nlp):
    # wework gold, VentureBeat: "WeWork" read once as a person
    text = "WeWork said it would cut jobs. Adam Neumann founded WeWork in 2010. Neumann left the company in October."
    annotations = annotate_text(nlp, text)
    people = {e.name for e in annotations.entities if e.type == "PERSON"}
    assert "Adam Neumann" in people and "WeWork" not in people


def test_a_company_abbreviation_keeps_its_full_stop(nlp):
    # meth gold, NJ.com
    text = "The report says the Minneapolis ad agency Broadhead Co. came up with the campaign."
    annotations = annotate_text(nlp, text)
    assert any(e.name == "Broadhead Co." for e in annotations.entities)
