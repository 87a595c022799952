"""The speaker of quoted words: the subject of the verb that governs them, a person named beside a
subjectless verb, or whoever introduces them with a colon or "according to". Kept apart from finding the
quotes, so one can change without the other."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsweave.annotate.attribution import (
    Resolver,
    Source,
    according_to,
    relative_antecedent,
    sender,
    subject_of,
    through_relative,
    verb_source,
)
from newsweave.annotate.clauses import perceived_saying
from newsweave.annotate.descriptions import PERSON_WORDS
from newsweave.annotate.reported import described_before, voices
from newsweave.annotate.speech_words import FINDING_NOUNS, REPORT_NOUNS, WORDS_NOUNS

_IMPERSONAL = {"it", "this", "that", "which", "who", "what", "i", "you"}
# What follows a verb as its object or content: "accused Obama", "told CNN", "Asked if Sanders is realistic".
_OBJECT_DEPS = {"dobj", "dative", "iobj", "prep", "oprd", "ccomp", "xcomp"}
DASHES = ("—", "–", "-", "--")
# Prepositions whose object is where words were read or heard, not who says them ("via the New York Times:").
CHANNEL_PREPS = {"via", "per", "on", "in", "through", "from", "to"}
ANOTHER_BACK = 4  # sentences back where the "one ..." that "another" follows can be (quotes split sentences)
QUOTE_MARKS = {'"', "“", "”", "''", "‘", "’", "'"}


def impersonal(token: Token) -> bool:
    """A pronoun that names nobody ("it", "who"), not an acronym spelled like one ("says WHO"), nor a lone
    lower-case letter (a typo: "Asked what he had seen e added")."""
    if len(token.text) == 1 and token.text.islower():
        return True
    return token.lower_ in _IMPERSONAL and not (token.text.isupper() and len(token) > 1)


def speaker(verb: Token, resolver: Resolver) -> Source | None:
    """Who says what a reporting verb governs: its subject (or the name beside it), resolved. Inside
    someone's quoted words a generic "one" ("By doing so one is saying ...") is nobody, and a word of their
    quote is not the subject of a verb outside it."""
    subject = subject_of(verb) or name_beside(verb, resolver)
    if subject is not None and dateline(subject):
        subject = after_dateline(subject)  # "WASHINGTON -- President Obama, ..., said": Obama
    if subject is not None and (held := resolver.quote_holding(subject.idx)) is not None:
        if subject.lower_ == "one" or held != resolver.quote_holding(verb.idx):
            return None  # a word of someone's quote does not speak outside it ("yells 'mommy's right here,' ... says")
    if subject is not None and subject.dep_ == "nsubjpass" and not perceived_saying(verb, subject):
        subject = sender(verb)  # "employees were told": whoever sent what told them
    if subject is not None and subject.lower_ == "it":
        return verb_source(verb, resolver)  # "it has also acknowledged": the body named before
    if subject is not None and relative_antecedent(subject) is not None:
        return through_relative(subject, verb, resolver)  # "Smith, who noted that ..."
    if subject is None or impersonal(subject) or dateline(subject):
        return None
    source = resolver.source_from(subject)
    if subject.lower_ == "another" and (kind := _kind_before(subject, resolver)) is not None:
        source = Source(source.text, source.start, source.end, f"another {kind}")  # 'Another reportedly said:'
    return source if source.can_speak(subject, verb) else None


def _kind_before(another: Token, resolver: Resolver) -> str | None:
    """What "another" is another of: the noun phrase of the "one ..." in its sentence or the few before it
    ("one user on Weibo ... posted: '...' Another reportedly said: '...'" -> "user on Weibo")."""
    at = resolver.sentence_index(another.i) or 0
    for sent in reversed(resolver.sentences[max(0, at - ANOTHER_BACK) : at + 1]):
        for one in (t for t in sent if t.lower_ == "one" and t.dep_ == "nummod" and t.i < another.i):
            noun = one.head
            words = [noun]
            for token in noun.doc[noun.i + 1 : noun.right_edge.i + 1]:
                if token.is_punct or token.dep_ in ("relcl", "acl", "appos"):
                    break  # "one user on Weibo, which is ...": the kind, not what is said of it
                words.append(token)
            return " ".join(t.text for t in words)
    return None


def after_dateline(place: Token) -> Token | None:
    """The name the parser put in apposition to a dateline after its dash ("WASHINGTON -- President Obama")."""
    dash = next((t for t in place.subtree if t.text in DASHES), None)
    after = [c for c in place.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")]
    return next((c for c in after if dash is not None and c.i > dash.i), None)


def dateline(subject: Token) -> bool:
    """A dateline the parser made a subject ("TEMPE, Ariz. — Say goodbye to ..."): a place in capitals
    opening its line, followed by a dash. A dateline says where the report was filed; it never speaks."""
    if not (subject.text.isupper() and len(subject.text) > 2):
        return False  # read first: few subjects are written in capitals
    doc, first, last = subject.doc, subject.left_edge, subject.right_edge
    opens = first.i == subject.sent.start or (first.i > 0 and "\n" in doc[first.i - 1].text_with_ws)
    dash = any(t.text in DASHES for t in doc[subject.i + 1 : last.i + 3])  # the dash may hang on it
    return opens and dash and subject.text.isupper() and len(subject.text) > 2


def speaker_outside(verb: Token, span: Span, resolver: Resolver) -> Source | None:
    """Quoted words never speak themselves: when the parser made them the verb's subject, the speaker is
    the other subject ('"On a blackboard, the VAT's a great tax," said Douglas Holtz-Eakin') or the
    name it put in apposition to them after the quote ('"Very good reporter," Trump, the ... frontrunner,
    said')."""
    inside = range(span.start, span.end)
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.i not in inside:
            candidate = subject
        else:
            candidate = next((t for t in subject.subtree if t.i >= span.end and t.dep_ == "appos"), None)
        if candidate is None or candidate.pos_ not in ("PROPN", "NOUN") or impersonal(candidate):
            continue
        source = resolver.source_from(candidate)
        if source.start >= span.end_char and source.can_speak(candidate, verb):
            return source
    beside = name_beside(verb, resolver)  # '"The risk," said Edward Leamer, ...': the name after the verb
    if beside is not None and beside.i >= span.end:
        return resolver.source_from(beside)
    return None


def clause_speaker(verb: Token, resolver: Resolver) -> Source | None:
    """Whoever is the subject of the clause quoted words sit in says them, whatever the verb ("The ad
    targets a “corrupt political system”", "the crowd reprised the chant “Lock her up!”")."""
    source = speaker(verb, resolver)
    if source is not None:
        return source
    if (owner := view_owner(verb)) is not None:
        return resolver.source_from(owner)  # "... are “safe” in his eyes": his judgement
    subject = subject_of(verb)
    if subject is None or subject.dep_ == "nsubjpass" or impersonal(subject) or dateline(subject):
        return None
    if subject.pos_ not in ("NOUN", "PROPN", "PRON") or relative_antecedent(subject) is not None:
        return None
    source = resolver.source_from(subject)
    judged = _kind_of_share(subject)  # "Some of the engines on each booster": engines
    if judged.pos_ != "NOUN" or source.can_speak(judged) or voices(judged):
        return source
    return None


# Verbs that say what something is, has, gets or holds: words quoted below them are a term the writer marks ("Bitcoin
# is the first “cryptocurrency”", "PARTYGOERS in Berlin will see a “safe zone”"), not the subject's words.
TERM_VERBS = {"be", "have", "get", "become", "remain", "stay", "see", "include", "contain"}


def term_of_things(span: Span, clause: Token) -> bool:
    """Quoted words as short as a term (a scare quote) whose way up to the clause's verb passes a verb of being or
    having ("Senders can also arrange to have messages “self-destruct”", news-threads 26c06dca): the clause's
    subject does not say them."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside), None)
    if root is None or any(t.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubj") for c in t.children) for t in span):
        return False  # 'had guns at the ready to “shoot any n------”': a predicate quoted, someone's words
    if any(_reported_by(t) for t in [root, *root.ancestors]):
        return False  # 'Trump’s claim that there have been “thousands of shootings”': the claim's words
    if according_to(span[0]) is not None:
        return False  # 'will be Broadcom’s “best and final,” according to a statement': the statement's words
    node = root.head
    while node is not None and node.i not in inside:
        if node.pos_ in ("VERB", "AUX"):  # the nearest verb above the words: its clause is theirs
            term = node.lemma_.lower() in TERM_VERBS and node.dep_ != "ccomp"  # not 'ruled that ... is “true”'
            return term and view_owner(node) is None
        if node.i == clause.i or node.head.i == node.i:
            return False
        node = node.head
    return False


# Nouns of a point of view: "in his eyes", "in her view" make the clause the owner's judgement.
VIEW_NOUNS = {"eye", "eyes", "view", "opinion", "mind", "estimation", "judgment", "judgement"}


def view_owner(verb: Token) -> Token | None:
    """Whose point of view a clause is set in ('Only European immigrants are "safe" in his eyes', PolNeAR dev): the
    judgement, and the words it quotes, are the owner's."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lower_ in VIEW_NOUNS):
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
    return None


def _reported_by(token: Token) -> bool:
    """The token opens what a reporting noun reports: its that-clause or what it is about ("Trump’s claim that there
    have been ...", "Trump’s statement about ...")."""
    if token.head.lemma_.lower() not in REPORT_NOUNS:
        return False
    return token.dep_ in ("acl", "ccomp") or (token.dep_ == "prep" and token.lower_ in ("about", "on", "of"))


def _kind_of_share(subject: Token) -> Token:
    """The noun a share is taken of ("Some of the engines", "many of the protesters"): what the subject is."""
    if subject.pos_ not in ("DET", "PRON", "NUM", "ADJ"):
        return subject
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and noun.pos_ == "NOUN" else subject


def name_beside(verb: Token, resolver: Resolver) -> Token | None:
    """A person named right before or after a subjectless reporting verb: the parser often loses
    the subject of '"...," chairman Richard Parsons said' and '"...," said Mr Parsons'."""
    doc = verb.doc
    before = doc[max(verb.sent.start, verb.i - 6) : verb.i]
    after = doc[verb.i + 1 : min(verb.sent.end, verb.i + 6)]
    objects = {t.i for c in verb.children if c.dep_ in _OBJECT_DEPS for t in c.subtree}
    # '"...," recalled Mr. Rhodes': after a closing quote the verb is inverted, its "object" is who speaks
    inverted = verb.i > 0 and doc[verb.i - 1].text in QUOTE_MARKS
    if (person := described_before(verb)) is not None:
        return person  # "Col. Steven H. Warren, a military spokesman in Baghdad, said"
    for window in (reversed(list(before)), after):
        for token in window:
            if token.is_punct and token.text not in (".", "-"):
                break
            if token.i in objects and token.i > verb.i and not inverted:
                break  # "accused Obama of bungling": the one addressed or charged does not speak
            if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and resolver.person_named(token.text)):
                return token
            if inverted and token.head.i == verb.i and token.dep_ in ("nsubj", "dobj") and _someone(token):
                return token  # '“Got it,” wrote a man at an Oracle email address', '..., wrote another'
    return None


def _someone(token: Token) -> bool:
    """A person named by a common noun ("a man", "one woman") or by "another"."""
    return token.lower_ == "another" or (token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_WORDS)


def introduced(span: Span, verb: Token | None, resolver: Resolver) -> tuple[Source | None, Token | None]:
    """A quote introduced without a verb of saying: after a name and a colon ("Republican pollster
    Daron Shaw: “...”"), after a clause and a colon or dash ("Clinton released the following statement:
    “...”"), or after "According to X," in its sentence."""
    doc, k = span.doc, span.start - 1
    while k > 0 and (doc[k].is_space or doc[k].text in QUOTE_MARKS):
        k -= 1
    if k > 1 and doc[k].text in (",", ":") and (uttered := _words_verb(doc[k - 1])) is not None:
        source = speaker(uttered, resolver)  # 'Arians broke down the most after uttering the words, "I'm retiring."'
        if source is not None:
            return source, uttered
    if k > 0 and doc[k].text in (":", "—", "–"):
        before = doc[k - 1]
        named = before.ent_type_ in ("PERSON", "ORG") or resolver.person_named(before.text) is not None
        channel = before.dep_ == "pobj" and before.head.lower_ in CHANNEL_PREPS
        if doc[k].text == ":" and before.pos_ == "PROPN" and named and not channel:
            return resolver.source_from(before), verb
        # the first clause above the colon with a subject that speaks: "Clinton has since apologized for what
        # happened:" is Clinton's, not "what"'s; a clause the parser hung on the quote's own words is not one
        clauses = [t for t in [before, *before.ancestors] if t.pos_ in ("VERB", "AUX") and t.i < span.start]
        for clause in (c for c in clauses if any(s.dep_ == "nsubj" for s in c.children)):
            source = speaker(clause, resolver)
            if source is not None:
                return source, clause
        if doc[k].text == ":" and before.pos_ == "NOUN" and before.lemma_.lower() in FINDING_NOUNS and not channel:
            # "The challenge of transparency is exemplified by this finding: ''27 companies reported ...''": the
            # finding's words, whoever they name inside them
            return resolver.source_from(before), verb
    agent = according_to(span[0])
    if agent is not None and agent.i < span.start and not impersonal(agent):
        return resolver.source_from(agent), verb
    return None, verb


def _words_verb(noun: Token) -> Token | None:
    """The verb whose object is "the words" or "the phrase" that quoted words follow ("uttering the words,")."""
    if noun.lower_ not in WORDS_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    return noun.head


def remark_owner(span: Span, resolver: Resolver) -> Source | None:
    """Quoted words that name a remark whose owner is given ("Neil Portnow's controversial “step up” remarks",
    "condemned Portnow's “step up” suggestion"): the owner said them, not the subject of the clause."""
    inside = range(span.start, span.end)
    root = next((t for t in span if t.head.i not in inside), None)
    noun = root.head if root is not None else None
    if noun is None or noun.lemma_.lower() not in REPORT_NOUNS | WORDS_NOUNS or noun.i in inside:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or owner.i in inside or (owner.pos_ == "PRON" and owner.lower_ not in ("his", "her")):
        return None
    return resolver.source_from(owner)
