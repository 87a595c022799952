"""Entities on news-threads stories audited in round 8 (issue 12): each rule on the real sentence of the article
that made the wrong actor (berlin, Top_Female__Recording_Academy, Apple_removed_Telegram, china_promises_the_moon,
The_New_Infinity_War_Trailer)."""

from __future__ import annotations

from newsweave.model import Entity
from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text


def _entities(nlp, text: str) -> dict[str, Entity]:
    return {e.name: e for e in annotate_text(nlp, text).entities}


def test_a_photo_agencys_credit_opening_a_caption_line_names_nobody(nlp):
    # news-threads ebbce5e7 (berlin): "EPA Preparations for", "AFP Police" and "AFP" were actors
    text = (
        "Security is expected to be extremely high with strict search and entry processes in place.\n"
        "EPA Preparations for New Year's Eve celebrations are underway at the Brandenburg Gate.\n"
        "AFP Police made a number of arrests in Cologne in the early hours of New Year's Day 2016.\n"
        "AFP Angela Merkel speaking at the inauguration of the memorial for victims of the 2016 attack."
    )
    names = _entities(nlp, text)
    assert not any(name.startswith(("EPA", "AFP")) for name in names)
    assert names["Angela Merkel"].type == "PERSON"


def test_a_role_in_capitals_or_a_job_before_a_persons_name_is_no_part_of_it(nlp):
    # news-threads 5bf030cf (Top_Female__Recording_Academy): "VP Michele Anthony", "Nation COO Desiree Perez"
    text = (
        "The letter, obtained by the The New York Times, was signed by Universal Music Group exec VP Michele "
        "Anthony, chief exec Jody Gerson of Universal’s publishing arm, Atlantic Records chairman and CEO Julie "
        "Greenwald, Epic Records president Sylvia Rhone, Sony Music general counsel Julie Swidler, and Roc Nation "
        "COO Desiree Perez."
    )
    people = {n for n, e in _entities(nlp, text).items() if e.type == "PERSON"}
    assert {"Michele Anthony", "Desiree Perez", "Julie Greenwald"} <= people
    assert not any(n.startswith(("VP", "Nation", "COO")) for n in people)


def test_an_editors_square_brackets_end_a_name_and_a_title_case_acronym_joins_its_legal_name(nlp):
    # news-threads 5bf030cf and fa0d81a1 (Top_Female__Recording_Academy): "[...] organization" and "Naras"
    bracketed = (
        "They are, unfortunately, emblematic of a much larger issue with the [National Academy of Recording Arts "
        "and Sciences] organization as a whole on the broader set of inclusion issues."
    )
    assert "National Academy of Recording Arts and Sciences" in _entities(nlp, bracketed)
    titled = (
        "They are, unfortunately, emblematic of a much larger issue with the Naras organization as a whole on the "
        "broader set of inclusion issues,” the women wrote, referring to the academy by an acronym for its legal "
        "name, the National Academy of Recording Arts and Sciences."
    )
    names = _entities(nlp, titled)
    assert "Naras" in names["National Academy of Recording Arts and Sciences"].aliases and "Naras" not in names


def test_a_surname_read_as_a_place_beside_the_full_name_is_that_person(nlp):
    # news-threads 5bf030cf (Top_Female__Recording_Academy): "Portnow" tagged GPE three times
    text = (
        "The women took issue with comments made by Recording Academy president Neil Portnow after the Grammys.\n"
        "Portnow’s comments drew a backlash from artists including Pink and Kelly Clarkson.\n"
        "Portnow later said his words were taken out of context."
    )
    names = _entities(nlp, text)
    assert names["Neil Portnow"].type == "PERSON" and "Portnow" not in names


def test_where_a_remark_given_with_its_words_is_posted_is_no_person(nlp):
    # news-threads 26c06dca (Apple_removed_Telegram)
    text = (
        "Telegram's apps have been pulled from the iOS App Store. (Photo: Telegram)\nTelegram’s founder and CEO said "
        "Apple removed the company’s controversial messaging apps from the iOS App Store because of content that "
        "apparently violated Apple’s guidelines.\n“We were alerted by Apple that inappropriate content was made "
        "available to our users, and both apps were taken off the App Store,” Pavel Durov remarked on Twitter. "
        "“Once we have protections in place, we expect the apps to be back on the App Store.” He did not comment "
        "on timing."
    )
    names = _entities(nlp, text)
    assert names.get("Twitter") is None or names["Twitter"].type == "ORG"
    assert names["Pavel Durov"].type == "PERSON"


