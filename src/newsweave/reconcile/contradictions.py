"""Contradictions beyond figures: a negated statement in one article against an affirmed one in another.

A pair is reported when the negated statement's focus ("participate in active combat") shares a
content word with an affirmative sentence of another article that names the same country or actor
("North Korean troops have engaged in their first direct combat"). When the negation is temporal
("had yet to") or the articles were published on different days, the pair is marked as possibly a
difference in time rather than in fact.

Not every negation denies a fact: a negation of the whole sentence (its scope is nearly every content word:
"the move ... is not welcomed by all") names nothing in particular that another report could affirm; a
question, a hedged sentence ("it should come as no surprise"), a possibility ("there is a chance that no
Brazilian drivers will be on the grid"), a quoted opinion ("... did not understand its
political dimension.”), advice ("no need to worry"), an addition or a comparison ("not just the Chinese",
"not one but two", "no other superpower") and a record over a past span ("no fatalities ... since 1959",
"never paid a penny of tax in 30 years"), a future or a condition ("they won't back a bid unless ...") and a
goal ("to ensure that there is not an excessive supply") are not denials another report's news contradicts. A
denied thing ("no treaty", "no significant US assets") is affirmed only by a sentence naming it with another of the
denied words ("no direct combat" / "their first direct combat"), not by one that merely names it ("asset
seizures"). The word the two sentences share must be more than the story's topic: a noun in over TOPICAL of its
sentences ("assault" in a story about assaults) does not make two sentences about one fact.

A sentence closing a quotation opened in a sentence before it ('We don't want to be like the rest of the world;
we want to be the United States of America."', 'I never had a case where somebody destroyed 34,000 emails,” said
Giuliani') is someone's words up to that mark, as much as one opening with it. A verb's denial denies its object:
"did not have permission to use the emblem in his campaign fliers" is affirmed only by a sentence naming a
permission, not by any sentence about the campaign (US political news: "a very radical campaign"). An intention
affirms nothing of what it aims at ("Yukos did not have enough of a US presence" against "the firm had intended to
reinforce its US presence").
"""

from __future__ import annotations

import re

from newsweave.model import Annotations, Article, Statement

MIN_SHARED = 1
# Words too common in any news story to make two sentences about the same thing.
GENERIC = {
    "say", "report", "state", "include", "make", "take", "give", "have", "be", "do", "new", "country",
    "nation", "people", "year", "time", "week", "day", "official", "government", "situation",
}  # fmt: skip


BROAD_SCOPE = 0.6  # share of a sentence's content words under its negation above which it denies nothing in particular
MIN_SHARED_BROAD = 3  # focus words a denial verb's whole clause shares with the claim it denies
NOT_A_DENIAL = re.compile(
    r"\b(?:not\s+(?:just|only|merely|one\s+but|all\b)|no\s+(?:other|need|reason|doubt|surprise|wonder)|by\s+all\b)"
    r"|\b(?:a|the)\s+(?:chance|possibility|prospect|likelihood)\s+that\b"
    r"|\bsince\s+(?:1[89]|20)\d\d\b|\b(?:in|for)\s+(?:the\s+(?:past|last)\s+)?\d+\s+years\b"
    r"|\bwon[’']t\b|\bwill\s+not\b|\bwould(?:n[’']t|\s+not)\b|\bunless\b"
    r"|\b(?:to\s+ensure|to\s+make\s+sure|so\s+that|in\s+order\s+to)\b",
    re.IGNORECASE,
)
NOMINAL = re.compile(r"\b(?:no|not\s+(?:an?|any))\s+", re.IGNORECASE)  # "no direct combat", "not an excessive supply"
MIN_SHARED_NOMINAL = 2  # denied words an affirmation of a thing denied must share ("direct combat")
DENY_VERB = re.compile(r"\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing))\b", re.IGNORECASE)
QUOTE_OPENERS = ("“", '"', "‘", "'")
QUOTED = re.compile(r"[“\"]([^”\"]{15,})(?:[”\"]|\s*$)")  # a quotation, or one the sentence leaves open
# An intention affirms nothing of what it aims at: "the firm had intended to reinforce its US presence".
INTENT = re.compile(r"\b(?:intend|aim|seek|sought|tr(?:y|ie)|want|attempt|hope|plan)\w*\s+to\b", re.IGNORECASE)
VERBAL = re.compile(r"n[’']t\b|\b(?:not|never)\b|\byet\s+to\b", re.IGNORECASE)  # "did not have", "had yet to"
NEAR_BEST = 0.5  # an affirming sentence scoring under this share of the best one affirms something else
TOPICAL = 0.2  # share of a story's sentences a noun appears in above which it is the story's topic


