"""Figure groups on the audited news-threads stories (issue 14 part 2; audit in notes/audit6): an age is grouped
by whose age it is, so two ages of one boy are a dispute, and one weight given in pounds and in kilograms is one
quantity. The claims are written as the extractor gives them for the articles' own sentences (harambe thread)."""

from __future__ import annotations

from newsweave.evaluation.figures import group_faults
from newsweave.model import Article
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from tests.reconcile.test_figure_groups import claim

AGE = "year of age"
BOY_4 = "A male gorilla in the Cincinnati Zoo was killed after a 4-year-old boy fell into the exhibit moat."
CHILD_4 = "The zoo initially said that the child is 4 years old."
BOY_3 = (
    "After a 3-year-old boy slipped into the gorilla enclosure on a crowded Saturday at the Cincinnati Zoo, a "
    "security team killed the gorilla to save the child."
)
GORILLA_17 = "Harambe, a 17-year-old gorilla at the Cincinnati Zoo is pictured in this undated handout photo."
BERIT_17 = (
    "The zoo said the 17-year-old female Berit and the 26-year-old male Little One, entered an 'inappropriate' area "
    "but remained contained and were never loose."
)
KG = "The 181-kg gorilla picked the boy up, as the video showed, and dragged him for at least 10 minutes."
POUNDS_KG = (
    'A Facebook page titled "Justice for Harambe" had more than 3,000 likes by Sunday afternoon, a day after the '
    "400-pound (181-kg) gorilla was shot dead."
)


def figures(claims, articles):
    view = SourceView({a.id: a for a in articles}, {})
    return [(g, g.figure(view)) for g in group_figures(claims, "s1", articles)]


def test_two_ages_of_one_boy_from_two_reports_are_a_dispute():
    """ "a 3-year-old vs a 4-year-old boy IS a real dispute": the boy's age was one 'agreed' group per value."""
    articles = [Article(id=a, text="", published="2016-05-29", site=s) for a, s in
                (("chinadaily", "China Daily"), ("enquirer", "Cincinnati Enquirer"), ("npr", "NPR"))]  # fmt: skip
    claims = [
        claim("chinadaily", 4, BOY_4, "boy", unit=AGE, kind="quantity", at="4-year-old"),
        claim("enquirer", 4, CHILD_4, "child", unit=AGE, kind="quantity", at="4 years old", asserted_by="The zoo"),
        claim("npr", 3, BOY_3, "boy", unit=AGE, kind="quantity", at="3-year-old"),
        claim("chinadaily", 17, GORILLA_17, "gorilla", unit=AGE, kind="quantity", at="17-year-old"),
        claim("enquirer", 17, BERIT_17, "female Berit", unit=AGE, kind="quantity", at="17-year-old"),
    ]
    found = {(f.about, tuple(f.values)): f.status for _, f in figures(claims, articles)}
    assert found[("boy", (3.0, 4.0))] == "disputed"
    # the gorilla's age and another gorilla's age of the same value are two quantities
    assert found[("gorilla", (17.0,))] == "one_source" and found[("female Berit", (17.0,))] == "one_source"


def test_one_weight_in_pounds_and_kilograms_is_one_quantity_in_agreement():
    """The 400-pound gorilla of one report is the 181-kg gorilla of another (and of its own bracket)."""
    articles = [Article(id="cd", text="", published="2016-05-29", site="China Daily"),
                Article(id="fox", text="", published="2016-05-29", site="Fox News")]  # fmt: skip
    claims = [
        claim("cd", 181, KG, "gorilla", unit="kilogram", kind="quantity", at="181-kg"),
        claim("fox", 400, POUNDS_KG, "gorilla", unit="pound-mass", kind="quantity", at="400-pound"),
        claim("fox", 181, POUNDS_KG, "gorilla", unit="kilogram", kind="quantity", at="181-kg"),
    ]
    [(group, figure)] = figures(claims, articles)
    assert figure.status == "agreed" and figure.unit == "kilogram"
    assert figure.values == [181.0]  # 400 pounds shown as 181 kg (three significant digits)
    view = SourceView({a.id: a for a in articles}, {})
    members = {c.id: c for c in claims}
    assert not any(group_faults(figure, members, view).values())


