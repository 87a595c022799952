"""Entity types decided by the evidence around a name and across a story (issue 12, round 3): each rule on the
sentences of the news-threads articles that made the wrong actor (bruce_arians, harambe, First_Falcon_Heavy_launch,
croydon_tram_trash, Quentin_Tarantino_Uma_Thurman_car_crash)."""

from __future__ import annotations

import subprocess
import sys

from newsweave.model import Entity
from newsweave.reconcile.entities import merge_entities
from tests.conftest import annotate_text


def _entities(nlp, text: str, article_id: str = "t") -> list[Entity]:
    return annotate_text(nlp, text, article_id=article_id).entities


def _story(nlp, *texts: str):
    return merge_entities([e for i, t in enumerate(texts) for e in _entities(nlp, t, f"a{i}")])


def _entity(article: str, name: str, kind: str, mentions: int, aliases: list[str] | None = None) -> Entity:
    return Entity(
        id=f"{article}:{name}", article=article, name=name, type=kind, aliases=aliases or [name],
        mentions=[(i, i + 1) for i in range(mentions)],
    )  # fmt: skip


def test_a_surname_read_as_a_nationality_is_the_person_of_that_surname(nlp):
    # news-threads 6902d8bc17fe: the model reads "Arians" as a nationality (41 mentions in 4 articles)
    text = (
        'In between tears of "joy and peace," Arizona Cardinals coach Bruce Arians cited his family as the reason '
        'he decided to retire from coaching.\n"I will miss the game," Arians said Monday. "It\'s been a great ride."'
    )
    people = [e for e in _entities(nlp, text) if e.type == "PERSON"]
    assert [(p.name, len(p.mentions)) for p in people] == [("Bruce Arians", 2)]


def test_a_name_in_apposition_to_a_persons_role_is_a_person(nlp):
    # news-threads a4d3ace91814: "Honea" tagged an organisation, "Whit" left untagged
    text = (
        "Whit Honea, co-founder of Dads4Change.com and a father of two, said he stopped going to the circus.\n"
        '"There have been times when doing so has made us feel like hypocrites," said Honea, who is also author '
        'of "The Parents\' Phrase Book."'
    )
    people = {e.name: e for e in _entities(nlp, text) if e.type == "PERSON"}
    assert "Whit Honea" in people and len(people["Whit Honea"].mentions) == 2
    assert not any(e.name == "Honea" and e.type == "ORG" for e in _entities(nlp, text))


def test_a_company_named_by_its_role_or_an_apposition_is_an_organisation_and_its_product_no_person(nlp):
    # news-threads First_Falcon_Heavy_launch: "Tesla" read as a place in six articles, "Tesla Roadster" as a person
    merged = _story(
        nlp,
        "The rocket will carry up Musk’s cherry-red Tesla Roadster. In addition to SpaceX, he runs the electric car "
        "maker Tesla.",
        "The 46-year-old South African is also the CEO of Tesla, and predicts Falcon Heavy's payload will be seen.",
        "The payload is Mr. Musk’s cherry red Roadster from Tesla, his electric car company.",
        "It will carry the billionaire's cherry red 2008 Tesla Roadster, which will be fired toward Mars.",
    )
    types = {(e.name, e.type) for e in merged}
    assert ("Tesla", "ORG") in types
    assert not any(e.type == "PERSON" and "Tesla" in e.aliases for e in merged)


def test_a_name_the_story_reads_as_a_nationality_takes_the_type_of_its_other_mentions(nlp):
    # news-threads a4d3ace91814: "SeaWorld" 13 mentions an organisation, 2 a nationality
    merged = _story(
        nlp,
        "SeaWorld faced growing pressure about its orca policies and then declining park attendance. SeaWorld said "
        "the whales will be the last.",
        "Janis Brett Elspas of Los Angeles, who took her four kids to SeaWorld whenever she could as they were "
        "growing up, said she was sad to hear the SeaWorld news.",
    )
    assert [e.type for e in merged if e.name == "SeaWorld"] == ["ORG"]


