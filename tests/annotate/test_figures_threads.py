"""Figures misread on the audited news-threads stories (issues 12, 14 part 2, 17; audit in notes/audit6): whose
age a number is, a spread after a verb of motion, and model numbers, lap numbers and telephone numbers that count
nothing. Each case is the article's own sentence (news-threads, by thread and file)."""

from __future__ import annotations

from tests.conftest import annotate_text

# harambe 26a9388d
ZOO_SHOT = (
    "A zoo shot and killed a 17-year-old gorilla that grabbed and dragged a four-year-old boy who fell into the its "
    "enclosure on Saturday afternoon."
)
# harambe 87176868
SPOKESWOMAN = (
    "The zoo initially said that the child is 4 years old. A family spokeswoman later said in an email that he is 3."
)
# harambe dd06e8a0
UPDATE = "(Update: The boy was initially reported to be 4 years old, but police later said he is 3.)"
# harambe 87176868: the gorilla's age comes first, and 'he' is the boy, not the 17-year-old male
GORILLA_THEN_BOY = (
    "The boy wasn’t seriously hurt in the fall, Maynard said at a news conference, but after he dropped into the "
    "enclosure, the gorilla, a 17-year-old male, grabbed him. A family spokeswoman said in an email that he was 3 "
    "years old."
)
# harambe a84cfd5b
WHO_WAS = "Harambe, who was 17, was shot dead by zookeepers"
# Bitcoin_drops e444d7d1, croydon_tram_trash ccd46d77, croydon_tram_trash a2bbab83
BOECKHOLT = "Authorities arrested one Anthony Scott Boeckholt, 42, on Jan. 29 at his home in Forest City, Iowa."
TRAM_DRIVER = "The tram driver, 42, from Beckenham, has been arrested on suspicion of manslaughter."
BAMFORD = "Martin Bamford, 30, was travelling on the tram when it flipped and derailed off the tracks."
# harambe 26a9388d
FELL = (
    "Authorities said the boy, who fell 10 to 12 feet, is expected to recover after being picked up out of the moat "
    "and dragged by the 400-pound male."
)


def ages(nlp, text: str) -> list[tuple[float, str | None]]:
    annotations = annotate_text(nlp, text)
    return [(c.value, c.counted) for c in annotations.claims if c.unit == "year of age"]


def test_an_age_counts_its_owner_not_the_year(nlp):
    assert ages(nlp, ZOO_SHOT) == [(17, "gorilla"), (4, "boy")]
    assert ages(nlp, WHO_WAS) == [(17, "Harambe")]


def test_an_age_in_commas_counts_the_person_it_follows(nlp):
    assert ages(nlp, BOECKHOLT)[0][0] == 42 and ages(nlp, BOECKHOLT)[0][1].endswith("Anthony Scott Boeckholt")
    assert ages(nlp, TRAM_DRIVER) == [(42, "tram driver")]
    assert ages(nlp, BAMFORD) == [(30, "Martin Bamford")]


def test_an_age_said_of_a_pronoun_counts_the_person_whose_age_was_given_before(nlp):
    assert ages(nlp, SPOKESWOMAN) == [(4, "child"), (3, "child")]
    assert ages(nlp, UPDATE) == [(4, "boy"), (3, "boy")]
    # the gorilla (an animal called "a male") is no person "he" stands for: no owner rather than the wrong one
    assert ages(nlp, GORILLA_THEN_BOY) == [(17, "male"), (3, None)]


def test_a_pronoun_far_from_an_earlier_age_is_not_its_owner(nlp):
    """Quentin_Tarantino_Uma_Thurman_car_crash 65009618: "her 5-year-old daughter" paragraphs before "She says when
    she was 16" made Uma Thurman's 16 the daughter's age, and a false dispute of the daughter's age."""
    text = (
        "Thurman tells her story, with occasional interruptions from her 5-year-old daughter with her ex, financier "
        "Arpad Busson. Luna is in her pj’s, munching on a raw cucumber.\n\nBut beneath that reserve and golden aura, "
        "she has learned to be a street fighter.\n\nShe says when she was 16, living in a studio apartment in "
        "Manhattan, she went to a club one winter night."
    )
    assert ages(nlp, text) == [(5, "daughter"), (16, None)]


def test_a_spread_after_a_verb_of_motion_is_one_measure_in_the_unit_of_its_second_number(nlp):
    annotations = annotate_text(nlp, FELL)
    [fall] = [m for m in annotations.measures if m.unit == "foot"]
    assert (fall.low, fall.high, fall.qualifier) == (10, 12, "range")
    assert [(c.value, c.unit) for c in annotations.claims] == [(400, "pound-mass")]
    # a change to a level keeps its reading: no spread
    [rise] = annotate_text(nlp, "Shares rose 2% to $11.10 on Monday.").claims[:1]
    assert rise.low is None