MAN_42 = "Police have confirmed a 42-year-old man from Beckenham has been arrested on suspicion of manslaughter."
DRIVER_42 = "The 42-year-old male driver, from Beckenham, is being held on suspicion of manslaughter."
TRAM_DRIVER_42 = "The tram driver, 42, from Beckenham, has been arrested on suspicion of manslaughter."
COLLIER_GUARDIAN = (
    "Nearby resident Hannah Collier, 23, said: “I heard a massive crash at about 6.15am, then heard shouting."
)
COLLIER_INDEPENDENT = "Croydon resident Hannah Collier, 23, said it was raining heavily at the time of the incident."
GOT_INTO = (
    "The judgment and criticism built quickly after a 3-year-old got into the enclosure of a 450-pound gorilla at "
    "the Cincinnati Zoo."
)
UPDATE = "(Update: The boy was initially reported to be 4 years old, but police later said he is 3.)"


def test_one_age_of_one_described_person_is_one_group_however_each_report_names_them():
    """croydon_tram_trash: the driver's 42 was three groups ('man', 'male driver', 'tram driver'); Hannah Collier's
    23 two, "at about 6.15am ... earlier" read as a period of its own."""
    articles = [Article(id=a, text="", published=d, site=a) for a, d in
                (("express", "2016-11-09"), ("mail", "2016-11-09"), ("bbc", "2016-11-09"),
                 ("guardian", "2016-11-10"), ("independent", "2016-11-09"))]  # fmt: skip
    claims = [
        claim("express", 42, MAN_42, "man", unit=AGE, kind="quantity", at="42-year-old", asserted_by="Police"),
        claim("mail", 42, DRIVER_42, "male driver", unit=AGE, kind="quantity", at="42-year-old"),
        claim("bbc", 42, TRAM_DRIVER_42, "tram driver", unit=AGE, kind="quantity", at="42"),
        claim("guardian", 23, COLLIER_GUARDIAN, "Nearby resident Hannah Collier", unit=AGE, kind="quantity", at="23"),
        claim(
            "independent",
            23,
            COLLIER_INDEPENDENT,
            "Croydon resident Hannah Collier",
            unit=AGE,
            kind="quantity",
            at="23",
        ),  # fmt: skip
    ]
    found = sorted((tuple(f.values), len(f.claims), f.status) for _, f in figures(claims, articles))
    assert found == [((23.0,), 2, "agreed"), ((42.0,), 3, "agreed")]


def test_an_age_whose_owner_is_left_out_joins_the_one_group_holding_its_value():
    """harambe: "a 3-year-old got into the enclosure" and "police later said he is 3" are the boy's age."""
    articles = [Article(id=a, text="", published="2016-05-29", site=a) for a in ("usatoday", "npr", "chinadaily")]
    claims = [
        claim("chinadaily", 4, BOY_4, "boy", unit=AGE, kind="quantity", at="4-year-old"),
        claim("npr", 4, UPDATE, "boy", unit=AGE, kind="quantity", at="4 years old"),
        claim("npr", 3, UPDATE, "boy", unit=AGE, kind="quantity", at="3.)", asserted_by="police"),
        claim("usatoday", 3, GOT_INTO, None, unit=AGE, kind="quantity", at="3-year-old"),
    ]
    [(_, figure)] = figures(claims, articles)
    assert (figure.values, len(figure.claims), figure.status) == ([3.0, 4.0], 4, "disputed")
    # two ages of one report in its own voice stay two quantities ("a 3-year-old boy slipped", "initially
    # reported to be 4"): no dispute made inside one report by one side
    own_voice = [claim("npr", 3, BOY_3, "boy", unit=AGE, kind="quantity", at="3-year-old"), claims[1]]
    assert sorted(f.values for _, f in figures(own_voice, articles)) == [[3.0], [4.0]]


PAYLOAD_FACTBOX = (
    "THE FALCON HEAVY Height: 70 meters (229.6 feet) Stages: 2 Boosters: 2 Cores: 3 Engines: 27 Payload to LEO: "
    "63,800kg (140,660 lb)"
)
PAYLOAD_SPACEFLIGHT = (
    "When its first stage boosters are not recovered, SpaceX’s Falcon Heavy will be capable of delivering up to "
    "140,660 pounds (63,800 kilograms) to low Earth orbit when launched to the east from Florida’s Space Coast, where "
    "rockets get a velocity boost from Earth’s rotation."
)
ROSBERG_LEAD = "Rosberg, 19 points clear of Hamilton in the title race, will seal the championship if he wins here."