def test_one_name_word_after_the_is_a_body_or_a_place_not_a_person(nlp):
    # news-threads 79855f61 (berlin): "the Bundestag" PERSON; 2ae4755e (china_promises_the_moon): "the Moon" PERSON
    berlin = (
        "The SPD are against Merkel's conservative bloc's proposal. Alternative for Germany party (AfD) won 12.6 "
        "percent in the September election. The AfD is the first right-wing party to enter the Bundestag in more "
        "than half a century."
    )
    bundestag = _entities(nlp, berlin).get("Bundestag")
    assert bundestag is None or bundestag.type == "ORG"
    moon = (
        "The container will send potatoes, arabidopsis seeds and silkworm eggs to the surface of the Moon. "
        "Together, they can establish a simple ecosystem on the Moon, Zhang Yuanxun said. The mission will use "
        "NASA's Orion capsule to carry up to four astronauts around the moon."
    )
    assert _entities(nlp, moon)["Moon"].type == "LOC"


def test_an_acronym_in_brackets_after_a_partys_name_is_that_party(nlp):
    # news-threads 79855f61 (berlin): "Social Democrats" NORP and "SPD" ORG kept apart
    text = (
        "After talks with the Green party and the libertarian Free Democrats, Merkel's former coalition partner, "
        "the center-left Social Democrats (SPD), have agreed to start negotiations next week.\n"
        "But immigration will prove a major hurdle. The SPD are against Merkel's conservative bloc's proposal."
    )
    party = _entities(nlp, text)["Social Democrats"]
    assert party.type == "ORG" and "SPD" in party.aliases and len(party.mentions) == 2


def test_an_acronym_one_outlet_writes_in_title_case_joins_the_body_another_writes_in_capitals(nlp):
    # news-threads 0b48a814 (Guardian, "Nasa") and 2ae4755e (Daily Mail, "NASA's Orion capsule")
    guardian = "And this puts them well in the lead over Nasa, which has no firm plans for landing people at present."
    mail = (
        "The National Aeronautics and Space Administration (NASA) plans a return. The mission will use NASA's "
        "Orion capsule to carry up to four astronauts around the moon."
    )
    entities = [
        *annotate_text(nlp, guardian, article_id="a0").entities,
        *annotate_text(nlp, mail, article_id="a1").entities,
    ]
    merged = {e.name: e for e in merge_entities(entities)}
    assert "Nasa" in merged["National Aeronautics and Space Administration"].aliases and "Nasa" not in merged


def test_a_titles_opening_quotation_mark_is_no_part_of_its_name(nlp):
    # news-threads 85ce3d3f (The_New_Infinity_War_Trailer): "“Justice League" as an actor
    text = (
        "Only a few weeks after DC united six of its biggest crime-fighters in “Justice League,” Marvel has struck "
        "back by releasing the trailer."
    )
    names = _entities(nlp, text)
    assert not any(n.startswith("“") for n in names)


def test_the_state_of_washington_is_no_metonym_of_the_united_states(nlp):
    # news-threads 526efa9d (amazon_and_microsoft sting): "Washington" the state merged into the United States
    seattle = (
        "Tech employees regularly toil long hours, and may be enticed by the ads for sex services that are widely "
        "displayed in this city of over 700,000 in the state of Washington."
    )
    other = "Sex trafficking is a problem across the United States, a study found."
    entities = [
        *annotate_text(nlp, seattle, article_id="a0").entities,
        *annotate_text(nlp, other, article_id="a1").entities,
    ]
    merged = {e.name: e for e in merge_entities(entities)}
    assert "Washington" in merged and "Washington" not in merged["United States"].aliases


def test_a_bodys_name_opened_by_a_nationality_or_by_its_country_is_one_body(nlp):
    # news-threads 0b48a814 (Guardian) and 2ae4755e (Daily Mail), china_promises_the_moon
    guardian = (
        "Finally, they are involved in exploratory talks with the Chinese National Space Administration to identify "
        "potential opportunities for future collaboration on robotic exploration."
    )
    mail = (
        "The Chang'e-5 lunar probe is undergoing a final round of tests and is expected to be on standby for launch "
        "from August, the official People's Daily said last year, citing the China National Space Administration."
    )
    entities = [
        *annotate_text(nlp, guardian, article_id="a0").entities,
        *annotate_text(nlp, mail, article_id="a1").entities,
    ]
    agencies = [e for e in merge_entities(entities) if e.name.endswith("National Space Administration")]
    assert len(agencies) == 1 and len(agencies[0].articles) == 2