def test_a_weight_does_not_take_the_condition_of_its_owner(nlp):
    """harambe feb63103: "the 400-pound (181-kg) gorilla was shot dead" weighs the gorilla, not the dead."""
    text = (
        'A Facebook page titled "Justice for Harambe" had more than 3,000 likes by Sunday afternoon, a day after '
        "the 400-pound (181-kg) gorilla was shot dead."
    )
    weights = [(c.value, c.unit, c.counted) for c in annotate_text(nlp, text).claims if c.unit is not None]
    assert weights == [(400, "pound-mass", "gorilla"), (181, "kilogram", "gorilla")]


def values(nlp, text: str) -> list[float]:
    annotations = annotate_text(nlp, text)
    return [c.value for c in annotations.claims + annotations.measures]


def test_a_model_named_by_its_make_and_number_counts_nothing(nlp):
    """First_Falcon_Heavy_launch (58454366, 8c22e99f, fc5b5406): Falcon 9, Apollo 11, Ariane 5, ViaSat 2."""
    assert values(nlp, "Falcon Heavy essentially looks like three SpaceX Falcon 9 rockets strapped together.") == [3]
    assert values(nlp, "SpaceX has some form in landing the Falcon 9 rockets.") == []
    apollo = (
        "The Falcon Heavy 'megarocket' will fire beyond orbit from the former Apollo 11 moon rocket launchpad at the "
        "Kennedy Space Centre near Cape Canaveral, Florida."
    )
    assert values(nlp, apollo) == []
    ariane = (
        "That will surpass the European Ariane 5 launcher, the world’s leader in liftoff power at 2.9 million pound "
        "of thrust from two segmented solid rocket boosters."
    )
    assert values(nlp, ariane) == [2.9e6, 2]
    viasat = (
        "The ViaSat 2 satellite built to provide high-speed Internet access across the United States was supposed "
        "to launch on a Falcon Heavy, but the firm moved it to an Ariane 5 rocket."
    )
    assert values(nlp, viasat) == []
    # a count of a make's products, and a number after a place, still count
    assert values(nlp, "Hyundai recalled 460 Kia vehicles.") == [460]


def test_a_designated_pad_lap_or_telephone_number_counts_nothing(nlp):
    """First_Falcon_Heavy_launch a6d7821771 ("Pad 39A", read as 39 amperes), f1_crash ("lap 48", "On lap
    seven"), croydon_tram_trash ccd46d77 (a telephone number)."""
    assert values(nlp, "The rocket is sitting on Pad 39A at the Kennedy Space Center in Florida.") == []
    lap = "Massa's Williams car crashed in lap 48 as the Brazilian struggled to cope with the endless downpour."
    assert values(nlp, lap) == []
    seven = "On lap seven the safety car peeled into the pit lane with Lewis Hamilton leading from Nico Rosberg."
    assert values(nlp, seven) == []
    phone = "The police have set up a number - 0800 0560154 - for friends and family to call for information."
    assert values(nlp, phone) == []
    assert values(nlp, "But just six laps later, Ericsson crashed at high speed as he entered the pit straight.") == [6]


def test_one_before_a_possessive_counts_nothing(nlp):
    """harambe a84cfd5b: a headline "One mum's account of love and loss"."""
    assert values(nlp, "One mum's account of love and loss PIVOTAL MOMENT") == []
    assert values(nlp, "Teenage Formula One star Max Verstappen showed nerves of steel.") == []


def test_a_price_a_share_is_a_price_per_share_whatever_names_the_share(nlp):
    """Broadcom_Raises_Its_Qualcomm_Offer_to_121 (34812a1c, fa9878c5, ee7a6162): "$82 a share", "$82 per share"
    and "$82 per Qualcomm share" were three units (USD, USD per share, USD per qualcomm) in three groups."""
    bid = (
        "The new bid represents $82 per Qualcomm share, up from a previous offer of $70 a share, and was said to be "
        "50 percent higher."
    )
    units = [(c.value, c.unit) for c in annotate_text(nlp, bid).claims]
    assert units == [(82, "USD per share"), (70, "USD per share"), (50, "percent")]
    offer = (
        "The new offer of $82 a Qualcomm share will be Broadcom’s “best and final,” according to a statement Monday."
    )
    assert [(c.value, c.unit) for c in annotate_text(nlp, offer).claims] == [(82, "USD per share")]
    # "a" before a period is still a rate of time, and a name before a noun that is no price unit is left alone
    assert annotate_text(nlp, "He earns $500 a week.").claims[0].unit == "USD per week"


