"""Who says so on news-threads, third round of issue 12: definite descriptions as speakers ("the Brit", "the
four-times champion"), pronouns after them, caption lines and fact boxes, block quotes after "tweeted:". Each
test reads the article's own text (and headline) from the shared news-please JSON."""

from __future__ import annotations

from newsweave.annotate import annotate
from newsweave.reading import read_articles
from tests.annotate.test_attribution_news_threads import ARTICLES, _passage
from tests.conftest import SHARED, annotate_text, figure_source


def _whole(nlp, prefix: str):
    """Annotations of a whole article with its headline, read and cleaned as the pipeline reads it."""
    (path,) = ARTICLES.glob(f"{prefix}*.json")
    return next(annotate(read_articles(path), nlp))


def _speakers(annotations, words: str) -> list[str | None]:
    return [q.speaker for q in annotations.quotes if words in q.text]


def test_the_williams_driver_is_the_person_named_before(nlp):
    # f1_crash, Daily Mail: "Felipe Massa bid farewell ... The Williams driver ... admitted: 'I will never forget
    # this day.'"
    text = _passage("562356984e", "The Williams driver was making", before=1)
    assert set(_speakers(annotate_text(nlp, text), "I will never forget this day")) == {"Felipe Massa"}


def test_the_four_times_champion_is_the_speaker_of_the_paragraph_before(nlp):
    # f1_crash, Daily Mail: '"This is just bad, just stupid," Vettel ... exclaimed over the radio. ¶ "Red flag is
    # what it needs ...," added the four-times champion.'
    text = _passage("816cef9a1d", "added the four-times champion", before=1)
    assert _speakers(annotate_text(nlp, text), "Red flag is what it needs") == ["Vettel"]


def test_he_after_the_teenager_is_the_teenager(nlp):
    # f1_crash, Telegraph: "Incredibly, the teenager managed to avoid any contact with the barrier, and remained
    # ahead of Rosberg, too. 'The heartbeat went a bit higher there,' he said": Verstappen, not Rosberg; the first
    # "the teenager" follows a caption naming Horner, which says nothing of whom it means
    annotations = _whole(nlp, "101ee22f1f")
    assert _speakers(annotations, "The heartbeat went a bit higher there") == ["Max Verstappen"]


def test_the_brit_and_the_german_are_whom_the_article_is_about(nlp):
    # f1_crash, Express: "Hamilton's third win in a row cannot stop the tide. ... Nevertheless, the Brit has promised
    # ... He said: "I am hunting ..."" (Hamilton); "No wonder then that the German was content with second place
    # ... ¶ Lewis Hamilton talks about ... (video caption) ¶ He added: "It did not go my way. Lewis did a great
    # job ..."": Rosberg, as the article's first "the German" is ("the looming figure of Rosberg ... means the
    # German can win"); not Lewis, whom the quote names and the caption only shows
    annotations = _whole(nlp, "6b4108b350")
    assert set(_speakers(annotations, "I am hunting")) == {"Lewis Hamilton"}
    assert set(_speakers(annotations, "It did not go my way")) == {"Nico Rosberg"}


def test_the_billionaire_and_the_46_year_old_are_musk(nlp):
    # First_Falcon_Heavy_launch, Daily Mail: "The main module will continue its trajectory into 'deep space', the
    # billionaire said"; "Musk founded SpaceX in 2002 ... ¶ The 46-year-old South African is also the CEO of
    # Tesla, and predicts Falcon Heavy's payload will stay in deep space for a while."
    annotations = _whole(nlp, "8c22e99fff")
    assert set(_speakers(annotations, "continue its trajectory into")) == {"Elon Musk"}
    assert set(_speakers(annotations, "payload will stay in deep space")) == {"Elon Musk"}


def test_a_description_nothing_ties_keeps_its_words(nlp):
    # f1_crash, Express, the two paragraphs alone: no one is named, so "the Brit" stays the speaker's words
    text = _passage("6b4108b350", "I am hunting", before=1)
    speakers = _speakers(annotate_text(nlp, text), "I am hunting")
    assert speakers and all(s is not None and "Brit" in s for s in speakers)


def test_heard_on_race_radio_saying_credits_who_was_heard(nlp):
    # f1_crash, Mirror: 'Hamilton was heard on race radio saying "we should be going" while Max Verstappen agreed
    # saying, "I think we can definitely race now".' Hamilton says the first, and no reported quote runs over both
    text = _passage("e0ff5adbdb", "heard on race radio")
    annotations = annotate_text(nlp, text)
    assert [(q.direct, q.speaker) for q in annotations.quotes if "we should be going" in q.text] == [(True, "Hamilton")]


def test_with_drivers_claiming_credits_the_drivers(nlp):
    # f1_crash, Mirror: "... stopped ... in the 28th lap with some drivers, including eventual winner Lewis
    # Hamilton, claiming conditions were "fine"": the drivers claim it, not the Grand Prix
    text = _passage("e0ff5adbdb", "claiming conditions")
    speakers = _speakers(annotate_text(nlp, text), "fine")
    assert speakers and all(s is not None and s.startswith("some drivers") for s in speakers)


