"""Who says so, on the multi-outlet stories of news-threads nobody tuned for (issue 12, the session-6
audit): each test reads the article's own paragraphs from the shared news-please JSON, one test per
mechanism."""

from __future__ import annotations

import json

from tests.conftest import SHARED, annotate_text, figure_source

ARTICLES = SHARED / "data" / "news-threads" / "articles"


def _passage(prefix: str, words: str, before: int = 0) -> str:
    """The paragraph of the article (file name starting `prefix`) holding `words`, with `before` paragraphs."""
    (path,) = ARTICLES.glob(f"{prefix}*.json")
    paragraphs = json.loads(path.read_text(encoding="utf-8"))["text"].split("\n")
    at = next(i for i, p in enumerate(paragraphs) if words in p)
    return "\n".join(paragraphs[max(0, at - before) : at + 1])


def _speakers(annotations, words: str) -> list[str | None]:
    return [q.speaker for q in annotations.quotes if words in q.text]


def test_according_to_a_bare_noun_is_no_source(nlp):
    # First_Falcon_Heavy_launch, Daily Mail: "according to plan" credits nobody
    text = _passage("8c22e99fff", "according to plan")
    assert figure_source(annotate_text(nlp, text), text, "two of its booster") is None


def test_according_to_a_description_credits_the_name_beside_it(nlp):
    # Bitcoin_drops: "according to data source CoinMarketCap"
    text = _passage("968852d73a", "according to data source")
    assert figure_source(annotate_text(nlp, text), text, "36 percent") == "CoinMarketCap"


def test_a_passive_said_in_a_second_conjunct_has_no_speaker(nlp):
    # Broadcom: "The new bid represents $82 ... and was said to be 50 percent higher": the bid says nothing
    text = _passage("34812a1ccb", "was said to be")
    assert figure_source(annotate_text(nlp, text), text, "50 percent") is None


def test_a_place_described_as_something_does_not_describe(nlp):
    # panama_papers: "Seychelles, an Indian Ocean archipelago often described as a tax haven"
    text = _passage("0ac360f6fe42", "ICIJ reports that a 2015")
    speakers = _speakers(annotate_text(nlp, text), "a 2015 audit found")
    assert speakers and all(s == "ICIJ" for s in speakers)


def test_the_newspaper_quoted_him_as_saying_credits_him(nlp):
    # berlin New Year's Eve: the quoted words of "..., the newspaper quoted him as saying." are Rainer Wendt's,
    # not the paper's; the generic "one is saying" inside his words is no speaker
    text = _passage("23f05ed1a38e", "the newspaper quoted him", before=3)
    annotations = annotate_text(nlp, text)
    direct = {q.speaker for q in annotations.quotes if q.direct and ("safe zones" in q.text or "equality" in q.text)}
    assert direct == {"Rainer Wendt"}
    assert "one" not in _speakers(annotations, "there are safe zones")


def test_a_quote_left_open_at_a_paragraph_end_runs_on_with_its_speaker(nlp):
    # harambe: 'Lange said. "The public has ... entertainment.' then '"The writing's on the wall. ..."'
    text = _passage("a4d3ace91814", "The writing", before=2)
    annotations = annotate_text(nlp, text)
    assert _speakers(annotations, "The public has completely changed") == ["Lisa Lange"]
    assert _speakers(annotations, "The writing's on the wall") == ["Lisa Lange"]


def test_they_after_a_spokesperson_is_the_spokesperson(nlp):
    # croydon_tram_trash: "A London Fire Brigade spokesman said ... "There are eight fire engines ...," they added."
    text = _passage("071e141c21", "they added", before=1)
    assert "London Fire Brigade" in (figure_source(annotate_text(nlp, text), text, "eight fire engines") or "")


def test_stress_needs_a_subject_that_speaks(nlp):
    # First_Falcon_Heavy_launch: "The Tesla Roadster's weight and dimensions ... would not stress the lift capability"
    text = _passage("fc5b540669", "weight and dimensions fall")
    annotations = annotate_text(nlp, text)
    # "Falcon 9" names a model since the figures' designation rule (no figure left to credit)
    assert not [c for c in annotations.claims + annotations.measures if text[c.start : c.end].startswith("9")]
    assert not [q for q in annotations.quotes if q.cue == "stress"]
    assert all(c.asserted_by is None for c in annotations.claims + annotations.measures)