def test_and_a_half_is_part_of_the_number(nlp):
    """First_Falcon_Heavy_launch fc5b5406: "a two-and-a-half hour window" and "around two-and-a-half minutes"
    were read as 2; a duration written "two and a half years" was missed."""
    window = "Launch is scheduled during a two-and-a-half hour window Tuesday opening at 1:30 p.m. EST."
    boosters = (
        "The Falcon Heavy’s twin boosters will fall away from the rocket around two-and-a-half minutes after liftoff."
    )
    for text, unit in ((window, "hour"), (boosters, "minute"), ("He served two and a half years in prison.", "year")):
        annotations = annotate_text(nlp, text)
        assert [(m.value, m.unit) for m in annotations.measures] == [(2.5, unit)] and annotations.claims == []


def test_a_number_with_a_fraction_sign_ends_a_range(nlp):
    """harambe 87176868: "4 to 5½ feet in height" was missed."""
    text = "They can reach 4 to 5½ feet in height and weigh more than 400 pounds, the WWF notes on its website."
    [height] = annotate_text(nlp, text).measures
    assert (height.low, height.high, height.unit) == (4, 5.5, "foot")


def test_a_fact_box_value_counts_its_label(nlp):
    """First_Falcon_Heavy_launch 8c22e99f: each count of the fact box counted the next label ("Stages: 2" as
    Boosters) and "Engines: 27 Payload" was read as a name."""
    box = (
        "THE FALCON HEAVY Height: 70 meters (229.6 feet) Stages: 2 Boosters: 2 Cores: 3 Engines: 27 Payload to LEO: "
        "63,800kg (140,660 lb)"
    )
    counts = [(c.value, c.counted) for c in annotate_text(nlp, box).claims if c.unit is None]
    assert counts == [(2, "Stages"), (2, "Boosters"), (3, "Cores"), (27, "Engines")]


def test_one_label_and_colon_is_no_fact_box(nlp):
    """NewsQuant s216 and s408: a player's rating and an address after a colon stay what they were."""
    herrera = "Ander Herrera: 4 Started the episode of Casualty when injuring himself while fouling Matip."
    assert annotate_text(nlp, herrera).claims == []
    address = "Properties including: 9 E 71st St, Manhattan, worth $US55,931,000 ($A82,615,680)."
    assert [c.value for c in annotate_text(nlp, address).claims] == [55931000, 82615680]


def test_a_model_number_after_a_counts_nothing(nlp):
    """First_Falcon_Heavy_launch 60c49d75, 58454366, b271739c: "a 737" and "Launch Complex 39A" are a plane and a
    pad; "in one fell swoop" counts nothing. A record count and a size after "a" still count."""
    lift = "Using another airplane analogy, SpaceX boasts a Heavy could lift a 737 into orbit, passengers, luggage."
    assert values(nlp, lift) == []
    assert values(nlp, "SpaceX leases Launch Complex 39A from NASA.") == []
    swoop = (
        "The Heavy is capable of delivering, in one fell swoop, 140,660 pounds (63,800 kilograms) of cargo to orbit."
    )
    assert values(nlp, swoop) == [140660, 63800]
    assert values(nlp, "The company sold a 100 acre plot and a record 300 homes.") == [100, 300]


def test_a_photo_gallery_counter_counts_nothing(nlp):
    """croydon_tram_trash 071e141c: the gallery's "8/8" and "2/8" left between captions were read as 1 and 0.75."""
    assert values(nlp, "Ben Morgan 8/8 Witnesses reported seeing victims stretchered from the tram James Long") == []
    cordon = "A police cordon is in place on Addiscombe Road Ben Morgan 7/8 40 people were injured and five trapped."
    assert values(nlp, cordon) == [40, 5]


def test_two_words_are_never_glued_into_a_unit(nlp):
    """f1_crash 93a37a20: "a Formula 1 car at the season-finisher" was read as 1 carat ("car" + "at")."""
    final = (
        "Two weeks from now, he will make his final appearance in a Formula 1 car at the season-finisher in Abu "
        "Dhabi, after reaching his 250th start."
    )
    assert all(c.unit != "carat" for c in annotate_text(nlp, final).claims)
    [diamond] = annotate_text(nlp, "The ring has a 2 carat diamond.").claims
    assert (diamond.value, diamond.unit) == (2, "carat")


