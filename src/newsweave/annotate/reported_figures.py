"""Figures inside reported speech: the speaker of the reported words that hold a figure asserts it, when those words
are a proposal ("President Obama called for reducing the corporate tax rate to 28 percent") that no reporting verb
of the sentence already reads (`passages.own_source` does). Kept apart from finding quotes (quotes.py)."""

from __future__ import annotations

from spacy.tokens import Token

from newsweave.annotate.attribution import Resolver, Source
from newsweave.annotate.quotes import quote_source
from newsweave.annotate.reported_content import DEMAND_VERBS, SPOKEN_VERBS, verb_lemma
from newsweave.annotate.speech_words import REPORTING_VERBS
from newsweave.model import Quote


def reported_speaker_at(token: Token, resolver: Resolver) -> Source | None:
    """The speaker of the innermost reported speech that holds the token, among the quotes already extracted (figures
    ask `quote_speaker_at` first): what the quotes read as someone's words ("President Obama called for reducing the
    corporate tax rate to 28 percent", "has called for taxing ... at a new low 15 percent rate") is theirs to
    assert, figures included."""
    quotes = resolver.quotes or []
    holding = [q for q in quotes if not q.direct and q.speaker and q.start <= token.idx < q.end and _proposed(q, token)]
    if not holding:
        return None
    return quote_source(min(holding, key=lambda q: q.end - q.start), resolver)


def _proposed(quote: Quote, token: Token) -> bool:
    """Reported words that make a proposal: a verb phrase called for or proposed ("called for reducing the tax rate
    to 28 percent"), not the thing a stance is taken on ("praised Mrs. Clinton's proposals ..., which include ... $1
    million", "are challenging the rules before 10 judges"). The content
    of a reporting verb or an "according to" is left to the sentence's own source (`passages.own_source`), which
    already read how far it reaches ("confirmed that a third case has been reported, after two people contracted
    it": the circumstance is the writer's)."""
    span = token.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    roots = [t for t in span or () if not span.start <= t.head.i < span.end or t.head.i == t.i]
    if not roots or roots[0].pos_ not in ("VERB", "AUX"):
        return False
    cue = next((t for t in roots[0].ancestors if verb_lemma(t) in SPOKEN_VERBS | REPORTING_VERBS), None)
    return cue is not None and verb_lemma(cue) in PROPOSING_VERBS


# Speech acts whose content is a proposal made in public: its figures are the proposer's ("President Obama called for
# reducing the corporate tax rate to 28 percent"). Schemes, wants and refusals the writer tells of are not: "had also
# planned to charge WeWork almost $6 million" (wework gold: no source), "C2I plans to reforest a million acres"
# (PolNeAR dev: the writer's); on PolNeAR train crediting "want" and "refuse" was right 2 times in 7.
PROPOSING_VERBS = DEMAND_VERBS | {"propose"}
