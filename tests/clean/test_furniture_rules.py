"""Furniture rules on real lines from news-threads and the benchmark: what goes, and what must stay."""

from __future__ import annotations

import pytest

from newsweave.clean.boilerplate import remove_boilerplate
from newsweave.clean.furniture import furniture_reason, split_label
from newsweave.evaluation.clean import FURNITURE_CASES, score_furniture
from tests.conftest import SHARED

REMOVED = {
    # captions with a credit at the end or the start
    "The Telegram app was removed from the Apple store after the company said it had found “inappropriate content”"
    " Dado Ruvic/Reuters": "caption",
    "Mossack Fonseca operates branches in eight Chinese cities, including Hong Kong, its website shows"
    " ©Philippe Lopez (AFP/File)": "caption",
    "Police cordon off the area in preparation for New Year's Eve celebrations at the Brandenburg Gate in Berlin."
    " (Hayoung Jeon/EPA)": "caption",
    "•Stock market turmoil – live coverage The price of bitcoin rose by 900% last year."
    " Photograph: George Frey/Getty Images": "caption",
    "Getty Images The Brazilian is retiring from F1 at the end of the season and raced for the last time at"
    " Interlagos": "caption",
    "AP:Associated Press Felipe Massa waves to the crowd of adoring fans after the race": "caption",
    # captions that say they are captions
    "This Dec. 28, 2017 photo made available by SpaceX shows a Falcon Heavy rocket in Cape Canaveral, Fla.": "caption",
    # bare credits and media labels
    "Jae C. Hong/AP": "credit",
    "Enlarge this image toggle caption Joe Raedle/Getty Images Joe Raedle/Getty Images": "caption",
    "SpaceX YouTube": "media label",
    "Photo": "media label",
    "SaveSaveSaveSave": "media label",
    "Backpage.com": "media label",
    # prompts
    "Advertisement Continue reading the main story": "subscribe",
    "Advertisement - Continue Reading Below": "subscribe",
    "Keep up with this story and more by subscribing now": "subscribe",
    "Like us on Facebook or Follow us on Twitter.": "subscribe",
    "Scroll for video": "media label",
    "Read or Share this story: https://usat.ly/2FDg8kl": "subscribe",
    "Email: ebaig@usatoday.com; Follow USA TODAY Personal Tech Columnist @edbaig on Twitter": "subscribe",
    # embedded posts
    "A Red Car for the Red Planet A post shared by SpaceX (@spacex) on Dec 22, 2017 at 2:57pm PST": "social post",
    "Spectacular — Ed Howlett (@eddiehow124) December 27, 2017": "social post",
    # contributor, editor, print and correction lines, separators
    "Ana Swanson in Washington and Gu Jinglu and Xu Jing in Beijing contributed to this report.": "contributor",
    "(Reporting by Will Dunham; Editing by Tom Brown)": "contributor",
    "— With assistance by Alex Barinka": "contributor",
    "Update: This article has been updated with new information from a study.": "contributor",
    "___": "separator",
    # copyright and licence lines
    "Copyright © 2018 ABC News Internet Ventures. Yahoo! - ABC News Network": "copyright",
    "Den Originalartikel gibt es auf Business Insider Australia. Copyright 2018. Und ihr könnt Business Insider"
    " Australia auf Twitter folgen.": "copyright",
    # related links and promos
    "China: the new space superpower Read more": "related links",
    "[ Curiosity’s five-year journey across Mars — in one stunning photo ]": "related links",
    "For more NFL coverage: http://www.pro32.ap.org and http://www.twitter.com/AP_NFL": "related links",
    "MOST READ IN NEWS IT'S OFFICIAL Irn-Bru officially switch to new recipe using sweetener": "related links",
    # other stories under their label, mid-article (The Sun, the Cincinnati gorilla thread of news-threads)
    "Related stories It happened to me ‘My husband died while I was pregnant’: One mum's account of love and loss"
    " PIVOTAL MOMENT Tomorrow's clash with Portugal will be England's 50th game at the new Wembley Stadium Trouble in"
    " store Fears grow that customers have being paying out BILLIONS in store card claims for last 40 years Break It"
    " Off Taylor Swift and Calvin Harris split after 15 month romance": "related links",
    "More on this story: Cincinnati Zoo reopens gorilla exhibit": "related links",
    # photo galleries: slides counted k/N, all on one line or one per line with its date
    "Croydon Tram derailment 8 show all Croydon Tram derailment 1/8 The scene after a tram overturned in Croydon,"
    " south London, trapping five people and injuring another 40 Steve Parsons/PA 2/8 Police officers walk the site"
    " where the tram overturned Carl Court/Getty Images 3/8 Emergency services were called to the scene just after"
    " 6am Twitter/@procrastinateur": "gallery",
    "25/34 6 November 2017 A cast of The Wrestlers, two men taking part in the Greek sport pankration, is lowered"
    " into place at Natural Trust's Stowe Landscape Garden near Buckingham PA": "gallery",
}

KEPT = [
    # a label's words opening prose
    "Related stories about the crash were published by many outlets, and the police said they would say more.",
    # a slash between names in a quote or a list is no credit
    "“There is currently no service on the tram between Reeves Corner and Addington Village / Harrington Road.”",
    "Path A: Iceland, Bulgaria/Israel/Hungary/Romania*",
    "2a etapa: 8 de abril – Curitiba / Alternativa",
    # prompt words inside running text or a heading
    'The company added that players who sign up will "get an advance look at some of the improvements".',
    "How to sign up to PS4 beta update",
    "Taking to Instagram, the 29-year-old singer posted four photos with Alleyne along with a heartfelt caption.",
    "The statement questioned why Thurman waited 25 years to make her allegations public and said numerous"
    " photographs show Thurman and Weinstein had a “strong relationship” for many years.",
    # short headings and source names in brackets; a bare address is left alone
    "Checks in place",
    "Auckland v. Oakland",
    "[Engadget]",
    "http://amzn.to/2iJFhRj",
    # a thread's tweet number, and dates or scores written with slashes, are no gallery
    "4/4 This tragedy is exactly why PETA urges families to stay away from any facility that displays animals as"
    " sideshows for humans to gawk at.",
    "The attacks of 9/11 and 7/7 changed how 3/4 of the city's stations are guarded.",
]


@pytest.mark.parametrize("line", sorted(REMOVED))
def test_furniture_line_is_removed_with_its_reason(line):
    assert furniture_reason(line) == REMOVED[line]


@pytest.mark.parametrize("line", KEPT)
def test_body_line_that_looks_like_furniture_is_kept(line):
    assert furniture_reason(line) is None


def test_story_highlights_label_leaves_the_highlight():
    line = 'Story highlights Four hours into flight, plane returned to LAX after "administrative mix-up"'
    assert split_label(line) == (
        "Story highlights",
        'Four hours into flight, plane returned to LAX after "administrative mix-up"',
    )
    cleaned = remove_boilerplate(f"Chrissy Teigen stuck aboard flight\n{line}\n" + "The flight returned. " * 10)
    assert "Story highlights" not in cleaned.text and "Four hours into flight" in cleaned.text
    assert ("Story highlights", "section label") in {(r.text, r.reason) for r in cleaned.removed}


def test_every_class_of_the_issue_passes_on_whole_real_pages():
    score = score_furniture(FURNITURE_CASES, SHARED / "data")
    assert score.failures == []
    assert len(score.classes) == 11 and all(score.removed) and all(score.kept) and all(score.marked)