def test_a_subject_owned_by_a_named_actor_ends_the_passage(nlp):
    # Broadcom: "Qualcomm responded that ..." does not reach "Broadcom's new $82 per share offer included ..."
    text = _passage("eb8d1d017a", "Broadcom’s new $82 per share offer", before=1)
    annotations = annotate_text(nlp, text)
    assert figure_source(annotations, text, "$60") is None


def test_a_live_blog_entry_stamp_ends_the_passage(nlp):
    # Bitcoin_drops, Daily Express live blog: "11.04am - UPDATE - Losses down to $488 BTC is now priced at $6,427"
    text = _passage("e444d7d1d0", "11.04am - UPDATE")
    start = text.index("Athens County Prosecutor")
    text = text[start : text.index("US authorities", start)]
    assert figure_source(annotate_text(nlp, text), text, "$6,427") is None


def test_a_word_of_a_quote_does_not_speak_outside_it(nlp):
    # harambe, Daily Mail (its single marks written as double ones): "mommy" is the mother's word, not a speaker
    text = (
        'At one point a woman appearing to be the child\'s mother yells down, "mommy\'s right here," "mommy loves '
        'you," and then says "Isaiah be calm," as the boy can be heard crying.'
    )
    annotations = annotate_text(nlp, text)
    assert "mommy" not in [q.speaker for q in annotations.quotes]
    assert _speakers(annotations, "mommy's right here") == ["the child's mother"]


def test_according_to_a_web_address_still_credits_it(nlp):
    # PolNeAR train (Huffington Post): a bare domain is a source, unlike "according to plan"
    text = "They lived in the French city of Angers and were merchants, according to ouest-france.fr."
    assert _speakers(annotate_text(nlp, text), "merchants") == ["ouest-france.fr"]


def test_quoted_transcript_lines_are_their_labels_words(nlp):
    # PolNeAR train (Breitbart, a debate transcript quoted paragraph by paragraph, each left open): the label speaks
    path = (
        SHARED
        / "data"
        / "polnear"
        / "data"
        / "train"
        / "text"
        / "breitbart_2016-03-09_hillary-benghazi-victim-mother-a.txt"
    )
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith('"RAMOS: Secretary Clinton'))
    annotations = annotate_text(nlp, "\n".join(lines[at - 2 : at + 3]))
    assert _speakers(annotations, "did you lie to them") == ["RAMOS"]
    assert [s.upper() for s in _speakers(annotations, "I feel a great deal of sympathy")] == ["CLINTON"]


def test_a_bracketed_stage_direction_in_a_quoted_transcript_is_no_quote(nlp):
    # written after PolNeAR's quoted debate transcripts: '"(CROSSTALK.)' between two speakers' lines
    text = (
        '"PENCE: Well, look, this is serious business and the American people have a choice to make.\n\n'
        '"(CROSSTALK.)\n\n"WALLACE: If I may, sir, because we have got limited time.'
    )
    annotations = annotate_text(nlp, text)
    assert not [q for q in annotations.quotes if "CROSSTALK" in q.text]
    assert _speakers(annotations, "Well, look") == ["PENCE"]


def test_spoke_on_condition_of_anonymity_reports_nothing(nlp):
    # chrissy (AP): "The official who spoke on condition of anonymity says ..." reports what he says, not the condition
    text = _passage("909dade37426", "condition of anonymity")
    assert not [q for q in annotate_text(nlp, text).quotes if q.text.startswith("condition")]


def test_said_in_statements_that_credits_who_made_them(nlp):
    # chrissy (AP): "ANA said in statements that apologized to passengers but supported the decision"
    text = _passage("909dade37426", "said in statements")
    assert set(_speakers(annotate_text(nlp, text), "the decision")) == {"ANA"}


def test_a_lone_lower_case_letter_is_no_speaker(nlp):
    # croydon_tram_trash: the typo "Asked what he had seen e added :" names nobody
    text = _passage("2f066d10237b", "e added")
    assert _speakers(annotate_text(nlp, text), "There was a woman") == [None]