def test_a_one_word_person_that_ends_a_bodys_name_of_the_story_is_that_body(nlp):
    # news-threads e5b26d1b ("vibe from Glass", read as a person), df8305fa ("Google Glass") and 62586f12
    # ("Google" alone), Intel_smart_glass
    engadget = (
        "Perhaps crucially, the glasses contain no camera, eliminating the big brother vibe from Glass and other "
        "smart glasses. Vaunt is mainly aimed at giving you notifications."
    )
    times = (
        "The Vaunt glasses by Intel are designed to display useful notifications and information on the righthand "
        "lens\nGoogle Glass, the £1,000 spectacles with a built-in camera and computer, were labelled “creepy” and "
        "wearers dubbed “glassholes”."
    )
    cnet = (
        "But this time, the company is Intel, not Google -- and these smart glasses look like a regular pair of "
        "glasses, not a creepy cyborg visor."
    )
    entities = [
        *annotate_text(nlp, engadget, article_id="a0").entities,
        *annotate_text(nlp, times, article_id="a1").entities,
        *annotate_text(nlp, cnet, article_id="a2").entities,
    ]
    merged = {e.name: e for e in merge_entities(entities)}
    assert "Glass" not in merged and "Glass" in merged["Google Glass"].aliases


def test_a_one_word_person_ending_a_bodys_name_not_named_after_a_body_stays_apart(nlp):
    # news-threads 1d6a1d7d (harambe): "Tranquilizing Harambe" read as a body must not take in Harambe the gorilla
    text = (
        "Zoo Director Thane Maynard said the animal didn't appear to be attacking the boy, but he said it was “an "
        "extremely strong” animal in an agitated situation, according to AP reports. Tranquilizing Harambe wouldn't "
        "have knocked him out immediately and the boy might have been in danger, added Maynard.\n"
        "There were three gorillas at the area at the time – two females and one male, a western lowland gorilla "
        "called Harambe, who had turned 17 only a day earlier."
    )
    entities = annotate_text(nlp, text, article_id="a0").entities
    merged = {e.name: e for e in merge_entities(entities)}
    assert "Harambe" in merged and merged["Harambe"].type == "PERSON"


def test_a_title_before_a_countrys_name_makes_a_characters_name(nlp):
    # news-threads 85ce3d3f (The_New_Infinity_War_Trailer): "America" a person
    text = (
        "There’s also Black Panther (Chadwick Boseman), Doctor Strange (Benedict Cumberbatch) and Captain America "
        "(Chris Evans), who ditched his trademark accessory at the end of “Captain America: Civil War” in 2016."
    )
    names = _entities(nlp, text)
    assert "America" not in names and names["Captain America"].type == "PERSON"


def test_the_start_of_a_nationalitys_word_after_the_names_a_person_by_nationality(nlp):
    # news-threads f1_crash: "the Brit", "the Finn" were made bodies by the "the X" rule
    text = (
        "At one point, the Brit had a stonking lead that was almost 26 second over his rival but that was wiped out "
        "when the retiring Felipe Massa crashed out, forcing out the safety car.\n"
        "The teenager had already shown off his ability in the wet by overtaking the Finn almost as soon as the "
        "safety car was removed from the race."
    )
    names = _entities(nlp, text)
    assert all(names[n].type == "NORP" for n in ("Brit", "Finn") if n in names)
    assert "Brit" in names or "Finn" in names


def test_the_before_a_name_modifying_a_noun_belongs_to_the_noun(nlp):
    # news-threads 1b031a941a53 (panama_papers): "the Panaman firm’s database" made "Panaman" a body
    text = (
        "The data is presented in the form of e-mails, pdf files, photo files, and excerpts from the Panaman firm’s "
        "database."
    )
    assert "Panaman" not in _entities(nlp, text)