def test_one_precise_measure_without_a_counted_thing_joins_its_conversion_in_another_report():
    """First_Falcon_Heavy_launch: the Daily Mail's fact box gives 63,800kg, Spaceflight Now 140,660 pounds, neither
    with a counted thing: one payload, agreed (were two one-source groups). f1_crash: Rosberg's "19 points clear" in
    two reports (were two groups); a round "2 points" of two reports stays apart."""
    articles = [Article(id="dm", text="", published="2018-01-05", site="Daily Mail"),
                Article(id="sfn", text="", published="2018-02-06", site="Spaceflight Now")]  # fmt: skip
    claims = [
        claim("dm", 63800, PAYLOAD_FACTBOX, None, unit="kilogram", kind="quantity", at="63,800kg"),
        claim("sfn", 140660, PAYLOAD_SPACEFLIGHT, None, unit="pound-mass", kind="quantity", at="140,660 pounds",
              qualifier="up_to"),
        claim("dm", 19, ROSBERG_LEAD, None, unit="point", kind="quantity", at="19 points"),
        claim("sfn", 19, ROSBERG_LEAD, None, unit="point", kind="quantity", at="19 points"),
    ]  # fmt: skip
    found = sorted((f.values, f.status) for _, f in figures(claims, articles))
    assert found == [([19.0], "agreed"), ([63800.0], "agreed")]
    rounded = [claim(a, 2, ROSBERG_LEAD, None, unit="point", kind="quantity", at="19 points") for a in ("dm", "sfn")]
    assert len(figures(rounded, articles)) == 2


COINS = (
    "In the top five, ethereum's ether token is down 29 percent, Ripple's XRP is down 24 percent, bitcoin cash has "
    "lost 28 percent and cardano is down 24."
)


def test_two_equal_figures_of_one_sentence_are_two_quantities():
    """Bitcoin_drops (968852d73a): XRP's and cardano's 24 percent are two coins' falls, never one merged figure."""
    articles = [Article(id="cnbc", text="", published="2018-02-05", site="CNBC")]
    claims = [
        claim("cnbc", 24, COINS, "XRP", unit="percent", kind="percent", change="down", at="24 percent"),
        claim("cnbc", 24, COINS, "cardano", unit="percent", kind="percent", change="down", at="24."),
    ]
    assert len(figures(claims, articles)) == 2


PRICE_POUNDS = (
    "The price of bitcoin yo-yoed wildly again on Tuesday, falling 14% to $5,920 (£4,250) before bouncing back to "
    "$7,265 – up nearly 6% on the previous day."
)


def test_an_amount_restated_in_another_currency_is_no_quantity_of_its_own():
    """Bitcoin_drops (22ceaac661): "$5,920 (£4,250)" made a group of its own for the pounds; the amount is one."""
    articles = [Article(id="guardian", text=PRICE_POUNDS, published="2018-02-06", site="The Guardian")]
    dollars = claim("guardian", 5920, PRICE_POUNDS, "price", unit="USD", kind="money", at="$5,920")
    pounds = claim("guardian", 4250, PRICE_POUNDS, "price", unit="GBP", kind="money", at="£4,250")
    dollars.restated.append((pounds.start, pounds.end))
    [(_, figure)] = figures([dollars, pounds], articles)
    assert figure.claims == [dollars.id] and figure.unit == "USD"


INITIAL_103 = (
    "This comes three months after Broadcom made an initial $103 billion offer to combine the two semiconductor giants."
)
ORIGINAL_105 = (
    "Qualcomm’s board previously rejected Broadcom’s original $105 billion acquisition approach, and has since dug in "
    "against the threat of a takeover."
)
INITIAL_OF_105 = (
    "Broadcom, which also is a chip maker, on Monday raised its offer to $82 a share in cash and stock, up from its "
    "initial offer of $70 a share, or $105 billion, in November."
)
MORE_THAN_121 = "Broadcom is sweetening its offer to acquire Qualcomm for more than $121 billion."


