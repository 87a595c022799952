"""The reporting clause of a sentence: which verbs report what a token says, who their subject is ("according
to" phrases are in according.py). Parse-only helpers, shared by figures (asserted_by) and quotes (speaker)."""

from __future__ import annotations

from spacy.tokens import Token

from newsweave.annotate.according import according_to, according_to_over, per_source  # noqa: F401 - re-exported
from newsweave.annotate.doc_arrays import column
from newsweave.annotate.speech_words import (
    ACT_VERBS,
    CIRCUMSTANCE_MARKS,
    CLAUSE_DEPS,
    FINDING_NOUNS,
    FRAMING_VERBS,
    ISSUED_NOUNS,
    ISSUING_VERBS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing to the governing verb for participles ("..., warning that")."""
    if verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        # "Asked whether he would run, Smith said no": the one asked is the subject, the asker unnamed; but
        # "..., reported by Haaretz," names its reporter
        return next((o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
    own = any(c.dep_.startswith("nsubj") for c in verb.children)
    if not own and verb.tag_ == "VBG" and (holder := _with_holder(verb)) is not None:
        return holder  # "with some drivers, including ... Hamilton, claiming conditions were fine": the drivers
    if not own and any(c.dep_ == "auxpass" for c in verb.children) and verb.dep_ == "conj":
        return None  # "The new bid represents $82 ... and was said to be 50 percent higher": said by nobody named
    clause = verb.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head  # 'said people were screaming and there was ..., describing the scene': the said clause
    if not own and (reporter := _reporter_of_conjunct(verb, clause)) is not None:
        return subject_of(reporter)  # 'He said the Cardinals had ... and called Steve Keim his "little brother."'
    if verb.tag_ == "VBG" and verb.dep_ == "advcl" and not own and is_reporting(verb) and clause.dep_ == "ccomp":
        reporter = clause.head  # "Pompeo said Washington had concluded ..., saying he trusted the courts"
        if is_reporting(reporter) and reporter.i < clause.i:
            return subject_of(reporter)  # the one who reported the clause goes on: Pompeo says
    current: Token | None = verb
    for _ in range(4):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass")]
        # the nearest of two subjects: '“Everything but Clinton,” Le Pen told CNN' (the quote parsed as one)
        for child in sorted(subjects, key=lambda c: abs(c.i - current.i))[:1]:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.dep_ == "nsubjpass":
                    agent = next((c for c in current.children if c.dep_ == "agent"), None)
                    if agent is not None:
                        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                        if pobj is not None:
                            return pobj
                return child
        if current is verb and (inverted := _inverted_subject(verb)) is not None:
            return inverted  # "23 million Britons will miss out ..., predicts the report by BT": the report
        if current.dep_ == "xcomp" and (
            controller := next((c for c in current.head.children if c.dep_ == "dobj" and c.i < current.i), None)
        ):
            return controller  # "prompted some Twitter users to argue that": the users argue
        if current is verb and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _active(verb):
            # "an archipelago often described as a tax haven": described, not describing; "an option seen by
            # organizers as a “lifeboat”": the agent sees
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN") and current.head.dep_ != "pobj":
            # "The group, formed in recent weeks and ... stating that": the group; "Trump issued a statement
            # saying that": whoever issued it
            return _issuer(current.head) or current.head
        if current is verb and verb.dep_ in ("aux", "auxpass") and verb.head.i < verb.i:
            current = verb.head  # "Two people briefed on the talks said ...": "said" parsed as an auxiliary
        elif current.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acl") and current.head is not current:
            current = current.head if current.dep_ != "pcomp" else current.head.head
        elif current.dep_ == "acomp" and current.pos_ == "ADJ" and current.head is not current:
            current = current.head  # "Caucus-goers were more likely to say ...": the subject of "were"
        else:
            return None
    return None


def _reporter_of_conjunct(verb: Token, clause: Token) -> Token | None:
    """A verb of saying that the parser joined to a reported clause though it goes on the reporting clause:
    'He said the Cardinals had the best owner ... and called Steve Keim his "little brother"' (he called).
    Only a finite verb of saying or framing after the clause's verb, without a subject of its own."""
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or verb.lemma_.lower() not in SPEECH_VERBS | FRAMING_VERBS:
        return None
    reporter = clause.head
    if not is_reporting(reporter) or not reporter.i < clause.i < verb.i or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return None
    return reporter if any(c.dep_.startswith("nsubj") for c in reporter.children) else None


def _issuer(noun: Token) -> Token | None:
    """The subject of the verb a statement was issued with ("Black Lives Matter issued a statement")."""
    if noun.lemma_.lower() not in ISSUED_NOUNS or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in ISSUING_VERBS:
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _active(participle: Token) -> bool:
    """A participle the parser hung on a noun that is a finite verb in truth: it has an object or a clause
    of its own ("The We Company, announced on Sept. 30 that ...", "Sanders' campaign called AP's report")."""
    return any(c.dep_ in ("ccomp", "dobj") for c in participle.children)


def quoted_as_saying(verb: Token) -> Token | None:
    """ "the newspaper quoted him as saying": the one quoted speaks, not the one quoting (for "quoted" and
    for its "saying")."""
    quote = verb
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head is not verb.head:
        quote = verb.head.head
    if quote.lemma_.lower() != "quote" or not any(
        c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in quote.children
    ):
        return None
    return next((c for c in quote.children if c.dep_ == "dobj"), None)


def relative_antecedent(subject: Token) -> Token | None:
    """ "Smith, who noted that ...": the noun a relative pronoun subject stands for."""
    if subject.lower_ in ("who", "which", "that") and subject.head.dep_ == "relcl" and subject.head.head is not subject:
        return subject.head.head
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb that trails its clause after a comma with the speaker after it: the
    parser makes "..., predicts the report by BT" a second conjunct of the clause (no "and") and the report
    its object, so the clause's subject would be taken for the speaker."""
    if verb.dep_ != "conj" or not is_reporting(verb) or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    if any(t.dep_ == "cc" and t.head.i in (verb.head.i, verb.i) for t in verb.doc[verb.head.i + 1 : verb.i]):
        return None  # "... and predicts": the clause's subject speaks
    if verb.lemma_.lower() in ACT_VERBS or verb.right_edge.i < _last_word(verb).i:
        return None  # "telling the crowd, “...”": one told, and the sentence goes on after the clause
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "attr", "npadvmod")]
    return next((c for c in after if c.pos_ in ("NOUN", "PROPN")), None)