def test_people_taken_to_hospital_are_counted_hospitalized_not_killed(nlp):
    # news-threads croydon_tram_trash: the Guardian's "more than 50 taken to hospital" was counted 'people killed'
    # (the first clause's condition), the Express's "51 people rushed to hospital" 'people' with no condition
    guardian = (
        "At least seven people have been killed and more than 50 taken to hospital after a tram, believed to be "
        "travelling at high speed, derailed in south London."
    )
    counted = {c.value: c.counted for c in annotate_text(nlp, guardian).claims}
    assert counted[7] == "people killed" and counted[50] == "people hospitalized"
    express = "More than 51 people were also rushed to hospital, with some suffering serious injuries."
    assert [c.counted for c in annotate_text(nlp, express).claims] == ["people hospitalized"]


# harambe dd06e8a0 (the boy's age given just before), 87176868, a4d3ace9
ANIMAL = (
    "The boy, who is 4, is doing fine, the zoo said. \"You're talking about an animal that's over 400 pounds and "
    'extremely strong."'
)
OF_WHICH = "Nicely told the Enquirer that she was at the zoo with a group of children, two of which were hers."
KIDS = 'Marshall, whose kids are 6 and almost 10, said it was "startling" when you see how big these creatures are.'


def test_a_size_said_in_a_relative_clause_measures_its_noun_not_the_figure_before(nlp):
    [weight] = [c for c in annotate_text(nlp, ANIMAL).claims if c.unit == "pound-mass"]
    assert (weight.value, weight.qualifier, weight.counted) == (400, "over", "animal")


def test_of_which_counts_the_noun_before_its_comma(nlp):
    [two] = annotate_text(nlp, OF_WHICH).claims
    assert (two.value, two.counted) == (2, "children")


def test_bare_numbers_said_of_children_are_their_ages(nlp):
    assert ages(nlp, KIDS) == [(6, "kids"), (10, "kids")]
    # a number of a thing after "be" stays no age
    assert ages(nlp, "The cars are 6 and the trucks 10.") == []


# Broadcom_Raises_Its_Qualcomm_Offer_to_121 ee7a6162 and fa9878c5; Bitcoin_drops 22ceaac6
NEW_OFFER = (
    "The new offer of $82 a Qualcomm share will be Broadcom’s “best and final,” according to a statement Monday."
)
RAISED = (
    "Broadcom, which also is a chip maker, on Monday raised its offer to $82 a share in cash and stock, up from its "
    "initial offer of $70 a share, or $105 billion, in November."
)
POUNDS = (
    "The price of bitcoin yo-yoed wildly again on Tuesday, falling 14% to $5,920 (£4,250) before bouncing back to "
    "$7,265 – up nearly 6% on the previous day."
)


def test_an_amount_of_an_offer_counts_the_offer_not_itself_nor_the_bidder(nlp):
    [new] = [c for c in annotate_text(nlp, NEW_OFFER).claims if c.value == 82]
    assert new.counted == "new offer"
    counted = {c.value: c.counted for c in annotate_text(nlp, RAISED).claims}
    assert counted == {82: "offer", 70: "initial offer", 105e9: "initial offer"}


def test_an_amount_in_brackets_in_another_currency_restates_the_amount(nlp):
    claims = annotate_text(nlp, POUNDS).claims
    dollars, pounds = [c for c in claims if c.kind == "money"][:2]
    assert (dollars.value, dollars.unit, pounds.value, pounds.unit) == (5920, "USD", 4250, "GBP")
    assert dollars.restated == [(pounds.start, pounds.end)]
    # two amounts in one currency are two amounts: "$7,265" restates nothing
    assert all(not c.restated for c in claims if c.value == 7265)


# panama_papers: f3bb1655, ffffc282, 2ee6b68d, a24d26ed (audit in notes/audit6/figures3.md)
AGO = (
    "Putin came to power 15 years ago, the Kremlin was under the influence of a handful of wealthy oligarchs. As it "
    "happens, a group of former Wells Fargo trust officers joined Bank of Utah about 10 years ago."
)
AT_ONE_SITE = "At one site, real estate broker Kent Davis steps into a construction elevator."
IN_ONE_CASE = "In one case, an offshore entity was given about $1 billion by a state-controlled Russian bank."
ONE_THING = "But there's one thing everyone agrees on: United's original response on Twitter was wrong."