def denies(statement: Statement) -> bool:
    """Whether a negated statement denies a fact another report could affirm (see the module docstring)."""
    text = statement.text.strip()
    if not statement.negated or not statement.focus or text.endswith("?") or text.startswith(QUOTE_OPENERS):
        return False
    if statement.modal or (broad(statement) and not DENY_VERB.search(text)):
        return False  # a denial verb ("has denied claims that he faked ...") scopes its whole clause by nature
    quoted = " ".join([*QUOTED.findall(text), quotation_tail(text)]).lower()
    if quoted and 2 * sum(bool(re.search(rf"\b{re.escape(w)}", quoted)) for w in statement.focus) > len(
        statement.focus
    ):
        return False  # the denial is a quoted opinion
    return not NOT_A_DENIAL.search(text)


def quotation_tail(text: str) -> str:
    """The words before a closing quotation mark that no mark of the sentence opened: the end of a quotation
    begun in a sentence before ('I never had a case where somebody destroyed 34,000 emails,” said Giuliani').
    A straight mark opens after a space or the start and before a word; else it closes."""
    for i, mark in enumerate(text):
        if (
            mark == "“"
            or mark == '"'
            and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([")
            and text[i + 1 : i + 2].strip()
        ):
            return ""
        if mark in '”"':
            return text[:i]
    return ""


def broad(statement: Statement) -> bool:
    """The negation's scope is nearly the whole sentence."""
    return len(statement.focus) >= BROAD_SCOPE * max(1, len(statement.lemmas))


def denied_words(statement: Statement) -> set[str]:
    """The focus words after a denial verb: what is denied ("faked a motorbike crash to avoid a doping test"),
    not who denies it ("Greek sprinter Kostas Kenteris")."""
    verb = DENY_VERB.search(statement.text)
    if verb is None:
        return set(statement.focus)
    after = statement.text[verb.end() :]
    return {w for w in statement.focus if re.search(rf"\b{re.escape(w[: max(4, len(w) - 2)])}", after, re.I)}


def _score(negative: Statement, positive: Statement, topical: frozenset[str] | set[str] = frozenset()) -> float:
    """How surely `positive` affirms what `negative` denies: a shared noun in the denied part is needed, and
    one that is not the story's topic; a denial of a whole clause needs MIN_SHARED_BROAD words of it."""
    if positive.modal or not set(negative.countries) & set(positive.countries):
        return 0.0
    lemmas = set(positive.lemmas)
    nouns = set(negative.focus_nouns) - GENERIC & lemmas
    if len(nouns) < MIN_SHARED or not nouns - topical:
        return 0.0
    if (intent := INTENT.search(positive.text)) and not _named_in(nouns, positive.text[: intent.start()]):
        return 0.0  # every shared noun lies in what the affirming sentence intends, not what it says happened
    if broad(negative) and len(denied_words(negative) - GENERIC - topical & lemmas) < MIN_SHARED_BROAD:
        return 0.0
    head = negated_head(negative)
    if head is not None and (head not in lemmas or len(set(negative.focus) - GENERIC & lemmas) < MIN_SHARED_NOMINAL):
        return 0.0
    if head is None and (obj := denied_object(negative)) is not None and obj not in lemmas:
        return 0.0  # "did not have permission to use the emblem in his campaign fliers": a permission is denied
    others = (set(negative.focus) - set(negative.focus_nouns) - GENERIC) & lemmas
    overlap = set(negative.lemmas) & lemmas - GENERIC
    return 2 * len(nouns) + len(others) + len(overlap) / max(1, len(set(negative.lemmas) | lemmas))


def _named_in(nouns: set[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(noun[: max(4, len(noun) - 2)])}", text, re.IGNORECASE) for noun in nouns)


def negated_head(statement: Statement) -> str | None:
    """The noun a negation of a thing denies ("there was no direct combat" -> combat, "has no significant US
    assets" -> asset): the first of its focus nouns after "no" / "not a" / "not any"."""
    negator = NOMINAL.search(statement.text)
    if negator is None:
        return None
    after = statement.text[negator.end() :].lower()
    found = [
        (at.start(), noun)
        for noun in statement.focus_nouns
        if (at := re.search(rf"\b{re.escape(noun[: max(4, len(noun) - 2)])}", after))
    ]
    return min(found)[1] if found else None


def denied_object(statement: Statement) -> str | None:
    """The noun a negated verb denies ("did not have permission to use ..." -> permission, "had yet to participate
    in active combat" -> combat): the first of its focus nouns after the negation; none for a denial verb, whose
    clause `denied_words` reads."""
    negator = VERBAL.search(statement.text)
    if negator is None or DENY_VERB.search(statement.text):
        return None
    after = statement.text[negator.end() :].lower()
    found = [
        (at.start(), noun)
        for noun in set(statement.focus_nouns) - GENERIC
        if (at := re.search(rf"\b{re.escape(noun[: max(4, len(noun) - 2)])}", after))
    ]
    return min(found)[1] if found else None


def topical_nouns(statements: list[Statement]) -> set[str]:
    """The lemmas in more than TOPICAL of the story's sentences: what the whole story is about."""
    counts: dict[str, int] = {}
    for statement in statements:
        for lemma in set(statement.lemmas):
            counts[lemma] = counts.get(lemma, 0) + 1
    return {lemma for lemma, n in counts.items() if n > TOPICAL * len(statements)}


def find_contradictions(articles: list[Article], annotations: list[Annotations], story_id: str = "s1") -> list[dict]:
    """Each negated statement with the best affirming sentence of every other article."""
    published = {a.id: a.published for a in articles}
    originals = {a.id for a in articles if not a.duplicate_of}
    statements = [s for ann in annotations if ann.article in originals for s in ann.statements]
    topical = topical_nouns(statements)
    found: list[dict] = []
    for negative in (s for s in statements if denies(s)):
        best: dict[str, tuple[float, Statement]] = {}
        for positive in statements:
            if positive.negated or positive.article == negative.article:
                continue
            score = _score(negative, positive, topical)
            if score > 0 and score > best.get(positive.article, (0.0, positive))[0]:
                best[positive.article] = (score, positive)
        if not best:
            continue
        top = max(score for score, _ in best.values())
        affirming = [p for score, p in sorted(best.values(), key=lambda sp: -sp[0]) if score >= NEAR_BEST * top]
        dates = {published.get(s.article) for s in [negative, *affirming]}
        about = set(negative.focus) & set().union(*(p.lemmas for p in affirming)) - GENERIC
        found.append(
            {
                "id": f"{story_id}:x{len(found)}",
                "about": ", ".join(sorted(about)),
                "score": round(max(score for score, _ in best.values()), 3),
                "may_be_time": negative.temporal or len(dates) > 1 or None in dates,
                "sides": [_side(s) for s in (negative, *affirming)],
            }
        )
    return sorted(found, key=lambda c: -c["score"])


def _side(statement: Statement) -> dict:
    return {
        "article": statement.article,
        "sentence": statement.text,
        "start": statement.start,
        "end": statement.end,
        "negated": statement.negated,
    }