def test_a_photo_credit_via_an_agency_names_no_person(nlp):
    # news-threads fffcfd0dd7c2: "Jim Spellman/WireImage via Getty Images"
    text = "Jim Spellman/WireImage via Getty Images\n\nThe footage had been provided to Thurman in a storage facility."
    assert ("Getty Images", "ORG") in {(e.name, e.type) for e in _entities(nlp, text)}


def test_a_hospital_and_a_lone_title_are_no_people(nlp):
    # news-threads ccd46d779349 and a2bbab834c24
    text = (
        "St George's Hospital in Tooting said it was treating 20 people.\n"
        "Robin Smith, Assistant Chief Constable at the British Transport Police (BTP), confirmed there had been "
        "fatalities."
    )
    people = {e.name for e in _entities(nlp, text) if e.type == "PERSON"}
    assert "Robin Smith" in people and not people & {"St George's Hospital", "Constable", "St George"}


def test_a_team_written_before_its_coach_lends_no_surname(nlp):
    # news-threads 5a7c11ed666a: "Colts coach Chuck Pagano" read "Colts" as a person, then "Indianapolis Colts"
    text = (
        "Counting his stint as interim coach of the Indianapolis Colts, Arians went 59-35-1 as a head coach.\n"
        "Arians was ready to step away from the game when Colts coach Chuck Pagano offered him the offensive "
        "coordinator job."
    )
    assert ("Indianapolis Colts", "PERSON") not in {(e.name, e.type) for e in _entities(nlp, text)}


def test_a_person_whose_first_word_is_a_place_of_the_story_and_who_has_no_given_name_is_a_thing():
    # news-threads ccd46d779349 ends on the signature "Croydon Tramlink" (a person to the model), while the
    # story names Croydon as a place 30 times; Harvey Weinstein stays a person though "Harvey" is read an
    # organisation in 6500961852ee, since "Mr. Weinstein" addresses a person
    merged = merge_entities(
        [
            _entity("a", "Croydon", "LOC", 19),
            _entity("b", "Croydon", "ORG", 11),
            _entity("c", "Croydon Tramlink", "PERSON", 4, ["Croydon Tramlink", "Croydon"]),
            _entity("d", "Harvey Weinstein", "PERSON", 11, ["Harvey Weinstein", "Harvey", "Mr. Weinstein"]),
            _entity("e", "Harvey", "ORG", 5),
        ]
    )
    types = {e.name: e.type for e in merged}
    assert types["Croydon Tramlink"] == "ORG" and types["Harvey Weinstein"] == "PERSON"
    weinstein = next(e for e in merged if e.name == "Harvey Weinstein")
    assert weinstein.mentions == 16 and "Harvey" not in types


def test_a_multi_word_name_takes_the_type_most_of_its_mentions_have():
    # news-threads 5a7c11ed666a / 71f6514a26ff / 6902d8bc17fe: "Indianapolis Colts" 3 mentions a team, 2 a person
    merged = merge_entities(
        [_entity("a", "Indianapolis Colts", "ORG", 3), _entity("b", "Indianapolis Colts", "PERSON", 2)]
    )
    assert [(e.name, e.type, e.mentions) for e in merged] == [("Indianapolis Colts", "ORG", 5)]


def test_story_types_are_decided_without_spacy():
    # story merging runs where spaCy is not loaded (the Ray per-story stage): the type rules must not import it
    code = "import sys, newsweave.reconcile.entities; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_short_form_joins_the_name_every_article_writing_it_gives_in_full():
    # news-threads First_Falcon_Heavy_launch: "the Heavy" (22 mentions, 4 articles) beside "Falcon Heavy" in all
    # of them and the "Delta 4-Heavy" one article compares it with
    merged = merge_entities(
        [
            _entity("a", "Falcon Heavy", "ORG", 3),
            _entity("a", "Heavy", "ORG", 14),
            _entity("b", "Falcon Heavy", "ORG", 4),
            _entity("b", "Heavy", "ORG", 5),
            _entity("b", "Delta 4-Heavy", "ORG", 2),
        ]
    )
    assert {(e.name, e.mentions) for e in merged} == {("Falcon Heavy", 26), ("Delta 4-Heavy", 2)}