TRAILING_TAIL = 6  # words after a closing reporting verb that still close it ("said in a statement on Monday")
TRAILING_SPEAKER = 14  # words between the comma and the verb: the speaker's phrase


def trailing_content(verb: Token) -> list[Token] | None:
    """The clause a reporting verb closes, after a comma, at the end of its sentence, whatever the parser
    hung it on: "..., a second person briefed on the call said." (a relative clause of the last noun),
    "..., NBC News reported." (the clause's subject taken for the verb's), "..., said another witness,
    Fiona Hill." The words before the comma, when the verb has no clause of its own."""
    if not is_reporting(verb) or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() in ACT_VERBS:
        return None
    subject = subject_of(verb)
    taken = subject.i if subject is not None else -1
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > verb.i and c.i != taken for c in verb.children):
        return None  # "..., he told reporters that ...": the verb has its own clause or object
    sent = verb.sent
    last = _last_word(verb)
    if subject is None or subject.i < sent.start:
        return None
    tail = list(verb.doc[verb.i + 1 : last.i + 1])
    if subject.i > verb.i:  # inverted: "..., said another witness in the probe, Fiona Hill."
        speaker = {t.i for t in subject.subtree}
        if any(t.i not in speaker and not t.is_punct for t in tail):
            return None
        before = verb.i
    else:
        if len(tail) > TRAILING_TAIL or any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in tail):
            return None
        if any(t.head.i == verb.i and not _circumstance(t) for t in tail):
            return None  # "..., Mexico said enough.": the verb says something of its own
        before = subject.left_edge.i
    if before < 1 or verb.doc[before - 1].text != "," or verb.i - before > TRAILING_SPEAKER:
        return None
    content = [t for t in verb.doc[sent.start : before - 1] if not t.is_space]
    return content if any(t.pos_ in ("VERB", "AUX") for t in content) else None


TIME_ADVERBS = {"also", "too", "later", "earlier", "again", "recently", "today", "yesterday", "previously", "then"}


def _circumstance(token: Token) -> bool:
    """A word after a closing reporting verb that only says when or how it was said ("on Tuesday",
    "Monday", "later"), not what ("said enough", "said so")."""
    return token.is_punct or token.dep_ in ("prep", "npadvmod", "agent") or token.lower_ in TIME_ADVERBS


def _last_word(token: Token) -> Token:
    """The last token of the token's sentence that is not punctuation or space."""
    sent = token.sent
    return next((t for t in reversed(sent) if not (t.is_punct or t.is_space)), sent[-1])


# Forms of reporting verbs the parser takes for auxiliaries, where the lemmatiser leaves them as they are
# ("Two people briefed on the talks said ...": "said" an auxiliary of "briefed").
AUX_REPORTING = {"said": "say", "says": "say", "told": "tell"}


