"""Who speaks, on news pages nobody tuned for (issue 12): sentences from the HTML benchmark pages of the
audit (Al Jazeera, RT, NBC News, The Hill, DH News Service, BBC), one test per mechanism."""

from __future__ import annotations

from tests.conftest import annotate_text


def _speaker(annotations, words: str, direct: bool | None = None) -> str | None:
    found = [q for q in annotations.quotes if words in q.text and direct in (None, q.direct)]
    assert found, f"no quote holds {words!r}"
    return found[0].speaker


def test_body_named_as_a_modifier_keeps_the_speakers_words(nlp):
    # DH News Service (US-China trade) and RT (Bolivia): the advisers and the journalist speak, not the body
    advisers = annotate_text(
        nlp,
        "Trump is the final decision-maker in the US on any deal, and hasn't committed to any specifics so far, "
        "White House advisers say.",
    )
    assert _speaker(advisers, "final decision-maker") == "White House advisers"
    journalist = annotate_text(
        nlp,
        "An Associated Press journalist in the area also reported hearing gunfire near the fuel facility in "
        "Senkata, which protesters have tried to block over the last five days.",
    )
    assert "Associated Press journalist" in _speaker(journalist, "hearing gunfire")


def test_the_name_at_the_head_wins_over_a_tagged_modifier(nlp):
    # Al Jazeera: the model tags "The Afghan" as an organisation; BBC: it tags "Wikileaks" as a person
    taliban = annotate_text(
        nlp,
        "The Afghan Taliban, however, claimed responsibility for shooting down the helicopter, which it said "
        "crashed in Logar province south of the capital Kabul.",
    )
    assert _speaker(taliban, "responsibility for shooting down") in ("Taliban", "The Afghan Taliban")
    editor = annotate_text(
        nlp,
        'Wikileaks editor-in-chief Kristinn Hrafnsson said: "Let us now focus on the threat Mr Assange has been '
        'warning about for years."',
    )
    assert _speaker(editor, "Let us now focus", direct=True) == "Kristinn Hrafnsson"


def test_a_name_inside_the_quote_is_not_who_says_it(nlp):
    # The Hill: "she" is the lawyer of the previous sentence, not the client named in her words
    text = (
        "Sonya A. Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to "
        "cause harm to Omar and did not make plans to do so.\n\n"
        "“Pat Carlineo is passionate about his political beliefs and his right to express them,” she said in an "
        "email."
    )
    assert _speaker(annotate_text(nlp, text), "Pat Carlineo is passionate", direct=True) == "Sonya A. Zoghlin"


def test_he_continues_the_subject_pronoun_of_the_sentence_before(nlp):
    # NBC News: "he" in the second sentence is the "He" who was arrested, not Omar named at its end
    text = (
        "Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening to assault and murder a United "
        "States official, the U.S. Attorney’s Office said in a statement.\n\n"
        "Carlineo faces a maximum of 10 years in prison. He was arrested in April for the March 21 call to the "
        "offices of Omar.\n\n"
        "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody "
        'ought to put a bullet in her skull," the prosecutor’s office said.'
    )
    assert _speaker(annotate_text(nlp, text), "terrorist", direct=True) == "Patrick W. Carlineo Jr."


def test_a_list_of_charges_under_names_is_no_quote(nlp):
    # The Republic (Columbus police arrests): one line per person, what they are charged with
    text = (
        "All persons involved in this case were transported to the Bartholomew County Jail where they were being "
        "held on the following preliminary charges:\n\n"
        "Elizabeth A. Burton: Possession of methamphetamine, possession of a Schedule IV substance, held in jail "
        "in lieu of $70,000 bond.\n\n"
        "Christopher L. Tays: Two Bartholomew County warrants, one out-of-county warrant, possession of "
        "marijuana, possession of a controlled substance, held in jail with no bond.\n\n"
        "Ryan S. Hollman: Dealing in methamphetamine, possession of methamphetamine, possession of heroin, "
        "visiting a common nuisance, held in jail in lieu of $326,000 bond."
    )
    assert not [q for q in annotate_text(nlp, text).quotes if "possession" in q.text.lower()]


def test_a_name_and_colon_heading_a_statement_is_still_a_quote(nlp):
    # PolNeAR train's headline form: the line states something, and no list surrounds it
    text = "Pat Caddell: Democrat voters worried about the party's direction\n\nThe pollster spoke on Monday."
    assert _speaker(annotate_text(nlp, text), "Democrat voters worried") == "Pat Caddell"


def _source(annotations, value: float) -> str | None:
    found = [c for c in annotations.claims if c.value == value]
    assert found, f"no claim of {value}"
    return found[0].asserted_by