def test_a_short_form_two_names_of_one_article_fit_joins_neither():
    # the rule above keeps its guard: "Post" beside both the Washington Post and the New York Post
    merged = merge_entities(
        [
            _entity("a", "Washington Post", "ORG", 2),
            _entity("a", "New York Post", "ORG", 2),
            _entity("a", "Post", "ORG", 3),
        ]
    )
    assert sorted(e.name for e in merged) == ["New York Post", "Post", "Washington Post"]


def test_a_products_number_written_with_its_name_again_and_again_is_part_of_the_name(nlp):
    # news-threads 58454366c71a: the model tags "SpaceX Falcon" and "Falcon" without the 9 of "Falcon 9"
    text = (
        "Falcon Heavy essentially looks like three SpaceX Falcon 9 rockets strapped together.\n"
        "SpaceX has some form in landing the Falcon 9 rockets. Falcon 9s have safely returned to Earth.\n"
        "Falcon Heavy’s 27 engines will fire at once."
    )
    names = {e.name for e in _entities(nlp, text) if e.type == "ORG"}
    assert {"SpaceX Falcon 9", "Falcon 9"} & names and not {"Falcon", "SpaceX Falcon"} & names
    assert not any(name.endswith("27") for name in names)


def test_a_given_name_spelled_two_ways_joins_the_one_full_name():
    # news-threads a84cfd5b897f: "Little Isiah Gregg" and, in the same report and 26a9388ddd4e, "Isaiah, be calm"
    merged = merge_entities(
        [
            _entity("a", "Isiah Gregg", "PERSON", 4, ["Isiah Gregg", "Isiah"]),
            _entity("a", "Isaiah", "PERSON", 2),
            _entity("b", "Isaiah", "PERSON", 1),
            _entity("c", "Christina", "PERSON", 1),
            _entity("c", "Christian Smith", "PERSON", 1),
        ]
    )
    assert {(e.name, e.mentions) for e in merged} == {("Isiah Gregg", 7), ("Christina", 1), ("Christian Smith", 1)}


def test_a_body_transliterated_two_ways_is_one_but_a_plural_is_not():
    # news-threads russian_space_experts_regain_control_of_1st_angola_satellite: "Energia" / "Energiya"
    merged = merge_entities(
        [
            _entity("a", "Energia", "ORG", 2),
            _entity("b", "Energiya", "ORG", 2),
            _entity("c", "Democrat", "ORG", 1),
            _entity("d", "Democrats", "ORG", 1),
        ]
    )
    assert sorted(e.mentions for e in merged) == [1, 1, 4]


def test_the_founder_of_a_company_is_never_its_product(nlp):
    # news-threads 8c22e99fff72: "the Tesla founder" was resolved to "Tesla Roadster", a person to the model
    text = (
        "Musk founded SpaceX in 2002, with the aim of reducing space transportation costs.\n\n"
        "The 46-year-old South African is also the CEO of Tesla, and predicts Falcon Heavy's payload will stay in "
        "deep space for a while.\n\n"
        "'The payload will be an original Tesla Roadster, playing Space Oddity, on a billion year elliptic Mars "
        "orbit.'\n\n"
        "In a Washington, D.C., speech last July the Tesla founder which said Falcon Heavy is one of the most "
        "difficult and technically complex projects SpaceX has ever undertaken."
    )
    annotated = annotate_text(nlp, text)
    assert not [e.name for e in annotated.entities if e.type == "PERSON" and "Tesla" in e.name]
    names = {e.id: e.name for e in annotated.entities}
    spoken_by = {names.get(q.speaker_entity) for q in annotated.quotes if q.speaker == "the Tesla founder"}
    assert spoken_by and "Tesla Roadster" not in spoken_by