def is_reporting(token: Token) -> bool:
    pos = token.pos_
    if pos not in ("VERB", "AUX"):
        return False  # most words asked about are no verb: each attribute read makes a string, read them once
    if pos == "AUX" and AUX_REPORTING.get(token.lower_) in REPORTING_VERBS:
        return True
    lemma = token.lemma_.lower()
    if lemma == "put" and not _puts_a_figure(token):
        return False  # "putting an additional 1,600 officers on the streets" reports nothing
    if lemma == "add" and _adds_a_quantity(token):
        return False  # "with the economy adding 151,000 jobs", "deficits would add up to $1.5 trillion"
    if lemma in TAKING_VERBS and _takes_a_quantity(token):
        return False  # "claiming 41 percent of the vote", "Trump had claimed a loss of $916 million", "Ohio boasted
        # only one paid staffer": won, deducted, had; not said
    return lemma in REPORTING_VERBS


def _puts_a_figure(verb: Token) -> bool:
    """ "put" reports an estimate ("put the death toll at 12") or words ("as he put it"), not a placing."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "at") or (c.dep_ == "dobj" and c.lower_ == "it") for c in verb.children
    )


def _adds_a_quantity(verb: Token) -> bool:
    """ "add" with a thing added ("added 160 security personnel", "add less than 1 percent to growth", "add up to")
    increases something; the "add" of speech takes words or a clause ("he added that ...", "she added, ...").
    On PolNeAR train it credited four figures to what was added to (the economy, deficits, an overhaul)."""
    return any(
        (c.dep_ == "prt" and c.lower_ == "up") or (c.dep_ == "dobj" and any(t.like_num for t in c.subtree))
        for c in verb.children
    )


# Verbs of saying that also mean taking or having something counted: "claimed 41 percent of the vote".
TAKING_VERBS = {"claim", "boast"}


def _takes_a_quantity(verb: Token) -> bool:
    """ "claim" or "boast" with a counted thing as its object and no clause: what is won, deducted or had (on
    PolNeAR, three figures were credited to the winner, the taxpayer or a state "boasting" staff)."""
    if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and any(t.like_num for t in c.subtree) for c in verb.children)


def _circumstance_of(child: Token) -> bool:
    """An adverbial clause of time or cause under a reporting verb: "reported its third case after two cases were
    revealed" (the circumstance of the report, not what it says)."""
    return child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in child.children)


def _carries_content(verb: Token, child: Token, path: list[Token]) -> bool:
    """Whether `child` (a dependent of a reporting verb) is what is reported, not its circumstance. A finding's
    phrase carries no relative clause of its own ("up by 10 points in ... New York, which she represented for eight
    years")."""
    if child.dep_ not in CLAUSE_DEPS:
        return child.dep_ in FINDING_DEPS and _finding(verb, child) and not any(t.dep_ == "relcl" for t in path)
    if _circumstance_of(child):
        return False  # "reported its third case after two cases were revealed"
    return not (child.dep_ == "xcomp" and verb.lemma_.lower() == "agree")  # "agreed to inject $6.5 billion"


# The edges of a reporting clause beside the token's clause: parataxis ("..., the army said, ..."), a participle
# ("..., reported by Haaretz,") or a conjunct taken for one (`_inverted_subject`).
SIDE_CLAUSE_DEPS = {"parataxis", "advcl", "conj"}

# Phrases of a verb of finding that hold what was found: "showed Mr. Trump leading, 45 percent to 18 percent".
FINDING_DEPS = {"prep", "npadvmod", "oprd", "advmod", "dative"}


def _finding(verb: Token, child: Token) -> bool:
    """A phrase that states what a poll, survey or study found ("Polls show Clinton up by 10 points", "the latest poll
    showed Trump leading ..., followed by Cruz at 17 percent, Carson at 13 percent"), or the figure an estimate is put
    at ("puts Obama's approval at a solid 50 percent"): a finding is all its verb carries, not only a clause."""
    if verb.lemma_.lower() == "put" and child.dep_ == "prep" and child.lower_ == "at":
        return True
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in FINDING_NOUNS for c in verb.children)


