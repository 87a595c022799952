"""What a reporting verb reports: its that-clause, the "them as ..." of a framing verb, what is called for or
wanted, the sentence a parenthetical "he said" frames. The words only; who says them is quote_speakers'."""

from __future__ import annotations

from spacy.tokens import Token

from newsweave.annotate.attribution import FRAMING_VERBS, is_reporting
from newsweave.annotate.clauses import trailing_content
from newsweave.annotate.doc_arrays import span_text
from newsweave.annotate.reported import (
    ANSWERS,
    act_content,
    answer,
    judgement,
    noun_clause,
    object_reported,
    reporting_clause_only,
    stray_that_clause,
)
from newsweave.annotate.speech_words import (
    ABOUT_VERBS,
    ACT_VERBS,
    CHARGE_VERBS,
    LEMMA_FIXES,
    OBJECT_REPORTS,
    POINTING_VERBS,
    REGARD_VERBS,
)

MIN_REPORTED_TOKENS = 2  # what a verb reports can be short: "has spoken about Palestinian dignity"
# Attributed wants and demands: quotes of a kind, but not sources of the figures they mention.
INTENTION_VERBS = {"want", "plan", "intend", "seek", "hope", "aim", "promise", "vow", "pledge", "propose", "refuse",
                   "threaten"}  # fmt: skip
DEMAND_VERBS = {"call", "demand", "press", "push"}
# Verbs besides the reporting ones whose content is a reported stance, act or intention.
SPOKEN_VERBS = frozenset(
    INTENTION_VERBS
    | DEMAND_VERBS
    | OBJECT_REPORTS
    | ABOUT_VERBS
    | CHARGE_VERBS
    | ACT_VERBS
    | FRAMING_VERBS
    | REGARD_VERBS
    | POINTING_VERBS
)


def verb_lemma(token: Token) -> str:
    """The verb's lemma, with the tagger's known slips mended ("hoping" -> "hope")."""
    return LEMMA_FIXES.get(token.lower_, token.lemma_.lower())


def _as_clause(verb: Token) -> bool:
    """An "as" clause that credits its sentence ("As Emily Feng reports for NPR, ..."): a reporting verb
    that reports nothing of its own ("as he called for greater Christian ethics" reports the ethics)."""
    return (
        any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and is_reporting(verb)
        and reporting_clause_only(verb)
        and not (
            verb.lemma_.lower() in DEMAND_VERBS and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        )
    )


MEMORY_VERBS = {"recall", "remember"}


def _remembered_sight(verb: Token, clause: Token) -> bool:
    """'recalled it speeding up': a memory of something seen (a gerund with no subject of its own), not words
    reported; 'recalled that it sped up' is."""
    return (
        verb.lemma_.lower() in MEMORY_VERBS
        and clause.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    )


def _described_as(verb: Token) -> Token | None:
    """What "describe X ... as Y" calls X, when the parser hung "as" inside the object's phrase: Y is what is
    said, X only what it is said of."""
    phrases = [c for c in verb.children if c.dep_ in ("dobj", "prep") and c.i > verb.i]
    if not any(c.dep_ == "dobj" for c in phrases):
        return None
    deep = [t for c in phrases for t in c.subtree if t is not c]
    for prep in (t for t in deep if t.dep_ == "prep" and t.lower_ == "as"):
        like = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if like is not None:
            return like
    return None


QUOTE_CHARS = set('"“”')


def _quotes_between(clauses: list[Token]) -> bool:
    """Clauses with quotation marks among them: the parser joining quotes, each with its own credit."""
    if len(clauses) < 2:
        return False
    doc = clauses[0].doc
    first, last = clauses[0].left_edge.i, clauses[-1].right_edge.i
    return any(ch in QUOTE_CHARS for ch in doc[first : last + 1].text) or "''" in doc[first : last + 1].text


