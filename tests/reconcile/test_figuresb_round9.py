"""Share holders of round 9b: a holder is a person of the story's merged entities, less a "person" the story also
names as a body ("Lib Dem" tagged a person beside the party "Lib Dems"), so a party's plan and its leader's plan of
one rate stay one quantity. Sentences are written for the test in the shape of BBC's election reports."""

from __future__ import annotations

from newsweave.model import Article, Claim
from newsweave.reconcile.figure_holders import share_holders
from newsweave.reconcile.figure_status import SourceView
from newsweave.reconcile.figures import group_figures
from newsweave.records import StoryEntity

ENTITIES = [
    StoryEntity("e0", "Jo Swinson", "PERSON"),
    StoryEntity("e1", "Lib Dem", "PERSON"),  # the model's tag, kept by the merge
    StoryEntity("e2", "Lib Dem councillors", "PERSON"),
    StoryEntity("e3", "Lib Dems", "ORG"),
    StoryEntity("e4", "Labour", "ORG"),
]
NAMES = {e.id: e.name for e in ENTITIES}

PARTY = "Rivals mocked Lib Dem proposals for a 45% top rate of tax."
LEADER = "Ms Swinson set out her party's proposal of a 45% top rate of tax on incomes above £150,000."


def test_a_party_adjective_tagged_a_person_holds_no_share():
    assert share_holders(ENTITIES) == {"Jo Swinson"}


def test_a_person_named_like_a_body_only_in_part_still_holds_shares():
    entities = [StoryEntity("e0", "Philip Morris", "PERSON"), StoryEntity("e1", "Philip Morris International", "ORG")]
    assert share_holders(entities) == {"Philip Morris"}


def test_party_and_leader_plans_for_one_rate_stay_one_group():
    first = Article(id="bbc1", text=PARTY, published="2005-04-20", site="BBC")
    second = Article(id="bbc2", text=LEADER, published="2005-04-21", site="BBC")
    claims = [
        Claim(id="bbc1:c0", article="bbc1", value=45, sentence=PARTY, start=PARTY.index("45%"),
              end=PARTY.index("45%") + 3, counted="top rate", kind="percent", unit="percent", qualifier="exactly"),
        Claim(id="bbc2:c0", article="bbc2", value=45, sentence=LEADER, start=LEADER.index("45%"),
              end=LEADER.index("45%") + 3, counted="top rate", kind="percent", unit="percent", qualifier="exactly"),
    ]  # fmt: skip
    groups = group_figures(claims, "s1", [first, second], NAMES, share_holders(ENTITIES))
    view = SourceView({a.id: a for a in (first, second)}, NAMES)
    assert [(len(g.claims), g.figure(view).status) for g in groups] == [(2, "one_source")]  # both BBC
    split = group_figures(claims, "s1", [first, second], NAMES, {e.name for e in ENTITIES if e.type == "PERSON"})
    assert len(split) == 2  # with the model's tag as the type, the two plans were two quantities