def reporting_verbs_above(token: Token) -> list[Token]:
    """The reporting verbs whose complement holds the token, nearest first, then reporting clauses that
    trail or interrupt its clause ("Rebels freed 12 hostages, the army said, after talks")."""
    found, path = [], [token]
    child, current = token, token.head
    for _ in range(12):
        if current is child:
            break
        reporting = is_reporting(current)
        if reporting and _circumstance_of(child):
            break  # "confirmed that a third instance has been reported, after two people contracted it": background
        if reporting and _carries_content(current, child, path) and not _possible_only(current):
            found.append(current)
        elif (said := _said_in(current, child)) is not None:
            found.append(said)
        path.append(current)
        child, current = current, current.head
    on_path, taken = {node.i for node in path}, {verb.i for verb in found}  # each side comes once
    for side in _side_clauses(path, on_path):
        if side.i in on_path or side.i in taken:
            continue
        if side.dep_ == "parataxis" and is_reporting(side):
            if not any(c.dep_ == "ccomp" for c in side.children):
                found.append(side)
        elif side.dep_ == "advcl" and side.tag_ == "VBN" and is_reporting(side):
            if any(c.dep_ == "agent" for c in side.children):
                found.append(side)  # "met with 11 senior religious rabbis ..., reported by Haaretz,"
        elif _inverted_subject(side) is not None:
            found.append(side)  # "..., predicts the report by BT" parsed as a second conjunct
    return found


def _side_clauses(path: list[Token], on_path: set[int]) -> list[Token]:
    """The path's dependents on a side-clause edge, node by node along the path, in text order within a node: read
    from the dependency columns of the top node's subtree, so a Token is made for those few, not for every child."""
    doc, top, order = path[0].doc, path[-1], {node.i: at for at, node in enumerate(path)}
    deps, heads = column(doc, "dep_"), column(doc, "head")
    sides = [i for i in range(top.left_edge.i, top.right_edge.i + 1) if deps[i] in SIDE_CLAUSE_DEPS and heads[i] != i]
    return [doc[i] for i in sorted((i for i in sides if heads[i] in on_path), key=lambda i: (order[heads[i]], i))]


# Modals of ability or possibility: "Microlensing can reveal surprising things, such as the same star exploding
# four times" says what a method is able to show, not what anyone reported.
POSSIBILITY_MODALS = {"can", "could", "may", "might"}


def _possible_only(verb: Token) -> bool:
    """A reporting verb under a modal of ability or possibility reports nothing yet."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children)


def _said_in(noun: Token, clause: Token) -> Token | None:
    """ "said in a statement that a 55-year-old man had contracted plague": the reporting verb a
    report noun's that-clause was delivered with."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS or clause.dep_ not in ("acl", "ccomp"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "through") and is_reporting(noun.head.head):
        return noun.head.head
    return None


def _with_holder(participle: Token) -> Token | None:
    """The noun of an absolute "with X claiming ..." clause, whether the parser hung the participle on the noun
    or on the main verb after the noun's phrase."""
    if participle.dep_ == "acl" and participle.head.dep_ == "pobj" and participle.head.head.lower_ == "with":
        return participle.head
    if participle.dep_ != "advcl" or participle.i < 2:
        return None
    doc = participle.doc
    comma = doc[participle.i - 1].text == ","
    before = doc[participle.i - 2] if comma else doc[participle.i - 1]
    for token in [before, *before.ancestors]:
        if token is participle.head or (token.pos_ in ("VERB", "AUX") and token.dep_ != "prep"):  # not "including"
            return None
        if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.sent == participle.sent:
            # a comma before the participle closes an insertion after the noun ("with some drivers, including
            # ..., claiming"), not the "with" phrase itself ("celebrated with supporters, declaring")
            opened = token.i + 1 < participle.i - 1 and doc[token.i + 1].text == ","
            return token if not comma or opened else None
    return None


PERCEPTION_VERBS = {"hear", "overhear", "see", "film", "catch", "record", "spot", "capture", "show"}


def perceived_saying(verb: Token, subject: Token) -> bool:
    """ "Hamilton was heard on race radio saying ...": the one heard or filmed saying something says it (a
    passive subject that is no one told or asked)."""
    return (
        subject.dep_ == "nsubjpass"
        and subject.head is not verb
        and subject.head.lemma_.lower() in PERCEPTION_VERBS
        and verb.tag_ == "VBG"
    )


def sender(verb: Token) -> Token | None:
    """ "In a company email sent by chairman Marcelo Claure, employees were told ...": the agent of the
    message the passive reporting verb was delivered in."""
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for message in (c for c in prep.children if c.dep_ == "pobj"):
            for sent in (c for c in message.children if c.dep_ == "acl"):
                for agent in (c for c in sent.children if c.dep_ == "agent"):
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return None


def reporting_verb_above(token: Token) -> Token | None:
    """The nearest reporting verb whose complement holds the token."""
    verbs = reporting_verbs_above(token)
    return verbs[0] if verbs else None


def cited(verb: Token) -> Token | None:
    """ "the news agency said, citing the regional health commission": the body cited."""
    for child in verb.children:
        if child.lemma_ == "cite" and child.dep_ in ("advcl", "xcomp", "conj"):
            return next((c for c in child.children if c.dep_ == "dobj"), None)
    return None