def test_one_speakers_reported_speech_is_reported_once(nlp):
    # croydon_tram_trash (Guardian): "He said he intended to report the incident ..." is one statement of Tofield's
    text = _passage("4032070b93a3", "He said he intended to report", before=2)
    assert _speakers(annotate_text(nlp, text), "to report the incident to both") == ["James Tofield"]


POLNEAR_TRAIN = SHARED / "data" / "polnear" / "data" / "train" / "text"


def _polnear_lines(name: str, words: str, before: int) -> str:
    lines = (POLNEAR_TRAIN / name).read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if words in line)
    return "\n".join(lines[max(0, at - before) : at + 1])


def test_a_surname_the_tagger_took_for_a_noun_is_the_person(nlp):
    # PolNeAR train (Western Journal): "Trump" tagged NN at the start of its sentence, after a quote
    text = "Donald Trump held a rally in New Hampshire.\n\n" + _polnear_lines(
        "west-journal_2016-02-09_trump-supporter-screams-controve.txt", "What kind of people do I have here", 0
    )
    annotations = annotate_text(nlp, text)
    assert _speakers(annotations, "What kind of people") == ["Donald Trump"]
    assert _speakers(annotations, "What do I have") == ["Donald Trump"]


def test_straight_marks_inside_a_curly_pair_split_the_quote_at_its_reporting_clause(nlp):
    # PolNeAR train (Politico): '“Our roads and bridges are potholed and crumbling," she said. "Families endure ...”'
    text = _polnear_lines("politico_2015-11-29_hillary-clinton-s-pothole-politi.txt", "Our roads and bridges", 6)
    annotations = annotate_text(nlp, text)
    crumbling = [q for q in annotations.quotes if q.direct and "crumbling" in q.text]
    assert crumbling and all("she said" not in q.text for q in crumbling)
    assert _speakers(annotations, "Families endure blackouts")[0] in ("Hillary Clinton", "Clinton")


def test_a_date_a_verb_speaks_on_is_no_topic(nlp):
    # written: "spoke ... on Monday" says when, not what
    assert not annotate_text(nlp, "Donald Trump spoke in Iowa on Monday.").quotes


def test_a_participle_with_an_agent_credits_the_agent(nlp):
    # written: the measure is described; Rand Paul describes it
    text = "The House passed the bill, a measure described by Senator Rand Paul as a “disaster” for taxpayers."
    assert set(_speakers(annotate_text(nlp, text), "disaster")) == {"Rand Paul"}


def test_the_second_piece_of_a_quote_split_by_an_inverted_clause_is_the_same_speakers(nlp):
    # PolNeAR train (Washington Post): '"The risk," said Edward Leamer, an economist ..., "is that we're going ..."'
    text = _polnear_lines("wash-post_2016-03-29_calif-may-raise-minimum-wage-to-.txt", '"The risk," said Edward', 0)
    annotations = annotate_text(nlp, text)
    assert _speakers(annotations, "The risk") == ["Edward Leamer"]
    assert _speakers(annotations, "attracting workers") == ["Edward Leamer"]


def test_issued_a_statement_saying_credits_the_issuer(nlp):
    # PolNeAR train (USA Today): "Black Lives Matter issued a statement saying it took the action ..."
    text = _polnear_lines("usa-today_2016-06-27_orlando-shootings-temper-lgbt-pr.txt", "issued a statement saying", 0)
    found = [q for q in annotate_text(nlp, text).quotes if "took the action" in q.text]
    assert found and (found[0].speaker or "").startswith("Black Lives")  # the parser leaves "Matter" out


def test_a_photo_credit_glued_before_the_speakers_is_no_part_of_them(nlp):
    # harambe (Daily Mail): "Twitter / @ForIamPJ Zoo directors insisted the barriers were safe and said ..."
    text = _passage("a84cfd5b897f", "ForIamPJ")
    assert set(_speakers(annotate_text(nlp, text), "the barriers were safe")) == {"Zoo directors"}


def test_reported_content_keeps_the_closing_mark_of_its_quoted_words(nlp):
    # croydon_tram_trash (Guardian): 'Finn Brennan, of ... Aslef, said the incident was “truly dreadful”.'
    text = _passage("4032070b93a3", "truly dreadful")
    reported = [q.text for q in annotate_text(nlp, text).quotes if not q.direct and "truly dreadful" in q.text]
    assert reported == ["the incident was “truly dreadful”"]