def test_the_first_offer_of_a_story_is_one_quantity_however_each_report_words_it():
    """Broadcom_Raises_Its_Qualcomm_Offer_to_121: the initial $103 billion offer (CNN) and the original $105 billion
    acquisition approach (Bloomberg, AP) were two groups; the raised offer stays apart."""
    texts = {"cnn": INITIAL_103, "cnbc": MORE_THAN_121, "bloomberg": ORIGINAL_105, "ap": INITIAL_OF_105}
    articles = [Article(id=a, text=t, published="2018-02-05", site=a) for a, t in texts.items()]
    claims = [
        claim("cnn", 103e9, INITIAL_103, "offer", unit="USD", kind="money", at="$103 billion"),
        claim("cnbc", 121e9, MORE_THAN_121, None, unit="USD", kind="money", at="$121 billion", qualifier="over"),
        claim("bloomberg", 105e9, ORIGINAL_105, "acquisition approach", unit="USD", kind="money", at="$105 billion"),
        claim("ap", 105e9, INITIAL_OF_105, "initial offer", unit="USD", kind="money", at="$105 billion"),
    ]
    found = sorted((f.values, f.about) for _, f in figures(claims, articles))
    assert found == [([103e9, 105e9], "initial offer"), ([121e9], "offer")]


DUTCHMAN = "The 19-year-old Dutchman, who had been running second only to Hamilton, dropped to 14th."
THE_19 = "But the 19-year-old gained universal praise for the way he avoided a serious accident in Brazil."


def test_an_age_left_without_its_owner_joins_the_age_of_a_person_named_by_nationality():
    """f1_crash: "the 19-year-old" (two reports) and "the 19-year-old Dutchman" were two groups; a nationality
    describes a person as "driver" does, it names no one."""
    articles = [Article(id=a, text="", published="2016-11-13", site=a) for a in ("sky", "mail", "bbc")]
    claims = [
        claim("sky", 19, DUTCHMAN, "Dutchman", unit=AGE, kind="quantity", at="19-year-old"),
        claim("mail", 19, THE_19, None, unit=AGE, kind="quantity", at="19-year-old"),
        claim("bbc", 19, THE_19, None, unit=AGE, kind="quantity", at="19-year-old"),
    ]
    [(_, figure)] = figures(claims, articles)
    assert (figure.about, len(figure.claims), figure.status) == ("Dutchman", 3, "agreed")


FILES = (
    "Over the past year, investigative journalists across the world have been sifting through 11.5 million internal "
    "files from the Panamanian law firm Mossack Fonseca."
)
DOCUMENTS = "The scandal erupted on Sunday when media groups began revealing a trove of 11.5 million documents."
RECORDS = "The magnitude of the leak -- 2.6 terabytes, 11.5 million records -- makes previous revelations look timid."


def test_the_files_documents_and_records_of_a_leak_are_one_count():
    """panama_papers: 11.5 million documents (Daily Mail), internal files (NPR) and records (CNN) were three groups."""
    articles = [Article(id=a, text="", published="2016-04-04", site=a) for a in ("npr", "mail", "cnn")]
    claims = [
        claim("npr", 11.5e6, FILES, "internal files", at="11.5 million"),
        claim("mail", 11.5e6, DOCUMENTS, "documents", at="11.5 million"),
        claim("cnn", 11.5e6, RECORDS, "records", at="11.5 million"),
    ]
    [(_, figure)] = figures(claims, articles)
    assert (len(figure.claims), figure.status) == (3, "agreed")


YEAR_LONG = (
    "The scandal erupted on Sunday when media groups began revealing the results of a year-long investigation into a "
    "trove of 11.5 million documents from Panamanian law firm Mossack Fonseca."
)
MAGNITUDE = (
    "The magnitude of the leak -- 2.6 terabytes, 11.5 million records -- makes previous revelations by WikiLeaks and "
    "Edward Snowden look timid by comparison."
)


def test_a_year_long_span_and_another_clauses_previous_put_no_figure_in_the_past():
    """panama_papers (22f6f31e, 99896d12): these two 11.5 million were read as earlier figures, a group apart."""
    from newsweave.reconcile.periods import period_of

    for sentence in (YEAR_LONG, MAGNITUDE):
        at = sentence.index("11.5 million")
        assert period_of(sentence, at, at + 12) is None
    previous = "up from a previous offer of $70 a share"
    assert period_of(previous, previous.index("$70"), previous.index("$70") + 3) == "earlier"