def test_labels_in_capitals_are_no_speakers(nlp):
    # f1_crash, Express: "MILKFLOAT: Jenson Button had a miserable afternoon in his McLaren." (an award);
    # First_Falcon_Heavy_launch, Daily Mail: "THE FALCON HEAVY Height: 70 meters ..." (a fact box)
    cases = (("6b4108b350", "MILKFLOAT", "MILKFLOAT"), ("8c22e99fff", "THE FALCON HEAVY", "HEIGHT"))
    for prefix, words, label in cases:
        text = _passage(prefix, words, before=1)
        assert not [q for q in annotate_text(nlp, text).quotes if q.speaker and label in q.speaker.upper()]


def test_a_single_marked_block_quote_runs_over_paragraphs(nlp):
    # First_Falcon_Heavy_launch, Daily Mail: "He tweeted: 'Falcon Heavy launching from same @NASA pad as the Saturn V
    # Apollo 11 moon rocket. ¶ 'It was 50% higher thrust with five F-1 engines at 7.5M lb-F. ¶ 'I love that rocket so
    # much.'": each paragraph opens a mark and leaves it open until the next one opens again (UK style), and all
    # three are Musk's words
    quotes = _whole(nlp, "8c22e99fff").quotes
    for words in ("Falcon Heavy launching from same", "It was 50% higher thrust", "I love that rocket"):
        assert [(q.direct, q.speaker) for q in quotes if q.text.startswith(words)] == [(True, "Elon Musk")], words


def test_a_surname_tagged_as_a_nationality_is_still_the_antecedent(nlp):
    # bruce_arians, AP: "Arians, who spent more than four decades in coaching, has had health issues ... ¶ He said
    # the Cardinals had the best owner in the NFL": the model tags "Arians" as a nationality; "he" is still Arians,
    # not his son Jake named the paragraph before
    assert set(_speakers(_whole(nlp, "5a7c11ed66"), "the best owner")) == {"Bruce Arians"}


def test_the_letter_began_is_its_writer(nlp):
    # bruce_arians, AP: "Palmer announced his retirement ... in an open letter released by Cardinals ... ¶ "Over the
    # years, ..." the letter began.": the letter is Palmer's words
    text = _passage("3d18138b88", "the letter began", before=1)
    assert set(_speakers(annotate_text(nlp, text), "Over the years")) == {"Palmer"}


def test_a_quotation_continues_in_the_next_paragraph_after_its_attribution(nlp):
    # bruce_arians, Breitbart: '"Over the years, ...," Palmer wrote in a statement released by the Cardinals. ¶
    # "The answer was almost always the same ... ¶ "For me, that time is now. ..."': the attribution closes the first
    # paragraph, and the next ones go on quoting Palmer
    text = _passage("e81cc2351b", "For me, that time is now", before=2)
    quotes = annotate_text(nlp, text).quotes
    assert {q.speaker for q in quotes if q.direct} == {"Palmer"}


def test_putting_officers_on_the_streets_reports_nothing(nlp):
    # berlin, AP: "with Berlin alone putting an additional 1,600 officers on the streets": Berlin places officers,
    # it asserts no figure
    text = _passage("23f05ed1a3", "1,600 officers")
    assert figure_source(annotate_text(nlp, text), text, "1,600") is None


def _polnear_paragraph(stem: str, words: str) -> str:
    """The paragraph of a PolNeAR train article holding `words`."""
    (path,) = (SHARED / "data" / "polnear" / "data" / "train" / "text").glob(f"{stem}*.txt")
    return next(p for p in path.read_text(encoding="utf-8").split("\n") if words in p)


def test_with_a_plain_companion_then_a_participle_is_no_absolute_clause(nlp):
    # PolNeAR train, Breitbart: "Clinton celebrated in Florida with supporters, declaring it "another super Tuesday
    # for our campaign"": Clinton declares, not the supporters (the comma closes "with supporters")
    text = _polnear_paragraph("breitbart_2016-03-15_the-latest-kasich-s", "another super Tuesday")
    assert set(_speakers(annotate_text(nlp, text), "another super Tuesday")) == {"Clinton"}


def test_the_first_piece_of_a_split_quotation_is_the_clauses_speaker(nlp):
    # PolNeAR train, Washington Post: '"While this system is not perfect," he said, "I think most people would
    # agree ..."': both pieces are his, the first one too (not the Sanders of the sentence before, by continuation)
    text = _polnear_paragraph("wash-post_2016-03-30_as-clinton-sanders-", "While this system is not perfect")
    quotes = [q for q in annotate_text(nlp, text).quotes if q.direct]
    first = next(q for q in quotes if q.text.startswith("While this system"))
    assert text[first.speaker_start : first.speaker_end] == "he"


def test_a_surname_tagged_as_a_nationality_names_its_person_as_speaker(nlp):
    # bruce_arians, ESPN: '"I will miss the game," Arians said Monday.': the model tags "Arians" as a nationality;
    # the speaker is the person of that surname, Bruce Arians, not a group called "Arians"
    assert set(_speakers(_whole(nlp, "6902d8bc17"), "I will miss the game")) == {"Bruce Arians"}