def test_a_reporting_clause_closing_the_sentence_credits_its_subject(nlp):
    # MSN (NBC News copy): the parser takes "a cell" for the subject of "reported"
    cell = annotate_text(
        nlp,
        "In an El Paso facility, a cell meant for 35 held 155 adult males with only one toilet and sink, "
        "NBC News reported.",
    )
    assert _source(cell, 155) == "NBC News"
    assert _speaker(cell, "155 adult males") == "NBC News"
    # DH News Service: the closing "said" is parsed as a relative clause of "deal"; the inner "recognize" loses
    person = annotate_text(
        nlp,
        "Trump and US Trade Representative Robert Lighthizer recognize that making such concessions for a skinny "
        "trade deal is not a very good deal for Trump, a second person briefed on last weekend's trade phone call "
        "said.",
    )
    assert _speaker(person, "Robert Lighthizer recognize that").startswith("a second person")


def test_an_inverted_closing_clause_is_not_the_content(nlp):
    # AP (Sondland): "said another witness, Fiona Hill" after the clause she reports
    text = (
        'Sondland was known for telling others "he was in charge of Ukraine" despite being the U.S. envoy in '
        "Brussels, said another witness in the impeachment probe, former White House Russia adviser Fiona Hill."
    )
    speaker = _speaker(annotate_text(nlp, text), "Sondland was known for telling others")
    assert speaker is not None and "Fiona Hill" in speaker
    # in the page, after Holmes's testimony, the parser makes "said" a conjunct and the witness its object
    page = (
        "“I then heard President Trump ask, quote, ‘So he’s going to do the investigation?’” Holmes testified. "
        "“Ambassador Sondland replied that ‘He’s going to do it,’ adding that President Zelensky will, quote, ‘do "
        "anything you ask him to.’”\n\n" + text + "\n\n"
    )
    speaker = _speaker(annotate_text(nlp, page), "Sondland was known for telling others")
    assert speaker is not None and "Fiona Hill" in speaker


def test_a_reporting_participle_after_a_reported_clause_is_the_reporters(nlp):
    # Al Bawaba: "saying" hangs on Washington's "concluded", but Pompeo goes on speaking
    text = (
        "Pompeo said that after legal consultation Washington had concluded the establishment of settlements was "
        '"not, per se, inconsistent with international law", saying he trusted the Israeli courts to decide.'
    )
    assert _speaker(annotate_text(nlp, text), "he trusted the Israeli courts") == "Pompeo"


def test_a_quotation_running_over_paragraphs_keeps_its_speaker(nlp):
    # Express (Hong Kong): the first paragraph opens a quote and leaves it open, the next opens again
    text = (
        "Cheuk Hau-yip, the commander of Kowloon West district, said: “These rioters, they are also criminals. "
        "They have to face the consequences of their acts.\n\n"
        "“Other than coming out to surrender, I don’t see that there’s any viable option for them.”"
    )
    assert _speaker(annotate_text(nlp, text), "Other than coming out", direct=True) == "Cheuk Hau-yip"


def test_odd_quotation_marks_still_pair(nlp):
    # DH News Service: a curly opening mark closed by a straight one
    mixed = (
        "White House Press Secretary Stephanie Grisham said at the conclusion of the testimonies that the "
        "allegation was debunked.\n\n"
        "“Specifically, Ambassador Volker confirmed under oath that he had no indication whatsoever of a "
        'quid-pro-quo," she said.'
    )
    assert _speaker(annotate_text(nlp, mixed), "Specifically, Ambassador Volker", direct=True) == "Stephanie Grisham"
    # The Hill: a closing straight mark typed after a space
    loose = (
        "Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday, saying she "
        'did not think a severe sentence would be helpful. She added, "We must teach the defendant love."\n\n'
        '"But we must ask: who are we as a nation if we respond to threats of political retribution with '
        'retribution ourselves? " she wrote in her letter.'
    )
    assert _speaker(annotate_text(nlp, loose), "But we must ask", direct=True) == "Omar"


def test_a_name_closing_the_apposition_speaks(nlp):
    # AP (Sondland): "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his account to say"
    text = (
        "Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 "
        "meeting to say Sondland did, in fact, discuss investigations with the visiting Ukrainians."
    )
    assert _speaker(annotate_text(nlp, text), "discuss investigations") == "Kurt Volker"


def test_said_taken_for_an_auxiliary_still_reports(nlp):
    # DH News Service: the parser makes "said" an auxiliary of "briefed"
    text = (
        "Beijing also wants Trump to eliminate the tariffs.\n\n"
        "Two people briefed on the talks said Trump has decided that rolling back existing tariffs, in addition to "
        "cancelling a scheduled Dec. 15 imposition of tariffs on some $156 billion in Chinese consumer goods, "
        "requires deeper concessions from China.\n\n"
    )
    annotations = annotate_text(nlp, text)
    assert _speaker(annotations, "Trump has decided") == "Two people"
    assert _source(annotations, 156e9) == "Two people"