def test_a_bodys_name_with_an_acronym_of_other_letters_is_not_folded(nlp):
    # news-threads 2ee6b68d (panama_papers): a misnomer before "(OECD)" must not take the OECD's mentions
    text = (
        "Several countries that were embarrassed by the leak, including France, singled the country out for "
        "wrongdoing. The Organization of Cooperation and Development (OECD), representing the world's wealthier "
        "countries, struck, too. Last month it signed financial sharing agreements with Japan and the U.S., and "
        "says it will with the OECD, too."
    )
    names = _entities(nlp, text)
    assert (
        "OECD"
        not in names.get(
            "Organization of Cooperation and Development", Entity(id="", article="", name="", type="ORG")
        ).aliases
    )


def test_another_name_in_apposition_or_a_list_of_people_is_no_persons_title(nlp):
    # news-threads 0b48a814-like and 2ae4755e (china_promises_the_moon): "Heino Falcke, Radboud University";
    # 5bf030cf (Top_Female__Recording_Academy): a list of executives gave each the next one's name as a title
    text = (
        "Heino Falcke, Radboud University, Nijmegen, is hoping to take full advantage of the quiet.\n"
        "The letter, obtained by the The New York Times, was signed by Universal Music Group exec VP Michele "
        "Anthony, chief exec Jody Gerson of Universal’s publishing arm, Atlantic Records chairman and CEO Julie "
        "Greenwald, Epic Records president Sylvia Rhone, Sony Music general counsel Julie Swidler, and Roc Nation "
        "COO Desiree Perez."
    )
    people = {n: e for n, e in _entities(nlp, text).items() if e.type == "PERSON"}
    assert not any("Radboud" in t for t in people["Heino Falcke"].titles)
    assert not any("Michele Anthony" in t for t in people["Jody Gerson"].titles)
    assert "Universal Music Group exec VP" in people["Michele Anthony"].titles


def test_a_group_named_as_an_organisation_as_often_as_a_nationality_is_an_organisation(nlp):
    # news-threads 79855f61 ("the center-left Social Democrats (SPD)", a party with its acronym) and 1e8536c8
    # ("the left-leaning Social Democrats", read as a nationality): one party (berlin)
    defined = (
        "After talks with the Green party and the libertarian Free Democrats, Merkel's former coalition partner, "
        "the center-left Social Democrats (SPD), have agreed to start negotiations next week.\n"
        "But immigration will prove a major hurdle. The SPD are against Merkel's conservative bloc's proposal."
    )
    other = (
        "Her center-right Christian Democrats have agreed with the left-leaning Social Democrats to enter into talks, "
        "but the issue of how to deal with immigrants remains a sticking point between the two."
    )
    entities = [
        *annotate_text(nlp, defined, article_id="a0").entities,
        *annotate_text(nlp, other, article_id="a1").entities,
    ]
    assert any(e.name == "Social Democrats" and e.type == "NORP" for e in entities)  # the model's reading in a1
    party = [e for e in merge_entities(entities) if e.name == "Social Democrats"]
    assert len(party) == 1 and party[0].type == "ORG" and len(party[0].articles) == 2


def test_a_word_run_into_a_persons_name_where_a_line_break_was_lost_is_no_part_of_it(nlp):
    # news-threads 2d653202 (china_promises_the_moon): "According to China DailyZhang Yuanxun, chief designer"
    text = (
        "Also, along with that, a container made from aluminum alloy filled with insects and seeds will be sent aboard "
        "the lunar lander. According to China DailyZhang "
        "Yuanxun, chief designer of the container, said to the Chongqing Morning Post: “The container will send "
        "potatoes, arabidopsis seeds and silkworm eggs to the surface of the Moon.”"
    )
    names = _entities(nlp, text)
    assert "Zhang Yuanxun" in names and not any(n.startswith("DailyZhang") for n in names)


def test_a_title_or_a_person_described_after_the_stays_a_person(nlp):
    # bbc-news politics/104 ("the Queen handing the throne") and sport/108 ("the Welshman hammering the ball"):
    # the "the X" rule must leave a title and a "-man" description to the person rules
    royal = (
        "The poll also found that the majority of Britons would prefer the monarchy to miss a generation, with the "
        "Queen handing the throne to her grandson Prince William, 22, on her death or abdication."
    )
    celtic = (
        "Celtic were utterly dominant by this stage and Bellamy opened his scoring account for the club after a fine "
        "move involving Aiden McGeady, Jackie McNamara and Maloney culminated in the Welshman hammering the ball into "
        "the net."
    )
    for text, word in ((royal, "Queen"), (celtic, "Welshman")):
        found = _entities(nlp, text).get(word)
        assert found is None or found.type != "ORG", word