def test_a_time_ago_and_an_instance_a_sentence_opens_on_are_no_figures(nlp):
    assert annotate_text(nlp, AGO).claims == [] and annotate_text(nlp, AGO).measures == []
    assert annotate_text(nlp, AT_ONE_SITE).claims == []
    assert [c.value for c in annotate_text(nlp, IN_ONE_CASE).claims] == [1e9]
    assert annotate_text(nlp, ONE_THING).claims == []  # chrissy_teigen 1b020af8
    # a count a sentence opens with still counts
    assert [c.value for c in annotate_text(nlp, "Two years later, lawmakers passed five laws.").claims] == [5]


# panama_papers ceb48b7d, 0ac360f6, 1b031a94
BANKS = (
    "Le Monde also said its investigation into the papers found British banking giant HSBC has 2,300 offshore "
    "companies created through Mossack Fonseca, Credit Suisse has 1,105 and UBS, also of Switzerland, has 1,100, "
    "while France's Societe Generale has 979."
)
LEADERS = "The documents reference 12 current or former world leaders, as well as 128 other politicians."
MORE_THAN = "The more-than 11 million documents, which date back four decades, are allegedly connected to the firm."


def test_a_bare_number_whose_clause_repeats_the_verb_counts_what_the_first_counted(nlp):
    counted = [(c.value, c.counted) for c in annotate_text(nlp, BANKS).claims]
    assert counted == [(2300, "offshore companies"), (1105, "offshore companies"), (1100, "offshore companies"),
                       (979, "offshore companies")]  # fmt: skip


def test_a_number_before_coordinated_adjectives_counts_their_noun(nlp):
    counted = [(c.value, c.counted) for c in annotate_text(nlp, LEADERS).claims]
    assert counted == [(12, "current or former world leaders"), (128, "other politicians")]


def test_a_hyphenated_more_than_is_a_lower_bound(nlp):
    [documents] = annotate_text(nlp, MORE_THAN).claims
    assert (documents.value, documents.qualifier, documents.counted) == (11e6, "over", "documents")


# panama_papers ceb48b7d, ffffc282, d03c8efa; NewsQuant s296
EMPIRE = (
    "The Kremlin suggested a US plot after the leaks put a close friend of Putin's at the top of an offshore empire "
    "worth more than $2 billion."
)
JET = (
    "The firm wanted Appleby to set up a complex corporate structure for an unnamed client to purchase a Gulfstream "
    "jet, valued at roughly $65 million, and retain possession of it through a chain of companies in six countries."
)
TAXES = (
    "Research by the investigative journalists consortium suggests that Isle of Man-registered aircraft have escaped "
    "more than $1 billion in taxes."
)
COSTS = (
    "Gabriel Zucman has estimated that $7.6 trillion, or 8 percent of global financial assets of households, are held "
    "in tax havens. Setting up an offshore company in Panama is cheap: It costs about $1,000 to buy a company."
)
BREXIT = "You can see the pound going to $1 in the event of a Brexit outcome that markets dont like."


def test_an_amount_worth_valued_or_in_something_counts_that_thing(nlp):
    assert [c.counted for c in annotate_text(nlp, EMPIRE).claims] == ["offshore empire"]
    assert [c.counted for c in annotate_text(nlp, JET).claims if c.kind == "money"] == ["Gulfstream jet"]
    assert [c.counted for c in annotate_text(nlp, TAXES).claims] == ["taxes"]
    assert "event" not in (annotate_text(nlp, BREXIT).claims[0].counted or "")


def test_an_amount_said_of_it_takes_no_counted_thing_from_a_share_before(nlp):
    cost = [c for c in annotate_text(nlp, COSTS).claims if c.value == 1000]
    assert [c.counted for c in cost] == [None]


# panama_papers a24d26ed
ELITE = (
    "Wired says that the 2.6-terabyte leak includes emails. The result is global tax evasion, the offshoring of labor, "
    "and an elite that flies 35,000 feet over the problems of nation states."
)


def test_a_measure_said_of_it_or_that_borrows_no_counted_thing_from_the_figure_before(nlp):
    annotations = annotate_text(nlp, ELITE)
    [height] = [c for c in annotations.claims + annotations.measures if c.value == 35000]
    assert (height.unit, height.counted) == ("foot", None)


def test_one_picked_out_by_a_relative_clause_of_someone_else_counts_nothing(nlp):
    """panama_papers a24d26ed: "Is there one story I should read about this?" was a figure (1 story)."""
    assert annotate_text(nlp, "— Is there one story I should read about this?").claims == []
    # a relative clause of the counted thing itself keeps the count
    [person] = annotate_text(nlp, "Police said one person who was inside the car died.").claims
    assert (person.value, person.counted) == (1, "person dead")
    assert [c.counted for c in annotate_text(nlp, "He made one mistake that cost him the race.").claims] == ["mistake"]