def test_a_person_named_like_a_party_of_the_story_is_that_group_and_lends_no_surname():
    # news-threads 79855f61 (berlin): "the libertarian Free Democrats" read as a person beside the "Social
    # Democrats" and "Christian Democrats" of the story; "Brandenburg Gate" once a person, nine times a place
    merged = merge_entities(
        [
            _entity("a", "Free Democrats", "PERSON", 1),
            _entity("a", "Social Democrats", "NORP", 1),
            _entity("b", "Christian Democrats", "NORP", 1),
            _entity("b", "Democrats", "NORP", 2),
            _entity("a", "Brandenburg Gate", "PERSON", 1),
            _entity("b", "Brandenburg Gate", "FAC", 9),
        ]
    )
    types = {(e.name, e.type, e.mentions) for e in merged}
    assert ("Free Democrats", "NORP", 1) in types and ("Democrats", "NORP", 2) in types
    assert ("Brandenburg Gate", "FAC", 10) in types and not any(e.type == "PERSON" for e in merged)


def test_a_dateline_is_a_place_and_no_part_of_the_name_after_it(nlp):
    # news-threads 6902d8bc17fe ("TEMPE, Ariz. --" read as an organisation) and chrissy 9bf167880254 (the
    # airline named "WASHINGTON - United Airlines" in the story); an acronym before a comma stays a body
    texts = {
        'TEMPE, Ariz. -- In between tears of "joy and peace," Arizona Cardinals coach Bruce Arians cited his '
        "family as the reason he decided to retire from coaching.": ("TEMPE", "GPE"),
        "WASHINGTON - United Airlines has run into a social media storm after it barred two teenage girls from "
        "boarding a flight because they were wearing leggings.": ("United Airlines", "ORG"),
        "NASA, the space agency, said the launch went well.": ("NASA", "ORG"),
    }
    for text, expected in texts.items():
        found = {(e.name, e.type) for e in _entities(nlp, text)}
        assert expected in found and not any(name.startswith("WASHINGTON") for name, _ in found)


def test_a_company_word_modifying_a_persons_role_makes_no_body(nlp):
    # news-threads 38cf0e36c53b (chrissy): "airline" is a company noun, but "airline pilot" is Buck Rodger's role
    text = (
        'It takes a "perfect storm" of errors for a passenger to get past the scanners, said Buck Rodger, commercial '
        "airline pilot and president of Aero Consulting Experts.\n"
        '"There are checks and balances in place to prevent it from happening," Rodger told CNN.'
    )
    people = {e.name: len(e.mentions) for e in _entities(nlp, text) if e.type == "PERSON"}
    assert people.get("Buck Rodger") == 2


def test_an_airline_named_without_its_company_word_joins_it_and_an_acronym_keeps_its_expansion():
    # news-threads chrissy: "United" (13 mentions, 6 articles) beside "United Airlines"; "ANA" spells out
    # All Nippon Airways though an article also writes "ANA Airlines"
    merged = merge_entities(
        [
            _entity("a", "United Airlines", "ORG", 6),
            _entity("b", "United", "ORG", 13),
            _entity("c", "All Nippon Airways", "ORG", 18),
            _entity("d", "ANA", "ORG", 4),
            _entity("e", "ANA Airlines", "ORG", 1),
            _entity("c", "All Nippon Airways Flight 175", "ORG", 2),
        ]
    )
    sizes = {e.name: e.mentions for e in merged}
    assert sizes["United Airlines"] == 19 and sizes["All Nippon Airways"] == 22