def test_a_title_completed_by_its_body_is_not_the_last_person_named(nlp):
    # AP (UK Tories): "The chairman of the Conservative Party" is not whoever was named last
    text = (
        "The video had been altered to show Keir Starmer failing to answer a question about Brexit, when, in "
        "fact, he responded quickly. The chairman of the Conservative Party described the doctored video as "
        "lighthearted satire."
    )
    assert _speaker(annotate_text(nlp, text), "lighthearted satire") == "The chairman of the Conservative Party"


def test_a_statement_speaks_for_whoever_issued_it(nlp):
    # Al Jazeera: "the statement said" after "the US military said in a statement"
    said_in = annotate_text(
        nlp,
        "Two United States service members have been killed in a helicopter crash in Afghanistan, the US military "
        'said in a statement on Wednesday.\n\n"The cause of the crash is under investigation, however preliminary '
        'reports do not indicate it was caused by enemy fire," the statement said.',
    )
    assert _speaker(said_in, "The cause of the crash", direct=True) == "the US military"
    # AP (UK Tories): "the Electoral Commission ... issued a statement warning that"
    issued = annotate_text(
        nlp,
        "In a reflection of the confusion, the Electoral Commission, which regulates campaign finances, issued a "
        "statement warning that “voters are entitled to transparency and integrity from campaigners in the "
        "lead-up to an election.’’",
    )
    assert _speaker(issued, "voters are entitled") == "Electoral Commission"


def test_the_paragraph_after_a_quote_is_the_writers(nlp):
    # Houston Chronicle (car sales): the quote was McDowell's turn; the next paragraph is the reporter's
    text = (
        "“People are a little more cautious in regards to purchasing vehicles,” InfoNation President Dan McDowell "
        "said, adding, “2019 is just not as strong as 2018.”\n\n"
        "The sales slump comes even as the average interest rate on a new vehicle loan stayed below 6 percent for "
        "the fourth consecutive month."
    )
    assert _source(annotate_text(nlp, text), 6) is None


def test_a_reported_passage_still_carries_over(nlp):
    # the convention of the gold files: a sentence continuing an attributed passage keeps its source
    text = "Two ferries sank overnight, the coast guard said.\n\nAbout 80 passengers were rescued."
    assert "coast guard" in (_source(annotate_text(nlp, text), 80) or "")


def test_a_participle_saying_who_the_speakers_are_is_part_of_their_phrase(nlp):
    # AP (PG&E shutoffs): "a group representing rural counties in California"
    text = (
        "More than 450,000 people were without communication, according to a group representing rural counties "
        "in California."
    )
    annotations = annotate_text(nlp, text)
    assert _speaker(annotations, "450,000 people") == "a group representing rural counties in California"
    assert _source(annotations, 450000) == "a group representing rural counties in California"


def test_a_closing_verb_with_words_of_its_own_reports_nothing_before_it(nlp):
    # written for the case: "said enough" says something itself; the when-clause is nobody's statement
    text = "But when the council cut funding for the pilot program two years later, the mayor said enough."
    assert not [q for q in annotate_text(nlp, text).quotes if "council cut funding" in q.text]


def test_quotes_nested_in_a_curly_quote_do_not_pair_with_it(nlp):
    # a curly quotation holding straight-quoted words keeps its own span
    text = (
        "“I love to wave my arms, but apparently that is too loud, too shrill, too this, too that,” Clinton said. "
        'Critics called her "too loud" again.'
    )
    quotes = annotate_text(nlp, text).quotes
    assert any(q.direct and q.text.startswith("I love to wave my arms") for q in quotes)


def test_it_continues_the_body_that_was_the_subject_before(nlp):
    # BBC (Assange): "it" is the prosecution authority of the sentence before, not the body named more often
    bbc = annotate_text(
        nlp,
        "The Metropolitan Police arrested Assange in April. The Metropolitan Police said he had breached his bail "
        "conditions.\n\n"
        'Deputy Director of Public Prosecution Eva-Marie Persson took the decision to "discontinue the '
        'investigation regarding Julian Assange", the Swedish Prosecution Authority said.\n\n'
        '"The reason for this decision is that the evidence has weakened considerably due to the long period of '
        'time that has elapsed since the events in question," it added.',
    )
    assert _speaker(bbc, "evidence has weakened") == "Swedish Prosecution Authority"
    # Smithsonian (plague): "it" continues the subject of the clause before it in its own sentence
    cdc = annotate_text(
        nlp,
        "The Associated Press reported in 2003 that officials had hidden cases. China has since improved its "
        'detection, writes the Associated Press. And though the Chinese CDC has said that there is "no need" for '
        "Beijing residents to worry, it has also acknowledged that remote regions of the country are vulnerable "
        "to outbreaks.",
    )
    assert _speaker(cdc, "remote regions") in ("Chinese CDC", "Chinese Center for Disease Control and Prevention")
