"""Share holders of round 9c: a share told "with N percent" after its clause's verb is its subject's ("Carson beat
out Clinton by just one point, with 47 percent to Clinton's 46 percent": the 47 is Carson's), so it stays apart
from another report's 47 percent for Clinton. Sentences are written for the test in the shape of the millennial
poll reports (PolNeAR train, 2015-12-10)."""

from __future__ import annotations

from newsweave.model import Article, Claim
from newsweave.reconcile.figure_holders import holders, name_keys
from newsweave.reconcile.figures import group_figures

PEOPLE = {"Ben Carson", "Hillary Clinton", "Donald Trump"}
NAMES = {"e0": "Ben Carson", "e1": "Hillary Clinton", "e2": "Donald Trump"}
EARLIER = "Around that time, 47 percent said they would vote for the Democratic front-runner, Hillary Clinton."
BEAT = "Carson beat out Clinton by just one point, with 47 percent to Clinton's 46 percent."


def _claim(cid: str, article: str, sentence: str, figure: str, value: float) -> Claim:
    start = sentence.index(figure)
    return Claim(id=cid, article=article, value=value, sentence=sentence, start=start, end=start + len(figure),
                 counted="voters", kind="percent", unit="percent", qualifier="exactly")  # fmt: skip


def test_a_share_told_with_n_percent_is_its_clause_subjects():
    keys = name_keys(PEOPLE)
    carson = _claim("a:c0", "a", BEAT, "47 percent", 47)
    clinton = _claim("a:c1", "a", BEAT, "46 percent", 46)
    assert holders(carson, BEAT.index("47 percent"), keys) == {"Ben Carson"}
    assert holders(clinton, BEAT.index("46 percent"), keys) == {"Hillary Clinton"}


def test_a_with_share_whose_clause_names_nobody_before_it_stays_unknown():
    sentence = "In the latest survey, with 47 percent, the gap closed."
    claim = _claim("a:c0", "a", sentence, "47 percent", 47)
    assert holders(claim, sentence.index("47 percent"), name_keys(PEOPLE)) == frozenset()


def test_carsons_47_and_clintons_earlier_47_are_two_quantities():
    first = Article(id="a", text=EARLIER, published="2015-12-10", site="Breitbart")
    second = Article(id="b", text=BEAT, published="2015-12-10", site="Breitbart")
    claims = [_claim("a:c0", "a", EARLIER, "47 percent", 47), _claim("b:c0", "b", BEAT, "47 percent", 47)]
    groups = group_figures(claims, "s1", [first, second], NAMES, PEOPLE)
    assert sorted(len(g.claims) for g in groups) == [1, 1]