def test_a_product_is_no_person_and_no_name_starts_inside_a_word_or_runs_over_a_dash(nlp):
    # news-threads PS4_System_Update_5_50: 7aed7776733f ("PS4 Pro" a person, "K TV" of "4K TV" an
    # organisation) and 77a5a6cf71c1 (the photo credit "Getty - Contributor" a person)
    text = (
        "Sony has confirmed the full list of new features in the PS4 5.50 firmware update, including PS4 Pro "
        "supersampling and the ability to import custom wallpapers via USB.\n"
        "Essentially, this means that you don’t need to buy a 4K TV to enjoy a boost in the visual quality with your "
        "PS4 Pro, though games on 4K TVs will still look better.\n"
        "Getty - Contributor Beta testers will get world-first access to features before other PS4 owners."
    )
    found = {(e.name, e.type) for e in _entities(nlp, text)}
    assert ("PS4 Pro", "ORG") in found and not [name for name, kind in found if kind == "PERSON" and "PS4" in name]
    assert not [name for name, _ in found if name.startswith("K TV") or " - " in name]


def test_a_role_held_in_a_body_is_no_part_of_its_name(nlp):
    # news-threads 3d18138b883c and 71f6514a26ff (bruce_arians): "Cardinals President", "Detroit Lions General
    # Manager" were organisations of their own
    text = (
        "Now, Cardinals President Michael Bidwill and general manager Steve Keim are looking for a new coach.\n"
        "The Lions finished second in the NFC North at 9-7 and announced on Twitter on Monday: 'Detroit Lions "
        "General Manager Bob Quinn has informed Jim Caldwell that he will not return.'"
    )
    names = {e.name for e in _entities(nlp, text) if e.type == "ORG"}
    assert "Cardinals" in names and not any(n.endswith(("President", "Manager")) for n in names)


def test_an_organisations_name_the_model_left_untagged_is_still_its_mention(nlp):
    # news-threads 26c06dca71d6 (Apple_removed_Telegram): the model tags "Telegram" in 6 of its 29 mentions
    text = (
        "Telegram’s founder and CEO said Apple removed the company’s controversial messaging apps from the iOS App "
        "Store because of content that apparently violated Apple’s guidelines.\n\n"
        "Telegram’s free apps are still available for Android in the Google Play store.\n\n"
        "Telegram has been criticised by governments. Telegram said it would restore the apps."
    )
    entities = _entities(nlp, text)
    written = text.count("Telegram")
    telegram = [e for e in entities if e.name == "Telegram"]
    assert len(telegram) == 1 and telegram[0].type == "ORG" and len(telegram[0].mentions) == written


def test_a_body_written_before_a_common_noun_and_a_subject_after_a_comma_lend_nothing(nlp):
    # benchmark page ea25dd7edf (plague gold): "one Weibo commenter" is a person on Weibo, not Weibo; page
    # 432362af0b: "..., the news agency said" opens a clause and makes no body of the region before it
    text = (
        "The CDC assured the public on Weibo, a Twitter-like social media site, that the risks of transmission "
        "were “extremely low.”\n\n"
        "“Don't hide things like this,” one Weibo commenter said, per Feng. “Let’s face whatever it is together.”\n\n"
        "The person, who was not identified, was hospitalized in the county of Huade in north China’s Inner "
        "Mongolia Autonomous Region, the news agency said, citing the regional health commission."
    )
    annotated = annotate_text(nlp, text)
    weibo = [e for e in annotated.entities if e.name == "Weibo"]
    assert weibo and all(len(e.mentions) == 1 for e in weibo)
    assert not any(e.type == "ORG" and e.name.startswith("Inner Mongolia Autonomous") for e in annotated.entities)


def test_a_nationality_noun_with_who_is_no_persons_name(nlp):
    # f1_crash, Daily Mail 101ee22f1f: "The 19-year-old Dutchman, who ..." describes Max Verstappen: "who" makes
    # no person's name of "Dutchman", which stays a nationality (the attribution resolves the description)
    text = (
        "Verstappen overtook half the field in the closing stages of the rain-soaked race.\n"
        "The 19-year-old Dutchman, who had been running second only to Hamilton following a brilliant move, "
        "dropped way down the order after his team opted to pit him."
    )
    kinds = {e.name: e.type for e in _entities(nlp, text)}
    assert kinds.get("Dutchman") in (None, "NORP")