def content_of(verb: Token) -> tuple[int, int] | None:
    """The reported content: a that-clause, the "them as ..." of a framing verb, what is called for,
    or what someone wants or plans to do."""
    thing = None
    if verb.lemma_.lower() in REGARD_VERBS and not is_reporting(verb) and not judgement(verb):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clause = next((c for c in clauses if c.i > verb.i), clauses[0] if clauses else None)
    if clause is not None and _remembered_sight(verb, clause):
        return None
    if clause is not None:
        after = clause.i > verb.i  # only the side of the verb the clause is on
        # clauses before the verb the parser made all its content are said together: "Her district includes the
        # plant, and for all their grit, manufacturing jobs are not like ..., she said." (each a ccomp of "said")
        together = [c for c in clauses if c.i < verb.i] if not after else [clause]
        if _quotes_between(together):
            together = [clause]  # '"I think he will do it," said Kunin. "Now he's ...," said Kunin.': the quotes'
        tokens = [
            t
            for c in together
            for t in c.subtree
            if (t.i > verb.i) == after and not (t.dep_ == "mark" and t.head == c and t.i < c.i)
        ]
        if not tokens:
            return None
    elif verb.dep_ == "parataxis" and verb.head.i != verb.i and reporting_clause_only(verb):
        inner = {t.i for t in verb.subtree}  # "The bigger risk, he said, is a clash ..."
        tokens = [t for t in verb.head.subtree if t.i not in inner]
    elif verb.dep_ == "advcl" and _as_clause(verb):
        inner = {t.i for t in verb.subtree}  # "As Emily Feng reports for NPR, the first cases came ..."
        tokens = [t for t in verb.head.subtree if t.i not in inner]
    elif (trail := trailing_content(verb)) is not None:
        tokens = trail  # "..., a second person briefed on the call said.", "..., NBC News reported."
    elif verb.lemma_.lower() in ACT_VERBS | CHARGE_VERBS and (act := act_content(verb)):
        tokens = act  # "urged Madrid to act now", "denied paying a ransom"
    elif (verb.lemma_.lower() in FRAMING_VERBS and any(c.dep_ in ("oprd", "xcomp") for c in verb.children)) or (
        verb.lemma_.lower() in FRAMING_VERBS | REGARD_VERBS
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    ):
        tokens = [t for t in verb.subtree if t.dep_ not in ("nsubj", "nsubjpass") and t.i >= verb.i]
    elif verb.lemma_.lower() in FRAMING_VERBS and (like := _described_as(verb)) is not None:
        tokens = list(like.subtree)  # "described the scene in the wake of the incident as “pandemonium”"
    elif verb.lemma_.lower() in DEMAND_VERBS and (
        target := next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
    ):
        tokens = [t for t in target.subtree if t is not target]  # "called for an investigation"
    elif verb_lemma(verb) in INTENTION_VERBS and (
        clause := next((c for c in verb.children if c.dep_ == "xcomp"), None)
    ):
        tokens = list(clause.subtree)  # "wants to repeal the law"
    elif (clause := noun_clause(verb)) is not None:  # "cited the backlash as proof that efforts were working"
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that")]
    elif is_reporting(verb) and (clause := stray_that_clause(verb)) is not None:  # "claimed in an interview that"
        tokens = [t for t in clause.subtree if not (t.dep_ == "mark" and t.head is clause)]
    elif (thing := object_reported(verb)) is not None:
        tokens = list(thing.subtree)  # "announced a series of steps", "talked about his record"
    elif (thing := answer(verb)) is not None:
        tokens = list(thing.subtree)  # "72 percent said yes", "half said so", "a third said the same of Cruz"
    else:
        return None
    tokens = [t for t in tokens if not t.is_space and (not t.is_punct or t.i not in (tokens[0].i, tokens[-1].i))]
    # "endorsed Ted Cruz", "said yes": a name or an answer will do
    named = bool(tokens) and thing is not None and (thing.pos_ == "PROPN" or thing.lower_ in ANSWERS)
    if len(tokens) < (1 if named else MIN_REPORTED_TOKENS):
        return None
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    doc = verb.doc
    while last > first and doc[last].is_punct and doc[last].text not in ("”", '"'):
        last -= 1
    words = span_text(doc[first : last + 1])
    if last + 1 < len(doc) and doc[last + 1].text == "”" and words.count("“") > words.count("”"):
        last += 1  # 'said the incident was “truly dreadful”.': the closing mark the parser hung elsewhere
    return doc[first].idx, doc[last].idx + len(doc[last])
